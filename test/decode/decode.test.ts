import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decode, DecodeError } from "../../src/decode/index.js";

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Calls decode and returns the DecodeError it throws. */
function decodeError(input: Uint8Array): DecodeError {
  try {
    decode(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    return error as DecodeError;
  }
  throw new Error("decode did not throw");
}

describe("decode: UTF-8", () => {
  it("reads valid UTF-8 without a BOM as utf-8", () => {
    expect(decode(utf8("吴兴区人民政府第13次常务会议纪要\n"))).toEqual({
      text: "吴兴区人民政府第13次常务会议纪要\n",
      encoding: "utf-8",
      bom: false,
      lineEnding: "lf",
    });
  });

  it("strips a UTF-8 BOM from the text and reports it", () => {
    const d = decode(bytes(0xef, 0xbb, 0xbf, ...utf8("纪要\r\n")));
    expect(d.text).toBe("纪要\r\n");
    expect(d.bom).toBe(true);
    expect(d.encoding).toBe("utf-8");
    expect(d.lineEnding).toBe("crlf");
  });

  it("keeps a second U+FEFF after the BOM (only the mark itself is removed)", () => {
    const d = decode(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41));
    expect(d.text).toBe("\uFEFFA");
  });

  it("prefers UTF-8 when bytes are valid UTF-8 (中 = E4 B8 AD)", () => {
    const d = decode(bytes(0xe4, 0xb8, 0xad));
    expect(d).toMatchObject({ text: "中", encoding: "utf-8", bom: false, lineEnding: "none" });
  });

  it("rejects invalid UTF-8 after a UTF-8 BOM instead of guessing", () => {
    expect(decodeError(bytes(0xef, 0xbb, 0xbf, 0xc4, 0xe3)).reason).toBe("invalid UTF-8 after a UTF-8 byte-order mark");
  });
});

describe("decode: GB18030", () => {
  it("reads two-byte GB18030 and keeps CRLF (你好 = C4 E3 BA C3)", () => {
    expect(decode(bytes(0xc4, 0xe3, 0xba, 0xc3, 0x0d, 0x0a))).toEqual({
      text: "你好\r\n",
      encoding: "gb18030",
      bom: false,
      lineEnding: "crlf",
    });
  });

  it("reads 会议纪要 from its GB18030 bytes", () => {
    expect(decode(bytes(0xbb, 0xe1, 0xd2, 0xe9, 0xbc, 0xcd, 0xd2, 0xaa)).text).toBe("会议纪要");
  });

  it("reads four-byte GB18030 sequences (a GBK decoder would not)", () => {
    // 95 32 82 36 = U+20000 𠀀; 81 30 81 30 = U+0080.
    const d = decode(bytes(0xd0, 0xe3, 0x95, 0x32, 0x82, 0x36, 0x81, 0x30, 0x81, 0x30));
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toBe("秀\u{20000}\u0080");
  });

  it("strips the GB18030 BOM (84 31 95 33) and reports it", () => {
    const d = decode(bytes(0x84, 0x31, 0x95, 0x33, 0xc4, 0xe3, 0x0a));
    expect(d).toEqual({ text: "你\n", encoding: "gb18030", bom: true, lineEnding: "lf" });
  });
});

describe("decode: rejected bytes", () => {
  it("rejects bytes containing NUL as binary content", () => {
    const error = decodeError(bytes(0x41, 0x00, 0x42));
    expect(error.reason).toBe("binary content (NUL bytes)");
    expect(error.message).toBe("binary content (NUL bytes)");
    expect(error.name).toBe("DecodeError");
    expect(error).toBeInstanceOf(Error);
  });

  it("reads UTF-16 of either byte order by its BOM (a word processor's Unicode text), CRLF kept", () => {
    const text = "纪要\r\n";
    const units = Array.from(text, (c) => c.charCodeAt(0));
    const little = decode(new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]));
    expect(little).toMatchObject({ text, encoding: "utf-16le", bom: true, lineEnding: "crlf" });
    const big = decode(new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]));
    expect(big).toMatchObject({ text, encoding: "utf-16be", bom: true });
  });

  it("rejects UTF-32, UTF-16 that is cut or holds NUL characters, with a clear reason", () => {
    expect(decodeError(bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00)).reason).toBe("UTF-32 is not supported");
    expect(decodeError(bytes(0xff, 0xfe, 0x41)).reason).toBe("invalid UTF-16 after a UTF-16 byte-order mark");
    expect(decodeError(bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0x00)).reason).toBe("binary content (NUL characters)");
  });

  it("rejects bytes that are neither UTF-8 nor GB18030", () => {
    expect(decodeError(bytes(0x41, 0xff, 0x42)).reason).toBe("neither UTF-8 nor GB18030");
    // A lone lead byte at the end: truncated in both encodings.
    expect(decodeError(bytes(0x41, 0xc4)).reason).toBe("neither UTF-8 nor GB18030");
  });
});

describe("decode: line endings", () => {
  it.each([
    ["a\nb\n", "lf"],
    ["a\r\nb\r\n", "crlf"],
    ["a\rb\r", "cr"],
    ["a\r\nb\n", "mixed"],
    ["ab", "none"],
  ] as const)("detects %j as %s and keeps the text as is", (text, lineEnding) => {
    const d = decode(utf8(text));
    expect(d.lineEnding).toBe(lineEnding);
    expect(d.text).toBe(text);
  });
});

const xiuzhou = fileURLToPath(new URL("../../../shared/corpus/docs/xiuzhou-2021-17.txt", import.meta.url));

describe.skipIf(!existsSync(xiuzhou))("decode: a real GB18030 document (shared corpus)", () => {
  it("reads xiuzhou-2021-17.txt as GB18030 with CRLF line ends", () => {
    const d = decode(readFileSync(xiuzhou));
    expect(d.encoding).toBe("gb18030");
    expect(d.bom).toBe(false);
    expect(d.lineEnding).toBe("crlf");
    expect(d.text.startsWith("秀洲区人民政府第17次常务会议纪要\r\n〔2021〕19号\r\n")).toBe(true);
    expect(d.text).toContain("出席会议的有沈建林、顾文杰");
    expect(d.text).not.toContain("\uFFFD");
  });
});
