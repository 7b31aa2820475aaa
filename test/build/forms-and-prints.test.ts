// Layouts from real pages met this session: header tables flattened without cell breaks, a page
// date after an unlabelled byline cell, a form's agenda list above the minutes, organisations cut
// by a print's hard wrap, a heading that runs on past its full stop.
import { describe, expect, it } from "vitest";
import { readingView } from "../../src/decode/index.js";
import { parse } from "../../src/parse.js";

const BODY = [
  "双庙乡人民政府第五次常务会议纪要",
  "",
  "　　4月18日上午，乡长吕明主持召开乡政府第五次常务会议。现将会议议定事项纪要如下：",
  "　　一、关于春季植树造林工作",
  "　　会议原则同意。",
];

describe("a header table flattened without its cell breaks", () => {
  const HEADER = [
    "索 引 号:41018200X/2024-00057主题分类:综合政务/会议纪要",
    "发布机构:双庙乡人民政府关 键 词:常务会议",
    "文    号双政纪〔2024〕5号成文日期:2024-04-19发布日期:2024-04-22",
    "",
  ];

  it("reads a blank before each later key and after a spaced-out key its value follows", () => {
    const view = readingView(HEADER.join("\n"));
    expect(view.text.split("\n").slice(0, 3)).toEqual([
      "索 引 号:41018200X/2024-00057 主题分类:综合政务/会议纪要",
      "发布机构:双庙乡人民政府 关 键 词:常务会议",
      "文    号 双政纪〔2024〕5号 成文日期:2024-04-19 发布日期:2024-04-22",
    ]);
  });

  it("fills the disclosure from each cell", () => {
    const m = parse([...HEADER, ...BODY].join("\n"));
    expect(m.disclosure).toMatchObject({
      indexNumber: "41018200X/2024-00057",
      publisher: "双庙乡人民政府",
      fileNumber: "双政纪〔2024〕5号",
      writtenDate: "2024-04-19",
      publishDate: "2024-04-22",
    });
    expect(m.disclosure?.fields.map((f) => f.label)).toEqual(["索引号", "主题分类", "发布机构", "关键词", "文号", "成文日期", "发布日期"]);
    // (The positions still point at the source: 主题分类 where it stands in the run-together line.)
    const key = m.disclosure?.fields[1]?.position;
    expect(key?.start).toMatchObject({ line: 1, column: 27 });
  });

  it("leaves a longer key whole (信息索引号) and running text alone", () => {
    expect(readingView("信息索引号:0012/2024-1 发布日期:2024-04-22\n").text).toBe("信息索引号:0012/2024-1 发布日期:2024-04-22\n");
    expect(readingView("会议听取了关于主题分类:的汇报。\n").text).toBe("会议听取了关于主题分类:的汇报。\n");
    // (Keys of two characters may end ordinary words: 会议时间: after a value stays as it is.)
    expect(readingView("来源:县政府会议时间:3月5日\n").text).toBe("来源:县政府会议时间:3月5日\n");
  });

  it("reads the Traditional keys of a mirror copy the same way", () => {
    expect(readingView("文    號雙政紀〔2024〕5號成文日期:2024-04-19\n").text).toBe("文    號 雙政紀〔2024〕5號 成文日期:2024-04-19\n");
  });
});

describe("a page's date as a cell of its own, unlabelled", () => {
  it("is the publish date, after a byline's labels the lexer does not know", () => {
    const m = parse(["房志诚主持召开县政府第9次常务会议", "", "来源：洛阳县融媒体中心　　编辑：詹梦琪　　2022-03-22 10:15　　阅读：", "", "3月21日下午，县长房志诚主持召开县十六届第9次政府常务会议。"].join("\n"));
    expect(m.disclosure?.fields.map((f) => [f.label, f.value])).toEqual([
      ["来源", "洛阳县融媒体中心"],
      ["日期", "2022-03-22 10:15"],
    ]);
    expect(m.disclosure?.publishDate).toBe("2022-03-22");
    // (And the meeting's year comes from it.)
    expect(m.meeting?.date.iso).toBe("2022-03-21");
  });

  it("is read where the row's keys run on right after it (2023-09-06 16:22:18信息来源:…)", () => {
    const m = parse(["岐山区人民政府第28次常务会议纪要", "2023-09-06 16:22:18信息来源:区政府办公室浏览次数:字体:[ 大 中 小 ]", "", "9月4日上午，区长周明主持召开区政府第28次常务会议。", "一、关于防汛", "会议原则同意。"].join("\n"));
    expect(m.disclosure?.publishDate).toBe("2023-09-06");
    expect(m.disclosure?.fields.map((f) => f.label)).toContain("信息来源");
  });

  it("gives way to a labelled publish date", () => {
    const m = parse(["来源：县政府办　　2022-03-20　　发布日期：2022-03-22", "", ...BODY].join("\n"));
    expect(m.disclosure?.publishDate).toBe("2022-03-22");
  });
});

describe("a form's agenda list above the minutes", () => {
  const DOC = [
    "庞立鹏主持召开区政府第39次常务会议",
    "发布日期：2024-01-04　　来源：区政府办公室",
    "",
    "会议议题：一、关于2024年《政府工作报告》（审议稿）起草情况的汇报；",
    "二、关于2023年民生实事完成情况的汇报；",
    "三、关于《燕北区国有资产使用管理暂行办法》（送审稿）的汇报。",
    "列席情况：孔繁宇同志，区财政局、区司法局主要负责同志。",
    "会议议定事项：",
    "1月2日，燕北区委副书记、区长庞立鹏主持召开区政府第39次常务会议，就有关工作进行研究部署。",
    "一、会议听取了区政府办公室关于2024年《政府工作报告》（审议稿）起草情况的汇报。会议原则同意。",
    "二、会议听取了区政府办公室关于2023年民生实事完成情况的汇报。会议原则同意。",
    "三、会议听取了区财政局关于《燕北区国有资产使用管理暂行办法》（送审稿）的汇报。会议原则同意该办法。",
  ].join("\n");

  it("keeps the agenda's items out of the topics, and reads the opening below the list", () => {
    const m = parse(DOC);
    expect(m.diagnostics.map((d) => d.code)).not.toContain("not-minutes");
    expect(m.topics.map((t) => t.heading)).toEqual([
      "会议听取了区政府办公室关于2024年《政府工作报告》（审议稿）起草情况的汇报",
      "会议听取了区政府办公室关于2023年民生实事完成情况的汇报",
      "会议听取了区财政局关于《燕北区国有资产使用管理暂行办法》（送审稿）的汇报",
    ]);
    expect(m.meeting).toMatchObject({ sessionNumber: 39, date: { iso: "2024-01-02" }, chair: { name: "庞立鹏" } });
    expect(m.outline.filter((o) => o.kind === "agenda")).toHaveLength(2);
  });

  it("reads 列席情况： as a list of observers", () => {
    expect(parse(DOC).meeting?.observers.map((p) => p.name)).toEqual(["孔繁宇"]);
  });

  it("keeps a form's 会议议程： items (1.…；) apart from its 议定事项 (一、…)", () => {
    const m = parse([
      "云溪县人民政府常务会议纪要",
      "",
      "会议名称：县政府2024年第3次常务会议",
      "会议时间：2024年3月6日上午9:00",
      "主 持 人：钟启明（县长）",
      "",
      "会议议程：",
      "1.传达学习上级有关会议精神；",
      "2.研究县城供水管网改造事项。",
      "",
      "议定事项：",
      "一、会议传达学习了全省政府系统有关会议精神，要求各部门认真抓好贯彻落实。",
      "二、会议研究了县城供水管网改造事项，原则同意县水务局提出的改造方案。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual([
      "会议传达学习了全省政府系统有关会议精神，要求各部门认真抓好贯彻落实",
      "会议研究了县城供水管网改造事项，原则同意县水务局提出的改造方案",
    ]);
    expect(m.meeting).toMatchObject({ sessionNumber: 3, date: { iso: "2024-03-06" }, chair: { name: "钟启明" } });
  });
});

describe("lists cut by a print's hard wrap inside an organisation's name", () => {
  const list = (lines: string[]): string[] =>
    parse(["县人民政府常务会议纪要", "", "　　3月5日，县长王军主持召开县政府第3次常务会议。", "　　一、关于春耕生产", "　　会议原则同意。", "", ...lines].join("\n")).meeting?.observers.map((p) => p.name) ?? [];

  it("joins two characters of an organisation to the rest on the next line", () => {
    expect(list(["列　　席：县发改局局长　覃海燕，县财政局局长　陆文涛，县自", "　　　　　然资源局局长　石永康，县住建局副局长　韦丽萍"])).toEqual(["覃海燕", "陆文涛", "石永康", "韦丽萍"]);
    expect(list(["列席：区府办周立明，区发改局冯嘉欣，区国", "　　　资中心莫国强"])).toEqual(["周立明", "冯嘉欣", "莫国强"]);
  });

  it("joins an organisation cut late, its remnant of two characters on the next line", () => {
    expect(list(["列席：党政办主任鲁文清、财政", "所所长甘晓东、规划建", "设办主任房一鸣"])).toEqual(["鲁文清", "甘晓东", "房一鸣"]);
    // (A whole organisation of two characters, 团委, is no remnant: the line before ended with a name.)
    expect(list(["列席：党政办主任鲁文清、财政所所长甘晓东、房一鸣", "团委书记李　林"])).toEqual(["鲁文清", "甘晓东", "房一鸣", "李林"]);
  });

  it("carries a list on past an office its separator leaves open", () => {
    expect(list(["列席：云海涛  ", "符秀珍  市政府办公室、", "市发展改革委、市财政局、", "市司法局负责同志"])).toEqual(["云海涛", "符秀珍"]);
  });
});

describe("a topic's heading and its text on one line", () => {
  const headings = (topic: string[]): (string | null)[] =>
    parse(["县人民政府常务会议纪要", "", "　　3月5日，县长王军主持召开县政府第3次常务会议。", ...topic].join("\n")).topics.map((t) => t.heading);

  it("ends the heading at its full stop, whatever sentence follows", () => {
    expect(headings(["　　一、会议原则同意县财政局提出的《资金管理暂行办法》。由县司法局进行合法性审查后印发。"])).toEqual(["会议原则同意县财政局提出的《资金管理暂行办法》"]);
  });

  it("takes a heading cut by a print's wrap to its full stop on the next line", () => {
    const m = parse([
      "县人民政府常务会议纪要",
      "",
      "　　3月5日，县长王军主持召开县政府第3次常务会议。",
      "　　一、会议原则同意县财政局提出的《青潭县县级财政资金直",
      "达基层管理暂行办法》。由县司法局进行合法性审查后印发。",
      "　　二、会议同意将县住建局提出的《青潭县城区老旧小区改造",
      "三年行动方案》印发各乡镇征求意见。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["会议原则同意县财政局提出的《青潭县县级财政资金直达基层管理暂行办法》", "会议同意将县住建局提出的《青潭县城区老旧小区改造三年行动方案》印发各乡镇征求意见"]);
    expect(m.topics[0]?.paragraphs.map((p) => p.text)).toEqual(["由县司法局进行合法性审查后印发。"]);
  });
});

describe("page numbers", () => {
  it("reads 第1页/共2页 as a page number in a printed page's text", () => {
    const lines = [
      "　　会议听取了区发改局关于近海经济区体制机制改革",
      "情况的汇报，原则同意改革方案，要求区发改局会同区委",
      "编办抓紧完善配套制度，确保改革平稳有序推进，按期",
      "第1页/共2页",
      "完成各项任务。会议强调，各部门要强化协同配合，形成",
      "工作合力，及时研究解决改革中遇到的困难和问题，确保",
      "各项改革举措落地见效。",
      "第2页/共2页",
      "",
    ];
    const view = readingView(lines.join("\n"));
    expect(view.text).not.toContain("页");
    expect(view.text).toContain("确保改革平稳有序推进，按期完成各项任务。");
  });
});

describe("a document site's outline of the text above it", () => {
  const DOC = [
    "新文秘網(wǎng) - 公文寫作範文大全",
    "",
    "凌水縣人民政府第十四次常務會議紀要",
    "",
    "目錄/提綱:……",
    "2、抓好化肥、農藥、種子等農資保供穩價",
    "1、落實落細企業安全生產主體責任",
    "……",
    "",
    "時間:2023年4月6日上午",
    "主持:縣長 覃志遠",
    "現將會議議定事項紀要如下:",
    "一、關於2023年春耕生產和農資保供工作",
    "會議要求:",
    "1、穩定糧食播種面積。",
    "2、抓好化肥、農藥、種子等農資保供穩價。",
    "二、關於全縣安全生產大檢查工作",
    "1、落實落細企業安全生產主體責任。",
  ].join("\n");

  it("is the page's chrome: the topics are the text's own outermost items", () => {
    const m = parse(DOC);
    expect(m.topics.map((t) => t.heading)).toEqual(["關於2023年春耕生產和農資保供工作", "關於全縣安全生產大檢查工作"]);
    expect(m.meeting).toMatchObject({ date: { iso: "2023-04-06", timeOfDay: "上午" }, chair: { name: "覃志遠" } });
    expect(m.chrome.map((c) => c.text)).toContain("目錄/提綱:……");
  });
});

describe("a notice calling the meeting under a page's headline", () => {
  it("takes the notice's own title, and is no minutes", () => {
    const m = parse([
      "市政府第8次常务会议(邀请市政府法律顾问参会)",
      "发布时间:2024-06-11 10:52 来源:洪塘市人民政府(办公室)",
      "关于召开市政府第8次常务会议的通知",
      "市直有关单位:",
      "市政府6月13日(星期四)8:30在市政府五楼会议室召开市政府第8次常务会议。现将有关事项通知如下:",
      "1. 请市政府市长、副市长、秘书长参加。",
      "会议议题:",
      "一、审议《洪塘市低空经济产业发展三年行动方案》;",
    ].join("\n"));
    expect(m.title).toBe("关于召开市政府第8次常务会议的通知");
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
    expect(m.topics).toEqual([]);
  });
});

describe("titles and dates of column and news pages", () => {
  it("takes the meeting's name from a column's bulleted label, and the year from the bare date above it", () => {
    const m = parse([
      "桐北区人民政府 常务会议专栏",
      "首页 | 会议列表 | 往期回顾",
      "",
      "2022-05-16",
      "• 会议题目 • 贺文涛主持召开区政府第5次常务会议",
      "  • 会议内容",
      "  • 提纲速读",
      "",
      "5月16日上午，区委副书记、区长贺文涛主持召开区政府第5次常务会议。",
    ].join("\n"));
    expect(m.title).toBe("贺文涛主持召开区政府第5次常务会议");
    expect(m.meeting?.date.iso).toBe("2022-05-16");
    expect(m.meeting?.sessionNumber).toBe(5);
  });

  it("dates a news report's day alone from the page's date a few days after it", () => {
    const doc = (page: string): string =>
      ["第十六届人民政府第32次常务会议召开", `作者:     日期: ${page}    浏览量: 213`, "", "      25日,市长龚立伟主持召开第十六届人民政府第 32 次常务会议,讨论研究政府相关工作事项。"].join("\n");
    expect(parse(doc("2019-12-26")).meeting?.date).toMatchObject({ text: "25日", iso: "2019-12-25" });
    // (A page dated before that day, or long after it, says nothing certain of the month.)
    expect(parse(doc("2019-12-20")).meeting?.date.iso).toBeNull();
    expect(parse(doc("2020-02-10")).meeting?.date.iso).toBeNull();
    expect(parse(doc("2020-01-28")).meeting?.date.iso).toBe("2020-01-25");
  });

  it("prefers the document's own title and masthead number to a page's numbered headline", () => {
    const m = parse([
      "市政府常务会议纪要（第7期）",
      "发布时间：2023-04-14　　来源：市政府办公室",
      "",
      "兰水市人民政府常务会议纪要",
      "",
      "第7期",
      "",
      "兰水市人民政府办公室　　　　　　　　　2023年4月12日",
      "",
      "　　2023年4月10日下午，十七届市政府第61次常务会议在市政府第二会议室召开。会议由市长韩东升主持。",
      "　　一、传达学习全省一季度经济形势分析会议精神",
    ].join("\n"));
    expect(m.title).toBe("兰水市人民政府常务会议纪要");
    expect(m.meeting?.date.iso).toBe("2023-04-10");
  });

  it("reads 出席者： and 列席者： as lists, and 公開目錄 as a Traditional header key", () => {
    const m = parse([
      "公開目錄 會議紀要 發布日期 2016-06-10 16:49:05",
      "",
      "宁川区区长办公会议纪要",
      "    时间：2011年5月9日上午",
      "    出席者：甘国华（常务副区长）  陶敏（副区长）  申屠立新（副区长）",
      "    列席者：边志强（区建设局局长）  濮阳红（区工商分局局长）",
      "    一、关于城区道路改造",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["甘国华", "陶敏", "申屠立新"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["边志强", "濮阳红"]);
    expect(m.disclosure?.publishDate).toBe("2016-06-10");
  });
});

describe("attendance and headlines met in round 107", () => {
  it("reads each labelled line under 应邀列席： as a group of its own", () => {
    const m = parse([
      "兰水县人民政府第十五次常务会议纪要",
      "　　3月5日，县长王军主持召开县政府第十五次常务会议。",
      "　　一、关于春耕生产",
      "　　会议原则同意。",
      "应邀列席：",
      "　县人大代表：裴　玲　卞　强",
      "　县政协委员：黎　明",
      "　法律顾问：柴　毅",
    ].join("\n"));
    expect(m.meeting?.invitedObservers.map((g) => [g.group, g.people.map((p) => p.name)])).toEqual([
      ["县人大代表", ["裴玲", "卞强"]],
      ["县政协委员", ["黎明"]],
      ["法律顾问", ["柴毅"]],
    ]);
  });

  it("takes a headline led by a full date for the title, and the opening below it for the meeting", () => {
    const m = parse([
      "2023年11月21日区政府召开第58次常务会议",
      "  • 发布日期:2023-11-21",
      "",
      "2023年11月21日上午，区长欧阳明远主持召开区政府第58次常务会议。副区长司马文涛出席会议。",
    ].join("\n"));
    expect(m.title).toBe("2023年11月21日区政府召开第58次常务会议");
    expect(m.meeting).toMatchObject({ date: { iso: "2023-11-21", timeOfDay: "上午" }, chair: { name: "欧阳明远" } });
  });

  it("reads a line a header key opens with one colon, and the lines after it, as written", () => {
    expect(readingView("时间：3月5日上午\n地点：县政府三楼会议室\n").text).toBe("时间：3月5日上午\n地点：县政府三楼会议室\n");
  });
});

describe("rounds 109-111: messy copies and printed minutes", () => {
  it("reads a headline's layout padding as one blank and a spaced-out count as written whole", () => {
    expect(parse("区政府召开第19次常务会议     韩志远主持\n\n6月28日上午，区长韩志远主持召开区政府第19次常务会议。\n").title).toBe("区政府召开第19次常务会议 韩志远主持");
    expect(parse("青禾区人民政府第 1 3 次常务会议纪要\n\n11月28日上午，区政府召开第 1 3 次常务会议。\n").title).toBe("青禾区人民政府第13次常务会议纪要");
  });

  it("drops an ASCII full stop ending a heading, as it drops 。", () => {
    const m = parse(["县人民政府常务会议纪要", "", "3月5日，县长王军主持召开县政府第3次常务会议.", "（一）会议研究了春耕生产.", "（二）会议还研究了其他事项."].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["会议研究了春耕生产", "会议还研究了其他事项"]);
  });

  it("reads 出席会议的有： with its names on the same line as a list, where no sentence follows them", () => {
    const m = parse([
      "    2024年4月10日下午，县委副书记、县长严家栋在县行政中心八楼会议室主持召开县人民政府第七次常务会议。现将会议议定事项纪要如下：",
      "",
      "    （一）关于2024年农村公路养护工作",
      "",
      "    会议原则同意县交通运输局提出的2024年农村公路养护工作方案。",
      "",
      "    （二）关于《白潭县城区违法建设治理办法（试行）》",
      "",
      "    会议审议并原则通过该办法，由县司法局进行合法性审查后，以县政府名义印发。",
      "",
      "    出席会议的有：严家栋、尚宏伟、邝丽君、冼志强、潘海涛",
      "",
      "    应邀出席：县人大常委会副主任蔺秀珍，县政协副主席莫国栋",
      "",
      "    因公缺席：副县长韩 冰（赴省参加招商推介会）",
      "",
      "    列席：县审计局局长薛　明，县司法局局长卜晓燕",
      "",
      "    附件：1．白潭县2024年农村公路养护任务分解表",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["严家栋", "尚宏伟", "邝丽君", "冼志强", "潘海涛"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["韩冰"]);
    expect(m.topics.map((t) => t.paragraphs.length)).toEqual([1, 1]);
  });

  it("prefers a printed 版头 to a page's headline numbered with its year", () => {
    const m = parse([
      "常务会议纪要（2023年第14次）",
      "时间:2023-08-02 信息来源: 禾峡县人民政府",
      "禾峡县人民政府",
      "常 务 会 议 纪 要",
      "2023年第14次",
      "禾峡县人民政府办公室　　　　　　　　　二〇二三年七月三十一日",
      "　　7月28日上午，县长贾文博在县政府常务会议室主持召开2023年第14次县政府常务会议。",
      "　　1．研究主汛期防汛工作。会议要求，各乡镇要落实巡查责任人。",
    ].join("\n"));
    expect(m.title).toBe("禾峡县人民政府常务会议纪要");
  });
});

describe("a topic's marker a scraper ran into the line before", () => {
  it("starts the next topic where the marker is the next number after the last one", () => {
    const m = parse([
      "钟岭区政府2017年度第3次常务会议议定事项",
      "",
      "2017年2月14日上午，区长窦春梅主持召开区政府2017年度第3次常务会议。",
      "一、会议讨论了区政府领导工作分工调整",
      "会议讨论通过了区政府领导工作分工调整方案。 二、会议讨论了《重点项目区内异地落户管理办法（试行）》",
      "会议原则同意该办法。 五、这不是下一个议题",
      "三、略",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["会议讨论了区政府领导工作分工调整", "会议讨论了《重点项目区内异地落户管理办法（试行）》", "略"]);
  });
});

describe("rounds 113-116: siblings, Zhejiang and Jiangsu pages, news, hard layouts", () => {
  it("keeps a padded name that opens a list's next line apart from the whole name before it", () => {
    const m = parse([
      "县人民政府常务会议纪要",
      "    3月5日，县长王军主持召开县政府第3次常务会议。",
      "    一、关于春耕生产",
      "    会议原则同意。",
      "出席：周明远　刘家栋、何素梅，",
      "　　　孙建平　唐国华、郑晓燕",
      "　　　马　骏，邱立新、",
      "　　　谢长青",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["周明远", "刘家栋", "何素梅", "孙建平", "唐国华", "郑晓燕", "马骏", "邱立新", "谢长青"]);
  });

  it("ends a 分送 list before a site's footer", () => {
    const m = parse([
      "溪吴区人民政府第9次常务会议纪要",
      "11月28日上午,区政府召开第9次常务会议。",
      "一、关于春耕生产",
      "会议原则同意。",
      "分送:區委各部門,區人大辦公室,區直各單位 |",
      "互聯網違法和不良信息舉報電話:0572-2103366 網站地圖 政務郵箱 聯系我們 版權所有:溪吳區人民政府",
    ].join("\n"));
    expect(m.distribution).toEqual(["區委各部門", "區人大辦公室", "區直各單位"]);
  });

  it("leaves an empty cell's label out of the value before it", () => {
    const m = parse(["索引号 113309250026417752/2023-91132 生成日期 2023-07-18", "发布机构 县府办 文号", "", "县政府召开第18次常务会议", "", "2023年7月11日，县长主持召开县政府第18次常务会议。"].join("\n"));
    expect(m.disclosure?.publisher).toBe("县府办");
  });

  it("takes a news report whose headline tells of the meeting held, without a dated opening, for minutes", () => {
    const m = parse(["县十六届政府召开第三十三次常务会议 |", "", "会议邀请县水利水电局相关负责人作专题讲座。", "", "会议指出,要加强水域管理。"].join("\n"));
    expect(m.diagnostics.map((d) => d.code)).not.toContain("not-minutes");
    expect(m.meeting?.sessionNumber).toBe(33);
    // (A headline that only names the meeting, with nothing the meeting said, is no report of it.)
    expect(parse(["县十六届政府召开第三十三次常务会议", "", "相关新闻：…"].join("\n")).diagnostics.map((d) => d.code)).toContain("not-minutes");
  });
});

describe("rounds 117-120: office meetings, tables, mirrors, dates", () => {
  it("reads a flattened form's fact labels with their values on the next line", () => {
    const m = parse([
      "岚桥镇人民政府2022年第7次常务会议纪要",
      "",
      "时间",
      "二〇二二年四月八日下午",
      "地点",
      "镇政府三楼会议室",
      "主持人",
      "镇长　甘国栋",
      "出席",
      "甘国栋　庞　丽　钱学军",
      "会议主要议题及议定事项：",
      "一、关于春耕备耕生产工作",
      "会议原则同意。",
    ].join("\n"));
    expect(m.meeting).toMatchObject({ date: { iso: "2022-04-08", timeOfDay: "下午" }, place: "镇政府三楼会议室", chair: { name: "甘国栋", title: "镇长" } });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["甘国栋", "庞丽", "钱学军"]);
  });

  it("carries a 抄送 list its separator leaves open past a blank line", () => {
    const m = parse([
      "白杨市人民政府市长办公会议纪要",
      "　　3月15日上午，市长主持召开市长办公会议。",
      "　　一、关于城区供水",
      "　　会议原则同意。",
      "　　抄送：市委办公室，市人大常委会办公室，市中级法院，",
      "",
      "　　　　　市检察院，各区人民政府。",
    ].join("\n"));
    expect(m.distribution).toEqual(["市委办公室", "市人大常委会办公室", "市中级法院", "市检察院", "各区人民政府"]);
  });
});

describe("a list of organisations and names going on after a blank line", () => {
  it("reads the next line's people where the line before holds organisation + name items", () => {
    const m = parse([
      "白杨市人民政府市长办公会议纪要",
      "　　3月15日上午，市长主持召开市长办公会议。",
      "　　一、关于城区供水",
      "　　会议原则同意。",
      "　　列席人员：卜晓明（市政府秘书长）　市住建局倪建强　市卫生健康委",
      "",
      "　　　　　　　方丽萍　市交通运输局汪海　市财政局钟建华",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["卜晓明", "倪建强", "方丽萍", "汪海", "钟建华"]);
  });
});

describe("an attendance group naming the meeting", () => {
  it("reads the names before 等…常务会议组成人员参加", () => {
    const m = parse([
      "县人民政府第二十八次常务会议纪要",
      "",
      "4月1日，县长吴军明主持召开县人民政府第二十八次常务会议，何开成、安青、何永亮等县人民政府常务会议组成人员参加，县人大常委会副主任钟江林列席会议。",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["何开成", "安青", "何永亮"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["钟江林"]);
  });
});

describe("a page's update time", () => {
  it("dates the meeting's year without being the publish date", () => {
    const m = parse(["王丰明主持召开县政府第59次常务会", "作者:佚名    文章来源:本站原创    点击数:    更新时间:2009-3-3 9:12:41", "", "    2月28日，县长王丰明主持召开县政府第59次常务会。"].join("\n"));
    expect(m.meeting?.date.iso).toBe("2009-02-28");
    expect(m.disclosure?.publishDate).toBeNull();
  });
});

describe("rounds 124-127: plenary then standing meeting, doubled commas", () => {
  it("takes the standing meeting told after a plenary on the same day, at its own time", () => {
    const m = parse([
      "双桥市召开市政府第二次全体会议和第3次常务会议",
      "",
      "3月4日上午，市委副书记、市长聂志远主持召开市政府第二次全体会议。市政府领导晏国栋、房慧、柏林生、应红霞出席会议，市人大常委会副主任谭玉应邀出席会议。",
      "当天下午，聂志远主持召开市政府第3次常务会议。副市长晏国栋、房慧、柏林生出席会议，副市长应红霞因公请假，市政府秘书长常乐列席会议。",
    ].join("\n"));
    expect(m.meeting).toMatchObject({ sessionNumber: 3, date: { timeOfDay: "下午" }, chair: { name: "聂志远" } });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["晏国栋", "房慧", "柏林生"]);
    expect(m.meeting?.invitedAttendees).toEqual([]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["应红霞"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["常乐"]);
  });

  it("reads a comma a scraper doubled once", () => {
    const m = parse(["和沙市人民政府第19次常务会议纪要", "", "9月3日上午，代市长王军主持召开市政府第19次常务会议。副市长乌日娜、鄂志刚,,市政府秘书长苏和出席会议。"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["乌日娜", "鄂志刚", "苏和"]);
  });
});

describe("rounds 128-131: joined meetings and publish-date labels", () => {
  it("takes the standing meeting's count where two meetings are named with 、", () => {
    const m = parse(["十八届县人民政府第28次常务会议召开", "", "11月9日（星期四）上午，县长杨梦华主持召开县政府党组2023年第16次会议、十八届县人民政府第28次常务会议。"].join("\n"));
    expect(m.meeting?.sessionNumber).toBe(28);
  });

  it("prefers 发布日期 to 发文日期 for the publish date, in either order", () => {
    const body = ["", "乌潭县人民政府第9次常务会议纪要", "", "5月8日上午，县长主持召开县政府第9次常务会议。"];
    expect(parse(["发文日期：2024-05-11", "发布日期：2024-05-13", ...body].join("\n")).disclosure?.publishDate).toBe("2024-05-13");
    expect(parse(["发布日期：2024-05-13", "发文日期：2024-05-11", ...body].join("\n")).disclosure?.publishDate).toBe("2024-05-13");
    expect(parse(["发文日期：2024-05-11", ...body].join("\n")).disclosure?.publishDate).toBe("2024-05-11");
  });
});

describe("rounds 132-135: provinces, PDF copies, city news", () => {
  it("reads 2022年33日 as 3月3日 (no month has 33 days), but leaves 2022年12日", () => {
    const doc = (d: string): string => ["市政府召开第11次常务会议", "", `  ${d}，市长祁振山主持召开市政府第11次常务会议。`].join("\n");
    expect(parse(doc("2022年33日")).meeting?.date.iso).toBe("2022-03-03");
    expect(parse(doc("2022年12日")).meeting?.date.iso).toBeNull();
  });

  it("takes an e-paper's page line for the paper's date, not a 落款", () => {
    const m = parse(["第01版：要闻  2025年09月26日", "", "市政府召开第9次常务会议", "", "本报讯 （记者 林金城） 9月25日上午，市长主持召开市政府第9次常务会议。"].join("\n"));
    expect(m.issuer).toBeNull();
    expect(m.issueDate).toBeNull();
    expect(m.meeting?.date.iso).toBe("2025-09-25");
  });

  it("reads a bare date line with the site's name after it as the publish date", () => {
    const m = parse(["市政府召开常务会议 研究审议城市供热保障等事项", "", "2024-10-18 15:22    北溪网", "", "10月17日，市长主持召开市政府2024年第15次常务会议。"].join("\n"));
    expect(m.disclosure?.publishDate).toBe("2024-10-18");
  });

  it("leaves 常务 out of the last name before 列席会议", () => {
    const m = parse(["龙湾县召开第七次常务会议", "", "6月20日晚6时,龙湾县召开第七次常务会议。县人大常委会副主任覃国庆、县政协副主席甘雪莹常务列席会议。"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["覃国庆", "甘雪莹"]);
  });
});

describe("a headline naming the government without its place", () => {
  it("gives way to the document's own title over its number", () => {
    const m = parse([
      "名称: 市政府第17次常务会议纪要 文号: 常务会议纪要〔2023〕17号",
      "市政府第17次常务会议纪要",
      "发布时间:2023-09-22 16:05 来源:青岩市人民政府(办公室)",
      "",
      "青岩市人民政府常务会议纪要",
      "",
      "〔2023〕17号",
      "",
      "  2023年9月18日下午，市长方德润主持召开市政府第17次常务会议。现纪要如下：",
      "  一、关于老旧小区改造",
    ].join("\n"));
    expect(m.title).toBe("青岩市人民政府常务会议纪要");
    // (Without a title of its own below it, the headline stays the title.)
    expect(parse(["市政府第17次常务会议纪要", "", "  2023年9月18日下午，市长方德润主持召开市政府第17次常务会议。"].join("\n")).title).toBe("市政府第17次常务会议纪要");
  });
});

describe("a paragraph's end a scraper mangled", () => {
  it("reads ?/P> at a line's end as the full stop it was", () => {
    expect(readingView("抄送：县委办公室，县政协办公室?/P>\n").text).toBe("抄送：县委办公室，县政协办公室。\n");
    const m = parse(["会宁县人民政府第12次常务会议纪要", "3月1日上午，县长主持召开县政府第12次常务会议。?/P>", "一、关于春耕生产", "会议原则同意。", "抄送：县委办公室，县人大常委会办公室，县政协办公室?/P>"].join("\n"));
    expect(m.distribution).toEqual(["县委办公室", "县人大常委会办公室", "县政协办公室"]);
    // (A ? inside a line is left as written: 8?7日.)
    expect(readingView("8?7日上午?/P>x\n").text).toBe("8?7日上午?/P>x\n");
  });
});

describe("a 落款 whose date a site stripped", () => {
  it("still gives its organ as the issuer, its date unread where the digits split two ways", () => {
    const m = parse(["鹤塬县人民政府第35次常务会议纪要", "", "10月30日上午，县长主持召开县政府第35次常务会议。", "一、关于粮食储备", "会议原则同意。", "", "鹤塬县人民政府办公室", "2021112日", "", "分送：县委办公室，县人大常委会办公室。"].join("\n"));
    expect(m.issuer).toBe("鹤塬县人民政府办公室");
    expect(m.issueDate?.iso ?? null).toBeNull();
    expect(m.topics[0]?.paragraphs.map((p) => p.text)).toEqual(["会议原则同意。"]);
  });
});

describe("a meeting date whose 月 a site turned into a dash and whose 日 it dropped", () => {
  const doc = (opening: string): string =>
    ["第21次常务会议纪要", "枫岭县人民政府办公室 2011-4-13", "", opening, "一、研究迎接省级卫生县城复查工作", "会议原则同意。"].join("\n");

  it("reads 3-24， opening the sentence, its year from the document's other dates", () => {
    const m = parse(doc("3-24，县长谭志坚在县政务服务中心常务会议室主持召开县人民政府第21次常务会议。"));
    expect(m.meeting?.date).toMatchObject({ text: "3-24", iso: "2011-03-24" });
    expect(m.meeting?.chair?.name).toBe("谭志坚");
  });

  it("reads no date from digits that are no month and day (13-40，)", () => {
    expect(parse(doc("13-40，县长谭志坚主持召开县人民政府第21次常务会议。")).meeting?.date.iso).toBeNull();
  });
});

describe("a table of topics (序号 / 议题 / 议定事项 / 责任股室 / 完成时限)", () => {
  const rows = [
    ["序号", "议题", "议定事项", "责任股室", "完成时限"],
    ["1", "关于2024年农村公路养护工程计划", "原则同意规划建设股提出的养护计划，共安排养护里程86公里。", "规划建设股", "2024年4月15日"],
    ["2", "关于城乡公交一体化线路调整", "同意新增城区至石门乡公交线路1条。", "运输管理股", "2024年5月底"],
    ["3", "关于春运工作总结", "", "办公室", ""],
  ];
  const form = (row: (cells: string[]) => string): string =>
    [
      "柒水县交通运输局2024年第6次局长办公会议纪要",
      "",
      row(["会议时间", "2024年3月7日上午", "", "会议地点", "局三楼会议室"]),
      row(["主持人", "范永年", "局长", "记录人", "蒋丽"]),
      row(["参会人员", "范永年、温志强、秦晓丽", "", "", ""]),
      row(["列席人员", "局办公室主任石凤兰、规划建设股股长乔宏伟", "", "", ""]),
      "",
      ...rows.map(row),
      "",
      "柒水县交通运输局办公室",
      "2024年3月8日",
    ].join("\n");
  const tsv = form((cells) => cells.join("\t"));
  const piped = form((cells) => `| ${cells.join(" | ")} |`);

  it("reads each row of a spreadsheet's table as a numbered topic, its 议定事项 as its text, its other cells as labelled lines", () => {
    const m = parse(tsv);
    expect(m.topics.map((t) => t.heading)).toEqual(["关于2024年农村公路养护工程计划", "关于城乡公交一体化线路调整", "关于春运工作总结"]);
    expect(m.topics[0]!.paragraphs.map((p) => p.text)).toEqual(["原则同意规划建设股提出的养护计划，共安排养护里程86公里。", "责任股室：规划建设股", "完成时限：2024年4月15日"]);
    expect(m.topics[2]!.paragraphs.map((p) => p.text)).toEqual(["责任股室：办公室"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["石凤兰", "乔宏伟"]);
  });

  it("keeps the heads row as the table's frame, where it stands in the source", () => {
    const m = parse(tsv);
    const head = m.chrome.find((c) => c.text.startsWith("序号"));
    expect(head?.position?.start.line).toBe(8);
  });

  it("reads a pipe table so too, and a chair's title cell before the row's next label (| 主持人 | 范永年 | 局长 | 记录人 | 蒋丽 |)", () => {
    const m = parse(piped);
    expect(m.topics.map((t) => t.heading)).toEqual(["关于2024年农村公路养护工程计划", "关于城乡公交一体化线路调整", "关于春运工作总结"]);
    expect(m.meeting?.chair).toMatchObject({ name: "范永年", title: "局长" });
    expect(parse(tsv).meeting?.chair).toMatchObject({ name: "范永年", title: "局长" });
  });

  it("reads no topics from a table whose rows are not numbered under a 序号 head", () => {
    const m = parse(form((cells) => cells.join("\t")).replace("\n1\t", "\n一\t"));
    expect(m.topics.map((t) => t.heading)).not.toContain("关于2024年农村公路养护工程计划");
  });
});

describe("a grid table's rows over several lines (pandoc's grid tables, a drawn form)", () => {
  const ascii = [
    "洛溪区区长办公会议纪要",
    "",
    "+--------------+----------------------------------------+",
    "| 会议名称     | 洛溪区2024年第6次区长办公会议          |",
    "+==============+========================================+",
    "| 会议时间     | 2024年5月17日（星期五）下午3:00        |",
    "+--------------+----------------------------------------+",
    "| 参加人员     | 车明亮、鄢红英、阎志国、濮德文、       |",
    "|              | 冉晓东                                 |",
    "+--------------+----------------------------------------+",
    "| 列席人员     | 区政府办公室主任 谯文军；区发展改革    |",
    "|              | 局局长 房启明                          |",
    "+--------------+----------------------------------------+",
    "| 会议议题     | 1.研究西关片区雨污分流改造工程资金     |",
    "|              | 安排                                   |",
    "|              | 2.研究区体育中心运营管理模式           |",
    "+--------------+----------------------------------------+",
    "| 议定事项     | 1.西关片区雨污分流改造工程             |",
    "|              | 会议同意该工程总投资3860万元，其中     |",
    "|              | 区级财政承担1200万元，其余通过专项债   |",
    "|              | 券解决。                               |",
    "|              | 2.区体育中心运营管理模式               |",
    "|              | 会议原则同意。                         |",
    "+--------------+----------------------------------------+",
  ].join("\n");

  it("joins a value's lines where the cell wrapped them, keeps them apart where a line ends short or an item opens", () => {
    const m = parse(ascii);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["车明亮", "鄢红英", "阎志国", "濮德文", "冉晓东"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["谯文军", "房启明"]);
    expect(m.topics.map((t) => t.heading)).toEqual(["西关片区雨污分流改造工程", "区体育中心运营管理模式"]);
    expect(m.topics[0]!.paragraphs.map((p) => p.text)).toEqual(["会议同意该工程总投资3860万元，其中区级财政承担1200万元，其余通过专项债券解决。"]);
  });

  it("reads a box-drawn form so too", () => {
    const box = ["罗溪区区长办公会议纪要", "", "┌──────┬───────────────────┐", "│参加人员│车明亮、鄢红英、阎志国、濮德文、     │", "│        │冉晓东                               │", "├──────┼───────────────────┤", "│议定事项│1.西关片区雨污分流改造工程           │", "│        │会议同意该工程总投资3860万元，其中区 │", "│        │级财政承担1200万元。                 │", "└──────┴───────────────────┘"].join("\n");
    const m = parse(box);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["车明亮", "鄢红英", "阎志国", "濮德文", "冉晓东"]);
    expect(m.topics.map((t) => [t.heading, t.paragraphs.map((p) => p.text)])).toEqual([["西关片区雨污分流改造工程", ["会议同意该工程总投资3860万元，其中区级财政承担1200万元。"]]]);
  });
});

describe("a 会议纪要审批表 pasted from a spreadsheet (cells between tabs)", () => {
  const form = [
    "新川市人民政府常务会议纪要审批表",
    "填表日期：2025年2月26日\t\t编号：新川纪〔2025〕4号",
    "会议名称\t市政府第四次常务会议\t会议时间\t2025年2月24日上午",
    "主持人\t市长 程立明",
    "出席人员\t程立明、宋佳丽、聂伟民",
    "会议议题\t一、审议《新川市促进民营经济高质量发展若干措施》",
    "\t二、研究市中心城区雨污分流改造工程建设资金筹措方案",
    "\t三、审议《新川市政府投资项目管理办法（修订）》",
    "议定事项\t关于第一项议题：会议原则通过，由市发展改革委修改完善后提请市委常委会审定。",
    "\t关于第二项议题：会议同意采取“专项债券+市场化融资”方式筹措建设资金。",
    "记录人\t潘雨晴\t拟稿人\t潘雨晴",
    "分送\t市委办公室，市人大常委会办公室，市政协办公室",
  ].join("\n");

  it("reads the 编号 cell after the 填表日期 cell as the document's number", () => {
    expect(parse(form).documentNumber).toMatchObject({ text: "新川纪〔2025〕4号", prefix: "新川纪", year: 2025, serial: 4 });
  });

  it("reads the 分送 row as the distribution", () => {
    expect(parse(form).distribution).toEqual(["市委办公室", "市人大常委会办公室", "市政协办公室"]);
  });

  it("takes the 会议议题 items for the topics, the last one's decisions row run on under it included", () => {
    expect(parse(form).topics.map((t) => t.heading)).toEqual(["审议《新川市促进民营经济高质量发展若干措施》", "研究市中心城区雨污分流改造工程建设资金筹措方案", "审议《新川市政府投资项目管理办法（修订）》"]);
  });
});

describe("an approval form (会议纪要审批表) over the 纪要 it approves", () => {
  it("takes the 纪要's own title, its number below it, for the title, not the form's name", () => {
    const cells = ["标    题", "墨川县人民政府第二十三次常务会议纪要", "拟稿单位", "县政府办公室", "拟 稿 人", "诸葛亮", "核    稿", "甘佩华", "审    核", "伏永明", "签    发", "同意印发。秦振华 11月25日", "密    级", "无", "印发份数", "40份"];
    const m = parse(["会议纪要审批表", "", "墨川县人民政府常务会议纪要审批表", "", ...cells, "", "墨川县人民政府第二十三次常务会议纪要", "", "墨政纪〔2022〕23号", "", "2022年11月22日上午，县长秦振华在县政府第一会议室主持召开县人民政府第二十三次常务会议。现纪要如下：", "一、关于清洁取暖工作", "会议原则同意。"].join("\n"));
    expect(m.title).toBe("墨川县人民政府第二十三次常务会议纪要");
    expect(m.documentNumber?.text).toBe("墨政纪〔2022〕23号");
  });
});

describe("a page that titles the minutes by their session alone", () => {
  const page = (headline: string): string =>
    ["兰岙县人民政府门户网站", "当前位置：首页 > 政务公开 > 常务会议纪要", "", headline, "", "发布机构：兰岙县人民政府办公室  发布时间：2016-4-13", "", "3月24日，县长符家栋主持召开县人民政府第21次常务会议。现纪要如下：", "一、研究园林县城复查工作", "会议原则同意。"].join("\n");

  it("takes the bare count as the title (第21次, 第二十一次)", () => {
    expect(parse(page("第21次")).title).toBe("第21次");
    expect(parse(page("第二十一次")).title).toBe("第二十一次");
    expect(parse(page("第21次")).diagnostics.map((d) => d.code)).not.toContain("title-missing");
  });

  it("takes no other short count line for one (第21)", () => {
    expect(parse(page("第21")).title).toBeNull();
  });
});

describe("a generic 纪要 heading over the numbered title with a letter-O year", () => {
  it("takes the numbered title (二O一O年第7次)", () => {
    const m = parse(["鎮長辦公會會議紀要", "", "松台鎮人民政府辦公室                二O一O年七月十二日", "", "松台鎮二O一O年第7次鎮長辦公會議紀要", "", "時間：二O一O年七月十日上午", "", "主持人：鎮長邢兆和", "", "一、關於防汛工作"].join("\n"));
    expect(m.title).toBe("松台鎮二O一O年第7次鎮長辦公會議紀要");
  });

  it("reads a drawn form's rows of a name and its title in cells of their own, the list going on under an empty label cell", () => {
    const m = parse([
      "筠岭县人民政府第十一次常务会议纪要",
      "┌────────┬────────┬─────────────────────────┐",
      "│会议时间│2024年6月12日（星期三）上午8:30            │",
      "├────────┼────────┬─────────────────────────┤",
      "│主 持 人│县长　芮思源                               │",
      "├────────┼────────┬─────────────────────────┤",
      "│出席人员│芮思源  │县长                     │",
      "│        │晁立新  │常务副县长               │",
      "│        │米　岚  │副县长                   │",
      "├────────┼────────┼─────────────────────────┤",
      "│请假人员│訾红霞  │副县长（在省委党校学习） │",
      "└────────┴────────┴─────────────────────────┘",
      "",
      "　　一、研究老旧小区改造计划",
      "　　会议原则同意。",
    ].join("\n"));
    expect(m.meeting?.date.iso).toBe("2024-06-12");
    expect(m.meeting?.chair).toMatchObject({ name: "芮思源", title: "县长" });
    expect(m.meeting?.attendees.map((p) => [p.name, p.title])).toEqual([["芮思源", "县长"], ["晁立新", "常务副县长"], ["米岚", "副县长"]]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["訾红霞"]);
  });

  it("reads a markdown page's heading, a chair's name and title cells, and a form's cells flattened one a line", () => {
    const md = parse([
      "# 渌北区人民政府第8次常务会议纪要",
      "",
      "| 项目 | 内容 | |",
      "| --- | --- | --- |",
      "| 会议时间 | 2024年4月18日（星期四）上午9:00 | |",
      "| 主持人 | 冼国梁 | 区委副书记、区长 |",
      "| 出席人员 | 冼国梁 | 区委副书记、区长 |",
      "|  | 覃丽娟 | 副区长 |",
      "",
      "一、关于防汛",
      "会议同意。",
    ].join("\n"));
    expect(md.title).toBe("渌北区人民政府第8次常务会议纪要");
    expect(md.meeting?.chair).toMatchObject({ name: "冼国梁", title: "区委副书记、区长" });
    expect(md.meeting?.attendees.map((p) => [p.name, p.title])).toEqual([["冼国梁", "区委副书记、区长"], ["覃丽娟", "副区长"]]);
    const flat = parse(["芊峰市人民政府常务会议纪要", "会议时间", "2023年9月26日（星期二）下午2:30", "主持人", "市长　倪宏达", "出席人员", "倪宏达", "市长", "阎　莉", "副市长", "沙振宇", "市政府党组成员", "请假人员", "蒯少华", "副市长（带队考察）", "议定事项", "（一）研究排水防涝工程", "会议原则同意。"].join("\n"));
    expect(flat.meeting?.attendees.map((p) => [p.name, p.title])).toEqual([["倪宏达", "市长"], ["阎莉", "副市长"], ["沙振宇", "市政府党组成员"]]);
    expect(flat.meeting?.absentees.map((p) => p.name)).toEqual(["蒯少华"]);
  });

  it("reads a bracketed session line under a title given only as a header's value, and 应邀列席 groups set apart by a blank", () => {
    const m = parse([
      "  • 内容概述:",
      "",
      "茆滩镇人民政府镇长办公会议纪要",
      "（2024年第6次）",
      "",
      "会议时间\t2024年5月7日下午3:00\t",
      "主持人\t镇长\t邴志和",
      "",
      "一、关于夏粮收购准备工作",
      "会议同意。",
    ].join("\n"));
    expect(m.meeting?.sessionNumber).toBe(6);
    const groups = parse(["石桥县人民政府常务会议纪要", "2022年4月6日上午，县长于海主持召开县政府第四次常务会议。", "应邀列席：县人大代表：游国庆　县政协委员：宫丽华", "一、关于春耕", "会议同意。"].join("\n"));
    expect(groups.meeting?.invitedObservers.map((g) => [g.group, g.people.map((p) => p.name)])).toEqual([["县人大代表", ["游国庆"]], ["县政协委员", ["宫丽华"]]]);
  });

  it("reads a form's rows of two label–value pairs, a list row going on in one cell, and a spaced 会 议 纪 要 heading", () => {
    const m = parse([
      "明沙市人民政府第十四次常务会议纪要",
      "",
      "| 会议名称 | 明沙市人民政府第十四次常务会议 | | |",
      "| --- | --- | --- | --- |",
      "| 时 间 | 2022年8月3日下午 | 地 点 | 市政府1号楼第二会议室 |",
      "| 主 持 | 市长 冉 峰 | 记 录 | 市政府办公室 尚丽娜 |",
      "| 出 席 | 冉 峰 市长 苏立国 常务副市长 | | |",
      "| | 景雅琴 副市长 霍志鹏 副市长 | | |",
      "",
      "1.研究重点项目推进工作。会议要求，市发改委要建立周调度机制。",
    ].join("\n"));
    expect(m.meeting?.place).toBe("市政府1号楼第二会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "冉峰", title: "市长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["冉峰", "苏立国", "景雅琴", "霍志鹏"]);
    const spaced = parse(["信息名称：衡浦县人民政府第五次常务会议纪要", "", "                    会 议 纪 要", "", "编号：衡政常纪〔2024〕5号\t\t\t密级：内部", "", "时间：2024年5月14日上午8:30        地点：县政府四楼常务会议室", "主　持　人：康世杰（县长）              记　录　人：甘晓梅", "", "议定事项：", "一、研究土地征收成片开发方案", "会议原则同意。"].join("\n"));
    expect(spaced.title).toBe("会议纪要");
    expect(spaced.documentNumber?.text).toBe("衡政常纪〔2024〕5号");
    expect(spaced.meeting?.place).toBe("县政府四楼常务会议室");
    expect(spaced.meeting?.chair).toMatchObject({ name: "康世杰", title: "县长" });
  });

  it("reads a tab form's agenda cell as the agenda, not topics, and titles before names on lines of their own", () => {
    const m = parse([
      "桑洛县人民政府常务会议记录",
      "会议名称\t桑洛县人民政府第7次常务会议\t\t",
      "时    间\t2024年4月16日（星期二）下午3:00\t地    点\t县政府五楼第一会议室",
      "列席人员\t县政府办公室主任  邝志远    县发改局局长  俞建南\t\t",
      "会议议题\t1.研究2024年县本级政府投资项目计划\t\t",
      "\t2.审议《桑洛县城市供水管理办法（草案）》\t\t",
      "",
      "议定事项：",
      "一、研究2024年县本级政府投资项目计划",
      "会议原则同意。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["研究2024年县本级政府投资项目计划"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["邝志远", "俞建南"]);
    const flat = parse(["云塘县县长办公会议纪要", "会议时间", "2024年9月3日上午", "出席人员", "罗振宇", "县长", "宓海峰", "常务副县长", "列席人员", "县住建局局长", "柏明亮", "县财政局副局长", "蓝　伟", "议定事项", "（一）研究雨污分流改造工程", "会议同意。"].join("\n"));
    expect(flat.meeting?.attendees.map((p) => p.name)).toEqual(["罗振宇", "宓海峰"]);
    expect(flat.meeting?.observers.map((p) => [p.name, p.title])).toEqual([["柏明亮", "县住建局局长"], ["蓝伟", "县财政局副局长"]]);
  });

  it("reads a form printed in columns whose two-character labels are spaced as wide as the gap after them", () => {
    const m = parse(["澜坪县人民政府常务会议纪要", "  时    间      2023年9月6日上午", "  出    席      何振邦  县长    贾文秀  副县长", "  请    假      时俊杰（参加市委党校培训）", "", "一、关于秋粮收购", "会议同意。"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["何振邦", "贾文秀"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["时俊杰"]);
  });

  it("reads a form's labels in lenticular brackets (【会议时间】…) and names set apart by slashes", () => {
    const m = parse(["西亭区区长办公会议纪要", "【会议名称】区长办公会议", "【时　　间】2025年3月12日下午3时", "【地　　点】区政府602会议室", "【主　　持】区长  孔德胜", "【出　　席】孔德胜/晏红梅/莫俊杰", "【请　　假】无", "", "（一）关于春季开学工作", "会议同意。", "【打印本页】【关闭窗口】"].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2025-03-12", timeOfDay: "下午" });
    expect(m.meeting?.place).toBe("区政府602会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "孔德胜", title: "区长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["孔德胜", "晏红梅", "莫俊杰"]);
  });

  it("reads a tab form's labels whose colon comes after the tab (出    席<TAB>：…)", () => {
    const m = parse(["和源县人民政府常务会议纪要", "时    间\t：2023年6月5日上午", "地    点\t：县政府三楼会议室", "出    席\t：葛文涛/贺俊峰/柯丽萍", "请    假\t：温新民（出差）", "", "一、关于防汛", "会议同意。"].join("\n"));
    expect(m.meeting?.date.iso).toBe("2023-06-05");
    expect(m.meeting?.place).toBe("县政府三楼会议室");
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["葛文涛", "贺俊峰", "柯丽萍"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["温新民"]);
  });
});

describe("meeting-record forms", () => {
  it("reads short labels (出席人： / 缺席人： / 列席人：), the chair with the title in brackets, a 主要议题 list as the agenda and the 议定事项 below a 发言记录 as the topics", () => {
    const m = parse([
      "苏禾县人民政府第七次常务会议记录",
      "",
      "时间：2024年4月16日上午9时",
      "地点：县政府五楼第一会议室",
      "出席人：罗建平  陈晓梅  吴德胜",
      "缺席人：何立新（在省委党校学习）",
      "列席人：县政府办公室主任周海涛，县财政局局长梁淑芬",
      "主持人：罗建平（县长）",
      "主要议题：",
      "一、研究城乡供水一体化工程实施方案",
      "二、听取县应急管理局关于汛前安全隐患排查整治工作情况的汇报",
      "",
      "发言记录：",
      "梁淑芬：建议积极争取专项债券支持。",
      "",
      "议定事项：",
      "1．原则同意城乡供水一体化工程实施方案。",
      "2．县应急管理局要对排查出的隐患逐项建立台账。",
    ].join("\n"));
    expect(m.meeting).toMatchObject({ date: { iso: "2024-04-16", timeOfDay: "上午" }, place: "县政府五楼第一会议室", chair: { name: "罗建平", title: "县长" } });
    expect([m.meeting!.attendees, m.meeting!.absentees, m.meeting!.observers].map((l) => l.map((p) => p.name))).toEqual([["罗建平", "陈晓梅", "吴德胜"], ["何立新"], ["周海涛", "梁淑芬"]]);
    expect(m.topics.map((t) => t.heading)).toEqual(["原则同意城乡供水一体化工程实施方案", "县应急管理局要对排查出的隐患逐项建立台账"]);
  });

  it("reads a pipe form's 议定事项 cell whose first item shares its row (| 议定事项 | 一、关于… |)", () => {
    const m = parse([
      "岚坪镇人民政府常务会议记录表",
      "| 会议时间 | 2024年3月8日上午 |",
      "| --- | --- |",
      "| 主 持 人 | 镇长 骆明远 |",
      "| 议定事项 | 一、关于春耕备耕物资保障工作 |",
      "|  | 会议要求，镇农业服务中心要摸清物资储备底数。 |",
      "|  | 二、关于森林防火工作 |",
      "|  | 会议要求各村落实巡山护林责任。 |",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于春耕备耕物资保障工作", "关于森林防火工作"]);
  });

  it("reads a markdown record: labels in bold after a dash (- **会议时间**：…) and numbered headings (### 1. 关于…)", () => {
    const m = parse([
      "# 汀溪县人民政府第23次常务会议记录",
      "",
      "## 会议基本信息",
      "",
      "- **会议时间**：2024年9月10日 15:00-18:10",
      "- **会议地点**：县政府常务会议室",
      "- **主持人**：邬家骏（县长）",
      "- **出席人员**：邬家骏、卜雅琴、甘育才",
      "",
      "### 1. 关于2024年秋季学期学校食堂食品安全工作",
      "",
      "- **决议事项**：县教育局要建立联合检查机制。",
      "",
      "### 2. 关于县城区公交线网优化调整方案",
      "",
      "- **决议事项**：原则同意。",
    ].join("\n"));
    expect(m.meeting).toMatchObject({ date: { iso: "2024-09-10" }, place: "县政府常务会议室", chair: { name: "邬家骏", title: "县长" } });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["邬家骏", "卜雅琴", "甘育才"]);
    expect(m.topics.map((t) => t.heading)).toEqual(["关于2024年秋季学期学校食堂食品安全工作", "关于县城区公交线网优化调整方案"]);
  });
});

describe("meeting-record forms (round 287)", () => {
  it("reads labels spaced out as wide as their cells, each alone above its value (会 议 时 间⏎2023年9月14日下午3:00)", () => {
    const m = parse([
      "尧坪县人民政府常务会议记录表",
      "会 议 名 称",
      "县人民政府第十九次常务会议",
      "会 议 时 间",
      "2023年9月14日下午3:00",
      "会 议 地 点",
      "县政府四楼会议室",
      "主 持 人",
      "县长 鲁承志",
      "出 席 人 员",
      "鲁承志 贺思远 窦春华",
      "缺 席 人 员",
      "詹国良（外出招商）",
      "列 席 人 员",
      "县政府办主任 农向东",
      "县财政局局长 阚玉梅",
      "议 定 事 项",
      "1.原则同意《尧坪县城防洪堤加固工程实施方案》，由县水利局作为项目业主。",
    ].join("\n"));
    expect(m.meeting).toMatchObject({ sessionNumber: 19, place: "县政府四楼会议室", chair: { name: "鲁承志", title: "县长" } });
    expect(m.meeting?.date).toMatchObject({ iso: "2023-09-14", timeOfDay: "下午" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["鲁承志", "贺思远", "窦春华"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["詹国良"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["农向东", "阚玉梅"]);
  });

  it("takes the chair's title from the cell after a 职务 label (主 持 人⇥卓文杰⇥职　　务⇥县委副书记、县长)", () => {
    const m = parse(["双拓县人民政府常务会议记录", "会议时间\t2024年6月3日上午", "主 持 人\t卓文杰\t职　　务\t县委副书记、县长", "出席人员\t卓文杰\t申丽娟", "议定事项", "一、原则同意《双拓县城区停车场建设方案》。"].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "卓文杰", title: "县委副书记、县长" });
  });

  it("keeps a date under its label (下次会议时间:⏎2024年8月23日) from the 落款", () => {
    const m = parse([
      "青沟镇人民政府常务会议记录",
      "日期:2024年8月16日",
      "会议主持:龙振华(镇长)",
      "1. 秋粮生产及防灾减灾",
      "- 田秀英副镇长汇报了全镇秋粮长势。",
      "会议决议:",
      "- 同意对玉米螟高发区域开展统防统治;",
      "下次会议时间:",
      "2024年8月23日",
      "以上是本次镇政府常务会议的主要内容和决议事项。",
    ].join("\n"));
    expect(m.issueDate).toBeNull();
  });
});

describe("a 范本 site's headline over the record's own title", () => {
  it("takes the title that names the town over the site's headline that names only the kind of meeting (鎮長辦公會會議紀要⏎柏樟鎮鎮長辦公會會議紀要)", () => {
    const m = parse(["筆墨谷 > 範本 > 職場 > 鎮長辦公會會議紀要", "", "鎮長辦公會會議紀要", "", "柏樟鎮鎮長辦公會會議紀要", "（第5次）", "", "時間:二O二三年五月十日上午", "", "地點:鎮政府二樓會議室", "", "主持人:鎮長 龐志遠", "", "一、關於春耕", "會議同意。"].join("\n"));
    expect(m.title).toBe("柏樟鎮鎮長辦公會會議紀要");
  });
});

describe("lists whose label stands one U+3000 before its names", () => {
  it("reads 出席　包立新　严志强, 请假　汤海生 and 列席 going on an indented line", () => {
    const m = parse(["宥兰市人民政府常务会议纪要", "　　3月5日上午，市长包立新主持召开市政府第5次常务会议。现纪要如下：", "　　一、关于春耕", "　　会议同意。", "出席　包立新　严志强　季　芳　雷鸣远", "请假　汤海生", "列席　卞文涛　蔡　霞　龚志明", "　　　尹　俊　骆晓东"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["包立新", "严志强", "季芳", "雷鸣远"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["汤海生"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["卞文涛", "蔡霞", "龚志明", "尹俊", "骆晓东"]);
  });
});

describe("round 298–300 pages", () => {
  it("reads an attachment list under the header (附件：1.….doc⏎2.….pdf) as no topics before the opening", () => {
    const m = parse([
      "名称: 云厝县人民政府第二十一次常务会议纪要",
      "附件：1.云厝县老旧小区改造2024年度实施计划.doc",
      "      2.云厝县农村生活污水治理设施运维管理办法（试行）.pdf",
      "",
      "云厝县人民政府第二十一次常务会议纪要",
      "　　7月18日上午，县政府召开第二十一次常务会议。何志远县长主持会议。现纪要如下：",
      "　　一、关于老旧小区改造",
      "　　会议同意。",
    ].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: null, timeOfDay: "上午" });
    expect(m.meeting?.chair).toMatchObject({ name: "何志远" });
    expect(m.topics.map((t) => t.heading)).toEqual(["关于老旧小区改造"]);
  });

  it("ends a form's agenda items at its next section's label (列席情况, 会议内容), so the text below is read", () => {
    const m = parse([
      "县政府第5次常务会议",
      "会议时间",
      "2023-04-06",
      "会议议题",
      "1、听取农村供水保障工作汇报",
      "2、听取城乡公交一体化运营工作汇报",
      "列席情况",
      "县直单位主要负责同志列席会议",
      "会议内容",
      "",
      "4月6日，在行政中心9楼会议室，县委副书记、县长韦道成主持召开县政府第五次常务会议。",
      "",
      "县委常委、副县长邵立群，副县长贾明远参加会议。",
    ].join("\n"));
    expect(m.diagnostics.map((d) => d.code)).not.toContain("not-minutes");
    expect(m.meeting).toMatchObject({ sessionNumber: 5, place: "行政中心9楼会议室", chair: { name: "韦道成", title: "县委副书记、县长" } });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["邵立群", "贾明远"]);
  });

  it("reads a summary's closing 书面通报了有关事项 as no report", () => {
    const m = parse([
      "霅南区人民政府常务会议纪要",
      "3月5日,区政府召开第6次常务会议。王强区长主持会议。",
      "会议听取了区发改局关于民生实事项目推进情况的汇报;书面通报了有关事项。现纪要如下:",
      "一、关于民生实事项目",
      "会议原则同意。",
      "会议书面通报并原则同意区财政局关于一季度财政收支执行情况的汇报。",
    ].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([["区财政局", "一季度财政收支执行情况"]]);
  });
});

describe("a list's value under its label", () => {
  it("reads a name whose note names another meeting (请假人员：⏎        詹雪梅（在市参加会议）)", () => {
    const m = parse(["洛霞县人民政府常务会议纪要", "　　3月5日上午，县长卢建国主持召开县政府第22次常务会议。现纪要如下：", "　　一、关于春耕", "　　会议同意。", "出席人员：", "        卢建国、满志强", "请假人员：", "        詹雪梅（在市参加会议）", "列席人员：", "        县政府办公室主任薄立群"].join("\n"));
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["詹雪梅"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["薄立群"]);
  });
});

describe("a form copied from a spreadsheet, its cells apart by tabs", () => {
  it("keeps a bare 议题 cell's numbered items out of the topics and reads the 议定事项 cell's items, on continuation rows, as the topics", () => {
    const m = parse([
      "云水县人民政府常务会议记录",
      "会议名称\t县政府第33次常务会议\t\t",
      "会议时间\t2023年12月8日下午3时\t会议地点\t县政府常务会议室",
      "主持人\t蔺学军（县长）\t\t记录人\t魏晓雯",
      "出席人员\t蔺学军\t房成林\t迟美玲",
      "议题\t1.关于云水县2024年重点项目计划（草案）",
      "\t2.关于县第一中学新校区建设资金筹措方案",
      "\t3.其他事项",
      "议定事项\t（一）云水县2024年重点项目计划（草案）",
      "\t会议原则同意县发改委提出的2024年重点项目计划。",
      "\t（二）县第一中学新校区建设资金筹措方案",
      "\t会议同意县教育局、县财政局提出的资金筹措方案。",
      "\t（三）其他事项",
      "\t会议还研究了其他事项。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["云水县2024年重点项目计划（草案）", "县第一中学新校区建设资金筹措方案", "其他事项"]);
    expect(m.meeting?.chair?.name).toBe("蔺学军");
    expect(m.meeting?.date.iso).toBe("2023-12-08");
  });

  it("reads the cells' items the same where a colon ends the label before its tab (议题：<TAB>1、…)", () => {
    const m = parse([
      "红水县人民政府常务会议纪要",
      "会议时间：\t2024年12月6日上午",
      "主持人：\t县委副书记、县长　严立新",
      "议题：\t1、审议《红水县国有资产管理办法》",
      "\t2、研究县城集中供暖扩面工程",
      "议定事项：\t1、审议《红水县国有资产管理办法》",
      "\t会议原则通过《红水县国有资产管理办法》。",
      "\t2、研究县城集中供暖扩面工程",
      "\t会议同意实施县城集中供暖扩面工程。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["审议《红水县国有资产管理办法》", "研究县城集中供暖扩面工程"]);
  });
});

describe("a table with a row of labels over a row of values", () => {
  it("reads each value after its label: a form's facts under a markdown head and rule row", () => {
    const text = [
      "石水县政府2024年第9次常务会议记录",
      "",
      "| 时间 | 地点 | 主持人 | 记录人 |",
      "| --- | --- | --- | --- |",
      "| 2024年4月26日上午 | 县政府二楼会议室 | 县委副书记、县长欧阳剑 | 甘露 |",
      "| 出席 | 欧阳剑、司徒红梅、贺建业 | | |",
      "",
      "会议议定事项：",
      "1.会议原则通过《石水县2024年城乡人居环境整治提升行动方案》。",
      "2.会议同意县殡仪馆改扩建项目用地选址方案。",
    ].join("\n");
    const m = parse(text);
    expect(m.meeting?.date.iso).toBe("2024-04-26");
    expect(m.meeting?.date.timeOfDay).toBe("上午");
    expect(m.meeting?.place).toBe("县政府二楼会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "欧阳剑", title: "县委副书记、县长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["欧阳剑", "司徒红梅", "贺建业"]);
    // (Positions are the source's: the chair's name in its cell.)
    const at = m.meeting!.chair!.position!.start.offset;
    expect(text.slice(at, at + 3)).toBe("欧阳剑");
  });

  it("reads a disclosure table's keys over its values, without outer pipes or a rule row", () => {
    const m = parse([
      "桐水乡人民政府  >  政府信息公开目录  >  会议纪要",
      "",
      "信息名称 | 生成日期 | 公开方式 | 公开时限 | 发布单位",
      "桐水乡人民政府2021年第3次常务会议纪要 | 2021-03-12 | 主动公开 | 长期公开 | 桐水乡人民政府",
      "",
      "桐水乡人民政府常务会议纪要",
      "",
      "　　2021年3月10日上午，乡长付志强在乡政府二楼会议室主持召开2021年第3次乡政府常务会议。现将会议议定事项纪要如下：",
      "　　一、关于春耕生产",
      "　　会议要求各村做好春耕。",
    ].join("\n"));
    expect(m.disclosure).toMatchObject({ title: "桐水乡人民政府2021年第3次常务会议纪要", writtenDate: "2021-03-12", publisher: "桐水乡人民政府", disclosureMode: "主动公开", disclosurePeriod: "长期公开" });
    expect(m.meeting?.sessionNumber).toBe(3);
  });

  it("leaves a row of values under labels it does not match alone (a table of names under 姓名 | 职务 | 单位)", () => {
    const m = parse([
      "石水县人民政府常务会议纪要",
      "　　4月26日上午，县长欧阳剑主持召开县政府第9次常务会议。",
      "　　一、关于春耕",
      "　　会议同意。",
      "列席：",
      "| 姓名 | 职务 | 单位 |",
      "| 汤明远 | 副主任 | 县人大常委会 |",
    ].join("\n"));
    expect(m.meeting?.place).toBeNull();
    expect(m.meeting?.date.iso).toBeNull();
  });

  it("leaves an index page's table of many records under its heads alone (标题 | 会议时间 | 发布日期)", () => {
    const m = parse([
      "县政府常务会议",
      "| 标题 | 会议时间 | 发布日期 |",
      "| --- | --- | --- |",
      "| 安水县人民政府第一百零二次常务会议纪要 | 2024年1月5日 | 2024-01-10 |",
      "| 安水县人民政府第一百零一次常务会议纪要 | 2023年12月20日 | 2023-12-25 |",
    ].join("\n"));
    expect(m.disclosure?.title ?? null).toBeNull();
    expect(m.disclosure?.publishDate ?? null).toBeNull();
  });
});

describe("a print's list of two people a row, each a name then a title", () => {
  it("pairs each name with the title after it, and gives the chair named alone his title from the list", () => {
    const m = parse([
      "索水县人民政府常务会议纪要",
      "　时　间：2024年11月18日上午9:00",
      "　主持人：祁振东",
      "　出　席：祁振东　　县　长　　　　　柳　梅　　常务副县长",
      "　　　　　和光远　　副县长　　　　　詹　岚　　副县长",
      "　请　假：闵　勇　　副县长（公出）",
      "　　一、关于冬季森林防火",
      "　　会议同意。",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => `${p.title}|${p.name}`)).toEqual(["县长|祁振东", "常务副县长|柳梅", "副县长|和光远", "副县长|詹岚"]);
    expect(m.meeting?.chair).toMatchObject({ name: "祁振东", title: "县长" });
    const at = m.meeting!.attendees[1]!.position!.start.offset;
    expect(m.meeting!.attendees[1]!.position!.start.line).toBe(4);
    expect(at).toBeGreaterThan(0);
  });
});

describe("a form whose labels stand one blank before their values", () => {
  const rows = [
    "小水区人民政府常务会议纪要",
    "时　　间　2024年3月12日下午　　　　　　地　　点　区政府三楼会议室",
    "主 持 人　区长　沙建勋　　　　　　　　　记 录 人　温　倩",
    "参会人员　沙建勋　乔立群　聂文斌",
    "缺席人员　无",
    "列席人员　区人大常委会副主任　郑　丹　　区政协副主席　冀长青",
    "议定事项",
    "（一）关于城区背街小巷改造提升工作",
    "　　会议同意。",
  ];

  it("reads each label's value, and a second row after a wide gap on the same line", () => {
    const m = parse(rows.join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2024-03-12", timeOfDay: "下午" });
    expect(m.meeting?.place).toBe("区政府三楼会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "沙建勋", title: "区长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["沙建勋", "乔立群", "聂文斌"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["郑丹", "冀长青"]);
  });

  it("reads no row where only one line opens so (a form has two or more)", () => {
    const m = parse(["小水区人民政府常务会议纪要", "地　　点　区政府三楼会议室", "　　3月12日下午，区长沙建勋主持召开区政府常务会议。", "　　一、关于春耕", "　　会议同意。"].join("\n"));
    expect(m.meeting?.place).toBeNull();
    expect(parse([...rows.slice(0, 2), "地　　点　区政府三楼会议室", ...rows.slice(6)].join("\n")).meeting?.place).toBe("区政府三楼会议室");
  });
});

describe("a form's labels set in columns over their values", () => {
  it("reads each value under its label, the lists' names too", () => {
    const m = parse([
      "文水县人民政府第11次常务会议纪要",
      "时　　间　　　　　　　　　地　　点　　　　　　　　　主 持 人",
      "2024年4月9日上午　　　　　县政府二楼会议室　　　　　县长　贺志远",
      "",
      "出席人员　　　　　　　　　　　　　　　　　　　　　　请假人员",
      "贺志远　滕丽萍　仇少军　　　　　　　　　　　　　　　仇晓东（出差）",
      "",
      "议定事项",
      "1.关于县城义务教育学校布局调整",
      "　　会议原则同意。",
    ].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2024-04-09", timeOfDay: "上午" });
    expect(m.meeting?.place).toBe("县政府二楼会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "贺志远", title: "县长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["贺志远", "滕丽萍", "仇少军"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["仇晓东"]);
  });
});

describe("a form's tables of one column", () => {
  it("reads each one-cell row as a line: the spaced 议 题 cell no name of the list above, the 议定事项 rows as the topics", () => {
    const m = parse([
      "北水县人民政府第31次常务会议纪要",
      "| 会议时间 | 会议地点 | 主持人 |",
      "| --- | --- | --- |",
      "| 2023年11月7日上午 | 县行政中心12楼会议室 | 县长 杭志平 |",
      "",
      "| 出席人员 | 列席人员 |",
      "| --- | --- |",
      "| 杭志平、栾海军 | 县政府办主任宣明，县审计局局长祖文 |",
      "",
      "| 议 题 |",
      "| --- |",
      "| 1.审议《北水县城镇老旧小区改造实施方案》；2.研究冬季清洁取暖工作。 |",
      "",
      "| 议定事项 |",
      "| --- |",
      "| 一、审议《北水县城镇老旧小区改造实施方案》 |",
      "| 会议原则通过该《方案》。 |",
      "| 二、研究冬季清洁取暖工作 |",
      "| 会议要求确保群众温暖过冬。 |",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["宣明", "祖文"]);
    expect(m.topics.map((t) => t.heading)).toEqual(["审议《北水县城镇老旧小区改造实施方案》", "研究冬季清洁取暖工作"]);
    expect(m.topics[0]!.decisions.length).toBeGreaterThan(0);
  });
});

describe("a form's section labels in Traditional characters", () => {
  it("ends a list above 議題 or 議定事項 as it does above 议题", () => {
    for (const [agenda, decisions] of [["议题", "议定事项"], ["議題", "議定事項"]]) {
      const m = parse(["北水縣人民政府常務會議紀要", "2023年11月7日上午，縣長杭志平主持召開縣政府第31次常務會議。", "列席：縣政府辦主任宣明，縣審計局局長祖文", agenda, "1.審議方案", decisions, "一、審議方案", "會議原則通過。"].join("\n"));
      expect(m.meeting?.observers.map((p) => p.name), agenda).toEqual(["宣明", "祖文"]);
    }
  });
});

describe("forms whose decisions are not numbered (pending solved 10)", () => {
  it("reads a 党政联席会议 form of pipe rows as minutes, its 议题 items one a row as the topics", () => {
    const m = parse([
      "雁岭镇第十二次党政联席会议纪要",
      "",
      "| 会议名称 | 雁岭镇第十二次党政联席会议 |",
      "| 会议时间 | 2024年9月3日下午 |",
      "| 会议地点 | 镇机关二楼会议室 |",
      "| 主持人 | 镇党委书记 郜长青 |",
      "| 参会人员 | 郜长青、冉少华、籍红英、牧国庆、 |",
      "| | 沙明洁 |",
      "| 缺席人员 | 蒯立军（请假） |",
      "| 议题 | 1.研究秋季秸秆禁烧工作方案 |",
      "| | 2.研究镇卫生院周转房维修事项 |",
      "",
      "会议议定事项：",
      "",
      "关于秸秆禁烧：原则同意《雁岭镇2024年秋季秸秆禁烧工作方案》。",
      "",
      "关于卫生院周转房：同意维修，费用12.6万元由镇财政统筹。",
    ].join("\n"));
    expect(m.diagnostics.map((d) => d.code)).not.toContain("not-minutes");
    expect(m.meeting?.date).toMatchObject({ iso: "2024-09-03", timeOfDay: "下午" });
    expect(m.meeting?.chair).toMatchObject({ name: "郜长青", title: "镇党委书记" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["郜长青", "冉少华", "籍红英", "牧国庆", "沙明洁"]);
    expect(m.topics.map((t) => t.heading)).toEqual(["研究秋季秸秆禁烧工作方案", "研究镇卫生院周转房维修事项"]);
  });

  it("reads a Shandong form's 会议议题 items as the topics where no decision is numbered, items run onto one line behind a comma apart, and a named representative among unnamed groups", () => {
    const m = parse([
      "云野县人民政府2023年第4次常务会议",
      "会议时间",
      "2023-04-10",
      "会议议题",
      "1、传达学习《山东省行政规范性文件管理办法》, 2、听取云野县城区集中供热扩容工程汇报",
      "3、听取农村生活污水治理工作汇报",
      "列席情况",
      "政府办公室副科级以上、县直单位主要负责同志、有关企业、柳集镇居民代表卢长顺列席会议",
      "会议内容",
      "4月10日，在县行政中心7楼会议室，县长葛春霖主持召开县政府第四次常务会议。会议听取了有关汇报。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["传达学习《山东省行政规范性文件管理办法》", "听取云野县城区集中供热扩容工程汇报", "听取农村生活污水治理工作汇报"]);
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([["卢长顺", "柳集镇居民代表"]]);
    // (Or behind blanks: 1、…  2、…  3、….)
    const blanks = parse(["汶丘县人民政府2023年第5次常务会议", "会议时间", "2023-04-03", "会议议题", "1、传达学习《山东省重大行政决策程序规定》 2、听取重建汶丘一中3栋学生宿舍楼汇报 3、听取农村供水保障工作汇报", "会议内容", "4月3日，县长冯德川主持召开县政府常务会议。会议听取了有关汇报。"].join("\n"));
    expect(blanks.topics.map((t) => t.heading)).toEqual(["传达学习《山东省重大行政决策程序规定》", "听取重建汶丘一中3栋学生宿舍楼汇报", "听取农村供水保障工作汇报"]);
  });
});

describe("header values that state nothing, and a headline's number (round 347)", () => {
  it("reads 文号：无 as no file number, a title's spaced digits without their blanks, and the 纪要's own number line over a headline's", () => {
    const m = parse([
      "县政府常务会议纪要〔2009〕4号",
      "名称：县政府第 7 次常务会议纪要",
      "文号：无",
      "",
      "郭溪县人民政府常务会议纪要",
      "",
      "〔2009〕4号",
      "",
      "    2月24日下午，县长项德明主持召开县政府第7次常务会议。纪要如下：",
      "    一、关于春耕",
      "    会议同意。",
    ].join("\n"));
    expect(m.disclosure.fileNumber).toBeNull();
    expect(m.disclosure.title).toBe("县政府第7次常务会议纪要");
    expect(m.documentNumber).toMatchObject({ text: "〔2009〕4号", prefix: null, year: 2009, serial: 4 });
  });
});

describe("a form drawn as an ASCII table (round 356)", () => {
  it("reads the rows between +----+ border lines as the meeting's facts", () => {
    const m = parse([
      "高浔县人民政府常务会议纪要",
      "",
      "+------------+------------------------------------+",
      "| 时  间     | 2024年3月29日（星期五）上午8:30    |",
      "+------------+------------------------------------+",
      "| 地  点     | 县人民政府第三会议室               |",
      "+------------+------------------------------------+",
      "| 主持人     | 县委副书记、县长  钟卫东           |",
      "+------------+------------------------------------+",
      "| 出席人员   | 钟卫东  刘晓波  肖  静  廖建平     |",
      "+------------+------------------------------------+",
      "",
      "（一）关于春耕",
      "会议同意。",
    ].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2024-03-29", timeOfDay: "上午" });
    expect(m.meeting?.place).toBe("县人民政府第三会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "钟卫东", title: "县委副书记、县长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["钟卫东", "刘晓波", "肖静", "廖建平"]);
  });
});

describe("a spreadsheet form copied with tabs, its agenda in a quoted multi-line cell (tangyu-2024-22)", () => {
  it("reads the quoted cell's lines as the agenda's items, not as topics, under a 主要议题 label", () => {
    const m = parse([
      "棠虞县人民政府2024年第22次常务会议纪要",
      "会议时间\t2024年8月27日（星期二）下午3:00\t会议地点\t县政府五楼1号会议室",
      "会议主持人\t县长　祁振东\t记录人\t童　雪",
      "出席人员\t祁振东、柴立新、骆红梅\t\t",
      '主要议题\t"1.研究县城污水管网改造二期工程建设资金筹措事宜',
      "2.审议《棠虞县城乡居民基本养老保险经办规程》",
      '3.听取全县防汛抗旱工作情况汇报"\t\t',
      "议定事项\t1.关于县城污水管网改造二期工程建设资金筹措事宜\t\t",
      "\t会议同意县住建局提出的资金筹措方案。\t\t",
      "\t2.关于《棠虞县城乡居民基本养老保险经办规程》\t\t",
      "\t会议原则通过该规程。\t\t",
      "\t3.关于全县防汛抗旱工作\t\t",
      "\t会议要求，各乡镇要严格落实防汛责任制。\t\t",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于县城污水管网改造二期工程建设资金筹措事宜", "关于《棠虞县城乡居民基本养老保险经办规程》", "关于全县防汛抗旱工作"]);
    expect(m.meeting?.chair).toMatchObject({ name: "祁振东", title: "县长" });
    expect(JSON.stringify(m)).not.toContain('"1.研究');
  });
});

describe("a box-drawn form whose 会议内容 cell holds the numbered decisions, wrapped at the cell's edge (heshan-2024-38)", () => {
  it("reads the cell's items as the topics, a heading cut inside its last word (…安排事⏎项。) joined", () => {
    const m = parse([
      "和山区五届38次区政府常务会议纪要",
      "┌────────┬──────────────────────────────────┐",
      "│会议名称│五届38次区政府常务会议                    │",
      "├────────┼──────────────────────────────────┤",
      "│时　　间│2024年10月10日下午                        │",
      "├────────┼──────────────────────────────────┤",
      "│主 持 人│区委副书记、区长　韦家豪                  │",
      "├────────┼──────────────────────────────────┤",
      "│会议内容│1.审议《和山区城市更新专项规划（2024—2035 │",
      "│        │年）（送审稿）》。会议原则同意该规划。     │",
      "│        │2.听取全区秋冬季森林防火工作情况汇报。会议 │",
      "│        │要求，各镇街要落实网格化巡护责任。         │",
      "│        │3.研究区第二人民医院住院大楼建设资金安排事 │",
      "│        │项。会议同意区财政安排资金2600万元。       │",
      "└────────┴──────────────────────────────────┘",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["审议《和山区城市更新专项规划（2024—2035年）（送审稿）》", "听取全区秋冬季森林防火工作情况汇报", "研究区第二人民医院住院大楼建设资金安排事项"]);
    expect(m.topics[2]!.decisions.map((d) => d.verb)).toEqual(["同意"]);
  });
});

describe("a table of 书面通报 items (gaoxun-2024-06)", () => {
  it("reads each row (| 1 | 县统计局 | 关于…的汇报 |) as a report, its unit the proposer, the heads row as the table's frame", () => {
    const m = parse([
      "高浔县人民政府常务会议纪要",
      "　　3月12日上午，县长主持召开县政府第6次常务会议。",
      "　　（一）关于县城第二水厂扩建工程资金筹措事宜",
      "　　会议同意。",
      "【书面通报事项】",
      "",
      "+------+------------------+------------------------------------------------+",
      "| 序号 | 报送单位         | 通报事项                                       |",
      "+------+------------------+------------------------------------------------+",
      "| 1    | 县应急管理局     | 关于2024年春节期间安全生产检查的情况汇报       |",
      "| 2    | 县统计局         | 关于1—2月全县主要经济指标完成情况的汇报        |",
      "+------+------------------+------------------------------------------------+",
    ].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县应急管理局", "2024年春节期间安全生产检查"],
      ["县统计局", "1—2月全县主要经济指标完成情况"],
    ]);
    expect(m.chrome.map((c) => c.text.trim())).toContain("| 序号 | 报送单位         | 通报事项                                       |");
  });
});

describe("forms, more layouts (round 435)", () => {
  const BODY = ["一、关于防汛工作", "会议同意。"];
  it("reads a form's four-letter labels spaced out (会 议 时 间：, 出　席　人　员：)", () => {
    const m = parse(["黛山县人民政府常务会议纪要", "会 议 时 间：2021年8月6日上午", "会 议 地 点：县政府第三会议室", "主 持 人：县长 高立群", "出　席　人　员：高立群、卢建新、万红", "列 席 人 员：宣明远、晏琪", ...BODY].join("\n"));
    expect(m.meeting).toMatchObject({ date: { iso: "2021-08-06", timeOfDay: "上午" }, place: "县政府第三会议室", chair: { name: "高立群", title: "县长" } });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["高立群", "卢建新", "万红"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["宣明远", "晏琪"]);
  });
  it("reads a table row of two labelled cells as two facts (|时间：…|地点：…|)", () => {
    const m = parse(["松岭市人民政府常务会议纪要", "|时间：2023年10月11日（星期三）上午|地点：市政府第一会议室|", "|主持：市长 尹长河|记录：市政府办公室 阮晓曼|", "|出席：尹长河、白雪|", ...BODY].join("\n"));
    expect(m.meeting).toMatchObject({ date: { iso: "2023-10-11", timeOfDay: "上午" }, place: "市政府第一会议室", chair: { name: "尹长河", title: "市长" } });
  });
});
