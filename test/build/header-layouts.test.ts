// Disclosure headers as pages really lay them out: bulleted label lists, values below blank
// lines, empty values, labels the parser does not map.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const BODY = [
  "白沙县人民政府第十九次常务会议纪要",
  "　　9月12日上午，县长周明主持召开县政府第十九次常务会议。现将会议议定事项纪要如下：",
  "　　一、关于秋冬季森林防火工作",
  "　　会议原则同意。",
];

describe("disclosure headers as pages lay them out", () => {
  it("reads a bulleted list of labels, each value below a blank line, empty values included", () => {
    const m = parse([
      "返回顶部",
      "  • 索引号:",
      "",
      "    6208230000/2023-004117",
      "  • 发文机构:",
      "",
      "    白沙县人民政府办公室",
      "  • 发文字号:",
      "",
      "    白政纪〔2023〕19号",
      "  • 有效性:",
      "",
      "  • 发布日期:",
      "",
      "    2023年09月14日 16:40",
      "",
      ...BODY,
    ].join("\n"));
    expect(m.disclosure).toMatchObject({
      indexNumber: "6208230000/2023-004117",
      publisher: "白沙县人民政府办公室",
      fileNumber: "白政纪〔2023〕19号",
      publishDate: "2023-09-14",
    });
    expect(m.disclosure?.fields.find((f) => f.label === "有效性")?.value).toBeNull();
    expect(m.title).toBe("白沙县人民政府第十九次常务会议纪要");
  });

  it("reads bulleted labels with their values on the same line", () => {
    const m = parse(["  • 索引号:HT2024-00057", "  • 发文机关:芦江区荷塘镇人民政府", "  • 成文日期:2024-03-20", "", ...BODY].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "HT2024-00057", publisher: "芦江区荷塘镇人民政府", writtenDate: "2024-03-20" });
  });

  it("leaves an empty value empty when the next row's label is one it does not map", () => {
    const m = parse(["索 引 号：11410000MB0000000X/2023-00416", "文　　号：", "关 键 字：常务会议", "公开方式：主动公开", "", ...BODY].join("\n"));
    expect(m.disclosure?.fileNumber).toBeNull();
    expect(m.disclosure?.fields.map((f) => f.label)).toEqual(["索引号", "文号", "关键字", "公开方式"]);
    expect(m.title).toBe("白沙县人民政府第十九次常务会议纪要");
  });

  it("keeps a related-links list with bullets as it was (no label, no colon)", () => {
    const m = parse([...BODY, "相关信息：", "· 白沙县人民政府第十八次常务会议纪要", "· 白沙县人民政府第十七次常务会议纪要"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于秋冬季森林防火工作"]);
    expect(m.disclosure?.fields).toEqual([]);
    expect(m.unplaced.map((u) => u.text)).toEqual([]);
  });

  it("reads a tab-separated header whose rows open with labels it only lists, and an empty cell before 浏览量", () => {
    const m = parse([
      "索引号\t11210421MB0C3271X5/2024-1101003\t发布机构\t延岭县人民政府办公室",
      "公开目录\t常务会议\t发布日期\t2024-11-01 09:12:45",
      "文号\t\t浏览量\t1362",
      "",
      "延岭县政府召开常务会议",
      "　　10月31日，县长常东旭主持召开县政府常务会议。会议原则通过《延岭县2024年目标管理绩效考核工作实施方案》。",
      "列席人员：新闻媒体记者 柯笔",
    ].join("\n"));
    expect(m.title).toBe("延岭县政府召开常务会议");
    expect(m.disclosure).toMatchObject({ fileNumber: null, publishDate: "2024-11-01", publisher: "延岭县人民政府办公室" });
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([["柯笔", "新闻媒体记者"]]);
  });

  it("reads a header row led by the site's organ (江湄区人民政府   发布时间:2015-07-06  信息来源:本站原创)", () => {
    const m = parse(["江湄区人民政府   发布时间:2015-07-06  信息来源:本站原创", ...BODY].join("\n"));
    expect(m.disclosure?.publishDate).toBe("2015-07-06");
    expect(m.disclosure?.fields.map((f) => f.label)).toEqual(["发布时间", "信息来源"]);
    expect(m.title).toBe("白沙县人民政府第十九次常务会议纪要");
    expect(m.unplaced).toEqual([]);
  });

  it("takes no title for a key's value when the key below has its own (有效性:⏎⏎…纪要⏎⏎来源:…)", () => {
    const m = parse([
      "索引号: 1137083100432971XY/2025-03156 公开方式: 主动公开",
      "成文日期: 2025-07-18",
      "有效性:",
      "",
      "桥头镇人民政府2025年第7次常务会议纪要",
      "",
      "来源:琅川县桥头镇 发布时间:2025-07-21 09:32",
      "",
      "时  间：2025年7月17日上午",
      "主持人：镇长　蒋文博",
      "会议议定事项如下：",
      "一、研究镇区防汛排涝应急处置事项。会议原则同意。",
    ].join("\n"));
    expect(m.title).toBe("桥头镇人民政府2025年第7次常务会议纪要");
    expect(m.disclosure?.fields.find((f) => f.label === "有效性")?.value).toBeNull();
    expect(m.meeting?.chair).toMatchObject({ name: "蒋文博", title: "镇长" });
  });

  it("reads a byline row led by labels it does not know (文章来源:… 文章作者:… 发布时间:…)", () => {
    const m = parse(["柏塘镇召开2021年第9次镇政府常务会议", "文章来源:柏塘镇人民政府 文章作者:吕向东 点击数: 发布时间:2021-06-04 16:12", "", "6月3日上午，柏塘镇2021年第9次镇政府常务会议在镇政府三楼会议室召开。会议由镇长姚明主持。"].join("\n"));
    expect(m.disclosure?.publishDate).toBe("2021-06-04");
    expect(m.meeting?.date.iso).toBe("2021-06-03");
    expect(m.unplaced).toEqual([]);
  });

  it("reads a bulleted header scraped with its tags, and a headline said twice under a key alone", () => {
    const m = parse(["<p>  • 索引号:</p>", "<p>    6208230000/2023-004117</p>", "<p>  • 发布日期:</p>", "<p>    2023年09月14日 16:40</p>", ...BODY.map((l) => `<p>${l}</p>`)].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "6208230000/2023-004117", publishDate: "2023-09-14" });
    const twice = parse(["文号\t\t浏览量\t1362", "主题词", "延岭县政府召开常务会议", "延岭县政府召开常务会议", "发布时间：2024-11-01　　来源：县政府办公室", "10月31日，县长邬立新主持召开县政府常务会议。"].join("\n"));
    expect(twice.title).toBe("延岭县政府召开常务会议");
  });

  it("knows 统一编号 for a label, so the cell before it keeps its own value", () => {
    const m = parse(["| 发布机构 | 云水区人民政府办公室 | 统一编号 | YSQ-2025-00063 | 索引号 | 11440688MB2C0417X6/2025-00063 |", "云水区人民政府常务会议纪要", "　　3月6日上午，区长王明主持召开区政府常务会议。", "　　一、关于防汛", "　　会议同意。"].join("\n"));
    expect(m.disclosure?.publisher).toBe("云水区人民政府办公室");
    expect(m.disclosure?.indexNumber).toBe("11440688MB2C0417X6/2025-00063");
  });

  it("reads a markdown list of labels (- 索引号:…) as the header, and a bulletin's 刊发日期 as the publish date", () => {
    const m = parse(["首页 > 政务公开 > 乡镇信息公开 > 会议纪要", "- 索引号:006382451N/2022-0317008", "- 发布机构:荷乡镇人民政府", "- 生成日期:2022-03-16", "- 公开日期:2022-03-17", ...BODY].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "006382451N/2022-0317008", publisher: "荷乡镇人民政府", writtenDate: "2022-03-16", publishDate: "2022-03-17" });
    const bulletin = parse(["热点新闻总第576期 > 县政府办公室编印", "刊发日期:2021-12-23 阅读次数: 作者:符丽娟", ...BODY].join("\n"));
    expect(bulletin.disclosure?.publishDate).toBe("2021-12-23");
  });

  it("reads a header table drawn with box characters (┌─┬─┐ │索引号：│…│) as a pipe table, its rules left out", () => {
    const m = parse([
      "┌──────────┬──────────────────────────┐",
      "│索引号：    │11532825015188774X-/2024-0425001           │",
      "├──────────┼──────────────────────────┤",
      "│发布机构：  │勐嘎县人民政府办公室                       │",
      "├──────────┼──────────────────────────┤",
      "│文号：      │勐政常纪〔2024〕9号                        │",
      "├──────────┼──────────────────────────┤",
      "│名称：      │勐嘎县人民政府第九次常务会议纪要           │",
      "└──────────┴──────────────────────────┘",
      "",
      ...BODY,
    ].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "11532825015188774X-/2024-0425001", publisher: "勐嘎县人民政府办公室", fileNumber: "勐政常纪〔2024〕9号", title: "勐嘎县人民政府第九次常务会议纪要" });
    expect(m.title).toBe("白沙县人民政府第十九次常务会议纪要");
    expect(m.diagnostics.filter((d) => d.code === "unplaced-text")).toEqual([]);
  });

  it("takes an old page's title bar (茅岭县人民政府 - 政务公开 - 会议纪要) for chrome, not the title", () => {
    const m = parse(["茅岭县人民政府 - 政务公开 - 会议纪要", "", ...BODY].join("\n"));
    expect(m.title).toBe("白沙县人民政府第十九次常务会议纪要");
  });

  it("reads a row led by a long label it does not know (法定主動公開分類：… 公開方式：…), and a header's number that is a serial alone", () => {
    const m = parse(["信息名稱：市政府第20次常務會議紀要", "法定主動公開分類：市政府常務會議 公開方式：主動公開", "文件編號：第20號 發佈機構：橋隱市人民政府辦公室", "市政府第20次常務會議紀要", "", "  2023年8月2日上午，市長甘懷遠主持召開市政府第20次常務會議，紀要如下：", "  一、會議審議了《規劃》", "  會議原則通過。"].join("\n"));
    expect(m.title).toBe("市政府第20次常務會議紀要");
    expect(m.disclosure.disclosureMode).toBe("主動公開");
    expect(m.documentNumber).toMatchObject({ text: "第20號", prefix: null, year: null, serial: 20 });
  });

  it("knows 服务对象 for a label, so a tab row's later cell (公开方式) is read", () => {
    const m = parse(["主题词\t常务会议\t体裁分类\t纪要", "服务对象\t社会公众\t公开方式\t主动公开", ...BODY].join("\n"));
    expect(m.disclosure.disclosureMode).toBe("主动公开");
  });

  it("knows 体裁 for a label inside a pipe row (| 文件编号 | … | 体  裁 | 纪要 |)", () => {
    const m = parse(["| 文件编号 | 江政纪〔2024〕9号 | 体  裁 | 纪要 |", ...BODY].join("\n"));
    expect(m.disclosure.fileNumber).toBe("江政纪〔2024〕9号");
  });

  it("lets a later label give a field whose cell was empty ([ 发文日期 ] empty, then 时间:2025-07-14)", () => {
    const m = parse(["[ 发文日期 ]", "[ 文 号 ]", "时间:2025-07-14 来源:县政府办", ...BODY].join("\n"));
    expect(m.disclosure.publishDate).toBe("2025-07-14");
  });

  it("knows 责任部门 for a label, so the publisher's cell before it keeps its own value", () => {
    const m = parse(["发布机构 河湾区人民政府办公室 责任部门 河湾区人民政府办公室 有效性 有效", ...BODY].join("\n"));
    expect(m.disclosure.publisher).toBe("河湾区人民政府办公室");
  });
});

describe("a dash or a slash set in an empty cell (round 552: qingqi)", () => {
  it("reads | 文　　号： | —— | and 文号：/ as no value", () => {
    for (const cell of ["——", "—", "/", "-"]) {
      const m = parse([`| 索 引 号： | 001/2012-00003 | 文　　号： | ${cell} |`, "| 发布日期： | 2012-03-05 | 公开方式： | 主动公开 |", ...BODY].join("\n"));
      expect(m.disclosure?.fileNumber ?? null, cell).toBeNull();
      expect(m.disclosure?.indexNumber).toBe("001/2012-00003");
    }
  });
});

describe("a page's headline and the 纪要's own title", () => {
  const HEADER = (headline: string): string[] => [
    "返回顶部",
    "",
    headline,
    "",
    "  • 发文字号:",
    "",
    "    孝河政纪〔2024〕9号",
    "",
    "  • 内容概述:",
    "",
    "孝河区人民政府常务会议纪要",
    "",
    "第9期",
    "",
    "6月17日下午，区委副书记、区长程光辉主持召开区政府常务会议，研究全区防汛备汛工作。现将会议议定事项纪要如下：",
    "（一）关于全区防汛备汛工作",
    "会议要求各街道压实责任。",
  ];

  it("takes the header's summary for the title where it is the 纪要's title and the headline only numbers it or reports the meeting", () => {
    expect(parse(HEADER("孝河区人民政府常务会议纪要（第9期）").join("\n")).title).toBe("孝河区人民政府常务会议纪要");
    expect(parse(HEADER("区政府召开第九次常务会议").join("\n")).title).toBe("孝河区人民政府常务会议纪要");
  });

  it("keeps a headline that is a 纪要 title of its own", () => {
    expect(parse(HEADER("孝河区人民政府第9次常务会议纪要").join("\n")).title).toBe("孝河区人民政府第9次常务会议纪要");
  });

  it("takes the title line below a headline that carries the document's number without its prefix (…纪要（〔2024〕33号）)", () => {
    const m = parse(["连岭县人民政府常务会议纪要（〔2024〕33号）", "发布时间：2024-09-14 10:26　　来源：县政府办公室", "连岭县人民政府常务会议纪要", "〔2024〕33号", "　　9月12日上午，县长蒋立华主持召开县人民政府第三十三次常务会议。", "　　一、关于防汛工作", "　　会议要求加强值守。"].join("\n"));
    expect(m.title).toBe("连岭县人民政府常务会议纪要");
  });

  it("takes the title line below a headline that carries the document's number in brackets (…纪要(平政阅〔2022〕8号))", () => {
    const m = parse([
      "当前位置: 首页 > 政务公开 > 政府信息公开目录 > 会议纪要",
      "",
      "平溪县人民政府常务会议纪要(平政阅〔2022〕8号)",
      "",
      "来源:平溪县人民政府办公室 日期:2022-04-20 09:15",
      "",
      "平溪县人民政府常务会议纪要",
      "",
      "平政阅〔2022〕8号",
      "",
      "　　4月15日上午，县长蒋立华在县政府二楼会议室主持召开县人民政府第八次常务会议。",
      "　　一、传达学习全省安全生产电视电话会议精神",
      "　　会议强调，要深入开展安全生产大检查。",
    ].join("\n"));
    expect(m.title).toBe("平溪县人民政府常务会议纪要");
    expect(m.documentNumber?.text).toBe("平政阅〔2022〕8号");
  });

  it("reads a header's file number without the blanks a site put around its digits (第 20 号)", () => {
    const m = parse(["文件编号:第 20 号 发布机构:西沅市人民政府办公室", ...BODY].join("\n"));
    expect(m.disclosure.fileNumber).toBe("第20号");
  });
});

describe("a law database's 文章属性 block", () => {
  const DOC = [
    "时间:2024-04-02 15:00:03 来源:网友投稿",
    "",
    "  文章属性",
    "",
    "  【制定机关】禾新高新技术产业开发区管委会",
    "",
    "  【公布日期】2024.03.15",
    "",
    "  【字",
    "",
    "  号】禾新管纪〔2024〕3号",
    "",
    "  【时效性】现行有效",
    "",
    "  正文",
    "",
    "  禾新高新区管委会主任办公会议纪要",
    "",
    "  3月12日上午，管委会主任周明主持召开主任办公会议。",
    "  一、关于标准厂房建设",
    "  会议原则同意。",
  ].join("\n");

  it("reads 【公布日期】 as the publish date over the copying site's time, and a 【字⏎号】 label cut over two lines as the file number", () => {
    const m = parse(DOC);
    expect(m.disclosure.publishDate).toBe("2024-03-15");
    expect(m.disclosure.fileNumber).toBe("禾新管纪〔2024〕3号");
    expect(m.disclosure.publisher).toBeNull();
    expect(m.title).toBe("禾新高新区管委会主任办公会议纪要");
  });

  it("keeps a font-size 字号 row out of the file number", () => {
    expect(parse(["发布日期：2024-03-15　字号：【大 中 小】", ...BODY].join("\n")).disclosure.fileNumber).toBeNull();
  });
});

describe("a header table's value wrapped into the row below", () => {
  it("joins a row with an empty label cell to the value above it (| 名　　称： | …常务会议 |⏎|  | 纪要 |)", () => {
    const m = parse([
      "| 索 引 号： | 11330799MB1C47265X/2021-00418 | 分　　类： | 常务会议纪要 |",
      "| --- | --- | --- | --- |",
      "| 名　　称： | 北源区人民政府第三十三次常务会议 |  |  |",
      "|  | 纪要 |  |  |",
      "| 文　　号： |  | 发布日期： | 2021-09-13 |",
      "",
      ...BODY,
    ].join("\n"));
    expect(m.disclosure.title).toBe("北源区人民政府第三十三次常务会议纪要");
    expect(m.disclosure.publishDate).toBe("2021-09-13");
    expect(m.disclosure.indexNumber).toBe("11330799MB1C47265X/2021-00418");
  });
});

describe("more of a header's label variants", () => {
  it("reads a row opened by 公开责任部门 and its 公开形式 as the disclosure mode", () => {
    const m = parse(["文件名称 | 2023年第十一次县政府常务会议纪要 | ||", "公开责任部门 | 岩水县政府办公室 | 公开形式: | 主动公开 |", "", ...BODY].join("\n"));
    expect(m.disclosure.disclosureMode).toBe("主动公开");
    expect(m.disclosure.fields.map((f) => f.label)).toContain("公开责任部门");
  });

  it("reads 公开时效 as the disclosure period, and 时效 only where its value is a period (not 现行有效)", () => {
    const header = (row: string) => parse(["索引号：361102/2021-00024", row, "", ...BODY].join("\n")).disclosure;
    expect(header("公开方式：主动公开　　　　公开时效：长期公开　　　　信息名称：白沙县人民政府第十九次常务会议纪要")).toMatchObject({ disclosureMode: "主动公开", disclosurePeriod: "长期公开", title: "白沙县人民政府第十九次常务会议纪要" });
    expect(header("时　　效：长期公开").disclosurePeriod).toBe("长期公开");
    expect(header("公開時效：長期公開").disclosurePeriod).toBe("長期公開");
    expect(header("时效：现行有效").disclosurePeriod).toBeNull();
  });

  it("reads an English edition's header (Index No.:, Publisher:, Date of Writing:, Document No.:, Date of Release:, Title:)", () => {
    const m = parse(["Index No.:\t431128XXX/2024-00189\tTopic:\tGovernment Affairs \\ Meeting Minutes", "Publisher:\t白沙县人民政府办公室\tDate of Writing:\t2024-03-08", "Document No.:\t白政纪〔2024〕5号\tDate of Release:\t2024-03-12", "Title:\t白沙县人民政府第十九次常务会议纪要", "Validity:\tValid", "", ...BODY].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "431128XXX/2024-00189", publisher: "白沙县人民政府办公室", writtenDate: "2024-03-08", fileNumber: "白政纪〔2024〕5号", publishDate: "2024-03-12", title: "白沙县人民政府第十九次常务会议纪要" });
    expect(m.title).toBe("白沙县人民政府第十九次常务会议纪要");
  });

  it("reads no English word without its colon as a label (Title of the plan)", () => {
    const m = parse([...BODY.slice(0, 3), "　　Title of the plan was agreed. 会议原则同意。"].join("\n"));
    expect(m.disclosure.fields).toEqual([]);
  });

  it("reads a flattened header's short keys (名称:, 文号:) where the line runs long keys on, and a key after an empty cell's colon", () => {
    const run = parse(["索引号:11331127MB0C21458K/2023-00517发布机构:白沙县人民政府办公室成文日期:2023-05-08名称:白沙县人民政府第十九次常务会议纪要文号:白政纪〔2023〕9号公开方式:主动公开", "", ...BODY].join("\n")).disclosure;
    expect(run).toMatchObject({ publisher: "白沙县人民政府办公室", writtenDate: "2023-05-08", title: "白沙县人民政府第十九次常务会议纪要", fileNumber: "白政纪〔2023〕9号", disclosureMode: "主动公开" });
    const empty = parse(["索引号:11331127MB0C21458K/2023-00311文号:发布机构:白沙县人民政府办公室成文日期:2023-05-08", "", ...BODY].join("\n")).disclosure;
    expect(empty).toMatchObject({ indexNumber: "11331127MB0C21458K/2023-00311", publisher: "白沙县人民政府办公室", fileNumber: null });
  });

  it("reads a document number a PDF's layout set a blank into before its bracket (白政纪 〔2025〕 2号)", () => {
    const m = parse([BODY[0], "白政纪 〔2025〕 2号", ...BODY.slice(1)].join("\n"));
    expect(m.documentNumber).toMatchObject({ text: "白政纪〔2025〕2号", prefix: "白政纪", year: 2025, serial: 2 });
  });

  it("reads a foot line of the site's owner and its phone as the page's frame", () => {
    const m = parse([...BODY, "", "白沙县人民政府办公室主办　　联系电话：0797-6621234", "赣ICP备10004321号"].join("\n"));
    expect(m.chrome.map((c) => c.text)).toContain("白沙县人民政府办公室主办　　联系电话：0797-6621234");
    expect(m.diagnostics.filter((d) => d.code === "unplaced-text")).toEqual([]);
  });
});

describe("a header's last value wrapped onto several indented lines (round 333)", () => {
  it("reads 内容概况 over three lines as one value, nothing left unplaced, the wrap after 、 read as nothing", () => {
    const m = parse([
      "关键词 常务会议",
      "内容概况 市政府第17次常务会议纪要",
      "  城市防汛、保障性住房建设、",
      "  职业教育园区等5项议题",
      "",
      ...BODY,
    ].join("\n"));
    expect(m.disclosure.fields.map((f) => [f.label, f.value])).toEqual([["关键词", "常务会议"], ["内容概况", "市政府第17次常务会议纪要城市防汛、保障性住房建设、职业教育园区等5项议题"]]);
    expect(m.diagnostics.filter((d) => d.code === "unplaced-text")).toEqual([]);
    expect(m.title).toBe("白沙县人民政府第十九次常务会议纪要");
    // (Indented lines that run on without a blank line after them are no value's rest.)
    const run = parse(["内容概况 市政府第17次常务会议纪要", "  城市防汛", "  保障性住房", "  职业教育", "  农村公路", "", ...BODY].join("\n"));
    expect(run.disclosure.fields.map((f) => f.value)).toEqual(["市政府第17次常务会议纪要"]);
  });

  it("reads a summary's lines that list the topics by their numbers as its value, not as topics (round 406)", () => {
    const m = parse([
      "关键词 常务会议",
      "内容概况 市政府第79次常务会议纪要",
      "  一、关于春节期间市场供应和价格稳定工作 二、关于2012年为民办实事项目",
      "  三、关于市区河道综合整治工程",
      "",
      ...BODY,
    ].join("\n"));
    expect(m.disclosure.fields.map((f) => [f.label, f.value])).toEqual([
      ["关键词", "常务会议"],
      ["内容概况", "市政府第79次常务会议纪要一、关于春节期间市场供应和价格稳定工作 二、关于2012年为民办实事项目三、关于市区河道综合整治工程"],
    ]);
    expect(m.topics.map((t) => t.heading)).toEqual(parse(BODY.join("\n")).topics.map((t) => t.heading));
    expect(m.meeting?.date.iso).toBe(parse(BODY.join("\n")).meeting?.date.iso);
  });

  it("ends a summary's numbered lines at a line at the margin where the page has no blank lines", () => {
    const m = parse(["关键词 常务会议", "内容概况 市政府第79次常务会议纪要", "  一、关于春节期间市场供应工作 二、关于为民办实事项目", "  三、关于市区河道综合整治工程", ...BODY].join("\n"));
    expect(m.disclosure.fields.map((f) => f.label)).toEqual(["关键词", "内容概况"]);
    expect(m.topics.map((t) => t.heading)).toEqual(["关于秋冬季森林防火工作"]);
  });
});

describe("发文单位 as the publisher (round 335)", () => {
  it("reads a tab-separated 发文单位 row as the publisher", () => {
    const m = parse(["索引号：\t000014349/2023-00105\t", "发文单位：\t渠岭县人民政府办公室\t", "", ...BODY].join("\n"));
    expect(m.disclosure.publisher).toBe("渠岭县人民政府办公室");
    expect(m.disclosure.indexNumber).toBe("000014349/2023-00105");
  });
});

describe("a label-per-line header whose last label is empty, over the document's title (round 343)", () => {
  it("leaves the title's first line at the margin out of the indented values' header", () => {
    const m = parse([
      "  • 索引号：",
      "",
      "    11441203MB2E0381XK/2022-00215",
      "  • 发布机构：",
      "",
      "    枫坳区人民政府办公室",
      "  • 内容概述：",
      "",
      "枫坳区人民政府",
      "区长办公会议纪要",
      "",
      "  2022年9月6日下午，区长欧阳振华在区行政中心A305会议室主持召开区长办公会议（第十五次）。现将会议议定事项纪要如下：",
      "  一、关于秋季学期公办学位保障工作",
      "  会议同意。",
    ].join("\n"));
    expect(m.title).toBe("枫坳区人民政府区长办公会议纪要");
    expect(m.disclosure.indexNumber).toBe("11441203MB2E0381XK/2022-00215");
    expect(m.disclosure.publisher).toBe("枫坳区人民政府办公室");
    expect(m.disclosure.fields.find((f) => f.label === "内容概述")?.value ?? null).toBeNull();
  });
});

describe("people tables and a header table's first row over its rule (round 356)", () => {
  it("reads a 请假人员 pipe table (姓名 | 职务 | 请假原因) as its people with their reasons as notes, a 列席 table (单位 | 姓名 | 职务) as its people, and a header's first row over the rule as a row", () => {
    const m = parse([
      "| 信息索引号 | 440604-GY-2024-0317 |",
      "|---|---|",
      "| 公开日期 | 2024-09-03 |",
      "",
      "官窑区人民政府2024年第17次常务会议纪要",
      "8月30日上午，区长冯伟主持召开区政府2024年第17次常务会议。",
      "出席：冯伟、何嘉",
      "请假人员",
      "",
      "| 姓名 | 职务 | 请假原因 |",
      "|---|---|---|",
      "| 叶振东 | 副区长 | 赴省委党校参加培训 |",
      "| 梁　晓 | 区政府党组成员 | 公务外出 |",
      "",
      "列　席：",
      "",
      "单位 | 姓名 | 职务",
      "---- | ---- | ----",
      "区人大常委会 | 贺春林 | 副主任",
      "区政府办公室 | 罗　鸣 | 主任",
      "",
      "（一）关于春耕",
      "会议同意。",
    ].join("\n"));
    expect(m.disclosure.indexNumber).toBe("440604-GY-2024-0317");
    expect(m.disclosure.publishDate).toBe("2024-09-03");
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["叶振东", "梁晓"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["贺春林", "罗鸣"]);
  });
});

describe("a box-drawn disclosure header whose cells have no padding (qiaodun-2023-11)", () => {
  it("reads a key right before its cell's bar (│索 引 号│…) as a key", () => {
    const m = parse([
      "┌────────┬─────────────────────────┬────────┬──────────────┐",
      "│索 引 号│ 002318457/2023-00937    │发布机构│乔墩县人民政府办公室│",
      "├────────┼─────────────────────────┼────────┼──────────────┤",
      "│成文日期│ 2023-06-05              │发布日期│ 2023-06-05   │",
      "└────────┴─────────────────────────┴────────┴──────────────┘",
      "乔墩县人民政府第11次常务会议纪要",
      "6月2日上午，县长主持召开县政府第11次常务会议。",
      "一、关于防汛",
      "会议原则同意。",
    ].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "002318457/2023-00937", publisher: "乔墩县人民政府办公室", writtenDate: "2023-06-05", publishDate: "2023-06-05" });
  });
});

describe("header rows of other platforms (round 411)", () => {
  it("reads keys set in columns over their values, apart by tabs or wide blanks", () => {
    const tabs = parse(["索引号\t主题分类\t发布机构\t成文日期", "11341602MB0F31827C/2024-00218\t综合政务\t枫岭区人民政府办公室\t2024-06-14", "发布日期\t文号", "2024-06-17\t枫政纪〔2024〕18号", "", ...BODY].join("\n"));
    expect(tabs.disclosure).toMatchObject({ indexNumber: "11341602MB0F31827C/2024-00218", publisher: "枫岭区人民政府办公室", writtenDate: "2024-06-14", publishDate: "2024-06-17", fileNumber: "枫政纪〔2024〕18号" });
    const gaps = parse(["索引号：　　　　　　　　　　　　发布机构：", "11361128MB0A66315P/2023-00094　　　　岚水县人民政府办公室", "", ...BODY].join("\n"));
    expect(gaps.disclosure).toMatchObject({ indexNumber: "11361128MB0A66315P/2023-00094", publisher: "岚水县人民政府办公室" });
  });

  it("reads tab columns with an empty cell, two tabs in a row, each value under its key (round 552: tinglan)", () => {
    const m = parse(["索引号\t发文字号\t发布机构\t主题分类", "011043278/2023-05261\t\t汀澜区人民政府办公室\t综合政务", "成文日期\t发布日期", "2023-06-12\t2023-06-14", "", ...BODY].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "011043278/2023-05261", publisher: "汀澜区人民政府办公室", writtenDate: "2023-06-12", publishDate: "2023-06-14" });
    expect(m.disclosure?.fileNumber ?? null).toBeNull();
  });

  it("reads cells apart by a full-width bar without blanks around it", () => {
    const m = parse(["索引号：003267145/2023-00311｜发布机构：鹤山县人民政府办公室｜成文日期：2023年05月22日｜公开方式：主动公开", "", ...BODY].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "003267145/2023-00311", publisher: "鹤山县人民政府办公室", writtenDate: "2023-05-22", disclosureMode: "主动公开" });
  });

  it("leaves the page's buttons behind a value out of it", () => {
    const m = parse(["发布机构：芦溪县人民政府办公室　　　　打印　关闭", "公开时限：长期公开　　　　【打印本页】【关闭窗口】", "", ...BODY].join("\n"));
    expect(m.disclosure).toMatchObject({ publisher: "芦溪县人民政府办公室", disclosurePeriod: "长期公开" });
  });
});

describe("a value's rest set under its first character on the next line (round 427)", () => {
  const page = (rows: string[]) => parse(["柘湾区人民政府", ...rows, "", "柘湾区人民政府2024年第7次常务会议纪要", "　　7月12日下午，区长褚立峰主持召开区政府2024年第7次常务会议。", "　　一、关于防汛工作", "　　会议要求加强值守。"].join("\n"));
  it("joins an organ's name and a 文号 cut so, key rows going on below", () => {
    const m = page(["信息索引号：113306xx002547130W/2024-00711", "发布机构：柘湾区人民政府", "　　　　　办公室", "发文日期：2024年07月19日", "文件编号：柘政纪", "　　　　　〔2024〕7号", "公开方式：主动公开"]);
    expect(m.disclosure).toMatchObject({ publisher: "柘湾区人民政府办公室", fileNumber: "柘政纪〔2024〕7号", publishDate: "2024-07-19" });
    expect(m.documentNumber?.text).toBe("柘政纪〔2024〕7号");
  });
  it("joins such a rest indented by a tab, and none at the margin", () => {
    expect(page(["发布机构：柘湾区人民政府", "\t办公室", "发文日期：2024年07月19日"]).disclosure.publisher).toBe("柘湾区人民政府办公室");
    expect(page(["发布机构：柘湾区人民政府", "办公室", "发文日期：2024年07月19日"]).disclosure.publisher).toBe("柘湾区人民政府");
  });
});

describe("a bulleted row the lexer does not know is no value's rest (qingning)", () => {
  it("keeps •  公开属性:主动公开 out of the index number above it", () => {
    const m = parse(["  • 发文机构:上海市清宁区人民政府办公室", "  • 索引号:SY002519870202300347", "  • 公开属性:主动公开", "  • 主题分类:政务公开", "  • 发布日期:2023-11-21", "", ...BODY].join("\n"));
    expect(m.disclosure.indexNumber).toBe("SY002519870202300347");
  });

  it("reads 公开属性 as the disclosure's mode and 公开期限 as its period (round 506)", () => {
    const m = parse(["公开属性：主动公开　　公开期限：长期公开", "发布日期：2023-11-21", "", ...BODY].join("\n"));
    expect(m.disclosure).toMatchObject({ disclosureMode: "主动公开", disclosurePeriod: "长期公开" });
  });
});

describe("a run-together header's key at a line's end, its value opening the next line (round 508)", () => {
  it("reads the value on its key's line where more keys follow it", () => {
    const m = parse(["索引号：", "11522635MB1762093E/2023-0117 信息分类：政府会议 发布机构：岑岭县人民政府办公室 发文日期：2023-06-27 发文字号：岑府常议〔2023〕17号", "", ...BODY].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "11522635MB1762093E/2023-0117", publisher: "岑岭县人民政府办公室", fileNumber: "岑府常议〔2023〕17号" });
    const n = parse(["索引号：11513427008851236K/2023-00214 发布机构：", "岷溪县人民政府办公室 发文日期：2023-06-02 文号：岷府阅〔2023〕14号", "", ...BODY].join("\n"));
    expect(n.disclosure.publisher).toBe("岷溪县人民政府办公室");
  });

  it("leaves a key alone at its line's end where the next line is text (日期：⏎11月9日上午，…)", () => {
    const m = parse(["发布日期：", "11月9日上午，县长杨梦华主持召开县政府第28次常务会议。", "一、关于防汛工作", "会议要求加强值守。"].join("\n"));
    expect(m.meeting?.date.text).toBe("11月9日上午");
  });
});

describe("a padded key after a wide gap in a row (round 437)", () => {
  it.each([
    ["公开方式：主动公开　　　　　　　　　时　　效：有效", "主动公开", null],
    ["公开方式：主动公开　　　　　　　　　时　　限：长期公开", "主动公开", "长期公开"],
    ["公开方式：主动公开　　　　　　　　　范　　围：面向社会", "主动公开", null],
  ])("reads %s", (row, mode, period) => {
    const m = parse(["索 引 号：014170213/2024-00057　　　　主题分类：综合政务", "成文日期：2024-04-09　　　　　　　　发布日期：2024-04-12", row, "", ...BODY].join("\n"));
    expect(m.disclosure.disclosureMode).toBe(mode);
    expect(m.disclosure.disclosurePeriod).toBe(period);
  });
});

describe("people tables with spaced-out heads (round 455: tinghu)", () => {
  it("reads | 姓　名 | 职　务 | 事　由 | as a table of people, as it reads | 姓名 | 职务 | 事由 |", () => {
    const m = parse(["汀湖县人民政府常务会议纪要", "8月30日上午，县长欧阳振宁主持召开县政府第15次常务会议。", "请假人员：", "| 姓　名 | 职　务 | 事　由 |", "|---|---|---|", "| 贝　宁 | 副县长 | 在省委党校学习 |", "| 邢建国 | 县政府党组成员 | 带队赴杭州招商 |", "", "（一）关于春耕", "会议同意。"].join("\n"));
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["贝宁", "邢建国"]);
  });
});

describe("an English edition's header labels (round 459: luwan, chengpu)", () => {
  it("reads Index Number, Issuing Agency, Written Date, Publish Date, Document Number, Disclosure Method and Disclosure Period", () => {
    const m = parse(["Index Number: 2102XX-0104/2024-00523", "Issuing Agency: 大连市旅湾区人民政府办公室", "Written Date: 2024-09-13", "Publish Date: 2024-09-18", "Document Number: 旅政纪〔2024〕23号", "Disclosure Method: 主动公开", "Disclosure Period: 长期公开", "", "旅湾区人民政府常务会议纪要", "　　9月12日上午，区长丁伟主持召开区政府第23次常务会议。"].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "2102XX-0104/2024-00523", publisher: "大连市旅湾区人民政府办公室", writtenDate: "2024-09-13", publishDate: "2024-09-18", fileNumber: "旅政纪〔2024〕23号", disclosureMode: "主动公开", disclosurePeriod: "长期公开" });
  });
});
