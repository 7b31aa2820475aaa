import { describe, it, expect } from "vitest";
import { looksLikeName, splitNames, splitTitleName, TITLE_ROLE } from "../../../src/build/values/names.js";

describe("splitNames", () => {
  it("keeps a compound title's parts with its person where 、 separates the titles (区委副书记、区长　黎志强)", () => {
    expect(splitNames("区委副书记、区长　黎志强；常务副区长　濮　阳；副区长　沐红英、巴晓峰")).toEqual(["区委副书记、区长黎志强", "常务副区长濮阳", "副区长沐红英", "巴晓峰"]);
    expect(splitNames("县委常委、常务副县长李文华，副县长王强")).toEqual(["县委常委、常务副县长李文华", "副县长王强"]);
    expect(splitNames("黎志强、濮阳、沐红英")).toEqual(["黎志强", "濮阳", "沐红英"]);
    // (Not where the item after 、 holds two people: a name, then the next title and name.)
    expect(splitNames("区政府办公室主任、陆海燕 区发展改革局局长　莫振宇")).toEqual(["区政府办公室主任", "陆海燕", "区发展改革局局长莫振宇"]);
  });

  it("re-joins two-character names padded with a blank (wuxing-2022-13)", () => {
    expect(splitNames("陈 杰 陶厦峰 余胜奎 宋振强 朱平学")).toEqual(["陈杰", "陶厦峰", "余胜奎", "宋振强", "朱平学"]);
    expect(splitNames("潘 帆 周兴强")).toEqual(["潘帆", "周兴强"]);
    // A title, a blank, then its name: one item.
    expect(splitNames("区人大常委会副主任　冯德明，区政协副主席　吴淑仪")).toEqual(["区人大常委会副主任冯德明", "区政协副主席吴淑仪"]);
    expect(splitNames("郭欢欢 沈忠明 朱江政 代 茹 陆建兵")).toEqual(["郭欢欢", "沈忠明", "朱江政", "代茹", "陆建兵"]);
  });

  it("joins a three-character name spaced out letter by letter (毕 文 涛), alone or after its title, but not four singles in a row", () => {
    expect(splitNames("詹国栋  毕 文 涛  骆秀英  庞 志 刚")).toEqual(["詹国栋", "毕文涛", "骆秀英", "庞志刚"]);
    expect(splitNames("县政府办公室主任 桂 晓 林，县应急管理局局长 闵 德 才")).toEqual(["县政府办公室主任桂晓林", "县应急管理局局长闵德才"]);
    // (Four in a row are two padded two-character names.)
    expect(splitNames("王 丹 李 四")).toEqual(["王丹", "李四"]);
  });

  it("handles ideographic-space padding (kecheng-2024-34) and extension-A characters (xiuzhou-2021-17)", () => {
    expect(splitNames("方　磊　徐剑锋")).toEqual(["方磊", "徐剑锋"]);
    expect(splitNames("钱 䶮 费晓东 章国华")).toEqual(["钱䶮", "费晓东", "章国华"]);
  });

  it("keeps unpadded two-character names separated by ideographic spaces (yishui-2021-09)", () => {
    expect(splitNames("孔令军　王振东　李文博　刘晓鸣　张静　高建军")).toEqual([
      "孔令军",
      "王振东",
      "李文博",
      "刘晓鸣",
      "张静",
      "高建军",
    ]);
  });

  it("splits on 、 and commas, drops 。, pipes and empty items", () => {
    expect(splitNames("潘永锋、费屹巍、丁鵾、殷晓明。")).toEqual(["潘永锋", "费屹巍", "丁鵾", "殷晓明"]);
    expect(splitNames("钱文斌、沈惠明，张立强;; 朱雯 |")).toEqual(["钱文斌", "沈惠明", "张立强", "朱雯"]);
    expect(splitNames("")).toEqual([]);
  });

  it("keeps middle-dot names whole (tianshan-2024-18)", () => {
    expect(splitNames("孙建国、艾尔肯·吐尔洪、杜静、何文斌")).toEqual(["孙建国", "艾尔肯·吐尔洪", "杜静", "何文斌"]);
  });
});

describe("splitNames: a title before its people and a colon (round 509)", () => {
  it("reads a padded level and 长 as one title (县　长：龙海波), and 主席 or 书记 before a colon", () => {
    expect(splitNames("县　长：龙海波")).toEqual(["县长龙海波"]);
    expect(splitNames("县政协副主席：田丽君")).toEqual(["县政协副主席田丽君"]);
  });
});

describe("splitNames: a 请假 list's reasons without brackets (round 497)", () => {
  it("leaves out a reason run on after a name with 因, and one alone in the column after it", () => {
    expect(splitNames("钱伟因带队赴深圳招商，葛红梅因参加市政府专题会议")).toEqual(["钱伟", "葛红梅"]);
    expect(splitNames("钱伟因公出差，葛红梅因病")).toEqual(["钱伟", "葛红梅"]);
    expect(splitNames("蓝晓梅　病假")).toEqual(["蓝晓梅"]);
    expect(splitNames("覃建华　外出学习")).toEqual(["覃建华"]);
    // (A reason before the name stays as it was read.)
    expect(splitNames("因公　副区长　高志军")).toEqual(["副区长高志军"]);
  });
});

describe("splitTitleName", () => {
  it("splits a unit of any kind from the name after it (联社, 银行, 支行, 妇联, 科协, 中学, 供销社, 电视台, 团县委, 管委会)", () => {
    const cases: [string, string, string][] = [
      ["县农村信用联社包丽萍", "包丽萍", "县农村信用联社"],
      ["县人民银行苏建华", "苏建华", "县人民银行"],
      ["人行岚江支行温雅琴", "温雅琴", "人行岚江支行"],
      ["县妇联仲国庆", "仲国庆", "县妇联"],
      ["县科协王强", "王强", "县科协"],
      ["县第一中学李明", "李明", "县第一中学"],
      ["县供销社张伟", "张伟", "县供销社"],
      ["县团委刘军", "刘军", "县团委"],
      ["经开区管委会李伟", "李伟", "经开区管委会"],
    ];
    for (const [item, name, title] of cases) expect(splitTitleName(item), item).toEqual({ name, title });
  });

  it("keeps a compound surname's name whole after its unit (县财政局欧阳建军, 市广播电视台司徒敏)", () => {
    expect(splitTitleName("县财政局欧阳建军")).toEqual({ name: "欧阳建军", title: "县财政局" });
    expect(splitTitleName("市广播电视台司徒敏")).toEqual({ name: "司徒敏", title: "市广播电视台" });
  });

  it("separates a title written before the name", () => {
    expect(splitTitleName("副区长钱振宇")).toEqual({ name: "钱振宇", title: "副区长" });
    expect(splitTitleName("常务副区长陈海燕")).toEqual({ name: "陈海燕", title: "常务副区长" });
    expect(splitTitleName("党委书记宋立华")).toEqual({ name: "宋立华", title: "党委书记" });
    expect(splitTitleName("党委副书记万俊峰")).toEqual({ name: "万俊峰", title: "党委副书记" });
    expect(splitTitleName("教务处处长黎志坚")).toEqual({ name: "黎志坚", title: "教务处处长" });
    expect(splitTitleName("县政府办主任赵庆丰")).toEqual({ name: "赵庆丰", title: "县政府办主任" });
    expect(splitTitleName("区领导何建军")).toEqual({ name: "何建军", title: "区领导" });
  });

  it("takes no name out of a 委员会's end (县发展和改革委员会 is no title 县发展和改革委 and a name 员会)", () => {
    expect(splitTitleName("县发展和改革委员会")).toEqual({ name: "县发展和改革委员会", title: null });
  });

  it("keeps a compound title whole as written (chikan-2023-27, huoqiu-2022-35)", () => {
    expect(splitTitleName("区委副书记、区长梁振华")).toEqual({ name: "梁振华", title: "区委副书记、区长" });
    expect(splitTitleName("县委常委、副县长张启明")).toEqual({ name: "张启明", title: "县委常委、副县长" });
    expect(splitTitleName("县人大常委会副主任黄永清")).toEqual({ name: "黄永清", title: "县人大常委会副主任" });
    expect(splitTitleName("县政协副主席李春梅")).toEqual({ name: "李春梅", title: "县政协副主席" });
  });

  it("separates a title written after the name", () => {
    expect(splitTitleName("潘永锋区长")).toEqual({ name: "潘永锋", title: "区长" });
    expect(splitTitleName("周建南校长")).toEqual({ name: "周建南", title: "校长" });
    expect(splitTitleName("陆安华副区长")).toEqual({ name: "陆安华", title: "副区长" });
  });

  it("handles Traditional titles, 同志 and pinyin annotations (pengjiang-2023-27)", () => {
    expect(splitTitleName("區長陳志堅同志")).toEqual({ name: "陳志堅", title: "區長" });
    expect(splitTitleName("區(qū)長(zhǎng)陳志堅同志")).toEqual({ name: "陳志堅", title: "區長" });
  });

  it("returns a bare name with a null title, padding removed", () => {
    expect(splitTitleName("费屹巍")).toEqual({ name: "费屹巍", title: null });
    expect(splitTitleName(" 潘 帆 ")).toEqual({ name: "潘帆", title: null });
  });
});

describe("looksLikeName", () => {
  it("accepts two to four Han characters, including extension characters", () => {
    expect(looksLikeName("潘永锋")).toBe(true);
    expect(looksLikeName("丁鵾")).toBe(true);
    expect(looksLikeName("钱䶮")).toBe(true);
    expect(looksLikeName("𠮷野家")).toBe(true);
    expect(looksLikeName("陳志堅")).toBe(true);
  });

  it("accepts Han parts joined by a middle dot", () => {
    expect(looksLikeName("艾尔肯·吐尔洪")).toBe(true);
    expect(looksLikeName("艾尔肯・吐尔洪")).toBe(true);
    expect(looksLikeName("·吐尔洪")).toBe(false);
  });

  it("accepts a Yi name ending in 各 (沙马伍各, 阿各), not a group opened or joined by 各 (各镇, 区各镇)", () => {
    expect(looksLikeName("沙马伍各")).toBe(true);
    expect(looksLikeName("阿各")).toBe(true);
    expect(looksLikeName("各镇")).toBe(false);
    expect(looksLikeName("区各镇")).toBe(false);
  });

  it("rejects single characters, long runs, punctuation and latin", () => {
    expect(looksLikeName("李")).toBe(false);
    expect(looksLikeName("王小明大明")).toBe(false);
    expect(looksLikeName("王、李")).toBe(false);
    expect(looksLikeName("Li Ming")).toBe(false);
  });

  it("rejects a phrase cut by a line wrap (派驻第⏎三纪检监察组)", () => {
    expect(looksLikeName("派驻第")).toBe(false);
    expect(looksLikeName("会议的")).toBe(false);
  });

  it("rejects institutional phrases", () => {
    expect(looksLikeName("有关部门")).toBe(false);
    expect(looksLikeName("全体人员")).toBe(false);
    expect(looksLikeName("各单位")).toBe(false);
    expect(looksLikeName("副区长")).toBe(false);
  });

  it("rejects short names of organs (县人大、县政协相关领导列席会议)", () => {
    expect(looksLikeName("县人大")).toBe(false);
    expect(looksLikeName("区政协")).toBe(false);
    expect(looksLikeName("市纪委")).toBe(false);
    expect(looksLikeName("县法院")).toBe(false);
  });
});

describe("TITLE_ROLE", () => {
  it("matches Simplified and Traditional role words", () => {
    const re = new RegExp(`^(?:${TITLE_ROLE})$`);
    for (const w of ["区长", "區長", "书记", "書記", "主任", "秘书长", "领导", "校长"]) expect(re.test(w), w).toBe(true);
    expect(re.test("同志")).toBe(false);
  });
});

describe("names with notes and organisations", () => {
  it("drops a bracketed note after a name, also after a padded name", () => {
    expect(splitNames("贺小兵（出差）、牛丽娟（参加市委党校学习）")).toEqual(["贺小兵", "牛丽娟"]);
    expect(splitNames("莫　丽（学习）　詹国华")).toEqual(["莫丽", "詹国华"]);
  });

  it("does not take an organisation for a person", () => {
    expect(looksLikeName("区财政局")).toBe(false);
    expect(looksLikeName("区少芬")).toBe(true);
  });

  it("splits titles with 党组成员 and 助理", () => {
    expect(splitTitleName("县政府党组成员滕志远")).toEqual({ name: "滕志远", title: "县政府党组成员" });
    expect(splitTitleName("县长助理韦小明")).toEqual({ name: "韦小明", title: "县长助理" });
  });
});

describe("titles the vocabulary does not list", () => {
  it("splits a name after a title that ends as titles do", () => {
    expect(splitTitleName("县消防救援大队大队长王海")).toEqual({ name: "王海", title: "县消防救援大队大队长" });
    expect(splitTitleName("县纪委监委派驻纪检监察组组长王海")).toEqual({ name: "王海", title: "县纪委监委派驻纪检监察组组长" });
    expect(splitTitleName("区法院副庭长李明华")).toEqual({ name: "李明华", title: "区法院副庭长" });
  });
});

describe("splitTitleName: titles after the name (round 426)", () => {
  it.each([
    ["黎建平区长助理", "黎建平", "区长助理"],
    ["孙镇东县长助理", "孙镇东", "县长助理"],
    ["梁勇镇人武部部长", "梁勇", "镇人武部部长"],
    ["谭敏县应急管理局局长", "谭敏", "县应急管理局局长"],
  ])("splits %s", (item, name, title) => {
    expect(splitTitleName(item)).toEqual({ name, title });
  });
});
