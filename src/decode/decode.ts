import { detectLineEnding } from "./line-ending.js";
import { hasNulByte, sniffBom, tryGb18030, tryUtf8 } from "./sniff.js";

/** Text decoded from a document's bytes, with what was learnt about the bytes. */
export interface Decoded {
  /** The text, without a byte-order mark; every other character as in the bytes (CRLF kept). */
  text: string;
  /** How the bytes were read. */
  encoding: "utf-8" | "gb18030";
  /** Whether the bytes started with a byte-order mark (which is not part of `text`). */
  bom: boolean;
  /** The line ends used in `text`. */
  lineEnding: "lf" | "crlf" | "cr" | "mixed" | "none";
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
 * Decodes a document's bytes. A UTF-8 BOM means UTF-8; otherwise valid UTF-8 is UTF-8, and
 * anything else must be valid GB18030 (which covers GBK and GB2312). No character is rewritten.
 *
 * @throws DecodeError for NUL bytes, UTF-16/UTF-32, or bytes valid in neither encoding.
 * @example decode(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])).text // "你好" (GB18030)
 */
export function decode(bytes: Uint8Array): Decoded {
  const bom = sniffBom(bytes);
  if (bom !== null && bom.encoding !== "utf-8" && bom.encoding !== "gb18030") {
    throw new DecodeError(`${bom.encoding.startsWith("utf-16") ? "UTF-16" : "UTF-32"} is not supported`);
  }
  if (hasNulByte(bytes)) throw new DecodeError("binary content (NUL bytes)");

  if (bom?.encoding === "utf-8") {
    const text = tryUtf8(bytes.subarray(bom.length));
    if (text === null) throw new DecodeError("invalid UTF-8 after a UTF-8 byte-order mark");
    return decoded(text, "utf-8", true);
  }
  if (bom === null) {
    const text = tryUtf8(bytes);
    if (text !== null) return decoded(text, "utf-8", false);
  }
  const text = tryGb18030(bom === null ? bytes : bytes.subarray(bom.length));
  if (text === null) throw new DecodeError("neither UTF-8 nor GB18030");
  return decoded(text, "gb18030", bom !== null);
}

function decoded(text: string, encoding: Decoded["encoding"], bom: boolean): Decoded {
  return { text, encoding, bom, lineEnding: detectLineEnding(text) };
}
