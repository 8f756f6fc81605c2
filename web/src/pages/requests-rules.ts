// What the requests page shows and offers, by the same rules the server applies (docs/api.md
// "Enablement"): most votes first, voting while a request is open, planned or in progress, the
// status moves the core allows, and who may remove a vote.
import { REQUEST_TRANSITIONS } from '../../../src/core/enablement/requests.js';
import type { RequestStatus, RequestView, Role, Session, Vote } from '../api-types.js';

export const STATUS_LABEL: Record<RequestStatus, string> = {
  open: 'Open',
  planned: 'Planned',
  'in-progress': 'In progress',
  shipped: 'Shipped',
  declined: 'Declined',
  duplicate: 'Duplicate',
};

/** Most votes first; ties in the order they were asked; merged duplicates last. */
export function byVotes(requests: readonly RequestView[]): RequestView[] {
  return [...requests].sort(
    (a, b) =>
      Number(a.status === 'duplicate') - Number(b.status === 'duplicate') ||
      b.voteCount - a.voteCount ||
      Number(a.id) - Number(b.id),
  );
}

export function votingOpen(status: RequestStatus): boolean {
  return status === 'open' || status === 'planned' || status === 'in-progress';
}

/** Where a request may go next; duplicate is reached by merging only. */
export function nextStatuses(status: RequestStatus): readonly RequestStatus[] {
  return REQUEST_TRANSITIONS[status];
}

/** The requests a duplicate may be merged into: any other that is not itself merged. */
export function mergeTargets(request: RequestView, all: readonly RequestView[]): RequestView[] {
  return all.filter((r) => r.id !== request.id && r.status !== 'duplicate');
}

export function mayMerge(request: RequestView): boolean {
  return request.status !== 'duplicate' && request.status !== 'shipped';
}

/** Whoever recorded the vote, the salesperson credited with it, or an admin. */
export function mayRemoveVote(vote: Vote, me: string, role: Role): boolean {
  return role === 'admin' || vote.recordedBy === me || vote.salesperson === me;
}

/**
 * Asking and voting for a salesperson: admins, and members whose directory role is market-oriented
 * (the server says so in the session; without that, only admins are offered it).
 */
export function mayActForOthers(session: Session): boolean {
  return session.user.role === 'admin' || session.mayActForOthers === true;
}
