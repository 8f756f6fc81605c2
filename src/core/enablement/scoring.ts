// Priority of enablement items (issue 5, item 4): a transparent score shown with its inputs.
//
// hours-per-day (default): selling hours freed per year ÷ effort in person-days — the essay's
//   "work from the top until you run out of time", so the top is what frees most selling per day.
// rice: reach × impact × confidence ÷ effort, where
//   reach      = distinct salespeople affected: the evidence's, else the derivation's, at least 1;
//   impact     = selling hours freed per salesperson per week (hours a week ÷ reach);
//   confidence = the item's confidence, 0–1;
//   effort     = person-days.
//   With these definitions reach × impact is the hours freed a week, so RICE ranks like the
//   default scaled by confidence (and per week, not per year); reach and impact are still shown
//   apart so a reader sees who is helped and how much each.
// Both count effort as at least MIN_EFFORT_DAYS, so a zero-effort item scores finitely.
// Scores are absolute: an item's score depends only on its own inputs, never on the other items,
// so adding an item never reshuffles the rest.
import { badInput } from '../orient-error.js';
import type { EvidenceStrength } from './evidence.js';
import { counted, figure } from './figures.js';
import type { EnablementItem } from './model.js';
import { HOURS_PER_YEAR_FACTOR, sellingHoursPerWeek } from './selling-hours.js';

export type ScoringMethod = 'hours-per-day' | 'rice';
export const SCORING_METHODS: readonly ScoringMethod[] = ['hours-per-day', 'rice'];

/** Effort below half a day counts as half a day. */
export const MIN_EFFORT_DAYS = 0.5;

export interface ItemScore {
  score: number;
  method: ScoringMethod;
  inputs: Record<string, number | string>;
  explanation: string;
  /** The evidence counts prioritise breaks ties on. */
  evidence: { salespeople: number; calls: number };
}

export type ScorableItem = Pick<
  EnablementItem,
  'title' | 'effortDays' | 'sellingHoursPerWeek' | 'derivation' | 'confidence'
>;
export type ScoringEvidence = Pick<EvidenceStrength, 'salespeople' | 'calls'>;

/** No field evidence: for items entered by hand or imported from a CSV. */
export const NO_EVIDENCE: ScoringEvidence = { salespeople: [], calls: 0 };

/** Scores one item from its own inputs; negative or non-finite effort is bad input. */
export function scoreItem(
  item: ScorableItem,
  strength: ScoringEvidence,
  method: ScoringMethod = 'hours-per-day',
): ItemScore {
  if (!Number.isFinite(item.effortDays) || item.effortDays < 0) {
    throw badInput(`item '${item.title}': effort must be 0 or more person-days`);
  }
  if (!Number.isFinite(item.confidence) || item.confidence < 0 || item.confidence > 1) {
    throw badInput(`item '${item.title}': confidence must be between 0 and 1`);
  }
  const hours = sellingHoursPerWeek(item);
  const effort = Math.max(item.effortDays, MIN_EFFORT_DAYS);
  const evidence = { salespeople: strength.salespeople.length, calls: strength.calls };
  const seen =
    `seen with ${counted(evidence.salespeople, 'salesperson', 'salespeople')} ` +
    `on ${counted(evidence.calls, 'call', 'calls')}`;
  const effortText =
    effort === item.effortDays
      ? `${figure(effort)} person-days`
      : `${figure(effort)} person-days (${figure(item.effortDays)} counted as the minimum)`;
  const common = {
    sellingHoursPerWeek: hours.hoursPerWeek,
    derivation: hours.derivation,
    effortDays: item.effortDays,
    effortDaysCounted: effort,
    confidence: item.confidence,
    salespeople: evidence.salespeople,
    calls: evidence.calls,
  };
  switch (method) {
    case 'hours-per-day': {
      const perYear = hours.hoursPerWeek * HOURS_PER_YEAR_FACTOR;
      const score = perYear / effort;
      return {
        score,
        method,
        inputs: { ...common, sellingHoursPerYear: perYear },
        explanation:
          `${figure(perYear)} selling hours a year ÷ ${effortText} = ${figure(score)} ` +
          `(${figure(hours.hoursPerWeek)} h a week × ${HOURS_PER_YEAR_FACTOR}; ` +
          `${hours.derivation}); ${seen}`,
        evidence,
      };
    }
    case 'rice': {
      const reach = reachOf(item, strength);
      const impact = hours.hoursPerWeek / reach.value;
      const score = (reach.value * impact * item.confidence) / effort;
      return {
        score,
        method,
        inputs: { ...common, reach: reach.value, reachFrom: reach.from, impact },
        explanation:
          `reach ${figure(reach.value)} (${reach.from}) × impact ${figure(impact)} h per ` +
          `salesperson a week × confidence ${figure(item.confidence)} ÷ ${effortText} = ` +
          `${figure(score)} (${hours.derivation}); ${seen}`,
        evidence,
      };
    }
  }
}

function reachOf(
  item: ScorableItem,
  strength: ScoringEvidence,
): { value: number; from: 'evidence' | 'derivation' | 'minimum' } {
  if (strength.salespeople.length > 0) {
    return { value: strength.salespeople.length, from: 'evidence' };
  }
  const derived = item.derivation?.salespeople ?? 0;
  if (derived >= 1) return { value: derived, from: 'derivation' };
  return { value: 1, from: 'minimum' };
}

export interface RankedItem<T> {
  rank: number;
  item: T;
  score: ItemScore;
}

/**
 * Items in priority order: score descending, ties by evidence (distinct salespeople, then calls)
 * descending, then title, then input order. `scores` is parallel to `items`, or keyed by item id.
 */
export function prioritise<T extends { title: string; id?: string }>(
  items: readonly T[],
  scores: readonly ItemScore[] | ReadonlyMap<string, ItemScore>,
): RankedItem<T>[] {
  const entries = items.map((item, index) => {
    const score = Array.isArray(scores)
      ? (scores as readonly ItemScore[])[index]
      : (scores as ReadonlyMap<string, ItemScore>).get(item.id ?? '');
    if (score === undefined) throw badInput(`item '${item.title}' has no score`);
    return { item, score, index };
  });
  entries.sort(
    (a, b) =>
      compareScores(b.score.score, a.score.score) ||
      b.score.evidence.salespeople - a.score.evidence.salespeople ||
      b.score.evidence.calls - a.score.evidence.calls ||
      compareText(a.item.title, b.item.title) ||
      a.index - b.index,
  );
  return entries.map(({ item, score }, index) => ({ rank: index + 1, item, score }));
}

/** Scores that differ only by floating-point noise (312 / 4 vs 0.1 × 780) are a tie. */
function compareScores(a: number, b: number): number {
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= scale * 1e-12 ? 0 : a - b;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
