// The front of a document: which paragraph is the title, which the opening, and whether the
// text is minutes at all (not-minutes: notices, rules, index pages, other news).
import type { Block } from "./blocks.js";
import type { BuildContext } from "./context.js";
import { CONVEYED_VERB, CONVEYED_WHAT, HELD, PLANNED } from "./meeting-fields.js";
import { type Span, SENTENCE_END, cut } from "./sentences.js";
import { cleanText, toMatchable } from "./values/text.js";

/** A title names a meeting or minutes and is not a sentence. */
const TITLE_WORDS = /纪要|会议|常务会|办公会|召开|通知|通报|会$|规则$|规定$|办法$|制度$/;
/** A sentence, a line that starts with a date, or a subtitle led by a dash (——在…大会上). */
const SENTENCE_LIKE = /[。；;:：！!？?]$|^[0-9０-９]{1,4}[年月]|^[0-9]{1,2}\s*月|^[〇○零一二三四五六七八九十]{2,4}年|^[—–―－-]{1,2}/;
/** A headline that starts with a date (5月6日区政府召开第12次常务会议, 2023年11月21日区政府召开…): short, no punctuation. */
const DATED_HEADLINE = /^(?:[0-9０-９]{4}[ \t]*年[ \t]*)?[0-9０-９]{1,2}[ \t]*月[ \t]*[0-9０-９]{1,2}[ \t]*日[^,，。:：;；!！?？]{4,36}$/;

/** A headline that starts with the year of a session count (2021年区政府第1次常务会议): no month after it. */
const YEAR_HEADLINE = /^[0-9０-９]{4}[ \t]*年(?![ \t]*[0-9０-９〇○零一二三四五六七八九十元]{1,2}[ \t]*月)[^,，。:：;；!！?？]{4,36}$/;

/**
 * Whether a line reads as a sentence, not a title (a dated headline is a title). A line led by a
 * year is a headline, not a title: the second line of a title has it (南河区人民政府⏎2025年度第3次常务会议纪要).
 */
function sentenceLike(text: string, headline = false): boolean {
  return SENTENCE_LIKE.test(text) && !DATED_HEADLINE.test(text) && !(headline && YEAR_HEADLINE.test(text));
}
/** The standing meeting continues after another one: 随后，区政府继续召开第27次常务会议. */
const CONTINUED_LEAD = /随后|接着|会后/;
const STANDING_NAME = /常务(?:\(扩大\))?会|办公会/;

/**
 * Whether a sentence says the standing meeting followed another (随后，区政府继续召开第27次常务会议):
 * in one sentence, a lead word, then 召开, then the standing meeting's name. Linear: each sentence
 * is searched forward once.
 */
export function isContinued(text: string): boolean {
  if (!text.includes("召开")) return false;
  for (const sentence of text.split("。")) {
    const lead = CONTINUED_LEAD.exec(sentence);
    if (lead === null) continue;
    const held = sentence.indexOf("召开", lead.index);
    if (held >= 0 && STANDING_NAME.test(sentence.slice(held))) return true;
  }
  return false;
}
const STANDING_MEETING = /常务(?:\(扩大\))?会|办公会|政府会议|党政联席会|纪要/;
/** A standing meeting's spirit that another meeting conveyed (matchable text): 传达学习县政府第23次常务会议精神. */
// (Its subject may stand between, or its 纪要: …常务会议关于城镇燃气安全专项整治的部署要求, …常务会议纪要》精神.)
const CONVEYED_STANDING = new RegExp(`${CONVEYED_VERB}[^。，,;；]{0,24}?常务(?:\\(扩大\\))?会议?(?:纪要》?|关于[^。，,;；]{1,40}?的)?${CONVEYED_WHAT}`, "g");
/** An article's title on how to write minutes (matchable text): …纪要格式, …纪要的写法, …纪要怎么写. */
const HOW_TO_TITLE = /纪要(?:的)?(?:格式|写法|写作(?:格式|要点|技巧|方法)?|怎么写|如何写|撰写(?:要求|要点|方法))$/;
/** A headline telling of the meeting held (matchable text): …召开第三十三次常务会议. */
const HELD_HEADLINE = /召开|举行/;
/** A paragraph telling what the meeting said or did: 会议指出…, 会议邀请…. */
const MEETING_SAID = /^\s*会议(?:指出|强调|要求|认为|听取|审议|研究|传达|学习|邀请|决定|同意|议定|讨论)/;
const MINUTES_TITLE = /纪要|会议记录/;
/** The title of a correction: …的更正通知, …更正的说明, 关于更正《…纪要》…的通知, 勘误. */
const CORRECTION_TITLE = /更正(?:的)?(?:通知|说明|公告|启事)?$|^关于更正|勘误/;
/**
 * A title that names minutes but is none of them (matchable text): a reading of them (《…纪要》解读, 解读：…), an
 * article on studying them (…学习贯彻《…纪要》精神), a meeting's agenda published before it (…常务会议议程).
 */
const ABOUT_MINUTES_TITLE = /解读$|^(?:政策)?解读[:：]|(?:学习贯彻|传达学习|贯彻落实)[^。]{0,40}?精神$|议程$/;
const NOTICE_TITLE = /通知|通告|公告|规则|规定|制度|细则|办法$|意见$|决定$|通报$/;
/** A policy's reading for the public, whatever it names: 一图读懂《…办法》, 图解：…, …答记者问. */
const POLICY_READING_TITLE = /^(?:一图(?:读懂|看懂|了解|速览)|图解|图说|图读)|答记者问$|政策问答$/;

/** A date clause ended by a comma inside a sentence: …，12月14日下午，…. */
const DATE_CLAUSE = /[，,][0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:上午|下午|晚上)?[，,]/;
/** The frame of a web novel's chapter: its navigation or its closing mark. */
const NOVEL_CHAPTER = /上一章[^\n]{0,12}目[录錄][^\n]{0,12}下一章|[（(]本章完[）)]/;
/** An entry of an index page: a title, then blanks and its date (区政府第32次常务会议纪要　　2023-12-21). */
const INDEX_ENTRY_REGEX = /(?:[ \t]{2,}|^[ \t]*[0-9]{1,3}[ \t]+\S.*[ \t])(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)$/;
/** {@link INDEX_ENTRY_REGEX}, tried only on a line that ends as a date does. */
const INDEX_ENTRY = { test: (s: string): boolean => (DATE_LAST.test(s.charAt(s.length - 1)) && INDEX_ENTRY_REGEX.test(s)) || (PIPE_AT_END.test(s) && indexRow(s)) };
const PIPE_AT_END = /[|｜]\s*$/;
/** A row of an index table, its cells between pipes: | 1 | …纪要 | 华政纪〔2023〕24号 | 2023-12-29 |. */
function indexRow(s: string): boolean {
  const row = s.replace(/[|｜]/g, "  ").trim();
  return DATE_LAST.test(row.charAt(row.length - 1)) && INDEX_ENTRY_REGEX.test(row);
}
const DATE_LAST = /[0-9日]/;

/** The heads of an index page's columns: 序号　标题　发布日期 (matchable text). */
const COLUMN_HEADS = /^\s*(?:序号|标题|名称|文件名称|发布日期|日期|文号)(?:\s+(?:序号|标题|名称|文件名称|发布日期|成文日期|日期|文号|发文字号|发布机构))+\s*$/;

/** A link to an attached file: 附件：…纪要.pdf, …纪要.docx, and a document site's page of it (…纪要.docx_第1页). */
export const FILE_LINK = /^[ \t]*附件[:：]|\.(?:pdf|docx?|wps|ofd|xlsx?)(?:[ \t_]*第[0-9]+页)?[ \t]*$/i;

export function isTitle(span: Span): boolean {
  const text = cleanText(span.text);
  if (INDEX_ENTRY.test(span.match) || FILE_LINK.test(span.match) || COLUMN_HEADS.test(span.match)) return false;
  return text.length >= 4 && text.length <= 80 && TITLE_WORDS.test(span.match) && !sentenceLike(text);
}

/** A short line that is not a sentence: a headline, whatever it names. */
export function isHeadline(span: Span): boolean {
  const text = cleanText(span.text);
  if (INDEX_ENTRY.test(span.match) || COLUMN_HEADS.test(span.match)) return false;
  // (A page that titles the minutes by their session alone, 第21次, has that for its headline.)
  if (SESSION_ONLY.test(text)) return true;
  // (A line in another script, a site's name in Tibetan or Uyghur, is none.)
  return text.length >= 4 && text.length <= 40 && !sentenceLike(text, true) && !/[,，。:：;；]/.test(span.match) && !DATE_ONLY.test(span.match) && HAN_PAIR.test(text);
}
/** A session count alone: 第21次, 第二十一次, 2016年第21次. */
const SESSION_ONLY = /^(?:[0-9]{4}年(?:度)?)?第\s*(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,5})\s*次$/;
/** Two Han characters in a row. */
const HAN_PAIR = /[\u3400-\u9fff]{2}/;

/** A line that is only a date (and time): 2022-04-08, 2022年4月8日 10:30 (matchable text). */
export const DATE_ONLY = /^[\s0-9年月日号\-/.:]+$/;

/** An editor's note opening a paragraph (matchable text): 编者按：, 【编者按】. */
const EDITOR_NOTE = /^\s*[【\[]?编者按[】\]]?\s*[:：]?/;
/** A date or time of day in an opening sentence (not a session count's year: 2020年第6次). */
const OPENING_DATE = /[0-9０-９〇○零一二三四五六七八九十]{1,4}\s*(?:月|年(?!度?第))|[0-9]{5,8}|上午|下午|晚上/;

export function isOpening(span: Span): boolean {
  // (Nor is a post's editor's note above the text it presents: 编者按：8月13日，县政府召开第二十二次常务会议，…现将会议纪要全文发布如下.)
  if (INDEX_ENTRY.test(span.match) || EDITOR_NOTE.test(span.match)) return false;
  const [first, second] = cut(span, SENTENCE_END);
  if (!first) return false;
  if (opensMeeting(first)) return true;
  // (Or a sentence of background first, then the dated one: 2011年汛期的连续降雨，导致…。2011年12月13日，镇长…主持召开….)
  return second !== undefined && first.match.endsWith("。") && !HELD.test(first.match) && opensMeeting(second) && DATE_FIRST.test(second.match);
}
/** A sentence that opens with the date (matchable text): 2011年12月13日，…. */
const DATE_FIRST = /^\s*(?:[0-9]{4}\s*年\s*)?[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日/;

/** Whether a sentence tells that the meeting was held (and when, or which meeting). */
function opensMeeting(first: Span): boolean {
  const s = first.match;
  // (A line that reads like a headline is one, unless a date clause ends in a comma there: 据平川区消息，12月14日下午，区政府召开….)
  return HELD.test(s) && !PLANNED.test(s) && (OPENING_DATE.test(s) || /会议/.test(s)) && (!isTitle(first) || DATE_CLAUSE.test(s));
}

export function decideMinutes(title: string | null, openingBlocks: Block[], blocks: Block[], ctx: BuildContext, factsForm = false): boolean {
  // A chapter of a web novel that tells of a standing meeting (上一章　目录　下一章, （本章完）) is no minutes.
  if (NOVEL_CHAPTER.test(ctx.match)) return false;
  const t = title === null ? "" : toMatchable(title);
  // (A notice correcting minutes, …关于《…纪要》有关内容的更正通知, names them but is none.)
  // (Nor is an article on how to write them: 区政府常务会议纪要格式, …纪要怎么写; nor a reading of them, nor their agenda.)
  if (CORRECTION_TITLE.test(t) || HOW_TO_TITLE.test(t) || ABOUT_MINUTES_TITLE.test(t)) return false;
  // A 纪要 title with a body of numbered topics or 书面通报 is minutes even without an opening.
  const hasBody = blocks.some((b) => b.kind === "topic" || b.kind === "writtenReport");
  // (Or a form of the meeting's facts, its date and its chair or place, in place of an opening.)
  if (MINUTES_TITLE.test(t) && (openingBlocks.length > 0 || hasBody || factsForm)) return true;
  if (NOTICE_TITLE.test(t) || POLICY_READING_TITLE.test(t)) return false;
  // (A news report whose headline tells of the meeting held, its text what the meeting said:
  // 县十六届政府召开第三十三次常务会议⏎…会议邀请…⏎会议指出…, without a dated opening.)
  if (openingBlocks.length === 0) return HELD_HEADLINE.test(t) && STANDING_MEETING.test(t) && !PLANNED.test(t) && blocks.some((b) => b.kind === "paragraph" && MEETING_SAID.test(ctx.match.slice(b.start, b.end)));
  const opening = ctx.match.slice(openingBlocks[0]!.start, openingBlocks[0]!.end);
  const continued = blocks.some((b) => b.kind === "paragraph" && isContinued(ctx.match.slice(b.start, b.end)));
  // (A standing meeting named only as what another meeting conveyed is none held: 县教育局传达学习县政府第23次常务会议精神⏎…县教育局召开党组（扩大）会议，传达学习…常务会议精神.)
  return STANDING_MEETING.test(t.replace(CONVEYED_STANDING, "")) || STANDING_MEETING.test(opening.replace(CONVEYED_STANDING, "")) || continued;
}

