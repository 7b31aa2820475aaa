import { describe, expect, it } from "vitest";
import { jsonArray, stripPositions, toJson, toJsonArray, toNdjsonLine } from "../../src/emit/json.js";
import { Minutes } from "../../src/model/index.js";
import { sampleModel } from "../helpers/sample-model.js";

/** Every key path in `value` whose last key is `position`. */
function positionPaths(value: unknown, path = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => positionPaths(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === "position" ? [`${path}.${k}`] : positionPaths(v, `${path}.${k}`),
  );
}

describe("stripPositions", () => {
  it("removes every position key at any depth and keeps all other values", () => {
    const model = sampleModel();
    expect(positionPaths(model).length).toBeGreaterThan(10);
    const stripped = stripPositions(model);
    expect(positionPaths(stripped)).toEqual([]);
    expect(stripped.title).toBe("吴兴区人民政府第13次常务会议纪要");
    const { position: _dropped, ...documentNumber } = model.documentNumber!;
    expect(stripped.documentNumber).toEqual(documentNumber);
    expect(stripped.documentNumber?.year).toBe(2022);
    expect(stripped.disclosure.fields[0]).toEqual({ label: "索引号", value: "330502/2022-15627" });
    // The result is still a valid model.
    expect(Minutes.safeParse(stripped).success).toBe(true);
  });

  it("keeps a diagnostic's line and column", () => {
    const model = sampleModel();
    const diagnostic = model.diagnostics[0]!;
    expect(diagnostic.position).toBeDefined();
    const stripped = stripPositions(model).diagnostics[0]!;
    expect(stripped).not.toHaveProperty("position");
    expect(stripped.line).toBe(diagnostic.line);
    expect(stripped.column).toBe(diagnostic.column);
    expect(stripped.code).toBe(diagnostic.code);
  });

  it("does not modify its argument", () => {
    const model = sampleModel();
    stripPositions(model);
    expect(model.documentNumber?.position).toBeDefined();
  });
});

describe("toJson", () => {
  it("leaves positions out by default and keeps them when asked", () => {
    const model = sampleModel();
    expect(toJson(model)).not.toContain('"position"');
    expect(JSON.parse(toJson(model, { positions: true }))).toEqual(JSON.parse(JSON.stringify(model)));
    expect(JSON.parse(toJson(model))).toEqual(stripPositions(model));
  });

  it("is compact by default and indents by two spaces with pretty", () => {
    const model = sampleModel();
    expect(toJson(model)).not.toContain("\n");
    expect(toJson(model).startsWith('{"type":"minutes","version":"1",')).toBe(true);
    const pretty = toJson(model, { pretty: true });
    expect(pretty.startsWith('{\n  "type": "minutes",\n  "version": "1",')).toBe(true);
    expect(pretty.endsWith("\n}")).toBe(true);
  });
});

describe("toNdjsonLine", () => {
  it("is one compact line ending in a newline, even when pretty is passed", () => {
    const line = toNdjsonLine(sampleModel(), { pretty: true });
    expect(line.endsWith("\n")).toBe(true);
    expect(line.indexOf("\n")).toBe(line.length - 1);
    expect(JSON.parse(line).title).toBe("吴兴区人民政府第13次常务会议纪要");
    expect(line).not.toContain('"position"');
    expect(toNdjsonLine(sampleModel(), { positions: true })).toContain('"position":{"start":');
  });
});

describe("toJsonArray / jsonArray", () => {
  it("formats exactly as JSON.stringify of the array, compact and pretty", () => {
    const models = [sampleModel(), sampleModel()];
    models[1]!.title = "第二份";
    const plain = models.map((m) => stripPositions(m));
    expect(toJsonArray(models)).toBe(JSON.stringify(plain));
    expect(toJsonArray(models, { pretty: true })).toBe(JSON.stringify(plain, null, 2));
    expect(toJsonArray(models, { pretty: true, positions: true })).toBe(JSON.stringify(models, null, 2));
  });

  it("prints an empty array as []", () => {
    expect(jsonArray([], true)).toBe("[]");
    expect(jsonArray([], false)).toBe("[]");
  });
});
