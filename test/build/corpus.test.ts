// The corpus of ../shared: the scorer's figures, no crash, not-minutes flagged, nothing lost.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Minutes, Position } from "../../src/index.js";
import { parse } from "../../src/parse.js";
import { CORPUS, HAS_CORPUS, corpusDocs } from "../helpers/corpus.js";

const ROOT = resolve(__dirname, "../..");

interface Score {
  overall: number;
  stated: number;
  crashes: number;
  docs: { name: string; misses: { path: string }[]; crashed: boolean }[];
}

describe.skipIf(!HAS_CORPUS)("the shared corpus", () => {
  it("scores at least 95% overall and 90% on stated fields, with no crash and every not-minutes text flagged", () => {
    const run = spawnSync(process.execPath, [join(CORPUS, "../tools/score.mjs"), "--json"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
    expect(run.status, run.stderr).toBe(0);
    const score = JSON.parse(run.stdout) as Score;
    const misses = score.docs.flatMap((d) => d.misses.map((m) => `${d.name}: ${m.path}`));
    expect(score.crashes).toBe(0);
    expect(misses.filter((m) => m.endsWith("$notMinutes"))).toEqual([]);
    expect(score.overall, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(score.stated, misses.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps every non-blank character of every document inside a block of the outline", () => {
    for (const [name, bytes] of corpusDocs()) {
      const model = parse(bytes);
      const text = new TextDecoder(model.source.encoding).decode(bytes).replace(/^\ufeff/, "");
      const covered = new Uint8Array(text.length);
      // Leftover &nbsp; entities are blanks, like spaces.
      for (const m of text.matchAll(/&nbsp;/g)) covered.fill(1, m.index, m.index + 6);
      for (const entry of model.outline) mark(covered, entry.position!);
      const lost: string[] = [];
      for (let i = 0; i < text.length; i++) if (!covered[i] && !/[\s\u3000\u00a0\ufeff]/.test(text[i]!)) lost.push(`${i}:${text[i]}`);
      expect(lost, name).toEqual([]);
    }
  });

  it("gives every node a position whose source text holds the node's value", () => {
    for (const [name, bytes] of corpusDocs()) {
      const model = parse(bytes);
      const text = new TextDecoder(model.source.encoding).decode(bytes).replace(/^\ufeff/, "");
      const at = (p: Position): string => text.slice(p.start.offset, p.end.offset).replace(/[\s\u3000]/g, "");
      for (const person of everyPerson(model)) {
        if (person.position) expect(at(person.position), `${name}: ${person.name}`).toContain(person.name.slice(0, 1));
      }
      for (const topic of model.topics) expect(text.slice(topic.position!.start.offset).startsWith(topic.marker), name).toBe(true);
      for (const d of model.diagnostics) expect(d.line, name).toBe(d.position?.start.line ?? d.line);
    }
  });
});

function mark(covered: Uint8Array, p: Position): void {
  for (let i = p.start.offset; i < p.end.offset; i++) covered[i] = 1;
}

function everyPerson(m: Minutes) {
  const meeting = m.meeting;
  if (!meeting) return [];
  return [
    ...(meeting.chair ? [meeting.chair] : []),
    ...meeting.attendees,
    ...meeting.invitedAttendees,
    ...meeting.absentees,
    ...meeting.observers,
    ...meeting.invitedObservers.flatMap((g) => g.people),
  ];
}
