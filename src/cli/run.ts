// The jiyao CLI. Thin: builds the commander program, runs one sub-command, returns its exit code.
// bin/jiyao.js is the only place that sets process.exitCode.
import { Command, CommanderError } from "commander";
import pkg from "../../package.json" with { type: "json" };
import { convertCommand } from "./command-convert.js";
import { parseCommand } from "./command-parse.js";
import { schemaCommand } from "./command-schema.js";
import { CliError, EXIT_OK, EXIT_USAGE, firstLine } from "./errors.js";
import type { Io } from "./io.js";

export { nodeIo } from "./io.js";
export type { Io } from "./io.js";

const EXAMPLES = `
Examples:
  $ jiyao parse minutes.txt --pretty
  $ jiyao parse minutes/*.txt --format ndjson -o out.ndjson
  $ jiyao parse minutes/*.txt --format akn --output-dir akn/
  $ jiyao schema > jiyao.schema.json

Run "jiyao <command> --help" for the options of a command.`;

/**
 * Runs the CLI on `argv` (the arguments after the program name) and returns the exit code:
 * 0 when every input produced a model, 2 for usage errors and inputs that could not be read.
 * Never throws and never prints a stack trace (unless JIYAO_DEBUG=1).
 *
 * @example await run(["parse", "minutes.txt", "--pretty"], nodeIo) // 0
 */
export async function run(argv: string[], io: Io): Promise<number> {
  let exitCode = EXIT_OK;
  const program = createProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (error instanceof CliError) {
      io.stderr(`jiyao: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    const stack = io.env.JIYAO_DEBUG === "1" && error instanceof Error && error.stack ? `\n${error.stack}` : "";
    io.stderr(`jiyao: internal error: ${firstLine(message)}${stack}\n`);
    return EXIT_USAGE;
  }
}

/** A fresh commander program wired to `io`; commands report their exit code through `setExit`. */
function createProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command("jiyao")
    .description(
      "Parse the standing-meeting minutes (常务会议纪要) of Chinese local governments into a typed " +
        "model and print it as JSON, NDJSON, XML or Akoma Ntoso.",
    )
    .version(pkg.version, "-v, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(`jiyao: ${text}`),
    })
    .showHelpAfterError('(run "jiyao --help" for usage)')
    .addHelpText("after", EXAMPLES);
  for (const command of [parseCommand(io, setExit), convertCommand(io, setExit), schemaCommand(io, setExit)]) {
    program.addCommand(command.copyInheritedSettings(program));
  }
  return program;
}
