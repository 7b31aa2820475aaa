import { Lexer } from "chevrotain";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/lex/index.js";
import { allTokens } from "../../src/lex/tokens.js";

const isBlankOrBreak = (c: number): boolean => [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0xa0, 0x3000, 0xfeff].includes(c);
const names = (text: string): string[] => tokenize(text).tokens.map((t) => t.tokenType.name);
const pairs = (text: string): [string, string][] => tokenize(text).tokens.map((t) => [t.tokenType.name, t.image]);

describe("lexer", () => {
  it("keeps the first-character optimisation on for every token", () => {
    expect(() => new Lexer(allTokens, { positionTracking: "onlyOffset", ensureOptimizations: true })).not.toThrow();
  });

  it("recognises a line-start token after every CJK ideograph (the start-character hint is complete)", () => {
    const missed: string[] = [];
    for (let c = 0x3400; c <= 0x9fff; c++) {
      const ch = String.fromCharCode(c);
      if (tokenize(`${ch}〔2022〕1号`).tokens[0]!.tokenType.name !== "DocNumberLine") missed.push(ch);
    }
    expect(missed).toEqual([]);
  });

  it("lexes every character Text may start with as Text (its start-character hint is complete)", () => {
    const missed: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c === 0x7c || isBlankOrBreak(c)) continue;
      // (After a word and a blank: no line-start token, a marker or a label, takes it.)
      const r = tokenize(`a ${String.fromCharCode(c)}`);
      if (r.errors.length > 0 || r.tokens.length !== 2 || r.tokens[1]!.tokenType.name !== "Text") missed.push(c);
    }
    expect(missed).toEqual([]);
  });

  it("reads a pipe-table disclosure row as keys, pipes and values", () => {
    expect(pairs("索 引 号: | 330502/2022-15627 | 成文日期: | 2022-12-06 |")).toEqual([
      ["HeaderKey", "索 引 号:"],
      ["Pipe", "|"],
      ["Text", "330502/2022-15627"],
      ["Pipe", "|"],
      ["HeaderKey", "成文日期:"],
      ["Pipe", "|"],
      ["Text", "2022-12-06"],
      ["Pipe", "|"],
    ]);
  });

  it("reads header keys separated by blanks, with or without a colon", () => {
    expect(names("索引号 11330206002960883R/2022-125017 组配分类 常务会议")).toEqual(["HeaderKey", "Text", "HeaderKey", "Text"]);
    expect(names("公开方式：主动公开　　公开时限：长期公开")).toEqual(["HeaderKey", "Text", "HeaderKey", "Text"]);
  });

  it("does not take a header word inside running text for a key", () => {
    expect(names("要多渠道筹措资金来源：财政")).toEqual(["Text"]);
  });

  it("recognises numbering markers only at the start of a line", () => {
    expect(pairs("一、关于区政府第一议题")[0]).toEqual(["CnMarker", "一、"]);
    expect(pairs("  （二）传达学习")[0]).toEqual(["ParenCnMarker", "（二）"]);
    expect(pairs("(3)审议")[0]).toEqual(["ParenArabicMarker", "(3)"]);
    expect(pairs("议题二：研究防汛工作")[0]).toEqual(["LabelMarker", "议题二："]);
    expect(pairs("会议研究了议题一：预算")[0]![0]).toBe("Text");
    expect(pairs("1.审议《方案》")[0]).toEqual(["ArabicMarker", "1."]);
    expect(names("改造管网12.6公里")).toEqual(["Text"]);
    expect(names("12.6公里管网")).toEqual(["Text"]);
    expect(pairs("三、2023年度学校安全稳定工作总结")[0]).toEqual(["CnMarker", "三、"]);
  });

  it("recognises a 发文字号 only when it is the whole line", () => {
    expect(names("〔2022〕15号")).toEqual(["DocNumberLine"]);
    expect(names("澄政纪[2010]3号  ")).toEqual(["DocNumberLine"]);
    expect(names("根据〔2022〕15号文件精神")).toEqual(["Text"]);
  });

  it("recognises a date that ends its line, with or without 印发", () => {
    expect(pairs("吴兴区人民政府办公室 二○二二年十二月五日")).toEqual([
      ["Text", "吴兴区人民政府办公室"],
      ["StandaloneDate", "二○二二年十二月五日"],
    ]);
    expect(pairs("2021年4月14日印发")).toEqual([["StandaloneDate", "2021年4月14日印发"]]);
    expect(pairs("2024718")).toEqual([["StandaloneDate", "2024718"]]);
    expect(names("2022年5月16日，郑怀远区长主持召开")).toEqual(["Text"]);
  });

  it("recognises list labels in Simplified and Traditional characters", () => {
    expect(names("请假：潘 帆 周兴强")).toEqual(["AbsenteeLabel", "Text", "Text", "Text"]);
    expect(names("請假：潘帆")[0]).toBe("AbsenteeLabel");
    expect(names("因病请假：麻玉林")[0]).toBe("AbsenteeLabel");
    expect(names("列席人员：冯立群、戚志明")[0]).toBe("ObserverLabel");
    expect(names("列席人员（按姓氏笔画排序）：毕志强　单晓雯")[0]).toBe("ObserverLabel");
    expect(pairs("应邀列席的区人大代表、区政协委员:")[0]).toEqual(["InvitedObserverLabel", "应邀列席的区人大代表、区政协委员:"]);
    expect(names("参加人员：顾明哲")[0]).toBe("AttendeeLabel");
    expect(names("抄送：区委办公室")[0]).toBe("DistributionLabel");
    expect(names("分　送：区委办公室")[0]).toBe("DistributionLabel");
    expect(names("报送：市政府办公室")[0]).toBe("DistributionLabel");
    // (The unit that sent a report, under a 书面通报 item: no recipients.)
    expect(names("报送单位：区财政局")[0]).toBe("Text");
  });

  it("keeps blanks and &nbsp; out of the parser's tokens but in the blank group", () => {
    const r = tokenize("&nbsp;\n潘 帆");
    expect(r.tokens.map((t) => t.tokenType.name)).toEqual(["LineBreak", "Text", "Text"]);
    expect(r.groups.blank!.map((t) => t.image)).toEqual(["&nbsp;", " "]);
  });

  it("reads a whole chrome line as one token", () => {
    expect(pairs("首页 > 政务公开 > 政府常务会议")).toEqual([["ChromeLine", "首页 > 政务公开 > 政府常务会议"]]);
    expect(names("扫码关注")).toEqual(["ChromeLine"]);
  });

  it("never fails: every character belongs to a token", () => {
    const text = "\u0001\uD800x|\u3000\r\n（一）\r";
    const r = tokenize(text);
    expect(r.errors).toEqual([]);
    const covered = [...r.tokens, ...r.groups.blank!].reduce((n, t) => n + t.image.length, 0);
    expect(covered).toBe(text.length);
  });
});
