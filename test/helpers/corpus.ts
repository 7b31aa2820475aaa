// Access to the shared corpus (../shared/corpus), which tests skip when it is absent.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { decode } from "../../src/decode/index.js";

/** The shared corpus folder, beside the project. */
export const CORPUS = resolve(__dirname, "../../../shared/corpus");
/** Whether the shared corpus is present. */
export const HAS_CORPUS = existsSync(join(CORPUS, "docs"));

/** The project's fixture documents, fixtures/docs/<family>/NAME.txt with NAME.gold.json. */
export const FIXTURES = resolve(__dirname, "../../fixtures/docs");

/** Every fixture gold file below `dir` (fixtures/docs by default), sorted by path. */
export function fixtureGoldFiles(dir: string = FIXTURES): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return fixtureGoldFiles(p);
      return e.name.endsWith(".gold.json") ? [p] : [];
    })
    .sort();
}

/** The corpus documents as [name, bytes], sorted by name. */
export function corpusDocs(): [string, Uint8Array][] {
  if (!HAS_CORPUS) return [];
  return readdirSync(join(CORPUS, "docs"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => [basename(f, ".txt"), readFileSync(join(CORPUS, "docs", f))]);
}

/** Reads a contract path such as `meeting.attendees[].name` out of a model (as the scorer does). */
export function readPath(model: unknown, path: string): unknown {
  let values: unknown[] = [model];
  let list = false;
  for (const seg of path.split(".")) {
    if (seg.endsWith("[]")) {
      const key = seg.slice(0, -2);
      list = true;
      values = values.flatMap((v) => {
        const inner = key ? (v as Record<string, unknown> | null)?.[key] : v;
        return Array.isArray(inner) ? inner : [];
      });
    } else values = values.map((v) => (v == null ? undefined : (v as Record<string, unknown>)[seg]));
  }
  if (list) return values.map((v) => (v === undefined ? null : v));
  return values[0] === undefined ? null : values[0];
}

/** A document's text as parse() reads it (BOM dropped, UTF-8 or GB18030), with LF line ends. */
export function decodeDocument(bytes: Uint8Array): string {
  return decode(bytes).text.replace(/\r\n?/g, "\n");
}

/**
 * The gold paths a model misses, as the scorer compares them: JSON equality per path after a JSON
 * round trip, and `$notMinutes` against an error diagnostic `not-minutes`. `skip` leaves out paths.
 */
export function goldMisses(model: unknown, gold: Record<string, unknown>, skip?: (path: string, want: unknown) => boolean): string[] {
  const json = JSON.parse(JSON.stringify(model)) as { diagnostics?: { severity?: string; code?: string }[] };
  const out: string[] = [];
  const flagged = (json.diagnostics ?? []).some((d) => d.severity === "error" && d.code === "not-minutes");
  if (flagged !== (gold.$notMinutes === true)) out.push(`$notMinutes\n    want ${gold.$notMinutes === true}\n    got  ${flagged}`);
  for (const [path, want] of Object.entries(gold)) {
    if (path === "$notMinutes" || skip?.(path, want)) continue;
    const got = readPath(json, path);
    if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${path}\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(got)}`);
  }
  return out;
}
