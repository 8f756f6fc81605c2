// The enablement list in priority order and the plan, as `orient items list`, `orient plan` and
// the API all build them: stored items, notes and requests (storage) → evidence strength, scores,
// priority and the plan (core).
import { evidenceStrength, type EvidenceStrength } from '../core/enablement/evidence.js';
import type { EnablementItem } from '../core/enablement/model.js';
import { planEnablement, type EnablementPlan, type PlanBudget } from '../core/enablement/plan.js';
import {
  prioritise,
  scoreItem,
  type ItemScore,
  type ScoringMethod,
} from '../core/enablement/scoring.js';
import { HOURS_PER_YEAR_FACTOR, sellingHoursPerWeek } from '../core/enablement/selling-hours.js';
import type { Kysely } from 'kysely';
import { listItems } from '../storage/enablement-items-store.js';
import { listObservations } from '../storage/enablement-observations-store.js';
import { listRequests } from '../storage/enablement-requests-store.js';
import type { OrientSchema } from '../storage/schema.js';

export interface RankedEntry {
  rank: number;
  item: EnablementItem;
  score: ItemScore;
  evidence: EvidenceStrength;
  sellingHoursPerWeek: number;
  sellingHoursPerYear: number;
}

/** Items that still compete for time and money: not shipped, not dropped. */
export function isOpenItem(item: EnablementItem): boolean {
  return item.status !== 'shipped' && item.status !== 'dropped';
}

/** Every item scored with `method`, in priority order (the closed ones too, unless `openOnly`). */
export async function rankedItems(
  db: Kysely<OrientSchema>,
  method: ScoringMethod,
  options: { openOnly?: boolean } = {},
): Promise<RankedEntry[]> {
  const [items, observations, requests] = await Promise.all([
    listItems(db),
    listObservations(db),
    listRequests(db),
  ]);
  const chosen = options.openOnly ? items.filter(isOpenItem) : items;
  const strengths = new Map(
    chosen.map((item) => [item.id, evidenceStrength(item, observations, requests)]),
  );
  const scores = new Map(
    chosen.map((item) => [item.id, scoreItem(item, strengths.get(item.id)!, method)]),
  );
  return prioritise(chosen, scores).map(({ rank, item, score }) => {
    const perWeek = sellingHoursPerWeek(item).hoursPerWeek;
    return {
      rank,
      item,
      score,
      evidence: strengths.get(item.id)!,
      sellingHoursPerWeek: perWeek,
      sellingHoursPerYear: perWeek * HOURS_PER_YEAR_FACTOR,
    };
  });
}

export type PlanAnswer = EnablementPlan & {
  method: ScoringMethod;
  greedy: EnablementPlan['greedy'] & { ids: string[] };
  best: EnablementPlan['best'] & { ids: string[] };
};

/** The plan over the open items in priority order; a missing or empty budget is bad input. */
export async function enablementPlan(
  db: Kysely<OrientSchema>,
  budget: PlanBudget,
  method: ScoringMethod,
): Promise<PlanAnswer> {
  const ranked = await rankedItems(db, method, { openOnly: true });
  const plan = planEnablement(
    ranked.map((r) => ({
      title: r.item.title,
      effortDays: r.item.effortDays,
      cost: r.item.cost,
      sellingHoursPerYear: r.sellingHoursPerYear,
    })),
    budget,
  );
  const ids = (positions: readonly number[]) => positions.map((p) => ranked[p]!.item.id);
  return {
    ...plan,
    method,
    greedy: { ...plan.greedy, ids: ids(plan.greedy.positions) },
    best: { ...plan.best, ids: ids(plan.best.positions) },
  };
}

/** The ranked list as `orient items list --json` and `GET /api/items` give it. */
export function rankedJson(entries: readonly RankedEntry[], method: ScoringMethod) {
  return {
    method,
    items: entries.map((e) => ({
      rank: e.rank,
      id: e.item.id,
      title: e.item.title,
      kind: e.item.kind,
      status: e.item.status,
      score: e.score.score,
      explanation: e.score.explanation,
      inputs: e.score.inputs,
      sellingHoursPerWeek: e.sellingHoursPerWeek,
      sellingHoursPerYear: e.sellingHoursPerYear,
      evidence: {
        salespeople: e.evidence.salespeople.length,
        calls: e.evidence.calls,
        observations: e.evidence.observations,
        moments: e.evidence.moments,
        votes: e.evidence.votes,
        requests: e.evidence.requests,
      },
      item: e.item,
    })),
  };
}
