import { Buffer } from "node:buffer";
import { PINYIN_ANNOTATION, TONE_MARK, mayHoldPinyin } from "../../decode/mirror.js";

/**
 * Text clean-up for values (website artefacts, padding) and an index-aligned "matchable" view
 * of a text (Traditional → Simplified, full-width → ASCII) for pattern matching.
 */

/** An HTML character entity: named, decimal or hexadecimal. */
const HTML_ENTITY = /&(?:(nbsp|lt|gt|amp|quot|apos|ensp|emsp|thinsp);|#(\d{1,7});|#[xX]([0-9a-fA-F]{1,6});)/g;
/** A table pipe (ASCII or full-width) with the blanks around it. */
const TABLE_PIPE = /([ \t\u00A0\u3000]*)[|｜]+([ \t\u00A0\u3000]*)/g;
/** C0/C1 control characters other than tab, line feed and carriage return; also DEL and BOM. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;
/** Any character that {@link cleanText} may remove or rewrite besides edge blanks. */
const NEEDS_CLEANING = /[&|｜\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/;
/** The start of a possible pinyin annotation (checked apart: one character class scans fastest). */
const PINYIN_START = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]/;

function hasEdgeBlank(s: string): boolean {
  return s.length > 0 && (isEdgeBlank(s.charCodeAt(0)) || isEdgeBlank(s.charCodeAt(s.length - 1)));
}

function isEdgeBlank(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x3000 || c === 0x200b || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff || c === 0x1680 || c === 0x85;
}

/** Blanks at either end, including NBSP, ideographic and zero-width spaces. */
const EDGE_BLANKS = /^[\s\u00A0\u3000\u200B]+|[\s\u00A0\u3000\u200B]+$/g;
/** Every blank that {@link compact} removes. */
export const ANY_BLANK = /[\s\u00A0\u3000\u2000-\u200B\u202F\u205F]+/g;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: "",
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
};

function decodeEntity(match: string, name?: string, dec?: string, hex?: string): string {
  if (name !== undefined) return NAMED_ENTITIES[name] ?? match;
  const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    return "";
  }
  if (code === 0xa0) return " ";
  return String.fromCodePoint(code);
}

/**
 * Cleans a value: trims, removes pinyin annotations, HTML entities, table pipes and controls.
 * @example cleanText(" 區(qū)長(zhǎng)&nbsp;| ") // "區長"
 */
export function cleanText(s: string): string {
  if (typeof s !== "string") return "";
  // Most values hold nothing to clean but blanks at the edges.
  if (!NEEDS_CLEANING.test(s) && !PINYIN_START.test(s)) return hasEdgeBlank(s) ? s.replace(EDGE_BLANKS, "") : s;
  let text = s.replace(CONTROL_CHARS, "");
  text = text.replace(HTML_ENTITY, decodeEntity);
  text = text.replace(CONTROL_CHARS, "");
  text = text.replace(PINYIN_ANNOTATION, (whole: string, letters: string) =>
    TONE_MARK.test(letters) ? "" : whole,
  );
  text = text.replace(TABLE_PIPE, (_whole: string, before: string, after: string) =>
    before.length > 0 || after.length > 0 ? " " : "",
  );
  return text.replace(EDGE_BLANKS, "");
}

/** A blank a site's auto-spacing puts between a Han character and Latin letters or digits (第 7 次, 1-5 月). */
const LATIN_SPACING = /(?<=[\u3400-\u9fff])[ \u00A0](?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])[ \u00A0](?=[\u3400-\u9fff])/g;

/**
 * A short value without the blanks some sites put around numbers and Latin words in Chinese
 * text (for headings, which a reader quotes without them).
 * @example withoutLatinSpacing("听取 1-5 月重点项目推进情况汇报") // "听取1-5月重点项目推进情况汇报"
 */
export function withoutLatinSpacing(s: string): string {
  return s.includes(" ") || s.includes("\u00A0") ? s.replace(LATIN_SPACING, "") : s;
}

/** One blank between two Han characters (or a bracket's), a leftover &nbsp; or padding: 资产盘活 有关事项, 管理办法 (试行). */
const BLANK_IN_WORDS = /(?<=[\u3400-\u9fff》）)])[ \u00A0](?=[\u3400-\u9fff《（(])/g;

/**
 * A heading's or a subject's text without a site's blanks: its auto-spacing around Latin letters and
 * digits ({@link withoutLatinSpacing}), and a single blank between two words (a leftover &nbsp;).
 */
export function withoutLayoutBlanks(s: string): string {
  return s.includes(" ") || s.includes("\u00A0") ? s.replace(LATIN_SPACING, "").replace(BLANK_IN_WORDS, "") : s;
}

/** What a document holds that a value may need cleaning of (bits of {@link documentArtefacts}). */
const CONTROL = 1;
const AMPERSAND = 2;
const ASCII_PIPE = 4;
const FULLWIDTH_PIPE = 8;
const PINYIN = 16;

/** Code unit → the artefact bit it starts (0 for most). */
const ARTEFACT_OF: Uint8Array = buildArtefactTable();

function buildArtefactTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  // What CONTROL_CHARS removes.
  for (const [from, to] of [[0x00, 0x08], [0x0b, 0x0c], [0x0e, 0x1f], [0x7f, 0x9f], [0xfeff, 0xfeff]] as const) table.fill(CONTROL, from, to + 1);
  table[0x26] = AMPERSAND;
  table[0x7c] = ASCII_PIPE;
  table[0xff5c] = FULLWIDTH_PIPE;
  table[0x28] = PINYIN;
  table[0xff08] = PINYIN;
  return table;
}

/** The artefact bits of `text`: which characters that start an artefact it holds. */
function documentArtefacts(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= ARTEFACT_OF[text.charCodeAt(i)]!;
  return withPinyin(bits, text);
}

/** `bits`, where a bracket counts only when a pinyin letter follows it somewhere in `text`. */
function withPinyin(bits: number, text: string): number {
  return bits & PINYIN && !mayHoldPinyin(text) ? bits & ~PINYIN : bits;
}

/** The shared buffer, grown to hold `n` code units. */
function bufferFor(n: number): Uint16Array {
  if (buffer.length < n) {
    buffer = new Uint16Array(n * 2);
    bytes = Buffer.from(buffer.buffer);
  }
  return buffer;
}

/**
 * A {@link cleanText} for the values of one document, which skips the work where it can: the
 * document is searched once for the characters that start an artefact (`&`, `|`, `｜`, `(` or
 * `（` before a letter), and a value holding none of them only has its edge blanks trimmed. The
 * result is always what cleanText gives for a value taken from the document.
 * @example cleanerFor("甲|乙\n丙")(" 丙 ") // "丙" (without testing for artefacts)
 */
export function cleanerFor(text: string, artefacts: number = documentArtefacts(text)): (s: string) => string {
  // Control characters are rare: a document holding any is cleaned value by value.
  if (artefacts & CONTROL) return cleanText;
  const triggers: string[] = [];
  if (artefacts & AMPERSAND) triggers.push("&");
  if (artefacts & ASCII_PIPE) triggers.push("|");
  if (artefacts & FULLWIDTH_PIPE) triggers.push("｜");
  if (artefacts & PINYIN) triggers.push("(", "（");
  if (triggers.length === 0) return trimBlanks;
  return (s) => {
    for (const c of triggers) if (s.includes(c)) return cleanText(s);
    return trimBlanks(s);
  };
}

/**
 * A document read once for the builder: its {@link toMatchable} copy, and a {@link cleanerFor}
 * its values (the artefacts found in the same pass).
 */
export function readDocument(text: string): { match: string; clean: (s: string) => string } {
  const read = mapDocument(text, bufferFor(text.length));
  const match = read & CHANGED ? bytes.toString("utf16le", 0, text.length * 2) : text;
  return { match, clean: cleanerFor(text, withPinyin(read & ~CHANGED, text)) };
}

/** Set in {@link mapDocument}'s result when some code unit changed. */
const CHANGED = 1 << 8;

/**
 * Maps `text` into `buffer` ({@link toMatchable}, code unit by code unit) and returns the
 * artefact bits found, with {@link CHANGED} set when some code unit changed. (The loop stands in
 * a function of its own: V8 compiles a hot loop on its own, and code after the loop that the
 * first documents never reached made that compiled loop fall back to the interpreter on every
 * later document.)
 */
function mapDocument(text: string, buffer: Uint16Array): number {
  const n = text.length;
  let bits = 0;
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = MATCHABLE_TABLE[c]!;
    buffer[i] = m;
    changed |= m ^ c;
    bits |= ARTEFACT_OF[c]!;
  }
  return changed === 0 ? bits : bits | CHANGED;
}

/** Removes blanks at both ends (what {@link cleanText} does to a value holding no artefacts). */
export function trimBlanks(s: string): string {
  return hasEdgeBlank(s) ? s.replace(EDGE_BLANKS, "") : s;
}

/**
 * {@link cleanText}, then removes every blank (layout padding inside names and list items).
 * @example compact("各民主党 派") // "各民主党派"
 */
export function compact(s: string): string {
  return cleanText(s).replace(ANY_BLANK, "");
}

/**
 * Pairs of Traditional and Simplified characters, written Traditional-then-Simplified.
 * Only one-character-to-one-character BMP pairs, so that matching stays index-aligned.
 */
const TRADITIONAL_SIMPLIFIED_PAIRS: readonly string[] = [
  // administrative and meeting vocabulary
  "區区縣县會会議议長长請请參参應应員员書书記记紀纪報报聽听審审關关於于開开發发達达",
  "學学習习現现項项務务導导屆届門门時时單单體体監监機机構构號号屬属鎮镇鄉乡黨党辦办處处",
  "業业產产廣广衛卫計计財财稅税國国際际設设實实見见規规劃划經经濟济環环進进運运動动還还",
  "邊边這这過过對对從从傳传為为與与簽签週周彙汇匯汇舉举決决歸归間间團团協协聯联軍军質质",
  "歲岁準准證证義义級级讀读論论談谈調调總总華华陳陈黃黄劉刘張张呂吕鄧邓譚谭",
  "廳厅樓楼層层館馆場场閉闭問问聞闻閱阅後后來来將将當当點点無无齊齐齡龄優优態态護护險险",
  "災灾職职稱称製制確确據据礎础備备貨货買买賣卖價价錢钱幣币貸贷債债儲储費费貿贸購购撥拨",
  "補补獎奖勵励懲惩罰罚擬拟頒颁佈布廢废條条範范標标試试細细則则綱纲陳陈述述復复複复覆覆",
  "錄录強强堅坚農农訂订畫画圖图預预資资組组織织討讨並并題题類类數数營营銷销雙双萬万億亿",
  "維维負负責责專专講讲話话說说結结貫贯徹彻認认識识頁页網网訊讯電电郵邮編编轄辖統统籌筹",
  "檢检測测驗验醫医療疗藥药養养殘残婦妇僑侨臺台灣湾陸陆啟启偉伟麗丽紅红東东輝辉傑杰慶庆",
  "寶宝興兴順顺勝胜鳳凤雲云飛飞鵬鹏龍龙靜静鳴鸣嶺岭莊庄貴贵榮荣濤涛潔洁澤泽潤润淵渊漢汉",
  "蘭兰鴻鸿煒炜彥彦鈞钧銘铭鋒锋銀银鋼钢鐵铁錦锦鄭郑趙赵孫孙馮冯蔣蒋韓韩楊杨葉叶蘇苏盧卢",
  "魯鲁鍾钟鐘钟湯汤羅罗賴赖許许謝谢顧顾龔龚嚴严賀贺馬马閻阎貝贝鄒邹蕭萧個个們们幾几讓让",
  "給给間间聯联繫系係系員员財财務务屆届選选舉举區区鎮镇縣县黨党議议決决紀纪錄录總总處处",
  "長长問问題题項项設设資资訊讯環环態态護护衛卫擴扩內内謀谋撐撑轉转園园幫帮繼继續续圍围庫库",
  "獲获權权寫写訴诉訟讼歷历劑剂屆届辭辞簡简義义畢毕頓顿擔担囑嘱穩稳況况該该鞏巩掃扫棟栋",
  "狀状詞词鍵键瀏浏覽览訪访擊击別别",
];

/** Traditional → Simplified lookup built from {@link TRADITIONAL_SIMPLIFIED_PAIRS}. */
const TO_SIMPLIFIED: ReadonlyMap<number, number> = buildSimplifiedMap();

function buildSimplifiedMap(): Map<number, number> {
  const map = new Map<number, number>();
  for (const row of TRADITIONAL_SIMPLIFIED_PAIRS) {
    for (let i = 0; i + 1 < row.length; i += 2) {
      const from = row.charCodeAt(i);
      const to = row.charCodeAt(i + 1);
      const bmp = from < 0xd800 || from > 0xdfff;
      if (bmp && (to < 0xd800 || to > 0xdfff) && from !== to) map.set(from, to);
    }
  }
  return map;
}

/** Code unit → matchable code unit, for the whole BMP (identity where nothing changes). */
const MATCHABLE_TABLE: Uint16Array = buildMatchableTable();

function buildMatchableTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - 0xfee0;
  table[0x3000] = 0x20;
  // (A no-break space, as a scraped page's &nbsp; becomes, is a blank like any other.)
  table[0xa0] = 0x20;
  for (const [from, to] of TO_SIMPLIFIED) table[from] = to;
  return table;
}

/** Strings this long or longer are mapped through a buffer (a short one by slices). */
const BUFFERED_FROM = 256;
let buffer = new Uint16Array(4096);
let bytes = Buffer.from(buffer.buffer);

/**
 * An index-aligned copy for matching: Traditional → Simplified, full-width ASCII → ASCII, U+3000 and U+00A0 → space.
 * @example toMatchable("區長：１５") // "区长:15" (same length as the input)
 */
export function toMatchable(s: string): string {
  if (typeof s !== "string") return "";
  // One table lookup per code unit; a string with nothing to change is returned as it is.
  const n = s.length;
  let i = 0;
  while (i < n && MATCHABLE_TABLE[s.charCodeAt(i)] === s.charCodeAt(i)) i++;
  if (i === n) return s;
  if (n >= BUFFERED_FROM) {
    // A whole document: every code unit into a buffer, decoded once (many commas change).
    const buffer = bufferFor(n);
    for (let j = 0; j < i; j++) buffer[j] = s.charCodeAt(j);
    for (; i < n; i++) buffer[i] = MATCHABLE_TABLE[s.charCodeAt(i)]!;
    // (Node copies the code units as they are: a lone surrogate stays one.)
    return bytes.toString("utf16le", 0, n * 2);
  }
  // A short value: unchanged runs copied as slices.
  let out = "";
  let copied = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const m = MATCHABLE_TABLE[c]!;
    if (m !== c) {
      out += s.slice(copied, i) + String.fromCharCode(m);
      copied = i + 1;
    }
  }
  return out + s.slice(copied);
}
