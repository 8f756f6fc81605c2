// A tiny org for the import tests: a temp folder with a config written by `orient init`, a
// fresh database per backend, a directory CSV, and hand-written iCalendar exports.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { openDatabase, type Backend } from '../../src/storage/database.js';
import { freshTarget } from '../support/backends.js';
import { runCli, type CliRun } from '../support/run-cli.js';

/** The directory every suite starts from: Pat organises, Ana, Bo and Cy sell. */
export const PEOPLE_CSV = [
  'email,name,department,role,manager,timezone',
  'pm@acme.com,Pat Moss,Product,Product Manager,,America/New_York',
  'ana@acme.com,Ana Lima,Sales,Account Executive,pm@acme.com,',
  'bo@acme.com,Bo Chen,Sales,Account Executive,pm@acme.com,',
  'cy@acme.com,Cy Park,Sales,Sales Engineer,pm@acme.com,America/Chicago',
  '',
].join('\n');

/** Every import in these suites expands March 2026 (US DST starts on Sunday 8 March). */
export const MARCH = ['--from', '2026-03-01', '--to', '2026-04-01'] as const;

export interface Org {
  dir: string;
  /** The folder the exports go in. */
  calendars: string;
  target: string;
  /** `orient --db <target> --config <dir>/orient.config.yaml …`, run in `dir`. */
  orient(...args: string[]): Promise<CliRun>;
  /** Writes an export into `calendars`; returns its path. */
  writeExport(name: string, content: string | Uint8Array): string;
  /** Writes a file into `dir`; returns its path. */
  writeFile(name: string, content: string): string;
}

/** A fresh org on `backend`: config (acme.com, America/New_York) and an empty database. */
export async function freshOrg(backend: Backend): Promise<Org> {
  const dir = mkdtempSync(join(tmpdir(), 'orient-import-'));
  const { target, dispose } = await freshTarget(backend);
  onTestFinished(async () => {
    await dispose();
    rmSync(dir, { recursive: true, force: true });
  });
  const calendars = join(dir, 'calendars');
  mkdirSync(calendars);
  const config = join(dir, 'orient.config.yaml');
  const init = await runCli(
    ['--config', config, 'init', '--domain', 'acme.com', '--timezone', 'America/New_York'],
    { cwd: dir },
  );
  expect(init, init.stderr).toMatchObject({ code: 0 });
  return {
    dir,
    calendars,
    target,
    orient: (...args) => runCli(['--db', target, '--config', config, ...args], { cwd: dir }),
    writeExport: (name, content) => written(join(calendars, name), content),
    writeFile: (name, content) => written(join(dir, name), content),
  };
}

/** An org whose directory (PEOPLE_CSV) is imported. */
export async function orgWithDirectory(backend: Backend): Promise<Org> {
  const org = await freshOrg(backend);
  const run = await org.orient('import', 'directory', org.writeFile('people.csv', PEOPLE_CSV));
  expect(run, run.stderr).toMatchObject({ code: 0 });
  return org;
}

function written(file: string, content: string | Uint8Array): string {
  writeFileSync(file, content);
  return file;
}

/** An iCalendar file from content lines, CRLF-terminated (RFC 5545 §3.1). */
export function ics(...lines: (string | readonly string[])[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Orient tests//EN', ...lines.flat()]
    .concat('END:VCALENDAR', '')
    .join('\r\n');
}

export function vevent(...lines: string[]): string[] {
  return ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
}

type Row = Record<string, unknown>;

/** Every row of the tables an import writes, sorted, with numbers normalised across backends. */
export async function snapshot(target: string): Promise<Record<string, Row[]>> {
  const database = await openDatabase(target);
  try {
    const { db } = database;
    const tables = {
      people: await db.selectFrom('people').selectAll().execute(),
      calendars: await db.selectFrom('calendars').selectAll().execute(),
      occurrence_copies: await db.selectFrom('occurrence_copies').selectAll().execute(),
      occurrences: await db.selectFrom('occurrences').selectAll().execute(),
      attendance: await db.selectFrom('attendance').selectAll().execute(),
    };
    return Object.fromEntries(
      Object.entries(tables).map(([name, rows]) => [name, sortRows(rows.map(normalise))]),
    );
  } finally {
    await database.close();
  }
}

// PostgreSQL returns bigint columns (migration 0002) as strings; SQLite as numbers.
const BIGINTS = new Set(['events', 'occurrences', 'skipped', 'warnings', 'sequence', 'copies']);

function normalise(row: object): Row {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, BIGINTS.has(k) && v !== null ? Number(v) : v]),
  );
}

function sortRows(rows: Row[]): Row[] {
  const key = (r: Row): string => JSON.stringify(Object.values(r));
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Rows of `table` in a snapshot whose `column` equals `value`. */
export function where(rows: Row[] | undefined, column: string, value: unknown): Row[] {
  return (rows ?? []).filter((r) => r[column] === value);
}
