// Sentences and clauses of a paragraph, with their offsets, for field-level extraction.

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
  separators.lastIndex = 0;
  const re = new RegExp(separators.source, "g");
  for (let m = re.exec(span.match); m !== null; m = re.exec(span.match)) {
    const to = m.index + m[0].length;
    if (to > from) out.push(slice(span, from, to));
    from = to;
  }
  if (from < span.text.length) out.push(slice(span, from, span.text.length));
  return out;
}

/** A sub-span of `span` from `from` to `to` (indices into span.text). */
export function slice(span: Span, from: number, to: number): Span {
  return { text: span.text.slice(from, to), match: span.match.slice(from, to), start: span.start + from };
}

/** Sentences end at 。！？ and at ；/; . */
export const SENTENCE_END = /[。！？;；]/;
/** Clauses end at ，/, and at sentence ends. */
export const CLAUSE_END = /[,，。！？;；]/;

const EDGE_PUNCTUATION = /[\s\u3000,，。!?！？;；:：、|]/;

/** The text of a span without its final punctuation and blanks. */
export function stripEnd(s: string): string {
  if (s === "" || (!EDGE_PUNCTUATION.test(s[0]!) && !EDGE_PUNCTUATION.test(s[s.length - 1]!))) return s;
  return s.replace(/[\s\u3000,，。!?！？;；:：、|]+$/u, "").replace(/^[\s\u3000,，、:：|]+/u, "");
}
