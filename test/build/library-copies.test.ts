// Document libraries' and apps' copies of the minutes (round 400 of the fixtures): a listing title
// over the 纪要's own title under the first page label, page labels between rules, WeChat cards of the
// meeting's facts behind emoji, a list of units and people set in pairs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/docs/round400-helper-copies/${name}.txt`, import.meta.url), "utf8");

describe("a document library's copy", () => {
  it("keeps the 纪要's own title under the first page label (- 1 -⏎市政府第56次常务会议纪要⏎澄政纪[2010]7号), over the listing's", () => {
    expect(parse(fixture("jiangyin-2010-07")).title).toBe("市政府第56次常务会议纪要");
  });

  it("keeps the title under the first page label when only the library's notice stands above it", () => {
    expect(parse(fixture("huining-2018-35")).title).toBe("会宁县人民政府第35次常务会议纪要");
  });

  it("leaves a page label between rules out (---- 第 2 页 / 共 2 页 ----), so a list of names it cut goes on", () => {
    const m = parse(["会宁县人民政府第38次常务会议纪要", "11月16日下午，县长马建伟主持召开县政府第38次常务会议。副县长刘振华、王敏、", "------------------------------------ 第 2 页 / 共 2 页 ------------------------------------", "张天佑、苏丽娟出席会议。现纪要如下：", "一、关于全县冬季安全生产工作", "会议要求抓好隐患排查。"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["刘振华", "王敏", "张天佑", "苏丽娟"]);
  });

  it("leaves a bare page label out (第 1 页 alone between blank lines), so a heading it cut inside its brackets goes on", () => {
    const m = parse(["柳泉县人民政府常务会议纪要", "　　11月5日上午，县政府召开第三十三次常务会议。会议由县长杨树林主持。", "　　一、关于冬季清洁取暖工作", "　　会议要求确保按时供暖。", "　　二、关于《柳泉县发展壮大村级集体经济三年行动方案（2021—20", "", "第 1 页", "", "23年）》", "　　会议原则同意。", "　　三、关于县城区公共停车场建设项目", "　　会议同意。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于冬季清洁取暖工作", "关于《柳泉县发展壮大村级集体经济三年行动方案（2021—2023年）》", "关于县城区公共停车场建设项目"]);
  });
});

describe("an app's or account's copy", () => {
  it("reads the meeting's facts from cards behind emoji (🕘 会议时间：…, 📍 会议地点：…, 👤 主 持 人：…)", () => {
    const m = parse(fixture("binchuan-2025-66"));
    expect(m.meeting?.date).toMatchObject({ iso: "2025-03-14", timeOfDay: "上午" });
    expect(m.meeting?.place).toBe("县政府第一会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "李永华", title: "县长" });
  });

  it("goes on into a list's line of units and people in pairs (学生工作处　苗　青　　招生就业处　邓　磊)", () => {
    const m = parse(["校长办公会纪要", "　　5月10日上午，校长黄振国主持召开校长办公会。", "一、关于招生工作", "会议同意。", "列席：教务处　黎志坚　　科研处　何晓燕", "　　　学生工作处　苗　青　　招生就业处　邓　磊"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["黎志坚", "何晓燕", "苗青", "邓磊"]);
  });
});
