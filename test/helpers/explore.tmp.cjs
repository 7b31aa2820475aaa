// ../../tmp/explore/explore.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// src/decode/line-ending.ts
function detectLineEnding(text) {
  if (!text.includes("\r")) return text.includes("\n") ? "lf" : "none";
  let crlf = 0;
  let cr = 0;
  let newlines = 0;
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) newlines++;
  const lf = newlines - crlf;
  const kinds = (lf ? 1 : 0) + (crlf ? 1 : 0) + (cr ? 1 : 0);
  if (kinds === 0) return "none";
  if (kinds > 1) return "mixed";
  return lf ? "lf" : crlf ? "crlf" : "cr";
}

// src/decode/sniff.ts
var import_node_buffer = require("node:buffer");
function sniffBom(bytes2) {
  const [b0, b1, b2, b3] = bytes2;
  if (b0 === 239 && b1 === 187 && b2 === 191) return { encoding: "utf-8", length: 3 };
  if (b0 === 255 && b1 === 254 && b2 === 0 && b3 === 0) return { encoding: "utf-32le", length: 4 };
  if (b0 === 0 && b1 === 0 && b2 === 254 && b3 === 255) return { encoding: "utf-32be", length: 4 };
  if (b0 === 255 && b1 === 254) return { encoding: "utf-16le", length: 2 };
  if (b0 === 254 && b1 === 255) return { encoding: "utf-16be", length: 2 };
  if (b0 === 132 && b1 === 49 && b2 === 149 && b3 === 51) return { encoding: "gb18030", length: 4 };
  return null;
}
function hasNulByte(bytes2) {
  return bytes2.indexOf(0) !== -1;
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var gb18030 = new TextDecoder("gb18030", { fatal: true, ignoreBOM: true });
function tryUtf8(bytes2) {
  if (bytes2.length >= FAST_PATH_MIN_BYTES) return (0, import_node_buffer.isUtf8)(bytes2) ? (0, import_node_buffer.transcode)(bytes2, "utf8", "utf16le").toString("utf16le") : null;
  try {
    return utf8.decode(bytes2);
  } catch {
    return null;
  }
}
var FAST_PATH_MIN_BYTES = 256;
function tryGb18030(bytes2) {
  try {
    return gb18030.decode(bytes2);
  } catch {
    return null;
  }
}

// src/decode/decode.ts
var DecodeError = class extends Error {
  name = "DecodeError";
  /** Why the bytes were rejected: `binary content (NUL bytes)`, `neither UTF-8 nor GB18030`, … */
  reason;
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
};
function decode(bytes2) {
  const bom = sniffBom(bytes2);
  if (bom !== null && bom.encoding !== "utf-8" && bom.encoding !== "gb18030") {
    throw new DecodeError(`${bom.encoding.startsWith("utf-16") ? "UTF-16" : "UTF-32"} is not supported`);
  }
  if (hasNulByte(bytes2)) throw new DecodeError("binary content (NUL bytes)");
  if (bom?.encoding === "utf-8") {
    const text2 = tryUtf8(bytes2.subarray(bom.length));
    if (text2 === null) throw new DecodeError("invalid UTF-8 after a UTF-8 byte-order mark");
    return decoded(text2, "utf-8", true);
  }
  if (bom === null) {
    const text2 = tryUtf8(bytes2);
    if (text2 !== null) return decoded(text2, "utf-8", false);
  }
  const text = tryGb18030(bom === null ? bytes2 : bytes2.subarray(bom.length));
  if (text === null) throw new DecodeError("neither UTF-8 nor GB18030");
  return decoded(text, "gb18030", bom !== null);
}
function decoded(text, encoding, bom) {
  return { text, encoding, bom, lineEnding: detectLineEnding(text) };
}

// src/decode/mirror.ts
var PINYIN_ANNOTATION = /[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ\u0300-\u036F]{1,8}(?: [a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ\u0300-\u036F]{1,8}){0,3})[)）]/g;
var TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ\u0300-\u036F]/;
function annotationCuts(source) {
  const cuts = [];
  if (!mayHoldPinyin(source)) return cuts;
  for (const m of source.matchAll(PINYIN_ANNOTATION)) {
    const follows = m.index > 0 && (isHan(source.charCodeAt(m.index - 1)) || cuts[cuts.length - 1]?.[1] === m.index);
    if (TONE_MARK.test(m[1]) && follows) cuts.push([m.index, m.index + m[0].length]);
  }
  return cuts;
}
function mayHoldPinyin(text) {
  return opensPinyin(text, "(") || opensPinyin(text, "\uFF08");
}
function opensPinyin(text, bracket) {
  for (let i = text.indexOf(bracket); i >= 0; i = text.indexOf(bracket, i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (c >= 97 && c <= 122 || c >= 224 && c <= 511 || c >= 768 && c <= 879 || c === 7743) return true;
  }
  return false;
}
function isHan(code) {
  return code >= 13312 && code <= 40959 || code >= 63744 && code <= 64255 || code >= 56320 && code <= 57343;
}

// src/decode/view.ts
var import_node_buffer2 = require("node:buffer");
var NAMED_ENTITIES = {
  // (Read as a space, as a no-break space itself is: see noBreakSpaceEdits.)
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  ldquo: "\u201C",
  rdquo: "\u201D",
  lsquo: "\u2018",
  rsquo: "\u2019",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  middot: "\xB7",
  bull: "\u2022",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'"
};
var ENTITY = /&(?:([a-zA-Z]{2,6})|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;
var TAG = /<\/?(?:p|br|span|div|strong|b|em|i|u|font|td|tr|th|thead|table|tbody|section|article|center|h[1-6]|ul|ol|li|a|img|hr|small|sup|sub|blockquote|header|footer)(?:\s[^<>\r\n]{0,200})?\s*\/?>/gi;
function entityText(name, dec, hex) {
  if (name !== void 0) return NAMED_ENTITIES[name] ?? null;
  const code = dec !== void 0 ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
  if (!(code >= 32 && code <= 1114111) || code >= 55296 && code <= 57343 || code >= 127 && code <= 159) return null;
  if (code >= 8192 && code <= 8202 || code === 8239 || code === 8287 || code === 160) return " ";
  return String.fromCodePoint(code);
}
function entityEdits(source, out) {
  if (!source.includes("&")) return;
  for (const m of source.matchAll(ENTITY)) {
    const text = entityText(m[1], m[2], m[3]);
    if (text !== null) out.push({ start: m.index, end: m.index + m[0].length, text });
  }
}
function noBreakSpaceEdits(source, out) {
  if (!ODD_BLANK.test(source)) return;
  for (let i = source.indexOf("\xA0"); i >= 0; i = source.indexOf("\xA0", i + 1)) out.push({ start: i, end: i + 1, text: " " });
  if (ZERO_WIDTH_HINT.test(source)) for (const m of source.matchAll(ZERO_WIDTH)) out.push({ start: m.index, end: m.index + m[0].length, text: "" });
}
function bulletEdits(source, out) {
  if (!BULLET_HINT.test(source)) return;
  for (const m of source.matchAll(BULLETED_LABEL)) out.push({ start: m.index + m[1].length, end: m.index + m[1].length + 1, text: " " });
}
var BULLET_HINT = /[•●▪◆■·]/;
var BULLETED_LABEL = /^([ \t\u3000]*)[•●▪◆■·](?=[ \t\u3000]*[\u3400-\u9fff](?:[ \u3000]*[\u3400-\u9fff]){1,7}[ \u3000]*[:：])/gm;
var ZERO_WIDTH_HINT = /[\u200b-\u200d\u2060]/;
var ODD_BLANK = /[\u00a0\u200b-\u200d\u2060]/;
var ZERO_WIDTH = /[\u200b-\u200d\u2060]+/g;
var TRAIL_LINE = /^[ \t\u3000\u00a0]*(?:当前位置|當前位置|您的位置|您现在的位置|您当前的位置)|[>＞»›][^>＞»›]{1,24}[>＞»›]/;
var CELL_END = /^<\/t[dh]\b/i;
var BLOCK_END = /^<(?:\/(?:p|div|tr|table|tbody|section|article|center|h[1-6]|li|ul|ol|blockquote|header|footer)|br|hr)\b/i;
function tagEdits(source, out, chromeRanges) {
  if (!source.includes("<")) return;
  if (WHOLE_ELEMENT_HINT.test(source)) {
    for (const m of source.matchAll(WHOLE_ELEMENT)) {
      out.push({ start: m.index, end: m.index + m[0].length, text: "" });
      chromeRanges.push([m.index, m.index + m[0].length]);
    }
  }
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
    out.push({ start: m.index, end, text: breaks ? "\n" : CELL_END.test(m[0]) ? FORM_LABEL.test(cellText(gap)) ? "\uFF1A" : "	" : "" });
    previousEnd = end;
  }
}
var WHOLE_ELEMENT = /<(title|script|style)\b[^<>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
var WHOLE_ELEMENT_HINT = /<(?:title|script|style|!--)/i;
function cellText(gap) {
  return gap.length > 48 ? "" : gap.replace(/&(?:nbsp|ensp|emsp|#160|#12288);/g, " ").replace(/[ \t\u00a0\u3000]+/g, " ").trim();
}
var NOT_TEXT = /<[^<>\r\n]*>|&#?[a-zA-Z0-9]{1,8};|[\s\u00a0\u3000]/g;
var NO_TEXT_RUN = /(?:<[^<>\r\n]*>|&#?[a-zA-Z0-9]{1,8};|[ \t\u00a0\u3000])*/y;
function markupRunEnd(source, from) {
  NO_TEXT_RUN.lastIndex = from;
  NO_TEXT_RUN.exec(source);
  return NO_TEXT_RUN.lastIndex;
}
function hasText(s) {
  return s.replace(NOT_TEXT, "").length > 0;
}
function textAhead(source, from, memo) {
  if (from >= memo.from && from <= memo.to) return memo.text;
  const to = markupRunEnd(source, from);
  const c = source.charCodeAt(to);
  memo.from = from;
  memo.to = to;
  memo.text = to < source.length && c !== 10 && c !== 13;
  return memo.text;
}
var FORM_LABEL = /^(?:[会會][ \u3000\u00a0]*[议議][ \u3000\u00a0]*名[ \u3000\u00a0]*[称稱]$|(?:[会會][ \u3000\u00a0]*[议議][ \u3000\u00a0]*)?(?:[时時][ \u3000\u00a0]*[间間]|日[ \u3000\u00a0]*期|地[ \u3000\u00a0]*[点點]|主[ \u3000\u00a0]*持(?:[ \u3000\u00a0]*人)?|[记記][ \u3000\u00a0]*[录錄](?:[ \u3000\u00a0]*人)?|出[ \u3000\u00a0]*席(?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?|[参參][ \u3000\u00a0]*[会會加](?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?|列[ \u3000\u00a0]*席(?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?|[请請][ \u3000\u00a0]*假(?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?|缺[ \u3000\u00a0]*席(?:[ \u3000\u00a0]*[人][ \u3000\u00a0]*[员員])?)$|^(?:[应應]邀|特邀)(?:出席|列席|[参參]加)(?:[会會][议議])?(?:[人][员員]|的[^|｜：:]{1,16})?$)/;
var TAB_ROW = /^[ \u3000\u00a0]*([^\t\r\n]{2,48}?)[ \u3000\u00a0]*\t+(?=[^\t\r\n])/;
var FORM_ROW = /^[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*([^|｜\r\n]*?)[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*([^|｜\r\n]*?)[ \t\u3000\u00a0]*[|｜]?[ \t\u3000\u00a0]*$/;
var LABEL_ALONE = /^[ \t\u3000\u00a0]*([\u3400-\u9fff][\u3400-\u9fff \u3000\u00a0]{0,8}[\u3400-\u9fff])[ \t\u3000\u00a0]*$/m;
var LABEL_ALONE_HINT = /^[ \t\u3000\u00a0]*(?:(?:出|列|[请請]|缺)[ \u3000\u00a0]*(?:席|假)|[参參][ \u3000\u00a0]*(?:[会會]|加)|主[ \u3000\u00a0]*持|[记記][ \u3000\u00a0]*[录錄]|[会會][议議](?:[时時][间間]|地[点點]|名[称稱])|[时時][ \u3000\u00a0]*[间間]|地[ \u3000\u00a0]*[点點]|日[ \u3000\u00a0]*期)(?:[ \u3000\u00a0]*人(?:[ \u3000\u00a0]*[员員])?)?[ \t\u3000\u00a0]*\r?$/m;
var NOT_BLANK_LINE = /[^\s\u3000\u00a0]/;
function formRowEdits(source, out) {
  const pipes2 = source.includes("|") || source.includes("\uFF5C");
  const tabs = source.includes("	");
  if (!pipes2 && !tabs && !LABEL_ALONE_HINT.test(source)) return;
  for (let start = 0; start < source.length; ) {
    const nl = source.indexOf("\n", start);
    const end = nl < 0 ? source.length : nl > start && source.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const line = source.slice(start, end);
    const t = tabs ? TAB_ROW.exec(line) : null;
    if (t !== null && FORM_LABEL.test(t[1])) {
      const labelEnd = start + line.indexOf(t[1]) + t[1].length;
      out.push({ start: labelEnd, end: start + t[0].length, text: "\uFF1A" });
    }
    const alone = LABEL_ALONE.exec(line);
    if (alone !== null && FORM_LABEL.test(alone[1]) && nl >= 0 && NOT_BLANK_LINE.test(source.slice(nl + 1, nl + 80).split("\n")[0] ?? "")) {
      const labelEnd = start + alone.index + alone[0].trimEnd().length;
      out.push({ start: labelEnd, end: labelEnd, text: "\uFF1A" });
    }
    const m = pipes2 ? FORM_ROW.exec(line) : null;
    if (m !== null && m[2] !== "" && FORM_LABEL.test(m[1])) {
      const labelAt = start + line.indexOf(m[1]);
      const labelEnd = labelAt + m[1].length;
      const valueAt = start + line.indexOf(m[2], labelEnd - start);
      const valueEnd = valueAt + m[2].length;
      out.push({ start, end: labelAt, text: "" });
      out.push({ start: labelEnd, end: valueAt, text: "\uFF1A" });
      if (valueEnd < end) out.push({ start: valueEnd, end, text: "" });
    }
    if (nl < 0) break;
    start = nl + 1;
  }
}
var TWO_LABELS_HINT = /[席假][ \u3000]*[：:][^\r\n]*[席假][ \u3000]*[：:]/;
var LIST_LABEL_LINE = /^[ \t\u3000]*(?:出[ \u3000]*席|列[ \u3000]*席|[请請][ \u3000]*假|缺[ \u3000]*席|[参參](?:加|[会會])人[员員])(?:人[员員])?[ \u3000]*[：:][^\r\n]*/gm;
var INLINE_LIST_LABEL = /(?<=[\u3400-\u9fff。；;.．\s])([ \t\u3000]*)(?<![应應特]邀)(?:出[ \u3000]*席|列[ \u3000]*席|[请請][ \u3000]*假|缺[ \u3000]*席|[记記][ \u3000]*[录錄])(?:人[员員])?[ \u3000]*[：:]/g;
function inlineLabelEdits(source, out) {
  if (!TWO_LABELS_HINT.test(source)) return;
  for (const line of source.matchAll(LIST_LABEL_LINE)) {
    const colon = line[0].search(/[：:]/);
    const rest = line[0].slice(colon + 1);
    for (const m of rest.matchAll(INLINE_LIST_LABEL)) {
      const at = line.index + colon + 1 + m.index;
      out.push({ start: at, end: at + m[1].length, text: "\n" });
    }
  }
}
var PAGE_NUMBER = /^[ \t\u3000\u00a0]*(?:[-—–－][ \t\u3000\u00a0]*[0-9０-９]{1,3}[ \t\u3000\u00a0]*[-—–－]|第[ \t\u3000\u00a0]*[0-9０-９]{1,3}[ \t\u3000\u00a0]*页(?:[ \t\u3000\u00a0]*[,，]?[ \t\u3000\u00a0]*共[ \t\u3000\u00a0]*[0-9０-９]{1,3}[ \t\u3000\u00a0]*页)?)[ \t\u3000\u00a0]*$/;
var PAGE_NO = "(?:[-\u2014\u2013\uFF0D][ \\t\\u3000\\u00a0]*[0-9\uFF10-\uFF19]{1,3}[ \\t\\u3000\\u00a0]*[-\u2014\u2013\uFF0D]|\u7B2C[ \\t\\u3000\\u00a0]*[0-9\uFF10-\uFF19]{1,3}[ \\t\\u3000\\u00a0]*\u9875(?:[ \\t\\u3000\\u00a0]*[,\uFF0C]?[ \\t\\u3000\\u00a0]*\u5171[ \\t\\u3000\\u00a0]*[0-9\uFF10-\uFF19]{1,3}[ \\t\\u3000\\u00a0]*\u9875)?)";
var RUNNING_HEAD = new RegExp(`^[ \\t\\u3000\\u00a0]*(?:\\S.{1,40}?[ \\t\\u3000\\u00a0]{3,}${PAGE_NO}|${PAGE_NO}[ \\t\\u3000\\u00a0]{3,}\\S.{1,40}?)[ \\t\\u3000\\u00a0]*$`);
function isPageNumber(source, line) {
  let i = line.start;
  while (i < line.end && (source[i] === " " || source[i] === "	" || source[i] === "\u3000" || source[i] === "\xA0")) i++;
  const c = source[i];
  const opens = c === "-" || c === "\u2014" || c === "\u2013" || c === "\uFF0D" || c === "\u7B2C";
  if (opens && PAGE_NUMBER.test(source.slice(line.start, line.end))) return true;
  let j = line.end - 1;
  while (j > i && (source[j] === " " || source[j] === "	" || source[j] === "\u3000" || source[j] === "\xA0")) j--;
  const d = source[j];
  return (opens || d === "-" || d === "\u2014" || d === "\u2013" || d === "\uFF0D" || d === "\u9875") && RUNNING_HEAD.test(source.slice(line.start, line.end));
}
var LINE_CLOSED = /[。！？；：:;!?）)》”」]$|[0-9０-９〇○零一二三四五六七八九十][ \u3000\u00a0]*年[^年]{1,8}日$|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}$/;
var LINE_OPENS = /^(?:[ \t\u3000\u00a0]|[─━—\-_=＝]{3}|[〔［\[【]|[\u3400-\u9fff][\u3400-\u9fff \u3000]{1,8}[：:](?![ \t\u3000\u00a0]*$)|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．、]|议题|(?:出|列|请|缺|分|抄|主|印)[ \u3000\u00a0]*[席假送报发]|附件|[0-9〇○零一二三四五六七八九]{4}[ \u3000\u00a0]*年)/;
var MARKER_LINE = /^[ \t\u3000\u00a0]*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．、]|议题[一二三四五六七八九十]{1,3})/;
var RULE_LINE = /^[ \t\u3000\u00a0]*[─━═\-—=＝_]{6,}[ \t\u3000\u00a0]*$/;
var RIGHT_ALIGNED = /^[ \t\u3000\u00a0]{8,}/;
var INNER_BLANK = /\S[ \t\u3000\u00a0]+\S/;
var MIN_WRAPPED = 5;
var MIN_WIDTH = 36;
var LONG_LINE = 24;
var MAX_COLUMNS = 400;
var WIDTH_SLACK = 3;
var INDENT_COLUMNS = 4;
var INDENTED = /^[ \t\u3000\u00a0]/;
var LETTER_SPACED = /^[ \t\u3000\u00a0]*(?:[\u3400-\u9fff][ \u3000\u00a0]{1,2}){5,}[\u3400-\u9fff][ \t\u3000\u00a0]*$/;
function lineColumns(source, start, end) {
  return end - start < LONG_LINE / 2 ? end - start : columns(source, start, end);
}
function columns(source, start, end) {
  let tabs = 0;
  while (source.charCodeAt(start + tabs) === 9 && start + tabs < end) tabs++;
  return (end - start + import_node_buffer2.Buffer.byteLength(source.slice(start, end), "utf8")) / 2 + tabs * (INDENT_COLUMNS - 1);
}
function linesOf(source) {
  const out = [];
  let start = 0;
  for (; ; ) {
    const nl = source.indexOf("\n", start);
    if (nl < 0) {
      out.push({ start, end: source.length, next: source.length, length: source.length - start });
      return out;
    }
    const end = nl > start && source.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    out.push({ start, end, next: nl + 1, length: end - start });
    start = nl + 1;
  }
}
function mostAround(lines3, min, slack) {
  const counts2 = new Int32Array(MAX_COLUMNS + slack + 1);
  for (const l of lines3) if (l.length >= min) counts2[Math.min(Math.round(l.length), MAX_COLUMNS)]++;
  let width = 0;
  let most = 0;
  for (let w = min; w <= MAX_COLUMNS; w++) {
    if (counts2[w] === 0) continue;
    let n = 0;
    for (let v = w - slack; v <= w + slack; v++) n += counts2[v];
    if (n > most || n === most && counts2[w] >= counts2[width]) [width, most] = [w, n];
  }
  return { width, most };
}
function repeatedPageHeads(source, lines3, page) {
  const after = /* @__PURE__ */ new Map();
  for (const p of page) {
    let k = lines3.indexOf(p) + 1;
    while (k < lines3.length && lines3[k].end === lines3[k].start) k++;
    const head3 = lines3[k];
    if (head3 === void 0 || page.includes(head3)) continue;
    const text = source.slice(head3.start, head3.end).trim();
    if (text.length < 4 || text.length > 48) continue;
    after.set(text, [...after.get(text) ?? [], head3]);
  }
  return [...after.values()].filter((heads) => heads.length >= 2).flat();
}
function readLengths(source, lines3, edits) {
  if (edits.length === 0) return;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const l of lines3) {
    while (k < sorted.length && sorted[k].start < l.start) k++;
    for (let e = k; e < sorted.length && sorted[e].start < l.end; e++) {
      const edit = sorted[e];
      l.length -= columns(source, edit.start, Math.min(edit.end, l.end)) - columns(edit.text, 0, edit.text.length);
    }
  }
}
function wrapEdits(source, lines3, out, chromeRanges) {
  if (lines3.length < MIN_WRAPPED) return;
  const clustered = mostAround(lines3, LONG_LINE / 2, 2 * WIDTH_SLACK).most >= MIN_WRAPPED;
  if (clustered) {
    for (const l of lines3) l.length = lineColumns(source, l.start, l.end);
    readLengths(source, lines3, out);
  }
  const page = lines3.filter((l) => isPageNumber(source, l));
  if (page.length >= 2) page.push(...repeatedPageHeads(source, lines3, page));
  for (const l of page) {
    out.push({ start: l.start, end: l.next, text: "" });
    chromeRanges.push([l.start, l.end]);
  }
  if (!clustered) return;
  const { width, most } = mostAround(lines3, LONG_LINE, WIDTH_SLACK);
  const long = lines3.filter((l) => {
    if (l.length < LONG_LINE) return false;
    const text = source.slice(l.start, l.end);
    return !RIGHT_ALIGNED.test(text) && !RULE_LINE.test(text);
  }).length;
  const read = (l) => source.slice(l.start, l.end);
  const lost = new Int8Array(lines3.length).fill(-1);
  const lostIndent = (i) => {
    if (lost[i] < 0) {
      const l = lines3[i];
      lost[i] = l.length < width - WIDTH_SLACK - INDENT_COLUMNS || l.length >= width || INDENTED.test(read(l)) ? 0 : i === 0 || lines3[i - 1].end === lines3[i - 1].start || isClosedLine(read(lines3[i - 1])) ? INDENT_COLUMNS : 0;
    }
    return lost[i];
  };
  const atWidth = (l, i) => Math.abs(l.length - width) <= WIDTH_SLACK || l.length < width && l.length >= width - WIDTH_SLACK - lostIndent(i);
  const cut2 = lines3.filter((l, i) => atWidth(l, i) && !isClosedLine(read(l))).length;
  const cutOrHeading = lines3.filter((l, i) => atWidth(l, i) && !lineClosed(read(l)) && !INNER_BLANK.test(read(l))).length;
  if (width < MIN_WIDTH || most < MIN_WRAPPED || cut2 < MIN_WRAPPED || cutOrHeading < long * 0.3) return;
  for (let i = 0; i + 1 < lines3.length; i++) {
    const line = lines3[i];
    const text = read(line);
    if (line.length < width - WIDTH_SLACK - lostIndent(i) || isClosedLine(text) || RIGHT_ALIGNED.test(text) || RULE_LINE.test(text) || TRAIL_LINE.test(text) || page.length > 0 && page.includes(line)) continue;
    let j = i + 1;
    let k = j;
    while (k < lines3.length && (page.includes(lines3[k]) || lines3[k].end === lines3[k].start)) k++;
    if (k > j && page.some((p) => p.start >= lines3[j].start && p.start < (lines3[k]?.start ?? source.length))) j = k;
    const next = lines3[j];
    if (next === void 0 || next.end === next.start || LINE_OPENS.test(source.slice(next.start, next.end))) continue;
    out.push({ start: line.end, end: j === i + 1 ? line.next : next.start, text: "" });
  }
}
function isClosedLine(text) {
  return lineClosed(text) || INNER_BLANK.test(text) || MARKER_LINE.test(text);
}
function lineClosed(text) {
  return LINE_CLOSED.test(text.length > 32 ? text.slice(-32) : text);
}
var SPACED_LETTERS = /(?:[\u3400-\u9fff][ \u3000\u00a0]{1,2}){5}[\u3400-\u9fff]/;
var BREAK_IN_TEXT = /[\u3400-\u9fff，、0-9)）](?:\r?\n)(?:[-—–－][ \t\u3000\u00a0]*[0-9]{1,3}[ \t\u3000\u00a0]*[-—–－][ \t\u3000\u00a0]*\r?\n)?[\u3400-\u9fff，、。“《（0-9]/g;
function mayBeHardWrapped(source) {
  BREAK_IN_TEXT.lastIndex = 0;
  let n = 0;
  while (BREAK_IN_TEXT.exec(source) !== null) if (++n >= MIN_WRAPPED) return true;
  return false;
}
var TITLE_LINES = 12;
function head(source, n) {
  let end = 0;
  for (let i = 0; i < n; i++) {
    const nl = source.indexOf("\n", end);
    if (nl < 0) return source;
    end = nl + 1;
  }
  return source.slice(0, end);
}
function spacedTitleEdits(source, lines3, out) {
  for (const l of lines3.slice(0, TITLE_LINES)) {
    const text = source.slice(l.start, l.end);
    if (!LETTER_SPACED.test(text) || !/纪要|紀要|会议|會議|政府/.test(text.replace(/[ \t\u3000\u00a0]/g, ""))) continue;
    const lead = text.length - text.trimStart().length;
    for (const m of text.trim().matchAll(/[ \u3000\u00a0]+/g)) out.push({ start: l.start + lead + m.index, end: l.start + lead + m.index + m[0].length, text: "" });
  }
}
function readingView(source) {
  const edits = annotationCuts(source).map(([start, end]) => ({ start, end, text: "" }));
  entityEdits(source, edits);
  noBreakSpaceEdits(source, edits);
  const chromeRanges = [];
  tagEdits(source, edits, chromeRanges);
  if (edits.length === 0) {
    lineEdits(source, edits, chromeRanges);
    return applyEdits(source, edits, chromeRanges);
  }
  const markup = applyEdits(source, edits, chromeRanges);
  const second = [];
  const secondChrome = [];
  lineEdits(markup.text, second, secondChrome);
  if (second.length === 0) return markup;
  return compose(markup, applyEdits(markup.text, second, secondChrome));
}
function lineEdits(source, edits, chromeRanges) {
  formRowEdits(source, edits);
  inlineLabelEdits(source, edits);
  bulletEdits(source, edits);
  const spaced = SPACED_LETTERS.test(head(source, TITLE_LINES));
  const wrapped = mayBeHardWrapped(source);
  if (spaced || wrapped) {
    const lines3 = linesOf(source);
    if (spaced) spacedTitleEdits(source, lines3, edits);
    if (wrapped) wrapEdits(source, lines3, edits, chromeRanges);
  }
}
function compose(outer, inner) {
  const to = outer.offsets;
  const offsets = inner.offsets === null ? to : inner.offsets.map((i) => to[i]);
  const mapped = (inner.chromeRanges ?? []).map(([a, b]) => [to[a], b > a ? to[b - 1] + 1 : to[a]]);
  const chromeRanges = [...outer.chromeRanges ?? [], ...mapped].sort((x, y) => x[0] - y[0]);
  return { text: inner.text, offsets, ...chromeRanges.length > 0 ? { chromeRanges } : {} };
}
function applyEdits(source, edits, chromeRanges) {
  if (edits.length === 0) return { text: source, offsets: null };
  edits.sort((a, b) => a.start - b.start);
  const parts = [];
  let size = source.length + 1;
  for (const e of edits) size += e.text.length;
  const map2 = new Int32Array(size);
  let k = 0;
  let from = 0;
  for (const e of edits) {
    if (e.start < from) continue;
    parts.push(source.slice(from, e.start));
    for (let i = from; i < e.start; i++) map2[k++] = i;
    parts.push(e.text);
    for (let i = 0; i < e.text.length; i++) map2[k++] = e.start;
    from = e.end;
  }
  parts.push(source.slice(from));
  for (let i = from; i < source.length; i++) map2[k++] = i;
  map2[k++] = source.length;
  return { text: parts.join(""), offsets: map2.subarray(0, k), ...chromeRanges.length > 0 ? { chromeRanges } : {} };
}

// src/model/version.ts
var MODEL_VERSION = "1";

// src/build/values/char-class.ts
var TABLE = new Uint8Array(65536);
var nextBit = 0;
function charClass(chars2) {
  if (nextBit >= 8) throw new Error("charClass: no bit left in the shared table");
  const bit = 1 << nextBit++;
  for (let i = 0; i < chars2.length; i++) TABLE[chars2.charCodeAt(i)] |= bit;
  return { has: (code) => (TABLE[code] & bit) !== 0 };
}

// src/build/sentences.ts
function cut(span, separators) {
  const out = [];
  const text = span.match;
  const chars2 = charsOf(separators);
  const next = chars2.map((c) => text.indexOf(c));
  let from = 0;
  for (; ; ) {
    let k = -1;
    for (let j = 0; j < next.length; j++) if (next[j] >= 0 && (k < 0 || next[j] < next[k])) k = j;
    if (k < 0) break;
    const to = next[k] + 1;
    if (to > from) out.push(slice(span, from, to));
    from = to;
    next[k] = text.indexOf(chars2[k], to);
  }
  if (from < span.text.length) out.push(slice(span, from, span.text.length));
  return out;
}
var CHARS = /* @__PURE__ */ new Map();
function charsOf(re) {
  let chars2 = CHARS.get(re);
  if (chars2 === void 0) {
    const m = /^\[([^\]\\^-]+)\]$/.exec(re.source);
    if (m === null) throw new Error(`cut: not a class of plain characters: ${re.source}`);
    chars2 = Array.from(m[1]);
    CHARS.set(re, chars2);
  }
  return chars2;
}
function slice(span, from, to) {
  return { text: span.text.slice(from, to), match: span.match.slice(from, to), start: span.start + from };
}
var SENTENCE_END = /[。！？;；]/;
var COMMA = /[,，]/;
var AGENDA_SEPARATOR = /[;；。]/;
var TRAILING = charClass(" 	\n\r\xA0\u3000,\uFF0C\u3002.\uFF0E!?\uFF01\uFF1F;\uFF1B:\uFF1A\u3001|");
var LEADING = charClass(" 	\n\r\xA0\u3000,\uFF0C\u3001:\uFF1A|");
function stripEnd(s) {
  let end = s.length;
  while (end > 0 && TRAILING.has(s.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && LEADING.has(s.charCodeAt(start))) start++;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

// src/build/values/text.ts
var import_node_buffer3 = require("node:buffer");
var HTML_ENTITY = /&(?:(nbsp|lt|gt|amp|quot|apos|ensp|emsp|thinsp);|#(\d{1,7});|#[xX]([0-9a-fA-F]{1,6});)/g;
var TABLE_PIPE = /([ \t\u00A0\u3000]*)[|｜]+([ \t\u00A0\u3000]*)/g;
var CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;
var NEEDS_CLEANING = /[&|｜\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/;
var PINYIN_START = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]/;
function hasEdgeBlank(s) {
  return s.length > 0 && (isEdgeBlank(s.charCodeAt(0)) || isEdgeBlank(s.charCodeAt(s.length - 1)));
}
function isEdgeBlank(c) {
  return c <= 32 || c === 160 || c === 12288 || c === 8203 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 65279 || c === 5760 || c === 133;
}
var EDGE_BLANKS = /^[\s\u00A0\u3000\u200B]+|[\s\u00A0\u3000\u200B]+$/g;
var ANY_BLANK = /[\s\u00A0\u3000\u2000-\u200B\u202F\u205F]+/g;
var NAMED_ENTITIES2 = {
  nbsp: "",
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  ensp: " ",
  emsp: " ",
  thinsp: " "
};
function decodeEntity(match, name, dec, hex) {
  if (name !== void 0) return NAMED_ENTITIES2[name] ?? match;
  const code = dec !== void 0 ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
  if (!Number.isFinite(code) || code <= 0 || code > 1114111 || code >= 55296 && code <= 57343) {
    return "";
  }
  if (code === 160) return " ";
  return String.fromCodePoint(code);
}
function cleanText(s) {
  if (typeof s !== "string") return "";
  if (!NEEDS_CLEANING.test(s) && !PINYIN_START.test(s)) return hasEdgeBlank(s) ? s.replace(EDGE_BLANKS, "") : s;
  let text = s.replace(CONTROL_CHARS, "");
  text = text.replace(HTML_ENTITY, decodeEntity);
  text = text.replace(CONTROL_CHARS, "");
  text = text.replace(
    PINYIN_ANNOTATION,
    (whole, letters) => TONE_MARK.test(letters) ? "" : whole
  );
  text = text.replace(
    TABLE_PIPE,
    (_whole, before, after) => before.length > 0 || after.length > 0 ? " " : ""
  );
  return text.replace(EDGE_BLANKS, "");
}
var CONTROL = 1;
var AMPERSAND = 2;
var ASCII_PIPE = 4;
var FULLWIDTH_PIPE = 8;
var PINYIN = 16;
var ARTEFACT_OF = buildArtefactTable();
function buildArtefactTable() {
  const table = new Uint8Array(65536);
  for (const [from, to] of [[0, 8], [11, 12], [14, 31], [127, 159], [65279, 65279]]) table.fill(CONTROL, from, to + 1);
  table[38] = AMPERSAND;
  table[124] = ASCII_PIPE;
  table[65372] = FULLWIDTH_PIPE;
  table[40] = PINYIN;
  table[65288] = PINYIN;
  return table;
}
function documentArtefacts(text) {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= ARTEFACT_OF[text.charCodeAt(i)];
  return withPinyin(bits, text);
}
function withPinyin(bits, text) {
  return bits & PINYIN && !mayHoldPinyin(text) ? bits & ~PINYIN : bits;
}
function bufferFor(n) {
  if (buffer.length < n) {
    buffer = new Uint16Array(n * 2);
    bytes = import_node_buffer3.Buffer.from(buffer.buffer);
  }
  return buffer;
}
function cleanerFor(text, artefacts = documentArtefacts(text)) {
  if (artefacts & CONTROL) return cleanText;
  const triggers = [];
  if (artefacts & AMPERSAND) triggers.push("&");
  if (artefacts & ASCII_PIPE) triggers.push("|");
  if (artefacts & FULLWIDTH_PIPE) triggers.push("\uFF5C");
  if (artefacts & PINYIN) triggers.push("(", "\uFF08");
  if (triggers.length === 0) return trimBlanks;
  return (s) => {
    for (const c of triggers) if (s.includes(c)) return cleanText(s);
    return trimBlanks(s);
  };
}
function readDocument(text) {
  const n = text.length;
  const buffer2 = bufferFor(n);
  let bits = 0;
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = MATCHABLE_TABLE[c];
    buffer2[i] = m;
    if (m !== c) changed = true;
    bits |= ARTEFACT_OF[c];
  }
  return { match: changed ? bytes.toString("utf16le", 0, n * 2) : text, clean: cleanerFor(text, withPinyin(bits, text)) };
}
function trimBlanks(s) {
  return hasEdgeBlank(s) ? s.replace(EDGE_BLANKS, "") : s;
}
function compact(s) {
  return cleanText(s).replace(ANY_BLANK, "");
}
var TRADITIONAL_SIMPLIFIED_PAIRS = [
  // administrative and meeting vocabulary
  "\u5340\u533A\u7E23\u53BF\u6703\u4F1A\u8B70\u8BAE\u9577\u957F\u8ACB\u8BF7\u53C3\u53C2\u61C9\u5E94\u54E1\u5458\u66F8\u4E66\u8A18\u8BB0\u7D00\u7EAA\u5831\u62A5\u807D\u542C\u5BE9\u5BA1\u95DC\u5173\u65BC\u4E8E\u958B\u5F00\u767C\u53D1\u9054\u8FBE",
  "\u5B78\u5B66\u7FD2\u4E60\u73FE\u73B0\u9805\u9879\u52D9\u52A1\u5C0E\u5BFC\u5C46\u5C4A\u9580\u95E8\u6642\u65F6\u55AE\u5355\u9AD4\u4F53\u76E3\u76D1\u6A5F\u673A\u69CB\u6784\u865F\u53F7\u5C6C\u5C5E\u93AE\u9547\u9109\u4E61\u9EE8\u515A\u8FA6\u529E\u8655\u5904",
  "\u696D\u4E1A\u7522\u4EA7\u5EE3\u5E7F\u885B\u536B\u8A08\u8BA1\u8CA1\u8D22\u7A05\u7A0E\u570B\u56FD\u969B\u9645\u8A2D\u8BBE\u5BE6\u5B9E\u898B\u89C1\u898F\u89C4\u5283\u5212\u7D93\u7ECF\u6FDF\u6D4E\u74B0\u73AF\u9032\u8FDB\u904B\u8FD0\u52D5\u52A8\u9084\u8FD8",
  "\u908A\u8FB9\u9019\u8FD9\u904E\u8FC7\u5C0D\u5BF9\u5F9E\u4ECE\u50B3\u4F20\u70BA\u4E3A\u8207\u4E0E\u7C3D\u7B7E\u9031\u5468\u5F59\u6C47\u532F\u6C47\u8209\u4E3E\u6C7A\u51B3\u6B78\u5F52\u9593\u95F4\u5718\u56E2\u5354\u534F\u806F\u8054\u8ECD\u519B\u8CEA\u8D28",
  "\u6B72\u5C81\u6E96\u51C6\u8B49\u8BC1\u7FA9\u4E49\u7D1A\u7EA7\u8B80\u8BFB\u8AD6\u8BBA\u8AC7\u8C08\u8ABF\u8C03\u7E3D\u603B\u83EF\u534E\u9673\u9648\u9EC3\u9EC4\u5289\u5218\u5F35\u5F20\u5442\u5415\u9127\u9093\u8B5A\u8C2D",
  "\u5EF3\u5385\u6A13\u697C\u5C64\u5C42\u9928\u9986\u5834\u573A\u9589\u95ED\u554F\u95EE\u805E\u95FB\u95B1\u9605\u5F8C\u540E\u4F86\u6765\u5C07\u5C06\u7576\u5F53\u9EDE\u70B9\u7121\u65E0\u9F4A\u9F50\u9F61\u9F84\u512A\u4F18\u614B\u6001\u8B77\u62A4\u96AA\u9669",
  "\u707D\u707E\u8077\u804C\u7A31\u79F0\u88FD\u5236\u78BA\u786E\u64DA\u636E\u790E\u7840\u5099\u5907\u8CA8\u8D27\u8CB7\u4E70\u8CE3\u5356\u50F9\u4EF7\u9322\u94B1\u5E63\u5E01\u8CB8\u8D37\u50B5\u503A\u5132\u50A8\u8CBB\u8D39\u8CBF\u8D38\u8CFC\u8D2D\u64A5\u62E8",
  "\u88DC\u8865\u734E\u5956\u52F5\u52B1\u61F2\u60E9\u7F70\u7F5A\u64EC\u62DF\u9812\u9881\u4F48\u5E03\u5EE2\u5E9F\u689D\u6761\u7BC4\u8303\u6A19\u6807\u8A66\u8BD5\u7D30\u7EC6\u5247\u5219\u7DB1\u7EB2\u9673\u9648\u8FF0\u8FF0\u5FA9\u590D\u8907\u590D\u8986\u8986",
  "\u9304\u5F55\u5F37\u5F3A\u5805\u575A\u8FB2\u519C\u8A02\u8BA2\u756B\u753B\u5716\u56FE\u9810\u9884\u8CC7\u8D44\u7D44\u7EC4\u7E54\u7EC7\u8A0E\u8BA8\u4E26\u5E76\u984C\u9898\u985E\u7C7B\u6578\u6570\u71DF\u8425\u92B7\u9500\u96D9\u53CC\u842C\u4E07\u5104\u4EBF",
  "\u7DAD\u7EF4\u8CA0\u8D1F\u8CAC\u8D23\u5C08\u4E13\u8B1B\u8BB2\u8A71\u8BDD\u8AAA\u8BF4\u7D50\u7ED3\u8CAB\u8D2F\u5FB9\u5F7B\u8A8D\u8BA4\u8B58\u8BC6\u9801\u9875\u7DB2\u7F51\u8A0A\u8BAF\u96FB\u7535\u90F5\u90AE\u7DE8\u7F16\u8F44\u8F96\u7D71\u7EDF\u7C4C\u7B79",
  "\u6AA2\u68C0\u6E2C\u6D4B\u9A57\u9A8C\u91AB\u533B\u7642\u7597\u85E5\u836F\u990A\u517B\u6B98\u6B8B\u5A66\u5987\u50D1\u4FA8\u81FA\u53F0\u7063\u6E7E\u9678\u9646\u555F\u542F\u5049\u4F1F\u9E97\u4E3D\u7D05\u7EA2\u6771\u4E1C\u8F1D\u8F89\u5091\u6770\u6176\u5E86",
  "\u5BF6\u5B9D\u8208\u5174\u9806\u987A\u52DD\u80DC\u9CF3\u51E4\u96F2\u4E91\u98DB\u98DE\u9D6C\u9E4F\u9F8D\u9F99\u975C\u9759\u9CF4\u9E23\u5DBA\u5CAD\u838A\u5E84\u8CB4\u8D35\u69AE\u8363\u6FE4\u6D9B\u6F54\u6D01\u6FA4\u6CFD\u6F64\u6DA6\u6DF5\u6E0A\u6F22\u6C49",
  "\u862D\u5170\u9D3B\u9E3F\u7152\u709C\u5F65\u5F66\u921E\u94A7\u9298\u94ED\u92D2\u950B\u9280\u94F6\u92FC\u94A2\u9435\u94C1\u9326\u9526\u912D\u90D1\u8D99\u8D75\u5B6B\u5B59\u99AE\u51AF\u8523\u848B\u97D3\u97E9\u694A\u6768\u8449\u53F6\u8607\u82CF\u76E7\u5362",
  "\u9B6F\u9C81\u937E\u949F\u9418\u949F\u6E6F\u6C64\u7F85\u7F57\u8CF4\u8D56\u8A31\u8BB8\u8B1D\u8C22\u9867\u987E\u9F94\u9F9A\u56B4\u4E25\u8CC0\u8D3A\u99AC\u9A6C\u95BB\u960E\u8C9D\u8D1D\u9112\u90B9\u856D\u8427\u500B\u4E2A\u5011\u4EEC\u5E7E\u51E0\u8B93\u8BA9",
  "\u7D66\u7ED9\u9593\u95F4\u806F\u8054\u7E6B\u7CFB\u4FC2\u7CFB\u54E1\u5458\u8CA1\u8D22\u52D9\u52A1\u5C46\u5C4A\u9078\u9009\u8209\u4E3E\u5340\u533A\u93AE\u9547\u7E23\u53BF\u9EE8\u515A\u8B70\u8BAE\u6C7A\u51B3\u7D00\u7EAA\u9304\u5F55\u7E3D\u603B\u8655\u5904",
  "\u9577\u957F\u554F\u95EE\u984C\u9898\u9805\u9879\u8A2D\u8BBE\u8CC7\u8D44\u8A0A\u8BAF\u74B0\u73AF\u614B\u6001\u8B77\u62A4\u885B\u536B\u64F4\u6269\u5167\u5185\u8B00\u8C0B\u6490\u6491\u8F49\u8F6C\u5712\u56ED\u5E6B\u5E2E\u7E7C\u7EE7\u7E8C\u7EED\u570D\u56F4\u5EAB\u5E93",
  "\u7372\u83B7\u6B0A\u6743\u5BEB\u5199\u8A34\u8BC9\u8A1F\u8BBC\u6B77\u5386\u5291\u5242\u5C46\u5C4A\u8FAD\u8F9E\u7C21\u7B80\u7FA9\u4E49\u7562\u6BD5\u9813\u987F\u64D4\u62C5\u56D1\u5631\u7A69\u7A33\u6CC1\u51B5\u8A72\u8BE5\u978F\u5DE9\u6383\u626B\u68DF\u680B",
  "\u72C0\u72B6\u8A5E\u8BCD\u9375\u952E\u700F\u6D4F\u89BD\u89C8\u8A2A\u8BBF\u64CA\u51FB"
];
var TO_SIMPLIFIED = buildSimplifiedMap();
function buildSimplifiedMap() {
  const map2 = /* @__PURE__ */ new Map();
  for (const row of TRADITIONAL_SIMPLIFIED_PAIRS) {
    for (let i = 0; i + 1 < row.length; i += 2) {
      const from = row.charCodeAt(i);
      const to = row.charCodeAt(i + 1);
      const bmp = from < 55296 || from > 57343;
      if (bmp && (to < 55296 || to > 57343) && from !== to) map2.set(from, to);
    }
  }
  return map2;
}
var MATCHABLE_TABLE = buildMatchableTable();
function buildMatchableTable() {
  const table = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) table[c] = c;
  for (let c = 65281; c <= 65374; c++) table[c] = c - 65248;
  table[12288] = 32;
  table[160] = 32;
  for (const [from, to] of TO_SIMPLIFIED) table[from] = to;
  return table;
}
var BUFFERED_FROM = 256;
var buffer = new Uint16Array(4096);
var bytes = import_node_buffer3.Buffer.from(buffer.buffer);
function toMatchable(s) {
  if (typeof s !== "string") return "";
  const n = s.length;
  let i = 0;
  while (i < n && MATCHABLE_TABLE[s.charCodeAt(i)] === s.charCodeAt(i)) i++;
  if (i === n) return s;
  if (n >= BUFFERED_FROM) {
    const buffer2 = bufferFor(n);
    for (let j = 0; j < i; j++) buffer2[j] = s.charCodeAt(j);
    for (; i < n; i++) buffer2[i] = MATCHABLE_TABLE[s.charCodeAt(i)];
    return bytes.toString("utf16le", 0, n * 2);
  }
  let out = "";
  let copied = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const m = MATCHABLE_TABLE[c];
    if (m !== c) {
      out += s.slice(copied, i) + String.fromCharCode(m);
      copied = i + 1;
    }
  }
  return out + s.slice(copied);
}

// src/build/values/names.ts
var ROLE_WORDS = [
  "\u53EC\u96C6\u4EBA",
  "\u79D8\u4E66\u957F",
  "\u79D8\u66F8\u9577",
  "\u8C03\u7814\u5458",
  "\u8ABF\u7814\u54E1",
  "\u5DE1\u89C6\u5458",
  "\u5DE1\u8996\u54E1",
  "\u68C0\u5BDF\u957F",
  "\u6AA2\u5BDF\u9577",
  "\u7406\u4E8B\u957F",
  "\u7406\u4E8B\u9577",
  "\u8463\u4E8B\u957F",
  "\u8463\u4E8B\u9577",
  "\u603B\u7ECF\u7406",
  "\u7E3D\u7D93\u7406",
  "\u4E66\u8BB0",
  "\u66F8\u8A18",
  "\u533A\u957F",
  "\u5340\u9577",
  "\u53BF\u957F",
  "\u7E23\u9577",
  "\u5E02\u957F",
  "\u5E02\u9577",
  "\u5DDE\u957F",
  "\u5DDE\u9577",
  "\u9547\u957F",
  "\u93AE\u9577",
  "\u4E61\u957F",
  "\u9109\u9577",
  "\u65D7\u957F",
  "\u65D7\u9577",
  "\u76DF\u957F",
  "\u76DF\u9577",
  "\u7701\u957F",
  "\u7701\u9577",
  "\u6821\u957F",
  "\u6821\u9577",
  "\u9662\u957F",
  "\u9662\u9577",
  "\u5C40\u957F",
  "\u5C40\u9577",
  "\u5904\u957F",
  "\u8655\u9577",
  "\u79D1\u957F",
  "\u79D1\u9577",
  "\u6240\u957F",
  "\u6240\u9577",
  "\u5385\u957F",
  "\u5EF3\u9577",
  "\u90E8\u957F",
  "\u90E8\u9577",
  "\u793E\u957F",
  "\u793E\u9577",
  "\u884C\u957F",
  "\u884C\u9577",
  "\u7AD9\u957F",
  "\u7AD9\u9577",
  "\u9986\u957F",
  "\u9928\u9577",
  "\u4E3B\u4EFB",
  "\u4E3B\u5E2D",
  "\u5E38\u59D4",
  "\u59D4\u5458",
  "\u59D4\u54E1",
  "\u4EE3\u8868",
  "\u9886\u5BFC",
  "\u9818\u5C0E",
  "\u4E3B\u7BA1",
  "\u603B\u76D1",
  "\u7E3D\u76E3",
  "\u7ECF\u7406",
  "\u7D93\u7406",
  "\u653F\u59D4",
  "\u6210\u5458",
  "\u6210\u54E1",
  "\u52A9\u7406",
  "\u603B\u5DE5\u7A0B\u5E08",
  "\u7E3D\u5DE5\u7A0B\u5E2B",
  "\u603B\u7ECF\u6D4E\u5E08",
  "\u7E3D\u7D93\u6FDF\u5E2B",
  "\u603B\u4F1A\u8BA1\u5E08",
  "\u7E3D\u6703\u8A08\u5E2B",
  "\u603B\u5E08",
  "\u7763\u5B66",
  "\u7763\u5B78",
  "\u987E\u95EE",
  "\u9867\u554F",
  "\u7EC4\u957F",
  "\u7D44\u9577",
  "\u961F\u957F",
  "\u968A\u9577",
  "\u5EAD\u957F",
  "\u5EAD\u9577",
  "\u4F1A\u957F",
  "\u6703\u9577",
  "\u4E3B\u7F16",
  "\u4E3B\u7DE8",
  "\u53F0\u957F",
  "\u81FA\u9577",
  "\u56E2\u957F",
  "\u5718\u9577",
  "\u56ED\u957F",
  "\u5712\u9577",
  "\u5382\u957F",
  "\u5EE0\u9577",
  "\u4E13\u5458",
  "\u5C08\u54E1",
  "\u79D1\u5458",
  "\u79D1\u54E1",
  "\u603B\u88C1",
  "\u7E3D\u88C1",
  // (列席人员：新闻媒体记者 柯笔)
  "\u8BB0\u8005",
  "\u8A18\u8005"
];
var TITLE_ROLE = ROLE_WORDS.slice().sort((a, b) => b.length - a.length).join("|");
var ROLE_SIMPLIFIED = Array.from(new Set(ROLE_WORDS.map((w) => toMatchable(w)))).sort((a, b) => b.length - a.length).join("|");
var ROLE_ANYWHERE = new RegExp(`(?:${ROLE_SIMPLIFIED})`, "g");
var TITLE_SUFFIX = new RegExp(
  `(?:\u5E38\u52A1)?[\u526F\u4EE3]?(?:\u533A\u59D4|\u53BF\u59D4|\u5E02\u59D4|\u533A|\u53BF|\u5E02|\u9547|\u4E61|\u5DDE|\u7701)?(?:${ROLE_SIMPLIFIED})$`
);
var TITLE_ONLY_AFTER_NAME = new RegExp(`^(?:${TITLE_SUFFIX.source.slice(0, -1)}|\u540C\u5FD7)$`);
var ORGAN_NAME_TITLE = new RegExp(`^[\\u3400-\\u9fff]{1,12}?(?:\u653F\u5E9C|\u529E\u516C\u5BA4|\u529E)([\\u3400-\\u9fff]{2,3}?)(${TITLE_SUFFIX.source.slice(0, -1)})$`);
function nameBetweenOrganAndTitle(s) {
  const m = ORGAN_NAME_TITLE.exec(toMatchable(s));
  if (m === null) return null;
  const at = m[0].length - m[1].length - m[2].length;
  const name = s.slice(at, at + m[1].length);
  return looksLikeName(name) ? { name, title: s.slice(at + m[1].length) } : null;
}
var REASON_ALONE = /^因[公病事私]$/;
function groupBeforeNote(all, at) {
  const from = Math.max(0, at - 12);
  return GROUP_BEFORE_NOTE.test((from === 0 ? "\u3001" : "") + all.slice(from, at));
}
var GROUP_BEFORE_NOTE = /[、，,；;\s\u3000](?:各|全体)[\u3400-\u9fff]{0,6}$/;
var COMRADE_SUFFIX = /同志$/;
var NAME_SEPARATORS = /[、，,；;]+/;
var BLANKS = /[\s\u00A0\u3000]+/;
var UNIT_PREFIX = /^[^：:\s]{2,16}(?:局|委|办|辦|室|府|院|会|會|协|協|联|聯|中心|公司|部|所)[：:]/;
var TRAILING_STOPS = /[。.．]+$/;
var ROLE_AT_END = new RegExp(`(?:${ROLE_SIMPLIFIED})$`);
var TITLE_AND_FIRST_CHARACTER = /[\u3400-\u9fff][长長员員任记記理师師委席官监監编編导導事督局办辦室所院处處站队隊部厅廳司心团團][\u3400-\u9fff]$/;
function titleAndFirstCharacter(s) {
  return TITLE_AND_FIRST_CHARACTER.test(s) || s.length >= 3 && isSingleHan(s.slice(-1)) && ROLE_AT_END.test(toMatchable(s.slice(0, -1)));
}
var COMPOUND_SURNAME = /^(?:欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|长孙|長孫|宇文|司徒|夏侯|令狐|端木|西门|西門|独孤|獨孤|南宫|南宮|呼延|轩辕|軒轅|万俟|萬俟|闻人|聞人|澹台|澹臺|申屠|钟离|鍾離|百里|东郭|東郭|闾丘|閭丘)/;
function isSingleHan(s) {
  if (s.length === 1) return isBmpNameHan(s.charCodeAt(0)) || s === "\u3007";
  const cp = s.length === 2 ? s.codePointAt(0) : 0;
  return cp >= 131072 && cp <= 262143;
}
var BRACKET_NOTE = /[（(][^（()）]{1,24}[）)]/g;
var ORGANIZATION_END_CHARS = "\u5C40\u5385\u5904\u9662\u6240\u90E8\u529E\u7F72\u5BA4\u59D4\u7EC4";
var PLACE_END_CHARS = "\u9547\u4E61\u53BF\u533A\u6751";
function isOrganizationWord(m) {
  const last2 = m[m.length - 1] ?? "";
  return m.length <= 4 && (m.length >= 2 && ORGANIZATION_END_CHARS.includes(last2) || m.length >= 3 && PLACE_END_CHARS.includes(last2));
}
var INSTITUTIONAL_WORDS = /部门|负责|单位|有关|人员|同志|代表|委员|领导|干部|全体|各|主要|其他|相关|成员|政府|会议|办公|机关|中心|等|们|人大|政协|纪委|监委|人武|法院|检察|部分|召集/;
var ROLE_IN_NAME = new RegExp(`(?:${ROLE_SIMPLIFIED})`);
function splitNames(s, clean = cleanText) {
  if (typeof s !== "string") return [];
  const text = clean(s).replace(BRACKET_NOTE, (note, at, all) => groupBeforeNote(all, at) && isBmpNameHan(all.charCodeAt(at + note.length)) ? "" : " ").replace(TRAILING_STOPS, "");
  const names = [];
  for (const raw of text.split(NAME_SEPARATORS)) {
    const chunks = raw.split(BLANKS).map((c) => c.replace(UNIT_PREFIX, "")).filter((c) => c.length > 0);
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i];
      const next = chunks[i + 1];
      if (REASON_ALONE.test(chunk) && next !== void 0) continue;
      if ((isSingleHan(chunk) || chunk.length === 2 && COMPOUND_SURNAME.test(chunk)) && next !== void 0 && isSingleHan(next)) {
        names.push(chunk + next);
        i++;
      } else if (isSingleHan(chunk) && next !== void 0 && next.length >= 3 && isSingleHan(next[0]) && TITLE_ONLY_AFTER_NAME.test(toMatchable(next.slice(1)))) {
        names.push(chunk + next);
        i++;
      } else if (next !== void 0 && isSingleHan(next) && i + 2 < chunks.length && isSingleHan(chunks[i + 2]) && ROLE_AT_END.test(toMatchable(chunk))) {
        names.push(chunk + next + chunks[i + 2]);
        i += 2;
      } else if (next !== void 0 && next.length >= 2 && ROLE_AT_END.test(toMatchable(chunk)) && !ROLE_AT_END.test(toMatchable(next))) {
        names.push(chunk + next);
        i++;
      } else if (isSingleHan(chunk) && names.length > 0 && i > 0 && titleAndFirstCharacter(names[names.length - 1])) {
        names[names.length - 1] += chunk;
      } else {
        names.push(chunk);
      }
    }
  }
  return names.map((n) => n.replace(TRAILING_STOPS, "")).filter((n) => n.length > 0);
}
function splitTitleName(s, compactText = compact) {
  if (typeof s !== "string") return { name: "", title: null };
  const text = compactText(s).replace(COMRADE_SUFFIX, "");
  if (text.length <= 4 && looksLikeName(text)) return { name: text, title: null };
  const m = toMatchable(text);
  const ends = [];
  ROLE_ANYWHERE.lastIndex = 0;
  for (let r = ROLE_ANYWHERE.exec(m); r !== null; r = ROLE_ANYWHERE.exec(m)) {
    const end = r.index + r[0].length;
    ends.push(m.startsWith("(\u4EE3)", end) ? end + 3 : end);
    ROLE_ANYWHERE.lastIndex = r.index + 1;
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k];
    if (end < text.length && looksLikeName(text.slice(end))) {
      return { name: text.slice(end), title: text.slice(0, end) };
    }
  }
  const last2 = ends[ends.length - 1];
  if (last2 !== void 0 && last2 < text.length && looksLikeLongName(text.slice(last2))) return { name: text.slice(last2), title: text.slice(0, last2) };
  const suffix = TITLE_SUFFIX.exec(m);
  if (suffix !== null && suffix.index > 0 && looksLikeName(text.slice(0, suffix.index)) && !ORGAN_BEFORE_ROLE.test(m.slice(0, suffix.index))) {
    return { name: text.slice(0, suffix.index), title: text.slice(suffix.index) };
  }
  for (const len of [3, 2]) {
    const cut2 = text.length - len;
    if (cut2 >= 2 && TITLE_LIKE_END.test(text[cut2 - 1]) && looksLikeName(text.slice(cut2)) && !ORGAN_END_NOT_SURNAME.test(text.slice(cut2)) && !/[·•‧・]/.test(text.slice(0, cut2))) {
      return { name: text.slice(cut2), title: text.slice(0, cut2) };
    }
  }
  const dot = indexOfMiddleDot(text);
  for (let cut2 = dot >= 0 ? dot - 1 : text.length - 5; cut2 >= 2; cut2--) {
    if (!ORGANIZATION_END_CHAR.test(text[cut2 - 1])) continue;
    const name = text.slice(cut2);
    if (dot >= 0 ? looksLikeName(name, 16) : looksLikeLongName(name) && !COMMON_WORD_CHAR.test(name)) return { name, title: text.slice(0, cut2) };
    break;
  }
  return { name: text, title: null };
}
var COMMON_WORD_CHAR = /[请請邀级級专專家省市县縣区區部门門会會议議工作要和与與及等的了在对對为為由是有各人员員组組织織]/;
var ORGANIZATION_END_CHAR = /[局委办辦室院所处處厅廳部站队隊团團心组組]/;
var ORGAN_BEFORE_ROLE = /^[区县市省州镇乡旗](?:人大|政协|纪委|委|政府)/;
var TITLE_LIKE_END = /[长長员員任记記理师師委席官监監编編导導事督局办辦室所院处處站队隊部厅廳司心团團]/;
var ORGAN_END_NOT_SURNAME = /^[局办辦室厅廳处處站队隊部团團]/;
var LONG_NAME = 6;
var TITLE_OR_ORGAN_END = /[长長员員任记記理师師委席官监監编編导導事督局办辦室处處所站队隊院部厅廳会會司组組科股中心团團社厂廠场場]$/;
var PLACE_START = /^[市区县省镇乡州盟旗]/;
function isTitledPerson(item) {
  const split = splitTitleName(compact(item));
  return split.title !== null && looksLikeName(split.name);
}
function looksLikeLongName(s) {
  return s.length > 4 && looksLikeName(s, LONG_NAME) && !TITLE_OR_ORGAN_END.test(s) && !PLACE_START.test(s);
}
function isBmpNameHan(c) {
  return c >= 13312 && c <= 40959 || c >= 63744 && c <= 64255;
}
function indexOfMiddleDot(s) {
  for (let i = 0; i < s.length; i++) if (isMiddleDot(s.charCodeAt(i))) return i;
  return -1;
}
function isMiddleDot(c) {
  return c === 183 || c === 8226 || c === 8231 || c === 12539;
}
function looksLikeName(s, maxChars = 4) {
  if (typeof s !== "string") return false;
  const text = s.trim();
  let count = 0;
  let dots = false;
  let partLength = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isBmpNameHan(c)) partLength++;
    else if (c >= 55296 && c <= 56319) {
      const cp = text.codePointAt(i);
      if (cp < 131072 || cp > 262143) return false;
      partLength++;
      i++;
    } else if (isMiddleDot(c)) {
      if (partLength === 0) return false;
      dots = true;
      partLength = 0;
    } else return false;
    count++;
  }
  if (dots ? partLength === 0 || count > 15 : count < 2 || count > maxChars) return false;
  const m = toMatchable(text);
  return !isOrganizationWord(m) && !INSTITUTIONAL_WORDS.test(m) && !ROLE_IN_NAME.test(m) && !NOT_A_NAME_END.test(m) && !(count >= 3 && NO_SURNAME_PLACE.test(m));
}
var NO_SURNAME_PLACE = /^[县縣市省镇鎮乡鄉旗]/;
var NOT_A_NAME_END = /[第的]$|[室局厅署]/;

// src/build/agenda.ts
var AGENDA = /听取了|进行了|纪要如下|審議了|听取/;
var VERB = /^(?:会议)?(?:还)?(进行了|听取了|审议了|学习了|研究了|传达学习了|审定了|通报了|讨论了)/;
var REPORT_ENDINGS = ["\u7684\u60C5\u51B5\u6C47\u62A5", "\u7684\u60C5\u51B5\u62A5\u544A", "\u7684\u6C47\u62A5", "\u7684\u62A5\u544A", "\u7684\u60C5\u51B5"];
var ORG_END = /[局办部委室中心会院处所站队团司厅馆社区县市镇组)）]$/;
var CLOSING = /[,，。]?\s*现(?:将会议(?:议定|讨论研究的有关)?事项)?纪要如下.*$|[,，。]?\s*现将.*纪要如下.*$/;
function readAgenda(paragraph, ctx) {
  const items = [];
  let verb = null;
  for (const piece of cut(paragraph, AGENDA_SEPARATOR)) {
    const lead = /^[\s\u3000]*/.exec(piece.text)[0].length;
    let s = slice(piece, lead, piece.text.length);
    const closing = CLOSING.exec(s.match);
    if (closing) s = slice(s, 0, closing.index);
    const body = stripEnd(s.text);
    if (body === "") continue;
    const m = VERB.exec(s.match);
    if (m) verb = m[1];
    else if (items.length === 0) continue;
    const rest = stripEnd(s.match.slice(m ? m[0].length : 0));
    const restText = stripEnd(s.text.slice(m ? m[0].length : 0));
    let organization = null;
    let reporter = null;
    let subject = null;
    const about = rest.indexOf("\u5173\u4E8E");
    const ending = REPORT_ENDINGS.find((e) => rest.endsWith(e));
    if (about > 0 && ending !== void 0 && about + 2 < rest.length - ending.length) {
      subject = ctx.clean(restText.slice(about + 2, rest.length - ending.length));
      [organization, reporter] = splitReporter(restText.slice(0, about));
    }
    items.push({
      text: ctx.clean(body),
      verb,
      organization,
      reporter,
      subject,
      topicIndex: null,
      position: ctx.position(s.start, s.start + body.length)
    });
  }
  return items;
}
function splitReporter(who) {
  const w = compact(who);
  for (const len of [3, 2, 4]) {
    if (w.length <= len) continue;
    const org = w.slice(0, w.length - len);
    const name = w.slice(w.length - len);
    if (ORG_END.test(org) && looksLikeName(name)) return [org, name];
  }
  return [w === "" ? null : w, null];
}
function linkAgenda(agenda, topics) {
  if (topics.length === 0 || !agenda.some((item) => item.subject !== null)) return;
  const key = (s) => compact(s).replace(/^关于/, "").replace(/[“”"《》()（）]/g, "");
  const headings = topics.map((topic) => topic.heading === null ? null : key(topic.heading));
  agenda.forEach((item, i) => {
    if (item.subject === null) return;
    const subject = key(item.subject);
    const t = headings.findIndex((h, j) => h !== null && topics[j].agendaIndex === null && (h === subject || h.includes(subject) || subject.includes(h)));
    if (t >= 0) {
      item.topicIndex = t;
      topics[t].agendaIndex = i;
    }
  });
}

// src/build/attendance.ts
var VERB2 = /(?:应邀|特邀)列席(?:会议)?的[^:：,，。;；]{1,30}[:：]|(?:应邀|特邀)(?:出席|参加|列席)(?:会议)?(?:人员[:：]|的(?:还)?有[:：]?|[:：])|(?:出席|列席|参加|参会|请假|缺席)(?:会议)?(?:人员|领导)?[:：]|(?:出席|列席|参加)(?:会议)?的(?:还)?(?:[^,，。;；:：、\s]{1,6}?)?有(?:[（(][^（()）]{1,20}[）)])?[:：]?|(?:也|还|均|亦|等)?(?:应邀|特邀)列席(?:了)?(?:会议)?|(?:也|还|均|亦|等)?(?:应邀|特邀)(?:出席|参加)(?:了)?(?:会议)?|(?:也|还|均|亦|等)?出席(?:了)?\s*会议|(?:也|还|均|亦)?(?:参加|列席)(?=[,，。;；]|$)|(?:也|还|均|亦|等)?参加(?:了)?\s*会议|出席|(?:也|还|均|亦|等)?列席(?:了)?\s*会议|(?:因[^,，。;；、:：()（）]{0,16}?|外出[^,，。;；、:：()（）]{0,6}?|出差|参加[^,，。;；、:：()（）]{1,12}?)?(?:请假|缺席|未出席(?:会议)?|未参加(?:会议)?)(?:[:：](?=[^,，。;；]{2}))?/g;
var ROLE_OF = [
  // (A reason may name another meeting: 因参加省委党校学习请假.)
  [/(?:缺席|请假|未出席|未参加|未出席会议|未参加会议)[:：]?$/, "absentees"],
  [/^(?:也|还|均|亦|等)?(?:应邀|特邀)列席/, "invitedObservers"],
  [/^(?:也|还|均|亦|等)?(?:应邀|特邀)/, "invitedAttendees"],
  [/列席/, "observers"],
  [/缺席|请假/, "absentees"],
  [/出席|参加|参会/, "attendees"]
];
var MAX_LIST_CLAUSE = 400;
var LIST_FOLLOWS = /的(?:还)?(?:[^,，。;；:：、\s]{1,6}?)?有[:：]?$|[:：]$/;
var COMMA_AT_END = /[,，]\s*$/;
var COMMA_OR_SEMICOLON = /[,，;；]/;
var NOT_A_LIST = /主持|召开|会议|研究|传达|审议|听取|[0-9]月|[0-9一二三四五六七八九十]日/;
var UNNAMED_GROUP = /负责同志|负责人|有关部门|有关单位|各部门|代表|委员$|人员$|领导$/;
var JOINED_UNITS = /(?:以及|及)[^及、]{2,16}(?:办|局|委|院|府|室|中心|部门|单位)$/;
var GROUP_AFTER = /(?:以及|及|和)[^及和、]*(?:负责同志|负责人|有关部门|有关单位|各部门)[^及和、]*$/;
var ORGANS_ONLY = /^\s*[\u3400-\u9fff、（）()]{2,60}(?:办公室|局|委|院|中心|政府|镇|乡|苏木|街道|办)$/;
var ETC_ONLY = /^\s*等(?:人|同志)?\s*$/;
var CLAUSE_PUNCTUATION_AT_END = /[,，;；\s]+$/;
var ITEM_SEPARATOR = /[、]/;
function emptyAttendance() {
  return { people: { attendees: [], invitedAttendees: [], absentees: [], observers: [], invitedObservers: [] }, notes: [] };
}
function readAttendance(sentence, ctx, into) {
  const matches = [...sentence.match.matchAll(VERB2)];
  let previousEnd = 0;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    const role = ROLE_OF.find(([re]) => re.test(m[0]))?.[1] ?? "attendees";
    let people;
    let statement;
    if (LIST_FOLLOWS.test(m[0])) {
      const next = matches[k + 1];
      const rest = slice(sentence, verbEnd, next ? next.index : sentence.text.length);
      people = [];
      let last2 = verbEnd;
      const clauses = cut({ ...rest, match: rest.match.replace(BRACKET_NOTE, (n) => n.replace(/[,，;；]/g, " ")) }, COMMA_OR_SEMICOLON);
      if (next !== void 0 && !LIST_FOLLOWS.test(next[0]) && clauses.length > 1 && !COMMA_AT_END.test(clauses[clauses.length - 1].match)) clauses.pop();
      for (const clause of clauses) {
        const found = listPeople(clause, ctx);
        if (found === null || found.length === 0) break;
        people.push(...found);
        last2 = clause.start - sentence.start + clause.text.length;
      }
      statement = slice(sentence, verbStart, last2);
      previousEnd = last2;
    } else {
      const before = slice(sentence, previousEnd, verbStart);
      const clauses = cut(before, COMMA_OR_SEMICOLON);
      people = [];
      let first2 = verbStart;
      for (let i = clauses.length - 1; i >= 0; i--) {
        const clause = clauses[i];
        const found = listPeople(clause, ctx);
        if (found === null || found.length === 0) {
          const bare = clause.match.replace(CLAUSE_PUNCTUATION_AT_END, "");
          if ((UNNAMED_GROUP.test(bare) || ORGANS_ONLY.test(bare) && i < clauses.length - 1) && !NOT_A_LIST.test(clause.match)) {
            first2 = clause.start - sentence.start;
            continue;
          }
          break;
        }
        people = [...found, ...people];
        first2 = clause.start - sentence.start;
      }
      statement = slice(sentence, first2, verbEnd);
      previousEnd = verbEnd;
    }
    if (people === null || people.length === 0) {
      into.notes.push({ role, text: stripEnd(statement.text), position: ctx.position(statement.start, statement.start + statement.text.length) });
      continue;
    }
    const known = new Set(into.people[role].map((q) => q.name));
    for (const p of people) if (!known.has(p.name)) into.people[role].push(p);
  }
}
function listPeople(clause, ctx) {
  const text = stripEnd(clause.text);
  if (text === "" || text.length > MAX_LIST_CLAUSE || NOT_A_LIST.test(stripEnd(clause.match).replace(BRACKET_NOTE, ""))) return null;
  const offset = clause.start + clause.text.indexOf(text);
  const match = clause.match.slice(clause.text.indexOf(text), clause.text.indexOf(text) + text.length);
  let listed = cut({ text, match, start: offset }, ITEM_SEPARATOR);
  const lastItem = listed[listed.length - 1];
  if (listed.length > 1 && lastItem !== void 0 && UNNAMED_GROUP.test(lastItem.match)) {
    const k = listed.findIndex((item) => JOINED_UNITS.test(stripEnd(item.match)));
    if (k >= 0) listed = [...listed.slice(0, k), slice(listed[k], 0, JOINED_UNITS.exec(stripEnd(listed[k].match)).index)];
  }
  let items = listed.flatMap(blankSeparatedNames);
  if (match.includes("\u7B49") || match.includes("\u548C") || match.includes("\u53CA")) items = items.flatMap(joinedPeople);
  const people = [];
  let pendingTitle = null;
  for (let item of items) {
    const group = item.text.length > 6 ? GROUP_AFTER.exec(item.match.slice(0, stripEnd(item.text).length)) : null;
    if (group !== null && group.index >= 2) item = slice(item, 0, group.index);
    if (item.text.includes("(") || item.text.includes("\uFF08")) item.text = item.text.replace(BRACKET_NOTE, (n) => " ".repeat(n.length));
    const raw = stripEnd(item.text);
    if (raw === "" || ETC_ONLY.test(raw)) continue;
    const joined = pendingTitle ? pendingTitle.text + item.text : item.text;
    const { name, title } = splitTitleName(stripEnd(joined), ctx.compact);
    const start = pendingTitle ? pendingTitle.start : item.start;
    if (looksLikeName(name) || looksLikeLongName(name)) {
      const nameAt = ctx.text.slice(item.start, item.start + item.text.length).indexOf(name);
      const position = nameAt >= 0 ? ctx.position(item.start + nameAt, item.start + nameAt + name.length) : ctx.position(start, item.start + raw.length);
      people.push({ name, title, position });
      pendingTitle = null;
    } else if (title !== null && name === "") {
      pendingTitle = { text: joined, match: joined, start };
    } else if (isTitleOnly(raw)) {
      pendingTitle = { text: joined, match: joined, start };
    } else if (UNNAMED_GROUP.test(toMatchable(raw)) && people.length + items.length > 1) {
      pendingTitle = null;
    } else if (raw.includes("?") || raw.includes("\uFF1F")) {
      pendingTitle = null;
    } else return null;
  }
  return pendingTitle === null ? people : people.length > 0 ? people : null;
}
var GROUP_TAIL = /等(?:(?:[区县市省州镇乡]|市政府|县政府|区政府)?(?:人大|政协)?|[^、，,]{0,10}?(?=领导|负责|同志|成员|班子))(?:领导|领导同志|负责同志|同志|[^、，,]{0,4}成员|班子领导)?$/;
var JOINED = /^(.{2,24}?)(?:以及|和|及)(.{2,})$/;
function isPerson(item) {
  return looksLikeName(item) || isTitledPerson(item);
}
function joinedPeople(item) {
  const text = stripEnd(item.text);
  const tail = GROUP_TAIL.exec(item.match.slice(0, text.length));
  if (tail !== null && tail.index >= 2) return joinedPeople(slice(item, 0, tail.index));
  const m = JOINED.exec(item.match.slice(0, text.length));
  const before = compact(m?.[1] ?? "").replace(BRACKET_NOTE, "");
  if (m === null || looksLikeName(compact(text)) || !isPerson(before) || looksLikeName(before) && PLACE_START.test(toMatchable(before)) || !isPerson(compact(m[2]).replace(BRACKET_NOTE, ""))) return [item];
  return [slice(item, 0, m[1].length), slice(item, text.length - m[2].length, text.length)];
}
var INNER_BLANK2 = /\S[ \t\u3000]+\S/;
var BLANK_RUN = /[ \t\u3000]+/g;
function blankSeparatedNames(item) {
  const text = stripEnd(item.text);
  if (!INNER_BLANK2.test(text)) return [item];
  const chunks = [];
  let from = 0;
  for (const m of text.matchAll(BLANK_RUN)) {
    if (m.index > from) chunks.push(slice(item, from, m.index));
    from = m.index + m[0].length;
  }
  if (from < text.length) chunks.push(slice(item, from, text.length));
  const names = [];
  for (let i = 0; i < chunks.length; i++) {
    const a = chunks[i];
    const b = chunks[i + 1];
    if (a.text.length === 1 && b !== void 0 && b.text.length === 1) {
      names.push({ text: item.text.slice(a.start - item.start, b.start - item.start + 1), match: item.match.slice(a.start - item.start, b.start - item.start + 1), start: a.start });
      i++;
    } else names.push(a);
  }
  return names.length > 1 && names.every((n) => looksLikeName(n.text.replace(BLANK_RUN, ""))) ? names : [item];
}
var ROLE_AT_END2 = new RegExp(`(?:${TITLE_ROLE})$`);
function isTitleOnly(s) {
  return ROLE_AT_END2.test(toMatchable(compact(s)));
}

// src/model/locator.ts
function createLocator(text) {
  const lineStarts = [0];
  if (!text.includes("\r")) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  } else {
    let lf = text.indexOf("\n");
    let cr = text.indexOf("\r");
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        const end = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
        lineStarts.push(end);
        if (end === cr + 2) lf = text.indexOf("\n", end);
        cr = text.indexOf("\r", end);
      } else {
        lineStarts.push(lf + 1);
        lf = text.indexOf("\n", lf + 1);
      }
    }
  }
  let last2 = 0;
  const point = (offset) => {
    const o = Math.max(0, Math.min(offset, text.length));
    if (lineStarts[last2] <= o && (last2 + 1 === lineStarts.length || o < lineStarts[last2 + 1])) {
      return { line: last2 + 1, column: o - lineStarts[last2] + 1, offset: o };
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    last2 = lo;
    return { line: lo + 1, column: o - lineStarts[lo] + 1, offset: o };
  };
  return { point, position: (start, end) => ({ start: point(start), end: point(end) }) };
}

// src/build/context.ts
var HTML_ENTITY_IN_TEXT = /&(?:nbsp|lt|gt|amp|quot|apos|ensp|emsp|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/g;
function createContext(text, tokens, source = text, offsets = null, chromeRanges = []) {
  const base = createLocator(source);
  const at = (offset) => offsets[Math.max(0, Math.min(offset, offsets.length - 1))];
  const locator = offsets === null ? base : {
    point: (offset) => base.point(at(offset)),
    position: (start, end) => base.position(startAt(text, offsets, start, source, chromeRanges), at(end))
  };
  const diagnostics = [];
  const read = readDocument(text);
  const clean = read.clean;
  return {
    text,
    // Leftover HTML entities end in ";": blank them out for matching, so they cut no sentence.
    match: text.includes("&") ? read.match.replace(HTML_ENTITY_IN_TEXT, (e) => " ".repeat(e.length)) : read.match,
    clean,
    compact: (s) => clean(s).replace(ANY_BLANK, ""),
    tokens,
    locator,
    diagnostics,
    position: (start, end) => locator.position(start, end),
    sourcePosition: (start, end) => base.position(start, end),
    blockPosition(start, end) {
      const position = locator.position(start, end);
      if (offsets === null) return position;
      const to = markupAfter(source, position.end.offset);
      return to === position.end.offset ? position : { start: position.start, end: base.point(to) };
    },
    report(severity, code, message, start, end) {
      const position = locator.position(start, end);
      diagnostics.push({ severity, code, message, line: position.start.line, column: position.start.column, position });
    }
  };
}
function markupAfter(source, from) {
  const to = markupRunEnd(source, from);
  const c = source.charCodeAt(to);
  if (to < source.length && c !== 10 && c !== 13) return from;
  const stretch = source.slice(from, to);
  return stretch.includes("<") || stretch.includes("&") ? to : from;
}
function startAt(view, offsets, start, source, chromeRanges) {
  const k = Math.max(0, Math.min(start, offsets.length - 1));
  let j = k - 1;
  while (j >= 0 && (view[j] === " " || view[j] === "\u3000" || view[j] === "	" || view[j] === "\xA0")) j--;
  if (j >= 0 && view[j] !== "\n" && view[j] !== "\r") return offsets[k];
  const written = j >= 0 && source[offsets[j]] !== view[j];
  const lineStart2 = j < 0 ? 0 : offsets[j] + (written ? 0 : 1);
  if (offsets[k] - lineStart2 <= k - (j + 1)) return offsets[k];
  let from = lineStart2;
  for (const [s, e] of chromeRanges) {
    if (s < from || s >= offsets[k]) continue;
    from = lineAfter(source, e);
    while (from < offsets[k] && (source.charCodeAt(from) === 10 || source.charCodeAt(from) === 13)) from++;
  }
  return from;
}
function lineAfter(source, end) {
  if (source.charCodeAt(end) === 13) end++;
  if (source.charCodeAt(end) === 10) end++;
  return end;
}
function tokenRange(token) {
  return [token.startOffset, token.startOffset + token.image.length];
}
function tokensRange(tokens) {
  return [tokens[0].startOffset, tokenRange(tokens[tokens.length - 1])[1]];
}

// src/build/blocks.ts
var OUTLINE_OF = {
  headerRow: "header",
  datedHeaderRow: "header",
  chromeLine: "chrome",
  docNumberLine: "document-number",
  signature: "signature",
  topic: "topic",
  writtenReport: "written-report",
  peopleList: "people-list",
  distributionList: "distribution",
  paragraph: "paragraph"
};
function onNextLine(text, end, start) {
  let breaks = 0;
  for (let i = end; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) breaks++;
    else if (c !== 13 && c !== 32 && c !== 9 && c !== 12288 && c !== 160) return false;
  }
  return breaks === 1;
}
function toBlock(block2) {
  if (block2.tokens.length === 0) return null;
  const [start, end] = tokensRange(block2.tokens);
  return { kind: block2.kind, tokens: block2.tokens, topic: block2.topic, start, end, outline: OUTLINE_OF[block2.kind] };
}
function documentBlocks(blocks) {
  const out = [];
  for (const b of blocks) {
    const block2 = toBlock(b);
    if (block2) out.push(block2);
  }
  return out;
}

// src/build/values/numerals.ts
var SURROUNDING_BLANKS = /^[\s\u00A0\u3000]+|[\s\u00A0\u3000]+$/g;
var ARABIC_DIGITS = /^[0-9\uFF10-\uFF19]+$/;
var FULLWIDTH_DIGIT = /[\uFF10-\uFF19]/g;
var DIGIT_VALUES = /* @__PURE__ */ new Map([
  ["\u96F6", 0],
  ["\u3007", 0],
  // U+3007 ideographic number zero
  ["\u25CB", 0],
  // U+25CB white circle, common in typed dates
  ["\u25EF", 0],
  // U+25EF large circle
  ["\uFF2F", 0],
  // full-width latin O
  ["O", 0],
  ["\u041E", 0],
  // Cyrillic O
  ["\u4E00", 1],
  ["\u58F9", 1],
  ["\u4E8C", 2],
  ["\u8D30", 2],
  ["\u8CB3", 2],
  ["\u4E24", 2],
  ["\u5169", 2],
  ["\u4E09", 3],
  ["\u53C1", 3],
  ["\u56DB", 4],
  ["\u8086", 4],
  ["\u4E94", 5],
  ["\u4F0D", 5],
  ["\u516D", 6],
  ["\u4E03", 7],
  ["\u67D2", 7],
  ["\u516B", 8],
  ["\u634C", 8],
  ["\u4E5D", 9],
  ["\u7396", 9]
]);
var UNIT_VALUES = /* @__PURE__ */ new Map([
  ["\u5341", 10],
  ["\u62FE", 10],
  ["\u767E", 100],
  ["\u4F70", 100],
  ["\u5343", 1e3],
  ["\u4EDF", 1e3]
]);
var POSITIONAL_ZEROS = /* @__PURE__ */ new Set(["\u96F6", "\u3007", "\u25CB"]);
function parseChineseNumber(s) {
  if (typeof s !== "string") return null;
  const text = s.replace(SURROUNDING_BLANKS, "");
  if (text.length === 0) return null;
  const chars2 = Array.from(text);
  if (!chars2.every((c) => DIGIT_VALUES.has(c) || UNIT_VALUES.has(c))) return null;
  const hasUnit = chars2.some((c) => UNIT_VALUES.has(c));
  return hasUnit ? parsePositional(chars2) : parseDigitByDigit(chars2);
}
function parseDigitByDigit(chars2) {
  let value = 0;
  for (const c of chars2) {
    if (c === "\u4E24" || c === "\u5169") return chars2.length === 1 ? 2 : null;
    const digit = DIGIT_VALUES.get(c);
    if (digit === void 0) return null;
    value = value * 10 + digit;
  }
  return value;
}
function parsePositional(chars2) {
  let total = 0;
  let pending = null;
  let lastUnit = Number.POSITIVE_INFINITY;
  let sawZero = false;
  for (let i = 0; i < chars2.length; i++) {
    const c = chars2[i];
    const unit = UNIT_VALUES.get(c);
    if (unit !== void 0) {
      if (unit >= lastUnit) return null;
      if (pending === null) {
        if (unit !== 10 || i !== 0) return null;
        pending = 1;
      }
      total += pending * unit;
      pending = null;
      lastUnit = unit;
      sawZero = false;
      continue;
    }
    const digit = DIGIT_VALUES.get(c);
    if (digit === void 0 || pending !== null) return null;
    if (digit === 0) {
      if (!POSITIONAL_ZEROS.has(c) || sawZero || i === 0 || i === chars2.length - 1) return null;
      sawZero = true;
      continue;
    }
    pending = digit;
  }
  if (pending !== null) {
    if (lastUnit !== 10 && !sawZero && lastUnit !== Number.POSITIVE_INFINITY) return null;
    total += pending;
  }
  return total;
}
function parseNumber(s) {
  if (typeof s !== "string") return null;
  if (s.length > 0 && s.length <= 15) {
    let value = 0;
    let i = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      value = value * 10 + (c - 48);
    }
    if (i === s.length) return value;
  }
  const text = s.replace(SURROUNDING_BLANKS, "");
  if (text.length === 0) return null;
  if (ARABIC_DIGITS.test(text)) {
    const ascii = text.replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 65248));
    const value = Number.parseInt(ascii, 10);
    return Number.isSafeInteger(value) ? value : null;
  }
  return parseChineseNumber(text);
}

// src/build/values/dates.ts
var TIME_OF_DAY = /上午|下午|晚上|晚间|晚間|中午|早上|早晨|凌晨|傍晚|夜间|夜間|晚(?![会會饭飯餐宴报報])/;
var BLANK = "[ \\t\\u00A0]*";
var AR_YEAR = "[0-9](?:[ \\t\\u00A0]?[0-9]){3}";
var CN_YEAR = "(?=[0-9]{0,3}[\u3007\u25CB\u25EF\u96F6O\u041E\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D])[\u3007\u25CB\u25EF\u96F6O\u041E0\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D]{4}";
var AR_MD = "[0-9](?:[ \\t\\u00A0]?[0-9])?";
var CN_MD = "[\u3007\u25CB\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]{1,3}";
var YEAR = `(?:${AR_YEAR}|${CN_YEAR})`;
var MD = `(?:${AR_MD}|${CN_MD})`;
var MONTH = `(?:${AR_MD}|${CN_MD}|\u5143)`;
var YEAR_MONTH_DAY = new RegExp(
  `(?<![0-9])(${YEAR})${BLANK}\u5E74${BLANK}(${MONTH})${BLANK}\u6708${BLANK}(${MD})${BLANK}[\u65E5\u53F7]`,
  "g"
);
var MONTH_DAY = new RegExp(
  `(?<![0-9\u3007\u25CB\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341])(${MONTH})${BLANK}\u6708${BLANK}(${MD})${BLANK}[\u65E5\u53F7]`,
  "g"
);
var NUMERIC_DATE = /(?<![0-9./-])((?:19|20)[0-9]{2})([-/.])([0-9]{1,2})\2([0-9]{1,2})(?![0-9])/g;
var STRIPPED_WITH_YEAR = new RegExp(
  `(?<![0-9])((?:19|20)[0-9]{2})([0-9]{2,4})(?:\u65E5|(?=${BLANK}(?:${TIME_OF_DAY.source})))`,
  "g"
);
var YEAR_STRIPPED_MONTH_DAY = /(?<![0-9])((?:19|20)[0-9]{2})[ \t\u00A0]*年[ \t\u00A0]*([0-9]{3,4})[ \t\u00A0]*日/g;
var STRIPPED_MONTH_DAY = /(?<![0-9年月.\-/第为期限至满超约近达共计])([0-9]{3,4}|3[2-9]|[4-9][1-9])日(?!内|以内|之内|左右)/g;
var YEAR_MONTH = new RegExp(`(?<![0-9])(${YEAR})${BLANK}\u5E74${BLANK}(${MONTH})${BLANK}\u6708`);
var BARE_STRIPPED = /^((?:19|20)[0-9]{2})([0-9]{1,4})$/;
var SPACED_DIGITS = /(?<=[0-9-]) (?=[0-9-])/g;
var ISO_PREFIX = /^\s*((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})(?![0-9])/;
var ANY_DATE_SEPARATOR = /[0-9][-/.][0-9]/;
var FIVE_DIGITS = /[0-9]{5}/;
var ANY_BLANK2 = /[ \t\u00A0]/g;
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function isValidMonthDay(year, month, day) {
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  const max = month === 2 && (year === null || isLeapYear(year)) ? 29 : DAYS_IN_MONTH[month - 1];
  return Number.isInteger(day) && day >= 1 && day <= max;
}
function pad(n, width) {
  return String(n).padStart(width, "0");
}
function dateParts(year, month, day) {
  return makeParts(year, month, day);
}
function makeParts(year, month, day) {
  const valid = year !== null && month !== null && day !== null && year >= 1e3 && year <= 9999 && isValidMonthDay(year, month, day);
  return {
    year,
    month,
    day,
    iso: valid ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : null
  };
}
function readYear(raw) {
  return readNumber(/[^0-9 \t\u00A0]/.test(raw) ? raw.replace(/[0０]/g, "\u3007") : raw);
}
function readMonth(raw) {
  return raw === "\u5143" ? 1 : readNumber(raw);
}
function readNumber(raw) {
  return parseNumber(raw.replace(ANY_BLANK2, ""));
}
function normalizeDefaultYear(defaultYear) {
  return typeof defaultYear === "number" && Number.isInteger(defaultYear) ? defaultYear : null;
}
function splitMonthDay(digits, year) {
  const found = [];
  for (let cut2 = 1; cut2 <= 2; cut2++) {
    const rest = digits.length - cut2;
    if (rest < 1 || rest > 2) continue;
    const month = Number.parseInt(digits.slice(0, cut2), 10);
    const day = Number.parseInt(digits.slice(cut2), 10);
    if (isValidMonthDay(year, month, day)) found.push({ month, day });
  }
  return found.length === 1 ? found[0] : null;
}
function strippedParts(year, digits) {
  const split = splitMonthDay(digits, year);
  return split === null ? makeParts(year, null, null) : makeParts(year, split.month, split.day);
}
function collect(text, re, toParts) {
  const out = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const parts = toParts(m);
    if (parts !== null) out.push({ index: m.index, end: m.index + m[0].length, parts });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
function findDates(text, defaultYear) {
  if (typeof text !== "string" || text.length === 0) return [];
  const fallbackYear = normalizeDefaultYear(defaultYear);
  const m = toMatchable(text);
  const hasYear = m.includes("\u5E74");
  const hasMonth = m.includes("\u6708");
  const hasDay = m.includes("\u65E5") || m.includes("\u53F7");
  const none = [];
  const candidates = [
    ...!hasYear || !hasMonth ? none : collect(m, YEAR_MONTH_DAY, (g) => {
      const year = readYear(g[1]);
      const month = readMonth(g[2]);
      const day = readNumber(g[3]);
      return year === null || month === null || day === null ? null : makeParts(year, month, day);
    }),
    ...!hasMonth || !hasDay ? none : collect(m, MONTH_DAY, (g) => {
      const month = readMonth(g[1]);
      const day = readNumber(g[2]);
      return month === null || day === null ? null : makeParts(fallbackYear, month, day);
    }),
    ...!ANY_DATE_SEPARATOR.test(m) ? none : collect(m, NUMERIC_DATE, (g) => {
      const month = Number.parseInt(g[3], 10);
      const day = Number.parseInt(g[4], 10);
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      return makeParts(Number.parseInt(g[1], 10), month, day);
    }),
    ...!FIVE_DIGITS.test(m) ? none : collect(m, STRIPPED_WITH_YEAR, (g) => strippedParts(Number.parseInt(g[1], 10), g[2])),
    ...!hasYear || !hasDay ? none : collect(m, YEAR_STRIPPED_MONTH_DAY, (g) => strippedParts(Number.parseInt(g[1], 10), g[2])),
    ...!hasDay ? none : collect(m, STRIPPED_MONTH_DAY, (g) => {
      const split = splitMonthDay(g[1], fallbackYear);
      return split === null ? makeParts(fallbackYear, null, null) : makeParts(fallbackYear, split.month, split.day);
    })
  ];
  candidates.sort((a, b) => a.index - b.index || b.end - a.end);
  const found = [];
  let taken = 0;
  for (const c of candidates) {
    if (c.index < taken) continue;
    const { year, month, day, iso } = c.parts;
    found.push({ year, month, day, iso, text: text.slice(c.index, c.end), index: c.index, end: c.end });
    taken = c.end;
  }
  return found;
}
function parseDate(text, defaultYear) {
  const none = { year: null, month: null, day: null, iso: null };
  if (typeof text !== "string") return none;
  const iso = ISO_PREFIX.exec(text) ?? ISO_PREFIX.exec(text.replace(SPACED_DIGITS, ""));
  if (iso !== null) {
    const month = Number(iso[2]);
    const day = Number(iso[3]);
    if (month >= 1 && month <= 12 && day >= 1) return makeParts(Number(iso[1]), month, day);
  }
  const first2 = findDates(text, defaultYear)[0];
  if (first2 !== void 0) {
    return { year: first2.year, month: first2.month, day: first2.day, iso: first2.iso };
  }
  const m = toMatchable(text).trim();
  const bare = BARE_STRIPPED.exec(m);
  if (bare !== null && m.length >= 5) return strippedParts(Number.parseInt(bare[1], 10), bare[2]);
  const yearMonth = YEAR_MONTH.exec(m);
  if (yearMonth !== null) {
    const year = readYear(yearMonth[1]);
    const month = readMonth(yearMonth[2]);
    if (year !== null && month !== null && month >= 1 && month <= 12) return makeParts(year, month, null);
  }
  return none;
}
function findTimeOfDay(text) {
  if (typeof text !== "string") return null;
  const match = TIME_OF_DAY.exec(text);
  return match === null ? null : { text: match[0], index: match.index };
}

// src/build/header.ts
var LABELS = {
  \u7D22\u5F15\u53F7: ["indexNumber", 0],
  \u4FE1\u606F\u7D22\u5F15\u53F7: ["indexNumber", 0],
  \u4FE1\u606F\u540D\u79F0: ["title", 0],
  \u6587\u4EF6\u540D\u79F0: ["title", 0],
  \u540D\u79F0: ["title", 1],
  \u6807\u9898: ["title", 2],
  \u6210\u6587\u65E5\u671F: ["writtenDate", 0],
  \u751F\u6210\u65E5\u671F: ["writtenDate", 0],
  \u4EA7\u751F\u65E5\u671F: ["writtenDate", 0],
  \u53D1\u5E03\u65E5\u671F: ["publishDate", 0],
  \u516C\u5F00\u65E5\u671F: ["publishDate", 0],
  \u53D1\u6587\u65E5\u671F: ["publishDate", 0],
  \u53D1\u5E03\u65F6\u95F4: ["publishDate", 1],
  \u65E5\u671F: ["publishDate", 2],
  \u65F6\u95F4: ["publishDate", 3],
  \u6587\u4EF6\u7F16\u53F7: ["fileNumber", 0],
  \u6587\u53F7: ["fileNumber", 0],
  \u53D1\u6587\u5B57\u53F7: ["fileNumber", 0],
  \u53D1\u5E03\u673A\u6784: ["publisher", 0],
  \u53D1\u5E03\u90E8\u95E8: ["publisher", 0],
  \u53D1\u5E03\u5355\u4F4D: ["publisher", 0],
  \u53D1\u6587\u673A\u5173: ["publisher", 1],
  \u53D1\u6587\u673A\u6784: ["publisher", 1],
  \u516C\u5F00\u65B9\u5F0F: ["disclosureMode", 0],
  \u516C\u5F00\u65F6\u9650: ["disclosurePeriod", 0]
};
var LEADING_DIGIT = /^\s*[0-9]/;
var DATE_FIELDS = /* @__PURE__ */ new Set(["writtenDate", "publishDate"]);
var COLON_AT_END = /[：:]$/;
var UNKNOWN_FIELD_AFTER = /[ \t\u3000\u00a0]+[\u3400-\u9fff]{2,6}[：:].*$/s;
function headerFields(block2, ctx) {
  const fields = [];
  const keys2 = block2.tokens.filter((t) => t.tokenType.name === "HeaderKey");
  if (block2.kind === "datedHeaderRow" && keys2.length > 0 && LEADING_DIGIT.test(ctx.text.slice(block2.start, keys2[0].startOffset))) {
    const value = ctx.clean(ctx.text.slice(block2.start, keys2[0].startOffset));
    fields.push({ label: "\u65E5\u671F", value, position: ctx.position(block2.start, block2.start + value.length) });
  }
  keys2.forEach((key, i) => {
    const [keyStart, keyEnd] = tokenRange(key);
    const valueEnd = i + 1 < keys2.length ? keys2[i + 1].startOffset : block2.end;
    if (key.image.startsWith("\u3010") && !key.image.includes("\u3011")) {
      bracketedFields(keyStart, valueEnd, ctx, fields);
      return;
    }
    const value = unwrap(ctx.clean(ctx.text.slice(keyEnd, valueEnd))).replace(UNKNOWN_FIELD_AFTER, "");
    fields.push({
      label: ctx.compact(key.image).replace(COLON_AT_END, "").replace(/^[【\[［](.*)[】\]］]$/, "$1"),
      value: value === "" ? null : value,
      position: ctx.position(keyStart, Math.max(keyEnd, trimEnd(ctx.text, keyEnd, valueEnd)))
    });
  });
  return fields;
}
var WRAP = /[ \t\u3000]*\r?\n[ \t\u3000]*/g;
var HAN = /[\u3400-\u9fff]/;
function unwrap(value) {
  return value.includes("\n") ? value.replace(WRAP, (m, at, all) => HAN.test(all[at - 1] ?? "") && HAN.test(all[at + m.length] ?? "") ? "" : " ") : value;
}
var hasKey = (row) => row.tokens.some((t) => t.tokenType.name === "HeaderKey");
var pipes = (row) => row === void 0 ? 0 : row.tokens.filter((t) => t.tokenType.name === "Pipe").length;
function isColumnHeads(rows, i) {
  const cells = pipes(rows[i]);
  const labels = rows[i].tokens.every((t) => !/[0-9０-９]/.test(t.image));
  return cells > 1 && labels && hasKey(rows[i]) && [rows[i + 1], rows[i + 2]].every((r) => r !== void 0 && pipes(r) === cells && !hasKey(r));
}
var BRACKETED_FIELD = /【([^【】：:]{1,12})[：:]([^【】]*)】?/g;
function bracketedFields(start, end, ctx, fields) {
  const text = ctx.text.slice(start, end);
  for (const m of text.matchAll(BRACKETED_FIELD)) {
    const value = ctx.clean(m[2]);
    fields.push({
      label: ctx.compact(m[1]),
      value: value === "" ? null : value,
      position: ctx.position(start + m.index, start + m.index + m[0].length)
    });
  }
}
function trimEnd(text, start, end) {
  while (end > start && /[\s|\u3000]/.test(text[end - 1])) end--;
  return end;
}
function buildDisclosure(rows, ctx) {
  const fields = rows.filter((_row, i) => !isColumnHeads(rows, i)).flatMap((row) => headerFields(row, ctx));
  const disclosure = {
    indexNumber: null,
    title: null,
    writtenDate: null,
    publishDate: null,
    fileNumber: null,
    publisher: null,
    disclosureMode: null,
    disclosurePeriod: null,
    fields
  };
  const priority = /* @__PURE__ */ new Map();
  for (const field of fields) {
    const mapping = LABELS[toMatchable(field.label)];
    if (!mapping) continue;
    const [name, rank] = mapping;
    if ((priority.get(name) ?? Infinity) <= rank) continue;
    if (field.value === null) {
      if (!priority.has(name)) priority.set(name, rank);
      continue;
    }
    const value = DATE_FIELDS.has(name) ? parseDate(field.value).iso : field.value;
    if (value === null) continue;
    disclosure[name] = value;
    priority.set(name, rank);
  }
  if (rows.length > 0) disclosure.position = ctx.position(rows[0].start, rows[rows.length - 1].end);
  return disclosure;
}

// src/build/lists.ts
var ROLE_OF_LABEL = {
  AbsenteeLabel: "absentees",
  ObserverLabel: "observers",
  InvitedObserverLabel: "invitedObservers",
  InvitedAttendeeLabel: "invitedAttendees",
  AttendeeLabel: "attendees"
};
function lines(block2, ctx) {
  const out = [];
  const [, labelEnd] = tokenRange(block2.tokens[0]);
  let lineStart2 = labelEnd;
  let last2 = null;
  for (const t of block2.tokens.slice(1)) {
    if (last2 !== null && lineBreakBetween(ctx.text, tokenRange(last2)[1], t.startOffset)) {
      out.push({ text: ctx.text.slice(lineStart2, tokenRange(last2)[1]), start: lineStart2 });
      lineStart2 = t.startOffset;
    }
    last2 = t;
  }
  if (last2 !== null) out.push({ text: ctx.text.slice(lineStart2, tokenRange(last2)[1]), start: lineStart2 });
  return out;
}
function lineBreakBetween(text, from, to) {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
var ROLE_SWITCH = /[；;][ \t\u3000]*((?:应邀|特邀|應邀)(?:出席|参加|參加)|(?:因[公事病])?[请請][ \t\u3000]*假|缺[ \t\u3000]*席|列[ \t\u3000]*席|出[ \t\u3000]*席|[参參][ \t\u3000]*加)(?:人[员員]|[会會][议議])?[ \t\u3000]*[：:]/g;
function roleOfWord(word) {
  const w = word.replace(/[ \t\u3000]/g, "");
  if (/^(?:应邀|特邀|應邀)(?:出席|参加|參加)$/.test(w)) return "invitedAttendees";
  if (/列席/.test(w)) return "observers";
  if (/[请請]假|缺席/.test(w)) return "absentees";
  return "attendees";
}
var SUBGROUP = /[;；][ \t\u3000]*([^；;：:，,、\s]{2,16})[：:]/g;
var FIRST_SUBGROUP = /^\s*([^；;：:，,、\s]{2,16})[：:]/;
function buildPeopleList(block2, ctx) {
  const label2 = block2.tokens[0];
  const role = ROLE_OF_LABEL[label2.tokenType.name] ?? "observers";
  const people = [];
  const groups = [{ label: null, people: [], start: block2.start }];
  const others = [];
  for (const line of joinWrappedNames(lines(block2, ctx))) {
    const row = NAME_THEN_TITLE_ROW.exec(line.text);
    if (row !== null && looksLikeName(ctx.compact(row[1])) && !looksLikeName(splitTitleName(row[2], ctx.compact).name)) {
      const name = ctx.compact(row[1]);
      const [at, end] = locate(line.text, 0, name);
      const person = { name, title: ctx.compact(row[2]), position: ctx.position(line.offsetOf(at), line.offsetOf(end - 1) + 1) };
      people.push(person);
      groups[groups.length - 1].people.push(person);
      continue;
    }
    const cuts = [{ at: 0, from: 0, label: null, role: null }];
    const firstGroup = role === "invitedObservers" && groups.length === 1 && groups[0].people.length === 0 ? FIRST_SUBGROUP.exec(line.text) : null;
    if (firstGroup !== null) cuts.push({ at: firstGroup.index, from: firstGroup.index + firstGroup[0].length, label: firstGroup[1], role: null });
    if (line.text.includes("\uFF1B") || line.text.includes(";")) {
      if (role === "invitedObservers") for (const m of line.text.matchAll(SUBGROUP)) cuts.push({ at: m.index, from: m.index + m[0].length, label: m[1], role: null });
      for (const m of line.text.matchAll(ROLE_SWITCH)) cuts.push({ at: m.index, from: m.index + m[0].length, label: null, role: roleOfWord(m[1]) });
      cuts.sort((a, b) => a.at - b.at);
    }
    let cursor = 0;
    let target = role;
    for (let c = 0; c < cuts.length; c++) {
      const { from, label: subgroup, role: switched } = cuts[c];
      if (subgroup !== null) {
        groups.push({ label: subgroup, people: [], start: line.offsetOf(from - subgroup.length - 1) });
        cursor = from;
      }
      if (switched !== null) {
        target = switched;
        cursor = from;
      }
      const to = c + 1 < cuts.length ? cuts[c + 1].at : line.text.length;
      for (const item of splitNames(line.text.slice(from, to), ctx.clean)) {
        let clean = item;
        let title = null;
        if (item.length > 4 || !looksLikeName(item)) {
          const split = splitTitleName(item, ctx.compact);
          clean = split.name;
          if (!looksLikeName(clean) && !looksLikeLongName(clean)) continue;
          title = split.title;
        }
        const [at, end] = locate(line.text, cursor, clean);
        cursor = end;
        const person = { name: clean, title, position: ctx.position(line.offsetOf(at), line.offsetOf(end - 1) + 1) };
        if (target !== role) {
          others.push({ role: target, person });
          continue;
        }
        people.push(person);
        groups[groups.length - 1].people.push(person);
      }
    }
  }
  if (role !== "invitedObservers") return { role, groups: [], people, others };
  if (groups.length > 1 && groups[0].people.length === 0) groups.shift();
  const text = ctx.compact(label2.image).replace(/[：:]$/, "");
  return {
    role,
    people,
    others,
    groups: groups.map((g, i) => ({
      group: g.label === null ? ctx.clean(text) : ctx.clean(g.label),
      people: g.people,
      position: ctx.position(g.start, i + 1 < groups.length ? groups[i + 1].start : block2.end)
    }))
  };
}
var ORGANIZATION_TAIL = /(?:局|委|办|室|中心|政府|部门|同志|负责人|单位|公司|集团)$/;
function unclosedNote(text) {
  return text.lastIndexOf("\uFF08") > text.lastIndexOf("\uFF09") || text.lastIndexOf("(") > text.lastIndexOf(")");
}
var TITLE_TAIL = /(?:主任|[所局处處科站院厅廳部][长長]|委[员員]|[书書][记記]|主席|[经經]理|助理)$/;
function isPersonItem(item) {
  const text = compact(item);
  if (Array.from(text).length === 4 && !COMPOUND_SURNAME.test(text)) return false;
  if (looksLikeName(text)) return true;
  return text.length > 4 && isTitledPerson(text);
}
var TITLE_THEN_ONE = /(?:[长長]|主任|[书書][记記]|委[员員]|主席|[经經]理|助理)[\u3400-\u9fff]$/;
var ORGANIZATION_THEN_ONE = /[局办辦室委院所处處厅廳部站队隊心][\u3400-\u9fff]$/;
var ORGANIZATION_HEAD = /^[局办辦室所院处處站队隊部厅廳委]/;
var ROLE_HEAD = /^(?:[局处處科所站院厅廳部][长長]|主任|[书書][记記])/;
var TITLED_PERSON_TAIL = /(?:[长長]|主任|[书書][记記]|委[员員]|主席|[经經]理|助理)[\u3400-\u9fff]{2,3}$/;
var ROLE_SPLIT = /^(?:主任|[书書][记記]|委[员員]|[局处處科所站部院厅廳队隊组組][长長]|主席|[经經]理|助理)$/;
var LONG_TITLE_BEFORE = /[事队隊社校行馆館站所局处處科院厅廳部组組市县縣区區镇鎮乡鄉团團]$/;
var PADDED_NAME_AT_END = /(?:^|[、，,；;\s\u3000]|[长長任记記员員席理])[\u3400-\u9fff][ \u3000]{1,2}[\u3400-\u9fff]$/;
var LIST_SEPARATOR_AT_END = /[、，,；;\s\u3000]$/;
var FIRST_ITEM = /^[^、，,；;\s\u3000]+/;
var NOTE_AT_END = /[（(][^（()）]*[）)]?$/;
var LAST_ITEM = /[^、，,；;\s\u3000]+$/;
var NAME_THEN_TITLE_ROW = /^\s*([\u3400-\u9fff·]{2,4}|[\u3400-\u9fff][ \t\u3000]{1,2}[\u3400-\u9fff])[ \t\u3000]+([\u3400-\u9fff、]{1,30}(?:[长長]|主任|[书書][记記]|委[员員]|主席|成[员員]))(?:[（(][^（()）]{1,20}[）)])?[ \t\u3000]*$/;
var GROUP_LINE = /^[\u3400-\u9fff、（）()]{2,60}(?:负责同志|负责人|有关人员)$/;
var UNIT_THEN_NAME_ROW = /^\s*[\u3400-\u9fff（）()]{2,20}(?:[ \t\u3000]{2,}|(?<=[局办室委院所站心队部府])[ \t\u3000])(?:[\u3400-\u9fff·]{2,4}|[\u3400-\u9fff][ \t\u3000]{1,2}[\u3400-\u9fff])(?:[ \t\u3000]+(?:[\u3400-\u9fff·]{2,4}|[\u3400-\u9fff][ \t\u3000]{1,2}[\u3400-\u9fff]))*[ \t\u3000]*$/;
var isColumnRow = (line) => NAME_THEN_TITLE_ROW.test(line) || UNIT_THEN_NAME_ROW.test(line);
function joinWrappedNames(list) {
  const single = (l) => ({ text: l.text, offsetOf: (i) => l.start + i });
  if (list.length < 2) return list.map(single);
  if (!list.some((l) => /[、，,]/.test(l.text))) return joinCutBlankNames(list);
  if (list.every((l, i) => l.text.trim() === "" || isColumnRow(l.text.trim()) || i === list.length - 1 && i > 0 && GROUP_LINE.test(l.text.trim()))) return list.map(single);
  const out = [{ parts: [list[0]] }];
  for (const line of list.slice(1)) {
    const previous = out[out.length - 1].parts;
    const tail = LAST_ITEM.exec(previous[previous.length - 1].text)?.[0] ?? "";
    const firstItem = FIRST_ITEM.exec(line.text.trimStart())?.[0] ?? "";
    const head3 = firstItem.replace(NOTE_AT_END, "") || firstItem;
    const before = previous[previous.length - 1].text;
    const split = !LIST_SEPARATOR_AT_END.test(before) && // (A padded name is whole: …区府办副主任 甘　伟⏎区发改局、….)
    (Array.from(tail).length === 1 && !PADDED_NAME_AT_END.test(before) || Array.from(head3).length === 1 || /[·•‧・].?$/.test(tail) || /^[·•‧・]/.test(head3) || unclosedNote(before) || // (Not after a whole person: …局长晏秋萍⏎区教育局、… starts a new item.)
    // (Its title may stand a blank before it: …区府办副主任 甘伟⏎区发改局、….)
    ORGANIZATION_TAIL.test(tail + head3) && !TITLED_PERSON_TAIL.test(tail) && !TITLED_PERSON_TAIL.test(compact(before)) || // A role word cut in two (区政府办公室副主⏎任司马文).
    ROLE_SPLIT.test(tail.slice(-1) + head3.slice(0, 1)) || Array.from(head3).length <= 3 && TITLE_TAIL.test(tail + head3) && !looksLikeName(head3) || TITLE_TAIL.test(tail) && looksLikeName(head3) || ROLE_HEAD.test(head3) || // The 长 of a title cut from it, then the name (市交投集团董事⏎长覃立新).
    (head3.startsWith("\u957F") || head3.startsWith("\u9577")) && LONG_TITLE_BEFORE.test(tail) && looksLikeName(head3.slice(1)) || // The last character of an organisation's name, then a name (区财政⏎局宋丽华).
    ORGANIZATION_HEAD.test(head3) && looksLikeName(head3.slice(1)) && Array.from(tail).length >= 2 || // Half an organisation's name (市林业和草原⏎局局长宝音): no person on its own.
    Array.from(tail).length >= 3 && !isPersonItem(tail) && !TITLE_TAIL.test(tail) || // A title cut inside, its name on the next line (区政府办公室主⏎任冯立群).
    isTitledPerson(tail + head3) && !isPersonItem(head3) && !isPersonItem(tail) || // A name cut after its first character, behind its title (区发改局局长戚⏎志明).
    TITLE_THEN_ONE.test(tail) && Array.from(head3).length <= 2 && looksLikeName(tail.slice(-1) + head3) || // A compound surname cut from its given name (欧阳⏎明远).
    COMPOUND_SURNAME.test(tail) && Array.from(tail).length === 2 && Array.from(head3).length <= 2 || // A name cut after its first character, behind its organisation (区市场监管局屈⏎志坚).
    ORGANIZATION_THEN_ONE.test(tail) && Array.from(head3).length <= 3 && looksLikeName(tail.slice(-1) + head3) || // The start of an organisation's name (市住房⏎城乡建设局局长谭云): the joined item is a titled person.
    PLACE_START.test(tail) && tail.length <= 6 && isTitledPerson(tail + head3));
    if (split) previous.push({ text: line.text.trimStart(), start: line.start + line.text.length - line.text.trimStart().length });
    else out.push({ parts: [line] });
  }
  return out.map(({ parts }) => {
    if (parts.length === 1) return single(parts[0]);
    const offsets = [];
    for (const p of parts) for (let i = 0; i < p.text.length; i++) offsets.push(p.start + i);
    return { text: parts.map((p) => p.text).join(""), offsetOf: (i) => offsets[Math.min(i, offsets.length - 1)] };
  });
}
var LONE_HEAD = /^[ \t\u3000]*([\u3400-\u9fff])(?:[ \t\u3000]{2,}|[ \t\u3000]*$|[ \t\u3000](?=[\u3400-\u9fff]{2}))/;
var SHORT_TAIL = /(?:^|[ \t\u3000])[\u3400-\u9fff]{1,2}[ \t\u3000]*$/;
var PADDED_PAIR_AT_END = /(?:^|[ \t\u3000]{2,}|[：:])[\u3400-\u9fff][ \t\u3000]{1,2}[\u3400-\u9fff][ \t\u3000]*$/;
var FIRST_CHUNK = /^[ \t\u3000]*([\u3400-\u9fff]{1,2})(?=[ \t\u3000]|$)/;
function oddSingleAtEnd(text) {
  const chunks = text.trim().split(/[ \t\u3000]+/);
  let n = 0;
  for (let k = chunks.length - 1; k >= 0 && chunks[k].length === 1 && /[\u3400-\u9fff]/.test(chunks[k]); k--) n++;
  return n % 2 === 1;
}
function joinCutBlankNames(list) {
  const out = list.map((l) => ({ text: l.text, offsetOf: (i) => l.start + i }));
  for (let i = 1; i < list.length; i++) {
    const lone = oddSingleAtEnd(out[i - 1].text);
    const head3 = lone ? FIRST_CHUNK.exec(out[i].text) : LONE_HEAD.exec(out[i].text);
    if (head3 === null || !lone && (!SHORT_TAIL.test(out[i - 1].text) || PADDED_PAIR_AT_END.test(out[i - 1].text))) continue;
    const at = out[i].text.indexOf(head3[1]);
    const before = out[i - 1];
    const kept = before.text.trimEnd().length;
    const source = list[i].start + at;
    const moved = head3[1].length;
    out[i - 1] = { text: before.text.slice(0, kept) + head3[1], offsetOf: (k) => k < kept ? before.offsetOf(k) : source + k - kept };
    const rest = list[i];
    out[i] = { text: " ".repeat(at + moved) + rest.text.slice(at + moved), offsetOf: (k) => rest.start + k };
  }
  return out;
}
function splitOutsideBrackets(text) {
  const out = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\uFF08" || c === "(") depth++;
    else if ((c === "\uFF09" || c === ")") && depth > 0) depth--;
    else if (depth === 0 && "\uFF0C,\u3001\uFF1B;".includes(c)) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}
var LOCATE_WINDOW = 64;
function isLayoutBlank(code) {
  return code === 32 || code === 12288 || code === 9 || code === 160 || code === 10 || code === 13 || code >= 8192 && code <= 8207 || code === 65279;
}
function locate(text, cursor, name) {
  const chars2 = Array.from(name);
  const limit = Math.min(text.length, cursor + LOCATE_WINDOW);
  for (let i = cursor; i < limit; i++) {
    if (isLayoutBlank(text.charCodeAt(i))) continue;
    let j = i;
    let k = 0;
    while (k < chars2.length && j < text.length) {
      if (isLayoutBlank(text.charCodeAt(j))) {
        j++;
        continue;
      }
      if (text.startsWith(chars2[k], j)) {
        j += chars2[k].length;
        k++;
      } else break;
    }
    if (k === chars2.length) return [i, j];
  }
  return [cursor, cursor];
}
var ANY_LIST_SEPARATOR = /[，,、；;]/;
var PRINT_COUNT = /[。.]?\s*[(（]?共印[0-9０-９一二三四五六七八九十百]+份[)）]?\s*$/;
var BLANK_SEPARATOR = /(?<=[^\s\u3000]{2})[ \t\u3000]+(?=[^\s\u3000]{2})/g;
function buildDistribution(block2, ctx) {
  const list = lines(block2, ctx).map((l) => l.text);
  let joined = list.map((l, i) => i + 1 < list.length ? l.replace(/[。.]\s*$/, "\uFF0C") : l).join("").replace(PRINT_COUNT, "");
  if (!ANY_LIST_SEPARATOR.test(joined)) joined = list.join(" ").trim().replace(BLANK_SEPARATOR, "\u3001");
  return splitOutsideBrackets(joined).map((item) => ctx.compact(item).replace(/[。.]+$/, "")).filter((item) => item !== "");
}

// src/build/meeting-fields.ts
var HELD = /召开|主持|举行/;
var PLANNED = /定于|拟于|将于|计划于|一般每|每[月周年季](?:召开|一次|两次|[一二两三四][至到]|[0-9一二两三四]次)|可临时召开|召集[和并]主持/;
var DATELINE = /^[讯訊电電]/;
function meetingDate(sentence, ctx, defaultYear) {
  const head3 = sentence.match.slice(0, 80);
  const date = findDates(head3, defaultYear).find((d) => (d.month !== null || d.text.length >= 6) && !DATELINE.test(head3.slice(d.end, d.end + 1)));
  const time = findTimeOfDay(head3.slice(0, 60));
  if (!date) {
    return { text: time ? time.text : null, iso: null, timeOfDay: time?.text ?? null, year: null, month: null, day: null, ...time ? { position: ctx.position(sentence.start + time.index, sentence.start + time.index + time.text.length) } : {} };
  }
  let end = date.end;
  let timeOfDay = null;
  if (time && time.index >= date.end && time.index <= date.end + 2) {
    timeOfDay = time.text;
    end = time.index + time.text.length;
  } else if (time && time.index < 30 && time.text !== "\u665A") timeOfDay = time.text;
  return {
    text: sentence.text.slice(date.index, end),
    iso: date.iso,
    timeOfDay,
    year: date.year,
    month: date.month,
    day: date.day,
    position: ctx.position(sentence.start + date.index, sentence.start + end)
  };
}
var PLACE = /(?:在|于)([^,，。;；在于]{2,40}?)\s*(?:[,，]|继续主持召开|继续主持|主持召开|继续召开|召开|举行|主持)/;
var PLACE_END = /(?:室|厅|楼|中心|会场|宾馆|酒店|大厦|礼堂|园区|基地|现场|堂|馆|所|樓|廳|處|党校|管委会|学院|大学)$/;
var ROOM_NOTE = /[(（][^()（）]{1,8}[)）]$/;
function meetingPlace(sentence) {
  if (!sentence.match.includes("\u5728") && !sentence.match.includes("\u4E8E")) return null;
  const m = PLACE.exec(sentence.match);
  if (!m) return null;
  const place = compact(sentence.text.slice(m.index + 1, m.index + 1 + m[1].length));
  return PLACE_END.test(sentence.match.slice(m.index + 1, m.index + 1 + m[1].length).replace(ROOM_NOTE, "")) ? place : null;
}
var CHAIR_PATTERNS = [
  ["\u4F1A\u8BAE\u7531", /会议由([^,，。;；]{2,30}?)(?:同志)?主持/],
  // 副县长邵明远受县长委托，在…主持召开 / 常务副区长薛华受区长委托主持召开.
  ["\u59D4\u6258", /([^,，。;；]{2,30}?)(?:同志)?受[^,，。;；]{1,12}?委托[,，]?(?:在[^,，。;；]{2,40}?[,，]?)?(?:主持召开|主持)/],
  // …在区行政中心召开，区长韩卫东主持。 / …召开第14次常务会议，区长司马文涛主持，现将…
  ["\u4E3B\u6301", /(?:召开|举行)[^,，。;；]{0,30}[,，]([^,，。;；]{2,30}?)(?:同志)?主持(?:会议)?(?:[,，]|[。;；]?$)/],
  ["\u4E3B\u6301\u53EC\u5F00", /([^,，。;；]{2,30}?)(?:同志)?(?:在[^,，。;；]{2,40}?)?(?:继续|又|再次)?主持召开/],
  ["\u4F1A\u8BAE", /([^,，。;；]{2,30}?)(?:同志)?主持(?:了)?会议/],
  ["\u7531", /由([^,，。;；]{2,30}?)主持/],
  // A clause of its own: …常务会议召开。区委副书记、区长邵华东主持;副区长…出席.
  ["\u4E3B\u6301", /(?:^|[,，;；])([^,，。;；]{2,30}?)(?:同志)?主持(?=[,，;；。]|$)/]
];
var CHAIR_REACH = 100;
var LEADING_NOISE = /^(?:[0-9]{4}年)?(?:[0-9]{1,2}月[0-9]{1,2}日)?(?:上午|下午|晚上)?[,，]?(?:随后[,，]?)?(?:受[^,，]{0,10}?委托[,，]?)?(?:委托)?(?:会议由|由)?/;
var HOW_AFTER_NAME = /以[^,，。;；]{1,10}?(?:形式|方式)$/;
var NOTE_AFTER_NAME = /[(（][^()（）]{1,12}[)）]$/;
var ENTRUSTED_AFTER_NAME = /受[^,，。;；]{1,12}?委托$/;
var ENTRUSTING_BEFORE = /^[^,，。;；]{2,20}?委托(?=[^,，。;；]{2,})/;
var WHEN_AFTER_NAME = /(?:于|在)?(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:上午|下午|晚上|晚)?(?:[0-9０-９]{1,2}[时:：][0-9０-９]{0,2}分?)?$/;
function meetingChair(sentence, ctx) {
  const held = sentence.match.indexOf("\u4E3B\u6301");
  if (held < 0) return null;
  const from = Math.max(0, held - CHAIR_REACH);
  const text = from > 0 ? sentence.match.slice(from) : sentence.match;
  for (const [word, re] of CHAIR_PATTERNS) {
    if (!text.includes(word)) continue;
    const m = re.exec(text);
    if (!m) continue;
    const at = from + m.index + m[0].indexOf(m[1]);
    let raw = sentence.text.slice(at, at + m[1].length);
    const noise = LEADING_NOISE.exec(sentence.match.slice(at, at + m[1].length));
    if (noise) raw = raw.slice(noise[0].length);
    raw = stripEnd(raw.replace(HOW_AFTER_NAME, "").replace(NOTE_AFTER_NAME, "").replace(ENTRUSTED_AFTER_NAME, "").replace(ENTRUSTING_BEFORE, "").replace(/同志$/, "").replace(WHEN_AFTER_NAME, ""));
    let { name, title } = splitTitleName(raw);
    if (!looksLikeName(ctx.compact(name)) && !looksLikeLongName(ctx.compact(name))) ({ name, title } = nameBetweenOrganAndTitle(ctx.compact(raw)) ?? { name, title });
    const clean = ctx.compact(name);
    if (!looksLikeName(clean) && !looksLikeLongName(clean)) continue;
    const nameAt = ctx.text.indexOf(name, sentence.start + at);
    const position = nameAt >= 0 ? ctx.position(nameAt, nameAt + name.length) : void 0;
    return { name: clean, title: title === null ? null : ctx.compact(title), ...position ? { position } : {} };
  }
  return null;
}

// src/build/front.ts
var TITLE_WORDS = /纪要|会议|常务会|办公会|召开|通知|通报|会$|规则$|规定$|办法$|制度$/;
var SENTENCE_LIKE = /[。；;:：！!？?]$|^[0-9０-９]{1,4}[年月]|^[0-9]{1,2}\s*月|^[〇○零一二三四五六七八九十]{2,4}年|^[—–―－-]{1,2}/;
var DATED_HEADLINE = /^[0-9０-９]{1,2}[ \t]*月[ \t]*[0-9０-９]{1,2}[ \t]*日[^,，。:：;；!！?？]{4,36}$/;
var YEAR_HEADLINE = /^[0-9０-９]{4}[ \t]*年(?![ \t]*[0-9０-９〇○零一二三四五六七八九十元]{1,2}[ \t]*月)[^,，。:：;；!！?？]{4,36}$/;
function sentenceLike(text, headline = false) {
  return SENTENCE_LIKE.test(text) && !DATED_HEADLINE.test(text) && !(headline && YEAR_HEADLINE.test(text));
}
var CONTINUED_LEAD = /随后|接着|会后/;
var STANDING_NAME = /常务(?:\(扩大\))?会|办公会/;
function isContinued(text) {
  if (!text.includes("\u53EC\u5F00")) return false;
  for (const sentence of text.split("\u3002")) {
    const lead = CONTINUED_LEAD.exec(sentence);
    if (lead === null) continue;
    const held = sentence.indexOf("\u53EC\u5F00", lead.index);
    if (held >= 0 && STANDING_NAME.test(sentence.slice(held))) return true;
  }
  return false;
}
var STANDING_MEETING = /常务(?:\(扩大\))?会|办公会|政府会议|纪要/;
var MINUTES_TITLE = /纪要/;
var NOTICE_TITLE = /通知|通告|公告|规则|规定|制度|细则|办法$|意见$|决定$|通报$|解读$/;
var DATE_CLAUSE = /[，,][0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:上午|下午|晚上)?[，,]/;
var NOVEL_CHAPTER = /上一章[^\n]{0,12}目[录錄][^\n]{0,12}下一章|[（(]本章完[）)]/;
var INDEX_ENTRY_REGEX = /(?:[ \t]{2,}|^[ \t]*[0-9]{1,3}[ \t]+\S.*[ \t])(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$/;
var INDEX_ENTRY = { test: (s) => DATE_LAST.test(s.charAt(s.length - 1)) && INDEX_ENTRY_REGEX.test(s) };
var DATE_LAST = /[0-9日]/;
var COLUMN_HEADS = /^\s*(?:序号|标题|名称|文件名称|发布日期|日期|文号)(?:\s+(?:序号|标题|名称|文件名称|发布日期|成文日期|日期|文号|发文字号|发布机构))+\s*$/;
var FILE_LINK = /^[ \t]*附件[:：]|\.(?:pdf|docx?|wps|ofd|xlsx?)(?:_第[0-9]+页)?[ \t]*$/i;
function isTitle(span) {
  const text = cleanText(span.text);
  if (INDEX_ENTRY.test(span.match) || FILE_LINK.test(span.match) || COLUMN_HEADS.test(span.match)) return false;
  return text.length >= 4 && text.length <= 80 && TITLE_WORDS.test(span.match) && !sentenceLike(text);
}
function isHeadline(span) {
  const text = cleanText(span.text);
  if (INDEX_ENTRY.test(span.match) || COLUMN_HEADS.test(span.match)) return false;
  return text.length >= 4 && text.length <= 40 && !sentenceLike(text, true) && !/[,，。:：;；]/.test(span.match);
}
function isOpening(span) {
  if (INDEX_ENTRY.test(span.match)) return false;
  const first2 = cut(span, SENTENCE_END)[0];
  if (!first2) return false;
  const s = first2.match;
  return HELD.test(s) && !PLANNED.test(s) && (/[0-9０-９〇○零一二三四五六七八九十]{1,4}\s*[月年]|[0-9]{5,8}|上午|下午|晚上/.test(s) || /会议/.test(s)) && (!isTitle(first2) || DATE_CLAUSE.test(s));
}
function decideMinutes(title, openingBlocks, blocks, ctx) {
  if (NOVEL_CHAPTER.test(ctx.match)) return false;
  const t = title === null ? "" : toMatchable(title);
  const hasBody = blocks.some((b) => b.kind === "topic" || b.kind === "writtenReport");
  if (MINUTES_TITLE.test(t) && (openingBlocks.length > 0 || hasBody)) return true;
  if (openingBlocks.length === 0) return false;
  if (NOTICE_TITLE.test(t)) return false;
  const opening = ctx.match.slice(openingBlocks[0].start, openingBlocks[0].end);
  const continued = blocks.some((b) => b.kind === "paragraph" && isContinued(ctx.match.slice(b.start, b.end)));
  return STANDING_MEETING.test(t) || STANDING_MEETING.test(opening) || continued;
}

// src/build/placement.ts
var BARE_DATE = /^[0-9]{4}(?:-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|\s*[(（]?星期[一二三四五六日天][)）]?)?$/;
var WEEKDAY = /星期[一二三四五六日天]/;
function isReportHeading(b, ctx) {
  const text = ctx.match.slice(b.start, b.end);
  return !text.includes("\u5173\u4E8E") && /[:：]\s*$/.test(text);
}
var ATTACHMENTS = /^\s*(?:相关)?附\s*件(?:下载|列表)?\s*[:：]|^\s*(?:相关)?附\s*件(?:下载|列表)\s*$/;
var ATTACHMENT_OPENS = /^\s*(?:相关)?附\s*件\s*(?:[0-9一二三四五六七八九十]{1,2}|下载|列表)?\s*(?:[:：]|$)/;
var FOOT_NOTE = /^\s*(?:\(此件[^()]{2,12}\)|\(?共印[0-9一二三四五六七八九十百]+份\)?|(?:记\s*录|校\s*[对對]|核\s*稿|[审審]\s*核|[编編]\s*[辑輯]|[责責]任[编編][辑輯])(?:人)?\s*[:：][^。；;]{1,40})\s*$/;
var NAV_WORD = "(?:\u7F51\u7AD9\u9996\u9875|\u9996\u9875|\u9996\u9801|\u653F\u52A1\u516C\u5F00|\u653F\u52D9\u516C\u958B|\u653F\u52A1\u670D\u52A1|\u653F\u52D9\u670D\u52D9|\u4E92\u52A8\u4EA4\u6D41|\u4E92\u52D5\u4EA4\u6D41|\u653F\u6C11\u4E92\u52A8|\u653F\u6C11\u4E92\u52D5|\u65B0\u95FB\u4E2D\u5FC3|\u65B0\u805E\u4E2D\u5FC3|\u65B0\u95FB\u52A8\u6001|\u8981\u95FB\u52A8\u6001|\u4FE1\u606F\u516C\u5F00|\u4FE1\u606F\u516C\u958B|\u529E\u4E8B\u670D\u52A1|\u516C\u4F17\u53C2\u4E0E|\u6570\u636E\u5F00\u653E|\u4E13\u9898\u4E13\u680F|\u8D70\u8FDB[\\u3400-\\u9fff]{2,4}|\u8D70\u9032[\\u3400-\\u9fff]{2,4})";
var PAGE_FRAME = new RegExp(
  [
    "ICP[\u5907\u5099]|\u516C[\u7F51\u7DB2]\u5B89[\u5907\u5099]|\u7248[\u6743\u6B0A]\u6240\u6709|[\u7F51\u7DB2]\u7AD9[\u6807\u6A19][\u8BC6\u8B58][\u7801\u78BC]|\u5206\u8FA8\u7387|[\u8BBE\u8A2D]\u4E3A\u9996[\u9875\u9801]|\u52A0\u5165\u6536\u85CF|\u6B22\u8FCE\u8BBF\u95EE|\u6B61\u8FCE\u8A2A\u554F|www\\.|https?://",
    "^\\s*[\u3010\\[](?:\u6211\u8981\u7EA0\u9519|\u6536\u85CF\u672C[\u9875\u9801]|\u6253\u5370\u6B64[\u9875\u9801\u6587]|[\u53D1\u767C]\u8868\u8BC4\u8BBA|[\u53D1\u767C]\u8868\u8A55\u8AD6|\u5173\u95ED|\u95DC\u9589|\u6253\u5370|\u5217\u5370)",
    "^\\s*(?:\u5730\u5740|[\u90AE\u90F5][\u7F16\u7DE8]|[\u8054\u806F][\u7CFB\u7E6B][\u7535\u96FB][\u8BDD\u8A71])\\s*:",
    RULE_LINE.source,
    "^\\s*<!--.*-->\\s*$",
    "\u7E41[\u9AD4\u4F53]\u7248|[\u7B80\u7C21][\u4F53\u9AD4]\u7248|\u81EA[\u52A8\u52D5][\u8F6C\u8F49][\u6362\u63DB]|^\\s*[\u3010\\[](?:[\u7EAF\u7D14]\u6587\u672C\u7248|\u4FE1\u606F[\u65F6\u6642]\u6548)",
    "^[\\u3400-\\u9fff]{2,24}(?:[\u95E8\u9580]\u6237[\u7F51\u7DB2]\u7AD9|[\u7F51\u7DB2]\u7AD9|\u4FE1\u606F\u516C\u5F00[\u7F51\u7DB2]|\u4FE1\u606F\u516C\u958B\u7DB2|[\u7F51\u7DB2])(?:\\s*\\([^()]{1,6}\\))?(?:\\s{2,}\\S.*)?$",
    "^\\s*(?:[\u5173\u95DC]\u4E8E\u6211[\u4EEC\u5011]|[\u7F51\u7DB2]\u7AD9\u5730[\u56FE\u5716])",
    `^\\s*${NAV_WORD}(?:\\s+${NAV_WORD})*\\s*$`,
    // (A line of bracketed links only: 【大】【中】【小】 【打印本页】, [ 无障碍 ]  [ 长者模式 ].)
    "^\\s*(?:[\u3010\\[]\\s*[^\u3010\u3011\\[\\]]{1,16}?\\s*[\u3011\\]]\\s*){2,}$",
    "^\\s*\u5206\u4EAB(?:\u5230)?\\s*:?\\s*$",
    // (A site's banner: 辉安区人民政府 政务公开, 鳳林縣人民政府 -- 政府資訊公開.)
    "^\\s*[\\u3400-\\u9fff]{2,16}(?:\u4EBA\u6C11\u653F\u5E9C|\u653F\u5E9C)(?:\\s*(?:[|\uFF5C]|--|\u2014|-)?\\s*)(?:\u653F\u52A1\u516C\u5F00|\u653F\u5E9C\u4FE1\u606F\u516C\u5F00(?:\u4E13\u680F)?|\u653F\u5E9C\u8D44\u8BAF\u516C\u5F00|\u4FE1\u606F\u516C\u5F00(?:\u4E13\u680F)?)\\s*$",
    // (A WeChat copy's frame: its account's name and notes, and the foot's links and counts.)
    "^\\s*(?:[\\u3400-\\u9fff]{2,6}\u53D1\u5E03|[\\u3400-\\u9fff]{2,24}\u5B98\u65B9(?:\u8D26\u53F7|\u5E10\u53F7|\u5FAE\u4FE1|\u516C\u4F17\u53F7)|\u5F80\u671F(?:\u63A8\u8350|\u56DE\u987E)|\u5FAE\u4FE1\u53F7\\s*:.*|\u957F\u6309(?:\u8BC6\u522B)?\u4E8C\u7EF4\u7801.*|\u5206\u4EAB\\s*\u6536\u85CF\\s*\u70B9\u8D5E\\s*\u5728\u770B|\u9605\u8BFB\\s*[0-9]+(?:\\s*\u5728\u770B\\s*[0-9]+)?|\u5199\u7559\u8A00|\u9605\u8BFB\u539F\u6587|-\\s*END\\s*-)\\s*$",
    // (A WeChat copy's cover line: 原创 枫亭县融媒体中心 枫亭发布 2025年06月10日 20:15 福建.)
    "^\\s*\u539F\u521B\\s+\\S.*[0-9]{4}\u5E74[0-9]{1,2}\u6708[0-9]{1,2}\u65E5",
    // (Or 首页 and three or more short words: 首页　机构设置　规章制度　会议纪要　下载中心.)
    "^\\s*(?:\u7F51\u7AD9\u9996\u9875|\u9996\u9875|\u9996\u9801)(?:[ \\t\\u3000]+[\\u3400-\\u9fff]{2,8}){3,}\\s*$"
  ].join("|")
);
var SENTENCE_CLOSED = /[。；;！？!?：:]\s*$/;
var BREADCRUMB = new RegExp(
  [
    /^[^>»›|｜]{1,24}(?:\s*[>»›|｜]{1,2}\s*[^>»›|｜]{1,24}){2,}$/.source,
    // (The rest of a trail whose 当前位置： stands on the line above: >> 市政府常务会议 >> 会议简介.)
    /^\s*[>»›]{1,2}\s*[^>»›|｜]{1,24}(?:\s*[>»›]{1,2}\s*[^>»›|｜]{1,24})+$/.source,
    // (Two parts joined by > only when both are a site's words: 信息公开 > 会议纪要.)
    /^[\u3400-\u9fff]{2,12}\s*[>»›]\s*[\u3400-\u9fff]{2,12}$/.source,
    /^[\u3400-\u9fff]{2,12}(?:\s*[/／]\s*[\u3400-\u9fff]{2,12}){2,}$/.source
  ].join("|")
);
var FOLLOW_US = /点击蓝字|关注我们|戳蓝字|长按识别二维码|往期推荐|阅读原文/;
var SITE_NAME = /^[\u3400-\u9fff]{2,24}(?:门户网站|政府网站|人民政府网|政府网|网站)$/;
var TITLE_WITHOUT_ORGAN = /^(?:第[0-9一二三四五六七八九十百零〇○]{1,6}次)?(?:市长|县长|区长|州长|镇长|乡长|旗长|盟长|主任|常务|政府常务|全体)[^\s]{0,12}纪要$/;
function titleMasthead(blocks, titleBlock, ctx) {
  const i = blocks.indexOf(titleBlock);
  const before = i > 0 ? blocks[i - 1] : void 0;
  if (before === void 0 || before.kind !== "paragraph") return null;
  if (cutLongTitle(ctx.match.slice(before.start, before.end).trim(), ctx.match.slice(titleBlock.start, titleBlock.end).trim()) && /^[^\n]*\r?\n[^\n]*$/.test(ctx.text.slice(before.end, titleBlock.start))) return before;
  if (cutAbout(ctx.match.slice(before.start, before.end).trim(), ctx.match.slice(titleBlock.start, titleBlock.end).trim()) && /^[^\n]*\r?\n[^\n]*$/.test(ctx.text.slice(before.end, titleBlock.start))) return before;
  if (!TITLE_WITHOUT_ORGAN.test(ctx.match.slice(titleBlock.start, titleBlock.end).replace(/[ \t\u3000]+/g, "").trim())) return null;
  return ORGAN_ALONE.test(ctx.match.slice(before.start, before.end).trim()) ? before : null;
}
var ORGAN_ALONE = /^[\u3400-\u9fff()]{2,30}(?:人民政府办公室|人民政府|政府办公室|办公室|管理委员会|管委会|办事处|行政公署|行署)(?:[ \t\u3000]*[|｜]?[ \t\u3000]*[\u3400-\u9fff()]{2,30}(?:人民政府办公室|人民政府|政府办公室|办公室|管理委员会|管委会|办事处|行政公署|行署))?$/;
function isLastContent(blocks, i) {
  for (let j = i + 1; j < blocks.length; j++) if (blocks[j].kind !== "chromeLine") return false;
  return true;
}
var TEXT_KIND_END = /的(?:通知|通报|报告|意见|决定|批复|请示|函|会议纪要)$/;
function cutLongTitle(first2, second) {
  return /纪要$/.test(second) && second.length >= 6 && !PLACE_START.test(second) && !/^第/.test(second) && !/政府|管委会/.test(second) && /^[\u3400-\u9fff]{6,30}$/.test(first2) && /人民政府|政府|管委会|集团|公司/.test(first2) && !ORGAN_ALONE.test(first2) && !SITE_NAME.test(first2);
}
function cutAbout(first2, second) {
  return first2.includes("\u5173\u4E8E") && !second.includes("\u5173\u4E8E") && first2.length <= 40 && !/[，,。；;：:]|的$/.test(first2) && (TEXT_KIND_END.test(second) || /的?(?:通知|通报)$/.test(second));
}
function titleContinuation(blocks, titleBlock, ctx) {
  const next = blocks[blocks.indexOf(titleBlock) + 1];
  if (next === void 0 || next.kind !== "paragraph") return null;
  const first2 = ctx.match.slice(titleBlock.start, titleBlock.end);
  const second = ctx.match.slice(next.start, next.end).trim();
  if (first2.includes("\u7EAA\u8981") || second.length > 16) return null;
  if (/第[0-9一二三四五六七八九十]{1,4}次$/.test(first2.trim()) && /^(?:政府)?(?:常务|全体)?会议(?:纪要)?$/.test(second)) return next;
  return /(?:会议?|会议)纪要$/.test(second) || second === "\u8981" && /纪$/.test(first2.trim()) || /^\s*关于/.test(first2) && !/的$/.test(first2.trim()) && TEXT_KIND_END.test(second) ? next : null;
}
function bareDateLine(blocks, titleBlock, ctx) {
  if (titleBlock === null) return null;
  for (let i = blocks.indexOf(titleBlock) + 1; i < blocks.length && i <= blocks.indexOf(titleBlock) + 3; i++) {
    const b = blocks[i];
    if (b.kind === "paragraph") return BARE_DATE.test(ctx.match.slice(b.start, b.end).trim()) ? b : null;
    if (b.kind !== "headerRow" && b.kind !== "chromeLine") return null;
  }
  return null;
}
var BRACKETED_DATE = /^\(\s*(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年[^()]{2,12}日\s*\)$/;
function titleDateLine(blocks, titleLine, numberLine, ctx) {
  const next = blocks[blocks.indexOf(numberLine ?? titleLine) + 1];
  return next?.kind === "paragraph" && BRACKETED_DATE.test(ctx.match.slice(next.start, next.end).trim()) ? next : null;
}
var MASTHEAD_NUMBER = /^\(?\s*(?:[0-9]{4}年(?:度)?|[一二三四五六七八九十]{1,3}届)?第?\s*[0-9一二三四五六七八九十百零〇○](?:\s?[0-9一二三四五六七八九十百零〇○]){0,5}\s*[次期号]?\s*\)?$/;
function isMastheadNumber(match) {
  return MASTHEAD_NUMBER.test(match.trim());
}
function mastheadNumberLine(blocks, titleLine, ctx) {
  const next = blocks[blocks.indexOf(titleLine) + 1];
  return next?.kind === "paragraph" && MASTHEAD_NUMBER.test(ctx.match.slice(next.start, next.end).trim()) ? next : null;
}
var RELATED_HEADING = /^\s*(?:相关阅读|相关文章|相关链接|相关信息|相关新闻|延伸阅读|推荐阅读)/;
var RELATED_LINE = /^\s*(?:[【\[]\s*(?:相[关關](?:[链鏈]接|[阅閱][读讀]|文章|文件|信息|新[闻聞]|[栏欄]目|稿件))\s*[】\]]|相[关關](?:[链鏈]接|[阅閱][读讀]|文章|文件|信息|新[闻聞]|[栏欄]目|稿件)\s*:|相[关關][栏欄]目)\s*$/;
var INNER_SENTENCE_MARK = /[，,。；;][^\s]/;
var HELD_WORD = /召开|主持|举行/;
var isSentence = (b, ctx) => INNER_SENTENCE_MARK.test(ctx.match.slice(b.start, b.end));
function relatedLinkTopics(blocks, ctx) {
  const out = /* @__PURE__ */ new Set();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const heading = blocks[i];
    const line = ctx.match.slice(heading.start, heading.end);
    if (!(heading.kind === "chromeLine" && RELATED_HEADING.test(line) || heading.kind === "paragraph" && RELATED_LINE.test(line))) continue;
    for (let j = i + 1; j < blocks.length && blocks[j].kind === "topic"; j++) out.add(blocks[j]);
  }
  return out;
}
function relatedLinks(blocks, ctx) {
  const out = /* @__PURE__ */ new Set();
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i];
    const line = ctx.match.slice(heading.start, heading.end);
    if (heading.kind === "paragraph" && RELATED_LINE.test(line)) out.add(heading);
    else if (heading.kind !== "chromeLine" || !RELATED_HEADING.test(line)) continue;
    for (let j = i + 1; j < blocks.length && blocks[j].kind === "paragraph" && onNextLine(ctx.text, blocks[j - 1].end, blocks[j].start); j++) {
      if (isSentence(blocks[j], ctx)) break;
      const next = blocks[j + 1];
      if (next?.kind === "paragraph" && isSentence(next, ctx) && HELD_WORD.test(ctx.match.slice(next.start, next.end))) break;
      out.add(blocks[j]);
    }
  }
  return out;
}

// src/build/topics.ts
var STYLE_OF = {
  CnMarker: "cn",
  ParenCnMarker: "paren-cn",
  ArabicMarker: "arabic",
  ArabicCommaMarker: "arabic",
  ParenArabicMarker: "paren-arabic",
  LabelMarker: "label",
  CircledMarker: "circled",
  OrdinalMarker: "ordinal"
};
var MARKER_DIGITS = /[0-9０-９一二三四五六七八九十]+/;
var CIRCLED = "\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468\u2469\u246A\u246B\u246C\u246D\u246E\u246F\u2470\u2471\u2472\u2473";
function textNode(tokens, ctx) {
  const [start, end] = tokensRange(tokens);
  return { text: ctx.clean(ctx.text.slice(start, end)), position: ctx.position(start, end) };
}
function spanOf(tokens, ctx) {
  const [start, end] = tokensRange(tokens);
  return { text: ctx.text.slice(start, end), match: ctx.match.slice(start, end), start };
}
function buildTopic(block2, level, ctx) {
  const { marker, heading: headingTokens, body } = block2.topic;
  let headingRange = headingTokens.length ? tokensRange(headingTokens) : null;
  let runIn = null;
  if (headingRange !== null) {
    const cut2 = RUN_IN_BODY.exec(ctx.match.slice(headingRange[0], headingRange[1]));
    if (cut2 !== null) {
      const bodyStart = headingRange[0] + cut2[1].length + 1;
      runIn = { text: ctx.text.slice(bodyStart, headingRange[1]), match: ctx.match.slice(bodyStart, headingRange[1]), start: bodyStart };
      headingRange = [headingRange[0], headingRange[0] + cut2[1].length];
    }
  }
  const heading = headingRange !== null ? ctx.clean(ctx.text.slice(...headingRange)).replace(HEADING_COLON, "") : "";
  const topic = {
    marker: marker.image,
    number: CIRCLED.includes(marker.image.trim()[0] ?? "") ? CIRCLED.indexOf(marker.image.trim()[0]) + 1 : parseNumber(MARKER_DIGITS.exec(marker.image)?.[0] ?? ""),
    style: STYLE_OF[marker.tokenType.name] ?? "cn",
    level,
    heading: heading === "" ? null : heading,
    paragraphs: [],
    decisions: [],
    requirements: [],
    subtopics: [],
    agendaIndex: null
  };
  if (runIn !== null) {
    topic.paragraphs.push({ text: ctx.clean(runIn.text), position: ctx.position(runIn.start, runIn.start + runIn.text.length) });
    topic.decisions.push(...readDecisions(runIn, ctx));
    topic.requirements.push(...readRequirements(runIn, ctx, 0));
  }
  let parts = body;
  const next = topic.heading !== null && runIn === null && parts[0]?.kind === "paragraph" && parts[0].tokens.length > 0 && (unclosedTitle(topic.heading) || mayBeWrapped(topic.heading)) ? ctx.clean(ctx.text.slice(...tokensRange(parts[0].tokens))) : null;
  const flushUnderIndent = next !== null && lineIndented(ctx.text, marker.startOffset) && !lineIndented(ctx.text, parts[0].tokens[0].startOffset);
  if (topic.heading !== null && next !== null && (unclosedTitle(topic.heading) || wrappedHeadingEnd(topic.heading, next) || flushUnderIndent && mayBeWrapped(topic.heading) && LONG_HEADING_TAIL.test(next))) {
    topic.heading += next;
    parts = parts.slice(1);
  }
  let attachments = false;
  for (const child of parts) {
    if (child.kind === "topic" && attachments && child.tokens.length > 0) topic.paragraphs.push(textNode(child.tokens, ctx));
    else if (child.kind === "topic") topic.subtopics.push(buildTopic(child, level + 1, ctx));
    else if (child.kind === "paragraph") {
      const tokens = child.tokens;
      if (tokens.length === 0) continue;
      if (ATTACHMENTS.test(ctx.match.slice(...tokensRange(tokens)))) attachments = true;
      topic.paragraphs.push(textNode(tokens, ctx));
      const span = spanOf(tokens, ctx);
      topic.decisions.push(...readDecisions(span, ctx));
      topic.requirements.push(...readRequirements(span, ctx, topic.requirements.length));
    }
  }
  const [start, end] = block2.tokens.length ? tokensRange(block2.tokens) : tokenRange(marker);
  topic.position = ctx.position(start, end);
  return topic;
}
var HEADING_COLON = /[：:。；;]$/;
var RUN_IN_BODY = /^([^。]{2,60})。(?=会议|会上)/;
var MIN_WRAPPED_HEADING = 16;
var HEADING_TAIL = /^(?!会议|会上|原则|同意|要求)[^，。；：,.;:！？!?\s]{1,16}$/;
var HEADING_END = /(?:汇报|报告|方案|意见|办法|规定|事项|事宜|工作|问题|情况|规划|计划|项目|安排|建议|模式|机制|》|）)$/;
function mayBeWrapped(heading) {
  return heading.length >= MIN_WRAPPED_HEADING && !/[。；;！？!?：:]$/.test(heading);
}
function wrappedHeadingEnd(heading, next) {
  return mayBeWrapped(heading) && HEADING_TAIL.test(next) && HEADING_END.test(heading + next);
}
var LONG_HEADING_TAIL = /^[^，。；：,.;:！？!?\s]{1,24}$/;
function lineIndented(text, offset) {
  const c = text.charCodeAt(offset - 1);
  return offset > 0 && (c === 32 || c === 12288 || c === 9 || c === 160);
}
function unclosedTitle(s) {
  return s.lastIndexOf("\u300A") > s.lastIndexOf("\u300B");
}
var DECISION = /^(?:会议|会上)(?:还|经研究|经讨论)?(?:审议并|研究并|听取并|讨论并)?(?:议定[:：]?\s*)?(原则同意|原则通过|审议通过|同意|通过|审定|批准|决定|议定)/;
var SENTENCE_END_CODES = charClass("\u3002\uFF01\uFF1F;\uFF1B");
function opensSentence(s, at) {
  let i = at - 1;
  while (i >= 0 && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 12288 || s.charCodeAt(i) === 9)) i--;
  return i < 0 || SENTENCE_END_CODES.has(s.charCodeAt(i));
}
var SENTENCE_END_G = new RegExp(SENTENCE_END.source, "g");
var PROPOSER = /^(.{2,40}?)提出的/;
var FOLLOW_UP = /(?:组织实施|印发实施|下发实施|印发|下发|实施|研究|审议|审定|报批|办理|公布|执行|落实)$/;
function readDecisions(paragraph, ctx) {
  const out = [];
  const text = paragraph.match;
  for (let from = text.indexOf("\u4F1A"); from >= 0; from = text.indexOf("\u4F1A", from + 1)) {
    const next = text.charCodeAt(from + 1);
    if (next !== 35758 && next !== 19978 || !opensSentence(text, from)) continue;
    SENTENCE_END_G.lastIndex = from;
    const end = SENTENCE_END_G.exec(paragraph.match);
    const s = slice(paragraph, from, end ? end.index + 1 : paragraph.text.length);
    const m = DECISION.exec(s.match);
    if (!m) continue;
    const verb = s.text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length);
    const rest = slice(s, m[0].length, s.text.length);
    const clauses = cut(rest, COMMA).map((c) => stripEnd(c.text)).filter((c) => c !== "");
    const proposerMatch = PROPOSER.exec(rest.match);
    const proposer = proposerMatch ? stripEnd(rest.text.slice(0, proposerMatch[1].length)) : null;
    let object = clauses[0] ?? null;
    if (proposerMatch && object !== null) object = stripEnd(object.slice(proposerMatch[0].length)) || null;
    const last2 = clauses.length > 1 ? clauses[clauses.length - 1] : null;
    const followUp = last2 !== null && FOLLOW_UP.test(toMatchable(last2)) ? last2 : null;
    out.push({
      text: ctx.clean(s.text),
      verb,
      proposer: proposer === "" ? null : proposer,
      object: object === "" ? null : object,
      followUp,
      position: ctx.position(s.start, s.start + stripEnd(s.text).length)
    });
  }
  return out;
}
var REQUIREMENT_MARKER = /([一二三四五六七八九十]{1,2})(?:是要|要|是)/g;
var CLAUSE_BOUNDARY = charClass(",\uFF0C\u3002;\uFF1B:\uFF1A 	\u3000");
function readRequirements(paragraph, ctx, already) {
  if (!paragraph.match.includes("\u4E00\u662F") && !paragraph.match.includes("\u4E00\u8981")) return [];
  const found = [];
  let expected = 1;
  for (const m of paragraph.match.matchAll(REQUIREMENT_MARKER)) {
    if (m.index > 0 && !CLAUSE_BOUNDARY.has(paragraph.match.charCodeAt(m.index - 1))) continue;
    const n = parseNumber(m[1]);
    if (n === null) continue;
    if (n !== expected && !(n === 1 && expected > 1)) continue;
    if (n === 1 && expected > 1) found.length = 0;
    const at = m.index;
    found.push({ at, markerEnd: m.index + m[0].length, n });
    expected = n + 1;
  }
  if (found.length < 2) return [];
  return found.map((f, i) => {
    const end = i + 1 < found.length ? found[i + 1].at : paragraph.text.length;
    const raw = paragraph.text.slice(f.at, end);
    const text = stripEnd(ctx.clean(raw));
    return {
      ordinal: already + f.n,
      marker: paragraph.text.slice(f.at, f.markerEnd),
      text,
      position: ctx.position(paragraph.start + f.at, paragraph.start + f.at + stripEnd(raw).length)
    };
  });
}

// src/build/values/session.ts
var NUM = "[0-9]{1,4}|[\u96F6\u3007\u25CB\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u4E24]{1,6}";
var TERM_SESSION = new RegExp(
  `(${NUM})[ \\t]*\u5C4A[ \\t]*(?:(?![^\u6B21]{0,6}?(?:\u4EBA\u5927|\u653F\u534F|\u515A\u59D4|\u5168\u4F1A|\u4EE3\u8868\u5927\u4F1A))(?:[^\\s0-9\uFF0C\u3002\u3001\uFF1B;,\uFF1A:]{0,6}?\u7B2C|[^\\s0-9\uFF0C\u3002\u3001\uFF1B;,\uFF1A:\u96F6\u3007\u25CB\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u4E24]{1,6}?))?[ \\t]*(${NUM})[ \\t]*\u6B21`,
  "g"
);
var BRACKETED_SESSION = new RegExp(`(?:\u4F1A\u8BAE?|\u4F1A\u8BAE?\u7EAA\u8981)[(\uFF08](?:[0-9]{4}\u5E74)?\u7B2C[ \\t]*(${NUM})[ \\t]*\u6B21[)\uFF09]`);
var NTH_SESSION = new RegExp(`\u7B2C[ \\t]*(${NUM})[ \\t]*\u6B21`, "g");
var FOLLOW_WINDOW = 12;
var PHRASE_BREAK = /[，。；;,!?！？、：:\n\r（）()“”"《》]/;
var NOT_MEETING_BEFORE = /[社协学机工代大全都理聚约拍博]/;
var TRAILING_BLANKS = /^[\s\u00A0]*$/;
var PINYIN_ANNOTATION2 = /^\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ\u0300-\u036F]{1,8}(?: [a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ\u0300-\u036F]{1,8}){0,3}\)/;
var TI_HUI = "\u4F53";
function collect2(m, re, withTerm) {
  const out = [];
  re.lastIndex = 0;
  for (let g = re.exec(m); g !== null; g = re.exec(m)) {
    out.push({
      index: g.index,
      end: g.index + g[0].length,
      term: withTerm ? parseNumber(g[1]) : null,
      session: parseNumber(withTerm ? g[2] : g[1])
    });
  }
  return out;
}
function meetingFollows(m, end) {
  let budget = FOLLOW_WINDOW + 1;
  for (let i = end; i < m.length && budget > 0; i++, budget--) {
    const c = m[i];
    if (c === "(") {
      if (m.startsWith("(\u6269\u5927)", i)) {
        i += 3;
        budget += 4;
        continue;
      }
      const pinyin = PINYIN_ANNOTATION2.exec(m.slice(i, i + 10));
      if (pinyin !== null) {
        i += pinyin[0].length - 1;
        budget++;
        continue;
      }
    }
    if (PHRASE_BREAK.test(c)) return false;
    if (c !== "\u4F1A") continue;
    const before = i > 0 ? m[i - 1] : "";
    if (before === TI_HUI) {
      if (m[i + 1] === "\u8BAE") return true;
      continue;
    }
    if (i > end && NOT_MEETING_BEFORE.test(before)) continue;
    return true;
  }
  return false;
}
function parseSession(text) {
  const none = { sessionNumber: null, term: null, text: null, index: -1 };
  if (typeof text !== "string" || text.length === 0) return none;
  const m = toMatchable(text);
  const candidates = [...collect2(m, TERM_SESSION, true), ...collect2(m, NTH_SESSION, false)].sort(
    (a, b) => a.index - b.index || b.end - a.end
  );
  for (const c of candidates) {
    if (c.session === null) continue;
    const atEnd = c.term !== null && TRAILING_BLANKS.test(m.slice(c.end));
    if (!atEnd && !meetingFollows(m, c.end)) continue;
    return { sessionNumber: c.session, term: c.term, text: text.slice(c.index, c.end), index: c.index };
  }
  const bracketed = m.includes("\u6B21") ? BRACKETED_SESSION.exec(m) : null;
  if (bracketed !== null) {
    const at = m.indexOf("\u7B2C", bracketed.index);
    const end = bracketed.index + bracketed[0].length - 1;
    return { sessionNumber: parseNumber(bracketed[1]), term: null, text: text.slice(at, end), index: at };
  }
  return none;
}

// src/build/meeting.ts
var LINE_BREAK_IN_TEXT = /[ \t]*\r?\n[ \t]*/g;
var SPACED_NUMBER = /(?<=[第0-9]) (?=[0-9次])/g;
var HELD_ANYWHERE = /召开|举行/;
var HELD_MEETING = /(?:召开|举行)([^,，。;；]{0,40}?会议|[^,，。;；]{0,40}?会)/;
var MEETING_BEFORE_HELD = /([^,，。;；]{2,40}?会议?)(?:在|于)[^,，。;；]{0,40}?(?:召开|举行)/;
var STANDING_NAME2 = /常务(?:\(扩大\))?会|办公会|全体会/;
var SESSION_YEAR = /((?:19|20)[0-9]{2})年(?:度)?第[0-9一二三四五六七八九十]{1,4}次/;
var COMBINED_WITH = /^暨[^,，。;；]{0,40}?会议?/;
var NOT_HELD = /要|将|拟|定于|适时|定期|及时|需|应当|每[年月周季]/;
var HELD_BEFORE = /^\s*(?:会前|会议前|此前|在此之前)/;
var FOLLOWED = /随后|接着|随即|之后/;
var HELD_NEWS = /主持|随后|接着|会后|当天|同日|[0-9一二三四五六七八九十]月|上午|下午|晚上/;
function meetingKind(sentence) {
  if (!sentence.includes("\u53EC\u5F00") && !sentence.includes("\u4E3E\u884C")) return null;
  const before = HELD_MEETING.test(sentence) ? null : MEETING_BEFORE_HELD.exec(sentence);
  if (before !== null) return HELD_NEWS.test(sentence) ? STANDING_NAME2.test(before[1]) ? "standing" : "other" : null;
  const m = HELD_MEETING.exec(sentence);
  if (m === null || m[1] === "\u4F1A\u8BAE" || m[1] === "\u4F1A") return null;
  const joined = COMBINED_WITH.exec(sentence.slice(m.index + m[0].length));
  if (joined !== null && STANDING_NAME2.test(joined[0]) && sentence.slice(Math.max(0, m.index - 2), m.index) === "\u4E3B\u6301") return "standing";
  if (m[1].startsWith("\u7684") && !FOLLOWED.test(sentence.slice(Math.max(0, m.index - 4), m.index))) return null;
  const clauseStart = Math.max(sentence.lastIndexOf(",", m.index), sentence.lastIndexOf("\uFF0C", m.index)) + 1;
  if (NOT_HELD.test(sentence.slice(Math.max(clauseStart, m.index - 6), m.index)) || !HELD_NEWS.test(sentence)) return null;
  return STANDING_NAME2.test(m[1]) ? "standing" : "other";
}
function wrappedParagraphs(list, ctx) {
  const out = [];
  for (let i = 0; i < list.length; i++) {
    const first2 = list[i];
    let last2 = first2;
    while (i + 1 < list.length && onNextLine(ctx.text, last2.end, list[i + 1].start) && // (A ； ends a line of people whose verb comes lines later: …聂永明；县政府办公室…负责同志；⏎…列席会议。)
    (!WRAP_STOP.test(ctx.match.slice(last2.start, last2.end)) || peopleBeforeVerb(ctx.match.slice(first2.start, last2.end), ctx.match.slice(list[i + 1].start, list[i + 1].end))) && // (An indented line after a flush-left rest opens a paragraph of its own: …滑秀娟⏎　　区人大….)
    !(last2 !== first2 && !indented(ctx.text, last2.start) && indented(ctx.text, list[i + 1].start)) && // (Nor goes a labelled list on into a sentence with its own attendance verb: …滑秀娟⏎区人大常委会…应邀列席会议。)
    // (…or into the meeting's next sentence: …庞　玥⏎会议研究了以下事项：.)
    !(LABELLED_LIST.test(ctx.match.slice(first2.start, first2.end)) && OWN_SENTENCE.test(ctx.match.slice(list[i + 1].start, list[i + 1].end)))) last2 = list[++i];
    out.push({ text: ctx.text.slice(first2.start, last2.end), match: ctx.match.slice(first2.start, last2.end), start: first2.start });
  }
  return out;
}
var LABELLED_LIST = /^\s*[^。;，,]{0,12}(?:出席|列席|参加|请假|缺席)[^。;，,]{0,12}[:：]/;
var OWN_SENTENCE = /^[^:：]{2,60}(?:应邀)?(?:列席|出席|参加)(?:了)?会议[。.]?\s*$|^\s*(?:会议|会上)(?:研究|听取|审议|讨论|传达|指出|强调|要求|认为|决定|议定|同意|原则)/;
function peopleBeforeVerb(text, next) {
  return SEMICOLON_AT_END.test(text) && !ATTENDANCE_HINT.test(text) && !HELD_ANYWHERE.test(text) && STATEMENT_AT_END.test(next) && !HELD_ANYWHERE.test(next);
}
function indented(text, start) {
  const c = text.charCodeAt(start - 1);
  return start > 0 && (c === 12288 || c === 32 || c === 9 || c === 160);
}
var WRAP_STOP = /(?:[。；;！？!?：:]|(?<=[\u3400-\u9fff])\.)\s*$/;
var HEADLINE_DATE = /^\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日/;
var SEMICOLON_AT_END = /;\s*$/;
var STATEMENT_AT_END = /(?:出席|列席|参加)(?:了)?会议[。.;]?\s*$/;
var CHAIR_HINT = /主持(?:会议)?[。.]?\s*$/;
var ATTENDANCE_HINT = /出席|参加|参会|列席|请假|缺席/;
var LIST_GOES_ON = /(?:出席|列席|参加|请假|缺席)[^。;]{0,12}(?:的(?:还)?有|人员)?[:：][^。]*;\s*$/;
function wrappedListsJoined(paragraphs, ctx) {
  const out = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const next = paragraphs[i + 1];
    const end = p.start + p.text.length;
    if (next !== void 0 && LIST_GOES_ON.test(p.match) && onNextLine(ctx.text, end, next.start)) {
      const to = next.start + next.text.length;
      out.push({ text: ctx.text.slice(p.start, to), match: ctx.match.slice(p.start, to), start: p.start });
      i++;
    } else out.push(p);
  }
  return out;
}
function listSentencesJoined(p, sentences, ctx) {
  if (!p.match.includes(";")) return sentences;
  const out = [];
  for (let i = 0; i < sentences.length; i++) {
    let s = sentences[i];
    if (!ATTENDANCE_HINT.test(s.match) && SEMICOLON_AT_END.test(s.match) && (listPeople(s, ctx)?.length ?? 0) > 0) {
      let j = i + 1;
      while (j < sentences.length && !ATTENDANCE_HINT.test(sentences[j].match) && SEMICOLON_AT_END.test(sentences[j].match) && !HELD_ANYWHERE.test(sentences[j].match)) j++;
      const last2 = sentences[j];
      if (last2 !== void 0 && STATEMENT_AT_END.test(last2.match)) {
        out.push(slice(p, s.start - p.start, last2.start - p.start + last2.text.length));
        i = j;
        continue;
      }
    }
    if (LIST_GOES_ON.test(s.match)) {
      let j = i + 1;
      while (j < sentences.length && !ATTENDANCE_HINT.test(sentences[j].match) && (listPeople(sentences[j], ctx)?.length ?? 0) > 0) j++;
      if (j > i + 1) {
        const last2 = sentences[j - 1];
        s = slice(p, s.start - p.start, last2.start - p.start + last2.text.length);
        i = j - 1;
      }
    }
    out.push(s);
  }
  return out;
}
function lastTopicParagraphs(blocks, ctx) {
  const out = [];
  let topic = findLast(blocks, (b) => b.kind === "topic");
  while (topic !== void 0) {
    const body = topic.topic?.body ?? [];
    const paragraphs = [];
    for (const p of body) {
      const b = p.kind === "paragraph" ? toBlock(p) : null;
      if (b) paragraphs.push(b);
    }
    out.push(...wrappedParagraphs(paragraphs, ctx));
    topic = findLast(body, (b) => b.kind === "topic");
  }
  return out;
}
function mergeAttendance(into, from) {
  for (const role of Object.keys(from.people)) {
    const known = new Set(into.people[role].map((p) => p.name));
    for (const p of from.people[role]) if (!known.has(p.name)) into.people[role].push(p);
  }
  into.notes.push(...from.notes);
}
function findLast(list, test) {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return list[i];
  return void 0;
}
function buildMeeting({ title, titleBlock, openingBlocks, agendaBlocks, facts, blocks, ctx, references, titleDate = null }) {
  const opening = [];
  if (openingBlocks.length > 0) {
    const start = openingBlocks[0].start;
    const end = openingBlocks[openingBlocks.length - 1].end;
    opening.push({ text: ctx.text.slice(start, end), match: ctx.match.slice(start, end), start });
  }
  const sentences = opening.flatMap((s) => cut(s, SENTENCE_END));
  const heldSentences = sentences.filter((s) => HELD.test(s.match));
  const heldDates = [];
  let dated = -1;
  for (const s of heldSentences) {
    const d = meetingDate(s, ctx, null);
    heldDates.push(d);
    if (d.month !== null) {
      dated = heldDates.length - 1;
      break;
    }
  }
  const held = heldSentences[dated >= 0 ? dated : 0] ?? sentences[0];
  const others = wrappedParagraphs(blocks.filter((b) => b.kind === "paragraph" && b !== titleBlock && !openingBlocks.includes(b) && b.outline !== "chrome"), ctx);
  const trailing = lastTopicParagraphs(blocks, ctx).filter((p) => ATTENDANCE_HINT.test(p.match) || CHAIR_HINT.test(p.match) || HELD_ANYWHERE.test(p.match));
  const paragraphs = wrappedListsJoined([...opening, ...others, ...trailing].sort((a, b) => a.start - b.start), ctx);
  const attendance = emptyAttendance();
  const otherAttendance = emptyAttendance();
  let about = "standing";
  let standing;
  let standingSession;
  const standingSessionOf = (s) => {
    if (standingSession === void 0) standingSession = sessionOf(s.text)?.sessionNumber ?? null;
    return standingSession;
  };
  let firstHeldKind = null;
  const standingSentences = [];
  const aboutStanding = [];
  for (const p of paragraphs) {
    if (!HELD_ANYWHERE.test(p.match) && !ATTENDANCE_HINT.test(p.match) && !p.match.includes("\u4E3B\u6301")) continue;
    for (const s of listSentencesJoined(p, cut(p, SENTENCE_END), ctx)) {
      let kind = meetingKind(s.match);
      if (kind === "standing" && standing !== void 0 && !s.match.includes("\u7EE7\u7EED") && !namesSession(s, standingSessionOf(standing))) kind = "other";
      if (kind === "other" && standing !== void 0 && HELD_BEFORE.test(s.match)) continue;
      if (kind !== null) {
        about = kind;
        firstHeldKind ??= kind;
        if (kind === "standing") standing ??= s;
      }
      if (about === "standing" && standing !== void 0) standingSentences.push(s);
      if (about === "standing") aboutStanding.push(s);
      if (about === "standing" && ATTENDANCE_HINT.test(s.match)) readAttendance(s, ctx, attendance);
      else if (standing === void 0 && ATTENDANCE_HINT.test(s.match)) readAttendance(s, ctx, otherAttendance);
    }
  }
  if (standing === void 0) mergeAttendance(attendance, otherAttendance);
  const continued = firstHeldKind === "other" ? standing : void 0;
  let date = heldDates[dated >= 0 ? dated : 0] ?? (held ? meetingDate(held, ctx, null) : { text: null, iso: null, timeOfDay: null, year: null, month: null, day: null });
  let dateSpan = held;
  if (date.text === null && facts?.date) {
    date = meetingDate(facts.date, ctx, null);
    dateSpan = facts.date;
  }
  if (date.text === null && titleDate) {
    const span = spanOf(titleDate.tokens, ctx);
    date = meetingDate(span, ctx, null);
    dateSpan = span;
  }
  if (date.text === null && titleBlock && HEADLINE_DATE.test(ctx.match.slice(titleBlock.start, titleBlock.end))) {
    const headline = spanOf(titleBlock.tokens, ctx);
    const fromHeadline = meetingDate(headline, ctx, null);
    if (fromHeadline.month !== null) {
      date = fromHeadline;
      dateSpan = headline;
    }
  }
  const later = date.month === null ? laterHeldSentence(others) : void 0;
  if (later !== void 0) {
    const fromLater = meetingDate(later, ctx, null);
    if (fromLater.month !== null) {
      date = fromLater;
      dateSpan = later;
    }
  }
  if (dateSpan && date.iso === null && date.year === null && date.text !== null) {
    const sessionYear = SESSION_YEAR.exec(held?.match ?? "")?.[1];
    const year = inferYear(date.month, date.day, sessionYear ? [`${sessionYear}\u5E74`, ...references] : references);
    if (year !== null) {
      if (date.month !== null && date.day !== null) {
        date.year = year;
        date.iso = dateParts(year, date.month, date.day).iso;
      } else date = meetingDate(dateSpan, ctx, year);
    }
  }
  const meetingDateValue = { text: date.text, iso: date.iso, timeOfDay: date.timeOfDay };
  if (date.position) meetingDateValue.position = date.position;
  const chair = (
    // (…接着召开第6次常务会议。会议由县长闫志诚主持: the chair may be named in a later sentence.)
    (continued ? firstOf(standingSentences, (s) => meetingChair(s, ctx)) : null) ?? firstOf(sentences, (s) => meetingChair(s, ctx)) ?? (titleBlock ? meetingChair(spanOf(titleBlock.tokens, ctx), ctx) : null) ?? facts?.chair ?? // (A news report may name the chair last: …。市委常委、常务副市长鞠峰主持会议并讲话，…出席会议。)
    (continued ? null : firstOf(aboutStanding, (s) => meetingChair(s, ctx))) ?? null
  );
  const session = (continued ? sessionOf(continued.text) : null) ?? firstOf(sentences, (s) => sessionOf(s.text)) ?? (facts?.name ? sessionOf(facts.name) : null) ?? // (Labelled facts, then 市政府2025年第8次常务会议听取了…: the paragraph before the first topic.)
  (facts ? leadParagraphSession(blocks, ctx) : null) ?? (title ? sessionOf(title) : null);
  return {
    sessionNumber: session?.sessionNumber ?? null,
    term: session?.term ?? null,
    date: meetingDateValue,
    // In a combined meeting only the date and time of day carry over to the standing meeting.
    place: continued ? meetingPlace(continued) : (held ? meetingPlace(held) : null) ?? firstOf(heldSentences, meetingPlace) ?? (later ? meetingPlace(later) : null) ?? facts?.place ?? null,
    chair,
    attendees: attendance.people.attendees,
    invitedAttendees: attendance.people.invitedAttendees,
    absentees: attendance.people.absentees,
    observers: attendance.people.observers,
    invitedObservers: attendance.people.invitedObservers.length ? [{ group: "\u5E94\u9080\u5217\u5E2D", people: attendance.people.invitedObservers }] : [],
    attendanceNotes: attendance.notes,
    agenda: agendaBlocks.flatMap((b) => readAgenda(spanOf(b.tokens, ctx), ctx)),
    opening: [...[...facts?.blocks ?? []].filter((b) => b.kind !== "peopleList"), ...openingBlocks, ...agendaBlocks].map((b) => textNode(b.tokens, ctx))
  };
}
function leadParagraphSession(blocks, ctx) {
  for (const b of blocks) {
    if (b.kind === "topic" || b.kind === "writtenReport") return null;
    if (b.kind !== "paragraph" || b.outline !== "paragraph") continue;
    const text = ctx.text.slice(b.start, b.end);
    if (MEETING_NOUN.test(text)) return sessionOf(text);
  }
  return null;
}
var MEETING_NOUN = /常务会议|常務會議|办公会议|辦公會議/;
function namesSession(s, session) {
  return session !== null && sessionOf(s.text)?.sessionNumber === session;
}
var LATER_HELD = /^\s*(?:本次)?会议(?:于|在)[^。]*(?:召开|举行)/;
function laterHeldSentence(paragraphs) {
  for (const p of paragraphs) {
    if (!HELD_ANYWHERE.test(p.match)) continue;
    for (const s of cut(p, SENTENCE_END)) if (LATER_HELD.test(s.match)) return s;
  }
  return void 0;
}
function sessionOf(text) {
  if (!text.includes("\u6B21")) return null;
  const s = parseSession(toMatchable(text).replace(LINE_BREAK_IN_TEXT, "").replace(SPACED_NUMBER, ""));
  return s.sessionNumber === null ? null : { sessionNumber: s.sessionNumber, term: s.term };
}
function firstOf(list, f) {
  for (const t of list) {
    const r = f(t);
    if (r !== null) return r;
  }
  return null;
}
var YEAR_ONLY = /^\s*([0-9]{4}|[〇○零一二三四五六七八九]{4})\s*[年?？]/;
function inferYear(month, day, references) {
  const years = /* @__PURE__ */ new Set();
  for (const ref of references) {
    if (!ref) continue;
    const parts = parseDate(ref);
    if (parts.year !== null && parts.month !== null && parts.day !== null && month !== null && day !== null) {
      years.add(month < parts.month || month === parts.month && day <= parts.day ? parts.year : parts.year - 1);
      continue;
    }
    const year = parts.year ?? parseNumber(YEAR_ONLY.exec(ref)?.[1] ?? "");
    if (year !== null && month !== null && month < 12) years.add(year);
  }
  return years.size === 1 ? [...years][0] : null;
}

// src/build/facts.ts
var FACT_LABEL = /^[ \t]*(?:会议)?(名[ \t]*称|时[ \t]*间|日[ \t]*期|地[ \t]*点|主[ \t]*持(?:[ \t]*人)?|记[ \t]*录(?:[ \t]*人)?|出[ \t]*席(?:人员)?|参[会加](?:人员)?|列[ \t]*席(?:人员)?|请[ \t]*假(?:人员)?|缺[ \t]*席(?:人员)?)[ \t]*:/;
var ANY_FACT = /[时地主记][ \t]*[间点持录](?:[ \t]*人)?[ \t]*:/;
var MEETING_FACTS = /* @__PURE__ */ new Set(["\u65F6\u95F4", "\u65E5\u671F", "\u5730\u70B9", "\u4E3B\u6301", "\u8BB0\u5F55"]);
function factOf(block2, ctx) {
  const span = spanOf(block2.tokens, ctx);
  const m = FACT_LABEL.exec(span.match);
  if (m === null) return null;
  const fact = m[1].replace(/[ \t]/g, "").replace(/人员?$/, "").replace(/^参[会加]$/, "\u51FA\u5E2D");
  if (fact === "\u540D\u79F0" && !m[0].includes("\u4F1A\u8BAE")) return null;
  const at = m[0].length;
  return { fact, value: { text: span.text.slice(at), match: span.match.slice(at), start: span.start + at } };
}
function meetingFacts(blocks, bodyStart, ctx) {
  const end = bodyStart < 0 ? blocks.length : bodyStart;
  if (end === 0 || !ANY_FACT.test(end === blocks.length ? ctx.match : ctx.match.slice(0, blocks[end].start))) return null;
  for (let i = 0; i < end; i++) {
    const run = [];
    for (let j = i; j < end; j++) {
      const b = blocks[j];
      if (b.kind !== "paragraph" && b.kind !== "headerRow" && b.kind !== "peopleList") break;
      const found = factOf(b, ctx);
      if (found === null) break;
      run.push({ block: b, ...found });
    }
    const named = new Set(run.map((r) => r.fact).filter((f) => MEETING_FACTS.has(f)));
    if (named.size >= 2) return readFacts(run, ctx);
    i += Math.max(0, run.length - 1);
  }
  return null;
}
function readFacts(run, ctx) {
  const facts = { blocks: new Set(run.map((r) => r.block)), date: null, name: null, place: null, chair: null };
  for (const { fact, value } of run) {
    const text = stripEnd(value.text);
    if (text === "") continue;
    if ((fact === "\u65F6\u95F4" || fact === "\u65E5\u671F") && facts.date === null) facts.date = value;
    else if (fact === "\u540D\u79F0" && facts.name === null) facts.name = ctx.compact(text);
    else if (fact === "\u5730\u70B9" && facts.place === null) facts.place = ctx.compact(text);
    else if (fact === "\u4E3B\u6301" && facts.chair === null) facts.chair = chairOf(value, ctx);
  }
  return facts;
}
var TITLE_IN_BRACKETS = /^(.+?)[（(]([^（()）]{1,20})[）)]$/;
function chairOf(value, ctx) {
  const text = stripEnd(value.text);
  const bracketed = TITLE_IN_BRACKETS.exec(text);
  const { name, title } = bracketed && looksLikeName(ctx.compact(bracketed[1])) ? { name: ctx.compact(bracketed[1]), title: ctx.compact(bracketed[2]) } : splitTitleName(text, ctx.compact);
  if (!looksLikeName(name) && !looksLikeLongName(name)) return null;
  const [from, to] = locate(value.text, 0, name);
  return { name, title, ...to > from ? { position: ctx.position(value.start + from, value.start + to) } : {} };
}

// src/build/values/doc-number.ts
var PREFIX = "((?:(?!\\u3007)\\p{Script=Han}){0,12})";
var OPEN_BRACKET = "[\u3014\uFF3B\\[(\uFF08\u3010\uFE5D\u3016]";
var CLOSE_BRACKET = "[\u3015\uFF3D\\])\uFF09\u3011\uFE5E\u3017]";
var BLANK2 = "[ \\t\\u00A0\\u3000]*";
var YEAR_DIGITS = "([0-9\uFF10-\uFF19]{4})";
var SERIAL_DIGITS = "([0-9\uFF10-\uFF19]{1,5})";
var DOC_NUMBER_SOURCE = `${PREFIX}${BLANK2}${OPEN_BRACKET}${BLANK2}${YEAR_DIGITS}${BLANK2}${CLOSE_BRACKET}${BLANK2}\u7B2C?${BLANK2}${SERIAL_DIGITS}${BLANK2}[\u53F7\u865F\u671F]`;
var DOC_NUMBER = new RegExp(DOC_NUMBER_SOURCE, "u");
var DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER_SOURCE}$`, "u");
var YEAR_SERIAL = new RegExp(`^${PREFIX}${BLANK2}${YEAR_DIGITS}${BLANK2}\u5E74${BLANK2}\u7B2C${BLANK2}${SERIAL_DIGITS}${BLANK2}[\u53F7\u865F]$`, "u");
var ANY_BLANK3 = /[\s\u00A0\u3000]+/g;
var EDGE_BLANKS2 = /^[\s\u00A0\u3000]+|[\s\u00A0\u3000]+$/g;
function toInt(digits) {
  const ascii = digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 65248));
  const n = Number.parseInt(ascii, 10);
  return Number.isSafeInteger(n) ? n : null;
}
function parseDocumentNumber(s) {
  if (typeof s !== "string") return null;
  const m = DOC_NUMBER.exec(s) ?? YEAR_SERIAL.exec(s.replace(EDGE_BLANKS2, ""));
  if (m === null) return null;
  const prefix = m[1].length > 0 ? m[1] : null;
  return {
    // (Blanks inside are layout padding: 临政纪［ 2024 ］ 35 号 → 临政纪［2024］35号.)
    text: m[0].replace(ANY_BLANK3, ""),
    prefix,
    year: toInt(m[2]),
    serial: toInt(m[3])
  };
}

// src/build/signatures.ts
var PRINTED = /印[发發]$/;
var COMPILED = /(?<=(?:办公室|辦公室|政府|委员会|委員會|办|辦))[编編](?:印)?$/;
function buildSignatures(blocks, ctx) {
  const out = { issuer: null, issueDate: null, printing: null, issueBlock: null, printingBlocks: [] };
  for (const block2 of blocks) {
    const dateToken = block2.tokens.find((t) => t.tokenType.name === "StandaloneDate");
    const organTokens = block2.tokens.filter((t) => t.tokenType.name === "Text");
    const organ = organTokens.length ? ctx.clean(ctx.text.slice(...tokensRange(organTokens))).replace(COMPILED, "") || null : null;
    const printed = PRINTED.test(dateToken.image);
    const dateText = dateToken.image.replace(PRINTED, "");
    const [start] = tokenRange(dateToken);
    const date = { text: dateText, iso: parseDate(dateText).iso, position: ctx.position(start, start + dateText.length) };
    if (printed) {
      out.printingBlocks.push(block2);
      out.printing ??= { organization: organ, date, position: ctx.position(block2.start, block2.end) };
    } else if (out.issueDate === null) {
      out.issueDate = date;
      out.issuer = organ;
      out.issueBlock = block2;
    }
  }
  return out;
}

// src/build/written-reports.ts
var DECISION2 = /^(?:并|后)?(原则同意|同意|审议通过|原则通过|通过)?(?:了)?/;
var REPEATED_VERB = /^(?:会议)?(?:还)?(?:书面)?(?:通报|听取|审议)(?:了)?(?:并(?:原则)?同意)?/;
var LEAD_IN = /^(?:以下|如下)(?:事项|情况|报告)?[:：]\s*/;
var PROPOSER2 = /^(.{2,40}?)(提出的|提交的|报送的|关于)/;
var LINE_WRAP = /[ \t\u3000]*\r?\n[ \t\u3000]*/g;
var REPORT_ENDING = "(?:\u7684\u60C5\u51B5\u6C47\u62A5|\u7684\u6C47\u62A5|\u7684\u60C5\u51B5\u62A5\u544A|\u7684\u62A5\u544A|\u7684\u60C5\u51B5)";
var SUBJECT_END = new RegExp(`${REPORT_ENDING}$`);
var ITEM_BOUNDARY = new RegExp(`${REPORT_ENDING}(?:[\u3001;\uFF1B,\uFF0C]|\u4EE5\u53CA|\u53CA|\u548C)(?=[^,\uFF0C\u3001;\uFF1B\u3002]{2,30}?\u5173\u4E8E)`, "g");
var JOINING_WORD = /^\s*(?:以及|及|(?:和|并)(?=[区县市镇乡州盟旗省]))(?=[\u3400-\u9fff]{2})/;
var FOLLOW_UP2 = /(?:实施|研究|审议|印发|办理|执行)$/;
var REPORT_END = new RegExp(`${REPORT_ENDING}(?=\u300B?(?:\\([^()]{2,20}\\)|\\s*[\u2014\u2013-]{1,2}\\s*[\\u3400-\\u9fff]{2,20})?\\s*(?:[,\uFF0C\u3002.;\uFF1B\\r\\n]|$))`, "g");
var PROPOSER_AFTER = /^》?(?:\(([^()]{2,20})\)|\s*[—–-]{1,2}\s*([\u3400-\u9fff]{2,20})\s*[。;；]?\s*$)/;
function buildWrittenReports(block2, ctx) {
  return reportsOf(spanOf(block2.tokens, ctx), block2.kind === "paragraph" ? 0 : block2.tokens[0].image.length, ctx);
}
var REPORT_SENTENCE = /^\s*(?:会议)?(?:还)?(?:以书面形式|书面)通报(?:了)?/;
function reportsInParagraph(span, ctx) {
  if (!span.match.includes("\u901A\u62A5")) return [];
  return cut(span, SENTENCE_END).flatMap((s) => {
    const verb = REPORT_SENTENCE.exec(s.match);
    return verb === null || s.start === span.start ? [] : reportsOf(s, verb[0].length, ctx);
  });
}
function reportsOf(span, lead, ctx) {
  const decisionMatch = DECISION2.exec(span.match.slice(lead));
  const decision = decisionMatch[1] ?? null;
  let from = lead + decisionMatch[0].length;
  const leadIn = LEAD_IN.exec(span.match.slice(from));
  if (leadIn !== null) from += leadIn[0].length;
  const clauses = cut(span, COMMA).map((c) => stripEnd(c.text)).filter((c) => c);
  const last2 = clauses.length > 1 ? clauses[clauses.length - 1] : null;
  const followUp = last2 && FOLLOW_UP2.test(toMatchable(last2)) ? ctx.clean(last2) : null;
  const cuts = [from];
  for (const m of span.match.slice(from).matchAll(ITEM_BOUNDARY)) cuts.push(from + m.index + m[0].length);
  return cuts.map((itemStart, i) => {
    const itemEnd = i + 1 < cuts.length ? cuts[i + 1] - boundaryLength(span.match, cuts[i + 1]) : span.text.length;
    const joined = i > 0 ? JOINING_WORD.exec(span.match.slice(itemStart, itemEnd)) : null;
    if (joined !== null) itemStart += joined[0].length;
    const again = i > 0 ? REPEATED_VERB.exec(span.match.slice(itemStart, itemEnd)) : null;
    if (again !== null) itemStart += again[0].length;
    const text = span.text.slice(itemStart, itemEnd);
    const match = span.match.slice(itemStart, itemEnd);
    let proposer = null;
    let at = 0;
    const p = PROPOSER2.exec(match);
    if (p) {
      proposer = ctx.clean(stripEnd(text.slice(0, p[1].length).replace(/《$/, ""))) || null;
      at = p[2] === "\u5173\u4E8E" ? p[1].length : p[0].length;
    }
    let subject = null;
    const about = match.indexOf("\u5173\u4E8E", at);
    if (about >= 0) {
      REPORT_END.lastIndex = about + 2;
      const end2 = REPORT_END.exec(match);
      subject = stripEnd(ctx.clean(text.slice(about + 2, end2 ? end2.index : firstClauseEnd(match, about))).replace(LINE_WRAP, ""));
      if (end2 === null) subject = subject.replace(SUBJECT_END, "") || null;
      else subject ||= null;
      const after = end2 && proposer === null ? PROPOSER_AFTER.exec(match.slice(end2.index + end2[0].length)) : null;
      if (after !== null) {
        const name = after[1] ?? after[2];
        const inside = end2.index + end2[0].length + after[0].indexOf(name);
        proposer = ctx.clean(text.slice(inside, inside + name.length)) || null;
      }
    }
    const single = cuts.length === 1;
    const start = single ? span.start : span.start + itemStart;
    const end = single ? span.start + span.text.length : span.start + stripEnd(span.text.slice(0, itemEnd)).length;
    return {
      text: single ? ctx.clean(span.text) : ctx.clean(stripEnd(text)),
      proposer,
      subject,
      decision,
      followUp,
      position: ctx.position(start, end)
    };
  });
}
function boundaryLength(s, at) {
  return s.endsWith("\u4EE5\u53CA", at) ? 2 : 1;
}
function firstClauseEnd(s, from) {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === "\u300A" || c === "(" || c === "\u201C") depth++;
    else if (c === "\u300B" || c === ")" || c === "\u201D") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === "," || c === "\u3002" || c === ";" || c === "\uFF1B")) return i;
  }
  return s.length;
}

// src/build/build-model.ts
var CHAIR_LINE = /^[ \t\u3000]*(?:会议由)?[^。；;，,：:]{2,40}?(?:同志)?主持(?:了)?(?:会议)?[。.]?[ \t\u3000]*$/;
function buildModel(result, decoded2, file, offsets = null, chromeRanges = []) {
  const ctx = createContext(result.text, result.tokens, decoded2.text, offsets, chromeRanges);
  const blocks = documentBlocks(result.blocks);
  const of = (kind) => blocks.filter((b) => b.kind === kind);
  const unplaced = [];
  keepUnparsedTokens(result, blocks, ctx, unplaced);
  const facts = meetingFacts(blocks, blocks.findIndex((b) => b.kind === "topic" || b.kind === "writtenReport"), ctx);
  for (const b of facts?.blocks ?? []) if (b.kind !== "peopleList") b.outline = "opening";
  const disclosure = buildDisclosure(blocks.filter((b) => (b.kind === "headerRow" || b.kind === "datedHeaderRow") && !facts?.blocks.has(b)), ctx);
  const chrome = of("chromeLine").map((b) => textNode(b.tokens, ctx));
  let documentNumber = buildDocumentNumber(of("docNumberLine"), disclosure.fileNumber, ctx);
  const signed = buildSignatures(of("signature"), ctx);
  for (const b of signed.printingBlocks) b.outline = "printing";
  let issuer = signed.issuer;
  const issuerHead = issuer !== null && ORGAN_TAIL_ONLY.test(issuer) ? organLineAbove(blocks, ctx) : null;
  if (issuerHead) {
    issuer = ctx.clean(ctx.text.slice(issuerHead.start, issuerHead.end)) + issuer;
    issuerHead.outline = "signature";
  }
  let { issueDate } = signed;
  let issueDateAbove = null;
  const { printing } = signed;
  const reportItems = /* @__PURE__ */ new Set();
  blocks.forEach((b, i) => {
    if (b.kind !== "writtenReport" || !isReportHeading(b, ctx)) return;
    const style = blocks[i + 1]?.topic?.marker.tokenType;
    for (let j = i + 1; j < blocks.length && blocks[j].kind === "topic" && blocks[j].topic.marker.tokenType === style; j++) {
      reportItems.add(blocks[j]);
      blocks[j].outline = "written-report";
    }
    for (let j = i + 1; j < blocks.length && blocks[j].kind === "paragraph" && REPORT_LINE.test(ctx.match.slice(blocks[j].start, blocks[j].end)); j++) {
      reportItems.add(blocks[j]);
      blocks[j].outline = "written-report";
    }
  });
  const attachments = attachmentEntries(blocks, ctx);
  for (const b of attachments) b.outline = "paragraph";
  const linkTopics = relatedLinkTopics(blocks, ctx);
  const topicBlocks = of("topic").filter((b) => !reportItems.has(b) && !attachments.has(b) && !linkTopics.has(b));
  const strays = strayInnerTopics(blocks, topicBlocks, ctx);
  let topics = [];
  for (const b of topicBlocks) {
    if (!strays.has(b)) topics.push(buildTopic(b, 1, ctx));
    else if (topics.length > 0) topics[topics.length - 1].subtopics.push(buildTopic(b, 2, ctx));
  }
  let writtenReports = blocks.filter((b) => b.kind === "writtenReport" && !isReportHeading(b, ctx) || reportItems.has(b)).flatMap((b) => buildWrittenReports(b, ctx));
  const topicReports = reportsUnderTopics(of("topic"), reportItems, ctx);
  if (topicReports.length > 0) {
    writtenReports.push(...topicReports);
    writtenReports.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  }
  const attendance = emptyAttendance();
  const invitedObservers = [];
  let distribution = [];
  for (const b of of("peopleList")) {
    const list = buildPeopleList(b, ctx);
    if (list.role === "invitedObservers") invitedObservers.push(...list.groups);
    else addPeople(attendance.people[list.role], list.people);
    for (const { role, person } of list.others) addPeople(attendance.people[role], [person]);
  }
  const addressees = new Set(of("distributionList").filter((b) => ADDRESSEES.test(ctx.match.slice(b.start, b.end))));
  const isAddressees = (b) => addressees.has(b);
  for (const b of of("distributionList")) if (!isAddressees(b)) distribution.push(...buildDistribution(b, ctx));
  const firstStructural = blocks.findIndex((b) => b.kind === "topic" || b.kind === "writtenReport" || b.kind === "peopleList" && !facts?.blocks.has(b) || b.kind === "distributionList" && !isAddressees(b));
  const lastList = findLastIndex(blocks, (b) => b.kind === "peopleList" || b.kind === "distributionList" && !isAddressees(b));
  const lastBody = findLastIndex(blocks, (b) => b.kind === "topic" || b.kind === "writtenReport");
  const footStart = lastList > lastBody ? lastList : -1;
  const attachmentsStart = footStart < 0 ? -1 : blocks.findIndex((b, i) => i > footStart && b.kind === "paragraph" && ATTACHMENT_OPENS.test(ctx.match.slice(b.start, b.end)));
  const paragraphBlocks = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === "paragraph");
  const front = paragraphBlocks.filter(({ i }) => firstStructural < 0 || i < firstStructural);
  let titleBlock = null;
  let headline = null;
  const asChrome = (b) => {
    b.outline = "chrome";
    chrome.push(textNode(b.tokens, ctx));
  };
  const siteNames = relatedLinks(blocks, ctx);
  for (const b of siteNames) asChrome(b);
  for (const b of linkTopics) asChrome(b);
  let openingIndex = -1;
  let banner = null;
  for (const { b, i } of front) {
    if (facts?.blocks.has(b) || siteNames.has(b)) continue;
    const span = spanOf(b.tokens, ctx);
    if (RUNNING_HEAD.test(span.match) || (titleBlock === null ? SITE_NAME.test(span.match) || BREADCRUMB.test(span.match) || FOLLOW_US.test(span.match) || PAGE_FRAME.test(span.match) : FOLLOW_US.test(span.match))) {
      asChrome(b);
      siteNames.add(b);
      continue;
    }
    const cutTitle = titleBlock !== null && banner === null ? titleContinuation(blocks, b, ctx) : null;
    const whole = span.match.trim() + (cutTitle ? ctx.match.slice(cutTitle.start, cutTitle.end).trim() : "");
    if (titleBlock !== null && banner === null && NUMBERED_MINUTES.test(whole) && UNNUMBERED_MINUTES.test(ctx.match.slice(titleBlock.start, titleBlock.end).replace(ANY_BLANK, ""))) {
      banner = titleBlock;
      titleBlock = b;
      continue;
    }
    if (isOpening(span) || titleBlock !== null && isWrappedOpening(blocks, i, ctx)) {
      openingIndex = i;
      break;
    }
    if (COLUMN_NAME.test(span.match.trim()) || SAMPLE_TEXT_HEADLINE.test(span.match.trim())) continue;
    if (titleBlock === null && isTitle(span) && !ORGAN_ALONE.test(span.match.trim())) titleBlock = b;
    if (headline === null && isHeadline(span)) {
      if (!ORGAN_ALONE.test(span.match.trim()) || titleContinuation(blocks, b, ctx) !== null) headline = b;
    }
  }
  if (banner) banner.outline = "title";
  titleBlock ??= headline;
  if (titleBlock !== null && openingIndex >= 0 && FORWARDING_NOTICE.test(ctx.match.slice(titleBlock.start, titleBlock.end).trim())) {
    const from = blocks.indexOf(titleBlock);
    for (let j = openingIndex - 1; j > from; j--) {
      const b = blocks[j];
      if (b.kind === "paragraph" && MINUTES_TITLE_LINE.test(ctx.match.slice(b.start, b.end).trim()) && isTitle(spanOf(b.tokens, ctx))) {
        titleBlock.outline = "title";
        titleBlock = b;
        break;
      }
    }
  }
  const titleRest = titleBlock ? titleContinuation(blocks, titleBlock, ctx) : null;
  const titleHead = titleBlock && !titleRest ? titleMasthead(blocks, titleBlock, ctx) : null;
  const title = titleBlock ? withoutSiteName((titleHead ? ctx.clean(ctx.text.slice(titleHead.start, titleHead.end)) : "") + ctx.clean(ctx.text.slice(titleBlock.start, titleBlock.end)) + (titleRest ? ctx.clean(ctx.text.slice(titleRest.start, titleRest.end)) : "")) : (
    // A page whose title stands only in its header (【标题】…): the header's title.
    disclosure.title
  );
  const dateLine = bareDateLine(blocks, titleBlock, ctx);
  let pageDate = null;
  if (dateLine) {
    dateLine.outline = "header";
    const text = ctx.text.slice(dateLine.start, dateLine.end);
    if (WEEKDAY.test(ctx.match.slice(dateLine.start, dateLine.end))) pageDate = parseDate(text).iso;
    else disclosure.publishDate ??= parseDate(text).iso;
  }
  const mastheadNumber = titleBlock ? mastheadNumberLine(blocks, titleRest ?? titleBlock, ctx) : null;
  if (mastheadNumber) mastheadNumber.outline = "header";
  const serialOnly = mastheadNumber ? SERIAL_ONLY.exec(ctx.match.slice(mastheadNumber.start, mastheadNumber.end).trim()) : null;
  if (mastheadNumber && serialOnly && documentNumber === null) {
    const text = ctx.compact(ctx.text.slice(mastheadNumber.start, mastheadNumber.end));
    documentNumber = { text, prefix: null, year: null, serial: Number(serialOnly[1]), position: ctx.position(mastheadNumber.start, mastheadNumber.end) };
    mastheadNumber.outline = "document-number";
  }
  const titleDate = titleBlock ? titleDateLine(blocks, titleRest ?? titleBlock, mastheadNumber, ctx) : null;
  if (titleDate) titleDate.outline = "header";
  const opening = /* @__PURE__ */ new Set();
  if (openingIndex >= 0 && signed.issueBlock !== null && signed.issueBlock.end <= blocks[openingIndex].start) {
    const later = buildSignatures(of("signature").filter((b) => b !== signed.issueBlock && !signed.printingBlocks.includes(b)), ctx);
    if (signed.issuer === null) {
      issueDateAbove = issueDate?.iso ?? issueDate?.text ?? null;
      issueDate = later.issueDate;
      issuer ??= later.issuer;
    } else if (later.issueDate !== null && later.issueBlock !== null && later.issueBlock.start > blocks[openingIndex].start) {
      issueDate = later.issueDate;
      issuer = later.issuer;
    }
  }
  if (openingIndex >= 0) {
    opening.add(openingIndex);
    for (let i = openingIndex; i + 1 < blocks.length && blocks[i + 1].kind === "paragraph" && !SENTENCE_CLOSED.test(ctx.match.slice(blocks[i].start, blocks[i].end)); i++) {
      opening.add(i + 1);
    }
    const last2 = Math.max(...opening);
    const next = blocks[last2 + 1];
    if (next?.kind === "paragraph" && CHAIR_LINE.test(ctx.match.slice(next.start, next.end))) opening.add(last2 + 1);
  }
  const openingBlocks = [];
  const agendaBlocks = [];
  const paragraphs = [];
  for (const { b, i } of paragraphBlocks) {
    if (facts?.blocks.has(b) || reportItems.has(b)) continue;
    if (b === issuerHead) continue;
    if (b === titleBlock || b === titleRest || b === titleHead || b === banner) {
      b.outline = "title";
      continue;
    }
    if (siteNames.has(b)) continue;
    if (b === dateLine || b === mastheadNumber || b === titleDate) continue;
    const span = spanOf(b.tokens, ctx);
    if (!opening.has(i) && RUNNING_HEAD.test(span.match)) {
      asChrome(b);
      continue;
    }
    if (opening.has(i)) {
      openingBlocks.push(b);
      b.outline = "opening";
    } else if (openingIndex >= 0 && i > openingIndex && (firstStructural < 0 || i < firstStructural) && topics.length > 0 && AGENDA.test(span.match)) {
      agendaBlocks.push(b);
      b.outline = "agenda";
    } else if ((openingIndex < 0 || i < openingIndex) && titleBlock !== null && topics.length > 0 && openingIndex >= 0) {
      if (FILE_LINK.test(span.match) || isMastheadOrgan(span.match.trim()) || PAGE_FRAME.test(span.match) || BREADCRUMB.test(span.match)) {
        asChrome(b);
        continue;
      }
      if (isTitle(span) && REPEATED_TITLE.test(span.match) || isMastheadNumber(span.match)) {
        b.outline = "title";
        continue;
      }
      unplacedParagraph(b, ctx, unplaced, "is neither the title nor the opening");
      b.outline = "unplaced";
    } else if (issuer === null && isLastContent(blocks, i) && ORGAN_ALONE.test(ctx.match.slice(b.start, b.end).trim())) {
      issuer = ctx.clean(ctx.text.slice(b.start, b.end));
      b.outline = "signature";
    } else if ((i > footStart || openingIndex < 0 || i < openingIndex) && PAGE_FRAME.test(span.match)) {
      asChrome(b);
    } else if (footStart >= 0 && i > footStart && !(attachmentsStart >= 0 && i >= attachmentsStart) && !FOOT_NOTE.test(span.match) && !STATEMENT_AT_FOOT.test(span.match)) {
      unplacedParagraph(b, ctx, unplaced, "follows the lists at the foot of the minutes");
      b.outline = "unplaced";
    } else paragraphs.push(textNode(b.tokens, ctx));
  }
  for (const b of attachments) paragraphs.push(textNode(b.tokens, ctx));
  const isMinutes = decideMinutes(title, openingBlocks, blocks, ctx);
  let meeting = null;
  if (isMinutes) {
    const pageDates = datesAboveOpening(front, blocks, [titleBlock, titleRest, titleHead], openingIndex, ctx);
    meeting = buildMeeting({ title, titleBlock, titleDate, openingBlocks, agendaBlocks, facts, blocks, topics, ctx, references: [issueDate?.iso ?? issueDate?.text, disclosure.writtenDate, disclosure.publishDate, printing?.date?.iso ?? printing?.date?.text, documentNumber?.year ? `${documentNumber.year}\u5E74` : null, pageDate, issueDateAbove, ...pageDates] });
    for (const role of ["attendees", "invitedAttendees", "absentees", "observers"]) addPeople(meeting[role], attendance.people[role]);
    meeting.invitedObservers.push(...invitedObservers);
    const numbered = mastheadNumber ? MASTHEAD_SESSION.exec(ctx.match.slice(mastheadNumber.start, mastheadNumber.end)) : null;
    if (meeting.sessionNumber === null && numbered) meeting.sessionNumber = parseNumber(numbered[1]);
    linkAgenda(meeting.agenda, topics);
    const told = [openingBlocks, ...agendaBlocks.map((b) => [b])].filter((run) => run.length > 0).flatMap((run) => {
      const start = run[0].start;
      const end = run[run.length - 1].end;
      return reportsInParagraph({ text: ctx.text.slice(start, end), match: ctx.match.slice(start, end), start }, ctx);
    });
    if (told.length > 0) {
      writtenReports.push(...told);
      writtenReports.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
    }
  } else {
    const at = titleBlock ?? blocks[0];
    ctx.report("error", "not-minutes", "\u8FD9\u4E0D\u662F\u4F1A\u8BAE\u7EAA\u8981\uFF1A\u672A\u627E\u5230\u5DF2\u53EC\u5F00\u7684\u5E38\u52A1\u4F1A\u8BAE\uFF08The text is not minutes of a standing meeting.\uFF09", at?.start ?? 0, at?.end ?? 0);
    for (const b of [...openingBlocks, ...agendaBlocks]) paragraphs.push(textNode(b.tokens, ctx));
    for (const t of topics) paragraphs.push(...flattenTopic(t));
    for (const r of writtenReports) paragraphs.push({ text: r.text, ...r.position ? { position: r.position } : {} });
    topics = [];
    writtenReports = [];
    distribution = [];
  }
  const pages = chromeRanges.map(([s, e]) => ({ text: decoded2.text.slice(s, e), position: ctx.sourcePosition(s, e) }));
  chrome.push(...pages);
  chrome.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  paragraphs.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  if (isMinutes && meeting && meeting.date.iso === null) {
    const p = meeting.date.position;
    ctx.report("warning", "meeting-date-unknown", meeting.date.text ? `\u4F1A\u8BAE\u65E5\u671F\u201C${meeting.date.text}\u201D\u65E0\u6CD5\u786E\u5B9A\uFF08The meeting date cannot be read.\uFF09` : "\u672A\u627E\u5230\u4F1A\u8BAE\u65E5\u671F\uFF08No meeting date found.\uFF09", p?.start.offset ?? 0, p?.end.offset ?? 0);
  }
  if (title === null) ctx.report("info", "title-missing", "\u672A\u627E\u5230\u6807\u9898\uFF08No title line found.\uFF09", 0, 0);
  const outline = blocks.map((b) => ({ kind: b.outline, position: ctx.blockPosition(b.start, b.end) }));
  if (unplaced.length > 0) {
    const blockStarts = new Set(outline.map((o) => o.position.start.offset));
    for (const u of unplaced) if (u.position && !blockStarts.has(u.position.start.offset)) outline.push({ kind: "unplaced", position: u.position });
  }
  for (const p of pages) outline.push({ kind: "chrome", position: p.position });
  outline.sort((a, b) => a.position.start.offset - b.position.start.offset);
  if (offsets !== null) {
    const left = leftOut(decoded2.text, outline, ctx);
    const markup = left.filter((n) => MARKUP_ONLY.test(n.text));
    for (const n of left) {
      if (markup.includes(n)) continue;
      unplaced.push(n);
      outline.push({ kind: "unplaced", position: n.position });
      ctx.diagnostics.push({ severity: "warning", code: "unplaced-text", message: `\u65E0\u6CD5\u5F52\u7C7B\u7684\u6587\u5B57\uFF08left out of the reading view\uFF09\uFF1A\u201C${n.text.slice(0, 20)}\u201D`, line: n.position.start.line, column: n.position.start.column, position: n.position });
    }
    if (markup.length > 0) {
      chrome.push(...markup);
      chrome.sort((a, b) => a.position.start.offset - b.position.start.offset);
      for (const m of markup) outline.push({ kind: "chrome", position: m.position });
    }
    if (left.length > 0) outline.sort((a, b) => a.position.start.offset - b.position.start.offset);
  }
  const diagnostics = ctx.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    type: "minutes",
    version: MODEL_VERSION,
    source: { file, encoding: decoded2.encoding, bom: decoded2.bom, lineEnding: decoded2.lineEnding, length: decoded2.text.length, lines: decoded2.text.length === 0 ? 0 : ctx.locator.point(result.text.length).line },
    title,
    documentNumber,
    issuer,
    issueDate,
    disclosure,
    meeting,
    topics,
    paragraphs,
    writtenReports,
    distribution,
    printing,
    chrome,
    outline,
    unplaced,
    diagnostics
  };
}
var REPORT_LINE = new RegExp(`^\\s*(?:[\\u3400-\\u9fff]{2,20})?\u5173\u4E8E[^\u3002]{2,80}?${REPORT_ENDING}(?:\u300B)?(?:\\s*[\u2014\u2013-]{1,2}\\s*[\\u3400-\\u9fff]{2,20}|\\([^()]{2,20}\\))?\\s*[\u3002.;\uFF1B]?\\s*$`);
var NUMBERED_MINUTES = /^[\u3400-\u9fff]{2,30}(?:[0-9]{4}年度?)?第[0-9一二三四五六七八九十百零〇○]{1,6}次[\u3400-\u9fff]{0,12}纪要$|^关于[^。；;]{2,60}的会议纪要$/;
var UNNUMBERED_MINUTES = /^[\u3400-\u9fff]{2,30}纪要$/;
var ORGAN_TAIL_ONLY = /^(?:办公室|辦公室|办)$/;
function organLineAbove(blocks, ctx) {
  const i = blocks.findIndex((b) => b.kind === "signature" && b.outline !== "printing");
  const last2 = i > 0 ? lastLine(blocks[i - 1]) : void 0;
  const above = last2 === void 0 ? void 0 : last2 === blocks[i - 1] ? blocks[i - 1] : toBlock(last2) ?? void 0;
  if (above?.kind !== "paragraph" || !onNextLine(ctx.text, above.end, blocks[i].start)) return null;
  return /^[\u3400-\u9fff]{2,20}(?:人民政府|政府)$/.test(ctx.match.slice(above.start, above.end).trim()) ? above : null;
}
var SERIAL_ONLY = /^第\s*([0-9]{1,4})\s*号$/;
var MASTHEAD_SESSION = /第([0-9一二三四五六七八九十百零〇○]{1,6})次/;
function reportsUnderTopics(topics, reportItems, ctx) {
  const out = [];
  for (const b of topics) {
    if (reportItems.has(b) || !REPORTS_TOPIC.test(topicHeading(b, ctx))) continue;
    const found = out.length;
    for (const part of b.topic.body) {
      const item = part.kind === "topic" ? toBlock(part) : null;
      if (item) out.push(...buildWrittenReports(item, ctx));
    }
    const text = b.topic.body.filter((part) => part.kind === "paragraph" && part.tokens.length > 0);
    if (out.length === found && text.length > 0) {
      const [start] = tokensRange(text[0].tokens);
      const [, end] = tokensRange(text[text.length - 1].tokens);
      const span = { text: ctx.text.slice(start, end), match: ctx.match.slice(start, end), start };
      if (REPORT_LIST.test(span.match)) out.push(...reportsOf(span, 0, ctx));
    }
  }
  return out;
}
function datesAboveOpening(front, blocks, titleLines, openingIndex, ctx) {
  const titleIndex = titleLines[0] ? blocks.indexOf(titleLines[0]) : -1;
  const out = [];
  for (const { b, i } of front) {
    if (i > titleIndex + 2 || openingIndex >= 0 && i >= openingIndex || titleLines.includes(b)) continue;
    const date = findDates(ctx.match.slice(b.start, b.end)).find((d) => d.iso !== null);
    if (date) out.push(date.iso);
  }
  return out;
}
var SITE_SUFFIX = /\s*[_\-–—|｜]\s*[\u3400-\u9fff]{2,24}(?:人民政府(?:门户网站|网站|网)?|政府网|门户网站|网站)$/;
function withoutSiteName(title) {
  const bracketed = WHOLE_IN_BRACKETS.exec(title);
  let stripped = (bracketed ? bracketed[1] : title).replace(FORUM_TAG, "").replace(COLUMN_TAG, "");
  if (SITE_SUFFIX.test(stripped)) stripped = stripped.replace(SITE_SUFFIX, "").replace(COLUMN_SUFFIX, "");
  return stripped.length >= 4 ? stripped : title;
}
var COLUMN_SUFFIX = /\s*[-–—_|｜]\s*(?![^-–—_|｜]*(?:会议|纪要))[^-–—_|｜\s]{2,8}$/;
var WHOLE_IN_BRACKETS = /^【([^【】]{4,60})】$/;
var FORUM_TAG = /^[\[【](?:转贴|轉貼|转载|轉載|原创|原創)[\]】]\s*/;
var COLUMN_TAG = /^【[^】]{2,8}】\s*/;
function lastLine(b) {
  let last2 = b;
  while (last2.kind === "topic" && last2.topic.body.length > 0) last2 = last2.topic.body[last2.topic.body.length - 1];
  return last2;
}
var TITLE_END = /纪要\s*$/;
var COLUMN_NAME = /^(?:[市县区州旗]?政府)?(?:常务会议|全体会议|会议)$/;
var SAMPLE_TEXT_HEADLINE = /(?:范文|范例|模板)(?:[（(][0-9一二三四五六七八九十]+篇[）)])?$|纪要[（(][0-9一二三四五六七八九十]+篇[）)]$|^篇[一二三四五六七八九十]{1,2}[:：]/;
var FORWARDING_NOTICE = /关于(?:印发|转发)[^，。]{2,60}纪要》?的通知$/;
var MINUTES_TITLE_LINE = /^[^，。：:]{4,60}纪要$/;
var STATEMENT_AT_FOOT = /^\s*(?:出席|列席|参加|参会|请假|缺席|应邀|特邀)[^:，,、]{0,10}:|(?:出席|列席|参加)(?:了)?会议[。.]?\s*$/;
function leftOut(source, outline, ctx) {
  const found = [];
  let from = 0;
  const gap = (start, end) => {
    if (end <= start) return;
    const text = source.slice(start, end);
    const s = text.search(NOT_BLANK);
    if (s < 0) return;
    const trimmed = text.trimEnd();
    found.push({ text: trimmed.slice(s), position: ctx.sourcePosition(start + s, start + trimmed.length) });
  };
  for (const entry of outline) {
    gap(from, entry.position.start.offset);
    from = Math.max(from, entry.position.end.offset);
  }
  gap(from, source.length);
  return found;
}
var NOT_BLANK = /[^\s\u3000\u00a0\ufeff]/;
var MARKUP_ONLY = /^(?:<[^<>]*>|&[#a-zA-Z0-9]{1,8};|[\s\u3000\u00a0])*$/;
var REPEATED_TITLE = /纪要|召开/;
var PRINT_MASTHEAD = /^[\u3400-\u9fff()]{2,30}文件$/;
var SITE_BANNER = /^[\u3400-\u9fff]{2,30}(?:人民政府|政府|办公室|管委会|管理委员会)(?:门户网站|网站|网)?(?:\s*[-—_|]\s*|\s{2,})[\u3400-\u9fff ]{2,16}$/;
var isMastheadOrgan = (match) => ORGAN_ALONE.test(match) || PRINT_MASTHEAD.test(match) || SITE_BANNER.test(match);
function attachmentEntries(blocks, ctx) {
  const out = /* @__PURE__ */ new Set();
  for (let i = 1; i < blocks.length; i++) {
    const line = lastLine(blocks[i - 1]);
    const opened = line.kind === "paragraph" && line.tokens.length > 0 && ATTACHMENTS.test(ctx.match.slice(...tokensRange(line.tokens)));
    if (!opened) continue;
    for (let j = i; j < blocks.length && (blocks[j].kind === "topic" || blocks[j].kind === "paragraph" && FILE_LINK.test(ctx.match.slice(blocks[j].start, blocks[j].end))); j++) {
      if (blocks[j].kind === "topic") out.add(blocks[j]);
    }
  }
  return out;
}
function strayInnerTopics(blocks, topicBlocks, ctx) {
  const strays = /* @__PURE__ */ new Set();
  const outermost = topicBlocks[0]?.topic?.marker.tokenType;
  if (outermost === void 0) return strays;
  const isTopic = new Set(topicBlocks);
  for (let i = 1; i + 1 < blocks.length; i++) {
    const report = blocks[i];
    if (report.kind !== "writtenReport" || isReportHeading(report, ctx)) continue;
    const before = blocks[i - 1];
    if (!isTopic.has(before)) continue;
    const first2 = before.topic.body.find((p) => p.kind === "topic");
    const inner = before.topic.marker.tokenType === outermost ? first2?.topic?.marker.tokenType : before.topic.marker.tokenType;
    if (inner === void 0 || inner === outermost) continue;
    for (let j = i + 1; j < blocks.length && isTopic.has(blocks[j]) && blocks[j].topic.marker.tokenType === inner; j++) strays.add(blocks[j]);
  }
  return strays;
}
var ADDRESSEES = /^\s*主\s*送/;
var MAX_WRAPPED_LINES = 4;
var MIN_WRAPPED_LINE = 16;
var PAGE_META = /来源\s*:|浏览(?:次数|量)|阅读(?:次数|量)|点击(?:数|量|率)|访问量|字[体号]\s*:|【字体|^\s*原创\s|点击蓝字|听全文|^\s*(?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?\s*[0-9]{1,2}:[0-9]{2}/;
function isWrappedOpening(blocks, i, ctx) {
  const first2 = blocks[i];
  const firstLine = ctx.match.slice(first2.start, first2.end);
  if (first2.end - first2.start < MIN_WRAPPED_LINE || SENTENCE_CLOSED.test(firstLine) || TITLE_END.test(firstLine) || PAGE_META.test(firstLine)) return false;
  let last2 = i;
  while (last2 + 1 < blocks.length && last2 - i + 1 < MAX_WRAPPED_LINES && blocks[last2 + 1].kind === "paragraph" && onNextLine(ctx.text, blocks[last2].end, blocks[last2 + 1].start) && !SENTENCE_CLOSED.test(ctx.match.slice(blocks[last2].start, blocks[last2].end))) last2++;
  if (last2 === i) return false;
  const end = blocks[last2].end;
  return isOpening({ text: ctx.text.slice(first2.start, end), match: ctx.match.slice(first2.start, end), start: first2.start });
}
var REPORT_LIST = new RegExp(`^\\s*[^\uFF0C,\u3002\uFF1B;]{2,30}?\u5173\u4E8E[^\u3002]{2,80}?${REPORT_ENDING}`);
var REPORTS_TOPIC = /^(?:会议)?(?:还)?书面通报(?:的)?(?:事项|情况|以下事项)?[:：]?$/;
function topicHeading(b, ctx) {
  const heading = b.topic.heading;
  return heading.length ? ctx.match.slice(...tokensRange(heading)).trim() : "";
}
function addPeople(list, more) {
  if (more.length === 0) return;
  const names = new Set(list.map((p) => p.name));
  for (const p of more) {
    if (names.has(p.name)) continue;
    names.add(p.name);
    list.push(p);
  }
}
function findLastIndex(list, test) {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}
function buildDocumentNumber(lines3, headerValue, ctx) {
  for (const b of lines3) {
    const parts = parseDocumentNumber(ctx.text.slice(b.start, b.end));
    if (parts) return { ...parts, position: ctx.position(b.start, b.end) };
  }
  if (headerValue !== null) {
    const parts = parseDocumentNumber(headerValue);
    if (parts) return parts;
  }
  return null;
}
function flattenTopic(t) {
  const head3 = { text: `${t.marker}${t.heading ?? ""}`, ...t.position ? { position: t.position } : {} };
  return [head3, ...t.paragraphs, ...t.subtopics.flatMap(flattenTopic)];
}
function unplacedParagraph(b, ctx, unplaced, why) {
  const node = textNode(b.tokens, ctx);
  unplaced.push(node);
  ctx.report("warning", "unplaced-text", `\u65E0\u6CD5\u5F52\u7C7B\u7684\u6587\u5B57\uFF08${why}\uFF09\uFF1A\u201C${node.text.slice(0, 20)}\u201D`, b.start, b.end);
}
function keepUnparsedTokens(result, blocks, ctx, unplaced) {
  if (result.parseErrors.length === 0 && result.lexErrors.length === 0) return;
  const seen = /* @__PURE__ */ new Set();
  for (const b of blocks) for (const t of b.tokens) seen.add(t.startOffset);
  let run = [];
  const flush = () => {
    if (run.length === 0) return;
    const [s, e] = tokensRange(run);
    unplaced.push({ text: ctx.text.slice(s, e), position: ctx.position(s, e) });
    ctx.report("error", "syntax-error", `\u8BED\u6CD5\u65E0\u6CD5\u8BC6\u522B\u7684\u6587\u5B57\uFF1A\u201C${ctx.text.slice(s, Math.min(e, s + 20))}\u201D`, s, e);
    run = [];
  };
  for (const t of result.tokens) {
    if (t.tokenType.name === "LineBreak" || seen.has(t.startOffset)) flush();
    else run.push(t);
  }
  flush();
  for (const e of result.lexErrors) ctx.report("error", "lex-error", e.message, e.offset, e.offset + e.length);
}

// node_modules/lodash-es/_freeGlobal.js
var freeGlobal = typeof global == "object" && global && global.Object === Object && global;
var freeGlobal_default = freeGlobal;

// node_modules/lodash-es/_root.js
var freeSelf = typeof self == "object" && self && self.Object === Object && self;
var root = freeGlobal_default || freeSelf || Function("return this")();
var root_default = root;

// node_modules/lodash-es/_Symbol.js
var Symbol = root_default.Symbol;
var Symbol_default = Symbol;

// node_modules/lodash-es/_getRawTag.js
var objectProto = Object.prototype;
var hasOwnProperty = objectProto.hasOwnProperty;
var nativeObjectToString = objectProto.toString;
var symToStringTag = Symbol_default ? Symbol_default.toStringTag : void 0;
function getRawTag(value) {
  var isOwn = hasOwnProperty.call(value, symToStringTag), tag = value[symToStringTag];
  try {
    value[symToStringTag] = void 0;
    var unmasked = true;
  } catch (e) {
  }
  var result = nativeObjectToString.call(value);
  if (unmasked) {
    if (isOwn) {
      value[symToStringTag] = tag;
    } else {
      delete value[symToStringTag];
    }
  }
  return result;
}
var getRawTag_default = getRawTag;

// node_modules/lodash-es/_objectToString.js
var objectProto2 = Object.prototype;
var nativeObjectToString2 = objectProto2.toString;
function objectToString(value) {
  return nativeObjectToString2.call(value);
}
var objectToString_default = objectToString;

// node_modules/lodash-es/_baseGetTag.js
var nullTag = "[object Null]";
var undefinedTag = "[object Undefined]";
var symToStringTag2 = Symbol_default ? Symbol_default.toStringTag : void 0;
function baseGetTag(value) {
  if (value == null) {
    return value === void 0 ? undefinedTag : nullTag;
  }
  return symToStringTag2 && symToStringTag2 in Object(value) ? getRawTag_default(value) : objectToString_default(value);
}
var baseGetTag_default = baseGetTag;

// node_modules/lodash-es/isObjectLike.js
function isObjectLike(value) {
  return value != null && typeof value == "object";
}
var isObjectLike_default = isObjectLike;

// node_modules/lodash-es/isSymbol.js
var symbolTag = "[object Symbol]";
function isSymbol(value) {
  return typeof value == "symbol" || isObjectLike_default(value) && baseGetTag_default(value) == symbolTag;
}
var isSymbol_default = isSymbol;

// node_modules/lodash-es/_arrayMap.js
function arrayMap(array, iteratee) {
  var index = -1, length = array == null ? 0 : array.length, result = Array(length);
  while (++index < length) {
    result[index] = iteratee(array[index], index, array);
  }
  return result;
}
var arrayMap_default = arrayMap;

// node_modules/lodash-es/isArray.js
var isArray = Array.isArray;
var isArray_default = isArray;

// node_modules/lodash-es/_baseToString.js
var INFINITY = 1 / 0;
var symbolProto = Symbol_default ? Symbol_default.prototype : void 0;
var symbolToString = symbolProto ? symbolProto.toString : void 0;
function baseToString(value) {
  if (typeof value == "string") {
    return value;
  }
  if (isArray_default(value)) {
    return arrayMap_default(value, baseToString) + "";
  }
  if (isSymbol_default(value)) {
    return symbolToString ? symbolToString.call(value) : "";
  }
  var result = value + "";
  return result == "0" && 1 / value == -INFINITY ? "-0" : result;
}
var baseToString_default = baseToString;

// node_modules/lodash-es/_trimmedEndIndex.js
var reWhitespace = /\s/;
function trimmedEndIndex(string) {
  var index = string.length;
  while (index-- && reWhitespace.test(string.charAt(index))) {
  }
  return index;
}
var trimmedEndIndex_default = trimmedEndIndex;

// node_modules/lodash-es/_baseTrim.js
var reTrimStart = /^\s+/;
function baseTrim(string) {
  return string ? string.slice(0, trimmedEndIndex_default(string) + 1).replace(reTrimStart, "") : string;
}
var baseTrim_default = baseTrim;

// node_modules/lodash-es/isObject.js
function isObject(value) {
  var type = typeof value;
  return value != null && (type == "object" || type == "function");
}
var isObject_default = isObject;

// node_modules/lodash-es/toNumber.js
var NAN = 0 / 0;
var reIsBadHex = /^[-+]0x[0-9a-f]+$/i;
var reIsBinary = /^0b[01]+$/i;
var reIsOctal = /^0o[0-7]+$/i;
var freeParseInt = parseInt;
function toNumber(value) {
  if (typeof value == "number") {
    return value;
  }
  if (isSymbol_default(value)) {
    return NAN;
  }
  if (isObject_default(value)) {
    var other = typeof value.valueOf == "function" ? value.valueOf() : value;
    value = isObject_default(other) ? other + "" : other;
  }
  if (typeof value != "string") {
    return value === 0 ? value : +value;
  }
  value = baseTrim_default(value);
  var isBinary = reIsBinary.test(value);
  return isBinary || reIsOctal.test(value) ? freeParseInt(value.slice(2), isBinary ? 2 : 8) : reIsBadHex.test(value) ? NAN : +value;
}
var toNumber_default = toNumber;

// node_modules/lodash-es/toFinite.js
var INFINITY2 = 1 / 0;
var MAX_INTEGER = 17976931348623157e292;
function toFinite(value) {
  if (!value) {
    return value === 0 ? value : 0;
  }
  value = toNumber_default(value);
  if (value === INFINITY2 || value === -INFINITY2) {
    var sign = value < 0 ? -1 : 1;
    return sign * MAX_INTEGER;
  }
  return value === value ? value : 0;
}
var toFinite_default = toFinite;

// node_modules/lodash-es/toInteger.js
function toInteger(value) {
  var result = toFinite_default(value), remainder = result % 1;
  return result === result ? remainder ? result - remainder : result : 0;
}
var toInteger_default = toInteger;

// node_modules/lodash-es/identity.js
function identity(value) {
  return value;
}
var identity_default = identity;

// node_modules/lodash-es/isFunction.js
var asyncTag = "[object AsyncFunction]";
var funcTag = "[object Function]";
var genTag = "[object GeneratorFunction]";
var proxyTag = "[object Proxy]";
function isFunction(value) {
  if (!isObject_default(value)) {
    return false;
  }
  var tag = baseGetTag_default(value);
  return tag == funcTag || tag == genTag || tag == asyncTag || tag == proxyTag;
}
var isFunction_default = isFunction;

// node_modules/lodash-es/_coreJsData.js
var coreJsData = root_default["__core-js_shared__"];
var coreJsData_default = coreJsData;

// node_modules/lodash-es/_isMasked.js
var maskSrcKey = (function() {
  var uid = /[^.]+$/.exec(coreJsData_default && coreJsData_default.keys && coreJsData_default.keys.IE_PROTO || "");
  return uid ? "Symbol(src)_1." + uid : "";
})();
function isMasked(func) {
  return !!maskSrcKey && maskSrcKey in func;
}
var isMasked_default = isMasked;

// node_modules/lodash-es/_toSource.js
var funcProto = Function.prototype;
var funcToString = funcProto.toString;
function toSource(func) {
  if (func != null) {
    try {
      return funcToString.call(func);
    } catch (e) {
    }
    try {
      return func + "";
    } catch (e) {
    }
  }
  return "";
}
var toSource_default = toSource;

// node_modules/lodash-es/_baseIsNative.js
var reRegExpChar = /[\\^$.*+?()[\]{}|]/g;
var reIsHostCtor = /^\[object .+?Constructor\]$/;
var funcProto2 = Function.prototype;
var objectProto3 = Object.prototype;
var funcToString2 = funcProto2.toString;
var hasOwnProperty2 = objectProto3.hasOwnProperty;
var reIsNative = RegExp(
  "^" + funcToString2.call(hasOwnProperty2).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
);
function baseIsNative(value) {
  if (!isObject_default(value) || isMasked_default(value)) {
    return false;
  }
  var pattern = isFunction_default(value) ? reIsNative : reIsHostCtor;
  return pattern.test(toSource_default(value));
}
var baseIsNative_default = baseIsNative;

// node_modules/lodash-es/_getValue.js
function getValue(object, key) {
  return object == null ? void 0 : object[key];
}
var getValue_default = getValue;

// node_modules/lodash-es/_getNative.js
function getNative(object, key) {
  var value = getValue_default(object, key);
  return baseIsNative_default(value) ? value : void 0;
}
var getNative_default = getNative;

// node_modules/lodash-es/_WeakMap.js
var WeakMap = getNative_default(root_default, "WeakMap");
var WeakMap_default = WeakMap;

// node_modules/lodash-es/_baseCreate.js
var objectCreate = Object.create;
var baseCreate = /* @__PURE__ */ (function() {
  function object() {
  }
  return function(proto) {
    if (!isObject_default(proto)) {
      return {};
    }
    if (objectCreate) {
      return objectCreate(proto);
    }
    object.prototype = proto;
    var result = new object();
    object.prototype = void 0;
    return result;
  };
})();
var baseCreate_default = baseCreate;

// node_modules/lodash-es/_apply.js
function apply(func, thisArg, args) {
  switch (args.length) {
    case 0:
      return func.call(thisArg);
    case 1:
      return func.call(thisArg, args[0]);
    case 2:
      return func.call(thisArg, args[0], args[1]);
    case 3:
      return func.call(thisArg, args[0], args[1], args[2]);
  }
  return func.apply(thisArg, args);
}
var apply_default = apply;

// node_modules/lodash-es/noop.js
function noop() {
}
var noop_default = noop;

// node_modules/lodash-es/_copyArray.js
function copyArray(source, array) {
  var index = -1, length = source.length;
  array || (array = Array(length));
  while (++index < length) {
    array[index] = source[index];
  }
  return array;
}
var copyArray_default = copyArray;

// node_modules/lodash-es/_shortOut.js
var HOT_COUNT = 800;
var HOT_SPAN = 16;
var nativeNow = Date.now;
function shortOut(func) {
  var count = 0, lastCalled = 0;
  return function() {
    var stamp = nativeNow(), remaining = HOT_SPAN - (stamp - lastCalled);
    lastCalled = stamp;
    if (remaining > 0) {
      if (++count >= HOT_COUNT) {
        return arguments[0];
      }
    } else {
      count = 0;
    }
    return func.apply(void 0, arguments);
  };
}
var shortOut_default = shortOut;

// node_modules/lodash-es/constant.js
function constant(value) {
  return function() {
    return value;
  };
}
var constant_default = constant;

// node_modules/lodash-es/_defineProperty.js
var defineProperty = (function() {
  try {
    var func = getNative_default(Object, "defineProperty");
    func({}, "", {});
    return func;
  } catch (e) {
  }
})();
var defineProperty_default = defineProperty;

// node_modules/lodash-es/_baseSetToString.js
var baseSetToString = !defineProperty_default ? identity_default : function(func, string) {
  return defineProperty_default(func, "toString", {
    "configurable": true,
    "enumerable": false,
    "value": constant_default(string),
    "writable": true
  });
};
var baseSetToString_default = baseSetToString;

// node_modules/lodash-es/_setToString.js
var setToString = shortOut_default(baseSetToString_default);
var setToString_default = setToString;

// node_modules/lodash-es/_arrayEach.js
function arrayEach(array, iteratee) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (iteratee(array[index], index, array) === false) {
      break;
    }
  }
  return array;
}
var arrayEach_default = arrayEach;

// node_modules/lodash-es/_baseFindIndex.js
function baseFindIndex(array, predicate, fromIndex, fromRight) {
  var length = array.length, index = fromIndex + (fromRight ? 1 : -1);
  while (fromRight ? index-- : ++index < length) {
    if (predicate(array[index], index, array)) {
      return index;
    }
  }
  return -1;
}
var baseFindIndex_default = baseFindIndex;

// node_modules/lodash-es/_baseIsNaN.js
function baseIsNaN(value) {
  return value !== value;
}
var baseIsNaN_default = baseIsNaN;

// node_modules/lodash-es/_strictIndexOf.js
function strictIndexOf(array, value, fromIndex) {
  var index = fromIndex - 1, length = array.length;
  while (++index < length) {
    if (array[index] === value) {
      return index;
    }
  }
  return -1;
}
var strictIndexOf_default = strictIndexOf;

// node_modules/lodash-es/_baseIndexOf.js
function baseIndexOf(array, value, fromIndex) {
  return value === value ? strictIndexOf_default(array, value, fromIndex) : baseFindIndex_default(array, baseIsNaN_default, fromIndex);
}
var baseIndexOf_default = baseIndexOf;

// node_modules/lodash-es/_arrayIncludes.js
function arrayIncludes(array, value) {
  var length = array == null ? 0 : array.length;
  return !!length && baseIndexOf_default(array, value, 0) > -1;
}
var arrayIncludes_default = arrayIncludes;

// node_modules/lodash-es/_isIndex.js
var MAX_SAFE_INTEGER = 9007199254740991;
var reIsUint = /^(?:0|[1-9]\d*)$/;
function isIndex(value, length) {
  var type = typeof value;
  length = length == null ? MAX_SAFE_INTEGER : length;
  return !!length && (type == "number" || type != "symbol" && reIsUint.test(value)) && (value > -1 && value % 1 == 0 && value < length);
}
var isIndex_default = isIndex;

// node_modules/lodash-es/_baseAssignValue.js
function baseAssignValue(object, key, value) {
  if (key == "__proto__" && defineProperty_default) {
    defineProperty_default(object, key, {
      "configurable": true,
      "enumerable": true,
      "value": value,
      "writable": true
    });
  } else {
    object[key] = value;
  }
}
var baseAssignValue_default = baseAssignValue;

// node_modules/lodash-es/eq.js
function eq(value, other) {
  return value === other || value !== value && other !== other;
}
var eq_default = eq;

// node_modules/lodash-es/_assignValue.js
var objectProto4 = Object.prototype;
var hasOwnProperty3 = objectProto4.hasOwnProperty;
function assignValue(object, key, value) {
  var objValue = object[key];
  if (!(hasOwnProperty3.call(object, key) && eq_default(objValue, value)) || value === void 0 && !(key in object)) {
    baseAssignValue_default(object, key, value);
  }
}
var assignValue_default = assignValue;

// node_modules/lodash-es/_copyObject.js
function copyObject(source, props, object, customizer) {
  var isNew = !object;
  object || (object = {});
  var index = -1, length = props.length;
  while (++index < length) {
    var key = props[index];
    var newValue = customizer ? customizer(object[key], source[key], key, object, source) : void 0;
    if (newValue === void 0) {
      newValue = source[key];
    }
    if (isNew) {
      baseAssignValue_default(object, key, newValue);
    } else {
      assignValue_default(object, key, newValue);
    }
  }
  return object;
}
var copyObject_default = copyObject;

// node_modules/lodash-es/_overRest.js
var nativeMax = Math.max;
function overRest(func, start, transform) {
  start = nativeMax(start === void 0 ? func.length - 1 : start, 0);
  return function() {
    var args = arguments, index = -1, length = nativeMax(args.length - start, 0), array = Array(length);
    while (++index < length) {
      array[index] = args[start + index];
    }
    index = -1;
    var otherArgs = Array(start + 1);
    while (++index < start) {
      otherArgs[index] = args[index];
    }
    otherArgs[start] = transform(array);
    return apply_default(func, this, otherArgs);
  };
}
var overRest_default = overRest;

// node_modules/lodash-es/_baseRest.js
function baseRest(func, start) {
  return setToString_default(overRest_default(func, start, identity_default), func + "");
}
var baseRest_default = baseRest;

// node_modules/lodash-es/isLength.js
var MAX_SAFE_INTEGER2 = 9007199254740991;
function isLength(value) {
  return typeof value == "number" && value > -1 && value % 1 == 0 && value <= MAX_SAFE_INTEGER2;
}
var isLength_default = isLength;

// node_modules/lodash-es/isArrayLike.js
function isArrayLike(value) {
  return value != null && isLength_default(value.length) && !isFunction_default(value);
}
var isArrayLike_default = isArrayLike;

// node_modules/lodash-es/_isIterateeCall.js
function isIterateeCall(value, index, object) {
  if (!isObject_default(object)) {
    return false;
  }
  var type = typeof index;
  if (type == "number" ? isArrayLike_default(object) && isIndex_default(index, object.length) : type == "string" && index in object) {
    return eq_default(object[index], value);
  }
  return false;
}
var isIterateeCall_default = isIterateeCall;

// node_modules/lodash-es/_createAssigner.js
function createAssigner(assigner) {
  return baseRest_default(function(object, sources) {
    var index = -1, length = sources.length, customizer = length > 1 ? sources[length - 1] : void 0, guard = length > 2 ? sources[2] : void 0;
    customizer = assigner.length > 3 && typeof customizer == "function" ? (length--, customizer) : void 0;
    if (guard && isIterateeCall_default(sources[0], sources[1], guard)) {
      customizer = length < 3 ? void 0 : customizer;
      length = 1;
    }
    object = Object(object);
    while (++index < length) {
      var source = sources[index];
      if (source) {
        assigner(object, source, index, customizer);
      }
    }
    return object;
  });
}
var createAssigner_default = createAssigner;

// node_modules/lodash-es/_isPrototype.js
var objectProto5 = Object.prototype;
function isPrototype(value) {
  var Ctor = value && value.constructor, proto = typeof Ctor == "function" && Ctor.prototype || objectProto5;
  return value === proto;
}
var isPrototype_default = isPrototype;

// node_modules/lodash-es/_baseTimes.js
function baseTimes(n, iteratee) {
  var index = -1, result = Array(n);
  while (++index < n) {
    result[index] = iteratee(index);
  }
  return result;
}
var baseTimes_default = baseTimes;

// node_modules/lodash-es/_baseIsArguments.js
var argsTag = "[object Arguments]";
function baseIsArguments(value) {
  return isObjectLike_default(value) && baseGetTag_default(value) == argsTag;
}
var baseIsArguments_default = baseIsArguments;

// node_modules/lodash-es/isArguments.js
var objectProto6 = Object.prototype;
var hasOwnProperty4 = objectProto6.hasOwnProperty;
var propertyIsEnumerable = objectProto6.propertyIsEnumerable;
var isArguments = baseIsArguments_default(/* @__PURE__ */ (function() {
  return arguments;
})()) ? baseIsArguments_default : function(value) {
  return isObjectLike_default(value) && hasOwnProperty4.call(value, "callee") && !propertyIsEnumerable.call(value, "callee");
};
var isArguments_default = isArguments;

// node_modules/lodash-es/stubFalse.js
function stubFalse() {
  return false;
}
var stubFalse_default = stubFalse;

// node_modules/lodash-es/isBuffer.js
var freeExports = typeof exports == "object" && exports && !exports.nodeType && exports;
var freeModule = freeExports && typeof module == "object" && module && !module.nodeType && module;
var moduleExports = freeModule && freeModule.exports === freeExports;
var Buffer3 = moduleExports ? root_default.Buffer : void 0;
var nativeIsBuffer = Buffer3 ? Buffer3.isBuffer : void 0;
var isBuffer = nativeIsBuffer || stubFalse_default;
var isBuffer_default = isBuffer;

// node_modules/lodash-es/_baseIsTypedArray.js
var argsTag2 = "[object Arguments]";
var arrayTag = "[object Array]";
var boolTag = "[object Boolean]";
var dateTag = "[object Date]";
var errorTag = "[object Error]";
var funcTag2 = "[object Function]";
var mapTag = "[object Map]";
var numberTag = "[object Number]";
var objectTag = "[object Object]";
var regexpTag = "[object RegExp]";
var setTag = "[object Set]";
var stringTag = "[object String]";
var weakMapTag = "[object WeakMap]";
var arrayBufferTag = "[object ArrayBuffer]";
var dataViewTag = "[object DataView]";
var float32Tag = "[object Float32Array]";
var float64Tag = "[object Float64Array]";
var int8Tag = "[object Int8Array]";
var int16Tag = "[object Int16Array]";
var int32Tag = "[object Int32Array]";
var uint8Tag = "[object Uint8Array]";
var uint8ClampedTag = "[object Uint8ClampedArray]";
var uint16Tag = "[object Uint16Array]";
var uint32Tag = "[object Uint32Array]";
var typedArrayTags = {};
typedArrayTags[float32Tag] = typedArrayTags[float64Tag] = typedArrayTags[int8Tag] = typedArrayTags[int16Tag] = typedArrayTags[int32Tag] = typedArrayTags[uint8Tag] = typedArrayTags[uint8ClampedTag] = typedArrayTags[uint16Tag] = typedArrayTags[uint32Tag] = true;
typedArrayTags[argsTag2] = typedArrayTags[arrayTag] = typedArrayTags[arrayBufferTag] = typedArrayTags[boolTag] = typedArrayTags[dataViewTag] = typedArrayTags[dateTag] = typedArrayTags[errorTag] = typedArrayTags[funcTag2] = typedArrayTags[mapTag] = typedArrayTags[numberTag] = typedArrayTags[objectTag] = typedArrayTags[regexpTag] = typedArrayTags[setTag] = typedArrayTags[stringTag] = typedArrayTags[weakMapTag] = false;
function baseIsTypedArray(value) {
  return isObjectLike_default(value) && isLength_default(value.length) && !!typedArrayTags[baseGetTag_default(value)];
}
var baseIsTypedArray_default = baseIsTypedArray;

// node_modules/lodash-es/_baseUnary.js
function baseUnary(func) {
  return function(value) {
    return func(value);
  };
}
var baseUnary_default = baseUnary;

// node_modules/lodash-es/_nodeUtil.js
var freeExports2 = typeof exports == "object" && exports && !exports.nodeType && exports;
var freeModule2 = freeExports2 && typeof module == "object" && module && !module.nodeType && module;
var moduleExports2 = freeModule2 && freeModule2.exports === freeExports2;
var freeProcess = moduleExports2 && freeGlobal_default.process;
var nodeUtil = (function() {
  try {
    var types = freeModule2 && freeModule2.require && freeModule2.require("util").types;
    if (types) {
      return types;
    }
    return freeProcess && freeProcess.binding && freeProcess.binding("util");
  } catch (e) {
  }
})();
var nodeUtil_default = nodeUtil;

// node_modules/lodash-es/isTypedArray.js
var nodeIsTypedArray = nodeUtil_default && nodeUtil_default.isTypedArray;
var isTypedArray = nodeIsTypedArray ? baseUnary_default(nodeIsTypedArray) : baseIsTypedArray_default;
var isTypedArray_default = isTypedArray;

// node_modules/lodash-es/_arrayLikeKeys.js
var objectProto7 = Object.prototype;
var hasOwnProperty5 = objectProto7.hasOwnProperty;
function arrayLikeKeys(value, inherited) {
  var isArr = isArray_default(value), isArg = !isArr && isArguments_default(value), isBuff = !isArr && !isArg && isBuffer_default(value), isType = !isArr && !isArg && !isBuff && isTypedArray_default(value), skipIndexes = isArr || isArg || isBuff || isType, result = skipIndexes ? baseTimes_default(value.length, String) : [], length = result.length;
  for (var key in value) {
    if ((inherited || hasOwnProperty5.call(value, key)) && !(skipIndexes && // Safari 9 has enumerable `arguments.length` in strict mode.
    (key == "length" || // Node.js 0.10 has enumerable non-index properties on buffers.
    isBuff && (key == "offset" || key == "parent") || // PhantomJS 2 has enumerable non-index properties on typed arrays.
    isType && (key == "buffer" || key == "byteLength" || key == "byteOffset") || // Skip index properties.
    isIndex_default(key, length)))) {
      result.push(key);
    }
  }
  return result;
}
var arrayLikeKeys_default = arrayLikeKeys;

// node_modules/lodash-es/_overArg.js
function overArg(func, transform) {
  return function(arg) {
    return func(transform(arg));
  };
}
var overArg_default = overArg;

// node_modules/lodash-es/_nativeKeys.js
var nativeKeys = overArg_default(Object.keys, Object);
var nativeKeys_default = nativeKeys;

// node_modules/lodash-es/_baseKeys.js
var objectProto8 = Object.prototype;
var hasOwnProperty6 = objectProto8.hasOwnProperty;
function baseKeys(object) {
  if (!isPrototype_default(object)) {
    return nativeKeys_default(object);
  }
  var result = [];
  for (var key in Object(object)) {
    if (hasOwnProperty6.call(object, key) && key != "constructor") {
      result.push(key);
    }
  }
  return result;
}
var baseKeys_default = baseKeys;

// node_modules/lodash-es/keys.js
function keys(object) {
  return isArrayLike_default(object) ? arrayLikeKeys_default(object) : baseKeys_default(object);
}
var keys_default = keys;

// node_modules/lodash-es/assign.js
var objectProto9 = Object.prototype;
var hasOwnProperty7 = objectProto9.hasOwnProperty;
var assign = createAssigner_default(function(object, source) {
  if (isPrototype_default(source) || isArrayLike_default(source)) {
    copyObject_default(source, keys_default(source), object);
    return;
  }
  for (var key in source) {
    if (hasOwnProperty7.call(source, key)) {
      assignValue_default(object, key, source[key]);
    }
  }
});
var assign_default = assign;

// node_modules/lodash-es/_nativeKeysIn.js
function nativeKeysIn(object) {
  var result = [];
  if (object != null) {
    for (var key in Object(object)) {
      result.push(key);
    }
  }
  return result;
}
var nativeKeysIn_default = nativeKeysIn;

// node_modules/lodash-es/_baseKeysIn.js
var objectProto10 = Object.prototype;
var hasOwnProperty8 = objectProto10.hasOwnProperty;
function baseKeysIn(object) {
  if (!isObject_default(object)) {
    return nativeKeysIn_default(object);
  }
  var isProto = isPrototype_default(object), result = [];
  for (var key in object) {
    if (!(key == "constructor" && (isProto || !hasOwnProperty8.call(object, key)))) {
      result.push(key);
    }
  }
  return result;
}
var baseKeysIn_default = baseKeysIn;

// node_modules/lodash-es/keysIn.js
function keysIn(object) {
  return isArrayLike_default(object) ? arrayLikeKeys_default(object, true) : baseKeysIn_default(object);
}
var keysIn_default = keysIn;

// node_modules/lodash-es/_isKey.js
var reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
var reIsPlainProp = /^\w*$/;
function isKey(value, object) {
  if (isArray_default(value)) {
    return false;
  }
  var type = typeof value;
  if (type == "number" || type == "symbol" || type == "boolean" || value == null || isSymbol_default(value)) {
    return true;
  }
  return reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object != null && value in Object(object);
}
var isKey_default = isKey;

// node_modules/lodash-es/_nativeCreate.js
var nativeCreate = getNative_default(Object, "create");
var nativeCreate_default = nativeCreate;

// node_modules/lodash-es/_hashClear.js
function hashClear() {
  this.__data__ = nativeCreate_default ? nativeCreate_default(null) : {};
  this.size = 0;
}
var hashClear_default = hashClear;

// node_modules/lodash-es/_hashDelete.js
function hashDelete(key) {
  var result = this.has(key) && delete this.__data__[key];
  this.size -= result ? 1 : 0;
  return result;
}
var hashDelete_default = hashDelete;

// node_modules/lodash-es/_hashGet.js
var HASH_UNDEFINED = "__lodash_hash_undefined__";
var objectProto11 = Object.prototype;
var hasOwnProperty9 = objectProto11.hasOwnProperty;
function hashGet(key) {
  var data = this.__data__;
  if (nativeCreate_default) {
    var result = data[key];
    return result === HASH_UNDEFINED ? void 0 : result;
  }
  return hasOwnProperty9.call(data, key) ? data[key] : void 0;
}
var hashGet_default = hashGet;

// node_modules/lodash-es/_hashHas.js
var objectProto12 = Object.prototype;
var hasOwnProperty10 = objectProto12.hasOwnProperty;
function hashHas(key) {
  var data = this.__data__;
  return nativeCreate_default ? data[key] !== void 0 : hasOwnProperty10.call(data, key);
}
var hashHas_default = hashHas;

// node_modules/lodash-es/_hashSet.js
var HASH_UNDEFINED2 = "__lodash_hash_undefined__";
function hashSet(key, value) {
  var data = this.__data__;
  this.size += this.has(key) ? 0 : 1;
  data[key] = nativeCreate_default && value === void 0 ? HASH_UNDEFINED2 : value;
  return this;
}
var hashSet_default = hashSet;

// node_modules/lodash-es/_Hash.js
function Hash(entries) {
  var index = -1, length = entries == null ? 0 : entries.length;
  this.clear();
  while (++index < length) {
    var entry = entries[index];
    this.set(entry[0], entry[1]);
  }
}
Hash.prototype.clear = hashClear_default;
Hash.prototype["delete"] = hashDelete_default;
Hash.prototype.get = hashGet_default;
Hash.prototype.has = hashHas_default;
Hash.prototype.set = hashSet_default;
var Hash_default = Hash;

// node_modules/lodash-es/_listCacheClear.js
function listCacheClear() {
  this.__data__ = [];
  this.size = 0;
}
var listCacheClear_default = listCacheClear;

// node_modules/lodash-es/_assocIndexOf.js
function assocIndexOf(array, key) {
  var length = array.length;
  while (length--) {
    if (eq_default(array[length][0], key)) {
      return length;
    }
  }
  return -1;
}
var assocIndexOf_default = assocIndexOf;

// node_modules/lodash-es/_listCacheDelete.js
var arrayProto = Array.prototype;
var splice = arrayProto.splice;
function listCacheDelete(key) {
  var data = this.__data__, index = assocIndexOf_default(data, key);
  if (index < 0) {
    return false;
  }
  var lastIndex = data.length - 1;
  if (index == lastIndex) {
    data.pop();
  } else {
    splice.call(data, index, 1);
  }
  --this.size;
  return true;
}
var listCacheDelete_default = listCacheDelete;

// node_modules/lodash-es/_listCacheGet.js
function listCacheGet(key) {
  var data = this.__data__, index = assocIndexOf_default(data, key);
  return index < 0 ? void 0 : data[index][1];
}
var listCacheGet_default = listCacheGet;

// node_modules/lodash-es/_listCacheHas.js
function listCacheHas(key) {
  return assocIndexOf_default(this.__data__, key) > -1;
}
var listCacheHas_default = listCacheHas;

// node_modules/lodash-es/_listCacheSet.js
function listCacheSet(key, value) {
  var data = this.__data__, index = assocIndexOf_default(data, key);
  if (index < 0) {
    ++this.size;
    data.push([key, value]);
  } else {
    data[index][1] = value;
  }
  return this;
}
var listCacheSet_default = listCacheSet;

// node_modules/lodash-es/_ListCache.js
function ListCache(entries) {
  var index = -1, length = entries == null ? 0 : entries.length;
  this.clear();
  while (++index < length) {
    var entry = entries[index];
    this.set(entry[0], entry[1]);
  }
}
ListCache.prototype.clear = listCacheClear_default;
ListCache.prototype["delete"] = listCacheDelete_default;
ListCache.prototype.get = listCacheGet_default;
ListCache.prototype.has = listCacheHas_default;
ListCache.prototype.set = listCacheSet_default;
var ListCache_default = ListCache;

// node_modules/lodash-es/_Map.js
var Map2 = getNative_default(root_default, "Map");
var Map_default = Map2;

// node_modules/lodash-es/_mapCacheClear.js
function mapCacheClear() {
  this.size = 0;
  this.__data__ = {
    "hash": new Hash_default(),
    "map": new (Map_default || ListCache_default)(),
    "string": new Hash_default()
  };
}
var mapCacheClear_default = mapCacheClear;

// node_modules/lodash-es/_isKeyable.js
function isKeyable(value) {
  var type = typeof value;
  return type == "string" || type == "number" || type == "symbol" || type == "boolean" ? value !== "__proto__" : value === null;
}
var isKeyable_default = isKeyable;

// node_modules/lodash-es/_getMapData.js
function getMapData(map2, key) {
  var data = map2.__data__;
  return isKeyable_default(key) ? data[typeof key == "string" ? "string" : "hash"] : data.map;
}
var getMapData_default = getMapData;

// node_modules/lodash-es/_mapCacheDelete.js
function mapCacheDelete(key) {
  var result = getMapData_default(this, key)["delete"](key);
  this.size -= result ? 1 : 0;
  return result;
}
var mapCacheDelete_default = mapCacheDelete;

// node_modules/lodash-es/_mapCacheGet.js
function mapCacheGet(key) {
  return getMapData_default(this, key).get(key);
}
var mapCacheGet_default = mapCacheGet;

// node_modules/lodash-es/_mapCacheHas.js
function mapCacheHas(key) {
  return getMapData_default(this, key).has(key);
}
var mapCacheHas_default = mapCacheHas;

// node_modules/lodash-es/_mapCacheSet.js
function mapCacheSet(key, value) {
  var data = getMapData_default(this, key), size = data.size;
  data.set(key, value);
  this.size += data.size == size ? 0 : 1;
  return this;
}
var mapCacheSet_default = mapCacheSet;

// node_modules/lodash-es/_MapCache.js
function MapCache(entries) {
  var index = -1, length = entries == null ? 0 : entries.length;
  this.clear();
  while (++index < length) {
    var entry = entries[index];
    this.set(entry[0], entry[1]);
  }
}
MapCache.prototype.clear = mapCacheClear_default;
MapCache.prototype["delete"] = mapCacheDelete_default;
MapCache.prototype.get = mapCacheGet_default;
MapCache.prototype.has = mapCacheHas_default;
MapCache.prototype.set = mapCacheSet_default;
var MapCache_default = MapCache;

// node_modules/lodash-es/memoize.js
var FUNC_ERROR_TEXT = "Expected a function";
function memoize(func, resolver) {
  if (typeof func != "function" || resolver != null && typeof resolver != "function") {
    throw new TypeError(FUNC_ERROR_TEXT);
  }
  var memoized = function() {
    var args = arguments, key = resolver ? resolver.apply(this, args) : args[0], cache = memoized.cache;
    if (cache.has(key)) {
      return cache.get(key);
    }
    var result = func.apply(this, args);
    memoized.cache = cache.set(key, result) || cache;
    return result;
  };
  memoized.cache = new (memoize.Cache || MapCache_default)();
  return memoized;
}
memoize.Cache = MapCache_default;
var memoize_default = memoize;

// node_modules/lodash-es/_memoizeCapped.js
var MAX_MEMOIZE_SIZE = 500;
function memoizeCapped(func) {
  var result = memoize_default(func, function(key) {
    if (cache.size === MAX_MEMOIZE_SIZE) {
      cache.clear();
    }
    return key;
  });
  var cache = result.cache;
  return result;
}
var memoizeCapped_default = memoizeCapped;

// node_modules/lodash-es/_stringToPath.js
var rePropName = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
var reEscapeChar = /\\(\\)?/g;
var stringToPath = memoizeCapped_default(function(string) {
  var result = [];
  if (string.charCodeAt(0) === 46) {
    result.push("");
  }
  string.replace(rePropName, function(match, number, quote, subString) {
    result.push(quote ? subString.replace(reEscapeChar, "$1") : number || match);
  });
  return result;
});
var stringToPath_default = stringToPath;

// node_modules/lodash-es/toString.js
function toString(value) {
  return value == null ? "" : baseToString_default(value);
}
var toString_default = toString;

// node_modules/lodash-es/_castPath.js
function castPath(value, object) {
  if (isArray_default(value)) {
    return value;
  }
  return isKey_default(value, object) ? [value] : stringToPath_default(toString_default(value));
}
var castPath_default = castPath;

// node_modules/lodash-es/_toKey.js
var INFINITY3 = 1 / 0;
function toKey(value) {
  if (typeof value == "string" || isSymbol_default(value)) {
    return value;
  }
  var result = value + "";
  return result == "0" && 1 / value == -INFINITY3 ? "-0" : result;
}
var toKey_default = toKey;

// node_modules/lodash-es/_baseGet.js
function baseGet(object, path) {
  path = castPath_default(path, object);
  var index = 0, length = path.length;
  while (object != null && index < length) {
    object = object[toKey_default(path[index++])];
  }
  return index && index == length ? object : void 0;
}
var baseGet_default = baseGet;

// node_modules/lodash-es/get.js
function get(object, path, defaultValue) {
  var result = object == null ? void 0 : baseGet_default(object, path);
  return result === void 0 ? defaultValue : result;
}
var get_default = get;

// node_modules/lodash-es/_arrayPush.js
function arrayPush(array, values2) {
  var index = -1, length = values2.length, offset = array.length;
  while (++index < length) {
    array[offset + index] = values2[index];
  }
  return array;
}
var arrayPush_default = arrayPush;

// node_modules/lodash-es/_isFlattenable.js
var spreadableSymbol = Symbol_default ? Symbol_default.isConcatSpreadable : void 0;
function isFlattenable(value) {
  return isArray_default(value) || isArguments_default(value) || !!(spreadableSymbol && value && value[spreadableSymbol]);
}
var isFlattenable_default = isFlattenable;

// node_modules/lodash-es/_baseFlatten.js
function baseFlatten(array, depth, predicate, isStrict, result) {
  var index = -1, length = array.length;
  predicate || (predicate = isFlattenable_default);
  result || (result = []);
  while (++index < length) {
    var value = array[index];
    if (depth > 0 && predicate(value)) {
      if (depth > 1) {
        baseFlatten(value, depth - 1, predicate, isStrict, result);
      } else {
        arrayPush_default(result, value);
      }
    } else if (!isStrict) {
      result[result.length] = value;
    }
  }
  return result;
}
var baseFlatten_default = baseFlatten;

// node_modules/lodash-es/flatten.js
function flatten(array) {
  var length = array == null ? 0 : array.length;
  return length ? baseFlatten_default(array, 1) : [];
}
var flatten_default = flatten;

// node_modules/lodash-es/_getPrototype.js
var getPrototype = overArg_default(Object.getPrototypeOf, Object);
var getPrototype_default = getPrototype;

// node_modules/lodash-es/_baseSlice.js
function baseSlice(array, start, end) {
  var index = -1, length = array.length;
  if (start < 0) {
    start = -start > length ? 0 : length + start;
  }
  end = end > length ? length : end;
  if (end < 0) {
    end += length;
  }
  length = start > end ? 0 : end - start >>> 0;
  start >>>= 0;
  var result = Array(length);
  while (++index < length) {
    result[index] = array[index + start];
  }
  return result;
}
var baseSlice_default = baseSlice;

// node_modules/lodash-es/_arrayReduce.js
function arrayReduce(array, iteratee, accumulator, initAccum) {
  var index = -1, length = array == null ? 0 : array.length;
  if (initAccum && length) {
    accumulator = array[++index];
  }
  while (++index < length) {
    accumulator = iteratee(accumulator, array[index], index, array);
  }
  return accumulator;
}
var arrayReduce_default = arrayReduce;

// node_modules/lodash-es/_stackClear.js
function stackClear() {
  this.__data__ = new ListCache_default();
  this.size = 0;
}
var stackClear_default = stackClear;

// node_modules/lodash-es/_stackDelete.js
function stackDelete(key) {
  var data = this.__data__, result = data["delete"](key);
  this.size = data.size;
  return result;
}
var stackDelete_default = stackDelete;

// node_modules/lodash-es/_stackGet.js
function stackGet(key) {
  return this.__data__.get(key);
}
var stackGet_default = stackGet;

// node_modules/lodash-es/_stackHas.js
function stackHas(key) {
  return this.__data__.has(key);
}
var stackHas_default = stackHas;

// node_modules/lodash-es/_stackSet.js
var LARGE_ARRAY_SIZE = 200;
function stackSet(key, value) {
  var data = this.__data__;
  if (data instanceof ListCache_default) {
    var pairs = data.__data__;
    if (!Map_default || pairs.length < LARGE_ARRAY_SIZE - 1) {
      pairs.push([key, value]);
      this.size = ++data.size;
      return this;
    }
    data = this.__data__ = new MapCache_default(pairs);
  }
  data.set(key, value);
  this.size = data.size;
  return this;
}
var stackSet_default = stackSet;

// node_modules/lodash-es/_Stack.js
function Stack(entries) {
  var data = this.__data__ = new ListCache_default(entries);
  this.size = data.size;
}
Stack.prototype.clear = stackClear_default;
Stack.prototype["delete"] = stackDelete_default;
Stack.prototype.get = stackGet_default;
Stack.prototype.has = stackHas_default;
Stack.prototype.set = stackSet_default;
var Stack_default = Stack;

// node_modules/lodash-es/_baseAssign.js
function baseAssign(object, source) {
  return object && copyObject_default(source, keys_default(source), object);
}
var baseAssign_default = baseAssign;

// node_modules/lodash-es/_baseAssignIn.js
function baseAssignIn(object, source) {
  return object && copyObject_default(source, keysIn_default(source), object);
}
var baseAssignIn_default = baseAssignIn;

// node_modules/lodash-es/_cloneBuffer.js
var freeExports3 = typeof exports == "object" && exports && !exports.nodeType && exports;
var freeModule3 = freeExports3 && typeof module == "object" && module && !module.nodeType && module;
var moduleExports3 = freeModule3 && freeModule3.exports === freeExports3;
var Buffer4 = moduleExports3 ? root_default.Buffer : void 0;
var allocUnsafe = Buffer4 ? Buffer4.allocUnsafe : void 0;
function cloneBuffer(buffer2, isDeep) {
  if (isDeep) {
    return buffer2.slice();
  }
  var length = buffer2.length, result = allocUnsafe ? allocUnsafe(length) : new buffer2.constructor(length);
  buffer2.copy(result);
  return result;
}
var cloneBuffer_default = cloneBuffer;

// node_modules/lodash-es/_arrayFilter.js
function arrayFilter(array, predicate) {
  var index = -1, length = array == null ? 0 : array.length, resIndex = 0, result = [];
  while (++index < length) {
    var value = array[index];
    if (predicate(value, index, array)) {
      result[resIndex++] = value;
    }
  }
  return result;
}
var arrayFilter_default = arrayFilter;

// node_modules/lodash-es/stubArray.js
function stubArray() {
  return [];
}
var stubArray_default = stubArray;

// node_modules/lodash-es/_getSymbols.js
var objectProto13 = Object.prototype;
var propertyIsEnumerable2 = objectProto13.propertyIsEnumerable;
var nativeGetSymbols = Object.getOwnPropertySymbols;
var getSymbols = !nativeGetSymbols ? stubArray_default : function(object) {
  if (object == null) {
    return [];
  }
  object = Object(object);
  return arrayFilter_default(nativeGetSymbols(object), function(symbol) {
    return propertyIsEnumerable2.call(object, symbol);
  });
};
var getSymbols_default = getSymbols;

// node_modules/lodash-es/_copySymbols.js
function copySymbols(source, object) {
  return copyObject_default(source, getSymbols_default(source), object);
}
var copySymbols_default = copySymbols;

// node_modules/lodash-es/_getSymbolsIn.js
var nativeGetSymbols2 = Object.getOwnPropertySymbols;
var getSymbolsIn = !nativeGetSymbols2 ? stubArray_default : function(object) {
  var result = [];
  while (object) {
    arrayPush_default(result, getSymbols_default(object));
    object = getPrototype_default(object);
  }
  return result;
};
var getSymbolsIn_default = getSymbolsIn;

// node_modules/lodash-es/_copySymbolsIn.js
function copySymbolsIn(source, object) {
  return copyObject_default(source, getSymbolsIn_default(source), object);
}
var copySymbolsIn_default = copySymbolsIn;

// node_modules/lodash-es/_baseGetAllKeys.js
function baseGetAllKeys(object, keysFunc, symbolsFunc) {
  var result = keysFunc(object);
  return isArray_default(object) ? result : arrayPush_default(result, symbolsFunc(object));
}
var baseGetAllKeys_default = baseGetAllKeys;

// node_modules/lodash-es/_getAllKeys.js
function getAllKeys(object) {
  return baseGetAllKeys_default(object, keys_default, getSymbols_default);
}
var getAllKeys_default = getAllKeys;

// node_modules/lodash-es/_getAllKeysIn.js
function getAllKeysIn(object) {
  return baseGetAllKeys_default(object, keysIn_default, getSymbolsIn_default);
}
var getAllKeysIn_default = getAllKeysIn;

// node_modules/lodash-es/_DataView.js
var DataView = getNative_default(root_default, "DataView");
var DataView_default = DataView;

// node_modules/lodash-es/_Promise.js
var Promise2 = getNative_default(root_default, "Promise");
var Promise_default = Promise2;

// node_modules/lodash-es/_Set.js
var Set2 = getNative_default(root_default, "Set");
var Set_default = Set2;

// node_modules/lodash-es/_getTag.js
var mapTag2 = "[object Map]";
var objectTag2 = "[object Object]";
var promiseTag = "[object Promise]";
var setTag2 = "[object Set]";
var weakMapTag2 = "[object WeakMap]";
var dataViewTag2 = "[object DataView]";
var dataViewCtorString = toSource_default(DataView_default);
var mapCtorString = toSource_default(Map_default);
var promiseCtorString = toSource_default(Promise_default);
var setCtorString = toSource_default(Set_default);
var weakMapCtorString = toSource_default(WeakMap_default);
var getTag = baseGetTag_default;
if (DataView_default && getTag(new DataView_default(new ArrayBuffer(1))) != dataViewTag2 || Map_default && getTag(new Map_default()) != mapTag2 || Promise_default && getTag(Promise_default.resolve()) != promiseTag || Set_default && getTag(new Set_default()) != setTag2 || WeakMap_default && getTag(new WeakMap_default()) != weakMapTag2) {
  getTag = function(value) {
    var result = baseGetTag_default(value), Ctor = result == objectTag2 ? value.constructor : void 0, ctorString = Ctor ? toSource_default(Ctor) : "";
    if (ctorString) {
      switch (ctorString) {
        case dataViewCtorString:
          return dataViewTag2;
        case mapCtorString:
          return mapTag2;
        case promiseCtorString:
          return promiseTag;
        case setCtorString:
          return setTag2;
        case weakMapCtorString:
          return weakMapTag2;
      }
    }
    return result;
  };
}
var getTag_default = getTag;

// node_modules/lodash-es/_initCloneArray.js
var objectProto14 = Object.prototype;
var hasOwnProperty11 = objectProto14.hasOwnProperty;
function initCloneArray(array) {
  var length = array.length, result = new array.constructor(length);
  if (length && typeof array[0] == "string" && hasOwnProperty11.call(array, "index")) {
    result.index = array.index;
    result.input = array.input;
  }
  return result;
}
var initCloneArray_default = initCloneArray;

// node_modules/lodash-es/_Uint8Array.js
var Uint8Array2 = root_default.Uint8Array;
var Uint8Array_default = Uint8Array2;

// node_modules/lodash-es/_cloneArrayBuffer.js
function cloneArrayBuffer(arrayBuffer) {
  var result = new arrayBuffer.constructor(arrayBuffer.byteLength);
  new Uint8Array_default(result).set(new Uint8Array_default(arrayBuffer));
  return result;
}
var cloneArrayBuffer_default = cloneArrayBuffer;

// node_modules/lodash-es/_cloneDataView.js
function cloneDataView(dataView, isDeep) {
  var buffer2 = isDeep ? cloneArrayBuffer_default(dataView.buffer) : dataView.buffer;
  return new dataView.constructor(buffer2, dataView.byteOffset, dataView.byteLength);
}
var cloneDataView_default = cloneDataView;

// node_modules/lodash-es/_cloneRegExp.js
var reFlags = /\w*$/;
function cloneRegExp(regexp) {
  var result = new regexp.constructor(regexp.source, reFlags.exec(regexp));
  result.lastIndex = regexp.lastIndex;
  return result;
}
var cloneRegExp_default = cloneRegExp;

// node_modules/lodash-es/_cloneSymbol.js
var symbolProto2 = Symbol_default ? Symbol_default.prototype : void 0;
var symbolValueOf = symbolProto2 ? symbolProto2.valueOf : void 0;
function cloneSymbol(symbol) {
  return symbolValueOf ? Object(symbolValueOf.call(symbol)) : {};
}
var cloneSymbol_default = cloneSymbol;

// node_modules/lodash-es/_cloneTypedArray.js
function cloneTypedArray(typedArray, isDeep) {
  var buffer2 = isDeep ? cloneArrayBuffer_default(typedArray.buffer) : typedArray.buffer;
  return new typedArray.constructor(buffer2, typedArray.byteOffset, typedArray.length);
}
var cloneTypedArray_default = cloneTypedArray;

// node_modules/lodash-es/_initCloneByTag.js
var boolTag2 = "[object Boolean]";
var dateTag2 = "[object Date]";
var mapTag3 = "[object Map]";
var numberTag2 = "[object Number]";
var regexpTag2 = "[object RegExp]";
var setTag3 = "[object Set]";
var stringTag2 = "[object String]";
var symbolTag2 = "[object Symbol]";
var arrayBufferTag2 = "[object ArrayBuffer]";
var dataViewTag3 = "[object DataView]";
var float32Tag2 = "[object Float32Array]";
var float64Tag2 = "[object Float64Array]";
var int8Tag2 = "[object Int8Array]";
var int16Tag2 = "[object Int16Array]";
var int32Tag2 = "[object Int32Array]";
var uint8Tag2 = "[object Uint8Array]";
var uint8ClampedTag2 = "[object Uint8ClampedArray]";
var uint16Tag2 = "[object Uint16Array]";
var uint32Tag2 = "[object Uint32Array]";
function initCloneByTag(object, tag, isDeep) {
  var Ctor = object.constructor;
  switch (tag) {
    case arrayBufferTag2:
      return cloneArrayBuffer_default(object);
    case boolTag2:
    case dateTag2:
      return new Ctor(+object);
    case dataViewTag3:
      return cloneDataView_default(object, isDeep);
    case float32Tag2:
    case float64Tag2:
    case int8Tag2:
    case int16Tag2:
    case int32Tag2:
    case uint8Tag2:
    case uint8ClampedTag2:
    case uint16Tag2:
    case uint32Tag2:
      return cloneTypedArray_default(object, isDeep);
    case mapTag3:
      return new Ctor();
    case numberTag2:
    case stringTag2:
      return new Ctor(object);
    case regexpTag2:
      return cloneRegExp_default(object);
    case setTag3:
      return new Ctor();
    case symbolTag2:
      return cloneSymbol_default(object);
  }
}
var initCloneByTag_default = initCloneByTag;

// node_modules/lodash-es/_initCloneObject.js
function initCloneObject(object) {
  return typeof object.constructor == "function" && !isPrototype_default(object) ? baseCreate_default(getPrototype_default(object)) : {};
}
var initCloneObject_default = initCloneObject;

// node_modules/lodash-es/_baseIsMap.js
var mapTag4 = "[object Map]";
function baseIsMap(value) {
  return isObjectLike_default(value) && getTag_default(value) == mapTag4;
}
var baseIsMap_default = baseIsMap;

// node_modules/lodash-es/isMap.js
var nodeIsMap = nodeUtil_default && nodeUtil_default.isMap;
var isMap = nodeIsMap ? baseUnary_default(nodeIsMap) : baseIsMap_default;
var isMap_default = isMap;

// node_modules/lodash-es/_baseIsSet.js
var setTag4 = "[object Set]";
function baseIsSet(value) {
  return isObjectLike_default(value) && getTag_default(value) == setTag4;
}
var baseIsSet_default = baseIsSet;

// node_modules/lodash-es/isSet.js
var nodeIsSet = nodeUtil_default && nodeUtil_default.isSet;
var isSet = nodeIsSet ? baseUnary_default(nodeIsSet) : baseIsSet_default;
var isSet_default = isSet;

// node_modules/lodash-es/_baseClone.js
var CLONE_DEEP_FLAG = 1;
var CLONE_FLAT_FLAG = 2;
var CLONE_SYMBOLS_FLAG = 4;
var argsTag3 = "[object Arguments]";
var arrayTag2 = "[object Array]";
var boolTag3 = "[object Boolean]";
var dateTag3 = "[object Date]";
var errorTag2 = "[object Error]";
var funcTag3 = "[object Function]";
var genTag2 = "[object GeneratorFunction]";
var mapTag5 = "[object Map]";
var numberTag3 = "[object Number]";
var objectTag3 = "[object Object]";
var regexpTag3 = "[object RegExp]";
var setTag5 = "[object Set]";
var stringTag3 = "[object String]";
var symbolTag3 = "[object Symbol]";
var weakMapTag3 = "[object WeakMap]";
var arrayBufferTag3 = "[object ArrayBuffer]";
var dataViewTag4 = "[object DataView]";
var float32Tag3 = "[object Float32Array]";
var float64Tag3 = "[object Float64Array]";
var int8Tag3 = "[object Int8Array]";
var int16Tag3 = "[object Int16Array]";
var int32Tag3 = "[object Int32Array]";
var uint8Tag3 = "[object Uint8Array]";
var uint8ClampedTag3 = "[object Uint8ClampedArray]";
var uint16Tag3 = "[object Uint16Array]";
var uint32Tag3 = "[object Uint32Array]";
var cloneableTags = {};
cloneableTags[argsTag3] = cloneableTags[arrayTag2] = cloneableTags[arrayBufferTag3] = cloneableTags[dataViewTag4] = cloneableTags[boolTag3] = cloneableTags[dateTag3] = cloneableTags[float32Tag3] = cloneableTags[float64Tag3] = cloneableTags[int8Tag3] = cloneableTags[int16Tag3] = cloneableTags[int32Tag3] = cloneableTags[mapTag5] = cloneableTags[numberTag3] = cloneableTags[objectTag3] = cloneableTags[regexpTag3] = cloneableTags[setTag5] = cloneableTags[stringTag3] = cloneableTags[symbolTag3] = cloneableTags[uint8Tag3] = cloneableTags[uint8ClampedTag3] = cloneableTags[uint16Tag3] = cloneableTags[uint32Tag3] = true;
cloneableTags[errorTag2] = cloneableTags[funcTag3] = cloneableTags[weakMapTag3] = false;
function baseClone(value, bitmask, customizer, key, object, stack) {
  var result, isDeep = bitmask & CLONE_DEEP_FLAG, isFlat = bitmask & CLONE_FLAT_FLAG, isFull = bitmask & CLONE_SYMBOLS_FLAG;
  if (customizer) {
    result = object ? customizer(value, key, object, stack) : customizer(value);
  }
  if (result !== void 0) {
    return result;
  }
  if (!isObject_default(value)) {
    return value;
  }
  var isArr = isArray_default(value);
  if (isArr) {
    result = initCloneArray_default(value);
    if (!isDeep) {
      return copyArray_default(value, result);
    }
  } else {
    var tag = getTag_default(value), isFunc = tag == funcTag3 || tag == genTag2;
    if (isBuffer_default(value)) {
      return cloneBuffer_default(value, isDeep);
    }
    if (tag == objectTag3 || tag == argsTag3 || isFunc && !object) {
      result = isFlat || isFunc ? {} : initCloneObject_default(value);
      if (!isDeep) {
        return isFlat ? copySymbolsIn_default(value, baseAssignIn_default(result, value)) : copySymbols_default(value, baseAssign_default(result, value));
      }
    } else {
      if (!cloneableTags[tag]) {
        return object ? value : {};
      }
      result = initCloneByTag_default(value, tag, isDeep);
    }
  }
  stack || (stack = new Stack_default());
  var stacked = stack.get(value);
  if (stacked) {
    return stacked;
  }
  stack.set(value, result);
  if (isSet_default(value)) {
    value.forEach(function(subValue) {
      result.add(baseClone(subValue, bitmask, customizer, subValue, value, stack));
    });
  } else if (isMap_default(value)) {
    value.forEach(function(subValue, key2) {
      result.set(key2, baseClone(subValue, bitmask, customizer, key2, value, stack));
    });
  }
  var keysFunc = isFull ? isFlat ? getAllKeysIn_default : getAllKeys_default : isFlat ? keysIn_default : keys_default;
  var props = isArr ? void 0 : keysFunc(value);
  arrayEach_default(props || value, function(subValue, key2) {
    if (props) {
      key2 = subValue;
      subValue = value[key2];
    }
    assignValue_default(result, key2, baseClone(subValue, bitmask, customizer, key2, value, stack));
  });
  return result;
}
var baseClone_default = baseClone;

// node_modules/lodash-es/clone.js
var CLONE_SYMBOLS_FLAG2 = 4;
function clone(value) {
  return baseClone_default(value, CLONE_SYMBOLS_FLAG2);
}
var clone_default = clone;

// node_modules/lodash-es/compact.js
function compact2(array) {
  var index = -1, length = array == null ? 0 : array.length, resIndex = 0, result = [];
  while (++index < length) {
    var value = array[index];
    if (value) {
      result[resIndex++] = value;
    }
  }
  return result;
}
var compact_default = compact2;

// node_modules/lodash-es/_setCacheAdd.js
var HASH_UNDEFINED3 = "__lodash_hash_undefined__";
function setCacheAdd(value) {
  this.__data__.set(value, HASH_UNDEFINED3);
  return this;
}
var setCacheAdd_default = setCacheAdd;

// node_modules/lodash-es/_setCacheHas.js
function setCacheHas(value) {
  return this.__data__.has(value);
}
var setCacheHas_default = setCacheHas;

// node_modules/lodash-es/_SetCache.js
function SetCache(values2) {
  var index = -1, length = values2 == null ? 0 : values2.length;
  this.__data__ = new MapCache_default();
  while (++index < length) {
    this.add(values2[index]);
  }
}
SetCache.prototype.add = SetCache.prototype.push = setCacheAdd_default;
SetCache.prototype.has = setCacheHas_default;
var SetCache_default = SetCache;

// node_modules/lodash-es/_arraySome.js
function arraySome(array, predicate) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (predicate(array[index], index, array)) {
      return true;
    }
  }
  return false;
}
var arraySome_default = arraySome;

// node_modules/lodash-es/_cacheHas.js
function cacheHas(cache, key) {
  return cache.has(key);
}
var cacheHas_default = cacheHas;

// node_modules/lodash-es/_equalArrays.js
var COMPARE_PARTIAL_FLAG = 1;
var COMPARE_UNORDERED_FLAG = 2;
function equalArrays(array, other, bitmask, customizer, equalFunc, stack) {
  var isPartial = bitmask & COMPARE_PARTIAL_FLAG, arrLength = array.length, othLength = other.length;
  if (arrLength != othLength && !(isPartial && othLength > arrLength)) {
    return false;
  }
  var arrStacked = stack.get(array);
  var othStacked = stack.get(other);
  if (arrStacked && othStacked) {
    return arrStacked == other && othStacked == array;
  }
  var index = -1, result = true, seen = bitmask & COMPARE_UNORDERED_FLAG ? new SetCache_default() : void 0;
  stack.set(array, other);
  stack.set(other, array);
  while (++index < arrLength) {
    var arrValue = array[index], othValue = other[index];
    if (customizer) {
      var compared = isPartial ? customizer(othValue, arrValue, index, other, array, stack) : customizer(arrValue, othValue, index, array, other, stack);
    }
    if (compared !== void 0) {
      if (compared) {
        continue;
      }
      result = false;
      break;
    }
    if (seen) {
      if (!arraySome_default(other, function(othValue2, othIndex) {
        if (!cacheHas_default(seen, othIndex) && (arrValue === othValue2 || equalFunc(arrValue, othValue2, bitmask, customizer, stack))) {
          return seen.push(othIndex);
        }
      })) {
        result = false;
        break;
      }
    } else if (!(arrValue === othValue || equalFunc(arrValue, othValue, bitmask, customizer, stack))) {
      result = false;
      break;
    }
  }
  stack["delete"](array);
  stack["delete"](other);
  return result;
}
var equalArrays_default = equalArrays;

// node_modules/lodash-es/_mapToArray.js
function mapToArray(map2) {
  var index = -1, result = Array(map2.size);
  map2.forEach(function(value, key) {
    result[++index] = [key, value];
  });
  return result;
}
var mapToArray_default = mapToArray;

// node_modules/lodash-es/_setToArray.js
function setToArray(set) {
  var index = -1, result = Array(set.size);
  set.forEach(function(value) {
    result[++index] = value;
  });
  return result;
}
var setToArray_default = setToArray;

// node_modules/lodash-es/_equalByTag.js
var COMPARE_PARTIAL_FLAG2 = 1;
var COMPARE_UNORDERED_FLAG2 = 2;
var boolTag4 = "[object Boolean]";
var dateTag4 = "[object Date]";
var errorTag3 = "[object Error]";
var mapTag6 = "[object Map]";
var numberTag4 = "[object Number]";
var regexpTag4 = "[object RegExp]";
var setTag6 = "[object Set]";
var stringTag4 = "[object String]";
var symbolTag4 = "[object Symbol]";
var arrayBufferTag4 = "[object ArrayBuffer]";
var dataViewTag5 = "[object DataView]";
var symbolProto3 = Symbol_default ? Symbol_default.prototype : void 0;
var symbolValueOf2 = symbolProto3 ? symbolProto3.valueOf : void 0;
function equalByTag(object, other, tag, bitmask, customizer, equalFunc, stack) {
  switch (tag) {
    case dataViewTag5:
      if (object.byteLength != other.byteLength || object.byteOffset != other.byteOffset) {
        return false;
      }
      object = object.buffer;
      other = other.buffer;
    case arrayBufferTag4:
      if (object.byteLength != other.byteLength || !equalFunc(new Uint8Array_default(object), new Uint8Array_default(other))) {
        return false;
      }
      return true;
    case boolTag4:
    case dateTag4:
    case numberTag4:
      return eq_default(+object, +other);
    case errorTag3:
      return object.name == other.name && object.message == other.message;
    case regexpTag4:
    case stringTag4:
      return object == other + "";
    case mapTag6:
      var convert = mapToArray_default;
    case setTag6:
      var isPartial = bitmask & COMPARE_PARTIAL_FLAG2;
      convert || (convert = setToArray_default);
      if (object.size != other.size && !isPartial) {
        return false;
      }
      var stacked = stack.get(object);
      if (stacked) {
        return stacked == other;
      }
      bitmask |= COMPARE_UNORDERED_FLAG2;
      stack.set(object, other);
      var result = equalArrays_default(convert(object), convert(other), bitmask, customizer, equalFunc, stack);
      stack["delete"](object);
      return result;
    case symbolTag4:
      if (symbolValueOf2) {
        return symbolValueOf2.call(object) == symbolValueOf2.call(other);
      }
  }
  return false;
}
var equalByTag_default = equalByTag;

// node_modules/lodash-es/_equalObjects.js
var COMPARE_PARTIAL_FLAG3 = 1;
var objectProto15 = Object.prototype;
var hasOwnProperty12 = objectProto15.hasOwnProperty;
function equalObjects(object, other, bitmask, customizer, equalFunc, stack) {
  var isPartial = bitmask & COMPARE_PARTIAL_FLAG3, objProps = getAllKeys_default(object), objLength = objProps.length, othProps = getAllKeys_default(other), othLength = othProps.length;
  if (objLength != othLength && !isPartial) {
    return false;
  }
  var index = objLength;
  while (index--) {
    var key = objProps[index];
    if (!(isPartial ? key in other : hasOwnProperty12.call(other, key))) {
      return false;
    }
  }
  var objStacked = stack.get(object);
  var othStacked = stack.get(other);
  if (objStacked && othStacked) {
    return objStacked == other && othStacked == object;
  }
  var result = true;
  stack.set(object, other);
  stack.set(other, object);
  var skipCtor = isPartial;
  while (++index < objLength) {
    key = objProps[index];
    var objValue = object[key], othValue = other[key];
    if (customizer) {
      var compared = isPartial ? customizer(othValue, objValue, key, other, object, stack) : customizer(objValue, othValue, key, object, other, stack);
    }
    if (!(compared === void 0 ? objValue === othValue || equalFunc(objValue, othValue, bitmask, customizer, stack) : compared)) {
      result = false;
      break;
    }
    skipCtor || (skipCtor = key == "constructor");
  }
  if (result && !skipCtor) {
    var objCtor = object.constructor, othCtor = other.constructor;
    if (objCtor != othCtor && ("constructor" in object && "constructor" in other) && !(typeof objCtor == "function" && objCtor instanceof objCtor && typeof othCtor == "function" && othCtor instanceof othCtor)) {
      result = false;
    }
  }
  stack["delete"](object);
  stack["delete"](other);
  return result;
}
var equalObjects_default = equalObjects;

// node_modules/lodash-es/_baseIsEqualDeep.js
var COMPARE_PARTIAL_FLAG4 = 1;
var argsTag4 = "[object Arguments]";
var arrayTag3 = "[object Array]";
var objectTag4 = "[object Object]";
var objectProto16 = Object.prototype;
var hasOwnProperty13 = objectProto16.hasOwnProperty;
function baseIsEqualDeep(object, other, bitmask, customizer, equalFunc, stack) {
  var objIsArr = isArray_default(object), othIsArr = isArray_default(other), objTag = objIsArr ? arrayTag3 : getTag_default(object), othTag = othIsArr ? arrayTag3 : getTag_default(other);
  objTag = objTag == argsTag4 ? objectTag4 : objTag;
  othTag = othTag == argsTag4 ? objectTag4 : othTag;
  var objIsObj = objTag == objectTag4, othIsObj = othTag == objectTag4, isSameTag = objTag == othTag;
  if (isSameTag && isBuffer_default(object)) {
    if (!isBuffer_default(other)) {
      return false;
    }
    objIsArr = true;
    objIsObj = false;
  }
  if (isSameTag && !objIsObj) {
    stack || (stack = new Stack_default());
    return objIsArr || isTypedArray_default(object) ? equalArrays_default(object, other, bitmask, customizer, equalFunc, stack) : equalByTag_default(object, other, objTag, bitmask, customizer, equalFunc, stack);
  }
  if (!(bitmask & COMPARE_PARTIAL_FLAG4)) {
    var objIsWrapped = objIsObj && hasOwnProperty13.call(object, "__wrapped__"), othIsWrapped = othIsObj && hasOwnProperty13.call(other, "__wrapped__");
    if (objIsWrapped || othIsWrapped) {
      var objUnwrapped = objIsWrapped ? object.value() : object, othUnwrapped = othIsWrapped ? other.value() : other;
      stack || (stack = new Stack_default());
      return equalFunc(objUnwrapped, othUnwrapped, bitmask, customizer, stack);
    }
  }
  if (!isSameTag) {
    return false;
  }
  stack || (stack = new Stack_default());
  return equalObjects_default(object, other, bitmask, customizer, equalFunc, stack);
}
var baseIsEqualDeep_default = baseIsEqualDeep;

// node_modules/lodash-es/_baseIsEqual.js
function baseIsEqual(value, other, bitmask, customizer, stack) {
  if (value === other) {
    return true;
  }
  if (value == null || other == null || !isObjectLike_default(value) && !isObjectLike_default(other)) {
    return value !== value && other !== other;
  }
  return baseIsEqualDeep_default(value, other, bitmask, customizer, baseIsEqual, stack);
}
var baseIsEqual_default = baseIsEqual;

// node_modules/lodash-es/_baseIsMatch.js
var COMPARE_PARTIAL_FLAG5 = 1;
var COMPARE_UNORDERED_FLAG3 = 2;
function baseIsMatch(object, source, matchData, customizer) {
  var index = matchData.length, length = index, noCustomizer = !customizer;
  if (object == null) {
    return !length;
  }
  object = Object(object);
  while (index--) {
    var data = matchData[index];
    if (noCustomizer && data[2] ? data[1] !== object[data[0]] : !(data[0] in object)) {
      return false;
    }
  }
  while (++index < length) {
    data = matchData[index];
    var key = data[0], objValue = object[key], srcValue = data[1];
    if (noCustomizer && data[2]) {
      if (objValue === void 0 && !(key in object)) {
        return false;
      }
    } else {
      var stack = new Stack_default();
      if (customizer) {
        var result = customizer(objValue, srcValue, key, object, source, stack);
      }
      if (!(result === void 0 ? baseIsEqual_default(srcValue, objValue, COMPARE_PARTIAL_FLAG5 | COMPARE_UNORDERED_FLAG3, customizer, stack) : result)) {
        return false;
      }
    }
  }
  return true;
}
var baseIsMatch_default = baseIsMatch;

// node_modules/lodash-es/_isStrictComparable.js
function isStrictComparable(value) {
  return value === value && !isObject_default(value);
}
var isStrictComparable_default = isStrictComparable;

// node_modules/lodash-es/_getMatchData.js
function getMatchData(object) {
  var result = keys_default(object), length = result.length;
  while (length--) {
    var key = result[length], value = object[key];
    result[length] = [key, value, isStrictComparable_default(value)];
  }
  return result;
}
var getMatchData_default = getMatchData;

// node_modules/lodash-es/_matchesStrictComparable.js
function matchesStrictComparable(key, srcValue) {
  return function(object) {
    if (object == null) {
      return false;
    }
    return object[key] === srcValue && (srcValue !== void 0 || key in Object(object));
  };
}
var matchesStrictComparable_default = matchesStrictComparable;

// node_modules/lodash-es/_baseMatches.js
function baseMatches(source) {
  var matchData = getMatchData_default(source);
  if (matchData.length == 1 && matchData[0][2]) {
    return matchesStrictComparable_default(matchData[0][0], matchData[0][1]);
  }
  return function(object) {
    return object === source || baseIsMatch_default(object, source, matchData);
  };
}
var baseMatches_default = baseMatches;

// node_modules/lodash-es/_baseHasIn.js
function baseHasIn(object, key) {
  return object != null && key in Object(object);
}
var baseHasIn_default = baseHasIn;

// node_modules/lodash-es/_hasPath.js
function hasPath(object, path, hasFunc) {
  path = castPath_default(path, object);
  var index = -1, length = path.length, result = false;
  while (++index < length) {
    var key = toKey_default(path[index]);
    if (!(result = object != null && hasFunc(object, key))) {
      break;
    }
    object = object[key];
  }
  if (result || ++index != length) {
    return result;
  }
  length = object == null ? 0 : object.length;
  return !!length && isLength_default(length) && isIndex_default(key, length) && (isArray_default(object) || isArguments_default(object));
}
var hasPath_default = hasPath;

// node_modules/lodash-es/hasIn.js
function hasIn(object, path) {
  return object != null && hasPath_default(object, path, baseHasIn_default);
}
var hasIn_default = hasIn;

// node_modules/lodash-es/_baseMatchesProperty.js
var COMPARE_PARTIAL_FLAG6 = 1;
var COMPARE_UNORDERED_FLAG4 = 2;
function baseMatchesProperty(path, srcValue) {
  if (isKey_default(path) && isStrictComparable_default(srcValue)) {
    return matchesStrictComparable_default(toKey_default(path), srcValue);
  }
  return function(object) {
    var objValue = get_default(object, path);
    return objValue === void 0 && objValue === srcValue ? hasIn_default(object, path) : baseIsEqual_default(srcValue, objValue, COMPARE_PARTIAL_FLAG6 | COMPARE_UNORDERED_FLAG4);
  };
}
var baseMatchesProperty_default = baseMatchesProperty;

// node_modules/lodash-es/_baseProperty.js
function baseProperty(key) {
  return function(object) {
    return object == null ? void 0 : object[key];
  };
}
var baseProperty_default = baseProperty;

// node_modules/lodash-es/_basePropertyDeep.js
function basePropertyDeep(path) {
  return function(object) {
    return baseGet_default(object, path);
  };
}
var basePropertyDeep_default = basePropertyDeep;

// node_modules/lodash-es/property.js
function property(path) {
  return isKey_default(path) ? baseProperty_default(toKey_default(path)) : basePropertyDeep_default(path);
}
var property_default = property;

// node_modules/lodash-es/_baseIteratee.js
function baseIteratee(value) {
  if (typeof value == "function") {
    return value;
  }
  if (value == null) {
    return identity_default;
  }
  if (typeof value == "object") {
    return isArray_default(value) ? baseMatchesProperty_default(value[0], value[1]) : baseMatches_default(value);
  }
  return property_default(value);
}
var baseIteratee_default = baseIteratee;

// node_modules/lodash-es/_arrayAggregator.js
function arrayAggregator(array, setter, iteratee, accumulator) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    var value = array[index];
    setter(accumulator, value, iteratee(value), array);
  }
  return accumulator;
}
var arrayAggregator_default = arrayAggregator;

// node_modules/lodash-es/_createBaseFor.js
function createBaseFor(fromRight) {
  return function(object, iteratee, keysFunc) {
    var index = -1, iterable = Object(object), props = keysFunc(object), length = props.length;
    while (length--) {
      var key = props[fromRight ? length : ++index];
      if (iteratee(iterable[key], key, iterable) === false) {
        break;
      }
    }
    return object;
  };
}
var createBaseFor_default = createBaseFor;

// node_modules/lodash-es/_baseFor.js
var baseFor = createBaseFor_default();
var baseFor_default = baseFor;

// node_modules/lodash-es/_baseForOwn.js
function baseForOwn(object, iteratee) {
  return object && baseFor_default(object, iteratee, keys_default);
}
var baseForOwn_default = baseForOwn;

// node_modules/lodash-es/_createBaseEach.js
function createBaseEach(eachFunc, fromRight) {
  return function(collection, iteratee) {
    if (collection == null) {
      return collection;
    }
    if (!isArrayLike_default(collection)) {
      return eachFunc(collection, iteratee);
    }
    var length = collection.length, index = fromRight ? length : -1, iterable = Object(collection);
    while (fromRight ? index-- : ++index < length) {
      if (iteratee(iterable[index], index, iterable) === false) {
        break;
      }
    }
    return collection;
  };
}
var createBaseEach_default = createBaseEach;

// node_modules/lodash-es/_baseEach.js
var baseEach = createBaseEach_default(baseForOwn_default);
var baseEach_default = baseEach;

// node_modules/lodash-es/_baseAggregator.js
function baseAggregator(collection, setter, iteratee, accumulator) {
  baseEach_default(collection, function(value, key, collection2) {
    setter(accumulator, value, iteratee(value), collection2);
  });
  return accumulator;
}
var baseAggregator_default = baseAggregator;

// node_modules/lodash-es/_createAggregator.js
function createAggregator(setter, initializer) {
  return function(collection, iteratee) {
    var func = isArray_default(collection) ? arrayAggregator_default : baseAggregator_default, accumulator = initializer ? initializer() : {};
    return func(collection, setter, baseIteratee_default(iteratee, 2), accumulator);
  };
}
var createAggregator_default = createAggregator;

// node_modules/lodash-es/defaults.js
var objectProto17 = Object.prototype;
var hasOwnProperty14 = objectProto17.hasOwnProperty;
var defaults = baseRest_default(function(object, sources) {
  object = Object(object);
  var index = -1;
  var length = sources.length;
  var guard = length > 2 ? sources[2] : void 0;
  if (guard && isIterateeCall_default(sources[0], sources[1], guard)) {
    length = 1;
  }
  while (++index < length) {
    var source = sources[index];
    var props = keysIn_default(source);
    var propsIndex = -1;
    var propsLength = props.length;
    while (++propsIndex < propsLength) {
      var key = props[propsIndex];
      var value = object[key];
      if (value === void 0 || eq_default(value, objectProto17[key]) && !hasOwnProperty14.call(object, key)) {
        object[key] = source[key];
      }
    }
  }
  return object;
});
var defaults_default = defaults;

// node_modules/lodash-es/isArrayLikeObject.js
function isArrayLikeObject(value) {
  return isObjectLike_default(value) && isArrayLike_default(value);
}
var isArrayLikeObject_default = isArrayLikeObject;

// node_modules/lodash-es/_arrayIncludesWith.js
function arrayIncludesWith(array, value, comparator) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (comparator(value, array[index])) {
      return true;
    }
  }
  return false;
}
var arrayIncludesWith_default = arrayIncludesWith;

// node_modules/lodash-es/_baseDifference.js
var LARGE_ARRAY_SIZE2 = 200;
function baseDifference(array, values2, iteratee, comparator) {
  var index = -1, includes2 = arrayIncludes_default, isCommon = true, length = array.length, result = [], valuesLength = values2.length;
  if (!length) {
    return result;
  }
  if (iteratee) {
    values2 = arrayMap_default(values2, baseUnary_default(iteratee));
  }
  if (comparator) {
    includes2 = arrayIncludesWith_default;
    isCommon = false;
  } else if (values2.length >= LARGE_ARRAY_SIZE2) {
    includes2 = cacheHas_default;
    isCommon = false;
    values2 = new SetCache_default(values2);
  }
  outer:
    while (++index < length) {
      var value = array[index], computed = iteratee == null ? value : iteratee(value);
      value = comparator || value !== 0 ? value : 0;
      if (isCommon && computed === computed) {
        var valuesIndex = valuesLength;
        while (valuesIndex--) {
          if (values2[valuesIndex] === computed) {
            continue outer;
          }
        }
        result.push(value);
      } else if (!includes2(values2, computed, comparator)) {
        result.push(value);
      }
    }
  return result;
}
var baseDifference_default = baseDifference;

// node_modules/lodash-es/difference.js
var difference = baseRest_default(function(array, values2) {
  return isArrayLikeObject_default(array) ? baseDifference_default(array, baseFlatten_default(values2, 1, isArrayLikeObject_default, true)) : [];
});
var difference_default = difference;

// node_modules/lodash-es/last.js
function last(array) {
  var length = array == null ? 0 : array.length;
  return length ? array[length - 1] : void 0;
}
var last_default = last;

// node_modules/lodash-es/drop.js
function drop(array, n, guard) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return [];
  }
  n = guard || n === void 0 ? 1 : toInteger_default(n);
  return baseSlice_default(array, n < 0 ? 0 : n, length);
}
var drop_default = drop;

// node_modules/lodash-es/dropRight.js
function dropRight(array, n, guard) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return [];
  }
  n = guard || n === void 0 ? 1 : toInteger_default(n);
  n = length - n;
  return baseSlice_default(array, 0, n < 0 ? 0 : n);
}
var dropRight_default = dropRight;

// node_modules/lodash-es/_castFunction.js
function castFunction(value) {
  return typeof value == "function" ? value : identity_default;
}
var castFunction_default = castFunction;

// node_modules/lodash-es/forEach.js
function forEach(collection, iteratee) {
  var func = isArray_default(collection) ? arrayEach_default : baseEach_default;
  return func(collection, castFunction_default(iteratee));
}
var forEach_default = forEach;

// node_modules/lodash-es/_arrayEvery.js
function arrayEvery(array, predicate) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (!predicate(array[index], index, array)) {
      return false;
    }
  }
  return true;
}
var arrayEvery_default = arrayEvery;

// node_modules/lodash-es/_baseEvery.js
function baseEvery(collection, predicate) {
  var result = true;
  baseEach_default(collection, function(value, index, collection2) {
    result = !!predicate(value, index, collection2);
    return result;
  });
  return result;
}
var baseEvery_default = baseEvery;

// node_modules/lodash-es/every.js
function every(collection, predicate, guard) {
  var func = isArray_default(collection) ? arrayEvery_default : baseEvery_default;
  if (guard && isIterateeCall_default(collection, predicate, guard)) {
    predicate = void 0;
  }
  return func(collection, baseIteratee_default(predicate, 3));
}
var every_default = every;

// node_modules/lodash-es/_baseFilter.js
function baseFilter(collection, predicate) {
  var result = [];
  baseEach_default(collection, function(value, index, collection2) {
    if (predicate(value, index, collection2)) {
      result.push(value);
    }
  });
  return result;
}
var baseFilter_default = baseFilter;

// node_modules/lodash-es/filter.js
function filter(collection, predicate) {
  var func = isArray_default(collection) ? arrayFilter_default : baseFilter_default;
  return func(collection, baseIteratee_default(predicate, 3));
}
var filter_default = filter;

// node_modules/lodash-es/_createFind.js
function createFind(findIndexFunc) {
  return function(collection, predicate, fromIndex) {
    var iterable = Object(collection);
    if (!isArrayLike_default(collection)) {
      var iteratee = baseIteratee_default(predicate, 3);
      collection = keys_default(collection);
      predicate = function(key) {
        return iteratee(iterable[key], key, iterable);
      };
    }
    var index = findIndexFunc(collection, predicate, fromIndex);
    return index > -1 ? iterable[iteratee ? collection[index] : index] : void 0;
  };
}
var createFind_default = createFind;

// node_modules/lodash-es/findIndex.js
var nativeMax2 = Math.max;
function findIndex(array, predicate, fromIndex) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return -1;
  }
  var index = fromIndex == null ? 0 : toInteger_default(fromIndex);
  if (index < 0) {
    index = nativeMax2(length + index, 0);
  }
  return baseFindIndex_default(array, baseIteratee_default(predicate, 3), index);
}
var findIndex_default = findIndex;

// node_modules/lodash-es/find.js
var find = createFind_default(findIndex_default);
var find_default = find;

// node_modules/lodash-es/head.js
function head2(array) {
  return array && array.length ? array[0] : void 0;
}
var head_default = head2;

// node_modules/lodash-es/_baseMap.js
function baseMap(collection, iteratee) {
  var index = -1, result = isArrayLike_default(collection) ? Array(collection.length) : [];
  baseEach_default(collection, function(value, key, collection2) {
    result[++index] = iteratee(value, key, collection2);
  });
  return result;
}
var baseMap_default = baseMap;

// node_modules/lodash-es/map.js
function map(collection, iteratee) {
  var func = isArray_default(collection) ? arrayMap_default : baseMap_default;
  return func(collection, baseIteratee_default(iteratee, 3));
}
var map_default = map;

// node_modules/lodash-es/flatMap.js
function flatMap(collection, iteratee) {
  return baseFlatten_default(map_default(collection, iteratee), 1);
}
var flatMap_default = flatMap;

// node_modules/lodash-es/groupBy.js
var objectProto18 = Object.prototype;
var hasOwnProperty15 = objectProto18.hasOwnProperty;
var groupBy = createAggregator_default(function(result, value, key) {
  if (hasOwnProperty15.call(result, key)) {
    result[key].push(value);
  } else {
    baseAssignValue_default(result, key, [value]);
  }
});
var groupBy_default = groupBy;

// node_modules/lodash-es/_baseHas.js
var objectProto19 = Object.prototype;
var hasOwnProperty16 = objectProto19.hasOwnProperty;
function baseHas(object, key) {
  return object != null && hasOwnProperty16.call(object, key);
}
var baseHas_default = baseHas;

// node_modules/lodash-es/has.js
function has(object, path) {
  return object != null && hasPath_default(object, path, baseHas_default);
}
var has_default = has;

// node_modules/lodash-es/isString.js
var stringTag5 = "[object String]";
function isString(value) {
  return typeof value == "string" || !isArray_default(value) && isObjectLike_default(value) && baseGetTag_default(value) == stringTag5;
}
var isString_default = isString;

// node_modules/lodash-es/_baseValues.js
function baseValues(object, props) {
  return arrayMap_default(props, function(key) {
    return object[key];
  });
}
var baseValues_default = baseValues;

// node_modules/lodash-es/values.js
function values(object) {
  return object == null ? [] : baseValues_default(object, keys_default(object));
}
var values_default = values;

// node_modules/lodash-es/includes.js
var nativeMax3 = Math.max;
function includes(collection, value, fromIndex, guard) {
  collection = isArrayLike_default(collection) ? collection : values_default(collection);
  fromIndex = fromIndex && !guard ? toInteger_default(fromIndex) : 0;
  var length = collection.length;
  if (fromIndex < 0) {
    fromIndex = nativeMax3(length + fromIndex, 0);
  }
  return isString_default(collection) ? fromIndex <= length && collection.indexOf(value, fromIndex) > -1 : !!length && baseIndexOf_default(collection, value, fromIndex) > -1;
}
var includes_default = includes;

// node_modules/lodash-es/indexOf.js
var nativeMax4 = Math.max;
function indexOf(array, value, fromIndex) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return -1;
  }
  var index = fromIndex == null ? 0 : toInteger_default(fromIndex);
  if (index < 0) {
    index = nativeMax4(length + index, 0);
  }
  return baseIndexOf_default(array, value, index);
}
var indexOf_default = indexOf;

// node_modules/lodash-es/isEmpty.js
var mapTag7 = "[object Map]";
var setTag7 = "[object Set]";
var objectProto20 = Object.prototype;
var hasOwnProperty17 = objectProto20.hasOwnProperty;
function isEmpty(value) {
  if (value == null) {
    return true;
  }
  if (isArrayLike_default(value) && (isArray_default(value) || typeof value == "string" || typeof value.splice == "function" || isBuffer_default(value) || isTypedArray_default(value) || isArguments_default(value))) {
    return !value.length;
  }
  var tag = getTag_default(value);
  if (tag == mapTag7 || tag == setTag7) {
    return !value.size;
  }
  if (isPrototype_default(value)) {
    return !baseKeys_default(value).length;
  }
  for (var key in value) {
    if (hasOwnProperty17.call(value, key)) {
      return false;
    }
  }
  return true;
}
var isEmpty_default = isEmpty;

// node_modules/lodash-es/_baseIsRegExp.js
var regexpTag5 = "[object RegExp]";
function baseIsRegExp(value) {
  return isObjectLike_default(value) && baseGetTag_default(value) == regexpTag5;
}
var baseIsRegExp_default = baseIsRegExp;

// node_modules/lodash-es/isRegExp.js
var nodeIsRegExp = nodeUtil_default && nodeUtil_default.isRegExp;
var isRegExp = nodeIsRegExp ? baseUnary_default(nodeIsRegExp) : baseIsRegExp_default;
var isRegExp_default = isRegExp;

// node_modules/lodash-es/isUndefined.js
function isUndefined(value) {
  return value === void 0;
}
var isUndefined_default = isUndefined;

// node_modules/lodash-es/negate.js
var FUNC_ERROR_TEXT2 = "Expected a function";
function negate(predicate) {
  if (typeof predicate != "function") {
    throw new TypeError(FUNC_ERROR_TEXT2);
  }
  return function() {
    var args = arguments;
    switch (args.length) {
      case 0:
        return !predicate.call(this);
      case 1:
        return !predicate.call(this, args[0]);
      case 2:
        return !predicate.call(this, args[0], args[1]);
      case 3:
        return !predicate.call(this, args[0], args[1], args[2]);
    }
    return !predicate.apply(this, args);
  };
}
var negate_default = negate;

// node_modules/lodash-es/_baseSet.js
function baseSet(object, path, value, customizer) {
  if (!isObject_default(object)) {
    return object;
  }
  path = castPath_default(path, object);
  var index = -1, length = path.length, lastIndex = length - 1, nested = object;
  while (nested != null && ++index < length) {
    var key = toKey_default(path[index]), newValue = value;
    if (key === "__proto__" || key === "constructor" || key === "prototype") {
      return object;
    }
    if (index != lastIndex) {
      var objValue = nested[key];
      newValue = customizer ? customizer(objValue, key, nested) : void 0;
      if (newValue === void 0) {
        newValue = isObject_default(objValue) ? objValue : isIndex_default(path[index + 1]) ? [] : {};
      }
    }
    assignValue_default(nested, key, newValue);
    nested = nested[key];
  }
  return object;
}
var baseSet_default = baseSet;

// node_modules/lodash-es/_basePickBy.js
function basePickBy(object, paths, predicate) {
  var index = -1, length = paths.length, result = {};
  while (++index < length) {
    var path = paths[index], value = baseGet_default(object, path);
    if (predicate(value, path)) {
      baseSet_default(result, castPath_default(path, object), value);
    }
  }
  return result;
}
var basePickBy_default = basePickBy;

// node_modules/lodash-es/pickBy.js
function pickBy(object, predicate) {
  if (object == null) {
    return {};
  }
  var props = arrayMap_default(getAllKeysIn_default(object), function(prop) {
    return [prop];
  });
  predicate = baseIteratee_default(predicate);
  return basePickBy_default(object, props, function(value, path) {
    return predicate(value, path[0]);
  });
}
var pickBy_default = pickBy;

// node_modules/lodash-es/_baseReduce.js
function baseReduce(collection, iteratee, accumulator, initAccum, eachFunc) {
  eachFunc(collection, function(value, index, collection2) {
    accumulator = initAccum ? (initAccum = false, value) : iteratee(accumulator, value, index, collection2);
  });
  return accumulator;
}
var baseReduce_default = baseReduce;

// node_modules/lodash-es/reduce.js
function reduce(collection, iteratee, accumulator) {
  var func = isArray_default(collection) ? arrayReduce_default : baseReduce_default, initAccum = arguments.length < 3;
  return func(collection, baseIteratee_default(iteratee, 4), accumulator, initAccum, baseEach_default);
}
var reduce_default = reduce;

// node_modules/lodash-es/reject.js
function reject(collection, predicate) {
  var func = isArray_default(collection) ? arrayFilter_default : baseFilter_default;
  return func(collection, negate_default(baseIteratee_default(predicate, 3)));
}
var reject_default = reject;

// node_modules/lodash-es/_baseSome.js
function baseSome(collection, predicate) {
  var result;
  baseEach_default(collection, function(value, index, collection2) {
    result = predicate(value, index, collection2);
    return !result;
  });
  return !!result;
}
var baseSome_default = baseSome;

// node_modules/lodash-es/some.js
function some(collection, predicate, guard) {
  var func = isArray_default(collection) ? arraySome_default : baseSome_default;
  if (guard && isIterateeCall_default(collection, predicate, guard)) {
    predicate = void 0;
  }
  return func(collection, baseIteratee_default(predicate, 3));
}
var some_default = some;

// node_modules/lodash-es/_createSet.js
var INFINITY4 = 1 / 0;
var createSet = !(Set_default && 1 / setToArray_default(new Set_default([, -0]))[1] == INFINITY4) ? noop_default : function(values2) {
  return new Set_default(values2);
};
var createSet_default = createSet;

// node_modules/lodash-es/_baseUniq.js
var LARGE_ARRAY_SIZE3 = 200;
function baseUniq(array, iteratee, comparator) {
  var index = -1, includes2 = arrayIncludes_default, length = array.length, isCommon = true, result = [], seen = result;
  if (comparator) {
    isCommon = false;
    includes2 = arrayIncludesWith_default;
  } else if (length >= LARGE_ARRAY_SIZE3) {
    var set = iteratee ? null : createSet_default(array);
    if (set) {
      return setToArray_default(set);
    }
    isCommon = false;
    includes2 = cacheHas_default;
    seen = new SetCache_default();
  } else {
    seen = iteratee ? [] : result;
  }
  outer:
    while (++index < length) {
      var value = array[index], computed = iteratee ? iteratee(value) : value;
      value = comparator || value !== 0 ? value : 0;
      if (isCommon && computed === computed) {
        var seenIndex = seen.length;
        while (seenIndex--) {
          if (seen[seenIndex] === computed) {
            continue outer;
          }
        }
        if (iteratee) {
          seen.push(computed);
        }
        result.push(value);
      } else if (!includes2(seen, computed, comparator)) {
        if (seen !== result) {
          seen.push(computed);
        }
        result.push(value);
      }
    }
  return result;
}
var baseUniq_default = baseUniq;

// node_modules/lodash-es/uniq.js
function uniq(array) {
  return array && array.length ? baseUniq_default(array) : [];
}
var uniq_default = uniq;

// node_modules/@chevrotain/utils/lib/src/print.js
function PRINT_ERROR(msg) {
  if (console && console.error) {
    console.error(`Error: ${msg}`);
  }
}
function PRINT_WARNING(msg) {
  if (console && console.warn) {
    console.warn(`Warning: ${msg}`);
  }
}

// node_modules/@chevrotain/utils/lib/src/timer.js
function timer(func) {
  const start = (/* @__PURE__ */ new Date()).getTime();
  const val = func();
  const end = (/* @__PURE__ */ new Date()).getTime();
  const total = end - start;
  return { time: total, value: val };
}

// node_modules/@chevrotain/utils/lib/src/to-fast-properties.js
function toFastProperties(toBecomeFast) {
  function FakeConstructor() {
  }
  FakeConstructor.prototype = toBecomeFast;
  const fakeInstance = new FakeConstructor();
  function fakeAccess() {
    return typeof fakeInstance.bar;
  }
  fakeAccess();
  fakeAccess();
  if (1)
    return toBecomeFast;
  (0, eval)(toBecomeFast);
}

// node_modules/@chevrotain/gast/lib/src/model.js
function tokenLabel(tokType) {
  if (hasTokenLabel(tokType)) {
    return tokType.LABEL;
  } else {
    return tokType.name;
  }
}
function hasTokenLabel(obj) {
  return isString_default(obj.LABEL) && obj.LABEL !== "";
}
var AbstractProduction = class {
  get definition() {
    return this._definition;
  }
  set definition(value) {
    this._definition = value;
  }
  constructor(_definition) {
    this._definition = _definition;
  }
  accept(visitor) {
    visitor.visit(this);
    forEach_default(this.definition, (prod) => {
      prod.accept(visitor);
    });
  }
};
var NonTerminal = class extends AbstractProduction {
  constructor(options) {
    super([]);
    this.idx = 1;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
  set definition(definition) {
  }
  get definition() {
    if (this.referencedRule !== void 0) {
      return this.referencedRule.definition;
    }
    return [];
  }
  accept(visitor) {
    visitor.visit(this);
  }
};
var Rule = class extends AbstractProduction {
  constructor(options) {
    super(options.definition);
    this.orgText = "";
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var Alternative = class extends AbstractProduction {
  constructor(options) {
    super(options.definition);
    this.ignoreAmbiguities = false;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var Option = class extends AbstractProduction {
  constructor(options) {
    super(options.definition);
    this.idx = 1;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var RepetitionMandatory = class extends AbstractProduction {
  constructor(options) {
    super(options.definition);
    this.idx = 1;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var RepetitionMandatoryWithSeparator = class extends AbstractProduction {
  constructor(options) {
    super(options.definition);
    this.idx = 1;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var Repetition = class extends AbstractProduction {
  constructor(options) {
    super(options.definition);
    this.idx = 1;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var RepetitionWithSeparator = class extends AbstractProduction {
  constructor(options) {
    super(options.definition);
    this.idx = 1;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var Alternation = class extends AbstractProduction {
  get definition() {
    return this._definition;
  }
  set definition(value) {
    this._definition = value;
  }
  constructor(options) {
    super(options.definition);
    this.idx = 1;
    this.ignoreAmbiguities = false;
    this.hasPredicates = false;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var Terminal = class {
  constructor(options) {
    this.idx = 1;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
  accept(visitor) {
    visitor.visit(this);
  }
};
function serializeGrammar(topRules) {
  return map_default(topRules, serializeProduction);
}
function serializeProduction(node) {
  function convertDefinition(definition) {
    return map_default(definition, serializeProduction);
  }
  if (node instanceof NonTerminal) {
    const serializedNonTerminal = {
      type: "NonTerminal",
      name: node.nonTerminalName,
      idx: node.idx
    };
    if (isString_default(node.label)) {
      serializedNonTerminal.label = node.label;
    }
    return serializedNonTerminal;
  } else if (node instanceof Alternative) {
    return {
      type: "Alternative",
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Option) {
    return {
      type: "Option",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof RepetitionMandatory) {
    return {
      type: "RepetitionMandatory",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof RepetitionMandatoryWithSeparator) {
    return {
      type: "RepetitionMandatoryWithSeparator",
      idx: node.idx,
      separator: serializeProduction(new Terminal({ terminalType: node.separator })),
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof RepetitionWithSeparator) {
    return {
      type: "RepetitionWithSeparator",
      idx: node.idx,
      separator: serializeProduction(new Terminal({ terminalType: node.separator })),
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Repetition) {
    return {
      type: "Repetition",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Alternation) {
    return {
      type: "Alternation",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Terminal) {
    const serializedTerminal = {
      type: "Terminal",
      name: node.terminalType.name,
      label: tokenLabel(node.terminalType),
      idx: node.idx
    };
    if (isString_default(node.label)) {
      serializedTerminal.terminalLabel = node.label;
    }
    const pattern = node.terminalType.PATTERN;
    if (node.terminalType.PATTERN) {
      serializedTerminal.pattern = isRegExp_default(pattern) ? pattern.source : pattern;
    }
    return serializedTerminal;
  } else if (node instanceof Rule) {
    return {
      type: "Rule",
      name: node.name,
      orgText: node.orgText,
      definition: convertDefinition(node.definition)
    };
  } else {
    throw Error("non exhaustive match");
  }
}

// node_modules/@chevrotain/gast/lib/src/visitor.js
var GAstVisitor = class {
  visit(node) {
    const nodeAny = node;
    switch (nodeAny.constructor) {
      case NonTerminal:
        return this.visitNonTerminal(nodeAny);
      case Alternative:
        return this.visitAlternative(nodeAny);
      case Option:
        return this.visitOption(nodeAny);
      case RepetitionMandatory:
        return this.visitRepetitionMandatory(nodeAny);
      case RepetitionMandatoryWithSeparator:
        return this.visitRepetitionMandatoryWithSeparator(nodeAny);
      case RepetitionWithSeparator:
        return this.visitRepetitionWithSeparator(nodeAny);
      case Repetition:
        return this.visitRepetition(nodeAny);
      case Alternation:
        return this.visitAlternation(nodeAny);
      case Terminal:
        return this.visitTerminal(nodeAny);
      case Rule:
        return this.visitRule(nodeAny);
      /* c8 ignore next 2 */
      default:
        throw Error("non exhaustive match");
    }
  }
  /* c8 ignore next */
  visitNonTerminal(node) {
  }
  /* c8 ignore next */
  visitAlternative(node) {
  }
  /* c8 ignore next */
  visitOption(node) {
  }
  /* c8 ignore next */
  visitRepetition(node) {
  }
  /* c8 ignore next */
  visitRepetitionMandatory(node) {
  }
  /* c8 ignore next 3 */
  visitRepetitionMandatoryWithSeparator(node) {
  }
  /* c8 ignore next */
  visitRepetitionWithSeparator(node) {
  }
  /* c8 ignore next */
  visitAlternation(node) {
  }
  /* c8 ignore next */
  visitTerminal(node) {
  }
  /* c8 ignore next */
  visitRule(node) {
  }
};

// node_modules/@chevrotain/gast/lib/src/helpers.js
function isSequenceProd(prod) {
  return prod instanceof Alternative || prod instanceof Option || prod instanceof Repetition || prod instanceof RepetitionMandatory || prod instanceof RepetitionMandatoryWithSeparator || prod instanceof RepetitionWithSeparator || prod instanceof Terminal || prod instanceof Rule;
}
function isOptionalProd(prod, alreadyVisited = []) {
  const isDirectlyOptional = prod instanceof Option || prod instanceof Repetition || prod instanceof RepetitionWithSeparator;
  if (isDirectlyOptional) {
    return true;
  }
  if (prod instanceof Alternation) {
    return some_default(prod.definition, (subProd) => {
      return isOptionalProd(subProd, alreadyVisited);
    });
  } else if (prod instanceof NonTerminal && includes_default(alreadyVisited, prod)) {
    return false;
  } else if (prod instanceof AbstractProduction) {
    if (prod instanceof NonTerminal) {
      alreadyVisited.push(prod);
    }
    return every_default(prod.definition, (subProd) => {
      return isOptionalProd(subProd, alreadyVisited);
    });
  } else {
    return false;
  }
}
function isBranchingProd(prod) {
  return prod instanceof Alternation;
}
function getProductionDslName(prod) {
  if (prod instanceof NonTerminal) {
    return "SUBRULE";
  } else if (prod instanceof Option) {
    return "OPTION";
  } else if (prod instanceof Alternation) {
    return "OR";
  } else if (prod instanceof RepetitionMandatory) {
    return "AT_LEAST_ONE";
  } else if (prod instanceof RepetitionMandatoryWithSeparator) {
    return "AT_LEAST_ONE_SEP";
  } else if (prod instanceof RepetitionWithSeparator) {
    return "MANY_SEP";
  } else if (prod instanceof Repetition) {
    return "MANY";
  } else if (prod instanceof Terminal) {
    return "CONSUME";
  } else {
    throw Error("non exhaustive match");
  }
}

// node_modules/chevrotain/lib/src/parse/grammar/rest.js
var RestWalker = class {
  walk(prod, prevRest = []) {
    forEach_default(prod.definition, (subProd, index) => {
      const currRest = drop_default(prod.definition, index + 1);
      if (subProd instanceof NonTerminal) {
        this.walkProdRef(subProd, currRest, prevRest);
      } else if (subProd instanceof Terminal) {
        this.walkTerminal(subProd, currRest, prevRest);
      } else if (subProd instanceof Alternative) {
        this.walkFlat(subProd, currRest, prevRest);
      } else if (subProd instanceof Option) {
        this.walkOption(subProd, currRest, prevRest);
      } else if (subProd instanceof RepetitionMandatory) {
        this.walkAtLeastOne(subProd, currRest, prevRest);
      } else if (subProd instanceof RepetitionMandatoryWithSeparator) {
        this.walkAtLeastOneSep(subProd, currRest, prevRest);
      } else if (subProd instanceof RepetitionWithSeparator) {
        this.walkManySep(subProd, currRest, prevRest);
      } else if (subProd instanceof Repetition) {
        this.walkMany(subProd, currRest, prevRest);
      } else if (subProd instanceof Alternation) {
        this.walkOr(subProd, currRest, prevRest);
      } else {
        throw Error("non exhaustive match");
      }
    });
  }
  walkTerminal(terminal, currRest, prevRest) {
  }
  walkProdRef(refProd, currRest, prevRest) {
  }
  walkFlat(flatProd, currRest, prevRest) {
    const fullOrRest = currRest.concat(prevRest);
    this.walk(flatProd, fullOrRest);
  }
  walkOption(optionProd, currRest, prevRest) {
    const fullOrRest = currRest.concat(prevRest);
    this.walk(optionProd, fullOrRest);
  }
  walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
    const fullAtLeastOneRest = [
      new Option({ definition: atLeastOneProd.definition })
    ].concat(currRest, prevRest);
    this.walk(atLeastOneProd, fullAtLeastOneRest);
  }
  walkAtLeastOneSep(atLeastOneSepProd, currRest, prevRest) {
    const fullAtLeastOneSepRest = restForRepetitionWithSeparator(atLeastOneSepProd, currRest, prevRest);
    this.walk(atLeastOneSepProd, fullAtLeastOneSepRest);
  }
  walkMany(manyProd, currRest, prevRest) {
    const fullManyRest = [
      new Option({ definition: manyProd.definition })
    ].concat(currRest, prevRest);
    this.walk(manyProd, fullManyRest);
  }
  walkManySep(manySepProd, currRest, prevRest) {
    const fullManySepRest = restForRepetitionWithSeparator(manySepProd, currRest, prevRest);
    this.walk(manySepProd, fullManySepRest);
  }
  walkOr(orProd, currRest, prevRest) {
    const fullOrRest = currRest.concat(prevRest);
    forEach_default(orProd.definition, (alt) => {
      const prodWrapper = new Alternative({ definition: [alt] });
      this.walk(prodWrapper, fullOrRest);
    });
  }
};
function restForRepetitionWithSeparator(repSepProd, currRest, prevRest) {
  const repSepRest = [
    new Option({
      definition: [
        new Terminal({ terminalType: repSepProd.separator })
      ].concat(repSepProd.definition)
    })
  ];
  const fullRepSepRest = repSepRest.concat(currRest, prevRest);
  return fullRepSepRest;
}

// node_modules/chevrotain/lib/src/parse/grammar/first.js
function first(prod) {
  if (prod instanceof NonTerminal) {
    return first(prod.referencedRule);
  } else if (prod instanceof Terminal) {
    return firstForTerminal(prod);
  } else if (isSequenceProd(prod)) {
    return firstForSequence(prod);
  } else if (isBranchingProd(prod)) {
    return firstForBranching(prod);
  } else {
    throw Error("non exhaustive match");
  }
}
function firstForSequence(prod) {
  let firstSet = [];
  const seq = prod.definition;
  let nextSubProdIdx = 0;
  let hasInnerProdsRemaining = seq.length > nextSubProdIdx;
  let currSubProd;
  let isLastInnerProdOptional = true;
  while (hasInnerProdsRemaining && isLastInnerProdOptional) {
    currSubProd = seq[nextSubProdIdx];
    isLastInnerProdOptional = isOptionalProd(currSubProd);
    firstSet = firstSet.concat(first(currSubProd));
    nextSubProdIdx = nextSubProdIdx + 1;
    hasInnerProdsRemaining = seq.length > nextSubProdIdx;
  }
  return uniq_default(firstSet);
}
function firstForBranching(prod) {
  const allAlternativesFirsts = map_default(prod.definition, (innerProd) => {
    return first(innerProd);
  });
  return uniq_default(flatten_default(allAlternativesFirsts));
}
function firstForTerminal(terminal) {
  return [terminal.terminalType];
}

// node_modules/chevrotain/lib/src/parse/constants.js
var IN = "_~IN~_";

// node_modules/chevrotain/lib/src/parse/grammar/follow.js
var ResyncFollowsWalker = class extends RestWalker {
  constructor(topProd) {
    super();
    this.topProd = topProd;
    this.follows = {};
  }
  startWalking() {
    this.walk(this.topProd);
    return this.follows;
  }
  walkTerminal(terminal, currRest, prevRest) {
  }
  walkProdRef(refProd, currRest, prevRest) {
    const followName = buildBetweenProdsFollowPrefix(refProd.referencedRule, refProd.idx) + this.topProd.name;
    const fullRest = currRest.concat(prevRest);
    const restProd = new Alternative({ definition: fullRest });
    const t_in_topProd_follows = first(restProd);
    this.follows[followName] = t_in_topProd_follows;
  }
};
function computeAllProdsFollows(topProductions) {
  const reSyncFollows = {};
  forEach_default(topProductions, (topProd) => {
    const currRefsFollow = new ResyncFollowsWalker(topProd).startWalking();
    assign_default(reSyncFollows, currRefsFollow);
  });
  return reSyncFollows;
}
function buildBetweenProdsFollowPrefix(inner, occurenceInParent) {
  return inner.name + occurenceInParent + IN;
}

// node_modules/@chevrotain/regexp-to-ast/lib/src/utils.js
function cc(char) {
  return char.charCodeAt(0);
}
function insertToSet(item, set) {
  if (Array.isArray(item)) {
    item.forEach(function(subItem) {
      set.push(subItem);
    });
  } else {
    set.push(item);
  }
}
function addFlag(flagObj, flagKey) {
  if (flagObj[flagKey] === true) {
    throw "duplicate flag " + flagKey;
  }
  const x = flagObj[flagKey];
  flagObj[flagKey] = true;
}
function ASSERT_EXISTS(obj) {
  if (obj === void 0) {
    throw Error("Internal Error - Should never get here!");
  }
  return true;
}
function ASSERT_NEVER_REACH_HERE() {
  throw Error("Internal Error - Should never get here!");
}
function isCharacter(obj) {
  return obj["type"] === "Character";
}

// node_modules/@chevrotain/regexp-to-ast/lib/src/character-classes.js
var digitsCharCodes = [];
for (let i = cc("0"); i <= cc("9"); i++) {
  digitsCharCodes.push(i);
}
var wordCharCodes = [cc("_")].concat(digitsCharCodes);
for (let i = cc("a"); i <= cc("z"); i++) {
  wordCharCodes.push(i);
}
for (let i = cc("A"); i <= cc("Z"); i++) {
  wordCharCodes.push(i);
}
var whitespaceCodes = [
  cc(" "),
  cc("\f"),
  cc("\n"),
  cc("\r"),
  cc("	"),
  cc("\v"),
  cc("	"),
  cc("\xA0"),
  cc("\u1680"),
  cc("\u2000"),
  cc("\u2001"),
  cc("\u2002"),
  cc("\u2003"),
  cc("\u2004"),
  cc("\u2005"),
  cc("\u2006"),
  cc("\u2007"),
  cc("\u2008"),
  cc("\u2009"),
  cc("\u200A"),
  cc("\u2028"),
  cc("\u2029"),
  cc("\u202F"),
  cc("\u205F"),
  cc("\u3000"),
  cc("\uFEFF")
];

// node_modules/@chevrotain/regexp-to-ast/lib/src/regexp-parser.js
var hexDigitPattern = /[0-9a-fA-F]/;
var decimalPattern = /[0-9]/;
var decimalPatternNoZero = /[1-9]/;
var RegExpParser = class {
  constructor() {
    this.idx = 0;
    this.input = "";
    this.groupIdx = 0;
  }
  saveState() {
    return {
      idx: this.idx,
      input: this.input,
      groupIdx: this.groupIdx
    };
  }
  restoreState(newState) {
    this.idx = newState.idx;
    this.input = newState.input;
    this.groupIdx = newState.groupIdx;
  }
  pattern(input) {
    this.idx = 0;
    this.input = input;
    this.groupIdx = 0;
    this.consumeChar("/");
    const value = this.disjunction();
    this.consumeChar("/");
    const flags = {
      type: "Flags",
      loc: { begin: this.idx, end: input.length },
      global: false,
      ignoreCase: false,
      multiLine: false,
      unicode: false,
      sticky: false
    };
    while (this.isRegExpFlag()) {
      switch (this.popChar()) {
        case "g":
          addFlag(flags, "global");
          break;
        case "i":
          addFlag(flags, "ignoreCase");
          break;
        case "m":
          addFlag(flags, "multiLine");
          break;
        case "u":
          addFlag(flags, "unicode");
          break;
        case "y":
          addFlag(flags, "sticky");
          break;
      }
    }
    if (this.idx !== this.input.length) {
      throw Error("Redundant input: " + this.input.substring(this.idx));
    }
    return {
      type: "Pattern",
      flags,
      value,
      loc: this.loc(0)
    };
  }
  disjunction() {
    const alts = [];
    const begin = this.idx;
    alts.push(this.alternative());
    while (this.peekChar() === "|") {
      this.consumeChar("|");
      alts.push(this.alternative());
    }
    return { type: "Disjunction", value: alts, loc: this.loc(begin) };
  }
  alternative() {
    const terms = [];
    const begin = this.idx;
    while (this.isTerm()) {
      terms.push(this.term());
    }
    return { type: "Alternative", value: terms, loc: this.loc(begin) };
  }
  term() {
    if (this.isAssertion()) {
      return this.assertion();
    } else {
      return this.atom();
    }
  }
  assertion() {
    const begin = this.idx;
    switch (this.popChar()) {
      case "^":
        return {
          type: "StartAnchor",
          loc: this.loc(begin)
        };
      case "$":
        return { type: "EndAnchor", loc: this.loc(begin) };
      // '\b' or '\B'
      case "\\":
        switch (this.popChar()) {
          case "b":
            return {
              type: "WordBoundary",
              loc: this.loc(begin)
            };
          case "B":
            return {
              type: "NonWordBoundary",
              loc: this.loc(begin)
            };
        }
        throw Error("Invalid Assertion Escape");
      // '(?=' or '(?!'
      case "(":
        this.consumeChar("?");
        let type;
        switch (this.popChar()) {
          case "=":
            type = "Lookahead";
            break;
          case "!":
            type = "NegativeLookahead";
            break;
          case "<": {
            switch (this.popChar()) {
              case "=":
                type = "Lookbehind";
                break;
              case "!":
                type = "NegativeLookbehind";
            }
            break;
          }
        }
        ASSERT_EXISTS(type);
        const disjunction = this.disjunction();
        this.consumeChar(")");
        return {
          type,
          value: disjunction,
          loc: this.loc(begin)
        };
    }
    return ASSERT_NEVER_REACH_HERE();
  }
  quantifier(isBacktracking = false) {
    let range = void 0;
    const begin = this.idx;
    switch (this.popChar()) {
      case "*":
        range = {
          atLeast: 0,
          atMost: Infinity
        };
        break;
      case "+":
        range = {
          atLeast: 1,
          atMost: Infinity
        };
        break;
      case "?":
        range = {
          atLeast: 0,
          atMost: 1
        };
        break;
      case "{":
        const atLeast = this.integerIncludingZero();
        switch (this.popChar()) {
          case "}":
            range = {
              atLeast,
              atMost: atLeast
            };
            break;
          case ",":
            let atMost;
            if (this.isDigit()) {
              atMost = this.integerIncludingZero();
              range = {
                atLeast,
                atMost
              };
            } else {
              range = {
                atLeast,
                atMost: Infinity
              };
            }
            this.consumeChar("}");
            break;
        }
        if (isBacktracking === true && range === void 0) {
          return void 0;
        }
        ASSERT_EXISTS(range);
        break;
    }
    if (isBacktracking === true && range === void 0) {
      return void 0;
    }
    if (ASSERT_EXISTS(range)) {
      if (this.peekChar(0) === "?") {
        this.consumeChar("?");
        range.greedy = false;
      } else {
        range.greedy = true;
      }
      range.type = "Quantifier";
      range.loc = this.loc(begin);
      return range;
    }
  }
  atom() {
    let atom;
    const begin = this.idx;
    switch (this.peekChar()) {
      case ".":
        atom = this.dotAll();
        break;
      case "\\":
        atom = this.atomEscape();
        break;
      case "[":
        atom = this.characterClass();
        break;
      case "(":
        atom = this.group();
        break;
    }
    if (atom === void 0 && this.isPatternCharacter()) {
      atom = this.patternCharacter();
    }
    if (ASSERT_EXISTS(atom)) {
      atom.loc = this.loc(begin);
      if (this.isQuantifier()) {
        atom.quantifier = this.quantifier();
      }
      return atom;
    }
    return ASSERT_NEVER_REACH_HERE();
  }
  dotAll() {
    this.consumeChar(".");
    return {
      type: "Set",
      complement: true,
      value: [cc("\n"), cc("\r"), cc("\u2028"), cc("\u2029")]
    };
  }
  atomEscape() {
    this.consumeChar("\\");
    switch (this.peekChar()) {
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7":
      case "8":
      case "9":
        return this.decimalEscapeAtom();
      case "d":
      case "D":
      case "s":
      case "S":
      case "w":
      case "W":
        return this.characterClassEscape();
      case "f":
      case "n":
      case "r":
      case "t":
      case "v":
        return this.controlEscapeAtom();
      case "c":
        return this.controlLetterEscapeAtom();
      case "0":
        return this.nulCharacterAtom();
      case "x":
        return this.hexEscapeSequenceAtom();
      case "u":
        return this.regExpUnicodeEscapeSequenceAtom();
      default:
        return this.identityEscapeAtom();
    }
  }
  decimalEscapeAtom() {
    const value = this.positiveInteger();
    return { type: "GroupBackReference", value };
  }
  characterClassEscape() {
    let set;
    let complement = false;
    switch (this.popChar()) {
      case "d":
        set = digitsCharCodes;
        break;
      case "D":
        set = digitsCharCodes;
        complement = true;
        break;
      case "s":
        set = whitespaceCodes;
        break;
      case "S":
        set = whitespaceCodes;
        complement = true;
        break;
      case "w":
        set = wordCharCodes;
        break;
      case "W":
        set = wordCharCodes;
        complement = true;
        break;
    }
    if (ASSERT_EXISTS(set)) {
      return { type: "Set", value: set, complement };
    }
    return ASSERT_NEVER_REACH_HERE();
  }
  controlEscapeAtom() {
    let escapeCode;
    switch (this.popChar()) {
      case "f":
        escapeCode = cc("\f");
        break;
      case "n":
        escapeCode = cc("\n");
        break;
      case "r":
        escapeCode = cc("\r");
        break;
      case "t":
        escapeCode = cc("	");
        break;
      case "v":
        escapeCode = cc("\v");
        break;
    }
    if (ASSERT_EXISTS(escapeCode)) {
      return { type: "Character", value: escapeCode };
    }
    return ASSERT_NEVER_REACH_HERE();
  }
  controlLetterEscapeAtom() {
    this.consumeChar("c");
    const letter = this.popChar();
    if (/[a-zA-Z]/.test(letter) === false) {
      throw Error("Invalid ");
    }
    const letterCode = letter.toUpperCase().charCodeAt(0) - 64;
    return { type: "Character", value: letterCode };
  }
  nulCharacterAtom() {
    this.consumeChar("0");
    return { type: "Character", value: cc("\0") };
  }
  hexEscapeSequenceAtom() {
    this.consumeChar("x");
    return this.parseHexDigits(2);
  }
  regExpUnicodeEscapeSequenceAtom() {
    this.consumeChar("u");
    return this.parseHexDigits(4);
  }
  identityEscapeAtom() {
    const escapedChar = this.popChar();
    return { type: "Character", value: cc(escapedChar) };
  }
  classPatternCharacterAtom() {
    switch (this.peekChar()) {
      // istanbul ignore next
      case "\n":
      // istanbul ignore next
      case "\r":
      // istanbul ignore next
      case "\u2028":
      // istanbul ignore next
      case "\u2029":
      // istanbul ignore next
      case "\\":
      // istanbul ignore next
      case "]":
        throw Error("TBD");
      default:
        const nextChar = this.popChar();
        return { type: "Character", value: cc(nextChar) };
    }
  }
  characterClass() {
    const set = [];
    let complement = false;
    this.consumeChar("[");
    if (this.peekChar(0) === "^") {
      this.consumeChar("^");
      complement = true;
    }
    while (this.isClassAtom()) {
      const from = this.classAtom();
      const isFromSingleChar = from.type === "Character";
      if (isCharacter(from) && this.isRangeDash()) {
        this.consumeChar("-");
        const to = this.classAtom();
        const isToSingleChar = to.type === "Character";
        if (isCharacter(to)) {
          if (to.value < from.value) {
            throw Error("Range out of order in character class");
          }
          set.push({ from: from.value, to: to.value });
        } else {
          insertToSet(from.value, set);
          set.push(cc("-"));
          insertToSet(to.value, set);
        }
      } else {
        insertToSet(from.value, set);
      }
    }
    this.consumeChar("]");
    return { type: "Set", complement, value: set };
  }
  classAtom() {
    switch (this.peekChar()) {
      // istanbul ignore next
      case "]":
      // istanbul ignore next
      case "\n":
      // istanbul ignore next
      case "\r":
      // istanbul ignore next
      case "\u2028":
      // istanbul ignore next
      case "\u2029":
        throw Error("TBD");
      case "\\":
        return this.classEscape();
      default:
        return this.classPatternCharacterAtom();
    }
  }
  classEscape() {
    this.consumeChar("\\");
    switch (this.peekChar()) {
      // Matches a backspace.
      // (Not to be confused with \b word boundary outside characterClass)
      case "b":
        this.consumeChar("b");
        return { type: "Character", value: cc("\b") };
      case "d":
      case "D":
      case "s":
      case "S":
      case "w":
      case "W":
        return this.characterClassEscape();
      case "f":
      case "n":
      case "r":
      case "t":
      case "v":
        return this.controlEscapeAtom();
      case "c":
        return this.controlLetterEscapeAtom();
      case "0":
        return this.nulCharacterAtom();
      case "x":
        return this.hexEscapeSequenceAtom();
      case "u":
        return this.regExpUnicodeEscapeSequenceAtom();
      default:
        return this.identityEscapeAtom();
    }
  }
  group() {
    let capturing = true;
    this.consumeChar("(");
    switch (this.peekChar(0)) {
      case "?":
        this.consumeChar("?");
        this.consumeChar(":");
        capturing = false;
        break;
      default:
        this.groupIdx++;
        break;
    }
    const value = this.disjunction();
    this.consumeChar(")");
    const groupAst = {
      type: "Group",
      capturing,
      value
    };
    if (capturing) {
      groupAst["idx"] = this.groupIdx;
    }
    return groupAst;
  }
  positiveInteger() {
    let number = this.popChar();
    if (decimalPatternNoZero.test(number) === false) {
      throw Error("Expecting a positive integer");
    }
    while (decimalPattern.test(this.peekChar(0))) {
      number += this.popChar();
    }
    return parseInt(number, 10);
  }
  integerIncludingZero() {
    let number = this.popChar();
    if (decimalPattern.test(number) === false) {
      throw Error("Expecting an integer");
    }
    while (decimalPattern.test(this.peekChar(0))) {
      number += this.popChar();
    }
    return parseInt(number, 10);
  }
  patternCharacter() {
    const nextChar = this.popChar();
    switch (nextChar) {
      // istanbul ignore next
      case "\n":
      // istanbul ignore next
      case "\r":
      // istanbul ignore next
      case "\u2028":
      // istanbul ignore next
      case "\u2029":
      // istanbul ignore next
      case "^":
      // istanbul ignore next
      case "$":
      // istanbul ignore next
      case "\\":
      // istanbul ignore next
      case ".":
      // istanbul ignore next
      case "*":
      // istanbul ignore next
      case "+":
      // istanbul ignore next
      case "?":
      // istanbul ignore next
      case "(":
      // istanbul ignore next
      case ")":
      // istanbul ignore next
      case "[":
      // istanbul ignore next
      case "|":
        throw Error("TBD");
      default:
        return { type: "Character", value: cc(nextChar) };
    }
  }
  isRegExpFlag() {
    switch (this.peekChar(0)) {
      case "g":
      case "i":
      case "m":
      case "u":
      case "y":
        return true;
      default:
        return false;
    }
  }
  isRangeDash() {
    return this.peekChar() === "-" && this.isClassAtom(1);
  }
  isDigit() {
    return decimalPattern.test(this.peekChar(0));
  }
  isClassAtom(howMuch = 0) {
    switch (this.peekChar(howMuch)) {
      case "]":
      case "\n":
      case "\r":
      case "\u2028":
      case "\u2029":
        return false;
      default:
        return true;
    }
  }
  isTerm() {
    return this.isAtom() || this.isAssertion();
  }
  isAtom() {
    if (this.isPatternCharacter()) {
      return true;
    }
    switch (this.peekChar(0)) {
      case ".":
      case "\\":
      // atomEscape
      case "[":
      // characterClass
      // TODO: isAtom must be called before isAssertion - disambiguate
      case "(":
        return true;
      default:
        return false;
    }
  }
  isAssertion() {
    switch (this.peekChar(0)) {
      case "^":
      case "$":
        return true;
      // '\b' or '\B'
      case "\\":
        switch (this.peekChar(1)) {
          case "b":
          case "B":
            return true;
          default:
            return false;
        }
      // '(?=' or '(?!' or `(?<=` or `(?<!`
      case "(":
        return this.peekChar(1) === "?" && (this.peekChar(2) === "=" || this.peekChar(2) === "!" || this.peekChar(2) === "<" && (this.peekChar(3) === "=" || this.peekChar(3) === "!"));
      default:
        return false;
    }
  }
  isQuantifier() {
    const prevState = this.saveState();
    try {
      return this.quantifier(true) !== void 0;
    } catch (e) {
      return false;
    } finally {
      this.restoreState(prevState);
    }
  }
  isPatternCharacter() {
    switch (this.peekChar()) {
      case "^":
      case "$":
      case "\\":
      case ".":
      case "*":
      case "+":
      case "?":
      case "(":
      case ")":
      case "[":
      case "|":
      case "/":
      case "\n":
      case "\r":
      case "\u2028":
      case "\u2029":
        return false;
      default:
        return true;
    }
  }
  parseHexDigits(howMany) {
    let hexString = "";
    for (let i = 0; i < howMany; i++) {
      const hexChar = this.popChar();
      if (hexDigitPattern.test(hexChar) === false) {
        throw Error("Expecting a HexDecimal digits");
      }
      hexString += hexChar;
    }
    const charCode = parseInt(hexString, 16);
    return { type: "Character", value: charCode };
  }
  peekChar(howMuch = 0) {
    return this.input[this.idx + howMuch];
  }
  popChar() {
    const nextChar = this.peekChar(0);
    this.consumeChar(void 0);
    return nextChar;
  }
  consumeChar(char) {
    if (char !== void 0 && this.input[this.idx] !== char) {
      throw Error("Expected: '" + char + "' but found: '" + this.input[this.idx] + "' at offset: " + this.idx);
    }
    if (this.idx >= this.input.length) {
      throw Error("Unexpected end of input");
    }
    this.idx++;
  }
  loc(begin) {
    return { begin, end: this.idx };
  }
};

// node_modules/@chevrotain/regexp-to-ast/lib/src/base-regexp-visitor.js
var BaseRegExpVisitor = class {
  visitChildren(node) {
    for (const key in node) {
      const child = node[key];
      if (node.hasOwnProperty(key)) {
        if (child.type !== void 0) {
          this.visit(child);
        } else if (Array.isArray(child)) {
          child.forEach((subChild) => {
            this.visit(subChild);
          }, this);
        }
      }
    }
  }
  visit(node) {
    switch (node.type) {
      case "Pattern":
        this.visitPattern(node);
        break;
      case "Flags":
        this.visitFlags(node);
        break;
      case "Disjunction":
        this.visitDisjunction(node);
        break;
      case "Alternative":
        this.visitAlternative(node);
        break;
      case "StartAnchor":
        this.visitStartAnchor(node);
        break;
      case "EndAnchor":
        this.visitEndAnchor(node);
        break;
      case "WordBoundary":
        this.visitWordBoundary(node);
        break;
      case "NonWordBoundary":
        this.visitNonWordBoundary(node);
        break;
      case "Lookahead":
        this.visitLookahead(node);
        break;
      case "NegativeLookahead":
        this.visitNegativeLookahead(node);
        break;
      case "Lookbehind":
        this.visitLookbehind(node);
        break;
      case "NegativeLookbehind":
        this.visitNegativeLookbehind(node);
        break;
      case "Character":
        this.visitCharacter(node);
        break;
      case "Set":
        this.visitSet(node);
        break;
      case "Group":
        this.visitGroup(node);
        break;
      case "GroupBackReference":
        this.visitGroupBackReference(node);
        break;
      case "Quantifier":
        this.visitQuantifier(node);
        break;
    }
    this.visitChildren(node);
  }
  visitPattern(node) {
  }
  visitFlags(node) {
  }
  visitDisjunction(node) {
  }
  visitAlternative(node) {
  }
  // Assertion
  visitStartAnchor(node) {
  }
  visitEndAnchor(node) {
  }
  visitWordBoundary(node) {
  }
  visitNonWordBoundary(node) {
  }
  visitLookahead(node) {
  }
  visitNegativeLookahead(node) {
  }
  visitLookbehind(node) {
  }
  visitNegativeLookbehind(node) {
  }
  // atoms
  visitCharacter(node) {
  }
  visitSet(node) {
  }
  visitGroup(node) {
  }
  visitGroupBackReference(node) {
  }
  visitQuantifier(node) {
  }
};

// node_modules/chevrotain/lib/src/scan/reg_exp_parser.js
var regExpAstCache = {};
var regExpParser = new RegExpParser();
function getRegExpAst(regExp) {
  const regExpStr = regExp.toString();
  if (regExpAstCache.hasOwnProperty(regExpStr)) {
    return regExpAstCache[regExpStr];
  } else {
    const regExpAst = regExpParser.pattern(regExpStr);
    regExpAstCache[regExpStr] = regExpAst;
    return regExpAst;
  }
}
function clearRegExpParserCache() {
  regExpAstCache = {};
}

// node_modules/chevrotain/lib/src/scan/reg_exp.js
var complementErrorMessage = "Complement Sets are not supported for first char optimization";
var failedOptimizationPrefixMsg = 'Unable to use "first char" lexer optimizations:\n';
function getOptimizedStartCodesIndices(regExp, ensureOptimizations = false) {
  try {
    const ast = getRegExpAst(regExp);
    const firstChars = firstCharOptimizedIndices(ast.value, {}, ast.flags.ignoreCase);
    return firstChars;
  } catch (e) {
    if (e.message === complementErrorMessage) {
      if (ensureOptimizations) {
        PRINT_WARNING(`${failedOptimizationPrefixMsg}	Unable to optimize: < ${regExp.toString()} >
	Complement Sets cannot be automatically optimized.
	This will disable the lexer's first char optimizations.
	See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#COMPLEMENT for details.`);
      }
    } else {
      let msgSuffix = "";
      if (ensureOptimizations) {
        msgSuffix = "\n	This will disable the lexer's first char optimizations.\n	See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#REGEXP_PARSING for details.";
      }
      PRINT_ERROR(`${failedOptimizationPrefixMsg}
	Failed parsing: < ${regExp.toString()} >
	Using the @chevrotain/regexp-to-ast library
	Please open an issue at: https://github.com/chevrotain/chevrotain/issues` + msgSuffix);
    }
  }
  return [];
}
function firstCharOptimizedIndices(ast, result, ignoreCase) {
  switch (ast.type) {
    case "Disjunction":
      for (let i = 0; i < ast.value.length; i++) {
        firstCharOptimizedIndices(ast.value[i], result, ignoreCase);
      }
      break;
    case "Alternative":
      const terms = ast.value;
      for (let i = 0; i < terms.length; i++) {
        const term = terms[i];
        switch (term.type) {
          case "EndAnchor":
          // A group back reference cannot affect potential starting char.
          // because if a back reference is the first production than automatically
          // the group being referenced has had to come BEFORE so its codes have already been added
          case "GroupBackReference":
          // assertions do not affect potential starting codes
          case "Lookahead":
          case "NegativeLookahead":
          case "Lookbehind":
          case "NegativeLookbehind":
          case "StartAnchor":
          case "WordBoundary":
          case "NonWordBoundary":
            continue;
        }
        const atom = term;
        switch (atom.type) {
          case "Character":
            addOptimizedIdxToResult(atom.value, result, ignoreCase);
            break;
          case "Set":
            if (atom.complement === true) {
              throw Error(complementErrorMessage);
            }
            forEach_default(atom.value, (code) => {
              if (typeof code === "number") {
                addOptimizedIdxToResult(code, result, ignoreCase);
              } else {
                const range = code;
                if (ignoreCase === true) {
                  for (let rangeCode = range.from; rangeCode <= range.to; rangeCode++) {
                    addOptimizedIdxToResult(rangeCode, result, ignoreCase);
                  }
                } else {
                  for (let rangeCode = range.from; rangeCode <= range.to && rangeCode < minOptimizationVal; rangeCode++) {
                    addOptimizedIdxToResult(rangeCode, result, ignoreCase);
                  }
                  if (range.to >= minOptimizationVal) {
                    const minUnOptVal = range.from >= minOptimizationVal ? range.from : minOptimizationVal;
                    const maxUnOptVal = range.to;
                    const minOptIdx = charCodeToOptimizedIndex(minUnOptVal);
                    const maxOptIdx = charCodeToOptimizedIndex(maxUnOptVal);
                    for (let currOptIdx = minOptIdx; currOptIdx <= maxOptIdx; currOptIdx++) {
                      result[currOptIdx] = currOptIdx;
                    }
                  }
                }
              }
            });
            break;
          case "Group":
            firstCharOptimizedIndices(atom.value, result, ignoreCase);
            break;
          /* istanbul ignore next */
          default:
            throw Error("Non Exhaustive Match");
        }
        const isOptionalQuantifier = atom.quantifier !== void 0 && atom.quantifier.atLeast === 0;
        if (
          // A group may be optional due to empty contents /(?:)/
          // or if everything inside it is optional /((a)?)/
          atom.type === "Group" && isWholeOptional(atom) === false || // If this term is not a group it may only be optional if it has an optional quantifier
          atom.type !== "Group" && isOptionalQuantifier === false
        ) {
          break;
        }
      }
      break;
    /* istanbul ignore next */
    default:
      throw Error("non exhaustive match!");
  }
  return values_default(result);
}
function addOptimizedIdxToResult(code, result, ignoreCase) {
  const optimizedCharIdx = charCodeToOptimizedIndex(code);
  result[optimizedCharIdx] = optimizedCharIdx;
  if (ignoreCase === true) {
    handleIgnoreCase(code, result);
  }
}
function handleIgnoreCase(code, result) {
  const char = String.fromCharCode(code);
  const upperChar = char.toUpperCase();
  if (upperChar !== char) {
    const optimizedCharIdx = charCodeToOptimizedIndex(upperChar.charCodeAt(0));
    result[optimizedCharIdx] = optimizedCharIdx;
  } else {
    const lowerChar = char.toLowerCase();
    if (lowerChar !== char) {
      const optimizedCharIdx = charCodeToOptimizedIndex(lowerChar.charCodeAt(0));
      result[optimizedCharIdx] = optimizedCharIdx;
    }
  }
}
function findCode(setNode, targetCharCodes) {
  return find_default(setNode.value, (codeOrRange) => {
    if (typeof codeOrRange === "number") {
      return includes_default(targetCharCodes, codeOrRange);
    } else {
      const range = codeOrRange;
      return find_default(targetCharCodes, (targetCode) => range.from <= targetCode && targetCode <= range.to) !== void 0;
    }
  });
}
function isWholeOptional(ast) {
  const quantifier = ast.quantifier;
  if (quantifier && quantifier.atLeast === 0) {
    return true;
  }
  if (!ast.value) {
    return false;
  }
  return isArray_default(ast.value) ? every_default(ast.value, isWholeOptional) : isWholeOptional(ast.value);
}
var CharCodeFinder = class extends BaseRegExpVisitor {
  constructor(targetCharCodes) {
    super();
    this.targetCharCodes = targetCharCodes;
    this.found = false;
  }
  visitChildren(node) {
    if (this.found === true) {
      return;
    }
    switch (node.type) {
      case "Lookahead":
        this.visitLookahead(node);
        return;
      case "NegativeLookahead":
        this.visitNegativeLookahead(node);
        return;
      case "Lookbehind":
        this.visitLookbehind(node);
        return;
      case "NegativeLookbehind":
        this.visitNegativeLookbehind(node);
        return;
    }
    super.visitChildren(node);
  }
  visitCharacter(node) {
    if (includes_default(this.targetCharCodes, node.value)) {
      this.found = true;
    }
  }
  visitSet(node) {
    if (node.complement) {
      if (findCode(node, this.targetCharCodes) === void 0) {
        this.found = true;
      }
    } else {
      if (findCode(node, this.targetCharCodes) !== void 0) {
        this.found = true;
      }
    }
  }
};
function canMatchCharCode(charCodes, pattern) {
  if (pattern instanceof RegExp) {
    const ast = getRegExpAst(pattern);
    const charCodeFinder = new CharCodeFinder(charCodes);
    charCodeFinder.visit(ast);
    return charCodeFinder.found;
  } else {
    return find_default(pattern, (char) => {
      return includes_default(charCodes, char.charCodeAt(0));
    }) !== void 0;
  }
}

// node_modules/chevrotain/lib/src/scan/lexer.js
var PATTERN = "PATTERN";
var DEFAULT_MODE = "defaultMode";
var MODES = "modes";
function analyzeTokenTypes(tokenTypes, options) {
  options = defaults_default(options, {
    debug: false,
    safeMode: false,
    positionTracking: "full",
    lineTerminatorCharacters: ["\r", "\n"],
    tracer: (msg, action) => action()
  });
  const tracer = options.tracer;
  tracer("initCharCodeToOptimizedIndexMap", () => {
    initCharCodeToOptimizedIndexMap();
  });
  let onlyRelevantTypes;
  tracer("Reject Lexer.NA", () => {
    onlyRelevantTypes = reject_default(tokenTypes, (currType) => {
      return currType[PATTERN] === Lexer.NA;
    });
  });
  let hasCustom = false;
  let allTransformedPatterns;
  tracer("Transform Patterns", () => {
    hasCustom = false;
    allTransformedPatterns = map_default(onlyRelevantTypes, (currType) => {
      const currPattern = currType[PATTERN];
      if (isRegExp_default(currPattern)) {
        const regExpSource = currPattern.source;
        if (regExpSource.length === 1 && // only these regExp meta characters which can appear in a length one regExp
        regExpSource !== "^" && regExpSource !== "$" && regExpSource !== "." && !currPattern.ignoreCase) {
          return regExpSource;
        } else if (regExpSource.length === 2 && regExpSource[0] === "\\" && // not a meta character
        !includes_default([
          "d",
          "D",
          "s",
          "S",
          "t",
          "r",
          "n",
          "t",
          "0",
          "c",
          "b",
          "B",
          "f",
          "v",
          "w",
          "W"
        ], regExpSource[1])) {
          return regExpSource[1];
        } else {
          return addStickyFlag(currPattern);
        }
      } else if (isFunction_default(currPattern)) {
        hasCustom = true;
        return { exec: currPattern };
      } else if (typeof currPattern === "object") {
        hasCustom = true;
        return currPattern;
      } else if (typeof currPattern === "string") {
        if (currPattern.length === 1) {
          return currPattern;
        } else {
          const escapedRegExpString = currPattern.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
          const wrappedRegExp = new RegExp(escapedRegExpString);
          return addStickyFlag(wrappedRegExp);
        }
      } else {
        throw Error("non exhaustive match");
      }
    });
  });
  let patternIdxToType;
  let patternIdxToGroup;
  let patternIdxToLongerAltIdxArr;
  let patternIdxToPushMode;
  let patternIdxToPopMode;
  tracer("misc mapping", () => {
    patternIdxToType = map_default(onlyRelevantTypes, (currType) => currType.tokenTypeIdx);
    patternIdxToGroup = map_default(onlyRelevantTypes, (clazz) => {
      const groupName = clazz.GROUP;
      if (groupName === Lexer.SKIPPED) {
        return void 0;
      } else if (isString_default(groupName)) {
        return groupName;
      } else if (isUndefined_default(groupName)) {
        return false;
      } else {
        throw Error("non exhaustive match");
      }
    });
    patternIdxToLongerAltIdxArr = map_default(onlyRelevantTypes, (clazz) => {
      const longerAltType = clazz.LONGER_ALT;
      if (longerAltType) {
        const longerAltIdxArr = isArray_default(longerAltType) ? map_default(longerAltType, (type) => indexOf_default(onlyRelevantTypes, type)) : [indexOf_default(onlyRelevantTypes, longerAltType)];
        return longerAltIdxArr;
      }
    });
    patternIdxToPushMode = map_default(onlyRelevantTypes, (clazz) => clazz.PUSH_MODE);
    patternIdxToPopMode = map_default(onlyRelevantTypes, (clazz) => has_default(clazz, "POP_MODE"));
  });
  let patternIdxToCanLineTerminator;
  tracer("Line Terminator Handling", () => {
    const lineTerminatorCharCodes = getCharCodes(options.lineTerminatorCharacters);
    patternIdxToCanLineTerminator = map_default(onlyRelevantTypes, (tokType) => false);
    if (options.positionTracking !== "onlyOffset") {
      patternIdxToCanLineTerminator = map_default(onlyRelevantTypes, (tokType) => {
        if (has_default(tokType, "LINE_BREAKS")) {
          return !!tokType.LINE_BREAKS;
        } else {
          return checkLineBreaksIssues(tokType, lineTerminatorCharCodes) === false && canMatchCharCode(lineTerminatorCharCodes, tokType.PATTERN);
        }
      });
    }
  });
  let patternIdxToIsCustom;
  let patternIdxToShort;
  let emptyGroups;
  let patternIdxToConfig;
  tracer("Misc Mapping #2", () => {
    patternIdxToIsCustom = map_default(onlyRelevantTypes, isCustomPattern);
    patternIdxToShort = map_default(allTransformedPatterns, isShortPattern);
    emptyGroups = reduce_default(onlyRelevantTypes, (acc, clazz) => {
      const groupName = clazz.GROUP;
      if (isString_default(groupName) && !(groupName === Lexer.SKIPPED)) {
        acc[groupName] = [];
      }
      return acc;
    }, {});
    patternIdxToConfig = map_default(allTransformedPatterns, (x, idx) => {
      return {
        pattern: allTransformedPatterns[idx],
        longerAlt: patternIdxToLongerAltIdxArr[idx],
        canLineTerminator: patternIdxToCanLineTerminator[idx],
        isCustom: patternIdxToIsCustom[idx],
        short: patternIdxToShort[idx],
        group: patternIdxToGroup[idx],
        push: patternIdxToPushMode[idx],
        pop: patternIdxToPopMode[idx],
        tokenTypeIdx: patternIdxToType[idx],
        tokenType: onlyRelevantTypes[idx]
      };
    });
  });
  let canBeOptimized = true;
  let charCodeToPatternIdxToConfig = [];
  if (!options.safeMode) {
    tracer("First Char Optimization", () => {
      charCodeToPatternIdxToConfig = reduce_default(onlyRelevantTypes, (result, currTokType, idx) => {
        if (typeof currTokType.PATTERN === "string") {
          const charCode = currTokType.PATTERN.charCodeAt(0);
          const optimizedIdx = charCodeToOptimizedIndex(charCode);
          addToMapOfArrays(result, optimizedIdx, patternIdxToConfig[idx]);
        } else if (isArray_default(currTokType.START_CHARS_HINT)) {
          let lastOptimizedIdx;
          forEach_default(currTokType.START_CHARS_HINT, (charOrInt) => {
            const charCode = typeof charOrInt === "string" ? charOrInt.charCodeAt(0) : charOrInt;
            const currOptimizedIdx = charCodeToOptimizedIndex(charCode);
            if (lastOptimizedIdx !== currOptimizedIdx) {
              lastOptimizedIdx = currOptimizedIdx;
              addToMapOfArrays(result, currOptimizedIdx, patternIdxToConfig[idx]);
            }
          });
        } else if (isRegExp_default(currTokType.PATTERN)) {
          if (currTokType.PATTERN.unicode) {
            canBeOptimized = false;
            if (options.ensureOptimizations) {
              PRINT_ERROR(`${failedOptimizationPrefixMsg}	Unable to analyze < ${currTokType.PATTERN.toString()} > pattern.
	The regexp unicode flag is not currently supported by the regexp-to-ast library.
	This will disable the lexer's first char optimizations.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#UNICODE_OPTIMIZE`);
            }
          } else {
            const optimizedCodes = getOptimizedStartCodesIndices(currTokType.PATTERN, options.ensureOptimizations);
            if (isEmpty_default(optimizedCodes)) {
              canBeOptimized = false;
            }
            forEach_default(optimizedCodes, (code) => {
              addToMapOfArrays(result, code, patternIdxToConfig[idx]);
            });
          }
        } else {
          if (options.ensureOptimizations) {
            PRINT_ERROR(`${failedOptimizationPrefixMsg}	TokenType: <${currTokType.name}> is using a custom token pattern without providing <start_chars_hint> parameter.
	This will disable the lexer's first char optimizations.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#CUSTOM_OPTIMIZE`);
          }
          canBeOptimized = false;
        }
        return result;
      }, []);
    });
  }
  return {
    emptyGroups,
    patternIdxToConfig,
    charCodeToPatternIdxToConfig,
    hasCustom,
    canBeOptimized
  };
}
function validatePatterns(tokenTypes, validModesNames) {
  let errors = [];
  const missingResult = findMissingPatterns(tokenTypes);
  errors = errors.concat(missingResult.errors);
  const invalidResult = findInvalidPatterns(missingResult.valid);
  const validTokenTypes = invalidResult.valid;
  errors = errors.concat(invalidResult.errors);
  errors = errors.concat(validateRegExpPattern(validTokenTypes));
  errors = errors.concat(findInvalidGroupType(validTokenTypes));
  errors = errors.concat(findModesThatDoNotExist(validTokenTypes, validModesNames));
  errors = errors.concat(findUnreachablePatterns(validTokenTypes));
  return errors;
}
function validateRegExpPattern(tokenTypes) {
  let errors = [];
  const withRegExpPatterns = filter_default(tokenTypes, (currTokType) => isRegExp_default(currTokType[PATTERN]));
  errors = errors.concat(findEndOfInputAnchor(withRegExpPatterns));
  errors = errors.concat(findStartOfInputAnchor(withRegExpPatterns));
  errors = errors.concat(findUnsupportedFlags(withRegExpPatterns));
  errors = errors.concat(findDuplicatePatterns(withRegExpPatterns));
  errors = errors.concat(findEmptyMatchRegExps(withRegExpPatterns));
  return errors;
}
function findMissingPatterns(tokenTypes) {
  const tokenTypesWithMissingPattern = filter_default(tokenTypes, (currType) => {
    return !has_default(currType, PATTERN);
  });
  const errors = map_default(tokenTypesWithMissingPattern, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- missing static 'PATTERN' property",
      type: LexerDefinitionErrorType.MISSING_PATTERN,
      tokenTypes: [currType]
    };
  });
  const valid = difference_default(tokenTypes, tokenTypesWithMissingPattern);
  return { errors, valid };
}
function findInvalidPatterns(tokenTypes) {
  const tokenTypesWithInvalidPattern = filter_default(tokenTypes, (currType) => {
    const pattern = currType[PATTERN];
    return !isRegExp_default(pattern) && !isFunction_default(pattern) && !has_default(pattern, "exec") && !isString_default(pattern);
  });
  const errors = map_default(tokenTypesWithInvalidPattern, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'PATTERN' can only be a RegExp, a Function matching the {CustomPatternMatcherFunc} type or an Object matching the {ICustomPattern} interface.",
      type: LexerDefinitionErrorType.INVALID_PATTERN,
      tokenTypes: [currType]
    };
  });
  const valid = difference_default(tokenTypes, tokenTypesWithInvalidPattern);
  return { errors, valid };
}
var end_of_input = /[^\\][$]/;
function findEndOfInputAnchor(tokenTypes) {
  class EndAnchorFinder extends BaseRegExpVisitor {
    constructor() {
      super(...arguments);
      this.found = false;
    }
    visitEndAnchor(node) {
      this.found = true;
    }
  }
  const invalidRegex = filter_default(tokenTypes, (currType) => {
    const pattern = currType.PATTERN;
    try {
      const regexpAst = getRegExpAst(pattern);
      const endAnchorVisitor = new EndAnchorFinder();
      endAnchorVisitor.visit(regexpAst);
      return endAnchorVisitor.found;
    } catch (e) {
      return end_of_input.test(pattern.source);
    }
  });
  const errors = map_default(invalidRegex, (currType) => {
    return {
      message: "Unexpected RegExp Anchor Error:\n	Token Type: ->" + currType.name + "<- static 'PATTERN' cannot contain end of input anchor '$'\n	See chevrotain.io/docs/guide/resolving_lexer_errors.html#ANCHORS	for details.",
      type: LexerDefinitionErrorType.EOI_ANCHOR_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findEmptyMatchRegExps(tokenTypes) {
  const matchesEmptyString = filter_default(tokenTypes, (currType) => {
    const pattern = currType.PATTERN;
    return pattern.test("");
  });
  const errors = map_default(matchesEmptyString, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'PATTERN' must not match an empty string",
      type: LexerDefinitionErrorType.EMPTY_MATCH_PATTERN,
      tokenTypes: [currType]
    };
  });
  return errors;
}
var start_of_input = /[^\\[][\^]|^\^/;
function findStartOfInputAnchor(tokenTypes) {
  class StartAnchorFinder extends BaseRegExpVisitor {
    constructor() {
      super(...arguments);
      this.found = false;
    }
    visitStartAnchor(node) {
      this.found = true;
    }
  }
  const invalidRegex = filter_default(tokenTypes, (currType) => {
    const pattern = currType.PATTERN;
    try {
      const regexpAst = getRegExpAst(pattern);
      const startAnchorVisitor = new StartAnchorFinder();
      startAnchorVisitor.visit(regexpAst);
      return startAnchorVisitor.found;
    } catch (e) {
      return start_of_input.test(pattern.source);
    }
  });
  const errors = map_default(invalidRegex, (currType) => {
    return {
      message: "Unexpected RegExp Anchor Error:\n	Token Type: ->" + currType.name + "<- static 'PATTERN' cannot contain start of input anchor '^'\n	See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#ANCHORS	for details.",
      type: LexerDefinitionErrorType.SOI_ANCHOR_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findUnsupportedFlags(tokenTypes) {
  const invalidFlags = filter_default(tokenTypes, (currType) => {
    const pattern = currType[PATTERN];
    return pattern instanceof RegExp && (pattern.multiline || pattern.global);
  });
  const errors = map_default(invalidFlags, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'PATTERN' may NOT contain global('g') or multiline('m')",
      type: LexerDefinitionErrorType.UNSUPPORTED_FLAGS_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findDuplicatePatterns(tokenTypes) {
  const found = [];
  let identicalPatterns = map_default(tokenTypes, (outerType) => {
    return reduce_default(tokenTypes, (result, innerType) => {
      if (outerType.PATTERN.source === innerType.PATTERN.source && !includes_default(found, innerType) && innerType.PATTERN !== Lexer.NA) {
        found.push(innerType);
        result.push(innerType);
        return result;
      }
      return result;
    }, []);
  });
  identicalPatterns = compact_default(identicalPatterns);
  const duplicatePatterns = filter_default(identicalPatterns, (currIdenticalSet) => {
    return currIdenticalSet.length > 1;
  });
  const errors = map_default(duplicatePatterns, (setOfIdentical) => {
    const tokenTypeNames = map_default(setOfIdentical, (currType) => {
      return currType.name;
    });
    const dupPatternSrc = head_default(setOfIdentical).PATTERN;
    return {
      message: `The same RegExp pattern ->${dupPatternSrc}<-has been used in all of the following Token Types: ${tokenTypeNames.join(", ")} <-`,
      type: LexerDefinitionErrorType.DUPLICATE_PATTERNS_FOUND,
      tokenTypes: setOfIdentical
    };
  });
  return errors;
}
function findInvalidGroupType(tokenTypes) {
  const invalidTypes = filter_default(tokenTypes, (clazz) => {
    if (!has_default(clazz, "GROUP")) {
      return false;
    }
    const group = clazz.GROUP;
    return group !== Lexer.SKIPPED && group !== Lexer.NA && !isString_default(group);
  });
  const errors = map_default(invalidTypes, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'GROUP' can only be Lexer.SKIPPED/Lexer.NA/A String",
      type: LexerDefinitionErrorType.INVALID_GROUP_TYPE_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findModesThatDoNotExist(tokenTypes, validModes) {
  const invalidModes = filter_default(tokenTypes, (clazz) => {
    return clazz.PUSH_MODE !== void 0 && !includes_default(validModes, clazz.PUSH_MODE);
  });
  const errors = map_default(invalidModes, (tokType) => {
    const msg = `Token Type: ->${tokType.name}<- static 'PUSH_MODE' value cannot refer to a Lexer Mode ->${tokType.PUSH_MODE}<-which does not exist`;
    return {
      message: msg,
      type: LexerDefinitionErrorType.PUSH_MODE_DOES_NOT_EXIST,
      tokenTypes: [tokType]
    };
  });
  return errors;
}
function findUnreachablePatterns(tokenTypes) {
  const errors = [];
  const canBeTested = reduce_default(tokenTypes, (result, tokType, idx) => {
    const pattern = tokType.PATTERN;
    if (pattern === Lexer.NA) {
      return result;
    }
    if (isString_default(pattern)) {
      result.push({ str: pattern, idx, tokenType: tokType });
    } else if (isRegExp_default(pattern) && noMetaChar(pattern)) {
      result.push({ str: pattern.source, idx, tokenType: tokType });
    }
    return result;
  }, []);
  forEach_default(tokenTypes, (aTokType, aIdx) => {
    forEach_default(canBeTested, ({ str: bStr, idx: bIdx, tokenType: bTokType }) => {
      if (aIdx < bIdx && tryToMatchStrToPattern(bStr, aTokType.PATTERN)) {
        const msg = `Token: ->${bTokType.name}<- can never be matched.
Because it appears AFTER the Token Type ->${aTokType.name}<-in the lexer's definition.
See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#UNREACHABLE`;
        errors.push({
          message: msg,
          type: LexerDefinitionErrorType.UNREACHABLE_PATTERN,
          tokenTypes: [aTokType, bTokType]
        });
      }
    });
  });
  return errors;
}
function tryToMatchStrToPattern(str, pattern) {
  if (isRegExp_default(pattern)) {
    if (usesLookAheadOrBehind(pattern)) {
      return false;
    }
    const regExpArray = pattern.exec(str);
    return regExpArray !== null && regExpArray.index === 0;
  } else if (isFunction_default(pattern)) {
    return pattern(str, 0, [], {});
  } else if (has_default(pattern, "exec")) {
    return pattern.exec(str, 0, [], {});
  } else if (typeof pattern === "string") {
    return pattern === str;
  } else {
    throw Error("non exhaustive match");
  }
}
function noMetaChar(regExp) {
  const metaChars = [
    ".",
    "\\",
    "[",
    "]",
    "|",
    "^",
    "$",
    "(",
    ")",
    "?",
    "*",
    "+",
    "{"
  ];
  return find_default(metaChars, (char) => regExp.source.indexOf(char) !== -1) === void 0;
}
function usesLookAheadOrBehind(regExp) {
  return /(\(\?=)|(\(\?!)|(\(\?<=)|(\(\?<!)/.test(regExp.source);
}
function addStickyFlag(pattern) {
  const flags = pattern.ignoreCase ? "iy" : "y";
  return new RegExp(`${pattern.source}`, flags);
}
function performRuntimeChecks(lexerDefinition, trackLines, lineTerminatorCharacters) {
  const errors = [];
  if (!has_default(lexerDefinition, DEFAULT_MODE)) {
    errors.push({
      message: "A MultiMode Lexer cannot be initialized without a <" + DEFAULT_MODE + "> property in its definition\n",
      type: LexerDefinitionErrorType.MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE
    });
  }
  if (!has_default(lexerDefinition, MODES)) {
    errors.push({
      message: "A MultiMode Lexer cannot be initialized without a <" + MODES + "> property in its definition\n",
      type: LexerDefinitionErrorType.MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY
    });
  }
  if (has_default(lexerDefinition, MODES) && has_default(lexerDefinition, DEFAULT_MODE) && !has_default(lexerDefinition.modes, lexerDefinition.defaultMode)) {
    errors.push({
      message: `A MultiMode Lexer cannot be initialized with a ${DEFAULT_MODE}: <${lexerDefinition.defaultMode}>which does not exist
`,
      type: LexerDefinitionErrorType.MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST
    });
  }
  if (has_default(lexerDefinition, MODES)) {
    forEach_default(lexerDefinition.modes, (currModeValue, currModeName) => {
      forEach_default(currModeValue, (currTokType, currIdx) => {
        if (isUndefined_default(currTokType)) {
          errors.push({
            message: `A Lexer cannot be initialized using an undefined Token Type. Mode:<${currModeName}> at index: <${currIdx}>
`,
            type: LexerDefinitionErrorType.LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED
          });
        } else if (has_default(currTokType, "LONGER_ALT")) {
          const longerAlt = isArray_default(currTokType.LONGER_ALT) ? currTokType.LONGER_ALT : [currTokType.LONGER_ALT];
          forEach_default(longerAlt, (currLongerAlt) => {
            if (!isUndefined_default(currLongerAlt) && !includes_default(currModeValue, currLongerAlt)) {
              errors.push({
                message: `A MultiMode Lexer cannot be initialized with a longer_alt <${currLongerAlt.name}> on token <${currTokType.name}> outside of mode <${currModeName}>
`,
                type: LexerDefinitionErrorType.MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE
              });
            }
          });
        }
      });
    });
  }
  return errors;
}
function performWarningRuntimeChecks(lexerDefinition, trackLines, lineTerminatorCharacters) {
  const warnings = [];
  let hasAnyLineBreak = false;
  const allTokenTypes = compact_default(flatten_default(values_default(lexerDefinition.modes)));
  const concreteTokenTypes = reject_default(allTokenTypes, (currType) => currType[PATTERN] === Lexer.NA);
  const terminatorCharCodes = getCharCodes(lineTerminatorCharacters);
  if (trackLines) {
    forEach_default(concreteTokenTypes, (tokType) => {
      const currIssue = checkLineBreaksIssues(tokType, terminatorCharCodes);
      if (currIssue !== false) {
        const message = buildLineBreakIssueMessage(tokType, currIssue);
        const warningDescriptor = {
          message,
          type: currIssue.issue,
          tokenType: tokType
        };
        warnings.push(warningDescriptor);
      } else {
        if (has_default(tokType, "LINE_BREAKS")) {
          if (tokType.LINE_BREAKS === true) {
            hasAnyLineBreak = true;
          }
        } else {
          if (canMatchCharCode(terminatorCharCodes, tokType.PATTERN)) {
            hasAnyLineBreak = true;
          }
        }
      }
    });
  }
  if (trackLines && !hasAnyLineBreak) {
    warnings.push({
      message: "Warning: No LINE_BREAKS Found.\n	This Lexer has been defined to track line and column information,\n	But none of the Token Types can be identified as matching a line terminator.\n	See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#LINE_BREAKS \n	for details.",
      type: LexerDefinitionErrorType.NO_LINE_BREAKS_FLAGS
    });
  }
  return warnings;
}
function cloneEmptyGroups(emptyGroups) {
  const clonedResult = {};
  const groupKeys = keys_default(emptyGroups);
  forEach_default(groupKeys, (currKey) => {
    const currGroupValue = emptyGroups[currKey];
    if (isArray_default(currGroupValue)) {
      clonedResult[currKey] = [];
    } else {
      throw Error("non exhaustive match");
    }
  });
  return clonedResult;
}
function isCustomPattern(tokenType) {
  const pattern = tokenType.PATTERN;
  if (isRegExp_default(pattern)) {
    return false;
  } else if (isFunction_default(pattern)) {
    return true;
  } else if (has_default(pattern, "exec")) {
    return true;
  } else if (isString_default(pattern)) {
    return false;
  } else {
    throw Error("non exhaustive match");
  }
}
function isShortPattern(pattern) {
  if (isString_default(pattern) && pattern.length === 1) {
    return pattern.charCodeAt(0);
  } else {
    return false;
  }
}
var LineTerminatorOptimizedTester = {
  // implements /\n|\r\n?/g.test
  test: function(text) {
    const len = text.length;
    for (let i = this.lastIndex; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.lastIndex = i + 1;
        return true;
      } else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) {
          this.lastIndex = i + 2;
        } else {
          this.lastIndex = i + 1;
        }
        return true;
      }
    }
    return false;
  },
  lastIndex: 0
};
function checkLineBreaksIssues(tokType, lineTerminatorCharCodes) {
  if (has_default(tokType, "LINE_BREAKS")) {
    return false;
  } else {
    if (isRegExp_default(tokType.PATTERN)) {
      try {
        canMatchCharCode(lineTerminatorCharCodes, tokType.PATTERN);
      } catch (e) {
        return {
          issue: LexerDefinitionErrorType.IDENTIFY_TERMINATOR,
          errMsg: e.message
        };
      }
      return false;
    } else if (isString_default(tokType.PATTERN)) {
      return false;
    } else if (isCustomPattern(tokType)) {
      return { issue: LexerDefinitionErrorType.CUSTOM_LINE_BREAK };
    } else {
      throw Error("non exhaustive match");
    }
  }
}
function buildLineBreakIssueMessage(tokType, details) {
  if (details.issue === LexerDefinitionErrorType.IDENTIFY_TERMINATOR) {
    return `Warning: unable to identify line terminator usage in pattern.
	The problem is in the <${tokType.name}> Token Type
	 Root cause: ${details.errMsg}.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#IDENTIFY_TERMINATOR`;
  } else if (details.issue === LexerDefinitionErrorType.CUSTOM_LINE_BREAK) {
    return `Warning: A Custom Token Pattern should specify the <line_breaks> option.
	The problem is in the <${tokType.name}> Token Type
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#CUSTOM_LINE_BREAK`;
  } else {
    throw Error("non exhaustive match");
  }
}
function getCharCodes(charsOrCodes) {
  const charCodes = map_default(charsOrCodes, (numOrString) => {
    if (isString_default(numOrString)) {
      return numOrString.charCodeAt(0);
    } else {
      return numOrString;
    }
  });
  return charCodes;
}
function addToMapOfArrays(map2, key, value) {
  if (map2[key] === void 0) {
    map2[key] = [value];
  } else {
    map2[key].push(value);
  }
}
var minOptimizationVal = 256;
var charCodeToOptimizedIdxMap = [];
function charCodeToOptimizedIndex(charCode) {
  return charCode < minOptimizationVal ? charCode : charCodeToOptimizedIdxMap[charCode];
}
function initCharCodeToOptimizedIndexMap() {
  if (isEmpty_default(charCodeToOptimizedIdxMap)) {
    charCodeToOptimizedIdxMap = new Array(65536);
    for (let i = 0; i < 65536; i++) {
      charCodeToOptimizedIdxMap[i] = i > 255 ? 255 + ~~(i / 255) : i;
    }
  }
}

// node_modules/chevrotain/lib/src/scan/tokens.js
function tokenStructuredMatcher(tokInstance, tokConstructor) {
  const instanceType = tokInstance.tokenTypeIdx;
  if (instanceType === tokConstructor.tokenTypeIdx) {
    return true;
  } else {
    return tokConstructor.isParent === true && tokConstructor.categoryMatchesMap[instanceType] === true;
  }
}
function tokenStructuredMatcherNoCategories(token, tokType) {
  return token.tokenTypeIdx === tokType.tokenTypeIdx;
}
var tokenShortNameIdx = 1;
var tokenIdxToClass = {};
function augmentTokenTypes(tokenTypes) {
  const tokenTypesAndParents = expandCategories(tokenTypes);
  assignTokenDefaultProps(tokenTypesAndParents);
  assignCategoriesMapProp(tokenTypesAndParents);
  assignCategoriesTokensProp(tokenTypesAndParents);
  forEach_default(tokenTypesAndParents, (tokType) => {
    tokType.isParent = tokType.categoryMatches.length > 0;
  });
}
function expandCategories(tokenTypes) {
  let result = clone_default(tokenTypes);
  let categories = tokenTypes;
  let searching = true;
  while (searching) {
    categories = compact_default(flatten_default(map_default(categories, (currTokType) => currTokType.CATEGORIES)));
    const newCategories = difference_default(categories, result);
    result = result.concat(newCategories);
    if (isEmpty_default(newCategories)) {
      searching = false;
    } else {
      categories = newCategories;
    }
  }
  return result;
}
function assignTokenDefaultProps(tokenTypes) {
  forEach_default(tokenTypes, (currTokType) => {
    if (!hasShortKeyProperty(currTokType)) {
      tokenIdxToClass[tokenShortNameIdx] = currTokType;
      currTokType.tokenTypeIdx = tokenShortNameIdx++;
    }
    if (hasCategoriesProperty(currTokType) && !isArray_default(currTokType.CATEGORIES)) {
      currTokType.CATEGORIES = [currTokType.CATEGORIES];
    }
    if (!hasCategoriesProperty(currTokType)) {
      currTokType.CATEGORIES = [];
    }
    if (!hasExtendingTokensTypesProperty(currTokType)) {
      currTokType.categoryMatches = [];
    }
    if (!hasExtendingTokensTypesMapProperty(currTokType)) {
      currTokType.categoryMatchesMap = {};
    }
  });
}
function assignCategoriesTokensProp(tokenTypes) {
  forEach_default(tokenTypes, (currTokType) => {
    currTokType.categoryMatches = [];
    forEach_default(currTokType.categoryMatchesMap, (val, key) => {
      currTokType.categoryMatches.push(tokenIdxToClass[key].tokenTypeIdx);
    });
  });
}
function assignCategoriesMapProp(tokenTypes) {
  forEach_default(tokenTypes, (currTokType) => {
    singleAssignCategoriesToksMap([], currTokType);
  });
}
function singleAssignCategoriesToksMap(path, nextNode) {
  forEach_default(path, (pathNode) => {
    nextNode.categoryMatchesMap[pathNode.tokenTypeIdx] = true;
  });
  forEach_default(nextNode.CATEGORIES, (nextCategory) => {
    const newPath = path.concat(nextNode);
    if (!includes_default(newPath, nextCategory)) {
      singleAssignCategoriesToksMap(newPath, nextCategory);
    }
  });
}
function hasShortKeyProperty(tokType) {
  return has_default(tokType, "tokenTypeIdx");
}
function hasCategoriesProperty(tokType) {
  return has_default(tokType, "CATEGORIES");
}
function hasExtendingTokensTypesProperty(tokType) {
  return has_default(tokType, "categoryMatches");
}
function hasExtendingTokensTypesMapProperty(tokType) {
  return has_default(tokType, "categoryMatchesMap");
}
function isTokenType(tokType) {
  return has_default(tokType, "tokenTypeIdx");
}

// node_modules/chevrotain/lib/src/scan/lexer_errors_public.js
var defaultLexerErrorProvider = {
  buildUnableToPopLexerModeMessage(token) {
    return `Unable to pop Lexer Mode after encountering Token ->${token.image}<- The Mode Stack is empty`;
  },
  buildUnexpectedCharactersMessage(fullText, startOffset, length, line, column, mode) {
    return `unexpected character: ->${fullText.charAt(startOffset)}<- at offset: ${startOffset}, skipped ${length} characters.`;
  }
};

// node_modules/chevrotain/lib/src/scan/lexer_public.js
var LexerDefinitionErrorType;
(function(LexerDefinitionErrorType2) {
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["MISSING_PATTERN"] = 0] = "MISSING_PATTERN";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["INVALID_PATTERN"] = 1] = "INVALID_PATTERN";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["EOI_ANCHOR_FOUND"] = 2] = "EOI_ANCHOR_FOUND";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["UNSUPPORTED_FLAGS_FOUND"] = 3] = "UNSUPPORTED_FLAGS_FOUND";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["DUPLICATE_PATTERNS_FOUND"] = 4] = "DUPLICATE_PATTERNS_FOUND";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["INVALID_GROUP_TYPE_FOUND"] = 5] = "INVALID_GROUP_TYPE_FOUND";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["PUSH_MODE_DOES_NOT_EXIST"] = 6] = "PUSH_MODE_DOES_NOT_EXIST";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE"] = 7] = "MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY"] = 8] = "MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST"] = 9] = "MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED"] = 10] = "LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["SOI_ANCHOR_FOUND"] = 11] = "SOI_ANCHOR_FOUND";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["EMPTY_MATCH_PATTERN"] = 12] = "EMPTY_MATCH_PATTERN";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["NO_LINE_BREAKS_FLAGS"] = 13] = "NO_LINE_BREAKS_FLAGS";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["UNREACHABLE_PATTERN"] = 14] = "UNREACHABLE_PATTERN";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["IDENTIFY_TERMINATOR"] = 15] = "IDENTIFY_TERMINATOR";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["CUSTOM_LINE_BREAK"] = 16] = "CUSTOM_LINE_BREAK";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE"] = 17] = "MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE";
})(LexerDefinitionErrorType || (LexerDefinitionErrorType = {}));
var DEFAULT_LEXER_CONFIG = {
  deferDefinitionErrorsHandling: false,
  positionTracking: "full",
  lineTerminatorsPattern: /\n|\r\n?/g,
  lineTerminatorCharacters: ["\n", "\r"],
  ensureOptimizations: false,
  safeMode: false,
  errorMessageProvider: defaultLexerErrorProvider,
  traceInitPerf: false,
  skipValidations: false,
  recoveryEnabled: true
};
Object.freeze(DEFAULT_LEXER_CONFIG);
var Lexer = class {
  constructor(lexerDefinition, config = DEFAULT_LEXER_CONFIG) {
    this.lexerDefinition = lexerDefinition;
    this.lexerDefinitionErrors = [];
    this.lexerDefinitionWarning = [];
    this.patternIdxToConfig = {};
    this.charCodeToPatternIdxToConfig = {};
    this.modes = [];
    this.emptyGroups = {};
    this.trackStartLines = true;
    this.trackEndLines = true;
    this.hasCustom = false;
    this.canModeBeOptimized = {};
    this.TRACE_INIT = (phaseDesc, phaseImpl) => {
      if (this.traceInitPerf === true) {
        this.traceInitIndent++;
        const indent = new Array(this.traceInitIndent + 1).join("	");
        if (this.traceInitIndent < this.traceInitMaxIdent) {
          console.log(`${indent}--> <${phaseDesc}>`);
        }
        const { time, value } = timer(phaseImpl);
        const traceMethod = time > 10 ? console.warn : console.log;
        if (this.traceInitIndent < this.traceInitMaxIdent) {
          traceMethod(`${indent}<-- <${phaseDesc}> time: ${time}ms`);
        }
        this.traceInitIndent--;
        return value;
      } else {
        return phaseImpl();
      }
    };
    if (typeof config === "boolean") {
      throw Error("The second argument to the Lexer constructor is now an ILexerConfig Object.\na boolean 2nd argument is no longer supported");
    }
    this.config = assign_default({}, DEFAULT_LEXER_CONFIG, config);
    const traceInitVal = this.config.traceInitPerf;
    if (traceInitVal === true) {
      this.traceInitMaxIdent = Infinity;
      this.traceInitPerf = true;
    } else if (typeof traceInitVal === "number") {
      this.traceInitMaxIdent = traceInitVal;
      this.traceInitPerf = true;
    }
    this.traceInitIndent = -1;
    this.TRACE_INIT("Lexer Constructor", () => {
      let actualDefinition;
      let hasOnlySingleMode = true;
      this.TRACE_INIT("Lexer Config handling", () => {
        if (this.config.lineTerminatorsPattern === DEFAULT_LEXER_CONFIG.lineTerminatorsPattern) {
          this.config.lineTerminatorsPattern = LineTerminatorOptimizedTester;
        } else {
          if (this.config.lineTerminatorCharacters === DEFAULT_LEXER_CONFIG.lineTerminatorCharacters) {
            throw Error("Error: Missing <lineTerminatorCharacters> property on the Lexer config.\n	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#MISSING_LINE_TERM_CHARS");
          }
        }
        if (config.safeMode && config.ensureOptimizations) {
          throw Error('"safeMode" and "ensureOptimizations" flags are mutually exclusive.');
        }
        this.trackStartLines = /full|onlyStart/i.test(this.config.positionTracking);
        this.trackEndLines = /full/i.test(this.config.positionTracking);
        if (isArray_default(lexerDefinition)) {
          actualDefinition = {
            modes: { defaultMode: clone_default(lexerDefinition) },
            defaultMode: DEFAULT_MODE
          };
        } else {
          hasOnlySingleMode = false;
          actualDefinition = clone_default(lexerDefinition);
        }
      });
      if (this.config.skipValidations === false) {
        this.TRACE_INIT("performRuntimeChecks", () => {
          this.lexerDefinitionErrors = this.lexerDefinitionErrors.concat(performRuntimeChecks(actualDefinition, this.trackStartLines, this.config.lineTerminatorCharacters));
        });
        this.TRACE_INIT("performWarningRuntimeChecks", () => {
          this.lexerDefinitionWarning = this.lexerDefinitionWarning.concat(performWarningRuntimeChecks(actualDefinition, this.trackStartLines, this.config.lineTerminatorCharacters));
        });
      }
      actualDefinition.modes = actualDefinition.modes ? actualDefinition.modes : {};
      forEach_default(actualDefinition.modes, (currModeValue, currModeName) => {
        actualDefinition.modes[currModeName] = reject_default(currModeValue, (currTokType) => isUndefined_default(currTokType));
      });
      const allModeNames = keys_default(actualDefinition.modes);
      forEach_default(actualDefinition.modes, (currModDef, currModName) => {
        this.TRACE_INIT(`Mode: <${currModName}> processing`, () => {
          this.modes.push(currModName);
          if (this.config.skipValidations === false) {
            this.TRACE_INIT(`validatePatterns`, () => {
              this.lexerDefinitionErrors = this.lexerDefinitionErrors.concat(validatePatterns(currModDef, allModeNames));
            });
          }
          if (isEmpty_default(this.lexerDefinitionErrors)) {
            augmentTokenTypes(currModDef);
            let currAnalyzeResult;
            this.TRACE_INIT(`analyzeTokenTypes`, () => {
              currAnalyzeResult = analyzeTokenTypes(currModDef, {
                lineTerminatorCharacters: this.config.lineTerminatorCharacters,
                positionTracking: config.positionTracking,
                ensureOptimizations: config.ensureOptimizations,
                safeMode: config.safeMode,
                tracer: this.TRACE_INIT
              });
            });
            this.patternIdxToConfig[currModName] = currAnalyzeResult.patternIdxToConfig;
            this.charCodeToPatternIdxToConfig[currModName] = currAnalyzeResult.charCodeToPatternIdxToConfig;
            this.emptyGroups = assign_default({}, this.emptyGroups, currAnalyzeResult.emptyGroups);
            this.hasCustom = currAnalyzeResult.hasCustom || this.hasCustom;
            this.canModeBeOptimized[currModName] = currAnalyzeResult.canBeOptimized;
          }
        });
      });
      this.defaultMode = actualDefinition.defaultMode;
      if (!isEmpty_default(this.lexerDefinitionErrors) && !this.config.deferDefinitionErrorsHandling) {
        const allErrMessages = map_default(this.lexerDefinitionErrors, (error) => {
          return error.message;
        });
        const allErrMessagesString = allErrMessages.join("-----------------------\n");
        throw new Error("Errors detected in definition of Lexer:\n" + allErrMessagesString);
      }
      forEach_default(this.lexerDefinitionWarning, (warningDescriptor) => {
        PRINT_WARNING(warningDescriptor.message);
      });
      this.TRACE_INIT("Choosing sub-methods implementations", () => {
        if (hasOnlySingleMode) {
          this.handleModes = noop_default;
        }
        if (this.trackStartLines === false) {
          this.computeNewColumn = identity_default;
        }
        if (this.trackEndLines === false) {
          this.updateTokenEndLineColumnLocation = noop_default;
        }
        if (/full/i.test(this.config.positionTracking)) {
          this.createTokenInstance = this.createFullToken;
        } else if (/onlyStart/i.test(this.config.positionTracking)) {
          this.createTokenInstance = this.createStartOnlyToken;
        } else if (/onlyOffset/i.test(this.config.positionTracking)) {
          this.createTokenInstance = this.createOffsetOnlyToken;
        } else {
          throw Error(`Invalid <positionTracking> config option: "${this.config.positionTracking}"`);
        }
        if (this.hasCustom) {
          this.addToken = this.addTokenUsingPush;
          this.handlePayload = this.handlePayloadWithCustom;
        } else {
          this.addToken = this.addTokenUsingMemberAccess;
          this.handlePayload = this.handlePayloadNoCustom;
        }
      });
      this.TRACE_INIT("Failed Optimization Warnings", () => {
        const unOptimizedModes = reduce_default(this.canModeBeOptimized, (cannotBeOptimized, canBeOptimized, modeName) => {
          if (canBeOptimized === false) {
            cannotBeOptimized.push(modeName);
          }
          return cannotBeOptimized;
        }, []);
        if (config.ensureOptimizations && !isEmpty_default(unOptimizedModes)) {
          throw Error(`Lexer Modes: < ${unOptimizedModes.join(", ")} > cannot be optimized.
	 Disable the "ensureOptimizations" lexer config flag to silently ignore this and run the lexer in an un-optimized mode.
	 Or inspect the console log for details on how to resolve these issues.`);
        }
      });
      this.TRACE_INIT("clearRegExpParserCache", () => {
        clearRegExpParserCache();
      });
      this.TRACE_INIT("toFastProperties", () => {
        toFastProperties(this);
      });
    });
  }
  tokenize(text, initialMode = this.defaultMode) {
    if (!isEmpty_default(this.lexerDefinitionErrors)) {
      const allErrMessages = map_default(this.lexerDefinitionErrors, (error) => {
        return error.message;
      });
      const allErrMessagesString = allErrMessages.join("-----------------------\n");
      throw new Error("Unable to Tokenize because Errors detected in definition of Lexer:\n" + allErrMessagesString);
    }
    return this.tokenizeInternal(text, initialMode);
  }
  // There is quite a bit of duplication between this and "tokenizeInternalLazy"
  // This is intentional due to performance considerations.
  // this method also used quite a bit of `!` none null assertions because it is too optimized
  // for `tsc` to always understand it is "safe"
  tokenizeInternal(text, initialMode) {
    let i, j, k, matchAltImage, longerAlt, matchedImage, payload, altPayload, imageLength, group, tokType, newToken, errLength, msg, match;
    const orgText = text;
    const orgLength = orgText.length;
    let offset = 0;
    let matchedTokensIndex = 0;
    const guessedNumberOfTokens = this.hasCustom ? 0 : Math.floor(text.length / 10);
    const matchedTokens = new Array(guessedNumberOfTokens);
    const errors = [];
    let line = this.trackStartLines ? 1 : void 0;
    let column = this.trackStartLines ? 1 : void 0;
    const groups = cloneEmptyGroups(this.emptyGroups);
    const trackLines = this.trackStartLines;
    const lineTerminatorPattern = this.config.lineTerminatorsPattern;
    let currModePatternsLength = 0;
    let patternIdxToConfig = [];
    let currCharCodeToPatternIdxToConfig = [];
    const modeStack = [];
    const emptyArray = [];
    Object.freeze(emptyArray);
    let isOptimizedMode = false;
    const pop_mode = (popToken) => {
      if (modeStack.length === 1 && // if we have both a POP_MODE and a PUSH_MODE this is in-fact a "transition"
      // So no error should occur.
      popToken.tokenType.PUSH_MODE === void 0) {
        const msg2 = this.config.errorMessageProvider.buildUnableToPopLexerModeMessage(popToken);
        errors.push({
          offset: popToken.startOffset,
          line: popToken.startLine,
          column: popToken.startColumn,
          length: popToken.image.length,
          message: msg2
        });
      } else {
        modeStack.pop();
        const newMode = last_default(modeStack);
        patternIdxToConfig = this.patternIdxToConfig[newMode];
        currCharCodeToPatternIdxToConfig = this.charCodeToPatternIdxToConfig[newMode];
        currModePatternsLength = patternIdxToConfig.length;
        const modeCanBeOptimized = this.canModeBeOptimized[newMode] && this.config.safeMode === false;
        if (currCharCodeToPatternIdxToConfig && modeCanBeOptimized) {
          isOptimizedMode = true;
        } else {
          isOptimizedMode = false;
        }
      }
    };
    function push_mode(newMode) {
      modeStack.push(newMode);
      currCharCodeToPatternIdxToConfig = this.charCodeToPatternIdxToConfig[newMode];
      patternIdxToConfig = this.patternIdxToConfig[newMode];
      currModePatternsLength = patternIdxToConfig.length;
      currModePatternsLength = patternIdxToConfig.length;
      const modeCanBeOptimized = this.canModeBeOptimized[newMode] && this.config.safeMode === false;
      if (currCharCodeToPatternIdxToConfig && modeCanBeOptimized) {
        isOptimizedMode = true;
      } else {
        isOptimizedMode = false;
      }
    }
    push_mode.call(this, initialMode);
    let currConfig;
    const recoveryEnabled = this.config.recoveryEnabled;
    while (offset < orgLength) {
      matchedImage = null;
      imageLength = -1;
      const nextCharCode = orgText.charCodeAt(offset);
      let chosenPatternIdxToConfig;
      if (isOptimizedMode) {
        const optimizedCharIdx = charCodeToOptimizedIndex(nextCharCode);
        const possiblePatterns = currCharCodeToPatternIdxToConfig[optimizedCharIdx];
        chosenPatternIdxToConfig = possiblePatterns !== void 0 ? possiblePatterns : emptyArray;
      } else {
        chosenPatternIdxToConfig = patternIdxToConfig;
      }
      const chosenPatternsLength = chosenPatternIdxToConfig.length;
      for (i = 0; i < chosenPatternsLength; i++) {
        currConfig = chosenPatternIdxToConfig[i];
        const currPattern = currConfig.pattern;
        payload = null;
        const singleCharCode = currConfig.short;
        if (singleCharCode !== false) {
          if (nextCharCode === singleCharCode) {
            imageLength = 1;
            matchedImage = currPattern;
          }
        } else if (currConfig.isCustom === true) {
          match = currPattern.exec(orgText, offset, matchedTokens, groups);
          if (match !== null) {
            matchedImage = match[0];
            imageLength = matchedImage.length;
            if (match.payload !== void 0) {
              payload = match.payload;
            }
          } else {
            matchedImage = null;
          }
        } else {
          currPattern.lastIndex = offset;
          imageLength = this.matchLength(currPattern, text, offset);
        }
        if (imageLength !== -1) {
          longerAlt = currConfig.longerAlt;
          if (longerAlt !== void 0) {
            matchedImage = text.substring(offset, offset + imageLength);
            const longerAltLength = longerAlt.length;
            for (k = 0; k < longerAltLength; k++) {
              const longerAltConfig = patternIdxToConfig[longerAlt[k]];
              const longerAltPattern = longerAltConfig.pattern;
              altPayload = null;
              if (longerAltConfig.isCustom === true) {
                match = longerAltPattern.exec(orgText, offset, matchedTokens, groups);
                if (match !== null) {
                  matchAltImage = match[0];
                  if (match.payload !== void 0) {
                    altPayload = match.payload;
                  }
                } else {
                  matchAltImage = null;
                }
              } else {
                longerAltPattern.lastIndex = offset;
                matchAltImage = this.match(longerAltPattern, text, offset);
              }
              if (matchAltImage && matchAltImage.length > matchedImage.length) {
                matchedImage = matchAltImage;
                imageLength = matchAltImage.length;
                payload = altPayload;
                currConfig = longerAltConfig;
                break;
              }
            }
          }
          break;
        }
      }
      if (imageLength !== -1) {
        group = currConfig.group;
        if (group !== void 0) {
          matchedImage = matchedImage !== null ? matchedImage : text.substring(offset, offset + imageLength);
          tokType = currConfig.tokenTypeIdx;
          newToken = this.createTokenInstance(matchedImage, offset, tokType, currConfig.tokenType, line, column, imageLength);
          this.handlePayload(newToken, payload);
          if (group === false) {
            matchedTokensIndex = this.addToken(matchedTokens, matchedTokensIndex, newToken);
          } else {
            groups[group].push(newToken);
          }
        }
        if (trackLines === true && currConfig.canLineTerminator === true) {
          let numOfLTsInMatch = 0;
          let foundTerminator;
          let lastLTEndOffset;
          lineTerminatorPattern.lastIndex = 0;
          do {
            matchedImage = matchedImage !== null ? matchedImage : text.substring(offset, offset + imageLength);
            foundTerminator = lineTerminatorPattern.test(matchedImage);
            if (foundTerminator === true) {
              lastLTEndOffset = lineTerminatorPattern.lastIndex - 1;
              numOfLTsInMatch++;
            }
          } while (foundTerminator === true);
          if (numOfLTsInMatch !== 0) {
            line = line + numOfLTsInMatch;
            column = imageLength - lastLTEndOffset;
            this.updateTokenEndLineColumnLocation(newToken, group, lastLTEndOffset, numOfLTsInMatch, line, column, imageLength);
          } else {
            column = this.computeNewColumn(column, imageLength);
          }
        } else {
          column = this.computeNewColumn(column, imageLength);
        }
        offset = offset + imageLength;
        this.handleModes(currConfig, pop_mode, push_mode, newToken);
      } else {
        const errorStartOffset = offset;
        const errorLine = line;
        const errorColumn = column;
        let foundResyncPoint = recoveryEnabled === false;
        while (foundResyncPoint === false && offset < orgLength) {
          offset++;
          for (j = 0; j < currModePatternsLength; j++) {
            const currConfig2 = patternIdxToConfig[j];
            const currPattern = currConfig2.pattern;
            const singleCharCode = currConfig2.short;
            if (singleCharCode !== false) {
              if (orgText.charCodeAt(offset) === singleCharCode) {
                foundResyncPoint = true;
              }
            } else if (currConfig2.isCustom === true) {
              foundResyncPoint = currPattern.exec(orgText, offset, matchedTokens, groups) !== null;
            } else {
              currPattern.lastIndex = offset;
              foundResyncPoint = currPattern.exec(text) !== null;
            }
            if (foundResyncPoint === true) {
              break;
            }
          }
        }
        errLength = offset - errorStartOffset;
        column = this.computeNewColumn(column, errLength);
        msg = this.config.errorMessageProvider.buildUnexpectedCharactersMessage(orgText, errorStartOffset, errLength, errorLine, errorColumn, last_default(modeStack));
        errors.push({
          offset: errorStartOffset,
          line: errorLine,
          column: errorColumn,
          length: errLength,
          message: msg
        });
        if (recoveryEnabled === false) {
          break;
        }
      }
    }
    if (!this.hasCustom) {
      matchedTokens.length = matchedTokensIndex;
    }
    return {
      tokens: matchedTokens,
      groups,
      errors
    };
  }
  handleModes(config, pop_mode, push_mode, newToken) {
    if (config.pop === true) {
      const pushMode = config.push;
      pop_mode(newToken);
      if (pushMode !== void 0) {
        push_mode.call(this, pushMode);
      }
    } else if (config.push !== void 0) {
      push_mode.call(this, config.push);
    }
  }
  // TODO: decrease this under 600 characters? inspect stripping comments option in TSC compiler
  updateTokenEndLineColumnLocation(newToken, group, lastLTIdx, numOfLTsInMatch, line, column, imageLength) {
    let lastCharIsLT, fixForEndingInLT;
    if (group !== void 0) {
      lastCharIsLT = lastLTIdx === imageLength - 1;
      fixForEndingInLT = lastCharIsLT ? -1 : 0;
      if (!(numOfLTsInMatch === 1 && lastCharIsLT === true)) {
        newToken.endLine = line + fixForEndingInLT;
        newToken.endColumn = column - 1 + -fixForEndingInLT;
      }
    }
  }
  computeNewColumn(oldColumn, imageLength) {
    return oldColumn + imageLength;
  }
  createOffsetOnlyToken(image, startOffset, tokenTypeIdx, tokenType) {
    return {
      image,
      startOffset,
      tokenTypeIdx,
      tokenType
    };
  }
  createStartOnlyToken(image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn) {
    return {
      image,
      startOffset,
      startLine,
      startColumn,
      tokenTypeIdx,
      tokenType
    };
  }
  createFullToken(image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn, imageLength) {
    return {
      image,
      startOffset,
      endOffset: startOffset + imageLength - 1,
      startLine,
      endLine: startLine,
      startColumn,
      endColumn: startColumn + imageLength - 1,
      tokenTypeIdx,
      tokenType
    };
  }
  addTokenUsingPush(tokenVector, index, tokenToAdd) {
    tokenVector.push(tokenToAdd);
    return index;
  }
  addTokenUsingMemberAccess(tokenVector, index, tokenToAdd) {
    tokenVector[index] = tokenToAdd;
    index++;
    return index;
  }
  handlePayloadNoCustom(token, payload) {
  }
  handlePayloadWithCustom(token, payload) {
    if (payload !== null) {
      token.payload = payload;
    }
  }
  match(pattern, text, offset) {
    const found = pattern.test(text);
    if (found === true) {
      return text.substring(offset, pattern.lastIndex);
    }
    return null;
  }
  matchLength(pattern, text, offset) {
    const found = pattern.test(text);
    if (found === true) {
      return pattern.lastIndex - offset;
    }
    return -1;
  }
};
Lexer.SKIPPED = "This marks a skipped Token pattern, this means each token identified by it will be consumed and then thrown into oblivion, this can be used to for example to completely ignore whitespace.";
Lexer.NA = /NOT_APPLICABLE/;

// node_modules/chevrotain/lib/src/scan/tokens_public.js
function tokenLabel2(tokType) {
  if (hasTokenLabel2(tokType)) {
    return tokType.LABEL;
  } else {
    return tokType.name;
  }
}
function hasTokenLabel2(obj) {
  return isString_default(obj.LABEL) && obj.LABEL !== "";
}
var PARENT = "parent";
var CATEGORIES = "categories";
var LABEL = "label";
var GROUP = "group";
var PUSH_MODE = "push_mode";
var POP_MODE = "pop_mode";
var LONGER_ALT = "longer_alt";
var LINE_BREAKS = "line_breaks";
var START_CHARS_HINT = "start_chars_hint";
function createToken(config) {
  return createTokenInternal(config);
}
function createTokenInternal(config) {
  const pattern = config.pattern;
  const tokenType = {};
  tokenType.name = config.name;
  if (!isUndefined_default(pattern)) {
    tokenType.PATTERN = pattern;
  }
  if (has_default(config, PARENT)) {
    throw "The parent property is no longer supported.\nSee: https://github.com/chevrotain/chevrotain/issues/564#issuecomment-349062346 for details.";
  }
  if (has_default(config, CATEGORIES)) {
    tokenType.CATEGORIES = config[CATEGORIES];
  }
  augmentTokenTypes([tokenType]);
  if (has_default(config, LABEL)) {
    tokenType.LABEL = config[LABEL];
  }
  if (has_default(config, GROUP)) {
    tokenType.GROUP = config[GROUP];
  }
  if (has_default(config, POP_MODE)) {
    tokenType.POP_MODE = config[POP_MODE];
  }
  if (has_default(config, PUSH_MODE)) {
    tokenType.PUSH_MODE = config[PUSH_MODE];
  }
  if (has_default(config, LONGER_ALT)) {
    tokenType.LONGER_ALT = config[LONGER_ALT];
  }
  if (has_default(config, LINE_BREAKS)) {
    tokenType.LINE_BREAKS = config[LINE_BREAKS];
  }
  if (has_default(config, START_CHARS_HINT)) {
    tokenType.START_CHARS_HINT = config[START_CHARS_HINT];
  }
  return tokenType;
}
var EOF = createToken({ name: "EOF", pattern: Lexer.NA });
augmentTokenTypes([EOF]);
function createTokenInstance(tokType, image, startOffset, endOffset, startLine, endLine, startColumn, endColumn) {
  return {
    image,
    startOffset,
    endOffset,
    startLine,
    endLine,
    startColumn,
    endColumn,
    tokenTypeIdx: tokType.tokenTypeIdx,
    tokenType: tokType
  };
}
function tokenMatcher(token, tokType) {
  return tokenStructuredMatcher(token, tokType);
}

// node_modules/chevrotain/lib/src/parse/errors_public.js
var defaultParserErrorProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    const hasLabel = hasTokenLabel2(expected);
    const expectedMsg = hasLabel ? `--> ${tokenLabel2(expected)} <--` : `token of type --> ${expected.name} <--`;
    const msg = `Expecting ${expectedMsg} but found --> '${actual.image}' <--`;
    return msg;
  },
  buildNotAllInputParsedMessage({ firstRedundant, ruleName }) {
    return "Redundant input, expecting EOF but found: " + firstRedundant.image;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, customUserDescription, ruleName }) {
    const errPrefix = "Expecting: ";
    const actualText = head_default(actual).image;
    const errSuffix = "\nbut found: '" + actualText + "'";
    if (customUserDescription) {
      return errPrefix + customUserDescription + errSuffix;
    } else {
      const allLookAheadPaths = reduce_default(expectedPathsPerAlt, (result, currAltPaths) => result.concat(currAltPaths), []);
      const nextValidTokenSequences = map_default(allLookAheadPaths, (currPath) => `[${map_default(currPath, (currTokenType) => tokenLabel2(currTokenType)).join(", ")}]`);
      const nextValidSequenceItems = map_default(nextValidTokenSequences, (itemMsg, idx) => `  ${idx + 1}. ${itemMsg}`);
      const calculatedDescription = `one of these possible Token sequences:
${nextValidSequenceItems.join("\n")}`;
      return errPrefix + calculatedDescription + errSuffix;
    }
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, customUserDescription, ruleName }) {
    const errPrefix = "Expecting: ";
    const actualText = head_default(actual).image;
    const errSuffix = "\nbut found: '" + actualText + "'";
    if (customUserDescription) {
      return errPrefix + customUserDescription + errSuffix;
    } else {
      const nextValidTokenSequences = map_default(expectedIterationPaths, (currPath) => `[${map_default(currPath, (currTokenType) => tokenLabel2(currTokenType)).join(",")}]`);
      const calculatedDescription = `expecting at least one iteration which starts with one of these possible Token sequences::
  <${nextValidTokenSequences.join(" ,")}>`;
      return errPrefix + calculatedDescription + errSuffix;
    }
  }
};
Object.freeze(defaultParserErrorProvider);
var defaultGrammarResolverErrorProvider = {
  buildRuleNotFoundError(topLevelRule, undefinedRule) {
    const msg = "Invalid grammar, reference to a rule which is not defined: ->" + undefinedRule.nonTerminalName + "<-\ninside top level rule: ->" + topLevelRule.name + "<-";
    return msg;
  }
};
var defaultGrammarValidatorErrorProvider = {
  buildDuplicateFoundError(topLevelRule, duplicateProds) {
    function getExtraProductionArgument2(prod) {
      if (prod instanceof Terminal) {
        return prod.terminalType.name;
      } else if (prod instanceof NonTerminal) {
        return prod.nonTerminalName;
      } else {
        return "";
      }
    }
    const topLevelName = topLevelRule.name;
    const duplicateProd = head_default(duplicateProds);
    const index = duplicateProd.idx;
    const dslName = getProductionDslName(duplicateProd);
    const extraArgument = getExtraProductionArgument2(duplicateProd);
    const hasExplicitIndex = index > 0;
    let msg = `->${dslName}${hasExplicitIndex ? index : ""}<- ${extraArgument ? `with argument: ->${extraArgument}<-` : ""}
                  appears more than once (${duplicateProds.length} times) in the top level rule: ->${topLevelName}<-.                  
                  For further details see: https://chevrotain.io/docs/FAQ.html#NUMERICAL_SUFFIXES 
                  `;
    msg = msg.replace(/[ \t]+/g, " ");
    msg = msg.replace(/\s\s+/g, "\n");
    return msg;
  },
  buildNamespaceConflictError(rule) {
    const errMsg = `Namespace conflict found in grammar.
The grammar has both a Terminal(Token) and a Non-Terminal(Rule) named: <${rule.name}>.
To resolve this make sure each Terminal and Non-Terminal names are unique
This is easy to accomplish by using the convention that Terminal names start with an uppercase letter
and Non-Terminal names start with a lower case letter.`;
    return errMsg;
  },
  buildAlternationPrefixAmbiguityError(options) {
    const pathMsg = map_default(options.prefixPath, (currTok) => tokenLabel2(currTok)).join(", ");
    const occurrence = options.alternation.idx === 0 ? "" : options.alternation.idx;
    const errMsg = `Ambiguous alternatives: <${options.ambiguityIndices.join(" ,")}> due to common lookahead prefix
in <OR${occurrence}> inside <${options.topLevelRule.name}> Rule,
<${pathMsg}> may appears as a prefix path in all these alternatives.
See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#COMMON_PREFIX
For Further details.`;
    return errMsg;
  },
  buildAlternationAmbiguityError(options) {
    const occurrence = options.alternation.idx === 0 ? "" : options.alternation.idx;
    const isEmptyPath = options.prefixPath.length === 0;
    let currMessage = `Ambiguous Alternatives Detected: <${options.ambiguityIndices.join(" ,")}> in <OR${occurrence}> inside <${options.topLevelRule.name}> Rule,
`;
    if (isEmptyPath) {
      currMessage += `These alternatives are all empty (match no tokens), making them indistinguishable.
Only the last alternative may be empty.
`;
    } else {
      const pathMsg = map_default(options.prefixPath, (currtok) => tokenLabel2(currtok)).join(", ");
      currMessage += `<${pathMsg}> may appears as a prefix path in all these alternatives.
`;
    }
    currMessage += `See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#AMBIGUOUS_ALTERNATIVES
For Further details.`;
    return currMessage;
  },
  buildEmptyRepetitionError(options) {
    let dslName = getProductionDslName(options.repetition);
    if (options.repetition.idx !== 0) {
      dslName += options.repetition.idx;
    }
    const errMsg = `The repetition <${dslName}> within Rule <${options.topLevelRule.name}> can never consume any tokens.
This could lead to an infinite loop.`;
    return errMsg;
  },
  // TODO: remove - `errors_public` from nyc.config.js exclude
  //       once this method is fully removed from this file
  buildTokenNameError(options) {
    return "deprecated";
  },
  buildEmptyAlternationError(options) {
    const errMsg = `Ambiguous empty alternative: <${options.emptyChoiceIdx + 1}> in <OR${options.alternation.idx}> inside <${options.topLevelRule.name}> Rule.
Only the last alternative may be an empty alternative.`;
    return errMsg;
  },
  buildTooManyAlternativesError(options) {
    const errMsg = `An Alternation cannot have more than 256 alternatives:
<OR${options.alternation.idx}> inside <${options.topLevelRule.name}> Rule.
 has ${options.alternation.definition.length + 1} alternatives.`;
    return errMsg;
  },
  buildLeftRecursionError(options) {
    const ruleName = options.topLevelRule.name;
    const pathNames = map_default(options.leftRecursionPath, (currRule) => currRule.name);
    const leftRecursivePath = `${ruleName} --> ${pathNames.concat([ruleName]).join(" --> ")}`;
    const errMsg = `Left Recursion found in grammar.
rule: <${ruleName}> can be invoked from itself (directly or indirectly)
without consuming any Tokens. The grammar path that causes this is: 
 ${leftRecursivePath}
 To fix this refactor your grammar to remove the left recursion.
see: https://en.wikipedia.org/wiki/LL_parser#Left_factoring.`;
    return errMsg;
  },
  // TODO: remove - `errors_public` from nyc.config.js exclude
  //       once this method is fully removed from this file
  buildInvalidRuleNameError(options) {
    return "deprecated";
  },
  buildDuplicateRuleNameError(options) {
    let ruleName;
    if (options.topLevelRule instanceof Rule) {
      ruleName = options.topLevelRule.name;
    } else {
      ruleName = options.topLevelRule;
    }
    const errMsg = `Duplicate definition, rule: ->${ruleName}<- is already defined in the grammar: ->${options.grammarName}<-`;
    return errMsg;
  }
};

// node_modules/chevrotain/lib/src/parse/grammar/resolver.js
function resolveGrammar(topLevels, errMsgProvider) {
  const refResolver = new GastRefResolverVisitor(topLevels, errMsgProvider);
  refResolver.resolveRefs();
  return refResolver.errors;
}
var GastRefResolverVisitor = class extends GAstVisitor {
  constructor(nameToTopRule, errMsgProvider) {
    super();
    this.nameToTopRule = nameToTopRule;
    this.errMsgProvider = errMsgProvider;
    this.errors = [];
  }
  resolveRefs() {
    forEach_default(values_default(this.nameToTopRule), (prod) => {
      this.currTopLevel = prod;
      prod.accept(this);
    });
  }
  visitNonTerminal(node) {
    const ref = this.nameToTopRule[node.nonTerminalName];
    if (!ref) {
      const msg = this.errMsgProvider.buildRuleNotFoundError(this.currTopLevel, node);
      this.errors.push({
        message: msg,
        type: ParserDefinitionErrorType.UNRESOLVED_SUBRULE_REF,
        ruleName: this.currTopLevel.name,
        unresolvedRefName: node.nonTerminalName
      });
    } else {
      node.referencedRule = ref;
    }
  }
};

// node_modules/chevrotain/lib/src/parse/grammar/interpreter.js
var AbstractNextPossibleTokensWalker = class extends RestWalker {
  constructor(topProd, path) {
    super();
    this.topProd = topProd;
    this.path = path;
    this.possibleTokTypes = [];
    this.nextProductionName = "";
    this.nextProductionOccurrence = 0;
    this.found = false;
    this.isAtEndOfPath = false;
  }
  startWalking() {
    this.found = false;
    if (this.path.ruleStack[0] !== this.topProd.name) {
      throw Error("The path does not start with the walker's top Rule!");
    }
    this.ruleStack = clone_default(this.path.ruleStack).reverse();
    this.occurrenceStack = clone_default(this.path.occurrenceStack).reverse();
    this.ruleStack.pop();
    this.occurrenceStack.pop();
    this.updateExpectedNext();
    this.walk(this.topProd);
    return this.possibleTokTypes;
  }
  walk(prod, prevRest = []) {
    if (!this.found) {
      super.walk(prod, prevRest);
    }
  }
  walkProdRef(refProd, currRest, prevRest) {
    if (refProd.referencedRule.name === this.nextProductionName && refProd.idx === this.nextProductionOccurrence) {
      const fullRest = currRest.concat(prevRest);
      this.updateExpectedNext();
      this.walk(refProd.referencedRule, fullRest);
    }
  }
  updateExpectedNext() {
    if (isEmpty_default(this.ruleStack)) {
      this.nextProductionName = "";
      this.nextProductionOccurrence = 0;
      this.isAtEndOfPath = true;
    } else {
      this.nextProductionName = this.ruleStack.pop();
      this.nextProductionOccurrence = this.occurrenceStack.pop();
    }
  }
};
var NextAfterTokenWalker = class extends AbstractNextPossibleTokensWalker {
  constructor(topProd, path) {
    super(topProd, path);
    this.path = path;
    this.nextTerminalName = "";
    this.nextTerminalOccurrence = 0;
    this.nextTerminalName = this.path.lastTok.name;
    this.nextTerminalOccurrence = this.path.lastTokOccurrence;
  }
  walkTerminal(terminal, currRest, prevRest) {
    if (this.isAtEndOfPath && terminal.terminalType.name === this.nextTerminalName && terminal.idx === this.nextTerminalOccurrence && !this.found) {
      const fullRest = currRest.concat(prevRest);
      const restProd = new Alternative({ definition: fullRest });
      this.possibleTokTypes = first(restProd);
      this.found = true;
    }
  }
};
var AbstractNextTerminalAfterProductionWalker = class extends RestWalker {
  constructor(topRule, occurrence) {
    super();
    this.topRule = topRule;
    this.occurrence = occurrence;
    this.result = {
      token: void 0,
      occurrence: void 0,
      isEndOfRule: void 0
    };
  }
  startWalking() {
    this.walk(this.topRule);
    return this.result;
  }
};
var NextTerminalAfterManyWalker = class extends AbstractNextTerminalAfterProductionWalker {
  walkMany(manyProd, currRest, prevRest) {
    if (manyProd.idx === this.occurrence) {
      const firstAfterMany = head_default(currRest.concat(prevRest));
      this.result.isEndOfRule = firstAfterMany === void 0;
      if (firstAfterMany instanceof Terminal) {
        this.result.token = firstAfterMany.terminalType;
        this.result.occurrence = firstAfterMany.idx;
      }
    } else {
      super.walkMany(manyProd, currRest, prevRest);
    }
  }
};
var NextTerminalAfterManySepWalker = class extends AbstractNextTerminalAfterProductionWalker {
  walkManySep(manySepProd, currRest, prevRest) {
    if (manySepProd.idx === this.occurrence) {
      const firstAfterManySep = head_default(currRest.concat(prevRest));
      this.result.isEndOfRule = firstAfterManySep === void 0;
      if (firstAfterManySep instanceof Terminal) {
        this.result.token = firstAfterManySep.terminalType;
        this.result.occurrence = firstAfterManySep.idx;
      }
    } else {
      super.walkManySep(manySepProd, currRest, prevRest);
    }
  }
};
var NextTerminalAfterAtLeastOneWalker = class extends AbstractNextTerminalAfterProductionWalker {
  walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
    if (atLeastOneProd.idx === this.occurrence) {
      const firstAfterAtLeastOne = head_default(currRest.concat(prevRest));
      this.result.isEndOfRule = firstAfterAtLeastOne === void 0;
      if (firstAfterAtLeastOne instanceof Terminal) {
        this.result.token = firstAfterAtLeastOne.terminalType;
        this.result.occurrence = firstAfterAtLeastOne.idx;
      }
    } else {
      super.walkAtLeastOne(atLeastOneProd, currRest, prevRest);
    }
  }
};
var NextTerminalAfterAtLeastOneSepWalker = class extends AbstractNextTerminalAfterProductionWalker {
  walkAtLeastOneSep(atleastOneSepProd, currRest, prevRest) {
    if (atleastOneSepProd.idx === this.occurrence) {
      const firstAfterfirstAfterAtLeastOneSep = head_default(currRest.concat(prevRest));
      this.result.isEndOfRule = firstAfterfirstAfterAtLeastOneSep === void 0;
      if (firstAfterfirstAfterAtLeastOneSep instanceof Terminal) {
        this.result.token = firstAfterfirstAfterAtLeastOneSep.terminalType;
        this.result.occurrence = firstAfterfirstAfterAtLeastOneSep.idx;
      }
    } else {
      super.walkAtLeastOneSep(atleastOneSepProd, currRest, prevRest);
    }
  }
};
function possiblePathsFrom(targetDef, maxLength, currPath = []) {
  currPath = clone_default(currPath);
  let result = [];
  let i = 0;
  function remainingPathWith(nextDef) {
    return nextDef.concat(drop_default(targetDef, i + 1));
  }
  function getAlternativesForProd(definition) {
    const alternatives = possiblePathsFrom(remainingPathWith(definition), maxLength, currPath);
    return result.concat(alternatives);
  }
  while (currPath.length < maxLength && i < targetDef.length) {
    const prod = targetDef[i];
    if (prod instanceof Alternative) {
      return getAlternativesForProd(prod.definition);
    } else if (prod instanceof NonTerminal) {
      return getAlternativesForProd(prod.definition);
    } else if (prod instanceof Option) {
      result = getAlternativesForProd(prod.definition);
    } else if (prod instanceof RepetitionMandatory) {
      const newDef = prod.definition.concat([
        new Repetition({
          definition: prod.definition
        })
      ]);
      return getAlternativesForProd(newDef);
    } else if (prod instanceof RepetitionMandatoryWithSeparator) {
      const newDef = [
        new Alternative({ definition: prod.definition }),
        new Repetition({
          definition: [new Terminal({ terminalType: prod.separator })].concat(prod.definition)
        })
      ];
      return getAlternativesForProd(newDef);
    } else if (prod instanceof RepetitionWithSeparator) {
      const newDef = prod.definition.concat([
        new Repetition({
          definition: [new Terminal({ terminalType: prod.separator })].concat(prod.definition)
        })
      ]);
      result = getAlternativesForProd(newDef);
    } else if (prod instanceof Repetition) {
      const newDef = prod.definition.concat([
        new Repetition({
          definition: prod.definition
        })
      ]);
      result = getAlternativesForProd(newDef);
    } else if (prod instanceof Alternation) {
      forEach_default(prod.definition, (currAlt) => {
        if (isEmpty_default(currAlt.definition) === false) {
          result = getAlternativesForProd(currAlt.definition);
        }
      });
      return result;
    } else if (prod instanceof Terminal) {
      currPath.push(prod.terminalType);
    } else {
      throw Error("non exhaustive match");
    }
    i++;
  }
  result.push({
    partialPath: currPath,
    suffixDef: drop_default(targetDef, i)
  });
  return result;
}
function nextPossibleTokensAfter(initialDef, tokenVector, tokMatcher, maxLookAhead) {
  const EXIT_NON_TERMINAL = "EXIT_NONE_TERMINAL";
  const EXIT_NON_TERMINAL_ARR = [EXIT_NON_TERMINAL];
  const EXIT_ALTERNATIVE = "EXIT_ALTERNATIVE";
  let foundCompletePath = false;
  const tokenVectorLength = tokenVector.length;
  const minimalAlternativesIndex = tokenVectorLength - maxLookAhead - 1;
  const result = [];
  const possiblePaths = [];
  possiblePaths.push({
    idx: -1,
    def: initialDef,
    ruleStack: [],
    occurrenceStack: []
  });
  while (!isEmpty_default(possiblePaths)) {
    const currPath = possiblePaths.pop();
    if (currPath === EXIT_ALTERNATIVE) {
      if (foundCompletePath && last_default(possiblePaths).idx <= minimalAlternativesIndex) {
        possiblePaths.pop();
      }
      continue;
    }
    const currDef = currPath.def;
    const currIdx = currPath.idx;
    const currRuleStack = currPath.ruleStack;
    const currOccurrenceStack = currPath.occurrenceStack;
    if (isEmpty_default(currDef)) {
      continue;
    }
    const prod = currDef[0];
    if (prod === EXIT_NON_TERMINAL) {
      const nextPath = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: dropRight_default(currRuleStack),
        occurrenceStack: dropRight_default(currOccurrenceStack)
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof Terminal) {
      if (currIdx < tokenVectorLength - 1) {
        const nextIdx = currIdx + 1;
        const actualToken = tokenVector[nextIdx];
        if (tokMatcher(actualToken, prod.terminalType)) {
          const nextPath = {
            idx: nextIdx,
            def: drop_default(currDef),
            ruleStack: currRuleStack,
            occurrenceStack: currOccurrenceStack
          };
          possiblePaths.push(nextPath);
        }
      } else if (currIdx === tokenVectorLength - 1) {
        result.push({
          nextTokenType: prod.terminalType,
          nextTokenOccurrence: prod.idx,
          ruleStack: currRuleStack,
          occurrenceStack: currOccurrenceStack
        });
        foundCompletePath = true;
      } else {
        throw Error("non exhaustive match");
      }
    } else if (prod instanceof NonTerminal) {
      const newRuleStack = clone_default(currRuleStack);
      newRuleStack.push(prod.nonTerminalName);
      const newOccurrenceStack = clone_default(currOccurrenceStack);
      newOccurrenceStack.push(prod.idx);
      const nextPath = {
        idx: currIdx,
        def: prod.definition.concat(EXIT_NON_TERMINAL_ARR, drop_default(currDef)),
        ruleStack: newRuleStack,
        occurrenceStack: newOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof Option) {
      const nextPathWithout = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout);
      possiblePaths.push(EXIT_ALTERNATIVE);
      const nextPathWith = {
        idx: currIdx,
        def: prod.definition.concat(drop_default(currDef)),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof RepetitionMandatory) {
      const secondIteration = new Repetition({
        definition: prod.definition,
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([secondIteration], drop_default(currDef));
      const nextPath = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof RepetitionMandatoryWithSeparator) {
      const separatorGast = new Terminal({
        terminalType: prod.separator
      });
      const secondIteration = new Repetition({
        definition: [separatorGast].concat(prod.definition),
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([secondIteration], drop_default(currDef));
      const nextPath = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof RepetitionWithSeparator) {
      const nextPathWithout = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout);
      possiblePaths.push(EXIT_ALTERNATIVE);
      const separatorGast = new Terminal({
        terminalType: prod.separator
      });
      const nthRepetition = new Repetition({
        definition: [separatorGast].concat(prod.definition),
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([nthRepetition], drop_default(currDef));
      const nextPathWith = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof Repetition) {
      const nextPathWithout = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout);
      possiblePaths.push(EXIT_ALTERNATIVE);
      const nthRepetition = new Repetition({
        definition: prod.definition,
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([nthRepetition], drop_default(currDef));
      const nextPathWith = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof Alternation) {
      for (let i = prod.definition.length - 1; i >= 0; i--) {
        const currAlt = prod.definition[i];
        const currAltPath = {
          idx: currIdx,
          def: currAlt.definition.concat(drop_default(currDef)),
          ruleStack: currRuleStack,
          occurrenceStack: currOccurrenceStack
        };
        possiblePaths.push(currAltPath);
        possiblePaths.push(EXIT_ALTERNATIVE);
      }
    } else if (prod instanceof Alternative) {
      possiblePaths.push({
        idx: currIdx,
        def: prod.definition.concat(drop_default(currDef)),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      });
    } else if (prod instanceof Rule) {
      possiblePaths.push(expandTopLevelRule(prod, currIdx, currRuleStack, currOccurrenceStack));
    } else {
      throw Error("non exhaustive match");
    }
  }
  return result;
}
function expandTopLevelRule(topRule, currIdx, currRuleStack, currOccurrenceStack) {
  const newRuleStack = clone_default(currRuleStack);
  newRuleStack.push(topRule.name);
  const newCurrOccurrenceStack = clone_default(currOccurrenceStack);
  newCurrOccurrenceStack.push(1);
  return {
    idx: currIdx,
    def: topRule.definition,
    ruleStack: newRuleStack,
    occurrenceStack: newCurrOccurrenceStack
  };
}

// node_modules/chevrotain/lib/src/parse/grammar/lookahead.js
var PROD_TYPE;
(function(PROD_TYPE2) {
  PROD_TYPE2[PROD_TYPE2["OPTION"] = 0] = "OPTION";
  PROD_TYPE2[PROD_TYPE2["REPETITION"] = 1] = "REPETITION";
  PROD_TYPE2[PROD_TYPE2["REPETITION_MANDATORY"] = 2] = "REPETITION_MANDATORY";
  PROD_TYPE2[PROD_TYPE2["REPETITION_MANDATORY_WITH_SEPARATOR"] = 3] = "REPETITION_MANDATORY_WITH_SEPARATOR";
  PROD_TYPE2[PROD_TYPE2["REPETITION_WITH_SEPARATOR"] = 4] = "REPETITION_WITH_SEPARATOR";
  PROD_TYPE2[PROD_TYPE2["ALTERNATION"] = 5] = "ALTERNATION";
})(PROD_TYPE || (PROD_TYPE = {}));
function getProdType(prod) {
  if (prod instanceof Option || prod === "Option") {
    return PROD_TYPE.OPTION;
  } else if (prod instanceof Repetition || prod === "Repetition") {
    return PROD_TYPE.REPETITION;
  } else if (prod instanceof RepetitionMandatory || prod === "RepetitionMandatory") {
    return PROD_TYPE.REPETITION_MANDATORY;
  } else if (prod instanceof RepetitionMandatoryWithSeparator || prod === "RepetitionMandatoryWithSeparator") {
    return PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR;
  } else if (prod instanceof RepetitionWithSeparator || prod === "RepetitionWithSeparator") {
    return PROD_TYPE.REPETITION_WITH_SEPARATOR;
  } else if (prod instanceof Alternation || prod === "Alternation") {
    return PROD_TYPE.ALTERNATION;
  } else {
    throw Error("non exhaustive match");
  }
}
function buildLookaheadFuncForOr(occurrence, ruleGrammar, maxLookahead, hasPredicates, dynamicTokensEnabled, laFuncBuilder) {
  const lookAheadPaths = getLookaheadPathsForOr(occurrence, ruleGrammar, maxLookahead);
  const tokenMatcher2 = areTokenCategoriesNotUsed(lookAheadPaths) ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher;
  return laFuncBuilder(lookAheadPaths, hasPredicates, tokenMatcher2, dynamicTokensEnabled);
}
function buildLookaheadFuncForOptionalProd(occurrence, ruleGrammar, k, dynamicTokensEnabled, prodType, lookaheadBuilder) {
  const lookAheadPaths = getLookaheadPathsForOptionalProd(occurrence, ruleGrammar, prodType, k);
  const tokenMatcher2 = areTokenCategoriesNotUsed(lookAheadPaths) ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher;
  return lookaheadBuilder(lookAheadPaths[0], tokenMatcher2, dynamicTokensEnabled);
}
function buildAlternativesLookAheadFunc(alts, hasPredicates, tokenMatcher2, dynamicTokensEnabled) {
  const numOfAlts = alts.length;
  const areAllOneTokenLookahead = every_default(alts, (currAlt) => {
    return every_default(currAlt, (currPath) => {
      return currPath.length === 1;
    });
  });
  if (hasPredicates) {
    return function(orAlts) {
      const predicates = map_default(orAlts, (currAlt) => currAlt.GATE);
      for (let t = 0; t < numOfAlts; t++) {
        const currAlt = alts[t];
        const currNumOfPaths = currAlt.length;
        const currPredicate = predicates[t];
        if (currPredicate !== void 0 && currPredicate.call(this) === false) {
          continue;
        }
        nextPath: for (let j = 0; j < currNumOfPaths; j++) {
          const currPath = currAlt[j];
          const currPathLength = currPath.length;
          for (let i = 0; i < currPathLength; i++) {
            const nextToken = this.LA_FAST(i + 1);
            if (tokenMatcher2(nextToken, currPath[i]) === false) {
              continue nextPath;
            }
          }
          return t;
        }
      }
      return void 0;
    };
  } else if (areAllOneTokenLookahead && !dynamicTokensEnabled) {
    const singleTokenAlts = map_default(alts, (currAlt) => {
      return flatten_default(currAlt);
    });
    const choiceToAlt = reduce_default(singleTokenAlts, (result, currAlt, idx) => {
      forEach_default(currAlt, (currTokType) => {
        if (!has_default(result, currTokType.tokenTypeIdx)) {
          result[currTokType.tokenTypeIdx] = idx;
        }
        forEach_default(currTokType.categoryMatches, (currExtendingType) => {
          if (!has_default(result, currExtendingType)) {
            result[currExtendingType] = idx;
          }
        });
      });
      return result;
    }, {});
    return function() {
      const nextToken = this.LA_FAST(1);
      return choiceToAlt[nextToken.tokenTypeIdx];
    };
  } else {
    return function() {
      for (let t = 0; t < numOfAlts; t++) {
        const currAlt = alts[t];
        const currNumOfPaths = currAlt.length;
        nextPath: for (let j = 0; j < currNumOfPaths; j++) {
          const currPath = currAlt[j];
          const currPathLength = currPath.length;
          for (let i = 0; i < currPathLength; i++) {
            const nextToken = this.LA_FAST(i + 1);
            if (tokenMatcher2(nextToken, currPath[i]) === false) {
              continue nextPath;
            }
          }
          return t;
        }
      }
      return void 0;
    };
  }
}
function buildSingleAlternativeLookaheadFunction(alt, tokenMatcher2, dynamicTokensEnabled) {
  const areAllOneTokenLookahead = every_default(alt, (currPath) => {
    return currPath.length === 1;
  });
  const numOfPaths = alt.length;
  if (areAllOneTokenLookahead && !dynamicTokensEnabled) {
    const singleTokensTypes = flatten_default(alt);
    if (singleTokensTypes.length === 1 && isEmpty_default(singleTokensTypes[0].categoryMatches)) {
      const expectedTokenType = singleTokensTypes[0];
      const expectedTokenUniqueKey = expectedTokenType.tokenTypeIdx;
      return function() {
        return this.LA_FAST(1).tokenTypeIdx === expectedTokenUniqueKey;
      };
    } else {
      const choiceToAlt = reduce_default(singleTokensTypes, (result, currTokType, idx) => {
        result[currTokType.tokenTypeIdx] = true;
        forEach_default(currTokType.categoryMatches, (currExtendingType) => {
          result[currExtendingType] = true;
        });
        return result;
      }, []);
      return function() {
        const nextToken = this.LA_FAST(1);
        return choiceToAlt[nextToken.tokenTypeIdx] === true;
      };
    }
  } else {
    return function() {
      nextPath: for (let j = 0; j < numOfPaths; j++) {
        const currPath = alt[j];
        const currPathLength = currPath.length;
        for (let i = 0; i < currPathLength; i++) {
          const nextToken = this.LA_FAST(i + 1);
          if (tokenMatcher2(nextToken, currPath[i]) === false) {
            continue nextPath;
          }
        }
        return true;
      }
      return false;
    };
  }
}
var RestDefinitionFinderWalker = class extends RestWalker {
  constructor(topProd, targetOccurrence, targetProdType) {
    super();
    this.topProd = topProd;
    this.targetOccurrence = targetOccurrence;
    this.targetProdType = targetProdType;
  }
  startWalking() {
    this.walk(this.topProd);
    return this.restDef;
  }
  checkIsTarget(node, expectedProdType, currRest, prevRest) {
    if (node.idx === this.targetOccurrence && this.targetProdType === expectedProdType) {
      this.restDef = currRest.concat(prevRest);
      return true;
    }
    return false;
  }
  walkOption(optionProd, currRest, prevRest) {
    if (!this.checkIsTarget(optionProd, PROD_TYPE.OPTION, currRest, prevRest)) {
      super.walkOption(optionProd, currRest, prevRest);
    }
  }
  walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
    if (!this.checkIsTarget(atLeastOneProd, PROD_TYPE.REPETITION_MANDATORY, currRest, prevRest)) {
      super.walkOption(atLeastOneProd, currRest, prevRest);
    }
  }
  walkAtLeastOneSep(atLeastOneSepProd, currRest, prevRest) {
    if (!this.checkIsTarget(atLeastOneSepProd, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR, currRest, prevRest)) {
      super.walkOption(atLeastOneSepProd, currRest, prevRest);
    }
  }
  walkMany(manyProd, currRest, prevRest) {
    if (!this.checkIsTarget(manyProd, PROD_TYPE.REPETITION, currRest, prevRest)) {
      super.walkOption(manyProd, currRest, prevRest);
    }
  }
  walkManySep(manySepProd, currRest, prevRest) {
    if (!this.checkIsTarget(manySepProd, PROD_TYPE.REPETITION_WITH_SEPARATOR, currRest, prevRest)) {
      super.walkOption(manySepProd, currRest, prevRest);
    }
  }
};
var InsideDefinitionFinderVisitor = class extends GAstVisitor {
  constructor(targetOccurrence, targetProdType, targetRef) {
    super();
    this.targetOccurrence = targetOccurrence;
    this.targetProdType = targetProdType;
    this.targetRef = targetRef;
    this.result = [];
  }
  checkIsTarget(node, expectedProdName) {
    if (node.idx === this.targetOccurrence && this.targetProdType === expectedProdName && (this.targetRef === void 0 || node === this.targetRef)) {
      this.result = node.definition;
    }
  }
  visitOption(node) {
    this.checkIsTarget(node, PROD_TYPE.OPTION);
  }
  visitRepetition(node) {
    this.checkIsTarget(node, PROD_TYPE.REPETITION);
  }
  visitRepetitionMandatory(node) {
    this.checkIsTarget(node, PROD_TYPE.REPETITION_MANDATORY);
  }
  visitRepetitionMandatoryWithSeparator(node) {
    this.checkIsTarget(node, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR);
  }
  visitRepetitionWithSeparator(node) {
    this.checkIsTarget(node, PROD_TYPE.REPETITION_WITH_SEPARATOR);
  }
  visitAlternation(node) {
    this.checkIsTarget(node, PROD_TYPE.ALTERNATION);
  }
};
function initializeArrayOfArrays(size) {
  const result = new Array(size);
  for (let i = 0; i < size; i++) {
    result[i] = [];
  }
  return result;
}
function pathToHashKeys(path) {
  let keys2 = [""];
  for (let i = 0; i < path.length; i++) {
    const tokType = path[i];
    const longerKeys = [];
    for (let j = 0; j < keys2.length; j++) {
      const currShorterKey = keys2[j];
      longerKeys.push(currShorterKey + "_" + tokType.tokenTypeIdx);
      for (let t = 0; t < tokType.categoryMatches.length; t++) {
        const categoriesKeySuffix = "_" + tokType.categoryMatches[t];
        longerKeys.push(currShorterKey + categoriesKeySuffix);
      }
    }
    keys2 = longerKeys;
  }
  return keys2;
}
function isUniquePrefixHash(altKnownPathsKeys, searchPathKeys, idx) {
  for (let currAltIdx = 0; currAltIdx < altKnownPathsKeys.length; currAltIdx++) {
    if (currAltIdx === idx) {
      continue;
    }
    const otherAltKnownPathsKeys = altKnownPathsKeys[currAltIdx];
    for (let searchIdx = 0; searchIdx < searchPathKeys.length; searchIdx++) {
      const searchKey = searchPathKeys[searchIdx];
      if (otherAltKnownPathsKeys[searchKey] === true) {
        return false;
      }
    }
  }
  return true;
}
function lookAheadSequenceFromAlternatives(altsDefs, k) {
  const partialAlts = map_default(altsDefs, (currAlt) => possiblePathsFrom([currAlt], 1));
  const finalResult = initializeArrayOfArrays(partialAlts.length);
  const altsHashes = map_default(partialAlts, (currAltPaths) => {
    const dict = {};
    forEach_default(currAltPaths, (item) => {
      const keys2 = pathToHashKeys(item.partialPath);
      forEach_default(keys2, (currKey) => {
        dict[currKey] = true;
      });
    });
    return dict;
  });
  let newData = partialAlts;
  for (let pathLength = 1; pathLength <= k; pathLength++) {
    const currDataset = newData;
    newData = initializeArrayOfArrays(currDataset.length);
    for (let altIdx = 0; altIdx < currDataset.length; altIdx++) {
      const currAltPathsAndSuffixes = currDataset[altIdx];
      for (let currPathIdx = 0; currPathIdx < currAltPathsAndSuffixes.length; currPathIdx++) {
        const currPathPrefix = currAltPathsAndSuffixes[currPathIdx].partialPath;
        const suffixDef = currAltPathsAndSuffixes[currPathIdx].suffixDef;
        const prefixKeys = pathToHashKeys(currPathPrefix);
        const isUnique = isUniquePrefixHash(altsHashes, prefixKeys, altIdx);
        if (isUnique || isEmpty_default(suffixDef) || currPathPrefix.length === k) {
          const currAltResult = finalResult[altIdx];
          if (containsPath(currAltResult, currPathPrefix) === false) {
            currAltResult.push(currPathPrefix);
            for (let j = 0; j < prefixKeys.length; j++) {
              const currKey = prefixKeys[j];
              altsHashes[altIdx][currKey] = true;
            }
          }
        } else {
          const newPartialPathsAndSuffixes = possiblePathsFrom(suffixDef, pathLength + 1, currPathPrefix);
          newData[altIdx] = newData[altIdx].concat(newPartialPathsAndSuffixes);
          forEach_default(newPartialPathsAndSuffixes, (item) => {
            const prefixKeys2 = pathToHashKeys(item.partialPath);
            forEach_default(prefixKeys2, (key) => {
              altsHashes[altIdx][key] = true;
            });
          });
        }
      }
    }
  }
  return finalResult;
}
function getLookaheadPathsForOr(occurrence, ruleGrammar, k, orProd) {
  const visitor = new InsideDefinitionFinderVisitor(occurrence, PROD_TYPE.ALTERNATION, orProd);
  ruleGrammar.accept(visitor);
  return lookAheadSequenceFromAlternatives(visitor.result, k);
}
function getLookaheadPathsForOptionalProd(occurrence, ruleGrammar, prodType, k) {
  const insideDefVisitor = new InsideDefinitionFinderVisitor(occurrence, prodType);
  ruleGrammar.accept(insideDefVisitor);
  const insideDef = insideDefVisitor.result;
  const afterDefWalker = new RestDefinitionFinderWalker(ruleGrammar, occurrence, prodType);
  const afterDef = afterDefWalker.startWalking();
  const insideFlat = new Alternative({ definition: insideDef });
  const afterFlat = new Alternative({ definition: afterDef });
  return lookAheadSequenceFromAlternatives([insideFlat, afterFlat], k);
}
function containsPath(alternative, searchPath) {
  compareOtherPath: for (let i = 0; i < alternative.length; i++) {
    const otherPath = alternative[i];
    if (otherPath.length !== searchPath.length) {
      continue;
    }
    for (let j = 0; j < otherPath.length; j++) {
      const searchTok = searchPath[j];
      const otherTok = otherPath[j];
      const matchingTokens = searchTok === otherTok || otherTok.categoryMatchesMap[searchTok.tokenTypeIdx] !== void 0;
      if (matchingTokens === false) {
        continue compareOtherPath;
      }
    }
    return true;
  }
  return false;
}
function isStrictPrefixOfPath(prefix, other) {
  return prefix.length < other.length && every_default(prefix, (tokType, idx) => {
    const otherTokType = other[idx];
    return tokType === otherTokType || otherTokType.categoryMatchesMap[tokType.tokenTypeIdx];
  });
}
function areTokenCategoriesNotUsed(lookAheadPaths) {
  return every_default(lookAheadPaths, (singleAltPaths) => every_default(singleAltPaths, (singlePath) => every_default(singlePath, (token) => isEmpty_default(token.categoryMatches))));
}

// node_modules/chevrotain/lib/src/parse/grammar/checks.js
function validateLookahead(options) {
  const lookaheadValidationErrorMessages = options.lookaheadStrategy.validate({
    rules: options.rules,
    tokenTypes: options.tokenTypes,
    grammarName: options.grammarName
  });
  return map_default(lookaheadValidationErrorMessages, (errorMessage) => Object.assign({ type: ParserDefinitionErrorType.CUSTOM_LOOKAHEAD_VALIDATION }, errorMessage));
}
function validateGrammar(topLevels, tokenTypes, errMsgProvider, grammarName) {
  const duplicateErrors = flatMap_default(topLevels, (currTopLevel) => validateDuplicateProductions(currTopLevel, errMsgProvider));
  const termsNamespaceConflictErrors = checkTerminalAndNoneTerminalsNameSpace(topLevels, tokenTypes, errMsgProvider);
  const tooManyAltsErrors = flatMap_default(topLevels, (curRule) => validateTooManyAlts(curRule, errMsgProvider));
  const duplicateRulesError = flatMap_default(topLevels, (curRule) => validateRuleDoesNotAlreadyExist(curRule, topLevels, grammarName, errMsgProvider));
  return duplicateErrors.concat(termsNamespaceConflictErrors, tooManyAltsErrors, duplicateRulesError);
}
function validateDuplicateProductions(topLevelRule, errMsgProvider) {
  const collectorVisitor2 = new OccurrenceValidationCollector();
  topLevelRule.accept(collectorVisitor2);
  const allRuleProductions = collectorVisitor2.allProductions;
  const productionGroups = groupBy_default(allRuleProductions, identifyProductionForDuplicates);
  const duplicates = pickBy_default(productionGroups, (currGroup) => {
    return currGroup.length > 1;
  });
  const errors = map_default(values_default(duplicates), (currDuplicates) => {
    const firstProd = head_default(currDuplicates);
    const msg = errMsgProvider.buildDuplicateFoundError(topLevelRule, currDuplicates);
    const dslName = getProductionDslName(firstProd);
    const defError = {
      message: msg,
      type: ParserDefinitionErrorType.DUPLICATE_PRODUCTIONS,
      ruleName: topLevelRule.name,
      dslName,
      occurrence: firstProd.idx
    };
    const param = getExtraProductionArgument(firstProd);
    if (param) {
      defError.parameter = param;
    }
    return defError;
  });
  return errors;
}
function identifyProductionForDuplicates(prod) {
  return `${getProductionDslName(prod)}_#_${prod.idx}_#_${getExtraProductionArgument(prod)}`;
}
function getExtraProductionArgument(prod) {
  if (prod instanceof Terminal) {
    return prod.terminalType.name;
  } else if (prod instanceof NonTerminal) {
    return prod.nonTerminalName;
  } else {
    return "";
  }
}
var OccurrenceValidationCollector = class extends GAstVisitor {
  constructor() {
    super(...arguments);
    this.allProductions = [];
  }
  visitNonTerminal(subrule) {
    this.allProductions.push(subrule);
  }
  visitOption(option) {
    this.allProductions.push(option);
  }
  visitRepetitionWithSeparator(manySep) {
    this.allProductions.push(manySep);
  }
  visitRepetitionMandatory(atLeastOne) {
    this.allProductions.push(atLeastOne);
  }
  visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
    this.allProductions.push(atLeastOneSep);
  }
  visitRepetition(many) {
    this.allProductions.push(many);
  }
  visitAlternation(or) {
    this.allProductions.push(or);
  }
  visitTerminal(terminal) {
    this.allProductions.push(terminal);
  }
};
function validateRuleDoesNotAlreadyExist(rule, allRules, className, errMsgProvider) {
  const errors = [];
  const occurrences = reduce_default(allRules, (result, curRule) => {
    if (curRule.name === rule.name) {
      return result + 1;
    }
    return result;
  }, 0);
  if (occurrences > 1) {
    const errMsg = errMsgProvider.buildDuplicateRuleNameError({
      topLevelRule: rule,
      grammarName: className
    });
    errors.push({
      message: errMsg,
      type: ParserDefinitionErrorType.DUPLICATE_RULE_NAME,
      ruleName: rule.name
    });
  }
  return errors;
}
function validateRuleIsOverridden(ruleName, definedRulesNames, className) {
  const errors = [];
  let errMsg;
  if (!includes_default(definedRulesNames, ruleName)) {
    errMsg = `Invalid rule override, rule: ->${ruleName}<- cannot be overridden in the grammar: ->${className}<-as it is not defined in any of the super grammars `;
    errors.push({
      message: errMsg,
      type: ParserDefinitionErrorType.INVALID_RULE_OVERRIDE,
      ruleName
    });
  }
  return errors;
}
function validateNoLeftRecursion(topRule, currRule, errMsgProvider, path = []) {
  const errors = [];
  const nextNonTerminals = getFirstNoneTerminal(currRule.definition);
  if (isEmpty_default(nextNonTerminals)) {
    return [];
  } else {
    const ruleName = topRule.name;
    const foundLeftRecursion = includes_default(nextNonTerminals, topRule);
    if (foundLeftRecursion) {
      errors.push({
        message: errMsgProvider.buildLeftRecursionError({
          topLevelRule: topRule,
          leftRecursionPath: path
        }),
        type: ParserDefinitionErrorType.LEFT_RECURSION,
        ruleName
      });
    }
    const validNextSteps = difference_default(nextNonTerminals, path.concat([topRule]));
    const errorsFromNextSteps = flatMap_default(validNextSteps, (currRefRule) => {
      const newPath = clone_default(path);
      newPath.push(currRefRule);
      return validateNoLeftRecursion(topRule, currRefRule, errMsgProvider, newPath);
    });
    return errors.concat(errorsFromNextSteps);
  }
}
function getFirstNoneTerminal(definition) {
  let result = [];
  if (isEmpty_default(definition)) {
    return result;
  }
  const firstProd = head_default(definition);
  if (firstProd instanceof NonTerminal) {
    result.push(firstProd.referencedRule);
  } else if (firstProd instanceof Alternative || firstProd instanceof Option || firstProd instanceof RepetitionMandatory || firstProd instanceof RepetitionMandatoryWithSeparator || firstProd instanceof RepetitionWithSeparator || firstProd instanceof Repetition) {
    result = result.concat(getFirstNoneTerminal(firstProd.definition));
  } else if (firstProd instanceof Alternation) {
    result = flatten_default(map_default(firstProd.definition, (currSubDef) => getFirstNoneTerminal(currSubDef.definition)));
  } else if (firstProd instanceof Terminal) {
  } else {
    throw Error("non exhaustive match");
  }
  const isFirstOptional = isOptionalProd(firstProd);
  const hasMore = definition.length > 1;
  if (isFirstOptional && hasMore) {
    const rest = drop_default(definition);
    return result.concat(getFirstNoneTerminal(rest));
  } else {
    return result;
  }
}
var OrCollector = class extends GAstVisitor {
  constructor() {
    super(...arguments);
    this.alternations = [];
  }
  visitAlternation(node) {
    this.alternations.push(node);
  }
};
function validateEmptyOrAlternative(topLevelRule, errMsgProvider) {
  const orCollector = new OrCollector();
  topLevelRule.accept(orCollector);
  const ors = orCollector.alternations;
  const errors = flatMap_default(ors, (currOr) => {
    const exceptLast = dropRight_default(currOr.definition);
    return flatMap_default(exceptLast, (currAlternative, currAltIdx) => {
      const possibleFirstInAlt = nextPossibleTokensAfter([currAlternative], [], tokenStructuredMatcher, 1);
      if (isEmpty_default(possibleFirstInAlt)) {
        return [
          {
            message: errMsgProvider.buildEmptyAlternationError({
              topLevelRule,
              alternation: currOr,
              emptyChoiceIdx: currAltIdx
            }),
            type: ParserDefinitionErrorType.NONE_LAST_EMPTY_ALT,
            ruleName: topLevelRule.name,
            occurrence: currOr.idx,
            alternative: currAltIdx + 1
          }
        ];
      } else {
        return [];
      }
    });
  });
  return errors;
}
function validateAmbiguousAlternationAlternatives(topLevelRule, globalMaxLookahead, errMsgProvider) {
  const orCollector = new OrCollector();
  topLevelRule.accept(orCollector);
  let ors = orCollector.alternations;
  ors = reject_default(ors, (currOr) => currOr.ignoreAmbiguities === true);
  const errors = flatMap_default(ors, (currOr) => {
    const currOccurrence = currOr.idx;
    const actualMaxLookahead = currOr.maxLookahead || globalMaxLookahead;
    const alternatives = getLookaheadPathsForOr(currOccurrence, topLevelRule, actualMaxLookahead, currOr);
    const altsAmbiguityErrors = checkAlternativesAmbiguities(alternatives, currOr, topLevelRule, errMsgProvider);
    const altsPrefixAmbiguityErrors = checkPrefixAlternativesAmbiguities(alternatives, currOr, topLevelRule, errMsgProvider);
    return altsAmbiguityErrors.concat(altsPrefixAmbiguityErrors);
  });
  return errors;
}
var RepetitionCollector = class extends GAstVisitor {
  constructor() {
    super(...arguments);
    this.allProductions = [];
  }
  visitRepetitionWithSeparator(manySep) {
    this.allProductions.push(manySep);
  }
  visitRepetitionMandatory(atLeastOne) {
    this.allProductions.push(atLeastOne);
  }
  visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
    this.allProductions.push(atLeastOneSep);
  }
  visitRepetition(many) {
    this.allProductions.push(many);
  }
};
function validateTooManyAlts(topLevelRule, errMsgProvider) {
  const orCollector = new OrCollector();
  topLevelRule.accept(orCollector);
  const ors = orCollector.alternations;
  const errors = flatMap_default(ors, (currOr) => {
    if (currOr.definition.length > 255) {
      return [
        {
          message: errMsgProvider.buildTooManyAlternativesError({
            topLevelRule,
            alternation: currOr
          }),
          type: ParserDefinitionErrorType.TOO_MANY_ALTS,
          ruleName: topLevelRule.name,
          occurrence: currOr.idx
        }
      ];
    } else {
      return [];
    }
  });
  return errors;
}
function validateSomeNonEmptyLookaheadPath(topLevelRules, maxLookahead, errMsgProvider) {
  const errors = [];
  forEach_default(topLevelRules, (currTopRule) => {
    const collectorVisitor2 = new RepetitionCollector();
    currTopRule.accept(collectorVisitor2);
    const allRuleProductions = collectorVisitor2.allProductions;
    forEach_default(allRuleProductions, (currProd) => {
      const prodType = getProdType(currProd);
      const actualMaxLookahead = currProd.maxLookahead || maxLookahead;
      const currOccurrence = currProd.idx;
      const paths = getLookaheadPathsForOptionalProd(currOccurrence, currTopRule, prodType, actualMaxLookahead);
      const pathsInsideProduction = paths[0];
      if (isEmpty_default(flatten_default(pathsInsideProduction))) {
        const errMsg = errMsgProvider.buildEmptyRepetitionError({
          topLevelRule: currTopRule,
          repetition: currProd
        });
        errors.push({
          message: errMsg,
          type: ParserDefinitionErrorType.NO_NON_EMPTY_LOOKAHEAD,
          ruleName: currTopRule.name
        });
      }
    });
  });
  return errors;
}
function checkAlternativesAmbiguities(alternatives, alternation, rule, errMsgProvider) {
  const foundAmbiguousPaths = [];
  const identicalAmbiguities = reduce_default(alternatives, (result, currAlt, currAltIdx) => {
    if (alternation.definition[currAltIdx].ignoreAmbiguities === true) {
      return result;
    }
    forEach_default(currAlt, (currPath) => {
      const altsCurrPathAppearsIn = [currAltIdx];
      forEach_default(alternatives, (currOtherAlt, currOtherAltIdx) => {
        if (currAltIdx !== currOtherAltIdx && containsPath(currOtherAlt, currPath) && // ignore (skip) ambiguities with this "other" alternative
        alternation.definition[currOtherAltIdx].ignoreAmbiguities !== true) {
          altsCurrPathAppearsIn.push(currOtherAltIdx);
        }
      });
      if (altsCurrPathAppearsIn.length > 1 && !containsPath(foundAmbiguousPaths, currPath)) {
        foundAmbiguousPaths.push(currPath);
        result.push({
          alts: altsCurrPathAppearsIn,
          path: currPath
        });
      }
    });
    return result;
  }, []);
  const currErrors = map_default(identicalAmbiguities, (currAmbDescriptor) => {
    const ambgIndices = map_default(currAmbDescriptor.alts, (currAltIdx) => currAltIdx + 1);
    const currMessage = errMsgProvider.buildAlternationAmbiguityError({
      topLevelRule: rule,
      alternation,
      ambiguityIndices: ambgIndices,
      prefixPath: currAmbDescriptor.path
    });
    return {
      message: currMessage,
      type: ParserDefinitionErrorType.AMBIGUOUS_ALTS,
      ruleName: rule.name,
      occurrence: alternation.idx,
      alternatives: currAmbDescriptor.alts
    };
  });
  return currErrors;
}
function checkPrefixAlternativesAmbiguities(alternatives, alternation, rule, errMsgProvider) {
  const pathsAndIndices = reduce_default(alternatives, (result, currAlt, idx) => {
    const currPathsAndIdx = map_default(currAlt, (currPath) => {
      return { idx, path: currPath };
    });
    return result.concat(currPathsAndIdx);
  }, []);
  const errors = compact_default(flatMap_default(pathsAndIndices, (currPathAndIdx) => {
    const alternativeGast = alternation.definition[currPathAndIdx.idx];
    if (alternativeGast.ignoreAmbiguities === true) {
      return [];
    }
    const targetIdx = currPathAndIdx.idx;
    const targetPath = currPathAndIdx.path;
    const prefixAmbiguitiesPathsAndIndices = filter_default(pathsAndIndices, (searchPathAndIdx) => {
      return (
        // ignore (skip) ambiguities with this "other" alternative
        alternation.definition[searchPathAndIdx.idx].ignoreAmbiguities !== true && searchPathAndIdx.idx < targetIdx && // checking for strict prefix because identical lookaheads
        // will be be detected using a different validation.
        isStrictPrefixOfPath(searchPathAndIdx.path, targetPath)
      );
    });
    const currPathPrefixErrors = map_default(prefixAmbiguitiesPathsAndIndices, (currAmbPathAndIdx) => {
      const ambgIndices = [currAmbPathAndIdx.idx + 1, targetIdx + 1];
      const occurrence = alternation.idx === 0 ? "" : alternation.idx;
      const message = errMsgProvider.buildAlternationPrefixAmbiguityError({
        topLevelRule: rule,
        alternation,
        ambiguityIndices: ambgIndices,
        prefixPath: currAmbPathAndIdx.path
      });
      return {
        message,
        type: ParserDefinitionErrorType.AMBIGUOUS_PREFIX_ALTS,
        ruleName: rule.name,
        occurrence,
        alternatives: ambgIndices
      };
    });
    return currPathPrefixErrors;
  }));
  return errors;
}
function checkTerminalAndNoneTerminalsNameSpace(topLevels, tokenTypes, errMsgProvider) {
  const errors = [];
  const tokenNames = map_default(tokenTypes, (currToken) => currToken.name);
  forEach_default(topLevels, (currRule) => {
    const currRuleName = currRule.name;
    if (includes_default(tokenNames, currRuleName)) {
      const errMsg = errMsgProvider.buildNamespaceConflictError(currRule);
      errors.push({
        message: errMsg,
        type: ParserDefinitionErrorType.CONFLICT_TOKENS_RULES_NAMESPACE,
        ruleName: currRuleName
      });
    }
  });
  return errors;
}

// node_modules/chevrotain/lib/src/parse/grammar/gast/gast_resolver_public.js
function resolveGrammar2(options) {
  const actualOptions = defaults_default(options, {
    errMsgProvider: defaultGrammarResolverErrorProvider
  });
  const topRulesTable = {};
  forEach_default(options.rules, (rule) => {
    topRulesTable[rule.name] = rule;
  });
  return resolveGrammar(topRulesTable, actualOptions.errMsgProvider);
}
function validateGrammar2(options) {
  options = defaults_default(options, {
    errMsgProvider: defaultGrammarValidatorErrorProvider
  });
  return validateGrammar(options.rules, options.tokenTypes, options.errMsgProvider, options.grammarName);
}

// node_modules/chevrotain/lib/src/parse/exceptions_public.js
var MISMATCHED_TOKEN_EXCEPTION = "MismatchedTokenException";
var NO_VIABLE_ALT_EXCEPTION = "NoViableAltException";
var EARLY_EXIT_EXCEPTION = "EarlyExitException";
var NOT_ALL_INPUT_PARSED_EXCEPTION = "NotAllInputParsedException";
var RECOGNITION_EXCEPTION_NAMES = [
  MISMATCHED_TOKEN_EXCEPTION,
  NO_VIABLE_ALT_EXCEPTION,
  EARLY_EXIT_EXCEPTION,
  NOT_ALL_INPUT_PARSED_EXCEPTION
];
Object.freeze(RECOGNITION_EXCEPTION_NAMES);
function isRecognitionException(error) {
  return includes_default(RECOGNITION_EXCEPTION_NAMES, error.name);
}
var RecognitionException = class extends Error {
  constructor(message, token) {
    super(message);
    this.token = token;
    this.resyncedTokens = [];
    Object.setPrototypeOf(this, new.target.prototype);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
};
var MismatchedTokenException = class extends RecognitionException {
  constructor(message, token, previousToken) {
    super(message, token);
    this.previousToken = previousToken;
    this.name = MISMATCHED_TOKEN_EXCEPTION;
  }
};
var NoViableAltException = class extends RecognitionException {
  constructor(message, token, previousToken) {
    super(message, token);
    this.previousToken = previousToken;
    this.name = NO_VIABLE_ALT_EXCEPTION;
  }
};
var NotAllInputParsedException = class extends RecognitionException {
  constructor(message, token) {
    super(message, token);
    this.name = NOT_ALL_INPUT_PARSED_EXCEPTION;
  }
};
var EarlyExitException = class extends RecognitionException {
  constructor(message, token, previousToken) {
    super(message, token);
    this.previousToken = previousToken;
    this.name = EARLY_EXIT_EXCEPTION;
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/recoverable.js
var EOF_FOLLOW_KEY = {};
var IN_RULE_RECOVERY_EXCEPTION = "InRuleRecoveryException";
var InRuleRecoveryException = class extends Error {
  constructor(message) {
    super(message);
    this.name = IN_RULE_RECOVERY_EXCEPTION;
  }
};
var Recoverable = class {
  initRecoverable(config) {
    this.firstAfterRepMap = {};
    this.resyncFollows = {};
    this.recoveryEnabled = has_default(config, "recoveryEnabled") ? config.recoveryEnabled : DEFAULT_PARSER_CONFIG.recoveryEnabled;
    if (this.recoveryEnabled) {
      this.attemptInRepetitionRecovery = attemptInRepetitionRecovery;
    }
  }
  getTokenToInsert(tokType) {
    const tokToInsert = createTokenInstance(tokType, "", NaN, NaN, NaN, NaN, NaN, NaN);
    tokToInsert.isInsertedInRecovery = true;
    return tokToInsert;
  }
  canTokenTypeBeInsertedInRecovery(tokType) {
    return true;
  }
  canTokenTypeBeDeletedInRecovery(tokType) {
    return true;
  }
  tryInRepetitionRecovery(grammarRule, grammarRuleArgs, lookAheadFunc, expectedTokType) {
    const reSyncTokType = this.findReSyncTokenType();
    const savedLexerState = this.exportLexerState();
    const resyncedTokens = [];
    let passedResyncPoint = false;
    const nextTokenWithoutResync = this.LA_FAST(1);
    let currToken = this.LA_FAST(1);
    const generateErrorMessage = () => {
      const previousToken = this.LA(0);
      const msg = this.errorMessageProvider.buildMismatchTokenMessage({
        expected: expectedTokType,
        actual: nextTokenWithoutResync,
        previous: previousToken,
        ruleName: this.getCurrRuleFullName()
      });
      const error = new MismatchedTokenException(msg, nextTokenWithoutResync, this.LA(0));
      error.resyncedTokens = dropRight_default(resyncedTokens);
      this.SAVE_ERROR(error);
    };
    while (!passedResyncPoint) {
      if (this.tokenMatcher(currToken, expectedTokType)) {
        generateErrorMessage();
        return;
      } else if (lookAheadFunc.call(this)) {
        generateErrorMessage();
        grammarRule.apply(this, grammarRuleArgs);
        return;
      } else if (this.tokenMatcher(currToken, reSyncTokType)) {
        passedResyncPoint = true;
      } else {
        currToken = this.SKIP_TOKEN();
        this.addToResyncTokens(currToken, resyncedTokens);
      }
    }
    this.importLexerState(savedLexerState);
  }
  shouldInRepetitionRecoveryBeTried(expectTokAfterLastMatch, nextTokIdx, notStuck) {
    if (notStuck === false) {
      return false;
    }
    if (this.tokenMatcher(this.LA_FAST(1), expectTokAfterLastMatch)) {
      return false;
    }
    if (this.isBackTracking()) {
      return false;
    }
    if (this.canPerformInRuleRecovery(expectTokAfterLastMatch, this.getFollowsForInRuleRecovery(expectTokAfterLastMatch, nextTokIdx))) {
      return false;
    }
    return true;
  }
  // Error Recovery functionality
  getFollowsForInRuleRecovery(tokType, tokIdxInRule) {
    const grammarPath = this.getCurrentGrammarPath(tokType, tokIdxInRule);
    const follows = this.getNextPossibleTokenTypes(grammarPath);
    return follows;
  }
  tryInRuleRecovery(expectedTokType, follows) {
    if (this.canRecoverWithSingleTokenInsertion(expectedTokType, follows)) {
      const tokToInsert = this.getTokenToInsert(expectedTokType);
      return tokToInsert;
    }
    if (this.canRecoverWithSingleTokenDeletion(expectedTokType)) {
      const nextTok = this.SKIP_TOKEN();
      this.consumeToken();
      return nextTok;
    }
    throw new InRuleRecoveryException("sad sad panda");
  }
  canPerformInRuleRecovery(expectedToken, follows) {
    return this.canRecoverWithSingleTokenInsertion(expectedToken, follows) || this.canRecoverWithSingleTokenDeletion(expectedToken);
  }
  canRecoverWithSingleTokenInsertion(expectedTokType, follows) {
    if (!this.canTokenTypeBeInsertedInRecovery(expectedTokType)) {
      return false;
    }
    if (isEmpty_default(follows)) {
      return false;
    }
    const mismatchedTok = this.LA_FAST(1);
    const isMisMatchedTokInFollows = find_default(follows, (possibleFollowsTokType) => {
      return this.tokenMatcher(mismatchedTok, possibleFollowsTokType);
    }) !== void 0;
    return isMisMatchedTokInFollows;
  }
  canRecoverWithSingleTokenDeletion(expectedTokType) {
    if (!this.canTokenTypeBeDeletedInRecovery(expectedTokType)) {
      return false;
    }
    const isNextTokenWhatIsExpected = this.tokenMatcher(
      // not using LA_FAST because LA(2) might be un-safe with maxLookahead=1
      // in some edge cases (?)
      this.LA(2),
      expectedTokType
    );
    return isNextTokenWhatIsExpected;
  }
  isInCurrentRuleReSyncSet(tokenTypeIdx) {
    const followKey = this.getCurrFollowKey();
    const currentRuleReSyncSet = this.getFollowSetFromFollowKey(followKey);
    return includes_default(currentRuleReSyncSet, tokenTypeIdx);
  }
  findReSyncTokenType() {
    const allPossibleReSyncTokTypes = this.flattenFollowSet();
    let nextToken = this.LA_FAST(1);
    let k = 2;
    while (true) {
      const foundMatch = find_default(allPossibleReSyncTokTypes, (resyncTokType) => {
        const canMatch = tokenMatcher(nextToken, resyncTokType);
        return canMatch;
      });
      if (foundMatch !== void 0) {
        return foundMatch;
      }
      nextToken = this.LA(k);
      k++;
    }
  }
  getCurrFollowKey() {
    if (this.RULE_STACK_IDX === 0) {
      return EOF_FOLLOW_KEY;
    }
    const currRuleShortName = this.currRuleShortName;
    const currRuleIdx = this.getLastExplicitRuleOccurrenceIndex();
    const prevRuleShortName = this.getPreviousExplicitRuleShortName();
    return {
      ruleName: this.shortRuleNameToFullName(currRuleShortName),
      idxInCallingRule: currRuleIdx,
      inRule: this.shortRuleNameToFullName(prevRuleShortName)
    };
  }
  buildFullFollowKeyStack() {
    const explicitRuleStack = this.RULE_STACK;
    const explicitOccurrenceStack = this.RULE_OCCURRENCE_STACK;
    const len = this.RULE_STACK_IDX + 1;
    const result = new Array(len);
    for (let idx = 0; idx < len; idx++) {
      if (idx === 0) {
        result[idx] = EOF_FOLLOW_KEY;
      } else {
        result[idx] = {
          ruleName: this.shortRuleNameToFullName(explicitRuleStack[idx]),
          idxInCallingRule: explicitOccurrenceStack[idx],
          inRule: this.shortRuleNameToFullName(explicitRuleStack[idx - 1])
        };
      }
    }
    return result;
  }
  flattenFollowSet() {
    const followStack = map_default(this.buildFullFollowKeyStack(), (currKey) => {
      return this.getFollowSetFromFollowKey(currKey);
    });
    return flatten_default(followStack);
  }
  getFollowSetFromFollowKey(followKey) {
    if (followKey === EOF_FOLLOW_KEY) {
      return [EOF];
    }
    const followName = followKey.ruleName + followKey.idxInCallingRule + IN + followKey.inRule;
    return this.resyncFollows[followName];
  }
  // It does not make any sense to include a virtual EOF token in the list of resynced tokens
  // as EOF does not really exist and thus does not contain any useful information (line/column numbers)
  addToResyncTokens(token, resyncTokens) {
    if (!this.tokenMatcher(token, EOF)) {
      resyncTokens.push(token);
    }
    return resyncTokens;
  }
  reSyncTo(tokType) {
    const resyncedTokens = [];
    let nextTok = this.LA_FAST(1);
    while (this.tokenMatcher(nextTok, tokType) === false) {
      nextTok = this.SKIP_TOKEN();
      this.addToResyncTokens(nextTok, resyncedTokens);
    }
    return dropRight_default(resyncedTokens);
  }
  attemptInRepetitionRecovery(prodFunc, args, lookaheadFunc, dslMethodIdx, prodOccurrence, nextToksWalker, notStuck) {
  }
  getCurrentGrammarPath(tokType, tokIdxInRule) {
    const pathRuleStack = this.getHumanReadableRuleStack();
    const pathOccurrenceStack = this.RULE_OCCURRENCE_STACK.slice(0, this.RULE_OCCURRENCE_STACK_IDX + 1);
    const grammarPath = {
      ruleStack: pathRuleStack,
      occurrenceStack: pathOccurrenceStack,
      lastTok: tokType,
      lastTokOccurrence: tokIdxInRule
    };
    return grammarPath;
  }
  getHumanReadableRuleStack() {
    const len = this.RULE_STACK_IDX + 1;
    const result = new Array(len);
    for (let i = 0; i < len; i++) {
      result[i] = this.shortRuleNameToFullName(this.RULE_STACK[i]);
    }
    return result;
  }
};
function attemptInRepetitionRecovery(prodFunc, args, lookaheadFunc, dslMethodIdx, prodOccurrence, nextToksWalker, notStuck) {
  const key = this.getKeyForAutomaticLookahead(dslMethodIdx, prodOccurrence);
  let firstAfterRepInfo = this.firstAfterRepMap[key];
  if (firstAfterRepInfo === void 0) {
    const currRuleName = this.getCurrRuleFullName();
    const ruleGrammar = this.getGAstProductions()[currRuleName];
    const walker = new nextToksWalker(ruleGrammar, prodOccurrence);
    firstAfterRepInfo = walker.startWalking();
    this.firstAfterRepMap[key] = firstAfterRepInfo;
  }
  let expectTokAfterLastMatch = firstAfterRepInfo.token;
  let nextTokIdx = firstAfterRepInfo.occurrence;
  const isEndOfRule = firstAfterRepInfo.isEndOfRule;
  if (this.RULE_STACK_IDX === 0 && isEndOfRule && expectTokAfterLastMatch === void 0) {
    expectTokAfterLastMatch = EOF;
    nextTokIdx = 1;
  }
  if (expectTokAfterLastMatch === void 0 || nextTokIdx === void 0) {
    return;
  }
  if (this.shouldInRepetitionRecoveryBeTried(expectTokAfterLastMatch, nextTokIdx, notStuck)) {
    this.tryInRepetitionRecovery(prodFunc, args, lookaheadFunc, expectTokAfterLastMatch);
  }
}

// node_modules/chevrotain/lib/src/parse/grammar/keys.js
var BITS_FOR_METHOD_TYPE = 4;
var BITS_FOR_OCCURRENCE_IDX = 8;
var BITS_FOR_ALT_IDX = 8;
var OR_IDX = 1 << BITS_FOR_OCCURRENCE_IDX;
var OPTION_IDX = 2 << BITS_FOR_OCCURRENCE_IDX;
var MANY_IDX = 3 << BITS_FOR_OCCURRENCE_IDX;
var AT_LEAST_ONE_IDX = 4 << BITS_FOR_OCCURRENCE_IDX;
var MANY_SEP_IDX = 5 << BITS_FOR_OCCURRENCE_IDX;
var AT_LEAST_ONE_SEP_IDX = 6 << BITS_FOR_OCCURRENCE_IDX;
function getKeyForAutomaticLookahead(ruleIdx, dslMethodIdx, occurrence) {
  return occurrence | dslMethodIdx | ruleIdx;
}
var BITS_START_FOR_ALT_IDX = 32 - BITS_FOR_ALT_IDX;

// node_modules/chevrotain/lib/src/parse/grammar/llk_lookahead.js
var LLkLookaheadStrategy = class {
  constructor(options) {
    var _a;
    this.maxLookahead = (_a = options === null || options === void 0 ? void 0 : options.maxLookahead) !== null && _a !== void 0 ? _a : DEFAULT_PARSER_CONFIG.maxLookahead;
  }
  validate(options) {
    const leftRecursionErrors = this.validateNoLeftRecursion(options.rules);
    if (isEmpty_default(leftRecursionErrors)) {
      const emptyAltErrors = this.validateEmptyOrAlternatives(options.rules);
      const ambiguousAltsErrors = this.validateAmbiguousAlternationAlternatives(options.rules, this.maxLookahead);
      const emptyRepetitionErrors = this.validateSomeNonEmptyLookaheadPath(options.rules, this.maxLookahead);
      const allErrors = [
        ...leftRecursionErrors,
        ...emptyAltErrors,
        ...ambiguousAltsErrors,
        ...emptyRepetitionErrors
      ];
      return allErrors;
    }
    return leftRecursionErrors;
  }
  validateNoLeftRecursion(rules) {
    return flatMap_default(rules, (currTopRule) => validateNoLeftRecursion(currTopRule, currTopRule, defaultGrammarValidatorErrorProvider));
  }
  validateEmptyOrAlternatives(rules) {
    return flatMap_default(rules, (currTopRule) => validateEmptyOrAlternative(currTopRule, defaultGrammarValidatorErrorProvider));
  }
  validateAmbiguousAlternationAlternatives(rules, maxLookahead) {
    return flatMap_default(rules, (currTopRule) => validateAmbiguousAlternationAlternatives(currTopRule, maxLookahead, defaultGrammarValidatorErrorProvider));
  }
  validateSomeNonEmptyLookaheadPath(rules, maxLookahead) {
    return validateSomeNonEmptyLookaheadPath(rules, maxLookahead, defaultGrammarValidatorErrorProvider);
  }
  buildLookaheadForAlternation(options) {
    return buildLookaheadFuncForOr(options.prodOccurrence, options.rule, options.maxLookahead, options.hasPredicates, options.dynamicTokensEnabled, buildAlternativesLookAheadFunc);
  }
  buildLookaheadForOptional(options) {
    return buildLookaheadFuncForOptionalProd(options.prodOccurrence, options.rule, options.maxLookahead, options.dynamicTokensEnabled, getProdType(options.prodType), buildSingleAlternativeLookaheadFunction);
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/looksahead.js
var LooksAhead = class {
  initLooksAhead(config) {
    this.dynamicTokensEnabled = has_default(config, "dynamicTokensEnabled") ? config.dynamicTokensEnabled : DEFAULT_PARSER_CONFIG.dynamicTokensEnabled;
    this.maxLookahead = has_default(config, "maxLookahead") ? config.maxLookahead : DEFAULT_PARSER_CONFIG.maxLookahead;
    this.lookaheadStrategy = has_default(config, "lookaheadStrategy") ? config.lookaheadStrategy : new LLkLookaheadStrategy({ maxLookahead: this.maxLookahead });
    this.lookAheadFuncsCache = /* @__PURE__ */ new Map();
  }
  preComputeLookaheadFunctions(rules) {
    forEach_default(rules, (currRule) => {
      this.TRACE_INIT(`${currRule.name} Rule Lookahead`, () => {
        const { alternation, repetition, option, repetitionMandatory, repetitionMandatoryWithSeparator, repetitionWithSeparator } = collectMethods(currRule);
        forEach_default(alternation, (currProd) => {
          const prodIdx = currProd.idx === 0 ? "" : currProd.idx;
          this.TRACE_INIT(`${getProductionDslName(currProd)}${prodIdx}`, () => {
            const laFunc = this.lookaheadStrategy.buildLookaheadForAlternation({
              prodOccurrence: currProd.idx,
              rule: currRule,
              maxLookahead: currProd.maxLookahead || this.maxLookahead,
              hasPredicates: currProd.hasPredicates,
              dynamicTokensEnabled: this.dynamicTokensEnabled
            });
            const key = getKeyForAutomaticLookahead(this.fullRuleNameToShort[currRule.name], OR_IDX, currProd.idx);
            this.setLaFuncCache(key, laFunc);
          });
        });
        forEach_default(repetition, (currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, MANY_IDX, "Repetition", currProd.maxLookahead, getProductionDslName(currProd));
        });
        forEach_default(option, (currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, OPTION_IDX, "Option", currProd.maxLookahead, getProductionDslName(currProd));
        });
        forEach_default(repetitionMandatory, (currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, AT_LEAST_ONE_IDX, "RepetitionMandatory", currProd.maxLookahead, getProductionDslName(currProd));
        });
        forEach_default(repetitionMandatoryWithSeparator, (currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, AT_LEAST_ONE_SEP_IDX, "RepetitionMandatoryWithSeparator", currProd.maxLookahead, getProductionDslName(currProd));
        });
        forEach_default(repetitionWithSeparator, (currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, MANY_SEP_IDX, "RepetitionWithSeparator", currProd.maxLookahead, getProductionDslName(currProd));
        });
      });
    });
  }
  computeLookaheadFunc(rule, prodOccurrence, prodKey, prodType, prodMaxLookahead, dslMethodName) {
    this.TRACE_INIT(`${dslMethodName}${prodOccurrence === 0 ? "" : prodOccurrence}`, () => {
      const laFunc = this.lookaheadStrategy.buildLookaheadForOptional({
        prodOccurrence,
        rule,
        maxLookahead: prodMaxLookahead || this.maxLookahead,
        dynamicTokensEnabled: this.dynamicTokensEnabled,
        prodType
      });
      const key = getKeyForAutomaticLookahead(this.fullRuleNameToShort[rule.name], prodKey, prodOccurrence);
      this.setLaFuncCache(key, laFunc);
    });
  }
  // this actually returns a number, but it is always used as a string (object prop key)
  getKeyForAutomaticLookahead(dslMethodIdx, occurrence) {
    return getKeyForAutomaticLookahead(this.currRuleShortName, dslMethodIdx, occurrence);
  }
  getLaFuncFromCache(key) {
    return this.lookAheadFuncsCache.get(key);
  }
  /* istanbul ignore next */
  setLaFuncCache(key, value) {
    this.lookAheadFuncsCache.set(key, value);
  }
};
var DslMethodsCollectorVisitor = class extends GAstVisitor {
  constructor() {
    super(...arguments);
    this.dslMethods = {
      option: [],
      alternation: [],
      repetition: [],
      repetitionWithSeparator: [],
      repetitionMandatory: [],
      repetitionMandatoryWithSeparator: []
    };
  }
  reset() {
    this.dslMethods = {
      option: [],
      alternation: [],
      repetition: [],
      repetitionWithSeparator: [],
      repetitionMandatory: [],
      repetitionMandatoryWithSeparator: []
    };
  }
  visitOption(option) {
    this.dslMethods.option.push(option);
  }
  visitRepetitionWithSeparator(manySep) {
    this.dslMethods.repetitionWithSeparator.push(manySep);
  }
  visitRepetitionMandatory(atLeastOne) {
    this.dslMethods.repetitionMandatory.push(atLeastOne);
  }
  visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
    this.dslMethods.repetitionMandatoryWithSeparator.push(atLeastOneSep);
  }
  visitRepetition(many) {
    this.dslMethods.repetition.push(many);
  }
  visitAlternation(or) {
    this.dslMethods.alternation.push(or);
  }
};
var collectorVisitor = new DslMethodsCollectorVisitor();
function collectMethods(rule) {
  collectorVisitor.reset();
  rule.accept(collectorVisitor);
  const dslMethods = collectorVisitor.dslMethods;
  collectorVisitor.reset();
  return dslMethods;
}

// node_modules/chevrotain/lib/src/parse/cst/cst.js
function setNodeLocationOnlyOffset(currNodeLocation, newLocationInfo) {
  if (isNaN(currNodeLocation.startOffset) === true) {
    currNodeLocation.startOffset = newLocationInfo.startOffset;
    currNodeLocation.endOffset = newLocationInfo.endOffset;
  } else if (currNodeLocation.endOffset < newLocationInfo.endOffset === true) {
    currNodeLocation.endOffset = newLocationInfo.endOffset;
  }
}
function setNodeLocationFull(currNodeLocation, newLocationInfo) {
  if (isNaN(currNodeLocation.startOffset) === true) {
    currNodeLocation.startOffset = newLocationInfo.startOffset;
    currNodeLocation.startColumn = newLocationInfo.startColumn;
    currNodeLocation.startLine = newLocationInfo.startLine;
    currNodeLocation.endOffset = newLocationInfo.endOffset;
    currNodeLocation.endColumn = newLocationInfo.endColumn;
    currNodeLocation.endLine = newLocationInfo.endLine;
  } else if (currNodeLocation.endOffset < newLocationInfo.endOffset === true) {
    currNodeLocation.endOffset = newLocationInfo.endOffset;
    currNodeLocation.endColumn = newLocationInfo.endColumn;
    currNodeLocation.endLine = newLocationInfo.endLine;
  }
}
function addTerminalToCst(node, token, tokenTypeName) {
  if (node.children[tokenTypeName] === void 0) {
    node.children[tokenTypeName] = [token];
  } else {
    node.children[tokenTypeName].push(token);
  }
}
function addNoneTerminalToCst(node, ruleName, ruleResult) {
  if (node.children[ruleName] === void 0) {
    node.children[ruleName] = [ruleResult];
  } else {
    node.children[ruleName].push(ruleResult);
  }
}

// node_modules/chevrotain/lib/src/lang/lang_extensions.js
var NAME = "name";
function defineNameProp(obj, nameValue) {
  Object.defineProperty(obj, NAME, {
    enumerable: false,
    configurable: true,
    writable: false,
    value: nameValue
  });
}

// node_modules/chevrotain/lib/src/parse/cst/cst_visitor.js
function defaultVisit(ctx, param) {
  const childrenNames = keys_default(ctx);
  const childrenNamesLength = childrenNames.length;
  for (let i = 0; i < childrenNamesLength; i++) {
    const currChildName = childrenNames[i];
    const currChildArray = ctx[currChildName];
    const currChildArrayLength = currChildArray.length;
    for (let j = 0; j < currChildArrayLength; j++) {
      const currChild = currChildArray[j];
      if (currChild.tokenTypeIdx === void 0) {
        this[currChild.name](currChild.children, param);
      }
    }
  }
}
function createBaseSemanticVisitorConstructor(grammarName, ruleNames) {
  const derivedConstructor = function() {
  };
  defineNameProp(derivedConstructor, grammarName + "BaseSemantics");
  const semanticProto = {
    visit: function(cstNode, param) {
      if (isArray_default(cstNode)) {
        cstNode = cstNode[0];
      }
      if (isUndefined_default(cstNode)) {
        return void 0;
      }
      return this[cstNode.name](cstNode.children, param);
    },
    validateVisitor: function() {
      const semanticDefinitionErrors = validateVisitor(this, ruleNames);
      if (!isEmpty_default(semanticDefinitionErrors)) {
        const errorMessages = map_default(semanticDefinitionErrors, (currDefError) => currDefError.msg);
        throw Error(`Errors Detected in CST Visitor <${this.constructor.name}>:
	${errorMessages.join("\n\n").replace(/\n/g, "\n	")}`);
      }
    }
  };
  derivedConstructor.prototype = semanticProto;
  derivedConstructor.prototype.constructor = derivedConstructor;
  derivedConstructor._RULE_NAMES = ruleNames;
  return derivedConstructor;
}
function createBaseVisitorConstructorWithDefaults(grammarName, ruleNames, baseConstructor) {
  const derivedConstructor = function() {
  };
  defineNameProp(derivedConstructor, grammarName + "BaseSemanticsWithDefaults");
  const withDefaultsProto = Object.create(baseConstructor.prototype);
  forEach_default(ruleNames, (ruleName) => {
    withDefaultsProto[ruleName] = defaultVisit;
  });
  derivedConstructor.prototype = withDefaultsProto;
  derivedConstructor.prototype.constructor = derivedConstructor;
  return derivedConstructor;
}
var CstVisitorDefinitionError;
(function(CstVisitorDefinitionError2) {
  CstVisitorDefinitionError2[CstVisitorDefinitionError2["REDUNDANT_METHOD"] = 0] = "REDUNDANT_METHOD";
  CstVisitorDefinitionError2[CstVisitorDefinitionError2["MISSING_METHOD"] = 1] = "MISSING_METHOD";
})(CstVisitorDefinitionError || (CstVisitorDefinitionError = {}));
function validateVisitor(visitorInstance, ruleNames) {
  const missingErrors = validateMissingCstMethods(visitorInstance, ruleNames);
  return missingErrors;
}
function validateMissingCstMethods(visitorInstance, ruleNames) {
  const missingRuleNames = filter_default(ruleNames, (currRuleName) => {
    return isFunction_default(visitorInstance[currRuleName]) === false;
  });
  const errors = map_default(missingRuleNames, (currRuleName) => {
    return {
      msg: `Missing visitor method: <${currRuleName}> on ${visitorInstance.constructor.name} CST Visitor.`,
      type: CstVisitorDefinitionError.MISSING_METHOD,
      methodName: currRuleName
    };
  });
  return compact_default(errors);
}

// node_modules/chevrotain/lib/src/parse/parser/traits/tree_builder.js
var TreeBuilder = class {
  initTreeBuilder(config) {
    this.CST_STACK = [];
    this.outputCst = config.outputCst;
    this.nodeLocationTracking = has_default(config, "nodeLocationTracking") ? config.nodeLocationTracking : DEFAULT_PARSER_CONFIG.nodeLocationTracking;
    if (!this.outputCst) {
      this.cstInvocationStateUpdate = noop_default;
      this.cstFinallyStateUpdate = noop_default;
      this.cstPostTerminal = noop_default;
      this.cstPostNonTerminal = noop_default;
      this.cstPostRule = noop_default;
    } else {
      if (/full/i.test(this.nodeLocationTracking)) {
        if (this.recoveryEnabled) {
          this.setNodeLocationFromToken = setNodeLocationFull;
          this.setNodeLocationFromNode = setNodeLocationFull;
          this.cstPostRule = noop_default;
          this.setInitialNodeLocation = this.setInitialNodeLocationFullRecovery;
        } else {
          this.setNodeLocationFromToken = noop_default;
          this.setNodeLocationFromNode = noop_default;
          this.cstPostRule = this.cstPostRuleFull;
          this.setInitialNodeLocation = this.setInitialNodeLocationFullRegular;
        }
      } else if (/onlyOffset/i.test(this.nodeLocationTracking)) {
        if (this.recoveryEnabled) {
          this.setNodeLocationFromToken = setNodeLocationOnlyOffset;
          this.setNodeLocationFromNode = setNodeLocationOnlyOffset;
          this.cstPostRule = noop_default;
          this.setInitialNodeLocation = this.setInitialNodeLocationOnlyOffsetRecovery;
        } else {
          this.setNodeLocationFromToken = noop_default;
          this.setNodeLocationFromNode = noop_default;
          this.cstPostRule = this.cstPostRuleOnlyOffset;
          this.setInitialNodeLocation = this.setInitialNodeLocationOnlyOffsetRegular;
        }
      } else if (/none/i.test(this.nodeLocationTracking)) {
        this.setNodeLocationFromToken = noop_default;
        this.setNodeLocationFromNode = noop_default;
        this.cstPostRule = noop_default;
        this.setInitialNodeLocation = noop_default;
      } else {
        throw Error(`Invalid <nodeLocationTracking> config option: "${config.nodeLocationTracking}"`);
      }
    }
  }
  setInitialNodeLocationOnlyOffsetRecovery(cstNode) {
    cstNode.location = {
      startOffset: NaN,
      endOffset: NaN
    };
  }
  setInitialNodeLocationOnlyOffsetRegular(cstNode) {
    cstNode.location = {
      // without error recovery the starting Location of a new CstNode is guaranteed
      // To be the next Token's startOffset (for valid inputs).
      // For invalid inputs there won't be any CSTOutput so this potential
      // inaccuracy does not matter
      startOffset: this.LA_FAST(1).startOffset,
      endOffset: NaN
    };
  }
  setInitialNodeLocationFullRecovery(cstNode) {
    cstNode.location = {
      startOffset: NaN,
      startLine: NaN,
      startColumn: NaN,
      endOffset: NaN,
      endLine: NaN,
      endColumn: NaN
    };
  }
  /**
       *  @see setInitialNodeLocationOnlyOffsetRegular for explanation why this work
  
       * @param cstNode
       */
  setInitialNodeLocationFullRegular(cstNode) {
    const nextToken = this.LA_FAST(1);
    cstNode.location = {
      startOffset: nextToken.startOffset,
      startLine: nextToken.startLine,
      startColumn: nextToken.startColumn,
      endOffset: NaN,
      endLine: NaN,
      endColumn: NaN
    };
  }
  cstInvocationStateUpdate(fullRuleName) {
    const cstNode = {
      name: fullRuleName,
      children: /* @__PURE__ */ Object.create(null)
    };
    this.setInitialNodeLocation(cstNode);
    this.CST_STACK.push(cstNode);
  }
  cstFinallyStateUpdate() {
    this.CST_STACK.pop();
  }
  cstPostRuleFull(ruleCstNode) {
    const prevToken = this.LA(0);
    const loc = ruleCstNode.location;
    if (loc.startOffset <= prevToken.startOffset === true) {
      loc.endOffset = prevToken.endOffset;
      loc.endLine = prevToken.endLine;
      loc.endColumn = prevToken.endColumn;
    } else {
      loc.startOffset = NaN;
      loc.startLine = NaN;
      loc.startColumn = NaN;
    }
  }
  cstPostRuleOnlyOffset(ruleCstNode) {
    const prevToken = this.LA(0);
    const loc = ruleCstNode.location;
    if (loc.startOffset <= prevToken.startOffset === true) {
      loc.endOffset = prevToken.endOffset;
    } else {
      loc.startOffset = NaN;
    }
  }
  cstPostTerminal(key, consumedToken) {
    const rootCst = this.CST_STACK[this.CST_STACK.length - 1];
    addTerminalToCst(rootCst, consumedToken, key);
    this.setNodeLocationFromToken(rootCst.location, consumedToken);
  }
  cstPostNonTerminal(ruleCstResult, ruleName) {
    const preCstNode = this.CST_STACK[this.CST_STACK.length - 1];
    addNoneTerminalToCst(preCstNode, ruleName, ruleCstResult);
    this.setNodeLocationFromNode(preCstNode.location, ruleCstResult.location);
  }
  getBaseCstVisitorConstructor() {
    if (isUndefined_default(this.baseCstVisitorConstructor)) {
      const newBaseCstVisitorConstructor = createBaseSemanticVisitorConstructor(this.className, keys_default(this.gastProductionsCache));
      this.baseCstVisitorConstructor = newBaseCstVisitorConstructor;
      return newBaseCstVisitorConstructor;
    }
    return this.baseCstVisitorConstructor;
  }
  getBaseCstVisitorConstructorWithDefaults() {
    if (isUndefined_default(this.baseCstVisitorWithDefaultsConstructor)) {
      const newConstructor = createBaseVisitorConstructorWithDefaults(this.className, keys_default(this.gastProductionsCache), this.getBaseCstVisitorConstructor());
      this.baseCstVisitorWithDefaultsConstructor = newConstructor;
      return newConstructor;
    }
    return this.baseCstVisitorWithDefaultsConstructor;
  }
  getPreviousExplicitRuleShortName() {
    return this.RULE_STACK[this.RULE_STACK_IDX - 1];
  }
  getLastExplicitRuleOccurrenceIndex() {
    return this.RULE_OCCURRENCE_STACK[this.RULE_OCCURRENCE_STACK_IDX];
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/lexer_adapter.js
var LexerAdapter = class {
  initLexerAdapter() {
    this.tokVector = [];
    this.tokVectorLength = 0;
    this.currIdx = -1;
  }
  set input(newInput) {
    if (this.selfAnalysisDone !== true) {
      throw Error(`Missing <performSelfAnalysis> invocation at the end of the Parser's constructor.`);
    }
    this.reset();
    this.tokVector = newInput;
    this.tokVectorLength = newInput.length;
  }
  get input() {
    return this.tokVector;
  }
  // skips a token and returns the next token
  SKIP_TOKEN() {
    if (this.currIdx <= this.tokVectorLength - 2) {
      this.consumeToken();
      return this.LA_FAST(1);
    } else {
      return END_OF_FILE;
    }
  }
  // Lexer (accessing Token vector) related methods which can be overridden to implement lazy lexers
  // or lexers dependent on parser context.
  // Performance Optimized version of LA without bound checks
  // note that token beyond the end of the token vector EOF Token will still be returned
  // due to using sentinels at the end of the token vector. (for K=max lookahead)
  LA_FAST(howMuch) {
    const soughtIdx = this.currIdx + howMuch;
    return this.tokVector[soughtIdx];
  }
  LA(howMuch) {
    const soughtIdx = this.currIdx + howMuch;
    if (soughtIdx < 0 || this.tokVectorLength <= soughtIdx) {
      return END_OF_FILE;
    } else {
      return this.tokVector[soughtIdx];
    }
  }
  consumeToken() {
    this.currIdx++;
  }
  exportLexerState() {
    return this.currIdx;
  }
  importLexerState(newState) {
    this.currIdx = newState;
  }
  resetLexerState() {
    this.currIdx = -1;
  }
  moveToTerminatedState() {
    this.currIdx = this.tokVectorLength - 1;
  }
  getLexerPosition() {
    return this.exportLexerState();
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_api.js
var RecognizerApi = class {
  ACTION(impl) {
    return impl.call(this);
  }
  consume(idx, tokType, options) {
    return this.consumeInternal(tokType, idx, options);
  }
  subrule(idx, ruleToCall, options) {
    return this.subruleInternal(ruleToCall, idx, options);
  }
  option(idx, actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, idx);
  }
  or(idx, altsOrOpts) {
    return this.orInternal(altsOrOpts, idx);
  }
  many(idx, actionORMethodDef) {
    return this.manyInternal(idx, actionORMethodDef);
  }
  atLeastOne(idx, actionORMethodDef) {
    return this.atLeastOneInternal(idx, actionORMethodDef);
  }
  CONSUME(tokType, options) {
    return this.consumeInternal(tokType, 0, options);
  }
  CONSUME1(tokType, options) {
    return this.consumeInternal(tokType, 1, options);
  }
  CONSUME2(tokType, options) {
    return this.consumeInternal(tokType, 2, options);
  }
  CONSUME3(tokType, options) {
    return this.consumeInternal(tokType, 3, options);
  }
  CONSUME4(tokType, options) {
    return this.consumeInternal(tokType, 4, options);
  }
  CONSUME5(tokType, options) {
    return this.consumeInternal(tokType, 5, options);
  }
  CONSUME6(tokType, options) {
    return this.consumeInternal(tokType, 6, options);
  }
  CONSUME7(tokType, options) {
    return this.consumeInternal(tokType, 7, options);
  }
  CONSUME8(tokType, options) {
    return this.consumeInternal(tokType, 8, options);
  }
  CONSUME9(tokType, options) {
    return this.consumeInternal(tokType, 9, options);
  }
  SUBRULE(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 0, options);
  }
  SUBRULE1(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 1, options);
  }
  SUBRULE2(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 2, options);
  }
  SUBRULE3(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 3, options);
  }
  SUBRULE4(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 4, options);
  }
  SUBRULE5(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 5, options);
  }
  SUBRULE6(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 6, options);
  }
  SUBRULE7(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 7, options);
  }
  SUBRULE8(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 8, options);
  }
  SUBRULE9(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 9, options);
  }
  OPTION(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 0);
  }
  OPTION1(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 1);
  }
  OPTION2(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 2);
  }
  OPTION3(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 3);
  }
  OPTION4(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 4);
  }
  OPTION5(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 5);
  }
  OPTION6(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 6);
  }
  OPTION7(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 7);
  }
  OPTION8(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 8);
  }
  OPTION9(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 9);
  }
  OR(altsOrOpts) {
    return this.orInternal(altsOrOpts, 0);
  }
  OR1(altsOrOpts) {
    return this.orInternal(altsOrOpts, 1);
  }
  OR2(altsOrOpts) {
    return this.orInternal(altsOrOpts, 2);
  }
  OR3(altsOrOpts) {
    return this.orInternal(altsOrOpts, 3);
  }
  OR4(altsOrOpts) {
    return this.orInternal(altsOrOpts, 4);
  }
  OR5(altsOrOpts) {
    return this.orInternal(altsOrOpts, 5);
  }
  OR6(altsOrOpts) {
    return this.orInternal(altsOrOpts, 6);
  }
  OR7(altsOrOpts) {
    return this.orInternal(altsOrOpts, 7);
  }
  OR8(altsOrOpts) {
    return this.orInternal(altsOrOpts, 8);
  }
  OR9(altsOrOpts) {
    return this.orInternal(altsOrOpts, 9);
  }
  MANY(actionORMethodDef) {
    this.manyInternal(0, actionORMethodDef);
  }
  MANY1(actionORMethodDef) {
    this.manyInternal(1, actionORMethodDef);
  }
  MANY2(actionORMethodDef) {
    this.manyInternal(2, actionORMethodDef);
  }
  MANY3(actionORMethodDef) {
    this.manyInternal(3, actionORMethodDef);
  }
  MANY4(actionORMethodDef) {
    this.manyInternal(4, actionORMethodDef);
  }
  MANY5(actionORMethodDef) {
    this.manyInternal(5, actionORMethodDef);
  }
  MANY6(actionORMethodDef) {
    this.manyInternal(6, actionORMethodDef);
  }
  MANY7(actionORMethodDef) {
    this.manyInternal(7, actionORMethodDef);
  }
  MANY8(actionORMethodDef) {
    this.manyInternal(8, actionORMethodDef);
  }
  MANY9(actionORMethodDef) {
    this.manyInternal(9, actionORMethodDef);
  }
  MANY_SEP(options) {
    this.manySepFirstInternal(0, options);
  }
  MANY_SEP1(options) {
    this.manySepFirstInternal(1, options);
  }
  MANY_SEP2(options) {
    this.manySepFirstInternal(2, options);
  }
  MANY_SEP3(options) {
    this.manySepFirstInternal(3, options);
  }
  MANY_SEP4(options) {
    this.manySepFirstInternal(4, options);
  }
  MANY_SEP5(options) {
    this.manySepFirstInternal(5, options);
  }
  MANY_SEP6(options) {
    this.manySepFirstInternal(6, options);
  }
  MANY_SEP7(options) {
    this.manySepFirstInternal(7, options);
  }
  MANY_SEP8(options) {
    this.manySepFirstInternal(8, options);
  }
  MANY_SEP9(options) {
    this.manySepFirstInternal(9, options);
  }
  AT_LEAST_ONE(actionORMethodDef) {
    this.atLeastOneInternal(0, actionORMethodDef);
  }
  AT_LEAST_ONE1(actionORMethodDef) {
    return this.atLeastOneInternal(1, actionORMethodDef);
  }
  AT_LEAST_ONE2(actionORMethodDef) {
    this.atLeastOneInternal(2, actionORMethodDef);
  }
  AT_LEAST_ONE3(actionORMethodDef) {
    this.atLeastOneInternal(3, actionORMethodDef);
  }
  AT_LEAST_ONE4(actionORMethodDef) {
    this.atLeastOneInternal(4, actionORMethodDef);
  }
  AT_LEAST_ONE5(actionORMethodDef) {
    this.atLeastOneInternal(5, actionORMethodDef);
  }
  AT_LEAST_ONE6(actionORMethodDef) {
    this.atLeastOneInternal(6, actionORMethodDef);
  }
  AT_LEAST_ONE7(actionORMethodDef) {
    this.atLeastOneInternal(7, actionORMethodDef);
  }
  AT_LEAST_ONE8(actionORMethodDef) {
    this.atLeastOneInternal(8, actionORMethodDef);
  }
  AT_LEAST_ONE9(actionORMethodDef) {
    this.atLeastOneInternal(9, actionORMethodDef);
  }
  AT_LEAST_ONE_SEP(options) {
    this.atLeastOneSepFirstInternal(0, options);
  }
  AT_LEAST_ONE_SEP1(options) {
    this.atLeastOneSepFirstInternal(1, options);
  }
  AT_LEAST_ONE_SEP2(options) {
    this.atLeastOneSepFirstInternal(2, options);
  }
  AT_LEAST_ONE_SEP3(options) {
    this.atLeastOneSepFirstInternal(3, options);
  }
  AT_LEAST_ONE_SEP4(options) {
    this.atLeastOneSepFirstInternal(4, options);
  }
  AT_LEAST_ONE_SEP5(options) {
    this.atLeastOneSepFirstInternal(5, options);
  }
  AT_LEAST_ONE_SEP6(options) {
    this.atLeastOneSepFirstInternal(6, options);
  }
  AT_LEAST_ONE_SEP7(options) {
    this.atLeastOneSepFirstInternal(7, options);
  }
  AT_LEAST_ONE_SEP8(options) {
    this.atLeastOneSepFirstInternal(8, options);
  }
  AT_LEAST_ONE_SEP9(options) {
    this.atLeastOneSepFirstInternal(9, options);
  }
  RULE(name, implementation, config = DEFAULT_RULE_CONFIG) {
    if (includes_default(this.definedRulesNames, name)) {
      const errMsg = defaultGrammarValidatorErrorProvider.buildDuplicateRuleNameError({
        topLevelRule: name,
        grammarName: this.className
      });
      const error = {
        message: errMsg,
        type: ParserDefinitionErrorType.DUPLICATE_RULE_NAME,
        ruleName: name
      };
      this.definitionErrors.push(error);
    }
    this.definedRulesNames.push(name);
    const ruleImplementation = this.defineRule(name, implementation, config);
    this[name] = ruleImplementation;
    return ruleImplementation;
  }
  OVERRIDE_RULE(name, impl, config = DEFAULT_RULE_CONFIG) {
    const ruleErrors = validateRuleIsOverridden(name, this.definedRulesNames, this.className);
    this.definitionErrors = this.definitionErrors.concat(ruleErrors);
    const ruleImplementation = this.defineRule(name, impl, config);
    this[name] = ruleImplementation;
    return ruleImplementation;
  }
  BACKTRACK(grammarRule, args) {
    var _a;
    const ruleToCall = (_a = grammarRule.coreRule) !== null && _a !== void 0 ? _a : grammarRule;
    return function() {
      this.isBackTrackingStack.push(1);
      const orgState = this.saveRecogState();
      try {
        ruleToCall.apply(this, args);
        return true;
      } catch (e) {
        if (isRecognitionException(e)) {
          return false;
        } else {
          throw e;
        }
      } finally {
        this.reloadRecogState(orgState);
        this.isBackTrackingStack.pop();
      }
    };
  }
  // GAST export APIs
  getGAstProductions() {
    return this.gastProductionsCache;
  }
  getSerializedGastProductions() {
    return serializeGrammar(values_default(this.gastProductionsCache));
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_engine.js
var RecognizerEngine = class {
  initRecognizerEngine(tokenVocabulary, config) {
    this.className = this.constructor.name;
    this.shortRuleNameToFull = {};
    this.fullRuleNameToShort = {};
    this.ruleShortNameIdx = 256;
    this.tokenMatcher = tokenStructuredMatcherNoCategories;
    this.subruleIdx = 0;
    this.currRuleShortName = 0;
    this.definedRulesNames = [];
    this.tokensMap = {};
    this.isBackTrackingStack = [];
    this.RULE_STACK = [];
    this.RULE_STACK_IDX = -1;
    this.RULE_OCCURRENCE_STACK = [];
    this.RULE_OCCURRENCE_STACK_IDX = -1;
    this.gastProductionsCache = {};
    if (has_default(config, "serializedGrammar")) {
      throw Error("The Parser's configuration can no longer contain a <serializedGrammar> property.\n	See: https://chevrotain.io/docs/changes/BREAKING_CHANGES.html#_6-0-0\n	For Further details.");
    }
    if (isArray_default(tokenVocabulary)) {
      if (isEmpty_default(tokenVocabulary)) {
        throw Error("A Token Vocabulary cannot be empty.\n	Note that the first argument for the parser constructor\n	is no longer a Token vector (since v4.0).");
      }
      if (typeof tokenVocabulary[0].startOffset === "number") {
        throw Error("The Parser constructor no longer accepts a token vector as the first argument.\n	See: https://chevrotain.io/docs/changes/BREAKING_CHANGES.html#_4-0-0\n	For Further details.");
      }
    }
    if (isArray_default(tokenVocabulary)) {
      this.tokensMap = reduce_default(tokenVocabulary, (acc, tokType) => {
        acc[tokType.name] = tokType;
        return acc;
      }, {});
    } else if (has_default(tokenVocabulary, "modes") && every_default(flatten_default(values_default(tokenVocabulary.modes)), isTokenType)) {
      const allTokenTypes2 = flatten_default(values_default(tokenVocabulary.modes));
      const uniqueTokens = uniq_default(allTokenTypes2);
      this.tokensMap = reduce_default(uniqueTokens, (acc, tokType) => {
        acc[tokType.name] = tokType;
        return acc;
      }, {});
    } else if (isObject_default(tokenVocabulary)) {
      this.tokensMap = clone_default(tokenVocabulary);
    } else {
      throw new Error("<tokensDictionary> argument must be An Array of Token constructors, A dictionary of Token constructors or an IMultiModeLexerDefinition");
    }
    this.tokensMap["EOF"] = EOF;
    const allTokenTypes = has_default(tokenVocabulary, "modes") ? flatten_default(values_default(tokenVocabulary.modes)) : values_default(tokenVocabulary);
    const noTokenCategoriesUsed = every_default(allTokenTypes, (tokenConstructor) => isEmpty_default(tokenConstructor.categoryMatches));
    this.tokenMatcher = noTokenCategoriesUsed ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher;
    augmentTokenTypes(values_default(this.tokensMap));
  }
  defineRule(ruleName, impl, config) {
    if (this.selfAnalysisDone) {
      throw Error(`Grammar rule <${ruleName}> may not be defined after the 'performSelfAnalysis' method has been called'
Make sure that all grammar rule definitions are done before 'performSelfAnalysis' is called.`);
    }
    const resyncEnabled = has_default(config, "resyncEnabled") ? config.resyncEnabled : DEFAULT_RULE_CONFIG.resyncEnabled;
    const recoveryValueFunc = has_default(config, "recoveryValueFunc") ? config.recoveryValueFunc : DEFAULT_RULE_CONFIG.recoveryValueFunc;
    const shortName = this.ruleShortNameIdx << BITS_FOR_METHOD_TYPE + BITS_FOR_OCCURRENCE_IDX;
    this.ruleShortNameIdx++;
    this.shortRuleNameToFull[shortName] = ruleName;
    this.fullRuleNameToShort[ruleName] = shortName;
    let coreRuleFunction;
    if (this.outputCst === true) {
      coreRuleFunction = function invokeRuleWithTry(...args) {
        try {
          this.ruleInvocationStateUpdate(shortName, ruleName, this.subruleIdx);
          impl.apply(this, args);
          const cst = this.CST_STACK[this.CST_STACK.length - 1];
          this.cstPostRule(cst);
          return cst;
        } catch (e) {
          return this.invokeRuleCatch(e, resyncEnabled, recoveryValueFunc);
        } finally {
          this.ruleFinallyStateUpdate();
        }
      };
    } else {
      coreRuleFunction = function invokeRuleWithTryCst(...args) {
        try {
          this.ruleInvocationStateUpdate(shortName, ruleName, this.subruleIdx);
          return impl.apply(this, args);
        } catch (e) {
          return this.invokeRuleCatch(e, resyncEnabled, recoveryValueFunc);
        } finally {
          this.ruleFinallyStateUpdate();
        }
      };
    }
    const rootRuleFunction = function rootRule(...args) {
      this.onBeforeParse(ruleName);
      try {
        return coreRuleFunction.apply(this, args);
      } finally {
        this.onAfterParse(ruleName);
      }
    };
    const wrappedGrammarRule = Object.assign(rootRuleFunction, { ruleName, originalGrammarAction: impl, coreRule: coreRuleFunction });
    return wrappedGrammarRule;
  }
  invokeRuleCatch(e, resyncEnabledConfig, recoveryValueFunc) {
    const isFirstInvokedRule = this.RULE_STACK_IDX === 0;
    const reSyncEnabled = resyncEnabledConfig && !this.isBackTracking() && this.recoveryEnabled;
    if (isRecognitionException(e)) {
      const recogError = e;
      if (reSyncEnabled) {
        const reSyncTokType = this.findReSyncTokenType();
        if (this.isInCurrentRuleReSyncSet(reSyncTokType)) {
          recogError.resyncedTokens = this.reSyncTo(reSyncTokType);
          if (this.outputCst) {
            const partialCstResult = this.CST_STACK[this.CST_STACK.length - 1];
            partialCstResult.recoveredNode = true;
            return partialCstResult;
          } else {
            return recoveryValueFunc(e);
          }
        } else {
          if (this.outputCst) {
            const partialCstResult = this.CST_STACK[this.CST_STACK.length - 1];
            partialCstResult.recoveredNode = true;
            recogError.partialCstResult = partialCstResult;
          }
          throw recogError;
        }
      } else if (isFirstInvokedRule) {
        this.moveToTerminatedState();
        return recoveryValueFunc(e);
      } else {
        throw recogError;
      }
    } else {
      throw e;
    }
  }
  // Implementation of parsing DSL
  optionInternal(actionORMethodDef, occurrence) {
    const key = this.getKeyForAutomaticLookahead(OPTION_IDX, occurrence);
    return this.optionInternalLogic(actionORMethodDef, occurrence, key);
  }
  optionInternalLogic(actionORMethodDef, occurrence, key) {
    let lookAheadFunc = this.getLaFuncFromCache(key);
    let action;
    if (typeof actionORMethodDef !== "function") {
      action = actionORMethodDef.DEF;
      const predicate = actionORMethodDef.GATE;
      if (predicate !== void 0) {
        const orgLookaheadFunction = lookAheadFunc;
        lookAheadFunc = () => {
          return predicate.call(this) && orgLookaheadFunction.call(this);
        };
      }
    } else {
      action = actionORMethodDef;
    }
    if (lookAheadFunc.call(this) === true) {
      return action.call(this);
    }
    return void 0;
  }
  atLeastOneInternal(prodOccurrence, actionORMethodDef) {
    const laKey = this.getKeyForAutomaticLookahead(AT_LEAST_ONE_IDX, prodOccurrence);
    return this.atLeastOneInternalLogic(prodOccurrence, actionORMethodDef, laKey);
  }
  atLeastOneInternalLogic(prodOccurrence, actionORMethodDef, key) {
    let lookAheadFunc = this.getLaFuncFromCache(key);
    let action;
    if (typeof actionORMethodDef !== "function") {
      action = actionORMethodDef.DEF;
      const predicate = actionORMethodDef.GATE;
      if (predicate !== void 0) {
        const orgLookaheadFunction = lookAheadFunc;
        lookAheadFunc = () => {
          return predicate.call(this) && orgLookaheadFunction.call(this);
        };
      }
    } else {
      action = actionORMethodDef;
    }
    if (lookAheadFunc.call(this) === true) {
      let notStuck = this.doSingleRepetition(action);
      while (lookAheadFunc.call(this) === true && notStuck === true) {
        notStuck = this.doSingleRepetition(action);
      }
    } else {
      throw this.raiseEarlyExitException(prodOccurrence, PROD_TYPE.REPETITION_MANDATORY, actionORMethodDef.ERR_MSG);
    }
    this.attemptInRepetitionRecovery(this.atLeastOneInternal, [prodOccurrence, actionORMethodDef], lookAheadFunc, AT_LEAST_ONE_IDX, prodOccurrence, NextTerminalAfterAtLeastOneWalker);
  }
  atLeastOneSepFirstInternal(prodOccurrence, options) {
    const laKey = this.getKeyForAutomaticLookahead(AT_LEAST_ONE_SEP_IDX, prodOccurrence);
    this.atLeastOneSepFirstInternalLogic(prodOccurrence, options, laKey);
  }
  atLeastOneSepFirstInternalLogic(prodOccurrence, options, key) {
    const action = options.DEF;
    const separator = options.SEP;
    const firstIterationLookaheadFunc = this.getLaFuncFromCache(key);
    if (firstIterationLookaheadFunc.call(this) === true) {
      action.call(this);
      const separatorLookAheadFunc = () => {
        return this.tokenMatcher(this.LA_FAST(1), separator);
      };
      while (this.tokenMatcher(this.LA_FAST(1), separator) === true) {
        this.CONSUME(separator);
        action.call(this);
      }
      this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
        prodOccurrence,
        separator,
        separatorLookAheadFunc,
        action,
        NextTerminalAfterAtLeastOneSepWalker
      ], separatorLookAheadFunc, AT_LEAST_ONE_SEP_IDX, prodOccurrence, NextTerminalAfterAtLeastOneSepWalker);
    } else {
      throw this.raiseEarlyExitException(prodOccurrence, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR, options.ERR_MSG);
    }
  }
  manyInternal(prodOccurrence, actionORMethodDef) {
    const laKey = this.getKeyForAutomaticLookahead(MANY_IDX, prodOccurrence);
    return this.manyInternalLogic(prodOccurrence, actionORMethodDef, laKey);
  }
  manyInternalLogic(prodOccurrence, actionORMethodDef, key) {
    let lookaheadFunction = this.getLaFuncFromCache(key);
    let action;
    if (typeof actionORMethodDef !== "function") {
      action = actionORMethodDef.DEF;
      const predicate = actionORMethodDef.GATE;
      if (predicate !== void 0) {
        const orgLookaheadFunction = lookaheadFunction;
        lookaheadFunction = () => {
          return predicate.call(this) && orgLookaheadFunction.call(this);
        };
      }
    } else {
      action = actionORMethodDef;
    }
    let notStuck = true;
    while (lookaheadFunction.call(this) === true && notStuck === true) {
      notStuck = this.doSingleRepetition(action);
    }
    this.attemptInRepetitionRecovery(
      this.manyInternal,
      [prodOccurrence, actionORMethodDef],
      lookaheadFunction,
      MANY_IDX,
      prodOccurrence,
      NextTerminalAfterManyWalker,
      // The notStuck parameter is only relevant when "attemptInRepetitionRecovery"
      // is invoked from manyInternal, in the MANY_SEP case and AT_LEAST_ONE[_SEP]
      // An infinite loop cannot occur as:
      // - Either the lookahead is guaranteed to consume something (Single Token Separator)
      // - AT_LEAST_ONE by definition is guaranteed to consume something (or error out).
      notStuck
    );
  }
  manySepFirstInternal(prodOccurrence, options) {
    const laKey = this.getKeyForAutomaticLookahead(MANY_SEP_IDX, prodOccurrence);
    this.manySepFirstInternalLogic(prodOccurrence, options, laKey);
  }
  manySepFirstInternalLogic(prodOccurrence, options, key) {
    const action = options.DEF;
    const separator = options.SEP;
    const firstIterationLaFunc = this.getLaFuncFromCache(key);
    if (firstIterationLaFunc.call(this) === true) {
      action.call(this);
      const separatorLookAheadFunc = () => {
        return this.tokenMatcher(this.LA_FAST(1), separator);
      };
      while (this.tokenMatcher(this.LA_FAST(1), separator) === true) {
        this.CONSUME(separator);
        action.call(this);
      }
      this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
        prodOccurrence,
        separator,
        separatorLookAheadFunc,
        action,
        NextTerminalAfterManySepWalker
      ], separatorLookAheadFunc, MANY_SEP_IDX, prodOccurrence, NextTerminalAfterManySepWalker);
    }
  }
  repetitionSepSecondInternal(prodOccurrence, separator, separatorLookAheadFunc, action, nextTerminalAfterWalker) {
    while (separatorLookAheadFunc()) {
      this.CONSUME(separator);
      action.call(this);
    }
    this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
      prodOccurrence,
      separator,
      separatorLookAheadFunc,
      action,
      nextTerminalAfterWalker
    ], separatorLookAheadFunc, AT_LEAST_ONE_SEP_IDX, prodOccurrence, nextTerminalAfterWalker);
  }
  doSingleRepetition(action) {
    const beforeIteration = this.getLexerPosition();
    action.call(this);
    const afterIteration = this.getLexerPosition();
    return afterIteration > beforeIteration;
  }
  orInternal(altsOrOpts, occurrence) {
    const laKey = this.getKeyForAutomaticLookahead(OR_IDX, occurrence);
    const alts = isArray_default(altsOrOpts) ? altsOrOpts : altsOrOpts.DEF;
    const laFunc = this.getLaFuncFromCache(laKey);
    const altIdxToTake = laFunc.call(this, alts);
    if (altIdxToTake !== void 0) {
      const chosenAlternative = alts[altIdxToTake];
      return chosenAlternative.ALT.call(this);
    }
    this.raiseNoAltException(occurrence, altsOrOpts.ERR_MSG);
  }
  ruleFinallyStateUpdate() {
    this.RULE_STACK_IDX--;
    this.RULE_OCCURRENCE_STACK_IDX--;
    if (this.RULE_STACK_IDX >= 0) {
      this.currRuleShortName = this.RULE_STACK[this.RULE_STACK_IDX];
    }
    this.cstFinallyStateUpdate();
  }
  subruleInternal(ruleToCall, idx, options) {
    let ruleResult;
    try {
      const args = options !== void 0 ? options.ARGS : void 0;
      this.subruleIdx = idx;
      ruleResult = ruleToCall.coreRule.apply(this, args);
      this.cstPostNonTerminal(ruleResult, options !== void 0 && options.LABEL !== void 0 ? options.LABEL : ruleToCall.ruleName);
      return ruleResult;
    } catch (e) {
      throw this.subruleInternalError(e, options, ruleToCall.ruleName);
    }
  }
  subruleInternalError(e, options, ruleName) {
    if (isRecognitionException(e) && e.partialCstResult !== void 0) {
      this.cstPostNonTerminal(e.partialCstResult, options !== void 0 && options.LABEL !== void 0 ? options.LABEL : ruleName);
      delete e.partialCstResult;
    }
    throw e;
  }
  consumeInternal(tokType, idx, options) {
    let consumedToken;
    try {
      const nextToken = this.LA_FAST(1);
      if (this.tokenMatcher(nextToken, tokType) === true) {
        this.consumeToken();
        consumedToken = nextToken;
      } else {
        this.consumeInternalError(tokType, nextToken, options);
      }
    } catch (eFromConsumption) {
      consumedToken = this.consumeInternalRecovery(tokType, idx, eFromConsumption);
    }
    this.cstPostTerminal(options !== void 0 && options.LABEL !== void 0 ? options.LABEL : tokType.name, consumedToken);
    return consumedToken;
  }
  consumeInternalError(tokType, nextToken, options) {
    let msg;
    const previousToken = this.LA(0);
    if (options !== void 0 && options.ERR_MSG) {
      msg = options.ERR_MSG;
    } else {
      msg = this.errorMessageProvider.buildMismatchTokenMessage({
        expected: tokType,
        actual: nextToken,
        previous: previousToken,
        ruleName: this.getCurrRuleFullName()
      });
    }
    throw this.SAVE_ERROR(new MismatchedTokenException(msg, nextToken, previousToken));
  }
  consumeInternalRecovery(tokType, idx, eFromConsumption) {
    if (this.recoveryEnabled && // TODO: more robust checking of the exception type. Perhaps Typescript extending expressions?
    eFromConsumption.name === "MismatchedTokenException" && !this.isBackTracking()) {
      const follows = this.getFollowsForInRuleRecovery(tokType, idx);
      try {
        return this.tryInRuleRecovery(tokType, follows);
      } catch (eFromInRuleRecovery) {
        if (eFromInRuleRecovery.name === IN_RULE_RECOVERY_EXCEPTION) {
          throw eFromConsumption;
        } else {
          throw eFromInRuleRecovery;
        }
      }
    } else {
      throw eFromConsumption;
    }
  }
  saveRecogState() {
    const savedErrors = this.errors;
    const savedRuleStack = this.RULE_STACK.slice(0, this.RULE_STACK_IDX + 1);
    return {
      errors: savedErrors,
      lexerState: this.exportLexerState(),
      RULE_STACK: savedRuleStack,
      CST_STACK: this.CST_STACK
    };
  }
  reloadRecogState(newState) {
    this.errors = newState.errors;
    this.importLexerState(newState.lexerState);
    const saved = newState.RULE_STACK;
    for (let i = 0; i < saved.length; i++) {
      this.RULE_STACK[i] = saved[i];
    }
    this.RULE_STACK_IDX = saved.length - 1;
    if (this.RULE_STACK_IDX >= 0) {
      this.currRuleShortName = this.RULE_STACK[this.RULE_STACK_IDX];
    }
  }
  ruleInvocationStateUpdate(shortName, fullName, idxInCallingRule) {
    this.RULE_OCCURRENCE_STACK[++this.RULE_OCCURRENCE_STACK_IDX] = idxInCallingRule;
    this.RULE_STACK[++this.RULE_STACK_IDX] = shortName;
    this.currRuleShortName = shortName;
    this.cstInvocationStateUpdate(fullName);
  }
  isBackTracking() {
    return this.isBackTrackingStack.length !== 0;
  }
  getCurrRuleFullName() {
    const shortName = this.currRuleShortName;
    return this.shortRuleNameToFull[shortName];
  }
  shortRuleNameToFullName(shortName) {
    return this.shortRuleNameToFull[shortName];
  }
  isAtEndOfInput() {
    return this.tokenMatcher(this.LA(1), EOF);
  }
  reset() {
    this.resetLexerState();
    this.subruleIdx = 0;
    this.currRuleShortName = 0;
    this.isBackTrackingStack = [];
    this.errors = [];
    this.RULE_STACK_IDX = -1;
    this.RULE_OCCURRENCE_STACK_IDX = -1;
    this.CST_STACK = [];
  }
  /**
   * Hook called before the root-level parsing rule is invoked.
   * This is only called when a rule is invoked directly by the consumer
   * (e.g., `parser.json()`), not when invoked as a sub-rule via SUBRULE.
   *
   * Override this method to perform actions before parsing begins.
   * The default implementation is a no-op.
   *
   * @param ruleName - The name of the root rule being invoked.
   */
  onBeforeParse(ruleName) {
    for (let i = 0; i < this.maxLookahead + 1; i++) {
      this.tokVector.push(END_OF_FILE);
    }
  }
  /**
   * Hook called after the root-level parsing rule has completed (or thrown).
   * This is only called when a rule is invoked directly by the consumer
   * (e.g., `parser.json()`), not when invoked as a sub-rule via SUBRULE.
   *
   * This hook is called in a `finally` block, so it executes regardless of
   * whether parsing succeeded or threw an error.
   *
   * Override this method to perform actions after parsing completes.
   * The default implementation is a no-op.
   *
   * @param ruleName - The name of the root rule that was invoked.
   */
  onAfterParse(ruleName) {
    if (this.isAtEndOfInput() === false) {
      const firstRedundantTok = this.LA(1);
      const errMsg = this.errorMessageProvider.buildNotAllInputParsedMessage({
        firstRedundant: firstRedundantTok,
        ruleName: this.getCurrRuleFullName()
      });
      this.SAVE_ERROR(new NotAllInputParsedException(errMsg, firstRedundantTok));
    }
    while (this.tokVector.at(-1) === END_OF_FILE) {
      this.tokVector.pop();
    }
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/error_handler.js
var ErrorHandler = class {
  initErrorHandler(config) {
    this._errors = [];
    this.errorMessageProvider = has_default(config, "errorMessageProvider") ? config.errorMessageProvider : DEFAULT_PARSER_CONFIG.errorMessageProvider;
  }
  SAVE_ERROR(error) {
    if (isRecognitionException(error)) {
      error.context = {
        ruleStack: this.getHumanReadableRuleStack(),
        ruleOccurrenceStack: this.RULE_OCCURRENCE_STACK.slice(0, this.RULE_OCCURRENCE_STACK_IDX + 1)
      };
      this._errors.push(error);
      return error;
    } else {
      throw Error("Trying to save an Error which is not a RecognitionException");
    }
  }
  get errors() {
    return clone_default(this._errors);
  }
  set errors(newErrors) {
    this._errors = newErrors;
  }
  // TODO: consider caching the error message computed information
  raiseEarlyExitException(occurrence, prodType, userDefinedErrMsg) {
    const ruleName = this.getCurrRuleFullName();
    const ruleGrammar = this.getGAstProductions()[ruleName];
    const lookAheadPathsPerAlternative = getLookaheadPathsForOptionalProd(occurrence, ruleGrammar, prodType, this.maxLookahead);
    const insideProdPaths = lookAheadPathsPerAlternative[0];
    const actualTokens = [];
    for (let i = 1; i <= this.maxLookahead; i++) {
      actualTokens.push(this.LA(i));
    }
    const msg = this.errorMessageProvider.buildEarlyExitMessage({
      expectedIterationPaths: insideProdPaths,
      actual: actualTokens,
      previous: this.LA(0),
      customUserDescription: userDefinedErrMsg,
      ruleName
    });
    throw this.SAVE_ERROR(new EarlyExitException(msg, this.LA(1), this.LA(0)));
  }
  // TODO: consider caching the error message computed information
  raiseNoAltException(occurrence, errMsgTypes) {
    const ruleName = this.getCurrRuleFullName();
    const ruleGrammar = this.getGAstProductions()[ruleName];
    const lookAheadPathsPerAlternative = getLookaheadPathsForOr(occurrence, ruleGrammar, this.maxLookahead);
    const actualTokens = [];
    for (let i = 1; i <= this.maxLookahead; i++) {
      actualTokens.push(this.LA(i));
    }
    const previousToken = this.LA(0);
    const errMsg = this.errorMessageProvider.buildNoViableAltMessage({
      expectedPathsPerAlt: lookAheadPathsPerAlternative,
      actual: actualTokens,
      previous: previousToken,
      customUserDescription: errMsgTypes,
      ruleName: this.getCurrRuleFullName()
    });
    throw this.SAVE_ERROR(new NoViableAltException(errMsg, this.LA(1), previousToken));
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/context_assist.js
var ContentAssist = class {
  initContentAssist() {
  }
  computeContentAssist(startRuleName, precedingInput) {
    const startRuleGast = this.gastProductionsCache[startRuleName];
    if (isUndefined_default(startRuleGast)) {
      throw Error(`Rule ->${startRuleName}<- does not exist in this grammar.`);
    }
    return nextPossibleTokensAfter([startRuleGast], precedingInput, this.tokenMatcher, this.maxLookahead);
  }
  // TODO: should this be a member method or a utility? it does not have any state or usage of 'this'...
  // TODO: should this be more explicitly part of the public API?
  getNextPossibleTokenTypes(grammarPath) {
    const topRuleName = head_default(grammarPath.ruleStack);
    const gastProductions = this.getGAstProductions();
    const topProduction = gastProductions[topRuleName];
    const nextPossibleTokenTypes = new NextAfterTokenWalker(topProduction, grammarPath).startWalking();
    return nextPossibleTokenTypes;
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/gast_recorder.js
var RECORDING_NULL_OBJECT = {
  description: "This Object indicates the Parser is during Recording Phase"
};
Object.freeze(RECORDING_NULL_OBJECT);
var HANDLE_SEPARATOR = true;
var MAX_METHOD_IDX = Math.pow(2, BITS_FOR_OCCURRENCE_IDX) - 1;
var RFT = createToken({ name: "RECORDING_PHASE_TOKEN", pattern: Lexer.NA });
augmentTokenTypes([RFT]);
var RECORDING_PHASE_TOKEN = createTokenInstance(
  RFT,
  "This IToken indicates the Parser is in Recording Phase\n	See: https://chevrotain.io/docs/guide/internals.html#grammar-recording for details",
  // Using "-1" instead of NaN (as in EOF) because an actual number is less likely to
  // cause errors if the output of LA or CONSUME would be (incorrectly) used during the recording phase.
  -1,
  -1,
  -1,
  -1,
  -1,
  -1
);
Object.freeze(RECORDING_PHASE_TOKEN);
var RECORDING_PHASE_CSTNODE = {
  name: "This CSTNode indicates the Parser is in Recording Phase\n	See: https://chevrotain.io/docs/guide/internals.html#grammar-recording for details",
  children: {}
};
var GastRecorder = class {
  initGastRecorder(config) {
    this.recordingProdStack = [];
    this.RECORDING_PHASE = false;
  }
  enableRecording() {
    this.RECORDING_PHASE = true;
    this.TRACE_INIT("Enable Recording", () => {
      for (let i = 0; i < 10; i++) {
        const idx = i > 0 ? i : "";
        this[`CONSUME${idx}`] = function(arg1, arg2) {
          return this.consumeInternalRecord(arg1, i, arg2);
        };
        this[`SUBRULE${idx}`] = function(arg1, arg2) {
          return this.subruleInternalRecord(arg1, i, arg2);
        };
        this[`OPTION${idx}`] = function(arg1) {
          return this.optionInternalRecord(arg1, i);
        };
        this[`OR${idx}`] = function(arg1) {
          return this.orInternalRecord(arg1, i);
        };
        this[`MANY${idx}`] = function(arg1) {
          this.manyInternalRecord(i, arg1);
        };
        this[`MANY_SEP${idx}`] = function(arg1) {
          this.manySepFirstInternalRecord(i, arg1);
        };
        this[`AT_LEAST_ONE${idx}`] = function(arg1) {
          this.atLeastOneInternalRecord(i, arg1);
        };
        this[`AT_LEAST_ONE_SEP${idx}`] = function(arg1) {
          this.atLeastOneSepFirstInternalRecord(i, arg1);
        };
      }
      this[`consume`] = function(idx, arg1, arg2) {
        return this.consumeInternalRecord(arg1, idx, arg2);
      };
      this[`subrule`] = function(idx, arg1, arg2) {
        return this.subruleInternalRecord(arg1, idx, arg2);
      };
      this[`option`] = function(idx, arg1) {
        return this.optionInternalRecord(arg1, idx);
      };
      this[`or`] = function(idx, arg1) {
        return this.orInternalRecord(arg1, idx);
      };
      this[`many`] = function(idx, arg1) {
        this.manyInternalRecord(idx, arg1);
      };
      this[`atLeastOne`] = function(idx, arg1) {
        this.atLeastOneInternalRecord(idx, arg1);
      };
      this.ACTION = this.ACTION_RECORD;
      this.BACKTRACK = this.BACKTRACK_RECORD;
      this.LA = this.LA_RECORD;
    });
  }
  disableRecording() {
    this.RECORDING_PHASE = false;
    this.TRACE_INIT("Deleting Recording methods", () => {
      const that = this;
      for (let i = 0; i < 10; i++) {
        const idx = i > 0 ? i : "";
        delete that[`CONSUME${idx}`];
        delete that[`SUBRULE${idx}`];
        delete that[`OPTION${idx}`];
        delete that[`OR${idx}`];
        delete that[`MANY${idx}`];
        delete that[`MANY_SEP${idx}`];
        delete that[`AT_LEAST_ONE${idx}`];
        delete that[`AT_LEAST_ONE_SEP${idx}`];
      }
      delete that[`consume`];
      delete that[`subrule`];
      delete that[`option`];
      delete that[`or`];
      delete that[`many`];
      delete that[`atLeastOne`];
      delete that.ACTION;
      delete that.BACKTRACK;
      delete that.LA;
    });
  }
  //   Parser methods are called inside an ACTION?
  //   Maybe try/catch/finally on ACTIONS while disabling the recorders state changes?
  // @ts-expect-error -- noop place holder
  ACTION_RECORD(impl) {
  }
  // Executing backtracking logic will break our recording logic assumptions
  BACKTRACK_RECORD(grammarRule, args) {
    return () => true;
  }
  // LA is part of the official API and may be used for custom lookahead logic
  // by end users who may forget to wrap it in ACTION or inside a GATE
  LA_RECORD(howMuch) {
    return END_OF_FILE;
  }
  topLevelRuleRecord(name, def) {
    try {
      const newTopLevelRule = new Rule({ definition: [], name });
      newTopLevelRule.name = name;
      this.recordingProdStack.push(newTopLevelRule);
      def.call(this);
      this.recordingProdStack.pop();
      return newTopLevelRule;
    } catch (originalError) {
      if (originalError.KNOWN_RECORDER_ERROR !== true) {
        try {
          originalError.message = originalError.message + '\n	 This error was thrown during the "grammar recording phase" For more info see:\n	https://chevrotain.io/docs/guide/internals.html#grammar-recording';
        } catch (mutabilityError) {
          throw originalError;
        }
      }
      throw originalError;
    }
  }
  // Implementation of parsing DSL
  optionInternalRecord(actionORMethodDef, occurrence) {
    return recordProd.call(this, Option, actionORMethodDef, occurrence);
  }
  atLeastOneInternalRecord(occurrence, actionORMethodDef) {
    recordProd.call(this, RepetitionMandatory, actionORMethodDef, occurrence);
  }
  atLeastOneSepFirstInternalRecord(occurrence, options) {
    recordProd.call(this, RepetitionMandatoryWithSeparator, options, occurrence, HANDLE_SEPARATOR);
  }
  manyInternalRecord(occurrence, actionORMethodDef) {
    recordProd.call(this, Repetition, actionORMethodDef, occurrence);
  }
  manySepFirstInternalRecord(occurrence, options) {
    recordProd.call(this, RepetitionWithSeparator, options, occurrence, HANDLE_SEPARATOR);
  }
  orInternalRecord(altsOrOpts, occurrence) {
    return recordOrProd.call(this, altsOrOpts, occurrence);
  }
  subruleInternalRecord(ruleToCall, occurrence, options) {
    assertMethodIdxIsValid(occurrence);
    if (!ruleToCall || has_default(ruleToCall, "ruleName") === false) {
      const error = new Error(`<SUBRULE${getIdxSuffix(occurrence)}> argument is invalid expecting a Parser method reference but got: <${JSON.stringify(ruleToCall)}>
 inside top level rule: <${this.recordingProdStack[0].name}>`);
      error.KNOWN_RECORDER_ERROR = true;
      throw error;
    }
    const prevProd = last_default(this.recordingProdStack);
    const ruleName = ruleToCall.ruleName;
    const newNoneTerminal = new NonTerminal({
      idx: occurrence,
      nonTerminalName: ruleName,
      label: options === null || options === void 0 ? void 0 : options.LABEL,
      // The resolving of the `referencedRule` property will be done once all the Rule's GASTs have been created
      referencedRule: void 0
    });
    prevProd.definition.push(newNoneTerminal);
    return this.outputCst ? RECORDING_PHASE_CSTNODE : RECORDING_NULL_OBJECT;
  }
  consumeInternalRecord(tokType, occurrence, options) {
    assertMethodIdxIsValid(occurrence);
    if (!hasShortKeyProperty(tokType)) {
      const error = new Error(`<CONSUME${getIdxSuffix(occurrence)}> argument is invalid expecting a TokenType reference but got: <${JSON.stringify(tokType)}>
 inside top level rule: <${this.recordingProdStack[0].name}>`);
      error.KNOWN_RECORDER_ERROR = true;
      throw error;
    }
    const prevProd = last_default(this.recordingProdStack);
    const newNoneTerminal = new Terminal({
      idx: occurrence,
      terminalType: tokType,
      label: options === null || options === void 0 ? void 0 : options.LABEL
    });
    prevProd.definition.push(newNoneTerminal);
    return RECORDING_PHASE_TOKEN;
  }
};
function recordProd(prodConstructor, mainProdArg, occurrence, handleSep = false) {
  assertMethodIdxIsValid(occurrence);
  const prevProd = last_default(this.recordingProdStack);
  const grammarAction = isFunction_default(mainProdArg) ? mainProdArg : mainProdArg.DEF;
  const newProd = new prodConstructor({ definition: [], idx: occurrence });
  if (handleSep) {
    newProd.separator = mainProdArg.SEP;
  }
  if (has_default(mainProdArg, "MAX_LOOKAHEAD")) {
    newProd.maxLookahead = mainProdArg.MAX_LOOKAHEAD;
  }
  this.recordingProdStack.push(newProd);
  grammarAction.call(this);
  prevProd.definition.push(newProd);
  this.recordingProdStack.pop();
  return RECORDING_NULL_OBJECT;
}
function recordOrProd(mainProdArg, occurrence) {
  assertMethodIdxIsValid(occurrence);
  const prevProd = last_default(this.recordingProdStack);
  const hasOptions = isArray_default(mainProdArg) === false;
  const alts = hasOptions === false ? mainProdArg : mainProdArg.DEF;
  const newOrProd = new Alternation({
    definition: [],
    idx: occurrence,
    ignoreAmbiguities: hasOptions && mainProdArg.IGNORE_AMBIGUITIES === true
  });
  if (has_default(mainProdArg, "MAX_LOOKAHEAD")) {
    newOrProd.maxLookahead = mainProdArg.MAX_LOOKAHEAD;
  }
  const hasPredicates = some_default(alts, (currAlt) => isFunction_default(currAlt.GATE));
  newOrProd.hasPredicates = hasPredicates;
  prevProd.definition.push(newOrProd);
  forEach_default(alts, (currAlt) => {
    const currAltFlat = new Alternative({ definition: [] });
    newOrProd.definition.push(currAltFlat);
    if (has_default(currAlt, "IGNORE_AMBIGUITIES")) {
      currAltFlat.ignoreAmbiguities = currAlt.IGNORE_AMBIGUITIES;
    } else if (has_default(currAlt, "GATE")) {
      currAltFlat.ignoreAmbiguities = true;
    }
    this.recordingProdStack.push(currAltFlat);
    currAlt.ALT.call(this);
    this.recordingProdStack.pop();
  });
  return RECORDING_NULL_OBJECT;
}
function getIdxSuffix(idx) {
  return idx === 0 ? "" : `${idx}`;
}
function assertMethodIdxIsValid(idx) {
  if (idx < 0 || idx > MAX_METHOD_IDX) {
    const error = new Error(
      // The stack trace will contain all the needed details
      `Invalid DSL Method idx value: <${idx}>
	Idx value must be a none negative value smaller than ${MAX_METHOD_IDX + 1}`
    );
    error.KNOWN_RECORDER_ERROR = true;
    throw error;
  }
}

// node_modules/chevrotain/lib/src/parse/parser/traits/perf_tracer.js
var PerformanceTracer = class {
  initPerformanceTracer(config) {
    if (has_default(config, "traceInitPerf")) {
      const userTraceInitPerf = config.traceInitPerf;
      const traceIsNumber = typeof userTraceInitPerf === "number";
      this.traceInitMaxIdent = traceIsNumber ? userTraceInitPerf : Infinity;
      this.traceInitPerf = traceIsNumber ? userTraceInitPerf > 0 : userTraceInitPerf;
    } else {
      this.traceInitMaxIdent = 0;
      this.traceInitPerf = DEFAULT_PARSER_CONFIG.traceInitPerf;
    }
    this.traceInitIndent = -1;
  }
  TRACE_INIT(phaseDesc, phaseImpl) {
    if (this.traceInitPerf === true) {
      this.traceInitIndent++;
      const indent = new Array(this.traceInitIndent + 1).join("	");
      if (this.traceInitIndent < this.traceInitMaxIdent) {
        console.log(`${indent}--> <${phaseDesc}>`);
      }
      const { time, value } = timer(phaseImpl);
      const traceMethod = time > 10 ? console.warn : console.log;
      if (this.traceInitIndent < this.traceInitMaxIdent) {
        traceMethod(`${indent}<-- <${phaseDesc}> time: ${time}ms`);
      }
      this.traceInitIndent--;
      return value;
    } else {
      return phaseImpl();
    }
  }
};

// node_modules/chevrotain/lib/src/parse/parser/utils/apply_mixins.js
function applyMixins(derivedCtor, baseCtors) {
  baseCtors.forEach((baseCtor) => {
    const baseProto = baseCtor.prototype;
    Object.getOwnPropertyNames(baseProto).forEach((propName) => {
      if (propName === "constructor") {
        return;
      }
      const basePropDescriptor = Object.getOwnPropertyDescriptor(baseProto, propName);
      if (basePropDescriptor && (basePropDescriptor.get || basePropDescriptor.set)) {
        Object.defineProperty(derivedCtor.prototype, propName, basePropDescriptor);
      } else {
        derivedCtor.prototype[propName] = baseCtor.prototype[propName];
      }
    });
  });
}

// node_modules/chevrotain/lib/src/parse/parser/parser.js
var END_OF_FILE = createTokenInstance(EOF, "", NaN, NaN, NaN, NaN, NaN, NaN);
Object.freeze(END_OF_FILE);
var DEFAULT_PARSER_CONFIG = Object.freeze({
  recoveryEnabled: false,
  maxLookahead: 3,
  dynamicTokensEnabled: false,
  outputCst: true,
  errorMessageProvider: defaultParserErrorProvider,
  nodeLocationTracking: "none",
  traceInitPerf: false,
  skipValidations: false
});
var DEFAULT_RULE_CONFIG = Object.freeze({
  recoveryValueFunc: () => void 0,
  resyncEnabled: true
});
var ParserDefinitionErrorType;
(function(ParserDefinitionErrorType2) {
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["INVALID_RULE_NAME"] = 0] = "INVALID_RULE_NAME";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["DUPLICATE_RULE_NAME"] = 1] = "DUPLICATE_RULE_NAME";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["INVALID_RULE_OVERRIDE"] = 2] = "INVALID_RULE_OVERRIDE";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["DUPLICATE_PRODUCTIONS"] = 3] = "DUPLICATE_PRODUCTIONS";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["UNRESOLVED_SUBRULE_REF"] = 4] = "UNRESOLVED_SUBRULE_REF";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["LEFT_RECURSION"] = 5] = "LEFT_RECURSION";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["NONE_LAST_EMPTY_ALT"] = 6] = "NONE_LAST_EMPTY_ALT";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["AMBIGUOUS_ALTS"] = 7] = "AMBIGUOUS_ALTS";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["CONFLICT_TOKENS_RULES_NAMESPACE"] = 8] = "CONFLICT_TOKENS_RULES_NAMESPACE";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["INVALID_TOKEN_NAME"] = 9] = "INVALID_TOKEN_NAME";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["NO_NON_EMPTY_LOOKAHEAD"] = 10] = "NO_NON_EMPTY_LOOKAHEAD";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["AMBIGUOUS_PREFIX_ALTS"] = 11] = "AMBIGUOUS_PREFIX_ALTS";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["TOO_MANY_ALTS"] = 12] = "TOO_MANY_ALTS";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["CUSTOM_LOOKAHEAD_VALIDATION"] = 13] = "CUSTOM_LOOKAHEAD_VALIDATION";
})(ParserDefinitionErrorType || (ParserDefinitionErrorType = {}));
var Parser = class _Parser {
  /**
   *  @deprecated use the **instance** method with the same name instead
   */
  static performSelfAnalysis(parserInstance) {
    throw Error("The **static** `performSelfAnalysis` method has been deprecated.	\nUse the **instance** method with the same name instead.");
  }
  performSelfAnalysis() {
    this.TRACE_INIT("performSelfAnalysis", () => {
      let defErrorsMsgs;
      this.selfAnalysisDone = true;
      const className = this.className;
      this.TRACE_INIT("toFastProps", () => {
        toFastProperties(this);
      });
      this.TRACE_INIT("Grammar Recording", () => {
        try {
          this.enableRecording();
          forEach_default(this.definedRulesNames, (currRuleName) => {
            const wrappedRule = this[currRuleName];
            const originalGrammarAction = wrappedRule["originalGrammarAction"];
            let recordedRuleGast;
            this.TRACE_INIT(`${currRuleName} Rule`, () => {
              recordedRuleGast = this.topLevelRuleRecord(currRuleName, originalGrammarAction);
            });
            this.gastProductionsCache[currRuleName] = recordedRuleGast;
          });
        } finally {
          this.disableRecording();
        }
      });
      let resolverErrors = [];
      this.TRACE_INIT("Grammar Resolving", () => {
        resolverErrors = resolveGrammar2({
          rules: values_default(this.gastProductionsCache)
        });
        this.definitionErrors = this.definitionErrors.concat(resolverErrors);
      });
      this.TRACE_INIT("Grammar Validations", () => {
        if (isEmpty_default(resolverErrors) && this.skipValidations === false) {
          const validationErrors = validateGrammar2({
            rules: values_default(this.gastProductionsCache),
            tokenTypes: values_default(this.tokensMap),
            errMsgProvider: defaultGrammarValidatorErrorProvider,
            grammarName: className
          });
          const lookaheadValidationErrors = validateLookahead({
            lookaheadStrategy: this.lookaheadStrategy,
            rules: values_default(this.gastProductionsCache),
            tokenTypes: values_default(this.tokensMap),
            grammarName: className
          });
          this.definitionErrors = this.definitionErrors.concat(validationErrors, lookaheadValidationErrors);
        }
      });
      if (isEmpty_default(this.definitionErrors)) {
        if (this.recoveryEnabled) {
          this.TRACE_INIT("computeAllProdsFollows", () => {
            const allFollows = computeAllProdsFollows(values_default(this.gastProductionsCache));
            this.resyncFollows = allFollows;
          });
        }
        this.TRACE_INIT("ComputeLookaheadFunctions", () => {
          var _a, _b;
          (_b = (_a = this.lookaheadStrategy).initialize) === null || _b === void 0 ? void 0 : _b.call(_a, {
            rules: values_default(this.gastProductionsCache)
          });
          this.preComputeLookaheadFunctions(values_default(this.gastProductionsCache));
        });
      }
      if (!_Parser.DEFER_DEFINITION_ERRORS_HANDLING && !isEmpty_default(this.definitionErrors)) {
        defErrorsMsgs = map_default(this.definitionErrors, (defError) => defError.message);
        throw new Error(`Parser Definition Errors detected:
 ${defErrorsMsgs.join("\n-------------------------------\n")}`);
      }
    });
  }
  constructor(tokenVocabulary, config) {
    this.definitionErrors = [];
    this.selfAnalysisDone = false;
    const that = this;
    that.initErrorHandler(config);
    that.initLexerAdapter();
    that.initLooksAhead(config);
    that.initRecognizerEngine(tokenVocabulary, config);
    that.initRecoverable(config);
    that.initTreeBuilder(config);
    that.initContentAssist();
    that.initGastRecorder(config);
    that.initPerformanceTracer(config);
    if (has_default(config, "ignoredIssues")) {
      throw new Error("The <ignoredIssues> IParserConfig property has been deprecated.\n	Please use the <IGNORE_AMBIGUITIES> flag on the relevant DSL method instead.\n	See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#IGNORING_AMBIGUITIES\n	For further details.");
    }
    this.skipValidations = has_default(config, "skipValidations") ? config.skipValidations : DEFAULT_PARSER_CONFIG.skipValidations;
  }
};
Parser.DEFER_DEFINITION_ERRORS_HANDLING = false;
applyMixins(Parser, [
  Recoverable,
  LooksAhead,
  TreeBuilder,
  LexerAdapter,
  RecognizerEngine,
  RecognizerApi,
  ErrorHandler,
  ContentAssist,
  GastRecorder,
  PerformanceTracer
]);
var EmbeddedActionsParser = class extends Parser {
  constructor(tokenVocabulary, config = DEFAULT_PARSER_CONFIG) {
    const configClone = clone_default(config);
    configClone.outputCst = false;
    super(tokenVocabulary, configClone);
  }
};

// src/lex/chars.ts
var CN_DIGITS = "\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341";
var ASCII_DIGITS = "0123456789";
var ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var FULLWIDTH_DIGITS = "\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19";
function isBlank(code) {
  return code === 32 || code === 9 || code === 12288 || code === 160 || code === 65279;
}
function isLineBreak(code) {
  return code === 10 || code === 13;
}
function cjkChars() {
  const out = [];
  const ranges = [
    [13312, 40959],
    [63744, 64255]
  ];
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      if (c === from || c === to || c % 255 === 0 || c % 256 === 0) out.push(String.fromCharCode(c));
    }
  }
  return out;
}

// src/lex/tokens.ts
var lineStartAt = -1;
var lineStartAnswer = false;
function forgetLineStarts() {
  lineStartAt = -1;
}
function atLineStart(text, offset) {
  if (offset === lineStartAt) return lineStartAnswer;
  lineStartAt = offset;
  lineStartAnswer = lineStartOf(text, offset);
  return lineStartAnswer;
}
function lineStartOf(text, offset) {
  let i = offset - 1;
  for (; ; ) {
    while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
    if (i >= 5 && text.charCodeAt(i) === 59 && text.startsWith("&nbsp;", i - 5)) i -= 6;
    else break;
  }
  return i < 0 || isLineBreak(text.charCodeAt(i));
}
function atCellStart(text, offset) {
  if (offset === 0) return true;
  const c = text.charCodeAt(offset - 1);
  return isBlank(c) || isLineBreak(c) || c === 124;
}
function wideGapBefore(text, offset) {
  const c = text.charCodeAt(offset - 1);
  return c === 9 || c === 12288 || isBlank(c) && isBlank(text.charCodeAt(offset - 2));
}
function atLineEnd(text, offset) {
  let i = offset;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i >= text.length || isLineBreak(text.charCodeAt(i));
}
function lineStart(re, wholeLine = false) {
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
function notUnderTitle(match) {
  return (text, offset, tokens, groups) => {
    const m = match(text, offset, tokens, groups);
    if (m === null || !atLineEnd(text, offset + m[0].length)) return m;
    let i = offset - 1;
    while (i >= 0 && (isBlank(text.charCodeAt(i)) || isLineBreak(text.charCodeAt(i)))) i--;
    if (i < 1 || text.charCodeAt(i) !== 35201) return m;
    let j = i - 1;
    while (j > 0 && isBlank(text.charCodeAt(j))) j--;
    return text.charCodeAt(j) === 32426 || text.charCodeAt(j) === 32e3 ? null : m;
  };
}
function restOfLine(text, offset) {
  let end = offset;
  while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
  while (end > offset && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}
var chars = (s) => Array.from(s);
var CJK = cjkChars();
var LineBreak = createToken({ name: "LineBreak", pattern: /\r\n?|\n/, line_breaks: true });
var Blank = createToken({ name: "Blank", pattern: /(?:[ \t\u3000\u00a0\ufeff]|&nbsp;)+/, group: "blank" });
var Inline = createToken({ name: "Inline", pattern: Lexer.NA });
var Marker = createToken({ name: "Marker", pattern: Lexer.NA });
var PeopleLabel = createToken({ name: "PeopleLabel", pattern: Lexer.NA });
var Pipe = createToken({ name: "Pipe", pattern: /\|/, categories: [Inline] });
var CHROME_START = /(?:扫码|扫一扫|掃一掃|掃碼|打印本页|打印本頁|关闭窗口|關閉窗口|【打印】|【关闭】|当前位置|當前位置|您现在所在的位置|您当前的位置|您现在的位置|首页\s*[>＞]|首頁\s*[>＞]|网站支持|網站支持|字体[：:]|字體[：:]|字号[：:]|【字体|【字體|进入老年版|进入无障碍|長者模式|长者模式|长辈版|相关阅读|相關閱讀|相关文章|相關文章|相关信息|相關信息|相关新闻|延伸阅读|推荐阅读|分享到|上一篇|下一篇|版权所有|主办单位|主办[：:]|承办单位|网站标识码|网站地图|联系我们|今天是|共\s*\d+\s*条|【打印本页】|【关闭窗口】|相关链接|上一条|下一条|列印本頁|【列印|關閉視窗|請輸入|请输入关键|[─━═]{6,}[ \u3000]*(?:[\r\n]|$)|(?:无障碍(?:浏览|阅读|模式)?|繁體|简体)(?=[ \u3000]|[\r\n]|$)|(?:政务公开|信息公开目录|政府信息公开|信息公开)[ \u3000]*(?:[\r\n]|$)|[•·●]\s|[▲△]|图为|[0-9A-Za-z_\-\u3400-\u9fff]{1,40}\.(?:bmp|BMP|jpe?g|JPE?G|png|PNG|gif|GIF|webp)[ \u3000]*(?:[\r\n]|$))/;
var ChromeLine = createToken({
  name: "ChromeLine",
  pattern: {
    exec: (text, offset) => {
      if (!atLineStart(text, offset)) return null;
      const sticky = CHROME_STICKY;
      sticky.lastIndex = offset;
      if (!sticky.test(text)) return null;
      return [text.slice(offset, restOfLine(text, offset))];
    }
  },
  // (And a photo's file name alone on its line: 3N7A1022.bmp.)
  start_chars_hint: chars("\u626B\u6383\u6253\u5173\u95DC\u3010\u5F53\u7576\u60A8\u9996\u7F51\u7DB2\u5B57\u8FDB\u957F\u9577\u76F8\u5206\u4E0A\u4E0B\u2022\xB7\u25CF\u65E0\u7248\u4E3B\u627F\u4ECA\u8054\u5171\u7E41\u653F\u4FE1\u5EF6\u63A8\u25B2\u25B3\u56FE\u5217\u8ACB\u8BF7\u2500\u2501\u2550_-\u5FAE\u7167" + ASCII_DIGITS + ASCII_LETTERS),
  line_breaks: false
});
var CHROME_STICKY = new RegExp(CHROME_START.source, "y");
var DOC_NUMBER_LINE2 = /(?:[（(](?=[\u3400-\u9fff]{0,12}[〔\[［【﹝〖]))?[\u3400-\u9fff]{0,12}[〔\[［(（【﹝〖]\s*[0-9０-９]{4}\s*[〕\]］)）】﹞〗]\s*第?\s*[0-9０-９]{1,4}\s*[号號期][）)]?(?:[ \t\u3000]+[签簽][ \u3000]*[发發](?:人)?[ \u3000]*[：:][ \u3000]*[\u3400-\u9fff·]{2,8})?/;
var docNumberLine = lineStart(DOC_NUMBER_LINE2, true);
var yearSerialLine = lineStart(/[0-9]{4}[ \u3000]*年[ \u3000]*第[ \u3000]*[0-9]{1,4}[ \u3000]*[号號]/, true);
function bracketAhead(text, offset) {
  const end = Math.min(text.length, offset + 13);
  for (let i = offset; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 12308 || c === 91 || c === 65339 || c === 40 || c === 65288 || c === 12304 || c === 65117 || c === 12310) return true;
    if (c < 13312 || c > 40959) return false;
  }
  return false;
}
var DocNumberLine = createToken({
  name: "DocNumberLine",
  pattern: {
    exec: (text, offset, tokens, groups) => {
      const c = text.charCodeAt(offset);
      if (c >= 48 && c <= 57) return yearSerialLine(text, offset, tokens, groups);
      return bracketAhead(text, offset) ? docNumberLine(text, offset, tokens, groups) : null;
    }
  },
  start_chars_hint: [...CJK, ...chars("\u3014[\uFF3B(\uFF08\u3010\uFE5D\u3016"), ...chars(ASCII_DIGITS)],
  line_breaks: false
});
var STANDALONE_DATE = /(?:(?:[0-9０-９](?: ?[0-9０-９]){3}|[〇○◯零OＯ0０一二三四五六七八九]{4})\s*[年?？][\s0-9０-９〇○零一二三四五六七八九十元月?？]{1,12}日|(?:19|20|１９|２０)[0-9０-９]{5,6})(?:印发|印發)?/y;
var NUMERIC_DATE2 = /(?:19|20|１９|２０)[0-9０-９]{2}([-/.])[0-9０-９]{1,2}\1[0-9０-９]{1,2}/y;
var ORGAN_AT_END = /(?:人民政府[办辦]公室|人民政府|政府[办辦]公室|[办辦]公室|管理委[员員][会會]|管委[会會]|[办辦]事[处處])[ \t\u3000]*$/;
function organLineBefore(text, offset) {
  let i = offset - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (i < 0 || !isLineBreak(text.charCodeAt(i))) return false;
  if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--;
  const end = i;
  while (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) i--;
  const line = text.slice(i, end);
  return line.length <= 40 && ORGAN_AT_END.test(line);
}
var StandaloneDate = createToken({
  name: "StandaloneDate",
  pattern: {
    exec: (text, offset) => {
      if (!atCellStart(text, offset)) return null;
      STANDALONE_DATE.lastIndex = offset;
      const m = STANDALONE_DATE.exec(text);
      if (m !== null) return atLineEnd(text, offset + m[0].length) ? m : null;
      NUMERIC_DATE2.lastIndex = offset;
      const n = NUMERIC_DATE2.exec(text);
      return n !== null && atLineStart(text, offset) && atLineEnd(text, offset + n[0].length) && organLineBefore(text, offset) ? n : null;
    }
  },
  start_chars_hint: chars(ASCII_DIGITS + FULLWIDTH_DIGITS + "\u3007\u25CB\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D"),
  line_breaks: false,
  categories: [Inline]
});
var HEADER_KEYS = [
  "\u4FE1\u606F\u7D22\u5F15\u53F7",
  "\u7D22\u5F15\u53F7",
  "\u6210\u6587\u65E5\u671F",
  "\u53D1\u6587\u65E5\u671F",
  "\u53D1\u5E03\u65E5\u671F",
  "\u516C\u5F00\u65E5\u671F",
  "\u751F\u6210\u65E5\u671F",
  "\u4EA7\u751F\u65E5\u671F",
  "\u5E9F\u6B62\u65E5\u671F",
  "\u53D1\u5E03\u65F6\u95F4",
  "\u516C\u5F00\u65B9\u5F0F",
  "\u516C\u5F00\u65F6\u9650",
  "\u516C\u5F00\u8303\u56F4",
  "\u516C\u5F00\u5F62\u5F0F",
  "\u516C\u5F00\u7A0B\u5E8F",
  "\u6548\u529B\u72B6\u51B5",
  "\u6548\u529B\u72B6\u6001",
  "\u6709\u6548\u6027",
  "\u6587\u4EF6\u7F16\u53F7",
  "\u53D1\u6587\u5B57\u53F7",
  "\u6587\u53F7",
  "\u53D1\u5E03\u673A\u6784",
  "\u53D1\u5E03\u90E8\u95E8",
  "\u53D1\u6587\u673A\u5173",
  "\u53D1\u6587\u673A\u6784",
  "\u6240\u5C5E\u673A\u6784",
  "\u4FE1\u606F\u540D\u79F0",
  "\u6587\u4EF6\u540D\u79F0",
  "\u6807\u9898",
  "\u540D\u79F0",
  "\u7EC4\u914D\u5206\u7C7B",
  "\u4E3B\u9898\u5206\u7C7B",
  "\u4F53\u88C1\u5206\u7C7B",
  "\u4FE1\u606F\u5206\u7C7B",
  "\u670D\u52A1\u5BF9\u8C61\u5206\u7C7B",
  "\u4E3B\u9898\u8BCD",
  "\u5173\u952E\u8BCD",
  "\u5173\u952E\u5B57",
  "\u5185\u5BB9\u6982\u51B5",
  "\u5185\u5BB9\u6982\u8FF0",
  "\u6458\u8981",
  "\u6765\u6E90",
  "\u4FE1\u606F\u6765\u6E90",
  "\u65E5\u671F",
  "\u65F6\u95F4",
  "\u4F5C\u8005",
  "\u9605\u8BFB\u6B21\u6570",
  "\u6D4F\u89C8\u6B21\u6570",
  "\u8BBF\u95EE\u6B21\u6570",
  "\u70B9\u51FB\u6570",
  "\u5B57\u53F7",
  "\u5B57\u4F53",
  "\u5206\u4EAB\u5230",
  "\u65F6\u6548",
  "\u4FE1\u606F\u7C7B\u522B",
  "\u516C\u5F00\u7C7B\u522B",
  "\u53D1\u5E03\u5355\u4F4D",
  "\u751F\u6548\u65E5\u671F",
  "\u5931\u6548\u65E5\u671F",
  "\u5206\u7C7B",
  "\u662F\u5426\u6709\u6548",
  "\u516C\u5F00\u76EE\u5F55",
  "\u6240\u5C5E\u4E3B\u9898",
  "\u6587\u4EF6\u72B6\u6001",
  "\u65F6\u6548\u6027",
  "\u516C\u5F00\u4E3B\u4F53",
  "\u5E9F\u6B62\u65F6\u95F4",
  "\u5931\u6548\u65F6\u95F4",
  "\u6D4F\u89C8\u91CF",
  "\u8BBF\u95EE\u91CF",
  "\u9605\u8BFB\u6570",
  // The 版头 of a printed document: 密级：无　紧急程度：一般 / 签发人：韦明光.
  "\u5BC6\u7EA7",
  "\u7D27\u6025\u7A0B\u5EA6",
  "\u7F13\u6025",
  "\u7B7E\u53D1\u4EBA",
  "\u7B7E\u53D1"
];
var TRADITIONAL_OF = {
  \u53F7: "\u865F",
  \u53D1: "\u767C",
  \u5E03: "\u4F48",
  \u673A: "\u6A5F",
  \u6784: "\u69CB",
  \u5F00: "\u958B",
  \u65F6: "\u6642",
  \u7F16: "\u7DE8",
  \u79F0: "\u7A31",
  \u4EA7: "\u7522",
  \u5E9F: "\u5EE2",
  \u95F4: "\u9593",
  \u56F4: "\u570D",
  \u8303: "\u7BC4",
  \u72B6: "\u72C0",
  \u51B5: "\u6CC1",
  \u95E8: "\u9580",
  \u5C5E: "\u5C6C",
  \u6807: "\u6A19",
  \u9898: "\u984C",
  \u7EC4: "\u7D44",
  \u7C7B: "\u985E",
  \u4F53: "\u9AD4",
  \u52A1: "\u52D9",
  \u5BF9: "\u5C0D",
  \u8BCD: "\u8A5E",
  \u5173: "\u95DC",
  \u952E: "\u9375",
  \u5185: "\u5167",
  \u6765: "\u4F86",
  \u9605: "\u95B1",
  \u8BFB: "\u8B80",
  \u6570: "\u6578",
  \u6D4F: "\u700F",
  \u89C8: "\u89BD",
  \u8BBF: "\u8A2A",
  \u95EE: "\u554F",
  \u70B9: "\u9EDE",
  \u51FB: "\u64CA",
  \u9879: "\u9805",
  \u8D44: "\u8CC7",
  \u4F1A: "\u6703",
  \u7EA7: "\u7D1A",
  \u7D27: "\u7DCA",
  \u7F13: "\u7DE9",
  \u7B7E: "\u7C3D"
};
var keyChar = (c) => TRADITIONAL_OF[c] && TRADITIONAL_OF[c] !== c ? `[${c}${TRADITIONAL_OF[c]}]` : c;
var keyPattern = (keys2) => keys2.map((k) => Array.from(k, keyChar).join("[ \\u00a0\\u3000]*")).join("|");
var headerKeyPattern = keyPattern(HEADER_KEYS.sort((a, b) => b.length - a.length));
var KEY_END = "[ \\u3000]*(?:[\uFF1A:]|(?=[ \\t\\u3000])|(?=[\\r\\n]|$))";
var HEADER_KEY_BY_FIRST = /* @__PURE__ */ new Map();
for (const first2 of new Set(HEADER_KEYS.flatMap((k) => [k[0], TRADITIONAL_OF[k[0]] ?? k[0]]))) {
  const keys2 = HEADER_KEYS.filter((k) => k[0] === first2 || TRADITIONAL_OF[k[0]] === first2);
  HEADER_KEY_BY_FIRST.set(first2, new RegExp(`(?:${keyPattern(keys2)})${KEY_END}`, "y"));
}
var BRACKETED_HEADER_KEY = new RegExp(`\u3010(?:${headerKeyPattern})(?:\u3011[\uFF1A:]?|[ \\u3000]*[\uFF1A:])|[\\[\uFF3B][ \\u3000]*(?:${headerKeyPattern})[ \\u3000]*[\\]\uFF3D][\uFF1A:]?`, "y");
var HeaderKey = createToken({
  name: "HeaderKey",
  pattern: {
    exec: (text, offset) => {
      if (!atCellStart(text, offset)) return null;
      const c = text[offset];
      const key = c === "\u3010" || c === "[" || c === "\uFF3B" ? BRACKETED_HEADER_KEY : HEADER_KEY_BY_FIRST.get(c);
      if (key === void 0) return null;
      key.lastIndex = offset;
      const m = key.exec(text);
      if (m !== null && atLineEnd(text, offset + m[0].length) && !/[：:】]$/.test(m[0]) && !atLineStart(text, offset) && !wideGapBefore(text, offset) && m[0].replace(/[\s\u3000\u00a0]/g, "").length < 3) return null;
      return m;
    }
  },
  start_chars_hint: [.../* @__PURE__ */ new Set([...HEADER_KEYS.flatMap((k) => [k[0], TRADITIONAL_OF[k[0]] ?? k[0]]), "\u3010", "[", "\uFF3B"])],
  line_breaks: false,
  categories: [Inline]
});
var N = `[${CN_DIGITS}]{1,3}`;
var CnMarker = createToken({
  name: "CnMarker",
  pattern: { exec: lineStart(new RegExp(`${N}(?:\u3001|[\uFF0E.](?![0-9]))`)) },
  start_chars_hint: chars(CN_DIGITS),
  line_breaks: false,
  categories: [Marker]
});
var ParenCnMarker = createToken({
  name: "ParenCnMarker",
  pattern: { exec: notUnderTitle(lineStart(new RegExp(`[\uFF08(]${N}[\uFF09)]`))) },
  start_chars_hint: chars("\uFF08("),
  line_breaks: false,
  categories: [Marker]
});
var ArabicMarker = createToken({
  name: "ArabicMarker",
  pattern: { exec: lineStart(/[0-9０-９]{1,2}[.．](?![0-9０-９])/) },
  start_chars_hint: chars(ASCII_DIGITS + FULLWIDTH_DIGITS),
  line_breaks: false,
  categories: [Marker]
});
var ArabicCommaMarker = createToken({
  name: "ArabicCommaMarker",
  pattern: { exec: lineStart(/[0-9０-９]{1,2}、/) },
  start_chars_hint: chars(ASCII_DIGITS + FULLWIDTH_DIGITS),
  line_breaks: false,
  categories: [Marker]
});
var ParenArabicMarker = createToken({
  name: "ParenArabicMarker",
  pattern: { exec: notUnderTitle(lineStart(/[（(][0-9０-９]{1,2}[）)]/)) },
  start_chars_hint: chars("\uFF08("),
  line_breaks: false,
  categories: [Marker]
});
var CircledMarker = createToken({
  name: "CircledMarker",
  pattern: { exec: lineStart(/[①-⑳][ \u3000]*/) },
  start_chars_hint: chars("\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468\u2469\u246A\u246B\u246C\u246D\u246E\u246F\u2470\u2471\u2472\u2473"),
  line_breaks: false,
  categories: [Marker]
});
var OrdinalMarker = createToken({
  name: "OrdinalMarker",
  pattern: { exec: lineStart(new RegExp(`\u7B2C${N}(?:[\u3001\uFF0C,]|\u9879[ \u3000]*[\uFF1A:\u3001\uFF0C,]?)`)) },
  start_chars_hint: chars("\u7B2C"),
  line_breaks: false,
  categories: [Marker]
});
var LabelMarker = createToken({
  name: "LabelMarker",
  pattern: { exec: lineStart(new RegExp(`\u3010(?:\u8BAE\u9898|\u8B70\u984C)(?:${N}|[0-9\uFF10-\uFF19]{1,2})\u3011|(?:\u8BAE\u9898|\u8B70\u984C)(?:${N}|[0-9\uFF10-\uFF19]{1,2})[ \u3000]*[\uFF1A:\u3001\uFF0E.]?`)) },
  start_chars_hint: chars("\u8BAE\u8B70\u3010"),
  line_breaks: false,
  categories: [Marker]
});
var COLON = "[ \\u3000]*(?:[\uFF08(][^\uFF08()\uFF09\\r\\n]{0,20}[\uFF09)])?[ \\u3000]*(?:[\uFF1A:]|[|\uFF5C](?=[ \\u3000]*[^ \\u3000|\uFF5C\\r\\n]))";
function label(name, re, hint, categories) {
  return createToken({
    name,
    pattern: { exec: lineStart(new RegExp(re + COLON)) },
    start_chars_hint: chars(hint),
    line_breaks: false,
    categories
  });
}
var AbsenteeLabel = label("AbsenteeLabel", "(?:(?:\u56E0[\u516C\u4E8B\u75C5])?(?:[\u8BF7\u8ACB][ \\u3000]*\u5047|\u7F3A[ \\u3000]*[\u5E2D\u4F1A\u6703])(?:\u4EBA[\u5458\u54E1]|\u7684(?:[\u8FD8\u9084])?\u6709)?|\u56E0[^\uFF1A:\uFF0C,\u3002\\r\\n]{1,10}?\u672A(?:[\u53C2\u53C3]\u52A0|\u51FA\u5E2D)(?:[\u4F1A\u6703][\u8BAE\u8B70])?\u7684(?:[\u8FD8\u9084])?\u6709)", "\u8BF7\u8ACB\u56E0\u7F3A", [PeopleLabel]);
var InvitedObserverLabel = label("InvitedObserverLabel", "(?:[\u5E94\u61C9]\u9080|\u7279\u9080)\u5217\u5E2D[^\uFF1A:\\r\\n]{0,40}?", "\u5E94\u61C9\u7279", [PeopleLabel]);
var ObserverLabel = label("ObserverLabel", "\u5217[ \\u3000]*[\u5E2D\u4F1A\u6703](?:(?:[\u4F1A\u6703][\u8BAE\u8B70])?\u4EBA[\u5458\u54E1]|[\u5355\u55AE]\u4F4D|[\u4F1A\u6703][\u8BAE\u8B70](?=[ \\u3000]*[\uFF1A:])|(?:[\u4F1A\u6703][\u8BAE\u8B70])?\u7684(?:[\u8FD8\u9084])?\u6709(?=[ \\u3000]*[\uFF1A:][ \\u3000]*(?:\\r|\\n|$))|\u7684(?![\u8FD8\u9084]?\u6709)[^\uFF1A:\\r\\n\uFF0C,\u3002\u3001\uFF1B;\\s]{2,10})?", "\u5217", [PeopleLabel]);
var InvitedAttendeeLabel = label("InvitedAttendeeLabel", "(?:[\u5E94\u61C9]\u9080|\u7279\u9080)(?:\u51FA\u5E2D|[\u53C2\u53C3]\u52A0)(?:[\u4F1A\u6703][\u8BAE\u8B70])?(?:\u4EBA[\u5458\u54E1])?", "\u5E94\u61C9\u7279", [PeopleLabel]);
var AttendeeLabel = label("AttendeeLabel", "(?:\u51FA[ \\u3000]*\u5E2D|[\u53C2\u53C3]\u52A0|[\u53C2\u53C3][\u4F1A\u6703])(?:\u4EBA[\u5458\u54E1]|[\u4F1A\u6703][\u8BAE\u8B70]\u4EBA[\u5458\u54E1]|[\u4F1A\u6703][\u8BAE\u8B70](?=[ \\u3000]*[\uFF1A:])|(?:[\u4F1A\u6703][\u8BAE\u8B70])?\u7684(?:[\u8FD8\u9084])?\u6709(?=[ \\u3000]*[\uFF1A:][ \\u3000]*(?:\\r|\\n|$)))?", "\u51FA\u53C2\u53C3", [PeopleLabel]);
var DistributionLabel = label("DistributionLabel", "(?:(?:\u5206|\u6284|\u4E3B|[\u62A5\u5831]|[\u53D1\u767C])[ \\u3000]*\u9001|\u6284[ \\u3000]*[\u62A5\u5831]|(?:\u9001|[\u62A5\u5831]|[\u53D1\u767C])(?=[ \\u3000]*[\uFF1A:]))", "\u5206\u6284\u4E3B\u62A5\u5831\u53D1\u767C\u9001", []);
var WrittenReportStart = createToken({
  name: "WrittenReportStart",
  pattern: { exec: lineStart(/(?:[会會][议議])?(?:[还還])?(?:以[书書]面形式|[书書]面)(?:通[报報]|[审審][议議]|[听聽]取|[审審]阅|[审審]閱)/) },
  start_chars_hint: chars("\u4F1A\u6703\u4E66\u66F8\u4EE5"),
  line_breaks: false
});
var Text = createToken({
  name: "Text",
  pattern: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0021-\u007b\u007d-\u009f\u00a1-\u2fff\u3001-\ufefe\uff00-\uffff]+/,
  categories: [Inline]
});
var allTokens = [
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
  ArabicCommaMarker,
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
  Text
];

// src/lex/lexer.ts
var minutesLexer = new Lexer(allTokens, {
  // Offsets are enough: the builder maps offsets to lines and columns for the whole document.
  positionTracking: "onlyOffset",
  ensureOptimizations: true,
  // The token definitions are validated in the tests (test/lex); skipping it here saves start-up time.
  skipValidations: true
});
function tokenize(text) {
  forgetLineStarts();
  return minutesLexer.tokenize(text);
}

// src/grammar/blocks.ts
function block(kind, tokens) {
  return { kind, tokens: tokens.some(isMadeUp) ? tokens.filter((t) => !isMadeUp(t)) : tokens, topic: null };
}
function topicBlock(marker, heading, body) {
  const tokens = isMadeUp(marker) ? [] : [marker];
  for (const t of heading) if (!isMadeUp(t)) tokens.push(t);
  for (const part of body) for (const t of part.tokens) tokens.push(t);
  return { kind: "topic", tokens, topic: { marker, heading: heading.filter((t) => !isMadeUp(t)), body } };
}
function isMadeUp(t) {
  return t.isInsertedInRecovery === true || Number.isNaN(t.startOffset);
}

// src/grammar/parser.ts
var NAME_CHUNK = /^[\u3400-\u9fff\uf900-\ufaff\ud800-\udfff·•‧・]{1,15}$/;
var NAME_SEPARATORS2 = /[、，,；;]/;
var LEADING_ORGAN = /^[\u3400-\u9fff]{2,24}(?:人民政府|政府|办公室|局|委员会|管委会|办事处)$/;
var LEADING_DATE = /^[0-9]{4}(?:([-/.])[0-9]{1,2}\1[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)/;
var ORGAN_LINE = /^[^。；;，,：:]{2,30}$/;
var TITLED_NAME = /[长長员員任记記席师師监監]([\u3400-\u9fff]{2,4})(?:同志)?$/;
var PADDED_REST = /^[\u3400-\u9fff](?:[、，,；;]|$)/;
var TITLE_ONLY = /(?:[长長]|主任|[书書][记記]|主席|委[员員]|成[员員])$/;
var TITLED_PADDED_NAME = /[长長员員任记記席师師监監局办辦室所院处處站队隊部厅廳委心][\u3400-\u9fff]$/;
var ORGANIZATION_NAME = /[局办辦室所院处處站队隊部厅廳委][\u3400-\u9fff]{1,2}[^局办辦室所院处處站队隊部厅廳委会府心]$/;
var ORGANIZATION_NAME_ITEM = /[局办辦室所院处處站队隊部厅廳委][\u3400-\u9fff]{2,3}(?:[，,、；;]|$)/;
var HELD_WORD2 = /召开|主持|举行|召開|舉行/;
var ORGAN_NAME = /^[\u3400-\u9fff（）()]{2,30}(?:人民政府[办辦]公室|人民政府|政府[办辦]公室|[办辦]公室|管理委[员員][会會]|委[员員][会會]|管委[会會]|[办辦]事[处處]|政府|行政公署|行署)$/;
var KEY_WITH_COLON = /[：:】]\s*$/;
var SENTENCE_MARK = /[。，,；;！？]/;
var DOTTED_NAME = /^[\u3400-\u9fff]{1,8}(?:[·•‧・][\u3400-\u9fff]{1,8})+$/;
var WRAPPED_CELL_MIN = 6;
var LABEL_LEAD = /^[\u3400-\u9fff]{2,6}[：:]/;
var LABEL_LEAD_LENGTH = 8;
var MAX_CELLS_BEFORE_KEY = 8;
var TITLE_KEY = /名[ \u3000]*[称稱]|[标標][ \u3000]*[题題]/;
var MINUTES_TITLE_VALUE = /(?:常务会议|常務會議)(?:纪要|紀要)?$|第[^\s第]{1,6}次[^\s]{0,20}(?:纪要|紀要)$/;
var MAX_BLANKS_IN_ROW = 2;
var ONLY_SEPARATORS = /^[、，,；;]+$/;
var NAME_SEPARATOR_AT_END = /[、，,；;]$/;
var TITLE_END2 = /[长長员員任记記席师師监監]$/;
var CUT_TITLE = /^(?!.*(?:会议|研究|要求|同意|通过))[\u3400-\u9fff]{1,12}$/;
var GROUP_IN_LIST = /(?:负责同志|负责人|負責同志|負責人|局|委|办|辦|中心|单位|單位|管委[会會]|委[员員][会會]|[联聯]合[会會]|[协協][会會]|商[会會])$/;
var FULL_STOP_AT_END = /[。.]$/;
var LABELLED_LINE = /^[\u3400-\u9fff]{1,6}[：:]/;
var STATEMENT_VERB = /(?:出席|列席|参加|參加)(?:了)?[会會][议議]|[请請]假。/;
var STATEMENT_OPENS = /^(?:出席|列席|参加|参会|请假|缺席|应邀|特邀|因公)[^：:，,、]{0,10}[：:]/;
var UNIT_COLON = /^[^：:]{2,16}(?:局|委|办|辦|室|府|院|会|會|协|協|联|聯|中心|公司|部|所)[：:]/;
var NAME_NOTE = /[（(][^（()）]{1,24}[）)]/g;
var DANGLING_NOTE = /^[^（()）]{0,24}[）)]|[（(][^（()）]{0,24}$/g;
function longFirstItem(image) {
  if (image.length <= LONG_ITEM) return false;
  for (let i = 0; i <= LONG_ITEM; i++) {
    const c = image[i];
    if (c === "\u3001" || c === "\uFF0C" || c === "," || c === "\uFF1B" || c === ";" || c === "\uFF08" || c === "(" || c === "\uFF09" || c === ")") return false;
  }
  return true;
}
var TITLE_COLUMN = /^[\u3400-\u9fff、]{1,30}(?:[长長]|主任|[书書][记記]|委[员員]|主席|成[员員]|[专專][员員]|[顾顧]问|巡[视視][员員]|[调調]研[员員])$/;
var UNIT_COLUMN = /^[\u3400-\u9fff（）()]{2,20}(?:[办辦]公室|局|委|[办辦]|集[团團]|公司|中心|院|所|站|[队隊]|部|[厅廳]|[处處]|科|[会會]|行|社|政府)$/;
var ORGAN_ITEM = /^[\u3400-\u9fff（）()]{2,24}(?:[办辦]公室|[办辦]|委[员員]?[会會]?|监委|院|局|政府|部门|[单單]位|部|[厅廳]|[处處]|中心|公司|集[团團]|[银銀]行|[会會]|署)$/;
var OPEN_NOTE_AT_END = /[（(][^（()）]*$/;
var FRAME_WORDS = /往期|阅读|分享|点赞|留言|扫码|扫一扫|关注|推荐|编辑|审核|来源|打印|关闭|此件/;
var SENTENCE_END_AT_END = /[。；;！!？?：:]$/;
var OPEN_REPORT_NAME = /关于(?:(?!的(?:情况)?汇报|的情况|的报告)[^。；;])*$/;
var REPORT_NAME_END = /^[^。；;]{0,40}?(?:的情况汇报|的汇报|的情况报告|的报告|的情况)/;
var LONG_ITEM = 48;
var MinutesParser = class extends EmbeddedActionsParser {
  /**
   * @param validate check the grammar while building the parser (chevrotain's validations:
   *   ambiguities, left recursion, …). The tests do; parsing skips them, which halves the start-up.
   */
  constructor({ validate = true } = {}) {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 1, skipValidations: !validate });
    this.performSelfAnalysis();
  }
  /** The numbering style of the document's first top-level topic: its outermost level. */
  outermost;
  /** Whether a header key with its colon took its value from the next line. */
  pairedKeys = false;
  /** The whole document: its blocks, in source order (blank lines belong to none). */
  document = this.RULE("document", () => {
    const blocks = [];
    this.ACTION(() => {
      this.outermost = void 0;
      this.pairedKeys = false;
    });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(LineBreak) },
        {
          ALT: () => {
            const block2 = this.SUBRULE(this.block);
            this.ACTION(() => {
              if (block2 !== void 0 && block2.tokens.length > 0) blocks.push(block2);
            });
          }
        }
      ]);
    });
    return blocks;
  });
  // The alternatives of an OR whose closures capture no local are made once, not on every call
  // (chevrotain's advice: it saves an array and a closure per alternative on each line).
  blockAlternatives;
  lineEndAlternatives;
  /** One block; the alternatives are tried in this order. */
  block = this.RULE("block", () => {
    return this.OR(this.blockAlternatives ??= [
      { GATE: () => this.signatureAhead(), ALT: () => this.SUBRULE(this.signature), IGNORE_AMBIGUITIES: true },
      { ALT: () => this.SUBRULE(this.headerRow) },
      { GATE: () => this.datedHeaderAhead(), ALT: () => this.SUBRULE(this.datedHeaderRow), IGNORE_AMBIGUITIES: true },
      { ALT: () => this.SUBRULE(this.chromeLine) },
      { ALT: () => this.SUBRULE(this.docNumberLine) },
      { ALT: () => this.SUBRULE(this.topic, { ARGS: [[]] }) },
      { ALT: () => this.SUBRULE(this.writtenReport) },
      { ALT: () => this.SUBRULE(this.peopleList) },
      { ALT: () => this.SUBRULE(this.distributionList) },
      { ALT: () => this.SUBRULE(this.paragraph), IGNORE_AMBIGUITIES: true }
    ]);
  });
  /** `索 引 号: | 330502/2022-15627 | 成文日期: | 2022-12-06 |` */
  headerRow = this.RULE("headerRow", () => {
    const tokens = [];
    let valueBelow = false;
    this.OR([{ ALT: () => tokens.push(this.CONSUME(HeaderKey)) }, { ALT: () => tokens.push(this.CONSUME(Pipe)) }]);
    this.MANY(() => tokens.push(this.CONSUME(Inline)));
    this.lineEnd();
    this.OPTION({
      GATE: () => tokens.length === 1 && tokenMatcher(tokens[0], HeaderKey) && (!KEY_WITH_COLON.test(tokens[0].image) || this.pairedKeys || this.keyAfterValueLine()) && this.valueLineAhead() && // (A 纪要's title below a key that never holds one is the title: 有效性:⏎桥头镇人民政府…纪要⏎来源:….)
      (TITLE_KEY.test(tokens[0].image) || !this.minutesTitleAhead()),
      DEF: () => {
        const value = this.SUBRULE(this.valueLine);
        this.ACTION(() => {
          if (value !== void 0) tokens.push(...value);
          valueBelow = value !== void 0;
          if (KEY_WITH_COLON.test(tokens[0].image)) this.pairedKeys = true;
        });
      }
    });
    this.OPTION4({
      GATE: () => tokens.length === 1 && tokenMatcher(tokens[0], HeaderKey) && KEY_WITH_COLON.test(tokens[0].image) && this.valueBelowBlankAhead(),
      DEF: () => {
        this.MANY2(() => this.CONSUME2(LineBreak));
        const value = this.SUBRULE4(this.valueLine);
        this.ACTION(() => {
          if (value !== void 0) tokens.push(...value);
          valueBelow = value !== void 0;
          this.pairedKeys = true;
        });
      }
    });
    this.OPTION3({
      GATE: () => valueBelow && this.wrappedCellAhead(tokens),
      DEF: () => {
        const value = this.SUBRULE3(this.valueLine);
        this.ACTION(() => value !== void 0 && tokens.push(...value));
      }
    });
    this.OPTION2({
      GATE: () => tokens.length > 1 && tokenMatcher(tokens[0], HeaderKey) && this.wrappedValueAhead(),
      DEF: () => {
        const value = this.SUBRULE2(this.valueLine);
        this.ACTION(() => value !== void 0 && tokens.push(...value));
      }
    });
    return block("headerRow", tokens);
  });
  /** The value of a header key that stands alone on the line before. */
  valueLine = this.RULE("valueLine", () => {
    const tokens = [];
    this.OR([
      { ALT: () => this.AT_LEAST_ONE(() => tokens.push(this.CONSUME(Inline))) },
      // (发文字号⏎赛政常纪〔2024〕23号)
      { ALT: () => tokens.push(this.CONSUME(DocNumberLine)) }
    ]);
    this.lineEnd();
    return tokens;
  });
  /** `2024-11-12 10:30　来源：钦州市人民政府办公室`: a header row led by the page's date. */
  datedHeaderRow = this.RULE("datedHeaderRow", () => {
    const tokens = [];
    this.AT_LEAST_ONE(() => tokens.push(this.CONSUME(Text)));
    tokens.push(this.CONSUME(HeaderKey));
    this.MANY(() => tokens.push(this.CONSUME(Inline)));
    this.lineEnd();
    return block("datedHeaderRow", tokens);
  });
  /** `扫码关注`, `首页 > 政务公开 > …` */
  chromeLine = this.RULE("chromeLine", () => {
    const token = this.CONSUME(ChromeLine);
    this.lineEnd();
    return block("chromeLine", [token]);
  });
  /** `〔2022〕15号` */
  docNumberLine = this.RULE("docNumberLine", () => {
    const token = this.CONSUME(DocNumberLine);
    this.lineEnd();
    return block("docNumberLine", [token]);
  });
  /**
   * 落款 or 印发: `吴兴区人民政府办公室 二○二二年十二月五日`, or the organ on one line and the
   * date on the next.
   */
  signature = this.RULE("signature", () => {
    const tokens = [];
    this.OPTION(() => {
      this.AT_LEAST_ONE(() => tokens.push(this.CONSUME(Text)));
      this.MANY(() => this.CONSUME(LineBreak));
    });
    const date = this.CONSUME(StandaloneDate);
    tokens.push(date);
    this.lineEnd();
    this.OPTION1({
      GATE: () => tokens.length === 1 && this.organLineAhead(),
      DEF: () => {
        const organ = this.SUBRULE(this.valueLine);
        this.ACTION(() => organ !== void 0 && tokens.push(...organ));
      }
    });
    return block("signature", tokens);
  });
  /**
   * A numbered item: its marker line, then body lines and nested items of other numbering
   * styles, until a marker of a style already open (a sibling or an ancestor's sibling) or a
   * block that cannot belong to a topic.
   */
  topic = this.RULE("topic", (open = []) => {
    const marker = this.CONSUME(Marker);
    const inner = [...open ?? [], marker.tokenType];
    this.ACTION(() => {
      if ((open ?? []).length === 0) this.outermost ??= marker.tokenType;
    });
    const heading = [];
    this.MANY(() => heading.push(this.CONSUME(Inline)));
    this.lineEnd();
    const body = [];
    this.MANY1({
      GATE: () => this.topicContinues(inner),
      DEF: () => {
        this.OR1([
          { ALT: () => this.CONSUME1(LineBreak) },
          {
            ALT: () => {
              const part = this.SUBRULE(this.topic, { ARGS: [inner] });
              this.ACTION(() => part !== void 0 && body.push(part));
            }
          },
          {
            ALT: () => {
              const part = this.SUBRULE(this.paragraph);
              this.ACTION(() => part !== void 0 && body.push(part));
            }
          }
        ]);
      }
    });
    return this.ACTION(() => topicBlock(marker, heading, body));
  });
  /** `会议书面通报并原则同意区史志办提出的…` */
  writtenReport = this.RULE("writtenReport", () => {
    const tokens = [this.CONSUME(WrittenReportStart)];
    this.MANY(() => tokens.push(this.CONSUME(Inline)));
    this.lineEnd();
    this.OPTION({
      GATE: () => this.reportGoesOn(),
      DEF: () => {
        const line = this.SUBRULE(this.listLine);
        this.ACTION(() => line !== void 0 && tokens.push(...line));
      }
    });
    return block("writtenReport", tokens);
  });
  /** `列席：陈 杰 陶厦峰 …` and the lines of names that follow it. */
  peopleList = this.RULE("peopleList", () => {
    const tokens = [this.CONSUME(PeopleLabel)];
    this.MANY(() => tokens.push(this.CONSUME(Inline)));
    this.lineEnd();
    this.MANY1({
      GATE: () => this.namesLineAhead(),
      DEF: () => {
        const line = this.SUBRULE(this.listLine);
        this.ACTION(() => line !== void 0 && tokens.push(...line));
      }
    });
    return block("peopleList", tokens);
  });
  /** `分送：区委各部门，区人大办公室，…` and its wrapped lines. */
  distributionList = this.RULE("distributionList", () => {
    const tokens = [this.CONSUME(DistributionLabel)];
    this.MANY(() => tokens.push(this.CONSUME(Inline)));
    this.lineEnd();
    this.MANY1({
      GATE: () => this.distributionContinues(),
      DEF: () => {
        const line = this.SUBRULE(this.listLine);
        this.ACTION(() => line !== void 0 && tokens.push(...line));
      }
    });
    return block("distributionList", tokens);
  });
  /** A continuation line of a list: its tokens. */
  listLine = this.RULE("listLine", () => {
    const tokens = [];
    this.MANY(() => this.CONSUME(LineBreak));
    this.AT_LEAST_ONE(() => tokens.push(this.CONSUME(Inline)));
    this.lineEnd();
    return tokens;
  });
  /** Any other line of text: title, opening, agenda, body paragraph. */
  paragraph = this.RULE("paragraph", () => {
    const tokens = [];
    this.AT_LEAST_ONE(() => tokens.push(this.CONSUME(Inline)));
    this.lineEnd();
    return block("paragraph", tokens);
  });
  /** A line ends with a line break or the end of the input (each rule ends one line). */
  lineEnd() {
    this.OR9(this.lineEndAlternatives ??= [{ ALT: () => this.CONSUME8(LineBreak) }, { ALT: () => this.CONSUME9(EOF) }]);
  }
  // ── Predicates: the few decisions that need more than the next tokens ───────────────────
  /** Whether a 落款 / 印发 signature starts here (organ? date | organ ⏎ date). */
  signatureAhead() {
    let i = 1;
    let texts = 0;
    while (tokenMatcher(this.LA(i), Text)) {
      texts++;
      i++;
    }
    if (texts > 2) return false;
    if (texts > 0 && tokenMatcher(this.LA(i), LineBreak)) {
      if (texts !== 1 || !ORGAN_LINE.test(this.LA(1).image)) return false;
      while (tokenMatcher(this.LA(i), LineBreak)) i++;
    }
    if (!tokenMatcher(this.LA(i), StandaloneDate)) return false;
    const after = this.LA(i + 1);
    return tokenMatcher(after, LineBreak) || tokenMatcher(after, EOF);
  }
  /** Whether the next line is an organ's name alone (the 落款 organ after its date). */
  organLineAhead() {
    const t = this.LA(1);
    if (!tokenMatcher(t, Text) || !ORGAN_NAME.test(t.image)) return false;
    const after = this.LA(2);
    return tokenMatcher(after, LineBreak) || tokenMatcher(after, EOF);
  }
  /** Whether the line after the next one starts with a header key. */
  keyAfterValueLine() {
    let i = 1;
    while (!tokenMatcher(this.LA(i), LineBreak) && !tokenMatcher(this.LA(i), EOF)) i++;
    return tokenMatcher(this.LA(i), LineBreak) && tokenMatcher(this.LA(i + 1), HeaderKey);
  }
  /** Whether the next line names minutes or a standing meeting at its end (…第7次常务会议纪要). */
  minutesTitleAhead() {
    let line = "";
    for (let i = 1, t = this.LA(1); !tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF); t = this.LA(++i)) line += t.image;
    return MINUTES_TITLE_VALUE.test(line);
  }
  /** Whether the next line is a header value: short, not a key, not a sentence. */
  valueLineAhead() {
    let length = 0;
    let i = 1;
    let lead = "";
    for (let t = this.LA(i); !tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF); t = this.LA(++i)) {
      if (tokenMatcher(t, DocNumberLine)) return i === 1;
      if (!tokenMatcher(t, Inline) || tokenMatcher(t, HeaderKey) || tokenMatcher(t, Pipe) || SENTENCE_MARK.test(t.image)) return false;
      length += t.image.length;
      if (lead.length < LABEL_LEAD_LENGTH) lead += t.image;
    }
    return i > 1 && length <= 80 && !LABEL_LEAD.test(lead);
  }
  /**
   * Whether the next line is the rest of a header value a wrap cut: indented, text only, and
   * followed by a blank line or the end (a line under the header that is not its last is a row).
   */
  wrappedValueAhead() {
    const lineBreak = this.LA(0);
    const first2 = this.LA(1);
    if (!tokenMatcher(lineBreak, LineBreak) || !tokenMatcher(first2, Text) || first2.startOffset === lineBreak.startOffset + lineBreak.image.length) return false;
    if (!this.valueLineAhead()) return false;
    if (LABELLED_LINE.test(first2.image)) return false;
    let i = 2;
    while (!tokenMatcher(this.LA(i), LineBreak) && !tokenMatcher(this.LA(i), EOF)) i++;
    return tokenMatcher(this.LA(i), EOF) || tokenMatcher(this.LA(i + 1), LineBreak) || tokenMatcher(this.LA(i + 1), EOF);
  }
  /**
   * Whether a value stands below one or two blank lines, and a key below it after blank lines
   * again (or the end): the value of a key alone on the line before.
   */
  valueBelowBlankAhead() {
    let i = 1;
    while (tokenMatcher(this.LA(i), LineBreak) && i <= MAX_BLANKS_IN_ROW) i++;
    if (i === 1 || tokenMatcher(this.LA(i), LineBreak)) return false;
    if (tokenMatcher(this.LA(i), DocNumberLine)) i++;
    else if (!tokenMatcher(this.LA(i), Inline) || tokenMatcher(this.LA(i), HeaderKey)) return false;
    let length = 0;
    for (let t = this.LA(i); !tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF); t = this.LA(++i)) {
      if (!tokenMatcher(t, Inline) || tokenMatcher(t, HeaderKey) || tokenMatcher(t, Pipe) || SENTENCE_MARK.test(t.image)) return false;
      length += t.image.length;
    }
    if (length > 80) return false;
    const end = i;
    while (tokenMatcher(this.LA(i), LineBreak) && i - end <= MAX_BLANKS_IN_ROW + 1) i++;
    if (this.pairedKeys || tokenMatcher(this.LA(i), EOF)) return true;
    const key = this.LA(i);
    const after = this.LA(i + 1);
    return tokenMatcher(key, HeaderKey) && KEY_WITH_COLON.test(key.image) && (tokenMatcher(after, LineBreak) || tokenMatcher(after, EOF));
  }
  /**
   * Whether the next line is the rest of a key-alone row's value that a table cell wrapped: the
   * value line was long, this one is value-like (no key, no sentence, no colon at its end) and a key
   * starts the line after it.
   */
  wrappedCellAhead(tokens) {
    const valueLength = tokens.slice(1).reduce((n, t) => n + t.image.trim().length, 0);
    if (valueLength < WRAPPED_CELL_MIN || !this.valueLineAhead() || !this.keyAfterValueLine()) return false;
    let i = 1;
    let next = this.LA(1).image;
    while (!tokenMatcher(this.LA(i + 1), LineBreak) && !tokenMatcher(this.LA(i + 1), EOF)) next += this.LA(++i).image;
    return !KEY_WITH_COLON.test(this.LA(i).image) && next !== tokens.slice(1).map((t) => t.image).join("");
  }
  /** Whether a header row led by a bare date starts here (the date, then a header label). */
  datedHeaderAhead() {
    if (!tokenMatcher(this.LA(1), Text)) return false;
    if (LEADING_ORGAN.test(this.LA(1).image)) return tokenMatcher(this.LA(2), HeaderKey);
    if (LABEL_LEAD.test(this.LA(1).image)) {
      for (let i = 2; i <= MAX_CELLS_BEFORE_KEY; i++) {
        const t = this.LA(i);
        if (tokenMatcher(t, HeaderKey)) return true;
        if (!tokenMatcher(t, Text) || SENTENCE_MARK.test(t.image)) return false;
      }
      return false;
    }
    if (!LEADING_DATE.test(this.LA(1).image)) return false;
    for (let i = 2; i <= 4; i++) {
      const t = this.LA(i);
      if (tokenMatcher(t, HeaderKey)) return true;
      if (!tokenMatcher(t, Text)) return false;
    }
    return false;
  }
  /** Whether the next line still belongs to a topic whose open marker styles are `open`. */
  topicContinues(open) {
    const next = this.LA(1);
    if (tokenMatcher(next, LineBreak)) return true;
    if (tokenMatcher(next, Marker)) return !open.includes(next.tokenType) && next.tokenType !== this.outermost;
    if (tokenMatcher(next, HeaderKey) || tokenMatcher(next, Pipe)) return false;
    if (tokenMatcher(next, Inline)) return !this.signatureAhead();
    return false;
  }
  /** Whether the next line is a line of names (continuing a people list). */
  namesLineAhead() {
    if (this.listLineAhead()) return true;
    let i = 1;
    while (tokenMatcher(this.LA(i), LineBreak)) i++;
    return this.columnRowAhead(i);
  }
  /** {@link namesLineAhead} for a line of names (and titles) as lists write them. */
  listLineAhead() {
    let i = 1;
    let chunks = 0;
    let notes = 0;
    const before = this.lastContentToken()?.image ?? "";
    if (before.endsWith("\u3002")) return false;
    const cutTitle = !NAME_SEPARATOR_AT_END.test(before) ? before.split(NAME_SEPARATORS2).pop() ?? "" : "";
    const cutShort = cutTitle.length === 1 && before.length > 1;
    const cutLong = cutTitle.length >= 5 && NAME_CHUNK.test(cutTitle) && !TITLED_NAME.test(cutTitle);
    const organizationNames = ORGANIZATION_NAME_ITEM.test(before);
    const listOpen = NAME_SEPARATOR_AT_END.test(before);
    while (tokenMatcher(this.LA(i), LineBreak)) i++;
    const first2 = i;
    for (let t = this.LA(i); !tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF); t = this.LA(++i)) {
      if (tokenMatcher(t, Pipe)) continue;
      if (!tokenMatcher(t, Text)) return false;
      if (i === first2 && longFirstItem(t.image)) return false;
      if (i === first2 && STATEMENT_OPENS.test(t.image)) return false;
      if (i === first2 && FRAME_WORDS.test(t.image)) return false;
      if (STATEMENT_VERB.test(t.image)) return false;
      const rest = t.image.replace(UNIT_COLON, "").replace(NAME_NOTE, "").replace(DANGLING_NOTE, "").replace(FULL_STOP_AT_END, "");
      if (rest.length < t.image.length) notes++;
      const parts = rest.split(NAME_SEPARATORS2);
      const lineEnds = tokenMatcher(this.LA(i + 1), LineBreak) || tokenMatcher(this.LA(i + 1), EOF);
      if (ORGAN_NAME.test(rest) && (i === first2 ? lineEnds : true)) return false;
      const paddedNext = tokenMatcher(this.LA(i + 1), Text) && PADDED_REST.test(this.LA(i + 1).image);
      const nextItem = tokenMatcher(this.LA(i + 1), Text) ? (this.LA(i + 1).image.split(NAME_SEPARATORS2)[0] ?? "").replace(NAME_NOTE, "").replace(FULL_STOP_AT_END, "") : "";
      const nameNext = nextItem !== "" && (nextItem.length <= 4 || nextItem.length <= 16 && DOTTED_NAME.test(nextItem));
      for (let k = 0; k < parts.length; k++) {
        const part = parts[k];
        if (part === "") continue;
        if (i === first2 && k === 0 && cutTitle !== "" && part.length <= 3 && TITLE_END2.test(cutTitle + part)) continue;
        if (i === first2 && k === 0 && (cutShort || cutLong && parts.length > 1) && part.length <= 16 && !SENTENCE_MARK.test(part)) {
          chunks++;
          continue;
        }
        if (i === first2 && k === 0 && cutLong && parts.length === 1 && lineEnds && part.length <= 8 && CUT_TITLE.test(part)) {
          chunks++;
          continue;
        }
        if (lineEnds && k === parts.length - 1 && (chunks > 0 || parts[0] === "" || parts.length === 1 && i === first2 && listOpen) && CUT_TITLE.test(part)) {
          chunks++;
          continue;
        }
        if (parts[0] === "" && i === first2 && k > 0 && part.length <= 16 && CUT_TITLE.test(part)) {
          chunks++;
          continue;
        }
        if (nameNext && k === parts.length - 1 && part.length <= 16 && TITLE_ONLY.test(part)) {
          chunks++;
          continue;
        }
        if (paddedNext && k === parts.length - 1 && part.length <= 16 && TITLED_PADDED_NAME.test(part)) {
          chunks++;
          continue;
        }
        if (part.length > 4 && !/[·•‧・]/.test(part) && !(part.length <= 16 && (GROUP_IN_LIST.test(part) || TITLED_NAME.test(part) || organizationNames && ORGANIZATION_NAME.test(part)))) return false;
        if (!NAME_CHUNK.test(part)) return false;
        chunks++;
      }
    }
    return chunks > 0 || notes > 0 && OPEN_NOTE_AT_END.test(before) || i > first2 && ONLY_SEPARATORS.test(this.LA(first2).image);
  }
  /**
   * Whether the next line is the rest of a 书面通报 sentence: the line before stopped inside a
   * report's name (关于 without its 的汇报 / 的情况 yet), and the next one is plain text that ends it.
   */
  reportGoesOn() {
    const before = this.lastContentToken()?.image ?? "";
    if (SENTENCE_END_AT_END.test(before) || !tokenMatcher(this.LA(1), Text)) return false;
    let line = "";
    for (let i = 1, t = this.LA(1); tokenMatcher(t, Inline); t = this.LA(++i)) line += t.image;
    let opened = "";
    for (let i = 0; i > -40; i--) {
      const t = this.LA(i);
      if (tokenMatcher(t, WrittenReportStart)) break;
      if (!tokenMatcher(t, LineBreak)) opened = t.image + opened;
    }
    return OPEN_REPORT_NAME.test(opened) && REPORT_NAME_END.test(line);
  }
  /**
   * Whether the line at `i` is a row of a list laid out in columns, one person a line: the name,
   * then the title (司马燕　　区委副书记、代区长, 黄　丽　　副区长), or the unit, then the name
   * (区政府办公室　　　　郭　宁).
   */
  columnRowAhead(i) {
    const texts = [];
    for (let t = this.LA(i); !tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF); t = this.LA(++i)) {
      if (!tokenMatcher(t, Text) || texts.length === 4) return false;
      texts.push(t.image);
    }
    if (texts.length < 2) return false;
    const last2 = texts[texts.length - 1].replace(NAME_NOTE, "").replace(FULL_STOP_AT_END, "");
    const name = texts.slice(0, -1).join("");
    if (name.length >= 2 && name.length <= 4 && NAME_CHUNK.test(name) && texts.slice(0, -1).every((t) => t.length <= 4) && TITLE_COLUMN.test(last2)) return true;
    const person = texts.slice(1).join("").replace(FULL_STOP_AT_END, "");
    return UNIT_COLUMN.test(texts[0]) && person.length >= 2 && person.length <= 4 && NAME_CHUNK.test(person);
  }
  /** Whether the next line is a list of organs only: 市纪委监委，市中级人民法院，市人民检察院。 */
  organListAhead() {
    let line = "";
    for (let i = 1, t = this.LA(1); !tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF); t = this.LA(++i)) {
      if (!tokenMatcher(t, Text)) return false;
      line += t.image;
    }
    const items = line.replace(/[。.]$/, "").split(/[，,、；;]/);
    return items.length >= 2 && items.every((item) => ORGAN_ITEM.test(item));
  }
  /** Whether the next line continues a distribution list (the last line did not end it). */
  distributionContinues() {
    const last2 = this.lastContentToken();
    if (last2 === void 0 || /[：:]$/.test(last2.image)) return false;
    if (/[。.]$/.test(last2.image) && !this.organListAhead()) return false;
    if (!tokenMatcher(this.LA(1), Inline) || tokenMatcher(this.LA(1), HeaderKey)) return false;
    for (let i = 1, t = this.LA(1); tokenMatcher(t, Inline); t = this.LA(++i)) if (HELD_WORD2.test(t.image)) return false;
    return !this.signatureAhead();
  }
  /** The last token before the line break just consumed. */
  lastContentToken() {
    for (let i = 0; i > -4; i--) {
      const t = this.LA(i);
      if (!tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF)) return t;
    }
    return void 0;
  }
};

// src/grammar/parse-blocks.ts
var parser;
function getParser() {
  parser ??= new MinutesParser({ validate: false });
  return parser;
}
function parseBlocks(text) {
  const lexed = tokenize(text);
  const p = getParser();
  p.input = lexed.tokens;
  const blocks = p.document() ?? [];
  return {
    text,
    blocks,
    tokens: lexed.tokens,
    blanks: lexed.groups.blank ?? [],
    lexErrors: lexed.errors,
    parseErrors: p.errors
  };
}

// src/parse.ts
function parse(input, options = {}) {
  const decoded2 = typeof input === "string" ? decodeString(input) : decode(input);
  const view = readingView(decoded2.text);
  const result = parseBlocks(view.text);
  return buildModel(result, decoded2, options.file ?? null, view.offsets, view.chromeRanges);
}
function decodeString(input) {
  const bom = input.charCodeAt(0) === 65279;
  const text = bom ? input.slice(1) : input;
  return { text, encoding: "utf-8", bom, lineEnding: detectLineEnding(text) };
}

// test/helpers/corpus.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var CORPUS = (0, import_node_path.resolve)(__dirname, "../../../shared/corpus");
var HAS_CORPUS = (0, import_node_fs.existsSync)((0, import_node_path.join)(CORPUS, "docs"));
var FIXTURES = (0, import_node_path.resolve)(__dirname, "../../fixtures/docs");
function fixtureGoldFiles(dir = FIXTURES) {
  return (0, import_node_fs.readdirSync)(dir, { withFileTypes: true }).flatMap((e) => {
    const p = (0, import_node_path.join)(dir, e.name);
    if (e.isDirectory()) return fixtureGoldFiles(p);
    return e.name.endsWith(".gold.json") ? [p] : [];
  }).sort();
}
function readPath(model, path) {
  let values2 = [model];
  let list = false;
  for (const seg of path.split(".")) {
    if (seg.endsWith("[]")) {
      const key = seg.slice(0, -2);
      list = true;
      values2 = values2.flatMap((v) => {
        const inner = key ? v?.[key] : v;
        return Array.isArray(inner) ? inner : [];
      });
    } else values2 = values2.map((v) => v == null ? void 0 : v[seg]);
  }
  if (list) return values2.map((v) => v === void 0 ? null : v);
  return values2[0] === void 0 ? null : values2[0];
}
function decodeDocument(bytes2) {
  return decode(bytes2).text.replace(/\r\n?/g, "\n");
}
function goldMisses(model, gold, skip) {
  const json = JSON.parse(JSON.stringify(model));
  const out = [];
  const flagged = (json.diagnostics ?? []).some((d) => d.severity === "error" && d.code === "not-minutes");
  if (flagged !== (gold.$notMinutes === true)) out.push(`$notMinutes
    want ${gold.$notMinutes === true}
    got  ${flagged}`);
  for (const [path, want] of Object.entries(gold)) {
    if (path === "$notMinutes" || skip?.(path, want)) continue;
    const got = readPath(json, path);
    if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${path}
    want ${JSON.stringify(want)}
    got  ${JSON.stringify(got)}`);
  }
  return out;
}

// ../../tmp/explore/explore.ts
var import_node_fs3 = require("node:fs");
var lines2 = (t) => t.split(/\r\n|\r|\n/);
var REWRITES = {
  unindent: (t) => lines2(t).map((l) => l.replace(/^[ \t\u3000]+/, "")).join("\n"),
  "ascii-indent": (t) => lines2(t).map((l) => l.replace(/^[\u3000]+/, (m) => "    ".repeat(Math.ceil(m.length / 2)))).join("\n"),
  "html-p": (t) => lines2(t).map((l) => l.trim() ? `<p style="text-indent:2em">${l.trim()}</p>` : "").join("\n"),
  "html-one-line": (t) => `<div class="content">` + lines2(t).filter((l) => l.trim()).map((l) => `<p>${l.trim()}</p>`).join("") + "</div>",
  "html-p-keep": (t) => lines2(t).map((l) => l.trim() ? `<p>${l}</p>` : "").join("\n"),
  "html-one-keep": (t) => `<div class="content">` + lines2(t).filter((l) => l.trim()).map((l) => `<p>${l}</p>`).join("") + "</div>",
  "label-pad": (t) => t.replace(/^([ \t\u3000]*)(出席|列席|请假|缺席|主持|抄送|分送)([:：])/gm, (_m, a, w, c) => a + w[0] + "\u3000\u3000" + w[1] + c),
  "title-split": (t) => {
    const ls = lines2(t);
    const i = ls.findIndex((l2) => /^[\u3000 ]*[\u3400-\u9fff]{2,12}人民政府第[0-9一二三四五六七八九十]+次常务会议纪要[\u3000 ]*$/.test(l2));
    if (i < 0) return null;
    const l = ls[i];
    const k = l.indexOf("\u4EBA\u6C11\u653F\u5E9C") + 4;
    ls.splice(i, 1, l.slice(0, k), l.slice(k));
    return ls.join("\n");
  },
  "no-blank-lines": (t) => lines2(t).filter((l) => l.trim()).join("\n"),
  "fullwidth-digits": (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 65248)),
  "tab-indent": (t) => lines2(t).map((l) => l.replace(/^\u3000+/, "	")).join("\n"),
  "zwsp": (t) => t.replace(/([，。])/g, "$1\u200B"),
  "colon-spaces": (t) => t.replace(/^([\u3000 ]*(?:出席|列席|请假|缺席|主持|时间|地点|分送|抄送)[^：:\n]{0,6})([：:])/gm, "$1 $2 "),
  "hard-wrap-30": (t) => lines2(t).flatMap((l) => {
    if (l.length <= 32 || !/^\u3000\u3000[^\u3000]/.test(l)) return [l];
    const out = [];
    let cur = "";
    let cols = 0;
    for (const ch of l) {
      const w = ch.charCodeAt(0) < 11904 ? 1 : 2;
      if (cols + w > 60) {
        out.push(cur);
        cur = "";
        cols = 0;
      }
      cur += ch;
      cols += w;
    }
    if (cur) out.push(cur);
    return out;
  }).join("\n"),
  "nbsp-indent": (t) => lines2(t).map((l) => l.replace(/^[\u3000]+/, (m) => "\xA0".repeat(m.length * 2))).join("\n")
};
var only = process.argv[2];
var docs = [];
for (const f of (0, import_node_fs3.readdirSync)((0, import_node_path2.join)(CORPUS, "gold"))) {
  const name = f.replace(/\.json$/, "");
  docs.push([`corpus/${name}`, decodeDocument((0, import_node_fs2.readFileSync)((0, import_node_path2.join)(CORPUS, "docs", name + ".txt"))), JSON.parse((0, import_node_fs2.readFileSync)((0, import_node_path2.join)(CORPUS, "gold", f), "utf8"))]);
}
for (const g of fixtureGoldFiles()) {
  const txt = g.replace(/\.gold\.json$/, ".txt");
  docs.push([g.slice(FIXTURES.length + 1), decodeDocument((0, import_node_fs2.readFileSync)(txt)), JSON.parse((0, import_node_fs2.readFileSync)(g, "utf8"))]);
}
var counts = {};
var byPath = {};
for (const [name, rw] of Object.entries(REWRITES)) {
  if (only && name !== only) continue;
  let bad = 0;
  for (const [doc, text, gold] of docs) {
    const t = rw(text);
    if (t === null || t === text) continue;
    let m;
    const skip = name === "fullwidth-digits" ? (_p, want) => /[0-9]/.test(JSON.stringify(want ?? "")) && typeof want !== "number" : void 0;
    try {
      m = goldMisses(parse(t), gold, skip);
    } catch (e) {
      m = ["CRASH " + e];
    }
    if (m.length) {
      bad++;
      for (const x of m) {
        const p = x.split("\n")[0];
        byPath[name + " " + p] = (byPath[name + " " + p] ?? 0) + 1;
      }
      if (only) console.log(doc, m.map((x) => x.replace(/\n\s*/g, " | ")).join(" ;; "));
    }
  }
  counts[name] = bad;
}
console.log(docs.length, "docs", counts);
for (const [k, v] of Object.entries(byPath).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v, k);
/*! Bundled license information:

lodash-es/lodash.js:
  (**
   * @license
   * Lodash (Custom Build) <https://lodash.com/>
   * Build: `lodash modularize exports="es" -o ./`
   * Copyright OpenJS Foundation and other contributors <https://openjsf.org/>
   * Released under MIT license <https://lodash.com/license>
   * Based on Underscore.js 1.8.3 <http://underscorejs.org/LICENSE>
   * Copyright Jeremy Ashkenas, DocumentCloud and Investigative Reporters & Editors
   *)
*/
