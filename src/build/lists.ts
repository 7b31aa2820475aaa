// The lists at the foot of the minutes: 请假 / 列席 / 出席 / 应邀列席…（people) and 分送 / 抄送.
import type { IToken } from "chevrotain";
import { TITLE_COLUMN, UNIT_NAME_ENDS } from "../lex/chars.js";
import type { Person, PersonGroup } from "../model/index.js";
import type { Block } from "./blocks.js";
import { type BuildContext, tokenRange } from "./context.js";
import type { Span } from "./sentences.js";
import { COMPOUND_SURNAME, PLACE_START, isTitledPerson, looksLikeLongName, looksLikeName, roleAndCompoundSurname, roleAndFirstCharacter, splitNames, splitTitleName } from "./values/names.js";
import { compact, toMatchable } from "./values/text.js";
import type { Role } from "./attendance.js";

const ROLE_OF_LABEL: Record<string, Role | "invitedObservers"> = {
  AbsenteeLabel: "absentees",
  ObserverLabel: "observers",
  InvitedObserverLabel: "invitedObservers",
  InvitedAttendeeLabel: "invitedAttendees",
  AttendeeLabel: "attendees",
};

/** A people list read from its block. */
export interface PeopleList {
  role: Role | "invitedObservers";
  /** For 应邀列席… lists: the groups, the label's first (应邀列席的县人大代表：…；县政协委员：… gives two). */
  groups: PersonGroup[];
  people: Person[];
  /** People a list merged into the same line names for another role (出席：…；请假：…；列席：…). */
  others: { role: Role; person: Person }[];
}

/** The raw text of each line of a list block after its label, with the line's source offset. */
function lines(block: Block, ctx: BuildContext): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const [, labelEnd] = tokenRange(block.tokens[0]!);
  let lineStart = labelEnd;
  let last: IToken | null = null;
  for (const t of block.tokens.slice(1)) {
    if (last !== null && lineBreakBetween(ctx.text, tokenRange(last)[1], t.startOffset)) {
      out.push({ text: ctx.text.slice(lineStart, tokenRange(last)[1]), start: lineStart });
      lineStart = t.startOffset;
    }
    last = t;
  }
  if (last !== null) out.push({ text: ctx.text.slice(lineStart, tokenRange(last)[1]), start: lineStart });
  // (A list in brackets, （列席：镇应急办主任龚伟、镇派出所所长刘卫东）: its closing bracket is no part of the last name.)
  const lastLine = out[out.length - 1];
  if (lastLine !== undefined && OPEN_BRACKET_LABEL.test(block.tokens[0]!.image) && CLOSE_AT_END.test(lastLine.text) && unclosed(out) < 0) lastLine.text = lastLine.text.replace(CLOSE_AT_END, "");
  return out;
}

/** A label after an opening bracket, and a closing bracket at a line's end. */
const OPEN_BRACKET_LABEL = /^[（(]/;
const CLOSE_AT_END = /[）)][ \t\u3000]*$/;

/** Opening brackets less closing ones in the lines' text (negative: a bracket closes one opened before them). */
function unclosed(lines: { text: string }[]): number {
  let n = 0;
  for (const { text } of lines) for (const c of text) n += c === "（" || c === "(" ? 1 : c === "）" || c === ")" ? -1 : 0;
  return n;
}

/** Whether a line break stands in text[from, to) (between two tokens: only blanks besides). */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true;
  }
  return false;
}

/** A list of another role inside the line: ；请假：, ；列席人员：, ；应邀出席会议的有：. */
const ROLE_SWITCH = /[；;。][ \t\u3000]*((?:应邀|特邀|應邀)(?:出席|参加|參加|列席)|(?:因[公事病])?[请請][ \t\u3000]*假|缺[ \t\u3000]*席|列[ \t\u3000]*席|出[ \t\u3000]*席|[参參][ \t\u3000]*加)(?:人[员員]|[会會][议議])?(?:的(?:还|還)?有)?[ \t\u3000]*[：:]/g;

/**
 * A sentence or clause in a list that names people, then what they did: 。区人大常委会副主任林秋生应邀出席, ；…仝秀芝应邀列席
 * (the reason before the verb no part of the names: 叶振华因公缺席, 桂芳因病请假).
 */
const VERB_SENTENCE = /[。；;]([^。；;：:]{2,40}?)(?:因[^。；;，,：:]{1,10}?)?((?:应邀|特邀|應邀)(?:出席|参加|參加|列席)|列[ \t\u3000]*席|[请請][ \t\u3000]*假|缺[ \t\u3000]*席)(?:了)?(?:[会會][议議])?(?=[。；;]|$)/g;
/** A comma between two such clauses: …因公缺席，副区长桂芳因病请假. */
const VERB_CLAUSE_COMMA = /(?<=(?:缺席|[请請]假|列席|出席|[参參]加)(?:了)?(?:[会會][议議])?)[，,](?=[^。；;：:，,]{2,40}?(?:缺席|[请請]假|列席|出席))/g;

/** The role a list's label word gives. */
function roleOfWord(word: string): Role {
  const w = word.replace(/[ \t\u3000]/g, "");
  if (/^(?:应邀|特邀|應邀|邀请|邀請)(?:出席|参加|參加)$/.test(w)) return "invitedAttendees";
  if (/^(?:应邀|特邀|應邀|邀请|邀請)列席$/.test(w)) return "invitedObservers";
  if (/列席/.test(w)) return "observers";
  if (/[请請]假|缺席/.test(w)) return "absentees";
  return "attendees";
}

/**
 * A further group inside an 应邀列席 list: ；县政协委员：杨胜兰 (the label before its colon), or after
 * a wide blank where the label names a group of delegates (游国庆　县政协委员：宫丽华).
 */
const SUBGROUP = /(?:(?<=[;；][ \t\u3000]*)|(?<=\u3000|[ \t]{2})(?=[^；;：:，,、\s]{0,14}(?:代表|委员|委員|人士)[：:]))([^；;：:，,、\s]{2,16})[：:]/g;

/** A line opened by a group of delegates' label: 公众代表：…, 县政协委员：…. */
const DELEGATES_LINE = /^\s*[^；;：:，,、\s]{0,14}(?:代表|委员|委員|人士)[：:]/;

/** A group's label at the start of an 应邀列席 list: 区人大代表：…. */
const FIRST_SUBGROUP = /^\s*([^；;：:，,、\s]{2,16})[：:]/;

/** Reads a people list: `列席：陈 杰 陶厦峰 …` (names padded with blanks on several lines). */
export function buildPeopleList(block: Block, ctx: BuildContext): PeopleList {
  const label = block.tokens[0]!;
  const role = ROLE_OF_LABEL[label.tokenType.name] ?? "observers";
  const people: Person[] = [];
  // The groups of an 应邀列席 list: the label's, then one per ；…： inside the list.
  const groups: { label: string | null; people: Person[]; start: number }[] = [{ label: null, people: [], start: block.start }];
  const others: { role: Role; person: Person }[] = [];
  const logical = joinWrappedNames(lines(block, ctx));
  for (const [k, line] of logical.entries()) {
    // (A later line opened by a group of delegates' own label ends a list that has no groups: 列席：…⏎公众代表：赵文博　孙丽萍
    // names people the label 列席 does not name.)
    if (k > 0 && role !== "invitedObservers" && DELEGATES_LINE.test(line.text)) break;
    // (Two or more such rows side by side, wide apart: 祁振东　　县　长　　　　　柳　梅　　常务副县长.)
    const side = sideBySideRows(line.text, ctx);
    if (side !== null) {
      for (const { name, title, at, end } of side) {
        const person: Person = { name, title, position: ctx.position(line.offsetOf(at), line.offsetOf(end - 1) + 1) };
        people.push(person);
        groups[groups.length - 1]!.people.push(person);
      }
      continue;
    }
    // A row of a list laid out in columns, the name then its title (黄　丽　　副区长、区公安分局局长).
    const row = NAME_THEN_TITLE_ROW.exec(line.text);
    // (Not two people, the second titled: 张　三　李四主任.)
    if (row !== null && looksLikeName(ctx.compact(row[1]!)) && !looksLikeName(splitTitleName(row[2]!, ctx.compact).name)) {
      const name = ctx.compact(row[1]!);
      const [at, end] = locate(line.text, 0, name);
      const person: Person = { name, title: ctx.compact(row[2]!), position: ctx.position(line.offsetOf(at), line.offsetOf(end - 1) + 1) };
      people.push(person);
      groups[groups.length - 1]!.people.push(person);
      continue;
    }
    // Where the line's text changes group or role: ；县政协委员： (a group of an 应邀列席 list), or
    // ；请假：… / ；列席：… (lists merged into one line: 出席：…；请假：…；列席：…。).
    const cuts: { at: number; from: number; label: string | null; role: Role | null }[] = [{ at: 0, from: 0, label: null, role: null }];
    // (The first group's own label right after 应邀列席：, 区人大代表：邬建国、…；区政协委员：….)
    // (Or a later line of the list opened by its group's label: 应邀列席：⏎县人大代表：裴　玲⏎县政协委员：黎　明.)
    const firstGroup = role === "invitedObservers" ? FIRST_SUBGROUP.exec(line.text) : null;
    if (firstGroup !== null) cuts.push({ at: firstGroup.index, from: firstGroup.index + firstGroup[0].length, label: firstGroup[1]!, role: null });
    if (role === "invitedObservers") {
      for (const m of line.text.matchAll(SUBGROUP)) if (firstGroup === null || m.index >= firstGroup.index + firstGroup[0].length) cuts.push({ at: m.index, from: m.index + m[0].length, label: m[1]!, role: null });
      cuts.sort((a, b) => a.at - b.at);
    }
    if (line.text.includes("；") || line.text.includes(";") || line.text.includes("。")) {
      for (const m of line.text.matchAll(ROLE_SWITCH)) cuts.push({ at: m.index, from: m.index + m[0].length, label: null, role: roleOfWord(m[1]!) });
      // (A sentence that names people before its verb: …邓　伟。区人大常委会副主任林秋生应邀出席。请假：….)
      // (Two such clauses after a comma: 。副区长叶振华因公缺席，副区长桂芳因病请假。)
      const clauses = line.text.includes("，") || line.text.includes(",") ? line.text.replace(VERB_CLAUSE_COMMA, "；") : line.text;
      for (const m of clauses.matchAll(VERB_SENTENCE)) {
        const verbAt = m.index + 1 + m[1]!.length;
        cuts.push({ at: m.index, from: m.index + 1, label: null, role: roleOfWord(m[2]!) }, { at: verbAt, from: m.index + m[0].length, label: null, role });
      }
      cuts.sort((a, b) => a.at - b.at);
    }
    let cursor = 0;
    let target: Role | "invitedObservers" = role;
    /**
     * The people a note at `end` names absent (…季永红（芮文斌请假）, 县政府领导班子成员（副县长娄国栋因公请假）),
     * taken as absentees; whether there was such a note.
     */
    const notedAbsentees = (end: number): boolean => {
      const named = NAMED_ABSENCE_NOTE.exec(line.text.slice(end, end + MAX_NAMED_NOTE));
      if (named === null) return false;
      const names = named[1] ?? named[2]!;
      let from = end + named[0].indexOf(names, 1);
      for (const other of splitNames(names, ctx.clean)) {
        const { name, title } = looksLikeName(other) ? { name: other, title: null } : splitTitleName(other, ctx.compact);
        if (!looksLikeName(name)) continue;
        const [a, b] = locate(line.text, from, name);
        from = b;
        others.push({ role: "absentees", person: { name, title, position: ctx.position(line.offsetOf(a), line.offsetOf(b - 1) + 1) } });
      }
      return true;
    };
    // (A sentence of the meeting's after the list's full stop is none of it: …俞　晴。会议由区长公孙宏主持。)
    const sentenceAt = line.text.search(MEETING_SENTENCE_AFTER);
    const listEnd = sentenceAt >= 0 ? sentenceAt + 1 : line.text.length;
    for (let c = 0; c < cuts.length; c++) {
      const { from, label: subgroup, role: switched } = cuts[c]!;
      if (subgroup !== null) {
        groups.push({ label: subgroup, people: [], start: line.offsetOf(from - subgroup.length - 1) });
        cursor = from;
      }
      if (switched !== null) {
        target = switched;
        cursor = from;
      }
      const to = Math.min(c + 1 < cuts.length ? cuts[c + 1]!.at : line.text.length, listEnd);
      for (const item of splitNames(line.text.slice(from, to), ctx.clean)) {
        // (An organisation's level and sector word a wrap cut from the rest, 区住房⏎城乡建设和水利局…,
        // is no name, though 区 is a surname.)
        if (LEVEL_THEN_SECTOR.test(toMatchable(item))) continue;
        // splitNames gives compact items; most are a bare name.
        let found: { name: string; title: string | null }[] = [{ name: item, title: null }];
        if (item.length > 4 || !looksLikeName(item)) {
          // Its name and title come out compact.
          const split = splitTitleName(item, ctx.compact);
          found = [split];
          // A list of bare names may hold a longer one written without a dot (乌云其木格).
          if (!looksLikeName(split.name) && !looksLikeLongName(split.name)) {
            const [, itemEnd] = locate(line.text, cursor, item);
            // (A unit with its person in brackets: 列席单位：县政府办公室（邬小军）、县卫健局（甄　莉）; the person's title
            // too, 县政府办公室（主任 熊建华）; or two people, 县政府办公室（王建、钟小燕）.)
            const inBrackets = itemEnd > cursor && UNIT_AT_END.test(item) ? PEOPLE_IN_BRACKETS.exec(line.text.slice(itemEnd, itemEnd + MAX_PEOPLE_IN_BRACKETS)) : null;
            found = inBrackets === null ? [] : peopleInBrackets(inBrackets[1]!, item, ctx);
            if (found.length === 0) {
              // (A group present, with a note naming one of them absent: 县政府领导班子成员（副县长娄国栋因公请假）.)
              if (role === "attendees" && target === role && itemEnd > cursor && notedAbsentees(itemEnd)) cursor = itemEnd;
              continue;
            }
          }
        }
        for (const { name: clean, title } of found) {
          const [at, end] = locate(line.text, cursor, clean);
          cursor = end;
          const person: Person = { name: clean, title, position: ctx.position(line.offsetOf(at), line.offsetOf(end - 1) + 1) };
          // (Or a note after the name that names others absent: …季永红（芮文斌请假）, …马国强（请假：丁文杰）.)
          const named = role === "attendees" && target === role && notedAbsentees(end);
          // (One of those present marked absent by a note after the name: 出席：…　况晓梅（请假）　向　东.)
          if (target !== role || (!named && role === "attendees" && ABSENCE_NOTE_AT.test(line.text.slice(end, end + MAX_ABSENCE_NOTE)))) {
            others.push({ role: target !== role ? (target as Role) : "absentees", person });
            continue;
          }
          people.push(person);
          groups[groups.length - 1]!.people.push(person);
        }
      }
    }
  }
  titlesOverNames(logical, [...people, ...others.map((o) => o.person)], ctx);
  if (role !== "invitedObservers") return { role, groups: [], people, others };
  // (The label's own group holds nobody when the first group has a label of its own.)
  if (groups.length > 1 && groups[0]!.people.length === 0) groups.shift();
  // The first group is named by its label as written: 应邀列席的区人大代表、区政协委员.
  const text = ctx.compact(label.image).replace(/[：:]$/, "");
  return {
    role,
    people,
    others,
    groups: groups.map((g, i) => ({
      group: g.label === null ? ctx.clean(text) : ctx.clean(g.label),
      people: g.people,
      position: ctx.position(g.start, i + 1 < groups.length ? groups[i + 1]!.start : block.end),
    })),
  };
}

/** What ends an organisation's name, split by a wrap (区财⏎政局): not two names. */
const ORGANIZATION_TAIL = /(?:局|委|办|室|中心|政府|部门|同志|负责人|单位|公司|集团)$/;

/**
 * Whether a wrap cut an organisation's name two characters in (县自⏎然资源局局长, 区国⏎资中心莫国强):
 * a place's first character and one more, the rest of the organisation with its title or person
 * on the next line. (Read in matchable text: 縣自⏎然資源局局長 as well.)
 */
function cutOrganization(tail: string, head: string): boolean {
  if (Array.from(tail).length !== 2 || Array.from(head).length < 3) return false;
  const [t, whole] = [toMatchable(tail), toMatchable(tail + head)];
  // (Or a sector's word that opens an organisation's name: 农业⏎农村服务中心主任石磊.)
  return (PLACE_START.test(t) && (TITLE_TAIL.test(whole) || ORGANIZATION_TAIL.test(whole) || ORGANIZATION_THEN_NAME.test(whole))) || (SECTOR_WORD.test(t) && (TITLE_TAIL.test(whole) || isTitledPerson(tail + head)));
}
/** The sector's words of two characters that open an organisation's name: 农业, 自然, 住房 (a regex alternation). */
const SECTOR_WORDS = "农业|工业|商务|文化|教育|卫生|卫健|交通|水利|水务|自然|财政|发展|发改|住房|住建|城乡|城管|市场|生态|应急|人力|人社|退役|乡村|林业|民政|司法|审计|统计|公安|科技|经济|经信|医疗|医保|行政|政务|数据|信访|机关|国资|税务|供销|档案|体育|旅游";
/** A sector's word alone (matchable text). */
const SECTOR_WORD = new RegExp(`^(?:${SECTOR_WORDS})$`);
/** An administrative level, then a sector's word, alone (matchable text): 区住房, 县自然. */
const LEVEL_THEN_SECTOR = new RegExp(`^[县区市镇乡](?:${SECTOR_WORDS})$`);

/** The role word a titled person's title ends with. */
const ROLE_AT_END = /(?:主任|[书書][记記]|[长長]|委[员員]|主席|[经經]理|助理)$/;
/** Organisations of two characters, whole: 团委书记 is no cut 规划建⏎设办. */
const SHORT_ORGANIZATION = /^(?:团委|妇联|工会|[县区市镇乡]委|党委|法院|人大|政协|侨联|残联|科协|文联)$/;

/**
 * Whether a wrap cut an organisation's name late (规划建⏎设办主任房一鸣): the next line's first
 * item is a titled person whose organisation is a fragment of two characters or fewer, and the
 * two halves make one titled person.
 */
function cutOrganizationLate(tail: string, head: string): boolean {
  if (Array.from(tail).length < 2 || !isTitledPerson(compact(tail + head))) return false;
  const { title } = splitTitleName(compact(head));
  if (title === null || !ROLE_AT_END.test(title)) return false;
  const organization = title.replace(ROLE_AT_END, "");
  return organization.length > 0 && organization.length <= 2 && !SHORT_ORGANIZATION.test(toMatchable(organization));
}

/** A two-character name padded with a blank or two opening a line: 马　骏，…. */
const PADDED_HEAD = /^[ \t\u3000]*[\u3400-\u9fff][ \t\u3000]{1,2}[\u3400-\u9fff](?:[、，,；;。\s\u3000]|$)/;

/** An organisation's name, then a person's (…资中心莫国强). */
const ORGANIZATION_THEN_NAME = /(?:局|委|办|室|中心|政府|公司|集团)[\u3400-\u9fff]{2,3}$/;

/** Whether a line ends inside a bracketed note: 程小峰（市发改⏎委）. */
function unclosedNote(text: string): boolean {
  return text.lastIndexOf("（") > text.lastIndexOf("）") || text.lastIndexOf("(") > text.lastIndexOf(")");
}

/** A title split by a wrap (乡便民服务中心⏎主任): what the two halves make ends like a title. */
const TITLE_TAIL = /(?:主任|[所局处處科站院厅廳部][长長]|委[员員]|[书書][记記]|主席|[经經]理|助理)$/;
/** Whether a list item names a person, with or without a title (孙立平, 市财政局局长陈国栋). */
function isPersonItem(item: string): boolean {
  const text = compact(item);
  // Four characters make a name with a compound surname (欧阳晓东), rarely otherwise (区应急管).
  if (Array.from(text).length === 4 && !COMPOUND_SURNAME.test(text)) return false;
  if (looksLikeName(text)) return true;
  return text.length > 4 && isTitledPerson(text);
}

/** Whether the items of a list's text before its last are two or more, each a titled person (教务处处长黎志坚，财务处处长熊丽华，…). */
function titledItemsBefore(text: string): boolean {
  // (Each without the list's label, 列　席：; the last item is the one the wrap cut.)
  const items = text.split(/[、，,；;]/).map((i) => i.replace(/^[^：:]*[：:]/, "").trim());
  const whole = items.slice(0, -1).filter((i) => i !== "");
  return whole.length >= 2 && whole.every((i) => isTitledPerson(i));
}

/** A title and one more character: the first character of a name cut by a wrap. */
const TITLE_THEN_ONE = /(?:[长長]|主任|[书書][记記]|委[员員]|主席|[经經]理|助理)[\u3400-\u9fff]$/;
/** An organisation's name and one more character: the first character of a name cut by a wrap. */
const ORGANIZATION_THEN_ONE = /[局办辦室委院所处處厅廳部站队隊心][\u3400-\u9fff]$/;

/** The last character of an organisation's name at the start of a line. */
const ORGANIZATION_HEAD = /^[局办辦室所院处處站队隊部厅廳委]/;

/** The rest of a role word cut by a wrap at the start of a line: 局长孙立平, 主任 田秀英, 主席严金根. */
const ROLE_HEAD = /^(?:[局处處科所站院厅廳部][长長]|主任|主席|[书書][记記])/;
/** A person after a role word, at the end of an item: …局长晏秋萍 (then a new item may start). */
const TITLED_PERSON_TAIL = /(?:[长長]|主任|[书書][记記]|委[员員]|主席|[经經]理|助理)[\u3400-\u9fff]{2,3}$/;
/** A word of an organ's name whose second character starts no name or title, as a wrap may cut it: 监⏎察, 纪⏎检. */
const ORGAN_WORD_SPLIT = /^(?:监察|監察|检察|檢察|纪检|紀檢|派驻|派駐)$/;
/** A role word of two characters, as a wrap may cut it. */
const ROLE_SPLIT = /^(?:主任|[书書][记記]|委[员員]|[局处處科所站部院厅廳队隊组組][长長]|主席|[经經]理|助理)$/;
/** What stands before the 长 of a title: 董事, 队, 校, 行, 社 … */
const LONG_TITLE_BEFORE = /[事队隊社校行馆館站所局处處科院厅廳部组組市县縣区區镇鎮乡鄉团團]$/;
/** A two-character name padded with a blank at the end of a line, after a separator, a blank or a title. */
const PADDED_NAME_AT_END = /(?:^|[、，,；;：:\s\u3000]|[长長任记記员員席理])[\u3400-\u9fff][ \u3000]{1,2}[\u3400-\u9fff]$/;
const LIST_SEPARATOR_AT_END = /[、，,；;\s\u3000]$/;
/** The first item of a line (its closing full stop aside: 伍国⏎梁。). */
const FIRST_ITEM = /^[^、，,；;。\s\u3000]+/;
/** A bracketed note that ends an item (its closing bracket may be on a later line). */
const NOTE_AT_END = /[（(][^（()）]*[）)]?$/;
/** The last item of a line (after a title's colon too: 市政府办公室副主任：孙亮). */
const LAST_ITEM = /[^、，,；;：:\s\u3000]+$/;

/** A note right after a name that marks the person absent: （请假）, (因公请假), （缺席）, （请假，出差）; how far it is looked for. */
const ABSENCE_NOTE_AT = /^[ \t\u3000]*[（(][^（()）]{0,8}?(?:请[病事]?假|請[病事]?假|缺席|未出席|未参加)(?:[ ,，、][^（()）]{1,8})?[）)]/;
const MAX_ABSENCE_NOTE = 16;
/**
 * A note right after a name that names others absent: （芮文斌请假）, （请假：丁文杰、杨帆） — the names
 * in group 1 or 2 (a reason alone, （因公请假）, names nobody).
 */
const NAMED_ABSENCE_NOTE = /^[ \t\u3000]*[（(](?:(?!因|在|赴|外出|出差)([\u3400-\u9fff·][\u3400-\u9fff·、 \u3000]{1,30}?)(?:因[^（()）]{1,10})?(?:请假|請假|缺席)|(?:请假|請假|缺席)[：:]([^（()）]{2,30}))[）)]/;
const MAX_NAMED_NOTE = 48;
/** A full stop, then a sentence about the meeting on the same line: 。会议由…主持, 。会议在…召开. */
const MEETING_SENTENCE_AFTER = /。(?=[ \t\u3000]*[会會][议議](?:由|在|于|於))/;

/**
 * The sentences about the meeting that follow a labelled list's full stop in its block (参加会议：…俞　晴。会议由
 * 区长公孙宏主持。): no part of the list, they are read as the meeting's.
 */
export function sentencesAfterLists(blocks: Block[], ctx: BuildContext): Span[] {
  const out: Span[] = [];
  for (const b of blocks) {
    if (b.kind !== "peopleList") continue;
    const match = ctx.match.slice(b.start, b.end);
    const at = match.search(MEETING_SENTENCE_AFTER);
    if (at < 0) continue;
    const start = b.start + at + 1;
    out.push({ text: ctx.text.slice(start, b.end), match: ctx.match.slice(start, b.end), start });
  }
  return out;
}
/** A person in brackets right after a unit's name (县政府办公室（邬小军）), and how far it is looked for. */
const PEOPLE_IN_BRACKETS = /^[ \t\u3000]*[（(]([\u3400-\u9fff·][\u3400-\u9fff· \u3000、，,]{1,24})[）)]/;
const MAX_PEOPLE_IN_BRACKETS = 30;

/**
 * The people in brackets after a unit, the unit their title (with theirs, where the brackets give it): 邬小军,
 * 主任 熊建华 (县政府办公室主任), 王建、钟小燕; none where any item is no person.
 */
function peopleInBrackets(inside: string, unit: string, ctx: BuildContext): { name: string; title: string | null }[] {
  const out: { name: string; title: string | null }[] = [];
  for (const item of inside.split(/[、，,]/)) {
    const compact = ctx.compact(item);
    if (looksLikeName(compact)) {
      out.push({ name: compact, title: unit });
      continue;
    }
    const { name, title } = splitTitleName(compact, ctx.compact);
    if (title === null || !looksLikeName(name)) return [];
    out.push({ name, title: unit + title });
  }
  return out;
}
/** The end of a unit's name (…局, …办公室, …中心). */
const UNIT_AT_END = new RegExp(`(?:${UNIT_NAME_ENDS})$`);
/** A column row of a name, then its title: 司马燕　　区委副书记、代区长, 冯振江　市　长 (the name and the title). */
const NAME_THEN_TITLE_ROW = /^\s*([\u3400-\u9fff·]{2,4}|[\u3400-\u9fff][ \t\u3000]{1,2}[\u3400-\u9fff])[ \t\u3000]+((?:[\u3400-\u9fff、]{1,30}|[\u3400-\u9fff][ \t\u3000]{1,3})(?:[长長]|主任|[书書][记記]|委[员員]|主席|成[员員]))(?:[（(][^（()）]{1,20}[）)])?[ \t\u3000]*$/;

/** The blanks between two cells of a row of titles (two or more). */
const CELL_GAP = /[ \t\u3000]{2,}/;

/**
 * Gives the people of a row of names the titles of the row above it, cell by cell (区人大常委会副主任　　区政协副主席⏎
 * 贲志刚　　　　　　　　慕容雪), where the rows have as many cells and the people have no title yet.
 */
function titlesOverNames(lines: LogicalLine[], people: Person[], ctx: BuildContext): void {
  for (let k = 0; k + 1 < lines.length; k++) {
    const titles = lines[k]!.text.trim().split(CELL_GAP);
    if (titles.length < 2 || !titles.every((t) => TITLE_COLUMN.test(t))) continue;
    const row = lines[k + 1]!;
    // (Where the row stands in the source, as the people's positions give it.)
    const { start, end } = ctx.position(row.offsetOf(0), row.offsetOf(row.text.length - 1) + 1);
    const [from, to] = [start.offset, end.offset];
    const below = people.filter((p) => p.position !== undefined && p.position.start.offset >= from && p.position.start.offset < to);
    if (below.length !== titles.length) continue;
    below.sort((a, b) => a.position!.start.offset - b.position!.start.offset).forEach((p, i) => (p.title ??= titles[i]!));
  }
}

/** The blanks between two people's cells of a row side by side (wider than those inside a cell). */
const WIDE_GAP = /[ \t\u3000]{3,}/g;

/**
 * The people of a line that holds two or more column rows side by side, each a name then its
 * title (祁振东　　县　长　　　　　柳　梅　　常务副县长): each name, its title and where the name stands;
 * null where a cell is no such row.
 */
function sideBySideRows(text: string, ctx: BuildContext): { name: string; title: string; at: number; end: number }[] | null {
  if (!text.includes("\u3000\u3000\u3000") && !text.includes("   ")) return null;
  const cells: { text: string; at: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(WIDE_GAP)) {
    if (m.index > from) cells.push({ text: text.slice(from, m.index), at: from });
    from = m.index + m[0].length;
  }
  if (from < text.length) cells.push({ text: text.slice(from), at: from });
  if (cells.length < 2) return null;
  const out: { name: string; title: string; at: number; end: number }[] = [];
  for (const cell of cells) {
    const row = NAME_THEN_TITLE_ROW.exec(cell.text);
    if (row === null || !looksLikeName(ctx.compact(row[1]!)) || looksLikeName(splitTitleName(row[2]!, ctx.compact).name)) return null;
    const name = ctx.compact(row[1]!);
    const [at, end] = locate(text, cell.at, name);
    out.push({ name, title: ctx.compact(row[2]!), at, end });
  }
  return out;
}

/** A line that names an unnamed group only: 县水利局、县应急管理局、县交通运输局负责同志. */
const GROUP_LINE = /^[\u3400-\u9fff、（）()]{2,60}(?:负责同志|负责人|有关人员)$/;
/** A column row of a unit, then its person's name: 区政府办公室　　　　郭　宁 (or names: 蓝　川　许　林). */
const UNIT_THEN_NAME_ROW = /^\s*[\u3400-\u9fff（）()]{2,20}(?:[ \t\u3000]{2,}|(?<=[局办室委院所站心队部府学校台联协馆社行])[ \t\u3000])(?:[\u3400-\u9fff·]{2,4}|[\u3400-\u9fff][ \t\u3000]{1,2}[\u3400-\u9fff])(?:[ \t\u3000]+(?:[\u3400-\u9fff·]{2,4}|[\u3400-\u9fff][ \t\u3000]{1,2}[\u3400-\u9fff]))*[ \t\u3000]*$/;
/** A column row of a title, then its person's name: 县人大常委会副主任　德吉央宗. */
const TITLE_THEN_NAME_ROW = /^\s*[\u3400-\u9fff]{1,30}(?:[长長]|主任|[书書][记記]|委[员員]|主席|成[员員]|[经經]理)[ \t\u3000]+(?:[\u3400-\u9fff·]{2,4}|[\u3400-\u9fff][ \t\u3000]{1,2}[\u3400-\u9fff])[ \t\u3000]*$/;
/** One person of a list laid out in columns: the name, then the title (黄　丽　　副区长、区公安分局局长), the unit, then the name, or the title, then the name. */
const isColumnRow = (line: string): boolean => NAME_THEN_TITLE_ROW.test(line) || UNIT_THEN_NAME_ROW.test(line) || TITLE_THEN_NAME_ROW.test(line);

/** The administrative levels an organisation's name opens with (市, 縣, 鎮…), as a regex alternation. */
const ADMIN_LEVELS = "省|市|县|縣|区|區|州|旗|镇|鎮|乡|鄉";
/** A whole organisation's name, from its level on: 市发展改革委, 县财政局 (not the rest of one: 资源局). */
const WHOLE_ORGANIZATION = new RegExp(`^(?:${ADMIN_LEVELS}|街道)[\\u3400-\\u9fff]{1,14}(?:局|委|办|辦|室|中心|政府|部门|单位|公司|集团)$`);

/** The start of an organisation's name cut by a wrap: its level and one to three characters (區農, 市发改). */
const ORGANIZATION_START = new RegExp(`^(?:${ADMIN_LEVELS})[\\u3400-\\u9fff]{1,3}$`);
/** The rest of an organisation's name, up to its last word, at a line's start (業局…, 改委…). */
const ORGANIZATION_REST = /^[\u3400-\u9fff]{0,6}?(?:局|委|办|辦|室|中心|所|院)/;

/** A unit's label opening a line of a list: 市发改委：常　勇. */
const UNIT_LABEL_OPENS = /^[ \t\u3000]*[\u3400-\u9fff]{2,16}[：:]/;

/**
 * Joins the lines of a 、-separated (or ；-separated) list where a hard wrap split a name (孟凡⏎强): the line does
 * not end with a separator and one side of the break is a single character or a dangling dot.
 * Lines of a blank-separated list stay apart: there a line end separates names.
 */
function joinWrappedNames(list: { text: string; start: number }[]): LogicalLine[] {
  const single = (l: { text: string; start: number }): LogicalLine => ({ text: l.text, offsetOf: (i) => l.start + i });
  if (list.length < 2) return list.map(single);
  if (!list.some((l) => /[、，,；;]/.test(l.text))) return joinCutBlankNames(list);
  // A list laid out in columns, one person a line (黄　丽　　副区长, 县政协副主席　罗布): no line goes on in the next.
  // (Its last line may name an unnamed group: 县水利局、县应急管理局负责同志.)
  if (list.every((l, i) => l.text.trim() === "" || isColumnRow(l.text.trim()) || (i === list.length - 1 && i > 0 && GROUP_LINE.test(l.text.trim())))) return list.map(single);
  const out: { parts: { text: string; start: number }[] }[] = [{ parts: [list[0]!] }];
  for (const line of list.slice(1)) {
    const previous = out[out.length - 1]!.parts;
    // (Read as matchable text: a Traditional copy's 部門負⏎責人 is cut as 部门负⏎责人 is.)
    const tail = toMatchable(LAST_ITEM.exec(previous[previous.length - 1]!.text)?.[0] ?? "");
    // (Without the note after it: 陆家⏎豪（规划建设局）.)
    const firstItem = toMatchable(FIRST_ITEM.exec(line.text.trimStart())?.[0] ?? "");
    const head = firstItem.replace(NOTE_AT_END, "") || firstItem;
    const before = previous[previous.length - 1]!.text;
    const split =
      !LIST_SEPARATOR_AT_END.test(before) &&
      // (A line opened by its unit's label starts afresh: …段超（副秘书长）⏎市发改委：常　勇.)
      !UNIT_LABEL_OPENS.test(line.text) &&
      // (A padded name is whole: …区府办副主任 甘　伟⏎区发改局、….)
      ((Array.from(tail).length === 1 && !PADDED_NAME_AT_END.test(before)) ||
        // (Not the first character of a padded name after a whole one: …郑晓燕⏎马　骏，….)
        (Array.from(head).length === 1 && !(PADDED_HEAD.test(line.text) && Array.from(tail).length >= 2 && looksLikeName(tail))) ||
        /[·•‧・].?$/.test(tail) ||
        /^[·•‧・]/.test(head) ||
        unclosedNote(before) ||
        // (Not after a whole person: …局长晏秋萍⏎区教育局、… starts a new item.)
        // (Its title may stand a blank before it: …区府办副主任 甘伟⏎区发改局、….)
        // (Nor a name, padded too, before a whole organisation's: …景振东⏎市发展改革委、…, …施  恒⏎市发展改革局、….)
        (ORGANIZATION_TAIL.test(tail + head) && !TITLED_PERSON_TAIL.test(tail) && !TITLED_PERSON_TAIL.test(compact(before)) && !(Array.from(head).length >= 3 && WHOLE_ORGANIZATION.test(head) && (looksLikeName(tail) || PADDED_NAME_AT_END.test(before)))) ||
        // An organisation cut after its level and a character, its title and name going on
        // (區農⏎業局局長糜振宇): no person of that name.
        (ORGANIZATION_START.test(tail) && ORGANIZATION_REST.test(head) && isTitledPerson(tail + head)) ||
        // A role word cut in two (区政府办公室副主⏎任司马文).
        ROLE_SPLIT.test(tail.slice(-1) + head.slice(0, 1)) ||
        // A word of an organ's name cut in two, the titled person going on (…办公室纪检监⏎察组组长沈梦).
        (ORGAN_WORD_SPLIT.test(tail.slice(-1) + head.slice(0, 1)) && isTitledPerson(tail + head)) ||
        (Array.from(head).length <= 3 && TITLE_TAIL.test(tail + head) && !looksLikeName(head)) ||
        (TITLE_TAIL.test(tail) && looksLikeName(head)) ||
        ROLE_HEAD.test(head) ||
        // (A title cut after its 副, the rest of it and the name going on: …专职副⏎主席严金根.)
        (tail.endsWith("副") && Array.from(tail).length >= 2) ||
        // The 长 of a title cut from it, then the name (市交投集团董事⏎长覃立新).
        ((head.startsWith("长") || head.startsWith("長")) && LONG_TITLE_BEFORE.test(tail) && looksLikeName(head.slice(1))) ||
        // The last character of an organisation's name, then a name (区财政⏎局宋丽华).
        (ORGANIZATION_HEAD.test(head) && looksLikeName(head.slice(1)) && Array.from(tail).length >= 2) ||
        // Half an organisation's name (市林业和草原⏎局局长宝音): no person on its own.
        (Array.from(tail).length >= 3 && !isPersonItem(tail) && !TITLE_TAIL.test(tail)) ||
        // A title cut inside, its name on the next line (区政府办公室主⏎任冯立群).
        (isTitledPerson(tail + head) && !isPersonItem(head) && !isPersonItem(tail)) ||
        // A name cut after its first character, behind its title (区发改局局长戚⏎志明).
        // (Or after any role word: 新闻媒体记者王⏎笔锋.)
        ((TITLE_THEN_ONE.test(tail) || roleAndFirstCharacter(tail)) && Array.from(head).length <= 2 && looksLikeName(tail.slice(-1) + head)) ||
        // A compound surname cut from its given name (欧阳⏎明远).
        (COMPOUND_SURNAME.test(tail) && Array.from(tail).length === 2 && Array.from(head).length <= 2) ||
        // (Behind its title: 县教育局局长上官⏎明月.)
        (roleAndCompoundSurname(tail) && Array.from(head).length <= 2 && looksLikeName(tail.slice(-2) + head)) ||
        // A name cut after its first character, behind its organisation (区市场监管局屈⏎志坚).
        (ORGANIZATION_THEN_ONE.test(tail) && Array.from(head).length <= 3 && looksLikeName(tail.slice(-1) + head)) ||
        // The start of an organisation's name (市住房⏎城乡建设局局长谭云): the joined item is a titled person.
        (PLACE_START.test(tail) && tail.length <= 6 && isTitledPerson(tail + head)) ||
        // Two characters of an organisation's name, the rest with its title or person on the next
        // line (县自⏎然资源局局长, 区国⏎资中心莫国强): the item goes on.
        cutOrganization(tail, head) ||
        cutOrganizationLate(tail, head) ||
        // The start of a unit's name in a list of titled people, its rest with the title and name on
        // the next line (…财务处处长熊丽华，后勤⏎保障处处长汤志勇): no bare name among titled ones.
        (Array.from(tail).length <= 3 && titledItemsBefore(out.flatMap((o) => o.parts).map((p) => p.text).join("")) && isTitledPerson(tail + head) && isPersonItem(head) && !isTitledPerson(tail)));
    if (split) previous.push({ text: line.text.trimStart(), start: line.start + line.text.length - line.text.trimStart().length });
    else out.push({ parts: [line] });
  }
  return out.map(({ parts }) => {
    if (parts.length === 1) return single(parts[0]!);
    // The joined text, and where each of its characters came from.
    const offsets: number[] = [];
    for (const p of parts) for (let i = 0; i < p.text.length; i++) offsets.push(p.start + i);
    return { text: parts.map((p) => p.text).join(""), offsetOf: (i) => offsets[Math.min(i, offsets.length - 1)]! };
  });
}

/**
 * A name cut by a wrap in a blank-separated list: …蒋　琳  戴志⏎明  魏少华 (a lone character opens
 * the next line, wide apart from the next name, or one blank before a longer one: 焦春⏎梅　阮建国,
 * or its note: 韩冬⏎青（县财政局）).
 */
const LONE_HEAD = /^[ \t\u3000]*([\u3400-\u9fff])(?:[ \t\u3000]{2,}|[ \t\u3000]*$|[ \t\u3000](?=[\u3400-\u9fff]{2})|(?=[（(]))/;
const SHORT_TAIL = /(?:^|[ \t\u3000])[\u3400-\u9fff]{1,2}[ \t\u3000]*$/;
/** A compound surname alone at a line's end (…　司徒): its given name is on the next line. */
const COMPOUND_SURNAME_AT_END = new RegExp(`(?:^|[ \\t\\u3000：:])${COMPOUND_SURNAME.source.slice(1)}[ \\t\\u3000]*$`);
/** One character alone at a line's start, a blank or the line's end after it. */
/** A compound surname and one character ending a line, as an item of its own: …　上官云. */
const COMPOUND_THREE_AT_END = new RegExp(`(?:^|[ \\t\\u3000：:])${COMPOUND_SURNAME.source.slice(1)}[\\u3400-\\u9fff][ \\t\\u3000]*$`);
const SINGLE_HEAD = /^[ \t\u3000]*([\u3400-\u9fff])(?=[ \t\u3000]|$)/;
/** A two-character name padded with a blank or two at a line's end: …　李  振. */
const PADDED_PAIR_AT_END = /(?:^|[ \t\u3000]{2,}|[：:])[\u3400-\u9fff][ \t\u3000]{1,2}[\u3400-\u9fff][ \t\u3000]*$/;
/** A Han character and a middle dot ending a line; the rest of the name opening the next (up to a blank or a note). */
const DOT_AT_END = /[\u3400-\u9fff][·•‧・．][ \t\u3000]*$/;
const DOTTED_REST = /^[ \t\u3000]*([\u3400-\u9fff]{2,8})(?=[ \t\u3000（(]|$)/;
/** The first item of a line, one or two characters (its note after it): 志强 of 志强　覃艳芳, 静 of 静（县生态环境局）. */
const FIRST_CHUNK = /^[ \t\u3000]*([\u3400-\u9fff]{1,2})(?=[ \t\u3000（(]|$)/;

/** Whether a line of blank-separated names ends with an odd number of single characters. */
function oddSingleAtEnd(text: string): boolean {
  const chunks = text.trim().split(/[ \t\u3000]+/);
  let n = 0;
  for (let k = chunks.length - 1; k >= 0 && chunks[k]!.length === 1 && /[\u3400-\u9fff]/.test(chunks[k]!); k--) n++;
  return n % 2 === 1;
}


/** The rest of a note that the line before left open, up to its closing bracket. */
const NOTE_REST = /^[ \t\u3000]*([^（()）\s]{1,24}[）)])/;

/**
 * The lines of a blank-separated list, a lone character that opens a line moved to the end of
 * the line before when that one ends with a name of one or two characters (戴志⏎明 → 戴志明).
 * (A padded name at a line's start, 李　四, keeps its line: one blank, then its second character.)
 */
function joinCutBlankNames(list: { text: string; start: number }[]): LogicalLine[] {
  const out: LogicalLine[] = list.map((l) => ({ text: l.text, offsetOf: (i) => l.start + i }));
  for (let i = 1; i < list.length; i++) {
    // A surname left alone at the end of the line (钱　立　邝⏎志强, 韩　⏎冰): an odd number of
    // single characters ends the line, so the last pairs with none of them.
    const lone = oddSingleAtEnd(out[i - 1]!.text);
    // (Or a compound surname alone at the end, its given name opening the line: …司徒⏎兰　覃　丽.)
    const surname = !lone && COMPOUND_SURNAME_AT_END.test(out[i - 1]!.text);
    // (Or a compound surname and one character, the last character of the given name opening the line: …上官云⏎飞.)
    const compoundThree = !lone && !surname && COMPOUND_THREE_AT_END.test(out[i - 1]!.text);
    // (Or a note left open at the end, closed on this line: …苟文斌（市住建⏎局）.)
    const note = !lone && !surname && unclosedNote(out[i - 1]!.text) ? NOTE_REST.exec(out[i]!.text) : null;
    // (A compound surname is no name alone: its given name of two characters opens the line, …陆永康　欧阳⏎晓东.)
    // (Or a transliterated name cut after its middle dot, its second part opening the line: …古丽娜尔·⏎阿不都拉.)
    const dotted = !lone && !surname && note === null && DOT_AT_END.test(out[i - 1]!.text) ? DOTTED_REST.exec(out[i]!.text) : null;
    const head = note ?? dotted ?? (lone ? FIRST_CHUNK.exec(out[i]!.text) : surname ? (SINGLE_HEAD.exec(out[i]!.text) ?? FIRST_CHUNK.exec(out[i]!.text)) : LONE_HEAD.exec(out[i]!.text));
    // (Not after a padded name that ends the line whole: …李  振⏎蒋  超    梁美婷.)
    if (head === null || (note === null && dotted === null && !lone && !compoundThree && (!SHORT_TAIL.test(out[i - 1]!.text) || PADDED_PAIR_AT_END.test(out[i - 1]!.text)))) continue;
    const at = out[i]!.text.indexOf(head[1]!);
    const before = out[i - 1]!;
    const kept = before.text.trimEnd().length;
    const source = list[i]!.start + at;
    const moved = head[1]!.length;
    out[i - 1] = { text: before.text.slice(0, kept) + head[1]!, offsetOf: (k) => (k < kept ? before.offsetOf(k) : source + k - kept) };
    // (The characters read with the line before are blanks here.)
    const rest = list[i]!;
    out[i] = { text: " ".repeat(at + moved) + rest.text.slice(at + moved), offsetOf: (k) => rest.start + k };
  }
  return out;
}

/** A line of a list as read: its text, and the source offset of each of its characters. */
interface LogicalLine {
  text: string;
  offsetOf(index: number): number;
}

/** Splits a list at ，、；, except inside brackets: 各县（市、区）人民政府 stays whole. */
function splitOutsideBrackets(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "（" || c === "(") depth++;
    else if ((c === "）" || c === ")") && depth > 0) depth--;
    else if (depth === 0 && "，,、；;".includes(c)) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** How far past the previous name the next one may start (a note, a title, separators). */
const LOCATE_WINDOW = 64;

/** Whether a character is a blank or line break of the layout. */
function isLayoutBlank(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0 || code === 0x0a || code === 0x0d || (code >= 0x2000 && code <= 0x200f) || code === 0xfeff;
}

/** Finds `name` in `text` from `cursor`, allowing blanks between its characters ([cursor, cursor] when absent). */
export function locate(text: string, cursor: number, name: string): [number, number] {
  const chars = Array.from(name);
  // The name starts near the cursor: after blanks, separators or a note, never far away.
  const limit = Math.min(text.length, cursor + LOCATE_WINDOW);
  for (let i = cursor; i < limit; i++) {
    // (A name starts at its first character, not at the blanks before it.)
    if (isLayoutBlank(text.charCodeAt(i))) continue;
    let j = i;
    let k = 0;
    while (k < chars.length && j < text.length) {
      if (isLayoutBlank(text.charCodeAt(j))) {
        j++;
        continue;
      }
      if (text.startsWith(chars[k]!, j)) {
        j += chars[k]!.length;
        k++;
      } else break;
    }
    if (k === chars.length) return [i, j];
  }
  return [cursor, cursor];
}

const ANY_LIST_SEPARATOR = /[，,、；;]/;
/** A page's list of related items under a list of recipients: 相关文件, 相关解读, 附件下载. */
const PAGE_LIST_AFTER = /^[ \t\u3000]*(?:相关(?:文件|解读|附件|稿件|政策|链接|阅读)|附件(?:下载)?(?:[：:]|[ \t\u3000]*$))/;
/** The 印发 row's parts a print may set on the last recipient's line: its organ, its date, a note in brackets (regex sources). */
const FOOT_ORGAN = "[\\u3400-\\u9fff]{2,30}(?:办公室|人民政府|政府)[ \\t\\u3000]*";
const FOOT_DATE = "[0-9０-９]{4}[ \\t]*年[ \\t]*[0-9０-９]{1,2}[ \\t]*月[ \\t]*[0-9０-９]{1,2}[ \\t]*日";
const FOOT_NOTE = "[（(](?:共印[0-9０-９一二三四五六七八九十百]+份|此件[^（()）]{2,8})[）)]";
/**
 * What a print sets after the last recipient on its line: the 印发 organ and date after wide blanks (or right after the
 * list's full stop, 印发 then written), or a note in brackets after blanks.
 */
const FOOT_AFTER_LIST = new RegExp(
  `(?:(?:[ \\t]{3,}|\\u3000{2,})(?:${FOOT_ORGAN})?${FOOT_DATE}(?:印发|印發)?(?:[ \\t\\u3000]*${FOOT_NOTE})?` +
    `|(?<=[。.])[ \\t\\u3000]*${FOOT_ORGAN}${FOOT_DATE}(?:印发|印發)(?:[ \\t\\u3000]*${FOOT_NOTE})?|[ \\t\\u3000]+${FOOT_NOTE})[ \\t\\u3000]*$`,
);
const PRINT_COUNT = /[。.]?\s*[(（]?共印[0-9０-９一二三四五六七八九十百]+份[)）]?\s*$/;
/** Blanks between two recipients (not a name's padding: both sides two characters or more). */
const BLANK_SEPARATOR = /(?<=[^\s\u3000]{2})[ \t\u3000]+(?=[^\s\u3000]{2})/g;

/** Reads a distribution list: recipients separated by ，、；, line wraps joined. */
export function buildDistribution(block: Block, ctx: BuildContext): string[] {
  // (What a page or a print puts after the list is none of it: a 相关文件 list below it, the 印发 row set on its line
  // after wide blanks, …各街道办事处　　　金朔区人民政府办公室　　　2023年4月26日印发, a note in brackets, （共印40份）.)
  const all = lines(block, ctx).map((l) => l.text);
  const frame = all.findIndex((l, i) => i > 0 && PAGE_LIST_AFTER.test(l));
  const list = (frame < 0 ? all : all.slice(0, frame)).map((l) => l.replace(FOOT_AFTER_LIST, ""));
  // (A print count after the list is no recipient: …各乡镇（街道）。（共印30份）.)
  // (A full stop that ends a line before more organs separates them too: …市政协办公室。⏎市纪委监委，….)
  // (Recipients apart on two lines, or by a blank where others are apart by 、, separate there
  // too where one recipient ends whole and the next begins: …县政协办公室⏎各乡镇人民政府、…,
  // 县委办公室，县人大常委会办公室 县政协办公室.)
  const wholeApart = (l: string, i: number): string => (i + 1 < list.length && RECIPIENTS_APART.test(l.trimEnd() + "\n" + list[i + 1]!.trimStart()) ? "、" : "");
  let joined = list.map((l, i) => (i + 1 < list.length ? l.replace(/[。.]\s*$/, "，") : l) + wholeApart(l, i)).join("").replace(PRINT_COUNT, "");
  // Recipients separated by blanks only (县委办公室　县人大常委会办公室): the blanks separate them.
  if (!ANY_LIST_SEPARATOR.test(list.join(""))) joined = list.join(" ").trim().replace(BLANK_SEPARATOR, "、");
  else if (joined.includes(" ") || joined.includes("\u3000")) joined = joined.replace(RECIPIENTS_BLANK_APART, "、");
  // (A filing note at the end is no recipient: …，区纪委监委，存档。)
  const items = splitOutsideBrackets(joined)
    .map((item) => ctx.compact(item).replace(/[。.]+$/, ""))
    .filter((item) => item !== "" && !FILING_NOTE.test(toMatchable(item)));
  // (Kinds of organ written one a character after 各, 县直各委、办、局, are one recipient.)
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const previous = out[out.length - 1];
    if (previous !== undefined && ORGAN_KIND_ALONE.test(item) && ORGAN_KINDS_AFTER_EACH.test(previous)) out[out.length - 1] = `${previous}、${item}`;
    // (Levels that share the rest of one recipient, 中、省直有关单位, 各县、区人民政府, 中央、省属驻市企业: one recipient.)
    else if (LEVEL_ALONE.test(item) && LEVEL_FIRST.test(items[i + 1] ?? "")) {
      out.push(`${item}、${items[i + 1]}`);
      i++;
    } else out.push(item);
  }
  return out;
}
/** A level alone, which the next item's rest completes: 中, 中直, 中央, 省, 各县. */
const LEVEL_ALONE = /^(?:中|中直|中央|省|省直|各县|各市|各区|县|市)$/;
/** An item that starts with a level and goes on to the organs: 省直有关单位, 区人民政府, 省属驻市企业. */
const LEVEL_FIRST = /^[省区市县][直属]?[\u3400-\u9fff（）()]{2,}/;
/**
 * A recipient's whole end, a break, the next one's start: an organ's last word before an
 * administrative level (…办公室 县政协…; not 县纪委⏎县监委, one organ), or a whole office or court before 各 (…办公室⏎各乡镇…,
 * …区检察院⏎各街道…; not 区政府⏎各部门, 县委⏎各部门).
 */
const RECIPIENTS_APART = recipientsApart("\\n", "");
/** {@link RECIPIENTS_APART} at a blank inside a line: 县人大常委会办公室 县政协办公室. */
const RECIPIENTS_BLANK_APART = recipientsApart("[ \\t\\u3000]+", "g");

/** The break `gap` between two recipients, each side as {@link RECIPIENTS_APART} tells. */
function recipientsApart(gap: string, flags: string): RegExp {
  const office = "办公室|辦公室|办公厅|辦公廳|部门|部門|单位|單位";
  const organEnd = `${office}|局|委|院|办|辦|政府|中心|厅|廳|署|部|会|會`;
  const level = "(?=[县縣區区市镇鎮乡鄉省州旗])(?![县縣區区市州旗][监監]委)";
  // (Before 各, a whole office or an organ that is never one with what follows, 区检察院⏎各街道办事处; not 县委⏎各部门.)
  const wholeBeforeEach = `${office}|院|局|中心|厅|廳|署|所|站|队|隊`;
  return new RegExp(`(?<=${organEnd})${gap}${level}|(?<=${wholeBeforeEach})${gap}(?=各)`, flags);
}
/** One character naming a kind of organ: 委, 办, 局. */
const ORGAN_KIND_ALONE = /^[委办辦局室]$/;
/** A recipient that ends in 各 and such a character, or in another of them after it: 县直各委, 县直各委、办. */
const ORGAN_KINDS_AFTER_EACH = /各[委办辦局室](?:、[委办辦局室])*$/;
/** A filing note among the recipients: 存档, 归档, 本机关存档 (Traditional too: 存檔). */
const FILING_NOTE = /^(?:本[机機单單][关關位])?(?:存[档檔]|[归歸][档檔]|留存)$/;
