// A small hand-written org for the end-to-end report tests: a temp folder with a config, a
// directory CSV and .ics exports, a fresh database per org, and the CLI run in-process
// (`orient import …`, `orient report --json --people`, `orient explain --json`).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Report } from '../../src/core/reports/report.js';
import type { Backend } from '../../src/storage/database.js';
import { ics, vevent } from '../ingest/org-fixture.js';
import { freshTarget } from '../support/backends.js';
import { runCli, type CliRun } from '../support/run-cli.js';

/**
 * Two account executives (Sales), a sales engineer (Sales Engineering), two product managers
 * (Product) and a software engineer (Engineering, orientation other: not a default role).
 */
export const DIRECTORY_CSV = [
  'email,name,department,role',
  'ana@acme.com,Ana Lima,Sales,Account Executive',
  'bo@acme.com,Bo Chen,Sales,Account Executive',
  'cy@acme.com,Cy Park,Sales Engineering,Sales Engineer',
  'pat@acme.com,Pat Moss,Product,Product Manager',
  'quinn@acme.com,Quinn Ray,Product,Product Manager',
  'eve@acme.com,Eve Diaz,Engineering,Software Engineer',
  '',
].join('\n');

/** minGroupSize 1: nothing is suppressed unless a test is about privacy. */
export const BASE_CONFIG = [
  'timezone: America/New_York',
  'internalDomains:',
  '  - acme.com',
  'workweekHours: 40',
  'privacy:',
  '  minGroupSize: 1',
  '',
].join('\n');

export interface ExplainRow {
  uid: string;
  recurrenceKey: string;
  title: string;
  start: string;
  end: string;
  attended: boolean;
  reason: string | null;
  category: string | null;
  rule: string | null;
  hours: number;
}

export interface ReportOrg {
  dir: string;
  target: string;
  orient(...args: string[]): Promise<CliRun>;
  /** Writes `<owner>.ics` (one person's export) from VEVENTs. */
  writeExport(owner: string, ...events: (readonly string[])[]): void;
  /** `orient import calendars` over every export, expanding February and March 2026. */
  importCalendars(): Promise<void>;
  /** `orient report --from --to --json --people`, parsed. */
  report(from: string, to: string): Promise<Report>;
  /** `orient explain EMAIL --from --to --json`, one row per line. */
  explain(email: string, from: string, to: string): Promise<ExplainRow[]>;
  dispose(): Promise<void>;
}

export interface OrgOptions {
  backend?: Backend;
  /** The whole config file (default BASE_CONFIG). */
  config?: string;
  /** The directory CSV (default DIRECTORY_CSV). */
  directory?: string;
}

/** A fresh org with its directory imported. Call `dispose()` when done. */
export async function reportOrg(options: OrgOptions = {}): Promise<ReportOrg> {
  const dir = mkdtempSync(join(tmpdir(), 'orient-report-'));
  const calendars = join(dir, 'calendars');
  mkdirSync(calendars);
  const { target, dispose } = await freshTarget(options.backend ?? 'sqlite');
  const config = join(dir, 'orient.config.yaml');
  writeFileSync(config, options.config ?? BASE_CONFIG);
  writeFileSync(join(dir, 'people.csv'), options.directory ?? DIRECTORY_CSV);
  const orient = (...args: string[]) =>
    runCli(['--db', target, '--config', config, ...args], { cwd: dir });
  const ok = (run: CliRun): CliRun => {
    expect(run.stderr, run.stdout).toBe('');
    expect(run.code).toBe(0);
    return run;
  };
  ok(await orient('import', 'directory', 'people.csv'));
  return {
    dir,
    target,
    orient,
    writeExport(owner, ...events) {
      writeFileSync(join(calendars, `${owner}.ics`), ics(...events));
    },
    async importCalendars() {
      ok(
        await orient(
          'import',
          'calendars',
          calendars,
          '--from',
          '2026-02-01',
          '--to',
          '2026-04-01',
        ),
      );
    },
    async report(from, to) {
      const run = ok(await orient('report', '--from', from, '--to', to, '--json', '--people'));
      return JSON.parse(run.stdout) as Report;
    },
    async explain(email, from, to) {
      const run = ok(await orient('explain', email, '--from', from, '--to', to, '--json'));
      return run.stdout
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as ExplainRow);
    },
    async dispose() {
      await dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// VEVENT building blocks. Times are New York wall-clock times (TZID=America/New_York), written
// `YYYYMMDDTHHMMSS`; the comments in the tests give the UTC instants they mean.

const NY = 'America/New_York';

export interface EventSpec {
  uid: string;
  title: string;
  /** Local New York time `YYYYMMDDTHHMMSS`, or a date `YYYYMMDD` for an all-day event. */
  start: string;
  end: string;
  /** Omitted for a solo block. */
  organizer?: string;
  /** `email` (ACCEPTED) or `email;PARAM=…` with its own parameters, e.g. `PARTSTAT=DECLINED`. */
  attendees?: readonly string[];
  /** Further content lines: RRULE, STATUS, TRANSP, SEQUENCE, RECURRENCE-ID, … */
  lines?: readonly string[];
}

/** One VEVENT. A bare attendee email is ACCEPTED; `a@x.com;PARTSTAT=…;CUTYPE=…` sets its own. */
export function event(spec: EventSpec): string[] {
  const time = (name: string, value: string) =>
    value.length === 8 ? `${name};VALUE=DATE:${value}` : `${name};TZID=${NY}:${value}`;
  return vevent(
    `UID:${spec.uid}`,
    'DTSTAMP:20260101T000000Z',
    `SUMMARY:${spec.title}`,
    time('DTSTART', spec.start),
    time('DTEND', spec.end),
    ...(spec.organizer ? [`ORGANIZER:mailto:${spec.organizer}`] : []),
    ...(spec.attendees ?? []).map((a) => {
      const [email, ...params] = a.split(';');
      const partstat = params.some((p) => p.startsWith('PARTSTAT=')) ? [] : ['PARTSTAT=ACCEPTED'];
      return ['ATTENDEE', ...partstat, ...params].join(';') + `:mailto:${email}`;
    }),
    ...(spec.lines ?? []),
  );
}

/** `name@acme.com`. */
export const acme = (name: string): string => `${name}@acme.com`;

/** Hours per category of one person in a report (with --people). */
export function hoursOf(report: Report, email: string): Record<string, number> {
  const person = report.people?.find((p) => p.email === email);
  if (!person) throw new Error(`${email} is not in the report`);
  return person.hours;
}

/** Only the categories with hours, for compact expectations. */
export function nonZero(hours: Record<string, number> | null): Record<string, number> {
  return Object.fromEntries(Object.entries(hours ?? {}).filter(([, h]) => h !== 0));
}
