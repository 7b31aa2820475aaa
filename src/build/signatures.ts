// 落款 and 印发 lines: 吴兴区人民政府办公室 二○二二年十二月五日 / …2023年3月15日印发.
import type { DateValue, Printing } from "../model/index.js";
import type { Block } from "./blocks.js";
import { type BuildContext, tokenRange, tokensRange } from "./context.js";
import { parseDate } from "./values/dates.js";
import { DISCLOSURE_NOTE } from "../lex/chars.js";

/** What the signature blocks of a document say. */
export interface Signatures {
  /** The 落款 organ (the 印发 line is not the 落款: it fills `printing` only). */
  issuer: string | null;
  issueDate: DateValue | null;
  printing: Printing | null;
  /** The block the 落款 was read from. */
  issueBlock: Block | null;
  /** The blocks that are 印发 lines. */
  printingBlocks: Block[];
  /** A 发文字号 set before the 落款's organ on its line (〔2021〕7号　　　　苕南区人民政府办公室　…): its span. */
  number: { start: number; end: number } | null;
}

const PRINTED = /印[发發]$/;
const COMPILED = /(?<=(?:办公室|辦公室|政府|委员会|委員會|办|辦))[编編](?:印)?$/;

/** A 发文字号 in a cell of its own: 〔2021〕7号, 苕政纪〔2021〕7号. */
export const NUMBER_CELL = /^[\u3400-\u9fff]{0,8}[〔［\[（(][0-9]{4}[〕］\]）)][0-9]{1,4}[号號]$/;

/** An issue's number in a cell after the organ: 　第9期. */
const ISSUE_CELL = /[\s\u3000]+第[ \u3000]*[0-9０-９一二三四五六七八九十]{1,4}[ \u3000]*期$/;

/** Reads the 落款 (the first signature that is not a 印发 line) and the 印发 line. */
export function buildSignatures(blocks: Block[], ctx: BuildContext): Signatures {
  const out: Signatures = { issuer: null, issueDate: null, printing: null, issueBlock: null, printingBlocks: [], number: null };
  for (const block of blocks) {
    const dateToken = block.tokens.find((t) => t.tokenType.name === "StandaloneDate")!;
    // (The organ's tokens: not a disclosure note after the date, （此件公开发布）.)
    const organTokens = block.tokens.filter((t) => t.tokenType.name === "Text" && !DISCLOSURE_NOTE.test(t.image));
    // (A 发文字号 before the organ, apart by blanks, is no part of it: 〔2021〕7号　　　　苕南区人民政府办公室.)
    const number = organTokens.length > 1 && NUMBER_CELL.test(organTokens[0]!.image) ? organTokens.shift()! : undefined;
    // (A masthead's 编 / 编印 after the organ — 金坪市人民政府办公室编 — says who compiled it.)
    // (Nor is an issue's number in a cell of its own after it: 桥阳县人民政府办公室<TAB>第9期<TAB>2024年5月22日.)
    const organ = organTokens.length ? ctx.clean(ctx.text.slice(...tokensRange(organTokens))).replace(ISSUE_CELL, "").replace(COMPILED, "") || null : null;
    const printed = PRINTED.test(dateToken.image);
    const dateText = dateToken.image.replace(PRINTED, "");
    const [start] = tokenRange(dateToken);
    const date: DateValue = { text: dateText, iso: parseDate(dateText).iso, position: ctx.position(start, start + dateText.length) };
    if (printed) {
      out.printingBlocks.push(block);
      out.printing ??= { organization: organ, date, position: ctx.position(block.start, block.end) };
    } else if (out.issueDate === null) {
      out.issueDate = date;
      out.issuer = organ;
      out.issueBlock = block;
      if (number !== undefined) {
        const [from, to] = tokenRange(number);
        out.number = { start: from, end: to };
      }
    }
  }
  return out;
}
