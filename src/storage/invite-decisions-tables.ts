// The invite check's decision log (migration 0004): what an organiser did after being asked why.
import type { Generated } from 'kysely';

export const DECISION_OUTCOMES = ['kept', 'changed', 'dropped'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export interface InviteDecisionsTable {
  id: Generated<number>;
  /** Who logged it; null once that account is deleted. */
  user_id: number | null;
  created_at: string;
  title: string;
  organizer: string;
  /** JSON array of the invitees' emails, as checked. */
  attendees: string;
  rrule: string | null;
  /** The verdict of the check as the server computed it: ok | ask-why. */
  verdict: string;
  outcome: DecisionOutcome;
  /** The organiser's answer to "why?" (when kept), or a note. */
  answer: string | null;
  /** Selling time per year the invite would take, before and after the decision (ms, integers). */
  selling_ms_per_year_before: number;
  selling_ms_per_year_after: number;
}

export interface InviteDecisionsSchema {
  invite_decisions: InviteDecisionsTable;
}
