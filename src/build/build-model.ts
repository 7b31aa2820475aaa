// placeholder, replaced by the model builder
import type { Decoded } from "../decode/index.js";
import type { CstResult } from "../grammar/index.js";
import { type Minutes, MODEL_VERSION } from "../model/index.js";
export function buildModel(r: CstResult, d: Decoded, file: string | null): Minutes {
  return {
    type: "minutes", version: MODEL_VERSION,
    source: { file, encoding: d.encoding, bom: d.bom, lineEnding: d.lineEnding, length: r.text.length, lines: 0 },
    title: null, documentNumber: null, issuer: null, issueDate: null,
    disclosure: { indexNumber: null, title: null, writtenDate: null, publishDate: null, fileNumber: null, publisher: null, disclosureMode: null, disclosurePeriod: null, fields: [] },
    meeting: null, topics: [], paragraphs: [], writtenReports: [], distribution: [], printing: null, chrome: [], unplaced: [], diagnostics: [],
  };
}
