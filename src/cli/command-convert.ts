// jiyao convert <file.xml|-> : jiyao XML → model → JSON (or XML again).
import { Command, Option } from "commander";
import { decode } from "../decode/index.js";
import { toJson } from "../emit/json.js";
import type { Minutes } from "../model/index.js";
import { EXIT_OK, EXIT_USAGE, describeInputError, firstLine, isInputProblem } from "./errors.js";
import { STDIN_NAME, openOutput, readInput, withNewline } from "./io.js";
import type { Io } from "./io.js";

/** The output formats of `jiyao convert`. */
export const CONVERT_FORMATS = ["json", "xml"] as const;
export type ConvertFormat = (typeof CONVERT_FORMATS)[number];

/** Options of `jiyao convert`, as commander hands them over. */
export interface ConvertCommandOptions {
  format: ConvertFormat;
  pretty?: boolean;
  positions?: boolean;
  output?: string;
}

const EXAMPLES = `
Examples:
  $ jiyao parse minutes.txt --format xml -o minutes.xml
  $ jiyao convert minutes.xml --pretty
  $ cat minutes.xml | jiyao convert - --format xml`;

/** The `convert` sub-command; `setExit` receives its exit code. */
export function convertCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("convert")
    .summary("read jiyao XML back and print it as JSON or XML")
    .description("Read a document written by `jiyao parse --format xml` and print its model.")
    .argument("<file>", "a jiyao XML file; - reads standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(CONVERT_FORMATS).default("json"))
    .option("--pretty", "indent JSON output")
    .option("--positions", "include source positions kept in the XML")
    .option("-o, --output <file>", "write the output to a file instead of standard output")
    .addHelpText("after", EXAMPLES)
    .action(async (file: string, options: ConvertCommandOptions) => {
      setExit(await runConvert(file, options, io));
    });
}

/** Converts one jiyao XML document. @returns 0, or 2 when the input cannot be read. */
export async function runConvert(input: string, options: ConvertCommandOptions, io: Io): Promise<number> {
  const name = input === "-" ? STDIN_NAME : input;
  const debug = io.env.JIYAO_DEBUG === "1";
  let model: Minutes;
  try {
    const { fromXml } = await import("../emit/xml-read.js");
    model = fromXml(decode(await readInput(io, input)).text);
  } catch (error) {
    const line = isInputProblem(error)
      ? describeInputError(name, error, debug)
      : `${name}: not jiyao XML: ${firstLine(error instanceof Error ? error.message : String(error)).replace(/^fromXml: /, "")}`;
    io.stderr(`jiyao: ${line}\n`);
    return EXIT_USAGE;
  }
  let text: string;
  try {
    const positions = options.positions === true;
    const { toXml } = await import("../emit/xml.js");
    text = options.format === "xml" ? toXml(model, { positions }) : toJson(model, { positions, pretty: options.pretty === true });
  } catch (error) {
    io.stderr(`jiyao: ${describeInputError(name, error, debug)}\n`);
    return EXIT_USAGE;
  }
  const out = openOutput(io, options.output);
  out.write(withNewline(text));
  out.close();
  return EXIT_OK;
}
