// The public API of jiyao. Explicit named exports only.
export { parse } from "./parse.js";
export type { ParseOptions } from "./parse.js";
export { parseFile, readDocument } from "./node.js";
export { decode, DecodeError } from "./decode/index.js";
export type { Decoded } from "./decode/index.js";
export { toJson, toNdjsonLine, stripPositions } from "./emit/json.js";
export type { JsonOptions } from "./emit/json.js";
export { toXml, XML_MAPPING_VERSION } from "./emit/xml.js";
export type { XmlOptions } from "./emit/xml.js";
export { fromXml, parseXml } from "./emit/xml-read.js";
export { toAkn } from "./emit/akn.js";
export { modelJsonSchema } from "./emit/json-schema.js";
export {
  Point,
  Position,
  Severity,
  Diagnostic,
  TextNode,
  DateValue,
  DocumentNumber,
  DisclosureField,
  Disclosure,
  Person,
  PersonGroup,
  MeetingDate,
  AgendaItem,
  AttendanceNote,
  Meeting,
  Decision,
  Requirement,
  MarkerStyle,
  BlockKind,
  OutlineEntry,
  Topic,
  WrittenReport,
  Printing,
  Source,
  Minutes,
  MODEL_VERSION,
} from "./model/index.js";
