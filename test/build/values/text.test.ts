import { describe, it, expect } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanText, compact, toMatchable, withoutLatinSpacing } from "../../../src/build/values/text.js";

const CORPUS_DOCS = join(process.cwd(), "..", "shared", "corpus", "docs");

function readCorpusDoc(name: string): string {
  const bytes = readFileSync(join(CORPUS_DOCS, name));
  return new TextDecoder(name === "xiuzhou-2021-17.txt" ? "gb18030" : "utf-8").decode(bytes);
}

describe("cleanText", () => {
  it("removes pinyin annotations from mirror sites (pengjiang-2023-27)", () => {
    expect(cleanText("區(qū)長(zhǎng)陳志堅")).toBe("區長陳志堅");
    expect(cleanText("會(huì)議")).toBe("會議");
    expect(cleanText("常務(wù)會（huì）議")).toBe("常務會議");
  });

  it("keeps parentheses that are not pinyin", () => {
    expect(cleanText("《纲要(2021-2035年)》(送审稿)(a)")).toBe("《纲要(2021-2035年)》(送审稿)(a)");
    expect(cleanText("区委组织部(人才办)")).toBe("区委组织部(人才办)");
  });

  it("drops &nbsp; and decodes the common entities", () => {
    expect(cleanText("&nbsp;")).toBe("");
    expect(cleanText("a&lt;b&gt;c &amp; &quot;d&quot; &#25105;")).toBe('a<b>c & "d" 我');
    expect(cleanText("&amp;lt;")).toBe("&lt;");
  });

  it("removes table pipes and trims", () => {
    expect(cleanText("| 330502/2022-15627 |")).toBe("330502/2022-15627");
    expect(cleanText("区 直各单位 |")).toBe("区 直各单位");
  });

  it("removes NUL and control characters", () => {
    expect(cleanText("潘\u0000永\u0007锋\u200B")).toBe("潘永锋");
  });

  it("keeps a single inner space of a title", () => {
    expect(cleanText(" 区政府召开第6次常务会议 郑怀远主持 ")).toBe("区政府召开第6次常务会议 郑怀远主持");
  });

  it("never throws on non-string input", () => {
    expect(cleanText(null as unknown as string)).toBe("");
  });
});

describe("compact", () => {
  it("removes padding inside names and list items", () => {
    expect(compact("各民主党 派")).toBe("各民主党派");
    expect(compact("潘 帆")).toBe("潘帆");
    expect(compact("方\u3000磊")).toBe("方磊");
    expect(compact("钱\u00A0莉 |")).toBe("钱莉");
  });
});

describe("toMatchable", () => {
  it("maps Traditional minutes keywords to Simplified", () => {
    expect(toMatchable("八屆27次區政府常務會議")).toBe("八届27次区政府常务会议");
    expect(toMatchable("區長陳志堅同志")).toBe("区长陈志坚同志");
    expect(toMatchable("聽取彙報")).toBe("听取汇报");
  });

  it("maps full-width ASCII and the ideographic space", () => {
    expect(toMatchable("出席：１５（Ａ），\u3000")).toBe("出席:15(A), ");
  });

  it("leaves other characters untouched", () => {
    expect(toMatchable("吴兴区〔2022〕15号 二○二二")).toBe("吴兴区〔2022〕15号 二○二二");
    expect(toMatchable("𠮷野")).toBe("𠮷野");
  });

  it("maps a long text the same way as its parts, lone surrogates kept", () => {
    const part = "區長：１５，\ud800乙";
    const long = part.repeat(60);
    expect(long.length).toBeGreaterThanOrEqual(256);
    expect(toMatchable(long)).toBe(toMatchable(part).repeat(60));
    expect(toMatchable(part)).toBe("区长:15,\ud800乙");
  });

  it.skipIf(!existsSync(CORPUS_DOCS))("preserves the length of every corpus document", () => {
    const names = readdirSync(CORPUS_DOCS).filter((n) => n.endsWith(".txt"));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const text = readCorpusDoc(name);
      expect(toMatchable(text).length, name).toBe(text.length);
    }
  });

  it.skipIf(!existsSync(CORPUS_DOCS))("decodes the GB18030 document so that keywords match", () => {
    const text = readCorpusDoc("xiuzhou-2021-17.txt");
    expect(toMatchable(text)).toContain("秀洲区人民政府第17次常务会议纪要");
    expect(toMatchable(readCorpusDoc("pengjiang-2023-27.txt"))).toContain("八届27次区(qū)政府常务(wù)会(huì)议");
  });
});

describe("withoutLatinSpacing", () => {
  it("drops a site's blanks between Han characters and numbers or Latin words", () => {
    expect(withoutLatinSpacing("听取 1-5 月重点项目推进情况汇报")).toBe("听取1-5月重点项目推进情况汇报");
    expect(withoutLatinSpacing("推进 AI 产业和 5G 基站建设")).toBe("推进AI产业和5G基站建设");
    expect(withoutLatinSpacing("完成率 41.2% 的项目")).toBe("完成率41.2%的项目");
  });

  it("keeps blanks between Latin words and between Han characters", () => {
    expect(withoutLatinSpacing("审议 Smart City 方案")).toBe("审议Smart City方案");
    expect(withoutLatinSpacing("关于 区政府 议题")).toBe("关于 区政府 议题");
  });
});
