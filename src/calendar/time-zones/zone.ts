// A time zone as the reader needs it: offsets at instants, and wall clock → instant.

export interface Zone {
  /** The name this zone was resolved to (an IANA name, or the TZID of a VTIMEZONE). */
  readonly name: string;
  /** Offset in ms at a UTC instant, such that local = utc + offset. */
  offsetAt(utcMs: number): number;
  /**
   * The instant of a wall-clock time (local ms). RFC 5545 §3.3.5: a time in a DST gap is read
   * with the offset from before the gap; a time that occurs twice means the first occurrence.
   */
  toUtc(localMs: number): number;
  /** True when the wall-clock time does not exist (falls in a gap). */
  isGap(localMs: number): boolean;
}

/** A fixed-offset zone: UTC, and the fallback for zones we cannot resolve. */
export function fixedZone(name: string, offsetMs: number): Zone {
  return {
    name,
    offsetAt: () => offsetMs,
    toUtc: (local) => local - offsetMs,
    isGap: () => false,
  };
}

export const UTC_ZONE: Zone = fixedZone('UTC', 0);

/**
 * Offsets that change at known instants: IANA transitions, or the onsets of a VTIMEZONE's
 * observances (RFC 5545 §3.6.5).
 */
export interface OffsetTable {
  /** Offset in force before times[0]. */
  readonly initial: number;
  /** UTC instants at which the offset changes, ascending. */
  readonly times: Float64Array;
  /** offsets[i] is in force from times[i] until times[i + 1]. */
  readonly offsets: Float64Array;
}

/** Builds a table from (time, offset) changes given in any order; later entries win ties. */
export function offsetTable(
  initial: number,
  changes: { utc: number; offset: number }[],
): OffsetTable {
  const sorted = changes
    .map((change, order) => ({ ...change, order }))
    .sort((a, b) => a.utc - b.utc || a.order - b.order);
  const times: number[] = [];
  const offsets: number[] = [];
  let current = initial;
  for (const { utc, offset } of sorted) {
    if (times.length > 0 && times[times.length - 1] === utc) {
      // Two onsets at one instant: the later one in the input wins.
      offsets[offsets.length - 1] = offset;
      current = offset;
      continue;
    }
    if (offset === current) continue;
    times.push(utc);
    offsets.push(offset);
    current = offset;
  }
  return { initial, times: Float64Array.from(times), offsets: Float64Array.from(offsets) };
}

/** Index of the last transition at or before utc, or -1 when utc precedes them all. */
function intervalAt(times: Float64Array, utc: number): number {
  let lo = 0;
  let hi = times.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) <= utc) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

export function tableOffsetAt(table: OffsetTable, utc: number): number {
  const i = intervalAt(table.times, utc);
  return i < 0 ? table.initial : (table.offsets[i] as number);
}

/** Set by tableToUtc: whether the last wall time it read fell in a gap. */
let lastWasGap = false;

/**
 * The instant of a wall-clock time (RFC 5545 §3.3.5): the first interval whose wall clock shows
 * `local` wins (first occurrence in an overlap); a time in a gap is read with the offset in force
 * before the gap.
 */
export function tableToUtc(table: OffsetTable, local: number, span: OffsetSpan): number {
  const { times, offsets, initial } = table;
  const n = times.length;
  let j = intervalAt(times, local - span.max);
  for (;;) {
    const offset = j < 0 ? initial : (offsets[j] as number);
    const utc = local - offset;
    const start = j < 0 ? -Infinity : (times[j] as number);
    const end = j + 1 < n ? (times[j + 1] as number) : Infinity;
    if (utc < start) {
      // Not reached in this interval nor in the one before: the wall clock skipped it.
      lastWasGap = true;
      return local - (j <= 0 ? initial : (offsets[j - 1] as number));
    }
    if (utc < end) {
      lastWasGap = false;
      return utc;
    }
    if (j + 1 >= n || end > local - span.min) {
      // Cannot happen with a consistent span; read with the last offset seen.
      lastWasGap = false;
      return utc;
    }
    j++;
  }
}

export function tableIsGap(table: OffsetTable, local: number, span: OffsetSpan): boolean {
  tableToUtc(table, local, span);
  return lastWasGap;
}

/** The smallest and largest offsets of a table. */
export interface OffsetSpan {
  readonly min: number;
  readonly max: number;
}

export function offsetSpan(table: OffsetTable): OffsetSpan {
  let min = table.initial;
  let max = table.initial;
  for (const offset of table.offsets) {
    if (offset < min) min = offset;
    if (offset > max) max = offset;
  }
  return { min, max };
}

/** Tables are built for instants in [1800, 2400); see tableZone. */
export const TABLE_PAST_LIMIT = Date.UTC(1800, 0, 1);
export const TABLE_FUTURE_LIMIT = Date.UTC(2400, 0, 1);
/** 400 Gregorian years: dates and weekdays repeat exactly, so yearly zone rules do too. */
const GREGORIAN_CYCLE_MS = 146_097 * 86_400_000;
/** How far past a requested instant a table is widened, so scattered look-ups rebuild rarely. */
const WIDEN_MS = 20 * 365 * 86_400_000;
/** Larger than any UTC offset: the instants a wall-clock time can mean lie within this of it. */
const LOCAL_SLACK_MS = 2 * 86_400_000;

/**
 * Builds the offset table valid for every instant in [fromUtc, toUtc). It is asked again, with a
 * wider span, when the zone is asked about an instant outside the last one.
 */
export type OffsetTableSource = (fromUtc: number, toUtc: number) => OffsetTable;

/**
 * A zone answered from offset tables: a binary search per call, no Intl and no allocation. The
 * table starts as [fromUtc, toUtc) and widens on demand within [1800, 2400). Instants from 2400 on
 * are folded back by 400-year cycles (zone rules are yearly rules in the Gregorian calendar);
 * instants before 1800 are read from the table as it stands.
 */
export function tableZone(
  name: string,
  source: OffsetTableSource,
  fromUtc: number,
  toUtc: number,
): Zone {
  let from = Math.max(fromUtc, TABLE_PAST_LIMIT);
  let to = Math.min(toUtc, TABLE_FUTURE_LIMIT);
  let table = source(from, to);
  let span = offsetSpan(table);

  const cover = (low: number, high: number): void => {
    if ((low >= from && high <= to) || Number.isNaN(low) || Number.isNaN(high)) return;
    const wantFrom = Math.max(TABLE_PAST_LIMIT, Math.min(from, low - WIDEN_MS));
    const wantTo = Math.min(TABLE_FUTURE_LIMIT, Math.max(to, high + WIDEN_MS));
    if (wantFrom === from && wantTo === to) return;
    from = wantFrom;
    to = wantTo;
    table = source(from, to);
    span = offsetSpan(table);
  };
  const cyclesPast = (ms: number): number =>
    ms < TABLE_FUTURE_LIMIT ? 0 : Math.ceil((ms - TABLE_FUTURE_LIMIT + 1) / GREGORIAN_CYCLE_MS);

  return {
    name,
    offsetAt(utc: number): number {
      if (!(utc >= from && utc < to)) {
        utc -= cyclesPast(utc) * GREGORIAN_CYCLE_MS;
        cover(utc, utc + 1);
      }
      return tableOffsetAt(table, utc);
    },
    toUtc(local: number): number {
      if (!(local - LOCAL_SLACK_MS >= from && local + LOCAL_SLACK_MS < to)) {
        const shift = cyclesPast(local + LOCAL_SLACK_MS) * GREGORIAN_CYCLE_MS;
        cover(local - shift - LOCAL_SLACK_MS, local - shift + LOCAL_SLACK_MS);
        return tableToUtc(table, local - shift, span) + shift;
      }
      return tableToUtc(table, local, span);
    },
    isGap(local: number): boolean {
      const shift = cyclesPast(local + LOCAL_SLACK_MS) * GREGORIAN_CYCLE_MS;
      cover(local - shift - LOCAL_SLACK_MS, local - shift + LOCAL_SLACK_MS);
      return tableIsGap(table, local - shift, span);
    },
  };
}
