// News reports of a standing meeting as local sites write them: headlines, the chair named last,
// attendance sentences that name organs.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

describe("news reports of a standing meeting", () => {
  it("takes the chair from a sentence after the report's body (…主持会议并讲话，…出席会议)", () => {
    const m = parse([
      "市政府召开第31次常务会议",
      "谯北新闻网讯 12月24日下午，市政府第31次常务会议召开，研究安排岁末年初重点工作。",
      "会议指出，要抓紧谋划明年工作思路和重大项目。",
      "市委常委、常务副市长鞠　峰主持会议并讲话，副市长滕晓冬、阚　明，市政府",
      "秘书长樊立群出席会议。",
    ].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "鞠峰", title: "市委常委、常务副市长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["滕晓冬", "阚明", "樊立群"]);
  });

  it("keeps the opening's chair over a later one, and a 党组会议's chair out", () => {
    const m = parse([
      "县政府召开第9次常务会议",
      "3月21日下午，县长祁振荣主持召开县政府第9次常务会议。",
      "会后，副县长马林主持召开专题会议，研究春耕备耕工作。",
    ].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "祁振荣", title: "县长" });
  });

  it("reads a headline that starts with the year of its session count", () => {
    const m = parse([
      "2021年区政府第1次常务会议",
      "",
      "2021年1月11日上午，柯　征区长主持召开2021年区政府第1次常务会议。",
    ].join("\n"));
    expect(m.title).toBe("2021年区政府第1次常务会议");
    expect(m.meeting?.chair).toMatchObject({ name: "柯征", title: "区长" });
  });

  it("adds nobody for organs named in an attendance sentence (县人大、县政协相关领导列席会议)", () => {
    const m = parse([
      "县政府召开第9次常务会议",
      "3月21日下午，县长祁振荣主持召开县政府第9次常务会议。县政府副县长出席会议，县人大、县政协相关领导、县直有关部门负责人列席会议。",
    ].join("\n"));
    expect(m.meeting?.observers).toEqual([]);
  });

  it("ends a titled person before an organ on the next line when a blank stands between title and name", () => {
    const m = parse([
      "县政府召开第9次常务会议",
      "3月21日下午，县长祁振荣主持召开县政府第9次常务会议。",
      "列席：区人大常委会副主任 叶国栋，区政协副主席 麦婉华，区府办副主任 甘伟",
      "　　　区发展和改革局、区财政局主要负责同志",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => [p.name, p.title])).toEqual([
      ["叶国栋", "区人大常委会副主任"],
      ["麦婉华", "区政协副主席"],
      ["甘伟", "区府办副主任"],
    ]);
    const padded = parse([
      "县政府召开第9次常务会议",
      "3月21日下午，县长祁振荣主持召开县政府第9次常务会议。",
      "列席：区人大常委会副主任 叶国栋，区府办副主任 甘　伟",
      "　　　区发展和改革局、区财政局主要负责同志",
    ].join("\n"));
    expect(padded.meeting?.observers.map((p) => p.name)).toEqual(["叶国栋", "甘伟"]);
  });

  it("reads attendance after a meeting held before, told in passing (会前，…党组会议。)", () => {
    const m = parse([
      "乌恩其主持召开巴彦陶旗政府2025年第3次常务会议",
      "　　2月20日下午，旗委副书记、政府旗长乌恩其主持召开巴彦陶旗政府2025年第3次常务会议。",
      "　　会议强调，当前正值春季防火关键期。",
      "　　会前，乌恩其主持召开了2025年第3次旗政府党组会议，进行集中学习。",
      "　　旗级领导包　力、吉日嘎拉出席会议，图门、齐淑华及各相关单位主要负责同志列席会议。",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["包力", "吉日嘎拉"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["图门", "齐淑华"]);
    const after = parse([
      "县政府召开第9次常务会议",
      "3月21日下午，县长祁振荣主持召开县政府第9次常务会议。",
      "会后，县长祁振荣主持召开县政府党组会议。副县长马林出席会议。",
    ].join("\n"));
    expect(after.meeting?.attendees).toEqual([]);
  });

  it("reads a chair's clause of its own (…常务会议召开。区长邵华东主持;副区长…出席。)", () => {
    const m = parse([
      "区政府常务会议召开",
      "　　5月9日，区政府第64次常务会议召开。区委副书记、区长邵华东主持;副区长冯胜男、李　强出席。",
    ].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "邵华东", title: "区委副书记、区长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["冯胜男", "李强"]);
  });

  it("takes no 落款 date from a newspaper's issue date above the report", () => {
    const m = parse([
      "汶东日报数字报",
      "第一版:要闻",
      "",
      "2025年05月13日",
      "",
      "区政府常务会议召开",
      "　　5月9日，区政府第64次常务会议召开。区长邵华东主持。",
    ].join("\n"));
    expect(m.issueDate).toBeNull();
    expect(m.meeting?.date.iso).toBe("2025-05-09");
  });

  it("reads a 党组会议暨常务会议 chaired as one, and no meeting facts from related links below", () => {
    const m = parse([
      "葉晉榮主持召開區政府黨組(擴大)會議暨第十九次政府常務會議",
      "12月29日上午,區委副書記、區長葉晉榮主持召開區政府黨組(擴大)會議暨第十九次政府常務會議。",
      "區領導鐘偉雄、曾小玲、廖　東出席會議。",
      "會議傳達學習了中央經濟工作會議精神。",
      "相關文章:",
      "葉晉榮主持召開區政府第十八次常務會議",
      "區政府召開全區安全生產工作會議",
    ].join("\n"));
    expect(m.meeting?.sessionNumber).toBe(19);
    expect(m.meeting?.chair).toMatchObject({ name: "葉晉榮", title: "區委副書記、區長" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["鐘偉雄", "曾小玲", "廖東"]);
  });

  it("reads a chair's sentence of its own between photos, and the year of the session count", () => {
    const m = parse([
      "岚宗县第十九届人民政府召开第十二次常务会议",
      "6月3日，岚宗县第十九届人民政府第十二次（2025年第12次）常务会议在县政府一楼会议室召开。",
      "3N7A1022.bmp",
      "县委副书记、县长祁永川主持会议。",
      "会议审议了《岚宗县城区内涝治理三年行动方案》。",
    ].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "祁永川", title: "县委副书记、县长" });
    expect(m.meeting?.date.iso).toBe("2025-06-03");
  });

  it("takes no site column's name for the title (政府常务会议 above the headline)", () => {
    const m = parse(["当前位置: 首页>>信息公开>>政府常务会议>>正文", "政府常务会议", "丹平县第十七届人民政府第31次常务会议召开", "2019-03-06 16:42", "3月4日，县长罗志航主持召开县第十七届人民政府第31次常务会议。"].join("\n"));
    expect(m.title).toBe("丹平县第十七届人民政府第31次常务会议召开");
  });

  it("steps over unnamed groups and organs to the named person (县政协副主席冉太平，县法院…领导，部分党代表…应邀列席会议)", () => {
    const m = parse(["县政府召开常务会议", "3月4日，县长罗志航主持召开县政府第31次常务会议。县政协副主席冉太平，县法院、县检察院、县工商联领导，部分党代表、人大代表和政协委员应邀列席会议。"].join("\n"));
    expect(m.meeting?.invitedObservers.flatMap((g) => g.people.map((p) => p.name))).toEqual(["冉太平"]);
  });

  it("takes a page about how the meeting works for no minutes (一般每月召开两次; 由市长召集和主持)", () => {
    const m = parse([
      "当前位置：",
      ">> 市政府常务会议 >> 会议简介",
      "",
      "会议简介",
      "发布日期：2022-03-15",
      "市政府常务会议是市政府讨论决定重大事项的会议，一般每月召开两次，如有需要可临时召开。",
      "市政府常务会议由市长、副市长、秘书长组成，由市长或市长委托常务副市长召集和主持。",
      "（一）议题由分管副市长审核后，报市长确定；",
    ].join("\n"));
    expect(m.title).toBe("会议简介");
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
    expect(m.meeting).toBeNull();
  });

  it("keeps a photo's file name and a dated byline out of the opening when a page has no blank lines", () => {
    const m = parse([
      "檀山县召开县政府第11次常务会议",
      "2023-05-10 18:06　　檀山县融媒体中心",
      "微信图片_20191024110532.jpg",
      "5月9日上午，县委副书记、县长苟新民主持召开县政府第11次常务会议。",
    ].join("\n"));
    expect(m.meeting?.date).toMatchObject({ text: "5月9日上午", iso: "2023-05-09", timeOfDay: "上午" });
    expect(m.chrome.map((c) => c.text)).toContain("微信图片_20191024110532.jpg");
  });

  it("reads padded names at a line's end whole when the next line opens with one (…李&nbsp;&nbsp;振<br/>蒋&nbsp;&nbsp;超)", () => {
    const m = parse([
      "区政府常务会议纪要",
      "3月5日上午，区长王明主持召开区政府第7次常务会议。",
      "<p>列席：陶建军&nbsp;&nbsp;&nbsp;&nbsp;牟海燕&nbsp;&nbsp;&nbsp;&nbsp;李&nbsp;&nbsp;振<br/>",
      "蒋&nbsp;&nbsp;超&nbsp;&nbsp;&nbsp;&nbsp;梁美婷</p>",
    ].join("\n"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["陶建军", "牟海燕", "李振", "蒋超", "梁美婷"]);
  });

  it("takes a web novel's chapter about a standing meeting for no minutes, and numbered related links for chrome", () => {
    const novel = parse(["笔趣阁 > 都市言情 > 仕途青云 > 第412章 常务会议上的交锋", "上一章　　目录　　下一章　　加入书签", "第412章 常务会议上的交锋", "县长郑文海主持召开县政府第23次常务会议。", "一、关于临河县产业融合发展规划", "（本章完）"].join("\n"));
    expect(novel.diagnostics.map((d) => d.code)).toContain("not-minutes");
    expect(novel.topics).toEqual([]);
    const links = parse(["县政府召开第十四次常务会议", "7月2日上午，县长高巍峰主持召开县政府第十四次常务会议。", "会议还研究了其他事项。", "相关链接：", "1. 高巍峰到县政务服务中心调研", "2. 县政府召开第十三次常务会议"].join("\n"));
    expect(links.topics).toEqual([]);
    expect(links.meeting?.sessionNumber).toBe(14);
    expect(links.chrome.map((c) => c.text)).toContain("2. 县政府召开第十三次常务会议");
  });

  it("leaves the attendance of a later meeting told inside the last topic to that meeting (當天下午，…專題會議)", () => {
    const m = parse([
      "區政府召開常務會議和專題會議",
      "　　10月21日上午，區長王明主持召開區政府第31次常務會議。副區長翁群、陳立新出席會議。",
      "　　一、聽取區應急管理局關於秋冬季森林防火工作的匯報",
      "　　會議強調，要嚴格落實野外用火管控措施。",
      "　　當天下午，常務副區長翁群主持召開區政府專題會議，研究征拆遺留問題處置工作。",
      "區自然資源局局長方志剛、區住建局局長歐陽敏參加會議。",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["翁群", "陳立新"]);
  });

  it("reads an opening that looks like a headline but for its date clause, empty name slots and the title in a footer's 标题：", () => {
    const m = parse([
      "编辑：蒋　雯　　浏览量：",
      "",
      "据平川区消息，12月14日下午，区政府召开第二十三次常务会议，出席会议的有副区长黄　炜、、邵家明、、",
      "等，区政府办公室、区发改委主要负责人列席会议。",
      "会议由区长邹文涛主持。",
      "",
      "来源：沪上热线新闻网",
      "标题：平川区政府召开第二十三次常务会议",
    ].join("\n"));
    expect(m.title).toBe("平川区政府召开第二十三次常务会议");
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["黄炜", "邵家明"]);
    expect(m.meeting?.date).toMatchObject({ text: "12月14日下午", timeOfDay: "下午" });
    expect(m.meeting?.chair?.name).toBe("邹文涛");
  });

  it("reads the 纪要 a 范文 site shows: its own title (cut in two), not the site's headline or blurb; a chair between organ and title", () => {
    const m = parse([
      "临溪市政府协调会议纪要范文",
      "时间: 2019-11-12 作者: 丽燕 分享",
      "  会议纪要是用于记载、传达会议情况和议定事项的公文。下文是小编整理的一篇市政府协调会议纪要，供参考！",
      "",
      "  落实临溪市人民政府与华泰物流集团",
      "  合作框架协议协调会议纪要",
      "",
      "  11月4日下午，受石建辉副市长委托，市政府柯军副秘书长在市政府2号楼302会议室主持召开协调会议。现纪要如下：",
      "  一、关于建立合作推进机制",
      "  原则同意。",
    ].join("\n"));
    expect(m.title).toBe("落实临溪市人民政府与华泰物流集团合作框架协议协调会议纪要");
    expect(m.meeting?.chair).toMatchObject({ name: "柯军", title: "副秘书长" });
    const articles = parse(["区长办公会议纪要(3篇)", "篇一:区长办公会议纪要", "东浦区人民政府区长办公会议纪要", "3月12日上午，区长王明主持召开区长办公会议。现纪要如下：", "一、关于防汛", "会议原则同意。"].join("\n"));
    expect(articles.title).toBe("东浦区人民政府区长办公会议纪要");
  });

  it("reads headlines cut after the session count, wholly in brackets or behind a forum's tag, and a document site's page label", () => {
    const cut = parse(["县政府召开2023年第13次", "常务会议", "10月8日上午，县长王明主持召开县政府2023年第13次常务会议。"].join("\n"));
    expect(cut.title).toBe("县政府召开2023年第13次常务会议");
    const bracketed = parse(["【区政府第十七次常务会议】", "2021-06-18 来源: 普泽发布", "6月17日上午，区长王明主持召开区政府第十七次常务会议。"].join("\n"));
    expect(bracketed.title).toBe("区政府第十七次常务会议");
    const forum = parse(["[转贴] 郑县长主持县政府第47次常务会议", "县长郑文海主持召开县政府第47次常务会议。"].join("\n"));
    expect(forum.title).toBe("郑县长主持县政府第47次常务会议");
    const docSite = parse(["桐湾镇人民政府镇长办公会议纪要.docx_第1页", "第1页 / 共4页", "", "桐湾镇人民政府镇长办公会议纪要", "第6期", "时间：2024年5月10日下午", "主持人：镇长　庞立平", "会议议定事项如下：", "一、关于防汛", "会议同意。"].join("\n"));
    expect(docSite.title).toBe("桐湾镇人民政府镇长办公会议纪要");
  });

  it("reads an unlabelled byline date written with slashes (2019/12/3 16:43:13 次浏览 分类:政府动态)", () => {
    const m = parse(["区政府召开第41次常务会议", "2019/12/3 16:43:13 次浏览 分类:政府动态 来源:", "", "12月2日上午，区长王明主持召开区政府第41次常务会议。"].join("\n"));
    expect(m.disclosure?.publishDate).toBe("2019-12-03");
    expect(m.meeting?.date.iso).toBe("2019-12-02");
  });

  it("reads attendance as real pages write it: a dotted name with 司马 in it, rows of title then dotted name, 等…班子领导, people before ；-separated groups", () => {
    const m = parse([
      "县政府召开常务会议",
      "3月5日上午，县长王明主持召开县政府第7次常务会议。区人大常委会主任卓俊辉、区政协主席黄水林等区四套班子领导，各乡镇主要负责同志参加。",
      "县人民法院院长邰秀芬，县人民检察院检察长聂永明；县政府办公室，县财政局、审计局、",
      "林业和草原局的负责同志；",
      "巴彦花镇、坤都镇的主要负责人列席会议。",
      "请假：吐尔洪·司马义（因公外出）",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["卓俊辉", "黄水林"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["邰秀芬", "聂永明"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["吐尔洪·司马义"]);
    const rows = parse([
      "县政府常务会议纪要",
      "3月5日上午，县长王明主持召开县政府第7次常务会议。",
      "一、关于防汛",
      "会议原则同意。",
      "列席：县政府办公室主任　陈　明",
      "　　　县发展改革委主任　努尔兰·哈力别克",
      "　　　县财政局局长　赵玉梅",
    ].join("\n"));
    expect(rows.meeting?.observers.map((p) => [p.name, p.title])).toEqual([["陈明", "县政府办公室主任"], ["努尔兰·哈力别克", "县发展改革委主任"], ["赵玉梅", "县财政局局长"]]);
    const units = parse([
      "县政府常务会议纪要",
      "3月5日上午，县长王明主持召开县政府第7次常务会议。",
      "一、关于防汛",
      "会议原则同意。",
      "列席：县政府办公室　　　　蓝　川　许　林",
      "　　　县住房和城乡建设局　覃立新",
      "　　　县水利局、县应急管理局负责同志",
    ].join("\n"));
    expect(units.meeting?.observers.map((p) => p.name)).toEqual(["蓝川", "许林", "覃立新"]);
  });

  it("reads labels with a blank before their colon (出席领导 ： …, 请假领导 ： …)", () => {
    const m = parse(["管委会主任办公会议纪要", "3月5日上午，管委会主任闫立峰主持召开第14次主任办公会议。现纪要如下：", "一、关于招商", "会议原则同意。", "出席领导 ： 闫立峰、包振宇、苏　蔓", "请假领导 ： 钱晓燕（外出学习）"].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["闫立峰", "包振宇", "苏蔓"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["钱晓燕"]);
  });

  it("reads a 暨 meeting's standing session, people after 县政府, a ranking list as chrome, and a byline's clock time", () => {
    const joined = parse(["市政府召开常务会议", "2月3日上午，市长李明主持召开市政府党组第31次会议暨二届政府第52次常务会。"].join("\n"));
    expect(joined.meeting?.sessionNumber).toBe(52);
    const people = parse(["县政府召开常务会议", "3月5日上午，县长艾尔肯·吐尔逊主持召开县政府第23次常务会议，县政府周本海、迪丽努尔·买买提、任　强等县领导参加了会议。"].join("\n"));
    expect(people.meeting?.attendees.map((p) => p.name)).toEqual(["周本海", "迪丽努尔·买买提", "任强"]);
    const ranking = parse(["县政府召开常务会议", "3月5日上午，县长王明主持召开县政府第23次常务会议。", "甘城新闻排行：", "1.甘城县第十五届人大常委会召开第二十次会议", "2.县委中心组学习会召开"].join("\n"));
    expect(ranking.topics).toEqual([]);
  });

  it("reads a chair who 主持 the named meeting without 召开, the date after the name (县长郑文海9月3日上午主持县政府第47次常务会议)", () => {
    const m = parse(["县政府召开常务会议", "县长郑文海9月3日上午主持县政府第47次常务会议，副县长林家豪出席会议。"].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "郑文海", title: "县长" });
    expect(m.meeting?.date).toMatchObject({ text: "9月3日上午", timeOfDay: "上午" });
  });

  it("reads the place from a later sentence of the standing meeting, and no opening from a headline line with its 发布日期", () => {
    const m = parse([
      "县政府召开常务会议",
      "郑县长主持县政府第47次常务会议 发布日期:2024-09-03",
      "县长郑文海9月3日上午主持县政府第47次常务会议，副县长林家豪、吴淑芬、",
      "蔡　明出席会议。",
      "县政府第47次常务会议3日上午9时于县府第2会议室召开，由郑县长主持，会议审议通过方案。会议要求，要在县府第3会议室召开现场推进会。",
    ].join("\n"));
    expect(m.meeting?.place).toBe("县府第2会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "郑文海", title: "县长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["林家豪", "吴淑芬", "蔡明"]);
  });

  it("keeps a subtitle out of the opening when no blank line parts it from the news lead", () => {
    const m = parse([
      "潇浦市政府常务会议召开",
      "听取秋粮收购准备情况汇报，研究部署安全度汛收尾、城区燃气管网改造等工作",
      "湖南日报·新湖南客户端9月17日讯（通讯员 易　晴）9月16日下午，市委副书记、市长谭书勤主持召开市政府",
      "第41次常务会议。副市长彭立新出席会议。",
    ].join("\n"));
    expect(m.meeting?.date).toMatchObject({ text: "9月16日下午", timeOfDay: "下午" });
    expect(m.meeting?.sessionNumber).toBe(41);
  });

  it("takes a day after a dateline (…1月24日讯(记者 …)23日上午) from the page's byline date glued to its source", () => {
    const m = parse([
      "市政府召开第3次常务会议 研究部署一季度经济运行等工作",
      "",
      "2016-01-24 10:04:00来源:汶阳日报作者:",
      "",
      "    汶阳新闻网1月24日讯(记者 盛坤 俊杰)23日上午,市委副书记、市长孟庆和主持召开市政府第3次常务会议,研究部署一季度经济运行等工作。",
      "",
      "    副市长于洪涛、张晓梅出席会议。",
    ].join("\n"));
    expect(m.disclosure?.publishDate).toBe("2016-01-24");
    expect(m.meeting?.date).toMatchObject({ text: "23日上午", iso: "2016-01-23", timeOfDay: "上午" });
    expect(m.meeting?.chair).toMatchObject({ name: "孟庆和", title: "市委副书记、市长" });
  });

  it("leaves a dateline's day alone when the page date is more than a week later", () => {
    const m = parse([
      "市政府召开第3次常务会议",
      "2016-02-24 10:04:00来源:汶阳日报",
      "汶阳新闻网讯(记者 盛坤)13日上午,市长孟庆和主持召开市政府第3次常务会议。",
    ].join("\n"));
    expect(m.meeting?.date.iso).toBeNull();
  });

  it("takes a headline led by the year of its session count for the title, not the opening (2020年第6次县政府常务会召开)", () => {
    const m = parse(["2020年第6次县政府常务会召开", "", "【全媒体记者 柯明亮】4月7日，县委副书记、县长饶志平在县委小礼堂主持召开2020年第6次县政府常务会议。县领导甘卫东、舒雅琴出席会议。"].join("\n"));
    expect(m.title).toBe("2020年第6次县政府常务会召开");
    expect(m.meeting?.chair).toMatchObject({ name: "饶志平" });
  });

  it("takes a bare date line under an account's short name for the publish date (文摘⏎2025-03-15 21:06)", () => {
    const m = parse(["白玉主持召开哈达图旗政府2025年第5次常务会议", "文摘", "2025-03-15 21:06", "内蒙古", "14日，旗委副书记、政府旗长白玉主持召开哈达图旗政府2025年第5次常务会议。"].join("\n"));
    expect(m.disclosure?.publishDate).toBe("2025-03-15");
    expect(m.meeting?.date.iso).toBe("2025-03-14");
  });

  it("reads 应邀出席会议并讲话 and 共同出席 as verbs, and a chair named bare by the title the sentence gave before", () => {
    const a = parse([
      "县政府召开第十九次常务会议",
      "5月16日上午，县委副书记、县长吴海峰主持召开县政府第十九次常务会议。县委书记朱晓斌应邀出席会议并讲话，县领导赵福林、殷跃明出席会议。",
    ].join("\n"));
    expect(a.meeting?.invitedAttendees.map((p) => p.name)).toEqual(["朱晓斌"]);
    expect(a.meeting?.attendees.map((p) => p.name)).toEqual(["赵福林", "殷跃明"]);
    const b = parse([
      "县政府召开第九次常务会议",
      "本报讯 3月27日下午，市委常委、县委书记江海涛，县委副书记、县长汪卫东共同出席县政府第九次常务会议，汪卫东主持会议。县领导黄立新、周晓燕参加会议。",
    ].join("\n"));
    expect(b.meeting?.attendees.map((p) => p.name)).toEqual(["江海涛", "汪卫东", "黄立新", "周晓燕"]);
    expect(b.meeting?.chair).toMatchObject({ name: "汪卫东", title: "县委副书记、县长" });
  });

  it("reads a page's date row whose first cells the lexer does not know (2023-05-17 16:00:51 编辑: … 审核人:… 阅读次数:…) and 信息时间", () => {
    const a = parse(["县政府召开第十九次常务会议", "2023-05-17 16:00:51 编辑: 杨玉洁 审核人:叶玲 阅读次数:1873 |", "5月16日上午，县长吴海峰主持召开县政府第十九次常务会议。"].join("\n"));
    expect(a.disclosure.publishDate).toBe("2023-05-17");
    expect(a.meeting?.date.iso).toBe("2023-05-16");
    const b = parse(["县政府召开第31次常务会议", "来源: 中国棠阴网    信息时间:2022-08-22     阅读次数:", "8月19日上午，县长李明主持召开县政府第31次常务会议。"].join("\n"));
    expect(b.disclosure.publishDate).toBe("2022-08-22");
    expect(b.meeting?.date.iso).toBe("2022-08-19");
  });

  it("drops a channel's name and column tag before a headline (V视 | 【政务动态】…)", () => {
    const m = parse(["V视 | 【政务动态】云溪县政府召开2025年第7次常务会议", "", "4月9日上午，县长张远征主持召开2025年第7次县政府常务会议。"].join("\n"));
    expect(m.title).toBe("云溪县政府召开2025年第7次常务会议");
  });

  it("reads a WeChat copy's emoji before its column (🔥要闻 | …) and before its numbered items (🔸一、…)", () => {
    const m = parse(["🔥要闻 | 区政府第45次常务会议召开", "", "3月5日上午，区长李明主持召开区政府第45次常务会议。", "🔸一、审议《政府工作报告》（修改稿）", "会议原则通过。", "🔸二、研究粮食和物资储备工作", "会议同意。"].join("\n"));
    expect(m.title).toBe("区政府第45次常务会议召开");
    expect(m.topics.map((t) => t.heading)).toEqual(["审议《政府工作报告》（修改稿）", "研究粮食和物资储备工作"]);
  });

  it("reads 因公缺席的有： as a list of absentees inside the meeting's sentence", () => {
    const m = parse(["芩墨区人民政府第十四次常务会议纪要", "2008年5月20日上午,区长晁敏主持召开区政府第十四次常务会议。出席会议的有:晁敏、杭永庆;应邀出席的有:区人大常委会副主任沃建平;因公缺席的有:褚海涛。现将会议议定事项纪要如下:", "一、关于防汛", "会议同意。"].join("\n"));
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["褚海涛"]);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["晁敏", "杭永庆"]);
  });

  it("reads 出席会议的县领导有： over names one a line, and a mobile page's bare date under the headline's subtitle and 来源", () => {
    const a = parse(["县政府召开常务会议", "5月6日上午，县长李明主持召开县政府第16次常务会议。", "出席会议的县领导有：", "严家栋", "林秀珍", "", "县直有关部门主要负责人列席会议。"].join("\n"));
    expect(a.meeting?.attendees.map((p) => p.name)).toEqual(["严家栋", "林秀珍"]);
    const b = parse(["学习强国", "", "韦兴主持召开县长办公会议", "安排部署重点工作任务", "", "来源：洛岑县融媒体中心", "2022-12-06", "作者：郭盈", "", "12月5日上午，县委副书记、县长韦兴主持召开县长办公会议。"].join("\n"));
    expect(b.disclosure.publishDate).toBe("2022-12-06");
    expect(b.meeting?.date.iso).toBe("2022-12-05");
  });

  it("takes no line in another script for the headline (a site's name in Tibetan)", () => {
    const m = parse(["ཆུ་རྫོང་ཁུལ།", "首页 >> 政务公开 >> 常务会议", "• 标 题：卓玛才让主持召开州政府第33次常务会议", "", "6月3日上午，州长卓玛才让主持召开州政府第33次常务会议。"].join("\n"));
    expect(m.title).toBe("卓玛才让主持召开州政府第33次常务会议");
  });

  it("takes a video page's player bar and caption for chrome, and a party group's meeting (区政府党组召开会议) for another meeting", () => {
    const a = parse(["县政府召开第十七次常务会议", "2024-06-14 20:15:32　来源：沅坪县融媒体中心　播放：3562次", "▶ 00:00 / 03:26　　　　标清 ∨　全屏", "视频：县政府召开第十七次常务会议（时长3分26秒）", "[视频播放器]　00:00 / 02:48　　播放量：1.2万", "6月14日上午，县政府召开第十七次常务会议，研究部署防汛救灾等工作。"].join("\n"));
    expect(a.chrome.map((c) => c.text.slice(0, 6))).toEqual(["▶ 00:0", "视频：县政府", "[视频播放器"]);
    expect(a.meeting?.date).toMatchObject({ iso: "2024-06-14", timeOfDay: "上午" });
    const b = parse([
      "詹立平主持召开区政府党组会议和区政府第22次常务会议",
      "12月8日上午，区政府党组召开会议，传达学习中央经济工作会议精神。区委副书记、区长、区政府党组书记詹立平主持会议。",
      "当天下午，区委副书记、区长詹立平主持召开区政府第22次常务会议，研究部署相关工作。",
    ].join("\n"));
    expect(b.meeting?.date.timeOfDay).toBe("下午");
    expect(b.meeting?.chair).toMatchObject({ name: "詹立平", title: "区委副书记、区长" });
  });

  it("takes no comment counter (0) alone on its line for a numbered topic", () => {
    const m = parse(["青白区政府召开第128次常务会议", "2月9日上午，区长李明主持召开区政府第128次常务会议，审议通过了《关于…的请示》。", "", "(0)", "", "相关阅读"].join("\n"));
    expect(m.topics).toEqual([]);
  });

  it("takes no word before 主持 for the chair's name (随后，继续主持召开…)", () => {
    const m = parse(["县政府召开第十九次常务会议", "9月7日上午，县委副书记、县长齐鸿飞主持召开县政府党组会议，传达学习有关会议精神。随后，继续主持召开县政府第十九次常务会议。"].join("\n"));
    expect(m.meeting?.chair?.name).toBe("齐鸿飞");
  });
});

describe("a people's congress site's news item", () => {
  it("takes the headline, not the site's banner naming the organ (澜禾县人大常委会), for the title", () => {
    const m = parse([
      "澜禾县人大常委会",
      "您现在的位置:首页 > 会议专题 > 常委会会议 > 十八届六次",
      "",
      "澜禾县十八届人大常委会举行第六次会议",
      "",
      "2022-06-28   来源:县人大常委会研究室",
      "",
      "    6月28日,县十八届人大常委会举行第六次会议。县人大常委会副主任卜立华主持会议。",
    ].join("\n"));
    expect(m.title).toBe("澜禾县十八届人大常委会举行第六次会议");
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
  });
});

describe("a headline that is the opening's sentence", () => {
  it("is the title over the page's date row and the text's own opening, and dates a meeting whose text lost its 年/月/日", () => {
    const m = parse([
      "当前位置:",
      "2026年1月19日下午,区委副书记、区长邵立强主持召开区政府常务会议",
      "来源:上海市闵桥区人民政府  发布时间:2026年2月10日",
      "",
      "2026119下午区委副书记、区长邵立强主持召开区政府常务会议。",
      "",
      "会议听取了区发展改革委关于营商环境行动方案的情况汇报。",
    ].join("\n"));
    expect(m.title).toBe("2026年1月19日下午,区委副书记、区长邵立强主持召开区政府常务会议");
    expect(m.meeting?.date).toMatchObject({ iso: "2026-01-19", timeOfDay: "下午" });
    expect(m.meeting?.chair).toMatchObject({ name: "邵立强", title: "区委副书记、区长" });
  });
});

describe("pages of news reports (round 281)", () => {
  it("reads a date row ended by the editor's credit alone as the publish date (2022-10-09 15:32:18　编辑：王雪)", () => {
    for (const gap of ["\u3000", "  ", " "]) {
      const m = parse(`穆河市人民政府召开八届十一次常务会议\n2022-10-09 15:32:18${gap}编辑：王雪\n10月8日，市长张洪博主持召开市政府八届十一次常务会议。`);
      expect(m.disclosure.publishDate).toBe("2022-10-09");
      expect(m.meeting?.date.iso).toBe("2022-10-08");
    }
  });

  it("adds nobody for related units joined to named attendees (…温海涛及相关单位参加会议)", () => {
    const m = parse("穆河市召开常务会议\n10月8日，市长张洪博主持召开市政府第11次常务会议，副市长李云鹏、李峰远、温海涛及相关单位参加会议。");
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["李云鹏", "李峰远", "温海涛"]);
  });

  it("reads the place written before the one who chaired the meeting there (在…会议室由副区长…主持召开)", () => {
    const m = parse("潭峡区重点工程项目建设推进协调会会议纪要\n2025年2月26日上午在区住建局三楼会议室由副区长岑卓然主持召开潭峡区重点工程项目建设推进协调会，区住建局殷国强参加会议。");
    expect(m.meeting?.place).toBe("区住建局三楼会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "岑卓然", title: "副区长" });
  });

  it("takes a page's 返回顶部 link for no title", () => {
    const m = parse("返回顶部\n\n云口县人民政府2023年政府信息公开工作年度报告\n\n一、总体情况\n2023年，县政府召开常务会议18次，研究议题96个。");
    expect(m.title).toBe("云口县人民政府2023年政府信息公开工作年度报告");
  });

  it("splits a name from the town it follows (城关镇卜家明, 城关街道卜家明)", () => {
    const m = parse("测试县常务会议纪要\n3月5日上午，县长张伟主持召开县政府第5次常务会议。\n参加：县商务局仇海燕，城关镇卜家明，城关街道柏文静，县住建局甘卫国");
    expect(m.meeting?.attendees.map((p) => [p.title, p.name])).toEqual([["县商务局", "仇海燕"], ["城关镇", "卜家明"], ["城关街道", "柏文静"], ["县住建局", "甘卫国"]]);
  });
});

describe("city pages (round 281–282)", () => {
  it("steps over a 全体班子成员 group and a 高新区's 相关负责人 to a titled person before them (…上校部长李召明，…列席会议)", () => {
    const m = parse("竹岭市召开常务会议\n3月5日上午，市长张伟主持召开市政府第5次常务会议。\n市人武部上校部长李召明，竹岭高新区、清平产业园相关负责人，市政府办公室全体班子成员，市委目标办、市财政局主要负责同志列席会议。");
    expect(m.meeting?.observers.map((p) => [p.title, p.name])).toEqual([["市人武部上校部长", "李召明"]]);
  });

  it("reads a list's lines opened by a title and a colon, and a column row's padded title (市政府副秘书长：赵俊峰、李春雨; 冯振江　市　长)", () => {
    const m = parse([
      "泺安市人民政府第十二次常务会议纪要",
      "3月29日上午，市长冯振江主持召开市政府第十二次常务会议。",
      "出席人员：",
      "　　冯振江　市　长",
      "　　高立新　常务副市长",
      "　　田秀梅　副市长",
      "列席人员：",
      "　　市政府副秘书长：赵俊峰、李春雨",
      "　　市政府办公室副主任：孙　亮",
      "　　市发改局、市财政局主要负责同志",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => [p.title, p.name])).toEqual([["市长", "冯振江"], ["常务副市长", "高立新"], ["副市长", "田秀梅"]]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["赵俊峰", "李春雨", "孙亮"]);
    expect(m.meeting?.observers[0]?.title).toBe("市政府副秘书长");
    // (So with the name unpadded above the group's line: …副主任：孙亮⏎市发改局、….)
    const unpadded = parse(["泺安市人民政府第十二次常务会议纪要", "3月29日上午，市长冯振江主持召开市政府第十二次常务会议。", "列席人员：", "　　市政府副秘书长：赵俊峰、李春雨", "　　市政府办公室副主任：孙亮", "　　市发改局、市财政局主要负责同志"].join("\n"));
    expect(unpadded.meeting?.observers.map((p) => p.name)).toEqual(["赵俊峰", "李春雨", "孙亮"]);
  });

  it("names a chair the opening gives by title alone from a later sentence (县长主持召开… 县长苗书澜指出)", () => {
    const m = parse([
      "县政府召开第22次常务会议",
      "11月5日下午，县长主持召开县政府第22次常务会议。县领导晁文斌、郜雅婷参加会议。",
      "会议审议了《岫岭县2025年县级部门预算编制工作方案》。",
      "就做好年末各项工作，县长苗书澜指出，当前已进入年末冲刺阶段。",
    ].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "苗书澜", title: "县长" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["晁文斌", "郜雅婷"]);
  });

  it("takes the time of day from the opening below a summary that leaves it out (内容概述: 二〇二四年十二月十八日，…)", () => {
    const m = parse([
      "云潭县人民政府第三十一次常务会议纪要",
      "内容概述：",
      "二〇二四年十二月十八日，县长聂文远主持召开县政府第三十一次常务会议，研究冬季供暖保障等事项。",
      "",
      "云潭县人民政府第三十一次常务会议纪要",
      "二〇二四年十二月十八日下午，县长聂文远在县政府五楼会议室主持召开县政府第三十一次常务会议。会议研究了以下事项：",
      "1.冬季供暖保障工作。会议听取了县住建局关于城区集中供暖运行情况的汇报。",
    ].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2024-12-18", timeOfDay: "下午" });
  });
});

describe("news pages (round 286–288)", () => {
  it("reads a date line with its time glued on as the publish date (2011年06月14日15:05)", () => {
    const m = parse("潞禾县人民政府2011年第5次常务会议纪要\n\n来源：潞禾县政府办公室\n2011年06月14日15:05\n\n　　6月10日，县长郦国安主持召开2011年第5次县政府常务会议。");
    expect(m.disclosure.publishDate).toBe("2011-06-14");
    expect(m.meeting?.date.iso).toBe("2011-06-10");
  });

  it("takes a breadcrumb saved as a numbered list for chrome, not topics (1. 您现在的位置：首页⏎2. 时政要闻⏎3. …)", () => {
    const m = parse([
      "舒岭县融媒体中心",
      "  1. 您现在的位置：首页",
      "  2. 时政要闻",
      "  3. 程秀梅主持召开县政府第四次常务会议",
      "程秀梅主持召开县政府第四次常务会议",
      "发布时间：2020年03月06日 09:00",
      "3月5日，县政府召开第四次常务会议。汪德胜、姚云松同志参加会议。",
    ].join("\n"));
    expect(m.diagnostics.map((d) => d.code)).not.toContain("not-minutes");
    expect(m.title).toBe("程秀梅主持召开县政府第四次常务会议");
    expect(m.topics).toEqual([]);
    expect(m.meeting).toMatchObject({ sessionNumber: 4, chair: { name: "程秀梅" } });
  });

  it("names a chair the opening gives by title alone from the one name that speaks later (县长主持召开… 徐茂林强调)", () => {
    const m = parse([
      "县政府第118次常务会议召开",
      "4月15日，县长主持召开县政府第118次常务会议。县政府领导参加。",
      "会议传达了有关文件精神。徐茂林强调，要进一步提高政治站位。",
      "徐茂林要求，各相关部门要加强沟通协作。",
    ].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "徐茂林", title: "县长" });
  });
});

describe("a chair who held the meeting by video (round 306)", () => {
  it("reads the chair before 通过视频连线方式主持召开", () => {
    const m = parse("依鹿县召开县政府常务会议\n6月10日，县委副书记、县长张焱辉通过视频连线方式主持召开十八届县政府第七次常务会议。");
    expect(m.meeting?.chair).toMatchObject({ name: "张焱辉", title: "县委副书记、县长" });
  });
});

describe("a chair before the place and a comma (round 307)", () => {
  it("reads 区长蒋承志在…会议室，主持召开…", () => {
    const m = parse("宁西区人民政府2021年度第5次常务会议纪要\n3月5日上午，区长蒋承志在宁西科技促进中心2306会议室，主持召开区政府2021年度第5次常务会议。纪要如下：\n一、会议审议了《实施方案》\n会议同意。");
    expect(m.meeting?.chair).toMatchObject({ name: "蒋承志", title: "区长" });
    expect(m.meeting?.place).toBe("宁西科技促进中心2306会议室");
  });
});

describe("a place told after the meeting's clause, and reasons after dashes", () => {
  it("reads the place before what was done there (…第33次常务会议，在县政府四楼会议室研究了以下事项) and each absentee before a reason after a dash, the next name a U+3000 on", () => {
    const m = parse([
      "城水县人民政府第33次常务会议纪要",
      "  2022年11月7日下午，县委副书记、县长邵建华主持召开县人民政府第33次常务会议，在县政府四楼会议室研究了以下事项：",
      "  一、关于春耕",
      "  会议同意。",
      "  请假：丁一鸣——出差　吴春燕——参加省委党校学习",
    ].join("\n"));
    expect(m.meeting?.place).toBe("县政府四楼会议室");
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["丁一鸣", "吴春燕"]);
    // (A reason after a comma-separated name reads as before.)
    expect(parse(["城水县人民政府常务会议纪要", "2022年11月7日下午，县长邵建华主持召开县人民政府常务会议。", "一、关于春耕", "会议同意。", "请假：郝伟——出差，苗　娟——参加省政府培训"].join("\n")).meeting?.absentees.map((p) => p.name)).toEqual(["郝伟", "苗娟"]);
  });
});

describe("a video meeting's main venue, a dateline's same day, a headline's piped column, a piped date cell (pending solved 4)", () => {
  it("reads the main venue of a video meeting as its place (…，区政府三楼视频会议室设主会场，各镇设分会场)", () => {
    const m = parse([
      "赤山区召开区政府第31次常务会议",
      "3月21日晚，赤山区以视频会议形式召开区政府第31次常务会议，区政府三楼视频会议室设主会场，各镇（街道）设分会场。区委副书记、区长周振邦主持会议并讲话。",
    ].join("\n"));
    expect(m.meeting?.place).toBe("区政府三楼视频会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "周振邦", title: "区委副书记、区长" });
  });

  it("dates the meeting by the dateline when the report tells of that day (4月28日讯(记者…)今天下午), the year from the page's update time", () => {
    const m = parse([
      "区政府召开十六届十六次常务会议 章立峰主持会议",
      "",
      "更新时间:2020-04-29 08:27:43    内容来源:   ",
      "",
      "  潇浦网4月28日讯(记者刘舒晴)今天下午，区政府召开十六届十六次常务会议。听取我区一季度经济运行情况的汇报。",
    ].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2020-04-28", timeOfDay: "下午" });
    // (A dateline followed by another day is the report's, not the meeting's.)
    const other = parse(["区政府召开第16次常务会议", "更新时间:2020-04-29 08:27:43", "潇浦网4月28日讯(记者刘舒晴)4月27日下午，区政府召开第16次常务会议。"].join("\n"));
    expect(other.meeting?.date).toMatchObject({ iso: "2020-04-27", timeOfDay: "下午" });
  });

  it("leaves a site's column after a piped headline out of the title (…第17次常务会议|潆浦县政府常务会议)", () => {
    const m = parse([
      "潆浦县召开县政府第17次常务会议|潆浦县政府常务会议",
      "发布时间:2022-08-26 来源: 政务动态 点击:",
      "8月24日上午，县委副书记、县长卓海鹰主持召开县政府第17次常务会议，研究部署防汛救灾工作。",
    ].join("\n"));
    expect(m.title).toBe("潆浦县召开县政府第17次常务会议");
  });

  it("reads the page's date in the last cell of a piped source row (来源：… | 作者：… | 2025-05-30) as the publish date", () => {
    const m = parse([
      "县政府常务会议召开",
      "",
      "来源：宣家乡音报 | 作者：县融媒体中心记者组 | 2025-05-30",
      "",
      "本报讯 5月23日，县长郑启航主持召开县政府2025年第16次常务会议。",
    ].join("\n"));
    expect(m.disclosure.publishDate).toBe("2025-05-30");
    expect(m.disclosure.fields.find((f) => f.label === "作者")?.value).toBe("县融媒体中心记者组");
    expect(m.meeting?.date.iso).toBe("2025-05-23");
  });
});

describe("an e-paper's narrow column, an app's name over a year-led headline, a meeting that conveyed a standing meeting (round 336)", () => {
  const column = [
    "柳巷日报数字报",
    "2020年10月16日　星期五　　第01版：要闻",
    "",
    "区政府召开五届64次常务会议",
    "研究部署四季度经济工作等事项",
    "",
    "　　本报讯（记者 胡晓岚 通讯员 闵",
    "超）10月15日下午，区委副书记、区",
    "长尹建国主持召开区五届政府第64次",
    "常务会议，传达学习全市三季度经济",
    "形势分析会精神，听取全区前三季度",
    "经济运行情况汇报，研究部署四季度",
    "重点工作。区领导侯振东、鲍春燕、",
    "单立峰、萧文静、钟海洋出席会议，",
    "区人大常委会副主任裴宏亮应邀出席",
    "会议，副区长柴秋平因公请假。区政",
    "府办公室主任诸葛明、区发改局局长",
    "邬晓丹、区统计局局长殷晨列席会议。",
    "　　会议指出，今年以来，全区上下",
    "统筹推进疫情防控和经济社会发展，",
    "主要经济指标逐季回升、稳中向好。",
    "四季度是决战全年目标的关键期，各",
    "街道、各部门要紧盯目标不放松，抓",
    "紧抓实项目建设、招商引资、稳企惠",
    "企等重点工作，全力以赴冲刺全年目",
    "标任务。",
  ];

  it("reads a column hard-wrapped at 16 characters as its sentences, the headline and its subtitle apart", () => {
    const m = parse(column.join("\n"));
    expect(m.title).toBe("区政府召开五届64次常务会议");
    expect(m.meeting?.date).toMatchObject({ iso: "2020-10-15", timeOfDay: "下午" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["侯振东", "鲍春燕", "单立峰", "萧文静", "钟海洋"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["诸葛明", "邬晓丹", "殷晨"]);
    // (The same headline over a few short lines is no column: lines of a list stay apart.)
    const short = parse(["区政府召开五届64次常务会议", "研究部署四季度经济工作等事项", "", "10月15日下午，区长尹建国主持召开区五届政府第64次常务会议。"].join("\n"));
    expect(short.title).toBe("区政府召开五届64次常务会议");
  });

  it("takes a headline led by its session count's year (…常务会召开) over an app's name above it", () => {
    const m = parse([
      "云上桃水",
      "首页 > 桃水要闻 > 正文",
      "",
      "2023年第7次县政府常务会召开",
      "",
      "发布时间：2023-04-12 08:31　　来源：桃水县融媒体中心",
      "",
      "【全媒体记者 周　洁】4月11日，县委副书记、县长刘卫东在县委小礼堂主持召开2023年第7次县政府常务会议。",
    ].join("\n"));
    expect(m.title).toBe("2023年第7次县政府常务会召开");
    expect(m.meeting?.sessionNumber).toBe(7);
  });

  it("flags a department's meeting that conveyed a standing meeting's spirit as not minutes", () => {
    const m = parse([
      "县教育局传达学习县政府第23次常务会议精神",
      "",
      "来源：县教育局　　发布时间：2024-11-21 10:05",
      "",
      "　　11月20日下午，县教育局召开党组（扩大）会议，传达学习县十八届人民政府第23次常务会议精神，研究部署贯彻落实措施。局党组书记、局长蒋文翰主持会议并讲话。",
    ].join("\n"));
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
    expect(m.meeting).toBeNull();
    // (A standing meeting that itself conveyed another's is still minutes.)
    const held = parse(["县政府召开第23次常务会议", "", "11月20日下午，县长蒋文翰主持召开县政府第23次常务会议，传达学习国务院常务会议精神。"].join("\n"));
    expect(held.diagnostics.map((d) => d.code)).not.toContain("not-minutes");
    expect(held.meeting?.sessionNumber).toBe(23);
  });
});

describe("an e-paper's edition line right above the lead, no blank line between (wuxiu-2024-52)", () => {
  it("keeps 梧岫日报　2024-09-14　第A1版 out of the opening: the meeting's date is the lead's", () => {
    const m = parse([
      "梧岫新闻网 > 梧岫要闻",
      "葛文斌主持召开市政府第52次常务会议",
      "梧岫日报　　2024-09-14　　第A1版",
      "　　9月13日下午，市长葛文斌主持召开市政府第52次常务会议，传达学习省政府常务会议精神，研究城区老旧小区改造等事项。",
      "　　会议审议并原则同意《梧岫市2024年城区老旧小区改造实施计划》。",
      "　　副市长阚青松、周明霞出席会议。",
    ].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2024-09-13", timeOfDay: "下午" });
    expect(m.meeting?.sessionNumber).toBe(52);
  });
});

describe("an app's share page, its account row above the headline (汾桥新闻 | 2022-12-07 09:15 | 阅读 1.2万)", () => {
  it("reads the post's date as the page's publish date, and the meeting's year from it", () => {
    const m = parse(["汾川融媒", "汾川新闻 | 2022-12-07 09:15 | 阅读 1.2万", "", "王建国主持召开县政府2022年第23次常务会议", "", "12月5日下午，县长王建国主持召开县政府常务会议，研究有关事项。县领导盖永华、王建斌参加会议。"].join("\n"));
    expect(m.disclosure.publishDate).toBe("2022-12-07");
    expect(m.meeting?.date.iso).toBe("2022-12-05");
  });
});


describe("a news report's byline without labels (round 412)", () => {
  const page = (byline: string) => parse(["县政府召开第5次常务会议", byline, "6月3日上午，县长王明主持召开县政府第5次常务会议。会议听取了县财政局关于预算执行情况的汇报。"].join("\n"));
  it.each([
    ["澄沙区人民政府网　2024-06-05　来源：澄沙融媒", "2024-06-05"],
    ["2020-06-24 07:58　枫岭日报　　　　　　　　[大][中][小]", "2020-06-24"],
    ["2024-07-02 | 潞阳融媒", "2024-07-02"],
    ["[2021-12-20]", "2021-12-20"],
    ["【来源：梧丘县融媒体中心】【2022-06-05】【作者：甘露】", "2022-06-05"],
    ["2024-06-11 17:45　榆坪县人民政府办公室", "2024-06-11"],
  ])("reads the page's date in %s", (byline, date) => {
    const m = page(byline);
    expect(m.disclosure.publishDate).toBe(date);
    expect(m.meeting?.date.iso).toBe(`${date.slice(0, 4)}-06-03`);
  });
});

describe("news pages, more forms (round 429)", () => {
  const LEAD = "　　5月20日上午，县长贝文彬在县行政中心六楼会议室主持召开县政府第二十一次常务会议。";
  const page = (head: string[], body: string[] = []) => parse(["栖梧县人民政府", ...head, LEAD, ...body, "　　会议要求，要压紧压实防汛责任。"].join("\n"));
  it.each([
    ["[2024-08-03]　　桐湾区政府办公室　　阅读：617次", "2024-08-03"],
    ["2024-05-21　县政府办　阅读：318", "2024-05-21"],
    ["【2023-10-10】【区政府办】【字体：大 中 小】", "2023-10-10"],
    ["来源：县政府办 | 2024-07-06 | 阅读 1024", "2024-07-06"],
  ])("reads the byline %s as the publish date", (byline, date) => {
    expect(page(["", "县政府召开第二十一次常务会议", byline, ""]).disclosure.publishDate).toBe(date);
  });
  it("joins a headline cut inside its session count, and takes the year of the account's row below it", () => {
    const m = parse(["今日头条", "", "欧阳振华主持召开区政府第", "29次常务会议", "", "泽岗发布", "2024-09-11 08:30 · 泽岗区融媒体中心官方账号", "", "　　9月10日下午，区长欧阳振华主持召开区政府第29次常务会议。", "　　会议要求抓好安全生产。"].join("\n"));
    expect(m.title).toBe("欧阳振华主持召开区政府第29次常务会议");
    expect(m.meeting?.date.iso).toBe("2024-09-10");
    expect(page(["", "县长贝文彬主持召开县政府第二十", "一次常务会议", "2024-05-21　县政府办　阅读：318", ""]).title).toBe("县长贝文彬主持召开县政府第二十一次常务会议");
  });
  it("reads a place before 以视频方式主持召开, an absence 在外出差, invited observers after 会议邀请", () => {
    const m = parse(["区政府召开第33次常务会议", "　　10月9日下午，区长阎振宇在区应急指挥中心以视频方式主持召开区政府第33次常务会议。副县长宫晓明在外出差未出席。会议邀请县人大代表温春华、县政协委员郜建新列席。", "　　会议要求抓好安全生产。"].join("\n"));
    expect(m.meeting?.place).toBe("区应急指挥中心");
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["宫晓明"]);
    expect(m.meeting?.invitedObservers.flatMap((g) => g.people.map((p) => p.name))).toEqual(["温春华", "郜建新"]);
  });
  it("splits reports named without their ending (…经济运行情况、县审计局关于…整改情况)", () => {
    const m = page(["", "县政府召开第二十一次常务会议", ""], ["　　会议书面通报了县统计局关于上半年全县经济运行情况、县审计局关于2023年度县本级预算执行审计整改情况。"]);
    expect(m.writtenReports.map((r) => [r.proposer, r.subject])).toEqual([
      ["县统计局", "上半年全县经济运行情况"],
      ["县审计局", "2023年度县本级预算执行审计整改情况"],
    ]);
  });
  it("takes a 一图读懂 page on a policy the meeting passed for no minutes", () => {
    const m = parse(["岫川县人民政府", "当前位置：首页 > 政务公开 > 政策解读 > 图文解读", "", "一图读懂《岫川县城区生活垃圾分类管理办法》", "发布时间：2024-07-09　来源：县城市管理局", "", "　　7月5日上午，县长祁振南主持召开县政府第24次常务会议，审议通过了《岫川县城区生活垃圾分类管理办法》。", "　　一、为什么要出台《办法》？", "　　城区生活垃圾产生量逐年增长。"].join("\n"));
    expect(m.diagnostics.map((d) => d.code)).toContain("not-minutes");
  });
});

describe("news headlines (rounds 444 and 450: tangxi, huangxi, chuyuan, lize, puling, tangli, zhishan)", () => {
  const BODY = ["", "　　2月25日下午，县长滕振宇主持召开县政府第14次常务会议。", "　　会议听取了县发改局关于项目建设的汇报。"];
  it("joins a headline cut where it goes on: after 召开, after a 、, before 暨", () => {
    const cases: [string[], string][] = [
      [["县委副书记、县长滕振宇主持召开", "县政府第14次常务会议"], "县委副书记、县长滕振宇主持召开县政府第14次常务会议"],
      [["县委副书记、县长钟立华主持召开县", "政府第四十二次常务会议"], "县委副书记、县长钟立华主持召开县政府第四十二次常务会议"],
      [["楮源市召开市政府2025年第4次常务会议，研究部署春耕生产、", "城市更新等工作"], "楮源市召开市政府2025年第4次常务会议，研究部署春耕生产、城市更新等工作"],
      [["【聚焦】笠泽县召开2024年全县安全生产", "暨消防工作会议"], "笠泽县召开2024年全县安全生产暨消防工作会议"],
    ];
    for (const [lines, title] of cases) expect(parse([...lines, ...BODY].join("\n")).title, lines[0]).toBe(title);
    // (A complete headline's subtitle stays out of it.)
    expect(parse(["县委副书记、县长滕振宇主持召开县政府第14次常务会议", "研究部署春耕生产等工作", ...BODY].join("\n")).title).toBe("县委副书记、县长滕振宇主持召开县政府第14次常务会议");
  });

  it("reads a headline after a column's tag behind a pipe or a 【视频】 tag without the tag", () => {
    for (const line of ["图文｜蒲岭市政府召开2025年第8次常务会议", "聚焦 | 蒲岭市政府召开2025年第8次常务会议", "【视频】蒲岭市政府召开2025年第8次常务会议"]) {
      expect(parse(["蒲岭发布", "", line, ...BODY].join("\n")).title, line).toBe("蒲岭市政府召开2025年第8次常务会议");
    }
    // (A video player's line is still the page's chrome.)
    expect(parse(["蒲岭市政府召开2025年第8次常务会议", "[视频] 01:46", ...BODY].join("\n")).chrome.map((c) => c.text)).toContain("[视频] 01:46");
  });
});

describe("a meeting the standing meeting decided on, in a news page's body (round 467: shiwan, lanfeng, binping)", () => {
  it("keeps the attendance and chair told after a sentence that plans another meeting", () => {
    for (const plan of ["整合方案涉及的班子组建事项，同意由冯晓岚同志主持召开专题会议另行研究。", "会议决定，由常务副县长廖春生主持召开全县森林防火专题会议，进一步细化防控措施。", "会议同意于4月中旬召开全区优化营商环境大会，由区委常委、常务副区长聂文韬具体筹备。"]) {
      const m = parse(["区政府召开第27次常务会议", "　　3月5日上午，区政府召开第27次常务会议。", `　　会议听取了区发改局关于营商环境的汇报。${plan}`, "　　会议由区长骆永康主持。区领导冯晓岚、唐振华出席会议。区人大常委会副主任庞国栋应邀出席会议。"].join("\n"));
      expect(m.meeting?.chair?.name, plan).toBe("骆永康");
      expect(m.meeting?.attendees.map((p) => p.name), plan).toEqual(["冯晓岚", "唐振华"]);
      expect(m.meeting?.invitedAttendees.map((p) => p.name), plan).toEqual(["庞国栋"]);
    }
  });
});

describe("the standing meeting told the same evening (round 451: fengtai, qingtan)", () => {
  it("takes the time of day of 当晚, 当日傍晚 and 同日晚 after another meeting's date", () => {
    for (const [when, time] of [["当晚", "晚"], ["当日傍晚", "傍晚"], ["同日晚", "晚"]] as const) {
      const m = parse(["青潭县召开县政府第9次常务会议", `　　3月14日下午，县长王明主持召开县政府党组会议。${when}，县政府召开第9次常务会议，县长王明主持会议。`].join("\n"));
      expect(m.meeting?.date, when).toMatchObject({ timeOfDay: time });
      expect(m.meeting?.sessionNumber, when).toBe(9);
    }
  });
});
