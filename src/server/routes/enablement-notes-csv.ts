// Field notes as CSV (the format of `orient notes import|export`) and ride-alongs suggested from
// the calendar. The access rules are those of the notes themselves (enablement-notes.ts): a
// member downloads and uploads only their own notes; analysts and admins all of them. Suggested
// ride-alongs name who met which customer, read from calendars: a member and an analyst see
// their own calls, an admin everyone's (as the calendar's names are admin-only elsewhere).
import { z } from 'zod';
import { writeNotesCsv } from '../../core/enablement/notes-csv-write.js';
import { readNotesCsv } from '../../ingest/notes-csv-import.js';
import { rideAlongs } from '../../ingest/ride-along-suggestions.js';
import { addObservations, listObservations } from '../../storage/enablement-observations-store.js';
import { readBytes, requireMediaType } from '../body.js';
import { counted, rangeOrDefault } from '../counting.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import { callerOf, seesEveryone } from './enablement-access.js';
import { CSV_TYPES, fileName, rangeQuery } from './schemas.js';

const TAG = 'enablement';

/** Thousands of notes are well under a megabyte of CSV. */
export const NOTES_CSV_LIMIT_BYTES = 5 * 1024 * 1024;

const download = defineRoute({
  method: 'get',
  path: '/api/notes/csv',
  tag: TAG,
  summary: 'field notes as CSV, one row per moment: yours (member), or everyone’s (analyst, admin)',
  description:
    'The format `orient notes export` writes and POST /api/notes/csv reads back: note (its id), ' +
    'kind, observer, salespeople (;-separated), date, account, occurrence (UID or UID@KEY), ' +
    'moment, moment_kind, tags (;-separated), raised_by, severity.',
  access: 'member',
  responses: {
    200: {
      description: 'by date, then id',
      schema: z.string(),
      contentType: 'text/csv',
    },
  },
  async handle({ c, app, auth }) {
    const caller = callerOf(auth);
    const notes = await listObservations(
      app.database.db,
      seesEveryone(caller) ? {} : { visibleTo: caller.email },
    );
    return c.body(writeNotesCsv(notes), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="field-notes.csv"',
    });
  },
});

const upload = defineRoute({
  method: 'post',
  path: '/api/notes/csv',
  tag: TAG,
  summary: 'add field notes from a CSV (as GET /api/notes/csv writes it), all or nothing',
  description:
    'Any bad row — a bad cell, rows of one note that disagree, someone not in the directory, an ' +
    'occurrence never imported — → 400 with every problem, its line and column in `problems`. ' +
    'A member logs notes only as their observer: another observer → 403 with those rows in ' +
    '`problems`. Either way nothing is stored.',
  access: 'member',
  query: z.strictObject({ name: fileName.optional().meta({ description: 'for messages' }) }),
  body: {
    kind: 'raw',
    contentTypes: { 'text/csv': null, 'application/octet-stream': null },
    description:
      'note,kind,observer,salespeople,date,account,occurrence,moment,moment_kind,tags,raised_by,' +
      'severity with a header row (observer, salespeople and date required)',
  },
  responses: {
    201: {
      description: 'how many notes and moments were stored, and the new notes’ ids',
      schema: z.object({ notes: z.number(), moments: z.number(), ids: z.array(z.string()) }),
    },
    400: { description: 'problems with their lines; nothing stored' },
    403: { description: 'a member’s file names another observer; nothing stored' },
  },
  async handle({ c, app, auth, query }) {
    const caller = callerOf(auth);
    requireMediaType(c.req.raw, CSV_TYPES);
    const bytes = await readBytes(c.req.raw, NOTES_CSV_LIMIT_BYTES);
    const name = query.name ?? 'notes.csv';
    const read = await readNotesCsv(app.database.db, bytes, name);
    if (!read.ok) {
      const n = read.problems.length;
      throw new HttpError(
        'bad-input',
        `${name}: ${n} problem${n === 1 ? '' : 's'}; nothing was imported`,
        { body: { problems: read.problems } },
      );
    }
    if (!seesEveryone(caller)) {
      // As POST /api/notes: a member logs their own notes.
      const others = read.notes.filter((note) => note.observer !== caller.email);
      if (others.length > 0) {
        throw new HttpError(
          'forbidden',
          `${name}: a member logs their own notes (you are ${caller.email}); nothing was imported`,
          {
            body: {
              problems: others.map((note) => ({
                line: note.line,
                column: 'observer',
                message: `${name} line ${note.line}, column observer: ${note.observer} is not you`,
              })),
            },
          },
        );
      }
    }
    const stored = await addObservations(app.database.db, read.notes, {
      recordedBy: caller.email,
      now: app.nowStored(),
    });
    return c.json(
      {
        notes: stored.length,
        moments: stored.reduce((sum, note) => sum + note.moments.length, 0),
        ids: stored.map((note) => note.id),
      },
      201,
    );
  },
});

const rideAlongSchema = z
  .object({
    date: z.string().meta({ description: 'the org-timezone day of the call: the note’s date' }),
    time: z.string().meta({ description: 'HH:MM on the org’s clock' }),
    start: z.string().meta({ description: 'ISO UTC' }),
    title: z.string(),
    observer: z.string(),
    salespeople: z.array(z.string()),
    account: z.string().nullable().meta({ description: 'the first external domain' }),
    occurrence: z.string().meta({ description: '"UID" or "UID@KEY", as POST /api/notes reads it' }),
    notes: z.array(z.string()).meta({
      description: 'the observer’s notes linked to this call; empty while it is to write up',
    }),
    why: z.string(),
  })
  .meta({ id: 'RideAlong' });

const suggestions = defineRoute({
  method: 'get',
  path: '/api/notes/suggestions',
  tag: TAG,
  summary: 'ride-alongs from the calendar: your sales calls (member, analyst), everyone’s (admin)',
  description:
    'External meetings in [from, to) where a market-oriented person attended with a ' +
    'customer-oriented colleague, one per call and observer, earliest first, each with whether ' +
    'the observer has linked a note to it.',
  access: 'member',
  query: rangeQuery,
  responses: {
    200: {
      description: 'the range used and the calls',
      schema: z.object({ from: z.string(), to: z.string(), rideAlongs: z.array(rideAlongSchema) }),
    },
  },
  async handle({ c, app, auth, query }) {
    const caller = callerOf(auth);
    const { counting } = await counted(app);
    const range = await rangeOrDefault(counting, query, app.clock.now());
    const observer = caller.role === 'admin' ? undefined : caller.email;
    return c.json({ ...range, rideAlongs: await rideAlongs(counting, range, observer) });
  },
});

/** Fixed paths under /api/notes: registered before /api/notes/:id, which would match them. */
export const NOTE_CSV_ROUTES = [download, upload, suggestions];
