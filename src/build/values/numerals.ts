/**
 * Numbers as they are written in minutes: Arabic (ASCII or full-width) and Chinese numerals,
 * both the positional form (二十一, 一百零五) and the digit-by-digit form of years (二○二二).
 */

/** Blanks ignored around a number: ASCII whitespace, NBSP, ideographic space. */
const SURROUNDING_BLANKS = /^[\s\u00A0\u3000]+|[\s\u00A0\u3000]+$/g;
/** A string made only of ASCII or full-width digits. */
const ARABIC_DIGITS = /^[0-9\uFF10-\uFF19]+$/;
/** A full-width digit ０-９. */
const FULLWIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/** Chinese digit characters and their values; several look-alike zeros are accepted. */
const DIGIT_VALUES: ReadonlyMap<string, number> = new Map<string, number>([
  ["零", 0],
  ["〇", 0], // U+3007 ideographic number zero
  ["○", 0], // U+25CB white circle, common in typed dates
  ["◯", 0], // U+25EF large circle
  ["Ｏ", 0], // full-width latin O
  ["O", 0],
  ["o", 0], // a copy's lowercase o (二o二三年)
  ["ｏ", 0],
  ["О", 0], // Cyrillic O
  ["一", 1],
  ["壹", 1],
  ["二", 2],
  ["贰", 2],
  ["貳", 2],
  ["两", 2],
  ["兩", 2],
  ["三", 3],
  ["叁", 3],
  ["四", 4],
  ["肆", 4],
  ["五", 5],
  ["伍", 5],
  ["六", 6],
  ["七", 7],
  ["柒", 7],
  ["八", 8],
  ["捌", 8],
  ["九", 9],
  ["玖", 9],
]);

/** Chinese unit characters and their multipliers. */
const UNIT_VALUES: ReadonlyMap<string, number> = new Map<string, number>([
  ["十", 10],
  ["拾", 10],
  ["百", 100],
  ["佰", 100],
  ["千", 1000],
  ["仟", 1000],
]);

/** Zero characters that may stand between units in the positional form (一百零五). */
const POSITIONAL_ZEROS = new Set<string>(["零", "〇", "○"]);

/**
 * Parses a Chinese numeral, positional or digit-by-digit.
 * @example parseChineseNumber("一百零五") // 105; parseChineseNumber("二○二二") // 2022
 */
export function parseChineseNumber(s: string): number | null {
  if (typeof s !== "string") return null;
  const text = s.replace(SURROUNDING_BLANKS, "");
  if (text.length === 0) return null;
  const chars = Array.from(text);
  if (!chars.every((c) => DIGIT_VALUES.has(c) || UNIT_VALUES.has(c))) return null;
  const hasUnit = chars.some((c) => UNIT_VALUES.has(c));
  return hasUnit ? parsePositional(chars) : parseDigitByDigit(chars);
}

/** 二○二二 → 2022: each character is one decimal digit; 两 is not a digit here. */
function parseDigitByDigit(chars: string[]): number | null {
  let value = 0;
  for (const c of chars) {
    if (c === "两" || c === "兩") return chars.length === 1 ? 2 : null;
    const digit = DIGIT_VALUES.get(c);
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

/** 二十一 → 21, 一百零五 → 105, 十二 → 12: units must strictly decrease. */
function parsePositional(chars: string[]): number | null {
  let total = 0;
  let pending: number | null = null; // a digit waiting for its unit
  let lastUnit = Number.POSITIVE_INFINITY;
  let sawZero = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const unit = UNIT_VALUES.get(c);
    if (unit !== undefined) {
      if (unit >= lastUnit) return null;
      if (pending === null) {
        // a bare 十 at the start means 10 (十二 → 12); other bare units are not numbers
        if (unit !== 10 || i !== 0) return null;
        pending = 1;
      }
      total += pending * unit;
      pending = null;
      lastUnit = unit;
      sawZero = false;
      continue;
    }
    const digit = DIGIT_VALUES.get(c);
    if (digit === undefined || pending !== null) return null;
    if (digit === 0) {
      if (!POSITIONAL_ZEROS.has(c) || sawZero || i === 0 || i === chars.length - 1) return null;
      sawZero = true;
      continue;
    }
    pending = digit;
  }
  if (pending !== null) {
    // a trailing digit counts as ones only right after 十 or after an explicit zero (一百零五);
    // 一百五 (colloquial 150) is ambiguous and rejected
    if (lastUnit !== 10 && !sawZero && lastUnit !== Number.POSITIVE_INFINITY) return null;
    total += pending;
  }
  return total;
}

/**
 * Parses an Arabic (ASCII or full-width) or Chinese number, ignoring surrounding blanks.
 * @example parseNumber(" １５ ") // 15; parseNumber("四十八") // 48
 */
export function parseNumber(s: string): number | null {
  if (typeof s !== "string") return null;
  // The common case: a few ASCII digits.
  if (s.length > 0 && s.length <= 15) {
    let value = 0;
    let i = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x30 || c > 0x39) break;
      value = value * 10 + (c - 0x30);
    }
    if (i === s.length) return value;
  }
  const text = s.replace(SURROUNDING_BLANKS, "");
  if (text.length === 0) return null;
  if (ARABIC_DIGITS.test(text)) {
    const ascii = text.replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    const value = Number.parseInt(ascii, 10);
    return Number.isSafeInteger(value) ? value : null;
  }
  return parseChineseNumber(text);
}
