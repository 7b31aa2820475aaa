import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

describe("titles", () => {
  it("reads a title wrapped over two lines whole", () => {
    const m = parse("蓝海经济技术开发区管理委员会\n主任办公会议纪要\n蓝开管纪〔2024〕7号\n3月5日上午，管委会主任张三主持召开主任办公会议。\n一、关于招商引资\n会议同意。\n");
    expect(m.title).toBe("蓝海经济技术开发区管理委员会主任办公会议纪要");
    expect(m.outline.map((o) => o.kind).slice(0, 2)).toEqual(["title", "title"]);
  });
});

describe("the opening sentence", () => {
  it("reads the place after 在 or 于, and only when it names a room or building", () => {
    const place = (opening: string): string | null => parse(`测试区第5次常务会议纪要\n${opening}\n`).meeting!.place;
    expect(place("11月8日上午，区长张伟于区行政中心三楼会议室主持召开区政府第5次常务会议。")).toBe("区行政中心三楼会议室");
    expect(place("2021年11月16日下午，在区行政中心2号楼四楼会议室，区长杭永春主持召开区政府第24次常务会议。")).toBe("区行政中心2号楼四楼会议室");
    expect(place("11月8日上午，区长张伟在百忙之中主持召开区政府第5次常务会议。")).toBeNull();
  });
});

describe("the chair", () => {
  it("is read from the headline when the body does not name them", () => {
    const m = parse("县长朱建平主持召开县政府第二十三次常务会议\n3月5日上午，县政府召开第二十三次常务会议。会议听取了汇报。\n").meeting!;
    expect(m.chair).toMatchObject({ name: "朱建平", title: "县长" });
    expect(m.sessionNumber).toBe(23);
  });

  it("drops 委托 from the title of a delegated chair", () => {
    const m = parse("测试区第5次常务会议纪要\n3月5日上午，受区长委托，常务副区长严志强主持召开区政府第5次常务会议。\n").meeting!;
    expect(m.chair).toMatchObject({ name: "严志强", title: "常务副区长" });
  });
});

describe("an article on how to write minutes (pending solved 12)", () => {
  it("flags …纪要格式 as not minutes, its numbered sections no topics", () => {
    const m = parse([
      "區政府常務會議紀要格式",
      "發布時間:2025-07-30 10:21:46 瀏覽:382",
      "在政府機關日常工作中,會議紀要是記錄會議內容、傳達會議精神、明確工作任務的重要文件。",
      "一、會議紀要的基本結構",
      "1. 標題",
      "標題應簡潔明了,一般為“XX區人民政府第X次常務會議紀要”。",
      "二、撰寫注意事項",
      "要準確記錄會議議定事項。",
    ].join("\n"));
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
    expect(m.topics).toEqual([]);
  });
});

describe("printed mastheads and list pages (rounds 414–415)", () => {
  const BODY = ["", "芦府纪〔2024〕11号", "", "　　6月17日下午，县长程立新主持召开县政府第二十三次常务会议。", "　　一、关于防汛工作", "　　会议要求加强值守。"];
  it("reads a banner over its 纪要 spaced out on a line of its own as one title", () => {
    expect(parse(["芦塘县人民政府常务会议", "", "纪　　要", ...BODY].join("\n")).title).toBe("芦塘县人民政府常务会议纪要");
  });

  it("reads a banner of three lines (organ, meeting spaced out, 纪要) as one title", () => {
    expect(parse(["              濉河县人民政府", "               常 务 会 议", "               纪　　　要", ...BODY].join("\n")).title).toBe("濉河县人民政府常务会议纪要");
  });

  it("takes no title from a list page's tree menu, sidebar labels or row of links", () => {
    const m = parse([
      "潭溪县人民政府门户网站", "政府会议", "　├ 全体会议", "　├ 常务会议", "　└ 会议解读",
      "序号　标题　文号　发布日期", "1　潭溪县人民政府第23次常务会议纪要　潭政纪〔2024〕23号　2024-11-05", "2　潭溪县人民政府第22次常务会议纪要　潭政纪〔2024〕22号　2024-10-18",
      "热点专题", "友情链接", "国务院 浙江省人民政府 金华市人民政府 潭溪县融媒体中心",
    ].join("\n"));
    expect(m.diagnostics.some((d) => d.code === "not-minutes")).toBe(true);
    expect(m.chrome.map((c) => c.text)).toEqual(expect.arrayContaining(["├ 全体会议", "热点专题", "国务院 浙江省人民政府 金华市人民政府 潭溪县融媒体中心"]));
  });
});

describe("a site's column lines above a news headline (round 417)", () => {
  const BODY = ["县政府召开2025年第七次常务会议", "4月16日上午，县长邵文彬主持召开县政府2025年第七次常务会议。", "会议听取了县统计局关于一季度经济运行情况的汇报。"];
  it.each([["当前栏目：常务会议"], ["政府會議 | 常務會議"], ["汶溪县人民政府 政务公开 工作动态 政府常务会"], ["常务会议　　政府全体会议　　县长办公会议　　党组会议"]])("reads %s as chrome, not the title", (line) => {
    const m = parse(["桐岗县人民政府", line, ...BODY].join("\n"));
    expect(m.title).toBe("县政府召开2025年第七次常务会议");
  });
});

describe("pages about minutes that are none (round 465: shiwan, luoxi, jinxi, shuikou, yunxi, liuhe, taoping)", () => {
  const notMinutes = (lines: string[]) => parse(lines.join("\n")).diagnostics.some((d) => d.code === "not-minutes");
  const BODY = ["　　2024年5月10日上午，县长龙泽宇主持召开县政府第30次常务会议。", "　　一、关于城乡供水一体化建设", "　　会议原则同意。"];
  it("flags corrections, readings, study articles and agendas whose titles name minutes", () => {
    for (const title of ["关于区政府第15次常务会议纪要部分内容更正的说明", "关于更正《洛溪县人民政府第18次常务会议纪要》部分内容的通知", "《金溪县人民政府第30次常务会议纪要》解读", "解读：县政府第18次常务会议审议通过的《办法》", "县财政局专题学习贯彻《县政府第9次常务会议纪要》精神", "桃坪县人民政府第十次常务会议议程"]) {
      expect(notMinutes([title, ...BODY]), title).toBe(true);
    }
    expect(notMinutes(["金溪县人民政府第30次常务会议纪要", ...BODY])).toBe(false);
  });

  it("flags a department's meeting that conveys a standing meeting's decisions on a subject (…常务会议关于…的部署要求)", () => {
    expect(notMinutes(["区住建局召开党组会议", "　　5月8日下午，局党组书记、局长彭晓东主持召开局党组会议，传达学习区政府第二十一次常务会议关于城镇燃气安全专项整治的部署要求。", "　　会议要求，全局上下要提高认识。"])).toBe(true);
  });
});
