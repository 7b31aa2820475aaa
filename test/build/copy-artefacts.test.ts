// Minutes copied out of PDF readers and Word/WPS exports (round 395 of the fixtures): a page break's
// form feed on a line of its own before the next page's running head, 第２页 共３页 page numbers,
// soft hyphens, a list's label cut by a wrap before 的有, footnotes under a short rule, Word's ⒈
// numbering.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readingView } from "../../src/decode/index.js";
import { parse } from "../../src/parse.js";

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/docs/round395-helper-pdf-copies/${name}.txt`, import.meta.url), "utf8");

describe("a page break inside a list of people", () => {
  it("leaves the next page's running head out after a form feed alone on its line (— 1 —⏎\\f⏎…纪要)", () => {
    const m = parse(fixture("lanyu-2024-11"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["翁建平", "林振宇", "游丽琴", "郑国华", "陈少雄"]);
    expect(m.chrome.map((c) => c.text.trim())).toContain("岚屿县人民政府常务会议纪要");
  });

  it("takes 第２页 共３页 alone on its line for a print's page number, and the head under it for the running head", () => {
    const text = fixture("yiyang-2025-02");
    expect(readingView(text).text).not.toContain("第２页 共３页");
    expect(parse(text).meeting?.observers.map((p) => p.name)).toEqual(["展学良", "鹿传峰", "栾红梅", "巩德利", "隋静", "宫振华", "邱兆田"]);
  });

  it("reads a running head with its page number after a form feed (\\f锦府常纪〔2024〕5号　　…第 3 页 共 3 页) as the page's frame", () => {
    const m = parse(fixture("jinhe-2024-05"));
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["文晓峰", "谯勇", "蒲建英", "宋家明", "何静", "罗永强"]);
  });
});

describe("a word processor's invisible characters and wraps", () => {
  it("reads a soft hyphen as nothing, so a hard-wrapped line with one measures as its neighbours do", () => {
    const view = readingView("出席：陈\u00ad少峰、冯家俊\n");
    expect(view.text).toBe("出席：陈少峰、冯家俊\n");
    expect(view.offsets?.[4]).toBe(5);
  });

  it("reads a list's label cut by a wrap before 的有 (出席会议⏎的有：…) as one", () => {
    const m = parse(fixture("hexi-2025-06"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["彭志远", "谭家旺", "戴丽萍", "伍建国"]);
    expect(m.meeting?.observers.map((p) => p.name)).toEqual(["刘卫东", "胡春燕"]);
  });

  it("joins a hard-wrapped line to one that opens with 的有：", () => {
    const m = parse(fixture("shiwan-2022-15"));
    expect(m.meeting?.attendees.map((p) => p.name)).toEqual(["梁振华", "何丽芳", "欧阳志华", "谭国强", "陈少峰", "冯家俊", "黎敏"]);
  });
});

describe("footnotes under a short rule", () => {
  it("leave ① notes whose marks stand in the text out of the topics, as the page's chrome", () => {
    const m = parse(fixture("fengtang-2022-14"));
    expect(m.topics.map((t) => t.heading)).not.toContain("良种调供计划另行下达");
    expect(m.chrome.map((c) => c.text.trim())).toEqual(expect.arrayContaining(["①　良种调供计划另行下达。", "②　具体方案由县公安局牵头制定。"]));
  });

  it("keep circled items whose marks the text lacks: they are the document's own", () => {
    const m = parse(["某县人民政府常务会议纪要", "　　3月5日上午，县长王明主持召开县政府第3次常务会议。", "──────────", "①关于春耕生产工作", "会议要求抓好农资供应。", "②关于防汛工作", "会议要求加强值守。"].join("\n"));
    expect(m.topics.map((t) => t.heading)).toEqual(["关于春耕生产工作", "关于防汛工作"]);
  });
});

describe("Word's one-character numbers ⒈ ⒉ ⒊", () => {
  it("number topics as 1. 2. 3. do", () => {
    const m = parse(["肥东县人民政府常务会议纪要", "　　3月5日上午，县长程立民主持召开县政府第89次常务会议。现纪要如下：", "⒈传达学习全省春季农业生产工作会议精神", "会议要求抓好春耕。", "⒉审议《肥东县2021年重点工程建设计划》", "会议原则同意。"].join("\n"));
    expect(m.topics.map((t) => [t.number, t.heading])).toEqual([
      [1, "传达学习全省春季农业生产工作会议精神"],
      [2, "审议《肥东县2021年重点工程建设计划》"],
    ]);
  });
});

describe("a date set one piece a line", () => {
  it("reads 2022⏎年⏎8⏎月⏎18⏎日 under the 落款's organ as the issue date", () => {
    const m = parse(["水峪县人民政府常务会议纪要", "　　8月16日上午，县长王明主持召开县政府第9次常务会议。", "一、研究全县疫苗接种工作", "会议要求加强接种点人员调配。", "水峪县人民政府办公室", "2022", "年", "8", "月", "18", "日", "抄送：县委办，县人大常委会办公室。"].join("\n"));
    expect(m.issuer).toBe("水峪县人民政府办公室");
    expect(m.issueDate?.iso).toBe("2022-08-18");
  });
});
