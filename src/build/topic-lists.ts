// Which numbered blocks are the minutes' topics, and which are something else: 书面通报 items, a
// form's or the opening's agenda, an attachment's entries, inner items a sentence cut off.
import type { TokenType } from "chevrotain";
import type { GrammarBlock } from "../grammar/index.js";
import type { TextNode, Topic, WrittenReport } from "../model/index.js";
import { type Block, toBlock } from "./blocks.js";
import { type BuildContext, tokensRange } from "./context.js";
import { FILE_LINK } from "./front.js";
import { ATTACHMENTS, isReportHeading } from "./placement.js";
import { BODY_IN_BRACKETS, DECISION_CLAUSE, REPORT_BULLET, REPORT_ENDING, buildWrittenReports, reportsOf } from "./written-reports.js";
import { markerNumber } from "./topics.js";

/** A paragraph's last sentence that leads a list of 书面通报 items: 会议书面通报了：, 会议还书面通报并原则同意以下事项： (matchable text). */
export const REPORTS_LEAD_AT_END = /(?:^|[。；;])\s*(?:会议)?(?:还)?(?:以书面形式|书面)通报(?:并(?:原则)?同意)?(?:了)?(?:(?:以下|如下)(?:事项|情况|报告)?)?[:：]\s*$/;

/**
 * An unnamed line of a 书面通报 list: a report's name, perhaps its body before or after it (关于…的汇报——区财政局), and its
 * decision (…的汇报，原则同意，认真组织实施); after a bullet (——县发改局关于…的汇报；, ——《关于…的汇报》（市统计局）；).
 */
export const REPORT_LINE = new RegExp(`^\\s*(?:${REPORT_BULLET}\\s*《|(?:${REPORT_BULLET}\\s*)?(?:[\\u3400-\\u9fff、]{2,30}(?:\\([\\u3400-\\u9fff、]{2,16}\\))?[:：]?)?)关于[^。]{2,80}?${REPORT_ENDING}(?:》)?(?:\\s*[—–-]{1,2}\\s*[\\u3400-\\u9fff、]{2,30}|\\(${BODY_IN_BRACKETS}\\))?(?:[,，]\\s*${DECISION_CLAUSE}){0,2}\\s*[。.;；]?\\s*$`);

/** The 书面通报 items under a topic headed 书面通报事项 (四、书面通报事项 ⏎ （一）…的汇报). */
export function reportsUnderTopics(topics: Block[], reportItems: Set<Block>, ctx: BuildContext): WrittenReport[] {
  const out: WrittenReport[] = [];
  for (const b of topics) {
    if (reportItems.has(b) || !REPORTS_TOPIC.test(topicHeading(b, ctx))) continue;
    const found = out.length;
    for (const part of b.topic!.body) {
      const item = part.kind === "topic" ? toBlock(part) : null;
      if (item) out.push(...buildWrittenReports(item, ctx));
    }
    // No numbered items: the reports run on in its text, one after another (区审计局关于…的情况汇报；区市场监管局关于…的汇报。).
    const text = b.topic!.body.filter((part) => part.kind === "paragraph" && part.tokens.length > 0);
    if (out.length === found && text.length > 0) {
      const [start] = tokensRange(text[0]!.tokens);
      const [, end] = tokensRange(text[text.length - 1]!.tokens);
      const span = { text: ctx.text.slice(start, end), match: ctx.match.slice(start, end), start };
      // (Or one a line, each ended by its full stop: 镇财政所：关于…的汇报。⏎镇应急管理办：关于…的汇报。)
      const lines = linesOfSpan(span).filter((l) => l.match.trim() !== "");
      if (lines.length > 1 && lines.every((l) => REPORT_LINE.test(l.match))) for (const l of lines) out.push(...reportsOf(l, 0, ctx));
      else if (REPORT_LIST.test(span.match)) out.push(...reportsOf(span, 0, ctx));
    }
  }
  return out;
}

/** The lines of a span, each a span of its own (its line break left out). */
function linesOfSpan(span: { text: string; match: string; start: number }): { text: string; match: string; start: number }[] {
  const out: { text: string; match: string; start: number }[] = [];
  let from = 0;
  for (let at = span.match.indexOf("\n"); ; at = span.match.indexOf("\n", from)) {
    const to = at < 0 ? span.text.length : at;
    out.push({ text: span.text.slice(from, to), match: span.match.slice(from, to), start: span.start + from });
    if (at < 0) return out;
    from = at + 1;
  }
}

/** Whether two 书面通报 items share text. */
export function overlaps(a: WrittenReport, b: WrittenReport): boolean {
  const [as, ae, bs, be] = [a.position?.start.offset, a.position?.end.offset, b.position?.start.offset, b.position?.end.offset];
  return as !== undefined && ae !== undefined && bs !== undefined && be !== undefined && as < be && bs < ae;
}

/** The last line of a block: for a topic, the last line of its body (down its last subtopics). */
export function lastLine(b: GrammarBlock): GrammarBlock {
  let last = b;
  while (last.kind === "topic" && last.topic!.body.length > 0) last = last.topic!.body[last.topic!.body.length - 1]!;
  return last;
}

/** 会议议题：一、… : a form's list of the agenda, its first item on the label's line. */
const AGENDA_FORM = /^[ \t\u3000]*(?:会议|主要)?议[题程][ \u3000]*[:：][ \t\u3000]*[一二三四五六七八九十]{1,3}、/;
/** The opening's sentence that leads the agenda, its first item run on after the colon: …会议研究了以下事项：一、传达…； (matchable text). */
const AGENDA_LEAD_FIRST_ITEM = /(?:研究|审议|讨论|听取)(?:了)?(?:以下|如下)(?:事项|议题|内容)?[:：]\s*一、[^。:：]{2,80}[;；]\s*$/;
/** A form's agenda label alone on its line: 会议议题, 会议议程, 主要议题. */
const AGENDA_LABEL_ALONE = /^[ \t\u3000]*(?:【[ \u3000]*(?:会议|主要)?议[题程][ \u3000]*】|(?:会议|主要)?议[题程])[ \u3000]*[:：]?[ \t\u3000]*$/;
/** A form's row of the decisions, its label and colon first: 议定事项：…, 会议决定：…. */
const DECISIONS_ROW = /^[ \t\u3000]*(?:会议)?(?:议定事项|决定事项|会议决定|决定)[ \u3000]*[:：]/;
/** A marker that starts a numbering again (一、, 1.). */
const FIRST_MARKER = /^[ \t\u3000]*(?:一|1)[、.．]/;

/**
 * The topic blocks that go on a form's list of the agenda (会议议题：一、…；⏎二、…；⏎三、…。): the
 * items numbered as the topics are, before the minutes' own topics start again at 一、. They are
 * one line each, no topics.
 */
export function agendaFormItems(blocks: Block[], ctx: BuildContext): Set<Block> {
  const out = new Set<Block>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== "paragraph") continue;
    const line = ctx.match.slice(b.start, b.end);
    // (Or the label alone, a form's cell, its items below it: 会议议题⏎1.研究…⏎2.听取….)
    const alone = AGENDA_LABEL_ALONE.test(line);
    // (Or the opening's sentence that leads the list, the topics after it numbered in another style:
    // 会议研究了以下事项：⏎（一）…；⏎（三）…。⏎现纪要如下：⏎一、….)
    const form = AGENDA_FORM.test(line) || AGENDA_LEAD_FIRST_ITEM.test(line);
    const led = !alone && !form && AGENDA_LEAD_AT_END.test(line) && agendaListLed(blocks, i + 1, ctx);
    if (!alone && !led && !form) continue;
    const items: Block[] = [];
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const item = blocks[j]!;
      if (item.kind !== "topic" || (FIRST_MARKER.test(ctx.match.slice(item.start, item.end)) && !((alone || led) && j === i + 1))) break;
      if (led && item.topic!.marker.tokenType !== blocks[i + 1]!.topic!.marker.tokenType) break;
      if (item.topic!.body.length > 0 && !onlyMinutesFollow(item, ctx)) {
        // (The last item, the form's decisions row run on under it: 三、审议…⏎议定事项：关于第一项议题：….)
        const [from] = tokensRange(item.topic!.body[0]!.tokens);
        if (DECISIONS_ROW.test(ctx.match.slice(from, item.end))) items.push(item);
        break;
      }
      items.push(item);
    }
    // (A label in brackets, 【会议议题】, leads the agenda only where the decisions after it are numbered
    // a rank above it, 1.…⏎【议定事项】⏎一、…; under 【会议议题】⏎一、…⏎【会议决定】⏎1、…, its items are the topics.)
    const after = blocks[j];
    if (alone && line.includes("【") && !(after?.kind === "topic" && after.topic!.marker.tokenType.name === "CnMarker" && items[0]?.topic!.marker.tokenType.name !== "CnMarker")) continue;
    for (const item of items) out.add(item);
  }
  return out;
}

/** The opening's sentence that leads a list of the agenda: 会议研究了以下事项：, 审议了如下议题：, …。会议议题： (matchable text). */
const AGENDA_LEAD_AT_END = /(?:研究|审议|讨论|听取)(?:了)?(?:(?:以下|如下)(?:[0-9一二三四五六七八九十两]{1,2}[个项])?|[0-9一二三四五六七八九十两]{1,2}[个项])(?:事项|议题|内容)?[:：]\s*$|(?:^|[。；;，,])\s*(?:会议)?议[题程](?:如下)?[:：]\s*$/;
/**
 * The line that opens the minutes' own text: 现纪要如下：, 现将会议研究的事项纪要如下：, or what the meeting decided
 * (会议议定事项如下：, 会议决定如下：, 现将会议议定事项通报如下：, 会议形成以下意见：, 会议经认真讨论，议定如下事项：) (matchable text).
 */
const MINUTES_FOLLOW = /^\s*(?:[^，。,:：]{2,12}[，,])?(?:现|现将|特|兹将)?[^，。,:：]{0,12}(?:纪要如下|(?:议定|决定|研究)(?:的)?(?:事项|意见)?(?:通报)?如下|(?:议定|决定)如下(?:事项|意见)|形成(?:了)?(?:以下|如下)(?:意见|决定))[:：。]?\s*$/;
/** That line run on after an item's full stop (matchable text): …采购事项。现将会议议定事项纪要如下：. */
const MINUTES_RUN_ON = new RegExp(`。${MINUTES_FOLLOW.source.slice(1)}`);

/**
 * Whether the numbered items from `from` are a list of the agenda the opening leads: one line
 * each, closed by ； or 。 (or not, where the line that opens the minutes' text follows them), the
 * topics after them numbered in another style or anew.
 */
function agendaListLed(blocks: Block[], from: number, ctx: BuildContext): boolean {
  const style = blocks[from]?.topic?.marker.tokenType;
  if (style === undefined) return false;
  let j = from;
  let closed = true;
  let minutesFollow = false;
  for (; blocks[j]?.kind === "topic" && blocks[j]!.topic!.marker.tokenType === style; j++) {
    const item = blocks[j]!;
    // (The topics may be numbered as the agenda is, starting again at 一、.)
    if (j > from && FIRST_MARKER.test(ctx.match.slice(item.start, item.end))) break;
    const [, headingEnd] = item.topic!.heading.length > 0 ? tokensRange(item.topic!.heading) : [0, item.topic!.marker.endOffset! + 1];
    // (The line that opens the minutes' text may run on after the last item: 3.…采购事项。现将会议议定事项纪要如下：.)
    const heading = ctx.match.slice(item.start, headingEnd);
    if (item.topic!.body.length > 0 && !onlyMinutesFollow(item, ctx)) return false;
    minutesFollow = item.topic!.body.length > 0 || MINUTES_RUN_ON.test(heading);
    if (!/[;。]\s*$/.test(heading) && !MINUTES_RUN_ON.test(heading)) closed = false;
  }
  // (The line that opens the minutes' text may stand between: 现将会议议定事项纪要如下：.)
  const after = blocks[j]?.kind === "paragraph" && MINUTES_FOLLOW.test(ctx.match.slice(blocks[j]!.start, blocks[j]!.end)) ? j + 1 : j;
  // (Items not closed, （一）学习…⏎（二）听取…, are the agenda's only where that line follows them: 现纪要如下：.)
  return j > from && blocks[after]?.kind === "topic" && (closed || minutesFollow || after > j);
}

/** Whether an item's body is only the line that opens the minutes' text (现纪要如下：). */
function onlyMinutesFollow(item: Block, ctx: BuildContext): boolean {
  const body = item.topic!.body;
  if (body.length !== 1 || body[0]!.kind !== "paragraph") return false;
  const [from, to] = tokensRange(body[0]!.tokens);
  // (Or a form's label of the decisions alone: 【议定事项】.)
  return MINUTES_FOLLOW.test(ctx.match.slice(from, to)) || DECISIONS_LABEL_ALONE.test(ctx.match.slice(from, to));
}
/** A form's label of the decisions alone on its line: 【议定事项】, 会议议定事项： (matchable text). */
const DECISIONS_LABEL_ALONE = /^\s*(?:【\s*(?:会议)?议定事项\s*】|(?:会议)?议定事项[:：])\s*$/;

/** The topic blocks that follow an 附件： line, one after another: entries of the attachment list. */
export function attachmentEntries(blocks: Block[], ctx: BuildContext): Set<Block> {
  const out = new Set<Block>();
  for (let i = 1; i < blocks.length; i++) {
    const line = lastLine(blocks[i - 1]!);
    const opened = line.kind === "paragraph" && line.tokens.length > 0 && ATTACHMENTS.test(ctx.match.slice(...tokensRange(line.tokens)));
    if (!opened) continue;
    // (An entry the grammar read as a paragraph, 1.2024年度…清单.xls, does not end the list.)
    for (let j = i; j < blocks.length && (blocks[j]!.kind === "topic" || (blocks[j]!.kind === "paragraph" && FILE_LINK.test(ctx.match.slice(blocks[j]!.start, blocks[j]!.end)))); j++) {
      if (blocks[j]!.kind === "topic") out.add(blocks[j]!);
    }
  }
  return out;
}

/** A line that opens what the minutes append (matchable text): 附件2, 附件：, 附：议定事项任务分解. */
const APPENDIX_LINE = /^\s*(?:附\s*件\s*[0-9一二三四五六七八九十]{0,2}\s*[:：]?|附\s*[:：][^。；;，,]{2,30})\s*$/;

/**
 * The topic blocks after a line that opens what the minutes append (附件2⏎…方案⏎一、总体要求, 附：议定事项任务分解⏎
 * 1.…责任单位：…): an attachment's own text or a table of tasks, no topics. Only where the line stands
 * after the minutes' lists (分送：…) or the numbering starts again under it: a topic's 附件：… in the
 * body, its next topic going on with the count, ends nothing.
 */
export function topicsAfterAppendix(blocks: Block[], ctx: BuildContext): Block[] {
  let seenTopic = false;
  let listAfterTopic = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "topic") {
      seenTopic = true;
      listAfterTopic = false;
    } else if (seenTopic && (b.kind === "distributionList" || b.kind === "peopleList")) listAfterTopic = true;
    if (!seenTopic) continue;
    const line = lastLine(b);
    if (line.kind !== "paragraph" || line.tokens.length === 0 || !APPENDIX_LINE.test(ctx.match.slice(...tokensRange(line.tokens)))) continue;
    const after = blocks.slice(i + 1).filter((a) => a.kind === "topic");
    const restarts = after.length > 0 && markerNumber(after[0]!.topic!.marker.image.trim()) === 1;
    if (listAfterTopic || restarts) return after;
  }
  return [];
}

/** The topic blocks after the first 落款 that follows a topic. */
export function topicsAfterSignature(blocks: Block[]): Block[] {
  const firstTopic = blocks.findIndex((b) => b.kind === "topic");
  const signature = firstTopic < 0 ? -1 : blocks.findIndex((b, i) => i > firstTopic && b.kind === "signature");
  return signature < 0 ? [] : blocks.slice(signature + 1).filter((b) => b.kind === "topic");
}

/**
 * The blocks with the topics after the 分送 / 抄送 list that follows the topics, numbered in
 * another style than the first topic, unfolded into paragraphs: what the page shows below the
 * document (a sample site's next section, ❷ 会议纪要的格式怎么写, under the minutes' 一、 二、), no
 * topics. Its lines are then read as any paragraph after the minutes' foot is.
 */
export function withOtherTopicsAfterDistributionUnfolded(blocks: Block[]): Block[] {
  const firstTopic = blocks.findIndex((b) => b.kind === "topic");
  if (firstTopic < 0) return blocks;
  const style = blocks[firstTopic]!.topic!.marker.tokenType;
  const list = blocks.findIndex((b, i) => i > firstTopic && b.kind === "distributionList");
  if (list < 0 || !blocks.some((b, i) => i > list && b.kind === "topic" && b.topic!.marker.tokenType !== style)) return blocks;
  return blocks.flatMap((b, i) => (i > list && b.kind === "topic" && b.topic!.marker.tokenType !== style ? unfold(b) : [b]));
}

/** A topic block as paragraphs: its marker's line, then its body's blocks (nested topics unfolded too). */
function unfold(b: GrammarBlock): Block[] {
  const { marker, heading, body } = b.topic!;
  const head = toBlock({ kind: "paragraph", tokens: [marker, ...heading], topic: null });
  return [...(head ? [head] : []), ...body.flatMap((part) => (part.kind === "topic" ? unfold(part) : (toBlock(part) ?? [])))];
}

/**
 * Topic blocks of an inner numbering style that follow a 书面通报 sentence standing between the
 * items of the last outermost topic: they belong to that topic, not to the top level.
 */
export function strayInnerTopics(blocks: Block[], topicBlocks: Block[], ctx: BuildContext): Set<Block> {
  const strays = new Set<Block>();
  const outermost = topicBlocks[0]?.topic?.marker.tokenType;
  if (outermost === undefined) return strays;
  const isTopic = new Set(topicBlocks);
  for (let i = 1; i + 1 < blocks.length; i++) {
    const report = blocks[i]!;
    if (report.kind !== "writtenReport" || isReportHeading(report, ctx)) continue;
    // (The report stands right after a topic that has items of the inner style.)
    const before = blocks[i - 1]!;
    if (!isTopic.has(before)) continue;
    const first: GrammarBlock | undefined = before.topic!.body.find((p) => p.kind === "topic");
    const inner: TokenType | undefined = before.topic!.marker.tokenType === outermost ? first?.topic?.marker.tokenType : before.topic!.marker.tokenType;
    if (inner === undefined || inner === outermost) continue;
    for (let j = i + 1; j < blocks.length && isTopic.has(blocks[j]!) && blocks[j]!.topic!.marker.tokenType === inner; j++) strays.add(blocks[j]!);
  }
  return strays;
}

/** A topic's text that ends with the lead of a list: 具体要求如下：, 会议要求：. */
const LIST_LEAD_AT_END = /[：:]\s*$/;

/**
 * Topic blocks of a list numbered anew in the topics' own style inside a topic (1.听取…⏎会议议定：…具体要求如下：⏎
 * 1.区农业农村局要…⏎2.…⏎3.…⏎2.审议…): the run from 1 after a topic whose text ends with a list's lead, where
 * the topic after the run goes on with the topics' count, or none follows (under the last topic, not
 * the first). They are that topic's items.
 */
export function restartedInnerLists(topicBlocks: Block[], ctx: BuildContext): Set<Block> {
  const inner = new Set<Block>();
  const numberOf = (b: Block): number | null => markerNumber(b.topic!.marker.image.trim());
  for (let i = 1; i < topicBlocks.length; i++) {
    const outer = topicBlocks[i - 1]!;
    const style = outer.topic!.marker.tokenType;
    const count = numberOf(outer);
    if (count === null || numberOf(topicBlocks[i]!) !== 1 || topicBlocks[i]!.topic!.marker.tokenType !== style || !LIST_LEAD_AT_END.test(ctx.match.slice(outer.start, outer.end))) continue;
    let j = i;
    while (j + 1 < topicBlocks.length && topicBlocks[j + 1]!.topic!.marker.tokenType === style && numberOf(topicBlocks[j + 1]!) === numberOf(topicBlocks[j]!)! + 1) j++;
    const after = topicBlocks[j + 1];
    // (Or the run ends the topics, under the last one: 4.研究…会议要求：⏎1.…⏎2.…⏎3.….)
    if (after === undefined ? count < 2 : after.topic!.marker.tokenType !== style || numberOf(after) !== count + 1) continue;
    for (let k = i; k <= j; k++) inner.add(topicBlocks[k]!);
    i = j + 1;
  }
  return inner;
}

/**
 * Topic blocks of an inner numbering style after a people list that stands between two outermost
 * topics (二、审议议题⏎（一）审议…⏎列席：县财政局局长赵丽萍⏎会议议定：…⏎1.…⏎（二）审议…⏎三、…): a topic's
 * own observers ended it in the grammar; its inner items after them are still that topic's.
 */
export function innerTopicsAfterTopicLists(blocks: Block[], topicBlocks: Block[]): Block[] {
  const out: Block[] = [];
  const outermost = topicBlocks[0]?.topic?.marker.tokenType;
  if (outermost === undefined) return out;
  const isTopic = new Set(topicBlocks);
  const isOuter = (b: Block): boolean => isTopic.has(b) && b.topic!.marker.tokenType === outermost;
  let seenOuter = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (isOuter(b)) seenOuter = true;
    if (!seenOuter || b.kind !== "peopleList") continue;
    // (Only where an outermost topic follows: a list at the foot ends the body.)
    let j = i + 1;
    const inner: Block[] = [];
    for (; j < blocks.length && !isOuter(blocks[j]!); j++) if (isTopic.has(blocks[j]!)) inner.push(blocks[j]!);
    if (j < blocks.length && inner.length > 0) out.push(...inner);
    // (Or the last topic's own observers, right under its heading, its items from 1 after them:
    // 三、研究…⏎列席：…⏎议定事项：⏎1.…⏎2.…; the items run to the first block that is neither.)
    else if (j === blocks.length && isOuter(blocks[i - 1]!)) out.push(...itemsUnderHeading(blocks, i + 1, outermost));
    i = j - 1;
  }
  return out;
}

/** The topic blocks from `from` of one inner style numbered from 1, paragraphs between them, up to the first other block. */
function itemsUnderHeading(blocks: Block[], from: number, outermost: TokenType): Block[] {
  const items: Block[] = [];
  for (let k = from; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind === "paragraph" && items.length === 0) continue;
    if (b.kind !== "topic") break;
    const style = b.topic!.marker.tokenType;
    if (style === outermost || (items.length > 0 && style !== items[0]!.topic!.marker.tokenType)) break;
    if (markerNumber(b.topic!.marker.image.trim()) !== items.length + 1) break;
    items.push(b);
  }
  return items;
}

/** Text that lists reports: a body's first words name one (区审计局关于…的情况汇报). */
const REPORT_LIST = new RegExp(`^\\s*[^，,。；;]{2,30}?关于[^。]{2,80}?${REPORT_ENDING}`);

/** The heading of a topic that gathers the 书面通报 items: 书面通报事项, 会议书面通报的事项, 会议书面通报了以下事项 … */
const REPORTS_TOPIC = /^(?:关于)?(?:会议)?(?:还)?(?:以书面形式|书面)通报(?:了|的)?(?:以下|如下|有关|相关)?(?:事项|情况|报告|工作|材料)?[:：。]?$/;

/** The heading of a topic block as matchable text (the tokens after its marker on its line). */
export function topicHeading(b: Block, ctx: BuildContext): string {
  const heading = b.topic!.heading;
  return heading.length ? ctx.match.slice(...tokensRange(heading)).trim() : "";
}

/** A topic's heading that opens the 书面通报 items under it: 会议书面通报了以下事项： (matchable text). */
export const REPORTS_TOPIC_WITH_COLON = /^(?:会议)?(?:还)?(?:以书面形式|书面)通报(?:了)?(?:以下|如下)(?:事项|情况|报告)?[:：]$/;
/** The marker of a list's first item, any style: 一、, （一）, 1. */
export const FIRST_ITEM_MARKER = /^\s*[（(]?(?:一|1|１)(?![0-9])/;

export function flattenTopic(t: Topic): TextNode[] {
  const head: TextNode = { text: `${t.marker}${t.heading ?? ""}`, ...(t.position ? { position: t.position } : {}) };
  return [head, ...t.paragraphs, ...t.subtopics.flatMap(flattenTopic)];
}
