// The meeting: date, place, chair, session, attendance statements and the agenda, read from the
// opening paragraph(s), the other paragraphs outside topics, and the end of the last topic.
import type { GrammarBlock } from "../grammar/index.js";
import type { Meeting, Topic } from "../model/index.js";
import { readAgenda } from "./agenda.js";
import { type Attendance, emptyAttendance, listPeople, readAttendance } from "./attendance.js";
import { type Block, onNextLine, toBlock } from "./blocks.js";
import { sentencesAfterLists } from "./lists.js";
import { type BuildContext, tokensRange } from "./context.js";
import { type MeetingFacts, footChair, labelledSentence } from "./facts.js";
import { CONVEYED_VERB, CONVEYED_WHAT, HELD, chairNamedLater, meetingChair, meetingDate, meetingPlace } from "./meeting-fields.js";
import { type Span, SENTENCE_END, cut, slice, stripEnd } from "./sentences.js";
import { indented, namesOnNextLine } from "./placement.js";
import { spanOf, textNode } from "./topics.js";
import { parseSession } from "./values/session.js";
import { dateParts, parseDate } from "./values/dates.js";
import { parseChineseNumber, parseNumber } from "./values/numerals.js";
import { toMatchable } from "./values/text.js";
import { LEADERS_GROUP } from "./values/names.js";

export interface MeetingInput {
  /** The title line, which tells of the meeting but is not one of its sentences. */
  titleBlock: Block | null;
  title: string | null;
  openingBlocks: Block[];
  agendaBlocks: Block[];
  /** The meeting's facts written as labelled lines (时间： 地点： 主持：), if any. */
  facts: MeetingFacts | null;
  blocks: Block[];
  topics: Topic[];
  ctx: BuildContext;
  /** Dates that may fix the meeting's year: the document's own, then the page's. */
  references: (string | null | undefined)[];
  /** The document's own among them (落款, 成文日期, the number's year): where they agree on a year, it holds. */
  documentReferences?: (string | null | undefined)[];
  /** A date in brackets on its own line under the title (（2025年3月5日）): the meeting's, where the text gives none. */
  titleDate?: Block | null;
}

/** A line break with the blanks around it. */
const LINE_BREAK_IN_TEXT = /[ \t]*\r?\n[ \t]*/g;
const SPACED_NUMBER = /(?<=[第0-9]) (?=[0-9次])/g;

/** Which meeting a sentence opens: the standing meeting, another one, or none. */
type MeetingKind = "standing" | "other";
const HELD_ANYWHERE = /召开|举行/;
/** 召开 + the meeting's name, up to the end of the clause. */
const HELD_MEETING = /(?:召开|举行)([^,，。;；]{0,40}?会议|[^,，。;；]{0,40}?会)/;
/** The meeting's name, then where or when, then 召开: 区政府党组（扩大）会议在…召开. */
const MEETING_BEFORE_HELD = /([^,，。;；]{2,40}?会议?)(?:在|于)[^,，。;；]{0,40}?(?:召开|举行)/;
const STANDING_NAME = /常务(?:\(扩大\))?会|办公会|全体会/;
/** 、/和/及 after a meeting's name, before the standing one (matchable text): …第16次会议、…第28次常务会议. */
const JOINED_AFTER_MEETING = /(?<=会议)[、和及](?=[^。，,；;]{0,30}?常务(?:\(扩大\))?会)/;

/** Where a second meeting's name starts: at 暨, or at 、/和/及 after the first meeting's name; -1 if none. */
function secondMeetingAt(text: string): number {
  const at = text.indexOf("暨");
  if (at >= 0 || (!text.includes("常务") && !text.includes("常務"))) return at;
  return JOINED_AFTER_MEETING.exec(toMatchable(text))?.index ?? -1;
}
/** A date that opens a sentence: 1月23日上午，…, 2024年1月23日，…. */
const OWN_DATE_OPENS = /^\s*(?:[0-9〇○零一二三四五六七八九]{4}年)?[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[日号]/;
/** The same day as the meeting told before, at another time: 当天下午, 同日上午, 当日傍晚, 当晚, 下午，. */
const SAME_DAY_TIME = /^\s*(?:(?:当天|当日|同日|同天)(上午|下午|晚上|傍晚|中午|晚)|当(晚)|(上午|下午|晚上|傍晚|中午)(?=[,，]))/;
/** The day after the meeting told before, perhaps at a time: 次日上午, 第二天. */
const NEXT_DAY_TIME = /^\s*((?:次日|翌日|第二天)(上午|下午|晚上)?)/;
/** A government's plenary meeting (全体会议), which pages may tell of before the standing one. */
const PLENARY = /全体会/;
/** The standing meeting proper (常务会议, 常务（扩大）会议). */
const STANDING_PROPER = /常务(?:\(扩大\))?会/;
/** Words that make a place one to meet at later, not where the meeting was held: 要在…召开, 将于…. */
const NOT_HELD_PLACE = /要在|将在|将于|拟在|拟于|定于|适时/;
/** The year of a session count: 2025年第12次, 2025年度第3次, 二〇二四年第五次. */
const SESSION_YEAR = /((?:19|20)[0-9]{2}|[一二][〇○零一二三四五六七八九]{3})年(?:度)?第[0-9一二三四五六七八九十]{1,4}次/;
/** A second name of the meeting joined by 暨: 暨第十九次政府常务会议. */
const COMBINED_WITH = /^暨[^,，。;；]{0,40}?会议?/;
/** Words just before 召开 that make it a plan, not news: 要定期召开, 将于…召开, 拟召开. */
const NOT_HELD = /要|将|拟|定于|适时|定期|及时|需|应当|每[年月周季]/;
/** A sentence about a meeting held before the one reported: 会前，…召开了…党组会议. */
const HELD_BEFORE = /^\s*(?:会前|会议前|此前|在此之前)/;
/**
 * A meeting the standing meeting decided on, not one held: 同意由冯晓岚同志主持召开专题会议另行研究, 会议决定，由常务副县长
 * 廖春生主持召开…专题会议, 会议同意于4月中旬召开全区优化营商环境大会 (matchable text).
 */
const PLANNED_MEETING = /(?:同意|决定|责成|要求|明确|建议)[^。；;]{0,6}?(?:由|于)[^。；;]{0,30}?召开|另行(?:研究|召开)|(?:近期|尽快|适时|择期|春节前|节前)[^。；;]{0,16}?召开|具体筹备/;
/** Words before 召开的 that make it the meeting that followed (随后召开的…常务会议). */
const FOLLOWED = /随后|接着|随即|之后/;
const HELD_NEWS = /主持|随后|接着|会后|当天|同日|[0-9一二三四五六七八九十]月|上午|下午|晚上/;

/** A party group or committee that met: 区政府党组召开会议, 党组（扩大）召开会议. */
const GROUP_MET = /(?:党组|党委|党工委)(?:[（(]扩大[）)])?(?:召开|举行)(?:了)?(?:扩大)?会议/;

/** A party group's theory group that met to study: 党组理论学习中心组举行…集中学习. */
const STUDY_HELD = /中心组[^,，。;；]{0,12}?(?:召开|举行)[^,，。;；]{0,24}?学习/;

/** `…继续召开第27次常务会议` → standing; `…召开区政府党组（扩大）会议` → other; no meeting named → null. */
function meetingKind(sentence: string): MeetingKind | null {
  if (!sentence.includes("召开") && !sentence.includes("举行")) return null;
  // 区政府党组（扩大）会议在…召开: the meeting named before 在/于 and 召开.
  const before = HELD_MEETING.test(sentence) ? null : MEETING_BEFORE_HELD.exec(sentence);
  if (before !== null) return HELD_NEWS.test(sentence) ? (STANDING_NAME.test(before[1]!) ? "standing" : "other") : null;
  const m = HELD_MEETING.exec(sentence);
  // (A party group that met, 区政府党组召开会议, tells of its own meeting.)
  if (m !== null && (m[1] === "会议" || m[1] === "会") && GROUP_MET.test(sentence)) return "other";
  // (So does a study session of its theory group: 区政府党组理论学习中心组举行2024年第5次集中学习.)
  if (m === null && STUDY_HELD.test(sentence)) return HELD_NEWS.test(sentence) ? "other" : null;
  // 召开的…会议 tells of a meeting held before (…召开的区政府第21次常务会议研究确定的…).
  if (m === null || m[1] === "会议" || m[1] === "会") return null;
  // (X主持召开…党组（扩大）会议暨第十九次政府常务会议: one meeting held as both, the standing one.
  // A cover line that only names the two, 县政府召开党组会议暨第七十一次常务会议, leaves them to the text.)
  const joined = COMBINED_WITH.exec(sentence.slice(m.index + m[0].length));
  if (joined !== null && STANDING_NAME.test(joined[0]) && sentence.slice(Math.max(0, m.index - 2), m.index) === "主持") return "standing";
  // (…but 随后召开的区政府第41次常务会议由…主持 tells of the meeting that followed.)
  if (m[1]!.startsWith("的") && !FOLLOWED.test(sentence.slice(Math.max(0, m.index - 4), m.index))) return null;
  // A meeting that was held, told as news (主持, a date, 随后…), not one to be held (要定期召开…).
  const clauseStart = Math.max(sentence.lastIndexOf(",", m.index), sentence.lastIndexOf("，", m.index)) + 1;
  if (NOT_HELD.test(sentence.slice(Math.max(clauseStart, m.index - 6), m.index)) || !HELD_NEWS.test(sentence)) return null;
  return STANDING_NAME.test(m[1]!) ? "standing" : "other";
}

/**
 * Paragraphs as spans, a hard-wrapped one read whole: a line that ends no sentence goes on in
 * the next paragraph line (…蓝海鹰、司马⏎骏出席会议，…).
 */
function wrappedParagraphs(list: Block[], ctx: BuildContext): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < list.length; i++) {
    const first = list[i]!;
    let last = first;
    while (
      i + 1 < list.length &&
      onNextLine(ctx.text, last.end, list[i + 1]!.start) &&
      // (A ； ends a line of people whose verb comes lines later: …聂永明；县政府办公室…负责同志；⏎…列席会议。)
      (!WRAP_STOP.test(ctx.match.slice(last.start, last.end)) || peopleBeforeVerb(ctx.match.slice(first.start, last.end), ctx.match.slice(list[i + 1]!.start, list[i + 1]!.end)) ||
        // (A list's label that a wrap left at the line's end, its names on the next: …雍丽。请假：⏎麻志成（在外招商）。)
        namesOnNextLine(ctx.match.slice(last.start, last.end), ctx.text, list[i + 1]!.start)) &&
      // (An image's placeholder goes on in nothing: [图片]⏎孟振华、陈伟林等参加会议。)
      !IMAGE_PLACEHOLDER.test(ctx.match.slice(last.start, last.end)) &&
      // (An indented line after a flush-left rest opens a paragraph of its own: …滑秀娟⏎　　区人大….)
      !(last !== first && !indented(ctx.text, last.start) && indented(ctx.text, list[i + 1]!.start)) &&
      // (Nor goes a labelled list on into a sentence with its own attendance verb: …滑秀娟⏎区人大常委会…应邀列席会议。)
      // (…or into the meeting's next sentence: …庞　玥⏎会议研究了以下事项：.)
      !(LABELLED_LIST.test(ctx.match.slice(first.start, first.end)) && OWN_SENTENCE.test(ctx.match.slice(list[i + 1]!.start, list[i + 1]!.end)))
    ) last = list[++i]!;
    out.push({ text: ctx.text.slice(first.start, last.end), match: ctx.match.slice(first.start, last.end), start: first.start });
  }
  return out;
}

/** An image's placeholder on a line of its own: [图片], 图片, [图]. */
const IMAGE_PLACEHOLDER = /^\s*[\[【]?图片?[\]】]?\s*$/;
/** A list after an attendance label: 列席会议的有：…, 列席：…. */
const LABELLED_LIST = /^\s*[^。;，,]{0,12}(?:出席|列席|参加|请假|缺席)[^。;，,]{0,12}[:：]/;
/**
 * A sentence of its own: one telling attendance (区人大常委会、区政协有关负责同志应邀列席会议。), the
 * meeting's (会议研究了以下事项：), or a labelled line (附件：…清单).
 */
const OWN_SENTENCE = /^[^:：]{2,60}(?:应邀)?(?:列席|出席|参加)(?:了)?会议[。.]?\s*$|^\s*(?:会议|会上)(?:研究|听取|审议|讨论|传达|指出|强调|要求|认为|决定|议定|同意|原则)|^\s*[\u3400-\u9fff]{2,6}[:：]/;

/** Whether `text`, ended by ；, is people and groups whose attendance verb ends `next`. */
function peopleBeforeVerb(text: string, next: string): boolean {
  return SEMICOLON_AT_END.test(text) && !ATTENDANCE_HINT.test(text) && !HELD_ANYWHERE.test(text) && STATEMENT_AT_END.test(next) && !HELD_ANYWHERE.test(next);
}


/** What ends a line that was not cut by a wrap: the end of a sentence (an ASCII full stop after a Han character too) or a clause-closing colon. */
const WRAP_STOP = /(?:[。；;！？!?：:]|(?<=[\u3400-\u9fff])\.)\s*$/;

/** A headline opening with a month and day (and its year: 2026年1月19日下午,…). */
const HEADLINE_DATE = /^\s*(?:[0-9]{4}\s*年\s*)?[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日/;

/** A sentence ended by ； (matchable text). */
const SEMICOLON_AT_END = /;\s*$/;
/** A sentence whose attendance verb ends it: …列席会议。 */
const STATEMENT_AT_END = /(?:出席|列席|参加)(?:了)?会议[。.;]?\s*$/;
/** A sentence that names the chair: 会议由市长方振国主持。 */
const CHAIR_HINT = /主持(?:会议)?[。.]?\s*$/;
/** A paragraph that may state attendance. */
/** A sentence of what the meeting said: 会议强调，…, 会议指出…, 会议要求…. */
const SAID_BY_MEETING = /^\s*会议(?:强调|指出|要求|认为|提出|明确|号召)/;
const ATTENDANCE_HINT = /出席|参加|参会|列席|请[病事]?假|缺席|到会|与会/;
/**
 * A list statement whose items end in ；, the text (a paragraph or a sentence) ending with one of
 * them: 列席会议的有：区政府办公室主任何勇；…金晓红；
 */
const LIST_GOES_ON = /(?:出席|列席|参加|请假|缺席)[^。;]{0,12}(?:的(?:还)?有|人员)?[:：][^。]*;\s*$/;

/**
 * The paragraphs, each whose list of ；-ended items goes on over the next line (…金晓红；⏎区市场
 * 监管局局长王海涛；…。) read together with that line.
 */
function wrappedListsJoined(paragraphs: Span[], ctx: BuildContext): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const next = paragraphs[i + 1];
    const end = p.start + p.text.length;
    if (next !== undefined && LIST_GOES_ON.test(p.match) && onNextLine(ctx.text, end, next.start)) {
      const to = next.start + next.text.length;
      out.push({ text: ctx.text.slice(p.start, to), match: ctx.match.slice(p.start, to), start: p.start });
      i++;
    } else out.push(p);
  }
  return out;
}

/**
 * The sentences of `p`, where a list opened by 的有： has its items ended by ； (…主任何勇；区发改局局长
 * 郑杰；…。), each item's sentence joined to the statement's.
 */
function listSentencesJoined(p: Span, sentences: Span[], ctx: BuildContext): Span[] {
  if (!p.match.includes(";")) return sentences;
  const out: Span[] = [];
  for (let i = 0; i < sentences.length; i++) {
    let s = sentences[i]!;
    // People ended by ； before the verb that names them all (县人民法院院长邰秀芬，县人民检察院检察长聂永明；
    // 县政府办公室…的负责同志；…的主要负责人列席会议): the sentences up to that verb are one.
    if (!ATTENDANCE_HINT.test(s.match) && SEMICOLON_AT_END.test(s.match) && (listPeople(s, ctx)?.length ?? 0) > 0) {
      let j = i + 1;
      while (j < sentences.length && !ATTENDANCE_HINT.test(sentences[j]!.match) && SEMICOLON_AT_END.test(sentences[j]!.match) && !HELD_ANYWHERE.test(sentences[j]!.match)) j++;
      const last = sentences[j];
      if (last !== undefined && STATEMENT_AT_END.test(last.match)) {
        out.push(slice(p, s.start - p.start, last.start - p.start + last.text.length));
        i = j;
        continue;
      }
    }
    if (LIST_GOES_ON.test(s.match)) {
      let j = i + 1;
      while (j < sentences.length && !ATTENDANCE_HINT.test(sentences[j]!.match) && (listPeople(sentences[j]!, ctx)?.length ?? 0) > 0) j++;
      if (j > i + 1) {
        const last = sentences[j - 1]!;
        s = slice(p, s.start - p.start, last.start - p.start + last.text.length);
        i = j - 1;
      }
    }
    out.push(s);
  }
  return out;
}

/** Observers named for one topic in its text: …列席本议题, …列席该议题 (matchable text). */
const TOPIC_OBSERVERS = /列席(?:了)?(?:本|该|此)(?:项)?(?:议题|议程)/;

/** The paragraphs in the bodies of all topics, at every level, as spans. */
function topicParagraphs(blocks: Block[], ctx: BuildContext): Span[] {
  const out: Span[] = [];
  const walk = (parts: readonly GrammarBlock[]): void => {
    for (const part of parts) {
      if (part.kind === "topic") walk(part.topic!.body);
      else if (part.kind === "paragraph" && part.tokens.length > 0) {
        const [start, end] = tokensRange(part.tokens);
        out.push({ text: ctx.text.slice(start, end), match: ctx.match.slice(start, end), start });
      }
    }
  };
  for (const b of blocks) if (b.kind === "topic") walk(b.topic!.body);
  return out;
}

/** The body paragraphs of the last topic, down its chain of last subtopics, as spans. */
function lastTopicParagraphs(blocks: Block[], ctx: BuildContext): Span[] {
  const out: Span[] = [];
  let topic: GrammarBlock | undefined = findLast(blocks, (b) => b.kind === "topic");
  while (topic !== undefined) {
    const body = topic.topic?.body ?? [];
    const paragraphs: Block[] = [];
    for (const p of body) {
      const b = p.kind === "paragraph" ? toBlock(p) : null;
      if (b) paragraphs.push(b);
    }
    out.push(...wrappedParagraphs(paragraphs, ctx));
    topic = findLast(body, (b) => b.kind === "topic");
  }
  return out;
}

/** Adds what `from` says to `into` (people not yet named in a list, and the notes). */
function mergeAttendance(into: Attendance, from: Attendance): void {
  for (const role of Object.keys(from.people) as (keyof Attendance["people"])[]) {
    const known = new Set(into.people[role].map((p) => p.name));
    for (const p of from.people[role]) if (!known.has(p.name)) into.people[role].push(p);
  }
  into.notes.push(...from.notes);
}

function findLast<T>(list: readonly T[], test: (t: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return list[i];
  return undefined;
}

export function buildMeeting({ title, titleBlock, openingBlocks, agendaBlocks, facts, blocks, ctx, references, documentReferences = [], titleDate = null }: MeetingInput): Meeting {
  // The opening read as one text, across the line wraps of a hard-wrapped paragraph.
  const opening: Span[] = [];
  if (openingBlocks.length > 0) {
    const start = openingBlocks[0]!.start;
    const end = openingBlocks[openingBlocks.length - 1]!.end;
    opening.push({ text: ctx.text.slice(start, end), match: ctx.match.slice(start, end), start });
  }
  const sentences = opening.flatMap((s) => cut(s, SENTENCE_END));
  // The sentence that tells when the meeting was held: the first with 召开/主持/举行 and a date
  // (日前，区长…主持召开… may come before 会议于3月12日下午在…举行), else the first with 召开.
  const heldSentences = sentences.filter((s) => HELD.test(s.match));
  // (Read in order until one has a month: the rest are not needed.)
  const heldDates: ReturnType<typeof meetingDate>[] = [];
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
  // (Not the page's chrome: a related link names another meeting, 葉晉榮主持召開區政府第十八次常務會議.)
  const others = wrappedParagraphs(blocks.filter((b) => b.kind === "paragraph" && b !== titleBlock && !openingBlocks.includes(b) && b.outline !== "chrome"), ctx);
  // News pages with numbered topics put the attendance sentence after the last topic, where the
  // grammar keeps it in that topic's body.
  // (So may the chair's: …另行纪要。⏎会议由市长方振国主持。)
  // (And a later meeting told there, whose attendance is not the standing meeting's: 當天下午，…主持召開區政府專題會議。)
  const trailing = lastTopicParagraphs(blocks, ctx).filter((p) => ATTENDANCE_HINT.test(p.match) || CHAIR_HINT.test(p.match) || HELD_ANYWHERE.test(p.match));
  // (And a topic's own observers, in its text: 区国资办主任沈建明列席本议题。)
  const topicObservers = (TOPIC_OBSERVERS.test(ctx.match) ? topicParagraphs(blocks, ctx) : []).filter((p) => TOPIC_OBSERVERS.test(p.match) && !trailing.some((t) => t.start <= p.start && p.start < t.start + t.text.length));
  // (And a sentence after a list's full stop on its line: 参加会议：…俞　晴。会议由区长公孙宏主持。)
  const afterLists = sentencesAfterLists(blocks, ctx);
  const paragraphs = wrappedListsJoined([...opening, ...others, ...trailing, ...topicObservers, ...afterLists].sort((a, b) => a.start - b.start), ctx);

  // A page may tell of more than one meeting (党组会议, then 随后…继续召开常务会议; or a 专题会议
  // after the standing one). Sentence by sentence, each 召开 of a named meeting says which one
  // the following sentences are about; only the standing meeting's attendance counts.
  const attendance = emptyAttendance();
  /** What the sentences about another meeting say, before any standing meeting is told of. */
  const otherAttendance = emptyAttendance();
  let about: MeetingKind = "standing";
  let standing: Span | undefined;
  /** The session number `standing` names (read when first needed). */
  let standingSession: number | null | undefined;
  const standingSessionOf = (s: Span): number | null => {
    if (standingSession === undefined) standingSession = sessionOf(s.text)?.sessionNumber ?? null;
    return standingSession;
  };
  let firstHeldKind: MeetingKind | null = null;
  /** The sentences not about another meeting (before any meeting is named too). */
  const aboutStanding: Span[] = [];
  for (const p of paragraphs) {
    if (!HELD_ANYWHERE.test(p.match) && !ATTENDANCE_HINT.test(p.match) && !p.match.includes("主持")) continue;
    for (const s of listSentencesJoined(p, cut(p, SENTENCE_END), ctx)) {
      let kind = meetingKind(s.match);
      // (A plenary told of first, 市政府第二次全体会议, then the standing meeting proper, 当天下午…第3次常务会议:
      // the standing meeting is the second; what was read of the plenary is another meeting's.)
      if (kind === "standing" && standing !== undefined && PLENARY.test(standing.match) && !STANDING_PROPER.test(standing.match) && STANDING_PROPER.test(s.match)) {
        mergeAttendance(otherAttendance, attendance);
        Object.assign(attendance, emptyAttendance());
        aboutStanding.length = 0;
        standing = s;
        standingSession = undefined;
        firstHeldKind = "other";
      }
      // Once the standing meeting has been told of, a later meeting is another one (会后…又召开…),
      // unless the text says the standing meeting goes on (继续召开).
      // (The same session told of again, as a WeChat copy's cover block does, is the same meeting.)
      if (kind === "standing" && standing !== undefined && !s.match.includes("继续") && !namesSession(s, standingSessionOf(standing))) kind = "other";
      // (A meeting held before the standing one, told in passing, is an aside: 会前，…主持召开了…党组会议。
      // The sentences after it are about the standing meeting again.)
      if (kind === "other" && standing !== undefined && HELD_BEFORE.test(s.match)) continue;
      // (Nor is a meeting the standing one decided to hold: 同意由…主持召开专题会议另行研究.)
      if (kind === "other" && standing !== undefined && PLANNED_MEETING.test(s.match)) continue;
      if (kind !== null) {
        about = kind;
        firstHeldKind ??= kind;
        if (kind === "standing") standing ??= s;
      }
      if (about === "standing") aboutStanding.push(s);
      // (What the meeting said names no one present: 会议强调，市委书记张卫东出席全市…推进会时提出的…要求.)
      if (SAID_BY_MEETING.test(s.match)) continue;
      if (about === "standing" && ATTENDANCE_HINT.test(s.match)) readAttendance(s, ctx, attendance);
      else if (standing === undefined && ATTENDANCE_HINT.test(s.match)) readAttendance(s, ctx, otherAttendance);
    }
  }
  // Minutes of another meeting only (a 党工委会议纪要): its attendance is the meeting's.
  if (standing === undefined) mergeAttendance(attendance, otherAttendance);
  // Combined meetings: when the page opens with another meeting, the standing meeting's own
  // sentence gives its chair, place and number; the date and time of day carry over.
  const continued = firstHeldKind === "other" ? standing : undefined;
  /** The sentences about the standing meeting, from the one that tells it was held. */
  const standingSentences = standing === undefined ? [] : aboutStanding.slice(aboutStanding.indexOf(standing));

  // The date of `held`, already read above (the first sentence read again only when no 召开 sentence).
  let date =
    heldDates[dated >= 0 ? dated : 0] ??
    (held ? meetingDate(held, ctx, null) : { text: null, iso: null, timeOfDay: null, year: null, month: null, day: null });
  // (The standing meeting told after another on the same day, at its own time: 当天下午，…主持召开….)
  const sameDay = continued ? SAME_DAY_TIME.exec(continued.match) : null;
  if (sameDay !== null && date.text !== null) date = { ...date, timeOfDay: (sameDay[1] ?? sameDay[2] ?? sameDay[3])! };
  // Minutes that state their facts as labelled lines: the 时间 line dates the meeting.
  let dateSpan = held;
  // (Or on a day of its own, the date opening its sentence: 1月22日下午，…召开区政府党组（扩大）会议…。⏎1月23日上午，
  // 区长…主持召开区政府第3次常务会议.)
  if (continued !== undefined && sameDay === null && OWN_DATE_OPENS.test(continued.match)) {
    const own = meetingDate(continued, ctx, null);
    if (own.month !== null) {
      date = own;
      dateSpan = continued;
    }
  }
  if (date.text === null && facts?.date) {
    date = meetingDate(facts.date, ctx, null);
    dateSpan = facts.date;
  }
  // (Or a labelled sentence of the opening: 会议由…主持。时间：2022年3月15日下午；地点：….)
  const labelledDate = date.text === null ? labelledSentence(sentences, "date") : undefined;
  if (labelledDate !== undefined) {
    date = meetingDate(labelledDate, ctx, null);
    dateSpan = labelledDate;
  }
  // 县政府第5次常务会议纪要⏎（2025年3月5日）: the date under the title.
  if (date.text === null && titleDate) {
    const span = spanOf(titleDate.tokens, ctx);
    date = meetingDate(span, ctx, null);
    dateSpan = span;
  }
  // A headline that starts with the date (5月6日区政府召开第12次常务会议) dates a page whose text does not.
  // (So does it a text whose date lost its 年/月/日 and splits two ways: 2026119下午.)
  if ((date.text === null || date.month === null) && titleBlock && HEADLINE_DATE.test(ctx.match.slice(titleBlock.start, titleBlock.end))) {
    const headline = spanOf(titleBlock.tokens, ctx);
    const fromHeadline = meetingDate(headline, ctx, null);
    if (fromHeadline.month !== null) {
      // (The time of day the text gives stays: 当天上午，….)
      date = { ...fromHeadline, timeOfDay: fromHeadline.timeOfDay ?? date.timeOfDay };
      dateSpan = headline;
    }
  }
  // 日前/近日 in the opening, the date in a later paragraph: 会议于8月19日上午在…召开.
  const later = date.month === null ? laterHeldSentence(others) : undefined;
  if (later !== undefined) {
    const fromLater = meetingDate(later, ctx, null);
    if (fromLater.month !== null) {
      date = fromLater;
      dateSpan = later;
    }
  }
  // A news report's day alone (25日，市长…主持召开…): the month and year of the page's date, on
  // that day or a few days after it.
  // (After a news dateline too: 汶阳新闻网1月24日讯(记者 …)23日上午,….)
  // (Or the day after the chair's name, before 主持: 区委副书记、区长邵振东20日下午主持召开….)
  if (date.month === null && held) {
    const day = DAY_ALONE.exec(held.match) ?? DAY_BEFORE_CHAIRING.exec(held.match);
    const page = day === null ? undefined : references.find((r) => typeof r === "string" && dayBefore(r, Number(day[2])));
    if (day !== null && page) {
      const lead = day[1]!.length;
      const text = `${day[2]}日${day[3] ?? ""}`;
      const time = day[3] ?? null;
      const iso = `${page.slice(0, 8)}${day[2]!.padStart(2, "0")}`;
      const at = held.start + day.index + lead;
      date = { text, iso, timeOfDay: time, year: Number(page.slice(0, 4)), month: Number(page.slice(5, 7)), day: Number(day[2]), position: ctx.position(at, at + text.length) };
    }
  }
  if (dateSpan && date.iso === null && date.year === null && date.text !== null) {
    // (The year of a session count, 2025年第12次常务会议, is the meeting's.)
    // (Or of the title's, 澄浦区人民政府2024年第18次常务会议纪要, or the session line under it: （2024年第18次）.)
    const sessionYear = SESSION_YEAR.exec(held?.match ?? "")?.[1] ?? (title ? SESSION_YEAR.exec(title)?.[1] : undefined) ?? sessionLineYear(blocks, ctx);
    const session = sessionYear ? [`${parseChineseNumber(sessionYear) ?? sessionYear}年`] : [];
    // (The document's own dates agreeing on a year outweigh a page's: a mirror posts minutes years later.)
    const year = inferYear(date.month, date.day, [...session, ...documentReferences]) ?? inferYear(date.month, date.day, [...session, ...references]);
    if (year !== null) {
      // Month and day known: only the year was missing. Else (1030日) read the date again with the year.
      if (date.month !== null && date.day !== null) {
        date.year = year;
        date.iso = dateParts(year, date.month, date.day).iso;
      } else date = meetingDate(dateSpan, ctx, year);
    }
  }
  // (A summary above the full text, 内容概述：二〇二四年十二月十八日，县长…主持召开…, may leave out
  // the time of day the opening below gives for the same day: 二〇二四年十二月十八日下午，….)
  if (date.iso !== null && date.timeOfDay === null && !continued) {
    const timed = firstOf(others, (p) => {
      // (The standing meeting's own, not another meeting's of that day: 又讯…8月20日下午，…主持召开…推进会.)
      if (!HELD.test(p.match) || meetingKind(p.match) !== "standing") return null;
      const d = meetingDate(p, ctx, date.year);
      return d.iso === date.iso && d.timeOfDay !== null ? d.timeOfDay : null;
    });
    if (timed !== null) date = { ...date, timeOfDay: timed };
  }
  // (The standing meeting held the day after the other, 次日上午，区政府继续召开第35次常务会议: that day.)
  const nextDay = continued ? NEXT_DAY_TIME.exec(continued.match) : null;
  if (nextDay !== null && date.year !== null && date.month !== null && date.day !== null) {
    const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
    const at = continued!.start + nextDay.index + nextDay[0].length - nextDay[1]!.length;
    const text = nextDay[1]!;
    date = { ...dateParts(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()), text, timeOfDay: nextDay[2] ?? null, position: ctx.position(at, at + text.length) };
  }
  const meetingDateValue: Meeting["date"] = { text: date.text, iso: date.iso, timeOfDay: date.timeOfDay };
  if (date.position) meetingDateValue.position = date.position;

  // The headline may be the only place that names the chair (县长朱建平主持召开县政府第二十三次常务会议).
  const chair =
    // (…接着召开第6次常务会议。会议由县长闫志诚主持: the chair may be named in a later sentence.)
    (continued ? firstOf(standingSentences, (s) => meetingChair(s, ctx)) : null) ??
    firstOf(sentences, (s) => meetingChair(s, ctx)) ??
    (titleBlock ? meetingChair(spanOf(titleBlock.tokens, ctx), ctx) : null) ??
    facts?.chair ??
    // (A news report may name the chair last: …。市委常委、常务副市长鞠峰主持会议并讲话，…出席会议。)
    (continued ? null : firstOf(aboutStanding, (s) => meetingChair(s, ctx))) ??
    // (Or by title alone, 县长主持召开…, named later: 县长苗书澜指出，….)
    (held ? chairNamedLater(held, [...sentences, ...others], ctx) : null) ??
    // (Or on a labelled line above the lists at the foot: 主持：区长　谷永年⏎出席：….)
    footChair(ctx) ??
    null;
  // A chair named bare where the sentence named them with their titles before
  // (…县委副书记、县长汪卫东共同出席…，汪卫东主持会议): the title told there.
  if (chair !== null && chair.title === null) {
    // (Not a list's group word: 县领导韦家明、房志伟…出席会议 tells no title.)
    const told = [...attendance.people.attendees, ...attendance.people.invitedAttendees].find((p) => p.name === chair.name && p.title !== null && !LEADERS_GROUP.test(p.title));
    if (told !== undefined) chair.title = told.title;
  }
  const session =
    (continued ? sessionOf(continued.text) : null) ??
    firstOf(sentences, (s) => sessionOf(s.text)) ??
    (facts?.name ? sessionOf(facts.name) : null) ??
    // (Labelled facts, then 市政府2025年第8次常务会议听取了…: the paragraph before the first topic.)
    (facts ? leadParagraphSession(blocks, ctx) : null) ??
    (title ? sessionOf(title) : null) ??
    sessionLineSession(blocks, ctx);

  return {
    sessionNumber: session?.sessionNumber ?? null,
    term: session?.term ?? null,
    date: meetingDateValue,
    // In a combined meeting only the date and time of day carry over to the standing meeting.
    place: continued ? meetingPlace(continued) : (held ? meetingPlace(held) : null) ?? firstOf(heldSentences, meetingPlace) ?? (later ? meetingPlace(later) : null) ?? facts?.place ?? labelledPlace(sentences, ctx) ??
      // (A later sentence that tells where the standing meeting was held: 县政府第47次常务会议3日上午9时于县府第2会议室召开.)
      firstOf(aboutStanding, (s) => (s !== held && STANDING_NAME.test(s.match) && HELD_ANYWHERE.test(s.match) && !NOT_HELD_PLACE.test(s.match) ? meetingPlace(s) : null)) ??
      null,
    chair,
    attendees: attendance.people.attendees,
    invitedAttendees: attendance.people.invitedAttendees,
    absentees: attendance.people.absentees,
    observers: attendance.people.observers,
    invitedObservers: attendance.people.invitedObservers.length ? [{ group: "应邀列席", people: attendance.people.invitedObservers }] : [],
    attendanceNotes: attendance.notes,
    agenda: agendaBlocks.flatMap((b) => readAgenda(spanOf(b.tokens, ctx), ctx)),
    opening: [...[...(facts?.blocks ?? [])].filter((b) => b.kind !== "peopleList"), ...openingBlocks, ...agendaBlocks].map((b) => textNode(b.tokens, ctx)),
  };
}

/** The session a paragraph before the first topic names (市政府2025年第8次常务会议听取了…), or null. */
function leadParagraphSession(blocks: Block[], ctx: BuildContext): { sessionNumber: number; term: number | null } | null {
  for (const b of blocks) {
    if (b.kind === "topic" || b.kind === "writtenReport") return null;
    if (b.kind !== "paragraph" || b.outline !== "paragraph") continue;
    const text = ctx.text.slice(b.start, b.end);
    if (MEETING_NOUN.test(text)) return sessionOf(text);
  }
  return null;
}
const MEETING_NOUN = /常务会议|常務會議|办公会议|辦公會議/;

/**
 * The session of a bracketed line alone before the body, （2024年第6次）: under a title the page
 * gave only as a header's value (内容概述：…纪要⏎（2024年第6次）).
 */
function sessionLineSession(blocks: Block[], ctx: BuildContext): { sessionNumber: number; term: number | null } | null {
  const line = sessionLine(blocks, ctx);
  const sessionNumber = line === null ? null : parseNumber(line[2] ?? line[4] ?? line[6]!);
  return sessionNumber === null ? null : { sessionNumber, term: line?.[3] !== undefined ? parseNumber(line[3]) : null };
}
/** The year of the bracketed session line before the body, （2024年第18次）, or undefined. */
function sessionLineYear(blocks: Block[], ctx: BuildContext): string | undefined {
  const line = sessionLine(blocks, ctx);
  return line?.[1] ?? line?.[5];
}
/** The first bracketed session line before the body ({@link SESSION_LINE}'s match), or null. */
function sessionLine(blocks: Block[], ctx: BuildContext): RegExpExecArray | null {
  for (const b of blocks) {
    if (b.kind === "topic" || b.kind === "writtenReport") return null;
    const line = b.kind === "paragraph" ? SESSION_LINE.exec(ctx.match.slice(b.start, b.end)) : null;
    if (line !== null) return line;
  }
  return null;
}

/**
 * A session count alone on its line (matchable text; its year and count): （2024年第6次）, (第十二次), a term's
 * count (（十四届37次）: its term and count), a year in a number's brackets before it (〔2023〕第15次), or a
 * count and its running total (第9次（总第156次）).
 */
const SESSION_LINE = /^\s*(?:[（(](?:([0-9]{4})\s*年\s*)?第\s*([0-9]{1,4}|[一二三四五六七八九十百零〇○]{1,6})\s*次[）)]|[（(]([一二三四五六七八九十]{1,3})\s*届\s*第?\s*([0-9]{1,4}|[一二三四五六七八九十百零〇○]{1,6})\s*次[）)]|(?:[〔\[［]([0-9]{4})[〕\]］]\s*)?第\s*([0-9]{1,4}|[一二三四五六七八九十百零〇○]{1,6})\s*次(?:\s*[（(]总第\s*[0-9一二三四五六七八九十百零〇○]{1,6}\s*次[）)])?)\s*$/;

/** Whether a sentence names session `session` (第22次常务会议 told of twice). */
function namesSession(s: Span, session: number | null): boolean {
  return session !== null && sessionOf(s.text)?.sessionNumber === session;
}

/** A day alone opening the sentence or one of its first lines, a news report's, maybe after its dateline: 25日，…, 3日上午，…, …1月24日讯(记者 …)23日上午，…. */
const DAY_ALONE = /^((?:[^\n]*\n){0,3}?\s*(?:[^，,。\n]{0,24}?(?:[0-9]{1,2}月[0-9]{1,2}日)?(?:讯|电)\s*(?:[(（][^()（）]{0,30}[)）])?\s*)?)([1-9]|[12][0-9]|3[01])日(上午|下午|晚上)?[，,\s]/;
/** A day alone between the chair's name and 主持 (the lead in group 1, empty; the day and time of day after it). */
const DAY_BEFORE_CHAIRING = /()(?<![0-9０-９月])([1-9]|[12][0-9]|3[01])日(上午|下午|晚上)?(?=(?:在[^，,。]{1,20}?)?主持)/;
/** The most days a news report is dated after the meeting it tells of. */
const REPORT_DELAY = 7;

/** Whether the ISO date `iso` is `day` of its month or up to {@link REPORT_DELAY} days after it. */
function dayBefore(iso: string, day: number): boolean {
  const m = /^[0-9]{4}-[0-9]{2}-([0-9]{2})$/.exec(iso);
  return m !== null && Number(m[1]) >= day && Number(m[1]) - day <= REPORT_DELAY;
}

/** A sentence that tells when and where the meeting was held: 会议于8月19日上午在…召开. */
const LATER_HELD = /^\s*(?:本次)?会议(?:于|在)[^。]*(?:召开|举行)/;

/** The first such sentence of the paragraphs outside the opening. */
function laterHeldSentence(paragraphs: Span[]): Span | undefined {
  for (const p of paragraphs) {
    if (!HELD_ANYWHERE.test(p.match)) continue;
    for (const s of cut(p, SENTENCE_END)) if (LATER_HELD.test(s.match)) return s;
  }
  return undefined;
}

/**
 * Another meeting's count that a sentence names: one whose spirit or decisions the meeting passed on
 * (传达学习了省政府第18次常务会议精神, 落实县政府第12次常务会议议定事项), or one a matter goes to next
 * (提请县政府第22次常务会议审议).
 */
const OTHER_MEETING_COUNT = new RegExp(`${CONVEYED_VERB}[^。，,;；]{0,24}?(?:第)?[^。，,;；次]{1,8}次[^。，,;；]{0,10}?会议?${CONVEYED_WHAT}|(?:提请|提交|报请)[^。，,;；]{0,12}?第[^。，,;；次]{1,8}次[^。，,;；]{0,10}?会议?(?:审议|研究|讨论|审定)`, "g");

/** Whether a text may name another meeting's count (one search before the matchable reading). */
const OTHER_MEETING_HINT = /传达|傳達|学习|學習|贯彻|貫徹|落实|落實|提请|提請|提交|报请|報請/;

function sessionOf(text: string): { sessionNumber: number; term: number | null } | null {
  if (!text.includes("次")) return null;
  // (Read in matchable text, a Traditional copy's 傳達學習…精神 too; the text blanked at the same places.)
  if (OTHER_MEETING_HINT.test(text)) {
    for (const m of toMatchable(text).matchAll(OTHER_MEETING_COUNT)) text = text.slice(0, m.index) + " ".repeat(m[0].length) + text.slice(m.index + m[0].length);
  }
  if (!text.includes("次")) return null;
  // (Two meetings held as one, 党组第31次会议暨二届政府第52次常务会: the standing one's count.)
  // (Or joined by 、/和/及 right after the first meeting's name: …党组2023年第16次会议、十八届县人民政府第28次常务会议.)
  const joined = secondMeetingAt(text);
  if (joined >= 0 && STANDING_NAME.test(toMatchable(text.slice(joined))) && text.slice(joined).includes("次")) {
    const after = sessionOf(text.slice(joined + 1));
    if (after !== null) return after;
  }
  // 第 2 1 次: spaced-out digits read as one number.
  // (Read in matchable text: full-width digits and blanks as ASCII, 第 １ ２ 次.)
  // (And a line break inside the mention read as nothing: 2025年第3次⏎镇政府常务会议.)
  const s = parseSession(toMatchable(text).replace(LINE_BREAK_IN_TEXT, "").replace(SPACED_NUMBER, ""));
  return s.sessionNumber === null ? null : { sessionNumber: s.sessionNumber, term: s.term };
}

function firstOf<T, R>(list: T[], f: (t: T) => R | null): R | null {
  for (const t of list) {
    const r = f(t);
    if (r !== null) return r;
  }
  return null;
}

/** A year written before 年 in a date whose month or day a website garbled (2019年11?2日). */
const YEAR_ONLY = /^\s*([0-9]{4}|[〇○零一二三四五六七八九]{4})\s*[年?？]/;

/**
 * The meeting's year from the document's other dates (落款, header, 印发), when they all agree:
 * a reference dated after the meeting's month and day in its year gives that year, one dated
 * before gives the year before. A reference whose month was garbled gives its year only when the
 * meeting is not in December (a December meeting may be issued in January).
 */
function inferYear(month: number | null, day: number | null, references: (string | null | undefined)[]): number | null {
  const years = new Set<number>();
  for (const ref of references) {
    if (!ref) continue;
    const parts = parseDate(ref);
    if (parts.year !== null && parts.month !== null && parts.day !== null && month !== null && day !== null) {
      years.add(month < parts.month || (month === parts.month && day <= parts.day) ? parts.year : parts.year - 1);
      continue;
    }
    const year = parts.year ?? parseNumber(YEAR_ONLY.exec(ref)?.[1] ?? "");
    if (year !== null && month !== null && month < 12) years.add(year);
  }
  return years.size === 1 ? [...years][0]! : null;
}

/** The place a labelled sentence of the opening states (地点：镇政府二楼会议室。), or null. */
function labelledPlace(sentences: readonly Span[], ctx: BuildContext): string | null {
  const value = labelledSentence(sentences, "place");
  return value === undefined ? null : ctx.compact(stripEnd(value.text));
}
