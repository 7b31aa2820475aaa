// Everything the CLI does to the outside world goes through an Io, so tests can run it in-process.
import { mkdirSync, writeFileSync } from "node:fs";
import { InputError, readDocument } from "../node.js";
import { OutputError } from "./errors.js";

/** The CLI's view of the outside world. */
export interface Io {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Reads all of standard input as bytes. */
  readStdin(): Promise<Uint8Array>;
  /** Reads a document's bytes; throws `InputError` (missing, directory, empty). */
  readFile(path: string): Uint8Array;
  /** Writes a whole file (UTF-8), creating or replacing it. */
  writeFile(path: string, text: string): void;
  /** Creates a directory and its parents when missing. */
  makeDir(path: string): void;
  /** Environment variables (JIYAO_DEBUG=1 prints stack traces of internal errors). */
  env: Readonly<Record<string, string | undefined>>;
}

let stdoutClosed = false;
let stdoutGuarded = false;

// A reader that goes away (`jiyao parse … | head`) makes writes fail with EPIPE, which Node
// reports as an 'error' event; unhandled, that prints a stack trace. Stop writing instead.
function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") {
      stdoutClosed = true;
      return;
    }
    process.stderr.write(`jiyao: cannot write to standard output: ${error.message}\n`);
    stdoutClosed = true;
    process.exitCode = 2;
  });
}

/** The real Io of a Node process. */
export const nodeIo: Io = {
  stdout(text) {
    guardStdout();
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr(text) {
    process.stderr.write(text);
  },
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  readFile: readDocument,
  writeFile(path, text) {
    writeFileSync(path, text);
  },
  makeDir(path) {
    mkdirSync(path, { recursive: true });
  },
  env: process.env,
};

/** The name stdin gets in messages. */
export const STDIN_NAME = "<stdin>";

/**
 * Reads one input's bytes: a path, or `-` for standard input.
 *
 * @throws InputError for a missing, directory or empty file, or empty standard input.
 */
export async function readInput(io: Io, input: string): Promise<Uint8Array> {
  if (input !== "-") return io.readFile(input);
  const bytes = await io.readStdin();
  if (bytes.length === 0) throw new InputError(STDIN_NAME, "empty input");
  return bytes;
}

/** Where a command's main output goes: standard output, or a file written at the end. */
export interface Output {
  write(text: string): void;
  /** Writes the file (when there is one and something was written). */
  close(): void;
}

/** An Output on standard output, or buffering into `file` when one is given. */
export function openOutput(io: Io, file: string | undefined): Output {
  if (file === undefined) return { write: (text) => io.stdout(text), close: () => {} };
  const chunks: string[] = [];
  return {
    write: (text) => void chunks.push(text),
    close: () => {
      if (chunks.length > 0) writeOutputFile(io, file, chunks.join(""));
    },
  };
}

/** Writes an output file, turning fs failures into an OutputError. */
export function writeOutputFile(io: Io, path: string, text: string): void {
  try {
    io.writeFile(path, text);
  } catch (error) {
    throw new OutputError(path, fsReason(error));
  }
}

/** Creates an output directory, turning fs failures into an OutputError. */
export function makeOutputDir(io: Io, path: string): void {
  try {
    io.makeDir(path);
  } catch (error) {
    throw new OutputError(path, fsReason(error));
  }
}

function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such directory";
    case "ENOTDIR":
      return "not a directory";
    case "EISDIR":
      return "is a directory";
    case "EEXIST":
      return "exists and is not a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return `cannot write (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/** Text followed by exactly one newline. */
export function withNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}
