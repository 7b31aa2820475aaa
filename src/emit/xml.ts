// Minutes → XML (mapping version 1; see docs/xml-mapping.md).
//
// - Root `<minutes version="1" xmlns="https://jiyao.dev/ns/minutes/1">`: the model's `type` is
//   the root's name and its `version` the root's attribute.
// - Every other field is a child element of the same name, in schema order.
// - A list is a container named after the field holding one element per item (ITEM_NAMES:
//   `<attendees><person>…`, `<topics><topic>…<subtopics><topic>…`); an empty list is `<attendees/>`.
// - null is `<place xsi:nil="true"/>`; the empty string is `<place/>`.
// - Numbers and booleans are written as JSON writes them (`2022`, `false`); the reader takes
//   their types from the schema.
// - With `positions`, a node's span is written on its element as the attributes
//   `line column offset endLine endColumn endOffset`; without it no position appears.
// - Characters XML 1.0 cannot carry are written as U+FFFD, each reported in `<diagnostics>`
//   as a warning `xml-invalid-char`, so the output is well-formed whatever the text holds.
import { XMLBuilder } from "fast-xml-parser";
import type { Diagnostic, Minutes, Position } from "../model/index.js";
import { escapeXmlAttribute, escapeXmlText, formatCodePoint, hasInvalidXmlChars, sanitizeXmlChars } from "./xml-escape.js";
import {
  MINUTES_SHAPE,
  POSITION_ATTRIBUTES,
  XML_NAMESPACE,
  XSI_NAMESPACE,
  itemName,
  type ObjectShape,
  type Shape,
} from "./xml-shape.js";

export { XML_MAPPING_VERSION, XML_NAMESPACE } from "./xml-shape.js";

/** Options of {@link toXml}. */
export interface XmlOptions {
  /** Write each node's source span as attributes (`line="3" column="1" offset="120" …`). */
  positions?: boolean;
}

/** The code of the diagnostic added for each character replaced by U+FFFD. */
export const XML_INVALID_CHAR_CODE = "xml-invalid-char";

/**
 * Writes the model as XML (UTF-8, mapping version 1). The result is always well-formed
 * XML 1.0; {@link fromXml} reads it back to the same model.
 *
 * @example toXml(parse(text), { positions: true })
 */
export function toXml(model: Minutes, options: XmlOptions = {}): string {
  const clean = sanitizeModel(model);
  const writer = new Writer(options.positions === true);
  const root = {
    minutes: writer.fields(clean as unknown as Record<string, unknown>, MINUTES_SHAPE, ["type", "version"]),
    ":@": { version: escapeXmlAttribute(clean.version), xmlns: XML_NAMESPACE, "xmlns:xsi": XSI_NAMESPACE },
  };
  const body = builder.build([root]) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.replace(/^\n+/, "")}`;
}

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
  // Values are escaped by escapeXmlText / escapeXmlAttribute before they reach the builder.
  processEntities: false,
});

type XmlNode = { [name: string]: XmlNode[] | Record<string, string> } | { "#text": string };

class Writer {
  constructor(private readonly positions: boolean) {}

  /** The child elements of an object, in schema order, skipping `skip`. */
  fields(value: Record<string, unknown>, shape: ObjectShape, skip: readonly string[] = []): XmlNode[] {
    const children: XmlNode[] = [];
    for (const [name, fieldShape] of shape.fields) {
      if (skip.includes(name)) continue;
      const node = this.element(name, value[name], fieldShape);
      if (node) children.push(node);
    }
    return children;
  }

  element(name: string, value: unknown, shape: Shape): XmlNode | null {
    switch (shape.kind) {
      case "optional":
        return value === undefined ? null : this.element(name, value, shape.inner);
      case "nullable":
        return value === null ? { [name]: [], ":@": { "xsi:nil": "true" } } : this.element(name, value, shape.inner);
      case "string":
        return { [name]: text(String(value)) };
      case "number":
      case "boolean":
        return { [name]: text(JSON.stringify(value)) };
      case "array": {
        const child = itemName(name);
        const items = (value as unknown[]).map((item) => this.element(child, item, shape.item)!);
        return { [name]: items };
      }
      case "object": {
        const object = value as Record<string, unknown>;
        const node: XmlNode = { [name]: this.fields(object, shape) };
        const position = object.position as Position | undefined;
        if (this.positions && shape.positioned && position) node[":@"] = positionAttributes(position);
        return node;
      }
    }
  }
}

function text(value: string): XmlNode[] {
  return value === "" ? [] : [{ "#text": escapeXmlText(value) }];
}

function positionAttributes(p: Position): Record<string, string> {
  const values = [p.start.line, p.start.column, p.start.offset, p.end.line, p.end.column, p.end.offset];
  return Object.fromEntries(POSITION_ATTRIBUTES.map((name, i) => [name, String(values[i])]));
}

/**
 * Returns the model with every character XML 1.0 forbids replaced by U+FFFD and one
 * `xml-invalid-char` warning per replaced character appended to `diagnostics`
 * (at the nearest enclosing node with a position, else at 1:1). The model itself is not changed.
 */
export function sanitizeModel(model: Minutes): Minutes {
  const added: Diagnostic[] = [];
  const walk = (value: unknown, path: string, at: Position | undefined): unknown => {
    if (typeof value === "string") {
      if (!hasInvalidXmlChars(value)) return value;
      const { text: clean, replacements } = sanitizeXmlChars(value);
      for (const r of replacements) {
        const where = at ? "" : " (position unknown)";
        const diagnostic: Diagnostic = {
          severity: "warning",
          code: XML_INVALID_CHAR_CODE,
          message: `Character ${formatCodePoint(r.codePoint)} at index ${r.index} of ${path} is not allowed in XML 1.0 and was written as U+FFFD${where}.`,
          line: at?.start.line ?? 1,
          column: at?.start.column ?? 1,
        };
        if (at) diagnostic.position = at;
        added.push(diagnostic);
      }
      return clean;
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${i}]`, at));
    if (value !== null && typeof value === "object") {
      const object = value as Record<string, unknown>;
      const here = isPosition(object.position) ? object.position : at;
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(object)) out[key] = walk(v, path ? `${path}.${key}` : key, here);
      return out;
    }
    return value;
  };
  const clean = walk(model, "", undefined) as Minutes;
  if (added.length === 0) return model;
  return { ...clean, diagnostics: [...clean.diagnostics, ...added] };
}

function isPosition(value: unknown): value is Position {
  return value !== null && typeof value === "object" && "start" in value && "end" in value;
}
