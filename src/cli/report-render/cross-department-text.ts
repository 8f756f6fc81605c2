// The Cross-department section (rule 8): every pair per person-week, the flagged pairs with the
// essay's verdict and FTE absorbed, and the people over one day a week.
import { formatFte, formatHours, formatHoursShort } from '../../core/reports/format.js';
import type { Report } from '../../core/reports/report.js';
import { renderTable } from '../table.js';
import { fteCell, hoursCell, WITHHELD } from './cells.js';

export function crossDepartmentText(report: Report): string {
  const day = formatHoursShort(report.flaggedPeople.thresholdHoursPerWeek);
  const parts = [
    'CROSS-DEPARTMENT',
    '',
    `Hours each department's people spend with another, per person-week (one day = ${day} h).`,
    renderTable(
      ['from', 'to', 'people', 'h per person-week', 'FTE absorbed', 'people over 1 day', 'flag'],
      report.crossDepartment.map((r) => [
        r.from,
        r.to,
        String(r.people),
        hoursCell(r.hoursPerPersonWeek, r.suppressed),
        fteCell(r.fteAbsorbed, r.suppressed),
        r.suppressed ? WITHHELD : String(r.flaggedPeople ?? 0),
        r.flagged ? 'over 1 day' : '',
      ]),
    ),
  ];
  const flagged = report.headline.flaggedPairs;
  parts.push(
    flagged.length === 0
      ? `No department spends more than a day a week (${day} h) with another.`
      : ['Flagged pairs:']
          .concat(
            flagged.map(
              (p) =>
                `  ${p.from} → ${p.to}: ${formatHours(p.hoursPerPersonWeek)} h per person-week, ` +
                `${formatFte(p.fteAbsorbed)} FTE absorbed. ${p.verdict}.`,
            ),
          )
          .join('\n'),
    '',
    peopleText(report, day),
  );
  return parts.join('\n');
}

function peopleText(report: Report, day: string): string {
  const f = report.flaggedPeople;
  if (f.people) {
    if (f.people.length === 0)
      return `Nobody spends more than a day a week with another department.\n`;
    return (
      `People over one day a week (${day} h) with another department:\n` +
      renderTable(
        ['person', 'department', 'with', 'h per week'],
        f.people.map((p) => [p.name, p.department, p.to, formatHours(p.hoursPerWeek)]),
      )
    );
  }
  return (
    `People over one day a week (${day} h) with another department, per department:\n` +
    renderTable(
      ['department', 'people', 'over 1 day'],
      f.byDepartment.map((d) => [
        d.department,
        String(d.people),
        d.suppressed ? WITHHELD : String(d.flaggedPeople ?? 0),
      ]),
    )
  );
}
