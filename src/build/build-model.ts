// CST → model. Each document part has its own handler file; this file places the blocks:
// which paragraph is the title, the opening, the agenda, the body, and what is left unplaced.
import type { CstNode, IToken } from "chevrotain";
import type { Decoded } from "../decode/index.js";
import type { CstResult } from "../grammar/index.js";
import {
  type BlockKind,
  type DateValue,
  type DocumentNumber,
  type Meeting,
  type Minutes,
  MODEL_VERSION,
  type OutlineEntry,
  type Person,
  type Printing,
  type TextNode,
  type Topic,
} from "../model/index.js";
import { linkAgenda, readAgenda, AGENDA } from "./agenda.js";
import { emptyAttendance, readAttendance } from "./attendance.js";
import { type Block, contentTokens, documentBlocks, nodeTokens } from "./blocks.js";
import { type BuildContext, createContext, tokenRange, tokensRange } from "./context.js";
import { buildDisclosure } from "./header.js";
import { buildDistribution, buildPeopleList } from "./lists.js";
import { HELD, PLANNED, meetingChair, meetingDate, meetingPlace } from "./meeting-fields.js";
import { type Span, SENTENCE_END, cut } from "./sentences.js";
import { buildTopic, spanOf, textNode } from "./topics.js";
import { parseDate } from "./values/dates.js";
import { parseDocumentNumber } from "./values/doc-number.js";
import { parseSession } from "./values/session.js";
import { cleanText, toMatchable } from "./values/text.js";
import { buildWrittenReports } from "./written-reports.js";

/** The outline kind of each grammar block (paragraphs and signatures are refined later). */
const FIXED_KIND: Partial<Record<Block["kind"], BlockKind>> = {
  headerRow: "header",
  chromeLine: "chrome",
  docNumberLine: "document-number",
  signature: "signature",
  topic: "topic",
  writtenReport: "written-report",
  peopleList: "people-list",
  distributionList: "distribution",
};

/** A title names a meeting or minutes and is not a sentence. */
const TITLE_WORDS = /纪要|会议|常务会|办公会|召开|通知|通报|会$/;
const SENTENCE_LIKE = /[。；;]$|^[0-9０-９]{1,4}[年月]|^[0-9]{1,2}\s*月/;
/** The standing meeting continues after another one: 随后，区政府继续召开第27次常务会议. */
const CONTINUED = /(?:随后|接着|紧接着|会后)[^。]*?(?:继续)?召开[^。]*?(?:常务会议|常务会|办公会)/;
const STANDING_MEETING = /常务会议|常务会|办公会|政府会议|纪要/;
const MINUTES_TITLE = /纪要/;
const NOTICE_TITLE = /通知|通告|公告|规则|规定|制度|细则|办法$|意见$|决定$/;

/** Builds the model of one document from its CST. */
export function buildModel(result: CstResult, decoded: Decoded, file: string | null, offsets: Int32Array | null = null): Minutes {
  const ctx = createContext(result.text, result.tokens, decoded.text, offsets);
  const blocks = documentBlocks(result.cst, ctx);
  const of = (kind: Block["kind"]): Block[] => blocks.filter((b) => b.kind === kind);

  const unplaced: TextNode[] = [];
  keepUnparsedTokens(result, blocks, ctx, unplaced);
  const kinds = new Map<Block, BlockKind>(blocks.map((b) => [b, FIXED_KIND[b.kind] ?? "paragraph"]));

  const disclosure = buildDisclosure(of("headerRow"), ctx);
  const chrome = of("chromeLine").map((b) => textNode(b.tokens, ctx));
  const documentNumber = buildDocumentNumber(of("docNumberLine"), disclosure.fileNumber, ctx);

  // 落款 and 印发 lines.
  let issuer: string | null = null;
  let issueDate: DateValue | null = null;
  let printing: Printing | null = null;
  let signatureOrgan: string | null = null;
  for (const block of of("signature")) {
    const dateToken = block.tokens.find((t) => t.tokenType.name === "StandaloneDate")!;
    const organTokens = block.tokens.filter((t) => t.tokenType.name === "Text");
    const organ = organTokens.length ? cleanText(ctx.text.slice(...tokensRange(organTokens))) : null;
    const printed = /印[发發]$/.test(dateToken.image);
    const dateText = dateToken.image.replace(/印[发發]$/, "");
    const [ds, de] = tokenRange(dateToken);
    const date: DateValue = { text: dateText, iso: parseDate(dateText).iso, position: ctx.position(ds, de - (dateToken.image.length - dateText.length)) };
    if (printed) kinds.set(block, "printing");
    if (printed) {
      printing ??= { organization: organ, date, position: ctx.position(block.start, block.end) };
    } else if (issueDate === null) {
      issueDate = date;
      issuer = organ;
      signatureOrgan = organ;
    }
  }
  if (issuer === null && signatureOrgan === null && printing?.organization) {
    issuer = printing.organization;
    if (issueDate === null) issueDate = printing.date;
  }

  // Topics, 书面通报, lists.
  let topics: Topic[] = of("topic").map((b) => buildTopic(b.node, 1, ctx));
  let writtenReports = of("writtenReport").flatMap((b) => buildWrittenReports(b, ctx));
  const attendance = emptyAttendance();
  const invitedObservers: Meeting["invitedObservers"] = [];
  let distribution: string[] = [];
  for (const b of of("peopleList")) {
    const list = buildPeopleList(b, ctx);
    if (list.role === "invitedObservers") invitedObservers.push(list.group!);
    else addPeople(attendance.people[list.role], list.people);
  }
  for (const b of of("distributionList")) distribution.push(...buildDistribution(b, ctx));

  // Paragraphs: title, opening, agenda, body; what sits where no paragraph belongs is unplaced.
  const firstStructural = blocks.findIndex((b) => b.kind === "topic" || b.kind === "writtenReport" || b.kind === "peopleList" || b.kind === "distributionList");
  const lastList = findLastIndex(blocks, (b) => b.kind === "peopleList" || b.kind === "distributionList");
  const paragraphBlocks = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === "paragraph");
  const front = paragraphBlocks.filter(({ i }) => firstStructural < 0 || i < firstStructural);

  let titleBlock: Block | null = null;
  let headline: Block | null = null;
  let openingIndex = -1;
  for (const { b, i } of front) {
    const span = spanOf(b.tokens, ctx);
    if (isOpening(span)) {
      openingIndex = i;
      break;
    }
    if (titleBlock === null && isTitle(span)) titleBlock = b;
    if (headline === null && isHeadline(span)) headline = b;
  }
  // A page whose headline names no meeting (other news) still has that headline as its title.
  titleBlock ??= headline;
  const title = titleBlock ? cleanText(ctx.text.slice(titleBlock.start, titleBlock.end)) : null;

  const openingBlocks: Block[] = [];
  const agendaBlocks: Block[] = [];
  const paragraphs: TextNode[] = [];
  for (const { b, i } of paragraphBlocks) {
    if (b === titleBlock) {
      kinds.set(b, "title");
      continue;
    }
    const span = spanOf(b.tokens, ctx);
    if (i === openingIndex) {
      openingBlocks.push(b);
      kinds.set(b, "opening");
    } else if (openingIndex >= 0 && i > openingIndex && (firstStructural < 0 || i < firstStructural) && topics.length > 0 && AGENDA.test(span.match)) {
      agendaBlocks.push(b);
      kinds.set(b, "agenda");
    } else if ((openingIndex < 0 || i < openingIndex) && titleBlock !== null && topics.length > 0 && openingIndex >= 0) {
      unplacedParagraph(b, ctx, unplaced, "is neither the title nor the opening");
      kinds.set(b, "unplaced");
    } else if (lastList >= 0 && i > lastList) {
      unplacedParagraph(b, ctx, unplaced, "follows the lists at the foot of the minutes");
      kinds.set(b, "unplaced");
    } else paragraphs.push(textNode(b.tokens, ctx));
  }

  // The meeting.
  const isMinutes = decideMinutes(title, openingBlocks, blocks, ctx);
  let meeting: Meeting | null = null;
  if (isMinutes) {
    meeting = buildMeeting({ title, openingBlocks, agendaBlocks, blocks, topics, ctx, references: [issueDate?.iso, disclosure.writtenDate, disclosure.publishDate, printing?.date?.iso] });
    for (const role of ["attendees", "invitedAttendees", "absentees", "observers"] as const) addPeople(meeting[role], attendance.people[role]);
    meeting.invitedObservers.push(...invitedObservers);
    linkAgenda(meeting.agenda, topics);
  } else {
    const at = titleBlock ?? blocks[0];
    ctx.report("error", "not-minutes", "这不是会议纪要：未找到已召开的常务会议（The text is not minutes of a standing meeting.）", at?.start ?? 0, at?.end ?? 0);
    for (const b of [...openingBlocks, ...agendaBlocks]) paragraphs.push(textNode(b.tokens, ctx));
    for (const t of topics) paragraphs.push(...flattenTopic(t));
    for (const r of writtenReports) paragraphs.push({ text: r.text, ...(r.position ? { position: r.position } : {}) });
    topics = [];
    writtenReports = [];
    distribution = [];
  }
  paragraphs.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));

  if (isMinutes && meeting && meeting.date.iso === null) {
    const p = meeting.date.position;
    ctx.report("warning", "meeting-date-unknown", meeting.date.text ? `会议日期“${meeting.date.text}”无法确定（The meeting date cannot be read.）` : "未找到会议日期（No meeting date found.）", p?.start.offset ?? 0, p?.end.offset ?? 0);
  }
  if (title === null) ctx.report("info", "title-missing", "未找到标题（No title line found.）", 0, 0);

  const outline: OutlineEntry[] = blocks.map((b) => ({ kind: kinds.get(b)!, position: ctx.position(b.start, b.end) }));
  const blockStarts = new Set(blocks.map((b) => ctx.position(b.start, b.start).start.offset));
  for (const u of unplaced) if (u.position && !blockStarts.has(u.position.start.offset)) outline.push({ kind: "unplaced", position: u.position });
  outline.sort((a, b) => a.position!.start.offset - b.position!.start.offset);
  const diagnostics = ctx.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    type: "minutes",
    version: MODEL_VERSION,
    source: { file, encoding: decoded.encoding, bom: decoded.bom, lineEnding: decoded.lineEnding, length: decoded.text.length, lines: decoded.text.length === 0 ? 0 : ctx.locator.point(result.text.length).line },
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
    diagnostics,
  };
}

/** Appends the people of `more` whose names `list` does not hold yet. */
function addPeople(list: Person[], more: Person[]): void {
  if (more.length === 0) return;
  const names = new Set(list.map((p) => p.name));
  for (const p of more) {
    if (names.has(p.name)) continue;
    names.add(p.name);
    list.push(p);
  }
}

function findLastIndex<T>(list: T[], test: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

/** An entry of an index page: a title, then blanks and its date (区政府第32次常务会议纪要　　2023-12-21). */
const INDEX_ENTRY = /[ \t]{2,}(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$/;

function isTitle(span: Span): boolean {
  const text = cleanText(span.text);
  if (INDEX_ENTRY.test(span.match)) return false;
  return text.length >= 4 && text.length <= 80 && TITLE_WORDS.test(span.match) && !SENTENCE_LIKE.test(text);
}

/** A short line that is not a sentence: a headline, whatever it names. */
function isHeadline(span: Span): boolean {
  const text = cleanText(span.text);
  if (INDEX_ENTRY.test(span.match)) return false;
  return text.length >= 4 && text.length <= 40 && !SENTENCE_LIKE.test(text) && !/[,，。:：;；]/.test(span.match);
}

function isOpening(span: Span): boolean {
  if (INDEX_ENTRY.test(span.match)) return false;
  const first = cut(span, SENTENCE_END)[0];
  if (!first) return false;
  const s = first.match;
  return HELD.test(s) && !PLANNED.test(s) && (/[0-9０-９〇○零一二三四五六七八九十]{1,4}\s*[月年]|[0-9]{5,8}|上午|下午|晚上/.test(s) || /会议/.test(s)) && !isTitle(first);
}

function decideMinutes(title: string | null, openingBlocks: Block[], blocks: Block[], ctx: BuildContext): boolean {
  const t = title === null ? "" : toMatchable(title);
  // A 纪要 title with a body of numbered topics or 书面通报 is minutes even without an opening.
  const hasBody = blocks.some((b) => b.kind === "topic" || b.kind === "writtenReport");
  if (MINUTES_TITLE.test(t) && (openingBlocks.length > 0 || hasBody)) return true;
  if (openingBlocks.length === 0) return false;
  if (NOTICE_TITLE.test(t)) return false;
  const opening = ctx.match.slice(openingBlocks[0]!.start, openingBlocks[0]!.end);
  const continued = blocks.some((b) => b.kind === "paragraph" && CONTINUED.test(ctx.match.slice(b.start, b.end)));
  return STANDING_MEETING.test(t) || STANDING_MEETING.test(opening) || continued;
}

function buildDocumentNumber(lines: Block[], headerValue: string | null, ctx: BuildContext): DocumentNumber | null {
  for (const b of lines) {
    const parts = parseDocumentNumber(ctx.text.slice(b.start, b.end));
    if (parts) return { ...parts, position: ctx.position(b.start, b.end) };
  }
  if (headerValue !== null) {
    const parts = parseDocumentNumber(headerValue);
    if (parts) return parts;
  }
  return null;
}

interface MeetingInput {
  title: string | null;
  openingBlocks: Block[];
  agendaBlocks: Block[];
  blocks: Block[];
  topics: Topic[];
  ctx: BuildContext;
  references: (string | null | undefined)[];
}

/** A paragraph that may state attendance. */
const ATTENDANCE_HINT = /出席|参加|参会|列席|请假|缺席/;

/** The body paragraphs of the last topic, down its chain of last subtopics, as spans. */
function lastTopicParagraphs(blocks: Block[], ctx: BuildContext): Span[] {
  const out: Span[] = [];
  const last = findLastIndex(blocks, (b) => b.kind === "topic");
  let node: CstNode | undefined = last >= 0 ? blocks[last]!.node : undefined;
  while (node !== undefined) {
    for (const p of (node.children.paragraph ?? []) as CstNode[]) {
      const tokens = nodeTokens(p, ctx);
      if (tokens.length) out.push(spanOf(tokens, ctx));
    }
    const subs = (node.children.topic ?? []) as CstNode[];
    node = subs[subs.length - 1];
  }
  return out;
}

function buildMeeting({ title, openingBlocks, agendaBlocks, blocks, ctx, references }: MeetingInput): Meeting {
  const opening = openingBlocks.map((b) => spanOf(b.tokens, ctx));
  const sentences = opening.flatMap((s) => cut(s, SENTENCE_END));
  const held = sentences.find((s) => HELD.test(s.match)) ?? sentences[0];
  // Combined meetings: the standing meeting is the one that continues after the first.
  const others = blocks.filter((b) => b.kind === "paragraph" && !openingBlocks.includes(b)).map((b) => spanOf(b.tokens, ctx));
  const continuedIn = [...opening, ...others].find((p) => CONTINUED.test(p.match));
  const continued = continuedIn ? cut(continuedIn, SENTENCE_END).find((s) => CONTINUED.test(s.match)) : undefined;

  let date = held ? meetingDate(held, ctx, null) : { text: null, iso: null, timeOfDay: null, year: null };
  if (held && date.iso === null && date.year === null && date.text !== null) {
    const year = inferYear(date.text, references);
    if (year !== null) date = meetingDate(held, ctx, year);
  }
  const { year: _year, ...meetingDateValue } = date;

  const chair = (continued ? meetingChair(continued, ctx) : null) ?? firstOf(sentences, (s) => meetingChair(s, ctx));
  const session =
    (continued ? sessionOf(continued.text) : null) ?? firstOf(sentences, (s) => sessionOf(s.text)) ?? (title ? sessionOf(title) : null);

  const attendance = emptyAttendance();
  // News pages with numbered topics put the attendance sentence after the last topic, where the
  // grammar keeps it in that topic's body.
  const trailing = lastTopicParagraphs(blocks, ctx).filter((p) => ATTENDANCE_HINT.test(p.match));
  const statementParagraphs = [...opening, ...others.filter((p) => ATTENDANCE_HINT.test(p.match)), ...trailing];
  for (const p of statementParagraphs) {
    for (const s of cut(p, SENTENCE_END)) if (ATTENDANCE_HINT.test(s.match)) readAttendance(s, ctx, attendance);
  }

  return {
    sessionNumber: session?.sessionNumber ?? null,
    term: session?.term ?? null,
    date: meetingDateValue,
    place: held ? meetingPlace(held) : null,
    chair,
    attendees: attendance.people.attendees,
    invitedAttendees: attendance.people.invitedAttendees,
    absentees: attendance.people.absentees,
    observers: attendance.people.observers,
    invitedObservers: attendance.people.invitedObservers.length ? [{ group: "应邀列席", people: attendance.people.invitedObservers }] : [],
    attendanceNotes: attendance.notes,
    agenda: agendaBlocks.flatMap((b) => readAgenda(spanOf(b.tokens, ctx), ctx)),
    opening: [...openingBlocks, ...agendaBlocks].map((b) => textNode(b.tokens, ctx)),
  };
}

function sessionOf(text: string): { sessionNumber: number; term: number | null } | null {
  const s = parseSession(text);
  return s.sessionNumber === null ? null : { sessionNumber: s.sessionNumber, term: s.term };
}

function firstOf<T, R>(list: T[], f: (t: T) => R | null): R | null {
  for (const t of list) {
    const r = f(t);
    if (r !== null) return r;
  }
  return null;
}

/** The meeting's year from the document's other dates, when they all agree. */
function inferYear(dateText: string, references: (string | null | undefined)[]): number | null {
  const md = /([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日/.exec(toMatchable(dateText));
  const years = new Set<number>();
  for (const ref of references) {
    if (!ref) continue;
    const [y, m, d] = ref.split("-").map(Number) as [number, number, number];
    if (!md) {
      years.add(y);
      continue;
    }
    const month = Number(md[1]);
    const day = Number(md[2]);
    years.add(month < m || (month === m && day <= d) ? y : y - 1);
  }
  return years.size === 1 ? [...years][0]! : null;
}

function flattenTopic(t: Topic): TextNode[] {
  const head: TextNode = { text: `${t.marker}${t.heading ?? ""}`, ...(t.position ? { position: t.position } : {}) };
  return [head, ...t.paragraphs, ...t.subtopics.flatMap(flattenTopic)];
}

function unplacedParagraph(b: Block, ctx: BuildContext, unplaced: TextNode[], why: string): void {
  const node = textNode(b.tokens, ctx);
  unplaced.push(node);
  ctx.report("warning", "unplaced-text", `无法归类的文字（${why}）：“${node.text.slice(0, 20)}”`, b.start, b.end);
}

/** Tokens the parser skipped while recovering from an error are kept as unplaced text. */
function keepUnparsedTokens(result: CstResult, blocks: Block[], ctx: BuildContext, unplaced: TextNode[]): void {
  if (result.parseErrors.length === 0 && result.lexErrors.length === 0) return;
  const seen = new Set<number>();
  for (const b of blocks) for (const t of b.tokens) seen.add(t.startOffset);
  for (const t of contentTokens(result.cst)) seen.add(t.startOffset);
  let run: IToken[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const [s, e] = tokensRange(run);
    unplaced.push({ text: ctx.text.slice(s, e), position: ctx.position(s, e) });
    ctx.report("error", "syntax-error", `语法无法识别的文字：“${ctx.text.slice(s, Math.min(e, s + 20))}”`, s, e);
    run = [];
  };
  for (const t of result.tokens) {
    if (t.tokenType.name === "LineBreak" || seen.has(t.startOffset)) flush();
    else run.push(t);
  }
  flush();
  for (const e of result.lexErrors) ctx.report("error", "lex-error", e.message, e.offset, e.offset + e.length);
}
