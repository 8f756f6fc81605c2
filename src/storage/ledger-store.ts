// Keeping the per-person ledger current. After an import merges meetings, everyone on them is
// queued (ledger_dirty); a change of config or directory (the counting context's fingerprint)
// invalidates everyone. ensureLedger() recomputes exactly those people, a batch per transaction.
import type { Insertable, Kysely } from 'kysely';
import {
  attendedMeetings,
  personLedger,
  type PersonLedger,
} from '../core/counting/person-ledger.js';
import type { CountingContext } from '../core/counting/counting-context.js';
import type { Meeting, Participant } from '../core/counting/model.js';
import type { OrientDatabase } from './database.js';
import { mergePending } from './calendar-store.js';
import {
  CATEGORY_COLUMNS,
  type LedgerDaysTable,
  type LedgerDepartmentsTable,
  type LedgerInvitesTable,
} from './ledger-tables.js';
import { ledgerNameIds } from './ledger-names.js';
import { PARTICIPANT_COLUMNS, meetingOf, participantOf } from './meeting-rows.js';
import { ledgerNames, ledgerWeeks, type LedgerWeeksRow } from './ledger-weeks.js';
import type { OrientSchema } from './schema.js';
import { inTransaction } from './transaction.js';

type Db = Kysely<OrientSchema>;

const PEOPLE_PER_BATCH = 200;
const KEYS_PER_QUERY = 500;

export interface LedgerProgress {
  (done: number, total: number): void;
}

/** Brings merged meetings and every person's ledger up to date; returns how many people were recomputed. */
export async function ensureLedger(
  database: OrientDatabase,
  context: CountingContext,
  onProgress?: LedgerProgress,
): Promise<number> {
  await mergePending(database);
  const db = database.db;
  const state = await db
    .selectFrom('ledger_state')
    .select('value')
    .where('key', '=', 'fingerprint')
    .executeTakeFirst();
  let todo: string[];
  if (state?.value !== context.fingerprint) {
    await inTransaction(db, async (trx) => {
      await trx.deleteFrom('ledger_days').execute();
      await trx.deleteFrom('ledger_departments').execute();
      await trx.deleteFrom('ledger_invites').execute();
      await trx.deleteFrom('ledger_weeks').execute();
      await trx.deleteFrom('ledger_week_totals').execute();
      await trx.deleteFrom('ledger_dirty').execute();
      await trx.deleteFrom('ledger_state').where('key', '=', 'fingerprint').execute();
    });
    todo = context.people.map((p) => p.email);
  } else {
    const dirty = (await db.selectFrom('ledger_dirty').select('email').execute()).map(
      (r) => r.email,
    );
    const known = new Set(context.people.map((p) => p.email));
    todo = dirty.filter((e) => known.has(e));
    // People outside the directory have no ledger: just clear their marks.
    const strangers = dirty.filter((e) => !known.has(e));
    for (let i = 0; i < strangers.length; i += KEYS_PER_QUERY) {
      await db
        .deleteFrom('ledger_dirty')
        .where('email', 'in', strangers.slice(i, i + KEYS_PER_QUERY))
        .execute();
    }
  }
  todo.sort();
  let done = 0;
  for (let i = 0; i < todo.length; i += PEOPLE_PER_BATCH) {
    const batch = todo.slice(i, i + PEOPLE_PER_BATCH);
    await inTransaction(db, (trx) => rebuildPeople(database, trx, batch, context));
    done += batch.length;
    onProgress?.(done, todo.length);
  }
  await db
    .insertInto('ledger_state')
    .values({ key: 'fingerprint', value: context.fingerprint })
    .onConflict((c) => c.column('key').doUpdateSet({ value: context.fingerprint }))
    .execute();
  return todo.length;
}

async function rebuildPeople(
  database: OrientDatabase,
  trx: Db,
  emails: readonly string[],
  context: CountingContext,
): Promise<void> {
  const meetings = await meetingsOf(trx, emails);
  const days: Insertable<LedgerDaysTable>[] = [];
  const departments: Insertable<LedgerDepartmentsTable>[] = [];
  const invites: Insertable<LedgerInvitesTable>[] = [];
  const weeks: LedgerWeeksRow[] = [];
  const categories = context.rules.categories.length;
  const ledgers: [string, PersonLedger][] = [];
  for (const email of emails) {
    const attended = attendedMeetings(
      email,
      meetings.get(email) ?? [],
      context.directory,
      context.rules,
    );
    const ledger = personLedger(email, attended, context.directory, categories, context.clock);
    ledgers.push([email, ledger]);
    for (const [day, ms] of ledger.days) {
      const row: Record<string, number | string> = { email, day };
      CATEGORY_COLUMNS.forEach((col, i) => (row[col] = Math.round(ms[i] ?? 0)));
      days.push(row as unknown as Insertable<LedgerDaysTable>);
    }
    for (const [department, byDay] of ledger.departments) {
      for (const [day, ms] of byDay)
        departments.push({ email, day, department, ms: Math.round(ms) });
    }
    for (const c of ledger.invites) {
      invites.push({
        uid: c.uid,
        recurrence_key: c.recurrenceKey,
        email,
        day: c.day,
        ms: Math.round(c.ms),
      });
    }
  }
  const ids = await ledgerNameIds(
    trx,
    ledgers.flatMap(([email, ledger]) => ledgerNames(email, ledger)),
  );
  const id = (name: string): number => ids.get(name)!;
  const selling = context.rules.categories.indexOf('selling');
  for (const [email, ledger] of ledgers)
    weeks.push(...ledgerWeeks(email, ledger, categories, selling, id));
  for (let i = 0; i < emails.length; i += KEYS_PER_QUERY) {
    const chunk = emails.slice(i, i + KEYS_PER_QUERY);
    await trx.deleteFrom('ledger_days').where('email', 'in', chunk).execute();
    await trx.deleteFrom('ledger_departments').where('email', 'in', chunk).execute();
    await trx.deleteFrom('ledger_invites').where('email', 'in', chunk).execute();
    await trx.deleteFrom('ledger_weeks').where('email', 'in', chunk).execute();
    await trx.deleteFrom('ledger_week_totals').where('email', 'in', chunk).execute();
    await trx.deleteFrom('ledger_dirty').where('email', 'in', chunk).execute();
  }
  await database.bulkInsert(trx, 'ledger_days', days);
  await database.bulkInsert(trx, 'ledger_departments', departments);
  await database.bulkInsert(trx, 'ledger_invites', invites);
  await database.bulkInsert(
    trx,
    'ledger_weeks',
    weeks.flatMap(({ week, email, week_row }) => (week_row ? [{ week, email, week_row }] : [])),
  );
  await database.bulkInsert(
    trx,
    'ledger_week_totals',
    weeks.map(({ week, email, last, before, through, days }) => ({
      week,
      email,
      last,
      before,
      through,
      days,
    })),
  );
}

/** Every meeting instance each of these people appears on, with all its participants. */
export async function meetingsOf(
  trx: Db,
  emails: readonly string[],
): Promise<Map<string, Meeting[]>> {
  const keys = new Set<string>();
  const uids = new Set<string>();
  const personKeys = new Map<string, string[]>();
  for (let i = 0; i < emails.length; i += KEYS_PER_QUERY) {
    const rows = await trx
      .selectFrom('attendance')
      .select(['email', 'uid', 'recurrence_key'])
      .where('email', 'in', emails.slice(i, i + KEYS_PER_QUERY))
      .execute();
    for (const r of rows) {
      const key = `${r.uid}\u0000${r.recurrence_key}`;
      keys.add(key);
      uids.add(r.uid);
      const list = personKeys.get(r.email);
      if (list) list.push(key);
      else personKeys.set(r.email, [key]);
    }
  }
  const meetings = new Map<string, Meeting>();
  const participants = new Map<string, Participant[]>();
  const uidList = [...uids];
  for (let i = 0; i < uidList.length; i += KEYS_PER_QUERY) {
    const chunk = uidList.slice(i, i + KEYS_PER_QUERY);
    const occurrences = await trx
      .selectFrom('occurrences')
      .selectAll()
      .where('uid', 'in', chunk)
      .execute();
    for (const o of occurrences) {
      const key = `${o.uid}\u0000${o.recurrence_key}`;
      if (!keys.has(key)) continue;
      const list: Participant[] = [];
      participants.set(key, list);
      meetings.set(key, meetingOf(o, list));
    }
    const rows = await trx
      .selectFrom('attendance')
      .select(['uid', 'recurrence_key', ...PARTICIPANT_COLUMNS])
      .where('uid', 'in', chunk)
      .execute();
    for (const r of rows) {
      participants.get(`${r.uid}\u0000${r.recurrence_key}`)?.push(participantOf(r));
    }
  }
  const out = new Map<string, Meeting[]>();
  for (const [email, list] of personKeys) {
    out.set(
      email,
      list.map((k) => meetings.get(k)).filter((m): m is Meeting => m !== undefined),
    );
  }
  return out;
}
