// The occurrences of one series in the invite review: when, and how much selling time each took.
// Who attended (names, categories) is person-level: admins only.
import { z } from 'zod';
import { dayNumber } from '../../core/counting/day-clock.js';
import { attendedMeetings } from '../../core/counting/person-ledger.js';
import { chargedOccurrences, seriesMeetings } from '../../storage/invite-review-occurrences.js';
import { counted, rangeOrDefault } from '../counting.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import { rangeQuery } from './schemas.js';

const HOUR_MS = 3_600_000;

const occurrenceSchema = z
  .object({
    recurrenceKey: z.string(),
    start: z.string(),
    end: z.string(),
    title: z.string(),
    customerFacingAttendees: z.number().meta({ description: 'how many were charged' }),
    sellingHours: z.number(),
    attendees: z
      .array(
        z.object({
          email: z.string(),
          name: z.string(),
          department: z.string(),
          role: z.string(),
          category: z.string().nullable(),
          hours: z.number(),
        }),
      )
      .optional()
      .meta({ description: 'admins only' }),
  })
  .meta({ id: 'ReviewedOccurrence' });

const occurrences = defineRoute({
  method: 'get',
  path: '/api/meetings/:uid/occurrences',
  tag: 'reports',
  summary: 'the occurrences of one series in the invite review',
  access: 'analyst',
  params: z.strictObject({ uid: z.string().min(1).max(1000) }),
  query: rangeQuery,
  responses: {
    200: { description: 'by start', schema: z.array(occurrenceSchema) },
    404: { description: 'the series has no charged occurrence in the range' },
  },
  async handle({ c, app, auth, params, query }) {
    const { counting } = await counted(app);
    const range = await rangeOrDefault(counting, query, app.clock.now());
    const charged = await chargedOccurrences(
      app.database.db,
      params.uid,
      dayNumber(range.from),
      dayNumber(range.to),
    );
    if (charged.length === 0) {
      throw new HttpError('not-found', 'no occurrence of this series is in the invite review');
    }
    const admin = auth.kind !== 'anonymous' && auth.user.role === 'admin';
    const meetings = admin
      ? new Map(
          (await seriesMeetings(app.database.db, params.uid)).map((m) => [m.recurrenceKey, m]),
        )
      : undefined;
    const { directory, rules } = counting.context;
    return c.json(
      charged.map((o) => {
        const ms = o.charges.reduce((n, x) => n + x.ms, 0);
        const row = {
          recurrenceKey: o.recurrenceKey,
          start: o.start,
          end: o.end,
          title: o.title,
          customerFacingAttendees: o.charges.length,
          sellingHours: ms / HOUR_MS,
        };
        if (!meetings) return row;
        const meeting = meetings.get(o.recurrenceKey);
        return {
          ...row,
          attendees: o.charges.map((x) => {
            const person = directory.person(x.email);
            const attended = meeting
              ? attendedMeetings(x.email, [meeting], directory, rules)[0]
              : undefined;
            return {
              email: x.email,
              name: person?.name ?? x.email,
              department: person?.department ?? '',
              role: person?.role ?? '',
              category: attended ? (rules.categories[attended.categoryIndex] ?? null) : null,
              hours: x.ms / HOUR_MS,
            };
          }),
        };
      }),
    );
  },
});

export const MEETING_ROUTES = [occurrences];
