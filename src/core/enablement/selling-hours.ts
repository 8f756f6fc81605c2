// Selling time an enablement item frees (issue 5, item 3): entered by whoever knows, or derived from
// the field evidence as frequency × salespeople affected × minutes lost — with the derivation in
// words, so anyone can check it.
import { counted, figure } from './figures.js';
import type { EnablementItem } from './model.js';

/** Weeks in a year of selling, to turn hours a week into hours a year. */
export const HOURS_PER_YEAR_FACTOR = 52;

export type SellingHoursInput = Pick<EnablementItem, 'sellingHoursPerWeek' | 'derivation'>;

/**
 * Selling hours freed per week. An entered value wins over a derivation (someone overrode it on
 * purpose, and the text says so); with neither, 0 and "not estimated".
 */
export function sellingHoursPerWeek(item: SellingHoursInput): {
  hoursPerWeek: number;
  derivation: string;
} {
  const derived = item.derivation === null ? null : derive(item.derivation);
  if (item.sellingHoursPerWeek !== null) {
    const entered = `entered: ${figure(item.sellingHoursPerWeek)} h a week`;
    return {
      hoursPerWeek: item.sellingHoursPerWeek,
      derivation: derived === null ? entered : `${entered} (the evidence gives ${derived.text})`,
    };
  }
  if (derived === null) return { hoursPerWeek: 0, derivation: 'not estimated: 0 h a week' };
  return { hoursPerWeek: derived.hours, derivation: derived.text };
}

/** Selling hours freed per year: hours a week × HOURS_PER_YEAR_FACTOR. */
export function sellingHoursPerYear(item: SellingHoursInput): number {
  return sellingHoursPerWeek(item).hoursPerWeek * HOURS_PER_YEAR_FACTOR;
}

function derive(d: NonNullable<EnablementItem['derivation']>): { hours: number; text: string } {
  const hours = (d.timesPerWeek * d.salespeople * d.minutesLost) / 60;
  const text =
    `${counted(d.timesPerWeek, 'time', 'times')} a week × ` +
    `${counted(d.salespeople, 'salesperson', 'salespeople')} × ${figure(d.minutesLost)} min = ` +
    `${figure(hours)} h a week`;
  return { hours, text };
}
