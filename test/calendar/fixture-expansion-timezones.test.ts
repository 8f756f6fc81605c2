// `orient expand --json` over the node-ical fixtures whose difficulty is time zones: TZID
// resolution (file VTIMEZONE, IANA, Windows names and Exchange labels, unknown), floating times,
// DST offsets and non-UTC UNTIL. Expected rows are worked out by hand (comment above each); UTC
// offsets come from the zone rules: US DST from the 2nd Sunday of March to the 1st Sunday of
// November since 2007 (1st Sunday of April to last Sunday of October before), EU DST from the last
// Sunday of March to the last Sunday of October (01:00 UTC). No config file: the org timezone, and
// so the zone of floating times without X-WR-TIMEZONE, is UTC.
import { describe, expect, it } from 'vitest';
import {
  anyUid,
  datesOn,
  everyDay,
  expand,
  expectListing,
  plusMinutes,
  row,
  utcOf,
  type Row,
} from './fixture-expansion-support.js';

describe('orient expand over the node-ical fixtures: time zones', () => {
  it('windows-quoted-tz-rrule.ics: Exchange label TZID; DTEND and EXDATE in another zone', async () => {
    const r = await expand('windows-quoted-tz-rrule.ics', '2015-07-01', '2015-08-01');
    // DTSTART TZID "(UTC-05:00) Eastern Time (US and Canada)" is Exchange's display label of
    // Eastern Standard Time (with "and" for "&") → America/New_York; 2015-07-06 12:00 EDT (UTC-4)
    // = 16:00Z. DTEND 13:00 America/Los_Angeles PDT (UTC-7) = 20:00Z → every instance lasts 4 h.
    // COUNT=10 → Jul 6 … Jul 15, all EDT: 16:00Z–20:00Z.
    // EXDATE Jul 8 / Jul 10 12:00 Los Angeles = 19:00Z: EXDATE matches instances by instant and no
    // instance starts at 19:00Z, so nothing is excluded (RFC 5545 §3.8.5.1).
    const expected = everyDay('2015-07-06', '2015-07-15').map((d) =>
      row(
        '0000001',
        utcOf(d, '12:00', -4),
        'Treasure Hunting',
        utcOf(d, '12:00', -4),
        utcOf(d, '16:00', -4),
        false,
        null,
      ),
    );
    expectListing(r, expected);
  });

  it('non-utc-until-ny.ics: local UNTIL read in the DTSTART zone, across the US DST start', async () => {
    const r = await expand('non-utc-until-ny.ics', '2024-02-01', '2024-04-01');
    // DTSTART 2024-03-01 14:00 America/New_York, DTEND 15:00 (1 h). DAILY;UNTIL=20240315T140000
    // has no Z: read in DTSTART's zone → Mar 15 14:00 local, inclusive → Mar 1 … Mar 15 (15).
    // DST starts Sun 2024-03-10: Mar 1–9 EST (UTC-5) 19:00Z–20:00Z; Mar 10–15 EDT 18:00Z–19:00Z.
    const expected = everyDay('2024-03-01', '2024-03-15').map((d) => {
      const offset = d < '2024-03-10' ? -5 : -4;
      const start = utcOf(d, '14:00', offset);
      return row(
        'test-different-tz-until@example.com',
        start,
        'Daily Standup (Different TZ UNTIL)',
        start,
        utcOf(d, '15:00', offset),
        false,
        null,
      );
    });
    expect(expected).toHaveLength(15);
    expect(expected[8]?.start).toBe('2024-03-09T19:00:00Z');
    expect(expected[9]?.start).toBe('2024-03-10T18:00:00Z');
    expectListing(r, expected);
  });

  it('non-utc-until.ics: weekly Berlin series with a local UNTIL, through both EU DST changes', async () => {
    const r = await expand('non-utc-until.ics', '2024-01-01', '2025-01-01');
    // DTSTART Mon 2024-01-01 10:00 Europe/Berlin, DTEND 11:00. WEEKLY (on Mondays);
    // UNTIL=20241231T100000 (no Z) = Dec 31 10:00 Berlin, inclusive; Dec 31 is a Tuesday, so the
    // last instance is Mon Dec 30 → 53 Mondays (2024 starts on a Monday and has 366 days).
    // CEST (UTC+2) from Sun Mar 31 to Sun Oct 27: Apr 1 … Oct 21 at 08:00Z, the rest at 09:00Z.
    const expected = datesOn('2024-01-01', '2024-12-31', ['MO']).map((d) => {
      const offset = d > '2024-03-31' && d < '2024-10-27' ? 2 : 1;
      const start = utcOf(d, '10:00', offset);
      return row(
        'test-non-utc-until@example.com',
        start,
        'Weekly Meeting (Non-UTC UNTIL)',
        start,
        utcOf(d, '11:00', offset),
        false,
        null,
      );
    });
    expect(expected).toHaveLength(53);
    expect(expected.map((x) => x.start)).toContain('2024-03-25T09:00:00Z');
    expect(expected.map((x) => x.start)).toContain('2024-04-01T08:00:00Z');
    expect(expected.map((x) => x.start)).toContain('2024-10-21T08:00:00Z');
    expect(expected.map((x) => x.start)).toContain('2024-10-28T09:00:00Z');
    expect(expected.at(-1)?.start).toBe('2024-12-30T09:00:00Z');
    expectListing(r, expected);
  });

  it('germany_at_end_of_day_repeating.ics: unknown TZID Europe/Germany is read as UTC', async () => {
    const r = await expand('germany_at_end_of_day_repeating.ics', '2024-10-01', '2024-11-01');
    // TZID=Europe/Germany is no IANA name, Windows name or Exchange label, and the file has no
    // VTIMEZONE: unknown → warning, read in the floating zone (UTC, no X-WR-TIMEZONE). DTEND's TZID
    // is "TZID=Europe/Germany" (sic), unknown too. DTSTART 2024-10-22 23:00Z, DTEND Oct 23 00:00Z
    // → 1 h. DAILY;COUNT=4 → Oct 22, 23, 24, 25 at 23:00Z.
    const uid = '2m6mt1p89l2anl74915ur3hsgm@google.com';
    const expected = everyDay('2024-10-22', '2024-10-25').map((d) =>
      row(
        uid,
        `${d}T23:00:00Z`,
        'TestCal_AllDayRepeatingEvent',
        `${d}T23:00:00Z`,
        plusMinutes(`${d}T23:00:00Z`, 60),
        false,
        'CONFIRMED',
      ),
    );
    expectListing(r, expected);
    expect(r.stderr).toMatch(/warning: .*Europe\/Germany/);
  });

  it('event-organizer-cn.ics: quoted IANA TZID', async () => {
    const r = await expand('event-organizer-cn.ics', '2013-04-01', '2013-05-01');
    // TZID="America/Los_Angeles" (quoted); 2013-04-18 11:00 PDT (UTC-7) = 18:00Z, DTEND 19:00Z.
    expectListing(r, [
      row(
        'eb9e1bd2-ceba-499f-be77-f02773954c72',
        null,
        'Event with an alarm',
        '2013-04-18T18:00:00Z',
        '2013-04-18T19:00:00Z',
        false,
        'CONFIRMED',
      ),
    ]);
  });

  it('event-with-valarm.ics: ORGANIZER="mailto:…" is not a content line, so the file is malformed', async () => {
    const r = await expand('event-with-valarm.ics', '2013-04-01', '2013-05-01');
    // Line 6 is `ORGANIZER="mailto:stomlinson@mozilla.com"`: RFC 5545 §3.1 needs
    // name *(";" param) ":" value, and `ORGANIZER="mailto` (the text before the first ':') is no
    // property name → a malformed line: exit 2 with `file:6: message`, nothing listed. (Were the
    // line readable, the event would be 2013-04-18 11:00–12:00 PDT = 18:00Z–19:00Z.)
    expect(r.code).toBe(2);
    expect(r.rows).toEqual([]);
    expect(r.stderr).toMatch(/event-with-valarm\.ics:6: /);
  });

  it('test_with_tz_list.ics: unknown list-of-cities TZID; UNTIL before DTSTART; DTSTART excluded', async () => {
    const r = await expand('test_with_tz_list.ics', '2021-01-01', '2025-01-01');
    // TZID "Amsterdam, Belgrade, Berlin, …, Stockholm": no VTIMEZONE, not IANA, not a Windows name
    // or Exchange label → unknown (warning), read as UTC: DTSTART 2024-04-15 19:00Z.
    // RRULE UNTIL=20210418T170000Z lies before DTSTART, so the rule adds nothing; DTSTART is always
    // the first instance, but EXDATE 2024-04-15 19:00 (same TZID, so the same instant in whatever
    // zone the TZID is read) removes it. → no rows, whichever zone the reader picks.
    expectListing(r, []);
    expect(r.stderr).toMatch(/warning: .*Amsterdam, Belgrade/);
  });

  it('music-school-weekly-until.ics: unknown "(GMT +01:00)" TZID, local UNTIL', async () => {
    const r = await expand('music-school-weekly-until.ics', '2022-10-01', '2023-01-01');
    // TZID "(GMT +01:00)" has no VTIMEZONE and is no IANA/Windows name or Exchange label (no city)
    // → unknown (warning), read as UTC. DTSTART Tue 2022-10-04 14:00Z, DTEND 15:00Z.
    // WEEKLY;BYDAY=TU;UNTIL=20221201T020000 (local: DTSTART's zone) → Tuesdays Oct 4 … Nov 29 (9).
    // SUMMARY is "Music School " (trailing space): compared trimmed (see the report).
    const expected = datesOn('2022-10-04', '2022-12-01', ['TU']).map((d) =>
      row(
        '0000021',
        `${d}T14:00:00Z`,
        'Music School',
        `${d}T14:00:00Z`,
        `${d}T15:00:00Z`,
        false,
        null,
      ),
    );
    expect(expected).toHaveLength(9);
    expectListing(r, expected);
    expect(r.stderr).toMatch(/warning: .*\(GMT \+01:00\)/);
  });

  it('floating-dtstart-custom-vtimezone.ics: floating time ignores an unreferenced VTIMEZONE', async () => {
    const r = await expand('floating-dtstart-custom-vtimezone.ics', '2025-06-01', '2025-07-01');
    // DTSTART:20250610T140000 is floating; no X-WR-TIMEZONE → org timezone UTC. The VTIMEZONE
    // "Customized Time Zone 1" is referenced by no TZID, so it does not apply. 14:00Z–15:00Z.
    expectListing(r, [
      row(
        'floating-with-custom-vtimezone@test',
        null,
        'Floating DTSTART with custom VTIMEZONE',
        '2025-06-10T14:00:00Z',
        '2025-06-10T15:00:00Z',
        false,
        null,
      ),
    ]);
  });

  it('yearly-party.ics: Europe/Berlin and Etc/GMT-2 yearly series', async () => {
    const r = await expand('yearly-party.ics', '2022-01-01', '2025-01-01');
    // 000021a: 2022-07-14 14:00–21:00 Europe/Berlin, CEST (UTC+2) → 12:00Z–19:00Z; YEARLY → Jul 14
    // of 2022, 2023, 2024 (always CEST). 000021b: Etc/GMT-2 is UTC+2 (POSIX sign) all year →
    // Jul 15 14:00–21:00 = 12:00Z–19:00Z in 2022, 2023, 2024.
    const expected: Row[] = [];
    for (const y of ['2022', '2023', '2024']) {
      expected.push(
        row(
          '000021a',
          `${y}-07-14T12:00:00Z`,
          'Party',
          `${y}-07-14T12:00:00Z`,
          `${y}-07-14T19:00:00Z`,
          false,
          null,
        ),
        row(
          '000021b',
          `${y}-07-15T12:00:00Z`,
          'Party next day',
          `${y}-07-15T12:00:00Z`,
          `${y}-07-15T19:00:00Z`,
          false,
          null,
        ),
      );
    }
    expectListing(r, expected);
  });

  it('dst-transition-rules.ics: leading blanks before BEGIN:VCALENDAR; floating time', async () => {
    const r = await expand('dst-transition-rules.ics', '2022-10-01', '2022-11-01');
    // Line 1 is "                  BEGIN:VCALENDAR": the blanks are not a fold (nothing precedes
    // them) and the file is readable. DTSTART:20221009T100000 is floating (the Europe/Amsterdam
    // VTIMEZONE is not referenced) → UTC: 10:00Z–11:00Z.
    expectListing(r, [
      row(
        'f683404f-aede-43eb-8774-27f62bb27c92',
        null,
        'Morgendienst',
        '2022-10-09T10:00:00Z',
        '2022-10-09T11:00:00Z',
        false,
        null,
      ),
    ]);
  });

  it('exchange-custom-tz.ics: Exchange label TZID defined by a VTIMEZONE with escaped commas', async () => {
    const r = await expand('exchange-custom-tz.ics', '2019-04-01', '2019-05-01');
    // VTIMEZONE TZID "(UTC+07:00) Bangkok\, Hanoi\, Jakarta" (TEXT: "\," is ",") matches the
    // DTSTART's TZID; it is UTC+7 all year (also the label's zone, Asia/Bangkok).
    // 2019-04-30 09:00–12:00 +07 = 02:00Z–05:00Z. UID is folded over two lines.
    expectListing(r, [
      row(
        '040000008200E00074C5B7101A82E00800000000C9AB6E5A6AFED401000000000000000010000000C55132227F0F0948A7D58F6190A3AEF9',
        null,
        'Test event',
        '2019-04-30T02:00:00Z',
        '2019-04-30T05:00:00Z',
        false,
        'CONFIRMED',
      ),
    ]);
  });

  it('bad_ms_tz.ics: "Customized Time Zone" VTIMEZONE with US rules, UTC UNTIL', async () => {
    const r = await expand('bad_ms_tz.ics', '2020-08-01', '2021-01-01');
    // VTIMEZONE "Customized Time Zone": DAYLIGHT -0400 from the 2nd Sunday of March, STANDARD
    // -0500 from the 1st Sunday of November (US Eastern rules; the 1601 DTSTARTs only anchor them).
    // DTSTART Tue 2020-08-25 10:35, DTEND 11:50 (75 min). WEEKLY;BYDAY=TU,TH;
    // UNTIL=20201217T153500Z = Thu Dec 17 10:35 EST → included. Tuesdays and Thursdays Aug 25 …
    // Dec 17 = 34 instances. Until Oct 29: EDT → 14:35Z–15:50Z; from Nov 3 (DST ended Sun Nov 1):
    // EST → 15:35Z–16:50Z.
    const expected = datesOn('2020-08-25', '2020-12-17', ['TU', 'TH']).map((d) => {
      const start = utcOf(d, '10:35', d < '2020-11-01' ? -4 : -5);
      return row(
        '1173422081SZR322',
        start,
        '[private]',
        start,
        plusMinutes(start, 75),
        false,
        'CONFIRMED',
      );
    });
    expect(expected).toHaveLength(34);
    expect(expected.map((x) => x.start)).toEqual(
      expect.arrayContaining([
        '2020-10-29T14:35:00Z',
        '2020-11-03T15:35:00Z',
        '2020-12-17T15:35:00Z',
      ]),
    );
    expectListing(r, expected);
  });

  it('mixed-timezone-handling.ics: floating (X-WR-TIMEZONE), UTC, TZID and two kinds of date', async () => {
    const r = await expand('mixed-timezone-handling.ics', '2002-10-01', '2002-11-01');
    // X-WR-TIMEZONE US/Pacific (IANA link to America/Los_Angeles) is the floating zone.
    // 1 floating 2002-10-28 01:20:30: US DST of 2002 ended Sun Oct 27 → PST (UTC-8) → 09:20:30Z;
    //   DTEND Oct 29 01:20:30 PST → Oct 29 09:20:30Z.
    // 2 UTC 2002-10-28T01:20:30Z → 2002-10-29T01:20:30Z.
    // 3 America/New_York Oct 28 01:20:30 EST (UTC-5) = 06:20:30Z → Oct 29 06:20:30Z.
    // 4 VALUE=DATE 20021028 → 20021029: all-day Oct 28.
    // 5 DTSTART:20021028 without VALUE=DATE is a date too: all-day Oct 28.
    expectListing(r, [
      row(
        '1C9439B1-FF65-11D6-9973-003065F99D04',
        null,
        'No Timezone',
        '2002-10-28T09:20:30Z',
        '2002-10-29T09:20:30Z',
        false,
        null,
      ),
      row(
        '2C9439B1-FF65-11D6-9973-003065F99D04',
        null,
        'UTC Timezone',
        '2002-10-28T01:20:30Z',
        '2002-10-29T01:20:30Z',
        false,
        null,
      ),
      row(
        '3C9439B1-FF65-11D6-9973-003065F99D04',
        null,
        'Inline Timezone',
        '2002-10-28T06:20:30Z',
        '2002-10-29T06:20:30Z',
        false,
        null,
      ),
      row(
        '4C9439B1-FF65-11D6-9973-003065F99D04',
        null,
        'Date Only (Explicit)',
        '2002-10-28',
        '2002-10-29',
        true,
        null,
      ),
      row(
        '5C9439B1-FF65-11D6-9973-003065F99D04',
        null,
        'Date Only (Implicit)',
        '2002-10-28',
        '2002-10-29',
        true,
        null,
      ),
    ]);
  });

  it('test_with_multiple_tzids_in_vtimezone.ics: floating event beside a broken VTIMEZONE', async () => {
    const r = await expand('test_with_multiple_tzids_in_vtimezone.ics', '2024-06-01', '2024-07-01');
    // The VTIMEZONE has two TZIDs but no event references it. DTSTART:20240627T000000 is floating,
    // no X-WR-TIMEZONE → UTC: 2024-06-27 00:00Z–23:00Z.
    expectListing(r, [
      row(
        '1891-1709856000-1709942399@www.washougal.k12.wa.us',
        null,
        'Possible Snow Makeup Day',
        '2024-06-27T00:00:00Z',
        '2024-06-27T23:00:00Z',
        false,
        null,
      ),
    ]);
  });

  it('vtimezone-year-0001-dtstart.ics: Windows-named VTIMEZONE whose rules start in year 1', async () => {
    const r = await expand('vtimezone-year-0001-dtstart.ics', '2024-06-01', '2024-07-01');
    // The file's VTIMEZONE "W. Europe Standard Time" wins (§3.2.19): +0100, +0200 from the last
    // Sunday of March to the last Sunday of October (anchored at 0001-03-25 / 0001-10-28).
    // 2024-06-01 10:00–11:00 CEST = 08:00Z–09:00Z.
    expectListing(r, [
      row(
        'vtimezone-year-0001-test@node-ical',
        null,
        'Test event with year-0001 VTIMEZONE',
        '2024-06-01T08:00:00Z',
        '2024-06-01T09:00:00Z',
        false,
        null,
      ),
    ]);
  });

  it('multi-era-vtimezone.ics: VTIMEZONE with pre-2007 and 2007+ US rules', async () => {
    const r = await expand('multi-era-vtimezone.ics', '1985-01-01', '2026-01-01');
    // 1985-10-15 14:00: era 1 (DST 1st Sunday of April – last Sunday of October = Oct 27, 1985) →
    // EDT (UTC-4) → 18:00Z–19:00Z. 2025-06-10 14:00: the latest onset before it is a DAYLIGHT one
    // under either era's rules (Mar 9 / Apr 6) → EDT → 18:00Z–19:00Z.
    expectListing(r, [
      row(
        'multi-era-1985@test',
        null,
        'Event in 1985 (old rule)',
        '1985-10-15T18:00:00Z',
        '1985-10-15T19:00:00Z',
        false,
        null,
      ),
      row(
        'multi-era-2025@test',
        null,
        'Event in 2025 (modern rule)',
        '2025-06-10T18:00:00Z',
        '2025-06-10T19:00:00Z',
        false,
        null,
      ),
    ]);
  });

  for (const [file, tzid] of [
    ['bad_custom_ms_tz.ics', 'tzone://Microsoft/Custom'],
    ['bad_custom_ms_tz2.ics', 'Customized Time Zone 1'],
  ] as const) {
    it(`${file}: unknown TZID "${tzid}" read as UTC; negative DURATION skipped`, async () => {
      const r = await expand(file, '2021-03-01', '2021-05-01');
      // 1 TZID "${tzid}" without a VTIMEZONE → unknown (warning) → UTC: 2021-03-25 10:35Z–11:50Z.
      // 2 DTSTART 2021-04-01T19:30Z with neither DTEND nor DURATION: an instant (end = start).
      // 3 DTSTART 2021-04-01 (date), DURATION:-PT1W1D2H3M4S: negative, so the event ends before it
      //   starts → skipped with a reason (the VEVENT at line 37).
      expectListing(r, [
        row(
          '1173422081SZR322',
          null,
          '[private]',
          '2021-03-25T10:35:00Z',
          '2021-03-25T11:50:00Z',
          false,
          'CONFIRMED',
        ),
        row(
          '*masked-away*@google.com',
          null,
          '*masked-away*',
          '2021-04-01T19:30:00Z',
          '2021-04-01T19:30:00Z',
          false,
          'TENTATIVE',
        ),
      ]);
      expect(r.stderr).toContain(`warning: `);
      expect(r.stderr).toContain(tzid);
      expect(r.stderr).toMatch(/:(37|40): skipped: /);
    });
  }

  it('google-calendar-kiev-tz.ics: override before its master, UTC UNTIL, Kiev VTIMEZONE', async () => {
    const r = await expand('google-calendar-kiev-tz.ics', '2016-08-01', '2016-09-01');
    // Master: 2016-08-25 14:00 Europe/Kiev (file VTIMEZONE: EEST, UTC+3) = 11:00Z, 1 h. DAILY;
    // UNTIL=20160828T110000Z → Aug 25, 26, 27, 28 (Aug 28 11:00Z = UNTIL, inclusive).
    // Override RECURRENCE-ID Aug 26 14:00 Kiev = 11:00Z → replaces Aug 26 with "bla bla", same time.
    const uid = '6m2q7kb2l02798oagemrcgm6pk@google.com';
    const at = (d: string): string => `2016-08-${d}T11:00:00Z`;
    const end = (d: string): string => `2016-08-${d}T12:00:00Z`;
    expectListing(r, [
      row(uid, at('25'), 'repeated', at('25'), end('25'), false, 'CONFIRMED'),
      row(uid, at('26'), 'bla bla', at('26'), end('26'), false, 'CONFIRMED'),
      row(uid, at('27'), 'repeated', at('27'), end('27'), false, 'CONFIRMED'),
      row(uid, at('28'), 'repeated', at('28'), end('28'), false, 'CONFIRMED'),
    ]);
  });

  it('test_with_int_tzid.ics: VTIMEZONE named " 1", defined after the event', async () => {
    const r = await expand('test_with_int_tzid.ics', '2023-12-01', '2024-02-01');
    // 1 Europe/Paris 2023-12-15 15:00–16:00 CET (UTC+1) = 14:00Z–15:00Z.
    // 2 TZID " 1" = the file's VTIMEZONE " 1" (CET/CEST on the EU rules): 2024-01-08 11:00–12:00
    //   CET = 10:00Z–11:00Z. UID folded over two lines.
    expectListing(r, [
      row(
        'df21da35-3a0b-434a-9211-da9f9095fb16',
        null,
        'test export import',
        '2023-12-15T14:00:00Z',
        '2023-12-15T15:00:00Z',
        false,
        null,
      ),
      row(
        '040000008200E00074C5B7101A82E008000000008D1F7DAB8632DA010000000000000000100000008EF89A92C90D1342BF1F2CB714276CCC',
        null,
        'Atelier groupes portail/Nuage',
        '2024-01-08T10:00:00Z',
        '2024-01-08T11:00:00Z',
        false,
        'CONFIRMED',
      ),
    ]);
  });

  it('Office-2012-owa.ics: Exchange display labels (GMT and UTC forms), no UIDs', async () => {
    const r = await expand('Office-2012-owa.ics', '2020-10-01', '2021-09-01');
    // No VEVENT has a UID: each is its own event. SUMMARY values start with a blank (compared
    // trimmed, see the report).
    // "TEST Syd": "(GMT+10:00) Canberra, Melbourne, Sydney" = AUS Eastern Standard Time →
    //   Australia/Sydney; DST began Oct 4, 2020 → AEDT (UTC+11): Oct 28 13:30–15:00 = 02:30Z–04:00Z.
    // "TEST": "(UTC-05:00) Eastern Time (US & Canada)" → America/New_York; Oct 28 13:30–15:00 EDT
    //   = 17:30Z–19:00Z.
    // "TEST 3": Nov 2 13:30–15:00 EST (DST ended Sun Nov 1) = 18:30Z–20:00Z.
    // "TEST2": same time, WEEKLY;BYDAY=TH,FR;UNTIL=20210828T140000Z. DTSTART (Mon Nov 2) is the
    //   first instance, then every Thursday and Friday Nov 5, 2020 … Fri Aug 27, 2021 (86), EST
    //   (18:30Z) until Mar 12, EDT (17:30Z) from Mar 18 (DST began Sun Mar 14, 2021).
    const test2Days = ['2020-11-02', ...datesOn('2020-11-05', '2021-08-28', ['TH', 'FR'])];
    expect(test2Days).toHaveLength(87);
    const test2 = test2Days.map((d) => {
      const start = utcOf(d, '13:30', d < '2021-03-14' ? -5 : -4);
      return row(anyUid(), start, 'TEST2', start, plusMinutes(start, 90), false, 'CONFIRMED');
    });
    expectListing(r, [
      row(
        anyUid(),
        null,
        'TEST Syd',
        '2020-10-28T02:30:00Z',
        '2020-10-28T04:00:00Z',
        false,
        'CONFIRMED',
      ),
      row(
        anyUid(),
        null,
        'TEST',
        '2020-10-28T17:30:00Z',
        '2020-10-28T19:00:00Z',
        false,
        'CONFIRMED',
      ),
      row(
        anyUid(),
        null,
        'TEST 3',
        '2020-11-02T18:30:00Z',
        '2020-11-02T20:00:00Z',
        false,
        'CONFIRMED',
      ),
      ...test2,
    ]);
    // One series, three other events: four identities.
    const uidOf = (summary: string): Set<unknown> =>
      new Set(r.rows.filter((x) => x['summary'] === summary).map((x) => x['uid']));
    expect(uidOf('TEST2').size).toBe(1);
    const all = new Set(r.rows.map((x) => x['uid']));
    expect(all.size).toBe(4);
  });

  it('ms_timezones.ics: a DTSTART whose quoted TZID swallows the value makes the file malformed', async () => {
    const r = await expand('ms_timezones.ics', '2020-06-01', '2021-04-01');
    // Line 152 is `DTSTART;TZID="W. Europe Standard Time:20200609T090000"`: the ':' is inside the
    // quoted parameter value, so the content line has no ':' between parameters and value
    // (RFC 5545 §3.1) → a malformed line: exit 2, `file:152: message`, nothing listed.
    expect(r.code).toBe(2);
    expect(r.rows).toEqual([]);
    expect(r.stderr).toMatch(/ms_timezones\.ics:152: /);
  });

  it('meetup-timed-tz.ics: America/Phoenix from the file VTIMEZONE (no DST)', async () => {
    const r = await expand('meetup-timed-tz.ics', '2011-11-01', '2011-12-01');
    // VTIMEZONE America/Phoenix: MST (UTC-7) only. 2011-11-09 19:00–21:00 MST = Nov 10 02:00Z–04:00Z.
    expectListing(r, [
      row(
        'event_nsmxnyppbfc@meetup.com',
        null,
        'Phoenix Drupal User Group Monthly Meetup',
        '2011-11-10T02:00:00Z',
        '2011-11-10T04:00:00Z',
        false,
        'CONFIRMED',
      ),
    ]);
  });

  it('tentative-apple-calendar.ics: UTC and Vancouver times, every STATUS kind', async () => {
    const r = await expand('tentative-apple-calendar.ics', '2022-07-01', '2022-08-01');
    // 1 2022-07-04 23:00Z–23:50Z, TENTATIVE.
    // 2 America/Vancouver Jul 5 09:00–10:00 PDT (UTC-7) = 16:00Z–17:00Z, CONFIRMED.
    // 3 Jul 6 13:00–14:00 PDT = 20:00Z–21:00Z, CANCELLED: listed with its status, not dropped.
    // 4 Jul 7 09:00–10:00 PDT = 16:00Z–17:00Z, no STATUS → null.
    expectListing(r, [
      row(
        '31a1ffc9-9b76-465b-ae4a-cadb694c9d37',
        null,
        'Tentative',
        '2022-07-04T23:00:00Z',
        '2022-07-04T23:50:00Z',
        false,
        'TENTATIVE',
      ),
      row(
        'F00F3710-BF4D-46D3-9A2C-1037AB24C6AC',
        null,
        'Confirmed',
        '2022-07-05T16:00:00Z',
        '2022-07-05T17:00:00Z',
        false,
        'CONFIRMED',
      ),
      row(
        '8CAB46C5-669F-4249-B1AD-52BFA72F4E0A',
        null,
        'Cancelled',
        '2022-07-06T20:00:00Z',
        '2022-07-06T21:00:00Z',
        false,
        'CANCELLED',
      ),
      row(
        '99F615DE-82C6-4CEF-97B8-CD0D3E1EE0D3',
        null,
        'No Status',
        '2022-07-07T16:00:00Z',
        '2022-07-07T17:00:00Z',
        false,
        null,
      ),
    ]);
  });
});
