// Checks every fixtures/docs/**/NAME.gold.json against parse() of the paired NAME.txt.
// Gold files use the flattened contract paths of ../shared/contract.md; `[]` flattens arrays
// (the same reading as ../shared/tools/score.mjs). `"$notMinutes": true` asks for an
// error diagnostic with code `not-minutes`.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../../src/parse.js";
import { goldMisses } from "../helpers/corpus.js";

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
      const misses = goldMisses(parse(bytes, { file: `${name}.txt` }), gold);
      expect(misses, `${name}:\n  ${misses.join("\n  ")}`).toEqual([]);
    });
  }
});
