import type { ILexingError, IRecognitionException, IToken } from "chevrotain";
import { tokenize } from "../lex/index.js";
import type { GrammarBlock } from "./blocks.js";
import { MinutesParser } from "./parser.js";

/** What {@link parseBlocks} returns: the blocks, every token, and what went wrong. Never throws. */
export interface ParseResult {
  text: string;
  /** The document's blocks in source order. */
  blocks: GrammarBlock[];
  /** Tokens given to the parser (blanks are in `blanks`). */
  tokens: IToken[];
  blanks: IToken[];
  lexErrors: ILexingError[];
  parseErrors: IRecognitionException[];
}

let parser: MinutesParser | undefined;

/** The singleton parser (chevrotain's self-analysis runs once per process; the grammar's
 * validations run in the tests, not at every start). */
function getParser(): MinutesParser {
  parser ??= new MinutesParser({ validate: false });
  return parser;
}

/**
 * Lexes and parses a document into its blocks.
 *
 * @example parseBlocks("一、关于区政府第一议题\n…").blocks[0].kind // "topic"
 */
export function parseBlocks(text: string): ParseResult {
  const lexed = tokenize(text);
  const p = getParser();
  p.input = lexed.tokens;
  const blocks = p.document() ?? [];
  return {
    text,
    blocks,
    tokens: lexed.tokens,
    blanks: lexed.groups.blank ?? [],
    lexErrors: lexed.errors,
    parseErrors: p.errors,
  };
}
