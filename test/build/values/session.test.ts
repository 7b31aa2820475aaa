import { describe, it, expect } from "vitest";
import { parseSession } from "../../../src/build/values/session.js";

describe("parseSession", () => {
  it("reads 第N次 in a title (wuxing-2022-13)", () => {
    expect(parseSession("吴兴区人民政府第13次常务会议纪要")).toEqual({
      sessionNumber: 13,
      term: null,
      text: "第13次",
      index: 7,
    });
  });

  it("reads the number of an enlarged meeting: 第五十二次常务（扩大）会议", () => {
    expect(parseSession("县人民政府第五十二次常务（扩大）会议").sessionNumber).toBe(52);
  });

  it("reads Chinese numerals (feidong-2025-48, hanshui-2023-12)", () => {
    expect(parseSession("县长汪立群主持召开县政府第四十八次常务会议").sessionNumber).toBe(48);
    expect(parseSession("2023—2024学年第十二次校长办公会纪要").sessionNumber).toBe(12);
  });

  it("reads N届M次 with the term, Simplified and Traditional (pengjiang-2023-27)", () => {
    expect(parseSession("八届27次区政府常务会议")).toEqual({ sessionNumber: 27, term: 8, text: "八届27次", index: 0 });
    expect(parseSession("蓬江區(qū)召開八屆27次區(qū)政府常務(wù)會(huì)議")).toEqual({
      sessionNumber: 27,
      term: 8,
      text: "八屆27次",
      index: 9,
    });
    expect(parseSession("五届68次")).toMatchObject({ sessionNumber: 68, term: 5 });
  });

  it("reads a bare N届M次 in brackets that ends the text, as a line under the title writes it (（十四届37次）)", () => {
    expect(parseSession("（十四届37次）")).toMatchObject({ sessionNumber: 37, term: 14 });
    expect(parseSession("(十四届37次)  ")).toMatchObject({ sessionNumber: 37, term: 14 });
    expect(parseSession("（十四届37次）会后印发").sessionNumber).toBeNull();
  });

  it("reads N届…M次 without 第 (十七届县政府35次), but not a congress's session (十七届人大三次会议)", () => {
    expect(parseSession("县长张三主持召开十七届县政府35次常务会议")).toMatchObject({ sessionNumber: 35, term: 17 });
    expect(parseSession("提请区十七届人大三次会议审议").sessionNumber).toBeNull();
  });

  it("reads 十八届政府第57次 (ziliujing-2022-57)", () => {
    expect(parseSession("主持召开区十八届政府第57次常务会议")).toMatchObject({ sessionNumber: 57, term: 18, index: 5 });
  });

  it("skips a year before 第N次 (tianshan-2024-18, tianning-2024-12)", () => {
    expect(parseSession("区政府2024年第18次常务会议").sessionNumber).toBe(18);
    expect(parseSession("区政府2024年度第12次常务会议").sessionNumber).toBe(12);
  });

  it("accepts blanks and full-width digits (liangxi-2025-05)", () => {
    expect(parseSession("区政府第 5 次常务会议").sessionNumber).toBe(5);
    expect(parseSession("区政府第２１次常务会议").sessionNumber).toBe(21);
  });

  it("ignores ordinals that are not meetings", () => {
    const none = { sessionNumber: null, term: null, text: null, index: -1 };
    expect(parseSession("关于区政府第一议题")).toEqual(none);
    expect(parseSession("关于吴兴区开展第三次土壤普查工作的情况汇报，根据会议讨论意见")).toEqual(none);
    expect(parseSession("关于第七次全国人口普查主要数据发布工作的汇报")).toEqual(none);
    expect(parseSession("落实学校第二次党代会部署")).toEqual(none);
    expect(parseSession("")).toEqual(none);
  });

  it("returns the first meeting mention after a non-meeting ordinal", () => {
    expect(parseSession("第三次土壤普查。随后召开第27次常务会议").sessionNumber).toBe(27);
  });

  it("reads the number in brackets after the minutes' name: 常务会议纪要（第12次）", () => {
    expect(parseSession("安陵县人民政府常务会议纪要（第12次）").sessionNumber).toBe(12);
    expect(parseSession("常务会议纪要（2025年第6次）").sessionNumber).toBe(6);
  });
});

describe("parseSession: a count with a scan's OCR slips", () => {
  it.each([
    ["县政府第l7次常务会议", 17],
    ["区政府第1O次常务会议", 10],
  ])("reads %s", (text, n) => {
    expect(parseSession(text).sessionNumber).toBe(n);
  });
});
