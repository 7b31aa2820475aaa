// Validation helpers for the Akoma Ntoso export, for tests: XSD validation with libxml2
// (xmllint-wasm) against the official akomantoso30.xsd, and a check that every internal
// reference resolves.
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { validateXML } from "xmllint-wasm";

/** /work/shared/schemas, found relative to the project (../shared/schemas). */
export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "schemas");

/** Whether the schemas are available (they live outside the repository). */
export function haveAknSchema(): boolean {
  return existsSync(join(SCHEMA_DIR, "akomantoso30.xsd")) && existsSync(join(SCHEMA_DIR, "xml.xsd"));
}

let schemaCache: { main: string; xml: string } | null = null;
function schemas(): { main: string; xml: string } {
  schemaCache ??= {
    main: readFileSync(join(SCHEMA_DIR, "akomantoso30.xsd"), "utf8"),
    xml: readFileSync(join(SCHEMA_DIR, "xml.xsd"), "utf8"),
  };
  return schemaCache;
}

/** One document to validate. */
export interface AknFile {
  fileName: string;
  contents: string;
}

/**
 * Validates documents against akomantoso30.xsd in one xmllint run and returns libxml2's
 * messages per file name (an empty list for a valid file). The schema imports
 * `schemaLocation="./xml.xsd"`, so xml.xsd is preloaded under the file name `xml.xsd`.
 */
export async function validateAkn(files: readonly AknFile[]): Promise<Map<string, string[]>> {
  const { main, xml } = schemas();
  const result = await validateXML({
    xml: files.map((f) => ({ fileName: f.fileName, contents: new TextEncoder().encode(f.contents) })),
    schema: [{ fileName: "akomantoso30.xsd", contents: main }],
    preload: [{ fileName: "xml.xsd", contents: xml }],
    maxMemoryPages: 1024,
  });
  const byFile = new Map<string, string[]>(files.map((f) => [f.fileName, []]));
  for (const error of result.errors) {
    const name = error.loc?.fileName ?? files.find((f) => error.rawMessage.startsWith(f.fileName))?.fileName;
    const list = name !== undefined ? byFile.get(name) : undefined;
    if (list) list.push(error.rawMessage);
    else for (const l of byFile.values()) l.push(error.rawMessage);
  }
  if (!result.valid && result.errors.length === 0) {
    for (const l of byFile.values()) l.push(result.rawOutput || "xmllint reported the input invalid");
  }
  return byFile;
}

/** Throws with libxml2's messages unless `xml` is valid against akomantoso30.xsd. */
export async function assertValidAkn(xml: string, fileName = "document.akn.xml"): Promise<void> {
  const errors = (await validateAkn([{ fileName, contents: xml }])).get(fileName) ?? [];
  if (errors.length > 0) throw new Error(`${fileName} is not valid Akoma Ntoso:\n${errors.join("\n")}`);
}

/** Attributes whose `#…` values point inside the document. `refersTo` is a list. */
const REF_ATTRIBUTES = ["refersTo", "href", "as", "by", "source", "to", "from"];

/** An attribute-bearing element, flattened from the document. */
export interface AknElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: AknElement[];
}

/** Parses AKN output into a simple element tree (attributes unprefixed, text concatenated). */
export function parseAkn(xml: string): AknElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
  });
  const ordered = parser.parse(xml) as unknown[];
  const convert = (node: Record<string, unknown>): AknElement | string | null => {
    const name = Object.keys(node).find((k) => k !== ":@");
    if (name === undefined || name.startsWith("?")) return null;
    if (name === "#text") return String(node[name]);
    const raw = (node[":@"] ?? {}) as Record<string, unknown>;
    const attrs = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, String(v)]));
    const kids = (node[name] as Array<Record<string, unknown>>).map(convert).filter((c) => c !== null);
    const children = kids.filter((c): c is AknElement => typeof c !== "string");
    const text = kids.map((c) => (typeof c === "string" ? c : c.text)).join("");
    return { name, attrs, text, children };
  };
  const root = ordered.map((n) => convert(n as Record<string, unknown>)).find((n): n is AknElement => typeof n === "object" && n !== null);
  if (!root) throw new Error("no root element");
  return root;
}

/** Every element of the tree, document order. */
export function allElements(root: AknElement): AknElement[] {
  const out: AknElement[] = [];
  const walk = (e: AknElement): void => {
    out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

/**
 * Problems with ids and internal references: duplicate eIds / GUIDs, and every `#…` value of
 * refersTo / href / as / by / source that names no eId or GUID of the document.
 */
export function referenceProblems(xml: string): string[] {
  const elements = allElements(parseAkn(xml));
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const e of elements) {
    for (const key of ["eId", "GUID"]) {
      const id = e.attrs[key];
      if (id === undefined) continue;
      if (ids.has(id)) problems.push(`duplicate ${key} "${id}"`);
      ids.add(id);
    }
  }
  for (const e of elements) {
    for (const key of REF_ATTRIBUTES) {
      const value = e.attrs[key];
      if (value === undefined) continue;
      const refs = key === "refersTo" ? value.split(/\s+/).filter(Boolean) : [value];
      for (const ref of refs) {
        if (ref.startsWith("#") && !ids.has(ref.slice(1))) problems.push(`<${e.name} ${key}="${ref}"> names no element`);
      }
    }
  }
  return problems;
}
