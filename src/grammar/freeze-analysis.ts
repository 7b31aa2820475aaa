// Freezes a parser's self-analysis, as chevrotain made it, into the JSON that
// frozen-analysis.ts thaws (see there). Run by test/grammar/frozen-analysis.test.ts, not at parse time.
import {
  Alternation,
  type IProduction,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  type Rule,
  Terminal,
  type TokenType,
  VERSION,
  getLookaheadPaths,
} from "chevrotain";
import type { FrozenAnalysis, FrozenProduction, ProductionType } from "./frozen-analysis.js";

/** The productions that have a lookahead function. */
const DECISIONS = [Alternation, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator, RepetitionWithSeparator];

/** The analysis chevrotain made for `parser` (built with its own `performSelfAnalysis`). */
export function freezeAnalysis(parser: { getGAstProductions(): Record<string, Rule> }, maxLookahead: number): FrozenAnalysis {
  const rules = Object.values(parser.getGAstProductions());
  const follows = (parser as unknown as { resyncFollows: Record<string, TokenType[]> }).resyncFollows;
  return {
    chevrotain: VERSION,
    rules: rules.map(freeze),
    follows: Object.fromEntries(Object.entries(follows).map(([key, types]) => [key, types.map((t) => t.name)])),
    lookahead: Object.fromEntries(rules.map((rule) => [rule.name, lookaheadOf(rule, maxLookahead)])),
  };
}

function freeze(production: IProduction): FrozenProduction {
  const frozen: FrozenProduction = { type: production.constructor.name as ProductionType, props: {} };
  for (const [key, value] of Object.entries(production)) {
    if (value === undefined || key === "referencedRule") continue;
    if (key === "_definition") frozen.definition = (value as IProduction[]).map(freeze);
    else if (key === "terminalType" || key === "separator") frozen[key] = (value as TokenType).name;
    else frozen.props[key] = value;
  }
  return frozen;
}

/** A rule's lookahead paths by production, as chevrotain computes them. */
function lookaheadOf(rule: Rule, maxLookahead: number): Record<string, string[][][]> {
  const out: Record<string, string[][][]> = {};
  const visit = (definition: IProduction[]): void => {
    for (const production of definition) {
      if (production instanceof Terminal || production instanceof NonTerminal) continue;
      const decision = DECISIONS.find((D) => production.constructor === D);
      if (decision !== undefined) {
        const { idx } = production as Alternation;
        const prodType = decision.name as Parameters<typeof getLookaheadPaths>[0]["prodType"];
        const paths = getLookaheadPaths({ occurrence: idx, rule, prodType, maxLookahead });
        out[`${decision.name}${idx}`] = paths.map((alternative) => alternative.map((path) => path.map((t) => t.name)));
      }
      visit((production as Option).definition);
    }
  };
  visit(rule.definition);
  return out;
}
