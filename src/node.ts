// STUB (owned by the decode/CLI helper).
import { readFileSync } from "node:fs";
import { parse } from "./parse.js";
import type { Minutes } from "./model/index.js";
export function readDocument(path: string): Uint8Array {
  return readFileSync(path);
}
export function parseFile(path: string): Minutes {
  return parse(readDocument(path), { file: path });
}
