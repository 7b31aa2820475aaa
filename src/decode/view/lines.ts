// The text cut into lines, and the small readings of a line the other readings share.
import { Buffer } from "node:buffer";

/** The start of the line before the one that starts at `start`. */
export function lineStartBefore(source: string, start: number): number {
  const nl = source.lastIndexOf("\n", start - 2);
  return nl + 1;
}

/** A blank of the layout (or a carriage return). */
export function isBlankChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0d;
}

/** The text of the line that starts at `at`, up to its line feed (a CR before it kept). */
export function lineFrom(source: string, at: number): string {
  const end = source.indexOf("\n", at);
  return source.slice(at, end < 0 ? source.length : end);
}

/** The shortest line counted when the page width is sought (in half-width columns). */
export const LONG_LINE = 24;
/** A paragraph's first-line indent, in columns (two full-width blanks). */
export const INDENT_COLUMNS = 4;
export interface Line {
  start: number;
  /** End of the content (before the line break). */
  end: number;
  /** End of the line break. */
  next: number;
  /** Where its text starts, after its indent of blanks, tabs and U+3000 (`end` for a blank line). */
  text: number;
  /**
   * The width as read, in half-width columns (an ideograph or full-width sign takes two, a
   * digit one: a printed line holds more characters where it holds digits), less what other
   * edits take away (annotations, entities, tags). Short lines, and the lines of a text whose
   * lengths make no page width: their length in characters.
   */
  length: number;
}

/**
 * The width of a line in columns, where it may count: a line of fewer than LONG_LINE / 2
 * characters is short whatever they are, and its length in characters is enough.
 */
export function lineColumns(source: string, start: number, end: number): number {
  return end - start < LONG_LINE / 2 ? end - start : columns(source, start, end);
}

/**
 * The width of source[start, end) in half-width columns: an ASCII character takes one, an
 * ideograph or full-width sign two. Counted natively from the UTF-8 length (one byte against
 * three): (characters + bytes) / 2, which gives U+0080–U+07FF one and a half (not rounded, so
 * that the widths of a line's parts add up).
 */
export function columns(source: string, start: number, end: number): number {
  // (A tab that indents a line stands for a paragraph's indent, two full-width blanks.)
  let tabs = 0;
  while (source.charCodeAt(start + tabs) === 9 && start + tabs < end) tabs++;
  return (end - start + Buffer.byteLength(source.slice(start, end), "utf8")) / 2 + tabs * (INDENT_COLUMNS - 1);
}

export function linesOf(source: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = source.indexOf("\n", start);
    if (nl < 0) {
      out.push({ start, end: source.length, next: source.length, text: skipIndent(source, start), length: source.length - start });
      return out;
    }
    const end = nl > start && source.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    out.push({ start, end, next: nl + 1, text: skipIndent(source, start, end), length: end - start });
    start = nl + 1;
  }
}

/** Where the text after `at` starts, past blanks, tabs and U+3000 (up to `end`). */
export function skipIndent(source: string, at: number, end: number = source.length): number {
  let i = at;
  while (i < end && (source.charCodeAt(i) === 0x20 || source.charCodeAt(i) === 0x09 || source.charCodeAt(i) === 0x3000)) i++;
  return i;
}

/** The lines a title may stand in, at the top of the text. */
export const TITLE_LINES = 16;

/** The first `n` lines of a text. */
export function head(source: string, n: number): string {
  let end = 0;
  for (let i = 0; i < n; i++) {
    const nl = source.indexOf("\n", end);
    if (nl < 0) return source;
    end = nl + 1;
  }
  return source.slice(0, end);
}
