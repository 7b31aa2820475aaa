// STUB (owned by the decode/CLI helper).
import type { Minutes } from "../model/index.js";
export interface JsonOptions { positions?: boolean; pretty?: boolean }
export function stripPositions<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === "position" ? undefined : v)));
}
export function toJson(model: Minutes, options: JsonOptions = {}): string {
  const v = options.positions ? model : stripPositions(model);
  return JSON.stringify(v, null, options.pretty ? 2 : undefined);
}
export function toNdjsonLine(model: Minutes, options: JsonOptions = {}): string {
  return toJson(model, { ...options, pretty: false });
}
