// --from/--to flags: whole days, YYYY-MM-DD.
import { z } from 'zod';
import { badInput } from '../core/orient-error.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDay(text: string, flag: string): { year: number; month: number; day: number } {
  const m = DATE.exec(text);
  if (m) {
    const [year, month, day] = [+m[1]!, +m[2]!, +m[3]!];
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw badInput(`${flag} ${JSON.stringify(text)} is not a date: use YYYY-MM-DD`);
}

/** A [from, to) range of UTC midnights, as `orient expand` reads it. */
export function utcRange(from: string, to: string): { from: number; to: number } {
  const f = parseDay(from, '--from');
  const t = parseDay(to, '--to');
  const range = {
    from: Date.UTC(f.year, f.month - 1, f.day),
    to: Date.UTC(t.year, t.month - 1, t.day),
  };
  if (range.to <= range.from) throw badInput(`--to ${to} must be after --from ${from}`);
  return range;
}

export const dayFlag = z.string().regex(DATE, 'use YYYY-MM-DD');
