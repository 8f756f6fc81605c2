// Storing calendar exports. A re-import replaces that owner's copies inside the expansion window
// (so instances that disappeared go too), in one transaction per file: a failure leaves the
// database as it was before the file. The UIDs it touched are queued; mergePending() then merges
// every queued meeting once from all owners' copies, however many exports held it.
import type { Insertable, Kysely } from 'kysely';
import type { OccurrenceCopy } from '../core/calendar-copies/copy.js';
import { mergeCopies } from '../core/calendar-copies/merge-copies.js';
import type {
  AttendanceTable,
  CalendarsTable,
  OccurrenceCopiesTable,
  OccurrencesTable,
} from './calendar-tables.js';
import type { OrientDatabase } from './database.js';
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
}

const UIDS_PER_QUERY = 500;

type Db = Kysely<OrientSchema>;

/** Replaces one owner's copies in the window and queues the UIDs touched for merging. */
export async function storeOwnerCalendar(
  database: OrientDatabase,
  calendar: OwnerCalendar,
  now: string,
): Promise<StoreResult> {
  return inTransaction(database.db, async (trx) => {
    // The reader's overlap test: start < to, and end > from (or an instant at or after from).
    const { from, to } = calendar.window;
    const old = await trx
      .selectFrom('occurrence_copies')
      .select(['uid', 'recurrence_key'])
      .where('owner_email', '=', calendar.owner)
      .where('start_utc', '<', to)
      .where((eb) => eb.or([eb('end_utc', '>', from), eb('start_utc', '>=', from)]))
      .execute();
    await trx
      .deleteFrom('occurrence_copies')
      .where('owner_email', '=', calendar.owner)
      .where('start_utc', '<', to)
      .where((eb) => eb.or([eb('end_utc', '>', from), eb('start_utc', '>=', from)]))
      .execute();
    // Copies outside the window stay; one inside it that shares a key with one outside (an
    // instance moved across the window edge) replaces it.
    const rows = dedupeCopies(calendar.copies).map(toCopyRow);
    const keys = new Set(rows.map((r) => keyOf(r.uid, r.recurrence_key)));
    const outside = await trx
      .selectFrom('occurrence_copies')
      .select(['uid', 'recurrence_key'])
      .where('owner_email', '=', calendar.owner)
      .execute();
    const clash = outside.filter((r) => keys.has(keyOf(r.uid, r.recurrence_key)));
    for (const r of clash) {
      await trx
        .deleteFrom('occurrence_copies')
        .where('owner_email', '=', calendar.owner)
        .where('uid', '=', r.uid)
        .where('recurrence_key', '=', r.recurrence_key)
        .execute();
    }
    await database.bulkInsert(trx, 'occurrence_copies', rows);

    const oldKeys = new Set(old.map((r) => keyOf(r.uid, r.recurrence_key)));
    let added = 0;
    for (const k of keys) if (!oldKeys.has(k)) added++;
    let removed = 0;
    for (const k of oldKeys) if (!keys.has(k)) removed++;

    const touched = new Set<string>();
    for (const r of old) touched.add(r.uid);
    for (const r of rows) touched.add(r.uid);
    await queueMerges(trx, [...touched]);
    await upsertCalendar(trx, calendar, rows.length, now);
    return { added, removed };
  });
}

async function queueMerges(trx: Db, uids: readonly string[]): Promise<void> {
  for (let i = 0; i < uids.length; i += UIDS_PER_QUERY) {
    await trx
      .insertInto('pending_merges')
      .values(uids.slice(i, i + UIDS_PER_QUERY).map((uid) => ({ uid })))
      .onConflict((c) => c.column('uid').doNothing())
      .execute();
  }
}

/**
 * Merges every queued UID from all owners' copies into `occurrences` and `attendance`, a batch of
 * UIDs per transaction. Returns how many UIDs were merged. Safe to run at any time.
 */
export async function mergePending(
  database: OrientDatabase,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const total = Number(
    (
      await database.db
        .selectFrom('pending_merges')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
    )?.n ?? 0,
  );
  let done = 0;
  for (;;) {
    const batch = (
      await database.db
        .selectFrom('pending_merges')
        .select('uid')
        .orderBy('uid')
        .limit(UIDS_PER_QUERY)
        .execute()
    ).map((r) => r.uid);
    if (batch.length === 0) return done;
    await inTransaction(database.db, async (trx) => {
      await mergeUids(database, trx, batch);
      await trx.deleteFrom('pending_merges').where('uid', 'in', batch).execute();
    });
    done += batch.length;
    onProgress?.(done, total);
  }
}

async function mergeUids(
  database: OrientDatabase,
  trx: Db,
  uids: readonly string[],
): Promise<void> {
  const copies = await trx
    .selectFrom('occurrence_copies')
    .selectAll()
    .where('uid', 'in', uids)
    .execute();
  // Everyone on these meetings before or after the merge needs their ledger recomputed.
  const before = await trx
    .selectFrom('attendance')
    .select('email')
    .distinct()
    .where('uid', 'in', uids)
    .execute();
  await trx.deleteFrom('attendance').where('uid', 'in', uids).execute();
  await trx.deleteFrom('occurrences').where('uid', 'in', uids).execute();
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
  await database.bulkInsert(trx, 'occurrences', occurrenceRows);
  await database.bulkInsert(trx, 'attendance', attendanceRows);
  const dirty = new Set(before.map((r) => r.email));
  for (const a of attendanceRows) dirty.add(a.email);
  await markLedgerDirty(trx, [...dirty]);
}

/** Queues people whose per-person ledger must be recomputed (see ledger-store.ts). */
export async function markLedgerDirty(trx: Db, emails: readonly string[]): Promise<void> {
  for (let i = 0; i < emails.length; i += UIDS_PER_QUERY) {
    await trx
      .insertInto('ledger_dirty')
      .values(emails.slice(i, i + UIDS_PER_QUERY).map((email) => ({ email })))
      .onConflict((c) => c.column('email').doNothing())
      .execute();
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

/** One export can list the same instance twice (an RDATE equal to a rule instance): keep one. */
function dedupeCopies(copies: readonly OccurrenceCopy[]): OccurrenceCopy[] {
  const seen = new Map<string, OccurrenceCopy>();
  for (const c of copies) seen.set(keyOf(c.uid, c.recurrenceKey), c);
  return [...seen.values()];
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
