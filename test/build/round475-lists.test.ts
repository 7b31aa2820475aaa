// Helper round 475 (township and prefecture minutes): per-topic observers in brackets or under a
// topic's heading, sub-labels under a bare 出席：/列席：, long and dotted names, a chair's form row.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const TITLE = "太平镇人民政府第21次常务会议纪要";
const OPENING = "2024年6月28日下午，镇长付家明主持召开第21次镇人民政府常务会议。";
const doc = (...lines: string[]) => parse([TITLE, OPENING, ...lines].join("\n"));
const names = (people: { name: string }[] | undefined) => (people ?? []).map((p) => p.name);

describe("a topic's own observers", () => {
  it("keeps the last topic's numbered items under it after its own 列席： line", () => {
    const m = doc(
      "一、研究老街片区城市更新项目",
      "列席：街道规划建设管理科科长熊伟",
      "议定事项：",
      "1.原则同意分期实施计划。",
      "2.由规划建设管理科牵头完成施工图设计。",
      "二、研究2024年防汛抗旱准备工作",
      "列席：街道应急管理办公室主任陈露",
      "议定事项：",
      "1.原则同意应急办提出的2024年防汛工作预案。",
      "2.各社区要在4月底前完成隐患点排查。",
      "3.街道应急分队要开展防汛实战演练。",
      "",
      "抄送：区政府办公室，区应急局。",
    );
    expect(m.topics.map((t) => [t.heading, t.subtopics.length])).toEqual([
      ["研究老街片区城市更新项目", 2],
      ["研究2024年防汛抗旱准备工作", 3],
    ]);
    expect(names(m.meeting?.observers)).toEqual(["熊伟", "陈露"]);
  });

  it("reads 列席本议题： and 列席该议题： as observers' labels", () => {
    for (const label of ["列席本议题：", "列席本项议题：", "列席该议题："]) {
      const m = doc("一、研究镇敬老院消防安全整改", `${label}镇社会事务办主任龙小燕、镇敬老院院长吴德贵`, "会议同意整改。");
      expect(names(m.meeting?.observers)).toEqual(["龙小燕", "吴德贵"]);
    }
  });

  it("reads a topic's observers in brackets under its heading, the closing bracket no part of the last name", () => {
    const m = doc(
      "一、审议《太平镇2024年主汛期防汛应急预案》",
      "（列席：镇应急办主任龚伟、镇派出所所长刘卫东）",
      "会议议定：原则同意。",
      "二、研究镇敬老院消防安全整改",
      "（列席：镇敬老院院长何春）",
      "会议议定：同意整改。",
    );
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([
      ["龚伟", "镇应急办主任"],
      ["刘卫东", "镇派出所所长"],
      ["何春", "镇敬老院院长"],
    ]);
    expect(m.topics.map((t) => t.heading)).toEqual(["审议《太平镇2024年主汛期防汛应急预案》", "研究镇敬老院消防安全整改"]);
  });

  it("splits a unit's 负责人 before a name as the title", () => {
    const m = doc("列席人员：镇农业服务中心主任郑伟，镇生态环境办负责人刘霞，镇经济发展办主任谭勇");
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([
      ["郑伟", "镇农业服务中心主任"],
      ["刘霞", "镇生态环境办负责人"],
      ["谭勇", "镇经济发展办主任"],
    ]);
  });
});

describe("lists under a bare label", () => {
  it("reads the lines of sub-labelled groups under 出席： and 列席：, long Mongolian names too", () => {
    const m = doc(
      "一、关于防汛工作",
      "会议要求加强值守。",
      "出席：",
      "　　旗政府领导：那仁满都拉　刘志强　乌云其木格",
      "请假：高　翔",
      "列席：",
      "　　县政府办公室：张立群　程晓东",
      "　　县直有关部门：郝　敏　任志刚　孙利平",
    );
    expect(names(m.meeting?.attendees)).toEqual(["那仁满都拉", "刘志强", "乌云其木格"]);
    expect(names(m.meeting?.absentees)).toEqual(["高翔"]);
    expect(names(m.meeting?.observers)).toEqual(["张立群", "程晓东", "郝敏", "任志刚", "孙利平"]);
  });

  it("ends a list set in columns at the line that tells who chaired", () => {
    const m = parse(
      [
        "洮州人民政府第二十三次常务会议纪要",
        "　　二○二四年五月二十日下午，州人民政府在州政府五楼会议室召开第二十三次常务会议。",
        "　　出席会议的有：",
        "　　　　州长　　　　　　杨旦增",
        "　　　　常务副州长　　　王振海",
        "　　　　州政府秘书长　　李　刚",
        "　　杨旦增州长主持会议。",
        "　　列席会议的有：州政府副秘书长金世平、州财政局局长马晓燕。",
        "　　（一）关于全州安全生产工作",
        "　　会议要求压实责任。",
      ].join("\n"),
    );
    expect(m.meeting?.chair).toMatchObject({ name: "杨旦增", title: "州长" });
    expect(names(m.meeting?.attendees)).toEqual(["杨旦增", "王振海", "李刚"]);
    expect(names(m.meeting?.observers)).toEqual(["金世平", "马晓燕"]);
  });
});

describe("transliterated names", () => {
  it("reads a full-width full stop as a name's middle dot, and a name a wrap cut after its dot", () => {
    const m = doc(
      "出席：叶尔波拉提·巴合提别克　王建新　努尔兰·哈布都",
      "　　　刘振国　阿依古丽．买买提　赵　宏",
      "列席：阿布都沙拉木·买买提明　王志刚　热依拉·",
      "　　　阿不都热合曼　陈建军",
      "一、关于防汛工作",
      "会议要求加强值守。",
    );
    expect(names(m.meeting?.attendees)).toEqual(["叶尔波拉提·巴合提别克", "王建新", "努尔兰·哈布都", "刘振国", "阿依古丽．买买提", "赵宏"]);
    expect(names(m.meeting?.observers)).toEqual(["阿布都沙拉木·买买提明", "王志刚", "热依拉·阿不都热合曼", "陈建军"]);
  });

  it("reads a chair's form row with a dotted name, then its title behind blanks", () => {
    for (const [row, title] of [["主 持 人：艾克拜尔·吾甫尔　　市委副书记、市长", "市委副书记、市长"], ["主持人：艾克拜尔·吾甫尔　市委副书记", "市委副书记"]]) {
      const m = parse(["红柳市人民政府第十四次常务会议纪要", "会议时间：2024年6月11日上午", "会议地点：市政府常务会议室", row!, "一、关于防汛工作", "会议要求加强值守。"].join("\n"));
      expect(m.meeting?.chair).toMatchObject({ name: "艾克拜尔·吾甫尔", title });
    }
  });
});

describe("the disclosure header", () => {
  it("takes 公开形式 for the disclosure mode only when it names one (网站 names the medium)", () => {
    const header = (value: string) => parse(["信息索引号：115116230089457261/2023-00318", `公开形式：${value}`, "公开时限：长期公开", TITLE, OPENING, "一、关于防汛工作", "会议要求加强值守。"].join("\n")).disclosure;
    expect(header("网站").disclosureMode).toBeNull();
    expect(header("主动公开").disclosureMode).toBe("主动公开");
  });
});

describe("a table of people with a column for each one's part (round 482)", () => {
  it("reads each row under the part its column gives (出席, 请假, 列席), the title from the 职务 column", () => {
    const m = parse(
      [
        "丰渠经开区管委会2025年第2次常务会议纪要",
        "　　2025年1月22日下午，丰渠经开区管委会召开2025年第2次常务会议，管委会主任贺振东主持会议。参会人员如下：",
        "",
        "| 序号 | 姓名 | 职务 | 备注 |",
        "|---|---|---|---|",
        "| 1 | 贺振东 | 管委会主任 | 出席 |",
        "| 2 | 聂晓光 | 管委会常务副主任 | 出席 |",
        "| 3 | 尹国柱 | 管委会副主任 | 请假 |",
        "| 4 | 邬　芳 | 财政金融局局长 | 列席 |",
        "",
        "　　会议研究了有关事项，现纪要如下：",
        "　　（一）关于春节期间安全稳定工作",
        "　　会议要求严格落实值班值守。",
      ].join("\n"),
    );
    expect(m.meeting?.attendees.map((p) => [p.name, p.title])).toEqual([
      ["贺振东", "管委会主任"],
      ["聂晓光", "管委会常务副主任"],
    ]);
    expect(m.meeting?.absentees.map((p) => [p.name, p.title])).toEqual([["尹国柱", "管委会副主任"]]);
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([["邬芳", "财政金融局局长"]]);
    expect(m.topics.map((t) => t.heading)).toEqual(["关于春节期间安全稳定工作"]);
  });
});

