export { Point, Position } from "./position.js";
export { createLocator } from "./locator.js";
export type { Locator } from "./locator.js";
export { Severity, Diagnostic } from "./diagnostic.js";
export {
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
} from "./schema.js";
