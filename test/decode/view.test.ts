import { describe, expect, it } from "vitest";
import { readingView } from "../../src/decode/index.js";
import { mayHoldPinyin } from "../../src/decode/mirror.js";
import { parse } from "../../src/parse.js";

/** The source text behind each view character. */
function sources(source: string): string[] {
  const view = readingView(source);
  return Array.from(view.text, (_, i) => source.slice(view.offsets![i]!, view.offsets![i + 1]!));
}

describe("the reading view (what the grammar reads)", () => {
  it("decodes scrapers' HTML entities, spaces as plain blanks", () => {
    expect(readingView("&#12288;&#12288;一、关于&ldquo;天府粮仓&rdquo;&emsp;建设&amp;").text).toBe("\u3000\u3000一、关于“天府粮仓” 建设&");
  });

  it("removes stray tags, and leaves unknown entities and ordinary text as written", () => {
    expect(readingView("<p>沅政阅〔2023〕14号</p>\n潘建林<br>\n<span class=\"x\">甲</span> &foo; a<b").text).toBe("沅政阅〔2023〕14号\n潘建林\n甲 &foo; a<b");
  });

  it("maps every view character back to the source text it stands for", () => {
    expect(sources("<p>区&emsp;長(zhǎng)</p>")).toEqual(["区", "&emsp;", "長(zhǎng)</p>"]);
  });

  it("joins a wrapped line across a page number with blank lines around it, and across pinyin annotations", () => {
    const line = (s: string) => s.padEnd(24, "续");
    const body = Array.from({ length: 8 }, (_, i) => line(`第${i}行文字`));
    const source = [...body.slice(0, 4), line("会议书面通报并原则同意区民政局提出的关于区社会福").slice(0, 24), "", "— 2 —", "", "利中心公建民营改革的情况汇报。", ...body.slice(4)].join("\n");
    expect(readingView(source).text).toContain("区社会福利中心");
    const annotated = body.map((l, i) => (i === 2 ? `${l.slice(0, 22)}會(huì)議(yì)` : l)).join("\n");
    expect(readingView(annotated).text).toContain("會議" + body[3]);
  });

  it("measures a printed page's lines in columns: digits are half as wide, punctuation squeezed", () => {
    // Text from a PDF: the lines hold 29 to 31 characters as they hold digits or not.
    const source = [
      "　　2025年2月26日下午，镇长陶志华在镇便民服务中心三楼会议室主",
      "持召开2025年第3次镇政府常务会议，研究部署春节后复工复产、春",
      "季动物防疫、集镇改造等工作。会议纪要如下：",
      "　　一、关于节后企业复工复产工作",
      "　　会议听取了镇经济发展办关于辖区规上企业节后复工情况的汇",
      "报。会议要求，经济发展办要对未复工的3家企业逐一上门了解困难，",
      "协调解决用工、资金问题；镇劳动保障所要组织开展“春风行动”",
      "专场招聘会，帮助企业缓解招工难。",
      "",
      "第 1 页 共 3 页",
      "",
      "　　二、关于春季重大动物疫病防控工作",
      "　　会议同意镇畜牧兽医站提出的春季重大动物疫病集中免疫方案。",
      "会议强调，要确保猪、牛、羊、家禽应免尽免，免疫密度达到100%，",
      "加强活禽交易市场消毒和检疫监管。",
    ].join("\n");
    const text = readingView(source).text;
    expect(text).toContain("会议室主持召开2025年第3次");
    expect(text).toContain("复工情况的汇报。");
    // The page footer is read as nothing; headings and closed lines stay on their own.
    expect(text).not.toContain("第 1 页");
    expect(text).toContain("如下：\n　　一、关于节后企业复工复产工作\n");
  });

  it("takes no short text of headings and lists of like widths for a printed page", () => {
    const source = [
      "兰山区人民政府第三十一次常务会议纪要",
      "7月21日上午，区长刘海涛主持召开区政府第三十一次常务会议，听取全区重点项目建设情况汇报。现纪要如下：",
      "（一）听取全区重点项目建设情况汇报",
      "会议要求，各牵头单位要倒排工期、挂图作战，确保项目按期竣工投产。",
      "（二）研究商贸物流产业提质增效有关事项",
      "会议原则同意区商务局提出的工作方案。",
      "（三）研究区属国有企业改革有关事项",
      "会议原则同意区国资局提出的改革方案。",
      "出席：刘海涛、王建国、孙晓红、赵德胜、",
      "　　　颜培军、公孙亮",
    ].join("\n");
    expect(readingView(source)).toEqual({ text: source, offsets: null });
  });

  it("reads a block's end tag as a line break where a page was scraped onto one line", () => {
    expect(readingView("<p>县政府第33次常务会议纪要</p><p>2024年11月26日下午，县长主持</p>").text).toBe("县政府第33次常务会议纪要\n2024年11月26日下午，县长主持");
    // At the end of a line, or with no text before it on the line, a tag is only removed.
    expect(readingView("<p>甲</p>\n<p>&nbsp;<br/>乙</p>").text).toBe("甲\n 乙");
  });

  it("reads a table row scraped onto one line cell by cell: a cell's end as a blank, the row's end as a line break", () => {
    expect(readingView("<table><tr><td>索引号</td><td>330502/2022-15627</td></tr><tr><td>发布日期</td><td>2022-12-06</td></tr></table>").text).toBe("索引号\t330502/2022-15627\t\n发布日期\t2022-12-06\t");
  });

  it("reads the rows of a meeting form copied as a table as labelled lines", () => {
    const source = "| 会议时间 | 2025年5月20日上午8:30 |\n| 主 持 人 | 王立新 |\n| 會(huì)議地點 | 镇政府三楼会议室 |\n| 索引号 | 001 |\n";
    expect(readingView(source).text).toBe("会议时间：2025年5月20日上午8:30\n主 持 人：王立新\n會議地點：镇政府三楼会议室\n| 索引号 | 001 |\n");
    // The colon stands for the pipe between the cells.
    expect(sources(source).slice(4, 6)).toEqual([" | ", "2"]);
  });

  it("changes nothing (and maps nothing) in a clean text", () => {
    expect(readingView("区政府第5次常务会议纪要\n")).toEqual({ text: "区政府第5次常务会议纪要\n", offsets: null });
  });

  it("joins the lines of a text hard-wrapped at one width, and drops page numbers between them", () => {
    const wrap = (paragraph: string): string[] => Array.from({ length: Math.ceil(paragraph.length / 28) }, (_, i) => paragraph.slice(i * 28, i * 28 + 28));
    const opening = "　　3月5日上午，县长林志坚在县政府三楼会议室主持召开十九届县政府第18次常务会议，传达学习全省高质量发展大会精神，研究部署春季农业生产、安全生产等工作。现将会议议定事项纪要如下：";
    const body = "　　会议听取了县农业农村局关于春季农业生产工作情况的汇报。会议要求，各乡镇要抓好春耕备耕，加强农资市场监管，确保粮食播种面积稳定，守住不发生规模性返贫的底线。";
    const lines = [...wrap(opening), "　　一、关于春季农业生产工作", ...wrap(body)];
    lines.splice(lines.length - 2, 0, "- 2 -");
    const view = readingView(lines.join("\n")).text;
    expect(view.split("\n")).toEqual([opening, "　　一、关于春季农业生产工作", body]);
  });

  it("joins the first line of a paragraph whose indent a conversion dropped (an indent narrower than the page)", () => {
    const wrap = (paragraph: string): string[] => Array.from({ length: Math.ceil(paragraph.length / 28) }, (_, i) => paragraph.slice(i * 28, i * 28 + 28));
    const opening = "3月5日上午，县长林志坚在县政府三楼会议室主持召开十九届县政府第18次常务会议，传达学习全省高质量发展大会精神，研究部署春季农业生产、安全生产等工作。现将会议议定事项纪要如下：";
    const body = "会议听取了县农业农村局关于春季农业生产工作情况的汇报。会议要求，各乡镇要抓好春耕备耕，加强农资市场监管，确保粮食播种面积稳定，守住不发生规模性返贫的底线。";
    // (The first lines, 26 characters, were 28 with their 　　 indent; the others are 28.)
    const paragraph = (text: string): string[] => [text.slice(0, 26), ...wrap(text.slice(26))];
    const lines = [...paragraph(opening), "一、关于春季农业生产工作", ...paragraph(body), "二、关于安全生产工作", ...paragraph(body)];
    expect(readingView(lines.join("\n")).text.split("\n")).toEqual([opening, "一、关于春季农业生产工作", body, "二、关于安全生产工作", body]);
  });

  it("reads no-break spaces as spaces, one for one, and measures indents made of them", () => {
    const view = readingView("\u00a0\u00a0一、关于\u00a0防汛");
    expect(view.text).toBe("  一、关于 防汛");
    expect(view.offsets![2]).toBe(2);
  });

  it("never joins a breadcrumb trail as wide as the page to the line below it", () => {
    const wrap = (paragraph: string): string[] => Array.from({ length: Math.ceil(paragraph.length / 28) }, (_, i) => paragraph.slice(i * 28, i * 28 + 28));
    const body = "会议听取了县农业农村局关于春季农业生产工作情况的汇报。会议要求，各乡镇要抓好春耕备耕，加强农资市场监管，确保粮食播种面积稳定，守住不发生规模性返贫的底线。会议强调，要压实责任，抓好落实，确保各项工作取得实效。";
    const trail = "当前位置：江阴市人民政府>政府信息公开>会议报告>常务会";
    const view = readingView([trail, "市政府第64次常务会议纪要", ...wrap(body), ...wrap(body)].join("\n")).text;
    expect(view.split("\n").slice(0, 3)).toEqual([trail, "市政府第64次常务会议纪要", body]);
  });

  it("reads an icon font's private-use glyphs as nothing, with the blank after them, so a byline's labels stay labels", () => {
    expect(readingView("\ue60f 发布日期：2026-03-10 17:20　　\ue61c 来源：县政府办公室").text).toBe("发布日期：2026-03-10 17:20　　来源：县政府办公室");
    const m = parse(["县政府召开第六十三次常务会议", "\ue60f 发布日期：2026-03-10 17:20　　\ue61c 来源：杉坪县人民政府办公室", "", "3月9日下午，县长苏文博主持召开县政府第六十三次常务会议。"].join("\n"));
    expect(m.disclosure?.publishDate).toBe("2026-03-10");
    expect(m.meeting?.date.iso).toBe("2026-03-09");
  });

  it("reads zero-width spaces as nothing, and a page head repeated after page numbers as the page's chrome", () => {
    expect(readingView("抄送：区委办公室，\u200b区人大办公室。\u200b").text).toBe("抄送：区委办公室，区人大办公室。");
    const wrap = (paragraph: string): string[] => Array.from({ length: Math.ceil(paragraph.length / 28) }, (_, i) => paragraph.slice(i * 28, i * 28 + 28));
    const body = "会议听取了县农业农村局关于春季农业生产工作情况的汇报。会议要求，各乡镇要抓好春耕备耕，加强农资市场监管，确保粮食播种面积稳定，守住不发生规模性返贫的底线。会议强调，要压实责任，抓好落实，确保各项工作取得实效";
    const head = "桐溪县人民政府常务会议纪要〔2024〕17号";
    const lines = wrap(body + body + body);
    const source = [...lines.slice(0, 5), "", "- 2 -", "", head, "", ...lines.slice(5, 10), "", "－ ３ －", "", head, "", ...lines.slice(10)].join("\n");
    const view = readingView(source);
    expect(view.text).toBe(body + body + body);
    expect(view.chromeRanges?.map(([a, b]) => source.slice(a, b))).toEqual(["- 2 -", "－ ３ －", head, head]);
  });

  it("reads the lines of a page with markup after its tags are gone: form rows and spaced titles in <p> elements", () => {
    const source = `<div><p>常 务 会 议 纪 要</p><p>| 出　　席 | 严志刚、温小燕 |</p><p>会议\t县政府第4次常务会议</p></div>`;
    const view = readingView(source);
    expect(view.text.split("\n").filter((l) => l !== "")).toEqual(["常务会议纪要", "出　　席：严志刚、温小燕", "会议\t县政府第4次常务会议"]);
    // (Offsets still point into the source: 严 of the row.)
    const at = view.text.indexOf("严");
    expect(source.slice(view.offsets![at]!, view.offsets![at]! + 3)).toBe("严志刚");
  });

  it("leaves a text alone whose lines only happen to be as long as each other", () => {
    const list = ["列席：陈 杰 陶厦峰 余胜奎 罗 英", "孙斌义 杨卫华 王 五 李 四 六", "赵 六 钱 七 孙 八 周 九 吴"].join("\n");
    expect(readingView(list).text).toBe(list);
  });

  it("reads an ASCII full stop between ideographs, or after one at a line's end, as 。, but not after a heading's numeral, in a decimal or a file name", () => {
    expect(readingView("主持召开县政府第五次常务会议.副县长包文涛参加会议.\n一.关于防汛\n面积5.2万亩，附件.doc").text).toBe("主持召开县政府第五次常务会议。副县长包文涛参加会议。\n一.关于防汛\n面积5.2万亩，附件.doc");
  });
});

describe("mayHoldPinyin (the quick test before the annotation regex)", () => {
  it("finds an opening bracket before a pinyin letter, ASCII or full-width", () => {
    expect(mayHoldPinyin("區(qū)長")).toBe(true);
    expect(mayHoldPinyin("會（huì）議")).toBe(true);
    expect(mayHoldPinyin("（一）会议同意(2025年)")).toBe(false);
    expect(mayHoldPinyin("王五（出差）")).toBe(false);
  });
  it("leaves a text without any annotation as it is", () => {
    const text = "（一）会议原则同意(试行)方案。\n区长(代)张三";
    expect(readingView(text)).toEqual({ text, offsets: null });
  });
});

describe("a document run onto one line (a document site's text preview)", () => {
  const RUN_ON =
    "莫岭市人民政府常务会议纪要 〔2022〕11号 莫岭市人民政府办公室 2022年6月17日 2022年6月14日上午，市长钱秉坤在市政府第三会议室主持召开市政府第11次常务会议。现将会议议定事项纪要如下： 一、关于城区易涝点整治工作 会议听取了市住建局关于城区易涝点整治工作情况的汇报。会议要求，要对全市37处易涝点逐一制定整治方案（主汛期前 完成）。 二、关于《莫岭市公共租赁住房管理办法（修订）》 会议原则通过该办法。 出席：钱秉坤、沈若兰 请假：姬永华 列席：米思琪、卜　勇 抄送：市委办公室，市政协办公室。 莫岭市人民政府办公室 2022年6月17日印发";

  it("reads each blank outside brackets as the line break it was, not a name's padding", () => {
    expect(readingView(RUN_ON).text.split("\n")).toEqual([
      "莫岭市人民政府常务会议纪要",
      "〔2022〕11号",
      "莫岭市人民政府办公室",
      "2022年6月17日",
      "2022年6月14日上午，市长钱秉坤在市政府第三会议室主持召开市政府第11次常务会议。现将会议议定事项纪要如下：",
      "一、关于城区易涝点整治工作",
      "会议听取了市住建局关于城区易涝点整治工作情况的汇报。会议要求，要对全市37处易涝点逐一制定整治方案（主汛期前 完成）。",
      "二、关于《莫岭市公共租赁住房管理办法（修订）》",
      "会议原则通过该办法。",
      "出席：钱秉坤、沈若兰",
      "请假：姬永华",
      "列席：米思琪、卜　勇",
      "抄送：市委办公室，市政协办公室。",
      "莫岭市人民政府办公室",
      "2022年6月17日印发",
    ]);
  });

  it("reads the document's parts from the preview", () => {
    const m = parse(RUN_ON);
    expect(m.documentNumber?.text).toBe("〔2022〕11号");
    expect(m.meeting?.place).toBe("市政府第三会议室");
    expect(m.topics.map((t) => t.heading)).toEqual(["关于城区易涝点整治工作", "关于《莫岭市公共租赁住房管理办法（修订）》"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["米思琪", "卜勇"]);
  });

  it("leaves a long line alone whose numbered items do not follow blanks in order", () => {
    const line = `${"会议要求各部门要压实责任： 一、抓好防汛工作，二、抓好安全生产工作，三、抓好民生保障工作。".repeat(5)}会议强调，要认真组织实施。`;
    expect(line.length).toBeGreaterThan(200);
    expect(readingView(line).text).toBe(line);
  });
});

describe("a hard wrap that cuts a label after 应邀", () => {
  it("joins 应邀 at a line's end to the 列席 label opening the next line", () => {
    const lines = [
      "　　3月14日上午，区长钱立新在区政府808会议室主持召开区政",
      "府第四次常务会议，研究部署春季植树造林和城区道路改造等工",
      "作。区政府副区长郑凯、宋丽萍、韦国华出席会议。副区长廖晨",
      "因公请假。区人大常委会副主任孟庆丰同志应邀出席了会议。应邀",
      "列席会议的区人大代表：卢美华、贝建军、温晓东。会议纪要如",
      "下：区政府办公室、区发改局、区财政局主要负责同志列席会议",
      "和旁听会议，并就有关事项作了说明，会议对各项工作提出要求",
    ];
    expect(readingView(lines.join("\n")).text).toContain("出席了会议。应邀列席会议的区人大代表：");
  });
});

describe("a hard wrap that cuts a list's label before its colon", () => {
  it("joins the label's rest to it (应邀列席的区人大代表、区政⏎协委员:), so that the group's people are read", () => {
    const m = parse(["某区人民政府常务会议纪要", "　　3月5日上午，区长张伟主持召开区政府第5次常务会议。", "　　一、关于防汛", "　　会议同意。", "应邀列席的区人大代表、区政", "协委员:", "缪 亚 邱美华 庄国伟 宣 琳"].join("\n"));
    expect(m.meeting?.invitedObservers.flatMap((g) => g.people.map((p) => p.name))).toEqual(["缪亚", "邱美华", "庄国伟", "宣琳"]);
  });
});

describe("a word cut by a stray line end in a text no page width wrapped", () => {
  const lines = [
    "澄湾区召开区政府第41次常务会议",
    "发布日期：2024-01-02",
    "12月29日下午，区长何俊峰主持召开区政府第41次常务会议。会议审议了《澄湾区老旧小区加装电梯财政补助办法》。",
    "区领导陈海燕、吴志雄、林淑贞、黄敬业、麦建辉参加会",
    "议。区政府办、区直有关单位主要负责同志列席会议。",
  ];

  it("reads the two lines as one, and the attendees of the sentence so joined", () => {
    expect(readingView(lines.join("\n")).text).toContain("麦建辉参加会议。区政府办");
    expect(parse(lines.join("\n")).meeting?.attendees.map((p) => p.name)).toEqual(["陈海燕", "吴志雄", "林淑贞", "黄敬业", "麦建辉"]);
    const invited = parse("县政府召开第三十一次常务会议\n9月26日下午，县长汪立群主持召开县政府第三十一次常务会议。县领导钱红、许志刚参加会议，县人大常委会副主任邵光明、县政协副主席孔丽娟应邀参\n加会议。");
    expect(invited.meeting?.invitedAttendees.map((p) => p.name)).toEqual(["邵光明", "孔丽娟"]);
  });

  it("leaves a heading and the decision under it apart, and a short line or a line without a comma", () => {
    const heading = "三、关于调整城区、乡镇公交线路的请示\n同意。";
    expect(readingView(heading).text).toBe(heading);
    const unnumbered = "关于城区污水管网、雨污分流改造工程的请示\n同意。";
    expect(readingView(unnumbered).text).toBe(unnumbered);
    const short = "会议研究了公交线路\n议。";
    expect(readingView(short).text).toBe(short);
    const indented = "区领导陈海燕、吴志雄、林淑贞、黄敬业、麦建辉参加会\n　　议。";
    expect(readingView(indented).text).toBe(indented);
  });
});

describe("a watermark's line (a scan's or a print's)", () => {
  it("is left out as the page's chrome, so that a list it stands in goes on", () => {
    const m = parse(["柘川区人民政府第17次常务会议纪要", "　　9月6日上午，区长韩明主持召开区政府第17次常务会议。", "　　一、关于防汛工作", "　　会议要求加强值守。", "列席：田 野 郑海波 邱 敏", "仅供参考", "　　　方建新 程晓丽"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["田野", "郑海波", "邱敏", "方建新", "程晓丽"]);
    expect(m.chrome.map((c) => c.text)).toContain("仅供参考");
    expect(readingView("内部资料　注意保存\n县人民政府常务会议纪要").text).toBe("县人民政府常务会议纪要");
  });

  it("stays in a sentence", () => {
    expect(readingView("以上意见仅供参考。").text).toBe("以上意见仅供参考。");
  });
});

describe("a text whose lines were broken anywhere (no one page width)", () => {
  const lines = [
    "平湾县召开第二十六次常务会议",
    "发布日期：2021-12-06",
    "",
    "12",
    "月3日下午，县长邓",
    "国平主持召开县政府第二十六次常",
    "务会议，研究部署冬季安全生产等工作。副县长骆",
    "海鹰、宁志刚，县政府党组成员孟庆",
    "华出席",
    "会议。县政协副主席欧阳",
    "明辉应邀出席会议。",
    "请",
    "假：孔德明",
    "会议听取了县应急管理局关于今冬明春安全生产工作的汇报。",
  ];

  it("reads every line end inside a sentence as nothing: dates, names, titles and labels whole", () => {
    const view = readingView(lines.join("\n")).text;
    expect(view).toContain("12月3日下午，县长邓国平主持召开县政府第二十六次常务会议，研究部署");
    expect(view).toContain("孟庆华出席会议。县政协副主席欧阳明辉应邀出席会议。\n请假：孔德明\n会议听取了");
    const m = parse(lines.join("\n")).meeting!;
    expect(m.date).toMatchObject({ iso: "2021-12-03", timeOfDay: "下午" });
    expect(m.chair).toMatchObject({ name: "邓国平", title: "县长" });
    expect(m.attendees.map((p) => p.name)).toEqual(["骆海鹰", "宁志刚", "孟庆华"]);
    expect(m.absentees.map((p) => p.name)).toEqual(["孔德明"]);
    // (So in Traditional characters: …孟慶⏎華出席⏎會議。)
    const traditional = lines.join("\n").replace("县长邓", "縣長鄧").replace("孟庆\n华出席\n会议。", "孟慶\n華出席\n會議。");
    expect(readingView(traditional).text).toContain("孟慶華出席會議。");
  });

  it("joins a labelled value's rest, a heading's or a headline's last letters alone on the next line", () => {
    expect(readingView("文号：望政发〔2024〕2\n号\n成文日期：2024-01-\n15\n发布日期：2024-01-16").text).toBe("文号：望政发〔2024〕2号\n成文日期：2024-01-15\n发布日期：2024-01-16");
    expect(readingView("文件编号：临渚政纪〔2023〕\n21号\n发布机构：临渚区人民政府办公室").text).toBe("文件编号：临渚政纪〔2023〕21号\n发布机构：临渚区人民政府办公室");
    expect(readingView("三、关于区级财政资金绩效评价结果运\n用\n会议同意。").text).toBe("三、关于区级财政资金绩效评价结果运用\n会议同意。");
    expect(readingView("云渡县召开县政府第七次常务会\n议\n3月12日上午，县长林振华主持召开县政府第七次常务会议。").text).toMatch(/^云渡县召开县政府第七次常务会议\n3月12日/);
    // (A value whole, a label alone, a heading's decision: no rest.)
    const whole = "文号：望政发〔2024〕2号\n15\n三、关于区级财政资金绩效评价结果运用\n同意\n会议纪要\n附件";
    expect(readingView(whole).text).toBe(whole);
  });

  it("joins nothing where the lines that go on close no sentence (a page's links), nor a headline into what follows", () => {
    const links = ["白玉主持召开哈达图旗政府2025年第5次常务会议", "文摘", "2025-03-15 21:06", "内蒙古", "14日，旗委副书记、政府旗长白玉主持召开哈达图旗政府2025年第5次常务会议。"].join("\n");
    expect(readingView(links).text).toBe(links);
  });
});

describe("an enumeration comma in another form (丶, ､, ﹑)", () => {
  it("reads each as 、, one for one, 丶 only between words", () => {
    const v = readingView("区领导王海涛丶陈　静、李永明﹑赵　欣､孙伟\n丶丶\n");
    expect(v.text).toBe("区领导王海涛、陈　静、李永明、赵　欣、孙伟\n丶丶\n");
    expect(v.text.length).toBe("区领导王海涛丶陈　静、李永明﹑赵　欣､孙伟\n丶丶\n".length);
  });

  it("parts the names, and a marker typed 三丶 is a topic's", () => {
    const m = parse(["某区人民政府常务会议纪要", "　　3月5日上午，区长张伟主持召开区政府第5次常务会议。区领导王海涛丶陈　静、李永明出席会议。", "　　一、关于防汛", "　　会议同意。", "　　二、关于供水", "　　会议同意。", "　　三丶关于道路", "　　会议同意。"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["王海涛", "陈静", "李永明"]);
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛", "关于供水", "关于道路"]);
  });
});

describe("a topic's marker typed with another sign than its list's (二，, 二., 3、 among 1．)", () => {
  const topics = (...lines: string[]) => parse(["某区人民政府常务会议纪要", "　　3月5日上午，区长张伟主持召开区政府第5次常务会议。", ...lines].join("\n")).topics;

  it("reads 二， / 二. / 二： / 二 among 一、 三、 as 二、", () => {
    for (const slip of ["二，", "二,", "二.", "二：", "二 "]) {
      const t = topics("　　一、关于防汛", "　　会议同意。", `　　${slip}关于《城乡环境综合整治工作方案》`, "　　会议原则同意。", "　　三、关于道路", "　　会议同意。");
      expect(t.map((x) => [x.number, x.heading]), slip).toEqual([[1, "关于防汛"], [2, "关于《城乡环境综合整治工作方案》"], [3, "关于道路"]]);
    }
  });

  it("reads 3、 in a list of 1． 2． 4． as the list's third item, not a sub-item", () => {
    const t = topics("　　1．审议《关于防汛的请示》", "　　会议同意。", "　　2．审议《关于供水的请示》", "　　会议同意。", "　　3、听取《关于农村公路的汇报》", "　　会议同意。", "　　4．审议《关于道路的请示》", "　　会议同意。");
    expect(t.map((x) => [x.number, x.level, x.subtopics.length])).toEqual([[1, 1, 0], [2, 1, 0], [3, 1, 0], [4, 1, 0]]);
  });

  it("reads a list that goes on in another sign (1. 2. 3、 4、 ５、) as one list", () => {
    const t = topics("　　1.审议《森林防灭火工作方案》", "　　会议同意。", "　　2.审议《关于农村供水的请示》", "　　会议同意。", "　　3、听取《关于商业体系建设的汇报》", "　　会议同意。", "　　4、审议《关于道路的请示》", "　　会议同意。", "　　５、关于其他事项", "　　会议同意。");
    expect(t.map((x) => [x.number, x.level])).toEqual([[1, 1], [2, 1], [3, 1], [4, 1], [5, 1]]);
  });

  it("reads a sign typed after a bracketed or dotted marker as nothing (（一）、关于…, 2.、关于…)", () => {
    expect(topics("　　（一）、关于防汛", "　　会议同意。", "　　（二）、关于供水", "　　会议同意。").map((x) => [x.marker, x.heading])).toEqual([["（一）", "关于防汛"], ["（二）", "关于供水"]]);
    expect(topics("　　1.、关于防汛", "　　会议同意。", "　　2.，关于供水", "　　会议同意。").map((x) => [x.marker, x.heading])).toEqual([["1.", "关于防汛"], ["2.", "关于供水"]]);
  });

  it("reads a doubled sign once (三、、听取…)", () => {
    const t = topics("　　一、关于防汛", "　　会议同意。", "　　二、关于供水", "　　会议同意。", "　　三、、听取全区秋季开学工作情况汇报", "　　会议同意。");
    expect(t.map((x) => [x.marker, x.heading])).toEqual([["一、", "关于防汛"], ["二、", "关于供水"], ["三、", "听取全区秋季开学工作情况汇报"]]);
  });

  it("leaves a list of its own sign alone, a sub-list between (1、…1．2．3．…4、)", () => {
    const t = topics("　　1、关于防汛", "　　1．各街道要排查。", "　　2．区水务局要清淤。", "　　3．区城管局要备勤。", "　　2、关于供水", "　　会议同意。", "　　3、关于学校", "　　1．区发改局要立项。", "　　2．区教育局要招生。", "　　3．区财政局要拨款。", "　　4、关于其他事项", "　　会议同意。");
    expect(t.map((x) => [x.number, x.heading])).toEqual([[1, "关于防汛"], [2, "关于供水"], [3, "关于学校"], [4, "关于其他事项"]]);
  });

  it("leaves 4. among 1．2．3．5． as written (one sign in two widths), and the others", () => {
    const t = topics("　　1．关于防汛", "　　会议同意。", "　　2．关于供水", "　　会议同意。", "　　3．关于学校", "　　会议同意。", "　　4.关于医院", "　　会议同意。", "　　5．关于道路", "　　会议同意。");
    expect(t.map((x) => [x.marker, x.level])).toEqual([["1．", 1], ["2．", 1], ["3．", 1], ["4.", 1], ["5．", 1]]);
  });
});
