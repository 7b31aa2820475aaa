// Details of the body met in round 379 of the fixtures (topic structure): 议定事项 blocks, a
// 书面通报 clause inside the agenda's sentence, recipients apart by blanks among commas.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const OPENING = ["兰溪县人民政府第9次常务会议纪要", "　　2024年5月16日下午，县长聂文轩在县政府四楼会议室主持召开县政府第9次常务会议。现将会议议定事项纪要如下："];

describe("议定事项 blocks", () => {
  it("read 议定事项一　/ 议定事项二： as the topics' markers, the numbered items inside them nested", () => {
    const m = parse([
      ...OPENING,
      "　　议定事项一　关于县城区公共停车场建设",
      "　　会议原则同意建设方案。",
      "议定事项二：听取县农业农村局关于春耕备耕工作情况的汇报",
      "　　1.抓好农资供应。",
      "　　2.抓好农机保障。",
      "议定事项三：其他事项",
      "　　会议要求做好安全生产工作。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于县城区公共停车场建设", "听取县农业农村局关于春耕备耕工作情况的汇报", "其他事项"]);
    expect(m.topics.map((t) => t.number)).toEqual([1, 2, 3]);
  });

  it("leave 议定事项： with its colon and no number a label, not a topic", () => {
    const m = parse([...OPENING, "议定事项：", "一、关于县城区公共停车场建设", "会议原则同意建设方案。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于县城区公共停车场建设"]);
  });
});

describe("a 书面通报 clause inside the agenda's sentence", () => {
  it("gives the reports it names (…等工作，书面通报了县史志办关于…的汇报和县档案馆关于…的汇报)", () => {
    const m = parse([
      "鹤山县人民政府第14次常务会议纪要",
      "　　2023年6月2日上午，县长主持召开县政府第14次常务会议，研究了春季森林防火等工作，书面通报了县史志办关于《鹤山县志（1991—2020）》编纂工作情况的汇报和县档案馆关于数字档案馆建设进展情况的汇报。现将会议议定事项纪要如下：",
      "　　一、关于春季森林防火工作",
      "　　会议要求加强巡查。",
    ].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县史志办", "《鹤山县志（1991—2020）》编纂工作情况"],
      ["县档案馆", "数字档案馆建设进展情况"],
    ]);
  });

  it("gives none for a clause that names no report (…，书面通报了有关事项)", () => {
    const m = parse(["鹤山县人民政府第14次常务会议纪要", "　　2023年6月2日上午，县长主持召开县政府第14次常务会议，研究了春季森林防火等工作，书面通报了有关事项。", "　　一、关于春季森林防火工作", "　　会议要求加强巡查。"].join("\n"));
    expect(m.writtenReports).toEqual([]);
  });
});

describe("recipients", () => {
  const BODY = [...OPENING, "　　一、关于县城区公共停车场建设", "　　会议原则同意建设方案。"];
  it("are apart at a blank among commas where one ends whole and the next begins (县人大常委会办公室 县政协办公室)", () => {
    const m = parse([...BODY, "抄送：市政府办公室、县委办公室，县人大常委会办公室 县政协办公室 县纪委县监委，县法院。"].join("\n"));
    expect(m.distribution).toEqual(["市政府办公室", "县委办公室", "县人大常委会办公室", "县政协办公室", "县纪委县监委", "县法院"]);
  });

  it("are apart at a line's end before 各… after a whole office, not after 区政府 (区政府⏎各部门 is one)", () => {
    const a = parse([...BODY, "分送：县委各部门　县人大常委会办公室　县政协办公室", "各乡镇人民政府、县政府各部门"].join("\n"));
    expect(a.distribution).toEqual(["县委各部门", "县人大常委会办公室", "县政协办公室", "各乡镇人民政府", "县政府各部门"]);
    const b = parse([...BODY, "抄送：县委办公室，县人大常委会办公室，县纪委", "县监委，区政府", "各部门。"].join("\n"));
    expect(b.distribution).toEqual(["县委办公室", "县人大常委会办公室", "县纪委县监委", "区政府各部门"]);
  });
});

describe("a Traditional mirror copy", () => {
  it("keeps a hard-wrapped print's 應邀列席… label on a line of its own, and parts 縣 recipients apart by a blank", () => {
    // (A print hard-wrapped at 40 characters: its lines run on into the next.)
    const text = "會議原则同意縣农业农村局提出的秋冬种工作方案全縣油菜播种面积要稳定在二十八万亩以上小麦要确保完成市下達任務各乡鎮要将面积任務分解到村落实到户明确到田块".repeat(4);
    const lines = Array.from({ length: 8 }, (_, i) => text.slice(i * 40, i * 40 + 40));
    const m = parse([
      "澄岭縣人民政府常務會議紀要",
      "　　2022年10月10日上午，縣長覃志远主持召開縣政府第35次常務會議。現將會議議定事项紀要如下：",
      "（一）關於秋冬种工作",
      ...lines,
      "小麦要确保完成市下達任務。",
      "列席：縣政府辦公室、縣發展改革局、縣财政局、縣农业农村局、縣医保局、縣住建局主要负责人",
      "應邀列席的縣政协委員：黄雪芬　唐国华",
      "抄送：市政府辦公室、縣委辦公室，縣人大常委會辦公室 縣政协辦公室",
    ].join("\n"));
    expect(m.meeting?.invitedObservers.flatMap((g) => g.people.map((p) => p.name))).toEqual(["黄雪芬", "唐国华"]);
    expect(m.meeting?.observers).toEqual([]);
    expect(m.distribution).toEqual(["市政府辦公室", "縣委辦公室", "縣人大常委會辦公室", "縣政协辦公室"]);
  });
});

describe("a hard-wrapped print's 印发 line", () => {
  it("stands on a line of its own after a full-width 抄送 line without its full stop", () => {
    const line = "会议原则同意区建设局提出的城区停车设施建设三年行动计划，根据会议讨";
    const m = parse([
      "浒关区人民政府第15次常务会议纪要",
      "　　6月9日上午，区长许建明主持召开区政府第15次常务会议。现纪要如下：",
      "一、关于城区停车设施建设",
      ...Array.from({ length: 8 }, () => line.slice(0, 28)),
      "抄送：区委办公室，区人大常委会办公室，区政协办公室，区纪",
      "委监委，区法院，区检察院，区人武部，各镇人民政府，街道办",
      "事处，区各委办局，区各直属单位，区各人民团体，驻区各单位",
      "浒关区人民政府办公室　　　　　　　　2023年6月12日印发",
    ].join("\n"));
    expect(m.distribution[m.distribution.length - 1]).toBe("驻区各单位");
    expect(m.printing?.date?.iso).toBe("2023-06-12");
  });
});

describe("a 书面通报 line broken by hand inside its ending", () => {
  it("goes on over the break after its 的 (…考核细则的⏎情况汇报,…)", () => {
    const m = parse(["菰城区人民政府第11次常务会议纪要", "10月17日下午,区政府召开第11次常务会议,沈伟明区长主持会议。", "一、关于三季度全区经济运行情况", "会议原则同意。", "会议书面通报并原则同意区应急管理局提出的关于2022年度安全生产目标责任制考核细则的", "情况汇报,根据会议讨论意见进一步修改完善后,认真组织实施。"].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([["区应急管理局", "2022年度安全生产目标责任制考核细则"]]);
  });
});

describe("a Traditional 书面通报 line broken inside its ending", () => {
  it("goes on over the break (…考核細則的⏎情況匯報，…)", () => {
    const m = parse(["菰城區人民政府第11次常務會議紀要", "10月17日下午，區政府召開第11次常務會議，沈偉明區長主持會議。", "一、關於三季度全區經濟運行情況", "會議原則同意。", "會議書面通報並原則同意區應急管理局提出的關於2022年度安全生產目標責任制考核細則的", "情況匯報，根據會議討論意見進一步修改完善後，認真組織實施。"].join("\n"));
    expect(m.writtenReports.map((r) => r.subject)).toEqual(["2022年度安全生產目標責任制考核細則"]);
  });
});

describe("round 388/389 (older pages, other provinces)", () => {
  it("gives every 书面通报 line of the form 单位《关于…》； its proposer", () => {
    const m = parse(["阳坝县人民政府第11次常务会议纪要", "9月10日上午，县长王明主持召开县政府第11次常务会议。", "一、关于某事", "　　会议同意。", "　　二、书面通报", "　　县发改委《关于前八个月固定资产投资情况的汇报》；", "　　县供销社《关于农资储备供应工作的情况汇报》；", "　　县财政局《关于1—8月财政收支情况的汇报》。"].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县发改委", "前八个月固定资产投资情况"],
      ["县供销社", "农资储备供应工作"],
      ["县财政局", "1—8月财政收支情况"],
    ]);
  });

  it("takes an old page's breadcrumb joined by → or -- for chrome, not for the title", () => {
    for (const crumb of ["政务公开 → 政府文件 → 会议纪要", "白水县政府网 -- 政务公开 -- 会议纪要"]) {
      const m = parse([crumb, "市政府第三十二次常务会议纪要", "3月5日上午，市长王明主持召开市政府第三十二次常务会议。", "一、关于某事", "会议同意。"].join("\n"));
      expect(m.title, crumb).toBe("市政府第三十二次常务会议纪要");
    }
  });
});

describe("a heading run on past its colon into the topic's own sentence (liuan-jd)", () => {
  it("ends the heading at the colon, the rest the topic's first paragraph", () => {
    const m = parse([...OPENING, "　　一、柳岸社区老年助餐点运营补贴：同意按每餐3元标准给予运营补贴，由社会事务办按月审核拨付。", "　　二、暑期防溺水工作：各社区要对辖区河道、池塘落实专人巡查。", "　　三、其他事项"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["柳岸社区老年助餐点运营补贴", "暑期防溺水工作", "其他事项"]);
    expect(m.topics[0]!.paragraphs[0]!.text).toBe("同意按每餐3元标准给予运营补贴，由社会事务办按月审核拨付。");
  });

  it("keeps a colon between digits, or inside brackets or quotes, in the heading", () => {
    const m = parse([...OPENING, "　　一、改造资金按照市、区1:1比例分担", "　　二、县城南门大桥维修工程已完工（牵头单位：县交通运输局），请予验收", "　　三、“责任单位：市教育体育局”更正为“市卫生健康局”，其他不变"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["改造资金按照市、区1:1比例分担", "县城南门大桥维修工程已完工（牵头单位：县交通运输局），请予验收", "“责任单位：市教育体育局”更正为“市卫生健康局”，其他不变"]);
  });
});

describe("topics, more forms (round 425)", () => {
  it("ends a long run-in heading (over 60 characters) at its full stop", () => {
    const m = parse([...OPENING, "　　一、会议审议并原则通过了《鹤汀区推进城市更新行动实施方案（2024—2026年）》，由区住建局根据会议意见修改完善后提交区委常委会研究。会议要求：", "　　1.加快推进。", "　　二、其他事项"].join("\n"));
    expect(m.topics[0]!.heading).toBe("会议审议并原则通过了《鹤汀区推进城市更新行动实施方案（2024—2026年）》，由区住建局根据会议意见修改完善后提交区委常委会研究");
  });

  it("reads an agenda list whose last item runs on with 现将会议议定事项纪要如下： as the agenda, not topics", () => {
    const m = parse([
      "蕙川区人民政府常务会议纪要",
      "　　9月18日下午，区长邱明远在区政府三楼会议室主持召开区政府第26次常务会议。",
      "　　会议听取和研究了以下议题：",
      "　　1.前三季度全区经济运行情况；",
      "　　2.区第二人民医院医疗设备采购事项。现将会议议定事项纪要如下：",
      "　　一、关于前三季度全区经济运行情况",
      "　　会议要求抓项目稳投资。",
      "　　二、关于区第二人民医院医疗设备采购事项",
      "　　会议同意区卫健局提出的采购方案。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于前三季度全区经济运行情况", "关于区第二人民医院医疗设备采购事项"]);
  });
});

describe("the topics after an agenda list and 现将会议议定事项纪要如下： (luchuan, round 425)", () => {
  it("gives a topic whose heading ends in 。 its body, the agenda's lead no longer leading", () => {
    const m = parse(["渌川县人民政府常务会议纪要", "　　2022年11月8日下午，县长唐世杰主持召开县政府第三十一次常务会议。会议研究了以下议题：", "　　一、秋冬种生产工作；", "　　二、其他事项。", "　　现将会议议定事项纪要如下：", "　　（一）关于2022年秋冬种生产工作。", "　　会议听取了县农业农村局的汇报。会议要求：", "　　1.稳定播种面积。", "　　2.保障农资供应。", "　　（二）关于其他事项。", "　　会议同意。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于2022年秋冬种生产工作", "关于其他事项"]);
    expect(m.topics[0]!.subtopics.map((t) => t.heading)).toEqual(["稳定播种面积", "保障农资供应"]);
  });
});

describe("a heading whose last word alone a wrap pushed on (round 436)", () => {
  it("joins …工作推进⏎情况 and …“开门红”工作⏎举措", () => {
    const m = parse([...OPENING, "一、关于蜜橘产业数字化改革工作推进", "情况", "会议原则同意。", "二、关于2024年经济运行情况及2025年一季度“开门红”工作", "举措", "会议要求抓好落实。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于蜜橘产业数字化改革工作推进情况", "关于2024年经济运行情况及2025年一季度“开门红”工作举措"]);
  });
});

describe("a leftover &nbsp; or a blank inside a heading's or a subject's words (round 553: lanwan, hongchuan, sangpu)", () => {
  it("reads the heading and the subject without it, a bracket's too", () => {
    const m = parse([
      ...OPENING,
      "　　一、研究区属国有企业资产盘活&nbsp;有关事项",
      "　　会议原则同意。",
      "　　二、会议审议了《兰溪县公共数据授权运营管理办法&nbsp;(试行)》",
      "　　会议原则同意。",
      "　　会议书面通报了县农业农村局关于高标准农田建设三年行\u00a0动计划编制情况的汇报。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["研究区属国有企业资产盘活有关事项", "会议审议了《兰溪县公共数据授权运营管理办法(试行)》"]);
    expect(m.writtenReports.map((r) => r.subject)).toEqual(["高标准农田建设三年行动计划编制情况"]);
  });
});
