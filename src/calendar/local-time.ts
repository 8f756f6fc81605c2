// Wall-clock times as numbers. A "local ms" value is the wall-clock reading expressed as if it were
// UTC milliseconds since 1970 (Date.UTC of the fields). It carries no zone: a zone turns it into a
// real instant (see time-zones/zone.ts). Numbers keep recurrence expansion fast and allocation-free.

export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Local ms for the given wall-clock fields (month 1–12). */
export function localMs(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  d.setUTCFullYear(year);
  return d.getTime();
}

export interface LocalFields {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Monday … 6 = Sunday (RFC 5545 lists MO first)
}

export function fieldsOf(ms: number): LocalFields {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: (d.getUTCDay() + 6) % 7,
  };
}

/** Local midnight of the day containing `ms`. */
export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** `YYYY-MM-DD` of a local ms value. */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const dayStrings = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (days since 1970), cached: imports format the same days often. */
function dayString(day: number): string {
  let s = dayStrings.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dayStrings.size > 100_000) dayStrings.clear();
    dayStrings.set(day, s);
  }
  return s;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `YYYY-MM-DDTHH:MM:SSZ` of a UTC instant (no milliseconds: iCalendar has none). */
export function formatUtc(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  const rest = Math.floor((ms - day * DAY_MS) / SECOND_MS);
  const h = Math.floor(rest / 3600);
  const m = Math.floor((rest % 3600) / 60);
  return `${dayString(day)}T${two(h)}:${two(m)}:${two(rest % 60)}Z`;
}

/** `YYYYMMDDTHHMMSS` (RFC 5545 §3.3.5 form 1) of a local ms value. */
export function formatBasic(ms: number): string {
  const iso = new Date(ms).toISOString();
  return (
    iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 13) + iso.slice(14, 16) + iso.slice(17, 19)
  );
}
