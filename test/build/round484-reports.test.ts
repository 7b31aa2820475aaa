// Helper round 484 (书面通报 in many forms): reports listed after a topic line's colon, an inline
// 书面通报事项：1、…, the presenter after the body, a 《关于…的请示》, a document named in 《》 alone.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const reports = (line: string) =>
  parse(["测试县人民政府第5次常务会议纪要", "11月8日上午，县长张伟主持召开县政府第5次常务会议。", "一、关于防汛工作", "会议要求加强值守。", line].join("\n")).writtenReports.map((r) => [r.proposer, r.subject]);

describe("书面通报 items", () => {
  it("reads the reports a topic's line lists after its lead's colon, one a clause", () => {
    const both = [
      ["区统计局", "1—2月全区主要经济指标完成情况"],
      ["区审计局", "2023年度审计整改情况"],
    ];
    expect(reports("二、会议书面通报了以下事项：一是区统计局关于1—2月全区主要经济指标完成情况的汇报；二是区审计局关于2023年度审计整改情况的汇报。")).toEqual(both);
    expect(reports("二、会议书面通报了4项工作：一是区统计局关于1—2月全区主要经济指标完成情况的汇报；二是区审计局关于2023年度审计整改情况的汇报。")).toEqual(both);
    expect(reports("二、会议书面通报了以下事项：区统计局关于1—2月全区主要经济指标完成情况的汇报；区审计局关于2023年度审计整改情况的汇报。")).toEqual(both);
  });

  it("leaves an inline 书面通报事项：'s label and the first item's number out of the proposer", () => {
    expect(reports("书面通报事项：1、县人社局关于根治欠薪夏季专项行动开展情况的汇报；2、县医保局关于医保基金监管工作的汇报。")).toEqual([
      ["县人社局", "根治欠薪夏季专项行动开展情况"],
      ["县医保局", "医保基金监管工作"],
    ]);
  });

  it("takes the body for the proposer, not the presenter's title and name after it", () => {
    expect(reports("会议书面通报了区财政局局长邵建民关于一季度区级财政收支情况的汇报，区统计局副局长冉晓燕关于一季度经济运行情况的汇报。")).toEqual([
      ["区财政局", "一季度区级财政收支情况"],
      ["区统计局", "一季度经济运行情况"],
    ]);
  });

  it("reads a 《关于…的请示》 without its ending, and a document named in 《》 alone whole", () => {
    expect(reports("会议书面通报并原则同意区民政局提出的《关于调整城乡最低生活保障标准的请示》，按程序报批后实施。")).toEqual([["区民政局", "调整城乡最低生活保障标准"]]);
    expect(reports("会议书面通报并原则同意区司法局提出的《灞川区行政执法公示办法（试行）》，认真组织实施。")).toEqual([["区司法局", "《灞川区行政执法公示办法（试行）》"]]);
  });

  it("reads the unit labelled on the line under each numbered report (报送单位：), not a list of recipients", () => {
    const m = parse(
      [
        "灞川区人民政府第四十一次常务会议纪要",
        "　　2023年11月8日上午，区长常伟东主持召开区政府第四十一次常务会议。现纪要如下：",
        "　　一、关于冬季清洁取暖工作",
        "　　会议原则同意区住建局提出的方案。",
        "　　二、书面通报事项",
        "　　会议书面通报了以下事项：",
        "　　1.关于1—9月区级财政收支情况的汇报",
        "　　　报送单位：区财政局",
        "　　2.关于秋冬季“散乱污”企业排查整治工作的情况汇报",
        "　　　报送单位：区生态环境分局",
        "",
        "分送：区委各部门，区人大常委会办公室。",
      ].join("\n"),
    );
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["区财政局", "1—9月区级财政收支情况"],
      ["区生态环境分局", "秋冬季“散乱污”企业排查整治工作"],
    ]);
    expect(m.distribution).toEqual(["区委各部门", "区人大常委会办公室"]);
  });

  it("reads a box-drawn table of reports whose rows are numbered in full-width digits", () => {
    const m = parse(
      [
        "周塬县人民政府第9次常务会议纪要",
        "　　6月18日上午，县长王明主持召开县政府第9次常务会议。",
        "　　一、关于防汛工作",
        "　　会议要求加强值守。",
        "　　二、书面通报事项",
        "　　会议书面通报了以下事项：",
        "┌──┬──────────┬────────────────────────┐",
        "│序号│报送单位　　　　　　│通报事项　　　　　　　　　　　　　　　　　　　　│",
        "├──┼──────────┼────────────────────────┤",
        "│１　│县统计局　　　　　　│关于1—5月全县主要经济指标完成情况的汇报　　　　│",
        "├──┼──────────┼────────────────────────┤",
        "│２　│县农业农村局　　　　│关于夏粮收购和“三夏”生产工作的情况汇报　　　　│",
        "└──┴──────────┴────────────────────────┘",
      ].join("\n"),
    );
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县统计局", "1—5月全县主要经济指标完成情况"],
      ["县农业农村局", "夏粮收购和“三夏”生产工作"],
    ]);
  });

  it("reads a table of reports flattened one cell a line (序号⏎汇报单位⏎汇报事项⏎1⏎…), the unit's column first or second", () => {
    const table = (heads: string[], rows: string[][]) =>
      parse(["清柳县人民政府第22次常务会议纪要", "　　12月5日上午，县长王明主持召开县政府第22次常务会议。", "　　一、关于防汛工作", "　　会议要求加强值守。", "　　二、书面通报事项", "　　会议书面通报了以下事项：", "序号", ...heads, ...rows.flat(), "　　会议要求，各部门要加强跟踪督办。"].join("\n")).writtenReports.map((r) => [r.proposer, r.subject]);
    const want = [
      ["县农业农村局", "2023年粮食生产和秋粮收购工作"],
      ["县人社局", "根治欠薪冬季专项行动开展情况"],
    ];
    expect(table(["汇报单位", "汇报事项"], [["1", "县农业农村局", "关于2023年粮食生产和秋粮收购工作的情况汇报"], ["2", "县人社局", "关于根治欠薪冬季专项行动开展情况的汇报"]])).toEqual(want);
    expect(table(["通报事项", "报送单位"], [["1", "关于2023年粮食生产和秋粮收购工作的情况汇报", "县农业农村局"], ["2", "关于根治欠薪冬季专项行动开展情况的汇报", "县人社局"]])).toEqual(want);
  });

  it("reads a Markdown table without pipes at its ends, with a third column of what the meeting made of each (round 501)", () => {
    const m = parse(
      [
        "清漪区人民政府第30次常务会议纪要",
        "11月20日上午，区长裴少华主持召开区政府第30次常务会议。",
        "序号 | 议题 | 汇报单位 | 议定意见",
        "---|---|---|---",
        "1 | 关于区政府第一议题 | 区政府办 | 会议传达学习了有关精神。",
        "2 | 关于2024年区级民生实事候选项目 | 区发改局 | 原则同意，提交区委常委会研究。",
        "书面通报事项：",
        "提交单位 | 通报事项 | 处理意见",
        "---|---|---",
        "区财政局 | 关于2023年区级预算调整方案（草案）的情况汇报 | 原则同意，提交区人大常委会审议",
        "区卫健局 | 关于冬季呼吸道传染病防控工作的情况汇报 | 原则同意，认真组织实施",
      ].join("\n"),
    );
    expect(m.topics.map((t) => t.heading)).toEqual(["关于区政府第一议题", "关于2024年区级民生实事候选项目"]);
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["区财政局", "2023年区级预算调整方案（草案）"],
      ["区卫健局", "冬季呼吸道传染病防控工作"],
    ]);
  });

  it("reads a table of reports whose name comes before its unit, a unit with its other name in brackets", () => {
    const m = parse(
      [
        "太屯县人民政府第19次常务会议纪要",
        "　　9月5日上午，县长王明主持召开县政府第19次常务会议。",
        "　　（一）关于防汛工作",
        "　　会议要求加强值守。",
        "　　（二）书面通报事项",
        "　　会议书面通报了以下事项：",
        "| 序号 | 通报事项 | 报送单位 |",
        "| 1 | 关于1—8月县级财政收支情况的汇报 | 县财政局 |",
        "| 2 | 关于秋粮生产及防灾减灾工作的情况汇报 | 县农业农村局（县乡村振兴局） |",
        "| 3 | 关于县域品牌培育工作的情况 | 县商务局 |",
      ].join("\n"),
    );
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县财政局", "1—8月县级财政收支情况"],
      ["县农业农村局（县乡村振兴局）", "秋粮生产及防灾减灾工作"],
      ["县商务局", "县域品牌培育工作"],
    ]);
  });

  it("reads a table of reports whose unit's column is headed 提出单位", () => {
    const m = parse(
      [
        "太屯县人民政府第19次常务会议纪要",
        "　　9月5日上午，县长王明主持召开县政府第19次常务会议。",
        "　　一、关于防汛工作",
        "　　会议要求加强值守。",
        "　　二、书面通报事项",
        "| 序号 | 提出单位 | 书面通报事项 |",
        "| 1 | 县财政局 | 关于县级预算调整方案（草案）的情况汇报 |",
        "| 2 | 县教育局 | 关于春季学期学位供给的情况汇报 |",
      ].join("\n"),
    );
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县财政局", "县级预算调整方案（草案）"],
      ["县教育局", "春季学期学位供给"],
    ]);
  });

  it("reads a table of reports whose cells are set apart by tabs", () => {
    const m = parse(
      [
        "安川区人民政府第33次常务会议纪要",
        "　　11月5日上午，区长王明主持召开区政府第33次常务会议。",
        "　　一、关于防汛工作",
        "　　会议要求加强值守。",
        "　　二、书面通报事项",
        "　　会议书面通报了以下事项：",
        "序号\t汇报单位\t汇报事项",
        "1\t区财政局\t关于1—10月区级财政收支情况的汇报",
        "2\t区统计局\t关于前三季度经济运行情况的汇报",
      ].join("\n"),
    );
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["区财政局", "1—10月区级财政收支情况"],
      ["区统计局", "前三季度经济运行情况"],
    ]);
  });

  it("reads 关于A和关于B的汇报 as two reports, the bodies given 分别 in their order", () => {
    expect(reports("会议书面通报了县统计局、县审计局分别提交的关于2021年全县主要经济指标完成情况和关于2020年度县本级预算执行审计查出问题整改情况的汇报。")).toEqual([
      ["县统计局", "2021年全县主要经济指标完成情况"],
      ["县审计局", "2020年度县本级预算执行审计查出问题整改情况"],
    ]);
    expect(reports("会议书面通报了县统计局提交的关于2021年全县主要经济指标完成情况和关于2020年度整改情况的汇报。")).toEqual([
      ["县统计局", "2021年全县主要经济指标完成情况"],
      ["县统计局", "2020年度整改情况"],
    ]);
  });
});
