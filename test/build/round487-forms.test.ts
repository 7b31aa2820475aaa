// Helper rounds 487–488 (topic styles, forms from Word and WPS): an agenda list closed by what the
// meeting decided, headings in 【】, two labelled facts on one line, a group's title no name.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

describe("the agenda and the topics", () => {
  it("takes the opening's numbered agenda for none of the topics when 会议议定事项如下： opens the body", () => {
    for (const lead of ["会议议定事项如下：", "会议决定如下：", "现将会议议定事项通报如下：", "会议形成以下意见："]) {
      const m = parse(
        [
          "沁北县人民政府第4次常务会议纪要",
          "　　3月12日上午，县长王明主持召开县政府第4次常务会议。会议研究了以下事项：",
          "　　1.传达学习全国两会精神；",
          "　　2.审议《沁北县2025年政府投资项目计划》。",
          `　　${lead}`,
          "　　1.传达学习全国两会精神",
          "　　会议要求抓好贯彻落实。",
          "　　2.审议《沁北县2025年政府投资项目计划》",
          "　　会议原则同意该计划。",
        ].join("\n"),
      );
      expect(m.topics.map((t) => t.heading)).toEqual(["传达学习全国两会精神", "审议《沁北县2025年政府投资项目计划》"]);
    }
  });

  it("joins a heading cut by a wrap before its 会议精神 (传达学习…⏎　　工作会议精神)", () => {
    const m = parse(["丹岭县人民政府第21次常务会议纪要", "　　10月8日上午，县长王明主持召开县政府第21次常务会议。", "一、传达学习全省秋冬季森林防火和地质灾害防治", "　　工作会议精神", "　　会议要求抓好贯彻落实。", "二、关于防汛工作", "　　会议要求加强值守。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["传达学习全省秋冬季森林防火和地质灾害防治工作会议精神", "关于防汛工作"]);
  });

  it("takes a form's agenda under 【会议议题】 for none of the topics when the decisions under 【议定事项】 are numbered a rank above it", () => {
    const m = parse(
      ["白桦县人民政府常务会议纪要", "会议时间：2023.5.12（星期五）上午9:00", "主 持 人：赵国梁 县长", "【会议议题】", "\t1.传达学习全省春季农业生产工作会议精神；", "\t2.研究县城区集中供热管网更新改造资金筹措事宜。", "", "【议定事项】", "\t一、关于传达学习全省春季农业生产工作会议精神", "\t会议要求抓好春耕。", "\t二、关于县城区集中供热管网更新改造资金筹措事宜", "\t会议同意。"].join("\n"),
    );
    expect(m.topics.map((t) => t.heading)).toEqual(["关于传达学习全省春季农业生产工作会议精神", "关于县城区集中供热管网更新改造资金筹措事宜"]);
  });

  it("reads a numbered heading in 【】 whole as a topic's heading", () => {
    const m = parse(["玉岭县人民政府常务会议纪要", "　　4月26日下午，县长王明主持召开县政府常务会议。", "【一、关于当前疫情防控工作】", "会议要求加强防控。", "【二、关于春季防火和春耕生产工作】", "会议要求压实责任。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于当前疫情防控工作", "关于春季防火和春耕生产工作"]);
  });
});

describe("a form's labelled facts", () => {
  it("reads two facts on one line, a wide gap between, in 【】 or with colons", () => {
    for (const row of ["【会议时间】2023年11月2日上午　　【会议地点】县政府第一会议室", "会议时间：2023年11月2日上午　　会议地点：县政府第一会议室"]) {
      const m = parse(["盘溪县人民政府常务会议纪要", row, "主 持 人：县长 丁海峰", "一、关于今冬明春供暖保障工作", "会议要求确保按时供暖。"].join("\n"));
      expect(m.meeting?.date).toMatchObject({ iso: "2023-11-02", timeOfDay: "上午" });
      expect(m.meeting?.place).toBe("县政府第一会议室");
      expect(m.meeting?.chair).toMatchObject({ name: "丁海峰", title: "县长" });
    }
  });

  it("names no one in a 列席 row of groups (村委会主任 is a title's group, no person)", () => {
    const m = parse(["测试镇人民政府第7次常务会议纪要", "会议时间：2023年3月5日上午", "主持人：镇长王明", "列席人员：\t各村党支部书记、村委会主任，镇直各站所负责人", "一、关于防汛工作", "会议要求加强值守。"].join("\n"));
    expect(m.meeting?.observers).toEqual([]);
  });
});

describe("invited observers in sentences (round 489)", () => {
  const invited = (sentence: string) =>
    parse(`测试县召开县政府第5次常务会议\n11月8日上午，县长张伟主持召开县政府第5次常务会议。${sentence}\n`).meeting?.invitedObservers.flatMap((g) => g.people.map((p) => p.name));

  it("reads the group's label 应邀列席常务会议的…： inside a paragraph", () => {
    expect(invited("县人大常委会副主任普琼应邀参加会议。应邀列席常务会议的县人大代表、县政协委员：尼玛卓嘎、格桑、白玛次仁。")).toEqual(["尼玛卓嘎", "格桑", "白玛次仁"]);
  });

  it("keeps the last name before 等 and the delegates' groups (…、姜明芳等州人大代表、州政协委员应邀列席会议)", () => {
    expect(invited("吴阿努、潘秀英、龙德光、姜明芳等州人大代表、州政协委员应邀列席会议。")).toEqual(["吴阿努", "潘秀英", "龙德光", "姜明芳"]);
  });
});

describe("a PDF extraction's blanks around middle dots (round 489)", () => {
  it("reads 阿不都热合曼 · 买买提 as one name in blank-separated lists, their continuation lines too", () => {
    const m = parse(
      [
        "阿克塔什县人民政府第十五次常务会议纪要",
        "　　3月5日上午，县长李明在县政府四楼会议室主持召开县人民政府第十五次常务会议。",
        "出席：阿不都热合曼 · 买买提　王志勇　古丽娜尔 · 吐尔逊　张海军",
        "　　　艾尔肯 · 热西提　李建华",
        "请假：买买提江 · 阿布都拉（在自治区参加培训）",
        "列席：周国华　努尔艾力 · 吾守尔　刘　强",
        "　　　吐尔洪 · 艾海提　陈晓燕",
        "一、关于防汛工作",
        "　　会议要求加强值守。",
      ].join("\n"),
    );
    const names = (people: { name: string }[] | undefined) => (people ?? []).map((p) => p.name);
    expect(names(m.meeting?.attendees)).toEqual(["阿不都热合曼·买买提", "王志勇", "古丽娜尔·吐尔逊", "张海军", "艾尔肯·热西提", "李建华"]);
    expect(names(m.meeting?.absentees)).toEqual(["买买提江·阿布都拉"]);
    expect(names(m.meeting?.observers)).toEqual(["周国华", "努尔艾力·吾守尔", "刘强", "吐尔洪·艾海提", "陈晓燕"]);
  });
});
