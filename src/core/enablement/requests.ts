// Requests and votes (issue 5, item 2) as pure state transitions: each takes a request and returns
// the new one, or throws OrientError bad-input (not-found for a vote that is not there) naming
// what is wrong, so a caller that stores the result writes all of it or nothing.
//
// Status: open → planned → in-progress → shipped; open, planned and in-progress → declined.
// Also allowed: declined → open (a decline can be reconsidered; votes are kept), planned → open
// and in-progress → planned (steps back when the plan changes). Shipped is final; duplicate is
// reached only by mergeRequests and is final too (no un-merge).
//
// Votes: one per salesperson per request, while it is open, planned or in progress. A vote names
// the salesperson credited and who recorded it (themself, or an admin/PM on their behalf); anyone
// allowed may remove it — the edges decide who is allowed.
import { OrientError, badInput } from '../orient-error.js';
import type { EnablementRequest, RequestStatus, Vote } from './model.js';

export const REQUEST_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  open: ['planned', 'declined'],
  planned: ['in-progress', 'declined', 'open'],
  'in-progress': ['shipped', 'declined', 'planned'],
  shipped: [],
  declined: ['open'],
  duplicate: [],
};

const VOTING: readonly RequestStatus[] = ['open', 'planned', 'in-progress'];

export interface VoteOptions {
  /** The salespeople a vote may be credited to (lower-case emails); unchecked when absent. */
  salespeople?: ReadonlySet<string>;
}

/** Adds a vote; a second vote by the same salesperson is bad input naming them. */
export function castVote(
  request: EnablementRequest,
  vote: Vote,
  options: VoteOptions = {},
): EnablementRequest {
  const salesperson = email(vote.salesperson, 'salesperson');
  const recordedBy = email(vote.recordedBy, 'recorded by');
  if (vote.at.trim() === '') throw badInput('a vote needs the time it was cast');
  if (options.salespeople && !options.salespeople.has(salesperson)) {
    throw badInput(`unknown salesperson ${salesperson}: votes are credited to salespeople only`);
  }
  if (request.status === 'duplicate') {
    throw badInput(`request ${request.id} was merged into ${request.mergedInto}; vote there`);
  }
  if (!VOTING.includes(request.status)) {
    throw badInput(`request '${request.title}' is ${request.status}; voting is closed`);
  }
  const earlier = request.votes.find((v) => email(v.salesperson, 'salesperson') === salesperson);
  if (earlier) {
    const onBehalf =
      earlier.recordedBy === earlier.salesperson ? '' : `, recorded by ${earlier.recordedBy}`;
    throw badInput(
      `${salesperson} has already voted for '${request.title}' (${earlier.at}${onBehalf})`,
    );
  }
  return { ...request, votes: [...request.votes, { salesperson, recordedBy, at: vote.at }] };
}

/** Takes back the vote credited to `salesperson`; not-found when there is none. */
export function removeVote(request: EnablementRequest, salesperson: string): EnablementRequest {
  const who = salesperson.trim().toLowerCase();
  const votes = request.votes.filter((v) => v.salesperson.trim().toLowerCase() !== who);
  if (votes.length === request.votes.length) {
    const where =
      request.status === 'duplicate' ? ` (its votes moved to ${request.mergedInto})` : '';
    throw new OrientError('not-found', `${who} has no vote on '${request.title}'${where}`);
  }
  return { ...request, votes };
}

/** Moves a request along REQUEST_TRANSITIONS. */
export function changeStatus(request: EnablementRequest, to: RequestStatus): EnablementRequest {
  if (to === 'duplicate') {
    throw badInput('to mark a request as a duplicate, merge it into the request it duplicates');
  }
  if (to === request.status) throw badInput(`request '${request.title}' is already ${to}`);
  const allowed = REQUEST_TRANSITIONS[request.status];
  if (!allowed.includes(to)) {
    const options = allowed.length === 0 ? 'it is final' : `it can go to ${allowed.join(', ')}`;
    throw badInput(
      `request '${request.title}' cannot go from ${request.status} to ${to} (${options})`,
    );
  }
  return { ...request, status: to };
}

/**
 * Merges `duplicate` into `into`: the duplicate's votes move over (a salesperson who voted for
 * both keeps one vote, the earlier one on `into`), it becomes a duplicate pointing at `into`.
 * A request cannot be merged into itself, twice, once shipped, or into a duplicate.
 */
export function mergeRequests(
  duplicate: EnablementRequest,
  into: EnablementRequest,
): { merged: EnablementRequest; into: EnablementRequest; carried: Vote[] } {
  if (duplicate.id === into.id) throw badInput('a request cannot be merged into itself');
  if (duplicate.status === 'duplicate') {
    throw badInput(`request ${duplicate.id} is already merged into ${duplicate.mergedInto}`);
  }
  if (duplicate.status === 'shipped') {
    throw badInput(`request '${duplicate.title}' has shipped; a shipped request is not merged`);
  }
  if (into.status === 'duplicate') {
    throw badInput(
      `request ${into.id} was itself merged into ${into.mergedInto}; merge into that instead`,
    );
  }
  const voted = new Set(into.votes.map((v) => v.salesperson.trim().toLowerCase()));
  const carried = duplicate.votes.filter((v) => !voted.has(v.salesperson.trim().toLowerCase()));
  return {
    merged: { ...duplicate, status: 'duplicate', mergedInto: into.id, votes: [] },
    into: { ...into, votes: [...into.votes, ...carried] },
    carried,
  };
}

function email(value: string, what: string): string {
  const normal = value.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(normal)) throw badInput(`${what}: '${value}' is not an email`);
  return normal;
}
