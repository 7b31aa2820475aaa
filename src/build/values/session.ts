/**
 * The session number of a meeting mention: 第13次常务会议, 第四十八次常务会议, 八届27次区政府常务会议.
 */
import { parseNumber } from "./numerals.js";
import { toMatchable } from "./text.js";

/** A session mention, e.g. `{ sessionNumber: 27, term: 8, text: "八届27次", index: 0 }`; index -1 when none. */
export interface SessionParts {
  sessionNumber: number | null;
  term: number | null;
  text: string | null;
  index: number;
}

/** A number in Arabic (matchable text, so full-width is already ASCII) or Chinese numerals. */
const NUM = "[0-9]{1,4}|[零〇○一二三四五六七八九十百两]{1,6}";
/**
 * N届M次 / N届…第M次 / N届…M次 (八届27次, 十八届政府第57次, 十七届县政府35次: no numeral in
 * what stands between without 第); not a congress's session (十七届人大三次会议).
 */
const TERM_SESSION = new RegExp(
  `(${NUM})[ \\t]*届[ \\t]*(?:(?![^次]{0,6}?(?:人大|政协|党委|全会|代表大会))(?:[^\\s0-9，。、；;,：:]{0,6}?第|[^\\s0-9，。、；;,：:零〇○一二三四五六七八九十百两]{1,6}?))?[ \\t]*(${NUM})[ \\t]*次`,
  "g",
);
/** 会议（2025年第6次）, 会议纪要（第12次）: the number in brackets after the meeting's name. */
const BRACKETED_SESSION = new RegExp(`(?:会议?|会议?纪要)[(（](?:[0-9]{4}年)?第[ \\t]*(${NUM})[ \\t]*次[)）]`);
/** 第N次 (第13次, 第 5 次, 第十二次). */
const NTH_SESSION = new RegExp(`第[ \\t]*(${NUM})[ \\t]*次`, "g");
/** A count with a letter a scan's OCR read for a digit, and one digit at least: l7 in 第l7次. */
const OCR_COUNT = /(?<=第[ \t]*)(?=[0-9lIOo]{0,3}[0-9])(?=[0-9]{0,3}[lIOo])[0-9lIOo]{2,4}(?=[ \t]*次)/g;
/** The meeting noun must follow within this many characters of 次. */
const FOLLOW_WINDOW = 12;
/** Characters that end the phrase: a meeting noun after one of them does not count. */
const PHRASE_BREAK = /[，。；;,!?！？、：:\n\r（）()“”"《》]/;
/** 会 that is part of another word (社会, 协会, 党代会, 大会, 全会 …), not a meeting. */
const NOT_MEETING_BEFORE = /[社协学机工代大全都理聚约拍博]/;
/** Nothing but blanks: an N届M次 ending the text (a bare 五届68次, or in brackets: （十四届37次）) counts without a meeting noun. */
const TRAILING_BLANKS = /^[)）]?[\s\u00A0]*$/;
/** A pinyin annotation left by a mirror site (會(huì)議), skipped when looking for the meeting noun. */
const PINYIN_ANNOTATION = /^\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ\u0300-\u036F]{1,8}(?: [a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ\u0300-\u036F]{1,8}){0,3}\)/;
/** 体会 is a meeting only in 全体会议 (followed by 议). */
const TI_HUI = "体";

interface Candidate {
  index: number;
  end: number;
  term: number | null;
  session: number | null;
}

function collect(m: string, re: RegExp, withTerm: boolean): Candidate[] {
  const out: Candidate[] = [];
  re.lastIndex = 0;
  for (let g = re.exec(m); g !== null; g = re.exec(m)) {
    out.push({
      index: g.index,
      end: g.index + g[0].length,
      term: withTerm ? parseNumber(g[1]) : null,
      session: parseNumber(withTerm ? g[2] : g[1]),
    });
  }
  return out;
}

/** A running total in brackets after a count: (总第52次). */
const RUNNING_TOTAL = /^\(总第[0-9零〇○一二三四五六七八九十百]{1,6}次\)/;

/** Whether a meeting noun (会 / 会议 / 办公会 …) follows within the window, in the same phrase. */
function meetingFollows(m: string, end: number): boolean {
  let budget = FOLLOW_WINDOW + 1;
  for (let i = end; i < m.length && budget > 0; i++, budget--) {
    const c = m[i];
    if (c === "(") {
      // 常务（扩大）会议: the note belongs to the meeting's name.
      if (m.startsWith("(扩大)", i)) {
        i += 3;
        budget += 4;
        continue;
      }
      // 第7次（总第52次）常务会议: the running total belongs to the count.
      const total = RUNNING_TOTAL.exec(m.slice(i, i + 12));
      if (total !== null) {
        i += total[0].length - 1;
        budget += total[0].length;
        continue;
      }
      const pinyin = PINYIN_ANNOTATION.exec(m.slice(i, i + 10));
      if (pinyin !== null) {
        i += pinyin[0].length - 1;
        budget++;
        continue;
      }
    }
    if (PHRASE_BREAK.test(c)) return false;
    if (c !== "会") continue;
    const before = i > 0 ? m[i - 1] : "";
    if (before === TI_HUI) {
      if (m[i + 1] === "议") return true;
      continue;
    }
    if (i > end && NOT_MEETING_BEFORE.test(before)) continue;
    return true;
  }
  return false;
}

/**
 * Finds the first session number followed by a meeting noun (会议 / 常务会 / 办公会) within 12
 * characters of the same phrase; an N届M次 that ends the text also counts.
 * @example parseSession("八届27次区政府常务会议") // { sessionNumber: 27, term: 8, text: "八届27次", index: 0 }
 */
export function parseSession(text: string): SessionParts {
  const none: SessionParts = { sessionNumber: null, term: null, text: null, index: -1 };
  if (typeof text !== "string" || text.length === 0) return none;
  let m = toMatchable(text);
  // (A scan's OCR may read l or O for a digit of the count: 第l7次, 第1O次.)
  if (/[lIOo]/.test(m)) m = m.replace(OCR_COUNT, (n) => n.replace(/[lI]/g, "1").replace(/[Oo]/g, "0"));
  // (Each pattern only where its mark is: most sentences hold neither 届 nor 第.)
  const candidates = [
    ...(m.includes("届") ? collect(m, TERM_SESSION, true) : []),
    ...(m.includes("第") ? collect(m, NTH_SESSION, false) : []),
  ].sort(
    (a, b) => a.index - b.index || b.end - a.end,
  );
  for (const c of candidates) {
    if (c.session === null) continue;
    const atEnd = c.term !== null && TRAILING_BLANKS.test(m.slice(c.end));
    if (!atEnd && !meetingFollows(m, c.end)) continue;
    return { sessionNumber: c.session, term: c.term, text: text.slice(c.index, c.end), index: c.index };
  }
  const bracketed = m.includes("次") ? BRACKETED_SESSION.exec(m) : null;
  if (bracketed !== null) {
    const at = m.indexOf("第", bracketed.index);
    const end = bracketed.index + bracketed[0].length - 1;
    return { sessionNumber: parseNumber(bracketed[1]!), term: null, text: text.slice(at, end), index: at };
  }
  return none;
}
