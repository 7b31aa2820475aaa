import { describe, expect, it } from "vitest";
import { hasNulByte, sniffBom, tryGb18030, tryUtf8 } from "../../src/decode/index.js";

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe("sniffBom", () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x41], { encoding: "utf-8", length: 3 }],
    [[0xff, 0xfe, 0x41, 0x00], { encoding: "utf-16le", length: 2 }],
    [[0xfe, 0xff, 0x00, 0x41], { encoding: "utf-16be", length: 2 }],
    [[0xff, 0xfe, 0x00, 0x00], { encoding: "utf-32le", length: 4 }],
    [[0x00, 0x00, 0xfe, 0xff], { encoding: "utf-32be", length: 4 }],
    [[0x84, 0x31, 0x95, 0x33], { encoding: "gb18030", length: 4 }],
  ])("recognises %j", (input, expected) => {
    expect(sniffBom(bytes(...input))).toEqual(expected);
  });

  it("returns null without a mark, and for marks cut short", () => {
    expect(sniffBom(bytes(0x41, 0x42, 0x43))).toBeNull();
    expect(sniffBom(bytes(0xef, 0xbb))).toBeNull();
    expect(sniffBom(bytes())).toBeNull();
  });
});

describe("hasNulByte / tryUtf8 / tryGb18030", () => {
  it("finds a NUL byte anywhere", () => {
    expect(hasNulByte(bytes(0x41, 0x42, 0x00))).toBe(true);
    expect(hasNulByte(bytes(0x41, 0x42))).toBe(false);
  });

  it("returns null instead of replacement characters", () => {
    expect(tryUtf8(bytes(0xc4, 0xe3))).toBeNull();
    expect(tryUtf8(bytes(0xe4, 0xbd, 0xa0))).toBe("你");
    expect(tryGb18030(bytes(0xc4, 0xe3))).toBe("你");
    expect(tryGb18030(bytes(0xa1, 0x7f))).toBeNull();
  });
});
