// A page's frame around the document: contents, menus, link lists, page links, previews, a
// gazette's table of contents, a browser's print header, attachment links.
import { type Edit, leaveOut } from "./edits.js";
import { type Line, TITLE_LINES, head } from "./lines.js";
import { TRAIL_WORDS } from "./markup.js";

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
export function contentsEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
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
export function menuEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
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
export function linkListEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
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

/** A page's link to show the rest of the text, alone on its line: 展开全文, 展開全文▼, —— 展开全文 ——, ▼ 点击展开全文. */
const SHOW_ALL_LINE = /^[ \t\u3000]*(?:[-—–·•]{1,6}[ \t\u3000]*)?[▼∨↓]?[ \t\u3000]*(?:点击|點擊)?(?:展开全文|展開全文|阅读全文|閱讀全文)[ \t\u3000]*[▼∨↓]?[ \t\u3000]*(?:[-—–·•]{1,6})?[ \t\u3000]*$/;
/** The longest line that is only such a link. */
const SHOW_ALL_MAX = 24;

/** Question marks a mis-decoded indent left at a line's start (??? 一、关于…, ??? 6月14日上午，…), and the blanks after them. */
const GARBLED_INDENT = /^\?{2,4}[ \t\u3000]*(?=[\u3400-\u9fff0-9（(〔【])/;
/** The fewest lines so opened in a text that had its indents mis-decoded. */
const MIN_GARBLED_INDENTS = 2;

/**
 * The question marks a mis-decoded indent left at the start of lines (a page saved through the
 * wrong code page: ??? 檀政纪〔2023〕11号, ??? 一、关于…): read as the indent they were, where
 * more than one line opens so.
 */
export function garbledIndentEdits(source: string, lines: Line[], out: Edit[]): void {
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
export function showAllEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  if (!source.includes("全文")) return;
  for (const { start, end, next } of lines) {
    // (A short line only: the link and its marks, —— 展开全文 ——, ▼ 点击展开全文.)
    if (end - start > SHOW_ALL_MAX || !SHOW_ALL_LINE.test(source.slice(start, end))) continue;
    leaveOut({ start, end, next }, out, chromeRanges);
  }
}

/** A line that is only a number (a page's, as a document site's copy prints it): 2. */
const BARE_NUMBER_LINE = /^[ \t\u3000]*([0-9]{1,3})[ \t\u3000]*$/;

/**
 * A document site's page numbers, each a bare number alone on its line, counting up (1⏎…⏎2⏎…⏎3):
 * the page's chrome, left out of what the grammar reads, so that a list cut by one goes on. Two
 * or more in order count; a number alone elsewhere stays. Returns their lines.
 */
export function barePageNumberEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): Line[] {
  const found: { line: Line; n: number }[] = [];
  for (const l of lines) {
    // (A digit opens the line, after its indent: one character code decides most lines.)
    const c = source.charCodeAt(l.text);
    if (c < 0x30 || c > 0x39 || l.end - l.text > 3) continue;
    const m = BARE_NUMBER_LINE.exec(source.slice(l.start, l.end));
    if (m !== null) found.push({ line: l, n: Number(m[1]) });
  }
  if (found.length < 2 || !found.every((f, i) => i === 0 || f.n === found[i - 1]!.n + 1)) return [];
  for (const f of found) leaveOut(f.line, out, chromeRanges);
  return found.map((f) => f.line);
}

/** A watermark a print or a scan left on the page, alone on its line: 仅供参考, 内部资料　注意保存. */
const WATERMARK_LINE = /^[ \t\u3000]*(?:[仅僅]供[参參][考攷]|[内內]部[资資]料(?:[，,、 \u3000]*注意保存)?|注意保存|[严嚴]禁外[传傳])[ \t\u3000]*$/;
/** Whether a text may hold one (one search each). */
const WATERMARK_HINT = /供[参參][考攷]|部[资資]料|注意保存|禁外[传傳]/;

/**
 * A watermark's line (仅供参考, 内部资料　注意保存), which a scan's or a print's text puts wherever the page
 * had it, inside a list too: the page's chrome, left out of what the grammar reads, so that the list goes on.
 */
export function watermarkEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  if (!WATERMARK_HINT.test(source)) return;
  for (const l of lines) if (l.end - l.text <= 12 && WATERMARK_LINE.test(source.slice(l.start, l.end))) leaveOut(l, out, chromeRanges);
}

/** A 文库 page's link to one of the document's pages: …纪要(2023年第8次)_第2页. */
const PAGE_LINK_LINE = /_第[0-9]{1,3}[页頁][ \t\u3000]*$/;

/**
 * A 文库 page's links to the document's pages, one a line (…纪要_第1页⏎…纪要_第2页): the page's
 * chrome, left out of what the grammar reads (neither a title nor a hard-wrapped text's lines).
 */
export function pageLinkEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
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
 * the documents: the frame, left out of what the grammar reads (its first entry would
 * pass for the title). Only where two entries or more stand together.
 */
export function gazetteContentsEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
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
export function fileItemEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
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
export function numberedTrailEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
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
export function previewEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
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
export function browserPrintEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
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
