// Where each role's time goes: hours per category per person and per group (rules 4–7), selling
// share, market work pulled from customer-oriented people, sales support given by market-oriented
// people — with the privacy rule applied to every group view.
import { groupCells, type GroupKey, type PeopleGroup, type Subset } from './group-privacy.js';
import {
  byText,
  hoursByCategory,
  isCustomer,
  isMarket,
  measuresReader,
  ratio,
  type PersonMeasures,
  sumHours,
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
    const names = [...new Set(people.map((p) => p[by]))].sort(byText);
    for (const name of names)
      out.push({ key: { by, name }, members: people.filter((p) => p[by] === name) });
  }
  return out;
}

function groupRow(
  input: ReportInput,
  g: PeopleGroup,
  hidden: (key: GroupKey, subset: Subset) => boolean,
): ReportGroup {
  const read = measuresReader(input);
  const capacity = weeksOf(input) * input.workweekHours;
  const customers = g.members.filter(isCustomer);
  const markets = g.members.filter(isMarket);
  const suppressed = hidden(g.key, 'all');
  const customerHidden = hidden(g.key, 'customer');
  const marketHidden = hidden(g.key, 'market');
  const c = sum(customers.map((p) => read(p.hours)));
  const showCustomer = customers.length > 0 && !customerHidden;
  const showMarket = markets.length > 0 && !marketHidden;
  const hours = sumHours(
    input.categories.length,
    g.members.map((p) => p.hours),
  );
  return {
    by: g.key.by,
    name: g.key.name,
    people: g.members.length,
    suppressed,
    hours: suppressed ? null : hoursByCategory(input.categories, hours),
    scheduledHours: suppressed ? null : hours.reduce((a, b) => a + b, 0),
    sellingShare: showCustomer ? ratio(c.selling, customers.length * capacity) : null,
    customerOriented: {
      people: customers.length,
      suppressed: customerHidden,
      sellingHours: showCustomer ? c.selling : null,
      sellingShareOfScheduled: showCustomer ? ratio(c.selling, c.scheduled) : null,
      marketWorkHours: showCustomer ? c.marketWork : null,
    },
    marketOriented: {
      people: markets.length,
      suppressed: marketHidden,
      salesSupportHours: showMarket ? sum(markets.map((p) => read(p.hours))).salesSupport : null,
    },
  };
}

function sum(rows: readonly PersonMeasures[]): PersonMeasures {
  const out: PersonMeasures = { scheduled: 0, selling: 0, salesSupport: 0, marketWork: 0 };
  for (const r of rows) {
    out.scheduled += r.scheduled;
    out.selling += r.selling;
    out.salesSupport += r.salesSupport;
    out.marketWork += r.marketWork;
  }
  return out;
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
