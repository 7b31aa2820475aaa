// readDocument / parseFile (src/node.ts) on real files.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DecodeError } from "../../src/decode/index.js";
import { InputError, parseFile, readDocument } from "../../src/node.js";

const dir = mkdtempSync(join(tmpdir(), "jiyao-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function inputError(path: string): InputError {
  try {
    readDocument(path);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("readDocument did not throw");
}

describe("readDocument", () => {
  it("returns the file's bytes unchanged", () => {
    const path = join(dir, "a.txt");
    writeFileSync(path, new Uint8Array([0xc4, 0xe3, 0x0d, 0x0a]));
    expect([...readDocument(path)]).toEqual([0xc4, 0xe3, 0x0d, 0x0a]);
  });

  it("throws an InputError naming the path and the reason", () => {
    const missing = inputError(join(dir, "missing.txt"));
    expect(missing.reason).toBe("no such file");
    expect(missing.path).toBe(join(dir, "missing.txt"));
    expect(missing.message).toBe(`${join(dir, "missing.txt")}: no such file`);
    expect(missing.name).toBe("InputError");

    expect(inputError(dir).reason).toBe("is a directory");
    expect(inputError(join(dir, "missing", "below.txt")).reason).toBe("no such file");

    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    expect(inputError(empty).reason).toBe("empty file");
  });
});

describe("parseFile", () => {
  it("records the path as source.file and the detected encoding", () => {
    const path = join(dir, "gb.txt");
    writeFileSync(path, new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0x0d, 0x0a]));
    const model = parseFile(path);
    expect(model.source).toMatchObject({ file: path, encoding: "gb18030", bom: false, lineEnding: "crlf" });
  });

  it("throws DecodeError for binary content", () => {
    const path = join(dir, "bin.dat");
    writeFileSync(path, new Uint8Array([0x41, 0x00]));
    expect(() => parseFile(path)).toThrow(DecodeError);
  });
});
