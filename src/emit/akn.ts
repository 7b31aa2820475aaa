// Minutes → Akoma Ntoso 3.0 (`<akomaNtoso><debate>`), valid against the OASIS schema
// akomantoso30.xsd. The mapping, the choice of `debate` and the id conventions are described
// in docs/akoma-ntoso.md.
//
//   meta         identification (FRBR, akn-meta.ts) + references (TLCs, akn-refs.ts)
//   preface      docTitle, docNumber, docProponent, docDate, meeting date and place
//   debateBody   rollCall (opening, attendance lists) · dbsect_agenda · dbsect_body ·
//                dbsect_1… (one per topic) · writtenStatements_1 (书面通报)
//   conclusions  container_distribution (分送) · container_printing (印发)
import type { AgendaItem, Meeting, Minutes, Person, Topic } from "../model/index.js";
import { eId } from "./akn-ids.js";
import { identification } from "./akn-meta.js";
import { createRefRegistry, ROLES, type RefRegistry, type RoleId } from "./akn-refs.js";
import { isCalendarDate } from "./akn-meta.js";
import { el, serialize, type XNode } from "./akn-xml.js";

/** The Akoma Ntoso 3.0 namespace. */
export const AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/**
 * Writes the model as an Akoma Ntoso 3.0 `debate` document (UTF-8 XML text, indented).
 * The output is valid against akomantoso30.xsd for every model, and every `#…` reference in it
 * (`refersTo`, `href`, `as`, `source`) names an element of the same document.
 *
 * @example toAkn(parse(text)) // '<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns=…'
 */
export function toAkn(model: Minutes): string {
  const refs = createRefRegistry();
  // Identification first, so that the issuer is the first organisation (org_1).
  const ident = identification(model, refs);
  const preface = prefaceNode(model, refs);
  const body = debateBody(model, refs);
  const conclusions = conclusionsNode(model, refs);
  const meta = el("meta", {}, [ident, refs.toNode()]);
  const parts = [meta, preface, body, conclusions].filter((n): n is XNode => n !== null);
  return serialize(el("akomaNtoso", { xmlns: AKN_NAMESPACE }, [el("debate", { name: "minutes" }, parts)]));
}

// ---------------------------------------------------------------- preface

function prefaceNode(model: Minutes, refs: RefRegistry): XNode | null {
  const ps: XNode[] = [];
  if (model.title !== null) ps.push(el("p", { class: "title" }, [el("docTitle", {}, [model.title])]));
  if (model.documentNumber !== null) {
    ps.push(el("p", { class: "number" }, [el("docNumber", {}, [model.documentNumber.text])]));
  }
  if (model.issuer !== null) {
    ps.push(el("p", { class: "issuer" }, [el("docProponent", { refersTo: `#${refs.organization(model.issuer)}` }, [model.issuer])]));
  }
  if (model.issueDate !== null) ps.push(el("p", { class: "issueDate" }, [dated("docDate", model.issueDate.text, model.issueDate.iso)]));
  const meeting = model.meeting;
  if (meeting?.date.text) ps.push(el("p", { class: "meetingDate" }, [dated("date", meeting.date.text, meeting.date.iso)]));
  if (meeting?.place) {
    ps.push(el("p", { class: "meetingPlace" }, [el("location", { refersTo: `#${refs.location(meeting.place)}` }, [meeting.place])]));
  }
  return ps.length > 0 ? el("preface", {}, ps) : null;
}

/** `<docDate date=…>` / `<date date=…>` when the ISO date is a real date, else `<inline name=…>`. */
function dated(name: "docDate" | "date", text: string, iso: string | null): XNode {
  return isCalendarDate(iso) ? el(name, { date: iso }, [text]) : el("inline", { name }, [text]);
}

// ---------------------------------------------------------------- debateBody

function debateBody(model: Minutes, refs: RefRegistry): XNode {
  const sections: XNode[] = [];
  const meeting = model.meeting;
  if (meeting !== null) {
    const roll = rollCall(meeting, refs);
    if (roll !== null) sections.push(roll);
    if (meeting.agenda.length > 0) sections.push(agendaSection(meeting.agenda, refs));
  }
  if (model.paragraphs.length > 0 || (sections.length === 0 && model.topics.length === 0 && model.writtenReports.length === 0)) {
    // Paragraphs outside numbered items; also the (then empty) section that keeps debateBody
    // non-empty, as the schema requires, for a document with no structure at all.
    const id = eId(null, "debateSection", "body");
    sections.push(el("debateSection", { name: "body", eId: id }, paragraphs(id, model.paragraphs.map((p) => p.text))));
  }
  model.topics.forEach((topic, i) => sections.push(topicSection(topic, eId(null, "debateSection", i + 1), refs)));
  if (model.writtenReports.length > 0) {
    const id = eId(null, "writtenStatements", 1);
    const items = model.writtenReports.map((report, i) =>
      el("p", { eId: eId(id, "p", i + 1) }, markup(report.text, [orgMark(report.proposer, refs)])),
    );
    sections.push(el("writtenStatements", { eId: id }, items));
  }
  return el("debateBody", {}, sections);
}

/** The opening paragraphs and one blockList per attendance role, each name a `<person>`. */
function rollCall(meeting: Meeting, refs: RefRegistry): XNode | null {
  const id = eId(null, "rollCall", 1);
  const opening = meeting.opening.map((p) => p.text);
  for (const note of meeting.attendanceNotes) {
    if (!opening.some((text) => text.includes(note.text))) opening.push(note.text);
  }
  const children = paragraphs(id, opening);
  let lists = 0;
  const list = (role: RoleId, intro: string, people: readonly Person[]): void => {
    if (people.length === 0) return;
    const listId = eId(id, "blockList", ++lists);
    const roleRef = `#${refs.role(role)}`;
    const items = people.map((person, i) => el("item", { eId: eId(listId, "item", i + 1) }, [personP(person, roleRef, refs)]));
    children.push(el("blockList", { eId: listId, refersTo: roleRef }, [el("listIntroduction", {}, [intro]), ...items]));
  };
  list("chair", ROLES.chair, meeting.chair ? [meeting.chair] : []);
  list("attendee", ROLES.attendee, meeting.attendees);
  list("invitedAttendee", ROLES.invitedAttendee, meeting.invitedAttendees);
  list("absentee", ROLES.absentee, meeting.absentees);
  list("observer", ROLES.observer, meeting.observers);
  for (const group of meeting.invitedObservers) {
    if (group.people.length > 0) list("invitedObserver", group.group, group.people);
    else children.push(el("p", { eId: eId(id, "p", children.filter((c) => "p" in c).length + 1), class: "invitedObserverGroup" }, [group.group]));
  }
  return children.length > 0 ? el("rollCall", { eId: id }, children) : null;
}

function personP(person: Person, roleRef: string, refs: RefRegistry): XNode {
  const content: XNode[] = [el("person", { refersTo: `#${refs.person(person.name)}`, as: roleRef }, [person.name])];
  if (person.title !== null) content.push(el("inline", { name: "title" }, [person.title]));
  return el("p", {}, content);
}

/** 会议进行了…；听取了…: one item per agenda entry, reporting body and reporter marked. */
function agendaSection(agenda: readonly AgendaItem[], refs: RefRegistry): XNode {
  const id = eId(null, "debateSection", "agenda");
  const listId = eId(id, "blockList", 1);
  const items = agenda.map((item, i) =>
    el("item", { eId: eId(listId, "item", i + 1) }, [
      el("p", {}, markup(item.text, [orgMark(item.organization, refs), personMark(item.reporter, refs)])),
    ]),
  );
  return el("debateSection", { name: "agenda", eId: id }, [el("blockList", { eId: listId }, items)]);
}

/** A numbered item: num, heading, paragraphs, decisions, requirements, nested items. */
function topicSection(topic: Topic, id: string, refs: RefRegistry): XNode {
  const children: XNode[] = [el("num", {}, [topic.marker])];
  if (topic.heading !== null) children.push(el("heading", {}, [topic.heading]));
  children.push(...paragraphs(id, topic.paragraphs.map((p) => p.text)));
  if (topic.decisions.length > 0) {
    const sub = eId(id, "debateSection", "decisions");
    const ps = topic.decisions.map((d, i) => el("p", { eId: eId(sub, "p", i + 1) }, markup(d.text, [orgMark(d.proposer, refs)])));
    children.push(el("debateSection", { name: "decisions", eId: sub }, ps));
  }
  if (topic.requirements.length > 0) {
    const sub = eId(id, "debateSection", "requirements");
    children.push(el("debateSection", { name: "requirements", eId: sub }, paragraphs(sub, topic.requirements.map((r) => r.text))));
  }
  topic.subtopics.forEach((child, i) => children.push(topicSection(child, eId(id, "debateSection", i + 1), refs)));
  return el("debateSection", { name: "topic", eId: id }, children);
}

function paragraphs(parent: string, texts: readonly string[]): XNode[] {
  return texts.map((text, i) => el("p", { eId: eId(parent, "p", i + 1) }, [text]));
}

// ---------------------------------------------------------------- conclusions

function conclusionsNode(model: Minutes, refs: RefRegistry): XNode | null {
  const parts: XNode[] = [];
  if (model.distribution.length > 0) {
    const id = eId(null, "container", "distribution");
    const listId = eId(id, "blockList", 1);
    const items = model.distribution.map((name, i) =>
      el("item", { eId: eId(listId, "item", i + 1) }, [el("p", {}, [el("organization", { refersTo: `#${refs.organization(name)}` }, [name])])]),
    );
    parts.push(el("container", { name: "distribution", eId: id }, [el("blockList", { eId: listId }, items)]));
  }
  const printing = model.printing;
  if (printing !== null && (printing.organization !== null || printing.date !== null)) {
    const content: XNode[] = [];
    if (printing.organization !== null) {
      content.push(el("organization", { refersTo: `#${refs.organization(printing.organization)}` }, [printing.organization]));
    }
    if (printing.date !== null) content.push(dated("date", printing.date.text, printing.date.iso));
    const id = eId(null, "container", "printing");
    parts.push(el("container", { name: "printing", eId: id }, [el("p", { eId: eId(id, "p", 1) }, content)]));
  }
  return parts.length > 0 ? el("conclusions", {}, parts) : null;
}

// ---------------------------------------------------------------- inline markup

interface Mark {
  needle: string;
  wrap: (text: string) => XNode;
}

function orgMark(name: string | null, refs: RefRegistry): Mark | null {
  return name ? { needle: name, wrap: (t) => el("organization", { refersTo: `#${refs.organization(name)}` }, [t]) } : null;
}

function personMark(name: string | null, refs: RefRegistry): Mark | null {
  return name ? { needle: name, wrap: (t) => el("person", { refersTo: `#${refs.person(name)}` }, [t]) } : null;
}

/**
 * `text` as mixed content, with the first occurrence of each mark's needle wrapped
 * (earliest first, overlaps skipped). A needle the text does not contain is still
 * registered, so its TLC is listed, but marks nothing.
 */
function markup(text: string, marks: ReadonlyArray<Mark | null>): Array<XNode | string> {
  const found: Array<{ start: number; end: number; mark: Mark }> = [];
  for (const mark of marks) {
    if (mark === null) continue;
    const start = text.indexOf(mark.needle);
    if (start < 0) {
      mark.wrap(mark.needle);
      continue;
    }
    found.push({ start, end: start + mark.needle.length, mark });
  }
  found.sort((a, b) => a.start - b.start);
  const out: Array<XNode | string> = [];
  let at = 0;
  for (const f of found) {
    if (f.start < at) continue;
    if (f.start > at) out.push(text.slice(at, f.start));
    out.push(f.mark.wrap(text.slice(f.start, f.end)));
    at = f.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
