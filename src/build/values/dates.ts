/**
 * Dates as written in minutes and their web pages: 2022年11月28日, 二○二二年十二月五日, 11月28日,
 * 2022-12-06, and the forms whose 年 / 月 / 日 a website stripped (2026119下午, 1030日).
 */
import { parseNumber } from "./numerals.js";
import { toMatchable } from "./text.js";

/** Date parts; `iso` only when all parts are known and valid, e.g. `{ year: 2022, month: 12, day: 5, iso: "2022-12-05" }`. */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
  iso: string | null;
}

/** A date found in a text, with UTF-16 offsets (end exclusive), e.g. `{ text: "11月28日", index: 0, end: 6, … }`. */
export interface FoundDate extends DateParts {
  text: string;
  index: number;
  end: number;
}

/** A time of day written after a date (Simplified and Traditional), e.g. `上午` in 11月28日上午. */
export const TIME_OF_DAY: RegExp = /上午|下午|晚上|晚间|晚間|中午|早上|早晨|凌晨|傍晚|夜间|夜間|晚(?![会會饭飯餐宴报報])/;

/** Blanks allowed between the parts of a date (the text is already matchable: no U+3000). */
const BLANK = "[ \\t\\u00A0]*";
/** A 4-digit Arabic year, possibly with blanks between the digits (2 0 2 2). */
const AR_YEAR = "[0-9](?:[ \\t\\u00A0]?[0-9]){3}";
/** A 4-character Chinese digit-by-digit year (二○二二, 二〇二一; a web copy's 二O二三, 二o二三 or 二0二四). */
const CN_YEAR = "(?=[0-9]{0,3}[〇○◯零OОo一二三四五六七八九])[〇○◯零OОo0一二三四五六七八九]{4}";
/** A month or day in Arabic digits, possibly with a blank between the digits (2 3). */
const AR_MD = "[0-9](?:[ \\t\\u00A0]?[0-9])?";
/** A month or day in Chinese numerals (五, 十二, 二十八, 三十一). */
const CN_MD = "[〇○零一二三四五六七八九十]{1,3}";
const YEAR = `(?:${AR_YEAR}|${CN_YEAR})`;
const MD = `(?:${AR_MD}|${CN_MD})`;
/** A month: as a month or day, or 元 (元月 is January). */
const MONTH = `(?:${AR_MD}|${CN_MD}|元)`;

/** A day's 日 a website stripped before the time of day: 2024年3月15下午 (a digit day only). */
const DAY_MARK_STRIPPED = `(?<=[0-9])(?=(?:${TIME_OF_DAY.source}))`;
/** The first day of a range whose 日 only the last day has: 5月15—16日, 5月16至17日 (the first day's date). */
const RANGE_FIRST_DAY = `(?=(?:[—–－~～至到]|-{1,2}|—{2})${BLANK}${MD}${BLANK}[日号])`;
/** 2022年11月28日 / 二○二二年十二月五日 / 2 0 2 2 年 4 月 23 日. */
const YEAR_MONTH_DAY = new RegExp(
  `(?<![0-9])(${YEAR})${BLANK}年${BLANK}(${MONTH})${BLANK}月${BLANK}(${MD})${BLANK}(?:[日号]|${DAY_MARK_STRIPPED}|${RANGE_FIRST_DAY})`,
  "g",
);
/** 11月28日 / 十二月五日 / 4 月 23 日 (no year). */
const MONTH_DAY = new RegExp(
  `(?<![0-9〇○零一二三四五六七八九十])(${MONTH})${BLANK}月${BLANK}(${MD})${BLANK}(?:[日号]|${DAY_MARK_STRIPPED}|${RANGE_FIRST_DAY})`,
  "g",
);
/** 2022-12-06 / 2022/12/06 / 2022.12.06 (a following time of day is not part of the date). */
const NUMERIC_DATE = /(?<![0-9./-])((?:19|20)[0-9]{2})([-/.])([0-9]{1,2})\2([0-9]{1,2})(?![0-9])/g;
/** 2026119下午 / 2026119日: year, then month and day run together, before a time of day or 日. */
const STRIPPED_WITH_YEAR = new RegExp(
  `(?<![0-9])((?:19|20)[0-9]{2})([0-9]{2,4})(?:日|(?=${BLANK}(?:${TIME_OF_DAY.source})))`,
  "g",
);
/**
 * 2024年517日: the 月 stripped after a written year; read when the digits split only one way.
 * (Two digits only where no month has that many days: 2022年33日 is 3月3日; 2022年12日 is left.)
 */
const YEAR_STRIPPED_MONTH_DAY = /(?<![0-9])((?:19|20)[0-9]{2})[ \t\u00A0]*年[ \t\u00A0]*([0-9]{3,4}|3[2-9]|[4-9][1-9])[ \t\u00A0]*日/g;
/**
 * 1030日: month and day run together before 日 (not a duration such as 120日内); two digits too
 * when no month has that many days (33日 is 3月3日; 12日 stays a day).
 */
const STRIPPED_MONTH_DAY = /(?<![0-9年月.\-/第为期限至满超约近达共计])([0-9]{3,4}|3[2-9]|[4-9][1-9])日(?!内|以内|之内|左右)/g;
/** Year and month without a day (accepted by parseDate only): 2022年11月. */
const YEAR_MONTH = new RegExp(`(?<![0-9])(${YEAR})${BLANK}年${BLANK}(${MONTH})${BLANK}月`);
/** A whole value of 5 to 8 digits: a stripped date such as 2026119 or 20221206. */
const BARE_STRIPPED = /^((?:19|20)[0-9]{2})([0-9]{1,4})$/;
/** Blanks between the digits and dashes of a spaced-out date. */
const SPACED_DIGITS = /(?<=[0-9-]) (?=[0-9-])/g;
/** A value that starts with an ISO date: 2022-12-06, 2010-03-11 09:12:05. */
const ISO_PREFIX = /^\s*((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})(?![0-9])/;
/** A digit next to a date separator: what a numeric date (2022-12-06) needs. */
const ANY_DATE_SEPARATOR = /[0-9][-/.][0-9]/;
/** Five digits in a row: what a stripped date (2026119) needs. */
const FIVE_DIGITS = /[0-9]{5}/;
/** Blanks anywhere (removed before reading spaced digits). */
const ANY_BLANK = /[ \t\u00A0]/g;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether month/day form a valid date; with an unknown year, 2月29日 is allowed. */
function isValidMonthDay(year: number | null, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  const max = month === 2 && (year === null || isLeapYear(year)) ? 29 : DAYS_IN_MONTH[month - 1];
  return Number.isInteger(day) && day >= 1 && day <= max;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * Year, month and day as a date, with `iso` when they make a valid one.
 * @example dateParts(2022, 11, 28).iso // "2022-11-28"
 */
export function dateParts(year: number | null, month: number | null, day: number | null): DateParts {
  return makeParts(year, month, day);
}

function makeParts(year: number | null, month: number | null, day: number | null): DateParts {
  const valid =
    year !== null &&
    month !== null &&
    day !== null &&
    year >= 1000 &&
    year <= 9999 &&
    isValidMonthDay(year, month, day);
  return {
    year,
    month,
    day,
    iso: valid ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : null,
  };
}

/** A year as written: digits, or numerals digit by digit (a web copy's 二0二四 writes one zero as a digit). */
function readYear(raw: string): number | null {
  return readNumber(/[^0-9 \t\u00A0]/.test(raw) ? raw.replace(/[0０]/g, "〇") : raw);
}

/** A month as written: digits, numerals or 元. */
function readMonth(raw: string): number | null {
  return raw === "元" ? 1 : readNumber(raw);
}

function readNumber(raw: string): number | null {
  return parseNumber(raw.replace(ANY_BLANK, ""));
}

function normalizeDefaultYear(defaultYear: number | null | undefined): number | null {
  return typeof defaultYear === "number" && Number.isInteger(defaultYear) ? defaultYear : null;
}

/**
 * Month and day from digits whose 月 was stripped: the split must be the only valid one.
 * Returns null when no split or more than one split is valid.
 */
function splitMonthDay(digits: string, year: number | null): { month: number; day: number } | null {
  const found: { month: number; day: number }[] = [];
  for (let cut = 1; cut <= 2; cut++) {
    const rest = digits.length - cut;
    if (rest < 1 || rest > 2) continue;
    const month = Number.parseInt(digits.slice(0, cut), 10);
    const day = Number.parseInt(digits.slice(cut), 10);
    if (isValidMonthDay(year, month, day)) found.push({ month, day });
  }
  return found.length === 1 ? found[0] : null;
}

function strippedParts(year: number | null, digits: string): DateParts {
  const split = splitMonthDay(digits, year);
  return split === null ? makeParts(year, null, null) : makeParts(year, split.month, split.day);
}

interface Candidate {
  index: number;
  end: number;
  parts: DateParts;
}

function collect(text: string, re: RegExp, toParts: (m: RegExpExecArray) => DateParts | null): Candidate[] {
  const out: Candidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const parts = toParts(m);
    if (parts !== null) out.push({ index: m.index, end: m.index + m[0].length, parts });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * Letters a scan's OCR reads for digits, next to digits or before 年/月/日 (2O22年, 3月l9日, ll月2I日), as the
 * digits they stand for (l and I as 1, O and o as 0); one for one, so offsets stay.
 */
const OCR_DIGIT = /[lIOo](?=[0-9lIOo]*[年月日号])|(?<=[0-9])[lIOo]|[lIOo](?=[0-9])/g;
function ocrDigits(m: string): string {
  const digits = /[lIOo]/.test(m) ? m.replace(OCR_DIGIT, (c) => (c === "l" || c === "I" ? "1" : "0")) : m;
  // (And 曰 for the day's 日 after its number: 九月六曰, 7月8曰.)
  return digits.includes("曰") ? digits.replace(OCR_DAY, "日") : digits;
}
/** 曰 where a scan's OCR read the day's 日: right after the day's number, which a month precedes. */
const OCR_DAY = /(?<=月[ \t]?[0-9〇○零一二三四五六七八九十]{1,3}[ \t]?)曰/g;

/**
 * Finds every date expression in a text, in order, with offsets into the original text.
 * @example findDates("11月28日上午，区政府召开…", 2022)[0].iso // "2022-11-28"
 */
export function findDates(text: string, defaultYear?: number | null): FoundDate[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const fallbackYear = normalizeDefaultYear(defaultYear);
  const m = ocrDigits(toMatchable(text));
  // Each pattern needs a character of its own: skip the patterns whose character is absent.
  const hasYear = m.includes("年");
  const hasMonth = m.includes("月");
  const hasDay = m.includes("日") || m.includes("号");
  const none: Candidate[] = [];
  const candidates: Candidate[] = [
    ...(!hasYear || !hasMonth ? none : collect(m, YEAR_MONTH_DAY, (g) => {
      const year = readYear(g[1]);
      const month = readMonth(g[2]);
      const day = readNumber(g[3]);
      return year === null || month === null || day === null ? null : makeParts(year, month, day);
    })),
    ...(!hasMonth || !hasDay ? none : collect(m, MONTH_DAY, (g) => {
      const month = readMonth(g[1]);
      const day = readNumber(g[2]);
      return month === null || day === null ? null : makeParts(fallbackYear, month, day);
    })),
    ...(!ANY_DATE_SEPARATOR.test(m) ? none : collect(m, NUMERIC_DATE, (g) => {
      const month = Number.parseInt(g[3], 10);
      const day = Number.parseInt(g[4], 10);
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      return makeParts(Number.parseInt(g[1], 10), month, day);
    })),
    ...(!FIVE_DIGITS.test(m) ? none : collect(m, STRIPPED_WITH_YEAR, (g) => strippedParts(Number.parseInt(g[1], 10), g[2]))),
    ...(!hasYear || !hasDay ? none : collect(m, YEAR_STRIPPED_MONTH_DAY, (g) => strippedParts(Number.parseInt(g[1], 10), g[2]))),
    ...(!hasDay ? none : collect(m, STRIPPED_MONTH_DAY, (g) => {
      const split = splitMonthDay(g[1], fallbackYear);
      return split === null
        ? makeParts(fallbackYear, null, null)
        : makeParts(fallbackYear, split.month, split.day);
    })),
  ];
  candidates.sort((a, b) => a.index - b.index || b.end - a.end);
  const found: FoundDate[] = [];
  let taken = 0;
  for (const c of candidates) {
    if (c.index < taken) continue;
    const { year, month, day, iso } = c.parts;
    found.push({ year, month, day, iso, text: text.slice(c.index, c.end), index: c.index, end: c.end });
    taken = c.end;
  }
  return found;
}

/**
 * Parses the first date in a text; a missing year is `defaultYear` when given.
 * @example parseDate("二○二二年十二月五日").iso // "2022-12-05"
 */
export function parseDate(text: string, defaultYear?: number | null): DateParts {
  const none: DateParts = { year: null, month: null, day: null, iso: null };
  if (typeof text !== "string") return none;
  // The common case in disclosure headers: an ISO date, perhaps with a time after it (and
  // perhaps spaced out by the page: 2 0 2 4 - 1 2 - 2 8).
  const iso = ISO_PREFIX.exec(text) ?? ISO_PREFIX.exec(text.replace(SPACED_DIGITS, ""));
  if (iso !== null) {
    const month = Number(iso[2]);
    const day = Number(iso[3]);
    if (month >= 1 && month <= 12 && day >= 1) return makeParts(Number(iso[1]), month, day);
  }
  const first = findDates(text, defaultYear)[0];
  if (first !== undefined) {
    return { year: first.year, month: first.month, day: first.day, iso: first.iso };
  }
  const m = toMatchable(text).trim();
  const bare = BARE_STRIPPED.exec(m);
  if (bare !== null && m.length >= 5) return strippedParts(Number.parseInt(bare[1], 10), bare[2]);
  const yearMonth = YEAR_MONTH.exec(m);
  if (yearMonth !== null) {
    const year = readYear(yearMonth[1]);
    const month = readMonth(yearMonth[2]);
    if (year !== null && month !== null && month >= 1 && month <= 12) return makeParts(year, month, null);
  }
  return none;
}

/**
 * Finds the first time of day (上午, 下午, 晚上 …) in a text.
 * @example findTimeOfDay("11月28日上午,区政府召开") // { text: "上午", index: 6 }
 */
export function findTimeOfDay(text: string): { text: string; index: number } | null {
  if (typeof text !== "string") return null;
  const match = TIME_OF_DAY.exec(text);
  return match === null ? null : { text: match[0], index: match.index };
}
