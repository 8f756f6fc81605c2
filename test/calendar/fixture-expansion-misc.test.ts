// `orient expand --json` over the remaining node-ical fixtures: single events, durations,
// duplicates by SEQUENCE, components that are not events, events that must be skipped, and the
// large real-world files (TV guide, TripIt, a 2,400-line file with errors). Expected rows are
// worked out by hand from RFC 5545 and each file's text (comment above each). No config file:
// floating times without X-WR-TIMEZONE are read in UTC.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FIXTURES,
  expand,
  expectDistinctInstances,
  expectListing,
  expectSortedByStart,
  plusMinutes,
  row,
  utcOf,
} from './fixture-expansion-support.js';

describe('orient expand over the node-ical fixtures: events, skips and large files', () => {
  it('covers every file in the fixtures folder', () => {
    const sources = ['misc', 'recurrence', 'timezones']
      .map((part) =>
        readFileSync(new URL(`./fixture-expansion-${part}.test.ts`, import.meta.url), 'utf8'),
      )
      .join('\n');
    const covered = new Set([...sources.matchAll(/'([\w.-]+\.ics)'/g)].map((m) => m[1]));
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.ics'));
    expect(files).toHaveLength(51);
    expect(files.filter((f) => !covered.has(f))).toEqual([]);
  });

  it('attendee-with-url.ics: a VEVENT without DTSTART (or UID) is skipped', async () => {
    const r = await expand('attendee-with-url.ics', '2000-01-01', '2030-01-01');
    // The only VEVENT (line 2) has no DTSTART: nothing to place in time → skipped with a reason.
    expectListing(r, []);
    expect(r.stderr).toMatch(/attendee-with-url\.ics:2: skipped: /);
  });

  it('test_date_duration.ics: DURATION:PT1W is not a valid duration, so the event is skipped', async () => {
    const r = await expand('test_date_duration.ics', '2024-02-01', '2024-03-01');
    // DTSTART:20240215 (8 digits, no VALUE=DATE) is a date. DURATION:PT1W does not match RFC 5545
    // §3.3.6 (dur-week is "P" 1*DIGIT "W"; after "T" only H/M/S may follow), so the event has no
    // valid end → skipped with a reason (VEVENT at line 4). See the report: one could read it as
    // one week (Feb 15 … Feb 22), but that is a guess the RFC does not make.
    expectListing(r, []);
    expect(r.stderr).toMatch(/test_date_duration\.ics:(4|16): skipped: .*DURATION/);
  });

  it('test_date_time_duration.ics: UTC start with DURATION:PT1H15M', async () => {
    const r = await expand('test_date_time_duration.ics', '2024-02-01', '2024-03-01');
    // DTSTART 2024-02-15T09:00Z + 1 h 15 min → 10:15Z.
    expectListing(r, [
      row(
        '20240215T101655-b6e4bbe9@192.168.178.100',
        null,
        'period test2',
        '2024-02-15T09:00:00Z',
        '2024-02-15T10:15:00Z',
        false,
        null,
      ),
    ]);
  });

  it('utf8-french-calendar.ics: only VTODOs, which are not events', async () => {
    const r = await expand('utf8-french-calendar.ics', '2013-01-01', '2014-01-01');
    expectListing(r, []);
  });

  it('event-with-category.ics: five VEVENTs without DTSTART are all skipped', async () => {
    const r = await expand('event-with-category.ics', '2000-01-01', '2030-01-01');
    // UIDs 1–5 (VEVENTs at lines 2, 8, 14, 20, 26) have no DTSTART → each skipped with a reason.
    expectListing(r, []);
    for (const line of [2, 8, 14, 20, 26]) {
      expect(r.stderr).toMatch(new RegExp(`event-with-category\\.ics:${line}: skipped: `));
    }
  });

  it('duplicate-uid-sequence.ics: duplicate single events, the higher SEQUENCE wins', async () => {
    const r = await expand('duplicate-uid-sequence.ics', '2024-01-01', '2024-02-01');
    // duplicate-sequence-test: SEQUENCE 2 (Jan 15 10:00Z–11:00Z) beats SEQUENCE 0 (09:00Z).
    // newer-wins-test: SEQUENCE 3 (Jan 20 14:00Z–15:00Z) beats SEQUENCE 1 (10:00Z).
    expectListing(r, [
      row(
        'duplicate-sequence-test@node-ical.test',
        null,
        'Team Meeting (SEQUENCE 2)',
        '2024-01-15T10:00:00Z',
        '2024-01-15T11:00:00Z',
        false,
        null,
      ),
      row(
        'newer-wins-test@node-ical.test',
        null,
        'Updated version (SEQUENCE 3) - should win',
        '2024-01-20T14:00:00Z',
        '2024-01-20T15:00:00Z',
        false,
        null,
      ),
    ]);
  });

  it('sabredav-school-holidays.ics: a six-week all-day event', async () => {
    const r = await expand('sabredav-school-holidays.ics', '2018-06-01', '2018-09-01');
    // DTSTART;TZID=Europe/Berlin;VALUE=DATE:20180702, DTEND …:20180811 → Jul 2 … Aug 11 (exclusive).
    expectListing(r, [
      row(
        '56df0d2b37ded@67.calovo',
        null,
        'Sommerferien Sachsen',
        '2018-07-02',
        '2018-08-11',
        true,
        'CONFIRMED',
      ),
    ]);
  });

  it('vfreebusy-zimbra.ics: a VFREEBUSY is not an event', async () => {
    const r = await expand('vfreebusy-zimbra.ics', '2014-04-01', '2014-08-01');
    expectListing(r, []);
  });

  it('multi-event-basic.ics: DTEND type mismatch and an unreadable DTSTART are skipped', async () => {
    const r = await expand('multi-event-basic.ics', '2011-01-01', '2012-01-01');
    // "Dyncon 2011" (line 7): DTSTART is a UTC date-time, DTEND a DATE; RFC 5545 §3.8.2.2 requires
    // the same value type → skipped. "Foobar" (line 71): DTSTART;VALUE=DATE:Next Year is no date
    // → skipped. The blank line 77 is ignored. The other seven are all-day (DTEND exclusive).
    expectListing(r, [
      row(
        '480a3ad48af5ed8965241f14920f90524f533c18',
        null,
        '[Async]: Everything Express',
        '2011-03-24',
        '2011-03-25',
        true,
        null,
      ),
      row(
        'ed334cc85db5ebdff5ff5a630a7a48631a677dbe',
        null,
        'JSConf US 2011',
        '2011-05-02',
        '2011-05-04',
        true,
        null,
      ),
      row(
        '25169a7b1ba5c248278f47120a40878055dc8c15',
        null,
        'NodeConf 2011',
        '2011-05-05',
        '2011-05-06',
        true,
        null,
      ),
      row(
        'dafee3be83624f3388c5635662229ff11766bb9c',
        null,
        'BrazilJS',
        '2011-05-13',
        '2011-05-15',
        true,
        null,
      ),
      row(
        '73cad6a09ac4e7310979c6130f871d17d990b5ad',
        null,
        'Falsy Values',
        '2011-05-18',
        '2011-05-21',
        true,
        null,
      ),
      row(
        'b728a5fdb5f292b6293e4a2fd97a1ccfc69e9d6f',
        null,
        'nodecamp.eu',
        '2011-06-11',
        '2011-06-13',
        true,
        null,
      ),
      row(
        '47f6ea3f28af2986a2192fa39a91fa7d60d26b76',
        null,
        'Rich Web Experience 2011',
        '2011-11-29',
        '2011-12-03',
        true,
        null,
      ),
    ]);
    expect(r.stderr).toMatch(/multi-event-basic\.ics:(7|13): skipped: /);
    expect(r.stderr).toMatch(/multi-event-basic\.ics:(71|74): skipped: /);
  });

  it('vtodo-vfreebusy.ics: three events beside a VTODO, a VJOURNAL and a VFREEBUSY', async () => {
    const r = await expand('vtodo-vfreebusy.ics', '2002-10-01', '2003-01-01');
    // US/Pacific = America/Los_Angeles; US DST of 2002 ended Sun Oct 27 → PST (UTC-8) for all three.
    // Coffee: Oct 28 14:00–15:00 PST = 22:00Z–23:00Z. Code Review: Nov 27 12:00 PST = 20:00Z,
    // DURATION PT1H → 21:00Z. Dinner: Dec 16 20:00 PST = Dec 17 04:00Z, PT1H → 05:00Z.
    expectListing(r, [
      row(
        'EC9439B1-FF65-11D6-9973-003065F99D04',
        null,
        'Coffee with Jason',
        '2002-10-28T22:00:00Z',
        '2002-10-28T23:00:00Z',
        false,
        null,
      ),
      row(
        'EC944331-FF65-11D6-9973-003065F99D04',
        null,
        'Code Review',
        '2002-11-27T20:00:00Z',
        '2002-11-27T21:00:00Z',
        false,
        null,
      ),
      row(
        'EC944CFA-FF65-11D6-9973-003065F99D04',
        null,
        'Dinner with T',
        '2002-12-17T04:00:00Z',
        '2002-12-17T05:00:00Z',
        false,
        null,
      ),
    ]);
  });

  it('tv-show-episode.ics: floating times in X-WR-TIMEZONE US/Eastern; a duplicated UID', async () => {
    const r = await expand('tv-show-episode.ics', '2011-03-01', '2011-06-01');
    // DTSTART;VALUE=DATE-TIME:20110519T200000 is floating → X-WR-TIMEZONE US/Eastern
    // (America/New_York). All dates fall between Mar 31 and May 19, 2011: EDT (UTC-4; DST began
    // Mar 13) → start = local + 4 h, 30 min long. 27 VEVENTs; UID 20110421T220000Z-83 appears
    // twice with equal SEQUENCE (none) and DTSTAMP → the later one in the file ("Part 1 of 2",
    // line 122) wins → 26 rows.
    const episodes: [string, string, string, string][] = [
      [
        '20110519T200000Z-79',
        '2011-05-19',
        '20:00',
        'The Big Bang Theory - S04E24 - The Roomate Transmogrfication',
      ],
      [
        '20110512T200000Z-79',
        '2011-05-12',
        '20:00',
        'The Big Bang Theory - S04E23 - The Engagement Reaction',
      ],
      ['20110505T220000Z-83', '2011-05-05', '22:00', '30 Rock - S05E23 - Respawn'],
      [
        '20110505T200000Z-79',
        '2011-05-05',
        '20:00',
        'The Big Bang Theory - S04E22 - The Wildebeest Implementation',
      ],
      ['20110504T230000Z-289', '2011-05-04', '23:00', 'The Daily Show - S16E59 - David Barton'],
      ['20110503T230000Z-289', '2011-05-03', '23:00', 'The Daily Show - S16E58 - Rachel Maddow'],
      ['20110502T230000Z-289', '2011-05-02', '23:00', 'The Daily Show - S16E57 - Philip K. Howard'],
      ['20110428T230000Z-289', '2011-04-28', '23:00', 'The Daily Show - S16E56 - William Cohan'],
      [
        '20110428T220000Z-83',
        '2011-04-28',
        '22:00',
        '30 Rock - S05E22 - Everything Sunny All the Time Always',
      ],
      [
        '20110428T200000Z-79',
        '2011-04-28',
        '20:00',
        'The Big Bang Theory - S04E21 - The Agreement Dissection',
      ],
      [
        '20110427T230000Z-289',
        '2011-04-27',
        '23:00',
        'The Daily Show - S16E55 - Sen. Bernie Sanders',
      ],
      ['20110426T230000Z-289', '2011-04-26', '23:00', 'The Daily Show - S16E54 - Elizabeth Warren'],
      ['20110425T230000Z-289', '2011-04-25', '23:00', 'The Daily Show - S16E53 - Gigi Ibrahim'],
      [
        '20110421T220000Z-83',
        '2011-04-21',
        '22:00',
        '30 Rock - S05E20 - 100th Episode Part 1 of 2',
      ],
      ['20110414T230000Z-289', '2011-04-14', '23:00', 'The Daily Show - S16E52 - Ricky Gervais'],
      ['20110414T220000Z-83', '2011-04-14', '22:00', '30 Rock - S05E19 - I Heart Connecticut'],
      ['20110413T230000Z-289', '2011-04-13', '23:00', 'The Daily Show - S16E51 - Tracy Morgan'],
      [
        '20110412T230000Z-289',
        '2011-04-12',
        '23:00',
        'The Daily Show - S16E50 - Gov. Deval Patrick',
      ],
      ['20110411T230000Z-289', '2011-04-11', '23:00', 'The Daily Show - S16E49 - Foo Fighters'],
      ['20110407T230000Z-289', '2011-04-07', '23:00', 'The Daily Show - S16E48 - Jamie Oliver'],
      [
        '20110407T200000Z-79',
        '2011-04-07',
        '20:00',
        'The Big Bang Theory - S04E20 - The Herb Garden Germination',
      ],
      ['20110406T230000Z-289', '2011-04-06', '23:00', 'The Daily Show - S16E47 - Mike Huckabee'],
      ['20110405T230000Z-289', '2011-04-05', '23:00', 'The Daily Show - S16E46 - Colin Quinn'],
      ['20110404T230000Z-289', '2011-04-04', '23:00', 'The Daily Show - S16E45 - Billy Crystal'],
      ['20110331T230000Z-289', '2011-03-31', '23:00', 'The Daily Show - S16E44 - Norm MacDonald'],
      [
        '20110331T200000Z-79',
        '2011-03-31',
        '20:00',
        'The Big Bang Theory - S04E19 - The Zarnecki Incursion',
      ],
    ];
    const expected = episodes.map(([uid, date, time, summary]) => {
      const start = utcOf(date, time, -4);
      return row(
        `${uid}@tvcountdown.com`,
        null,
        summary,
        start,
        plusMinutes(start, 30),
        false,
        null,
      );
    });
    expect(expected).toHaveLength(26);
    expect(expected[0]?.start).toBe('2011-05-20T00:00:00Z');
    expectListing(r, expected);
  });

  it('tripit-location-escaping.ics: 47 single events, escaped and folded summaries', async () => {
    const r = await expand('tripit-location-escaping.ics', '2011-10-01', '2012-02-01');
    // 47 VEVENTs, none recurring, all distinct UIDs: 6 all-day trips and 41 timed items, most in
    // UTC; two are floating (no X-WR-TIMEZONE → UTC). Sorted by start (an all-day row at UTC
    // midnight of its date).
    expect(r.code, r.stderr).toBe(0);
    expect(r.rows).toHaveLength(47);
    expectSortedByStart(r.rows);
    expectDistinctInstances(r.rows);
    expect(r.rows.filter((x) => x['allDay'] === true)).toHaveLength(6);
    // First three: the trip "South San Francisco\, CA\, October 2011\;" (Oct 11 … 14, exclusive);
    // the floating DTSTART:20111011T100500 → 10:05Z (SUMMARY folded mid-word: "Sout" + "h San…");
    // the flight 14:45Z–16:55Z.
    expect(r.rows.slice(0, 3)).toEqual([
      row(
        'c32a5eaba2354bb29e012ec18da827db90550a3b@tripit.com',
        null,
        'South San Francisco, CA, October 2011;',
        '2011-10-11',
        '2011-10-14',
        true,
        null,
      ),
      row(
        'item-ee275ccffa83f492d9eb63b01953b39f18d4f944@tripit.com',
        null,
        'Directions from SFO to Embassy Suites San Francisco Airport - South San Francisco',
        '2011-10-11T10:05:00Z',
        '2011-10-11T11:05:00Z',
        false,
        null,
      ),
      row(
        'item-c576afd397cf1f90578b4ba35e781b61ba8897db@tripit.com',
        null,
        'US403 PHX to SFO',
        '2011-10-11T14:45:00Z',
        '2011-10-11T16:55:00Z',
        false,
        null,
      ),
    ]);
    // The other floating one: DTSTART:20111025T094000 → 09:40Z–10:40Z.
    expect(r.rows).toContainEqual(
      row(
        'item-962e4f045d12149319d1837ec096bf43770abd6e@tripit.com',
        null,
        'Directions from Hertz to Sofitel San Francisco Bay',
        '2011-10-25T09:40:00Z',
        '2011-10-25T10:40:00Z',
        false,
        null,
      ),
    );
    expect(r.rows).toContainEqual(
      row(
        '2d4b446e63a94ade7dab0f0e9546b2d1965f011c@tripit.com',
        null,
        'Redwood City, CA, November 2011',
        '2011-11-08',
        '2011-11-11',
        true,
        null,
      ),
    );
    // Last three: Jan 6, 2012 01:09Z check-out, 02:00Z car drop-off, 03:09Z–05:05Z flight.
    expect(r.rows.slice(-3)).toEqual([
      row(
        'item-6edc82f6411fd0b66f2f7f6baafa41623a8623a9@tripit.com',
        null,
        'Check-out: Grand Hotel Sunnyvale',
        '2012-01-06T01:09:00Z',
        '2012-01-06T02:09:00Z',
        false,
        null,
      ),
      row(
        'item-58a31b96066ffd09b800af49de59a84f7b7a3a06@tripit.com',
        null,
        'Drop-off Rental Car: Alamo',
        '2012-01-06T02:00:00Z',
        '2012-01-06T03:00:00Z',
        false,
        null,
      ),
      row(
        'item-7884351ce42d503b90ccc48c33c7c30bd4f44767@tripit.com',
        null,
        'CO496 SFO to PHX',
        '2012-01-06T03:09:00Z',
        '2012-01-06T05:05:00Z',
        false,
        null,
      ),
    ]);
  });

  it('large-file-with-late-error.ics: 400 events, six impossible dates, two DTSTARTs at the end', async () => {
    const r = await expand('large-file-with-late-error.ics', '2024-01-01', '2025-01-01');
    // "Event NNN" runs through 31 day slots per month: 001–030 = Jan 2 … 31, 031–061 = Feb 1 … 31,
    // then Mar, Apr, … each 31 slots, up to 365 = Dec 25; 366–400 start again at Jan 2 … Feb 5.
    // All 10:00Z–11:00Z. Slots that are no date (Feb 30, Feb 31, Apr 31, Jun 31, Sep 31, Nov 31 =
    // events 060, 061, 123, 185, 278, 340, VEVENTs at lines 359, 365, 737, 1109, 1667, 2039) are
    // skipped: their DTSTART is not a date-time. The last VEVENT (line 2405) has two DTSTARTs →
    // skipped. The file is readable: exit 0, 394 rows.
    const dateOf = (n: number): string | undefined => {
      const slot = n <= 365 ? n : n - 365;
      const [month, day] =
        slot <= 30 ? [1, slot + 1] : [2 + Math.floor((slot - 31) / 31), ((slot - 31) % 31) + 1];
      const d = new Date(Date.UTC(2024, month - 1, day));
      return d.getUTCMonth() === month - 1 ? d.toISOString().slice(0, 10) : undefined;
    };
    expect([1, 30, 31, 59, 62, 341, 365, 366, 400].map(dateOf)).toEqual([
      '2024-01-02',
      '2024-01-31',
      '2024-02-01',
      '2024-02-29',
      '2024-03-01',
      '2024-12-01',
      '2024-12-25',
      '2024-01-02',
      '2024-02-05',
    ]);
    const expected = [];
    for (let n = 1; n <= 400; n++) {
      const d = dateOf(n);
      const nnn = String(n).padStart(3, '0');
      if (d)
        expected.push(
          row(
            `event${nnn}@example.com`,
            null,
            `Event ${nnn}`,
            `${d}T10:00:00Z`,
            `${d}T11:00:00Z`,
            false,
            null,
          ),
        );
    }
    expect(expected).toHaveLength(394);
    expectListing(r, expected);
    expect(r.rows[0]?.['start']).toBe('2024-01-02T10:00:00Z');
    expect(r.rows.at(-1)?.['uid']).toBe('event365@example.com');
    for (const line of [359, 365, 737, 1109, 1667, 2039]) {
      expect(r.stderr).toMatch(new RegExp(`large-file-with-late-error\\.ics:${line}: skipped: `));
    }
    expect(r.stderr).toMatch(/large-file-with-late-error\.ics:240[5-7]: skipped: .*DTSTART/);
  });
});
