// How the enablement pages word items: kinds, statuses, money and person-days. Money has no
// currency symbol: the org's currency is whatever its budgets are kept in.
import type { ItemKind, RankedItem } from '../api-types.js';
import { count, number } from '../format.js';

export const KIND_LABELS: Record<ItemKind, string> = {
  worksheet: 'Customer worksheet',
  training: 'Product training',
  presentation: 'Presentation',
  tool: 'Tool',
  content: 'Content',
  hire: 'Hire',
};

export const STATUS_LABELS: Record<RankedItem['status'], string> = {
  proposed: 'proposed',
  planned: 'planned',
  'in-progress': 'in progress',
  shipped: 'shipped',
  dropped: 'dropped',
};

/** Money as a plain figure with thousands separators, cents only when there are any. */
export function money(value: number): string {
  return number(value, 2);
}

export function personDays(value: number): string {
  return count(Number(value.toFixed(2)), 'person-day');
}

/** "3 salespeople on 2 calls": the evidence strength in words. */
export function evidenceText(evidence: RankedItem['evidence']): string {
  return `${count(evidence.salespeople, 'salesperson', 'salespeople')} on ${count(evidence.calls, 'call')}`;
}

/** How the hours a week were found, as the server words it ("entered: 6 h a week", or the sum). */
export function derivationText(entry: RankedItem): string {
  const text = entry.inputs['derivation'];
  return typeof text === 'string' ? text : '';
}

/** Today in the viewer's time zone, `YYYY-MM-DD`. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
