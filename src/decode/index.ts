export { decode, DecodeError } from "./decode.js";
export type { Decoded } from "./decode.js";
export { sniffBom, hasNulByte, tryUtf8, tryGb18030 } from "./sniff.js";
export type { Bom } from "./sniff.js";
