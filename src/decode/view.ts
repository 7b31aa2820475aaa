// The text the grammar reads: the decoded text without the artefacts of a copied web page —
// pinyin annotations of mirror sites (`區(qū)長`), HTML entities (`&emsp;`, `&#12288;`, `&ldquo;`)
// and stray tags (`<p>`, `<br>`, `</span>`). An offset table maps every offset of the view back to
// the source, so positions refer to the original text and no character is lost.
import { Buffer } from "node:buffer";
import { HEADER_KEYS, TRADITIONAL_OF, keyPattern } from "../lex/header-keys.js";
import { CN_DIGITS } from "../lex/chars.js";
import { type TextView, annotationCuts, isHan } from "./mirror.js";

/** One change of the source: [start, end) is read as `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Named entities left by scrapers, and what they stand for. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  // (Read as a space, as a no-break space itself is: see noBreakSpaceEdits.)
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  middot: "·",
  bull: "•",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};
const ENTITY = /&(?:([a-zA-Z]{2,6})|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;
/** Tags a crude scraper leaves in the text. */
const TAG = /<\/?(?:p|br|span|div|strong|b|em|i|u|font|td|tr|th|thead|table|tbody|section|article|center|h[1-6]|ul|ol|li|a|img|hr|small|sup|sub|blockquote|header|footer)(?:\s[^<>\r\n]{0,200})?\s*\/?>/gi;

/** The entity's character, or null for an entity that is not known (it is left as written). */
function entityText(name: string | undefined, dec: string | undefined, hex: string | undefined): string | null {
  if (name !== undefined) return NAMED_ENTITIES[name] ?? null;
  const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
  // Control characters and surrogates stay as the entity was written.
  if (!(code >= 0x20 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff) || (code >= 0x7f && code <= 0x9f)) return null;
  // The typographic spaces read as a plain space (the lexer's blanks).
  if ((code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0xa0) return " ";
  return String.fromCodePoint(code);
}

/**
 * The entities HTML reads without their semicolon too (&nbsp&nbsp一、…, 首页&nbsp&gt;): a page
 * copied from a source that dropped it. Not before a letter, digit or semicolon.
 */
const LEGACY_ENTITY = /&(nbsp|amp|lt|gt|quot)(?![a-zA-Z0-9;])/g;

function entityEdits(source: string, out: Edit[]): void {
  if (!source.includes("&")) return;
  for (const m of source.matchAll(ENTITY)) {
    const text = entityText(m[1], m[2], m[3]);
    if (text !== null) out.push({ start: m.index, end: m.index + m[0].length, text });
  }
  for (const m of source.matchAll(LEGACY_ENTITY)) out.push({ start: m.index, end: m.index + m[0].length, text: NAMED_ENTITIES[m[1]!]! });
}

/**
 * A no-break space (U+00A0, what a page's `&nbsp;` indent becomes when copied as text) is read as a
 * space, one for one: indents and padding then look the same whichever way a page wrote them.
 */
function noBreakSpaceEdits(source: string, out: Edit[]): void {
  // (Most texts hold neither: one search decides.)
  if (!ODD_BLANK.test(source)) return;
  for (let i = source.indexOf("\u00a0"); i >= 0; i = source.indexOf("\u00a0", i + 1)) out.push({ start: i, end: i + 1, text: " " });
  // Zero-width spaces and joiners a web editor left between characters (，\u200b李四) are read as nothing.
  if (ZERO_WIDTH_HINT.test(source)) for (const m of source.matchAll(ZERO_WIDTH)) out.push({ start: m.index, end: m.index + m[0].length, text: "" });
}
/**
 * A table drawn with box characters (┌──┬──┐ / │索引号：│…│ / └──┴──┘), as a converter or a
 * page's text copy draws a form: its vertical bars are read as table pipes, one for one, and its
 * rule lines (those with a corner or junction) are left out as the page's frame. The pipe-table
 * readings then see the rows as any pipe table's.
 */
function boxDrawingEdits(source: string, out: Edit[], chromeRanges: [number, number][]): void {
  const ascii = source.includes("+--");
  // (A grid's rows of a label and a value over several lines, first: their edits win over the bars'.)
  if (ascii || BOX_CORNER.test(source)) gridRowEdits(source, out, ascii ? ASCII_RULE : BOX_RULE);
  // (A table drawn in ASCII, +------+------+ between its | rows: its border lines are read as nothing.)
  if (ascii) {
    for (const m of source.matchAll(ASCII_RULE_LINE)) {
      out.push({ start: m.index, end: m.index + m[0].length, text: "" });
      chromeRanges.push([m.index, m.index + m[0].trimEnd().length]);
    }
  }
  // (Most texts hold none: one search decides. A plain rule ─────── alone is no table.)
  // (Native searches for the bars first, light and double: a class of scattered characters is a slow scan.)
  // (A heavy bar ┃ alone, without a light or double one, is not looked for.)
  if ((!source.includes("│") && !source.includes("║")) || !BOX_CORNER.test(source)) return;
  for (const m of source.matchAll(BOX_RULE_LINE)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: "" });
    chromeRanges.push([m.index, m.index + m[0].trimEnd().length]);
  }
  for (const m of source.matchAll(BOX_BARS)) out.push({ start: m.index, end: m.index + 1, text: "|" });
}
/** A grid's border line, ASCII or drawn (no line break). */
const ASCII_RULE = /^[ \t\u3000]*\+(?:[-=]{3,}\+)+[ \t\u3000]*$/;
const BOX_RULE = /^[ \t\u3000]*[├╞╟┌╒╔└╘╚┝┠][─━═┼┬┴┿╂╪╫╬╤╥╦╧╨╩]{3,}[┤╡╢┐╕╗┘╛╝┥┨][ \t\u3000]*$/;
/** A grid row's line of two cells, a label's and a value's (bars ASCII or drawn): the cells' insides in groups 1 and 2. */
const GRID_TWO_CELLS = /^[ \t\u3000]*[|│┃║]([^|│┃║\r\n]*)[|│┃║]([^|│┃║\r\n]*)[|│┃║][ \t\u3000]*$/;

/**
 * A grid table's row of a label and a value over several lines (pandoc's grid tables, a drawn form:
 * | 参加人员 | 车明轩、鄢红梅、…濮德海、 |⏎|          | 冉晓光 |): read as the labelled line it
 * stands for (参加人员：车明轩、…濮德海、冉晓光), the value's lines joined where the cell wrapped a full
 * line and kept apart where a line ended short of the cell's width or the next opens a numbered
 * item (1.西关片区雨污分流改造工程⏎会议同意…). Rows whose label goes on below are left to the
 * pipe-table readings.
 */
function gridRowEdits(source: string, out: Edit[], rule: RegExp): void {
  const lines = linesOf(source);
  let i = 0;
  while (i < lines.length) {
    if (!rule.test(source.slice(lines[i]!.start, lines[i]!.end))) {
      i++;
      continue;
    }
    // The row's lines up to the next rule line.
    let j = i + 1;
    while (j < lines.length && GRID_TWO_CELLS.test(source.slice(lines[j]!.start, lines[j]!.end))) j++;
    if (j < lines.length && j - i > 2 && rule.test(source.slice(lines[j]!.start, lines[j]!.end))) gridRow(source, lines.slice(i + 1, j), out);
    i = j;
  }
}

/** The edits of one grid row of two cells over `rows` (two lines or more). */
function gridRow(source: string, rows: Line[], out: Edit[]): void {
  const cells = rows.map((l) => {
    const m = GRID_TWO_CELLS.exec(source.slice(l.start, l.end))!;
    const valueFrom = l.start + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length + 1);
    return { label: m[1]!.trim(), labelAt: l.start + m[0].indexOf(m[1]!) + (m[1]!.length - m[1]!.trimStart().length), value: m[2]!.trim(), valueAt: valueFrom + (m[2]!.length - m[2]!.trimStart().length), width: columns(source, valueFrom, valueFrom + m[2]!.length) };
  });
  const first = cells[0]!;
  if (first.label === "" || first.value === "" || cells.slice(1).some((c) => c.label !== "")) return;
  const row = rows[0]!;
  out.push({ start: row.start, end: first.labelAt, text: "" });
  // (An agenda's or the decisions' label before its numbered items: the items stand under it, as in a tab row.)
  const label = first.label.replace(LABEL_COLON, "").replace(/[ \u3000]/g, "");
  const items = MARKER_AT_START.test(first.value) && (AGENDA_LABEL.test(label) || DECISIONS_CELL.test(label));
  out.push({ start: first.labelAt + first.label.length, end: first.valueAt, text: items ? "\n" : LABEL_COLON.test(first.label) ? "" : "：" });
  // (A line that fills the cell, within three full-width characters and its padding, was wrapped there.)
  // (Not one of names set apart by wide blanks, 县政协副主席  吕秀梅    县府办主任  沙建业: its line ends between two.)
  const full = (c: (typeof cells)[number]): boolean => columns(source, c.valueAt, c.valueAt + c.value.length) >= c.width - 8 && !WIDE_GAP_INSIDE.test(c.value);
  let before = first;
  for (const c of cells.slice(1)) {
    if (c.value === "") continue;
    const joined = full(before) && !MARKER_AT_START.test(c.value);
    out.push({ start: before.valueAt + before.value.length, end: c.valueAt, text: joined ? "" : "\n" });
    before = c;
  }
  const last = rows[rows.length - 1]!;
  out.push({ start: before.valueAt + before.value.length, end: last.end, text: "" });
}

/** Two blanks or more between two characters. */
const WIDE_GAP_INSIDE = /\S(?: {2,}|\u3000)\S/;
/** An ASCII table's border line, with its line break: +------+------+. */
const ASCII_RULE_LINE = /^[ \t\u3000]*\+(?:[-=]{3,}\+)+[ \t\u3000]*(?:\r?\n|\r|$)/gm;
/** A box-drawing corner or junction. */
const BOX_CORNER = /[┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪]/;
const BOX_BARS = /[│┃║]/g;
/** A rule line of a drawn table, with its line break: box characters and blanks only, a corner or junction among them. */
const BOX_RULE_LINE = /^[ \t\u3000]*(?=[─━═│┃║ \t\u3000]*[┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪])[─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪│┃║]+[ \t\u3000]*(?:\r?\n|\r|$)/gm;

/**
 * A bullet a page's list put before each label of its header (  • 索引号:⏎    6208230000/…), or a
 * repost put before each numbered item (◆（一）关于…), is read as a blank, one for one: the label
 * then starts its row as in any header, the marker its item.
 */
function bulletEdits(source: string, lines: Line[], out: Edit[]): void {
  if (BULLET_HINT.test(source)) for (const m of source.matchAll(BULLETED_LABEL)) out.push({ start: m.index + m[1]!.length, end: m.index + m[1]!.length + 1, text: " " });
  // Line by line, by the first character that is not a blank:
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const i = l.text;
    const c = source.charCodeAt(i);
    // (A header key alone after its bullet, its value after a bullet on the next line: • 索引号⏎• 11500238MB…;
    // both bullets as blanks, the key then reads its value below it.)
    if (c === 0x2022 || c === 0x25cf) {
      const key = simplifiedKey(source.slice(i + 1, l.end).replace(KEY_BLANKS, ""));
      const next = lines[k + 1];
      if (HEADER_KEY_SET.has(key) && next !== undefined && next.text < next.end && source.charCodeAt(next.text) === c) {
        out.push({ start: i, end: i + 1, text: " " }, { start: next.text, end: next.text + 1, text: " " });
        k++;
      }
      continue;
    }
    // (A page's markdown list writes a dash and a blank: - 索引号:006382451N/2022-0317008.)
    const marks = c === 0x2d || c === 0x2a ? DASHED_LABEL : c === 0x23 ? MARKDOWN_HEADING : (c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c <= 0x27bf) ? EMOJI_BEFORE_MARKER : null;
    if (marks === null) continue;
    // (Its label set in bold: - **会议时间**：…; the stars as blanks too.)
    if (marks === DASHED_LABEL) {
      BOLD_DASHED_LABEL.lastIndex = i;
      const bold = BOLD_DASHED_LABEL.exec(source);
      if (bold !== null) {
        const close = i + bold[0].length + bold[1]!.length;
        out.push({ start: i, end: i + bold[0].length, text: " ".repeat(bold[0].length) }, { start: close, end: close + 2, text: "  " });
        continue;
      }
    }
    marks.lastIndex = i;
    const m = marks.exec(source);
    // (A markdown heading's hashes, # 渌北区…纪要; an emoji a WeChat copy sets before each numbered
    // item, 🔸一、审议…: as many blanks.)
    if (m !== null) out.push({ start: i, end: i + m[0].length, text: " ".repeat(m[0].length) });
  }
}
/** A key's characters in Simplified form, as {@link HEADER_KEY_SET} holds them (索引號 → 索引号). */
function simplifiedKey(key: string): string {
  let out = "";
  for (const c of key) out += SIMPLIFIED_OF.get(c) ?? c;
  return out;
}
const SIMPLIFIED_OF = new Map(Object.entries(TRADITIONAL_OF).map(([simplified, traditional]) => [traditional, simplified]));
/** Blanks inside a spaced-out key or around it: 有 效 性. */
const KEY_BLANKS = /[ \t\u3000\u00a0]+/g;
/** A dash or star and a blank, before a short label and its colon (at a line's first character). */
const DASHED_LABEL = /[-*](?=[ \t]+[\u3400-\u9fff](?:[ \u3000]*[\u3400-\u9fff]){1,7}[ \u3000]*[:：])/y;
/** A dash or star, a blank and two stars, before a short label in bold (its text in group 1) and its colon: - **会议时间**：. */
const BOLD_DASHED_LABEL = /[-*][ \t]+\*\*(?=([\u3400-\u9fff](?:[ \u3000]*[\u3400-\u9fff]){1,7})\*\*[ \u3000]*[:：])/y;
/** Emoji before a numbering marker or a list's label: 🔸一、, ▶️（一）, 👥出　席：, 📮分送：. */
const EMOJI_BEFORE_MARKER = /(?:[\u{1F300}-\u{1FAFF}\u2600-\u27BF]\uFE0F?[ \t\u3000]*)+(?=[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、](?![0-9])|(?:[出列缺][ \u3000]*席|[请請][ \u3000]*假|[分抄][ \u3000]*送|[应應]邀[出列]席|[参參]加人[员員]|[参參][会會]人[员員])[^，,。\r\n]{0,16}[：:])/uy;
/** A markdown heading's hashes and the blank after them, before CJK text or a numbered heading (### 1. 关于…). */
const MARKDOWN_HEADING = /#{1,6}[ \t]+(?=[\u3400-\u9fff【（(]|[0-9]{1,2}[.．、][ \t]*[\u3400-\u9fff])/y;
const BULLET_HINT = /[•●▪◆■·▍▌▎]/;
/** A bullet at the start of a line, before a short label and its colon, or before a numbering marker (◆（一）关于…, a WeChat heading's ▍一、…). */
const BULLETED_LABEL = /^([ \t\u3000]*)[•●▪◆■·▍▌▎](?=[ \t\u3000]*(?:[\u3400-\u9fff](?:[ \u3000]*[\u3400-\u9fff]){1,7}[ \u3000]*[:：]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、))/gm;
/** Whether a text holds a zero-width space or joiner. */
const ZERO_WIDTH_HINT = /[\u200b-\u200d\u2060]/;
/** Whether a text holds a no-break space, or a zero-width one. */
const ODD_BLANK = /[\u00a0\u200b-\u200d\u2060]/;
const ZERO_WIDTH = /[\u200b-\u200d\u2060]+/g;

/** The words a breadcrumb opens with: 当前位置, 您现在的位置 … (a regex alternation). */
const TRAIL_WORDS = "当前位置|當前位置|您的位置|您现在的位置|您当前的位置|您现在所在的位置";
/** A page's breadcrumb trail (当前位置：首页>政府信息公开>…): as wide as the page at times, never cut. */
const TRAIL_LINE = new RegExp(`^[ \\t\\u3000\\u00a0]*(?:${TRAIL_WORDS})|[>＞»›][^>＞»›]{1,24}[>＞»›]`);

/** A tag that ends a table cell. */
const CELL_END = /^<\/t[dh]\b/i;
/** A tag that ends a block: `</p>`, `</div>`, `<br>` … */
const BLOCK_END = /^<(?:\/(?:p|div|tr|table|tbody|section|article|center|h[1-6]|li|ul|ol|blockquote|header|footer)|br|hr)\b/i;

function tagEdits(source: string, out: Edit[], chromeRanges: [number, number][]): void {
  if (!source.includes("<")) return;
  // Elements that hold no text of the page (<title>…_site</title>, scripts, styles, comments)
  // are left out whole, and kept as the page's chrome. (Pushed first: they win over their tags.)
  if (WHOLE_ELEMENT_HINT.test(source)) {
    for (const m of source.matchAll(WHOLE_ELEMENT)) {
      out.push({ start: m.index, end: m.index + m[0].length, text: "" });
      chromeRanges.push([m.index, m.index + m[0].length]);
    }
  }
  // Tags are removed. A tag that ends a block where text goes on in the same line (a page
  // scraped onto one line: …纪要</p><p>2024年…) is read as a line break: the first of a run of
  // such tags (…纪要</p></div><p>&nbsp;</p><p>2024年…); the line after it owns them all (see the
  // build context's startAt). Each stretch of text is looked at once or twice: linear.
  let previousEnd = 0;
  let lineHasText = false;
  let inRun = false;
  const ahead = { from: -1, to: -1, text: false };
  for (const m of source.matchAll(TAG)) {
    const end = m.index + m[0].length;
    const gap = source.slice(previousEnd, m.index);
    const lineBreak = Math.max(gap.lastIndexOf("\n"), gap.lastIndexOf("\r"));
    const gapHasText = hasText(lineBreak >= 0 ? gap.slice(lineBreak + 1) : gap);
    lineHasText = lineBreak >= 0 ? gapHasText : lineHasText || gapHasText;
    inRun = inRun && lineBreak < 0 && !gapHasText;
    const breaks = !inRun && lineHasText && BLOCK_END.test(m[0]) && textAhead(source, end, ahead);
    if (breaks) {
      inRun = true;
      lineHasText = false;
    }
    // (A table cell's end reads as a blank between its text and the next cell's: <td>索引号</td><td>3305…;
    // as a colon after a form's label: <td>出席人员</td><td>蔡&nbsp;&nbsp;磊、….)
    out.push({ start: m.index, end, text: breaks ? "\n" : CELL_END.test(m[0]) ? (FORM_LABEL.test(cellText(gap)) ? "：" : "\t") : "" });
    previousEnd = end;
  }
}

/** An element whose content is no text of the page: <title>, <script>, <style>, a comment. */
const WHOLE_ELEMENT = /<(title|script|style)\b[^<>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const WHOLE_ELEMENT_HINT = /<(?:title|script|style|!--)/i;

/** The text of a table cell as written between its tags, entities read as blanks, trimmed. */
function cellText(gap: string): string {
  return gap.length > 48 ? "" : gap.replace(/&(?:nbsp|ensp|emsp|#160|#12288);/g, " ").replace(/[ \t\u00a0\u3000]+/g, " ").trim();
}

/** Tags, entities and blanks: what is no text of a scraped line. */
const NOT_TEXT = /<[^<>\r\n]*>|&#?[a-zA-Z0-9]{1,8};|[\s\u00a0\u3000]/g;
/** A run of tags, entities and blanks within a line. */
const NO_TEXT_RUN = /(?:<[^<>\r\n]*>|&#?[a-zA-Z0-9]{1,8};|[ \t\u00a0\u3000])*/y;

/** Where the run of tags, entities and blanks that starts at `from` ends (within its line). */
export function markupRunEnd(source: string, from: number): number {
  NO_TEXT_RUN.lastIndex = from;
  NO_TEXT_RUN.exec(source);
  return NO_TEXT_RUN.lastIndex;
}

/** Whether `s` holds text besides tags, entities and blanks. */
function hasText(s: string): boolean {
  return s.replace(NOT_TEXT, "").length > 0;
}

/** Whether text follows `from` on its line (`memo` keeps the last answer's stretch). */
function textAhead(source: string, from: number, memo: { from: number; to: number; text: boolean }): boolean {
  if (from >= memo.from && from <= memo.to) return memo.text;
  const to = markupRunEnd(source, from);
  const c = source.charCodeAt(to);
  memo.from = from;
  memo.to = to;
  memo.text = to < source.length && c !== 0x0a && c !== 0x0d;
  return memo.text;
}

// ── Meeting forms copied as tables: | 会议时间 | 2025年5月20日上午 | ─────────────────────────────

/** The label of a row of a meeting form (时间, 地点, 主持人, 参会人员, 列席, 请假, 记录人, 会议议题, 议定事项…). */
const FORM_LABEL = /^(?:[会會][ \u3000\u00a0]*[议議][ \u3000\u00a0]*(?:名[ \u3000\u00a0]*[称稱]|[议議][ \u3000\u00a0]*[题題]|[内內][ \u3000\u00a0]*容)$|(?:[会會][ \u3000\u00a0]*[议議][ \u3000\u00a0]*)?[议議][ \u3000\u00a0]*定[ \u3000\u00a0]*事[ \u3000\u00a0]*[项項]$|(?:[会會][ \u3000\u00a0]*[议議][ \u3000\u00a0]*)?(?:[时時][ \u3000\u00a0]*[间間]|日[ \u3000\u00a0]*期|地[ \u3000\u00a0]*[点點]|主[ \u3000\u00a0]*持(?:[ \u3000\u00a0]*人)?|[记記][ \u3000\u00a0]*[录錄](?:[ \u3000\u00a0]*人(?:[ \u3000\u00a0]*[员員])?)?|[分抄][ \u3000\u00a0]*送|出[ \u3000\u00a0]*席(?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?|[参參][ \u3000\u00a0]*[会會加](?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?|列[ \u3000\u00a0]*席(?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?|(?:因[公事病])?[请請][ \u3000\u00a0]*假(?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?|(?:因[公事病])?缺[ \u3000\u00a0]*席(?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?)$|^(?:[应應]邀|特邀)(?:出席|列席|[参參]加)(?:[会會][议議])?(?:[人][员員]|的[^|｜：:]{1,16})?$)/;
/** The label of a form's agenda cell: 会议议题, 主要议题, 议题. */
const AGENDA_LABEL = /^(?:[会會][ \u3000\u00a0]*[议議][ \u3000\u00a0]*|主[ \u3000\u00a0]*要[ \u3000\u00a0]*)?[议議][ \u3000\u00a0]*[题題]$/;
/** A form's label of what was decided: 议定事项, 会议议定事项, 会议决定, 会议内容. */
const DECISIONS_CELL = /^(?:[会會][议議])?[议議]定事[项項]$|^[会會][议議](?:[内內]容|[决決]定)$/;
/** A numbering marker opening a cell: 1., 一、, （一）. */
const MARKER_AT_START = /^(?:[0-9]{1,2}[.．、](?![0-9])|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[）)])/;
/** A row of a form whose cells are separated by tabs: 会议时间<TAB>2025年2月20日下午. */
const TAB_ROW = /^[ \u3000\u00a0]*([^\t\r\n]{2,48}?)[ \u3000\u00a0]*\t+(?=[^\t\r\n])/;
/** A later label cell of a tab row, between tabs: <TAB>地点<TAB> (the tabs after it looked at, not taken: the cell before a label may be a value, <TAB>局长<TAB>记录人<TAB>). */
const LATER_TAB_CELL = /(\t+)([^\t\r\n]{2,12}?)[ \u3000\u00a0]*(?=(\t+)[^\t\r\n])/g;
/** A later cell of a tab row with its label and colon: <TAB>编号：…. */
const LATER_LABELLED_CELL = /(\t+)[ \u3000]*([^\t\r\n：:]{2,8}?)[ \u3000]*[：:]/g;
/** The label of a form's document number: 编号, 文号, 发文字号, 文件编号. */
const NUMBER_LABEL = /^(?:[编編][号號]|文[号號]|[发發]文字[号號]|文件[编編][号號])$/;
/** A row of a form printed in columns, label and value set apart by blanks: 会议时间        2024年3月6日上午. */
const BLANK_ROW = /^[ \u3000\u00a0]*(\S(?:[ \u3000]?\S){1,8})[ \u3000\u00a0]{3,}(?=\S)/;
/** The first characters of such a label: 会, 議, 决 …. */
const DECISIONS_FIRST = new Set([..."会會议議决決"].map((c) => c.charCodeAt(0)));
/** The label of a form's decisions (or its 会议内容), its first numbered item after it on the line (the blanks between in group 1). */
const DECISIONS_THEN_ITEM = /^[ \t\u3000]*(?:[会會][议議])?(?:[议議]定事[项項]|[决決]定事[项項]|[会會][议議][决決]定|[会會][议議][内內]容)[ \u3000]*[：:]([ \t\u3000]*)(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[、．.](?![0-9]))/;
/** A row whose label stands two blanks before its value (主 持 人  镇党委书记 孔令杰). */
const NARROW_BLANK_ROW = /^[ \u3000\u00a0]*(\S(?:[ \u3000]?\S){1,8})[ \u3000\u00a0]{2}(?=[^\s\u3000\u00a0])/;
/** Whether a text may hold such rows: a form's label's last word, two blanks, then a value (one search, no line anchor). */
const NARROW_LABEL_HINT = /(?:[时時][间間]|地[点點]|持[ \u3000]?人|[人][员員]|[出列缺][ \u3000]?席)[ \u3000\u00a0]{2}[^\s\u3000\u00a0]/;
/** A list's label one U+3000 before its names, which U+3000 separates too: 出席　包立新　严志强, 请假　汤海生. */
const LIST_LABEL_ONE_GAP = /^[ \t\u3000]*((?:[出列缺]席|[请請]假))\u3000(?=[\u3400-\u9fff]{1,4}(?:\u3000|\r?$))/;
/** Whether a text may hold such rows (one search, no line anchor). */
const LIST_LABEL_ONE_GAP_HINT = /(?:[出列缺]席|[请請]假)\u3000[\u3400-\u9fff]{1,4}(?:\u3000|\r?\n)/;
/** A row whose two-character label is spaced out widely, then the gap before its value: 请    假      时俊杰. */
const WIDE_LABEL_ROW = /^[ \u3000\u00a0]*([\u3400-\u9fff][ \u3000]{2,6}[\u3400-\u9fff])[ \u3000\u00a0]{3,}(?=\S)/;
/** A fact's labelled line whose value may wrap: 会议时间：…, 时　间：…, 会议地点：…. */
const LABELLED_FACT = /^[ \t\u3000]*(?:[会會][议議])?(?:[时時][ \u3000]*[间間]|日[ \u3000]*期|地[ \u3000]*[点點])[ \u3000]*[：:]\S/;
/** A fact's label and its colon somewhere: a text whose facts' values may wrap. */
const FACT_HINT = /(?:[时時][间間]|地[点點])[ \u3000]*[：:]/;
/** The rest of a value on the next line, set in under it by four blanks or more, short, no colon but a clock's (3:00): the blanks, then the rest. */
const VALUE_UNDER = /^([ \t\u3000]{4,})([^ \t\u3000：:](?:[^：:\r\n]|(?<=[0-9]):(?=[0-9])){0,15})\r?$/;
/** A wide gap inside a line: a text that may hold such rows. */
const WIDE_BLANK = /\S[ \u3000\u00a0]{3}/;
/** The rest of a table cell on the next line, then the row's closing pipe: 文涛，…应邀列席|. */
const CELL_REST = /^([^|｜\r\n]+?)[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*\r?$/;
/** A markdown table's rule row: | --- | :---: |. */
const TABLE_RULE_ROW = /^[ \t\u3000\u00a0]*[|｜](?:[ \t\u3000\u00a0]*:?-{3,}:?[ \t\u3000\u00a0]*[|｜])+[ \t\u3000\u00a0]*$/;
/** A table row of three or more cells, the first a label's: | 出席： | 卜志勇 | 米　红 |. */
const CELLS_ROW = /^[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*([^|｜\r\n]+?)[ \t\u3000\u00a0]*[|｜](?:[^|｜\r\n]*[|｜]){2,}[ \t\u3000\u00a0]*$/;
/** A colon after a cell's label. */
const LABEL_COLON = /[：:]$/;
/** A cell between pipes (its content, maybe empty). */
const CELL = /[|｜]([^|｜\r\n]*)(?=[|｜])/g;

/**
 * A form's row of several cells read as a labelled list: the pipe before the label's cell goes,
 * the one after it reads as a colon (unless the label has one), those between names as 、, and
 * empty cells and the last pipe as nothing.
 */
function cellsRowEdits(start: number, line: string, out: Edit[]): boolean {
  const cells: { at: number; end: number; text: string }[] = [];
  for (const c of line.matchAll(CELL)) {
    const text = c[1]!.trim();
    const at = c.index + 1 + c[1]!.indexOf(text);
    cells.push({ at, end: at + text.length, text });
  }
  const filled = cells.filter((c) => c.text !== "");
  // (A row that goes on under an empty label cell: one name and its title, |　|晁立新|常务副县长|.)
  if (cells[0]!.text === "") {
    // (Or the rest of the list above in one cell: |　| 景雅琴 副市长 霍志鹏 副市长 |　|.)
    if (filled.length !== 1 && !isNameTitlePair(filled)) return false;
    out.push({ start, end: start + filled[0]!.at, text: "" });
    if (filled.length === 2) out.push({ start: start + filled[0]!.end, end: start + filled[1]!.at, text: "\u3000\u3000" });
    out.push({ start: start + filled[filled.length - 1]!.end, end: start + line.length, text: "" });
    return true;
  }
  if (filled.length < 2) return false;
  const [label, ...values] = filled;
  const colon = (cell: { text: string }): string => (LABEL_COLON.test(cell.text) ? "" : "：");
  out.push({ start, end: start + label!.at, text: "" });
  out.push({ start: start + label!.end, end: start + values[0]!.at, text: colon(label!) });
  // (A name and its title in cells of their own, |出席人员|芮思源|县长|, read as a list's row
  // in columns: the name, wide blanks, the title.)
  // (Up to a second label on the row: | 主持人 | 范永生 | 局长 | 记录人 | 蒋丽 |.)
  const secondLabel = values.findIndex((v, i) => i > 0 && i + 1 < values.length && isLabelCell(v.text));
  const pair = isNameTitlePair(secondLabel > 0 ? values.slice(0, secondLabel) : values);
  for (let i = 1; i < values.length; i++) {
    const [before, cell] = [values[i - 1]!, values[i]!];
    // (A second label and its value on the row, | 时 间 | … | 地 点 | … |, start a row of their own.)
    const text = isLabelCell(cell.text) && i + 1 < values.length ? "\n" : isLabelCell(before.text) && i > 1 ? colon(before) : pair && (secondLabel < 0 || i < secondLabel) ? "\u3000\u3000" : "、";
    out.push({ start: start + before.end, end: start + cell.at, text });
  }
  out.push({ start: start + values[values.length - 1]!.end, end: start + line.length, text: "" });
  return true;
}

/** A cell that holds a name, padded or not: 芮思源, 米　岚. */
const NAME_CELL = /^[\u3400-\u9fff](?:[ \u3000]{0,3}[\u3400-\u9fff]){1,3}$/;
/** A cell that holds a title (a note after it allowed): 常务副县长, 副县长（在省委党校学习）. */
const TITLE_CELL = /(?:主任|[长長]|[书書][记記]|委[员員]|主席|成[员員]|秘[书書]|[经經]理|[调調]研[员員]|巡[视視][员員])(?:[（(][^（()）]{1,20}[）)])?$/;

/** Whether two value cells are one person's name and title. */
function isNameTitlePair(values: readonly { text: string }[]): boolean {
  return values.length === 2 && NAME_CELL.test(values[0]!.text) && !TITLE_CELL.test(values[0]!.text) && TITLE_CELL.test(values[1]!.text);
}

/** A table row of two cells: a label and its value. */
const FORM_ROW = /^[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*([^|｜\r\n]*?)[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*([^|｜\r\n]*?)[ \t\u3000\u00a0]*[|｜]?[ \t\u3000\u00a0]*$/;

/** A line that is only a label of a meeting's form, without its colon: 出席人员, 列　　席. */
const LABEL_ALONE = /^[ \t\u3000\u00a0]*([\u3400-\u9fff][\u3400-\u9fff \u3000\u00a0]{0,8}[\u3400-\u9fff])[ \t\u3000\u00a0]*([：:]?)[ \t\u3000\u00a0]*$/m;
/** Whether a text may hold such a line (one search before the line by line reading). */
const LABEL_ALONE_HINT = /^[ \t\u3000\u00a0]*(?:(?:出|列|[请請]|缺)[ \u3000\u00a0]*(?:席|假)|[参參][ \u3000\u00a0]*(?:[会會]|加)|主[ \u3000\u00a0]*持|[记記][ \u3000\u00a0]*[录錄]|[会會][ \u3000\u00a0]*[议議][ \u3000\u00a0]*(?:[时時][ \u3000\u00a0]*[间間]|地[ \u3000\u00a0]*[点點]|名[ \u3000\u00a0]*[称稱])|[时時][ \u3000\u00a0]*[间間]|地[ \u3000\u00a0]*[点點]|日[ \u3000\u00a0]*期)(?:[ \u3000\u00a0]*人(?:[ \u3000\u00a0]*[员員])?)?[ \t\u3000\u00a0]*[：:]?[ \t\u3000\u00a0]*\r?$/m;
const NOT_BLANK_LINE = /[^\s\u3000\u00a0]/;
/** The label of a meeting's fact (not of a list of people): 时间, 地点, 主持人, 记录. */
const FACT_LABEL = /^(?:[会會][ \u3000\u00a0]*[议議][ \u3000\u00a0]*)?(?:[时時][ \u3000\u00a0]*[间間]|地[ \u3000\u00a0]*[点點]|日[ \u3000\u00a0]*期|主[ \u3000\u00a0]*持(?:[ \u3000\u00a0]*人)?|[记記][ \u3000\u00a0]*[录錄](?:[ \u3000\u00a0]*人)?|名[ \u3000\u00a0]*[称稱])$/;

/**
 * Rows of a meeting form copied as a table (`| 会议时间 | 2025年5月20日上午 |`) are read as the
 * labelled lines they stand for (`会议时间：2025年5月20日上午`): the pipes around the cells are read
 * as nothing, the one between label and value as a colon (a cell wrapped onto the next line is
 * joined). So are rows whose cells are separated by tabs (`会议时间<TAB>…`) or by wide blanks (a
 * form printed in columns), and a label alone on its line above its value (`出席人员⏎韦建明、…`,
 * a fact's value wrapped in two read whole).
 */
function formRowEdits(source: string, out: Edit[]): void {
  const pipes = source.includes("|") || source.includes("｜");
  const tabs = source.includes("\t");
  const columns = WIDE_BLANK.test(source);
  const facts = FACT_HINT.test(source);
  // (Or by two blanks only, where a form's label opens a line so: 会议时间  2024年4月15日上午8:30.)
  const narrow = NARROW_LABEL_HINT.test(source);
  // (Or by one U+3000 before names that U+3000 separates: 出席　包立新　严志强.)
  const oneGap = LIST_LABEL_ONE_GAP_HINT.test(source);
  if (!pipes && !tabs && !columns && !facts && !narrow && !oneGap && !LABEL_ALONE_HINT.test(source)) return;
  const table: TableState = { formRowAbove: false, previousRow: null, readTo: 0 };
  for (let start = 0; start < source.length; ) {
    const nl = source.indexOf("\n", start);
    const end = nl < 0 ? source.length : nl > start && source.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const line = source.slice(start, end);
    // 会议时间<TAB>…: the tabs after the label read as a colon (the cells after it keep theirs).
    const t = tabs ? TAB_ROW.exec(line) : null;
    // (A bare 议题 is a form's label only before its numbered items.)
    // (Its items may stand in a quoted cell: 会议议题<TAB>"1.研究…⏎2.审议…".)
    const numbered = t !== null && MARKER_AT_START.test(line.charCodeAt(t[0].length) === 0x22 ? line.slice(t[0].length + 1) : line.slice(t[0].length));
    // (Its colon may stand before the tab: 议题：<TAB>1、….)
    const tabLabel = t === null ? "" : t[1]!.replace(LABEL_COLON, "");
    if (t !== null && (FORM_LABEL.test(tabLabel) || (numbered && AGENDA_LABEL.test(tabLabel)))) {
      const labelEnd = start + line.indexOf(t[1]!) + t[1]!.length;
      // (An agenda's or the decisions' label before its numbered items, 会议议题<TAB>1.研究…⏎<TAB>2.审议…,
      // 议定事项<TAB>（一）…: the items stand under the label, as a form's cell lists them.)
      const items = numbered && (AGENDA_LABEL.test(tabLabel) || DECISIONS_CELL.test(tabLabel));
      // (The colon may come after the tab itself: 出    席<TAB>：葛文涛/….)
      const colonAfter = /^[：:]/.test(line.slice(t[0].length)) || tabLabel !== t[1];
      out.push({ start: labelEnd, end: start + t[0].length, text: items ? "\n" : colonAfter ? "" : "：" });
      // (Two rows of a form on one line: 时间<TAB>…<TAB>地点<TAB>… — the second starts a line of its own.)
      for (const c of line.slice(t[0].length).matchAll(LATER_TAB_CELL)) {
        if (!FORM_LABEL.test(c[2]!)) continue;
        const at = start + t[0].length + c.index;
        out.push({ start: at, end: at + c[1]!.length, text: "\n" });
        out.push({ start: at + c[1]!.length + c[2]!.length, end: at + c[0].length + c[3]!.length, text: "：" });
      }
    }
    // (A later cell with its label and colon, 填表日期：…<TAB><TAB>编号：新政纪〔2025〕4号: a row of its own.)
    if (tabs && line.includes("\t")) {
      for (const c of line.matchAll(LATER_LABELLED_CELL)) {
        if (c.index === 0 || (!FORM_LABEL.test(c[2]!) && !NUMBER_LABEL.test(c[2]!))) continue;
        out.push({ start: start + c.index, end: start + c.index + c[1]!.length, text: "\n" });
      }
    }
    // 议定事项：一、关于…: the decisions' label before its first item, which opens a line of its own.
    const d = (facts || columns) && DECISIONS_FIRST.has(line.charCodeAt(skipIndent(line, 0))) ? DECISIONS_THEN_ITEM.exec(line) : null;
    if (d !== null) out.push({ start: start + d[0].length - d[1]!.length, end: start + d[0].length, text: "\n" });
    // 会议时间        …: the blanks after the label of a form printed in columns read as a colon.
    // (A two-character label may be spaced out as wide as the gap after it: 请    假      时俊杰.)
    let b = columns && t === null ? BLANK_ROW.exec(line) : null;
    if (narrow && t === null && (b === null || !FORM_LABEL.test(b[1]!))) b = NARROW_BLANK_ROW.exec(line);
    if (columns && t === null && (b === null || !FORM_LABEL.test(b[1]!))) b = WIDE_LABEL_ROW.exec(line);
    if (b !== null && FORM_LABEL.test(b[1]!)) {
      const labelEnd = start + line.indexOf(b[1]!) + b[1]!.length;
      out.push({ start: labelEnd, end: start + b[0].length, text: "：" });
    }
    const g = oneGap && b === null ? LIST_LABEL_ONE_GAP.exec(line) : null;
    if (g !== null) out.push({ start: start + g[0].length - 1, end: start + g[0].length, text: "：" });
    // 出席人员⏎韦建明、…: a label alone on its line (a table cell flattened), its value on the next.
    const alone = LABEL_ALONE.exec(line);
    // (Or with its colon, the value on the next line, indented: 时间：⏎    2024年9月10日下午. A list's
    // label with its colon already reads its names below it.)
    const colon = alone !== null && alone[2] !== "";
    // (Not one whose colon opens the next line: 抄送⏎：市委办公室…, read with it on one line.)
    if (alone !== null && FORM_LABEL.test(alone[1]!) && nl >= 0 && (!colon || FACT_LABEL.test(alone[1]!)) && !COLON_AT.test(source.charAt(skipIndent(source, nl + 1))) && valueBelow(source, nl, FACT_LABEL.test(alone[1]!))) {
      const labelEnd = start + alone.index + (colon ? alone[0].indexOf(alone[1]!) + alone[1]!.length : alone[0].trimEnd().length);
      // (A label spaced out as wide as its cell is read without its blanks: 会 议 时 间⏎2023年9月14日下午.)
      if (INNER_BLANK.test(alone[1]!)) letterBlankEdits(start + alone.index + alone[0].indexOf(alone[1]!), alone[1]!, out);
      // (A fact's label, 时间 or 主持人, takes its value onto its line: 时间：二〇二二年四月八日下午. A
      // list's label keeps its names below it, as lists write them.)
      if (FACT_LABEL.test(alone[1]!)) {
        const valueAt = skipIndent(source, nl + 1);
        out.push({ start: labelEnd, end: valueAt, text: "：" });
        // (A value the cell wrapped onto a second line, the next label after it, is read whole:
        // 会议时间⏎2022年6月16日⏎下午⏎会议地点.)
        const rest = valueRest(source, valueAt);
        if (rest !== null) out.push(rest);
      } else {
        out.push({ start: labelEnd, end: labelEnd, text: "：" });
        nameTitleLineEdits(source, nl, out);
      }
    }
    // 会议时间：2024年9月27日（星期五）⏎          下午3:00: a fact's value wrapped under itself goes on.
    if (facts && nl >= 0 && LABELLED_FACT.test(line)) {
      const rest = VALUE_UNDER.exec(lineFrom(source, nl + 1));
      if (rest !== null && !isFormLabelLine(rest[2]!.trim())) out.push({ start: end, end: nl + 1 + rest[1]!.length, text: "" });
    }
    if (pipes) pipeRowEdits(source, { start, end, nl, line }, table, out);
    if (nl < 0) break;
    start = nl + 1;
  }
}

/** What the reading of a form's pipe table remembers from the line above. */
interface TableState {
  /** Whether the line above was a form's row: a row with an empty label cell goes on with it. */
  formRowAbove: boolean;
  /** The pipe row above, as the edit that leaves it out (a row of column heads over a rule row). */
  previousRow: Edit | null;
  /** Where the rows already read with a row of labels above them end (see {@link columnHeadsEdits}). */
  readTo: number;
}

/** A table row of one cell: the pipe before it (group 1), its text (2), the pipe after it (3). */
const SINGLE_CELL_ROW = /^([ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*)([^|｜\r\n]*?)([ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*)$/;
/** A rule row of a table of one column: | --- |. */
const ONE_COLUMN_RULE = /^[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*:?-{3,}:?[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*$/;

/** Whether the line at `at` is a row of a table of one column (a cell's row or its rule row). */
function oneColumnRowAt(source: string, at: number): boolean {
  if (at <= 0 || at >= source.length) return false;
  const row = lineFrom(source, at).replace(/\r$/, "");
  const m = SINGLE_CELL_ROW.exec(row);
  return (m !== null && m[2] !== "") || ONE_COLUMN_RULE.test(row);
}

/** The start of the line before the one that starts at `start`. */
function lineStartBefore(source: string, start: number): number {
  const nl = source.lastIndexOf("\n", start - 2);
  return nl + 1;
}

/** A cell of a table row: its text and where it stands. */
interface Cell {
  text: string;
  start: number;
  end: number;
}

/** The cells of a row split by pipes (`line` starts at `at`), blanks around each left out; the empty ends outside outer pipes dropped. */
function cellsOf(line: string, at: number): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (i < line.length && c !== "|" && c !== "｜") continue;
    let a = from;
    let b = i;
    while (a < b && isBlankChar(line.charCodeAt(a))) a++;
    while (b > a && isBlankChar(line.charCodeAt(b - 1))) b--;
    cells.push({ text: line.slice(a, b), start: at + a, end: at + b });
    from = i + 1;
  }
  if (cells.length > 0 && cells[0]!.text === "" && /^[ \t\u3000\u00a0]*[|｜]/.test(line)) cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]!.text === "" && /[|｜][ \t\u3000\u00a0\r]*$/.test(line)) cells.pop();
  return cells;
}

/** A table row holding one cell's text after empty cells (| | | | 公室 |): where a cell wrapped. */
const WRAPPED_CELL_ROW = /^[ \t\u3000]*[|｜](?:[ \t\u3000]*[|｜])+[ \t\u3000]*[^|｜\s]/m;

/**
 * A header table's cell wrapped onto a row of its own, the other cells empty (| 发布机构 | 汀岚县人民政府办 |⏎
 * | | | | 公室 |): the rest read with the cell above, where that is its row's last.
 */
function wrappedCellEdits(source: string, out: Edit[]): void {
  const emptyCells = WRAPPED_CELL_ROW.test(source);
  const openRows = OPEN_ROW_HINT.test(source);
  if (!emptyCells && !openRows) return;
  let above: { cells: Cell[]; key: boolean } | null = null;
  let previous = "";
  for (let start = 0; start < source.length; ) {
    const nl = source.indexOf("\n", start);
    const end = nl < 0 ? source.length : nl;
    const line = source.slice(start, end);
    // (Or a header row whose last cell runs on to the next line, its closing pipe there:
    // | 发布机构： | 台州市黄岩区人民⏎政府 |.)
    if (openRows && OPEN_HEADER_ROW.test(previous) && CELL_REST.test(line) && !line.includes("：") && !line.includes(":")) {
      const cut = start - (source.charCodeAt(start - 2) === 13 ? 2 : 1);
      let from = cut;
      while (from > 0 && isBlankChar(source.charCodeAt(from - 1))) from--;
      let to = start;
      while (to < end && isBlankChar(source.charCodeAt(to))) to++;
      out.push({ start: from, end: to, text: "" });
      previous = "";
      above = null;
      if (nl < 0) break;
      start = nl + 1;
      continue;
    }
    previous = line;
    const cells = /^[ \t\u3000]*[|｜]/.test(line) ? cellsOf(line, start) : [];
    const filled = cells.filter((c) => c.text !== "");
    const k = filled.length === 1 ? cells.indexOf(filled[0]!) : -1;
    if (above !== null && above.key && k > 0 && cells.length === above.cells.length && above.cells[k]!.text !== "" && above.cells.slice(k + 1).every((c) => c.text === "") && HAN_AT.test(filled[0]!.text)) {
      out.push({ start: above.cells[k]!.end, end: filled[0]!.start, text: "" });
      above = null;
    } else above = cells.length >= 2 ? { cells, key: cells.some((c) => HEADER_KEY_CELL.test(c.text.replace(LABEL_COLON, ""))) } : null;
    if (nl < 0) break;
    start = nl + 1;
  }
}
const HAN_AT = /^[\u3400-\u9fff]/;
/** A header row of pipes whose last cell is left open at the line's end: …| 发布机构： | 台州市黄岩区人民. */
const OPEN_HEADER_ROW = /[：:][ \t\u3000]*[|｜](?:[^|｜\r\n]*[|｜])*[ \t\u3000]*[^|｜\s][^|｜\r\n]*$/;
/** A hint of one: a pipe, text, a line end and no pipe before it. */
const OPEN_ROW_HINT = /[|｜][ \t\u3000]*[^|｜\s][^|｜\r\n]*\r?\n[^|｜\r\n]+[|｜][ \t\u3000]*\r?$/m;

/** Leaves a whole line out of what the grammar reads (its line break too), as the page's chrome. */
function leaveOut(line: Pick<Line, "start" | "end" | "next">, out: Edit[], chromeRanges: [number, number][]): void {
  out.push({ start: line.start, end: line.next, text: "" });
  chromeRanges.push([line.start, line.end]);
}

/** A blank of the layout (or a carriage return). */
function isBlankChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0d;
}

/** A row that may be one of labels: a short label in its first cell (one search before the cells are cut). */
const HEADS_HINT = /^[ \t\u3000]*[|｜]?[ \t\u3000]*[\u3400-\u9fff][\u3400-\u9fff \u3000]{1,8}[|｜]/;
/** The fewest columns of a row of labels over a row of values, without a rule row between. */
const MIN_HEAD_COLUMNS = 3;

/**
 * A row of labels over a row of values, a rule row maybe between (`| 时间 | 地点 | 主持人 |` ⏎
 * `| --- | --- | --- |` ⏎ `| 2024年4月26日上午 | 县政府二楼会议室 | 欧阳剑 |`; 信息名称 | 生成日期 ⏎ …纪要 |
 * 2021-03-12): the values read as rows of their own, each after its label and a colon (written
 * where the value starts), the labels' row and the rule row left out. Returns where the rows read
 * end, or -1 where `line` (at `start`, the next line at `next`) opens no such rows.
 */
function columnHeadsEdits(source: string, start: number, line: string, next: number, out: Edit[]): number {
  if (!HEADS_HINT.test(line)) return -1;
  const heads = cellsOf(line, start);
  let at = next;
  let row = lineFrom(source, at);
  const rule = TABLE_RULE_ROW.test(row.replace(/\r$/, "")) ? { start: at, end: Math.min(source.length, at + row.length + 1) } : null;
  // (Two columns will do under a rule row, which tells a row of heads: | 出席人员 | 列席人员 | ⏎ | --- | --- |.)
  if (heads.length < (rule !== null ? 2 : MIN_HEAD_COLUMNS) || !heads.every((h) => h.text !== "" && (isLabelCell(h.text) || HEADER_KEY_CELL.test(h.text)))) return -1;
  if (rule !== null) {
    at = rule.end;
    row = lineFrom(source, at);
  }
  const cells = cellsOf(row.replace(/\r$/, ""), at);
  if (cells.length !== heads.length || cells[0]!.text === "" || isLabelCell(cells[0]!.text) || HEADER_KEY_CELL.test(cells[0]!.text)) return -1;
  // (Not a list of many records under its heads, an index page's table of minutes: one row only.)
  const rowEnd = at + row.replace(/\r$/, "").length;
  const below = rowEnd < source.length ? cellsOf(lineFrom(source, at + row.length + 1).replace(/\r$/, ""), 0) : [];
  // (Another row of labels below starts another such pair: | 文号 | 公开方式 | … | under the first pair's values.)
  if (below.length === heads.length && !isLabelCell(below[0]!.text) && !HEADER_KEY_CELL.test(below[0]!.text)) return -1;
  const filled = cells.map((c, i) => ({ c, head: heads[i]!.text })).filter(({ c }) => c.text !== "");
  out.push({ start, end: next, text: "" });
  if (rule !== null) out.push({ start: rule.start, end: rule.end, text: "" });
  valuesAfterLabels(at, filled, out);
  out.push({ start: filled[filled.length - 1]!.c.end, end: rowEnd, text: "" });
  return rowEnd;
}

/**
 * The edits that read a row of values (starting at `rowStart`) as rows of their own, each value
 * after its label and a colon: the text before the first value and between two values is
 * replaced (a line break before each later one). The label is written where its value starts.
 */
function valuesAfterLabels(rowStart: number, cells: { c: Cell; head: string }[], out: Edit[]): void {
  cells.forEach(({ c, head }, i) => {
    out.push({ start: i === 0 ? rowStart : cells[i - 1]!.c.end, end: c.start, text: (i === 0 ? "" : "\n") + head + "：" });
  });
}

/** Whether a cell is a form's label (its colon aside). */
const isLabelCell = (cell: string): boolean => FORM_LABEL.test(cell.replace(LABEL_COLON, ""));

/**
 * The edits for one line of a form copied as a pipe table: a row of a label and its value, a row
 * of a label and one name a cell, a row that goes on with the label above, a cell wrapped onto
 * the next line, and a markdown rule row with the column heads above it (no part of the form).
 */
function pipeRowEdits(source: string, { start, end, nl, line }: { start: number; end: number; nl: number; line: string }, table: TableState, out: Edit[]): void {
  if (start < table.readTo) return;
  // (A table of one column, a row of one cell a line: | 议定事项 | ⏎ | --- | ⏎ | 一、审议… |: its rows read as lines.)
  const single = SINGLE_CELL_ROW.exec(line);
  if (single !== null && single[2] !== "" && !ONE_COLUMN_RULE.test(line) && (oneColumnRowAt(source, nl + 1) || (start > 0 && oneColumnRowAt(source, lineStartBefore(source, start))))) {
    out.push({ start, end: start + single[1]!.length, text: "" }, { start: end - single[3]!.length, end, text: "" });
    // (A bare agenda label spaced out as wide as its cell, | 议 题 |, is read without its blanks: no name of a list above.)
    if (INNER_BLANK.test(single[2]!) && AGENDA_LABEL.test(single[2]!)) letterBlankEdits(start + single[1]!.length, single[2]!, out);
    table.formRowAbove = false;
    table.previousRow = null;
    return;
  }
  const lineEnd = nl < 0 ? source.length : nl + 1;
  const read = nl < 0 ? -1 : columnHeadsEdits(source, start, line, nl + 1, out);
  if (read >= 0) {
    table.readTo = read;
    table.formRowAbove = false;
    table.previousRow = null;
    return;
  }
  if (TABLE_RULE_ROW.test(line)) {
    out.push({ start, end: lineEnd, text: "" });
    // (A header's first row over the rule is a row of the header, no column heads: | 信息索引号 | 440604-… |⏎|---|---|.)
    if (table.previousRow !== null && !table.formRowAbove && !keyRow(source.slice(table.previousRow.start, table.previousRow.end))) out.push(table.previousRow);
    table.previousRow = null;
    return;
  }
  const m = FORM_ROW.exec(line);
  table.previousRow = m !== null ? { start, end: lineEnd, text: "" } : null;
  if (m === null) {
    // (A row of several cells, a label's then one a name: | 出席： | 卜志勇 | 米　红 | 洪光辉 |.)
    const row = CELLS_ROW.exec(line);
    if (row !== null && row[1]!.trim() === "" && table.formRowAbove) {
      // (A row under an empty label cell goes on with the list above, name and title: |　|晁立新|常务副县长|.)
      table.formRowAbove = cellsRowEdits(start, line, out);
      return;
    }
    table.formRowAbove = row !== null && isLabelCell(row[1]!);
    if (table.formRowAbove) cellsRowEdits(start, line, out);
    return;
  }
  if (m[1] === "") {
    // (A row whose label cell is empty goes on with the label above: |  | 何雪梅 |.)
    if (m[2] === "" || !table.formRowAbove) return;
    const valueAt = start + line.indexOf(m[2]!);
    out.push({ start, end: valueAt, text: "" });
    if (valueAt + m[2]!.length < end) out.push({ start: valueAt + m[2]!.length, end, text: "" });
    return;
  }
  table.formRowAbove = isLabelCell(m[1]!);
  // (A mirror copy's annotated label, 會(huì)議時間, arrives here without its annotations.)
  // (A bare 议题 is a form's label only before its numbered items, one a row: | 议题 | 1.研究… |⏎| | 2.研究… |.)
  if (m[2] === "" || !(FORM_LABEL.test(m[1]!) || (AGENDA_LABEL.test(m[1]!) && MARKER_AT_START.test(m[2]!) && nl >= 0 && ITEM_ROW_BELOW.test(lineFrom(source, nl + 1))))) return;
  if (!table.formRowAbove) table.formRowAbove = AGENDA_LABEL.test(m[1]!);
  const labelAt = start + line.indexOf(m[1]!);
  const labelEnd = labelAt + m[1]!.length;
  const valueAt = start + line.indexOf(m[2]!, labelEnd - start);
  const valueEnd = valueAt + m[2]!.length;
  out.push({ start, end: labelAt, text: "" });
  // (A section's label before its first numbered item, | 议定事项 | 一、关于… |: the items stand
  // under the label, as the rows below go on with them.)
  const items = MARKER_AT_START.test(m[2]!) && (AGENDA_LABEL.test(m[1]!) || DECISIONS_CELL.test(m[1]!));
  out.push({ start: labelEnd, end: valueAt, text: items ? "\n" : "：" });
  if (valueEnd < end) out.push({ start: valueEnd, end, text: "" });
  // (A cell wrapped onto the next line, the row's closing pipe there: …局长郦⏎文涛，…应邀列席|.)
  else if (nl >= 0) {
    const next = lineFrom(source, nl + 1);
    const closing = CELL_REST.exec(next);
    if (closing !== null) {
      out.push({ start: end, end: nl + 1, text: "" });
      out.push({ start: nl + 1 + closing[1]!.length, end: nl + 1 + next.length, text: "" });
    }
  }
}

/** A row whose label cell is empty and whose value opens with a number: | | 2.研究… |. */
const ITEM_ROW_BELOW = /^[ \t\u3000]*[|｜][ \t\u3000]*[|｜][ \t\u3000]*(?:[0-9]{1,2}[.．、]|[（(]?[一二三四五六七八九十]{1,3}[、）)])/;

/**
 * Whether a value stands below the label alone on the line that ends at `nl`: on the next line, or
 * for a list's label (a print's centred 出　　席) after one blank line.
 */
function valueBelow(source: string, nl: number, fact: boolean): boolean {
  const [next = "", after = ""] = source.slice(nl + 1, nl + 160).split("\n");
  return NOT_BLANK_LINE.test(next) || (!fact && !NOT_BLANK_LINE.test(next) && NOT_BLANK_LINE.test(after) && !LABEL_ALONE.test(after));
}

/**
 * A list's people below its label, each name on a line and its title on the next (a form's cells
 * flattened one a line: 出席人员⏎倪宏达⏎市长⏎巩晓军⏎常务副市长): each title is read on its name's
 * line, after wide blanks, as a list in columns writes it.
 */
function nameTitleLineEdits(source: string, nl: number, out: Edit[]): void {
  /** Whether the cell is a name (not a form's next label: 列席人员). */
  const isName = (cell: string): boolean => NAME_CELL.test(cell) && !isFormLabelLine(cell);
  const isTitle = (cell: string): boolean => TITLE_CELL.test(cell) && (!NAME_CELL.test(cell.replace(/[（(].*$/, "")) || TITLE_ALONE.test(cell));
  // (Or each title first, then its name: 县住建局局长⏎柏明亮.)
  let titleFirst: boolean | null = null;
  for (let at = nl + 1; at < source.length; ) {
    const firstEnd = source.indexOf("\n", at);
    if (firstEnd < 0) return;
    const first = lineFrom(source, at).trim();
    const secondAt = firstEnd + 1;
    const second = lineFrom(source, secondAt).trim();
    const order = isName(first) && isTitle(second) && !isFormLabelLine(second) ? false : isTitle(first) && !isTitle(second) && isName(second) ? true : null;
    if (order === null || (titleFirst !== null && order !== titleFirst)) return;
    titleFirst = order;
    const valueAt = skipIndent(source, secondAt);
    out.push({ start: firstEnd > 0 && source.charCodeAt(firstEnd - 1) === 13 ? firstEnd - 1 : firstEnd, end: valueAt, text: "\u3000\u3000" });
    const next = source.indexOf("\n", secondAt);
    if (next < 0) return;
    at = next + 1;
  }
}
/** A short title alone: 市长, 副市长, 副县长 (a cell a name's length that is no name). */
const TITLE_ALONE = /^(?:常[务務])?副?(?:市|县|縣|区|區|州|旗|镇|鎮|乡|鄉)[长長]/;

/**
 * The edit that joins the second line of a fact's value to its first (at `valueAt`), where a form's
 * cell wrapped it: a short line that is no label, with a label alone on the line after it.
 */
function valueRest(source: string, valueAt: number): Edit | null {
  const first = source.indexOf("\n", valueAt);
  if (first < 0) return null;
  const second = source.indexOf("\n", first + 1);
  const rest = lineFrom(source, first + 1).trim();
  if (rest === "" || rest.length > MAX_VALUE_REST || isFormLabelLine(rest) || second < 0) return null;
  if (!isFormLabelLine(lineFrom(source, second + 1).trim())) return null;
  const firstEnd = first > 0 && source.charCodeAt(first - 1) === 13 ? first - 1 : first;
  const restAt = skipIndent(source, first + 1);
  return { start: firstEnd, end: restAt, text: "" };
}

/** The text of the line that starts at `at`, up to its line feed (a CR before it kept). */
function lineFrom(source: string, at: number): string {
  const end = source.indexOf("\n", at);
  return source.slice(at, end < 0 ? source.length : end);
}

/** The longest second line of a wrapped value (a cell's width). */
const MAX_VALUE_REST = 16;

/** Whether a line is a form's label alone (会议地点, 主持人, 出席人员). */
function isFormLabelLine(line: string): boolean {
  const alone = LABEL_ALONE.exec(line);
  return alone !== null && FORM_LABEL.test(alone[1]!);
}

// ── Lists of a form run together on one line: 出席：…曾庆华请假：龙　斌列席：… ──────────────────

/** A line opened by a fact's label (or the attendees' list), up to the wide blanks (group 1) before a second fact's label: 会议名称：…　　　会议时间：…, 参会人员：…　　记 录 人：…. */
const FACT_PAIR_LINE = /(?:主[ \u3000]*持(?:[ \u3000]*人)?|[时時][ \u3000]*[间間]|地[ \u3000]*[点點]|[会會][议議](?:[时時][间間]|地[点點]|名[称稱])|[参參][会會加][ \u3000]*人[ \u3000]*[员員]|出[ \u3000]*席[ \u3000]*人[ \u3000]*[员員])[ \u3000]*[：:][^\r\n]*?([ \t\u3000]{2,})(?=(?:[记記][ \u3000]*[录錄](?:[ \u3000]*人)?|地[ \u3000]*[点點]|[会會][议議](?:地[点點]|[时時][间間])|主[ \u3000]*持(?:[ \u3000]*人)?|[时時][ \u3000]*[间間])[ \u3000]*[：:])/y;
/** The first characters of those labels. */
const FACT_PAIR_FIRST = new Set(Array.from("主时時地会會参參出", (c) => c.charCodeAt(0)));
/** Whether a text may have a second list label on a line that a list label opens. */
const TWO_LABELS_HINT = /[席假][ \u3000]*[：:][^\r\n]*[席假][ \u3000]*[：:]/;
/** A line opened by the label of a list of people. */
const LIST_LABEL_LINE = /^[ \t\u3000]*(?:出[ \u3000]*席|列[ \u3000]*席|[请請][ \u3000]*假|缺[ \u3000]*席|[参參](?:加|[会會])人[员員])(?:人[员員])?[ \u3000]*[：:][^\r\n]*/gm;
/** A later list label on that line, after a name, a blank or a full stop (not 应邀列席, a group's note). */
const INLINE_LIST_LABEL = /(?<=[\u3400-\u9fff。；;.．\s])([ \t\u3000]*)(?<![应應特]邀)(?:出[ \u3000]*席|列[ \u3000]*席|[请請][ \u3000]*假|缺[ \u3000]*席|[记記][ \u3000]*[录錄])(?:人[员員])?[ \u3000]*[：:]/g;

/**
 * The labels of a form's lists run together on one line (a table flattened without its cell
 * breaks) start lines of their own: a line break is read before each later label, in place of the
 * blanks before it.
 */
function inlineLabelEdits(source: string, lines: Line[], out: Edit[]): void {
  // (A fact's label and a second one on its line, wide blanks between: 主　持　人：…　　　记　录　人：…;
  // tried on the lines that open with 主, 时 or 地.)
  for (const l of lines) {
    const i = l.text;
    if (!FACT_PAIR_FIRST.has(source.charCodeAt(i))) continue;
    FACT_PAIR_LINE.lastIndex = i;
    const m = FACT_PAIR_LINE.exec(source);
    if (m !== null) out.push({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, text: "\n" });
  }
  if (!TWO_LABELS_HINT.test(source)) return;
  for (const line of source.matchAll(LIST_LABEL_LINE)) {
    const colon = line[0].search(/[：:]/);
    const rest = line[0].slice(colon + 1);
    for (const m of rest.matchAll(INLINE_LIST_LABEL)) {
      const at = line.index + colon + 1 + m.index;
      out.push({ start: at, end: at + m[1]!.length, text: "\n" });
    }
  }
}

// ── Header cells run together on one line: 索 引 号:41018200X/…主题分类:综合政务 ──────────────

/** Every header key, the longest first (a key inside a longer one is not found apart: 信息索引号). */
const ALL_KEYS = keyPattern([...HEADER_KEYS].sort((a, b) => b.length - a.length));
/** A cell that is a disclosure header's key (信息名称, 生成日期). */
const HEADER_KEY_CELL = new RegExp(`^(?:${ALL_KEYS})$`);
/** A header key opening a line (tried only where a key's first character opens it). */
const KEY_AT_START = new RegExp(`^[ \\t\\u3000]*(?:${ALL_KEYS})`);
/** The characters a header key starts with (Simplified and Traditional). */
const KEY_FIRST = new Set(HEADER_KEYS.flatMap((k) => [k.charCodeAt(0), (TRADITIONAL_OF[k[0]!] ?? k[0]!).charCodeAt(0)]));
/**
 * A header key with its colon inside the line. Only keys of three or more characters count after
 * a value (两字 keys such as 时间 or 来源 end too many ordinary words).
 */
const INNER_KEY = new RegExp(`(?:${ALL_KEYS})[ \\u3000]*[：:]`, "g");
/** A key spaced out letter by letter at the line's start, its value right after it (文    号双政纪〔2024〕5号). */
const SPACED_KEY_THEN_VALUE = new RegExp(
  `^[ \\t\\u3000]*(?:${keyPattern(HEADER_KEYS, "[ \\u00a0\\u3000]+")})(?=[^\\s\\u3000：:])`,
);
/** A row opened by a page's date stamp, text right after it (2023-09-06 16:22:18信息来源:…). */
const DATED_ROW = /^[ \t\u3000]*[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:[ \t\u3000]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[^\s\u3000:：0-9]/;
/** A colon, ASCII or full-width; two of them. */
const ANY_COLON = /[:：]/;
const TWO_COLONS = /[:：][^:：]*[:：]/;

/** What may stand before a key that opens a cell of its own. */
const CELL_BREAK = /[\s\u3000|｜：:]/;

/**
 * A header table flattened without its cell breaks (索 引 号:41018200X/2024-00057主题分类:综合政务,
 * 文    号双政纪〔2024〕5号成文日期:2024-04-19): a blank is read before each later key of three or
 * more characters that follows a value directly, and after a spaced-out key that its value
 * follows directly. Only on lines a header key opens (found by their first character, then a
 * sticky look: most lines of a text are not tried at all).
 */
function runTogetherCellEdits(source: string, lines: Line[], out: Edit[]): void {
  for (const { start, end, text: i } of lines) {
    if (i === end) continue;
    const first = source.charCodeAt(i);
    // (Or a page's date stamp opens the row, the keys run on after it: 2023-09-06 16:22:18信息来源:….)
    const dated = first >= 0x30 && first <= 0x39;
    if (!dated && !KEY_FIRST.has(first)) continue;
    const text = source.slice(start, end);
    if (dated ? !DATED_ROW.test(text) : !KEY_AT_START.test(text)) continue;
    const spaced = dated ? null : SPACED_KEY_THEN_VALUE.exec(text);
    if (spaced !== null) out.push({ start: start + spaced[0].length, end: start + spaced[0].length, text: " " });
    // (A later key has its colon: a line with one colon, its first key's, holds none; after a
    // spaced key without its colon, one colon may be a later key's. The global regex is stepped
    // with exec: matchAll would copy it, and it is large, for every line.)
    const laterKeyColon = spaced !== null ? ANY_COLON.test(text) : TWO_COLONS.test(text);
    INNER_KEY.lastIndex = 0;
    const short: number[] = [];
    let long = 0;
    for (let m = laterKeyColon ? INNER_KEY.exec(text) : null; m !== null; m = INNER_KEY.exec(text)) {
      if (m.index === 0) continue;
      const key = m[0].replace(/[ \u3000\u00a0：:]/g, "");
      const broken = CELL_BREAK.test(text[m.index - 1]!);
      if (key.length < 3) {
        if (!broken && SHORT_RUN_ON_KEY.test(key)) short.push(m.index);
        continue;
      }
      long++;
      // (Or right after the colon of an empty cell: 文号:发布机构:….)
      if (!broken || text[m.index - 1] === ":" || text[m.index - 1] === "：") out.push({ start: start + m.index, end: start + m.index, text: " " });
    }
    // (A short key counts where the line runs two long ones on: …2023-05-08名称:…纪要文号:鹭政纪〔2023〕9号.)
    if (long >= 2) for (const at of short) out.push({ start: start + at, end: start + at, text: " " });
  }
}
/** The two-character keys read inside a flattened header's line: 名称, 文号, 标题. */
const SHORT_RUN_ON_KEY = /^(?:名[称稱]|文[号號]|[标標][题題])$/;

// ── A topic's marker run into the line before: …方案。 二、会议讨论了… ───────────────────────────

/** A sentence's end, blanks, then a numbering marker 二、 (the line break a scraper lost). */
const MARKER_AFTER_SENTENCE = /。([ \t\u3000]+)([一二三四五六七八九十]{1,3})、/g;
const MARKER_AFTER_SENTENCE_HINT = /。[ \t\u3000]+[一二三四五六七八九十]{1,3}、/;
/** A numbering marker opening a line. */
const MARKER_AT_LINE_START = /^[ \t\u3000]*([一二三四五六七八九十]{1,3})、/gm;
const CN_DIGIT = "一二三四五六七八九";

/** The value of a small Chinese numeral (一 … 九十九), or 0. */
function smallNumeral(s: string): number {
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 ? CN_DIGIT.indexOf(s) + 1 : 0;
  const tens = ten === 0 ? 1 : CN_DIGIT.indexOf(s[0]!) + 1;
  const ones = ten === s.length - 1 ? 0 : CN_DIGIT.indexOf(s[ten + 1]!) + 1;
  return tens * 10 + ones;
}

/** A line of numbered items opened by its first (1、…), and where a comma or blanks run the next one on: `, 2、`, `  2、`. */
const FIRST_ITEM_LINE = /^[ \t\u3000]*([0-9])、/;
const ITEM_AFTER_COMMA = /(?:[,，;；][ \t\u3000]*|[ \t\u3000]+)([0-9]{1,2})、/g;

/**
 * Numbered items a form's cell ran onto one line behind commas or blanks (1、传达学习…, 2、听取…汇报⏎3、…):
 * where the number after them is the next one, a line break is read in their place.
 */
function itemsOnOneLineEdits(source: string, lines: Line[], out: Edit[]): void {
  if (!source.includes("2、")) return;
  for (const l of lines) {
    const line = source.slice(l.start, l.end);
    const first = FIRST_ITEM_LINE.exec(line);
    if (first === null) continue;
    let n = Number(first[1]);
    for (const m of line.matchAll(ITEM_AFTER_COMMA)) {
      if (Number(m[1]) !== n + 1) break;
      out.push({ start: l.start + m.index, end: l.start + m.index + m[0].length - m[1]!.length - 1, text: "\n" });
      n++;
    }
  }
}

/**
 * A topic's marker a scraper ran into the line before, after a sentence's end and a blank
 * (…调整方案。 二、会议讨论了…): where the marker is the next number after the last marker that
 * opened a line above it, a line break is read in place of the blanks.
 */
function inlineMarkerEdits(source: string, out: Edit[]): void {
  // (One search decides: most texts have none.)
  if (!MARKER_AFTER_SENTENCE_HINT.test(source)) return;
  const inline = [...source.matchAll(MARKER_AFTER_SENTENCE)];
  const opened = [...source.matchAll(MARKER_AT_LINE_START)].map((m) => ({ at: m.index, n: smallNumeral(m[1]!) }));
  for (const m of inline) {
    const last = opened.filter((o) => o.at < m.index).pop();
    if (last === undefined || smallNumeral(m[2]!) !== last.n + 1) continue;
    out.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length, text: "\n" });
    opened.push({ at: m.index + 1, n: last.n + 1 });
    opened.sort((a, b) => a.at - b.at);
  }
}

// ── A whole document run onto one line: a document site's text preview ─────────────────────────

/** A run-on line's least length, in characters. */
const RUN_ON_LENGTH = 200;
/** Numbering markers after blanks: 。 一、…。 二、… */
const MARKER_AFTER_BLANK = /(?<=[ \t\u3000])([一二三四五六七八九十]{1,3})、/g;
/** A blank run in a run-on line: where a line break was (not one full-width blank padding a name, 韩　伟). */
const LOST_BREAK = /(?<![\u3400-\u9fff])\u3000|\u3000(?![\u3400-\u9fff])|[ \t]+\u3000*|\u3000{2,}/g;

/**
 * A document site's text preview runs the whole document onto one line, a blank where each line
 * ended (…纪要 〔2022〕11号 …办公室 2022年6月17日 2022年6月14日上午，… 一、关于… 二、关于… 出席：…):
 * each blank outside brackets is read as the line break it was. Only a long line whose topics are
 * numbered in order after blanks (一、 then 二、) is taken for one.
 */
function runOnLineEdits(source: string, lines: Line[], out: Edit[]): void {
  for (const l of lines) {
    if (l.end - l.start < RUN_ON_LENGTH) continue;
    const text = source.slice(l.start, l.end);
    // (Old Mac line ends, CR alone: the lines are there, only not cut by linesOf.)
    if (text.includes("\r")) continue;
    let expected = 1;
    for (const m of text.matchAll(MARKER_AFTER_BLANK)) if (smallNumeral(m[1]!) === expected) expected++;
    if (expected <= 2) continue;
    let depth = 0;
    let from = 0;
    for (const m of text.matchAll(LOST_BREAK)) {
      for (let i = from; i < m.index; i++) depth += BRACKET_DEPTH[text.charCodeAt(i)] ?? 0;
      from = m.index;
      const at = l.start + m.index;
      const after = m.index + m[0].length;
      // (A title and its name, a blank apart, are one item of a list: 区政府办公室主任 蒋永.)
      const titledName = TITLE_AT_END.test(text.slice(Math.max(0, m.index - 4), m.index)) && NAME_THEN_BLANK.test(text.slice(after, after + 4));
      if (depth <= 0 && m.index > 0 && after < text.length && !titledName) out.push({ start: at, end: at + m[0].length, text: "\n" });
    }
  }
}

/** A title's last word: 主任, 局长, 書記 …. */
const TITLE_AT_END = /(?:主任|[长長]|[书書][记記]|委[员員]|主席)$/;
/** A name of two or three letters, then a blank. */
const NAME_THEN_BLANK = /^[\u3400-\u9fff]{2,3}[ \u3000]/;

/** What a bracket does to the depth: （ ( opens, ） ) closes. */
const BRACKET_DEPTH: Record<number, number> = { 0xff08: 1, 0x28: 1, 0xff09: -1, 0x29: -1 };

// ── A paragraph's end a scraper mangled: 。</P> as ?/P> ──────────────────────────────────────────

/** `?/P>` at a line's end: a 。</P> whose 。 became ? and whose < was lost. */
const MANGLED_END_TAG = /\?\/[Pp]>(?=[ \t\u3000]*(?:\r?\n|$))/g;

/** A mangled paragraph end (?/P>) is read as the full stop it was. */
function mangledEndTagEdits(source: string, out: Edit[]): void {
  if (!source.includes("?/P>") && !source.includes("?/p>")) return;
  for (const m of source.matchAll(MANGLED_END_TAG)) out.push({ start: m.index, end: m.index + m[0].length, text: "。" });
}

// ── A comma a scraper doubled: 閆慧敏,,市政府秘書長蘇和 ──────────────────────────────────────────

/** Commas after a comma. */
const DOUBLED_COMMA = /[,，]([,，]+)/g;
const DOUBLED_COMMA_HINT = /[,，][,，]/;

/** A comma doubled by a scraper (,, or ，，) is read once: the ones after the first are read as nothing. */
function doubledCommaEdits(source: string, out: Edit[]): void {
  // (One search decides: most texts have none.)
  if (!DOUBLED_COMMA_HINT.test(source)) return;
  for (const m of source.matchAll(DOUBLED_COMMA)) out.push({ start: m.index + 1, end: m.index + m[0].length, text: "" });
}


/**
 * An ASCII full stop between two ideographs (…常务会议.副县长包文涛,…) is a sentence's end typed
 * half-width, and is read as 。. (Not after a numeral: 一.关于… is a heading's marker.)
 */
function halfWidthStopEdits(source: string, out: Edit[]): void {
  // (Found by a native search: most full stops in a text are a number's or a marker's.)
  for (let at = source.indexOf("."); at > 0; at = source.indexOf(".", at + 1)) {
    if (isHan(source.charCodeAt(at - 1)) && isHan(source.charCodeAt(at + 1)) && !CN_DIGITS.includes(source.charAt(at - 1))) out.push({ start: at, end: at + 1, text: "。" });
  }
}

// ── A masthead's office and number on one line: 曹河县人民政府办公室　　　曹政纪〔2021〕5号 ──────

/** An office's name, a wide gap, then a document number ending the line (the gap in group 2). */
const ORGAN_THEN_NUMBER = /^([ \t\u3000]*[\u3400-\u9fff]{2,20}(?:办公室|辦公室|人民政府|政府))((?:[ \u3000]{2,}|\t)[ \t\u3000]*)(?=[\u3400-\u9fff]{0,12}[〔\[［(（][ \u3000]*[0-9]{4}[ \u3000]*[〕\]］)）][ \u3000]*第?[ \u3000]*[0-9]{1,4}[ \u3000]*[号號期][ \t\u3000]*$)/;

/** The lines a masthead may stand in, at the top of the text (a page's header above it). */
const MASTHEAD_LINES = 40;

/**
 * A printed masthead that sets the office's name and the document number on one line: the number
 * is read on a line of its own (the gap read as a line break), as a 发文字号 line stands.
 */
function organNumberEdits(source: string, lines: Line[], out: Edit[]): void {
  // (A masthead stands at the top.)
  for (const l of lines.length > MASTHEAD_LINES ? lines.slice(0, MASTHEAD_LINES) : lines) {
    let i = l.end - 1;
    while (i > l.start && (source.charCodeAt(i) === 0x20 || source.charCodeAt(i) === 0x3000 || source.charCodeAt(i) === 0x09)) i--;
    const c = source.charCodeAt(i);
    if (c !== 0x53f7 && c !== 0x865f && c !== 0x671f) continue;
    const m = ORGAN_THEN_NUMBER.exec(source.slice(l.start, l.end));
    if (m !== null) out.push({ start: l.start + m[1]!.length, end: l.start + m[1]!.length + m[2]!.length, text: "\n" });
  }
}

// ── A table's column heads over a list: 姓名<TAB>职务<TAB>事由 ─────────────────────────────────

/** A row of column heads only (a Word table exported with tabs, or printed in columns). */
const COLUMN_HEADS_ROW = new RegExp(`^[ \\t\\u3000]*(?:姓[ \\u3000]*名|[职職][ \\u3000]*[务務]|[单單][ \\u3000]*位|事[ \\u3000]*由|[请請]假(?:事由|原因)|原[ \\u3000]*因|[备備][ \\u3000]*[注註])(?:(?:\\t|[ \\u3000]{2,})[ \\t\\u3000]*(?:姓[ \\u3000]*名|[职職][ \\u3000]*[务務]|[单單][ \\u3000]*位|事[ \\u3000]*由|[请請]假(?:事由|原因)|原[ \\u3000]*因|[备備][ \\u3000]*[注註]))+[ \\t\\u3000]*$`);
/** A head that names a reason, not a person or a title. */
const REASON_HEAD = /事[ \u3000]*由|原[ \u3000]*因|[备備][ \u3000]*[注註]/;
/** The cell separator of such a table: a tab, or wide blanks. */
const CELL_GAP = /\t[ \t\u3000]*|[ \u3000]{2,}/g;

/**
 * A table's column heads over a list's rows (出席人员：⏎姓名<TAB>职务⏎柳青云<TAB>区长…) are the
 * table's frame, not people: the row is left out as chrome. Where the last column gives a reason
 * (姓名<TAB>职务<TAB>事由), each row's reason reads as a note after the title: 丁立伟<TAB>副区长（外出学习）.
 */
function columnHeadEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
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

// ── A document site's outline above the text: 目录/提纲:……⏎2、…⏎1、…⏎…… ────────────────────

/** The heading of a document site's outline of the text (目录/提纲:……, 提纲:). */
const CONTENTS_HEADING = /^[ \t\u3000]*(?:目[录錄]|提[纲綱])(?:[/／](?:目[录錄]|提[纲綱]))?[ \t\u3000]*[:：][ \t\u3000]*(?:…+|\.{3,})?[ \t\u3000]*$/;
/** A line of that outline: a numbered excerpt, or an ellipsis. */
const CONTENTS_LINE = /^[ \t\u3000]*(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．]\S|(?:…+|\.{3,})[ \t\u3000]*$)/;

/**
 * A document site's outline of the text, above it (目录/提纲:……⏎2、抓好…⏎1、落实…⏎……): excerpts
 * of the text's items, out of order, that the site puts before it. It is the page's chrome, not
 * the document's numbering: its heading and lines are left out of what the grammar reads.
 */
function contentsEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  // (Most texts hold neither word: four native searches decide.)
  if (!source.includes("提纲") && !source.includes("提綱") && !source.includes("目录") && !source.includes("目錄")) return;
  let inside = false;
  for (const { start, end, next } of lines) {
    const line = source.slice(start, end);
    if (inside ? CONTENTS_LINE.test(line) : CONTENTS_HEADING.test(line)) {
      inside = true;
      leaveOut({ start, end, next }, out, chromeRanges);
    } else if (inside) return;
  }
}

/** A site's menu heading alone on its line: 栏目导航, 栏目列表. */
const MENU_HEADING = /^[ \t\u3000]*(?:栏目导航|欄目導航|栏目列表|欄目列表|栏目分类|欄目分類|栏目|欄目|导航|導航|相关栏目|相關欄目)[ \t\u3000]*[:：]?[ \t\u3000]*$/;
/** An entry of that menu: a short name behind a number, nothing else (一、政府会议). */
const MENU_LINE = /^[ \t\u3000]*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．][ \t\u3000]*[\u3400-\u9fff]{2,10}[ \t\u3000]*$/;
/** The fewest entries that make a menu. */
const MIN_MENU_LINES = 2;

/**
 * A site's numbered menu under its heading (栏目导航⏎一、政府会议⏎二、政府文件⏎…): the page's
 * chrome, not the document's numbering. Heading and entries are left out of what the grammar reads.
 */
function menuEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  // (Most texts hold neither word: four native searches decide.)
  if (!source.includes("栏目") && !source.includes("欄目") && !source.includes("导航") && !source.includes("導航")) return;
  for (let i = 0; i < lines.length; i++) {
    if (!MENU_HEADING.test(source.slice(lines[i]!.start, lines[i]!.end))) continue;
    let j = i + 1;
    while (j < lines.length && MENU_LINE.test(source.slice(lines[j]!.start, lines[j]!.end))) j++;
    if (j - i - 1 < MIN_MENU_LINES) continue;
    for (let k = i; k < j; k++) leaveOut(lines[k]!, out, chromeRanges);
    i = j - 1;
  }
}

/** A link of a site's news list: a headline, a wide gap, its short date (县政府召开第十次常务会议　　03-01). */
const LINK_LIST_LINE = /^(?![^\n]*[：:])[ \t\u3000]*(?:[0-9]{1,2}[、.．][ \t\u3000]*)?[^\s\u3000|｜].{3,60}?[ \t\u3000]{2,}[\[【(（]?(?:(?:19|20)[0-9]{2}[-/.])?[01]?[0-9][-/.][0-3]?[0-9][\]】)）]?[ \t\u3000]*$/;
/** The heading of such a list, alone on its line: 热点新闻, 相关新闻. */
const LINK_LIST_HEADING = /^[ \t\u3000]*[【\[]?[\u3400-\u9fff]{2,6}[】\]]?[ \t\u3000]*[:：]?[ \t\u3000]*$/;
/** The fewest links that make such a list. */
const MIN_LINK_LINES = 2;

/**
 * A site's list of links to other news, each a headline and its date (热点新闻⏎县政府召开第十次常务会议　　03-01⏎…),
 * with the short heading above it: the page's chrome. Left out of what the grammar reads.
 */
function linkListEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // (A link line ends with a digit or a bracket after one: two character tests decide most lines.)
    const last = source.charCodeAt(l.end - 1);
    if (!((last >= 0x30 && last <= 0x39) || last === 0x5d || last === 0x3011 || last === 0x29 || last === 0xff09) || !LINK_LIST_LINE.test(source.slice(l.start, l.end))) continue;
    let j = i + 1;
    while (j < lines.length && LINK_LIST_LINE.test(source.slice(lines[j]!.start, lines[j]!.end))) j++;
    // (Only above a text: a page that is only such a list, a column's index, keeps it.)
    if (j - i < MIN_LINK_LINES || !source.includes("。", lines[j - 1]!.end)) continue;
    const from = i > 0 && LINK_LIST_HEADING.test(source.slice(lines[i - 1]!.start, lines[i - 1]!.end)) ? i - 1 : i;
    for (let k = from; k < j; k++) leaveOut(lines[k]!, out, chromeRanges);
    i = j - 1;
  }
}

// ── A library page's 展开全文 link between the lines of the text ──────────────────────────────

/** A page's link to show the rest of the text, alone on its line: 展开全文, 展開全文▼. */
const SHOW_ALL_LINE = /^[ \t\u3000]*(?:展开全文|展開全文)[ \t\u3000]*[▼∨↓]?[ \t\u3000]*$/;
/** Its first character, 展: lines that open otherwise are not tried. */
const SHOW_ALL_FIRST = "展".charCodeAt(0);

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
function oneGapRowEdits(source: string, lines: Line[], out: Edit[]): void {
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

/** The cells of a line set apart by wide gaps (`line` starts at `at`), its indent left out. */
function cellsByGap(line: string, at: number): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  while (from < line.length && isBlankChar(line.charCodeAt(from))) from++;
  for (const m of line.matchAll(ROW_CELL_GAP)) {
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
function labelColumnsEdits(source: string, lines: Line[], out: Edit[]): void {
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

/** Question marks a mis-decoded indent left at a line's start (??? 一、关于…, ??? 6月14日上午，…), and the blanks after them. */
const GARBLED_INDENT = /^\?{2,4}[ \t\u3000]*(?=[\u3400-\u9fff0-9（(〔【])/;
/** The fewest lines so opened in a text that had its indents mis-decoded. */
const MIN_GARBLED_INDENTS = 2;

/**
 * The question marks a mis-decoded indent left at the start of lines (a page saved through the
 * wrong code page: ??? 檀政纪〔2023〕11号, ??? 一、关于…): read as the indent they were, where
 * more than one line opens so.
 */
function garbledIndentEdits(source: string, lines: Line[], out: Edit[]): void {
  if (!source.includes("??")) return;
  const found: Edit[] = [];
  for (const l of lines) {
    if (source.charCodeAt(l.text) !== 0x3f) continue;
    const m = GARBLED_INDENT.exec(source.slice(l.text, l.end));
    if (m !== null) found.push({ start: l.text, end: l.text + m[0].length, text: "\u3000\u3000" });
  }
  if (found.length >= MIN_GARBLED_INDENTS) out.push(...found);
}

/**
 * A library page's 展开全文 link, above the text or between two of its lines (…的筹备意见,⏎展開全文▼⏎(三)…):
 * the page's chrome, left out of what the grammar reads so the lines around it read as one text.
 */
function showAllEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  if (!source.includes("全文")) return;
  for (const { start, end, next } of lines) {
    if (source.charCodeAt(skipIndent(source, start, end)) !== SHOW_ALL_FIRST || !SHOW_ALL_LINE.test(source.slice(start, end))) continue;
    leaveOut({ start, end, next }, out, chromeRanges);
  }
}

/** A spreadsheet's cell quoted over several lines, after a tab: "1.研究…⏎2.审议…⏎3.听取…" (its quotes in groups 1 and 2). */
const QUOTED_CELL = /(?<=\t)(")[^"\t\r\n]*(?:\r?\n[^"\t\r\n]*)+(")(?=\t|\r?\n|$)/g;

/**
 * A cell of a spreadsheet copied as tab-separated text that holds line breaks, and so was quoted
 * ("1.…⏎2.…"): its quotes are no text, read as nothing, so its lines read as a cell's rows.
 */
function quotedCellEdits(source: string, out: Edit[]): void {
  if (!source.includes('\t"')) return;
  for (const m of source.matchAll(QUOTED_CELL)) {
    out.push({ start: m.index, end: m.index + 1, text: "" });
    const close = m.index + m[0].length - 1;
    out.push({ start: close, end: close + 1, text: "" });
  }
}

/** The heads of a table of 书面通报 items: | 序号 | 报送单位 | 通报事项 |. */
const REPORT_TABLE_HEADS = /^[ \t\u3000]*[|｜][ \t\u3000]*(?:序[ \u3000]*号[ \t\u3000]*[|｜][ \t\u3000]*)?(?:报送|汇报|提交|通报)?单[ \u3000]*位[ \t\u3000]*[|｜][ \t\u3000]*(?:书面)?(?:通报|汇报|报告)?(?:事项|内容|名称|材料)[ \t\u3000]*[|｜][ \t\u3000]*$/;
/** A row of that table: its number, the unit (group 1) and the report's name (group 2). */
const REPORT_TABLE_ROW = /^[ \t\u3000]*[|｜][ \t\u3000]*(?:[0-9]{1,2}[ \t\u3000]*[|｜][ \t\u3000]*)?([\u3400-\u9fff（）()]{2,24}?)[ \t\u3000]*[|｜][ \t\u3000]*(关于[^|｜\r\n]{2,80}?)[ \t\u3000]*[|｜][ \t\u3000]*$/;

/**
 * A table of 书面通报 items (| 序号 | 报送单位 | 通报事项 |⏎| 1 | 县统计局 | 关于…的汇报 |): each row read
 * as the line a list of reports writes (县统计局关于…的汇报), its heads left out as the table's frame.
 */
function reportTableEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  if (!source.includes("单位") || (!source.includes("|") && !source.includes("｜"))) return;
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    if (!REPORT_TABLE_HEADS.test(source.slice(head.start, head.end))) continue;
    out.push({ start: head.start, end: head.next, text: "" });
    chromeRanges.push([head.text, head.end]);
    for (let j = i + 1; j < lines.length; j++) {
      const { start, end } = lines[j]!;
      if (end === start) continue;
      const row = REPORT_TABLE_ROW.exec(source.slice(start, end));
      if (row === null) break;
      const unitAt = start + row[0].indexOf(row[1]!);
      const itemAt = start + row[0].indexOf(row[2]!, unitAt - start + row[1]!.length);
      out.push({ start, end: unitAt, text: "" }, { start: unitAt + row[1]!.length, end: itemAt, text: "" }, { start: itemAt + row[2]!.length, end, text: "" });
      i = j;
    }
  }
}

/** A 文库 page's link to one of the document's pages: …纪要(2023年第8次)_第2页. */
const PAGE_LINK_LINE = /_第[0-9]{1,3}[页頁][ \t\u3000]*$/;

/**
 * A 文库 page's links to the document's pages, one a line (…纪要_第1页⏎…纪要_第2页): the page's
 * chrome, left out of what the grammar reads (neither a title nor a hard-wrapped text's lines).
 */
function pageLinkEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  if (!source.includes("_第")) return;
  // (Only the line's end is read: the link ends it.)
  const isLink = (l: Line | undefined): boolean => l !== undefined && l.end - l.start >= 4 && PAGE_LINK_LINE.test(source.slice(Math.max(l.start, l.end - 12), l.end));
  for (let i = 0; i < lines.length; i++) {
    // (Two or more in a row: one alone is a copy's title with its page label, …紀要_第1頁.)
    if (!isLink(lines[i]) || !(isLink(lines[i + 1]) || isLink(lines[i - 1]))) continue;
    leaveOut(lines[i]!, out, chromeRanges);
  }
}

/** An entry of a table of contents: dot leaders, perhaps a document number, then the page (……（青政发〔2024〕6号）（2）, …… （12）). */
const TOC_ENTRY = /(?:…{2,}|\.{6,}|·{6,})[ \t\u3000]*(?:[（(][^（()）\r\n]{2,24}[）)])?[ \t\u3000]*[（(]?[0-9]{1,3}[）)]?[ \t\u3000]*$/;
/** The heading of a table of contents: 目　　录. */
const TOC_HEAD = /^[ \t\u3000]*目[ \t\u3000]*[录錄][ \t\u3000]*$/;
/** A column's label in a gazette's contents: 【县政府文件】. */
const TOC_LABEL = /^[ \t\u3000]*【[^】\r\n]{2,12}】[ \t\u3000]*$/;
/** The most lines an entry's title takes before its dot leaders. */
const TOC_ENTRY_LINES = 3;

/**
 * A gazette's table of contents (目录, its column labels 【会议纪要】 and its entries ……（9）) above
 * the documents: the issue's frame, left out of what the grammar reads (its first entry would
 * pass for the title). Only where two entries or more stand together.
 */
function gazetteContentsEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  if (!source.includes("……") && !source.includes("......") && !source.includes("······")) return;
  const blank = (l: Line): boolean => l.end === l.text;
  const isEntry = (l: Line): boolean => !blank(l) && TOC_ENTRY.test(source.slice(l.text, l.end));
  /** Its heading or a column's label. */
  const isFrame = (l: Line): boolean => TOC_LABEL.test(source.slice(l.start, l.end)) || TOC_HEAD.test(source.slice(l.start, l.end));
  for (let i = 0; i < lines.length; i++) {
    if (!isEntry(lines[i]!)) continue;
    // The run of entries from here: each entry's title may take the lines before its leaders.
    let first = i;
    while (first > 0 && i - first < TOC_ENTRY_LINES && !blank(lines[first - 1]!) && !isEntry(lines[first - 1]!) && !isFrame(lines[first - 1]!)) first--;
    let last = i;
    let entries = 1;
    for (let j = i + 1, gap = 0; j < lines.length && gap <= TOC_ENTRY_LINES; j++) {
      const l = lines[j]!;
      if (blank(l)) continue;
      if (isEntry(l)) {
        entries++;
        last = j;
        gap = 0;
      } else gap++;
    }
    if (entries < 2) return;
    // (Its heading and a column label above the first entry are its own.)
    for (let k = first - 1; k >= 0 && (blank(lines[k]!) || isFrame(lines[k]!)); k--) if (!blank(lines[k]!)) first = k;
    for (let j = first; j <= last; j++) {
      if (!blank(lines[j]!)) leaveOut(lines[j]!, out, chromeRanges);
    }
    return;
  }
}

// ── An attachment's file name as a numbered line: 附件：1.….doc⏎      2.….pdf ─────────────────

/** A numbered line that is only a file's name (an attachment's link): 2.…管理办法（试行）.pdf. */
const FILE_ITEM_LINE = /^[ \t\u3000]*(?:附件[ \t\u3000]*[：:][ \t\u3000]*)?[0-9]{1,2}[.．、][^\r\n]{1,80}\.(?:docx?|DOCX?|pdf|PDF|xlsx?|XLSX?|wps|et|zip|rar)[ \t\u3000]*$/;
/** Whether a text may hold such a line: a file's extension anywhere (one search, led by its full stop). */
const FILE_ITEM_HINT = /\.(?:docx?|DOCX?|pdf|PDF|xlsx?|XLSX?|wps|et|zip|rar)[ \t\u3000]*\r?$/m;

/**
 * The numbered lines of a page's attachment list (附件：1.….doc⏎2.….pdf): links to files, not the
 * document's numbered items. They are the page's chrome, left out of what the grammar reads
 * (above the text, as a disclosure header lists them, they would pass for its first topics).
 */
function fileItemEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  if (!FILE_ITEM_HINT.test(source)) return;
  for (const { start, end, next } of lines) {
    if (!FILE_ITEM_LINE.test(source.slice(start, end))) continue;
    leaveOut({ start, end, next }, out, chromeRanges);
  }
}

// ── A breadcrumb saved as a numbered list: 1. 您现在的位置：首页⏎2. 时政要闻⏎3. <headline> ─────────

/** The first item of a breadcrumb saved as a numbered list: 1. 您现在的位置：首页. */
const NUMBERED_TRAIL_START = new RegExp(`^[ \\t\\u3000]*1[.．、][ \\t\\u3000]*(?:${TRAIL_WORDS})`);
/** The number of an item of that list. */
const TRAIL_ITEM_NUMBER = /^[ \t\u3000]*([0-9])[.．、][ \t\u3000]*\S/;

/**
 * A breadcrumb an HTML list turned into numbered lines (1. 您现在的位置：首页⏎2. 时政要闻⏎3. …召开…会议):
 * the page's chrome, not the document's numbered items; its lines are left out of what the
 * grammar reads (the headline its last item repeats stands below it).
 */
function numberedTrailEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  // (One search of the text's head decides: the trail's words are rare anywhere else.)
  const top = head(source, TITLE_LINES);
  if (!top.includes("位置")) return;
  for (let i = 0; i < Math.min(lines.length, TITLE_LINES); i++) {
    if (!NUMBERED_TRAIL_START.test(source.slice(lines[i]!.start, lines[i]!.end))) continue;
    for (let k = i, n = 1; k < lines.length; k++, n++) {
      const m = TRAIL_ITEM_NUMBER.exec(source.slice(lines[k]!.start, lines[k]!.end));
      if (m === null || Number(m[1]) !== n) return;
      leaveOut(lines[k]!, out, chromeRanges);
    }
    return;
  }
}

/** A document site's numbered page text: the title run into the date that opens the text (1、…纪要（2023年第12次）2023年7月10日下午，…). */
const PAGE_TEXT_ITEM = /^[ \t\u3000]*[0-9]{1,2}、[^，。,\r\n]{4,40}[纪紀]要(?:[（(][^（）()\r\n]{1,12}[）)])?[ \t\u3000]*(?:[0-9]{4}年|[0-9]{1,2}月[0-9]{1,2}日)/;
/** A digit after any indent (sticky: tried at a line's start). */
const DIGIT_OPENS = /[ \t\u3000]*[0-9]/y;
/** A document site's numbered notice to its readers: 1、下载文档前请自行甄别…, 2、"仅部分预览"的文档…. */
const SITE_NOTICE_ITEM = /^[ \t\u3000]*(?:[0-9]{1,2}[.．][ \t\u3000]*)?[0-9]{1,2}[、.．][ \t\u3000]*(?:下载文档前|[“"]?仅部分预览|如文档侵犯|本站所有资源|文档内容的完整性|该文档为用户)/;
/** A document site's preview: the text run onto one line, blanks where lines broke, and cut off (…纪要 第14期 …办公室 … 卜德 ...). */
const CUT_OFF_PREVIEW = /^(?=(?:\S+[ \u3000]+){2}).{60,}(?:\.{3}|…)[ \t\u3000]*$/;

/**
 * A document site's excerpts of the text above it: its numbered page text (金锄头文库: 1、 then the
 * title and the text run together) or its preview cut off with an ellipsis; and its numbered notice
 * to readers (1、下载文档前请自行甄别…). The page's chrome, not the document's numbered items or its opening.
 */
function previewEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  // (Only a line that holds 纪要 or ends with an ellipsis can be one: native searches decide for most texts.)
  const pageText = source.includes("纪要") || source.includes("紀要") || source.includes("文档");
  if (!pageText && !source.includes("...") && !source.includes("…")) return;
  for (const { start, end, next } of lines) {
    if (end - start < 8) continue;
    const last = source.charCodeAt(end - 1);
    const ellipsis = last === 0x2e || last === 0x2026 || last === 0x20 || last === 0x3000;
    // (A page text's line opens with its number: 1、….)
    DIGIT_OPENS.lastIndex = start;
    const numbered = pageText && DIGIT_OPENS.test(source);
    if (!ellipsis && !numbered) continue;
    const text = source.slice(start, end);
    if ((ellipsis && CUT_OFF_PREVIEW.test(text)) || (numbered && (PAGE_TEXT_ITEM.test(text) || SITE_NOTICE_ITEM.test(text)))) {
      leaveOut({ start, end, next }, out, chromeRanges);
    }
  }
}

/** A browser's print header: the date and time, then the page's title (2024/9/23 10:07        …纪要_…网站). */
const PRINT_HEADER = /^[ \t]*[0-9]{4}\/[0-9]{1,2}\/[0-9]{1,2}[ \t]+(?:上午|下午)?[0-9]{1,2}:[0-9]{2}(?:[ \t]+[AP]M)?(?:(?:[ \t\u3000]{2,}|\t)\S.*)?$/;
/** Or the page's title first, a tab, then the date and time (…纪要 - 蠡溪区人民政府<TAB>2024/6/3 09:41). */
const PRINT_HEADER_TITLE_FIRST = /^\S[^\t\r\n]{1,80}\t[ \t]*[0-9]{4}\/[0-9]{1,2}\/[0-9]{1,2}[ \t]+(?:上午|下午)?[0-9]{1,2}:[0-9]{2}(?:[ \t]+[AP]M)?[ \t]*$/;
/** A browser's print footer: the page's address, then the page's number (https://…/post_3812207.html        1/2). */
const PRINT_FOOTER = /^[ \t]*(?:https?:\/\/|file:\/\/)\S+[ \t\u3000]{2,}[0-9]{1,3}\/[0-9]{1,3}[ \t]*$/;

/** A web page printed from a browser: the header and footer the browser put on each page are chrome. */
function browserPrintEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  // (One search decides for most texts: no footer's address, no header.)
  if (!source.includes("://")) return;
  for (const { start, end, next } of lines) {
    const c = source.charCodeAt(start);
    const last = source.charCodeAt(end - 1);
    const titleFirst = end > start && last >= 0x30 && last <= 0x39;
    if (c !== 0x20 && c !== 0x09 && (c < 0x30 || c > 0x39) && c !== 0x68 && c !== 0x66 && !titleFirst) continue;
    const text = source.slice(start, end);
    if (!PRINT_HEADER.test(text) && !PRINT_FOOTER.test(text) && !(titleFirst && PRINT_HEADER_TITLE_FIRST.test(text))) continue;
    leaveOut({ start, end, next }, out, chromeRanges);
  }
}

// ── Hard wraps (text converted from a printed page) ────────────────────────────────────────

/** A page number alone on its line: - 2 -, —3—, －4－, ·2·, 2/3, 第 2 页 共 5 页, 第1页/共2页. */
const PAGE_NUMBER = /^[ \t\f\u3000\u00a0]*(?:[-—–－]{1,2}[ \t\u3000\u00a0]*[0-9０-９]{1,3}[ \t\u3000\u00a0]*[-—–－]{1,2}|[·•][ \t\u3000\u00a0]*[0-9]{1,3}[ \t\u3000\u00a0]*[·•]|[0-9]{1,3}[ \t\u3000\u00a0]*\/[ \t\u3000\u00a0]*[0-9]{1,3}|第[ \t\u3000\u00a0]*[0-9０-９]{1,3}[ \t\u3000\u00a0]*页(?:[ \t\u3000\u00a0]*[,，/／]?[ \t\u3000\u00a0]*共[ \t\u3000\u00a0]*[0-9０-９]{1,3}[ \t\u3000\u00a0]*页)?)[ \t\u3000\u00a0]*$/;
const PAGE_NO = "(?:[-—–－]{1,2}[ \\t\\u3000\\u00a0]*[0-9０-９]{1,3}[ \\t\\u3000\\u00a0]*[-—–－]{1,2}|[·•][ \\t\\u3000\\u00a0]*[0-9]{1,3}[ \\t\\u3000\\u00a0]*[·•]|第[ \\t\\u3000\\u00a0]*[0-9０-９]{1,3}[ \\t\\u3000\\u00a0]*页(?:[ \\t\\u3000\\u00a0]*[,，/／]?[ \\t\\u3000\\u00a0]*共[ \\t\\u3000\\u00a0]*[0-9０-９]{1,3}[ \\t\\u3000\\u00a0]*页)?)";
/**
 * A printed page's running head or foot: the title and the page number apart on one line
 * (…常务会议纪要　　　　第 1 页 共 3 页, — 4 —　　　…纪要).
 */
export const RUNNING_HEAD = new RegExp(`^[ \\t\\u3000\\u00a0]*(?:\\S.{1,40}?[ \\t\\u3000\\u00a0]{3,}${PAGE_NO}|${PAGE_NO}[ \\t\\u3000\\u00a0]{3,}\\S.{1,40}?)[ \\t\\u3000\\u00a0]*$`);
/**
 * Whether `line` is a page number alone, or a running head (the regexes run only where a dash
 * or 第 opens the line, or a dash or 页 ends it).
 */
function isPageNumber(source: string, line: Line): boolean {
  let i = line.start;
  // (A form feed may stand before it, where a conversion kept the page break: \f第2页.)
  while (i < line.end && (source[i] === " " || source[i] === "\t" || source[i] === "\u3000" || source[i] === "\u00a0" || source[i] === "\f")) i++;
  const c = source[i];
  const opens = c === "-" || c === "—" || c === "–" || c === "－" || c === "第";
  if ((opens || c === "·" || c === "•" || (c !== undefined && c >= "0" && c <= "9")) && PAGE_NUMBER.test(source.slice(line.start, line.end))) return true;
  let j = line.end - 1;
  while (j > i && (source[j] === " " || source[j] === "\t" || source[j] === "\u3000" || source[j] === "\u00a0")) j--;
  const d = source[j];
  return (opens || c === "·" || c === "•" || d === "-" || d === "—" || d === "–" || d === "－" || d === "页" || d === "·" || d === "•") && RUNNING_HEAD.test(source.slice(line.start, line.end));
}
/** What ends a line that was not cut by a wrap. */
const LINE_CLOSED = /[。！？；：:;!?）)》”」]$|[0-9０-９〇○零一二三四五六七八九十][ \u3000\u00a0]*年[^年]{1,8}日$|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}$/;
/** What starts a line of its own: an indent, a numbering marker, a list label (应邀列席的县人大代表、县政协委员：), a document number alone (官政發〔2024〕41號), a date, an office and its date set right (a 印发 line: 浒关区人民政府办公室　　2023年6月12日印发), a notice's addressees (各乡镇人民政府，县政府各部门：). */
const LINE_OPENS = /^(?:[ \t\u3000\u00a0]|[─━—\-_=＝]{3}|[〔［\[【]|(?![\u3400-\u9fff]{1,6}的(?:还)?有[：:])[\u3400-\u9fff][\u3400-\u9fff \u3000]{1,8}[：:](?![ \t\u3000\u00a0]*$)|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．、]|议题|(?:出|列|请|請|缺|分|抄|主|印)[ \u3000\u00a0]*[席假送报報发發]|[参參应應][^：:，,。\r\n]{0,8}的(?:还|還)?有[：:]|(?:应邀|應邀|特邀|受邀)(?:列席|出席|参加|參加)[^，,。：:\r\n]{0,30}[：:]|[\u3400-\u9fff]{1,10}[〔［\[][0-9]{4}[〕］\]][0-9]{1,4}[号號][ \t\u3000]*$|附件|[0-9〇○零一二三四五六七八九]{4}[ \u3000\u00a0]*年|[\u3400-\u9fff]{2,30}(?:办公室|辦公室|办公厅|辦公廳)[ \t\u3000\u00a0]{2,}(?=[0-9〇○零一二三四五六七八九]{4}[ \u3000\u00a0]*年)|各[^。：:\r\n]{1,40}[：:][ \t\u3000\u00a0]*$)/;
/** 应邀 / 特邀 ending a line: the list's label it opens goes on in the next (应邀⏎列席…). */
const INVITED_AT_END = /(?:[应應]邀|特邀)$/;
/** A line that opens with a numbering marker (a topic's heading). */
const MARKER_LINE = /^[ \t\u3000\u00a0]*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．、]|议题[一二三四五六七八九十]{1,3})/;
/** A heading's last word: a numbered line ending so may be whole even when it fills the page's width (…的实施方案). */
const HEADING_WORD_END = /(?:汇报|报告|方案|意见|办法|规定|细则|事项|事宜|工作|问题|情况|规划|计划|项目|安排|建议|模式|机制|精神|》|）|\))[ \t\u3000]*$/;
/** How the meeting's own sentence opens under a heading: never the rest of a heading cut by the wrap. */
const BODY_OPENS = /^[ \t\u3000]*(?:会议|会上|會議|會上)/;
/** A comma after a marker's first words: an item's run-in sentence (四、会议研究了…事宜，同意), which a wrap cuts like any other. */
const RUN_IN_SENTENCE = /^[ \t\u3000\u00a0]*\S{1,6}[^，。]{4,}，/;
/** A rule: a line of box-drawing or dash characters. */
export const RULE_LINE = /^[ \t\u3000\u00a0]*[─━═\-—=＝_]{6,}[ \t\u3000\u00a0]*$/;
/** A line pushed to the right by blanks. */
const RIGHT_ALIGNED = /^[ \t\u3000\u00a0]{8,}/;
/** A blank between two characters of a line. */
const INNER_BLANK = /\S[ \t\u3000\u00a0]+\S/;
/** Commas and stops: a line with them is prose or a punctuated list. */
const PROSE_PUNCTUATION = /[，、；。]/;
/** One full-width blank between two letters: a two-letter name's padding (韩　伟). */
const NAME_PADDING = /(?<=[\u3400-\u9fff])\u3000(?=[\u3400-\u9fff])/g;

/** Blanks that set a line's parts apart (a padded list, a spaced heading, header cells), not a name's padding in prose (县长韩　伟在…). */
function blankSeparated(text: string): boolean {
  if (!INNER_BLANK.test(text)) return false;
  // (Nor a print's spaced digits: 5 月 31 日上午，县长, 程安邦在县政府 802 会议.)
  if (SPACED_DIGIT_HINT.test(text) && !INNER_BLANK.test((text = text.replace(SPACED_DIGITS, "")))) return false;
  return !PROSE_PUNCTUATION.test(text) || INNER_BLANK.test(text.replace(NAME_PADDING, ""));
}
/** One blank between a digit and an ideograph, either way round (a PDF's text: 5 月 31 日, 在 802 会议室). */
const SPACED_DIGITS = /(?<=[0-9]) (?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff]) (?=[0-9])/g;
const SPACED_DIGIT_HINT = /[0-9] [\u3400-\u9fff]|[\u3400-\u9fff] [0-9]/;
/** The least share of the long lines a wrap cut (or headings at the width) for a text to be hard-wrapped… */
const CUT_SHARE = 0.3;
/** …and for a text with page numbers. */
const PRINT_CUT_SHARE = 0.2;
/** The fewest lines of the commonest length that make a text hard-wrapped. */
const MIN_WRAPPED = 5;
/** …and in a print with page numbers. */
const MIN_WRAPPED_PRINT = 4;
/** The narrowest page width taken for a hard wrap, in half-width columns. */
const MIN_WIDTH = 36;
/** A mark inside a sentence or at its end. */
const SENTENCE_MARK = /[，,。；;、：:！？]/;
/** A narrower page width taken where most long lines are cut at it (an e-paper's column)… */
const NARROW_MIN_WIDTH = 28;
/** …and at least this many… */
const NARROW_MIN_CUT = 15;
/** The narrowest column taken so in a print (page numbers between the pages): a 公报's two-column page of 11 characters. */
const PRINT_NARROW_MIN_WIDTH = 20;
/** The shortest line counted when a print's narrow column is measured (in half-width columns). */
const PRINT_NARROW_LONG_LINE = 16;
/** …and at least this share of them. */
const NARROW_CUT_SHARE = 0.6;
/** The shortest line counted when the page width is sought (in half-width columns). */
const LONG_LINE = 24;
/** Lines wider than this (no printed page is) count as this wide when the page width is sought. */
const MAX_COLUMNS = 400;
/** How far a full line's width may fall short of (or run past) the page's width. */
const WIDTH_SLACK = 3;
/** A paragraph's first-line indent, in columns (two full-width blanks). */
const INDENT_COLUMNS = 4;
/** The widest left margin of a print's lines that is no indent (an indent is four blanks or two U+3000). */
const MAX_MARGIN = 3;
/** A line that starts with a blank. */
const INDENTED = /^[ \t\u3000\u00a0]/;
/** A title spaced out letter by letter: 洹 东 区 人 民 政 府 常 务 会 议 纪 要. */
const LETTER_SPACED = /^[ \t\u3000\u00a0]*(?:[\u3400-\u9fff][ \u3000\u00a0]{1,2}){5,}[\u3400-\u9fff][ \t\u3000\u00a0]*$/;

interface Line {
  start: number;
  /** End of the content (before the line break). */
  end: number;
  /** End of the line break. */
  next: number;
  /** Where its text starts, after its indent of blanks, tabs and U+3000 (`end` for a blank line). */
  text: number;
  /**
   * The width as read, in half-width columns (an ideograph or full-width sign takes two, a
   * digit one: a printed line holds more characters where it holds digits), less what other
   * edits take away (annotations, entities, tags). Short lines, and the lines of a text whose
   * lengths make no page width: their length in characters.
   */
  length: number;
}

/**
 * The width of a line in columns, where it may count: a line of fewer than LONG_LINE / 2
 * characters is short whatever they are, and its length in characters is enough.
 */
function lineColumns(source: string, start: number, end: number): number {
  return end - start < LONG_LINE / 2 ? end - start : columns(source, start, end);
}

/**
 * The width of source[start, end) in half-width columns: an ASCII character takes one, an
 * ideograph or full-width sign two. Counted natively from the UTF-8 length (one byte against
 * three): (characters + bytes) / 2, which gives U+0080–U+07FF one and a half (not rounded, so
 * that the widths of a line's parts add up).
 */
function columns(source: string, start: number, end: number): number {
  // (A tab that indents a line stands for a paragraph's indent, two full-width blanks.)
  let tabs = 0;
  while (source.charCodeAt(start + tabs) === 9 && start + tabs < end) tabs++;
  return (end - start + Buffer.byteLength(source.slice(start, end), "utf8")) / 2 + tabs * (INDENT_COLUMNS - 1);
}

function linesOf(source: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = source.indexOf("\n", start);
    if (nl < 0) {
      out.push({ start, end: source.length, next: source.length, text: skipIndent(source, start), length: source.length - start });
      return out;
    }
    const end = nl > start && source.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    out.push({ start, end, next: nl + 1, text: skipIndent(source, start, end), length: end - start });
    start = nl + 1;
  }
}

/**
 * A form's label in lenticular brackets at a line's start (【会议时间】2024年9月13日下午, 【出席人员】…)
 * reads as the label and its colon: the brackets go, a colon stands for the closing one.
 */
function bracketLabelEdits(source: string, lines: Line[], out: Edit[]): void {
  // (Native search first: most texts hold no such bracket.)
  if (!source.includes("】")) return;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const i = l.text;
    if (source.charCodeAt(i) !== 0x3010) continue;
    // (A label a page's layout cut over two lines, blank lines between: 【字⏎⏎号】金经管纪〔2024〕15号.)
    const head = CUT_LABEL_HEAD.exec(source.slice(i, l.end));
    if (head !== null) {
      let j = k + 1;
      while (j < lines.length && lines[j]!.text === lines[j]!.end) j++;
      const next = lines[j];
      const tail = next === undefined ? null : CUT_LABEL_TAIL.exec(source.slice(next.text, next.end));
      if (tail !== null && HEADER_KEY_SET.has(head[1]! + tail[1]!)) out.push({ start: i + head[0].length, end: next!.text, text: "" });
      continue;
    }
    BRACKET_LABEL.lastIndex = i;
    const m = BRACKET_LABEL.exec(source);
    if (m === null) {
      // (A fact's label alone on its line, its value on the next: 【会议时间】⏎2023年4月10日下午3时.
      // A list's label, 【会议议题】⏎一、…, stays on its line.)
      const alone = BRACKET_LABEL_ALONE.exec(source.slice(i, l.end));
      // (A blank line may stand between: 【出席人员】⏎⏎向振宇　田　敏….)
      const next = lines[k + 1] !== undefined && lines[k + 1]!.text === lines[k + 1]!.end ? lines[k + 2] : lines[k + 1];
      // (A heading of the reports in brackets, 【书面通报】, reads as the heading alone, its brackets as blanks.)
      if (alone !== null && REPORTS_HEADING.test(alone[1]!.trim())) {
        out.push({ start: i, end: i + 1, text: " " }, { start: i + alone[0].length - 1, end: i + alone[0].length, text: " " });
        continue;
      }
      if (alone === null || next === undefined || next.text === next.end || !FORM_LABEL.test(alone[1]!.trim()) || LIST_SECTION.test(alone[1]!)) continue;
      const opens = source.charCodeAt(next.text);
      if (opens === 0x3010 || MARKER_LINE.test(source.slice(next.text, next.end))) continue;
      out.push({ start: i, end: i + 1, text: "" }, { start: i + alone[0].length - 1, end: next.text, text: "：" });
      continue;
    }
    if (!FORM_LABEL.test(m[1]!.trim())) continue;
    out.push({ start: i, end: i + 1, text: "" }, { start: i + m[0].length - 1, end: i + m[0].length, text: "：" });
  }
}
/** A bracket's label cut at the line's end (【字), and the rest of it opening a later line (号】…). */
const CUT_LABEL_HEAD = /^【([\u3400-\u9fff]{1,4})[ \t\u3000]*$/;
const CUT_LABEL_TAIL = /^([\u3400-\u9fff]{1,4})】/;
/** The header's labels, to tell a cut label. */
const HEADER_KEY_SET = new Set(HEADER_KEYS);
/** A label in lenticular brackets alone on its line (up to its closing bracket). */
const BRACKET_LABEL_ALONE = /^【([^【】\r\n]{2,10})】(?=[ \t\u3000]*$)/;
/** A heading of the 书面通报 items: 书面通报, 会议书面通报事项. */
const REPORTS_HEADING = /^(?:[会會][议議])?[书書]面通[报報](?:事[项項])?$/;
/** The labels of a form's lists of items: 议题, 内容, 议定事项. */
const LIST_SECTION = /[议議][ \u3000\u00a0]*[题題]|[内內][ \u3000\u00a0]*容|[议議]定/;
/** A label in lenticular brackets with text after it on the line (the label in group 1). */
const BRACKET_LABEL = /【([^【】\r\n]{2,10})】(?=[ \t\u3000]*[^ \t\u3000\r\n【])/y;

/** Where the text after `at` starts, past blanks, tabs and U+3000 (up to `end`). */
function skipIndent(source: string, at: number, end: number = source.length): number {
  let i = at;
  while (i < end && (source.charCodeAt(i) === 0x20 || source.charCodeAt(i) === 0x09 || source.charCodeAt(i) === 0x3000)) i++;
  return i;
}

/** The count of lines of each width, reused from document to document (only {@link mostAround} reads it). */
const widthCounts = new Int32Array(MAX_COLUMNS + 2 * WIDTH_SLACK + 1);

/** The length that most lines of at least `min` come within `slack` of, and how many do. */
function mostAround(lines: Line[], min: number, slack: number): { width: number; most: number } {
  const counts = widthCounts.fill(0, 0, MAX_COLUMNS + slack + 1);
  for (const l of lines) if (l.length >= min) counts[Math.min(Math.round(l.length), MAX_COLUMNS)]!++;
  let width = 0;
  let most = 0;
  for (let w = min; w <= MAX_COLUMNS; w++) {
    if (counts[w] === 0) continue;
    let n = 0;
    for (let v = w - slack; v <= w + slack; v++) n += counts[v]!;
    // (On a tie, the width more lines have exactly: 52 over 55 when 55 only reaches one line more.)
    if (n > most || (n === most && counts[w]! >= counts[width]!)) [width, most] = [w, n];
  }
  return { width, most };
}

/**
 * A printed page's head on a line of its own (桐溪县人民政府常务会议纪要〔2024〕17号 at the top of every
 * page after the first): the first line after page numbers, the same each time, naming the minutes,
 * or the same as a line of the first page (the document's own head: a two-page print has one page number).
 */
function repeatedPageHeads(source: string, lines: Line[], page: Line[]): Line[] {
  const after = new Map<string, Line[]>();
  for (const p of page) {
    // (A page number above the text, or under a document site's page label, heads no page after a
    // break: the title under it stays. Only one after the text has begun does.)
    if (!TEXT_BEGUN.test(source.slice(0, p.start))) continue;
    let k = lines.indexOf(p) + 1;
    while (k < lines.length && lines[k]!.end === lines[k]!.start) k++;
    const head = lines[k];
    if (head === undefined || page.includes(head)) continue;
    const text = source.slice(head.start, head.end).trim();
    // (Its parts set apart by a wide gap count as one blank apart.)
    const length = text.replace(WIDE_GAP, " ").length;
    if (length < 4 || length > 48) continue;
    // (An organ over a date is the 落款, set on a page of its own, though the 版头 names the same organ.)
    let d = k + 1;
    while (d < lines.length && lines[d]!.end === lines[d]!.start) d++;
    if (SIGNING_ORGAN.test(text) && d < lines.length && DATE_OPENS.test(source.slice(lines[d]!.start, lines[d]!.end))) continue;
    after.set(text, [...(after.get(text) ?? []), head]);
  }
  const firstPage = source.slice(0, page[0]!.start);
  return [...after].filter(([text, heads]) => heads.length >= 2 || RUNNING_HEAD_TEXT.test(text) || GAZETTE_HEAD_TEXT.test(text) || firstPageLine(firstPage, text)).flatMap(([, heads]) => heads);
}

/** A run of blanks that sets a running head's parts apart. */
const WIDE_GAP = /[ \t\u3000]{2,}/g;
/** A sentence's comma or full stop: the text has begun. */
const TEXT_BEGUN = /[，。]/;
/** A gazette's running head, its issue before or after its name: 2024年第6期　樟溪县人民政府公报. */
const GAZETTE_HEAD_TEXT = /^(?:[0-9]{4}[ \u3000]*年[ \u3000]*第[ \u3000]*[0-9]{1,3}[ \u3000]*期[^，。；：,;:]*[\u3400-\u9fff]{2,20}公[报報]|[\u3400-\u9fff]{2,20}公[报報][^，。；：,;:]*[0-9]{4}[ \u3000]*年[ \u3000]*第[ \u3000]*[0-9]{1,3}[ \u3000]*期[^，。；：,;:]*)$/;
/** A running head naming the document, no sentence: 渠陂县人民政府常务会议纪要〔2025〕2号. */
const RUNNING_HEAD_TEXT = /^[^，。；：,;:]*(?:纪要|紀要)[^，。；：,;:]*$/;

/** Whether `text` stands alone on a line of `firstPage` (blanks around it aside). */
function firstPageLine(firstPage: string, text: string): boolean {
  for (let at = firstPage.indexOf(text); at >= 0; at = firstPage.indexOf(text, at + 1)) {
    const before = firstPage.lastIndexOf("\n", at - 1) + 1;
    const after = firstPage.indexOf("\n", at + text.length);
    if (firstPage.slice(before, at).trim() === "" && firstPage.slice(at + text.length, after < 0 ? undefined : after).trim() === "") return true;
  }
  return false;
}

/** Subtracts from each line's width what the edits within it take away. */
function readLengths(source: string, lines: Line[], edits: Edit[]): void {
  if (edits.length === 0) return;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const l of lines) {
    while (k < sorted.length && sorted[k]!.start < l.start) k++;
    for (let e = k; e < sorted.length && sorted[e]!.start < l.end; e++) {
      const edit = sorted[e]!;
      l.length -= columns(source, edit.start, Math.min(edit.end, l.end)) - columns(edit.text, 0, edit.text.length);
    }
  }
}

/** An organ's name alone on its line, as a 落款 signs: 柘湾区人民政府办公室. */
const SIGNING_ORGAN = /^[ \t\u3000]*[\u3400-\u9fff]{2,24}(?:人民政府|政府|办公室|辦公室|委员会|委員會|管委会|管委會|局)[ \t\u3000]*$/;
/** A line that opens with a date's year: 二〇二二年九月十六日, 2022年9月16日. */
const DATE_OPENS = /^[ \t\u3000]*[0-9〇○零一二三四五六七八九]{4}[ \u3000]*年/;

/**
 * The left margin a print sets its lines off the edge by (a blank or up to {@link MAX_MARGIN}),
 * which is no indent: the widest that all but a few of its lines with text have (a line a later
 * conversion wrapped again may have none).
 */
function leftMargin(lines: Line[]): number {
  const atLeast = new Array<number>(MAX_MARGIN + 1).fill(0);
  let withText = 0;
  for (const l of lines) {
    if (l.end === l.start) continue;
    withText++;
    for (let m = 1; m <= Math.min(MAX_MARGIN, l.text - l.start); m++) atLeast[m]!++;
  }
  for (let m = MAX_MARGIN; m > 0; m--) if (withText - atLeast[m]! <= withText / 10) return m;
  return 0;
}

/**
 * A print may wrap at a count of characters, not of columns (a page set in a grid): there a line
 * with digits or letters is as full as the page though narrower in columns. Where the long lines'
 * widths cluster better so, every character of a line's text is read as two columns. (`widths`: each
 * line's width in columns as {@link lineColumns} gave it, before other edits were taken away.)
 */
function countedWhereDenser(source: string, lines: Line[], widths: readonly number[]): void {
  const extra = lines.map((l, i) => columns(source, l.start, l.text) + 2 * (l.end - l.text) - widths[i]!);
  if (!extra.some((n) => n > 0)) return;
  const inColumns = mostAround(lines, LONG_LINE, WIDTH_SLACK).most;
  lines.forEach((l, i) => (l.length += extra[i]!));
  if (mostAround(lines, LONG_LINE, WIDTH_SLACK).most > inColumns) return;
  lines.forEach((l, i) => (l.length -= extra[i]!));
}

/**
 * Line breaks a hard wrap put inside paragraphs, headings and lists (text converted from a
 * printed page: every full line as long as the page is wide), and page numbers between them.
 */
function wrapEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][], wrapped = true): void {
  if (lines.length < MIN_WRAPPED) return;
  // (Measured in columns only where a few long lines come within some characters of one length.)
  // (A print whose lines are its paragraphs has page numbers and running heads to drop all the same.)
  const page = lines.filter((l) => isPageNumber(source, l));
  if (page.length >= 1) page.push(...repeatedPageHeads(source, lines, page));
  // (A print's page numbers tell a print: there fewer lines cut at one width tell the wrap.)
  const minWrapped = page.length > 0 ? MIN_WRAPPED_PRINT : MIN_WRAPPED;
  const clustered = wrapped && mostAround(lines, LONG_LINE / 2, 2 * WIDTH_SLACK).most >= minWrapped;
  if (clustered) {
    for (const l of lines) l.length = lineColumns(source, l.start, l.end);
    const read = lines.map((l) => l.length);
    readLengths(source, lines, out);
    countedWhereDenser(source, lines, read);
  }
  for (const l of page) {
    leaveOut(l, out, chromeRanges);
  }
  if (!clustered) return;
  // The page's width: the width most long lines come within WIDTH_SLACK of (a printed line
  // holds a little more or less as its punctuation is squeezed).
  // (Not counting the lines left out whole, the page numbers and running heads above included: a
  // head repeated on every page is no text line, nor is a gazette's table of contents.)
  const removedTo = new Map<number, number>();
  for (const e of out) if (e.text === "") removedTo.set(e.start, Math.max(e.end, removedTo.get(e.start) ?? e.end));
  const textLines = removedTo.size > 0 ? lines.filter((l) => l.end === l.start || (removedTo.get(l.start) ?? -1) < l.end) : lines;
  let { width, most } = mostAround(textLines, LONG_LINE, WIDTH_SLACK);
  let longLine = LONG_LINE;
  // (A print's narrow column, a 公报's two-column page of 11 or 12 characters, is measured again
  // from shorter lines, where page numbers tell a print.)
  if (page.length > 0 && width < NARROW_MIN_WIDTH) {
    for (const l of lines) if (l.end - l.start < LONG_LINE / 2 && l.end - l.start >= PRINT_NARROW_LONG_LINE / 2) l.length = columns(source, l.start, l.end);
    const narrow = mostAround(textLines, PRINT_NARROW_LONG_LINE, WIDTH_SLACK);
    if (narrow.most > most) {
      ({ width, most } = narrow);
      longLine = PRINT_NARROW_LONG_LINE;
    }
  }
  // Hard-wrapped: many lines cut open at one width (not lines that merely happen to be as long).
  // (Rules and lines set to the right are as wide as the page or wider, but never cut.)
  const long = textLines.filter((l) => {
    if (l.length < longLine) return false;
    const text = source.slice(l.start, l.end);
    return !RIGHT_ALIGNED.test(text) && !RULE_LINE.test(text);
  }).length;
  // (The line readings see text without markup: a mirror's annotations and zero-width spaces are
  // gone before them, see readingView.)
  const read = (l: Line): string => source.slice(l.start, l.end);
  // (The first line of a paragraph whose indent a conversion dropped is an indent narrower.)
  // (Asked of the same lines again and again: worked out once each.)
  const lost = new Int8Array(lines.length).fill(-1);
  const lostIndent = (i: number): number => {
    if (lost[i]! < 0) {
      const l = lines[i]!;
      // (Only a line near the page's width can need it.)
      lost[i] = l.length < width - WIDTH_SLACK - INDENT_COLUMNS || l.length >= width || INDENTED.test(read(l)) ? 0 : i === 0 || lines[i - 1]!.end === lines[i - 1]!.start || isClosedLine(read(lines[i - 1]!)) ? INDENT_COLUMNS : 0;
    }
    return lost[i]!;
  };
  const atWidth = (l: Line, i: number): boolean => Math.abs(l.length - width) <= WIDTH_SLACK || (l.length < width && l.length >= width - WIDTH_SLACK - lostIndent(i));
  // (Lines that are never joined, headings and padded lists, do not count.)
  const cut = lines.filter((l, i) => atWidth(l, i) && !isClosedLine(read(l))).length;
  // (For the share of long lines cut, headings cut at the page's width count too.)
  const cutOrHeading = lines.filter((l, i) => atWidth(l, i) && !lineClosed(read(l)) && !blankSeparated(read(l))).length;
  // (A print's page numbers tell a print: there fewer of the long lines need to be cut.)
  // (A narrow column, an e-paper's of 15 characters, must be cut line after line to tell.)
  const narrowColumn = width >= (page.length > 0 ? PRINT_NARROW_MIN_WIDTH : NARROW_MIN_WIDTH) && cut >= NARROW_MIN_CUT && cut >= long * NARROW_CUT_SHARE;
  if ((width < MIN_WIDTH && !narrowColumn) || most < minWrapped || cut < minWrapped || cutOrHeading < long * (page.length > 0 ? PRINT_CUT_SHARE : CUT_SHARE)) return;
  const margin = leftMargin(lines);
  /** The line the last cut line went on in. */
  let joinedInto = -1;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const text = read(line);
    // (A line that ends in a label's first character, its second opening the next line, is cut
    // however short or closed it looks: …童佳怡应⏎邀列席会议, 请假：何耀东（外出招商）  应⏎邀列席：….)
    // (At the print's margin, or no deeper than the cut line: a short print's margin may read less.)
    const labelCut = labelCutAt(text, lines[i + 1], Math.max(margin, line.text - line.start), source);
    // (A line set to the right, 〔2025〕11号 or a 落款 date, is as wide as the page but not cut.)
    // (A heading that ends in a heading's word is cut all the same where the next line opens with
    // a comma, or where it leaves a 《 open: …资金筹措事宜⏎，同意…, …《…专项规划⏎（2024—2035年）》。)
    const goesOn = !labelCut && MARKER_LINE.test(text) && !lineClosed(text) && lines[i + 1] !== undefined && (CONTINUATION_OPENS.test(source.slice(lines[i + 1]!.start, lines[i + 1]!.end)) || text.lastIndexOf("《") > text.lastIndexOf("》"));
    if ((!labelCut && (line.length < width - WIDTH_SLACK - lostIndent(i) || (isClosedLine(text) && !goesOn))) || RIGHT_ALIGNED.test(text) || RULE_LINE.test(text) || TRAIL_LINE.test(text) || (page.length > 0 && page.includes(line))) continue;
    // (In a narrow column a headline fills the width too: a line without a mark goes on only in a
    // sentence the line before went on into it, so a headline stays whole, its subtitle apart.)
    // (A numbered line is no headline: （一）会议听取了县发展⏎改革委….)
    if (width < MIN_WIDTH && joinedInto !== i && !SENTENCE_MARK.test(text) && !MARKER_LINE.test(text)) continue;
    // Page numbers between, with the blank lines around them (…区社会福⏎⏎— 2 —⏎⏎利中心…).
    let j = i + 1;
    let k = j;
    while (k < lines.length && (page.includes(lines[k]!) || lines[k]!.end === lines[k]!.start)) k++;
    if (k > j && page.some((p) => p.start >= lines[j]!.start && p.start < (lines[k]?.start ?? source.length))) j = k;
    const next = lines[j];
    // (A label the wrap cut after its 应邀 goes on in its line: …应邀⏎列席会议的区人大代表…：.)
    const nextMargin = next === undefined ? 0 : Math.min(margin, next.text - next.start);
    if (next === undefined || next.end === next.start || (!labelCut && LINE_OPENS.test(source.slice(next.start + nextMargin, next.end)) && !INVITED_AT_END.test(text))) continue;
    // (A numbered line that fills the page's width, its heading whole: the decision under it stays apart.)
    if (MARKER_LINE.test(text) && BODY_OPENS.test(source.slice(next.start, next.end))) continue;
    // (Nor goes a line on into a 落款's organ over its date: …主要负责同志⏎柘湾区人民政府办公室⏎二〇二二年九月十六日.)
    const after = lines[j + 1];
    if (after !== undefined && SIGNING_ORGAN.test(source.slice(next.start, next.end)) && DATE_OPENS.test(source.slice(after.start, after.end))) continue;
    // The line goes on in the next: what stands between is read as nothing (a stray blank a
    // conversion left at the line's end too: 主持 ⏎召开).
    let cutAt = line.end;
    while (cutAt > line.start && (source.charCodeAt(cutAt - 1) === 0x20 || source.charCodeAt(cutAt - 1) === 0x09)) cutAt--;
    out.push({ start: cutAt, end: next.start + nextMargin, text: "" });
    // (A label so cut after a gap in a line of another list, 请假：何耀东（外出招商）  应⏎邀列席：…, opens a line of its own.)
    const runOn = labelCut ? LABEL_AFTER_GAP.exec(text) : null;
    if (runOn !== null) out.push({ start: line.start + runOn.index, end: line.start + runOn.index + runOn[1]!.length, text: "\n" });
    joinedInto = j;
  }
}

/** What never opens a line of its own: a comma, a stop or a closing bracket (…事宜⏎，同意…). */
const CONTINUATION_OPENS = /^[，、；：。,;）》」』]/;
/** A line ending in a label's first character after text or a gap: …童佳怡应, …葛嘉树主, …（外出招商）  应. */
const LABEL_HEAD_END = /[\u3400-\u9fff，、。；）) \u3000][应應出列请請主]$/;
/** A line of a list (its label first) ending in a gap and a label's first character: 请假：何耀东（外出招商）  应. */
const LABEL_AFTER_GAP = /(?<=^[ \t\u3000]*[\u3400-\u9fff][ \u3000]*[\u3400-\u9fff](?:人[员員])?[：:].*\S)([ \t]{2,}|\u3000+)[应應出列请請]$/;
/** A label's word cut in two by a line end: 应⏎邀, 出⏎席, 列⏎席, 请⏎假, 主⏎持. */
const LABEL_CUT = /^(?:[应應]邀|出席|列席|[请請]假|主持)/;

/** Whether `text` ends in the first character of a label whose second opens the `next` line (indented no more than `margin`). */
function labelCutAt(text: string, next: Line | undefined, margin: number, source: string): boolean {
  return next !== undefined && next.text - next.start <= margin && LABEL_HEAD_END.test(text) && LABEL_CUT.test(text.slice(-1) + source.charAt(next.text));
}

/**
 * Whether a line ends where it is, whatever its width: it closes a sentence, or it is a list of
 * padded names (where a line end separates names), or a numbered heading that ends with a
 * heading's last word (…的汇报; the builder joins the rest of one that goes on). A numbered line
 * cut mid-word, or an item's run-in sentence, is cut like any other.
 */
function isClosedLine(text: string): boolean {
  return lineClosed(text) || blankSeparated(text) || (MARKER_LINE.test(text) && !RUN_IN_SENTENCE.test(text) && HEADING_WORD_END.test(text));
}

/** {@link LINE_CLOSED} on the line's last characters (the regex has no use for the rest; tried on all of it, it scans every position). */
function lineClosed(text: string): boolean {
  return LINE_CLOSED.test(text.length > 32 ? text.slice(-32) : text);
}

/** Five letters spaced out in a row, anywhere. */
const SPACED_LETTERS = /(?:[\u3400-\u9fff][ \u3000\u00a0]{1,2}){5}[\u3400-\u9fff]|[纪紀][ \u3000\u00a0]{1,3}要/;
/** A short heading spaced out letter by letter: 会 议 纪 要, 纪　要. */
const SHORT_SPACED = /^[ \t\u3000\u00a0]*(?:[\u3400-\u9fff][ \u3000\u00a0]{1,3}){1,5}[\u3400-\u9fff][ \t\u3000\u00a0]*$/;
/**
 * A line break inside a sentence: text on both sides (a stray blank may end the line), no indent
 * after it (a print's left margin of up to three blanks aside, which every line has).
 */
const BREAK_IN_TEXT = /[\u3400-\u9fff，、0-9)）][ \t]?(?:\r?\n)(?:[-—–－][ \t\u3000\u00a0]*[0-9]{1,3}[ \t\u3000\u00a0]*[-—–－][ \t\u3000\u00a0]*\r?\n)?(?: {1,3}(?! ))?[\u3400-\u9fff，、。“《（0-9]/g;

/** Whether a text may be hard-wrapped: line breaks inside sentences, at least a few of them. */
function mayBeHardWrapped(source: string, min: number): boolean {
  BREAK_IN_TEXT.lastIndex = 0;
  let n = 0;
  while (BREAK_IN_TEXT.exec(source) !== null) if (++n >= min) return true;
  return false;
}

/** The lines a title may stand in, at the top of the text. */
const TITLE_LINES = 16;

/** The first `n` lines of a text. */
function head(source: string, n: number): string {
  let end = 0;
  for (let i = 0; i < n; i++) {
    const nl = source.indexOf("\n", end);
    if (nl < 0) return source;
    end = nl + 1;
  }
  return source.slice(0, end);
}

/**
 * A 落款 spaced out letter by letter, as an OCR'd scan reads (云　碚　县　人　民　政　府　办　公　室⏎
 * ２　０　２　２　年　１　０　月　１　２　日): its blanks read as nothing, in the text's last lines.
 */
function spacedSignatureEdits(source: string, lines: Line[], out: Edit[]): void {
  for (const l of lines.slice(-FOOT_LINES)) {
    const text = source.slice(l.start, l.end);
    if (!SPACED_FOOT_LINE.test(text)) continue;
    const letters = text.replace(/[ \t\u3000\u00a0]/g, "");
    if (SIGNING_ORGAN.test(letters) || DATE_LETTERS.test(letters)) letterBlankEdits(l.start, text, out);
  }
}
/** A title spaced out as a sub-label of a list, before its colon: 副 县 长：, 县　　长：. */
const SPACED_TITLE_LABEL = /^([ \t\u3000]*)([\u3400-\u9fff](?:[ \u3000]+[\u3400-\u9fff]){1,4})(?=[ \u3000]*[：:])/gm;
/** What such a label spells: a title (县长, 副县长, 常务副县长, 主任). */
const TITLE_LETTERS = /^[\u3400-\u9fff]{0,4}(?:[长長]|主任|[书書][记記]|主席)$/;
/** A hint that a text holds one: a letter, a blank, 长 and a colon. */
const SPACED_TITLE_HINT = /[\u3400-\u9fff][ \u3000]+[长長][ \u3000]*[：:]/;

/** A list's sub-label spaced out as a title (副 县 长：覃 明　党晓琳): its letters read together, the colon's label a title. */
function spacedTitleLabelEdits(source: string, out: Edit[]): void {
  if (!SPACED_TITLE_HINT.test(source)) return;
  for (const m of source.matchAll(SPACED_TITLE_LABEL)) {
    if (TITLE_LETTERS.test(m[2]!.replace(/[ \u3000]/g, ""))) letterBlankEdits(m.index + m[1]!.length, m[2]!, out);
  }
}

/** The blanks between a spaced line's letters (not those around it), each read as nothing. */
function letterBlankEdits(start: number, text: string, out: Edit[]): void {
  const lead = text.length - text.trimStart().length;
  for (const m of text.trim().matchAll(/[ \u3000\u00a0]+/g)) out.push({ start: start + lead + m.index, end: start + lead + m.index + m[0].length, text: "" });
}
/** How many lines at the text's end a 落款 is looked for in. */
const FOOT_LINES = 16;
/** A line of single letters and digits, each one blank from the next (six or more). */
const SPACED_FOOT_LINE = /^[ \t\u3000\u00a0]*(?:[\u3400-\u9fff0-9０-９〇○][ \u3000\u00a0]){5,}[\u3400-\u9fff0-9０-９〇○][ \t\u3000\u00a0]*$/;
/** A date's letters: ２０２２年１０月１２日, 二〇二二年十月十二日. */
const DATE_LETTERS = /^[0-9０-９〇○零一二三四五六七八九]{4}年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日$/;

/** Letter-spaced titles (洹 东 区 … 纪 要): the spaces between the letters are read as nothing. */
function spacedTitleEdits(source: string, lines: Line[], out: Edit[]): void {
  for (const l of lines.slice(0, TITLE_LINES)) {
    const text = source.slice(l.start, l.end);
    const letters = text.replace(/[ \t\u3000\u00a0]/g, "");
    // (Or a form's short heading: 会 议 纪 要.)
    if ((LETTER_SPACED.test(text) && /纪要|紀要|会议|會議|政府/.test(letters)) || (SHORT_SPACED.test(text) && /[纪紀]要$|[记記][录錄]$/.test(letters))) letterBlankEdits(l.start, text, out);
  }
}

/**
 * The view of `source` the grammar reads, without pinyin annotations, HTML entities and stray
 * tags; `offsets` maps it back (null when nothing was changed).
 *
 * A text with markup is read in two steps: first the markup goes (tags, entities, a mirror's
 * pinyin annotations, odd blanks), then the readings that work line by line (meeting-form rows,
 * spaced titles, hard wraps, page numbers) see the lines as they read: a page scraped onto one
 * line, a printed page put in one `<p>` per line, or a mirror copy's annotated masthead reads as
 * its plain text would.
 * @example readingView("<p>区长&emsp;张三</p>").text // "区长 张三"
 */
export function readingView(source: string): TextView {
  const edits: Edit[] = annotationCuts(source).map(([start, end]) => ({ start, end, text: "" }));
  entityEdits(source, edits);
  noBreakSpaceEdits(source, edits);
  const chromeRanges: [number, number][] = [];
  tagEdits(source, edits, chromeRanges);
  const markup = applyEdits(source, edits, chromeRanges);
  // (A drawn table's bars are pipes before the line readings see its rows.)
  return readThen(readThen(readThen(readThen(markup, boxDrawingEdits), peopleTableEdits), topicTableEdits), lineEdits);
}

/** A table's head over its topics: 议题, 会议议题, 议题名称. */
const TOPIC_HEAD = /^(?:[会會][议議]|主要)?[议議][题題](?:名[称稱]|[内內]容)?$/;
/** A table's head over what was decided on each topic: 议定事项, 会议决定, 研究意见, 审议意见 …. */
const DECISION_HEAD = /^(?:[会會][议議])?(?:[议議]定(?:事[项項]|意[见見]|[内內]容)|[决決]定(?:事[项項])?|(?:研究|[审審][议議])意[见見]|[审審][议議][结結]果|意[见見])$/;
/** A table's head over the rows' numbers: 序号. */
const NUMBER_HEAD = /^序[号號]$/;
/** A row's number: 1, 12. */
const ROW_NUMBER = /^[0-9]{1,2}$/;
/** A cell of a row, between tabs or pipes (its content, maybe empty). */
const TABLE_CELL = /[^\t|｜\r\n]*/y;

/** The cells of a row (tabs or pipes between them; pipes at its ends read as nothing), trimmed, with where each stands. */
function tableCells(row: string, pipes: boolean): { at: number; end: number; text: string }[] {
  const cells: { at: number; end: number; text: string }[] = [];
  let i = 0;
  if (pipes) {
    i = skipIndent(row, 0);
    if (row[i] !== "|" && row[i] !== "｜") return [];
    i++;
  }
  while (i <= row.length) {
    TABLE_CELL.lastIndex = i;
    const raw = TABLE_CELL.exec(row)![0];
    const text = raw.trim();
    const at = i + raw.indexOf(text);
    cells.push({ at, end: at + text.length, text });
    i += raw.length + 1;
  }
  // (The pipe that closes a row leaves an empty cell after it: none.)
  if (pipes && cells.length > 0 && cells[cells.length - 1]!.text === "") cells.pop();
  return cells;
}

/**
 * A table of topics copied from a spreadsheet or a word processor (序号<TAB>议题<TAB>议定事项<TAB>责任股室,
 * | 1 | 关于… | 原则同意… |): each row read as the numbered topic it stands for, its heading the 议题
 * cell, its text the 议定事项 cell, each other cell a line of its own under its column's head
 * (责任股室：规划建设股). The heads row is the table's frame.
 */
function topicTableEdits(source: string, edits: Edit[], chromeRanges: [number, number][]): void {
  if (!source.includes("议题") && !source.includes("議題")) return;
  const tabs = source.includes("\t");
  const pipes = source.includes("|") || source.includes("｜");
  if (!tabs && !pipes) return;
  const lines = linesOf(source);
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    const headRow = source.slice(head.start, head.end);
    const piped = pipes && /^[ \t\u3000]*[|｜]/.test(headRow);
    if (!piped && !(tabs && headRow.includes("\t"))) continue;
    const heads = tableCells(headRow, piped).map((c) => c.text.replace(/[ \u3000]/g, ""));
    const topicAt = heads.findIndex((h) => TOPIC_HEAD.test(h));
    const decisionAt = heads.findIndex((h) => DECISION_HEAD.test(h));
    const numberAt = heads.findIndex((h) => NUMBER_HEAD.test(h));
    if (topicAt < 0 || decisionAt <= topicAt || (numberAt >= 0 && numberAt > topicAt)) continue;
    const rows: { line: Line; cells: { at: number; end: number; text: string }[] }[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      const row = source.slice(line.start, line.end);
      if (piped && RULE_CELLS_ROW.test(row)) continue;
      const cells = tableCells(row, piped);
      if (cells.length < decisionAt || cells[topicAt]?.text === "" || cells[topicAt] === undefined) break;
      if (numberAt >= 0 && !ROW_NUMBER.test(cells[numberAt]!.text)) break;
      rows.push({ line, cells });
    }
    if (rows.length === 0) continue;
    edits.push({ start: head.start, end: head.next, text: "" });
    chromeRanges.push([head.text, head.end]);
    for (let k = i + 1; k < j; k++) {
      const { start, end, next } = lines[k]!;
      if (piped && RULE_CELLS_ROW.test(source.slice(start, end))) edits.push({ start, end: next, text: "" });
    }
    rows.forEach(({ line, cells }, n) => {
      const topic = cells[topicAt]!;
      // The number and its separator read as the topic's marker (1、); a table without numbers numbers its rows.
      if (numberAt >= 0) {
        const number = cells[numberAt]!;
        edits.push({ start: line.start, end: line.start + number.at, text: "" }, { start: line.start + number.end, end: line.start + topic.at, text: "、" });
      } else edits.push({ start: line.start, end: line.start + topic.at, text: `${n + 1}、` });
      let from = topic.end;
      for (let c = topicAt + 1; c < cells.length; c++) {
        const cell = cells[c]!;
        if (cell.text === "") continue;
        const label = c === decisionAt || heads[c] === undefined || heads[c] === "" ? "" : `${heads[c]}：`;
        edits.push({ start: line.start + from, end: line.start + cell.at, text: `\n${label}` });
        from = cell.end;
      }
      edits.push({ start: line.start + from, end: line.end, text: "" });
    });
    i = j - 1;
  }
}

/** A table's row of column heads over people (| 姓名 | 职务 | 请假原因 |, 单位 | 姓名 | 职务): a 姓名 cell among other heads. */
const PEOPLE_HEADS_ROW = /^[ \t\u3000]*[|｜]?[ \t\u3000]*(?:(?:[单單]位|[职職][务務]|事由|[请請]假(?:事由|原因)|原因|[备備][注註])[ \t\u3000]*[|｜][ \t\u3000]*)*姓[ \u3000]*名(?:[ \t\u3000]*[|｜][ \t\u3000]*(?:[单單]位|[职職][务務]|事由|[请請]假(?:事由|原因)|原因|[备備][注註]))+[ \t\u3000]*[|｜]?[ \t\u3000]*$|^[ \t\u3000]*[|｜]?[ \t\u3000]*(?:[单單]位|[职職][务務])[ \t\u3000]*[|｜][ \t\u3000]*姓[ \u3000]*名[ \t\u3000]*[|｜]?[ \t\u3000]*$/;
/** Whether a table row's first cell is a disclosure header's key and its second a value: | 信息索引号 | 440604-GY-2024-0317 |. */
function keyRow(row: string): boolean {
  const cells = row.trim().replace(/^[|｜]|[|｜]$/g, "").split(/[|｜]/).map((c) => c.replace(KEY_BLANKS, "").replace(/[：:]$/, ""));
  return cells.length === 2 && HEADER_KEY_CELL.test(cells[0]!) && cells[1] !== "";
}
/** A table's rule row: | --- | --- |, ---- | ----. */
const RULE_CELLS_ROW = /^[ \t\u3000]*[|｜]?(?:[ \t\u3000]*:?-{3,}:?[ \t\u3000]*[|｜]?)+[ \t\u3000]*$/;
/** A pipe between two cells, with its blanks; and one at either end. */
const INNER_PIPE = /[ \t\u3000]*[|｜][ \t\u3000]*/g;

/**
 * A pipe table of people under a list's label (| 姓名 | 职务 | 请假原因 |⏎|---|…⏎| 叶振东 | 副区长 | … |):
 * its cells read as columns set apart by wide blanks, its rule row as nothing, so that the line
 * readings take the heads row out and read each row as the person it names.
 */
function peopleTableEdits(source: string, edits: Edit[]): void {
  if (!source.includes("姓名") || (!source.includes("|") && !source.includes("｜"))) return;
  const lines = linesOf(source);
  for (let i = 0; i < lines.length; i++) {
    const head = source.slice(lines[i]!.start, lines[i]!.end);
    if (!PEOPLE_HEADS_ROW.test(head) || !/[|｜]/.test(head)) continue;
    const cells = head.trim().replace(/^[|｜]|[|｜]$/g, "").split(/[|｜]/).length;
    for (let j = i; j < lines.length && lines[j]!.end > lines[j]!.start; j++) {
      const { start, end, next } = lines[j]!;
      const row = source.slice(start, end);
      if (j > i && RULE_CELLS_ROW.test(row)) {
        edits.push({ start, end: next, text: "" });
        continue;
      }
      if (j > i && row.trim().replace(/^[|｜]|[|｜]$/g, "").split(/[|｜]/).length !== cells) break;
      // (The pipes at the row's ends read as nothing, those between cells as a wide gap.)
      for (const m of row.matchAll(INNER_PIPE)) {
        const atEnd = m.index === 0 || m.index + m[0].length === row.length;
        edits.push({ start: start + m.index, end: start + m.index + m[0].length, text: atEnd ? "" : "\u3000\u3000" });
      }
    }
  }
}

/** `view` read again by `stage` (the edits it finds in the view's text), the map kept back to the source. */
function readThen(view: TextView, stage: (text: string, edits: Edit[], chromeRanges: [number, number][]) => void): TextView {
  const edits: Edit[] = [];
  const chromeRanges: [number, number][] = [];
  stage(view.text, edits, chromeRanges);
  if (edits.length === 0) return view;
  const next = applyEdits(view.text, edits, chromeRanges);
  return view.offsets === null ? next : compose(view, next);
}

/** A header's title key and its value: 信息名称： 泰州市…常务会, 名称：市政府第15次常务会议（…. */
const TITLE_KEY_LINE = /^[ \t\u3000]*(?:信息名称|文件名称|名[ \u3000]*称|标[ \u3000]*题|標[ \u3000]*題)[ \u3000]*[：:][ \t\u3000]*(\S[^\r\n]*?)[ \t\u3000]*$/;
/** The rest of a value on the next line: short, no sentence's end, up to a wide gap (and another key after it). */
const VALUE_REST_LINE = /^[ \t\u3000]*([^\s：:。|｜][^\s：:。|｜]{0,19})(?:[ \t\u3000]{2,}\S[^\r\n]*)?$/;

/**
 * A header's title value wrapped onto the next line, between the header's rows (信息名称： 泰州市…第4次常务会⏎
 * 议纪要⏎索 引 号：…; 名称：市政府第15次常务会议（邀请…和公众⏎代表列席）　　文号：): the rest read on the
 * key's line, where the value is left cut (a bracket open, or 纪要 only on the rest) and a key follows.
 */
function headerValueWrapEdits(source: string, lines: Line[], out: Edit[]): void {
  for (let i = 0; i + 1 < lines.length && i < HEADER_VALUE_WRAP_LINES; i++) {
    const key = TITLE_KEY_LINE.exec(source.slice(lines[i]!.start, lines[i]!.end));
    if (key === null) continue;
    const next = source.slice(lines[i + 1]!.start, lines[i + 1]!.end);
    const rest = VALUE_REST_LINE.exec(next);
    if (rest === null || KEY_AT_START.test(next)) continue;
    const value = key[1]!;
    const open = value.lastIndexOf("（") > value.lastIndexOf("）") || value.lastIndexOf("(") > value.lastIndexOf(")");
    const cut = MINUTES_END.test(rest[1]!) && !MINUTES_END.test(value);
    // (And a header's key follows: on the rest's line after a gap, or on the line after it.)
    const keyAfter = rest[0].length > rest[1]!.length + (next.length - next.trimStart().length) || (i + 2 < lines.length && KEY_AT_START.test(source.slice(lines[i + 2]!.start, lines[i + 2]!.end)));
    if (!(open || cut) || !keyAfter) continue;
    out.push({ start: lines[i]!.end, end: lines[i + 1]!.start + next.indexOf(rest[1]!), text: "" });
  }
}
/** What ends a minutes' title: 纪要. */
const MINUTES_END = /[纪紀]要[）)]?$/;
/** How far down the header is looked for. */
const HEADER_VALUE_WRAP_LINES = 60;

/** The readings that work on lines: meeting-form rows, spaced titles, hard wraps and page numbers. */
function lineEdits(source: string, edits: Edit[], chromeRanges: [number, number][]): void {
  wrappedCellEdits(source, edits);
  spacedTitleLabelEdits(source, edits);
  formRowEdits(source, edits);
  // (The text cut into lines once, for the readings that go line by line.)
  const lines = linesOf(source);
  headerValueWrapEdits(source, lines, edits);
  inlineLabelEdits(source, lines, edits);
  bracketLabelEdits(source, lines, edits);
  runTogetherCellEdits(source, lines, edits);
  contentsEdits(source, lines, edits, chromeRanges);
  menuEdits(source, lines, edits, chromeRanges);
  linkListEdits(source, lines, edits, chromeRanges);
  numberedTrailEdits(source, lines, edits, chromeRanges);
  showAllEdits(source, lines, edits, chromeRanges);
  pageLinkEdits(source, lines, edits, chromeRanges);
  reportTableEdits(source, lines, edits, chromeRanges);
  quotedCellEdits(source, edits);
  gazetteContentsEdits(source, lines, edits, chromeRanges);
  garbledIndentEdits(source, lines, edits);
  oneGapRowEdits(source, lines, edits);
  labelColumnsEdits(source, lines, edits);
  fileItemEdits(source, lines, edits, chromeRanges);
  columnHeadEdits(source, lines, edits, chromeRanges);
  organNumberEdits(source, lines, edits);
  previewEdits(source, lines, edits, chromeRanges);
  browserPrintEdits(source, lines, edits, chromeRanges);
  runOnLineEdits(source, lines, edits);
  inlineMarkerEdits(source, edits);
  itemsOnOneLineEdits(source, lines, edits);
  doubledCommaEdits(source, edits);
  labelBeforeColonEdits(source, edits);
  halfWidthStopEdits(source, edits);
  mangledEndTagEdits(source, edits);
  bulletEdits(source, lines, edits);
  // (Most texts have neither: one search each decides.)
  const spaced = SPACED_LETTERS.test(head(source, TITLE_LINES));
  // (A print's page numbers tell a print: there fewer cut lines tell the wrap.)
  const paged = PAGE_NUMBER_HINT.test(source);
  const wrapped = mayBeHardWrapped(source, paged ? MIN_WRAPPED_PRINT : MIN_WRAPPED);
  if (spaced) spacedTitleEdits(source, lines, edits);
  // (A 落款 spaced out as the masthead is: one search of the text's end decides.)
  if (spaced || SPACED_FOOT.test(source.slice(-FOOT_CHARS))) spacedSignatureEdits(source, lines, edits);
  if (wrapped || paged) wrapEdits(source, lines, edits, chromeRanges, wrapped);
}
const COLON_AT = /[：:]/;
/** A list's label at a line's end, its colon opening the next line (抄送⏎：市委办公室…): the break between them. */
const LABEL_BEFORE_COLON = /(?<=(?:^|\n)[ \t\u3000]*(?:[抄分][送]|出席|列席|[请請]假|缺席)(?:人[员員])?)[ \t\u3000]*\r?\n[ \t\u3000]*(?=[：:])/g;

/** A list's label cut from its colon by a line end is read on one line with it (抄送：市委办公室…). */
function labelBeforeColonEdits(source: string, out: Edit[]): void {
  if (!source.includes("\n：") && !/\n[ \t\u3000]+[：:]|\n:/.test(source)) return;
  for (const m of source.matchAll(LABEL_BEFORE_COLON)) out.push({ start: m.index, end: m.index + m[0].length, text: "" });
}

/** Letters spaced out at a text's end; how far from the end it is looked for. */
const SPACED_FOOT = /(?:[\u3400-\u9fff0-9０-９][ \u3000\u00a0]){5}[\u3400-\u9fff0-9０-９]/;
const FOOT_CHARS = 1200;
/** Whether a text may hold a print's page number on a line of its own (— 2 —, -2-), or a gazette's page mark at a running head's end (…公报　　·18·). */
const PAGE_NUMBER_HINT = /\n[ \t\f\u3000\u00a0]*[-—–－]{1,2}[ \t\u3000\u00a0]*[0-9]{1,3}[ \t\u3000\u00a0]*[-—–－]{1,2}[ \t\u3000\u00a0]*\r?\n|(?:^|\n)[ \t\u3000]*[·•][ \t]*[0-9]{1,3}[ \t]*[·•][ \t\u3000]{3}|[ \t\u3000]{3}[·•][ \t]*[0-9]{1,3}[ \t]*[·•][ \t\u3000]*(?:\r?\n|$)/;

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
function applyEdits(source: string, edits: Edit[], chromeRanges: [number, number][]): TextView {
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
