// The masthead and the 版记 around the text: the 发文字号 and the office and date set beside or
// under it, a 落款 organ wrapped over two lines, a print's 版头, the 版记 at the page's end.
import type { DateValue, Disclosure, DocumentNumber } from "../model/index.js";
import { type Block, onNextLine, toBlock } from "./blocks.js";
import type { BuildContext } from "./context.js";
import { DATE_ONLY } from "./front.js";
import { findDates, parseDate } from "./values/dates.js";
import { parseDocumentNumber } from "./values/doc-number.js";
import { toMatchable } from "./values/text.js";
import { ORGAN_ALONE } from "./placement.js";
import { TITLE_AS_PREFIX } from "./title.js";
import { NUMBER_CELL } from "./signatures.js";
import { lastLine } from "./topic-lists.js";

/** The end of an organ's name alone: what a 落款 organ wrapped over two lines leaves on its second line. */
export const ORGAN_TAIL_ONLY = /^(?:(?:政府|府)?(?:办公室|辦公室)|办)$/;

/** An office's name, whole: 章安区人民政府办公室. */
const OFFICE_NAME = /^[\u3400-\u9fff]{2,24}(?:办公室|辦公室|办公厅|辦公廳)$/;

/** A date set right after a 发文字号 on its line (matchable text). */
const DATE_AFTER_NUMBER = /[号號期][ \t]{2,}((?:[0-9]{4}|[〇○零一二三四五六七八九]{4})年[0-9元一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日)\s*$/;

/** The office and date of a masthead whose number has the date set right on its line and the office below it, or null. */
export function numberThenOffice(blocks: Block[], numbers: Block[], ctx: BuildContext): { issuer: string; issueDate: DateValue } | null {
  for (const number of numbers) {
    const date = DATE_AFTER_NUMBER.exec(ctx.match.slice(number.start, number.end));
    const office = blocks[blocks.indexOf(number) + 1];
    if (date === null || office === undefined || office.kind !== "paragraph") continue;
    const name = ctx.compact(ctx.text.slice(office.start, office.end));
    if (!OFFICE_NAME.test(name)) continue;
    const at = number.start + date.index + date[0].indexOf(date[1]!);
    const text = ctx.text.slice(at, at + date[1]!.length);
    office.outline = "signature";
    return { issuer: name, issueDate: { text, iso: parseDate(text).iso, position: ctx.position(at, at + text.length) } };
  }
  return null;
}

/**
 * The organ of a masthead whose number stands on its line after a gap and whose date is the
 * line below (章安区人民政府办公室　　〔2023〕16号⏎2023年7月20日), or null.
 */
export function organBeforeNumber(blocks: Block[], dateBlock: Block, ctx: BuildContext): string | null {
  const i = blocks.indexOf(dateBlock);
  const number = blocks[i - 1];
  const organ = blocks[i - 2];
  if (number === undefined || organ === undefined || number.kind !== "docNumberLine" || organ.kind !== "paragraph") return null;
  // (On one line of the source: the reading view may have set the number on a line of its own.)
  const between = ctx.position(organ.end, number.start);
  if (between.start.line !== between.end.line) return null;
  const name = ctx.compact(ctx.text.slice(organ.start, organ.end));
  return OFFICE_NAME.test(name) ? name : null;
}

/** The paragraph right above the first 落款 block, when it is an organ's name ending in 政府. */
export function organLineAbove(blocks: Block[], ctx: BuildContext): Block | null {
  const i = blocks.findIndex((b) => b.kind === "signature" && b.outline !== "printing");
  // (The line may end the last topic's body, where the grammar kept it.)
  const last = i > 0 ? lastLine(blocks[i - 1]!) : undefined;
  const above = last === undefined ? undefined : last === blocks[i - 1] ? blocks[i - 1] : (toBlock(last) ?? undefined);
  if (above?.kind !== "paragraph" || !onNextLine(ctx.text, above.end, blocks[i]!.start)) return null;
  // (Or cut inside its word: 蓼川县人民政⏎府办公室.)
  return /^[\u3400-\u9fff]{2,20}(?:人民政府|政府|人民政|人民|政)$/.test(ctx.match.slice(above.start, above.end).trim()) ? above : null;
}

/** A serial alone: 第12号 (matchable text). */
export const SERIAL_ONLY = /^第\s*([0-9]{1,4})\s*号$/;
/** A session number in a masthead's number line: （第4次）. */
export const MASTHEAD_SESSION = /第([0-9一二三四五六七八九十百零〇○]{1,6})次/;

/** The first full date of each line around the title and above the opening. */
export function datesAboveOpening(front: { b: Block; i: number }[], blocks: Block[], titleLines: (Block | null)[], openingIndex: number, ctx: BuildContext): string[] {
  // (From the title's last line: a headline cut in two, 欧阳振华主持召开区政府第⏎29次常务会议.)
  const titleIndex = titleLines[0] ? Math.max(...titleLines.map((t) => (t ? blocks.indexOf(t) : -1))) : -1;
  const out: string[] = [];
  for (const { b, i } of front) {
    if ((openingIndex >= 0 && i >= openingIndex) || titleLines.includes(b)) continue;
    // (Near the title; where no line is the title, a line that is only a date: 2022-04-08.)
    const line = ctx.match.slice(b.start, b.end);
    if (titleIndex >= 0 ? i > titleIndex + 2 : !DATE_ONLY.test(line)) continue;
    const date = findDates(line).find((d) => d.iso !== null);
    if (date) out.push(date.iso!);
  }
  return out;
}

/** An e-paper's page (版) line: 第01版：要闻. */
export const PAPER_PAGE = /^第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版/;
/** The 版头 of a print: 龙潭镇人民政府办公室文件 (matchable text). */
const PRINT_MASTHEAD = /^[\u3400-\u9fff()]{2,30}文件$/;
/** A site's banner: the organ and a section of its site (白庙镇人民政府 - 政务公开, 河口市人民政府门户网站　无障碍). */
const SITE_BANNER = /^[\u3400-\u9fff]{2,30}(?:人民政府|政府|办公室|管委会|管理委员会)(?:门户网站|网站|网)?(?:\s*[-—_|]\s*|\s{2,})[\u3400-\u9fff ]{2,16}$/;
/** An organ's name alone, a print's 版头 or a site's banner (matchable text). */
export const isMastheadOrgan = (match: string): boolean => ORGAN_ALONE.test(match) || PRINT_MASTHEAD.test(match) || SITE_BANNER.test(match);

/** A page's update time among the header's fields (更新时间): it dates the page, if not as its publish date. */
const UPDATED_LABEL = /^更新(?:时间|日期)$/;

/** The dates of the header's update-time fields, for the meeting's year. */
export function updateDates(disclosure: Disclosure): (string | null)[] {
  return disclosure.fields.filter((f) => f.value !== null && UPDATED_LABEL.test(toMatchable(f.label))).map((f) => parseDate(f.value!).iso);
}

/**
 * A 发文字号 and the 落款's organ on the line above its date, apart by a wide gap
 * (〔2022〕11号　　　　苕南区人民政府办公室⏎二〇二二年九月十五日): the organ, the number's span and the line, or null.
 */
export function numberAndOrganAbove(blocks: Block[], dateBlock: Block, ctx: BuildContext): { issuer: string; number: { start: number; end: number }; line: Block } | null {
  const above = blocks[blocks.indexOf(dateBlock) - 1];
  if (above === undefined || above.kind !== "paragraph" || !onNextLine(ctx.text, above.end, dateBlock.start)) return null;
  const m = NUMBER_THEN_OFFICE.exec(ctx.text.slice(above.start, above.end));
  if (m === null || !NUMBER_CELL.test(m[1]!) || !OFFICE_NAME.test(ctx.compact(m[2]!))) return null;
  return { issuer: ctx.compact(m[2]!), number: { start: above.start + m.index, end: above.start + m.index + m[1]!.length }, line: above };
}
/** A cell, a wide gap and another cell: a 发文字号 and an office on one line. */
const NUMBER_THEN_OFFICE = /^([^ \t\u3000]{4,20})[ \t\u3000]{2,}([^ \t\u3000]{4,30})[ \t\u3000]*$/;

/** A blank between two Han characters. */
const LETTER_SPACING = /(?<=[\u3400-\u9fff])[ \u3000](?=[\u3400-\u9fff])/g;

export function buildDocumentNumber(lines: Pick<Block, "start" | "end">[], headerValue: string | null, ctx: BuildContext): DocumentNumber | null {
  const numbers = lines.flatMap((b) => {
    // (A prefix spaced out letter by letter is read without its blanks: 柘 政 纪〔2021〕6 号.)
    const parts = parseDocumentNumber(ctx.text.slice(b.start, b.end).replace(LETTER_SPACING, ""));
    return parts ? [{ ...parts, position: ctx.position(b.start, b.end) }] : [];
  });
  // (A site's headline that runs the number on after the title, 县政府常务会议纪要〔2009〕4号, gives way
  // to the 纪要's own number line below it: 〔2009〕4号.)
  const first = numbers[0];
  if (first !== undefined && first.prefix !== null && TITLE_AS_PREFIX.test(toMatchable(first.prefix))) {
    const own = numbers.find((n) => n !== first && n.year === first.year && n.serial === first.serial);
    if (own !== undefined) return own;
  }
  if (first !== undefined) return first;
  if (headerValue !== null) {
    const parts = parseDocumentNumber(headerValue);
    if (parts) return parts;
    // (A header's number may be a serial alone: 文件编号：第20号.)
    const serial = SERIAL_ONLY.exec(toMatchable(headerValue.trim()));
    if (serial !== null) return { text: headerValue.trim().replace(/[ \u3000]/g, ""), prefix: null, year: null, serial: Number(serial[1]) };
  }
  return null;
}


/** A line that labels an attachment alone: 附件, 附件1, 附件： (matchable text). */
export const ATTACHMENT_LABEL = /^\s*附件\s*[0-9一二三四五六七八九]?\s*[:：]?\s*$/;

/** The 版记 at the page's end after block `from`: its 抄送 / 分送 lists and 印发 lines (and rules). */
export function trailingImprint(all: Block[], from: number): Block[] {
  let i = all.length;
  while (i > from && (all[i - 1]!.kind === "distributionList" || all[i - 1]!.kind === "chromeLine" || (all[i - 1]!.kind === "signature" && all[i - 1]!.tokens.some((t) => PRINTED_DATE.test(t.image))))) i--;
  const tail = all.slice(i);
  return tail.some((b) => b.kind === "distributionList") ? tail : [];
}
/** A 印发 line's date token: 2024年7月5日印发. */
const PRINTED_DATE = /印[发發]$/;
