import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../local-time.js';
import {
  TABLE_FUTURE_LIMIT,
  fixedZone,
  offsetSpan,
  offsetTable,
  tableOffsetAt,
  tableToUtc,
  tableIsGap,
  tableZone,
  type OffsetTable,
} from './zone.js';

const T = 1_000 * HOUR_MS; // an arbitrary instant

describe('offsetTable', () => {
  it('sorts changes, drops ones that change nothing, and lets the later of two at one instant win', () => {
    const table = offsetTable(0, [
      { utc: T + 10 * HOUR_MS, offset: 0 },
      { utc: T, offset: HOUR_MS },
      { utc: T + 5 * HOUR_MS, offset: HOUR_MS },
      { utc: T + 10 * HOUR_MS, offset: 2 * HOUR_MS },
    ]);
    expect([...table.times]).toEqual([T, T + 10 * HOUR_MS]);
    expect([...table.offsets]).toEqual([HOUR_MS, 2 * HOUR_MS]);
    expect(tableOffsetAt(table, T - 1)).toBe(0);
    expect(tableOffsetAt(table, T)).toBe(HOUR_MS);
    expect(tableOffsetAt(table, T + 10 * HOUR_MS)).toBe(2 * HOUR_MS);
  });
});

describe('tableToUtc', () => {
  // +1 h until T, +2 h until T + 100 h, then +1 h.
  const table: OffsetTable = offsetTable(HOUR_MS, [
    { utc: T, offset: 2 * HOUR_MS },
    { utc: T + 100 * HOUR_MS, offset: HOUR_MS },
  ]);
  const span = offsetSpan(table);

  it('reads times before, in, and after the gap', () => {
    expect(tableToUtc(table, T + HOUR_MS - 1, span)).toBe(T - 1);
    // Wall clock jumps from T+1h to T+2h: T+1.5h is read with +1 h.
    expect(tableToUtc(table, T + 1.5 * HOUR_MS, span)).toBe(T + 0.5 * HOUR_MS);
    expect(tableIsGap(table, T + 1.5 * HOUR_MS, span)).toBe(true);
    expect(tableToUtc(table, T + 2 * HOUR_MS, span)).toBe(T);
    expect(tableIsGap(table, T + 2 * HOUR_MS, span)).toBe(false);
  });

  it('reads a repeated time as the first occurrence', () => {
    // Wall clock goes back from T+102h to T+101h: T+101.5h happens twice.
    expect(tableToUtc(table, T + 101.5 * HOUR_MS, span)).toBe(T + 99.5 * HOUR_MS);
    expect(tableToUtc(table, T + 102 * HOUR_MS, span)).toBe(T + 101 * HOUR_MS);
  });

  it('copes with transitions closer together than the offsets differ (a date-line jump)', () => {
    // -10 h, then +14 h (a whole day skipped), then +13 h an hour later.
    const jumpy = offsetTable(-10 * HOUR_MS, [
      { utc: T, offset: 14 * HOUR_MS },
      { utc: T + HOUR_MS, offset: 13 * HOUR_MS },
    ]);
    const jumpySpan = offsetSpan(jumpy);
    expect(tableToUtc(jumpy, T - 10 * HOUR_MS - 1, jumpySpan)).toBe(T - 1);
    expect(tableIsGap(jumpy, T, jumpySpan)).toBe(true);
    expect(tableToUtc(jumpy, T + 14 * HOUR_MS, jumpySpan)).toBe(T);
    // T+14.5h local is both +14 (T+0.5h) and +13 (T+1.5h): the first.
    expect(tableToUtc(jumpy, T + 14.5 * HOUR_MS, jumpySpan)).toBe(T + 0.5 * HOUR_MS);
    expect(tableToUtc(jumpy, T + 20 * HOUR_MS, jumpySpan)).toBe(T + 7 * HOUR_MS);
  });
});

describe('tableZone', () => {
  it('widens the table on demand and folds the far future by 400-year cycles', () => {
    const asked: [number, number][] = [];
    // A rule-like zone: +1 h in the first half of each year, 0 in the second.
    const zone = tableZone(
      'Halves',
      (from, to) => {
        asked.push([from, to]);
        const changes: { utc: number; offset: number }[] = [];
        for (let y = new Date(from).getUTCFullYear(); y <= new Date(to).getUTCFullYear(); y++) {
          changes.push({ utc: Date.UTC(y, 0, 1), offset: HOUR_MS });
          changes.push({ utc: Date.UTC(y, 6, 1), offset: 0 });
        }
        return offsetTable(0, changes);
      },
      Date.UTC(2000, 0, 1),
      Date.UTC(2010, 0, 1),
    );
    expect(zone.offsetAt(Date.UTC(2005, 2, 1))).toBe(HOUR_MS);
    expect(asked).toHaveLength(1);
    expect(zone.offsetAt(Date.UTC(2050, 2, 1))).toBe(HOUR_MS);
    expect(asked).toHaveLength(2);
    expect(zone.offsetAt(Date.UTC(2049, 8, 1))).toBe(0);
    expect(asked).toHaveLength(2);
    const far = Date.UTC(5000, 2, 1);
    expect(far).toBeGreaterThan(TABLE_FUTURE_LIMIT);
    expect(zone.offsetAt(far)).toBe(HOUR_MS);
    expect(zone.toUtc(Date.UTC(5000, 8, 1, 12))).toBe(Date.UTC(5000, 8, 1, 12));
    expect(zone.toUtc(Date.UTC(5000, 2, 1, 12))).toBe(Date.UTC(5000, 2, 1, 11));
    expect(zone.isGap(Date.UTC(5000, 0, 1, 0, 30))).toBe(true);
  });

  it('survives NaN', () => {
    const zone = tableZone('X', () => offsetTable(HOUR_MS, []), 0, HOUR_MS);
    expect(zone.offsetAt(Number.NaN)).toBe(HOUR_MS);
    expect(zone.offsetAt(0)).toBe(HOUR_MS);
  });
});

describe('fixedZone', () => {
  it('never has gaps', () => {
    const zone = fixedZone('UTC+02:00', 2 * HOUR_MS);
    expect(zone.toUtc(2 * HOUR_MS)).toBe(0);
    expect(zone.isGap(0)).toBe(false);
  });
});
