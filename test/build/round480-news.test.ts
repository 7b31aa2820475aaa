// Helper round 480 (district news releases): the day and the byline around the chair, 与会 and
// 一同 in attendance sentences, 信息索取号.
import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";

const names = (people: { name: string }[] | undefined) => (people ?? []).map((p) => p.name);

describe("a news report's lead", () => {
  it("reads the day between the chair's name and 主持 (month and year from the page's date), the byline before it no part of the title", () => {
    const m = parse(
      [
        "区政府召开第15次常务会议",
        "发布时间：2024-05-21 09:30　来源：潮白区融媒体中心",
        "　　本报讯（记者 冯晓岚）区委副书记、区长邵振东20日下午主持召开区政府第15次常务会议，研究部署防汛备汛工作。",
        "　　会议指出，要压实防汛责任。",
      ].join("\n"),
    );
    expect(m.meeting?.chair).toMatchObject({ name: "邵振东", title: "区委副书记、区长" });
    expect(m.meeting?.date).toMatchObject({ iso: "2024-05-20", timeOfDay: "下午" });
  });

  it("leaves a site's dateline and byline out of the chair's title when the date follows the name", () => {
    const m = parse(["区政府召开第十二次常务会议", "　　津沽网讯（记者 郝卫东 通讯员 穆雪）区长闫宏亮4月14日上午主持召开区政府第十二次常务会议，研究疫情防控工作。"].join("\n"));
    expect(m.meeting?.chair).toMatchObject({ name: "闫宏亮", title: "区长" });
  });
});

describe("attendance sentences", () => {
  const people = (sentence: string) => parse(`测试区召开区政府第5次常务会议\n11月8日上午，区长张伟主持召开区政府第5次常务会议。${sentence}\n`).meeting;

  it("reads …等与会 as attendance", () => {
    expect(names(people("区领导俞志平、龚雅琴、倪建中、费晓东等与会。区政府各委办局主要负责同志列席会议。")?.attendees)).toEqual(["俞志平", "龚雅琴", "倪建中", "费晓东"]);
  });

  it("leaves 一同 and 一起 before the verb out of the last name", () => {
    expect(names(people("区领导龚立平、蒲晓燕、向红梅一同参加会议。")?.attendees)).toEqual(["龚立平", "蒲晓燕", "向红梅"]);
    expect(names(people("区领导龚立平、向红梅一起出席会议。")?.attendees)).toEqual(["龚立平", "向红梅"]);
  });
});

describe("the disclosure header", () => {
  it("reads 信息索取号 as the index number", () => {
    const m = parse(["信息索取号：007482459/2023-00318　　发布机构：珠岗区人民政府办公室", "珠岗区人民政府第118次常务会议纪要", "11月8日上午，区长张伟主持召开区政府第118次常务会议。"].join("\n"));
    expect(m.disclosure).toMatchObject({ indexNumber: "007482459/2023-00318", publisher: "珠岗区人民政府办公室" });
  });
});

describe("attendance sentences (round 483)", () => {
  const meeting = (sentence: string) => parse(`测试县召开县政府第5次常务会议\n11月8日上午，县长张伟主持召开县政府第5次常务会议。${sentence}\n`).meeting;

  it("names no one for who entrusted another to attend (受…委托，)", () => {
    expect(names(meeting("受县人大常委会主任李永强委托，县人大常委会副主任邓美兰应邀出席会议。")?.invitedAttendees)).toEqual(["邓美兰"]);
  });

  it("leaves the absence's verb before 外 out of the last name excepted (除…（因病）请假外)", () => {
    expect(names(meeting("除副县长陈志坚（因公在外招商）、邱美玲（因病）请假外，县政府领导班子其他成员均出席会议；")?.absentees)).toEqual(["陈志坚", "邱美玲"]);
  });

  it("leaves 分别 (分別) before 列席 and 应邀出席 out of the last name", () => {
    expect(names(meeting("区府办主任马建新，区发改局局长程一鸣、区财政局局长丁雅芳分别列席有关议题；")?.observers)).toEqual(["马建新", "程一鸣", "丁雅芳"]);
    expect(names(meeting("區人大常委會副主任區偉強、區政協副主席盧淑貞分別應邀出席會議。")?.invitedAttendees)).toEqual(["區偉強", "盧淑貞"]);
  });

  it("takes no branch venue one joined from for the meeting's place", () => {
    const m = meeting("会议由区长陆明远主持，副区长方建华、程丽君出席会议，区政府党组成员杜晓梅在杭州分会场以视频方式出席会议。");
    expect(m?.place).toBeNull();
    expect(names(m?.attendees)).toEqual(["方建华", "程丽君", "杜晓梅"]);
  });
});

describe("document numbers (round 485)", () => {
  it("reads a number with a blank before its round brackets (蒙政纪 (2020) 31号), its year the meeting's", () => {
    const m = parse(["蒙阳市人民政府常务会议纪要", "蒙政纪 (2020) 31号", "　　11月3日下午，市人民政府五届68次常务会议在市政府第三会议室召开，市长李明主持会议。"].join("\n"));
    expect(m.documentNumber).toMatchObject({ text: "蒙政纪(2020)31号", prefix: "蒙政纪", year: 2020, serial: 31 });
    expect(m.meeting?.date.iso).toBe("2020-11-03");
  });
});

