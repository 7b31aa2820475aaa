import { describe, expect, it } from "vitest";
import { cut } from "../../src/build/sentences.js";

describe("cut", () => {
  const span = { text: "甲，乙,丙", match: "甲，乙,丙", start: 10 };

  it("cuts after each character of a one-character class", () => {
    expect(cut(span, /[,，]/).map((s) => [s.text, s.start])).toEqual([["甲，", 10], ["乙,", 12], ["丙", 14]]);
  });

  it("reads the class's characters written as \\u escapes (as the built, ASCII-only files have them)", () => {
    expect(cut(span, /[,\uff0c]/).map((s) => s.text)).toEqual(["甲，", "乙,", "丙"]);
  });

  it("takes no other pattern", () => {
    expect(() => cut(span, /[^,]/)).toThrow(/not a class of plain characters/);
  });
});
