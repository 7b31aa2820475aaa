import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";

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
  },
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    platform: "node",
    noExternal: ["chevrotain", /^@chevrotain\//, "lodash-es"],
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
    // (Node's modules by their node: names, so that the plugin above sees commander's.)
    removeNodeProtocol: false,
    // The packages' ESM builds, which tree-shake (zod's CJS build would double the file).
    esbuildOptions(options) {
      options.conditions = ["import"];
      options.mainFields = ["module", "main"];
    },
  },
]);
