// Topic numbering and nesting (round 397 of the fixtures): Roman numerals and one-character numbers
// as markers, lists of the opening's (书面通报, the agenda) before the topics in any style, and topics
// numbered as the agenda is.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const OPENING = "　　6月15日上午，县长戚振华在县政府第一会议室主持召开县政府第19次常务会议。";
const headings = (lines: string[]) => parse(["县人民政府第19次常务会议纪要", ...lines].join("\n")).topics.map((t) => [t.number, t.heading]);

describe("markers in one character", () => {
  it("reads Ⅰ. Ⅱ、 as the topics' markers, their numbers 1, 2", () => {
    expect(headings([OPENING, "Ⅰ.传达学习全省防汛抗旱工作会议精神", "会议要求抓好防汛。", "Ⅱ、关于县城区停车场建设项目", "会议原则同意。"])).toEqual([
      [1, "传达学习全省防汛抗旱工作会议精神"],
      [2, "关于县城区停车场建设项目"],
    ]);
  });

  it("reads ❶ ❷, ➊ ➋, ➀ ➁ and ⓵ ⓶ as circled markers, their numbers from 1, and the lists after them", () => {
    for (const [one, two] of [["❶", "❷"], ["➊", "➋"], ["➀", "➁"], ["⓵", "⓶"]]) {
      const m = parse(["县人民政府第19次常务会议纪要", OPENING, `${one}审议《青禾县城乡供水一体化实施方案》`, "会议原则同意该方案。", `${two}听取县财政局关于一季度财政收支情况的汇报`, "会议要求严控一般性支出。", "出席：王建明、李华、张强", "请假：赵丽（出差）"].join("\n"));
      expect(m.topics.map((t) => [t.number, t.style, t.heading])).toEqual([
        [1, "circled", "审议《青禾县城乡供水一体化实施方案》"],
        [2, "circled", "听取县财政局关于一季度财政收支情况的汇报"],
      ]);
      expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["王建明", "李华", "张强"]);
      expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["赵丽"]);
    }
    expect(headings([OPENING, "⓫关于防汛工作", "会议要求加强值守。"])).toEqual([[11, "关于防汛工作"]]);
  });

  it("takes a sample site's enclosed-number sections around the minutes for none of its topics", () => {
    const m = parse(
      [
        "❶ 青禾县人民政府第19次常务会议纪要",
        "县人民政府第19次常务会议纪要",
        "〔2023〕19号",
        OPENING,
        "一、关于防汛工作",
        "会议要求加强值守。",
        "二、关于安全生产工作",
        "会议要求压实责任。",
        "出席：戚振华、李华",
        "分送：县委办公室，县人大常委会办公室。",
        "❷ 会议纪要的格式怎么写",
        "正文先写会议概况，再写议定事项，最后写出席、请假、列席人员。",
      ].join("\n"),
    );
    expect(m.title).toBe("县人民政府第19次常务会议纪要");
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛工作", "关于安全生产工作"]);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["戚振华", "李华"]);
    expect(m.meeting?.absentees).toEqual([]);
  });

  it("takes a wrapped citation's （二）项 after a line ending in 第 for none of the topics", () => {
    const m = parse(
      [
        "县人民政府第19次常务会议纪要",
        OPENING,
        "（一）关于耕地保护工作",
        "会议要求：1. 各乡镇要落实耕地保护责任；2. 对违法占用耕地的，依照《湘岭县耕地保护管理办法》第四十二条第",
        "（二）项规定从严查处；3. 县财政局要及时拨付补贴资金。",
        "（二）关于防汛工作",
        "会议要求加强值守。",
      ].join("\n"),
    );
    expect(m.topics.map((t) => t.heading)).toEqual(["关于耕地保护工作", "关于防汛工作"]);
  });

  it("nests 1. items under ⒈ topics, a level of their own", () => {
    expect(headings([OPENING, "⒈关于区级储备粮轮换工作", "会议议定：", "1.同意轮换区级储备稻谷2800吨；", "2.区财政局要及时拨付补贴资金。", "⒉关于暑期学生防溺水工作", "会议要求加强宣传。"])).toEqual([
      [1, "关于区级储备粮轮换工作"],
      [2, "关于暑期学生防溺水工作"],
    ]);
  });

  it("reads ⑴ ⑵ as （1） （2） are read, nested under 一、", () => {
    const m = parse(["县人民政府第19次常务会议纪要", OPENING, "一、关于安全生产工作", "会议要求：", "⑴加强危化品监管；", "⑵抓好道路交通安全。", "二、关于防汛工作", "会议要求加强值守。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于安全生产工作", "关于防汛工作"]);
    expect(m.topics[0]!.subtopics.map((t) => [t.number, t.heading])).toEqual([
      [1, "加强危化品监管"],
      [2, "抓好道路交通安全"],
    ]);
  });
});

describe("a list of the opening's before the topics", () => {
  it("keeps the 1. items inside 一、 topics nested when a 书面通报 list numbered 1. opens the text", () => {
    expect(headings([`${OPENING}会议书面通报了：`, "　　1.县统计局关于1—5月全县主要经济指标完成情况的汇报；", "　　2.县自然资源局关于建设用地报批工作进展情况的汇报。", "　　现将会议议定事项纪要如下：", "　　一、关于夏季安全生产工作", "　　会议要求：", "　　1.县应急管理局要牵头开展专项整治；", "　　2.各乡镇要落实属地责任。", "　　二、关于县城区背街小巷改造工程", "　　会议原则同意。"])).toEqual([
      [1, "关于夏季安全生产工作"],
      [2, "关于县城区背街小巷改造工程"],
    ]);
  });

  it("takes a 会议议程： list whose last item carries 现纪要如下： for the agenda", () => {
    expect(headings([OPENING, "会议议程：", "1.传达学习全省现场推进会精神；", "2.听取县教育局关于学前教育资源布局调整方案的情况汇报。", "现纪要如下：", "一、关于传达学习全省现场推进会精神", "会议要求抓好落实。", "二、关于学前教育资源布局调整方案", "会议原则同意。"])).toEqual([
      [1, "关于传达学习全省现场推进会精神"],
      [2, "关于学前教育资源布局调整方案"],
    ]);
  });

  it("takes the items after …，会议议题如下： for the agenda, the 【议题N】 topics with their own (1) items", () => {
    const m = parse(["县人民政府常务会议纪要", "　　11月4日上午，县长罗晓川主持召开县人民政府第31次常务会议，会议议题如下：", "　　（1）传达学习全省安全生产电视电话会议精神；", "　　（2）研究县城污水处理厂提标改造项目有关事项。", "　　现将会议议定事项纪要如下：", "【议题一】传达学习全省安全生产电视电话会议精神", "　　会议要求抓好落实。", "【议题二】研究县城污水处理厂提标改造项目有关事项", "　　会议同意。会议要求：", "　　（1）改造期间每日开展出水水质监测；", "　　（2）对进水水质异常的工业企业开展排查。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["传达学习全省安全生产电视电话会议精神", "研究县城污水处理厂提标改造项目有关事项"]);
    expect(m.topics[1]!.subtopics).toHaveLength(2);
  });

  it("takes an agenda numbered 一、 as the topics are, the opening ending in 会议议题：, for no topics", () => {
    expect(headings(["　　2025年2月12日上午，县长骆明辉主持召开县政府2025年第3次常务会议。会议议题：", "　　一、传达学习全省县域经济高质量发展推进会精神；", "　　二、研究春耕备耕工作。", "　　现将会议议定事项纪要如下：", "　　一、关于传达学习全省县域经济高质量发展推进会精神", "　　会议要求抓好落实。", "　　二、关于春耕备耕工作", "　　会议要求抓好农资供应。"])).toEqual([
      [1, "关于传达学习全省县域经济高质量发展推进会精神"],
      [2, "关于春耕备耕工作"],
    ]);
  });
});

describe("the opening's agenda in more forms (round 547: linzhu, zheyuan, tingping, puling)", () => {
  const TOPICS = ["　　一、关于传达学习全省生态文明建设推进会精神", "　　会议要求抓好落实。", "　　二、关于中心城区控制性详细规划修编方案", "　　会议原则同意。"];
  const WANT = [
    [1, "关于传达学习全省生态文明建设推进会精神"],
    [2, "关于中心城区控制性详细规划修编方案"],
  ];

  it("takes items not closed by ； or 。 for the agenda where 现纪要如下： follows them", () => {
    expect(headings([`${OPENING.slice(0, -1)}，研究了以下事项：`, "　　（一）传达学习全省生态文明建设推进会精神", "　　（二）审议中心城区控制性详细规划修编方案", "　　现纪要如下：", ...TOPICS])).toEqual(WANT);
    // (Without that line, such items may be the topics themselves.)
    expect(headings([`${OPENING.slice(0, -1)}，研究了以下事项：`, "　　（一）传达学习全省生态文明建设推进会精神", "　　（二）审议中心城区控制性详细规划修编方案", ...TOPICS]).length).toBe(4);
  });

  it("reads a lead that counts the items (会议共研究了2个议题：, 会议研究了以下2个议题：)", () => {
    expect(headings([`${OPENING}会议共研究了2个议题：`, "　　1.传达学习全省生态文明建设推进会精神；", "　　2.审议中心城区控制性详细规划修编方案。", "　　现将会议议定事项纪要如下：", ...TOPICS])).toEqual(WANT);
    expect(headings([`${OPENING}会议研究了以下2个议题：`, "　　（一）传达学习全省生态文明建设推进会精神；", "　　（二）审议中心城区控制性详细规划修编方案。", ...TOPICS])).toEqual(WANT);
  });

  it("takes 会议经认真讨论，议定如下事项： for the line that opens the minutes' text after unclosed items", () => {
    expect(headings([`${OPENING.slice(0, -1)}，研究了以下事项：`, "　　（一）传达学习全省生态文明建设推进会精神", "　　（二）审议中心城区控制性详细规划修编方案", "　　会议经认真讨论，议定如下事项：", ...TOPICS])).toEqual(WANT);
  });

  it("takes the items after a lead whose first item runs on after its colon for the agenda (…研究了以下事项：一、…；)", () => {
    expect(headings([`${OPENING}会议研究了以下事项：一、传达学习全省生态文明建设推进会精神；`, "　　二、审议中心城区控制性详细规划修编方案；", "　　三、研究汀江流域水环境综合整治有关事项。", "　　现纪要如下：", ...TOPICS])).toEqual(WANT);
  });
});

describe("a list numbered anew in the topics' own style inside a topic (round 407)", () => {
  const doc = [
    "柏江区人民政府第72次常务会议纪要",
    "2025年2月18日上午，区长邓志华在区政府五楼会议室主持召开区政府第72次常务会议。",
    "1.听取《关于2025年春季农业生产工作安排的汇报》",
    "会议议定：同意区农业农村局提出的工作安排。具体要求如下：",
    "1.区农业农村局要做好种子、化肥、农药等农资储备和调运，确保春耕生产不误农时。",
    "2.区水务局要加强灌溉设施检修维护，统筹做好春灌用水调度。",
    "3.各镇（街道）要加强耕地保护。",
    "2.审议《柏江区2025年一季度经济“开门红”工作方案》",
    "会议议定：原则同意，由区发改局牵头组织实施。",
    "3.审议《柏江区城区背街小巷环境综合整治实施方案》",
    "会议议定：原则同意，按会议要求修改完善后印发实施。具体分工如下：",
    "1.区住建局负责道路、管网等基础设施改造。",
    "2.区综合执法局负责占道经营、违规广告整治。",
    "4.研究区政府有关人事事项",
    "会议议定：按会议意见办理。",
  ];

  it("reads the run from 1 as the topic's items where the next topic goes on with the count", () => {
    const m = parse(doc.join("\n"));
    expect(m.topics.map((t) => t.number)).toEqual([1, 2, 3, 4]);
    expect(m.topics[0]!.subtopics.map((t) => t.number)).toEqual([1, 2, 3]);
    expect(m.topics[2]!.subtopics.map((t) => t.number)).toEqual([1, 2]);
  });

  it("reads the run from 1 under the last topic, not the first, as its items (round 547: songmei)", () => {
    const m = parse([...doc.slice(0, 10), "会议要求：", "1.区住建局负责道路、管网等基础设施改造。", "2.区综合执法局负责占道经营、违规广告整治。"].join("\n"));
    expect(m.topics.map((t) => t.number)).toEqual([1, 2, 3]);
    expect(m.topics[2]!.subtopics.map((t) => t.number)).toEqual([1, 2]);
  });

  it("leaves a new count that the topics do not go on after as topics", () => {
    const m = parse(doc.slice(0, 7).join("\n"));
    expect(m.topics.map((t) => t.number)).toEqual([1, 1, 2, 3]);
  });
});

describe("more ways to number the topics (round 409)", () => {
  it("reads ㈠ … ㈣ as （一） … （四）", () => {
    expect(headings([OPENING, "㈠关于2022年防汛备汛工作", "会议要求：", "⑴区水利局要在6月底前完成水毁工程修复。", "⑵各街道要开展隐患排查。", "㈡关于区级储备粮轮换工作", "会议原则同意。"])).toEqual([
      [1, "关于2022年防汛备汛工作"],
      [2, "关于区级储备粮轮换工作"],
    ]);
  });

  it("reads 一､ with the half-width ､ as 一、", () => {
    expect(headings([OPENING, "一､关于春季森林防火工作", "会议要求加强巡查。", "二､关于县城区停车场建设项目", "会议原则同意。"])).toEqual([
      [1, "关于春季森林防火工作"],
      [2, "关于县城区停车场建设项目"],
    ]);
  });

  it("reads 第一项议题： and 议题（一） as markers, 议题 none of the heading", () => {
    expect(headings([OPENING, "第一项议题：传达学习全省春季农业生产工作会议精神", "会议要求抓好春耕。", "第二项议题：审议《箬川县2024年为民办实事项目》", "会议原则通过。"])).toEqual([
      [1, "传达学习全省春季农业生产工作会议精神"],
      [2, "审议《箬川县2024年为民办实事项目》"],
    ]);
    expect(headings([OPENING, "议题（一）审议《县城区停车管理办法》", "会议原则通过。", "议题（二）研究人事事项", "会议同意。"]).map(([, h]) => h)).toEqual(["审议《县城区停车管理办法》", "研究人事事项"]);
  });

  it("reads no marker where a wrap put two numbers at a line's start (三、四季度…, 一、二期…)", () => {
    expect(headings([OPENING, "一、关于上半年全县经济运行情况", "会议要求，各部门要谋划好", "三、四季度经济工作，紧盯关键指标逐月调度。", "二、关于县城污水处理厂提标改造项目", "会议同意对", "一、二期工程实施提标改造。"]).map(([, h]) => h)).toEqual(["关于上半年全县经济运行情况", "关于县城污水处理厂提标改造项目"]);
    // (A heading that names a quarter after its own number is one: 一、一季度经济运行情况.)
    expect(headings([OPENING, "一、一季度经济运行情况", "会议要求抓好二季度工作。", "二、关于县城污水处理厂提标改造项目", "会议同意。"]).map(([, h]) => h)).toEqual(["一季度经济运行情况", "关于县城污水处理厂提标改造项目"]);
  });

  it("reads no marker in 二、三产业 / 四、五号地块 where the line before stops inside its sentence (round 425)", () => {
    expect(headings([OPENING, "一、关于乡村振兴工作", "会议要求，一要推动一", "二、三产业深度融合；二要做好", "四、五号地块的征地报批工作。", "二、关于秋季森林防火工作", "会议同意。"]).map(([, h]) => h)).toEqual(["关于乡村振兴工作", "关于秋季森林防火工作"]);
    // (After a sentence's end it is a heading: 二、三级公立医院绩效考核工作.)
    expect(headings([OPENING, "一、关于春耕工作", "会议同意。", "二、三级公立医院绩效考核工作", "会议要求抓好考核。"]).map(([, h]) => h)).toEqual(["关于春耕工作", "三级公立医院绩效考核工作"]);
  });
});

describe("bullets before topic markers (round 468: liaochuan, jingbian)", () => {
  it("reads ▶ 一、 and ◇一、 as the topics' markers", () => {
    for (const bullet of ["▶ ", "◇", "► "]) {
      const m = parse(["蓼川区召开区政府第22次常务会议", "　　5月6日上午，区长王明主持召开区政府第22次常务会议。", `${bullet}一、传达学习省政府常务会议精神`, "会议要求抓好落实。", `${bullet}二、研究防汛备汛工作`, "会议同意。"].join("\n"));
      expect(m.topics.map((t) => t.heading), bullet).toEqual(["传达学习省政府常务会议精神", "研究防汛备汛工作"]);
    }
  });
});

describe("an ordinal agenda item's marker alone on its line (round 452: lingfeng, heyang)", () => {
  it("reads 第一项议题 / 第二项议题： alone on a line as a topic's marker, its heading on the next", () => {
    const m = parse(["棂峰县人民政府常务会议纪要", "　　3月5日上午，县长王明主持召开县政府第3次常务会议。现纪要如下：", "第一项议题", "　　传达学习全省春季农业生产工作会议精神", "　　会议要求抓好春耕。", "第二项议题：", "　　审议《棂峰县城区停车设施建设管理办法》", "　　会议原则同意。"].join("\n"));
    expect(m.topics.map((t) => [t.marker, t.heading])).toEqual([["第一项议题", null], ["第二项议题：", null]]);
    expect(m.topics[1]!.paragraphs.map((p) => p.text).join("")).toContain("会议原则同意");
    // (A 列席 list's sub-label with its people is still no topic: 第一项议题：县农业农村局局长　赖永平.)
    const n = parse(["棂峰县人民政府常务会议纪要", "　　3月5日上午，县长王明主持召开县政府第3次常务会议。", "列席人员：", "第一项议题：县农业农村局局长　赖永平"].join("\n"));
    expect(n.meeting?.observers.map((p) => p.name)).toEqual(["赖永平"]);
  });
});
