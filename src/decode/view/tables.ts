// Tables whose rows are the document's items: topics and their decisions, people, 书面通报.
import { type Edit } from "./edits.js";
import { HEADER_KEY_CELL, KEY_BLANKS } from "./labels.js";
import { type Line, linesOf, skipIndent } from "./lines.js";

/** A spreadsheet's cell quoted over several lines, after a tab: "1.研究…⏎2.审议…⏎3.听取…" (its quotes in groups 1 and 2). */
const QUOTED_CELL = /(?<=\t)(")[^"\t\r\n]*(?:\r?\n[^"\t\r\n]*)+(")(?=\t|\r?\n|$)/g;

/**
 * A cell of a spreadsheet copied as tab-separated text that holds line breaks, and so was quoted
 * ("1.…⏎2.…"): its quotes are no text, read as nothing, so its lines read as a cell's rows.
 */
export function quotedCellEdits(source: string, out: Edit[]): void {
  if (!source.includes('\t"')) return;
  for (const m of source.matchAll(QUOTED_CELL)) {
    out.push({ start: m.index, end: m.index + 1, text: "" });
    const close = m.index + m[0].length - 1;
    out.push({ start: close, end: close + 1, text: "" });
  }
}

/** The heads of a table of 书面通报 items, the unit's and the report's (regex sources): 报送单位, 通报事项. */
const UNIT_HEAD = "(?:报送|汇报|提交|提出|通报|责任)?单[ \\u3000]*位";
const ITEM_HEAD = "(?:书面)?(?:通报|汇报|报告)?(?:事项|内容|名称|材料)";
/** A row's cells: the unit (a regex group) and the report's name (a group, without the cells' separator). */
const UNIT_CELL = "([\\u3400-\\u9fff（）()]{2,24}?)";
const itemCell = (separator: string): string => `(关于[^${separator}\\r\\n]{2,80}?)`;

/** One layout of a table of 书面通报 items: its heads row, a row (unit and report's name in groups 1 and 2, in the row's order), which comes first. */
interface ReportTable {
  heads: RegExp;
  row: RegExp;
  subjectFirst: boolean;
}
/** A layout from what opens a row, separates its cells and closes it (regex sources). */
function reportTable(lead: string, gap: string, trail: string, separator: string, subjectFirst: boolean): ReportTable {
  const [firstHead, secondHead] = subjectFirst ? [ITEM_HEAD, UNIT_HEAD] : [UNIT_HEAD, ITEM_HEAD];
  const [firstCell, secondCell] = subjectFirst ? [itemCell(separator), UNIT_CELL] : [UNIT_CELL, itemCell(separator)];
  return {
    // (A third column may give what the meeting made of it: | 处理意见 |, | 审议意见 |.)
    heads: new RegExp(`^${lead}(?:序[ \\u3000]*号${gap})?${firstHead}${gap}${secondHead}(?:${gap}(?:处理|审议|審議|审阅|会议|會議)?意[见見]|${gap}(?:会议|會議)?[决決]定)?${trail}$`),
    row: new RegExp(`^${lead}(?:[0-9０-９]{1,2}${gap})?${firstCell}${gap}${secondCell}(?:${gap}([^|｜\\t\\r\\n]{0,80}?))?${trail}$`),
    subjectFirst,
  };
}
const PIPE_GAP = "[ \\t\\u3000]*[|｜][ \\t\\u3000]*";
const TAB_GAP = "[ \\u3000]*\\t[ \\t\\u3000]*";
/**
 * The layouts: | 序号 | 报送单位 | 通报事项 |, the report's name first (| 序号 | 通报事项 | 报送单位 |), and the
 * cells set apart by tabs, as a page's table copied (序号⇥汇报单位⇥汇报事项).
 */
const REPORT_TABLES: ReportTable[] = [
  reportTable(PIPE_GAP, PIPE_GAP, PIPE_GAP, "|｜", false),
  reportTable(PIPE_GAP, PIPE_GAP, PIPE_GAP, "|｜", true),
  reportTable("[ \\u3000]*", TAB_GAP, "[ \\t\\u3000]*", "\\t", false),
];

/**
 * A table of 书面通报 items (| 序号 | 报送单位 | 通报事项 |⏎| 1 | 县统计局 | 关于…的汇报 |, or the name first): each row read
 * as the line a list of reports writes (县统计局关于…的汇报, or …的汇报（县统计局）), its heads left out as the table's frame.
 */
export function reportTableEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  if (!source.includes("单位")) return;
  if (NUMBER_HEAD_LINE.test(source)) cellLineReportTableEdits(source, lines, out, chromeRanges);
  if (!source.includes("|") && !source.includes("｜") && !source.includes("\t")) return;
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    const heads = source.slice(head.start, head.end);
    const table = REPORT_TABLES.find((t) => t.heads.test(heads));
    if (table === undefined) continue;
    out.push({ start: head.start, end: head.next, text: "" });
    chromeRanges.push([head.text, head.end]);
    for (let j = i + 1; j < lines.length; j++) {
      const { start, end, next } = lines[j]!;
      if (end === start) continue;
      // (A Markdown table's rule row under the heads is its frame.)
      if (j === i + 1 && RULE_CELLS_ROW.test(source.slice(start, end))) {
        out.push({ start, end: next, text: "" });
        continue;
      }
      const row = table.row.exec(source.slice(start, end));
      if (row === null) break;
      const firstAt = start + row[0].indexOf(row[1]!);
      const secondAt = start + row[0].indexOf(row[2]!, firstAt - start + row[1]!.length);
      const secondEnd = secondAt + row[2]!.length;
      const close = table.subjectFirst ? "）" : "";
      // (The report's name first, its unit after it in brackets: …的汇报（县财政局）.)
      out.push({ start, end: firstAt, text: "" }, { start: firstAt + row[1]!.length, end: secondAt, text: table.subjectFirst ? "（" : "" });
      // (What the meeting made of it after a comma, as a line of a list of reports writes it: …的汇报，原则同意，….)
      const decision = row[3]?.trim() ?? "";
      if (decision !== "") {
        const decisionAt = start + row[0].indexOf(decision, secondEnd - start);
        out.push({ start: secondEnd, end: decisionAt, text: `${close}，` }, { start: decisionAt + decision.length, end, text: "" });
      } else out.push({ start: secondEnd, end, text: close });
      i = j;
    }
  }
}

/** 序号 alone on its line: a table flattened one cell a line may follow. */
const NUMBER_HEAD_LINE = /^[ \t\u3000]*序号[ \t\u3000]*\r?$/m;
/** A table flattened one cell a line: its heads, each alone on its line (序号⏎汇报单位⏎汇报事项, or the report's name first). */
const CELL_LINE_HEADS = [new RegExp(`^${UNIT_HEAD}$`), new RegExp(`^${ITEM_HEAD}$`)];
/** A row's cells on their lines: its number, its unit, the report's name. */
const CELL_LINE_NUMBER = /^[0-9０-９]{1,2}$/;
const CELL_LINE_UNIT = new RegExp(`^${UNIT_CELL}$`);
const CELL_LINE_ITEM = /^关于.{2,80}$/;

/**
 * A table of 书面通报 items flattened one cell a line, as a page's table copied without its grid
 * (序号⏎汇报单位⏎汇报事项⏎1⏎县农业农村局⏎关于…的情况汇报⏎2⏎…): each row read as the line a list of reports
 * writes (县农业农村局关于…的情况汇报, or …的汇报（县农业农村局）), its heads and numbers left out as the table's frame.
 */
function cellLineReportTableEdits(source: string, lines: Line[], out: Edit[], chromeRanges: [number, number][]): void {
  const cell = (k: number): string => (k < lines.length ? source.slice(lines[k]!.text, lines[k]!.end).trimEnd() : "");
  for (let i = 0; i + 5 < lines.length; i++) {
    if (cell(i) !== "序号") continue;
    const unitFirst = CELL_LINE_HEADS[0]!.test(cell(i + 1)) && CELL_LINE_HEADS[1]!.test(cell(i + 2));
    const itemFirst = CELL_LINE_HEADS[1]!.test(cell(i + 1)) && CELL_LINE_HEADS[0]!.test(cell(i + 2));
    if (!unitFirst && !itemFirst) continue;
    const [unitAt, itemAt] = unitFirst ? [1, 2] : [2, 1];
    const rows: number[] = [];
    for (let j = i + 3; j + 2 < lines.length && CELL_LINE_NUMBER.test(cell(j)) && CELL_LINE_UNIT.test(cell(j + unitAt)) && CELL_LINE_ITEM.test(cell(j + itemAt)); j += 3) rows.push(j);
    if (rows.length === 0) continue;
    out.push({ start: lines[i]!.start, end: lines[i + 2]!.next, text: "" });
    chromeRanges.push([lines[i]!.text, lines[i + 2]!.end]);
    for (const j of rows) {
      const [first, second] = [lines[j + 1]!, lines[j + 2]!];
      out.push({ start: lines[j]!.start, end: first.text, text: "" });
      out.push({ start: first.end, end: second.text, text: unitFirst ? "" : "（" });
      if (!unitFirst) out.push({ start: second.end, end: second.end, text: "）" });
    }
    i = rows[rows.length - 1]! + 2;
  }
}

/** A table's head over its topics: 议题, 会议议题, 议题名称. */
const TOPIC_HEAD = /^(?:[会會][议議]|主要)?[议議][题題](?:名[称稱]|[内內]容)?$/;
/** A table's head over what was decided on each topic: 议定事项, 会议决定, 研究意见, 审议意见 …. */
const DECISION_HEAD = /^(?:[会會][议議])?(?:[议議]定(?:事[项項]|意[见見]|[内內]容)|[决決]定(?:事[项項])?|(?:研究|[审審][议議])意[见見]|[审審][议議][结結]果|意[见見])$/;
/** A table's head over the rows' numbers: 序号. */
const NUMBER_HEAD = /^序[号號]$/;
/** A row's number: 1, 12. */
const ROW_NUMBER = /^[0-9]{1,2}$/;
/** A cell of a row, between tabs or pipes (its content, maybe empty). */
const TABLE_CELL = /[^\t|｜\r\n]*/y;

/** The cells of a row (tabs or pipes between them; pipes at its ends read as nothing), trimmed, with where each stands. */
function tableCells(row: string, pipes: boolean): { at: number; end: number; text: string }[] {
  const cells: { at: number; end: number; text: string }[] = [];
  let i = 0;
  if (pipes) {
    i = skipIndent(row, 0);
    if (row[i] !== "|" && row[i] !== "｜") return [];
    i++;
  }
  while (i <= row.length) {
    TABLE_CELL.lastIndex = i;
    const raw = TABLE_CELL.exec(row)![0];
    const text = raw.trim();
    const at = i + raw.indexOf(text);
    cells.push({ at, end: at + text.length, text });
    i += raw.length + 1;
  }
  // (The pipe that closes a row leaves an empty cell after it: none.)
  if (pipes && cells.length > 0 && cells[cells.length - 1]!.text === "") cells.pop();
  return cells;
}

/**
 * A table of topics copied from a spreadsheet or a word processor (序号<TAB>议题<TAB>议定事项<TAB>责任股室,
 * | 1 | 关于… | 原则同意… |): each row read as the numbered topic it stands for, its heading the 议题
 * cell, its text the 议定事项 cell, each other cell a line of its own under its column's head
 * (责任股室：规划建设股). The heads row is the table's frame.
 */
export function topicTableEdits(source: string, edits: Edit[], chromeRanges: [number, number][]): void {
  if (!source.includes("议题") && !source.includes("議題")) return;
  const tabs = source.includes("\t");
  const pipes = source.includes("|") || source.includes("｜");
  if (!tabs && !pipes) return;
  const lines = linesOf(source);
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    const headRow = source.slice(head.start, head.end);
    const piped = pipes && /^[ \t\u3000]*[|｜]/.test(headRow);
    if (!piped && !(tabs && headRow.includes("\t"))) continue;
    const heads = tableCells(headRow, piped).map((c) => c.text.replace(/[ \u3000]/g, ""));
    const topicAt = heads.findIndex((h) => TOPIC_HEAD.test(h));
    const decisionAt = heads.findIndex((h) => DECISION_HEAD.test(h));
    const numberAt = heads.findIndex((h) => NUMBER_HEAD.test(h));
    if (topicAt < 0 || decisionAt <= topicAt || (numberAt >= 0 && numberAt > topicAt)) continue;
    const rows: { line: Line; cells: { at: number; end: number; text: string }[] }[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      const row = source.slice(line.start, line.end);
      if (piped && RULE_CELLS_ROW.test(row)) continue;
      const cells = tableCells(row, piped);
      if (cells.length < decisionAt || cells[topicAt]?.text === "" || cells[topicAt] === undefined) break;
      if (numberAt >= 0 && !ROW_NUMBER.test(cells[numberAt]!.text)) break;
      rows.push({ line, cells });
    }
    if (rows.length === 0) continue;
    edits.push({ start: head.start, end: head.next, text: "" });
    chromeRanges.push([head.text, head.end]);
    for (let k = i + 1; k < j; k++) {
      const { start, end, next } = lines[k]!;
      if (piped && RULE_CELLS_ROW.test(source.slice(start, end))) edits.push({ start, end: next, text: "" });
    }
    rows.forEach(({ line, cells }, n) => {
      const topic = cells[topicAt]!;
      // The number and its separator read as the topic's marker (1、); a table without numbers numbers its rows.
      if (numberAt >= 0) {
        const number = cells[numberAt]!;
        edits.push({ start: line.start, end: line.start + number.at, text: "" }, { start: line.start + number.end, end: line.start + topic.at, text: "、" });
      } else edits.push({ start: line.start, end: line.start + topic.at, text: `${n + 1}、` });
      let from = topic.end;
      for (let c = topicAt + 1; c < cells.length; c++) {
        const cell = cells[c]!;
        if (cell.text === "") continue;
        const label = c === decisionAt || heads[c] === undefined || heads[c] === "" ? "" : `${heads[c]}：`;
        edits.push({ start: line.start + from, end: line.start + cell.at, text: `\n${label}` });
        from = cell.end;
      }
      edits.push({ start: line.start + from, end: line.end, text: "" });
    });
    i = j - 1;
  }
}

/** A column head over each person's unit or title, maybe both (单位, 职　务, 单位及职务, 职务及单位, 工作单位): a regex source. */
export const UNIT_OR_TITLE_HEAD = "(?:(?:工作)?[单單][ \\u3000]*位(?:(?:及|和|与|、)?[职職][ \\u3000]*[务務])?|[职職][ \\u3000]*[务務](?:(?:及|和|与|、)?[单單][ \\u3000]*位)?)";
/** A column head of a table of people other than 姓名, its letters maybe spaced out (职　　务, 备　注): a regex source. */
const PEOPLE_HEAD = `(?:${UNIT_OR_TITLE_HEAD}|事[ \\u3000]*由|[请請]假(?:事由|原因)|原[ \\u3000]*因|[备備][ \\u3000]*[注註]|[类類][ \\u3000]*[别別])`;
/** The 姓名 head, maybe spaced out (姓　名). */
const NAME_HEAD = /姓[ \u3000]*名/;
/** A table's row of column heads over people (| 姓名 | 职务 | 请假原因 |, 单位 | 姓名 | 职务, | 类　别 | 姓　名 | 职　务 | 备　注 |): a 姓名 cell among other heads. */
const PEOPLE_HEADS_ROW = new RegExp(
  `^[ \\t\\u3000]*[|｜]?[ \\t\\u3000]*(?:${PEOPLE_HEAD}[ \\t\\u3000]*[|｜][ \\t\\u3000]*)*姓[ \\u3000]*名(?:[ \\t\\u3000]*[|｜][ \\t\\u3000]*${PEOPLE_HEAD})+[ \\t\\u3000]*[|｜]?[ \\t\\u3000]*$|^[ \\t\\u3000]*[|｜]?[ \\t\\u3000]*${UNIT_OR_TITLE_HEAD}[ \\t\\u3000]*[|｜][ \\t\\u3000]*姓[ \\u3000]*名[ \\t\\u3000]*[|｜]?[ \\t\\u3000]*$`,
);
/** Whether a table row's first cell is a disclosure header's key and its second a value: | 信息索引号 | 440604-GY-2024-0317 |. */
export function keyRow(row: string): boolean {
  const cells = row.trim().replace(/^[|｜]|[|｜]$/g, "").split(/[|｜]/).map((c) => c.replace(KEY_BLANKS, "").replace(/[：:]$/, ""));
  return cells.length === 2 && HEADER_KEY_CELL.test(cells[0]!) && cells[1] !== "";
}
/** A table's rule row: | --- | --- |, ---- | ----. */
const RULE_CELLS_ROW = /^[ \t\u3000]*[|｜]?(?:[ \t\u3000]*:?-{3,}:?[ \t\u3000]*[|｜]?)+[ \t\u3000]*$/;
/** A pipe between two cells, with its blanks; and one at either end. */
const INNER_PIPE = /[ \t\u3000]*[|｜][ \t\u3000]*/g;

/**
 * A pipe table of people under a list's label (| 姓名 | 职务 | 请假原因 |⏎|---|…⏎| 叶振东 | 副区长 | … |):
 * its cells read as columns set apart by wide blanks, its rule row as nothing, so that the line
 * readings take the heads row out and read each row as the person it names.
 */
export function peopleTableEdits(source: string, edits: Edit[]): void {
  if (!source.includes("|") && !source.includes("｜")) return;
  const roleColumns = ROLE_COLUMNS_HINT.test(source);
  if (!roleColumns && !NAME_HEAD.test(source)) return;
  const lines = linesOf(source);
  for (let i = 0; i < lines.length; i++) {
    const head = source.slice(lines[i]!.start, lines[i]!.end);
    if (!/[|｜]/.test(head)) continue;
    const roleRows = roleColumns ? roleColumnsTableEdits(source, lines, i, edits) : 0;
    if (roleRows > 0) {
      i += roleRows;
      continue;
    }
    const statusRows = statusTableEdits(source, lines, i, edits);
    if (statusRows > 0) {
      i += statusRows;
      continue;
    }
    if (!PEOPLE_HEADS_ROW.test(head)) continue;
    const cells = head.trim().replace(/^[|｜]|[|｜]$/g, "").split(/[|｜]/).length;
    for (let j = i; j < lines.length && lines[j]!.end > lines[j]!.start; j++) {
      const { start, end, next } = lines[j]!;
      const row = source.slice(start, end);
      if (j > i && RULE_CELLS_ROW.test(row)) {
        edits.push({ start, end: next, text: "" });
        continue;
      }
      if (j > i && row.trim().replace(/^[|｜]|[|｜]$/g, "").split(/[|｜]/).length !== cells) break;
      // (The pipes at the row's ends read as nothing, those between cells as a wide gap.)
      for (const m of row.matchAll(INNER_PIPE)) {
        const atEnd = m.index === 0 || m.index + m[0].length === row.length;
        edits.push({ start: start + m.index, end: start + m.index + m[0].length, text: atEnd ? "" : "\u3000\u3000" });
      }
    }
  }
}

/** A part in the meeting, as a table's cell names it: 出席, 请假, 列席, 应邀出席 … (a regex source). */
const PART = "(?:出席|参会|參會|列席|[请請]假|缺席|[应應]邀出席|[应應]邀列席|特邀出席|特邀列席)";
/** A head cell that names a part in the meeting, a column of people under it: 出席, 请假, 列席人员, 应邀出席. */
const ROLE_HEAD_CELL = new RegExp(`^${PART}(?:人[员員])?$`);
/** Whether a text may hold a table whose columns are such parts (| 出席 | 请假 | 列席 |): one search. */
const ROLE_COLUMNS_HINT = /[|｜][ \t\u3000]*(?:出席|列席|[请請]假|参会)(?:人[员員])?[ \t\u3000]*[|｜][ \t\u3000]*(?:出席|列席|[请請]假|缺席|[应應]邀)/;

/**
 * A pipe table whose columns are parts in the meeting, each column's people under its head (| 出席 | 请假 | 列席 |⏎
 * | 聂文涛 | 钟雨桐 | 刘家宝（县政府办） |⏎| 包振宇 |  | 严晓光（县发改局） |): each row read as one list line a
 * cell (出席：聂文涛⏎请假：钟雨桐⏎列席：刘家宝（县政府办）), its empty cells, the heads and the rule row as nothing.
 * The rows it read after the heads, or 0 when the table is none such.
 */
function roleColumnsTableEdits(source: string, lines: Line[], i: number, edits: Edit[]): number {
  const heads = rowCells(source.slice(lines[i]!.start, lines[i]!.end)).map((c) => c.text.replace(/[ \u3000]/g, ""));
  if (heads.length < 2 || !heads.every((h) => ROLE_HEAD_CELL.test(h))) return 0;
  const rows: { line: Line; cells: { text: string; at: number; end: number }[] }[] = [];
  let rule: Line | null = null;
  for (let j = i + 1; j < lines.length && lines[j]!.end > lines[j]!.start; j++) {
    const row = source.slice(lines[j]!.start, lines[j]!.end);
    if (j === i + 1 && RULE_CELLS_ROW.test(row)) {
      rule = lines[j]!;
      continue;
    }
    const cells = rowCells(row);
    if (cells.length !== heads.length || !/^[ \t\u3000]*[|｜]/.test(row)) break;
    rows.push({ line: lines[j]!, cells });
  }
  if (rows.length === 0) return 0;
  edits.push({ start: lines[i]!.start, end: lines[i]!.next, text: "" });
  if (rule !== null) edits.push({ start: rule.start, end: rule.next, text: "" });
  for (const { line, cells } of rows) {
    const filled = cells.map((c, k) => ({ ...c, k })).filter((c) => c.text !== "");
    if (filled.length === 0) {
      edits.push({ start: line.start, end: line.next, text: "" });
      continue;
    }
    let from = line.start;
    filled.forEach((c, n) => {
      edits.push({ start: from, end: line.start + c.at, text: `${n > 0 ? "\n" : ""}${heads[c.k]}：` });
      from = line.start + c.end;
    });
    edits.push({ start: from, end: line.end, text: "" });
  }
  return rows.length + (rule === null ? 0 : 1);
}

/** A column head that gives each person's part in the meeting: 备注, 类别, 参会情况, 出席情况, 状态. */
const STATUS_HEAD = /^(?:[备備][ \u3000]*[注註]|[类類][ \u3000]*[别別]|[参參][会會]情[况況]|出(?:缺)?席情[况況]|出缺席|[状狀]态|[状狀]態)$/;
/** A cell that gives a person's part: 出席, 请假, 列席, 应邀出席 … (the label read for the row). */
const STATUS_CELL = new RegExp(`^${PART}$`);
/** The cells of a table row: their text and where each starts and ends in the row. */
function rowCells(row: string): { text: string; at: number; end: number }[] {
  const out: { text: string; at: number; end: number }[] = [];
  const open = row.search(/[|｜]/);
  let from = open + 1;
  for (let k = from; k <= row.length; k++) {
    if (k < row.length && row[k] !== "|" && row[k] !== "｜") continue;
    if (k === row.length && row.slice(from).trim() === "") break;
    const raw = row.slice(from, k);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    out.push({ text, at: from + lead, end: from + lead + text.length });
    from = k + 1;
  }
  return out;
}

/**
 * A pipe table of people whose column gives each one's part in the meeting (| 序号 | 姓名 | 职务 | 备注 |⏎
 * | 1 | 贺振东 | 管委会主任 | 出席 |⏎| 4 | 尹国柱 | 管委会副主任 | 请假 |): each row read as a list of its own
 * under that part as its label (出席：贺振东　管委会主任), the number, the pipes and the part's cell as
 * nothing. The rows it read after the heads (the rule row too), or 0 when the table is none such.
 */
function statusTableEdits(source: string, lines: Line[], i: number, edits: Edit[]): number {
  const heads = rowCells(source.slice(lines[i]!.start, lines[i]!.end)).map((c) => c.text.replace(/[ \u3000]/g, ""));
  const nameAt = heads.indexOf("姓名");
  const statusAt = heads.findIndex((h) => STATUS_HEAD.test(h));
  if (nameAt < 0 || statusAt < 0) return 0;
  const titleAt = heads.findIndex((h) => /^(?:[职職][务務]|[单單]位(?:及[职職][务務])?|[单單]位[职職][务務])$/.test(h));
  const rows: { line: Line; cells: { text: string; at: number; end: number }[] }[] = [];
  let rule: Line | null = null;
  let j = i + 1;
  for (; j < lines.length && lines[j]!.end > lines[j]!.start; j++) {
    const row = source.slice(lines[j]!.start, lines[j]!.end);
    if (j === i + 1 && RULE_CELLS_ROW.test(row)) {
      rule = lines[j]!;
      continue;
    }
    const cells = rowCells(row);
    if (cells.length !== heads.length || !STATUS_CELL.test(cells[statusAt]!.text)) break;
    rows.push({ line: lines[j]!, cells });
  }
  if (rows.length === 0) return 0;
  edits.push({ start: lines[i]!.start, end: lines[i]!.end, text: "" });
  if (rule !== null) edits.push({ start: rule.start, end: rule.end, text: "" });
  for (const { line, cells } of rows) {
    const name = cells[nameAt]!;
    const title = titleAt >= 0 && cells[titleAt]!.text !== "" ? cells[titleAt]! : null;
    // (The label from the part's cell, before the name; the title after it, a wide gap between.)
    edits.push({ start: line.start, end: line.start + name.at, text: `${cells[statusAt]!.text}：` });
    if (title !== null && title.at > name.end) {
      edits.push({ start: line.start + name.end, end: line.start + title.at, text: "\u3000\u3000" }, { start: line.start + title.end, end: line.end, text: "" });
    } else edits.push({ start: line.start + name.end, end: line.end, text: "" });
  }
  return j - i - 1;
}
