// CSV text → records with the line each starts on: BOM, CRLF, quoted commas and newlines, and the
// `;` or tab separators Excel writes where `,` is the decimal mark. Shared by the CSV imports.
import { CsvError, parse, type CsvErrorCode } from 'csv-parse/sync';
import { z } from 'zod';

// csv-parse's typings do not describe `info: true` records; check what it hands back.
const parsedRecords = z.array(
  z.object({ record: z.array(z.string()), info: z.object({ lines: z.number().int() }) }),
);

export interface CsvRecord {
  cells: string[];
  /** The 1-based line where the record starts. */
  line: number;
}

/** Records of the text (one kind of line end: normalise CRLF first), or the line of the first problem. */
export function readRecords(
  text: string,
): { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string } {
  let raw: unknown;
  try {
    raw = parse(text, {
      bom: true,
      delimiter: guessDelimiter(text),
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error['lines'] === 'number' ? error['lines'] : 1;
    return { ok: false, line, message: csvErrorMessage(error) };
  }
  const records = parsedRecords.parse(raw).map(({ record, info }) => ({
    cells: record,
    // info.lines is the line where the record ends; quoted newlines sit between.
    line: info.lines - record.reduce((sum, cell) => sum + countNewlines(cell), 0),
  }));
  return { ok: true, records };
}

// The errors a malformed file can cause; the others are option errors, i.e. our bugs.
const CSV_ERRORS: Partial<Record<CsvErrorCode, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (the file ends inside quotes)',
  CSV_INVALID_CLOSING_QUOTE: 'text follows a closing quote; inside quotes, write a quote as ""',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'text follows a closing quote; inside quotes, write a quote as ""',
};

function csvErrorMessage(error: CsvError): string {
  return CSV_ERRORS[error.code] ?? `cannot read the CSV: ${error.message}`;
}

/** Excel writes ; or tab where , is the decimal mark; the header row says which. */
function guessDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}

function countNewlines(cell: string): number {
  let count = 0;
  for (const char of cell) if (char === '\n') count++;
  return count;
}
