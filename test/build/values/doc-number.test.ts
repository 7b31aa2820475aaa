import { describe, it, expect } from "vitest";
import { isDocumentNumberOnly, parseDocumentNumber } from "../../../src/build/values/doc-number.js";

describe("parseDocumentNumber", () => {
  it("reads a number without 机关代字 (wuxing-2022-13)", () => {
    expect(parseDocumentNumber("〔2022〕15号")).toEqual({ text: "〔2022〕15号", prefix: null, year: 2022, serial: 15 });
  });

  it("reads square brackets and the prefix (jiangyin-2010-03)", () => {
    expect(parseDocumentNumber("澄政纪[2010]3号")).toEqual({ text: "澄政纪[2010]3号", prefix: "澄政纪", year: 2010, serial: 3 });
  });

  it("reads a year and a serial without a bracket, only as the whole text (2025年第5号)", () => {
    expect(parseDocumentNumber(" 2025年第5号 ")).toEqual({ text: "2025年第5号", prefix: null, year: 2025, serial: 5 });
    expect(isDocumentNumberOnly("2025年第5号")).toBe(true);
    expect(parseDocumentNumber("今年第5号台风于2025年第5号…")).toBeNull();
  });

  it("finds the number inside a disclosure table row", () => {
    expect(parseDocumentNumber("文件编号: | 常务会议纪要〔2022〕15号 | 发布机构: | 湖州市吴兴区人民政府 |")).toEqual({
      text: "常务会议纪要〔2022〕15号",
      prefix: "常务会议纪要",
      year: 2022,
      serial: 15,
    });
  });

  it("reads the prefixes of hanshui, xiangcheng and kecheng", () => {
    expect(parseDocumentNumber("汉科院办纪〔2023〕6号")?.prefix).toBe("汉科院办纪");
    expect(parseDocumentNumber("相政办纪〔2023〕11号")?.serial).toBe(11);
    expect(parseDocumentNumber("柯政纪〔2024〕7号")?.year).toBe(2024);
  });

  it("accepts full-width brackets, blanks inside (layout padding, removed from the text), 第 and full-width digits", () => {
    expect(parseDocumentNumber("宜政纪［ 2011 ］第1号")).toEqual({ text: "宜政纪［2011］第1号", prefix: "宜政纪", year: 2011, serial: 1 });
    expect(parseDocumentNumber("丰政纪(2024) 11号")?.text).toBe("丰政纪(2024)11号");
    expect(parseDocumentNumber("（２０２１）１９号")).toEqual({ text: "（２０２１）１９号", prefix: null, year: 2021, serial: 19 });
    expect(parseDocumentNumber("宜政纪【2011】1号")?.serial).toBe(1);
  });

  it("returns null when there is no document number", () => {
    expect(parseDocumentNumber("吴兴区人民政府第13次常务会议纪要")).toBeNull();
    expect(parseDocumentNumber("《知识产权强国建设纲要(2021-2035年)》")).toBeNull();
    expect(parseDocumentNumber("")).toBeNull();
  });
});

describe("isDocumentNumberOnly", () => {
  it("accepts a line that is only a document number, blanks around", () => {
    expect(isDocumentNumberOnly("〔2022〕15号")).toBe(true);
    expect(isDocumentNumberOnly(" 澄政纪[2010]3号\u3000")).toBe(true);
  });

  it("rejects a line with anything else on it", () => {
    expect(isDocumentNumberOnly("文件编号: | 常务会议纪要〔2022〕15号 |")).toBe(false);
    expect(isDocumentNumberOnly("〔2022〕15号文件")).toBe(false);
    expect(isDocumentNumberOnly("")).toBe(false);
  });
});
