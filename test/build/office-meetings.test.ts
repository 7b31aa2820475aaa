// Related layouts of the genre: 镇政府常务会议, 镇长/市长办公会议 and 专题会议 minutes, whose
// openings and lists are written differently from a county's standing-meeting minutes.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

describe("office-meeting and township layouts", () => {
  it("reads the date and place a township's opening states under labels after its first sentence (时间：…；地点：…)", () => {
    const m = parse([
      "荷乡镇人民政府第八次常务会议纪要",
      "会议由镇党委副书记、镇长柯永平主持。时间：2022年3月15日下午；地点：镇政府二楼会议室。",
      "参加会议的有：柯永平、廖春燕、詹国栋。",
      "1.关于春耕生产准备工作。会议要求镇农业综合服务中心抓紧摸清种子储备情况。",
    ].join("\n"));
    expect(m.meeting?.date).toMatchObject({ iso: "2022-03-15", timeOfDay: "下午" });
    expect(m.meeting?.place).toBe("镇政府二楼会议室");
    expect(m.meeting?.chair).toMatchObject({ name: "柯永平", title: "镇党委副书记、镇长" });
  });

  it("takes a paragraph whose background sentence comes before the dated one for the opening", () => {
    const m = parse([
      "石桩镇镇长办公会会议纪要",
      "",
      "2011年汛期的连续降雨，导致石桩镇政府后坡出现严重滑坡。2011年12月13日，镇长樊立章在镇政府三楼会议室主持召开政府后坡治理专题办公会议。参加会议的有：镇党委副书记乔文斌，副镇长邱海。现纪要如下：",
      "",
      "一、乔文斌汇报政府后坡治理的前期准备工作",
      "目前招投标工作已经完成。",
    ].join("\n"));
    expect(m.meeting?.date.iso).toBe("2011-12-13");
    expect(m.meeting?.place).toBe("镇政府三楼会议室");
    expect(m.meeting?.chair?.name).toBe("樊立章");
    // (A background sentence alone is no opening: the paragraph is the opening only for the dated one.)
    const background = parse(["石桩镇镇长办公会会议纪要", "", "2011年汛期的连续降雨，导致石桩镇政府后坡出现严重滑坡。政府和信用社的办公楼出现险情。", "", "一、关于后坡治理", "会议同意。"].join("\n"));
    expect(background.meeting?.date.iso ?? null).toBeNull();
  });

  it("reads every line of a 参加会议人员 list written one unit a line (市发改委：常　勇)", () => {
    const m = parse([
      "汀州市市长办公会议纪要",
      "　　3月29日下午，市长秦卫东主持召开市长办公会议。现纪要如下：",
      "　　一、关于供热补贴",
      "　　会议同意。",
      "　　参加会议人员：",
      "　　市政府：秦卫东、孟庆山（副市长），段超（副秘书长）",
      "　　市发改委：常　勇",
      "　　市财政局：韦国华",
      "　　汀州热力公司：卢志刚",
    ].join("\n"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["秦卫东", "孟庆山", "段超", "常勇", "韦国华", "卢志刚"]);
  });
});

describe("a printed masthead", () => {
  it("reads the document number set beside the office's name on one line (…办公室　　　曹政纪〔2021〕5 号)", () => {
    const m = parse([
      "          曹  河  县  人  民  政  府",
      "       常   务   会   议   纪   要",
      "   曹河县人民政府办公室          曹政纪〔2021〕5 号",
      "",
      "    2021年3月19日上午，县长詹国栋主持召开县政府第五次常务会议。",
      "      出 席：詹国栋  毕 文 涛  骆秀英",
      "    一、关于全县春季森林防火工作",
      "    会议同意。",
    ].join("\n"));
    expect(m.documentNumber).toMatchObject({ text: "曹政纪〔2021〕5号", prefix: "曹政纪", year: 2021, serial: 5 });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["詹国栋", "毕文涛", "骆秀英"]);
  });
});

describe("minutes forwarded by a notice", () => {
  it("takes the minutes' own title where they open with labelled lines, and the notice's number after its headline", () => {
    const a = parse([
      "柘岚县人民政府办公室关于印发《柘岚县人民政府第二十三次常务会议纪要》的通知",
      "",
      "各乡、镇人民政府，县政府各部门：",
      "《柘岚县人民政府第二十三次常务会议纪要》已经县长审签，现印发给你们。",
      "",
      "柘岚县人民政府第二十三次常务会议纪要",
      "〔2024〕23号",
      "",
      "时　间：2024年6月18日下午",
      "地　点：县政府第一会议室",
      "主持人：县长　汪立诚",
      "",
      "一、关于主汛期防汛抗旱工作",
      "会议同意。",
    ].join("\n"));
    expect(a.title).toBe("柘岚县人民政府第二十三次常务会议纪要");
    expect(a.meeting?.date.iso).toBe("2024-06-18");
    const b = parse([
      "霞埔区人民政府办公室关于印发区政府第5次区长办公会议纪要的通知(霞政办函〔2024〕17号)",
      "",
      "各街道办事处，区直各单位：",
      "《霞埔区人民政府第5次区长办公会议纪要》已经区长同意，现印发给你们。",
      "",
      "霞埔区人民政府第5次区长办公会议纪要",
      "",
      "3月29日下午，区长魏东海在区政府5楼会议室主持召开第5次区长办公会议。现纪要如下：",
      "一、关于南门农贸市场提质改造",
      "会议原则同意改造方案。",
    ].join("\n"));
    expect(b.title).toBe("霞埔区人民政府第5次区长办公会议纪要");
    expect(b.documentNumber).toMatchObject({ text: "霞政办函〔2024〕17号", prefix: "霞政办函", year: 2024, serial: 17 });
  });

  it("takes the subject's title under a masthead that names only the kind of meeting, and units of any kind before names", () => {
    const m = parse([
      "鹤岭县人民政府",
      "联席会议纪要",
      "",
      "第3期",
      "",
      "鹤岭县人民政府办公室                     2024年4月11日",
      "",
      "城区重点项目建设联席会议纪要",
      "",
      "2024年4月9日下午，副县长孔德明在县政府三楼第一会议室主持召开城区重点项目建设联席会议。现将会议议定事项纪要如下：",
      "一、关于滨河路北延工程征迁问题",
      "会议要求，城关镇要在4月20日前完成入户评估。",
      "参加会议人员：",
      "县住建局：单海洋",
      "县公安局交警大队：郏建军",
      "城关镇：仉丽娜",
    ].join("\n"));
    expect(m.title).toBe("城区重点项目建设联席会议纪要");
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["单海洋", "郏建军", "仉丽娜"]);
  });
});

describe("related meetings' minutes, more forms (round 434)", () => {
  it("reads a session line under the title with a year in brackets (〔2023〕第15次) or a running total (第9次（总第156次）)", () => {
    expect(parse(["石湾区区长办公会议纪要", "〔2023〕第15次", "", "　　7月10日上午，区长王明主持召开区长办公会议。", "　　一、关于防汛工作", "　　会议同意。"].join("\n")).meeting?.sessionNumber).toBe(15);
    expect(parse(["鹿山区人民政府", "区长办公会议纪要", "", "第9次（总第156次）", "", "　　4月17日下午，区长王明主持召开区长办公会议。", "　　一、关于防汛工作", "　　会议同意。"].join("\n")).meeting?.sessionNumber).toBe(9);
  });
  it("reads a form's chair under 主持领导： or after 受…委托, invited attendees under 邀请出席：, a group's people in brackets", () => {
    const m = parse(["管理委员会主任办公会议纪要", "会议时间：2024年8月27日上午9:00", "会议地点：管委会五楼第一会议室", "主持领导：党工委副书记、管委会主任　华振邦", "参加人员：管委会领导班子成员（华振邦、满立新、桂晓梅）", "邀请出席：区政协副主席　裘宏达", "", "一、关于防汛工作", "会议同意。"].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "华振邦", title: "党工委副书记、管委会主任" });
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["华振邦", "满立新", "桂晓梅"]);
    expect(m.meeting?.invitedAttendees.map((p) => p.name)).toEqual(["裘宏达"]);
    const entrusted = parse(["区长办公会议纪要", "会议时间：2024年4月17日下午", "会议地点：区政府3号楼六楼会议室", "主 持 人：受区长委托，区委常委、常务副区长　戚永康", "", "一、关于防汛工作", "会议同意。"].join("\n"));
    expect(entrusted.meeting?.chair).toMatchObject({ name: "戚永康", title: "区委常委、常务副区长" });
  });
  it("reads a township's news report of its 党政联席会议, its people 到会", () => {
    const m = parse(["白坡镇召开2024年第14次党政联席会议", "　　7月8日上午，镇党委书记邵振宇在镇机关三楼会议室主持召开2024年第14次党政联席会议。镇党委副书记、镇长石海军，镇党委副书记严冬梅到会，镇党委委员、武装部部长程刚请假。", "　　会议研究了主汛期防汛工作。"].join("\n"));
    expect(m.diagnostics.map((d) => d.code)).not.toContain("not-minutes");
    expect(m.meeting?.sessionNumber).toBe(14);
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["石海军", "严冬梅"]);
    expect(m.meeting?.absentees.map((p) => p.name)).toEqual(["程刚"]);
  });
});
