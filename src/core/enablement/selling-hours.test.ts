import { describe, expect, it } from 'vitest';
import {
  HOURS_PER_YEAR_FACTOR,
  sellingHoursPerWeek,
  sellingHoursPerYear,
} from './selling-hours.js';

const derivation = { timesPerWeek: 2, salespeople: 6, minutesLost: 30 };

describe('sellingHoursPerWeek', () => {
  it.each([
    // entered, derivation, hours a week, text
    [null, derivation, 6, '2 times a week × 6 salespeople × 30 min = 6 h a week'],
    [
      null,
      { timesPerWeek: 1, salespeople: 1, minutesLost: 45 },
      0.75,
      '1 time a week × 1 salesperson × 45 min = 0.75 h a week',
    ],
    [
      null,
      { timesPerWeek: 0.5, salespeople: 3, minutesLost: 20 },
      0.5,
      '0.5 times a week × 3 salespeople × 20 min = 0.5 h a week',
    ],
    [4, null, 4, 'entered: 4 h a week'],
    [
      4,
      derivation,
      4,
      'entered: 4 h a week (the evidence gives 2 times a week × 6 salespeople × 30 min = 6 h a week)',
    ],
    [null, null, 0, 'not estimated: 0 h a week'],
    [0, null, 0, 'entered: 0 h a week'],
  ] as const)('entered %s, derived %o → %s h', (entered, derived, hours, text) => {
    expect(sellingHoursPerWeek({ sellingHoursPerWeek: entered, derivation: derived })).toEqual({
      hoursPerWeek: hours,
      derivation: text,
    });
  });

  it('rounds the words, not the number: 1 × 1 × 20 min = 0.33 h', () => {
    const result = sellingHoursPerWeek({
      sellingHoursPerWeek: null,
      derivation: { timesPerWeek: 1, salespeople: 1, minutesLost: 20 },
    });
    expect(result.hoursPerWeek).toBe(1 / 3);
    expect(result.derivation).toBe('1 time a week × 1 salesperson × 20 min = 0.33 h a week');
  });
});

describe('sellingHoursPerYear', () => {
  it('is 52 weeks of the weekly figure: 6 h a week → 312 h a year', () => {
    expect(HOURS_PER_YEAR_FACTOR).toBe(52);
    expect(sellingHoursPerYear({ sellingHoursPerWeek: null, derivation })).toBe(312);
  });
});
