// The invite check's decision log and its summary: how many asked invites were kept, changed or
// dropped, and the selling time per year the changes and drops gave back.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DecisionOutcome } from './invite-decisions-tables.js';
import type { OrientSchema } from './schema.js';
import { assertStoredTimestamp } from './schema.js';

type Db = Kysely<OrientSchema>;

export interface NewDecision {
  userId: number | null;
  now: string;
  title: string;
  organizer: string;
  attendees: readonly string[];
  rrule: string | null;
  verdict: string;
  outcome: DecisionOutcome;
  answer: string | null;
  sellingMsPerYearBefore: number;
  sellingMsPerYearAfter: number;
}

export interface DecisionSummary {
  /** Decisions on invites whose verdict was ask-why. */
  asked: number;
  kept: number;
  changed: number;
  dropped: number;
  /** Σ (before − after) over the changed and dropped ones, in ms per year. */
  savedMsPerYear: number;
}

export async function logDecision(db: Db, decision: NewDecision): Promise<number> {
  assertStoredTimestamp(decision.now, 'logDecision: now');
  const row = await db
    .insertInto('invite_decisions')
    .values({
      user_id: decision.userId,
      created_at: decision.now,
      title: decision.title,
      organizer: decision.organizer,
      attendees: JSON.stringify(decision.attendees),
      rrule: decision.rrule,
      verdict: decision.verdict,
      outcome: decision.outcome,
      answer: decision.answer,
      selling_ms_per_year_before: Math.round(decision.sellingMsPerYearBefore),
      selling_ms_per_year_after: Math.round(decision.sellingMsPerYearAfter),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Counts over the decisions that followed an ask-why verdict. */
export async function decisionSummary(db: Db): Promise<DecisionSummary> {
  const rows = await db
    .selectFrom('invite_decisions')
    .select('outcome')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .select(sql<number>`sum(selling_ms_per_year_before - selling_ms_per_year_after)`.as('saved'))
    .where('verdict', '=', 'ask-why')
    .groupBy('outcome')
    .execute();
  const summary: DecisionSummary = {
    asked: 0,
    kept: 0,
    changed: 0,
    dropped: 0,
    savedMsPerYear: 0,
  };
  for (const r of rows) {
    const n = Number(r.n);
    summary.asked += n;
    summary[r.outcome] += n;
    if (r.outcome !== 'kept') summary.savedMsPerYear += Number(r.saved ?? 0);
  }
  return summary;
}
