// The occurrences of one series in the invite review (rule 9): what the ledger charged each
// customer-oriented attendee, with the occurrence's times and title.
import type { Kysely } from 'kysely';
import type { Meeting, Participant } from '../core/counting/model.js';
import { PARTICIPANT_COLUMNS, meetingOf, participantOf } from './meeting-rows.js';
import type { OrientSchema } from './schema.js';

type Db = Kysely<OrientSchema>;

export interface ChargedOccurrence {
  recurrenceKey: string;
  /** ISO UTC. */
  start: string;
  end: string;
  title: string;
  /** Each charged person's time in it within the range (ms). */
  charges: { email: string; ms: number }[];
}

/** Charged occurrences of `uid` on org days [fromDay, toDay), by start. */
export async function chargedOccurrences(
  db: Db,
  uid: string,
  fromDay: number,
  toDay: number,
): Promise<ChargedOccurrence[]> {
  const charges = await db
    .selectFrom('ledger_invites')
    .select(['recurrence_key', 'email'])
    .select((eb) => eb.fn.sum<number>('ms').as('ms'))
    .where('uid', '=', uid)
    .where('day', '>=', fromDay)
    .where('day', '<', toDay)
    .groupBy(['recurrence_key', 'email'])
    .execute();
  if (charges.length === 0) return [];
  const occurrences = await db
    .selectFrom('occurrences')
    .select(['recurrence_key', 'start_utc', 'end_utc', 'summary'])
    .where('uid', '=', uid)
    .execute();
  const byKey = new Map(occurrences.map((o) => [o.recurrence_key, o]));
  const out = new Map<string, ChargedOccurrence>();
  for (const c of charges) {
    const o = byKey.get(c.recurrence_key);
    let entry = out.get(c.recurrence_key);
    if (!entry) {
      entry = {
        recurrenceKey: c.recurrence_key,
        start: o?.start_utc ?? c.recurrence_key,
        end: o?.end_utc ?? c.recurrence_key,
        title: o?.summary ?? uid,
        charges: [],
      };
      out.set(c.recurrence_key, entry);
    }
    entry.charges.push({ email: c.email, ms: Number(c.ms) });
  }
  for (const entry of out.values()) entry.charges.sort((a, b) => (a.email < b.email ? -1 : 1));
  return [...out.values()].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.recurrenceKey < b.recurrenceKey ? -1 : 1,
  );
}

/** Every occurrence of `uid` with all its participants, as the counting rules read meetings. */
export async function seriesMeetings(db: Db, uid: string): Promise<Meeting[]> {
  const occurrences = await db
    .selectFrom('occurrences')
    .selectAll()
    .where('uid', '=', uid)
    .execute();
  const rows = await db
    .selectFrom('attendance')
    .select(['recurrence_key', ...PARTICIPANT_COLUMNS])
    .where('uid', '=', uid)
    .execute();
  const participants = new Map<string, Participant[]>();
  for (const r of rows) {
    const list = participants.get(r.recurrence_key) ?? [];
    list.push(participantOf(r));
    participants.set(r.recurrence_key, list);
  }
  return occurrences.map((o) => meetingOf(o, participants.get(o.recurrence_key) ?? []));
}
