// The parser's self-analysis, computed ahead of time.
//
// chevrotain analyses a grammar when its parser is built (`performSelfAnalysis`): it runs every
// rule once in a recording mode to learn its productions, then works out the follow sets used in
// error recovery and the lookahead of every choice. That is the same on every run, and costs about
// 18 ms of a cold CLI start (a tenth of it). The analysis is therefore frozen into
// frozen-analysis.json (by test/grammar/frozen-analysis.test.ts, from chevrotain's own analysis:
// `npx vitest run test/grammar/frozen-analysis -u` after a grammar change; the test fails while the
// file is stale) and thawed here: the productions rebuilt from the JSON, the follow sets read
// from it, each lookahead function made from its token paths.
//
// Thawing sets what chevrotain's `performSelfAnalysis` sets on the parser (the version is pinned
// to 11.2; a frozen analysis of another chevrotain version, or of other rules, is not used).
import {
  Alternation,
  Alternative,
  EOF,
  type ILookaheadStrategy,
  type ILookaheadValidationError,
  type IOrAlt,
  type IProduction,
  type IToken,
  LLkLookaheadStrategy,
  NonTerminal,
  Option,
  type OptionalProductionType,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  Rule,
  Terminal,
  type TokenType,
  VERSION,
} from "chevrotain";

/** A production as frozen: its class, its properties, its tokens and rules by name. */
export interface FrozenProduction {
  type: ProductionType;
  /** Everything else the production held (idx, hasPredicates, maxLookahead, label, name, …). */
  props: Record<string, unknown>;
  terminalType?: string;
  separator?: string;
  definition?: FrozenProduction[];
}

/** A grammar's analysis, as JSON. */
export interface FrozenAnalysis {
  /** The chevrotain version that made it. */
  chevrotain: string;
  /** The rules' productions, in the order the rules are defined. */
  rules: FrozenProduction[];
  /** Follow sets by chevrotain's follow key (`block1_~IN~_document`): token names. */
  follows: Record<string, string[]>;
  /**
   * Each rule's lookahead paths by production (`Alternation2`, `Repetition1`, …): per
   * alternative, the paths of token names (for an optional production: inside it, then after).
   */
  lookahead: Record<string, Record<string, string[][][]>>;
}

/** The classes of the productions, by name. */
const PRODUCTIONS = {
  Rule,
  NonTerminal,
  Terminal,
  Alternative,
  Alternation,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
} as const;
export type ProductionType = keyof typeof PRODUCTIONS;

/** The parser's internals that its self-analysis sets (chevrotain 11.2). */
interface AnalysedParser {
  selfAnalysisDone: boolean;
  definedRulesNames: string[];
  gastProductionsCache: Record<string, Rule>;
  resyncFollows: Record<string, TokenType[]>;
  preComputeLookaheadFunctions(rules: Rule[]): void;
}

/**
 * Lookahead functions made from frozen token paths, as chevrotain's LL(k) strategy makes them
 * from the paths it computes: the same tests in the same order. Until {@link thawAnalysis} gives
 * it paths (or when it could not), it is chevrotain's own strategy.
 */
export class FrozenLookahead implements ILookaheadStrategy {
  private readonly computed: ILookaheadStrategy;
  paths: FrozenAnalysis["lookahead"] | undefined;
  private tokens: Map<string, TokenType> = new Map();

  constructor(maxLookahead: number) {
    this.computed = new LLkLookaheadStrategy({ maxLookahead });
  }

  use(paths: FrozenAnalysis["lookahead"] | undefined, tokens: Map<string, TokenType>): void {
    this.paths = paths;
    this.tokens = tokens;
  }

  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
    return this.computed.validate(options);
  }

  buildLookaheadForAlternation(options: {
    prodOccurrence: number;
    rule: Rule;
    maxLookahead: number;
    hasPredicates: boolean;
    dynamicTokensEnabled: boolean;
  }): (orAlts?: IOrAlt<unknown>[]) => number | undefined {
    const paths = this.frozenPaths(options.rule.name, `Alternation${options.prodOccurrence}`);
    if (paths === undefined) return this.computed.buildLookaheadForAlternation(options);
    return alternativesLookahead(paths, options.hasPredicates, categoriesUsed(paths) ? matchesWithCategories : matchesExactly);
  }

  buildLookaheadForOptional(options: {
    prodOccurrence: number;
    prodType: OptionalProductionType;
    rule: Rule;
    maxLookahead: number;
    dynamicTokensEnabled: boolean;
  }): () => boolean {
    const paths = this.frozenPaths(options.rule.name, `${options.prodType}${options.prodOccurrence}`);
    if (paths === undefined) return this.computed.buildLookaheadForOptional(options);
    return singleAlternativeLookahead(paths[0]!, categoriesUsed(paths) ? matchesWithCategories : matchesExactly);
  }

  private frozenPaths(rule: string, production: string): TokenType[][][] | undefined {
    const names = this.paths?.[rule]?.[production];
    return names?.map((alternative) => alternative.map((path) => path.map((name) => this.tokens.get(name)!)));
  }
}

/**
 * Gives `parser` its frozen analysis instead of running chevrotain's: returns false, changing
 * nothing, when the analysis is of another chevrotain version or of other rules or tokens.
 */
export function thawAnalysis(parser: object, frozen: FrozenAnalysis, tokenTypes: TokenType[], lookahead: FrozenLookahead): boolean {
  const p = parser as AnalysedParser;
  const tokens = new Map<string, TokenType>([[EOF.name, EOF], ...tokenTypes.map((t) => [t.name, t] as const)]);
  const ruleNames = frozen.rules.map((r) => r.props["name"]);
  if (
    frozen.chevrotain !== VERSION ||
    ruleNames.length !== p.definedRulesNames.length ||
    ruleNames.some((name, i) => name !== p.definedRulesNames[i]) ||
    !namesKnown(frozen, tokens)
  ) {
    return false;
  }

  p.selfAnalysisDone = true;
  toFastProperties(parser);
  const rules = frozen.rules.map((r) => thaw(r, tokens) as Rule);
  const byName = new Map(rules.map((r) => [r.name, r]));
  for (const rule of rules) {
    p.gastProductionsCache[rule.name] = rule;
    linkRules(rule.definition, byName);
  }
  p.resyncFollows = Object.fromEntries(Object.entries(frozen.follows).map(([key, names]) => [key, names.map((n) => tokens.get(n)!)]));
  lookahead.use(frozen.lookahead, tokens);
  p.preComputeLookaheadFunctions(rules);
  return true;
}

/** Whether every token the analysis names is one of the grammar's. */
function namesKnown(frozen: FrozenAnalysis, tokens: Map<string, TokenType>): boolean {
  const known = (name: string | undefined): boolean => name === undefined || tokens.has(name);
  const inProduction = (p: FrozenProduction): boolean => known(p.terminalType) && known(p.separator) && (p.definition ?? []).every(inProduction);
  return (
    frozen.rules.every(inProduction) &&
    Object.values(frozen.follows).every((names) => names.every(known)) &&
    Object.values(frozen.lookahead).every((byProduction) => Object.values(byProduction).every((alts) => alts.every((paths) => paths.every((path) => path.every(known)))))
  );
}

function thaw(p: FrozenProduction, tokens: Map<string, TokenType>): IProduction {
  const Production = PRODUCTIONS[p.type] as new (options: object) => IProduction;
  return new Production({
    ...p.props,
    ...(p.definition !== undefined ? { definition: p.definition.map((d) => thaw(d, tokens)) } : {}),
    ...(p.terminalType !== undefined ? { terminalType: tokens.get(p.terminalType) } : {}),
    ...(p.separator !== undefined ? { separator: tokens.get(p.separator) } : {}),
  });
}

/** Points each rule reference at its rule (what chevrotain's grammar resolving does). */
function linkRules(definition: IProduction[], rules: Map<string, Rule>): void {
  for (const production of definition) {
    if (production instanceof NonTerminal) production.referencedRule = rules.get(production.nonTerminalName)!;
    else if (!(production instanceof Terminal)) linkRules((production as Option).definition, rules);
  }
}

/** V8 keeps an object's properties in fast mode once it is used as a prototype (chevrotain does this too). */
function toFastProperties(object: object): void {
  function Fake() {}
  Fake.prototype = object;
  const instance = new (Fake as unknown as new () => { probe?: unknown })();
  const access = () => typeof instance.probe;
  access();
  access();
}

type TokenMatch = (token: IToken, type: TokenType) => boolean;

const matchesExactly: TokenMatch = (token, type) => token.tokenTypeIdx === type.tokenTypeIdx;

const matchesWithCategories: TokenMatch = (token, type) =>
  token.tokenTypeIdx === type.tokenTypeIdx || (type.isParent === true && type.categoryMatchesMap![token.tokenTypeIdx!] === true);

function categoriesUsed(paths: TokenType[][][]): boolean {
  return paths.some((alternative) => alternative.some((path) => path.some((t) => (t.categoryMatches ?? []).length > 0)));
}

interface Parser {
  LA(howMuch: number): IToken;
}

/** Which alternative to take (chevrotain's `buildAlternativesLookAheadFunc`, without dynamic tokens). */
function alternativesLookahead(alts: TokenType[][][], hasPredicates: boolean, matches: TokenMatch): (orAlts?: IOrAlt<unknown>[]) => number | undefined {
  const pathMatches = (parser: Parser, alternative: TokenType[][]): boolean =>
    alternative.some((path) => path.every((type, i) => matches(parser.LA(i + 1), type)));

  if (hasPredicates) {
    return function (this: Parser, orAlts?: IOrAlt<unknown>[]) {
      for (let t = 0; t < alts.length; t++) {
        const gate = orAlts?.[t]?.GATE;
        if (gate !== undefined && gate.call(this) === false) continue;
        if (pathMatches(this, alts[t]!)) return t;
      }
      return undefined;
    };
  }
  if (alts.every((alternative) => alternative.every((path) => path.length === 1))) {
    const choice: Record<number, number> = {};
    alts.forEach((alternative, t) => {
      for (const [type] of alternative) {
        if (!(type!.tokenTypeIdx! in choice)) choice[type!.tokenTypeIdx!] = t;
        for (const extending of type!.categoryMatches ?? []) if (!(extending in choice)) choice[extending] = t;
      }
    });
    return function (this: Parser) {
      return choice[this.LA(1).tokenTypeIdx!];
    };
  }
  return function (this: Parser) {
    for (let t = 0; t < alts.length; t++) if (pathMatches(this, alts[t]!)) return t;
    return undefined;
  };
}

/** Whether to enter an optional production (chevrotain's `buildSingleAlternativeLookaheadFunction`). */
function singleAlternativeLookahead(alt: TokenType[][], matches: TokenMatch): () => boolean {
  if (alt.every((path) => path.length === 1)) {
    const types = alt.map(([type]) => type!);
    if (types.length === 1 && (types[0]!.categoryMatches ?? []).length === 0) {
      const expected = types[0]!.tokenTypeIdx;
      return function (this: Parser) {
        return this.LA(1).tokenTypeIdx === expected;
      };
    }
    const accepted: boolean[] = [];
    for (const type of types) {
      accepted[type.tokenTypeIdx!] = true;
      for (const extending of type.categoryMatches ?? []) accepted[extending] = true;
    }
    return function (this: Parser) {
      return accepted[this.LA(1).tokenTypeIdx!] === true;
    };
  }
  return function (this: Parser) {
    return alt.some((path) => path.every((type, i) => matches(this.LA(i + 1), type)));
  };
}
