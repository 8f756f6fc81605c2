// `orient items suggest-staffing` end to end on the two-week org of test/counting/two-week-org.ts
// (Mon 2 – Fri 13 February 2026, range [2 Feb, 16 Feb): 14 days, weeks = 2; workweekHours 40, so
// one day = 8 h a week; minGroupSize 1).
//
// Rule 8 by hand — each person's attended hours (overlaps merged) in meetings with someone from
// the other department:
//   Product (Pat, Quinn; product managers, market-oriented) with Sales (Ana, Bo):
//     Pat   E1 deal desk 10 × 2 h = 20 (Ana, Bo) + E2 roadmap 2 × 2 h = 4 (Ana) + E3 training
//           2 (Ana, Bo) + E5 Globex demo 1 (Bo); E4 his 1:1 with Bo lies inside E1: 27 h.
//     Quinn E1 20 + E2 4 = 24 h.
//     (27 + 24) / (2 people × 2 weeks) = 12.75 h per person-week > 8: flagged.
//     25.5 h a week; FTE 12.75 × 2 / 40 = 0.6375; Pat 13.5 and Quinn 12 h a week: 2 over a day.
//   Sales (Ana, Bo; account executives, customer-oriented) with Product (Pat, Quinn):
//     Ana   E1 20 + E2 4 + E3 2 = 26 h (E7, her Globex follow-up, lies inside E1 and has no one
//           from Product).  Bo  E1 20 + E3 2 + E5 1 = 23 h (E4 inside E1).
//     (26 + 23) / 4 = 12.25 h per person-week > 8: flagged; 24.5 h a week; FTE 0.6125; Ana 13 and
//     Bo 11.5 h a week: 2 over a day.
//   Every other pair is under a day (Product → Sales Engineering (4 + 7) / 4 = 2.75 h, the
//   largest of the rest): no suggestion.
// Selling hours a hire frees: Sales is customer-oriented, so the 24.5 h a week Product absorbs
// are selling hours; Product is market-oriented: 0.
import { afterEach, describe, expect, it } from 'vitest';
import { reportOrg, type ReportOrg } from '../counting/report-org.js';
import { TWO_WEEKS, writeTwoWeekExports } from '../counting/two-week-org.js';

let org: ReportOrg | undefined;

afterEach(async () => {
  await org?.dispose();
  org = undefined;
});

async function twoWeekOrg(): Promise<ReportOrg> {
  org = await reportOrg();
  writeTwoWeekExports(org);
  await org.importCalendars();
  return org;
}

const RANGE = ['--from', TWO_WEEKS.from, '--to', TWO_WEEKS.to];

interface Answer {
  range: { from: string; to: string };
  thresholdHoursPerWeek: number;
  suggestions: {
    title: string;
    kind: string;
    evidence: Record<string, unknown>;
    sellingHoursPerWeek: number | null;
    itemId: string | null;
  }[];
}

const close = (x: number) => expect.closeTo(x, 12) as unknown as number;

describe('orient items suggest-staffing', () => {
  it('lists each flagged pair as a hire with its evidence, most FTE first', async () => {
    const o = await twoWeekOrg();
    const run = await o.orient('items', 'suggest-staffing', ...RANGE, '--json');
    expect(run.stderr).toBe('');
    const answer = JSON.parse(run.stdout) as Answer;
    expect(answer.thresholdHoursPerWeek).toBe(8);
    expect(answer.suggestions).toMatchObject([
      {
        title: 'Hire a sales engineer for Sales',
        kind: 'hire',
        evidence: {
          from: 'Product',
          to: 'Sales',
          people: 2,
          hoursPerPersonWeek: close(12.75),
          hoursPerWeek: close(25.5),
          fteAbsorbed: close(0.6375),
          flaggedPeople: 2,
          thresholdHoursPerWeek: 8,
        },
        sellingHoursPerWeek: 0,
        itemId: null,
      },
      {
        title: 'Hire a product manager for Product',
        kind: 'hire',
        evidence: {
          from: 'Sales',
          to: 'Product',
          people: 2,
          hoursPerPersonWeek: close(12.25),
          hoursPerWeek: close(24.5),
          fteAbsorbed: close(0.6125),
          flaggedPeople: 2,
        },
        sellingHoursPerWeek: close(24.5),
        itemId: null,
      },
    ]);
    expect(answer.suggestions).toHaveLength(2);
  });

  it('prints the table and how to add each one with orient items add', async () => {
    const o = await twoWeekOrg();
    const run = await o.orient('items', 'suggest-staffing', ...RANGE);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Hires to consider, 2026-02-02 to 2026-02-16 (exclusive): departments that spend more than ' +
        'a day a week (8 h) with another, which then looks understaffed or underskilled.',
    );
    // Figures as the report prints them: hours to one decimal, FTE to two (0.6375 → 0.64).
    expect(run.stdout).toMatch(
      /1 +Hire a sales engineer for Sales +Product → Sales +12\.8 +25\.5 +0\.64 +2 of 2 +0\n/,
    );
    expect(run.stdout).toMatch(
      /2 +Hire a product manager for Product +Sales → Product +12\.3 +24\.5 +0\.61 +2 of 2 +24\.5\n/,
    );
    expect(run.stdout).toContain(
      '  2. Sales is customer-oriented: the 24.5 h a week Product absorbs are selling hours lost.',
    );
    expect(run.stdout).toContain(
      "  orient items add 'Hire a product manager for Product' --kind hire --effort-days D " +
        "--cost M --selling-hours-per-week 24.5 --description '2026-02-02 to 2026-02-16",
    );
  });

  it('--add stores the new ones with the given effort and cost, once', async () => {
    const o = await twoWeekOrg();
    const refused = await o.orient('items', 'suggest-staffing', ...RANGE, '--add');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('give each hire’s --effort-days and --cost');

    const first = await o.orient(
      'items',
      'suggest-staffing',
      ...RANGE,
      '--add',
      '--effort-days',
      '30',
      '--cost',
      '90000',
    );
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(
      'Added item 1: Hire a sales engineer for Sales\n' +
        'Added item 2: Hire a product manager for Product\n' +
        'See them in priority order: orient items list\n',
    );
    const again = await o.orient(
      'items',
      'suggest-staffing',
      ...RANGE,
      '--add',
      '--effort-days',
      '30',
      '--cost',
      '90000',
    );
    expect(again.stdout).toBe(
      'Already item 1: Hire a sales engineer for Sales\n' +
        'Already item 2: Hire a product manager for Product\n' +
        'See them in priority order: orient items list\n',
    );

    const list = JSON.parse((await o.orient('items', 'list', '--json')).stdout) as {
      items: { title: string; score: number; item: Record<string, unknown> }[];
    };
    // Hours per day: the PM hire frees 24.5 h a week × 52 = 1274 h a year ÷ 30 days = 42.47; the
    // sales-engineer hire frees no selling hours (Product's time is not selling time): 0.
    expect(list.items.map((r) => [r.title, r.score])).toEqual([
      ['Hire a product manager for Product', close(1274 / 30)],
      ['Hire a sales engineer for Sales', 0],
    ]);
    expect(list.items[0]!.item).toMatchObject({
      kind: 'hire',
      effortDays: 30,
      cost: 90000,
      sellingHoursPerWeek: close(24.5),
      confidence: 1,
    });
  });

  it('says so when no department is over a day a week', async () => {
    const o = await twoWeekOrg();
    // The weekend of 14–15 February has no meetings: every pair has 0 hours.
    const run = await o.orient(
      'items',
      'suggest-staffing',
      '--from',
      '2026-02-14',
      '--to',
      '2026-02-16',
    );
    expect(run.stdout).toBe(
      'No department spends more than a day a week (8 h) with another from 2026-02-14 to ' +
        '2026-02-16: no hires to suggest.\n',
    );
  });
});

describe('orient items suggest-staffing: bad flags', () => {
  it('names a bad day and a range that runs backwards, with exit 2', async () => {
    org = await reportOrg();
    const badDay = await org.orient(
      'items',
      'suggest-staffing',
      '--from',
      '2026-02-30',
      '--to',
      '2026-03-02',
    );
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toBe('orient: --from "2026-02-30" is not a date: use YYYY-MM-DD\n');
    const backwards = await org.orient(
      'items',
      'suggest-staffing',
      '--from',
      '2026-02-16',
      '--to',
      '2026-02-02',
    );
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toBe('orient: --to 2026-02-02 must be after --from 2026-02-16\n');
  });
});
