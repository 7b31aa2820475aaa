// 书面通报 items with their decisions, and copies' page labels and headline emoji (rounds 401–402 of
// the fixtures).
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const OPENING = "　　9月12日上午，县长温立德主持召开县政府第18次常务会议。";
const TOPIC = ["　　一、关于秋季开学校园安全工作", "　　会议要求开展校园周边环境整治。"];
const reports = (lines: string[]) => parse(["白水县人民政府常务会议纪要", OPENING, ...TOPIC, ...lines].join("\n")).writtenReports.map((r) => [r.proposer, r.subject]);

describe("书面通报 items with a decision after each", () => {
  it("reads unnumbered lines under the list's lead, each ended by its decision", () => {
    expect(reports(["　　会议书面通报了以下事项：", "　　县财政局关于1—8月全县财政收支执行情况的汇报，原则同意，认真组织实施", "　　县卫健局关于县域医共体建设工作的情况，认真组织实施"])).toEqual([
      ["县财政局", "1—8月全县财政收支执行情况"],
      ["县卫健局", "县域医共体建设工作"],
    ]);
  });

  it("splits items of one sentence where a decision stands between them (…的汇报，原则同意，提交…审议；二是…)", () => {
    expect(reports(["　　会议书面通报了三项工作：一是县财政局关于决算编制情况的汇报，原则同意，提交县人大常委会审议；二是县审计局关于预算执行审计工作的报告，认真组织实施；三是县统计局关于主要经济指标完成情况的汇报。"])).toEqual([
      ["县财政局", "决算编制情况"],
      ["县审计局", "预算执行审计工作"],
      ["县统计局", "主要经济指标完成情况"],
    ]);
  });

  it("reads the proposer after a dash when a decision follows it (…的报告——区审计局，提交区人大常委会审议；)", () => {
    expect(reports(["　　会议书面通报了以下事项：", "　　①关于预算执行审计查出问题整改情况的报告——区审计局，提交区人大常委会审议；", "　　②关于安全生产形势的汇报——区应急管理局。"])).toEqual([
      ["区审计局", "预算执行审计查出问题整改情况"],
      ["区应急管理局", "安全生产形势"],
    ]);
  });
});

describe("a copy's labels and marks", () => {
  it("leaves a Traditional filing note (存檔) out of the recipients", () => {
    const m = parse(["縣人民政府常務會議紀要", OPENING, ...TOPIC, "抄送：縣委辦公室，縣人大常委會辦公室，各人民團體，存檔。"].join("\n"));
    expect(m.distribution).toEqual(["縣委辦公室", "縣人大常委會辦公室", "各人民團體"]);
  });

  it("leaves an emoji before a headline out of the title (🔴天山区召开…)", () => {
    expect(parse(`🔴天山区召开区政府2024年第23次常务会议\n${OPENING}\n`).title).toBe("天山区召开区政府2024年第23次常务会议");
  });

  it("leaves page labels between dots or in brackets out, so the list they cut goes on (······ 第2页 ······, 【第3页 / 共3页】)", () => {
    const m = parse(["沂水县县长办公会议纪要", "　　5月20日上午，县长孔令军主持召开县长办公会议。参加会议的有：孔令军、王振东、李文博、", "······ 第2页 ······", "刘晓鸣、张静。现纪要如下：", "一、关于夏粮收购工作", "会议要求做好收购准备。", "抄送：县委办，县人大办，", "【第3页 / 共3页】", "县政协办，县直有关部门。"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["孔令军", "王振东", "李文博", "刘晓鸣", "张静"]);
    expect(m.distribution).toEqual(["县委办", "县人大办", "县政协办", "县直有关部门"]);
  });
});

describe("a document library's or an app's frame, more forms", () => {
  it("leaves a file's extension and the site's badge after it out of the title (….doc　　【VIP】, ….pdf　免费)", () => {
    expect(parse(`沂水县县长办公会议纪要〔2021〕19号.docx　　【VIP】\n\n　　5月20日上午，县长孔令军主持召开县长办公会议。\n`).title).toBe("沂水县县长办公会议纪要〔2021〕19号");
    expect(parse(`相城区人民政府常务会议纪要（第27次）.pdf　　免费\n\n　　5月20日上午，区长王明主持召开区政府第27次常务会议。\n`).title).toBe("相城区人民政府常务会议纪要（第27次）");
  });

  it("leaves an app's fold mid-sentence out (—— 展开全文 ——, ▼ 点击展开全文), so the list it cut goes on", () => {
    for (const fold of ["—— 展开全文 ——", "▼ 点击展开全文"]) {
      const m = parse(["天山区召开区政府第23次常务会议", "　　3月5日上午，区长王明主持召开区政府第23次常务会议。副区长孙建国、艾尔肯·吐尔洪、", fold, "杜静、何文斌出席会议。"].join("\n"));
      expect(m.meeting?.attendees.map((p) => p.name), fold).toEqual(["孙建国", "艾尔肯·吐尔洪", "杜静", "何文斌"]);
    }
  });

  it("reads a post's keycap numbers (1️⃣, 2️⃣) as topics' markers", () => {
    const m = parse(["叙州区人民政府第48次常务会议纪要", "　　11月6日上午，区长王明主持召开区政府第48次常务会议。", "1️⃣审议《叙州区冬春火灾防控工作方案》", "会议原则同意。", "2️⃣研究区政府有关人事事项", "会议同意。"].join("\n"));
    expect(m.topics.map((t) => [t.number, t.heading])).toEqual([
      [1, "审议《叙州区冬春火灾防控工作方案》"],
      [2, "研究区政府有关人事事项"],
    ]);
  });
});

describe("minutes of a party meeting, then the standing meeting's (round 403)", () => {
  it("reads the lists above 随后，继续召开…常务会议 as the other meeting's: the standing meeting's own 出席 only", () => {
    const m = parse(["潭江区人民政府党组会议暨区政府第五次常务会议纪要", "　　3月14日下午，区长晏承志主持召开区政府党组会议。", "　　出席：晏承志　卢振邦　闻小燕", "　　请假：邬建华", "　　列席：区纪委监委派驻纪检监察组组长　栾春雨", "　　随后，继续召开区政府第五次常务会议，晏承志主持会议。", "　　出席：晏承志　卢振邦　闻小燕　邬建华", "　　一、关于民生实事项目", "　　会议原则同意。"].join("\n"));
    expect(m.meeting?.sessionNumber).toBe(5);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["晏承志", "卢振邦", "闻小燕", "邬建华"]);
    expect(m.meeting?.absentees).toEqual([]);
    expect(m.meeting?.observers).toEqual([]);
    expect(m.outline.filter((o) => o.kind === "unplaced")).toEqual([]);
  });
});

describe("a party meeting, then the standing meeting on a day of its own (round 491)", () => {
  const page = (standing: string) =>
    parse(
      [
        "澄湾区召开区政府党组（扩大）会议和区政府第3次常务会议",
        "发布日期：2024-01-24",
        "1月22日下午，澄湾区在区委区政府大楼三楼会议室召开区政府党组（扩大）会议，传达学习中央经济工作会议精神。区委副书记、区长何俊峰主持会议并讲话。",
        "会议强调，要牢牢把握一季度关键窗口期。",
        standing,
        "区领导何俊峰、陈海燕参加会议。",
      ].join("\n"),
    ).meeting!;

  it("dates the standing meeting by its own sentence's date, not the party meeting's", () => {
    const m = page("1月23日上午，区长何俊峰主持召开区政府第3次常务会议。会议审议并原则通过《澄湾区2024年重点建设项目计划》。");
    expect(m.date).toMatchObject({ iso: "2024-01-23", timeOfDay: "上午" });
    expect(m.sessionNumber).toBe(3);
  });

  it("keeps the party meeting's date where the standing meeting's sentence gives none, or only its time of day", () => {
    expect(page("随后，区长何俊峰主持召开区政府第3次常务会议。").date).toMatchObject({ iso: "2024-01-22", timeOfDay: "下午" });
    expect(page("当天晚上，区长何俊峰主持召开区政府第3次常务会议。").date).toMatchObject({ iso: "2024-01-22", timeOfDay: "晚上" });
  });
});

describe("two meetings told on one page (round 496)", () => {
  it("takes the standing meeting's chair from its own clause when one sentence names both chairs", () => {
    const m = parse(
      [
        "洋水区召开区政府党组（扩大）会议和区政府第28次常务会议",
        "2024年11月4日上午，区政府在区行政中心A楼603会议室先后召开区政府党组（扩大）会议和区政府第28次常务会议。党组（扩大）会议由区委副书记、区长蔡文博主持，常务会议由区委常委、常务副区长钟立群主持。",
        "会议审议了《洋水区城市更新实施方案》。",
      ].join("\n"),
    ).meeting!;
    expect(m.chair).toMatchObject({ name: "钟立群", title: "区委常委、常务副区长" });
    // (Both held there, 先后召开: the place.)
    expect(m.place).toBe("区行政中心A楼603会议室");
  });

  it("reads a theory group's study session as another meeting: the standing meeting's time of day is its own (当天下午, 下午，)", () => {
    const page = (standing: string) =>
      parse(["鹤汀区政府第7次常务会议", "7月12日上午，鹤汀区政府党组理论学习中心组举行2024年第5次集中学习，区长宋景行主持。", standing, "会议审议了《鹤汀区城市更新实施方案》。"].join("\n")).meeting!.date;
    expect(page("当天下午，区长宋景行在区政府1号会议室主持召开区政府第7次常务会议。")).toMatchObject({ iso: "2024-07-12", timeOfDay: "下午" });
    expect(page("下午，区长宋景行在区政府1号会议室主持召开区政府第7次常务会议。")).toMatchObject({ iso: "2024-07-12", timeOfDay: "下午" });
  });
});

describe("recipients apart by blanks after others apart by commas", () => {
  it("splits at a blank after an organ that ends in 部 or 会 (…，县纪委　县人武部　县法院)", () => {
    const m = parse(["县人民政府常务会议纪要", OPENING, ...TOPIC, "送：县委办，县人大办，县政协办，县纪委　县人武部　县法院，县人大常委会　县政协。"].join("\n"));
    expect(m.distribution).toEqual(["县委办", "县人大办", "县政协办", "县纪委", "县人武部", "县法院", "县人大常委会", "县政协"]);
  });
});

describe("how the proposers proposed a report", () => {
  it("leaves 联合 and 牵头 before 提出的 out of the proposer", () => {
    expect(reports(["　　会议书面通报了以下事项：", "　　1.区教育局、区发改局联合提出的关于2024年城区学位供给情况的汇报；", "　　2.区农业农村局牵头提出的关于高标准农田建设进展的汇报。"])).toEqual([
      ["区教育局、区发改局", "2024年城区学位供给情况"],
      ["区农业农村局", "高标准农田建设进展"],
    ]);
  });

  it("reads the reports after a label in 【】 on their line (【书面通报】县统计局关于…；县审计局关于…)", () => {
    expect(reports(["【书面通报】县统计局关于2019年1—8月主要经济指标完成情况的汇报；县审计局关于2018年度县本级预算执行审计发现问题整改情况的汇报。"])).toEqual([
      ["县统计局", "2019年1—8月主要经济指标完成情况"],
      ["县审计局", "2018年度县本级预算执行审计发现问题整改情况"],
    ]);
  });

  it("reads the proposer in brackets after a document named in 《》 without 关于 (《…报告》（区司法局提交）)", () => {
    expect(reports(["　　会议还书面通报了《枳阳区2022年度法治政府建设情况报告》（区司法局提交）。"])).toEqual([["区司法局", "《枳阳区2022年度法治政府建设情况报告》"]]);
  });

  it("leaves 由 before the proposer and 提请的 / 提请审议的 after it out (由市发改委提出的, 区财政局提请的)", () => {
    expect(reports(["　　会议书面通报并同意区财政局提请的关于2023年区级预算调整方案的情况汇报，按程序提请区人大常委会审议。"])).toEqual([["区财政局", "2023年区级预算调整方案"]]);
    expect(reports(["　　会议书面通报了由市发改委提出的关于全市重大项目一季度开复工情况的汇报，会议书面通报了市人社局提请审议的关于2016年城镇新增就业目标任务分解方案的情况汇报。"])).toEqual([
      ["市发改委", "全市重大项目一季度开复工情况"],
      ["市人社局", "2016年城镇新增就业目标任务分解方案"],
    ]);
  });
});

describe("书面通报 in more forms (round 410)", () => {
  it("ends the reports at the clause of the meeting's next business (，听取了…的汇报)", () => {
    expect(reports(["　　会议书面通报了区统计局关于2024年全区主要经济指标完成情况的汇报，听取了区应急管理局关于春运安全保障工作的汇报。"])).toEqual([["区统计局", "2024年全区主要经济指标完成情况"]]);
  });

  it("reads proposers in long brackets, after a dash with 、, and joined by 、 before 关于", () => {
    expect(reports(["　　会议书面通报了以下事项：", "　　关于全县自建房和城镇燃气安全隐患排查整治工作进展的情况汇报（县住房和城乡建设局、县城市管理局、县市场监督管理局），认真组织实施。", "　　关于一季度财政收支的报告——县审计局、县财政局，原则同意。", "　　关于春耕备耕工作的汇报——县农业农村局。"])).toEqual([
      ["县住房和城乡建设局、县城市管理局、县市场监督管理局", "全县自建房和城镇燃气安全隐患排查整治工作进展"],
      ["县审计局、县财政局", "一季度财政收支"],
      ["县农业农村局", "春耕备耕工作"],
    ]);
    expect(reports(["　　会议书面通报了三项工作：一是县财政局关于决算编制情况的汇报；二是县统计局、县发展改革局关于上半年全县经济运行的情况；三是县审计局关于预算执行审计工作的报告。"])).toEqual([
      ["县财政局", "决算编制情况"],
      ["县统计局、县发展改革局", "上半年全县经济运行"],
      ["县审计局", "预算执行审计工作"],
    ]);
  });

  it("reads 会议同时/另书面通报了, a count in digits (以下3个事项), 上报的 and （…提交）", () => {
    expect(reports(["　　会议同时书面通报了县人社局关于就业工作的情况汇报。", "　　会议另书面通报了县应急管理局关于春季森林防灭火工作的汇报。"])).toEqual([
      ["县人社局", "就业工作"],
      ["县应急管理局", "春季森林防灭火工作"],
    ]);
    expect(reports(["　　会议书面通报了以下3个事项：一是县财政局关于一季度财政收支的汇报；二是县审计局上报的关于预算执行审计的报告；三是关于统计执法检查的情况（县统计局提交）。"])).toEqual([
      ["县财政局", "一季度财政收支"],
      ["县审计局", "预算执行审计"],
      ["县统计局", "统计执法检查"],
    ]);
  });

  it("does not count twice a report the opening sums up (…的报告等事项) and the body lists", () => {
    const m = parse([
      "碧溪县人民政府常务会议纪要",
      "　　7月23日上午，县长杨正坤主持召开县人民政府第二十二次常务会议。会议听取了县林草局关于森林防火工作的汇报，书面通报了县审计局关于2018年度县本级预算执行审计情况的报告等事项。现将会议议定事项纪要如下：",
      "　　一、关于森林防火工作",
      "　　会议要求加强巡查。",
      "　　二、书面通报事项",
      "　　（一）关于2018年度县本级预算执行审计情况的报告——县审计局。会议原则同意。",
      "　　（二）关于上半年全县安全生产形势的情况汇报——县应急管理局。",
    ].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县审计局", "2018年度县本级预算执行审计情况"],
      ["县应急管理局", "上半年全县安全生产形势"],
    ]);
  });
});

describe("a 抄送 list's line of organs after its full stop", () => {
  it("reads …县检察院。⏎各乡镇人民政府，县政府各部门，各直属机构。 as one list", () => {
    const m = parse(["白水县人民政府常务会议纪要", OPENING, ...TOPIC, "　　抄送：县委各部门，县人大常委会办公室，县法院，县检察院。", "　　　　　各乡镇人民政府，县政府各部门，各直属机构。", "　　白水县人民政府办公室　　　　　2022年6月20日印发"].join("\n"));
    expect(m.distribution).toEqual(["县委各部门", "县人大常委会办公室", "县法院", "县检察院", "各乡镇人民政府", "县政府各部门", "各直属机构"]);
  });
});

describe("书面通报 one a line under its topic, the proposer before a colon (round 419)", () => {
  it("reads 镇财政所：关于…的汇报。 lines as reports each", () => {
    const m = parse(["白水县人民政府常务会议纪要", OPENING, ...TOPIC, "　　二、书面通报事项", "　　镇财政所：关于1—4月镇级财政收支情况的汇报。", "　　镇应急管理办：关于汛前安全隐患排查整治情况的汇报。"].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["镇财政所", "1—4月镇级财政收支情况"],
      ["镇应急管理办", "汛前安全隐患排查整治情况"],
    ]);
  });
});

describe("a 抄送 label alone on its line (round 421)", () => {
  it("reads the recipients on the line below", () => {
    const m = parse(["白水县人民政府常务会议纪要", OPENING, ...TOPIC, "抄送：", "　　县委办公室，县人大常委会办公室，县政协办公室。", "　　白水县人民政府办公室　　2022年9月14日印发"].join("\n"));
    expect(m.distribution).toEqual(["县委办公室", "县人大常委会办公室", "县政协办公室"]);
  });
});

describe("mastheads and 落款 of prints (round 421)", () => {
  it("reads a document number on the title's line behind a wide gap", () => {
    const m = parse(["榆塘县人民政府常务会议纪要　　　　　　榆府纪〔2024〕9号", OPENING, ...TOPIC].join("\n"));
    expect(m.title).toBe("榆塘县人民政府常务会议纪要");
    expect(m.documentNumber).toMatchObject({ text: "榆府纪〔2024〕9号", prefix: "榆府纪", year: 2024, serial: 9 });
  });

  it("reads a 落款 organ wrapped inside its word (蓼川县人民政⏎府办公室)", () => {
    const m = parse(["白水县人民政府常务会议纪要", OPENING, ...TOPIC, "", "　　　　　　　　　　　　蓼川县人民政", "　　　　　　　　　　　　府办公室", "　　　　　　　　　　二〇二四年九月十三日"].join("\n"));
    expect(m.issuer).toBe("蓼川县人民政府办公室");
    expect(m.issueDate?.iso).toBe("2024-09-13");
  });
});

describe("a serial under the title past the page's byline (round 421)", () => {
  it.each([["发布时间：2012-12-31 09:20:15　　来源：区政府办"], ["2023-07-12　　来源：云河区人民政府办公室"]])("reads 第12号 below %s as the document number", (byline) => {
    const m = parse(["白塔区人民政府常务会议纪要", byline, "", "第12号", "", OPENING, ...TOPIC].join("\n"));
    expect(m.documentNumber).toMatchObject({ text: "第12号", serial: 12 });
  });
});

describe("a lead that names the matters first (以下事项书面通报：, round 424; 会议对以下事项进行了书面通报：, round 520)", () => {
  it.each(["以下事项书面通报：", "下列事项予以书面通报：", "会议对以下事项进行了书面通报：", "下列事项书面通报，不再上会讨论："])("reads the items under %s as 书面通报", (lead) => {
    const m = parse(["澜沧县人民政府常务会议纪要", "　　6月10日上午，县长王明主持召开县政府第11次常务会议。现纪要如下：", "　　一、关于防汛工作", "　　会议要求加强值守。", `　　${lead}`, "　　1.县财政局关于1—5月财政收支情况的汇报；", "　　2.县林草局关于森林草原防灭火工作情况的汇报。"].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县财政局", "1—5月财政收支情况"],
      ["县林草局", "森林草原防灭火工作情况"],
    ]);
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛工作"]);
  });
});

describe("书面通报 of the corpus sites' later years (round 428)", () => {
  it("takes the reporter's name after the body out of the proposer (区交通运输局朱新民提出的, 区民政局罗　英关于)", () => {
    expect(reports(["会议书面通报并原则同意区交通运输局朱新民提出的关于农村公路养护工作的汇报。", "会议书面通报了区民政局罗　英关于养老服务补贴发放工作的汇报。"])).toEqual([
      ["区交通运输局", "农村公路养护工作"],
      ["区民政局", "养老服务补贴发放工作"],
    ]);
  });
  it("keeps a body whose last word looks like a name (县农业农村局畜牧站)", () => {
    expect(reports(["会议书面通报了县农业农村局畜牧站关于动物防疫工作的汇报。"])).toEqual([["县农业农村局畜牧站", "动物防疫工作"]]);
  });
  it("reads a report's ending cut inside its word by a wrap (…建设的汇⏎报, …工作的情况汇⏎报), over several lines", () => {
    expect(reports(["会议书面通报并原则同意区教育局提出的关于新校区建设的汇", "报,根据会议讨论意见进一步修改完善后,认真组织实施。", "会议书面通报并原则同意区商务局提出的关于稳订单拓市场工作的情况汇", "报,认真组织实施。"])).toEqual([
      ["区教育局", "新校区建设"],
      ["区商务局", "稳订单拓市场工作"],
    ]);
    expect(reports(["会议还书面通报了区统计局关于前三季度主要经济指标完成情", "况的汇报、区审计局关于审计查出问题整改情况的汇", "报、区人社局关于根治欠薪冬季专项行动的情况汇报。"])).toEqual([
      ["区统计局", "前三季度主要经济指标完成情况"],
      ["区审计局", "审计查出问题整改情况"],
      ["区人社局", "根治欠薪冬季专项行动"],
    ]);
  });
});

describe("书面通报 headings and lists in more words (round 431)", () => {
  it.each(["三、会议书面通报的工作", "三、书面通报有关工作。"])("reads the items under %s, the heading no report", (heading) => {
    const m = parse(["县人民政府常务会议纪要", OPENING, ...TOPIC, "　　二、关于防汛工作", "　　会议同意。", `　　${heading}`, "　　（一）区审计局关于2022年度区级部门预算执行审计工作的报告；", "　　（二）关于城市内涝点整治工作进展的情况（区住建局、区水务局）。"].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["区审计局", "2022年度区级部门预算执行审计工作"],
      ["区住建局、区水务局", "城市内涝点整治工作进展"],
    ]);
  });

  it("reads the 1. items under （三）书面通报有关工作 among （一） topics", () => {
    const m = parse(["县人民政府常务会议纪要", OPENING, "　　（一）关于秋季开学工作", "　　会议要求抓好安全。", "　　（二）关于防汛工作", "　　会议同意。", "　　（三）书面通报有关工作", "　　1.县卫健局关于医疗救治资源准备情况的汇报；", "　　2.县医保局提出的关于城乡居民医保征缴工作的汇报。"].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县卫健局", "医疗救治资源准备情况"],
      ["县医保局", "城乡居民医保征缴工作"],
    ]);
  });

  it("reads an unnumbered list whose proposers carry a note in brackets (县发改局（县粮食局）关于…)", () => {
    expect(reports(["　　会议书面通报了以下事项：", "　　县发改局（县粮食局）关于夏粮收购工作进展的情况汇报，原则同意，认真组织实施；", "　　县财政局关于1—6月全县财政收支情况的汇报。"])).toEqual([
      ["县发改局（县粮食局）", "夏粮收购工作进展"],
      ["县财政局", "1—6月全县财政收支情况"],
    ]);
  });

  it("leaves 等2项工作 / 等情况 after the last report the opening names out of its subject", () => {
    const m = parse(["县人民政府常务会议纪要", "　　9月12日上午，县长温立德主持召开县政府第18次常务会议，书面通报了县统计局关于前三季度经济运行情况的汇报等2项工作。", ...TOPIC].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([["县统计局", "前三季度经济运行情况"]]);
  });
});

describe("the first topic run on after 纪要如下： (round 431)", () => {
  it("reads 一、 after the formula as the first topic's marker", () => {
    const m = parse(["县人民政府常务会议纪要", "　　5月14日上午，县长宓建中主持召开县政府第11次常务会议。现将会议议定事项纪要如下：一、关于2024年防汛备汛工作", "　　会议要求：", "　　1.各乡镇要完成预案修订；", "　　2.县水利局要加强监管。", "　　二、关于停车场建设", "　　会议同意。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于2024年防汛备汛工作", "关于停车场建设"]);
  });
  it("leaves a header summary's formula as it is (内容概述：…纪要如下：一、…)", () => {
    const m = parse(["内容概述：2023年9月8日上午，区长钱志刚主持召开区政府第19次常务会议，纪要如下：一、会议听取了经济运行情况汇报。", "", "区人民政府第19次常务会议纪要", "　　2023年9月8日上午，区长钱志刚主持召开区政府第19次常务会议。", "　　一、关于经济运行", "　　会议要求稳增长。"].join("\n"));
    expect(m.meeting?.date.iso).toBe("2023-09-08");
    expect(m.topics.map((t) => t.heading)).toEqual(["关于经济运行"]);
  });
});

describe("书面通报 told in several ways (round 448: tangxi, huailing, yanqi, zhetang)", () => {
  const HEAD = ["淮岭区人民政府常务会议纪要", "　　3月18日上午，区长邝宏远主持召开区政府第6次常务会议。现纪要如下：", "　　一、关于某事", "　　会议同意。"];
  const reports = (line: string) => parse([...HEAD, line].join("\n")).writtenReports.map((r) => [r.proposer, r.subject]);
  it("splits reports joined by 和 / 与, with or without the first one's ending", () => {
    expect(reports("　　会议书面通报了县统计局关于上半年全县经济运行情况和县教育局关于2024年中考组织工作情况的汇报。")).toEqual([["县统计局", "上半年全县经济运行情况"], ["县教育局", "2024年中考组织工作情况"]]);
    expect(reports("　　会议书面通报了区市场监管局关于食品安全工作的情况汇报与区消防救援大队关于高层建筑消防安全隐患排查整治进展情况的报告。")).toEqual([["区市场监管局", "食品安全工作"], ["区消防救援大队", "高层建筑消防安全隐患排查整治进展情况"]]);
  });

  it("reads no report in a decision after one (…的汇报，同意县财政局关于…的意见)", () => {
    expect(reports("　　会议书面通报了县财政局关于一季度全县财政收支情况的汇报，同意县财政局关于动用县级预备费用于防汛物资储备的意见。")).toEqual([["县财政局", "一季度全县财政收支情况"]]);
  });

  it("reads each 书面通报 sentence of a paragraph, in order, each report's text its own", () => {
    const m = parse([...HEAD, "　　会议书面通报了区统计局关于经济指标完成情况的汇报和区财政局关于财政收支执行情况的汇报。会议要求，各部门要找准差距。会议还书面通报了区审计局《关于预算执行审计情况的报告》及区人社局《关于根治欠薪专项行动开展情况的汇报》，原则同意。"].join("\n"));
    expect(m.writtenReports.map((r) => r.proposer)).toEqual(["区统计局", "区财政局", "区审计局", "区人社局"]);
    expect(m.writtenReports[1]!.text).toBe("区财政局关于财政收支执行情况的汇报");
  });
});

describe("书面通报 items under dash bullets (round 470: yunzhang, hongyu, songxi)", () => {
  const HEAD = ["云章县人民政府常务会议纪要", "　　3月18日上午，县长邝宏远主持召开县政府第21次常务会议。现纪要如下：", "　　一、关于某事", "　　会议同意。"];
  it("reads each ——-bulleted line after the lead as a report, its name in 《》 with the proposer after it too", () => {
    const m = parse([...HEAD, "　　会议书面通报了以下事项：", "　　——县发改局关于2022年县级重大项目建设推进情况的汇报；", "　　——《关于1—2月全市主要经济指标完成情况的汇报》（市统计局）；", "　　——县审计局、县财政局关于2021年度县本级预算执行审计查出问题整改情况的报告。", "　　会议要求，各有关单位要抓好落实。"].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县发改局", "2022年县级重大项目建设推进情况"],
      ["市统计局", "1—2月全市主要经济指标完成情况"],
      ["县审计局、县财政局", "2021年度县本级预算执行审计查出问题整改情况"],
    ]);
  });
});
