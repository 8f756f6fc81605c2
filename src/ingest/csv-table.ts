// A CSV file with a header row → rows keyed by lower-cased column name, each with the line it
// starts on; for the imports whose columns the core validates (the enablement backlog and notes).
import { readRecords } from './csv-records.js';

export interface CsvRow {
  /** The 1-based line where the row starts. */
  line: number;
  /** Cell by column name (lower-case, trimmed); columns missing from a short row are ''. */
  cells: Record<string, string>;
}

export type CsvTable =
  | { ok: true; columns: string[]; rows: CsvRow[] }
  | { ok: false; problems: { line: number; message: string }[] };

/** Reads the header and the rows; an empty file or a column named twice is a problem on line 1. */
export function readCsvTable(text: string): CsvTable {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised.replace(/^\uFEFF/, '').trim() === '') {
    return { ok: false, problems: [{ line: 1, message: 'line 1: the file is empty' }] };
  }
  const read = readRecords(normalised);
  if (!read.ok) {
    return {
      ok: false,
      problems: [{ line: read.line, message: `line ${read.line}: ${read.message}` }],
    };
  }
  const [header, ...body] = read.records;
  if (header === undefined) {
    return { ok: false, problems: [{ line: 1, message: 'line 1: the file is empty' }] };
  }
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const twice = columns.filter((c, i) => c !== '' && columns.indexOf(c) !== i);
  if (twice.length > 0) {
    return {
      ok: false,
      problems: [
        {
          line: header.line,
          message: `line ${header.line}: column ${twice[0]} appears twice in the header`,
        },
      ],
    };
  }
  const rows = body.map(({ cells, line }) => ({
    line,
    cells: Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])),
  }));
  return { ok: true, columns, rows };
}
