// Flattens the CST into the document's blocks, in source order, each with its content range.
import type { CstElement, CstNode, IToken } from "chevrotain";
import { type BuildContext, tokensBetween, tokensRange } from "./context.js";

/** The kinds of top-level block the grammar recognises. */
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

/** One block of the document: the CST node and the range of its content (line ends excluded). */
export interface Block {
  kind: BlockKind;
  node: CstNode;
  /** The block's tokens in source order, line breaks excluded. */
  tokens: IToken[];
  start: number;
  end: number;
}

const isToken = (e: CstElement): e is IToken => (e as IToken).tokenType !== undefined;

/** Every token below `node`, in source order, except line breaks and EOF. */
export function contentTokens(node: CstNode): IToken[] {
  const out: IToken[] = [];
  const walk = (n: CstNode): void => {
    for (const list of Object.values(n.children)) {
      for (const e of list) {
        if (isToken(e)) {
          const name = e.tokenType.name;
          if (name !== "LineBreak" && name !== "EOF" && !e.isInsertedInRecovery && !Number.isNaN(e.startOffset)) out.push(e);
        } else walk(e);
      }
    }
  };
  walk(node);
  return out.sort((a, b) => a.startOffset - b.startOffset);
}

/** The content tokens of a node (no line breaks), from the token array: no tree walk. */
export function nodeTokens(node: CstNode, ctx: BuildContext): IToken[] {
  const loc = node.location;
  if (loc === undefined || Number.isNaN(loc.startOffset)) return contentTokens(node);
  return tokensBetween(ctx, loc.startOffset, loc.endOffset ?? loc.startOffset);
}

/** Wraps a block-level rule node. */
export function toBlock(node: CstNode, ctx: BuildContext): Block | null {
  const tokens = nodeTokens(node, ctx);
  if (tokens.length === 0) return null;
  const [start, end] = tokensRange(tokens);
  return { kind: node.name as BlockKind, node, tokens, start, end };
}

/** The top-level blocks of a document CST, in order. */
export function documentBlocks(document: CstNode, ctx: BuildContext): Block[] {
  const blocks: Block[] = [];
  for (const b of document.children.block ?? []) {
    // A block node has exactly one child: the rule that matched.
    const children = (b as CstNode).children;
    let inner: CstElement | undefined;
    for (const key in children) {
      inner = children[key]![0];
      break;
    }
    if (inner === undefined || isToken(inner)) continue;
    const block = toBlock(inner, ctx);
    if (block) blocks.push(block);
  }
  return blocks;
}
