import type { Minutes } from "../model/index.js";

/** Options of {@link toJson}. */
export interface JsonOptions {
  /** Keep the source spans (`position`) of every node. Off by default. */
  positions?: boolean;
  /** Indent with two spaces. Off by default. */
  pretty?: boolean;
}

const dropPosition = (key: string, value: unknown): unknown => (key === "position" ? undefined : value);

/**
 * A deep copy of `value` without any `position` key, at any depth. Everything else is kept,
 * including a diagnostic's `line` and `column`.
 */
export function stripPositions<T>(value: T): T {
  return strip(value) as T;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key !== "position") out[key] = strip(inner);
  }
  return out;
}

/**
 * The model as JSON text (no trailing newline). Positions are left out unless asked for.
 *
 * @example toJson(parse(text), { pretty: true })
 */
export function toJson(model: Minutes, options: JsonOptions = {}): string {
  return JSON.stringify(model, options.positions ? undefined : dropPosition, options.pretty ? 2 : undefined);
}

/** The model as one NDJSON line: compact JSON followed by `\n` (`pretty` is ignored). */
export function toNdjsonLine(model: Minutes, options: JsonOptions = {}): string {
  return `${toJson(model, { positions: options.positions })}\n`;
}

/**
 * Several models as one JSON array (no trailing newline), formatted exactly as
 * `JSON.stringify(models, …, pretty ? 2 : undefined)` would.
 */
export function toJsonArray(models: readonly Minutes[], options: JsonOptions = {}): string {
  return jsonArray(models.map((m) => toJson(m, options)), options.pretty === true);
}

/** Joins already-rendered JSON elements into an array, indenting them when `pretty`. */
export function jsonArray(elements: readonly string[], pretty: boolean): string {
  if (elements.length === 0) return "[]";
  if (!pretty) return `[${elements.join(",")}]`;
  // JSON text never holds a raw newline inside a string, so every "\n" is layout.
  return `[\n  ${elements.map((e) => e.replace(/\n/g, "\n  ")).join(",\n  ")}\n]`;
}
