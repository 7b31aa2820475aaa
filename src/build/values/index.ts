/** Field-level value converters used by the model builder. */
export { parseChineseNumber, parseNumber } from "./numerals.js";
export { parseDate, findDates, findTimeOfDay, dateParts, TIME_OF_DAY } from "./dates.js";
export type { DateParts, FoundDate } from "./dates.js";
export { parseDocumentNumber, isDocumentNumberOnly } from "./doc-number.js";
export type { DocNumberParts } from "./doc-number.js";
export { cleanText, compact, toMatchable } from "./text.js";
export { splitNames, splitTitleName, looksLikeName, TITLE_ROLE, BRACKET_NOTE } from "./names.js";
export { parseSession } from "./session.js";
export type { SessionParts } from "./session.js";
