// Selling share per ISO week (rule 5: weeks start on Monday in the org timezone), for each
// customer-oriented role and for all customer-oriented people. A week cut by the range's ends
// counts only its days inside the range: capacity = people × days / 7 × workweekHours.
import { groupByName, isCustomer, ratio } from './measures.js';
import type { ReportInput } from './report-input.js';
import type { ReportGroup, WeeklyTrend, WeeklyTrendWeek } from './report.js';

const DAY_MS = 86_400_000;

/**
 * The trend, with a role withheld exactly when its group's customer-oriented figures are (and the
 * overall line when the org's are), so the trend reveals nothing the groups hide.
 */
export function weeklyTrend(input: ReportInput, groups: readonly ReportGroup[]): WeeklyTrend {
  const customers = input.people.filter(isCustomer);
  const roleOf = new Map(customers.map((p) => [p.email, p.role]));
  const roles = [...groupByName(customers, (p) => p.role)].map(([role, members]) => {
    const group = groups.find((g) => g.by === 'role' && g.name === role);
    return {
      role,
      people: members.length,
      suppressed: group?.customerOriented.suppressed ?? true,
    };
  });
  const overallSuppressed = groups.find((g) => g.by === 'org')?.customerOriented.suppressed ?? true;

  const selling = new Map<string, { all: number; roles: Map<string, number> }>();
  for (const w of input.weekly) {
    const role = roleOf.get(w.email);
    if (role === undefined) continue;
    let acc = selling.get(w.week);
    if (!acc) {
      acc = { all: 0, roles: new Map() };
      selling.set(w.week, acc);
    }
    acc.all += w.selling;
    acc.roles.set(role, (acc.roles.get(role) ?? 0) + w.selling);
  }

  const weeks: WeeklyTrendWeek[] = isoWeeks(input.range.from, input.range.to).map(
    ({ week, days }) => {
      const capacity = (days / 7) * input.workweekHours;
      const acc = selling.get(week);
      return {
        week,
        days,
        sellingShare: overallSuppressed ? null : ratio(acc?.all ?? 0, customers.length * capacity),
        roles: Object.fromEntries(
          roles.map((r) => [
            r.role,
            r.suppressed ? null : ratio(acc?.roles.get(r.role) ?? 0, r.people * capacity),
          ]),
        ),
      };
    },
  );
  return { roles, overallSuppressed, weeks };
}

/** The ISO weeks (by Monday) that the whole-day range [from, to) touches, with its days in each. */
export function isoWeeks(from: string, to: string): { week: string; days: number }[] {
  const out: { week: string; days: number }[] = [];
  for (let day = epochDay(from); day < epochDay(to); day++) {
    const monday = day - ((new Date(day * DAY_MS).getUTCDay() + 6) % 7);
    const week = new Date(monday * DAY_MS).toISOString().slice(0, 10);
    const last = out[out.length - 1];
    if (last?.week === week) last.days++;
    else out.push({ week, days: 1 });
  }
  return out;
}

function epochDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / DAY_MS;
}
