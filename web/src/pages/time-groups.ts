// The groups the "Where time goes" page draws for a grouping and its filters. The report's own
// groups when they answer the question; otherwise, for admins, groups summed from person rows with
// the same minimum group size (PRODUCT.md "privacy.minGroupSize").
import type { Report, ReportGroup, ReportPersonRow } from '../api-types.js';

export type GroupBy = 'department' | 'role';

export interface TimeGroup {
  name: string;
  people: number;
  /** Null when withheld for privacy. */
  hours: Record<string, number> | null;
  scheduledHours: number | null;
  sellingShare: number | null;
}

export type TimeGroups = { ok: true; groups: TimeGroup[] } | { ok: false; reason: string };

export interface TimeFilters {
  by: GroupBy;
  /** '' for every department. */
  department: string;
  /** '' for every role. */
  role: string;
}

export function timeGroups(report: Report, filters: TimeFilters): TimeGroups {
  const { by, department, role } = filters;
  const crossFilter = by === 'department' ? role !== '' : department !== '';
  if (!crossFilter) {
    const wanted = by === 'department' ? department : role;
    return {
      ok: true,
      groups: report.groups
        .filter((g) => g.by === by && (wanted === '' || g.name === wanted))
        .map(fromReportGroup),
    };
  }
  if (report.people === undefined) {
    return {
      ok: false,
      reason:
        by === 'department'
          ? 'Departments within one role need person-level figures, which only admins see. Group by role to filter by role.'
          : 'Roles within one department need person-level figures, which only admins see. Group by department to filter by department.',
    };
  }
  const people = report.people.filter(
    (p) => (department === '' || p.department === department) && (role === '' || p.role === role),
  );
  const byName = new Map<string, ReportPersonRow[]>();
  for (const p of people) {
    const name = by === 'department' ? p.department : p.role;
    byName.set(name, [...(byName.get(name) ?? []), p]);
  }
  return {
    ok: true,
    groups: [...byName.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, members]) => summed(report, name, members)),
  };
}

function fromReportGroup(g: ReportGroup): TimeGroup {
  return {
    name: g.name,
    people: g.people,
    hours: g.suppressed ? null : g.hours,
    scheduledHours: g.suppressed ? null : g.scheduledHours,
    sellingShare: g.suppressed ? null : g.sellingShare,
  };
}

function summed(report: Report, name: string, members: ReportPersonRow[]): TimeGroup {
  if (members.length < report.privacy.minGroupSize) {
    return { name, people: members.length, hours: null, scheduledHours: null, sellingShare: null };
  }
  const hours = Object.fromEntries(report.categories.map((c) => [c, 0]));
  for (const m of members) {
    for (const c of report.categories) hours[c] = (hours[c] ?? 0) + (m.hours[c] ?? 0);
  }
  const customer = members.filter((m) => m.orientation === 'customer');
  const sellingShare =
    customer.length === 0
      ? null
      : customer.reduce((sum, m) => sum + (m.hours['selling'] ?? 0), 0) /
        (customer.length * report.range.weeks * report.workweekHours);
  return {
    name,
    people: members.length,
    hours,
    scheduledHours: members.reduce((sum, m) => sum + m.scheduledHours, 0),
    sellingShare,
  };
}
