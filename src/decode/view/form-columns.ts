// A form printed in columns: labels over values, one blank between cells, a table's column heads.
import { type Edit } from "./edits.js";
import { type Cell, LABEL_ALONE, valuesAfterLabels } from "./form-rows.js";
import { ALL_KEYS, FORM_LABEL, KEY_BLANKS } from "./labels.js";
import { type Line, isBlankChar } from "./lines.js";
import { UNIT_OR_TITLE_HEAD } from "./tables.js";

// ── A table's column heads over a list: 姓名<TAB>职务<TAB>事由 ─────────────────────────────────

/** A row of column heads only (a Word table exported with tabs, or printed in columns). */
const COLUMN_HEADS_ROW = new RegExp(`^[ \\t\\u3000]*(?:姓[ \\u3000]*名|${UNIT_OR_TITLE_HEAD}|事[ \\u3000]*由|[请請]假(?:事由|原因)|原[ \\u3000]*因|[备備][ \\u3000]*[注註])(?:(?:\\t|[ \\u3000]{2,})[ \\t\\u3000]*(?:姓[ \\u3000]*名|${UNIT_OR_TITLE_HEAD}|事[ \\u3000]*由|[请請]假(?:事由|原因)|原[ \\u3000]*因|[备備][ \\u3000]*[注註]))+[ \\t\\u3000]*$`);
/** A head that names a reason, not a person or a title. */
const REASON_HEAD = /事[ \u3000]*由|原[ \u3000]*因|[备備][ \u3000]*[注註]/;
/** The cell separator of such a table: a tab, or wide blanks. */
const CELL_GAP = /\t[ \t\u3000]*|[ \u3000]{2,}/g;

/**
 * A table's column heads over a list's rows (出席人员：⏎姓名<TAB>职务⏎柳青云<TAB>区长…) are the
 * table's frame, not people: the row is left out as chrome. Where the last column gives a reason
 * (姓名<TAB>职务<TAB>事由), each row's reason reads as a note after the title: 丁立伟<TAB>副区长（外出学习）.
 */
export function columnHeadEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  // (Most texts hold no such heads: one search decides.)
  if (!source.includes("姓名") && !source.includes("姓　名") && !source.includes("姓 名")) return;
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    const text = source.slice(head.start, head.end);
    if (!COLUMN_HEADS_ROW.test(text)) continue;
    out.push({ start: head.start, end: head.next, text: "" });
    chromeRanges.push([head.start + (text.length - text.trimStart().length), head.start + text.trimEnd().length]);
    const heads = text.trim().split(CELL_GAP);
    if (heads.length < 3 || !REASON_HEAD.test(heads[heads.length - 1]!)) continue;
    for (let j = i + 1; j < lines.length && lines[j]!.end > lines[j]!.start; j++) {
      const row = source.slice(lines[j]!.start, lines[j]!.end).trimEnd();
      const gaps = [...row.trimStart().matchAll(CELL_GAP)];
      if (gaps.length !== heads.length - 1) break;
      const last = gaps[gaps.length - 1]!;
      const at = lines[j]!.start + (row.length - row.trimStart().length) + last.index;
      out.push({ start: at, end: at + last[0].length, text: "（" }, { start: lines[j]!.start + row.length, end: lines[j]!.start + row.length, text: "）" });
    }
  }
}

/** Whether a text may hold a form's rows of a label, one blank and its value (时　　间　2024年…, 主 持 人　…): one search. */
const ONE_GAP_ROW_HINT = /^[ \t\u3000]*(?:[时時][ \u3000]*[间間]|地[ \u3000]*[点點]|主[ \u3000]*持(?:[ \u3000]*人)?|[参參][ \u3000]*[会會][ \u3000]*人[ \u3000]*[员員]|出[ \u3000]*席(?:[ \u3000]*人[ \u3000]*[员員])?)[ \u3000](?![ \t\u3000])/m;
/** The blanks between two cells of a form's row. */
const ROW_CELL_GAP = /[ \t\u3000]{3,}/g;
/** The fewest rows that make such a form. */
const MIN_ONE_GAP_ROWS = 2;

/**
 * A form's rows whose label, spaced out or not, stands one blank before its value (时　　间　2024年3月12日下午,
 * 主 持 人　区长　沙建勋, 参会人员　沙建勋　乔立群), a second row maybe on the same line after a wide gap
 * (…下午　　　　　　地　　点　区政府三楼会议室): the blank read as a colon, the gap as a line break.
 */
export function oneGapRowEdits(source: string, lines: Line[], out: Edit[]): void {
  if (!ONE_GAP_ROW_HINT.test(source)) return;
  const found: Edit[] = [];
  let rows = 0;
  for (const l of lines) {
    const text = source.slice(l.text, l.end);
    const label = formLabelEnd(text, 0);
    if (label < 0) continue;
    rows++;
    found.push({ start: l.text + label, end: l.text + label + 1, text: "：" });
    for (const m of text.matchAll(ROW_CELL_GAP)) {
      const at = m.index + m[0].length;
      const end = formLabelEnd(text, at);
      if (end < 0) continue;
      found.push({ start: l.text + m.index, end: l.text + at, text: "\n" }, { start: l.text + end, end: l.text + end + 1, text: "：" });
    }
  }
  if (rows >= MIN_ONE_GAP_ROWS) out.push(...found);
}

/**
 * Where a form's label that starts at `from` ends, its letters at most two blanks apart and one
 * blank after it before a value; -1 where none does.
 */
function formLabelEnd(text: string, from: number): number {
  let found = -1;
  let i = from;
  for (let k = 0; k < 4; k++) {
    let j = i;
    while (j < text.length && !isBlankChar(text.charCodeAt(j))) j++;
    if (j === i) break;
    // (A label with its colon is read as it is: 主 持 人：….)
    const run = text.slice(i, j);
    if (run.includes("：") || run.includes(":")) return -1;
    let b = j;
    while (b < text.length && isBlankChar(text.charCodeAt(b))) b++;
    // (The longest label counts: 主 持 人        县长 is no 主持 one blank before 人.)
    if (b < text.length && FORM_LABEL.test(text.slice(from, j))) found = b === j + 1 ? j : -1;
    if (b - j > 2 || b >= text.length) break;
    i = b;
  }
  return found;
}

/** Whether a text may hold a row of labels set in columns: a label's last word, a wide gap, another label's first (one search). */
const LABELS_ROW_HINT = /(?:[间間点點人员員席假])[ \u3000]{3,}(?:[时時地主出列请請缺记記参參会會])/;

/** The cells of a line set apart by wide gaps, or by the gaps `gap` finds (`line` starts at `at`), its indent left out. */
function cellsByGap(line: string, at: number, gap: RegExp = ROW_CELL_GAP): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  while (from < line.length && isBlankChar(line.charCodeAt(from))) from++;
  for (const m of line.matchAll(gap)) {
    if (m.index > from) cells.push({ text: line.slice(from, m.index), start: at + from, end: at + m.index });
    from = Math.max(from, m.index + m[0].length);
  }
  let end = line.length;
  while (end > from && isBlankChar(line.charCodeAt(end - 1))) end--;
  if (end > from) cells.push({ text: line.slice(from, end), start: at + from, end: at + end });
  return cells;
}

/**
 * A row of labels set in columns over the row of their values (时　　间　　　　地　　点　　　　主 持 人 ⏎
 * 2024年4月9日上午　　　县政府二楼会议室　　　县长　贺志远): each value read after its label and a colon
 * (written where the value starts), the labels' row left out.
 */
export function labelColumnsEdits(source: string, lines: Line[], out: Edit[]): void {
  if (!LABELS_ROW_HINT.test(source)) return;
  for (let k = 0; k + 1 < lines.length; k++) {
    const l = lines[k]!;
    const heads = cellsByGap(source.slice(l.start, l.end), l.start);
    if (heads.length < 2 || !heads.every((h) => FORM_LABEL.test(h.text))) continue;
    const v = lines[k + 1]!;
    const cells = cellsByGap(source.slice(v.start, v.end), v.start);
    if (cells.length !== heads.length || FORM_LABEL.test(cells[0]!.text) || LABEL_ALONE.test(cells[0]!.text)) continue;
    out.push({ start: l.start, end: l.next, text: "" });
    valuesAfterLabels(v.start, cells.map((c, i) => ({ c, head: heads[i]!.text.replace(KEY_BLANKS, "") })), out);
    k++;
  }
}

// ── A disclosure header set in columns: 索引号<TAB>主题分类<TAB>发布机构⏎…<TAB>综合政务<TAB>… ──────────

/** The cell separator of a header's rows set in columns: a tab, or two blanks or more. */
const HEADER_CELL_GAP = /\t[ \t\u3000]*|[ \u3000]{2,}[ \t\u3000]*/g;
/** A cell that is a header's key alone, its colon maybe after it. */
const KEY_CELL = new RegExp(`^(?:${ALL_KEYS})[ \\u3000]*[：:]?$`);
/** Whether a text may hold a row of header keys set in columns: a key's last character, a tab or a wide gap (one search). */
const KEYS_ROW_HINT = /[号號类類构構期间間式限围圍称稱题題][：:]?(?:\t|[ \u3000]{2,})/;
const COLON_AT_END = /[：:]$/;

/**
 * A disclosure header's row of keys set in columns over the row of their values, apart by tabs or
 * wide blanks (索引号<TAB>主题分类<TAB>发布机构<TAB>成文日期⏎11341602MB…/2024-00218<TAB>综合政务<TAB>…, or
 * 索引号：　　　　　　发布机构：⏎…/2023-00094　　　　岚水县人民政府办公室): each value read after its key and
 * a colon, the keys' row left out.
 */
export function headerColumnsEdits(source: string, lines: Line[], out: Edit[]): void {
  if (!KEYS_ROW_HINT.test(source)) return;
  for (let k = 0; k + 1 < lines.length; k++) {
    const l = lines[k]!;
    if (l.text === l.end) continue;
    const heads = cellsByGap(source.slice(l.start, l.end), l.start, HEADER_CELL_GAP);
    if (heads.length < 2 || !heads.every((h) => KEY_CELL.test(h.text))) continue;
    const v = lines[k + 1]!;
    const keyOf = (head: Cell): string => head.text.replace(COLON_AT_END, "").replace(KEY_BLANKS, "");
    let cells = cellsByGap(source.slice(v.start, v.end), v.start, HEADER_CELL_GAP);
    let pairs = cells.length === heads.length ? cells.map((c, i) => ({ c, head: keyOf(heads[i]!) })) : null;
    // (Columns apart by one tab each may hold an empty cell, two tabs in a row: 011043278/2023-05261<TAB><TAB>汀澜区人民政府办公室.
    // Its key gets no value; the others theirs, tab by tab.)
    if (pairs === null && cells.length < heads.length && source.slice(l.start, l.end).includes("\t")) {
      const keys = tabCells(source, l);
      cells = tabCells(source, v);
      if (keys.length === cells.length && keys.every((h) => KEY_CELL.test(h.text))) pairs = cells.map((c, i) => ({ c, head: keyOf(keys[i]!) })).filter(({ c }) => c.text !== "");
    }
    if (pairs === null || pairs.length === 0 || cells.some((c) => KEY_CELL.test(c.text))) continue;
    out.push({ start: l.start, end: l.next, text: "" });
    valuesAfterLabels(v.start, pairs, out);
    k++;
  }
}

/** A line's cells apart by single tabs, each without its blanks (an empty cell's text empty). */
function tabCells(source: string, line: Line): Cell[] {
  const cells: Cell[] = [];
  let from = line.start;
  for (;;) {
    const tab = source.indexOf("\t", from);
    const to = tab < 0 || tab >= line.end ? line.end : tab;
    let a = from;
    let b = to;
    while (a < b && isBlankChar(source.charCodeAt(a))) a++;
    while (b > a && isBlankChar(source.charCodeAt(b - 1))) b--;
    cells.push({ text: source.slice(a, b), start: a, end: b });
    if (to === line.end) return cells;
    from = to + 1;
  }
}
