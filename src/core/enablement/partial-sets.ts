// Partial sets of the best-set search (best-set.ts): what a set uses and frees, the set itself as
// bits, the tie rule between two sets, and the Pareto front that keeps only undominated ones.

export interface PartialSet {
  days: number;
  money: number;
  hours: number;
  /** The set this one adds `position` to; dropped once `bits` is written. */
  from: PartialSet | null;
  position: number;
  /** Position p at bit p % 32 of word p / 32; written when needed (most sets are soon dropped). */
  bits: Uint32Array | null;
}

export function emptySet(positions: number): PartialSet {
  const bits = new Uint32Array(Math.ceil(positions / 32));
  return { days: 0, money: 0, hours: 0, from: null, position: -1, bits };
}

/** The set as bits, written on first need. */
export function settle(s: PartialSet): Uint32Array {
  if (s.bits === null) {
    const bits = settle(s.from!).slice();
    bits[s.position >>> 5]! |= 1 << (s.position & 31);
    s.bits = bits;
    s.from = null;
  }
  return s.bits;
}

export function positionsOf(s: PartialSet): number[] {
  const positions: number[] = [];
  settle(s).forEach((word, w) => {
    for (let bit = 0; bit < 32; bit++) if (word & (1 << bit)) positions.push(w * 32 + bit);
  });
  return positions;
}

/**
 * The tie rule: more hours, fewer days, less money, then the set holding the earliest position
 * on which the two differ (the lowest set bit of their XOR).
 */
export function better(a: PartialSet, b: PartialSet): boolean {
  if (a.hours !== b.hours) return a.hours > b.hours;
  if (a.days !== b.days) return a.days < b.days;
  if (a.money !== b.money) return a.money < b.money;
  const inA = settle(a);
  const inB = settle(b);
  for (let w = 0; w < inA.length; w++) {
    const differ = inA[w]! ^ inB[w]!;
    if (differ !== 0) return (inA[w]! & (differ & -differ)) !== 0;
  }
  return false;
}

/** The order the search keeps its sets in: days, money, then most hours first. */
export function byDaysMoneyHours(a: PartialSet, b: PartialSet): number {
  return a.days - b.days || a.money - b.money || b.hours - a.hours;
}

/** Two lists in byDaysMoneyHours order as one, without a sort. */
export function merge(a: readonly PartialSet[], b: readonly PartialSet[]): PartialSet[] {
  const merged: PartialSet[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    merged.push(byDaysMoneyHours(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  }
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/**
 * The sets no other set dominates (no more days, no more money, at least as many hours), from a
 * list in byDaysMoneyHours order, order kept. In that order a set is dominated exactly when an
 * earlier one has money ≤ its money and hours ≥ its hours: a Fenwick tree over money ranks
 * answers "most hours at money ≤ m" in log time. Of sets equal in all three, the tie rule keeps one.
 */
export function paretoFront(sorted: readonly PartialSet[]): PartialSet[] {
  const distinct: PartialSet[] = [];
  for (const s of sorted) {
    const last = distinct.at(-1);
    const same = last?.days === s.days && last.money === s.money && last.hours === s.hours;
    if (!same) distinct.push(s);
    else if (better(s, last)) distinct[distinct.length - 1] = s;
  }
  const moneys = Float64Array.from(new Set(distinct.map((s) => s.money))).sort();
  const rank = new Map<number, number>();
  moneys.forEach((m, i) => rank.set(m, i + 1));
  const tree = new Float64Array(moneys.length + 1).fill(-1);
  const front: PartialSet[] = [];
  for (const s of distinct) {
    const r = rank.get(s.money)!;
    let most = -1;
    for (let i = r; i > 0; i -= i & -i) most = Math.max(most, tree[i]!);
    if (most >= s.hours) continue;
    front.push(s);
    for (let i = r; i < tree.length; i += i & -i) tree[i] = Math.max(tree[i]!, s.hours);
  }
  return front;
}
