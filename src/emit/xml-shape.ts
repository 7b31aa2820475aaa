// The XML mapping's view of the model, read from the zod schemas (the single source of the
// types), so that writer and reader agree on every field's kind without a second copy of the
// model. Only the element names of list items are chosen here (ITEM_NAMES).
import type * as z from "zod";
import { Minutes, Position } from "../model/index.js";

/** Namespace of the XML mapping; the trailing 1 is {@link XML_MAPPING_VERSION}. */
export const XML_NAMESPACE = "https://jiyao.dev/ns/minutes/1";
/** The XML Schema instance namespace, for `xsi:nil`. */
export const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
/** Version of the XML mapping (element names, null / position conventions). */
export const XML_MAPPING_VERSION = "1";

/**
 * The element name of one item of each list field (the container is named after the field).
 * A list field missing here (added to the model later) writes its items as `<item>`.
 */
export const ITEM_NAMES: Readonly<Record<string, string>> = {
  fields: "field",
  attendees: "person",
  invitedAttendees: "person",
  absentees: "person",
  observers: "person",
  people: "person",
  invitedObservers: "personGroup",
  attendanceNotes: "note",
  agenda: "item",
  opening: "paragraph",
  topics: "topic",
  subtopics: "topic",
  paragraphs: "paragraph",
  decisions: "decision",
  requirements: "requirement",
  writtenReports: "report",
  distribution: "recipient",
  chrome: "fragment",
  outline: "block",
  unplaced: "fragment",
  diagnostics: "diagnostic",
};
export const DEFAULT_ITEM_NAME = "item";

/** Position attributes, in the order they are written. */
export const POSITION_ATTRIBUTES = ["line", "column", "offset", "endLine", "endColumn", "endOffset"] as const;

export type Shape =
  | { kind: "string"; values?: readonly string[] }
  | { kind: "number" }
  | { kind: "boolean" }
  | { kind: "nullable"; inner: Shape }
  | { kind: "optional"; inner: Shape }
  | { kind: "array"; item: Shape }
  | ObjectShape;

export interface ObjectShape {
  kind: "object";
  /** Fields in schema order, `position` excluded (it becomes attributes). */
  fields: Array<[name: string, shape: Shape]>;
  /** Whether the object has the optional `position` field. */
  positioned: boolean;
}

type AnyDef = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): AnyDef => (schema as unknown as { _zod: { def: AnyDef } })._zod.def;

const cache = new Map<unknown, Shape>();

/** The shape of a zod schema; recursive schemas (Topic) give cyclic shapes. */
export function shapeOf(schema: z.ZodType): Shape {
  const cached = cache.get(schema);
  if (cached) return cached;
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return remember(schema, { kind: "string" });
    case "number":
      return remember(schema, { kind: "number" });
    case "boolean":
      return remember(schema, { kind: "boolean" });
    case "literal": {
      const values = def.values as unknown[];
      if (!values.every((v) => typeof v === "string")) throw new Error("xml mapping: only string literals are supported");
      return remember(schema, { kind: "string", values: values as string[] });
    }
    case "enum":
      return remember(schema, { kind: "string", values: Object.values(def.entries as Record<string, string>) });
    case "nullable":
    case "optional": {
      const shape = { kind: def.type, inner: undefined as unknown as Shape };
      cache.set(schema, shape as Shape);
      shape.inner = shapeOf(def.innerType as z.ZodType);
      return shape as Shape;
    }
    case "lazy": {
      // zod caches the resolved schema as `_zod.innerType`, so a recursive lazy (Topic) resolves
      // to one object schema, which the cache above turns into one cyclic shape.
      const inner = (schema as unknown as { _zod: { innerType: z.ZodType } })._zod.innerType;
      const shape = shapeOf(inner);
      cache.set(schema, shape);
      return shape;
    }
    case "array": {
      const shape: { kind: "array"; item: Shape } = { kind: "array", item: undefined as unknown as Shape };
      cache.set(schema, shape);
      shape.item = shapeOf(def.element as z.ZodType);
      return shape;
    }
    case "object": {
      const shape: ObjectShape = { kind: "object", fields: [], positioned: false };
      cache.set(schema, shape);
      for (const [name, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        if (name === "position" && isPositionField(field)) shape.positioned = true;
        else shape.fields.push([name, shapeOf(field)]);
      }
      return shape;
    }
    default:
      throw new Error(`xml mapping: unsupported schema type "${def.type}"`);
  }
}

function remember(schema: unknown, shape: Shape): Shape {
  cache.set(schema, shape);
  return shape;
}

function isPositionField(field: z.ZodType): boolean {
  const def = defOf(field);
  return def.type === "optional" && def.innerType === Position;
}

/** The shape of the whole model; its `type` and `version` fields map to the root element. */
export const MINUTES_SHAPE = shapeOf(Minutes) as ObjectShape;

export function itemName(field: string): string {
  return ITEM_NAMES[field] ?? DEFAULT_ITEM_NAME;
}
