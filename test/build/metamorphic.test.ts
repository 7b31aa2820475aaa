// Metamorphic tests on the shared corpus: every document, rewritten in a way that does not change
// what it says, must still give every gold value of ../shared/corpus/gold (compared as the scorer
// compares: JSON equality; `$notMinutes` ↔ an `error` diagnostic `not-minutes`).
//
// Every transformation starts from the document's text (decoded as parse() decodes it, without
// the BOM, line ends made LF) and is a small pure, deterministic function. Why each one keeps the
// meaning under ../shared/contract.md:
//
// - lf / crlf / cr: line ends are layout; the decoder accepts LF, CRLF and CR files alike.
// - utf8-bom / gb18030: the same characters in another byte form parse() accepts (a UTF-8 BOM;
//   GB18030 bytes, written by the small table-driven encoder below, checked by a round trip).
// - trailing-blanks: spaces / U+3000 at line ends are layout padding, which values never keep.
// - indent: two U+3000 before every non-empty line is the usual paragraph indent of Chinese
//   documents (the corpus already has indented layouts); padding again.
// - double-spacing: an empty line between every two paragraphs, as scraped web pages often have
//   (one <p> per paragraph); existing blank lines stay (they become longer runs). Not between the
//   lines of one hard-wrapped paragraph: a blank line there would be a paragraph break the
//   original does not have (huangyan's 分送 wraps mid-word, 各人民团⏎体). In the corpus, hard wraps
//   are the lines of a list: after a people / 分送 label line, every line not ended by 。 runs on
//   into the next unless the next opens another label; a line ending in ，or 、 runs on too.
// - website-chrome: a breadcrumb line before and the usual "scan / print / close" lines after the
//   text; the contract says website artefacts are never part of a value.
// - ascii-punctuation: ，：；（） written as , : ; ( ) everywhere — mixed half-width punctuation is
//   common in typed documents. Values are "as written" (no punctuation rewriting), so a gold
//   path whose value holds one of these characters is not checked under this transformation.
// - list-separators: only where it is safe — between two names that are consecutive entries of
//   the same gold people list and stand in a labelled list (after "：" or "…的有"), 、 becomes ，;
//   between two consecutive gold 分送 / 抄送 entries, ， becomes 、. Both separate entries of a
//   list, and the gold lists are unchanged. Inline "A、B出席会议" clauses are left alone (a ，
//   there would start a new clause).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../src/parse.js";
import { CORPUS, HAS_CORPUS, corpusDocs, decodeDocument, goldMisses } from "../helpers/corpus.js";

type Gold = Record<string, unknown>;
type Transform = {
  name: string;
  apply: (text: string, gold: Gold) => string | Uint8Array;
  /** Gold paths this transformation legitimately changes (not checked). */
  skipPath?: (path: string, want: unknown) => boolean;
};

// ---------------------------------------------------------------- decoding (as parse() does)


// ---------------------------------------------------------------- GB18030 encoder

let gbTable: Map<number, number[]> | null = null;

/** Code point → GB18030 bytes, built once from the platform decoder (2-byte codes win). */
function gb18030Table(): Map<number, number[]> {
  if (gbTable) return gbTable;
  const dec = new TextDecoder("gb18030", { fatal: true });
  const table = new Map<number, number[]>();
  const add = (seq: number[]) => {
    let s: string;
    try {
      s = dec.decode(new Uint8Array(seq));
    } catch {
      return;
    }
    const cp = s.codePointAt(0)!;
    if (s.length === 1 && cp !== 0xfffd && !table.has(cp)) table.set(cp, seq);
  };
  for (let b1 = 0x81; b1 <= 0xfe; b1++) for (let b2 = 0x40; b2 <= 0xfe; b2++) if (b2 !== 0x7f) add([b1, b2]);
  // Four-byte codes of the BMP: 81 30 81 30 … 84 31 A4 39.
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
  return (gbTable = table);
}

function encodeGb18030(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp >= 0x10000) {
      // Supplementary planes: linear pointer 189000 + (cp − 0x10000), from 90 30 81 30.
      let p = cp - 0x10000;
      const b4 = 0x30 + (p % 10);
      p = Math.floor(p / 10);
      const b3 = 0x81 + (p % 126);
      p = Math.floor(p / 126);
      const b2 = 0x30 + (p % 10);
      const b1 = 0x90 + Math.floor(p / 10);
      out.push(b1, b2, b3, b4);
    } else {
      const seq = gb18030Table().get(cp);
      if (!seq) throw new Error(`no GB18030 code for U+${cp.toString(16)}`);
      out.push(...seq);
    }
  }
  return new Uint8Array(out);
}

// ---------------------------------------------------------------- transformations

const lines = (text: string) => text.split("\n");
const FULL_PUNCT = /[，：；（）]/;
const ASCII_OF: Record<string, string> = { "，": ",", "：": ":", "；": ";", "（": "(", "）": ")" };
const PEOPLE_PATHS = [
  "meeting.attendees[].name",
  "meeting.invitedAttendees[].name",
  "meeting.absentees[].name",
  "meeting.observers[].name",
  "meeting.invitedObservers[].people[].name",
];

function utf8Bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Replaces `from` by `to` at each occurrence of `a${from}b` whose sentence so far passes `ok`. */
function swapBetween(text: string, a: string, b: string, from: string, to: string, ok: (before: string) => boolean): string {
  const needle = a + from + b;
  let out = text;
  let at = out.indexOf(needle);
  while (at !== -1) {
    const sentenceStart = Math.max(out.lastIndexOf("。", at), out.lastIndexOf("\n", at)) + 1;
    if (ok(out.slice(sentenceStart, at))) out = out.slice(0, at + a.length) + to + out.slice(at + a.length + from.length);
    at = out.indexOf(needle, at + 1);
  }
  return out;
}

function listSeparators(text: string, gold: Gold): string {
  let out = text;
  for (const path of PEOPLE_PATHS) {
    const names = gold[path];
    if (!Array.isArray(names)) continue;
    for (let i = 0; i + 1 < names.length; i++) {
      out = swapBetween(out, String(names[i]), String(names[i + 1]), "、", "，", (before) => /：|:|的有/.test(before));
    }
  }
  const recipients = gold["distribution[]"];
  if (Array.isArray(recipients)) {
    for (let i = 0; i + 1 < recipients.length; i++) {
      out = swapBetween(out, String(recipients[i]), String(recipients[i + 1]), "，", "、", (before) => /^\s*(分\s*送|抄\s*送)/.test(before));
    }
  }
  return out;
}

/** A line that opens a people or distribution list: 请假： 列席： 应邀列席的…： 出席： 分送： 抄送： */
const LIST_LABEL = /^[\s\u3000]*(?:请\s*假|因公缺席|缺\s*席|列\s*席|(?:应邀|特邀)(?:列席|出席)|出\s*席|参加人员|分\s*送|抄\s*送)[^：:\n]{0,40}[：:]/;

/** Blank lines between paragraphs; the lines of a hard-wrapped list paragraph stay together. */
function doubleSpacing(text: string): string {
  const all = lines(text.replace(/\n+$/, ""));
  let out = all[0] ?? "";
  let inList = LIST_LABEL.test(out);
  for (let i = 1; i < all.length; i++) {
    const prev = all[i - 1]!.trimEnd();
    const line = all[i]!;
    const opensList = LIST_LABEL.test(line);
    const runsOn = /[，,、]$/.test(prev) || (inList && prev !== "" && !/[。.]$/.test(prev) && !opensList && line.trim() !== "");
    out += (runsOn ? "\n" : "\n\n") + line;
    if (opensList) inList = true;
    else if (line.trim() === "" || /[。.][\s\u3000]*$/.test(line)) inList = false;
  }
  return out + "\n";
}

const TRAILING = ["  ", "\u3000", " \u3000", "\u3000\u3000 "];

const TRANSFORMS: Transform[] = [
  { name: "lf", apply: (t) => t },
  { name: "crlf", apply: (t) => t.replace(/\n/g, "\r\n") },
  { name: "cr", apply: (t) => t.replace(/\n/g, "\r") },
  { name: "utf8-bom", apply: (t) => utf8Bytes("\ufeff" + t) },
  { name: "gb18030", apply: (t) => encodeGb18030(t) },
  { name: "trailing-blanks", apply: (t) => lines(t).map((l, i) => l + TRAILING[i % TRAILING.length]).join("\n") },
  { name: "indent", apply: (t) => lines(t).map((l) => (l.trim() ? "\u3000\u3000" + l : l)).join("\n") },
  { name: "double-spacing", apply: doubleSpacing },
  {
    name: "website-chrome",
    apply: (t) => `首页 > 政务公开 > 政府信息公开\n${t.replace(/\n+$/, "")}\n扫一扫在手机打开当前页\n打印本页 关闭窗口\n`,
  },
  {
    name: "ascii-punctuation",
    apply: (t) => t.replace(/[，：；（）]/g, (c) => ASCII_OF[c]!),
    skipPath: (_path, want) => FULL_PUNCT.test(JSON.stringify(want)),
  },
  { name: "list-separators", apply: listSeparators },
];

// ---------------------------------------------------------------- checking

function misses(input: string | Uint8Array, gold: Gold, skip?: Transform["skipPath"]): string[] {
  return goldMisses(parse(input), gold, skip);
}

describe.skipIf(!HAS_CORPUS)("meaning-preserving rewrites of the shared corpus", () => {
  const docs = corpusDocs().map(([name, bytes]) => ({
    name,
    text: decodeDocument(bytes),
    gold: JSON.parse(readFileSync(join(CORPUS, "gold", `${name}.json`), "utf8")) as Gold,
  }));

  it("the GB18030 encoder round-trips every document", () => {
    const dec = new TextDecoder("gb18030", { fatal: true, ignoreBOM: true });
    for (const d of docs) expect(dec.decode(encodeGb18030(d.text)), d.name).toBe(d.text);
  });

  for (const t of TRANSFORMS) {
    describe(t.name, () => {
      for (const d of docs) {
        it(d.name, () => {
          const input = t.apply(d.text, d.gold);
          expect(misses(input, d.gold, t.skipPath), `${t.name} / ${d.name}`).toEqual([]);
        });
      }
    });
  }
});
