// The privacy rule (PRODUCT.md "Report JSON"; the reports issue): a group with fewer than
// `privacy.minGroupSize` people is suppressed in every group view, and where a total and all but
// one of its parts are shown, the next-smallest part is suppressed too, so no hidden group can be
// recovered by subtraction.
//
// Groups are modelled as cells (a set of people with a size) and partitions (a total cell that is
// the disjoint union of its parts). Suppression only grows, so applying the rules until nothing
// changes terminates, and a part suppressed to protect one partition is itself protected in every
// other partition it belongs to.

export interface PrivacyCell {
  id: string;
  size: number;
  /**
   * Whether the report shows this cell's figures. An unpublished cell (e.g. "members who are neither
   * customer- nor market-oriented") still matters: when small, subtraction must not reveal it.
   */
  published: boolean;
}

export interface PrivacyPartition {
  total: string;
  parts: readonly string[];
}

export interface PrivacyModel {
  cells: readonly PrivacyCell[];
  partitions: readonly PrivacyPartition[];
  /** A child's figures are part of its parent's: when the parent is suppressed, so is the child. */
  nested: readonly { parent: string; child: string }[];
}

/**
 * The ids of the cells to suppress. Empty cells (size 0) hide nothing and are never suppressed:
 * their figures are absent for lack of people, not for privacy.
 */
export function suppressedCells(model: PrivacyModel, minGroupSize: number): Set<string> {
  const cells = new Map(model.cells.map((c) => [c.id, c]));
  const cell = (id: string): PrivacyCell => {
    const c = cells.get(id);
    if (!c) throw new Error(`privacy model: unknown cell ${id}`);
    return c;
  };
  const hidden = new Set<string>();
  for (const c of model.cells) if (c.size > 0 && c.size < minGroupSize) hidden.add(c.id);

  let changed = true;
  while (changed) {
    changed = false;
    const hide = (id: string): void => {
      if (!hidden.has(id) && cell(id).size > 0) {
        hidden.add(id);
        changed = true;
      }
    };
    for (const { parent, child } of model.nested) if (hidden.has(parent)) hide(child);
    for (const p of model.partitions) {
      const total = cell(p.total);
      if (hidden.has(total.id) || !total.published || total.size === 0) continue;
      const parts = p.parts.map(cell).filter((c) => c.size > 0);
      const notShown = parts.filter((c) => hidden.has(c.id) || !c.published);
      // Exactly one part missing from a shown total: the total minus the rest gives it away.
      if (notShown.length !== 1 || !hidden.has(notShown[0]!.id)) continue;
      const next = parts
        .filter((c) => !hidden.has(c.id) && c.published)
        .sort((a, b) => a.size - b.size || compare(a.id, b.id))[0];
      // With no other part to hide, the hidden part is the whole total.
      hide(next ? next.id : total.id);
    }
  }
  return hidden;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
