// The meeting's own fields in the opening sentence: date, time of day, place, chair.
import type { MeetingDate, Person } from "../model/index.js";
import type { BuildContext } from "./context.js";
import { type Span, CLAUSE_END, cut, slice, stripEnd } from "./sentences.js";
import { findDates, findTimeOfDay } from "./values/dates.js";
import { TITLE_ROLE_AT_END, looksLikeLongName, looksLikeName, nameBetweenOrganAndTitle, splitTitleName } from "./values/names.js";
import { compact } from "./values/text.js";

/** The verbs of passing another meeting on, and what was passed on: 传达学习…精神, 落实…议定事项 (regex sources). */
export const CONVEYED_VERB = "(?:传达|学习|贯彻|落实)";
export const CONVEYED_WHAT = "(?:精神|部署|要求|议定事项|决定事项|议定|决定)";

/** Words that say a meeting was held (召开 / 主持 / 举行). */
export const HELD = /召开|主持|举行/;
/** Words that say a meeting is only planned (a notice, not minutes; a preview, 将在…召开, …明日召开), or held as a rule (一般每月召开两次: a page about the meeting), or what minutes hold (一般写明…主持人: a page about writing them). */
export const PLANNED = /定于|关于召开[^。，]{2,40}的通知|拟于|将于|将在[^。，,]{2,30}?召开|(?:明日|明天)召开|计划于|一般每|一般写明|用于记载|每[月周年季](?:召开|一次|两次|[一二两三四][至到]|[0-9一二两三四]次)|可临时召开|召集[和并]主持(?!召开)/;

/** A month and day joined by a dash, opening the sentence before its comma (3-24，), 年 / 月 / 日 stripped. */
const DASHED_MONTH_DAY = /^\s*([0-9]{1,2})-([0-9]{1,2})(?=\s*[,，])/;
/** What follows the date of a news dateline: 3月6日讯, 3月6日电, 2月22日消息. */
const DATELINE = /^(?:[讯訊电電]|消息|[报報]道)/;
/** A dateline whose report tells of that same day: 4月28日讯(记者…)今天下午，…. */
const DATELINE_TODAY = /^(?:[讯訊电電]|消息)\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:今天|今日)/;

/** What the meeting passed on, a date inside it another meeting's: 传达学习1月15日全省…会精神. */
const CONVEYED_SPAN = /(?:传达|学习|贯彻)[^。；;，,]{0,40}?(?:精神|部署|要求)/g;
/** A date written as a page's stamp writes it, 2020-06-24, and the clock time after it. */
const STAMP_DATE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$/;
const CLOCK_AFTER = /^[ \t\u3000]*[0-9]{1,2}:[0-9]{2}/;
/** The words before a date of what the meeting followed: 根据9月25日…安排, 按照…, 继9月25日…后. */
const ARRANGED_BY = /(?:根据|按照|继)$/;

/** A weekday's note right after a date: （周三）, (星期五), （週四）. */
const WEEKDAY_NOTE = /^[ \t]*[（(](?:星期|周|週|礼拜|禮拜)[一二三四五六日天][）)][ \t]*/;
/** A time of day cut by a line break: 下⏎午. */
const CUT_TIME_OF_DAY = /^[ \t\u3000]*([上下中])[ \t\u3000]*\r?\n[ \t\u3000]*午/;

/** The meeting date and time of day of the opening sentence. */
export function meetingDate(sentence: Span, ctx: BuildContext, defaultYear: number | null): MeetingDate & { year: number | null; month: number | null; day: number | null } {
  // The date opens the sentence: look no further than its first clauses.
  const head = sentence.match.slice(0, 80);
  // (A news dateline's date is the report's: 清塘新闻网3月6日讯（记者…）3月5日下午….)
  // (Unless the report tells of that same day: 潇浦网4月28日讯(记者…)今天下午….)
  // (Nor the date of what the meeting passed on, …传达学习1月15日全省…动员部署会精神, nor of the arrangement it
  // followed, 根据9月25日县委常委会会议安排，10月23日上午，…: the meeting's own date is another, or none.)
  const conveyed = head.includes("传达") || head.includes("学习") || head.includes("贯彻") ? [...head.matchAll(CONVEYED_SPAN)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  const date = findDates(head, defaultYear).find(
    (d) =>
      (d.month !== null || d.text.length >= 6) &&
      (!DATELINE.test(head.slice(d.end, d.end + 2)) || DATELINE_TODAY.test(head.slice(d.end))) &&
      !conveyed.some(([from, to]) => d.index > from && d.end < to) &&
      !ARRANGED_BY.test(head.slice(Math.max(0, d.index - 3), d.index)) &&
      // (Nor a page's time stamp run into the opening where the page has no blank lines: 2020-06-24 07:58　枫岭日报⏎本报讯…6月23日，….)
      !(STAMP_DATE.test(d.text) && CLOCK_AFTER.test(head.slice(d.end, d.end + 8))),
  );
  // (The time of day right after the date wherever the date stands: a sentence that starts with a
  // page's chrome lines puts it past the first clauses: …特大⏎邗江区…纪要⏎2022年1月19日上午，….)
  const right = date ? findTimeOfDay(head.slice(date.end, date.end + 4)) : null;
  const time = right !== null && right.index <= 2 ? { text: right.text, index: date!.end + right.index } : findTimeOfDay(head.slice(0, 60));
  // (A site that turned 月 into a dash and dropped 日 and the year: 3-24，县长…主持召开…; the
  // year comes from the document's other dates.)
  const dashed = date ? null : DASHED_MONTH_DAY.exec(head);
  if (dashed !== null) {
    const month = Number(dashed[1]);
    const day = Number(dashed[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      const at = dashed.index + dashed[0].indexOf(dashed[1]!);
      const end = at + dashed[1]!.length + 1 + dashed[2]!.length;
      return { text: sentence.text.slice(at, end), iso: null, timeOfDay: time?.text ?? null, year: null, month, day, position: ctx.position(sentence.start + at, sentence.start + end) };
    }
  }
  if (!date) {
    return { text: time ? time.text : null, iso: null, timeOfDay: time?.text ?? null, year: null, month: null, day: null, ...(time ? { position: ctx.position(sentence.start + time.index, sentence.start + time.index + time.text.length) } : {}) };
  }
  let end = date.end;
  let timeOfDay: string | null = null;
  if (time && time.index >= date.end && time.index <= date.end + 2) {
    timeOfDay = time.text;
    end = time.index + time.text.length;
    // (Right after the date's weekday note too, a bare 晚 included: 6月7日（周三）晚，…, wherever the date stands.)
  } else if (time && time.index === date.end + (WEEKDAY_NOTE.exec(head.slice(date.end))?.[0].length ?? -1)) timeOfDay = time.text;
  else if (time && time.index < 30 && time.text !== "晚") timeOfDay = time.text;
  else {
    // (Or cut in two by a line wrap right after the date: 二〇二五年二月十三日下⏎午，….)
    const cut = CUT_TIME_OF_DAY.exec(head.slice(date.end));
    if (cut !== null) timeOfDay = `${cut[1]}午`;
  }
  return {
    text: sentence.text.slice(date.index, end),
    iso: date.iso,
    timeOfDay,
    year: date.year,
    month: date.month,
    day: date.day,
    position: ctx.position(sentence.start + date.index, sentence.start + end),
  };
}

/** 在区行政中心2号楼四楼会议室(，)主持召开 → 区行政中心2号楼四楼会议室 (以视频会议形式召开 after it too; 先后召开 two meetings there) */
const PLACE = /(?:在|于)([^,，。;；在于]{2,40}?)\s*(?:先后|分别|相继|依次)?(?:[,，]|以[^,，。;；]{1,10}?(?:形式|方式)|召集并主持|召开并主持|继续主持召开|继续主持|主持召开|继续召开|召开|举行|主持)/;
/** A place, then 由 and the one who chaired the meeting there. */
const PLACE_BEFORE_CHAIR = /(?:在|于)([^,，。;；在于]{2,40}?)由[^,，。;；]{2,30}?主持/;
/** A place after the meeting's clause, before what was done there: …常务会议，在县政府四楼会议室研究了以下事项. */
const PLACE_THEN_BUSINESS = /[,，]在([^,，。;；在于]{2,40}?)(?:研究|审议|听取|讨论|传达)/;
/** A video meeting's main venue: …以视频会议形式召开…，区政府三楼视频会议室设主会场，各镇设分会场. */
const MAIN_VENUE = /(?:^|[,，])(?:在)?([^,，。;；在于]{2,40}?)设(?:主会场|立主会场)/;
/** The place labelled inside the opening sentence: …常务会议，会议地点：区政府三楼会议室 / （地点：…） / ，会议地点在…. */
const LABELLED_PLACE = /(?:^|[,，（(])(?:会议)?地点(?:[:：]|设?在|为)\s*([^,，。;；()（）]{2,40})/;
const PLACE_END = /(?:室|厅|楼|中心|会场|宾馆|酒店|大厦|礼堂|园区|基地|现场|堂|馆|所|樓|廳|處|党校|管委会|学院|大学)$/;
/** A video meeting's mark of the main venue at a place's end: 主会场, （主会场） (matchable text). */
const MAIN_VENUE_MARK = /(?:\(主会场\)|主会场)$/;
/** A place without the main venue's mark and the branch venues after it: 区政府一号楼302会议室（主会场），各街道设分会场 → 区政府一号楼302会议室. */
export function withoutVenueMarks(place: string): string {
  return place.replace(VENUE_MARKS, "");
}
const VENUE_MARKS = /[ \t\u3000]*(?:[（(]主会场[)）][^]*|主会场$|[，,；;][^，,；;]*分会场[^]*)$/;
/** A room number in brackets after a place: …三楼会议室（316）. */
const ROOM_NOTE = /[(（][^()（）]{1,8}[)）]$/;

/** A branch venue at a place's end: 杭州分会场, 各镇分会场. */
const BRANCH_VENUE = /分会场$/;

/** The first match of `re` in `text` from `from` on, or null. */
function nextMatch(re: RegExp, text: string, from: number): RegExpExecArray | null {
  const m = re.exec(text.slice(from));
  if (m !== null) m.index += from;
  return m;
}

/** The place of the opening sentence, or null. */
export function meetingPlace(sentence: Span): string | null {
  const venue = sentence.match.includes("主会场");
  const labelled = sentence.match.includes("地点");
  if (!venue && !labelled && !sentence.match.includes("在") && !sentence.match.includes("于")) return null;
  // (Or the place before the one who chaired it: 在区住建局三楼会议室由副区长岑卓然主持召开.)
  // (Or after the meeting's clause: …第33次常务会议，在县政府四楼会议室研究了以下事项.)
  // (Or a video meeting's main venue: …，区政府三楼视频会议室设主会场，….)
  // (Or labelled in a clause of its own: …，会议地点：区行政中心12楼第一会议室.)
  for (const re of [PLACE, PLACE_BEFORE_CHAIR, PLACE_THEN_BUSINESS, ...(venue ? [MAIN_VENUE] : []), ...(labelled ? [LABELLED_PLACE] : [])]) {
    // (Each match in turn: a date after 于 may come first, 于2024年8月13日（星期二）上午，在县政府第一会议室主持召开.)
    for (let m = re.exec(sentence.match); m !== null; m = re === PLACE ? nextMatch(re, sentence.match, m.index + 1) : null) {
      const at = m.index + m[0].indexOf(m[1]!);
      // (Without its main venue's mark: …六楼会议室主会场, …四楼会议室（主会场）; the mark alone is no place, 在主会场主持会议.)
      const kept = m[1]!.length - (MAIN_VENUE_MARK.exec(m[1]!)?.[0].length ?? 0);
      // (A branch venue is where someone joined from, not the meeting's place: …杜晓梅在杭州分会场以视频方式出席会议.)
      if (kept < 2 || BRANCH_VENUE.test(m[1]!)) continue;
      const place = compact(sentence.text.slice(at, at + kept));
      if (PLACE_END.test(sentence.match.slice(at, at + kept).replace(ROOM_NOTE, ""))) return place;
    }
  }
  return null;
}

/**
 * Chair patterns, in order: 会议由X主持 / X受…委托(，在…)主持 / …召开，X主持 / X(在…)主持召开 /
 * X主持会议 / 由X主持. Each with a word the sentence must hold for it to be tried: a pattern
 * that opens with a lazy run costs a search from every position of the sentence.
 */
const CHAIR_PATTERNS: [string, RegExp][] = [
  ["会议由", /会议由([^,，。;；]{2,30}?)(?:同志)?主持/],
  // 市长姚振东在市政府常务会议室召开并主持… / 区长俞国华出席会议并主持 / 区长葛文渊召开区政府…常务会议并主持会议.
  ["并主持", /([^,，。;；]{2,30}?)(?:同志)?(?:在[^,，。;；]{2,40}?)?(?:召开|召集|出席(?:了)?会议|召开[^,，。;；]{2,40}?会议?)并主持/],
  // 副县长邵明远受县长委托，在…主持召开 / 常务副区长薛华受区长委托主持召开.
  ["委托", /([^,，。;；]{2,30}?)(?:同志)?受[^,，。;；]{1,12}?委托[,，]?(?:于[^,，。;；在]{2,30}?)?(?:在[^,，。;；]{2,40}?[,，]?)?(?:主持召开|主持)/],
  // 县长祁振邦于2024年8月13日（星期二）上午，在县政府第一会议室主持召开….
  ["于", /([^,，。;；]{2,30}?)(?:同志)?于[^,，。;；]{2,30}?[,，]在[^,，。;；]{2,40}?(?:主持召开|主持)/],
  // …在区行政中心召开，区长韩卫东主持。 / …召开第14次常务会议，区长司马文涛主持，现将…
  ["主持", /(?:召开|举行)[^,，。;；]{0,30}[,，]([^,，。;；]{2,30}?)(?:同志)?主持(?:会议)?(?:[,，]|[。;；]?$)/],
  // (A comma may end the place: 区长蒋承志在宁西科技促进中心2306会议室，主持召开….)
  // (A print's line may end between 主持 and 召开: …会议室主持⏎   召开….)
  // (Or 于 before a place that ends as rooms do: 市长龚建华于市政府常务会议室主持召开…; 于 may be a surname, 县长于洪波主持召开.)
  ["主持", /([^,，。;；]{2,30}?)(?:同志)?(?:(?:在[^,，。;；]{2,40}?|于[^,，。;；在于]{2,40}?(?:室|厅|楼|中心|会场|宾馆|酒店|大厦|礼堂))[,，]?)?(?:继续|又|再次)?主持(?:\s*\n\s*)?召开/],
  // (Where, before 主持会议: 区长韩振东在主会场主持会议, 县长祝文海在县政府应急指挥中心主持会议.)
  ["会议", /([^,，。;；在]{2,30}?)(?:同志)?在[^,，。;；]{2,40}?主持(?:了)?会议/],
  ["会议", /([^,，。;；]{2,30}?)(?:同志)?主持(?:了)?会议/],
  ["由", /由([^,，。;；]{2,30}?)主持/],
  // A clause of its own: …常务会议召开。区委副书记、区长邵华东主持;副区长…出席.
  ["主持", /(?:^|[,，;；])([^,，。;；]{2,30}?)(?:同志)?主持(?=[,，;；。]|$)/],
  // The meeting named right after 主持, without 召开: 县长郑文海9月3日上午主持县政府第47次常务会议.
  ["主持", /(?:^|[,，;；])([^,，。;；]{2,30}?)(?:同志)?主持(?:了)?[^,，。;；]{2,30}?常务会议?/],
];
/** A bracketed note between a chair's title and name: 常务副县长（主持县政府工作）韩立平. */
const NOTE_IN_TITLE = /[（(][^（()）]{1,16}[）)](?=[\u3400-\u9fff·]{2,6}$)/;
/** How far before the first 主持 a chair pattern's match may start (the longest pattern, and some). */
const CHAIR_REACH = 100;
const LEADING_NOISE = /^(?:[0-9]{5,8}(?=上午|下午|晚上)|(?:[0-9]{4}年)?(?:[0-9]{1,2}月[0-9]{1,2}日)?)(?:上午|下午|晚上)?[,，]?(?:随后[,，]?)?(?:受[^,，]{0,10}?委托[,，]?)?(?:委托)?(?:会议由|由)?/;

/** How the chair held it, after the name: 区长X以视频会议形式主持召开, 县长X通过视频连线方式主持召开, 区长X出席并主持召开. */
const HOW_AFTER_NAME = /(?:以|通过)[^,，。;；]{1,10}?(?:形式|方式)$|出席并$/;
/** A note in brackets after the chair's name: 副县长杨志明（主持县政府工作）. */
const NOTE_AFTER_NAME = /[(（][^()（）]{1,12}[)）]$/;
/** 受…委托 written after the chair's name: 会议由常务副县长王德明受县长委托主持. */
const ENTRUSTED_AFTER_NAME = /受[^,，。;；]{1,12}?委托$/;
/** Who entrusted the chair, before the chair: 会议由市长沈德明委托常务副市长朱民阳主持. */
const ENTRUSTING_BEFORE = /^[^,，。;；]{2,20}?委托(?=[^,，。;；]{2,})/;
/** A date or time of day written after the chair's name: 县长贺建军于3月5日下午(在…)主持召开, 区长邵振东20日下午主持召开, 县长宋启航于2019年1月9日（星期三）下午在…. */
const WHEN_AFTER_NAME = /(?:于|在)?(?:[0-9０-９]{4}年)?(?:(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)?(?:[（(](?:星期|周)[一二三四五六日天][）)])?(?:上午|下午|晚上|晚)?(?:[0-9０-９]{1,2}[时:：][0-9０-９]{0,2}分?)?$/;
/** A news report's dateline and byline before the chair's title: 津沽网讯（记者 郝卫东 通讯员 穆雪）, 本报讯(记者 冯晓岚). */
const BYLINE_BEFORE = /^[^,，。;；（(]{0,16}?(?:讯|电)[ \t\u3000]*[(（][^()（）]{0,40}[)）][ \t\u3000]*/;

/** A chair's name: two to four characters, or a long name without a dot (额尔德木图). */
const isChairName = (s: string): boolean => !NOT_A_CHAIR.test(s) && (looksLikeName(s) || looksLikeLongName(s));
/** A chair told by the title alone: …，县长主持召开… (the head's title, with no name before it). */
const TITLE_ONLY_CHAIR = /(?:^|[，,。；;）)\s])((?:县|区|市|镇|乡|旗)长)主持/;
/** A name after the chair's title, then what the chair said: 县长苗书澜指出, 区长王强在讲话中强调. */
const NAME_THEN_SPEECH = /^([\u3400-\u9fff]{2,3}?)(?:在讲话中|在会上)?(?:指出|强调|要求|表示|讲话)/;

/** A name alone opening a sentence or clause, then what that person said: 。徐茂林强调. */
const NAME_SPEAKS = /(?<=^|[。，,；;])([\u3400-\u9fff]{2,3}?)(?:指出|强调|要求)/g;

/**
 * The chair the opening names by title alone (县长主持召开…), named with that title in a later
 * sentence of the report (县长苗书澜指出，…), or the one name alone that speaks in it (徐茂林强调，…):
 * that name and title.
 */
export function chairNamedLater(opening: Span, later: readonly Span[], ctx: BuildContext): Person | null {
  const told = TITLE_ONLY_CHAIR.exec(opening.match);
  if (told === null) return null;
  const title = told[1]!;
  for (const sentence of later) {
    for (let at = sentence.match.indexOf(title); at >= 0; at = sentence.match.indexOf(title, at + 1)) {
      const m = NAME_THEN_SPEECH.exec(sentence.match.slice(at + title.length));
      if (m === null || !isChairName(m[1]!)) continue;
      const nameAt = sentence.start + at + title.length;
      return { name: m[1]!, title, position: ctx.position(nameAt, nameAt + m[1]!.length) };
    }
  }
  // (Or by the name alone, one person speaking in the report: 。徐茂林强调，…。徐茂林要求，….)
  let speaker: { name: string; at: number } | null = null;
  for (const sentence of later) {
    for (const m of sentence.match.matchAll(NAME_SPEAKS)) {
      if (!looksLikeName(m[1]!)) continue;
      if (speaker !== null && speaker.name !== m[1]) return null;
      speaker ??= { name: m[1]!, at: sentence.start + m.index };
    }
  }
  return speaker === null ? null : { name: speaker.name, title, position: ctx.position(speaker.at, speaker.at + speaker.name.length) };
}

/** Words that stand before 主持 but name no one: 随后，继续主持召开…. */
const NOT_A_CHAIR = /^(?:继续|接着|随后|随即|又|再次|会后|当天|同时|共同)$/;

/** The chair of the opening sentence: `县长汪立群主持召开…` → 汪立群 (县长). */
export function meetingChair(sentence: Span, ctx: BuildContext): Person | null {
  let held = sentence.match.indexOf("主持");
  if (held < 0) return null;
  // (Two meetings' chairs in one sentence, the standing meeting's second: 党组（扩大）会议由区长蔡文博主持，常务会议由
  // 常务副区长钟立群主持: the standing meeting's clause.)
  const standing = STANDING_CHAIR_CLAUSE.exec(sentence.match);
  if (standing !== null && standing.index > held) {
    sentence = slice(sentence, standing.index + 1, sentence.text.length);
    held = sentence.match.indexOf("主持");
  }
  // Every match ends at a 主持: the patterns search from a little before the first one.
  const from = Math.max(0, held - CHAIR_REACH);
  const text = from > 0 ? sentence.match.slice(from) : sentence.match;
  for (const [word, re] of CHAIR_PATTERNS) {
    if (!text.includes(word)) continue;
    const m = re.exec(text);
    if (!m) continue;
    const at = from + m.index + m[0].indexOf(m[1]!);
    let raw = sentence.text.slice(at, at + m[1]!.length);
    const noise = LEADING_NOISE.exec(sentence.match.slice(at, at + m[1]!.length));
    if (noise) raw = raw.slice(noise[0].length);
    raw = raw.replace(BYLINE_BEFORE, "");
    raw = stripEnd(raw.replace(HOW_AFTER_NAME, "").replace(NOTE_AFTER_NAME, "").replace(ENTRUSTED_AFTER_NAME, "").replace(ENTRUSTING_BEFORE, "").replace(/同志$/, "").replace(WHEN_AFTER_NAME, ""));
    let { name, title } = splitTitleName(raw);
    // (A note inside the title, 常务副县长（主持县政府工作）韩立平, is the title's: read without it.)
    if (title === null && NOTE_IN_TITLE.test(raw)) {
      const split = splitTitleName(raw.replace(NOTE_IN_TITLE, ""));
      if (split.title !== null && raw.endsWith(split.name)) ({ name, title } = { name: split.name, title: raw.slice(0, raw.length - split.name.length) });
    }
    // (受石建辉副市长委托，市政府柯军副秘书长…主持召开: the name between its organ and its title.)
    if (!isChairName(ctx.compact(name))) ({ name, title } = nameBetweenOrganAndTitle(ctx.compact(raw)) ?? { name, title });
    const clean = ctx.compact(name);
    if (!isChairName(clean)) continue;
    const nameAt = ctx.text.indexOf(name, sentence.start + at);
    const position = nameAt >= 0 ? ctx.position(nameAt, nameAt + name.length) : undefined;
    // (A compound title a comma cuts, its first part a clause of its own before it: 区委副书记、区长，区政府党组书记阎振宇.)
    const head = title === null ? null : TITLE_CLAUSE_BEFORE.exec(sentence.match.slice(Math.max(0, at - TITLE_CLAUSE_REACH), at));
    const fullTitle = head !== null && TITLE_ROLE_AT_END.test(compact(head[1]!)) ? `${ctx.compact(sentence.text.slice(at - head[0].length + head[0].indexOf(head[1]!), at - 1))}，${title}` : title;
    return { name: clean, title: fullTitle === null ? null : ctx.compact(fullTitle), ...(position ? { position } : {}) };
  }
  return null;
}

/** A clause that names the standing meeting's chair after another's: ，常务会议由…主持 (matchable text). */
const STANDING_CHAIR_CLAUSE = /[,，;；][^,，;；。]{0,16}常务会议?由[^,，;；。]{2,40}主持/;
/** A clause of titles only right before the chair's clause, after the sentence's start or a comma (matchable text): 区委副书记、区长，. */
const TITLE_CLAUSE_BEFORE = /(?:^|[,，])([^,，。;；0-9]{2,20})[,，]$/;
const TITLE_CLAUSE_REACH = 24;

/** The clauses of a sentence. */
export function clauses(sentence: Span): Span[] {
  return cut(sentence, CLAUSE_END);
}
