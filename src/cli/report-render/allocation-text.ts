// The Allocation section: hours per category, selling share and market work per role and per
// department (and per person with --people), then the weekly selling-share trend.
import type { Report, ReportGroup } from '../../core/reports/report.js';
import { renderTable } from '../table.js';
import { hoursCell, shareCell, WITHHELD, wrap } from './cells.js';

export function allocationText(report: Report): string {
  const parts = [
    'ALLOCATION',
    '',
    wrap(
      `Hours are totals over the range (${weeksText(report.range.weeks)}). Selling share is the ` +
        `selling time of customer-oriented people over their ${report.workweekHours}-hour weeks, ` +
        `and over their scheduled time. Market work: ${report.marketCategories.join(', ')}.`,
    ),
    '',
  ];
  for (const by of ['role', 'department'] as const) {
    const rows = [
      ...report.groups.filter((g) => g.by === by),
      ...report.groups.filter((g) => g.by === 'org'),
    ];
    parts.push(`Hours per category, by ${by}`, categoryTable(report, by, rows));
    parts.push(`Selling time and market work, by ${by}`, orientationTable(by, rows));
  }
  if (report.people) parts.push('Per person', personTable(report));
  parts.push('Selling share per ISO week', weeklyTable(report));
  parts.push(
    wrap(
      `${WITHHELD} withheld: a group of fewer than ${report.privacy.minGroupSize} people, or one ` +
        'hidden so that a smaller group cannot be worked out by subtraction.',
    ),
  );
  return parts.join('\n') + '\n';
}

function categoryTable(report: Report, by: string, groups: readonly ReportGroup[]): string {
  return renderTable(
    [by, 'people', ...report.categories, 'scheduled'],
    groups.map((g) => [
      g.name,
      String(g.people),
      ...report.categories.map((c) => hoursCell(g.hours?.[c] ?? null, g.suppressed)),
      hoursCell(g.scheduledHours, g.suppressed),
    ]),
  );
}

function orientationTable(by: string, groups: readonly ReportGroup[]): string {
  return renderTable(
    [
      by,
      'customer-oriented',
      'selling % of week',
      'selling % of scheduled',
      'market work h',
      'market-oriented',
      'sales-support h',
    ],
    groups.map((g) => {
      const c = g.customerOriented;
      const m = g.marketOriented;
      return [
        g.name,
        String(c.people),
        shareCell(g.sellingShare, c.suppressed),
        shareCell(c.sellingShareOfScheduled, c.suppressed),
        hoursCell(c.marketWorkHours, c.suppressed),
        String(m.people),
        hoursCell(m.salesSupportHours, m.suppressed),
      ];
    }),
  );
}

function personTable(report: Report): string {
  return renderTable(
    [
      'person',
      'department',
      'role',
      ...report.categories,
      'scheduled',
      'selling % of week',
      'selling % of scheduled',
      'market work h',
    ],
    (report.people ?? []).map((p) => [
      p.active ? p.name : `${p.name} (inactive)`,
      p.department,
      p.role,
      ...report.categories.map((c) => hoursCell(p.hours[c] ?? 0, false)),
      hoursCell(p.scheduledHours, false),
      shareCell(p.sellingShare, false),
      shareCell(p.sellingShareOfScheduled, false),
      hoursCell(p.marketWorkHours, false),
    ]),
  );
}

function weeklyTable(report: Report): string {
  const t = report.weeklyTrend;
  return renderTable(
    ['week of', 'days', 'all customer-oriented', ...t.roles.map((r) => r.role)],
    t.weeks.map((w) => [
      w.week,
      String(w.days),
      shareCell(w.sellingShare, t.overallSuppressed),
      ...t.roles.map((r) => shareCell(w.roles[r.role] ?? null, r.suppressed)),
    ]),
  );
}

export function weeksText(weeks: number): string {
  const n = Number(weeks.toFixed(2));
  return `${n} week${n === 1 ? '' : 's'}`;
}
