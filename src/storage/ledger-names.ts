// Numbering the names ledger week rows refer to (departments, series UIDs, recurrence keys): each
// name gets an id once and keeps it, so rows written at different times agree.
import type { Kysely } from 'kysely';
import type { OrientSchema } from './schema.js';

const NAMES_PER_QUERY = 500;

/** Ids for `names`, numbering the new ones; run inside the transaction that writes the rows. */
export async function ledgerNameIds(
  trx: Kysely<OrientSchema>,
  names: Iterable<string>,
): Promise<Map<string, number>> {
  const list = [...new Set(names)];
  const ids = new Map<string, number>();
  for (let i = 0; i < list.length; i += NAMES_PER_QUERY) {
    const chunk = list.slice(i, i + NAMES_PER_QUERY);
    await trx
      .insertInto('ledger_names')
      .values(chunk.map((name) => ({ name })))
      .onConflict((c) => c.column('name').doNothing())
      .execute();
    const rows = await trx
      .selectFrom('ledger_names')
      .select(['id', 'name'])
      .where('name', 'in', chunk)
      .execute();
    for (const r of rows) ids.set(r.name, Number(r.id));
  }
  return ids;
}

/** Every numbered name by id. */
export async function ledgerNameList(db: Kysely<OrientSchema>): Promise<string[]> {
  const rows = await db.selectFrom('ledger_names').select(['id', 'name']).execute();
  // Dense from the start (ids can come in any order), so lookups stay fast.
  let last = 0;
  for (const r of rows) last = Math.max(last, Number(r.id));
  const names = new Array<string>(last + 1).fill('');
  for (const r of rows) names[Number(r.id)] = r.name;
  return names;
}
