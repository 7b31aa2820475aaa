// Layouts met in rounds 42 to 47 of the fixtures: printed minutes converted from PDF files
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
    expect(m.diagnostics.map((d) => d.code)).not.toContain("unplaced-text");
    expect(m.outline.find((o) => o.position!.start.line === 2)?.kind).toBe("header");
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

describe("printed 纪要 and notices as real pages show them", () => {
  it("reads a 发文字号 in brackets on its own line under the title", () => {
    const m = parse(["澧川县人民政府常务会议纪要", "（澧政纪〔2012〕9号）", "", "    2012年9月14日上午，县长向立群主持召开县政府第九次常务会议。现将会议确定事项纪要如下：", "    一、关于财政预算执行情况", "    会议原则同意。"].join("\n"));
    expect(m.documentNumber).toMatchObject({ text: "澧政纪〔2012〕9号", prefix: "澧政纪", year: 2012, serial: 9 });
    expect(m.title).toBe("澧川县人民政府常务会议纪要");
  });

  it("reads a 关于 title cut in two lines (…关于印发丰源市人民政府⏎常务会议议事规则的通知)", () => {
    const m = parse(["丰源市人民政府关于印发丰源市人民政府", "常务会议议事规则的通知", "", "丰政发〔2024〕31号", "", "各乡镇人民政府、街道办事处，市级各部门：", "《丰源市人民政府常务会议议事规则》已经2024年11月13日市人民政府第93次常务会议通过，现予印发。"].join("\n"));
    expect(m.title).toBe("丰源市人民政府关于印发丰源市人民政府常务会议议事规则的通知");
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
  });

  it("reads 应邀列席会议的有 names without a colon as invited observers", () => {
    const m = parse(["县政府召开常务会议", "3月5日上午，县长王明主持召开县政府第7次常务会议。副县长黄立新出席会议。应邀列席会议的有县人大常委会副主任潘春生、县政协副主席苗凤英。县直有关部门主要负责人列席会议。"].join("\n"));
    expect(m.meeting?.invitedObservers.flatMap((g) => g.people.map((p) => p.name))).toEqual(["潘春生", "苗凤英"]);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["黄立新"]);
  });

  it("takes the 落款 after the body over a masthead's organ and date above the opening", () => {
    const m = parse([
      "石桥镇人民政府",
      "常务会议纪要",
      "",
      "石桥镇党政综合办公室　　　　　　　　二〇二三年六月二十日",
      "",
      "　　2023年6月16日下午，镇长滕　凯主持召开镇政府2023年第5次常务会议。现纪要如下：",
      "一、关于防汛备汛",
      "　　会议原则同意。",
      "",
      "石桥镇人民政府",
      "2023年6月20日",
      "",
      "抄送：县政府办公室，县人大常委会主任、副主任，县政协主席、副主席。",
    ].join("\n"));
    expect(m.issuer).toBe("石桥镇人民政府");
    expect(m.issueDate?.iso).toBe("2023-06-20");
    // (Each post is a recipient, as 、 lists them: 市政府秘书长、副秘书长 → two.)
    expect(m.distribution).toEqual(["县政府办公室", "县人大常委会主任", "副主任", "县政协主席", "副主席"]);
  });

  it("takes the 纪要's own title line under a notice that forwards it, and cuts a header value before an unknown label", () => {
    const m = parse([
      "严丰县人民政府办公室关于印发县政府第十一次常务会议纪要的通知",
      "",
      "索引号:11532399015170000K-/2024-0520003 公文目录:会议纪要 发文日期:2024年05月21日",
      "",
      "各乡镇人民政府，县级有关部门：",
      "现将《严丰县人民政府第十一次常务会议纪要》印发给你们，请认真抓好贯彻落实。",
      "",
      "严丰县人民政府第十一次常务会议纪要",
      "",
      "2024年5月16日，县长穆景川在县政府第一会议室主持召开县人民政府第十一次常务会议。纪要如下：",
      "一、会议研究了县城区供水管网改造工程有关事项",
      "会议同意。",
    ].join("\n"));
    expect(m.title).toBe("严丰县人民政府第十一次常务会议纪要");
    expect(m.disclosure?.indexNumber).toBe("11532399015170000K-/2024-0520003");
    expect(m.meeting?.chair?.name).toBe("穆景川");
  });

  it("reads a 落款 date in full-width digits, ISO or stripped (２０２５-０３-０４, ２０２４７１８)", () => {
    for (const [date, iso] of [["２０２５-０３-０４", "2025-03-04"], ["２０２４７１８", "2024-07-18"]] as const) {
      const m = parse(["澄江市人民政府常务会议纪要", "3月1日上午，市长王明主持召开市政府第5次常务会议。现纪要如下：", "一、关于春耕", "会议原则同意。", "", "澄江市人民政府办公室", date, "", "抄送：市委办公室。"].join("\n"));
      expect(m.issuer).toBe("澄江市人民政府办公室");
      expect(m.issueDate?.iso).toBe(iso);
    }
  });

  it("reads people listed per organisation, several to a line (市发展改革委：孙　宏　　　市财政局：冯雪梅（…）), and a chair named after the topics", () => {
    const m = parse([
      "南岭市人民政府常务会议纪要",
      "　　2024年5月16日下午，市政府在行政中心三楼第一会议室召开第9次常务会议。现将会议议定事项纪要如下：",
      "　　一、其他事项",
      "　　会议还研究了南岭港二期码头工程用海手续等事项，另行纪要。",
      "　　会议由市长方振国主持。",
      "列　席：",
      "　　市人大常委会：郑国华（副主任）",
      "　　市政协：吴丽君（副主席）",
      "　　市发展改革委：孙　宏　　　市财政局：冯雪梅（副局长，代孙建国）",
      "　　市审计局：邵　宁　　　　　市政府办公室：许　亮、卢晓宁",
      "记　录：何　晴",
    ].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "方振国", title: "市长" });
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["郑国华", "吴丽君", "孙宏", "冯雪梅", "邵宁", "许亮", "卢晓宁"]);
  });
});

