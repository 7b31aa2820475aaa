// The text the grammar reads: the decoded text without the artefacts of a copied web page —
// pinyin annotations of mirror sites (`區(qū)長`), HTML entities (`&emsp;`, `&#12288;`, `&ldquo;`)
// and stray tags (`<p>`, `<br>`, `</span>`). An offset table maps every offset of the view back to
// the source, so positions refer to the original text and no character is lost.
import { type TextView, annotationCuts } from "../mirror.js";
import { type Edit, applyEdits, readThen } from "./edits.js";
import { footnoteEdits } from "./footnotes.js";
import { columnHeadEdits, headerColumnsEdits, labelColumnsEdits, oneGapRowEdits } from "./form-columns.js";
import { bracketLabelEdits, formRowEdits, wrappedCellEdits } from "./form-rows.js";
import { TITLE_LINES, head, isBlankChar, linesOf } from "./lines.js";
import { boxDrawingEdits, bulletEdits, doubledReturnEdits, entityEdits, keycapEdits, markdownEdits, noBreakSpaceEdits, ocrStopEdits, oddColonEdits, oddCommaEdits, radicalEdits, tagEdits, spacedDotEdits } from "./markup.js";
import { markerSlipEdits, signAfterMarkerEdits } from "./marker-slips.js";
import { barePageNumberEdits, browserPrintEdits, contentsEdits, fileItemEdits, garbledIndentEdits, gazetteContentsEdits, linkListEdits, menuEdits, numberedTrailEdits, pageLinkEdits, previewEdits, showAllEdits, watermarkEdits } from "./page-frame.js";
import { doubledCommaEdits, formulaThenMarkerEdits, halfWidthStopEdits, headerValueWrapEdits, inlineLabelEdits, inlineMarkerEdits, itemsOnOneLineEdits, keyAtLineEndEdits, labelBeforeColonEdits, mangledEndTagEdits, organNumberEdits, runOnLineEdits, runTogetherCellEdits } from "./run-together.js";
import { SPACED_LETTERS, mayBeHardWrapped, spacedSignatureEdits, spacedTitleEdits, spacedTitleLabelEdits } from "./spaced.js";
import { peopleTableEdits, quotedCellEdits, reportTableEdits, topicTableEdits } from "./tables.js";
import { MIN_WRAPPED, MIN_WRAPPED_PRINT, strayLineEndEdits, datePiecesEdits, labelCutEdits, wrapEdits } from "./wraps.js";

/**
 * The view of `source` the grammar reads, without pinyin annotations, HTML entities, stray
 * tags and a converter's Markdown; `offsets` maps it back (null when nothing was changed).
 *
 * A text with markup is read in two steps: first the markup goes (tags, entities, a mirror's
 * pinyin annotations, odd blanks), then the readings that work line by line (meeting-form rows,
 * spaced titles, hard wraps, page numbers) see the lines as they read: a page scraped onto one
 * line, a printed page put in one `<p>` per line, or a mirror copy's annotated masthead reads as
 * its plain text would.
 * @example readingView("<p>区长&emsp;张三</p>").text // "区长 张三"
 */
export function readingView(source: string): TextView {
  const edits: Edit[] = annotationCuts(source).map(([start, end]) => ({ start, end, text: "" }));
  entityEdits(source, edits);
  noBreakSpaceEdits(source, edits);
  spacedDotEdits(source, edits);
  radicalEdits(source, edits);
  oddColonEdits(source, edits);
  oddCommaEdits(source, edits);
  doubledReturnEdits(source, edits);
  const chromeRanges: [number, number][] = [];
  tagEdits(source, edits, chromeRanges);
  // (A converter's Markdown is read once the tags are gone: a page may set it in <p> lines.)
  const markup = readThen(applyEdits(source, edits, chromeRanges), markdownEdits);
  // (A drawn table's bars are pipes before the line readings see its rows.)
  // (A page that put a blank line after each of its lines is read without them first: the line readings then
  // see a print's wrapped lines as they are.)
  return readThen(readThen(readThen(readThen(readThen(markup, boxDrawingEdits), peopleTableEdits), topicTableEdits), doubleSpacedEdits), lineEdits);
}

/** The fewest lines of text that tell a double-spaced page, and the share of them a blank line follows. */
const DOUBLE_SPACED_LINES = 12;
const DOUBLE_SPACED_SHARE = 0.85;

/**
 * A page that set a blank line after every line of its text (a copy that made each printed line a paragraph
 * of its own): each blank line between two lines of text is read as nothing. Blank lines say nothing the
 * model reads (the metamorphic tests remove them all), so only their layout is lost.
 */
function doubleSpacedEdits(source: string, edits: Edit[]): void {
  // (A count of line feeds decides first, no lines built: most texts hold a few blank lines, not one after each line.)
  let feeds = 0;
  let empty = 0;
  for (let at = source.indexOf("\n"); at >= 0; at = source.indexOf("\n", at + 1)) {
    feeds++;
    let j = at + 1;
    while (isBlankChar(source.charCodeAt(j))) j++;
    if (source.charCodeAt(j) === 10) empty++;
  }
  // (Lines of text each followed by a blank line make blank lines nearly half of all: a necessary condition.)
  if (feeds + 1 < DOUBLE_SPACED_LINES || empty < (feeds - 1) * DOUBLE_SPACED_SHARE * 0.5) return;
  const lines = linesOf(source);
  let text = 0;
  let spaced = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text === lines[i]!.end) continue;
    text++;
    const next = lines[i + 1];
    if (next !== undefined && next.text === next.end && lines[i + 2] !== undefined && lines[i + 2]!.text !== lines[i + 2]!.end) spaced++;
  }
  if (text < DOUBLE_SPACED_LINES || spaced < (text - 1) * DOUBLE_SPACED_SHARE) return;
  for (let i = 1; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (l.text === l.end && lines[i - 1]!.text !== lines[i - 1]!.end && lines[i + 1]!.text !== lines[i + 1]!.end) edits.push({ start: l.start, end: l.next, text: "" });
  }
}

/** The readings that work on lines: meeting-form rows, spaced titles, hard wraps and page numbers. */
function lineEdits(source: string, edits: Edit[], chromeRanges: [number, number][]): void {
  ocrStopEdits(source, edits);
  markerSlipEdits(source, edits);
  signAfterMarkerEdits(source, edits);
  wrappedCellEdits(source, edits);
  spacedTitleLabelEdits(source, edits);
  formRowEdits(source, edits);
  // (The text cut into lines once, for the readings that go line by line.)
  const lines = linesOf(source);
  headerValueWrapEdits(source, lines, edits);
  keyAtLineEndEdits(source, lines, edits);
  inlineLabelEdits(source, lines, edits);
  bracketLabelEdits(source, lines, edits);
  runTogetherCellEdits(source, lines, edits);
  contentsEdits(source, lines, edits, chromeRanges);
  menuEdits(source, lines, edits, chromeRanges);
  linkListEdits(source, lines, edits, chromeRanges);
  numberedTrailEdits(source, lines, edits, chromeRanges);
  showAllEdits(source, lines, edits, chromeRanges);
  pageLinkEdits(source, lines, edits, chromeRanges);
  const barePages = barePageNumberEdits(source, lines, edits, chromeRanges);
  watermarkEdits(source, lines, edits, chromeRanges);
  reportTableEdits(source, lines, edits, chromeRanges);
  quotedCellEdits(source, edits);
  gazetteContentsEdits(source, lines, edits, chromeRanges);
  garbledIndentEdits(source, lines, edits);
  oneGapRowEdits(source, lines, edits);
  labelColumnsEdits(source, lines, edits);
  headerColumnsEdits(source, lines, edits);
  fileItemEdits(source, lines, edits, chromeRanges);
  columnHeadEdits(source, lines, edits, chromeRanges);
  organNumberEdits(source, lines, edits);
  previewEdits(source, lines, edits, chromeRanges);
  browserPrintEdits(source, lines, edits, chromeRanges);
  footnoteEdits(source, lines, edits, chromeRanges);
  runOnLineEdits(source, lines, edits);
  inlineMarkerEdits(source, edits);
  formulaThenMarkerEdits(source, edits);
  itemsOnOneLineEdits(source, lines, edits);
  doubledCommaEdits(source, edits);
  labelBeforeColonEdits(source, edits);
  halfWidthStopEdits(source, edits);
  mangledEndTagEdits(source, edits);
  datePiecesEdits(source, edits);
  labelCutEdits(source, edits);
  bulletEdits(source, lines, edits);
  keycapEdits(source, edits);
  // (Most texts have neither: one search each decides.)
  const spaced = SPACED_LETTERS.test(head(source, TITLE_LINES));
  // (A print's page numbers tell a print: there fewer cut lines tell the wrap.)
  const paged = PAGE_NUMBER_HINT.test(source);
  const wrapped = mayBeHardWrapped(source, paged ? MIN_WRAPPED_PRINT : MIN_WRAPPED);
  if (spaced) spacedTitleEdits(source, lines, edits);
  // (A 落款 spaced out as the masthead is: one search of the text's end decides.)
  if (spaced || SPACED_FOOT.test(source.slice(-FOOT_CHARS))) spacedSignatureEdits(source, lines, edits);
  // (In a text no page width wrapped, sentences stray line ends cut.)
  // (A document site's bare page numbers may head pages with a running head: 1⏎⏎…常务会议纪要.)
  if (!((wrapped || paged || barePages.length > 0) && wrapEdits(source, lines, edits, chromeRanges, wrapped, barePages))) strayLineEndEdits(source, lines, edits);
}
/** Letters spaced out at a text's end; how far from the end it is looked for. */
const SPACED_FOOT = /(?:[\u3400-\u9fff0-9０-９][ \u3000\u00a0]){5}[\u3400-\u9fff0-9０-９]/;
const FOOT_CHARS = 1200;
/**
 * Whether a text may hold a print's page number on a line of its own (— 2 —, -2-, 第２页 共３页, 第 2 页), or a
 * gazette's page mark at a running head's end (…公报　　·18·).
 */
const PAGE_NUMBER_HINT = /\n[ \t\u3000]*(?:[-—–－=·•]{3,}|【)[ \t\u3000]*第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*页|\n[ \t\f\u3000\u00a0]*[-—–－]{1,2}[ \t\u3000\u00a0]*[0-9]{1,3}[ \t\u3000\u00a0]*[-—–－]{1,2}[ \t\u3000\u00a0]*\r?\n|\n[ \t\f\u3000\u00a0]*第[ \t\u3000\u00a0]*[0-9０-９]{1,3}[ \t\u3000\u00a0]*页(?:[ \t\u3000\u00a0]*[,，/／]?[ \t\u3000\u00a0]*共[ \t\u3000\u00a0]*[0-9０-９]{1,3}[ \t\u3000\u00a0]*页)?[ \t\u3000\u00a0]*(?:\r?\n|$)|(?:^|\n)[ \t\u3000]*[·•][ \t]*[0-9]{1,3}[ \t]*[·•][ \t\u3000]{3}|[ \t\u3000]{3}[·•][ \t]*[0-9]{1,3}[ \t]*[·•][ \t\u3000]*(?:\r?\n|$)/;
