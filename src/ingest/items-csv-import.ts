// A backlog CSV's bytes → validated items (core) → stored, all or nothing: as `orient items import`
// and `POST /api/items/csv` both run it.
import type { EnablementItem } from '../core/enablement/model.js';
import {
  ITEMS_CSV_HEADER_HINT,
  validateItemsCsv,
  type ItemsCsvProblem,
} from '../core/enablement/items-csv.js';
import type { OrientDatabase } from '../storage/database.js';
import { addItems } from '../storage/enablement-items-store.js';
import { readRecords } from './csv-records.js';
import { decodeCsvBytes } from './directory-csv.js';

export type ItemsCsvImport =
  { ok: true; items: EnablementItem[] } | { ok: false; problems: ItemsCsvProblem[] };

/**
 * `fileName` starts every message; `now` is the stored creation time. The database is asked for
 * only once the file is valid, so a bad file never creates one.
 */
export async function importItemsCsv(
  database: () => Promise<OrientDatabase>,
  bytes: Uint8Array,
  fileName: string,
  now: string,
): Promise<ItemsCsvImport> {
  const parsed = parseItemsCsv(decodeCsvBytes(bytes));
  if (!parsed.ok) {
    return {
      ok: false,
      problems: parsed.problems.map((p) => ({ ...p, message: `${fileName} ${p.message}` })),
    };
  }
  // addItems is one transaction: every row is stored, or (a database failure) none.
  const items = await addItems((await database()).db, parsed.items, now);
  return { ok: true, items };
}

/** Text → records (csv-records: BOM, separators, quoted newlines) → the core's validation. */
export function parseItemsCsv(text: string): ReturnType<typeof validateItemsCsv> {
  const fileProblem = (line: number, message: string) => ({
    ok: false as const,
    problems: [{ line, column: null, message: `line ${line}: ${message}` }],
  });
  if (text.includes('\u0000') || text.startsWith('\uFFFD\uFFFD')) {
    return fileProblem(
      1,
      'the file looks like UTF-16 text read as UTF-8; save it as “CSV UTF-8” and retry',
    );
  }
  // One kind of line end keeps the line numbers right (see directory-csv.ts).
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised.replace(/^\uFEFF/, '').trim() === '') {
    return fileProblem(1, `the file is empty; ${ITEMS_CSV_HEADER_HINT}`);
  }
  const read = readRecords(normalised);
  if (!read.ok) return fileProblem(read.line, read.message);
  const [header, ...rows] = read.records;
  if (header === undefined) return fileProblem(1, `the file is empty; ${ITEMS_CSV_HEADER_HINT}`);
  return validateItemsCsv(header, rows);
}
