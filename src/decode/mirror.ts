// Mirror sites annotate characters with pinyin in parentheses (`區(qū)長(zhǎng)`). The grammar reads a
// view of the text without them; an offset table maps every view offset back to the source, so
// positions still refer to the original text and no character is lost.

/**
 * A pinyin annotation: lower-case latin letters (tone-marked vowels, ü, combining tone marks) in
 * ASCII or full-width parentheses, one syllable or a word's few (會議(huì yì)); {@link TONE_MARK} must also match, which tells pinyin from `(a)`.
 */
export const PINYIN_ANNOTATION = /[(（]([A-ZĀÁǍÀĒÉĚÈŌÓǑÒa-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ\u0300-\u036F][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ\u0300-\u036F]{0,7}(?: [A-ZĀÁǍÀĒÉĚÈŌÓǑÒa-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ\u0300-\u036F][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ\u0300-\u036F]{0,7}){0,3})[)）]/g;
/** A tone-marked vowel, ü or a combining tone mark. */
export const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿĀÁǍÀĒÉĚÈŌÓǑÒ\u0300-\u036F]/;

/** The text the grammar reads, and where each of its offsets lies in the source. */
export interface TextView {
  text: string;
  /** `offsets[i]` is the source offset of `text[i]`; one more entry for the end. Null: identity. */
  offsets: Int32Array | null;
  /**
   * What the view left out that is the page's chrome, [start, end) in the source: a printed
   * page's numbers and running heads, and `<title>`, script, style and comment elements.
   */
  chromeRanges?: [number, number][];
}

/** The [start, end) ranges of the pinyin annotations of `source`, in order. */
export function annotationCuts(source: string): [number, number][] {
  const cuts: [number, number][] = [];
  const toneless: [number, number][] = [];
  if (!mayHoldPinyin(source)) return cuts;
  for (const m of source.matchAll(PINYIN_ANNOTATION)) {
    // Annotations follow the character they annotate; anything else is kept as written.
    // (Or the zero a date writes as 〇 or ○, annotated as its numeral: 二〇(líng)二三年.)
    const before = source.charCodeAt(m.index - 1);
    const follows = m.index > 0 && (isHan(before) || before === 0x3007 || before === 0x25cb || cuts[cuts.length - 1]?.[1] === m.index);
    if (!follows) continue;
    if (TONE_MARK.test(m[1]!)) cuts.push([m.index, m.index + m[0].length]);
    else if (TONELESS_SYLLABLES.test(m[1]!)) toneless.push([m.index, m.index + m[0].length]);
  }
  // (A copy whose pinyin lost its tone marks, 區(qu)長(zhang): annotations only where there are many of them.)
  if (toneless.length >= MIN_TONELESS) return [...cuts, ...toneless].sort((a, b) => a[0] - b[0]);
  return cuts;
}
/** Pinyin syllables without tone marks, lower case: qu, zhang, hui4 (a tone's number allowed). */
const TONELESS_SYLLABLES = /^(?:[bcdfghjklmnpqrstwxyz]?h?[aeiouv]{1,3}(?:ng|n|r)?[1-5]?)(?: [bcdfghjklmnpqrstwxyz]?h?[aeiouv]{1,3}(?:ng|n|r)?[1-5]?){0,3}$/;
/** The fewest toneless annotations that tell a mirror's copy. */
const MIN_TONELESS = 5;

/**
 * Whether `text` may hold a pinyin annotation: an opening parenthesis followed by a latin
 * letter, a tone-marked letter or a combining mark. A quick test (two native
 * searches) that spares the regex a scan of texts without any.
 */
export function mayHoldPinyin(text: string): boolean {
  return opensPinyin(text, "(") || opensPinyin(text, "\uff08");
}

function opensPinyin(text: string, bracket: string): boolean {
  for (let i = text.indexOf(bracket); i >= 0; i = text.indexOf(bracket, i + 1)) {
    const c = text.charCodeAt(i + 1);
    // (Or a capital, where a mirror capitalises its syllables: 蔣(Jiǎng).)
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x1ff) || (c >= 0x300 && c <= 0x36f) || c === 0x1e3f) return true;
  }
  return false;
}

/** Whether a character code is an ideograph's (CJK, extension A, compatibility) or the second half of one outside the BMP. */
export function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xdc00 && code <= 0xdfff);
}
