// people.csv → directory people: reads the CSV (BOM, CRLF, quoted commas and newlines, ; or tab
// separators), maps the header, keeps each row's first line, then validates the whole file.
import { isIanaTimeZone } from '../core/config/config-schema.js';
import type { DirectoryPerson } from '../core/directory/person.js';
import {
  validateDirectory,
  type DirectoryError,
  type DirectoryRow,
} from '../core/directory/validate-directory.js';
import { readRecords } from './csv-records.js';

export type DirectoryCsvResult =
  { ok: true; people: DirectoryPerson[] } | { ok: false; errors: DirectoryError[] };

const REQUIRED_COLUMNS = ['email', 'name', 'department', 'role'] as const;
const OPTIONAL_COLUMNS = ['manager', 'timezone'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const COLUMNS: readonly Column[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
const HEADER_HINT = `expected a header row: ${COLUMNS.join(',')} (manager and timezone optional)`;

/**
 * Reads a directory CSV. Expects text: pass file bytes through decodeCsvBytes first, which
 * handles UTF-16 and legacy Windows encodings; UTF-16 read as UTF-8 is reported, not guessed.
 */
export function parseDirectoryCsv(text: string, fileName: string): DirectoryCsvResult {
  const fail = (errors: DirectoryError[]): DirectoryCsvResult => ({
    ok: false,
    errors: errors.map((error) => ({ line: error.line, message: `${fileName} ${error.message}` })),
  });
  const problem = (line: number, message: string) => ({
    line,
    message: `line ${line}: ${message}`,
  });

  if (text.includes('\u0000') || text.startsWith('\uFFFD\uFFFD')) {
    return fail([
      problem(1, 'the file looks like UTF-16 text read as UTF-8; save it as “CSV UTF-8” and retry'),
    ]);
  }
  // csv-parse counts a CRLF inside a quoted field as two lines; one kind of line end keeps
  // line numbers right (and lets files that mix CRLF and LF parse at all).
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised.replace(/^\uFEFF/, '').trim() === '') {
    return fail([problem(1, `the file is empty; ${HEADER_HINT}`)]);
  }

  const records = readRecords(normalised);
  if (!records.ok) return fail([problem(records.line, records.message)]);
  const [header, ...body] = records.records;
  if (header === undefined) return fail([problem(1, `the file is empty; ${HEADER_HINT}`)]);

  const columns = mapHeader(header.cells);
  if (!columns.ok) return fail(columns.errors.map((message) => problem(header.line, message)));
  if (body.length === 0) return fail([problem(header.line, 'no people below the header row')]);

  const ragged: DirectoryError[] = [];
  const rows = body.map(({ cells, line }): DirectoryRow => {
    if (cells.length !== header.cells.length) {
      ragged.push(
        problem(
          line,
          `${cells.length} fields but the header has ${header.cells.length}` +
            ' (quote fields that contain the separator)',
        ),
      );
    }
    const at = (column: Column) => {
      const index = columns.index[column];
      return index === undefined ? undefined : (cells[index] ?? '');
    };
    return {
      line,
      email: at('email') ?? '',
      name: at('name') ?? '',
      department: at('department') ?? '',
      role: at('role') ?? '',
      manager: at('manager'),
      timezone: at('timezone'),
    };
  });

  const validated = validateDirectory(rows, isIanaTimeZone);
  if (validated.ok && ragged.length === 0) return validated;
  // A ragged row's cells sit in the wrong columns: its own line gets the ragged error only, but
  // it still counts as present, so its reports do not get "manager not in the file".
  const raggedLines = new Set(ragged.map((error) => error.line));
  const others = validated.ok ? [] : validated.errors.filter((e) => !raggedLines.has(e.line));
  return fail([...ragged, ...others].sort((a, b) => a.line - b.line));
}

function mapHeader(
  cells: string[],
): { ok: true; index: Partial<Record<Column, number>> } | { ok: false; errors: string[] } {
  const index: Partial<Record<Column, number>> = {};
  const errors: string[] = [];
  cells.forEach((cell, position) => {
    const name = cell.trim().toLowerCase();
    const column = COLUMNS.find((known) => known === name);
    if (column === undefined) return; // Unknown columns are ignored.
    if (index[column] !== undefined) errors.push(`column ${column} appears twice in the header`);
    else index[column] = position;
  });
  for (const column of REQUIRED_COLUMNS) {
    if (index[column] === undefined) errors.push(`missing column ${column}; ${HEADER_HINT}`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, index };
}

/**
 * File bytes → text: a UTF-8 or UTF-16 (LE/BE) byte-order mark is honoured; otherwise UTF-8,
 * falling back to Windows-1252 (what Excel's plain "CSV" writes) when the bytes are not UTF-8.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  const [b0, b1] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
