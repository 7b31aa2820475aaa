// The grammar of a 常务会议纪要, line by line. Every line of the document is placed in a block:
// the disclosure header, chrome, the 发文字号, a 落款 / 印发 signature, a numbered topic (with its
// body and nested topics), a 书面通报 item, a people list, a distribution list, or a paragraph.
// The grammar builds no concrete syntax tree: each rule returns its block (its kind and its
// tokens, topics with their body), which is all src/build needs to make the model.
import { EOF, EmbeddedActionsParser, type IOrAlt, type IToken, type TokenType, tokenMatcher } from "chevrotain";
import { type GrammarBlock, block, topicBlock } from "./blocks.js";
import {
  ArabicCommaMarker,
  ArabicMarker,
  ArabicParenMarker,
  ChromeLine,
  CircledMarker,
  CnMarker,
  DigitStopMarker,
  DistributionLabel,
  DocNumberLine,
  HeaderKey,
  Inline,
  LineBreak,
  Marker,
  ParenArabicMarker,
  ParenCnMarker,
  PeopleLabel,
  Pipe,
  StandaloneDate,
  Text,
  WrittenReportStart,
  allTokens,
} from "../lex/tokens.js";
import frozenAnalysis from "./frozen-analysis.json" with { type: "json" };
import { type FrozenAnalysis, FrozenLookahead, thawAnalysis } from "./frozen-analysis.js";
import { AGENDA_ITEM_SUBLABEL, COLON_TITLE_ENDS, DASH_NOTE as DASH_NOTE_SOURCE, DISCLOSURE_NOTE, EDITOR_CELL, FOOT_NOTE_LABEL, IN_CHARGE, MIDDLE_DOTS, TITLE_COLUMN, UNIT_LAST_CHARS, UNIT_NAME_ENDS } from "../lex/chars.js";


/** Names one line's worth of a people list: short names separated by blanks or 、，. */
const NAME_CHUNK = new RegExp(`^[\\u3400-\\u9fff\\uf900-\\ufaff\\ud800-\\udfff${MIDDLE_DOTS}]{1,15}$`);
/** A title, then a transliterated name with its dot: 县农业农村局局长阿不都外力•艾则孜 (its title ends as titles do). */
const TITLED_DOTTED_NAME = new RegExp(`^[\\u3400-\\u9fff]{2,20}(?:[长長]|主任|[书書][记記]|委[员員]|主席|[经經]理)[\\u3400-\\u9fff]{1,8}[${MIDDLE_DOTS}][\\u3400-\\u9fff]{1,8}$`);
const NAME_SEPARATORS = /[、，,；;/／]/;
/** Blanks or the separators of a list's items. */
const BLANKS_OR_SEPARATORS = /[ \t\u3000、，,；;/／]+/;
/** A middle dot (or the full-width full stop written for one) at a text's end. */
const DOT_AT_END = new RegExp(`[${MIDDLE_DOTS}]$`);
/** A middle dot anywhere. */
const ANY_DOT = new RegExp(`[${MIDDLE_DOTS}]`);
/** A long name, no title or unit in it (那仁满都拉, 乌云其木格): five to seven Han characters, none a title's or a unit's end. */
const NAME_ONLY = /^(?![^]*[长長局委办辦室府院会會所部队隊处處厅廳任记記员員席])[\u3400-\u9fff]{5,7}$/;
/** An organ's name alone before a header's first label, on the same line. */
const LEADING_ORGAN = /^[\u3400-\u9fff]{2,24}(?:人民政府|政府|办公室|局|委员会|管委会|办事处)$/;
/** A page date opening a line: 2024-11-12, 2024年11月12日, in full-width digits (２０２５－０２－１１) or Chinese numerals (二〇二三年九月二十日). */
const LEADING_DATE = /^(?:[0-9０-９]{4}(?:([-/.－／．])[0-9０-９]{1,2}\1[0-9０-９]{1,2}|年[0-9０-９]{1,2}月[0-9０-９]{1,2}日)|[〇○零一二三四五六七八九]{4}年[〇○零一二三四五六七八九十]{1,2}月[〇○零一二三四五六七八九十]{1,3}日)/;
/** An organ alone on the line before a 落款 date: short, and not a sentence. */
const ORGAN_LINE = /^[^。；;，,：:]{2,30}$/;
/** A name after its title in a list: 国际交流处处长欧晓辉. */
const TITLED_NAME = /[长長员員任记記席师師监監理]([\u3400-\u9fff]{2,4})(?:同志)?$/;
/** The last character of a padded name, alone or before a separator, its note and the list's 等 between: 罕 or 罕，州发展改革委…, 丽（女）等。. */
const PADDED_REST = /^[\u3400-\u9fff](?:[（(][^（()）]{1,12}[）)])?等?(?:[、，,；;。.]|$)/;
/** A title alone: 区政协副主席. */
const TITLE_ONLY = /(?:[长長]|主任|[书書][记記]|主席|委[员員]|成[员員]|[经經]理)$/;
/** A title or an organisation and the first character of a padded name: 区财政局局长黄(　敏), 区国资中心方(　毅). */
const TITLED_PADDED_NAME = /[长長员員任记記席师師监監局办辦室所院处處站队隊部厅廳委心][\u3400-\u9fff]$/;
/** A name after its organisation: 区发改局冉小平 (in a list written that way). */
const ORGANIZATION_NAME = new RegExp(`(?:[${UNIT_LAST_CHARS}]|中心)[\\u3400-\\u9fff]{1,3}[^局办辦室所院处處站队隊部厅廳委会府心]$`);
/** A department's name alone: 县政府办公室, 县财政局. */
const UNIT_ONLY = /^[县縣区區市镇鎮乡鄉][\u3400-\u9fff]{1,14}(?:局|办|辦|办公室|辦公室|委|中心|院|所|部|厅|廳|站|队|隊|公司|集团)$/;
/** An organisation + name item inside a line of blank-separated items: …市住建局倪建强 …. */
const ORGANIZATION_NAME_IN_LINE = new RegExp(`[${UNIT_LAST_CHARS}][\\u3400-\\u9fff]{2,4}(?:[，,、；;\\s]|$)`);
/** The most tokens of the line before read back. */
const LAST_LINE_TOKENS = 40;
/** A list line written as organisation + name items: 区政府办公室范德全，… */
const ORGANIZATION_NAME_ITEM = new RegExp(`[${UNIT_LAST_CHARS}][\\u3400-\\u9fff]{2,4}(?:[，,、；;]|$)`);
/** Words of a site's footer, or a bracketed link ([ 加入收藏 ]): a line holding one is no list of recipients. */
/** A line of the end matter after the lists, never more recipients: 联系人：…, 联系电话：…, 记录人：…, (此件公开发布), 共印20份. */
const END_MATTER_LINE = new RegExp(`^\\s*(?:(?:联系人|聯繫人|联系电话|聯繫電話|联系方式|承办(?:人|单位)?|经办人|(?:${FOOT_NOTE_LABEL})人?)\\s*[：:]|[（(]\\s*此件|\\(?\\s*共印)`);
/** A site's footer after the 版记: its notices, its links in brackets, 返回顶部 | 打印本页 | 关闭窗口, a mirror's 本页为镜像快照. */
const SITE_FOOTER = /版[权權]所有|[网網]站[标標][识識][码碼]|ICP[备備]|[举舉][报報][电電][话話]|[网網]站地[图圖]|公[网網]安[备備]|^\s*[【\[]\s*[^【】\[\]]{1,16}?\s*[】\]]|^\s*(?:返回|回到)(?:顶部|頂部)|打印本[页頁]|[关關][闭閉]窗口|[镜鏡]像快照/;
/** A form's label of the decisions, or of the talk before them, alone on its line: 议定事项, 会议议定事项：, 发言记录： (either script). */
/** A form's agenda label opening a line: 会议议题, 议题：, 会议议程：1.…, 主要议题. */
const AGENDA_LABEL_OPENS = /^[ \t\u3000]*(?:[会會][议議])?(?:主要)?[议議][ \u3000]*[题題程](?:[:：]|[ \t\u3000]*$)/;
/** The numbering styles below 一、 in rank: （一）, 1. ⒈ 1、 1) （1） ①. */
const LOWER_STYLES: TokenType[] = [ParenCnMarker, ArabicMarker, DigitStopMarker, ArabicCommaMarker, ArabicParenMarker, ParenArabicMarker, CircledMarker];
/** A sentence that starts the meeting's next business: 会议听取了…, 会议研究了…. */
const NEXT_BUSINESS = /^[ \t\u3000]*(?:会议|會議|会上|會上)(?:还|還)?(?:听取|聽取|研究|审议|審議|讨论|討論|传达|傳達|学习|學習)/;
/** The end of the opening's sentence that leads the agenda's items: …，会议议题如下：, …会议研究了以下事项：. */
const AGENDA_LEAD = /(?:[会會][议議])?[议議][题題程](?:如下)?[:：][ \t\u3000]*$|(?:研究|审议|審議|讨论|討論)(?:了)?(?:以下|如下)(?:事[项項]|[议議][题題])[:：][ \t\u3000]*$/;
/** The line that opens the minutes' own text, at its end: 现将会议议定事项纪要如下：. */
const MINUTES_FOLLOW_AT_END = /[纪紀]要如下[:：][ \t\u3000]*$/;
/** A colon ending a token. */
const COLON_AT_END = /[:：][ \t\u3000]*$/;
/** The most tokens a lead's line is read back over. */
const MAX_LEAD_TOKENS = 6;
/** The lead of a list of 书面通报 items, ending its line: 会议书面通报并原则同意以下事项：, 会议书面通报了：, 下列事项书面通报，不再上会讨论：. */
const REPORTS_LEAD = /(?:通报|通報)(?:并(?:原则)?同意|並(?:原則)?同意)?(?:了)?(?:(?:以下|如下)(?:事项|事項|情况|情況|报告|報告)?)?(?:[,，][^。：:,，]{1,16})?[:：][ \t\u3000]*$/;
/** An item's line closed by ； or 。. */
const ITEM_CLOSED = /[；;。][ \t\u3000]*$/;
/** How many tokens back such a label is looked for. */
const AGENDA_LABEL_REACH = 120;
const DECISIONS_LABEL = /^[ \t\u3000]*(?:(?:[会會][议議])?[议議]定(?:的)?事[项項]|(?:[会會][议議])?(?:[发發]言|[讨討][论論])(?:[记記][录錄]|情[况況]|要[点點])|[会會][议議][内內]容|列席情[况況]|意[见見][发發]表(?:和[采採][纳納]情[况況])?)[:：]?[ \t\u3000]*$/;
/** A form's label of its agenda or decisions, alone: 会议议题, 议定事项 (either script). */
/** A form's row of the meeting's chair or clerk, not of a list: 主持：…, 记录人：…. */
const FORM_ROLE_LABEL = /^(?:主持|記錄|记录|紀錄)人?[:：]/;
const FORM_SECTION_LABEL = /^[ \t\u3000]*(?:(?:[会會][议議]|主要)?[议議][题題程]|(?:[会會][议議])?[议議]定(?:的)?事[项項]|[会會][议議][内內]容)[:：]?[ \t\u3000]*$/;
/** Words that tell of a meeting held: a line holding one is no list of recipients. */
const HELD_WORD = /召开|主持|举行|召開|舉行/;
/** An organ's name: a 落款 organ. */
const ORGAN_NAME = /^[\u3400-\u9fff（）()]{2,30}(?:人民政府[办辦]公室|人民政府|政府[办辦]公室|[办辦]公室|管理委[员員][会會]|委[员員][会會]|管委[会會]|[办辦]事[处處]|政府|行政公署|行署)$/;
/** A header key written with its colon (or in brackets). */
const KEY_WITH_COLON = /[：:】]\s*$/;
/** Punctuation of running text, which a header value does not hold. */
const SENTENCE_MARK = /[。，,；;！？]/;
/** A transliterated name: Han parts joined by middle dots (努尔兰·哈力别克). */
const DOTTED_NAME = /^[\u3400-\u9fff]{1,8}(?:[·•‧・][\u3400-\u9fff]{1,8})+$/;
/** The shortest value line a table cell would wrap (a label of an unknown key is shorter). */
const WRAPPED_CELL_MIN = 6;
/** A row led by a label and its colon (its letters may be spaced out: 关 键 字：). */
const LABEL_LEAD = /^[\u3400-\u9fff]{2,8}[：:]/;
const LABEL_LEAD_LENGTH = 10;
/** How many cells (tokens) a row led by an unknown label may hold before its first known key. */
const MAX_CELLS_BEFORE_KEY = 8;
/** A label of a date ending its line, the date on the next: 下次会议时间:, 日期：. */
const DATE_LABEL_AT_END = /(?:时间|日期|時間)[ \u3000]*[：:][ \u3000]*$/;
/** Units, then the unnamed group they make: 市政府办公室、市发改委、市财政局负责同志. */
const UNITS_GROUP = /^[\u3400-\u9fff、（）()]{2,80}(?:主要)?(?:负责同志|负责人|有关人员)。?$/;
/** The rest of a word cut from the line before, then the list's separator: 体，各民主党派. */
const WORD_REST_THEN_SEPARATOR = /^[\u3400-\u9fff]{1,3}[，,、]/;
/** A page's font-size control alone: 字号, 字 号. */
const FONT_SIZE_KEY = /^[ \t\u3000]*字[ \u3000]*[号號][ \t\u3000]*$/;
/** The key of a page's keywords: 主题词, 关键词. */
const KEYWORDS_KEY = /主[ \u3000]*[题題][ \u3000]*[词詞]|[关關][ \u3000]*[键鍵][ \u3000]*[词詞]/;
/** The key of a page's count of readers: 阅读次数, 浏览次数, 访问量, 点击数. */
const COUNT_KEY = /(?:[阅閱][读讀]|[浏瀏][览覽]|[访訪][问問]|[点點][击擊])(?:次[数數]|量|[数數])/;
/** A key whose value is a document's title: 信息名称, 名称, 标题, 文件名称 (and Traditional). */
const TITLE_KEY = /名[ \u3000]*[称稱]|[标標][ \u3000]*[题題]/;
/** The key of a header's summary of the page, whose value may list the topics by their numbers: 内容概况, 内容概述, 摘要. */
const SUMMARY_KEY = /内[ \u3000]*容[ \u3000]*(?:概[ \u3000]*[述况況]|摘[ \u3000]*要)|^摘[ \u3000]*要/;
/** A value that is a 纪要's or a standing meeting's title. */
const MINUTES_TITLE_VALUE = /(?:常务会议|常務會議)(?:纪要|紀要)?$|第[^\s第]{1,6}次[^\s]{0,20}(?:纪要|紀要)$/;
/** The blank lines a page's header may put between a key and its value. */
const MAX_BLANKS_IN_ROW = 2;
/** A line of separators only: 、 pushed onto a line of its own by a hard wrap. */
const ONLY_SEPARATORS = /^[、，,；;]+$/;
/** A list line that ends with a separator (its last item is whole). */
const NAME_SEPARATOR_AT_END = /[、，,；;]$/;
/** An office's name: 市政府办公室. */
const OFFICE = /[办辦]公室$/;
/** The last character of a title: 主任, 所长, 委员 … */
const TITLE_END = /[长長员員任记記席师師监監]$/;
/** The start of a title cut by a line wrap (an organisation's name, perhaps part of the role): no verb of a sentence. */
const CUT_TITLE = /^(?!.*(?:会议|研究|要求|同意|通过))[\u3400-\u9fff]{1,12}$/;
/** An organisation or an unnamed group in a list of names. */
const GROUP_IN_LIST = /(?:负责同志|负责人|負責同志|負責人|局|委|办|辦|中心|单位|單位|管委[会會]|委[员員][会會]|[联聯]合[会會]|[协協][会會]|商[会會])$/;
/** A unit and a colon opening a line of names: 县政府办公室：赵国强. */
const FULL_STOP_AT_END = /[。.]$/;
/** A line led by a short label and its colon: 主持人：…, 地　点：…. */
const LABELLED_LINE = /^[\u3400-\u9fff]{1,6}[：:]/;
/** The verb of an attendance sentence: …列席会议。 */
const STATEMENT_VERB = /(?:出席|列席|参加|參加|主持)(?:了)?[会會][议議]|[请請]假。/;
/** An attendance statement with its colon at a line's start (列席会议的有：, 应邀出席人员：). */
const STATEMENT_OPENS = /^(?:出席|列席|参加|參加|参会|參會|请假|請假|缺席|应邀|應邀|特邀|因公)[^：:，,、]{0,10}[：:]/;
/**
 * A unit before its people after a ； that ends another's: …孔令伟；区发改局：颜世军；区财政局：曹丽 (the ； and
 * its blanks in group 1, matched rather than looked behind for: a search for it skips the many tokens without one).
 */
const UNIT_COLON_AFTER_SEMICOLON = new RegExp(`([；;][ \\t\\u3000]*)[^：:；;，,、]{2,16}(?:${UNIT_NAME_ENDS})[：:]`, "g");
/** A unit or a title before its people in a list's line: 县发改局：孙立新, 市政府副秘书长：赵俊峰、李春雨. */
const UNIT_COLON = new RegExp(`^[^：:]{2,16}(?:${UNIT_NAME_ENDS}|代表|委员|委員|成员|成員|顾问|顧問|${IN_CHARGE})[：:]|^[^：:]{1,16}(?:${COLON_TITLE_ENDS})[：:]|^[县區区市镇鎮乡鄉旗州]领导[：:]|^(?:[^：:]{1,8}[领領][导導]|${AGENDA_ITEM_SUBLABEL})[：:]`);
/** A bracketed note after a name in a list: 王五（出差）. */
const NAME_NOTE = /[（(][^（()）]{1,24}[）)]/g;
/** A name's note with another name right after it. */
const NOTE_BEFORE_ITEM = /[（(][^（()）]{1,24}[）)](?=[\u3400-\u9fff])/g;
/**
 * What a note before the next item reads as: a separator after a name (葛文娟（市住建局）倪长春), nothing
 * after a unit, whose other name it gives (县委组织部（人才办）巫立峰: one item).
 */
const noteBeforeItem = (_note: string, at: number, all: string): string => (UNIT_END.test(all[at - 1] ?? "") ? "" : "、");
const UNIT_END = /[局办辦室所院处處站队隊部厅廳委]/;
/** A full stop and another list's label and colon after it, to the line's end: 。列席：…. */
const NEXT_LIST_AFTER_STOP = /。(?=(?:应邀|特邀|因公)?(?:出席|列席|请假|請假|缺席|参加)[^：:，,。]{0,8}[：:]).*$/;
/** A reason after a name and a dash: 蔡志刚——出差. */
const DASH_NOTE = new RegExp(DASH_NOTE_SOURCE, "g");
/** A note cut by a line wrap: its closing half at the start of a line, or its opening half at the end. */
const DANGLING_NOTE = /^[^（()）]{0,24}[）)]|[（(][^（()）]{0,24}$/g;

/**
 * Whether a line's first token opens with an item too long for a list of names: more than
 * {@link LONG_ITEM} characters before the first separator, without a bracketed note among them.
 * (A unit before a colon takes at most about 20 of them away.)
 */
function longFirstItem(image: string): boolean {
  if (image.length <= LONG_ITEM) return false;
  for (let i = 0; i <= LONG_ITEM; i++) {
    const c = image[i]!;
    if (c === "、" || c === "，" || c === "," || c === "；" || c === ";" || c === "（" || c === "(" || c === "）" || c === ")") return false;
  }
  return true;
}
/** A unit in a list's first column: 区政府办公室, 区城投集团, 区卫健委. */
const UNIT_COLUMN = /^[\u3400-\u9fff（）()]{2,20}(?:[办辦]公室|局|委|[办辦]|集[团團]|公司|中心|院|所|站|[队隊]|部|[厅廳]|[处處]|科|[会會]|行|社|[学學]|校|台|[联聯]|[协協]|[馆館]|政府)$/;
/** One organ of a distribution list: 市纪委监委, 市中级人民法院, 各县（市、区）人民政府 (or its leaders: 县政府各副县长, 县长助理, 县政府办公室各副主任). */
const ORGAN_ITEM = /^[\u3400-\u9fff（）()]{2,24}(?:[办辦]公室|[办辦]|委[员員]?[会會]?|监委|院|局|政府|部门|[单單]位|部|[厅廳]|[处處]|中心|公司|集[团團]|[银銀]行|[会會]|署|[机機]构|[机機]关|[县縣市区區][长長]|助理|秘[书書][长長]|主任|室|[队隊]|站|所|[团團]|[学學]校)$/;
/** Whether a sub-label's items are units before names, two or more (议题（一）：县交通运输局龙腾飞，县公路事业发展中心金永). */
function unitsUnderSubLabel(parts: string[]): boolean {
  return parts.filter((p) => p.length <= 16 && ORGANIZATION_NAME.test(p)).length >= 2;
}
/** A bracket the line before left open: 程小峰（市发改⏎委）. */
const OPEN_NOTE_AT_END = /[（(][^（()）]*$/;
/** Words of a page's frame, never in a list of names. */
const FRAME_WORDS = /往期|阅读|分享|点赞|留言|扫码|扫一扫|关注|推荐|编辑|审核|来源|打印|关闭|此件/;
/** A line that ends a sentence or a clause list. */
const SENTENCE_END_AT_END = /[。；;！!？?：:]$/;
/** A report's name opened (关于…) and not yet ended by 的汇报 / 的情况 / 的报告. */
const OPEN_REPORT_NAME = /(?:关于|關於)(?:(?!的(?:情[况況])?[汇匯彙][报報]|的情[况況]|的[报報]告)[^。；;])*$/;
/** What follows the 的 that ends a report's name: 情况汇报, 汇报, 情况报告, 报告, 情况 (a regex source). */
const REPORT_ENDING_AFTER_DE = "(?:情[况況][汇匯彙][报報]|[汇匯彙][报報]|情[况況][报報]告|[报報]告|情[况況])";
/** The rest of a report's ending after its 的 on the line before. */
const REPORT_NAME_REST = new RegExp(`^[ \\t\\u3000]*${REPORT_ENDING_AFTER_DE}`);
/** A report's ending cut inside its word at a line's end, after its 的: …建设的汇, …工作的情况汇 (the part before the cut in group 1). */
const ENDING_CUT_AT_END = /的((?:情[况況])?(?:[汇匯彙]|[报報])|情)$/;
const REPORT_ENDINGS = ["情况汇报", "汇报", "情况报告", "报告", "情况"];
/** How many characters of `before` are a report's ending cut inside its word (…的汇) whose rest opens `line` (报,…), its 的 too; 0 where none. */
function endingCutInside(before: string, line: string): number {
  const cut = ENDING_CUT_AT_END.exec(before);
  if (cut === null) return 0;
  const head = simplifiedEnding(cut[1]!);
  const rest = simplifiedEnding(line.trimStart().slice(0, 4));
  return REPORT_ENDINGS.some((e) => e.startsWith(head) && e.length > head.length && rest.startsWith(e.slice(head.length))) ? cut[0].length : 0;
}
/** The Traditional characters of a report's ending as Simplified ones. */
function simplifiedEnding(s: string): string {
  return s.replace(/況/g, "况").replace(/[匯彙]/g, "汇").replace(/報/g, "报");
}
/** The end of a report's name on the next line. */
const REPORT_NAME_END = new RegExp(`^[^。；;]{0,40}?的${REPORT_ENDING_AFTER_DE}`);
/** The first characters of an organisation's name a wrap cut at a line's end, after a separator: …、区, …、县发. */
const ORGANIZATION_CUT_AT_END = /[、，,][区區县縣市镇鎮乡鄉][\u3400-\u9fff]?$/;
/** The longest unnamed group that may end a line of a list, and how it ends. */
const LONG_GROUP = 32;
const UNNAMED_GROUP_END = /(?:负责同志|负责人|負責同志|負責人)[。.]?$/;
/** The length of a first item past which a line is no list of names. */
const LONG_ITEM = 48;
/** The longest rest of a value set under its first character on the next line. */
const ALIGNED_REST_LENGTH = 24;
/** A colon anywhere. */
const COLON_IN = /[:：]/;
/** The longest such rest indented otherwise, a key row after it. */
const INDENTED_REST_LENGTH = 12;
/** The most indented lines a header value wraps onto. */
const WRAPPED_VALUE_LINES = 3;

/** Whether `token` stands after blanks at its line's start (the token before it, if any, a line break that ends before it). */
function isIndented(input: IToken[], token: IToken): boolean {
  const at = input.indexOf(token);
  const before = at > 0 ? input[at - 1]! : undefined;
  return before === undefined ? token.startOffset > 0 : token.startOffset > before.startOffset + before.image.length;
}

/** The grammar is LL(1): one token decides every choice (GATEs look further where needed). */
export const MAX_LOOKAHEAD = 1;

export class MinutesParser extends EmbeddedActionsParser {
  /**
   * @param validate check the grammar while building the parser (chevrotain's validations:
   *   ambiguities, left recursion, …). The tests do; parsing skips them, which halves the start-up.
   * @param analysis the grammar's analysis frozen ahead of time (frozen-analysis.ts), used when not
   *   validating; null runs chevrotain's analysis as usual.
   */
  constructor({ validate = true, analysis = frozenAnalysis as FrozenAnalysis }: { validate?: boolean; analysis?: FrozenAnalysis | null } = {}) {
    const lookahead = new FrozenLookahead(MAX_LOOKAHEAD);
    super(allTokens, { recoveryEnabled: true, maxLookahead: MAX_LOOKAHEAD, skipValidations: !validate, lookaheadStrategy: lookahead });
    // (The validations need chevrotain's own analysis: they inspect what it computes.)
    if (validate || analysis === null || !thawAnalysis(this, analysis, allTokens, lookahead)) this.performSelfAnalysis();
  }

  /** The numbering style of the document's first top-level topic: its outermost level. */
  private outermost: TokenType | undefined;
  /** Whether a header key with its colon took its value from the next line. */
  private pairedKeys = false;
  /** Whether the values below blank lines of a label-per-line header stand indented. */
  private pairedValuesIndented = false;
  /** Whether the block before was a header key with its colon and no value (索 引 号:). */
  private emptyKeyAbove = false;

  /** The whole document: its blocks, in source order (blank lines belong to none). */
  public document = this.RULE("document", (): GrammarBlock[] => {
    const blocks: GrammarBlock[] = [];
    this.ACTION(() => {
      this.outermost = undefined;
      this.pairedKeys = false;
      this.pairedValuesIndented = false;
      this.emptyKeyAbove = false;
    });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(LineBreak) },
        {
          ALT: () => {
            const block = this.SUBRULE(this.block);
            // (A rule that recovered from an error returns no block: its tokens are reported.)
            this.ACTION(() => {
              if (block !== undefined && block.tokens.length > 0) blocks.push(block);
              this.emptyKeyAbove = block !== undefined && block.kind === "headerRow" && block.tokens.length === 1 && KEY_WITH_COLON.test(block.tokens[0]!.image);
            });
          },
        },
      ]);
    });
    return blocks;
  });

  // The alternatives of an OR whose closures capture no local are made once, not on every call
  // (chevrotain's advice: it saves an array and a closure per alternative on each line).
  private blockAlternatives: IOrAlt<GrammarBlock>[] | undefined;
  private lineEndAlternatives: IOrAlt<IToken>[] | undefined;

  /** One block; the alternatives are tried in this order. */
  public block = this.RULE("block", (): GrammarBlock => {
    return this.OR((this.blockAlternatives ??= [
      { GATE: () => this.signatureAhead(), ALT: () => this.SUBRULE(this.signature), IGNORE_AMBIGUITIES: true },
      // (Before a header row: one led by a table's empty cell and the page's date, || 2024-09-20 … 编辑:…, is dated.)
      { GATE: () => this.datedHeaderAhead(), ALT: () => this.SUBRULE(this.datedHeaderRow), IGNORE_AMBIGUITIES: true },
      { ALT: () => this.SUBRULE(this.headerRow) },
      { ALT: () => this.SUBRULE(this.chromeLine) },
      { ALT: () => this.SUBRULE(this.docNumberLine) },
      { ALT: () => this.SUBRULE(this.topic, { ARGS: [[]] }) },
      { ALT: () => this.SUBRULE(this.writtenReport) },
      { ALT: () => this.SUBRULE(this.peopleList) },
      { ALT: () => this.SUBRULE(this.distributionList) },
      { ALT: () => this.SUBRULE(this.paragraph), IGNORE_AMBIGUITIES: true },
    ]));
  });

  /** `索 引 号: | 330502/2022-15627 | 成文日期: | 2022-12-06 |` */
  public headerRow = this.RULE("headerRow", (): GrammarBlock => {
    const tokens: IToken[] = [];
    let valueBelow = false;
    this.OR([{ ALT: () => tokens.push(this.CONSUME(HeaderKey)) }, { ALT: () => tokens.push(this.CONSUME(Pipe)) }]);
    this.MANY(() => tokens.push(this.CONSUME(Inline)));
    this.lineEnd();
    // A key alone on its line, without a colon, has its value on the next: a table copied cell
    // by cell (索引号⏎11152200MB0123456X/2024-00231). (`阅读次数：` alone has no value.)
    // A key with its colon alone takes the next line too where the header is written so, key and
    // value line by line (索引号：⏎330604/2022-03917⏎信息名称：⏎…): the line after the value is a
    // key, or a key before took its value so.
    this.OPTION({
      GATE: () =>
        tokens.length === 1 &&
        tokenMatcher(tokens[0]!, HeaderKey) &&
        // (A page's font-size control, 字号 alone, holds no value: the document's number below is its own line.)
        !FONT_SIZE_KEY.test(tokens[0]!.image) &&
        // (Or the name's key under keys a page left empty: 时  效:⏎名  称:⏎岭秀区政府…常务会议召开.)
        (!KEY_WITH_COLON.test(tokens[0]!.image) || this.pairedKeys || this.keyAfterValueLine() || (this.emptyKeyAbove && TITLE_KEY.test(tokens[0]!.image))) &&
        // (Where the values before stood indented, a line at the margin is none: …  • 内容概述：⏎枫坳区人民政府⏎区长办公会议纪要.)
        !(this.pairedKeys && this.pairedValuesIndented && !isIndented(this.input, this.LA(1))) &&
        this.valueLineAhead() &&
        // (A 纪要's title below a key that never holds one is the title: 有效性:⏎桥头镇人民政府…纪要⏎来源:….)
        // (Nor below the keywords' key, whose words may name a 纪要: 主 题 词：⏎2023—2024 学年 … 校长办公会 纪要.)
        (TITLE_KEY.test(tokens[0]!.image) || KEYWORDS_KEY.test(tokens[0]!.image) || !this.minutesTitleAhead()),
      DEF: () => {
        const value = this.SUBRULE(this.valueLine);
        this.ACTION(() => {
          if (value !== undefined) tokens.push(...value);
          valueBelow = value !== undefined;
          if (KEY_WITH_COLON.test(tokens[0]!.image)) this.pairedKeys = true;
          if (value !== undefined && value.length > 0) this.pairedValuesIndented = isIndented(this.input, value[0]!);
        });
      },
    });
    // A key with its colon alone, its value below a blank line and a key below that: a page's
    // list of labels, each value on a line of its own (  • 索引号:⏎⏎    6208230000/…⏎  • 主题分类:).
    this.OPTION4({
      // (A count's key, 阅读次数：, holds its count on its line or nothing: the title below is no value.)
      GATE: () => tokens.length === 1 && tokenMatcher(tokens[0]!, HeaderKey) && KEY_WITH_COLON.test(tokens[0]!.image) && !COUNT_KEY.test(tokens[0]!.image) && this.valueBelowBlankAhead(),
      DEF: () => {
        this.MANY2(() => this.CONSUME2(LineBreak));
        const value = this.SUBRULE4(this.valueLine);
        this.ACTION(() => {
          if (value !== undefined) tokens.push(...value);
          valueBelow = value !== undefined;
          this.pairedKeys = true;
          // (Such values indented, a line at the margin below the last key is none: the document's own title.)
          if (value !== undefined && value.length > 0) this.pairedValuesIndented = isIndented(this.input, value[0]!);
        });
      },
    });
    // A row's last key left empty, its value slipped onto the next line, a row of keys below it
    // (信息分类: 发布机构:⏎谷溪县人民政府办公室⏎生成日期: …).
    this.OPTION5({
      GATE: () => {
        const last = tokens[tokens.length - 1]!;
        // (Not the page's headline under a row that ends with an empty key: 文號：⏎區政府召開…常務會議.)
        return tokens.length > 1 && tokenMatcher(last, HeaderKey) && KEY_WITH_COLON.test(last.image) && !COUNT_KEY.test(last.image) && this.valueLineAhead() && this.keyAfterValueLine() && (TITLE_KEY.test(last.image) || !this.minutesTitleAhead());
      },
      DEF: () => {
        const value = this.SUBRULE5(this.valueLine);
        this.ACTION(() => {
          if (value !== undefined) tokens.push(...value);
          valueBelow = value !== undefined;
        });
      },
    });
    // A long value a table cell wrapped onto a second line, the next key below it
    // (信息名称：⏎上虞区人民政府⏎第21次常务会议纪要⏎成文日期：…).
    this.OPTION3({
      GATE: () => valueBelow && this.wrappedCellAhead(tokens),
      DEF: () => {
        const value = this.SUBRULE3(this.valueLine);
        this.ACTION(() => value !== undefined && tokens.push(...value));
      },
    });
    // A value wrapped onto an indented line of its own, the header's last (内容概况 市政府第52次常务会议纪要⏎  春季农业生产等4项议题⏎⏎),
    // or onto a few.
    this.MANY3({
      // (A summary's value may list the topics, each line opening with its number: 内容概况 市政府第79次常务会议纪要⏎  一、关于…工作 二、关于…⏎  三、关于…⏎⏎.)
      // (Or a value's rest set under its first character, key rows going on below: 发布机构：柘湾区人民政府⏎　　　　　办公室⏎发文日期：….)
      GATE: () => tokens.length > 1 && tokenMatcher(tokens[0]!, HeaderKey) && (this.wrappedValueAhead(tokens.some((t) => tokenMatcher(t, HeaderKey) && SUMMARY_KEY.test(t.image))) || this.alignedValueRestAhead(tokens)),
      DEF: () => {
        const value = this.SUBRULE2(this.valueLine);
        this.ACTION(() => value !== undefined && tokens.push(...value));
      },
    });
    return block("headerRow", tokens);
  });

  /** The value of a header key that stands alone on the line before. */
  public valueLine = this.RULE("valueLine", (): IToken[] => {
    const tokens: IToken[] = [];
    // (A summary's line may open with a topic's number: see wrappedValueAhead.)
    this.OPTION(() => tokens.push(this.CONSUME(Marker)));
    this.OR([
      { ALT: () => this.AT_LEAST_ONE(() => tokens.push(this.CONSUME(Inline))) },
      // (发文字号⏎赛政常纪〔2024〕23号)
      { ALT: () => tokens.push(this.CONSUME(DocNumberLine)) },
    ]);
    this.lineEnd();
    return tokens;
  });

  /** `2024-11-12 10:30　来源：钦州市人民政府办公室`: a header row led by the page's date. */
  public datedHeaderRow = this.RULE("datedHeaderRow", (): GrammarBlock => {
    const tokens: IToken[] = [];
    // (A table row's empty first cell may come first: || 2024-09-20 16:08:37 编辑:…; pipes may set the
    // cells apart: 2024-11-15 09:40:12 | 来源：….)
    this.AT_LEAST_ONE(() => {
      this.OR1([{ ALT: () => tokens.push(this.CONSUME(Pipe)) }, { ALT: () => tokens.push(this.CONSUME(Text)) }]);
    });
    tokens.push(this.CONSUME(HeaderKey));
    this.MANY(() => tokens.push(this.CONSUME(Inline)));
    this.lineEnd();
    return block("datedHeaderRow", tokens);
  });

  /** `扫码关注`, `首页 > 政务公开 > …` */
  public chromeLine = this.RULE("chromeLine", (): GrammarBlock => {
    const token = this.CONSUME(ChromeLine);
    this.lineEnd();
    return block("chromeLine", [token]);
  });

  /** `〔2022〕15号` */
  public docNumberLine = this.RULE("docNumberLine", (): GrammarBlock => {
    const token = this.CONSUME(DocNumberLine);
    this.lineEnd();
    return block("docNumberLine", [token]);
  });

  /**
   * 落款 or 印发: `吴兴区人民政府办公室 二○二二年十二月五日`, or the organ on one line and the
   * date on the next.
   */
  public signature = this.RULE("signature", (): GrammarBlock => {
    const tokens: IToken[] = [];
    this.OPTION(() => {
      this.AT_LEAST_ONE(() => tokens.push(this.CONSUME(Text)));
      this.MANY(() => this.CONSUME(LineBreak));
    });
    const date = this.CONSUME(StandaloneDate);
    tokens.push(date);
    this.OPTION2({ GATE: () => DISCLOSURE_NOTE.test(this.LA(1).image), DEF: () => tokens.push(this.CONSUME2(Text)) });
    this.lineEnd();
    // The organ may follow the date on the next line (二〇二四年十一月二十五日⏎桐川县人民政府办公室).
    this.OPTION1({
      GATE: () => tokens.length === 1 && this.organLineAhead(),
      DEF: () => {
        const organ = this.SUBRULE(this.valueLine);
        this.ACTION(() => organ !== undefined && tokens.push(...organ));
      },
    });
    return block("signature", tokens);
  });

  /**
   * A numbered item: its marker line, then body lines and nested items of other numbering
   * styles, until a marker of a style already open (a sibling or an ancestor's sibling) or a
   * block that cannot belong to a topic.
   */
  public topic = this.RULE("topic", (open: TokenType[] = []): GrammarBlock => {
    const marker = this.CONSUME(Marker);
    // (During chevrotain's grammar recording `open` is not passed.)
    const inner = [...(open ?? []), marker.tokenType];
    // (Not the items of a list the opening leads, 会议书面通报了：⏎1.…, 会议议程：⏎1.…: the topics after them
    // give the outermost style.)
    this.ACTION(() => {
      if ((open ?? []).length === 0 && this.outermost === undefined && !this.leadAbove(REPORTS_LEAD) && !this.agendaLabelAbove() && !this.leadAbove(AGENDA_LEAD)) this.outermost = marker.tokenType;
    });
    const heading: IToken[] = [];
    this.MANY(() => heading.push(this.CONSUME(Inline)));
    this.lineEnd();
    const body: GrammarBlock[] = [];
    this.MANY1({
      GATE: () => this.topicContinues(inner, body.length > 0),
      DEF: () => {
        this.OR1([
          { ALT: () => this.CONSUME1(LineBreak) },
          {
            ALT: () => {
              const part = this.SUBRULE(this.topic, { ARGS: [inner] });
              this.ACTION(() => part !== undefined && body.push(part));
            },
          },
          {
            ALT: () => {
              const part = this.SUBRULE(this.paragraph);
              this.ACTION(() => part !== undefined && body.push(part));
            },
          },
        ]);
      },
    });
    return this.ACTION(() => topicBlock(marker, heading, body));
  });

  /** `会议书面通报并原则同意区史志办提出的…` */
  public writtenReport = this.RULE("writtenReport", (): GrammarBlock => {
    const tokens = [this.CONSUME(WrittenReportStart)];
    this.MANY(() => tokens.push(this.CONSUME(Inline)));
    this.lineEnd();
    // The rest of a report's name a wrap pushed onto the next line (…关于1-5月份⏎全区主要经济指标完成情况的汇报。),
    // line after line where the sentence names several (…整改情况的汇⏎报、区人社局关于…的情况汇报。).
    this.MANY1({
      GATE: () => this.reportGoesOn(),
      DEF: () => {
        const line = this.SUBRULE(this.listLine);
        this.ACTION(() => line !== undefined && tokens.push(...line));
      },
    });
    return block("writtenReport", tokens);
  });

  /** `列席：陈 杰 陶厦峰 …` and the lines of names that follow it. */
  public peopleList = this.RULE("peopleList", (): GrammarBlock => {
    const tokens = [this.CONSUME(PeopleLabel)];
    this.MANY(() => tokens.push(this.CONSUME(Inline)));
    this.lineEnd();
    this.MANY1({
      GATE: () => this.namesLineAhead(),
      DEF: () => {
        const line = this.SUBRULE(this.listLine);
        this.ACTION(() => line !== undefined && tokens.push(...line));
      },
    });
    return block("peopleList", tokens);
  });

  /** `分送：区委各部门，区人大办公室，…` and its wrapped lines. */
  public distributionList = this.RULE("distributionList", (): GrammarBlock => {
    const tokens = [this.CONSUME(DistributionLabel)];
    this.MANY(() => tokens.push(this.CONSUME(Inline)));
    this.lineEnd();
    this.MANY1({
      GATE: () => this.distributionContinues(),
      DEF: () => {
        const line = this.SUBRULE(this.listLine);
        this.ACTION(() => line !== undefined && tokens.push(...line));
      },
    });
    return block("distributionList", tokens);
  });

  /** A continuation line of a list: its tokens. */
  public listLine = this.RULE("listLine", (): IToken[] => {
    const tokens: IToken[] = [];
    this.MANY(() => this.CONSUME(LineBreak));
    this.AT_LEAST_ONE(() => tokens.push(this.CONSUME(Inline)));
    this.lineEnd();
    return tokens;
  });

  /** Any other line of text: title, opening, agenda, body paragraph. */
  public paragraph = this.RULE("paragraph", (): GrammarBlock => {
    const tokens: IToken[] = [];
    this.AT_LEAST_ONE(() => tokens.push(this.CONSUME(Inline)));
    this.lineEnd();
    return block("paragraph", tokens);
  });

  /** A line ends with a line break or the end of the input (each rule ends one line). */
  private lineEnd(): void {
    this.OR9((this.lineEndAlternatives ??= [{ ALT: () => this.CONSUME8(LineBreak) }, { ALT: () => this.CONSUME9(EOF) }]));
  }

  // ── Predicates: the few decisions that need more than the next tokens ───────────────────

  /** Whether a 落款 / 印发 signature starts here (organ? date | organ ⏎ date). */
  private signatureAhead(): boolean {
    let i = 1;
    let texts = 0;
    while (tokenMatcher(this.LA(i), Text)) {
      texts++;
      i++;
    }
    if (texts > 2) return false;
    if (texts > 0 && tokenMatcher(this.LA(i), LineBreak)) {
      // The organ alone on its line (blank lines may follow it): one short run, not a sentence.
      if (texts !== 1 || !ORGAN_LINE.test(this.LA(1).image)) return false;
      while (tokenMatcher(this.LA(i), LineBreak)) i++;
    }
    if (!tokenMatcher(this.LA(i), StandaloneDate)) return false;
    // (A disclosure note may close the date's line: 二〇二三年十二月二十九日（此件公開發布）.)
    if (tokenMatcher(this.LA(i + 1), Text) && DISCLOSURE_NOTE.test(this.LA(i + 1).image)) i++;
    const after = this.LA(i + 1);
    if (!tokenMatcher(after, LineBreak) && !tokenMatcher(after, EOF)) return false;
    // (A date alone under a label that ends the line before is that label's value: 下次会议时间:⏎2024年8月23日.)
    return texts > 0 || !DATE_LABEL_AT_END.test(this.lastContentToken()?.image ?? "");
  }

  /** Whether the next line is an organ's name alone (the 落款 organ after its date). */
  private organLineAhead(): boolean {
    const t = this.LA(1);
    if (!tokenMatcher(t, Text) || !ORGAN_NAME.test(t.image)) return false;
    const after = this.LA(2);
    return tokenMatcher(after, LineBreak) || tokenMatcher(after, EOF);
  }

  /** Whether the line after the next one starts with a header key. */
  private keyAfterValueLine(): boolean {
    let i = 1;
    while (!tokenMatcher(this.LA(i), LineBreak) && !tokenMatcher(this.LA(i), EOF)) i++;
    return tokenMatcher(this.LA(i), LineBreak) && tokenMatcher(this.LA(i + 1), HeaderKey);
  }

  /** The text of the line from token `i` on, and the index of the line break (or end) after it. */
  private lineFrom(i: number): { text: string; end: number } {
    let text = "";
    for (let t = this.LA(i); !tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF); t = this.LA(++i)) text += t.image;
    return { text, end: i };
  }

  /** Whether the next line names minutes or a standing meeting at its end (…第7次常务会议纪要). */
  private minutesTitleAhead(): boolean {
    return MINUTES_TITLE_VALUE.test(this.lineFrom(1).text);
  }

  /**
   * The rest of the line from token `i` as a header value's text (no key, no table cell, no
   * sentence, up to 80 characters): where it ends and how it starts; null when it is none.
   */
  private valueFrom(i: number): { end: number; lead: string } | null {
    let length = 0;
    let lead = "";
    for (let t = this.LA(i); !tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF); t = this.LA(++i)) {
      if (!tokenMatcher(t, Inline) || tokenMatcher(t, HeaderKey) || tokenMatcher(t, Pipe) || SENTENCE_MARK.test(t.image)) return null;
      length += t.image.length;
      if (lead.length < LABEL_LEAD_LENGTH) lead += t.image;
    }
    return length <= 80 ? { end: i, lead } : null;
  }

  /** Whether the next line is a header value: short, not a key, not a sentence (or a 发文字号 alone). */
  private valueLineAhead(): boolean {
    if (tokenMatcher(this.LA(1), DocNumberLine)) return true;
    const value = this.valueFrom(1);
    // (A label the lexer does not know, with its own value, is the next row: 文　　号：⏎关 键 字：常务会议.)
    return value !== null && value.end > 1 && !LABEL_LEAD.test(value.lead);
  }

  /**
   * Whether the next line is the rest of a header value a wrap cut: indented, text only, and
   * followed by a blank line or the end (a line under the header that is not its last is a row).
   */
  private wrappedValueAhead(summary: boolean): boolean {
    const lineBreak = this.LA(0);
    const first = this.LA(1);
    /** Whether the line at `at` may be a value's rest by its start: text, or in a summary a topic's number and text. */
    const opens = (at: number): boolean => tokenMatcher(this.LA(at), Text) || (summary && tokenMatcher(this.LA(at), Marker) && tokenMatcher(this.LA(at + 1), Inline));
    if (!tokenMatcher(lineBreak, LineBreak) || !opens(1) || first.startOffset === lineBreak.startOffset + lineBreak.image.length) return false;
    if (tokenMatcher(first, Marker) ? this.valueFrom(2) === null : !this.valueLineAhead()) return false;
    // (A labelled line of its own is no value's rest: 时　间：…⏎　主持人：….)
    if (LABELLED_LINE.test(first.image)) return false;
    // (Or the first of a few such lines, the last followed by the blank line: 内容概况 …纪要⏎  城市防汛、…⏎  职业教育园区等5项议题⏎⏎.)
    // (A summary's numbered lines end at a line at the margin too, where a page has no blank lines: …⏎  三、关于…⏎汀政纪〔2012〕1号.)
    const numbered = tokenMatcher(first, Marker);
    let i = 2;
    for (let lines = 1; ; lines++) {
      while (!tokenMatcher(this.LA(i), LineBreak) && !tokenMatcher(this.LA(i), EOF)) i++;
      if (tokenMatcher(this.LA(i), EOF) || tokenMatcher(this.LA(i + 1), LineBreak) || tokenMatcher(this.LA(i + 1), EOF)) return true;
      const next = this.LA(i + 1);
      const atMargin = next.startOffset === this.LA(i).startOffset + this.LA(i).image.length;
      if (numbered && atMargin) return true;
      const indented = opens(i + 1) && !atMargin;
      if (lines >= WRAPPED_VALUE_LINES || !indented || LABELLED_LINE.test(next.image)) return false;
      i += 2;
    }
  }


  /**
   * Whether the next line is the rest of the one value of the row `tokens` (a key and its value):
   * indented, short, text or a 发文字号's rest, and a key row after it (or, set under the value's
   * first character, a blank line or the end). 发布机构：柘湾区人民政府⏎　　　　　办公室,
   * 文件编号：柘政纪⏎　　　　　〔2024〕7号.
   */
  private alignedValueRestAhead(tokens: IToken[]): boolean {
    const lineBreak = this.LA(0);
    const first = this.LA(1);
    if (tokens.length !== 2 || !tokenMatcher(lineBreak, LineBreak) || !(tokenMatcher(first, Text) || tokenMatcher(first, DocNumberLine))) return false;
    const before = this.LA(-tokens.length - 1);
    const lineStart = tokenMatcher(before, LineBreak) ? before.startOffset + before.image.length : 0;
    const valueColumn = tokens[1]!.startOffset - lineStart;
    const indent = first.startOffset - (lineBreak.startOffset + lineBreak.image.length);
    if (indent < 1) return false;
    // (Under the value as written, or indented otherwise, a short rest with a key row after it: the
    // indent's blanks may be a tab or no-break spaces.)
    const aligned = indent >= 2 && Math.abs(indent - valueColumn) <= 1;
    let i = 1;
    let length = 0;
    for (let t = first; !tokenMatcher(t, LineBreak) && t.tokenType !== EOF; t = this.LA(++i)) {
      // (A label of its own with its value is a row the lexer did not know: •  公开属性:主动公开.)
      if ((!tokenMatcher(t, Text) && !tokenMatcher(t, DocNumberLine)) || COLON_IN.test(t.image)) return false;
      length += t.image.length;
    }
    if (length > (aligned ? ALIGNED_REST_LENGTH : INDENTED_REST_LENGTH)) return false;
    const after = this.LA(i + 1);
    if (tokenMatcher(this.LA(i), LineBreak) && tokenMatcher(after, HeaderKey)) return true;
    return aligned && (this.LA(i).tokenType === EOF || after.tokenType === EOF || tokenMatcher(after, LineBreak));
  }

  /**
   * Whether a value stands below one or two blank lines, and a key below it after blank lines
   * again (or the end): the value of a key alone on the line before.
   */
  private valueBelowBlankAhead(): boolean {
    let i = 1;
    while (tokenMatcher(this.LA(i), LineBreak) && i <= MAX_BLANKS_IN_ROW) i++;
    if (i === 1 || tokenMatcher(this.LA(i), LineBreak)) return false;
    // (发文字号:⏎⏎    白政纪〔2023〕19号)
    const docNumber = tokenMatcher(this.LA(i), DocNumberLine);
    const i0 = i;
    const value = this.valueFrom(docNumber ? i + 1 : i);
    if (value === null || (!docNumber && value.end === i)) return false;
    const end = value.end;
    i = end;
    while (tokenMatcher(this.LA(i), LineBreak) && i - end <= MAX_BLANKS_IN_ROW + 1) i++;
    // (The header's last value, once keys before took theirs so, has anything below it; else the
    // next key stands alone too: 有效性:⏎⏎…纪要⏎⏎来源:琅川县桥头镇 is a key without value, then the title.)
    // (Where the values before stood indented, a line at the margin is none: …  • 内容概述：⏎⏎枫坳区人民政府⏎区长办公会议纪要.)
    if (this.pairedKeys && this.pairedValuesIndented && !isIndented(this.input, this.LA(i0))) return false;
    if (this.pairedKeys || tokenMatcher(this.LA(i), EOF)) return true;
    const key = this.LA(i);
    const after = this.LA(i + 1);
    return tokenMatcher(key, HeaderKey) && KEY_WITH_COLON.test(key.image) && (tokenMatcher(after, LineBreak) || tokenMatcher(after, EOF));
  }

  /**
   * Whether the next line is the rest of a key-alone row's value that a table cell wrapped: the
   * value line was long, this one is value-like (no key, no sentence, no colon at its end) and a key
   * starts the line after it.
   */
  private wrappedCellAhead(tokens: IToken[]): boolean {
    const valueLength = tokens.slice(1).reduce((n, t) => n + t.image.trim().length, 0);
    if (valueLength < WRAPPED_CELL_MIN || !this.valueLineAhead() || !this.keyAfterValueLine()) return false;
    const next = this.lineFrom(1);
    // (A line said again is no rest of it: 主题词⏎延岭县政府召开常务会议⏎延岭县政府召开常务会议.)
    return !KEY_WITH_COLON.test(this.LA(next.end - 1).image) && next.text !== tokens.slice(1).map((t) => t.image).join("");
  }

  /** Whether a header row led by a bare date starts here (the date, then a header label). */
  private datedHeaderAhead(): boolean {
    // (After a table row's empty first cell: || 2024-09-20 16:08:37 编辑:….)
    if (tokenMatcher(this.LA(1), Pipe)) {
      let i = 1;
      while (tokenMatcher(this.LA(i), Pipe)) i++;
      return tokenMatcher(this.LA(i), Text) && LEADING_DATE.test(this.LA(i).image) && this.keyAfterDate(i + 1);
    }
    if (!tokenMatcher(this.LA(1), Text)) return false;
    // (Or the site's organ: 江湄区人民政府   发布时间:2015-07-06  信息来源:本站原创.)
    if (LEADING_ORGAN.test(this.LA(1).image)) return tokenMatcher(this.LA(2), HeaderKey);
    // (Or a label the lexer does not know, before known ones: 文章来源:柏塘镇人民政府 文章作者:… 发布时间:….)
    if (LABEL_LEAD.test(this.LA(1).image)) {
      for (let i = 2; i <= MAX_CELLS_BEFORE_KEY; i++) {
        const t = this.LA(i);
        if (tokenMatcher(t, HeaderKey)) return true;
        if (!tokenMatcher(t, Text) || SENTENCE_MARK.test(t.image)) return false;
      }
      return false;
    }
    if (!LEADING_DATE.test(this.LA(1).image)) return false;
    return this.keyAfterDate(2);
  }

  /**
   * Whether a header key follows the page's date at `LA(i - 1)` within a few cells.
   * (Cells the lexer does not know may come between: 2023-05-17 16:00:51 编辑: 杨玉洁 审核人:叶玲 阅读次数:1873.)
   */
  private keyAfterDate(from: number): boolean {
    for (let i = from; i < from + MAX_CELLS_BEFORE_KEY - 1; i++) {
      const t = this.LA(i);
      // (Or the editor's credit alone: 2022-10-09 15:32:18　编辑：王雪.)
      if (tokenMatcher(t, HeaderKey) || (tokenMatcher(t, Text) && EDITOR_CELL.test(t.image))) return true;
      // (A pipe between the cells: 2024-11-15 09:40:12 | 来源：….)
      if (tokenMatcher(t, Pipe)) continue;
      if (!tokenMatcher(t, Text) || (i - from > 2 && SENTENCE_MARK.test(t.image))) return false;
    }
    return false;
  }

  /** Whether the next line still belongs to a topic whose open marker styles are `open`. */
  private topicContinues(open: TokenType[], hasBody = false): boolean {
    const next = this.LA(1);
    if (tokenMatcher(next, LineBreak)) return true;
    // A marker of a style already open is a sibling (or an ancestor's); so is one of the
    // document's outermost style (五、 after a 书面通报 item （三） that stood at the top level).
    // (Nor is one of the highest rank, 一、, inside items numbered in lower ranks only: those were a
    // list of the opening's, 会议书面通报了：⏎1.…⏎2.…⏎一、会议听取了….)
    if (tokenMatcher(next, Marker)) return !open.includes(next.tokenType) && next.tokenType !== this.outermost && !(next.tokenType === CnMarker && open.every((t) => LOWER_STYLES.includes(t)));
    if (tokenMatcher(next, HeaderKey) || tokenMatcher(next, Pipe)) return false;
    // (An agenda's items under their label, one line each, closed by ； or 。, end where a paragraph
    // starts: 会议议题：⏎1.…；⏎3.…。⏎5月16日下午，市长…主持召开….)
    if (tokenMatcher(next, Inline) && open.length === 1 && !hasBody && ITEM_CLOSED.test(this.lastContentToken()?.image ?? "") && !LABELLED_LINE.test(next.image) && (this.agendaLabelAbove() || this.leadAbove(AGENDA_LEAD))) return false;
    // (So do the 书面通报 items under their lead, where the meeting's next business starts: 会议书面通报并原则同意
    // 以下事项：⏎（一）…；⏎（二）…。⏎会议听取了…. Not their own decision: （一）…的汇报⏎会议原则同意….)
    if (tokenMatcher(next, Inline) && open.length === 1 && !hasBody && ITEM_CLOSED.test(this.lastContentToken()?.image ?? "") && NEXT_BUSINESS.test(next.image) && this.leadAbove(REPORTS_LEAD)) return false;
    // (A form's label of what was decided (or of the talk), alone on its line, closes the agenda's items above it:
    // 会议议题⏎1.…⏎3.…⏎议定事项⏎（一）…. Not a topic's own, after its body: 二、研究…⏎会议听取了…⏎议定事项：⏎（一）….)
    if (tokenMatcher(next, Inline)) return !this.signatureAhead() && !(DECISIONS_LABEL.test(next.image) && this.atLineEndAfter(1) && !hasBody && this.agendaLabelAbove()) && !this.lastOrganAhead();
    return false;
  }

  /** Whether the next line is an organ's name alone with nothing but the page's chrome after it: a 落款 without its date. */
  private lastOrganAhead(): boolean {
    const t = this.LA(1);
    if (!tokenMatcher(t, Text) || !ORGAN_NAME.test(t.image) || !this.atLineEndAfter(1)) return false;
    for (let i = 2; ; i++) {
      const u = this.LA(i);
      if (u.tokenType === EOF) return true;
      if (!tokenMatcher(u, LineBreak) && !tokenMatcher(u, ChromeLine)) return false;
    }
  }

  /** Whether a form's agenda label opens a line not far above (会议议题⏎1.…, 会议议程：1.…): the items since are the agenda's. */
  private agendaLabelAbove(): boolean {
    for (let i = 0; i > -AGENDA_LABEL_REACH; i--) {
      const t = this.LA(i);
      if (t.tokenType === EOF && i < 0) return false;
      if (tokenMatcher(t, Inline) && AGENDA_LABEL_OPENS.test(t.image) && (i === 0 || tokenMatcher(this.LA(i - 1), LineBreak))) return true;
    }
    return false;
  }

  /**
   * Whether a line not far above ends with a lead that `lead` matches: the lead of a list of
   * 书面通报 items (会议书面通报了以下事项：⏎（一）…) or of the agenda's (…，会议议题如下：⏎（1）…).
   */
  private leadAbove(lead: RegExp): boolean {
    for (let i = 0; i > -AGENDA_LABEL_REACH; i--) {
      const t = this.LA(i);
      if (t.tokenType === EOF && i < 0) return false;
      if (!tokenMatcher(this.LA(i + 1), LineBreak) || !COLON_AT_END.test(t.image)) continue;
      // (The lead may be lexed in pieces: 会议书面通报并原则同意 | 以下事项：.)
      let line = t.image;
      for (let k = i - 1; k > i - MAX_LEAD_TOKENS && !tokenMatcher(this.LA(k), LineBreak) && this.LA(k).tokenType !== EOF; k--) line = this.LA(k).image + line;
      if (lead.test(line)) return true;
      // (The line that opens the minutes' own text ends what a lead above it led: …以下议题：⏎一、…；⏎现将会议议定事项纪要如下：⏎（一）….)
      if (MINUTES_FOLLOW_AT_END.test(line)) return false;
    }
    return false;
  }

  /** Whether the line ends (or the text) after the next `n` tokens. */
  private atLineEndAfter(n: number): boolean {
    const t = this.LA(n + 1);
    return tokenMatcher(t, LineBreak) || t.tokenType === EOF;
  }

  /** Whether the next line is a line of names (continuing a people list). */
  private namesLineAhead(): boolean {
    if (this.listLineAhead()) return true;
    // (Or a row of a list laid out in columns, one person a line.)
    let i = 1;
    while (tokenMatcher(this.LA(i), LineBreak)) i++;
    return this.columnRowAhead(i) || this.titlesOverNamesAhead(i) || this.unitNamePairsAhead(i);
  }

  /**
   * Whether the line at token `i` holds two or more units each with its person, side by side
   * (学生工作处　苗　青　　招生就业处　邓　磊): a list set in pairs of columns.
   */
  private unitNamePairsAhead(i: number): boolean {
    let pairs = 0;
    for (let t = this.LA(i); !tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF); ) {
      if (!tokenMatcher(t, Text) || !UNIT_COLUMN.test(t.image)) return false;
      // (The name, padded or not: 苗　青 is two tokens.)
      let name = "";
      for (t = this.LA(++i); tokenMatcher(t, Text) && name.length < 4 && NAME_CHUNK.test(t.image) && !UNIT_COLUMN.test(t.image); t = this.LA(++i)) name += t.image;
      if (name.length < 2 || name.length > 4) return false;
      pairs++;
    }
    return pairs >= 2;
  }

  /**
   * Whether the line at token `i` is a row of titles over a row of as many names (区人大常委会副主任　　区政协副主席⏎
   * 贲志刚　　　　　　　　慕容雪): a list set in columns, each person's title above the name.
   */
  private titlesOverNamesAhead(i: number): boolean {
    const titles: string[] = [];
    for (let t = this.LA(i); !tokenMatcher(t, LineBreak); t = this.LA(++i)) {
      if (!tokenMatcher(t, Text) || !TITLE_COLUMN.test(t.image)) return false;
      titles.push(t.image);
    }
    if (titles.length < 2) return false;
    const names: string[] = [];
    for (let t = this.LA(++i); !tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF); t = this.LA(++i)) {
      if (!tokenMatcher(t, Text) || !NAME_CHUNK.test(t.image) || t.image.length > 4) return false;
      // (A padded name is two tokens of one character: 竺　伟.)
      if (names.length > 0 && t.image.length === 1 && names[names.length - 1]!.length === 1) names[names.length - 1] += t.image;
      else names.push(t.image);
    }
    return names.length === titles.length;
  }

  /** {@link namesLineAhead} for a line of names (and titles) as lists write them. */
  private listLineAhead(): boolean {
    let i = 1;
    let chunks = 0;
    let notes = 0;
    // The end of the line before: a title cut by a hard wrap goes on in this line (…中心⏎主任 田秀英).
    const before = this.lastContentToken()?.image ?? "";
    // A full stop closes the list (请假人员：副县长李　婷（出差）。).
    if (before.endsWith("。")) return false;
    const cutTitle = !NAME_SEPARATOR_AT_END.test(before) ? (before.split(NAME_SEPARATORS).pop() ?? "") : "";
    // (Cut inside an item: one character after a separator (not the last of a padded name, 罗　勇),
    // or a long one that does not end with a name, where this line goes on with more items.)
    const cutShort = cutTitle.length === 1 && before.length > 1;
    const cutLong = cutTitle.length >= 5 && NAME_CHUNK.test(cutTitle) && !TITLED_NAME.test(cutTitle);
    // (Or the line's other items are, separated by blanks: 市住建局倪建强　市卫生健康委⏎⏎方丽萍　….)
    // (Read only where a long item needs it: the two lines before are read back token by token.)
    let organizationNamesRead: boolean | undefined;
    const organizationNames = (): boolean => (organizationNamesRead ??= ORGANIZATION_NAME_ITEM.test(before) || ORGANIZATION_NAME_IN_LINE.test(this.lastLineText(2)));
    /** The line before ended with a separator: the list goes on. */
    const listOpen = NAME_SEPARATOR_AT_END.test(before);
    // Scraped pages sometimes put blank lines between the lines of a list.
    while (tokenMatcher(this.LA(i), LineBreak)) i++;
    const first = i;
    let underSubLabel = false;
    /** Whether the line above holds a long name (read only where an item needs it). */
    let longNameAbove: boolean | undefined;
    for (let t = this.LA(i); !tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF); t = this.LA(++i)) {
      // (A table flattened to lines: | 沈一鸣、陆国栋.)
      if (tokenMatcher(t, Pipe)) continue;
      if (!tokenMatcher(t, Text)) return false;
      // (A line of running text: its first item is too long for a name, whatever notes or unit
      // the replacements below would take away. Decided without them.)
      if (i === first && longFirstItem(t.image.replace(DASH_NOTE, ""))) return false;
      // (A statement of its own opens the line: 列席会议的有：…, 应邀出席：…; or is the line:
      // 县直有关单位负责同志列席会议。)
      if (i === first && STATEMENT_OPENS.test(t.image)) return false;
      // (Nor a page's frame after the list: 往期推荐, 阅读原文, 编辑：….)
      if (i === first && FRAME_WORDS.test(t.image)) return false;
      // (Nor a form's next label alone on its line: 会议议题, 议定事项.)
      if (i === first && FORM_SECTION_LABEL.test(t.image)) return false;
      // (Nor a form's chair or clerk row after a list's columns, its label spaced out or not: 主　持：县长　皇甫立新.)
      if (i === first && FORM_ROLE_LABEL.test(t.image.length === 1 && tokenMatcher(this.LA(i + 1), Text) ? t.image + this.LA(i + 1).image : t.image)) return false;
      // (Not one inside a name's note: 詹雪梅（在市参加会议）.)
      if (STATEMENT_VERB.test(t.image) && STATEMENT_VERB.test(t.image.replace(NAME_NOTE, ""))) return false;
      // (A unit before its people: 县发改局：孙立新.)
      // (The list's closing full stop is no part of its last item: …局长陆昌华。)
      // (Or before each column's people: 市发展改革委：孙　宏　　　市财政局：冯雪梅.)
      // (A note between two people separates them: 葛文娟（市住房城乡建设局）倪长春（…）.)
      // (Up to a full stop that another list's label follows: 振宇（因公出差）。列席：…, the rest of a
      // name a wrap cut after 请假：饶; the next list is the builder's to split off.)
      const image = i === first && t.image.includes("。") ? t.image.replace(NEXT_LIST_AFTER_STOP, "。") : t.image;
      const noteless = image.replace(DASH_NOTE, "");
      const unitless = noteless.replace(UNIT_COLON, "");
      // (A group's sub-label opens the line, its people after it: 旗政府领导：那仁满都拉　刘志强; or below it, the label
      // alone on its line: 各村（社区）党组织书记：⏎石垭村　何大勇….)
      if (i === first && unitless.length < noteless.length) {
        underSubLabel = true;
        if (unitless.trim() === "" && (tokenMatcher(this.LA(i + 1), LineBreak) || tokenMatcher(this.LA(i + 1), EOF))) chunks++;
      }
      const rest = unitless.replace(UNIT_COLON_AFTER_SEMICOLON, "$1").replace(NOTE_BEFORE_ITEM, noteBeforeItem).replace(NAME_NOTE, "").replace(DANGLING_NOTE, "").replace(FULL_STOP_AT_END, "");
      if (rest.length < image.length) notes++;
      // (Units that name an unnamed group close a list: 市政府办公室、市发改委…负责同志.)
      if (i > first && UNITS_GROUP.test(rest)) {
        chunks++;
        continue;
      }
      // An organ alone on its line is the 落款's, not a list's.
      const parts = rest.split(NAME_SEPARATORS);
      const lineEnds = tokenMatcher(this.LA(i + 1), LineBreak) || tokenMatcher(this.LA(i + 1), EOF);
      // (Not an organ before its person's name in a column: 县工业园区管委会　　卢海涛.)
      if (ORGAN_NAME.test(rest) && (i === first ? lineEnds : true)) return false;
      // A padded name after its title (局长黄　敏): the name's last character is the next token.
      // (Or its first item: 局长玉　罕，州发展改革委….)
      const paddedNext = tokenMatcher(this.LA(i + 1), Text) && PADDED_REST.test(this.LA(i + 1).image);
      // A title, then its name as the next token (区政协副主席　闵慧敏; 局长　柯立群，市城管局局长).
      // (Or a transliterated name with its middle dot: 县发展改革委主任　努尔兰·哈力别克.)
      const nextItem = tokenMatcher(this.LA(i + 1), Text) ? (this.LA(i + 1).image.split(NAME_SEPARATORS)[0] ?? "").replace(NAME_NOTE, "").replace(FULL_STOP_AT_END, "") : "";
      const nameNext = nextItem !== "" && (nextItem.length <= 4 || (nextItem.length <= 16 && DOTTED_NAME.test(nextItem)));
      /** Whether the line's items under a sub-label are units before names (read only where an item needs it). */
      let subLabelUnits: boolean | undefined;
      for (let k = 0; k < parts.length; k++) {
        const part = parts[k]!;
        if (part === "") continue;
        // The rest of a title cut at the end of the line before (主任, 长), or a title cut at
        // the end of this one (乡财政所所⏎长 武建平).
        // (Alone on its line, the rest carries the list on to the name below: …县应急管理⏎局局长⏎⏎程立民.)
        if (i === first && k === 0 && cutTitle !== "" && part.length <= 3 && TITLE_END.test(cutTitle + part)) {
          if (parts.length === 1 && lineEnds) chunks++;
          continue;
        }
        // The rest of an item the wrap cut, whatever it holds (…，区⏎纪委监委驻区政府办纪检监察⏎组组长徐丽萍，…):
        // the line before ended inside an item that names no one yet.
        // (Or the list's last item, short, its organisation and name cut: …镇农业综合服务⏎中心褚晓光.)
        if (i === first && k === 0 && (cutShort || (cutLong && parts.length > 1)) && part.length <= 16 && !SENTENCE_MARK.test(part)) {
          chunks++;
          continue;
        }
        if (i === first && k === 0 && cutLong && parts.length === 1 && lineEnds && part.length <= 8 && CUT_TITLE.test(part)) {
          chunks++;
          continue;
        }
        // (Also after a separator that opens the line: ⏎，区纪委监委驻区政府办纪⏎…, or that ended
        // the line before: …陆小平⏎，⏎区国资办主⏎任严　华….)
        if (lineEnds && k === parts.length - 1 && (chunks > 0 || parts[0] === "" || (parts.length === 1 && i === first && listOpen)) && CUT_TITLE.test(part)) {
          chunks++;
          continue;
        }
        // (A line that opens with a separator goes on with the list: ⏎，镇财政所朱明远，镇水利⏎….)
        if (parts[0] === "" && i === first && k > 0 && part.length <= 16 && CUT_TITLE.test(part)) {
          chunks++;
          continue;
        }
        // (A department alone before its person's name, a blank between, pairs on one line: 县政府办公室 倪 波　县财政局 丁国强.)
        if (parts.length === 1 && part.length <= 16 && UNIT_ONLY.test(part) && !lineEnds && nextItem.length >= 1 && nextItem.length <= 3 && NAME_CHUNK.test(nextItem)) {
          chunks++;
          continue;
        }
        // (A compound title's first part, the rest and the name after its 、: 县委宣传部副部长、县融媒体中心主任滑丽萍.)
        if (k < parts.length - 1 && part.length <= 16 && TITLE_ONLY.test(part) && TITLED_NAME.test(parts[k + 1]!)) {
          chunks++;
          continue;
        }
        if (nameNext && k === parts.length - 1 && part.length <= 16 && TITLE_ONLY.test(part)) {
          chunks++;
          continue;
        }
        if (paddedNext && k === parts.length - 1 && part.length <= 16 && TITLED_PADDED_NAME.test(part)) {
          chunks++;
          continue;
        }
        // A department or an unnamed group may stand in a list of names (区审计局负责同志).
        // (So may an office, where a separator after it carries the list on: 符秀珍  市政府办公室、⏎….)
        // (Or the start of the next organisation's name a wrap cut after it: …，区政府办公室、区⏎发展改革局、….)
        // (Or an unnamed group of units after it ends the line: …，区政府办公室、区财政局主要负责同志.)
        const officeGoesOn = k < parts.length - 1 && OFFICE.test(part) && (NAME_SEPARATOR_AT_END.test(t.image) || (lineEnds && (ORGANIZATION_CUT_AT_END.test(t.image) || GROUP_IN_LIST.test(parts[parts.length - 1]!))));
        // (The list's last item may be a long unnamed group after named people: …，区财政局主要负责同志及议题相关单位负责同志.)
        if (k === parts.length - 1 && k > 0 && chunks > 0 && part.length <= LONG_GROUP && UNNAMED_GROUP_END.test(part)) {
          chunks++;
          continue;
        }
        // (A title alone after a name, an unnamed office among the items: …毕春燕；市政府副秘书长，市政府办公室…负责同志.)
        const titleAlone = chunks > 0 && k < parts.length - 1 && TITLE_ONLY.test(part);
        // (A long name under a group's sub-label, a Mongolian one of five to seven characters: 那仁满都拉; or in a list
        // whose line above held one: 列席：…孟和巴雅尔  苏日娜⏎      哈斯其其格  王 军.)
        const longName = part.length <= 7 && NAME_ONLY.test(part) && (underSubLabel || (longNameAbove ??= this.lastLineText(1).split(BLANKS_OR_SEPARATORS).some((c) => NAME_ONLY.test(c))));
        // (Or the rest of a transliterated name a wrap cut after its dot: 热依拉·⏎阿不都热合曼.)
        if (i === first && k === 0 && DOT_AT_END.test(before) && part.length <= 10 && NAME_CHUNK.test(part)) {
          chunks++;
          continue;
        }
        if (part.length > 4 && !longName && !ANY_DOT.test(part) && !(part.length <= 16 && (GROUP_IN_LIST.test(part) || officeGoesOn || titleAlone || TITLED_NAME.test(part) || (ORGANIZATION_NAME.test(part) && (organizationNames() || (underSubLabel && (subLabelUnits ??= unitsUnderSubLabel(parts)))))))) return false;
        // (A title before a transliterated name is longer: 县农业农村局局长阿不都外力•艾则孜.)
        if (!NAME_CHUNK.test(part) && !(ANY_DOT.test(part) && TITLED_DOTTED_NAME.test(part))) return false;
        chunks++;
      }
    }
    // A line that only closes a note wrapped from the line before (管理局局长）), or holds only
    // the separator a wrap pushed onto it (、), continues the list.
    // (A note alone on the line closes one the line before opened; a whole one, （此件公开发布）, is no part of the list.)
    return chunks > 0 || (notes > 0 && OPEN_NOTE_AT_END.test(before)) || (i > first && ONLY_SEPARATORS.test(this.LA(first).image));
  }

  /**
   * Whether the next line is the rest of a 书面通报 sentence: the line before stopped inside a
   * report's name (关于 without its 的汇报 / 的情况 yet), and the next one is plain text that ends it.
   */
  private reportGoesOn(): boolean {
    const before = this.lastContentToken()?.image ?? "";
    if (SENTENCE_END_AT_END.test(before) || !tokenMatcher(this.LA(1), Text)) return false;
    let line = "";
    for (let i = 1, t = this.LA(1); tokenMatcher(t, Inline); t = this.LA(++i)) line += t.image;
    // (The sentence's start, from the line before: its last 关于 has no end yet.)
    let opened = "";
    for (let i = 0; i > -40; i--) {
      const t = this.LA(i);
      if (tokenMatcher(t, WrittenReportStart)) break;
      if (!tokenMatcher(t, LineBreak)) opened = t.image + opened;
    }
    // (Or the wrap fell inside the ending, after its 的: …考核细则的⏎情况汇报,…; or inside its word: …建设的汇⏎报,….)
    if (OPEN_REPORT_NAME.test(opened) && (REPORT_NAME_END.test(line) || (opened.trimEnd().endsWith("的") && REPORT_NAME_REST.test(line)))) return true;
    const cut = endingCutInside(opened.trimEnd(), line);
    return cut > 0 && OPEN_REPORT_NAME.test(opened.trimEnd().slice(0, -cut));
  }

  /**
   * Whether the line at `i` is a row of a list laid out in columns, one person a line: the name,
   * then the title (司马燕　　区委副书记、代区长, 黄　丽　　副区长), or the unit, then the name
   * (区政府办公室　　　　郭　宁).
   */
  private columnRowAhead(i: number): boolean {
    const texts: string[] = [];
    for (let t = this.LA(i); !tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF); t = this.LA(++i)) {
      if (!tokenMatcher(t, Text) || texts.length === 4) return false;
      texts.push(t.image);
    }
    if (texts.length < 2) return false;
    const last = texts[texts.length - 1]!.replace(NAME_NOTE, "").replace(FULL_STOP_AT_END, "");
    const name = texts.slice(0, -1).join("");
    if (name.length >= 2 && name.length <= 4 && NAME_CHUNK.test(name) && texts.slice(0, -1).every((t) => t.length <= 4) && TITLE_COLUMN.test(last)) return true;
    const person = texts.slice(1).join("").replace(FULL_STOP_AT_END, "");
    // (A transliterated name with its middle dot too: 县政府办公室 祖丽皮亚·吾斯曼.)
    if (UNIT_COLUMN.test(texts[0]!) && ((person.length >= 2 && person.length <= 4) || (person.length <= 17 && DOTTED_NAME.test(person))) && NAME_CHUNK.test(person)) return true;
    // (Or the unit, the name, then the title: 区人大常委会　　贺春林　　副主任, 区政府办公室　　罗　鸣　　主任.)
    const named = texts.slice(1, -1).join("");
    return texts.length >= 3 && UNIT_COLUMN.test(texts[0]!) && named.length >= 2 && named.length <= 4 && NAME_CHUNK.test(named) && TITLE_COLUMN.test(last);
  }

  /** Whether the next line is a list of organs only: 市纪委监委，市中级人民法院，市人民检察院。 */
  private organListAhead(): boolean {
    let line = "";
    for (let i = 1, t = this.LA(1); !tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF); t = this.LA(++i)) {
      if (!tokenMatcher(t, Text)) return false;
      line += t.image;
    }
    const items = line.replace(/[。.]$/, "").split(/[，,、；;]/);
    return items.length >= 2 && items.every((item) => ORGAN_ITEM.test(item));
  }

  /** Whether the next line continues a distribution list (the last line did not end it). */
  private distributionContinues(): boolean {
    const last = this.lastContentToken();
    // A list ends with a full stop; a 主送 line ends with a colon (各街道办事处，区政府各部门：).
    // (Unless the next line is more organs, each after a comma: …市政协办公室。⏎市纪委监委，市中级人民法院。)
    // (Unless the colon is the label's own, the list on the lines below: 抄送：⏎　　县委办公室，….)
    if (last === undefined || (/[：:]$/.test(last.image) && !tokenMatcher(last, DistributionLabel))) return false;
    if (/[。.]$/.test(last.image) && !this.organListAhead()) return false;
    // (A list its separator leaves open goes on past a blank line: …市中级法院，⏎⏎　　市检察院，….)
    let first = 1;
    if (NAME_SEPARATOR_AT_END.test(last.image)) while (tokenMatcher(this.LA(first), LineBreak)) first++;
    else if (!/[。.]$/.test(last.image) && tokenMatcher(this.LA(1), LineBreak)) {
      // (So does one a blank line cut inside a word, its rest opening the line after: …各人民团⏎⏎体，各民主党派，….)
      let i = 1;
      while (tokenMatcher(this.LA(i), LineBreak) && i <= MAX_BLANKS_IN_ROW + 1) i++;
      if (tokenMatcher(this.LA(i), Text) && WORD_REST_THEN_SEPARATOR.test(this.LA(i).image)) first = i;
    }
    if (!tokenMatcher(this.LA(first), Inline) || tokenMatcher(this.LA(first), HeaderKey)) return false;
    // A line that tells of a meeting is the text, not more recipients.
    // (Nor is a site's footer: 互聯網違法和不良信息舉報電話…網站地圖…版權所有….)
    // (Its tokens read together: a link in brackets is three of them, [ 加入收藏 ].)
    let line = "";
    for (let i = first, t = this.LA(first); tokenMatcher(t, Inline); t = this.LA(++i)) {
      if (HELD_WORD.test(t.image)) return false;
      line += `${t.image} `;
    }
    return !SITE_FOOTER.test(line) && !END_MATTER_LINE.test(line) && !this.signatureAhead();
  }

  /** The text of the last line with content before the line breaks just consumed (or of the last `lines` such lines), its tokens joined by blanks. */
  private lastLineText(lines = 1): string {
    let i = 0;
    const parts: string[] = [];
    for (let n = 0; n < lines; n++) {
      while (i > -8 && tokenMatcher(this.LA(i), LineBreak)) i--;
      for (let t = this.LA(i); i > -LAST_LINE_TOKENS && !tokenMatcher(t, LineBreak) && t.tokenType !== EOF; t = this.LA(--i)) parts.unshift(t.image);
      if (!tokenMatcher(this.LA(i), LineBreak)) break;
    }
    return parts.join(" ");
  }

  /** The last token before the line break just consumed. */
  private lastContentToken(): IToken | undefined {
    for (let i = 0; i > -4; i--) {
      const t = this.LA(i);
      if (!tokenMatcher(t, LineBreak) && !tokenMatcher(t, EOF)) return t;
    }
    return undefined;
  }
}
