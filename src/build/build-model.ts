// CST → model. Each document part has its own handler file; this file places the blocks:
// which paragraph is the title, the opening, the agenda, the body, and what is left unplaced.
import type { IToken } from "chevrotain";
import { type Decoded, RUNNING_HEAD } from "../decode/index.js";
import { type GrammarBlock, type ParseResult, topicBlock } from "../grammar/index.js";
import type { Meeting, Minutes, OutlineEntry, Person, TextNode, Topic } from "../model/index.js";
import { createLocator } from "../model/locator.js";
import { MODEL_VERSION } from "../model/version.js";
import { AGENDA, linkAgenda } from "./agenda.js";
import { emptyAttendance } from "./attendance.js";
import { type Block, documentBlocks, onNextLine } from "./blocks.js";
import { type BuildContext, createContext, tokensRange } from "./context.js";
import { buildDisclosure } from "./header.js";
import { buildDistribution, buildPeopleList } from "./lists.js";
import { FILE_LINK, decideMinutes, isContinued, isHeadline, isOpening, isTitle } from "./front.js";
import { buildMeeting } from "./meeting.js";
import { FACTS_SECTION, meetingFacts, sectionFacts } from "./facts.js";
import { buildTopic, spanOf, textNode } from "./topics.js";
import { parseDate } from "./values/dates.js";
import { parseDocumentNumber } from "./values/doc-number.js";
import { parseNumber } from "./values/numerals.js";
import { ANY_BLANK, toMatchable } from "./values/text.js";
import { LEADERS_GROUP } from "./values/names.js";
import { ORGAN_ALONE, SENTENCE_CLOSED, namesOnNextLine, SITE_NAME, BREADCRUMB, ATTACHMENT_OPENS, FOOT_NOTE, PAGE_FRAME, FOLLOW_US, WEEKDAY, bareDateLine, isLastContent, isReportHeading, titleContinuation, titleMasthead, nextDocumentStart, ORDER_TITLE, ORDER_NUMBER, otherDocumentBefore, relatedLinkTopics, mastheadNumberLine, GAZETTE_HEAD, titleDateLine, relatedLinks, isMastheadNumber } from "./placement.js";
import { buildSignatures } from "./signatures.js";
import { buildWrittenReports, reportsInParagraph, reportsInTopic } from "./written-reports.js";
import { ATTACHMENT_LABEL, MASTHEAD_SESSION, ORGAN_TAIL_ONLY, PAPER_PAGE, SERIAL_ONLY, buildDocumentNumber, datesAboveOpening, isMastheadOrgan, numberAndOrganAbove, numberThenOffice, organBeforeNumber, organLineAbove, trailingImprint, updateDates } from "./masthead.js";
import { APPROVAL_FORM, APPROVAL_FORM_REACH, BRACKETED_NUMBER, CALL_NOTICE, CALL_NOTICE_REACH, COLUMN_NAME, COMPILATION_HEAD, FIRST_SECTION, FORWARDING_NOTICE, HEADLINE_END_NUMBER, HEADLINE_NUMBER, KIND_ONLY_MINUTES, LEADING_EMOJI, MEETING_WORDS, MINUTES_SITE_SUFFIX, MINUTES_TITLE_LINE, NUMBERED_HEADLINE, NUMBERED_MINUTES, ORIGINAL_TITLE, OWN_PLACE, OWN_TITLE_REACH, PADDING_RUN, PIPED_COLUMN, PLACELESS_HEADLINE, REPEATED_TITLE, SAMPLE_TEXT_HEADLINE, SESSION_COUNT, SPACED_NUMBER, TITLE_END, UNNUMBERED_MINUTES, YEAR_LED_MEETING, bulletedTitle, cellTitle, headerBelow, headlineOverOpening, summaryTitle, withoutPipedTag, withoutSiteName } from "./title.js";
import { FIRST_ITEM_MARKER, REPORTS_LEAD_AT_END, REPORTS_TOPIC_WITH_COLON, REPORT_LINE, agendaFormItems, attachmentEntries, flattenTopic, innerTopicsAfterTopicLists, withOtherTopicsAfterDistributionUnfolded, overlaps, restartedInnerLists, reportsUnderTopics, strayInnerTopics, topicHeading, topicsAfterAppendix, topicsAfterSignature } from "./topic-lists.js";

/** A 纪要's title with its document number in brackets after it, as a document site lists it (matchable text, no blanks). */
const LISTED_WITH_NUMBER = /[纪紀]要[(（][^()（）]{2,20}[号號][)）]$/;
/** A dash with blanks around it, between a site's organ and its column: 松崖县人民政府 - 政府常务会议. */
const SITE_BANNER_DASH = /[\u3400-\u9fff][ \t]+[-—–][ \t]+[\u3400-\u9fff]/;

/** A line that only tells who chaired: 市委副书记、市长沈　岩主持会议。 / 会议由县长王明主持。 */
const CHAIR_LINE = /^[ \t\u3000]*(?:会议由)?[^。；;，,：:]{2,40}?(?:同志)?主持(?:了)?(?:会议)?[。.]?[ \t\u3000]*$/;

/** Builds the model of one document from the grammar's blocks. */
export function buildModel(result: ParseResult, decoded: Decoded, file: string | null, offsets: Int32Array | null = null, chromeRanges: readonly [number, number][] = []): Minutes {
  const ctx = createContext(result.text, result.tokens, decoded.text, offsets, chromeRanges);
  const page = withOtherTopicsAfterDistributionUnfolded(documentBlocks(withEmbeddedDocumentLifted(withoutSiteNotices(result.blocks), ctx)));
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
  const bodyAt = blocks.findIndex((b) => (b.kind === "topic" && !spamTopics.has(b)) || b.kind === "writtenReport");
  // (Or set under a numbered section of their own, the body's first: 一、会议基本情况⏎会议时间：….)
  const facts = meetingFacts(blocks, bodyAt, ctx) ?? (bodyAt >= 0 && blocks[bodyAt]!.kind === "topic" && FACTS_SECTION.test(topicHeading(blocks[bodyAt]!, ctx)) ? sectionFacts(blocks[bodyAt]!, ctx) : null);
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
  // (A 发文字号 set before the 落款's organ on its line, or on the line above a date alone: the 纪要's number where no line of its own gives one.)
  const numberAbove = issuer === null && signed.issueBlock !== null ? numberAndOrganAbove(blocks, signed.issueBlock, ctx) : null;
  if (numberAbove !== null) {
    issuer = numberAbove.issuer;
    numberAbove.line.outline = "signature";
  }
  const numberBySignature = signed.number ?? numberAbove?.number ?? null;
  if (numberBySignature !== null && of("docNumberLine").length === 0) documentNumber = buildDocumentNumber([numberBySignature], null, ctx) ?? documentNumber;
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
  // (So are those after a line that opens an attachment or a table of tasks: 附件2, 附：议定事项任务分解.)
  for (const b of topicsAfterAppendix(blocks, ctx)) attachments.add(b);
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
  for (const b of restartedInnerLists(topicBlocks, ctx)) strays.add(b);
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
  // (Minutes of another meeting first, then the standing meeting's, 随后，继续召开区政府第五次常务会议: the lists
  // above that sentence are the other meeting's, the model's meeting the standing one.)
  const continuedAt = blocks.findIndex((b) => b.kind === "paragraph" && isContinued(ctx.match.slice(b.start, b.end)));
  const firstTopic = blocks.findIndex((b) => b.kind === "topic");
  const otherMeetingLists = continuedAt > 0 && (firstTopic < 0 || continuedAt < firstTopic);
  for (const b of of("peopleList")) {
    if (otherMeetingLists && blocks.indexOf(b) < continuedAt) continue;
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
      // (A document site's listing title, the 纪要's with its number in brackets, over the 纪要's own title of the
      // same session: 江阴市人民政府第56次常务会议纪要（澄政纪[2010]7号）… 市政府第56次常务会议纪要.)
      const listed = LISTED_WITH_NUMBER.test(masthead) ? SESSION_COUNT.exec(masthead) : null;
      if (numbered && listed !== null && SESSION_COUNT.exec(whole)?.[0] === listed[0]) {
        banner = titleBlock;
        titleBlock = b;
        continue;
      }
      // (A site's banner, the organ and its column after a dash, over the 纪要's own title: 松崖县人民政府 - 政府常务会议
      // … 松崖县人民政府常务会议纪要.)
      if (SITE_BANNER_DASH.test(ctx.match.slice(titleBlock.start, titleBlock.end).trim()) && isMastheadOrgan(ctx.match.slice(titleBlock.start, titleBlock.end).trim())) {
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
    ? withoutSiteName((titleHead ? ctx.clean(ctx.text.slice(titleHead.start, titleHead.end)) : "") + ctx.clean(withoutPipedTag(ctx.text.slice(titleBlock.start, titleBlock.end).replace(PIPED_COLUMN, ""))) + (titleRest ? ctx.clean(ctx.text.slice(titleRest.start, titleRest.end)) : "")).replace(PADDING_RUN, " ").replace(SPACED_NUMBER, "")
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
  // A number in brackets at the title's end (…常务会议纪要（〔2023〕第5号）, …纪要（雷府纪〔2024〕12号）) is the document's, where no other is given.
  // (Or one run on after the 纪要's headline: 沧阳县人民政府常务会议纪要〔2023〕5号.)
  const headlineText = titleBlock !== null && documentNumber === null ? ctx.text.slice(titleBlock.start, titleBlock.end).trimEnd() : null;
  const titleNumber = headlineText !== null ? (HEADLINE_NUMBER.exec(headlineText) ?? HEADLINE_END_NUMBER.exec(headlineText)) : null;
  const titleNumberParts = titleNumber !== null ? parseDocumentNumber(titleNumber[1]!) : null;
  if (titleNumber !== null && titleNumberParts !== null) {
    const at = titleBlock!.start + titleNumber.index + titleNumber[0].indexOf(titleNumber[1]!);
    documentNumber = { ...titleNumberParts, position: ctx.position(at, at + titleNumber[1]!.length) };
  }

  // A hard-wrapped opening goes on over the next lines until a sentence ends.
  const opening = new Set<number>();
  // A date alone above the opening dates the page (a newspaper's issue), not a 落款: the 落款 is a
  // later one. So does a masthead's organ and date (石桥镇党政综合办公室　二〇二三年六月二十日) when a 落款 follows.
  if (openingIndex >= 0 && signed.issueBlock !== null && signed.issueBlock.end <= blocks[openingIndex]!.start) {
    const later = buildSignatures(of("signature").filter((b) => b !== signed.issueBlock && !signed.printingBlocks.includes(b)), ctx);
    // (A masthead's organ and number on one line, its date below: 章安区人民政府办公室　　〔2023〕16号⏎2023年7月20日;
    // the organ is the date's, as in 吴兴区人民政府办公室　2022年12月5日.)
    // (Or the number and the organ on the line above the date: 〔2022〕11号　　　　苕南区人民政府办公室⏎二〇二二年九月十五日.)
    const mastheadOrgan = signed.issuer === null ? (numberAbove?.issuer ?? organBeforeNumber(blocks, signed.issueBlock, ctx)) : null;
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
    // (Each person once, in the first group that names them: the opening's …殳建华、县政协副主席靳　蓉应邀列席会议
    // and the list below, 应邀列席：殳建华　靳　蓉.)
    meeting.invitedObservers = onceEach(meeting.invitedObservers);
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
    // (Not a report the body lists again: …书面通报了县审计局关于…的报告等事项。 over 五、书面通报事项⏎（一）关于…的报告——县审计局.)
    const fresh = told.filter((t) => t.subject === null || !writtenReports.some((r) => r.subject === t.subject));
    if (fresh.length > 0) {
      writtenReports.push(...fresh);
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
  // Bytes cut off inside their last character: the text is read, the cut reported where it stands.
  if (decoded.truncated === true) {
    const at = createLocator(decoded.text).point(decoded.text.length - 1);
    ctx.diagnostics.push({ severity: "warning", code: "truncated-text", message: "文本在最后一个字符中间被截断（the bytes end inside a character, read as U+FFFD）", line: at.line, column: at.column });
  }
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

/** A spam mirror's line: gambling, streaming or app-download words (matchable text). */
const SPAM_LINE = /官方下载|官网下载|app下载|APP下载|在线观看|免费高清|棋牌|彩票|博彩|真人娱乐|体育(?:app|APP|官网|官方)|开云|皇冠体育|六合彩|百家乐|威尼斯人|葡京|永利|[Bb]ests?365|[Bb]ets?365|网页版登录|登录入口/;
/** An account's row with its post's date between bars, then its count of readers (the date in group 1). */
const ACCOUNT_ROW_DATE = /^[^|｜0-9]{2,16}[|｜]\s*([0-9]{4}-[0-9]{1,2}-[0-9]{1,2})(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s*[|｜]\s*(?:阅读|浏览|閱讀|瀏覽)/;
/** A line cut after a clause's mark, the sentence going on below it: …县委副书记、. */
const CUT_AFTER_CLAUSE = /[、，,][ \t\u3000]*$/;
/** A line that opens with a date and a clause after it, cut before its sentence ends: 2024年5月31日下午，县长, 二〇二五年二月十三日下 (matchable text). */
const DATE_CLAUSE_CUT = /^[ \t\u3000]*(?:[0-9〇○零一二三四五六七八九]{4}[ \t\u3000]*年[ \t\u3000]*)?[0-9一二三四五六七八九十]{1,3}[ \t\u3000]*月[ \t\u3000]*[0-9一二三四五六七八九十]{1,3}[ \t\u3000]*日(?:[^。；;：:]{0,6}[，,][^。；;：:，,]{1,12}|[上下中晚])$/;
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

/** The index of the first paragraph after `from`, up to `to` and at most `reach` blocks on, that `accepts`; -1 if none. */
function paragraphBelow(blocks: Block[], from: number, to: number, reach: number, accepts: (b: Block) => boolean): number {
  for (let j = from + 1; j <= to && j <= from + reach; j++) if (blocks[j]!.kind === "paragraph" && accepts(blocks[j]!)) return j;
  return -1;
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
/**
 * Adds the people of one statement to a list, leaving out those an earlier statement named
 * (出席会议的有… after …主持召开: the chair once). A name twice in the same statement stays
 * twice: two people of one name (…张毅、杨高远、…、张毅…).
 */
function addPeople(list: Person[], more: Person[]): void {
  if (more.length === 0) return;
  // (A full list that names everyone a sentence named and more is the list to go by, in its order: 副县长
  // 龙腾飞、麦　琳、阮志坚出席会议 … ⏎出席：佘国良　龙腾飞　麦　琳　阮志坚.)
  const listed = new Set(more.map((p) => p.name));
  if (list.length > 0 && more.length > list.length && list.every((p) => listed.has(p.name))) {
    list.splice(0, list.length, ...more.filter((p, i) => more.findIndex((q) => q.name === p.name) === i));
    return;
  }
  const names = new Set(list.map((p) => p.name));
  const before = list.length;
  for (const p of more) if (!names.has(p.name)) list.push(p);
  // (In the order the text names them, where a list below the body names some before a note after it: …叶振华因公缺席。⏎（…副区长房立春请假）.)
  if (before > 0 && list.length > before && list.every((p) => p.position !== undefined)) list.sort((a, b) => a.position!.start.offset - b.position!.start.offset);
}

/** Groups of people with each person kept in the first group that names them; groups left empty dropped. */
function onceEach(groups: Meeting["invitedObservers"]): Meeting["invitedObservers"] {
  const seen = new Set<string>();
  return groups
    .map((g) => ({
      ...g,
      people: g.people.filter((p) => {
        if (seen.has(p.name)) return false;
        seen.add(p.name);
        return true;
      }),
    }))
    .filter((g, i) => g.people.length > 0 || groups[i]!.people.length === 0);
}

function findLastIndex<T>(list: T[], test: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

/** The matchable text of a block's lines, or "" for none. */
function lineText(b: Block | undefined, ctx: BuildContext): string {
  return b === undefined ? "" : ctx.match.slice(b.start, b.end);
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
