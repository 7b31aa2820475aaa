// Typed CLI errors. Each carries its exit code; run() turns them into one stderr line.
import { DecodeError } from "../decode/index.js";
import { InputError } from "../node.js";

/** Every document produced a model. */
export const EXIT_OK = 0;
/** A usage error, or an input that could not be read or converted. */
export const EXIT_USAGE = 2;

/** An error the CLI reports as one line, `jiyao: <message>`, and exits with `exitCode`. */
export class CliError extends Error {
  override readonly name: string = "CliError";
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Wrong options or arguments (exit 2). */
export class UsageError extends CliError {
  override readonly name = "UsageError";
  constructor(message: string) {
    super(message, EXIT_USAGE);
  }
}

/** An output file or directory that could not be written (exit 2). */
export class OutputError extends CliError {
  override readonly name = "OutputError";
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`, EXIT_USAGE);
  }
}

/** True for errors that describe a bad input rather than a bug: missing file, not text, … */
export function isInputProblem(error: unknown): error is InputError | DecodeError {
  return error instanceof InputError || error instanceof DecodeError;
}

/**
 * The one line (without `jiyao: ` and newline) that reports `error` for the input `name`:
 * `missing.txt: no such file`, `x.bin: binary content (NUL bytes)`,
 * `x.txt: internal error: <message>` (with the stack when `debug`).
 */
export function describeInputError(name: string, error: unknown, debug: boolean): string {
  if (isInputProblem(error)) return `${name}: ${error.reason}`;
  const message = error instanceof Error ? error.message : String(error);
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : "";
  return `${name}: internal error: ${firstLine(message)}${stack}`;
}

/** The first line of a message, so that a report stays one line. */
export function firstLine(message: string): string {
  const i = message.indexOf("\n");
  return i === -1 ? message : message.slice(0, i);
}

export { InputError, DecodeError };
