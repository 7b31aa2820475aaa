// The text the grammar reads: the decoded text without the artefacts of a copied web page —
// pinyin annotations of mirror sites (`區(qū)長`), HTML entities (`&emsp;`, `&#12288;`, `&ldquo;`)
// and stray tags (`<p>`, `<br>`, `</span>`). An offset table maps every offset of the view back to
// the source, so positions refer to the original text and no character is lost.
import { type TextView, annotationCuts } from "./mirror.js";

/** One change of the source: [start, end) is read as `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Named entities left by scrapers, and what they stand for. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: "\u00a0",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  middot: "·",
  bull: "•",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};
const ENTITY = /&(?:([a-zA-Z]{2,6})|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;
/** Tags a crude scraper leaves in the text. */
const TAG = /<(\/?)(p|br|span|div|strong|b|em|i|u|font|td|tr|th|table|tbody|section|article|center)(?:\s[^<>\r\n]{0,200})?\s*\/?>/gi;

/** The entity's character, or null for an entity that is not known (it is left as written). */
function entityText(name: string | undefined, dec: string | undefined, hex: string | undefined): string | null {
  if (name !== undefined) return NAMED_ENTITIES[name] ?? null;
  const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
  // Control characters and surrogates stay as the entity was written.
  if (!(code >= 0x20 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff) || (code >= 0x7f && code <= 0x9f)) return null;
  // The typographic spaces read as a plain space (the lexer's blanks).
  if ((code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f) return " ";
  return String.fromCodePoint(code);
}

function entityEdits(source: string, out: Edit[]): void {
  if (!source.includes("&")) return;
  for (const m of source.matchAll(ENTITY)) {
    const text = entityText(m[1], m[2], m[3]);
    if (text !== null) out.push({ start: m.index, end: m.index + m[0].length, text });
  }
}

function tagEdits(source: string, out: Edit[]): void {
  if (!source.includes("<")) return;
  for (const m of source.matchAll(TAG)) {
    // (Tags are removed, `<br>` too: scraped pages put it at the end of a line.)
    out.push({ start: m.index, end: m.index + m[0].length, text: "" });
  }
}

/**
 * The view of `source` the grammar reads, without pinyin annotations, HTML entities and stray
 * tags; `offsets` maps it back (null when nothing was changed).
 * @example readingView("<p>区长&emsp;张三</p>").text // "区长 张三"
 */
export function readingView(source: string): TextView {
  const edits: Edit[] = annotationCuts(source).map(([start, end]) => ({ start, end, text: "" }));
  entityEdits(source, edits);
  tagEdits(source, edits);
  if (edits.length === 0) return { text: source, offsets: null };
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const map: number[] = [];
  let from = 0;
  for (const e of edits) {
    if (e.start < from) continue; // overlapping edits: the first one wins
    parts.push(source.slice(from, e.start));
    for (let i = from; i < e.start; i++) map.push(i);
    parts.push(e.text);
    for (let i = 0; i < e.text.length; i++) map.push(e.start);
    from = e.end;
  }
  parts.push(source.slice(from));
  for (let i = from; i < source.length; i++) map.push(i);
  map.push(source.length);
  return { text: parts.join(""), offsets: Int32Array.from(map) };
}
