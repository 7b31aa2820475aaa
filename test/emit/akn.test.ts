import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toAkn } from "../../src/emit/akn.js";
import { cleanXmlChars, escapeAknAttr, escapeAknText } from "../../src/emit/akn-xml.js";
import { iriSegment } from "../../src/emit/akn-refs.js";
import { isCalendarDate } from "../../src/emit/akn-meta.js";
import { Minutes, MODEL_VERSION, type Topic } from "../../src/model/index.js";
import { parse } from "../../src/parse.js";
import { sampleModel } from "../helpers/sample-model.js";
import { assertWellFormed } from "../helpers/xml-wellformed.js";
import {
  SCHEMA_DIR,
  allElements,
  assertValidAkn,
  haveAknSchema,
  parseAkn,
  referenceProblems,
  validateAkn,
  type AknElement,
} from "../helpers/akn-validate.js";

const CORPUS = join(SCHEMA_DIR, "..", "corpus", "docs");
const schemaMissing = !haveAknSchema();
if (schemaMissing) console.warn(`akn tests: ${SCHEMA_DIR} not found, schema validation skipped`);

/** A model with nothing stated: what the parser returns for an empty text. */
function emptyModel(): Minutes {
  return Minutes.parse({
    type: "minutes",
    version: MODEL_VERSION,
    source: { file: null, encoding: "utf-8", bom: false, lineEnding: "none", length: 0, lines: 0 },
    title: null,
    documentNumber: null,
    issuer: null,
    issueDate: null,
    disclosure: {
      indexNumber: null,
      title: null,
      writtenDate: null,
      publishDate: null,
      fileNumber: null,
      publisher: null,
      disclosureMode: null,
      disclosurePeriod: null,
      fields: [],
    },
    meeting: null,
    topics: [],
    paragraphs: [],
    writtenReports: [],
    distribution: [],
    printing: null,
    chrome: [],
    outline: [],
    unplaced: [],
    diagnostics: [],
  });
}

// C0 controls, markup, quotes, a lone low and a lone high surrogate, U+FFFE / U+FFFF, CR LF tab.
const HOSTILE = "A\u0000B\u0001\u0008\u000B\u000C\u001F]]>C<&>\"'\uDFFF\uD800\uFFFE\uFFFF\r\n\t😀 潘 ]]]]>";

/** Every string field of the model replaced by hostile text (names stay distinct). */
function hostileModel(): Minutes {
  const m = sampleModel();
  const h = (tag: string): string => `${tag}${HOSTILE}`;
  m.title = h("title");
  m.issuer = h("issuer");
  if (m.documentNumber) m.documentNumber.text = h("number");
  if (m.issueDate) m.issueDate = { ...m.issueDate, text: h("date"), iso: "2022-02-30" };
  const meeting = m.meeting!;
  meeting.place = h("place");
  meeting.date.text = h("when");
  meeting.chair = { name: h("chair"), title: h("title") };
  meeting.attendees.push({ name: h("chair"), title: null }, { name: "", title: null });
  meeting.invitedObservers.push({ group: h("group"), people: [{ name: h("guest"), title: null }] });
  meeting.opening.push({ text: h("opening") });
  meeting.agenda.push({ text: h("agenda"), verb: null, organization: h("org"), reporter: h("reporter"), subject: null, topicIndex: null });
  const topic: Topic = {
    marker: h("marker"),
    number: null,
    style: "cn",
    level: 1,
    heading: h("heading"),
    paragraphs: [{ text: h("para") }],
    decisions: [{ text: h("decision"), verb: "同意", proposer: h("proposer"), object: null, followUp: null }],
    requirements: [{ ordinal: 1, marker: h("m"), text: h("req") }],
    subtopics: [],
    agendaIndex: null,
  };
  m.topics.push(topic);
  m.writtenReports.push({ text: h("report"), proposer: h("report"), subject: null, decision: null, followUp: null });
  m.distribution.push(h("dist"), "a/b%c#d e");
  m.paragraphs.push({ text: h("body") });
  return m;
}

function find(root: AknElement, name: string): AknElement[] {
  return allElements(root).filter((e) => e.name === name);
}

function byEId(root: AknElement, id: string): AknElement | undefined {
  return allElements(root).find((e) => e.attrs.eId === id);
}

describe("escaping", () => {
  it("replaces characters XML 1.0 forbids with U+FFFD and keeps valid pairs", () => {
    expect(cleanXmlChars("a\u0000b\u001F\uD800c\uDC00\uFFFE\uFFFF😀\t\n\r")).toBe("a\uFFFDb\uFFFD\uFFFDc\uFFFD\uFFFD\uFFFD😀\t\n\r");
  });

  it("escapes markup in text, including ]]> and CR", () => {
    expect(escapeAknText("a]]>b<&\r")).toBe("a]]&gt;b&lt;&amp;&#13;");
  });

  it("escapes quotes and whitespace in attribute values", () => {
    expect(escapeAknAttr(`"'\t\n<`)).toBe("&quot;&apos;&#9;&#10;&lt;");
  });

  it("writes a name as one IRI segment, percent-encoding reserved characters", () => {
    expect(iriSegment("潘永锋")).toBe("潘永锋");
    expect(iriSegment("a/b%c#d e")).toBe("a%2Fb%25c%23d%20e");
    expect(iriSegment("\uD800")).toBe("%EF%BF%BD");
  });

  it("accepts only real calendar dates", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("0000-01-01")).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
  });
});

describe("toAkn on the sample model", () => {
  const xml = toAkn(sampleModel());
  const root = parseAkn(xml);

  it.skipIf(schemaMissing)("is valid against akomantoso30.xsd", async () => {
    await assertValidAkn(xml, "sample.akn.xml");
  });

  it("resolves every internal reference and has unique eIds", () => {
    expect(referenceProblems(xml)).toEqual([]);
  });

  it("is a debate in the Akoma Ntoso namespace", () => {
    expect(root.name).toBe("akomaNtoso");
    expect(root.attrs.xmlns).toBe("http://docs.oasis-open.org/legaldocml/ns/akn/3.0");
    expect(root.children.map((c) => c.name)).toEqual(["debate"]);
    expect(root.children[0]!.children.map((c) => c.name)).toEqual(["meta", "preface", "debateBody", "conclusions"]);
  });

  it("writes the title, number and issue date in the preface", () => {
    expect(find(root, "docTitle").map((e) => e.text)).toEqual(["吴兴区人民政府第13次常务会议纪要"]);
    expect(find(root, "docNumber").map((e) => e.text)).toEqual([sampleModel().documentNumber!.text]);
    const [docDate] = find(root, "docDate");
    expect(docDate?.attrs.date).toBe("2022-12-05");
    expect(docDate?.text).toBe("二○二二年十二月五日");
  });

  it("identifies the work by the meeting date and the expression by the issue date", () => {
    const work = find(root, "FRBRWork")[0]!;
    const expr = find(root, "FRBRExpression")[0]!;
    const manif = find(root, "FRBRManifestation")[0]!;
    expect(find(work, "FRBRdate")[0]?.attrs).toEqual({ date: "2022-11-28", name: "meeting" });
    expect(find(expr, "FRBRdate")[0]?.attrs).toEqual({ date: "2022-12-05", name: "issue" });
    expect(find(manif, "FRBRdate")[0]?.attrs.date).toBe("2022-12-05");
    expect(find(work, "FRBRuri")[0]?.attrs.value).toBe("/akn/cn/debate/吴兴区人民政府办公室/2022-11-28/13");
    expect(find(work, "FRBRthis")[0]?.attrs.value).toBe("/akn/cn/debate/吴兴区人民政府办公室/2022-11-28/13/!main");
    expect(find(expr, "FRBRuri")[0]?.attrs.value).toBe("/akn/cn/debate/吴兴区人民政府办公室/2022-11-28/13/zho@2022-12-05");
    expect(find(work, "FRBRcountry")[0]?.attrs.value).toBe("cn");
    expect(find(expr, "FRBRlanguage")[0]?.attrs.language).toBe("zho");
    const authorRef = find(work, "FRBRauthor")[0]!.attrs.href!;
    expect(byEId(root, authorRef.slice(1))?.attrs).toMatchObject({ showAs: "吴兴区人民政府办公室" });
    expect(find(manif, "FRBRauthor")[0]?.attrs.href).toBe("#jiyao");
    expect(find(root, "identification")[0]?.attrs.source).toBe("#jiyao");
    expect(find(root, "references")[0]?.attrs.source).toBe("#jiyao");
  });

  it("lists each person once as a TLCPerson and the chair in the rollCall as 主持", () => {
    const persons = find(root, "TLCPerson");
    const names = persons.map((p) => p.attrs.showAs);
    expect(new Set(names).size).toBe(names.length);
    for (const name of ["潘永锋", "费屹巍", "朱建忠", "潘帆", "陈杰", "钱莉", "王琴英"]) expect(names).toContain(name);
    const pan = persons.find((p) => p.attrs.showAs === "潘永锋")!;
    expect(pan.attrs.href).toBe("/akn/ontology/person/cn/潘永锋");
    const roll = find(root, "rollCall")[0]!;
    const panInRoll = find(roll, "person").filter((p) => p.attrs.refersTo === `#${pan.attrs.eId}`);
    expect(panInRoll.map((p) => p.attrs.as)).toEqual(["#chair", "#attendee"]);
    expect(byEId(root, "chair")).toMatchObject({ name: "TLCRole", attrs: { showAs: "主持" } });
    const lists = find(roll, "blockList");
    expect(lists.map((l) => find(l, "listIntroduction")[0]?.text)).toEqual([
      "主持",
      "出席",
      "应邀出席",
      "请假",
      "列席",
      "区人大代表、区政协委员",
    ]);
    expect(lists[0]!.attrs.refersTo).toBe("#chair");
    expect(find(lists[0]!, "inline")[0]?.text).toBe("区长");
  });

  it("lists the roles and the organisations it refers to", () => {
    expect(find(root, "TLCRole").map((r) => r.attrs.showAs)).toEqual(["主持", "出席", "应邀出席", "请假", "列席", "应邀列席"]);
    const orgs = find(root, "TLCOrganization").map((o) => o.attrs.showAs);
    for (const name of ["jiyao", "吴兴区人民政府办公室", "区防控办", "区史志办", "区委各部门"]) expect(orgs).toContain(name);
    expect(new Set(orgs).size).toBe(orgs.length);
  });

  it("writes one debateSection per topic, nested subtopics and named decision / requirement sections", () => {
    const body = find(root, "debateBody")[0]!;
    expect(body.children.map((c) => c.attrs.eId)).toEqual([
      "rollCall_1",
      "dbsect_agenda",
      "dbsect_body",
      "dbsect_1",
      "dbsect_2",
      "writtenStatements_1",
    ]);
    const first = byEId(root, "dbsect_1")!;
    expect(find(first, "num")[0]?.text).toBe("一、");
    expect(find(first, "heading")[0]?.text).toBe("关于区政府第一议题");
    expect(byEId(root, "dbsect_1__p_1")?.text).toContain("知识产权保护");
    expect(byEId(root, "dbsect_1__dbsect_requirements")?.attrs.name).toBe("requirements");
    expect(byEId(root, "dbsect_1__dbsect_requirements__p_2")?.text).toBe("二要注重主体培育,提升企业知识产权转化能力。");
    expect(byEId(root, "dbsect_1__dbsect_1__dbsect_1")?.children.map((c) => c.name)).toEqual(["num", "heading", "p"]);
    const decision = byEId(root, "dbsect_2__dbsect_decisions__p_1")!;
    expect(decision.text).toMatch(/^会议原则同意区防控办提出的/);
    expect(find(decision, "organization")[0]?.text).toBe("区防控办");
  });

  it("writes the agenda with reporting bodies and reporters marked", () => {
    const item = byEId(root, "dbsect_agenda__list_1__item_2")!;
    expect(find(item, "organization")[0]?.text).toBe("区防控办");
    expect(find(item, "person")[0]?.text).toBe("陆建兵");
  });

  it("writes 书面通报 as writtenStatements and 分送 / 印发 in the conclusions", () => {
    expect(byEId(root, "writtenStatements_1__p_1")?.text).toMatch(/^会议书面通报并原则同意区史志办/);
    const items = find(byEId(root, "container_distribution")!, "item");
    expect(items.map((i) => find(i, "p")[0]?.text)).toEqual(["区委各部门", "区人大办公室", "区政协办公室", "各民主党派", "区直各单位"]);
    expect(find(byEId(root, "container_printing")!, "date")[0]?.attrs.date).toBe("2022-12-05");
  });

  it("writes mixed content without layout whitespace", () => {
    expect(xml).toContain('<p><person refersTo="#person_1" as="#chair">潘永锋</person><inline name="title">区长</inline></p>');
  });

  it("is deterministic", () => {
    expect(toAkn(sampleModel())).toBe(xml);
  });
});

describe("toAkn on edge models", () => {
  it.skipIf(schemaMissing)("writes a valid document for an empty model, with the unknown-date fallback", async () => {
    const xml = toAkn(emptyModel());
    await assertValidAkn(xml, "empty.akn.xml");
    expect(referenceProblems(xml)).toEqual([]);
    const root = parseAkn(xml);
    expect(find(root, "FRBRdate").map((d) => d.attrs)).toEqual([
      { date: "0001-01-01", name: "unknown" },
      { date: "0001-01-01", name: "unknown" },
      { date: "0001-01-01", name: "unknown" },
    ]);
    expect(find(root, "FRBRuri")[0]?.attrs.value).toBe("/akn/cn/debate/0001-01-01/nn");
    expect(find(root, "preface")).toEqual([]);
    expect(find(root, "debateBody")[0]?.children.map((c) => c.attrs.eId)).toEqual(["dbsect_body"]);
  });

  it("falls back to the issue date for the work when the meeting date is unknown", () => {
    const model = sampleModel();
    model.meeting!.date.iso = null;
    const root = parseAkn(toAkn(model));
    expect(find(find(root, "FRBRWork")[0]!, "FRBRdate")[0]?.attrs).toEqual({ date: "2022-12-05", name: "issue" });
    expect(find(find(root, "preface")[0]!, "inline").map((i) => i.attrs.name)).toEqual(["date"]);
  });

  it.skipIf(schemaMissing)("writes a valid, well-formed document for hostile strings", async () => {
    const model = hostileModel();
    const xml = toAkn(model);
    await assertWellFormed(xml);
    await assertValidAkn(xml, "hostile.akn.xml");
    expect(referenceProblems(xml)).toEqual([]);
    expect(xml).not.toMatch(/\]\]>/);
    const root = parseAkn(xml);
    // The text survives, with forbidden characters as U+FFFD (the parser turns &#13; back into CR).
    expect(find(root, "docTitle")[0]?.text).toBe(cleanXmlChars(model.title!));
    expect(find(root, "TLCPerson").map((p) => p.attrs.showAs)).toContain(cleanXmlChars(model.meeting!.chair!.name));
    // An invalid calendar date is not written as a date attribute.
    expect(find(root, "docDate")).toEqual([]);
  });
});

describe.skipIf(!existsSync(CORPUS) || schemaMissing)("toAkn on every corpus document", () => {
  const names = existsSync(CORPUS) ? readdirSync(CORPUS).filter((n) => n.endsWith(".txt")).sort() : [];
  const outputs = names.map((name) => {
    const model = parse(new Uint8Array(readFileSync(join(CORPUS, name))), { file: name });
    return { name, model, xml: toAkn(model) };
  });

  it("validates every document against akomantoso30.xsd", async () => {
    expect(outputs.length).toBeGreaterThan(0);
    const errors = await validateAkn(outputs.map((o) => ({ fileName: `${o.name}.akn.xml`, contents: o.xml })));
    const invalid = [...errors].filter(([, list]) => list.length > 0).map(([file, list]) => `${file}:\n${list.slice(0, 5).join("\n")}`);
    expect(invalid).toEqual([]);
  });

  it("resolves every internal reference in every document", () => {
    for (const { name, xml } of outputs) expect(referenceProblems(xml), name).toEqual([]);
  });

  it("carries the model's title, issuer and chair", () => {
    for (const { name, model, xml } of outputs) {
      const root = parseAkn(xml);
      expect(find(root, "docTitle").map((e) => e.text), name).toEqual(model.title === null ? [] : [cleanXmlChars(model.title)]);
      const chair = model.meeting?.chair;
      if (chair) {
        const tlc = find(root, "TLCPerson").find((p) => p.attrs.showAs === cleanXmlChars(chair.name));
        expect(tlc, name).toBeDefined();
        const inRoll = find(find(root, "rollCall")[0]!, "person").filter((p) => p.attrs.refersTo === `#${tlc!.attrs.eId}`);
        expect(inRoll.map((p) => p.attrs.as), name).toContain("#chair");
      }
    }
  });

  it("writes the seed's title and chair once the parser reads them", () => {
    const seed = outputs.find((o) => o.name === "wuxing-2022-13.txt");
    expect(seed).toBeDefined();
    const root = parseAkn(seed!.xml);
    if (seed!.model.title !== null) expect(find(root, "docTitle")[0]?.text).toBe("吴兴区人民政府第13次常务会议纪要");
    if (seed!.model.meeting?.chair) {
      expect(find(root, "TLCPerson").map((p) => p.attrs.showAs)).toContain("潘永锋");
    }
  });
});
