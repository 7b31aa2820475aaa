import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

describe("titles", () => {
  it("reads a title wrapped over two lines whole", () => {
    const m = parse("蓝海经济技术开发区管理委员会\n主任办公会议纪要\n蓝开管纪〔2024〕7号\n3月5日上午，管委会主任张三主持召开主任办公会议。\n一、关于招商引资\n会议同意。\n");
    expect(m.title).toBe("蓝海经济技术开发区管理委员会主任办公会议纪要");
    expect(m.outline.map((o) => o.kind).slice(0, 2)).toEqual(["title", "title"]);
  });
});
