// eId naming for the Akoma Ntoso export, after the Akoma Ntoso Naming Convention 1.0 (§5):
// an eId is `[prefix "__"] elementRef "_" num`, where the prefix is the eId of the context
// element and elementRef is the element's abbreviation (debateSection → dbsect, blockList →
// list) or, when it has none, the element name itself (rollCall, p, item, container).
// `num` is the 1-based position among siblings of the same kind, or a fixed name for the
// unnumbered named sections (`dbsect_agenda`, `dbsect_1__dbsect_decisions`).

/** Element-name abbreviations used here (Naming Convention §5, table of abbreviations). */
export const ELEMENT_REF = {
  debateSection: "dbsect",
  blockList: "list",
  item: "item",
  p: "p",
  rollCall: "rollCall",
  writtenStatements: "writtenStatements",
  container: "container",
} as const;

export type ElementKind = keyof typeof ELEMENT_REF;

/**
 * The eId of a child: `eId("dbsect_1", "p", 2)` → `dbsect_1__p_2`;
 * `eId(null, "debateSection", "agenda")` → `dbsect_agenda`.
 */
export function eId(parent: string | null, kind: ElementKind, num: number | string): string {
  const own = `${ELEMENT_REF[kind]}_${num}`;
  return parent ? `${parent}__${own}` : own;
}
