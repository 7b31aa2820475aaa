#!/usr/bin/env node
// Thin launcher: all logic lives in the built CLI (src/cli/run.ts → dist/cli.cjs).
//
// Start-up speed (a single-file run should take well under 200 ms; `npm run bench` measures it):
// - This file is CommonJS (bin/package.json says so): an ES module entry costs Node's module
//   loader ~8 ms more to start.
// - Regular expressions are compiled straight to machine code (V8's --no-regexp-tier-up), not
//   first to bytecode and again to machine code on their second use: the first parse runs some
//   hundreds of regexes a few times each, and compiling them twice was a fifth of a cold start.
//   The flag is this process's alone (the CLI's); the library leaves V8's flags as they are.
// - Compiling the CLI's code is a fifth of a cold start: the launcher compiles dist/cli.cjs
//   through a V8 code cache kept in the system's temporary folder (what Node 22's
//   module.enableCompileCache does, done by hand for Node 20): the first run writes it, the next
//   ones skip parsing and compiling the functions a parse used. Any problem with the cache
//   (unwritable folder, stale or rejected data) falls back to a plain compile, silently. Writing a
//   new cache removes other builds' caches unused for a week (a cache in use has its time renewed
//   once a day). NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does Node's own cache.
// (Node's modules taken as built in, not required through the module loader.)
"use strict";
process.getBuiltinModule("node:v8").setFlagsFromString("--no-regexp-tier-up");
const { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } = process.getBuiltinModule("node:fs");
const { createRequire } = process.getBuiltinModule("node:module");
const { tmpdir } = process.getBuiltinModule("node:os");
const { dirname, join } = process.getBuiltinModule("node:path");
const { Script } = process.getBuiltinModule("node:vm");

const file = join(__dirname, "../dist/cli.cjs");
const source = readFileSync(file, "utf8");
const useCache = !process.env.NODE_DISABLE_COMPILE_CACHE;
// (The cache's name from Node's version and the file's size and time: no hash of the whole
// source, and no crypto module to load. A stale cache V8 rejects anyway, by its own check.)
const stat = statSync(file);
const key = hex(`${process.version}|${stat.size}|${stat.mtimeMs}|${file}`);
const cacheFile = join(tmpdir(), "jiyao-compile-cache", `cli-${key}.bin`);

let cachedData;
if (useCache) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {}
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: file,
  cachedData,
});
const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(file), cli, file, dirname(file));
const { run, nodeIo } = cli.exports;

run(process.argv.slice(2), nodeIo).then((code) => {
  process.exitCode = code;
  keepCache();
  // Everything is done: exit now rather than let Node tear the heap down (~10 ms). Only when the
  // output is all written (pipes are asynchronous on some systems: then Node's own exit waits).
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
});

/** After the run: marks the cache in use, or writes it. */
function keepCache() {
  // A cache in use is marked so (its time), so that other builds' runs keep it.
  if (useCache && cachedData !== undefined && !script.cachedDataRejected) {
    try {
      const now = new Date();
      if (Date.now() - statSync(cacheFile).mtimeMs > 24 * 3600 * 1000) utimesSync(cacheFile, now, now);
    } catch {}
  }

  // After the run, so the cache holds the functions it compiled, not only the top level.
  if (useCache && (cachedData === undefined || script.cachedDataRejected)) {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const partial = `${cacheFile}.${process.pid}`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile);
      // Other builds' caches unused for a week go: the folder holds what is in use.
      const folder = dirname(cacheFile);
      const stale = Date.now() - 7 * 24 * 3600 * 1000;
      for (const name of readdirSync(folder)) {
        const other = join(folder, name);
        if (other === cacheFile || !/^cli-[0-9a-f]{20}\.bin$/.test(name)) continue;
        try {
          if (statSync(other).mtimeMs < stale) unlinkSync(other);
        } catch {}
      }
    } catch {}
  }
}

/** 20 hex digits of FNV-1a hashes of `s` (three seeds). */
function hex(s) {
  let out = "";
  for (const seed of [0x811c9dc5, 0x01000193, 0x5bd1e995]) {
    let h = seed;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, "0");
  }
  return out.slice(0, 20);
}
