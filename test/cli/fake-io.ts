// An in-memory Io for running the CLI in-process.
import { InputError } from "../../src/node.js";
import type { Io } from "../../src/cli/io.js";

export interface FakeIo extends Io {
  out: string;
  err: string;
  /** Files written by the CLI, by path. */
  written: Map<string, string>;
  /** Directories the CLI created. */
  dirs: string[];
  /** Paths the CLI asked to read, in order. */
  reads: string[];
}

/**
 * A fake Io over `files` (path → text or bytes). Like readDocument, a path missing from
 * `files` is "no such file", a path ending in "/" is "is a directory", and empty bytes are
 * "empty file". A value that is an Error is thrown as is (to simulate unexpected failures).
 */
export function fakeIo(
  files: Record<string, string | Uint8Array | Error> = {},
  options: { stdin?: string | Uint8Array; env?: Record<string, string>; writeError?: NodeJS.ErrnoException } = {},
): FakeIo {
  const toBytes = (v: string | Uint8Array): Uint8Array => (typeof v === "string" ? new TextEncoder().encode(v) : v);
  const io: FakeIo = {
    out: "",
    err: "",
    written: new Map(),
    dirs: [],
    reads: [],
    stdout(text) {
      io.out += text;
    },
    stderr(text) {
      io.err += text;
    },
    async readStdin() {
      return toBytes(options.stdin ?? "");
    },
    readFile(path) {
      io.reads.push(path);
      const value = files[path];
      if (value instanceof Error) throw value;
      if (path.endsWith("/")) throw new InputError(path, "is a directory");
      if (value === undefined) throw new InputError(path, "no such file");
      const bytes = toBytes(value);
      if (bytes.length === 0) throw new InputError(path, "empty file");
      return bytes;
    },
    writeFile(path, text) {
      if (options.writeError) throw options.writeError;
      io.written.set(path, text);
    },
    makeDir(path) {
      io.dirs.push(path);
    },
    env: options.env ?? {},
  };
  return io;
}
