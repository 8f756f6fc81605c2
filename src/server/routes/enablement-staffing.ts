// The backlog CSV and the staffing suggestions (analyst and up, as every item route): the same
// ingest as `orient items import` and `orient items suggest-staffing`, so the figures and the
// problems are the CLI's. Fixed paths under /api/items: registered before /api/items/:id.
import { z } from 'zod';
import { importItemsCsv } from '../../ingest/items-csv-import.js';
import { staffingFor } from '../../ingest/staffing-suggestions.js';
import { readBytes, requireMediaType } from '../body.js';
import { counted, rangeOrDefault } from '../counting.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import { itemSchema } from './enablement-schemas.js';
import { CSV_TYPES, checkRange, fileName, rangeFields } from './schemas.js';

const TAG = 'enablement';

/** A backlog of thousands of items is well under 1 MB. */
export const BACKLOG_LIMIT_BYTES = 5 * 1024 * 1024;

const importCsv = defineRoute({
  method: 'post',
  path: '/api/items/csv',
  tag: TAG,
  summary: 'import a backlog CSV: every row becomes an item, or none does (`orient items import`)',
  description:
    'Columns (header names in any case): title, kind, effort_days, cost, selling_hours_per_week ' +
    '(empty: not estimated), and optionally confidence (0–1, default 1), description, tags ' +
    '(separated by ;). Any problem → 400 with `problems: [{ line, column, message }]` and ' +
    'nothing stored.',
  access: 'analyst',
  query: z.strictObject({
    name: fileName.optional().meta({ description: 'the file name for messages (backlog.csv)' }),
  }),
  body: {
    kind: 'raw',
    contentTypes: { 'text/csv': null, 'application/octet-stream': null },
    description: 'title,kind,effort_days,cost,selling_hours_per_week[,confidence,description,tags]',
  },
  responses: {
    201: {
      description: 'the stored items, in file order',
      schema: z.object({ imported: z.number(), items: z.array(itemSchema) }),
    },
    400: { description: 'problems with their lines and columns; nothing stored' },
    413: { description: 'larger than 5 MB' },
  },
  async handle({ c, app, query }) {
    requireMediaType(c.req.raw, CSV_TYPES);
    const bytes = await readBytes(c.req.raw, BACKLOG_LIMIT_BYTES);
    const name = query.name ?? 'backlog.csv';
    const result = await importItemsCsv(async () => app.database, bytes, name, app.nowStored());
    if (!result.ok) {
      const n = result.problems.length;
      throw new HttpError(
        'bad-input',
        `${name}: ${n} problem${n === 1 ? '' : 's'}; nothing was imported`,
        { body: { problems: result.problems } },
      );
    }
    return c.json({ imported: result.items.length, items: result.items }, 201);
  },
});

const evidenceSchema = z.object({
  from: z.string(),
  to: z.string(),
  people: z.number().meta({ description: '|A|: the active people of `from`' }),
  hoursPerPersonWeek: z.number(),
  hoursPerWeek: z.number().meta({ description: 'hours a week `to` absorbs from `from`' }),
  fteAbsorbed: z.number(),
  flaggedPeople: z.number().meta({ description: 'of them, over one day a week with `to`' }),
  thresholdHoursPerWeek: z.number(),
});

const staffing = defineRoute({
  method: 'get',
  path: '/api/items/staffing',
  tag: TAG,
  summary: 'hires to consider: department pairs over one day a week, with their evidence',
  description:
    'The flagged pairs of the report’s cross-department section (rule 8) as suggested items of ' +
    'kind hire, most FTE first; shown, not stored (add one with POST /api/items, with its effort ' +
    'and cost). Without from/to: the report’s default range.',
  access: 'analyst',
  query: z.strictObject(rangeFields).superRefine(checkRange),
  responses: {
    200: {
      description: 'as `orient items suggest-staffing --json`',
      schema: z.object({
        range: z.object({ from: z.string(), to: z.string() }),
        thresholdHoursPerWeek: z.number(),
        suggestions: z.array(
          z.object({
            title: z.string(),
            kind: z.literal('hire'),
            evidence: evidenceSchema,
            sellingHoursPerWeek: z
              .number()
              .nullable()
              .meta({
                description:
                  'hours a week B absorbs from A’s customer-oriented people (0 when none; null when ' +
                  'withheld by the privacy rule)',
              }),
            sellingHoursBasis: z.string(),
            description: z.string(),
            itemId: z.string().nullable().meta({ description: 'the item of the same title' }),
          }),
        ),
      }),
    },
  },
  async handle({ c, app, query }) {
    const { config, counting } = await counted(app);
    const range = await rangeOrDefault(counting, query, app.clock.now());
    return c.json(await staffingFor(counting, config, range));
  },
});

/** Before ITEM_ID_ROUTES: /api/items/:id would take `csv` and `staffing` for ids. */
export const ITEM_STAFFING_ROUTES = [importCsv, staffing];
