import * as z from "zod";

/**
 * A point in the decoded source text (unist style).
 * `line` and `column` are 1-based; `offset` is 0-based. Columns and offsets count UTF-16
 * code units of the decoded text (as JavaScript strings index it), after a BOM is removed.
 */
export const Point = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
export type Point = z.infer<typeof Point>;

/** Where a node came from: `start` inclusive, `end` exclusive. */
export const Position = z.object({
  start: Point,
  end: Point,
});
export type Position = z.infer<typeof Position>;
