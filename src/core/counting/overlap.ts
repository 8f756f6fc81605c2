// Rule 4: a person's time is counted once. Where attended occurrences overlap, the stretch goes to
// the category that comes first in the precedence list; the stretch is also split at org-timezone
// midnights (rule 5) so every piece belongs to one day.
import type { DayClock } from './day-clock.js';

export interface TimedItem {
  start: number;
  end: number;
  categoryIndex: number;
}

export interface Piece<T> {
  item: T;
  day: number;
  /** Milliseconds of the item's time that count after overlap. */
  ms: number;
}

/**
 * Splits a person's attended items into counted pieces: each instant goes to the active item with
 * the best (lowest) category index, ties to the earlier start, then the earlier item in the list.
 */
export function resolveOverlaps<T extends TimedItem>(
  items: readonly T[],
  clock: DayClock,
): Piece<T>[] {
  const points: number[] = [];
  for (const it of items) {
    if (it.end <= it.start) continue;
    points.push(it.start, it.end);
    for (let d = clock.dayOf(it.start) + 1; d <= clock.dayOf(it.end - 1); d++)
      points.push(clock.startOf(d));
  }
  points.sort((a, b) => a - b);
  const order = items
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => item.end > item.start)
    .sort((a, b) => a.item.start - b.item.start || a.i - b.i);
  const pieces: Piece<T>[] = [];
  const active: { item: T; i: number }[] = [];
  let next = 0;
  for (let p = 0; p < points.length - 1; p++) {
    const t = points[p]!;
    const u = points[p + 1]!;
    if (u === t) continue;
    while (next < order.length && order[next]!.item.start <= t) active.push(order[next++]!);
    for (let a = active.length - 1; a >= 0; a--) if (active[a]!.item.end <= t) active.splice(a, 1);
    let best: { item: T; i: number } | undefined;
    for (const a of active) {
      if (
        !best ||
        a.item.categoryIndex < best.item.categoryIndex ||
        (a.item.categoryIndex === best.item.categoryIndex &&
          (a.item.start < best.item.start || (a.item.start === best.item.start && a.i < best.i)))
      ) {
        best = a;
      }
    }
    if (!best) continue;
    const day = clock.dayOf(t);
    const last = pieces[pieces.length - 1];
    if (last && last.item === best.item && last.day === day) last.ms += u - t;
    else pieces.push({ item: best.item, day, ms: u - t });
  }
  return pieces;
}

/** The union of intervals, split at org-timezone midnights: milliseconds per day. */
export function unionByDay(
  intervals: readonly { start: number; end: number }[],
  clock: DayClock,
): Map<number, number> {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out = new Map<number, number>();
  let curStart = NaN;
  let curEnd = NaN;
  const flush = (): void => {
    if (Number.isNaN(curStart)) return;
    let s = curStart;
    while (s < curEnd) {
      const day = clock.dayOf(s);
      const e = Math.min(curEnd, clock.startOf(day + 1));
      out.set(day, (out.get(day) ?? 0) + (e - s));
      s = e;
    }
  };
  for (const i of sorted) {
    if (i.start > curEnd || Number.isNaN(curEnd)) {
      flush();
      curStart = i.start;
      curEnd = i.end;
    } else if (i.end > curEnd) curEnd = i.end;
  }
  flush();
  return out;
}
