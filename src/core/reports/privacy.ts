// The privacy rule (PRODUCT.md "Report JSON"; the reports issue): a group with fewer than
// `privacy.minGroupSize` people is suppressed in every group view, and where a total and all but
// one of its parts are shown, the next-smallest part is suppressed too, so no hidden group can be
// recovered by subtraction.
//
// Groups are cells (a set of people) and partitions (a total that is the disjoint union of its
// parts). Subtraction is followed through chains of partitions: a cell is recoverable when it is
// shown, or when it is the only unknown in a partition whose other cells are recoverable. Cells
// with the same members are one group under two names (a department whose people all share a role
// is that role's group too), so hiding one hides the other. While some hidden group is
// recoverable, the smallest shown group its recovery used is suppressed — for a single partition
// that is exactly the "next-smallest part". Suppression only grows, so this terminates.

export interface PrivacyCell {
  id: string;
  size: number;
  /**
   * Whether the report shows this cell's figures. An unpublished cell (e.g. "members who are
   * neither customer- nor market-oriented") still matters: when small, it must not be recoverable.
   */
  published: boolean;
  /** Identifies the members: cells with equal keys have the same people. Defaults to `id`. */
  key?: string;
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
  const groups = groupsOf(model);
  // The model in group keys, worked out once: the loop below only grows `hidden`.
  const groupOf = cellKeys(model);
  const nested = model.nested.map((n) => ({ parent: groupOf(n.parent), child: groupOf(n.child) }));
  const equations = equationsOf(model, groupOf);
  const hidden = new Set<string>();
  for (const [key, g] of groups) if (g.size > 0 && g.size < minGroupSize) hidden.add(key);
  for (;;) {
    hideNested(nested, groups, hidden);
    const known = recoverable(equations, groups, hidden);
    const leak = [...groups.keys()].find((k) => hidden.has(k) && known.has(k));
    if (leak === undefined) break;
    const smallest = [...shownSources(leak, known)].sort(
      (a, b) =>
        groups.get(a)!.size - groups.get(b)!.size || compare(groups.get(a)!.id, groups.get(b)!.id),
    )[0];
    if (smallest === undefined) throw new Error(`privacy: ${leak} recovered from nothing shown`);
    hidden.add(smallest);
  }
  return new Set(model.cells.filter((c) => hidden.has(keyOf(c))).map((c) => c.id));
}

interface Group {
  /** The first cell with these members (for a stable, readable tie-break). */
  id: string;
  size: number;
  published: boolean;
}

function keyOf(c: PrivacyCell): string {
  return c.key ?? c.id;
}

/** Cells merged by members, in first-seen order; published when any of its names is. */
function groupsOf(model: PrivacyModel): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const c of model.cells) {
    const g = groups.get(keyOf(c));
    if (g) g.published ||= c.published;
    else groups.set(keyOf(c), { id: c.id, size: c.size, published: c.published });
  }
  return groups;
}

function hideNested(
  nested: readonly { parent: string; child: string }[],
  groups: Map<string, Group>,
  hidden: Set<string>,
): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const { parent, child } of nested) {
      if (hidden.has(parent) && !hidden.has(child) && groups.get(child)!.size > 0) {
        hidden.add(child);
        changed = true;
      }
    }
  }
}

/**
 * Every group whose figures can be worked out: shown or empty ones (sources: null), and those
 * recovered from a partition (sources: the partition's other groups).
 */
function recoverable(
  equations: readonly (readonly string[])[],
  groups: Map<string, Group>,
  hidden: Set<string>,
): Map<string, readonly string[] | null> {
  const known = new Map<string, readonly string[] | null>();
  for (const [k, g] of groups) {
    if (g.size === 0) known.set(k, []);
    else if (g.published && !hidden.has(k)) known.set(k, null);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const terms of equations) {
      const unknown = terms.filter((k) => !known.has(k));
      if (unknown.length !== 1) continue;
      known.set(
        unknown[0]!,
        terms.filter((k) => k !== unknown[0]),
      );
      changed = true;
    }
  }
  return known;
}

/**
 * Each partition as the groups in `total − Σ parts = 0`, with a group named twice (a total equal
 * to its one part) cancelling out.
 */
function equationsOf(model: PrivacyModel, key: (id: string) => string): string[][] {
  return model.partitions.map((p) => {
    const coefficient = new Map<string, number>([[key(p.total), 1]]);
    for (const part of p.parts) coefficient.set(key(part), (coefficient.get(key(part)) ?? 0) - 1);
    return [...coefficient].filter(([, c]) => c !== 0).map(([k]) => k);
  });
}

/** The shown groups a recovery rests on. */
function shownSources(key: string, known: Map<string, readonly string[] | null>): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const visit = (k: string): void => {
    if (seen.has(k)) return;
    seen.add(k);
    const sources = known.get(k);
    if (sources === null) out.add(k);
    else for (const s of sources ?? []) visit(s);
  };
  for (const s of known.get(key) ?? []) visit(s);
  return out;
}

function cellKeys(model: PrivacyModel): (id: string) => string {
  const byId = new Map(model.cells.map((c) => [c.id, keyOf(c)]));
  return (id) => {
    const k = byId.get(id);
    if (k === undefined) throw new Error(`privacy model: unknown cell ${id}`);
    return k;
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
