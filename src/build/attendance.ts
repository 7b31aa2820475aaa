// Attendance statements inside paragraphs: 出席会议的有A、B… / A、B应邀出席会议 / 党委副书记C因公缺席.
import type { AttendanceNote, Person } from "../model/index.js";
import type { BuildContext } from "./context.js";
import { type Span, blankOut, cut, slice, stripEnd } from "./sentences.js";
import { BRACKET_NOTE, PLACE_START, TITLE_ROLE_AT_END, isTitledPerson, looksLikeLongName, looksLikeName, splitTitleName } from "./values/names.js";
import { compact, toMatchable } from "./values/text.js";

/** The people lists of the model that attendance statements fill. */
export type Role = AttendanceNote["role"];

/** What the statements of a paragraph say. */
export interface Attendance {
  people: Record<Role, Person[]>;
  notes: AttendanceNote[];
}

/**
 * Verb phrases that end (or, with 的有, open) a list of people; longest first. (With what comes
 * with the verb: 共同出席…, …应邀出席会议并讲话; a wrap before 的有: 出席会议⏎的有：….)
 */
const VERB =
  /(?:应邀|特邀|受邀)\s*列席(?:(?:常务)?会议)?的[^:：,，。;；]{1,30}[:：]|(?:应邀|特邀|受邀)\s*列席(?:(?:常务)?会议)?的(?=[^:：,，。;；、]{2,12}?(?:代表|委员|委員))|(?:应邀|特邀|受邀)(?:出席|参加|列席)(?:会议)?(?:人员[:：]|的(?:还)?有[:：]?|的[^:：,，。;；]{1,16}[:：]|[:：])|(?:出席|列席|参加|参会|请假|缺席)(?:会议)?(?:人员|领导|的?(?:[县区市州镇乡旗盟](?:政府)?|管委会)领导|的?(?:单位|部门)(?:[（(]单位[）)])?(?:(?:及|和|与)人员|负责(?:人|同志))|第[一二三四五六七八九十0-9、,，和及至-]{1,12}项(?:议题|议程))?[ \u3000]*[:：]|(?:出席|列席|参加)(?:会议)?(?:[ \t]*\r?\n[ \t]*)?的(?:还)?(?:[^,，。;；:：、\s]{1,6}?)?有(?:[（(][^（()）]{1,20}[）)])?[:：]?|(?:也|还|均|亦|等|共同|一同|一起|分别)?(?:应邀|特邀|受邀)\s*列席(?:了)?(?:会议)?(?:并讲话)?|(?:也|还|均|亦|等|共同|一同|一起|分别)?(?:应邀|特邀|受邀)(?:出席|参加)(?:了)?(?:会议)?(?:并(?:作|发表)?(?:重要)?讲话|并致辞)?|(?:也|还|均|亦|等|共同|一同|一起|分别|代为)?出席(?:了)?\s*(?:上述)?(?:常务)?会议(?:并(?:作|发表)?(?:重要)?讲话|并致辞)?|(?:也|还|均|亦)?(?:参加|列席)(?=[,，。;；]|$)|(?:也|还|均|亦|等)?(?<!未能?|没有)(?:到会|参会|与会)(?=[,，。;；]|$)|(?:也|还|均|亦|等|共同|一同|一起)?参加(?:了)?\s*(?:上述)?(?:常务)?会议(?![ \t\u3000]*请[病事]?假)|(?:也|还|均|亦)?参加(?:了)?第[一二三四五六七八九十0-9、和及至-]{1,12}项(?:议题|议程)(?:起|开始|以后|之后)?的?(?:会议|讨论|审议|研究)?|(?:共同|代为)?出席|(?:也|还|均|亦|等|常务|全程|分别)?列席(?:了)?\s*(?:(?:上述)?(?:常务)?会议|(?:第[一二三四五六七八九十0-9、和及至-]{1,12}项|相关|有关|该|本|此)(?:项)?(?:议题|议程)(?:的?(?:讨论|审议|研究))?)|(?:均|都)?(?:因[^,，。;；、:：()（）]{0,16}?|(?:在外|外出)[^,，。;；、:：()（）]{0,6}?|出差|参加[^,，。;；、:：()（）]{1,12}?|书面)?(?:请[病事]?假|缺席|未能?出席(?:会议)?|未能?参加(?:会议)?|未能?到会|没有(?:出席|参加)(?:会议)?)(?:(?:会议)?的(?:还)?有[:：]?|[:：](?=[^,，。;；]{2}))?/g;
const ROLE_OF: [RegExp, Role][] = [
  // (A reason may name another meeting: 因参加省委党校学习请假.)
  [/(?:缺席|请[病事]?假|未能?出席|未能?参加|未能?出席会议|未能?参加会议|未能?到会|没有(?:出席|参加)(?:会议)?)[:：]?$/, "absentees"],
  [/^(?:也|还|均|亦|等|共同|一同|一起|分别)?(?:应邀|特邀|受邀)\s*列席/, "invitedObservers"],
  [/^(?:也|还|均|亦|等|共同|一同|一起|分别)?(?:应邀|特邀|受邀)/, "invitedAttendees"],
  [/列席/, "observers"],
  [/缺席|请[病事]?假/, "absentees"],
  [/出席|参加|参会|到会|与会/, "attendees"],
];
/** The meeting's invitation opening the list before the verb: 会议邀请…列席, 还邀请了…参加 (matchable text). */
const INVITED_BEFORE = /^\s*(?:会议)?(?:还|也|特别)?(?:邀请(?:了)?|特邀)/;
/** The invitation noted between the list and its verb: 市中级人民法院院长韩德明（应邀）出席会议 (matchable text). */
const INVITED_NOTE_AT_END = /[（(](?:应邀|特邀|受邀)[）)]\s*$/;
/**
 * Where or how the people before a verb took part: 在主会场, 在分会场, 分别在沙港镇、梅岭街道分会场, 在线上, 通过视频方式,
 * 在各自所在地通过线上方式, 通过视频, 通过视频连线 (matchable text).
 */
const VENUE_BEFORE_VERB = /(?:分别)?(?:在(?:[^,，。;；在]{0,24}?(?:主|分|各))?会场|在线上|(?:在[^,，。;；在的]{1,12}?)?(?:通过|以)(?:[^,，。;；]{1,10}?(?:方式|形式)|(?:视频|网络|线上|远程)(?:连线|会议)?))$/;
/** An invitation between the people and where they took part: …田有福应邀在主会场参加会议 (matchable text). */
const INVITED_AT_END = /(?:应邀|特邀|受邀)$/;
/** The leaders' group word before their names: 县领导, 市政府领导 (a list's first blank-separated chunk). */
const LEADERS_WORD = /^[县縣区區市州旗盟镇鎮乡鄉](?:政府)?[领領][导導]$/;
/** Where a person was, told before the person as a clause of 的: 在北京出差的, 正在省委党校参加培训的 (matchable text). */
const AWAY_OPENS = /^\s*(?:正)?在[^,，。;；、的]{1,14}?(?:出差|学习|培训|开会|调研|考察|招商|休假|参加[^,，。;；、的]{1,10})的/;
/**
 * Where a person was, told after the person in a clause of its own before how they joined: 副区长孔令辉在外出差，
 * (通过视频连线参加会议) (matchable text).
 */
const AWAY_AT_END = /(?:正)?在[^,，。;；、的在]{1,14}?(?:出差|学习|培训|开会|调研|考察|招商|休假)[,，]?\s*$/;
/** A late arrival after the person, in a clause of its own: 副县长苏婉因接待省检查组迟到，(参加了第二项议题起的会议) (matchable text). */
const LATE_AT_END = /(?:因[^,，。;；、]{1,20}?)?迟到[,，]?\s*$/;
/** The longest clause read as a list of people (about twenty titled names). */
const MAX_LIST_CLAUSE = 400;
/** Verbs after which the list follows: 出席会议的有…, 出席会议的区领导有…, 请假：… */
const LIST_FOLLOWS = /的(?:还)?(?:[^,，。;；:：、\s]{1,6}?)?有[:：]?$|[:：]$|列席(?:会议)?的$/;
/** A clause that ends with its comma. */
const COMMA_AT_END = /[,，]\s*$/;
const COMMA_OR_SEMICOLON = /[,，;；]/;
/** A clause that cannot be part of a list of people. */
const NOT_A_LIST = /主持|召开|会议|研究(?![室院所生员員]|中心)|传达|审议|听取|[0-9]月|[0-9一二三四五六七八九十]日/;
/**
 * A group of people named by office only: 有关部门主要负责同志, 县直有关单位负责人, 市政府办公室全体班子成员; or opened by
 * 各, whatever their title: 各社区党组织书记, 各平台公司董事长.
 */
const UNNAMED_GROUP = /^\s*(?:及|和|以及)?各[\u3400-\u9fff（）()]{2,24}$|负责\s*同\s*志|负\s*责\s*人|有关部门|有关单位|有关企业|相关部门|相关单位|相关企业|各部门|代表|委员$|人员$|成员$|领导$|级以上(?:干部)?$/;
/** 及 / 以及 / 和 before a unit, at the end of a list item: 彭　凯及县政府办, 仝海燕和市发展改革委 (和 only before an organ's level). */
const JOINED_UNITS = /(?:(?:以及|及)[^及、]{2,16}|和(?=[市县区镇乡州省旗])[^和及、]{2,16})(?:办|局|委|院|府|室|中心|部门|部|单位|会)$/;
/** 及 / 和 / 以及 before an unnamed group, at the end of a list item. */
const GROUP_AFTER = /(?:以及|及|和)[^及和、]*(?:负责同志|负责人|有关部门|有关单位|相关部门|相关单位|各部门)[^及和、]*$/;
/** A clause that is only organs' names: 县政府办公室, 县财政局、审计局. */
const ORGANS_ONLY = /^\s*[\u3400-\u9fff、（）()]{2,60}(?:办公室|局|委|院|中心|政府|镇|乡|苏木|街道|办)$/;
/** An item that is only the 等 closing a list. */
const ETC_ONLY = /^\s*等(?:人|同志)?\s*$/;
const CLAUSE_PUNCTUATION_AT_END = /[,，;；\s]+$/;
/** Items are separated by 、 (and by blanks in padded lists). */
const ITEM_SEPARATOR = /[、]/;

/** An unnamed group and the word that joins the next item to it: …主要负责同志和, …负责人、. */
const GROUP_THEN_JOINER = /(?:负责同志|负责人)(?:和|及|以及|、)/g;

/**
 * The clauses, each cut after an unnamed group that a joiner ties to what follows (区财政局、区自然资源局
 * 主要负责同志和区政府办公室副主任杜明列席会议): the group is stepped over as a clause of its own.
 */
function groupsApart(clauses: Span[]): Span[] {
  return clauses.flatMap((c) => {
    if (!c.match.includes("负责")) return [c];
    const out: Span[] = [];
    let from = 0;
    for (const m of c.match.matchAll(GROUP_THEN_JOINER)) {
      const to = m.index + m[0].length;
      // (Not before another group: …主要负责同志和议题涉及单位负责同志 is one.)
      if (to >= c.text.length || UNNAMED_GROUP.test(c.match.slice(to))) break;
      out.push(slice(c, from, to));
      from = to;
    }
    out.push(slice(c, from, c.text.length));
    return out;
  });
}

/** Empty attendance lists. */
export function emptyAttendance(): Attendance {
  return { people: { attendees: [], invitedAttendees: [], absentees: [], observers: [], invitedObservers: [] }, notes: [] };
}

/** A bracketed statement of absence right after an attendance verb: 出席会议（副县长孟德胜因公请假）. */
const ABSENCE_STATEMENT_NOTE = /(?<=会议|出席|列席|参加)[（(][^（()）]{2,30}?(?:请假|請假|缺席)[）)]/g;
/** What a note says that names others absent, a reason maybe between: 芮文斌请假, 郁琴、屠建英因公请假 (a regex source). */
const NAMES_ABSENT = "(?!因|在|赴|外出|出差)[\\u3400-\\u9fff·]{2,4}(?:、[\\u3400-\\u9fff·]{2,4})*(?:因[^（()）、]{1,10})?(?:请[病事]?假|請假|缺席)";
/** A bracketed note after a name in a list that names others absent: …马国强（请假：丁文杰）, …季永红（芮文斌请假）. */
const NAMED_ABSENCE_NOTE = new RegExp(`(?<=[\\u3400-\\u9fff])[（(](?:(?:请假|請假|缺席)[:：][^（()）]{2,30}|${NAMES_ABSENT})[）)]`, "g");
/** A sentence in brackets whole (the blanks before it, the brackets, what they hold). */
const WHOLE_BRACKET = /^(\s*)[（(]([^（()）]{2,80})[）)](?=[。.]?\s*$)/;
/** An opening bracket that opens an item and is closed nowhere in it (the half of a bracket a ；cut from the rest). */
const UNCLOSED_AT_START = /^(\s*)[（(](?=[^（()）]*$)/;
/** An opening bracket, where a note may stand. */
const NOTE_OPENS = /[（(]/;

/**
 * The verbs that stand outside bracketed notes: a reason may name another meeting
 * (校长汪海涛（赴省教育厅参加会议）、副校长蒋一帆（…）请假), which is no verb of this one.
 */
function withoutNoted(text: string, matches: RegExpExecArray[]): RegExpExecArray[] {
  if (!NOTE_OPENS.test(text)) return matches;
  const notes = [...text.matchAll(BRACKET_NOTE)].map((n) => [n.index, n.index + n[0].length] as const);
  return matches.filter((m) => !notes.some(([start, end]) => m.index > start && m.index + m[0].length < end));
}

/** A note naming others absent between a list and its verb: 陶然（秦虹、朱晓燕请假）参加会议 (the note's words in group 1). */
const NOTE_BEFORE_VERB = new RegExp(`(?<=[\\u3400-\\u9fff])[（(](${NAMES_ABSENT})[）)](?=[ \\t\\u3000]*(?:也|还|均|亦|等|共同)?(?:出席|参加|列席))`);
/** How far after such a note its verb may start. */
const VERB_AFTER_NOTE = 4;
/** A note at an item's end that marks the person absent: 字成刚（请假）, 秦虹（因公请假）. */
const ABSENT_ITEM_NOTE = /[（(](?:(?:因|在|赴|到|随|参加|外出|出差|陪同)[^（()）]{0,14}?)?(?:请[病事]?假|缺席|未出席|未参加)(?:会议)?(?:[ ,，、][^（()）]{1,8})?[）)][、,，;；\s]*$/;

/**
 * The people a sentence excepts from those it says attended, absent (matchable text): 除副区长雷家明因公出差、
 * 副区长鲁　静因病住院外，…参加会议, a note's comma inside its brackets, 除副县长韩立东（因公出差，请假）外; 县政府领导班子成员（副县长厍文斌因公赴省城汇报工作除外）出席会议 (group 1 or 2).
 */
const EXCEPTED = /除(?!此)((?:[^，,。；;：:（(]|[（(][^（()）]{0,20}[）)]){2,60}?)(?:以)?外(?=[，,]?[^，,。；;]{0,40}?(?:出席|参加|参会))|[（(]([^（()）]{2,40}?)除外[）)]/g;

/** An absence's verb ending an excepted clause: …请假, …因公缺席 (before 外). */
const EXCEPTED_VERB_AT_END = /(?:请[病事]?假|缺席|未能?(?:出席|参加)(?:会议)?)$/;
/** Who entrusted the person after it, with its comma: 受县人大常委会主任李永强委托， (no one attending). */
const ENTRUSTED_CLAUSE = /受[^，,。；;：:]{1,30}?委托[，,]?/g;

/** Reads the attendance statements of one sentence into `into`. */
export function readAttendance(sentence: Span, ctx: BuildContext, into: Attendance): void {
  // (Who entrusted another to attend names no one present: 受县人大常委会主任李永强委托，县人大常委会副主任邓美兰应邀出席会议.)
  if (sentence.match.includes("委托")) for (const e of sentence.match.matchAll(ENTRUSTED_CLAUSE)) sentence = blankOut(sentence, e.index, e.index + e[0].length);
  // People excepted from those present are absent, and no part of the list the sentence goes on with.
  if (sentence.match.includes("除")) {
    let rest = sentence;
    for (const e of sentence.match.matchAll(EXCEPTED)) {
      // (Its verb before 外 no part of the last name: 除…邱美玲（因病）请假外.)
      const inner = (e[1] ?? e[2]!).replace(EXCEPTED_VERB_AT_END, "");
      const at = e.index + e[0].indexOf(inner);
      const span = slice(sentence, at, at + inner.length);
      const people = peopleBeforeReason(span, ctx) ?? listPeople(span, ctx);
      if (people === null || people.length === 0) continue;
      for (const p of people) if (!into.people.absentees.some((q) => q.name === p.name)) into.people.absentees.push(p);
      rest = blankOut(rest, e.index, e.index + e[0].length);
    }
    sentence = rest;
  }
  // A note naming others absent between the list and its verb is read on its own, after the
  // statement it interrupts: 县领导许文斌、葛文、陶然（秦虹、朱晓燕请假）参加会议 — three present, two absent.
  const interrupting = NOTE_OPENS.test(sentence.match) ? NOTE_BEFORE_VERB.exec(sentence.match) : null;
  if (interrupting !== null) {
    const noteStart = interrupting.index;
    const noteEnd = noteStart + interrupting[0].length;
    const blanked = blankOut(sentence, noteStart, noteEnd);
    VERB.lastIndex = noteEnd;
    const verb = VERB.exec(blanked.match);
    VERB.lastIndex = 0;
    const cutAt = verb !== null && verb.index - noteEnd <= VERB_AFTER_NOTE ? verb.index + verb[0].length : noteEnd;
    readAttendance(slice(blanked, 0, cutAt), ctx, into);
    readAttendance(slice(sentence, noteStart + 1, noteEnd - 1), ctx, into);
    readAttendance(slice(sentence, cutAt, sentence.text.length), ctx, into);
    return;
  }
  // A bracketed statement of absence after the verb (…出席会议（副县长孟德胜因公请假）) is a clause of its own.
  if (NOTE_OPENS.test(sentence.match)) sentence = { ...sentence, match: sentence.match.replace(ABSENCE_STATEMENT_NOTE, (n) => `，${n.slice(1, -1)}，`) };
  // (So is a note after a name that names others absent, its brackets read as commas in the text too.)
  if (NOTE_OPENS.test(sentence.match) && sentence.match.search(NAMED_ABSENCE_NOTE) >= 0) {
    const unbracket = (n: string): string => `，${n.slice(1, -1)}，`;
    sentence = { ...sentence, text: sentence.text.replace(NAMED_ABSENCE_NOTE, unbracket), match: sentence.match.replace(NAMED_ABSENCE_NOTE, unbracket) };
  }
  // (So is a line in brackets whole, after the lists: （县长鲍振中因公缺席，副县长毛文静因病请假）.)
  const whole = NOTE_OPENS.test(sentence.match) ? WHOLE_BRACKET.exec(sentence.match) : null;
  if (whole !== null) sentence = { ...sentence, match: sentence.match.slice(0, whole.index + whole[1]!.length) + " " + whole[2] + " " + sentence.match.slice(whole.index + whole[0].length) };
  const matches = withoutNoted(sentence.match, [...sentence.match.matchAll(VERB)]);
  /** The people of the lists read below whose note marks them absent. */
  const absent = new Set<Person>();
  let previousEnd = 0;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    let role = ROLE_OF.find(([re]) => re.test(m[0]))?.[1] ?? "attendees";
    let people: Person[] | null;
    let statement: Span;
    if (LIST_FOLLOWS.test(m[0])) {
      // 出席会议的有A、B、C / 请假：A，B: the list follows, clause by clause while clauses are
      // people, up to the next verb.
      const next = matches[k + 1];
      const rest = slice(sentence, verbEnd, next ? next.index : sentence.text.length);
      people = [];
      let last = verbEnd;
      // (Items may end in ；: 列席会议的有：…主任何勇；…局长郑杰；….)
      // (Not at a comma inside a note: 秦立军（副召集人，市政府副秘书长）.)
      const clauses = cut({ ...rest, match: rest.match.replace(BRACKET_NOTE, (n) => n.replace(/[,，;；]/g, " ")) }, COMMA_OR_SEMICOLON);
      // The last clause, when a verb with its list before it follows right on (…蒋红，秦立同志因出差请假), is that verb's.
      if (next !== undefined && !LIST_FOLLOWS.test(next[0]) && clauses.length > 1 && !COMMA_AT_END.test(clauses[clauses.length - 1]!.match)) clauses.pop();
      for (const clause of clauses) {
        const found = listPeople(clause, ctx, absent);
        if (found === null || found.length === 0) {
          // (An unnamed group among the people, as before a verb: 列席会议的有：市政府办公室、…主要负责同志，市政府副秘书长陈涛….)
          if (clause !== clauses[clauses.length - 1] && unnamedGroupClause(clause, false)) continue;
          break;
        }
        people.push(...found);
        last = clause.start - sentence.start + clause.text.length;
      }
      statement = slice(sentence, verbStart, last);
      previousEnd = last;
    } else {
      // A、B出席会议: the list stands before the verb, clause by clause back to a non-list clause.
      // (Where they sat is no part of the list: …许志刚在主会场参加会议.)
      const venue = VENUE_BEFORE_VERB.exec(sentence.match.slice(previousEnd, verbStart));
      let before = slice(sentence, previousEnd, verbStart - (venue?.[0].length ?? 0));
      const invitedThere = venue !== null ? INVITED_AT_END.exec(before.match) : null;
      if (invitedThere !== null) before = slice(sentence, previousEnd, verbStart - venue![0].length - invitedThere[0].length);
      // (Invited by the meeting, the list after 邀请: 会议邀请县人大代表温春华、县政协委员郜建新列席 — invited observers.)
      // (Or by 特邀 before the list, 特邀市人大常委会副主任尉迟峰、…出席会议, or a note after it, 韩德明（应邀）出席会议.)
      const invitable = role === "observers" || role === "attendees";
      const invited = invitable ? INVITED_BEFORE.exec(before.match) : null;
      const invitedNote = invitable ? INVITED_NOTE_AT_END.exec(before.match) : null;
      if (invited !== null) before = blankOut(before, 0, invited[0].length);
      if (invitedNote !== null) before = blankOut(before, invitedNote.index, before.text.length);
      if (invitable && (invited !== null || invitedNote !== null || invitedThere !== null)) role = role === "observers" ? "invitedObservers" : "invitedAttendees";
      // (Clauses end at ； too: 县人民法院院长邰秀芬，县人民检察院检察长聂永明；县政府办公室，…的负责同志；…列席会议.)
      // (Nor at a comma inside a note: 包国平（在市委党校学习，请假）、蒋立春出席会议.)
      const clauses = groupsApart(cut(NOTE_OPENS.test(before.match) ? { ...before, match: before.match.replace(BRACKET_NOTE, (n) => n.replace(/[,，;；]/g, " ")) } : before, COMMA_OR_SEMICOLON));
      people = [];
      let first = verbStart;
      for (let i = clauses.length - 1; i >= 0; i--) {
        const clause = clauses[i]!;
        let found = role === "absentees" ? (peopleBeforeReason(clause, ctx) ?? listPeople(clause, ctx)) : listPeople(clause, ctx, absent);
        // (Where one who joined from afar was, after the name: 副区长孔令辉在外出差，通过视频连线参加会议; or that one came
        // late: 副县长苏婉因接待省检查组迟到，参加了第二项议题起的会议.)
        if ((found === null || found.length === 0) && role === "attendees") {
          const after = (venue !== null ? AWAY_AT_END.exec(clause.match) : null) ?? LATE_AT_END.exec(clause.match);
          if (after !== null && after.index >= 2) found = listPeople(slice(clause, 0, after.index), ctx, absent);
        }
        if (found === null || found.length === 0) {
          // An unnamed group (市直有关部门主要负责同志) may stand among named people: step over it.
          // (Tested without the comma that ends it: …县工商联领导，.)
          // (So may an organ's name that opens such a group across a comma: 县政府办公室，县财政局…的负责同志.)
          // (So may a title with no name: 市政府秘书长矫志鹏，市政府副秘书长，市直有关部门主要负责同志列席.)
          if (unnamedGroupClause(clause, i < clauses.length - 1) || (i > 0 && isTitleOnly(stripEnd(clause.text).replace(CLAUSE_PUNCTUATION_AT_END, "")))) {
            first = clause.start - sentence.start;
            continue;
          }
          break;
        }
        people = [...found, ...people];
        first = clause.start - sentence.start;
      }
      statement = slice(sentence, first, verbEnd);
      previousEnd = verbEnd;
    }
    // (One of those present marked absent by a note after the name: 字成刚（请假）、罗丽娟出席会议.)
    if (role !== "absentees" && people !== null && absent.size > 0) {
      for (const p of people) if (absent.has(p) && !into.people.absentees.some((q) => q.name === p.name)) into.people.absentees.push(p);
      people = people.filter((p) => !absent.has(p));
      absent.clear();
      if (people.length === 0) continue;
    }
    if (people === null || people.length === 0) {
      into.notes.push({ role, text: stripEnd(statement.text), position: ctx.position(statement.start, statement.start + statement.text.length) });
      continue;
    }
    const known = new Set(into.people[role].map((q) => q.name));
    for (const p of people) if (!known.has(p.name)) into.people[role].push(p);
  }
  // A person a note names absent is no attendee, wherever the list named them: …徐丽娟、祝海明（蒋国栋、徐丽娟请假）.
  const absentNames = new Set(into.people.absentees.map((p) => p.name));
  if (absentNames.size > 0) {
    const present = into.people.attendees;
    for (let i = present.length - 1; i >= 0; i--) if (absentNames.has(present[i]!.name)) present.splice(i, 1);
  }
}

/**
 * The reason for an absence after the people it names, to the clause's end (matchable text): 因公出差, 在市委党校…学习,
 * 参加…培训, 带队赴浙江开展劳务协作对接, a short note in brackets inside it (因公出国（境）).
 */
const REASON_AT_END = /(?:因|在|赴|到|随|参加|外出|出差|陪同|带队|率队|带领|率领)(?:[^、，,；;()]|\([^()]{1,4}\)){1,40}?[,，;；]?\s*$/;
/** Reasons after 分别, one for each person named before it, to the clause's end (matchable text). */
const RESPECTIVE_REASONS = /分别(?:因|在|赴|到|参加|外出|出差|陪同)[^，,；;]*$/;
/** The reason after each person of such a clause but the last: 区领导邹志伟因公出差、钱立新(因病请假) (matchable text). */
const REASON_IN_ITEM = /(?:因|赴|外出|出差|陪同)[^、，,；;()（）]{1,20}(?=、)/g;

/**
 * The people of an absence's clause that ends with the reason (副县长郜永春因公出差，未出席会议; 副县长班勇在
 * 市委党校…学习，请假), the reason left out; null where none is read without it.
 */
function peopleBeforeReason(clause: Span, ctx: BuildContext): Person[] | null {
  // (Each with a reason of their own after 分别: 副区长蔺志远、仉　菲分别因参加…学习、带队赴…招商未出席会议.)
  const respective = RESPECTIVE_REASONS.exec(clause.match);
  if (respective !== null && respective.index >= 2) {
    const people = listPeople(slice(clause, 0, respective.index), ctx);
    return people !== null && people.length > 0 ? people : null;
  }
  const reason = REASON_AT_END.exec(clause.match);
  let span = reason === null || reason.index < 2 ? clause : slice(clause, 0, reason.index);
  // (Each person's reason blanked out where people and reasons alternate: 邹志伟因公出差、钱立新因病请假.)
  if (span.match.includes("、") && span.match.search(REASON_IN_ITEM) >= 0) {
    for (const r of span.match.matchAll(REASON_IN_ITEM)) span = blankOut(span, r.index, r.index + r[0].length);
  } else if (span === clause) return null;
  const people = listPeople(span, ctx);
  return people !== null && people.length > 0 ? people : null;
}

/**
 * The people of one clause of a list (`副县长李红霞、王德胜`, `县委常委、副县长张启明`), or null
 * when some item is not a person. An item that is only a title joins the next one. The people
 * a note marks absent (字成刚（请假）) are added to `absent` too.
 */
export function listPeople(clause: Span, ctx: BuildContext, absent?: Set<Person>): Person[] | null {
  let text = stripEnd(clause.text);
  // A list clause is names and titles: a very long one is prose (and would cost time for nothing).
  // (The group it ends with may name the meeting: …等县人民政府常务会议组成人员.)
  if (text === "" || text.length > MAX_LIST_CLAUSE || NOT_A_LIST.test(stripEnd(clause.match).replace(BRACKET_NOTE, "").replace(GROUP_TAIL, ""))) return null;
  const offset = clause.start + clause.text.indexOf(text);
  let match = clause.match.slice(clause.text.indexOf(text), clause.text.indexOf(text) + text.length);
  // (A group's label with its colon opens the clause, no part of the first name: ；区政协委员：官天佑、韩天明.)
  const group = GROUP_LABEL_OPENS.exec(match);
  if (group !== null && group[0].length < text.length) ({ text, match } = blankOut({ text, match, start: offset }, 0, group[0].length));
  // (Nor where the person was, told before: 在北京出差的副区长韩雪松, 在省委党校参加培训的倪晓辉副区长.)
  const away = AWAY_OPENS.exec(match);
  if (away !== null && away[0].length < text.length) ({ text, match } = blankOut({ text, match, start: offset }, 0, away[0].length));
  // (Nor are the delegates' groups after 等 any item: 吴阿努、姜明芳等州人大代表、州政协委员.)
  const delegates = match.includes("等") ? DELEGATES_TAIL.exec(match) : null;
  if (delegates !== null && delegates.index > 0) ({ text, match } = blankOut({ text, match, start: offset }, delegates.index, match.length));
  // (Items end at no 、 inside a note: 钟丽娟（第一、二项议题）、孟庆林.)
  let listed = cut({ text, match: match.includes("、") && NOTE_OPENS.test(match) ? match.replace(BRACKET_NOTE, (n) => n.replace(/、/g, " ")) : match, start: offset }, ITEM_SEPARATOR);
  // A person, then 及 and units that end in an unnamed group (县长助理彭　凯及县政府办、县发改委…主要负责同志):
  // the units add nobody, the person stays.
  const lastItem = listed[listed.length - 1];
  if (listed.length > 1 && lastItem !== undefined && UNNAMED_GROUP.test(lastItem.match)) {
    const k = listed.findIndex((item) => JOINED_UNITS.test(stripEnd(item.match)));
    if (k >= 0) listed = [...listed.slice(0, k), slice(listed[k]!, 0, JOINED_UNITS.exec(stripEnd(listed[k]!.match))!.index)];
  }
  let items = listed.flatMap(blankSeparatedNames);
  if (match.includes("等") || match.includes("和") || match.includes("及")) items = items.flatMap(joinedPeople);
  const people: Person[] = [];
  let pendingTitle: Span | null = null;
  for (let item of items) {
    // A person joined to an unnamed group (县政府办公室主任段志强及县直有关部门主要负责人): the group adds nobody.
    const group = item.text.length > 6 ? GROUP_AFTER.exec(item.match.slice(0, stripEnd(item.text).length)) : null;
    if (group !== null && group.index >= 2) item = slice(item, 0, group.index);
    // A group, then the people it holds in brackets (各村党支部书记（滕春林、管立明、蔺秀珍）): each a person of that title.
    // (Not a person's note: 副县长王明（挂职）.)
    const grouped = NAMES_IN_NOTE.exec(stripEnd(item.match));
    if (grouped !== null && grouped.index >= 2 && isTitleOnly(item.text.slice(0, grouped.index))) {
      const inner = grouped[1]!.split(NOTE_NAME_GAP);
      if (inner.length > 0 && inner.every((n) => looksLikeName(n))) {
        pendingTitle = null;
        const title = ctx.compact(item.text.slice(0, grouped.index));
        let from = grouped.index;
        for (const name of inner) {
          const at = item.text.indexOf(name, from);
          from = at + name.length;
          people.push({ name, title, position: ctx.position(item.start + at, item.start + at + name.length) });
        }
        continue;
      }
    }
    const markedAbsent = absent !== undefined && ABSENT_ITEM_NOTE.test(item.match);
    // A bracketed note (张三（市发改委）) is not part of the name: blank it out, offsets unchanged.
    // (Nor is the half of a bracket a ；cut from its other half: （区人大常委会副主任鲁宏….)
    if (item.text.includes("(") || item.text.includes("（")) item.text = item.text.replace(BRACKET_NOTE, (n) => " ".repeat(n.length)).replace(UNCLOSED_AT_START, "$1 ");
    const raw = stripEnd(item.text);
    // (Nor is a 等 a slot left empty before it: 黄　炜、、邵家明、、⏎等.)
    if (raw === "" || ETC_ONLY.test(raw)) continue;
    const joined: string = pendingTitle ? pendingTitle.text + item.text : item.text;
    // The name and title come out compact.
    const { name, title } = splitTitleName(stripEnd(joined), ctx.compact);
    const start: number = pendingTitle ? pendingTitle.start : item.start;
    if (looksLikeName(name) || looksLikeLongName(name)) {
      const nameAt = ctx.text.slice(item.start, item.start + item.text.length).indexOf(name);
      const position = nameAt >= 0 ? ctx.position(item.start + nameAt, item.start + nameAt + name.length) : ctx.position(start, item.start + raw.length);
      const person = { name, title, position };
      people.push(person);
      if (markedAbsent) absent.add(person);
      pendingTitle = null;
    } else if (title !== null && name === "") {
      pendingTitle = { text: joined, match: joined, start };
    } else if (isTitleOnly(raw)) {
      pendingTitle = { text: joined, match: joined, start };
    } else if (UNNAMED_GROUP.test(toMatchable(raw)) && people.length + items.length > 1) {
      // An unnamed group inside a list of people (…负责同志、区政府办公室主任黄永东、…): it adds nobody.
      pendingTitle = null;
    } else if (raw.includes("?") || raw.includes("？")) {
      // A name garbled by a mirror site (李?英): skip it, keep the others.
      pendingTitle = null;
    } else return null;
  }
  return pendingTitle === null ? people : people.length > 0 ? people : null;
}

/** People named in brackets at an item's end, apart by 、 (read as blanks inside notes) or blanks: （滕春林、管立明）. */
const NAMES_IN_NOTE = /[（(]([\u3400-\u9fff·]{2,4}(?:[、 \u3000]+[\u3400-\u9fff·]{2,4})*)[）)][、,，;；\s]*$/;
const NOTE_NAME_GAP = /[、 \u3000]+/;
/** A group of delegates' label and its colon opening a clause: 区政协委员：, 市人大代表：. */
const GROUP_LABEL_OPENS = /^\s*[^：:，,、；;\s]{0,12}(?:代表|委员|委員|人士)[：:]/;

/** 等 and delegates' groups after the last name, to the clause's end: 姜明芳等州人大代表、州政协委员. */
const DELEGATES_TAIL = /等[^、，,。；;]{0,12}?(?:代表|委员|委員)(?:[、和及][^、，,。；;]{0,12}?(?:代表|委员|委員))*\s*$/;
/** 等 and the group the list belongs to, after the last name: 权建军、同宏伟等县领导. */
const GROUP_TAIL = /等(?:(?:[区县市省州镇乡]|市政府|县政府|区政府)?(?:人大|政协)?|[^、，,]{0,14}?(?=领导|负责|同志|成员|班子|组成人员))(?:领导|领导同志|负责同志|同志|[^、，,]{0,4}成员|组成人员|班子领导)?$/;
/** A person, then 和 / 及 / 以及, then another person: 冯家豪和市政府党组成员邓耀华. */
const JOINED = /^(.{2,24}?)(?:以及|和|及)(.{2,})$/;


/** Whether a compact item names one person, with or without a title. */
function isPerson(item: string): boolean {
  return looksLikeName(item) || isTitledPerson(item);
}

/**
 * A list item as the people it names: 同宏伟等县领导 is 同宏伟; 冯家豪和市政府党组成员邓耀华 is
 * two people (a name with 和 in it, 李和平, stays whole).
 */
function joinedPeople(item: Span): Span[] {
  const text = stripEnd(item.text);
  const tail = GROUP_TAIL.exec(item.match.slice(0, text.length));
  if (tail !== null && tail.index >= 2) return joinedPeople(slice(item, 0, tail.index));
  const m = JOINED.exec(item.match.slice(0, text.length));
  // (A bare name before 和 does not start like a place: 区发展和改革局局长谷玉成 is one person.)
  const before = compact(m?.[1] ?? "").replace(BRACKET_NOTE, "");
  if (m === null || looksLikeName(compact(text)) || !isPerson(before) || (looksLikeName(before) && PLACE_START.test(toMatchable(before))) || !isPerson(compact(m[2]!).replace(BRACKET_NOTE, ""))) return [item];
  return [slice(item, 0, m[1]!.length), slice(item, text.length - m[2]!.length, text.length)];
}

/** A blank between two names (or inside a padded two-character one). */
const INNER_BLANK = /\S[ \t\u3000\r\n]+\S/;
const BLANK_RUN = /[ \t\u3000\r\n]+/g;

/**
 * An item that is names separated by blanks (高振武　李彩霞, 王　磊　赵六) as one span per name;
 * any other item as it is. Single characters around a blank are a padded two-character name.
 */
function blankSeparatedNames(item: Span): Span[] {
  const text = stripEnd(item.text);
  if (!INNER_BLANK.test(text)) return [item];
  const chunks: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(BLANK_RUN)) {
    if (m.index > from) chunks.push(slice(item, from, m.index));
    from = m.index + m[0].length;
  }
  if (from < text.length) chunks.push(slice(item, from, text.length));
  const names: Span[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const a = chunks[i]!;
    const b = chunks[i + 1];
    if (a.text.length === 1 && b !== undefined && b.text.length === 1) {
      names.push({ text: item.text.slice(a.start - item.start, b.start - item.start + 1), match: item.match.slice(a.start - item.start, b.start - item.start + 1), start: a.start });
      i++;
    } else names.push(a);
  }
  const isName = (n: Span): boolean => looksLikeName(n.text.replace(BLANK_RUN, ""));
  if (names.length > 1 && names.every(isName)) return names;
  // (Or the first after its title, which the others share: 副市长孙伟　郭丽华　韩东升; three or more, so that a name a
  // wrap cut, 局长管⏎永辉, stays whole.)
  if (names.length > 2 && names.every((n, k) => (k === 0 ? isTitledPerson(n.text) : isName(n)))) return names;
  // (Or after the leaders' group word, which names no one: 县领导 乌兰托娅　马福祥　才仁东珠.)
  if (names.length > 2 && LEADERS_WORD.test(names[0]!.text) && names.slice(1).every(isName)) return names.slice(1);
  // (Or each name after its organisation: 县政府办公室 卢家兴  县林业局 翁明亮, one item per pair.)
  const pairs: Span[] = [];
  for (let i = 0; i < names.length; i++) {
    const organisation = names[i]!;
    const name = names[i + 1];
    if (name === undefined || !ORGANISATION_ITEM.test(organisation.text) || !isName(name)) return [item];
    pairs.push(slice(item, organisation.start - item.start, name.start - item.start + name.text.length));
    i++;
  }
  return pairs.length > 1 ? pairs : [item];
}

/** An organisation's name standing alone in a list: 县林业局, 县政府办公室, 区发展改革委. */
const ORGANISATION_ITEM = /^[\u3400-\u9fff（）()]{2,20}(?:局|室|办|委|院|所|处|中心|站|队|公司|集团|部|会|厅|署)$/;

/**
 * Whether a clause that names no one is an unnamed group a list may step over (市直有关部门主要负责同志, tested
 * without the comma that ends it), or, where `organsOpen`, an organ's name that opens such a group across a comma.
 */
function unnamedGroupClause(clause: Span, organsOpen: boolean): boolean {
  const bare = clause.match.replace(CLAUSE_PUNCTUATION_AT_END, "");
  return (UNNAMED_GROUP.test(bare) || (organsOpen && ORGANS_ONLY.test(bare))) && !NOT_A_LIST.test(clause.match);
}

/** A title with no name after it (县委常委、…): ends with a role word. */
function isTitleOnly(s: string): boolean {
  return TITLE_ROLE_AT_END.test(toMatchable(compact(s)));
}
