import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toJson } from "../../src/emit/json.js";
import { parse } from "../../src/parse.js";
import { readPath } from "../helpers/corpus.js";

const SEED = new URL("../../fixtures/docs/zhejiang-huzhou/wuxing-2022-13.txt", import.meta.url);
const EXPECTED = new URL("../../fixtures/docs/zhejiang-huzhou/wuxing-2022-13.expected.json", import.meta.url);
const GOLD = new URL("../../fixtures/docs/zhejiang-huzhou/wuxing-2022-13.gold.json", import.meta.url);

describe("the seed document (吴兴区人民政府第13次常务会议纪要)", () => {
  const model = parse(readFileSync(SEED));

  it("comes out exactly as its gold file says, path by path", () => {
    const gold = JSON.parse(readFileSync(GOLD, "utf8")) as Record<string, unknown>;
    for (const [path, want] of Object.entries(gold)) expect(readPath(model, path), path).toEqual(want);
  });

  it("comes out exactly as the committed expected model", () => {
    const expected = JSON.parse(readFileSync(EXPECTED, "utf8"));
    expect(JSON.parse(toJson(model))).toEqual(expected);
  });

  it("links the agenda items to the topics they introduce", () => {
    const agenda = model.meeting!.agenda;
    expect(agenda[1]).toMatchObject({ verb: "听取了", organization: "区防控办", reporter: "陆建兵", subject: "近期疫情防控工作及下一步建议", topicIndex: 2 });
    expect(model.topics[2]!.agendaIndex).toBe(1);
  });

  it("reads decisions and requirements inside topics", () => {
    const topic = model.topics[3]!;
    expect(topic.decisions[0]).toMatchObject({ verb: "原则同意", proposer: "区民政局", followUp: "提交区委常委会研究" });
    expect(topic.requirements.map((r) => r.marker)).toEqual(["一要", "二要", "三要", "四要"]);
  });

  it("reads 书面通报 decisions and follow-ups", () => {
    expect(model.writtenReports[2]).toMatchObject({ proposer: "区民宗局", decision: "原则同意", followUp: "认真组织实施" });
  });

  it("gives padded names their position in the source", () => {
    const pan = model.meeting!.absentees[0]!;
    expect(pan.name).toBe("潘帆");
    const text = readFileSync(SEED, "utf8");
    expect(text.slice(pan.position!.start.offset, pan.position!.end.offset)).toBe("潘 帆");
    expect(pan.position!.start).toMatchObject({ line: 35, column: 4 });
  });
});
