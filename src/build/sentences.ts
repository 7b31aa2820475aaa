// Sentences and clauses of a paragraph, with their offsets, for field-level extraction.
import { charClass } from "./values/char-class.js";

/** A slice of a paragraph: its text, the same text for matching, and its source offset. */
export interface Span {
  /** The text as written (cleaned of website artefacts only where noted by the caller). */
  text: string;
  /** `text` mapped for matching (Simplified keywords, ASCII punctuation): same length. */
  match: string;
  /** Source offset of `text[0]`. */
  start: number;
}

/** Cuts `span` at every character of `separators`, keeping the separator with the piece before it. */
export function cut(span: Span, separators: RegExp): Span[] {
  const out: Span[] = [];
  const text = span.match;
  // One native search per separator character, merged in order (faster than a regex's exec per piece).
  const chars = charsOf(separators);
  const next = chars.map((c) => text.indexOf(c));
  let from = 0;
  for (;;) {
    let k = -1;
    for (let j = 0; j < next.length; j++) if (next[j]! >= 0 && (k < 0 || next[j]! < next[k]!)) k = j;
    if (k < 0) break;
    const to = next[k]! + 1;
    if (to > from) out.push(slice(span, from, to));
    from = to;
    next[k] = text.indexOf(chars[k]!, to);
  }
  if (from < span.text.length) out.push(slice(span, from, span.text.length));
  return out;
}

const CHARS = new Map<RegExp, string[]>();

/** The characters of a one-character class pattern (`/[,，]/` → `[",", "，"]`), found once. */
function charsOf(re: RegExp): string[] {
  let chars = CHARS.get(re);
  if (chars === undefined) {
    const m = /^\[((?:[^\]\\^-]|\\u[0-9a-fA-F]{4})+)\]$/.exec(re.source);
    if (m === null) throw new Error(`cut: not a class of plain characters: ${re.source}`);
    chars = Array.from(m[1]!.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
    CHARS.set(re, chars);
  }
  return chars;
}

/** A sub-span of `span` from `from` to `to` (indices into span.text). */
export function slice(span: Span, from: number, to: number): Span {
  return { text: span.text.slice(from, to), match: span.match.slice(from, to), start: span.start + from };
}

/** `span` with [from, to) of its text and of its matchable text read as blanks (offsets unchanged). */
export function blankOut(span: Span, from: number, to: number): Span {
  const blanks = " ".repeat(to - from);
  return { text: span.text.slice(0, from) + blanks + span.text.slice(to), match: span.match.slice(0, from) + blanks + span.match.slice(to), start: span.start };
}

/** Sentences end at 。！？ and at ；/; . */
export const SENTENCE_END = /[。！？;；]/;
/** Clauses of a list are separated by commas. */
export const COMMA = /[,，]/;
/** Agenda items are separated by semicolons and full stops. */
export const AGENDA_SEPARATOR = /[;；。]/;
/** Clauses end at ，/, and at sentence ends. */
export const CLAUSE_END = /[,，。！？;；]/;

/** Characters {@link stripEnd} removes at the end of a span … */
const TRAILING = charClass(" \t\n\r\u00a0\u3000,，。.．!?！？;；:：、|");
/** … and at its start. */
const LEADING = charClass(" \t\n\r\u00a0\u3000,，、:：|");

/** The text of a span without its final punctuation and blanks (and leading commas, colons, blanks). */
export function stripEnd(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING.has(s.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && LEADING.has(s.charCodeAt(start))) start++;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}
