// Checks every fixtures/docs/**/NAME.gold.json against parse() of the paired NAME.txt.
// Gold files use the flattened contract paths of ../shared/contract.md; `[]` flattens arrays
// (the same reading as ../shared/tools/score.mjs). `"$notMinutes": true` asks for an
// error diagnostic with code `not-minutes`.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { parse } from "../../src/parse.js";
import { FIXTURES, fixtureGoldFiles, goldMisses } from "../helpers/corpus.js";

describe("fixtures/docs gold values", () => {
  for (const goldPath of fixtureGoldFiles()) {
    const name = relative(FIXTURES, goldPath).replace(/\.gold\.json$/, "");
    it(name, () => {
      const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Record<string, unknown>;
      const bytes = new Uint8Array(readFileSync(goldPath.replace(/\.gold\.json$/, ".txt")));
      const misses = goldMisses(parse(bytes, { file: `${name}.txt` }), gold);
      expect(misses, `${name}:\n  ${misses.join("\n  ")}`).toEqual([]);
    });
  }
});
