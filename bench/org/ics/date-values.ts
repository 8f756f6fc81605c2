// Date and time values (RFC 5545 §3.3.4, §3.3.5, §3.3.14) as calendar files write them; formatting
// them is a large share of writing a calendar, so the texts of days and times are memoised.
import { DAY_MS } from '../meetings/meeting-model.js';

/** Year, month, day of a day count since 1970-01-01 (Howard Hinnant's civil_from_days). */
function civil(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
// Formatting dates is a large share of writing a calendar; the same days and times recur.
const dayTexts = new Map<number, string>();
const timeTexts: string[] = [];

/** `YYYYMMDD` (RFC 5545 §3.3.4) of a local ms value. */
export function date(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  let text = dayTexts.get(days);
  if (text === undefined) {
    const [year, month, day] = civil(days);
    text = String(year).padStart(4, '0') + TWO_DIGITS[month] + TWO_DIGITS[day];
    dayTexts.set(days, text);
  }
  return text;
}

/** `YYYYMMDDTHHMMSS` (RFC 5545 §3.3.5 form 1) of a local ms value. */
export function dateTime(ms: number): string {
  const seconds = Math.floor((ms - Math.floor(ms / DAY_MS) * DAY_MS) / 1000);
  let time = timeTexts[seconds];
  if (time === undefined) {
    const hh = Math.floor(seconds / 3600);
    const mm = Math.floor((seconds % 3600) / 60);
    time = 'T' + TWO_DIGITS[hh] + TWO_DIGITS[mm] + TWO_DIGITS[seconds % 60];
    timeTexts[seconds] = time;
  }
  return date(ms) + time;
}

/** `YYYYMMDDTHHMMSSZ` (RFC 5545 §3.3.5 form 2) of a UTC ms value. */
export function utc(ms: number): string {
  return dateTime(ms) + 'Z';
}

/** `±HHMM` (RFC 5545 §3.3.14 UTC-OFFSET) of minutes east of UTC. */
export function offset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return sign + String(Math.floor(abs / 60)).padStart(2, '0') + String(abs % 60).padStart(2, '0');
}
