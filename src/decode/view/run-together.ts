// Lines that a copy ran together: list labels, header cells and topic markers inside one line, a
// whole document on one line, a header value or a list label cut from its line.
import { HEADER_KEYS, TRADITIONAL_OF, keyPattern } from "../../lex/header-keys.js";
import { CN_DIGITS } from "../../lex/chars.js";
import { isHan } from "../mirror.js";
import { type Edit } from "./edits.js";
import { ALL_KEYS, COLON_AT, KEY_AT_START } from "./labels.js";
import { type Line } from "./lines.js";

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
export function inlineLabelEdits(source: string, lines: Line[], out: Edit[]): void {
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
/** A blank at a text's end. */
const BLANK_BEFORE = /[\s\u3000]$/;

/**
 * A header table flattened without its cell breaks (索 引 号:41018200X/2024-00057主题分类:综合政务,
 * 文    号双政纪〔2024〕5号成文日期:2024-04-19): a blank is read before each later key of three or
 * more characters that follows a value directly, and after a spaced-out key that its value
 * follows directly. Only on lines a header key opens (found by their first character, then a
 * sticky look: most lines of a text are not tried at all).
 */
export function runTogetherCellEdits(source: string, lines: Line[], out: Edit[]): void {
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
      // (A full-width bar between cells, no blanks around it, is read as the pipe it stands for: …00311｜发布机构：….)
      if (text[m.index - 1] === "｜" && !BLANK_BEFORE.test(text.slice(0, m.index - 1))) out.push({ start: start + m.index - 1, end: start + m.index, text: "|" });
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
export function smallNumeral(s: string): number {
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
export function itemsOnOneLineEdits(source: string, lines: Line[], out: Edit[]): void {
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
export function inlineMarkerEdits(source: string, out: Edit[]): void {
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

/** The formula that opens the minutes' text, then the first topic's marker on the same line: …纪要如下：一、关于…. */
const FORMULA_THEN_MARKER = /[纪紀]要如下[:：]([ \t\u3000]*)(?=一、|[（(]一[）)]|1[.．、](?![0-9]))/g;

/**
 * The first topic run on after the formula that opens the minutes' text (…现将会议议定事项纪要如下：一、关于2024年
 * 防汛备汛工作): a line break is read before its marker, in place of the blanks if any.
 */
export function formulaThenMarkerEdits(source: string, out: Edit[]): void {
  // (One search decides: most texts have none.)
  if (!source.includes("要如下")) return;
  for (const m of source.matchAll(FORMULA_THEN_MARKER)) {
    // (Not in a header's summary, whose label's colon opens the line: 内容概述：…纪要如下：一、…二、….)
    const lineStart = source.lastIndexOf("\n", m.index) + 1;
    if (COLON_AT.test(source.slice(lineStart, m.index))) continue;
    const at = m.index + m[0].length - m[1]!.length;
    out.push({ start: at, end: at + m[1]!.length, text: "\n" });
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
export function runOnLineEdits(source: string, lines: Line[], out: Edit[]): void {
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
export function mangledEndTagEdits(source: string, out: Edit[]): void {
  if (!source.includes("?/P>") && !source.includes("?/p>")) return;
  for (const m of source.matchAll(MANGLED_END_TAG)) out.push({ start: m.index, end: m.index + m[0].length, text: "。" });
}

// ── A comma a scraper doubled: 閆慧敏,,市政府秘書長蘇和; or a clerk: 三、、听取… ─────────────────────────

/** Commas after a comma; enumeration commas after one. */
const DOUBLED_COMMA = /[,，][,，]+|、、+/g;
const DOUBLED_COMMA_HINT = /[,，][,，]|、、/;

/** A comma doubled (,, or ，，, 、、 after a marker or a name) is read once: the ones after the first are read as nothing. */
export function doubledCommaEdits(source: string, out: Edit[]): void {
  // (One search decides: most texts have none.)
  if (!DOUBLED_COMMA_HINT.test(source)) return;
  for (const m of source.matchAll(DOUBLED_COMMA)) out.push({ start: m.index + 1, end: m.index + m[0].length, text: "" });
}


/**
 * An ASCII full stop between two ideographs (…常务会议.副县长包文涛,…) is a sentence's end typed
 * half-width, and is read as 。. (Not after a numeral: 一.关于… is a heading's marker.)
 */
export function halfWidthStopEdits(source: string, out: Edit[]): void {
  // (Found by a native search: most full stops in a text are a number's or a marker's.)
  for (let at = source.indexOf("."); at > 0; at = source.indexOf(".", at + 1)) {
    if (!isHan(source.charCodeAt(at - 1)) || CN_DIGITS.includes(source.charAt(at - 1))) continue;
    // (Not a transliterated name's dot typed half-width, syllables of a name on both sides: 艾尔肯.吐尔逊.)
    if (TRANSLITERATION.test(source.slice(Math.max(0, at - 2), at)) && TRANSLITERATION.test(source.slice(at + 1, at + 3))) continue;
    // (Or at a line's end after an ideograph: …主持召开县政府第33次常务会议.⏎, a page typed in half-width throughout.)
    if (isHan(source.charCodeAt(at + 1)) || LINE_END_AFTER.test(source.slice(at + 1, at + 4))) out.push({ start: at, end: at + 1, text: "。" });
  }
}
/** Two syllables of a transliterated (Uyghur, Kazakh, Mongolian) name: 尔肯, 吐尔, 买提. */
const TRANSLITERATION = /^[阿艾爱安巴拜别波布查达迪丁都多尔额凡甫格古哈汗合赫洪胡吉加江杰卡克肯库拉莱兰勒力丽利琳鲁玛买麦曼米明木穆那娜尼努帕热日茹萨赛沙斯素苏塔提铁图吐托瓦乌吾西希夏辛逊雅亚伊依尤玉扎孜则尕亥罕孔昆兹不]{2}$/;
/** The end of a line or of the text, maybe after blanks. */
const LINE_END_AFTER = /^[ \t]*(?:\r|\n|$)/;

// ── A masthead's office (or title) and number on one line: 曹河县人民政府办公室　　　曹政纪〔2021〕5号 ──────

/** An office's name (or the 纪要's title), a wide gap, then a document number ending the line (the gap in group 2). */
const ORGAN_THEN_NUMBER = /^([ \t\u3000]*(?:[\u3400-\u9fff]{2,20}(?:办公室|辦公室|人民政府|政府)|[\u3400-\u9fff0-9]{4,30}[纪紀]要))((?:[ \u3000]{2,}|\t)[ \t\u3000]*)(?=[\u3400-\u9fff]{0,12}[〔\[［(（][ \u3000]*[0-9]{4}[ \u3000]*[〕\]］)）][ \u3000]*第?[ \u3000]*[0-9]{1,4}[ \u3000]*[号號期][ \t\u3000]*$)/;

/** The lines a masthead may stand in, at the top of the text (a page's header above it). */
const MASTHEAD_LINES = 40;

/**
 * A printed masthead that sets the office's name and the document number on one line: the number
 * is read on a line of its own (the gap read as a line break), as a 发文字号 line stands.
 */
export function organNumberEdits(source: string, lines: Line[], out: Edit[]): void {
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

/** A header's title key and its value: 信息名称： 泰州市…常务会, 名称：市政府第15次常务会议（…. */
const TITLE_KEY_LINE = /^[ \t\u3000]*(?:信息名称|文件名称|名[ \u3000]*称|标[ \u3000]*题|標[ \u3000]*題)[ \u3000]*[：:][ \t\u3000]*(\S[^\r\n]*?)[ \t\u3000]*$/;
/** A short rest of a value alone on its line that closes the bracket its value opened: 项）, 等事项）. */
const CLOSES_BRACKET = /^[ \t\u3000]*[^\s（(）)]{0,12}[）)][ \t\u3000]*$/;
/** The rest of a value on the next line: short, no sentence's end, up to a wide gap (and another key after it). */
const VALUE_REST_LINE = /^[ \t\u3000]*([^\s：:。|｜][^\s：:。|｜]{0,19})(?:[ \t\u3000]{2,}\S[^\r\n]*)?$/;

/**
 * A header's title value wrapped onto the next line, between the header's rows (信息名称： 泰州市…第4次常务会⏎
 * 议纪要⏎索 引 号：…; 名称：市政府第15次常务会议（邀请…和公众⏎代表列席）　　文号：): the rest read on the
 * key's line, where the value is left cut (a bracket open, or 纪要 only on the rest) and a key follows.
 */
export function headerValueWrapEdits(source: string, lines: Line[], out: Edit[]): void {
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
    // (Or, the header's last field, the rest closes the bracket the value left open: …等事⏎项）.)
    const closes = open && CLOSES_BRACKET.test(rest[0]);
    if (!(open || cut) || !(keyAfter || closes)) continue;
    out.push({ start: lines[i]!.end, end: lines[i + 1]!.start + next.indexOf(rest[1]!), text: "" });
  }
}
/** A label of any kind opening a line: a short word and its colon. */
const LABEL_FIRST = /^[^ \t\u3000]{1,8}[：:]/;
/** A header's key and its colon after a blank inside a line: … 发文日期：…. */
const KEY_AFTER_BLANK = new RegExp(`[ \\t\\u3000](?:${ALL_KEYS})[ \\u3000]*[：:]`);
/** A header's key and its colon ending a line, after the line's start or a blank: …发布机构：, 索引号：. */
const KEY_AT_LINE_END = new RegExp(`(?:^|[ \\t\\u3000])(?:${ALL_KEYS})[ \\u3000]*[：:][ \\t\\u3000]*$`);

/**
 * A run-together header's key at a line's end, its value opening the next line and more keys after it (索引号：⏎
 * 11522635…/2023-0117 信息分类：…, … 发布机构：⏎岷溪县人民政府办公室 发文日期：…): the line break read as nothing, the
 * value on its key's line.
 */
export function keyAtLineEndEdits(source: string, lines: Line[], out: Edit[]): void {
  for (let i = 0; i + 1 < lines.length && i < HEADER_VALUE_WRAP_LINES; i++) {
    const line = lines[i]!;
    const c = source.charCodeAt(line.end - 1);
    if (c !== 0xff1a && c !== 0x3a) continue;
    const next = lines[i + 1]!;
    if (next.end === next.start || next.text !== next.start || !KEY_AT_LINE_END.test(source.slice(line.start, line.end))) continue;
    // (The next line holds a value, no key or label of its own first, and more of the header's keys after a blank.)
    const nextText = source.slice(next.start, next.end);
    if (KEY_AT_START.test(nextText) || LABEL_FIRST.test(nextText) || !KEY_AFTER_BLANK.test(nextText)) continue;
    out.push({ start: line.end, end: next.start, text: "" });
  }
}
/** What ends a minutes' title: 纪要. */
const MINUTES_END = /[纪紀]要[）)]?$/;
/** How far down the header is looked for. */
const HEADER_VALUE_WRAP_LINES = 60;

/** A list's label at a line's end, its colon opening the next line (抄送⏎：市委办公室…): the break between them. */
const LABEL_BEFORE_COLON = /(?<=(?:^|\n)[ \t\u3000]*(?:[抄分][送]|出席|列席|[请請]假|缺席)(?:人[员員])?)[ \t\u3000]*\r?\n[ \t\u3000]*(?=[：:])/g;

/** A list's label cut from its colon by a line end is read on one line with it (抄送：市委办公室…). */
export function labelBeforeColonEdits(source: string, out: Edit[]): void {
  if (!source.includes("\n：") && !/\n[ \t\u3000]+[：:]|\n:/.test(source)) return;
  for (const m of source.matchAll(LABEL_BEFORE_COLON)) out.push({ start: m.index, end: m.index + m[0].length, text: "" });
}
