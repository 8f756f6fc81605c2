// Field research and sales enablement (migration 0005). Ids are integers here and strings in the
// model (src/core/enablement/model.ts): "12". Lists (tags) are JSON text; days are `YYYY-MM-DD`,
// instants the stored timestamp form.
import type { Generated } from 'kysely';
import type { ItemKind, Moment, Observation, RequestStatus } from '../core/enablement/model.js';
import type { EnablementItem } from '../core/enablement/model.js';

export interface ObservationsTable {
  id: Generated<number>;
  kind: Observation['kind'];
  /** The product or market person who observed (email, in the directory). */
  observer: string;
  date: string;
  account: string | null;
  occurrence_uid: string | null;
  /** '' for a single event, else the instance key; null with occurrence_uid. */
  occurrence_key: string | null;
  /** The signed-in account that logged it; null from the command line. */
  recorded_by: string | null;
  created_at: string;
}

export interface ObservationSalespeopleTable {
  observation_id: number;
  /** Order as entered. */
  position: number;
  email: string;
}

export interface MomentsTable {
  id: Generated<number>;
  observation_id: number;
  position: number;
  text: string;
  kind: Moment['kind'];
  /** JSON array of lower-case tags. */
  tags: string;
  raised_by: Moment['raisedBy'];
  severity: number;
}

export interface RequestsTable {
  id: Generated<number>;
  title: string;
  description: string;
  requested_by: string;
  status: RequestStatus;
  merged_into: number | null;
  created_at: string;
}

export interface VotesTable {
  request_id: number;
  /** Credited with the vote; one vote per salesperson and request. */
  salesperson: string;
  recorded_by: string;
  at: string;
}

export interface ItemsTable {
  id: Generated<number>;
  title: string;
  kind: ItemKind;
  description: string;
  effort_days: number;
  cost: number;
  selling_hours_per_week: number | null;
  /** The derivation (HoursDerivation), all three or none. */
  times_per_week: number | null;
  derivation_salespeople: number | null;
  minutes_lost: number | null;
  confidence: number;
  status: EnablementItem['status'];
  shipped_at: string | null;
  /** JSON array of lower-case tags. */
  tags: string;
  created_at: string;
}

export type EvidenceKind = 'observation' | 'moment' | 'request';

export interface ItemEvidenceTable {
  item_id: number;
  kind: EvidenceKind;
  ref_id: number;
}

export interface EnablementSchema {
  observations: ObservationsTable;
  observation_salespeople: ObservationSalespeopleTable;
  moments: MomentsTable;
  requests: RequestsTable;
  votes: VotesTable;
  items: ItemsTable;
  item_evidence: ItemEvidenceTable;
}
