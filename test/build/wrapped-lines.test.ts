// Lines a conversion cut in two: table cells of a disclosure header, titles, headings and lists
// whose indentation was lost. Each case is read as the uncut text reads.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

describe("lines cut by a conversion", () => {
  it("reads a header value a table cell wrapped between its key and the next key", () => {
    const m = parse([
      "索引号：",
      "330604/2022-03917",
      "信息名称：",
      "上虞区人民政府",
      "第21次常务会议纪要",
      "成文日期：",
      "2022-09-14",
      "上虞区人民政府第21次常务会议纪要",
      "9月9日上午，区政府在区行政中心第二会议室召开第21次常务会议。出席：陈栋、何国民。陈栋区长主持会议。现纪要如下：",
      "（一）关于曹娥江沿岸景观提升工程",
      "会议原则同意。",
    ].join("\n"));
    expect(m.disclosure?.title).toBe("上虞区人民政府第21次常务会议纪要");
    expect(m.disclosure?.writtenDate).toBe("2022-09-14");
    expect(m.title).toBe("上虞区人民政府第21次常务会议纪要");
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["陈栋", "何国民"]);
  });

  it("keeps a short header value and the unknown label below it apart", () => {
    const m = parse([
      "索引号",
      "11152200MB0123456X/2024-00231",
      "主题分类",
      "综合政务",
      "有效性",
      "发文机关",
      "赛罕塔拉市人民政府办公室",
      "赛罕塔拉市人民政府第二十三次常务会议纪要",
      "2024年8月19日上午，市长巴特尔主持召开市人民政府第二十三次常务会议。现将会议议定事项纪要如下：",
      "一、关于冬季供暖",
      "会议原则同意。",
    ].join("\n"));
    expect(m.disclosure?.fields.map((f) => [f.label, f.value])).toContainEqual(["发文机关", "赛罕塔拉市人民政府办公室"]);
    expect(m.disclosure?.fields.some((f) => f.value?.includes("有效性"))).toBe(false);
    expect(m.disclosure?.publisher).toBe("赛罕塔拉市人民政府办公室");
  });

  it("joins a wrapped heading's long end when the indentation is lost, but not the meeting's sentence", () => {
    const m = parse([
      "荷源县人民政府常务会议纪要",
      "3月5日上午，县长王明主持召开县政府第8次常务会议。现纪要如下：",
      "一、关于荷源县城乡供水一体化工程（二期）建设资金筹措",
      "方案和建设运营管理模式",
      "会议同意二期工程总投资4.6亿元，通过中央预算内资金、",
      "二、关于荷源县2025年元旦春节期间重要民生商品保供稳价",
      "会议原则同意有关工作安排",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual([
      "关于荷源县城乡供水一体化工程（二期）建设资金筹措方案和建设运营管理模式",
      "关于荷源县2025年元旦春节期间重要民生商品保供稳价",
    ]);
  });

  it("ends a wrapped labelled list before a sentence with its own attendance verb when no line is indented", () => {
    const m = parse([
      "清波区人民政府常务会议纪要",
      "3月5日上午，区长王明主持召开区政府第8次常务会议。",
      "列席会议的有：区政府办公室副主任戚文涛，区发改局局长",
      "荆志刚，区教育局局长滑秀娟",
      "区人大常委会、区政协有关负责同志应邀列席会议。",
      "一、关于防汛",
      "会议原则同意。",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["戚文涛", "荆志刚", "滑秀娟"]);
  });
});
