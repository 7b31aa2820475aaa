// STUB (owned by the decode/CLI helper): replace with decode.ts + sniff.ts.
export interface Decoded {
  text: string;
  encoding: "utf-8" | "gb18030";
  bom: boolean;
  lineEnding: "lf" | "crlf" | "cr" | "mixed" | "none";
}
export class DecodeError extends Error {}
export function decode(bytes: Uint8Array): Decoded {
  const text = new TextDecoder("utf-8").decode(bytes);
  return { text, encoding: "utf-8", bom: false, lineEnding: "lf" };
}
