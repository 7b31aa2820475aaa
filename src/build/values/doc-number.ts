/**
 * 发文字号 (document numbers): an optional 机关代字, a bracketed year, an optional 第, a serial, 号.
 * 宜政纪〔2022〕15号, 澄政纪[2010]3号, 〔2022〕15号; also a year and a serial alone: 2025年第5号.
 */

/** The parts of a 发文字号, e.g. `{ text: "宜政纪[2011]1号", prefix: "宜政纪", year: 2011, serial: 1 }`. */
export interface DocNumberParts {
  text: string;
  prefix: string | null;
  year: number | null;
  serial: number | null;
}

/** 机关代字: up to 12 Han characters right before the year bracket (〇 excluded). */
const PREFIX = "((?:(?!\\u3007)\\p{Script=Han}){0,12})";
/** Opening brackets used around the year. */
const OPEN_BRACKET = "[〔［\\[(（【﹝〖]";
/** Closing brackets used around the year. */
const CLOSE_BRACKET = "[〕］\\])）】﹞〗]";
/** Blanks allowed inside the number. */
const BLANK = "[ \\t\\u00A0\\u3000]*";
/** Four ASCII or full-width digits. */
const YEAR_DIGITS = "([0-9０-９]{4})";
/** The serial number: ASCII or full-width digits. */
const SERIAL_DIGITS = "([0-9０-９]{1,5})";
const DOC_NUMBER_SOURCE =
  `${PREFIX}${BLANK}${OPEN_BRACKET}${BLANK}${YEAR_DIGITS}${BLANK}${CLOSE_BRACKET}` +
  `${BLANK}第?${BLANK}${SERIAL_DIGITS}${BLANK}[号號期]`;
/** The first 发文字号 in a text. */
const DOC_NUMBER = new RegExp(DOC_NUMBER_SOURCE, "u");
/** A line that is exactly one 发文字号. */
const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER_SOURCE}$`, "u");
/** `2025年第5号`: a year and a serial, no bracket (the whole text). */
const YEAR_SERIAL = new RegExp(`^${PREFIX}${BLANK}${YEAR_DIGITS}${BLANK}年${BLANK}第${BLANK}${SERIAL_DIGITS}${BLANK}[号號]$`, "u");
/** Any blank. */
const ANY_BLANK = /[\s\u00A0\u3000]+/g;
/** Blanks at either end of a line. */
const EDGE_BLANKS = /^[\s\u00A0\u3000]+|[\s\u00A0\u3000]+$/g;

function toInt(digits: string): number | null {
  const ascii = digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const n = Number.parseInt(ascii, 10);
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * Finds and parses the first 发文字号 in a text.
 * @example parseDocumentNumber("文号：宜政纪[2011]1号") // { text: "宜政纪[2011]1号", prefix: "宜政纪", year: 2011, serial: 1 }
 */
export function parseDocumentNumber(s: string): DocNumberParts | null {
  if (typeof s !== "string") return null;
  const m = DOC_NUMBER.exec(s) ?? YEAR_SERIAL.exec(s.replace(EDGE_BLANKS, ""));
  if (m === null) return null;
  const prefix = m[1].length > 0 ? m[1] : null;
  return {
    // (Blanks inside are layout padding: 临政纪［ 2024 ］ 35 号 → 临政纪［2024］35号.)
    text: m[0].replace(ANY_BLANK, ""),
    prefix,
    year: toInt(m[2]),
    serial: toInt(m[3]),
  };
}

/**
 * Whether the whole trimmed line is one 发文字号.
 * @example isDocumentNumberOnly("  〔2022〕15号 ") // true
 */
export function isDocumentNumberOnly(line: string): boolean {
  if (typeof line !== "string") return false;
  const text = line.replace(EDGE_BLANKS, "");
  return DOC_NUMBER_LINE.test(text) || YEAR_SERIAL.test(text);
}
