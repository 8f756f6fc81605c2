import { describe, expect, it } from 'vitest';
import { formatFte, formatHours, formatHoursShort, formatShare } from './format.js';

describe('format', () => {
  it('rounds shares to whole percentages', () => {
    expect(formatShare(0.3)).toBe('30%');
    expect(formatShare(72 / 108)).toBe('67%');
    expect(formatShare(0)).toBe('0%');
  });

  it('rounds the decimal value half away from zero, not the binary double', () => {
    expect(formatFte(0.425)).toBe('0.43');
    expect(formatHours(0.05)).toBe('0.1');
    expect(formatHours(-1e-12)).toBe('0.0');
  });

  it('keeps one decimal in tables and drops ".0" in prose', () => {
    expect(formatHours(182)).toBe('182.0');
    expect(formatHoursShort(182)).toBe('182');
    expect(formatHoursShort(3.25)).toBe('3.3');
  });
});
