import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020Module from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { MODEL_JSON_SCHEMA_ID, modelJsonSchema } from "../../src/emit/json-schema.js";
import { toJson } from "../../src/emit/json.js";
import { parse } from "../../src/parse.js";
import { sampleModel } from "../helpers/sample-model.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const shippedPath = join(root, "schema/jiyao.schema.json");
const shipped = JSON.parse(readFileSync(shippedPath, "utf8")) as Record<string, unknown>;
const corpusDir = join(root, "../shared/corpus/docs");
const corpus = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort() : [];

// ajv/dist/2020 is CommonJS; under NodeNext its default export arrives as the module object.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module.default;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(shipped);
const errorsOf = () => ajv.errorsText(validate.errors, { separator: "\n" });

describe("modelJsonSchema", () => {
  test("is draft 2020-12 with $id and title, and Topic refers to itself", () => {
    const schema = modelJsonSchema() as {
      $schema: string;
      $id: string;
      title: string;
      properties: Record<string, unknown>;
      $defs: Record<string, { properties: Record<string, unknown> }>;
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(MODEL_JSON_SCHEMA_ID);
    expect(schema.title).toBe("jiyao minutes model");
    expect(schema.properties.topics).toEqual({ type: "array", items: { $ref: "#/$defs/Topic" } });
    expect(schema.$defs.Topic!.properties.subtopics).toEqual({ type: "array", items: { $ref: "#/$defs/Topic" } });
    expect(schema.$defs.Person!.properties.title).toEqual({ type: ["string", "null"] });
  });

  test("the shipped schema/jiyao.schema.json is up to date", () => {
    const message =
      "schema/jiyao.schema.json is stale: run `npx tsup && node scripts/gen-json-schema.mjs` and commit the result";
    expect(shipped, message).toEqual(modelJsonSchema());
    // The file is written exactly as the script writes it (2-space JSON, final newline).
    expect(readFileSync(shippedPath, "utf8"), message).toBe(`${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
  });
});

describe("the shipped schema validates with ajv", () => {
  test("the sample model, with and without positions", () => {
    for (const positions of [true, false]) {
      const ok = validate(JSON.parse(toJson(sampleModel(), { positions })));
      expect(ok, errorsOf()).toBe(true);
    }
  });

  test("a broken model is rejected, naming the path", () => {
    const broken = JSON.parse(toJson(sampleModel())) as { meeting: { sessionNumber: unknown } };
    broken.meeting.sessionNumber = "13";
    expect(validate(broken)).toBe(false);
    expect(errorsOf()).toContain("/meeting/sessionNumber");
  });

  test("other broken models are rejected", () => {
    const cases: Array<(m: Record<string, any>) => void> = [
      (m) => (m.title = ""), // control: "" is still a string, so the schema accepts it
      (m) => (m.version = "2"),
      (m) => delete m.topics,
      (m) => (m.topics[0].subtopics[0].subtopics[0].level = 0), // deep in the recursive Topic
      (m) => (m.issueDate.iso = "2022-12-5"),
      (m) => (m.diagnostics[0].code = "Not Kebab"),
      (m) => (m.meeting.attendees[0].nickname = "x"),
      (m) => (m.source.bom = "false"),
    ];
    const results = cases.map((mutate) => {
      const m = JSON.parse(toJson(sampleModel())) as Record<string, any>;
      mutate(m);
      return validate(m);
    });
    expect(results).toEqual([true, false, false, false, false, false, false, false]);
  });

  test.skipIf(corpus.length === 0)("every corpus document's JSON, with and without positions", () => {
    for (const name of corpus) {
      const model = parse(readFileSync(join(corpusDir, name)), { file: name });
      for (const positions of [false, true]) {
        const ok = validate(JSON.parse(toJson(model, { positions })));
        expect(ok, `${name} (positions: ${positions}):\n${errorsOf()}`).toBe(true);
      }
    }
    expect(corpus.length).toBeGreaterThanOrEqual(20);
  });

  if (corpus.length === 0) test.skip(`corpus absent (${corpusDir}): corpus validation skipped`, () => {});
});
