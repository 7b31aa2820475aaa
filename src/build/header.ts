// 政府信息公开 header rows → `disclosure`.
import type { Disclosure, DisclosureField } from "../model/index.js";
import type { Block } from "./blocks.js";
import { type BuildContext, tokenRange } from "./context.js";
import { parseDate } from "./values/dates.js";
import { HEADER_KEYS, keyPattern } from "../lex/header-keys.js";
import { EDITOR_CELL } from "../lex/chars.js";
import { toMatchable, withoutLatinSpacing } from "./values/text.js";

type Field = Exclude<keyof Disclosure, "fields" | "position">;

/** Header labels → model fields, with a priority (lower wins when a header states both). */
const LABELS: Record<string, [Field, number]> = {
  索引号: ["indexNumber", 0],
  信息索引号: ["indexNumber", 0],
  // (Shanghai's sites: 索取号：SY0014-2021-000318.)
  索取号: ["indexNumber", 1],
  信息索取号: ["indexNumber", 1],
  索引编号: ["indexNumber", 1],
  信息名称: ["title", 0],
  文件名称: ["title", 0],
  名称: ["title", 1],
  标题: ["title", 2],
  成文日期: ["writtenDate", 0],
  生成日期: ["writtenDate", 0],
  产生日期: ["writtenDate", 0],
  成文时间: ["writtenDate", 1],
  生成时间: ["writtenDate", 1],
  发布日期: ["publishDate", 0],
  公布日期: ["publishDate", 0],
  公开日期: ["publishDate", 0],
  信息发布日期: ["publishDate", 0],
  公开时间: ["publishDate", 1],
  发文日期: ["publishDate", 1],
  发布时间: ["publishDate", 1],
  刊发日期: ["publishDate", 1],
  刊发时间: ["publishDate", 1],
  信息时间: ["publishDate", 1],
  日期: ["publishDate", 2],
  时间: ["publishDate", 3],
  文件编号: ["fileNumber", 0],
  文号: ["fileNumber", 0],
  发文字号: ["fileNumber", 0],
  // (A law database's 【字号】; elsewhere 字号 is the font size, its value no number.)
  字号: ["fileNumber", 1],
  发布机构: ["publisher", 0],
  发布部门: ["publisher", 0],
  发布单位: ["publisher", 0],
  发文机关: ["publisher", 1],
  发布机关: ["publisher", 1],
  发文机构: ["publisher", 1],
  发文单位: ["publisher", 1],
  公开方式: ["disclosureMode", 0],
  公开形式: ["disclosureMode", 1],
  公开属性: ["disclosureMode", 1],
  公开时限: ["disclosurePeriod", 0],
  公开期限: ["disclosurePeriod", 0],
  公开时效: ["disclosurePeriod", 0],
  // An English edition's labels, as read without their blanks (Index No. → IndexNo.).
  "IndexNo.": ["indexNumber", 0],
  Publisher: ["publisher", 0],
  Issuedby: ["publisher", 1],
  DateofWriting: ["writtenDate", 0],
  DateofCreation: ["writtenDate", 0],
  DateofIssue: ["publishDate", 1],
  DateofRelease: ["publishDate", 0],
  DateofPublication: ["publishDate", 0],
  ReleaseDate: ["publishDate", 0],
  "DocumentNo.": ["fileNumber", 0],
  Title: ["title", 1],
  IndexNumber: ["indexNumber", 0],
  IssuingAgency: ["publisher", 0],
  IssuingAuthority: ["publisher", 1],
  WrittenDate: ["writtenDate", 0],
  DateWritten: ["writtenDate", 0],
  PublishDate: ["publishDate", 0],
  PublicationDate: ["publishDate", 0],
  DocumentNumber: ["fileNumber", 0],
  DisclosureMode: ["disclosureMode", 0],
  DisclosureMethod: ["disclosureMode", 0],
  DisclosurePeriod: ["disclosurePeriod", 0],
  // (Elsewhere 时效 is the text's validity, 【时效性】现行有效: only a period's value counts, 时效：长期公开.)
  时效: ["disclosurePeriod", 1],
  时限: ["disclosurePeriod", 1],
};
/** A disclosure period's value: 长期公开, 长期, 定期公开, 一年. */
const PERIOD_VALUE = /[长長]期|定期|公[开開]|[0-9一二三四五六七八九十]+年/;
/** A disclosure mode's value: 主动公开, 依申请公开, 不予公开 (公开形式 may name the medium instead, 网站, 政府公报). */
const MODE_VALUE = /公[开開]|主[动動]|依申[请請]/;
const LEADING_DIGIT = /^[\s|｜]*[0-9〇○零一二三四五六七八九]/;
const LEADING_PIPES = /^[\s|｜]*/;
/** A document number's bracketed year: 〔2024〕, [2024]. */
const NUMBER_WITH_YEAR = /[〔\[［][0-9]{4}[〕\]］]/;
const DATE_FIELDS = new Set<Field>(["writtenDate", "publishDate"]);
const COLON_AT_END = /[：:]$/;
/** Another field after a value, behind a gap: 　　访问量：217, 　　浏览次数：38, …0520003 公文目录:会议纪要. */
const UNKNOWN_FIELD_AFTER = /[ \t\u3000\u00a0]+[\u3400-\u9fff]{2,6}[：:].*$/s;

/**
 * The page's date standing as a cell of its own inside a value, behind a gap and without a label
 * (来源：融媒体中心　　编辑：詹梦琪　　2022-03-22 10:15): the rest of the value from the gap on.
 */
const UNLABELLED_DATE_CELL = /(?:[ \t\u00a0]{2,}|\u3000)[ \t\u3000\u00a0]*([0-9]{4}(?:[-/.][0-9]{1,2}[-/.][0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)(?:[ \t\u3000\u00a0]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?)(?=[ \t\u3000\u00a0]|$)/;

/**
 * The page's date as the last cell of a pipe-separated row (来源：宣家乡音报 | 作者：… | 2025-05-30),
 * or before a last cell of a label the lexer does not know (来源：… | 2024-03-15 17:02 | 浏览：326), or of a read count (| 阅读 1024):
 * the cell, from its pipe on.
 */
const PIPED_DATE_CELL = /[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*([0-9]{4}(?:[-/.][0-9]{1,2}[-/.][0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)(?:[ \t\u3000\u00a0]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?)[ \t\u3000\u00a0]*(?:[|｜][ \t\u3000\u00a0]*(?:[\u3400-\u9fff]{2,6}[：:][^|｜\n]*|(?:阅读|浏览|点击)(?:次数|量)?[ \t\u3000\u00a0]*[0-9]+[ \t\u3000\u00a0]*次?)?)?[ \t\u3000\u00a0]*$/;

/** The page's buttons at a value's end, after a blank: 打印　关闭, 【打印本页】【关闭窗口】, 分享. */
const PAGE_BUTTONS_AT_END = /[ \t\u3000\u00a0]+(?:[【\[]?(?:打印本页|打印此页|打印本頁|打印|列印|关闭窗口|關閉窗口|关闭本页|关闭|關閉|分享到?|收藏|返回顶部)[】\]]?[ \t\u3000\u00a0]*)+$/;
/** A header label alone at a value's end, after a blank: the label of an empty cell (县府办 文号). */
const EMPTY_KEY_AT_END = new RegExp(`[ \\t\\u3000\\u00a0]+(?:${keyPattern(HEADER_KEYS)})[ \\t\\u3000\\u00a0]*[：:]?$`);

/** The label's colon at the value's start, where a table set it in the value's cell: | 索引号 | ：001234567/2024-00058 |. */
const COLON_OPENS = /^[：:][ \t\u3000]*/;
/** A label's English, with its colon, at a value's start: Index No.：, Issued by:, Date of Creation：. */
const ENGLISH_LABEL = /^[A-Za-z][A-Za-z .]{1,30}[：:](?!\/\/)[ \t\u3000]*/;
/** Blanks before an opening bracket of a number's year or after its closing one: 白岩府纪 〔2021〕 9号. */
const BLANKS_AT_BRACKET = /[ \u3000\u00a0]+(?=[〔［\[])|(?<=[〕］\]])[ \u3000\u00a0]+/g;
/** A value that says the field has none: 无, 暂无, or a dash or slash set in the empty cell (——, /). */
const NONE_VALUE = /^(?:无|無|暂无|暫無|[—–\-－─]{1,4}|[/／]|[—–\-－─]{1,2}[ \u3000]*[—–\-－─]{1,2})$/;
/** Blanks a site put around a count's digits in a title: 第 7 次. */
const SPACED_DIGITS = /(?<=[0-9第])[ \t\u3000\u00a0]+(?=[0-9])|(?<=[0-9])[ \t\u3000\u00a0]+(?=[次届年月日号期])/g;
/** A value in 《》 whole (the title quoted): 《…常务会议纪要》. */
const QUOTED_WHOLE = /^《([^《》]+)》$/;

/** The labelled fields of one header row: `索 引 号: | 330502/2022-15627 | 成文日期: | …`. */
export function headerFields(block: Block, ctx: BuildContext): DisclosureField[] {
  const fields: DisclosureField[] = [];
  const keys = block.tokens.filter((t) => t.tokenType.name === "HeaderKey");
  // (An organ's name may lead it instead: 江湄区人民政府   发布时间:…; it is not a field.)
  // (Or, with no key, the editor's credit that ends it: 2022-10-09 15:32:18　编辑：王雪.)
  const dateEnd = keys[0]?.startOffset ?? (block.kind === "datedHeaderRow" ? block.tokens.find((t) => EDITOR_CELL.test(t.image))?.startOffset : undefined);
  if (block.kind === "datedHeaderRow" && dateEnd !== undefined && LEADING_DIGIT.test(ctx.match.slice(block.start, dateEnd))) {
    // The page's date leads the row without a label: 2024-11-12 10:30　来源：…
    // (After a table row's empty first cell: || 2024-09-20 ….)
    const lead = LEADING_PIPES.exec(ctx.text.slice(block.start, dateEnd))![0].length;
    const value = ctx.clean(ctx.text.slice(block.start + lead, dateEnd));
    fields.push({ label: "日期", value, position: ctx.position(block.start + lead, block.start + lead + value.length) });
  }
  keys.forEach((key, i) => {
    const [keyStart, keyEnd] = tokenRange(key);
    const valueEnd = i + 1 < keys.length ? keys[i + 1]!.startOffset : block.end;
    if (key.image.startsWith("【") && !key.image.includes("】")) {
      bracketedFields(keyStart, valueEnd, ctx, fields);
      return;
    }
    // (A label the lexer does not know ends the value after a wide gap: 淞溪镇人民政府    访问量：217.)
    // (The page's date in a cell of its own after a pipe ends it too, before the pipes are cleaned away: 作者：… | 2025-05-30.)
    // (Not a key's own value in the next cell: 成文日期: | 2022-12-06 |.)
    const pipedCell = PIPED_DATE_CELL.exec(ctx.text.slice(keyEnd, valueEnd));
    const piped = pipedCell !== null && ctx.clean(ctx.text.slice(keyEnd, keyEnd + pipedCell.index)) !== "" ? pipedCell : null;
    // (A pipe ends the value's cell: a label the lexer does not know may fill the next, | 所属类别 | 会议纪要 |.)
    const cellEnd = cellEndAt(ctx.text, keyEnd, piped === null ? valueEnd : keyEnd + piped.index);
    const raw = unwrap(ctx.clean(ctx.text.slice(keyEnd, cellEnd)));
    // (An empty cell's label the lexer left at the value's end, after one blank: 县府办 文号.)
    // (Nor is the label's English after it: 索引号 Index No.：…; nor its colon, set in the value's cell: | 索引号 | ：001234567/… |.)
    // (Nor the separator a one-line header puts between its fields: 发布机构：区政府办公室 / 生成日期：….)
    // (Nor the page's buttons on the row behind a gap: 芦溪县人民政府办公室　　　　打印　关闭, 长期公开　　【打印本页】【关闭窗口】.)
    const value = raw.replace(COLON_OPENS, "").replace(ENGLISH_LABEL, "").replace(UNKNOWN_FIELD_AFTER, "").replace(PAGE_BUTTONS_AT_END, "").replace(EMPTY_KEY_AT_END, "").replace(FIELD_SEPARATOR_AT_END, "");
    // (The page's date after it, unlabelled, is a field of its own: 来源：…　　编辑：…　　2022-03-22 10:15.)
    const date = piped ?? UNLABELLED_DATE_CELL.exec(raw);
    const dateAt = date === null ? -1 : ctx.text.indexOf(date[1]!, keyEnd);
    fields.push({
      label: ctx.compact(key.image).replace(COLON_AT_END, "").replace(/^[【\[［](.*)[】\]］]$/, "$1"),
      value: (date !== null && date !== piped && date.index < value.length ? value.slice(0, date.index) : value) || null,
      position: ctx.position(keyStart, Math.max(keyEnd, trimEnd(ctx.text, keyEnd, cellEnd))),
    });
    if (date !== null && dateAt >= 0 && dateAt < valueEnd) fields.push({ label: "日期", value: date[1]!, position: ctx.position(dateAt, dateAt + date[1]!.length) });
  });
  return fields;
}

/** The end of a value's cell: the first pipe after its content (the pipes and blanks before the content are the key's cell's end). */
function cellEndAt(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text[i] === "|" || text[i] === "｜" || text[i] === " " || text[i] === "\u3000" || text[i] === "\t" || text[i] === "：" || text[i] === ":")) i++;
  for (; i < to; i++) if (text[i] === "|" || text[i] === "｜") return i;
  return to;
}

/** A separator between one line's fields, left at a value's end: " /", "；", " · ", "丨". */
const FIELD_SEPARATOR_AT_END = /[ \t\u3000]*[/／;；·丨][ \t\u3000]*$/;

/** A line break inside a value, with the indent of the line after it. */
const WRAP = /[ \t\u3000]*\r?\n[ \t\u3000]*/g;
const HAN = /[\u3400-\u9fff]/;
/** An ideograph or a full-width mark, after which a wrap reads as nothing (…保障性住房建设、⏎职业教育园区…). */
const HAN_OR_MARK = /[\u3400-\u9fff\u3001-\u3011\uff01-\uff0f\uff1a-\uff1f]/;

/** A value wrapped over lines, read as one: nothing between ideographs (or after a full-width mark), else a blank. */
function unwrap(value: string): string {
  return value.includes("\n") ? value.replace(WRAP, (m, at: number, all: string) => (HAN_OR_MARK.test(all[at - 1] ?? "") && HAN.test(all[at + m.length] ?? "") ? "" : " ")) : value;
}

/** Whether a row holds labels only; a table row holds none (| 关于…纪要 | 2024-01-05 |). */
const hasKey = (row: Block): boolean => row.tokens.some((t) => t.tokenType.name === "HeaderKey");
const pipes = (row: Block | undefined): number => (row === undefined ? 0 : row.tokens.filter((t) => t.tokenType.name === "Pipe").length);

/**
 * Whether row `i` heads the columns of a list (| 标题 | 会议时间 | 发布日期 | over rows of
 * meetings): it holds no digit, and two rows of as many cells follow it, without labels. Its
 * labels name no field of this page.
 */
function isColumnHeads(rows: Block[], i: number): boolean {
  const cells = pipes(rows[i]);
  // (Labels only: a row of a page's own header holds values, dates and numbers among them.)
  const labels = rows[i]!.tokens.every((t) => !/[0-9０-９]/.test(t.image));
  return cells > 1 && labels && hasKey(rows[i]!) && [rows[i + 1], rows[i + 2]].every((r) => r !== undefined && pipes(r) === cells && !hasKey(r));
}

/** A pipe row whose first cell is empty and whose second goes on with the value above: |  | 纪要 |  |  |. */
const VALUE_CELL_BELOW = /^[ \t\u3000]*[|｜][ \t\u3000]*[|｜][ \t\u3000]*([^|｜\s][^|｜]*?)[ \t\u3000]*[|｜](?:[ \t\u3000]*[|｜])*[ \t\u3000]*$/;

/** A field written whole in brackets: 【发布时间：2025-07-18】 (its label and value inside). */
const BRACKETED_FIELD = /【([^【】：:]{1,12})[：:]([^【】]*)】?|【([0-9]{4}(?:-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)(?:[ \t][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?)】/g;

/**
 * The fields of a run of bracketed fields from `start` (【信息来源：…】【发布时间：…】【访问量：】): the
 * lexer reads the first label; the ones after it stand inside the same run of text.
 */
function bracketedFields(start: number, end: number, ctx: BuildContext, fields: DisclosureField[]): void {
  const text = ctx.text.slice(start, end);
  for (const m of text.matchAll(BRACKETED_FIELD)) {
    // (A date alone in its brackets is the page's: 【来源：…】【2022-06-05】【作者：…】.)
    const value = ctx.clean(m[2] ?? m[3]!);
    fields.push({
      label: m[1] !== undefined ? ctx.compact(m[1]) : "日期",
      value: value === "" ? null : value,
      position: ctx.position(start + m.index, start + m.index + m[0].length),
    });
  }
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s|\u3000]/.test(text[end - 1]!)) end--;
  return end;
}

/** Builds `disclosure` from all header rows. */
export function buildDisclosure(rows: Block[], ctx: BuildContext): Disclosure {
  const kept = rows.filter((_row, i) => !isColumnHeads(rows, i));
  const perRow = kept.map((row) => headerFields(row, ctx));
  // A row with an empty label cell goes on with the first value above it, the cell wrapped
  // (| 名　　称： | 北源区人民政府第三十三次常务会议 |⏎|  | 纪要 |).
  kept.forEach((row, i) => {
    const above = perRow[i - 1]?.[0];
    if (hasKey(row) || above === undefined || above.value === null) return;
    const rest = VALUE_CELL_BELOW.exec(ctx.text.slice(row.start, row.end));
    if (rest !== null) above.value += ctx.clean(rest[1]!);
  });
  const fields = perRow.flat();
  const disclosure: Disclosure = {
    indexNumber: null,
    title: null,
    writtenDate: null,
    publishDate: null,
    fileNumber: null,
    publisher: null,
    disclosureMode: null,
    disclosurePeriod: null,
    fields,
  };
  const priority = new Map<Field, number>();
  for (const field of fields) {
    const label = toMatchable(field.label);
    const mapping = LABELS[label];
    if (!mapping) continue;
    const [name, rank] = mapping;
    if ((priority.get(name) ?? Infinity) <= rank) continue;
    // (An empty cell states nothing: a later label may still give the field, [ 发文日期 ] empty, 时间:2025-07-14.)
    // (Nor does one that says there is none: 文号：无.)
    if (field.value === null || NONE_VALUE.test(field.value)) continue;
    if (label === "字号" && !NUMBER_WITH_YEAR.test(field.value)) continue;
    if (label === "时效" && !PERIOD_VALUE.test(field.value)) continue;
    if (label === "公开形式" && !MODE_VALUE.test(field.value)) continue;
    // (A number keeps no blanks a site put around its digits: 第 20 号.)
    // (Nor blanks around its brackets: 白岩府纪 〔2021〕 9号. A title keeps no 《》 around it whole.)
    const value = DATE_FIELDS.has(name) ? parseDate(field.value).iso : name === "fileNumber" ? withoutLatinSpacing(field.value).replace(BLANKS_AT_BRACKET, "") : name === "title" ? field.value.replace(QUOTED_WHOLE, "$1").replace(SPACED_DIGITS, "") : field.value;
    if (value === null) continue;
    disclosure[name] = value;
    priority.set(name, rank);
  }
  if (rows.length > 0) disclosure.position = ctx.position(rows[0]!.start, rows[rows.length - 1]!.end);
  return disclosure;
}
