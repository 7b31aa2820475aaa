// `<meta>` of the Akoma Ntoso export: FRBR identification and the dates it needs.
//
// The schema requires a date on FRBRWork, FRBRExpression and FRBRManifestation. Each
// FRBRdate's `name` says which date of the document it is, so a fallback is never hidden:
//   Work          meeting date → issue date (落款) → written (成文) → published → printed (印发)
//   Expression    issue date → written → published → printed → meeting date
//   Manifestation the Expression's date (the output is a pure function of the model, so the
//                 time of generation is not recorded)
// When none is known the date is `0001-01-01` with name `unknown`. Dates that are not real
// calendar dates (2022-02-30) are skipped like missing ones.
import type { Minutes } from "../model/index.js";
import type { RefRegistry } from "./akn-refs.js";
import { SOURCE_ID, iriSegment } from "./akn-refs.js";
import { el, type XNode } from "./akn-xml.js";

/** A date for FRBRdate: the ISO value and which date of the document it is. */
export interface NamedDate {
  date: string;
  name: "meeting" | "issue" | "written" | "published" | "printed" | "unknown";
}

/** Placeholder for an unknown date; the only date the schema takes that no document has. */
export const UNKNOWN_DATE = "0001-01-01";

/** Whether `iso` is a real calendar date `YYYY-MM-DD` (year 0001 or later). */
export function isCalendarDate(iso: string | null | undefined): iso is string {
  if (!iso) return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[mo - 1] ?? 0);
}

function candidates(model: Minutes): NamedDate[] {
  const all: Array<[string | null | undefined, NamedDate["name"]]> = [
    [model.meeting?.date.iso, "meeting"],
    [model.issueDate?.iso, "issue"],
    [model.disclosure.writtenDate, "written"],
    [model.disclosure.publishDate, "published"],
    [model.printing?.date?.iso, "printed"],
  ];
  return all.filter((c): c is [string, NamedDate["name"]] => isCalendarDate(c[0])).map(([date, name]) => ({ date, name }));
}

/** The Work date: when the meeting was held, else the first known date of the document. */
export function workDate(model: Minutes): NamedDate {
  return candidates(model)[0] ?? { date: UNKNOWN_DATE, name: "unknown" };
}

/** The Expression date: when the minutes were issued, else the first known date. */
export function expressionDate(model: Minutes): NamedDate {
  const all = candidates(model);
  return all.find((c) => c.name !== "meeting") ?? all[0] ?? { date: UNKNOWN_DATE, name: "unknown" };
}

/** The organisation that issued the minutes: 落款 organ, else 发布机构, else the 印发 organ. */
export function authorName(model: Minutes): string | null {
  return model.issuer ?? model.disclosure.publisher ?? model.printing?.organization ?? null;
}

/** The Work's number: the session (第13次 → 13), else the 发文字号 serial, else `nn`. */
export function workNumber(model: Minutes): string {
  const n = model.meeting?.sessionNumber ?? model.documentNumber?.serial ?? null;
  return n === null ? "nn" : String(n);
}

/** The FRBR URIs: `/akn/cn/debate/<author>/<date>/<number>` and its expression / manifestation. */
export function frbrUris(model: Minutes): { work: string; expression: string; manifestation: string } {
  const author = authorName(model);
  const work = `/akn/cn/debate/${author ? `${iriSegment(author)}/` : ""}${workDate(model).date}/${iriSegment(workNumber(model))}`;
  const expr = expressionDate(model);
  const expression = `${work}/zho@${expr.name === "unknown" ? "" : expr.date}`;
  return { work, expression, manifestation: `${expression}.akn` };
}

/** `<identification source="#jiyao">` with FRBRWork, FRBRExpression, FRBRManifestation. */
export function identification(model: Minutes, refs: RefRegistry): XNode {
  const author = authorName(model);
  const authorRef = `#${author ? refs.organization(author) : refs.unknownOrganization()}`;
  const uris = frbrUris(model);
  const work = workDate(model);
  const expr = expressionDate(model);
  const date = (d: NamedDate): XNode => el("FRBRdate", { date: d.date, name: d.name });
  return el("identification", { source: `#${SOURCE_ID}` }, [
    el("FRBRWork", {}, [
      el("FRBRthis", { value: `${uris.work}/!main` }),
      el("FRBRuri", { value: uris.work }),
      date(work),
      el("FRBRauthor", { href: authorRef }),
      el("FRBRcountry", { value: "cn" }),
      el("FRBRnumber", { value: workNumber(model) }),
    ]),
    el("FRBRExpression", {}, [
      el("FRBRthis", { value: `${uris.expression}/!main` }),
      el("FRBRuri", { value: uris.expression }),
      date(expr),
      el("FRBRauthor", { href: authorRef }),
      el("FRBRlanguage", { language: "zho" }),
    ]),
    el("FRBRManifestation", {}, [
      el("FRBRthis", { value: `${uris.expression}/!main.xml` }),
      el("FRBRuri", { value: uris.manifestation }),
      date(expr),
      el("FRBRauthor", { href: `#${SOURCE_ID}` }),
      el("FRBRformat", { value: "application/akn+xml" }),
    ]),
  ]);
}
