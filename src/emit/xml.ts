// STUB (owned by the XML helper).
import type { Minutes } from "../model/index.js";
export const XML_MAPPING_VERSION = "1";
export interface XmlOptions { positions?: boolean }
export function toXml(_model: Minutes, _options: XmlOptions = {}): string {
  throw new Error("toXml: not implemented yet");
}
