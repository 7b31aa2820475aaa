// Checks every fixtures/docs/**/NAME.gold.json against parse() of the paired NAME.txt.
// Gold files use the flattened contract paths of ../shared/contract.md; `[]` flattens arrays
// (the same reading as ../shared/tools/score.mjs). `"$notMinutes": true` asks for an
// error diagnostic with code `not-minutes`.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../../src/parse.js";
import { readPath as read } from "../helpers/corpus.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../fixtures/docs");

function goldFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return goldFiles(p);
      return e.name.endsWith(".gold.json") ? [p] : [];
    })
    .sort();
}

describe("fixtures/docs gold values", () => {
  for (const goldPath of goldFiles(root)) {
    const name = relative(root, goldPath).replace(/\.gold\.json$/, "");
    it(name, () => {
      const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Record<string, unknown>;
      const bytes = new Uint8Array(readFileSync(goldPath.replace(/\.gold\.json$/, ".txt")));
      // JSON round trip: compare what `jiyao parse --format json` would print.
      const model = JSON.parse(JSON.stringify(parse(bytes, { file: `${name}.txt` })));
      const notMinutes = gold.$notMinutes === true;
      const diagnostics: any[] = Array.isArray(model?.diagnostics) ? model.diagnostics : [];
      const flagged = diagnostics.some((d) => d?.severity === "error" && d?.code === "not-minutes");
      const misses: string[] = [];
      for (const [path, want] of Object.entries(gold)) {
        if (path === "$notMinutes") continue;
        const got = read(model, path);
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          misses.push(`${path}\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(got)}`);
        }
      }
      if (flagged !== notMinutes) misses.push(`$notMinutes\n    want ${notMinutes}\n    got  ${flagged}`);
      expect(misses, `${name}:\n  ${misses.join("\n  ")}`).toEqual([]);
    });
  }
});
