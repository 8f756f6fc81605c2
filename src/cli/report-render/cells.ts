// Table cells for report text: a withheld figure (privacy) shows as "—", a figure that does not
// apply (no customer-oriented members, nothing scheduled) as an empty cell.
import { formatFte, formatHours, formatShare } from '../../core/reports/format.js';

export const WITHHELD = '—';

export function hoursCell(value: number | null, withheld: boolean): string {
  return withheld ? WITHHELD : value === null ? '' : formatHours(value);
}

export function shareCell(value: number | null, withheld: boolean): string {
  return withheld ? WITHHELD : value === null ? '' : formatShare(value);
}

export function fteCell(value: number | null, withheld: boolean): string {
  return withheld ? WITHHELD : value === null ? '' : formatFte(value);
}

/** Wraps prose at `width` columns on spaces. */
export function wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
