// What the grammar returns: the document's blocks, each with its tokens (no concrete syntax tree).
import type { IToken } from "chevrotain";

/** The kinds of block the grammar recognises. */
export type BlockKind =
  | "headerRow"
  | "datedHeaderRow"
  | "chromeLine"
  | "docNumberLine"
  | "signature"
  | "topic"
  | "writtenReport"
  | "peopleList"
  | "distributionList"
  | "paragraph";

/** A numbered topic's parts: its marker, its heading and its body in source order. */
export interface TopicBody {
  marker: IToken;
  /** The tokens after the marker on its line (none when the marker stands alone). */
  heading: IToken[];
  /** Paragraphs and nested topics, in source order. */
  body: GrammarBlock[];
}

/** One block of the document as the grammar recognised it. */
export interface GrammarBlock {
  kind: BlockKind;
  /** Every content token of the block in source order: no line breaks, none made up by error recovery. */
  tokens: IToken[];
  /** For topics: the marker, the heading and the body; null for other blocks. */
  topic: TopicBody | null;
}

/** A block of `kind` made of `tokens` (tokens inserted by error recovery are left out). */
export function block(kind: BlockKind, tokens: IToken[]): GrammarBlock {
  return { kind, tokens: tokens.some(isMadeUp) ? tokens.filter((t) => !isMadeUp(t)) : tokens, topic: null };
}

/** A topic block: its tokens are the marker's, the heading's and the body's, in source order. */
export function topicBlock(marker: IToken, heading: IToken[], body: GrammarBlock[]): GrammarBlock {
  const tokens = isMadeUp(marker) ? [] : [marker];
  for (const t of heading) if (!isMadeUp(t)) tokens.push(t);
  for (const part of body) for (const t of part.tokens) tokens.push(t);
  return { kind: "topic", tokens, topic: { marker, heading: heading.filter((t) => !isMadeUp(t)), body } };
}

/** Whether error recovery inserted the token (it stands for nothing in the text). */
function isMadeUp(t: IToken): boolean {
  return t.isInsertedInRecovery === true || Number.isNaN(t.startOffset);
}
