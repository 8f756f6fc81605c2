import { describe, expect, it } from 'vitest';
import { inviteReviewRows } from './invite-review.js';
import { input, salesAndProduct } from './report-input.fixture.js';

describe('inviteReviewRows', () => {
  it('groups charges by UID and ranks by selling hours, ties by title', () => {
    const rows = inviteReviewRows(salesAndProduct(), true);
    expect(rows.map((r) => [r.title, r.sellingHours])).toEqual([
      ['Roadmap planning', 6],
      ['Deck review', 2],
      ['Launch events sync', 2],
      ['OKR kickoff', 0.5],
    ]);
    expect(rows[0]).toEqual({
      uid: 'roadmap',
      title: 'Roadmap planning',
      organizer: 'pam@acme.com',
      organizerName: 'Pam',
      organizerDepartment: 'Product Management',
      // r1 and r2.
      occurrences: 2,
      customerFacingAttendees: ['ann@acme.com', 'cy@acme.com'],
      customerFacingAttendeeCount: 2,
      // 4 × 1.5 h = 6 h over 2 weeks: 3 h a week, 3 × 52 = 156 h a year.
      sellingHours: 6,
      sellingHoursPerWeek: 3,
      annualisedSellingHours: 156,
    });
  });

  it('gives only a count of attendees without people', () => {
    const [first] = inviteReviewRows(salesAndProduct(), false);
    expect(first!.customerFacingAttendees).toBeUndefined();
    expect(first!.customerFacingAttendeeCount).toBe(2);
  });

  it('counts a single event as one occurrence and works fractional weeks', () => {
    const rows = inviteReviewRows(
      input({
        range: { from: '2026-02-02', to: '2026-02-12', days: 10, timezone: 'UTC' },
        people: [],
        // A single event, A and B 2 h each.
        invites: [{ uid: 'x', occurrences: 1, attendees: ['a@acme.com', 'b@acme.com'], hours: 4 }],
      }),
      false,
    );
    // 4 h over 10 / 7 weeks = 2.8 h a week; × 52 = 145.6 h a year. No series info: UID as title.
    expect(rows).toMatchObject([{ uid: 'x', title: 'x', organizer: null, occurrences: 1 }]);
    expect(rows[0]!.sellingHoursPerWeek).toBeCloseTo(2.8, 12);
    expect(rows[0]!.annualisedSellingHours).toBeCloseTo(145.6, 12);
  });
});
