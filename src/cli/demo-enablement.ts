// The demo's enablement story, stored once its calendars are imported: the seed's field notes
// (ride-alongs on real sales calls from the calendars, and one-on-ones), requests with their votes,
// merge and statuses, and the enablement items with their evidence — written through the same
// storage and ingest functions the commands use, so the demo holds nothing the product could not.
import {
  enablementSeed,
  type SeedCall,
  type SeedItem,
  type SeedRequest,
} from '../../bench/org/enablement-seed.js';
import { formatDate } from '../calendar/local-time.js';
import { ianaZone } from '../calendar/time-zones/iana-zone.js';
import type { EnablementRequest, EvidenceLinks } from '../core/enablement/model.js';
import {
  mergeRequest,
  recordVote,
  setRequestStatus,
  shipItemAndRequests,
} from '../ingest/enablement-requests.js';
import type { Counting } from '../ingest/counting.js';
import { salesCallsWithObservers } from '../ingest/ride-along-meetings.js';
import { addItems } from '../storage/enablement-items-store.js';
import {
  addObservations,
  type StoredObservation,
} from '../storage/enablement-observations-store.js';
import { addRequest } from '../storage/enablement-requests-store.js';
import type { CliContext } from './context.js';
import { preparedCounting } from './counting.js';

export interface SeededEnablement {
  notes: number;
  rideAlongs: number;
  requests: number;
  items: number;
}

/** When the seed's records are written (the end of the demo quarter). */
const SEEDED_AT = '2026-08-31T09:00:00Z';

/**
 * Stores the seed for the demo org in `ctx`'s database over the calendars' range; null (and
 * nothing written) when the org is too small for one.
 */
export async function seedDemoEnablement(
  ctx: CliContext,
  range: { from: string; to: string },
): Promise<SeededEnablement | null> {
  const counting = await preparedCounting(ctx);
  const seed = enablementSeed(counting.context.people, await callsOf(counting, range));
  if (seed === null) return null;
  const db = counting.database.db;

  const notes = await addObservations(db, seed.notes, { recordedBy: null, now: SEEDED_AT });
  const requests = new Map<string, EnablementRequest>();
  for (const request of seed.requests) requests.set(request.key, await storeRequest(db, request));
  for (const request of seed.requests) {
    if (request.duplicateOf === null) continue;
    await mergeRequest(db, requests.get(request.key)!.id, requests.get(request.duplicateOf)!.id);
  }
  const stored = await addItems(
    db,
    seed.items.map(({ evidence, shipsOn: _shipsOn, ...item }) => ({
      ...item,
      shippedAt: null,
      evidence: evidenceOf(evidence, notes, requests),
    })),
    SEEDED_AT,
  );
  for (const [i, item] of seed.items.entries()) {
    if (item.shipsOn !== null) await shipItemAndRequests(db, stored[i]!.id, item.shipsOn);
  }
  return {
    notes: notes.length,
    rideAlongs: notes.filter((n) => n.kind === 'ride-along').length,
    requests: requests.size,
    items: stored.length,
  };
}

/** The sales calls with a market-oriented attendee, each on the org's calendar day. */
async function callsOf(
  counting: Counting,
  range: { from: string; to: string },
): Promise<SeedCall[]> {
  const zone = ianaZone(counting.context.clock.timezone);
  return (await salesCallsWithObservers(counting, range)).map((call) => {
    const utc = Date.parse(call.start);
    return {
      date: formatDate(utc + (zone?.offsetAt(utc) ?? 0)),
      uid: call.uid,
      recurrenceKey: call.recurrenceKey,
      observer: call.observer,
      salespeople: call.salespeople,
      account: call.externalDomains[0] ?? null,
    };
  });
}

async function storeRequest(
  db: Parameters<typeof addRequest>[0],
  request: SeedRequest,
): Promise<EnablementRequest> {
  let stored = await addRequest(db, {
    title: request.title,
    description: request.description,
    requestedBy: request.requestedBy,
    now: request.createdAt,
  });
  for (const vote of request.votes) stored = await recordVote(db, stored.id, vote);
  for (const step of request.steps) stored = await setRequestStatus(db, stored.id, step);
  return stored;
}

function evidenceOf(
  evidence: SeedItem['evidence'],
  notes: readonly StoredObservation[],
  requests: ReadonlyMap<string, EnablementRequest>,
): EvidenceLinks {
  return {
    observations: evidence.notes.map((n) => notes[n]!.id),
    moments: evidence.moments.map(([n, i]) => notes[n]!.moments[i]!.id),
    requests: evidence.requests.map((key) => requests.get(key)!.id),
  };
}
