import { Lexer, type ILexingResult } from "chevrotain";
import { allTokens, forgetLineStarts } from "./tokens.js";

/** The one lexer instance (building a chevrotain lexer is costly; using it is not). */
export const minutesLexer = new Lexer(allTokens, {
  // Offsets are enough: the builder maps offsets to lines and columns for the whole document.
  positionTracking: "onlyOffset",
  ensureOptimizations: true,
  // The token definitions are validated in the tests (test/lex); skipping it here saves start-up time.
  skipValidations: true,
});

/** Splits `text` into tokens; blanks go to the `blank` group. Never throws. */
export function tokenize(text: string): ILexingResult {
  forgetLineStarts();
  return minutesLexer.tokenize(text);
}
