// `orient import calendars` end to end, on every backend: one meeting in several people's
// exports is stored once (PRODUCT.md rule 2 for whose PARTSTAT counts), re-imports are idempotent
// and replace what they supersede, a malformed file leaves its owner's data alone, and --from/--to
// bound what a series stores. The exports are in roadmap-exports.ts; figures are worked out by
// hand in the comments there and here.
import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../support/backends.js';
import { MARCH, ics, orgWithDirectory, snapshot, vevent, where, type Org } from './org-fixture.js';
import { ROADMAP_UID, roadmapEvents, roadmapExport } from './roadmap-exports.js';

/** Writes the three roadmap exports of `version` into the org's calendar folder. */
function writeRoadmap(org: Org, version: 1 | 2): void {
  for (const owner of ['pm', 'ana', 'cy'] as const) {
    org.writeExport(`${owner}@acme.com.ics`, roadmapExport(owner, version));
  }
}

/** An occurrences row as one line: instance key, UTC times, SEQUENCE, copies, title. */
function occurrenceLine(o: Record<string, unknown>): string {
  const [start, end] = [String(o['start_utc']), String(o['end_utc'])];
  expect(end.slice(0, 10)).toBe(start.slice(0, 10));
  const times = `${start.slice(0, 16)}–${end.slice(11, 16)}Z`;
  return `key ${String(o['recurrence_key'])}  ${times}  seq ${String(o['sequence'])}  ${String(o['copies'])} copies  ${String(o['summary'])}`;
}

const importMarch = (org: Org, ...extra: string[]) =>
  org.orient('import', 'calendars', org.calendars, ...MARCH, ...extra);

describe.each(BACKENDS)('orient import calendars (%s)', (backend) => {
  it('stores a meeting found in three exports once per instance, PARTSTAT per rule 2', async () => {
    const org = await orgWithDirectory(backend);
    writeRoadmap(org, 1);
    const run = await importMarch(org);
    expect(run.code, run.stderr).toBe(0);
    // Events: Ana 1 + Cy 1 + Pat 2 (the series and its moved instance) = 4 VEVENTs.
    // Occurrences: 3 files × 4 instances = 12 copies (the summary counts copies).
    expect(run.stdout).toContain('3 of 3 files imported: 4 events, 12 occurrences.');

    const db = await snapshot(org.target);
    expect(db['occurrence_copies']).toHaveLength(12);
    // One row per instance; the newest copy (highest SEQUENCE, then LAST-MODIFIED) gives the
    // title and times: Pat's SEQUENCE 1 beats Ana's SEQUENCE 0 "Roadmap sync" although Ana's is
    // modified later, and Pat's SEQUENCE 2 override moves 16 March to 15:00Z.
    expect(db['occurrences']!.map(occurrenceLine)).toEqual([
      'key 2026-03-02T15:00:00Z  2026-03-02T15:00–16:00Z  seq 1  3 copies  Roadmap planning',
      'key 2026-03-09T14:00:00Z  2026-03-09T14:00–15:00Z  seq 1  3 copies  Roadmap planning',
      'key 2026-03-16T14:00:00Z  2026-03-16T15:00–16:00Z  seq 2  3 copies  Roadmap planning (moved)',
      'key 2026-03-23T14:00:00Z  2026-03-23T14:00–15:00Z  seq 1  3 copies  Roadmap planning',
    ]);
    expect(where(db['occurrences'], 'organizer_email', 'pm@acme.com')).toHaveLength(4);

    // 4 people × 4 instances. Every instance agrees (Ana declined the whole series):
    //   ana DECLINED from her own copy, though Pat's (the newest) says NEEDS-ACTION;
    //   bo  ACCEPTED from the organiser's copy, though Ana's and Cy's say TENTATIVE;
    //   cy  ACCEPTED and pm ACCEPTED from their own copies.
    const attendance = db['attendance']!;
    expect(attendance).toHaveLength(16);
    const expected = {
      'ana@acme.com': ['DECLINED', 'own', 0, 1],
      'bo@acme.com': ['ACCEPTED', 'organizer', 0, 0],
      'cy@acme.com': ['ACCEPTED', 'own', 0, 1],
      'pm@acme.com': ['ACCEPTED', 'own', 1, 1],
    };
    for (const [email, [partstat, source, organizer, own]] of Object.entries(expected)) {
      const rows = where(attendance, 'email', email);
      expect(rows, email).toHaveLength(4);
      for (const a of rows) {
        expect(a, email).toMatchObject({
          uid: ROADMAP_UID,
          partstat,
          partstat_source: source,
          is_organizer: organizer,
          is_attendee: 1,
          in_own_calendar: own,
        });
      }
    }
  });

  it('re-importing the same folder changes nothing', async () => {
    const org = await orgWithDirectory(backend);
    writeRoadmap(org, 1);
    expect((await importMarch(org)).code).toBe(0);
    const first = await snapshot(org.target);
    const again = await importMarch(org);
    expect(again.code, again.stderr).toBe(0);
    // Per file: events, occurrences, new, gone: nothing new, nothing gone.
    expect(again.stdout).toMatch(
      /ana@acme\.com\.ics\s+ana@acme\.com\s+1\s+4\s+0\s+0\s+0\s+0\s+imported/,
    );
    expect(again.stdout).toMatch(
      /pm@acme\.com\.ics\s+pm@acme\.com\s+2\s+4\s+0\s+0\s+0\s+0\s+imported/,
    );
    expect(await snapshot(org.target)).toEqual(first);
  });

  it('an updated export replaces what it supersedes: a cancelled and a deleted instance', async () => {
    const org = await orgWithDirectory(backend);
    writeRoadmap(org, 1);
    expect((await importMarch(org)).code).toBe(0);
    writeRoadmap(org, 2);
    const run = await importMarch(org);
    expect(run.code, run.stderr).toBe(0);
    // Each export loses the 23 March copy (EXDATE): gone = 1 per file, nothing new.
    for (const owner of ['pm', 'ana', 'cy']) {
      expect(run.stdout).toMatch(
        new RegExp(`${owner}@acme\\.com\\.ics\\s+${owner}@acme\\.com\\s+\\d+\\s+3\\s+0\\s+1\\s`),
      );
    }
    const db = await snapshot(org.target);
    // 3 instances × 3 copies left.
    expect(db['occurrence_copies']).toHaveLength(9);
    expect(where(db['occurrence_copies'], 'recurrence_key', '2026-03-23T14:00:00Z')).toEqual([]);
    expect(where(db['attendance'], 'recurrence_key', '2026-03-23T14:00:00Z')).toEqual([]);
    // 9 March: Pat's SEQUENCE 3 override says CANCELLED; Ana's and Cy's copies still hold the
    // plain instance, but the newest copy wins. 16 March keeps Pat's move.
    expect(
      db['occurrences']!.map((o) => [o['recurrence_key'], o['status'], o['start_utc']]),
    ).toEqual([
      ['2026-03-02T15:00:00Z', null, '2026-03-02T15:00:00Z'],
      ['2026-03-09T14:00:00Z', 'CANCELLED', '2026-03-09T14:00:00Z'],
      ['2026-03-16T14:00:00Z', null, '2026-03-16T15:00:00Z'],
    ]);
    // The cancelled instance keeps its attendance rows (rule 2 excludes it when counting).
    expect(where(db['attendance'], 'recurrence_key', '2026-03-09T14:00:00Z')).toHaveLength(4);
  });

  it('a malformed file keeps its owner’s earlier data; the other files still import', async () => {
    const org = await orgWithDirectory(backend);
    writeRoadmap(org, 1);
    expect((await importMarch(org)).code).toBe(0);
    const before = await snapshot(org.target);

    // Ana's new export is cut off inside its VEVENT (line 4 opens it; line 7 is the last).
    const good = roadmapExport('ana', 1);
    org.writeExport('ana@acme.com.ics', good.slice(0, good.indexOf('DTSTART')));
    expect(good.split('\r\n')[3]).toBe('BEGIN:VEVENT');
    // Pat's new export adds a one-off "Pricing review" on Tuesday 10 March, 13:00–14:00Z.
    const pricing = vevent(
      'UID:pricing-1@acme.com',
      'DTSTAMP:20260301T000000Z',
      'DTSTART:20260310T130000Z',
      'DTEND:20260310T140000Z',
      'SUMMARY:Pricing review',
      'ORGANIZER:mailto:pm@acme.com',
      'ATTENDEE;PARTSTAT=ACCEPTED:mailto:pm@acme.com',
      'ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:bo@acme.com',
    );
    org.writeExport('pm@acme.com.ics', ics(roadmapEvents('pm', 1), pricing));

    const run = await importMarch(org);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'ana@acme.com.ics: error: line 4: BEGIN:VEVENT is never closed: the file ends early (truncated?)',
    );
    expect(run.stderr).toContain('orient: 1 of 3 files were not imported');
    expect(run.stdout).toMatch(/ana@acme\.com\.ics\s+ana@acme\.com\s+.*NOT IMPORTED/);

    const after = await snapshot(org.target);
    // Ana's copies, her calendars row and her DECLINED answer are as they were.
    expect(where(after['occurrence_copies'], 'owner_email', 'ana@acme.com')).toEqual(
      where(before['occurrence_copies'], 'owner_email', 'ana@acme.com'),
    );
    expect(where(after['calendars'], 'owner_email', 'ana@acme.com')).toEqual(
      where(before['calendars'], 'owner_email', 'ana@acme.com'),
    );
    expect(where(after['attendance'], 'email', 'ana@acme.com')).toEqual(
      where(before['attendance'], 'email', 'ana@acme.com'),
    );
    // Pat's file was imported: the roadmap plus the new meeting, 4 + 1 copies.
    expect(where(after['occurrence_copies'], 'owner_email', 'pm@acme.com')).toHaveLength(5);
    expect(where(after['occurrences'], 'uid', 'pricing-1@acme.com')).toMatchObject([
      { start_utc: '2026-03-10T13:00:00Z', end_utc: '2026-03-10T14:00:00Z', copies: 1 },
    ]);
  });

  it('--from/--to bound an open-ended weekly series to the instances in the window', async () => {
    const org = await orgWithDirectory(backend);
    // Weekly on Mondays 09:00–09:30 New York from 5 January 2026, no end. Mondays in March
    // 2026: 2 (EST → 14:00Z), 9, 16, 23, 30 (EDT → 13:00Z): 5 instances. 23 February (ends
    // 14:30Z on the 23rd) and 6 April are outside [2026-03-01, 2026-04-01).
    org.writeExport(
      'cy@acme.com.ics',
      ics(
        vevent(
          'UID:standup@acme.com',
          'DTSTAMP:20260101T000000Z',
          'DTSTART;TZID=America/New_York:20260105T090000',
          'DTEND;TZID=America/New_York:20260105T093000',
          'RRULE:FREQ=WEEKLY',
          'SUMMARY:Pipeline review',
        ),
      ),
    );
    const run = await importMarch(org);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Expanded 2026-03-01 to 2026-04-01 (exclusive).');
    const db = await snapshot(org.target);
    expect(db['occurrences']!.map((o) => [o['start_utc'], o['end_utc']])).toEqual([
      ['2026-03-02T14:00:00Z', '2026-03-02T14:30:00Z'],
      ['2026-03-09T13:00:00Z', '2026-03-09T13:30:00Z'],
      ['2026-03-16T13:00:00Z', '2026-03-16T13:30:00Z'],
      ['2026-03-23T13:00:00Z', '2026-03-23T13:30:00Z'],
      ['2026-03-30T13:00:00Z', '2026-03-30T13:30:00Z'],
    ]);
    expect(db['calendars']).toMatchObject([
      { window_from: '2026-03-01T00:00:00Z', window_to: '2026-04-01T00:00:00Z', occurrences: 5 },
    ]);
  });

  // Regression: the store once deleted copies with end_utc >= window.from while the reader keeps
  // only end > from, so an occurrence ending exactly at the new --from was lost on re-import.
  it('a re-import with a later --from keeps an occurrence that ends exactly at --from', async () => {
    const org = await orgWithDirectory(backend);
    // Saturday 28 February 23:00Z – Sunday 1 March 00:00Z, imported with February in the window.
    org.writeExport(
      'bo@acme.com.ics',
      ics(
        vevent(
          'UID:late-call@acme.com',
          'DTSTAMP:20260201T000000Z',
          'DTSTART:20260228T230000Z',
          'DTEND:20260301T000000Z',
          'SUMMARY:Late call',
        ),
      ),
    );
    const feb = await org.orient(
      'import',
      'calendars',
      org.calendars,
      '--from',
      '2026-02-01',
      '--to',
      '2026-04-01',
    );
    expect(feb.code, feb.stderr).toBe(0);
    expect((await snapshot(org.target))['occurrences']).toHaveLength(1);
    // March only: the call is outside [03-01, 04-01), so this import must leave it alone.
    const march = await importMarch(org);
    expect(march.code, march.stderr).toBe(0);
    expect((await snapshot(org.target))['occurrences']).toMatchObject([
      { uid: 'late-call@acme.com', end_utc: '2026-03-01T00:00:00Z' },
    ]);
  });
});
