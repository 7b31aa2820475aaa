import { readFileSync } from "node:fs";
import { type IToken, VERSION } from "chevrotain";
import { describe, expect, it } from "vitest";
import type { GrammarBlock } from "../../src/grammar/blocks.js";
import frozen from "../../src/grammar/frozen-analysis.json" with { type: "json" };
import { type FrozenAnalysis, FrozenLookahead, thawAnalysis } from "../../src/grammar/frozen-analysis.js";
import { freezeAnalysis } from "../../src/grammar/freeze-analysis.js";
import { MAX_LOOKAHEAD, MinutesParser } from "../../src/grammar/parser.js";
import { allTokens } from "../../src/lex/tokens.js";
import { tokenize } from "../../src/lex/index.js";
import { decodeDocument, fixtureGoldFiles } from "../helpers/corpus.js";

const analysed = new MinutesParser({ validate: false, analysis: null });
const thawed = new MinutesParser({ validate: false });

/** A parse as text: each block's kind and token offsets, nested topics, then the errors. */
function parsed(parser: MinutesParser, text: string): string {
  parser.input = tokenize(text).tokens;
  const show = (b: GrammarBlock): string =>
    `${b.kind}(${b.tokens.map((t: IToken) => t.startOffset).join(",")})` + (b.topic ? `[${b.topic.body.map(show).join(" ")}]` : "");
  const blocks = (parser.document() ?? []).map(show).join("\n");
  return `${blocks}\n${parser.errors.map((e) => `${e.name} ${e.token.startOffset}`).join("\n")}`;
}

/** The parser's lookahead functions' keys (chevrotain's internal cache). */
function lookaheadKeys(parser: MinutesParser): number[] {
  return [...(parser as unknown as { lookAheadFuncsCache: Map<number, unknown> }).lookAheadFuncsCache.keys()].sort((a, b) => a - b);
}

describe("the frozen grammar analysis", () => {
  // After a change to the grammar: `npx vitest run test/grammar/frozen-analysis -u` writes it anew.
  it("is chevrotain's analysis of the grammar as it stands", async () => {
    const fresh = freezeAnalysis(analysed, MAX_LOOKAHEAD);
    expect(fresh.chevrotain).toBe(VERSION);
    expect(fresh.rules.map((r) => r.props["name"])).toContain("document");
    await expect(`${JSON.stringify(fresh, null, 1)}\n`).toMatchFileSnapshot("../../src/grammar/frozen-analysis.json");
  });

  it("gives the parser every lookahead function chevrotain's analysis gives it", () => {
    const strategy = (parser: MinutesParser) => (parser as unknown as { lookaheadStrategy: FrozenLookahead }).lookaheadStrategy;
    expect(strategy(thawed).paths).toBe(frozen.lookahead);
    expect(strategy(analysed).paths).toBeUndefined();
    expect(lookaheadKeys(thawed).length).toBeGreaterThan(40);
    expect(lookaheadKeys(thawed)).toEqual(lookaheadKeys(analysed));
    expect(Object.keys(thawed.getGAstProductions())).toEqual(Object.keys(analysed.getGAstProductions()));
  });

  it("parses every fixture as chevrotain's own analysis does, recovered errors included", () => {
    const files = fixtureGoldFiles();
    expect(files.length).toBeGreaterThan(1000);
    let differ = 0;
    for (const gold of files) {
      const text = decodeDocument(readFileSync(gold.replace(/\.gold\.json$/, ".txt")));
      if (parsed(thawed, text) !== parsed(analysed, text)) differ++;
    }
    expect(differ).toBe(0);
    // (Recovery is exercised: a stray heading token where a line must end.)
    const broken = "一、关于\n（一）\n会议纪要如下：\n出席：张三、李四\n〔2022〕15号 ";
    expect(parsed(thawed, broken)).toBe(parsed(analysed, broken));
  });

  it("is not used for other rules or another chevrotain version: the parser analyses its grammar itself", () => {
    const copy = (): FrozenAnalysis => JSON.parse(JSON.stringify(frozen)) as FrozenAnalysis;
    const renamed = copy();
    renamed.rules[0]!.props["name"] = "somethingElse";
    const older = copy();
    older.chevrotain = "10.5.0";
    const unknownToken = copy();
    unknownToken.follows[Object.keys(unknownToken.follows)[0]!] = ["NoSuchToken"];
    const probe = new MinutesParser({ validate: false, analysis: null });
    for (const analysis of [renamed, older, unknownToken]) {
      expect(thawAnalysis(probe, analysis, allTokens, new FrozenLookahead(1))).toBe(false);
      const parser = new MinutesParser({ validate: false, analysis });
      const text = "区政府第5次常务会议纪要\n一、关于预算的议题\n会议原则同意。";
      expect(parsed(parser, text)).toBe(parsed(analysed, text));
    }
    expect(thawAnalysis(probe, copy(), allTokens, new FrozenLookahead(1))).toBe(true);
  });
});
