// Hostile and pathological inputs. Real users run the parser over folders of thousands of scraped
// pages, so on any input parse() must: not throw (bytes that are not text excepted: DecodeError);
// give a model the zod schema accepts; keep every non-blank character inside some outline entry
// ("nothing is lost"); and take time roughly linear in the input's size.
//
// Time is never compared with an absolute threshold: each input family is parsed at sizes
// n, 4n, 16n, … and each step must take less than SCALING_FACTOR times the step before (a linear
// parser takes ~4×; a quadratic one 16×, a cubic one 64×). A floor on the smaller time keeps
// timer noise and garbage collection of tiny runs from failing the check.
//
// Every input is generated deterministically (no randomness; a seeded PRNG where variety helps).
// HOSTILE_LOG=1 prints the time of every step of every ladder.
import { describe, expect, it } from "vitest";
import { DecodeError, Minutes, decode, parse } from "../../src/index.js";
import type { Position } from "../../src/index.js";

// ─── invariants ──────────────────────────────────────────────────────────────────────────

/** Blanks need not be covered: whitespace, U+3000, NBSP, BOM (and `&nbsp;` entities, below). */
const BLANK = /[\s\u3000\u00a0\ufeff]/;

/** The text parse() reads: a string without its BOM, or the bytes decoded as parse() decodes them. */
function decodedText(input: string | Uint8Array): string {
  if (typeof input !== "string") return decode(input).text;
  return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
}

/** Non-blank characters of `text` that no outline entry covers, as `offset:U+XXXX` (first few). */
function lostCharacters(text: string, model: Minutes): string[] {
  const covered = new Uint8Array(text.length);
  for (const m of text.matchAll(/&nbsp;/g)) covered.fill(1, m.index, m.index + 6);
  for (const entry of model.outline) {
    if (entry.position) covered.fill(1, entry.position.start.offset, entry.position.end.offset);
  }
  const lost: string[] = [];
  for (let i = 0; i < text.length && lost.length < 5; i++) {
    if (!covered[i] && !BLANK.test(text[i]!)) lost.push(`${i}:U+${text.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0")}`);
  }
  return lost;
}

/** Positions that do not lie inside the text or run backwards (first few), as `path`. */
function badPositions(value: unknown, length: number, path = "$", out: string[] = []): string[] {
  if (out.length >= 5 || value === null || typeof value !== "object") return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => badPositions(v, length, `${path}[${i}]`, out));
    return out;
  }
  for (const [key, v] of Object.entries(value)) {
    if (key === "position" && v) {
      const p = v as Position;
      if (!(p.start.offset <= p.end.offset && p.end.offset <= length)) out.push(`${path}.position ${p.start.offset}-${p.end.offset} of ${length}`);
    } else badPositions(v, length, `${path}.${key}`, out);
  }
  return out;
}

/** The invariants every model must meet. */
function expectSound(input: string | Uint8Array, model: Minutes, name: string): void {
  const valid = Minutes.safeParse(model);
  expect(valid.success, `${name}: schema: ${valid.success ? "" : valid.error.message.slice(0, 500)}`).toBe(true);
  const text = decodedText(input);
  expect(model.source.length, `${name}: source.length`).toBe(text.length);
  expect(badPositions(model, text.length), `${name}: positions`).toEqual([]);
  expect(lostCharacters(text, model), `${name}: characters outside the outline`).toEqual([]);
}

/** Parses `input` (which must not throw) and checks the model. */
function check(input: string | Uint8Array, name: string): Minutes {
  let model: Minutes | undefined;
  expect(() => {
    model = parse(input);
  }, name).not.toThrow();
  expectSound(input, model!, name);
  return model!;
}

// ─── scaling ─────────────────────────────────────────────────────────────────────────────

/** The 4n run must take less than this many times the n run (linear: ~4, quadratic: 16). */
const SCALING_FACTOR = 10;
/** Smaller times are raised to this before comparing, so that noise on tiny runs cannot fail. */
const FLOOR_MS = 40;

function timed(input: string | Uint8Array): { ms: number; model: Minutes } {
  const t = performance.now();
  const model = parse(input);
  return { ms: performance.now() - t, model };
}

/** The best of two runs when a run is short (noise), else one run. */
function bestTime(input: string | Uint8Array): { ms: number; model: Minutes } {
  const first = timed(input);
  if (first.ms > 4 * FLOOR_MS) return first;
  const second = timed(input);
  return second.ms < first.ms ? second : first;
}

/**
 * Parses `make(size)` for size = full/4^(steps), …, full/4, full; each step must scale by less
 * than SCALING_FACTOR. Checks the invariants on the full-size model and returns it. The ladder
 * stops at the first step that fails, so a blow-up costs about one step, not the full size.
 */
function expectLinear(name: string, make: (size: number) => string | Uint8Array, full: number, steps = 3): Minutes {
  const sizes: number[] = [];
  for (let k = steps; k >= 0; k--) sizes.push(Math.max(1, Math.round(full / 4 ** k)));
  parse(make(sizes[0]!)); // warm-up: JIT and regex compilation
  let previous = bestTime(make(sizes[0]!)).ms;
  let model: Minutes | undefined;
  let input: string | Uint8Array = "";
  for (const size of sizes.slice(1)) {
    input = make(size);
    let run = bestTime(input);
    let limit = SCALING_FACTOR * Math.max(previous, FLOOR_MS);
    if (run.ms >= limit && run.ms < 2.5 * limit && run.ms < 1000) {
      // Near the limit: a pause of the machine may be to blame. Time both sizes once more.
      previous = Math.min(previous, bestTime(make(size / 4)).ms);
      const again = bestTime(input);
      if (again.ms < run.ms) run = again;
      limit = SCALING_FACTOR * Math.max(previous, FLOOR_MS);
    }
    model = run.model;
    if (process.env.HOSTILE_LOG) console.log(`${name}: ${size} ${run.ms.toFixed(1)} ms (previous ${previous.toFixed(1)})`);
    expect(run.ms, `${name}: size ${size / 4} took ${previous.toFixed(1)} ms, size ${size} took ${run.ms.toFixed(1)} ms`).toBeLessThan(limit);
    previous = run.ms;
  }
  expectSound(input, model!, name);
  return model!;
}

// ─── generators ──────────────────────────────────────────────────────────────────────────

const CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
/** 1..99 in Chinese numerals (十一, 九十九), as topic markers write them. */
function cn(n: number): string {
  const k = ((n - 1) % 99) + 1;
  const tens = Math.floor(k / 10);
  return (tens === 0 ? "" : tens === 1 ? "十" : `${CN[tens]}十`) + CN[k % 10];
}

/** A small deterministic PRNG (mulberry32), for pseudo-random but reproducible text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建国文辉力斌宇浩凯鹏飞云峰亮新春晓";

/** `count` distinct-looking two- or three-character names. */
function names(count: number, seed = 1): string[] {
  const rand = prng(seed);
  const pick = (s: string): string => s[Math.floor(rand() * s.length)]!;
  return Array.from({ length: count }, () => pick(SURNAMES) + pick(GIVEN) + (rand() < 0.6 ? pick(GIVEN) : ""));
}

/** `count` distinct three-character names, in a fixed order. */
function distinctNames(count: number): string[] {
  const a = SURNAMES.length;
  const b = GIVEN.length;
  return Array.from({ length: count }, (_, i) => SURNAMES[i % a]! + GIVEN[Math.floor(i / a) % b]! + GIVEN[Math.floor(i / a / b) % b]!);
}

/** `count` characters of Han text (common characters, no punctuation). */
function hanText(count: number, seed = 2): string {
  const rand = prng(seed);
  const pool = "区政府常务会议研究部署经济社会发展工作听取审议同意通过要求各部门认真落实推进项目建设" + SURNAMES + GIVEN;
  let s = "";
  for (let i = 0; i < count; i++) s += pool[Math.floor(rand() * pool.length)]!;
  return s;
}

const TITLE = "吴兴区人民政府第13次常务会议纪要";
const OPENING = "2022年12月5日上午，区长张三在区行政中心815会议室主持召开区政府第13次常务会议。";
/** A small well-formed document, the frame that hostile content is put into. */
const DOC = [
  TITLE,
  "〔2022〕15号",
  OPENING,
  "会议听取了区财政局关于2023年预算编制工作的汇报。现将会议议定事项纪要如下：",
  "一、关于2023年预算编制工作",
  "会议原则同意区财政局提出的2023年预算编制方案，请按会议意见修改完善后提交区委常委会研究。",
  "会议要求：一要加强统筹；二要严格执行。",
  "会议书面通报了区统计局关于前三季度经济运行情况的汇报。",
  "出席：张三 李四 王五",
  "列席：赵六 孙七",
  "分送：区委各部门，区人大办公室，区政协办公室。",
  "吴兴区人民政府办公室",
  "2022年12月6日印发",
].join("\n");

/** The frame with `slot` put into each kind of line (title, opening, agenda, topic, lists). */
function everywhere(slot: string): string {
  return [
    `${slot}常务会议纪要`,
    `2022年12月5日上午，${slot}区长张三在区行政中心会议室主持召开区政府第13次常务会议${slot}。`,
    `会议听取了区财政局${slot}关于${slot}的汇报。`,
    `一、关于${slot}`,
    `会议原则同意${slot}提出的${slot}，提交区委常委会研究。`,
    `会议书面通报了${slot}关于${slot}的情况汇报。`,
    `列席：${slot}`,
    `分送：${slot}`,
  ].join("\n");
}

/** `word` repeated to about `chars` characters. */
const repeat = (word: string, chars: number): string => word.repeat(Math.max(1, Math.ceil(chars / word.length)));

// ─── degenerate documents ────────────────────────────────────────────────────────────────

describe("degenerate documents", () => {
  const cases: [string, string][] = [
    ["empty string", ""],
    ["a BOM only", "\ufeff"],
    ["blanks only", " \t\u3000\u00a0&nbsp;  \u3000\u3000"],
    ["LF only", "\n".repeat(50)],
    ["CR only", "\r".repeat(50)],
    ["CRLF only", "\r\n".repeat(50)],
    ["mixed line breaks", "\r\n\n\r\r\n\r\r\n\n\n\r"],
    ["blank lines of blanks", " \r\n\u3000\n\t\r&nbsp;\n"],
    ["a single Han character", "会"],
    ["a single ASCII character", "x"],
    ["a single line break", "\n"],
    ["a single full stop", "。"],
    ["a single pipe", "|"],
    ["a single surrogate pair", "𠀀"],
    ["a lone high surrogate", "\ud800"],
    ["a lone low surrogate", "\udc00"],
    ["a single NUL", "\u0000"],
    ["only chrome lines", "扫码关注\n打印本页\n关闭窗口\n首页 > 政务公开 > 常务会议\n【字体：大 中 小】\n分享到：\n吴兴区人民政府门户网站"],
    ["only a header row", "索 引 号: | 330502/2022-15627 | 成文日期: | 2022-12-06 |"],
    ["only a header key", "文号："],
    ["only a marker 一、", "一、"],
    ["only a marker （一）", "（一）"],
    ["only a marker 1.", "1."],
    ["only a people label", "列席："],
    ["only a distribution label", "分送："],
    ["only a 书面通报 start", "会议书面通报"],
    ["only a document number", "〔2022〕15号"],
    ["only a date", "2022年12月6日"],
    ["only a 印发 line", "2022年12月6日印发"],
    ["only a title", TITLE],
    ["only an opening", OPENING],
    ["a marker after a CR", "\r一、"],
    ["markers only", "一、\n（一）\n1.\n（1）\n二、\n(二)\n2、\n(2)"],
    ["labels only", "出席：\n列席：\n请假：\n应邀列席的区人大代表：\n分送：\n抄送："],
    ["a 落款 without an organ", "\n\n二○二二年十二月五日\n"],
    ["the frame document", DOC],
  ];
  it.each(cases)("%s", (name, input) => {
    check(input, name);
    // With a UTF-8 BOM and as bytes, too.
    check(`\ufeff${input}`, `${name} (BOM)`);
    // As UTF-8 bytes (a NUL byte is binary: a DecodeError, not a crash).
    checkBytes(new TextEncoder().encode(input), `${name} (bytes)`);
  });
});

// ─── structure at scale ──────────────────────────────────────────────────────────────────

describe("structure at scale (no crash, valid, nothing lost, roughly linear)", () => {
  const MARKERS = [(n: number) => `${cn(n)}、`, (n: number) => `（${cn(n)}）`, (n: number) => `${((n - 1) % 99) + 1}.`, (n: number) => `（${((n - 1) % 99) + 1}）`];

  it("markers nested 50 deep", () => {
    const nest = (k: number): string => {
      let s = "";
      for (let d = 0; d < 50; d++) s += `${"\u3000".repeat(d)}${MARKERS[d % 4]!(k + 1)}第${d + 1}层\n${"\u3000".repeat(d)}会议原则同意。\n`;
      return s;
    };
    const model = check(`${TITLE}\n${OPENING}\n${nest(0)}`, "50 deep");
    expect(model.topics.length).toBeGreaterThan(0);
    expectLinear("50-deep nests", (n) => `${TITLE}\n${OPENING}\n${Array.from({ length: n }, (_, k) => nest(k)).join("")}`, 32, 2);
  });

  it("2,000 topics, with an agenda item for each", () => {
    const doc = (n: number): string => {
      const agenda = Array.from({ length: n }, (_, k) => `听取了区财政局关于第${k + 1}项工作的汇报`).join("；");
      const topics = Array.from({ length: n }, (_, k) => `${cn(k + 1)}、关于第${k + 1}项工作\n会议原则同意区财政局提出的方案，请认真组织实施。\n`).join("");
      return `${TITLE}\n${OPENING}\n会议${agenda}。\n${topics}`;
    };
    const model = expectLinear("topics", doc, 2000);
    expect(model.topics.length).toBe(2000);
  });

  it("a people list of 10,000 names (padded, 、-separated, wrapped)", () => {
    const padded = (n: number): string => `${TITLE}\n${OPENING}\n列席：${names(n).map((x) => (x.length === 2 ? `${x[0]}\u3000${x[1]}` : x)).join("  ")}`;
    expectLinear("padded people list", padded, 10_000);
    const wrapped = (n: number): string => {
      const list = names(n, 3);
      const lines: string[] = [];
      for (let i = 0; i < list.length; i += 8) lines.push(list.slice(i, i + 8).join("、") + (i + 8 < list.length ? "、" : ""));
      return `${TITLE}\n${OPENING}\n出席：${lines.join("\n")}`;
    };
    const model = expectLinear("wrapped people list", wrapped, 10_000);
    expect(model.meeting?.attendees.length).toBeGreaterThan(1000);
  });

  it("a 分送 list of 5,000 items", () => {
    const doc = (n: number): string => {
      const items = Array.from({ length: n }, (_, k) => (k % 7 === 0 ? `各县（市、区）人民政府${k}` : `区${cn(k + 1)}局`));
      const lines: string[] = [];
      for (let i = 0; i < items.length; i += 10) lines.push(items.slice(i, i + 10).join("，") + "，");
      return `${DOC}\n分送：${lines.join("\n")}`;
    };
    const model = expectLinear("distribution", doc, 5000);
    expect(model.distribution.length).toBeGreaterThanOrEqual(5000);
  });

  it("an attendance sentence naming 20,000 people", () => {
    const doc = (n: number): string => `${TITLE}\n2022年12月5日，区长张三主持召开区政府第13次常务会议，出席会议的有${names(n, 4).join("、")}。`;
    expectLinear("attendance sentence", doc, 20_000);
  });

  // A name the builder cleans (a zero-width character removed) is no longer found verbatim in
  // the text: locating it must not scan the rest of the document for each name.
  it("a people list of 10,000 names with a zero-width character inside each", () => {
    const doc = (n: number): string => `${TITLE}\n${OPENING}\n列席：${distinctNames(n).map((x, i) => x[0] + (i % 2 ? "\u200b" : "\u200d") + x.slice(1)).join(" ")}`;
    expectLinear("people list with zero-width characters", doc, 10_000);
  });

  it("an attendance sentence naming 20,000 people with a zero-width space inside each", () => {
    // The text after the sentence (a long closing paragraph) is what a failed search scans.
    const doc = (n: number): string =>
      `${TITLE}\n2022年12月5日，区长张三主持召开区政府第13次常务会议，出席会议的有${distinctNames(n).map((x) => x[0] + "\u200b" + x.slice(1)).join("、")}。\n${"会议要求抓好落实".repeat(n)}`;
    expectLinear("attendance sentence with zero-width spaces", doc, 20_000, 2);
  });

  it("many short lines, many blank lines, many chrome lines", () => {
    expectLinear("short lines", (n) => `${TITLE}\n${OPENING}\n${"会议\n".repeat(n)}`, 20_000);
    expectLinear("blank lines", (n) => `${TITLE}\n${"\r\n \u3000\n\r".repeat(n)}${OPENING}`, 40_000);
    expectLinear("chrome lines", (n) => `${"扫码关注\n首页 > 政务公开\n".repeat(n)}${DOC}`, 8_000);
    expectLinear("header rows", (n) => `${"索 引 号: | 330502/2022-15627 | 成文日期: | 2022-12-06 |\n".repeat(n)}${DOC}`, 8_000);
    expectLinear("repeated frame documents", (n) => `${DOC}\n`.repeat(n), 800);
  });
});

// ─── long lines and catastrophic backtracking ────────────────────────────────────────────

describe("long lines (no crash, valid, nothing lost, roughly linear)", () => {
  it("a 200,000-character line of Han text without punctuation", () => {
    expectLinear("han line", (n) => hanText(n), 200_000);
    expectLinear("han line as the opening", (n) => `2022年12月5日上午，区长张三主持召开常务会议${hanText(n)}`, 200_000);
    expectLinear("han line in a topic", (n) => `${TITLE}\n${OPENING}\n一、${hanText(n)}\n会议原则同意${hanText(n)}`, 100_000);
  });

  it("a 200,000-character paragraph with many 、 and no 。", () => {
    const listy = (n: number): string => {
      const rand = prng(5);
      let s = "";
      while (s.length < n) s += hanText(1 + Math.floor(rand() * 6), s.length) + "、";
      return s;
    };
    expectLinear("、 paragraph", (n) => listy(n), 200_000);
    expectLinear("、 opening", (n) => `${TITLE}\n2022年12月5日，区长张三主持召开区政府第13次常务会议，出席会议的有${listy(n)}`, 200_000);
    expectLinear("、 in every slot", (n) => everywhere(listy(n / 8)), 200_000);
  });

  // Field extractors run on sentences; lazy or nested quantifiers backtrack on long runs of the
  // words they look for. Each word is repeated alone, in the opening sentence of a page without a
  // 纪要 title (where every extractor runs), and in every slot of a minutes document.
  const WORDS = ["召开", "主持", "出席会议", "会议由", "关于", "的汇报", "第", "次"];
  const REPS = 100_000;
  describe.each(WORDS)("100,000 repetitions of %s", (word) => {
    it("alone", () => {
      expectLinear(`${word} alone`, (n) => word.repeat(n), REPS);
    });
    it("in an opening sentence", () => {
      expectLinear(`${word} in an opening`, (n) => `区政府常务会议\n12月5日上午，区长张三主持召开会议${word.repeat(n)}`, REPS);
    });
    it("in every slot of a minutes document", () => {
      expectLinear(`${word} everywhere`, (n) => everywhere(word.repeat(Math.ceil(n / 8))), REPS);
    });
    it("in an agenda paragraph", () => {
      expectLinear(`${word} in an agenda`, (n) => `${TITLE}\n${OPENING}\n会议听取了${word.repeat(n)}\n一、关于预算\n会议原则同意。`, REPS);
    });
  });

  // Phrases the extractors look for, repeated.
  const PHRASES = ["随后召开", "出席会议的有，", "会议由张三主持，", "区财政局提出的", "关于预算的汇报、", "在会议室", "书面通报", "受县长委托，", "因公外出请假，", "常务（扩大）会议", "| 会议时间 | 上午 |\n", "文字</p><p>", "</span></p></div><p>&nbsp;"];
  describe.each(PHRASES)("%s repeated", (phrase) => {
    it("in an opening sentence", () => {
      expectLinear(`${phrase} in an opening`, (n) => `区政府常务会议\n12月5日上午，区长张三主持召开会议${repeat(phrase, n)}`, 100_000);
    });
    it("in every slot of a minutes document", () => {
      expectLinear(`${phrase} everywhere`, (n) => everywhere(repeat(phrase, n / 8)), 100_000);
    });
  });

  it("long runs of （ without ）", () => {
    expectLinear("（ alone", (n) => "（".repeat(n), 200_000);
    expectLinear("（ at line starts", (n) => "（\n（一\n(".repeat(n / 6), 100_000);
    expectLinear("（ everywhere", (n) => everywhere("（".repeat(n / 8)), 200_000);
    expectLinear("（ in a people list", (n) => `${TITLE}\n${OPENING}\n列席：${"张三（".repeat(n / 3)}\n${"（李四".repeat(n / 3)}`, 200_000);
    expectLinear("（ in a 分送 list", (n) => `${DOC}\n分送：${"区委（办、".repeat(n / 5)}`, 200_000);
  });

  it("50,000 〔2022〕 without 号", () => {
    const run = (n: number): string => "〔2022〕".repeat(n);
    expectLinear("〔2022〕 alone", (n) => run(n), 50_000);
    expectLinear("〔2022〕 after a prefix", (n) => `宜政纪${run(n)}15`, 50_000);
    expectLinear("〔2022〕 in a header value", (n) => `文号：${run(n)}\n${DOC}`, 50_000);
    expectLinear("〔2022〕 everywhere", (n) => everywhere(run(n / 8)), 50_000);
    expectLinear("〔2022〕 lines", (n) => "〔2022〕\n".repeat(n), 20_000);
  });

  it("long runs of digits, dates and blanks", () => {
    expectLinear("digits", (n) => `12月5日召开常务会议${"2".repeat(n)}日`, 200_000);
    expectLinear("spaced digits", (n) => `12月5日召开常务会议${"2 ".repeat(n / 2)}年`, 200_000);
    expectLinear("month without day", (n) => `${"1月".repeat(n / 2)}召开常务会议`, 200_000);
    expectLinear("blanks inside a line", (n) => `${TITLE}\n${OPENING}\n列席：张${" ".repeat(n)}三`, 200_000);
    expectLinear("one blank between characters", (n) => `${TITLE}\n${OPENING}\n${"会 ".repeat(n / 2)}`, 200_000);
    expectLinear("〇 runs", (n) => `${"二〇".repeat(n / 2)}年十二月五日`, 200_000);
  });
});

// ─── odd characters ──────────────────────────────────────────────────────────────────────

describe("odd characters (no crash, valid, nothing lost)", () => {
  const CONTROLS = Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).join("");

  const cases: [string, string][] = [
    ["control characters U+0000–U+001F", everywhere(CONTROLS)],
    ["control characters between lines", `${CONTROLS}\n${DOC.split("\n").join(`\n${CONTROLS}`)}`],
    ["control characters inside names", `${TITLE}\n${OPENING}\n列席：张\u0001三 李\u001f四 王\u0007五`],
    ["DEL and C1 controls", everywhere("\u007f\u0080\u0085\u009f")],
    ["lone surrogates", everywhere("\ud800张\udc00三\udbff")],
    ["lone surrogates inside names", `${TITLE}\n${OPENING}\n列席：张\ud800三 \udfff李四 王五\ud83d`],
    ["U+FFFE and U+FFFF", everywhere("\ufffe\uffff")],
    ["noncharacters inside names", `${TITLE}\n${OPENING}\n出席：张\ufffe三 李\uffff四`],
    ["emoji inside names", `${TITLE}\n${OPENING}\n列席：张😀三 李👍🏽四 王👨‍👩‍👧五\n出席会议的有张😀三、李四。`],
    ["Han extension B inside names", `${TITLE}\n${OPENING}\n列席：𠀀𠀁 张𪚥 𠮷野家\n会议由𠀀𠀁主持。`],
    ["a chair with an extension B name", `${TITLE}\n2022年12月5日上午，区长𠮷𠀀主持召开区政府第13次常务会议。`],
    ["RTL marks", everywhere("\u200f\u200e\u202b\u202e\u2066\u2069")],
    ["zero-width spaces and joiners", everywhere("\u200b\u200c\u200d\u2060\ufeff")],
    ["zero-width spaces inside names", `${TITLE}\n${OPENING}\n列席：张\u200b三 李\u200d四 王\u2060五\n出席会议的有张\u200b三、李\u200c四。`],
    ["JS line terminators U+2028/U+2029, NEL", everywhere("\u2028\u2029\u0085")],
    ["U+2028 splitting an opening", `${TITLE}\n2022年12月5日上午，区长张三\u2028主持召开区政府第13次常务会议。`],
    ["HTML remnants", everywhere("<p>&nbsp;<br/>&lt;&gt;&amp;&#12288;&#x3000;&#0;&#55296;&#99999999;</p>")],
    ["HTML tags around lines", DOC.split("\n").map((l) => `<p style="text-indent:2em">${l}</p><br/>`).join("\n")],
    ["&nbsp; as padding", DOC.split("\n").map((l) => `&nbsp;&nbsp;${l.replace(/ /g, "&nbsp;")}&nbsp;`).join("\n")],
    ["&nbsp; only lines", `&nbsp;\n${DOC}\n&nbsp;&nbsp;\n`],
    ["&#12288; padding", DOC.split("\n").map((l) => `&#12288;&#12288;${l}`).join("\n")],
    ["pinyin annotations everywhere", Array.from(DOC).map((c) => (/[\u4e00-\u9fff]/.test(c) ? `${c}(ā)` : c)).join("")],
    ["pinyin annotations at line starts", DOC.split("\n").map((l) => `(ā)${l}`).join("\n")],
    ["full-width pinyin annotations", Array.from(DOC).map((c) => (/[\u4e00-\u9fff]/.test(c) ? `${c}（zhǎng）` : c)).join("")],
    ["pinyin-like annotations without tone marks", everywhere("(a)(ab)（zhang）")],
    ["an annotation alone", "(ā)"],
    ["annotations only", "(ā)(ō)\n（ǚ）"],
    ["combining marks", everywhere("a\u0301\u0300\u036f")],
    ["full-width ASCII", everywhere("ＡＢＣ１２３：｜")],
    ["pipes everywhere", DOC.replace(/(.)/g, "$1|")],
    ["tabs everywhere", DOC.replace(/(.)/g, "$1\t")],
    ["CR line ends", DOC.replace(/\n/g, "\r")],
    ["CRLF and CR mixed", DOC.split("\n").map((l, i) => l + (i % 2 ? "\r\n" : "\r")).join("")],
    ["a BOM inside the text", DOC.replace(/\n/g, "\n\ufeff")],
  ];
  it.each(cases)("%s", (name, input) => {
    check(input, name);
  });

  it("odd characters at scale stay roughly linear", () => {
    const mix = `${CONTROLS}\ud800\ufffe😀𠀀\u200b\u200f<br/>&nbsp;&lt;&#12288;(ā)张三、`;
    expectLinear("odd characters in every slot", (n) => everywhere(repeat(mix, n / 8)), 200_000);
    expectLinear("odd characters as lines", (n) => repeat(`${mix}\n`, n), 200_000);
    expectLinear("odd names in a people list", (n) => `${TITLE}\n${OPENING}\n列席：${names(n / 4, 6).map((x, i) => x[0] + ["\u200b", "\ud800", "😀", "\u0001", "&nbsp;", "(ā)", "\u200d", "𠀀"][i % 8] + x.slice(1)).join(" ")}`, 200_000);
    expectLinear("pinyin annotations", (n) => repeat("區(qū)長(zhǎng)", n), 200_000);
  });
});

// ─── bytes ───────────────────────────────────────────────────────────────────────────────

/** A GB18030 encoder for BMP text, from a table built by decoding every two-byte sequence. */
function gb18030Encoder(): (text: string) => Uint8Array {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder("gb18030", { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const c = decoder.decode(new Uint8Array([lead, trail]));
        if (c.length === 1 && !table.has(c)) table.set(c, [lead, trail]);
      } catch {
        // not a two-byte character
      }
    }
  }
  return (text) => {
    const out: number[] = [];
    for (const c of text) {
      if (c.charCodeAt(0) < 0x80) out.push(c.charCodeAt(0));
      else {
        const pair = table.get(c);
        if (!pair) throw new Error(`no two-byte GB18030 code for ${c}`);
        out.push(...pair);
      }
    }
    return new Uint8Array(out);
  };
}

/** Parses bytes: either a sound model or a DecodeError with a reason; never anything else. */
function checkBytes(bytes: Uint8Array, name: string): "model" | "decode-error" {
  let model: Minutes | undefined;
  try {
    model = parse(bytes);
  } catch (error) {
    expect(error, name).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).reason, name).toMatch(/\S/);
    return "decode-error";
  }
  expectSound(bytes, model, name);
  return "model";
}

describe("bytes", () => {
  const encodeGb = gb18030Encoder();
  const utf8 = new TextEncoder().encode(DOC);
  const gb = encodeGb(DOC);

  it("GB18030 bytes that are not UTF-8 are read as GB18030", () => {
    expect(new TextDecoder("gb18030").decode(gb)).toBe(DOC);
    const model = check(gb, "GB18030 document");
    expect(model.source.encoding).toBe("gb18030");
    expect(model.title).toBe(TITLE);
  });

  it("GB18030 four-byte sequences (extension B) in names", () => {
    // U+20000 𠀀 is 95 32 82 36 in GB18030.
    const ext = new Uint8Array([0x95, 0x32, 0x82, 0x36]);
    const bytes = new Uint8Array([...encodeGb(`${TITLE}\n${OPENING}\n列席：张`), ...ext, ...encodeGb(" 李四\n")]);
    const model = check(bytes, "GB18030 extension B");
    expect(model.source.encoding).toBe("gb18030");
  });

  it("a UTF-8 BOM followed by GB18030 bytes throws a DecodeError with a reason", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...gb]);
    let error: unknown;
    try {
      parse(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).reason).toMatch(/UTF-8/);
  });

  it("bytes that are no text throw a DecodeError with a reason", () => {
    const cases: [string, Uint8Array][] = [
      ["NUL bytes", new Uint8Array([...utf8, 0, ...utf8])],
      ["a UTF-16LE BOM, then an odd byte", new Uint8Array([0xff, 0xfe, 0x41])],
      ["a UTF-32BE BOM", new Uint8Array([0x00, 0x00, 0xfe, 0xff])],
      ["a lone GB18030 lead byte at the end", new Uint8Array([...gb, 0x81])],
      ["0xFF bytes", new Uint8Array([0xff, 0xff, 0xff])],
      ["a UTF-8 BOM, then a truncated sequence", new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xbc])],
    ];
    for (const [name, bytes] of cases) expect(checkBytes(bytes, name), name).toBe("decode-error");
  });

  it("truncated multi-byte sequences give a sound model or a DecodeError, never a crash", () => {
    // Cut the UTF-8 and the GB18030 text at every byte of a stretch that holds multi-byte characters.
    for (const [label, bytes] of [["UTF-8", utf8], ["GB18030", gb]] as const) {
      for (let cut = 0; cut < 120; cut++) checkBytes(bytes.subarray(0, cut), `${label} cut at ${cut}`);
      // A sequence cut in the middle of the text, not only at its end.
      for (let at = 1; at < 40; at++) checkBytes(new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + 1)]), `${label} without byte ${at}`);
    }
    // Lone continuation bytes, overlong forms and surrogates encoded in UTF-8.
    for (const seq of [[0x80], [0xbf, 0x80], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]]) {
      checkBytes(new Uint8Array([...encodeGb("会议"), ...seq, ...encodeGb("纪要")]), `invalid UTF-8 ${seq.map((b) => b.toString(16)).join(" ")}`);
    }
  });

  it("bytes valid in both encodings, and a GB18030 BOM", () => {
    // Valid UTF-8 wins: ASCII-only bytes, and UTF-8 that also happens to be valid GB18030.
    expect(check(new TextEncoder().encode("abc\n一、"), "ASCII").source.encoding).toBe("utf-8");
    const withGbBom = new Uint8Array([0x84, 0x31, 0x95, 0x33, ...gb]);
    const model = check(withGbBom, "GB18030 BOM");
    expect(model.source.bom).toBe(true);
  });

  it("large GB18030 input stays roughly linear", () => {
    expectLinear("GB18030 frames", (n) => encodeGb(`${DOC}\n`.repeat(n)), 800);
  });
});
