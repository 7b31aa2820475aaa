#!/usr/bin/env node
// Writes schema/jiyao.schema.json from the built library (run `npx tsup` first):
//   npm run build && node scripts/gen-json-schema.mjs
// `--check` exits 1 instead of writing when the committed file is stale.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const target = resolve(root, "schema/jiyao.schema.json");

let modelJsonSchema;
try {
  ({ modelJsonSchema } = await import(resolve(root, "dist/index.js")));
} catch (error) {
  console.error(`gen-json-schema: cannot load dist/index.js (run \`npx tsup\` first): ${error.message}`);
  process.exit(2);
}

const text = `${JSON.stringify(modelJsonSchema(), null, 2)}\n`;
if (process.argv.includes("--check")) {
  const current = await readFile(target, "utf8").catch(() => "");
  if (current !== text) {
    console.error("gen-json-schema: schema/jiyao.schema.json is stale; run `npx tsup && node scripts/gen-json-schema.mjs`");
    process.exit(1);
  }
  console.log("gen-json-schema: schema/jiyao.schema.json is up to date");
} else {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  console.log(`gen-json-schema: wrote ${target.slice(root.length + 1)}`);
}
