// What a page's markup and its copying leave in the text: HTML entities and tags, no-break and
// zero-width spaces, tables drawn with box characters or ASCII art, bullets and Markdown marks.
import { TRADITIONAL_OF } from "../../lex/header-keys.js";
import { type Edit } from "./edits.js";
import { AGENDA_LABEL, DECISIONS_CELL, FORM_LABEL, HEADER_KEY_SET, KEY_BLANKS, LABEL_COLON, MARKER_AT_START } from "./labels.js";
import { type Line, columns, linesOf } from "./lines.js";

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
/** An entity (named, decimal or hex), escaped twice too where a page escaped its own source: &amp;nbsp;. */
const ENTITY = /&(?:amp;)?(?:([a-zA-Z]{2,6})|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;
/**
 * Tags a crude scraper leaves in the text; a page saved from Word adds its own (<o:p></o:p>, <st1:chsdate …>,
 * <st1:personname …>), whose attributes may wrap onto the next line.
 */
const TAG = /<\/?(?:p|br|span|div|strong|b|em|i|u|font|td|tr|th|thead|table|tbody|section|article|center|h[1-6]|ul|ol|li|a|img|hr|small|sup|sub|blockquote|header|footer|ins|label|nobr|html|head|body|nav|main|aside|[a-z][a-z0-9]{0,8}:[a-z][a-z0-9]{0,20})(?:\s[^<>\r\n]{0,200}(?:\r?\n[^<>\r\n]{0,200}){0,2})?\s*\/?>/gi;

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

export function entityEdits(source: string, out: Edit[]): void {
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
export function noBreakSpaceEdits(source: string, out: Edit[]): void {
  // (An icon font's glyphs, private-use characters a page set before its labels, are read as nothing,
  // with the blank after them: \ue60f 发布日期：….)
  if (ICON_GLYPH_HINT.test(source)) for (const m of source.matchAll(ICON_GLYPHS)) out.push({ start: m.index, end: m.index + m[0].length, text: "" });
  // (Most texts hold neither: one search decides.)
  if (!ODD_BLANK.test(source)) return;
  for (let i = source.indexOf("\u00a0"); i >= 0; i = source.indexOf("\u00a0", i + 1)) out.push({ start: i, end: i + 1, text: " " });
  // Zero-width spaces and joiners a web editor left between characters (，\u200b李四), and soft hyphens a
  // word processor left (陈\u00ad少峰), are read as nothing.
  if (ZERO_WIDTH_HINT.test(source)) for (const m of source.matchAll(ZERO_WIDTH)) out.push({ start: m.index, end: m.index + m[0].length, text: "" });
}
/**
 * A middle dot set apart by one blank on each side inside a transliterated name, as a PDF's text
 * layer writes it (阿不都热合曼 · 买买提): read without the blanks, the name whole. Only between two words
 * of two to eight ideographs, nothing else in them, the blanks single ASCII spaces (not 3.6万粉丝 · 泽岗区融媒体中心官方账号).
 */
export function spacedDotEdits(source: string, out: Edit[]): void {
  if (!source.includes(" · ") && !source.includes(" • ") && !source.includes(" ・ ")) return;
  for (const m of source.matchAll(SPACED_DOT)) out.push({ start: m.index, end: m.index + 1, text: "" }, { start: m.index + 2, end: m.index + 3, text: "" });
}
/** A middle dot with one space on each side between two words of two to eight ideographs each, as a name's parts are (the space before the dot at the match's start). */
const SPACED_DOT = /(?<=(?:^|[ \t\u3000、，,：:；;（(])[\u3400-\u9fff]{2,8}) [·•・] (?=[\u3400-\u9fff]{2,8}(?:[ \t\u3000、，,。；;：:（()）\r\n]|$))/gm;

/**
 * A line end written \r\r\n (a file whose CRLF line ends were converted once more) is one line break,
 * not a blank line after each line: its first \r is read as nothing.
 */
export function doubledReturnEdits(source: string, out: Edit[]): void {
  for (let i = source.indexOf("\r\r\n"); i >= 0; i = source.indexOf("\r\r\n", i + 3)) out.push({ start: i, end: i + 1, text: "" });
}

/** Colons in other forms: the presentation forms ︰ and ﹕, and ∶ where no digits stand around it (1∶1 is a ratio). */
const ODD_COLON = /[︰﹕]|(?<![0-9０-９])∶|∶(?![0-9０-９])/g;
const ODD_COLON_HINT = /[︰﹕∶]/;

/** A colon written in another form (出席︰…, 分送﹕…, 时间∶…) is read as ：, one for one. */
export function oddColonEdits(source: string, out: Edit[]): void {
  // (Most texts hold none: one search decides.)
  if (!ODD_COLON_HINT.test(source)) return;
  for (const m of source.matchAll(ODD_COLON)) out.push({ start: m.index, end: m.index + 1, text: "：" });
}

/**
 * The enumeration comma in other forms: the half-width ､ and the small ﹑, and 丶 (the radical "dot", an input
 * method's slip for 、) after a word and before another.
 */
const ODD_COMMA = /[､﹑]|(?<=[^\s丶])丶(?=[^\s丶])/g;
const ODD_COMMA_HINT = /[､﹑丶]/;

/** An enumeration comma written in another form (王海涛丶陈静, 县财政局﹑县审计局, 三丶关于…) is read as 、, one for one. */
export function oddCommaEdits(source: string, out: Edit[]): void {
  // (Most texts hold none: one search decides.)
  if (!ODD_COMMA_HINT.test(source)) return;
  for (const m of source.matchAll(ODD_COMMA)) out.push({ start: m.index, end: m.index + 1, text: "、" });
}

/** Kangxi radicals (U+2F00–U+2FD5) and CJK radical supplements, where a PDF's text layer wrote them for characters. */
const RADICAL = /[\u2e80-\u2fd5]/;
const RADICALS = /[\u2e80-\u2fd5]/g;
/** The characters of the radical supplements that stand for whole characters (⻓ 长, ⻔ 门, ⻄ 西 …); Kangxi radicals by NFKC. */
const SUPPLEMENT_CHARACTERS: Record<string, string> = {
  "\u2e9f": "母", "\u2ea0": "民", "\u2ec4": "西", "\u2ec5": "见", "\u2ec6": "角", "\u2ec9": "贝", "\u2ecb": "车", "\u2ed3": "长", "\u2ed4": "门",
  "\u2ed9": "韦", "\u2eda": "页", "\u2edb": "风", "\u2edc": "飞", "\u2edd": "食", "\u2ee2": "马", "\u2ee3": "骨", "\u2ee4": "鬼", "\u2ee5": "鱼",
  "\u2ee6": "鸟", "\u2ee7": "卤", "\u2ee8": "麦", "\u2ee9": "黄", "\u2eea": "黾", "\u2eec": "齐", "\u2eee": "齿", "\u2ef0": "龙", "\u2ef3": "龟",
};

/**
 * Radicals a PDF's text layer wrote for whole characters (⼈ for 人, ⽉ for 月, ⻓ for 长) are read as
 * those characters, one for one; a radical that stands for no character is left as it is.
 */
export function radicalEdits(source: string, out: Edit[]): void {
  // (Most texts hold none: one search decides.)
  if (!RADICAL.test(source)) return;
  for (const m of source.matchAll(RADICALS)) {
    const c = m[0];
    const text = c >= "\u2f00" ? c.normalize("NFKC") : SUPPLEMENT_CHARACTERS[c];
    if (text !== undefined && text !== c) out.push({ start: m.index, end: m.index + 1, text });
  }
}

/**
 * A full stop a scan's OCR read as 〇 at a line's end after a word (…的汇报〇, …甘国强〇), or at the
 * next line's start before one where the line before stops inside its sentence (…常务会议⏎〇县政府领导…):
 * read as 。, one for one. A 〇 among numerals (二〇⏎二一年) is a digit and stays.
 */
export function ocrStopEdits(source: string, out: Edit[]): void {
  // (Most texts hold none: one search decides.)
  if (!OCR_STOP_HINT.test(source)) return;
  for (const m of source.matchAll(OCR_STOP_AT_END)) out.push({ start: m.index, end: m.index + 1, text: "。" });
  for (const m of source.matchAll(OCR_STOP_AT_START)) out.push({ start: m.index, end: m.index + 1, text: "。" });
}
/** A 〇 next to a line break and a word: what {@link ocrStopEdits} looks for. */
const OCR_STOP_HINT = /[\u3400-\u9fff]〇[ \t\u3000]*\r?\n|\n[ \t\u3000]*〇[\u3400-\u9fff]/;
/** Numerals and date words: a 〇 after or before one of them is a digit. */
const NUMERAL = "〇○零一二三四五六七八九十百千年月日号";
const OCR_STOP_AT_END = new RegExp(`(?<=[\\u3400-\\u9fff）)”》](?<![${NUMERAL}]))〇(?=[ \\t\\u3000]*(?:\\r?\\n|$))`, "g");
const OCR_STOP_AT_START = new RegExp(`(?<=[\\u3400-\\u9fff](?<![${NUMERAL}])[ \\t\\u3000]*\\r?\\n[ \\t\\u3000]*)〇(?=[\\u3400-\\u9fff])(?![${NUMERAL}])`, "g");

/**
 * A table drawn with box characters (┌──┬──┐ / │索引号：│…│ / └──┴──┘), as a converter or a
 * page's text copy draws a form: its vertical bars are read as table pipes, one for one, and its
 * rule lines (those with a corner or junction) are left out as the page's frame. The pipe-table
 * readings then see the rows as any pipe table's.
 */
export function boxDrawingEdits(source: string, out: Edit[], chromeRanges: [number, number][]): void {
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
export function bulletEdits(source: string, lines: Line[], out: Edit[]): void {
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
    // item, 🔸一、审议…: as many blanks. An emoji that opens a line unindented, as nothing: as blanks it
    // would indent the heading over its flush-left body, which reads as a wrapped heading.)
    if (m !== null) out.push({ start: i, end: i + m[0].length, text: marks === EMOJI_BEFORE_MARKER && i === l.start ? "" : " ".repeat(m[0].length) });
  }
}
/** A key's characters in Simplified form, as {@link HEADER_KEY_SET} holds them (索引號 → 索引号). */
function simplifiedKey(key: string): string {
  let out = "";
  for (const c of key) out += SIMPLIFIED_OF.get(c) ?? c;
  return out;
}
const SIMPLIFIED_OF = new Map(Object.entries(TRADITIONAL_OF).map(([simplified, traditional]) => [traditional, simplified]));
/** A dash or star and a blank, before a short label and its colon (at a line's first character). */
const DASHED_LABEL = /[-*](?=[ \t]+[\u3400-\u9fff](?:[ \u3000]*[\u3400-\u9fff]){1,7}[ \u3000]*[:：])/y;
/** A dash or star, a blank and two stars, before a short label in bold (its text in group 1) and its colon: - **会议时间**：. */
const BOLD_DASHED_LABEL = /[-*][ \t]+\*\*(?=([\u3400-\u9fff](?:[ \u3000]*[\u3400-\u9fff]){1,7})\*\*[ \u3000]*[:：])/y;
/** Emoji before a numbering marker, a list's label or a fact's: 🔸一、, ▶️（一）, 👥出　席：, 📮分送：, 🕘 会议时间：, 👤 主 持 人：. */
const EMOJI_BEFORE_MARKER = /(?:[\u{1F300}-\u{1FAFF}\u2600-\u27BF]\uFE0F?[ \t\u3000]*)+(?=[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、](?![0-9])|(?:[出列缺][ \u3000]*席|[请請][ \u3000]*假|[分抄][ \u3000]*送|[应應]邀[出列]席|[参參]加人[员員]|[参參][会會]人[员員])[^，,。\r\n]{0,16}[：:]|(?:[会會][议議])?(?:[时時][ \u3000]*[间間]|地[ \u3000]*[点點]|主[ \u3000]*持(?:[ \u3000]*人)?|[议議][ \u3000]*[题題]|[记記][ \u3000]*[录錄])[ \u3000]*[：:])/uy;
/** A markdown heading's hashes and the blank after them, before CJK text or a numbered heading (### 1. 关于…). */
const MARKDOWN_HEADING = /#{1,6}[ \t]+(?=[\u3400-\u9fff【（(]|[0-9]{1,2}[.．、][ \t]*[\u3400-\u9fff])/y;
const BULLET_HINT = /[•●▪◆■·▍▌▎▶►▷◇◎]/;
/** A bullet at the start of a line, before a short label and its colon, or before a numbering marker (◆（一）关于…, a WeChat heading's ▍一、…, ▶ 一、…, ◇一、…). */
const BULLETED_LABEL = /^([ \t\u3000]*)[•●▪◆■·▍▌▎▶►▷◇◎](?=[ \t\u3000]*(?:[\u3400-\u9fff](?:[ \u3000]*[\u3400-\u9fff]){1,7}[ \u3000]*[:：]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、))/gm;
/** Whether a text holds a zero-width space or joiner, or a soft hyphen. */
const ZERO_WIDTH_HINT = /[\u00ad\u200b-\u200d\u2060]/;
/** Whether a text holds a no-break space, or a zero-width one. */
const ODD_BLANK = /[\u00a0\u00ad\u200b-\u200d\u2060]/;
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060]+/g;
/** Whether a text holds a private-use character (an icon font's glyph); their runs, with the blank a page set after them. */
const ICON_GLYPH_HINT = /[\ue000-\uf8ff]/;
const ICON_GLYPHS = /[\ue000-\uf8ff]+ ?/g;

/** The words a breadcrumb opens with: 当前位置, 您现在的位置 … (a regex alternation). */
export const TRAIL_WORDS = "当前位置|當前位置|您的位置|您现在的位置|您当前的位置|您现在所在的位置";
/** A page's breadcrumb trail (当前位置：首页>政府信息公开>…): as wide as the page at times, never cut. */
export const TRAIL_LINE = new RegExp(`^[ \\t\\u3000\\u00a0]*(?:${TRAIL_WORDS})|[>＞»›][^>＞»›]{1,24}[>＞»›]`);

/** A tag that ends a table cell. */
const CELL_END = /^<\/t[dh]\b/i;
/** A tag that ends a block: `</p>`, `</div>`, `<br>` … */
const BLOCK_END = /^<(?:\/(?:p|div|tr|table|tbody|section|article|center|h[1-6]|li|ul|ol|blockquote|header|footer)|br|hr)\b/i;

export function tagEdits(source: string, out: Edit[], chromeRanges: [number, number][]): void {
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

/**
 * An element whose content is no text of the page: <title>, <script>, <style>, a comment; or a head's tag
 * whose attributes hold the page's metadata (<meta name="ArticleTitle" content="…">, <link …>, <!DOCTYPE html>).
 */
const WHOLE_ELEMENT = /<(title|script|style)\b[^<>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<(?:meta|link|base)\b[^<>]*>|<!doctype\b[^<>]*>/gi;
const WHOLE_ELEMENT_HINT = /<(?:title|script|style|!--|meta|link|base|!doctype)/i;

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

/** A keycap number opening a line, as a WeChat post numbers its items: 1️⃣审议… (the digit in group 2). */
const KEYCAP_MARKER = /^([ \t\u3000]*)([0-9])\uFE0F?\u20E3[ \t\u3000]*/gm;

/** A keycap number opening a line (1️⃣, 2️⃣) is read as the number and a full stop: 1.审议…. */
export function keycapEdits(source: string, out: Edit[]): void {
  if (!source.includes("\u20e3")) return;
  for (const m of source.matchAll(KEYCAP_MARKER)) {
    const digitEnd = m.index + m[1]!.length + 1;
    out.push({ start: digitEnd, end: m.index + m[0].length, text: "." });
  }
}

/** A converter's YAML front matter opening the text (---⏎title: "…"⏎source: …⏎---). */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:[A-Za-z_][A-Za-z0-9_-]{0,30}:[^\r\n]*\r?\n){1,30}---[ \t]*(?=\r?\n|$)/;
/** Markdown's bold around words on one line: **一、关于…**, 县长**傅景行**. */
const MARKDOWN_BOLD = /\*\*(?=[^*\s])([^*\r\n]{1,120}?)\*\*/g;
/** A Markdown escape before a sign (1\. 审议…, \- …): the backslash. */
const MARKDOWN_ESCAPE = /\\(?=[.()*[\]#>_-])/g;
/** A line opened by bold words, after a list's or a heading's mark maybe (**一、关于…**, - **请假：**…). */
const BOLD_LINE = /^[ \t]*(?:[-*>#]+[ \t]+|[0-9]{1,2}\\?\.[ \t]*)?\*\*\S/m;
/** A quote's mark opening a line before text (> 会议书面通报了…; not a breadcrumb's first, > 政务公开 > 会议纪要). */
const QUOTE_MARK = /^[ \t]*>[ \t]+(?=[^\s>][^>\r\n]*$)/gm;
/** A link written in Markdown: [首页](https://…) — its text stays, the brackets and the address go. */
const MARKDOWN_LINK = /\[([^\[\]\r\n]{1,60})\]\((?:https?:\/\/|\/)[^()\s]{0,300}\)/g;

/** A Markdown table's rule row without pipes at its ends: ---|---|---, :--- | ---:. */
const OPEN_RULE_ROW = /^[ \t]*:?-{3,}:?(?:[ \t]*\|[ \t]*:?-{3,}:?)+[ \t]*\r?$/gm;
/** A row of such a table: cells apart by pipes, none at its start. */
const OPEN_ROW = /^(?![ \t\u3000]*[|｜])[^\n|｜]*[|｜][^\n]*$/;

/**
 * A Markdown table written without pipes at its rows' ends (序号 | 议题 | 汇报单位⏎---|---|---⏎1 | 关于… | 区政府办):
 * read as one with them, so that the pipe-table readings see its rows. The heads row above the rule, the rows
 * below it while they hold a pipe.
 */
function openTableEdits(source: string, out: Edit[]): void {
  for (const m of source.matchAll(OPEN_RULE_ROW)) {
    const rows: [number, number][] = [];
    // (The heads row: the line above.)
    const headEnd = m.index - 1;
    if (headEnd < 0) continue;
    const headStart = source.lastIndexOf("\n", headEnd - 1) + 1;
    if (!OPEN_ROW.test(source.slice(headStart, headEnd).replace(/\r$/, ""))) continue;
    rows.push([headStart, headEnd]);
    let at = m.index + m[0].length + 1;
    while (at < source.length) {
      const nl = source.indexOf("\n", at);
      const end = nl < 0 ? source.length : nl;
      const row = source.slice(at, end).replace(/\r$/, "");
      if (!OPEN_ROW.test(row)) break;
      rows.push([at, at + row.length]);
      at = end + 1;
    }
    const ruleEnd = m.index + m[0].replace(/\r$/, "").length;
    for (const [start, end] of [...rows.slice(0, 1), [m.index, ruleEnd] as [number, number], ...rows.slice(1)]) {
      out.push({ start, end: start, text: "| " }, { start: end, end, text: " |" });
    }
  }
}

/**
 * What a document converter's Markdown puts around the text: a YAML front matter (kept as chrome), bold marks,
 * escapes, quote marks and links. Read only where the text holds any of them.
 */
export function markdownEdits(source: string, out: Edit[], chromeRanges: [number, number][]): void {
  const front = source.startsWith("---") || source.startsWith("\uFEFF---") ? FRONT_MATTER.exec(source) : null;
  if (front !== null) {
    out.push({ start: 0, end: front[0].length, text: "" });
    chromeRanges.push([0, front[0].length]);
  }
  // (Bold only where a line opens with it, as a converter's headings do: a redacted page's ** stands for a number, *月**日.)
  if (source.includes("**") && BOLD_LINE.test(source)) {
    for (const m of source.matchAll(MARKDOWN_BOLD)) {
      out.push({ start: m.index, end: m.index + 2, text: "" });
      out.push({ start: m.index + m[0].length - 2, end: m.index + m[0].length, text: "" });
    }
  }
  if (source.includes("-|") || source.includes("- |")) openTableEdits(source, out);
  if (source.includes("\\")) for (const m of source.matchAll(MARKDOWN_ESCAPE)) out.push({ start: m.index, end: m.index + 1, text: "" });
  if (source.includes("> ")) for (const m of source.matchAll(QUOTE_MARK)) out.push({ start: m.index, end: m.index + m[0].length, text: "" });
  if (source.includes("](")) {
    for (const m of source.matchAll(MARKDOWN_LINK)) {
      out.push({ start: m.index, end: m.index + 1, text: "" });
      out.push({ start: m.index + 1 + m[1]!.length, end: m.index + m[0].length, text: "" });
    }
  }
}
