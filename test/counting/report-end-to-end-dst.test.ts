// End to end across the March 2026 DST change in America/New_York (Sunday 8 March, 02:00 EST →
// 03:00 EDT): rule 3 counts real elapsed time, so a daily 09:00 meeting is 1 h every day, and a
// meeting spanning the change counts its true length. Range Mon 2 – Sun 15 March: 14 days, 2 weeks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/reports/report.js';
import { acme, event, hoursOf, nonZero, reportOrg, type ReportOrg } from './report-org.js';

const FROM = '2026-03-02';
const TO = '2026-03-16';

// Thu 5 – Tue 10 March, 09:00–10:00 New York time: 6 instances.
const standup = event({
  uid: 'standup',
  title: 'Standup',
  start: '20260305T090000',
  end: '20260305T100000',
  organizer: acme('pat'),
  attendees: [acme('pat'), acme('quinn')],
  lines: ['RRULE:FREQ=DAILY;COUNT=6'],
});
// Sunday 8 March 01:00–03:00 New York time: 01:00 EST = 06:00Z, 03:00 EDT = 07:00Z — 1 real hour.
const nightDeploy = event({
  uid: 'night-deploy',
  title: 'Night deploy',
  start: '20260308T010000',
  end: '20260308T030000',
  organizer: acme('eve'),
  attendees: [acme('eve'), acme('pat')],
});

// Eve's solo block Sat 7 March 23:00 EST (8 March 04:00Z) to Sun 8 March 04:00 EDT (08:00Z):
// 4 real hours across New York midnight (05:00Z) and the change; the deploy (06:00Z–07:00Z)
// overlaps it, and internal comes before focus (rule 4).
const release = event({
  uid: 'eve-release',
  title: 'Release',
  start: '20260307T230000',
  end: '20260308T040000',
});

let org: ReportOrg;
let report: Report;

beforeAll(async () => {
  org = await reportOrg();
  org.writeExport(acme('pat'), standup);
  org.writeExport(acme('eve'), nightDeploy, release);
  await org.importCalendars();
  report = await org.report(FROM, TO);
});

afterAll(async () => {
  await org?.dispose();
});

describe('rule 3 end to end: a DST week in America/New_York', () => {
  it('counts each daily 09:00 instance as 1 h and the meeting across the change as 1 h', () => {
    // Pat: Standup 6 × 1 h + Night deploy 1 h = 7 h internal. Quinn (no export): 6 h.
    // Eve: the deploy 1 h internal (not 2, as the wall clock would say); Release 4 h minus the
    // deploy's hour = 3 h focus. Ana attends nothing: all zeros, still listed.
    expect(nonZero(hoursOf(report, acme('pat')))).toEqual({ internal: 7 });
    expect(nonZero(hoursOf(report, acme('quinn')))).toEqual({ internal: 6 });
    expect(nonZero(hoursOf(report, acme('eve')))).toEqual({ internal: 1, focus: 3 });
    expect(nonZero(hoursOf(report, acme('ana')))).toEqual({});
    expect(report.range).toMatchObject({ from: FROM, to: TO, days: 14, weeks: 2 });
  });

  it('shows the instances at 14:00Z before the change and 13:00Z after it', async () => {
    const rows = (await org.explain(acme('pat'), FROM, TO)).map((r) => [
      r.title,
      r.start,
      r.end,
      r.hours,
    ]);
    // Sorted by start: the deploy (06:00Z on the 8th) comes before that day's standup.
    expect(rows).toEqual([
      ['Standup', '2026-03-05T14:00:00Z', '2026-03-05T15:00:00Z', 1],
      ['Standup', '2026-03-06T14:00:00Z', '2026-03-06T15:00:00Z', 1],
      ['Standup', '2026-03-07T14:00:00Z', '2026-03-07T15:00:00Z', 1],
      ['Night deploy', '2026-03-08T06:00:00Z', '2026-03-08T07:00:00Z', 1],
      ['Standup', '2026-03-08T13:00:00Z', '2026-03-08T14:00:00Z', 1],
      ['Standup', '2026-03-09T13:00:00Z', '2026-03-09T14:00:00Z', 1],
      ['Standup', '2026-03-10T13:00:00Z', '2026-03-10T14:00:00Z', 1],
    ]);
  });

  it('clips occurrences to the range (rule 3): a range ending on the change day', async () => {
    // [2 March, 8 March) ends at New York midnight, 8 March 05:00Z. Standup Thu–Sat = 3 h for
    // Quinn and Pat (the deploy is on the 8th). Eve: Release 04:00Z–05:00Z = 1 h focus.
    const before = await org.report(FROM, '2026-03-08');
    expect(nonZero(hoursOf(before, acme('quinn')))).toEqual({ internal: 3 });
    expect(nonZero(hoursOf(before, acme('pat')))).toEqual({ internal: 3 });
    expect(nonZero(hoursOf(before, acme('eve')))).toEqual({ focus: 1 });
    const explained = await org.explain(acme('eve'), FROM, '2026-03-08');
    expect(explained.map((r) => [r.title, r.start, r.end, r.category, r.hours])).toEqual([
      ['Release', '2026-03-08T04:00:00Z', '2026-03-08T08:00:00Z', 'focus', 1],
    ]);
    // [8 March, 9 March): the 23-hour day. Pat: the deploy 1 h + that day's standup 1 h.
    // Eve: deploy 06:00Z–07:00Z internal 1 h; Release 05:00Z–06:00Z and 07:00Z–08:00Z focus 2 h.
    const changeDay = await org.report('2026-03-08', '2026-03-09');
    expect(nonZero(hoursOf(changeDay, acme('pat')))).toEqual({ internal: 2 });
    expect(nonZero(hoursOf(changeDay, acme('eve')))).toEqual({ internal: 1, focus: 2 });
    expect(changeDay.range).toMatchObject({ days: 1, weeks: 1 / 7 });
  });
});
