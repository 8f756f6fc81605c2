// Requests and votes as `orient requests` and the API change them: the core's pure transitions
// (a vote, a removed vote, a status, a merge) applied to the stored requests in one transaction.
import type { Kysely } from 'kysely';
import type {
  EnablementItem,
  EnablementRequest,
  RequestStatus,
  Vote,
} from '../core/enablement/model.js';
import { rootOf } from '../core/enablement/request-family.js';
import { castVote, changeStatus, mergeRequests, removeVote } from '../core/enablement/requests.js';
import { shipItem } from '../storage/enablement-items-store.js';
import { changeRequests, listRequests } from '../storage/enablement-requests-store.js';
import type { OrientSchema } from '../storage/schema.js';
import { inTransaction } from '../storage/transaction.js';

type Db = Kysely<OrientSchema>;

/** Credits `vote.salesperson` with a vote on request `id`; a second vote is bad input. */
export function recordVote(db: Db, id: string, vote: Vote): Promise<EnablementRequest> {
  return changeRequests(db, [id], ([request]) => {
    const next = castVote(request!, vote);
    return { requests: [next], result: next };
  });
}

/**
 * Takes back the vote credited to `salesperson`; `mayRemove` sees the vote first (who recorded
 * it) and throws when the caller may not.
 */
export function withdrawVote(
  db: Db,
  id: string,
  salesperson: string,
  mayRemove: (vote: Vote) => void = () => undefined,
): Promise<EnablementRequest> {
  return changeRequests(db, [id], ([request]) => {
    const vote = request!.votes.find((v) => v.salesperson === salesperson);
    if (vote) mayRemove(vote);
    const next = removeVote(request!, salesperson);
    return { requests: [next], result: next };
  });
}

export function setRequestStatus(
  db: Db,
  id: string,
  status: RequestStatus,
): Promise<EnablementRequest> {
  return changeRequests(db, [id], ([request]) => {
    const next = changeStatus(request!, status);
    return { requests: [next], result: next };
  });
}

/** Merges request `id` into `into`: it becomes a duplicate and its votes move over. */
export function mergeRequest(
  db: Db,
  id: string,
  into: string,
): Promise<{ merged: EnablementRequest; into: EnablementRequest }> {
  return changeRequests(db, [id, into], ([source, target]) => {
    const result = mergeRequests(source!, target!);
    return { requests: [result.merged, result.into], result };
  });
}

const STEPS_TO_SHIPPED: Partial<Record<RequestStatus, readonly RequestStatus[]>> = {
  open: ['planned', 'in-progress', 'shipped'],
  planned: ['in-progress', 'shipped'],
  'in-progress': ['shipped'],
};

/**
 * Ships item `id` on `date` and, in the same transaction, moves the requests it answers (the
 * linked ones and, for a linked duplicate, the request it was merged into) that are open, planned
 * or in progress along the workflow to shipped — how the salespeople who asked hear back.
 * Undefined when there is no such item.
 */
export function shipItemAndRequests(
  db: Db,
  id: string,
  date: string,
): Promise<{ item: EnablementItem; requestsShipped: string[] } | undefined> {
  return inTransaction(db, async (trx) => {
    const item = await shipItem(trx, id, date);
    if (!item) return undefined;
    const all = await listRequests(trx);
    const byId = new Map(all.map((r) => [r.id, r]));
    const answered = [
      ...new Set(
        item.evidence.requests
          .map((r) => byId.get(r))
          .filter((r): r is EnablementRequest => r !== undefined)
          .map((r) => rootOf(r, byId))
          .filter((r) => STEPS_TO_SHIPPED[r.status] !== undefined)
          .map((r) => r.id),
      ),
    ];
    if (answered.length === 0) return { item, requestsShipped: [] };
    await changeRequests(trx, answered, (requests) => ({
      requests: requests.map((r) =>
        (STEPS_TO_SHIPPED[r.status] ?? []).reduce((next, step) => changeStatus(next, step), r),
      ),
      result: null,
    }));
    return { item, requestsShipped: answered.sort((a, b) => Number(a) - Number(b)) };
  });
}
