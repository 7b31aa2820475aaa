// The model as a JSON Schema, generated from the zod schemas (the single source of the types)
// with zod 4's z.toJSONSchema. Shipped as schema/jiyao.schema.json (scripts/gen-json-schema.mjs).
import * as z from "zod";
import * as model from "../model/index.js";
import { MODEL_VERSION, Minutes } from "../model/index.js";

/** `$id` of the shipped schema. */
export const MODEL_JSON_SCHEMA_ID = `https://jiyao.dev/schema/minutes/${MODEL_VERSION}/jiyao.schema.json`;

/**
 * The JSON Schema (draft 2020-12) of the JSON that `toJson` writes, with or without positions.
 * Every named part of the model (Person, Topic, Position …) is a `$defs` entry named like its
 * zod schema and referenced by `$ref`; the recursive Topic refers to itself.
 */
export function modelJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Minutes, {
    target: "draft-2020-12",
    io: "output",
    cycles: "ref",
    reused: "inline",
    unrepresentable: "throw",
    metadata: namedParts(),
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: MODEL_JSON_SCHEMA_ID,
    title: "jiyao minutes model",
    description: `One parsed 常务会议纪要 (model version ${MODEL_VERSION}), as written by \`jiyao parse --format json\`.`,
    ...rest,
  };
}

/**
 * The model's named schemas (every zod schema exported by src/model except the root Minutes),
 * as a registry giving each its `$defs` name, so a part added to the model is named too.
 */
function namedParts(): z.core.$ZodRegistry<{ id: string }> {
  const registry = z.registry<{ id: string }>();
  for (const [id, value] of Object.entries(model)) {
    if (value instanceof z.ZodType && value !== Minutes) registry.add(value, { id });
  }
  return registry;
}
