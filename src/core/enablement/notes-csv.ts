// Field notes as a spreadsheet (issue 5 point 1): one row per moment, the note's own fields
// repeated on each of its rows, and a note without moments as one row with the moment columns
// empty (notes-csv-write.ts writes it). Reading checks every row with the same schemas as the
// other doors (observations.ts) and takes the file whole or not at all, one problem per line and
// column so it can be fixed in one pass.
import type { z } from 'zod';
import type { Moment, Observation } from './model.js';
import { momentSchema, observationFieldsSchema } from './observations.js';
import { formatOccurrence, parseOccurrence, type OccurrenceRef } from './occurrence-ref.js';

export const NOTES_CSV_COLUMNS = [
  'note',
  'kind',
  'observer',
  'salespeople',
  'date',
  'account',
  'occurrence',
  'moment',
  'moment_kind',
  'tags',
  'raised_by',
  'severity',
] as const;
export type NotesCsvColumn = (typeof NOTES_CSV_COLUMNS)[number];

const REQUIRED: readonly NotesCsvColumn[] = ['observer', 'salespeople', 'date'];
const MOMENT_COLUMNS: readonly NotesCsvColumn[] = [
  'moment',
  'moment_kind',
  'tags',
  'raised_by',
  'severity',
];
export const NOTES_CSV_HEADER_HINT =
  `expected a header row: ${NOTES_CSV_COLUMNS.join(',')} ` +
  `(observer, salespeople and date required; salespeople and tags separated by ;)`;

/** One CSV record as read: its cells and the 1-based line where it starts. */
export interface CsvLine {
  line: number;
  cells: readonly string[];
}

export interface NotesCsvProblem {
  line: number;
  /** The column it is about, or null for the row or the file as a whole. */
  column: string | null;
  /** Names the line (and column): `line 4, column date: date '2026-02-30' is not a YYYY-MM-DD day`. */
  message: string;
}

/** A note read from the file: its fields, its moments (no ids yet), its key and first line. */
export interface CsvNote extends Omit<Observation, 'id' | 'moments'> {
  /** The `note` cell that grouped its rows (empty when the row stood alone). */
  key: string;
  line: number;
  moments: Omit<Moment, 'id'>[];
}

export interface NotesCsvChecks {
  /** Lower-case emails in the directory; unchecked when absent. */
  people?: ReadonlySet<string>;
  /** Imported occurrences as formatOccurrence writes them; unchecked when absent. */
  occurrences?: ReadonlySet<string>;
}

export type NotesCsvResult =
  { ok: true; notes: CsvNote[] } | { ok: false; problems: NotesCsvProblem[] };

type NoteFields = z.output<typeof observationFieldsSchema>;

interface NoteDraft {
  key: string;
  line: number;
  /** The first row's fields, when they were valid. */
  fields: NoteFields | undefined;
  moments: Omit<Moment, 'id'>[];
}

/**
 * Records (header first) → notes in key order: whole-number keys by value, then the others as
 * they first appear, so an export imported into an empty database gets its note ids back.
 * Empty cells take the defaults of `orient notes add` and POST /api/notes: kind ride-along, a
 * moment's kind struggle, severity 2, raised by the customer on a ride-along and the
 * salesperson in an interview.
 */
export function parseNotesCsv(
  records: readonly CsvLine[],
  checks: NotesCsvChecks = {},
): NotesCsvResult {
  const [header, ...body] = records;
  if (header === undefined) {
    return fail([problem(1, null, `the file is empty; ${NOTES_CSV_HEADER_HINT}`)]);
  }
  const mapped = mapHeader(header);
  if (!mapped.ok) return fail(mapped.problems);
  if (body.length === 0) return fail([problem(header.line, null, 'no notes below the header row')]);

  const problems: NotesCsvProblem[] = [];
  const drafts = new Map<string, NoteDraft>();
  for (const record of body) {
    if (record.cells.length !== header.cells.length) {
      problems.push(
        problem(
          record.line,
          null,
          `${record.cells.length} fields but the header has ${header.cells.length}` +
            (record.cells.length > header.cells.length
              ? ' (quote fields that contain the separator)'
              : ' (keep the empty fields in place: a,,c)'),
        ),
      );
      continue;
    }
    const cell = (column: NotesCsvColumn) => {
      const index = mapped.index.get(column);
      return index === undefined ? '' : (record.cells[index] ?? '').trim();
    };
    readRow(record.line, cell, drafts, problems);
  }
  const notes: CsvNote[] = [];
  for (const draft of drafts.values()) {
    if (draft.fields === undefined) continue;
    const f = draft.fields;
    const note: CsvNote = {
      kind: f.kind,
      observer: f.observer,
      salespeople: f.salespeople,
      date: f.date,
      account: f.account,
      occurrence: f.occurrence,
      key: draft.key,
      line: draft.line,
      moments: draft.moments,
    };
    problems.push(...knownProblems(note, checks));
    notes.push(note);
  }
  if (problems.length > 0) return fail(problems);
  return { ok: true, notes: inKeyOrder(notes) };
}

/** One row: its note's fields (first row of the note, or checked against it) and its moment. */
function readRow(
  line: number,
  cell: (column: NotesCsvColumn) => string,
  drafts: Map<string, NoteDraft>,
  problems: NotesCsvProblem[],
): void {
  const key = cell('note');
  // A row without a key is a note on its own.
  const group = key === '' ? `\u0000${line}` : key;
  const missing = REQUIRED.filter((c) => cell(c) === '');
  for (const column of missing) problems.push(problem(line, column, `missing ${column}`));
  const kind = cell('kind') || 'ride-along';
  const parsed = observationFieldsSchema.safeParse({
    id: group,
    kind,
    observer: cell('observer'),
    salespeople: listCell(cell('salespeople')),
    date: cell('date'),
    account: cell('account'),
    occurrence: cell('occurrence') === '' ? null : parseOccurrence(cell('occurrence')),
  });
  let fields: NoteFields | undefined;
  if (parsed.success) {
    fields = parsed.data;
  } else {
    for (const issue of parsed.error.issues) {
      const column = FIELD_COLUMN[String(issue.path[0])] ?? null;
      if (column !== null && missing.includes(column)) continue;
      problems.push(problem(line, column, withValue(issue.message, column, cell)));
    }
  }
  let draft = drafts.get(group);
  if (draft === undefined) {
    draft = { key, line, fields, moments: [] };
    drafts.set(group, draft);
  } else if (fields !== undefined && draft.fields !== undefined) {
    problems.push(...disagreements(key, draft, fields, line));
  }
  const moment = readMoment(line, cell, kind, problems);
  if (moment !== undefined) draft.moments.push(moment);
}

const FIELD_COLUMN: Readonly<Record<string, NotesCsvColumn>> = {
  id: 'note',
  kind: 'kind',
  observer: 'observer',
  salespeople: 'salespeople',
  date: 'date',
  account: 'account',
  occurrence: 'occurrence',
};

const MOMENT_COLUMN: Readonly<Record<string, NotesCsvColumn>> = {
  text: 'moment',
  kind: 'moment_kind',
  tags: 'tags',
  raisedBy: 'raised_by',
  severity: 'severity',
};

/** The row's moment; none when every moment column is empty (a note without moments). */
function readMoment(
  line: number,
  cell: (column: NotesCsvColumn) => string,
  noteKind: string,
  problems: NotesCsvProblem[],
): Omit<Moment, 'id'> | undefined {
  if (MOMENT_COLUMNS.every((c) => cell(c) === '')) return undefined;
  if (cell('moment') === '') {
    problems.push(
      problem(line, 'moment', 'the moment is described but its text is missing: say what happened'),
    );
    return undefined;
  }
  const severity = cell('severity');
  const parsed = momentSchema.safeParse({
    id: String(line),
    text: cell('moment'),
    kind: cell('moment_kind') || 'struggle',
    tags: listCell(cell('tags')),
    raisedBy: cell('raised_by') || (noteKind === 'interview' ? 'salesperson' : 'customer'),
    severity: severity === '' ? 2 : /^\d+$/.test(severity) ? Number(severity) : severity,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = MOMENT_COLUMN[String(issue.path[0])] ?? null;
      problems.push(problem(line, column, withValue(issue.message, column, cell)));
    }
    return undefined;
  }
  const { text, kind, tags, raisedBy, severity: level } = parsed.data;
  return { text, kind, tags, raisedBy, severity: level };
}

/** Rows of one note must agree on its fields; the later row is the one named. */
function disagreements(
  key: string,
  draft: NoteDraft,
  fields: NoteFields,
  line: number,
): NotesCsvProblem[] {
  const first = draft.fields!;
  const shown: [NotesCsvColumn, (f: NoteFields) => string][] = [
    ['kind', (f) => f.kind],
    ['observer', (f) => f.observer],
    ['salespeople', (f) => [...f.salespeople].sort().join(';')],
    ['date', (f) => f.date],
    ['account', (f) => f.account ?? ''],
    ['occurrence', (f) => (f.occurrence ? formatOccurrence(f.occurrence) : '')],
  ];
  return shown
    .filter(([, value]) => value(first) !== value(fields))
    .map(([column, value]) =>
      problem(
        line,
        column,
        `note ${key} has ${column} ${JSON.stringify(value(first))} on line ${draft.line} ` +
          `but ${JSON.stringify(value(fields))} here; the rows of a note must agree`,
      ),
    );
}

/** Everyone named is in the directory, and the occurrence was imported (when told what exists). */
function knownProblems(note: CsvNote, checks: NotesCsvChecks): NotesCsvProblem[] {
  const problems: NotesCsvProblem[] = [];
  const { people, occurrences } = checks;
  if (people !== undefined) {
    if (!people.has(note.observer)) {
      problems.push(
        problem(note.line, 'observer', `observer ${note.observer} is not in the directory`),
      );
    }
    for (const person of note.salespeople) {
      if (!people.has(person)) {
        problems.push(
          problem(note.line, 'salespeople', `salesperson ${person} is not in the directory`),
        );
      }
    }
  }
  if (occurrences !== undefined && note.occurrence !== null) {
    const text = formatOccurrence(note.occurrence);
    if (!occurrences.has(text)) {
      problems.push(problem(note.line, 'occurrence', `no imported occurrence ${text}`));
    }
  }
  return problems;
}

function mapHeader(
  header: CsvLine,
): { ok: true; index: Map<NotesCsvColumn, number> } | { ok: false; problems: NotesCsvProblem[] } {
  const index = new Map<NotesCsvColumn, number>();
  const problems: NotesCsvProblem[] = [];
  header.cells.forEach((cell, position) => {
    // "Moment kind" and "raised-by" as a person might type them.
    const name = cell
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    const column = NOTES_CSV_COLUMNS.find((known) => known === name);
    if (name === '') return;
    if (column === undefined) {
      problems.push(
        problem(
          header.line,
          name,
          `unknown column ${JSON.stringify(cell.trim())}; ${NOTES_CSV_HEADER_HINT}`,
        ),
      );
    } else if (index.has(column)) {
      problems.push(problem(header.line, column, `column ${column} appears twice in the header`));
    } else {
      index.set(column, position);
    }
  });
  for (const column of REQUIRED) {
    if (!index.has(column)) {
      problems.push(
        problem(header.line, column, `missing column ${column}; ${NOTES_CSV_HEADER_HINT}`),
      );
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, index };
}

/** The occurrences the rows name, each once: what the caller looks up before parseNotesCsv. */
export function occurrencesIn(records: readonly CsvLine[]): OccurrenceRef[] {
  const [header, ...body] = records;
  if (header === undefined) return [];
  const mapped = mapHeader(header);
  const index = mapped.ok ? mapped.index.get('occurrence') : undefined;
  if (index === undefined) return [];
  const texts = new Set(body.map((r) => (r.cells[index] ?? '').trim()).filter((t) => t !== ''));
  return [...texts].map(parseOccurrence);
}

/** `a; b,c` → ['a', 'b', 'c']: the exports write `;`, and a `,` inside a quoted cell reads the same. */
function listCell(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function inKeyOrder(notes: CsvNote[]): CsvNote[] {
  const whole = (key: string) => (/^\d{1,15}$/.test(key) ? Number(key) : Infinity);
  return notes
    .map((note, position) => ({ note, position }))
    .sort((a, b) => whole(a.note.key) - whole(b.note.key) || a.position - b.position)
    .map(({ note }) => note);
}

/** The core's message, with the cell as written when the message does not already show it. */
function withValue(
  message: string,
  column: NotesCsvColumn | null,
  cell: (column: NotesCsvColumn) => string,
): string {
  const value = column === null ? '' : cell(column);
  return value === '' || message.includes(value)
    ? message
    : `${message} (got ${JSON.stringify(value)})`;
}

function problem(line: number, column: string | null, message: string): NotesCsvProblem {
  const where = column === null ? `line ${line}` : `line ${line}, column ${column}`;
  return { line, column, message: `${where}: ${message}` };
}

function fail(problems: NotesCsvProblem[]): NotesCsvResult {
  const order = (c: string | null) => {
    const i = NOTES_CSV_COLUMNS.indexOf(c as NotesCsvColumn);
    return i < 0 ? -1 : i;
  };
  return {
    ok: false,
    problems: problems
      .map((p, position) => ({ p, position }))
      .sort(
        (a, b) =>
          a.p.line - b.p.line || order(a.p.column) - order(b.p.column) || a.position - b.position,
      )
      .map(({ p }) => p),
  };
}
