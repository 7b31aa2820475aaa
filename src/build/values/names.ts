/**
 * People in minutes: lists of names (padded with blanks, separated by 、), and a name written
 * with its title before or after it (副区长钱振宇, 潘永锋区长).
 */
import { AGENDA_ITEM_SUBLABEL, COLON_TITLE_ENDS, DASH_NOTE as DASH_NOTE_SOURCE, IN_CHARGE, UNIT_LAST_CHARS, UNIT_NAME_ENDS } from "../../lex/chars.js";
import { cleanText, compact, toMatchable } from "./text.js";

/** Role words that end a title, Simplified (matched on toMatchable text) and Traditional. */
const ROLE_WORDS: readonly string[] = [
  "召集人",
  // (The one in charge of a unit, before a name: 镇生态环境办负责人刘霞.)
  "负责人",
  "負責人",
  "秘书长",
  "秘書長",
  "调研员",
  "調研員",
  "巡视员",
  "巡視員",
  "检察长",
  "檢察長",
  "理事长",
  "理事長",
  "董事长",
  "董事長",
  "总经理",
  "總經理",
  "书记",
  "書記",
  "区长",
  "區長",
  "县长",
  "縣長",
  "市长",
  "市長",
  "州长",
  "州長",
  "镇长",
  "鎮長",
  "乡长",
  "鄉長",
  "旗长",
  "旗長",
  "盟长",
  "盟長",
  // (A banner's township and village heads: 苏木达, 嘎查达.)
  "苏木达",
  "蘇木達",
  "嘎查达",
  "嘎查達",
  "省长",
  "省長",
  "校长",
  "校長",
  "院长",
  "院長",
  "局长",
  "局長",
  "处长",
  "處長",
  "科长",
  "科長",
  "所长",
  "所長",
  "厅长",
  "廳長",
  "部长",
  "部長",
  "社长",
  "社長",
  "行长",
  "行長",
  "站长",
  "站長",
  "馆长",
  "館長",
  "主任",
  "主席",
  "常委",
  "委员",
  "委員",
  "代表",
  "领导",
  "領導",
  "主管",
  "总监",
  "總監",
  "经理",
  "經理",
  "政委",
  "成员",
  "成員",
  "助理",
  "总工程师",
  "總工程師",
  "总经济师",
  "總經濟師",
  "总会计师",
  "總會計師",
  "总师",
  "督学",
  "督學",
  "顾问",
  "顧問",
  "组长",
  "組長",
  "队长",
  "隊長",
  "庭长",
  "庭長",
  "会长",
  "會長",
  "主编",
  "主編",
  "台长",
  "臺長",
  "团长",
  "團長",
  "园长",
  "園長",
  "厂长",
  "廠長",
  "专员",
  "專員",
  "科员",
  "科員",
  "总裁",
  "總裁",
  // (列席人员：新闻媒体记者 柯笔)
  "记者",
  "記者",
  // (应邀列席的群众代表：上坝村村民 闻兴旺)
  "村民",
  "居民",
];

/** Regex source of a role word ending a title, longest first, e.g. `new RegExp(TITLE_ROLE).exec("副区长")[0]` is `区长`. */
export const TITLE_ROLE: string = ROLE_WORDS.slice()
  .sort((a, b) => b.length - a.length)
  .join("|");

/** A role word ending a text as written (Simplified or Traditional): a title's end, 区长, 副主任. */
export const TITLE_ROLE_AT_END: RegExp = new RegExp(`(?:${TITLE_ROLE})$`);

/** Role words in Simplified only, for matching on toMatchable text. */
const ROLE_SIMPLIFIED: string = Array.from(new Set(ROLE_WORDS.map((w) => toMatchable(w))))
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Every role word occurrence (matchable text); the name follows the last one. */
const ROLE_ANYWHERE = new RegExp(`(?:${ROLE_SIMPLIFIED})`, "g");
/** A title written after a name: (常务)?副? + optional 区/县/市… + role word, at the end. */
const TITLE_SUFFIX = new RegExp(
  `(?:常务)?[副代]?(?:区委|县委|市委|区|县|市|镇|乡|州|省)?(?:${ROLE_SIMPLIFIED}|(?<=[区县市镇乡州省])长助理)$`,
);
/** A party group's title (matchable text): 县政府党组成员, 党组副书记. */
const PARTY_TITLE = /^(?:[区县市州旗镇乡]?(?:人民)?政府)?党组(?:成员|副?书记)$/;
/** A name, then a party group's title (matchable text): 黄伟县政府党组成员, 李强区政府党组副书记. */
const NAME_THEN_PARTY_TITLE = new RegExp(`^([\\u3400-\\u9fff]{2,4}?)${PARTY_TITLE.source.slice(1)}`);
/** A name, then an organ's unit and its head's role (matchable text): 梁勇镇人武部部长, 谭敏县应急管理局局长. */
const NAME_THEN_ORGAN_TITLE = new RegExp(`^([\\u3400-\\u9fff]{2,3}?)[区县市镇乡][\\u3400-\\u9fff]{1,10}?(?:部|局|办|委|所|站|中心|院)(?:${ROLE_SIMPLIFIED})$`);
/** A whole title as written after a name (常务副区长, 区长, 同志): the rest of a padded name's chunk. */
const TITLE_ONLY_AFTER_NAME = new RegExp(`^(?:${TITLE_SUFFIX.source.slice(0, -1)}|同志)$`);
/** An organ, then a name, then its title: 市政府柯军副秘书长 (matchable text). */
const ORGAN_NAME_TITLE = new RegExp(`^[\\u3400-\\u9fff]{1,12}?(?:政府|办公室|办)([\\u3400-\\u9fff]{2,3}?)(${TITLE_SUFFIX.source.slice(0, -1)})$`);

/**
 * A name written between its organ and its title, 市政府柯军副秘书长 → 柯军 (副秘书长), or null.
 * @example nameBetweenOrganAndTitle("市政府柯军副秘书长") // { name: "柯军", title: "副秘书长" }
 */
export function nameBetweenOrganAndTitle(s: string): { name: string; title: string } | null {
  const m = ORGAN_NAME_TITLE.exec(toMatchable(s));
  if (m === null) return null;
  const at = m[0].length - m[1]!.length - m[2]!.length;
  const name = s.slice(at, at + m[1]!.length);
  return looksLikeName(name) ? { name, title: s.slice(at + m[1]!.length) } : null;
}

/** A reason written alone before a name in a 请假 list (因公, 因病, 因事). */
const REASON_ALONE = /^因[公病事私]$/;
/** A reason written alone after a name in a 请假 list's columns (蓝晓梅　病假, 覃建华　外出学习). */
const REASON_AFTER_NAME_ALONE = /^(?:因[公病事私]|(?:因公|外出|赴外)?(?:出差|公出|学习|學習|培训|培訓|开会|開會|考察|招商)|[病事公休产產婚丧喪]假|年休假)$/;
/** A reason run on after a name, with 因 (请假：钱伟因带队赴深圳招商，葛红梅因病): the name alone (group 1). */
const NAME_THEN_REASON = /(?<=^|[、，,；;\s])([\u3400-\u9fff]{2,4}?)因[^、，,；;。\s]{1,24}(?=$|[、，,；;。\s])/g;
/**
 * Whether an unnamed group's start stands right before a bracketed note at `at`: 各村（社区）…,
 * 全体镇（街道）… (looked for within a few characters; the text's start counts as a separator).
 */
function groupBeforeNote(all: string, at: number): boolean {
  const from = Math.max(0, at - 12);
  return GROUP_BEFORE_NOTE.test((from === 0 ? "、" : "") + all.slice(from, at));
}
/** An unnamed group's start after a separator, at the end: 、各村. */
const GROUP_BEFORE_NOTE = /[、，,；;\s\u3000](?:各|全体)[\u3400-\u9fff]{0,6}$/;
/** 同志 written after a name. */
const COMRADE_SUFFIX = /同志$/;
/** A separator between a list's items, anywhere. */
const LIST_SEPARATOR = /[、，,；;]/;
/** Separators between names in a list. */
const NAME_SEPARATORS = /[、，,；;/／]+/;
/** Blanks between chunks of a list. */
const BLANKS = /[\s\u00A0\u3000]+/;
/** An agenda item's sub-label before its people, read before any bracket goes: 议题（一）：县交通运输局龙腾飞，…. */
const AGENDA_SUBLABEL = new RegExp(`(?:^|(?<=[\\s，,；;]))(?:${AGENDA_ITEM_SUBLABEL})[：:]`, "g");
/** A unit and a colon before the names it sends (县政府：王晓东), or a group of leaders (县领导：杨光富). */
const UNIT_PREFIX = new RegExp(`^[^：:\\s]{2,16}(?:${UNIT_NAME_ENDS}|${IN_CHARGE})[：:]|^[^：:\\s]{0,8}[县區区市镇鎮乡鄉旗州府][领領][导導][：:]|^(?:${AGENDA_ITEM_SUBLABEL})[：:]`);
/** A colon, ASCII or full-width. */
const COLON = /[：:]/;
/** A title and a colon before the names it holds (市政府副秘书长：赵俊峰): the colon is read as nothing. */
const TITLE_COLON = new RegExp(`^([^：:\\s]{1,16}(?:${COLON_TITLE_ENDS}|成员|成員|委员|委員))[：:]`);
/** A one-letter level and 长 padded apart before a colon, a title before its people: 县　长：龙海波 (read 县长：). */
const PADDED_TITLE_BEFORE_COLON = /(?<=^|[、，,；;\s])([县縣区區市镇鎮乡鄉州旗])[ \u3000\u00a0]+([长長])(?=[ \u3000]*[：:])/g;
/** Trailing sentence punctuation on a list. */
const TRAILING_STOPS = /[。.．]+$/;
/** A role word at the end (matchable text): a title that the name follows. */
const ROLE_AT_END = new RegExp(`(?:${ROLE_SIMPLIFIED})$`);
/** A title or a unit and the first character of a padded name (区财政局局长黄, 副县长韩, 镇党政办王), before the name's second. */
const TITLE_AND_FIRST_CHARACTER = /[\u3400-\u9fff][长長员員任记記理师師委席官监監编編导導事督局办辦室所院处處站队隊部厅廳司心团團][\u3400-\u9fff]$/;

/** {@link TITLE_AND_FIRST_CHARACTER}, or any role word and a character (集团副总裁唐, 记者柯). */
function titleAndFirstCharacter(s: string): boolean {
  return TITLE_AND_FIRST_CHARACTER.test(s) || roleAndFirstCharacter(s);
}

/** Whether `s` ends with a role word and one more character, a name's first (新闻媒体记者王, 副县长李). */
export function roleAndFirstCharacter(s: string): boolean {
  return s.length >= 3 && isSingleHan(s.slice(-1)) && ROLE_AT_END.test(toMatchable(s.slice(0, -1)));
}

/** Whether `s` ends with a role word and a compound surname, a name's start (县教育局局长上官). */
export function roleAndCompoundSurname(s: string): boolean {
  return s.length >= 4 && COMPOUND_SURNAME.test(s.slice(-2)) && ROLE_AT_END.test(toMatchable(s.slice(0, -2)));
}

/** Two-character (compound) surnames, at the start of a name (欧阳晓东). */
export const COMPOUND_SURNAME = /^(?:欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|长孙|長孫|宇文|司徒|夏侯|令狐|端木|西门|西門|独孤|獨孤|南宫|南宮|呼延|轩辕|軒轅|万俟|萬俟|闻人|聞人|澹台|澹臺|申屠|钟离|鍾離|百里|东郭|東郭|闾丘|閭丘)/;

/**
 * A three-character name spaced out letter by letter, one blank between its characters and more
 * (or a separator, or its title) around it: 詹国栋  毕 文 涛  骆秀英, 县政府办公室主任 桂 晓 林，.
 * (Not single characters as wide apart as the names around them: 賈永康　溫　婧　區….) Returns
 * `text` with such names written whole.
 */
function joinSpacedNames(text: string): string {
  // (A scan by hand: the text is short, and most hold no such name.)
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i + 4 < text.length; i++) {
    const gap = text.charCodeAt(i + 1);
    if ((gap !== 0x20 && gap !== 0x3000) || text.charCodeAt(i + 3) !== gap) continue;
    if (!isBmpNameHan(text.charCodeAt(i)) || !isBmpNameHan(text.charCodeAt(i + 2)) || !isBmpNameHan(text.charCodeAt(i + 4))) continue;
    if (!spacedNameBounds(text, i)) continue;
    (out ??= []).push(text.slice(from, i), text[i]!, text[i + 2]!, text[i + 4]!);
    from = i + 5;
    i += 4;
  }
  if (out === null) return text;
  out.push(text.slice(from));
  return out.join("");
}

/** Separators around a list's item. */
const ITEM_BEFORE = new Set(Array.from("、，,：:；;（(", (c) => c.charCodeAt(0)));
const ITEM_AFTER = new Set(Array.from("、，,。；;）)", (c) => c.charCodeAt(0)));
const isGap = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000;

/**
 * Whether the three characters spaced out at `i` (毕 文 涛) stand as one item: a separator, two
 * blanks or the text's edge on either side (or, before them, a title and one blank: 主任 桂 晓 林).
 */
function spacedNameBounds(text: string, i: number): boolean {
  const end = i + 5;
  const after = end === text.length || ITEM_AFTER.has(text.charCodeAt(end)) || (isGap(text.charCodeAt(end)) && isGap(text.charCodeAt(end + 1)));
  if (!after) return false;
  if (i === 0 || ITEM_BEFORE.has(text.charCodeAt(i - 1))) return true;
  if (!isGap(text.charCodeAt(i - 1))) return false;
  if (i >= 2 && isGap(text.charCodeAt(i - 2))) return true;
  // (After a single blank only behind a title: 县政府办公室主任 桂 晓 林.)
  return i >= 2 && isBmpNameHan(text.charCodeAt(i - 2)) && text.charCodeAt(i - 1) !== 0x09 && ROLE_AT_END.test(toMatchable(text.slice(Math.max(0, i - 13), i - 1)));
}

/** A single Han character (a chunk of a padded two-character name). */
function isSingleHan(s: string): boolean {
  if (s.length === 1) return isBmpNameHan(s.charCodeAt(0)) || s === "〇";
  const cp = s.length === 2 ? s.codePointAt(0)! : 0;
  return cp >= 0x20000 && cp <= 0x3ffff;
}

/** A note in brackets after a name: （出差）, (市发改委), one more level of brackets inside (（第（一）、（二）项议题）). */
export const BRACKET_NOTE = /[（(](?:[^（()）]|[（(][^（()）]{0,8}[）)]){1,24}[）)]/g;
/** The last character of an organisation's name (two to four characters: 区财政局, 县审计署, 县委). */
const ORGANIZATION_END_CHARS = "局厅处院所部办署室委组馆館站场場队隊";
/** The last character of a place's name (three or four characters: 南桥镇). */
const PLACE_END_CHARS = "镇乡县区村";
/** A banner's township or village (Inner Mongolia) ending a word of four characters or more: 巴彦塔拉苏木, 额很嘎查 (苏木 may be a name). */
const BANNER_PLACE_END = /(?:苏木|蘇木|嘎查)$/;

/** Whether a short word (matchable text) names an organisation or a place, not a person. */
function isOrganizationWord(m: string): boolean {
  const last = m[m.length - 1] ?? "";
  return (m.length <= 4 && ((m.length >= 2 && ORGANIZATION_END_CHARS.includes(last)) || (m.length >= 3 && PLACE_END_CHARS.includes(last)))) || (m.length >= 4 && BANNER_PLACE_END.test(m));
}
/** Words that show a phrase is a group of people or an organ, not a name (matchable text; 各 at a name's end is a Yi name's: 沙马伍各). */
const INSTITUTIONAL_WORDS =
  /部门|负责|单位|有关|人员|同志|代表|委员|领导|干部|全体|各(?!$)|主要|其他|相关|成员|政府|会议|办公|机关|中心|等|们|人大|政协|纪委|监委|人武|法院|检察|部分|召集|班子|工会|妇联|团委|委会|图片|街道|中队|大队|支队|社区|公司|集团|管委/;
const ROLE_IN_NAME = new RegExp(`(?:${ROLE_SIMPLIFIED})`);

/**
 * Splits a run of names (、 ， ; or blanks), re-joining two-character names padded with a blank.
 * @example splitNames("陈 杰 陶厦峰 余胜奎") // ["陈杰", "陶厦峰", "余胜奎"]
 */
const DASH_NOTE = new RegExp(DASH_NOTE_SOURCE, "g");

/** The 等 that closes a list of names set apart by blanks, after a padded name (…胡　敏　潘　晴等, or its note: 刀  丽（女）等): the list's, no name's. */
const PADDED_THEN_ETC = /(?<=[\u3400-\u9fff][ \t\u3000]{1,2}[\u3400-\u9fff])[ \t\u3000]*等(?:同志|人)?$/;
/** Blanks (a line's wrap) after a transliterated name's middle dot: the name goes on (古丽娜尔·⏎　　　阿不都拉). */
const BLANKS_AFTER_DOT = /(?<=[\u3400-\u9fff][·•．・])\s+(?=[\u3400-\u9fff])/g;
/**
 * A group's name, then the people it holds in brackets, apart by 、 or commas (the people in group 1); a name
 * padded or not inside them, blanks around the separators: （龙德胜、向　红 ）.
 */
const GROUP_WITH_NAMES = new RegExp(`[^、，,；;\\s（(]{2,20}(?:成员|成員|班子|领导|領導|${IN_CHARGE})[（(][ \\t\\u3000]*([\\u3400-\\u9fff·](?:[ \\t\\u3000]{0,2}[\\u3400-\\u9fff·]){1,3}(?:[ \\t\\u3000]*[、，,][ \\t\\u3000]*[\\u3400-\\u9fff·](?:[ \\t\\u3000]{0,2}[\\u3400-\\u9fff·]){1,3})+)[ \\t\\u3000]*[）)]`, "g");

export function splitNames(s: string, clean: (s: string) => string = cleanText): string[] {
  if (typeof s !== "string") return [];
  // A bracketed note after a name (王五（出差）, 张三（市发改委）) is not part of it.
  // (Inside a group's name it is part of it: 各村（社区）党组织书记.)
  // (So is a reason after a dash: 郝伟——出差.)
  // (A group, then its people in brackets, 管委会领导班子成员（华振邦、满立新、桂晓梅）: the people.)
  const text = clean(s).replace(AGENDA_SUBLABEL, " ").replace(GROUP_WITH_NAMES, "$1").replace(BRACKET_NOTE, (note, at: number, all: string) => (groupBeforeNote(all, at) && isBmpNameHan(all.charCodeAt(at + note.length)) ? "" : " ")).replace(DASH_NOTE, " ").replace(TRAILING_STOPS, "").replace(BLANKS_AFTER_DOT, "").replace(PADDED_THEN_ETC, "").replace(NAME_THEN_REASON, "$1").replace(PADDED_TITLE_BEFORE_COLON, "$1$2");
  const names: string[] = [];
  // (Between separators, blanks inside an item are padding: 景 晓光, 庄 志 刚.)
  const separated = LIST_SEPARATOR.test(text);
  for (const raw of listItems(joinSpacedNames(text))) {
    // A unit before its people: 县发改局：孙立新.
    // (Or before each column's people: 市发展改革委：孙　宏　　　市财政局：冯雪梅.)
    // (A title before its people keeps to the first: 市政府副秘书长：赵俊峰、李春雨.)
    const chunks = raw.split(BLANKS).map((c) => (COLON.test(c) ? c.replace(UNIT_PREFIX, "").replace(TITLE_COLON, "$1") : c)).filter((c) => c.length > 0);
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i];
      const next = chunks[i + 1];
      // A reason before the name it excuses: 因公　副区长　高志军.
      if (REASON_ALONE.test(chunk!) && next !== undefined) continue;
      // (And one after the name: 蓝晓梅　病假.)
      if (i > 0 && REASON_AFTER_NAME_ALONE.test(chunk!)) continue;
      const after = chunks[i + 2];
      if (separated && isSingleHan(chunk!) && next !== undefined && isSingleHan(next) && after !== undefined && isSingleHan(after) && i + 3 === chunks.length) {
        // (A name padded letter by letter in a separated list: 庄 志 刚.)
        names.push(chunk + next + after);
        i += 2;
      } else if (separated && isSingleHan(chunk!) && next !== undefined && next.length === 2 && i + 2 === chunks.length && looksLikeName(chunk + next)) {
        // (A surname padded from its given name in a separated list: 景 晓光.)
        names.push(chunk + next);
        i++;
      } else if (separated && next !== undefined && isSingleHan(next) && after !== undefined && after.length === 2 && i + 3 === chunks.length && ROLE_AT_END.test(toMatchable(chunk!)) && looksLikeName(next + after)) {
        // (So behind its title: 县林业局局长 柴 卫东.)
        names.push(chunk + next + after);
        i += 2;
      } else if ((isSingleHan(chunk!) || (chunk!.length === 2 && COMPOUND_SURNAME.test(chunk!))) && next !== undefined && isSingleHan(next)) {
        // (A padded name: 王　丹; a compound surname padded from its given name: 欧阳　蕾.)
        names.push(chunk + next);
        i++;
      } else if (isSingleHan(chunk!) && next !== undefined && next.length >= 3 && isSingleHan(next[0]!) && (TITLE_ONLY_AFTER_NAME.test(toMatchable(next.slice(1))) || PARTY_TITLE.test(toMatchable(next.slice(1))))) {
        // A padded name before its title: 张　敏常务副区长.
        names.push(chunk + next);
        i++;
      } else if (next !== undefined && isSingleHan(next) && i + 2 < chunks.length && isSingleHan(chunks[i + 2]!) && ROLE_AT_END.test(toMatchable(chunk!))) {
        // A title before a padded name, blanks between (市发改委主任　赵　刚).
        names.push(chunk + next + chunks[i + 2]);
        i += 2;
      } else if (next !== undefined && next.length >= 2 && ROLE_AT_END.test(toMatchable(chunk!)) && !ROLE_AT_END.test(toMatchable(next))) {
        // A title before its name, a blank between (区政协副主席　吴淑仪).
        names.push(chunk + next);
        i++;
      } else if (isSingleHan(chunk!) && names.length > 0 && i > 0 && titleAndFirstCharacter(names[names.length - 1]!)) {
        // A padded name after its title: 局长黄　敏.
        names[names.length - 1] += chunk;
      } else {
        names.push(chunk);
      }
    }
  }
  return names.flatMap(joinedOrTailed).map((n) => n.replace(TRAILING_STOPS, "")).filter((n) => n.length > 0);
}

/** A name, then 等 and the group it closes, or 及 and an unnamed group: 周敏等区有关部门负责同志, 夏海东等, 华晓明及各镇主要负责同志. */
const NAME_THEN_GROUP = /^([^及等和、，,]{2,6}?)(?:等(?:[^、，,]{0,24})|及(?=各|有关|相关|其他|[市县区镇乡][^、，,]{0,22}(?:负责|单位|部门|同志))[^、，,]{0,24})$/;
/** An item, then a bare 等 that closes the list (等同志, 等人): …局长邸志强等. */
const TITLED_THEN_ETC = /^(.{3,40}?)等(?:同志|人)?$/;
/** Two names joined by 和 / 及: 俞海燕和戴子明. */
const TWO_NAMES = /^([\u3400-\u9fff]{2,4})(?:和|及)([\u3400-\u9fff]{2,4})$/;

/** An item as the names it holds: the name before a group's 等 / 及 (周敏等区有关部门负责同志 → 周敏); two names joined by 和 (李明和王芳). */
function joinedOrTailed(item: string): string[] {
  // (A two-character name before 等 is an item of three: 方圆等.)
  if (item.length < 3 || looksLikeName(item) || !/[等及和]/.test(item)) return [item];
  const tail = NAME_THEN_GROUP.exec(item);
  if (tail !== null && (looksLikeName(tail[1]!) || looksLikeLongName(tail[1]!))) return [tail[1]!];
  // (A titled person before a bare 等 that closes the list: 市城市管理综合行政执法局局长邸志强等, 县长助理房志远等同志.)
  const etc = TITLED_THEN_ETC.exec(item);
  if (etc !== null && isTitledPerson(etc[1]!)) return [etc[1]!];
  const two = TWO_NAMES.exec(item);
  if (two !== null && looksLikeName(two[1]!) && looksLikeName(two[2]!) && !PLACE_START.test(two[1]!)) return [two[1]!, two[2]!];
  return [item];
}

/** The separators of a list's items, kept (a capture group). */
const SEPARATOR_RUN = /([、，,；;/／]+)/;

/**
 * The items of a list between its separators; a compound title's parts stay one item
 * (区委副书记、区长　黎志强; the 、 there separates two titles of one person, not two people).
 */
function listItems(text: string): string[] {
  if (!text.includes("、")) return text.split(NAME_SEPARATORS);
  const parts = text.split(SEPARATOR_RUN);
  const items: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const item = parts[i]!;
    const before = items.length > 0 ? items[items.length - 1]! : null;
    // (A title alone before 、, then a title and a name: one person's compound title.)
    if (before !== null && parts[i - 1] === "、" && ROLE_AT_END.test(toMatchable(before.trim())) && startsWithTitleThenName(item.trim())) items[items.length - 1] = `${before}、${item}`;
    else items.push(item);
  }
  return items;
}

/** Whether an item is a title and then a name (区长　黎志强, 常务副区长濮阳), not a name alone. */
function startsWithTitleThenName(item: string): boolean {
  // (One person only: a title and a name, a blank between or none; 陆海燕　区发展改革局局长　莫振宇 is two.)
  const chunks = item.split(BLANKS).filter((c) => c !== "");
  if (chunks.length > 2 || (chunks.length === 2 && !ROLE_AT_END.test(toMatchable(chunks[0]!)))) return false;
  const { name, title } = splitTitleName(item);
  return title !== null && name !== "" && compact(item).startsWith(title);
}

/**
 * Separates a title written before or after a name, dropping 同志 and padding.
 * @example splitTitleName("区委副书记、区长梁振华") // { name: "梁振华", title: "区委副书记、区长" }
 */
export function splitTitleName(s: string, compactText: (s: string) => string = compact): { name: string; title: string | null } {
  if (typeof s !== "string") return { name: "", title: null };
  const text = compactText(s).replace(COMRADE_SUFFIX, "");
  // Most list items are a bare name.
  if (text.length <= 4 && looksLikeName(text)) return { name: text, title: null };
  const m = toMatchable(text);
  // title before the name: the name is what follows the last role word
  const ends: number[] = [];
  ROLE_ANYWHERE.lastIndex = 0;
  for (let r = ROLE_ANYWHERE.exec(m); r !== null; r = ROLE_ANYWHERE.exec(m)) {
    // (An acting head written 县长（代）: the note is part of the title.)
    const end = r.index + r[0].length;
    // (委员 before 会 is part of an organisation's name, 旗发展和改革委员会, no title.)
    if (m.startsWith("委员会", end - 2)) {
      ROLE_ANYWHERE.lastIndex = r.index + 1;
      continue;
    }
    ends.push(m.startsWith("(代)", end) ? end + 3 : end);
    ROLE_ANYWHERE.lastIndex = r.index + 1; // overlapping: 处处长
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k];
    if (end < text.length && looksLikeName(text.slice(end))) {
      return { name: text.slice(end), title: text.slice(0, end) };
    }
  }
  // A long name after the last role word (旗长那顺乌力吉).
  const last = ends[ends.length - 1];
  if (last !== undefined && last < text.length && looksLikeLongName(text.slice(last))) return { name: text.slice(last), title: text.slice(0, last) };
  // name before the title: the title is a suffix (常务)?副?(区|县|市)?role
  const suffix = TITLE_SUFFIX.exec(m);
  // (Not an organ before its role: 区人大代表, 县政协委员.)
  if (suffix !== null && suffix.index > 0 && looksLikeName(text.slice(0, suffix.index)) && !ORGAN_BEFORE_ROLE.test(m.slice(0, suffix.index))) {
    return { name: text.slice(0, suffix.index), title: text.slice(suffix.index) };
  }
  // (A party-group title after the name: 黄伟县政府党组成员.)
  const party = NAME_THEN_PARTY_TITLE.exec(m);
  if (party !== null && looksLikeName(text.slice(0, party[1]!.length))) return { name: text.slice(0, party[1]!.length), title: text.slice(party[1]!.length) };
  // (An organ's office after the name: 梁勇镇人武部部长.)
  const organ = NAME_THEN_ORGAN_TITLE.exec(m);
  if (organ !== null && looksLikeName(text.slice(0, organ[1]!.length))) return { name: text.slice(0, organ[1]!.length), title: text.slice(organ[1]!.length) };
  // A title this vocabulary does not know, ending as titles do (…大队长王海): the name is the
  // last two or three characters when what stands before them ends like a title.
  // (A compound surname's name first, of three or four: 县财政局欧阳建军, 市广播电视台司徒敏 is no 市广播电视台司 and 徒敏.)
  for (const len of COMPOUND_SURNAME.test(text.slice(-4)) ? [4, 3, 2] : [3, 2]) {
    const cut = text.length - len;
    // (Not inside a transliterated name: 吐尔洪·司马义 is no title 吐尔洪·司 and a name 马义.)
    // (Nor the end of 委员会, cut after its 委 or 委员: 县发展和改革委员会 is no title 县发展和改革委 and a name 员会.)
    if (cut >= 2 && TITLE_LIKE_END.test(text[cut - 1]!) && !m.startsWith("委员会", cut - 2) && !m.startsWith("委员会", cut - 1) && looksLikeName(text.slice(cut)) && !ORGAN_END_NOT_SURNAME.test(text.slice(cut)) && !/[·•‧・]/.test(text.slice(0, cut))) {
      return { name: text.slice(cut), title: text.slice(0, cut) };
    }
  }
  // A long name after its organisation (州财政局那仁满都拉, …旅游局热依汗古丽·阿不都热依木): the
  // name starts after the organisation's last character nearest to it.
  const dot = indexOfMiddleDot(text);
  for (let cut = dot >= 0 ? dot - 1 : text.length - 5; cut >= 2; cut--) {
    if (!ORGANIZATION_END_CHAR.test(text[cut - 1]!)) continue;
    const name = text.slice(cut);
    if (dot >= 0 ? looksLikeName(name, 16) : looksLikeLongName(name) && !COMMON_WORD_CHAR.test(name)) return { name, title: text.slice(0, cut) };
    break;
  }
  return { name: text, title: null };
}

/** A group of leaders before the first name of a list, no title of a chair's: 县领导, 区政府领导. */
export const LEADERS_GROUP = /^[省市县縣區区旗州镇鎮乡鄉]?(?:政府)?[领領][导導]$/;

/** Characters of common words, never of a long transliterated name (…局邀请省级专家 is no name). */
const COMMON_WORD_CHAR = /[请請邀级級专專家省市县縣区區部门門会會议議工作要和与與及等的了在对對为為由是有各人员員组組织織]/;
/** The last character of an organisation's name, before a long name (州财政局那仁满都拉). */
const ORGANIZATION_END_CHAR = /[局委办辦室院所处處厅廳部站队隊团團心组組会會]/;

/** An organ's short name (区人大, 县政协, 市纪委): never a name before a role word. */
const ORGAN_BEFORE_ROLE = /^[区县市省州镇乡旗](?:人大|政协|纪委|委|政府)/;

/** The last character of most titles (长, 员, 任, 记, 师, 监 …) and organisations (局, 办, 室, 团, 府, 委员会, a town's 镇, 乡, 街道 …): a name may follow. */
const TITLE_LIKE_END = new RegExp(`[长長员員任记記理师師席官监監编編导導事督${UNIT_LAST_CHARS}司心团團府会會镇鎮乡鄉道]`);
/** Characters that end an organisation's name and never start a person's: 局刘晖 is no name, nor 委刘军 (县团委) or 会李伟 (管委会). */
const ORGAN_END_NOT_SURNAME = /^[局办辦室厅廳处處站队隊部团團委会會社联聯协協台馆館]/;

/** The most characters of a name written without a middle dot (Mongolian, Tibetan, Uyghur names). */
const LONG_NAME = 6;
/**
 * A Mongolian name of seven characters, each one of those its transliterations use (阿拉坦格日勒图, 乌力吉巴雅尔图,
 * 额尔德尼巴特尔): longer than {@link LONG_NAME} only so, as two names run together (崔立伟欧阳晓峰) are not.
 */
const MONGOLIAN_SEVEN = /^[阿拉坦格日勒图圖乌烏力吉巴雅尔爾额額德尼特斯琴高娃其木那顺順达達赖賴门門朝鲁魯宝寶音敖包苏蘇和满滿都呼毕畢胡恩赛賽罕塔娜仁花扎布哈查干诺諾敏白彦彥孟克吐赫希萨薩沁托娅婭温溫根伦倫贝貝宁寧金照乐樂]{7}$/;
/** The last character of most titles, organisations and places (…高新区, …产业园): such a word is no name. */
export const TITLE_OR_ORGAN_END = /[长長员員任记記理师師委席官监監编編导導事督局办辦室处處所站队隊院部厅廳会會司组組科股中心团團社厂廠场場区區园園县縣镇鎮乡鄉村学學校台馆館联聯协協]$/;
/** The start of a place or an organ's name (市…, 区…): such a word is no name. */
export const PLACE_START = /^[市区县省镇乡州盟旗]/;

/** Whether an item (compacted here) is a title and a name: 市住房城乡建设局局长谭云. */
export function isTitledPerson(item: string): boolean {
  const split = splitTitleName(compact(item));
  return split.title !== null && looksLikeName(split.name);
}

/**
 * Whether a word of five or six Han characters (seven of a Mongolian name's) is a name written without a middle dot
 * (那顺乌力吉, 乌云其木格): no title's or organisation's last character at its end, no place at its start.
 */
export function looksLikeLongName(s: string): boolean {
  return s.length > 4 && looksLikeName(s, MONGOLIAN_SEVEN.test(s) ? LONG_NAME + 1 : LONG_NAME) && !TITLE_OR_ORGAN_END.test(s) && !PLACE_START.test(s);
}

/** BMP Han characters accepted in names: CJK (with extension A) and compatibility ideographs. */
function isBmpNameHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** Where the first middle dot of a transliterated name stands in `s`, or -1. */
function indexOfMiddleDot(s: string): number {
  for (let i = 0; i < s.length; i++) if (isMiddleDot(s.charCodeAt(i))) return i;
  return -1;
}

/** Middle dots used in transliterated names (艾尔肯·吐尔洪; a full stop too, full-width or not: 阿依古丽．买买提, 艾尔肯.吐尔逊). */
function isMiddleDot(c: number): boolean {
  return c === 0x00b7 || c === 0x2022 || c === 0x2027 || c === 0x30fb || c === 0xff0e || c === 0x2e;
}

/**
 * Whether a string looks like a person's name: 2–4 Han characters (up to `maxChars` where the
 * context allows longer names), or Han parts joined by a middle dot.
 * @example looksLikeName("艾尔肯·吐尔洪") // true; looksLikeName("有关部门") // false
 */
export function looksLikeName(s: string, maxChars = 4): boolean {
  if (typeof s !== "string") return false;
  const text = s.trim();
  // One pass over the characters: Han (CJK extensions B and later as surrogate pairs) or middle
  // dots between Han parts; counted as code points.
  let count = 0;
  let dots = false;
  let partLength = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isBmpNameHan(c)) partLength++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      if (cp < 0x20000 || cp > 0x3ffff) return false;
      partLength++;
      i++;
    } else if (isMiddleDot(c)) {
      if (partLength === 0) return false;
      dots = true;
      partLength = 0;
    } else return false;
    count++;
  }
  if (dots ? partLength === 0 || count > 15 : count < 2 || count > maxChars) return false;
  const m = toMatchable(text);
  return !isOrganizationWord(m) && !INSTITUTIONAL_WORDS.test(m) && !ROLE_IN_NAME.test(m) && !NOT_A_NAME_END.test(m) && !(count >= 3 && NO_SURNAME_PLACE.test(m));
}

/** A place word no surname is (县工商联 is no name; 区 is a surname, 区志航). */
const NO_SURNAME_PLACE = /^[县縣市省镇鎮乡鄉旗]/;
/** Words no name ends with (a phrase cut by a line wrap: 派驻第⏎三纪检监察组), and office words no name holds (公室主). */
const NOT_A_NAME_END = /[第的]$|[室局厅署]/;
