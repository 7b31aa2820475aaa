import { describe, it, expect } from "vitest";
import { parseChineseNumber, parseNumber } from "../../../src/build/values/numerals.js";

describe("parseChineseNumber", () => {
  it("reads positional numerals with 十 百 and 零", () => {
    expect(parseChineseNumber("十")).toBe(10);
    expect(parseChineseNumber("十二")).toBe(12);
    expect(parseChineseNumber("二十一")).toBe(21);
    expect(parseChineseNumber("四十八")).toBe(48);
    expect(parseChineseNumber("一百零五")).toBe(105);
    expect(parseChineseNumber("一千零一十")).toBe(1010);
  });

  it("reads digit-by-digit years with any of the look-alike zeros", () => {
    expect(parseChineseNumber("二○二二")).toBe(2022); // U+25CB, wuxing-2022-13
    expect(parseChineseNumber("二〇二三")).toBe(2023); // U+3007
    expect(parseChineseNumber("二零一零")).toBe(2010);
    expect(parseChineseNumber("一○")).toBe(10);
  });

  it("reads 两 and its Traditional form 兩 as 2", () => {
    expect(parseChineseNumber("两")).toBe(2);
    expect(parseChineseNumber("兩")).toBe(2);
  });

  it("returns null for anything that is not a Chinese numeral", () => {
    expect(parseChineseNumber("")).toBeNull();
    expect(parseChineseNumber("第三")).toBeNull();
    expect(parseChineseNumber("12")).toBeNull();
    expect(parseChineseNumber("十十")).toBeNull();
    expect(parseChineseNumber("百")).toBeNull();
    expect(parseChineseNumber("二十零")).toBeNull();
  });

  it("rejects the ambiguous colloquial 一百五 instead of guessing", () => {
    expect(parseChineseNumber("一百五")).toBeNull();
  });

  it("never throws on non-string input", () => {
    expect(parseChineseNumber(undefined as unknown as string)).toBeNull();
  });
});

describe("parseNumber", () => {
  it("reads ASCII and full-width Arabic digits, ignoring surrounding blanks", () => {
    expect(parseNumber("13")).toBe(13);
    expect(parseNumber(" １５ ")).toBe(15);
    expect(parseNumber("\u3000５７\u3000")).toBe(57);
  });

  it("falls back to Chinese numerals", () => {
    expect(parseNumber("四十八")).toBe(48);
    expect(parseNumber(" 十二 ")).toBe(12);
  });

  it("returns null for mixed or empty input", () => {
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("   ")).toBeNull();
    expect(parseNumber("12号")).toBeNull();
    expect(parseNumber("1 2")).toBeNull();
  });
});
