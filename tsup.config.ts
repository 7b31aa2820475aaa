import { defineConfig } from "tsup";

// Three outputs:
// - the library as ESM, with chevrotain bundled in: its ESM build loads lodash-es as hundreds of
//   small modules, which made `import "jiyao"` take ~400 ms; bundled, ~150 ms (zod and
//   fast-xml-parser stay external, as usual for a library);
// - the library as CJS for `require("jiyao")`; chevrotain is ESM-only, so it is bundled in too;
// - the CLI as one self-contained ESM file, so a cold start resolves no packages.
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
    format: ["esm"],
    sourcemap: true,
    // Smaller to parse at start-up: the CLI's cold start is part of its speed.
    minify: true,
    target: "node20",
    platform: "node",
    noExternal: [/.*/],
    banner: { js: "import { createRequire as __jiyaoCreateRequire } from 'node:module'; const require = __jiyaoCreateRequire(import.meta.url);" },
  },
]);
