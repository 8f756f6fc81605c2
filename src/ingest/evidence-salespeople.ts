// "Salespeople affected", derived from the evidence (issue 5, item 3): the distinct salespeople on
// the linked notes and moments and among the askers and voters of the linked requests, each once —
// the same count the item's evidence strength shows.
import type { Kysely } from 'kysely';
import { evidenceStrength } from '../core/enablement/evidence.js';
import type { EvidenceLinks } from '../core/enablement/model.js';
import { listObservations } from '../storage/enablement-observations-store.js';
import { listRequests } from '../storage/enablement-requests-store.js';
import type { OrientSchema } from '../storage/schema.js';

/** How many distinct salespeople the evidence names (0 when it names none). */
export async function salespeopleInEvidence(
  db: Kysely<OrientSchema>,
  evidence: EvidenceLinks,
): Promise<number> {
  const [observations, requests] = await Promise.all([listObservations(db), listRequests(db)]);
  return evidenceStrength({ evidence }, observations, requests).salespeople.length;
}
