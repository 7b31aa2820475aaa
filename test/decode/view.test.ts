import { describe, expect, it } from "vitest";
import { readingView } from "../../src/decode/index.js";

/** The source text behind each view character. */
function sources(source: string): string[] {
  const view = readingView(source);
  return Array.from(view.text, (_, i) => source.slice(view.offsets![i]!, view.offsets![i + 1]!));
}

describe("the reading view (what the grammar reads)", () => {
  it("decodes scrapers' HTML entities, spaces as plain blanks", () => {
    expect(readingView("&#12288;&#12288;一、关于&ldquo;天府粮仓&rdquo;&emsp;建设&amp;").text).toBe("\u3000\u3000一、关于“天府粮仓” 建设&");
  });

  it("removes stray tags, and leaves unknown entities and ordinary text as written", () => {
    expect(readingView("<p>沅政阅〔2023〕14号</p>\n潘建林<br>\n<span class=\"x\">甲</span> &foo; a<b").text).toBe("沅政阅〔2023〕14号\n潘建林\n甲 &foo; a<b");
  });

  it("maps every view character back to the source text it stands for", () => {
    expect(sources("<p>区&emsp;長(zhǎng)</p>")).toEqual(["区", "&emsp;", "長(zhǎng)</p>"]);
  });

  it("changes nothing (and maps nothing) in a clean text", () => {
    expect(readingView("区政府第5次常务会议纪要\n")).toEqual({ text: "区政府第5次常务会议纪要\n", offsets: null });
  });
});
