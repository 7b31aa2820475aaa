// Named characters and character classes used by the tokens (micromark-util-symbol style).
// Chevrotain drops the RegExp `u` flag: classes are written as plain \uXXXX ranges.

export const IDEOGRAPHIC_SPACE = "\u3000";
export const NO_BREAK_SPACE = "\u00a0";
export const BYTE_ORDER_MARK = "\ufeff";
export const FULLWIDTH_COLON = "\uff1a"; // ：
export const ASCII_COLON = ":";
export const IDEOGRAPHIC_COMMA = "\u3001"; // 、
export const FULLWIDTH_LEFT_PAREN = "\uff08"; // （
export const FULLWIDTH_RIGHT_PAREN = "\uff09"; // ）
export const FULLWIDTH_FULL_STOP = "\uff0e"; // ．
export const PIPE = "|";

/** Blanks inside a line: space, tab, U+3000, NBSP, a stray BOM. */
export const BLANK_CHARS = " \t\u3000\u00a0\ufeff";

/** Chinese numerals used in topic markers (一、 / （一）). */
export const CN_DIGITS = "一二三四五六七八九十";
/** Chinese numerals used in written dates (二○二二年十二月五日). */
export const CN_DATE_DIGITS = "〇○零一二三四五六七八九十";
export const ASCII_DIGITS = "0123456789";
export const ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const FULLWIDTH_DIGITS = "０１２３４５６７８９";
/** The characters written as a transliterated name's middle dot (艾尔肯·吐尔逊), the full-width full stop too (阿依古丽．买买提): a regex class's content. */
export const MIDDLE_DOTS = "·•‧・．";
/** Numbers written in one character, each list from 1: circled ① … ⑳, in parentheses ⑴ … ⒇, with a full stop ⒈ … ⒛ (Word's numbering), Roman Ⅰ … Ⅻ. */
export const CIRCLED_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
/**
 * The other enclosed numbers that copies number their items with (WeChat articles, Word's
 * numbering), each list from 1: white on black ❶ … ❿ ⓫ … ⓴, sans-serif ➀ … ➉ and ➊ … ➓, double
 * circled ⓵ … ⓾. They are markers of the circled style, as ① … ⑳ are.
 */
export const OTHER_CIRCLED_NUMBERS = ["❶❷❸❹❺❻❼❽❾❿⓫⓬⓭⓮⓯⓰⓱⓲⓳⓴", "➀➁➂➃➄➅➆➇➈➉", "➊➋➌➍➎➏➐➑➒➓", "⓵⓶⓷⓸⓹⓺⓻⓼⓽⓾"];
/** Every enclosed number a circled marker may be: ① … ⑳ and the others (a regex class's content). */
export const ENCLOSED_NUMBERS = CIRCLED_NUMBERS + OTHER_CIRCLED_NUMBERS.join("");
export const DIGITS_IN_PARENS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
export const DIGITS_WITH_STOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";
export const ROMAN_NUMERALS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ";
/** Word's and WPS's one-character （一） … （十）: ㈠ … ㈩. */
export const IDEOGRAPHS_IN_PARENS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩";

/**
 * The last words of a unit's name before its colon in a list (县财政局：…, 城关镇：…), as a regex
 * alternation: shared by the grammar (a list line opened by a unit) and the builder (the unit
 * read off the names).
 */
export const UNIT_NAME_ENDS = "局|委|办|辦|室|府|院|会|會|协|協|联|聯|中心|公司|部|部门|部門|单位|單位|所|队|隊|镇|鎮|乡|鄉|街道|站|处|處|厅|廳|集团|集團|苏木|蘇木|嘎查|农场|農場|林场|林場|牧场|牧場";
/** The words that name those in charge, ending a group's sub-label in a list (站所负责人：…; a regex source). */
export const IN_CHARGE = "负责人|負責人|负责同志|負責同志";
/**
 * A sub-label inside a list before its people, naming what they came for (a regex source, before the colon):
 * 第一项议题, 议题一, 议题（一）, 全程列席 (列席人员：⏎　　第一项议题：县农业农村局局长　赖永平…).
 */
export const AGENDA_ITEM_SUBLABEL = "第[一二三四五六七八九十0-9]{1,3}项[议議][题題程]|[议議][题題程](?:[一二三四五六七八九十0-9]{1,3}|[（(][一二三四五六七八九十0-9]{1,3}[）)])|全程列席";
/**
 * The last characters of a unit's name written right before its person's in a list (县财政局柳丹, 县农村信用联社翁建华,
 * 人行桐溪支行欧阳晨, 县妇联蓝秀英; a character class's letters): the grammar's (a list's line goes on, an agenda item's
 * people are no topic's marker) and the builder's (where a name may follow a title or a unit).
 */
export const UNIT_LAST_CHARS = "局办辦室所院处處站队隊部厅廳委社行联聯协協学學台馆館";
/**
 * The last words of a person's title before a colon and the name in a list (县　长：龙海波, 县政协副主席：田丽君;
 * a regex alternation): the grammar's (a list's line goes on) and the builder's (the title read off).
 */
export const COLON_TITLE_ENDS = "[长長]|主任|主席|[书書][记記]|助理";
/**
 * A title alone in a list's title column, the grammar's and the builder's (区委副书记、代区长, 副区长、区公安分局局长,
 * 区人大常委会副主任 set over its name).
 */
export const TITLE_COLUMN = /^[\u3400-\u9fff、]{1,30}(?:[长長]|主任|[书書][记記]|委[员員]|主席|成[员員]|[专專][员員]|[顾顧]问|巡[视視][员員]|[调調]研[员員])$/;

/** Is `code` a blank inside a line? */
export function isBlank(code: number): boolean {
  // (A form feed too: a conversion's page break before a line, \f二、….)
  return code === 0x20 || code === 0x09 || code === 0x0c || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}

/** Is `code` a line break character? */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/**
 * Start-character hints for tokens that may start with any character of the ranges `[from, to]`
 * (inclusive code points in the BMP). Chevrotain's first-character optimisation keys characters
 * above U+00FF by buckets (of 255 code points in chevrotain 11), so one character per bucket
 * stands for the whole range; listing every character (the 21,000 ideographs, say) would cost
 * milliseconds at every start-up. Characters up to U+00FF are listed one by one; above, the
 * range's ends and the first character of each bucket of both 255 and 256 code points, found by
 * stepping from bucket to bucket (no loop over the whole range). A test lexes a line starting
 * with every character of the ranges to prove the hints complete.
 */
export function startChars(ranges: readonly (readonly [number, number])[]): string[] {
  const codes = new Set<number>();
  for (const [from, to] of ranges) {
    for (let c = from; c <= Math.min(to, 0xff); c++) codes.add(c);
    if (to <= 0xff) continue;
    const low = Math.max(from, 0x100);
    codes.add(low).add(to);
    for (const size of [255, 256]) {
      for (let c = Math.ceil(low / size) * size; c <= to; c += size) codes.add(c);
    }
  }
  return [...codes].sort((a, b) => a - b).map((c) => String.fromCharCode(c));
}

/** The ideographs' ranges: CJK Unified Ideographs with extension A, and the compatibility ideographs. */
export const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x3400, 0x9fff],
  [0xf900, 0xfaff],
];

/** Start-character hints for tokens that may start with any CJK ideograph (see {@link startChars}). */
export function cjkChars(): string[] {
  return startChars(CJK_RANGES);
}

/** The labels of the notes at a 版记's foot, who recorded, checked or edited it (记录：, 校对：, 核稿：, 审核：, 责任编辑：): a regex source. */
export const FOOT_NOTE_LABEL = "记\\s*录|記\\s*錄|校\\s*[对對]|核\\s*稿|[审審]\\s*核|[编編]\\s*[辑輯]|[责責]任[编編][辑輯]";

/**
 * A reason after a name and a dash, to the item's end (a separator, a U+3000 before the next name,
 * or the line's end): 郝伟——出差, 苗　娟——参加省政府培训, 丁一鸣——出差　吴春燕——… (a regex source).
 */
export const DASH_NOTE = "[—–－]{1,2}[^、，,；;\\r\\n—–－\\u3000]{1,20}(?=[、，,；;\\r\\n\\u3000]|$)";

/** An editor's credit as a cell of a page's date row (2022-10-09 15:32:18　编辑：王雪), which ends the date. */
export const EDITOR_CELL = /^[ \t\u3000]*(?:责任|責任)?(?:编辑|編輯)[ \u3000]*[：:]/;

/** A disclosure note that may close a 落款's date line: （此件公开发布） (a regex source, the note alone). */
export const DISCLOSURE_NOTE_SOURCE = "[（(]此件[^（()）\\r\\n]{2,8}[）)]";
/** {@link DISCLOSURE_NOTE_SOURCE} as a whole token's image. */
export const DISCLOSURE_NOTE = new RegExp(`^${DISCLOSURE_NOTE_SOURCE}$`);
