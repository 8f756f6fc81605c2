// Field notes → the CSV that parseNotesCsv (notes-csv.ts) reads back: one row per moment, the
// note's fields on each of its rows, a note without moments as one row with the moment columns
// empty. RFC 4180 quoting, so commas, quotes and line breaks in a moment's text survive.
import type { Observation } from './model.js';
import { NOTES_CSV_COLUMNS } from './notes-csv.js';
import { normaliseTags } from './observations.js';
import { formatOccurrence } from './occurrence-ref.js';

/** Notes → CSV text (RFC 4180: CRLF line ends, a field quoted when it holds `,`, `"` or a line end). */
export function writeNotesCsv(notes: readonly Observation[]): string {
  const rows: string[][] = [[...NOTES_CSV_COLUMNS]];
  for (const note of notes) {
    const fields = [
      note.id,
      note.kind,
      note.observer,
      note.salespeople.join(';'),
      note.date,
      note.account ?? '',
      note.occurrence ? formatOccurrence(note.occurrence) : '',
    ];
    if (note.moments.length === 0) rows.push([...fields, '', '', '', '', '']);
    for (const m of note.moments) {
      rows.push([
        ...fields,
        m.text,
        m.kind,
        // Normalised as the reader stores them, so a second export reads the same as the first.
        normaliseTags(m.tags).join(';'),
        m.raisedBy,
        String(m.severity),
      ]);
    }
  }
  return rows.map((row) => `${row.map(quote).join(',')}\r\n`).join('');
}

/** RFC 4180 §2.6–2.7: enclose in quotes when needed, and double the quotes inside. */
function quote(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
