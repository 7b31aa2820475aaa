// jiyao schema : the JSON Schema of the model that `jiyao parse` prints.
import { Command } from "commander";
import { EXIT_OK } from "./errors.js";
import { openOutput } from "./io.js";
import type { Io } from "./io.js";

/** Options of `jiyao schema`. */
export interface SchemaCommandOptions {
  output?: string;
}

/** The `schema` sub-command; `setExit` receives its exit code. */
export function schemaCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("schema")
    .summary("print the JSON Schema of the JSON output")
    .description("Print the JSON Schema that every `jiyao parse --format json` object satisfies.")
    .option("-o, --output <file>", "write the schema to a file instead of standard output")
    .addHelpText("after", "\nExample:\n  $ jiyao schema -o jiyao.schema.json")
    .action(async (options: SchemaCommandOptions) => {
      setExit(await runSchema(options, io));
    });
}

/** Prints the model's JSON Schema. @returns 0. */
export async function runSchema(options: SchemaCommandOptions, io: Io): Promise<number> {
  const out = openOutput(io, options.output);
  const { modelJsonSchema } = await import("../emit/json-schema.js");
  out.write(`${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
  out.close();
  return EXIT_OK;
}
