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

describe("fixtures/docs: nothing is lost", () => {
  // Every non-blank character of every fixture lies inside some entry of the outline: page
  // numbers and running heads of printed pages and markup-only lines (<p>&nbsp;</p>) included.
  for (const goldPath of fixtureGoldFiles()) {
    const name = relative(FIXTURES, goldPath).replace(/\.gold\.json$/, "");
    it(name, () => {
      const bytes = new Uint8Array(readFileSync(goldPath.replace(/\.gold\.json$/, ".txt")));
      const model = parse(bytes);
      // (Offsets count from after the byte order mark, if any: one; a second one is the text's.)
      const decoded = new TextDecoder(model.source.encoding, { ignoreBOM: true }).decode(bytes);
      const text = model.source.bom ? decoded.slice(1) : decoded;
      const covered = new Uint8Array(text.length);
      for (const entry of model.outline) covered.fill(1, entry.position!.start.offset, entry.position!.end.offset);
      const lost: string[] = [];
      for (let i = 0; i < text.length; i++) if (!covered[i] && !/[\s\u3000\u00a0]/.test(text[i]!)) lost.push(`${i}:${text[i]}`);
      expect(lost.slice(0, 10)).toEqual([]);
    });
  }
});
