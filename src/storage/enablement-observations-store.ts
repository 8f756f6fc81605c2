// Field notes in the database: an observation, its salespeople and its moments written together in
// one transaction, with everyone it names checked against the directory first.
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { Moment, Observation } from '../core/enablement/model.js';
import { badInput } from '../core/orient-error.js';
import type { MomentsTable, ObservationsTable } from './enablement-tables.js';
import { requireInDirectory, type NamedPerson } from './enablement-people.js';
import { assertStoredTimestamp, type OrientSchema } from './schema.js';
import { inTransaction } from './transaction.js';

type Db = Kysely<OrientSchema>;

/** A moment to store; `id` keeps an existing moment of the same observation (an edit). */
export type NewMoment = Omit<Moment, 'id'> & { id?: string };

export type NewObservation = Omit<Observation, 'id' | 'moments'> & { moments: NewMoment[] };

export interface StoredObservation extends Observation {
  /** The account that logged it; null from the command line. */
  recordedBy: string | null;
  createdAt: string;
}

export interface WriteMeta {
  recordedBy: string | null;
  /** `2026-03-02T14:00:00Z`. */
  now: string;
}

const tagList = z.array(z.string());

/** Stores every observation or none (one unknown person or occurrence, and nothing is written); returns them in input order. */
export async function addObservations(
  db: Db,
  observations: readonly NewObservation[],
  meta: WriteMeta,
): Promise<StoredObservation[]> {
  assertStoredTimestamp(meta.now, 'addObservations: now');
  return inTransaction(db, async (trx) => {
    await checkNames(trx, observations);
    const ids: number[] = [];
    for (const [index, observation] of observations.entries()) {
      const where = observations.length > 1 ? `note ${index + 1}: ` : '';
      await checkOccurrence(trx, observation, where);
      const row = await trx
        .insertInto('observations')
        .values({
          ...observationRow(observation),
          recorded_by: meta.recordedBy,
          created_at: meta.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(row.id);
      await writeParts(trx, id, observation, new Set());
      ids.push(id);
    }
    const stored = new Map((await readObservations(trx, ids)).map((o) => [o.id, o]));
    return ids.map((id) => stored.get(String(id))!);
  });
}

/**
 * Replaces an observation's fields, salespeople and moments. A moment given with the `id` of one
 * of its moments keeps that id (and the items that cite it); moments left out are deleted, and so
 * are the evidence links to them. Undefined when there is no such observation.
 */
export async function updateObservation(
  db: Db,
  id: string,
  next: NewObservation,
): Promise<StoredObservation | undefined> {
  const key = idNumber(id);
  if (key === null) return undefined;
  return inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom('observations')
      .select('id')
      .where('id', '=', key)
      .executeTakeFirst();
    if (!existing) return undefined;
    await checkNames(trx, [next]);
    await checkOccurrence(trx, next, '');
    const current = new Set(
      (
        await trx.selectFrom('moments').select('id').where('observation_id', '=', key).execute()
      ).map((m) => Number(m.id)),
    );
    const kept = new Set<number>();
    for (const moment of next.moments) {
      if (moment.id === undefined) continue;
      const momentId = idNumber(moment.id);
      if (momentId === null || !current.has(momentId)) {
        throw badInput(`moment ${moment.id} is not a moment of note ${id}`);
      }
      if (kept.has(momentId)) throw badInput(`moment ${moment.id} appears twice`);
      kept.add(momentId);
    }
    const gone = [...current].filter((m) => !kept.has(m));
    if (gone.length > 0) {
      await trx
        .deleteFrom('item_evidence')
        .where('kind', '=', 'moment')
        .where('ref_id', 'in', gone)
        .execute();
    }
    await trx.updateTable('observations').set(observationRow(next)).where('id', '=', key).execute();
    await trx.deleteFrom('observation_salespeople').where('observation_id', '=', key).execute();
    await writeParts(trx, key, next, current);
    if (gone.length > 0) await trx.deleteFrom('moments').where('id', 'in', gone).execute();
    const [stored] = await readObservations(trx, [key]);
    return stored;
  });
}

/** Deletes the observation, its moments and every evidence link to either; false when absent. */
export async function deleteObservation(db: Db, id: string): Promise<boolean> {
  const key = idNumber(id);
  if (key === null) return false;
  return inTransaction(db, async (trx) => {
    const moments = (
      await trx.selectFrom('moments').select('id').where('observation_id', '=', key).execute()
    ).map((m) => Number(m.id));
    if (moments.length > 0) {
      await trx
        .deleteFrom('item_evidence')
        .where('kind', '=', 'moment')
        .where('ref_id', 'in', moments)
        .execute();
    }
    await trx
      .deleteFrom('item_evidence')
      .where('kind', '=', 'observation')
      .where('ref_id', '=', key)
      .execute();
    const deleted = await trx.deleteFrom('observations').where('id', '=', key).executeTakeFirst();
    return Number(deleted.numDeletedRows) > 0;
  });
}

export async function getObservation(db: Db, id: string): Promise<StoredObservation | undefined> {
  const key = idNumber(id);
  if (key === null) return undefined;
  const [found] = await readObservations(db, [key]);
  return found;
}

/** Every observation (or those `visibleTo` observed or logged), by date, then id. */
export async function listObservations(
  db: Db,
  filter: { visibleTo?: string } = {},
): Promise<StoredObservation[]> {
  let query = db.selectFrom('observations').select('id');
  if (filter.visibleTo !== undefined) {
    const email = filter.visibleTo;
    query = query.where((eb) => eb.or([eb('observer', '=', email), eb('recorded_by', '=', email)]));
  }
  const ids = (await query.execute()).map((r) => Number(r.id));
  return readObservations(db, ids);
}

/** A stored id ("12") as its number; null for anything else. */
export function idNumber(id: string): number | null {
  return /^\d{1,15}$/.test(id) ? Number(id) : null;
}

async function checkNames(trx: Db, observations: readonly NewObservation[]): Promise<void> {
  const named: NamedPerson[] = [];
  for (const o of observations) {
    named.push({ email: o.observer, as: 'observer' });
    for (const s of o.salespeople) named.push({ email: s, as: 'salesperson' });
  }
  await requireInDirectory(trx, named);
}

async function checkOccurrence(trx: Db, o: NewObservation, where: string): Promise<void> {
  if (o.occurrence === null) return;
  const { uid, recurrenceKey } = o.occurrence;
  const found = await trx
    .selectFrom('occurrences')
    .select('uid')
    .where('uid', '=', uid)
    .where('recurrence_key', '=', recurrenceKey)
    .executeTakeFirst();
  if (!found) {
    const what = recurrenceKey === '' ? uid : `${uid}@${recurrenceKey}`;
    throw badInput(`${where}no imported occurrence ${what}`);
  }
}

function observationRow(
  o: NewObservation,
): Omit<Selectable<ObservationsTable>, 'id' | 'recorded_by' | 'created_at'> {
  return {
    kind: o.kind,
    observer: o.observer,
    date: o.date,
    account: o.account,
    occurrence_uid: o.occurrence?.uid ?? null,
    occurrence_key: o.occurrence?.recurrenceKey ?? null,
  };
}

/** Salespeople and moments; a moment whose id is in `existing` is updated in place. */
async function writeParts(
  trx: Db,
  id: number,
  o: NewObservation,
  existing: ReadonlySet<number>,
): Promise<void> {
  if (o.salespeople.length > 0) {
    await trx
      .insertInto('observation_salespeople')
      .values(o.salespeople.map((email, position) => ({ observation_id: id, position, email })))
      .execute();
  }
  for (const [position, m] of o.moments.entries()) {
    const row = {
      observation_id: id,
      position,
      text: m.text,
      kind: m.kind,
      tags: JSON.stringify(m.tags),
      raised_by: m.raisedBy,
      severity: m.severity,
    };
    const momentId = m.id === undefined ? null : idNumber(m.id);
    if (momentId !== null && existing.has(momentId)) {
      await trx.updateTable('moments').set(row).where('id', '=', momentId).execute();
    } else {
      await trx.insertInto('moments').values(row).execute();
    }
  }
}

const IDS_PER_QUERY = 500;

async function readObservations(db: Db, ids: readonly number[]): Promise<StoredObservation[]> {
  const out: StoredObservation[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const chunk = ids.slice(i, i + IDS_PER_QUERY);
    const [rows, people, moments] = await Promise.all([
      db.selectFrom('observations').selectAll().where('id', 'in', chunk).execute(),
      db
        .selectFrom('observation_salespeople')
        .selectAll()
        .where('observation_id', 'in', chunk)
        .execute(),
      db.selectFrom('moments').selectAll().where('observation_id', 'in', chunk).execute(),
    ]);
    const salespeople = group(people, (p) => Number(p.observation_id));
    const momentsOf = group(moments, (m) => Number(m.observation_id));
    for (const row of rows) {
      const key = Number(row.id);
      out.push(
        toObservation(
          row,
          (salespeople.get(key) ?? []).sort((a, b) => a.position - b.position).map((p) => p.email),
          (momentsOf.get(key) ?? []).sort((a, b) => a.position - b.position).map(toMoment),
        ),
      );
    }
  }
  return out.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.id) - Number(b.id),
  );
}

function group<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

function toObservation(
  row: Selectable<ObservationsTable>,
  salespeople: string[],
  moments: Moment[],
): StoredObservation {
  return {
    id: String(row.id),
    kind: row.kind,
    observer: row.observer,
    salespeople,
    date: row.date,
    account: row.account,
    occurrence:
      row.occurrence_uid === null
        ? null
        : { uid: row.occurrence_uid, recurrenceKey: row.occurrence_key ?? '' },
    moments,
    recordedBy: row.recorded_by,
    createdAt: row.created_at,
  };
}

function toMoment(row: Selectable<MomentsTable>): Moment {
  return {
    id: String(row.id),
    text: row.text,
    kind: row.kind,
    tags: tagList.parse(JSON.parse(row.tags)),
    raisedBy: row.raised_by,
    severity: severityOf(row.severity),
  };
}

function severityOf(n: number): Moment['severity'] {
  const value = Number(n);
  if (value === 1 || value === 2 || value === 3) return value;
  throw new RangeError(`stored severity ${n} is not 1, 2 or 3`);
}
