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
  let from = 0;
  const re = globalOf(separators);
  re.lastIndex = 0;
  for (let m = re.exec(span.match); m !== null; m = re.exec(span.match)) {
    const to = m.index + m[0].length;
    if (to > from) out.push(slice(span, from, to));
    from = to;
  }
  if (from < span.text.length) out.push(slice(span, from, span.text.length));
  return out;
}

const GLOBAL = new Map<RegExp, RegExp>();

/** The global (`g`) twin of a separator pattern, made once. */
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (g === undefined) {
    g = new RegExp(re.source, "g");
    GLOBAL.set(re, g);
  }
  return g;
}

/** A sub-span of `span` from `from` to `to` (indices into span.text). */
export function slice(span: Span, from: number, to: number): Span {
  return { text: span.text.slice(from, to), match: span.match.slice(from, to), start: span.start + from };
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
const TRAILING = charClass(" \t\n\r\u00a0\u3000,，。!?！？;；:：、|");
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
