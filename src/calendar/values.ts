// Property values (RFC 5545 §3.3): DATE, DATE-TIME, DURATION, PERIOD and TEXT.
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS, localMs } from './local-time.js';

/** A DATE or DATE-TIME as written, before any zone is applied (§3.3.4, §3.3.5). */
export type TimeValue =
  | { kind: 'date'; local: number }
  | { kind: 'utc'; utc: number }
  | { kind: 'zoned'; local: number; tzid: string }
  | { kind: 'floating'; local: number };

/** §3.3.6: weeks and days are nominal (wall-clock days), hours/minutes/seconds exact. */
export interface Duration {
  days: number;
  ms: number;
}

const DATE_RE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/i;

function validFields(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return false;
  const days = new Date(Date.UTC(2000, mo, 0)).getUTCDate();
  const leap = mo === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
  return d <= (mo === 2 ? (leap ? 29 : 28) : days);
}

/** Local ms of a DATE (`YYYYMMDD`), or undefined when it is not one. */
export function parseDate(text: string): number | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const y = +m[1]!;
  const mo = +m[2]!;
  const d = +m[3]!;
  return validFields(y, mo, d) ? localMs(y, mo, d) : undefined;
}

/**
 * A DATE or DATE-TIME value. `valueType` is the VALUE parameter; a bare 8-digit value is read as a
 * DATE even without VALUE=DATE (a common export quirk). A leap second (:60) is read as :59.
 */
export function parseTimeValue(
  text: string,
  tzid: string | undefined,
  valueType?: string,
): TimeValue | undefined {
  const t = text.trim();
  if (t.length === 8 || valueType === 'DATE') {
    const local = parseDate(t.length > 8 ? t.slice(0, 8) : t);
    return local === undefined ? undefined : { kind: 'date', local };
  }
  const m = DATE_TIME_RE.exec(t);
  if (!m) return undefined;
  const y = +m[1]!;
  const mo = +m[2]!;
  const d = +m[3]!;
  const h = +m[4]!;
  const mi = +m[5]!;
  const s = Math.min(+m[6]!, 59);
  if (!validFields(y, mo, d, h, mi, s)) return undefined;
  const local = localMs(y, mo, d, h, mi, s);
  if (m[7]) return { kind: 'utc', utc: local };
  if (tzid !== undefined) return { kind: 'zoned', local, tzid };
  return { kind: 'floating', local };
}

const DURATION_RE = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;

/** §3.3.6 DURATION, leniently accepting weeks combined with days. */
export function parseDuration(text: string): Duration | undefined {
  const t = text.trim();
  const m = DURATION_RE.exec(t);
  if (!m || t.endsWith('T') || /^[+-]?P$/i.test(t)) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const days = (+(m[2] ?? 0) * 7 + +(m[3] ?? 0)) * sign;
  const ms = (+(m[4] ?? 0) * HOUR_MS + +(m[5] ?? 0) * MINUTE_MS + +(m[6] ?? 0) * SECOND_MS) * sign;
  return { days, ms };
}

/** The nominal length of a duration, for durations without a wall clock (UTC or dates). */
export function durationMs(d: Duration): number {
  return d.days * DAY_MS + d.ms;
}

/** §3.3.9 PERIOD: `start/end` or `start/duration`. */
export type PeriodValue =
  { start: TimeValue; end: TimeValue } | { start: TimeValue; duration: Duration };

export function parsePeriod(text: string, tzid: string | undefined): PeriodValue | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const start = parseTimeValue(text.slice(0, slash), tzid);
  if (!start || start.kind === 'date') return undefined;
  const rest = text.slice(slash + 1);
  if (/^[+-]?P/i.test(rest)) {
    const duration = parseDuration(rest);
    return duration ? { start, duration } : undefined;
  }
  const end = parseTimeValue(rest, tzid);
  return end && end.kind !== 'date' ? { start, end } : undefined;
}

/** §3.3.11 TEXT: undo the escapes `\\`, `\;`, `\,`, `\n`/`\N`. */
export function unescapeText(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits a multi-valued property value on commas (§3.1.1), ignoring escaped commas. */
export function splitValues(text: string): string[] {
  return text
    .split(/(?<!\\),/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
