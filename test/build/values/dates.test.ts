import { describe, it, expect } from "vitest";
import { findDates, findTimeOfDay, parseDate, TIME_OF_DAY } from "../../../src/build/values/dates.js";

describe("parseDate", () => {
  it("reads an Arabic 年月日 date", () => {
    expect(parseDate("2022年11月28日")).toEqual({ year: 2022, month: 11, day: 28, iso: "2022-11-28" });
  });

  it("reads Chinese-numeral 落款 dates with ○ and 〇 zeros", () => {
    expect(parseDate("二○二二年十二月五日").iso).toBe("2022-12-05"); // wuxing-2022-13
    expect(parseDate("二〇二一年九月三日").iso).toBe("2021-09-03");
    expect(parseDate("二○二三年十一月二十二日").iso).toBe("2023-11-22"); // linping-2023-27
    expect(parseDate("二○一○年三月九日").iso).toBe("2010-03-09"); // jiangyin-2010-03
  });

  it("reads 元月 as January and a web copy's 二O二三 / 二0二四 years", () => {
    expect(parseDate("二〇二五年元月十日").iso).toBe("2025-01-10");
    expect(parseDate("二O二三年一月四日").iso).toBe("2023-01-04");
    expect(parseDate("二0二四年一月四日").iso).toBe("2024-01-04");
    expect(parseDate("元月8日", 2025).iso).toBe("2025-01-08");
    expect(parseDate("2024年1月4日").iso).toBe("2024-01-04");
  });

  it("takes the year of a month-day date from defaultYear, else leaves iso null", () => {
    expect(parseDate("11月28日上午,区政府召开第13次常务会议", 2022).iso).toBe("2022-11-28");
    expect(parseDate("11月28日")).toEqual({ year: null, month: 11, day: 28, iso: null });
  });

  it("accepts blanks around and between the digits", () => {
    expect(parseDate("4 月 23 日上午，区长沈立新主持", 2025).iso).toBe("2025-04-23"); // liangxi-2025-05
    expect(parseDate("2 0 2 2 年 4 月 23 日").iso).toBe("2022-04-23");
  });

  it("reads dashed, slashed and dotted dates and ignores a time after them", () => {
    expect(parseDate("2022-12-06").iso).toBe("2022-12-06");
    expect(parseDate("2022/12/06").iso).toBe("2022-12-06");
    expect(parseDate("2022.12.06").iso).toBe("2022-12-06");
    expect(parseDate("2010-03-11 09:12:05").iso).toBe("2010-03-11"); // jiangyin-2010-03
  });

  it("reads full-width digits", () => {
    expect(parseDate("２０２２年１１月２８日").iso).toBe("2022-11-28");
    expect(parseDate("２０２２－１２－０６").iso).toBe("2022-12-06");
  });

  it("leaves an ambiguous stripped date such as 2026119 without month, day or iso", () => {
    expect(parseDate("2026119")).toEqual({ year: 2026, month: null, day: null, iso: null });
    expect(parseDate("2026119下午")).toEqual({ year: 2026, month: null, day: null, iso: null });
  });

  it("reads a stripped month-day that splits only one way once the year is known", () => {
    expect(parseDate("1030日", 2026)).toEqual({ year: 2026, month: 10, day: 30, iso: "2026-10-30" });
    expect(parseDate("1030日").iso).toBeNull();
    // (Two digits that no day can be: 33日 is 3月3日; 12日 stays a day without a month.)
    expect(parseDate("33日", 2025)).toEqual({ year: 2025, month: 3, day: 3, iso: "2025-03-03" });
    expect(parseDate("12日", 2025).month).toBeNull();
    expect(parseDate("45日内", 2025).month).toBeNull();
  });

  it("validates month, day and leap years", () => {
    expect(parseDate("2月30日", 2024).iso).toBeNull();
    expect(parseDate("2023年13月1日").iso).toBeNull();
    expect(parseDate("2023年4月31日").iso).toBeNull();
    expect(parseDate("2024-02-29").iso).toBe("2024-02-29");
    expect(parseDate("2023-02-29").iso).toBeNull();
    expect(parseDate("1900-02-29").iso).toBeNull();
    expect(parseDate("2000-02-29").iso).toBe("2000-02-29");
  });

  it("returns year and month without iso when the day is missing", () => {
    expect(parseDate("2022年11月")).toEqual({ year: 2022, month: 11, day: null, iso: null });
  });

  it("returns all nulls for text without a date", () => {
    expect(parseDate("312.6亿元")).toEqual({ year: null, month: null, day: null, iso: null });
    expect(parseDate("")).toEqual({ year: null, month: null, day: null, iso: null });
  });
});

describe("findDates", () => {
  it("finds every date of a disclosure header with its offsets", () => {
    const text = "索引号 014050863/2010-00031 生成日期 2010-03-10 公开日期 2010-03-11";
    const found = findDates(text);
    expect(found.map((d) => d.iso)).toEqual(["2010-03-10", "2010-03-11"]);
    expect(text.slice(found[0].index, found[0].end)).toBe("2010-03-10");
    expect(found[1].text).toBe("2010-03-11");
  });

  it("reads the first day of a range whose 日 only the last day has (5月15—16日, 5月16至17日, 5月16-17日)", () => {
    expect(findDates("2023年5月15—16日，区长梁志豪主持召开")[0]).toMatchObject({ iso: "2023-05-15", text: "2023年5月15" });
    expect(findDates("5月16至17日上午", 2023)[0]?.iso).toBe("2023-05-16");
    expect(findDates("5月16-17日", 2023)[0]?.iso).toBe("2023-05-16");
    expect(findDates("5月16～17日", 2023)[0]?.iso).toBe("2023-05-16");
  });

  it("finds month-day and Chinese-numeral dates in order", () => {
    const text = "吴兴区人民政府办公室 二○二二年十二月五日 11月28日上午";
    const found = findDates(text, 2022);
    expect(found.map((d) => [d.text, d.iso])).toEqual([
      ["二○二二年十二月五日", "2022-12-05"],
      ["11月28日", "2022-11-28"],
    ]);
    expect(found[0].index).toBe(11);
    expect(found[1].end).toBe(text.indexOf("上午"));
  });

  it("finds the stripped form before a time of day and before 日", () => {
    const found = findDates("2026119下午，区长周立群主持召开区政府常务会议。会议定于1030日召开。", 2026);
    expect(found.map((d) => [d.text, d.iso])).toEqual([
      ["2026119", null],
      ["1030日", "2026-10-30"],
    ]);
    expect(found[0].year).toBe(2026);
  });

  it("does not report plain numbers, month ranges or dates without a day", () => {
    const text = "实现312.6亿元，用时15 天，2018年1-8月份县级财政收支，12月底前完成，工期120日内";
    expect(findDates(text)).toEqual([]);
  });

  it("keeps offsets in the original text when it has full-width digits", () => {
    const text = "日期：２０２２年１１月２８日";
    const [d] = findDates(text);
    expect(d.text).toBe("２０２２年１１月２８日");
    expect(d.index).toBe(3);
    expect(d.iso).toBe("2022-11-28");
  });

  it("returns an empty list for empty input", () => {
    expect(findDates("")).toEqual([]);
  });
});

describe("findTimeOfDay", () => {
  it("finds 上午 after the meeting date", () => {
    expect(findTimeOfDay("11月28日上午,区政府召开第13次常务会议")).toEqual({ text: "上午", index: 6 });
  });

  it("finds 下午 in a stripped-date sentence and Traditional 晚間", () => {
    expect(findTimeOfDay("2026119下午，区长周立群主持")).toEqual({ text: "下午", index: 7 });
    expect(findTimeOfDay("9月1日晚間召開")).toEqual({ text: "晚間", index: 4 });
  });

  it("returns null when there is no time of day", () => {
    expect(findTimeOfDay("2022年5月16日，郑怀远区长主持召开")).toBeNull();
  });

  it("exports a pattern that matches each listed time of day", () => {
    for (const t of ["上午", "下午", "晚上", "晚间", "中午", "早上", "凌晨", "傍晚", "夜间"]) {
      expect(TIME_OF_DAY.test(t)).toBe(true);
    }
  });
});

describe("findDates on durations", () => {
  it("does not read a duration of days as a stripped month-day", () => {
    expect(findDates("办理时限为120日，期满后公示", 2026)).toEqual([]);
  });
});

describe("dates a scan's OCR misread", () => {
  it("reads l and I as 1 and O as 0 next to digits or before 年/月/日 (3月l9日, 2O22年7月l2日, ll月2I日)", () => {
    expect(findDates("3月l9日上午", 2023)[0]?.iso).toBe("2023-03-19");
    expect(findDates("2O22年7月l2日")[0]?.iso).toBe("2022-07-12");
    expect(findDates("ll月2I日下午", 2023)[0]?.iso).toBe("2023-11-21");
  });

  it("leaves letters alone that stand by no digit nor date mark (ICP备12345678号-1 is no date)", () => {
    expect(findDates("ICP备12345678号-1")).toEqual([]);
    expect(findDates("Office 2024年5月6日")[0]?.iso).toBe("2024-05-06");
  });
});

describe("parseDate: 曰 a scan's OCR read for 日", () => {
  it("reads 二〇二一年十二月六曰 and 7月8曰", () => {
    expect(parseDate("二〇二一年十二月六曰").iso).toBe("2021-12-06");
    expect(parseDate("7月8曰下午", 2024).iso).toBe("2024-07-08");
    // (Not a 曰 elsewhere: 子曰.)
    expect(parseDate("子曰").iso).toBeNull();
  });
});
