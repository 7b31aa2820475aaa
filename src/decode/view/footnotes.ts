// A print's footnotes: a short rule at a page's foot, then notes numbered ① ② … whose marks stand
// in the text above (…良种调供①，…). They are the page's apparatus, not the document's items.
import { type Edit, leaveOut } from "./edits.js";
import { type Line } from "./lines.js";

/** A footnote's rule: a short line of rule characters (a long one is a 版记's rule). */
const NOTE_RULE = /^[ \t\u3000]*[─━—_\-]{4,20}[ \t\u3000]*$/;
/** A footnote: its circled number (group 1) opening the line, then its text. */
const NOTE_LINE = /^[ \t\u3000]*([\u2460-\u2473])[ \t\u3000]*\S/;
/** The most lines a footnote takes (its first and those a wrap pushed down). */
const NOTE_LINES = 3;

/**
 * Footnotes under a short rule (──────────⏎① 《若干措施》已于…施行。): each note whose mark stands
 * after a character in the text above the rule (not opening a line, as an item's number would) is
 * left out of what the grammar reads, with the rule and the lines a wrap pushed down, as the page's
 * chrome. Notes whose marks the text lacks are the document's own circled items and stay.
 */
export function footnoteEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  // (Native search first: most texts hold no circled number.)
  if (!/[\u2460-\u2473]/.test(source)) return;
  for (let i = 0; i < lines.length; i++) {
    if (!NOTE_RULE.test(source.slice(lines[i]!.start, lines[i]!.end))) continue;
    const above = source.slice(0, lines[i]!.start);
    const notes: Line[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j]!.text === lines[j]!.end) j++;
    for (; j < lines.length; ) {
      const m = NOTE_LINE.exec(source.slice(lines[j]!.start, lines[j]!.end));
      if (m === null || !markedInText(above, m[1]!)) break;
      notes.push(lines[j]!);
      // (Its text wrapped onto lines of its own, up to the next note or a blank line.)
      let k = j + 1;
      while (k < lines.length && k - j < NOTE_LINES && lines[k]!.text < lines[k]!.end && !NOTE_LINE.test(source.slice(lines[k]!.start, lines[k]!.end)) && !/[。.]$/.test(source.slice(lines[k - 1]!.start, lines[k - 1]!.end).trimEnd())) {
        notes.push(lines[k]!);
        k++;
      }
      j = k;
    }
    if (notes.length === 0) continue;
    leaveOut(lines[i]!, out, chromeRanges);
    for (const n of notes) leaveOut(n, out, chromeRanges);
    i = j - 1;
  }
}

/** Whether `mark` stands in `text` after a character of its line (a footnote's mark, not an item's number). */
function markedInText(text: string, mark: string): boolean {
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (at > 0 && before !== 0x0a && before !== 0x20 && before !== 0x3000 && before !== 0x09) return true;
  }
  return false;
}
