// Enablement items in the database, with the evidence they answer (links to notes, moments and
// requests). Every write is one transaction; a link to a record that does not exist is bad input.
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { EnablementItem, EvidenceLinks } from '../core/enablement/model.js';
import { badInput } from '../core/orient-error.js';
import type { EvidenceKind, ItemsTable } from './enablement-tables.js';
import { idNumber } from './enablement-observations-store.js';
import { assertStoredTimestamp, type OrientSchema } from './schema.js';
import { inTransaction } from './transaction.js';

type Db = Kysely<OrientSchema>;

export type NewItem = Omit<EnablementItem, 'id'>;

/** What may change on an item after it is created (evidence, status and shipping have their own). */
export type ItemChanges = Partial<
  Pick<
    EnablementItem,
    | 'title'
    | 'kind'
    | 'description'
    | 'effortDays'
    | 'cost'
    | 'sellingHoursPerWeek'
    | 'derivation'
    | 'confidence'
    | 'status'
    | 'tags'
  >
>;

const tagList = z.array(z.string());

const KIND_OF: Record<keyof EvidenceLinks, EvidenceKind> = {
  observations: 'observation',
  moments: 'moment',
  requests: 'request',
};

const TABLE_OF = {
  observation: 'observations',
  moment: 'moments',
  request: 'requests',
} as const satisfies Record<EvidenceKind, keyof OrientSchema>;

/** Stores every item or none (an import); each item's evidence must exist. */
export async function addItems(
  db: Db,
  items: readonly NewItem[],
  now: string,
): Promise<EnablementItem[]> {
  assertStoredTimestamp(now, 'addItems: now');
  for (const [i, item] of items.entries())
    checkFigures(item, items.length > 1 ? `item ${i + 1}: ` : '');
  return inTransaction(db, async (trx) => {
    const ids: number[] = [];
    for (const item of items) {
      const row = await trx
        .insertInto('items')
        .values({ ...itemRow(item), created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(row.id);
      await addLinks(trx, id, item.evidence);
      ids.push(id);
    }
    return readItems(trx, ids);
  });
}

/** Applies `changes`; undefined when there is no such item. */
export async function updateItem(
  db: Db,
  id: string,
  changes: ItemChanges,
): Promise<EnablementItem | undefined> {
  const key = idNumber(id);
  if (key === null) return undefined;
  return inTransaction(db, async (trx) => {
    const [current] = await readItems(trx, [key]);
    if (!current) return undefined;
    if (changes.status === 'shipped' && current.status !== 'shipped') {
      throw badInput(`ship item ${id} to mark it shipped: it needs the day it shipped`);
    }
    // Shipped is final: the requests it answered were told, and the loop is measured from then.
    if (
      current.status === 'shipped' &&
      changes.status !== undefined &&
      changes.status !== 'shipped'
    ) {
      throw badInput(
        `item ${id} shipped on ${current.shippedAt ?? '?'}; a shipped item stays shipped`,
      );
    }
    const next: EnablementItem = { ...current, ...changes };
    checkFigures(next, '');
    // shipped_at is shipItem's to set; an edit writes back what is there.
    await trx.updateTable('items').set(itemRow(next)).where('id', '=', key).execute();
    const [stored] = await readItems(trx, [key]);
    return stored;
  });
}

export async function deleteItem(db: Db, id: string): Promise<boolean> {
  const key = idNumber(id);
  if (key === null) return false;
  const deleted = await db.deleteFrom('items').where('id', '=', key).executeTakeFirst();
  return Number(deleted.numDeletedRows) > 0;
}

/**
 * Links evidence to an item: `add` keeps the links it has, `replace` makes `links` the whole set.
 * Undefined when there is no such item.
 */
export async function linkEvidence(
  db: Db,
  id: string,
  links: EvidenceLinks,
  mode: 'add' | 'replace',
): Promise<EnablementItem | undefined> {
  const key = idNumber(id);
  if (key === null) return undefined;
  return inTransaction(db, async (trx) => {
    const found = await trx
      .selectFrom('items')
      .select('id')
      .where('id', '=', key)
      .executeTakeFirst();
    if (!found) return undefined;
    if (mode === 'replace')
      await trx.deleteFrom('item_evidence').where('item_id', '=', key).execute();
    await addLinks(trx, key, links);
    const [stored] = await readItems(trx, [key]);
    return stored;
  });
}

/** Removes these links (those absent are ignored); undefined when there is no such item. */
export async function unlinkEvidence(
  db: Db,
  id: string,
  links: EvidenceLinks,
): Promise<EnablementItem | undefined> {
  const key = idNumber(id);
  if (key === null) return undefined;
  return inTransaction(db, async (trx) => {
    for (const [field, kind] of Object.entries(KIND_OF) as [keyof EvidenceLinks, EvidenceKind][]) {
      const refs = links[field].map(idNumber).filter((n): n is number => n !== null);
      if (refs.length === 0) continue;
      await trx
        .deleteFrom('item_evidence')
        .where('item_id', '=', key)
        .where('kind', '=', kind)
        .where('ref_id', 'in', refs)
        .execute();
    }
    const [stored] = await readItems(trx, [key]);
    return stored;
  });
}

/** Marks the item shipped on `date` (`YYYY-MM-DD`); undefined when there is no such item. */
export async function shipItem(
  db: Db,
  id: string,
  date: string,
): Promise<EnablementItem | undefined> {
  const key = idNumber(id);
  if (key === null) return undefined;
  return inTransaction(db, async (trx) => {
    const [current] = await readItems(trx, [key]);
    if (!current) return undefined;
    if (current.status === 'dropped') throw badInput(`item ${id} was dropped; it cannot ship`);
    await trx
      .updateTable('items')
      .set({ status: 'shipped', shipped_at: date })
      .where('id', '=', key)
      .execute();
    const [item] = await readItems(trx, [key]);
    return item;
  });
}

export async function getItem(db: Db, id: string): Promise<EnablementItem | undefined> {
  const key = idNumber(id);
  if (key === null) return undefined;
  const [found] = await readItems(db, [key]);
  return found;
}

/** Every item, by id. */
export async function listItems(db: Db): Promise<EnablementItem[]> {
  const ids = (await db.selectFrom('items').select('id').execute()).map((r) => Number(r.id));
  return readItems(db, ids);
}

/** Negative effort or cost, a confidence outside 0–1, negative hours: bad input naming it. */
function checkFigures(item: Omit<EnablementItem, 'id'>, where: string): void {
  const problems: string[] = [];
  if (!(item.effortDays >= 0) || !Number.isFinite(item.effortDays))
    problems.push(`effort ${item.effortDays} days must be 0 or more`);
  if (!(item.cost >= 0) || !Number.isFinite(item.cost))
    problems.push(`cost ${item.cost} must be 0 or more`);
  if (!(item.confidence >= 0 && item.confidence <= 1))
    problems.push(`confidence ${item.confidence} must be between 0 and 1`);
  if (item.sellingHoursPerWeek !== null && !(item.sellingHoursPerWeek >= 0))
    problems.push(`selling hours per week ${item.sellingHoursPerWeek} must be 0 or more`);
  const d = item.derivation;
  if (d !== null && !(d.timesPerWeek >= 0 && d.salespeople >= 0 && d.minutesLost >= 0))
    problems.push('the derivation needs times per week, salespeople and minutes lost of 0 or more');
  // derivation_salespeople is an integer column: SQLite would keep 2.5, PostgreSQL would refuse it.
  if (d !== null && !Number.isInteger(d.salespeople))
    problems.push(`salespeople ${d.salespeople} must be a whole number`);
  if (item.title.trim() === '') problems.push('the title is empty');
  if (problems.length > 0) throw badInput(`${where}${problems.join('; ')}`);
}

async function addLinks(trx: Db, itemId: number, links: EvidenceLinks): Promise<void> {
  for (const [field, kind] of Object.entries(KIND_OF) as [keyof EvidenceLinks, EvidenceKind][]) {
    const refs = [...new Set(links[field])];
    if (refs.length === 0) continue;
    const numbers = refs.map(idNumber);
    const bad = refs.filter((_, i) => numbers[i] === null);
    const wanted = numbers.filter((n): n is number => n !== null);
    const found = new Set(
      wanted.length === 0
        ? []
        : (
            await trx.selectFrom(TABLE_OF[kind]).select('id').where('id', 'in', wanted).execute()
          ).map((r) => Number(r.id)),
    );
    const missing = [...bad, ...wanted.filter((n) => !found.has(n)).map(String)];
    if (missing.length > 0) {
      throw badInput(`no ${kind}${missing.length === 1 ? '' : 's'} ${missing.join(', ')} to link`);
    }
    await trx
      .insertInto('item_evidence')
      .values(wanted.map((ref_id) => ({ item_id: itemId, kind, ref_id })))
      .onConflict((c) => c.columns(['item_id', 'kind', 'ref_id']).doNothing())
      .execute();
  }
}

function itemRow(
  item: Omit<EnablementItem, 'id'>,
): Omit<Selectable<ItemsTable>, 'id' | 'created_at'> {
  return {
    title: item.title,
    kind: item.kind,
    description: item.description,
    effort_days: item.effortDays,
    cost: item.cost,
    selling_hours_per_week: item.sellingHoursPerWeek,
    times_per_week: item.derivation?.timesPerWeek ?? null,
    derivation_salespeople: item.derivation?.salespeople ?? null,
    minutes_lost: item.derivation?.minutesLost ?? null,
    confidence: item.confidence,
    status: item.status,
    shipped_at: item.shippedAt,
    tags: JSON.stringify(item.tags),
  };
}

const IDS_PER_QUERY = 500;

async function readItems(db: Db, ids: readonly number[]): Promise<EnablementItem[]> {
  const out: EnablementItem[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const chunk = ids.slice(i, i + IDS_PER_QUERY);
    const [rows, links] = await Promise.all([
      db.selectFrom('items').selectAll().where('id', 'in', chunk).execute(),
      db.selectFrom('item_evidence').selectAll().where('item_id', 'in', chunk).execute(),
    ]);
    for (const row of rows) {
      const key = Number(row.id);
      const mine = links.filter((l) => Number(l.item_id) === key);
      const refs = (kind: EvidenceKind) =>
        mine
          .filter((l) => l.kind === kind)
          .map((l) => Number(l.ref_id))
          .sort((a, b) => a - b)
          .map(String);
      out.push(
        toItem(row, {
          observations: refs('observation'),
          moments: refs('moment'),
          requests: refs('request'),
        }),
      );
    }
  }
  return out.sort((a, b) => Number(a.id) - Number(b.id));
}

function toItem(row: Selectable<ItemsTable>, evidence: EvidenceLinks): EnablementItem {
  const derived =
    row.times_per_week !== null && row.derivation_salespeople !== null && row.minutes_lost !== null;
  return {
    id: String(row.id),
    title: row.title,
    kind: row.kind,
    description: row.description,
    evidence,
    effortDays: Number(row.effort_days),
    cost: Number(row.cost),
    sellingHoursPerWeek:
      row.selling_hours_per_week === null ? null : Number(row.selling_hours_per_week),
    derivation: derived
      ? {
          timesPerWeek: Number(row.times_per_week),
          salespeople: Number(row.derivation_salespeople),
          minutesLost: Number(row.minutes_lost),
        }
      : null,
    confidence: Number(row.confidence),
    status: row.status,
    shippedAt: row.shipped_at,
    tags: tagList.parse(JSON.parse(row.tags)),
  };
}
