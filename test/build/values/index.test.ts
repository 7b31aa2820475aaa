import { describe, it, expect } from "vitest";
import * as values from "../../../src/build/values/index.js";

describe("values index", () => {
  it("re-exports every converter by name", () => {
    expect(Object.keys(values).sort()).toEqual(
      [
        "BRACKET_NOTE",
        "TIME_OF_DAY",
        "TITLE_ROLE",
        "cleanText",
        "compact",
        "dateParts",
        "findDates",
        "findTimeOfDay",
        "isDocumentNumberOnly",
        "looksLikeName",
        "parseChineseNumber",
        "parseDate",
        "parseDocumentNumber",
        "parseNumber",
        "parseSession",
        "splitNames",
        "splitTitleName",
        "toMatchable",
      ].sort(),
    );
  });

  it("wires the re-exports to working functions", () => {
    expect(values.parseDate("二○二二年十二月五日").iso).toBe("2022-12-05");
    expect(values.parseSession("第13次常务会议").sessionNumber).toBe(13);
  });
});
