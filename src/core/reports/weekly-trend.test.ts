import { describe, expect, it } from 'vitest';
import { groupRows } from './allocation.js';
import { input, person, salesAndProduct, team } from './report-input.fixture.js';
import type { ReportInput } from './report-input.js';
import { isoWeeks, weeklyTrend } from './weekly-trend.js';

function trend(i: ReportInput) {
  return weeklyTrend(i, groupRows(i));
}

describe('isoWeeks', () => {
  it('splits a range that starts and ends mid-week by Monday, counting its days', () => {
    // Wed 4 Feb 2026 to Wed 11 Feb (exclusive): Wed–Sun in the first week, Mon–Tue in the second.
    expect(isoWeeks('2026-02-04', '2026-02-11')).toEqual([
      { week: '2026-02-02', days: 5 },
      { week: '2026-02-09', days: 2 },
    ]);
  });

  it('crosses a year boundary (ISO week 1 of 2026 starts on Mon 29 Dec 2025)', () => {
    expect(isoWeeks('2025-12-31', '2026-01-06')).toEqual([
      { week: '2025-12-29', days: 5 },
      { week: '2026-01-05', days: 1 },
    ]);
  });
});

describe('weeklyTrend', () => {
  it('works selling share per customer-oriented role and overall, week by week', () => {
    const t = trend(salesAndProduct());
    expect(t.roles).toEqual([{ role: 'Account Executive', people: 3, suppressed: false }]);
    expect(t.overallSuppressed).toBe(false);
    // Week 1: 44 selling h / (3 × 40) = 0.3667; week 2: 28 / 120 = 0.2333.
    expect(t.weeks.map((w) => [w.week, w.days])).toEqual([
      ['2026-02-02', 7],
      ['2026-02-09', 7],
    ]);
    expect(t.weeks[0]!.sellingShare).toBeCloseTo(44 / 120, 12);
    expect(t.weeks[0]!.roles['Account Executive']).toBeCloseTo(44 / 120, 12);
    expect(t.weeks[1]!.sellingShare).toBeCloseTo(28 / 120, 12);
  });

  it('gives a partial week only its days of capacity', () => {
    const ae = { department: 'Sales', role: 'AE', orientation: 'customer' } as const;
    const se = { department: 'Sales', role: 'SE', orientation: 'customer' } as const;
    const t = trend(
      input({
        // Wed 4 Feb to Mon 16 Feb: 5 days of week 2 Feb, 7 days of week 9 Feb.
        range: { from: '2026-02-04', to: '2026-02-16', days: 12, timezone: 'UTC' },
        people: [
          person('a@acme.com', ae),
          person('b@acme.com', ae),
          person('e@acme.com', se),
          person('f@acme.com', se),
        ],
        weekly: [
          { email: 'a@acme.com', week: '2026-02-02', days: 5, selling: 12 },
          { email: 'b@acme.com', week: '2026-02-02', days: 5, selling: 8 },
          { email: 'a@acme.com', week: '2026-02-09', days: 7, selling: 40 },
          { email: 'e@acme.com', week: '2026-02-09', days: 7, selling: 20 },
        ],
      }),
    );
    const [first, second] = t.weeks;
    expect(first).toMatchObject({ week: '2026-02-02', days: 5 });
    // AE, week 1: 20 h / (2 people × 5/7 week × 40 h = 57.14 h) = 0.35; SE: nothing, 0.
    expect(first!.roles.AE).toBeCloseTo(0.35, 12);
    expect(first!.roles.SE).toBe(0);
    // Overall week 1: 20 / (4 × 5/7 × 40 = 114.29) = 0.175.
    expect(first!.sellingShare).toBeCloseTo(0.175, 12);
    // Week 2: AE 40 / 80 = 0.5; SE 20 / 80 = 0.25; overall 60 / 160 = 0.375.
    expect(second!.roles).toEqual({ AE: 0.5, SE: 0.25 });
    expect(second!.sellingShare).toBe(0.375);
  });

  it('withholds a role whose group is suppressed, in every week', () => {
    const t = trend(
      input({
        minGroupSize: 5,
        people: [
          ...team('a', 6, { department: 'Sales', role: 'AE', orientation: 'customer' }),
          ...team('s', 2, { department: 'Sales', role: 'SE', orientation: 'customer' }),
          ...team('p', 7, { department: 'Product', role: 'PM', orientation: 'market' }),
        ],
      }),
    );
    // SE (2) is hidden, so the next-smallest customer role (AE, 6) is too: the overall line minus
    // AE would give SE away.
    expect(t.roles).toEqual([
      { role: 'AE', people: 6, suppressed: true },
      { role: 'SE', people: 2, suppressed: true },
    ]);
    expect(t.overallSuppressed).toBe(false);
    expect(t.weeks.every((w) => w.roles.AE === null && w.roles.SE === null)).toBe(true);
    expect(t.weeks[0]!.sellingShare).toBe(0);
  });
});
