// Lines a conversion cut in two: table cells of a disclosure header, titles, headings and lists
// whose indentation was lost. Each case is read as the uncut text reads.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

describe("lines cut by a conversion", () => {
  it("reads a header value a table cell wrapped between its key and the next key", () => {
    const m = parse([
      "索引号：",
      "330604/2022-03917",
      "信息名称：",
      "上虞区人民政府",
      "第21次常务会议纪要",
      "成文日期：",
      "2022-09-14",
      "上虞区人民政府第21次常务会议纪要",
      "9月9日上午，区政府在区行政中心第二会议室召开第21次常务会议。出席：陈栋、何国民。陈栋区长主持会议。现纪要如下：",
      "（一）关于曹娥江沿岸景观提升工程",
      "会议原则同意。",
    ].join("\n"));
    expect(m.disclosure?.title).toBe("上虞区人民政府第21次常务会议纪要");
    expect(m.disclosure?.writtenDate).toBe("2022-09-14");
    expect(m.title).toBe("上虞区人民政府第21次常务会议纪要");
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["陈栋", "何国民"]);
  });

  it("keeps a short header value and the unknown label below it apart", () => {
    const m = parse([
      "索引号",
      "11152200MB0123456X/2024-00231",
      "主题分类",
      "综合政务",
      "有效性",
      "发文机关",
      "赛罕塔拉市人民政府办公室",
      "赛罕塔拉市人民政府第二十三次常务会议纪要",
      "2024年8月19日上午，市长巴特尔主持召开市人民政府第二十三次常务会议。现将会议议定事项纪要如下：",
      "一、关于冬季供暖",
      "会议原则同意。",
    ].join("\n"));
    expect(m.disclosure?.fields.map((f) => [f.label, f.value])).toContainEqual(["发文机关", "赛罕塔拉市人民政府办公室"]);
    expect(m.disclosure?.fields.some((f) => f.value?.includes("有效性"))).toBe(false);
    expect(m.disclosure?.publisher).toBe("赛罕塔拉市人民政府办公室");
  });

  it("joins a wrapped heading's long end when the indentation is lost, but not the meeting's sentence", () => {
    const m = parse([
      "荷源县人民政府常务会议纪要",
      "3月5日上午，县长王明主持召开县政府第8次常务会议。现纪要如下：",
      "一、关于荷源县城乡供水一体化工程（二期）建设资金筹措",
      "方案和建设运营管理模式",
      "会议同意二期工程总投资4.6亿元，通过中央预算内资金、",
      "二、关于荷源县2025年元旦春节期间重要民生商品保供稳价",
      "会议原则同意有关工作安排",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual([
      "关于荷源县城乡供水一体化工程（二期）建设资金筹措方案和建设运营管理模式",
      "关于荷源县2025年元旦春节期间重要民生商品保供稳价",
    ]);
  });

  it("ends a wrapped labelled list before a sentence with its own attendance verb when no line is indented", () => {
    const m = parse([
      "清波区人民政府常务会议纪要",
      "3月5日上午，区长王明主持召开区政府第8次常务会议。",
      "列席会议的有：区政府办公室副主任戚文涛，区发改局局长",
      "荆志刚，区教育局局长滑秀娟",
      "区人大常委会、区政协有关负责同志应邀列席会议。",
      "一、关于防汛",
      "会议原则同意。",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["戚文涛", "荆志刚", "滑秀娟"]);
  });

  it("ends a labelled list at its line when the meeting's next sentence follows (…庞　玥⏎会议研究了以下事项：)", () => {
    const m = parse([
      "江湄区人民政府第十四次常务会议纪要",
      "  2015年6月30日下午，区长邵家骏主持召开区政府第十四次常务会议。纪要如下：",
      "  列席会议的有：区政府办公室主任鲍春生，区审计局局长庞　玥",
      "  会议研究了以下事项：",
      "  一、研究2015年下半年重点项目推进工作",
      "  会议原则同意。",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([
      ["鲍春生", "区政府办公室主任"],
      ["庞玥", "区审计局局长"],
    ]);
  });

  it("reads the lists of a form run together on one line (出席：…曾庆华请假：龙　斌列席：…)", () => {
    const m = parse([
      "鹤川县人民政府第31次常务会议纪要",
      "2023年10月17日上午，县长欧阳文澜主持召开县政府第31次常务会议。现纪要如下：",
      "一、研究冬季造林绿化实施方案",
      "会议原则同意。",
      "出席：欧阳文澜　邓立新　胡　蓉　曾庆华请假：龙　斌列席：彭志宏　刘　芳　覃永福",
      "分送：县委各部门，县人大常委会办公室。",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["欧阳文澜", "邓立新", "胡蓉", "曾庆华"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["龙斌"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["彭志宏", "刘芳", "覃永福"]);
    const dotted = parse(["县政府常务会议纪要", "3月5日上午，县长王明主持召开县政府第7次常务会议。", "出席：王明、邓立新。请假：龙　斌。列席：彭志宏、应邀列席的县人大代表"].join("\n"));
    expect(dotted.meeting?.absentees.map((p) => p.name)).toEqual(["龙斌"]);
    expect(dotted.meeting?.observers.map((p) => p.name)).toEqual(["彭志宏"]);
  });

  it("joins a padded name to any title before it (华泰集团副总裁唐　宏)", () => {
    const m = parse([
      "临溪市政府协调会议纪要",
      "11月4日下午，副市长柯军主持召开协调会议。现纪要如下：",
      "一、关于合作机制",
      "会议原则同意。",
      "参加会议人员：市商务局局长傅文清，华泰物流集团副总裁唐　宏",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => [p.name, p.title])).toEqual([
      ["傅文清", "市商务局局长"],
      ["唐宏", "华泰物流集团副总裁"],
    ]);
  });

  it("reads a form's lists run together on one line of a scraped page (&nbsp;出席：…请假：…)", () => {
    const m = parse(["<p>鹤川县人民政府第31次常务会议纪要</p>", "<p>2023年10月17日上午，县长欧阳文澜主持召开县政府第31次常务会议。现纪要如下：</p><p>一、研究冬季造林</p><p>会议原则同意。</p><p>&nbsp;</p><p>出席：欧阳文澜　邓立新　曾庆华请假：龙　斌列席：彭志宏　刘　芳</p>"].join(""));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["欧阳文澜", "邓立新", "曾庆华"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["龙斌"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["彭志宏", "刘芳"]);
  });

  it("joins a print's wrap inside 出席会议的有 (…出席会⏎议的有：…), which reads like a list label but is none", () => {
    const m = parse([
      "〔2021〕9号",
      "溪湄区人民政府办公室　　　　　　2021年4月23日",
      "",
      "　　4月20日下午，区政府召开第9次常务会议。出席会",
      "议的有：徐国梁、汤建伟、蔡琳、韦志刚、沈",
      "梦洁。严绍华、龚晓燕应邀出席会议。徐国梁区长主持",
      "会议。",
      "　　会议研究了以下事项：",
      "　　（一）关于《溪湄区2021年城乡生活垃圾分类工作实施",
      "方案》的审议",
      "　　会议原则同意该方案，由区综合执法局根据会议讨论意",
      "见修改完善后组织实施。",
      "　　（二）关于溪湄经济开发区（高新区）管理体制调整有",
      "关问题",
      "　　会议原则同意区委编办提出的调整意见，提交区委常委",
      "会研究。",
      "　　（三）关于2021年区级财政专项资金竞争性分配改革",
      "　　会议要求，区财政局要进一步细化评审规则，做到公开",
      "透明。",
      "",
      "　　请假：陆文华（出差）",
      "　　列席：区政府办公室周丹，区综合执法局方立群，区委",
      "编办程雪，区财政局许光明",
      "　　应邀列席的区人大代表、区政协委员：冯",
      "晓明、谭丽君、葛云",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["徐国梁", "汤建伟", "蔡琳", "韦志刚", "沈梦洁"]);
    expect(m.meeting?.chair).toMatchObject({ name: "徐国梁", title: "区长" });
  });

  it("keeps a list label that opens its line apart from a wrapped line before it (参加会议的有：)", () => {
    const m = parse([
      "溪湄区人民政府常务会议纪要",
      "",
      "　　4月20日下午，区长徐国梁主持召开区政府第9次常务会议，研究城乡生活垃圾分类工",
      "作等事项。现将会议议定事项纪要如下：",
      "　　会议原则同意《溪湄区2021年城乡生活垃圾分类工作实施方案》，由区综合执法局修",
      "改完善后组织实施，各街道要按照方案要求落实属地责任，确保按时完成年度目标任",
      "务，区财政局要做好资金保障，区委宣传部要加强宣传引导，营造全社会共同参与的",
      "良好氛围，区综合执法局要加强督促检查，及时通报工作进展情况并报区政府备案。",
      "参加会议的有：徐国梁、汤建伟、蔡琳",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["徐国梁", "汤建伟", "蔡琳"]);
  });

  it("joins a name's last character wrapped onto the list's last line with its full stop (伍国⏎梁。)", () => {
    const m = parse([
      "宽平区人民政府常务会议纪要",
      "2022年3月1日上午，区长张三主持召开区政府常务会议。",
      "一、关于防火",
      "会议同意。",
      "列席：区政府办公室主任 阎小川，区财政局局长 司马静，区司法局局长 伍国",
      "梁。",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([["阎小川", "区政府办公室主任"], ["司马静", "区财政局局长"], ["伍国梁", "区司法局局长"]]);
  });

  it("keeps a name apart from the whole organisation that opens the next line, and reads two people a line where a long note leaves no gap", () => {
    const a = parse(["桥隐市人民政府常务会议纪要", "2023年8月2日上午，市长甘怀远主持召开市政府第20次常务会议。", "一、关于防汛", "会议同意。", "  列席：方鹤年、蒋一帆、景振东", "  市发展改革委、市财政局、市水利局主要负责人"].join("\n"));
    expect(a.meeting?.observers.map((p) => p.name)).toEqual(["方鹤年", "蒋一帆", "景振东"]);
    // (So in a Traditional copy, its organisation opening with 縣.)
    const t = parse(["橋隱縣人民政府常務會議紀要", "2023年8月2日上午，縣長甘懷遠主持召開縣政府第20次常務會議。", "一、關於防汛", "會議同意。", "  列席：方鶴年、蔣一帆、景振東", "  縣發展改革委、縣財政局、縣水利局主要負責人"].join("\n"));
    expect(t.meeting?.observers.map((p) => p.name)).toEqual(["方鶴年", "蔣一帆", "景振東"]);
    const b = parse([
      "青岚市人民政府常务会议纪要",
      "2024年7月2日上午，市长李明主持召开市政府第27次常务会议。",
      "一、关于防汛",
      "会议同意。",
      "列席：霍建新（市政府副秘书长）　邢晓云（市政府副秘书长）",
      "　　　葛文娟（市住房城乡建设局）倪长春（市自然资源和规划局）",
      "　　　阎海波（市城市管理局）　　苗素芬（市司法局）",
    ].join("\n"));
    expect(b.meeting?.observers.map((p) => p.name)).toEqual(["霍建新", "邢晓云", "葛文娟", "倪长春", "阎海波", "苗素芬"]);
  });

  it("joins a title cut after its 副, the rest of it and the name on the next line (…专职副⏎主席严金根)", () => {
    const m = parse(["双溪镇人民政府常务会议纪要", "2024年3月5日上午，镇长邵华主持召开镇政府常务会议。", "一、关于春耕", "会议同意。", "列席：镇人大主席团专职副", "主席严金根，镇党政办主任钱　丽，镇财政所所长顾永明"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["严金根", "钱丽", "顾永明"]);
  });

  it("joins an organisation cut after its level and one character (區農⏎業局局長糜振宇)", () => {
    const m = parse(["濯瀾區人民政府常務會議紀要", "2019年3月15日上午，區長柴文亮主持召開區政府常務會議。", "一、關於春耕", "會議同意。", "列席:區財政局局長藺鵬、", "區經發局局長厙紅梅、區農", "業局局長糜振宇"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["藺鵬", "厙紅梅", "糜振宇"]);
  });

  it("joins a name cut after its first character behind any role word (新闻媒体记者王⏎笔锋)", () => {
    const m = parse(["冀水区人民政府常务会议纪要", "2月26日，区长孟庆波主持召开区政府常务会议。", "（一）审议春耕方案", "会议原则通过。", "列席人员：区政府办公室主", "任刘志远，新闻媒体记者王", "笔锋。"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["刘志远", "王笔锋"]);
    expect(m.meeting?.observers.map((p) => p.title)).toEqual(["区政府办公室主任", "新闻媒体记者"]);
  });

  it("joins a compound surname behind its title to the given name on the next line (县教育局局长上官⏎明月)", () => {
    const m = parse(["莼水县人民政府常务会议纪要", "2024年6月12日上午，县长江明远主持召开县政府常务会议。", "一、关于春耕", "会议同意。", "列席：县水利局局长钟离卫东，县教育局局长上官", "明月，县工业园区管委会主任葛", "长青。"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["钟离卫东", "上官明月", "葛长青"]);
  });

  it("reads a list whose label a wrap left at the end of the opening's line, its names on the next (…雍丽。请假：⏎麻志成（在外招商）。列席会议的有：⏎…)", () => {
    const m = parse([
      "瑶水县人民政府第四次常务会议纪要",
      "",
      "　　3月7日下午，县长谷文昭在县政府常务会议室主持召开县人民政府第四次常务会议。出席会议的有：谷文昭、",
      "郦红霞、荆建明。应邀出席的有：县人大常委会副主任富家骏，县政协副主席雍丽。请假：",
      "麻志成（在外招商）。列席会议的有：",
      "县政府办公室主任仉海潮，县财政局局长濮玉洁，县自然资源局局长",
      "靳少伟。现将会议议定事项纪要如下：",
      "　　一、关于2023年县级政府投资项目计划",
      "　　会议原则同意。",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["谷文昭", "郦红霞", "荆建明"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["麻志成"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["仉海潮", "濮玉洁", "靳少伟"]);
  });

  it("joins names a wrap cut in a blank-separated list of names with their units (韩冬⏎青（县财政局）, 芦　⏎静（…）)", () => {
    const m = parse([
      "峤水县人民政府常务会议纪要",
      "时　间：2023年8月16日上午",
      "主　持：胡振东",
      "出　席：胡振东　戴国庆　苏　雯",
      "列　席：潘雪梅（县政府办）　严　俊（县发改局）　韩冬",
      "　　　　青（县财政局）　万志刚（县自然资源局）　芦　",
      "　　　　静（县生态环境局）　蔡国华（县城管局）　于海",
      "　　　　波（县司法局）",
      "　　一、审议《峤水县生活垃圾分类管理实施办法》",
      "　　会议原则通过。",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["潘雪梅", "严俊", "韩冬青", "万志刚", "芦静", "蔡国华", "于海波"]);
  });
});

describe("an invited group's label opens a line of its own in a hard-wrapped print without blank lines (pending solved 6)", () => {
  it("keeps 应邀列席的县人大代表、县政协委员： apart from the 列席 line above it, which fills the width", () => {
    const m = parse([
      "岩北县人民政府常务会议纪要",
      "2022年11月8日上午，县委副书记、县长卢星河在县政府第",
      "一会议室主持召开县政府第31次常务会议，研究冬春火灾防控、",
      "农村饮水安全、招商引资项目等事项。现纪要如下：",
      "（一）关于今冬明春火灾防控工作",
      "会议听取了县消防救援大队关于今冬明春火灾防控工作的汇",
      "报。会议要求各乡镇、各部门要聚焦人员密集场所、高层建筑",
      "和农村自建房，开展消防安全隐患排查整治，提升初期火灾扑",
      "救能力。",
      "（二）关于农村饮水安全巩固提升工程",
      "会议同意实施石门、青冈、塔坪3处集中供水工程，所需资金",
      "2460万元，由县财政局统筹衔接资金和一般债券资金解决。县水",
      "务局要加强工程质量监管，确保2023年6月底前建成通水。",
      "出席：卢星河、冉志成、聂书瑶、童国华、毕良才",
      "列席：杭建新、蒲晓霞、宁远峰、池德明、易秀兰、晁振东",
      "应邀列席的县人大代表、县政协委员：舒立华、巫佩琳、段木清",
      "岩北县人民政府办公室",
      "2022年11月10日",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["杭建新", "蒲晓霞", "宁远峰", "池德明", "易秀兰", "晁振东"]);
    expect(m.meeting?.invitedObservers).toMatchObject([{ group: "应邀列席的县人大代表、县政协委员", people: [{ name: "舒立华" }, { name: "巫佩琳" }, { name: "段木清" }] }]);
    expect(m.meeting?.place).toBe("县政府第一会议室");
  });
});

describe("a grid print's labels run on after another list's names, and a chair cut before 召开 (pending solved 7)", () => {
  it("reads 应⏎邀列席： cut after a gap behind the 请假 names as a list of its own", () => {
    const m = parse([
      "    官北县人民政府常务会议纪要",
      "",
      "  　　2024年4月9日上午，县委副书记、县长伍嘉俊同志在",
      "  县行政中心三楼第二会议室主持召开十六届第7次县政府常务会",
      "  议。纪要如下：",
      "  　　一、审议《官北县生态环境保护工作责任清单（送审稿）》",
      "  　　会议听取了县生态环境局局长梁其锋同志关于《责任清单》",
      "  的情况汇报。会议原则同意该《责任清单》，按会议精神修改完",
      "  善后，以县委办、县府办名义印发。",
      "  　　二、听取2024年一季度经济运行情况汇报",
      "  　　会议要求，县发展改革局、县统计局要加强经济运行监测分",
      "  析，县工业和信息化局要对规上工业企业实行“一企一策”帮扶，",
      "  力争上半年规上工业增加值增长8%以上。",
      "  　　三、研究县城区学位供给有关问题",
      "  　　会议同意县教育局提出的2024年秋季学位扩容方案，新",
      "  增公办学位1350个，所需资金由县财政统筹解决。",
      "  出席：伍嘉俊  陈锦华  黄少聪  麦丽娟  冯",
      "  志强  叶伟明",
      "  请假：何耀东（外出招商）  应",
      "  邀列席：县人大常委会副主任关淑仪，县政协副",
      "  主席卢德胜",
      "  列席：县政府办公室主任邝家豪，县财政局局长谭",
      "  慧玲，县司法局局长区永康",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["伍嘉俊", "陈锦华", "黄少聪", "麦丽娟", "冯志强", "叶伟明"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["何耀东"]);
    expect(m.meeting?.invitedObservers.flatMap((g) => g.people.map((p) => p.name))).toEqual(["关淑仪", "卢德胜"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["邝家豪", "谭慧玲", "区永康"]);
  });

  it("reads 请⏎假： cut at the end of the 出席 names where lines below start left of the print's margin", () => {
    const m = parse([
      "            鹤川县人民政府常务会议纪要",
      "",
      "  　　2023年9月21日上午，县委副书记、县长普永年在县政府",
      "  一楼会议室主持召开县人民政府第二十八次常务会议，现将会议议定",
      "  事项纪要如下：",
      "  　　一、会议研究了《鹤川县高原特色农业产业发展三年行动方案》",
      "  　　会议原则同意该方案，由县农业农村局按会议意见修改完善后提",
      "  交县委常委会研究。",
      "  　　二、会议研究了县城供水管网改造工程有关事宜",
      "  　　会议同意县城供水管网改造工程按程序开展招标，县水务局要确",
      "  保春节前完工通水。",
      "",
      "                 — 1 —",
      "  鹤川政常纪〔2023〕28号",
      "",
      "  出席：普永年　李建华　段丽娟　杨志明　字春华　请",
      "  假：和绍文（在省委党校学习）",
      "  列席：县政府办公室主",
      "任鲁明，县发改局局长赵",
      "  永昌，县财政局局长施",
      "云",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["普永年", "李建华", "段丽娟", "杨志明", "字春华"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["和绍文"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["鲁明", "赵永昌", "施云"]);
  });

  it("reads a list's label cut from its colon by a line end (抄送⏎：市委办公室…)", () => {
    const m = parse(["兰川市人民政府常务会议纪要", "3月5日，市长王强主持召开市政府第19次常务会议。", "一、关于防汛", "会议原则同意。", "", "          抄送", "：市委办公室，市人大常委会办公室，", "市政协办公室。"].join("\n"));
    expect(m.distribution).toEqual(["市委办公室", "市人大常委会办公室", "市政协办公室"]);
  });

  it("goes on with a name cut after 请假： at a line's end, the next list's label after the full stop on the next line", () => {
    const m = parse([
      "湛川区人民政府第三十三次常务会议纪要",
      "2024年10月15日下午，区长聂文华在区政府五楼会议室主持召开区政府第三十三次常务会议。",
      "一、关于冬季安全生产工作",
      "会议同意。",
      "参加会议人员：聂文华、钟海明、邬晓丽。",
      "应邀出席：区人大常委会副主任彭国强、区政协副主席杜美华。请假：饶",
      "振华（因公出差）。列席：区政府办公室主任甘志明、区财政局局长涂静。",
    ].join("\n"));
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["饶振华"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["甘志明", "涂静"]);
    expect(m.meeting?.invitedAttendees.map((p) => p.name)).toEqual(["彭国强", "杜美华"]);
  });

  it("goes on with a hard-wrapped 列席 list through a unit with its other name in brackets (县委组织部（人才办）巫立峰)", () => {
    const m = parse([
      "柘川县人民政府常务会议纪要",
      "7月5日，县长曾令明主持召开县政府第14次常务会议。",
      "一、关于防汛",
      "会议原则同意。",
      "",
      "列席：县府办卢宏伟，县发改局邬文军，县住建局古建华，县卫健",
      "      委温晓丽，县委组织部（人才办）巫立新，县审计局凌秀",
      "      珍，县统计局钟海明",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["卢宏伟", "邬文军", "古建华", "温晓丽", "巫立新", "凌秀珍", "钟海明"]);
  });

  it("reads the chair of an opening cut between 主持 and 召开", () => {
    const m = parse(["湛桥区人民政府第三十三次常务会议纪要", "", "   　　2024年10月15日下午，区长聂文斌在区政府五楼会议室主持", "   召开区政府第三十三次常务会议。会议研究了以下事项：", "   　　一、关于冬季安全生产工作", "   　　会议同意。"].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "聂文斌", title: "区长" });
    expect(m.meeting?.place).toBe("区政府五楼会议室");
  });
});

describe("a 公报's narrow two-column print (11 characters a line, — 1 — page numbers, spaced digits)", () => {
  const column = [
    "柘 川 县 人 民 政 府 公 报",
    "2021 年第 4 期（总第 58 期）",
    "",
    "—— 22 ——",
    "",
    "柘川县人民政府第十四次",
    "常务会议纪要",
    "",
    "    5 月 31 日上午，县长",
    "程安邦在县政府 802 会议",
    "室主持召开县人民政府第",
    "十四次常务会议，听取全",
    "县防汛备汛工作汇报，研",
    "究县城区学位建设等事项。",
    "纪要如下：",
    "    一、关于全县防汛备汛",
    "工作",
    "    会议要求，各乡镇、各",
    "有关部门要立足防大汛、",
    "抗大洪、抢大险，全面落",
    "实防汛责任制，加强山洪",
    "地质灾害隐患点巡查监测，",
    "做好人员转移避险预案。",
    "    二、关于县城区义务教",
    "育学位建设",
    "    会议同意县教育局提出",
    "的县城区学位建设计划，",
    "新建、扩建学校 5 所，新",
    "增学位 4860 个。",
    "",
    "—— 23 ——",
    "",
    "    三、关于县人民医院住",
    "院综合楼建设资金",
    "    会议原则同意县卫健局",
    "提出的资金筹措方案，由",
    "县财政局统筹安排，按程",
    "序报批后组织实施。",
    "    出席会议的有：程安邦、",
    "武立春、祁月娥、郎志坚、",
    "章海涛、焦文斌",
    "    请假：闵晓东",
    "",
    "        柘川县人民政府办公室",
    "        二〇二一年六月三日",
  ].join("\n");

  it("joins the wrapped lines, so the opening's date and the topics' headings read whole", () => {
    const m = parse(column);
    expect(m.meeting?.date).toMatchObject({ iso: "2021-05-31", timeOfDay: "上午" });
    expect(m.meeting?.place).toBe("县政府802会议室");
    expect(m.topics.map((t) => t.heading)).toEqual(["关于全县防汛备汛工作", "关于县城区义务教育学位建设", "关于县人民医院住院综合楼建设资金"]);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["程安邦", "武立春", "祁月娥", "郎志坚", "章海涛", "焦文斌"]);
  });

  it("leaves a page number set between double dashes (—— 23 ——) out as the page's frame", () => {
    const m = parse(column);
    expect(m.topics[1]!.paragraphs.map((p) => p.text).join("")).not.toContain("23 ——");
    expect(m.topics[2]!.heading).toBe("关于县人民医院住院综合楼建设资金");
  });
});

describe("a short heading cut by a narrow column, its end flush left under it and the topic's text indented again", () => {
  const text = [
    "兰桥县人民政府第二十四次常务会议纪要",
    "",
    "　　2024年5月31日下午，县长林启东在县政府三楼会议室主持召开县政府第二十四次常务会议。",
    "　　一、关于兰桥县老旧小区",
    "改造2024年度实施计划",
    "　　会议原则同意县住建局提出",
    "的实施计划。",
    "　　二、关于县城供水管网",
    "提升改造工程",
    "　　会议同意由县水务公司作为项目实施主体。",
  ];

  it("joins the heading's end to the heading", () => {
    const m = parse(text.join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于兰桥县老旧小区改造2024年度实施计划", "关于县城供水管网提升改造工程"]);
    expect(m.topics[0]!.paragraphs[0]!.text).toBe("会议原则同意县住建局提出");
  });

  it("reads the opening's first line, its date and a clause cut before the chair's name, with the lines under it", () => {
    const cutOpening = [text[0], text[1], "　　2024年5月31日下午，县长", "林启东在县政府三楼会议室主持召开", "县政府第二十四次常务会议。", ...text.slice(3)].join("\n");
    const m = parse(cutOpening);
    expect(m.meeting?.date).toMatchObject({ iso: "2024-05-31", timeOfDay: "下午" });
    expect(m.meeting?.chair).toMatchObject({ name: "林启东", title: "县长" });
    expect(m.meeting?.sessionNumber).toBe(24);
  });

  it("keeps a flush-left line apart when the text after it is not indented again", () => {
    const flat = [...text.slice(0, 5), "会议原则同意县住建局提出的实施计划。"].join("\n");
    expect(parse(flat).topics[0]!.heading).toBe("关于兰桥县老旧小区");
  });
});

describe("a page with a blank line after each of its lines (round 432)", () => {
  it("reads the lines as a print's wrapped lines, positions still on the source's lines", () => {
    const lines = ["宾川县人民政府常务会议纪要", "", "　　2023年11月24日上午，县长李永华在县政府第一会议", "室主持召开县政府第52次常务会议。副县长王明、", "赵丽出席会议。现将会议议定事项纪要如下：", "　　一、第一议题", "　　会议传达学习了有关精神。", "　　二、审议议题", "　　会议原则同意县住建局提出的方案，按照施工区域", "共划分为第一、", "二、三标段，第一标段要在2024年3月底前开工建设。", "　　三、其他事项", "　　会议研究了人事事项。", "抄送：县委办公室，县纪", "委县监委。"];
    const m = parse(lines.filter((l) => l !== "").join("\n\n"));
    expect(m.meeting).toMatchObject({ date: { iso: "2023-11-24", timeOfDay: "上午" }, place: "县政府第一会议室", chair: { name: "李永华", title: "县长" } });
    expect(m.topics.map((t) => t.heading)).toEqual(["第一议题", "审议议题", "其他事项"]);
    expect(m.distribution).toEqual(["县委办公室", "县纪委县监委"]);
    expect(m.topics[0]!.position?.start).toMatchObject({ line: 9, column: 3 });
  });
});
