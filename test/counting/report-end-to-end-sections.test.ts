// Every section of `orient report --json --people`, end to end, on the two-week org of
// two-week-org.ts (weeks = 2, workweekHours 40: capacity 80 h a person; minGroupSize 1).
//
// Category hours per person, worked from the event table (rule 4: overlaps to the category first
// in rule 6; rule 6: titles, then internal, then focus):
//   Ana (AE, Sales, customer)  E1 10 × 2 h internal, but Wed 11 16–17 goes to E7's selling: 19;
//                              E2 2 × 2 h planning 4; E3 training 2; E6 selling 2; E7 selling 1;
//                              E10 content 2.  → selling 3, training 2, planning 4, content 2,
//                              internal 19; scheduled 30.
//   Bo  (AE, Sales, customer)  E1 20 h, but Thu 12 16:00–16:30 goes to E4's one-on-one: internal
//                              19.5, one-on-one 0.5; E3 training 2; E5 selling 1; scheduled 23.
//   Cy  (SE, Sales Eng., cust.) E2 planning 4; E3 training 2; E5 selling 1; scheduled 7.
//   Pat (PM, Product, market)  E1 internal 19.5 + E4 one-on-one 0.5; E2 planning 4; E3 training 2;
//                              E5 sales-support 1 (external present, Bo and Cy attend); E8
//                              internal 1 → internal 20.5; scheduled 28.
//   Quinn (PM, Product)        E1 internal 20 + E8 1 = 21; E2 planning 4; scheduled 25.
//   Eve (SWE, Engineering, other) E8 internal 1; E9 focus 4; scheduled 5.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, ReportGroup } from '../../src/core/reports/report.js';
import { acme, reportOrg, type ReportOrg } from './report-org.js';
import { TWO_WEEKS, writeTwoWeekExports } from './two-week-org.js';

let org: ReportOrg;
let report: Report;

beforeAll(async () => {
  org = await reportOrg();
  writeTwoWeekExports(org);
  await org.importCalendars();
  report = await org.report(TWO_WEEKS.from, TWO_WEEKS.to);
});

afterAll(async () => {
  await org?.dispose();
});

/** Every category, 0 where not given. */
function hours(given: Record<string, number>): Record<string, number> {
  const all = [
    'selling',
    'sales-support',
    'external',
    'one-on-one',
    'training',
    'planning',
    'content',
    'events',
    'internal',
    'focus',
  ];
  return Object.fromEntries(all.map((c) => [c, given[c] ?? 0]));
}

const close = (x: number) => expect.closeTo(x, 12) as unknown as number;

describe('report JSON: range and categories', () => {
  it('names the range, weeks and categories', () => {
    expect(report.range).toEqual({
      from: '2026-02-02',
      to: '2026-02-16',
      weeks: 2,
      timezone: 'America/New_York',
      days: 14,
    });
    expect(report.categories).toEqual(Object.keys(hours({})));
    expect(report.marketCategories).toEqual(['planning', 'content', 'events']);
  });
});

describe('report JSON: people', () => {
  it('lists hours per category, scheduled hours, selling share and market work', () => {
    // Sorted by department, role, name. Selling share = selling / (2 weeks × 40 h = 80 h);
    // of scheduled = selling / scheduled. Market work = planning + content + events.
    // Department hours (rule 8, merged), worked in the cross-department test below.
    expect(report.people).toEqual([
      {
        email: acme('eve'),
        name: 'Eve Diaz',
        department: 'Engineering',
        role: 'Software Engineer',
        orientation: 'other',
        active: true,
        hours: hours({ internal: 1, focus: 4 }),
        scheduledHours: 5,
        sellingShare: null,
        sellingShareOfScheduled: null,
        marketWorkHours: 0,
        salesSupportHours: 0,
        departmentHours: { Product: 1 },
      },
      {
        email: acme('pat'),
        name: 'Pat Moss',
        department: 'Product',
        role: 'Product Manager',
        orientation: 'market',
        active: true,
        hours: hours({
          'sales-support': 1,
          'one-on-one': 0.5,
          training: 2,
          planning: 4,
          internal: 20.5,
        }),
        scheduledHours: 28,
        sellingShare: null,
        sellingShareOfScheduled: null,
        marketWorkHours: 4,
        salesSupportHours: 1,
        departmentHours: { Engineering: 1, Sales: 27, 'Sales Engineering': 7 },
      },
      {
        email: acme('quinn'),
        name: 'Quinn Ray',
        department: 'Product',
        role: 'Product Manager',
        orientation: 'market',
        active: true,
        hours: hours({ planning: 4, internal: 21 }),
        scheduledHours: 25,
        sellingShare: null,
        sellingShareOfScheduled: null,
        marketWorkHours: 4,
        salesSupportHours: 0,
        departmentHours: { Engineering: 1, Sales: 24, 'Sales Engineering': 4 },
      },
      {
        email: acme('ana'),
        name: 'Ana Lima',
        department: 'Sales',
        role: 'Account Executive',
        orientation: 'customer',
        active: true,
        hours: hours({ selling: 3, training: 2, planning: 4, content: 2, internal: 19 }),
        scheduledHours: 30,
        // 3 / 80 and 3 / 30.
        sellingShare: close(0.0375),
        sellingShareOfScheduled: close(0.1),
        marketWorkHours: 6,
        salesSupportHours: 0,
        departmentHours: { Product: 26, 'Sales Engineering': 6 },
      },
      {
        email: acme('bo'),
        name: 'Bo Chen',
        department: 'Sales',
        role: 'Account Executive',
        orientation: 'customer',
        active: true,
        hours: hours({ selling: 1, 'one-on-one': 0.5, training: 2, internal: 19.5 }),
        scheduledHours: 23,
        // 1 / 80 and 1 / 23.
        sellingShare: close(0.0125),
        sellingShareOfScheduled: close(1 / 23),
        marketWorkHours: 0,
        salesSupportHours: 0,
        departmentHours: { Product: 23, 'Sales Engineering': 3 },
      },
      {
        email: acme('cy'),
        name: 'Cy Park',
        department: 'Sales Engineering',
        role: 'Sales Engineer',
        orientation: 'customer',
        active: true,
        hours: hours({ selling: 1, training: 2, planning: 4 }),
        scheduledHours: 7,
        // 1 / 80 and 1 / 7.
        sellingShare: close(0.0125),
        sellingShareOfScheduled: close(1 / 7),
        marketWorkHours: 4,
        salesSupportHours: 0,
        departmentHours: { Product: 7, Sales: 7 },
      },
    ]);
  });
});

describe('report JSON: groups by role and department', () => {
  const noCustomers = {
    people: 0,
    suppressed: false,
    sellingHours: null,
    sellingShareOfScheduled: null,
    marketWorkHours: null,
  };
  const noMarket = { people: 0, suppressed: false, salesSupportHours: null };
  // Account executives = Sales: Ana + Bo.
  const aes = (by: 'role' | 'department', name: string): ReportGroup => ({
    by,
    name,
    people: 2,
    suppressed: false,
    // selling 3 + 1; one-on-one 0.5; training 2 + 2; planning 4; content 2; internal 19 + 19.5.
    hours: hours({
      selling: 4,
      'one-on-one': 0.5,
      training: 4,
      planning: 4,
      content: 2,
      internal: 38.5,
    }),
    scheduledHours: 53,
    // 4 / (2 people × 80 h).
    sellingShare: close(0.025),
    customerOriented: {
      people: 2,
      suppressed: false,
      sellingHours: 4,
      sellingShareOfScheduled: close(4 / 53),
      marketWorkHours: 6,
    },
    marketOriented: noMarket,
  });
  // Product managers = Product: Pat + Quinn.
  const pms = (by: 'role' | 'department', name: string): ReportGroup => ({
    by,
    name,
    people: 2,
    suppressed: false,
    // sales-support 1; one-on-one 0.5; training 2; planning 4 + 4; internal 20.5 + 21.
    hours: hours({
      'sales-support': 1,
      'one-on-one': 0.5,
      training: 2,
      planning: 8,
      internal: 41.5,
    }),
    scheduledHours: 53,
    sellingShare: null,
    customerOriented: noCustomers,
    marketOriented: { people: 2, suppressed: false, salesSupportHours: 1 },
  });
  const ses = (by: 'role' | 'department', name: string): ReportGroup => ({
    by,
    name,
    people: 1,
    suppressed: false,
    hours: hours({ selling: 1, training: 2, planning: 4 }),
    scheduledHours: 7,
    sellingShare: close(1 / 80),
    customerOriented: {
      people: 1,
      suppressed: false,
      sellingHours: 1,
      sellingShareOfScheduled: close(1 / 7),
      marketWorkHours: 4,
    },
    marketOriented: noMarket,
  });
  const swes = (by: 'role' | 'department', name: string): ReportGroup => ({
    by,
    name,
    people: 1,
    suppressed: false,
    hours: hours({ internal: 1, focus: 4 }),
    scheduledHours: 5,
    sellingShare: null,
    customerOriented: noCustomers,
    marketOriented: noMarket,
  });

  it('the org first, then roles, then departments, each by name', () => {
    expect(report.groups).toEqual([
      {
        by: 'org',
        name: 'Everyone',
        people: 6,
        suppressed: false,
        // Sum of the six people: selling 3 + 1 + 1; sales-support 1; one-on-one 0.5 + 0.5;
        // training 2 + 2 + 2 + 2; planning 4 + 4 + 4 + 4; content 2;
        // internal 19 + 19.5 + 20.5 + 21 + 1; focus 4.
        hours: hours({
          selling: 5,
          'sales-support': 1,
          'one-on-one': 1,
          training: 8,
          planning: 16,
          content: 2,
          internal: 81,
          focus: 4,
        }),
        // 30 + 23 + 7 + 28 + 25 + 5.
        scheduledHours: 118,
        // Customer-oriented Ana, Bo, Cy: 5 / (3 × 80).
        sellingShare: close(5 / 240),
        customerOriented: {
          people: 3,
          suppressed: false,
          sellingHours: 5,
          // 5 / (30 + 23 + 7).
          sellingShareOfScheduled: close(5 / 60),
          // Ana 6 + Bo 0 + Cy 4.
          marketWorkHours: 10,
        },
        marketOriented: { people: 2, suppressed: false, salesSupportHours: 1 },
      },
      aes('role', 'Account Executive'),
      pms('role', 'Product Manager'),
      ses('role', 'Sales Engineer'),
      swes('role', 'Software Engineer'),
      swes('department', 'Engineering'),
      pms('department', 'Product'),
      aes('department', 'Sales'),
      ses('department', 'Sales Engineering'),
    ]);
  });
});

describe('report JSON: cross-department time (rule 8)', () => {
  // Hours with each other department, overlaps merged:
  //   Eve   Product 1 (E8).
  //   Pat   Sales: E1 20 + E2 4 (Ana) + E3 2 + E5 1 (Bo) = 27; E4 with Bo lies inside E1 on
  //         Thu 12, so it adds nothing. Sales Engineering (Cy): E2 4 + E3 2 + E5 1 = 7.
  //         Engineering: E8 1.
  //   Quinn Sales: E1 20 + E2 4 = 24; Sales Engineering: E2 4; Engineering: E8 1.
  //   Ana   Product: E1 20 + E2 4 + E3 2 = 26; Sales Engineering: E2 4 + E3 2 = 6.
  //   Bo    Product: E1 20 + E3 2 + E5 1 = 23 (E4 inside E1); Sales Engineering: E3 2 + E5 1 = 3.
  //   Cy    Product: E2 4 + E3 2 + E5 1 = 7; Sales: E2 4 + E3 2 + E5 1 = 7.
  // Per person-week = Σ / (|A| × 2); flagged above 40 / 5 = 8; FTE = per person-week × |A| / 40.
  // prettier-ignore
  const expected: [string, string, number, number, boolean, number, number][] = [
    // from               to                   |A|  per person-week      flagged  FTE                 people > 8 h/wk
    ['Engineering',       'Product',           1,   1 / 2,               false,   0.5 / 40,           0],
    ['Engineering',       'Sales',             1,   0,                   false,   0,                  0],
    ['Engineering',       'Sales Engineering', 1,   0,                   false,   0,                  0],
    ['Product',           'Engineering',       2,   2 / 4,               false,   (0.5 * 2) / 40,     0],
    // (27 + 24) / 4 = 12.75 > 8; FTE 12.75 × 2 / 40 = 0.6375; Pat 13.5 and Quinn 12 a week.
    ['Product',           'Sales',             2,   51 / 4,              true,    (12.75 * 2) / 40,   2],
    ['Product',           'Sales Engineering', 2,   11 / 4,              false,   (2.75 * 2) / 40,    0],
    ['Sales',             'Engineering',       2,   0,                   false,   0,                  0],
    // (26 + 23) / 4 = 12.25 > 8; FTE 0.6125; Ana 13 and Bo 11.5 a week.
    ['Sales',             'Product',           2,   49 / 4,              true,    (12.25 * 2) / 40,   2],
    ['Sales',             'Sales Engineering', 2,   9 / 4,               false,   (2.25 * 2) / 40,    0],
    ['Sales Engineering', 'Engineering',       1,   0,                   false,   0,                  0],
    ['Sales Engineering', 'Product',           1,   7 / 2,               false,   3.5 / 40,           0],
    ['Sales Engineering', 'Sales',             1,   7 / 2,               false,   3.5 / 40,           0],
  ];

  it('per person-week, flag, FTE and verdict for every ordered pair', () => {
    expect(report.crossDepartment).toEqual(
      expected.map(([from, to, people, perWeek, flagged, fte, flaggedPeople]) => ({
        from,
        to,
        people,
        suppressed: false,
        hoursPerPersonWeek: close(perWeek),
        flagged,
        fteAbsorbed: close(fte),
        verdict: flagged ? `${to} looks understaffed or underskilled` : null,
        flaggedPeople,
      })),
    );
  });

  it('the same threshold on single people', () => {
    expect(report.flaggedPeople).toEqual({
      thresholdHoursPerWeek: 8,
      byDepartment: [
        { department: 'Engineering', people: 1, suppressed: false, flaggedPeople: 0 },
        { department: 'Product', people: 2, suppressed: false, flaggedPeople: 2 },
        { department: 'Sales', people: 2, suppressed: false, flaggedPeople: 2 },
        { department: 'Sales Engineering', people: 1, suppressed: false, flaggedPeople: 0 },
      ],
      // Most hours a week first: 27 / 2, 26 / 2, 24 / 2, 23 / 2.
      people: [
        {
          email: acme('pat'),
          name: 'Pat Moss',
          department: 'Product',
          to: 'Sales',
          hoursPerWeek: 13.5,
        },
        {
          email: acme('ana'),
          name: 'Ana Lima',
          department: 'Sales',
          to: 'Product',
          hoursPerWeek: 13,
        },
        {
          email: acme('quinn'),
          name: 'Quinn Ray',
          department: 'Product',
          to: 'Sales',
          hoursPerWeek: 12,
        },
        {
          email: acme('bo'),
          name: 'Bo Chen',
          department: 'Sales',
          to: 'Product',
          hoursPerWeek: 11.5,
        },
      ],
    });
  });
});

describe('report JSON: meetings to reconsider (rule 9)', () => {
  it('charges each series the selling time of its customer-oriented attendees', () => {
    // E1 Deal desk: internal, organiser Pat (market); Ana and Bo (customer) attend as internal.
    //   10 occurrences × 2 h × 2 people = 40 h — Ana's Wed 11 and Bo's Thu 12 in full (rule 9
    //   is not overlap-adjusted). 40 / 2 weeks = 20 h a week; × 52 = 1040 h a year.
    // E2 Roadmap planning: organiser Quinn (market); Ana and Cy attend as planning.
    //   2 × 2 h × 2 = 8 h; 4 h a week; 208 h a year.
    // Not charged: E3 (training), E4 (one-on-one), E5–E7 (external attendees), E8 (nobody
    // customer-oriented), E9 and E10 (solo).
    expect(report.inviteReview).toEqual([
      {
        uid: 'deal-desk',
        title: 'Deal desk',
        organizer: acme('pat'),
        organizerName: 'Pat Moss',
        organizerDepartment: 'Product',
        occurrences: 10,
        customerFacingAttendees: [acme('ana'), acme('bo')],
        customerFacingAttendeeCount: 2,
        sellingHours: 40,
        sellingHoursPerWeek: 20,
        annualisedSellingHours: 1040,
      },
      {
        uid: 'roadmap',
        title: 'Roadmap planning',
        organizer: acme('quinn'),
        organizerName: 'Quinn Ray',
        organizerDepartment: 'Product',
        occurrences: 2,
        customerFacingAttendees: [acme('ana'), acme('cy')],
        customerFacingAttendeeCount: 2,
        sellingHours: 8,
        sellingHoursPerWeek: 4,
        annualisedSellingHours: 208,
      },
    ]);
  });

  it('the headline names the series to cut and the flagged pairs', () => {
    expect(report.headline.seriesToCut).toEqual([
      {
        uid: 'deal-desk',
        title: 'Deal desk',
        organizerDepartment: 'Product',
        sellingHoursPerWeek: 20,
        annualisedSellingHours: 1040,
      },
      {
        uid: 'roadmap',
        title: 'Roadmap planning',
        organizerDepartment: 'Product',
        sellingHoursPerWeek: 4,
        annualisedSellingHours: 208,
      },
    ]);
    expect(report.headline.flaggedPairs.map((p) => [p.from, p.to]).sort()).toEqual([
      ['Product', 'Sales'],
      ['Sales', 'Product'],
    ]);
  });
});

describe('report JSON without --people', () => {
  it('has no person-level data', async () => {
    const run = await org.orient(
      'report',
      '--from',
      TWO_WEEKS.from,
      '--to',
      TWO_WEEKS.to,
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    const plain = JSON.parse(run.stdout) as Report;
    expect(plain.people).toBeUndefined();
    expect(plain.inviteReview.map((r) => r.customerFacingAttendees)).toEqual([
      undefined,
      undefined,
    ]);
    // Everything else is the same report.
    const withoutPeople = (r: Report) => ({
      ...r,
      people: undefined,
      flaggedPeople: { ...r.flaggedPeople, people: undefined },
      inviteReview: r.inviteReview.map((row) => ({ ...row, customerFacingAttendees: undefined })),
    });
    expect(withoutPeople(plain)).toEqual(withoutPeople(report));
  });
});
