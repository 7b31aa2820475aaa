// Offsets → line and column. Free of zod, so the parse path does not load the schemas.
import type { Point, Position } from "./position.js";

/**
 * Maps offsets of one text to points. Built once per document; lookups are a binary search.
 */
export interface Locator {
  /** The point of a 0-based offset (clamped to the text). */
  point(offset: number): Point;
  /** The position of the half-open range [start, end). */
  position(start: number, end: number): Position;
}

/** Builds a {@link Locator} for `text`, treating CRLF, CR and LF as line ends. */
export function createLocator(text: string): Locator {
  const lineStarts: number[] = [0];
  if (!text.includes("\r")) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  } else {
    // CR, LF and CRLF: two native searches, merged (a loop over every character costs more).
    let lf = text.indexOf("\n");
    let cr = text.indexOf("\r");
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        const end = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
        lineStarts.push(end);
        if (end === cr + 2) lf = text.indexOf("\n", end);
        cr = text.indexOf("\r", end);
      } else {
        lineStarts.push(lf + 1);
        lf = text.indexOf("\n", lf + 1);
      }
    }
  }
  // Lookups come roughly in source order: try the line of the previous lookup first.
  let last = 0;
  const point = (offset: number): Point => {
    const o = Math.max(0, Math.min(offset, text.length));
    if (lineStarts[last]! <= o && (last + 1 === lineStarts.length || o < lineStarts[last + 1]!)) {
      return { line: last + 1, column: o - lineStarts[last]! + 1, offset: o };
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    last = lo;
    return { line: lo + 1, column: o - lineStarts[lo]! + 1, offset: o };
  };
  return { point, position: (start, end) => ({ start: point(start), end: point(end) }) };
}
