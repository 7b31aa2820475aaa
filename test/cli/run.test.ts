// In-process tests of run(argv, io) with an in-memory Io.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { modelJsonSchema } from "../../src/emit/json-schema.js";
import { fakeIo } from "./fake-io.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const SEED_PATH = "fixtures/docs/zhejiang-huzhou/wuxing-2022-13.txt";
const seed = readFileSync(root + SEED_PATH);
const version = (JSON.parse(readFileSync(root + "package.json", "utf8")) as { version: string }).version;

describe("jiyao parse (in-process)", () => {
  it("prints one JSON object for one input, without positions, and exits 0", async () => {
    const io = fakeIo({ "a.txt": seed });
    expect(await run(["parse", "a.txt"], io)).toBe(0);
    expect(io.err).toBe("");
    expect(io.out.endsWith("}\n")).toBe(true);
    expect(io.out.split("\n")).toHaveLength(2);
    const model = JSON.parse(io.out);
    expect(model.type).toBe("minutes");
    expect(model.source).toMatchObject({ file: "a.txt", encoding: "utf-8", bom: false, lineEnding: "lf" });
    expect(io.out).not.toContain('"position"');
    // PARSER-DEPENDENT: values the real parser must produce for the seed.
    expect(model.title).toBe("吴兴区人民政府第13次常务会议纪要");
    expect(model.meeting?.sessionNumber).toBe(13);
  });

  it("adds source positions with --positions and indents with --pretty", async () => {
    const io = fakeIo({ "a.txt": seed });
    expect(await run(["parse", "a.txt", "--positions", "--pretty"], io)).toBe(0);
    expect(io.out.startsWith('{\n  "type": "minutes",\n')).toBe(true);
    expect(io.out).toContain('"position": {\n');
    expect(JSON.parse(io.out).source.file).toBe("a.txt");
  });

  it("prints a JSON array for several inputs, in input order", async () => {
    const io = fakeIo({ "a.txt": seed, "b.txt": seed });
    expect(await run(["parse", "a.txt", "b.txt"], io)).toBe(0);
    const models = JSON.parse(io.out);
    expect(models.map((m: { source: { file: string } }) => m.source.file)).toEqual(["a.txt", "b.txt"]);
  });

  it("prints one NDJSON line per document", async () => {
    const io = fakeIo({ "a.txt": seed, "b.txt": seed });
    expect(await run(["parse", "a.txt", "b.txt", "--format", "ndjson", "--pretty"], io)).toBe(0);
    const lines = io.out.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(lines.slice(0, 2).map((l) => JSON.parse(l).source.file)).toEqual(["a.txt", "b.txt"]);
  });

  it("reports each unreadable input on one stderr line, converts the others and exits 2", async () => {
    const io = fakeIo({
      "a.txt": seed,
      "empty.txt": "",
      "bin.dat": new Uint8Array([0x41, 0x00, 0x42]),
      "latin1.txt": new Uint8Array([0x41, 0xff, 0x42]),
      "utf32.txt": new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]),
    });
    const code = await run(["parse", "missing.txt", "a.txt", "dir/", "empty.txt", "bin.dat", "latin1.txt", "utf32.txt"], io);
    expect(code).toBe(2);
    expect(io.err).toBe(
      [
        "jiyao: missing.txt: no such file",
        "jiyao: dir/: is a directory",
        "jiyao: empty.txt: empty file",
        "jiyao: bin.dat: binary content (NUL bytes)",
        "jiyao: latin1.txt: neither UTF-8 nor GB18030",
        "jiyao: utf32.txt: UTF-32 is not supported",
        "",
      ].join("\n"),
    );
    const models = JSON.parse(io.out);
    expect(models).toHaveLength(1);
    expect(models[0].source.file).toBe("a.txt");
  });

  it("prints nothing on stdout when the only input is unreadable", async () => {
    const io = fakeIo();
    expect(await run(["parse", "missing.txt"], io)).toBe(2);
    expect(io.out).toBe("");
    expect(io.err).toBe("jiyao: missing.txt: no such file\n");
  });

  it("reports an unexpected failure as one internal-error line, with the stack only under JIYAO_DEBUG=1", async () => {
    const boom = new Error("disk on fire\nsecond line");
    const quiet = fakeIo({ "a.txt": boom, "b.txt": seed });
    expect(await run(["parse", "a.txt", "b.txt", "--format", "ndjson"], quiet)).toBe(2);
    expect(quiet.err).toBe("jiyao: a.txt: internal error: disk on fire\n");
    expect(JSON.parse(quiet.out).source.file).toBe("b.txt");

    const debug = fakeIo({ "a.txt": boom }, { env: { JIYAO_DEBUG: "1" } });
    expect(await run(["parse", "a.txt"], debug)).toBe(2);
    expect(debug.err.startsWith("jiyao: a.txt: internal error: disk on fire\nError: disk on fire")).toBe(true);
    expect(debug.err).toMatch(/\n {4}at /);
  });

  it("reads standard input for -", async () => {
    const io = fakeIo({}, { stdin: seed });
    expect(await run(["parse", "-"], io)).toBe(0);
    expect(JSON.parse(io.out).source.file).toBeNull();
  });

  it("reads GB18030 from standard input and records the encoding", async () => {
    // 你好 in GB18030, CRLF.
    const io = fakeIo({}, { stdin: new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0x0d, 0x0a]) });
    expect(await run(["parse", "-"], io)).toBe(0);
    expect(JSON.parse(io.out).source).toMatchObject({ encoding: "gb18030", lineEnding: "crlf", file: null });
  });

  it("reports empty standard input, and - given twice as a usage error", async () => {
    const empty = fakeIo({}, { stdin: "" });
    expect(await run(["parse", "-"], empty)).toBe(2);
    expect(empty.err).toBe("jiyao: <stdin>: empty input\n");

    const twice = fakeIo({}, { stdin: seed });
    expect(await run(["parse", "-", "-"], twice)).toBe(2);
    expect(twice.err).toBe("jiyao: standard input (-) can be given only once\n");
    expect(twice.out).toBe("");
  });

  it("writes the output to a file with -o and nothing to stdout", async () => {
    const io = fakeIo({ "a.txt": seed, "b.txt": seed });
    expect(await run(["parse", "a.txt", "b.txt", "--format", "ndjson", "-o", "out.ndjson"], io)).toBe(0);
    expect(io.out).toBe("");
    const text = io.written.get("out.ndjson")!;
    expect(text.trimEnd().split("\n").map((l) => JSON.parse(l).source.file)).toEqual(["a.txt", "b.txt"]);
  });

  it("reports an output file that cannot be written", async () => {
    const enoent = Object.assign(new Error("ENOENT: no such file or directory"), { code: "ENOENT" });
    const io = fakeIo({ "a.txt": seed }, { writeError: enoent });
    expect(await run(["parse", "a.txt", "-o", "nowhere/out.json"], io)).toBe(2);
    expect(io.err).toBe("jiyao: nowhere/out.json: no such directory\n");
  });

  it("refuses xml and akn with several inputs unless --output-dir is given, before reading anything", async () => {
    for (const format of ["xml", "akn"]) {
      const io = fakeIo({ "a.txt": seed, "b.txt": seed });
      expect(await run(["parse", "a.txt", "b.txt", "--format", format], io)).toBe(2);
      expect(io.err).toBe(`jiyao: --format ${format} with several inputs needs --output-dir DIR (one XML document per input)\n`);
      expect(io.out).toBe("");
      expect(io.reads).toEqual([]);
    }
  });

  it("prints one XML document for one input with --format xml", async () => {
    const io = fakeIo({ "a.txt": seed });
    expect(await run(["parse", "a.txt", "--format", "xml"], io)).toBe(0);
    expect(io.err).toBe("");
    expect(io.out.startsWith("<?xml")).toBe(true);
    expect(io.out.endsWith(">\n")).toBe(true);
    expect(io.out.match(/<\?xml/g)).toHaveLength(1);
  });

  it("writes DIR/<name>.<ext> per input with --output-dir, for every format", async () => {
    const cases = [
      ["json", ".json"],
      ["ndjson", ".json"],
      ["xml", ".xml"],
      ["akn", ".akn.xml"],
    ] as const;
    for (const [format, ext] of cases) {
      const io = fakeIo({ "docs/a.txt": seed, "other/b.txt": seed });
      const code = await run(["parse", "docs/a.txt", "other/b.txt", "--format", format, "--output-dir", "out"], io);
      expect(io.err).toBe("");
      expect(code).toBe(0);
      expect(io.out).toBe("");
      expect(io.dirs).toEqual(["out"]);
      expect([...io.written.keys()]).toEqual([`out/a${ext}`, `out/b${ext}`]);
      for (const text of io.written.values()) expect(text.endsWith("\n")).toBe(true);
    }
  });

  it("refuses --output-dir when two inputs would write the same file", async () => {
    const io = fakeIo({ "a/x.txt": seed, "b/x.txt": seed });
    expect(await run(["parse", "a/x.txt", "b/x.txt", "--output-dir", "out"], io)).toBe(2);
    expect(io.err).toBe("jiyao: a/x.txt and b/x.txt would both be written to out/x.json\n");
    expect(io.written.size).toBe(0);
  });

  it("rejects -o together with --output-dir, an unknown format and an unknown option (exit 2)", async () => {
    const both = fakeIo({ "a.txt": seed });
    expect(await run(["parse", "a.txt", "-o", "x.json", "--output-dir", "out"], both)).toBe(2);
    expect(both.err).toContain("cannot be used with option '--output-dir <dir>'");

    const yaml = fakeIo({ "a.txt": seed });
    expect(await run(["parse", "a.txt", "--format", "yaml"], yaml)).toBe(2);
    expect(yaml.err).toContain("argument 'yaml' is invalid. Allowed choices are json, ndjson, xml, akn.");

    const unknown = fakeIo({ "a.txt": seed });
    expect(await run(["parse", "a.txt", "--frobnicate"], unknown)).toBe(2);
    expect(unknown.err.startsWith("jiyao: error: unknown option '--frobnicate'\n")).toBe(true);
    expect(unknown.out).toBe("");
  });

  it("requires at least one input", async () => {
    const io = fakeIo();
    expect(await run(["parse"], io)).toBe(2);
    expect(io.err).toContain("missing required argument 'files'");
  });
});

describe("jiyao (program)", () => {
  it("prints the package version with --version and -v", async () => {
    for (const flag of ["--version", "-v"]) {
      const io = fakeIo();
      expect(await run([flag], io)).toBe(0);
      expect(io.out).toBe(`${version}\n`);
    }
  });

  it("prints help with real examples on stdout for --help", async () => {
    const io = fakeIo();
    expect(await run(["--help"], io)).toBe(0);
    expect(io.out).toContain("Usage: jiyao [options] [command]");
    expect(io.out).toContain("$ jiyao parse minutes/*.txt --format ndjson -o out.ndjson");
    expect(io.err).toBe("");

    const sub = fakeIo();
    expect(await run(["parse", "--help"], sub)).toBe(0);
    expect(sub.out).toContain("Usage: jiyao parse [options] <files...>");
    expect(sub.out).toContain("--output-dir <dir>");
  });

  it("prints help on stderr and exits 2 without a command", async () => {
    const io = fakeIo();
    expect(await run([], io)).toBe(2);
    expect(io.err).toContain("Usage: jiyao [options] [command]");
    expect(io.out).toBe("");
  });

  it("rejects an unknown command with exit 2", async () => {
    const io = fakeIo();
    expect(await run(["frob"], io)).toBe(2);
    expect(io.err).toContain("unknown command 'frob'");
  });
});

describe("jiyao schema / convert (in-process)", () => {
  it("prints the model's JSON Schema", async () => {
    const io = fakeIo();
    expect(await run(["schema"], io)).toBe(0);
    expect(io.out).toBe(`${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
  });

  it("reads jiyao XML back: convert gives the same JSON as parse", async () => {
    const toXml = fakeIo({ "a.txt": seed });
    expect(await run(["parse", "a.txt", "--format", "xml", "--positions", "-o", "a.xml"], toXml)).toBe(0);
    const xml = toXml.written.get("a.xml")!;

    const direct = fakeIo({ "a.txt": seed });
    await run(["parse", "a.txt", "--pretty"], direct);
    const converted = fakeIo({ "a.xml": xml });
    expect(await run(["convert", "a.xml", "--pretty"], converted)).toBe(0);
    expect(converted.err).toBe("");
    expect(converted.out).toBe(direct.out);

    const withPositions = fakeIo({ "a.xml": xml });
    expect(await run(["convert", "a.xml", "--positions"], withPositions)).toBe(0);
    expect(withPositions.out).toContain('"position":{"start":');

    const again = fakeIo({}, { stdin: xml });
    expect(await run(["convert", "-", "--format", "xml", "--positions"], again)).toBe(0);
    expect(again.out).toBe(withNewline(xml));
  });

  it("reports input that is not jiyao XML on one line and exits 2", async () => {
    const io = fakeIo({ "bad.xml": "<minutes><title>x</minutes>" });
    expect(await run(["convert", "bad.xml"], io)).toBe(2);
    expect(io.err).toMatch(/^jiyao: bad\.xml: not jiyao XML: .+\n$/);
    expect(io.out).toBe("");

    const missing = fakeIo();
    expect(await run(["convert", "nope.xml"], missing)).toBe(2);
    expect(missing.err).toBe("jiyao: nope.xml: no such file\n");
  });
});

function withNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}
