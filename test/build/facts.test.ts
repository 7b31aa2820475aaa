import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const FACTS = [
  "东窑乡2024年第6次党政联席会议纪要",
  "时间:2024年7月2日下午3:00",
  "地点：乡政府二楼会议室",
  "主  持：乡党委书记 郝 建军",
  "参会人员：郝建军  王  磊  贾玉萍",
  "请假人员：刘  旺(外出培训)",
  "记录：张晓燕",
  "会议研究了以下事项。现纪要如下：",
  "议题一：研究村级公益事业奖补项目",
  "会议原则同意上报5个村的道路硬化项目。",
  "议题二：其他事项",
].join("\n");

describe("the meeting's facts as labelled lines (时间： 地点： 主持：)", () => {
  it("dates the meeting and names its place and chair from the lines", () => {
    const m = parse(FACTS);
    expect(m.meeting?.date).toMatchObject({ iso: "2024-07-02", timeOfDay: "下午" });
    expect(m.meeting?.place).toBe("乡政府二楼会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "郝建军", title: "乡党委书记" });
    expect(m.meeting?.chair?.position?.start.line).toBe(4);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["郝建军", "王磊", "贾玉萍"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["刘旺"]);
  });

  it("reads a place after one full-width blank on the time's line (…下午　地点：…)", () => {
    const m = parse(FACTS.replace("时间:2024年7月2日下午3:00\n地点：乡政府二楼会议室", "时间：二零二四年七月二日（星期二）下午　地点：乡政府二楼会议室"));
    expect(m.meeting?.date).toMatchObject({ iso: "2024-07-02", timeOfDay: "下午" });
    expect(m.meeting?.place).toBe("乡政府二楼会议室");
  });

  it("reads facts on one line apart by ； or ， (时间：…；地点：…；主持：…, 会议时间：…上午，会议地点：…)", () => {
    const m = parse(FACTS.replace("时间:2024年7月2日下午3:00\n地点：乡政府二楼会议室\n主  持：乡党委书记 郝 建军", "时间：2024年7月2日下午；地点：乡政府二楼会议室；主持：乡党委书记郝建军；记录：党政办　张晓燕。"));
    expect(m.meeting?.date).toMatchObject({ iso: "2024-07-02", timeOfDay: "下午" });
    expect(m.meeting?.place).toBe("乡政府二楼会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "郝建军", title: "乡党委书记" });
    expect(m.disclosure?.publishDate ?? null).toBeNull();
    const comma = parse(FACTS.replace("时间:2024年7月2日下午3:00\n地点：乡政府二楼会议室", "会议时间：2024年7月2日下午，会议地点：乡政府二楼会议室"));
    expect(comma.meeting?.place).toBe("乡政府二楼会议室");
  });

  it("reads 议题一： items as topics and keeps the fact lines out of the disclosure header", () => {
    const m = parse(FACTS);
    expect(m.topics.map((t) => [t.style, t.number, t.heading])).toEqual([
      ["label", 1, "研究村级公益事业奖补项目"],
      ["label", 2, "其他事项"],
    ]);
    expect(m.disclosure.fields).toEqual([]);
    expect(m.outline.filter((o) => o.kind === "opening").map((o) => o.position?.start.line)).toEqual([2, 3, 4, 7]);
    expect(m.unplaced).toEqual([]);
  });

  it("leaves a lone 时间 row to the disclosure header", () => {
    const m = parse("索引号：001/2024-01\n时间：2024-05-06\n区政府第3次常务会议纪要\n5月5日，区长王强主持召开区政府第3次常务会议。\n一、关于预算");
    expect(m.disclosure.publishDate).toBe("2024-05-06");
    expect(m.meeting?.date.iso).toBe("2024-05-05");
  });
});

describe("a form's grid flattened to two label：value pairs a line (gelin-2024-09)", () => {
  it("reads each pair as a line of its own: 会议名称 / 会议时间, 会议地点 / 主 持 人, 参会人员 / 记 录 人", () => {
    const m = parse([
      "葛林县人民政府常务会议纪要",
      "",
      "会议名称：县政府第9次常务会议　　　会议时间：2024年4月12日上午",
      "会议地点：县政府三楼第一会议室　　主 持 人：邵振东（县长）",
      "参会人员：邵振东、冉立新、包世杰、韦明达　　　　　记 录 人：黎秋萍",
      "请假人员：蒋慧敏（省委党校学习）",
      "会议内容：",
      "    一、听取全县一季度经济运行情况汇报",
      "    会议听取了县发改局的汇报。",
    ].join("\n"));
    expect(m.meeting?.sessionNumber).toBe(9);
    expect(m.meeting?.date).toMatchObject({ iso: "2024-04-12", timeOfDay: "上午" });
    expect(m.meeting?.place).toBe("县政府三楼第一会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "邵振东", title: "县长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["邵振东", "冉立新", "包世杰", "韦明达"]);
  });
});

describe("facts under a numbered section of their own (round 471: zheling, taoyuan, lanchuan)", () => {
  it("reads 会议时间 / 会议地点 / 主持人 under 一、会议基本情况 as the meeting's facts", () => {
    for (const heading of ["一、会议基本情况", "（一）会议基本情况", "一、会议概况"]) {
      const m = parse(["柘岭县人民政府2023年第7次常务会议纪要", heading, "会议时间：2023年4月14日（星期五）上午8:30", "会议地点：县行政中心四楼第一会议室", "主 持 人：县委副书记、县长  蒋立行", "二、会议议定事项", "1.传达学习全市一季度经济运行分析会精神", "会议要求抓好落实。"].join("\n"));
      expect(m.meeting, heading).toMatchObject({ date: { iso: "2023-04-14", timeOfDay: "上午" }, place: "县行政中心四楼第一会议室", chair: { name: "蒋立行", title: "县委副书记、县长" } });
    }
  });
});
