// Where the paragraphs of a document's front and foot belong: the lines around the title (a
// second title line, a bare date line, the site's name), 书面通报 headings, a dateless 落款.
import { RULE_LINE, TRAIL_WORDS } from "../decode/index.js";
import { FOOT_NOTE_LABEL } from "../lex/chars.js";
import { type Block, onNextLine } from "./blocks.js";
import type { BuildContext } from "./context.js";
import { isOpening } from "./front.js";
import { spanOf } from "./topics.js";
import { PLACE_START } from "./values/names.js";

/** `2024-11-12 10:30` or `2024年11月12日` (its time glued on: `2011年06月14日15:05`) alone on its line. */
const BARE_DATE = new RegExp(
  `^(?:[\\u3400-\\u9fff]{2,16}(?:网|门户网站)\\s+)?[\\[【]?[0-9]{4}(?:-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)(?:\\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|(?<=日)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|\\s*[(（]?星期[一二三四五六日天][)）]?)?[\\]】]?` +
    // (What may follow the date on its line, a few of them: the site's or the office's name, the source, a read count, the font buttons.)
    `(?:(?:\\s+|\\s*[|｜]\\s*)(?:[\\u3400-\\u9fff]{2,10}(?:网|报|台|融媒|发布)|[\\u3400-\\u9fff]{1,14}(?:人民政府办公室|政府办公室|人民政府|办公室|政府办)|(?:阅读|浏览|点击)(?:次数|量)?\\s*[:：]?\\s*[0-9]+\\s*次?)|\\s*[|｜]?\\s*(?:来源|稿源|作者)[:：][^|｜]*` +
    `|\\s*[\\[【]\\s*(?:[\\u3400-\\u9fff]{1,14}(?:政府办公室|办公室|政府办|人民政府|网)|(?:来源|作者)[:：][^\\]】]{1,20}|字[体号][:：]?\\s*大\\s*中\\s*小|[大中小])\\s*[\\]】]){0,4}(?:\\s+字号[:：]?\\s*大\\s*中\\s*小)?$`,
);
export const WEEKDAY = /星期[一二三四五六日天]/;

/** A 书面通报 line that only introduces the items below it: 会议还书面通报了以下事项： */
export function isReportHeading(b: Block, ctx: BuildContext): boolean {
  const text = ctx.match.slice(b.start, b.end);
  // (Its colon may have become a semicolon: 会议还书面通报了以下事项；.)
  return !text.includes("关于") && (/[:：]\s*$/.test(text) || /(?:以下|如下)(?:事项|情况)?[；;]\s*$/.test(text) || REPORT_HEADING_ALONE.test(text));
}
/** A heading of its own over the reports, without its colon: 书面通报事项, 会议书面通报的事项, 书面通报有关工作 (matchable text). */
const REPORT_HEADING_ALONE = /^\s*(?:会议)?(?:还)?书面(?:通报|审阅|审议)(?:的)?(?:有关|相关)?(?:事项|情况|工作|材料)?[。.]?\s*$/;

/** A line that opens an attachment list: 附件：1．…, 附件下载. */
export const ATTACHMENTS = /^\s*(?:相关)?附\s*件(?:下载|列表)?\s*[:：]|^\s*(?:相关)?附\s*件(?:下载|列表)\s*$/;

/** A line that opens the attachments at the foot: 附件：…, 附件下载：, 附件1 alone (matchable text). */
export const ATTACHMENT_OPENS = /^\s*(?:相关)?附\s*件\s*(?:[0-9一二三四五六七八九十]{1,2}|下载|列表)?\s*(?:[:：]|$)/;

/** A note of the 版记 after the lists: a print count （共印20份）, the recorder 记录：施雨婷, 校对：… (matchable text). */
export const FOOT_NOTE = new RegExp(`^\\s*(?:\\(此件[^()]{2,12}\\)|\\(?共印[0-9一二三四五六七八九十百]+份\\)?|(?:${FOOT_NOTE_LABEL})(?:人)?\\s*[:：][^。；;]{1,40})\\s*$`);

/** A word of a site's navigation bar: 首页, 政务服务, 走进枫林 … */
const NAV_WORD = "(?:网站首页|首页|首頁|政务公开|政務公開|政务服务|政務服務|互动交流|互動交流|政民互动|政民互動|新闻中心|新聞中心|新闻动态|要闻动态|信息公开|信息公開|办事服务|公众参与|数据开放|专题专栏|走进[\\u3400-\\u9fff]{2,4}|走進[\\u3400-\\u9fff]{2,4})";
/** A word of a site's toolbar of versions (a regex source): 进入长者版, 无障碍, 繁體. */
const TOOLBAR_WORD = "(?:(?:进入|進入)?(?:长者|長者|适老|適老)(?:版|模式)|无障碍(?:浏览|阅读)?|無障礙(?:瀏覽|閱讀)?|繁體|繁体|简体|簡體)";
/**
 * A line of a page's frame that no token took: the record numbers and notices at the foot (赣ICP备…,
 * 版权所有, 网站标识码, 地址：…), links in brackets (【我要纠错】), rule lines of dashes, HTML
 * comments, the mirror's notices (本站繁體版由程序自動轉換), the navigation bar (matchable text).
 */
export const PAGE_FRAME = new RegExp(
  [
    "ICP[备備]|公[网網]安[备備]|版[权權]所有|[网網]站[标標][识識][码碼]|分辨率|[设設]为首[页頁]|加入收藏|欢迎访问|歡迎訪問|www\\.|https?://",
    "^\\s*[【\\[](?:我要纠错|收藏本[页頁]|打印此[页頁文]|[发發]表评论|[发發]表評論|关闭|關閉|打印|列印)",
    "^\\s*(?:地址|[邮郵][编編]|[联聯][系繫][电電][话話])\\s*:",
    // (The site's owner and its contacts: 澄溪县人民政府办公室主办　　联系电话：0797-6621234.)
    "^\\s*[\\u3400-\\u9fff]{2,30}主[办辦]\\s+(?:[联聯][系繫])?(?:[电電][话話]|地址|[邮郵][编編]|[传傳]真)\\s*:",
    RULE_LINE.source,
    "^\\s*<!--.*-->\\s*$",
    "繁[體体]版|[简簡][体體]版|自[动動][转轉][换換]|^\\s*[【\\[](?:[纯純]文本版|信息[时時]效)",
    "^[\\u3400-\\u9fff]{2,24}(?:[门門]户[网網]站|[网網]站|信息公开[网網]|信息公開網|[网網])(?:\\s*\\([^()]{1,6}\\))?(?:\\s{2,}\\S.*)?$",
    "^\\s*(?:[关關]于我[们們]|[网網]站地[图圖])",
    `^\\s*${NAV_WORD}(?:\\s+${NAV_WORD})*\\s*$`,
    // (A line of bracketed links only: 【大】【中】【小】 【打印本页】, [ 无障碍 ]  [ 长者模式 ].)
    "^\\s*(?:[【\\[]\\s*[^【】\\[\\]]{1,16}?\\s*[】\\]]\\s*){2,}$",
    "^\\s*分享(?:到)?\\s*:?\\s*$",
    // (A site's toolbar of versions: 进入长者版　无障碍　繁體.)
    `^\\s*${TOOLBAR_WORD}(?:\\s+${TOOLBAR_WORD})+\\s*$`,
    // (A page's links to its top, its list or the home page, alone on a line: 返回顶部.)
    "^\\s*(?:返回|回到)(?:顶部|頂部|首页|首頁|列表|上一页|上一頁)\\s*$",
    // (A list page's pagination bar: 首页 上一页 1 2 3 下一页 尾页 跳转到 第 [ ] 页 GO.)
    "(?:上一[页頁]|前一[页頁]).{0,40}(?:下一[页頁]|后一[页頁])|(?:下一[页頁]).{0,10}(?:尾[页頁]|末[页頁])",
    // (A site's banner: 辉安区人民政府 政务公开, 鳳林縣人民政府 -- 政府資訊公開.)
    "^\\s*[\\u3400-\\u9fff]{2,16}(?:人民政府|政府)(?:\\s*(?:[|｜]|--|—|-)?\\s*)(?:政务公开|政府信息公开(?:专栏)?|政府资讯公开|信息公开(?:专栏)?)\\s*$",
    // (A WeChat copy's frame: its account's name and notes, and the foot's links and counts.)
    "^\\s*(?:[\\u3400-\\u9fff]{2,6}发布|[\\u3400-\\u9fff]{2,24}官方(?:账号|帐号|微信|公众号)|往期(?:推荐|回顾)|微信号\\s*:.*|长按(?:识别)?二维码.*|分享\\s*收藏\\s*点赞\\s*在看|阅读\\s*[0-9]+(?:\\s*在看\\s*[0-9]+)?|写留言|阅读原文|-\\s*END\\s*-)\\s*$",
    // (A WeChat copy's cover line: 原创 枫亭县融媒体中心 枫亭发布 2025年06月10日 20:15 福建.)
    "^\\s*原创\\s+\\S.*[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日",
    // (Or 首页 and two or more short words: 首页　机构设置　规章制度　会议纪要　下载中心, 首页 专题专栏 政府常务会议; between bars
    // too: ┃首页┃政务公开┃会议纪要┃领导之窗┃.)
    "^\\s*[┃│|｜]?\\s*(?:网站首页|首页|首頁)(?:[ \\t\\u3000┃│|｜]+[\\u3400-\\u9fff]{2,8}){2,}[ \\t\\u3000┃│|｜]*$",
    // (A sidebar's or a list's section label alone: 热点专题, 栏目导航, 相关推荐.)
    "^\\s*(?:热点(?:专题|推荐|新闻|关注|文章)|栏目导航|相关(?:推荐|阅读|新闻|文章|链接)|推荐阅读|最新(?:信息|文章|发布|动态)|友情链接|图片新闻|热门(?:文章|推荐|新闻))\\s*$",
    // (A row of links to other governments' sites: 国务院 浙江省人民政府 金华市人民政府 潭溪县融媒体中心.)
    "^\\s*(?:(?:国务院|[\\u3400-\\u9fff]{2,14}(?:人民政府|政府|融媒体中心|门户网站|网))[ \\t\\u3000]+){2,}(?:国务院|[\\u3400-\\u9fff]{2,14}(?:人民政府|政府|融媒体中心|门户网站|网))\\s*$",
    // (The page's column named: 当前栏目：常务会议, 所属栏目：政府常务会议.)
    "^\\s*(?:当前栏目|所属栏目|所在栏目|栏目)\\s*[:：]\\s*[^。，,；;]{0,20}$",
    // (A trail of short words between bars or arrows: 政府會議 | 常務會議, 政务公开 > 常务会议.)
    "^\\s*[\\u3400-\\u9fff]{2,8}(?:\\s*[|｜>＞»]\\s*[\\u3400-\\u9fff]{2,8})+\\s*$",
    // (Or apart by blanks after the site's organ: 汶溪县人民政府 政务公开 工作动态 政府常务会.)
    "^\\s*[\\u3400-\\u9fff]{2,12}(?:人民政府|政府)(?:[ \\t\\u3000]+[\\u3400-\\u9fff]{2,8}){2,}\\s*$",
    // (A menu of the kinds of meetings: 常务会议　　政府全体会议　　县长办公会议　　党组会议.)
    "^\\s*(?:[\\u3400-\\u9fff]{0,8}会议?[ \\t\\u3000]{2,}){2,}[\\u3400-\\u9fff]{0,8}会议?\\s*$",
    // (A column menu drawn as a tree: ├ 全体会议, └ 会议解读.)
    "^\\s*[├└┣┗]\\s*[\\u3400-\\u9fff]{2,10}\\s*$",
  ].join("|"),
);

/** A line that ends a sentence (or announces what follows). */
export const SENTENCE_CLOSED = /[。；;！？!?：:]\s*$/;

/** A list's label after a sentence, ending its line with nothing after it: …。请假：, …。列席会议的有： (matchable text). */
const LABEL_AT_LINE_END = /[。；;][ \u3000]*[^。；;，,：:]{0,8}(?:出席|列席|参加|请假|缺席)[^。；;，,：:]{0,8}[：:]\s*$/;

/**
 * Whether a line (`line`, matchable) that a wrap cut after a list's label goes on in the names on
 * the next line, which starts at `next` and is not indented: …雍丽。请假：⏎麻志成（在外招商）。
 */
export function namesOnNextLine(line: string, text: string, next: number): boolean {
  return LABEL_AT_LINE_END.test(line) && !indented(text, next);
}

/** Whether the line holding `start` begins with blanks before it. */
export function indented(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return start > 0 && (c === 0x3000 || c === 0x20 || c === 0x09 || c === 0xa0);
}

/** A breadcrumb: three or more short parts joined by > » › → or |, or words joined by / (matchable text), nothing else on the line. */
export const BREADCRUMB = new RegExp(
  [
    /^[^>»›|｜→⇒]{1,24}(?:\s*(?:[>»›|｜]{1,2}|[→⇒])\s*[^>»›|｜→⇒]{1,24}){2,}$/.source,
    // (The rest of a trail whose 当前位置： stands on the line above: >> 市政府常务会议 >> 会议简介.)
    /^\s*[>»›]{1,2}\s*[^>»›|｜]{1,24}(?:\s*[>»›]{1,2}\s*[^>»›|｜]{1,24})+$/.source,
    // (Two parts joined by > only when both are a site's words: 信息公开 > 会议纪要, 青麓县人民政府网 >> 会议纪要, 政务公开 -- 会议纪要.)
    /^[\u3400-\u9fff]{2,12}\s*(?:[>»›]{1,2}|--)\s*[\u3400-\u9fff]{2,12}$/.source,
    // (Or a trail of any length after its label: 您的位置：首页 > 会议纪要.)
    `^\\s*(?:${TRAIL_WORDS})\\s*:?\\s*[^>»›|｜]{1,24}(?:\\s*[>»›]{1,2}\\s*[^>»›|｜]{1,24})+$`,
    /^[\u3400-\u9fff]{2,12}(?:\s*[/／]\s*[\u3400-\u9fff]{2,12}){2,}$/.source,
    // (Or three or more joined by a dash between blanks, the site first, as an old page's title bar
    // has them: 茅岭县人民政府 - 政务公开 - 会议纪要. A browser's title puts the page's headline
    // first: 梁湖区召开区政府常务会议 - 梁湖要闻 - 梁湖区人民政府门户网站.)
    // (An older page's puts two dashes: 白水县政府网 -- 政务公开 -- 会议纪要.)
    /^[\u3400-\u9fff]{2,14}(?:人民政府|政府|网站|网)(?:[ \t\u3000]+(?:[-_—–]|--)[ \t\u3000]+[\u3400-\u9fff]{2,12}){2,}$/.source,
  ].join("|"),
);
/** A line that asks the reader to follow an account (WeChat copies): 👆点击蓝字 关注我们. */
export const FOLLOW_US = /点击蓝字|关注我们|戳蓝字|长按识别二维码|往期推荐|阅读原文/;
/** A line that is only a site's name: 北湖区人民政府门户网站. */
export const SITE_NAME = /^[\u3400-\u9fff]{2,24}(?:门户网站|政府网站|人民政府网|政府网|网站)$/;

/** A 纪要 title that names no organ (第二十八次常务会议纪要): the organ stands on the line above it. */
const TITLE_WITHOUT_ORGAN = /^(?:第[0-9一二三四五六七八九十百零〇○]{1,6}次)?(?:市长|县长|区长|州长|镇长|乡长|旗长|盟长|主任|常务|政府常务|全体|专题)[^\s]{0,12}(?:纪要|会议记录)$/;

/** The organ line above a title that names none (黔岭市人民政府⏎市长办公会议纪要), or null. */
export function titleMasthead(blocks: Block[], titleBlock: Block, ctx: BuildContext): Block | null {
  const i = blocks.indexOf(titleBlock);
  const before = i > 0 ? blocks[i - 1]! : undefined;
  if (before === undefined || before.kind !== "paragraph") return null;
  const above = ctx.match.slice(before.start, before.end).trim();
  const title = ctx.match.slice(titleBlock.start, titleBlock.end).trim();
  // A title cut in two, on adjacent lines: a long one whose second line names no organ
  // (落实临溪市人民政府与华泰物流集团⏎合作框架协议协调会议纪要), or a 关于 one (丰源市人民政府关于印发丰源市人民政府⏎常务会议议事规则的通知).
  if ((cutLongTitle(above, title) || cutAbout(above, title)) && ONE_LINE_BREAK.test(ctx.text.slice(before.end, titleBlock.start))) return before;
  // (A title spaced out letter by letter reads without its blanks: 區 長 辦 公 會 議 紀 要.)
  if (!TITLE_WITHOUT_ORGAN.test(title.replace(/[ \t\u3000]+/g, ""))) return null;
  return ORGAN_ALONE.test(above) ? before : null;
}

/** The last words of an organ's name, as a regex alternation (人民政府, 管委会, 人大常委会…). */
const ORGAN_ENDS = "人民政府办公室|人民政府|政府办公室|办公室|管理委员会|管委会|办事处|行政公署|行署|人大常委会|常务委员会";
/** An organ's name alone (宜山市人民政府办公室, 开发区管理委员会, 澜禾县人大常委会), or a site's banner of two (岐尾区人民政府 | 岐尾经济技术开发区管委会). */
export const ORGAN_ALONE = new RegExp(`^[\\u3400-\\u9fff()]{2,30}(?:${ORGAN_ENDS})(?:[ \\t\\u3000]*[|｜]?[ \\t\\u3000]*[\\u3400-\\u9fff()]{2,30}(?:${ORGAN_ENDS}))?$`);

/** Whether block `i` is the last one but for website chrome. */
export function isLastContent(blocks: Block[], i: number): boolean {
  for (let j = i + 1; j < blocks.length; j++) if (blocks[j]!.kind !== "chromeLine") return false;
  return true;
}

/** What a 关于… title ends with: the kind of text (…的通知, …的通报, …的会议纪要). */
const TEXT_KIND_END = /的(?:通知|通报|报告|意见|决定|批复|请示|函|会议纪要)$/;

/** 纪要 alone, spaced out or not: 纪　　要. */
const SPACED_MINUTES = /^纪[ \u3000]*要$/;

/** Only a line break (and blanks) between two lines: no blank line. */
const ONE_LINE_BREAK = /^[^\n]*\r?\n[^\n]*$/;

/** Whether `first` and `second` are a 纪要 title cut in two: the first names its organ, the second does not start with one. */
function cutLongTitle(first: string, second: string): boolean {
  return /纪要$/.test(second) && second.length >= 6 && !PLACE_START.test(second) && !/^第/.test(second) && !/政府|管委会/.test(second) && /^[\u3400-\u9fff]{6,30}$/.test(first) && /人民政府|政府|管委会|集团|公司/.test(first) && !ORGAN_ALONE.test(first) && !SITE_NAME.test(first);
}

/** Whether `first` and `second` are a 关于 title cut in two: 关于 in the first only, the kind of text ending the second. */
function cutAbout(first: string, second: string): boolean {
  return first.includes("关于") && !second.includes("关于") && first.length <= 40 && !/[，,。；;：:]|的$/.test(first) && (TEXT_KIND_END.test(second) || /的?(?:通知|通报)$/.test(second));
}

/** The second line of a title cut in two: right after it, short, and ending in 纪要 where the first does not. */
export function titleContinuation(blocks: Block[], titleBlock: Block, ctx: BuildContext): Block | null {
  const next = blocks[blocks.indexOf(titleBlock) + 1];
  if (next === undefined || next.kind !== "paragraph") return null;
  const first = ctx.match.slice(titleBlock.start, titleBlock.end);
  const second = ctx.match.slice(next.start, next.end).trim();
  if (first.includes("纪要") || second.length > 16) return null;
  // (…会议⏎纪要; (…办公室)关于…议定事项⏎落实情况的通报: a 关于 title ends with what kind of text it is.)
  // (…常务会议纪⏎要: a wrap inside the word.)
  // (A headline cut after its session count: 县政府召开2023年第13次⏎常务会议.)
  if (/第[0-9一二三四五六七八九十]{1,4}次$/.test(first.trim()) && /^(?:政府)?(?:常务|全体)?会议(?:纪要)?$/.test(second)) return next;
  // (Or inside it: 县长贝文彬主持召开县政府第二十⏎一次常务会议, …区政府第⏎29次常务会议.)
  if (/第[0-9一二三四五六七八九十]{0,3}$/.test(first.trim()) && /^[0-9一二三四五六七八九十]{0,3}次(?:政府)?(?:常务|全体)?会议(?:纪要)?$/.test(second) && /第[0-9一二三四五六七八九十]{1,4}次/.test(first.trim() + second)) return next;
  // (A news headline cut where it goes on: after a 、 or a joining word, …研究部署春耕生产、⏎城市更新等工作; before 暨,
  // …全县安全生产⏎暨消防工作会议; or after 召开, its meeting's name alone below, …主持召开⏎县政府第14次常务会议, …主持召开县⏎政府第四十二次常务会议.)
  if (HEADLINE_GOES_ON.test(first.trim()) && WRAPPED_HEADLINE_REST.test(second)) return next;
  if (/召开/.test(first) && !/会议?$/.test(first.trim()) && MEETING_NAME_ALONE.test(second)) return next;
  if (/^暨/.test(second) && WRAPPED_HEADLINE_REST.test(second) && /召开/.test(first)) return next;
  // (A masthead's banner over its 纪要 spaced out on a line of its own: 芦塘县人民政府常务会议⏎⏎纪　　要.)
  if (/会议$/.test(first.trim()) && SPACED_MINUTES.test(second)) return next;
  return /(?:会议?|会议)纪要$/.test(second) || (second === "要" && /纪$/.test(first.trim())) || (/^\s*[^，,。]{0,16}关于/.test(first) && !/的$/.test(first.trim()) && TEXT_KIND_END.test(second)) ? next : null;
}

/** A news headline's line that ends where the headline goes on: a 、 or comma, or a joining word. */
const HEADLINE_GOES_ON = /(?:召开|研究|部署|审议)[^。；;：:]{2,40}[、，,和与及]$/;
/** The rest of a headline on its line: short, no sentence's stop, no date. */
const WRAPPED_HEADLINE_REST = /^[^。；;：:！？!?\s0-9]{2,16}$/;
/** The name of a meeting alone on a line (县政府第14次常务会议, 政府第四十二次常务会议), nothing held in it. */
const MEETING_NAME_ALONE = /^(?!.*召开)[^，,。；;：:\s]{2,16}(?:常务|全体)会议?$/;

/** A short label above a page's date line, an account's or column's name: 文摘, 政务要闻. */
const ACCOUNT_LABEL = /^[\u3400-\u9fff]{2,8}$/;

/**
 * The bare date line right under the title, or under a header row that follows it (the site's name may follow the date:
 * 2024-10-18 15:22    北溪网, 2024-07-02 | 潞阳融媒; or come before it: 澄沙区人民政府网　2024-04-03　来源：…; the date may stand in brackets: [2021-12-20]).
 */
export function bareDateLine(blocks: Block[], titleBlock: Block | null, ctx: BuildContext): Block | null {
  if (titleBlock === null) return null;
  const at = blocks.indexOf(titleBlock);
  for (let i = at + 1; i < blocks.length && i <= at + 4; i++) {
    const b = blocks[i]!;
    const line = ctx.match.slice(b.start, b.end).trim();
    // (Past an account's short name above it: 文摘⏎2025-03-15 21:06; or the headline's subtitle
    // right under it: 韦兴主持召开县长办公会议⏎安排部署重点工作任务⏎来源：…⏎2022-12-06.)
    if (b.kind === "paragraph" && (ACCOUNT_LABEL.test(line) || (i === at + 1 && SUBTITLE.test(line)))) continue;
    if (b.kind === "paragraph") return BARE_DATE.test(line) ? b : null;
    // (Or past the document's number: …的通知⏎澄政发〔2024〕31号⏎2024-11-21 10:02:45.)
    if (b.kind !== "headerRow" && b.kind !== "chromeLine" && b.kind !== "docNumberLine") return null;
  }
  return null;
}

/** A headline's subtitle: a short line of words, no sentence, no date (matchable text). */
const SUBTITLE = /^[\u3400-\u9fff“”、]{4,20}$/;

/** A date in brackets alone on its line: （2025年3月5日）, (二〇二五年三月五日) (matchable text). */
const BRACKETED_DATE = /^\(\s*(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年[^()]{2,12}日\s*\)$/;

/** The bracketed date line right under the title's last line (or under its number line), or null. */
export function titleDateLine(blocks: Block[], titleLine: Block, numberLine: Block | null, ctx: BuildContext): Block | null {
  const next = blocks[blocks.indexOf(numberLine ?? titleLine) + 1];
  return next?.kind === "paragraph" && BRACKETED_DATE.test(ctx.match.slice(next.start, next.end).trim()) ? next : null;
}

/** The meeting's number alone under a title: （11）, 第18期, 2025年第13期 (matchable text). */
const MASTHEAD_NUMBER = /^\(?\s*(?:[0-9]{4}年(?:度)?|[一二三四五六七八九十]{1,3}届)?第?\s*[0-9一二三四五六七八九十百零〇○](?:\s?[0-9一二三四五六七八九十百零〇○]){0,5}\s*[次期号]?\s*\)?$/;

/** Whether a line is a masthead's number alone (第22期, 第 3 期), above or under the title (matchable text). */
export function isMastheadNumber(match: string): boolean {
  return MASTHEAD_NUMBER.test(match.trim());
}

/** The meeting's number on its own line right under the title's last line (（11）, 第18期), or null. */
export function mastheadNumberLine(blocks: Block[], titleLine: Block, ctx: BuildContext): Block | null {
  let i = blocks.indexOf(titleLine) + 1;
  // (Past the page's byline under the title: 发布时间：2012-12-31 09:20:15　　来源：区政府办⏎⏎第12号, 2023-07-12　　来源：…⏎第18号.)
  while (i < blocks.length && i <= blocks.indexOf(titleLine) + BYLINE_ROWS && (blocks[i]!.kind === "headerRow" || blocks[i]!.kind === "datedHeaderRow")) i++;
  const next = blocks[i];
  return next?.kind === "paragraph" && MASTHEAD_NUMBER.test(ctx.match.slice(next.start, next.end).trim()) ? next : null;
}
/** How many byline rows may stand between a title and its number line. */
const BYLINE_ROWS = 2;

/** A heading of links to other pages: 相关阅读：, 相关文章, 延伸阅读. */
const RELATED_HEADING = /^\s*(?:相关阅读|相关文章|相关链接|相关信息|相关新闻|相关文档|延伸阅读|推荐阅读)/;
/** A list of other articles by rank or date: 甘城新闻排行：, 阅读排行, 热点新闻 (matchable text). */
const RANKING_LINE = /^\s*[\u3400-\u9fff]{0,8}(?:新闻排行|阅读排行|点击排行|排行榜|热点新闻|热门新闻|热门文章|最新新闻|最新文章)[：:]?\s*$/;
/** The same heading written as a line of text: 【相關鏈接】, 相关文件：, a 范文 site's 相關範文推薦： (matchable text). */
const RELATED_LINE = /^\s*(?:[【\[]\s*(?:相[关關](?:[链鏈]接|[阅閱][读讀]|文章|文件|信息|新[闻聞]|[栏欄]目|稿件))\s*[】\]]|相[关關](?:[链鏈]接|[阅閱][读讀]|文章|文件|信息|新[闻聞]|[栏欄]目|稿件)\s*:|相[关關][栏欄]目|(?:相[关關](?:[范範]文)?推[荐薦]|相[关關][范範]文|推[荐薦][范範]文|[热熱]门推[荐薦]|猜你喜[欢歡])\s*[:：]?)\s*$/;

/** Sentence punctuation inside a line: a link's title has none. */
const INNER_SENTENCE_MARK = /[，,。；;][^\s]/;
/** A meeting's being held, told in a sentence. */
const HELD_WORD = /召开|主持|举行/;
const isSentence = (b: Block, ctx: BuildContext): boolean => INNER_SENTENCE_MARK.test(ctx.match.slice(b.start, b.end));

/** Whether a block heads a list of links: 相关阅读 as the page's chrome, or 【相關鏈接】 / 相关文件： as a line of text. */
function isRelatedHeading(b: Block, line: string): boolean {
  return (b.kind === "chromeLine" && RELATED_HEADING.test(line)) || (b.kind === "paragraph" && RELATED_LINE.test(line));
}

/**
 * Numbered lines under a related-links heading (相关链接：⏎1. …⏎2. …) or a ranking's (新闻排行：):
 * links to other pages, which the grammar reads as numbered topics. A ranking's heading is among them.
 */
export function relatedLinkTopics(blocks: Block[], ctx: BuildContext): Set<Block> {
  const out = new Set<Block>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const heading = blocks[i]!;
    const line = ctx.match.slice(heading.start, heading.end);
    const ranking = heading.kind === "paragraph" && RANKING_LINE.test(line);
    if (!ranking && !isRelatedHeading(heading, line)) continue;
    if (ranking) out.add(heading);
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === "topic"; j++) out.add(blocks[j]!);
  }
  return out;
}

/**
 * The lines of link lists under a 相关阅读 heading (other meetings' titles, often with dates),
 * up to the first blank line: website chrome, never the title or the opening.
 */
export function relatedLinks(blocks: Block[], ctx: BuildContext): Set<Block> {
  const out = new Set<Block>();
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i]!;
    if (!isRelatedHeading(heading, ctx.match.slice(heading.start, heading.end))) continue;
    // (A heading written as text is chrome too.)
    if (heading.kind === "paragraph") out.add(heading);
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === "paragraph" && onNextLine(ctx.text, blocks[j - 1]!.end, blocks[j]!.start); j++) {
      // (A page without blank lines: an empty list, then the document's title and its opening.
      // A link is a title, never a sentence, and the title a meeting's sentence follows is the page's own.)
      if (isSentence(blocks[j]!, ctx)) break;
      const next = blocks[j + 1];
      if (next?.kind === "paragraph" && isSentence(next, ctx) && HELD_WORD.test(ctx.match.slice(next.start, next.end))) break;
      out.add(blocks[j]!);
    }
  }
  return out;
}

/** The title of another document: a 纪要, or a notice (…关于印发…方案的通知) (matchable text). */
const OTHER_DOCUMENT_TITLE = /^[ \t\u3000]*[^，。：:；;\s][^，。：:；;]{3,60}(?:纪要|紀要|的通知)[ \t\u3000]*$/;
/** A sample site's label of its next text: 第二篇：, 篇二：. */
const NEXT_SAMPLE = /^[ \t\u3000]*(?:第[二三四五六七八九十]篇|篇[二三四五六七八九十])[:：]?|^[ \t\u3000]*[❷-❿②-⑩➁-➉](?=[ \t\u3000]*[\u3400-\u9fff])|^[ \t\u3000]*(?:往期回顾|上期回顾|往期推荐|[【\[]?(?:相关报道|相关新闻|新闻报道|媒体报道|相關報道|相關新聞)[】\]]?)[ \t\u3000]*[:：]?[ \t\u3000]*$/;
/** How many blocks below such a title its own text must begin. */
const OTHER_DOCUMENT_REACH = 3;

/** A government order's title (matchable text): 蒲塘县人民政府令. */
export const ORDER_TITLE = /^[ \t\u3000]*[\u3400-\u9fff]{2,24}(?:人民政府令|政府令)[ \t\u3000]*$/;
/** An order's number alone on its line: 第3号. */
export const ORDER_NUMBER = /^[ \t\u3000]*第[ \t\u3000]*[0-9一二三四五六七八九十百]{1,4}[ \t\u3000]*号[ \t\u3000]*$/;

/** A 纪要's title (matchable text): …常务会议纪要, …第31次常务会议纪要. */
const MINUTES_DOCUMENT_TITLE = /^[ \t\u3000]*[^，。：:；;\s][^，。：:；;]{3,60}(?:纪要|紀要)[ \t\u3000]*$/;
/** A notice's title (matchable text): …关于公布…的通知. */
const NOTICE_DOCUMENT_TITLE = /^[ \t\u3000]*[^，。：:；;\s][^，。：:；;]{3,80}(?:的通知|的决定|的通报|的批复|的意见)[ \t\u3000]*$/;

/** Whether block `i` is a title with a document's own text under it (its number, its opening, its addressees). */
function titledDocumentAt(blocks: Block[], i: number, ctx: BuildContext): boolean {
  for (let j = i + 1; j < blocks.length && j <= i + OTHER_DOCUMENT_REACH; j++) {
    const below = blocks[j]!;
    const line = ctx.match.slice(below.start, below.end);
    if (below.kind === "docNumberLine" || below.kind === "topic" || (below.kind === "paragraph" && (OWN_TEXT_OPENS.test(line) || isOpening(spanOf(below.tokens, ctx))))) return true;
  }
  return false;
}

/**
 * The blocks of another document that a page holds before the minutes (a gazette's issue: a
 * notice with its number and 落款, then the 纪要 with its own): [from, to), from its title (the
 * page's frame above it stays the minutes') to the minutes' first block (their running head and
 * organ's line included); [0, 0) where the page opens with the minutes.
 */
export function otherDocumentBefore(blocks: Block[], ctx: BuildContext): [number, number] {
  let notice = -1;
  let ended = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "topic" && notice < 0) return [0, 0];
    if (b.kind !== "paragraph" && b.kind !== "signature") continue;
    if (b.kind === "signature") {
      ended = notice >= 0;
      continue;
    }
    const line = ctx.match.slice(b.start, b.end);
    if (notice < 0) {
      if (MINUTES_DOCUMENT_TITLE.test(line) || isOpening(spanOf(b.tokens, ctx))) return [0, 0];
      // (Not one that prints the minutes: 关于印发…常务会议纪要的通知 is their cover.)
      if (NOTICE_DOCUMENT_TITLE.test(line) && !line.includes("纪要") && titledDocumentAt(blocks, i, ctx)) notice = i;
      continue;
    }
    if (ended && MINUTES_DOCUMENT_TITLE.test(line) && titledDocumentAt(blocks, i, ctx)) return [notice, otherDocumentHead(blocks, i, ctx)];
  }
  return [0, 0];
}

/** Whether an opening paragraph stands before block `i`. */
function openedBefore(blocks: Block[], i: number, ctx: BuildContext): boolean {
  for (let j = 0; j < i; j++) if (blocks[j]!.kind === "paragraph" && isOpening(spanOf(blocks[j]!.tokens, ctx))) return true;
  return false;
}

/**
 * Where a second document begins on the same page, after this one has ended (its 落款, its 抄送
 * or its lists, after its topics): a 纪要 or notice title with its own text under it (its number,
 * its opening, its addressees, its first item); or a sample site's next text (第二篇：) after this
 * one's topics. The index of its first block, or -1.
 * (A gazette's page: …纪要, its 落款 and 抄送, then 关于印发…方案的通知; a site's page that runs on
 * into the next minutes: …列席：…⏎东浦区人民政府2024年度第8次常务会议纪要⏎2024年4月9日上午，….)
 */
export function nextDocumentStart(blocks: Block[], ctx: BuildContext): number {
  let ended = false;
  let topics = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "topic") topics = true;
    // (A sample site's next text after this one's topics: 第二篇：…, 篇二：…, ❷ 会议纪要的格式怎么写.)
    // (Or a column of earlier issues: 往期回顾; after a news report's opening too, which has no topics.
    // Or the news report of the same meeting after the minutes: 【相关报道】.)
    // (Not a list of links under it with the page's info bar after them: 相关新闻⏎· …⏎· …⏎【发布时间：…】.)
    if ((b.kind === "paragraph" || b.kind === "chromeLine") && NEXT_SAMPLE.test(ctx.match.slice(b.start, b.end)) && (topics || openedBefore(blocks, i, ctx)) && !linksBelow(blocks, i)) return i;
    // (Only after its topics: a print's 版头 holds an organ and a date above the title.)
    if (topics && (b.kind === "signature" || b.kind === "distributionList" || b.kind === "peopleList")) {
      ended = true;
      continue;
    }
    // (A government order after the topics, its number under its title, whatever ended them: 蒲塘县人民政府令⏎第3号.)
    if (topics && b.kind === "paragraph" && ORDER_TITLE.test(ctx.match.slice(b.start, b.end))) {
      const below = blocks[i + 1];
      if (below !== undefined && (below.kind === "docNumberLine" || (below.kind === "paragraph" && ORDER_NUMBER.test(ctx.match.slice(below.start, below.end))))) return otherDocumentHead(blocks, i, ctx);
    }
    if (ended && b.kind === "paragraph" && OTHER_DOCUMENT_TITLE.test(ctx.match.slice(b.start, b.end)) && titledDocumentAt(blocks, i, ctx)) return otherDocumentHead(blocks, i, ctx);
  }
  return -1;
}

/** Whether the blocks under block `i` are a list of links (two or more chrome lines) and the page's info bar after them, not another text. */
function linksBelow(blocks: Block[], i: number): boolean {
  let j = i + 1;
  while (blocks[j]?.kind === "chromeLine") j++;
  return j >= i + 3 && blocks[j]?.kind === "headerRow";
}

/**
 * Where the other document whose title is block `i` begins: its organ's line above the title
 * (桐皋县人民政府⏎关于…的通知) and a gazette's running head above that are its own.
 */
function otherDocumentHead(blocks: Block[], i: number, ctx: BuildContext): number {
  let start = i;
  const organ = blocks[start - 1];
  if (organ?.kind === "paragraph" && ORGAN_ALONE.test(ctx.match.slice(organ.start, organ.end).trim())) start--;
  const head = blocks[start - 1];
  if (head !== undefined && (head.kind === "paragraph" || head.kind === "chromeLine") && GAZETTE_HEAD.test(ctx.match.slice(head.start, head.end))) start--;
  return start;
}

/** A government gazette's masthead or running head (matchable text): 桐皋县人民政府公报 2023年第6期 总第102期, 柘 川 县 人 民 政 府 公 报. */
export const GAZETTE_HEAD = /^[ \t\u3000]*[\u3400-\u9fff](?:[ \u3000]?[\u3400-\u9fff]){1,20}[ \u3000]?公[ \u3000]?[报報](?=[ \t\u3000]|$)/;

/** How a notice's text opens: its addressees (各乡镇人民政府，县直各单位：). */
const OWN_TEXT_OPENS = /^[ \t\u3000]*各[^。：:]{1,40}[：:][ \t\u3000]*$/;
