// STUB (owned by the XML helper).
import type { Minutes } from "../model/index.js";
export function fromXml(_xml: string): Minutes {
  throw new Error("fromXml: not implemented yet");
}
export const parseXml = fromXml;
