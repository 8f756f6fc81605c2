// A notes CSV's bytes → notes checked against the directory and the imported calendar (core) →
// stored, all or nothing: as `orient notes import` and `POST /api/notes/csv` both run it.
import type { Kysely } from 'kysely';
import {
  NOTES_CSV_HEADER_HINT,
  occurrencesIn,
  parseNotesCsv,
  type CsvNote,
  type NotesCsvProblem,
} from '../core/enablement/notes-csv.js';
import { formatOccurrence, type OccurrenceRef } from '../core/enablement/occurrence-ref.js';
import { listPeople } from '../storage/directory-store.js';
import type { OrientSchema } from '../storage/schema.js';
import { readRecords } from './csv-records.js';
import { decodeCsvBytes } from './directory-csv.js';

type Db = Kysely<OrientSchema>;

export type NotesCsvRead =
  { ok: true; notes: CsvNote[] } | { ok: false; problems: NotesCsvProblem[] };

/** Reads and checks the whole file; `fileName` starts every message. Nothing is written. */
export async function readNotesCsv(
  db: Db,
  bytes: Uint8Array,
  fileName: string,
): Promise<NotesCsvRead> {
  // csv-parse counts a CRLF inside a quoted field as two lines; one kind of line end keeps the
  // line numbers right (as the directory import does).
  const text = decodeCsvBytes(bytes).replace(/\r\n?/g, '\n');
  const named = (problems: NotesCsvProblem[]): NotesCsvRead => ({
    ok: false,
    problems: problems.map((p) => ({ ...p, message: `${fileName} ${p.message}` })),
  });
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return named([
      { line: 1, column: null, message: `line 1: the file is empty; ${NOTES_CSV_HEADER_HINT}` },
    ]);
  }
  const read = readRecords(text);
  if (!read.ok) {
    return named([
      { line: read.line, column: null, message: `line ${read.line}: ${read.message}` },
    ]);
  }
  const people = new Set(
    (await listPeople(db, { includeInactive: true })).map((person) => person.email),
  );
  const occurrences = await importedOccurrences(db, occurrencesIn(read.records));
  const parsed = parseNotesCsv(read.records, { people, occurrences });
  return parsed.ok ? parsed : named(parsed.problems);
}

const REFS_PER_QUERY = 200;

/** Which of `refs` are imported occurrences, as formatOccurrence writes them. */
async function importedOccurrences(db: Db, refs: readonly OccurrenceRef[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < refs.length; i += REFS_PER_QUERY) {
    const chunk = refs.slice(i, i + REFS_PER_QUERY);
    const rows = await db
      .selectFrom('occurrences')
      .select(['uid', 'recurrence_key'])
      .where((eb) =>
        eb.or(
          chunk.map((r) =>
            eb.and([eb('uid', '=', r.uid), eb('recurrence_key', '=', r.recurrenceKey)]),
          ),
        ),
      )
      .execute();
    for (const row of rows) {
      found.add(formatOccurrence({ uid: row.uid, recurrenceKey: row.recurrence_key }));
    }
  }
  return found;
}
