// Merged requests form families: a duplicate points (mergedInto) at the request it was merged into,
// which holds the votes carried over. Evidence and "who to tell" read a whole family.
import type { EnablementRequest } from './model.js';

/** The request a chain of merges ends at; the request itself when it is not a duplicate. */
export function rootOf(
  request: EnablementRequest,
  byId: ReadonlyMap<string, EnablementRequest>,
): EnablementRequest {
  let current = request;
  const seen = new Set<string>([current.id]);
  while (current.status === 'duplicate' && current.mergedInto !== null) {
    const next = byId.get(current.mergedInto);
    if (next === undefined || seen.has(next.id)) break;
    seen.add(next.id);
    current = next;
  }
  return current;
}

/**
 * Every request in the families of the given ids: the roots they were merged into and every
 * duplicate merged into those roots, in input order. Ids not in `requests` come back in `missing`.
 */
export function requestFamilies(
  ids: readonly string[],
  requests: readonly EnablementRequest[],
): { members: EnablementRequest[]; missing: string[] } {
  const byId = new Map(requests.map((r) => [r.id, r]));
  const roots = new Set<string>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const request = byId.get(id);
    if (request === undefined) missing.push(id);
    else roots.add(rootOf(request, byId).id);
  }
  const members = requests.filter((r) => roots.has(rootOf(r, byId).id));
  return { members, missing };
}

/**
 * The votes a family counts: those on requests that are not duplicates (merging carried the
 * duplicates' votes there), plus a duplicate's own when its root is not among `members`.
 */
export function familyVotes(members: readonly EnablementRequest[]): EnablementRequest['votes'] {
  const ids = new Set(members.map((r) => r.id));
  return members.flatMap((r) =>
    r.status !== 'duplicate' || r.mergedInto === null || !ids.has(r.mergedInto) ? r.votes : [],
  );
}
