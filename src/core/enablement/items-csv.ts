// A backlog spreadsheet → enablement items (issue 5 point 5): the header mapped case-insensitively,
// every row checked, and the file taken whole or not at all — like the directory import, one
// problem per line and column so the spreadsheet can be fixed in one pass.
import { z } from 'zod';
import { normaliseTags } from './observations.js';
import type { EnablementItem, ItemKind } from './model.js';

/** One CSV record as read: its cells and the 1-based line where it starts. */
export interface CsvLine {
  line: number;
  cells: readonly string[];
}

export interface ItemsCsvProblem {
  line: number;
  /** The column it is about, or null for the row or the file as a whole. */
  column: string | null;
  /** Names the line (and column): `line 4, column cost: "-5" is negative; use 0 or more`. */
  message: string;
}

export type ImportedItem = Omit<EnablementItem, 'id'>;

export type ItemsCsvResult =
  { ok: true; items: ImportedItem[] } | { ok: false; problems: ItemsCsvProblem[] };

const KINDS = [
  'worksheet',
  'training',
  'presentation',
  'tool',
  'content',
  'hire',
] as const satisfies readonly ItemKind[];

const REQUIRED = ['title', 'kind', 'effort_days', 'cost', 'selling_hours_per_week'] as const;
const OPTIONAL = ['confidence', 'description', 'tags'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];
const COLUMNS: readonly Column[] = [...REQUIRED, ...OPTIONAL];
export const ITEMS_CSV_HEADER_HINT =
  `expected a header row: ${REQUIRED.join(',')} ` +
  `(optional: ${OPTIONAL.join(', ')}; tags separated by ;)`;

/** Plain decimals as a spreadsheet writes them; not "1,5", "1e3" or "$40". */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function decimal(what: string) {
  return z
    .string()
    .trim()
    .min(1, { error: `missing ${what}`, abort: true })
    .regex(DECIMAL, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a number (plain digits, decimals with a point)`,
      abort: true,
    })
    .transform(Number);
}

function amount(what: string) {
  return decimal(what).refine((n) => n >= 0, {
    error: (issue) => `${String(issue.input)} is negative; use 0 or more`,
  });
}

const cellSchemas = {
  title: z
    .string()
    .trim()
    .min(1, { error: 'missing title', abort: true })
    .max(300, 'the title is longer than 300 characters'),
  kind: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: 'missing kind', abort: true })
    .pipe(
      z.enum(KINDS, {
        error: (issue) =>
          `unknown kind ${JSON.stringify(issue.input)}; use one of ${KINDS.join(', ')}`,
      }),
    ),
  effort_days: amount('effort in person-days'),
  cost: amount('cost'),
  // An empty cell is an item whose hours are not estimated yet (the model's null; it scores 0).
  selling_hours_per_week: z
    .string()
    .trim()
    .transform((text) => (text === '' ? null : text))
    .pipe(amount('selling hours per week').nullable()),
  // "0–1, default 1": an empty cell, like a missing column, is full confidence.
  confidence: z
    .string()
    .trim()
    .transform((text) => (text === '' ? '1' : text))
    .pipe(decimal('confidence'))
    .refine((n) => n >= 0 && n <= 1, {
      error: (issue) => `${String(issue.input)} is outside 0–1; confidence is between 0 and 1`,
    }),
  description: z.string().trim().max(10_000, 'the description is longer than 10,000 characters'),
  tags: z.string().transform((text) => [...normaliseTags(text.split(';'))]),
} satisfies Record<Column, z.ZodType<unknown, string>>;

/** Validates the whole file: any problem means no items at all. */
export function validateItemsCsv(header: CsvLine, rows: readonly CsvLine[]): ItemsCsvResult {
  const mapped = mapHeader(header);
  if (!mapped.ok) return mapped;
  if (rows.length === 0) {
    return fail([problem(header.line, null, 'no items below the header row')]);
  }
  const problems: ItemsCsvProblem[] = [];
  const items: ImportedItem[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.length > header.cells.length) {
      // More fields than columns: the cells have shifted, so any other message would mislead.
      problems.push(
        problem(
          row.line,
          null,
          `${row.cells.length} fields but the header has ${header.cells.length}` +
            ' (quote fields that contain the separator)',
        ),
      );
      continue;
    }
    const before = problems.length;
    const read = <C extends Column>(column: C): z.output<(typeof cellSchemas)[C]> | undefined => {
      const index = mapped.index[column];
      const text = index === undefined ? '' : (row.cells[index] ?? '');
      const parsed = cellSchemas[column].safeParse(text);
      if (parsed.success) return parsed.data as z.output<(typeof cellSchemas)[C]>;
      for (const issue of parsed.error.issues) {
        problems.push(problem(row.line, column, issue.message));
      }
      return undefined;
    };
    const title = read('title');
    const kind = read('kind');
    const effortDays = read('effort_days');
    const cost = read('cost');
    const sellingHoursPerWeek = read('selling_hours_per_week');
    const confidence = read('confidence');
    const description = read('description');
    const tags = read('tags');
    if (title !== undefined) {
      const key = title.toLowerCase();
      const first = firstLineOf.get(key);
      if (first !== undefined) {
        problems.push(
          problem(
            row.line,
            'title',
            `duplicate title ${JSON.stringify(title)} (first on line ${first})`,
          ),
        );
      } else firstLineOf.set(key, row.line);
    }
    if (
      problems.length > before ||
      title === undefined ||
      kind === undefined ||
      effortDays === undefined ||
      cost === undefined ||
      sellingHoursPerWeek === undefined ||
      confidence === undefined ||
      description === undefined ||
      tags === undefined
    ) {
      continue;
    }
    items.push({
      title,
      kind,
      description,
      evidence: { observations: [], moments: [], requests: [] },
      effortDays,
      cost,
      sellingHoursPerWeek,
      derivation: null,
      confidence,
      status: 'proposed',
      shippedAt: null,
      tags,
    });
  }
  return problems.length > 0 ? fail(problems) : { ok: true, items };
}

function mapHeader(
  header: CsvLine,
):
  | { ok: true; index: Partial<Record<Column, number>> }
  | { ok: false; problems: ItemsCsvProblem[] } {
  const index: Partial<Record<Column, number>> = {};
  const problems: ItemsCsvProblem[] = [];
  header.cells.forEach((cell, position) => {
    // "Effort Days", "effort-days" and "effort_days" are one column.
    const name = cell
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    const column = COLUMNS.find((known) => known === name);
    if (column === undefined) return; // Other columns are the spreadsheet's own; ignored.
    if (index[column] !== undefined) {
      problems.push(problem(header.line, column, 'the column appears twice in the header'));
    } else index[column] = position;
  });
  for (const column of REQUIRED) {
    if (index[column] === undefined) {
      problems.push(problem(header.line, column, `missing column; ${ITEMS_CSV_HEADER_HINT}`));
    }
  }
  return problems.length > 0 ? fail(problems) : { ok: true, index };
}

function problem(line: number, column: Column | null, message: string): ItemsCsvProblem {
  return {
    line,
    column,
    message: `line ${line}${column === null ? '' : `, column ${column}`}: ${message}`,
  };
}

function fail(problems: ItemsCsvProblem[]): { ok: false; problems: ItemsCsvProblem[] } {
  // Stable: problems on one line keep the order of the columns.
  return { ok: false, problems: [...problems].sort((a, b) => a.line - b.line) };
}
