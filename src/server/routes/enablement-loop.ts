// Closing the loop on a shipped item (analyst and up, as items are): the salespeople to tell, and
// struggles per field note and their selling share before and after the ship day — the JSON of
// `orient items loop --json`, through the same path (src/ingest/close-the-loop.ts). Names of the
// people to tell are for analysts as a request's voters are; each person's selling share is
// person-level data, for admins only (people=1), as in the report.
import { z } from 'zod';
import { dayClock, dayDate } from '../../core/counting/day-clock.js';
import { DEFAULT_LOOP_WEEKS, MAX_LOOP_WEEKS } from '../../core/enablement/close-the-loop.js';
import { closedLoop } from '../../ingest/close-the-loop.js';
import { counted } from '../counting.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import { flag, idParam } from './schemas.js';

const WEEKS = `a whole number from 1 to ${MAX_LOOP_WEEKS}`;

const windowFields = {
  from: z.string(),
  to: z.string().meta({ description: 'exclusive' }),
  days: z.number(),
  weeks: z.number(),
  startsLate: z.boolean().meta({ description: 'the data starts after the window would' }),
  endsEarly: z
    .enum(['today', 'data'])
    .nullable()
    .meta({ description: 'cut short by today (so far) or by the end of the data' }),
};

const struggleWindow = z.object({
  ...windowFields,
  notes: z.number(),
  struggles: z.number(),
  perNote: z.number().nullable(),
});

const shareWindow = z.object({
  ...windowFields,
  share: z.number().nullable().meta({ description: 'mean selling share; null when withheld' }),
});

export const loopSchema = z
  .object({
    item: z.object({ id: z.string(), title: z.string(), shippedAt: z.string() }),
    weeks: z.number(),
    today: z.string(),
    tell: z.array(
      z.object({
        email: z.string(),
        name: z.string().nullable(),
        reasons: z.array(z.looseObject({ kind: z.enum(['note', 'moment', 'asked', 'voted']) })),
        why: z.string(),
      }),
    ),
    struggles: z.object({
      tags: z.array(z.string()),
      tagsFrom: z.enum(['item', 'moments', 'none']),
      before: struggleWindow,
      after: struggleWindow,
    }),
    sellingShare: z.object({
      people: z.number(),
      withCalendar: z.number(),
      suppressed: z.boolean(),
      minGroupSize: z.number(),
      before: shareWindow,
      after: shareWindow,
      perPerson: z
        .array(
          z.object({
            email: z.string(),
            name: z.string().nullable(),
            calendar: z.boolean(),
            before: z.number().nullable(),
            after: z.number().nullable(),
          }),
        )
        .optional()
        .meta({ description: 'only with people=1 (admins)' }),
    }),
  })
  .meta({ id: 'ClosedLoop', description: 'as `orient items loop --json`' });

const loop = defineRoute({
  method: 'get',
  path: '/api/items/:id/loop',
  tag: 'enablement',
  summary: 'close the loop: whom to tell, struggles and selling share before and after it shipped',
  description:
    `Windows of \`weeks\` (default ${DEFAULT_LOOP_WEEKS}) each side of the ship day, cut to the ` +
    'data and to today (whole days only). An item not shipped → 400. people=1 adds each ' +
    'salesperson’s selling share (admins only, 403 otherwise).',
  access: 'analyst',
  params: idParam,
  query: z.strictObject({
    weeks: z
      .string()
      .regex(/^\d{1,3}$/, `use ${WEEKS}`)
      .transform(Number)
      .pipe(z.number().min(1, `use ${WEEKS}`).max(MAX_LOOP_WEEKS, `use ${WEEKS}`))
      .optional()
      .meta({ description: `weeks each side of the ship day, ${WEEKS}` }),
    people: flag.optional().meta({ description: '1: each salesperson’s selling share (admins)' }),
  }),
  responses: {
    200: { description: 'the loop', schema: loopSchema },
    400: { description: 'not shipped; bad weeks' },
    404: { description: 'no such item' },
  },
  async handle({ c, app, auth, params, query }) {
    const people = query.people === true;
    if (people && (auth.kind === 'anonymous' || auth.user.role !== 'admin')) {
      throw new HttpError('forbidden', 'person-level data (people=1) is for admins');
    }
    const { config } = app.config();
    const answer = await closedLoop(
      app.database.db,
      String(params.id),
      {
        weeks: query.weeks ?? DEFAULT_LOOP_WEEKS,
        today: dayDate(dayClock(config.timezone).dayOf(app.clock.now().getTime())),
        people,
        workweekHours: config.workweekHours,
        minGroupSize: config.privacy.minGroupSize,
      },
      async () => (await counted(app)).counting,
    );
    return c.json(answer);
  },
});

/** /api/items/:id/loop: a fixed suffix, so it may sit with the other /api/items/:id routes. */
export const LOOP_ROUTES = [loop];
