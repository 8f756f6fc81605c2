// End to end through the CLI: hand-written exports imported with `orient import calendars`, then
// `orient report --json --people` and `orient explain --json`, for PRODUCT.md rules 1, 2, 4 and
// 6 on one week (Mon 2 – Sun 8 March 2026, weeks = 7 / 7 = 1). Every event is on a weekday,
// before the DST change, so New York is EST = UTC−5: 10:00 local is 15:00Z.
//
// Exports: Ana, Bo, Pat and Quinn export their calendars; Cy and Eve do not (their time comes
// from the organisers' copies).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/reports/report.js';
import {
  acme,
  event,
  hoursOf,
  nonZero,
  reportOrg,
  type ExplainRow,
  type ReportOrg,
} from './report-org.js';

const FROM = '2026-03-02';
const TO = '2026-03-09';

// Monday 2 March.
// A customer call overlapping a planning meeting: for Ana the overlap 10:30–11:00 goes to
// selling (rule 4). The planning meeting is in Ana's, Pat's and Quinn's exports (stored once).
const discovery = event({
  uid: 'discovery',
  title: 'Globex discovery',
  start: '20260302T100000',
  end: '20260302T110000',
  organizer: acme('ana'),
  attendees: [acme('ana'), 'buyer@globex.com'],
});
const q2Planning = event({
  uid: 'q2-planning',
  title: 'Q2 planning',
  start: '20260302T103000',
  end: '20260302T120000',
  organizer: acme('pat'),
  attendees: [acme('pat'), acme('ana'), acme('quinn')],
});
// Bo declined in his own copy; Pat's copy (the organiser's, and modified later) still says
// NEEDS-ACTION. Rule 2: Bo's own copy decides.
const pipelineLines = {
  uid: 'pipeline',
  title: 'Pipeline review',
  start: '20260302T130000',
  end: '20260302T140000',
  organizer: acme('pat'),
};
const pipelineInPats = event({
  ...pipelineLines,
  attendees: [acme('pat'), `${acme('bo')};PARTSTAT=NEEDS-ACTION`, acme('quinn')],
  lines: ['LAST-MODIFIED:20260301T120000Z'],
});
const pipelineInBos = event({
  ...pipelineLines,
  attendees: [acme('pat'), `${acme('bo')};PARTSTAT=DECLINED`, acme('quinn')],
});
// A daily series Mon–Wed 15:00–16:00 organised by Quinn; Tuesday's instance is cancelled in
// Quinn's copy (SEQUENCE 1). Pat's copy is stale (no override): the newest copy wins.
const productSync = event({
  uid: 'product-sync',
  title: 'Product sync',
  start: '20260302T150000',
  end: '20260302T160000',
  organizer: acme('quinn'),
  attendees: [acme('quinn'), acme('pat'), acme('eve')],
  lines: ['RRULE:FREQ=DAILY;COUNT=3'],
});
const productSyncCancelled = event({
  uid: 'product-sync',
  title: 'Product sync',
  start: '20260303T150000',
  end: '20260303T160000',
  organizer: acme('quinn'),
  attendees: [acme('quinn'), acme('pat'), acme('eve')],
  lines: ['RECURRENCE-ID;TZID=America/New_York:20260303T150000', 'STATUS:CANCELLED', 'SEQUENCE:1'],
});

// Tuesday 3 March: Ana answered TENTATIVE — counts. "strategy" is a planning word.
const pricingStrategy = event({
  uid: 'pricing',
  title: 'Pricing strategy',
  start: '20260303T090000',
  end: '20260303T100000',
  organizer: acme('pat'),
  attendees: [acme('pat'), `${acme('ana')};PARTSTAT=TENTATIVE`],
});

// Wednesday 4 March: a solo block with no ORGANIZER at all, and a transparent one.
const focusTime = event({
  uid: 'ana-focus',
  title: 'Focus time',
  start: '20260304T090000',
  end: '20260304T110000',
});
const travel = event({
  uid: 'ana-travel',
  title: 'Travel to Globex',
  start: '20260304T130000',
  end: '20260304T170000',
  lines: ['TRANSP:TRANSPARENT'],
});

// Thursday 5 March: an all-day event, one of 25 hours and one of exactly 24 hours (none
// counts), and a solo "Write ebook" with Ana as ORGANIZER (as Google writes it): content.
const salesKickoff = event({
  uid: 'sales-kickoff',
  title: 'Sales kickoff',
  start: '20260305',
  end: '20260306',
  organizer: acme('bo'),
  attendees: [acme('bo'), acme('ana')],
});
const offsite = event({
  uid: 'offsite',
  title: 'Offsite',
  start: '20260305T090000',
  end: '20260306T100000',
  organizer: acme('pat'),
  attendees: [acme('pat'), acme('quinn')],
});
const boardPrep = event({
  uid: 'board-prep',
  title: 'Board prep',
  start: '20260305T180000',
  end: '20260306T180000',
  organizer: acme('quinn'),
  attendees: [acme('quinn'), acme('eve')],
});
const writeEbook = event({
  uid: 'ana-ebook',
  title: 'Write ebook',
  start: '20260305T140000',
  end: '20260305T160000',
  organizer: acme('ana'),
});

// Friday 6 March: solo blocks with only a room on them (rule 1: rooms are not people).
const prep = event({
  uid: 'ana-prep',
  title: 'Prep',
  start: '20260306T090000',
  end: '20260306T100000',
  organizer: acme('ana'),
  attendees: [`${acme('board-room')};CUTYPE=ROOM;PARTSTAT=ACCEPTED`],
});
const deepWork = event({
  uid: 'ana-deep-work',
  title: 'Deep work',
  start: '20260306T100000',
  end: '20260306T110000',
  attendees: ['acme.com_188@resource.calendar.google.com'],
});
// Unknown attendees: an internal address not in the directory (also on a subdomain) is an
// internal person; an external one makes the meeting selling for Bo.
const partnerSync = event({
  uid: 'partner-sync',
  title: 'Partner sync',
  start: '20260306T130000',
  end: '20260306T140000',
  organizer: acme('bo'),
  attendees: [acme('bo'), acme('new.hire')],
});
const followUp = event({
  uid: 'globex-follow-up',
  title: 'Globex follow-up',
  start: '20260306T140000',
  end: '20260306T150000',
  organizer: acme('bo'),
  attendees: [acme('bo'), 'contact@globex.com'],
});
const euHandoff = event({
  uid: 'eu-handoff',
  title: 'EU handoff',
  start: '20260306T150000',
  end: '20260306T160000',
  organizer: acme('bo'),
  attendees: [acme('bo'), 'lena@eu.acme.com'],
});
// In Ana's calendar (and Bo's), listing Bo and Cy but not Ana: not Ana's (rule 2).
const dealReview = event({
  uid: 'deal-review',
  title: 'Bo / Cy deal review',
  start: '20260306T160000',
  end: '20260306T170000',
  organizer: acme('bo'),
  attendees: [acme('bo'), acme('cy')],
});

let org: ReportOrg;
let report: Report;

beforeAll(async () => {
  org = await reportOrg();
  // prettier-ignore
  org.writeExport(acme('ana'), discovery, q2Planning, pricingStrategy, focusTime, travel, salesKickoff, writeEbook, prep, deepWork, dealReview);
  // prettier-ignore
  org.writeExport(acme('pat'), q2Planning, pipelineInPats, productSync, pricingStrategy, offsite);
  org.writeExport(acme('quinn'), q2Planning, productSync, productSyncCancelled, boardPrep);
  // prettier-ignore
  org.writeExport(acme('bo'), pipelineInBos, salesKickoff, partnerSync, followUp, euHandoff, dealReview);
  await org.importCalendars();
  report = await org.report(FROM, TO);
});

afterAll(async () => {
  await org?.dispose();
});

describe('rule 2 end to end: who attends what (week of 2 March 2026)', () => {
  it('Ana: overlap to selling, tentative counts, solo blocks with rooms, ebook is content', () => {
    // discovery 10:00–11:00 selling 1 h; Q2 planning 10:30–12:00 minus the overlap = 1 h;
    // Pricing strategy (tentative) 1 h planning; Focus time 2 h + Prep 1 h (a room only) +
    // Deep work 1 h (a Google resource only) = 4 h focus; Write ebook 2 h content.
    // Not counted: Travel (transparent), Sales kickoff (all-day), Bo / Cy deal review (not hers).
    expect(nonZero(hoursOf(report, acme('ana')))).toEqual({
      selling: 1,
      planning: 2,
      content: 2,
      focus: 4,
    });
  });

  it('Bo: declined in his own copy is not counted; unknown colleagues are internal people', () => {
    // Pipeline review declined (his copy wins over Pat's newer NEEDS-ACTION copy); Sales
    // kickoff all-day. Partner sync (new.hire@acme.com) 1 h + EU handoff (lena@eu.acme.com) 1 h +
    // deal review with Cy 1 h = 3 h internal; Globex follow-up 1 h selling.
    expect(nonZero(hoursOf(report, acme('bo')))).toEqual({ selling: 1, internal: 3 });
  });

  it('Cy and Eve have no export: their time comes from the organisers’ copies', () => {
    // Cy: deal review 1 h (from Bo's and Ana's copies). Eve: Product sync Mon + Wed = 2 h (the
    // Tuesday instance is cancelled); Board prep lasts exactly 24 h and does not count.
    expect(nonZero(hoursOf(report, acme('cy')))).toEqual({ internal: 1 });
    expect(nonZero(hoursOf(report, acme('eve')))).toEqual({ internal: 2 });
  });

  it('Pat and Quinn: a meeting in three exports counts once; > 24 h and cancelled do not count', () => {
    // Pat: Q2 planning 1.5 h + Pricing strategy 1 h = 2.5 h planning; Pipeline review 1 h +
    // Product sync Mon, Wed 2 h = 3 h internal. Offsite (25 h) not counted.
    // Quinn: Q2 planning 1.5 h; Pipeline review 1 h + Product sync 2 h = 3 h internal.
    expect(nonZero(hoursOf(report, acme('pat')))).toEqual({ planning: 2.5, internal: 3 });
    expect(nonZero(hoursOf(report, acme('quinn')))).toEqual({ planning: 1.5, internal: 3 });
  });

  it('scheduled hours, selling share and market work per person', () => {
    // weeks = 1, workweekHours 40. Ana: scheduled 1 + 2 + 2 + 4 = 9; selling share 1 / 40 =
    // 0.025, of scheduled 1 / 9; market work = planning 2 + content 2 + events 0 = 4.
    // Bo: 4 h scheduled, 1 / 40 = 0.025 of capacity, 1 / 4 of scheduled.
    // Pat (market-oriented): no selling share; market work 2.5.
    const row = (email: string) => report.people!.find((p) => p.email === email)!;
    expect(row(acme('ana'))).toMatchObject({
      scheduledHours: 9,
      sellingShare: 0.025,
      marketWorkHours: 4,
    });
    expect(row(acme('ana')).sellingShareOfScheduled).toBeCloseTo(1 / 9, 12);
    expect(row(acme('bo'))).toMatchObject({
      scheduledHours: 4,
      sellingShare: 0.025,
      sellingShareOfScheduled: 0.25,
      marketWorkHours: 0,
    });
    expect(row(acme('pat'))).toMatchObject({
      scheduledHours: 5.5,
      sellingShare: null,
      sellingShareOfScheduled: null,
      marketWorkHours: 2.5,
    });
  });
});

describe('orient explain: every occurrence with its category, rule and hours, or why not', () => {
  /** "MM-DD HH:MM–HH:MMZ  title  category (rule)  hours", or "— reason" when not attended. */
  const line = (r: ExplainRow): string => {
    const end =
      r.end.slice(0, 10) === r.start.slice(0, 10) ? r.end.slice(11, 16) : r.end.slice(5, 16);
    const what = r.attended ? `${r.category} (${r.rule})  ${r.hours} h` : `— ${r.reason}`;
    return `${r.start.slice(5, 16).replace('T', ' ')}–${end.replace('T', ' ')}Z  ${r.title}  ${what}`;
  };
  const explain = async (name: string) => (await org.explain(acme(name), FROM, TO)).map(line);

  it('Ana', async () => {
    // UTC = EST + 5 h. The all-day event keeps its dates as UTC midnights.
    // prettier-ignore
    expect(await explain('ana')).toEqual([
      '03-02 15:00–16:00Z  Globex discovery  selling (#1 external attendee, customer-oriented person)  1 h',
      '03-02 15:30–17:00Z  Q2 planning  planning (#6 title: planning)  1 h',
      '03-03 14:00–15:00Z  Pricing strategy  planning (#6 title: planning)  1 h',
      '03-04 14:00–16:00Z  Focus time  focus (#10 solo block)  2 h',
      '03-04 18:00–22:00Z  Travel to Globex  — transparent (shown as free)',
      '03-05 00:00–03-06 00:00Z  Sales kickoff  — all-day',
      '03-05 19:00–21:00Z  Write ebook  content (#7 title: content)  2 h',
      '03-06 14:00–15:00Z  Prep  focus (#10 solo block)  1 h',
      '03-06 15:00–16:00Z  Deep work  focus (#10 solo block)  1 h',
      '03-06 21:00–22:00Z  Bo / Cy deal review  — in their calendar, but the event lists other people and not them',
    ]);
  });

  it('Bo', async () => {
    // prettier-ignore
    expect(await explain('bo')).toEqual([
      '03-02 18:00–19:00Z  Pipeline review  — declined',
      '03-05 00:00–03-06 00:00Z  Sales kickoff  — all-day',
      '03-06 18:00–19:00Z  Partner sync  internal (#9 other people, all internal)  1 h',
      '03-06 19:00–20:00Z  Globex follow-up  selling (#1 external attendee, customer-oriented person)  1 h',
      '03-06 20:00–21:00Z  EU handoff  internal (#9 other people, all internal)  1 h',
      '03-06 21:00–22:00Z  Bo / Cy deal review  internal (#9 other people, all internal)  1 h',
    ]);
  });

  it('Quinn: the cancelled instance, and the events of 24 hours or more', async () => {
    // Offsite: Thu 09:00 → Fri 10:00 EST = 25 h; Board prep: Thu 18:00 → Fri 18:00 = 24 h.
    // prettier-ignore
    expect(await explain('quinn')).toEqual([
      '03-02 15:30–17:00Z  Q2 planning  planning (#6 title: planning)  1.5 h',
      '03-02 18:00–19:00Z  Pipeline review  internal (#9 other people, all internal)  1 h',
      '03-02 20:00–21:00Z  Product sync  internal (#9 other people, all internal)  1 h',
      '03-03 20:00–21:00Z  Product sync  — cancelled',
      '03-04 20:00–21:00Z  Product sync  internal (#9 other people, all internal)  1 h',
      '03-05 14:00–03-06 15:00Z  Offsite  — 24 hours or longer',
      '03-05 23:00–03-06 23:00Z  Board prep  — 24 hours or longer',
    ]);
  });

  it('adds up to the report’s scheduled hours', async () => {
    for (const email of [acme('ana'), acme('bo'), acme('quinn')]) {
      const rows = await org.explain(email, FROM, TO);
      const total = rows.reduce((sum, r) => sum + r.hours, 0);
      expect(total, email).toBe(report.people!.find((p) => p.email === email)!.scheduledHours);
    }
  });
});
