// Website pages met in round 378 of the fixtures: menus and link lists above the text, header
// tables laid out sideways or with a wrapped cell, entities without their semicolon, bylines.
import { describe, expect, it } from "vitest";
import { readingView } from "../../src/decode/index.js";
import { parse } from "../../src/parse.js";

const MINUTES = [
  "苇溪县人民政府第14次常务会议纪要",
  "　　2024年7月16日上午，县长卓文海在县政府三楼会议室主持召开县政府第14次常务会议。现将会议议定事项纪要如下：",
  "　　一、关于防汛救灾工作",
  "　　会议听取了县水利局关于近期防汛工作的汇报。",
  "　　二、关于县职教中心实训基地建设项目",
  "　　会议同意实施县职教中心实训基地建设项目。",
  "出席：卓文海、梁雪芬、伍国庆",
];

describe("a site's menu above the text", () => {
  it("leaves a numbered menu under 栏目导航 out, so the minutes' own numbering holds", () => {
    const m = parse(["苇溪县人民政府", "栏目导航", "一、政府会议", "二、政府文件", "三、规划计划", "当前位置：首页 > 政务公开 > 政府会议", ...MINUTES].join("\n"));
    expect(m.title).toBe("苇溪县人民政府第14次常务会议纪要");
    expect(m.diagnostics.map((d) => d.code)).not.toContain("not-minutes");
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛救灾工作", "关于县职教中心实训基地建设项目"]);
    expect(m.chrome.map((c) => c.text)).toContain("一、政府会议");
  });

  it("keeps numbered lines under such a heading that are sentences (一、关于…工作，会议同意…)", () => {
    const view = readingView(["栏目", "一、关于防汛救灾工作，会议同意。", "二、关于供水，会议同意。"].join("\n"));
    expect(view.text).toContain("一、关于防汛救灾工作，会议同意。");
  });
});

describe("a site's list of other news above the headline", () => {
  const LINKS = ["梅岙县人民政府网", "热点新闻", "县政府召开第十次常务会议　　03-01", "全县安全生产工作会议召开　　02-20", "丁学勤调研春耕备耕工作　　02-18"];
  const PAGE = ["县政府召开第十一次常务会议", "来源：梅岙县融媒体中心　|　2024-03-15 17:02　|　浏览：326", "　　3月14日上午，县长丁学勤主持召开县政府第十一次常务会议，研究部署春季森林防火等工作。", "　　会议听取了县林业局关于春季森林防火工作的汇报。"];
  it("leaves the links out: the headline is the page's own, and the byline's date between pipes dates it", () => {
    const m = parse([...LINKS, ...PAGE].join("\n"));
    expect(m.title).toBe("县政府召开第十一次常务会议");
    expect(m.disclosure.publishDate).toBe("2024-03-15");
    expect(m.meeting?.date).toMatchObject({ iso: "2024-03-14", timeOfDay: "上午" });
    expect(m.disclosure.fields.find((f) => f.label === "来源")?.value).toBe("梅岙县融媒体中心");
  });

  it("keeps a page that is only such a list (a column's index) as it is", () => {
    const view = readingView(["常务会议纪要", "永康市人民政府第24次常务会议纪要　　2025-07-28", "永康市人民政府第23次常务会议纪要　　2025-07-14"].join("\n"));
    expect(view.text).toContain("永康市人民政府第24次常务会议纪要");
  });
});

describe("header tables", () => {
  it("read two pairs of a labels' row over a values' row, one pair under the other", () => {
    const m = parse([
      "| 索引号 | 发布机构 | 成文日期 | 公开日期 |",
      "| --- | --- | --- | --- |",
      "| 115306020157723961/2023-00521 | 沙陂区人民政府办公室 | 2023-10-27 | 2023-10-30 |",
      "| 文号 | 公开方式 | 公开时限 | 主题分类 |",
      "| 沙政纪〔2023〕21号 | 主动公开 | 长期公开 | 政府会议 |",
      ...MINUTES,
    ].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "115306020157723961/2023-00521", publisher: "沙陂区人民政府办公室", writtenDate: "2023-10-27", publishDate: "2023-10-30", fileNumber: "沙政纪〔2023〕21号", disclosureMode: "主动公开" });
  });

  it("read a cell wrapped onto a row of its own with the cell above (汀岚县人民政府办⏎公室)", () => {
    const m = parse(["| 索引号 | 11350922MB1C08813T/2022-00107 | 发布机构 | 汀岚县人民政府办 |", "| | | | 公室 |", "| 成文日期 | 2022-04-20 | 发布日期 | 2022-04-22 |", ...MINUTES].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "11350922MB1C08813T/2022-00107", publisher: "汀岚县人民政府办公室", writtenDate: "2022-04-20", publishDate: "2022-04-22" });
  });
});

describe("entities without their semicolon", () => {
  it("reads &nbsp and &gt as HTML does, so indented markers and labels are read", () => {
    expect(readingView("首页&nbsp&gt;&nbsp政务公开").text).toBe("首页 > 政务公开");
    const m = parse([MINUTES[0], ...MINUTES.slice(1).map((l) => "&nbsp&nbsp&nbsp&nbsp" + l.trim())].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛救灾工作", "关于县职教中心实训基地建设项目"]);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["卓文海", "梁雪芬", "伍国庆"]);
  });

  it("leaves a word that only starts like one alone (&ltd, &amp1)", () => {
    expect(readingView("A&ltd B&amp1").text).toBe("A&ltd B&amp1");
  });
});

describe("a Traditional page's date row at its foot", () => {
  it("dates the page from 2019-03-05 10:32:18　編輯：周敏, and the meeting's year from it", () => {
    const m = parse(["區政府召開常務會議 研究垃圾分類等工作", "3月4日上午，區政府召開第3次常務會議，研究生活垃圾分類等工作。區委副書記、區長白志遠主持會議。", "會議還研究了其他事項。", "2019-03-05 10:32:18　編輯：周敏"].join("\n"));
    expect(m.disclosure.publishDate).toBe("2019-03-05");
    expect(m.meeting?.date.iso).toBe("2019-03-04");
  });
});

describe("a header value wrapped onto the next line (round 383)", () => {
  const BODY = ["黄岩区人民政府第16次常务会议纪要", "8月21日下午，区长吴振宁主持召开区政府第16次常务会议。", "一、关于某事", "会议同意。"];
  it("reads a pipe row's last cell with its rest and closing pipe on the next line", () => {
    const m = parse(["索 引 号： | 331003/2023-15106 | 成文日期： | 2023-08-25 |", "文件编号： | 常务会议纪要〔2023〕21号 | 发布机构： | 台州市黄岩区人民", "政府 |", ...BODY].join("\n"));
    expect(m.disclosure.publisher).toBe("台州市黄岩区人民政府");
    expect(m.title).toBe("黄岩区人民政府第16次常务会议纪要");
  });

  it("does not take the rest of a wrapped 文件名称 cell for the headline", () => {
    const m = parse(["| 文　　号： | 汉科院办纪〔2024〕2号 | 文件名称： | 2023—2024学年第十八次校长办", "公会纪要 |", "| 主 题 词： | 校长办公会 纪要 | 阅读次数： |", "2023—2024学年第十八次校长办公会纪要", "2024年1月10日下午，学校召开2023—2024学年第十八次校长办公会。会议由何振东校长主持。"].join("\n"));
    expect(m.disclosure.title).toBe("2023—2024学年第十八次校长办公会纪要");
    expect(m.title).toBe("2023—2024学年第十八次校长办公会纪要");
  });

  it("reads a title key's value cut before 议纪要 or inside a bracket, a key following", () => {
    const a = parse(["信息名称： 泰州市姜堰区人民政府第4次常务会", "议纪要", "索 引 号： 014169557/2023-00031", ...BODY].join("\n"));
    expect(a.disclosure.title).toBe("泰州市姜堰区人民政府第4次常务会议纪要");
    const b = parse(["名称：市政府第15次常务会议（邀请人大代表、政协委员和公众", "代表列席）　　文号：", "发布日期：2024-10-14", ...BODY].join("\n"));
    expect(b.disclosure.title).toBe("市政府第15次常务会议（邀请人大代表、政协委员和公众代表列席）");
    // (The header's last field: the rest closes the bracket, no key after it.)
    const c = parse(["索引号：001/2022-31　　发布日期：2022-08-02", "标题：沙湄区人民政府第31次常务会议纪要（研究预制菜产业发展、中小学学位供给等事", "项）", "", ...BODY].join("\n"));
    expect(c.disclosure.title).toBe("沙湄区人民政府第31次常务会议纪要（研究预制菜产业发展、中小学学位供给等事项）");
  });

  it("leaves a whole title value and the headline below it apart", () => {
    const m = parse(["信息名称： 黄岩区人民政府第16次常务会议纪要", "黄岩区人民政府第16次常务会议纪要", "索 引 号： 014169557/2023-00031", "8月21日下午，区长吴振宁主持召开区政府第16次常务会议。"].join("\n"));
    expect(m.disclosure.title).toBe("黄岩区人民政府第16次常务会议纪要");
  });
});

describe("cousins of the corpus's layouts (round 384)", () => {
  it("takes a masthead's organ, its number set right on the line, for the date below it (章安区人民政府办公室　　〔2023〕16号⏎2023年7月20日)", () => {
    const m = parse(["章安区人民政府第13次常务会议纪要", "章安区人民政府办公室　　　　　　　　〔2023〕16号", "2023年7月20日", "　　7月18日上午，区政府召开第13次常务会议，区长林海洋主持会议。现纪要如下：", "一、关于区政府第一议题", "　　会议要求深学细悟。"].join("\n"));
    expect(m.issuer).toBe("章安区人民政府办公室");
    expect(m.issueDate?.iso).toBe("2023-07-20");
    expect(m.documentNumber).toMatchObject({ year: 2023, serial: 16 });
    expect(m.meeting?.date.iso).toBe("2023-07-18");
  });

  it("takes a school year's numbered 纪要 below a masthead naming only the kind of meeting for the title", () => {
    const m = parse(["院长办公会议纪要", "第9期", "学院办公室　　　　　　　　　　　　　　　　2023年12月11日", "2023—2024学年第9次院长办公会议纪要", "　　2023年12月8日上午，学院在综合楼三楼会议室召开2023—2024学年第9次院长办公会议。会议由院长王立新主持。现将会议研究决定的事项纪要如下：", "（一）传达学习全省职业教育改革发展推进会精神", "　　会议指出，要查漏补缺。"].join("\n"));
    expect(m.title).toBe("2023—2024学年第9次院长办公会议纪要");
  });

  it("ends a header's value at 所属类别, a label of its own", () => {
    const m = parse(["| 信息索引号 | 014061275/2010-00047 | 所属类别 | 会议纪要 |", "鄂湖县人民政府第5次常务会议纪要", "3月2日上午，县长王明主持召开县政府第5次常务会议。", "一、关于某事", "会议同意。"].join("\n"));
    expect(m.disclosure.indexNumber).toBe("014061275/2010-00047");
  });
});

describe("header cells and separators (round 384's probes)", () => {
  const BODY = ["黄塘市人民政府第4次常务会议纪要", "3月2日上午，市长王明主持召开市政府第4次常务会议。", "一、关于某事", "会议同意。"];
  it("ends a value at its cell's pipe, whatever label the next cell holds", () => {
    const m = parse(["| 发布机构 | 黄塘市人民政府办公室 | 载体类型 | 电子文档 |", "| 文号 | 黄政纪〔2011〕4号 | 内容分类 | 综合政务 |", ...BODY].join("\n"));
    expect(m.disclosure).toMatchObject({ publisher: "黄塘市人民政府办公室", fileNumber: "黄政纪〔2011〕4号" });
  });

  it("leaves the separator of a one-line header out of the values (… / 发布机构：区政府办公室 / …)", () => {
    const m = parse(["信息索引号：11330214MB0D51902K/2022-141376 / 发布机构：区政府办公室 / 生成日期：2022-06-10", ...BODY].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "11330214MB0D51902K/2022-141376", publisher: "区政府办公室", writtenDate: "2022-06-10" });
  });

  it("takes 2024年第6次区长办公会议纪要 below a two-line masthead for the title", () => {
    const m = parse(["沔北区人民政府", "区长办公会议纪要", "2024年第6次区长办公会议纪要", "3月2日上午，区长王明主持召开2024年第6次区长办公会议。", "一、关于某事", "会议同意。"].join("\n"));
    expect(m.title).toBe("2024年第6次区长办公会议纪要");
  });
});

describe("a masthead's number with its date set right, the office below (jiaonan)", () => {
  it("gives the office and the date as the issuer and issue date where no 落款 follows", () => {
    const m = parse(["椒南区人民政府第18次常务会议纪要", "〔2023〕18号　　　　　　　　　　　　2023年8月2日", "椒南区人民政府办公室", "　　7月31日上午，区长王明主持召开区政府第18次常务会议。现纪要如下：", "一、关于某事", "　　会议同意。"].join("\n"));
    expect(m.documentNumber).toMatchObject({ year: 2023, serial: 18 });
    expect(m.issuer).toBe("椒南区人民政府办公室");
    expect(m.issueDate?.iso).toBe("2023-08-02");
    expect(m.meeting?.date.iso).toBe("2023-07-31");
  });
});

describe("dates in full-width digits or Chinese numerals (round 443: lanbu, mingshui, heqiao)", () => {
  const PAGE = (byline: string) => ["文档资料库 > 党政文秘 > 会议纪要", "兰埠区召开区政府第二十八次常务会议", "上传者：wenmi_2025　　　下载积分：2　　　浏览：1,033", "分享到：微信　QQ　微博", "", `${byline}　来源：兰埠区人民政府网`, "", "　　２月１０日上午，区政府召开第二十八次常务会议。区长龚启明主持会议。", "　　会议听取了区发改局关于项目的汇报。"].join("\n");
  it("reads a byline's unlabelled date past the page's lines in any digits, and dates the meeting by its year", () => {
    for (const byline of ["２０２５－０２－１１", "２０２５．０２．１１", "二〇二五年二月十一日", "2025-02-11"]) {
      const m = parse(PAGE(byline));
      expect(m.disclosure.publishDate, byline).toBe("2025-02-11");
      expect(m.meeting?.date.iso, byline).toBe("2025-02-10");
    }
  });

  it("reads a 落款 date with full-width separators under its organ (２０２３－０９－１８, ２０２４．３．８)", () => {
    for (const [date, iso] of [["２０２３－０９－１８", "2023-09-18"], ["２０２４．３．８", "2024-03-08"], ["２０２４／３／８", "2024-03-08"]] as const) {
      const m = parse(["禾桥区人民政府常务会议纪要", "　　3月5日上午，区长顾明主持召开区政府第6次常务会议。", "　　一、关于防汛", "　　会议同意。", "", "禾桥区人民政府办公室", date].join("\n"));
      expect(m.issuer, date).toBe("禾桥区人民政府办公室");
      expect(m.issueDate?.iso, date).toBe(iso);
    }
  });
});

describe("archived pages of older minutes (round 447: songling, haowan, tingkou)", () => {
  const BODY = ["　　2011年5月10日上午，县长柯建明在县政府三楼会议室主持召开县政府第5次常务会议。现纪要如下：", "　　一、关于春耕生产", "　　会议同意。"];
  it("reads a two-part trail after its label (您的位置：首页 > 会议纪要) and a site's two-part trail as chrome, not the title", () => {
    for (const trail of ["您的位置：首页 > 会议纪要", "青麓县人民政府网 >> 会议纪要", "政务公开 -- 会议纪要"]) {
      const m = parse([trail, "", "汀口县人民政府常务会议纪要", ...BODY].join("\n"));
      expect(m.title, trail).toBe("汀口县人民政府常务会议纪要");
      expect(m.chrome.map((c) => c.text), trail).toContain(trail);
    }
  });

  it("takes the document's own title over a placeless headline with a year (县政府2013年第2期常务会议纪要)", () => {
    const m = parse(["县政府2013年第2期常务会议纪要", "发布时间：2013.01.11  信息来源：县政府办公室", "", "蒿湾县人民政府常务会议纪要", "第 2 期", ...BODY].join("\n"));
    expect(m.title).toBe("蒿湾县人民政府常务会议纪要");
  });

  it("reads a 发文字号 after the issue's count on its line (第5期　　汀政纪〔2011〕5号, （第5期）青政纪〔2012〕5号)", () => {
    for (const line of ["第5期                                  汀政纪〔2011〕5号", "（第5期）汀政纪〔2011〕5号"]) {
      const m = parse(["汀口县人民政府常务会议纪要", line, ...BODY].join("\n"));
      expect(m.documentNumber, line).toMatchObject({ text: "汀政纪〔2011〕5号", prefix: "汀政纪", year: 2011, serial: 5 });
    }
  });
});

describe("a document number in brackets at the title's end (round 454: rongxi, leishanling)", () => {
  it("reads it as the document's number where no other is given, the title kept whole", () => {
    for (const [title, number] of [["榕溪县人民政府常务会议纪要（〔2023〕第5号）", { text: "〔2023〕第5号", prefix: null, year: 2023, serial: 5 }], ["雷山岭县人民政府常务会议纪要（雷府纪〔2024〕12号）", { text: "雷府纪〔2024〕12号", prefix: "雷府纪", year: 2024, serial: 12 }],
      // (Or run on after 纪要 without brackets, round 545: cangyang.)
      ["沧阳县人民政府常务会议纪要〔2023〕5号", { text: "〔2023〕5号", prefix: null, year: 2023, serial: 5 }]] as const) {
      const m = parse([title, "　　2024年6月3日上午，县长杨再兴主持召开县政府第12次常务会议。", "　　一、关于防汛", "　　会议同意。"].join("\n"));
      expect(m.title).toBe(title);
      expect(m.documentNumber, title).toMatchObject(number);
    }
  });
});
