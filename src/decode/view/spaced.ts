// Letters spaced out across a line (a masthead, a title, a 落款): read without the blanks.
import { type Edit } from "./edits.js";
import { type Line, TITLE_LINES } from "./lines.js";
import { LETTER_SPACED, SIGNING_ORGAN } from "./wraps.js";

/** Five letters spaced out in a row, anywhere. */
export const SPACED_LETTERS = /(?:[\u3400-\u9fff][ \u3000\u00a0]{1,2}){5}[\u3400-\u9fff]|[纪紀][ \u3000\u00a0]{1,3}要/;
/** A short heading spaced out letter by letter: 会 议 纪 要, 纪　要. */
const SHORT_SPACED = /^[ \t\u3000\u00a0]*(?:[\u3400-\u9fff][ \u3000\u00a0]{1,3}){1,5}[\u3400-\u9fff][ \t\u3000\u00a0]*$/;
/**
 * A line break inside a sentence: text on both sides (a stray blank may end the line), no indent
 * after it (a print's left margin of up to three blanks aside, which every line has).
 */
const BREAK_IN_TEXT = /[\u3400-\u9fff，、0-9)）][ \t]?(?:\r?\n)(?:[-—–－][ \t\u3000\u00a0]*[0-9]{1,3}[ \t\u3000\u00a0]*[-—–－][ \t\u3000\u00a0]*\r?\n)?(?: {1,3}(?! ))?[\u3400-\u9fff，、。“《（0-9]/g;

/** Whether a text may be hard-wrapped: line breaks inside sentences, at least a few of them. */
export function mayBeHardWrapped(source: string, min: number): boolean {
  BREAK_IN_TEXT.lastIndex = 0;
  let n = 0;
  while (BREAK_IN_TEXT.exec(source) !== null) if (++n >= min) return true;
  return false;
}

/**
 * A 落款 spaced out letter by letter, as an OCR'd scan reads (云　碚　县　人　民　政　府　办　公　室⏎
 * ２　０　２　２　年　１　０　月　１　２　日): its blanks read as nothing, in the text's last lines.
 */
export function spacedSignatureEdits(source: string, lines: Line[], out: Edit[]): void {
  for (const l of lines.slice(-FOOT_LINES)) {
    const text = source.slice(l.start, l.end);
    if (!SPACED_FOOT_LINE.test(text)) continue;
    const letters = text.replace(/[ \t\u3000\u00a0]/g, "");
    if (SIGNING_ORGAN.test(letters) || DATE_LETTERS.test(letters)) letterBlankEdits(l.start, text, out);
  }
}
/** A title spaced out as a sub-label of a list, before its colon: 副 县 长：, 县　　长：. */
const SPACED_TITLE_LABEL = /^([ \t\u3000]*)([\u3400-\u9fff](?:[ \u3000]+[\u3400-\u9fff]){1,4})(?=[ \u3000]*[：:])/gm;
/** What such a label spells: a title (县长, 副县长, 常务副县长, 主任). */
const TITLE_LETTERS = /^[\u3400-\u9fff]{0,4}(?:[长長]|主任|[书書][记記]|主席)$/;
/** A hint that a text holds one: a letter, a blank, 长 and a colon. */
const SPACED_TITLE_HINT = /[\u3400-\u9fff][ \u3000]+[长長][ \u3000]*[：:]/;

/** A form's label spaced out (会 议 时 间：, 出　席　人　员：): a blank between two letters, then a label's last letter and its colon. */
const SPACED_FORM_HINT = /[\u3400-\u9fff][ \u3000]+[间間点點员員称稱题題人项項][ \u3000]*[：:]/;
/** What such a label spells: 会议时间, 地点, 出席人员, 主持人, 记录人, 议定事项 …. */
const FORM_LABEL_LETTERS = /^(?:(?:会议|會議)?(?:时间|時間|地点|地點|名称|名稱|议题|議題|主持人?|记录人?|記錄人?)|(?:出席|列席|请假|請假|缺席|参会|參會|参加|參加|与会|與會)(?:人员|人員|领导|領導|单位|單位)?|议定事项|議定事項)$/;

/**
 * A list's sub-label spaced out as a title (副 县 长：覃 明　党晓琳), or a form's label spaced out (会 议 时 间：…):
 * its letters read together.
 */
export function spacedTitleLabelEdits(source: string, out: Edit[]): void {
  const titles = SPACED_TITLE_HINT.test(source);
  const forms = SPACED_FORM_HINT.test(source);
  if (!titles && !forms) return;
  for (const m of source.matchAll(SPACED_TITLE_LABEL)) {
    const letters = m[2]!.replace(/[ \u3000]/g, "");
    // (A form's label of four letters or more: shorter ones, 时　间：, 主 持 人：, the lexer reads as they are.)
    if ((titles && TITLE_LETTERS.test(letters)) || (forms && letters.length >= 4 && FORM_LABEL_LETTERS.test(letters))) letterBlankEdits(m.index + m[1]!.length, m[2]!, out);
  }
}

/** The blanks between a spaced line's letters (not those around it), each read as nothing. */
export function letterBlankEdits(start: number, text: string, out: Edit[]): void {
  const lead = text.length - text.trimStart().length;
  for (const m of text.trim().matchAll(/[ \u3000\u00a0]+/g)) out.push({ start: start + lead + m.index, end: start + lead + m.index + m[0].length, text: "" });
}
/** How many lines at the text's end a 落款 is looked for in. */
const FOOT_LINES = 16;
/** A line of single letters and digits, each one blank from the next (six or more). */
const SPACED_FOOT_LINE = /^[ \t\u3000\u00a0]*(?:[\u3400-\u9fff0-9０-９〇○][ \u3000\u00a0]){5,}[\u3400-\u9fff0-9０-９〇○][ \t\u3000\u00a0]*$/;
/** A date's letters: ２０２２年１０月１２日, 二〇二二年十月十二日. */
const DATE_LETTERS = /^[0-9０-９〇○零一二三四五六七八九]{4}年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日$/;

/** A masthead's meeting on a line of its own (letters, blanks left out): 常务会议, 县长办公会议. */
const MEETING_LETTERS = /^[\u3400-\u9fff]{0,12}(?:常务|办公|全体|辦公|常務)(?:会议|會議)$/;
/** 纪要 alone on its line, spaced out or not. */
const MINUTES_LINE = /^[ \t\u3000\u00a0]*[纪紀][ \u3000\u00a0]*要[ \t\u3000\u00a0]*$/;

/** Letter-spaced titles (洹 东 区 … 纪 要): the spaces between the letters are read as nothing. */
export function spacedTitleEdits(source: string, lines: Line[], out: Edit[]): void {
  for (const [k, l] of lines.slice(0, TITLE_LINES).entries()) {
    const text = source.slice(l.start, l.end);
    const letters = text.replace(/[ \t\u3000\u00a0]/g, "");
    // (A masthead's meeting over its 纪要, each on a line of its own: 常 务 会 议⏎纪　　要 reads as one line.)
    const next = lines[k + 1];
    if (next !== undefined && MEETING_LETTERS.test(letters) && MINUTES_LINE.test(source.slice(next.start, next.end))) {
      if (letters.length < text.trim().length) letterBlankEdits(l.start, text, out);
      out.push({ start: l.start + text.trimEnd().length, end: next.text, text: "" });
      continue;
    }
    // (Or a form's short heading: 会 议 纪 要.)
    if ((LETTER_SPACED.test(text) && /纪要|紀要|会议|會議|政府/.test(letters)) || (SHORT_SPACED.test(text) && /[纪紀]要$|[记記][录錄]$/.test(letters))) letterBlankEdits(l.start, text, out);
  }
}
