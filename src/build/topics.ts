// Numbered items (一、 / （一） / 1.) → topics, with their paragraphs, decisions and requirements.
import { CIRCLED_NUMBERS, DIGITS_IN_PARENS, OTHER_CIRCLED_NUMBERS, DIGITS_WITH_STOP, IDEOGRAPHS_IN_PARENS, ROMAN_NUMERALS } from "../lex/chars.js";
import { charClass } from "./values/char-class.js";
import type { IToken } from "chevrotain";
import type { GrammarBlock } from "../grammar/index.js";
import type { Decision, MarkerStyle, Requirement, TextNode, Topic } from "../model/index.js";
import { type BuildContext, tokenRange, tokensRange } from "./context.js";
import { type Span, SENTENCE_END, cut, slice, stripEnd, COMMA } from "./sentences.js";
import { parseNumber } from "./values/numerals.js";
import { toMatchable, withoutLayoutBlanks } from "./values/text.js";
import { ATTACHMENTS } from "./placement.js";

const STYLE_OF: Record<string, MarkerStyle> = {
  CnMarker: "cn",
  ParenCnMarker: "paren-cn",
  ArabicMarker: "arabic",
  DigitStopMarker: "arabic",
  ArabicCommaMarker: "arabic",
  ArabicParenMarker: "arabic",
  ParenArabicMarker: "paren-arabic",
  LabelMarker: "label",
  CircledMarker: "circled",
  OrdinalMarker: "ordinal",
};
const MARKER_DIGITS = /[0-9０-９一二三四五六七八九十]+/;
/** The numbers written in one character, each list from 1: ① … ⑳ (❶ … ⓴ …), ⒈ … ⒛, ⑴ … ⒇, Ⅰ … Ⅻ, ㈠ … ㈩. */
const ONE_CHARACTER_NUMBERS = [CIRCLED_NUMBERS, ...OTHER_CIRCLED_NUMBERS, DIGITS_WITH_STOP, DIGITS_IN_PARENS, ROMAN_NUMERALS, IDEOGRAPHS_IN_PARENS];

/** The number a marker gives: 一、 → 1, （3） → 3, ② → 2, ⒋ → 4, Ⅲ、 → 3. */
export function markerNumber(marker: string): number | null {
  const first = marker.charAt(0);
  for (const numbers of ONE_CHARACTER_NUMBERS) if (first !== "" && numbers.includes(first)) return numbers.indexOf(first) + 1;
  return parseNumber(MARKER_DIGITS.exec(marker)?.[0] ?? "");
}

/** A paragraph block → a text node (cleaned of website artefacts). */
export function textNode(tokens: IToken[], ctx: BuildContext): TextNode {
  const [start, end] = tokensRange(tokens);
  return { text: ctx.clean(ctx.text.slice(start, end)), position: ctx.position(start, end) };
}

/** The source span of a paragraph, for sentence-level reading. */
export function spanOf(tokens: IToken[], ctx: BuildContext): Span {
  const [start, end] = tokensRange(tokens);
  return { text: ctx.text.slice(start, end), match: ctx.match.slice(start, end), start };
}

/** Builds a topic (and its subtopics) from a grammar `topic` block. */
export function buildTopic(block: GrammarBlock, level: number, ctx: BuildContext): Topic {
  const { marker, heading: headingTokens, body } = block.topic!;
  let headingRange = headingTokens.length ? tokensRange(headingTokens) : null;
  // A heading with its decision on the same line (一、关于X。会议同意…): the heading ends at its
  // full stop; the rest is the topic's first paragraph.
  let runIn: Span | null = null;
  if (headingRange !== null) {
    const line = ctx.match.slice(headingRange[0], headingRange[1]);
    const cut = COLON_RUN_IN.exec(line) ?? RUN_IN_BODY.exec(line) ?? COLON_SENTENCE_RUN_IN.exec(line);
    if (cut !== null) {
      const bodyStart = headingRange[0] + cut[0].length;
      runIn = { text: ctx.text.slice(bodyStart, headingRange[1]), match: ctx.match.slice(bodyStart, headingRange[1]), start: bodyStart };
      headingRange = [headingRange[0], headingRange[0] + cut[1]!.length];
    }
  }
  // (A colon ending the heading line introduces the body: 二、审议事项：; a heading written as an
  // agenda item ends with its ；or 。: neither is part of it.)
  const heading = headingRange !== null ? ctx.clean(ctx.text.slice(...headingRange)).replace(HEADING_COLON, "") : "";
  const topic: Topic = {
    marker: marker.image,
    number: markerNumber(marker.image.trim()),
    style: STYLE_OF[marker.tokenType.name] ?? "cn",
    level,
    heading: heading === "" ? null : heading,
    paragraphs: [],
    decisions: [],
    requirements: [],
    subtopics: [],
    agendaIndex: null,
  };
  if (runIn !== null) readRunIn(topic, runIn, ctx);
  let parts = body;
  // A heading whose 《title》 wraps onto the next line goes on in that line; so does a long
  // heading cut by a hard wrap whose end stands alone on the next line (…安全生产工⏎作的汇报).
  const next =
    topic.heading !== null && runIn === null && parts[0]?.kind === "paragraph" && parts[0].tokens.length > 0 && (unclosedTitle(topic.heading) || mayBeWrapped(topic.heading) || SHORT_CUT_HEADING.test(topic.heading) || onlyTailCut(topic.heading, parts[0], ctx))
      ? ctx.clean(ctx.text.slice(...tokensRange(parts[0].tokens)))
      : null;
  // (Or the end stands flush left under an indented heading, body lines indented again: a
  // print's hard wrap, …建设资金筹措⏎方案和建设运营管理模式⏎　　会议同意….)
  const flushUnderIndent = next !== null && lineIndented(ctx.text, marker.startOffset) && !lineIndented(ctx.text, parts[0]!.tokens[0]!.startOffset);
  // (Where that line goes on past the heading's full stop, the heading ends there and the rest
  // is the topic's first paragraph: …《青潭县县级财政资金直⏎达基层管理暂行办法》。由县司法局….)
  const nextRange = next !== null ? tokensRange(parts[0]!.tokens) : null;
  const headingEnd =
    nextRange !== null && (unclosedTitle(topic.heading!) || (flushUnderIndent && mayBeWrapped(topic.heading!) && !SENTENCE_OPENS.test(next!)) || onlyTailCut(topic.heading!, parts[0]!, ctx))
      ? HEADING_END_IN_LINE.exec(ctx.match.slice(...nextRange))
      : null;
  if (headingEnd !== null) {
    const [from, to] = nextRange!;
    topic.heading += ctx.clean(ctx.text.slice(from, from + headingEnd[1]!.length));
    readRunIn(topic, { text: ctx.text.slice(from + headingEnd[0].length, to), match: ctx.match.slice(from + headingEnd[0].length, to), start: from + headingEnd[0].length }, ctx);
    parts = parts.slice(1);
  } else if (topic.heading !== null && next !== null && (unclosedTitle(topic.heading) || wrappedHeadingEnd(topic.heading, next) || (flushUnderIndent && mayBeWrapped(topic.heading) && (LONG_HEADING_TAIL.test(next) || (!HEADING_END.test(topic.heading) && ONE_SENTENCE.test(next)))) || (flushUnderIndent && shortHeadingCut(topic.heading, next, parts[1], ctx)))) {
    // (Without the full stop that ends the paragraph: …以县政府文件印发。)
    topic.heading = (topic.heading + next).replace(HEADING_COLON, "");
    parts = parts.slice(1);
  }
  // Numbered lines after 附件： in the body list attachments (附件：1．…清单⏎2．…示意图): paragraphs.
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
  if (topic.heading !== null) topic.heading = withoutLayoutBlanks(topic.heading);
  const [start, end] = block.tokens.length ? tokensRange(block.tokens) : tokenRange(marker);
  topic.position = ctx.position(start, end);
  return topic;
}

/** The text a heading's line goes on with after the heading's full stop: the topic's first paragraph, read for decisions and requirements. */
function readRunIn(topic: Topic, span: Span, ctx: BuildContext): void {
  topic.paragraphs.push({ text: ctx.clean(span.text), position: ctx.position(span.start, span.start + span.text.length) });
  topic.decisions.push(...readDecisions(span, ctx));
  topic.requirements.push(...readRequirements(span, ctx, topic.requirements.length));
}

const HEADING_COLON = /[：:。；;]$|(?<=[\u3400-\u9fff》”）])\.$/;
/**
 * A heading, its full stop, then the topic's text on the same line (matchable text): the
 * meeting's decision (会议同意…), or what follows it (由县司法局进行合法性审查后，…).
 */
const RUN_IN_BODY = /^([^。]{2,100})。(?=[^\s。])/;
/**
 * A heading, a colon (or a blank), then the meeting's word on it on the same line (matchable
 * text): 一、关于春耕生产工作：会议强调，…; 关于X事宜 会议原则同意….
 */
const COLON_RUN_IN = /^([^。：:]{2,60}?)(?:[：:][ \u3000]*|[ \u3000]+)(?=会议(?:原则|同意|认为|强调|指出|要求|决定|听取|研究|审议|讨论|明确|议定)|会上)/;
/**
 * A short heading (no comma, no 《, quote or bracket), a colon, then a sentence of the topic's own on the same line
 * (matchable text): 一、柳岸社区老年助餐点运营补贴：同意按每餐3元标准给予运营补贴，….
 */
const COLON_SENTENCE_RUN_IN = /^([^。：:，,；;《》“”"（()]{2,40})(?<![0-9])[：:][ \u3000]*(?=[^\s。][^。]*?[，,。；;])/;

/** The rest of a heading on the next line, to its full stop, and more text after it (matchable text). */
const HEADING_END_IN_LINE = /^([^。]{1,80})。(?=[^\s。])/;

/** What opens a sentence of the topic's text, not the rest of a heading (会议听取了…, 会上…). */
const SENTENCE_OPENS = /^(?:会议|会上|會議|會上)/;

/** The shortest heading taken for one cut by a hard wrap. */
const MIN_WRAPPED_HEADING = 16;
/**
 * The end of a heading, alone on its line after a wrap: short, no punctuation, a heading's last
 * word, and not how the meeting's own sentence opens (会议原则同意…).
 */
const HEADING_TAIL = /^(?!会议|会上|原则|同意|要求)[^，。；：,.;:！？!?\s]{1,16}$/;
/** The last word of a heading. */
const HEADING_END = /(?:汇报|报告|方案|意见|办法|规定|事项|事宜|工作|问题|情况|规划|计划|项目|安排|建议|模式|机制|举措|措施|打算|部署|任务|活动|精神|》|）)$/;

/** Whether a heading may have been cut by a hard wrap: long, and no sentence end. */
function mayBeWrapped(heading: string): boolean {
  return heading.length >= MIN_WRAPPED_HEADING && !/[。；;！？!?：:]$/.test(heading);
}

/** Whether `next` is the end of `heading`, cut off by a hard wrap. */
function wrappedHeadingEnd(heading: string, next: string): boolean {
  if (!HEADING_TAIL.test(next) || !HEADING_END.test(heading + next)) return false;
  // (Or a shorter one whose last word alone the wrap pushed on, the heading without it ending as none does: …工作推进⏎情况.)
  return mayBeWrapped(heading) || (heading.length >= MIN_CUT_HEADING && next.length <= SHORT_TAIL && !HEADING_END.test(heading) && !/[。；;！？!?：:，,]$/.test(heading));
}
/** The shortest heading, and the longest rest on the next line, for a heading whose last word alone was cut off. */
const MIN_CUT_HEADING = 10;
const SHORT_TAIL = 4;

/** The rest of a run-in item cut mid-word, to its only full stop (…关于国庆期间安⏎全生产工作的汇报，要求…。). */
const ONE_SENTENCE = /^[^。]{1,80}。$/;

/** The end of a heading on a line of its own: no punctuation, up to a line's length. */
const LONG_HEADING_TAIL = /^[^，。；：,.;:！？!?\s]{1,24}$/;

/** Whether blanks stand before `offset` on its line. */
function lineIndented(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset - 1);
  return offset > 0 && (c === 0x20 || c === 0x3000 || c === 0x09 || c === 0xa0);
}

/** A 关于 heading shorter than {@link MIN_WRAPPED_HEADING}, without a mark or a heading's last word: perhaps cut by a narrow column's wrap (关于兰桥县老旧小区). */
const SHORT_CUT_HEADING = /^关于[^，。；：,.;:！？!?\s]{4,14}$/;

/**
 * Whether a short heading goes on in `next`, flush left under the indented heading, with the
 * topic's text indented again after it: a narrow column's print (一、关于县城区义务教⏎育学位建设⏎　　会议同意…).
 */
function shortHeadingCut(heading: string, next: string, after: GrammarBlock | undefined, ctx: BuildContext): boolean {
  if (!SHORT_CUT_HEADING.test(heading) || HEADING_END.test(heading) || !LONG_HEADING_TAIL.test(next) || SENTENCE_OPENS.test(next)) return false;
  const first = after?.tokens[0];
  return first !== undefined && lineIndented(ctx.text, first.startOffset);
}

/** A word's last one to three characters and the heading's full stop, opening the next line: 项。会议同意…. */
const TAIL_THEN_STOP = /^[^，。；：,;:！？!?\s《》“”]{1,3}。(?=[^\s。])/;

/**
 * Whether a heading was cut inside its last word, that word's end and the heading's full stop
 * opening the next line with the topic's text after them (…资金安排事⏎项。会议同意…): a cell's wrap.
 */
function onlyTailCut(heading: string, next: GrammarBlock, ctx: BuildContext): boolean {
  if (next.tokens.length === 0 || /[。；;！？!?：:，,]$/.test(heading) || heading.length < 6) return false;
  return TAIL_THEN_STOP.test(ctx.match.slice(...tokensRange(next.tokens)));
}

/** Whether a 《 is left open. */
function unclosedTitle(s: string): boolean {
  return s.lastIndexOf("《") > s.lastIndexOf("》");
}

// ── Decisions ──────────────────────────────────────────────────────────────────────────────
/** 会议(审议并)原则同意 / 会议议定：原则同意 / 会议同意 / 会议审定 … at the start of a sentence. */
const DECISION = /^(?:会议|会上)(?:还|经研究|经讨论)?(?:审议并|研究并|听取并|讨论并)?(?:议定[:：]?\s*)?(原则同意|原则通过|审议通过|同意|通过|审定|批准|决定|议定)/;
const SENTENCE_END_CODES = charClass("。！？;；");

/** Whether only blanks stand between `at` and the start of its sentence. */
function opensSentence(s: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x3000 || s.charCodeAt(i) === 0x09)) i--;
  return i < 0 || SENTENCE_END_CODES.has(s.charCodeAt(i));
}
const SENTENCE_END_G = new RegExp(SENTENCE_END.source, "g");
const PROPOSER = /^(.{2,40}?)提出的/;
const FOLLOW_UP = /(?:组织实施|印发实施|下发实施|印发|下发|实施|研究|审议|审定|报批|办理|公布|执行|落实)$/;

/** The decisions stated in a paragraph. */
export function readDecisions(paragraph: Span, ctx: BuildContext): Decision[] {
  const out: Decision[] = [];
  // One pass finds the sentences that open with a decision (会议… / 会上…); only those are cut out.
  const text = paragraph.match;
  for (let from = text.indexOf("会"); from >= 0; from = text.indexOf("会", from + 1)) {
    const next = text.charCodeAt(from + 1);
    if ((next !== 0x8bae && next !== 0x4e0a) || !opensSentence(text, from)) continue;
    SENTENCE_END_G.lastIndex = from;
    const end = SENTENCE_END_G.exec(paragraph.match);
    const s = slice(paragraph, from, end ? end.index + 1 : paragraph.text.length);
    const m = DECISION.exec(s.match);
    if (!m) continue;
    const verb = s.text.slice(m.index + m[0].length - m[1]!.length, m.index + m[0].length);
    const rest = slice(s, m[0].length, s.text.length);
    const clauses = cut(rest, COMMA).map((c) => stripEnd(c.text)).filter((c) => c !== "");
    const proposerMatch = PROPOSER.exec(rest.match);
    const proposer = proposerMatch ? stripEnd(rest.text.slice(0, proposerMatch[1]!.length)) : null;
    let object: string | null = clauses[0] ?? null;
    if (proposerMatch && object !== null) object = stripEnd(object.slice(proposerMatch[0].length)) || null;
    const last = clauses.length > 1 ? clauses[clauses.length - 1]! : null;
    const followUp = last !== null && FOLLOW_UP.test(toMatchable(last)) ? last : null;
    out.push({
      text: ctx.clean(s.text),
      verb,
      proposer: proposer === "" ? null : proposer,
      object: object === "" ? null : object,
      followUp,
      position: ctx.position(s.start, s.start + stripEnd(s.text).length),
    });
  }
  return out;
}

// ── Requirements ─────────────────────────────────────────────────────────────────────────────
/** 一要 / 二要 / 一是 / 二是 at the start of a clause. */
const REQUIREMENT_MARKER = /([一二三四五六七八九十]{1,2})(?:是要|要|是)/g;
/** What may stand before a requirement marker: a clause end or a blank (or the paragraph start). */
const CLAUSE_BOUNDARY = charClass(",，。;；:： \t\u3000");

/** The numbered requirements (一要… 二要…, 一是… 二是…) of a paragraph, numbered from `already`. */
export function readRequirements(paragraph: Span, ctx: BuildContext, already: number): Requirement[] {
  // A list of requirements opens with 一是 / 一要 (一是要).
  if (!paragraph.match.includes("一是") && !paragraph.match.includes("一要")) return [];
  const found: { at: number; markerEnd: number; n: number }[] = [];
  let expected = 1;
  for (const m of paragraph.match.matchAll(REQUIREMENT_MARKER)) {
    if (m.index > 0 && !CLAUSE_BOUNDARY.has(paragraph.match.charCodeAt(m.index - 1))) continue;
    const n = parseNumber(m[1]!);
    if (n === null) continue;
    if (n !== expected && !(n === 1 && expected > 1)) continue;
    if (n === 1 && expected > 1) found.length = 0;
    const at = m.index;
    found.push({ at, markerEnd: m.index + m[0].length, n });
    expected = n + 1;
  }
  if (found.length < 2) return [];
  return found.map((f, i) => {
    const end = i + 1 < found.length ? found[i + 1]!.at : paragraph.text.length;
    const raw = paragraph.text.slice(f.at, end);
    const text = stripEnd(ctx.clean(raw));
    return {
      ordinal: already + f.n,
      marker: paragraph.text.slice(f.at, f.markerEnd),
      text,
      position: ctx.position(paragraph.start + f.at, paragraph.start + f.at + stripEnd(raw).length),
    };
  });
}
