// Layouts met in rounds 42 and 43 of the fixtures: printed minutes converted from PDF files
// (township, banner and league governments, development zones) and pages of other sites.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../src/parse.js";
import { FIXTURES } from "../helpers/corpus.js";

const OPENING = "3月5日上午，镇长韦明光在镇政府二楼会议室主持召开镇政府第7次常务会议。现纪要如下：";

describe("printed layouts", () => {
  it("reads a 发文字号 line that also names the signer (签发人：…)", () => {
    for (const signer of ["签发人：韦明光", "签发：陶志华"]) {
      const m = parse(["石门镇人民政府常务会议纪要", "", `石政纪〔2024〕7号　　　　　　　　　　${signer}`, "", OPENING].join("\n"));
      expect(m.documentNumber).toMatchObject({ text: "石政纪〔2024〕7号", prefix: "石政纪", year: 2024, serial: 7 });
      expect(m.unplaced).toEqual([]);
    }
  });

  it("reads the 版头's 密级 / 紧急程度 / 签发人 lines as header fields, not as unplaced text", () => {
    const m = parse(["密级：无　　　　　　　　　　紧急程度：一般", "签发人：方卫东", "铜岭镇人民政府常务会议纪要", "", OPENING].join("\n"));
    expect(m.disclosure.fields.map((f) => [f.label, f.value])).toEqual([["密级", "无"], ["紧急程度", "一般"], ["签发人", "方卫东"]]);
    expect(m.unplaced).toEqual([]);
    expect(m.title).toBe("铜岭镇人民政府常务会议纪要");
  });

  it("reads a league's masthead on two lines (…行政公署⏎盟长办公会议纪要) and its 盟长 chair", () => {
    const m = parse(["巴音塔拉盟行政公署", "盟长办公会议纪要", "", "6月3日上午，盟长宝音在行署二号楼第三会议室主持召开盟长办公会议。现纪要如下：", "一、关于春季防火工作"].join("\n"));
    expect(m.title).toBe("巴音塔拉盟行政公署盟长办公会议纪要");
    expect(m.meeting?.chair).toMatchObject({ name: "宝音", title: "盟长" });
  });

  it("reads people lists a printed page wrapped: a padded name inside a line, a name and a title cut in two", () => {
    const m = parse([
      "州人民政府州长办公会议纪要",
      OPENING,
      "参加人员：副州长杨德明，州政府副秘书长刀建华、岩　温，州水务局局",
      "长俸志勇，州商务局局长玉　罕，州发展改革委副主任郎国富，州粮食和",
      "物资储备局局长方　正",
      "列席人员：蒋文涛（党政办公室）、沈卫红（经济发展局）、陆家",
      "　　　　　豪（规划建设局）、严晓东（自然资源分局）",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["杨德明", "刀建华", "岩温", "俸志勇", "玉罕", "郎国富", "方正"]);
    expect(m.meeting?.attendees[3]?.title).toBe("州水务局局长");
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["蒋文涛", "沈卫红", "陆家豪", "严晓东"]);
  });

  it("reads a list whose items a narrow wrap cut anywhere, and stops before the 落款 organ", () => {
    const m = parse([
      "区人民政府常务会议纪要",
      OPENING,
      "列席：区委办副主任周建平",
      "，区纪委监委驻区政府办纪",
      "检监察组组长徐丽萍，区政",
      "府办副主任陈文斌，区发改",
      "局局长蒋益明",
      "",
      "區人民政府辦公室",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([
      ["周建平", "区委办副主任"],
      ["徐丽萍", "区纪委监委驻区政府办纪检监察组组长"],
      ["陈文斌", "区政府办副主任"],
      ["蒋益明", "区发改局局长"],
    ]);
    expect(m.issuer).toBe("區人民政府辦公室");
  });

  it("reads the 报： 送： 发： lines of a 版记 as the distribution", () => {
    const m = parse(["旗人民政府常务会议纪要", OPENING, "一、关于防汛工作", "会议同意。", "", "报：盟行政公署办公室。", "送：旗委办公室，旗政协办公室。", "发：各苏木乡镇人民政府，旗直各部门。"].join("\n"));
    expect(m.distribution).toEqual(["盟行政公署办公室", "旗委办公室", "旗政协办公室", "各苏木乡镇人民政府", "旗直各部门"]);
  });
});

describe("titles", () => {
  it("dates the meeting by a bracketed date under the title where the text gives none", () => {
    const m = parse(["县政府第5次常务会议纪要", "（二〇二五年三月五日）", "会议由县长张三主持。会议研究了以下事项：", "一、关于春耕工作", "会议同意。"].join("\n"));
    expect(m.title).toBe("县政府第5次常务会议纪要");
    expect(m.meeting?.date.iso).toBe("2025-03-05");
    expect(m.unplaced).toEqual([]);
    // The opening's own date comes first.
    expect(parse(["县政府第5次常务会议纪要", "（2025年3月5日）", "3月4日上午，县长张三主持召开县政府第5次常务会议。"].join("\n")).meeting?.date.iso).toBe("2025-03-04");
  });

  it("takes the header's title where the page has no title line of its own", () => {
    const m = parse(["【标题】县政府第5次常务会议纪要", "【发布时间】2024-03-05", "3月4日上午，县长张三主持召开县政府第5次常务会议。"].join("\n"));
    expect(m.title).toBe("县政府第5次常务会议纪要");
    expect(m.disclosure.publishDate).toBe("2024-03-05");
  });

  it("takes no link to an attached file for the title", () => {
    const m = parse(["附件：临川高新区管委会第14次常务会议纪要.pdf", "临川高新区管委会第14次常务会议纪要", OPENING].join("\n"));
    expect(m.title).toBe("临川高新区管委会第14次常务会议纪要");
  });

  it("reads a 关于… title wrapped before the kind of text it is (…⏎落实情况的通报)", () => {
    const m = parse(["关于镇政府第6次常务会议议定事项", "落实情况的通报", "", "各村（社区）：", "现将镇政府第6次常务会议议定事项落实情况通报如下。"].join("\n"));
    expect(m.title).toBe("关于镇政府第6次常务会议议定事项落实情况的通报");
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
  });

  it("takes a page's headline, not the site's banner above it, for the title of a page that is no minutes", () => {
    const m = parse(["萍溪区人民政府", "《萍溪区老旧小区改造提质三年行动计划》政策解读", "", "一、出台背景", "为加快推进老旧小区改造，区政府制定了本计划。"].join("\n"));
    expect(m.title).toBe("《萍溪区老旧小区改造提质三年行动计划》政策解读");
  });

  it("still reads an organ's name as the first line of a title wrapped over two", () => {
    const m = parse(["南河区人民政府", "2025年度第3次常务会议纪要", "", "3月4日下午，南河区人民政府召开2025年度第3次常务会议，区长葛志远主持会议。"].join("\n"));
    expect(m.title).toBe("南河区人民政府2025年度第3次常务会议纪要");
  });
});

describe("书面通报 items", () => {
  it("reads the submitting body written in brackets after the report's name", () => {
    const m = parse([
      "新区管委会常务会议纪要",
      OPENING,
      "一、关于招商工作",
      "会议同意。",
      "会议还书面通报了以下事项：",
      "1.关于一季度新区财政收支情况的汇报（新区财政局）；",
      "2.关于中央生态环境保护督察反馈问题整改的情况（新区生态环境局）。",
    ].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["新区财政局", "一季度新区财政收支情况"],
      ["新区生态环境局", "中央生态环境保护督察反馈问题整改"],
    ]);
  });
});

describe("other provinces and messy copies (rounds 44 and 45)", () => {
  it("adds nobody for an organ ending in 组 in an unnamed 列席 statement", () => {
    const m = parse(["县政府第47次常务会议纪要", "11月20日上午，县长罗明远主持召开县政府第47次常务会议。副县长何志刚参加会议，县人大常委会副主任唐德明、县政协副主席邓丽萍列席会议，县纪委监委派驻纪检监察组、县级有关部门主要负责人列席会议。"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["唐德明", "邓丽萍"]);
  });

  it("splits two 书面通报 items joined by 和 after …的情况", () => {
    const m = parse(["县政府常务会议纪要", OPENING, "一、关于春耕", "会议同意。", "会议还书面通报了县统计局关于2023年全县经济运行的情况和县信访局关于2023年信访工作的情况汇报。"].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县统计局", "2023年全县经济运行"],
      ["县信访局", "2023年信访工作"],
    ]);
  });

  it("reads 应邀出席会议的有： as invited attendees", () => {
    const m = parse(["县政府常务会议纪要", OPENING, "出席会议的有：朱晓峰、姚丽红", "应邀出席会议的有：县人大常委会副主任桂 林、县政协副主席麻玉兰"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["朱晓峰", "姚丽红"]);
    expect(m.meeting?.invitedAttendees.map((p) => [p.name, p.title])).toEqual([["桂林", "县人大常委会副主任"], ["麻玉兰", "县政协副主席"]]);
  });

  it("reads a header value wrapped onto an indented line as the rest of the value", () => {
    const m = parse(["关键词 常务会议", "内容概况 市政府第52次常务会议纪要", "  春季农业生产等4项议题", "", "市政府第52次常务会议纪要", OPENING].join("\n"));
    expect(m.disclosure.fields.map((f) => [f.label, f.value])).toEqual([["关键词", "常务会议"], ["内容概况", "市政府第52次常务会议纪要春季农业生产等4项议题"]]);
    expect(m.unplaced).toEqual([]);
    expect(m.title).toBe("市政府第52次常务会议纪要");
  });

  it("reads a disclosure table scraped onto one line of HTML", () => {
    const m = parse("<table><tr><td>索引号</td><td>330502/2022-15627</td><td>发布日期</td><td>2022-12-06</td></tr></table>\n<p>县政府第5次常务会议纪要</p>\n<p>" + OPENING + "</p>");
    expect(m.disclosure).toMatchObject({ indexNumber: "330502/2022-15627", publishDate: "2022-12-06" });
    expect(m.title).toBe("县政府第5次常务会议纪要");
  });

  it("removes heading and list tags a scraper left (<h1>, <li>) and the blanks inside a 发文字号", () => {
    const m = parse(["<h1>平山区人民政府2024年第18次常务会议纪要</h1>", "临政纪［ 2024 ］ 35 号", "<ul><li>" + OPENING + "</li></ul>"].join("\n"));
    expect(m.title).toBe("平山区人民政府2024年第18次常务会议纪要");
    expect(m.documentNumber?.text).toBe("临政纪［2024］35号");
    expect(m.meeting?.chair?.name).toBe("韦明光");
  });
});

describe("unusual structures (round 47)", () => {
  it("reads 列席会议的有（按姓氏笔画为序）： with its names on the line", () => {
    const m = parse(["区政府常务会议纪要", OPENING, "列席会议的有（按姓氏笔画为序）：孔祥东　石　磊　冯晓敏"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["孔祥东", "石磊", "冯晓敏"]);
  });

  it("reads a 书面通报 list of unnumbered lines, each with its body after a dash", () => {
    const m = parse([
      "区政府常务会议纪要",
      OPENING,
      "一、关于防汛工作",
      "会议同意。",
      "会议书面通报了以下事项：",
      "　　关于2024年1—5月全区财政收支情况的汇报——区财政局",
      "　　关于第五次全国经济普查数据发布工作的情况——区统计局",
      "",
      "出席会议的有：魏长青　黄志明",
    ].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["区财政局", "2024年1—5月全区财政收支情况"],
      ["区统计局", "第五次全国经济普查数据发布工作"],
    ]);
    // (The report lines are no paragraphs of the body.)
    expect(m.paragraphs.some((p) => p.text.includes("关于2024"))).toBe(false);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["魏长青", "黄志明"]);
  });

  it("takes no field from the column heads of a list of meetings (| 标题 | 会议时间 | 发布日期 |)", () => {
    const m = parse([
      "县政府常务会议",
      "| 标题 | 会议时间 | 发布日期 |",
      "| 县政府第102次常务会议纪要 | 2024-12-20 | 2024-12-25 |",
      "| 县政府第101次常务会议纪要 | 2024-12-06 | 2024-12-11 |",
    ].join("\n"));
    expect(m.disclosure.title).toBeNull();
    expect(m.disclosure.publishDate).toBeNull();
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
  });

  it("keeps a spaced masthead number (（第 1 2 次）) and page chrome (上一条, 列印本頁, a rule line) out of the unplaced text", () => {
    const m = parse([
      "城关镇人民政府常务会议纪要",
      "（第 1 2 次）",
      "",
      OPENING,
      "一、关于防汛",
      "会议原则同意。",
      "──────────────",
      "上一条：城关镇人民政府第11次常务会议纪要",
      "下一条：城关镇人民政府第13次常务会议纪要",
      "【列印本頁】　【關閉視窗】",
    ].join("\n"));
    expect(m.title).toBe("城关镇人民政府常务会议纪要");
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛"]);
    expect(m.unplaced).toEqual([]);
    expect(m.diagnostics.map((d) => d.code)).not.toContain("unplaced");
  });

  it("places the foot's attachments, print count and recorder, a running head, the banner and a repeated title: nothing unplaced", () => {
    const m = parse([
      "青川县人民政府",
      "附件：青川县人民政府第9次常务会议纪要.pdf",
      "青川县人民政府第9次常务会议纪要",
      "青川县人民政府第9次常务会议纪要",
      "青川县人民政府常务会议纪要　　　　　　　　第 1 页 共 2 页",
      OPENING,
      "一、关于防汛",
      "会议原则同意。",
      "青川县人民政府常务会议纪要　　　　　　　　— 2 —",
      "二、关于春耕",
      "会议要求各乡镇抓好落实。",
      "列席：周建林　金晓梅",
      "分送：县委办公室，县人大常委会办公室。",
      "记　　录：县政府办公室　施雨婷",
      "（共印20份）",
      "附件1",
      "县城区停车设施建设项目清单",
    ].join("\n"));
    expect(m.title).toBe("青川县人民政府第9次常务会议纪要");
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛", "关于春耕"]);
    expect(m.unplaced).toEqual([]);
    expect(m.chrome.map((c) => c.text)).toEqual([
      "青川县人民政府",
      "附件：青川县人民政府第9次常务会议纪要.pdf",
      "青川县人民政府常务会议纪要　　　　　　　　第 1 页 共 2 页",
      "青川县人民政府常务会议纪要　　　　　　　　— 2 —",
    ]);
    expect(m.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(["（共印20份）", "附件1", "县城区停车设施建设项目清单"]));
    expect(m.topics[0]!.paragraphs.map((p) => p.text).join("")).not.toContain("— 2 —");
  });

  it("keeps the page numbers of a hard-wrapped print in the chrome, with their lines, and out of the topics", () => {
    const m = parse(readFileSync(join(FIXTURES, "round18-pdf/minyang-2024-23.txt")));
    expect(m.chrome.filter((c) => /^—[0-9]—$/.test(c.text)).map((c) => [c.text, c.position?.start.line])).toEqual([["—1—", 21], ["—2—", 44], ["—3—", 47]]);
    expect(m.topics.flatMap((t) => t.paragraphs.map((p) => p.text)).join("")).not.toMatch(/—[0-9]—/);
  });
});

describe("people lists and page frames (rounds 48–51)", () => {
  const doc = (...lines: string[]) => parse(["安陵县人民政府常务会议纪要", OPENING, "一、关于防汛", "会议原则同意。", ...lines].join("\n"));
  const names = (people: { name: string }[] | undefined) => people?.map((p) => p.name);

  it("joins a padded name after its title or unit (副县长韩　梅, 镇党政办王　丹) and a padded compound surname (欧阳　蕾)", () => {
    const m = doc("因公缺席：副县长韩　梅（在省委党校学习）", "列席人员：镇党政办王　丹，镇财政所朱明远　欧阳　蕾");
    expect(m.meeting?.absentees.map((p) => [p.name, p.title])).toEqual([["韩梅", "副县长"]]);
    expect(names(m.meeting?.observers)).toEqual(["王丹", "朱明远", "欧阳蕾"]);
  });

  it("reads 列席会议： / 出席会议： as labels, not as the rest of the list above", () => {
    const m = doc("应邀出席：市人大常委会副主任胡少林，市政协副主席罗琼", "列席会议：市政府副秘书长唐　勇，市发改委主任杨春生，", "市司法局局长姚文静");
    expect(names(m.meeting?.invitedAttendees)).toEqual(["胡少林", "罗琼"]);
    expect(names(m.meeting?.observers)).toEqual(["唐勇", "杨春生", "姚文静"]);
  });

  it("reads a 的有： list whose items end in ；, over a line wrap", () => {
    const m = parse([
      "清溪区人民政府常务会议纪要",
      "3月5日上午，区长王明主持召开区政府第4次常务会议。",
      "列席会议的有：区政府办公室主任何勇；区发改局局长郑　杰；区财政局局长金晓红；",
      "区市场监管局局长王海涛；区交通运输局局长叶　飞。",
      "会议议定事项如下：",
      "一、关于防汛",
    ].join("\n"));
    expect(names(m.meeting?.observers)).toEqual(["何勇", "郑杰", "金晓红", "王海涛", "叶飞"]);
  });

  it("does not run a 请假 list on into the 列席会议的有： line below it", () => {
    const m = doc("请假：（无）", "列席会议的有：市政府秘书长詹　远，市政府副秘书长喻芳、柴永生");
    expect(names(m.meeting?.absentees)).toEqual([]);
    expect(names(m.meeting?.observers)).toEqual(["詹远", "喻芳", "柴永生"]);
    expect(m.unplaced).toEqual([]);
  });

  it("follows a list wrapped at a narrow width: a line of a separator alone, a title's 长 cut off, a line opening with a separator", () => {
    const m = doc("列席：市发改委主任黄东海，市交通运输局局长莫振华", "，", "　　　　　市交投集团董事", "长覃立新");
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([["黄东海", "市发改委主任"], ["莫振华", "市交通运输局局长"], ["覃立新", "市交投集团董事长"]]);
    const n = doc("列席人员：镇党政办王　丹", "，镇财政所朱明远，镇水利", "站孙长河，镇农业综合服务", "中心褚晓光");
    expect(names(n.meeting?.observers)).toEqual(["王丹", "朱明远", "孙长河", "褚晓光"]);
  });

  it("takes a page's frame for chrome: record numbers, bracketed links, rules, navigation, the mirror's notice, related files", () => {
    const m = parse([
      "嵐橋縣人民政府門戶網站（繁體）",
      "首页　政务公开　政务服务　政民互动　走进岚桥",
      "---------------------------------------------",
      "岚桥县人民政府常务会议纪要",
      OPENING,
      "一、关于防汛",
      "会议原则同意。",
      "列席：周建林　金晓梅",
      "校对：县政府办公室秘书科",
      "【相關鏈接】",
      "岚桥县人民政府第6次常务会议纪要",
      "【我要纠错】 【收藏本页】",
      "版權所有：嵐橋縣人民政府　網站標識碼：5227320004",
      "黔ICP備05003344號",
      "本站繁體版由程序自動轉換，如有差異以簡體版為準",
    ].join("\n"));
    expect(m.unplaced).toEqual([]);
    expect(m.title).toBe("岚桥县人民政府常务会议纪要");
    expect(m.chrome.map((c) => c.text)).toContain("黔ICP備05003344號");
    expect(m.chrome.map((c) => c.text)).toContain("岚桥县人民政府第6次常务会议纪要");
  });

  it("reads long names after their organisation, with or without a middle dot, and no phrase as one", () => {
    const m = doc("州发展改革委李振华、州财政局那仁满都拉、州文化体育广电和旅游局热依汗古丽·阿不都热依木列席会议。");
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([
      ["李振华", "州发展改革委"],
      ["那仁满都拉", "州财政局"],
      ["热依汗古丽·阿不都热依木", "州文化体育广电和旅游局"],
    ]);
    expect(names(doc("二是由区文广旅局邀请省级专家出席美食街区评审会。").meeting?.attendees)).toEqual([]);
  });

  it("splits an 应邀列席 list into its groups (…县人大代表：…；县政协委员：…)", () => {
    const m = doc("应邀列席的县人大代表：姚启贵、刘　燕；县政协委员：杨胜兰。");
    expect(m.meeting?.invitedObservers.map((g) => [g.group, g.people.map((p) => p.name)])).toEqual([
      ["应邀列席的县人大代表", ["姚启贵", "刘燕"]],
      ["县政协委员", ["杨胜兰"]],
    ]);
  });

  it("takes a serial alone under the title (第12号) for the document's number, and （第12次） after the title for the session", () => {
    const m = parse(["湘澧市人民政府常务会议纪要（第12次）", "", "第12号", "", OPENING].join("\n"));
    expect(m.documentNumber).toMatchObject({ text: "第12号", prefix: null, year: null, serial: 12 });
    expect(m.meeting?.sessionNumber).toBe(7);
    const n = parse(["安陵县人民政府常务会议纪要（第12次）", "", "5月6日上午，县长马志华主持召开县人民政府常务会议。"].join("\n"));
    expect(n.meeting?.sessionNumber).toBe(12);
  });

  it("ends a list at its full stop: the line below is a sentence of its own", () => {
    const m = doc("请假人员：副县长李　婷（出差）。", "　　县政府办公室主任许志坚，县发改局局长张丽华，", "县卫健局局长游文斌列席会议。");
    expect(names(m.meeting?.absentees)).toEqual(["李婷"]);
    expect(names(m.meeting?.observers)).toEqual(["许志坚", "张丽华", "游文斌"]);
  });
});

describe("headers, sessions and subjects (rounds 52–54)", () => {
  const header = (...rows: string[]) => parse([...rows, "县政府常务会议纪要", "3月5日上午，县长王明主持召开县政府第7次常务会议。"].join("\n")).disclosure;

  it("reads an empty header field followed by another key (文号：　　　效力状态：有效), and a long key ending a row (… 主题词)", () => {
    expect(header("文　　号：　　　　　　　　　　效力状态：有效").fields.map((f) => [f.label, f.value])).toEqual([["文号", null], ["效力状态", "有效"]]);
    const d = header("文号 溪政纪〔2024〕31号 公开方式 主动公开 主题词");
    expect(d.disclosureMode).toBe("主动公开");
    expect(d.fields.at(-1)).toMatchObject({ label: "主题词", value: null });
  });

  it("takes the session from the paragraph after labelled facts (市政府2025年第8次常务会议听取了…)", () => {
    const m = parse(["绥兴市人民政府常务会议纪要", "时间：2025年4月1日上午", "地点：市政府三楼常务会议室", "主持：市长　于海峰", "", "　　市政府2025年第8次常务会议听取了有关部门工作汇报，议定如下：", "1、关于春耕生产"].join("\n"));
    expect(m.meeting?.sessionNumber).toBe(8);
    expect(m.meeting?.date.iso).toBe("2025-04-01");
  });

  it("keeps 的报告 that belongs to a subject (关于…情况的报告的情况汇报)", () => {
    const m = parse(["区政府常务会议纪要", OPENING, "会议书面通报了区司法局关于2022年度法治政府建设情况的报告的情况汇报。"].join("\n"));
    expect(m.writtenReports.map((r) => r.subject)).toEqual(["2022年度法治政府建设情况的报告"]);
  });

  it("does not take a navigation word for the headline of a page that is no minutes", () => {
    const m = parse(["首页", "政务公开", "政务服务", "周明远调研一季度重点项目建设工作", "发布时间：2025-03-12", "3月11日，市长周明远到城东片区调研重点项目建设。"].join("\n"));
    expect(m.title).toBe("周明远调研一季度重点项目建设工作");
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
  });
});

describe("messy copies (round 51)", () => {
  it("removes pinyin annotations of a whole word (會議(huì yì), 關於(guān yú))", () => {
    const m = parse(["松禾區人民政府2023年第5次常務會議(huì yì)紀要", "3月5日上午，區長王明主持召開區政府第5次常務會議。", "一、關於(guān yú)城區燃氣管道老化更新改造", "會議原則同意。"].join("\n"));
    expect(m.title).toBe("松禾區人民政府2023年第5次常務會議紀要");
    expect(m.topics.map((t) => t.heading)).toEqual(["關於城區燃氣管道老化更新改造"]);
  });

  it("reads a hard-wrapped print: its banner, right-set 发文字号, rules, a title cut before 要, the compiler's 编 and wrapped subjects", () => {
    const m = parse(readFileSync(join(FIXTURES, "round51-messy/jinping-2023-40.txt")));
    expect(m.issuer).toBe("金坪市人民政府办公室");
    expect(m.meeting?.chair).toMatchObject({ name: "贝永康", title: "市长" });
    expect(m.writtenReports.map((r) => r.subject)).toEqual(["2022年度市本级预算执行和其他财政收支审计查出问题整改", "稳就业政策落实"]);
    expect(m.distribution[0]).toBe("省政府办公厅");
    const x = parse(readFileSync(join(FIXTURES, "round51-messy/xiangyun-2025-11.txt")));
    expect(x.title).toBe("祥云县人民政府2025年第十一次常务会议纪要");
    expect(x.documentNumber).toMatchObject({ text: "〔2025〕11号", year: 2025, serial: 11 });
    expect(x.issuer).toBe("祥云县人民政府办公室");
    expect(x.meeting?.date).toMatchObject({ iso: "2025-06-18", timeOfDay: "下午" });
  });

  it("joins a name cut behind a Traditional title (縣財政局局長和⏎麗萍)", () => {
    const m = parse(["縣人民政府常務會議紀要", "3月5日上午，縣長王明主持召開縣政府第5次常務會議。", "一、關於防汛", "會議原則同意。", "列席：趙家宏、普建雲、縣財政局局長和", "麗萍"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["趙家宏", "普建雲", "和麗萍"]);
  });

  it("reads a scraped page: <title> is chrome, &nbsp;-padded fact labels, <td> label cells as label and colon", () => {
    const m = parse([
      "<title>塘溪镇人民政府2024年第6次常务会议纪要_塘溪镇人民政府</title>",
      "<p><strong>塘溪镇人民政府2024年第6次常务会议纪要</strong></p>",
      "<p>&nbsp;&nbsp;&nbsp; 时&nbsp;&nbsp;间:2024年6月12日(星期三)上午</p>",
      "<p>&nbsp;&nbsp;&nbsp; 地&nbsp;&nbsp;点:镇政府三楼会议室</p>",
      "<p>&nbsp;&nbsp;&nbsp; 主持人:镇长 蔡&nbsp;&nbsp;磊</p>",
      "<table>",
      "<tr><td>出席人员</td><td>蔡&nbsp;&nbsp;磊、钟慧敏、时&nbsp;&nbsp;勇,鲁宏伟</td></tr>",
      "<tr><td>列席人员</td><td>姚&nbsp;&nbsp;倩,潘国斌,各站所负责人</td></tr>",
      "<tr><td>请假人员</td><td>&nbsp;</td></tr>",
      "</table>",
      "<p>&nbsp;&nbsp;&nbsp; 1.关于2024年度防汛防台工作</p>",
    ].join("\n"));
    expect(m.title).toBe("塘溪镇人民政府2024年第6次常务会议纪要");
    expect(m.chrome[0]?.text).toBe("<title>塘溪镇人民政府2024年第6次常务会议纪要_塘溪镇人民政府</title>");
    expect(m.disclosure.publishDate).toBeNull();
    expect(m.meeting?.date).toMatchObject({ iso: "2024-06-12", timeOfDay: "上午" });
    expect(m.meeting?.chair).toMatchObject({ name: "蔡磊", title: "镇长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["蔡磊", "钟慧敏", "时勇", "鲁宏伟"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["姚倩", "潘国斌"]);
    expect(m.meeting?.absentees).toEqual([]);
    // (Without the 地点 line: the 主持人 line is no rest of a header value wrapped from 时间.)
    const n = parse(["<p><strong>塘溪镇人民政府2024年第6次常务会议纪要</strong></p>", "<p>&nbsp;&nbsp;&nbsp; 时&nbsp;&nbsp;间:2024年6月12日(星期三)上午</p>", "<p>&nbsp;&nbsp;&nbsp; 主持人:镇长 蔡&nbsp;&nbsp;磊</p>", "<table>", "</table>", "<p>1.关于防汛</p>"].join("\n"));
    expect(n.disclosure.publishDate).toBeNull();
    expect(n.meeting?.date.iso).toBe("2024-06-12");
    expect(n.meeting?.chair).toMatchObject({ name: "蔡磊", title: "镇长" });
  });

  it("joins a name a wrap cut in a blank-separated list (戴志⏎明), and places each name at its first character", () => {
    const text = ["县人民政府常务会议纪要", OPENING, "一、关于防汛", "会议原则同意。", "出席：丁卫东  邹海峰  蒋　琳  戴志", "明  魏少华"].join("\n");
    const m = parse(text);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["丁卫东", "邹海峰", "蒋琳", "戴志明", "魏少华"]);
    expect(m.meeting?.attendees.map((p) => text.slice(p.position!.start.offset, p.position!.end.offset))).toEqual(["丁卫东", "邹海峰", "蒋　琳", "戴志\n明", "魏少华"]);
  });

  it("joins a surname left alone at a line's end of a padded list (钱　立　邝⏎志强, 韩　⏎冰), and reads an organ column before a name", () => {
    const m = parse(["县人民政府常务会议纪要", OPENING, "一、关于防汛", "会议原则同意。", "出　席：卢宏伟　司徒建明　钱　立　邝", "志强　覃艳芳", "列　席：县政府办公室　　莫　凡", "　　　　县工业园区管委会　　卢海涛", "　　　　伍海燕　韩　", "冰　郑永军"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["卢宏伟", "司徒建明", "钱立", "邝志强", "覃艳芳"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["莫凡", "卢海涛", "伍海燕", "韩冰", "郑永军"]);
  });

  it("reads a Traditional masthead spaced out letter by letter, its number under it no topic", () => {
    const m = parse(["塘湖區人民政府", "區 長 辦 公 會 議 紀 要", "（12）", "", "九月六日上午，區長柯文杰主持召開2024年第12次區長辦公會議。", "（一）關於背街小巷環境整治提升工作"].join("\n"));
    expect(m.title).toBe("塘湖區人民政府區長辦公會議紀要");
    expect(m.topics.map((t) => t.heading)).toEqual(["關於背街小巷環境整治提升工作"]);
    expect(m.meeting?.sessionNumber).toBe(12);
  });

  it("round 57: a breadcrumb of words joined by / is no title; 附件下载 entries read as paragraphs end no list; 列席单位 of organisations names nobody; a person ends an item before a line of units", () => {
    const m = parse([
      "首页 / 政务公开 / 会议纪要 / 区政府常务会议",
      "霞山区人民政府第6次常务会议纪要",
      OPENING,
      "一、关于防汛",
      "会议原则同意。",
      "列　席：区政府办公室副主任司马文、区财政局局长晏秋萍",
      "区教育局、区市场监管局有关负责同志",
      "列席单位：管委会办公室、经济发展局、园区开发集团",
      "附件下载：",
      "1.2024年度高标准农田建设项目清单.xls",
      "2.县城区供水管网改造工程（一期）布局图.pdf",
    ].join("\n"));
    expect(m.title).toBe("霞山区人民政府第6次常务会议纪要");
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["司马文", "晏秋萍"]);
  });

  it("joins a heading's end standing flush left under an indented heading, and items cut inside a role word or a group", () => {
    const m = parse([
      "荷源县人民政府常务会议纪要",
      OPENING,
      "　　三、关于荷源县城乡供水一体化工程（二期）建设资金筹措",
      "方案和建设运营管理模式",
      "　　会议同意二期工程总投资4.6亿元。",
      "列　席：区政府办公室副主",
      "任司马文、区发改局局长蔺",
      "海涛、市直有关部门主",
      "要负责同志",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于荷源县城乡供水一体化工程（二期）建设资金筹措方案和建设运营管理模式"]);
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([["司马文", "区政府办公室副主任"], ["蔺海涛", "区发改局局长"]]);
  });

  it("rounds 58–59: lists merged into one line by role, a list's ASCII full stop, a two-part breadcrumb, a sentence line after a list", () => {
    const m = parse([
      "信息公开 > 会议纪要",
      "鹿原高新区党工委管委会2024年第15次联席会议纪要",
      OPENING,
      "一、关于防汛",
      "会议原则同意。",
      "出席：孔令军、王振东、张　静；请假：赵宏伟、马立新；列席：陈志远、马　莉。",
      "应邀出席: 龐振宇,孟慶林,閻　紅,蕭立軍.",
      "县直有关单位负责同志列席会议。",
    ].join("\n"));
    expect(m.title).toBe("鹿原高新区党工委管委会2024年第15次联席会议纪要");
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["孔令军", "王振东", "张静"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["赵宏伟", "马立新"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["陈志远", "马莉"]);
    expect(m.meeting?.invitedAttendees.map((p) => p.name)).toEqual(["龐振宇", "孟慶林", "閻紅", "蕭立軍"]);
    expect(m.unplaced).toEqual([]);
  });
});
