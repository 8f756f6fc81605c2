// Validates the rows of a directory file as a whole: each row's cells, then what only the whole
// file can tell — duplicate emails, managers missing from the file, manager cycles. Pure: the
// caller says which time zones exist.
import { z } from 'zod';
import type { DirectoryPerson } from './person.js';

/** One row as read from the file: raw cells and the 1-based line where the row starts. */
export interface DirectoryRow {
  line: number;
  email: string;
  name: string;
  department: string;
  role: string;
  manager?: string;
  timezone?: string;
}

export interface DirectoryError {
  line: number;
  /** Names the line, e.g. "line 7: duplicate email ana@acme.com (first on line 3)". */
  message: string;
}

export type DirectoryResult =
  { ok: true; people: DirectoryPerson[] } | { ok: false; errors: DirectoryError[] };

const emailCell = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: 'missing email', abort: true })
  .pipe(z.email({ error: (issue) => `invalid email '${String(issue.input)}'` }));

const managerCell = z
  .string()
  .trim()
  .toLowerCase()
  .transform((email) => (email === '' ? null : email))
  .pipe(z.email({ error: (issue) => `invalid manager email '${String(issue.input)}'` }).nullable());

const requiredCell = (column: string) => z.string().trim().min(1, `missing ${column}`);
const nameCell = requiredCell('name');
const departmentCell = requiredCell('department');
const roleCell = requiredCell('role');

function timezoneCell(isValidTimezone: (tz: string) => boolean) {
  return z
    .string()
    .trim()
    .transform((tz) => (tz === '' ? null : tz))
    .refine((tz) => tz === null || isValidTimezone(tz), {
      error: (issue) => `unknown time zone '${String(issue.input)}' (expected an IANA name)`,
    });
}

/** Checks every row and the file as a whole; any problem means no people at all. */
export function validateDirectory(
  rows: readonly DirectoryRow[],
  isValidTimezone: (tz: string) => boolean,
): DirectoryResult {
  const errors: DirectoryError[] = [];
  const report = (line: number, message: string) =>
    errors.push({ line, message: `line ${line}: ${message}` });
  const cell = <T>(schema: z.ZodType<T, string>, value: string | undefined, line: number) => {
    const parsed = schema.safeParse(value ?? '');
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) report(line, issue.message);
    return undefined;
  };
  const timezone = timezoneCell(isValidTimezone);

  const firstLine = new Map<string, number>();
  const people: DirectoryPerson[] = [];
  const managerOf = new Map<string, { manager: string; line: number }>();
  for (const row of rows) {
    const email = cell(emailCell, row.email, row.line);
    const name = cell(nameCell, row.name, row.line);
    const department = cell(departmentCell, row.department, row.line);
    const role = cell(roleCell, row.role, row.line);
    const manager = cell(managerCell, row.manager, row.line);
    const zone = cell(timezone, row.timezone, row.line);
    if (email === undefined) continue;
    const first = firstLine.get(email);
    if (first !== undefined) {
      report(row.line, `duplicate email ${email} (first on line ${first})`);
      continue;
    }
    firstLine.set(email, row.line);
    if (manager) managerOf.set(email, { manager, line: row.line });
    if (
      name !== undefined &&
      department !== undefined &&
      role !== undefined &&
      manager !== undefined &&
      zone !== undefined
    ) {
      people.push({ email, name, department, role, manager, timezone: zone });
    }
  }

  for (const [, { manager, line }] of managerOf) {
    if (!firstLine.has(manager)) report(line, `manager ${manager} is not in the file`);
  }
  for (const cycle of managerCycles(managerOf, firstLine)) {
    const [head] = cycle;
    if (head === undefined) continue;
    report(firstLine.get(head) ?? 0, `manager cycle ${[...cycle, head].join(' → ')}`);
  }

  if (errors.length > 0) {
    // Array.prototype.sort is stable, so problems on one line keep the order they were found.
    return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  }
  return { ok: true, people };
}

/**
 * Each cycle in the reports-to graph once, starting at its member that comes first in the file.
 * Everyone has at most one manager, so following managers from each person and never revisiting
 * anyone finds every cycle in time linear in the number of people.
 */
function managerCycles(
  managerOf: ReadonlyMap<string, { manager: string }>,
  firstLine: ReadonlyMap<string, number>,
): string[][] {
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const start of managerOf.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let current: string | undefined = start;
    while (current !== undefined && !done.has(current) && !onPath.has(current)) {
      onPath.set(current, path.length);
      path.push(current);
      current = managerOf.get(current)?.manager;
    }
    const cycleStart = current === undefined ? undefined : onPath.get(current);
    if (cycleStart !== undefined) {
      cycles.push(rotateToFirstInFile(path.slice(cycleStart), firstLine));
    }
    for (const person of path) done.add(person);
  }
  return cycles;
}

function rotateToFirstInFile(cycle: string[], firstLine: ReadonlyMap<string, number>): string[] {
  const lineOf = (email: string) => firstLine.get(email) ?? Number.POSITIVE_INFINITY;
  let first = 0;
  cycle.forEach((email, index) => {
    if (lineOf(email) < lineOf(cycle[first] ?? email)) first = index;
  });
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}
