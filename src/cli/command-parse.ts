// jiyao parse <files...|-> : documents → model → json / ndjson / xml / akn.
import { basename, extname, join } from "node:path";
import { Command, Option } from "commander";
// The parse path only: the XML and Akoma Ntoso emitters load when asked for (a faster cold start).
import { parse } from "../parse.js";
import type { Minutes } from "../model/index.js";
import { jsonArray, toJson, toNdjsonLine } from "../emit/json.js";
import { EXIT_OK, EXIT_USAGE, UsageError, describeInputError } from "./errors.js";
import { STDIN_NAME, makeOutputDir, openOutput, readInput, withNewline, writeOutputFile } from "./io.js";
import type { Io } from "./io.js";

/** The output formats of `jiyao parse`. */
export const PARSE_FORMATS = ["json", "ndjson", "xml", "akn"] as const;
export type ParseFormat = (typeof PARSE_FORMATS)[number];

/** Options of `jiyao parse`, as commander hands them over. */
export interface ParseCommandOptions {
  format: ParseFormat;
  pretty?: boolean;
  positions?: boolean;
  output?: string;
  outputDir?: string;
}

const EXTENSIONS: Record<ParseFormat, string> = { json: ".json", ndjson: ".json", xml: ".xml", akn: ".akn.xml" };

const EXAMPLES = `
Examples:
  $ jiyao parse minutes.txt --pretty
  $ jiyao parse minutes/*.txt --format ndjson -o out.ndjson
  $ jiyao parse minutes/*.txt --format xml --output-dir xml/
  $ curl -s https://example.gov.cn/jiyao.txt | jiyao parse - --format akn

Inputs are UTF-8 (with or without BOM) or GB18030 text. One input prints one
object; several print a JSON array (ndjson: one line per document). With
--output-dir, each input is written to DIR/<name>.json, .xml or .akn.xml.
Exit status: 0 when every input produced a model, 2 for a usage error or an
input that could not be read (each reported on one stderr line).`;

/** The `parse` sub-command; `setExit` receives its exit code. */
export function parseCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("parse")
    .summary("parse minutes into JSON, NDJSON, XML or Akoma Ntoso")
    .description("Parse 常务会议纪要 (standing-meeting minutes) into the jiyao model and print it.")
    .argument("<files...>", "text files to parse; - reads standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(PARSE_FORMATS).default("json"))
    .option("--pretty", "indent JSON output")
    .option("--positions", "include source positions (line, column, offset) of every node")
    .addOption(new Option("-o, --output <file>", "write the output to a file instead of standard output").conflicts("outputDir"))
    .option("--output-dir <dir>", "write one file per input into DIR (needed for xml/akn with several inputs)")
    .addHelpText("after", EXAMPLES)
    .action(async (files: string[], options: ParseCommandOptions) => {
      setExit(await runParse(files, options, io));
    });
}

/**
 * Parses every input and writes the results. Bad inputs are reported one line each on stderr
 * and skipped; the others are still written.
 *
 * @returns 0 when every input produced a model, else 2.
 */
export async function runParse(inputs: string[], options: ParseCommandOptions, io: Io): Promise<number> {
  const { format } = options;
  if (inputs.filter((i) => i === "-").length > 1) throw new UsageError("standard input (-) can be given only once");
  const several = inputs.length > 1;
  if (several && (format === "xml" || format === "akn") && options.outputDir === undefined) {
    throw new UsageError(
      `--format ${format} with several inputs needs --output-dir DIR (one XML document per input)`,
    );
  }
  const targets = options.outputDir === undefined ? null : outputPaths(inputs, options.outputDir, format);
  if (options.outputDir !== undefined) makeOutputDir(io, options.outputDir);

  const debug = io.env.JIYAO_DEBUG === "1";
  const render = await renderer(options);
  const out = targets === null ? openOutput(io, options.output) : null;
  const rendered: string[] = [];
  let failed = false;

  for (const [index, input] of inputs.entries()) {
    const name = input === "-" ? STDIN_NAME : input;
    let text: string;
    try {
      const bytes = await readInput(io, input);
      text = render(parse(bytes, { file: input === "-" ? null : input }));
    } catch (error) {
      io.stderr(`jiyao: ${describeInputError(name, error, debug)}\n`);
      failed = true;
      continue;
    }
    if (targets !== null) {
      try {
        writeOutputFile(io, targets[index]!, withNewline(text));
      } catch (error) {
        io.stderr(`jiyao: ${(error as Error).message}\n`);
        failed = true;
      }
    } else if (format === "ndjson" || !several) {
      out!.write(format === "ndjson" ? text : withNewline(text));
    } else {
      rendered.push(text);
    }
  }

  if (out !== null) {
    if (several && format === "json") out.write(`${jsonArray(rendered, options.pretty === true)}\n`);
    out.close();
  }
  return failed ? EXIT_USAGE : EXIT_OK;
}

async function renderer(options: ParseCommandOptions): Promise<(model: Minutes) => string> {
  const positions = options.positions === true;
  switch (options.format) {
    case "json":
      return (model) => toJson(model, { positions, pretty: options.pretty === true });
    case "ndjson":
      return (model) => toNdjsonLine(model, { positions });
    case "xml": {
      const { toXml } = await import("../emit/xml.js");
      return (model) => toXml(model, { positions });
    }
    case "akn": {
      const { toAkn } = await import("../emit/akn.js");
      return (model) => toAkn(model);
    }
  }
}

/** DIR/<input name without extension><ext> for every input; two inputs may not share a path. */
function outputPaths(inputs: string[], dir: string, format: ParseFormat): string[] {
  const seen = new Map<string, string>();
  return inputs.map((input) => {
    const base = input === "-" ? "stdin" : basename(input, extname(input));
    const path = join(dir, base + EXTENSIONS[format]);
    const other = seen.get(path);
    if (other !== undefined) throw new UsageError(`${other} and ${input} would both be written to ${path}`);
    seen.set(path, input);
    return path;
  });
}
