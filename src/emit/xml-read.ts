// XML → Minutes: reads back what toXml writes (mapping version 1; see docs/xml-mapping.md),
// with or without positions, and validates the result with the zod schema.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import * as z from "zod";
import { Minutes, type Position } from "../model/index.js";
import { decodeXmlText } from "./xml-escape.js";
import { MINUTES_SHAPE, POSITION_ATTRIBUTES, XML_NAMESPACE, XSI_NAMESPACE, itemName, type ObjectShape, type Shape } from "./xml-shape.js";

/** An element as fast-xml-parser's `preserveOrder` mode gives it. */
type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  // Entities and character references are decoded by decodeXmlText, which knows only the
  // predefined ones; whitespace is significant inside leaves.
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: "#cdata",
});

/**
 * Reads a document written by {@link toXml} back into the model. Throws an Error naming the
 * element at fault when the XML is not well-formed, does not follow the mapping, or gives a
 * model the schema rejects.
 */
export function fromXml(xml: string): Minutes {
  // XML end-of-line handling: CRLF and CR become LF before parsing (a CR in a value is &#13;).
  const source = xml.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (/<!DOCTYPE/i.test(source)) throw new Error("fromXml: a DOCTYPE is not allowed in jiyao XML");
  const check = XMLValidator.validate(source);
  if (check !== true) {
    const { msg, line, col } = check.err;
    throw new Error(`fromXml: not well-formed XML at line ${line}, column ${col}: ${msg}`);
  }
  const top = (parser.parse(source) as OrderedNode[]).filter((n) => !("#text" in n && isBlank(n["#text"])));
  const elements = top.filter((n) => !("#text" in n) && !("#cdata" in n));
  if (elements.length !== 1 || elements.length !== top.length) {
    throw new Error("fromXml: expected exactly one root element <minutes>");
  }
  const root = elements[0]!;
  const rootName = nameOf(root);
  if (rootName !== "minutes") throw new Error(`fromXml: the root element is <${rootName}>, expected <minutes>`);
  const attrs = root[":@"] ?? {};
  if (attrs.xmlns !== XML_NAMESPACE) {
    throw new Error(`fromXml: <minutes> must declare xmlns="${XML_NAMESPACE}" (found ${attrs.xmlns === undefined ? "none" : JSON.stringify(attrs.xmlns)})`);
  }
  if (attrs.version === undefined) throw new Error('fromXml: <minutes> has no version attribute (expected version="1")');
  for (const name of Object.keys(attrs)) {
    if (!["xmlns", "xmlns:xsi", "version"].includes(name)) throw new Error(`fromXml: unexpected attribute ${name} on <minutes>`);
  }
  if (attrs["xmlns:xsi"] !== undefined && attrs["xmlns:xsi"] !== XSI_NAMESPACE) {
    throw new Error(`fromXml: the xsi prefix must be bound to ${XSI_NAMESPACE}`);
  }

  const value = {
    type: "minutes",
    version: decodeXmlText(attrs.version, "/minutes/@version"),
    ...readFields(root, MINUTES_SHAPE, "/minutes", ["type", "version"]),
  };
  const result = Minutes.safeParse(value);
  if (!result.success) {
    // The first issue on the first line (the CLI prints only that), all of them below.
    const [first] = result.error.issues;
    const where = first && first.path.length > 0 ? ` at ${first.path.join(".")}` : "";
    throw new Error(
      `fromXml: the XML does not describe a valid model${where}: ${first?.message ?? "invalid"}\n${z.prettifyError(result.error)}`,
    );
  }
  return result.data;
}

/** Alias of {@link fromXml}. */
export const parseXml = fromXml;

function nameOf(node: OrderedNode): string {
  return Object.keys(node).find((k) => k !== ":@")!;
}

function isBlank(value: unknown): boolean {
  return typeof value === "string" && /^[ \t\n]*$/.test(value);
}

/** The element children of a node; non-blank text between them is an error. */
function childElements(node: OrderedNode, path: string): OrderedNode[] {
  const children = node[nameOf(node)] as OrderedNode[];
  const out: OrderedNode[] = [];
  for (const child of children) {
    if ("#text" in child) {
      if (!isBlank(child["#text"])) throw new Error(`fromXml: ${path} holds text ${JSON.stringify(String(child["#text"]).slice(0, 40))} where only elements are expected`);
    } else if ("#cdata" in child) {
      throw new Error(`fromXml: ${path} holds a CDATA section where only elements are expected`);
    } else out.push(child);
  }
  return out;
}

/** The character data of a leaf element; an element child is an error. */
function leafText(node: OrderedNode, path: string): string {
  let out = "";
  for (const child of node[nameOf(node)] as OrderedNode[]) {
    if ("#text" in child) out += decodeXmlText(String(child["#text"]), path);
    else if ("#cdata" in child) {
      for (const part of child["#cdata"] as OrderedNode[]) out += String(part["#text"] ?? "");
    } else throw new Error(`fromXml: ${path} must hold text, found element <${nameOf(child)}>`);
  }
  return out;
}

function readFields(node: OrderedNode, shape: ObjectShape, path: string, skip: readonly string[] = []): Record<string, unknown> {
  const byName = new Map<string, OrderedNode>();
  for (const child of childElements(node, path)) {
    const name = nameOf(child);
    if (byName.has(name)) throw new Error(`fromXml: ${path}/${name} appears more than once`);
    byName.set(name, child);
  }
  const known = new Set(shape.fields.map(([name]) => name).filter((name) => !skip.includes(name)));
  for (const name of byName.keys()) {
    if (!known.has(name)) throw new Error(`fromXml: unexpected element <${name}> in ${path} (expected one of ${[...known].join(", ")})`);
  }
  const out: Record<string, unknown> = {};
  for (const [name, fieldShape] of shape.fields) {
    if (skip.includes(name)) continue;
    const child = byName.get(name);
    if (child === undefined) {
      if (fieldShape.kind === "optional") continue;
      const hint = fieldShape.kind === "nullable" ? ` (write <${name} xsi:nil="true"/> for null)` : "";
      throw new Error(`fromXml: missing element <${name}> in ${path}${hint}`);
    }
    out[name] = readValue(child, fieldShape, `${path}/${name}`);
  }
  return out;
}

function readValue(node: OrderedNode, shape: Shape, path: string): unknown {
  const attrs = node[":@"] ?? {};
  if (shape.kind === "optional") return readValue(node, shape.inner, path);
  if (shape.kind === "nullable") {
    const nil = attrs["xsi:nil"];
    if (nil === "true" || nil === "1") {
      if ((node[nameOf(node)] as unknown[]).length > 0) throw new Error(`fromXml: ${path} has xsi:nil="true" but is not empty`);
      if (Object.keys(attrs).length > 1) throw new Error(`fromXml: ${path} has xsi:nil="true" and other attributes`);
      return null;
    }
    if (nil !== undefined && nil !== "false" && nil !== "0") throw new Error(`fromXml: ${path} has xsi:nil=${JSON.stringify(nil)} (expected "true")`);
    return readValue(node, shape.inner, path);
  }
  const position = readPosition(attrs, path, shape.kind === "object" && shape.positioned);
  switch (shape.kind) {
    case "string":
      return leafText(node, path);
    case "number": {
      const raw = leafText(node, path);
      if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(raw)) throw new Error(`fromXml: ${path} must be a number, found ${JSON.stringify(raw)}`);
      return Number(raw);
    }
    case "boolean": {
      const raw = leafText(node, path);
      if (raw !== "true" && raw !== "false") throw new Error(`fromXml: ${path} must be true or false, found ${JSON.stringify(raw)}`);
      return raw === "true";
    }
    case "array": {
      const name = nameOf(node);
      const child = itemName(name);
      return childElements(node, path).map((item, i) => {
        const got = nameOf(item);
        if (got !== child) throw new Error(`fromXml: ${path} may hold only <${child}> elements, found <${got}>`);
        return readValue(item, shape.item, `${path}/${child}[${i + 1}]`);
      });
    }
    case "object": {
      const out = readFields(node, shape, path);
      if (position) out.position = position;
      return out;
    }
  }
}

/** The span written as attributes, or undefined when there is none. */
function readPosition(attrs: Record<string, string>, path: string, positioned: boolean): Position | undefined {
  const names = Object.keys(attrs).filter((n) => n !== "xsi:nil");
  if (names.length === 0) return undefined;
  for (const name of names) {
    if (!positioned || !(POSITION_ATTRIBUTES as readonly string[]).includes(name)) {
      throw new Error(`fromXml: unexpected attribute ${name} on ${path}`);
    }
  }
  const values = POSITION_ATTRIBUTES.map((name) => {
    const raw = attrs[name];
    if (raw === undefined) throw new Error(`fromXml: ${path} has a partial position (missing ${name}; write all of ${POSITION_ATTRIBUTES.join(", ")})`);
    if (!/^(?:0|[1-9]\d*)$/.test(raw)) throw new Error(`fromXml: ${path}/@${name} must be a non-negative integer, found ${JSON.stringify(raw)}`);
    return Number(raw);
  });
  const [line, column, offset, endLine, endColumn, endOffset] = values as [number, number, number, number, number, number];
  return { start: { line, column, offset }, end: { line: endLine, column: endColumn, offset: endOffset } };
}
