// Staffing suggestions over a range, as `orient items suggest-staffing` and
// `GET /api/items/staffing` both build them: the report's input (the ledger's sums, the same path
// as `orient report`) → the one-day rule's flagged pairs as hires (core), each marked with the
// item it already is, if any; and adding the new ones as items, all or nothing.
import type { OrientConfig } from '../core/config/config-schema.js';
import type { EnablementItem } from '../core/enablement/model.js';
import { staffingSuggestions, type StaffingSuggestion } from '../core/enablement/staffing.js';
import { oneDayHours } from '../core/reports/cross-department.js';
import { addItems, listItems } from '../storage/enablement-items-store.js';
import { reportInput, type ReportRange } from '../storage/report-queries.js';
import type { Counting } from './counting.js';

type Db = Counting['database']['db'];

export interface StaffingAnswer {
  range: ReportRange;
  /** One working day: workweekHours / 5 (rule 8). */
  thresholdHoursPerWeek: number;
  /** Most FTE absorbed first; `itemId` is the stored item of the same title, or null. */
  suggestions: (StaffingSuggestion & { itemId: string | null })[];
}

export async function staffingFor(
  counting: Counting,
  config: OrientConfig,
  range: ReportRange,
): Promise<StaffingAnswer> {
  const input = await reportInput(
    counting.database,
    counting.context,
    { workweekHours: config.workweekHours, minGroupSize: config.privacy.minGroupSize },
    range,
  );
  const stored = itemsByTitle(await listItems(counting.database.db));
  return {
    range,
    thresholdHoursPerWeek: oneDayHours(config.workweekHours),
    suggestions: staffingSuggestions(input).map((s) => ({
      ...s,
      itemId: stored.get(titleKey(s.title))?.id ?? null,
    })),
  };
}

/** What the user estimates for a hire; the data gives none (suggestions carry no effort or cost). */
export interface HireEstimate {
  effortDays: number;
  cost: number;
  confidence: number;
}

/** Adds the suggestions not already items, in one transaction; says which were there. */
export async function addStaffingItems(
  db: Db,
  answer: StaffingAnswer,
  estimate: HireEstimate,
  now: string,
): Promise<{ added: EnablementItem[]; present: { title: string; itemId: string }[] }> {
  const present = answer.suggestions
    .filter((s) => s.itemId !== null)
    .map((s) => ({ title: s.title, itemId: s.itemId! }));
  const fresh = answer.suggestions.filter((s) => s.itemId === null);
  const added =
    fresh.length === 0
      ? []
      : await addItems(
          db,
          fresh.map((s) => ({
            title: s.title,
            kind: s.kind,
            description: s.description,
            evidence: { observations: [], moments: [], requests: [] },
            effortDays: estimate.effortDays,
            cost: estimate.cost,
            sellingHoursPerWeek: s.sellingHoursPerWeek,
            derivation: null,
            confidence: estimate.confidence,
            status: 'proposed',
            shippedAt: null,
            tags: [],
          })),
          now,
        );
  return { added, present };
}

function titleKey(title: string): string {
  return title.trim().toLowerCase();
}

function itemsByTitle(items: readonly EnablementItem[]): Map<string, EnablementItem> {
  const out = new Map<string, EnablementItem>();
  for (const item of items) if (!out.has(titleKey(item.title))) out.set(titleKey(item.title), item);
  return out;
}
