// Where each role's time goes: hours per category per person and per group (rules 4–7), selling
// share, market work pulled from customer-oriented people, sales support given by market-oriented
// people — with the privacy rule applied to every group view.
import { groupCells, type GroupKey, type PeopleGroup, type Subset } from './group-privacy.js';
import {
  byText,
  groupByName,
  hoursByCategory,
  isCustomer,
  isMarket,
  measuresReader,
  ratio,
  total,
  type PersonMeasures,
  weeksOf,
} from './measures.js';
import type { ReportInput, ReportPerson } from './report-input.js';
import type { ReportGroup, ReportPersonRow } from './report.js';

export const ORG_GROUP_NAME = 'Everyone';

/** One row per person, by department, role, name. Person-level: only for `--people`. */
export function personRows(input: ReportInput): ReportPersonRow[] {
  const read = measuresReader(input);
  const capacity = weeksOf(input) * input.workweekHours;
  return sortPeople(input.people).map((p) => {
    const m = read(p.hours);
    const customer = isCustomer(p);
    return {
      email: p.email,
      name: p.name,
      department: p.department,
      role: p.role,
      orientation: p.orientation,
      active: p.active,
      hours: hoursByCategory(input.categories, p.hours),
      scheduledHours: m.scheduled,
      sellingShare: customer ? ratio(m.selling, capacity) : null,
      sellingShareOfScheduled: customer ? ratio(m.selling, m.scheduled) : null,
      marketWorkHours: m.marketWork,
      salesSupportHours: m.salesSupport,
      departmentHours: Object.fromEntries(
        Object.entries(p.departmentHours).sort(([a], [b]) => byText(a, b)),
      ),
    };
  });
}

/** The org, then every role, then every department, each by name. */
export function groupRows(input: ReportInput): ReportGroup[] {
  const groups = partition(input.people);
  const hidden = groupCells(groups, input.minGroupSize);
  return groups.map((g) => groupRow(input, g, hidden));
}

/** The org and its two partitions, by role and by department. */
export function partition(people: readonly ReportPerson[]): PeopleGroup[] {
  const out: PeopleGroup[] = [{ key: { by: 'org', name: ORG_GROUP_NAME }, members: people }];
  for (const by of ['role', 'department'] as const) {
    for (const [name, members] of groupByName(people, (p) => p[by])) {
      out.push({ key: { by, name }, members });
    }
  }
  return out;
}

function groupRow(
  input: ReportInput,
  g: PeopleGroup,
  hidden: (key: GroupKey, subset: Subset) => boolean,
): ReportGroup {
  const capacity = weeksOf(input) * input.workweekHours;
  const { hours, customers, c, markets, salesSupport } = groupSums(input, g.members);
  const suppressed = hidden(g.key, 'all');
  const customerHidden = hidden(g.key, 'customer');
  const marketHidden = hidden(g.key, 'market');
  const showCustomer = customers > 0 && !customerHidden;
  const showMarket = markets > 0 && !marketHidden;
  return {
    by: g.key.by,
    name: g.key.name,
    people: g.members.length,
    suppressed,
    hours: suppressed ? null : hoursByCategory(input.categories, hours),
    scheduledHours: suppressed ? null : total(hours),
    sellingShare: showCustomer ? ratio(c.selling, customers * capacity) : null,
    customerOriented: {
      people: customers,
      suppressed: customerHidden,
      sellingHours: showCustomer ? c.selling : null,
      sellingShareOfScheduled: showCustomer ? ratio(c.selling, c.scheduled) : null,
      marketWorkHours: showCustomer ? c.marketWork : null,
    },
    marketOriented: {
      people: markets,
      suppressed: marketHidden,
      salesSupportHours: showMarket ? salesSupport : null,
    },
  };
}

interface GroupSums {
  /** Every member's hours, per category. */
  hours: number[];
  customers: number;
  /** The customer-oriented members' measures. */
  c: PersonMeasures;
  markets: number;
  /** The market-oriented members' sales-support hours. */
  salesSupport: number;
}

/** A group's sums in one pass, each added up in member order. */
function groupSums(input: ReportInput, members: readonly ReportPerson[]): GroupSums {
  const read = measuresReader(input);
  const sums: GroupSums = {
    hours: new Array<number>(input.categories.length).fill(0),
    customers: 0,
    c: { scheduled: 0, selling: 0, salesSupport: 0, marketWork: 0 },
    markets: 0,
    salesSupport: 0,
  };
  for (const p of members) {
    for (let i = 0; i < sums.hours.length; i++) sums.hours[i]! += p.hours[i] ?? 0;
    if (isCustomer(p)) {
      const m = read(p.hours);
      sums.customers++;
      sums.c.scheduled += m.scheduled;
      sums.c.selling += m.selling;
      sums.c.salesSupport += m.salesSupport;
      sums.c.marketWork += m.marketWork;
    } else if (isMarket(p)) {
      sums.markets++;
      sums.salesSupport += read(p.hours).salesSupport;
    }
  }
  return sums;
}

export function sortPeople(people: readonly ReportPerson[]): ReportPerson[] {
  return [...people].sort(
    (a, b) =>
      byText(a.department, b.department) ||
      byText(a.role, b.role) ||
      byText(a.name, b.name) ||
      byText(a.email, b.email),
  );
}
