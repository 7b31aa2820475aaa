// The TLC references of the Akoma Ntoso export (`<references source="#jiyao">`): one
// TLCPerson per distinct person name, one TLCOrganization per distinct organisation name,
// the TLCRoles of the attendance lists, and jiyao itself as the source of the markup.
// eIds are positional (`person_3`, `org_2`), so no text of the document ever reaches an id;
// names reach `showAs` and, IRI-escaped, the ontology `href`.
import { el, type XNode } from "./akn-xml.js";

/** The eId of the TLC that stands for jiyao, the `source` of identification and references. */
export const SOURCE_ID = "jiyao";

const UNKNOWN_ORG_ID = "org_unknown";

/** Attendance roles: model list → TLCRole eId and the Chinese label. */
export const ROLES = {
  chair: "主持",
  attendee: "出席",
  invitedAttendee: "应邀出席",
  absentee: "请假",
  observer: "列席",
  invitedObserver: "应邀列席",
} as const;
export type RoleId = keyof typeof ROLES;

/** Collects the persons, organisations and roles a document refers to. */
export interface RefRegistry {
  /** The eId of the TLCPerson for `name` (created on first use). */
  person(name: string): string;
  /** The eId of the TLCOrganization for `name` (created on first use). */
  organization(name: string): string;
  /** The eId of a TLCOrganization standing for an author the document does not name. */
  unknownOrganization(): string;
  /** The eId of a TLCLocation for `name` (created on first use). */
  location(name: string): string;
  /** The eId of the TLCRole for `role` (marked as used). */
  role(role: RoleId): string;
  /** The `<references>` element, in first-use order within each class. */
  toNode(): XNode;
}

/** Creates an empty registry. */
export function createRefRegistry(): RefRegistry {
  const persons = new Map<string, string>();
  const organizations = new Map<string, string>();
  const locations = new Map<string, string>();
  const roles = new Set<RoleId>();
  let unknown = false;
  const intern = (map: Map<string, string>, prefix: string, name: string): string => {
    let id = map.get(name);
    if (id === undefined) {
      id = `${prefix}_${map.size + 1}`;
      map.set(name, id);
    }
    return id;
  };
  return {
    person: (name) => intern(persons, "person", name),
    organization: (name) => intern(organizations, "org", name),
    unknownOrganization() {
      unknown = true;
      return UNKNOWN_ORG_ID;
    },
    location: (name) => intern(locations, "loc", name),
    role(role) {
      roles.add(role);
      return role;
    },
    toNode() {
      const children: XNode[] = [
        el("TLCOrganization", { eId: SOURCE_ID, href: "/akn/ontology/organization/jiyao", showAs: "jiyao" }),
      ];
      for (const [name, id] of organizations) {
        children.push(el("TLCOrganization", { eId: id, href: ontologyHref("organization", name), showAs: name }));
      }
      if (unknown) {
        children.push(
          el("TLCOrganization", { eId: UNKNOWN_ORG_ID, href: "/akn/ontology/organization/cn/unknown", showAs: "unknown" }),
        );
      }
      for (const [name, id] of persons) {
        children.push(el("TLCPerson", { eId: id, href: ontologyHref("person", name), showAs: name }));
      }
      for (const [name, id] of locations) {
        children.push(el("TLCLocation", { eId: id, href: ontologyHref("location", name), showAs: name }));
      }
      for (const role of Object.keys(ROLES) as RoleId[]) {
        if (!roles.has(role)) continue;
        children.push(el("TLCRole", { eId: role, href: `/akn/ontology/role/cn/${role}`, showAs: ROLES[role] }));
      }
      return el("references", { source: `#${SOURCE_ID}` }, children);
    },
  };
}

/** `/akn/ontology/person/cn/潘永锋`: the name as one IRI path segment. */
export function ontologyHref(kind: "person" | "organization" | "location", name: string): string {
  return `/akn/ontology/${kind}/cn/${iriSegment(name)}`;
}

/**
 * Escapes `value` as one IRI path segment (RFC 3987): ASCII `pchar` characters (unreserved, sub-delims, `:`, `@`) and
 * `ucschar` (which covers CJK) stay as they are; everything else, including `/`, `%`, `#`,
 * spaces, controls and U+FFFD, is percent-encoded as UTF-8. Lone surrogates become U+FFFD first.
 */
export function iriSegment(value: string): string {
  let out = "";
  for (const ch of value.replace(/[\uD800-\uDFFF]/gu, "\uFFFD")) {
    const cp = ch.codePointAt(0) ?? 0;
    if (/^[A-Za-z0-9\-._~!$&'()*+,;=:@]$/.test(ch) || isUcschar(cp)) out += ch;
    else for (const byte of new TextEncoder().encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out === "" ? "_" : out;
}

function isUcschar(cp: number): boolean {
  if (cp >= 0xa0 && cp <= 0xd7ff) return true;
  if (cp >= 0xf900 && cp <= 0xfdcf) return true;
  if (cp >= 0xfdf0 && cp <= 0xffef) return true;
  if (cp >= 0x10000 && cp <= 0xeffff) return (cp & 0xffff) < 0xfffe;
  return false;
}
