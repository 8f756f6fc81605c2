// The privacy rule over the group views: the org total, its partition by role and its partition
// by department. Each group also publishes figures for its customer-oriented members (selling
// share, market work) and its market-oriented members (sales support), so those subsets are cells
// too: in each view they partition the org's subset, and within a group they partition the group
// together with the unpublished rest (people of orientation `other`).
import { isCustomer, isMarket } from './measures.js';
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

function id(key: GroupKey, subset: (typeof SUBSETS)[number]): string {
  return JSON.stringify([key.by, key.name, subset]);
}

/** Whether a group's figures (or its subset's) are suppressed. `groups[0]` must be the org. */
export function groupCells(
  groups: readonly PeopleGroup[],
  minGroupSize: number,
): (key: GroupKey, subset: Subset) => boolean {
  const org = groups[0]!.key;
  const cells: PrivacyCell[] = [];
  const partitions: PrivacyPartition[] = [];
  const nested: { parent: string; child: string }[] = [];
  for (const g of groups) {
    const sizes = {
      all: g.members.length,
      customer: g.members.filter(isCustomer).length,
      market: g.members.filter(isMarket).length,
      rest: g.members.filter((p) => !isCustomer(p) && !isMarket(p)).length,
    };
    for (const s of SUBSETS)
      cells.push({ id: id(g.key, s), size: sizes[s], published: s !== 'rest' });
    const subsets = (['customer', 'market', 'rest'] as const).map((s) => id(g.key, s));
    partitions.push({ total: id(g.key, 'all'), parts: subsets });
    for (const child of subsets) nested.push({ parent: id(g.key, 'all'), child });
  }
  for (const by of ['role', 'department'] as const) {
    const view = groups.filter((g) => g.key.by === by);
    for (const s of ['all', 'customer', 'market'] as const) {
      partitions.push({ total: id(org, s), parts: view.map((g) => id(g.key, s)) });
    }
  }
  const hidden = suppressedCells({ cells, partitions, nested }, minGroupSize);
  return (key, subset) => hidden.has(id(key, subset));
}
