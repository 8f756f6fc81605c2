// `orient expand --json` over the node-ical fixtures whose difficulty is recurrence: COUNT and
// UNTIL, EXDATE, RECURRENCE-ID overrides (moved, duplicated, orphaned), Exchange all-day series,
// invalid RRULEs and open-ended rules in a bounded window. Expected rows are worked out by hand
// (comment above each) from RFC 5545 §3.3.10 / §3.8.4.4 / §3.8.5 and the decisions in the brief.
// No config file: floating times without X-WR-TIMEZONE are read in UTC.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  anyUid,
  datesOn,
  everyDay,
  expand,
  expectDistinctInstances,
  expectListing,
  expectSortedByStart,
  plusMinutes,
  row,
  utcOf,
  type Row,
} from './fixture-expansion-support.js';

describe('orient expand over the node-ical fixtures: recurrence', () => {
  it('test_daily_recurring.ics: all-day DAILY;COUNT=30', async () => {
    const r = await expand('test_daily_recurring.ics', '2025-01-01', '2025-03-01');
    // DTSTART;VALUE=DATE:20250101, no DTEND → one day each; COUNT=30 → Jan 1 … Jan 30.
    const expected = everyDay('2025-01-01', '2025-01-30').map((d) =>
      row('daily-test@example.com', d, 'Daily Standup', d, addDays(d, 1), true, null),
    );
    expect(expected).toHaveLength(30);
    expectListing(r, expected);
  });

  it('yearly-recurring-unicode.ics: open-ended YEARLY all-day (TZID on a DATE is moot)', async () => {
    const r = await expand('yearly-recurring-unicode.ics', '2012-01-01', '2016-01-01');
    // DTSTART;TZID=Europe/Berlin;VALUE=DATE:20120714, DTEND 20120715 (1 day). YEARLY without end;
    // window 2012–2015 → Jul 14 of 2012, 2013, 2014, 2015.
    const expected = ['2012', '2013', '2014', '2015'].map((y) =>
      row(
        'FA9831E7-C238-4FEC-95E5-CD46BD466421',
        `${y}-07-14`,
        'Fête Nationale - Férié',
        `${y}-07-14`,
        `${y}-07-15`,
        true,
        null,
      ),
    );
    expectListing(r, expected);
  });

  it('daily-count-exdate-recurrence-id.ics: COUNT with EXDATEs and a moved override ending early', async () => {
    const r = await expand('daily-count-exdate-recurrence-id.ics', '2015-07-01', '2015-08-01');
    // DTSTART 2015-07-06 12:00 America/Los_Angeles PDT (UTC-7) = 19:00Z, DTEND 13:00 (1 h).
    // COUNT=10 → Jul 6 … 15 (EXDATEs still count). EXDATE Jul 8 and Jul 10 12:00 PDT (19:00Z).
    // Override RECURRENCE-ID Jul 7 12:00 PDT = 2015-07-07T19:00Z moves that instance to Jul 9
    // 15:00 PDT = 22:00Z; its DTEND (Jul 7 16:00) is before its DTSTART → warning, it keeps the
    // series' 1 h → 23:00Z. Summary "More Treasure Hunting".
    const uid = '0000001';
    const at = (d: string): string => `2015-07-${d}T19:00:00Z`;
    const master = (d: string): Row =>
      row(uid, at(d), 'Treasure Hunting', at(d), `2015-07-${d}T20:00:00Z`, false, null);
    expectListing(r, [
      master('06'),
      row(
        uid,
        at('07'),
        'More Treasure Hunting',
        '2015-07-09T22:00:00Z',
        '2015-07-09T23:00:00Z',
        false,
        null,
      ),
      master('09'),
      master('11'),
      master('12'),
      master('13'),
      master('14'),
      master('15'),
    ]);
    expect(r.stderr).toMatch(/warning: .*DTEND/);
  });

  it('duplicate-rrule-sequence.ics: two masters with one UID, the higher SEQUENCE wins', async () => {
    const r = await expand('duplicate-rrule-sequence.ics', '2024-01-01', '2024-02-01');
    // SEQUENCE 2 (10:00Z–11:00Z) beats SEQUENCE 0 (14:00Z). DAILY;COUNT=5 → Jan 1 … Jan 5.
    const expected = everyDay('2024-01-01', '2024-01-05').map((d) =>
      row(
        'rrule-sequence-test@node-ical.test',
        `${d}T10:00:00Z`,
        'Daily Meeting (SEQUENCE 2)',
        `${d}T10:00:00Z`,
        `${d}T11:00:00Z`,
        false,
        null,
      ),
    );
    expectListing(r, expected);
  });

  it('test_with_forward_TZ.ics: open-ended weekly all-day series (X-WR-TIMEZONE Bucharest)', async () => {
    const r = await expand('test_with_forward_TZ.ics', '2020-10-01', '2020-12-01');
    // DTSTART;VALUE=DATE:20201017 (Saturday), DTEND Oct 18; WEEKLY;BYDAY=SA, no end. Window Oct–Nov
    // 2020 → Saturdays Oct 17, 24, 31, Nov 7, 14, 21, 28. Dates have no zone.
    const expected = datesOn('2020-10-17', '2020-11-30', ['SA']).map((d) =>
      row(
        '4ulvpcckkq5cclafbam43cmgok@google.com',
        d,
        'Fear TWD',
        d,
        addDays(d, 1),
        true,
        'CONFIRMED',
      ),
    );
    expect(expected).toHaveLength(7);
    expectListing(r, expected);
  });

  it('whole_day_moved_over_dst_change_berlin.ics: all-day instance moved by a DATE RECURRENCE-ID', async () => {
    const r = await expand(
      'whole_day_moved_over_dst_change_berlin.ics',
      '2024-10-01',
      '2024-12-01',
    );
    // Master all-day 2024-10-27, DAILY;COUNT=3 → Oct 27, 28, 29. Override RECURRENCE-ID
    // VALUE=DATE:20241028 moves Oct 28 to Oct 30 (DTEND Oct 31).
    const uid = '14nv8jl8d6dvdbl477lod4fftf@google.com';
    const s = 'test whole day moved';
    expectListing(r, [
      row(uid, '2024-10-27', s, '2024-10-27', '2024-10-28', true, 'CONFIRMED'),
      row(uid, '2024-10-29', s, '2024-10-29', '2024-10-30', true, 'CONFIRMED'),
      row(uid, '2024-10-28', s, '2024-10-30', '2024-10-31', true, 'CONFIRMED'),
    ]);
  });

  it('google-recurrence-order.ics: the override comes before its master in the file', async () => {
    const r = await expand('google-recurrence-order.ics', '2026-02-01', '2026-03-01');
    // Master 2026-02-10 10:00–10:30 America/Denver, MST (UTC-7; DST starts Mar 8) = 17:00Z–17:30Z;
    // DAILY;COUNT=3 → Feb 10, 11, 12. Override RECURRENCE-ID Feb 11 10:00 MST = 17:00Z → that
    // instance moves to 10:30–11:00 MST = 17:30Z–18:00Z, "TEST RECURR 3 - MODIFIED".
    const uid = 'aaaaaaaaaa888se1rr0b24sm4p@google.com';
    expectListing(r, [
      row(
        uid,
        '2026-02-10T17:00:00Z',
        'TEST RECURR 3',
        '2026-02-10T17:00:00Z',
        '2026-02-10T17:30:00Z',
        false,
        'CONFIRMED',
      ),
      row(
        uid,
        '2026-02-11T17:00:00Z',
        'TEST RECURR 3 - MODIFIED',
        '2026-02-11T17:30:00Z',
        '2026-02-11T18:00:00Z',
        false,
        'CONFIRMED',
      ),
      row(
        uid,
        '2026-02-12T17:00:00Z',
        'TEST RECURR 3',
        '2026-02-12T17:00:00Z',
        '2026-02-12T17:30:00Z',
        false,
        'CONFIRMED',
      ),
    ]);
  });

  for (const [file, uid, summary, ridText] of [
    [
      'exchange_whole_day_moved_recurrence.ics',
      'exchange-moved-recurrence',
      'Exchange Recurring Test',
      'TZID=W. Europe Standard Time:20260226T000000',
    ],
    [
      'exchange_whole_day_moved_recurrence_offset_tz.ics',
      'exchange-moved-recurrence-offset-tz',
      'Exchange Recurring Test (offset TZID)',
      'TZID=UTC+01:20260226T000000',
    ],
  ] as const) {
    it(`${file}: Exchange all-day series, UTC UNTIL, RECURRENCE-ID;${ridText}`, async () => {
      const r = await expand(file, '2026-02-01', '2026-09-01');
      // All-day DTSTART Thu 2026-02-19 (DTEND Feb 20); WEEKLY;BYDAY=TU,TH;UNTIL=20260817T220000Z:
      // an all-day series' UTC UNTIL is read in the calendar zone (UTC here) → Aug 17 22:00,
      // within 4 h of midnight → Aug 18, inclusive; Aug 18 is a Tuesday, so it is the last
      // instance. Tuesdays and Thursdays Feb 19 … Aug 18 = 52 instances.
      // The RECURRENCE-ID (…:20260226T000000, see the title) on an all-day series means the date
      // 2026-02-26: that Thursday moves to Fri Feb 27 (DTEND Feb 28).
      const days = datesOn('2026-02-19', '2026-08-18', ['TU', 'TH']);
      expect(days).toHaveLength(52);
      const expected = days.map((d) =>
        d === '2026-02-26'
          ? row(uid, d, summary, '2026-02-27', '2026-02-28', true, 'CONFIRMED')
          : row(uid, d, summary, d, addDays(d, 1), true, 'CONFIRMED'),
      );
      expectListing(r, expected);
    });
  }

  it('biweekly-exdate-until.ics: INTERVAL=2 with WKST=SU, comma-separated EXDATEs, UTC UNTIL', async () => {
    const r = await expand('biweekly-exdate-until.ics', '2017-02-01', '2018-01-01');
    // A: DTSTART Thu 2017-02-16 09:00 US/Central (= America/Chicago), DTEND 19:00 (10 h).
    //   WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=SU: weeks starting Sun Feb 12, Feb 26, Mar 12, … →
    //   Feb 16, Feb 27, Mar 2, Mar 13, Mar 16, … UNTIL=20170814T045959Z (= Aug 13 23:59:59 CDT):
    //   the last week is Jul 30 (Jul 31, Aug 3); Mon Aug 14 09:00 CDT = 14:00Z is past UNTIL.
    //   EXDATE Jul 6, Jul 17, Jul 20, Aug 3 (09:00 Central) remove four → 21 instances.
    //   CST (UTC-6) until Mar 11: 15:00Z–01:00Z; CDT from Mar 12: 14:00Z–00:00Z.
    const a = [
      ...['02-16', '02-27', '03-02', '03-13', '03-16', '03-27', '03-30', '04-10', '04-13'],
      ...['04-24', '04-27', '05-08', '05-11', '05-22', '05-25', '06-05', '06-08', '06-19'],
      ...['06-22', '07-03', '07-31'],
    ].map((md) => {
      const d = `2017-${md}`;
      const start = utcOf(d, '09:00', d < '2017-03-12' ? -6 : -5);
      return row(
        '98765432-ABCD-DCBB-999A-987765432123',
        start,
        'Example of comma-separated exdates',
        start,
        plusMinutes(start, 600),
        false,
        null,
      );
    });
    // B: DTSTART Mon 2017-08-14T14:00Z, DTEND Aug 15 00:00Z (10 h). WEEKLY;INTERVAL=2;BYDAY=MO,TU;
    //   WKST=SU, no end → Mondays and Tuesdays of the weeks of Aug 13, Aug 27, … Dec 17 (20 in the
    //   window). EXDATE 20171218T060000 / 20171219T060000 are floating → X-WR-TIMEZONE Europe/Kiev
    //   (EET, UTC+2) → 04:00Z: no instance starts then, nothing removed. EXDATE:20200116 (a date,
    //   a Thursday) names no instance of this Monday/Tuesday series.
    const b = [
      ...['08-14', '08-15', '08-28', '08-29', '09-11', '09-12', '09-25', '09-26', '10-09', '10-10'],
      ...['10-23', '10-24', '11-06', '11-07', '11-20', '11-21', '12-04', '12-05', '12-18', '12-19'],
    ].map((md) => {
      const start = `2017-${md}T14:00:00Z`;
      return row(
        '1234567-ABCD-ABCD-ABCD-123456789012',
        start,
        'Example of exdate with bad times',
        start,
        plusMinutes(start, 600),
        false,
        null,
      );
    });
    expect(a).toHaveLength(21);
    expect(b).toHaveLength(20);
    expectListing(r, [...a, ...b]);
  });

  it('recurrence-sequence.ics: duplicate overrides by SEQUENCE, overrides matching no instance', async () => {
    const r = await expand('recurrence-sequence.ics', '2024-01-01', '2024-02-01');
    // Master 10:00Z–11:00Z, DAILY;COUNT=5 → Jan 1 … 5.
    // RECURRENCE-ID Jan 2 10:00Z: SEQUENCE 3 (14:00Z–15:00Z) beats SEQUENCE 1.
    // RECURRENCE-ID Jan 3 10:00Z: SEQUENCE 5 (15:00Z–16:00Z) beats SEQUENCE 2.
    // RECURRENCE-ID Jan 4 09:00Z and Jan 4 15:00Z match no instance (Jan 4 is at 10:00Z): each is
    // kept as an extra instance of its own; the Jan 4 10:00Z instance stays.
    const uid = 'sequence-test@node-ical.test';
    const m = (d: string): Row =>
      row(
        uid,
        `2024-01-0${d}T10:00:00Z`,
        'Daily Meeting',
        `2024-01-0${d}T10:00:00Z`,
        `2024-01-0${d}T11:00:00Z`,
        false,
        null,
      );
    expectListing(r, [
      m('1'),
      row(
        uid,
        '2024-01-02T10:00:00Z',
        'Moved to afternoon (SEQUENCE 3)',
        '2024-01-02T14:00:00Z',
        '2024-01-02T15:00:00Z',
        false,
        null,
      ),
      row(
        uid,
        '2024-01-03T10:00:00Z',
        'Newer override (SEQUENCE 5) - should win',
        '2024-01-03T15:00:00Z',
        '2024-01-03T16:00:00Z',
        false,
        null,
      ),
      row(
        uid,
        '2024-01-04T09:00:00Z',
        'Morning slot (SEQUENCE 2)',
        '2024-01-04T09:00:00Z',
        '2024-01-04T10:00:00Z',
        false,
        null,
      ),
      m('4'),
      row(
        uid,
        '2024-01-04T15:00:00Z',
        'Afternoon slot (SEQUENCE 4) - different time same day',
        '2024-01-04T15:00:00Z',
        '2024-01-04T16:00:00Z',
        false,
        null,
      ),
      m('5'),
    ]);
  });

  it('badRRULE.ics: an invalid RRULE skips its event; an X- parameter on RRULE is fine', async () => {
    const r = await expand('badRRULE.ics', '2020-09-01', '2021-01-09');
    // "Brain Break": DTSTART Thu 2020-09-03 09:40–09:50 America/Denver (file VTIMEZONE, US rules).
    //   WEEKLY;BYDAY=MO–FR, no end → every weekday Sep 3 … Fri Jan 8 except EXDATE Oct 15 (91).
    //   MDT (UTC-6) until Fri Oct 30 → 15:40Z; MST from Mon Nov 2 (DST ended Sun Nov 1) → 16:40Z.
    const brain = datesOn('2020-09-03', '2021-01-08', ['MO', 'TU', 'WE', 'TH', 'FR'])
      .filter((d) => d !== '2020-10-15')
      .map((d) => {
        const start = utcOf(d, '09:40', d < '2020-11-01' ? -6 : -7);
        return row(
          '078tk5i2t4all3kk0jcoi3mdmd@google.com',
          start,
          'Brain Break',
          start,
          plusMinutes(start, 10),
          false,
          'CONFIRMED',
        );
      });
    // "Academic Time": RRULE:RRULE:AnythingRandom;FREQ=… is invalid → skipped (VEVENT at line 47).
    // "Invalid RRULE property": RRULE;X-BUSYMAC-REGENERATE=TRASH:FREQ=WEEKLY;BYDAY=MO,…,FR is a
    //   valid RRULE with an X- parameter. DTSTART = DTEND = Mon 2020-11-02 07:20 Europe/Budapest
    //   CET (UTC+1) = 06:20Z: instants. Every weekday from Nov 2 except the EXDATEs Dec 21–25,
    //   Dec 28–31 and Jan 1 → 40 in the window.
    const off = ['2020-12-21', '2020-12-22', '2020-12-23', '2020-12-24', '2020-12-25'];
    off.push('2020-12-28', '2020-12-29', '2020-12-30', '2020-12-31', '2021-01-01');
    const budapest = datesOn('2020-11-02', '2021-01-08', ['MO', 'TU', 'WE', 'TH', 'FR'])
      .filter((d) => !off.includes(d))
      .map((d) =>
        row(
          '*Masked away*',
          `${d}T06:20:00Z`,
          'Invalid RRULE property',
          `${d}T06:20:00Z`,
          `${d}T06:20:00Z`,
          false,
          'CONFIRMED',
        ),
      );
    expect(brain).toHaveLength(91);
    expect(budapest).toHaveLength(40);
    // Checked in two parts so that a listed "Academic Time" does not hide the other two series.
    const academic = '11le1ep09hvog7dbotn6foj38e@google.com';
    expect.soft(r.rows.filter((x) => x['uid'] === academic)).toEqual([]);
    expect.soft(r.stderr).toMatch(/:(47|50): skipped: .*RRULE/);
    expectListing({ ...r, rows: r.rows.filter((x) => x['uid'] !== academic) }, [
      ...brain,
      ...budapest,
    ]);
  });

  it('festival-multiday-rrule.ics: 128 UID-less events with VALUE=DATE on date-times, one RRULE', async () => {
    const r = await expand('festival-multiday-rrule.ics', '2011-08-01', '2013-02-01');
    // Every DTSTART/DTEND is written `;VALUE=DATE:20110804T120000`: the VALUE=DATE parameter says
    // DATE, so each is read as the date (2011-08-04) — all events are all-day (see the report).
    // Where DTEND's date equals DTSTART's the event lasts zero days (end = start).
    // No VEVENT has a UID: 128 separate events, none a duplicate of another.
    // 127 single events: 32 start Aug 4, 44 Aug 5, 39 Aug 6, 13 Aug 7 (one of the Aug 4 ones is
    // the series below).
    // "foobarTV broadcast starts": DTSTART 2011-08-04 (Thu), DTEND same date (zero days),
    // WEEKLY;BYDAY=MO,FR;INTERVAL=5 (WKST=MO), UNTIL=20130130T230000Z: all-day series, UTC UNTIL
    // read in UTC, 23:00 is within 4 h of midnight → Jan 31, 2013 (a Thursday: no effect).
    // DTSTART first, then Mon/Fri of every 5th week from the week of Mon Aug 1, 2011:
    // Aug 5; Sep 5, 9; Oct 10, 14; … ; Jan 7, 11, 2013 → 32 instances (31 after Aug 4).
    // Total 127 + 32 = 159 rows.
    expect(r.code, r.stderr).toBe(0);
    // Soft: the two RC-helicopter pairs below are the only rows at stake; let the rest still run.
    expect.soft(r.rows).toHaveLength(159);
    expectSortedByStart(r.rows);
    expectDistinctInstances(r.rows);
    expect(r.rows.every((x) => x['allDay'] === true && x['status'] === null)).toBe(true);
    const perStart = new Map<string, number>();
    for (const x of r.rows)
      perStart.set(String(x['start']), (perStart.get(String(x['start'])) ?? 0) + 1);
    expect(perStart.get('2011-08-04')).toBe(32);
    expect.soft(perStart.get('2011-08-05')).toBe(45);
    expect.soft(perStart.get('2011-08-06')).toBe(39);
    expect(perStart.get('2011-08-07')).toBe(13);

    const seriesDays = ['2011-08-04'];
    for (let week = '2011-08-01'; week <= '2013-01-31'; week = addDays(week, 35)) {
      for (const d of [week, addDays(week, 4)])
        if (d > '2011-08-04' && d <= '2013-01-31') seriesDays.push(d);
    }
    expect(seriesDays).toHaveLength(32);
    expect(seriesDays.slice(0, 5)).toEqual([
      '2011-08-04',
      '2011-08-05',
      '2011-09-05',
      '2011-09-09',
      '2011-10-10',
    ]);
    expect(seriesDays.slice(-2)).toEqual(['2013-01-07', '2013-01-11']);
    const series = r.rows.filter((x) => x['summary'] === 'foobarTV broadcast starts');
    expect(series).toEqual(
      seriesDays.map((d) => row(anyUid(), d, 'foobarTV broadcast starts', d, d, true, null)),
    );
    expect(new Set(series.map((x) => x['uid'])).size).toBe(1);

    const one = (summary: string): Record<string, unknown>[] =>
      r.rows.filter((x) => x['summary'] === summary);
    // DTSTART 20110804T120000, DTEND 20110804T120000 → Aug 4, zero days.
    expect(one('foobar Summer 2011 starts!')).toEqual([
      row(anyUid(), null, 'foobar Summer 2011 starts!', '2011-08-04', '2011-08-04', true, null),
    ]);
    // DTSTART 20110804T180000, DTEND 20110807T060000 → Aug 4 … Aug 7 (exclusive).
    expect(one('Heroes of Newerth - Tournament')).toEqual([
      row(anyUid(), null, 'Heroes of Newerth - Tournament', '2011-08-04', '2011-08-07', true, null),
    ]);
    // DTSTART 20110804T120000, DTEND 20110806T160000 → Aug 4 … Aug 6.
    expect(one('Sign-up for poker tournament')).toEqual([
      row(anyUid(), null, 'Sign-up for poker tournament', '2011-08-04', '2011-08-06', true, null),
    ]);
    // SUMMARY with "\," → ",".
    expect(one('Oldskool demo, individual and 4k intro compo deadline')).toEqual([
      row(
        anyUid(),
        null,
        'Oldskool demo, individual and 4k intro compo deadline',
        '2011-08-04',
        '2011-08-04',
        true,
        null,
      ),
    ]);
    // Four separate VEVENTs (Aug 5 15:00 and 17:00, Aug 6 13:00 and 16:00): as dates two pairs
    // look alike, but without UIDs nothing makes them one event: four rows.
    const heli = 'RC helicopters: flying demonstration with T-REX 600N';
    expect
      .soft(one(heli).map((x) => x['start']))
      .toEqual(['2011-08-05', '2011-08-05', '2011-08-06', '2011-08-06']);
    expect(r.rows[0]?.['start']).toBe('2011-08-04');
    expect(r.rows.at(-1)).toEqual(
      row(
        anyUid(),
        '2013-01-11',
        'foobarTV broadcast starts',
        '2013-01-11',
        '2013-01-11',
        true,
        null,
      ),
    );
  });
});
