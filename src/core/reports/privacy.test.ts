import { describe, expect, it } from 'vitest';
import { suppressedCells, type PrivacyModel } from './privacy.js';

/** A published total `org` and one partition of it into published parts of these sizes. */
function onePartition(parts: Record<string, number>): PrivacyModel {
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  return {
    cells: [
      { id: 'org', size: total, published: true },
      ...Object.entries(parts).map(([id, size]) => ({ id, size, published: true })),
    ],
    partitions: [{ total: 'org', parts: Object.keys(parts) }],
    nested: [],
  };
}

function hidden(model: PrivacyModel, min: number): string[] {
  return [...suppressedCells(model, min)].sort();
}

describe('suppressedCells', () => {
  it('suppresses a group of 4 when the minimum is 5, and nothing else needs it', () => {
    const alone: PrivacyModel = {
      cells: [{ id: 'a', size: 4, published: true }],
      partitions: [],
      nested: [],
    };
    expect(hidden(alone, 5)).toEqual(['a']);
    expect(hidden(onePartition({ a: 5, b: 7 }), 5)).toEqual([]);
  });

  it('suppresses the next-smallest part when only one part is hidden: 3, 6, 9 with min 5', () => {
    // org = 18 is shown; 18 − 6 − 9 would give the 3 away, so the 6 goes too (3 + 6 = 9 together).
    expect(hidden(onePartition({ a: 3, b: 6, c: 9 }), 5)).toEqual(['a', 'b']);
  });

  it('needs nothing more when two parts are already suppressed', () => {
    expect(hidden(onePartition({ a: 2, b: 3, c: 9, d: 10 }), 5)).toEqual(['a', 'b']);
  });

  it('breaks a tie for next-smallest by id', () => {
    expect(hidden(onePartition({ x: 1, c: 6, b: 6 }), 5)).toEqual(['b', 'x']);
  });

  it('suppresses the total when its only part is hidden', () => {
    const model: PrivacyModel = {
      cells: [
        { id: 'g', size: 6, published: true },
        { id: 'g.customer', size: 6, published: true },
      ],
      partitions: [{ total: 'g', parts: ['g.customer'] }],
      nested: [],
    };
    // Nothing small: nothing hidden. Then force the part hidden through a parent.
    expect(hidden(model, 5)).toEqual([]);
    const forced: PrivacyModel = {
      ...model,
      cells: [...model.cells, { id: 'p', size: 2, published: true }],
      nested: [{ parent: 'p', child: 'g.customer' }],
    };
    expect(hidden(forced, 5)).toEqual(['g', 'g.customer', 'p']);
  });

  it('protects a small unpublished part, but not a large one', () => {
    const model = (rest: number): PrivacyModel => ({
      cells: [
        { id: 'g', size: 6 + 7 + rest, published: true },
        { id: 'customer', size: 6, published: true },
        { id: 'market', size: 7, published: true },
        { id: 'rest', size: rest, published: false },
      ],
      partitions: [{ total: 'g', parts: ['customer', 'market', 'rest'] }],
      nested: [],
    });
    // g − customer − market = the rest: 2 people must not be recoverable, 5 may be.
    expect(hidden(model(2), 5)).toEqual(['customer', 'rest']);
    expect(hidden(model(5), 5)).toEqual([]);
    expect(hidden(model(0), 5)).toEqual([]);
  });

  it('keeps going until every partition is safe (suppression spreads across partitions)', () => {
    // Two partitions of the same total: a,b,c by department and x,y by region. b (6) is hidden to
    // protect a (3); hiding a parent then cascades to its child in the other partition.
    const model: PrivacyModel = {
      cells: [
        { id: 'org', size: 18, published: true },
        { id: 'a', size: 3, published: true },
        { id: 'b', size: 6, published: true },
        { id: 'c', size: 9, published: true },
        { id: 'b.sub', size: 6, published: true },
        { id: 'c.sub', size: 8, published: true },
        { id: 'org.sub', size: 14, published: true },
      ],
      partitions: [
        { total: 'org', parts: ['a', 'b', 'c'] },
        { total: 'org.sub', parts: ['b.sub', 'c.sub'] },
      ],
      nested: [
        { parent: 'b', child: 'b.sub' },
        { parent: 'c', child: 'c.sub' },
      ],
    };
    // b hidden → b.sub hidden → org.sub − c.sub reveals b.sub, so c.sub goes too.
    expect(hidden(model, 5)).toEqual(['a', 'b', 'b.sub', 'c.sub']);
  });

  it('treats two cells with the same members as one group', () => {
    // Department d is exactly role r's people: hiding r (to protect s) hides d, and org − d would
    // otherwise still give r away.
    const model: PrivacyModel = {
      cells: [
        { id: 'org', size: 14, published: true },
        { id: 'r', size: 6, published: true, key: 'R' },
        { id: 's', size: 2, published: true },
        { id: 't', size: 6, published: true },
        { id: 'd', size: 6, published: true, key: 'R' },
        { id: 'e', size: 8, published: true },
      ],
      partitions: [
        { total: 'org', parts: ['r', 's', 't'] },
        { total: 'org', parts: ['d', 'e'] },
      ],
      nested: [],
    };
    // s hidden → next-smallest of r, t (6 each; r by id) → d with it → org − e = d: e goes.
    expect(hidden(model, 5)).toEqual(['d', 'e', 'r', 's']);
  });

  it('shows nothing when the total itself is too small', () => {
    expect(hidden(onePartition({ a: 2, b: 2 }), 5)).toEqual(['a', 'b', 'org']);
  });
});
