// The calendar store over SQLite and PostgreSQL: copies per owner, one merged row per meeting
// instance, re-imports that replace what they supersede, and all-or-nothing per file.
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CopyAttendee, OccurrenceCopy } from '../../src/core/calendar-copies/copy.js';
import {
  mergePending,
  storeOwnerCalendar as storeOnly,
  type OwnerCalendar,
} from '../../src/storage/calendar-store.js';
import type { OrientDatabase } from '../../src/storage/database.js';
import { BACKENDS, freshDatabase } from '../support/backends.js';

const NOW = '2026-03-01T00:00:00Z';
const WINDOW = { from: '2026-01-01T00:00:00Z', to: '2026-07-01T00:00:00Z' };

const att = (email: string, partstat: string): CopyAttendee => ({
  email,
  name: null,
  partstat,
  cutype: 'INDIVIDUAL',
  role: 'REQ-PARTICIPANT',
});

/** Weekly "Roadmap planning" organised by pm@, with ana@ invited; instance on day `d` of March. */
function planning(
  owner: string,
  d: number,
  anaPartstat: string,
  over: Partial<OccurrenceCopy> = {},
): OccurrenceCopy {
  const day = String(d).padStart(2, '0');
  return {
    owner,
    uid: 'roadmap-1',
    recurrenceKey: `2026-03-${day}T15:00:00Z`,
    start: `2026-03-${day}T15:00:00Z`,
    end: `2026-03-${day}T16:00:00Z`,
    allDay: false,
    summary: 'Roadmap planning',
    status: 'CONFIRMED',
    transparent: false,
    organizer: 'pm@acme.com',
    organizerName: 'Pat',
    sequence: 0,
    modified: '2026-02-01T00:00:00Z',
    attendees: [att('pm@acme.com', 'ACCEPTED'), att('ana@acme.com', anaPartstat)],
    ...over,
  };
}

function calendar(owner: string, copies: OccurrenceCopy[]): OwnerCalendar {
  return {
    owner,
    sourceFile: `${owner}.ics`,
    window: WINDOW,
    calendarName: owner,
    floatingZone: 'UTC',
    events: 1,
    skipped: 0,
    warnings: 0,
    copies,
  };
}

/** Stores one export and merges, as an import of that one file does. */
async function storeOwnerCalendar(database: OrientDatabase, calendar: OwnerCalendar, now: string) {
  const result = await storeOnly(database, calendar, now);
  await mergePending(database);
  return result;
}

async function fresh(backend: (typeof BACKENDS)[number]): Promise<OrientDatabase> {
  const database = await freshDatabase(backend);
  onTestFinished(() => database.close());
  return database;
}

async function state({ db }: OrientDatabase) {
  return {
    copies: await db
      .selectFrom('occurrence_copies')
      .select(['owner_email', 'uid', 'recurrence_key'])
      .orderBy('owner_email')
      .orderBy('recurrence_key')
      .execute(),
    occurrences: await db
      .selectFrom('occurrences')
      .select(['uid', 'recurrence_key', 'start_utc', 'summary', 'copies'])
      .orderBy('recurrence_key')
      .execute(),
    attendance: await db
      .selectFrom('attendance')
      .select(['recurrence_key', 'email', 'partstat', 'partstat_source', 'in_own_calendar'])
      .orderBy('recurrence_key')
      .orderBy('email')
      .execute(),
  };
}

describe.each(BACKENDS)('calendar store on %s', (backend) => {
  it('stores a meeting found in two exports once, with each own PARTSTAT (rule 2)', async () => {
    const database = await fresh(backend);
    await storeOwnerCalendar(
      database,
      calendar('pm@acme.com', [planning('pm@acme.com', 2, 'NEEDS-ACTION')]),
      NOW,
    );
    await storeOwnerCalendar(
      database,
      calendar('ana@acme.com', [planning('ana@acme.com', 2, 'DECLINED')]),
      NOW,
    );
    const s = await state(database);
    expect(s.copies).toHaveLength(2);
    expect(s.occurrences).toEqual([
      {
        uid: 'roadmap-1',
        recurrence_key: '2026-03-02T15:00:00Z',
        start_utc: '2026-03-02T15:00:00Z',
        summary: 'Roadmap planning',
        copies: 2,
      },
    ]);
    expect(s.attendance).toEqual([
      {
        recurrence_key: '2026-03-02T15:00:00Z',
        email: 'ana@acme.com',
        partstat: 'DECLINED',
        partstat_source: 'own',
        in_own_calendar: 1,
      },
      {
        recurrence_key: '2026-03-02T15:00:00Z',
        email: 'pm@acme.com',
        partstat: 'ACCEPTED',
        partstat_source: 'own',
        in_own_calendar: 1,
      },
    ]);
  });

  it('is idempotent: the same export twice changes nothing', async () => {
    const database = await fresh(backend);
    const copies = [planning('pm@acme.com', 2, 'ACCEPTED'), planning('pm@acme.com', 9, 'ACCEPTED')];
    const first = await storeOwnerCalendar(database, calendar('pm@acme.com', copies), NOW);
    const before = await state(database);
    const second = await storeOwnerCalendar(database, calendar('pm@acme.com', copies), NOW);
    expect(first).toMatchObject({ added: 2, removed: 0 });
    expect(second).toMatchObject({ added: 0, removed: 0 });
    expect(await state(database)).toEqual(before);
  });

  it('drops instances that disappeared from a newer export, and keeps other owners’ copies', async () => {
    const database = await fresh(backend);
    await storeOwnerCalendar(
      database,
      calendar('pm@acme.com', [
        planning('pm@acme.com', 2, 'ACCEPTED'),
        planning('pm@acme.com', 9, 'ACCEPTED'),
      ]),
      NOW,
    );
    await storeOwnerCalendar(
      database,
      calendar('ana@acme.com', [planning('ana@acme.com', 9, 'ACCEPTED')]),
      NOW,
    );
    // The organiser deleted the 9 March instance: pm's new export lacks it.
    const result = await storeOwnerCalendar(
      database,
      calendar('pm@acme.com', [planning('pm@acme.com', 2, 'ACCEPTED')]),
      NOW,
    );
    expect(result).toMatchObject({ added: 0, removed: 1 });
    let s = await state(database);
    // Ana's (older) export still holds it until she re-imports.
    expect(s.occurrences.map((o) => [o.recurrence_key, o.copies])).toEqual([
      ['2026-03-02T15:00:00Z', 1],
      ['2026-03-09T15:00:00Z', 1],
    ]);
    await storeOwnerCalendar(database, calendar('ana@acme.com', []), NOW);
    s = await state(database);
    expect(s.occurrences.map((o) => o.recurrence_key)).toEqual(['2026-03-02T15:00:00Z']);
    expect(s.attendance.every((a) => a.recurrence_key === '2026-03-02T15:00:00Z')).toBe(true);
  });

  it('takes times and title from the copy with the highest SEQUENCE', async () => {
    const database = await fresh(backend);
    await storeOwnerCalendar(
      database,
      calendar('ana@acme.com', [planning('ana@acme.com', 2, 'ACCEPTED')]),
      NOW,
    );
    const moved = planning('pm@acme.com', 2, 'ACCEPTED', {
      sequence: 3,
      start: '2026-03-02T17:00:00Z',
      end: '2026-03-02T18:00:00Z',
      summary: 'Roadmap planning (moved)',
    });
    await storeOwnerCalendar(database, calendar('pm@acme.com', [moved]), NOW);
    const s = await state(database);
    expect(s.occurrences).toEqual([
      expect.objectContaining({
        start_utc: '2026-03-02T17:00:00Z',
        summary: 'Roadmap planning (moved)',
        copies: 2,
      }),
    ]);
  });

  it('keeps copies outside the new expansion window', async () => {
    const database = await fresh(backend);
    await storeOwnerCalendar(
      database,
      calendar('pm@acme.com', [
        planning('pm@acme.com', 2, 'ACCEPTED'),
        planning('pm@acme.com', 30, 'ACCEPTED'),
      ]),
      NOW,
    );
    const narrow = {
      ...calendar('pm@acme.com', [planning('pm@acme.com', 30, 'ACCEPTED')]),
      window: { from: '2026-03-20T00:00:00Z', to: '2026-04-01T00:00:00Z' },
    };
    await storeOwnerCalendar(database, narrow, NOW);
    expect((await state(database)).occurrences.map((o) => o.recurrence_key)).toEqual([
      '2026-03-02T15:00:00Z',
      '2026-03-30T15:00:00Z',
    ]);
  });

  it('leaves the database as it was when storing a file fails midway', async () => {
    const database = await fresh(backend);
    await storeOwnerCalendar(
      database,
      calendar('pm@acme.com', [planning('pm@acme.com', 2, 'ACCEPTED')]),
      NOW,
    );
    const before = await state(database);
    const bad = planning('pm@acme.com', 9, 'ACCEPTED', { summary: null as unknown as string });
    await expect(
      storeOwnerCalendar(
        database,
        calendar('pm@acme.com', [planning('pm@acme.com', 16, 'ACCEPTED'), bad]),
        NOW,
      ),
    ).rejects.toThrow();
    expect(await state(database)).toEqual(before);
  });
});
