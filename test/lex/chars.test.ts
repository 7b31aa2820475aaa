import { describe, expect, it } from "vitest";
import { CJK_RANGES, cjkChars, startChars } from "../../src/lex/chars.js";

/** Whether every code point of the ranges has a hint in its bucket of `size` (or is listed, up to U+00FF). */
function uncovered(ranges: readonly (readonly [number, number])[], hints: string[], size: number): number[] {
  const codes = new Set(hints.map((h) => h.charCodeAt(0)));
  const buckets = new Set([...codes].filter((c) => c > 0xff).map((c) => Math.floor(c / size)));
  const out: number[] = [];
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) if (c <= 0xff ? !codes.has(c) : !buckets.has(Math.floor(c / size))) out.push(c);
  }
  return out;
}

describe("startChars", () => {
  it("lists the characters up to U+00FF one by one and only those of the ranges", () => {
    expect(startChars([[0x41, 0x43], [0x61, 0x61]])).toEqual(["A", "B", "C", "a"]);
  });

  it("gives one character for each bucket of 255 and of 256 code points above U+00FF, and the range's ends", () => {
    expect(startChars([[0x3400, 0x3600]]).map((c) => c.charCodeAt(0).toString(16))).toEqual(["3400", "34cb", "3500", "35ca", "3600"]);
  });

  it("covers every bucket of the ranges, whichever the bucket size", () => {
    const ranges: [number, number][] = [[0x00, 0x08], [0xa1, 0x2fff], [0x3001, 0xfefe], [0xff00, 0xffff]];
    for (const size of [255, 256]) expect(uncovered(ranges, startChars(ranges), size)).toEqual([]);
    for (const size of [255, 256]) expect(uncovered(CJK_RANGES, cjkChars(), size)).toEqual([]);
  });
});
