export { tokenize, minutesLexer } from "./lexer.js";
export * as tokens from "./tokens.js";
