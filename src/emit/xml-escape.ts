// Character-level helpers of the XML mapping: what XML 1.0 allows, escaping, entity decoding.
// Kept free of fast-xml-parser so that both directions use exactly the same rules.

/** The replacement written for a character XML 1.0 cannot carry. */
export const REPLACEMENT_CHARACTER = "\uFFFD";

/**
 * Characters outside XML 1.0's `Char` production
 * (`#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`):
 * C0 controls other than TAB/LF/CR, U+FFFE, U+FFFF, and surrogates not part of a valid pair.
 */
const INVALID_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** True when `text` holds a character XML 1.0 cannot carry (see {@link sanitizeXmlChars}). */
export function hasInvalidXmlChars(text: string): boolean {
  INVALID_XML_CHAR.lastIndex = 0;
  return INVALID_XML_CHAR.test(text);
}

/** One character replaced by {@link sanitizeXmlChars}. */
export interface XmlCharReplacement {
  /** The replaced code point (a lone surrogate's own value for surrogates). */
  codePoint: number;
  /** Its UTF-16 index in the original string. */
  index: number;
}

/** `U+0001`, `U+D800`, `U+FFFE`. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Replaces every character XML 1.0 forbids with U+FFFD and lists what was replaced.
 * Valid surrogate pairs (astral characters such as 𠀀) are kept.
 */
export function sanitizeXmlChars(text: string): { text: string; replacements: XmlCharReplacement[] } {
  const replacements: XmlCharReplacement[] = [];
  // The `u` flag would treat a lone surrogate as one "character" as well, which is what we want.
  const out = text.replace(INVALID_XML_CHAR, (match: string, index: number) => {
    replacements.push({ codePoint: match.codePointAt(0)!, index });
    return REPLACEMENT_CHARACTER;
  });
  return { text: out, replacements };
}

/**
 * Escapes character data for element content: `& < > " '` become entity references
 * (so `]]>` can never appear) and CR becomes `&#13;`, because an XML parser would otherwise
 * normalise a literal CR (or CRLF) to LF. The input must already be free of invalid characters.
 */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/**
 * Escapes an attribute value: as {@link escapeXmlText}, plus TAB and LF as character
 * references, which attribute-value normalisation would otherwise turn into spaces.
 */
export function escapeXmlAttribute(text: string): string {
  return text.replace(/[&<>"'\r\n\t]/g, (c) => TEXT_ESCAPES[c]!);
}

const TEXT_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\r": "&#13;",
  "\n": "&#10;",
  "\t": "&#9;",
};

const PREDEFINED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/**
 * Decodes the five predefined entities and numeric character references of raw XML character
 * data. Throws on an unknown entity, a bare `&`, or a reference to a character XML 1.0 forbids.
 * `where` names the element for the error message.
 */
export function decodeXmlText(raw: string, where: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&([^;&\s<]*);?/g, (match: string, body: string) => {
    if (!match.endsWith(";")) {
      throw new Error(`${where}: "&" must start an entity reference such as &amp; (found ${JSON.stringify(match)})`);
    }
    const named = PREDEFINED_ENTITIES[body];
    if (named !== undefined) return named;
    const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
    if (!numeric) {
      throw new Error(`${where}: unknown entity ${match} (only &amp; &lt; &gt; &quot; &apos; and &#…; are allowed)`);
    }
    const codePoint = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2]!, 10);
    if (!isXmlCharCodePoint(codePoint)) {
      throw new Error(`${where}: character reference ${match} names a character XML 1.0 does not allow`);
    }
    return String.fromCodePoint(codePoint);
  });
}

/** Whether a code point is an XML 1.0 `Char`. */
export function isXmlCharCodePoint(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}
