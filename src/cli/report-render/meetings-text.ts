// The "Meetings to reconsider" section (rule 9): the series that take customer-oriented people
// away from selling, most selling hours first.
import { formatHours } from '../../core/reports/format.js';
import type { InviteReviewRow, Report } from '../../core/reports/report.js';
import { renderTable } from '../table.js';
import { wrap } from './cells.js';

export function meetingsText(report: Report, max: number): string {
  const rows = report.inviteReview;
  const parts = ['MEETINGS TO RECONSIDER', ''];
  if (rows.length === 0) {
    parts.push('No internal meetings pull customer-oriented people away from selling.');
    return parts.join('\n') + '\n';
  }
  const shown = rows.slice(0, max);
  parts.push(
    wrap(
      'Internal meetings, organised outside the customer-facing roles, that customer-oriented ' +
        'people attend: the selling time each takes. Before the next invite, ask why.',
    ),
    renderTable(
      [
        'meeting',
        'organiser',
        'department',
        'occurrences',
        'customer-facing',
        'selling h',
        'h per week',
        'h per year',
      ],
      shown.map((r) => [
        r.title,
        organiser(r),
        r.organizerDepartment ?? '',
        String(r.occurrences),
        String(r.customerFacingAttendeeCount),
        formatHours(r.sellingHours),
        formatHours(r.sellingHoursPerWeek),
        formatHours(r.annualisedSellingHours),
      ]),
    ),
  );
  if (rows.length > shown.length) {
    parts.push(`… and ${rows.length - shown.length} more (see --json or --csv).`);
  }
  const withPeople = shown.filter((r) => r.customerFacingAttendees);
  if (withPeople.length > 0) {
    parts.push('Customer-facing attendees:');
    for (const r of withPeople)
      parts.push(`  ${r.title}: ${r.customerFacingAttendees!.join(', ')}`);
  }
  return parts.join('\n') + '\n';
}

function organiser(r: InviteReviewRow): string {
  if (r.organizerName && r.organizer) return `${r.organizerName} <${r.organizer}>`;
  return r.organizer ?? r.organizerName ?? '';
}
