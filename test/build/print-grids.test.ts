// Prints converted to text that wrap at a count of characters (a page set in a grid), set every
// line off the left edge, or wrap a line short in a label's word: the cut lines are read whole.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

/**
 * A paragraph cut every `count` characters, as a print set in a grid is: a digit takes a
 * character's place, and the first line's indent two.
 */
function grid(paragraph: string, count: number, margin = ""): string[] {
  const lines: string[] = [];
  let rest = paragraph;
  let first = true;
  while (rest.length > 0) {
    const take = first ? count - 2 : count;
    lines.push(margin + (first ? "    " : "") + rest.slice(0, take));
    rest = rest.slice(take);
    first = false;
  }
  return lines;
}

const HEAD = ["                       澜杉县人民政府常务会议纪要", "", "澜杉县人民政府办公室                            2021年9月8日", ""];
const OPENING =
  "2021年9月3日上午，县长覃伟民在县政府常务会议室主持召开2021年第33次县政府常务会议，传达学习上级有关会议精神，研究秋季开学、地质灾害防治等工作。现将会议议定事项纪要如下：";
const TOPICS = [
  "一、研究2021年秋季学期开学工作",
  "会议听取了县教育局关于2021年秋季学期开学准备工作的汇报。会议要求，县教育局要抓好校舍安全排查，确保开学前全部整改到位；县交通运输局、县公安局要联合开展校车安全专项检查。",
  "二、研究汛后地质灾害隐患点综合治理工作",
  "会议原则同意县自然资源局提出的2021年度地质灾害隐患点综合治理项目安排，项目资金由县财政局统筹解决，各乡镇要配合做好群众搬迁安置工作，确保10月底前全面完工。",
];

describe("prints that wrap at a count of characters", () => {
  it("joins a line with digits that holds as many characters as the page, though fewer columns (…会议室主持⏎召开2021年第33次…)", () => {
    const lines = [...HEAD, ...grid(OPENING, 29), ...TOPICS.flatMap((t, i) => (i % 2 === 0 ? ["    " + t] : grid(t, 29)))];
    // (The cut falls inside 主持: the first line holds the date's digits and is narrower in columns.)
    expect(lines[4]!.endsWith("主")).toBe(true);
    const m = parse(lines.join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "覃伟民", title: "县长" });
    expect(m.meeting?.place).toBe("县政府常务会议室");
    expect(m.topics.map((t) => t.heading)).toEqual(["研究2021年秋季学期开学工作", "研究汛后地质灾害隐患点综合治理工作"]);
  });

  it("joins lines set off the left edge by a margin every line has (   持召开…)", () => {
    const lines = [...HEAD.map((l) => (l === "" ? l : "   " + l)), ...grid(OPENING, 29, "   "), ...TOPICS.flatMap((t, i) => (i % 2 === 0 ? ["       " + t] : grid(t, 29, "   ")))];
    const m = parse(lines.join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "覃伟民", title: "县长" });
    expect(m.meeting?.place).toBe("县政府常务会议室");
    expect(m.topics[1]?.heading).toBe("研究汛后地质灾害隐患点综合治理工作");
  });

  it("keeps a line with digits apart where the print wraps at columns (a title over its number)", () => {
    const m = parse([
      "浔口区人民政府2024年第12次常务会议纪要",
      "浔府纪〔2024〕12号",
      "    7月1日下午，区长贾一鸣在区政府3号会议室主持",
      "召开区政府2024年第12次常务会议。出席：区长贾一",
      "鸣，副区长孟凡、汤国梁、欧海燕，区政府党组成员于",
      "建国。请假：副区长阎晓光（出差）。列席：区政府办",
      "公室主任蒲文杰，区发改局局长柴明，区财政局局长",
      "詹秋菊。现将会议议定事项纪要如下：",
      "    （一）关于浔口港区疏港公路建设有关事宜",
      "    会议原则同意区交通局提出的疏港公路建设方案。",
      "要求区交通局抓紧办理项目立项、用地预审等前期手",
      "续，区财政局做好资金保障，力争年内开工建设。",
    ].join("\n"));
    expect(m.title).toBe("浔口区人民政府2024年第12次常务会议纪要");
    expect(m.documentNumber?.text).toBe("浔府纪〔2024〕12号");
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["贾一鸣", "孟凡", "汤国梁", "欧海燕", "于建国"]);
  });

  it("joins a line cut short inside a label's word (…童佳怡应⏎邀列席会议)", () => {
    const m = parse([
      "赵北区人民政府第3次常务会议纪要",
      "2月12日上午，区长葛嘉树主持召开区政府第3次常务会议，区领导",
      "解红梅、房立群、卞思远，区政府办公室主任鄂宏伟出席会议，尤志鹏",
      "因公请假；区人大常委会副主任甄宝林，区政协副主席童佳怡应",
      "邀列席会议。区政府有关部门单位负责同志在研究相关议题时列席。现将",
      "会议议定事项纪要如下：",
      "1.会议研究了区政务服务中心办公用房租赁事宜。会议同意续租政务服",
      "务中心现用办公用房，租期三年，租金按评估价确定。",
      "2.会议听取了区消防救援大队关于2025年度灭火救援装备建设计划的汇",
      "报。会议要求：一是区财政局要统筹安排装备购置资金；二是区消防救",
      "援大队要严格执行政府采购程序。",
    ].join("\n"));
    expect(m.meeting?.invitedObservers.flatMap((g) => g.people.map((p) => p.name))).toEqual(["甄宝林", "童佳怡"]);
    expect(m.meeting?.observers).toEqual([]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["尤志鹏"]);
  });
});

describe("a print's bold numbering", () => {
  it("reads 【一】 headings as topics", () => {
    const m = parse(["澹岚县人民政府常务会议纪要", "", "　　3月5日上午，县长范立群主持召开县政府第7次常务会议。现纪要如下：", "　　【一】关于县城区停车场建设有关事宜", "　　会议原则同意县住建局提出的建设方案。", "　　【二】关于春季森林防火工作", "　　会议要求各乡镇落实巡查责任。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于县城区停车场建设有关事宜", "关于春季森林防火工作"]);
  });
});
