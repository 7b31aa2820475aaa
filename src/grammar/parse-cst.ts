import type { CstNode, ILexingError, IRecognitionException, IToken } from "chevrotain";
import { tokenize } from "../lex/index.js";
import { MinutesParser } from "./parser.js";

/** What {@link parseCst} returns: the CST, every token, and what went wrong. Never throws. */
export interface CstResult {
  text: string;
  cst: CstNode;
  /** Tokens given to the parser (blanks are in `blanks`). */
  tokens: IToken[];
  blanks: IToken[];
  lexErrors: ILexingError[];
  parseErrors: IRecognitionException[];
}

let parser: MinutesParser | undefined;

/** The singleton parser (chevrotain's self-analysis runs once per process). */
function getParser(): MinutesParser {
  parser ??= new MinutesParser();
  return parser;
}

/**
 * Lexes and parses a document into a CST.
 *
 * @example parseCst("一、关于区政府第一议题\n…").cst.children.block
 */
export function parseCst(text: string): CstResult {
  const lexed = tokenize(text);
  const p = getParser();
  p.input = lexed.tokens;
  const cst = p.document();
  return {
    text,
    cst,
    tokens: lexed.tokens,
    blanks: lexed.groups.blank ?? [],
    lexErrors: lexed.errors,
    parseErrors: p.errors,
  };
}
