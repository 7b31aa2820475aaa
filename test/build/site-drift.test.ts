// The corpus sites' pages from other years, after a redesign (rounds 392–394 of the fixtures): a
// numbered list of the opening's (书面通报 items, the agenda) before the topics numbered 一、,
// 书面通报 items numbered inside one sentence, renamed header labels and list labels, notes that
// name others absent, a chair who 出席并主持.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const OPENING = "　　6月3日上午，区长袁立新在区行政中心四楼第二会议室主持召开区政府第12次常务会议。";
const TOPICS = ["一、会议听取了上半年重大项目推进情况汇报", "　　会议要求加快进度。", "二、会议审议了《河长制工作考核办法》", "　　会议原则同意。"];

describe("a numbered list of the opening's before the topics", () => {
  it("reads 1. items after 会议书面通报了： as 书面通报, and the 一、 items after them as the topics", () => {
    const m = parse(["区政府第12次常务会议纪要", `${OPENING}会议书面通报了：`, "1.区财政局关于1-5月财政收支情况的汇报", "2.区统计局关于第四次全国经济普查工作进展的情况汇报", "　　会议研究了以下事项：", ...TOPICS].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["会议听取了上半年重大项目推进情况汇报", "会议审议了《河长制工作考核办法》"]);
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["区财政局", "1-5月财政收支情况"],
      ["区统计局", "第四次全国经济普查工作进展"],
    ]);
  });

  it("ends （一） 书面通报 items where the meeting's next business starts (会议听取了…)", () => {
    const m = parse([
      "柯城区人民政府常务会议纪要",
      "2月1日上午，区政府召开第91次常务会议。郑立群区长主持会议。",
      "会议书面通报并原则同意以下事项：",
      "（一）区财政局提出的关于2020年度区级财政收支情况的汇报，提交区人大常委会审议；",
      "（二）区民政局提出的关于春节期间困难群众走访慰问工作的情况汇报，认真组织实施。",
      "会议听取了区发改局关于2021年经济工作主要目标的汇报；听取了区应急管理局关于春节期间安全生产工作的情况汇报。现纪要如下：",
      "一、关于2021年经济工作主要目标",
      "会议原则同意。",
      "二、关于春节期间安全生产工作",
      "会议原则同意。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于2021年经济工作主要目标", "关于春节期间安全生产工作"]);
    expect(m.writtenReports.map((r) => r.proposer)).toEqual(["区财政局", "区民政局"]);
  });

  it("ends an agenda's items under 会议议题： where the opening's sentence starts, so the meeting is dated", () => {
    const m = parse(["市政府第三十一次常务会议纪要", "　　会议议题：", "　　1.听取上半年全市经济运行情况汇报；", "　　2.研究市级储备粮库迁建有关事项。", "　　5月16日下午，市长严振华主持召开市政府第三十一次常务会议，现将会议研究的事项纪要如下：", "　　一、关于上半年全市经济运行情况", "　　会议要求稳增长。", "　　二、关于市级储备粮库迁建有关事项", "　　会议同意迁建方案。", "　　　　　　江阴市人民政府办公室", "　　　　　　二○一六年五月十八日"].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2016-05-16", timeOfDay: "下午" });
    expect(m.topics.map((t) => t.heading)).toEqual(["关于上半年全市经济运行情况", "关于市级储备粮库迁建有关事项"]);
  });

  it("takes the agenda the opening's sentence leads (会议研究了以下事项：⏎（一）…；⏎（二）…。⏎现纪要如下：) for no topics", () => {
    const m = parse(["松阳县人民政府常务会议纪要", "2025年7月18日，县长叶建华主持召开县政府第十二次常务会议。会议研究了以下事项：", "（一）学习贯彻《民营经济促进法》；", "（二）审议《茶产业三年行动方案》。", "现纪要如下：", "一、学习贯彻《民营经济促进法》", "会议要求抓好学习。", "二、审议《茶产业三年行动方案》", "会议原则同意。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["学习贯彻《民营经济促进法》", "审议《茶产业三年行动方案》"]);
    expect(m.topics.every((t) => t.subtopics.length === 0)).toBe(true);
  });
});

describe("书面通报 items numbered inside one sentence", () => {
  const reports = (line: string) => parse(["区政府第15次常务会议纪要", `${OPENING}${line}`, ...TOPICS].join("\n")).writtenReports.map((r) => [r.proposer, r.subject]);

  it("splits 以下事项：1、…；2、…；3、… and leaves the numbers out of the proposers", () => {
    expect(reports("会议书面通报了以下事项：1、区财政局关于上半年财政收支情况的汇报；2、区人力社保局关于稳就业工作情况的汇报；3、区市场监管局关于“三小一摊”整治工作的情况汇报。")).toEqual([
      ["区财政局", "上半年财政收支情况"],
      ["区人力社保局", "稳就业工作情况"],
      ["区市场监管局", "“三小一摊”整治工作"],
    ]);
  });

  it("reads （1）（2） after a bare colon, each item its own sentence", () => {
    expect(reports("会议书面通报了：（1）区审计局关于审计整改情况的汇报；（2）区统计局关于1—8月主要经济指标完成情况的汇报。")).toEqual([
      ["区审计局", "审计整改情况"],
      ["区统计局", "1—8月主要经济指标完成情况"],
    ]);
  });

  it("reads 两项工作：一是…；二是…", () => {
    expect(reports("会议还书面通报了两项工作：一是区统计局关于前三季度主要经济指标完成情况的汇报；二是区审计局关于经济责任审计情况的汇报。")).toEqual([
      ["区统计局", "前三季度主要经济指标完成情况"],
      ["区审计局", "经济责任审计情况"],
    ]);
  });
});

describe("labels a redesign renamed", () => {
  it("reads 索取号, 成文时间 and 公开时间 as the index number and the written and publish dates", () => {
    const m = parse(["| 索取号 | SY0014202204000127 | 发布机构 | 嘉定区人民政府办公室 |", "| 成文时间 | 2029-03-21 | 公开时间 | 2029-03-25 |", "| 文号 |  | 公开方式 | 主动公开 |", "区政府第8次常务会议纪要", OPENING, ...TOPICS].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "SY0014202204000127", writtenDate: "2029-03-21", publishDate: "2029-03-25", fileNumber: null });
  });

  it("reads 出席会议的同志： / 请假的同志： / 列席会议的同志： as the lists' labels, and 抄送单位： as the distribution's", () => {
    const m = parse(["区政府第2次常务会议纪要", OPENING, ...TOPICS, "出席会议的同志：严晓东、周立新、方敏。", "请假的同志：陆晓婷。", "列席会议的同志：王建业、朱丽。", "抄送单位：区委办公室，区人大常委会办公室。"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["严晓东", "周立新", "方敏"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["陆晓婷"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["王建业", "朱丽"]);
    expect(m.distribution).toEqual(["区委办公室", "区人大常委会办公室"]);
  });
});

describe("a note after a name that names others absent", () => {
  it("keeps the name present in a labelled list, the note's name absent (季永红（芮文斌请假）)", () => {
    const m = parse(["区政府第4次常务会议纪要", OPENING, ...TOPICS, "出席：殷立新、包晓峰、季永红（芮文斌请假）"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["殷立新", "包晓峰", "季永红"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["芮文斌"]);
  });

  it("reads the note after a group present (县政府领导班子成员（副县长娄国栋因公请假）), its title split off", () => {
    const m = parse(["县政府第4次常务会议纪要", OPENING, ...TOPICS, "　　出　席：县政府领导班子成员（副县长娄国栋因公请假）", "　　列　席：县政府办公室主任　蔺　涛"].join("\n"));
    expect(m.meeting?.absentees).toMatchObject([{ name: "娄国栋", title: "副县长" }]);
    expect(m.meeting?.attendees).toEqual([]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["蔺涛"]);
  });

  it("splits a title from a name in such a note after a name (季永红（副区长芮文斌请假）)", () => {
    const m = parse(["区政府第4次常务会议纪要", OPENING, ...TOPICS, "出席：殷立新、季永红（副区长芮文斌请假）"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["殷立新", "季永红"]);
    expect(m.meeting?.absentees).toMatchObject([{ name: "芮文斌", title: "副区长" }]);
  });

  it("reads （请假：丁文杰） after the last name of an attendance sentence", () => {
    const m = parse(["县长办公会议纪要", "　　5月20日上午，县长周立军主持召开县长办公会议。参加会议的有：王振东、韩晓梅、马国强（请假：丁文杰）。现纪要如下：", ...TOPICS].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["王振东", "韩晓梅", "马国强"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["丁文杰"]);
  });
});

describe("a chair who 出席并主持", () => {
  it("leaves 出席并 out of the chair's name", () => {
    const m = parse(["区政府常务会议纪要", "　　3月9日上午，区委副书记、区长阿不都热合曼·买买提出席并主持召开区政府2029年第11次常务会议。", ...TOPICS].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "阿不都热合曼·买买提", title: "区委副书记、区长" });
  });
});

describe("a unit's name cut by a wrap in a list of titled people", () => {
  it("reads 后勤⏎保障处处长汤志勇 as one item, not a person 后勤", () => {
    const m = parse(["第9次校长办公会纪要", "　　12月5日上午，校长黄振国主持召开校长办公会。", "一、关于教学质量", "会议同意。", "列　席：教务处处长黎志坚，财务处处长熊丽华，后勤", "保障处处长汤志勇，学生工", "作处处长龚小波"].join("\n"));
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([
      ["黎志坚", "教务处处长"],
      ["熊丽华", "财务处处长"],
      ["汤志勇", "后勤保障处处长"],
      ["龚小波", "学生工作处处长"],
    ]);
  });
});

describe("units with their people in brackets (qiyun)", () => {
  it("reads 列席单位：县政府办公室（邬小军）、… as observers, the unit their title", () => {
    const m = parse(["县政府第4次常务会议纪要", OPENING, ...TOPICS, "　　列席单位：县政府办公室（邬小军）、县发改局（顾佩玲）、", "　　　　　　　县卫健局（甄　莉）、县自然资源局（骆　平）"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["邬小军", "顾佩玲", "甄莉", "骆平"]);
    expect(m.meeting?.observers[0]?.title).toBe("县政府办公室");
  });

  it("reads a unit's people in brackets with their titles (县政府办公室（主任 熊建华）) or two of them (县政府办公室（王建、钟小燕）)", () => {
    const m = parse(["县政府第4次常务会议纪要", OPENING, ...TOPICS, "　　列席人员：县政府办公室（主任 熊建华）、县财政局（局长 冉小琴）、县商务委（主任 刘　波）、县教育局（王建、钟小燕）、县审计局（曾晓红）"].join("\n"));
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([["熊建华", "县政府办公室主任"], ["冉小琴", "县财政局局长"], ["刘波", "县商务委主任"], ["王建", "县教育局"], ["钟小燕", "县教育局"], ["曾晓红", "县审计局"]]);
    // (Each where it is written.)
    expect(m.meeting!.observers[4]!.position!.start.column).toBe(m.meeting!.observers[3]!.position!.end.column + 1);
  });

  it("reads no person from a unit's other name in brackets (县发改局（县粮食局）)", () => {
    const m = parse(["县政府第4次常务会议纪要", OPENING, ...TOPICS, "　　列席单位：县发改局（县粮食局）、县财政局（国资办）、县卫健局（甄　莉）"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["甄莉"]);
  });
});
