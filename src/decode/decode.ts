import { detectLineEnding } from "./line-ending.js";
import { COMMON_REACH, commonCharacters, hasNulByte, sniffBom, tryBig5, tryGb18030, tryUtf16, tryUtf8 } from "./sniff.js";

/** Text decoded from a document's bytes, with what was learnt about the bytes. */
export interface Decoded {
  /** The text, without a byte-order mark; every other character as in the bytes (CRLF kept). */
  text: string;
  /** How the bytes were read. */
  encoding: "utf-8" | "gb18030" | "big5" | "utf-16le" | "utf-16be";
  /** Whether the bytes started with a byte-order mark (which is not part of `text`). */
  bom: boolean;
  /** The line ends used in `text`. */
  lineEnding: "lf" | "crlf" | "cr" | "mixed" | "none";
  /** Whether the bytes ended inside a character (its place in `text` is a U+FFFD). */
  truncated?: boolean;
}

/** Bytes that cannot be read as a text document. `reason` is a short phrase for messages. */
export class DecodeError extends Error {
  override readonly name = "DecodeError";
  /** Why the bytes were rejected: `binary content (NUL bytes)`, `neither UTF-8 nor GB18030`, … */
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

/**
 * Decodes a document's bytes. A UTF-8 BOM means UTF-8, a UTF-16 one UTF-16 (a word processor's
 * "Unicode" text); otherwise valid UTF-8 is UTF-8, and
 * anything else must be valid GB18030 (which covers GBK and GB2312) or Big5 (a Traditional
 * mirror's copy; where both read, the one that reads as minutes do). No character is rewritten.
 *
 * @throws DecodeError for NUL bytes (NUL characters in UTF-16), UTF-32, UTF-16 without its BOM, or bytes valid in neither encoding.
 * @example decode(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])).text // "你好" (GB18030)
 */
export function decode(bytes: Uint8Array): Decoded {
  const bom = sniffBom(bytes);
  if (bom?.encoding === "utf-16le" || bom?.encoding === "utf-16be") {
    const text = tryUtf16(bytes.subarray(bom.length), bom.encoding);
    if (text === null) throw new DecodeError("invalid UTF-16 after a UTF-16 byte-order mark");
    if (text.includes("\u0000")) throw new DecodeError("binary content (NUL characters)");
    return decoded(text, bom.encoding, true);
  }
  if (bom !== null && bom.encoding !== "utf-8" && bom.encoding !== "gb18030") throw new DecodeError("UTF-32 is not supported");
  if (hasNulByte(bytes)) throw new DecodeError("binary content (NUL bytes)");

  if (bom?.encoding === "utf-8") {
    const text = tryUtf8(bytes.subarray(bom.length));
    if (text === null) throw new DecodeError("invalid UTF-8 after a UTF-8 byte-order mark");
    return decoded(text, "utf-8", true);
  }
  if (bom === null) {
    const text = tryUtf8(bytes);
    if (text !== null) return decoded(text, "utf-8", false);
    // (A copy cut off inside its last character, the rest valid UTF-8: read, that character as U+FFFD.)
    const cut = utf8CutAt(bytes);
    const kept = cut > MIN_CUT_TEXT ? tryUtf8(bytes.subarray(0, cut)) : null;
    if (kept !== null) return { ...decoded(`${kept}\ufffd`, "utf-8", false), truncated: true };
  }
  const body = bom === null ? bytes : bytes.subarray(bom.length);
  const text = tryGb18030(body);
  // (A Traditional mirror's copy may come in Big5, which GB18030 reads too, as other characters:
  // the reading that holds more of the characters minutes are written with wins.)
  // (Tried only where the GB18030 reading holds few of them, as a misread text does, under one in
  // a hundred: a GB18030 text of minutes, several in a hundred, is not decoded twice.)
  const gbCommon = text === null ? 0 : commonCharacters(text);
  const gbReadsAsText = text !== null && gbCommon >= MIN_COMMON && gbCommon >= Math.min(text.length, COMMON_REACH) * MIN_COMMON_SHARE;
  const traditional = bom === null && !gbReadsAsText ? tryBig5(body) : null;
  // (Only a reading that holds a few of them: Node's Big5 decoder passes some stray bytes over silently.)
  const common = traditional === null ? 0 : commonCharacters(traditional);
  if (traditional !== null && common >= MIN_COMMON && common > gbCommon) return decoded(traditional, "big5", false);
  if (text === null) throw new DecodeError("neither UTF-8 nor GB18030");
  return decoded(text, "gb18030", bom !== null);
}

/** The fewest common characters a Big5 reading must hold to be taken. */
const MIN_COMMON = 8;
/** The share of common characters above which a GB18030 reading is taken without trying Big5. */
const MIN_COMMON_SHARE = 0.03;

/** The shortest text read as one cut off inside its last character (a stray byte of a short text is no cut). */
const MIN_CUT_TEXT = 64;

/**
 * Where a UTF-8 character that the bytes' end cuts off starts: the last lead byte among the last
 * three bytes whose sequence the end leaves short; the bytes' length when none is.
 */
function utf8CutAt(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > k ? bytes.length - k : bytes.length;
  }
  return bytes.length;
}

function decoded(text: string, encoding: Decoded["encoding"], bom: boolean): Decoded {
  return { text, encoding, bom, lineEnding: detectLineEnding(text) };
}
