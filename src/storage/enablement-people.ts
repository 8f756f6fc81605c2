// Everyone an enablement record names must be in the directory (active or not: a note about
// someone who has since left stays valid). Checked inside the writing transaction.
import type { Kysely } from 'kysely';
import { badInput } from '../core/orient-error.js';
import type { OrientSchema } from './schema.js';

/** One person a record names, and what they are in it ("salesperson", "observer"…). */
export interface NamedPerson {
  email: string;
  as: string;
}

const EMAILS_PER_QUERY = 500;

/** Throws bad input naming every person not in the directory, with their part. */
export async function requireInDirectory(
  trx: Kysely<OrientSchema>,
  named: readonly NamedPerson[],
  where = '',
): Promise<void> {
  const emails = [...new Set(named.map((n) => n.email))];
  const known = new Set<string>();
  for (let i = 0; i < emails.length; i += EMAILS_PER_QUERY) {
    const rows = await trx
      .selectFrom('people')
      .select('email')
      .where('email', 'in', emails.slice(i, i + EMAILS_PER_QUERY))
      .execute();
    for (const r of rows) known.add(r.email);
  }
  const unknown = named.filter(
    (n, i) => !known.has(n.email) && named.findIndex((m) => m.email === n.email) === i,
  );
  if (unknown.length === 0) return;
  const list = unknown.map((n) => `${n.as} ${n.email}`).join(', ');
  throw badInput(
    `${where}${unknown.length === 1 ? 'unknown' : 'unknown people'}: ${list} ${unknown.length === 1 ? 'is' : 'are'} not in the directory`,
  );
}
