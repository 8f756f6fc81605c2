// The expansion window of an import: --from/--to, by default 12 months back to 3 months ahead.
import { badInput } from '../core/orient-error.js';
import { defaultImportWindow } from '../ingest/import-window.js';
import { parseDay } from './date-range.js';

export { defaultImportWindow };

export function importWindow(
  from: string | undefined,
  to: string | undefined,
  now: Date,
): { from: number; to: number } {
  const fallback = defaultImportWindow(now);
  const day = (text: string, flag: string): number => {
    const p = parseDay(text, flag);
    return Date.UTC(p.year, p.month - 1, p.day);
  };
  const window = {
    from: from === undefined ? fallback.from : day(from, '--from'),
    to: to === undefined ? fallback.to : day(to, '--to'),
  };
  if (window.to <= window.from) throw badInput('--to must be after --from');
  return window;
}
