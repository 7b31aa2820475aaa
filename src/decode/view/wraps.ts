// Hard wraps and page breaks of a printed or hard-wrapped text: the lines a wrap cut read as one,
// page numbers and running heads left out.
import { type Edit, leaveOut } from "./edits.js";
import { INDENT_COLUMNS, LONG_LINE, type Line, columns, lineColumns } from "./lines.js";
import { TRAIL_LINE } from "./markup.js";

// ── Hard wraps (text converted from a printed page) ────────────────────────────────────────

/** A page number alone on its line: - 2 -, —3—, －4－, ·2·, 2/3, 第 2 页 共 5 页, 第1页/共2页, ---- 第 2 页 / 共 2 页 ----, ······ 第2页 ······, 【第3页 / 共3页】. */
const PAGE_NUMBER = /^[ \t\f\u3000\u00a0]*(?:[-—–－]{1,2}[ \t\u3000\u00a0]*[0-9０-９]{1,3}[ \t\u3000\u00a0]*[-—–－]{1,2}|[·•][ \t\u3000\u00a0]*[0-9]{1,3}[ \t\u3000\u00a0]*[·•]|[0-9]{1,3}[ \t\u3000\u00a0]*\/[ \t\u3000\u00a0]*[0-9]{1,3}|第[ \t\u3000\u00a0]*[0-9０-９]{1,3}[ \t\u3000\u00a0]*页(?:[ \t\u3000\u00a0]*[,，/／]?[ \t\u3000\u00a0]*共[ \t\u3000\u00a0]*[0-9０-９]{1,3}[ \t\u3000\u00a0]*页)?|(?:[-—–－=·•]{3,}|【)[ \t\u3000\u00a0]*第[ \t\u3000\u00a0]*[0-9０-９]{1,3}[ \t\u3000\u00a0]*页(?:[ \t\u3000\u00a0]*[,，/／]?[ \t\u3000\u00a0]*共[ \t\u3000\u00a0]*[0-9０-９]{1,3}[ \t\u3000\u00a0]*页)?[ \t\u3000\u00a0]*(?:[-—–－=·•]{3,}|】))[ \t\u3000\u00a0]*$/;
const PAGE_NO = "(?:[-—–－]{1,2}[ \\t\\u3000\\u00a0]*[0-9０-９]{1,3}[ \\t\\u3000\\u00a0]*[-—–－]{1,2}|[·•][ \\t\\u3000\\u00a0]*[0-9]{1,3}[ \\t\\u3000\\u00a0]*[·•]|第[ \\t\\u3000\\u00a0]*[0-9０-９]{1,3}[ \\t\\u3000\\u00a0]*页(?:[ \\t\\u3000\\u00a0]*[,，/／]?[ \\t\\u3000\\u00a0]*共[ \\t\\u3000\\u00a0]*[0-9０-９]{1,3}[ \\t\\u3000\\u00a0]*页)?)";
/**
 * A printed page's running head or foot: the title and the page number apart on one line
 * (…常务会议纪要　　　　第 1 页 共 3 页, — 4 —　　　…纪要), a page break's form feed before it.
 */
export const RUNNING_HEAD = new RegExp(`^[ \\t\\f\\u3000\\u00a0]*(?:\\S.{1,40}?[ \\t\\u3000\\u00a0]{3,}${PAGE_NO}|${PAGE_NO}[ \\t\\u3000\\u00a0]{3,}\\S.{1,40}?)[ \\t\\u3000\\u00a0]*$`);
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
  if ((opens || c === "·" || c === "•" || c === "=" || c === "【" || (c !== undefined && c >= "0" && c <= "9")) && PAGE_NUMBER.test(source.slice(line.start, line.end))) return true;
  let j = line.end - 1;
  while (j > i && (source[j] === " " || source[j] === "\t" || source[j] === "\u3000" || source[j] === "\u00a0")) j--;
  const d = source[j];
  return (opens || c === "·" || c === "•" || d === "-" || d === "—" || d === "–" || d === "－" || d === "页" || d === "·" || d === "•") && RUNNING_HEAD.test(source.slice(line.start, line.end));
}
/** What ends a line that was not cut by a wrap. */
const LINE_CLOSED = /[。！？；：:;!?）)》”」]$|[0-9０-９〇○零一二三四五六七八九十][ \u3000\u00a0]*年[^年]{1,8}日$|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}$/;
/** What starts a line of its own: an indent, a numbering marker, a list label (应邀列席的县人大代表、县政协委员：), a document number alone (官政發〔2024〕41號), a date, an office and its date set right (a 印发 line: 浒关区人民政府办公室　　2023年6月12日印发), a notice's addressees (各乡镇人民政府，县政府各部门：). */
const LINE_OPENS = /^(?:[ \t\u3000\u00a0]|[─━—\-_=＝]{3}|[〔［\[【]|(?![\u3400-\u9fff]{0,6}的(?:还)?有[：:])[\u3400-\u9fff][\u3400-\u9fff \u3000]{1,8}[：:](?![ \t\u3000\u00a0]*$)|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．、]|议题|(?:出|列|请|請|缺|分|抄|主|印)[ \u3000\u00a0]*[席假送报報发發]|[参參应應][^：:，,。\r\n]{0,8}的(?:还|還)?有[：:]|(?:应邀|應邀|特邀|受邀)(?:列席|出席|参加|參加)[^，,。：:\r\n]{0,30}[：:]|[\u3400-\u9fff]{1,10}[〔［\[][0-9]{4}[〕］\]][0-9]{1,4}[号號][ \t\u3000]*$|附件|[0-9〇○零一二三四五六七八九]{4}[ \u3000\u00a0]*年|[\u3400-\u9fff]{2,30}(?:办公室|辦公室|办公厅|辦公廳)[ \t\u3000\u00a0]{2,}(?=[0-9〇○零一二三四五六七八九]{4}[ \u3000\u00a0]*年)|各[^。：:\r\n]{1,40}[：:][ \t\u3000\u00a0]*$)/;
/** A bracket opened near a line's end and not closed: …（完成 (the wrap cut inside it). */
const BRACKET_OPEN_AT_END = /[（(][^（()）\r\n]{0,8}$/;
/** A line that opens as a label would and closes a bracket before any opens: 时限：2024年12月31日前）. */
const BRACKET_CLOSED_AHEAD = /^[\u3400-\u9fff]{1,8}[：:][^（()）\r\n]{0,32}[）)]/;
/** 应邀 / 特邀 ending a line: the list's label it opens goes on in the next (应邀⏎列席…). */
const INVITED_AT_END = /(?:[应應]邀|特邀)$/;
/** A line that opens with a numbering marker (a topic's heading). */
export const MARKER_LINE = /^[ \t\u3000\u00a0]*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．、]|议题[一二三四五六七八九十]{1,3})/;
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
export const INNER_BLANK = /\S[ \t\u3000\u00a0]+\S/;
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
export const MIN_WRAPPED = 5;
/** …and in a print with page numbers. */
export const MIN_WRAPPED_PRINT = 4;
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
/** Lines wider than this (no printed page is) count as this wide when the page width is sought. */
const MAX_COLUMNS = 400;
/** How far a full line's width may fall short of (or run past) the page's width. */
const WIDTH_SLACK = 3;
/** The widest left margin of a print's lines that is no indent (an indent is four blanks or two U+3000). */
const MAX_MARGIN = 3;
/** A line that starts with a blank. */
const INDENTED = /^[ \t\u3000\u00a0]/;
/** A title spaced out letter by letter: 洹 东 区 人 民 政 府 常 务 会 议 纪 要. */
export const LETTER_SPACED = /^[ \t\u3000\u00a0]*(?:[\u3400-\u9fff][ \u3000\u00a0]{1,2}){5,}[\u3400-\u9fff][ \t\u3000\u00a0]*$/;

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
    // (A document site's notice above its first page label, 本文档由用户上传，仅供学习交流使用。, begins no
    // text: the minutes' text tells a meeting held.)
    const before = source.slice(0, p.start);
    if (!TEXT_BEGUN.test(before) || !MEETING_HELD.test(before)) continue;
    // (A form feed alone on its line, the page's break, is as blank.)
    let k = lines.indexOf(p) + 1;
    while (k < lines.length && isBlankLine(source, lines[k]!)) k++;
    const head = lines[k];
    if (head === undefined || page.includes(head)) continue;
    const text = source.slice(head.start, head.end).trim();
    // (Its parts set apart by a wide gap count as one blank apart.)
    const length = text.replace(WIDE_GAP, " ").length;
    if (length < 4 || length > 48) continue;
    // (An organ over a date is the 落款, set on a page of its own, though the 版头 names the same organ.)
    let d = k + 1;
    while (d < lines.length && isBlankLine(source, lines[d]!)) d++;
    if (SIGNING_ORGAN.test(text) && d < lines.length && DATE_OPENS.test(source.slice(lines[d]!.start, lines[d]!.end))) continue;
    after.set(text, [...(after.get(text) ?? []), head]);
  }
  const firstPage = source.slice(0, page[0]!.start);
  // (A head seen once with a document number under it is the document's title under a site's page
  // label: - 1 -⏎市政府第56次常务会议纪要⏎澄政纪[2010]7号.)
  const titled = (head: Line): boolean => {
    let k = lines.indexOf(head) + 1;
    while (k < lines.length && isBlankLine(source, lines[k]!)) k++;
    return k < lines.length && NUMBER_LINE.test(source.slice(lines[k]!.start, lines[k]!.end));
  };
  return [...after].filter(([text, heads]) => heads.length >= 2 || ((RUNNING_HEAD_TEXT.test(text) || GAZETTE_HEAD_TEXT.test(text) || firstPageLine(firstPage, text)) && !(heads.length === 1 && titled(heads[0]!)))).flatMap(([, heads]) => heads);
}

/** Whether a line holds nothing but blanks (a form feed too). */
function isBlankLine(source: string, l: Line): boolean {
  return l.end === l.text || source.slice(l.text, l.end).trim() === "";
}

/** A 发文字号 alone on its line: 澄政纪[2010]7号, 〔2022〕15号. */
const NUMBER_LINE = /^[ \t\u3000]*[\u3400-\u9fff]{0,8}[〔\[［(（【][0-9]{4}[〕\]］)）】][0-9]{1,4}[号號][ \t\u3000]*$/;
/** A run of blanks that sets a running head's parts apart. */
const WIDE_GAP = /[ \t\u3000]{2,}/g;
/** A sentence's comma or full stop: the text has begun. */
const TEXT_BEGUN = /[，。]/;
/** What the minutes' text tells before any page's end: a meeting held or chaired, its attendance, its business. */
const MEETING_HELD = /主[ \u3000]*持|召[ \u3000]*[开開]|出[ \u3000]*席|列[ \u3000]*席|[会會][议議](?:听取|聽取|研究|审议|審議|讨论|討論|传达|傳達|要求|强调|強調|指出)/;
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
export const SIGNING_ORGAN = /^[ \t\u3000]*[\u3400-\u9fff]{2,24}(?:人民政府|政府|办公室|辦公室|委员会|委員會|管委会|管委會|局)[ \t\u3000]*$/;
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
export function wrapEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][], wrapped = true, barePages: Line[] = []): boolean {
  if (lines.length < MIN_WRAPPED) return false;
  // (Measured in columns only where a few long lines come within some characters of one length.)
  // (A print whose lines are its paragraphs has page numbers and running heads to drop all the same.)
  const page = lines.filter((l) => isPageNumber(source, l));
  // (So has a document site's copy with bare page numbers, left out already: its running heads go.)
  if (page.length + barePages.length >= 1) page.push(...repeatedPageHeads(source, lines, barePages.length > 0 ? [...page, ...barePages].sort((a, b) => a.start - b.start) : page));
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
  if (!clustered) return false;
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
  if ((width < MIN_WIDTH && !narrowColumn) || most < minWrapped || cut < minWrapped || cutOrHeading < long * (page.length > 0 ? PRINT_CUT_SHARE : CUT_SHARE)) return false;
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
    // (Nor does what looks like a label open it inside a bracket the line before left open: …（完成⏎时限：2024年12月31日前）.)
    const bracketCut = BRACKET_OPEN_AT_END.test(text) && next !== undefined && BRACKET_CLOSED_AHEAD.test(source.slice(next.text, next.end));
    if (next === undefined || next.end === next.start || (!labelCut && !bracketCut && LINE_OPENS.test(source.slice(next.start + nextMargin, next.end)) && !INVITED_AT_END.test(text))) continue;
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
  return true;
}

// ── Lines cut at no one width (a stray line end, a copy that broke its lines anywhere) ───────

/** A line's start that only ends a sentence cut before it: one to three letters and a stop or comma (议。, 加会议。), not a decision of its own (同意。). */
const WORD_REST = /^(?!同意|通过|原则|会议|会上)[\u3400-\u9fff]{1,3}[。，；]/;
/** The fewest characters of a line of prose cut so. */
const PROSE_LINE_MIN = 16;
/** The fewest such cuts that make a text one whose lines were broken anywhere. */
const MIN_RAGGED = 3;
/** What opens a paragraph of its own, never the rest of a sentence: 会议…, 会上…, a date, 随后…, 现将…纪要如下. */
const PARAGRAPH_OPENS = /^(?:会议|会上|會議|會上|随后|隨後|同日|当天|當天|次日|另外|此外|现将|現將|现纪要|现就|特此|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}年)/;

/**
 * Line ends inside sentences, words and values in a text no page width wrapped, read as nothing:
 * - always where what was cut is plain: a labelled value's rest (文号：望政发〔2024〕2⏎号), a heading's last letters
 *   alone (三、关于…结果运⏎用), a list's label (请⏎假：孔德明);
 * - in a sentence a line closes, a stray line end inside its last word, the next line opening with the word's rest
 *   and a stop (…孔丽娟应邀参⏎加会议。, …参加会⏎议。区政府办…);
 * - every line end inside such a sentence where a text has several (a copy that broke its lines anywhere:
 *   10月24日上午，区长宋⏎明远在区行政中心⏎1号楼第二会议室主持召开…).
 * A sentence's line is cut so when it ends in a letter or a digit (or a comma, past its first line), its first line
 * has a comma or 、 (or is a date cut, or the meeting's own sentence), and the next line goes on unindented with no
 * line of its own (a label, a marker, a date, 会议…). Not after a heading (a numbered line, or one ending in a
 * heading's word: …的请示⏎同意。), nor inside a list's own lines, which the grammar reads.
 */
export function strayLineEndEdits(source: string, lines: Line[], out: Edit[]): void {
  const cuts: Cut[] = [];
  /** The cuts of the sentence going on, kept once a line closes it (a run of lines that closes no sentence is no prose: a page's links). */
  let open: Cut[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    const inSentence = open.length > 0;
    const goesOn = cutAfter(line, next, inSentence);
    if (goesOn?.sure) cuts.push(goesOn);
    else if (goesOn !== null) {
      open.push(goesOn);
      continue;
    }
    if (inSentence && closes(line)) cuts.push(...open);
    open = [];
  }
  // (The text's last line may close the sentence.)
  if (open.length > 0 && closes(lines[lines.length - 1]!)) cuts.push(...open);
  const ragged = cuts.length >= MIN_RAGGED;
  for (const cut of cuts) if (ragged || cut.rest) out.push({ start: cut.at, end: cut.next, text: "" });

  /** Whether `line` ends a sentence. */
  function closes(line: Line): boolean {
    return SENTENCE_CLOSED_HINT.test(source.slice(Math.max(line.start, line.end - 32), line.end));
  }
  /** The cut after `line`, if it goes on in `next`. */
  function cutAfter(line: Line, next: Line, inSentence: boolean): Cut | null {
    if (!isLetterOrDigit(source.charCodeAt(next.start))) return null;
    let cutAt = line.end;
    while (cutAt > line.start && (source.charCodeAt(cutAt - 1) === 0x20 || source.charCodeAt(cutAt - 1) === 0x09 || source.charCodeAt(cutAt - 1) === 0x3000)) cutAt--;
    const last = source.charCodeAt(cutAt - 1);
    // (A labelled value cut before its end, its rest opening the next line: 文件编号：临渚政纪〔2023〕⏎21号, 成文日期：2024-01-⏎15.)
    if (cutAt > line.start && (last === 0x3015 || last === 0xff3d || last === 0x5d || last === 0x2d || (last >= 0x30 && last <= 0x39))) {
      const tail = source.slice(Math.max(line.start, cutAt - 24), cutAt);
      const head = source.slice(next.start, Math.min(next.end, next.start + 8));
      if ((NUMBER_CUT_END.test(tail) && NUMBER_REST.test(head)) || (DATE_CUT_VALUE_END.test(tail) && DATE_REST.test(head))) return { at: cutAt, next: next.start, rest: true, sure: true };
    }
    // (After a letter or a digit; or after a comma in a sentence, the next line its rest: …主持召开，⏎研究部署….)
    if (cutAt === line.start || !(isLetterOrDigit(last) || ((last === 0xff0c || last === 0x3001) && inSentence))) return null;
    const text = source.slice(line.start, cutAt);
    /** The line without its indent. */
    const content = text.slice(line.text - line.start);
    const nextText = source.slice(next.start, next.end);
    // (A heading's or a headline's last letters alone on the next line: 三、关于…结果运⏎用, 一、第一议⏎题, …常务会⏎议.)
    if (last >= 0x3400 && last <= 0x9fff && LAST_LETTERS.test(nextText) && (MARKER_LINE.test(text) || (MEETING_CUT.test(text) && MEETING_REST.test(nextText)))) return { at: cutAt, next: next.start, rest: true, sure: true };
    // (A list's label cut, its line holding only the label's first letters: 请⏎假：孔德明, 应邀出⏎席：杭晓梅, 参加人⏎员：….)
    const label = content.length <= 5 ? LIST_LABEL_CUT.exec(content + nextText.slice(0, 6)) : null;
    if (label !== null && label[1]!.length > content.length) return { at: cutAt, next: next.start, rest: true, sure: true };
    // (A date cut, 2023年3月⏎28日下午, goes on however short its line.)
    const dateCut = DATE_CUT_END.test(text) && DATE_CUT_START.test(nextText);
    // (A sentence's first line: with a comma or a list's 、, or the meeting's own sentence, 会议书面通报并原则同意区卫生健⏎康局….)
    if (!inSentence && !dateCut && !text.includes("，") && !text.includes("、") && !(BODY_OPENS.test(text) && cutAt - line.start >= PROSE_LINE_MIN / 2)) return null;
    // (Not a list's lines, which the grammar reads line by line as its own, nor into a label alone: …书记刘芳⏎议定事项：.)
    if (!inSentence && LIST_LINE.test(content)) return null;
    if (MARKER_LINE.test(text) || HEADING_WORD_END.test(text) || (!inSentence && blankSeparated(text))) return null;
    const rest = last >= 0x3400 && cutAt - line.start >= PROSE_LINE_MIN && WORD_REST.test(nextText);
    // (会议 after a verb that takes it is the verb's object, not a paragraph's start: …华出席⏎会议。)
    const object = VERB_OF_MEETING_END.test(text) && (nextText.startsWith("会议") || nextText.startsWith("會議"));
    if (!rest && !dateCut && !object && (LINE_OPENS.test(nextText) || PARAGRAPH_OPENS.test(nextText) || MARKER_LINE.test(nextText) || LABEL_ALONE.test(nextText))) return null;
    return { at: cutAt, next: next.start, rest };
  }
}
/** A line of a list: its label first (出席：, 列席人员：, 分送：), or a separator first (its earlier line's rest). */
const LIST_LINE = /^(?:[，、,；;]|[\u3400-\u9fff]{0,6}(?:出席|列席|[请請]假|缺席|[参參]加|[参參][会會]|分送|抄送|主送|[报報]送)[^：:，。]{0,12}[：:])/;
/** A label alone on its line: 议定事项：, 会议议题：. */
const LABEL_ALONE = /^[\u3400-\u9fff][\u3400-\u9fff \u3000]{1,10}[：:][ \t\u3000]*$/;
/** A verb whose object 会议 may open the next line: 出席⏎会议, 主持召开⏎会议. */
const VERB_OF_MEETING_END = /(?:出席|列席|[参參]加|召[开開]|主持|[举舉]行)了?$/;
/** A line of one or two letters only: a word's rest (not a decision of its own: 同意, 通过, 缓议). */
const LAST_LETTERS = /^(?!同意|通过|通過|原则|原則|缓议|緩議|暂缓|暫緩|否决|否決|待定)[\u3400-\u9fff]{1,2}[ \t\u3000]*$/;
/** 会议 cut after its 会: …第七次常务会⏎议. */
const MEETING_CUT = /[会會]$/;
const MEETING_REST = /^[议議]/;
/** A labelled value cut before its end: a document number without its serial's 号 (文件编号：…〔2023〕, 文号：…〔2024〕2)… */
const NUMBER_CUT_END = /[：:][ \t\u3000]*[^：:\s]{0,16}[〔［\[][0-9]{4}[〕］\]][0-9]{0,4}$/;
/** …or a date without its day (成文日期：2024-01-). */
const DATE_CUT_VALUE_END = /[：:][ \t\u3000]*[0-9]{4}-(?:[0-9]{1,2}-)?$/;
/** A document number's rest: its serial and 号 (21号, 号). */
const NUMBER_REST = /^[0-9]{0,4}[号號](?![0-9\u3400-\u9fff]{2})/;
/** A date's rest: its day, or month and day (15, 10-27), nothing but blanks or a time after it. */
const DATE_REST = /^[0-9]{1,2}(?:-[0-9]{1,2})?(?:[ \t\u3000]|$)/;
/** A list's label at a line's start (the label in group 1, before its colon). */
const LIST_LABEL_CUT = /^((?:[应應]邀|特邀)?(?:出席|列席|[参參]加|[请請]假|缺席)(?:人[员員]|[会會][议議])?|[参參][会會]人[员員]|主持人?)[ \u3000]*[：:]/;
/** A date's first pieces at a line's end, and its rest at the next line's start: 2023年3月⏎28日, 12⏎月3日, 6月2⏎1日. */
const DATE_CUT_END = /(?:^|[^0-9])(?:[0-9]{4}年(?:[0-9]{1,2}(?:月[0-9]?)?)?|[0-9]{1,2}(?:月[0-9]?)?)$/;
const DATE_CUT_START = /^(?:[0-9]{0,2}月[0-9]{1,2}日|[0-9]{0,2}日|[0-9]{1,2}月)/;
/** A line end read as nothing: where, up to the next line's start; whether a word's rest follows it; whether it is plain (kept outside a sentence too). */
interface Cut {
  at: number;
  next: number;
  rest: boolean;
  sure?: boolean;
}
/** A CJK letter or an ASCII digit (character codes). */
function isLetterOrDigit(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39);
}
/** A line's end that closes a sentence (its last characters): 。, ；, ：, a closing bracket or quote after one. */
const SENTENCE_CLOSED_HINT = /[。；;：:！？!?][）)》”」]?[ \t\u3000]*$/;

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

/**
 * A date a PDF's converter set one piece a line (2022⏎年⏎8⏎月⏎18⏎日, a 落款's cells): its line breaks
 * read as nothing, so that the date reads whole.
 */
const DATE_IN_PIECES = /(?<=(?:^|\n)[ \t\u3000]*[0-9]{4})([ \t\u3000]*\r?\n[ \t\u3000]*)年([ \t\u3000]*\r?\n[ \t\u3000]*)[0-9]{1,2}([ \t\u3000]*\r?\n[ \t\u3000]*)月([ \t\u3000]*\r?\n[ \t\u3000]*)[0-9]{1,2}([ \t\u3000]*\r?\n[ \t\u3000]*)日(?=[ \t\u3000]*(?:\r?\n|$))/g;

/** The line breaks inside a date set one piece a line, read as nothing. */
export function datePiecesEdits(source: string, out: Edit[]): void {
  if (!source.includes("\n年")) return;
  for (const m of source.matchAll(DATE_IN_PIECES)) {
    let at = m.index;
    for (let g = 1; g <= 5; g++) {
      const gap = m[g]!;
      const start = source.indexOf(gap, at);
      out.push({ start, end: start + gap.length, text: "" });
      at = start + gap.length;
    }
  }
}

/**
 * A list's label that opens with its verb and a wrap cut before its colon, the rest short on the next line
 * (应邀列席的区人大代表、区政⏎协委员:): the line break and the indent after it (group 1) read as nothing.
 */
const LABEL_CUT_BEFORE_COLON = /(?:^|\n)[ \t\u3000]*(?:[应應]邀|特邀)?(?:出席|列席)(?:[会會][议議])?的[^\n：:，,。]{1,24}(\r?\n[ \t\u3000]*)(?=[^\n：:，,。\s]{1,10}[：:][ \t\u3000]*\r?\n)/g;

/** The line break inside a list's label a wrap cut before its colon, read as nothing. */
export function labelCutEdits(source: string, out: Edit[]): void {
  // (One search decides: most texts have none.)
  if (!source.includes("席的")) return;
  for (const m of source.matchAll(LABEL_CUT_BEFORE_COLON)) {
    const at = m.index + m[0].length - m[1]!.length;
    out.push({ start: at, end: at + m[1]!.length, text: "" });
  }
}
