// Rule 9: meetings to reconsider — internal meetings, organised by someone not customer-oriented,
// that customer-oriented people attend outside training and one-on-ones. Each series (UID) is
// charged the selling time it takes: per week over the range, and annualised over 52 weeks.
import { byText, weeksOf } from './measures.js';
import type { ReportInput } from './report-input.js';
import type { InviteReviewRow } from './report.js';

export const WEEKS_PER_YEAR = 52;

/**
 * One row per charged series, most selling hours first (ties by title, then UID). The attendee
 * emails are person-level: listed only with `people`; the count is always there.
 */
export function inviteReviewRows(input: ReportInput, people: boolean): InviteReviewRow[] {
  const weeks = weeksOf(input);
  const series = new Map(input.series.map((s) => [s.uid, s]));
  const rows: InviteReviewRow[] = input.invites.map(({ uid, occurrences, attendees, hours }) => {
    const info = series.get(uid);
    const perWeek = hours / weeks;
    return {
      uid,
      // A series the ledger has no details for keeps its UID as its title.
      title: info?.title ?? uid,
      organizer: info?.organizer ?? null,
      organizerName: info?.organizerName ?? null,
      organizerDepartment: info?.organizerDepartment ?? null,
      occurrences,
      ...(people ? { customerFacingAttendees: [...attendees] } : {}),
      customerFacingAttendeeCount: attendees.length,
      sellingHours: hours,
      sellingHoursPerWeek: perWeek,
      annualisedSellingHours: perWeek * WEEKS_PER_YEAR,
    };
  });
  return rows.sort(
    (a, b) => b.sellingHours - a.sellingHours || byText(a.title, b.title) || byText(a.uid, b.uid),
  );
}
