import type { IToken } from "chevrotain";
import { markupRunEnd } from "../decode/index.js";
import { ANY_BLANK, readDocument } from "./values/text.js";
import type { Diagnostic, Position, Severity } from "../model/index.js";
import { type Locator, createLocator } from "../model/locator.js";

/** What every handler of the model builder shares: the text, positions and diagnostics. */
export interface BuildContext {
  readonly text: string;
  /** `text` mapped for matching (toMatchable), computed once: same length, same offsets. */
  readonly match: string;
  /** Cleans a value of website artefacts (cleanText), skipping the work where the document has none. */
  clean(s: string): string;
  /** {@link clean}, then removes every blank (compact): padded names and list items. */
  compact(s: string): string;
  /** The parser's tokens in source order (line breaks included). */
  readonly tokens: readonly IToken[];
  readonly locator: Locator;
  readonly diagnostics: Diagnostic[];
  /** The position of [start, end) in the source. */
  position(start: number, end: number): Position;
  /** The position of [start, end) given in source offsets (text the view left out). */
  sourcePosition(start: number, end: number): Position;
  /**
   * {@link position} for a block of the outline: its end also takes in the markup a scraped page
   * left after the block's text on its line (…会议</span></p>&nbsp;), which the view removed.
   */
  blockPosition(start: number, end: number): Position;
  /** Reports a diagnostic at [start, end). */
  report(severity: Severity, code: string, message: string, start: number, end: number): void;
}

const HTML_ENTITY_IN_TEXT = /&(?:nbsp|lt|gt|amp|quot|apos|ensp|emsp|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/g;

/** Creates the build context of one document. */
export function createContext(text: string, tokens: readonly IToken[], source: string = text, offsets: Int32Array | null = null, chromeRanges: readonly [number, number][] = []): BuildContext {
  const base = createLocator(source);
  // Offsets of the text the grammar read map back to the source (pinyin annotations removed).
  const at = (offset: number): number => offsets![Math.max(0, Math.min(offset, offsets!.length - 1))]!;
  const locator: Locator = offsets === null ? base : {
    point: (offset) => base.point(at(offset)),
    position: (start, end) => base.position(startAt(text, offsets, start, source, chromeRanges), at(end)),
  };
  const diagnostics: Diagnostic[] = [];
  const read = readDocument(text);
  const clean = read.clean;
  return {
    text,
    // Leftover HTML entities end in ";": blank them out for matching, so they cut no sentence.
    // (A line wrap inside 主持 or 召开 is moved after the word, offsets unchanged: …会议室主⏎持召开… reads as 主持⏎召开.)
    match: wrapsAfterWords(text.includes("&") ? read.match.replace(HTML_ENTITY_IN_TEXT, (e) => " ".repeat(e.length)) : read.match),
    clean,
    compact: (s) => clean(s).replace(ANY_BLANK, ""),
    tokens,
    locator,
    diagnostics,
    position: (start, end) => locator.position(start, end),
    sourcePosition: (start, end) => base.position(start, end),
    blockPosition(start, end) {
      const position = locator.position(start, end);
      if (offsets === null) return position;
      const to = markupAfter(source, position.end.offset);
      return to === position.end.offset ? position : { start: position.start, end: base.point(to) };
    },
    report(severity, code, message, start, end) {
      const position = locator.position(start, end);
      diagnostics.push({ severity, code, message, line: position.start.line, column: position.start.column, position });
    },
  };
}

/** A line wrap inside one of the words the opening's readings look for: 主⏎持, 召⏎开. */
const WRAP_IN_WORD = /(主|召)([ \t\u3000]*\r?\n[ \t\u3000]*)(持|开)/g;

/** `match` with a wrap inside 主持 / 召开 moved after the word (same length, same offsets). */
function wrapsAfterWords(match: string): string {
  return match.replace(WRAP_IN_WORD, (m, a: string, wrap: string, b: string) => ((a === "主") === (b === "持") ? a + b + wrap : m));
}

/** The end of the markup (tags, entities, blanks) from `from` to the line's end; `from` when text follows. */
function markupAfter(source: string, from: number): number {
  const to = markupRunEnd(source, from);
  const c = source.charCodeAt(to);
  if (to < source.length && c !== 0x0a && c !== 0x0d) return from;
  // (Only where the view removed something: plain blanks at a line's end stay outside.)
  const stretch = source.slice(from, to);
  return stretch.includes("<") || stretch.includes("&") ? to : from;
}

/**
 * The source offset where a range starting at view offset `start` begins. Text the view removed
 * at the start of a line (a scraped page's `<p>`) belongs to what follows it on the line.
 */
function startAt(view: string, offsets: Int32Array, start: number, source: string, chromeRanges: readonly [number, number][]): number {
  const k = Math.max(0, Math.min(start, offsets.length - 1));
  let j = k - 1;
  while (j >= 0 && (view[j] === " " || view[j] === "\u3000" || view[j] === "\t" || view[j] === "\u00a0")) j--;
  if (j >= 0 && view[j] !== "\n" && view[j] !== "\r") return offsets[k]!;
  // (A line break the view wrote for a tag (…纪要</p><p>…) stands at the tag's start: the line
  // after it owns the tag.)
  const written = j >= 0 && source[offsets[j]!] !== view[j];
  let lineStart = j < 0 ? 0 : offsets[j]! + (written ? 0 : 1);
  // (Blank lines the view left out, a double-spaced page's, belong to no line: the range starts on its own.)
  for (let nl = source.indexOf("\n", lineStart); nl >= 0 && nl < offsets[k]! && BLANKS_ONLY.test(source.slice(lineStart, nl)); nl = source.indexOf("\n", lineStart)) lineStart = nl + 1;
  // Only where the view removed something between the line's start and `start`, and not a page
  // number, running head or element the view left out as chrome (those stand apart).
  if (offsets[k]! - lineStart <= k - (j + 1)) return offsets[k]!;
  let from = lineStart;
  for (const [s, e] of chromeRanges) {
    if (s < from || s >= offsets[k]!) continue;
    from = lineAfter(source, e);
    while (from < offsets[k]! && (source.charCodeAt(from) === 10 || source.charCodeAt(from) === 13)) from++;
  }
  return from;
}
/** Nothing but blanks (a carriage return too). */
const BLANKS_ONLY = /^[ \t\u3000\u00a0\r]*$/;

/** The offset after the line break that ends the line ending at `end`. */
function lineAfter(source: string, end: number): number {
  if (source.charCodeAt(end) === 13) end++;
  if (source.charCodeAt(end) === 10) end++;
  return end;
}

/** The half-open source range [start, end) of a token (chevrotain's `endOffset` is inclusive). */
export function tokenRange(token: IToken): [number, number] {
  return [token.startOffset, token.startOffset + token.image.length];
}

/** The half-open range covered by `tokens` (which must be in order and non-empty). */
export function tokensRange(tokens: readonly IToken[]): [number, number] {
  return [tokens[0]!.startOffset, tokenRange(tokens[tokens.length - 1]!)[1]];
}
