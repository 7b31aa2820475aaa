export { parseBlocks } from "./parse-blocks.js";
export type { ParseResult } from "./parse-blocks.js";
export type { BlockKind, GrammarBlock, TopicBody } from "./blocks.js";
export { topicBlock } from "./blocks.js";
