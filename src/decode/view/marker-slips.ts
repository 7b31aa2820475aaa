// A topic's marker typed with the wrong sign after its number, one among markers typed right: 二， or 二. in a
// list of 一、 三、, 3、 in a list of 1． 2． 4．. The sign is read as the list's own, so the marker is the list's.
import type { Edit } from "./edits.js";
import { smallNumeral } from "./run-together.js";

/**
 * A numbering marker opening a line (its number: Chinese numerals in group 1 or digits in group 2; its sign in group
 * 3, a blank standing for one before an ideograph), not a number's decimal point (1.5亿).
 */
const MARKER_AT_LINE_START = /^[ \t\u3000]*(?:([一二三四五六七八九十]{1,3})|([0-9０-９]{1,2}))(?:([、，,.．:：])|([ \t\u3000])(?=[\u3400-\u9fff《“]))(?![0-9０-９])/gm;
/** The signs a list of each kind of number is written with (the others are slips). */
const CN_SIGNS = "、";
const DIGIT_SIGNS = "、.．";
const SIGN_KIND: Record<string, string> = { ".": "．", ",": "，", ":": "：" };

interface Marker {
  /** Where its sign stands, and how long it is. */
  at: number;
  length: number;
  sign: string;
  /** Its sign's kind: a full-width sign and its half-width form are one (．and ., ，and ,). */
  kind: string;
  n: number;
  chinese: boolean;
}

/**
 * A marker whose sign differs from the markers around it, where its number goes on from the one before and the one
 * after goes on from it (一、…二，…三、; 2．…3、…4．): its sign is read as theirs, one for one; so are the items after
 * it where the list goes on in its sign (1. 2. 3、 4、 5、). (A list of its own, a sub-list, starts at 1 again:
 * nothing there.)
 */
export function markerSlipEdits(source: string, out: Edit[]): void {
  const markers: Marker[] = [];
  for (const m of source.matchAll(MARKER_AT_LINE_START)) {
    const chinese = m[1] !== undefined;
    const n = chinese ? smallNumeral(m[1]!) : Number(m[2]!.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
    const sign = m[3] ?? m[4]!;
    markers.push({ at: m.index + m[0].length - sign.length, length: sign.length, sign, kind: SIGN_KIND[sign] ?? sign, n, chinese });
  }
  // (Most texts write every marker alike: nothing to look at.)
  if (markers.length < 2 || markers.every((m) => m.kind === markers[0]!.kind)) return;
  /** A list that went on in another sign from one of its items (1. 2. 3、 4、): that sign, and the list's. */
  let switched: { from: Marker; to: string } | undefined;
  for (let i = 0; i < markers.length; i++) {
    const m = markers[i]!;
    const b = nearestAt(markers, i, -1);
    const a = nearestAt(markers, i, 1);
    const before = markers[b];
    const after = markers[a];
    // (The rest of a list that went on in another sign: read in the list's.)
    if (switched !== undefined && before === switched.from && m.kind === before.kind && m.n === before.n + 1) {
      switched.from = m;
      out.push({ start: m.at, end: m.at + m.length, text: switched.to });
      continue;
    }
    switched = undefined;
    // The list's sign: the one the markers around it share, one the list's kind is written with.
    const list = before ?? after;
    if (list === undefined || list.kind === m.kind || !(m.chinese ? CN_SIGNS : DIGIT_SIGNS).includes(list.sign)) continue;
    // (A Chinese numeral's list is written with 、 alone: any other sign is a slip. A digit's may be written with
    // 、 too: only where its neighbours write it otherwise.)
    // (At a list's end, the two before it agree; at its start, the two after it.)
    const goesOn =
      before !== undefined
        ? before.n === m.n - 1 && (after !== undefined && after.kind === before.kind ? after.n === m.n + 1 : agrees(before, markers[nearestAt(markers, b, -1)], -1))
        : m.n === 1 && after!.n === 2 && agrees(after!, markers[nearestAt(markers, a, 1)], 1);
    // (Nor where it goes on with a list of its own sign above, a sub-list between: 3、…1．…3．⏎4、.)
    if (!goesOn || markers.some((o, k) => k < i && o.chinese === m.chinese && o.kind === m.kind && o.n === m.n - 1)) continue;
    out.push({ start: m.at, end: m.at + m.length, text: list.sign });
    // (The items after it in its sign, numbered on, are the list's too: 1. 2. 3、 4、 5、.)
    if (before !== undefined && after !== undefined && after.kind === m.kind) switched = { from: m, to: list.sign };
  }
}

/** Whether `other`, the next marker past `marker` in the direction of `step`, is of its list: its sign, its number next. */
function agrees(marker: Marker, other: Marker | undefined, step: number): boolean {
  return other !== undefined && other.kind === marker.kind && other.n === marker.n + step;
}

/** Where the nearest marker of the same kind before (`step` -1) or after (1) the `i`th stands, or -1. */
function nearestAt(markers: Marker[], i: number, step: number): number {
  for (let k = i + step; k >= 0 && k < markers.length; k += step) if (markers[k]!.chinese === markers[i]!.chinese) return k;
  return -1;
}


/** A bracketed or dotted marker opening a line with a sign after it: （一）、关于…, 3.、关于… (the sign in group 1). */
const SIGN_AFTER_MARKER = /^[ \t\u3000]*(?:[（(](?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[）)]|[0-9０-９]{1,2}[.．])([、，,])(?=[^\s、，,])/gm;
const SIGN_AFTER_MARKER_HINT = /[）)．.][、，,]/;

/** A sign typed after a marker that needs none (（一）、关于…, 3.、关于…) is read as nothing: no part of the heading. */
export function signAfterMarkerEdits(source: string, out: Edit[]): void {
  // (One search decides: most texts have none.)
  if (!SIGN_AFTER_MARKER_HINT.test(source)) return;
  for (const m of source.matchAll(SIGN_AFTER_MARKER)) {
    const at = m.index + m[0].length - 1;
    out.push({ start: at, end: at + 1, text: "" });
  }
}
