import * as z from "zod";
import { Diagnostic } from "./diagnostic.js";
import { Position } from "./position.js";
import { MODEL_VERSION } from "./version.js";

// The model of one document. zod schemas are the single source of the TypeScript types.
// Paths named in ../shared/contract.md keep exactly those names and meanings.
// Every node read from the text carries an optional `position` (unist style, end exclusive);
// `toJson` leaves positions out unless asked for them.

const position = Position.optional();
const text = z.string();
const nullableText = z.string().nullable();

/** A span of text kept as written (chrome, unplaced lines, paragraphs). */
export const TextNode = z.object({
  text,
  position,
});
export type TextNode = z.infer<typeof TextNode>;

/** A date as written and as ISO `YYYY-MM-DD` (null when the text does not fix it). */
export const DateValue = z.object({
  /** The date as written: `二○二二年十二月五日`. */
  text,
  /** ISO `YYYY-MM-DD`, or null when year, month or day is unknown. */
  iso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  position,
});
export type DateValue = z.infer<typeof DateValue>;

/** 发文字号: `宜政纪[2011]1号` → prefix 宜政纪, year 2011, serial 1. */
export const DocumentNumber = z.object({
  /** As written: `〔2022〕15号`. */
  text,
  /** 机关代字 before the year bracket; null when none. */
  prefix: nullableText,
  year: z.number().int().nullable(),
  serial: z.number().int().nullable(),
  position,
});
export type DocumentNumber = z.infer<typeof DocumentNumber>;

/** One row or cell of the disclosure header (信息公开 table), as written. */
export const DisclosureField = z.object({
  /** The label without padding or colon: `索引号`. */
  label: text,
  /** The value, null when the cell is empty. */
  value: nullableText,
  position,
});
export type DisclosureField = z.infer<typeof DisclosureField>;

/** The disclosure header of a government information page (政府信息公开). */
export const Disclosure = z.object({
  /** 索引号 / 信息索引号 */
  indexNumber: nullableText,
  /** 信息名称 / 文件名称 / 名称 */
  title: nullableText,
  /** 成文日期 / 产生日期 / 生成日期, ISO */
  writtenDate: nullableText,
  /** 发布日期 / 公开日期 / 发文日期, ISO */
  publishDate: nullableText,
  /** 文件编号 / 文号 (null when the field is empty) */
  fileNumber: nullableText,
  /** 发布机构 / 发布部门 */
  publisher: nullableText,
  /** 公开方式 */
  disclosureMode: nullableText,
  /** 公开时限 */
  disclosurePeriod: nullableText,
  /** Every labelled field of the header, in order, including those not mapped above. */
  fields: z.array(DisclosureField),
  position,
});
export type Disclosure = z.infer<typeof Disclosure>;

/** A person named in the minutes: `潘 帆` → name 潘帆; `副区长钱振宇` → title 副区长. */
export const Person = z.object({
  /** The name only, padding removed. */
  name: text,
  /** The title written beside the name (区长, 县人大常委会副主任), else null. */
  title: nullableText,
  position,
});
export type Person = z.infer<typeof Person>;

/** A named group of people, such as 应邀列席的区人大代表、区政协委员. */
export const PersonGroup = z.object({
  /** The group's label: `区人大代表、区政协委员`. */
  group: text,
  people: z.array(Person),
  position,
});
export type PersonGroup = z.infer<typeof PersonGroup>;

/** When the meeting was held. */
export const MeetingDate = z.object({
  /** As written: `11月28日上午`. */
  text: nullableText,
  /** ISO date; a missing year is taken from the document's other dates only where certain. */
  iso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** 上午 / 下午 / 晚上 … */
  timeOfDay: nullableText,
  position,
});
export type MeetingDate = z.infer<typeof MeetingDate>;

/** An item of the agenda paragraph: 听取了区民政局罗英关于…的情况汇报. */
export const AgendaItem = z.object({
  /** The item as written, without the joining punctuation. */
  text,
  /** 进行了 / 听取了 / 审议了 / 学习了 … */
  verb: nullableText,
  /** The reporting body: 区民政局. */
  organization: nullableText,
  /** The person who reported: 罗英. */
  reporter: nullableText,
  /** What it was about (between 关于 and 的汇报). */
  subject: nullableText,
  /** Index into `topics` of the topic this item introduces, when one matches. */
  topicIndex: z.number().int().nullable(),
  position,
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/** A statement of attendance that names no one, kept as written (县直有关部门主要负责人列席会议). */
export const AttendanceNote = z.object({
  /** attendees / invitedAttendees / absentees / observers */
  role: z.enum(["attendees", "invitedAttendees", "absentees", "observers", "invitedObservers"]),
  text,
  position,
});
export type AttendanceNote = z.infer<typeof AttendanceNote>;

/** The standing meeting the minutes record. */
export const Meeting = z.object({
  /** N of 第N次 (第四十八次 → 48, 五届68次 → 68, 2024年第18次 → 18). */
  sessionNumber: z.number().int().nullable(),
  /** 届: 八届27次 → 8. */
  term: z.number().int().nullable(),
  date: MeetingDate,
  /** Where it was held: 区机关815会议室. */
  place: nullableText,
  /** 主持 */
  chair: Person.nullable(),
  /** 出席 / 参加人员 / 出席会议的有 */
  attendees: z.array(Person),
  /** 应邀出席 / 特邀出席 */
  invitedAttendees: z.array(Person),
  /** 请假 / 因公缺席 */
  absentees: z.array(Person),
  /** 列席 / 列席人员 */
  observers: z.array(Person),
  /** 应邀列席的… named groups */
  invitedObservers: z.array(PersonGroup),
  /** Attendance statements that name nobody. */
  attendanceNotes: z.array(AttendanceNote),
  /** The agenda paragraph's items (会议进行了…；听取了…). */
  agenda: z.array(AgendaItem),
  /** The opening paragraph(s), as written. */
  opening: z.array(TextNode),
});
export type Meeting = z.infer<typeof Meeting>;

/** A decision: 会议原则同意区民政局提出的…，根据会议讨论意见进一步修改完善后，提交区委常委会研究. */
export const Decision = z.object({
  /** The sentence as written. */
  text,
  /** 原则同意 / 同意 / 审议通过 / 原则通过 / 审定 / 议定 / 决定 … */
  verb: text,
  /** Who proposed it: 区民政局. */
  proposer: nullableText,
  /** What was agreed to, when stated. */
  object: nullableText,
  /** The follow-up: 认真组织实施 / 提交区委常委会研究 / 印发实施 … */
  followUp: nullableText,
  position,
});
export type Decision = z.infer<typeof Decision>;

/** A numbered requirement: 一要… / 二是… / 1. … */
export const Requirement = z.object({
  /** 1-based order. */
  ordinal: z.number().int(),
  /** The marker as written: 一要 / 二是. */
  marker: text,
  /** The requirement's text, marker included. */
  text,
  position,
});
export type Requirement = z.infer<typeof Requirement>;

/** Numbering styles of topic markers: 一、 / （一） / 1. / （1） / 议题一： / ① / 第一、. */
export const MarkerStyle = z.enum(["cn", "paren-cn", "arabic", "paren-arabic", "label", "circled", "ordinal"]);
export type MarkerStyle = z.infer<typeof MarkerStyle>;

export interface Topic {
  /** The marker as written: `一、`, `（一）`, `1.`. */
  marker: string;
  /** The marker's number: 一、 → 1. */
  number: number | null;
  style: MarkerStyle;
  /** 1 for the outermost numbering level. */
  level: number;
  /** The heading without the marker; null where the marker stands alone on its line. */
  heading: string | null;
  /** The body paragraphs, as written. */
  paragraphs: TextNode[];
  decisions: Decision[];
  requirements: Requirement[];
  /** Nested numbered items ((一) under 一、, 1. under (一)). */
  subtopics: Topic[];
  /** Index into `meeting.agenda` of the agenda item that introduces this topic. */
  agendaIndex: number | null;
  position?: Position | undefined;
}

/** A numbered item of the body: 一、关于区政府第一议题. */
export const Topic: z.ZodType<Topic> = z.lazy(() =>
  z.object({
    marker: text,
    number: z.number().int().nullable(),
    style: MarkerStyle,
    level: z.number().int().min(1),
    heading: nullableText,
    paragraphs: z.array(TextNode),
    decisions: z.array(Decision),
    requirements: z.array(Requirement),
    subtopics: z.array(Topic),
    agendaIndex: z.number().int().nullable(),
    position,
  }),
);

/** A 书面通报 item: 会议书面通报并原则同意区史志办提出的关于《吴兴区志》编纂工作的情况汇报… */
export const WrittenReport = z.object({
  /** The sentence as written. */
  text,
  /** The body that submitted it: 区史志办. */
  proposer: nullableText,
  /** Between 关于 and the final 的情况汇报 / 的汇报 / 的情况. */
  subject: nullableText,
  /** 原则同意 … */
  decision: nullableText,
  /** 提交区委常委会研究 / 认真组织实施 … */
  followUp: nullableText,
  position,
});
export type WrittenReport = z.infer<typeof WrittenReport>;

/** The 印发 line: 相城区人民政府办公室 2023年3月15日印发. */
export const Printing = z.object({
  organization: nullableText,
  date: DateValue.nullable(),
  position,
});
export type Printing = z.infer<typeof Printing>;

/** How the bytes were read. */
export const Source = z.object({
  /** The file path, when read from a file. */
  file: z.string().nullable(),
  /** utf-8, gb18030 or big5 (detected), or utf-16le / utf-16be (by the BOM). */
  encoding: z.enum(["utf-8", "gb18030", "big5", "utf-16le", "utf-16be"]),
  /** Whether a byte order mark was present (it is not part of the text). */
  bom: z.boolean(),
  /** lf / crlf / cr / mixed / none */
  lineEnding: z.enum(["lf", "crlf", "cr", "mixed", "none"]),
  /** Length of the decoded text in UTF-16 code units. */
  length: z.number().int().min(0),
  /** Number of lines. */
  lines: z.number().int().min(0),
});
export type Source = z.infer<typeof Source>;

/** The kinds of the document's top-level blocks, as the grammar and the builder placed them. */
export const BlockKind = z.enum([
  "header",
  "chrome",
  "document-number",
  "signature",
  "printing",
  "title",
  "opening",
  "agenda",
  "paragraph",
  "topic",
  "written-report",
  "people-list",
  "distribution",
  "unplaced",
]);
export type BlockKind = z.infer<typeof BlockKind>;

/** One top-level block of the document: together the blocks cover every non-blank character. */
export const OutlineEntry = z.object({
  kind: BlockKind,
  position,
});
export type OutlineEntry = z.infer<typeof OutlineEntry>;

export { MODEL_VERSION };

/** One parsed document: a 常务会议纪要 (or, flagged `not-minutes`, something else). */
export const Minutes = z.object({
  /** Always `minutes`. */
  type: z.literal("minutes"),
  /** Model version, `1`. */
  version: z.literal(MODEL_VERSION),
  source: Source,
  /** The 纪要 title line / headline. */
  title: nullableText,
  /** 发文字号 as written in the body, else the header's 文件编号. */
  documentNumber: DocumentNumber.nullable(),
  /** 落款 organ. */
  issuer: nullableText,
  /** 落款 date. */
  issueDate: DateValue.nullable(),
  disclosure: Disclosure,
  /** The standing meeting; null for a text flagged `not-minutes`. */
  meeting: Meeting.nullable(),
  /** The outermost numbered items of the body. */
  topics: z.array(Topic),
  /** Body paragraphs outside any numbered item (news-style minutes keep their body here). */
  paragraphs: z.array(TextNode),
  /** 书面通报 items. */
  writtenReports: z.array(WrittenReport),
  /** 分送 / 抄送 recipients. */
  distribution: z.array(z.string()),
  /** The 印发 line. */
  printing: Printing.nullable(),
  /** Website chrome (navigation, 扫码…, 字体…), kept as written. */
  chrome: z.array(TextNode),
  /** The document's blocks in order: its outline (every non-blank character lies in one). */
  outline: z.array(OutlineEntry),
  /** Text the grammar could not place, kept as written (each also has a diagnostic). */
  unplaced: z.array(TextNode),
  diagnostics: z.array(Diagnostic),
});
export type Minutes = z.infer<typeof Minutes>;
