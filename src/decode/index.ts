export { decode, DecodeError } from "./decode.js";
export type { Decoded } from "./decode.js";
export { sniffBom, hasNulByte, tryUtf8, tryGb18030 } from "./sniff.js";
export type { Bom } from "./sniff.js";
export { PINYIN_ANNOTATION, TONE_MARK } from "./mirror.js";
export { RULE_LINE, RUNNING_HEAD, markupRunEnd, readingView } from "./view.js";
export type { TextView } from "./mirror.js";
export { detectLineEnding } from "./line-ending.js";
