// The privacy rule over the group views: the org total, its partition by role and its partition
// by department. Each group also publishes figures for its customer-oriented members (selling
// share, market work) and its market-oriented members (sales support), so those subsets are cells
// too: in each view they partition the org's subset, and within a group they partition the group
// together with the unpublished rest (people of orientation `other`). The unpublished role ×
// department cells tie the two views together, so a department minus a role it contains cannot
// give away a hidden role (Sales = 6 account executives + 1 sales engineer).
import { groupByName, isCustomer, isMarket } from './measures.js';
import { suppressedCells, type PrivacyCell, type PrivacyPartition } from './privacy.js';
import type { ReportPerson } from './report-input.js';
import type { GroupBy } from './report.js';

export interface GroupKey {
  by: GroupBy;
  name: string;
}

export interface PeopleGroup {
  key: GroupKey;
  members: readonly ReportPerson[];
}

export type Subset = 'all' | 'customer' | 'market';

const SUBSETS = ['all', 'customer', 'market', 'rest'] as const;
type AnySubset = (typeof SUBSETS)[number];

const pick: Record<AnySubset, (p: ReportPerson) => boolean> = {
  all: () => true,
  customer: isCustomer,
  market: isMarket,
  rest: (p) => !isCustomer(p) && !isMarket(p),
};

/** Whether a group's figures (or its subset's) are suppressed. `groups[0]` must be the org. */
export function groupCells(
  groups: readonly PeopleGroup[],
  minGroupSize: number,
): (key: GroupKey, subset: Subset) => boolean {
  const org = groups[0]!;
  const index = new Map(org.members.map((p, i) => [p, i]));
  const cells: PrivacyCell[] = [];
  const partitions: PrivacyPartition[] = [];
  const nested: { parent: string; child: string }[] = [];
  const id = (name: string, s: AnySubset): string => JSON.stringify([name, s]);
  const add = (name: string, members: readonly ReportPerson[], published: boolean): void => {
    for (const s of SUBSETS) {
      const inSubset = members.filter(pick[s]);
      cells.push({
        id: id(name, s),
        size: inSubset.length,
        published: published && s !== 'rest',
        key: inSubset.map((p) => index.get(p)).join(','),
      });
    }
    const parts = (['customer', 'market', 'rest'] as const).map((s) => id(name, s));
    partitions.push({ total: id(name, 'all'), parts });
    for (const child of parts) nested.push({ parent: id(name, 'all'), child });
  };
  const name = (k: GroupKey): string => `${k.by}:${k.name}`;
  for (const g of groups) add(name(g.key), g.members, true);

  const roles = groups.filter((g) => g.key.by === 'role');
  const departments = groups.filter((g) => g.key.by === 'department');
  const byRole = new Map(roles.map((r) => [r.key.name, [] as string[]]));
  const byDepartment = new Map(departments.map((d) => [d.key.name, [] as string[]]));
  for (const r of roles) {
    const inDepartment = groupByName(r.members, (p) => p.department);
    for (const d of departments) {
      const both = inDepartment.get(d.key.name);
      if (both === undefined) continue;
      const cell = `${name(r.key)} × ${name(d.key)}`;
      add(cell, both, false);
      byRole.get(r.key.name)!.push(cell);
      byDepartment.get(d.key.name)!.push(cell);
    }
  }
  for (const s of SUBSETS) {
    for (const view of [roles, departments]) {
      partitions.push({ total: id(name(org.key), s), parts: view.map((g) => id(name(g.key), s)) });
    }
    for (const [role, parts] of byRole) {
      partitions.push({ total: id(`role:${role}`, s), parts: parts.map((c) => id(c, s)) });
    }
    for (const [department, parts] of byDepartment) {
      partitions.push({
        total: id(`department:${department}`, s),
        parts: parts.map((c) => id(c, s)),
      });
    }
  }
  const hidden = suppressedCells({ cells, partitions, nested }, minGroupSize);
  return (key, subset) => hidden.has(id(name(key), subset));
}
