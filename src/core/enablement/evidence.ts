// Evidence strength (issue 5, item 4): how many distinct salespeople and distinct sales calls the
// struggle behind an item was seen with, each counted once however many notes, moments or votes
// mention them.
import type { EnablementItem, EnablementRequest, Observation } from './model.js';
import { familyVotes, requestFamilies } from './request-family.js';

export interface EvidenceStrength {
  /** Distinct salespeople (lower-cased emails, sorted) seen struggling, asking or voting. */
  salespeople: string[];
  /** Distinct sales calls: ride-alongs, one per calendar occurrence (else per note). */
  calls: number;
  /** Distinct field notes: linked ones and those holding a linked moment. */
  observations: number;
  /** Distinct linked moments found in the notes. */
  moments: number;
  /** Distinct salespeople voting for the linked requests and the duplicates merged into them. */
  votes: number;
  /** Requests in the linked families (each linked request, its root and the root's duplicates). */
  requests: number;
  /** Linked ids that are not in the data given. */
  missing: { observations: string[]; moments: string[]; requests: string[] };
}

/**
 * Salespeople come from the linked notes, the notes holding linked moments, and the requesters and
 * voters of the linked requests' families. A call is a ride-along: two observers on the same
 * calendar occurrence are one call; a ride-along with no occurrence is a call of its own.
 * Interviews are not calls (a one-on-one is not a sales call), though their salespeople count.
 */
export function evidenceStrength(
  item: Pick<EnablementItem, 'evidence'>,
  observations: readonly Observation[],
  requests: readonly EnablementRequest[],
): EvidenceStrength {
  const linkedObservations = new Set(item.evidence.observations);
  const linkedMoments = new Set(item.evidence.moments);
  const notes = observations.filter(
    (o) => linkedObservations.has(o.id) || o.moments.some((m) => linkedMoments.has(m.id)),
  );
  const foundMoments = new Set(
    observations.flatMap((o) => o.moments.map((m) => m.id)).filter((id) => linkedMoments.has(id)),
  );
  const foundObservations = new Set(observations.map((o) => o.id));
  const family = requestFamilies(item.evidence.requests, requests);
  const voters = new Set(familyVotes(family.members).map((v) => normalEmail(v.salesperson)));

  const salespeople = new Set([
    ...notes.flatMap((o) => o.salespeople.map(normalEmail)),
    ...family.members.map((r) => normalEmail(r.requestedBy)),
    ...voters,
  ]);
  const calls = new Set(
    notes
      .filter((o) => o.kind === 'ride-along')
      .map((o) =>
        o.occurrence === null
          ? `note ${o.id}`
          : `occurrence ${o.occurrence.uid} ${o.occurrence.recurrenceKey}`,
      ),
  );
  return {
    salespeople: [...salespeople].sort(),
    calls: calls.size,
    observations: new Set(notes.map((o) => o.id)).size,
    moments: foundMoments.size,
    votes: voters.size,
    requests: family.members.length,
    missing: {
      observations: [...linkedObservations].filter((id) => !foundObservations.has(id)),
      moments: [...linkedMoments].filter((id) => !foundMoments.has(id)),
      requests: family.missing,
    },
  };
}

function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}
