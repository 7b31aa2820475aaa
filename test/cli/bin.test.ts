// The BUILT CLI (bin/jiyao.js → dist/cli.cjs), run as a child process. `npm test` builds first.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(root, "bin/jiyao.js");
const SEED = "fixtures/docs/zhejiang-huzhou/wuxing-2022-13.txt";
const xiuzhou = join(root, "../shared/corpus/docs/xiuzhou-2021-17.txt");
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
const dir = mkdtempSync(join(tmpdir(), "jiyao-bin-"));

function jiyao(args: string[], input?: Uint8Array | string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(root, "dist/cli.cjs"))) throw new Error("dist/cli.cjs is missing: run `npm run build` (npm test does)");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bin/jiyao.js (built)", () => {
  it("prints the version from package.json", () => {
    expect(jiyao(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("bundles its dependencies into dist/cli.cjs (no bare imports at cold start)", () => {
    const cli = readFileSync(join(root, "dist/cli.cjs"), "utf8");
    expect(cli).not.toMatch(/from\s*["'](commander|zod|chevrotain|fast-xml-parser)["']/);
    expect(cli).not.toMatch(/require\(["'](commander|zod|chevrotain|fast-xml-parser)["']\)/);
  });

  it("starts as CommonJS and loads no node:child_process for a parse (start-up time)", () => {
    // (commander requires node:child_process for subcommands run as programs of their own; the
    // CLI's bundle loads it on first use, and jiyao has no such subcommands.)
    const probe = join(dir, "probe-modules.cjs");
    writeFileSync(probe, `process.on("exit", () => process.stderr.write(JSON.stringify(process.moduleLoadList.filter((m) => /child_process|esm\\/module_job/.test(m)))));\n`);
    const r = spawnSync(process.execPath, ["--require", probe, bin, "parse", SEED], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe("吴兴区人民政府第13次常务会议纪要");
    expect(JSON.parse(r.stderr)).toEqual([]);
  });

  it("parses the seed into one JSON object", () => {
    const r = jiyao(["parse", SEED]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout);
    expect(model.source).toMatchObject({ file: SEED, encoding: "utf-8", lineEnding: "lf" });
    // PARSER-DEPENDENT: values the real parser must produce for the seed.
    expect(model.title).toBe("吴兴区人民政府第13次常务会议纪要");
    expect(model.meeting?.sessionNumber).toBe(13);
    expect(model.documentNumber?.text).toBe("〔2022〕15号");
  });

  it.skipIf(!existsSync(xiuzhou))("parses a GB18030 CRLF document from the shared corpus", () => {
    const r = jiyao(["parse", xiuzhou]);
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout);
    expect(model.source).toMatchObject({ encoding: "gb18030", lineEnding: "crlf", bom: false });
    // PARSER-DEPENDENT
    expect(model.title).toBe("秀洲区人民政府第17次常务会议纪要");
    expect(model.meeting?.sessionNumber).toBe(17);
  });

  describe("compile cache", () => {
    /** The cache files in a fresh temporary folder given to the CLI as TMPDIR. */
    const cacheFiles = (tmp: string): string[] => {
      const folder = join(tmp, "jiyao-compile-cache");
      return existsSync(folder) ? readdirSync(folder) : [];
    };
    const freshTmp = (name: string): string => {
      const tmp = join(dir, name);
      mkdirSync(tmp, { recursive: true });
      return tmp;
    };

    it("is written by the first run and read by the next, with the same output", () => {
      const tmp = freshTmp("cache-fresh");
      const first = jiyao(["parse", SEED], undefined, { TMPDIR: tmp });
      expect(first.code).toBe(0);
      const files = cacheFiles(tmp);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^cli-[0-9a-f]{20}\.bin$/);
      const second = jiyao(["parse", SEED], undefined, { TMPDIR: tmp });
      expect(second).toEqual(first);
      expect(JSON.parse(second.stdout).title).toBe("吴兴区人民政府第13次常务会议纪要");
    });

    it("falls back to a plain compile when the cached data is garbage, and replaces it", () => {
      const tmp = freshTmp("cache-garbage");
      jiyao(["--version"], undefined, { TMPDIR: tmp });
      const [name] = cacheFiles(tmp);
      const file = join(tmp, "jiyao-compile-cache", name!);
      writeFileSync(file, "not a V8 code cache");
      const r = jiyao(["parse", SEED], undefined, { TMPDIR: tmp });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).meeting.sessionNumber).toBe(13);
      expect(readFileSync(file).length).toBeGreaterThan(1000);
    });

    it("removes other builds' caches not written for a week when it writes its own, and keeps recent ones", () => {
      const tmp = freshTmp("cache-stale");
      const folder = join(tmp, "jiyao-compile-cache");
      mkdirSync(folder, { recursive: true });
      const old = join(folder, "cli-0123456789abcdef0123.bin");
      const recent = join(folder, "cli-fedcba9876543210fedc.bin");
      const other = join(folder, "notes.txt");
      for (const f of [old, recent, other]) writeFileSync(f, "x");
      const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000);
      utimesSync(old, tenDaysAgo, tenDaysAgo);
      utimesSync(other, tenDaysAgo, tenDaysAgo);
      expect(jiyao(["--version"], undefined, { TMPDIR: tmp }).code).toBe(0);
      const files = cacheFiles(tmp);
      expect(files).not.toContain("cli-0123456789abcdef0123.bin");
      expect(files).toContain("cli-fedcba9876543210fedc.bin");
      expect(files).toContain("notes.txt");
      expect(files.filter((f) => f.startsWith("cli-"))).toHaveLength(2);
    });

    it("renews the time of the cache it uses, so other builds' runs keep it", () => {
      const tmp = freshTmp("cache-renew");
      jiyao(["--version"], undefined, { TMPDIR: tmp });
      const [name] = cacheFiles(tmp);
      const file = join(tmp, "jiyao-compile-cache", name!);
      const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000);
      utimesSync(file, tenDaysAgo, tenDaysAgo);
      expect(jiyao(["--version"], undefined, { TMPDIR: tmp }).code).toBe(0);
      expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(3600 * 1000);
    });

    it("is neither read nor written with NODE_DISABLE_COMPILE_CACHE=1", () => {
      const tmp = freshTmp("cache-off");
      const r = jiyao(["--version"], undefined, { TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: "1" });
      expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
      expect(cacheFiles(tmp)).toEqual([]);
    });

    it("does not stop the CLI when the temporary folder cannot be written", () => {
      // TMPDIR names a plain file: the cache folder cannot be made inside it.
      const notAFolder = join(dir, "a-file");
      writeFileSync(notAFolder, "");
      const r = jiyao(["parse", SEED, "--format", "ndjson"], undefined, { TMPDIR: notAFolder });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).meeting.sessionNumber).toBe(13);
      expect(readFileSync(notAFolder, "utf8")).toBe("");
    });
  });

  it("reads standard input for -", () => {
    const r = jiyao(["parse", "-", "--format", "ndjson"], readFileSync(join(root, SEED)));
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith("\n")).toBe(true);
    expect(JSON.parse(r.stdout).source.file).toBeNull();
  });

  it("reports bad inputs one line each, without a stack trace, converts the rest and exits 2", () => {
    const empty = join(dir, "empty.txt");
    const binary = join(dir, "binary.dat");
    const latin1 = join(dir, "latin1.txt");
    writeFileSync(empty, "");
    writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    writeFileSync(latin1, new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0xff]));
    const r = jiyao(["parse", "missing.txt", dir, empty, SEED, binary, latin1, "--format", "ndjson"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        "jiyao: missing.txt: no such file",
        `jiyao: ${dir}: is a directory`,
        `jiyao: ${empty}: empty file`,
        `jiyao: ${binary}: binary content (NUL bytes)`,
        `jiyao: ${latin1}: neither UTF-8 nor GB18030`,
        "",
      ].join("\n"),
    );
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).source.file).toBe(SEED);
  });

  it("exits 2 with one line for xml with several inputs and no --output-dir", () => {
    const r = jiyao(["parse", SEED, SEED, "--format", "xml"]);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: "jiyao: --format xml with several inputs needs --output-dir DIR (one XML document per input)\n",
    });
  });

  it("writes one file per input with --output-dir", () => {
    const out = join(dir, "akn");
    const r = jiyao(["parse", SEED, "--format", "akn", "--output-dir", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const akn = readFileSync(join(out, "wuxing-2022-13.akn.xml"), "utf8");
    expect(akn.startsWith("<?xml")).toBe(true);
    expect(akn).toContain("akomaNtoso");
  });

  it("writes all of a large output to a slow reader before it exits (it exits as soon as the output is written)", () => {
    const args = Array.from({ length: 40 }, () => SEED).join(" ");
    const r = spawnSync("sh", ["-c", `"${process.execPath}" bin/jiyao.js parse ${args} --pretty --positions | (sleep 0.5; cat)`], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    expect(r.status).toBe(0);
    const models = JSON.parse(r.stdout) as { title: string }[];
    expect(models).toHaveLength(40);
    expect(models[39]!.title).toBe("吴兴区人民政府第13次常务会议纪要");
  });

  it("stays quiet when the reader closes the pipe early (EPIPE)", () => {
    // Enough output to fill the pipe buffer many times over, so writes hit a closed pipe.
    const args = Array.from({ length: 40 }, () => SEED).join(" ");
    const r = spawnSync("sh", ["-c", `"${process.execPath}" bin/jiyao.js parse ${args} --pretty --positions | head -c 100 >/dev/null`], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });
});
