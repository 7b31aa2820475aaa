import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";
import { decode, encode } from "@jridgewell/sourcemap-codec";

/**
 * commander requires node:child_process at its start for subcommands run as programs of their
 * own, which jiyao has none of; loading that module is ~5 ms of a cold start. In the CLI's bundle
 * it is a stand-in that loads the real module on first use.
 */
const lazyChildProcess: Plugin = {
  name: "lazy-child-process",
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?child_process$/ }, () => ({ path: "child_process", namespace: "lazy-builtin" }));
    build.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, () => ({
      contents: `let real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= process.getBuiltinModule("node:child_process"))[key] });\n`,
      loader: "js",
    }));
  },
};

/**
 * esbuild writes its output in ASCII but for regular expression literals, whose CJK letters it
 * keeps as they are. A file with one letter beyond ASCII is read into a two-byte string, which is
 * slower to read and to compile (~8 ms of the CLI's cold start): the letters left are written as
 * \uXXXX escapes, the same pattern to the regular expression engine. The source map's columns
 * are moved to match, in place (a map returned to tsup would be composed anew, which is slow).
 */
const asciiOnly = {
  name: "ascii-only",
  renderChunk(code: string, chunk: { map?: string | object | null }) {
    if (!/[^\0-\x7f]/.test(code)) return;
    const lines = code.split("\n");
    const map = typeof chunk.map === "string" ? (JSON.parse(chunk.map) as { mappings: string }) : undefined;
    const mappings = map === undefined ? undefined : decode(map.mappings);
    lines.forEach((line, i) => {
      if (!/[^\0-\x7f]/.test(line)) return;
      // (Each escape is 5 characters longer than its letter: a column after k of them moves by 5k.)
      const wide: number[] = [];
      lines[i] = line.replace(/[^\0-\x7f]/g, (c, at: number) => {
        wide.push(at);
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
      });
      for (const segment of mappings?.[i] ?? []) {
        let k = 0;
        while (k < wide.length && wide[k]! < segment[0]) k++;
        segment[0] += 5 * k;
      }
    });
    if (map !== undefined && mappings !== undefined) {
      map.mappings = encode(mappings);
      chunk.map = JSON.stringify(map);
    }
    return { code: lines.join("\n") };
  },
};

// Three outputs:
// - the library as ESM, with chevrotain bundled in: its ESM build loads lodash-es as hundreds of
//   small modules, which made `import "jiyao"` take ~400 ms; bundled, ~150 ms (zod and
//   fast-xml-parser stay external, as usual for a library);
// - the library as CJS for `require("jiyao")`; chevrotain is ESM-only, so it is bundled in too;
// - the CLI as one self-contained CJS file, so a cold start resolves no packages and
//   bin/jiyao.js can compile it through a V8 code cache (vm.Script takes scripts, not modules).
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "node",
    noExternal: ["chevrotain", /^@chevrotain\//, "lodash-es"],
    plugins: [asciiOnly],
  },
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    platform: "node",
    noExternal: ["chevrotain", /^@chevrotain\//, "lodash-es"],
    plugins: [asciiOnly],
  },
  {
    entry: { cli: "src/cli/run.ts" },
    format: ["cjs"],
    sourcemap: true,
    // Smaller to parse at start-up: the CLI's cold start is part of its speed.
    minify: true,
    target: "node20",
    platform: "node",
    noExternal: [/.*/],
    esbuildPlugins: [lazyChildProcess],
    plugins: [asciiOnly],
    // (Node's modules by their node: names, so that the plugin above sees commander's.)
    removeNodeProtocol: false,
    // The packages' ESM builds, which tree-shake (zod's CJS build would double the file).
    esbuildOptions(options) {
      options.conditions = ["import"];
      options.mainFields = ["module", "main"];
    },
  },
]);
