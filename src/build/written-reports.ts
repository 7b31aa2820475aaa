// 书面通报 items: 会议书面通报并原则同意区史志办提出的关于《吴兴区志》编纂工作的情况汇报，…
import type { WrittenReport } from "../model/index.js";
import type { Block } from "./blocks.js";
import type { BuildContext } from "./context.js";
import { cut, stripEnd, COMMA } from "./sentences.js";
import { spanOf } from "./topics.js";
import { cleanText, toMatchable } from "./values/text.js";

const DECISION = /^(?:并|后)?(原则同意|同意|审议通过|原则通过|通过)?/;
const PROPOSER = /^(?:了)?(.{2,40}?)(?:提出的|提交的|报送的|关于)/;
const SUBJECT_END = /(?:的情况汇报|的汇报|的情况报告|的报告|的情况)$/;

/** Builds a 书面通报 item from its line. */
export function buildWrittenReport(block: Block, ctx: BuildContext): WrittenReport {
  const span = spanOf(block.tokens, ctx);
  const lead = block.tokens[0]!.image.length;
  const body = span.text.slice(lead);
  const match = span.match.slice(lead);
  const decision = DECISION.exec(match)![1] ?? null;
  let at = DECISION.exec(match)![0].length;
  const proposerMatch = PROPOSER.exec(match.slice(at));
  let proposer: string | null = null;
  if (proposerMatch) {
    proposer = stripEnd(body.slice(at, at + proposerMatch[0].length - (proposerMatch[0].endsWith("关于") ? 2 : proposerMatch[0].endsWith("提出的") || proposerMatch[0].endsWith("提交的") || proposerMatch[0].endsWith("报送的") ? 3 : 0))).replace(/^了/, "");
    at += proposerMatch[0].length - (proposerMatch[0].endsWith("关于") ? 2 : 0);
  }
  // The subject: from 关于 to the end of its clause, less 的情况汇报 / 的汇报 / 的情况.
  let subject: string | null = null;
  const about = match.indexOf("关于", at);
  if (about >= 0) {
    const clauseEnd = firstClauseEnd(match, about);
    subject = stripEnd(cleanText(body.slice(about + 2, clauseEnd)));
    subject = subject.replace(SUBJECT_END, "") || null;
  }
  const clauses = cut({ text: body, match, start: span.start + lead }, COMMA).map((c) => stripEnd(c.text)).filter((c) => c);
  const last = clauses.length > 1 ? clauses[clauses.length - 1]! : null;
  return {
    text: cleanText(span.text),
    proposer: proposer ? cleanText(proposer) : null,
    subject,
    decision,
    followUp: last && /(?:实施|研究|审议|印发|办理|执行)$/.test(toMatchable(last)) ? cleanText(last) : null,
    position: ctx.position(block.start, block.end),
  };
}

/** The end of the clause that starts at `from`: the first ，/。/； outside 《》 and brackets. */
function firstClauseEnd(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i]!;
    if (c === "《" || c === "(" || c === "“") depth++;
    else if (c === "》" || c === ")" || c === "”") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === "," || c === "。" || c === ";" || c === "；")) return i;
  }
  return s.length;
}
