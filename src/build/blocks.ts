// The document's blocks as the builder reads them: the grammar's blocks with their content range.
import type { GrammarBlock } from "../grammar/index.js";
import type { BlockKind as OutlineKind } from "../model/index.js";
import { tokensRange } from "./context.js";

export type { BlockKind } from "../grammar/index.js";

/** One block of the document: the grammar's block and the range of its content (line ends excluded). */
export interface Block extends GrammarBlock {
  start: number;
  end: number;
  /** What the block is in the model's outline: set from its kind, refined by the builder. */
  outline: OutlineKind;
}

/** The outline kind of each grammar block (paragraphs and signatures are refined later). */
const OUTLINE_OF: Record<GrammarBlock["kind"], OutlineKind> = {
  headerRow: "header",
  datedHeaderRow: "header",
  chromeLine: "chrome",
  docNumberLine: "document-number",
  signature: "signature",
  topic: "topic",
  writtenReport: "written-report",
  peopleList: "people-list",
  distributionList: "distribution",
  paragraph: "paragraph",
};

/**
 * Whether text[end, start) holds exactly one line break and otherwise only blanks: the block at
 * `start` begins on the line after the one that ends at `end` (no blank line between).
 */
export function onNextLine(text: string, end: number, start: number): boolean {
  let breaks = 0;
  for (let i = end; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) breaks++;
    else if (c !== 0x0d && c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0xa0) return false;
  }
  return breaks === 1;
}

/** A grammar block with its content range, or null when it holds no token. */
export function toBlock(block: GrammarBlock): Block | null {
  if (block.tokens.length === 0) return null;
  const [start, end] = tokensRange(block.tokens);
  // (Written out, not spread: every block has the same shape, which keeps property reads fast.)
  return { kind: block.kind, tokens: block.tokens, topic: block.topic, start, end, outline: OUTLINE_OF[block.kind] };
}

/** The top-level blocks of a document, in order. */
export function documentBlocks(blocks: readonly GrammarBlock[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const block = toBlock(b);
    if (block) out.push(block);
  }
  return out;
}
