// The meeting's facts written as labelled lines before the body, as township and joint-meeting
// minutes do:
//   时间：2024年7月2日下午3:00
//   地点：乡政府二楼会议室
//   主持：乡党委书记 郝建军
//   参会人员：…  (a people list, read as such)
//   记录：张晓燕
import type { IToken } from "chevrotain";
import type { Person } from "../model/index.js";
import type { Block } from "./blocks.js";
import type { BuildContext } from "./context.js";
import { type Span, stripEnd } from "./sentences.js";
import { spanOf } from "./topics.js";
import { locate } from "./lists.js";
import { looksLikeLongName, looksLikeName, splitTitleName } from "./values/names.js";
import { withoutVenueMarks } from "./meeting-fields.js";
import { MIDDLE_DOTS } from "../lex/chars.js";

/** A fact label at the start of a line (matchable text), and which fact it gives. */
const FACT_LABEL = /^[ \t]*(?:会议)?(名[ \t]*称|时[ \t]*间|日[ \t]*期|地[ \t]*点|主[ \t]*持(?:[ \t]*人|[ \t]*领[ \t]*导)?|召[ \t]*集[ \t]*人|记[ \t]*录(?:[ \t]*人)?|出[ \t]*席(?:人员?)?|参[会加](?:人员)?|列[ \t]*席(?:人员?)?|请[ \t]*假(?:人员?)?|缺[ \t]*席(?:人员?)?)[ \t]*:/;
/** A 时间 / 地点 / 主持 / 记录 label anywhere (matchable text): two facts always include one. */
const ANY_FACT = /[时地主记召][ \t]*[间点持录集](?:[ \t]*人|[ \t]*领[ \t]*导)?[ \t]*:/;
/** The facts that make a block of labelled lines the meeting's facts (not a disclosure header). */
const MEETING_FACTS = new Set(["时间", "日期", "地点", "主持", "记录"]);

/** What the labelled lines say. */
export interface MeetingFacts {
  /** The blocks of the facts (people lists among them are read as lists). */
  blocks: Set<Block>;
  /** The value of 时间 / 日期, as a span for date reading. */
  date: Span | null;
  /** The value of 会议名称 (市政府第41次常务会议). */
  name: string | null;
  place: string | null;
  chair: Person | null;
}

/** The kind of fact a block states, with the span of its value, or null. */
function factOf(block: Block, ctx: BuildContext): { fact: string; value: Span }[] | null {
  return factsOf(spanOf(block.tokens, ctx));
}

/** The facts a line's span states, from its start: its first label's, then those after it on the line. */
function factsOf(span: Span): { fact: string; value: Span }[] | null {
  const m = FACT_LABEL.exec(span.match);
  if (m === null) return null;
  // (主持领导 and 召集人 name the chair too.)
  const fact = m[1]!.replace(/[ \t]/g, "").replace(/人员?$/, "").replace(/^参[会加]$/, "出席").replace(/^主持领导$|^召集$/, "主持");
  // (名称 alone is a disclosure header's; 会议名称 names the meeting.)
  if (fact === "名称" && !m[0].includes("会议")) return null;
  const at = m[0].length;
  // (Another fact's label after a wide gap on the line ends the value: 会议时间：2023年11月2日上午　　会议地点：县政府第一会议室.)
  const gap = LATER_FACT.exec(span.match.slice(at));
  const end = gap === null ? span.text.length : at + gap.index;
  const facts = [{ fact, value: { text: span.text.slice(at, end), match: span.match.slice(at, end), start: span.start + at } }];
  if (gap !== null) {
    // (The rest of the line from the gap's end: a clause's ； may stand inside a token.)
    const from = end + gap[0].length;
    const rest = factsOf({ text: span.text.slice(from), match: span.match.slice(from), start: span.start + from });
    if (rest !== null) facts.push(...rest);
  }
  return facts;
}
/**
 * A wide gap, then a fact's label: the next fact on the same line (matchable text). Before 地点,
 * 主持 or 记录 one blank is enough: 时间：二零一六年十月二十日（星期四）下午　地点：区政府二楼会议室; so is
 * a clause's ； or ， before 时间, 地点, 主持 or 记录: 时间：2012年6月15日上午；地点：镇政府二楼会议室.
 */
const LATER_FACT = new RegExp(`(?:[ \\t]{2,}|\\t)(?=${FACT_LABEL.source.replace(/^\^/, "")})|[ \\t](?=(?:会议)?(?:地[ \\t]*点|主[ \\t]*持(?:[ \\t]*人)?|记[ \\t]*录(?:[ \\t]*人)?)[ \\t]*:)|[;；,，][ \\t]*(?=(?:会议)?(?:时[ \\t]*间|日[ \\t]*期|地[ \\t]*点|主[ \\t]*持(?:[ \\t]*人)?|记[ \\t]*录(?:[ \\t]*人)?)[ \\t]*:)`);

/**
 * The meeting's facts: the first run of consecutive labelled lines before `bodyStart` that
 * names at least two of 时间 / 地点 / 主持 / 记录 (a lone 时间 row belongs to the disclosure header).
 */
export function meetingFacts(blocks: Block[], bodyStart: number, ctx: BuildContext): MeetingFacts | null {
  const end = bodyStart < 0 ? blocks.length : bodyStart;
  // Most documents have none: one search of the text before the body first.
  if (end === 0 || !ANY_FACT.test(end === blocks.length ? ctx.match : ctx.match.slice(0, blocks[end]!.start))) return null;
  for (let i = 0; i < end; i++) {
    const run: { block: Block; fact: string; value: Span }[] = [];
    for (let j = i; j < end; j++) {
      const b = blocks[j]!;
      if (b.kind !== "paragraph" && b.kind !== "headerRow" && b.kind !== "peopleList") break;
      const found = factOf(b, ctx);
      if (found === null) break;
      for (const f of found) run.push({ block: b, ...f });
    }
    const named = new Set(run.map((r) => r.fact).filter((f) => MEETING_FACTS.has(f)));
    if (named.size >= 2) return readFacts(run, ctx);
    i += Math.max(0, new Set(run.map((r) => r.block)).size - 1);
  }
  return null;
}

/** A numbered section that holds the meeting's facts: 一、会议基本情况, （一）会议概况. */
export const FACTS_SECTION = /^(?:会议)?(?:基本情况|概况|基本信息)$|^会议(?:基本)?情况$/;

/**
 * The facts of a form set under a numbered section of its own (一、会议基本情况⏎会议时间：…⏎会议地点：…⏎主 持 人：…):
 * the section's lines read as the labelled lines before a body are.
 */
export function sectionFacts(section: Block, ctx: BuildContext): MeetingFacts | null {
  const lines: Block[] = [];
  let current: IToken[] = [];
  const flush = (): void => {
    const last = current[current.length - 1];
    if (last !== undefined) lines.push({ kind: "paragraph", tokens: current, topic: null, start: current[0]!.startOffset, end: last.startOffset + last.image.length, outline: "opening" });
    current = [];
  };
  // (A block's tokens hold no line breaks: a line ends where the text between two tokens holds one.)
  for (const t of section.tokens) {
    const last = current[current.length - 1];
    if (last !== undefined && ctx.match.slice(last.startOffset + last.image.length, t.startOffset).includes("\n")) flush();
    current.push(t);
  }
  flush();
  // (The section's heading is its first line.)
  return meetingFacts(lines.slice(1), -1, ctx);
}

function readFacts(run: { block: Block; fact: string; value: Span }[], ctx: BuildContext): MeetingFacts {
  const facts: MeetingFacts = { blocks: new Set(run.map((r) => r.block)), date: null, name: null, place: null, chair: null };
  for (const { fact, value } of run) {
    const text = stripEnd(value.text);
    if (text === "") continue;
    if ((fact === "时间" || fact === "日期") && facts.date === null) facts.date = value;
    else if (fact === "名称" && facts.name === null) facts.name = ctx.compact(text);
    else if (fact === "地点" && facts.place === null) facts.place = withoutVenueMarks(ctx.compact(text));
    else if (fact === "主持" && facts.chair === null) facts.chair = chairOf(value, ctx);
  }
  return facts;
}

/**
 * The chair a labelled line names at the foot, right above the attendance lists (…⏎主持：区长　谷永年⏎出席：…)
 * or the clerk's line (…⏎主　持：县长　皇甫立新⏎记　录：宁　静), however the list's label reads (出席会议的有：, 出席会议的市领导：),
 * where nothing else named one (matchable text).
 */
const FOOT_CHAIR = /(?:^|\n)[ \t]*(?:会议)?主[ \t]*持(?:人)?[ \t]*:[ \t]*([^\n:]{2,30}?)[ \t]*\r?\n(?=[ \t]*(?:出[ \t]*席|列[ \t]*席|[请請][ \t]*假|[参參][ \t]*[加会會]|缺[ \t]*席|[记記紀][ \t]*[录錄])(?:人[员員]?|(?:[会會][议議])?(?:的[^:\n]{0,8}?有|的?[县縣区區市州镇鎮乡鄉旗盟]?[领領][导導]))?[ \t]*:)/;

/** The chair of a labelled line above the attendance lists at the foot, or null. */
export function footChair(ctx: BuildContext): Person | null {
  if (!ctx.match.includes("持")) return null;
  const m = FOOT_CHAIR.exec(ctx.match);
  if (m === null) return null;
  const start = m.index + m[0].indexOf(m[1]!, m[0].indexOf(":"));
  return chairOf({ text: ctx.text.slice(start, start + m[1]!.length), match: m[1]!, start }, ctx);
}

/** A name with its title in brackets after it: 冯立德（市长）. */
const TITLE_IN_BRACKETS = /^(.+?)[（(]([^（()）]{1,20})[）)]$/;
/** A name, wide blanks, then its title (after the form's label of it too): 冼国梁　　区委副书记、区长, 卓文杰⇥职　　务⇥县委副书记、县长. */
const TITLE_IN_COLUMN = /^([\u3400-\u9fff](?:[ \u3000]?[\u3400-\u9fff]){1,3})(?:[ \u3000]{2,}|\t)[ \u3000\t]*(?:[职職][ \u3000]*[务務][ \u3000]*[：:]?(?:[ \u3000]+|\t)[ \u3000\t]*)?(\S.{0,30})$/;

/** A transliterated name, blanks, then its title: 艾克拜尔·吾甫尔　　市委副书记、市长 (a dot between its parts: the name ends at the blank). */
const DOTTED_NAME_THEN_TITLE = new RegExp(`^([\\u3400-\\u9fff]{1,10}(?:[${MIDDLE_DOTS}][\\u3400-\\u9fff]{1,10}){1,3})(?:[ \\u3000]+|\\t)[ \\u3000\\t]*(\\S.{0,30})$`);

/** A name, one blank, then its title, ending with a role word: 刘卫华　镇党委副书记、镇长. */
const TITLE_AFTER_BLANK = /^([\u3400-\u9fff]{2,4})[ \u3000]+(\S.{0,30}(?:[长長]|主任|[书書][记記]|主席))$/;

/** 受…委托 opening a chair's value, its comma too. */
const ENTRUSTED_BY = /^[ \t\u3000]*受[^，,。；;\s]{1,12}?委托[，,]?[ \t\u3000]*/;

/** `乡党委书记 郝建军` → 郝建军 (乡党委书记); `冯立德（市长）` → 冯立德 (市长). */
function chairOf(value: Span, ctx: BuildContext): Person | null {
  // (Who entrusted the chair is none of the title: 受区长委托，区委常委、常务副区长　戚永康.)
  const text = stripEnd(value.text).replace(ENTRUSTED_BY, "");
  // (Or after it in a column of its own: 冼国梁　　区委副书记、区长, a form's name and title cells.)
  const bracketed = TITLE_IN_BRACKETS.exec(text) ?? TITLE_IN_COLUMN.exec(text) ?? DOTTED_NAME_THEN_TITLE.exec(text);
  let { name, title } = bracketed && looksLikeName(ctx.compact(bracketed[1]!)) ? { name: ctx.compact(bracketed[1]!), title: ctx.compact(bracketed[2]!) } : splitTitleName(text, ctx.compact);
  // (Or after it one blank away, the title ending as titles do: 刘卫华　镇党委副书记、镇长.)
  const after = !looksLikeName(name) ? TITLE_AFTER_BLANK.exec(text) : null;
  if (after !== null && looksLikeName(after[1]!)) ({ name, title } = { name: after[1]!, title: ctx.compact(after[2]!) });
  // (A long name without a dot too: 旗长　额尔德木图.)
  if (!looksLikeName(name) && !looksLikeLongName(name)) return null;
  const [from, to] = locate(value.text, 0, name);
  return { name, title, ...(to > from ? { position: ctx.position(value.start + from, value.start + to) } : {}) };
}

/**
 * A sentence of the opening that states one fact under its label (matchable text): 时间：2022年3月15日下午,
 * or in words: 会议地点设在区行政中心北楼四楼会议室.
 */
const LABELLED_SENTENCE = /^[ \t]*(?:会议)?(时[ \t]*间|日[ \t]*期|地[ \t]*点)[ \t]*(?::|设在|定在|安排在|为|是|在)[ \t]*/;

/**
 * The value of the first sentence of `sentences` labelled 时间/日期 ("date") or 地点 ("place"): the
 * opening of a township's minutes may state them after its first sentence
 * (会议由镇长柯永平主持。时间：2022年3月15日下午；地点：镇政府二楼会议室。).
 */
export function labelledSentence(sentences: readonly Span[], fact: "date" | "place"): Span | undefined {
  for (const s of sentences) {
    const m = LABELLED_SENTENCE.exec(s.match);
    if (m === null || (m[1]!.startsWith("地") ? "place" : "date") !== fact) continue;
    const at = m[0].length;
    if (stripEnd(s.text.slice(at)) === "") continue;
    return { text: s.text.slice(at), match: s.match.slice(at), start: s.start + at };
  }
  return undefined;
}
