// Requests for enablement and their votes. Changes are the core's pure transitions (a vote, a
// removed vote, a status, a merge) applied to the requests as stored: the store loads them in a
// transaction, hands them to the transition and writes back exactly what changed.
import type { Kysely, Selectable } from 'kysely';
import type { EnablementRequest, Vote } from '../core/enablement/model.js';
import { OrientError, badInput } from '../core/orient-error.js';
import type { RequestsTable, VotesTable } from './enablement-tables.js';
import { idNumber } from './enablement-observations-store.js';
import { requireInDirectory } from './enablement-people.js';
import { assertStoredTimestamp, type OrientSchema } from './schema.js';
import { inTransaction } from './transaction.js';

type Db = Kysely<OrientSchema>;

export interface NewRequest {
  title: string;
  description: string;
  /** Who asked: in the directory. */
  requestedBy: string;
  /** `2026-03-02T14:00:00Z`. */
  now: string;
}

export async function addRequest(db: Db, request: NewRequest): Promise<EnablementRequest> {
  assertStoredTimestamp(request.now, 'addRequest: now');
  if (request.title.trim() === '') throw badInput('the request needs a title');
  return inTransaction(db, async (trx) => {
    await requireInDirectory(trx, [{ email: request.requestedBy, as: 'requester' }]);
    const row = await trx
      .insertInto('requests')
      .values({
        title: request.title,
        description: request.description,
        requested_by: request.requestedBy,
        status: 'open',
        merged_into: null,
        created_at: request.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [stored] = await readRequests(trx, [Number(row.id)]);
    return stored!;
  });
}

export async function getRequest(db: Db, id: string): Promise<EnablementRequest | undefined> {
  const key = idNumber(id);
  if (key === null) return undefined;
  const [found] = await readRequests(db, [key]);
  return found;
}

/** Every request, by id. */
export async function listRequests(db: Db): Promise<EnablementRequest[]> {
  const ids = (await db.selectFrom('requests').select('id').execute()).map((r) => Number(r.id));
  return readRequests(db, ids);
}

/**
 * Loads the requests `ids` (each must exist, else not-found), applies `change` — a pure
 * transition that returns them changed, or throws — and writes what changed, all in one
 * transaction. People newly credited with a vote must be in the directory.
 */
export async function changeRequests<T>(
  db: Db,
  ids: readonly string[],
  change: (requests: EnablementRequest[]) => { requests: readonly EnablementRequest[]; result: T },
): Promise<T> {
  return inTransaction(db, async (trx) => {
    const keys = ids.map((id) => {
      const key = idNumber(id);
      if (key === null) throw notFound(id);
      return key;
    });
    const found = await readRequests(trx, [...new Set(keys)]);
    const byId = new Map(found.map((r) => [r.id, r]));
    const before = ids.map((id) => {
      const request = byId.get(String(Number(id)));
      if (!request) throw notFound(id);
      return request;
    });
    const { requests, result } = change(structuredClone(before));
    for (const next of requests) {
      const old = byId.get(next.id);
      if (!old)
        throw new Error(`changeRequests: the transition returned unknown request ${next.id}`);
      await writeChanges(trx, old, next);
    }
    return result;
  });
}

function notFound(id: string): OrientError {
  return new OrientError('not-found', `no request ${id}`);
}

async function writeChanges(
  trx: Db,
  old: EnablementRequest,
  next: EnablementRequest,
): Promise<void> {
  const key = Number(old.id);
  const fields: Partial<Selectable<RequestsTable>> = {};
  if (next.title !== old.title) fields.title = next.title;
  if (next.description !== old.description) fields.description = next.description;
  if (next.status !== old.status) fields.status = next.status;
  if (next.mergedInto !== old.mergedInto) {
    fields.merged_into = next.mergedInto === null ? null : Number(next.mergedInto);
  }
  if (Object.keys(fields).length > 0) {
    await trx.updateTable('requests').set(fields).where('id', '=', key).execute();
  }
  const oldVotes = new Map(old.votes.map((v) => [v.salesperson, v]));
  const nextVotes = new Map(next.votes.map((v) => [v.salesperson, v]));
  const gone = [...oldVotes.keys()].filter((s) => !nextVotes.has(s));
  const added = [...nextVotes.values()].filter((v) => !sameVote(oldVotes.get(v.salesperson), v));
  if (added.length > 0) {
    // The recorder may be an account outside the directory (an admin); the voter may not.
    await requireInDirectory(
      trx,
      added.map((v) => ({ email: v.salesperson, as: 'salesperson' })),
    );
  }
  const replaced = [...gone, ...added.map((v) => v.salesperson).filter((s) => oldVotes.has(s))];
  if (replaced.length > 0) {
    await trx
      .deleteFrom('votes')
      .where('request_id', '=', key)
      .where('salesperson', 'in', replaced)
      .execute();
  }
  if (added.length > 0) {
    await trx
      .insertInto('votes')
      .values(
        added.map((v) => ({
          request_id: key,
          salesperson: v.salesperson,
          recorded_by: v.recordedBy,
          at: v.at,
        })),
      )
      .execute();
  }
}

function sameVote(a: Vote | undefined, b: Vote): boolean {
  return a !== undefined && a.recordedBy === b.recordedBy && a.at === b.at;
}

const IDS_PER_QUERY = 500;

async function readRequests(db: Db, ids: readonly number[]): Promise<EnablementRequest[]> {
  const out: EnablementRequest[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const chunk = ids.slice(i, i + IDS_PER_QUERY);
    const [rows, votes] = await Promise.all([
      db.selectFrom('requests').selectAll().where('id', 'in', chunk).execute(),
      db.selectFrom('votes').selectAll().where('request_id', 'in', chunk).execute(),
    ]);
    for (const row of rows) {
      const key = Number(row.id);
      out.push(
        toRequest(
          row,
          votes.filter((v) => Number(v.request_id) === key),
        ),
      );
    }
  }
  return out.sort((a, b) => Number(a.id) - Number(b.id));
}

function toRequest(
  row: Selectable<RequestsTable>,
  votes: Selectable<VotesTable>[],
): EnablementRequest {
  return {
    id: String(row.id),
    title: row.title,
    description: row.description,
    requestedBy: row.requested_by,
    status: row.status,
    mergedInto: row.merged_into === null ? null : String(row.merged_into),
    votes: votes
      .map((v) => ({ salesperson: v.salesperson, recordedBy: v.recorded_by, at: v.at }))
      .sort((a, b) =>
        a.at < b.at ? -1 : a.at > b.at ? 1 : a.salesperson < b.salesperson ? -1 : 1,
      ),
    createdAt: row.created_at,
  };
}
