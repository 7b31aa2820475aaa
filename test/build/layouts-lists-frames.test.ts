// Layouts met in rounds 48 to 59 of the fixtures: people lists written every way (padded, merged,
// wrapped at narrow widths), page frames and scraped markup, printed pages' hard wraps, headers,
// sessions and 书面通报 subjects.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { FIXTURES } from "../helpers/corpus.js";

const OPENING = "3月5日上午，镇长韦明光在镇政府二楼会议室主持召开镇政府第7次常务会议。现纪要如下：";
/** Minutes with one topic, then `lines` (the lists and lines under test). */
const doc = (...lines: string[]) => parse(["安陵县人民政府常务会议纪要", OPENING, "一、关于防汛", "会议原则同意。", ...lines].join("\n"));
const names = (people: { name: string }[] | undefined) => people?.map((p) => p.name);
const people = (list: { name: string; title: string | null }[] | undefined) => list?.map((p) => [p.name, p.title]);

describe("people lists and page frames (rounds 48–51)", () => {

  it("joins a padded name after its title or unit (副县长韩　梅, 镇党政办王　丹) and a padded compound surname (欧阳　蕾)", () => {
    const m = doc("因公缺席：副县长韩　梅（在省委党校学习）", "列席人员：镇党政办王　丹，镇财政所朱明远　欧阳　蕾");
    expect(m.meeting?.absentees.map((p) => [p.name, p.title])).toEqual([["韩梅", "副县长"]]);
    expect(names(m.meeting?.observers)).toEqual(["王丹", "朱明远", "欧阳蕾"]);
  });

  it("goes on with a list's next line of a title, a colon and the name, whatever the title ends in (县政协副主席：田丽君, 县委副书记：…)", () => {
    const m = doc("出　　席：县　长：龙海波", "　　　　　副县长：石建军、杨秀兰", "应邀出席：县人大常委会副主任：彭德明", "　　　　　县政协副主席：田丽君", "　　　　　县委副书记：吴　强", "请　　假：副县长：姚国辉");
    expect(names(m.meeting?.attendees)).toEqual(["龙海波", "石建军", "杨秀兰"]);
    expect(people(m.meeting?.invitedAttendees)).toEqual([["彭德明", "县人大常委会副主任"], ["田丽君", "县政协副主席"], ["吴强", "县委副书记"]]);
    expect(names(m.meeting?.absentees)).toEqual(["姚国辉"]);
    expect(m.diagnostics.filter((d) => d.code === "unplaced-text")).toEqual([]);
  });

  it("goes on with a blank-separated list's next line that opens with a long name, where the line above held one (哈斯其其格  王 军)", () => {
    const m = doc("列席：吴 刚  斯琴图雅  孟和巴雅尔  李 静  宝音德力格尔  苏日娜", "      哈斯其其格  王 军  阿拉坦仓", "分送：旗委办公室，旗人大常委会办公室。");
    expect(names(m.meeting?.observers)).toEqual(["吴刚", "斯琴图雅", "孟和巴雅尔", "李静", "宝音德力格尔", "苏日娜", "哈斯其其格", "王军", "阿拉坦仓"]);
    // (Not under a list of short names alone: a line of five-letter words is no more names.)
    expect(names(doc("列席：吴 刚  李 静  苏日娜", "      加强组织领导  王 军").meeting?.observers)).toEqual(["吴刚", "李静", "苏日娜"]);
  });

  it("goes on with a list past a sub-label alone on its line (各村（社区）党组织书记：⏎石垭村　何大勇…)", () => {
    const m = doc("列席：镇党政办　蒲　莉　　镇经发办　罗永胜", "　　　各村（社区）党组织书记：", "　　　石垭村　何大勇　　沙坪社区　邓秀英", "", "抄送：县人民政府办公室。");
    expect(names(m.meeting?.observers)).toEqual(["蒲莉", "罗永胜", "何大勇", "邓秀英"]);
    expect(m.distribution).toEqual(["县人民政府办公室"]);
  });

  it("goes on with a list's flush-left lines of titles and transliterated names, or of a 总经理 (…局长阿不都外力•艾则孜，⏎…总经理赵磊)", () => {
    const m = doc("列席：县政府办公室主任张卫东，县发展和改革委员会主任热合曼·买买提，", "县财政局局长刘建军，县农业农村局局长阿不都外力•艾则孜，", "托克苏县第一中学校长周涛，国网托克苏县供电公司总经理赵磊", "抄送：县委办公室。");
    expect(names(m.meeting?.observers)).toEqual(["张卫东", "热合曼·买买提", "刘建军", "阿不都外力•艾则孜", "周涛", "赵磊"]);
  });

  it("goes on with a list of units and names wrapped flush left, an item cut between its unit and name (…、县农业农村局⏎雷小林、…联社翁建华…)", () => {
    const m = doc("列席：县政府办公室徐国强、县发改局潘志远、县金融办上官文杰、县农业农村局", "雷小林、县教育局钟晓梅、县农村信用联社翁建华、人行桐溪支行欧阳晨、县农商银行", "季红、县广播电视台司徒佳、团县委宋洁、县妇联蓝秀英", "分送：县委各部门。");
    expect(names(m.meeting?.observers)).toEqual(["徐国强", "潘志远", "上官文杰", "雷小林", "钟晓梅", "翁建华", "欧阳晨", "季红", "司徒佳", "宋洁", "蓝秀英"]);
  });

  it("goes on with a column of unit　name rows whose unit is a school or a station (临渚第二中学　罗世杰, 县广播电视台　韦丽)", () => {
    const m = doc("列席：", "县人民医院　卢建国", "临渚第二中学　罗世杰", "县广播电视台　韦　丽", "县税务局　韦国栋", "", "抄送：县委办公室。");
    expect(names(m.meeting?.observers)).toEqual(["卢建国", "罗世杰", "韦丽", "韦国栋"]);
  });

  it("reads 列席会议： / 出席会议： as labels, not as the rest of the list above", () => {
    const m = doc("应邀出席：市人大常委会副主任胡少林，市政协副主席罗琼", "列席会议：市政府副秘书长唐　勇，市发改委主任杨春生，", "市司法局局长姚文静");
    expect(names(m.meeting?.invitedAttendees)).toEqual(["胡少林", "罗琼"]);
    expect(names(m.meeting?.observers)).toEqual(["唐勇", "杨春生", "姚文静"]);
  });

  it("reads a 的有： list whose items end in ；, over a line wrap", () => {
    const m = parse([
      "清溪区人民政府常务会议纪要",
      "3月5日上午，区长王明主持召开区政府第4次常务会议。",
      "列席会议的有：区政府办公室主任何勇；区发改局局长郑　杰；区财政局局长金晓红；",
      "区市场监管局局长王海涛；区交通运输局局长叶　飞。",
      "会议议定事项如下：",
      "一、关于防汛",
    ].join("\n"));
    expect(names(m.meeting?.observers)).toEqual(["何勇", "郑杰", "金晓红", "王海涛", "叶飞"]);
  });

  it("does not run a 请假 list on into the 列席会议的有： line below it", () => {
    const m = doc("请假：（无）", "列席会议的有：市政府秘书长詹　远，市政府副秘书长喻芳、柴永生");
    expect(names(m.meeting?.absentees)).toEqual([]);
    expect(names(m.meeting?.observers)).toEqual(["詹远", "喻芳", "柴永生"]);
    expect(m.unplaced).toEqual([]);
  });

  it("follows a list wrapped at a narrow width: a line of a separator alone, a title's 长 cut off, a line opening with a separator", () => {
    const m = doc("列席：市发改委主任黄东海，市交通运输局局长莫振华", "，", "　　　　　市交投集团董事", "长覃立新");
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([["黄东海", "市发改委主任"], ["莫振华", "市交通运输局局长"], ["覃立新", "市交投集团董事长"]]);
    const n = doc("列席人员：镇党政办王　丹", "，镇财政所朱明远，镇水利", "站孙长河，镇农业综合服务", "中心褚晓光");
    expect(names(n.meeting?.observers)).toEqual(["王丹", "朱明远", "孙长河", "褚晓光"]);
  });

  it("takes a page's frame for chrome: record numbers, bracketed links, rules, navigation, the mirror's notice, related files", () => {
    const m = parse([
      "嵐橋縣人民政府門戶網站（繁體）",
      "首页　政务公开　政务服务　政民互动　走进岚桥",
      "---------------------------------------------",
      "岚桥县人民政府常务会议纪要",
      OPENING,
      "一、关于防汛",
      "会议原则同意。",
      "列席：周建林　金晓梅",
      "校对：县政府办公室秘书科",
      "【相關鏈接】",
      "岚桥县人民政府第6次常务会议纪要",
      "【我要纠错】 【收藏本页】",
      "版權所有：嵐橋縣人民政府　網站標識碼：5227320004",
      "黔ICP備05003344號",
      "本站繁體版由程序自動轉換，如有差異以簡體版為準",
    ].join("\n"));
    expect(m.unplaced).toEqual([]);
    expect(m.title).toBe("岚桥县人民政府常务会议纪要");
    expect(m.chrome.map((c) => c.text)).toContain("黔ICP備05003344號");
    expect(m.chrome.map((c) => c.text)).toContain("岚桥县人民政府第6次常务会议纪要");
  });

  it("reads long names after their organisation, with or without a middle dot, and no phrase as one", () => {
    const m = doc("州发展改革委李振华、州财政局那仁满都拉、州文化体育广电和旅游局热依汗古丽·阿不都热依木列席会议。");
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([
      ["李振华", "州发展改革委"],
      ["那仁满都拉", "州财政局"],
      ["热依汗古丽·阿不都热依木", "州文化体育广电和旅游局"],
    ]);
    expect(names(doc("二是由区文广旅局邀请省级专家出席美食街区评审会。").meeting?.attendees)).toEqual([]);
  });

  it("splits an 应邀列席 list into its groups (…县人大代表：…；县政协委员：…)", () => {
    const m = doc("应邀列席的县人大代表：姚启贵、刘　燕；县政协委员：杨胜兰。");
    expect(m.meeting?.invitedObservers.map((g) => [g.group, g.people.map((p) => p.name)])).toEqual([
      ["应邀列席的县人大代表", ["姚启贵", "刘燕"]],
      ["县政协委员", ["杨胜兰"]],
    ]);
  });

  it("takes a serial alone under the title (第12号) for the document's number, and （第12次） after the title for the session", () => {
    const m = parse(["湘澧市人民政府常务会议纪要（第12次）", "", "第12号", "", OPENING].join("\n"));
    expect(m.documentNumber).toMatchObject({ text: "第12号", prefix: null, year: null, serial: 12 });
    expect(m.meeting?.sessionNumber).toBe(7);
    const n = parse(["安陵县人民政府常务会议纪要（第12次）", "", "5月6日上午，县长马志华主持召开县人民政府常务会议。"].join("\n"));
    expect(n.meeting?.sessionNumber).toBe(12);
  });

  it("ends a list at its full stop: the line below is a sentence of its own", () => {
    const m = doc("请假人员：副县长李　婷（出差）。", "　　县政府办公室主任许志坚，县发改局局长张丽华，", "县卫健局局长游文斌列席会议。");
    expect(names(m.meeting?.absentees)).toEqual(["李婷"]);
    expect(names(m.meeting?.observers)).toEqual(["许志坚", "张丽华", "游文斌"]);
  });
});

describe("headers, sessions and subjects (rounds 52–54)", () => {
  const header = (...rows: string[]) => parse([...rows, "县政府常务会议纪要", "3月5日上午，县长王明主持召开县政府第7次常务会议。"].join("\n")).disclosure;

  it("reads an empty header field followed by another key (文号：　　　效力状态：有效), and a long key ending a row (… 主题词)", () => {
    expect(header("文　　号：　　　　　　　　　　效力状态：有效").fields.map((f) => [f.label, f.value])).toEqual([["文号", null], ["效力状态", "有效"]]);
    const d = header("文号 溪政纪〔2024〕31号 公开方式 主动公开 主题词");
    expect(d.disclosureMode).toBe("主动公开");
    expect(d.fields.at(-1)).toMatchObject({ label: "主题词", value: null });
  });

  it("takes the session from the paragraph after labelled facts (市政府2025年第8次常务会议听取了…)", () => {
    const m = parse(["绥兴市人民政府常务会议纪要", "时间：2025年4月1日上午", "地点：市政府三楼常务会议室", "主持：市长　于海峰", "", "　　市政府2025年第8次常务会议听取了有关部门工作汇报，议定如下：", "1、关于春耕生产"].join("\n"));
    expect(m.meeting?.sessionNumber).toBe(8);
    expect(m.meeting?.date.iso).toBe("2025-04-01");
  });

  it("keeps 的报告 that belongs to a subject (关于…情况的报告的情况汇报)", () => {
    const m = parse(["区政府常务会议纪要", OPENING, "会议书面通报了区司法局关于2022年度法治政府建设情况的报告的情况汇报。"].join("\n"));
    expect(m.writtenReports.map((r) => r.subject)).toEqual(["2022年度法治政府建设情况的报告"]);
  });

  it("does not take a navigation word for the headline of a page that is no minutes", () => {
    const m = parse(["首页", "政务公开", "政务服务", "周明远调研一季度重点项目建设工作", "发布时间：2025-03-12", "3月11日，市长周明远到城东片区调研重点项目建设。"].join("\n"));
    expect(m.title).toBe("周明远调研一季度重点项目建设工作");
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
  });
});

describe("messy copies (round 51)", () => {
  it("removes pinyin annotations of a whole word (會議(huì yì), 關於(guān yú))", () => {
    const m = parse(["松禾區人民政府2023年第5次常務會議(huì yì)紀要", "3月5日上午，區長王明主持召開區政府第5次常務會議。", "一、關於(guān yú)城區燃氣管道老化更新改造", "會議原則同意。"].join("\n"));
    expect(m.title).toBe("松禾區人民政府2023年第5次常務會議紀要");
    expect(m.topics.map((t) => t.heading)).toEqual(["關於城區燃氣管道老化更新改造"]);
  });

  it("reads a hard-wrapped print: its banner, right-set 发文字号, rules, a title cut before 要, the compiler's 编 and wrapped subjects", () => {
    const m = parse(readFileSync(join(FIXTURES, "round51-messy/jinping-2023-40.txt")));
    expect(m.issuer).toBe("金坪市人民政府办公室");
    expect(m.meeting?.chair).toMatchObject({ name: "贝永康", title: "市长" });
    expect(m.writtenReports.map((r) => r.subject)).toEqual(["2022年度市本级预算执行和其他财政收支审计查出问题整改", "稳就业政策落实"]);
    expect(m.distribution[0]).toBe("省政府办公厅");
    const x = parse(readFileSync(join(FIXTURES, "round51-messy/xiangyun-2025-11.txt")));
    expect(x.title).toBe("祥云县人民政府2025年第十一次常务会议纪要");
    expect(x.documentNumber).toMatchObject({ text: "〔2025〕11号", year: 2025, serial: 11 });
    expect(x.issuer).toBe("祥云县人民政府办公室");
    expect(x.meeting?.date).toMatchObject({ iso: "2025-06-18", timeOfDay: "下午" });
  });

  it("joins a name cut behind a Traditional title (縣財政局局長和⏎麗萍)", () => {
    const m = parse(["縣人民政府常務會議紀要", "3月5日上午，縣長王明主持召開縣政府第5次常務會議。", "一、關於防汛", "會議原則同意。", "列席：趙家宏、普建雲、縣財政局局長和", "麗萍"].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["趙家宏", "普建雲", "和麗萍"]);
  });

  it("reads a scraped page: <title> is chrome, &nbsp;-padded fact labels, <td> label cells as label and colon", () => {
    const m = parse([
      "<title>塘溪镇人民政府2024年第6次常务会议纪要_塘溪镇人民政府</title>",
      "<p><strong>塘溪镇人民政府2024年第6次常务会议纪要</strong></p>",
      "<p>&nbsp;&nbsp;&nbsp; 时&nbsp;&nbsp;间:2024年6月12日(星期三)上午</p>",
      "<p>&nbsp;&nbsp;&nbsp; 地&nbsp;&nbsp;点:镇政府三楼会议室</p>",
      "<p>&nbsp;&nbsp;&nbsp; 主持人:镇长 蔡&nbsp;&nbsp;磊</p>",
      "<table>",
      "<tr><td>出席人员</td><td>蔡&nbsp;&nbsp;磊、钟慧敏、时&nbsp;&nbsp;勇,鲁宏伟</td></tr>",
      "<tr><td>列席人员</td><td>姚&nbsp;&nbsp;倩,潘国斌,各站所负责人</td></tr>",
      "<tr><td>请假人员</td><td>&nbsp;</td></tr>",
      "</table>",
      "<p>&nbsp;&nbsp;&nbsp; 1.关于2024年度防汛防台工作</p>",
    ].join("\n"));
    expect(m.title).toBe("塘溪镇人民政府2024年第6次常务会议纪要");
    expect(m.chrome[0]?.text).toBe("<title>塘溪镇人民政府2024年第6次常务会议纪要_塘溪镇人民政府</title>");
    expect(m.disclosure.publishDate).toBeNull();
    expect(m.meeting?.date).toMatchObject({ iso: "2024-06-12", timeOfDay: "上午" });
    expect(m.meeting?.chair).toMatchObject({ name: "蔡磊", title: "镇长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["蔡磊", "钟慧敏", "时勇", "鲁宏伟"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["姚倩", "潘国斌"]);
    expect(m.meeting?.absentees).toEqual([]);
    // (Without the 地点 line: the 主持人 line is no rest of a header value wrapped from 时间.)
    const n = parse(["<p><strong>塘溪镇人民政府2024年第6次常务会议纪要</strong></p>", "<p>&nbsp;&nbsp;&nbsp; 时&nbsp;&nbsp;间:2024年6月12日(星期三)上午</p>", "<p>&nbsp;&nbsp;&nbsp; 主持人:镇长 蔡&nbsp;&nbsp;磊</p>", "<table>", "</table>", "<p>1.关于防汛</p>"].join("\n"));
    expect(n.disclosure.publishDate).toBeNull();
    expect(n.meeting?.date.iso).toBe("2024-06-12");
    expect(n.meeting?.chair).toMatchObject({ name: "蔡磊", title: "镇长" });
  });

  it("reads a page's head tags as chrome, not its title: <meta name=\"ArticleTitle\" content=\"…\">, <!DOCTYPE>, <html><head> (yuetan, heting)", () => {
    const lines = [
      "<!DOCTYPE html>",
      "<html lang=\"zh-CN\"><head>",
      "<meta charset=\"utf-8\">",
      "<meta name=\"keywords\" content=\"月潭县,常务会议,政务要闻\">",
      "<meta name=\"ArticleTitle\" content=\"月潭县召开县政府第十九次常务会议\">",
      "</head><body>",
      "<h1>月潭县召开县政府第十九次常务会议</h1>",
      "<p>10月16日上午，县长鲁承志主持召开县政府第十九次常务会议。</p>",
      "<p>会议听取了县粮食局关于秋粮收购工作的汇报。</p>",
      "</body></html>",
    ];
    const m = parse(lines.join("\n"));
    expect(m.title).toBe("月潭县召开县政府第十九次常务会议");
    expect(m.meeting?.chair).toMatchObject({ name: "鲁承志", title: "县长" });
    expect(m.chrome.map((c) => c.text)).toContain("<meta name=\"ArticleTitle\" content=\"月潭县召开县政府第十九次常务会议\">");
    expect(m.paragraphs.map((p) => p.text).join("")).not.toContain("<");
  });

  it("joins a name a wrap cut in a blank-separated list (戴志⏎明), and places each name at its first character", () => {
    const text = ["县人民政府常务会议纪要", OPENING, "一、关于防汛", "会议原则同意。", "出席：丁卫东  邹海峰  蒋　琳  戴志", "明  魏少华"].join("\n");
    const m = parse(text);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["丁卫东", "邹海峰", "蒋琳", "戴志明", "魏少华"]);
    expect(m.meeting?.attendees.map((p) => text.slice(p.position!.start.offset, p.position!.end.offset))).toEqual(["丁卫东", "邹海峰", "蒋　琳", "戴志\n明", "魏少华"]);
  });

  it("joins a surname left alone at a line's end of a padded list (钱　立　邝⏎志强, 韩　⏎冰), and reads an organ column before a name", () => {
    const m = parse(["县人民政府常务会议纪要", OPENING, "一、关于防汛", "会议原则同意。", "出　席：卢宏伟　司徒建明　钱　立　邝", "志强　覃艳芳", "列　席：县政府办公室　　莫　凡", "　　　　县工业园区管委会　　卢海涛", "　　　　伍海燕　韩　", "冰　郑永军"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["卢宏伟", "司徒建明", "钱立", "邝志强", "覃艳芳"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["莫凡", "卢海涛", "伍海燕", "韩冰", "郑永军"]);
  });

  it("reads a Traditional masthead spaced out letter by letter, its number under it no topic", () => {
    const m = parse(["塘湖區人民政府", "區 長 辦 公 會 議 紀 要", "（12）", "", "九月六日上午，區長柯文杰主持召開2024年第12次區長辦公會議。", "（一）關於背街小巷環境整治提升工作"].join("\n"));
    expect(m.title).toBe("塘湖區人民政府區長辦公會議紀要");
    expect(m.topics.map((t) => t.heading)).toEqual(["關於背街小巷環境整治提升工作"]);
    expect(m.meeting?.sessionNumber).toBe(12);
  });

  it("round 57: a breadcrumb of words joined by / is no title; 附件下载 entries read as paragraphs end no list; 列席单位 of organisations names nobody; a person ends an item before a line of units", () => {
    const m = parse([
      "首页 / 政务公开 / 会议纪要 / 区政府常务会议",
      "霞山区人民政府第6次常务会议纪要",
      OPENING,
      "一、关于防汛",
      "会议原则同意。",
      "列　席：区政府办公室副主任司马文、区财政局局长晏秋萍",
      "区教育局、区市场监管局有关负责同志",
      "列席单位：管委会办公室、经济发展局、园区开发集团",
      "附件下载：",
      "1.2024年度高标准农田建设项目清单.xls",
      "2.县城区供水管网改造工程（一期）布局图.pdf",
    ].join("\n"));
    expect(m.title).toBe("霞山区人民政府第6次常务会议纪要");
    expect(m.topics.map((t) => t.heading)).toEqual(["关于防汛"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["司马文", "晏秋萍"]);
  });

  it("joins a heading's end standing flush left under an indented heading, and items cut inside a role word or a group", () => {
    const m = parse([
      "荷源县人民政府常务会议纪要",
      OPENING,
      "　　三、关于荷源县城乡供水一体化工程（二期）建设资金筹措",
      "方案和建设运营管理模式",
      "　　会议同意二期工程总投资4.6亿元。",
      "列　席：区政府办公室副主",
      "任司马文、区发改局局长蔺",
      "海涛、市直有关部门主",
      "要负责同志",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于荷源县城乡供水一体化工程（二期）建设资金筹措方案和建设运营管理模式"]);
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([["司马文", "区政府办公室副主任"], ["蔺海涛", "区发改局局长"]]);
  });

  it("rounds 58–59: lists merged into one line by role, a list's ASCII full stop, a two-part breadcrumb, a sentence line after a list", () => {
    const m = parse([
      "信息公开 > 会议纪要",
      "鹿原高新区党工委管委会2024年第15次联席会议纪要",
      OPENING,
      "一、关于防汛",
      "会议原则同意。",
      "出席：孔令军、王振东、张　静；请假：赵宏伟、马立新；列席：陈志远、马　莉。",
      "应邀出席: 龐振宇,孟慶林,閻　紅,蕭立軍.",
      "县直有关单位负责同志列席会议。",
    ].join("\n"));
    expect(m.title).toBe("鹿原高新区党工委管委会2024年第15次联席会议纪要");
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["孔令军", "王振东", "张静"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["赵宏伟", "马立新"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["陈志远", "马莉"]);
    expect(m.meeting?.invitedAttendees.map((p) => p.name)).toEqual(["龐振宇", "孟慶林", "閻紅", "蕭立軍"]);
    expect(m.unplaced).toEqual([]);
  });

  it("keeps a topic's inner items after a 书面通报 sentence among them under that topic", () => {
    const m = parse([
      "宾川县人民政府常务会议纪要",
      OPENING,
      "一、第一议题",
      "会议传达学习了有关会议精神。",
      "二、其他事项",
      "（一）会议研究了县人民政府有关人事任免事项。",
      "会议书面通报并原则同意县审计局提出的关于2024年度县级预算执行审计发现问题整改情况的汇报。",
      "（二）会议安排部署了春季森林草原防灭火工作。",
      "（三）会议研究了2025年县级民生实事项目征集工作。",
    ].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["第一议题", "其他事项"]);
    expect(m.topics[1]!.subtopics.map((t) => t.heading)).toEqual(["会议研究了县人民政府有关人事任免事项", "会议安排部署了春季森林草原防灭火工作", "会议研究了2025年县级民生实事项目征集工作"]);
    expect(m.writtenReports.map((r) => r.subject)).toEqual(["2024年度县级预算执行审计发现问题整改情况"]);
  });
});

describe("people, chairs and frames (rounds 60–62)", () => {

  it("joins a padded name written before its title (张　敏常务副区长, 陶　然副区长)", () => {
    const m = doc("出席：李卫东区长，张　敏常务副区长，刘建平、伍丽娟、陶　然副区长，", "　　　区政府党组成员赵海波");
    expect(people(m.meeting?.attendees)).toEqual([
      ["李卫东", "区长"],
      ["张敏", "常务副区长"],
      ["刘建平", null],
      ["伍丽娟", null],
      ["陶然", "副区长"],
      ["赵海波", "区政府党组成员"],
    ]);
  });

  it("reads title　padded name pairs and their wrapped line (市发改委主任　赵　刚，…⏎市商务局局长　柯立群，…)", () => {
    const m = doc("列　　席：市发改委主任　赵　刚，市财政局局长　庄慧敏，市工信局局长　詹　宁，", "　　　　　　　市商务局局长　柯立群，市城管局局长　温振宇。");
    expect(people(m.meeting?.observers)).toEqual([
      ["赵刚", "市发改委主任"],
      ["庄慧敏", "市财政局局长"],
      ["詹宁", "市工信局局长"],
      ["柯立群", "市商务局局长"],
      ["温振宇", "市城管局局长"],
    ]);
    expect(m.unplaced).toEqual([]);
  });

  it("takes the chair from a line of its own right after the opening (…召开。⏎市长沈　岩主持会议。)", () => {
    const m = parse([
      "泓川市人民政府第58次常务会议纪要",
      "　　2月28日上午，市政府第58次常务会议在市政府1号楼第一会议室召开。",
      "市委副书记、市长沈　岩主持会议。",
      "　　出席会议的有：市委副书记、市长沈　岩，副市长吕　萍。",
      "　　一、关于重大项目投资计划",
      "　　会议原则同意。",
    ].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "沈岩", title: "市委副书记、市长" });
    expect(m.meeting?.opening.map((p) => p.text)).toEqual(["2月28日上午，市政府第58次常务会议在市政府1号楼第一会议室召开。", "市委副书记、市长沈　岩主持会议。"]);
  });

  it("reads 列席的公众代表： as a list of observers", () => {
    const m = doc("列席：方　敏　梁学忠", "列席的公众代表：丁兆龙　周慧芳");
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["方敏", "梁学忠", "丁兆龙", "周慧芳"]);
  });

  it("keeps a navigation bar that starts with 首页 out of the title, even when it names 会议纪要", () => {
    const m = parse([
      "汉水应用科技学院 学校办公室",
      "首页　机构设置　规章制度　会议纪要　信息公开　下载中心",
      "2023—2024学年第十四次校长办公会纪要",
      "2023年12月5日上午，学校在行政楼第二会议室召开2023—2024学年第十四次校长办公会。会议由周建南校长主持。现纪要如下：",
      "一、研究学校2024年度公开招聘工作方案",
      "会议原则同意。",
    ].join("\n"));
    expect(m.title).toBe("2023—2024学年第十四次校长办公会纪要");
    expect(m.outline.find((o) => o.position?.start.line === 2)?.kind).toBe("chrome");
  });

  it("reads a place that a line break cuts from 主持召开", () => {
    const m = parse([
      "梅岭县人民政府常务会议纪要",
      "　　2024年7月18日晚上，受县长委托，县委常委、常务副县长郑国华在县行政中心1号楼302会议室",
      "主持召开县政府2024年第7次常务会议。现纪要如下：",
      "　　一、关于防汛",
      "　　会议原则同意。",
    ].join("\n"));
    expect(m.meeting?.place).toBe("县行政中心1号楼302会议室");
    expect(m.meeting?.chair?.name).toBe("郑国华");
  });

  it("reads labelled facts below the opening (主　持：县长　高建民 … 记　录：) and a 请假 list's indented second line", () => {
    const m = parse([
      "滦安县人民政府第5次常务会议纪要",
      "　　二〇二四年三月十二日上午，县政府在县行政中心四楼第二会议室召开第5次常务会议。现将会议议定事项纪要如下：",
      "　　主　持：县长　高建民",
      "　　出　席：高建民　常务副县长　孙　涛",
      "　　请　假：副县长　李德明（带队赴雄安新区考察）",
      "　　　　　　县政府党组成员　赵文刚（参加市委巡察培训）",
      "　　列　席：县政府办公室　杜建新",
      "　　记　录：县政府办公室　秦　璐",
      "　　一、关于防汛",
      "　　会议原则同意。",
    ].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "高建民", title: "县长" });
    expect(people(m.meeting?.absentees)).toEqual([
      ["李德明", "副县长"],
      ["赵文刚", "县政府党组成员"],
    ]);
  });

  it("adds nobody for a group with a bracketed note inside its name (各村（社区）党组织书记)", () => {
    const m = doc("列席：镇党政办主任黎永康，各村（社区）党组织书记");
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["黎永康"]);
  });

  it("reads a page without blank lines: an empty 相关阅读 list stops at the title an opening follows; a dated 来源 line is no opening", () => {
    const m = parse([
      "信息名称： 区政府第31次常务会议纪要",
      "产生日期： 2022-11-02 发布日期： 2022-11-08",
      "相关阅读：",
      "区政府第31次常务会议纪要",
      "2022年10月28日下午，区长孔祥宇在区行政中心三楼第一会议室主持召开区政府第31次常务会议，纪要如下：",
      "一、会议听取了全区前三季度经济运行情况汇报",
    ].join("\n"));
    expect(m.title).toBe("区政府第31次常务会议纪要");
    expect(m.meeting?.chair?.name).toBe("孔祥宇");
    expect(m.meeting?.date.iso).toBe("2022-10-28");
    const news = parse([
      "县政府召开第13次常务会议",
      "2024.3.5　　来源：白水县融媒体中心　　浏览次数：1268　　【字体：大 中 小】",
      "　　3月4日下午，县委副书记、县长欧阳志刚在县政府五楼视频会议室主持召开县政府第13次常务会议，",
      "传达学习中央、省、市有关会议精神，研究部署我县安全生产等工作。",
    ].join("\n"));
    expect(news.meeting?.date).toMatchObject({ iso: "2024-03-04", timeOfDay: "下午" });
    const wechat = parse([
      "乔溪县召开县政府第9次常务会议",
      "原创 乔溪发布 乔溪发布 2024年04月16日 18:30 河北",
      "👆点击蓝字 关注我们",
      "4月15日下午，县委副书记、县长邢立川主持召开县政府第9次常务会议，传达学习省、市有关会议精神。",
    ].join("\n"));
    expect(wechat.meeting?.date).toMatchObject({ iso: "2024-04-15", timeOfDay: "下午" });
  });

  it("reads full-width digits in a spaced session number (第 １ ２ 次)", () => {
    const m = parse(["清溪县人民政府常务会议纪要", "２０２４年３月５日上午，县长潘帆在县政府三楼会议室主持召开县政府第 １ ２ 次常务会议。", "一、关于防汛", "会议原则同意。"].join("\n"));
    expect(m.meeting?.sessionNumber).toBe(12);
    expect(m.meeting?.date.iso).toBe("2024-03-05");
  });

  it("reads form rows of 应邀出席 and 应邀列席的… as lists of their own", () => {
    const m = doc("| 请　　假 | 方卫国（因公出差） |", "| 应邀出席 | 区人大常委会副主任 冉德胜 |", "| 应邀列席的区政协委员 | 詹　梅、廉春生 |");
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["方卫国"]);
    expect(m.meeting?.invitedAttendees.map((p) => p.name)).toEqual(["冉德胜"]);
    expect(m.meeting?.invitedObservers.map((g) => [g.group, g.people.map((p) => p.name)])).toEqual([["应邀列席的区政协委员", ["詹梅", "廉春生"]]]);
  });

  it("joins a name cut by a wrap in a blank-separated list when the lone character stands one blank before a longer name (焦春⏎梅　阮建国)", () => {
    const m = doc("出席：程立新　汪　涛　龚卫华　焦春", "梅　阮建国　沈　莉");
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["程立新", "汪涛", "龚卫华", "焦春梅", "阮建国", "沈莉"]);
  });

  it("drops the 以及 that joins two 书面通报 items after their comma, and keeps the 和 of 和平区", () => {
    const m = parse([
      "姜堰区人民政府常务会议纪要",
      OPENING,
      "一、关于防汛",
      "会议原则同意。",
      "会议书面通报了区统计局关于一季度经济运行的情况，以及区审计局关于预算执行审计整改的情况汇报。",
      "会议书面通报了区统计局关于二季度经济运行的情况，和平区街道办关于老旧小区改造的情况汇报。",
    ].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["区统计局", "一季度经济运行"],
      ["区审计局", "预算执行审计整改"],
      ["区统计局", "二季度经济运行"],
      ["和平区街道办", "老旧小区改造"],
    ]);
  });

  it("reads a 请假 list whose reasons stand alone before the names (因公　副区长　高志军；因病　副区长　刘　洁)", () => {
    const m = doc("请　假：因公　副区长　高志军（赴省厅对接项目）；因病　副区长　刘　洁");
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["高志军", "刘洁"]);
  });

  it("reads an attendance verb a line break cut from its 会议 (…冶　明参加⏎会议；)", () => {
    const m = parse([
      "华龙区人民政府常务会议纪要",
      "　　11月5日上午，区长王明主持召开区政府第36次常务会议。区委常委、常务副区长马　骏，副区长韩晓东、冶　明参加",
      "会议；副区长李　红因病请假。",
      "　　一、关于防汛",
      "　　会议原则同意。",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["马骏", "韩晓东", "冶明"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["李红"]);
  });

  it("reads a 书面通报 whose report name a wrap cut, and one told inside the opening", () => {
    const m = parse([
      "东陵区人民政府常务会议纪要",
      "　　6月2日上午，区长王明主持召开区政府第15次常务会议，审议了《东陵区养老服务条例》。会议书面通报了市信访局关于春节期间信访形势的情况。现纪要如下：",
      "　　一、关于防汛",
      "　　会议原则同意。",
      "会议书面通报了区审计局关于2022年度区本级预算执行审计整改的情况汇报、区统计局关于1-5月份",
      "全区主要经济指标完成情况的汇报。",
    ].join("\n"));
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["市信访局", "春节期间信访形势"],
      ["区审计局", "2022年度区本级预算执行审计整改"],
      ["区统计局", "1-5月份全区主要经济指标完成情况"],
    ]);
    expect(m.unplaced).toEqual([]);
  });

  it("reads lists laid out in columns, one person a line (name then title; unit then name)", () => {
    const m = doc(
      "出席：",
      "　　司马燕　　区委副书记、代区长",
      "　　上官文杰　副区长",
      "　　潘　强　　副区长、区公安分局局长",
      "列席：",
      "　　区政府办公室　　　　郭　宁",
      "　　区城投集团　　　　　欧阳红",
    );
    expect(m.meeting?.attendees.map((p) => [p.name, p.title])).toEqual([
      ["司马燕", "区委副书记、代区长"],
      ["上官文杰", "副区长"],
      ["潘强", "副区长、区公安分局局长"],
    ]);
    // (Two people, the second titled, are no name-and-title row.)
    expect(doc("出席：张　三　李四主任").meeting?.attendees.map((p) => [p.name, p.title])).toEqual([["张三", null], ["李四", "主任"]]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["郭宁", "欧阳红"]);
  });

  it("reads a unit-then-name row whose name is transliterated with a middle dot, and a 委员会 before a name (kumubashi-2023-21)", () => {
    const m = doc(
      "列　席：县人大常委会 帕尔哈提·艾买提",
      "　　　　县政协 李桂兰",
      "　　　　县政府办公室 祖丽皮亚·吾斯曼",
      "　　　　县发展和改革委员会 赵志刚",
      "　　　　县住房和城乡建设局 买买提明·吐尔地",
    );
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["帕尔哈提·艾买提", "李桂兰", "祖丽皮亚·吾斯曼", "赵志刚", "买买提明·吐尔地"]);
  });

  it("reads a chair titled 召集人 and a 出席会议的有 list whose notes hold commas", () => {
    const m = parse([
      "云溪市城市更新工作联席会议第三次会议纪要",
      "　　2025年2月20日上午，副市长、联席会议召集人郑海波在市政府3号楼第二会议室主持召开市城市更新工作联席会议第三次会议。现纪要如下：",
      "　　出席会议的有：郑海波（召集人），秦立军（副召集人，市政府副秘书长），汤慧、祝建民。",
      "　　一、关于城市更新",
      "　　会议原则同意。",
    ].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "郑海波", title: "副市长、联席会议召集人" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["郑海波", "秦立军", "汤慧", "祝建民"]);
  });

  it("reads an index page whose rows are numbered and whose columns have heads as no minutes, with no title", () => {
    const m = parse([
      "桥南区人民政府",
      "您当前的位置：首页 >> 政务公开 >> 政府会议 >> 区政府常务会议",
      "序号　标题　发布日期",
      "1　桥南区人民政府第四十四次常务会议纪要　2024-12-27",
      "2　桥南区人民政府第四十三次常务会议纪要　2024-12-13",
      "3　桥南区召开区政府第四十二次常务会议　2024-11-29",
      "相关栏目",
      "　区政府全体会议",
      "　区政府常务会议",
    ].join("\n"));
    expect(m.title).toBeNull();
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
  });

  it("reads a 抄送 list whose first line ends with a full stop and whose next line is more organs", () => {
    const m = doc("抄送：市委办公室，市人大常委会办公室，市政协办公室。", "市纪委监委，市中级人民法院，市人民检察院。");
    expect(m.distribution).toEqual(["市委办公室", "市人大常委会办公室", "市政协办公室", "市纪委监委", "市中级人民法院", "市人民检察院"]);
    // (A sentence after the list is no recipient.)
    expect(doc("抄送：市委办公室，市政协办公室。", "会议要求各部门认真抓好落实。").distribution).toEqual(["市委办公室", "市政协办公室"]);
    // (Nor are names; the government's leaders are: 县政府各副县长，县长助理.)
    expect(doc("抄送：县委办，县人大办。", "张立新，王秀英。").distribution).toEqual(["县委办", "县人大办"]);
    expect(doc("抄送：县委办，县人大办，县政协办。", "      县政府各副县长，县长助理。").distribution).toEqual(["县委办", "县人大办", "县政协办", "县政府各副县长", "县长助理"]);
    expect(doc("抄送：县委办，县人大办。", "县政府各副县长，县政府办公室各副主任。").distribution).toEqual(["县委办", "县人大办", "县政府各副县长", "县政府办公室各副主任"]);
    // (Levels that share one recipient's rest: 中、省直有关单位, 各县、区人民政府, 中央、省属驻市企业.)
    expect(doc("分送：市政府各部门，中、省直有关单位。", "").distribution).toEqual(["市政府各部门", "中、省直有关单位"]);
    expect(doc("分送：各县、区人民政府，中央、省属驻市企业，市中级人民法院、市人民检察院。", "").distribution).toEqual(["各县、区人民政府", "中央、省属驻市企业", "市中级人民法院", "市人民检察院"]);
    // (Units that end in 大队, 室, 站: 县人武部，县消防救援大队.)
    expect(doc("抄送：市政府办公室，县纪委监委。", "　　　县人武部，县消防救援大队。").distribution).toEqual(["市政府办公室", "县纪委监委", "县人武部", "县消防救援大队"]);
    expect(doc("抄送：县委办，县人大办。", "市政府办公室，市政府督查室。").distribution).toEqual(["县委办", "县人大办", "市政府办公室", "市政府督查室"]);
  });

  it("places a page's frame that no token took: bracketed link bars, site banners, a WeChat copy's cover and foot, 此件公开 notes, a masthead number above the title", () => {
    const m = parse([
      "辉安区人民政府 政务公开",
      "【大】【中】【小】 【打印本页】",
      "原创 枫亭县融媒体中心 枫亭发布 2025年06月10日 20:15 福建",
      "第22期",
      "辉安区人民政府常务会议纪要",
      OPENING,
      "一、关于防汛",
      "会议原则同意。",
      "出席：王明、李四",
      "（此件公开发布）",
      "往期推荐",
      "阅读原文",
    ].join("\n"));
    expect(m.unplaced).toEqual([]);
    expect(m.title).toBe("辉安区人民政府常务会议纪要");
    const kinds = new Map(m.outline.map((o) => [o.position?.start.line, o.kind]));
    expect([1, 2, 3, 4, 10, 11, 12].map((line) => kinds.get(line))).toEqual(["chrome", "chrome", "chrome", "title", "paragraph", "chrome", "chrome"]);
  });

  it("reads 请假的有： and 因…未参加会议的有： as absentee labels, and an 应邀列席 list that opens with its first group's label", () => {
    const m = doc("请假的有：邹　敏（参加市委党校学习）", "因工作原因未参加会议的有：贺立新（赴省汇报项目工作）、薛　芳", "应邀列席：区人大代表：邬建国、骆　琴；区政协委员：蓝晓燕、毛志华。");
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["邹敏", "贺立新", "薛芳"]);
    expect(m.meeting?.invitedObservers.map((g) => [g.group, g.people.map((p) => p.name)])).toEqual([
      ["区人大代表", ["邬建国", "骆琴"]],
      ["区政协委员", ["蓝晓燕", "毛志华"]],
    ]);
  });

  it("reads a flattened table's label alone on its line, its names on the next (出席人员⏎韦建明、…; 记录⏎…)", () => {
    const m = doc("出席人员", "韦建明、祝海军、闫　芳", "请假人员", "无", "记录", "党政综合办公室");
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["韦建明", "祝海军", "闫芳"]);
    expect(m.meeting?.absentees).toEqual([]);
  });

  it("reads a fact's label with its colon alone on its line, its value indented on the next (时间：⏎    2024年9月10日下午)", () => {
    const m = parse([
      "白石县人民政府常务会议纪要",
      "（2024年第15次）",
      "",
      "时间：",
      "    2024年9月10日下午",
      "地点：",
      "    县行政中心3号会议室",
      "主持：",
      "    陆文涛  县长",
      "出席：",
      "    陆文涛、段红梅、郑卫国",
      "",
      "议定事项：",
      "（一）关于白石县工业园区标准厂房建设项目",
      "会议同意工业园区标准厂房二期项目按EPC模式实施。",
    ].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2024-09-10", timeOfDay: "下午" });
    expect(m.meeting?.place).toBe("县行政中心3号会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "陆文涛", title: "县长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["陆文涛", "段红梅", "郑卫国"]);
  });

  it("keeps a named person joined by 及 to units that end in an unnamed group (县长助理彭　凯及县政府办、县发改委…主要负责同志列席)", () => {
    const m = parse([
      "蓝泉县人民政府常务会议纪要",
      "3月5日上午，县长罗志诚主持召开县政府第9次常务会议。县长助理彭　凯及县政府办、县发改委、县财政局主要负责同志列席会议。",
      "一、关于防汛",
      "会议原则同意。",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([["彭凯", "县长助理"]]);
  });

  it("reads long names without a dot: a labelled chair (旗长　额尔德木图) and a 列席 line's wrapped second line (局长吉日嘎拉)", () => {
    const m = parse([
      "巴音塔拉旗人民政府常务会议纪要",
      "时　　间：2024年5月6日上午",
      "地　　点：旗政府三楼会议室",
      "主　　持：旗委副书记、旗长　额尔德木图",
      "一、关于防汛",
      "会议原则同意。",
      "列席：旗政府办公室主任娜仁高娃，旗财政局局长刘　强，旗林草局局长",
      "　　　阿拉坦仓，旗文体旅游广电局局长吉日嘎拉",
    ].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "额尔德木图", title: "旗委副书记、旗长" });
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["娜仁高娃", "刘强", "阿拉坦仓", "吉日嘎拉"]);
  });

  it("reads a session number a line break cuts from its meeting, and reports listed in the text of a 书面通报事项 topic", () => {
    const m = parse([
      "汀州区人民政府常务会议纪要",
      "　　2025年3月10日上午，镇长邵　刚在镇政府三楼会议室主持召开2025年第3次",
      "镇政府常务会议。现纪要如下：",
      "　　一、关于防汛",
      "　　会议原则同意。",
      "　　二、书面通报事项",
      "　　区审计局关于2021年度区级预算执行审计整改的情况汇报；区市场监管局关于冬季燃气安全",
      "专项检查的汇报。",
    ].join("\n"));
    expect(m.meeting?.sessionNumber).toBe(3);
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["区审计局", "2021年度区级预算执行审计整改"],
      ["区市场监管局", "冬季燃气安全专项检查"],
    ]);
  });

  it("reads a 书面通报: label line with its report below ending in an ASCII full stop, and stops a wrapped list before an indented statement", () => {
    const m = parse([
      "清波区人民政府常务会议纪要",
      "　　3月5日上午，区长王明主持召开区政府第8次常务会议。",
      "　　列席会议的有：区政府办公室副主任戚文涛，区发改局局长",
      "荆志刚，区教育局局长滑秀娟",
      "　　区人大常委会、区政协有关负责同志应邀列席会议。",
      "　　一、关于防汛",
      "　　会议原则同意。",
      "书面通报:",
      "县统计局关于上半年重点指标监测的情况汇报.",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["戚文涛", "荆志刚", "滑秀娟"]);
    expect(m.meeting?.invitedObservers).toEqual([]);
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([["县统计局", "上半年重点指标监测"]]);
  });
});
