// 书面通报 items: 会议书面通报并原则同意区史志办提出的关于《吴兴区志》编纂工作的情况汇报，…
import type { WrittenReport } from "../model/index.js";
import type { Block } from "./blocks.js";
import type { BuildContext } from "./context.js";
import { type Span, cut, slice, stripEnd, COMMA, SENTENCE_END } from "./sentences.js";
import { spanOf } from "./topics.js";
import { TITLE_OR_ORGAN_END, looksLikeName } from "./values/names.js";
import { ENCLOSED_NUMBERS } from "../lex/chars.js";
import { toMatchable, withoutLayoutBlanks } from "./values/text.js";

const DECISION = /^(?:并|后)?(原则同意|同意|审议通过|原则通过|通过)?(?:了)?/;
/** The report verb repeated before a later item. */
const REPEATED_VERB = /^(?:会议)?(?:还)?(?:书面)?(?:通报|听取|审议)(?:了)?(?:并(?:原则)?同意)?/;
/** The words that lead a list of reports before its colon: 以下事项, 如下情况, 两项工作 (a regex source). */
const LEAD_WORDS = "(?:(?:以下|如下)(?:[0-9两二三四五六七八九十]{1,2}[项个])?|[0-9两二三四五六七八九十]{1,2}[项个])(?:事项|情况|报告|工作)?";
/** A lead-in before the reports: 以下事项：, 如下事项：, 两项工作：, 事项： (书面通报事项：1、…), a bare colon (书面通报了：1.…). */
const LEAD_IN = new RegExp(`^(?:${LEAD_WORDS}|事项|情况)?[:：]\\s*`);
/** The proposer, up to how it proposed (提出的, 提请审议的, 报送的) or to the report's 关于 (group 1). */
const PROPOSER = /^(.{2,40}?)((?:提出|提交|提请|报请|报送|上报|呈报)(?:审议|研究|审定)?的|关于)/;
/** 由 before a proposer that proposed: 由市发改委提出的. */
const BY = /^由(?=[\u3400-\u9fff]{2})/;
/** A colon after the proposer of a line: 镇财政所：关于…的汇报. */
const COLON_AT_END = /[:：]$/;
/** A person named after the proposing body: 区交通运输局朱新民, 区民政局罗 英 (the name in group 1). */
const REPORTER_AFTER_BODY = /(?<=(?:局|委|办|辦|室|院|所|中心|站|队|隊|公司|政府|街道|镇|鎮|乡|鄉))((?:[ \u3000]*[\u3400-\u9fff]){2,3})$/;

/** A person named after the proposing body with a head's title between: 区财政局局长邵建民 (the name in group 1). */
const TITLED_REPORTER_AFTER_BODY = /(?<=(?:局|委|办|辦|室|院|所|中心|站|队|隊|公司|政府|街道|镇|鎮|乡|鄉))(?:常务)?副?(?:局长|主任|书记|处长|科长|所长|站长|院长|部长|队长|经理|董事长|主席|镇长|乡长)((?:[ \u3000]*[\u3400-\u9fff]){2,3})$/;

/** A proposer without the person named after the body (区统计局钟海涛 → 区统计局): the body proposes. */
function withoutReporter(proposer: string, ctx: BuildContext): string {
  // (Or with the person's title between: 区财政局局长邵建民, 区统计局副局长冉晓燕.)
  const titled = TITLED_REPORTER_AFTER_BODY.exec(proposer);
  if (titled !== null && titled.index >= 2 && looksLikeName(ctx.compact(titled[1]!))) return proposer.slice(0, titled.index);
  const m = REPORTER_AFTER_BODY.exec(proposer);
  if (m === null || m.index < 2) return proposer;
  const name = ctx.compact(m[1]!);
  return looksLikeName(name) && !TITLE_OR_ORGAN_END.test(name) ? proposer.slice(0, m.index) : proposer;
}

/** How the proposers proposed, before 提出的: 联合, 牵头, 共同. */
const PROPOSING_MANNER = /(?<=.{2})(?:联合|牵头|共同)$/;
const LINE_WRAP = /[ \t\u3000]*\r?\n[ \t\u3000]*/g;
/** How a report's name ends: 的情况汇报, 的汇报, 的情况报告, 的报告, 的请示, 的情况 (a regex source). */
export const REPORT_ENDING = "(?:的情况汇报|的汇报|的情况报告|的报告|的请示|的情况)";
const SUBJECT_END = new RegExp(`${REPORT_ENDING}$`);
/** {@link REPORT_ENDING} with a line wrap allowed between its characters (…编纂工作的⏎情况汇报；). */
const WRAPPABLE_ENDING = REPORT_ENDING.replace(/(?<=[\u3400-\u9fff])(?=[\u3400-\u9fff])/g, "(?:[ \\t\\u3000]*\\r?\\n[ \\t\\u3000]*)?");
/** The verbs of a report's follow-up: 认真组织实施, 提交县委常委会研究 (a regex source). */
const FOLLOW_UP_VERBS = "实施|研究|审议|印发|办理|执行";
/** A decision or follow-up after a report's name (a regex source): 原则同意, 认真组织实施, 提交县委常委会研究. */
export const DECISION_CLAUSE = `(?:原则同意|同意|原则通过|审议通过|通过|[^，,。；;]{0,16}(?:${FOLLOW_UP_VERBS}))`;
/** An item's number inside a sentence (matchable text; a regex source): 1., 2、, (1), (一), 一、, 二是, ①, ❶. */
const INLINE_ITEM_NUMBER = `[0-9]{1,2}[.、](?![0-9])|\\([0-9一二三四五六七八九十]{1,2}\\)|[一二三四五六七八九十]{1,2}[、是]|[${ENCLOSED_NUMBERS}]`;
/** Where one item ends and the next begins (its decision between: …的汇报，原则同意，提交…审议；二是…): …的汇报、区市场监管局关于… / …的汇报和市审计局关于… / …的情况汇报（县林业局），县人社局关于… / …的汇报》；县市场监管局《关于… / …的汇报（区财政局）；关于… (matchable text) */
// (Or a report named without its ending, …经济运行情况、县审计局关于…: a body's name after the 、 or 和 / 与 / 及.)
const ITEM_BOUNDARY = new RegExp(`${WRAPPABLE_ENDING}》?(?:\\([^()]{2,40}\\))?(?:[,，]${DECISION_CLAUSE})*(?:[、;；,，]|以及|及|和|与)(?!\\s*(?:原则)?(?:同意|通过))(?=\\s*(?:${INLINE_ITEM_NUMBER})?[^,，;；。]{2,30}?关于|关于)|(?<=情况|工作)(?:、|和|与|及)(?=[\\u3400-\\u9fff]{2,16}?(?:局|委|办|院|所|中心|政府|公司|大队)关于)`, "g");
/** And, between two items after their separator: ，以及 / ；及 / ，和区… (not the 和 of 和平区). */
const JOINING_WORD = /^\s*(?:以及|及|(?:和|并)(?=[区县市镇乡州盟旗省]))(?=[\u3400-\u9fff]{2})/;
const FOLLOW_UP = new RegExp(`(?:${FOLLOW_UP_VERBS})$`);
/** 等事项 after the last report a summary names: …审计情况的报告等事项, …的情况汇报等2项工作, …的报告等情况 (a regex source). */
const MATTERS_AFTER = "等(?:[0-9两二三四五六七八九十]{1,2}[项个件])?(?:事项|工作|议题|内容|情况|材料)?";
/** A report's body inside the brackets after its name, one bracket of its own inside allowed: 县农业农村局（县乡村振兴局） (matchable text, a regex source). */
export const BODY_IN_BRACKETS = "(?:[^()]|\\([^()]{1,16}\\)){2,40}";
/** The end of a report's name: 的情况汇报 / 的汇报 / 的报告 before a clause end (or the 》 of its title). */
const REPORT_END = new RegExp(`${WRAPPABLE_ENDING}(?=》?(?:\\(${BODY_IN_BRACKETS}\\)|\\s*[—–-]{1,2}\\s*[\\u3400-\\u9fff、]{2,30})?(?:${MATTERS_AFTER})?\\s*(?:[,，。.;；\\r\\n]|$))`, "g");
/**
 * The body that submitted a report, in brackets after its name, after a dash, or labelled on the line below:
 * …的汇报（新区财政局）, …的报告——区审计局，提交…, …的汇报⏎　报送单位：区财政局.
 */
const PROPOSER_AFTER = new RegExp(`^》?(?:\\((${BODY_IN_BRACKETS})\\)|\\s*[—–-]{1,2}\\s*([\\u3400-\\u9fff、]{2,30})\\s*(?:[。;；,，]|$)|[ \\t]*\\r?\\n\\s*(?:报送|提交|汇报|呈报)单位[:：]\\s*([\\u3400-\\u9fff、()]{2,30}?)\\s*(?:[。;；,，]|$))`);
/** A verb of submitting after the body named in brackets: （县统计局提交）. */
const SUBMITTED_AT_END = /(?<=.{2})(?:提交|报送|提出|上报|呈报)$/;

/**
 * Builds the 书面通报 items of one line: usually one, but a line may list several
 * (会议还书面通报了区统计局关于…的汇报、区市场监管局关于…的情况汇报).
 */
export function buildWrittenReports(block: Block, ctx: BuildContext): WrittenReport[] {
  // (After its 书面通报 or its marker; an unnumbered item of a list has neither.)
  // (Nor the bullet of an unnumbered item: ◆县林业局关于…的汇报.)
  const span = spanOf(block.tokens, ctx);
  const from = block.kind === "paragraph" ? (ITEM_BULLET.exec(span.match)?.[0].length ?? 0) : block.tokens[0]!.image.length;
  // (A later sentence of the paragraph may tell more: …的汇报。会议还书面通报了县审计局关于…的汇报。 The first
  // sentence's reports are read up to its full stop, the later sentences' each on its own.)
  const stop = span.match.indexOf("。");
  if (block.kind !== "writtenReport" || stop < 0 || !REPORT_SENTENCE_AFTER.test(span.match.slice(stop + 1))) return reportsOf(span, from, ctx);
  const reports = reportsOf(slice(span, 0, stop + 1), from, ctx);
  const told = new Set(reports.map((r) => r.subject));
  return [...reports, ...reportsInParagraph(span, ctx).filter((r) => !told.has(r.subject))];
}

/** A later sentence that tells 书面通报 items: 。会议还书面通报了…. */
const REPORT_SENTENCE_AFTER = /(?:^|。)\s*(?:会议)?(?:同时|另外|另|还|也)?(?:以书面形式|书面)通报/;

/** The bullet of an unnumbered item (a regex source): ◆, ●, ■ …, a dash (——县发改局关于…), a middle dot. */
export const REPORT_BULLET = "(?:[◆◇●■□▪•►▶·]|[—–]{1,2}|-{2})";
/** The bullet of an unnumbered item, and the blanks around it. */
const ITEM_BULLET = new RegExp(`^\\s*${REPORT_BULLET}\\s*`);

/** A 书面通报 sentence inside a paragraph: 会议(还)书面通报了…. */
const REPORT_SENTENCE = /^\s*(?:会议)?(?:同时|另外|另|还|也)?(?:以书面形式|书面)通报(?:了)?/;
/** What such a sentence tells when it names no report: 有关事项, 相关情况, 其他事项. */
const GENERIC_MATTERS = /^(?:有关|相关|其他|其它)?(?:事项|情况|工作)[。.;；\s]*$/;

/**
 * The 书面通报 items told in sentences of a paragraph (the opening's …审议了《…》。会议书面通报了
 * 市信访局关于…的情况。), where no line starts with them.
 */
export function reportsInParagraph(span: Span, ctx: BuildContext): WrittenReport[] {
  if (!span.match.includes("通报")) return [];
  return numberedItemsJoined(span, cut(span, SENTENCE_END)).flatMap((s) => {
    const verb = REPORT_SENTENCE.exec(s.match);
    if (verb === null) {
      // (Or a clause of the agenda's sentence: …研究了…等工作，书面通报了县史志办关于…的汇报。)
      const clause = REPORT_CLAUSE.exec(s.match);
      if (clause === null || GENERIC_MATTERS.test(s.match.slice(clause.index + clause[0].length))) return [];
      const at = clause.index + clause[0].length;
      const rest = slice(s, clause.index + 1, s.text.length);
      return REPORT_NAMED.test(s.match.slice(at)) ? reportsOf(rest, at - clause.index - 1, ctx) : [];
    }
    // (Nor a summary's closing clause that names no report: …；书面通报了有关事项。)
    // (Nor a lead of the numbered items below it, 会议书面通报了：⏎1.…: they are the reports.)
    return s.start === span.start || GENERIC_MATTERS.test(s.match.slice(verb[0].length)) || LEAD_ONLY.test(s.match.slice(verb[0].length)) ? [] : reportsOf(s, verb[0].length, ctx);
  });
}
/**
 * The sentences of `span`, where items numbered inside a sentence and ended by ； (书面通报了：（1）区统计局
 * 关于…的汇报；（2）区审计局关于…的汇报。) are read as one sentence with the one that opens the list.
 */
function numberedItemsJoined(span: Span, sentences: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last !== undefined && SEMICOLON_END.test(last.match) && INLINE_ITEM_MARKER.test(s.match.trimStart()) && REPORT_NAMED.test(s.match) && LIST_OPENED.test(last.match)) {
      out[out.length - 1] = slice(span, last.start - span.start, s.start - span.start + s.text.length);
    } else out.push(s);
  }
  return out;
}
/** A sentence ended by ；. */
const SEMICOLON_END = /;\s*$/;
/** A list of reports opened by its number inside the sentence: 书面通报了：（1）…, 通报了以下事项：1.…. */
const LIST_OPENED = new RegExp(`通报(?:了)?(?:${LEAD_WORDS})?[:：]\\s*(?:${INLINE_ITEM_NUMBER})`);
/** What follows the verb of a sentence that only leads a list: 以下事项：, a bare colon (matchable text). */
const LEAD_ONLY = new RegExp(`^(?:并(?:原则)?同意)?(?:${LEAD_WORDS})?[:：]\\s*$`);
/** A 书面通报 clause inside a sentence, after its comma: ，书面通报了…, ，会议还书面通报了…. */
const REPORT_CLAUSE = /[，,；;](?:并|会议)?(?:同时|另外|另|还|也)?(?:以书面形式|书面)通报(?:了)?/;
/** What such a clause must name: a report, 关于…的汇报 / 的情况. */
const REPORT_NAMED = new RegExp(`关于[^。]{2,120}?${REPORT_ENDING}`);

/**
 * A sentence of a topic's text that tells 书面通报 items, after the marker of an inner item if it
 * opens one: （一）会议书面通报了…, (2)会议还书面通报了…, （三）会议书面审议了…, 县统计局书面通报了关于…
 * (the proposer first, group 1 up to it).
 */
const TOPIC_REPORT_SENTENCE = /^(\s*(?:[(（]?[0-9一二三四五六七八九十]{1,2}[)）.、．]\s*)?)(?:会议)?(?:同时|另外|另|还|也)?(?:[^，,。；;：:、\s]{2,20}?(?=(?:以书面形式|书面)通报))?(?:以书面形式|书面)(?:通报|审议|审阅)(?:了)?(?!了?(?:事项|情况|以下|如下|[:：]|\s*$))/;

/**
 * The 书面通报 items told in the sentences of a topic's text: in an inner item (（一）会议书面通报了…)
 * or after the topic's own heading (4.其他事项。市统计局书面通报了关于…的情况；会议书面通报了…).
 */
export function reportsInTopic(span: Span, ctx: BuildContext): WrittenReport[] {
  if (!span.match.includes("书面")) return [];
  const out: WrittenReport[] = [];
  for (const s of cut(span, SENTENCE_END)) {
    // (A lead with its colon, the reports after it to the text's end, one a clause: 五、会议书面通报了以下事项：一是区统计局关于…；二是…;
    // 四、会议书面通报了4项工作：….)
    const lead = LEAD_WITH_COLON.exec(s.match);
    if (lead !== null && REVIEWED_REPORT.test(s.match.slice(lead[0].length))) {
      out.push(...reportsOf(slice(span, s.start - span.start, span.text.length), lead[1]!.length, ctx));
      break;
    }
    const verb = TOPIC_REPORT_SENTENCE.exec(s.match);
    if (verb === null) continue;
    // (A document reviewed in writing, 书面审议《…办法》, is a topic's business, not a report: only a report's name counts.)
    if (!verb[0].includes("通报") && !REVIEWED_REPORT.test(s.match)) continue;
    // (Nor a heading over the reports, which names none: 三、会议书面通报的工作, （五）书面通报有关工作.)
    if (HEADING_WORDS_ONLY.test(s.match.slice(verb.index + verb[0].length))) continue;
    // (The proposer first: its name is read with the item, from the marker's end.)
    const proposerFirst = !REPORT_SENTENCE.test(s.match.slice(verb[1]!.length));
    out.push(...reportsOf(s, proposerFirst ? verb[1]!.length : verb[0].length, ctx));
  }
  return out;
}
/** A topic's line that leads its reports with a colon (the verb in group 1, the lead-in after it): 五、会议书面通报了以下事项：, 四、会议书面通报了4项工作：. */
const LEAD_WITH_COLON = new RegExp(`^(\\s*(?:[(（]?[0-9一二三四五六七八九十]{1,2}[)）.、．]\\s*)?(?:会议)?(?:同时|另外|另|还|也)?(?:以书面形式|书面)通报(?:了)?)(?:${LEAD_WORDS}|事项|情况)?[:：]\\s*`);
/** What follows the report verb in a heading over the reports: 的工作, 有关工作, 事项 (matchable text). */
const HEADING_WORDS_ONLY = /^(?:的|了)?(?:有关|相关|以下|如下)?(?:事项|情况|工作|材料|报告)?\s*[。.:：]?\s*$/;

/** A report's name after a proposer: 县司法局关于…的汇报. */
const REVIEWED_REPORT = new RegExp(`[\\u3400-\\u9fff]{2,20}关于[^。]{2,80}?${REPORT_ENDING}`);

/** The report verb after a proposer named before it: 县统计局书面通报了（关于…）. */
const VERB_AFTER_PROPOSER = /(?:以书面形式|书面)通报(?:了)?$/;

/** The 书面通报 items of `span`, whose text from `lead` on follows the report verb or the item's marker. */
export function reportsOf(span: Span, lead: number, ctx: BuildContext): WrittenReport[] {
  const decisionMatch = DECISION.exec(span.match.slice(lead))!;
  const decision = decisionMatch[1] ?? null;
  let from = lead + decisionMatch[0].length;
  // 会议书面通报了以下事项：A；B — the lead-in names no report.
  const leadIn = LEAD_IN.exec(span.match.slice(from));
  if (leadIn !== null) from += leadIn[0].length;
  const clauses = cut(span, COMMA).map((c) => stripEnd(c.text)).filter((c) => c);
  const last = clauses.length > 1 ? clauses[clauses.length - 1]! : null;
  const followUp = last && FOLLOW_UP.test(toMatchable(last)) ? ctx.clean(last) : null;

  const cuts = [from];
  /** Where the reports end: at the clause of the sentence's next business (，听取了…的汇报，审议了…: told, not in writing). */
  let reportsEnd = span.text.length;
  for (const m of span.match.slice(from).matchAll(ITEM_BOUNDARY)) {
    const at = from + m.index + m[0].length;
    if (OTHER_BUSINESS.test(span.match.slice(at, at + OTHER_BUSINESS_REACH))) {
      reportsEnd = at - boundaryLength(span.match, at);
      break;
    }
    cuts.push(at);
  }
  let previousProposer: string | null = null;
  return cuts.flatMap((itemStart, i) => {
    const itemEnd = i + 1 < cuts.length ? cuts[i + 1]! - boundaryLength(span.match, cuts[i + 1]!) : reportsEnd;
    // (Or join it with a word after the separator: …的情况，以及区审计局关于….)
    const joined = i > 0 ? JOINING_WORD.exec(span.match.slice(itemStart, itemEnd)) : null;
    if (joined !== null) itemStart += joined[0].length;
    // (An item after the first may repeat the verb: …的汇报；书面通报了市民政局关于…; so may a
    // numbered item under a heading of the reports: （一）书面通报了县统计局关于….)
    const again = REPEATED_VERB.exec(span.match.slice(itemStart, itemEnd));
    if (again !== null) itemStart += again[0].length;
    // (An item on a line of its own starts after the line break and its indent: …的汇报》；⏎　　县供销社《关于….)
    if (i > 0) itemStart += LEADING_BLANKS.exec(span.match.slice(itemStart, itemEnd))![0].length;
    // (Items numbered inside the sentence, 书面通报了：1.县统计局关于…；2.县审计局关于…: the number is none of the proposer.)
    itemStart += INLINE_ITEM_MARKER.exec(span.match.slice(itemStart, itemEnd))?.[0].length ?? 0;
    const text = span.text.slice(itemStart, itemEnd);
    const match = span.match.slice(itemStart, itemEnd);
    let proposer: string | null = null;
    let at = 0;
    const p = PROPOSER.exec(match);
    if (p) {
      // (A report named in 《》: 市统计局《关于…的汇报》.)
      // (Or before the verb: 县教体局书面通报了关于…的汇报.)
      const named = p[1]!.length - (VERB_AFTER_PROPOSER.exec(p[1]!)?.[0].length ?? 0);
      // (How they proposed it is none of the name: 区教育局、区发改局联合提出的, 区农业农村局牵头提出的.)
      proposer = withoutReporter(ctx.clean(stripEnd(text.slice(0, named).replace(/《$/, ""))).replace(LINE_WRAP, "").replace(PROPOSING_MANNER, "").replace(COLON_AT_END, ""), ctx) || null;
      if (proposer !== null && p[2] !== "关于") proposer = proposer.replace(BY, "");
      at = p[2] === "关于" ? p[1]!.length : p[0].length;
    }
    // The subject: from 关于 to the end of its clause, less 的情况汇报 / 的汇报 / 的情况.
    let subject: string | null = null;
    const about = match.indexOf("关于", at);
    if (about >= 0) {
      // To the 的情况汇报 / 的汇报 that ends the clause (the subject itself may hold commas),
      // else to the end of the first clause.
      REPORT_END.lastIndex = about + 2;
      const end = REPORT_END.exec(match);
      // (A line wrap inside the subject is layout: 其他财政⏎收支 → 其他财政收支.)
      // (So is a site's auto-spacing around digits, as in a topic's heading: 1—5 月 → 1—5月.)
      subject = withoutLayoutBlanks(stripEnd(ctx.clean(text.slice(about + 2, end ? end.index : firstClauseEnd(match, about))).replace(LINE_WRAP, "")));
      // (Only where no report's name ended the clause: 关于…情况的报告的情况汇报 keeps 的报告.)
      if (end === null) subject = subject.replace(SUBJECT_END, "") || null;
      else subject ||= null;
      if (end && proposer === null) proposer = proposerAfter(text, match, end.index + end[0].length, ctx);
    }
    // (Or a document named in 《》 without 关于: 区司法局提出的《灞川区行政执法公示办法（试行）》, the name whole.)
    else {
      const named = BOOK_TITLE.exec(match.slice(at));
      if (named !== null) {
        subject = ctx.clean(text.slice(at + named.index, at + named.index + named[0].length)).replace(LINE_WRAP, "");
        // (Its proposer after it: 《…建设情况报告》（区司法局提交）.)
        proposer ??= proposerAfter(text, match, at + named.index + named[0].length, ctx);
      }
    }
    // (An item that opens with 关于 after one whose proposer was named has that proposer:
    // 县财政局提出的关于A的汇报和关于B的汇报.)
    if (proposer === null && i > 0 && STARTS_WITH_ABOUT.test(match)) proposer = previousProposer;
    previousProposer = proposer;
    const single = cuts.length === 1;
    const start = single ? span.start : span.start + itemStart;
    const end = single ? span.start + span.text.length : span.start + stripEnd(span.text.slice(0, itemEnd)).length;
    const report: WrittenReport = {
      text: single ? ctx.clean(span.text) : ctx.clean(stripEnd(text)),
      proposer,
      subject,
      decision,
      followUp,
      position: ctx.position(start, end),
    };
    return joinedReports(report, match);
  });
}

/** 关于 again inside a subject, after 和 / 及 / 、: two reports under one ending (关于A和关于B的汇报). */
const ABOUT_AGAIN = /(?:和|及|以及|、)关于/;

/**
 * The reports one item names with 关于 twice under one ending (县统计局、县审计局分别提交的关于A和关于B的汇报):
 * one report each, the bodies given 分别 (respectively) in their order, else the one body for both.
 */
function joinedReports(report: WrittenReport, match: string): WrittenReport[] {
  const { subject, proposer } = report;
  if (subject === null || !ABOUT_AGAIN.test(subject)) return [report];
  const parts = subject.split(ABOUT_AGAIN).map((p) => p.replace(SUBJECT_END, "")).filter((p) => p !== "");
  const bodies = proposer !== null && match.includes("分别") ? proposer.split("、") : [];
  return parts.map((part, k) => ({ ...report, subject: part, proposer: bodies.length === parts.length ? bodies[k]! : proposer }));
}

/** The body named after a report's name that ends at `end` ({@link PROPOSER_AFTER}), or null. */
function proposerAfter(text: string, match: string, end: number, ctx: BuildContext): string | null {
  const after = PROPOSER_AFTER.exec(match.slice(end));
  if (after === null) return null;
  const name = after[1] ?? after[2] ?? after[3]!;
  const inside = end + after[0].indexOf(name);
  // (A wrap inside the brackets is layout: （区⏎应急管理局）.)
  return ctx.clean(text.slice(inside, inside + name.length)).replace(LINE_WRAP, "").replace(SUBMITTED_AT_END, "") || null;
}

/** A document's name in 《》 right after the proposer (its own brackets inside allowed). */
const BOOK_TITLE = /^\s*《[^《》]{2,80}》/;

/** An item's number inside a sentence, and the blanks after it (matchable text). */
const INLINE_ITEM_MARKER = new RegExp(`^(?:${INLINE_ITEM_NUMBER})\\s*`);
/** Blanks and line breaks at an item's start. */
const LEADING_BLANKS = /^\s*/;
/** An item that opens with its subject (matchable text): 关于…. */
const STARTS_WITH_ABOUT = /^\s*关于/;

/** The meeting's next business after a comma, not a report in writing: 听取了, 审议了, 研究了 (matchable text). */
const OTHER_BUSINESS = /^\s*(?:会议)?(?:还|并)?(?:听取|审议|研究|讨论|传达|学习|部署)(?:了)?/;
const OTHER_BUSINESS_REACH = 8;

/** The length of the separator (、 or 和 / 及 / 以及) that ends at `at`. */
function boundaryLength(s: string, at: number): number {
  return s.endsWith("以及", at) ? 2 : 1;
}

/** The end of the clause that starts at `from`: the first ，/。/； outside 《》 and brackets. */
function firstClauseEnd(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i]!;
    if (c === "《" || c === "(" || c === "“") depth++;
    else if (c === "》" || c === ")" || c === "”") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === "," || c === "。" || c === ";" || c === "；")) return i;
  }
  return s.length;
}
