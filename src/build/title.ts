// Which line is the minutes' title, and the title read without what a site adds around it: its
// name and columns, tags and badges, a sharing site's page label, a file's extension.
import type { Disclosure } from "../model/index.js";
import type { Block } from "./blocks.js";
import type { BuildContext } from "./context.js";
import { isOpening, isTitle } from "./front.js";
import { spanOf } from "./topics.js";
import { toMatchable } from "./values/text.js";
import { BREADCRUMB } from "./placement.js";

/**
 * A 纪要 title with the meeting's number (…第13次常务会议纪要, 2023—2024学年第9次院长办公会议纪要), or
 * one naming its subject (关于…的会议纪要) (matchable text).
 */
export const NUMBERED_MINUTES = /^(?:[\u3400-\u9fff〇○OＯ]{2,30}(?:[0-9]{4}年度?)?|[\u3400-\u9fff]{0,30}(?:[0-9]{4}年度?|[0-9]{4}[—–-][0-9]{4}学年(?:度)?(?:第[一二]学期)?))第[0-9一二三四五六七八九十百零〇○]{1,6}次[\u3400-\u9fff]{0,12}纪要$|^关于[^。；;]{2,60}的[\u3400-\u9fff]{0,8}会议纪要$/;
/** A masthead that names only the kind of meeting: 联席会议纪要, 专题会议纪要, 镇长办公会会议纪要. */
export const KIND_ONLY_MINUTES = /^[\u3400-\u9fff]{0,6}会议纪要$/;
/** A 纪要 masthead without a number: 江山市人民政府常务会议纪要. */
export const UNNUMBERED_MINUTES = /^[\u3400-\u9fff]{2,30}纪要$/;


/** Blanks inside a number or around it in a count: 第 1 3 次 (a title holds no spaced-out numbers). */
export const SPACED_NUMBER = /(?<=[0-9第])[ \t\u3000\u00a0]+(?=[0-9])|(?<=[0-9])[ \t\u3000\u00a0]+(?=[次届年月日号期])/g;
/** A run of two or more blanks: layout padding. */
export const PADDING_RUN = /[ \t\u3000\u00a0]{2,}/g;


/** A page title's site name after the article's title: …纪要_澄溪区人民政府门户网站, … - 檀州市人民政府. */
const SITE_SUFFIX = /\s*[_\-–—|｜]\s*[\u3400-\u9fff]{2,24}(?:人民政府(?:门户网站|网站|网)?|政府网|门户网站|网站)$/;

/** A title without the site name a page title appends to it, or the column tag a site puts before it. */
export function withoutSiteName(title: string): string {
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
  // (A page's buttons set on the headline's line: …常务会议　A-　A+, 【字体：大 中 小】【打印】, 分享到：.)
  stripped = stripped.replace(PAGE_BUTTONS, "");
  // (An emoji a post sets before its headline: 🔴天山区召开…, 📢…纪要; not an enclosed number, ❶ …, a section's.)
  stripped = stripped.replace(HEADLINE_EMOJI, "");
  return stripped.length >= 4 ? stripped : title;
}

/** Pictographic emoji before a headline (not the dingbats' enclosed numbers ❶ ❷). */
const HEADLINE_EMOJI = /^(?:[\u{1F300}-\u{1FAFF}]\uFE0F?[ \t\u3000]*)+/u;
/** One of a page's buttons after a headline (a regex source). */
const PAGE_BUTTON = String.raw`(?:A[-－]\s*A[+＋]|A[+＋]\s*A[-－]|[【\[]\s*字[体號号][:：]?\s*大\s*中\s*小\s*[】\]]|字[体號号][:：]?\s*[【\[]大[】\]]\s*[【\[]中[】\]]\s*[【\[]小[】\]]|字[体号][:：]\s*(?:A[-－+＋]\s*){1,3}|字[体号][:：]\s*大\s*中\s*小|[【\[](?:打印|关闭|關閉|收藏|分享|纠错)[】\]]|分享到[:：]?)`;
/** A page's buttons after a headline, apart from it by blanks: A-　A+, 【字体：大 中 小】, 字号：【大】【中】【小】, 字号：A- A+, [打印] [关闭], 分享到：. */
const PAGE_BUTTONS = new RegExp(`[ \\t\\u3000]+${PAGE_BUTTON}(?:[ \\t\\u3000]*${PAGE_BUTTON})*[ \\t\\u3000]*$`);
/** Dot leaders and a page number after a contents entry: ………… （1）, ....... 3. */
const DOT_LEADER_PAGE = /[ \t\u3000]*[…·.．]{3,}[ \t\u3000]*[（(]?[0-9]{1,3}[）)]?$/;
/** A site's name after a 纪要's title (its bracketed session too), behind an underscore or a pipe, or a dash with blanks around it (matchable text). */
export const MINUTES_SITE_SUFFIX = /(?<=[纪紀]要(?:[（(][^（）()]{1,16}[）)])?)(?:[ \t\u3000]*[_|｜][ \t\u3000]*|[ \t\u3000]+[-–—][ \t\u3000]+)(?![0-9〔（(])[^，。：:]{2,40}$/;
/** A site's column or name after a news headline that ends in 会议: behind underscores, or a pipe before a column's or site's name. */
const MEETING_SITE_SUFFIX = /(?<=会议|會議)(?:(?:[ \t\u3000]*_[ \t\u3000]*[\u3400-\u9fff]{2,16}){1,3}|[ \t\u3000]*[|｜][ \t\u3000]*[\u3400-\u9fff]{2,16}(?:会议|會議|新闻|新聞|要闻|要聞|动态|動態|在线|在線|网站|網站|网|網))$/;
/** A site's column after a headline behind a pipe, which cleaning would read as nothing: …第17次常务会议|潆浦县政府常务会议. */
export const PIPED_COLUMN = /(?<=会议|會議)[ \t\u3000]*[|｜][ \t\u3000]*[\u3400-\u9fff]{2,16}(?:会议|會議|新闻|新聞|要闻|要聞|动态|動態|在线|在線|网站|網站|网|網)[ \t\u3000]*$/;
/** A column's tag before a headline behind a pipe, which cleaning would read as nothing or a blank: 图文｜…, 聚焦 | …. */
const PIPED_TAG = /^[ \t\u3000]*(?:[\u{1F300}-\u{1FAFF}\u2600-\u27BF\uFE0F][ \t\u3000]*)*[\u3400-\u9fff]{2,6}[ \t\u3000]*[|｜][ \t\u3000]*(?=[^|｜\s][^|｜]{7,}$)/u;

/** A headline's raw text without a column's tag behind a pipe (图文｜蒲岭市政府召开… → 蒲岭市政府召开…). */
export function withoutPipedTag(raw: string): string {
  return raw.replace(PIPED_TAG, "");
}
/** A headline led by its session count's year that names a standing meeting (matchable text): 2023年第7次县政府常务会召开. */
export const YEAR_LED_MEETING = /^[0-9]{4}\s*年(?!\s*[0-9]{1,2}\s*月)[^,，。:：;；]{0,30}(?:常务(?:\(扩大\))?会|办公会)/;
/** A 纪要's number in brackets after its title (matchable text): （〔2022〕9号）, (2023年第8次). */
export const BRACKETED_NUMBER = /^[(（](?:[〔\[［][0-9]{4}[〕\]］][0-9]{1,4}号|(?:[0-9]{4}年)?第?[0-9一二三四五六七八九十]{1,4}[次期号])[)）]$/;
/** Words that name a meeting or minutes (matchable text). */
export const MEETING_WORDS = /会议|常务会|办公会|纪要|召开/;
/** A gambling or download site's name after a title, behind a dash, underscore or pipe (or right after 纪要, the pipe read as nothing): …纪要 - 六合彩資料大全, …主持-海滄新聞網-永利皇宮線上. */
const SPAM_SUFFIX = /(?:[ \t\u3000]*[-_|｜][ \t\u3000]*|(?<=[纪紀]要))(?=[^|｜，。]*(?:官网|官網|官方|下载|下載|app|APP|棋牌|体育|體育|彩票|娱乐|娛樂|博彩|真人|六合彩|一肖|新濠|永利|皇[宫宮]|威尼斯人|葡京|[赌賭]|百家[乐樂]))[^|｜，。]{2,40}$/;
/** A repost's line that gives the record's own title (matchable text): 原标题：…纪要. */
export const ORIGINAL_TITLE = /^[ \t\u3000]*原标题[：:][ \t\u3000]*[\u3400-\u9fff]/;
/** Its label, in either script. */
const ORIGINAL_TITLE_LABEL = /^[ \t\u3000]*原[标標][题題][：:][ \t\u3000]*/;
/** A form's label before a headline: 会议名称:. */
const NAME_LABEL = /^(?:会议)?名称[ \t\u3000]*[:：][ \t\u3000]*/;
/** A file's extension after a title (a document site shows the file's name), and the site's badge after it: .docx, .doc, .pdf, .docVIP, .doc 第1页, .doc　【VIP】, .pdf　免费. */
const FILE_EXTENSION = /\.(?:docx?|wps|pdf|txt)(?:VIP)?(?:[ \t\u3000]*第[0-9]+[页頁])?(?:[ \t\u3000]*(?:[【\[]?(?:VIP|免费|免費|付费|精品|原创)[^【】\[\]]{0,8}[】\]]?)(?:[ \t\u3000]+\S.*)?)?$/i;
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


/** A line ending in 纪要 (matchable text). */
export const TITLE_END = /纪要\s*$/;
/** The name of a site's column of meetings: 政府常务会议, 市政府全体会议, 政府会议. */
export const COLUMN_NAME = /^(?:[市县区州旗]?政府)?(?:常务会议|全体会议|会议)$|^[\u3400-\u9fff]{0,20}\s*(?:常务会议|会议)专栏$/;
/** A headline of a site of sample texts (范文): …纪要范文, …纪要范文精选, …纪要(3篇). */
export const SAMPLE_TEXT_HEADLINE = /(?:范文|范例|模板)(?:精选|大全|集锦)?(?:[（(][0-9一二三四五六七八九十]+篇[）)])?$|纪要[（(][0-9一二三四五六七八九十]+篇[）)]$|纪要(?:实用|精选|优选|优秀|通用|合集|大全)[0-9一二三四五六七八九十]+篇$|纪要篇[0-9一二三四五六七八九十]{1,2}$|^篇[一二三四五六七八九十]{1,2}[:：]|纪要[（(](?:通用|精选|优选|优秀|实用|范文|模板|最新|参考)[）)]$/;
/** A notice's title that forwards minutes: …关于印发县政府第十一次常务会议纪要的通知. */
export const FORWARDING_NOTICE = /关于(?:印发|转发)[^，。]{2,60}纪要》?的通知(?:[（(][^（()）]{2,24}[）)])?$/;
/** A document number in brackets after a headline: …的通知(霞政办函〔2024〕17号) (the number in group 1). */
export const HEADLINE_NUMBER = /[（(]([\u3400-\u9fff]{0,12}[〔\[［][0-9]{4}[〕\]］]第?[0-9]{1,4}[号號])[）)]$/;
/** A document number run on after a 纪要's headline, no brackets around it: …常务会议纪要〔2023〕5号 (the number in group 1). */
export const HEADLINE_END_NUMBER = /(?<=[纪紀]要)[ \t\u3000]*([\u3400-\u9fff]{0,12}?[〔\[［][0-9]{4}[〕\]］]第?[0-9]{1,4}[号號])$/;
/** The title of a notice calling a meeting: 关于召开市政府第8次常务会议的通知 (matchable text). */
export const CALL_NOTICE = /^关于(?:召开|举行)[^，。：:]{2,40}会议?的(?:通知|预通知)$/;
/** An approval form's name: 会议纪要审批表, 发文审签单, 发文稿纸. */
export const APPROVAL_FORM = /(?:审批|审签|签发|发文)(?:表|单|稿纸)$|^发文稿纸$/;
/** A sample site's first section heading, its number enclosed: ❶ …, ① …. */
export const FIRST_SECTION = /^[❶①➀][ \t\u3000]*[\u3400-\u9fff]/;
/** A page's headline: a 纪要 with its number after it (…纪要（第7期）, …纪要(第6次), …纪要〔2022〕7号, …纪要(平政阅〔2022〕8号), …纪要（〔2024〕33号）, …纪要（第3次）全文发布). */
export const NUMBERED_HEADLINE = /纪要(?:[(（](?:[0-9]{4}年)?第?[ 0-9一二三四五六七八九十]+[期次][)）]|[(（][\u3400-\u9fff]{0,8}[〔\[［][0-9]{4}[〕\]］][0-9]{1,4}号[)）]|[〔\[［][0-9]{4}[〕\]］][0-9]{1,4}号)(?:全文)?(?:发布)?$/;
/**
 * A header's summary that is the 纪要's own title, naming its place (内容概述：孝河区人民政府常务会议纪要),
 * or null. (The value may stand on the line under its label, read as a paragraph of its own.)
 */
export function summaryTitle(disclosure: Disclosure, blocks: Block[], ctx: BuildContext): string | null {
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
export function headerBelow(disclosure: Disclosure, titleBlock: Block, ctx: BuildContext): boolean {
  const header = disclosure.position?.start.offset;
  return header !== undefined && header > ctx.position(titleBlock.start, titleBlock.end).start.offset;
}
/** Emoji and blanks before a post's headline: 📌, 🔴. */
export const LEADING_EMOJI = /^(?:[\u{1F300}-\u{1FAFF}\u2600-\u27BF\uFE0F]|[ \t\u3000])+/u;
/** A compilation's name over the 纪要 it holds: …常务会议纪要汇编（2023年）, …纪要选编 (matchable text). */
export const COMPILATION_HEAD = /纪要(?:汇编|选编)/;
/** A meeting's count in a title: 第七次, 第12次. */
export const SESSION_COUNT = /第[0-9一二三四五六七八九十]{1,4}次/;
/** The label of a header's summary of the page: 内容概述, 内容概况, 摘要. */
const SUMMARY_WORDS = "内容概[述况]|内容摘要|摘要";
const SUMMARY_LABEL = new RegExp(`^(?:${SUMMARY_WORDS})$`);
/** A header row of a summary's label alone, its value on the line below (matchable text). */
const SUMMARY_ROW = new RegExp(`^[\\s•·]*(?:${SUMMARY_WORDS})\\s*[:：]?\\s*$`);
/** A title that names its place's government: 孝河区人民政府…, 云峰县政府…. */
export const OWN_PLACE = /^[\u3400-\u9fff]{1,8}[市县区旗镇乡](?:人民)?政府/;
/** A 纪要 headline naming the government without its place: 市政府第17次常务会议纪要, 县政府2013年第2期常务会议纪要. */
export const PLACELESS_HEADLINE = /^[市县区]政府(?:[0-9]{4}年)?第[0-9一二三四五六七八九十]{1,4}[次期]常务会议纪要$/;
/** How many blocks below such a headline the document's own title is looked for. */
export const OWN_TITLE_REACH = 16;
/** How many blocks below an approval form's name the 纪要's own title is looked for (the form's rows between). */
export const APPROVAL_FORM_REACH = 40;
/** How many blocks below the headline a notice's own title is looked for. */
export const CALL_NOTICE_REACH = 4;
/** A 纪要 title line: …第十一次常务会议纪要. */
export const MINUTES_TITLE_LINE = /^[^，。：:]{4,60}纪要$/;
/** What a second title line names: the minutes, or the meeting held (…召开…常务会议). */
export const REPEATED_TITLE = /纪要|召开/;
/** A column's bulleted label of the meeting's name, the name after it: • 会议题目 • …. */
const BULLETED_TITLE = /^[ \t\u3000]*[•·●][ \t\u3000]*会议(?:题目|名称|主题)[ \t\u3000]*[•·●:：][ \t\u3000]*(\S.{3,60}?)[ \t\u3000]*$/;

/** The meeting's name a column page gives under a bulleted label, where no line is the title. */
export function bulletedTitle(blocks: Block[], ctx: BuildContext): string | null {
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
export function headlineOverOpening(blocks: Block[], i: number, ctx: BuildContext): boolean {
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
export function cellTitle(blocks: Block[], openingIndex: number, ctx: BuildContext): string | null {
  const end = openingIndex >= 0 ? openingIndex : blocks.length;
  for (let i = 0; i < end; i++) {
    const b = blocks[i]!;
    if (b.kind !== "headerRow" || b.tokens.some((t) => t.tokenType.name === "HeaderKey")) continue;
    const span = spanOf(b.tokens, ctx);
    if (isTitle(span) && !BREADCRUMB.test(span.match)) return ctx.clean(span.text);
  }
  return null;
}

/** A 纪要's title where an 机关代字 would stand: 县政府常务会议纪要 (matchable text). */
export const TITLE_AS_PREFIX = /(?:会议|纪要)$/;
