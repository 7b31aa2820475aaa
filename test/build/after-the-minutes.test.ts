// What a page appends after the 纪要's 落款 (an 附件 with a project list or table, a 政策解读 with
// its own 一、二、三、) and other readings met from round 238 on.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const HEAD = [
  "丹枫县人民政府常务会议纪要",
  "2024年9月10日下午，县长欧阳明在县政府四楼会议室主持召开县政府第18次常务会议。现将会议议定事项纪要如下：",
  "一、关于专项债券项目申报工作",
  "会议原则同意县财政局提出的拟申报项目清单（见附件）。",
  "二、关于秋冬季森林防火工作",
  "会议要求，县应急管理局要提前谋划。",
  "出席会议的有：欧阳明、戚建伟",
];
const headings = (text: string) => parse(text).topics.map((t) => t.heading);

describe("texts after the 落款", () => {
  it("reads an 附件's numbered project list after the 落款 as no topics", () => {
    const m = parse([...HEAD, "丹枫县人民政府办公室", "2024年9月12日", "附件", "拟申报项目清单", "1．城北片区老旧小区改造项目", "2．第二水厂建设项目", "抄送：县委办公室，县人武部。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于专项债券项目申报工作", "关于秋冬季森林防火工作"]);
    expect(m.issuer).toBe("丹枫县人民政府办公室");
    expect(m.distribution).toEqual(["县委办公室", "县人武部"]);
    const outline = m.outline.filter((o) => o.kind === "topic").length;
    expect(outline).toBe(2);
  });

  it("reads a 政策解读's 一、出台背景 after the 落款 as no topics", () => {
    const text = [...HEAD, "丹枫县人民政府办公室", "2024年9月12日", "相关解读：", "《措施》政策解读", "一、出台背景", "为深入贯彻落实有关部署，起草了《措施》。", "二、主要内容", "《措施》共十条。"].join("\n");
    expect(headings(text)).toEqual(["关于专项债券项目申报工作", "关于秋冬季森林防火工作"]);
  });

  it("still reads the topics under a masthead's organ and date above them", () => {
    const text = ["丹枫县人民政府常务会议纪要", "丹枫县人民政府办公室", "2024年9月12日", ...HEAD.slice(1)].join("\n");
    expect(headings(text)).toEqual(["关于专项债券项目申报工作", "关于秋冬季森林防火工作"]);
  });
});

describe("what the minutes append where no 落款 closes them (round 548: qinglan, lanyu)", () => {
  it("reads an 附件's own text after the 分送 list as no topics", () => {
    const text = [...HEAD, "分送：县委各部门，县人大常委会办公室。", "联系人：县政府办公室　雷丽芬　联系电话：0578-5123406", "附件2", "丹枫县城乡环境综合整治三年行动方案", "一、总体要求", "坚持政府主导、群众主体。", "二、主要任务", "整治农村生活垃圾。"].join("\n");
    expect(headings(text)).toEqual(["关于专项债券项目申报工作", "关于秋冬季森林防火工作"]);
  });

  it("reads a table of tasks under 附： whose numbering starts again as no topics, but an 附： in a topic's body, the count going on, ends nothing", () => {
    const arabic = ["丹枫县人民政府常务会议纪要", HEAD[1]!, "1.关于专项债券项目申报工作", "会议原则同意。", "2.关于秋冬季森林防火工作", "会议要求提前谋划。"];
    expect(headings([...arabic, "附：议定事项任务分解", "1.落实项目申报。责任单位：县财政局；完成时限：2024年10月底。", "2.开展防火检查。责任单位：县应急管理局。"].join("\n"))).toEqual(["关于专项债券项目申报工作", "关于秋冬季森林防火工作"]);
    expect(headings([...arabic.slice(0, 4), "附：拟申报项目清单", ...arabic.slice(4)].join("\n"))).toEqual(["关于专项债券项目申报工作", "关于秋冬季森林防火工作"]);
  });
});

describe("the end matter after a list of recipients (round 502)", () => {
  it("ends the list at a contact's line or a note, its last line without a full stop", () => {
    const m = parse([...HEAD, "分送：区委各部门，区人大常委会办公室，区政协办公室，各街道办", "事处，区政府各部门，区直各单位", "联系人：区政府办公室综合科　喻晓婷　　联系电话：0576-88213456", "(此件公开发布)"].join("\n"));
    expect(m.distribution).toEqual(["区委各部门", "区人大常委会办公室", "区政协办公室", "各街道办事处", "区政府各部门", "区直各单位"]);
  });

  it("ends a list without its full stop at a page's footer links (返回顶部 | 打印本页 | 关闭窗口, 本页为镜像快照…)", () => {
    const m = parse([...HEAD, "分送：区委各部门，区人大常委会办公室，区政协办公室，区府各部门，区 直各单位 |", "返回顶部 | 打印本页 | 关闭窗口", "本页为镜像快照，内容以原网站为准 · 繁体 | 简体"].join("\n"));
    expect(m.distribution).toEqual(["区委各部门", "区人大常委会办公室", "区政协办公室", "区府各部门", "区直各单位"]);
  });

  it("parts recipients one line each where a court ends one and 各 opens the next (…区检察院⏎各街道办事处)", () => {
    const m = parse([...HEAD, "抄送：区委办公室、区人大常委会办公室", "　　　区法院、区检察院", "　　　各街道办事处、区政府各部门"].join("\n"));
    expect(m.distribution).toEqual(["区委办公室", "区人大常委会办公室", "区法院", "区检察院", "各街道办事处", "区政府各部门"]);
  });
});

describe("lists at the foot", () => {
  const names = (people: { name: string }[] | undefined) => people?.map((p) => p.name);

  it("ends a 列席会议的有： statement at the 附件： line under it (no blank line between)", () => {
    const m = parse([...HEAD, "　　列席会议的有：县政府办公室主任雷鸣，县教育局局长房继光", "　　附件：拟申报项目清单", "丹枫县人民政府办公室", "2024年9月12日"].join("\n"));
    expect(names(m.meeting?.observers)).toEqual(["雷鸣", "房继光"]);
  });

  it("carries a list on over a line that holds only the rest of a cut title, to the name below it", () => {
    const m = parse([...HEAD, "列席：县政府办公室主", "任霍天佑，县应急管理", "局局长", "", "　　程立民", "", "丹枫县人民政府办公室", "2024年9月12日"].join("\n"));
    expect(m.meeting?.observers.map((p) => [p.title, p.name])).toEqual([["县政府办公室主任", "霍天佑"], ["县应急管理局局长", "程立民"]]);
  });
});

describe("people in lists and statements", () => {
  const names = (people: { name: string }[] | undefined) => people?.map((p) => p.name);
  const foot = (...lines: string[]) => parse([...HEAD, ...lines].join("\n"));

  it("reads a name after an organisation ending in 委员会 (旗发展和改革委员会那仁满都拉, 旗教育委员会王刚)", () => {
    const m = foot("列席：旗发展和改革委员会那仁满都拉、旗教育委员会王刚、区人大常委会委员张红");
    expect(m.meeting?.observers.map((p) => [p.title, p.name])).toEqual([["旗发展和改革委员会", "那仁满都拉"], ["旗教育委员会", "王刚"], ["区人大常委会委员", "张红"]]);
  });

  it("reads 区政府班子（党组）全体成员 as a group that names nobody", () => {
    expect(names(foot("参加会议的有：区政府班子（党组）全体成员。").meeting?.attendees)).toEqual(["欧阳明", "戚建伟"]);
  });

  it("reads 列席第二项议题： lines as observer lists, in order, wrapped lines too", () => {
    const m = foot("列　席：区政府办公室副主任查维嘉", "列席第二项议题：区住建局局长蔺志刚，区自然资源和规划分局副局", "　　　　长扈文琴", "列席第三项议题：区应急管理局局长栾永胜，区交通运输局局长", "　　　　隗德明");
    expect(names(m.meeting?.observers)).toEqual(["查维嘉", "蔺志刚", "扈文琴", "栾永胜", "隗德明"]);
  });

  it("reads …全程列席会议；列席第一项议题：… in a sentence", () => {
    const m = foot("党委办公室主任甘雨辰全程列席会议；列席第一项议题：教务处处长龚海燕、学生工作处处长穆立强；列席第二项议题：财务处处长邱晓莉。");
    expect(names(m.meeting?.observers)).toEqual(["甘雨辰", "龚海燕", "穆立强", "邱晓莉"]);
  });
});

describe("书面通报 told inside topics", () => {
  const reports = (text: string) => parse(text).writtenReports.map((r) => [r.proposer, r.subject]);
  const minutes = (...lines: string[]) => ["丹枫县人民政府常务会议纪要", HEAD[1], "一、关于防汛工作", "会议原则同意。", ...lines].join("\n");

  it("reads a report whose proposer comes before 书面通报 (县统计局书面通报了关于…)", () => {
    expect(reports(minutes("二、关于书面通报事项", "县统计局书面通报了关于全县1—5月主要经济指标完成情况。"))).toEqual([["县统计局", "全县1—5月主要经济指标完成情况"]]);
  });

  it("reads the second item of a 书面通报 sentence written proposer first (，县教体局书面通报了关于…)", () => {
    const text = minutes("二、其他事项", "会议书面通报了县统计局关于前三季度经济运行的情况，县教体局书面通报了关于秋季学期学位供给的情况汇报。");
    expect(reports(text)).toEqual([["县统计局", "前三季度经济运行"], ["县教体局", "秋季学期学位供给"]]);
  });

  it("reads reports in an inner item of a topic ((2)会议书面通报了…) and after a run-in heading (4.其他事项。…)", () => {
    expect(reports(minutes("二、其他事项", "(1)会议原则同意县水利局的方案。", "(2)会议书面通报了县统计局关于一季度经济运行的情况汇报。"))).toEqual([["县统计局", "一季度经济运行"]]);
    expect(reports(minutes("二、其他事项。市统计局书面通报了关于统计公报编制的情况；会议书面通报了市财政局关于预算执行的情况。"))).toEqual([
      ["市统计局", "统计公报编制"],
      ["市财政局", "预算执行"],
    ]);
  });

  it("reads no report from a heading that only names them (四、书面通报)", () => {
    expect(reports(minutes("二、书面通报", "县应急管理局关于防汛准备情况的汇报；县市场监管局关于食品安全的汇报。"))).toEqual([["县应急管理局", "防汛准备情况"], ["县市场监管局", "食品安全"]]);
  });

  it("reads the items under a heading that tells of them (三、会议书面通报了以下事项), an item's ending cut by a wrap (的⏎情况汇报)", () => {
    const items = ["县史志办关于《丹枫县志（1978—2020）》编纂工作的", "情况汇报；县统计局关于第五次全国经济普查前期准备工作的汇报。"];
    const want = [["县史志办", "《丹枫县志（1978—2020）》编纂工作"], ["县统计局", "第五次全国经济普查前期准备工作"]];
    expect(reports(minutes("二、会议书面通报了以下事项", ...items))).toEqual(want);
    expect(reports(minutes("二、会议书面通报了以下事项：", items.join("")))).toEqual(want);
    expect(parse(minutes("二、会议书面通报了以下事项", ...items)).topics.map((t) => t.heading)).toEqual(["关于防汛工作", "会议书面通报了以下事项"]);
  });
});

describe("absentees with a reason after a dash", () => {
  const names = (people: { name: string }[] | undefined) => people?.map((p) => p.name);
  it("reads 请假：郝　伟——出差 and a second line 罗玉兰——参加市级培训", () => {
    const m = parse([...HEAD, "请假：郝　伟——出差", "　　　　　罗玉兰——参加市级培训", "列席：县政府办公室主任雷鸣"].join("\n"));
    expect(names(m.meeting?.absentees)).toEqual(["郝伟", "罗玉兰"]);
    expect(names(m.meeting?.observers)).toEqual(["雷鸣"]);
  });
  it("reads items separated by ；, each with its reason", () => {
    const m = parse([...HEAD, "请假人员：岩　温——在省委党校学习；张丽萍——出差"].join("\n"));
    expect(names(m.meeting?.absentees)).toEqual(["岩温", "张丽萍"]);
  });
});

describe("a page's date row", () => {
  it("reads the date of a row led by a table's empty cell (|| 2024-09-20 16:08:37 编辑:…) as the publish date", () => {
    const m = parse(["鹤洛县人民政府第33次常务会议纪要", "|| 2024-09-20 16:08:37 编辑: 唐小芸 审核人:余立新 阅读次数:1587 |", "9月18日上午，县长魏国庆主持召开县政府第33次常务会议。", "一、关于防汛", "会议原则同意。"].join("\n"));
    expect(m.disclosure?.publishDate).toBe("2024-09-20");
    expect(m.meeting?.date?.iso).toBe("2024-09-18");
  });
});

describe("a print without blank lines", () => {
  it("keeps a 落款's organ apart from a hard-wrapped list's last line above it", () => {
    const m = parse([
      "柘湾区人民政府常务会议纪要",
      "9月14日上午,区委副书记、区长 喻建平主持召开区政",
      "府第三十一次常务会议。会议听取了秋冬季森林防灭火、",
      "城区农贸市场提升改造等工作汇报,研究了有关事项。现",
      "纪要如下:",
      "一、关于秋冬季森林防灭火工作",
      "会议指出,入秋以来我区降水偏少,森林火险等级持续",
      "偏高。区应急管理局、区林业局要落实网格化巡护,严",
      "管野外用火,各镇(街道)要加强专业扑火队伍备勤。",
      "二、关于城区农贸市场提升改造",
      "会议原则同意区商务局提出的城区5个农贸市场提升改",
      "造方案,所需资金1860万元由区财政统筹解决。区商务",
      "局要加强施工期间临时市场管理,保障群众日常采买。",
      "三、关于区属国有企业整合重组",
      "会议原则同意区国资办提出的整合重组方案,组建柘湾",
      "区城市发展投资集团有限公司,按程序报区委常委会审",
      "定。",
      "出 席:喻建平 熊 伟 涂志强 万 芳 聂小兵",
      "列 席:区政府办公室主任 邹 斌,区财政局局长 胡晓燕",
      "区应急管理局、区国资办、各镇(街道)主要负责同志",
      "柘湾区人民政府办公室",
      "二〇二二年九月十六日",
    ].join("\n"));
    expect(m.issuer).toBe("柘湾区人民政府办公室");
    expect(m.issueDate?.iso).toBe("2022-09-16");
  });

  it("keeps a padded name at the end of a list's line apart from the group on the next (施  恒⏎市发展改革局、…负责同志)", () => {
    const m = parse([...HEAD, " 列席：罗燕飞    字德昌    施  恒", "       市发展改革局、市财政局主要", "       负责同志", " 应邀列席：市人大常委会副主任  张家顺"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["罗燕飞", "字德昌", "施恒"]);
  });
});

describe("a form's labels in 【】 alone on their lines", () => {
  it("reads each fact's and list's value from the line below its label, and the 议题 items as topics", () => {
    const m = parse([
      "秋山县人民政府2023年第8次常务会议纪要",
      "【会议时间】",
      "2023年4月10日下午3时",
      "【会议地点】",
      "县政府第一会议室",
      "【主 持 人】",
      "杭建业（县长）",
      "【参会人员】",
      "杭建业、缪国庆、糜振东、",
      "栾晓燕、柏宇航",
      "【缺席人员】",
      "裘丽萍（因公外出）",
      "【会议议题】",
      "一、研究高标准农田建设项目实施方案",
      "二、研究县第二实验小学扩建工程有关事项",
      "【会议决定】",
      "1、原则同意实施方案。",
    ].join("\n"));
    expect(m.meeting?.date?.iso).toBe("2023-04-10");
    expect(m.meeting?.place).toBe("县政府第一会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "杭建业", title: "县长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["杭建业", "缪国庆", "糜振东", "栾晓燕", "柏宇航"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["裘丽萍"]);
    expect(m.topics.map((t) => t.heading)).toEqual(["研究高标准农田建设项目实施方案", "研究县第二实验小学扩建工程有关事项"]);
  });
});

describe("forms flattened to lines", () => {
  it("reads labels two blanks before their values (会议时间  2024年4月15日上午8:30, 主 持 人  镇党委书记 孔令杰)", () => {
    const m = parse([
      "石寨镇2024年第4次党政联席会议纪要",
      "来源:石寨镇     发布时间:2024-04-18 10:26",
      "会议时间  2024年4月15日上午8:30",
      "会议地点  镇党委会议室",
      "主 持 人  镇党委书记 孔令杰",
      "参会人员  孔令杰（镇党委书记）  戚宏伟（镇党委副书记、镇长）",
      "缺席人员  伍丽清（镇党委委员、武装部长，参加县人武部集训）",
      "会议议定事项",
      "一、关于春季植树造林工作",
      "会议决定，4月底前完成荒山造林800亩。",
    ].join("\n"));
    expect(m.meeting?.date?.iso).toBe("2024-04-15");
    expect(m.meeting?.place).toBe("镇党委会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "孔令杰", title: "镇党委书记" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["孔令杰", "戚宏伟"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["伍丽清"]);
  });

  it("reads the first item after 议定事项： on the label's line as a topic, under a hanging indent", () => {
    const m = parse([
      "溪源县人民政府第十五次常务会议纪要",
      "会议时间：2024年7月24日上午9:00",
      "主 持 人：县委副书记、县长  覃国栋",
      "议定事项：一、关于公路改建工程建设方案",
      "          会议原则同意该方案。",
      "          二、关于县级预算调整方案（草案）",
      "          会议原则同意。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于公路改建工程建设方案", "关于县级预算调整方案（草案）"]);
  });

  it("reads the title's value under its key where the keys above it were left empty (时  效:⏎名  称:⏎…)", () => {
    const m = parse([
      "索 引 号:",
      "发布日期:",
      "时  效:",
      "名  称:",
      "岭秀区政府二届四十七次常务会议召开",
      "",
      "岭秀区政府二届四十七次常务会议召开",
      "8月27日，岭秀区政府二届四十七次常务会议在区政府常务会议室召开。区长梁宏志主持会议。",
    ].join("\n"));
    expect(m.disclosure?.title).toBe("岭秀区政府二届四十七次常务会议召开");
  });
});

describe("a header saved one cell a line", () => {
  it("reads the keywords under 主 题 词： as its value and gives 阅读次数： none, so the title below is the title", () => {
    const m = parse([
      "文　　号：",
      "清职院办纪〔2024〕9号",
      "文件名称：",
      "2023—2024学年第二学期第九次校长办公会纪要",
      "主 题 词：",
      "2023—2024 学年 第二学期 第九次 校长办公会 纪要",
      "阅读次数：",
      "",
      "2023—2024学年第二学期第九次校长办公会纪要",
      "2024年5月13日上午，学校在图文信息中心三楼会议室召开第九次校长办公会。会议由校长卢振邦主持。现纪要如下：",
      "一、研究招生计划编制工作",
      "会议同意全年招生计划按4200人编制。",
    ].join("\n"));
    expect(m.title).toBe("2023—2024学年第二学期第九次校长办公会纪要");
  });
});

describe("disclosure headers, more layouts", () => {
  const BODY = ["9月9日上午，县长周文涛主持召开县人民政府第21次常务会议。会议纪要如下：", "一、关于防汛", "会议原则同意。"];

  it("reads a row's last key whose value slipped onto the next line (发布机构:⏎谷溪县人民政府办公室⏎生成日期: …)", () => {
    const m = parse(["索引号: 011043852/202209-00321 组配分类: 会议纪要", "信息分类: 发布机构:", "谷溪县人民政府办公室", "生成日期: 2022-09-14 文号:", "谷政纪〔2022〕21号", "发文日期: 2022-09-15 生效时间:", "", ...BODY].join("\n"));
    expect(m.disclosure?.publisher).toBe("谷溪县人民政府办公室");
    expect(m.disclosure?.fileNumber).toBe("谷政纪〔2022〕21号");
  });

  it("reads 發布機關 as the publisher, a 名称 in 《》 without them, a 文号 without blanks at its brackets", () => {
    const m = parse(["索 引 号：11500000/2021-00009　　發布機關：白岩區人民政府辦公室", "名　　称：《重庆市白岩区人民政府第九次常务会议纪要》", "文　　号：白岩府纪 〔2021〕 9号", "", ...BODY].join("\n"));
    expect(m.disclosure?.publisher).toBe("白岩區人民政府辦公室");
    expect(m.disclosure?.title).toBe("重庆市白岩区人民政府第九次常务会议纪要");
    expect(m.disclosure?.fileNumber).toBe("白岩府纪〔2021〕9号");
  });

  it("reads a chair's name before its title one blank away (主　持：刘卫华　镇党委副书记、镇长)", () => {
    const m = parse(["白鹭洲镇人民政府常务会议纪要", "　　时　间：2021年7月7日下午", "　　主　持：刘卫华　镇党委副书记、镇长", "　　出　席：刘卫华、施建国", "一、关于防汛", "会议原则同意。"].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "刘卫华", title: "镇党委副书记、镇长" });
  });
});

describe("a 分送 list cut by a blank line", () => {
  it("goes on past a blank line that cut a word (…各人民团⏎⏎体，各民主党派，…)", () => {
    const m = parse([...HEAD, "", "分送：区委各部门，区法院，区检察院，各人民团", "", "体，各民主党派，区直各单位。", "", "第1页 共2页"].join("\n"));
    expect(m.distribution).toEqual(["区委各部门", "区法院", "区检察院", "各人民团体", "各民主党派", "区直各单位"]);
  });
});

describe("pages from rounds 250–252", () => {
  const OPENING = "2022年6月17日下午，县长冉启明在县政府第一会议室主持召开县人民政府第21次常务会议。现纪要如下：";

  it("reads a header's keys and values on bulleted lines of their own (• 索引号⏎• 11500238MB…), in Traditional too", () => {
    const lines = ["  • 索引号", "  • 11500238MB1F23456X/2022-00418", "  • 发布机构", "  • 云岫县人民政府办公室", "  • 发文字号", "  • 云岫府纪〔2022〕21号", "  • 有 效 性", "", "云岫县人民政府第21次常务会议纪要", OPENING, "一、关于防汛", "会议原则同意。"];
    const m = parse(lines.join("\n"));
    expect(m.disclosure?.indexNumber).toBe("11500238MB1F23456X/2022-00418");
    expect(m.disclosure?.publisher).toBe("云岫县人民政府办公室");
    expect(m.documentNumber?.text).toBe("云岫府纪〔2022〕21号");
    const traditional = parse(lines.join("\n").replace("索引号", "索引號").replace("发布机构", "發布机构").replace("发文字号", "發文字號"));
    expect(traditional.disclosure?.indexNumber).toBe("11500238MB1F23456X/2022-00418");
    expect(traditional.documentNumber?.text).toBe("云岫府纪〔2022〕21号");
  });

  it("reads a browser title's site name after the 纪要 as no title, the 纪要's own headline below as the title", () => {
    const cuiyang = parse(["翠阳县人民政府常务会议纪要（2024年第6次）_公文范文网", "公文范文网 > 会议纪要 > 政府会议纪要", "", "翠阳县人民政府常务会议纪要", "（2024年第6次）", "", "2024年3月25日上午，县长卓海平主持召开2024年第6次县政府常务会议。现将会议议定事项纪要如下：", "（一）关于防汛", "会议原则同意。"].join("\n"));
    expect(cuiyang.title).toBe("翠阳县人民政府常务会议纪要");
    const suffixed = parse(["橋林縣人民政府第9次常務會議紀要_裝修網_新聞中心", "", "5月16日上午，縣長祁文彬主持召開縣政府第9次常務會議。現將會議議定事項紀要如下：", "一、關於防汛", "會議原則同意。"].join("\n"));
    expect(suffixed.title).toBe("橋林縣人民政府第9次常務會議紀要");
  });

  it("reads the items under a topic that opens the 书面通报 (（四）会议书面通报了以下事项：⏎（一）…) as reports, numbered anew", () => {
    const m = parse(["淑岩县人民政府常务会议纪要", OPENING, "（一）会议审议了《实施方案》。会议原则同意。", "（二）会议书面通报了以下事项：", "（一）县财政局关于1—8月财政收支执行情况的汇报；", "（二）县林业局关于森林防火准备工作情况的汇报。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["会议审议了《实施方案》", "会议书面通报了以下事项"]);
    expect(m.writtenReports.map((r) => r.proposer)).toEqual(["县财政局", "县林业局"]);
  });

  it("drops a print's page number and running head between pages where the lines are whole paragraphs, a list going on across them", () => {
    const m = parse([
      "茗桃县人民政府常务会议纪要",
      "〔2024〕9号",
      OPENING,
      "一、关于防汛",
      "会议原则同意县水利局提出的方案。",
      "                    — 1 —",
      "",
      "茗桃县人民政府常务会议纪要〔2024〕9号",
      "",
      "    列席：县政府办公室主任陆海燕，县住建局局长华启明，县农业农村局局长",
      "                    — 2 —",
      "",
      "茗桃县人民政府常务会议纪要〔2024〕9号",
      "",
      "吉  平，县公安局副局长项东",
      "    记录：姜丽",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["陆海燕", "华启明", "吉平", "项东"]);
  });
});

describe("copies on document sites and forums", () => {
  it("reads a document site's numbered notices (1. 1、原创力文档(book118)网站文档一经付费…) as chrome, not topics", () => {
    const m = parse([
      "马山县人民政府第十七次常务会议纪要.docxVIP",
      "  1. 1、原创力文档(book118)网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人/单位学习、研究之用。",
      "  2. 2、本站所有内容均由合作方或网友上传,本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺!",
      "  3. 3、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。",
      "查看更多",
      "",
      "马山县人民政府第十七次常务会议纪要",
      "    2023年9月5日下午，县长鄢立新在县政府402会议室主持召开县人民政府第十七次常务会议。现纪要如下：",
      "    一、关于全县秋冬季森林防灭火工作",
      "    会议原则同意。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于全县秋冬季森林防灭火工作"]);
    expect(m.meeting?.date?.iso).toBe("2023-09-05");
  });

  it("reads a forum's copy of a meeting notice (…關於召開…常務會議的通知 - 金口論壇 - Powered by Discuz!) as not minutes", () => {
    const m = parse([
      "金口縣人民政府辦公室關於召開縣政府第5次常務會議的通知 - 金口論壇 - Powered by Discuz!",
      "金口論壇 › 時政要聞 › 政務公開 › 查看內容",
      "金口縣人民政府辦公室關於召開縣政府第5次常務會議的通知",
      "各鄉鎮人民政府，縣政府各部門：",
      "經縣政府領導同意，定於2019年3月14日上午9:00在縣政府四樓會議室召開縣政府第5次常務會議，現將有關事項通知如下：",
      "一、會議議題",
      "(一)審議《金口縣農村人居環境整治提升實施方案》；",
      "二、參會人員",
      "縣長、副縣長，縣政府黨組成員。",
      "金口縣人民政府辦公室",
      "2019年3月11日",
    ].join("\n"));
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
    expect(m.title).toBe("金口縣人民政府辦公室關於召開縣政府第5次常務會議的通知");
  });
});

describe("pages from rounds 253–255", () => {
  const names = (people: { name: string }[] | undefined) => people?.map((p) => p.name);
  const OPENING = "6月12日下午，区长王明在区政府第一会议室主持召开区政府第9次常务会议。现纪要如下：";

  it("reads a topic's own observers in its text (…列席本议题。, …列席该议题。)", () => {
    const m = parse(["梁塘区人民政府常务会议纪要", OPENING, "一、审议《行动计划》", "区文体旅局局长许文静、区商务局局长陆敏列席本议题。", "会议原则同意该行动计划。", "二、研究国有资产出租管理有关事项", "区国资办主任沈建明列席该议题。", "会议同意该方案。"].join("\n"));
    expect(names(m.meeting?.observers)).toEqual(["许文静", "陆敏", "沈建明"]);
  });

  it("reads a topic's 列席： line between its inner items as no end of the topic (（一）…⏎列席：…⏎会议议定：…⏎1.…⏎（二）…)", () => {
    const m = parse([
      "洱阳县人民政府常务会议纪要", OPENING,
      "一、审议议题", "（一）审议《财政预算执行方案》", "列席：县财政局局长赵丽萍", "会议议定：原则同意。同时明确：", "1.要坚持过紧日子。", "2.要加快预算执行进度。",
      "（二）审议《产业发展扶持办法》", "列席：县农业农村局局长李红军", "会议议定：原则同意。",
      "二、书面通报事项", "（一）书面通报了县统计局关于主要经济指标完成情况的汇报。", "（二）书面通报了县审计局关于审计整改情况的汇报。",
      "三、其他事项", "会议研究了有关人事任免事项。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["审议议题", "书面通报事项", "其他事项"]);
    expect(names(m.meeting?.observers)).toEqual(["赵丽萍", "李红军"]);
    expect(m.writtenReports.map((r) => r.proposer)).toEqual(["县统计局", "县审计局"]);
  });

  it("reads two people before 及 and units that make an unnamed group (…施丽君及区人武部、区总工会负责人应邀列席会议)", () => {
    const m = parse(["X区人民政府常务会议纪要", "6月12日下午，区长王明主持召开区政府第9次常务会议。区人大常委会副主任董永祥、区政协副主席施丽君及区人武部、区总工会负责人应邀列席会议。", "一、关于防汛", "会议原则同意。"].join("\n"));
    expect(m.meeting?.invitedObservers.flatMap((g) => names(g.people))).toEqual(["董永祥", "施丽君"]);
  });

  it("carries a list on over a line of a name and units that make an unnamed group (许志华(市政协) 市政府办公室、…负责同志)", () => {
    const m = parse(["X市人民政府常务会议纪要", OPENING, "一、关于防汛", "会议原则同意。", "  列席:朱国良 袁 静 蒋一凡(市人大常委会)", "     许志华(市政协) 市政府办公室、市发改委、市财政局负责同志"].join("\n"));
    expect(names(m.meeting?.observers)).toEqual(["朱国良", "袁静", "蒋一凡", "许志华"]);
  });

  it("reads an old page's navigation bar between bars (┃首页┃政务公开┃会议纪要┃…┃) as chrome, not the title", () => {
    const m = parse(["┃首页┃政务公开┃政府文件┃会议纪要┃领导之窗┃县情概况┃", "", "柯塘县人民政府常务会议纪要", OPENING, "一、关于防汛", "会议原则同意。"].join("\n"));
    expect(m.title).toBe("柯塘县人民政府常务会议纪要");
  });

  it("dates the meeting past a news dateline (道衡新闻网2月22日消息:2月20日下午，…)", () => {
    const m = parse(["县政府召开第8次常务会议", "发布时间:2009年02月22日", "", "道衡新闻网2月22日消息:2月20日下午，县十四届人民政府第8次常务会议在县行政中心二楼会议室召开。县长庞志远主持会议。"].join("\n"));
    expect(m.meeting?.date?.iso).toBe("2009-02-20");
  });

  it("reads the reports a meeting handed out (会议印发了区统计局关于…的汇报、…) as 书面通报", () => {
    const m = parse(["赤澜区召开区政府第33次常务会议", "11月8日上午，区长何志明主持召开区政府第33次常务会议。", "会议印发了区发展和改革局关于重点项目建设进展的情况汇报、区统计局关于1—9月主要经济指标完成情况的汇报。", "会议还研究了其他事项。"].join("\n"));
    expect(m.writtenReports.map((r) => r.proposer)).toEqual(["区发展和改革局", "区统计局"]);
  });
});

describe("pages from rounds 256–258 and pending", () => {
  const names = (people: { name: string }[] | undefined) => people?.map((p) => p.name);

  it("takes the header's numbered title under a page headline that lacks the number (内容概述:⏎清潭县人民政府第七次常务会议纪要)", () => {
    const m = parse(["首页 > 政务公开 > 会议纪要", "", "清潭县人民政府常务会议纪要", "", "  • 发文字号:", "", "    清政纪〔2024〕7号", "  • 内容概述:", "", "清潭县人民政府第七次常务会议纪要", "", "时    间：2024年6月18日上午", "会议研究议定了以下事项：", "一、关于防汛", "会议原则同意。"].join("\n"));
    expect(m.title).toBe("清潭县人民政府第七次常务会议纪要");
    expect(m.meeting?.sessionNumber).toBe(7);
  });

  it("reads a print's tab-separated masthead (organ<TAB>第9期<TAB>date) and ends a list at a 记录人员<TAB> row", () => {
    const m = parse(["桥阳县人民政府常务会议纪要", "", "桥阳县人民政府办公室\t第9期\t2024年5月22日", "", "    2024年5月20日下午，县长高振东主持召开县政府第九次常务会议。现纪要如下：", "    一、关于防汛", "    会议原则同意。", "", "列席人员\t郭建新\t县政府办公室、县财政局主要负责人", "记录人员\t康晓雪"].join("\n"));
    expect(m.issuer).toBe("桥阳县人民政府办公室");
    expect(m.issueDate?.iso).toBe("2024-05-22");
    expect(names(m.meeting?.observers)).toEqual(["郭建新"]);
  });

  it("reads an OCR'd 落款 spaced out letter by letter (云　碚　县　…　办　公　室⏎２　０　２　２　年…)", () => {
    const m = parse(["云碚县人民政府常务会议纪要", "　　10月10日上午，县长龙正荣主持召开县政府第31次常务会议。现纪要如下：", "　　一、关于防汛", "　　会议原则同意。", "", "　　　　　　云　碚　县　人　民　政　府　办　公　室", "　　　　　　２　０　２　２　年　１　０　月　１　２　日"].join("\n"));
    expect(m.issuer).toBe("云碚县人民政府办公室");
    expect(m.issueDate?.iso).toBe("2022-10-12");
  });
});

describe("collections and contents", () => {
  const BODY = ["时  间：2023年8月15日（星期二）上午", "地  点：区行政中心六楼会议室", "一、关于防汛", "会议原则同意。"];

  it("reads a compilation's running head (…常务会议纪要汇编（2023年）) as no title", () => {
    const m = parse(["石沱区人民政府常务会议纪要汇编（2023年）", "", "石沱区人民政府第二十二次常务会议纪要", ...BODY].join("\n"));
    expect(m.title).toBe("石沱区人民政府第二十二次常务会议纪要");
    expect(m.meeting?.sessionNumber).toBe(22);
  });

  it("reads a title without a contents entry's dot leaders and page (…纪要 ………… （1）)", () => {
    const m = parse(["兰桥县人民政府第二十四次常务会议纪要 ………………………………… （1）", ...BODY].join("\n"));
    expect(m.title).toBe("兰桥县人民政府第二十四次常务会议纪要");
  });
});

describe("pages from round 260", () => {
  it("reads a reports heading whose colon became a semicolon (会议还书面通报了以下事项；) and its numbered items", () => {
    const m = parse(["祁水区人民政府常务会议纪要", "9月5日上午，区长宫卫东主持召开区政府第21次常务会议。现纪要如下：", "（一）关于防汛", "会议原则同意。", "　　会议还书面通报了以下事项；", "　　1.区审计局关于审计发现问题整改的情况汇报", "　　2.区市场监管局关于校园食品安全专项检查的汇报"].join("\n"));
    expect(m.writtenReports.map((r) => r.proposer)).toEqual(["区审计局", "区市场监管局"]);
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛"]);
  });

  it("reads an earlier issue's summary under 往期回顾 as another document", () => {
    const m = parse(["碚林县人民政府第十七次常务会议纪要", "　　8月26日下午，县长汤启明主持召开县政府第十七次常务会议。会议研究了以下事项：", "　　一、审议《实施方案》。", "　　二、研究其他事项。", "", "————————————————", "", "往期回顾", "碚林县人民政府第十六次常务会议纪要（摘要）", "　　8月12日下午，县长汤启明主持召开县政府第十六次常务会议。会议研究了以下事项：", "　　一、审议《管理办法》。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["审议《实施方案》", "研究其他事项"]);
  });

  it("reads the page's info bar after a 相关新闻 list of links as the page's (its publish date gives the meeting's year)", () => {
    const m = parse(["钟宇航主持召开区政府第二十五次常务会议", "　　6月19日上午，钟宇航区长在区政府第一会议室主持召开区政府第二十五次常务会议。", "　　会议研究了城市更新工作。", "相关新闻", "· 钟宇航区长主持召开区政府第二十四次常务会议", "· 钟宇航调研城市更新重点项目", "【发布时间：2025-06-20 09:48】【来源：区政府办】", "分享到：微信　微博"].join("\n"));
    expect(m.disclosure?.publishDate).toBe("2025-06-20");
    expect(m.meeting?.date?.iso).toBe("2025-06-19");
    expect(m.diagnostics.filter((d) => d.code === "another-document")).toEqual([]);
  });

  it("reads the headlines under 往期推荐 after a news report without topics as other pages (no session, no chair from them)", () => {
    const m = parse(["房立荣主持召开县政府党组（扩大）会议和县十六届第9次政府常务会议", "", "原创 芳岭融媒 芳岭融媒 2023-03-22 19:05 甘肃", "", "　　3月21日下午，县委副书记、县长房立荣主持召开县政府党组（扩大）会议和县十六届第9次政府常务会议。县政府副县长、县政府党组成员出席会议。", "", "　　会议指出，要抓好春耕生产。", "", "往期推荐", "", "房立荣主持召开县十六届第8次政府常务会议", "", "我县召开2023年春耕生产动员大会"].join("\n"));
    expect(m.meeting).toMatchObject({ sessionNumber: 9, chair: { name: "房立荣", title: "县委副书记、县长" } });
  });

  it("reads an opening whose first line stands above it cut after 、, its time of day with the headline's date", () => {
    const m = parse(["2024年6月12日县政府召开第15次常务会议", "", "　　本报讯　当天上午，县委副书记、", "县长付明哲主持召开县政府第15次常务会议，研究部署防汛备汛工作。", "　　会议还研究了其他事项。"].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "付明哲", title: "县委副书记、县长" });
    expect(m.meeting?.date).toMatchObject({ iso: "2024-06-12", timeOfDay: "上午" });
  });
});

describe("pages from round 262", () => {
  it("reads a filing note at the end of the 抄送 list (…，区纪委监委，存档。) as no recipient", () => {
    expect(parse([...HEAD, "抄送：区委办公室，区人大常委会办公室，区纪委监委，存档。"].join("\n")).distribution).toEqual(["区委办公室", "区人大常委会办公室", "区纪委监委"]);
  });

  it("reads an organisation of two characters before its person (工会 聂小华) as no name", () => {
    const m = parse(["清溪学院校长办公会纪要", "2024年5月13日上午，校长卢振邦主持召开校长办公会。应邀列席：学校纪委 单国平；工会 聂小华。", "一、研究招生计划", "会议同意。"].join("\n"));
    expect(m.meeting?.invitedObservers.flatMap((g) => g.people.map((p) => p.name))).toEqual(["单国平", "聂小华"]);
  });
});

describe("WeChat and app copies (round 264)", () => {
  it("reads the 纪要's own title under a post's placeless headline (📌县政府第19次常务会议纪要), bracketed labels over a blank line, and 【书面通报】", () => {
    const m = parse([
      "梧桐发布", "", "📌县政府第19次常务会议纪要", "", "原创 县政府办公室 梧桐发布 2024年07月12日 18:20 湖南", "", "[图片]", "",
      "梧桐县人民政府常务会议纪要", "（2024年第19次）", "",
      "　　7月9日上午，县长向振宇在县政府三楼常务会议室主持召开2024年第19次县政府常务会议。现将会议议定事项纪要如下：",
      "　　一、关于防汛", "　　会议原则同意。", "",
      "【书面通报】", "", "　　县统计局关于上半年全县经济运行的情况汇报；", "　　县审计局关于审计查出问题整改情况的汇报。", "",
      "【出席人员】", "", "向振宇　田　敏　覃宏亮", "", "【请假人员】", "", "邓志刚（外出学习）",
    ].join("\n"));
    expect(m.title).toBe("梧桐县人民政府常务会议纪要");
    expect(m.writtenReports.map((r) => r.proposer)).toEqual(["县统计局", "县审计局"]);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["向振宇", "田敏", "覃宏亮"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["邓志刚"]);
  });

  it("reads a page's font-size control 字号 alone as no label of the document number below it", () => {
    const m = parse(["天麓区人民政府第三十三次常务会议纪要", "2024-10-18 16:40  来源：澎湃新闻", "字号", "麓政纪〔2024〕33号", "　　2024年10月15日下午，区长詹明远主持召开区政府第三十三次常务会议。现将会议议定事项纪要如下：", "　　一、关于防汛", "　　会议原则同意。"].join("\n"));
    expect(m.disclosure?.fileNumber).toBeNull();
    expect(m.documentNumber?.text).toBe("麓政纪〔2024〕33号");
  });

  it("reads an app's 图片 placeholder after a list as no name", () => {
    const m = parse([...HEAD, "列席：祝立言、鲁燕、项东升", "图片"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["祝立言", "鲁燕", "项东升"]);
  });
});

describe("round 263–267 layouts", () => {
  it("joins a 专题会议纪要 masthead spaced letter by letter to its organ line above (栖洛县人民政府⏎专 题 会 议 纪 要), and reads a company's title before a name (县城投公司总经理  卓立)", () => {
    const m = parse(["栖洛县人民政府", "专 题 会 议 纪 要", "〔2024〕12号", "    4月15日上午，副县长邝振东主持召开专题会议，研究城区供热有关问题。现纪要如下：", "    一、关于供热管网改造有关问题", "    会议原则同意。", "参加会议人员:邝振东  县住建局局长  葛明远", "              县城投公司总经理  卓立", "              县热力公司经理  骆海平"].join("\n"));
    expect(m.title).toBe("栖洛县人民政府专题会议纪要");
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["邝振东", "葛明远", "卓立", "骆海平"]);
  });

  it("reads header values without the label's colon set in the value's cell (| 索引号 | ：001234567/2024-00058 |)", () => {
    const m = parse(["| 索引号 | ：001234567/2024-00058 |", "| 发布机构 | ：青岙县人民政府办公室 |", "| 公开方式 | ：主动公开 |", "", "青岙县人民政府第5次常务会议纪要", "　　3月5日上午，县长王明主持召开县政府第5次常务会议。现纪要如下：", "　　一、关于防汛", "　　会议原则同意。"].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "001234567/2024-00058", publisher: "青岙县人民政府办公室", disclosureMode: "主动公开" });
  });

  it("reads header values without their labels' English (索引号 Index No.：…, 发布机构 Issued by：…)", () => {
    const m = parse(["索引号 Index No.：11370983MB0123456X/2023-00417", "发布机构 Issued by：燕桥市人民政府办公室", "来源：http://www.yanqiao.gov.cn", "", "燕桥市人民政府第十七次常务会议纪要", "　　3月5日上午，市长王明主持召开市政府第十七次常务会议。现纪要如下：", "　　一、关于防汛", "　　会议原则同意。"].join("\n"));
    expect(m.disclosure?.indexNumber).toBe("11370983MB0123456X/2023-00417");
    expect(m.disclosure?.publisher).toBe("燕桥市人民政府办公室");
    expect(m.disclosure?.fields.find((f) => f.label === "来源")?.value).toBe("http://www.yanqiao.gov.cn");
  });
});

describe("rounds 268–270", () => {
  it("reads people who sat in the main venue before their verb (…许志刚在主会场参加会议)", () => {
    const m = parse(["赤山区召开区政府第31次常务会议", "3月21日晚，区长周振邦以视频会议形式主持召开区政府第31次常务会议。", "区领导李建华、郑美玲在主会场参加会议，区政府办主要负责同志列席会议。"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["李建华", "郑美玲"]);
  });

  it("reads a mobile page's navigation line (首页 专题专栏 政府常务会议) as chrome, not the title", () => {
    const m = parse(["首页 专题专栏 政府常务会议", "县政府召开党组（扩大）会议暨县十六届第9次政府常务会议", "2023-03-08 17:20 来源：县融媒体中心", "3月7日，县委副书记、县长王明主持召开县政府党组（扩大）会议暨县十六届第9次政府常务会议。"].join("\n"));
    expect(m.title).toBe("县政府召开党组（扩大）会议暨县十六届第9次政府常务会议");
  });
});

describe("an app's image placeholder", () => {
  it("does not carry a paragraph on into the attendance line below it ([图片]⏎孟振华、…等参加会议。)", () => {
    const m = parse(["区政府召开第16次常务会议", "2023年12月26日，区长杜卫国主持召开区政府第16次常务会议。", "[图片]", "孟振华、陈伟林、安俊等参加会议。"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["孟振华", "陈伟林", "安俊"]);
  });
});


describe("an attachment reproduced after the 落款, the 版记 after it (round 346)", () => {
  it("keeps the attached notice out of the minutes but reads the 抄送 list at the page's end", () => {
    const m = parse([
      "端桥县人民政府常务会议纪要",
      "　　7月2日下午，县长冯启明主持召开县政府第16次常务会议。",
      "　　一、审议《端桥县人民政府常务会议工作规则（修订稿）》",
      "　　会议原则通过。",
      "　　出席：冯启明　许文韬　秦雅琴",
      "　　附件：关于召开县政府第16次常务会议的通知",
      "　　　　　　　　端桥县人民政府办公室",
      "　　　　　　　　　　2024年7月5日",
      "",
      "附件",
      "",
      "关于召开县政府第16次常务会议的通知",
      "",
      "县政府各位领导，县直有关单位：",
      "　　经县长同意，定于2024年7月2日下午在县行政中心召开县政府第16次常务会议。现将有关事项通知如下：",
      "　　一、会议议题",
      "　　1.审议《端桥县人民政府常务会议工作规则（修订稿）》；",
      "　　　　　　　　端桥县人民政府办公室",
      "　　　　　　　　　　2024年6月28日",
      "",
      "　　抄送：县委办公室，县人大常委会办公室，县政协办公室。",
      "　　端桥县人民政府办公室　　　　　　　　2024年7月5日印发",
    ].join("\n"));
    expect(m.distribution).toEqual(["县委办公室", "县人大常委会办公室", "县政协办公室"]);
    expect(m.topics.map((t) => t.heading)).toEqual(["审议《端桥县人民政府常务会议工作规则（修订稿）》"]);
    expect(m.issueDate?.iso).toBe("2024-07-05");
    expect(m.printing?.date?.iso).toBe("2024-07-05");
    expect(m.diagnostics.map((d) => d.code)).toContain("another-document");
  });
});

describe("field extraction on prints and copies (round 353)", () => {
  it("reads a serial under the masthead above a numbered title as the document number, and a padded name before a party group's title", () => {
    const m = parse([
      "　　　　　　　磨盘县人民政府常务会议纪要",
      "",
      "　　　　　　　　　　　第 12 号",
      "",
      "磨盘县人民政府办公室　　　　　　　2023 年 6 月 19 日",
      "",
      "　　　十七届县人民政府第12次常务会议纪要",
      "",
      "　　2023 年 6 月 16 日下午，县长韦国强在县政府二楼会议室主持召开十七届县人民政府第12次常务会议。",
      "　　一、关于春耕",
      "　　会议同意。",
      "　　出席会议的有：韦国强县长，蒙正清副县长，黄　伟县政府党组成员。",
    ].join("\n"));
    expect(m.title).toBe("十七届县人民政府第12次常务会议纪要");
    expect(m.documentNumber).toMatchObject({ text: "第12号", prefix: null, year: null, serial: 12 });
    expect(m.meeting?.attendees.map((p) => [p.name, p.title])).toEqual([["韦国强", "县长"], ["蒙正清", "副县长"], ["黄伟", "县政府党组成员"]]);
  });

  it("reads an organ alone after the last topic, with only a 范文 site's notes after it, as the issuer", () => {
    const m = parse([
      "瑶池镇党政联席会议纪要",
      "　　1月9日上午，镇党委书记刘建主持召开党政联席会议。",
      "　　一、关于农民工工资支付专项检查",
      "　　会议要求，镇劳动保障所要开展专项排查。",
      "",
      "瑶池镇党政办公室",
      "",
      "（本文来源于网络，仅供学习参考）",
      "上一篇：村委会换届选举工作会议纪要",
    ].join("\n"));
    expect(m.issuer).toBe("瑶池镇党政办公室");
    expect(m.topics[0]!.paragraphs.map((p) => p.text)).toEqual(["会议要求，镇劳动保障所要开展专项排查。"]);
  });
});

describe("what follows a list of recipients (rounds 460 and 462: jinshuo, yanping, yuguan)", () => {
  const doc = (...end: string[]) => parse(["某区人民政府常务会议纪要", "　　3月5日上午，区长王明主持召开区政府第5次常务会议。", "　　一、关于防汛", "　　会议同意。", ...end].join("\n")).distribution;
  it("leaves out the 印发 row set on the list's line, a print count or a note after blanks, and a page's 相关文件 list below", () => {
    expect(doc("分送:区委办,区检察院,各街道办事处　　　金朔区人民政府办公室　　　2023年4月26日印发")).toEqual(["区委办", "区检察院", "各街道办事处"]);
    expect(doc("抄送：县委办公室　县人大常委会办公室　县政协办公室　县法院　县检察院　　　　　　　（共印40份）")).toEqual(["县委办公室", "县人大常委会办公室", "县政协办公室", "县法院", "县检察院"]);
    expect(doc("分送：区委各部门，区政府各部门，区直各单位", "相关文件", "榆关区人民政府第6次常务会议纪要")).toEqual(["区委各部门", "区政府各部门", "区直各单位"]);
    // (After the list's full stop, with its print count, or with no blanks at all.)
    expect(doc("抄送：县人武部，县法院，县检察院。                                  蘅川县人民政府办公室    2013年6月20日印发（共印30份）")).toEqual(["县人武部", "县法院", "县检察院"]);
    expect(doc("抄送：县纪委监委，县法院，县检察院。洇川县人民政府办公室2022年8月12日印发")).toEqual(["县纪委监委", "县法院", "县检察院"]);
  });
});
