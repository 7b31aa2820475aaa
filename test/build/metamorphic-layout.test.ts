// Deeper metamorphic tests (see metamorphic.test.ts for the simple ones: line ends, BOM, GB18030,
// padding, chrome, ASCII punctuation, spacing, list separators). Each rewrite below changes the
// layout or the script of a document, not what it says, and is applied to the shared corpus
// (../shared/corpus, gold/NAME.json) and to fixtures/docs/**/NAME.txt + NAME.gold.json. Every gold
// path must still hold, compared as ../shared/tools/score.mjs compares: JSON equality per path;
// `$notMinutes` ↔ an `error` diagnostic `not-minutes`.
//
// A rewrite is only generated for a document where it applies and changes the text (one `it` per
// rewrite and document). Why each one keeps the meaning under ../shared/contract.md:
//
// - date-style: a full date (年/月/日) of the opening or the 落款, i.e. one whose ISO value is the
//   gold meeting.date.iso or issueDate.iso, is written in the other style: Arabic 2022年11月28日 ↔
//   二〇二二年十一月二十八日. Same date, so every ISO value stays. A text value that contains the
//   rewritten date string would change ("as written") and is not checked.
// - header-pipe / header-kv / header-blanks: the 政府信息公开 header block (its labels and values,
//   in order, label text as written) is rewritten as a pipe table (`索 引 号: | … | 成文日期: | … |`),
//   as one `label：value` line per field, or as one line with blanks (`索引号 … 成文日期 …`; the
//   label's inner padding is dropped there, since `索 引 号 330502/…` would read as words). The
//   blank style is ambiguous when a value holds blanks (hanshui's 主题词), so it is not generated
//   for such headers.
// - topics-paren / topics-arabic: where the body's only line-start numbering is 一、…N、 (N = the
//   gold topic count) the outermost level is renumbered （一） or 1.; the contract reads the
//   outermost level whatever its style; headings are unchanged. Not for documents with any other
//   numbering (（一） （1） 1. ① at a line start, or （一）/（1） inline), and not 1. when a heading
//   starts with a digit (1.2023年… would read as a number).
// - name-pad / name-unpad: in the labelled 请假 / 列席 lists, every two-character gold name is
//   padded with U+3000 (陈杰 → 陈　杰), or its existing padding is removed; padding is layout and
//   the contract removes it from values.
// - traditional: a small Simplified → Traditional map of the characters of the keywords (会議区长
//   请参应纪发务开员县镇办号书报题届关于…) is applied to the whole text. Values are as written (no
//   conversion of Traditional to Simplified), so a text path whose gold value holds a mapped
//   character would legitimately change: only the paths whose gold values hold none of them are
//   checked, plus numbers, ISO dates, nulls and `$notMinutes`.
// - traditional-pinyin: the same, with mirror-site pinyin annotations after 區 長 會 議 發 務
//   (`區(qū)`); the contract removes them from values, so the expectations are those of traditional.
// - no-blank-lines: every blank line removed; nbsp-indent: U+3000 indents written as two
//   U+00A0 each; tab-indent: as one tab. Layout only: a blank line or an indent's code point says nothing the contract reads.
// - html-lines / html-one-line: each line put in a `<p>` element, one per line or the whole page on
//   one line (documents without markup only). Tags are no text under the contract.
// - wrap: the 分送 / 抄送 and 列席 lines are hard-wrapped at a fixed width (12 characters), splitting
//   words and names; the contract joins a word split by a line wrap. Only for lists whose entries
//   are separated by punctuation (、，,): in a blank-separated list a line end is a separator, so a
//   wrap inside a name there would change the list.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "../../src/parse.js";
import { CORPUS, FIXTURES, HAS_CORPUS, corpusDocs, decodeDocument, fixtureGoldFiles, goldMisses } from "../helpers/corpus.js";

type Gold = Record<string, unknown>;
type Doc = { name: string; text: string; gold: Gold };
/** The rewritten text and the gold it must give, or null when the rewrite does not apply. */
type Rewrite = (doc: Doc) => { text: string; gold: Gold } | null;

// ---------------------------------------------------------------- documents



function loadDocs(): Doc[] {
  const docs: Doc[] = corpusDocs().map(([name, bytes]) => ({
    name: `corpus/${name}`,
    text: decodeDocument(bytes),
    gold: JSON.parse(readFileSync(join(CORPUS, "gold", `${name}.json`), "utf8")) as Gold,
  }));
  for (const goldPath of fixtureGoldFiles()) {
    docs.push({
      name: `fixtures/${relative(FIXTURES, goldPath).replace(/\.gold\.json$/, "")}`,
      text: decodeDocument(new Uint8Array(readFileSync(goldPath.replace(/\.gold\.json$/, ".txt")))),
      gold: JSON.parse(readFileSync(goldPath, "utf8")) as Gold,
    });
  }
  return docs;
}

// ---------------------------------------------------------------- helpers

const lines = (text: string) => text.split("\n");
const len = (s: string) => Array.from(s).length;
const BLANK = "[ \\t\\u3000]";

/** The gold without the paths `drop` selects (the rewrite legitimately changes them). */
function without(gold: Gold, drop: (path: string, want: unknown) => boolean): Gold {
  return Object.fromEntries(Object.entries(gold).filter(([p, w]) => p === "$notMinutes" || !drop(p, w)));
}

const CN_DIGIT = "〇一二三四五六七八九";

/** 1..99 → 一 … 九十九. */
function cnNumber(n: number): string {
  if (n < 10) return CN_DIGIT[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? "" : CN_DIGIT[tens]!) + "十" + (ones ? CN_DIGIT[ones]! : "");
}

/** 一 … 九十九 → 1..99. */
function cnValue(s: string): number {
  const d = (c: string) => (/[〇○零]/.test(c) ? 0 : "一二三四五六七八九".indexOf(c) + 1);
  const at = s.indexOf("十");
  if (at === -1) return d(s);
  const tens = at === 0 ? 1 : d(s[0]!);
  const ones = at === s.length - 1 ? 0 : d(s[at + 1]!);
  return tens * 10 + ones;
}

// ---------------------------------------------------------------- 1. date styles

const ARABIC_DATE = /(\d{4})[ \u3000]*年[ \u3000]*(\d{1,2})[ \u3000]*月[ \u3000]*(\d{1,2})[ \u3000]*日/g;
const CN_DATE = /([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g;
const pad2 = (n: number) => String(n).padStart(2, "0");

const dateStyle: Rewrite = ({ text, gold }) => {
  const targets = new Set([gold["meeting.date.iso"], gold["issueDate.iso"]].filter((v): v is string => typeof v === "string"));
  if (targets.size === 0) return null;
  const rewritten: string[] = [];
  let out = text.replace(ARABIC_DATE, (m, y: string, mo: string, d: string) => {
    if (!targets.has(`${y}-${pad2(+mo)}-${pad2(+d)}`)) return m;
    rewritten.push(m);
    return `${Array.from(y, (c) => CN_DIGIT[+c]).join("")}年${cnNumber(+mo)}月${cnNumber(+d)}日`;
  });
  out = out.replace(CN_DATE, (m, y: string, mo: string, d: string) => {
    const year = Array.from(y, (c) => (/[〇○零]/.test(c) ? "0" : String("一二三四五六七八九".indexOf(c) + 1))).join("");
    if (!targets.has(`${year}-${pad2(cnValue(mo))}-${pad2(cnValue(d))}`)) return m;
    rewritten.push(m);
    return `${year}年${cnValue(mo)}月${cnValue(d)}日`;
  });
  if (rewritten.length === 0) return null;
  // A text value holding the rewritten date string is "as written": it changes with it.
  return { text: out, gold: without(gold, (_p, w) => typeof w !== "number" && rewritten.some((r) => JSON.stringify(w).includes(r))) };
};

// ---------------------------------------------------------------- 2. header styles

const HEADER_LABELS = [
  "信息索引号", "索引号", "信息名称", "文件名称", "名称", "成文日期", "生成日期", "产生日期", "发布日期", "公开日期",
  "发文日期", "文件编号", "文号", "发布机构", "发布部门", "公开方式", "公开时限", "公开范围", "组配分类", "主题分类",
  "主题词", "关键词", "关键字", "阅读次数", "有效性", "公开形式",
];
const LABEL_RE = HEADER_LABELS.map((l) => Array.from(l).join(`${BLANK}*`)).join("|");
/** A label at the start of a line or after a blank, with its colon or followed by a blank. */
const KV_LABEL = new RegExp(`(?<=^|${BLANK})(${LABEL_RE})(?:${BLANK}*[：:]|(?=${BLANK}|$))`, "g");
const PIPE_LABEL = new RegExp(`^(${LABEL_RE})${BLANK}*[：:]?$`);

type Field = { label: string; value: string };
/** An indented short line with no colon: the rest of a header value a wrap put on a line of its own. */
const VALUE_REST = /^[ \t\u3000\u00a0]+[^ \t\u3000\u00a0:：|]{1,24}$/;

/** The fields of one header line, or null when the line is not wholly a header row. */
function headerLine(line: string): Field[] | null {
  const t = line.trim();
  if (t === "") return null;
  if (t.includes("|")) {
    const cells = t.replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
    // (A row of column heads over a row of values, | 索引号 | 发布机构 | 成文日期 |, holds no pairs.)
    // (Nor one where a label stands where a value would: | 公开方式 | 公开时限 | 主题分类 | 体裁分类 | 有效性 |.)
    if (cells.length >= 3 && (cells.every((c) => PIPE_LABEL.test(c)) || cells.some((c, i) => i % 2 === 1 && PIPE_LABEL.test(c)))) return null;
    const fields: Field[] = [];
    for (let i = 0; i < cells.length; i += 2) {
      const m = PIPE_LABEL.exec(cells[i]!);
      if (!m) return null;
      fields.push({ label: m[1]!, value: cells[i + 1] ?? "" });
    }
    return fields;
  }
  // (Nor does a row of column heads set apart by tabs or wide blanks over a row of values: 索引号<TAB>主题分类<TAB>….)
  const cells = t.split(/\t[ \t\u3000]*|[ \u3000]{2,}/);
  if (cells.length >= 3 && cells.filter((c) => PIPE_LABEL.test(c)).length >= 2 && cells.every((c) => /^[\u3400-\u9fff：:]{2,8}$/.test(c))) return null;
  const found = [...t.matchAll(KV_LABEL)];
  if (found.length === 0 || found[0]!.index !== 0) return null;
  const fields = found.map((m, i) => ({
    label: m[1]!,
    value: t.slice(m.index + m[0].length, i + 1 < found.length ? found[i + 1]!.index : t.length).trim(),
  }));
  // A value with a colon or a 【…】 button holds an unknown label: 发布日期：… 来源：… is page chrome.
  return fields.some((f) => /[：:【]/.test(f.value)) ? null : fields;
}

/** The first header block (≥ 3 fields) within the first 15 lines: [first line, end line, fields]. */
function headerBlock(text: string): [number, number, Field[]] | null {
  const all = lines(text);
  for (let i = 0; i < Math.min(all.length, 15); i++) {
    let j = i;
    const fields: Field[] = [];
    for (let f; j < all.length; j++) {
      f = headerLine(all[j]!);
      // (A value's rest on an indented line of its own, a header row after it, is that value's:
      // 发布机构：柘湾区人民政府⏎　　　　　办公室⏎发文日期：….)
      if (f === null && fields.length > 0 && VALUE_REST.test(all[j]!) && j + 1 < all.length && headerLine(all[j + 1]!) !== null) {
        const last = fields[fields.length - 1]!;
        last.value += all[j]!.trim();
        continue;
      }
      if (f === null) break;
      fields.push(...f);
    }
    if (fields.length >= 3) return [i, j, fields];
  }
  return null;
}

const COLON = "："; // the header's colon style is kept when it is ASCII (see below)

function headerRewrite(style: "pipe" | "kv" | "blanks"): Rewrite {
  return ({ text, gold }) => {
    const block = headerBlock(text);
    if (!block) return null;
    const [from, to, fields] = block;
    const all = lines(text);
    const colon = all.slice(from, to).some((l) => l.includes(":")) ? ":" : COLON;
    let rows: string[];
    if (style === "pipe") {
      rows = [];
      for (let i = 0; i < fields.length; i += 2) {
        rows.push(fields.slice(i, i + 2).map((f) => `${f.label}${colon} | ${f.value} |`).join(" "));
      }
    } else if (style === "kv") {
      rows = fields.map((f) => `${f.label}${colon}${f.value}`);
    } else {
      // One line with blanks is ambiguous when a value holds a blank.
      if (fields.some((f) => /[ \t\u3000]/.test(f.value))) return null;
      rows = [fields.map((f) => `${f.label.replace(/[ \t\u3000]/g, "")} ${f.value}`.trimEnd()).join(" ")];
    }
    const out = [...all.slice(0, from), ...rows, ...all.slice(to)].join("\n");
    return out === text ? null : { text: out, gold };
  };
}

// ---------------------------------------------------------------- 3. topic markers

const CN_MARKER = /^([ \t\u3000]*)([一二三四五六七八九十]+)、/;
const OTHER_LEVELS = [
  /^[ \t\u3000]*[（(][ \t\u3000]*[一二三四五六七八九十\d]+[ \t\u3000]*[）)]/m,
  /^[ \t\u3000]*[\d０-９]+[.．、](?![\d０-９])/m,
  /^[ \t\u3000]*[①-⑳]/m,
  /[（(][一二三四五六七八九十]{1,3}[）)]/,
  /[（(][1-9]\d?[）)]/,
];

function topicRewrite(style: "paren" | "arabic"): Rewrite {
  return ({ text, gold }) => {
    const headings = gold["topics[].heading"];
    if (!Array.isArray(headings) || headings.length === 0) return null;
    if (OTHER_LEVELS.some((re) => re.test(text))) return null;
    const all = lines(text);
    const at = all.flatMap((l, i) => (CN_MARKER.test(l) ? [i] : []));
    if (at.length !== headings.length) return null;
    if (at.some((i, k) => cnValue(CN_MARKER.exec(all[i]!)![2]!) !== k + 1)) return null;
    if (style === "arabic" && headings.some((h) => typeof h === "string" && /^[\d０-９]/.test(h))) return null;
    for (const i of at) {
      all[i] = all[i]!.replace(CN_MARKER, (_m, indent: string, n: string) =>
        style === "paren" ? `${indent}（${n}）` : `${indent}${cnValue(n)}.`,
      );
    }
    return { text: all.join("\n"), gold };
  };
}

// ---------------------------------------------------------------- 4. name padding

/** 请假 / 列席 label lines and the lines that continue them. */
const NAME_LABEL = /^[ \t\u3000]*(?:请[ \t\u3000]*假(?:人员)?|因公缺席|列[ \t\u3000]*席(?:人员)?)[：:]/;
const ANY_LABEL = /^[ \t\u3000]*(?:请[ \t\u3000]*假|因公缺席|缺[ \t\u3000]*席|列[ \t\u3000]*席|(?:应邀|特邀)|出[ \t\u3000]*席|参加人员|分[ \t\u3000]*送|抄[ \t\u3000]*送)/;

/** Line indexes of the lists opened by `label`, each as [line, offset after the label's colon]. */
function listLines(text: string, label: RegExp): [number, number][] {
  const all = lines(text);
  const out: [number, number][] = [];
  for (let i = 0; i < all.length; i++) {
    const m = label.exec(all[i]!);
    if (!m) continue;
    out.push([i, m[0].length]);
    for (let j = i + 1; j < all.length; j++) {
      const prev = all[j - 1]!.trim();
      const line = all[j]!;
      if (line.trim() === "" || /[。.]$/.test(prev) || ANY_LABEL.test(line)) break;
      out.push([j, 0]);
      i = j;
    }
  }
  return out;
}

const SEP = `[、，,；;：:\\s\\u3000]`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function namePadding(mode: "pad" | "unpad"): Rewrite {
  return ({ text, gold }) => {
    const names = [
      ...((gold["meeting.absentees[].name"] as string[] | undefined) ?? []),
      ...((gold["meeting.observers[].name"] as string[] | undefined) ?? []),
    ].filter((n) => typeof n === "string" && len(n) === 2);
    if (names.length === 0) return null;
    const all = lines(text);
    for (const [i, start] of listLines(text, NAME_LABEL)) {
      let rest = all[i]!.slice(start);
      for (const name of new Set(names)) {
        const [a, b] = Array.from(name) as [string, string];
        const re =
          mode === "pad"
            ? new RegExp(`(?<=^|${SEP})${esc(a)}${esc(b)}(?=${SEP}|[（(]|$)`, "g")
            : new RegExp(`(?<=^|${SEP})${esc(a)}[ \\t\\u3000]+${esc(b)}(?=${SEP}|[（(]|$)`, "g");
        rest = rest.replace(re, mode === "pad" ? `${a}\u3000${b}` : name);
      }
      all[i] = all[i]!.slice(0, start) + rest;
    }
    const out = all.join("\n");
    return out === text ? null : { text: out, gold };
  };
}

// ---------------------------------------------------------------- 5 / 6. Traditional mirror

/** Simplified → Traditional for the characters of the keywords (会议 区长 请假 参加 应邀 纪要 …). */
const TRADITIONAL: Record<string, string> = {
  会: "會", 议: "議", 区: "區", 长: "長", 请: "請", 参: "參", 应: "應", 纪: "紀", 发: "發", 务: "務",
  开: "開", 员: "員", 县: "縣", 镇: "鎮", 办: "辦", 号: "號", 书: "書", 报: "報", 题: "題", 届: "屆",
  关: "關", 汇: "匯", 审: "審", 听: "聽", 传: "傳", 达: "達", 习: "習", 时: "時", 间: "間",
};
const MAPPED = new RegExp(`[${Object.keys(TRADITIONAL).join("")}]`);
const PINYIN: Record<string, string> = { 區: "qū", 長: "zhǎng", 會: "huì", 議: "yì", 發: "fā", 務: "wù" };

function toTraditional(text: string): string {
  // 于 is 於 only in 关于 (as a surname or in 对于… it is not a keyword); the rest char by char.
  return text.replace(/关于/g, "關於").replace(/[^\n]/g, (c) => TRADITIONAL[c] ?? c);
}

/** Text paths whose gold values hold a mapped character change; numbers, ISO dates, nulls do not. */
const traditionalGold = (gold: Gold) => without(gold, (_p, w) => typeof w !== "number" && MAPPED.test(JSON.stringify(w)));

const traditional: Rewrite = ({ text, gold }) => {
  const out = toTraditional(text);
  return out === text ? null : { text: out, gold: traditionalGold(gold) };
};

const traditionalPinyin: Rewrite = ({ text, gold }) => {
  const out = toTraditional(text).replace(/[區長會議發務]/g, (c) => `${c}(${PINYIN[c]})`);
  return out === text ? null : { text: out, gold: traditionalGold(gold) };
};

// ---------------------------------------------------------------- 7. wrapping

const WRAP_WIDTH = 12;
const DIST_LABEL = /^[ \t\u3000]*(?:分[ \t\u3000]*送|抄[ \t\u3000]*送)[：:]/;
const OBS_LABEL = /^[ \t\u3000]*列[ \t\u3000]*席(?:人员)?[：:]/;

function wrapLine(line: string): string {
  const cs = Array.from(line);
  const out: string[] = [];
  for (let i = 0; i < cs.length; i += WRAP_WIDTH) out.push(cs.slice(i, i + WRAP_WIDTH).join(""));
  return out.join("\n");
}

const wrap: Rewrite = ({ text, gold }) => {
  const all = lines(text);
  let changed = false;
  for (const [label, path] of [
    [DIST_LABEL, "distribution[]"],
    [OBS_LABEL, "meeting.observers[].name"],
  ] as const) {
    const want = gold[path];
    if (!Array.isArray(want) || want.length < 2) continue;
    // The label line, and the lines after it while a line ends with a separator (a list line
    // without one may be followed by the 落款, which must not be wrapped).
    const region = listLines(text, label).filter(([i, s]) => s > 0 || /[、，,][ \t\u3000]*$/.test(all[i - 1]!));
    const body = region.map(([i, s]) => all[i]!.slice(s)).join("\n");
    // Punctuation-separated lists only; and nothing after the list's closing 。 on its lines.
    if ((body.match(/[、，,]/g) ?? []).length < want.length - 1) continue;
    if (/。[^\n]*\S/.test(body.replace(/。[ \t\u3000|]*$/gm, ""))) continue;
    // (Nor lists that set names apart by blanks, 苏  和  王建军: a wrap inside 王建⏎军 there may part two names.)
    if (/[\u3400-\u9fff][ \t\u3000]{2,}[\u3400-\u9fff]/.test(body)) continue;
    // (Nor lists holding HTML entities or pinyin annotations: a wrap inside &nbsp; or (qū) would change the text.)
    if (body.includes("&") || /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]/.test(body)) continue;
    for (const [i] of region) {
      if (len(all[i]!) > WRAP_WIDTH) {
        all[i] = wrapLine(all[i]!);
        changed = true;
      }
    }
  }
  return changed ? { text: all.join("\n"), gold } : null;
};

// ---------------------------------------------------------------- blank lines and indents

/** Every blank line removed: many scraped pages have none between paragraphs. */
const noBlankLines: Rewrite = ({ text, gold }) => {
  const out = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "").join("\n");
  return out === text ? null : { text: out, gold };
};

/** Indents of U+3000 written as no-break spaces (a page's &nbsp; indent copied as text), two per U+3000. */
const nbspIndent: Rewrite = ({ text, gold }) => {
  const out = text.replace(/^\u3000+/gm, (m) => "\u00a0".repeat(2 * m.length));
  return out === text ? null : { text: out, gold };
};

/** Indents of U+3000 written as one tab, as a word processor's text export does. */
const tabIndent: Rewrite = ({ text, gold }) => {
  const out = text.replace(/^\u3000+/gm, "\t");
  return out === text ? null : { text: out, gold };
};

/** Every line in a `<p>` element, as a page's editor writes it (blank lines dropped). */
const htmlLines: Rewrite = ({ text, gold }) => {
  if (/<[a-z/!]/i.test(text)) return null;
  return { text: text.split(/\r\n|\r|\n/).map((l) => (l.trim() ? `<p>${l}</p>` : "")).join("\n"), gold };
};

/** The page scraped onto one line of HTML: `<div><p>…</p><p>…</p></div>`. */
const htmlOneLine: Rewrite = ({ text, gold }) => {
  if (/<[a-z/!]/i.test(text)) return null;
  const paragraphs = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "");
  return { text: `<div class="article">${paragraphs.map((l) => `<p>${l}</p>`).join("")}</div>`, gold };
};

// ---------------------------------------------------------------- checking

const REWRITES: [string, Rewrite][] = [
  ["date-style", dateStyle],
  ["header-pipe", headerRewrite("pipe")],
  ["header-kv", headerRewrite("kv")],
  ["header-blanks", headerRewrite("blanks")],
  ["topics-paren", topicRewrite("paren")],
  ["topics-arabic", topicRewrite("arabic")],
  ["name-pad", namePadding("pad")],
  ["name-unpad", namePadding("unpad")],
  ["traditional", traditional],
  ["traditional-pinyin", traditionalPinyin],
  ["wrap", wrap],
  ["no-blank-lines", noBlankLines],
  ["nbsp-indent", nbspIndent],
  ["tab-indent", tabIndent],
  ["html-lines", htmlLines],
  ["html-one-line", htmlOneLine],
];

function misses(input: string, gold: Gold): string[] {
  return goldMisses(parse(input), gold);
}

describe.skipIf(!HAS_CORPUS)("deeper meaning-preserving rewrites (corpus and fixtures)", () => {
  const docs = loadDocs();

  it("the helpers read dates, numerals and headers as intended", () => {
    expect([1, 10, 11, 20, 28, 31].map(cnNumber)).toEqual(["一", "十", "十一", "二十", "二十八", "三十一"]);
    expect(["一", "十", "十一", "二十", "二十八", "三十一"].map(cnValue)).toEqual([1, 10, 11, 20, 28, 31]);
    const seed = docs.find((d) => d.name === "corpus/wuxing-2022-13");
    if (seed) {
      expect(headerBlock(seed.text)?.[2].map((f) => f.label)).toEqual(["索 引 号", "成文日期", "公开方式", "公开时限", "文件编号", "发布机构"]);
      expect(dateStyle(seed)!.text).toContain("吴兴区人民政府办公室 2022年12月5日");
    }
  });

  for (const [name, rewrite] of REWRITES) {
    describe(name, () => {
      for (const d of docs) {
        const r = rewrite(d);
        if (!r) continue;
        it(d.name, () => {
          const m = misses(r.text, r.gold);
          expect(m, `${name} / ${d.name}:\n  ${m.join("\n  ")}`).toEqual([]);
        });
      }
    });
  }
});
