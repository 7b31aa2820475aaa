// Related copies of the minutes and the ways their files come (rounds 398–399 of the fixtures): a
// mobile page's buttons on the headline, a byline set apart by pipes, a document site's bare page
// numbers, an emoji before a heading, a site's banner over the 纪要's title, a date with a lowercase o,
// a full-width full stop inside a name, capitalised pinyin, entities escaped twice, Big5 files and
// files cut off inside their last character.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/decode/index.js";
import { parse } from "../../src/parse.js";

const OPENING = "　　11月14日上午，区长王明主持召开区政府第18次常务会议。会议研究了防汛工作。";
const fixture = (round: string, name: string): Buffer => readFileSync(new URL(`../../fixtures/docs/${round}/${name}.txt`, import.meta.url));

describe("a page's frame around the minutes", () => {
  it("leaves a mobile page's buttons out of the headline (　A-　A+, 【字体：大 中 小】【打印】)", () => {
    expect(parse(`赤坎区召开区政府第35次常务会议　A-　A+\n${OPENING}\n`).title).toBe("赤坎区召开区政府第35次常务会议");
    expect(parse(`区政府第5次常务会议召开 【字体：大 中 小】【打印】\n${OPENING}\n`).title).toBe("区政府第5次常务会议召开");
  });

  it("leaves a site's toolbar of versions (进入长者版　无障碍　繁體) out of the title, and buttons in brackets after a 字号： label", () => {
    const m = parse(`进入长者版　无障碍　繁體\n区政府召开第11次常务会议 卢振海主持\n${OPENING}\n`);
    expect(m.title).toBe("区政府召开第11次常务会议 卢振海主持");
    expect(m.chrome.map((c) => c.text)).toContain("进入长者版　无障碍　繁體");
    expect(parse(`赤坎区召开区政府第35次常务会议　字号【大】【中】【小】　【打印】\n${OPENING}\n`).title).toBe("赤坎区召开区政府第35次常务会议");
  });

  it("reads a byline's date where pipes set its cells apart (2024-11-15 09:40:12 | 来源：… | 作者：…)", () => {
    const m = parse(`天宁区召开区政府第18次常务会议\n2024-11-15 09:40:12 | 来源：天宁区政府办 | 作者：钮嘉\n${OPENING}\n`);
    expect(m.disclosure?.publishDate).toBe("2024-11-15");
    expect(m.meeting?.date.iso).toBe("2024-11-14");
  });

  it("leaves a document site's bare page numbers (1, 2, 3 alone on their lines) out, so a list cut by one goes on", () => {
    const m = parse(fixture("round398-helper-copies", "huangyan-2023-18").toString("utf8"));
    expect(m.meeting?.observers.map((p) => p.name).slice(-6)).toEqual(["许文博", "颜冰", "阮志强", "柯晓峰", "戴玉兰", "朱琦"]);
  });

  it("leaves the running head under a bare page number out too, so a heading or a list does not take it in", () => {
    const head = "望岑县人民政府常务会议纪要";
    const m = parse(
      [head, "〔2024〕33号", "", "\t2024年10月21日上午，县长祁向东主持召开县政府第33次常务会议。", "\t一、关于城区停车设施建设", "\t会议原则同意。", "\t二、关于农村饮水安全巩固提升工程", "", "1", "", head, "", "\t会议原则同意，请县水利局抓好落实。",
        "\t列席：罗家明　冯志强　吴丽贞　麦国安　谭少华　钟伟明", "2", head, "\t　　杨静仪　区  彬　苏家豪　曾嘉欣", "", "3", ""].join("\n"),
    );
    expect(m.topics.map((t) => t.heading)).toEqual(["关于城区停车设施建设", "关于农村饮水安全巩固提升工程"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["罗家明", "冯志强", "吴丽贞", "麦国安", "谭少华", "钟伟明", "杨静仪", "区彬", "苏家豪", "曾嘉欣"]);
  });

  it("joins a hard-wrapped line cut inside a bracket though the next line opens as a label would (…（完成⏎时限：…）)", () => {
    const m = parse(fixture("round548-appended", "qianfeng-2024-56").toString("utf8"));
    expect(m.disclosure?.disclosurePeriod ?? null).toBeNull();
    expect(JSON.stringify(m.topics)).toContain("（完成时限：2024年12月31日前）");
  });

  it("reads a heading after an emoji that opens its line unindented apart from its flush-left body", () => {
    const m = parse(["北仑区召开区政府常务会议", OPENING, "📌一、传达学习全省防御台风“暹芭”工作视频会议精神", "会议强调，各地各部门要立足于防大汛、抗大灾，坚决守住不死人、少伤人的底线。", "📌二、听取全区上半年经济运行情况汇报", "会议强调，下半年要紧盯全年目标。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["传达学习全省防御台风“暹芭”工作视频会议精神", "听取全区上半年经济运行情况汇报"]);
  });

  it("takes the 纪要's own title over a site's banner of its organ and column (松崖县人民政府 - 政府常务会议)", () => {
    const m = parse(["松崖县人民政府 - 政府常务会议", "首页 > 政务公开 > 政府常务会议 > 会议纪要", "松崖县人民政府常务会议纪要", "〔2023〕44号", OPENING].join("\n"));
    expect(m.title).toBe("松崖县人民政府常务会议纪要");
  });
});

describe("characters a copy gets wrong", () => {
  it("reads a lowercase o as 〇 in a date in Chinese numerals (二o二三年十二月五日)", () => {
    const m = parse(["松崖县人民政府常务会议纪要", OPENING, "一、关于防汛工作", "会议要求加强值守。", "", "松崖县人民政府办公室", "二o二三年十二月五日"].join("\n"));
    expect(m.issueDate?.iso).toBe("2023-12-05");
    expect(m.issuer).toBe("松崖县人民政府办公室");
  });

  it("keeps a name whose parts a full-width full stop joins (阿依古丽．买买提)", () => {
    const m = parse(`松崖县人民政府常务会议纪要\n　　11月30日上午，县长欧振华主持召开县政府第44次常务会议。副县长阿依古丽．买买提、梁卫东出席会议，副县长艾尔肯．吐尔逊请假。\n`);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["阿依古丽．买买提", "梁卫东"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["艾尔肯．吐尔逊"]);
  });

  it("leaves capitalised pinyin out as lowercase pinyin is (區(qū)長(zhǎng)蔣(Jiǎng)振邦)", () => {
    const m = parse("汀蘭區人民政府常務會議紀要\n　　7月3日上午，區(qū)長(zhǎng)蔣(Jiǎng)振邦主持召開(kāi)區政府第7次常務會議。\n請(qǐng)假:鄔(Wū)嘉慧\n");
    expect(m.meeting?.chair).toMatchObject({ name: "蔣振邦", title: "區長" });
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["鄔嘉慧"]);
  });

  it("reads an entity escaped twice (&amp;nbsp;) as the entity", () => {
    const m = parse(`汀兰区人民政府常务会议纪要\n${OPENING}\n一、关于防汛工作\n会议要求加强值守。\n列席：薛海平&amp;nbsp;&amp;nbsp;梁静怡&amp;nbsp;&amp;nbsp;甄伟东\n`);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["薛海平", "梁静怡", "甄伟东"]);
  });
});

describe("files as they come", () => {
  it("reads a Traditional copy saved in Big5 as Big5, where GB18030 would read it as other characters", () => {
    const bytes = fixture("round399-helper-encodings", "meixu-2022-18");
    expect(decode(bytes).encoding).toBe("big5");
    const m = parse(bytes);
    expect(m.source.encoding).toBe("big5");
    expect(m.title).toBe("梅漵縣人民政府第十八次常務會議紀要");
  });

  it("keeps GB18030 for a GB18030 file", () => {
    const bytes = fixture("zhejiang-formal-gb18030", "yunao-2023-12");
    expect(decode(bytes).encoding).toBe("gb18030");
  });

  it("reads UTF-8 cut off inside its last character, that character as U+FFFD, with a warning", () => {
    const whole = Buffer.from(`沙渚区政府召开第15次常务会议\n${OPENING}\n承办单位：沙渚区大数据管理中心`, "utf8");
    const cut = whole.subarray(0, whole.length - 2);
    const d = decode(cut);
    expect(d.encoding).toBe("utf-8");
    expect(d.text.endsWith("管理中\ufffd")).toBe(true);
    const m = parse(cut);
    expect(m.diagnostics.find((x) => x.code === "truncated-text")).toMatchObject({ severity: "warning", line: 3 });
  });

  it("still refuses bytes that are no text in either encoding", () => {
    expect(() => decode(new Uint8Array([0x81, 0x20, 0xff, 0xfe, 0x80, 0x80]))).toThrow(/neither UTF-8 nor GB18030/);
  });
});

describe("a list wrapped after a title", () => {
  it("goes on into a line whose items hold a title alone (…市政协副主席⏎毕春燕；市政府副秘书长，市政府办公室…负责同志)", () => {
    const m = parse(["某市人民政府第40次常务会议纪要", "　　5月5日上午，市长王五主持召开市政府第40次常务会议。", "一、关于城区防汛工作", "会议同意。", "列席：市人大常委会副主任颜世杰，市政协副主席", "毕春燕；市政府副秘书长，市政府办公室主要负责同志"].join("\n"));
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([
      ["颜世杰", "市人大常委会副主任"],
      ["毕春燕", "市政协副主席"],
    ]);
  });
});

describe("a copy saved as UTF-16 (round 413)", () => {
  it("reads the seed saved as UTF-16LE with its BOM and CRLF as it reads the UTF-8 file", () => {
    const text = readFileSync(new URL("../../fixtures/docs/zhejiang-huzhou/wuxing-2022-13.txt", import.meta.url), "utf8").replace(/\r?\n/g, "\r\n");
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    const m = parse(bytes);
    const plain = parse(text);
    expect(m.source).toMatchObject({ encoding: "utf-16le", bom: true, lineEnding: "crlf" });
    expect(m.title).toBe(plain.title);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(plain.meeting?.attendees.map((p) => p.name));
    expect(m.topics.map((t) => t.heading)).toEqual(plain.topics.map((t) => t.heading));
  });
});

describe("radicals a PDF's text layer wrote for characters (round 430)", () => {
  it("reads ⼈ ⽉ ⽇ ⻓ ⼀ as 人 月 日 长 一, positions kept", () => {
    const text = ["平峤县⼈民政府常务会议纪要", "　　2022年10⽉17⽇上午，县⻓⽥⽂⽣主持召开县政府第20次常务会议。", "　　⼀、关于防汛⼯作", "　　会议同意。", "　　⼆、关于春耕⽣产", "　　会议要求抓好落实。"].join("\n");
    const m = parse(text);
    expect(m.title).toBe("平峤县人民政府常务会议纪要");
    expect(m.meeting?.date.iso).toBe("2022-10-17");
    expect(m.meeting?.chair).toMatchObject({ name: "田文生", title: "县长" });
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛工作", "关于春耕生产"]);
    expect(m.meeting?.chair?.position?.start.offset).toBe(text.indexOf("⽥⽂⽣"));
  });
});

describe("mirror and saved copies, more forms (round 433)", () => {
  it("reads a page saved from Word: <o:p></o:p>, <st1:chsdate …>, <st1:personname …>, attributes wrapped onto the next line", () => {
    const m = parse([
      "<p class=MsoNormal><span style='font-size:16.0pt;mso-line-height-rule:",
      "exactly'>云栖县人民政府常务会议纪要<o:p></o:p></span></p>",
      "<p>云政纪〔2024〕5号<o:p></o:p></p>",
      "<p>　　<st1:chsdate Year=\"2024\" Month=\"3\" Day=\"28\" w:st=\"on\">2024年3月28日</st1:chsdate>上午，县长<st1:personname w:st=\"on\">石光明</st1:personname>主持召开县政府第5次常务会议。<o:p></o:p></p>",
      "<p>　　一、关于防汛工作<o:p></o:p></p>",
      "<p>　　会议同意。<o:p></o:p></p>",
    ].join("\n"));
    expect(m.title).toBe("云栖县人民政府常务会议纪要");
    expect(m.documentNumber?.text).toBe("云政纪〔2024〕5号");
    expect(m.meeting?.date).toMatchObject({ iso: "2024-03-28", timeOfDay: "上午" });
    expect(m.meeting?.chair).toMatchObject({ name: "石光明", title: "县长" });
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛工作"]);
  });
  it("reads ︰ and ﹕ as colons, ∶ too but between digits", () => {
    const m = parse(["縣人民政府常務會議紀要", "　　5月6日上午，縣長韋志強主持召開縣政府第8次常務會議。", "　　一、關於防汛工作", "　　會議同意按1∶1比例配套。", "出席︰韋志強、黎明", "分送﹕縣委辦公室，縣人大辦公室。"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["韋志強", "黎明"]);
    expect(m.distribution).toEqual(["縣委辦公室", "縣人大辦公室"]);
    expect(m.topics[0]!.paragraphs[0]!.text).toContain("1∶1");
  });
  it("strips toneless pinyin annotations where a copy holds many (區(qu)長(zhang))", () => {
    const m = parse(["花橋區(qu)人民政府第14次常務(wu)會(hui)議紀要", "　　5月6日上午，區(qu)長(zhang)詹(zhan)國偉在區(qu)政府五樓會(hui)議室主持召開區政府第14次常務會議。", "　　一、關於(yu)防汛工作", "　　會議同意。"].join("\n"));
    expect(m.title).toBe("花橋區人民政府第14次常務會議紀要");
    expect(m.meeting?.chair).toMatchObject({ name: "詹國偉", title: "區長" });
    expect(m.meeting?.place).toBe("區政府五樓會議室");
  });
  it("reads \\r\\r\\n line ends as one line break each", () => {
    const m = parse(["县人民政府常务会议纪要", "　　5月6日上午，县长王明主持召开县政府第8次常务会议。", "出席：王明、黎明", "　　一、关于防汛工作", "　　会议同意。"].join("\r\r\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["王明", "黎明"]);
    expect(m.meeting?.chair?.position?.start.line).toBe(3);
  });
});

describe("a page typed in half-width punctuation throughout (round 432)", () => {
  it("reads a . at a line's end after an ideograph as the sentence's end", () => {
    const m = parse(["县政府第33次常务会议纪要", "8月22日上午,县长王立功主持召开县政府第33次常务会议.", "县委常委、常务副县长张启明,副县长刘秀英、周国平,县政府党组成员钱志刚参加会议.", "一、关于防汛工作", "会议同意."].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["张启明", "刘秀英", "周国平", "钱志刚"]);
  });
});

describe("a document converter's Markdown (round 456: chengxi, shazhu, wuling)", () => {
  it("reads through bold marks, escapes, quote marks, links and a YAML front matter (kept as chrome)", () => {
    const m = parse([
      "---",
      'title: "县政府召开第2次常务会议"',
      "clipped: 2025-03-02",
      "---",
      "",
      "[首页](https://www.chengxi.gov.cn/) / [政务公开](https://www.chengxi.gov.cn/zwgk/)",
      "",
      "**澄溪县人民政府常务会议纪要**",
      "",
      "**〔2023〕11号**",
      "",
      "　　6月12日上午，县长**傅景行**在县政府三楼会议室主持召开县政府第11次常务会议。",
      "",
      "**一、关于防汛工作**",
      "",
      "1\\. 县应急管理局要牵头开展安全生产大检查。",
      "",
      "> 会议书面通报了县统计局关于1—5月全县主要经济指标完成情况的汇报。",
      "",
      "- **请假：**郏明远（在省委党校学习）",
    ].join("\n"));
    expect(m.title).toBe("澄溪县人民政府常务会议纪要");
    expect(m.documentNumber).toMatchObject({ text: "〔2023〕11号", year: 2023, serial: 11 });
    expect(m.meeting?.chair).toMatchObject({ name: "傅景行", title: "县长" });
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛工作"]);
    expect(m.writtenReports).toMatchObject([{ proposer: "县统计局", subject: "1—5月全县主要经济指标完成情况" }]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["郏明远"]);
    expect(m.chrome[0]?.text).toContain('title: "县政府召开第2次常务会议"');
  });

  it("leaves a redacted page's ** for a number as written (*月**日上午, 第**次)", () => {
    const m = parse(["沙江区人民政府常务会议纪要", "*月**日上午,区十届人民政府第**次常务会议召开。区长严秀琳主持会议。"].join("\n"));
    expect(m.meeting?.opening[0]?.text).toContain("*月**日上午,区十届人民政府第**次");
  });
});
