// The report of `orient report --json`, through the same path (src/ingest/range-report.ts), so
// the figures are the CLI's; person-level data only for admins.
import { z } from 'zod';
import { dayDate } from '../../core/counting/day-clock.js';
import { rangeReport } from '../../ingest/range-report.js';
import { ledgerDays } from '../../storage/ledger-range.js';
import { counted, defaultRange, rangeOrDefault } from '../counting.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import { checkRange, flag, rangeFields } from './schemas.js';

const hours = z.record(z.string(), z.number());

export const reportSchema = z
  .looseObject({
    range: z.object({
      from: z.string(),
      to: z.string(),
      weeks: z.number(),
      timezone: z.string(),
      days: z.number(),
    }),
    categories: z.array(z.string()),
    people: z
      .array(z.looseObject({ email: z.string(), name: z.string(), hours }))
      .optional()
      .meta({ description: 'person-level rows: only with people=1 (admins)' }),
    groups: z.array(
      z.looseObject({
        by: z.enum(['org', 'role', 'department']),
        name: z.string(),
        people: z.number(),
        suppressed: z.boolean(),
        hours: hours.nullable(),
      }),
    ),
    crossDepartment: z.array(z.looseObject({ from: z.string(), to: z.string() })),
    inviteReview: z.array(z.looseObject({ uid: z.string(), title: z.string() })),
  })
  .meta({ id: 'Report', description: 'PRODUCT.md "Report JSON", as `orient report --json`' });

const report = defineRoute({
  method: 'get',
  path: '/api/report',
  tag: 'reports',
  summary: 'the report of `orient report --json` (same figures, same privacy rules)',
  description:
    'Without from/to: the last 13 full ISO weeks with data. people=1 adds person-level rows ' +
    '(admins only, 403 otherwise).',
  access: 'analyst',
  query: z
    .strictObject({
      ...rangeFields,
      people: flag.optional().meta({ description: '1: include person-level data (admins)' }),
    })
    .superRefine(checkRange),
  responses: { 200: { description: 'the report', schema: reportSchema } },
  async handle({ c, app, auth, query }) {
    const people = query.people === true;
    if (people && (auth.kind === 'anonymous' || auth.user.role !== 'admin')) {
      throw new HttpError('forbidden', 'person-level data (people=1) is for admins');
    }
    const { config, counting } = await counted(app);
    const range = await rangeOrDefault(counting, query, app.clock.now());
    return c.json(await rangeReport(counting, config, range, { people }));
  },
});

const dayRange = z.object({ from: z.string(), to: z.string() });

const range = defineRoute({
  method: 'get',
  path: '/api/report/range',
  tag: 'reports',
  summary: 'the days with counted time, and the default report range',
  description: '`to` is exclusive, as everywhere: the day after the last day with data.',
  access: 'analyst',
  responses: {
    200: {
      description: 'nulls before any calendar is imported',
      schema: z.object({
        from: z.string().nullable(),
        to: z.string().nullable(),
        default: dayRange.nullable(),
      }),
    },
  },
  async handle({ c, app }) {
    // A fresh install (no directory yet) has no range: nulls, not an error.
    const anyone = await app.database.db
      .selectFrom('people')
      .select('email')
      .limit(1)
      .executeTakeFirst();
    if (!anyone) return c.json({ from: null, to: null, default: null });
    const { counting } = await counted(app);
    const days = await ledgerDays(app.database.db);
    if (!days) return c.json({ from: null, to: null, default: null });
    return c.json({
      from: dayDate(days.first),
      to: dayDate(days.last + 1),
      default: await defaultRange(counting, app.clock.now()),
    });
  },
});

export const REPORT_ROUTES = [report, range];
