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
