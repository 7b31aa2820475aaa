// Edits of a text and the view they make: each edit reads [start, end) of the source as other
// text; the view keeps a map from every offset of its text back to the source.
import { type TextView } from "../mirror.js";
import { type Line } from "./lines.js";

/** One change of the source: [start, end) is read as `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Leaves a whole line out of what the grammar reads (its line break too), as the page's chrome. */
export function leaveOut(line: Pick<Line, "start" | "end" | "next">, out: Edit[], chromeRanges: [number, number][]): void {
  out.push({ start: line.start, end: line.next, text: "" });
  chromeRanges.push([line.start, line.end]);
}

/** `view` read again by `stage` (the edits it finds in the view's text), the map kept back to the source. */
export function readThen(view: TextView, stage: (text: string, edits: Edit[], chromeRanges: [number, number][]) => void): TextView {
  const edits: Edit[] = [];
  const chromeRanges: [number, number][] = [];
  stage(view.text, edits, chromeRanges);
  if (edits.length === 0) return view;
  const next = applyEdits(view.text, edits, chromeRanges);
  return view.offsets === null ? next : compose(view, next);
}

/** The view of a view: offsets and chrome ranges of `inner` (over `outer.text`) taken back to the source. */
function compose(outer: TextView, inner: TextView): TextView {
  const to = outer.offsets!;
  const offsets = inner.offsets === null ? to : inner.offsets.map((i) => to[i]!);
  // (A range ends after its last character: the markup after it stays out.)
  const mapped = (inner.chromeRanges ?? []).map(([a, b]): [number, number] => [to[a]!, b > a ? to[b - 1]! + 1 : to[a]!]);
  const chromeRanges = [...(outer.chromeRanges ?? []), ...mapped].sort((x, y) => x[0] - y[0]);
  return { text: inner.text, offsets, ...(chromeRanges.length > 0 ? { chromeRanges } : {}) };
}

/** `source` with `edits` applied, and the map back. */
export function applyEdits(source: string, edits: Edit[], chromeRanges: [number, number][]): TextView {
  if (edits.length === 0) return { text: source, offsets: null };
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  // (At most one entry per source character and per character an edit writes, and the end.)
  let size = source.length + 1;
  for (const e of edits) size += e.text.length;
  const map = new Int32Array(size);
  let k = 0;
  let from = 0;
  for (const e of edits) {
    if (e.start < from) continue; // overlapping edits: the first one wins
    parts.push(source.slice(from, e.start));
    for (let i = from; i < e.start; i++) map[k++] = i;
    parts.push(e.text);
    for (let i = 0; i < e.text.length; i++) map[k++] = e.start;
    from = e.end;
  }
  parts.push(source.slice(from));
  for (let i = from; i < source.length; i++) map[k++] = i;
  map[k++] = source.length;
  return { text: parts.join(""), offsets: map.subarray(0, k), ...(chromeRanges.length > 0 ? { chromeRanges } : {}) };
}
