// What a page appends after the 纪要's 落款 (an 附件 with a project list or table, a 政策解读 with
// its own 一、二、三、) and other readings met from round 238 on.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const HEAD = [
  "丹枫县人民政府常务会议纪要",
  "2024年9月10日下午，县长欧阳明在县政府四楼会议室主持召开县政府第18次常务会议。现将会议议定事项纪要如下：",
  "一、关于专项债券项目申报工作",
  "会议原则同意县财政局提出的拟申报项目清单（见附件）。",
  "二、关于秋冬季森林防火工作",
  "会议要求，县应急管理局要提前谋划。",
  "出席会议的有：欧阳明、戚建伟",
];
const headings = (text: string) => parse(text).topics.map((t) => t.heading);

describe("texts after the 落款", () => {
  it("reads an 附件's numbered project list after the 落款 as no topics", () => {
    const m = parse([...HEAD, "丹枫县人民政府办公室", "2024年9月12日", "附件", "拟申报项目清单", "1．城北片区老旧小区改造项目", "2．第二水厂建设项目", "抄送：县委办公室，县人武部。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于专项债券项目申报工作", "关于秋冬季森林防火工作"]);
    expect(m.issuer).toBe("丹枫县人民政府办公室");
    expect(m.distribution).toEqual(["县委办公室", "县人武部"]);
    const outline = m.outline.filter((o) => o.kind === "topic").length;
    expect(outline).toBe(2);
  });

  it("reads a 政策解读's 一、出台背景 after the 落款 as no topics", () => {
    const text = [...HEAD, "丹枫县人民政府办公室", "2024年9月12日", "相关解读：", "《措施》政策解读", "一、出台背景", "为深入贯彻落实有关部署，起草了《措施》。", "二、主要内容", "《措施》共十条。"].join("\n");
    expect(headings(text)).toEqual(["关于专项债券项目申报工作", "关于秋冬季森林防火工作"]);
  });

  it("still reads the topics under a masthead's organ and date above them", () => {
    const text = ["丹枫县人民政府常务会议纪要", "丹枫县人民政府办公室", "2024年9月12日", ...HEAD.slice(1)].join("\n");
    expect(headings(text)).toEqual(["关于专项债券项目申报工作", "关于秋冬季森林防火工作"]);
  });
});

describe("lists at the foot", () => {
  const names = (people: { name: string }[] | undefined) => people?.map((p) => p.name);

  it("ends a 列席会议的有： statement at the 附件： line under it (no blank line between)", () => {
    const m = parse([...HEAD, "　　列席会议的有：县政府办公室主任雷鸣，县教育局局长房继光", "　　附件：拟申报项目清单", "丹枫县人民政府办公室", "2024年9月12日"].join("\n"));
    expect(names(m.meeting?.observers)).toEqual(["雷鸣", "房继光"]);
  });

  it("carries a list on over a line that holds only the rest of a cut title, to the name below it", () => {
    const m = parse([...HEAD, "列席：县政府办公室主", "任霍天佑，县应急管理", "局局长", "", "　　程立民", "", "丹枫县人民政府办公室", "2024年9月12日"].join("\n"));
    expect(m.meeting?.observers.map((p) => [p.title, p.name])).toEqual([["县政府办公室主任", "霍天佑"], ["县应急管理局局长", "程立民"]]);
  });
});

describe("people in lists and statements", () => {
  const names = (people: { name: string }[] | undefined) => people?.map((p) => p.name);
  const foot = (...lines: string[]) => parse([...HEAD, ...lines].join("\n"));

  it("reads a name after an organisation ending in 委员会 (旗发展和改革委员会那仁满都拉, 旗教育委员会王刚)", () => {
    const m = foot("列席：旗发展和改革委员会那仁满都拉、旗教育委员会王刚、区人大常委会委员张红");
    expect(m.meeting?.observers.map((p) => [p.title, p.name])).toEqual([["旗发展和改革委员会", "那仁满都拉"], ["旗教育委员会", "王刚"], ["区人大常委会委员", "张红"]]);
  });

  it("reads 区政府班子（党组）全体成员 as a group that names nobody", () => {
    expect(names(foot("参加会议的有：区政府班子（党组）全体成员。").meeting?.attendees)).toEqual(["欧阳明", "戚建伟"]);
  });

  it("reads 列席第二项议题： lines as observer lists, in order, wrapped lines too", () => {
    const m = foot("列　席：区政府办公室副主任查维嘉", "列席第二项议题：区住建局局长蔺志刚，区自然资源和规划分局副局", "　　　　长扈文琴", "列席第三项议题：区应急管理局局长栾永胜，区交通运输局局长", "　　　　隗德明");
    expect(names(m.meeting?.observers)).toEqual(["查维嘉", "蔺志刚", "扈文琴", "栾永胜", "隗德明"]);
  });

  it("reads …全程列席会议；列席第一项议题：… in a sentence", () => {
    const m = foot("党委办公室主任甘雨辰全程列席会议；列席第一项议题：教务处处长龚海燕、学生工作处处长穆立强；列席第二项议题：财务处处长邱晓莉。");
    expect(names(m.meeting?.observers)).toEqual(["甘雨辰", "龚海燕", "穆立强", "邱晓莉"]);
  });
});

