// Details of openings, lists and headings met in round 377 of the fixtures (provincial layouts),
// each checked on a small text.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const BODY = ["一、关于冬季供暖保障工作", "会议要求，各供热企业要确保按时供暖。"];

describe("a meeting date without its year", () => {
  it("takes the year of the title's session count (2024年第18次)", () => {
    const m = parse(["澄浦区人民政府2024年第18次常务会议纪要", "10月22日上午，区长刘志远主持召开区政府第18次常务会议。现纪要如下：", ...BODY].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2024-10-22", timeOfDay: "上午" });
  });

  it("takes the year of the session line under the title (（2024年第18次）)", () => {
    const m = parse(["澄浦区人民政府常务会议纪要", "（2024年第18次）", "10月22日上午，区长刘志远主持召开区政府常务会议。现纪要如下：", ...BODY].join("\n"));
    expect(m.meeting?.sessionNumber).toBe(18);
    expect(m.meeting?.date.iso).toBe("2024-10-22");
  });

  it("stays without a year where nothing tells it", () => {
    const m = parse(["澄浦区人民政府常务会议纪要", "（第18次）", "10月22日上午，区长刘志远主持召开区政府常务会议。现纪要如下：", ...BODY].join("\n"));
    expect(m.meeting?.date.iso).toBeNull();
  });
});

describe("a meeting date whose 日 a website stripped", () => {
  it("reads 2024年3月15下午 as 2024-03-15, in the afternoon", () => {
    const m = parse(["县政府召开常务会议", "发布日期：2024-03-18", "2024年3月15下午，县长周立群主持召开县政府常务会议。", "会议听取了县发展改革委关于优化营商环境工作的汇报。"].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2024-03-15", timeOfDay: "下午" });
  });
});

describe("absence told beside those present", () => {
  const TITLE = "汝川县人民政府第十九次常务会议纪要";
  it("reads a bracketed statement after 出席会议 (（副县长孟德胜因公请假）) as an absentee", () => {
    const m = parse([TITLE, "2024年3月12日下午，县长郭振宇主持召开县政府第十九次常务会议，副县长韩立平、赵雅琴、宋海滨出席会议（副县长孟德胜因公请假）。现纪要如下：", "一、学习贯彻全国两会精神", "会议要求，扎实做好各项工作。"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["韩立平", "赵雅琴", "宋海滨"]);
    expect(m.meeting?.absentees).toMatchObject([{ name: "孟德胜", title: "副县长" }]);
  });

  it("moves a person of an 出席 list marked （请假） to the absentees", () => {
    const m = parse([TITLE, "2023年7月31日上午，区长彭晓川主持召开区政府第二十三次常务会议。现纪要如下：", "一、审议《桐溪区稳岗扩就业十条措施》", "会议议定：原则同意。", "出席：彭晓川　熊立新　谭　敏　冉志强　况晓梅（请假）　向　东", "列席：刘远航　母婷婷"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["彭晓川", "熊立新", "谭敏", "冉志强", "向东"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["况晓梅"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["刘远航", "母婷婷"]);
  });

  it("keeps a person whose note tells only where they sat (（在分会场）)", () => {
    const m = parse([TITLE, "2023年7月31日上午，区长彭晓川主持召开区政府第二十三次常务会议。现纪要如下：", "一、审议《桐溪区稳岗扩就业十条措施》", "会议议定：原则同意。", "出席：彭晓川　熊立新　况晓梅（在分会场）　向　东"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["彭晓川", "熊立新", "况晓梅", "向东"]);
    expect(m.meeting?.absentees).toEqual([]);
  });
});

describe("a chair's title with a note inside", () => {
  it("reads 常务副县长（主持县政府工作）韩立平 as 韩立平, the note kept in the title", () => {
    const m = parse(["汝川县人民政府第十九次常务会议纪要", "2024年3月12日下午，县委常委、常务副县长（主持县政府工作）韩立平主持召开县政府第十九次常务会议。副县长赵雅琴、孟德胜出席会议。现纪要如下：", "一、学习贯彻全国两会精神", "会议要求，扎实做好各项工作。"].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "韩立平", title: "县委常委、常务副县长（主持县政府工作）" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["赵雅琴", "孟德胜"]);
  });
});

describe("topic headings", () => {
  const OPEN = ["汝川县人民政府第十九次常务会议纪要", "2024年3月12日下午，县长郭振宇主持召开县政府第十九次常务会议。现纪要如下："];
  it("end at a colon before the meeting's word on the same line (关于春耕生产工作：会议强调，…)", () => {
    const m = parse([...OPEN, "　　一、关于春耕生产工作：会议强调，要抓好春耕生产，确保粮食播种面积稳定。", "　　二、关于农村客运工作：会议同意县交通运输局提出的方案。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于春耕生产工作", "关于农村客运工作"]);
    expect(m.topics[1]!.paragraphs.map((p) => p.text)).toEqual(["会议同意县交通运输局提出的方案。"]);
    expect(m.topics[1]!.decisions).toHaveLength(1);
  });

  it("keep a colon that introduces no meeting's word (审议事项：《…》)", () => {
    const m = parse([...OPEN, "一、审议事项：《汝川县城区供热特许经营实施方案》", "会议原则通过该方案。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["审议事项：《汝川县城区供热特许经营实施方案》"]);
  });

  it("follow a marker written with a blank before its comma (一 、)", () => {
    const m = parse([...OPEN, "一 、学习贯彻全国两会精神", "会议要求，扎实做好各项工作。", "二 、审议《汝川县城区供热特许经营实施方案》", "会议原则通过该方案。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["学习贯彻全国两会精神", "审议《汝川县城区供热特许经营实施方案》"]);
  });
});

describe("书面通报 items", () => {
  it("give a second item that opens with 关于 the proposer of the first (县财政局提出的关于A的汇报和关于B的汇报)", () => {
    const m = parse(["青岙县人民政府第9次常务会议纪要", "5月7日下午，县政府召开第9次常务会议。林剑锋县长主持会议。现纪要如下：", "一、关于一季度经济运行情况", "会议要求，对照年度目标查缺补漏。", "会议书面通报并原则同意县财政局提出的关于2023年度县级预算执行审计查出问题整改情况的汇报和关于县级国有资本经营预算编制情况的汇报，根据会议讨论意见进一步修改完善后，认真组织实施。"].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县财政局", "2023年度县级预算执行审计查出问题整改情况"],
      ["县财政局", "县级国有资本经营预算编制情况"],
    ]);
  });
});

describe("a form's list wrapped inside a compound surname", () => {
  it("joins 欧阳⏎明辉 where the list pads its two-character names", () => {
    const m = parse(["梅溪县人民政府常务会议纪要", "（2022年第6次）", "时　间：2022年3月29日上午", "主　持：周卫国　县长", "出　席：易建平　刘湘波　彭　蓉　贺志强　曾国辉　欧阳", "　　　　明辉", "会议纪要如下：", "一、关于春耕生产工作", "会议强调，要抓好春耕生产。"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["易建平", "刘湘波", "彭蓉", "贺志强", "曾国辉", "欧阳明辉"]);
  });
});

describe("a list's organisation cut by narrow wraps", () => {
  it("takes no person from its level and sector word (区住房⏎城乡建设和水利局…), though 区 is a surname", () => {
    const m = parse(["区政府常务会议纪要", "6月3日上午，区长王明主持召开区政府第14次常务会议。", "一、关于某事", "会议同意。", "列席：区政协副主席区锦华、区府办主任麦伟强；区教育局、区住房", "城乡建设和水利局主要负责", "同志。"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["区锦华", "麦伟强"]);
  });
});

describe("attendance at the foot (round 380)", () => {
  const HEAD = ["晓林区人民政府第19次常务会议纪要", "2022年8月3日上午，区长闻海波在区政府第一会议室主持召开区政府第19次常务会议。现将会议议定事项纪要如下：", "一、关于某事", "会议同意。"];
  it("reads a list below its label alone on a line, a compound title's 、 inside it", () => {
    const m = parse([...HEAD, "列席人员：", "县政府办公室主任栗晓明，县委宣传部副部长、县融媒体中心主任滑丽萍，县发改局局长欧阳文斌"].join("\n"));
    expect(m.meeting?.observers).toMatchObject([{ name: "栗晓明" }, { name: "滑丽萍", title: "县委宣传部副部长、县融媒体中心主任" }, { name: "欧阳文斌" }]);
  });

  it("reads two absence clauses after the 出席 list on its line, reasons left out, in the text's order with a note below", () => {
    const m = parse([...HEAD, "　　出席：闻海波、孔德明、米晓东、祁　敏。副区长叶振华因公缺席，副区长桂芳因病请假。", "（区人大常委会副主任鲁宏、区政协副主席辛海燕应邀列席；副区长房立春请假）"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["闻海波", "孔德明", "米晓东", "祁敏"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["叶振华", "桂芳", "房立春"]);
    expect(m.meeting?.invitedObservers.flatMap((g) => g.people)).toMatchObject([{ name: "鲁宏", title: "区人大常委会副主任" }, { name: "辛海燕", title: "区政协副主席" }]);
  });

  it("reads a line in brackets whole (（县长鲍振中因公缺席，副县长毛文静因病请假）)", () => {
    const m = parse([...HEAD, "出席：闻海波、孔德明", "（县长鲍振中因公缺席，副县长毛文静因病请假）"].join("\n"));
    expect(m.meeting?.absentees).toMatchObject([{ name: "鲍振中", title: "县长" }, { name: "毛文静", title: "副县长" }]);
  });

  it("takes the chair from 主持：… right above the lists where the opening names none", () => {
    const m = parse(["南溪区人民政府常务会议纪要", "　　2025年2月14日上午，区政府在区行政中心四楼会议室召开2025年第3次常务会议。现将会议议定事项纪要如下：", "　　一、关于某事", "　　会议同意。", "　　主持：区长　谷永年", "　　出席：谷永年　焦海平　车晓燕"].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "谷永年", title: "区长" });
  });

  it("takes the chair from a 主持 row after the lists' columns, above the clerk's row (shuangta), out of the 列席 list", () => {
    const lists = ["　　出　席：皇甫立新　上官燕　王　伟", "　　列　席：县政府办　贺志强　郑　悦", "　　　　　　县林业局　宫　平"];
    for (const chair of ["　　主　持：县长　皇甫立新", "　　主持：县长　皇甫立新"]) {
      const m = parse(["双塔县人民政府常务会议纪要", "　　3月30日下午，县人民政府第5次常务会议在县政府二楼会议室召开。现将会议议定事项纪要如下：", "　　一、关于某事", "　　会议同意。", ...lists, chair, "　　记　录：宁　静"].join("\n"));
      expect(m.meeting?.chair).toMatchObject({ name: "皇甫立新", title: "县长" });
      expect(m.meeting?.observers.map((p) => p.name)).toEqual(["贺志强", "郑悦", "宫平"]);
    }
  });

  it("takes no chair from a 主持 line that no list follows", () => {
    const m = parse(["南溪区人民政府常务会议纪要", "　　2025年2月14日上午，区政府召开2025年第3次常务会议。现将会议议定事项纪要如下：", "　　一、关于主持人培训", "　　主持：区长　谷永年", "　　会议同意。"].join("\n"));
    expect(m.meeting?.chair).toBeNull();
  });
});

describe("lists under sub-labels (round 380, linpu and guanting)", () => {
  const HEAD = ["官亭县人民政府第8次常务会议纪要", "2023年4月20日下午，县政府在县行政中心三楼会议室召开第8次常务会议，县长乔立伟主持。现纪要如下：", "一、关于某事", "会议同意。"];
  it("reads 参会人员 under titles as sub-labels, spaced out or not (县　　长：, 副 县 长：, 县长助理：, 县政府党组成员：)", () => {
    const m = parse([...HEAD, "　　参会人员：", "　　县　　长：乔立伟", "　　副 县 长：尚 勇　柯丽娜　费 明", "　　县长助理：童建平", "　　县政府党组成员：鞠志成"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["乔立伟", "尚勇", "柯丽娜", "费明", "童建平", "鞠志成"]);
    expect(m.meeting?.attendees[0]).toMatchObject({ name: "乔立伟", title: "县长" });
  });

  it("reads 列席 below its lone label as department + name pairs apart by blanks", () => {
    const m = parse([...HEAD, "　　列席人员：", "　　县政府办公室 甘 霖　县农业农村局 陆 远　县教育局 解 宁", "　　县财政局 卓 雅　县审计局 屠志强"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["甘霖", "陆远", "解宁", "卓雅", "屠志强"]);
  });

  it("keeps a paragraph that opens with a department and a verb out of the list (县财政局 要…)", () => {
    const m = parse([...HEAD, "　　列席人员：", "　　县政府办公室 甘 霖", "县财政局 要加快资金拨付进度，确保项目按期完工。"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["甘霖"]);
  });
});

describe("dates and numbers (round 381)", () => {
  it("strips a mirror's pinyin after 〇 as after any numeral (二〇(líng)二三年十一月二十二日)", () => {
    const m = parse(["雲嶺區人民政府第27次常務會議紀要", "二〇(líng)二三年十一月二十日上午，區長王明主持召開區政府第27次常務會議。", "一、關於某事", "會議同意。", "雲嶺區人民政府辦公室", "二〇(líng)二三年十一月二十二日"].join("\n"));
    expect(m.meeting?.date.iso).toBe("2023-11-20");
    expect(m.issueDate?.iso).toBe("2023-11-22");
    expect(m.issuer).toBe("雲嶺區人民政府辦公室");
  });

  it("reads a bare 晚 right after the date's weekday note (6月7日（周三）晚)", () => {
    const m = parse(["梅湖县人民政府第12次常务会议纪要", "2023年6月7日（周三）晚，县长王明主持召开县政府第12次常务会议。", "一、关于某事", "会议同意。"].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2023-06-07", timeOfDay: "晚" });
  });

  it("reads a 发文字号 line that goes on with the issue's count, a note, stars or the date set right", () => {
    for (const line of ["梅政纪〔2023〕12号（总第48期）", "梅政纪〔2023〕12号（此件公开发布）", "梅政纪〔2023〕12号　★", "梅政纪〔2023〕12号　　　　　　2023年6月9日"]) {
      const m = parse(["梅湖县人民政府常务会议纪要", line, "2023年6月7日上午，县长王明主持召开县政府第12次常务会议。", "一、关于某事", "会议同意。"].join("\n"));
      expect(m.documentNumber, line).toMatchObject({ text: "梅政纪〔2023〕12号", prefix: "梅政纪", year: 2023, serial: 12 });
    }
  });

  it("reads a 落款 whose date line ends with （此件公开发布）, the note no part of the organ", () => {
    const m = parse(["青嵐縣人民政府常務會議紀要", "2023年12月27日上午，縣長雷光耀主持召開縣政府第41次常務會議。", "一、關於某事", "會議同意。", "青嵐縣人民政府辦公室", "二〇二三年十二月二十九日（此件公開發布）"].join("\n"));
    expect(m.issuer).toBe("青嵐縣人民政府辦公室");
    expect(m.issueDate?.iso).toBe("2023-12-29");
  });
});

describe("round 381's rewrites", () => {
  it("reads a Traditional list's unnamed group cut by a wrap (縣直有關部門負⏎責人) as a group, no people", () => {
    const m = parse(["楓林縣人民政府第24次常務會議紀要", "12月29日上午，縣長王明主持召開縣政府第24次常務會議。", "一、關於某事", "會議同意。", "　　列席：柯建國、魏春燕、龍志", "勇，縣直有關部門負", "責人"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["柯建國", "魏春燕", "龍志勇"]);
  });

  it("reads the time of day right after the weekday note where the date stands late in its paragraph", () => {
    const m = parse(["区政府召开2024年第18次常务会议", "为做好主汛期防汛救灾工作，切实保障人民群众生命财产安全，2024年6月20日（周四）晚上，区长黎少峰主持召开区政府2024年第18次常务会议。"].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2024-06-20", timeOfDay: "晚上" });
  });
});

describe("an unnamed group cut by a line break (yiyang)", () => {
  it("steps over …等部门负责⏎同志 to the named person before it", () => {
    const m = parse(["宜阳县人民政府县长办公会议纪要", "　　9月2日上午，县长王明主持召开县长办公会议，县政府办公室副主任陈立新及县应急管理局、县水务局等部门负责", "同志列席会议。现纪要如下：", "一、关于某事", "会议同意。"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["陈立新"]);
  });
});

describe("a line wrap inside 主持 (rongzhou)", () => {
  it("reads the chair and place of …会议室主⏎持召开…", () => {
    const m = parse(["榕州区人民政府第33次常务会议纪要", "　　2023年9月4日上午，区委副书记、区长邓建华在区政府三楼会议室主", "持召开区政府第33次常务会议。现纪要如下：", "一、关于某事", "会议同意。"].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "邓建华", title: "区委副书记、区长" });
    expect(m.meeting?.place).toBe("区政府三楼会议室");
  });
});

describe("a time of day right after a date that stands far into its sentence", () => {
  it("keeps 上午 where an app page's chrome lines run into the opening (no blank lines)", () => {
    const m = parse([
      "今日邗江", "邗江区融媒体中心客户端", "打开APP 阅读体验更佳　　〉", "时政 | 政务公开", "邗江区人民政府第27次常务会议纪要",
      "邗江区融媒体中心　2022-01-21 16:48", "阅读 1.3万", "[语音播报]　▶ 00:00 / 04:12", "🔊 字号　小　中　大　特大",
      "邗江区人民政府第27次常务会议纪要",
      "2022年1月19日上午，在区行政中心2号楼四楼会议室，区长杭永春主持召开区政府第27次常务会议。现将内容纪要如下：",
      "（一）", "会议学习了全国安全生产电视电话会议精神。", "（二）", "会议听取了区发改委关于2021年全区经济运行情况的汇报。",
    ].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2022-01-19", timeOfDay: "上午" });
    expect(m.meeting?.place).toBe("区行政中心2号楼四楼会议室");
  });
});

describe("a place labelled inside the opening sentence (round 413)", () => {
  it.each([
    ["…常务会议，会议地点：区行政中心12楼第一会议室。", "区行政中心12楼第一会议室"],
    ["…常务会议（地点：县政府一楼会议室），研究了有关事项。", "县政府一楼会议室"],
    ["…常务会议,会议地点在区政府三楼会议室。", "区政府三楼会议室"],
  ])("reads %s", (tail, place) => {
    const m = parse(["县人民政府常务会议纪要", `　　5月6日上午，县长王明主持召开县政府第8次常务会议${tail.slice(5)}`, "　　一、关于防汛工作", "　　会议同意。"].join("\n"));
    expect(m.meeting?.place).toBe(place);
  });
});

describe("other meetings an opening names (round 418)", () => {
  const doc = (title: string, opening: string) => parse([title, `　　${opening}`, "　　一、关于防汛工作", "　　会议要求加强值守。"].join("\n"));
  it("takes no session count from a meeting passed on or one a matter goes to next", () => {
    expect(doc("赣溪县县长办公会议纪要（第7次）", "10月23日上午，县长于洪波主持召开县长办公会议。会议同意县第二中学扩建方案，提请县政府第22次常务会议审议。").meeting?.sessionNumber).toBe(7);
    expect(doc("北林县人民政府常务会议纪要（第28次）", "10月23日上午，县长于洪波主持召开县政府常务会议，传达学习了省政府第18次常务会议精神。").meeting?.sessionNumber).toBe(28);
  });

  it("takes no date from the arrangement followed or from what was passed on", () => {
    expect(doc("北林县人民政府常务会议纪要", "根据9月25日县委常委会会议安排，2023年10月23日上午，县长于洪波主持召开县政府第28次常务会议。").meeting?.date.iso).toBe("2023-10-23");
    expect(doc("县政府召开第3次常务会议", "近日，县长林志鸿主持召开县政府第3次常务会议，传达学习1月15日全省经济工作动员部署会精神。").meeting?.date.iso).toBeNull();
  });

  it("reads the place before 以视频会议形式召开", () => {
    expect(doc("县政府召开第3次常务会议", "1月16日上午，会议在县行政服务中心五楼会议室以视频会议形式召开，县长林志鸿主持。").meeting?.place).toBe("县行政服务中心五楼会议室");
  });

  it("reads no one present in what the meeting said (会议强调，…出席…推进会时提出的…)", () => {
    const m = doc("县政府召开第3次常务会议", "1月16日上午，县长贺志强主持召开县政府第3次常务会议，副县长拓海燕出席会议。会议强调，要落实市委书记张卫东出席全市果业推进会时提出的要求。");
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["拓海燕"]);
  });
});

describe("a department's meeting that carries out a standing meeting's decisions (round 415)", () => {
  it("is no minutes of the standing meeting", () => {
    const m = parse(["县住建局专题部署落实县政府第12次常务会议议定事项", "　　6月20日上午，县住建局局长韦志刚在局三楼会议室主持召开专题会议，逐项研究落实县政府第12次常务会议议定事项。", "　　会议要求加快燃气管道更新改造。"].join("\n"));
    expect(m.diagnostics.some((d) => d.code === "not-minutes")).toBe(true);
  });
});

describe("chairs named with 召开并主持 / 出席会议并主持 (round 416)", () => {
  it.each([
    ["4月15日上午，市长姚振东在市政府常务会议室召开并主持市政府第9次常务会议。", "姚振东", "市长"],
    ["4月15日上午，区政府召开第22次常务会议，区委副书记、区长俞国华出席会议并主持。", "俞国华", "区委副书记、区长"],
  ])("reads %s", (opening, name, title) => {
    const m = parse(["市人民政府常务会议纪要", `　　${opening}`, "　　一、关于防汛工作", "　　会议同意。"].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name, title });
  });
});

describe("other dates and counts, more forms (round 418)", () => {
  it("takes no session count from a meeting passed on in a Traditional copy", () => {
    const m = parse(["北林縣人民政府常務會議紀要（第28次）", "　　10月23日上午，縣長於洪波主持召開縣政府常務會議，傳達學習了省政府第18次常務會議精神。", "　　一、關於防汛工作", "　　會議同意。"].join("\n"));
    expect(m.meeting?.sessionNumber).toBe(28);
  });

  it("takes no meeting date from a page's time stamp run into the opening", () => {
    const m = parse(["市政府召开第九次常务会议", "2020-06-24 07:58　本报讯　6月23日上午，市长詹国梁主持召开市政府第九次常务会议。会议听取了市发展改革委关于经济运行情况的汇报。"].join("\n"));
    expect(m.meeting?.date.text).toBe("6月23日上午");
  });
});

describe("openings in more forms (round 422)", () => {
  const doc = (title: string, opening: string) => parse([title, `　　${opening}`, "　　一、关于防汛工作", "　　会议要求加强值守。"].join("\n"));
  it("takes no session count from a plenary passed on (传达学习市委七届九次全体会议精神)", () => {
    expect(doc("赤溪市人民政府2024年第18次常务会议纪要", "3月5日上午，市长王明主持召开市政府常务会议，传达学习市委七届九次全体会议精神。").meeting?.sessionNumber).toBe(18);
  });

  it("reads 召集并主持召开 as a meeting held, its place before it", () => {
    const m = doc("兰溪县人民政府常务会议纪要", "2024年9月10日下午，县长庞靖川在县政府第二会议室召集并主持召开县十七届人民政府第9次常务会议。");
    expect(m.meeting).toMatchObject({ sessionNumber: 9, place: "县政府第二会议室", date: { iso: "2024-09-10", timeOfDay: "下午" } });
  });

  it("reads the chair and place around a date after 于", () => {
    const a = doc("城川县人民政府常务会议纪要", "常务副县长尚志诚受县长岑海峰委托，于2023年11月7日（星期二）上午在县行政中心六楼会议室主持召开县政府第27次常务会议。");
    expect(a.meeting?.chair).toMatchObject({ name: "尚志诚", title: "常务副县长" });
    const b = doc("云水县人民政府常务会议纪要", "县委副书记、县长祁振邦于2024年8月13日（星期二）上午，在县政府第一会议室主持召开县政府第12次常务会议。");
    expect(b.meeting?.chair).toMatchObject({ name: "祁振邦", title: "县委副书记、县长" });
    expect(b.meeting?.place).toBe("县政府第一会议室");
  });
});

describe("a chair who 召开…会议并主持会议, a count's year in Chinese numerals, a place in a sentence of its own (baiquan)", () => {
  const m = parse(["白泉区人民政府常务会议纪要", "　　3月5日下午，区长葛文渊召开区政府二〇二四年第五次常务会议并主持会议。会议地点设在区行政中心北楼四楼会议室。现纪要如下：", "　　一、关于春季植树造林工作", "　　会议要求，区林业局要科学选用乡土树种。"].join("\n"));
  it("reads the chair before 召开 with the meeting between it and 并主持", () => {
    expect(m.meeting?.chair).toMatchObject({ name: "葛文渊", title: "区长" });
  });
  it("takes the year of 二〇二四年第五次 for the date", () => {
    expect(m.meeting?.date).toMatchObject({ iso: "2024-03-05", timeOfDay: "下午" });
    expect(m.meeting?.sessionNumber).toBe(5);
  });
  it("reads 会议地点设在… as the place", () => {
    expect(m.meeting?.place).toBe("区行政中心北楼四楼会议室");
  });
});

describe("a chair with 于 before the place (round 424)", () => {
  const doc = (opening: string) => parse(["湘平市人民政府常务会议纪要", `　　${opening}`, "　　一、关于防汛工作", "　　会议要求加强值守。"].join("\n"));
  it("reads 市长龚建华于市政府常务会议室主持召开", () => {
    expect(doc("9月12日上午，市长龚建华于市政府常务会议室主持召开市人民政府第十七次常务会议。").meeting?.chair).toMatchObject({ name: "龚建华", title: "市长" });
  });
  it("keeps 于 as a surname (县长于洪波在…主持召开, 县长于洪波主持召开)", () => {
    expect(doc("10月23日上午，县长于洪波在县政府三楼会议室主持召开县政府常务会议。").meeting?.chair).toMatchObject({ name: "于洪波", title: "县长" });
    expect(doc("10月23日上午，县长于洪波主持召开县政府常务会议。").meeting?.chair).toMatchObject({ name: "于洪波", title: "县长" });
  });
});

describe("a chair's compound title cut by a comma (jinghe)", () => {
  it("keeps 区委副书记、区长，区政府党组书记 whole", () => {
    const m = parse(["区政府召开第33次常务会议", "　　10月9日下午，区委副书记、区长，区政府党组书记阎振宇在区应急指挥中心主持召开区政府第33次常务会议。", "　　会议要求抓好安全生产。"].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "阎振宇", title: "区委副书记、区长，区政府党组书记" });
  });
  it("takes no clause of the meeting for part of the title (…常务会议，区长王明主持)", () => {
    const m = parse(["区政府召开第33次常务会议", "　　10月9日下午，区政府召开第33次常务会议，区长王明主持。", "　　会议要求抓好安全生产。"].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "王明", title: "区长" });
  });
});

describe("video meetings (round 464: tongwan, meizhu, hequan, lupu, lanqiao)", () => {
  const doc = (opening: string, ...rest: string[]) => parse(["某县人民政府常务会议纪要", opening, "　　一、关于防汛", "　　会议同意。", ...rest].join("\n"));
  it("reads the chair of 在…主持会议 and a place without its main venue's mark", () => {
    expect(doc("　　3月5日上午，区政府召开第9次常务会议。区委副书记、区长韩振东在主会场主持会议。").meeting).toMatchObject({ chair: { name: "韩振东", title: "区委副书记、区长" }, place: null });
    expect(doc("　　3月5日上午，县政府召开第5次常务会议。县委副书记、县长葛振华在县行政中心六楼会议室主会场主持会议并讲话。").meeting).toMatchObject({ chair: { name: "葛振华" }, place: "县行政中心六楼会议室" });
    expect(doc("　　3月5日上午，县长严伯涛在县政府四楼会议室（主会场）主持召开县政府第5次常务会议。").meeting?.place).toBe("县政府四楼会议室");
    const form = parse(["某区人民政府常务会议纪要", "时　　间：2023年9月12日上午", "地　　点：区政府一号楼302会议室（主会场），各街道设分会场", "主　　持：区长　韩振东", "　　一、关于防汛", "　　会议同意。"].join("\n"));
    expect(form.meeting?.place).toBe("区政府一号楼302会议室");
  });

  it("reads people who took part at a branch venue, online or by video, invited ones as invited", () => {
    const m = doc("　　3月5日上午，县长祝文海在县政府应急指挥中心主持召开县政府第5次常务会议。县政府领导班子成员在各自所在地通过线上方式参加会议。副县长钟晓岚、姚家豪分别在沙港镇、梅岭街道分会场参加会议，副县长冯建新在线上参加会议。区人大常委会副主任庞雪梅应邀在主会场参加会议，区政协副主席危建平应邀通过视频方式参加会议。");
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["钟晓岚", "姚家豪", "冯建新"]);
    expect(m.meeting?.invitedAttendees.map((p) => p.name)).toEqual(["庞雪梅", "危建平"]);
  });
});

describe("a session count on its own line under the title", () => {
  it("reads a term's count in brackets (（十四届37次）) where the opening names none", () => {
    const m = parse(["柘川县人民政府常务会议纪要", "（十四届37次）", "柘川县人民政府办公室　　　　　　　　　2024年4月12日", "", "4月9日上午，县长钱立新主持召开县政府常务会议。", ...BODY].join("\n"));
    expect(m.meeting).toMatchObject({ sessionNumber: 37, term: 14 });
    expect(m.title).toBe("柘川县人民政府常务会议纪要");
  });
});
