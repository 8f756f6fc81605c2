// The privacy rule end to end (PRODUCT.md "Report JSON": a group with fewer than
// privacy.minGroupSize people shows "suppressed": true and no figures, in every view; where the
// total and all but one part are visible, the next-smallest part is suppressed too).
//
// minGroupSize 3. Sales: 4 account executives; Product: 3 product managers; Engineering: 2
// software engineers — each department is exactly one role, so role and department groups have
// the same members. One week, Mon 2 – Sun 8 February 2026 (weeks = 1).
//
//   All hands    Mon 2 Feb 10:00–11:00 EST, P1 organises, all nine attend: internal 1 h each.
//   Globex call  Mon 2 Feb 13:00–14:00 EST, A1 organises with buyer@globex.com: A1 selling 1 h.
//
// Engineering (2) is below 3: suppressed. Everyone (9), Sales (4) and Product (3) would be
// visible, and Engineering = Everyone − Sales − Product, so the next-smallest shown part,
// Product (3), is suppressed too. The org's market-oriented subset is Product's people, so it is
// withheld as well.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, ReportGroup } from '../../src/core/reports/report.js';
import { acme, event, reportOrg, type ReportOrg } from './report-org.js';

const PEOPLE = [
  ...['a1', 'a2', 'a3', 'a4'].map((n) => `${acme(n)},${n.toUpperCase()},Sales,Account Executive`),
  ...['p1', 'p2', 'p3'].map((n) => `${acme(n)},${n.toUpperCase()},Product,Product Manager`),
  ...['e1', 'e2'].map((n) => `${acme(n)},${n.toUpperCase()},Engineering,Software Engineer`),
];

const CONFIG = [
  'timezone: America/New_York',
  'internalDomains: [acme.com]',
  'privacy:',
  '  minGroupSize: 3',
  '',
].join('\n');

const allHands = event({
  uid: 'all-hands',
  title: 'All hands',
  start: '20260202T100000',
  end: '20260202T110000',
  organizer: acme('p1'),
  attendees: ['a1', 'a2', 'a3', 'a4', 'p1', 'p2', 'p3', 'e1', 'e2'].map(acme),
});
const globexCall = event({
  uid: 'globex-call',
  title: 'Globex call',
  start: '20260202T130000',
  end: '20260202T140000',
  organizer: acme('a1'),
  attendees: [acme('a1'), 'buyer@globex.com'],
});

let org: ReportOrg;
let report: Report;

beforeAll(async () => {
  org = await reportOrg({
    config: CONFIG,
    directory: ['email,name,department,role', ...PEOPLE, ''].join('\n'),
  });
  org.writeExport(acme('p1'), allHands);
  org.writeExport(acme('a1'), globexCall);
  await org.importCalendars();
  report = await org.report('2026-02-02', '2026-02-09');
});

afterAll(async () => {
  await org?.dispose();
});

const none = { people: 0, suppressed: false };
/** A suppressed group: no figures at all. */
const withheld = (
  by: ReportGroup['by'],
  name: string,
  people: number,
  market: number,
): ReportGroup => ({
  by,
  name,
  people,
  suppressed: true,
  hours: null,
  scheduledHours: null,
  sellingShare: null,
  customerOriented: {
    ...none,
    sellingHours: null,
    sellingShareOfScheduled: null,
    marketWorkHours: null,
  },
  // A subset of a suppressed group is suppressed with it (when it has anyone in it).
  marketOriented: { people: market, suppressed: market > 0, salesSupportHours: null },
});

const zeros = {
  selling: 0,
  'sales-support': 0,
  external: 0,
  'one-on-one': 0,
  training: 0,
  planning: 0,
  content: 0,
  events: 0,
  internal: 0,
  focus: 0,
};

describe('privacy: minGroupSize 3', () => {
  it('suppresses the groups of 2, and the next-smallest department that would give them away', () => {
    const sales = (by: ReportGroup['by'], name: string): ReportGroup => ({
      by,
      name,
      people: 4,
      suppressed: false,
      // All hands 4 × 1 h internal; Globex call 1 h selling.
      hours: { ...zeros, selling: 1, internal: 4 },
      scheduledHours: 5,
      // 1 / (4 people × 1 week × 40 h).
      sellingShare: 0.00625,
      customerOriented: {
        people: 4,
        suppressed: false,
        sellingHours: 1,
        sellingShareOfScheduled: 0.2,
        marketWorkHours: 0,
      },
      marketOriented: { ...none, salesSupportHours: null },
    });
    expect(report.groups).toEqual([
      {
        by: 'org',
        name: 'Everyone',
        people: 9,
        suppressed: false,
        // 9 × 1 h internal + 1 h selling.
        hours: { ...zeros, selling: 1, internal: 9 },
        scheduledHours: 10,
        sellingShare: 0.00625,
        customerOriented: {
          people: 4,
          suppressed: false,
          sellingHours: 1,
          sellingShareOfScheduled: 0.2,
          marketWorkHours: 0,
        },
        // The org's market-oriented people are exactly Product: withheld with it.
        marketOriented: { people: 3, suppressed: true, salesSupportHours: null },
      },
      sales('role', 'Account Executive'),
      withheld('role', 'Product Manager', 3, 3),
      withheld('role', 'Software Engineer', 2, 0),
      withheld('department', 'Engineering', 2, 0),
      withheld('department', 'Product', 3, 3),
      sales('department', 'Sales'),
    ]);
  });

  it('withholds cross-department figures of departments smaller than 3', () => {
    // Rule 8 from the all hands: every pair of departments shares 1 h per person.
    // Product (3) → others: 3 × 1 / (3 × 1 week) = 1 h per person-week; FTE 1 × 3 / 40.
    // Sales (4) → others: 4 / 4 = 1; FTE 4 / 40. Engineering (2) is withheld.
    const rows = report.crossDepartment.map((r) => [
      r.from,
      r.to,
      r.people,
      r.suppressed,
      r.hoursPerPersonWeek,
      r.fteAbsorbed,
    ]);
    expect(rows).toEqual([
      ['Engineering', 'Product', 2, true, null, null],
      ['Engineering', 'Sales', 2, true, null, null],
      ['Product', 'Engineering', 3, false, 1, 3 / 40],
      ['Product', 'Sales', 3, false, 1, 3 / 40],
      ['Sales', 'Engineering', 4, false, 1, 4 / 40],
      ['Sales', 'Product', 4, false, 1, 4 / 40],
    ]);
    expect(
      report.crossDepartment
        .filter((r) => r.suppressed)
        .map((r) => [r.flagged, r.verdict, r.flaggedPeople]),
    ).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(report.flaggedPeople.byDepartment).toEqual([
      { department: 'Engineering', people: 2, suppressed: true, flaggedPeople: null },
      { department: 'Product', people: 3, suppressed: false, flaggedPeople: 0 },
      { department: 'Sales', people: 4, suppressed: false, flaggedPeople: 0 },
    ]);
  });

  it('with minGroupSize 2 nothing is small and nothing is recoverable: everything shows', async () => {
    const loose = await reportOrg({
      config: CONFIG.replace('minGroupSize: 3', 'minGroupSize: 2'),
      directory: ['email,name,department,role', ...PEOPLE, ''].join('\n'),
    });
    try {
      loose.writeExport(acme('p1'), allHands);
      loose.writeExport(acme('a1'), globexCall);
      await loose.importCalendars();
      const open = await loose.report('2026-02-02', '2026-02-09');
      expect(open.groups.map((g) => [g.name, g.suppressed, g.scheduledHours])).toEqual([
        ['Everyone', false, 10],
        ['Account Executive', false, 5],
        ['Product Manager', false, 3],
        ['Software Engineer', false, 2],
        ['Engineering', false, 2],
        ['Product', false, 3],
        ['Sales', false, 5],
      ]);
    } finally {
      await loose.dispose();
    }
  });
});
