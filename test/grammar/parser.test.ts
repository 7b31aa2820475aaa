import { describe, expect, it } from "vitest";
import { type GrammarBlock, parseBlocks } from "../../src/grammar/index.js";
import { MinutesParser } from "../../src/grammar/parser.js";

/** The kinds of the top-level blocks of a text. */
function blockKinds(text: string): string[] {
  return parseBlocks(text).blocks.map((b) => b.kind);
}

/** The nesting of topics as `marker[children]`. */
function outline(text: string): string {
  const show = (t: GrammarBlock): string => {
    const subs = t.topic!.body.filter((b) => b.kind === "topic").map(show);
    return subs.length ? `${t.topic!.marker.image}[${subs.join(" ")}]` : t.topic!.marker.image;
  };
  return parseBlocks(text)
    .blocks.filter((b) => b.kind === "topic")
    .map(show)
    .join(" ");
}

/** The images of a block's tokens. */
function images(b: GrammarBlock): string[] {
  return b.tokens.map((t) => t.image);
}

describe("grammar", () => {
  it("passes chevrotain's grammar validations (which parsing skips at start-up)", () => {
    expect(() => new MinutesParser({ validate: true })).not.toThrow();
  });

  it("places every part of a formal Zhejiang-style 纪要", () => {
    const text = [
      "索 引 号: | 330502/2022-15627 | 成文日期: | 2022-12-06 |",
      "〔2022〕15号",
      "吴兴区人民政府办公室 二○二二年十二月五日",
      "吴兴区人民政府第13次常务会议纪要",
      "11月28日上午,区政府召开第13次常务会议。潘永锋区长主持会议。",
      "一、关于区政府第一议题",
      "会议要求，一要提高站位。二要狠抓落实。",
      "会议书面通报并原则同意区史志办提出的关于《吴兴区志》编纂工作的情况汇报，认真组织实施。",
      "请假:潘 帆 周兴强",
      "列席:陈 杰 陶厦峰 余胜奎",
      "罗 英 孙斌义 杨卫华",
      "分送:区委各部门,区人大办公室,各民主党 派,区 直各单位 |",
      "扫码关注",
    ].join("\n");
    expect(blockKinds(text)).toEqual([
      "headerRow",
      "docNumberLine",
      "signature",
      "paragraph",
      "paragraph",
      "topic",
      "writtenReport",
      "peopleList",
      "peopleList",
      "distributionList",
      "chromeLine",
    ]);
  });

  it("reads a header row led by the page's bare date", () => {
    expect(blockKinds("钦州市召开市政府第58次常务会议\n2024-11-12 10:30　　来源：钦州市人民政府办公室\n11月11日上午，市长主持召开会议。")).toEqual(["paragraph", "datedHeaderRow", "paragraph"]);
    expect(blockKinds("2024年第5次常务会议 2024-11-12")).toEqual(["paragraph"]);
  });

  it("nests numbering styles by the order the document opens them", () => {
    const text = "一、第一议题\n（一）传达学习\n1.组织学习。\n2.谋划工作。\n（二）审议\n二、审议议题\n（一）审议方案\n三、其他事项";
    expect(outline(text)).toBe("一、[（一）[1. 2.] （二）] 二、[（一）] 三、");
  });

  it("keeps a marker of the document's outermost style at the top level, even after a top-level item of another style", () => {
    const text = "一、第一议题\n四、书面通报事项\n会议书面通报了以下事项：\n（一）县审计局关于审计的汇报。\n（二）县林草局关于防火的汇报。\n五、其他事项\n（一）会议研究了人事任免事项。";
    expect(outline(text)).toBe("一、 四、 （一） （二） 五、[（一）]");
  });

  it("treats an Arabic-numbered document as one level of topics", () => {
    expect(outline("1.审议《方案》\n会议议定：原则同意。\n2.研究人事事项\n会议议定：按会议意见办理。")).toBe("1. 2.");
  });

  it("keeps a marker that stands alone on its line as a topic", () => {
    expect(outline("（一）\n会议学习了精神。\n（二）\n会议听取了汇报。")).toBe("（一） （二）");
  });

  it("ends a topic at a 落款 written on two lines", () => {
    const text = "五、关于财政收支\n会议要求加强征管。\n会宁县人民政府办公室\n2018年9月3日\n";
    expect(blockKinds(text)).toEqual(["topic", "signature"]);
  });

  it("continues a people list only with lines of names", () => {
    expect(blockKinds("列席：陈 杰 陶厦峰\n罗 英 孙斌义\n应邀列席的区人大代表：\n钱 莉 王琴英")).toEqual(["peopleList", "peopleList"]);
    expect(blockKinds("请假：顾敏\n会议还研究了其他事项。")).toEqual(["peopleList", "paragraph"]);
    expect(blockKinds("列席：王五（区财政局）、李四\n赵六（区审计局）\n分送：区委办")).toEqual(["peopleList", "distributionList"]);
  });

  it("continues a distribution list over a wrapped line until a full stop", () => {
    expect(blockKinds("分送：区委各部门，各人民团\n体，区直各单位。\n相城区人民政府办公室　2023年3月15日印发")).toEqual(["distributionList", "signature"]);
  });

  it("gives each block its tokens in source order, without line breaks", () => {
    const [topic, list, signature] = parseBlocks("一、关于财政\n会议要求 加强征管。\n（一）预算\n列席：陈 杰\n罗 英\n会宁县人民政府办公室\n2018年9月3日").blocks;
    expect(images(topic!)).toEqual(["一、", "关于财政", "会议要求", "加强征管。", "（一）", "预算"]);
    expect(topic!.topic!.heading.map((t) => t.image)).toEqual(["关于财政"]);
    expect(topic!.topic!.body.map((b) => `${b.kind}:${images(b).join("")}`)).toEqual(["paragraph:会议要求加强征管。", "topic:（一）预算"]);
    expect(images(list!)).toEqual(["列席：", "陈", "杰", "罗", "英"]);
    expect(images(signature!)).toEqual(["会宁县人民政府办公室", "2018年9月3日"]);
  });

  it("never throws and reports no error on odd input", () => {
    for (const text of ["", "\n\n", "|||", "一、", "（一）\r\n", "请假：", "2023年3月15日", "\u0000\u0001"]) {
      const r = parseBlocks(text);
      expect(r.parseErrors).toEqual([]);
      expect(r.lexErrors).toEqual([]);
    }
  });
});
