// A small ordered-XML layer for the Akoma Ntoso emitter: nodes, escaping and serialisation
// through fast-xml-parser's XMLBuilder (preserveOrder), with all escaping done here.
//
// Every string that reaches the output goes through `cleanXmlChars` first: characters XML 1.0
// cannot carry (C0 controls other than tab / LF / CR, lone surrogates, U+FFFE, U+FFFF)
// become U+FFFD. Text escapes `&`, `<`, `>` (so `]]>` cannot appear) and CR; attribute values
// also escape both quotes, tab and LF so that attribute-value normalisation keeps them.
import { XMLBuilder } from "fast-xml-parser";

/** One node of the ordered tree XMLBuilder takes with `preserveOrder: true`. */
export type XNode = { [name: string]: XNode[] | Record<string, string> | string };

const TEXT = "#text";
const ATTRS = ":@";
const ATTR_PREFIX = "@_";

/** Attribute values; `undefined` and `null` are left out. */
export type Attrs = Record<string, string | number | null | undefined>;

// Everything outside XML 1.0 `Char`; with the `u` flag a lone surrogate is one code point
// outside the class, a valid pair is one code point inside it.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Replaces every character XML 1.0 forbids with U+FFFD. */
export function cleanXmlChars(value: string): string {
  return value.replace(NOT_XML_CHAR, "\uFFFD");
}

/** Escapes character data: `&`, `<`, `>` (hence `]]>`) and CR, after cleaning. */
export function escapeAknText(value: string): string {
  return cleanXmlChars(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

/** Escapes an attribute value (double-quoted): text escapes plus quotes, tab and LF. */
export function escapeAknAttr(value: string): string {
  return escapeAknText(value)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;");
}

/** An element with attributes and children (strings become text nodes). */
export function el(name: string, attrs: Attrs = {}, children: ReadonlyArray<XNode | string> = []): XNode {
  const node: XNode = { [name]: children.map((c) => (typeof c === "string" ? txt(c) : c)) };
  const escaped: Record<string, string> = {};
  let any = false;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    escaped[ATTR_PREFIX + key] = escapeAknAttr(String(value));
    any = true;
  }
  if (any) node[ATTRS] = escaped;
  return node;
}

/** A text node (escaped here; the builder runs with `processEntities: false`). */
export function txt(value: string): XNode {
  return { [TEXT]: escapeAknText(value) };
}

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTR_PREFIX,
  textNodeName: TEXT,
  processEntities: false,
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
  format: true,
  indentBy: "  ",
  maxNestedTags: 1000,
});

/** Elements whose content is mixed (text with inline elements): never re-indented. */
const MIXED = new Set(["p"]);
// NUL cannot occur in cleaned text, so a NUL-delimited index is a collision-free placeholder.
const PLACEHOLDER = /\u0000(\d+)\u0000/g;

/**
 * Serialises a document: the XML declaration, then `root`, indented by two spaces.
 * The content of mixed elements (`p`) is written inline, exactly as built: XMLBuilder's
 * pretty-printer would otherwise put line breaks and indentation inside it, which would
 * become part of the text. Each such content is swapped for a placeholder before building
 * and put back afterwards.
 */
export function serialize(root: XNode): string {
  const inline: string[] = [];
  const prepared = protectMixed(root, inline);
  const body = (builder.build([prepared]) as string).replace(PLACEHOLDER, (_, i: string) => inline[Number(i)] ?? "");
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.replace(/^\n+/, "")}\n`;
}

function protectMixed(node: XNode, inline: string[]): XNode {
  const name = nodeName(node);
  if (name === undefined || name === TEXT) return node;
  const children = node[name] as XNode[];
  const copy: XNode = { ...node };
  if (MIXED.has(name) && children.some((c) => nodeName(c) !== TEXT)) {
    inline.push(children.map(inlineXml).join(""));
    copy[name] = [{ [TEXT]: `\u0000${inline.length - 1}\u0000` }];
  } else {
    copy[name] = children.map((c) => protectMixed(c, inline));
  }
  return copy;
}

function inlineXml(node: XNode): string {
  const name = nodeName(node);
  if (name === undefined) return "";
  if (name === TEXT) return node[TEXT] as string;
  const attrs = (node[ATTRS] ?? {}) as Record<string, string>;
  const attrText = Object.entries(attrs)
    .map(([k, v]) => ` ${k.slice(ATTR_PREFIX.length)}="${v}"`)
    .join("");
  const inner = (node[name] as XNode[]).map(inlineXml).join("");
  return inner === "" ? `<${name}${attrText}/>` : `<${name}${attrText}>${inner}</${name}>`;
}

function nodeName(node: XNode): string | undefined {
  return Object.keys(node).find((k) => k !== ATTRS);
}
