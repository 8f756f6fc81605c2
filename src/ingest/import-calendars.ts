// `orient import calendars`: files → reader → copies → store, one transaction per file. Expected
// failures are values: every file gets a report, a bad file never stops the others.
import { fileProblem } from './file-problem.js';
import { readFile } from 'node:fs/promises';
import type { CalendarWarning, SkippedItem } from '../calendar/calendar-error.js';
import { formatUtc } from '../calendar/local-time.js';
import { readCalendar } from '../calendar/read-calendar.js';
import type { OrientDatabase } from '../storage/database.js';
import { mergePending, storeOwnerCalendar } from '../storage/calendar-store.js';
import { listPeople } from '../storage/directory-store.js';
import { ownerOf } from './calendar-owner.js';
import { toCopies } from './occurrence-copies.js';

export interface CalendarImportOptions {
  files: readonly string[];
  /** Owner for a single file (the --owner flag). */
  owner?: string;
  /** Expansion window, UTC ms, [from, to). */
  window: { from: number; to: number };
  orgTimezone: string;
  /** ISO UTC of the import (a Clock reading). */
  now: string;
  /** How a file is named in its report and in the database (default: its path). An upload's
   * temporary file is named by the name it was uploaded under. */
  displayName?: (file: string) => string;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Progress of merging the meetings the files touched (after all files). */
  onMergeProgress?: (done: number, total: number) => void;
}

export interface FileReport {
  file: string;
  owner: string | null;
  ok: boolean;
  /** Why nothing of the file was stored, with the line when there is one. */
  error?: string;
  events: number;
  occurrences: number;
  added: number;
  removed: number;
  skipped: SkippedItem[];
  warnings: CalendarWarning[];
  bytes: number;
}

export async function importCalendars(
  database: OrientDatabase,
  options: CalendarImportOptions,
): Promise<FileReport[]> {
  const people = new Map(
    (await listPeople(database.db, { includeInactive: true })).map((p) => [p.email, p]),
  );
  const reports: FileReport[] = [];
  let done = 0;
  for (const file of options.files) {
    reports.push(await importOne(database, file, options, people));
    options.onProgress?.(++done, options.files.length, file);
  }
  // Each meeting is merged once from all its copies, however many of these files held it.
  await mergePending(database, options.onMergeProgress);
  return reports;
}

async function importOne(
  database: OrientDatabase,
  file: string,
  options: CalendarImportOptions,
  people: ReadonlyMap<string, { timezone: string | null; active: boolean }>,
): Promise<FileReport> {
  const report: FileReport = {
    file: options.displayName?.(file) ?? file,
    owner: null,
    ok: false,
    events: 0,
    occurrences: 0,
    added: 0,
    removed: 0,
    skipped: [],
    warnings: [],
    bytes: 0,
  };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    report.error = `cannot read the file: ${fileProblem(error)}`;
    return report;
  }
  report.bytes = bytes.length;
  const owner = ownerOf(file, bytes.subarray(0, 64 * 1024).toString('utf8'), options.owner);
  if (!owner.ok) {
    report.error = owner.message;
    return report;
  }
  report.owner = owner.owner;
  const person = people.get(owner.owner);
  const read = readCalendar(bytes, {
    range: options.window,
    ownerTimezone: person?.timezone ?? null,
    orgTimezone: options.orgTimezone,
  });
  if (!read.ok) {
    report.error = `line ${read.line}: ${read.message}`;
    return report;
  }
  if (!person) {
    read.warnings.unshift({ line: 1, message: `owner ${owner.owner} is not in the directory` });
  } else if (!person.active) {
    read.warnings.unshift({
      line: 1,
      message: `owner ${owner.owner} is inactive in the directory`,
    });
  }
  const copies = toCopies(owner.owner, read.occurrences);
  try {
    const stored = await storeOwnerCalendar(
      database,
      {
        owner: owner.owner,
        sourceFile: report.file,
        window: { from: formatUtc(options.window.from), to: formatUtc(options.window.to) },
        calendarName: read.calendarName,
        floatingZone: read.floatingZone,
        events: read.events,
        skipped: read.skipped.length,
        warnings: read.warnings.length,
        copies,
      },
      options.now,
    );
    report.added = stored.added;
    report.removed = stored.removed;
  } catch (error) {
    report.error = `not stored: ${error instanceof Error ? error.message : String(error)}`;
    return report;
  }
  report.ok = true;
  report.events = read.events;
  report.occurrences = copies.length;
  report.skipped = read.skipped;
  report.warnings = read.warnings;
  return report;
}
