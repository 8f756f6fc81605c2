// `orient report --csv <by>`: one table for the chosen grouping, for spreadsheets. Hours are rounded
// to 2 decimals and shares (fractions 0–1) to 4; a withheld or inapplicable figure is an empty
// field, and `suppressed` says which. The org total is left out so the rows add up to it.
import { badInput } from '../../core/orient-error.js';
import type { Report, ReportGroup, ReportPersonRow } from '../../core/reports/report.js';
import { renderCsv } from './csv.js';

export type CsvGrouping = 'person' | 'role' | 'department';

export function renderReportCsv(report: Report, by: CsvGrouping): string {
  switch (by) {
    case 'person':
      if (!report.people) throw badInput('a per-person table needs --people');
      return personCsv(report, report.people);
    case 'role':
    case 'department':
      return groupCsv(
        report,
        report.groups.filter((g) => g.by === by),
      );
  }
}

function personCsv(report: Report, people: readonly ReportPersonRow[]): string {
  const departments = [...new Set(people.flatMap((p) => Object.keys(p.departmentHours)))].sort();
  return renderCsv(
    [
      'email',
      'name',
      'department',
      'role',
      'orientation',
      'active',
      ...report.categories.map((c) => `hours:${c}`),
      'scheduledHours',
      'sellingShare',
      'sellingShareOfScheduled',
      'marketWorkHours',
      'salesSupportHours',
      ...departments.map((d) => `hoursWith:${d}`),
    ],
    people.map((p) => [
      p.email,
      p.name,
      p.department,
      p.role,
      p.orientation,
      String(p.active),
      ...report.categories.map((c) => hours(p.hours[c] ?? 0)),
      hours(p.scheduledHours),
      share(p.sellingShare),
      share(p.sellingShareOfScheduled),
      hours(p.marketWorkHours),
      hours(p.salesSupportHours),
      ...departments.map((d) => hours(p.departmentHours[d] ?? 0)),
    ]),
  );
}

function groupCsv(report: Report, groups: readonly ReportGroup[]): string {
  return renderCsv(
    [
      'by',
      'name',
      'people',
      'suppressed',
      ...report.categories.map((c) => `hours:${c}`),
      'scheduledHours',
      'sellingShare',
      'customerOrientedPeople',
      'customerOrientedSuppressed',
      'sellingHours',
      'sellingShareOfScheduled',
      'customerOrientedMarketWorkHours',
      'marketOrientedPeople',
      'marketOrientedSuppressed',
      'salesSupportHours',
    ],
    groups.map((g) => [
      g.by,
      g.name,
      String(g.people),
      String(g.suppressed),
      ...report.categories.map((c) => hours(g.hours?.[c] ?? null)),
      hours(g.scheduledHours),
      share(g.sellingShare),
      String(g.customerOriented.people),
      String(g.customerOriented.suppressed),
      hours(g.customerOriented.sellingHours),
      share(g.customerOriented.sellingShareOfScheduled),
      hours(g.customerOriented.marketWorkHours),
      String(g.marketOriented.people),
      String(g.marketOriented.suppressed),
      hours(g.marketOriented.salesSupportHours),
    ]),
  );
}

function hours(value: number | null): string {
  return value === null ? '' : String(round(value, 2));
}

function share(value: number | null): string {
  return value === null ? '' : String(round(value, 4));
}

function round(x: number, digits: number): number {
  const scale = 10 ** digits;
  const r = (Math.sign(x) * Math.round(Math.abs(x) * scale)) / scale;
  return r === 0 ? 0 : r;
}
