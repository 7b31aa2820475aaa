// The built package as users get it: `import` and `require` by name (package self-reference).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { decode } from "@jridgewell/sourcemap-codec";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const SEED = "fixtures/docs/zhejiang-huzhou/wuxing-2022-13.txt";

function node(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("the built package", () => {
  it("works with import { parse, parseFile } from \"jiyao\"", () => {
    const code = `
      import { parse, parseFile, Minutes, toXml, toAkn, modelJsonSchema } from "jiyao";
      import { readFileSync } from "node:fs";
      const a = parseFile(${JSON.stringify(SEED)});
      const b = parse(readFileSync(${JSON.stringify(SEED)}));
      Minutes.parse(a);
      console.log(JSON.stringify([a.title, a.meeting.sessionNumber, b.meeting.chair.name, a.source.file, typeof toXml, typeof toAkn, modelJsonSchema().title !== undefined]));`;
    const run = node(["--input-type=module", "-e", code]);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual(["吴兴区人民政府第13次常务会议纪要", 13, "潘永锋", SEED, "function", "function", true]);
  });

  it("works with require(\"jiyao\"), without warnings", () => {
    const code = `
      const { parse, parseFile, Minutes } = require("jiyao");
      const m = parseFile(${JSON.stringify(SEED)});
      Minutes.parse(m);
      console.log(JSON.stringify([m.meeting.absentees.map((p) => p.name), parse("二○二二年").type]));`;
    const run = node(["-e", code]);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual([["潘帆", "周兴强"], "minutes"]);
  });

  it("exports the shipped JSON Schema file", () => {
    const run = node(["-e", `console.log(require("jiyao/schema/jiyao.schema.json").$schema)`]);
    expect(run.stdout.trim()).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("is written in ASCII alone, its source maps moved to match", () => {
    // (A file with one letter beyond ASCII is read into a two-byte string, slower to read and to
    // compile at every start; esbuild keeps the CJK letters of regular expression literals.)
    for (const file of ["dist/cli.cjs", "dist/index.js", "dist/index.cjs"]) {
      const code = readFileSync(resolve(ROOT, file), "latin1");
      expect(/[^\0-\x7f]/.test(code), file).toBe(false);
      expect(code).toContain("\\u4f1a");
    }
    // Calls after the escapes on a line map to the same calls in the sources.
    const code = readFileSync(resolve(ROOT, "dist/index.js"), "utf8").split("\n");
    const map = JSON.parse(readFileSync(resolve(ROOT, "dist/index.js.map"), "utf8")) as { mappings: string; sourcesContent: string[] };
    const mappings = decode(map.mappings);
    let exact = 0;
    let inexact = 0;
    code.forEach((line, i) => {
      const first = line.search(/\\u[0-9a-f]{2}[a-f][0-9a-f]/); // (ours: esbuild's own escapes are in capitals)
      if (first < 0) return;
      for (const m of line.slice(first).matchAll(/\b([a-z]\w{5,})\(/gi)) {
        const column = first + m.index;
        const segment = mappings[i]!.findLast((s) => s[0] <= column)!;
        const sourceLine = map.sourcesContent[segment[1]!]!.split("\n")[segment[2]!] ?? "";
        if (segment[0] === column && sourceLine.startsWith(m[1]!, segment[3])) exact++;
        else inexact++;
      }
    });
    expect(exact).toBeGreaterThanOrEqual(5);
    expect(inexact).toBeLessThan(exact / 4);
  });
});
