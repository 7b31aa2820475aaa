// Layout variants met in round 14 of the fixtures, each checked on a small text.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const OPENING = "8月19日上午，市长王志刚主持召开市政府第二十三次常务会议。";

describe("layout variants", () => {
  it("reads a header table copied cell by cell: each key alone on its line, its value on the next", () => {
    const m = parse(["索引号", "11152200MB0123456X/2024-00231", "主题分类", "综合政务\\会议纪要", "发文机关", "赛罕塔拉市人民政府办公室", "发文字号", "赛政常纪〔2024〕23号", "发布日期", "2024-08-26", "", "赛罕塔拉市人民政府第二十三次常务会议纪要", OPENING].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "11152200MB0123456X/2024-00231", publisher: "赛罕塔拉市人民政府办公室", fileNumber: "赛政常纪〔2024〕23号", publishDate: "2024-08-26" });
    expect(m.title).toBe("赛罕塔拉市人民政府第二十三次常务会议纪要");
  });

  it("leaves a key written with its colon and no value alone (the next line is no value)", () => {
    const m = parse(["发布日期：2023-11-20", "阅读次数：", "第十二次校长办公会纪要", OPENING].join("\n"));
    expect(m.title).toBe("第十二次校长办公会纪要");
    expect(m.disclosure.fields.map((f) => [f.label, f.value])).toEqual([["发布日期", "2023-11-20"], ["阅读次数", null]]);
  });

  it("takes a breadcrumb line for website chrome, not for the title", () => {
    const m = parse(["政府信息公开目录 ＞ 州政府文件 ＞ 会议纪要", "州人民政府第四十八次常务会议纪要", OPENING].join("\n"));
    expect(m.title).toBe("州人民政府第四十八次常务会议纪要");
    expect(m.chrome.map((c) => c.text)).toEqual(["政府信息公开目录 ＞ 州政府文件 ＞ 会议纪要"]);
  });

  it("reads names separated by blanks inside a sentence and a long name in a list", () => {
    const m = parse(["镇长办公会议纪要", `${OPENING}应邀列席的镇人大代表：高振武　李彩霞、王　磊。`, "出席：巴特尔　王志刚　乌云其木格　李海峰"].join("\n"));
    expect(m.meeting?.invitedObservers.flatMap((g) => g.people.map((p) => p.name))).toEqual(["高振武", "李彩霞", "王磊"]);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["巴特尔", "王志刚", "乌云其木格", "李海峰"]);
  });

  it("reads the items under a 书面通报事项 topic, and two reports joined by 和, as 书面通报", () => {
    const m = parse([
      "市政府第二十三次常务会议纪要",
      OPENING,
      "一、关于防汛工作",
      "会议要求做好防汛准备。",
      "二、书面通报事项",
      "（一）镇财政所关于1—5月财政收支情况的汇报。",
      "（二）镇安监站关于“安全生产月”活动开展的情况汇报。",
      "会议还书面通报了市统计局关于1—7月经济指标完成情况的汇报和市审计局关于审计整改情况的汇报。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛工作", "书面通报事项"]);
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["镇财政所", "1—5月财政收支情况"],
      ["镇安监站", "“安全生产月”活动开展"],
      ["市统计局", "1—7月经济指标完成情况"],
      ["市审计局", "审计整改情况"],
    ]);
  });

  it("reads the numbered items under an unnumbered 书面通报事项 heading without its colon as 书面通报, no topics", () => {
    const m = parse([
      "岚川县人民政府常务会议纪要",
      OPENING,
      "一、关于城区雨污分流改造工程实施方案",
      "会议原则同意该方案。",
      "",
      "书面通报事项",
      "",
      "　　1.县统计局关于2024年一季度全县经济运行情况的汇报。",
      "　　2.县应急管理局关于汛前安全隐患排查整治工作进展的情况汇报。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于城区雨污分流改造工程实施方案"]);
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县统计局", "2024年一季度全县经济运行情况"],
      ["县应急管理局", "汛前安全隐患排查整治工作进展"],
    ]);
  });

  it("reads a hard-wrapped opening, attendance and heading across the wraps", () => {
    const m = parse([
      "柘川区政府召开第27次常务会议",
      "　　9月9日晚上，区委副书记、区长宁海峰在区",
      "政府1号会议室主持召开区政府第27次常务会议，",
      "研究安全生产等工作。",
      "　　1、听取区应急管理局关于秋冬季安全生产工",
      "作的汇报",
      "　　会议强调，要开展隐患排查整治。",
      "　　副区长阮建波、褚丽华、司马",
      "骏出席会议。",
    ].join("\n"));
    expect(m.meeting).toMatchObject({ sessionNumber: 27, date: { iso: null, timeOfDay: "晚上" }, place: "区政府1号会议室", chair: { name: "宁海峰", title: "区委副书记、区长" } });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["阮建波", "褚丽华", "司马骏"]);
    expect(m.topics.map((t) => t.heading)).toEqual(["听取区应急管理局关于秋冬季安全生产工作的汇报"]);
  });

  it("keeps 主送 addressees out of the distribution, and attachment entries out of the topics", () => {
    const m = parse([
      "黔岭市人民政府",
      "市长办公会议纪要",
      "主送:各街道办事处,区政府各部门:",
      "5月15日上午，市长杨光明主持召开市长办公会议。",
      "1、关于棚户区改造",
      "会议同意。",
      "附件：1．棚户区改造项目清单",
      "　　　　2．用地范围示意图",
      "抄送：市委办公室，市人大常委会办公室。",
    ].join("\n"));
    expect(m.title).toBe("黔岭市人民政府市长办公会议纪要");
    expect(m.meeting?.chair?.name).toBe("杨光明");
    expect(m.topics.map((t) => t.heading)).toEqual(["关于棚户区改造"]);
    expect(m.distribution).toEqual(["市委办公室", "市人大常委会办公室"]);
    // (1、 and 2． are numberings of two levels: the entry stands in the topic, after 附件：, as a paragraph.)
    expect(m.topics[0]!.subtopics).toEqual([]);
    expect(m.topics[0]!.paragraphs.map((p) => p.text)).toContain("2．用地范围示意图");
  });

  it("takes a marker after &nbsp; indentation, dates the year from a dated line above the headline, and drops 关注我们 lines", () => {
    const m = parse(["2024年3月5日　星期二　　淇阳日报 第01版", "淇阳市政府召开第19次常务会议", "👆点击蓝字 关注我们", "　　3月4日上午，市长董致远主持召开市政府第19次常务会议。", "&nbsp;&nbsp;一、研究春耕工作"].join("\n"));
    expect(m.title).toBe("淇阳市政府召开第19次常务会议");
    expect(m.meeting?.date.iso).toBe("2024-03-04");
    expect(m.topics.map((t) => t.heading)).toEqual(["研究春耕工作"]);
    expect(m.chrome.map((c) => c.text)).toContain("👆点击蓝字 关注我们");
  });

  it("does not take a township written before a name for a person", () => {
    const m = parse(["县政府专题会议纪要", OPENING, "参加会议人员：县政府 王海英；南桥镇 王光裕；大坡镇 黄琼花。"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["王海英", "王光裕", "黄琼花"]);
  });

  it("reads a 落款 with full-width digits, a 落款 whose organ follows its date, and an opening in Chinese numerals ending with a colon", () => {
    const opening = "二〇二四年四月十七日下午，区长谭明军主持召开区十八届政府第9次常务会议，会议研究了以下事项：";
    const a = parse(["鹤溪县人民政府办公室　　　　２０２４年６月１７日", "县政府第30次常务会议纪要", opening, "一、关于防汛"].join("\n"));
    expect([a.issuer, a.issueDate?.iso]).toEqual(["鹤溪县人民政府办公室", "2024-06-17"]);
    expect(a.meeting).toMatchObject({ sessionNumber: 9, term: 18, date: { iso: "2024-04-17", timeOfDay: "下午" } });
    const b = parse(["县政府第44次常务会议纪要", opening, "一、关于防汛", "二〇二四年十一月二十五日", "桐川县人民政府办公室"].join("\n"));
    expect([b.issuer, b.issueDate?.iso]).toEqual(["桐川县人民政府办公室", "2024-11-25"]);
    expect(b.outline.at(-1)?.kind).toBe("signature");
  });

  it("goes on with a list over a line that holds only the separator a wrap pushed onto it", () => {
    const m = parse(["区政府第3次常务会议纪要", OPENING, "列席人员：冯晓东、恽立新", "、", "巢 丽、孟庆华"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["冯晓东", "恽立新", "巢丽", "孟庆华"]);
  });

  it("takes the items after 会议书面通报了以下事项： as 书面通报 only while their numbering style lasts", () => {
    const m = parse(["县政府第62次常务会议纪要", OPENING, "一、第一议题", "会议学习了文件。", "二、书面通报事项", "会议书面通报了以下事项：", "（一）县审计局关于预算执行审计的情况汇报。", "（二）县林草局关于森林防火工作的情况汇报。", "三、其他事项", "（一）会议研究了人事任免事项。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["第一议题", "书面通报事项", "其他事项"]);
    expect(m.topics[2]!.subtopics.map((t) => t.heading)).toEqual(["会议研究了人事任免事项"]);
    expect(m.writtenReports.map((r) => r.proposer)).toEqual(["县审计局", "县林草局"]);
  });

  it("reads ① and 第一、 markers as topics, and a table flattened to lines (出席 | …) as people lists", () => {
    const a = parse(["区政府第15次常务会议纪要", OPENING, "①关于安全生产", "会议要求压实责任。", "②关于民营经济", "出席 | 韩卫东、孟庆云", "列席 | 胡　蕾、汤立群、", "     | 沈一鸣", "请假 | 庞振华"].join("\n"));
    expect(a.topics.map((t) => [t.style, t.number, t.heading])).toEqual([["circled", 1, "关于安全生产"], ["circled", 2, "关于民营经济"]]);
    expect(a.meeting?.attendees.map((p) => p.name)).toEqual(["韩卫东", "孟庆云"]);
    expect(a.meeting?.observers.map((p) => p.name)).toEqual(["胡蕾", "汤立群", "沈一鸣"]);
    expect(a.meeting?.absentees.map((p) => p.name)).toEqual(["庞振华"]);
    const b = parse(["县政府第二十三次常务会议纪要", OPENING, "第一、关于春季农业生产", "第二、关于防汛"].join("\n"));
    expect(b.topics.map((t) => [t.style, t.number, t.heading])).toEqual([["ordinal", 1, "关于春季农业生产"], ["ordinal", 2, "关于防汛"]]);
  });

  it("takes a headline that starts with the date for the title and the meeting's date, and reads 会议由…主持 and …召开，X主持", () => {
    const m = parse(["5月6日区政府召开第12次常务会议", "发布日期：2024-05-07　　来源：区政府办公室", "区政府第12次常务会议在区政府常务会议室召开。会议由区委副书记、区长梁思远主持。"].join("\n"));
    expect(m.title).toBe("5月6日区政府召开第12次常务会议");
    expect(m.meeting).toMatchObject({ date: { iso: "2024-05-06" }, sessionNumber: 12, chair: { name: "梁思远", title: "区委副书记、区长" } });
    const n = parse(["区政府第8次常务会议纪要", "区政府第8次常务会议于2024年5月6日在区行政中心召开，区长韩卫东主持。"].join("\n"));
    expect(n.meeting).toMatchObject({ date: { iso: "2024-05-06" }, chair: { name: "韩卫东", title: "区长" } });
  });

  it("reads a chair named before 受…委托 (in the same clause or the clause before), and 代区长 after a name", () => {
    const chair = (opening: string) => parse(["县人民政府常务会议纪要", opening, "一、关于春耕", "会议原则同意。"].join("\n")).meeting?.chair;
    expect(chair("3月5日上午，副县长邵明远受县长委托，在县政府三楼会议室主持召开县长办公会议。")).toMatchObject({ name: "邵明远", title: "副县长" });
    expect(chair("3月5日上午，常务副区长薛华受区长委托主持召开区政府第20次常务会议。")).toMatchObject({ name: "薛华", title: "常务副区长" });
    expect(chair("3月5日上午，区政府第36次常务会议在区行政中心召开，徐立军代区长主持会议。")).toMatchObject({ name: "徐立军", title: "代区长" });
  });

  it("reads the standing meeting that followed another (随后召开的…常务会议由…主持) and its attendance", () => {
    const m = parse([
      "赤坎区召开区政府党组会议和区政府第41次常务会议",
      "3月20日上午，赤坎区在区委区政府大楼五楼会议室召开区政府党组会议，传达学习全国两会精神。区长欧阳志刚主持会议并讲话。",
      "随后召开的区政府第41次常务会议由常务副区长麦少华主持。会议审议并原则通过《赤坎区2024年城市更新项目实施计划》。",
      "区领导欧阳志刚、麦少华、黄敬参加会议。区人大常委会副主任冼美玲列席会议。",
    ].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "麦少华", title: "常务副区长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["欧阳志刚", "麦少华", "黄敬"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["冼美玲"]);
  });

  it("keeps a person joined by 及 to an unnamed group, and reads an empty header cell at the end of a row", () => {
    const m = parse([
      "索引号 014050863/2010-00097 生成日期 2010-05-19",
      "文件编号 澄政纪[2010]11号  公开时限 ",
      "县人民政府第65次常务会议纪要",
      "2月10日下午，县长赵永华主持召开县人民政府第65次常务会议。县政府办公室主任段志强及县直有关部门主要负责人列席会议。",
    ].join("\n"));
    expect(m.disclosure.fileNumber).toBe("澄政纪[2010]11号");
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["段志强"]);
  });

  it("reads a meeting form copied as a table, and the opening after it", () => {
    const m = parse([
      "青崮镇人民政府2025年第5次常务会议纪要",
      "| 会议时间 | 2025年5月20日上午8:30 |",
      "| 地　　点 | 镇政府三楼会议室 |",
      "| 主 持 人 | 王立新 |",
      "| 参会人员 | 王立新、刘　伟、孙晓丽 |",
      "| 请假人员 | 李志强 |",
      "受镇长李志强委托，镇党委副书记、常务副镇长王立新主持召开镇政府2025年第5次常务会议，研究“三夏”生产工作。",
    ].join("\n"));
    expect(m.meeting?.date.iso).toBe("2025-05-20");
    expect(m.meeting?.place).toBe("镇政府三楼会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "王立新", title: "镇党委副书记、常务副镇长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["王立新", "刘伟", "孙晓丽"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["李志强"]);
  });

  it("joins an organ line above 第N次常务会议纪要 to the title, and takes no dash-led subtitle for a title", () => {
    expect(parse(["洛水县第十九届人民政府", "第二十八次常务会议纪要", OPENING].join("\n")).title).toBe("洛水县第十九届人民政府第二十八次常务会议纪要");
    expect(parse(["政府工作报告", "——2025年1月15日在蓉溪县第十八届人民代表大会第五次会议上", "各位代表："].join("\n")).title).toBe("政府工作报告");
  });

  it("reads inline 参会人员： lists and absentees with long or bracketed reasons", () => {
    const m = parse([
      "区人民政府常务会议纪要",
      "2025年2月26日下午，区长钱志诚同志主持召开区政府2025年第5次常务会议。参会人员：钱志诚同志、葛文斌同志、蒋红同志，秦立同志因出差请假。",
      "副县长陶建国因另有公务请假，副县长罗文（因公外出）请假。",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["钱志诚", "葛文斌", "蒋红"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["秦立", "陶建国", "罗文"]);
  });

  it("reads an enlarged standing meeting (常务（扩大）会议) as the standing meeting", () => {
    const m = parse(["莲城召开市政府常务（扩大）会议", "12月26日下午，市长冯晓光主持召开十五届第68次市政府常务（扩大）会议。市领导王敏、李强出席会议。"].join("\n"));
    expect(m.diagnostics.map((d) => d.code)).not.toContain("not-minutes");
    expect(m.meeting).toMatchObject({ sessionNumber: 68, chair: { name: "冯晓光", title: "市长" } });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["王敏", "李强"]);
  });

  it("reads the session from 会议名称, a chair with the title in brackets, and lists labelled 出席会议的有： on their own line", () => {
    const m = parse([
      "岚州市人民政府常务会议纪要",
      "会议名称：市政府第41次常务会议",
      "会议时间：2024年10月9日（星期三）下午3:00",
      "会议地点：市行政中心2号楼第一会议室",
      "主 持 人：冯立德（市长）",
      "出席会议的有：",
      "龚建明　史振国　程　丽",
      "会议议定事项如下：",
      "一、关于市政府第一议题",
      "会议要求，牢固树立安全发展理念。",
    ].join("\n"));
    expect(m.meeting).toMatchObject({ sessionNumber: 41, chair: { name: "冯立德", title: "市长" }, date: { iso: "2024-10-09" } });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["龚建明", "史振国", "程丽"]);
  });

  it("does not take 县委 (before 副书记) or 代表 (before a name) for anything but titles", () => {
    const m = parse([
      "县人民政府常务会议纪要",
      "2月18日晚上，县人民政府第四次常务会议在县政府二楼会商室召开。会议由县长宋立平主持。出席会议的有：县委副书记、县长宋立平，副县长黄雅琴。",
      "应邀列席会议的有：县人大代表刘芳、田学文，县政协委员马丽。",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["宋立平", "黄雅琴"]);
    expect(m.meeting?.invitedObservers.flatMap((g) => g.people.map((p) => p.name))).toEqual(["刘芳", "田学文", "马丽"]);
  });

  it("skips a news dateline's date, reads a chair whose date follows the name, and 召开…，X主持，…", () => {
    const a = parse(["清塘县召开第9次常务会议", "清塘新闻网3月6日讯（记者 李明）3月5日下午，县长何平主持召开2025年第9次县政府常务会议。"].join("\n"));
    // (The year comes from the session count, 2025年第9次, not from the dateline.)
    expect(a.meeting?.date).toMatchObject({ iso: "2025-03-05", text: "3月5日下午" });
    const b = parse(["县人民政府常务会议纪要", "县长贺建军于3月5日下午在县行政中心1号楼第一会议室主持召开县人民政府第23次常务会议。"].join("\n"));
    expect(b.meeting?.chair).toMatchObject({ name: "贺建军", title: "县长" });
    // (With the weekday in brackets between the date and the time of day.)
    const d = parse(["县人民政府常务会议纪要", "　　县长宋启航于2019年1月9日（星期三）下午在县人民政府常务会议室主持召开县人民政府2019年第2次常务会议。"].join("\n"));
    expect(d.meeting).toMatchObject({ chair: { name: "宋启航", title: "县长" }, date: { iso: "2019-01-09", timeOfDay: "下午" } });
    const c = parse(["区政府第14次常务会议纪要", "6月3日上午，区政府召开第14次常务会议，区长司马文涛主持，现将会议议定事项纪要如下："].join("\n"));
    expect(c.meeting?.chair).toMatchObject({ name: "司马文涛", title: "区长" });
  });

  it("takes a meeting's preview for no minutes (县政府第二十三次常务会议明日召开; 县政府将在…召开)", () => {
    const m = parse(["县政府第二十三次常务会议明日召开", "　　8月15日上午9:00，县政府将在县政府四楼常务会议室召开第二十三次常务会议，县长韩立新主持。", "　　会议议程：", "　　一、研究秋粮收购工作"].join("\n"));
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
  });

  it("takes a 政策解读 page for no minutes, though it tells of a standing meeting", () => {
    const m = parse(["《桐溪市养老服务设施布局专项规划》政策解读", "2025年4月9日上午，市长赵启明主持召开市政府第36次常务会议，审议通过了《桐溪市养老服务设施布局专项规划》。", "一、编制背景", "为加快养老服务体系建设。"].join("\n"));
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
  });

  it("reads bracketed fields in a run (【信息来源：…】【发布时间：…】) and drops a column tag before the headline", () => {
    const m = parse(["【政务要闻】瓮川县召开县人民政府第27次常务会议", "【信息来源：瓮川县融媒体中心】【发布时间：2025-07-18】【访问量：】", "县人民政府第27次常务会议于7月17日下午在县政府四楼会议室召开。县长吴国勇主持会议。"].join("\n"));
    expect(m.title).toBe("瓮川县召开县人民政府第27次常务会议");
    expect(m.disclosure.fields.map((f) => [f.label, f.value])).toEqual([["信息来源", "瓮川县融媒体中心"], ["发布时间", "2025-07-18"], ["访问量", null]]);
    expect(m.disclosure.publishDate).toBe("2025-07-18");
    expect(m.meeting?.date.iso).toBe("2025-07-17");
  });

  it("reads a page scraped onto one line of HTML, every character in the outline", () => {
    const html = '<div class="t"><p><strong>松川县人民政府第33次常务会议纪要</strong></p></div><p>&nbsp;</p><p>2024年11月26日下午，县长段志宏主持召开县人民政府第33次常务会议。</p><p><strong>一、第一议题</strong>&nbsp;</p><p>会议原则同意。</p>';
    const m = parse(html, { file: null });
    expect(m.title).toBe("松川县人民政府第33次常务会议纪要");
    expect(m.topics.map((t) => t.heading)).toEqual(["第一议题"]);
    const covered = new Set<number>();
    for (const o of m.outline) for (let i = o.position!.start.offset; i < o.position!.end.offset; i++) covered.add(i);
    const lost = Array.from(html, (c, i) => (covered.has(i) || /\s/.test(c) ? "" : c)).join("");
    expect(lost).toBe("");
  });

  it("keeps the links under 相关阅读 and a photo caption out of the title and the meeting, and strips a browser title's column", () => {
    const m = parse([
      "梁湖区召开区政府常务会议 - 梁湖要闻 - 梁湖区人民政府门户网站",
      "相关阅读：",
      "区政府第6次常务会议纪要",
      "",
      "▲11月12日，区长黄立新主持召开区政府第35次常务会议。图为会议现场。",
      "11月12日上午，区长黄立新主持召开区政府第35次常务会议。",
    ].join("\n"));
    expect(m.title).toBe("梁湖区召开区政府常务会议");
    expect(m.chrome.map((c) => c.text)).toEqual(["相关阅读：", "区政府第6次常务会议纪要", "▲11月12日，区长黄立新主持召开区政府第35次常务会议。图为会议现场。"]);
    expect(m.meeting?.date).toMatchObject({ text: "11月12日上午", timeOfDay: "上午" });
  });

  it("reads 【议题一】 and 议题1： as topic markers, and a heading with its decision on the same line", () => {
    const a = parse(["县人民政府常务会议纪要", OPENING, "【议题一】关于春耕备耕工作", "会议同意县农业农村局的意见。", "1.抓好农资供应。", "【议题二】关于其他事项"].join("\n"));
    expect(a.topics.map((t) => [t.marker, t.number, t.style, t.heading])).toEqual([["【议题一】", 1, "label", "关于春耕备耕工作"], ["【议题二】", 2, "label", "关于其他事项"]]);
    const b = parse(["县人民政府常务会议纪要", OPENING, "议题1：关于供暖", "议题2：关于防汛"].join("\n"));
    expect(b.topics.map((t) => t.number)).toEqual([1, 2]);
    const c = parse(["市人民政府常务会议纪要", OPENING, "一、关于市区冬季供暖保障工作。会议同意市住建局提出的保障方案，由市住建局组织实施。"].join("\n"));
    expect(c.topics[0]).toMatchObject({ heading: "关于市区冬季供暖保障工作", paragraphs: [{ text: "会议同意市住建局提出的保障方案，由市住建局组织实施。" }] });
    expect(c.topics[0]!.decisions[0]).toMatchObject({ verb: "同意", proposer: "市住建局", followUp: "由市住建局组织实施" });
  });

  it("reads a form whose cells are separated by tabs, 未出席 as absent, and a chair 会议由X受…委托主持", () => {
    const m = parse([
      "桃山县人民政府常务会议纪要",
      "会议名称\t县人民政府2025年第4次常务会议",
      "会议时间\t2025年2月20日（星期四）下午",
      "会议地点\t县政府二楼会议室",
      "主 持 人\t县长　吕振华",
      "出　　席\t吕振华\t姚建新\t欧阳晓峰",
      "一、审议《桃山县2025年重点民生实事项目》",
      "会议原则通过。",
    ].join("\n"));
    expect(m.meeting).toMatchObject({ sessionNumber: 4, date: { iso: "2025-02-20", timeOfDay: "下午" }, place: "县政府二楼会议室", chair: { name: "吕振华", title: "县长" } });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["吕振华", "姚建新", "欧阳晓峰"]);
    const n = parse(["区政府第31次常务会议纪要", "3月5日上午，区政府召开第31次常务会议。会议由副区长林晓受区长委托主持。区领导苟建军因公出差未出席会议。"].join("\n"));
    expect(n.meeting?.chair).toMatchObject({ name: "林晓", title: "副区长" });
    expect(n.meeting?.absentees.map((p) => p.name)).toEqual(["苟建军"]);
  });

  it("reads a 书面通报 report named in 《》, a header label padded with NBSP, and a 落款 dated 元月", () => {
    const m = parse([
      "索\u00a0引\u00a0号：330113/2024-01207",
      "市人民政府常务会议纪要",
      OPENING,
      "一、关于供暖",
      "会议原则同意。",
      "会议书面通报了市统计局《关于2024年全市主要经济指标预计完成情况的汇报》。",
      "市人民政府办公室",
      "二〇二五年元月十日",
    ].join("\n"));
    expect(m.disclosure.indexNumber).toBe("330113/2024-01207");
    expect(m.writtenReports[0]).toMatchObject({ proposer: "市统计局", subject: "2024年全市主要经济指标预计完成情况" });
    expect(m.issueDate?.iso).toBe("2025-01-10");
  });

  it("reads the standing meeting after a 党组会议 named before 在…召开, and chairs 会议由市长X委托Y主持", () => {
    const a = parse([
      "赤坎区召开区政府党组（扩大）会议和区政府第9次常务会议",
      "4月9日下午，区政府党组（扩大）会议在区委区政府大楼三楼会议室召开，区长梁振华主持会议并讲话。",
      "随后，受梁振华区长委托，常务副区长陈海燕主持召开区政府第9次常务会议，副区长吴志雄、林淑贞出席会议。",
    ].join("\n"));
    expect(a.meeting?.chair).toMatchObject({ name: "陈海燕", title: "常务副区长" });
    expect(a.meeting?.attendees.map((p) => p.name)).toEqual(["吴志雄", "林淑贞"]);
    const b = parse(["市政府第61次常务会议纪要", "5月12日下午，市政府召开第61次常务会议，会议由市长沈德明委托常务副市长朱民阳主持。"].join("\n"));
    expect(b.meeting?.chair).toMatchObject({ name: "朱民阳", title: "常务副市长" });
  });

  it("reads 书面听取了 and 以下事项： reports, 出席会议的区领导有 lists, and ﹝2024﹞ numbers", () => {
    const m = parse([
      "区政府常务会议纪要",
      "秀洲政纪﹝2024﹞8号",
      "3月5日上午，区长金涛主持召开区政府第8次常务会议。出席会议的区领导有孙建国、杜静，区人大常委会副主任赵立成应邀出席会议。",
      "一、关于春耕",
      "会议原则同意。",
      "会议书面听取了区财政局关于2024年区级预算执行情况的汇报。",
      "会议书面通报了以下事项：区统计局关于一季度经济运行情况的汇报；区卫健局关于区中医院迁建工程进展情况的汇报。",
    ].join("\n"));
    expect(m.documentNumber).toMatchObject({ text: "秀洲政纪﹝2024﹞8号", year: 2024, serial: 8 });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["孙建国", "杜静"]);
    expect(m.meeting?.invitedAttendees.map((p) => p.name)).toEqual(["赵立成"]);
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["区财政局", "2024年区级预算执行情况"],
      ["区统计局", "一季度经济运行情况"],
      ["区卫健局", "区中医院迁建工程进展情况"],
    ]);
  });

  it("splits a distribution list separated by blanks, and takes （11） under the title for the masthead's number", () => {
    const m = parse(["海兰市人民政府常务会议纪要", "（11）", "6月27日下午，市长金哲洙主持召开市政府第十一次常务会议。副市长金顺姬、尹光日应邀出席会议。", "一、关于防汛", "会议原则同意。", "抄送：县委办公室　县人大常委会办公室　县政协办公室"].join("\n"));
    expect(m.title).toBe("海兰市人民政府常务会议纪要");
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛"]);
    expect(m.meeting).toMatchObject({ sessionNumber: 11, chair: { name: "金哲洙" } });
    expect(m.meeting?.invitedAttendees.map((p) => p.name)).toEqual(["金顺姬", "尹光日"]);
    expect(m.distribution).toEqual(["县委办公室", "县人大常委会办公室", "县政协办公室"]);
  });

  it("reads long Mongolian names without a dot, and organisation + name items", () => {
    const m = parse([
      "旗人民政府常务会议纪要",
      "7月3日上午，旗长那顺乌力吉主持召开旗人民政府第18次常务会议。副旗长乌云其其格、巴图孟和、刘建国出席会议；县应急管理局刘晖，县城建集团肖振华列席会议。",
    ].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "那顺乌力吉", title: "旗长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["乌云其其格", "巴图孟和", "刘建国"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["刘晖", "肖振华"]);
  });

  it("reads [ 索引号 ] bracket labels and a 是否有效 cell", () => {
    const m = parse(["[ 索引号 ] 11500119MB1X52813C/2025-00093　　[ 发布机构 ] 渝溪区人民政府办公室", "文号：修府纪〔2025〕9号　　是否有效：有效", "渝溪区人民政府第十二次常务会议纪要", OPENING].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "11500119MB1X52813C/2025-00093", publisher: "渝溪区人民政府办公室", fileNumber: "修府纪〔2025〕9号" });
    expect(m.title).toBe("渝溪区人民政府第十二次常务会议纪要");
  });

  it("reads places without a room word or with a room number, and chairs with 以…形式 or a bracketed note after the name", () => {
    const place = (o: string) => parse(["县人民政府常务会议纪要", o].join("\n")).meeting?.place;
    expect(place("3月5日上午，县长何平在县委党校主持召开县政府第6次常务会议。")).toBe("县委党校");
    expect(place("3月5日上午，区长钱涛在合丰经济开发区管委会主持召开区政府第6次常务会议。")).toBe("合丰经济开发区管委会");
    expect(place("3月5日上午，区长钱涛在区行政中心1号楼三楼会议室（316）主持召开区政府第6次常务会议。")).toBe("区行政中心1号楼三楼会议室（316）");
    const chair = (o: string) => parse(["县人民政府常务会议纪要", o].join("\n")).meeting?.chair;
    expect(chair("1月1日上午，区长艾尔肯·吐尔逊以视频会议形式主持召开区政府2025年第1次常务会议。")).toMatchObject({ name: "艾尔肯·吐尔逊", title: "区长" });
    expect(chair("4月8日上午，县委副书记、副县长杨志明（主持县政府工作）主持召开县政府第9次常务会议。")).toMatchObject({ name: "杨志明", title: "县委副书记、副县长" });
  });

  it("reads the session of the masthead's number line, headings ending in a colon, 送： and 列席会议人员： lists, a print count, and ２０２５ in a 发文字号", () => {
    const m = parse([
      "湖山区人民政府常务会议纪要",
      "（第4次）",
      "天政纪〔２０２５〕６号",
      "3月5日上午，区长钱涛主持召开区政府常务会议。副区长何丽娟（挂职）和钱立出席会议。",
      "一、审议事项：",
      "会议原则同意。",
      "列席会议人员：",
      "冯立群　戚志明",
      "记录：季晓琳",
      "送：市委办公室，各乡镇（街道）。（共印30份）",
    ].join("\n"));
    expect(m.meeting?.sessionNumber).toBe(4);
    expect(m.documentNumber).toMatchObject({ year: 2025, serial: 6 });
    expect(m.topics.map((t) => t.heading)).toEqual(["审议事项"]);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["何丽娟", "钱立"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["冯立群", "戚志明"]);
    expect(m.distribution).toEqual(["市委办公室", "各乡镇（街道）"]);
  });

  it("reads a 落款 whose date is numeric under its organ, but not a bare numeric date under a headline", () => {
    const m = parse(["澄江市人民政府常务会议纪要", OPENING, "一、关于供暖", "会议原则同意。", "澄江市人民政府辦公室", "2025-03-04"].join("\n"));
    expect([m.issuer, m.issueDate?.iso]).toEqual(["澄江市人民政府辦公室", "2025-03-04"]);
    const n = parse(["澄江市召开第5次常务会议", "2025-03-04", OPENING].join("\n"));
    expect([n.issuer, n.disclosure.publishDate]).toEqual([null, "2025-03-04"]);
  });

  it("takes the numbered title under an unnumbered masthead, and reads absentees with long reasons and a person before 及 an unnamed group", () => {
    const m = parse([
      "江山市人民政府常务会议纪要",
      "江政纪〔2025〕21号",
      "江山市人民政府第二十一次常务会议纪要",
      "2025年7月3日上午，市长郑启明主持召开市政府第二十一次常务会议。黄建设参加省委党校培训请假，纪委书记吴海英因参加县委党校中青班培训请假。区发改局局长陈浩及区直有关部门主要负责人、各镇街主要负责同志列席会议。",
    ].join("\n"));
    expect(m.title).toBe("江山市人民政府第二十一次常务会议纪要");
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["黄建设", "吴海英"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["陈浩"]);
  });

  it("reads a zone's minutes: the banner organ is no title, 第N期 numbers, the meeting that follows a 党工委 meeting, and a 党工委 meeting's own attendance", () => {
    const a = parse([
      "云桥高新区管理委员会",
      "云桥高新区管委会主任办公会议纪要",
      "开发区纪要〔2025〕第3期",
      "2025年9月10日上午，党工委书记、管委会主任俞晨阳主持召开党工委2025年第16次会议，研究党工委有关人事事项。随后，管委会主任俞晨阳在管委会三楼第二会议室继续主持召开管委会2025年第9次主任办公会议，研究有关事项。",
    ].join("\n"));
    expect(a.title).toBe("云桥高新区管委会主任办公会议纪要");
    expect(a.documentNumber).toMatchObject({ text: "开发区纪要〔2025〕第3期", prefix: "开发区纪要", year: 2025, serial: 3 });
    expect(a.meeting).toMatchObject({ sessionNumber: 9, place: "管委会三楼第二会议室", chair: { name: "俞晨阳", title: "管委会主任" } });
    const b = parse(["鹤山高新区党工委会议纪要", "5月6日上午，党工委书记甘立勋主持召开党工委第5次会议。", "一、关于党风廉政建设", "会议原则同意。", "", "参加会议的有：甘立勋、宁卫东、骆晓岚"].join("\n"));
    expect(b.meeting?.attendees.map((p) => p.name)).toEqual(["甘立勋", "宁卫东", "骆晓岚"]);
    const c = parse(["石塘镇人民政府镇长办公会议纪要", "3月5日上午，镇长李强主持召开镇长办公会议（2025年第6次），研究有关事项。"].join("\n"));
    expect(c.meeting?.sessionNumber).toBe(6);
  });

  it("reads 第一项： markers, 缺会：/列会： labels, and headings without the ；/。 of an agenda item", () => {
    const m = parse(["登封市人民政府常务会议纪要", OPENING, "第一项：关于少林景区综合提升工作；", "会议原则同意。", "第二项：关于市区停车设施建设。", "会议原则同意。", "缺会：许志明（出差）", "列会：郑晓东　陈永福"].join("\n"));
    expect(m.topics.map((t) => [t.style, t.number, t.heading])).toEqual([["ordinal", 1, "关于少林景区综合提升工作"], ["ordinal", 2, "关于市区停车设施建设"]]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["许志明"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["郑晓东", "陈永福"]);
  });

  it("reads 1、 topics with 1． items inside, a repeated report verb, inline 因公缺席：, header keys with their values on the next lines, and a 落款 organ on two lines", () => {
    const m = parse([
      "索引号：",
      "330604/2022-03917",
      "发布机构：",
      "绍兴市上虞区人民政府",
      "公开方式：",
      "主动公开",
      "上虞区人民政府第21次常务会议纪要",
      "3月5日上午，区长王强主持召开区政府第21次常务会议。因公缺席：季晓峰。",
      "1、关于重点项目",
      "会议原则同意，并明确：",
      "1．区发改局负责项目统筹调度；",
      "2．各街镇负责项目用地保障。",
      "2、关于燃气管道改造",
      "会议书面通报了市统计局关于一季度经济运行的汇报；书面通报了市民政局关于养老服务的汇报。",
      "海盐县人民政府",
      "办公室",
      "2025年3月5日",
    ].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "330604/2022-03917", publisher: "绍兴市上虞区人民政府", disclosureMode: "主动公开" });
    expect(m.topics.map((t) => t.heading)).toEqual(["关于重点项目", "关于燃气管道改造"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["季晓峰"]);
    expect(m.writtenReports.map((r) => r.proposer)).toEqual(["市统计局", "市民政局"]);
    expect(m.issuer).toBe("海盐县人民政府办公室");
  });

  it("reads an acting head written 县长（代） and people lists given unit by unit (县发改局：孙立新)", () => {
    const m = parse(["县人民政府常务会议纪要", "3月5日上午，县长（代）周明远主持召开县政府第5次常务会议。", "一、关于供暖", "会议原则同意。", "出席：", "县政府：王晓东、李明阳", "县政府办公室：赵国强", "列席：县发改局：孙立新；县财政局：刘芳"].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "周明远", title: "县长（代）" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["王晓东", "李明阳", "赵国强"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["孙立新", "刘芳"]);
  });

  it("dates a 日前 opening from a later 会议于…召开 sentence, skips a breadcrumb joined by |, and reads 应邀列席会议的…： lists", () => {
    const m = parse([
      "首页 | 政务公开 | 政府会议 | 常务会议",
      "云岭区召开区政府第22次常务会议",
      "发布日期：2024-08-21",
      "日前，区长周建华主持召开区政府2024年第22次常务会议，研究部署防汛救灾工作。",
      "会议于8月19日上午在区政府第二会议室召开。应邀列席会议的区人大代表、区政协委员：李娜、王强。",
    ].join("\n"));
    expect(m.title).toBe("云岭区召开区政府第22次常务会议");
    expect(m.meeting).toMatchObject({ date: { iso: "2024-08-19", timeOfDay: "上午" }, place: "区政府第二会议室" });
    expect(m.meeting?.invitedObservers.flatMap((g) => g.people.map((p) => p.name))).toEqual(["李娜", "王强"]);
  });
});

describe("long minutes (round 350)", () => {
  const HEAD = ["崇岭县人民政府常务会议纪要", "11月5日上午，县长张三主持召开县政府第44次常务会议。现纪要如下："];

  it("keeps a topic's own 议定事项：label and its （一） items inside the topic, a form's agenda label above still closing the agenda", () => {
    const m = parse([...HEAD, "▌一、研究县城区燃气管网更新改造项目实施方案", "会议听取了县住建局的汇报。", "议定事项：", "（一）原则同意实施方案。", "（二）项目资金通过争取专项债券解决。", "▌二、研究县第二人民医院整体搬迁项目有关事宜", "议定事项：", "（一）同意选址于城东新区。", "▌三、研究冬季农村人居环境整治工作", "会议同意。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["研究县城区燃气管网更新改造项目实施方案", "研究县第二人民医院整体搬迁项目有关事宜", "研究冬季农村人居环境整治工作"]);
    expect(m.topics[1]!.subtopics.map((t) => t.heading)).toEqual(["同意选址于城东新区"]);
  });

  it("reads 书面通报 items whose names stand in 《》 or whose proposers follow in brackets, and a 书面审议 item inside a numbered item", () => {
    const m = parse([
      ...HEAD,
      "一、关于春耕",
      "会议同意。",
      "二、其他事项",
      "（一）会议研究了人事事项。",
      "（二）会议书面审议了县司法局关于2024年度法治政府建设情况的汇报，同意按程序报送州人民政府。",
      "书面通报：县人武部《关于2024年冬季征兵工作开展情况的汇报》；县市场监管局《关于全县特种设备安全专项整治情况的汇报》。",
      "会议还书面通报了：关于1—9月区级财政收支情况的汇报（区财政局）；关于前三季度全区主要经济指标完成情况的汇报（区统计局）。",
    ].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县司法局", "2024年度法治政府建设情况"],
      ["县人武部", "2024年冬季征兵工作开展情况"],
      ["县市场监管局", "全县特种设备安全专项整治情况"],
      ["区财政局", "1—9月区级财政收支情况"],
      ["区统计局", "前三季度全区主要经济指标完成情况"],
    ]);
  });

  it("takes a 范文 site's generic headline (…纪要（通用）) for no title, joins 县直各委、办、局 in the 分送 list, and reads 区档案馆 as no person", () => {
    const m = parse([
      "区政府常务会议纪要（通用）",
      "时间：2023-11-06 09:41:27　　作者：admin",
      "柏岳区人民政府第三十一次常务会议纪要",
      "　　10月26日上午，区长黄启明主持召开区政府第三十一次常务会议。",
      "　　一、关于春耕",
      "　　会议同意。",
      "　　列席：区农业农村局 孟庆林　　区档案馆 贾秀芳",
      "　　分送：县委办公室，县直各委、办、局。",
    ].join("\n"));
    expect(m.title).toBe("柏岳区人民政府第三十一次常务会议纪要");
    expect(m.meeting?.sessionNumber).toBe(31);
    expect(m.distribution).toEqual(["县委办公室", "县直各委、办、局"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["孟庆林", "贾秀芳"]);
  });
});

describe("a site's auto-spacing around digits inside a 书面通报 subject (liangtang-2025-09)", () => {
  it("is layout, removed as in a topic's heading: 1—5 月 → 1—5月, 2025 年 → 2025年", () => {
    const m = parse([
      "梁塘区人民政府常务会议纪要",
      "6月12日上午，区长主持召开区政府第9次常务会议。",
      "一、关于 2025 年城区道路提升工程",
      "会议原则同意。",
      "会议书面听取了区统计局关于 1—5 月全区主要经济指标完成情况的汇报，区财政局关于 2025 年区级预算执行进度的情况汇报。",
    ].join("\n"));
    expect(m.topics[0]!.heading).toBe("关于2025年城区道路提升工程");
    expect(m.writtenReports.map((r) => r.subject)).toEqual(["1—5月全区主要经济指标完成情况", "2025年区级预算执行进度"]);
  });
});
