// The tokens of a 常务会议纪要 as published on government disclosure sites.
// Order matters: for a given first character chevrotain tries the tokens in the order of
// `allTokens` and takes the first that matches, so specific line-start tokens come before Text.
// Line-start tokens are custom matchers that only match at the start of a line (after blanks);
// each declares `start_chars_hint` so the lexer's first-character optimisation stays on.
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from "chevrotain";
import { ENGLISH_HEADER_KEYS, HEADER_KEYS, TRADITIONAL_OF, keyPattern } from "./header-keys.js";
import { ASCII_DIGITS, ASCII_LETTERS, CN_DIGITS, ENCLOSED_NUMBERS, DIGITS_IN_PARENS, DIGITS_WITH_STOP, IDEOGRAPHS_IN_PARENS, DISCLOSURE_NOTE_SOURCE, FULLWIDTH_DIGITS, ROMAN_NUMERALS, UNIT_LAST_CHARS, cjkChars, isBlank, startChars, isLineBreak } from "./chars.js";

/**
 * The last answer of {@link atLineStart}: at the start of a token the lexer tries several
 * line-start tokens in turn, each asking the same question. {@link forgetLineStarts} clears it
 * before each text is lexed: a lexer built on these tokens must call it before `tokenize`.
 */
let lineStartAt = -1;
let lineStartAnswer = false;

/** Clears the answer {@link atLineStart} remembers (call before lexing a text). */
export function forgetLineStarts(): void {
  lineStartAt = -1;
}

/** True when only blanks (leftover `&nbsp;` entities included) stand between the start of the line and `offset`. */
function atLineStart(text: string, offset: number): boolean {
  if (offset === lineStartAt) return lineStartAnswer;
  lineStartAt = offset;
  lineStartAnswer = lineStartOf(text, offset);
  return lineStartAnswer;
}

function lineStartOf(text: string, offset: number): boolean {
  let i = offset - 1;
  for (;;) {
    while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
    // `&nbsp;&nbsp;一、…`: a copied page's indent.
    if (i >= 5 && text.charCodeAt(i) === 0x3b && text.startsWith("&nbsp;", i - 5)) i -= 6;
    else break;
  }
  return i < 0 || isLineBreak(text.charCodeAt(i));
}

/** True when `offset` is at the start of a line, after a blank, or after a table pipe. */
function atCellStart(text: string, offset: number): boolean {
  if (offset === 0) return true;
  const c = text.charCodeAt(offset - 1);
  return isBlank(c) || isLineBreak(c) || c === 0x7c;
}

/** True when two blanks (or a tab, or U+3000) stand right before `offset`: a gap between table cells. */
function wideGapBefore(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset - 1);
  return c === 0x09 || c === 0x3000 || (isBlank(c) && isBlank(text.charCodeAt(offset - 2)));
}

/** True when only blanks stand between `offset` and the end of the line. */
function atLineEnd(text: string, offset: number): boolean {
  let i = offset;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i >= text.length || isLineBreak(text.charCodeAt(i));
}

/** A matcher for a sticky regex that must start a line (and, if `wholeLine`, end it). */
function lineStart(re: RegExp, wholeLine = false): CustomPatternMatcherFunc {
  const sticky = new RegExp(re.source, "y");
  return (text, offset) => {
    if (!atLineStart(text, offset)) return null;
    sticky.lastIndex = offset;
    const m = sticky.exec(text);
    if (m === null) return null;
    if (wholeLine && !atLineEnd(text, offset + m[0].length)) return null;
    return m;
  };
}

/** Two numbers in a row and a counter's word (matchable by position, sticky): 二、三产业, 四、五号地块, 二、三类桥梁. */
const NUMBER_PAIR = /(?:一[、､]二|二[、､]三|三[、､]四|四[、､]五|五[、､]六|六[、､]七|七[、､]八|八[、､]九)(?:产业|类|号|级|档|线|等|个|批|次|层|标段)/y;

/**
 * A marker matcher that does not take two numbers in a row and a counter's word (二、三产业) for
 * a marker where the line before ends inside a sentence (a Han character or a 、 or comma at
 * its end): a print's wrap put them at the line's start.
 */
function notAfterCutLine(match: CustomPatternMatcherFunc): CustomPatternMatcherFunc {
  return (text, offset, tokens, groups) => {
    const m = match(text, offset, tokens, groups);
    if (m === null) return m;
    NUMBER_PAIR.lastIndex = offset;
    if (!NUMBER_PAIR.test(text)) return m;
    let i = offset - 1;
    while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
    if (i < 0 || !isLineBreak(text.charCodeAt(i))) return m;
    while (i >= 0 && isLineBreak(text.charCodeAt(i))) i--;
    // (One line break only: a blank line ends the sentence.)
    if (offset - i > 1 && text.slice(i + 1, offset).replace(/[^\n]/g, "").length > 1) return m;
    const c = text.charCodeAt(i);
    return (c >= 0x3400 && c <= 0x9fff) || c === 0x3001 || c === 0xff0c || c === 0x2c ? null : m;
  };
}

/**
 * A marker matcher that does not take a marker alone on the line right under a 纪要 title for
 * one: that is the meeting's number (海兰市人民政府常务会议纪要⏎（11）).
 */
function notUnderTitle(match: CustomPatternMatcherFunc): CustomPatternMatcherFunc {
  return (text, offset, tokens, groups) => {
    const m = match(text, offset, tokens, groups);
    if (m === null || !atLineEnd(text, offset + m[0].length)) return m;
    let i = offset - 1;
    while (i >= 0 && (isBlank(text.charCodeAt(i)) || isLineBreak(text.charCodeAt(i)))) i--;
    if (i < 1 || text.charCodeAt(i) !== 0x8981) return m;
    // (纪要, 紀要, or a title spaced out letter by letter: 紀 要.)
    let j = i - 1;
    while (j > 0 && isBlank(text.charCodeAt(j))) j--;
    return text.charCodeAt(j) === 0x7eaa || text.charCodeAt(j) === 0x7d00 ? null : m;
  };
}

/**
 * A marker matcher that does not take an enclosed number before a 纪要's title for a marker: a
 * sample site's first section, headed by the document it shows (❶ 翠北区人民政府第8次常务会议纪要⏎…).
 */
function notBeforeMinutesTitle(match: CustomPatternMatcherFunc): CustomPatternMatcherFunc {
  return (text, offset, tokens, groups) => {
    const m = match(text, offset, tokens, groups);
    if (m === null) return m;
    const end = restOfLine(text, offset);
    if (end - offset < 4 || text.charCodeAt(end - 1) !== 0x8981) return m;
    const c = text.charCodeAt(end - 2);
    return c === 0x7eaa || c === 0x7d00 ? null : m;
  };
}

/** A citation's unit right after a bracketed number: （二）项, （3）款 (sticky). */
const CITED_UNIT = /[项項款目条條]/y;

/**
 * A marker matcher that does not take a bracketed number for a marker where the line before
 * ends with 第 and a citation's unit follows it: a wrap cut the citation (…第四十二条第⏎（二）项规定…).
 */
function notCitation(match: CustomPatternMatcherFunc): CustomPatternMatcherFunc {
  return (text, offset, tokens, groups) => {
    const m = match(text, offset, tokens, groups);
    if (m === null) return m;
    CITED_UNIT.lastIndex = offset + m[0].length;
    if (!CITED_UNIT.test(text)) return m;
    let i = offset - 1;
    while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
    if (i < 0 || !isLineBreak(text.charCodeAt(i))) return m;
    while (i >= 0 && isLineBreak(text.charCodeAt(i))) i--;
    while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
    return text.charCodeAt(i) === 0x7b2c ? null : m;
  };
}

/** The text up to the end of the line (blanks at the end excluded). */
function restOfLine(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
  while (end > offset && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}


const chars = (s: string): string[] => Array.from(s);
const CJK = cjkChars();

// ── Layout ────────────────────────────────────────────────────────────────────────────────
// (Every token has its start characters given and says whether it holds line breaks, the regex
// ones too: chevrotain then need not analyse any pattern when the lexer is built, at start-up.)
export const LineBreak = createToken({ name: "LineBreak", pattern: /\r\n?|\n/, start_chars_hint: ["\r", "\n"], line_breaks: true });
/** Spaces, tabs, U+3000, NBSP and leftover `&nbsp;` entities: kept in the "blank" group. */
export const Blank = createToken({ name: "Blank", pattern: /(?:[ \t\f\u3000\u00a0\ufeff]|&nbsp;)+/, start_chars_hint: chars(" \t\f\u3000\u00a0\ufeff&"), line_breaks: false, group: "blank" });

// ── Token categories ──────────────────────────────────────────────────────────────────────
/** Tokens that may stand inside a line of running text. */
export const Inline = createToken({ name: "Inline", pattern: Lexer.NA });
/** Numbering markers of body items (GB/T 9704-2012 §7.3.3 结构层次序数). */
export const Marker = createToken({ name: "Marker", pattern: Lexer.NA });
/** Labels that open a people list (请假： 列席： 出席： …). */
export const PeopleLabel = createToken({ name: "PeopleLabel", pattern: Lexer.NA });

/** A table pipe of a disclosure header copied from a web page; it may stand inside a line. */
export const Pipe = createToken({ name: "Pipe", pattern: /\|/, start_chars_hint: ["|"], line_breaks: false, categories: [Inline] });

// ── Website chrome: a whole line ───────────────────────────────────────────────────────────
const CHROME_START =
  /(?:扫码|扫一扫|掃一掃|掃碼|打印本页|打印本頁|关闭窗口|關閉窗口|【打印】|【关闭】|当前位置|當前位置|您现在所在的位置|您当前的位置|您现在的位置|首页\s*[>＞]|首頁\s*[>＞]|网站支持|網站支持|字体[：:]|字體[：:]|字号[：:]|【字体|【字體|进入老年版|进入无障碍|長者模式|长者模式|长辈版|相关阅读|相關閱讀|相关文章|相關文章|相关信息|相關信息|相关新闻|相关文档|相關文檔|延伸阅读|推荐阅读|分享到|上一篇|下一篇|版权所有|主办单位|主办[：:]|承办单位|网站标识码|网站地图|联系我们|今天是|共\s*\d+\s*条|【打印本页】|【关闭窗口】|相关链接|上一条|下一条|列印本頁|【列印|關閉視窗|請輸入|[请請][输輸]入[关關][键鍵]|[（(]?本文(?:来源于|來源於|转载自|轉載自)[网網][络絡]|[─━═_—\-＿=＝]{6,}[ \u3000]*(?:[\r\n]|$)|(?:无障碍(?:浏览|阅读|模式)?|繁體|简体)(?=[ \u3000]|[\r\n]|$)|(?:政务公开|信息公开目录|政府信息公开|信息公开)[ \u3000]*(?:[\r\n]|$)|[•·●]\s|[▲△▶►]|图为|视频[：:]|[【\[]视频(?:播放器)?[】\]][ \u3000]*(?:[\r\n]|$|[0-9]{1,2}:[0-9]{2})|文[档檔](?:预览|預覽|简介|簡介|介绍|介紹|摘要)[：:]|本文[档檔]由用[户戶](?:提供|上[传傳])|最新文[档檔][ \u3000]*(?:[\r\n]|$))/;
/** A photo's file name alone on its line (3N7A1022.bmp, 微信图片_20191024110532.jpg): the page's chrome. */
const PHOTO_FILE_STICKY = /[0-9A-Za-z_\-\u3400-\u9fff]{1,40}\.(?:bmp|BMP|jpe?g|JPE?G|png|PNG|gif|GIF|webp)[ \u3000]*(?:[\r\n]|$)/y;
/** Whether a character may start a photo's file name but no other chrome line (ASCII letters, digits, _ and -). */
const startsFileNameOnly = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
/** A line of website chrome (navigation, 扫码关注, 字体…, a photo caption ▲…图为会议现场, a document site's preview 文档简介：…): kept as written, not content. */
export const ChromeLine = createToken({
  name: "ChromeLine",
  pattern: {
    exec: (text, offset) => {
      if (!atLineStart(text, offset)) return null;
      // (A line opened by an ASCII letter or digit can only be a file name: the long alternation is not tried there.)
      // (Or, for _ and -, a rule: ______.)
      const c = text.charCodeAt(offset);
      const fileNameOnly = startsFileNameOnly(c) && c !== 0x5f && c !== 0x2d;
      CHROME_STICKY.lastIndex = offset;
      PHOTO_FILE_STICKY.lastIndex = offset;
      if (!(fileNameOnly ? PHOTO_FILE_STICKY.test(text) : CHROME_STICKY.test(text) || PHOTO_FILE_STICKY.test(text))) return null;
      const line = text.slice(offset, restOfLine(text, offset));
      // (Not a page's widget before its date: 【字体：大 中 小】  发布日期：2011-3-15 is a header row.)
      if (c === 0x3010 || c === 0x5b57) {
        WIDGET_BEFORE_DATE.lastIndex = 0;
        if (WIDGET_BEFORE_DATE.test(line)) return null;
      }
      return [line] as [string];
    },
  },
  // (And a photo's file name alone on its line: 3N7A1022.bmp.)
  start_chars_hint: chars("扫掃打关關【当當您首网網字进长長相分上下•·●无版主承今联共繁政信延推▲△▶►视图列請请─━═_-—＿=＝[微照文（(本最" + ASCII_DIGITS + ASCII_LETTERS),
  line_breaks: false,
});
const CHROME_STICKY = new RegExp(CHROME_START.source, "y");
/** A page's widget (【字体：大 中 小】, 字号：【大 中 小】, 【打印】) before a date's key and its date on the line. */
const WIDGET_BEFORE_DATE = /^(?:【[^】\r\n]{1,12}】|字[体體号號][：:][ \t\u3000]*【[^】\r\n]{1,12}】)[ \t\u3000]*[^\r\n]{0,20}?(?:日期|时间|時間)[ \t\u3000]*[：:][ \t\u3000]*[0-9]/;

// ── 发文字号 on a line of its own (GB/T 9704-2012 §7.2.4) ────────────────────────────────────
/**
 * A 发文字号 alone on its line (`〔2022〕15号`), with what a masthead may put after it: the signer (签发人：韦明光), the secrecy grade (密级：内部), the
 * issue's count (（总第48期）), a disclosure note (（此件公开发布）), stars, or the date set right. Its prefix may be
 * spaced out letter by letter, as a print's masthead is (柘 政 纪〔2021〕6 号).
 */
const DOC_NUMBER_LINE = /(?:[（(](?=[\u3400-\u9fff]{0,12}[〔\[［【﹝〖]))?(?:[\u3400-\u9fff]{0,12}|(?:[\u3400-\u9fff][ \u3000]){1,11}[\u3400-\u9fff])(?:(?<=[\u3400-\u9fff])[ \u3000](?=[〔\[［(（【﹝〖]))?[〔\[［(（【﹝〖]\s*[0-9０-９]{4}\s*[〕\]］)）】﹞〗]\s*第?\s*[0-9０-９]{1,4}\s*[号號期][）)]?(?:[ \t\u3000]+(?:[签簽][ \u3000]*[发發](?:人)?[ \u3000]*[：:][ \u3000]*[\u3400-\u9fff·]{2,8}|密[ \u3000]*[级級][ \u3000]*[：:][ \u3000]*[\u3400-\u9fff★]{1,8})|[ \t\u3000]*(?:[（(]总第[ \u3000]*[0-9０-９一二三四五六七八九十百]{1,5}[ \u3000]*期[）)]|[（(]此件(?:公开发布|公開發布|主动公开|主動公開)[）)]|★{1,3})|[ \t\u3000]{2,}(?:[0-9０-９]{4}[ \u3000]*年[ \u3000]*[0-9０-９]{1,2}[ \u3000]*月[ \u3000]*[0-9０-９]{1,2}[ \u3000]*日|[〇○零一二三四五六七八九]{4}年[元一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日))?/;
const docNumberLine = lineStart(DOC_NUMBER_LINE, true);
/** A form's label before the number: 编号：, 編號：. */
const labelledDocNumberLine = lineStart(new RegExp(`[编編][号號][ \\u3000]*[：:][ \\u3000]*${DOC_NUMBER_LINE.source}`), true);
/** `2025年第5号` alone on its line: a year and a serial, no bracket. */
const yearSerialLine = lineStart(/[0-9]{4}[ \u3000]*年[ \u3000]*第[ \u3000]*[0-9]{1,4}[ \u3000]*[号號]/, true);
/**
 * Whether an opening bracket of a document number stands within the first 13 characters at
 * `offset`, after ideographs only and blanks (a quick check: the token is tried at most ideographs).
 */
function bracketAhead(text: string, offset: number): boolean {
  const end = Math.min(text.length, offset + 13);
  for (let i = offset; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3014 || c === 0x5b || c === 0xff3b || c === 0x28 || c === 0xff08 || c === 0x3010 || c === 0xfe5d || c === 0x3016) return true;
    // (One blank a PDF's layout left before the bracket: 苇政纪 〔2025〕 2号.)
    if ((c === 0x20 || c === 0x3000) && i > offset && i + 1 < end) continue;
    if (c < 0x3400 || c > 0x9fff) return false;
  }
  return false;
}
/** The issue's count before the number on its line: 第5期　　　汀政纪〔2011〕5号, （第5期）青政纪〔2012〕5号. */
const ISSUE_BEFORE_NUMBER = /[（(]?第[ \u3000]*[0-9０-９一二三四五六七八九十百]{1,4}[ \u3000]*期[）)]?[ \t\u3000]*/y;
const DOC_NUMBER_AT = new RegExp(DOC_NUMBER_LINE.source, "y");
/** The issue's count and the 发文字号 after it, the rest of the line blank; or null. */
function issueThenNumber(text: string, offset: number): [string] | null {
  if (!atLineStart(text, offset)) return null;
  ISSUE_BEFORE_NUMBER.lastIndex = offset;
  const issue = ISSUE_BEFORE_NUMBER.exec(text);
  if (issue === null) return null;
  const at = offset + issue[0].length;
  if (!bracketAhead(text, at)) return null;
  DOC_NUMBER_AT.lastIndex = at;
  const n = DOC_NUMBER_AT.exec(text);
  return n !== null && atLineEnd(text, at + n[0].length) ? [text.slice(offset, at + n[0].length)] : null;
}
/** `〔2022〕15号`, `澄政纪[2010]3号`: a document number alone on its line (or after the issue's count: 第5期　汀政纪〔2011〕5号). */
export const DocNumberLine = createToken({
  name: "DocNumberLine",
  pattern: {
    exec: (text, offset, tokens, groups) => {
      const c = text.charCodeAt(offset);
      if (c >= 0x30 && c <= 0x39) return yearSerialLine(text, offset, tokens, groups);
      // (第 or a bracket before it: the issue's count may come first.)
      if (c === 0x7b2c || c === 0xff08 || c === 0x28) {
        const issued = issueThenNumber(text, offset);
        if (issued !== null) return issued as unknown as RegExpExecArray;
      }
      // (Or after its label on a form: 编号：榆政常纪〔2024〕5号; 文号： is a disclosure header's.)
      const labelled = c === 0x7f16 || c === 0x7de8 ? labelledDocNumberLine(text, offset, tokens, groups) : null;
      if (labelled !== null) return labelled;
      return bracketAhead(text, offset) ? docNumberLine(text, offset, tokens, groups) : null;
    },
  },
  start_chars_hint: [...CJK, ...chars("〔[［(（【﹝〖"), ...chars(ASCII_DIGITS)],
  line_breaks: false,
});

// ── Dates alone at the end of a line: 落款 and 印发 (GB/T 9704-2012 §7.3.5) ───────────────────
// (A scan's OCR slips too: 2O24年7月l0日, 二〇二一年十二月六曰.)
const STANDALONE_DATE = /(?:(?:[0-9０-９](?: ?[0-9０-９OolI]){3}|[〇○◯零OＯoｏ0０一二三四五六七八九]{4})\s*[年?？][\s0-9０-９〇○零一二三四五六七八九十元月?？lIO]{1,12}[日曰]|(?:19|20|１９|２０)[0-9０-９]{5,6}日?)(?:印发|印發)?/y;
/** A numeric date: 2025-03-04, 2025/3/4, 2025.3.4 (full-width too: ２０２４．３．８). */
const NUMERIC_DATE = /(?:19|20|１９|２０)[0-9０-９]{2}([-/.－／．])[0-9０-９]{1,2}\1[0-9０-９]{1,2}/y;
/** An organ's name ending a line: what stands above a 落款 date. */
const ORGAN_AT_END = /(?:人民政府[办辦]公室|人民政府|政府[办辦]公室|[办辦]公室|管理委[员員][会會]|管委[会會]|[办辦]事[处處])[ \t\u3000]*$/;

/** Whether the line above `offset`'s line is an organ's name (the 落款's organ). */
function organLineBefore(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (i < 0 || !isLineBreak(text.charCodeAt(i))) return false;
  if (text.charCodeAt(i) === 0x0a && text.charCodeAt(i - 1) === 0x0d) i--;
  const end = i;
  while (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) i--;
  const line = text.slice(i, end);
  return line.length <= 40 && ORGAN_AT_END.test(line);
}

/** A disclosure note at `offset` that ends the line: （此件公开发布）. */
const DISCLOSURE_NOTE_AT = new RegExp(`[ \\t\\u3000]*${DISCLOSURE_NOTE_SOURCE}`, "y");
function noteEndsLine(text: string, offset: number): boolean {
  DISCLOSURE_NOTE_AT.lastIndex = offset;
  return DISCLOSURE_NOTE_AT.test(text) && atLineEnd(text, DISCLOSURE_NOTE_AT.lastIndex);
}

/** `二○二二年十二月五日`, `2023年3月15日印发`, `2025-03-04` under its organ: a date that ends its line. */
export const StandaloneDate = createToken({
  name: "StandaloneDate",
  pattern: {
    exec: (text, offset) => {
      if (!atCellStart(text, offset)) return null;
      STANDALONE_DATE.lastIndex = offset;
      const m = STANDALONE_DATE.exec(text);
      // (Or before a disclosure note that closes the line: 二〇二三年十二月二十九日（此件公開發布）.)
      if (m !== null) return atLineEnd(text, offset + m[0].length) || noteEndsLine(text, offset + m[0].length) ? m : null;
      // 2025-03-04 is a 落款 date only alone on the line under its organ (elsewhere it dates a page).
      NUMERIC_DATE.lastIndex = offset;
      const n = NUMERIC_DATE.exec(text);
      return n !== null && atLineStart(text, offset) && atLineEnd(text, offset + n[0].length) && organLineBefore(text, offset) ? n : null;
    },
  },
  start_chars_hint: chars(ASCII_DIGITS + FULLWIDTH_DIGITS + "〇○零一二三四五六七八九"),
  line_breaks: false,
  categories: [Inline],
});

// ── Disclosure header labels (政府信息公开 table) ───────────────────────────────────────────
// (The regexes below are made on first use: most texts meet few of the keys, and making them all
// was a few milliseconds of every start.)
// A key may also stand alone on its line, its value on the next (a table copied cell by cell),
// or right before a table's pipe (|索 引 号|…|, a box-drawn table's cells without padding).
const KEY_END = "[ \\u3000]*(?:[：:]|(?=[ \\t\\u3000|｜])|(?=[\\r\\n]|$))";
/** The plain keys by their first character (Simplified and Traditional), in HEADER_KEYS' order. */
const HEADER_KEYS_BY_FIRST = new Map<string, string[]>();
for (const key of HEADER_KEYS) {
  for (const first of new Set([key[0]!, TRADITIONAL_OF[key[0]!] ?? key[0]!])) {
    const keys = HEADER_KEYS_BY_FIRST.get(first);
    if (keys === undefined) HEADER_KEYS_BY_FIRST.set(first, [key]);
    else keys.push(key);
  }
}
const HEADER_KEY_BY_FIRST = new Map<string, RegExp>();
/**
 * The regex of the plain keys that start with `c`: at a given offset only the keys that start with
 * its character can match, so each is tried with a small regex.
 */
function headerKeyStartingWith(c: string): RegExp | undefined {
  let re = HEADER_KEY_BY_FIRST.get(c);
  if (re === undefined) {
    const keys = HEADER_KEYS_BY_FIRST.get(c);
    if (keys === undefined) return undefined;
    re = new RegExp(`(?:${keyPattern(keys)})${KEY_END}`, "y");
    HEADER_KEY_BY_FIRST.set(c, re);
  }
  return re;
}
// An English edition's labels, always with their colon (Index No.:, Publisher:, Date of Release:):
// without one, the words are text.
let englishHeaderKey: RegExp | undefined;
const englishKey = (): RegExp =>
  (englishHeaderKey ??= new RegExp(`(?:${ENGLISH_HEADER_KEYS.map((k) => k.replace(/[.]/g, "\\.").replace(/ /g, "[ ]?")).join("|")})[ \u3000]*[：:]`, "y"));
const ENGLISH_KEY_FIRSTS = new Set(ENGLISH_HEADER_KEYS.map((k) => k[0]!));
// Also in brackets, as some sites write them: 【发布时间】2023-05-06 【来源】县政府办, or with the
// value inside: 【发布时间：2025-07-18】, or in square brackets: [ 索引号 ] 115001…
let bracketedHeaderKey: RegExp | undefined;
function bracketedKey(): RegExp {
  if (bracketedHeaderKey === undefined) {
    const keys = keyPattern([...HEADER_KEYS].sort((a, b) => b.length - a.length));
    bracketedHeaderKey = new RegExp(`【(?:${keys})(?:】[：:]?|[ \\u3000]*[：:])|[\\[［][ \\u3000]*(?:${keys})[ \\u3000]*[\\]］][：:]?`, "y");
  }
  return bracketedHeaderKey;
}
/** `索 引 号:`, `发布机构：`, `公开方式 `: a label of the disclosure header. */
export const HeaderKey = createToken({
  name: "HeaderKey",
  pattern: {
    exec: (text, offset) => {
      if (!atCellStart(text, offset)) return null;
      const c = text[offset]!;
      const key = c === "【" || c === "[" || c === "［" ? bracketedKey() : (headerKeyStartingWith(c) ?? (ENGLISH_KEY_FIRSTS.has(c) ? englishKey() : undefined));
      if (key === undefined) return null;
      key.lastIndex = offset;
      const m = key.exec(text);
      // A key with neither colon nor value after it stands alone on its line, or at the end of a
      // row after a wide gap (文件编号 澄政纪[2010]11号  公开时限 : an empty cell).
      // (A long key, 主题词, ends a row after a single blank too: 公开方式 主动公开 主题词.)
      if (m !== null && atLineEnd(text, offset + m[0].length) && !/[：:】]$/.test(m[0]) && !atLineStart(text, offset) && !wideGapBefore(text, offset) && m[0].replace(/[\s\u3000\u00a0]/g, "").length < 3) return null;
      return m;
    },
  },
  start_chars_hint: [...new Set([...HEADER_KEYS_BY_FIRST.keys(), ...ENGLISH_KEY_FIRSTS, "【", "[", "［"])],
  line_breaks: false,
  categories: [Inline],
});

// ── Numbering markers (GB/T 9704-2012 §7.3.3: 一、 （一） 1. （1）) ──────────────────────────────
const N = `[${CN_DIGITS}]{1,3}`;
/** `一、` (also `一 、`, a blank a conversion left before the comma), `Ⅰ、` */
export const CnMarker = createToken({
  name: "CnMarker",
  // (Or a Roman numeral, Ⅰ、 / Ⅱ., that a document numbers its topics with; or the half-width ､.)
  // (Not the first of two numbers in a row that a wrap put at a line's start: 三、四季度…, 一、二期工程…; 一、一季度… is a heading.)
  // (Nor where a wrap cut the line before inside its sentence: …推动一⏎二、三产业深度融合；, …抓紧推进⏎四、五号地块….)
  pattern: { exec: notAfterCutLine(lineStart(new RegExp(`(?:${N}|[\u2160-\u216b])(?:[ \u3000]?[、､]|[．.](?![0-9]))(?!(?:(?<=一[ \u3000]?[、､])二|(?<=二[ \u3000]?[、､])三|(?<=三[ \u3000]?[、､])四)(?:季度|期|批次?|轮))`))) },
  start_chars_hint: chars(CN_DIGITS + ROMAN_NUMERALS),
  line_breaks: false,
  categories: [Marker],
});
/** `（一）` or `(一)`, or the one character `㈠` … `㈩` */
export const ParenCnMarker = createToken({
  name: "ParenCnMarker",
  pattern: { exec: notCitation(notUnderTitle(lineStart(new RegExp(`[（(]${N}[）)]|[${IDEOGRAPHS_IN_PARENS}]`)))) },
  start_chars_hint: chars("（(" + IDEOGRAPHS_IN_PARENS),
  line_breaks: false,
  categories: [Marker],
});
/** `1.` `1．` (not `12.6公里`: a digit may not follow) */
export const ArabicMarker = createToken({
  name: "ArabicMarker",
  pattern: { exec: lineStart(/[0-9０-９]{1,2}[.．](?![0-9０-９])/) },
  start_chars_hint: chars(ASCII_DIGITS + FULLWIDTH_DIGITS),
  line_breaks: false,
  categories: [Marker],
});
/** Word's one-character `⒈` … `⒛`: a level of its own (⒈ topics, 1. items inside). */
export const DigitStopMarker = createToken({
  name: "DigitStopMarker",
  pattern: { exec: lineStart(/[\u2488-\u249b]/) },
  start_chars_hint: chars(DIGITS_WITH_STOP),
  line_breaks: false,
  categories: [Marker],
});
/** `1、`: a level of its own where a document numbers with both (1、 topics, 1． items inside). */
export const ArabicCommaMarker = createToken({
  name: "ArabicCommaMarker",
  pattern: { exec: lineStart(/[0-9０-９]{1,2}[、､]/) },
  start_chars_hint: chars(ASCII_DIGITS + FULLWIDTH_DIGITS),
  line_breaks: false,
  categories: [Marker],
});
/** `1)` / `1）`: a numbered list a word processor's plain-text export writes (WPS 另存为纯文本). */
export const ArabicParenMarker = createToken({
  name: "ArabicParenMarker",
  pattern: { exec: lineStart(/[0-9０-９]{1,2}[)）](?![0-9０-９])/) },
  start_chars_hint: chars(ASCII_DIGITS + FULLWIDTH_DIGITS),
  line_breaks: false,
  categories: [Marker],
});
/** `（1）` or `(1)`, or the one character `⑴` … `⒇` */
export const ParenArabicMarker = createToken({
  name: "ParenArabicMarker",
  // (Not (0): a page's comment counter alone on its line.)
  pattern: { exec: notCitation(notUnderTitle(lineStart(/[（(](?![0０][）)])[0-9０-９]{1,2}[）)]|[\u2474-\u2487]/))) },
  start_chars_hint: chars("（(" + DIGITS_IN_PARENS),
  line_breaks: false,
  categories: [Marker],
});

/** `①` … `⑳`: circled numbers (and ❶ … ⓴, ➀ … ➉, ➊ … ➓, ⓵ … ⓾). */
export const CircledMarker = createToken({
  name: "CircledMarker",
  pattern: { exec: notBeforeMinutesTitle(lineStart(new RegExp(`[${ENCLOSED_NUMBERS}][ \\u3000]*`))) },
  start_chars_hint: chars(ENCLOSED_NUMBERS),
  line_breaks: false,
  categories: [Marker],
});
/** What an agenda item's heading opens with: its business (传达学习, 审议, 研究, 听取, 关于…, 《…》). */
const AGENDA_BUSINESS = "(?:传达|傳達|学习|學習|审议|審議|研究|听取|聽取|关于|關於|讨论|討論|通报|通報|部署|审定|審定|其他|其它|《)";
/** `第一、` / `第二，` / `第一项：` / `第一项议题：` / `第一个议题：`: ordinal numbers. */
export const OrdinalMarker = createToken({
  name: "OrdinalMarker",
  // (An agenda item's people in a 列席 list, 第一项议题：县农业农村局局长　赖永平，…, open no topic: 项议题 and 个议题
  // count where the business follows, 第一项议题：传达学习…, 第二个议题：审议《…》, or alone on their line, the heading below.)
  pattern: { exec: lineStart(new RegExp(`第${N}(?:[、，,]|(?:项|[个個])(?:议题|議題)[ \u3000]*[：:、，,]?(?=[ \u3000]*${AGENDA_BUSINESS})|(?:项|[个個])(?:议题|議題)[ \u3000]*[：:]?(?=[ \u3000]*(?:\r|\n|$))|项(?![议議][题題])[ \u3000]*[：:、，,]?)`)) },
  start_chars_hint: chars("第"),
  line_breaks: false,
  categories: [Marker],
});

/**
 * `议题一：` / `议题2：` / `【议题一】`: items named as agenda items (township and joint-meeting minutes);
 * `议定事项一：` / `议定事项二　`: as decided matters; `【一】`, a print's bold numbering.
 */
export const LabelMarker = createToken({
  name: "LabelMarker",
  // (Or the number in brackets: 议题（一）审议….)
  // (Not an agenda item's people in a 列席 list, 议题一：区住建局局长　阙文博，…: a title, blanks, a name; or a unit or title
  // and a name before a separator, 议题（一）：县交通运输局龙腾飞，….)
  pattern: { exec: lineStart(new RegExp(`【(?:议题|議題)?(?:${N}|[0-9０-９]{1,2})】|(?:议题|議題|议定事项|議定事項)(?:${N}|[0-9０-９]{1,2}|[（(]${N}[）)])(?![ \u3000]*[：:][ \u3000]*[^，,。；;：:\r\n]{2,20}?(?:[长長]|主任|[书書][记記])[ \u3000]+[\u3400-\u9fff]|[ \u3000]*[：:][ \u3000]*(?!关于|關於|审议|審議|研究|听取|聽取|讨论|討論|传达|傳達|《)[^，,。；;：:\r\n]{2,24}?(?:[${UNIT_LAST_CHARS}]|中心|公司|[长長]|主任|[书書][记記]|主席)[\u3400-\u9fff]{2,4}[，,、])[ \u3000]*[：:、．.]?`)) },
  start_chars_hint: chars("议議【"),
  line_breaks: false,
  categories: [Marker],
});

// ── Lists at the foot of the minutes (请假 / 列席 / 分送 …) ──────────────────────────────────
// A label may carry a note before its colon: 列席人员（按姓氏笔画排序）：
// (A table flattened to lines puts a pipe where the colon would be: 出席 | 张三、李四.)
const COLON = "[ \\u3000]*(?:[（(][^（()）\\r\\n]{0,20}[）)])?[ \\u3000]*(?:[：:]|[|｜](?=[ \\u3000]*[^ \\u3000|｜\\r\\n]))";
function label(name: string, re: string, hint: string, categories: TokenType[]): TokenType {
  // (A topic's own list in brackets under its heading, the label after the bracket: （列席：镇应急办主任龚伟、…）.)
  const bracketed = categories.includes(PeopleLabel);
  return createToken({
    name,
    pattern: { exec: lineStart(new RegExp((bracketed ? "(?:[（(][ \\u3000]*)?" : "") + re + COLON)) },
    start_chars_hint: chars(bracketed ? `${hint}（(` : hint),
    line_breaks: false,
    categories,
  });
}
/** `请假：` / `会议请假：` / `因公缺席：` / `请假人员：` / `请假的有：` / `请假的同志：` / `请假的市领导：` / `因工作原因未参加会议的有：` */
export const AbsenteeLabel = label("AbsenteeLabel", "(?:[会會][议議])?(?:(?:因[公事病])?(?:[请請][ \\u3000]*假|缺[ \\u3000]*[席会會])(?:(?:情[况況]|者)(?=[ \\u3000]*[：:])|人[员員]?(?:名[单單])?|的(?:[还還])?有|(?:[会會][议議])?的(?:同志|人[员員]|(?:[县縣区區市州镇鎮乡鄉旗盟](?:政府)?|管委[会會])?[领領][导導])(?=[ \\u3000]*[：:]))?|因[^：:，,。\\r\\n]{1,10}?未(?:[参參]加|出席)(?:[会會][议議])?的(?:[还還])?有)", "请請因缺会會", [PeopleLabel]);
/** `应邀列席的区人大代表、区政协委员：` (the group is what follows 应邀列席) */
export const InvitedObserverLabel = label("InvitedObserverLabel", "(?:[应應]邀|特邀|邀[请請])列席[^：:\\r\\n]{0,40}?", "应應特邀", [PeopleLabel]);
/** `列席：` / `会议列席：` / `列席人员：` / `列席会议：` / `列席会议的有：` alone on its line, the names on the next; `列席的公众代表：`, `列席公众代表：`; `列席第二项议题：`; `列席会议的同志：`; `列席单位及人员：`, `列席部门及人员：`, `列席同志：` */
export const ObserverLabel = label("ObserverLabel", "(?:[会會][议議])?列[ \\u3000]*[席会會](?:(?:第[一二三四五六七八九十0-9、，,和及至-]{1,12}[项項]|本[项項]?|[该該][项項]?|此[项項]?)(?:[议議][题題]|[议議]程)|(?:情[况況]|者)(?=[ \\u3000]*[：:])|(?:[会會][议議])?人[员員]?(?:名[单單])?|(?:[会會][议議])?(?:[单單]位|部[门門])(?:[（(][单單]位[）)])?(?:(?:及|和|与|與)人[员員])?|同志(?=[ \\u3000]*[：:])|[会會][议議]的(?:[县縣区區市州镇鎮乡鄉旗盟](?:政府)?[领領][导導]|(?:[单單]位|部[门門])(?:(?:及|和|与|與)人[员員]|负责(?:人|同志)))(?=[ \\u3000]*[：:])|[会會][议議](?=[ \\u3000]*[：:])|(?:[会會][议議])?的(?:[还還])?有(?=[ \\u3000]*(?:[（(][^（()）\\r\\n]{0,20}[）)])?[ \\u3000]*[：:][ \\u3000]*(?:\\r|\\n|$))|的(?![还還]?有)[^：:\\r\\n，,。、；;\\s]{2,10}|[会會][议議]的(?:同志|[领領][导導]|人[员員])(?=[ \\u3000]*[：:])|[^：:\\r\\n，,。、；;\\s]{1,6}?代[表錶](?=[ \\u3000]*[：:]))?", "列会會", [PeopleLabel]);
/** `应邀出席：` / `特邀出席：` / `邀请出席：` / `应邀出席的市领导：` / `应邀出席会议的市人大、市政协领导：` */
export const InvitedAttendeeLabel = label("InvitedAttendeeLabel", "(?:[应應]邀|特邀|邀[请請])(?:出席|[参參]加)(?:[会會][议議])?(?:人[员員]|的[^：:\\r\\n，,。；;]{1,20}?(?=[ \\u3000]*[：:]))?", "应應特邀", [PeopleLabel]);
/** `出席：` / `会议出席：` / `参加人员：` / `参会人员：` / `出席会议：` / `出席会议的有：` / `出席会议的县领导有：` alone on its line; `出席会议的市领导：`, `参会市领导：`, `参　加：`; `出席会议的同志：`; `与会人员：` / `到会人员：` */
export const AttendeeLabel = label("AttendeeLabel", "(?:[会會][议議])?(?:出[ \\u3000]*席|[参參][ \\u3000]*加|[参參][ \\u3000]*[会會]|[与與][会會]|到[会會])(?:[领領][导導](?=[ \\u3000]*[：:])|(?:[会會][议議])?的?(?:[县縣区區市州镇鎮乡鄉旗盟](?:政府)?|管委[会會])[领領][导導](?=[ \\u3000]*[：:])|(?:情[况況]|者)(?=[ \\u3000]*[：:])|人[员員]?(?:名[单單])?|[会會][议議]人[员員]|[会會][议議](?=[ \\u3000]*[：:])|(?:[会會][议議])?的(?:[还還])?(?:[县縣区區市州镇鎮乡鄉旗]?[领領][导導])?有(?=[ \\u3000]*(?:[（(][^（()）\\r\\n]{0,20}[）)])?[ \\u3000]*[：:](?:[ \\u3000]*(?:\\r|\\n|$)|[^。\\r\\n]*。?[ \\u3000]*(?:\\r|\\n|$)))|(?:[会會][议議])?的(?:同志|[领領][导導]|人[员員])(?=[ \\u3000]*[：:]))?", "出参參会會与與到", [PeopleLabel]);
/** `分送：` / `抄送：` / `主送：` / `抄送单位：`, and a 版记's `报：` `送：` `发：` lines (not `报送单位：`, the unit that sent a report) */
export const DistributionLabel = label("DistributionLabel", "(?:(?:分|抄|主|[报報]|[发發])[ \\u3000]*送(?:(?<![报報][ \\u3000]*送)[单單]位)?|抄[ \\u3000]*[报報]|(?:送|[报報]|[发發])(?=[ \\u3000]*[：:]))", "分抄主报報发發送", []);

// ── 书面通报 items ─────────────────────────────────────────────────────────────────────────
/** `会议书面通报…` at the start of a line (also after 另，: 另，书面通报：…). */
export const WrittenReportStart = createToken({
  name: "WrittenReportStart",
  // (Or reports the meeting handed out: 会议印发了区统计局关于…的汇报、….)
  // (Or the matters first: 以下事项书面通报：, 下列事项予以书面通报：, 会议对以下事项进行了书面通报：, 下列事项书面通报，不再上会讨论：.)
  // (Or in a label's brackets, the reports after it: 【书面通报】县统计局关于….)
  pattern: { exec: lineStart(/【[书書]面通[报報](?:事[项項])?】|(?:另(?:外)?[,，]?|此外[,，]?)?(?:[会會][议議])?(?:[还還]|同[时時]|另|也)?(?:(?:以[书書]面形式|[书書]面)(?:通[报報]|[审審][议議]|[听聽]取|[审審]阅|[审審]閱)|印[发發]了(?=[^。\r\n]{2,40}?[关關][于於][^。\r\n]{2,120}?(?:的情[况況])?[汇匯][报報]))|(?:[会會][议議])?(?:[对對](?:以下|下列|如下)事[项項](?:[进進]行了?|作了|予以)|(?:以下|下列|如下)事[项項](?:予以)?)[书書]面通[报報](?=(?:[,，][^。：:\r\n]{1,16})?[ \t\u3000]*[:：])/) },
  start_chars_hint: chars("会會书書以另此印下如对對【"),
  line_breaks: false,
});

// ── Running text ───────────────────────────────────────────────────────────────────────────
/** The ranges of {@link Text}'s characters (its pattern's class), for its start-character hints. */
const TEXT_RANGES: [number, number][] = [
  [0x00, 0x08],
  [0x0b, 0x0b],
  [0x0e, 0x1f],
  [0x21, 0x7b],
  [0x7d, 0x9f],
  [0xa1, 0x2fff],
  [0x3001, 0xfefe],
  [0xff00, 0xffff],
];
/** Any run of characters that is not a blank, a line break or a pipe. */
export const Text = createToken({
  name: "Text",
  pattern: /[\u0000-\u0008\u000b\u000e-\u001f\u0021-\u007b\u007d-\u009f\u00a1-\u2fff\u3001-\ufefe\uff00-\uffff]+/,
  start_chars_hint: startChars(TEXT_RANGES),
  line_breaks: false,
  categories: [Inline],
});

/** All tokens, in matching order. */
export const allTokens: TokenType[] = [
  LineBreak,
  Blank,
  Pipe,
  Inline,
  Marker,
  PeopleLabel,
  ChromeLine,
  DocNumberLine,
  StandaloneDate,
  CnMarker,
  ParenCnMarker,
  ArabicMarker,
  DigitStopMarker,
  ArabicCommaMarker,
  ArabicParenMarker,
  ParenArabicMarker,
  LabelMarker,
  CircledMarker,
  OrdinalMarker,
  AbsenteeLabel,
  InvitedObserverLabel,
  ObserverLabel,
  InvitedAttendeeLabel,
  AttendeeLabel,
  DistributionLabel,
  WrittenReportStart,
  HeaderKey,
  Text,
];
