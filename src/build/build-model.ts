// CST → model. Each document part has its own handler file; this file places the blocks:
// which paragraph is the title, the opening, the agenda, the body, and what is left unplaced.
import type { IToken, TokenType } from "chevrotain";
import { type Decoded, RUNNING_HEAD } from "../decode/index.js";
import { type GrammarBlock, type ParseResult, topicBlock } from "../grammar/index.js";
import type {
  DateValue,
  Disclosure,
  DocumentNumber,
  Meeting,
  Minutes,
  OutlineEntry,
  Person,
  TextNode,
  Topic,
  WrittenReport,
} from "../model/index.js";
import { MODEL_VERSION } from "../model/version.js";
import { AGENDA, linkAgenda } from "./agenda.js";
import { emptyAttendance } from "./attendance.js";
import { type Block, documentBlocks, onNextLine, toBlock } from "./blocks.js";
import { type BuildContext, createContext, tokensRange } from "./context.js";
import { buildDisclosure } from "./header.js";
import { buildDistribution, buildPeopleList } from "./lists.js";
import { DATE_ONLY, FILE_LINK, decideMinutes, isHeadline, isOpening, isTitle } from "./front.js";
import { buildMeeting } from "./meeting.js";
import { meetingFacts } from "./facts.js";
import { buildTopic, spanOf, textNode } from "./topics.js";
import { findDates, parseDate } from "./values/dates.js";
import { parseDocumentNumber } from "./values/doc-number.js";
import { parseNumber } from "./values/numerals.js";
import { ANY_BLANK, toMatchable } from "./values/text.js";
import { LEADERS_GROUP } from "./values/names.js";
import {
  ORGAN_ALONE,
  SENTENCE_CLOSED,
  namesOnNextLine,
  SITE_NAME,
  BREADCRUMB,
  ATTACHMENTS,
  ATTACHMENT_OPENS,
  FOOT_NOTE,
  PAGE_FRAME,
  FOLLOW_US,
  WEEKDAY,
  bareDateLine,
  isLastContent,
  isReportHeading,
  titleContinuation,
  titleMasthead,
  nextDocumentStart,
  ORDER_TITLE,
  ORDER_NUMBER,
  otherDocumentBefore,
  relatedLinkTopics,
  mastheadNumberLine,
  GAZETTE_HEAD,
  titleDateLine,
  relatedLinks,
  isMastheadNumber,
} from "./placement.js";
import { buildSignatures } from "./signatures.js";
import { REPORT_ENDING, buildWrittenReports, reportsInParagraph, reportsInTopic, reportsOf } from "./written-reports.js";

/** A paragraph's last sentence that leads a list of 书面通报 items: 会议书面通报了：, 会议还书面通报并原则同意以下事项： (matchable text). */
const REPORTS_LEAD_AT_END = /(?:^|[。；;])\s*(?:会议)?(?:还)?(?:以书面形式|书面)通报(?:并(?:原则)?同意)?(?:了)?(?:(?:以下|如下)(?:事项|情况|报告)?)?[:：]\s*$/;

/** A line that only tells who chaired: 市委副书记、市长沈　岩主持会议。 / 会议由县长王明主持。 */
const CHAIR_LINE = /^[ \t\u3000]*(?:会议由)?[^。；;，,：:]{2,40}?(?:同志)?主持(?:了)?(?:会议)?[。.]?[ \t\u3000]*$/;

/** Builds the model of one document from the grammar's blocks. */
export function buildModel(result: ParseResult, decoded: Decoded, file: string | null, offsets: Int32Array | null = null, chromeRanges: readonly [number, number][] = []): Minutes {
  const ctx = createContext(result.text, result.tokens, decoded.text, offsets, chromeRanges);
  const page = documentBlocks(withEmbeddedDocumentLifted(withoutSiteNotices(result.blocks), ctx));
  // (A page that holds another document before the minutes, a gazette's issue: that document is
  // none of the minutes, its text is kept as the page's chrome, see below.)
  const [otherFrom, otherTo] = otherDocumentBefore(page, ctx);
  const before = page.slice(otherFrom, otherTo);
  const all = before.length > 0 ? [...page.slice(0, otherFrom), ...page.slice(otherTo)] : page;
  // (A second document on the same page, after this one's end, is none of this one: its text is
  // kept as the page's chrome, see below.)
  const nextDocument = nextDocumentStart(all, ctx);
  // (Unless it is this document's attachment, 附件⏎关于召开…的通知: the 版记 after it, 抄送 and 印发 at the
  // page's end, is still this document's.)
  const imprint = nextDocument >= 0 && ATTACHMENT_LABEL.test(lineText(all[nextDocument - 1], ctx)) ? trailingImprint(all, nextDocument) : [];
  const blocks = nextDocument < 0 ? all : [...all.slice(0, nextDocument), ...imprint];
  const of = (kind: Block["kind"]): Block[] => blocks.filter((b) => b.kind === kind);

  const unplaced: TextNode[] = [];
  keepUnparsedTokens(result, page, ctx, unplaced);

  // A spam mirror's numbered junk lines are the page's chrome, no topics: 1. 4399在線觀看免費高清電視劇, 2. 开云体育app官方下载安装.
  const spamTopics = new Set(blocks.filter((b) => b.kind === "topic" && SPAM_LINE.test(topicHeading(b, ctx))));
  // Labelled lines with the meeting's facts (时间： 地点： 主持： …) before the body.
  const facts = meetingFacts(blocks, blocks.findIndex((b) => (b.kind === "topic" && !spamTopics.has(b)) || b.kind === "writtenReport"), ctx);
  for (const b of facts?.blocks ?? []) if (b.kind !== "peopleList") b.outline = "opening";
  const disclosure = buildDisclosure(blocks.filter((b) => (b.kind === "headerRow" || b.kind === "datedHeaderRow") && !facts?.blocks.has(b)), ctx);
  const chrome = of("chromeLine").map((b) => textNode(b.tokens, ctx));
  // (Site-name lines found among the front paragraphs join `chrome` below, in source order.)
  let documentNumber = buildDocumentNumber(of("docNumberLine"), disclosure.fileNumber, ctx);

  // 落款 and 印发 lines.
  const signed = buildSignatures(of("signature"), ctx);
  for (const b of signed.printingBlocks) b.outline = "printing";
  let issuer = signed.issuer;
  // A 落款 organ wrapped over two lines (海盐县人民政府⏎办公室⏎2025年3月5日): the line above belongs to it.
  const issuerHead = issuer !== null && ORGAN_TAIL_ONLY.test(issuer) ? organLineAbove(blocks, ctx) : null;
  if (issuerHead) {
    issuer = ctx.clean(ctx.text.slice(issuerHead.start, issuerHead.end)) + issuer;
    issuerHead.outline = "signature";
  }
  let { issueDate } = signed;
  // (Or a masthead's number with its date set right, the office on the line below: 〔2023〕18号　　2023年8月2日⏎椒南区人民政府办公室.)
  if (issuer === null && issueDate === null) {
    const masthead = numberThenOffice(blocks, of("docNumberLine"), ctx);
    if (masthead !== null) ({ issuer, issueDate } = masthead);
  }
  /** A date alone above the opening that was taken for the 落款's at first. */
  let issueDateAbove: string | null = null;
  // (An e-paper's page line, 第01版：要闻  2025年09月26日, dates the paper: it is no 落款.)
  if (issuer !== null && PAPER_PAGE.test(issuer)) {
    issueDateAbove = issueDate?.iso ?? null;
    if (signed.issueBlock) signed.issueBlock.outline = "header";
    issuer = null;
    issueDate = null;
  }
  const { printing } = signed;

  // Topics, 书面通报, lists.
  // 会议还书面通报了以下事项： followed by numbered items: the items are 书面通报, not topics.
  const reportItems = new Set<Block>();
  blocks.forEach((b, i) => {
    // (Or a topic of its own, its items numbered anew in its style: （四）会议书面通报了以下事项：⏎（一）县财政局关于…；.)
    const reportsTopic = b.kind === "topic" && b.topic!.body.length === 0 && REPORTS_TOPIC_WITH_COLON.test(topicHeading(b, ctx)) && blocks[i + 1]?.topic?.marker.tokenType === b.topic!.marker.tokenType && FIRST_ITEM_MARKER.test(blocks[i + 1]!.topic!.marker.image);
    // (Or a paragraph of the opening that ends with the list's lead: …主持召开…会议。会议书面通报了：⏎1.区财政局关于….)
    const leadingParagraph = b.kind === "paragraph" && blocks[i + 1]?.kind === "topic" && REPORTS_LEAD_AT_END.test(ctx.match.slice(b.start, b.end));
    if (!reportsTopic && !leadingParagraph && (b.kind !== "writtenReport" || !isReportHeading(b, ctx))) return;
    // The numbered items that follow, of the first item's style (五、其他事项 after them is a topic).
    const style = blocks[i + 1]?.topic?.marker.tokenType;
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === "topic" && blocks[j]!.topic!.marker.tokenType === style; j++) {
      reportItems.add(blocks[j]!);
      blocks[j]!.outline = "written-report";
    }
    // …or unnumbered lines, each a report (关于…的汇报——区财政局).
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === "paragraph" && REPORT_LINE.test(ctx.match.slice(blocks[j]!.start, blocks[j]!.end)); j++) {
      reportItems.add(blocks[j]!);
      blocks[j]!.outline = "written-report";
    }
  });
  // Numbered lines after 附件： list the attachments (附件：1．…清单⏎2．…示意图): they are no topics.
  const attachments = attachmentEntries(blocks, ctx);
  // Numbered items after the 落款 that closes the topics belong to what the page appends (an 附件's
  // project list or table, a 政策解读's 一、出台背景 …): no topics either.
  for (const b of topicsAfterSignature(blocks)) attachments.add(b);
  for (const b of attachments) b.outline = "paragraph";
  // Numbered links under 相关链接： are the page's chrome, no topics.
  const linkTopics = relatedLinkTopics(blocks, ctx);
  for (const b of spamTopics) linkTopics.add(b);
  // The items of a form's agenda list (会议议题：一、…；⏎二、…) are the opening's agenda, no topics.
  const agendaItems = agendaFormItems(blocks, ctx);
  for (const b of agendaItems) b.outline = "agenda";
  let topicBlocks = of("topic").filter((b) => !reportItems.has(b) && !attachments.has(b) && !linkTopics.has(b) && !agendaItems.has(b));
  // (Unless the decisions are not numbered: then the agenda's items are the only numbered level, the topics.)
  if (topicBlocks.length === 0 && agendaItems.size > 0) topicBlocks = of("topic").filter((b) => agendaItems.has(b));
  // A 书面通报 sentence inside the last topic ends it in the grammar; the items of that topic's
  // inner level after it (三、其他事项 … 会议书面通报… （三）（四）) are still that topic's.
  const strays = strayInnerTopics(blocks, topicBlocks, ctx);
  for (const b of innerTopicsAfterTopicLists(blocks, topicBlocks)) strays.add(b);
  let topics: Topic[] = [];
  for (const b of topicBlocks) {
    if (!strays.has(b)) topics.push(buildTopic(b, 1, ctx));
    else if (topics.length > 0) topics[topics.length - 1]!.subtopics.push(buildTopic(b, 2, ctx));
  }
  let writtenReports = blocks
    .filter((b) => (b.kind === "writtenReport" && !isReportHeading(b, ctx)) || reportItems.has(b))
    .flatMap((b) => buildWrittenReports(b, ctx));
  const topicReports = reportsUnderTopics(of("topic"), reportItems, ctx);
  // (And those told in a topic's sentences: （一）会议书面通报了…, 4.其他事项。市统计局书面通报了关于….)
  const found = [...writtenReports, ...topicReports];
  // (Only topics whose text tells of reports, 书面通报 or 书面审议: one native search each.)
  for (const b of ctx.match.includes("书面") ? topicBlocks : []) {
    const at = ctx.match.indexOf("书面", b.start);
    if (at < 0 || at >= b.end) continue;
    // (The heading's line and the body apart: 三、关于书面通报事项⏎县统计局书面通报了关于….)
    const { marker, heading } = b.topic!;
    const headingEnd = heading.length > 0 ? tokensRange(heading)[1] : tokensRange([marker])[1];
    for (const [from, to] of [[b.start, headingEnd], [headingEnd, b.end]] as const) {
      const span = { text: ctx.text.slice(from, to), match: ctx.match.slice(from, to), start: from };
      for (const r of reportsInTopic(span, ctx)) if (!found.some((f) => overlaps(f, r))) topicReports.push(r);
    }
  }
  if (topicReports.length > 0) {
    writtenReports.push(...topicReports);
    writtenReports.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  }
  const attendance = emptyAttendance();
  const invitedObservers: Meeting["invitedObservers"] = [];
  let distribution: string[] = [];
  for (const b of of("peopleList")) {
    const list = buildPeopleList(b, ctx);
    if (list.role === "invitedObservers") invitedObservers.push(...list.groups);
    else addPeople(attendance.people[list.role], list.people);
    for (const { role, person } of list.others) addPeople(attendance.people[role], [person]);
  }
  // A 主送 line names the addressees at the head of the text: they are not 分送 / 抄送 recipients.
  const addressees = new Set(of("distributionList").filter((b) => ADDRESSEES.test(ctx.match.slice(b.start, b.end))));
  const isAddressees = (b: Block): boolean => addressees.has(b);
  for (const b of of("distributionList")) if (!isAddressees(b)) distribution.push(...buildDistribution(b, ctx));

  // Paragraphs: title, opening, agenda, body; what sits where no paragraph belongs is unplaced.
  // (People lists among the meeting's labelled facts stand before the opening, not in the body.)
  const firstBody = blocks.findIndex((b) => (b.kind === "topic" && !agendaItems.has(b) && !spamTopics.has(b)) || b.kind === "writtenReport" || (b.kind === "distributionList" && !isAddressees(b)));
  const firstList = blocks.findIndex((b) => b.kind === "peopleList" && !facts?.blocks.has(b));
  // (A list before the opening, the topics after it, stands in a form above the minutes: 列席情况：…⏎会议议定事项：⏎1月2日，…主持召开….)
  const listAboveOpening = firstList >= 0 && firstBody > firstList && blocks.slice(firstList + 1, firstBody).some((b) => b.kind === "paragraph" && isOpening(spanOf(b.tokens, ctx)));
  const firstStructural = firstList >= 0 && (firstBody < 0 || firstList < firstBody) && !listAboveOpening ? firstList : firstBody;
  // The foot of the minutes: after the last list, when no topic or 书面通报 follows it.
  const lastList = findLastIndex(blocks, (b) => b.kind === "peopleList" || (b.kind === "distributionList" && !isAddressees(b)));
  const lastBody = findLastIndex(blocks, (b) => b.kind === "topic" || b.kind === "writtenReport");
  const footStart = lastList > lastBody ? lastList : -1;
  const attachmentsStart = footStart < 0 ? -1 : blocks.findIndex((b, i) => i > footStart && b.kind === "paragraph" && ATTACHMENT_OPENS.test(ctx.match.slice(b.start, b.end)));
  const paragraphBlocks = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === "paragraph");
  const front = paragraphBlocks.filter(({ i }) => firstStructural < 0 || i < firstStructural);

  let titleBlock: Block | null = null;
  let headline: Block | null = null;
  let yearHeadline: Block | null = null;
  /** Places a paragraph among the page's chrome. */
  const asChrome = (b: Block): void => {
    b.outline = "chrome";
    chrome.push(textNode(b.tokens, ctx));
  };
  const siteNames = relatedLinks(blocks, ctx);
  for (const b of siteNames) asChrome(b);
  for (const b of linkTopics) asChrome(b);
  let openingIndex = -1;
  /** A masthead 纪要 line without the meeting's number, when a numbered title follows it. */
  let banner: Block | null = null;
  for (const { b, i } of front) {
    if (facts?.blocks.has(b) || siteNames.has(b)) continue;
    const span = spanOf(b.tokens, ctx);
    // A printed page's running head (…纪要　　　第 1 页 共 3 页) is no title; nor is a line that
    // is only the site's name (北湖区人民政府门户网站), a breadcrumb (政府信息公开目录 ＞ 州政府文件 ＞
    // 会议纪要) or another part of the page's frame: chrome.
    // (Nor is a compilation's running head: …常务会议纪要汇编（2023年）.)
    // (Nor a gazette's: 桐皋县人民政府公报 2023年第6期 总第102期　·会议纪要·.)
    if (RUNNING_HEAD.test(span.match) || COMPILATION_HEAD.test(span.match) || GAZETTE_HEAD.test(span.match) || (titleBlock === null ? SITE_NAME.test(span.match) || BREADCRUMB.test(span.match) || FOLLOW_US.test(span.match) || PAGE_FRAME.test(span.match) : FOLLOW_US.test(span.match))) {
      asChrome(b);
      siteNames.add(b);
      continue;
    }
    // 江山市人民政府常务会议纪要 ⏎ 江政纪〔2025〕21号 ⏎ 江山市人民政府第二十一次常务会议纪要: the numbered line is the title.
    // (A repost's 原标题： line names the record's own title under the repost's headline: it is the title.)
    if (ORIGINAL_TITLE.test(span.match)) {
      if (titleBlock !== null && banner === null) banner = titleBlock;
      titleBlock = b;
      continue;
    }
    const cutTitle = titleBlock !== null && banner === null ? titleContinuation(blocks, b, ctx) : null;
    const whole = span.match.trim() + (cutTitle ? ctx.match.slice(cutTitle.start, cutTitle.end).trim() : "");
    // (The line above may be a browser's title: …常務會議紀要_淥潛縣人民政府_亞博體育官網.)
    // (Or the masthead names only the kind of meeting, 联席会议纪要, and the title below names its
    // subject too: 城区重点项目建设联席会议纪要.)
    // (The title above is read only where this line is a 纪要 title itself.)
    const numbered = NUMBERED_MINUTES.test(whole);
    if (titleBlock !== null && banner === null && (numbered || UNNUMBERED_MINUTES.test(whole))) {
      const masthead = withoutSiteName(ctx.match.slice(titleBlock.start, titleBlock.end)).replace(ANY_BLANK, "");
      if (UNNUMBERED_MINUTES.test(masthead) && (numbered || (KIND_ONLY_MINUTES.test(masthead) && whole.length > masthead.length && whole.endsWith(masthead)))) {
        banner = titleBlock;
        titleBlock = b;
        continue;
      }
      // (A post's headline that names no place, 📌县政府第19次常务会议纪要, over the 纪要's own title naming it.)
      if (PLACELESS_HEADLINE.test(withoutSiteName(ctx.match.slice(titleBlock.start, titleBlock.end)).replace(LEADING_EMOJI, "").trim()) && OWN_PLACE.test(whole)) {
        banner = titleBlock;
        titleBlock = b;
        continue;
      }
      // (A search's keyword line over the page, naming neither place nor number, 区政府常务会议纪要 城乡供水, over the 纪要's own numbered title naming its place.)
      if (numbered && OWN_PLACE.test(whole) && !OWN_PLACE.test(masthead) && !NUMBERED_MINUTES.test(masthead) && /\s/.test(ctx.match.slice(titleBlock.start, titleBlock.end).trim())) {
        banner = titleBlock;
        titleBlock = b;
        continue;
      }
      // (A post's teaser headline under its account's column, naming no 纪要, over the 纪要's own title naming its place:
      // 📌权威发布丨县政府常务会议研究了这些事 … 莫山县人民政府常务会议纪要.)
      const post = ctx.match.slice(titleBlock.start, titleBlock.end).trim();
      const teaser = withoutSiteName(post);
      if (teaser !== post && !teaser.includes("纪要") && UNNUMBERED_MINUTES.test(whole) && OWN_PLACE.test(whole)) {
        banner = titleBlock;
        titleBlock = b;
        continue;
      }
      // (A document site's page title, the file's name with its number and the site's, over the 纪要's own title:
      // 兰北县人民政府常务会议纪要（〔2022〕9号）.doc - 文档之家 … 兰北县人民政府常务会议纪要.)
      const compactWhole = whole.replace(ANY_BLANK, "");
      if (teaser !== post && UNNUMBERED_MINUTES.test(compactWhole) && teaser.replace(ANY_BLANK, "").startsWith(compactWhole) && BRACKETED_NUMBER.test(teaser.replace(ANY_BLANK, "").slice(compactWhole.length))) {
        banner = titleBlock;
        titleBlock = b;
        continue;
      }
      // (A browser's title, the site's name after the 纪要's, over the 纪要's own headline: …纪要（2024年第6次）_公文范文网⏎…纪要⏎（2024年第6次）.)
      const browserTitle = ctx.match.slice(titleBlock.start, titleBlock.end).replace(ANY_BLANK, "");
      const headline = whole.replace(ANY_BLANK, "");
      if (MINUTES_SITE_SUFFIX.test(browserTitle) && browserTitle.startsWith(headline) && headline.length >= 6) {
        banner = titleBlock;
        titleBlock = b;
        continue;
      }
    }
    // (A headline may itself be an opening's sentence, without its full stop, over the page's
    // date row and the text's own opening: 2026年1月19日下午,…主持召开区政府常务会议⏎来源:…⏎2026119下午…主持召开….)
    const opening = isOpening(span);
    if (titleBlock === null && opening && headlineOverOpening(blocks, i, ctx)) {
      titleBlock = b;
      continue;
    }
    if (opening || (titleBlock !== null && isWrappedOpening(blocks, i, ctx))) {
      openingIndex = i;
      break;
    }
    // (A column's name, 政府常务会议, labels the page's section: no title.)
    // (Nor does a 范文 site's headline over the 纪要 it shows: …协调会议纪要范文, 区长办公会议纪要(3篇).)
    const line = span.match.trim();
    if (COLUMN_NAME.test(line) || SAMPLE_TEXT_HEADLINE.test(line)) continue;
    // (An organ's name alone, 滨江经济开发区管理委员会, is the site's banner, not the title.)
    if (titleBlock === null && isTitle(span) && !ORGAN_ALONE.test(line)) titleBlock = b;
    // (A headline led by its session count's year, below a first headline that names no meeting: 云上桃水⏎2023年第7次县政府常务会召开.)
    if (headline !== null && yearHeadline === null && YEAR_LED_MEETING.test(line) && isHeadline(span)) yearHeadline = b;
    // (Nor is a gambling site's name over a page it filled with a government's text.)
    if (headline === null && isHeadline(span) && !SPAM_LINE.test(line)) {
      // (An organ's name alone is the site's banner, unless a title's second line follows it:
      // 南河区人民政府⏎2025年度第3次常务会议纪要.)
      if (!ORGAN_ALONE.test(line) || titleContinuation(blocks, b, ctx) !== null) headline = b;
    }
  }
  if (banner) banner.outline = "title";
  // A page whose headline names no meeting (other news) still has that headline as its title,
  // unless a headline below it names the standing meeting (an app's name over the news headline).
  // (Not an organ's name over the rest of its title: 南河区人民政府⏎2025年度第3次常务会议纪要.)
  const headlineLine = headline === null ? "" : ctx.match.slice(headline.start, headline.end).trim();
  titleBlock ??= yearHeadline !== null && !MEETING_WORDS.test(headlineLine) && !ORGAN_ALONE.test(headlineLine) ? yearHeadline : headline;
  // A notice that forwards the minutes (…关于印发县政府第十一次常务会议纪要的通知), the minutes below
  // it: the title is the 纪要's own title line, above the opening.
  // (The minutes may open with labelled lines instead: 时　间：…⏎地　点：….)
  const bodyIndex = openingIndex >= 0 ? openingIndex : facts !== null ? blocks.findIndex((b) => facts.blocks.has(b)) : -1;
  if (titleBlock !== null && bodyIndex >= 0 && FORWARDING_NOTICE.test(ctx.match.slice(titleBlock.start, titleBlock.end).trim())) {
    const from = blocks.indexOf(titleBlock);
    // (The notice's number after its headline, 的通知(霞政办函〔2024〕17号), is the document's where the minutes give none.)
    const numbered = HEADLINE_NUMBER.exec(ctx.text.slice(titleBlock.start, titleBlock.end).trimEnd());
    if (numbered !== null && documentNumber === null) {
      const parts = parseDocumentNumber(numbered[1]!);
      const at = titleBlock.start + numbered.index + 1;
      if (parts) documentNumber = { ...parts, position: ctx.position(at, at + numbered[1]!.length) };
    }
    for (let j = bodyIndex - 1; j > from; j--) {
      const b = blocks[j]!;
      if (b.kind === "paragraph" && MINUTES_TITLE_LINE.test(ctx.match.slice(b.start, b.end).trim()) && isTitle(spanOf(b.tokens, ctx))) {
        titleBlock.outline = "title";
        titleBlock = b;
        break;
      }
    }
  }
  const lineOf = (b: Block): string => ctx.match.slice(b.start, b.end).trim();
  // A page's headline over a notice calling the meeting (市政府第8次常务会议⏎…⏎关于召开市政府第8次常务会议的通知):
  // the notice's own title is the document's. (Up to the opening: run together with the lines
  // below it, the notice's title reads as one; a notice calls a meeting, what it says is no opening.)
  if (titleBlock !== null && !CALL_NOTICE.test(lineOf(titleBlock))) {
    const j = paragraphBelow(blocks, blocks.indexOf(titleBlock), openingIndex >= 0 ? openingIndex : blocks.length - 1, CALL_NOTICE_REACH, (b) => CALL_NOTICE.test(lineOf(b)));
    if (j >= 0) {
      titleBlock.outline = "title";
      titleBlock = blocks[j]!;
      if (j === openingIndex) openingIndex = -1;
    }
  }
  // A page's headline over the document's own title line and its masthead number (市政府常务会议纪要（第7期）⏎
  // …⏎兰水市人民政府常务会议纪要⏎第7期): the document's own title is the title.
  // (Or a headline that names the government without its place, 市政府第17次常务会议纪要, over
  // 青岩市人民政府常务会议纪要⏎〔2023〕17号: the document's own title and its number.)
  const headlineRead = titleBlock !== null ? withoutSiteName(lineOf(titleBlock)) : "";
  // (Or a sample site's first section over the text it shows: ❶ 翠北区人民政府第8次常务会议纪要⏎翠北区人民政府常务会议纪要⏎〔2023〕8号.)
  // (Or an approval form's name over the form and the 纪要 it approves: 会议纪要审批表 … 墨源县人民政府第二十三次常务会议纪要⏎墨政纪〔2022〕23号.)
  if (titleBlock !== null && (NUMBERED_HEADLINE.test(headlineRead) || PLACELESS_HEADLINE.test(headlineRead) || FIRST_SECTION.test(headlineRead) || APPROVAL_FORM.test(headlineRead))) {
    const numberBelow = (b: Block): boolean => mastheadNumberLine(blocks, b, ctx) !== null || blocks[blocks.indexOf(b) + 1]?.kind === "docNumberLine";
    const isOwnTitle = (b: Block): boolean => MINUTES_TITLE_LINE.test(lineOf(b)) && !PLACELESS_HEADLINE.test(lineOf(b)) && numberBelow(b);
    // (Below a form's rows, one cell a line, further down.)
    const reach = APPROVAL_FORM.test(headlineRead) ? APPROVAL_FORM_REACH : OWN_TITLE_REACH;
    const j = paragraphBelow(blocks, blocks.indexOf(titleBlock), openingIndex >= 0 ? openingIndex - 1 : blocks.length - 1, reach, isOwnTitle);
    if (j >= 0) {
      titleBlock.outline = "title";
      titleBlock = blocks[j]!;
    }
  }
  // A title wrapped over two lines (蓝海经济技术开发区管理委员会⏎主任办公会议纪要) is read whole.
  const titleRest = titleBlock ? titleContinuation(blocks, titleBlock, ctx) : null;
  // …and a masthead whose organ stands on the line above (黔岭市人民政府⏎市长办公会议纪要).
  const titleHead = titleBlock && !titleRest ? titleMasthead(blocks, titleBlock, ctx) : null;
  // (Layout padding inside a headline is one blank: 区政府召开第19次常务会议     韩志远主持.)
  let title = titleBlock
    ? withoutSiteName((titleHead ? ctx.clean(ctx.text.slice(titleHead.start, titleHead.end)) : "") + ctx.clean(ctx.text.slice(titleBlock.start, titleBlock.end).replace(PIPED_COLUMN, "")) + (titleRest ? ctx.clean(ctx.text.slice(titleRest.start, titleRest.end)) : "")).replace(PADDING_RUN, " ").replace(SPACED_NUMBER, "")
    : // A page whose title stands only in its header (【标题】…): the header's title; or in a
      // column's bulleted label (• 会议题目 • 高振东主持召开区政府第4次常务会议).
      (bulletedTitle(blocks, ctx) ?? disclosure.title ?? cellTitle(blocks, openingIndex, ctx));
  // A page's news headline, or its headline with the issue's number (…纪要（第9期）), over a header
  // whose summary is the 纪要's own title (内容概述：孝河区人民政府常务会议纪要): that title.
  const summary = titleBlock !== null && title !== null ? summaryTitle(disclosure, blocks, ctx) : null;
  // (Or the headline is that title without the meeting's number: 清潭县人民政府常务会议纪要 over 内容概述:⏎清潭县人民政府第七次常务会议纪要.)
  if (summary !== null && summary !== title && (NUMBERED_HEADLINE.test(toMatchable(title!)) || !toMatchable(title!).includes("纪要") || (summary.replace(SESSION_COUNT, "") === title && headerBelow(disclosure, titleBlock!, ctx)))) title = summary;
  // A bare date line under the headline (or under its 来源 row) is the page's publish date.
  const dateLine = bareDateLine(blocks, titleBlock, ctx);
  // A dated line with its weekday (2025年3月4日 星期二) dates the page, but is not labelled as
  // its publish date: it only helps to tell the meeting's year.
  let pageDate: string | null = null;
  if (dateLine) {
    dateLine.outline = "header";
    const text = ctx.text.slice(dateLine.start, dateLine.end);
    if (WEEKDAY.test(ctx.match.slice(dateLine.start, dateLine.end))) pageDate = parseDate(text).iso;
    else disclosure.publishDate ??= parseDate(text).iso;
  }

  // An account's row right above the headline, its post's date between bars (汾桥新闻 | 2022-12-07 09:15 | 阅读 1.2万):
  // the page's publish date too.
  const accountRow = titleBlock !== null ? blocks[blocks.indexOf(titleBlock) - 1] : undefined;
  const posted = accountRow?.kind === "paragraph" ? ACCOUNT_ROW_DATE.exec(ctx.match.slice(accountRow.start, accountRow.end).trim()) : null;
  if (posted !== null && accountRow !== undefined) {
    accountRow.outline = "header";
    disclosure.publishDate ??= parseDate(posted[1]!).iso;
  }

  // The meeting's number on its own line under the title (（11）, 第18期, 2025年第13期): part of the masthead.
  // (Or under the masthead above a numbered title: 磨盘县人民政府常务会议纪要⏎第 12 号⏎…⏎十七届县人民政府第12次常务会议纪要.)
  const mastheadNumber = titleBlock ? (mastheadNumberLine(blocks, titleRest ?? titleBlock, ctx) ?? (banner !== null ? mastheadNumberLine(blocks, banner, ctx) : null)) : null;
  if (mastheadNumber) mastheadNumber.outline = "header";
  // A serial alone under the title (第12号) is the document's number, where no other is given.
  const serialOnly = mastheadNumber ? SERIAL_ONLY.exec(ctx.match.slice(mastheadNumber.start, mastheadNumber.end).trim()) : null;
  if (mastheadNumber && serialOnly && documentNumber === null) {
    const text = ctx.compact(ctx.text.slice(mastheadNumber.start, mastheadNumber.end));
    documentNumber = { text, prefix: null, year: null, serial: Number(serialOnly[1]), position: ctx.position(mastheadNumber.start, mastheadNumber.end) };
    mastheadNumber.outline = "document-number";
  }
  const titleDate = titleBlock ? titleDateLine(blocks, titleRest ?? titleBlock, mastheadNumber, ctx) : null;
  if (titleDate) titleDate.outline = "header";

  // A hard-wrapped opening goes on over the next lines until a sentence ends.
  const opening = new Set<number>();
  // A date alone above the opening dates the page (a newspaper's issue), not a 落款: the 落款 is a
  // later one. So does a masthead's organ and date (石桥镇党政综合办公室　二〇二三年六月二十日) when a 落款 follows.
  if (openingIndex >= 0 && signed.issueBlock !== null && signed.issueBlock.end <= blocks[openingIndex]!.start) {
    const later = buildSignatures(of("signature").filter((b) => b !== signed.issueBlock && !signed.printingBlocks.includes(b)), ctx);
    // (A masthead's organ and number on one line, its date below: 章安区人民政府办公室　　〔2023〕16号⏎2023年7月20日;
    // the organ is the date's, as in 吴兴区人民政府办公室　2022年12月5日.)
    const mastheadOrgan = signed.issuer === null ? organBeforeNumber(blocks, signed.issueBlock, ctx) : null;
    if (mastheadOrgan !== null) {
      issuer = mastheadOrgan;
      if (later.issueDate !== null && later.issueBlock !== null && later.issueBlock.start > blocks[openingIndex]!.start) {
        issueDate = later.issueDate;
        issuer = later.issuer;
      }
    } else if (signed.issuer === null) {
      // (It still tells the meeting's year.)
      issueDateAbove = issueDate?.iso ?? issueDate?.text ?? null;
      issueDate = later.issueDate;
      issuer ??= later.issuer;
    } else if (later.issueDate !== null && later.issueBlock !== null && later.issueBlock.start > blocks[openingIndex]!.start) {
      issueDate = later.issueDate;
      issuer = later.issuer;
    }
  }
  if (openingIndex >= 0) {
    opening.add(openingIndex);
    // (Its first line may stand above it, cut after a clause's mark: 本报讯　当天上午，县委副书记、⏎县长…主持召开….)
    const above = blocks[openingIndex - 1];
    // (Or after a clause that opens with the meeting's date: 　　2024年5月31日下午，县长⏎林启东在…主持召开….)
    const aboveText = above?.kind === "paragraph" && above !== titleBlock ? ctx.match.slice(above.start, above.end) : "";
    if (aboveText !== "" && (CUT_AFTER_CLAUSE.test(aboveText) || DATE_CLAUSE_CUT.test(aboveText)) && onNextLine(ctx.text, above!.end, blocks[openingIndex]!.start)) {
      opening.add(openingIndex - 1);
      openingIndex--;
    }
    // (Or a list's label cut from its names: …雍丽。请假：⏎麻志成（在外招商）。)
    for (let i = openingIndex; i + 1 < blocks.length && blocks[i + 1]!.kind === "paragraph" && (!SENTENCE_CLOSED.test(ctx.match.slice(blocks[i]!.start, blocks[i]!.end)) || namesOnNextLine(ctx.match.slice(blocks[i]!.start, blocks[i]!.end), ctx.text, blocks[i + 1]!.start)); i++) {
      opening.add(i + 1);
    }
    // The chair's sentence on a line of its own after it (…会议在市政府第一会议室召开。⏎市长沈　岩主持会议。).
    const last = Math.max(...opening);
    const next = blocks[last + 1];
    if (next?.kind === "paragraph" && CHAIR_LINE.test(ctx.match.slice(next.start, next.end))) opening.add(last + 1);
  }
  const openingBlocks: Block[] = [];
  const agendaBlocks: Block[] = [];
  const paragraphs: TextNode[] = [];
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
        // A link to the document's file above it (附件：…纪要.pdf) is the page's chrome, and so is
        // an organ's name alone above the title (the site's banner, or the print's 版头 …文件),
        // the page's frame and a breadcrumb.
        asChrome(b);
        continue;
      }
      if ((isTitle(span) && REPEATED_TITLE.test(span.match)) || isMastheadNumber(span.match)) {
        // A second title line: the print's title under the page's headline, or the title again;
        // or the masthead's number above the title (第22期).
        b.outline = "title";
        continue;
      }
      unplacedParagraph(b, ctx, unplaced, "is neither the title nor the opening");
      b.outline = "unplaced";
    } else if (issuer === null && isLastContent(blocks, i) && ORGAN_ALONE.test(ctx.match.slice(b.start, b.end).trim())) {
      // A 落款 organ alone on the last line, without a date.
      issuer = ctx.clean(ctx.text.slice(b.start, b.end));
      b.outline = "signature";
    } else if ((i > footStart || openingIndex < 0 || i < openingIndex) && PAGE_FRAME.test(span.match)) {
      // The page's frame at its head or foot (赣ICP备…, 【我要纠错】, a rule of dashes): chrome.
      asChrome(b);
    } else if (footStart >= 0 && i > footStart && !(attachmentsStart >= 0 && i >= attachmentsStart) && !FOOT_NOTE.test(span.match) && !STATEMENT_AT_FOOT.test(span.match)) {
      // (The attachments at the foot, 附件1⏎…清单⏎| 序号 | …, and the notes of the 版记 — （共印20份）,
      // 记录：… — are the document's own text: paragraphs.)
      unplacedParagraph(b, ctx, unplaced, "follows the lists at the foot of the minutes");
      b.outline = "unplaced";
    } else paragraphs.push(textNode(b.tokens, ctx));
  }
  for (const b of attachments) paragraphs.push(textNode(b.tokens, ctx));

  // The meeting.
  const isMinutes = decideMinutes(title, openingBlocks, blocks, ctx, facts !== null && facts.date !== null && (facts.chair !== null || facts.place !== null));
  let meeting: Meeting | null = null;
  if (isMinutes) {
    // Dated lines above the opening (a newspaper's 2024年3月5日 星期二 line, a WeChat copy's
    // 原创 … 2024年04月16日 18:30 line) date the page: they help to tell the meeting's year.
    const pageDates = datesAboveOpening(front, blocks, [titleBlock, titleRest, titleHead], openingIndex, ctx);
    // (The document's own dates, then the page's: a mirror may post the minutes years later.)
    const documentReferences = [issueDate?.iso ?? issueDate?.text, disclosure.writtenDate, printing?.date?.iso ?? printing?.date?.text, documentNumber?.year ? `${documentNumber.year}年` : null, issueDateAbove];
    meeting = buildMeeting({ title, titleBlock, titleDate, openingBlocks, agendaBlocks, facts, blocks, topics, ctx, documentReferences, references: [...documentReferences, disclosure.publishDate, ...updateDates(disclosure), pageDate, ...pageDates] });
    for (const role of ["attendees", "invitedAttendees", "absentees", "observers"] as const) addPeople(meeting[role], attendance.people[role]);
    // (A chair named without a title takes the one a list gives the same name: 主持人：祁振东 ⏎ 出　席：祁振东　　县　长.)
    const chair = meeting.chair;
    // (Not a list's group word: 县领导韦家明、房志伟…出席会议 tells no title.)
    if (chair !== null && chair.title === null) chair.title = [...meeting.attendees, ...meeting.invitedAttendees].find((p) => p.name === chair.name && p.title !== null && !LEADERS_GROUP.test(p.title))?.title ?? null;
    meeting.invitedObservers.push(...invitedObservers);
    // (People a list names as invited to observe, in a clause of their own: …；X、Y应邀列席.)
    if (attendance.people.invitedObservers.length > 0) meeting.invitedObservers.push({ group: "应邀列席", people: attendance.people.invitedObservers });
    // The session given only by the masthead's number (（第4次） under the title).
    const numbered = mastheadNumber ? MASTHEAD_SESSION.exec(ctx.match.slice(mastheadNumber.start, mastheadNumber.end)) : null;
    if (meeting.sessionNumber === null && numbered) meeting.sessionNumber = parseNumber(numbered[1]!);
    linkAgenda(meeting.agenda, topics);
    // 书面通报 told in a sentence of the opening or the agenda (…审议了《…》。会议书面通报了…的情况。).
    const told = [openingBlocks, ...agendaBlocks.map((b) => [b])].filter((run) => run.length > 0).flatMap((run) => {
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      return reportsInParagraph({ text: ctx.text.slice(start, end), match: ctx.match.slice(start, end), start }, ctx);
    });
    if (told.length > 0) {
      writtenReports.push(...told);
      writtenReports.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
    }
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
  // What the reading view left out as the page's chrome: page numbers, running heads, <title> and the like.
  const pages = chromeRanges.map(([s, e]): TextNode => ({ text: decoded.text.slice(s, e), position: ctx.sourcePosition(s, e) }));
  chrome.push(...pages);
  chrome.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  paragraphs.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));

  if (isMinutes && meeting && meeting.date.iso === null) {
    const p = meeting.date.position;
    ctx.report("warning", "meeting-date-unknown", meeting.date.text ? `会议日期“${meeting.date.text}”无法确定（The meeting date cannot be read.）` : "未找到会议日期（No meeting date found.）", p?.start.offset ?? 0, p?.end.offset ?? 0);
  }
  if (title === null) ctx.report("info", "title-missing", "未找到标题（No title line found.）", 0, 0);

  if (before.length > 0) {
    for (const b of before) b.outline = "chrome";
    chrome.push(...before.map((b) => textNode(b.tokens, ctx)));
    chrome.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
    ctx.report("info", "another-document", `此处为另一份文件（Another document stands here）：“${ctx.text.slice(before[0]!.start, Math.min(before[0]!.end, before[0]!.start + 30)).trim()}”`, before[0]!.start, before[0]!.end);
  }
  if (nextDocument >= 0) {
    const other = all.slice(nextDocument, all.length - imprint.length);
    for (const b of other) b.outline = "chrome";
    chrome.push(...other.map((b) => textNode(b.tokens, ctx)));
    chrome.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
    ctx.report("info", "another-document", `此处起为另一份文件（Another document starts here）：“${ctx.text.slice(other[0]!.start, Math.min(other[0]!.end, other[0]!.start + 30)).trim()}”`, other[0]!.start, other[0]!.end);
  }
  const outline: OutlineEntry[] = page.map((b) => ({ kind: b.outline, position: ctx.blockPosition(b.start, b.end) }));
  if (unplaced.length > 0) {
    const blockStarts = new Set(outline.map((o) => o.position!.start.offset));
    for (const u of unplaced) if (u.position && !blockStarts.has(u.position.start.offset)) outline.push({ kind: "unplaced", position: u.position });
  }
  for (const p of pages) outline.push({ kind: "chrome", position: p.position });
  outline.sort((a, b) => a.position!.start.offset - b.position!.start.offset);
  // Lines of markup alone (<p>&nbsp;</p>), which the reading view left out, are the page's chrome.
  if (offsets !== null) {
    const left = leftOut(decoded.text, outline, ctx);
    const markup = left.filter((n) => MARKUP_ONLY.test(n.text));
    for (const n of left) {
      if (markup.includes(n)) continue;
      // (Text the view dropped that is not markup: kept and reported, never lost.)
      unplaced.push(n);
      outline.push({ kind: "unplaced", position: n.position });
      ctx.diagnostics.push({ severity: "warning", code: "unplaced-text", message: `无法归类的文字（left out of the reading view）：“${n.text.slice(0, 20)}”`, line: n.position!.start.line, column: n.position!.start.column, position: n.position! });
    }
    if (markup.length > 0) {
      chrome.push(...markup);
      chrome.sort((a, b) => a.position!.start.offset - b.position!.start.offset);
      for (const m of markup) outline.push({ kind: "chrome", position: m.position });
    }
    if (left.length > 0) outline.sort((a, b) => a.position!.start.offset - b.position!.start.offset);
  }
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

/** An unnamed line of a 书面通报 list: a report's name, perhaps its body before or after it (关于…的汇报——区财政局). */
const REPORT_LINE = new RegExp(`^\\s*(?:[◆◇●■□▪•►▶]\\s*)?(?:[\\u3400-\\u9fff]{2,20})?关于[^。]{2,80}?${REPORT_ENDING}(?:》)?(?:\\s*[—–-]{1,2}\\s*[\\u3400-\\u9fff]{2,20}|\\([^()]{2,20}\\))?\\s*[。.;；]?\\s*$`);

/**
 * A 纪要 title with the meeting's number (…第13次常务会议纪要, 2023—2024学年第9次院长办公会议纪要), or
 * one naming its subject (关于…的会议纪要) (matchable text).
 */
const NUMBERED_MINUTES = /^(?:[\u3400-\u9fff〇○OＯ]{2,30}(?:[0-9]{4}年度?)?|[\u3400-\u9fff]{0,30}(?:[0-9]{4}年度?|[0-9]{4}[—–-][0-9]{4}学年(?:度)?(?:第[一二]学期)?))第[0-9一二三四五六七八九十百零〇○]{1,6}次[\u3400-\u9fff]{0,12}纪要$|^关于[^。；;]{2,60}的[\u3400-\u9fff]{0,8}会议纪要$/;
/** A masthead that names only the kind of meeting: 联席会议纪要, 专题会议纪要, 镇长办公会会议纪要. */
const KIND_ONLY_MINUTES = /^[\u3400-\u9fff]{0,6}会议纪要$/;
/** A 纪要 masthead without a number: 江山市人民政府常务会议纪要. */
const UNNUMBERED_MINUTES = /^[\u3400-\u9fff]{2,30}纪要$/;


/** The end of an organ's name alone: what a 落款 organ wrapped over two lines leaves on its second line. */
const ORGAN_TAIL_ONLY = /^(?:办公室|辦公室|办)$/;

/** An office's name, whole: 章安区人民政府办公室. */
const OFFICE_NAME = /^[\u3400-\u9fff]{2,24}(?:办公室|辦公室|办公厅|辦公廳)$/;

/** A date set right after a 发文字号 on its line (matchable text). */
const DATE_AFTER_NUMBER = /[号號期][ \t]{2,}((?:[0-9]{4}|[〇○零一二三四五六七八九]{4})年[0-9元一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日)\s*$/;

/** The office and date of a masthead whose number has the date set right on its line and the office below it, or null. */
function numberThenOffice(blocks: Block[], numbers: Block[], ctx: BuildContext): { issuer: string; issueDate: DateValue } | null {
  for (const number of numbers) {
    const date = DATE_AFTER_NUMBER.exec(ctx.match.slice(number.start, number.end));
    const office = blocks[blocks.indexOf(number) + 1];
    if (date === null || office === undefined || office.kind !== "paragraph") continue;
    const name = ctx.compact(ctx.text.slice(office.start, office.end));
    if (!OFFICE_NAME.test(name)) continue;
    const at = number.start + date.index + date[0].indexOf(date[1]!);
    const text = ctx.text.slice(at, at + date[1]!.length);
    office.outline = "signature";
    return { issuer: name, issueDate: { text, iso: parseDate(text).iso, position: ctx.position(at, at + text.length) } };
  }
  return null;
}

/**
 * The organ of a masthead whose number stands on its line after a gap and whose date is the
 * line below (章安区人民政府办公室　　〔2023〕16号⏎2023年7月20日), or null.
 */
function organBeforeNumber(blocks: Block[], dateBlock: Block, ctx: BuildContext): string | null {
  const i = blocks.indexOf(dateBlock);
  const number = blocks[i - 1];
  const organ = blocks[i - 2];
  if (number === undefined || organ === undefined || number.kind !== "docNumberLine" || organ.kind !== "paragraph") return null;
  // (On one line of the source: the reading view may have set the number on a line of its own.)
  const between = ctx.position(organ.end, number.start);
  if (between.start.line !== between.end.line) return null;
  const name = ctx.compact(ctx.text.slice(organ.start, organ.end));
  return OFFICE_NAME.test(name) ? name : null;
}

/** The paragraph right above the first 落款 block, when it is an organ's name ending in 政府. */
function organLineAbove(blocks: Block[], ctx: BuildContext): Block | null {
  const i = blocks.findIndex((b) => b.kind === "signature" && b.outline !== "printing");
  // (The line may end the last topic's body, where the grammar kept it.)
  const last = i > 0 ? lastLine(blocks[i - 1]!) : undefined;
  const above = last === undefined ? undefined : last === blocks[i - 1] ? blocks[i - 1] : (toBlock(last) ?? undefined);
  if (above?.kind !== "paragraph" || !onNextLine(ctx.text, above.end, blocks[i]!.start)) return null;
  return /^[\u3400-\u9fff]{2,20}(?:人民政府|政府)$/.test(ctx.match.slice(above.start, above.end).trim()) ? above : null;
}

/** A serial alone: 第12号 (matchable text). */
const SERIAL_ONLY = /^第\s*([0-9]{1,4})\s*号$/;
/** A session number in a masthead's number line: （第4次）. */
const MASTHEAD_SESSION = /第([0-9一二三四五六七八九十百零〇○]{1,6})次/;

/** The 书面通报 items under a topic headed 书面通报事项 (四、书面通报事项 ⏎ （一）…的汇报). */
function reportsUnderTopics(topics: Block[], reportItems: Set<Block>, ctx: BuildContext): WrittenReport[] {
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
      if (REPORT_LIST.test(span.match)) out.push(...reportsOf(span, 0, ctx));
    }
  }
  return out;
}

/** Whether two 书面通报 items share text. */
function overlaps(a: WrittenReport, b: WrittenReport): boolean {
  const [as, ae, bs, be] = [a.position?.start.offset, a.position?.end.offset, b.position?.start.offset, b.position?.end.offset];
  return as !== undefined && ae !== undefined && bs !== undefined && be !== undefined && as < be && bs < ae;
}

/** The first full date of each line around the title and above the opening. */
function datesAboveOpening(front: { b: Block; i: number }[], blocks: Block[], titleLines: (Block | null)[], openingIndex: number, ctx: BuildContext): string[] {
  const titleIndex = titleLines[0] ? blocks.indexOf(titleLines[0]) : -1;
  const out: string[] = [];
  for (const { b, i } of front) {
    if ((openingIndex >= 0 && i >= openingIndex) || titleLines.includes(b)) continue;
    // (Near the title; where no line is the title, a line that is only a date: 2022-04-08.)
    const line = ctx.match.slice(b.start, b.end);
    if (titleIndex >= 0 ? i > titleIndex + 2 : !DATE_ONLY.test(line)) continue;
    const date = findDates(line).find((d) => d.iso !== null);
    if (date) out.push(date.iso!);
  }
  return out;
}

/** Blanks inside a number or around it in a count: 第 1 3 次 (a title holds no spaced-out numbers). */
const SPACED_NUMBER = /(?<=[0-9第])[ \t\u3000\u00a0]+(?=[0-9])|(?<=[0-9])[ \t\u3000\u00a0]+(?=[次届年月日号期])/g;
/** An e-paper's page (版) line: 第01版：要闻. */
const PAPER_PAGE = /^第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版/;
/** A run of two or more blanks: layout padding. */
const PADDING_RUN = /[ \t\u3000\u00a0]{2,}/g;


/** A page title's site name after the article's title: …纪要_澄溪区人民政府门户网站, … - 檀州市人民政府. */
const SITE_SUFFIX = /\s*[_\-–—|｜]\s*[\u3400-\u9fff]{2,24}(?:人民政府(?:门户网站|网站|网)?|政府网|门户网站|网站)$/;

/** A title without the site name a page title appends to it, or the column tag a site puts before it. */
function withoutSiteName(title: string): string {
  // (A headline wholly in brackets, 【区政府第十七次常务会议】, reads without them; a forum's [转贴] tag goes.)
  const bracketed = WHOLE_IN_BRACKETS.exec(title);
  let stripped = bracketed ? bracketed[1]! : title;
  // (The tags before a headline, one after another: V视 | 【政务动态】….)
  for (let i = 0; i < HEAD_TAGS.length; ) {
    const after = HEAD_TAGS[i]!.test(stripped) ? stripped.replace(HEAD_TAGS[i]!, "") : stripped;
    if (after !== stripped && after.length >= 4) {
      stripped = after;
      i = 0;
    } else i++;
  }
  // (A law database's headline: the number, then the title in 《》: 靖政纪〔2015〕7号《…纪要》.)
  // (A forum thread's: [转帖] …纪要 [复制链接].)
  stripped = stripped.replace(NUMBERED_BOOK_TITLE, "$1").replace(FORUM_LINK, "");
  // A browser title: article - column - site (梁湖区召开区政府常务会议 - 梁湖要闻 - 梁湖区人民政府门户网站).
  if (SITE_SUFFIX.test(stripped)) stripped = stripped.replace(SITE_SUFFIX, "").replace(COLUMN_SUFFIX, "");
  else stripped = stripped.replace(SHARING_SITE_SUFFIX, "");
  // (A table of contents' dot leaders and page after a title: …纪要 ………… （1）.)
  stripped = stripped.replace(DOT_LEADER_PAGE, "");
  // (Any site's name after a 纪要's title, behind an underscore or a spaced dash: …纪要_装修网_新闻中心, …纪要 - 范文大全网.)
  stripped = stripped.replace(MINUTES_SITE_SUFFIX, "");
  // (Or a site's column and name after a news headline: …常务会议_蕖川新闻_蕖川在线, …常务会议|潆浦县政府常务会议.)
  stripped = stripped.replace(MEETING_SITE_SUFFIX, "");
  // (A file's name: …纪要.docx, …规则.docVIP; a sample site's count: …纪要(精选2篇).)
  stripped = stripped.replace(FILE_EXTENSION, "").replace(SAMPLE_COUNT, "");
  // (A spam site's name after a mirrored title: …纪要-開元棋牌官網下載, …纪要|开云体育app官方下载_最新版.)
  stripped = stripped.replace(SPAM_SUFFIX, "").replace(NAME_LABEL, "").replace(ORIGINAL_TITLE_LABEL, "");
  // (A blog's post time after its headline: …（2023年第9次） (2023-05-16 21:40:12)转载▼.)
  stripped = stripped.replace(POST_TIME_SUFFIX, "");
  // (A forum's anti-copy jammer after it: …例會召開 & K0 x& ^! M9 P2 X* F' \6 u.)
  stripped = stripped.replace(JAMMER_SUFFIX, "");
  return stripped.length >= 4 ? stripped : title;
}

/** Dot leaders and a page number after a contents entry: ………… （1）, ....... 3. */
const DOT_LEADER_PAGE = /[ \t\u3000]*[…·.．]{3,}[ \t\u3000]*[（(]?[0-9]{1,3}[）)]?$/;
/** A site's name after a 纪要's title (its bracketed session too), behind an underscore or a pipe, or a dash with blanks around it (matchable text). */
const MINUTES_SITE_SUFFIX = /(?<=[纪紀]要(?:[（(][^（）()]{1,16}[）)])?)(?:[ \t\u3000]*[_|｜][ \t\u3000]*|[ \t\u3000]+[-–—][ \t\u3000]+)(?![0-9〔（(])[^，。：:]{2,40}$/;
/** A site's column or name after a news headline that ends in 会议: behind underscores, or a pipe before a column's or site's name. */
const MEETING_SITE_SUFFIX = /(?<=会议|會議)(?:(?:[ \t\u3000]*_[ \t\u3000]*[\u3400-\u9fff]{2,16}){1,3}|[ \t\u3000]*[|｜][ \t\u3000]*[\u3400-\u9fff]{2,16}(?:会议|會議|新闻|新聞|要闻|要聞|动态|動態|在线|在線|网站|網站|网|網))$/;
/** A site's column after a headline behind a pipe, which cleaning would read as nothing: …第17次常务会议|潆浦县政府常务会议. */
const PIPED_COLUMN = /(?<=会议|會議)[ \t\u3000]*[|｜][ \t\u3000]*[\u3400-\u9fff]{2,16}(?:会议|會議|新闻|新聞|要闻|要聞|动态|動態|在线|在線|网站|網站|网|網)[ \t\u3000]*$/;
/** A headline led by its session count's year that names a standing meeting (matchable text): 2023年第7次县政府常务会召开. */
const YEAR_LED_MEETING = /^[0-9]{4}\s*年(?!\s*[0-9]{1,2}\s*月)[^,，。:：;；]{0,30}(?:常务(?:\(扩大\))?会|办公会)/;
/** A 纪要's number in brackets after its title (matchable text): （〔2022〕9号）, (2023年第8次). */
const BRACKETED_NUMBER = /^[(（](?:[〔\[［][0-9]{4}[〕\]］][0-9]{1,4}号|(?:[0-9]{4}年)?第?[0-9一二三四五六七八九十]{1,4}[次期号])[)）]$/;
/** Words that name a meeting or minutes (matchable text). */
const MEETING_WORDS = /会议|常务会|办公会|纪要|召开/;
/** A spam mirror's line: gambling, streaming or app-download words (matchable text). */
const SPAM_LINE = /官方下载|官网下载|app下载|APP下载|在线观看|免费高清|棋牌|彩票|博彩|真人娱乐|体育(?:app|APP|官网|官方)|开云|皇冠体育|六合彩|百家乐|威尼斯人|葡京|永利|[Bb]ests?365|[Bb]ets?365|网页版登录|登录入口/;
/** A gambling or download site's name after a title, behind a dash, underscore or pipe (or right after 纪要, the pipe read as nothing): …纪要 - 六合彩資料大全, …主持-海滄新聞網-永利皇宮線上. */
const SPAM_SUFFIX = /(?:[ \t\u3000]*[-_|｜][ \t\u3000]*|(?<=[纪紀]要))(?=[^|｜，。]*(?:官网|官網|官方|下载|下載|app|APP|棋牌|体育|體育|彩票|娱乐|娛樂|博彩|真人|六合彩|一肖|新濠|永利|皇[宫宮]|威尼斯人|葡京|[赌賭]|百家[乐樂]))[^|｜，。]{2,40}$/;
/** A repost's line that gives the record's own title (matchable text): 原标题：…纪要. */
const ORIGINAL_TITLE = /^[ \t\u3000]*原标题[：:][ \t\u3000]*[\u3400-\u9fff]/;
/** Its label, in either script. */
const ORIGINAL_TITLE_LABEL = /^[ \t\u3000]*原[标標][题題][：:][ \t\u3000]*/;
/** A form's label before a headline: 会议名称:. */
const NAME_LABEL = /^(?:会议)?名称[ \t\u3000]*[:：][ \t\u3000]*/;
/** A file's extension after a title (a document site shows the file's name): .docx, .doc, .pdf, .docVIP, .doc 第1页. */
const FILE_EXTENSION = /\.(?:docx?|wps|pdf|txt)(?:VIP)?(?:[ \t\u3000]*第[0-9]+[页頁])?$/i;
/** A sample site's count of texts after a title: (精选2篇), （3篇）. */
const SAMPLE_COUNT = /[（(](?:精选|通用|优选)?[0-9一二三四五六七八九十]+篇[）)]$/;
/** A document-sharing site's name or page label: 道客巴巴, 百度文库, 公文範文網, 第1頁. */
const SHARING_SITE = "(?:第[0-9]+[页頁]|道客巴巴|豆丁网|原创力文档|淘豆网|[\\u3400-\\u9fff0-9]{1,6}文库(?:网)?|[\\u3400-\\u9fff0-9]{0,6}文档(?:网|中心|之家)?|[\\u3400-\\u9fff0-9]{0,6}[范範]文(?:[网網]|大全))";
/** A sharing site's name or page label after a copy's title (` - 道客巴巴`, `_百度文库`, `_第1頁`), maybe again on the next line read with it (…-金锄头文库⏎金锄头文库). */
const SHARING_SITE_SUFFIX = new RegExp(`\\s*[-–—_|｜]\\s*${SHARING_SITE}(?:\\s*${SHARING_SITE})?$`);

/** A site column's name after an article's title in a browser title: ` - 梁湖要闻`. */
const COLUMN_SUFFIX = /\s*[-–—_|｜]\s*(?![^-–—_|｜]*(?:会议|纪要))[^-–—_|｜\s]{2,8}$/;

/** A headline wholly in brackets. */
const WHOLE_IN_BRACKETS = /^【([^【】]{4,60})】$/;
/** A WeChat account's column before a headline, maybe after an emoji: 🔴 权威发布｜…, 政务速递 | …. */
const ACCOUNT_COLUMN = /^(?:[\u{1F300}-\u{1FAFF}\u2600-\u27BF\uFE0F][ \t\u3000]*)*(?=[A-Za-z0-9]{0,3}[\u3400-\u9fff])[A-Za-z0-9\u3400-\u9fff]{2,6}[ \t\u3000]*[|｜丨][ \t\u3000]*/u;
/** A law database's badge before a headline: 有效, 现行有效, 失效, 已废止. */
const VALIDITY_BADGE = /^(?:现行有效|有效|已失效|失效|已废止|废止)[ \t\u3000]+/;
/** A headline of a 发文字号 and the title in 《》 after it. */
const NUMBERED_BOOK_TITLE = /^[\u3400-\u9fff]{1,8}[〔\[［][0-9]{4}[〕\]］]第?[0-9]{1,4}[号號][ \t\u3000]*《([^《》]{4,60})》$/;
/** A blog's post time in brackets after a headline, and its 转载 button: (2023-05-16 21:40:12)转载▼. */
const POST_TIME_SUFFIX = /[ \t\u3000]*[(（][0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[ \t]*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[)）][ \t\u3000]*(?:[转轉][载載]▼?)?$/;
/** A forum's jammer after a headline: four or more short runs of ASCII signs and letters, one sign among them at least (& K0 x& ^! M9). */
const JAMMER_SUFFIX = /(?<=[\u3400-\u9fff])(?=(?:[ \t]+[!-~]{1,3}){4,}[ \t]*$)(?=.*[!-/:-@[-`{-~])(?:[ \t]+[!-~]{1,3}){4,}[ \t]*$/;
/** A forum's tag before a reposted headline: [转贴], [轉貼], [转载]. */
const FORUM_TAG = /^[\[【](?:转贴|轉貼|转帖|轉帖|转载|轉載|原创|原創)[\]】]\s*/;
/** A forum's link after a thread's title: [复制链接]. */
const FORUM_LINK = /\s*[\[【](?:复制链接|複製鏈接)[\]】]$/;
/** A site's column tag before a headline: 【政务要闻】, 【工作动态】. */
const COLUMN_TAG = /^【[^】]{2,8}】\s*/;
/** An account's column after an emoji, its pipe read as a blank: 🔥要闻 区政府第45次常务会议召开. */
const EMOJI_COLUMN = /^(?:[\u{1F300}-\u{1FAFF}\u2600-\u27BF]\uFE0F?[ \t\u3000]*)+[\u3400-\u9fff]{2,6}[ \t\u3000]+(?=\S)/u;
/** A channel's short name before a column tag, its pipe read as a blank: V视 【政务动态】…. */
const CHANNEL_BEFORE_TAG = /^(?=[A-Za-z0-9]{0,3}[\u3400-\u9fff])[A-Za-z0-9\u3400-\u9fff]{2,6}[ \t\u3000]+(?=【[^】]{2,8}】)/;
/** What a site puts before a headline: a forum's tag, a column's, a badge, an account's or a channel's column. */
const HEAD_TAGS = [FORUM_TAG, COLUMN_TAG, VALIDITY_BADGE, ACCOUNT_COLUMN, CHANNEL_BEFORE_TAG, EMOJI_COLUMN];


/** The last line of a block: for a topic, the last line of its body (down its last subtopics). */
function lastLine(b: GrammarBlock): GrammarBlock {
  let last = b;
  while (last.kind === "topic" && last.topic!.body.length > 0) last = last.topic!.body[last.topic!.body.length - 1]!;
  return last;
}

/** A line ending in 纪要 (matchable text). */
const TITLE_END = /纪要\s*$/;
/** The name of a site's column of meetings: 政府常务会议, 市政府全体会议, 政府会议. */
const COLUMN_NAME = /^(?:[市县区州旗]?政府)?(?:常务会议|全体会议|会议)$|^[\u3400-\u9fff]{0,20}\s*(?:常务会议|会议)专栏$/;
/** A headline of a site of sample texts (范文): …纪要范文, …纪要范文精选, …纪要(3篇). */
const SAMPLE_TEXT_HEADLINE = /(?:范文|范例|模板)(?:精选|大全|集锦)?(?:[（(][0-9一二三四五六七八九十]+篇[）)])?$|纪要[（(][0-9一二三四五六七八九十]+篇[）)]$|纪要(?:实用|精选|优选|优秀|通用|合集|大全)[0-9一二三四五六七八九十]+篇$|纪要篇[0-9一二三四五六七八九十]{1,2}$|^篇[一二三四五六七八九十]{1,2}[:：]|纪要[（(](?:通用|精选|优选|优秀|实用|范文|模板|最新|参考)[）)]$/;
/** A notice's title that forwards minutes: …关于印发县政府第十一次常务会议纪要的通知. */
const FORWARDING_NOTICE = /关于(?:印发|转发)[^，。]{2,60}纪要》?的通知(?:[（(][^（()）]{2,24}[）)])?$/;
/** A document number in brackets after a headline: …的通知(霞政办函〔2024〕17号) (the number in group 1). */
const HEADLINE_NUMBER = /[（(]([\u3400-\u9fff]{0,12}[〔\[［][0-9]{4}[〕\]］]第?[0-9]{1,4}[号號])[）)]$/;
/** The title of a notice calling a meeting: 关于召开市政府第8次常务会议的通知 (matchable text). */
const CALL_NOTICE = /^关于(?:召开|举行)[^，。：:]{2,40}会议?的(?:通知|预通知)$/;
/** An account's row with its post's date between bars, then its count of readers (the date in group 1). */
const ACCOUNT_ROW_DATE = /^[^|｜0-9]{2,16}[|｜]\s*([0-9]{4}-[0-9]{1,2}-[0-9]{1,2})(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s*[|｜]\s*(?:阅读|浏览|閱讀|瀏覽)/;
/** An approval form's name: 会议纪要审批表, 发文审签单, 发文稿纸. */
const APPROVAL_FORM = /(?:审批|审签|签发|发文)(?:表|单|稿纸)$|^发文稿纸$/;
/** A sample site's first section heading, its number enclosed: ❶ …, ① …. */
const FIRST_SECTION = /^[❶①➀][ \t\u3000]*[\u3400-\u9fff]/;
/** A page's headline: a 纪要 with its number after it (…纪要（第7期）, …纪要(第6次), …纪要〔2022〕7号, …纪要(平政阅〔2022〕8号), …纪要（第3次）全文发布). */
const NUMBERED_HEADLINE = /纪要(?:[(（](?:[0-9]{4}年)?第?[ 0-9一二三四五六七八九十]+[期次][)）]|[(（][\u3400-\u9fff]{1,8}[〔\[［][0-9]{4}[〕\]］][0-9]{1,4}号[)）]|[〔\[［][0-9]{4}[〕\]］][0-9]{1,4}号)(?:全文)?(?:发布)?$/;
/**
 * A header's summary that is the 纪要's own title, naming its place (内容概述：孝河区人民政府常务会议纪要),
 * or null. (The value may stand on the line under its label, read as a paragraph of its own.)
 */
function summaryTitle(disclosure: Disclosure, blocks: Block[], ctx: BuildContext): string | null {
  const isOwnTitle = (value: string): boolean => MINUTES_TITLE_LINE.test(value) && !PLACELESS_HEADLINE.test(value) && OWN_PLACE.test(value);
  for (const f of disclosure.fields) {
    if (f.value !== null && SUMMARY_LABEL.test(toMatchable(f.label)) && isOwnTitle(toMatchable(f.value))) return f.value;
  }
  for (let i = 0; i + 1 < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== "headerRow" || !SUMMARY_ROW.test(ctx.match.slice(b.start, b.end))) continue;
    const next = blocks[i + 1]!;
    if (next.kind === "paragraph" && isOwnTitle(ctx.match.slice(next.start, next.end).trim())) return ctx.clean(ctx.text.slice(next.start, next.end));
  }
  return null;
}
/** Whether the header stands below the title line (a page's headline over the header, the document's own title under it). */
function headerBelow(disclosure: Disclosure, titleBlock: Block, ctx: BuildContext): boolean {
  const header = disclosure.position?.start.offset;
  return header !== undefined && header > ctx.position(titleBlock.start, titleBlock.end).start.offset;
}
/** Emoji and blanks before a post's headline: 📌, 🔴. */
const LEADING_EMOJI = /^(?:[\u{1F300}-\u{1FAFF}\u2600-\u27BF\uFE0F]|[ \t\u3000])+/u;
/** A line cut after a clause's mark, the sentence going on below it: …县委副书记、. */
const CUT_AFTER_CLAUSE = /[、，,][ \t\u3000]*$/;
/** A line that opens with a date and a clause after it, cut before its sentence ends: 2024年5月31日下午，县长, 二〇二五年二月十三日下 (matchable text). */
const DATE_CLAUSE_CUT = /^[ \t\u3000]*(?:[0-9〇○零一二三四五六七八九]{4}[ \t\u3000]*年[ \t\u3000]*)?[0-9一二三四五六七八九十]{1,3}[ \t\u3000]*月[ \t\u3000]*[0-9一二三四五六七八九十]{1,3}[ \t\u3000]*日(?:[^。；;：:]{0,6}[，,][^。；;：:，,]{1,12}|[上下中晚])$/;
/** A compilation's name over the 纪要 it holds: …常务会议纪要汇编（2023年）, …纪要选编 (matchable text). */
const COMPILATION_HEAD = /纪要(?:汇编|选编)/;
/** A meeting's count in a title: 第七次, 第12次. */
const SESSION_COUNT = /第[0-9一二三四五六七八九十]{1,4}次/;
/** The label of a header's summary of the page: 内容概述, 内容概况, 摘要. */
const SUMMARY_WORDS = "内容概[述况]|内容摘要|摘要";
const SUMMARY_LABEL = new RegExp(`^(?:${SUMMARY_WORDS})$`);
/** A header row of a summary's label alone, its value on the line below (matchable text). */
const SUMMARY_ROW = new RegExp(`^[\\s•·]*(?:${SUMMARY_WORDS})\\s*[:：]?\\s*$`);
/** A title that names its place's government: 孝河区人民政府…, 云峰县政府…. */
const OWN_PLACE = /^[\u3400-\u9fff]{1,8}[市县区旗镇乡](?:人民)?政府/;
/** A 纪要 headline naming the government without its place: 市政府第17次常务会议纪要. */
const PLACELESS_HEADLINE = /^[市县区]政府第[0-9一二三四五六七八九十]{1,4}次常务会议纪要$/;
/** How many blocks below such a headline the document's own title is looked for. */
const OWN_TITLE_REACH = 16;
/** How many blocks below an approval form's name the 纪要's own title is looked for (the form's rows between). */
const APPROVAL_FORM_REACH = 40;
/** How many blocks below the headline a notice's own title is looked for. */
const CALL_NOTICE_REACH = 4;
/** A 纪要 title line: …第十一次常务会议纪要. */
const MINUTES_TITLE_LINE = /^[^，。：:]{4,60}纪要$/;
/** An attendance statement among the lists at the foot (列席会议的有：…, …负责同志列席会议。), read with the meeting's attendance. */
const STATEMENT_AT_FOOT = /^\s*(?:出席|列席|参加|参会|请假|缺席|应邀|特邀)[^:，,、]{0,10}:|(?:出席|列席|参加)(?:了)?会议[。.]?\s*$/;
/** Text between the outline's entries other than blanks: what the reading view left out whole. */
function leftOut(source: string, outline: OutlineEntry[], ctx: BuildContext): TextNode[] {
  const found: TextNode[] = [];
  let from = 0;
  const gap = (start: number, end: number): void => {
    if (end <= start) return;
    const text = source.slice(start, end);
    const s = text.search(NOT_BLANK);
    if (s < 0) return;
    const trimmed = text.trimEnd();
    found.push({ text: trimmed.slice(s), position: ctx.sourcePosition(start + s, start + trimmed.length) });
  };
  for (const entry of outline) {
    gap(from, entry.position!.start.offset);
    from = Math.max(from, entry.position!.end.offset);
  }
  gap(from, source.length);
  return found;
}
const NOT_BLANK = /[^\s\u3000\u00a0\ufeff]/;
/** Tags and entities only. */
const MARKUP_ONLY = /^(?:<[^<>]*>|&[#a-zA-Z0-9]{1,8};|[\s\u3000\u00a0])*$/;

/** What a second title line names: the minutes, or the meeting held (…召开…常务会议). */
const REPEATED_TITLE = /纪要|召开/;
/** The 版头 of a print: 龙潭镇人民政府办公室文件 (matchable text). */
const PRINT_MASTHEAD = /^[\u3400-\u9fff()]{2,30}文件$/;
/** A site's banner: the organ and a section of its site (白庙镇人民政府 - 政务公开, 河口市人民政府门户网站　无障碍). */
const SITE_BANNER = /^[\u3400-\u9fff]{2,30}(?:人民政府|政府|办公室|管委会|管理委员会)(?:门户网站|网站|网)?(?:\s*[-—_|]\s*|\s{2,})[\u3400-\u9fff ]{2,16}$/;
/** An organ's name alone, a print's 版头 or a site's banner (matchable text). */
const isMastheadOrgan = (match: string): boolean => ORGAN_ALONE.test(match) || PRINT_MASTHEAD.test(match) || SITE_BANNER.test(match);

/** A page's update time among the header's fields (更新时间): it dates the page, if not as its publish date. */
const UPDATED_LABEL = /^更新(?:时间|日期)$/;

/** The dates of the header's update-time fields, for the meeting's year. */
function updateDates(disclosure: Disclosure): (string | null)[] {
  return disclosure.fields.filter((f) => f.value !== null && UPDATED_LABEL.test(toMatchable(f.label))).map((f) => parseDate(f.value!).iso);
}

/** The index of the first paragraph after `from`, up to `to` and at most `reach` blocks on, that `accepts`; -1 if none. */
function paragraphBelow(blocks: Block[], from: number, to: number, reach: number, accepts: (b: Block) => boolean): number {
  for (let j = from + 1; j <= to && j <= from + reach; j++) if (blocks[j]!.kind === "paragraph" && accepts(blocks[j]!)) return j;
  return -1;
}

/** 会议议题：一、… : a form's list of the agenda, its first item on the label's line. */
const AGENDA_FORM = /^[ \t\u3000]*(?:会议|主要)?议[题程][ \u3000]*[:：][ \t\u3000]*[一二三四五六七八九十]{1,3}、/;
/** A form's agenda label alone on its line: 会议议题, 会议议程, 主要议题. */
const AGENDA_LABEL_ALONE = /^[ \t\u3000]*(?:会议|主要)?议[题程][ \u3000]*[:：]?[ \t\u3000]*$/;
/** A form's row of the decisions, its label and colon first: 议定事项：…, 会议决定：…. */
const DECISIONS_ROW = /^[ \t\u3000]*(?:会议)?(?:议定事项|决定事项|会议决定|决定)[ \u3000]*[:：]/;
/** A marker that starts a numbering again (一、, 1.). */
const FIRST_MARKER = /^[ \t\u3000]*(?:一|1)[、.．]/;

/**
 * The topic blocks that go on a form's list of the agenda (会议议题：一、…；⏎二、…；⏎三、…。): the
 * items numbered as the topics are, before the minutes' own topics start again at 一、. They are
 * one line each, no topics.
 */
function agendaFormItems(blocks: Block[], ctx: BuildContext): Set<Block> {
  const out = new Set<Block>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== "paragraph") continue;
    const line = ctx.match.slice(b.start, b.end);
    // (Or the label alone, a form's cell, its items below it: 会议议题⏎1.研究…⏎2.听取….)
    const alone = AGENDA_LABEL_ALONE.test(line);
    // (Or the opening's sentence that leads the list, the topics after it numbered in another style:
    // 会议研究了以下事项：⏎（一）…；⏎（三）…。⏎现纪要如下：⏎一、….)
    const led = !alone && !AGENDA_FORM.test(line) && AGENDA_LEAD_AT_END.test(line) && agendaListLed(blocks, i + 1, ctx);
    if (!alone && !led && !AGENDA_FORM.test(line)) continue;
    for (let j = i + 1; j < blocks.length; j++) {
      const item = blocks[j]!;
      if (item.kind !== "topic" || (FIRST_MARKER.test(ctx.match.slice(item.start, item.end)) && !(alone && j === i + 1))) break;
      if (led && item.topic!.marker.tokenType !== blocks[i + 1]!.topic!.marker.tokenType) break;
      if (item.topic!.body.length > 0 && !(led && onlyMinutesFollow(item, ctx))) {
        // (The last item, the form's decisions row run on under it: 三、审议…⏎议定事项：关于第一项议题：….)
        const [from] = tokensRange(item.topic!.body[0]!.tokens);
        if (DECISIONS_ROW.test(ctx.match.slice(from, item.end))) out.add(item);
        break;
      }
      out.add(item);
    }
  }
  return out;
}

/** The opening's sentence that leads a list of the agenda: 会议研究了以下事项：, 审议了如下议题： (matchable text). */
const AGENDA_LEAD_AT_END = /(?:研究|审议|讨论|听取)(?:了)?(?:以下|如下)(?:事项|议题|内容)?[:：]\s*$/;
/** The line that opens the minutes' own text: 现纪要如下：, 现将会议研究的事项纪要如下： (matchable text). */
const MINUTES_FOLLOW = /^\s*(?:现|现将|特|兹将)?[^，。,:：]{0,12}纪要如下[:：。]?\s*$/;

/**
 * Whether the numbered items from `from` are a list of the agenda the opening leads: one line
 * each, closed by ； or 。, the topics after them numbered in another style.
 */
function agendaListLed(blocks: Block[], from: number, ctx: BuildContext): boolean {
  const style = blocks[from]?.topic?.marker.tokenType;
  if (style === undefined) return false;
  let j = from;
  for (; blocks[j]?.kind === "topic" && blocks[j]!.topic!.marker.tokenType === style; j++) {
    const item = blocks[j]!;
    const [, headingEnd] = item.topic!.heading.length > 0 ? tokensRange(item.topic!.heading) : [0, item.topic!.marker.endOffset! + 1];
    if (!/[;。]\s*$/.test(ctx.match.slice(item.start, headingEnd)) || (item.topic!.body.length > 0 && !onlyMinutesFollow(item, ctx))) return false;
  }
  return j > from && blocks[j]?.kind === "topic";
}

/** Whether an item's body is only the line that opens the minutes' text (现纪要如下：). */
function onlyMinutesFollow(item: Block, ctx: BuildContext): boolean {
  const body = item.topic!.body;
  if (body.length !== 1 || body[0]!.kind !== "paragraph") return false;
  const [from, to] = tokensRange(body[0]!.tokens);
  return MINUTES_FOLLOW.test(ctx.match.slice(from, to));
}

/** A column's bulleted label of the meeting's name, the name after it: • 会议题目 • …. */
const BULLETED_TITLE = /^[ \t\u3000]*[•·●][ \t\u3000]*会议(?:题目|名称|主题)[ \t\u3000]*[•·●:：][ \t\u3000]*(\S.{3,60}?)[ \t\u3000]*$/;

/** The meeting's name a column page gives under a bulleted label, where no line is the title. */
function bulletedTitle(blocks: Block[], ctx: BuildContext): string | null {
  for (const b of blocks) {
    if (b.kind !== "chromeLine" && b.kind !== "paragraph") continue;
    const m = BULLETED_TITLE.exec(ctx.match.slice(b.start, b.end));
    if (m !== null) {
      const at = b.start + m.index + m[0].indexOf(m[1]!);
      return ctx.clean(ctx.text.slice(at, at + m[1]!.length));
    }
  }
  return null;
}

/**
 * Whether paragraph `i`, an opening's sentence, is a headline: one short line without a sentence's
 * end, a header row (the page's 来源 or date) after it, then another opening.
 */
function headlineOverOpening(blocks: Block[], i: number, ctx: BuildContext): boolean {
  const line = ctx.match.slice(blocks[i]!.start, blocks[i]!.end).trim();
  if (line.length > HEADLINE_OPENING_MAX || line.includes("\n") || SENTENCE_STOP.test(line)) return false;
  let j = i + 1;
  if (blocks[j]?.kind !== "headerRow" && blocks[j]?.kind !== "datedHeaderRow") return false;
  while (blocks[j] !== undefined && (blocks[j]!.kind === "headerRow" || blocks[j]!.kind === "datedHeaderRow" || blocks[j]!.kind === "chromeLine")) j++;
  const next = blocks[j];
  return next !== undefined && next.kind === "paragraph" && isOpening(spanOf(next.tokens, ctx));
}
/** The longest headline that is an opening's sentence. */
const HEADLINE_OPENING_MAX = 60;
/** A sentence's end inside a line (matchable text). */
const SENTENCE_STOP = /[。；;]/;

/**
 * A headline standing alone in a table cell above the opening, unlabelled (| 当前位置 :首页>… |⏎
 * | 区政府召开2024年第11次常务会议 |): a page laid out in a table, its title in a row of its own.
 */
function cellTitle(blocks: Block[], openingIndex: number, ctx: BuildContext): string | null {
  const end = openingIndex >= 0 ? openingIndex : blocks.length;
  for (let i = 0; i < end; i++) {
    const b = blocks[i]!;
    if (b.kind !== "headerRow" || b.tokens.some((t) => t.tokenType.name === "HeaderKey")) continue;
    const span = spanOf(b.tokens, ctx);
    if (isTitle(span) && !BREADCRUMB.test(span.match)) return ctx.clean(span.text);
  }
  return null;
}

/** The topic blocks that follow an 附件： line, one after another: entries of the attachment list. */
function attachmentEntries(blocks: Block[], ctx: BuildContext): Set<Block> {
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

/** The topic blocks after the first 落款 that follows a topic. */
function topicsAfterSignature(blocks: Block[]): Block[] {
  const firstTopic = blocks.findIndex((b) => b.kind === "topic");
  const signature = firstTopic < 0 ? -1 : blocks.findIndex((b, i) => i > firstTopic && b.kind === "signature");
  return signature < 0 ? [] : blocks.slice(signature + 1).filter((b) => b.kind === "topic");
}

/**
 * Topic blocks of an inner numbering style that follow a 书面通报 sentence standing between the
 * items of the last outermost topic: they belong to that topic, not to the top level.
 */
function strayInnerTopics(blocks: Block[], topicBlocks: Block[], ctx: BuildContext): Set<Block> {
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

/**
 * Topic blocks of an inner numbering style after a people list that stands between two outermost
 * topics (二、审议议题⏎（一）审议…⏎列席：县财政局局长赵丽萍⏎会议议定：…⏎1.…⏎（二）审议…⏎三、…): a topic's
 * own observers ended it in the grammar; its inner items after them are still that topic's.
 */
function innerTopicsAfterTopicLists(blocks: Block[], topicBlocks: Block[]): Block[] {
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
    i = j - 1;
  }
  return out;
}

/** The label of the addressees (主送机关), matchable text. */
const ADDRESSEES = /^\s*主\s*送/;

/** The most lines a hard-wrapped sentence is read across. */
const MAX_WRAPPED_LINES = 4;
/** The shortest line taken for one cut by a hard wrap (a title or a short line ends where it is). */
const MIN_WRAPPED_LINE = 16;

/** What a page says about itself on its date line (matchable text): its source, views, font size; a WeChat copy's cover line (原创 公众号 2024年04月16日 18:30). */
const PAGE_META = /第\s*[A-Za-z]?[0-9０-９]{1,3}\s*版(?:\s*[:：]|\s*$)|来源\s*:|发布(?:日期|时间)\s*:|浏览(?:次数|量)|阅读(?:次数|量)|点击(?:数|量|率)|访问量|字[体号]\s*:|【字体|^\s*原创\s|点击蓝字|听全文|(?:19|20)[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?\s*[0-9]{1,2}:[0-9]{2}/;

/** The start of a news lead: a dateline (…9月17日讯, 本报讯) near the line's start. */
const NEWS_LEAD = /^\s*[^，,。]{0,20}?(?:[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日)?(?:讯|电)[（(\s]/;

/**
 * Whether the paragraph at `i` opens the minutes once read with the lines a hard wrap cut it
 * into (…区长宁海峰在区⏎政府1号会议室主持召开区政府第27次常务会议，⏎研究…).
 */
function isWrappedOpening(blocks: Block[], i: number, ctx: BuildContext): boolean {
  const first = blocks[i]!;
  const firstLine = ctx.match.slice(first.start, first.end);
  // (A line ending in 纪要 is a title, not an opening's first part.)
  // (Nor is a page's line of facts about itself: 2024.3.5　来源：…　浏览次数：…, 梧岫日报　2024-09-14　第A1版.)
  if (first.end - first.start < MIN_WRAPPED_LINE || SENTENCE_CLOSED.test(firstLine) || TITLE_END.test(firstLine) || PAGE_META.test(firstLine)) return false;
  let last = i;
  while (
    last + 1 < blocks.length &&
    last - i + 1 < MAX_WRAPPED_LINES &&
    blocks[last + 1]!.kind === "paragraph" &&
    onNextLine(ctx.text, blocks[last]!.end, blocks[last + 1]!.start) &&
    !SENTENCE_CLOSED.test(ctx.match.slice(blocks[last]!.start, blocks[last]!.end))
  ) last++;
  if (last === i) return false;
  // (A news lead starts its own paragraph: the line above it, a subtitle, is none of it.
  // 听取秋粮收购准备情况汇报，研究部署…工作⏎湖南日报·新湖南客户端9月17日讯（通讯员…）9月16日下午，….)
  if (NEWS_LEAD.test(ctx.match.slice(blocks[i + 1]!.start, blocks[i + 1]!.end))) return false;
  const end = blocks[last]!.end;
  return isOpening({ text: ctx.text.slice(first.start, end), match: ctx.match.slice(first.start, end), start: first.start });
}

/** Text that lists reports: a body's first words name one (区审计局关于…的情况汇报). */
const REPORT_LIST = new RegExp(`^\\s*[^，,。；;]{2,30}?关于[^。]{2,80}?${REPORT_ENDING}`);

/** The heading of a topic that gathers the 书面通报 items: 书面通报事项, 会议书面通报的事项, 会议书面通报了以下事项 … */
const REPORTS_TOPIC = /^(?:关于)?(?:会议)?(?:还)?(?:以书面形式|书面)通报(?:了|的)?(?:以下|如下)?(?:事项|情况|报告)?[:：]?$/;

/** The heading of a topic block as matchable text (the tokens after its marker on its line). */
function topicHeading(b: Block, ctx: BuildContext): string {
  const heading = b.topic!.heading;
  return heading.length ? ctx.match.slice(...tokensRange(heading)).trim() : "";
}

/**
 * The blocks with a document site's numbered notices to its readers (1. 1、原创力文档(book118)网站文档
 * 一经付费…) read as the site's chrome lines; what the grammar took for their bodies stands on its own.
 */
function withoutSiteNotices(blocks: readonly GrammarBlock[]): readonly GrammarBlock[] {
  // (A heading's first token is enough: the notice's words open it.)
  const isNotice = (b: GrammarBlock): boolean => b.kind === "topic" && b.topic!.heading.length > 0 && SITE_NOTICE.test(b.topic!.heading[0]!.image);
  if (!blocks.some(isNotice)) return blocks;
  return blocks.flatMap((b) => (isNotice(b) ? [{ kind: "chromeLine" as const, tokens: [b.topic!.marker, ...b.topic!.heading], topic: null }, ...withoutSiteNotices(b.topic!.body)] : [b]));
}

/**
 * The blocks with another document that the last topic's body runs on into lifted out of it (a
 * gazette's extract: …4．关于其他事项。…⏎（…办公室供稿）⏎蒲塘县人民政府令⏎第3号⏎…): the topic ends
 * before that document's title, which stands after it on its own. So does the page's frame at its
 * foot that the last topic's body runs on into.
 */
function withEmbeddedDocumentLifted(blocks: readonly GrammarBlock[], ctx: BuildContext): readonly GrammarBlock[] {
  let last = blocks.length - 1;
  while (last >= 0 && blocks[last]!.kind !== "topic") last--;
  if (last < 0) return blocks;
  const topic = blocks[last]!.topic!;
  const text = (b: GrammarBlock | undefined): string => (b === undefined || b.tokens.length === 0 ? "" : ctx.match.slice(...tokensRange(b.tokens)));
  for (let k = 1; k + 1 < topic.body.length; k++) {
    const title = topic.body[k]!;
    const below = topic.body[k + 1]!;
    if (title.kind !== "paragraph" || !EMBEDDED_DOCUMENT_TITLE.test(text(title))) continue;
    if (below.kind !== "docNumberLine" && !(below.kind === "paragraph" && ORDER_NUMBER.test(text(below)))) continue;
    return [...blocks.slice(0, last), topicBlock(topic.marker, topic.heading, topic.body.slice(0, k)), ...topic.body.slice(k), ...blocks.slice(last + 1)];
  }
  // (Or the page's frame at its foot, where no 落款 or list ended the topic: …会议原则同意。⏎…办公室主办　联系电话：…⏎赣ICP备….)
  const isFrame = (b: GrammarBlock): boolean => b.kind === "chromeLine" || (b.kind === "paragraph" && PAGE_FRAME.test(text(b)) && !text(b).includes("。"));
  let k = topic.body.length;
  while (k > 1 && isFrame(topic.body[k - 1]!)) k--;
  if (k < topic.body.length && topic.body.slice(k).some((b) => b.kind === "paragraph")) {
    return [...blocks.slice(0, last), topicBlock(topic.marker, topic.heading, topic.body.slice(0, k)), ...topic.body.slice(k), ...blocks.slice(last + 1)];
  }
  return blocks;
}
/** The title of another document run into a topic's body: a government order, a notice (matchable text). */
const EMBEDDED_DOCUMENT_TITLE = new RegExp(`${ORDER_TITLE.source}|^[ \\t\\u3000]*[^，。：:；;\\s][^，。：:；;]{3,60}的通知[ \\t\\u3000]*$`);

/** A document site's notice to its readers, numbered like a topic: 本站…, 原创力文档(book118)…, VIP文档…, 版权申诉…. */
const SITE_NOTICE = /本站|本网站|原创力文档|book118|VIP文档|成为VIP|版权申诉|下载权益/;
/** A topic's heading that opens the 书面通报 items under it: 会议书面通报了以下事项： (matchable text). */
const REPORTS_TOPIC_WITH_COLON = /^(?:会议)?(?:还)?(?:以书面形式|书面)通报(?:了)?(?:以下|如下)(?:事项|情况|报告)?[:：]$/;
/** The marker of a list's first item, any style: 一、, （一）, 1. */
const FIRST_ITEM_MARKER = /^\s*[（(]?(?:一|1|１)(?![0-9])/;

/**
 * Adds the people of one statement to a list, leaving out those an earlier statement named
 * (出席会议的有… after …主持召开: the chair once). A name twice in the same statement stays
 * twice: two people of one name (…张毅、杨高远、…、张毅…).
 */
function addPeople(list: Person[], more: Person[]): void {
  if (more.length === 0) return;
  const names = new Set(list.map((p) => p.name));
  const before = list.length;
  for (const p of more) if (!names.has(p.name)) list.push(p);
  // (In the order the text names them, where a list below the body names some before a note after it: …叶振华因公缺席。⏎（…副区长房立春请假）.)
  if (before > 0 && list.length > before && list.every((p) => p.position !== undefined)) list.sort((a, b) => a.position!.start.offset - b.position!.start.offset);
}

function findLastIndex<T>(list: T[], test: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

function buildDocumentNumber(lines: Block[], headerValue: string | null, ctx: BuildContext): DocumentNumber | null {
  const numbers = lines.flatMap((b) => {
    const parts = parseDocumentNumber(ctx.text.slice(b.start, b.end));
    return parts ? [{ ...parts, position: ctx.position(b.start, b.end) }] : [];
  });
  // (A site's headline that runs the number on after the title, 县政府常务会议纪要〔2009〕4号, gives way
  // to the 纪要's own number line below it: 〔2009〕4号.)
  const first = numbers[0];
  if (first !== undefined && first.prefix !== null && TITLE_AS_PREFIX.test(toMatchable(first.prefix))) {
    const own = numbers.find((n) => n !== first && n.year === first.year && n.serial === first.serial);
    if (own !== undefined) return own;
  }
  if (first !== undefined) return first;
  if (headerValue !== null) {
    const parts = parseDocumentNumber(headerValue);
    if (parts) return parts;
    // (A header's number may be a serial alone: 文件编号：第20号.)
    const serial = SERIAL_ONLY.exec(toMatchable(headerValue.trim()));
    if (serial !== null) return { text: headerValue.trim().replace(/[ \u3000]/g, ""), prefix: null, year: null, serial: Number(serial[1]) };
  }
  return null;
}


/** A line that labels an attachment alone: 附件, 附件1, 附件： (matchable text). */
const ATTACHMENT_LABEL = /^\s*附件\s*[0-9一二三四五六七八九]?\s*[:：]?\s*$/;

/** The matchable text of a block's lines, or "" for none. */
function lineText(b: Block | undefined, ctx: BuildContext): string {
  return b === undefined ? "" : ctx.match.slice(b.start, b.end);
}

/** The 版记 at the page's end after block `from`: its 抄送 / 分送 lists and 印发 lines (and rules). */
function trailingImprint(all: Block[], from: number): Block[] {
  let i = all.length;
  while (i > from && (all[i - 1]!.kind === "distributionList" || all[i - 1]!.kind === "chromeLine" || (all[i - 1]!.kind === "signature" && all[i - 1]!.tokens.some((t) => PRINTED_DATE.test(t.image))))) i--;
  const tail = all.slice(i);
  return tail.some((b) => b.kind === "distributionList") ? tail : [];
}
/** A 印发 line's date token: 2024年7月5日印发. */
const PRINTED_DATE = /印[发發]$/;

/** A 纪要's title where an 机关代字 would stand: 县政府常务会议纪要 (matchable text). */
const TITLE_AS_PREFIX = /(?:会议|纪要)$/;

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
function keepUnparsedTokens(result: ParseResult, blocks: Block[], ctx: BuildContext, unplaced: TextNode[]): void {
  if (result.parseErrors.length === 0 && result.lexErrors.length === 0) return;
  const seen = new Set<number>();
  for (const b of blocks) for (const t of b.tokens) seen.add(t.startOffset);
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
