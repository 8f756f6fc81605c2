// Field research and sales enablement (issue 5): what product managers learn from one-on-ones and
// ride-alongs, what salespeople ask for, and the enablement items built from both. Plain data.

/** One moment observed in the field: where the salesperson struggled or was unsure. */
export interface Moment {
  id: string;
  /** What happened, in the observer's words. */
  text: string;
  kind: 'struggle' | 'unsure';
  /** Topic tags, lower-case (e.g. pricing, security-questionnaire, integrations). */
  tags: string[];
  /** Who raised it. */
  raisedBy: 'customer' | 'salesperson';
  /** 1 (minor) … 3 (lost the moment / the deal stalled). */
  severity: 1 | 2 | 3;
}

/** A field note: a one-on-one interview or a ride-along on a sales call. */
export interface Observation {
  id: string;
  kind: 'interview' | 'ride-along';
  /** The product or market person who observed (email). */
  observer: string;
  /** The salespeople met (emails). */
  salespeople: string[];
  /** `YYYY-MM-DD`. */
  date: string;
  account: string | null;
  /** The calendar occurrence it belongs to, when known. */
  occurrence: { uid: string; recurrenceKey: string } | null;
  moments: Moment[];
}

export type RequestStatus =
  'open' | 'planned' | 'in-progress' | 'shipped' | 'declined' | 'duplicate';

export interface Vote {
  /** The salesperson credited with the vote. */
  salesperson: string;
  /** Who recorded it: the salesperson themself, or an admin/PM on their behalf. */
  recordedBy: string;
  at: string;
}

/** Something salespeople asked for. */
export interface EnablementRequest {
  id: string;
  title: string;
  description: string;
  requestedBy: string;
  status: RequestStatus;
  /** Set when status is duplicate: the request it was merged into. */
  mergedInto: string | null;
  votes: Vote[];
  createdAt: string;
}

export type ItemKind = 'worksheet' | 'training' | 'presentation' | 'tool' | 'content' | 'hire';

/** Selling time freed, derived from evidence: frequency × salespeople affected × minutes lost. */
export interface HoursDerivation {
  /** How often the struggle happens per salesperson per week. */
  timesPerWeek: number;
  salespeople: number;
  minutesLost: number;
}

export interface EvidenceLinks {
  observations: string[];
  moments: string[];
  requests: string[];
}

/** Something built so salespeople can sell without help. */
export interface EnablementItem {
  id: string;
  title: string;
  kind: ItemKind;
  description: string;
  evidence: EvidenceLinks;
  /** Effort in person-days. */
  effortDays: number;
  /** Cost in money (the org's currency). */
  cost: number;
  /** Entered directly, or null when derived. */
  sellingHoursPerWeek: number | null;
  derivation: HoursDerivation | null;
  /** 0–1. */
  confidence: number;
  status: 'proposed' | 'planned' | 'in-progress' | 'shipped' | 'dropped';
  shippedAt: string | null;
  /** Tags of the struggles it answers (for the before/after view). */
  tags: string[];
}
