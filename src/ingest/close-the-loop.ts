// Closing the loop on a shipped item, as `orient items loop` and GET /api/items/:id/loop both build
// it: the item, notes, requests and directory names (storage), the days the calendar imports cover
// and the selling shares over the windows (the ledger) → closeTheLoop (core).
import type { Kysely } from 'kysely';
import {
  closeTheLoop,
  loopWindows,
  peopleToTell,
  shipDay,
  type ClosedLoop,
  type DaySpan,
  type LoopWindow,
} from '../core/enablement/close-the-loop.js';
import { OrientError } from '../core/orient-error.js';
import { listPeople } from '../storage/directory-store.js';
import { getItem } from '../storage/enablement-items-store.js';
import { listObservations } from '../storage/enablement-observations-store.js';
import { listRequests } from '../storage/enablement-requests-store.js';
import type { OrientSchema } from '../storage/schema.js';
import type { Counting } from './counting.js';
import { sellingShares } from './selling-share.js';

type Db = Kysely<OrientSchema>;

export interface LoopOptions {
  weeks: number;
  /** Today in the org timezone, `YYYY-MM-DD`. */
  today: string;
  /** Person-level selling shares (admins). */
  people: boolean;
  workweekHours: number;
  minGroupSize: number;
}

/**
 * The loop for item `id`: not-found when there is none, bad input when it has not shipped — both
 * before `count` brings the ledger up to date, which may take a while.
 */
export async function closedLoop(
  db: Db,
  id: string,
  options: LoopOptions,
  count: () => Promise<Counting>,
): Promise<ClosedLoop> {
  const item = await getItem(db, id);
  if (!item) throw new OrientError('not-found', `no item ${id}`);
  const shipped = shipDay(item);
  const counting = await count();
  const [observations, requests, people, calendar] = await Promise.all([
    listObservations(db),
    listRequests(db),
    listPeople(db, { includeInactive: true }),
    calendarSpan(db),
  ]);
  const names = new Map(people.map((p) => [p.email, p.name]));
  const emails = peopleToTell(item, observations, requests, names).map((p) => p.email);
  const windows = loopWindows(shipped, options.weeks, options.today, calendar);
  const sharesOver = (window: LoopWindow) =>
    window.days === 0 || emails.length === 0
      ? Promise.resolve(new Map<string, number>())
      : sellingShares(counting, options.workweekHours, emails, window);
  const [before, after, calendarsImported] = await Promise.all([
    sharesOver(windows.before),
    sharesOver(windows.after),
    calendarOwners(db, emails),
  ]);
  return closeTheLoop({
    item,
    observations,
    requests,
    names,
    weeks: options.weeks,
    today: options.today,
    calendar,
    shares: { before, after },
    calendarsImported,
    minGroupSize: options.minGroupSize,
    people: options.people,
  });
}

/**
 * The days the calendar imports were asked to cover: from the earliest import window's first day
 * to the latest one's end (windows are UTC midnights of the days given to the import, so their
 * dates are those days). Null before any import.
 */
async function calendarSpan(db: Db): Promise<DaySpan | null> {
  const row = await db
    .selectFrom('calendars')
    .select((eb) => [eb.fn.min('window_from').as('from'), eb.fn.max('window_to').as('to')])
    .executeTakeFirst();
  if (!row?.from || !row.to) return null;
  return { from: row.from.slice(0, 10), to: row.to.slice(0, 10) };
}

/** Which of `emails` have their own calendar imported. */
async function calendarOwners(db: Db, emails: readonly string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .selectFrom('calendars')
    .select('owner_email')
    .where('owner_email', 'in', emails)
    .execute();
  return new Set(rows.map((r) => r.owner_email));
}
