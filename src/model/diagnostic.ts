import * as z from "zod";
import { Position } from "./position.js";

/** How serious a diagnostic is. */
export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/**
 * Something the parser noticed (vfile-message field names).
 * `line` and `column` (1-based) repeat `position.start` so that a reader of the plain JSON,
 * which leaves spans out by default, still knows where.
 */
export const Diagnostic = z.object({
  /** error / warning / info */
  severity: Severity,
  /** A stable kebab-case id, e.g. `not-minutes`, `unplaced-text`. */
  code: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** One sentence saying what was noticed. */
  message: z.string(),
  /** 1-based line of the start of the span. */
  line: z.number().int().min(1),
  /** 1-based column of the start of the span. */
  column: z.number().int().min(1),
  position: Position.optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
