// The built package as users get it: `import` and `require` by name (package self-reference).
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
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
});
