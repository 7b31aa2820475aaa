import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { stripPositions } from "../../src/emit/json.js";
import { fromXml, parseXml } from "../../src/emit/xml-read.js";
import { decodeXmlText, escapeXmlAttribute, escapeXmlText, sanitizeXmlChars } from "../../src/emit/xml-escape.js";
import { XML_MAPPING_VERSION, XML_NAMESPACE, sanitizeModel, toXml } from "../../src/emit/xml.js";
import { MINUTES_SHAPE, type ObjectShape, type Shape } from "../../src/emit/xml-shape.js";
import { Minutes } from "../../src/model/index.js";
import { parse } from "../../src/parse.js";
import { sampleModel } from "../helpers/sample-model.js";
import { assertWellFormed } from "../helpers/xml-wellformed.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const corpusDir = join(root, "../shared/corpus/docs");
const corpus = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort() : [];

/** Every character XML 1.0 forbids among the C0 controls (all but TAB, LF, CR). */
const FORBIDDEN_C0 = Array.from({ length: 32 }, (_, i) => i)
  .filter((c) => c !== 9 && c !== 10 && c !== 13)
  .map((c) => String.fromCharCode(c))
  .join("");

/** Strings that look like markup but contain only characters XML allows: they must round-trip. */
const MARKUP_LOOKALIKES = [
  "]]>",
  "a]]>b]]]]>",
  "</minutes>",
  "<minutes version=\"2\">",
  "&amp;",
  "&#1;&#x0;&lt;",
  "& < > \" '",
  "<![CDATA[x]]>",
  "<!-- comment -->",
  "<?xml version=\"1.0\"?>",
  "<!DOCTYPE x [<!ENTITY e \"boom\">]>&e;",
  "'single' \"double\" “全角”",
  "  leading and trailing  ",
  "line\nbreak\r\nwindows\rmac\ttab",
  "\n",
  " ",
  "𠀀𪚥 😀 (astral)",
  "\u007F\u0085\u00A0\u2028\uFDD0", // allowed by XML 1.0 (discouraged or not), so kept
];

/** The object shapes reachable from `shape` (Position excluded: it is written as attributes). */
function allObjectShapes(shape: Shape, seen: ObjectShape[] = []): ObjectShape[] {
  if (shape.kind === "optional" || shape.kind === "nullable") allObjectShapes(shape.inner, seen);
  else if (shape.kind === "array") allObjectShapes(shape.item, seen);
  else if (shape.kind === "object" && !seen.includes(shape)) {
    seen.push(shape);
    for (const [, field] of shape.fields) allObjectShapes(field, seen);
  }
  return seen;
}

/** How many nodes of a model carry a `position`. */
function countPositions(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countPositions(v), 0);
  if (value === null || typeof value !== "object") return 0;
  return Object.entries(value).reduce(
    (n, [key, v]) => n + (key === "position" && v !== undefined ? 1 : countPositions(v)),
    0,
  );
}

test("the sample model fills every field of every part of the model at least once", () => {
  // Collects "objectIndex.field" for every field seen with a non-null, non-empty value.
  const objects: ObjectShape[] = [];
  const filled = new Set<string>();
  const visit = (value: unknown, shape: Shape): void => {
    if (shape.kind === "optional" || shape.kind === "nullable") {
      if (value !== null && value !== undefined) visit(value, shape.inner);
    } else if (shape.kind === "array") {
      for (const item of value as unknown[]) visit(item, shape.item);
    } else if (shape.kind === "object") {
      if (!objects.includes(shape)) objects.push(shape);
      const object = value as Record<string, unknown>;
      const id = objects.indexOf(shape);
      if (shape.positioned && object.position) filled.add(`${id}.position`);
      for (const [name, field] of shape.fields) {
        const v = object[name];
        if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) filled.add(`${id}.${name}`);
        visit(v, field);
      }
    }
  };
  visit(sampleModel(), MINUTES_SHAPE);
  const missing: string[] = [];
  objects.forEach((shape, id) => {
    for (const [name] of shape.fields) if (!filled.has(`${id}.${name}`)) missing.push(`${shape.fields.map(([n]) => n).join(",")} → ${name}`);
    if (shape.positioned && !filled.has(`${id}.position`)) missing.push(`${shape.fields.map(([n]) => n).join(",")} → position`);
  });
  // documentNumber.prefix stays null, as in the seed (〔2022〕15号 has no 机关代字).
  expect(missing).toEqual(["text,prefix,year,serial → prefix"]);
  // Every object type reachable in the schema occurs in the sample.
  expect(objects.length).toBe(allObjectShapes(MINUTES_SHAPE).length);
  expect(objects.length).toBeGreaterThanOrEqual(19);
});

describe("toXml: the mapping", () => {
  const xml = toXml(sampleModel());
  const withPositions = toXml(sampleModel(), { positions: true });

  test("declaration, root element, namespace and version", () => {
    expect(XML_MAPPING_VERSION).toBe("1");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<minutes version="1" ')).toBe(true);
    expect(xml).toContain(`xmlns="${XML_NAMESPACE}"`);
    expect(XML_NAMESPACE).toBe("https://jiyao.dev/ns/minutes/1");
    expect(xml).toContain('xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"');
    expect(xml.trimEnd().endsWith("</minutes>")).toBe(true);
    // type and version live on the root, not as elements.
    expect(xml).not.toMatch(/<type>|<version>/);
  });

  test("field names are element names; scalars, numbers and booleans as text", () => {
    expect(xml).toContain("<title>吴兴区人民政府第13次常务会议纪要</title>");
    expect(xml).toMatch(/<documentNumber>\s*<text>〔2022〕15号<\/text>\s*<prefix xsi:nil="true"\/>\s*<year>2022<\/year>\s*<serial>15<\/serial>\s*<\/documentNumber>/);
    expect(xml).toContain("<term>9</term>");
    expect(xml).toContain("<sessionNumber>13</sessionNumber>");
    expect(xml).toContain("<bom>false</bom>");
    expect(xml).toMatch(/<chair>\s*<name>潘永锋<\/name>\s*<title>区长<\/title>\s*<\/chair>/);
  });

  test("lists are containers of singular items", () => {
    expect(xml).toMatch(/<attendees>\s*<person>\s*<name>潘永锋<\/name>\s*<title xsi:nil="true"\/>\s*<\/person>/);
    expect(xml).toMatch(/<invitedObservers>\s*<personGroup>\s*<group>区人大代表、区政协委员<\/group>\s*<people>\s*<person>\s*<name>钱莉<\/name>/);
    expect(xml).toMatch(/<topics>\s*<topic>\s*<marker>一、<\/marker>/);
    expect(xml).toMatch(/<subtopics>\s*<topic>\s*<marker>\(一\)<\/marker>[\s\S]*?<subtopics>\s*<topic>\s*<marker>1\.<\/marker>/);
    expect(xml).toMatch(/<distribution>\s*<recipient>区委各部门<\/recipient>\s*<recipient>区人大办公室<\/recipient>/);
    expect(xml).toMatch(/<diagnostics>\s*<diagnostic>\s*<severity>warning<\/severity>\s*<code>unplaced-text<\/code>/);
    expect(xml).toMatch(/<writtenReports>\s*<report>/);
    expect(xml).toMatch(/<chrome>\s*<fragment>\s*<text>扫码关注<\/text>/);
    expect(xml).toMatch(/<agenda>\s*<item>\s*<text>进行了第一议题和常务会议学法活动<\/text>/);
    expect(xml).toMatch(/<attendanceNotes>\s*<note>\s*<role>observers<\/role>/);
    expect(xml).toMatch(/<fields>\s*<field>\s*<label>索引号<\/label>/);
    // An empty list is an empty container.
    expect(xml).toMatch(/<heading>关于区政府第一议题<\/heading>[\s\S]*?<decisions\/>/);
    expect(xml).toMatch(/<group>县政协委员<\/group>\s*<people\/>/);
  });

  test("null is xsi:nil, the empty string an empty element, a null object a nil element", () => {
    const m = sampleModel();
    m.title = "";
    m.issuer = null;
    m.meeting = null;
    m.distribution = ["", "区纪委"];
    const out = toXml(m);
    expect(out).toMatch(/<title\/>/);
    expect(out).toContain('<issuer xsi:nil="true"/>');
    expect(out).toContain('<meeting xsi:nil="true"/>');
    expect(out).toMatch(/<distribution>\s*<recipient\/>\s*<recipient>区纪委<\/recipient>\s*<\/distribution>/);
    expect(fromXml(out)).toEqual(stripPositions(m));
    expect(fromXml(out).title).toBe("");
    expect(fromXml(out).issuer).toBeNull();
  });

  test("positions only with the option, as attributes of the node's element", () => {
    expect(xml).not.toMatch(/\s(line|column|offset|endLine|endColumn|endOffset)="/);
    expect(withPositions).toContain('<documentNumber line="4" column="1" offset="120" endLine="4" endColumn="10" endOffset="129">');
    expect(withPositions).toContain('<disclosure line="1" column="1" offset="0" endLine="3" endColumn="44" endOffset="121">');
    expect(withPositions).toContain('<person line="7" column="27" offset="196" endLine="7" endColumn="30" endOffset="199">');
    // A node without a position (钱振宇) has no attributes even with the option.
    expect(withPositions).toMatch(/<person>\s*<name>钱振宇<\/name>/);
  });

  test("does not change the model it writes", () => {
    const m = sampleModel();
    m.title = "bad\u0001title";
    const before = structuredClone(m);
    toXml(m, { positions: true });
    expect(m).toEqual(before);
  });
});

describe("round trip", () => {
  test("sample model, with and without positions", async () => {
    const m = sampleModel();
    const withPositions = toXml(m, { positions: true });
    const without = toXml(m);
    await assertWellFormed(withPositions);
    await assertWellFormed(without);
    expect(fromXml(withPositions)).toEqual(m);
    expect(fromXml(without)).toEqual(stripPositions(m));
    expect(parseXml).toBe(fromXml);
    // Types survive: numbers stay numbers, booleans booleans.
    const back = fromXml(withPositions);
    expect(back.meeting?.sessionNumber).toBe(13);
    expect(back.documentNumber?.year).toBe(2022);
    expect(back.source.bom).toBe(false);
    expect(back.meeting?.agenda[0]?.topicIndex).toBe(0);
    expect(back.topics[0]?.subtopics[0]?.subtopics[0]?.position?.start).toEqual({ line: 12, column: 1, offset: 1200 });
  });

  test("markup look-alikes, whitespace, line ends and astral characters round-trip exactly", async () => {
    const m = sampleModel();
    m.title = MARKUP_LOOKALIKES.join("|");
    m.distribution = [...MARKUP_LOOKALIKES];
    m.meeting!.attendees[0]!.name = "]]></name></person></attendees></minutes>";
    m.disclosure.fields[0]!.label = "\"'<>&";
    m.diagnostics[0]!.message = "<diagnostic>&lt;</diagnostic>";
    m.source.file = "C:\\docs\\a&b <1>.txt";
    const xml = toXml(m, { positions: true });
    await assertWellFormed(xml);
    expect(xml).not.toContain("]]>");
    expect(xml).toContain("<recipient>&lt;/minutes&gt;</recipient>");
    expect(xml).toContain("<recipient>&amp;amp;</recipient>");
    expect(xml).toContain("line\nbreak&#13;\nwindows&#13;mac\ttab");
    const back = fromXml(xml);
    expect(back).toEqual(m);
    expect(back.distribution).toEqual(MARKUP_LOOKALIKES);
    expect(back.diagnostics.filter((d) => d.code === "xml-invalid-char")).toEqual([]);
  });

  test("XML whose line ends were turned into CRLF reads back the same values", () => {
    const m = sampleModel();
    m.title = "a\nb\r\nc\rd";
    const xml = toXml(m).replace(/\n/g, "\r\n");
    expect(fromXml(xml)).toEqual(stripPositions(m));
  });

  test.skipIf(corpus.length === 0)("every corpus document: round trip and strict well-formedness", async () => {
    let positioned = 0;
    for (const name of corpus) {
      const model = parse(readFileSync(join(corpusDir, name)), { file: name });
      const withPositions = toXml(model, { positions: true });
      const without = toXml(model);
      await assertWellFormed(withPositions).catch((e: Error) => {
        throw new Error(`${name}: ${e.message}`);
      });
      await assertWellFormed(without).catch((e: Error) => {
        throw new Error(`${name}: ${e.message}`);
      });
      if (sanitizeModel(model) === model) {
        expect(fromXml(withPositions), name).toEqual(model);
      }
      expect(fromXml(without), name).toEqual(stripPositions(sanitizeModel(model)));
      // Every node with a position carries one set of position attributes, and only then.
      const spans = countPositions(model);
      expect((withPositions.match(/ endOffset="/g) ?? []).length, name).toBe(spans);
      expect(without, name).not.toContain(' endOffset="');
      positioned += spans;
    }
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    console.log(`xml round trip: ${corpus.length} corpus documents, ${positioned} positioned nodes`);
  });
  if (corpus.length === 0) test.skip(`corpus absent (${corpusDir}): corpus round trip skipped`, () => {});
});

describe("characters XML 1.0 forbids", () => {
  const hostile = `A${FORBIDDEN_C0}B\uD800C\uDC00D\uFFFE\uFFFF\uDBFF`;
  // 29 C0 controls + lone high, lone low, U+FFFE, U+FFFF, trailing lone high
  const invalidCount = 29 + 5;

  test("sanitizeXmlChars replaces each with U+FFFD and keeps valid pairs", () => {
    const { text, replacements } = sanitizeXmlChars(`${hostile}\uD83D\uDE00`);
    expect(replacements).toHaveLength(invalidCount);
    expect(replacements[0]).toEqual({ codePoint: 0, index: 1 });
    expect(replacements.map((r) => r.codePoint).slice(-5)).toEqual([0xd800, 0xdc00, 0xfffe, 0xffff, 0xdbff]);
    expect(text).toBe(`A${"\uFFFD".repeat(29)}B\uFFFDC\uFFFDD\uFFFD\uFFFD\uFFFD😀`);
  });

  test("are written as U+FFFD, each reported as an xml-invalid-char warning, and the XML stays well-formed", async () => {
    const m = sampleModel();
    m.title = hostile; // the model root has no position
    m.meeting!.chair!.name = "潘\u0001永锋"; // chair has position 7:110
    m.distribution = ["区委\u0008各部门"];
    m.diagnostics[1]!.message = "bad \u001F in message";
    const xml = toXml(m, { positions: true });
    await assertWellFormed(xml);
    expect(xml).toContain(`<title>A${"\uFFFD".repeat(29)}B\uFFFDC\uFFFDD\uFFFD\uFFFD\uFFFD</title>`);

    const back = fromXml(xml);
    expect(back.title).toBe(`A${"\uFFFD".repeat(29)}B\uFFFDC\uFFFDD\uFFFD\uFFFD\uFFFD`);
    expect(back.meeting?.chair?.name).toBe("潘\uFFFD永锋");
    const added = back.diagnostics.filter((d) => d.code === "xml-invalid-char");
    expect(added).toHaveLength(invalidCount + 3);
    expect(back.diagnostics).toHaveLength(m.diagnostics.length + invalidCount + 3);
    for (const d of added) expect(d.severity).toBe("warning");
    expect(added[0]!.message).toBe(
      "Character U+0000 at index 1 of title is not allowed in XML 1.0 and was written as U+FFFD (position unknown).",
    );
    expect(added[0]).toMatchObject({ line: 1, column: 1 });
    expect(added.map((d) => d.message).join("\n")).toContain("Character U+D800 at index 31 of title");
    const chair = added.find((d) => d.message.includes("meeting.chair.name"))!;
    expect(chair.message).toBe("Character U+0001 at index 1 of meeting.chair.name is not allowed in XML 1.0 and was written as U+FFFD.");
    expect(chair).toMatchObject({ line: 7, column: 110, position: m.meeting!.chair!.position });
    expect(added.some((d) => d.message.includes("U+0008 at index 2 of distribution[0]"))).toBe(true);
    expect(added.some((d) => d.message.includes("U+001F at index 4 of diagnostics[1].message"))).toBe(true);

    // Without positions the diagnostics keep line/column but no position attributes appear.
    const plain = toXml(m);
    await assertWellFormed(plain);
    expect(plain).not.toMatch(/ line="/);
    expect(fromXml(plain)).toEqual(stripPositions(back));
  });

  test("the strict checker really rejects what a lenient one accepts", async () => {
    await expect(assertWellFormed("<a>\u0001</a>")).rejects.toThrow(/invalid Char value 1/);
    await expect(assertWellFormed("<a>]]></a>")).rejects.toThrow(/]]>/);
    await expect(assertWellFormed("<a>\uD800</a>")).rejects.toThrow(/lone surrogate U\+D800/);
    await expect(assertWellFormed('<a xsi:nil="true"/>')).rejects.toThrow(/Namespace prefix xsi for nil on a is not defined/);
    await expect(assertWellFormed('<a b="1" b="2"/>')).rejects.toThrow(/Attribute b redefined/);
    await expect(assertWellFormed("<a>x</a>")).resolves.toBeUndefined();
  });
});

describe("escaping helpers", () => {
  test("attribute values survive quotes, markup and whitespace", async () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      processEntities: false,
      parseAttributeValue: false,
      trimValues: false,
    });
    for (const value of [...MARKUP_LOOKALIKES, `'"'"`, "a\tb\nc\r\nd"]) {
      const xml = `<a v="${escapeXmlAttribute(value)}" w='${escapeXmlAttribute(value)}'>${escapeXmlText(value)}</a>`;
      await assertWellFormed(xml);
      const parsed = parser.parse(xml) as { a: { v: string; w: string } };
      expect(decodeXmlText(parsed.a.v, "v")).toBe(value);
      expect(decodeXmlText(parsed.a.w, "w")).toBe(value);
    }
  });

  test("decodeXmlText rejects unknown entities, bare ampersands and forbidden references", () => {
    expect(decodeXmlText("&lt;&#x4E2D;&#25991;&amp;amp;", "t")).toBe("<中文&amp;");
    expect(() => decodeXmlText("&nbsp;", "/minutes/title")).toThrow("/minutes/title: unknown entity &nbsp;");
    expect(() => decodeXmlText("a & b", "t")).toThrow(/must start an entity reference/);
    expect(() => decodeXmlText("&#1;", "t")).toThrow(/XML 1.0 does not allow/);
    expect(() => decodeXmlText("&#xD800;", "t")).toThrow(/XML 1.0 does not allow/);
  });
});

describe("fromXml rejects what is not jiyao XML, naming the fault", () => {
  const good = toXml(sampleModel());
  const cases: Array<[string, string, RegExp]> = [
    ["not well-formed", good.replace("</title>", "</titel>"), /not well-formed XML at line 11/],
    ["wrong root", '<?xml version="1.0"?><minute version="1" xmlns="https://jiyao.dev/ns/minutes/1"/>', /root element is <minute>/],
    ["no namespace", good.replace(` xmlns="${XML_NAMESPACE}"`, ""), /must declare xmlns="https:\/\/jiyao.dev\/ns\/minutes\/1"/],
    ["number as text", good.replace("<sessionNumber>13</sessionNumber>", "<sessionNumber>13a</sessionNumber>"), /\/minutes\/meeting\/sessionNumber must be a number, found "13a"/],
    ["boolean as text", good.replace("<bom>false</bom>", "<bom>no</bom>"), /\/minutes\/source\/bom must be true or false/],
    ["unknown element", good.replace("<issuer>", "<nickname>x</nickname><issuer>"), /unexpected element <nickname> in \/minutes /],
    ["missing element", good.replace(/<issuer>[^<]*<\/issuer>/, ""), /missing element <issuer> in \/minutes \(write <issuer xsi:nil="true"\/> for null\)/],
    ["duplicate element", good.replace("<issuer>", "<issuer>x</issuer><issuer>"), /\/minutes\/issuer appears more than once/],
    ["wrong item name", good.replace("<recipient>区委各部门</recipient>", "<person>区委各部门</person>"), /\/minutes\/distribution may hold only <recipient> elements, found <person>/],
    ["nil with content", good.replace('<agendaIndex xsi:nil="true"/>', '<agendaIndex xsi:nil="true">1</agendaIndex>'), /\/minutes\/topics\/topic\[1\]\/subtopics\/topic\[1\]\/subtopics\/topic\[1\]\/agendaIndex has xsi:nil="true" but is not empty/],
    ["text in a container", good.replace("<attendees>", "<attendees>stray"), /\/minutes\/meeting\/attendees holds text "stray/],
    ["partial position", good.replace("<documentNumber>", '<documentNumber line="4">'), /\/minutes\/documentNumber has a partial position \(missing column/],
    ["position on an unpositioned node", good.replace("<source>", '<source line="1">'), /unexpected attribute line on \/minutes\/source/],
    ["schema violation", good.replace("<iso>2022-12-05</iso>", "<iso>2022-12-5</iso>"), /^fromXml: the XML does not describe a valid model at issueDate\.iso: Invalid string: must match pattern/],
    ["enum violation", good.replace("<encoding>utf-8</encoding>", "<encoding>latin1</encoding>"), /does not describe a valid model at source\.encoding: /],
    ["wrong version", good.replace('<minutes version="1"', '<minutes version="2"'), /does not describe a valid model at version: /],
    ["DOCTYPE", good.replace("<minutes ", '<!DOCTYPE minutes [<!ENTITY e "x">]>\n<minutes '), /DOCTYPE is not allowed/],
    ["unknown entity", good.replace("<issuer>", "<issuer>&nbsp;"), /\/minutes\/issuer: unknown entity &nbsp;/],
    ["two roots", `${good}<minutes/>`, /not well-formed|exactly one root/],
  ];
  test.each(cases)("%s", (_label, xml, message) => {
    expect(() => fromXml(xml)).toThrow(message);
  });

  test("the good document itself is accepted, and CDATA text is read as text", () => {
    expect(fromXml(good)).toEqual(stripPositions(sampleModel()));
    const cdata = good.replace("<issuer>吴兴区人民政府办公室</issuer>", "<issuer><![CDATA[a<b>&amp;]]></issuer>");
    expect(fromXml(cdata).issuer).toBe("a<b>&amp;");
  });

  test("the result is a schema-valid model", () => {
    expect(Minutes.safeParse(fromXml(toXml(sampleModel(), { positions: true }))).success).toBe(true);
  });
});
