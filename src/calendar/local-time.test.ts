import { describe, expect, it } from 'vitest';
import { fieldsOf, formatBasic, formatDate, formatUtc, localMs } from './local-time.js';

describe('local time', () => {
  it('formats instants as UTC ISO without milliseconds', () => {
    expect(formatUtc(Date.UTC(2026, 2, 2, 14, 0, 0))).toBe('2026-03-02T14:00:00Z');
    expect(formatUtc(Date.UTC(2024, 1, 29, 23, 59, 59))).toBe('2024-02-29T23:59:59Z');
    // Before 1970 the day number is negative: 1969-12-31 23:59:59.
    expect(formatUtc(-1000)).toBe('1969-12-31T23:59:59Z');
  });

  it('keeps years below 100 as written', () => {
    expect(formatDate(localMs(1, 1, 1))).toBe('0001-01-01');
    expect(fieldsOf(localMs(1601, 1, 1, 3)).year).toBe(1601);
  });

  it('numbers weekdays from Monday (RFC 5545 lists MO first)', () => {
    // 2026-03-02 is a Monday; 2026-03-08 a Sunday.
    expect(fieldsOf(localMs(2026, 3, 2)).weekday).toBe(0);
    expect(fieldsOf(localMs(2026, 3, 8)).weekday).toBe(6);
  });

  it('writes the basic form of §3.3.5', () => {
    expect(formatBasic(localMs(2026, 3, 2, 9, 5, 7))).toBe('20260302T090507');
  });
});
