import { decode, detectLineEnding, readingView } from "./decode/index.js";
import type { Decoded } from "./decode/index.js";
import { buildModel } from "./build/index.js";
import { parseBlocks } from "./grammar/index.js";
import type { Minutes } from "./model/index.js";

/** Options of {@link parse}. */
export interface ParseOptions {
  /** The file the input came from; recorded as `source.file`. */
  file?: string | null;
}

/**
 * Parses one document (a string, or bytes in UTF-8 or GB18030) into the model.
 * Never throws for text input; bytes that are not text throw a `DecodeError`.
 *
 * @example parse("吴兴区人民政府第13次常务会议纪要\n…").meeting?.sessionNumber // 13
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Minutes {
  const decoded: Decoded = typeof input === "string" ? decodeString(input) : decode(input);
  const view = readingView(decoded.text);
  const result = parseBlocks(view.text);
  return buildModel(result, decoded, options.file ?? null, view.offsets, view.chromeRanges);
}

function decodeString(input: string): Decoded {
  const bom = input.charCodeAt(0) === 0xfeff;
  const text = bom ? input.slice(1) : input;
  return { text, encoding: "utf-8", bom, lineEnding: detectLineEnding(text) };
}
