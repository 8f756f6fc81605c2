// Storing one owner's calendar export. A re-import replaces that owner's copies inside the
// expansion window (so instances that disappeared go too) and re-merges every meeting it touched,
// all in one transaction: a failure leaves the database as it was before the file.
import type { Insertable, Kysely } from 'kysely';
import type { OccurrenceCopy } from '../core/calendar-copies/copy.js';
import { mergeCopies } from '../core/calendar-copies/merge-copies.js';
import type {
  AttendanceTable,
  CalendarsTable,
  OccurrenceCopiesTable,
  OccurrencesTable,
} from './calendar-tables.js';
import type { OrientSchema } from './schema.js';
import { inTransaction } from './transaction.js';

export interface OwnerCalendar {
  owner: string;
  sourceFile: string;
  /** The expansion window, ISO UTC: copies of this owner inside it are replaced. */
  window: { from: string; to: string };
  calendarName: string | null;
  floatingZone: string;
  events: number;
  skipped: number;
  warnings: number;
  copies: readonly OccurrenceCopy[];
}

export interface StoreResult {
  /** Copies of this owner that were not there before. */
  added: number;
  /** Copies of this owner that are gone (cancelled or deleted since the last export). */
  removed: number;
  /** Meetings (UIDs) re-merged. */
  merged: number;
}

const COPY_ROWS_PER_INSERT = 200; // 14 parameters a row
const ROWS_PER_INSERT = 500;
const KEYS_PER_QUERY = 400;

type Db = Kysely<OrientSchema>;

export async function storeOwnerCalendar(
  db: Db,
  calendar: OwnerCalendar,
  now: string,
): Promise<StoreResult> {
  return inTransaction(db, async (trx) => {
    const old = await trx
      .selectFrom('occurrence_copies')
      .select(['uid', 'recurrence_key'])
      .where('owner_email', '=', calendar.owner)
      .where('start_utc', '<', calendar.window.to)
      .where('end_utc', '>=', calendar.window.from)
      .execute();
    const oldKeys = new Set(old.map((r) => keyOf(r.uid, r.recurrence_key)));
    await trx
      .deleteFrom('occurrence_copies')
      .where('owner_email', '=', calendar.owner)
      .where('start_utc', '<', calendar.window.to)
      .where('end_utc', '>=', calendar.window.from)
      .execute();

    const rows = dedupeCopies(calendar.copies).map(toCopyRow);
    for (let i = 0; i < rows.length; i += COPY_ROWS_PER_INSERT) {
      await trx
        .insertInto('occurrence_copies')
        .values(rows.slice(i, i + COPY_ROWS_PER_INSERT))
        .onConflict((c) =>
          c.columns(['owner_email', 'uid', 'recurrence_key']).doUpdateSet((eb) => copyUpdate(eb)),
        )
        .execute();
    }
    const newKeys = new Set(rows.map((r) => keyOf(r.uid, r.recurrence_key)));
    let added = 0;
    for (const k of newKeys) if (!oldKeys.has(k)) added++;
    let removed = 0;
    for (const k of oldKeys) if (!newKeys.has(k)) removed++;

    const touched = new Set<string>();
    for (const k of oldKeys) touched.add(splitKey(k)[0]);
    for (const r of rows) touched.add(r.uid);
    await remerge(trx, [...touched]);
    await upsertCalendar(trx, calendar, rows.length, now);
    return { added, removed, merged: touched.size };
  });
}

function copyUpdate(eb: { ref(name: string): unknown }): Record<string, unknown> {
  const cols = [
    'start_utc',
    'end_utc',
    'all_day',
    'summary',
    'status',
    'transparent',
    'organizer_email',
    'organizer_name',
    'sequence',
    'modified',
    'attendees',
  ];
  return Object.fromEntries(cols.map((c) => [c, eb.ref(`excluded.${c}`)]));
}

/** One export can list the same instance twice (an RDATE equal to a rule instance): keep one. */
function dedupeCopies(copies: readonly OccurrenceCopy[]): OccurrenceCopy[] {
  const seen = new Map<string, OccurrenceCopy>();
  for (const c of copies) seen.set(keyOf(c.uid, c.recurrenceKey), c);
  return [...seen.values()];
}

/** Re-merges every instance of the given UIDs from all owners' copies. */
async function remerge(trx: Db, uids: readonly string[]): Promise<void> {
  for (const batch of chunks(uids, KEYS_PER_QUERY)) {
    const copies = await trx
      .selectFrom('occurrence_copies')
      .selectAll()
      .where('uid', 'in', batch)
      .execute();
    await trx.deleteFrom('attendance').where('uid', 'in', batch).execute();
    await trx.deleteFrom('occurrences').where('uid', 'in', batch).execute();
    const groups = new Map<string, OccurrenceCopy[]>();
    for (const row of copies) {
      const k = keyOf(row.uid, row.recurrence_key);
      const list = groups.get(k);
      if (list) list.push(fromCopyRow(row));
      else groups.set(k, [fromCopyRow(row)]);
    }
    const occurrenceRows: Insertable<OccurrencesTable>[] = [];
    const attendanceRows: Insertable<AttendanceTable>[] = [];
    for (const group of groups.values()) {
      const { occurrence: o, attendance } = mergeCopies(group);
      occurrenceRows.push({
        uid: o.uid,
        recurrence_key: o.recurrenceKey,
        start_utc: o.start,
        end_utc: o.end,
        all_day: o.allDay ? 1 : 0,
        summary: o.summary,
        status: o.status,
        transparent: o.transparent ? 1 : 0,
        organizer_email: o.organizer,
        sequence: o.sequence,
        modified: o.modified,
        copies: o.copies,
        no_attendees: o.noAttendees ? 1 : 0,
      });
      for (const a of attendance) {
        attendanceRows.push({
          uid: a.uid,
          recurrence_key: a.recurrenceKey,
          email: a.email,
          name: a.name,
          partstat: a.partstat,
          partstat_source: a.partstatSource,
          cutype: a.cutype,
          is_organizer: a.isOrganizer ? 1 : 0,
          is_attendee: a.isAttendee ? 1 : 0,
          in_own_calendar: a.inOwnCalendar ? 1 : 0,
        });
      }
    }
    for (const rows of chunks(occurrenceRows, ROWS_PER_INSERT)) {
      await trx.insertInto('occurrences').values(rows).execute();
    }
    for (const rows of chunks(attendanceRows, ROWS_PER_INSERT)) {
      await trx.insertInto('attendance').values(rows).execute();
    }
  }
}

async function upsertCalendar(
  trx: Db,
  c: OwnerCalendar,
  occurrences: number,
  now: string,
): Promise<void> {
  const row: Insertable<CalendarsTable> = {
    owner_email: c.owner,
    source_file: c.sourceFile,
    imported_at: now,
    window_from: c.window.from,
    window_to: c.window.to,
    calendar_name: c.calendarName,
    floating_zone: c.floatingZone,
    events: c.events,
    occurrences,
    skipped: c.skipped,
    warnings: c.warnings,
  };
  await trx
    .insertInto('calendars')
    .values(row)
    .onConflict((oc) => oc.column('owner_email').doUpdateSet({ ...row, owner_email: undefined }))
    .execute();
}

function toCopyRow(
  c: OccurrenceCopy,
): Insertable<OccurrenceCopiesTable> & { uid: string; recurrence_key: string } {
  return {
    owner_email: c.owner,
    uid: c.uid,
    recurrence_key: c.recurrenceKey,
    start_utc: c.start,
    end_utc: c.end,
    all_day: c.allDay ? 1 : 0,
    summary: c.summary,
    status: c.status,
    transparent: c.transparent ? 1 : 0,
    organizer_email: c.organizer,
    organizer_name: c.organizerName,
    sequence: c.sequence,
    modified: c.modified,
    attendees: JSON.stringify(c.attendees),
  };
}

function fromCopyRow(r: OccurrenceCopiesTable): OccurrenceCopy {
  return {
    owner: r.owner_email,
    uid: r.uid,
    recurrenceKey: r.recurrence_key,
    start: r.start_utc,
    end: r.end_utc,
    allDay: r.all_day === 1,
    summary: r.summary,
    status: r.status,
    transparent: r.transparent === 1,
    organizer: r.organizer_email,
    organizerName: r.organizer_name,
    sequence: Number(r.sequence),
    modified: r.modified,
    attendees: JSON.parse(r.attendees) as OccurrenceCopy['attendees'],
  };
}

function keyOf(uid: string, recurrenceKey: string): string {
  return `${uid}\u0000${recurrenceKey}`;
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
