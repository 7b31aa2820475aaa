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
