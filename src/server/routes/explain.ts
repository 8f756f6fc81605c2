// One person's occurrences explained, as `orient explain --json` (admin: it is person-level).
import { z } from 'zod';
import { explainJson, explainRows } from '../../ingest/explain-rows.js';
import { counted, rangeOrDefault } from '../counting.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import { email, rangeQuery } from './schemas.js';

const rowSchema = z
  .object({
    uid: z.string(),
    recurrenceKey: z.string(),
    title: z.string(),
    start: z.string(),
    end: z.string(),
    attended: z.boolean(),
    reason: z.string().nullable(),
    category: z.string().nullable(),
    rule: z.string().nullable(),
    hours: z.number(),
  })
  .meta({ id: 'ExplainedOccurrence' });

const explain = defineRoute({
  method: 'get',
  path: '/api/explain/:email',
  tag: 'reports',
  summary: "one person's occurrences: category, matching rule, hours after overlap",
  access: 'admin',
  params: z.strictObject({ email }),
  query: rangeQuery,
  responses: {
    200: { description: 'by start', schema: z.array(rowSchema) },
    404: { description: 'not in the directory' },
  },
  async handle({ c, app, params, query }) {
    const { counting } = await counted(app);
    const range = await rangeOrDefault(counting, query, app.clock.now());
    const explained = await explainRows(counting, params.email, range);
    if (!explained) throw new HttpError('not-found', `${params.email} is not in the directory`);
    return c.json(explained.rows.map(explainJson));
  },
});

export const EXPLAIN_ROUTES = [explain];
