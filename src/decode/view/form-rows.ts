// A meeting's form copied as a table or as labelled rows (| 会议时间 | 2025年5月20日上午 |, 会议时间<TAB>…,
// 出席人员⏎韦建明、…, 【会议时间】…): read as the labelled lines they stand for.
import { type Edit } from "./edits.js";
import { AGENDA_LABEL, COLON_AT, DECISIONS_CELL, FORM_LABEL, HEADER_KEY_CELL, HEADER_KEY_SET, LABEL_COLON, MARKER_AT_START } from "./labels.js";
import { type Line, isBlankChar, lineFrom, lineStartBefore, skipIndent } from "./lines.js";
import { letterBlankEdits } from "./spaced.js";
import { keyRow } from "./tables.js";
import { INNER_BLANK, MARKER_LINE } from "./wraps.js";

/** A row of a form whose cells are separated by tabs: 会议时间<TAB>2025年2月20日下午. */
const TAB_ROW = /^[ \u3000\u00a0]*([^\t\r\n]{2,48}?)[ \u3000\u00a0]*\t+(?=[^\t\r\n])/;
/** A later label cell of a tab row, between tabs: <TAB>地点<TAB> (the tabs after it looked at, not taken: the cell before a label may be a value, <TAB>局长<TAB>记录人<TAB>). */
const LATER_TAB_CELL = /(\t+)([^\t\r\n]{2,12}?)[ \u3000\u00a0]*(?=(\t+)[^\t\r\n])/g;
/** A later cell of a tab row with its label and colon: <TAB>编号：…. */
const LATER_LABELLED_CELL = /(\t+)[ \u3000]*([^\t\r\n：:]{2,8}?)[ \u3000]*[：:]/g;
/** The label of a form's document number: 编号, 文号, 发文字号, 文件编号. */
const NUMBER_LABEL = /^(?:[编編][号號]|文[号號]|[发發]文字[号號]|文件[编編][号號])$/;
/** A row of a form printed in columns, label and value set apart by blanks: 会议时间        2024年3月6日上午. */
const BLANK_ROW = /^[ \u3000\u00a0]*(\S(?:[ \u3000]?\S){1,8})[ \u3000\u00a0]{3,}(?=\S)/;
/** The first characters of such a label: 会, 議, 决 …. */
const DECISIONS_FIRST = new Set([..."会會议議决決"].map((c) => c.charCodeAt(0)));
/** The label of a form's decisions (or its 会议内容), its first numbered item after it on the line (the blanks between in group 1). */
const DECISIONS_THEN_ITEM = /^[ \t\u3000]*(?:[会會][议議])?(?:[议議]定事[项項]|[决決]定事[项項]|[会會][议議][决決]定|[会會][议議][内內]容)[ \u3000]*[：:]([ \t\u3000]*)(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[、．.](?![0-9]))/;
/** A row whose label stands two blanks before its value (主 持 人  镇党委书记 孔令杰). */
const NARROW_BLANK_ROW = /^[ \u3000\u00a0]*(\S(?:[ \u3000]?\S){1,8})[ \u3000\u00a0]{2}(?=[^\s\u3000\u00a0])/;
/** Whether a text may hold such rows: a form's label's last word, two blanks, then a value (one search, no line anchor). */
const NARROW_LABEL_HINT = /(?:[时時][间間]|地[点點]|持[ \u3000]?人|[人][员員]|[出列缺][ \u3000]?席)[ \u3000\u00a0]{2}[^\s\u3000\u00a0]/;
/** A list's label one U+3000 before its names, which U+3000 separates too: 出席　包立新　严志强, 请假　汤海生. */
const LIST_LABEL_ONE_GAP = /^[ \t\u3000]*((?:[出列缺]席|[请請]假))\u3000(?=[\u3400-\u9fff]{1,4}(?:\u3000|\r?$))/;
/** Whether a text may hold such rows (one search, no line anchor). */
const LIST_LABEL_ONE_GAP_HINT = /(?:[出列缺]席|[请請]假)\u3000[\u3400-\u9fff]{1,4}(?:\u3000|\r?\n)/;
/** A row whose two-character label is spaced out widely, then the gap before its value: 请    假      时俊杰. */
const WIDE_LABEL_ROW = /^[ \u3000\u00a0]*([\u3400-\u9fff][ \u3000]{2,6}[\u3400-\u9fff])[ \u3000\u00a0]{3,}(?=\S)/;
/** A fact's labelled line whose value may wrap: 会议时间：…, 时　间：…, 会议地点：…. */
const LABELLED_FACT = /^[ \t\u3000]*(?:[会會][议議])?(?:[时時][ \u3000]*[间間]|日[ \u3000]*期|地[ \u3000]*[点點])[ \u3000]*[：:]\S/;
/** A fact's label and its colon somewhere: a text whose facts' values may wrap. */
const FACT_HINT = /(?:[时時][间間]|地[点點])[ \u3000]*[：:]/;
/** The rest of a value on the next line, set in under it by four blanks or more, short, no colon but a clock's (3:00): the blanks, then the rest. */
const VALUE_UNDER = /^([ \t\u3000]{4,})([^ \t\u3000：:](?:[^：:\r\n]|(?<=[0-9]):(?=[0-9])){0,15})\r?$/;
/** A wide gap inside a line: a text that may hold such rows. */
const WIDE_BLANK = /\S[ \u3000\u00a0]{3}/;
/** The rest of a table cell on the next line, then the row's closing pipe: 文涛，…应邀列席|. */
const CELL_REST = /^([^|｜\r\n]+?)[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*\r?$/;
/** A markdown table's rule row: | --- | :---: |. */
const TABLE_RULE_ROW = /^[ \t\u3000\u00a0]*[|｜](?:[ \t\u3000\u00a0]*:?-{3,}:?[ \t\u3000\u00a0]*[|｜])+[ \t\u3000\u00a0]*$/;
/** A table row of three or more cells, the first a label's: | 出席： | 卜志勇 | 米　红 |. */
const CELLS_ROW = /^[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*([^|｜\r\n]+?)[ \t\u3000\u00a0]*[|｜](?:[^|｜\r\n]*[|｜]){2,}[ \t\u3000\u00a0]*$/;
/** A cell between pipes (its content, maybe empty). */
const CELL = /[|｜]([^|｜\r\n]*)(?=[|｜])/g;

/**
 * A form's row of several cells read as a labelled list: the pipe before the label's cell goes,
 * the one after it reads as a colon (unless the label has one), those between names as 、, and
 * empty cells and the last pipe as nothing.
 */
function cellsRowEdits(start: number, line: string, out: Edit[]): boolean {
  const cells: { at: number; end: number; text: string }[] = [];
  for (const c of line.matchAll(CELL)) {
    const text = c[1]!.trim();
    const at = c.index + 1 + c[1]!.indexOf(text);
    cells.push({ at, end: at + text.length, text });
  }
  const filled = cells.filter((c) => c.text !== "");
  // (A row that goes on under an empty label cell: one name and its title, |　|晁立新|常务副县长|.)
  if (cells[0]!.text === "") {
    // (Or the rest of the list above in one cell: |　| 景雅琴 副市长 霍志鹏 副市长 |　|.)
    if (filled.length !== 1 && !isNameTitlePair(filled)) return false;
    out.push({ start, end: start + filled[0]!.at, text: "" });
    if (filled.length === 2) out.push({ start: start + filled[0]!.end, end: start + filled[1]!.at, text: "\u3000\u3000" });
    out.push({ start: start + filled[filled.length - 1]!.end, end: start + line.length, text: "" });
    return true;
  }
  if (filled.length < 2) return false;
  const [label, ...values] = filled;
  const colon = (cell: { text: string }): string => (LABEL_COLON.test(cell.text) ? "" : "：");
  out.push({ start, end: start + label!.at, text: "" });
  out.push({ start: start + label!.end, end: start + values[0]!.at, text: colon(label!) });
  // (A name and its title in cells of their own, |出席人员|芮思源|县长|, read as a list's row
  // in columns: the name, wide blanks, the title.)
  // (Up to a second label on the row: | 主持人 | 范永生 | 局长 | 记录人 | 蒋丽 |.)
  const secondLabel = values.findIndex((v, i) => i > 0 && i + 1 < values.length && isLabelCell(v.text));
  const pair = isNameTitlePair(secondLabel > 0 ? values.slice(0, secondLabel) : values);
  for (let i = 1; i < values.length; i++) {
    const [before, cell] = [values[i - 1]!, values[i]!];
    // (A second label and its value on the row, | 时 间 | … | 地 点 | … |, start a row of their own.)
    const text = isLabelCell(cell.text) && i + 1 < values.length ? "\n" : isLabelCell(before.text) && i > 1 ? colon(before) : pair && (secondLabel < 0 || i < secondLabel) ? "\u3000\u3000" : "、";
    out.push({ start: start + before.end, end: start + cell.at, text });
  }
  out.push({ start: start + values[values.length - 1]!.end, end: start + line.length, text: "" });
  return true;
}

/** A cell that holds a name, padded or not: 芮思源, 米　岚. */
const NAME_CELL = /^[\u3400-\u9fff](?:[ \u3000]{0,3}[\u3400-\u9fff]){1,3}$/;
/** A cell that holds a title (a note after it allowed): 常务副县长, 副县长（在省委党校学习）. */
const TITLE_CELL = /(?:主任|[长長]|[书書][记記]|委[员員]|主席|成[员員]|秘[书書]|[经經]理|[调調]研[员員]|巡[视視][员員])(?:[（(][^（()）]{1,20}[）)])?$/;

/** Whether two value cells are one person's name and title. */
function isNameTitlePair(values: readonly { text: string }[]): boolean {
  return values.length === 2 && NAME_CELL.test(values[0]!.text) && !TITLE_CELL.test(values[0]!.text) && TITLE_CELL.test(values[1]!.text);
}

/** A table row of two cells: a label and its value. */
const FORM_ROW = /^[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*([^|｜\r\n]*?)[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*([^|｜\r\n]*?)[ \t\u3000\u00a0]*[|｜]?[ \t\u3000\u00a0]*$/;

/** A line that is only a label of a meeting's form, without its colon: 出席人员, 列　　席. */
export const LABEL_ALONE = /^[ \t\u3000\u00a0]*([\u3400-\u9fff][\u3400-\u9fff \u3000\u00a0]{0,8}[\u3400-\u9fff])[ \t\u3000\u00a0]*([：:]?)[ \t\u3000\u00a0]*$/m;
/** Whether a text may hold such a line (one search before the line by line reading). */
const LABEL_ALONE_HINT = /^[ \t\u3000\u00a0]*(?:(?:出|列|[请請]|缺)[ \u3000\u00a0]*(?:席|假)|[参參][ \u3000\u00a0]*(?:[会會]|加)|主[ \u3000\u00a0]*持|[记記][ \u3000\u00a0]*[录錄]|[会會][ \u3000\u00a0]*[议議][ \u3000\u00a0]*(?:[时時][ \u3000\u00a0]*[间間]|地[ \u3000\u00a0]*[点點]|名[ \u3000\u00a0]*[称稱])|[时時][ \u3000\u00a0]*[间間]|地[ \u3000\u00a0]*[点點]|日[ \u3000\u00a0]*期)(?:[ \u3000\u00a0]*人(?:[ \u3000\u00a0]*[员員])?)?[ \t\u3000\u00a0]*[：:]?[ \t\u3000\u00a0]*\r?$/m;
const NOT_BLANK_LINE = /[^\s\u3000\u00a0]/;
/** The label of a meeting's fact (not of a list of people): 时间, 地点, 主持人, 记录. */
const FACT_LABEL = /^(?:[会會][ \u3000\u00a0]*[议議][ \u3000\u00a0]*)?(?:[时時][ \u3000\u00a0]*[间間]|地[ \u3000\u00a0]*[点點]|日[ \u3000\u00a0]*期|主[ \u3000\u00a0]*持(?:[ \u3000\u00a0]*人)?|[记記][ \u3000\u00a0]*[录錄](?:[ \u3000\u00a0]*人)?|名[ \u3000\u00a0]*[称稱])$/;

/** A table row whose cells each hold a form's label, its colon and its value: |时间：…上午|地点：市政府第一会议室|. */
const LABELLED_CELLS_ROW = /^[ \t\u3000\u00a0]*[|｜](?:[^|｜\r\n]*[|｜]){2,}[ \t\u3000\u00a0]*$/;
/** A cell's label before its colon. */
const CELL_LABEL = /^[ \t\u3000\u00a0]*([^：:|｜]{1,12}?)[ \t\u3000\u00a0]*[：:]/;

/**
 * A form's row of two facts or more, each cell its label, colon and value (|时间：2023年10月11日上午|地点：…|,
 * |主持：市长 尹长河|记录：…|): each cell read as a line of its own, the pipes gone.
 */
function labelledCellsRowEdits(start: number, line: string, out: Edit[]): boolean {
  if (!LABELLED_CELLS_ROW.test(line)) return false;
  const cells = [...line.matchAll(CELL)].map((c) => ({ at: c.index, text: c[1]! }));
  const filled = cells.filter((c) => c.text.trim() !== "");
  if (filled.length < 2 || !filled.every((c) => FORM_LABEL.test(CELL_LABEL.exec(c.text)?.[1] ?? ""))) return false;
  // The pipe before each cell: nothing before the first, a line break before the others; the last pipe, nothing.
  cells.forEach((c, i) => out.push({ start: start + c.at, end: start + c.at + 1, text: i === 0 ? "" : "\n" }));
  const last = line.lastIndexOf("|") >= 0 ? line.lastIndexOf("|") : line.lastIndexOf("｜");
  out.push({ start: start + last, end: start + line.length, text: "" });
  return true;
}

/**
 * Rows of a meeting form copied as a table (`| 会议时间 | 2025年5月20日上午 |`) are read as the
 * labelled lines they stand for (`会议时间：2025年5月20日上午`): the pipes around the cells are read
 * as nothing, the one between label and value as a colon (a cell wrapped onto the next line is
 * joined). So are rows whose cells are separated by tabs (`会议时间<TAB>…`) or by wide blanks (a
 * form printed in columns), and a label alone on its line above its value (`出席人员⏎韦建明、…`,
 * a fact's value wrapped in two read whole).
 */
export function formRowEdits(source: string, out: Edit[]): void {
  const pipes = source.includes("|") || source.includes("｜");
  const tabs = source.includes("\t");
  const columns = WIDE_BLANK.test(source);
  const facts = FACT_HINT.test(source);
  // (Or by two blanks only, where a form's label opens a line so: 会议时间  2024年4月15日上午8:30.)
  const narrow = NARROW_LABEL_HINT.test(source);
  // (Or by one U+3000 before names that U+3000 separates: 出席　包立新　严志强.)
  const oneGap = LIST_LABEL_ONE_GAP_HINT.test(source);
  if (!pipes && !tabs && !columns && !facts && !narrow && !oneGap && !LABEL_ALONE_HINT.test(source)) return;
  const table: TableState = { formRowAbove: false, previousRow: null, readTo: 0 };
  for (let start = 0; start < source.length; ) {
    const nl = source.indexOf("\n", start);
    const end = nl < 0 ? source.length : nl > start && source.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const line = source.slice(start, end);
    if (pipes && labelledCellsRowEdits(start, line, out)) {
      start = nl < 0 ? source.length : nl + 1;
      continue;
    }
    // 会议时间<TAB>…: the tabs after the label read as a colon (the cells after it keep theirs).
    const t = tabs ? TAB_ROW.exec(line) : null;
    // (A bare 议题 is a form's label only before its numbered items.)
    // (Its items may stand in a quoted cell: 会议议题<TAB>"1.研究…⏎2.审议…".)
    const numbered = t !== null && MARKER_AT_START.test(line.charCodeAt(t[0].length) === 0x22 ? line.slice(t[0].length + 1) : line.slice(t[0].length));
    // (Its colon may stand before the tab: 议题：<TAB>1、….)
    const tabLabel = t === null ? "" : t[1]!.replace(LABEL_COLON, "");
    if (t !== null && (FORM_LABEL.test(tabLabel) || (numbered && AGENDA_LABEL.test(tabLabel)))) {
      const labelEnd = start + line.indexOf(t[1]!) + t[1]!.length;
      // (An agenda's or the decisions' label before its numbered items, 会议议题<TAB>1.研究…⏎<TAB>2.审议…,
      // 议定事项<TAB>（一）…: the items stand under the label, as a form's cell lists them.)
      const items = numbered && (AGENDA_LABEL.test(tabLabel) || DECISIONS_CELL.test(tabLabel));
      // (The colon may come after the tab itself: 出    席<TAB>：葛文涛/….)
      const colonAfter = /^[：:]/.test(line.slice(t[0].length)) || tabLabel !== t[1];
      out.push({ start: labelEnd, end: start + t[0].length, text: items ? "\n" : colonAfter ? "" : "：" });
      // (Two rows of a form on one line: 时间<TAB>…<TAB>地点<TAB>… — the second starts a line of its own.)
      for (const c of line.slice(t[0].length).matchAll(LATER_TAB_CELL)) {
        if (!FORM_LABEL.test(c[2]!)) continue;
        const at = start + t[0].length + c.index;
        out.push({ start: at, end: at + c[1]!.length, text: "\n" });
        out.push({ start: at + c[1]!.length + c[2]!.length, end: at + c[0].length + c[3]!.length, text: "：" });
      }
    }
    // (A later cell with its label and colon, 填表日期：…<TAB><TAB>编号：新政纪〔2025〕4号: a row of its own.)
    if (tabs && line.includes("\t")) {
      for (const c of line.matchAll(LATER_LABELLED_CELL)) {
        if (c.index === 0 || (!FORM_LABEL.test(c[2]!) && !NUMBER_LABEL.test(c[2]!))) continue;
        out.push({ start: start + c.index, end: start + c.index + c[1]!.length, text: "\n" });
      }
    }
    // 议定事项：一、关于…: the decisions' label before its first item, which opens a line of its own.
    const d = (facts || columns) && DECISIONS_FIRST.has(line.charCodeAt(skipIndent(line, 0))) ? DECISIONS_THEN_ITEM.exec(line) : null;
    if (d !== null) out.push({ start: start + d[0].length - d[1]!.length, end: start + d[0].length, text: "\n" });
    // 会议时间        …: the blanks after the label of a form printed in columns read as a colon.
    // (A two-character label may be spaced out as wide as the gap after it: 请    假      时俊杰.)
    let b = columns && t === null ? BLANK_ROW.exec(line) : null;
    if (narrow && t === null && (b === null || !FORM_LABEL.test(b[1]!))) b = NARROW_BLANK_ROW.exec(line);
    if (columns && t === null && (b === null || !FORM_LABEL.test(b[1]!))) b = WIDE_LABEL_ROW.exec(line);
    if (b !== null && FORM_LABEL.test(b[1]!)) {
      const labelEnd = start + line.indexOf(b[1]!) + b[1]!.length;
      out.push({ start: labelEnd, end: start + b[0].length, text: "：" });
    }
    const g = oneGap && b === null ? LIST_LABEL_ONE_GAP.exec(line) : null;
    if (g !== null) out.push({ start: start + g[0].length - 1, end: start + g[0].length, text: "：" });
    // 出席人员⏎韦建明、…: a label alone on its line (a table cell flattened), its value on the next.
    const alone = LABEL_ALONE.exec(line);
    // (Or with its colon, the value on the next line, indented: 时间：⏎    2024年9月10日下午. A list's
    // label with its colon already reads its names below it.)
    const colon = alone !== null && alone[2] !== "";
    // (Not one whose colon opens the next line: 抄送⏎：市委办公室…, read with it on one line.)
    if (alone !== null && FORM_LABEL.test(alone[1]!) && nl >= 0 && (!colon || FACT_LABEL.test(alone[1]!)) && !COLON_AT.test(source.charAt(skipIndent(source, nl + 1))) && valueBelow(source, nl, FACT_LABEL.test(alone[1]!))) {
      const labelEnd = start + alone.index + (colon ? alone[0].indexOf(alone[1]!) + alone[1]!.length : alone[0].trimEnd().length);
      // (A label spaced out as wide as its cell is read without its blanks: 会 议 时 间⏎2023年9月14日下午.)
      if (INNER_BLANK.test(alone[1]!)) letterBlankEdits(start + alone.index + alone[0].indexOf(alone[1]!), alone[1]!, out);
      // (A fact's label, 时间 or 主持人, takes its value onto its line: 时间：二〇二二年四月八日下午. A
      // list's label keeps its names below it, as lists write them.)
      if (FACT_LABEL.test(alone[1]!)) {
        const valueAt = skipIndent(source, nl + 1);
        out.push({ start: labelEnd, end: valueAt, text: "：" });
        // (A value the cell wrapped onto a second line, the next label after it, is read whole:
        // 会议时间⏎2022年6月16日⏎下午⏎会议地点.)
        const rest = valueRest(source, valueAt);
        if (rest !== null) out.push(rest);
      } else {
        out.push({ start: labelEnd, end: labelEnd, text: "：" });
        nameTitleLineEdits(source, nl, out);
      }
    }
    // 会议时间：2024年9月27日（星期五）⏎          下午3:00: a fact's value wrapped under itself goes on.
    if (facts && nl >= 0 && LABELLED_FACT.test(line)) {
      const rest = VALUE_UNDER.exec(lineFrom(source, nl + 1));
      if (rest !== null && !isFormLabelLine(rest[2]!.trim())) out.push({ start: end, end: nl + 1 + rest[1]!.length, text: "" });
    }
    if (pipes) pipeRowEdits(source, { start, end, nl, line }, table, out);
    if (nl < 0) break;
    start = nl + 1;
  }
}

/** What the reading of a form's pipe table remembers from the line above. */
interface TableState {
  /** Whether the line above was a form's row: a row with an empty label cell goes on with it. */
  formRowAbove: boolean;
  /** The pipe row above, as the edit that leaves it out (a row of column heads over a rule row). */
  previousRow: Edit | null;
  /** Where the rows already read with a row of labels above them end (see {@link columnHeadsEdits}). */
  readTo: number;
}

/** A table row of one cell: the pipe before it (group 1), its text (2), the pipe after it (3). */
const SINGLE_CELL_ROW = /^([ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*)([^|｜\r\n]*?)([ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*)$/;
/** A rule row of a table of one column: | --- |. */
const ONE_COLUMN_RULE = /^[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*:?-{3,}:?[ \t\u3000\u00a0]*[|｜][ \t\u3000\u00a0]*$/;

/** Whether the line at `at` is a row of a table of one column (a cell's row or its rule row). */
function oneColumnRowAt(source: string, at: number): boolean {
  if (at <= 0 || at >= source.length) return false;
  const row = lineFrom(source, at).replace(/\r$/, "");
  const m = SINGLE_CELL_ROW.exec(row);
  return (m !== null && m[2] !== "") || ONE_COLUMN_RULE.test(row);
}

/** A cell of a table row: its text and where it stands. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** The cells of a row split by pipes (`line` starts at `at`), blanks around each left out; the empty ends outside outer pipes dropped. */
function cellsOf(line: string, at: number): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (i < line.length && c !== "|" && c !== "｜") continue;
    let a = from;
    let b = i;
    while (a < b && isBlankChar(line.charCodeAt(a))) a++;
    while (b > a && isBlankChar(line.charCodeAt(b - 1))) b--;
    cells.push({ text: line.slice(a, b), start: at + a, end: at + b });
    from = i + 1;
  }
  if (cells.length > 0 && cells[0]!.text === "" && /^[ \t\u3000\u00a0]*[|｜]/.test(line)) cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]!.text === "" && /[|｜][ \t\u3000\u00a0\r]*$/.test(line)) cells.pop();
  return cells;
}

/** A table row holding one cell's text after empty cells (| | | | 公室 |): where a cell wrapped. */
const WRAPPED_CELL_ROW = /^[ \t\u3000]*[|｜](?:[ \t\u3000]*[|｜])+[ \t\u3000]*[^|｜\s]/m;

/**
 * A header table's cell wrapped onto a row of its own, the other cells empty (| 发布机构 | 汀岚县人民政府办 |⏎
 * | | | | 公室 |): the rest read with the cell above, where that is its row's last.
 */
export function wrappedCellEdits(source: string, out: Edit[]): void {
  const emptyCells = WRAPPED_CELL_ROW.test(source);
  const openRows = OPEN_ROW_HINT.test(source);
  if (!emptyCells && !openRows) return;
  let above: { cells: Cell[]; key: boolean } | null = null;
  let previous = "";
  for (let start = 0; start < source.length; ) {
    const nl = source.indexOf("\n", start);
    const end = nl < 0 ? source.length : nl;
    const line = source.slice(start, end);
    // (Or a header row whose last cell runs on to the next line, its closing pipe there:
    // | 发布机构： | 台州市黄岩区人民⏎政府 |.)
    if (openRows && OPEN_HEADER_ROW.test(previous) && CELL_REST.test(line) && !line.includes("：") && !line.includes(":")) {
      const cut = start - (source.charCodeAt(start - 2) === 13 ? 2 : 1);
      let from = cut;
      while (from > 0 && isBlankChar(source.charCodeAt(from - 1))) from--;
      let to = start;
      while (to < end && isBlankChar(source.charCodeAt(to))) to++;
      out.push({ start: from, end: to, text: "" });
      previous = "";
      above = null;
      if (nl < 0) break;
      start = nl + 1;
      continue;
    }
    previous = line;
    const cells = /^[ \t\u3000]*[|｜]/.test(line) ? cellsOf(line, start) : [];
    const filled = cells.filter((c) => c.text !== "");
    const k = filled.length === 1 ? cells.indexOf(filled[0]!) : -1;
    if (above !== null && above.key && k > 0 && cells.length === above.cells.length && above.cells[k]!.text !== "" && above.cells.slice(k + 1).every((c) => c.text === "") && HAN_AT.test(filled[0]!.text)) {
      out.push({ start: above.cells[k]!.end, end: filled[0]!.start, text: "" });
      above = null;
    } else above = cells.length >= 2 ? { cells, key: cells.some((c) => HEADER_KEY_CELL.test(c.text.replace(LABEL_COLON, ""))) } : null;
    if (nl < 0) break;
    start = nl + 1;
  }
}
const HAN_AT = /^[\u3400-\u9fff]/;
/** A header row of pipes whose last cell is left open at the line's end: …| 发布机构： | 台州市黄岩区人民. */
const OPEN_HEADER_ROW = /[：:][ \t\u3000]*[|｜](?:[^|｜\r\n]*[|｜])*[ \t\u3000]*[^|｜\s][^|｜\r\n]*$/;
/** A hint of one: a pipe, text, a line end and no pipe before it. */
const OPEN_ROW_HINT = /[|｜][ \t\u3000]*[^|｜\s][^|｜\r\n]*\r?\n[^|｜\r\n]+[|｜][ \t\u3000]*\r?$/m;

/** A row that may be one of labels: a short label in its first cell (one search before the cells are cut). */
const HEADS_HINT = /^[ \t\u3000]*[|｜]?[ \t\u3000]*[\u3400-\u9fff][\u3400-\u9fff \u3000]{1,8}[|｜]/;
/** The fewest columns of a row of labels over a row of values, without a rule row between. */
const MIN_HEAD_COLUMNS = 3;

/**
 * A row of labels over a row of values, a rule row maybe between (`| 时间 | 地点 | 主持人 |` ⏎
 * `| --- | --- | --- |` ⏎ `| 2024年4月26日上午 | 县政府二楼会议室 | 欧阳剑 |`; 信息名称 | 生成日期 ⏎ …纪要 |
 * 2021-03-12): the values read as rows of their own, each after its label and a colon (written
 * where the value starts), the labels' row and the rule row left out. Returns where the rows read
 * end, or -1 where `line` (at `start`, the next line at `next`) opens no such rows.
 */
function columnHeadsEdits(source: string, start: number, line: string, next: number, out: Edit[]): number {
  if (!HEADS_HINT.test(line)) return -1;
  const heads = cellsOf(line, start);
  let at = next;
  let row = lineFrom(source, at);
  const rule = TABLE_RULE_ROW.test(row.replace(/\r$/, "")) ? { start: at, end: Math.min(source.length, at + row.length + 1) } : null;
  // (Two columns will do under a rule row, which tells a row of heads: | 出席人员 | 列席人员 | ⏎ | --- | --- |.)
  if (heads.length < (rule !== null ? 2 : MIN_HEAD_COLUMNS) || !heads.every((h) => h.text !== "" && (isLabelCell(h.text) || HEADER_KEY_CELL.test(h.text)))) return -1;
  if (rule !== null) {
    at = rule.end;
    row = lineFrom(source, at);
  }
  const cells = cellsOf(row.replace(/\r$/, ""), at);
  if (cells.length !== heads.length || cells[0]!.text === "" || isLabelCell(cells[0]!.text) || HEADER_KEY_CELL.test(cells[0]!.text)) return -1;
  // (Not a list of many records under its heads, an index page's table of minutes: one row only.)
  const rowEnd = at + row.replace(/\r$/, "").length;
  const below = rowEnd < source.length ? cellsOf(lineFrom(source, at + row.length + 1).replace(/\r$/, ""), 0) : [];
  // (Another row of labels below starts another such pair: | 文号 | 公开方式 | … | under the first pair's values.)
  if (below.length === heads.length && !isLabelCell(below[0]!.text) && !HEADER_KEY_CELL.test(below[0]!.text)) return -1;
  const filled = cells.map((c, i) => ({ c, head: heads[i]!.text })).filter(({ c }) => c.text !== "");
  out.push({ start, end: next, text: "" });
  if (rule !== null) out.push({ start: rule.start, end: rule.end, text: "" });
  valuesAfterLabels(at, filled, out);
  out.push({ start: filled[filled.length - 1]!.c.end, end: rowEnd, text: "" });
  return rowEnd;
}

/**
 * The edits that read a row of values (starting at `rowStart`) as rows of their own, each value
 * after its label and a colon: the text before the first value and between two values is
 * replaced (a line break before each later one). The label is written where its value starts.
 */
export function valuesAfterLabels(rowStart: number, cells: { c: Cell; head: string }[], out: Edit[]): void {
  cells.forEach(({ c, head }, i) => {
    out.push({ start: i === 0 ? rowStart : cells[i - 1]!.c.end, end: c.start, text: (i === 0 ? "" : "\n") + head + "：" });
  });
}

/** Whether a cell is a form's label (its colon aside). */
const isLabelCell = (cell: string): boolean => FORM_LABEL.test(cell.replace(LABEL_COLON, ""));

/**
 * The edits for one line of a form copied as a pipe table: a row of a label and its value, a row
 * of a label and one name a cell, a row that goes on with the label above, a cell wrapped onto
 * the next line, and a markdown rule row with the column heads above it (no part of the form).
 */
function pipeRowEdits(source: string, { start, end, nl, line }: { start: number; end: number; nl: number; line: string }, table: TableState, out: Edit[]): void {
  if (start < table.readTo) return;
  // (A table of one column, a row of one cell a line: | 议定事项 | ⏎ | --- | ⏎ | 一、审议… |: its rows read as lines.)
  const single = SINGLE_CELL_ROW.exec(line);
  if (single !== null && single[2] !== "" && !ONE_COLUMN_RULE.test(line) && (oneColumnRowAt(source, nl + 1) || (start > 0 && oneColumnRowAt(source, lineStartBefore(source, start))))) {
    out.push({ start, end: start + single[1]!.length, text: "" }, { start: end - single[3]!.length, end, text: "" });
    // (A bare agenda label spaced out as wide as its cell, | 议 题 |, is read without its blanks: no name of a list above.)
    if (INNER_BLANK.test(single[2]!) && AGENDA_LABEL.test(single[2]!)) letterBlankEdits(start + single[1]!.length, single[2]!, out);
    table.formRowAbove = false;
    table.previousRow = null;
    return;
  }
  const lineEnd = nl < 0 ? source.length : nl + 1;
  const read = nl < 0 ? -1 : columnHeadsEdits(source, start, line, nl + 1, out);
  if (read >= 0) {
    table.readTo = read;
    table.formRowAbove = false;
    table.previousRow = null;
    return;
  }
  if (TABLE_RULE_ROW.test(line)) {
    out.push({ start, end: lineEnd, text: "" });
    // (A header's first row over the rule is a row of the header, no column heads: | 信息索引号 | 440604-… |⏎|---|---|.)
    if (table.previousRow !== null && !table.formRowAbove && !keyRow(source.slice(table.previousRow.start, table.previousRow.end))) out.push(table.previousRow);
    table.previousRow = null;
    return;
  }
  const m = FORM_ROW.exec(line);
  table.previousRow = m !== null ? { start, end: lineEnd, text: "" } : null;
  if (m === null) {
    // (A row of several cells, a label's then one a name: | 出席： | 卜志勇 | 米　红 | 洪光辉 |.)
    const row = CELLS_ROW.exec(line);
    if (row !== null && row[1]!.trim() === "" && table.formRowAbove) {
      // (A row under an empty label cell goes on with the list above, name and title: |　|晁立新|常务副县长|.)
      table.formRowAbove = cellsRowEdits(start, line, out);
      return;
    }
    table.formRowAbove = row !== null && isLabelCell(row[1]!);
    if (table.formRowAbove) cellsRowEdits(start, line, out);
    return;
  }
  if (m[1] === "") {
    // (A row whose label cell is empty goes on with the label above: |  | 何雪梅 |.)
    if (m[2] === "" || !table.formRowAbove) return;
    const valueAt = start + line.indexOf(m[2]!);
    out.push({ start, end: valueAt, text: "" });
    if (valueAt + m[2]!.length < end) out.push({ start: valueAt + m[2]!.length, end, text: "" });
    return;
  }
  table.formRowAbove = isLabelCell(m[1]!);
  // (A mirror copy's annotated label, 會(huì)議時間, arrives here without its annotations.)
  // (A bare 议题 is a form's label only before its numbered items, one a row: | 议题 | 1.研究… |⏎| | 2.研究… |.)
  if (m[2] === "" || !(FORM_LABEL.test(m[1]!) || (AGENDA_LABEL.test(m[1]!) && MARKER_AT_START.test(m[2]!) && nl >= 0 && ITEM_ROW_BELOW.test(lineFrom(source, nl + 1))))) return;
  if (!table.formRowAbove) table.formRowAbove = AGENDA_LABEL.test(m[1]!);
  const labelAt = start + line.indexOf(m[1]!);
  const labelEnd = labelAt + m[1]!.length;
  const valueAt = start + line.indexOf(m[2]!, labelEnd - start);
  const valueEnd = valueAt + m[2]!.length;
  out.push({ start, end: labelAt, text: "" });
  // (A section's label before its first numbered item, | 议定事项 | 一、关于… |: the items stand
  // under the label, as the rows below go on with them.)
  const items = MARKER_AT_START.test(m[2]!) && (AGENDA_LABEL.test(m[1]!) || DECISIONS_CELL.test(m[1]!));
  out.push({ start: labelEnd, end: valueAt, text: items ? "\n" : "：" });
  if (valueEnd < end) out.push({ start: valueEnd, end, text: "" });
  // (A cell wrapped onto the next line, the row's closing pipe there: …局长郦⏎文涛，…应邀列席|.)
  else if (nl >= 0) {
    const next = lineFrom(source, nl + 1);
    const closing = CELL_REST.exec(next);
    if (closing !== null) {
      out.push({ start: end, end: nl + 1, text: "" });
      out.push({ start: nl + 1 + closing[1]!.length, end: nl + 1 + next.length, text: "" });
    }
  }
}

/** A row whose label cell is empty and whose value opens with a number: | | 2.研究… |. */
const ITEM_ROW_BELOW = /^[ \t\u3000]*[|｜][ \t\u3000]*[|｜][ \t\u3000]*(?:[0-9]{1,2}[.．、]|[（(]?[一二三四五六七八九十]{1,3}[、）)])/;

/**
 * Whether a value stands below the label alone on the line that ends at `nl`: on the next line, or
 * for a list's label (a print's centred 出　　席) after one blank line.
 */
function valueBelow(source: string, nl: number, fact: boolean): boolean {
  const [next = "", after = ""] = source.slice(nl + 1, nl + 160).split("\n");
  return NOT_BLANK_LINE.test(next) || (!fact && !NOT_BLANK_LINE.test(next) && NOT_BLANK_LINE.test(after) && !LABEL_ALONE.test(after));
}

/**
 * A list's people below its label, each name on a line and its title on the next (a form's cells
 * flattened one a line: 出席人员⏎倪宏达⏎市长⏎巩晓军⏎常务副市长): each title is read on its name's
 * line, after wide blanks, as a list in columns writes it.
 */
function nameTitleLineEdits(source: string, nl: number, out: Edit[]): void {
  /** Whether the cell is a name (not a form's next label: 列席人员). */
  const isName = (cell: string): boolean => NAME_CELL.test(cell) && !isFormLabelLine(cell);
  const isTitle = (cell: string): boolean => TITLE_CELL.test(cell) && (!NAME_CELL.test(cell.replace(/[（(].*$/, "")) || TITLE_ALONE.test(cell));
  // (Or each title first, then its name: 县住建局局长⏎柏明亮.)
  let titleFirst: boolean | null = null;
  for (let at = nl + 1; at < source.length; ) {
    const firstEnd = source.indexOf("\n", at);
    if (firstEnd < 0) return;
    const first = lineFrom(source, at).trim();
    const secondAt = firstEnd + 1;
    const second = lineFrom(source, secondAt).trim();
    const order = isName(first) && isTitle(second) && !isFormLabelLine(second) ? false : isTitle(first) && !isTitle(second) && isName(second) ? true : null;
    if (order === null || (titleFirst !== null && order !== titleFirst)) return;
    titleFirst = order;
    const valueAt = skipIndent(source, secondAt);
    out.push({ start: firstEnd > 0 && source.charCodeAt(firstEnd - 1) === 13 ? firstEnd - 1 : firstEnd, end: valueAt, text: "\u3000\u3000" });
    const next = source.indexOf("\n", secondAt);
    if (next < 0) return;
    at = next + 1;
  }
}
/** A short title alone: 市长, 副市长, 副县长 (a cell a name's length that is no name). */
const TITLE_ALONE = /^(?:常[务務])?副?(?:市|县|縣|区|區|州|旗|镇|鎮|乡|鄉)[长長]/;

/**
 * The edit that joins the second line of a fact's value to its first (at `valueAt`), where a form's
 * cell wrapped it: a short line that is no label, with a label alone on the line after it.
 */
function valueRest(source: string, valueAt: number): Edit | null {
  const first = source.indexOf("\n", valueAt);
  if (first < 0) return null;
  const second = source.indexOf("\n", first + 1);
  const rest = lineFrom(source, first + 1).trim();
  if (rest === "" || rest.length > MAX_VALUE_REST || isFormLabelLine(rest) || second < 0) return null;
  if (!isFormLabelLine(lineFrom(source, second + 1).trim())) return null;
  const firstEnd = first > 0 && source.charCodeAt(first - 1) === 13 ? first - 1 : first;
  const restAt = skipIndent(source, first + 1);
  return { start: firstEnd, end: restAt, text: "" };
}

/** The longest second line of a wrapped value (a cell's width). */
const MAX_VALUE_REST = 16;

/** Whether a line is a form's label alone (会议地点, 主持人, 出席人员). */
function isFormLabelLine(line: string): boolean {
  const alone = LABEL_ALONE.exec(line);
  return alone !== null && FORM_LABEL.test(alone[1]!);
}

/**
 * A form's label in lenticular brackets at a line's start (【会议时间】2024年9月13日下午, 【出席人员】…)
 * reads as the label and its colon: the brackets go, a colon stands for the closing one.
 */
export function bracketLabelEdits(source: string, lines: Line[], out: Edit[]): void {
  // (Native search first: most texts hold no such bracket.)
  if (!source.includes("】")) return;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const i = l.text;
    if (source.charCodeAt(i) !== 0x3010) continue;
    // (A label a page's layout cut over two lines, blank lines between: 【字⏎⏎号】金经管纪〔2024〕15号.)
    const head = CUT_LABEL_HEAD.exec(source.slice(i, l.end));
    if (head !== null) {
      let j = k + 1;
      while (j < lines.length && lines[j]!.text === lines[j]!.end) j++;
      const next = lines[j];
      const tail = next === undefined ? null : CUT_LABEL_TAIL.exec(source.slice(next.text, next.end));
      if (tail !== null && HEADER_KEY_SET.has(head[1]! + tail[1]!)) out.push({ start: i + head[0].length, end: next!.text, text: "" });
      continue;
    }
    // (A numbered heading in brackets whole, 【一、关于当前疫情防控工作】: the heading without them.)
    const heading = BRACKETED_HEADING.exec(source.slice(i, l.end));
    if (heading !== null) {
      out.push({ start: i, end: i + 1, text: "" }, { start: i + heading[0].length - 1, end: i + heading[0].length, text: "" });
      continue;
    }
    BRACKET_LABEL.lastIndex = i;
    const m = BRACKET_LABEL.exec(source);
    if (m === null) {
      // (A fact's label alone on its line, its value on the next: 【会议时间】⏎2023年4月10日下午3时.
      // A list's label, 【会议议题】⏎一、…, stays on its line.)
      const alone = BRACKET_LABEL_ALONE.exec(source.slice(i, l.end));
      // (A blank line may stand between: 【出席人员】⏎⏎向振宇　田　敏….)
      const next = lines[k + 1] !== undefined && lines[k + 1]!.text === lines[k + 1]!.end ? lines[k + 2] : lines[k + 1];
      // (A heading of the reports in brackets, 【书面通报】, reads as the heading alone, its brackets as blanks.)
      if (alone !== null && REPORTS_HEADING.test(alone[1]!.trim())) {
        out.push({ start: i, end: i + 1, text: " " }, { start: i + alone[0].length - 1, end: i + alone[0].length, text: " " });
        continue;
      }
      if (alone === null || next === undefined || next.text === next.end || !FORM_LABEL.test(alone[1]!.trim()) || LIST_SECTION.test(alone[1]!)) continue;
      const opens = source.charCodeAt(next.text);
      if (opens === 0x3010 || MARKER_LINE.test(source.slice(next.text, next.end))) continue;
      out.push({ start: i, end: i + 1, text: "" }, { start: i + alone[0].length - 1, end: next.text, text: "：" });
      continue;
    }
    if (!FORM_LABEL.test(m[1]!.trim())) continue;
    out.push({ start: i, end: i + 1, text: "" }, { start: i + m[0].length - 1, end: i + m[0].length, text: "：" });
    // (And the labels after a wide gap on the same line: 【会议时间】2023年11月2日上午　　【会议地点】县政府第一会议室.)
    const line = source.slice(i, l.end);
    for (const later of line.matchAll(LATER_BRACKET_LABEL)) {
      if (!FORM_LABEL.test(later[1]!.trim())) continue;
      const at = i + later.index + later[0].indexOf("【");
      out.push({ start: at, end: at + 1, text: "" }, { start: at + later[1]!.length + 1, end: at + later[1]!.length + 2, text: "：" });
    }
  }
}
/** A numbered heading in lenticular brackets alone on its line: 【一、关于当前疫情防控工作】, 【（二）…】. */
const BRACKETED_HEADING = /^【(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．、])[^【】\r\n]{2,80}】(?=[ \t\u3000]*$)/;
/** A form's label in lenticular brackets after a wide gap, text after it (the label in group 1). */
const LATER_BRACKET_LABEL = /(?:[ \t]{2,}|\u3000)[ \t\u3000]*【([^【】\r\n]{2,10})】(?=[ \t\u3000]*[^ \t\u3000\r\n【])/g;
/** A bracket's label cut at the line's end (【字), and the rest of it opening a later line (号】…). */
const CUT_LABEL_HEAD = /^【([\u3400-\u9fff]{1,4})[ \t\u3000]*$/;
const CUT_LABEL_TAIL = /^([\u3400-\u9fff]{1,4})】/;
/** A label in lenticular brackets alone on its line (up to its closing bracket). */
const BRACKET_LABEL_ALONE = /^【([^【】\r\n]{2,10})】(?=[ \t\u3000]*$)/;
/** A heading of the 书面通报 items: 书面通报, 会议书面通报事项. */
const REPORTS_HEADING = /^(?:[会會][议議])?[书書]面通[报報](?:事[项項])?$/;
/** The labels of a form's lists of items: 议题, 内容, 议定事项. */
const LIST_SECTION = /[议議][ \u3000\u00a0]*[题題]|[内內][ \u3000\u00a0]*容|[议議]定/;
/** A label in lenticular brackets with text after it on the line (the label in group 1). */
const BRACKET_LABEL = /【([^【】\r\n]{2,10})】(?=[ \t\u3000]*[^ \t\u3000\r\n【])/y;
