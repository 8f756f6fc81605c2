// Uploads (admin): the directory CSV, and calendar exports one file per request, streamed to a
// temporary file under a byte limit and imported by the CLI's pipeline, one import at a time.
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { formatUtc } from '../../calendar/local-time.js';
import { isEmail } from '../../ingest/calendar-owner.js';
import { importCalendars } from '../../ingest/import-calendars.js';
import { importDirectoryCsv } from '../../ingest/directory-import.js';
import { defaultImportWindow } from '../../ingest/import-window.js';
import { readBytes, receiveToFile, requireMediaType } from '../body.js';
import { counted } from '../counting.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import { day, fileName, flag } from './schemas.js';

/** 10,000 people are about 1 MB of CSV. */
export const DIRECTORY_LIMIT_BYTES = 20 * 1024 * 1024;

const directory = defineRoute({
  method: 'post',
  path: '/api/import/directory',
  tag: 'imports',
  summary: 'replace the directory with a CSV (as `orient import directory --json`)',
  description:
    'Any bad row → 400 with every problem and its line in `problems`, and nothing is stored.',
  access: 'admin',
  query: z.strictObject({ name: fileName.optional().meta({ description: 'for messages' }) }),
  body: {
    kind: 'raw',
    contentTypes: { 'text/csv': null, 'application/octet-stream': null },
    description: 'email,name,department,role[,manager][,timezone] with a header row',
  },
  responses: {
    200: {
      description: 'what changed',
      schema: z.object({
        people: z.number(),
        added: z.number(),
        updated: z.number(),
        deactivated: z.number(),
        reactivated: z.number(),
        unchanged: z.number(),
      }),
    },
    400: { description: 'problems with their lines; nothing stored' },
  },
  async handle({ c, app, query }) {
    requireMediaType(c.req.raw, ['text/csv', 'application/octet-stream']);
    const bytes = await readBytes(c.req.raw, DIRECTORY_LIMIT_BYTES);
    const name = query.name ?? 'people.csv';
    const result = await app.lock.run(() =>
      importDirectoryCsv(async () => app.database, bytes, name, app.nowStored()),
    );
    if (!result.ok) {
      const n = result.errors.length;
      throw new HttpError(
        'bad-input',
        `${name}: ${n} problem${n === 1 ? '' : 's'}; nothing was imported`,
        {
          body: { problems: result.errors.map((e) => ({ line: e.line, message: e.message })) },
        },
      );
    }
    return c.json({ people: result.people, ...result.changes });
  },
});

const calendarsQuery = z.strictObject({
  owner: z
    .string()
    .trim()
    .refine(isEmail, 'is not an email address')
    .optional()
    .meta({ description: 'whose calendar it is (else the file name, else X-WR-CALNAME)' }),
  name: fileName.optional().meta({ description: 'the file name: <email>.ics names the owner' }),
  from: day.optional().meta({ description: 'expand from this day (default: 12 months ago)' }),
  to: day
    .optional()
    .meta({ description: 'expand up to this day, exclusive (default: 3 months ahead)' }),
  last: flag
    .optional()
    .meta({ description: '1: the last file of a batch: count everyone after it' }),
});

const calendars = defineRoute({
  method: 'post',
  path: '/api/import/calendars',
  tag: 'imports',
  summary:
    "import one person's .ics export (the per-file report of `orient import calendars --json`)",
  description:
    'The body is streamed to a temporary file; past the upload limit → 413 and nothing is kept. ' +
    'A file that cannot be read → 400 with its report in `file`.',
  access: 'admin',
  query: calendarsQuery,
  body: {
    kind: 'raw',
    contentTypes: { 'text/calendar': null, 'application/octet-stream': null },
    description: 'one .ics file',
  },
  responses: {
    200: {
      description: 'the file report',
      schema: z.looseObject({
        file: z.string(),
        owner: z.string().nullable(),
        ok: z.boolean(),
        events: z.number(),
        occurrences: z.number(),
        added: z.number(),
        removed: z.number(),
        skipped: z.array(z.looseObject({ line: z.number(), reason: z.string() })),
        warnings: z.array(z.looseObject({ line: z.number(), message: z.string() })),
        bytes: z.number(),
      }),
    },
    413: { description: 'larger than the upload limit' },
  },
  async handle({ c, app, query }) {
    requireMediaType(c.req.raw, ['text/calendar', 'application/octet-stream']);
    const { config } = app.config();
    const fallback = defaultImportWindow(app.clock.now());
    const window = {
      from: query.from ? Date.parse(`${query.from}T00:00:00Z`) : fallback.from,
      to: query.to ? Date.parse(`${query.to}T00:00:00Z`) : fallback.to,
    };
    if (window.to <= window.from) throw new HttpError('bad-input', 'query.to: must be after from');
    const name = query.name ?? 'calendar.ics';
    const dir = await mkdtemp(join(app.tmpDir, 'orient-upload-'));
    try {
      const path = join(dir, name);
      await receiveToFile(c.req.raw, path, app.maxUploadBytes);
      const [report] = await app.lock.run(() =>
        importCalendars(app.database, {
          files: [path],
          owner: query.owner,
          window,
          orgTimezone: config.timezone,
          now: formatUtc(app.clock.now().getTime()),
          displayName: () => name,
        }),
      );
      if (!report) throw new Error('importCalendars gave no report for one file');
      if (!report.ok) {
        throw new HttpError('bad-input', `${name}: ${report.error ?? 'not imported'}`, {
          body: { file: report },
        });
      }
      if (query.last) await counted(app);
      return c.json(report);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
});

const finish = defineRoute({
  method: 'post',
  path: '/api/import/finish',
  tag: 'imports',
  summary: 'count what the uploads changed (the ledger), so reports are ready',
  access: 'admin',
  responses: {
    200: {
      description: 'how many people were recounted',
      schema: z.object({ people: z.number() }),
    },
  },
  async handle({ c, app }) {
    const { counting } = await counted(app);
    return c.json({ people: counting.recounted });
  },
});

export const IMPORT_ROUTES = [directory, calendars, finish];
