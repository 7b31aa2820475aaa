// Node-only helpers. fs is used here and in cli/ only; the rest of jiyao is I/O-free.
import { readFileSync } from "node:fs";
import { parse } from "./parse.js";
import type { Minutes } from "./model/index.js";

/** A document that could not be read. `reason` is a short phrase for messages: `no such file`. */
export class InputError extends Error {
  override readonly name = "InputError";
  /** The path as given. */
  readonly path: string;
  /** `no such file`, `is a directory`, `empty file`, `permission denied`, … */
  readonly reason: string;
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.reason = reason;
  }
}

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  ENOTDIR: "no such file",
  EISDIR: "is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

/**
 * Reads a document's bytes.
 *
 * @throws InputError for a missing file, a directory, an unreadable or an empty file.
 */
export function readDocument(path: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new InputError(path, REASONS[code] ?? `cannot read (${code || String(error)})`);
  }
  if (bytes.length === 0) throw new InputError(path, "empty file");
  return bytes;
}

/**
 * Reads and parses one document: `parse(readDocument(path), { file: path })`.
 *
 * @throws InputError when the file cannot be read, DecodeError when it is not text.
 */
export function parseFile(path: string): Minutes {
  return parse(readDocument(path), { file: path });
}
