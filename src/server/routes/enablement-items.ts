// Enablement items (analyst and up: they plan enablement): the list in priority order with each
// score's inputs, add, edit, delete, link evidence, ship; the plan under a budget.
import { z } from 'zod';
import { normaliseTags } from '../../core/enablement/observations.js';
import { salespeopleInEvidence } from '../../ingest/evidence-salespeople.js';
import { dayClock, dayDate } from '../../core/counting/day-clock.js';
import { SCORING_METHODS, type ScoringMethod } from '../../core/enablement/scoring.js';
import { enablementPlan, rankedItems, rankedJson } from '../../ingest/enablement-ranking.js';
import { dayInput, idInput } from '../../ingest/enablement-inputs.js';
import {
  addItems,
  deleteItem,
  getItem,
  linkEvidence,
  updateItem,
} from '../../storage/enablement-items-store.js';
import { shipItemAndRequests } from '../../ingest/enablement-requests.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import { itemSchema, planSchema, rankedSchema } from './enablement-schemas.js';
import { flag, idParam, noContent } from './schemas.js';

const TAG = 'enablement';

const method = z
  .enum(SCORING_METHODS as [ScoringMethod, ...ScoringMethod[]])
  .default('hours-per-day')
  .meta({ description: 'how scores are made: hours-per-day (default) or rice' });

/** A budget in the query: a number, 0 or more; required (the plan needs a budget). */
function budget(description: string) {
  return z
    .string({ error: 'required: the plan needs a budget (days and money)' })
    .regex(/^\s*\d+(\.\d+)?\s*$/, 'use a number, 0 or more')
    .transform(Number)
    .meta({ description });
}

const amount = z.number().finite().nonnegative('must be 0 or more');

const links = z.strictObject({
  observations: z.array(idInput).max(1000).default([]),
  moments: z.array(idInput).max(1000).default([]),
  requests: z.array(idInput).max(1000).default([]),
});

const derivation = z
  .strictObject({
    timesPerWeek: amount,
    // Stored as an integer column: a count of people.
    salespeople: z
      .number()
      .int('must be a whole number of salespeople')
      .nonnegative('must be 0 or more'),
    minutesLost: amount,
  })
  .nullable()
  .meta({ description: 'selling hours derived: times a week × salespeople × minutes lost' });

const editable = {
  title: z.string().trim().min(1, 'give the item a title').max(300),
  kind: z.enum(['worksheet', 'training', 'presentation', 'tool', 'content', 'hire']),
  description: z.string().max(10_000),
  effortDays: amount.meta({ description: 'person-days' }),
  cost: amount.meta({ description: 'money, the org currency' }),
  sellingHoursPerWeek: amount.nullable().meta({ description: 'entered; null when derived' }),
  derivation,
  confidence: z.number().min(0).max(1),
  tags: z
    .array(z.string().trim().min(1).max(60))
    .max(30)
    .transform((tags) => normaliseTags(tags)),
};

// On a new item the count of salespeople may be left to the evidence linked with it.
const newDerivation = z
  .strictObject({
    timesPerWeek: amount,
    salespeople: z
      .number()
      .int('must be a whole number of salespeople')
      .nonnegative('must be 0 or more')
      .optional()
      .meta({ description: 'absent: the distinct salespeople the linked evidence names' }),
    minutesLost: amount,
  })
  .nullable()
  .meta({ description: 'selling hours derived: times a week × salespeople × minutes lost' });

const newItem = z.strictObject({
  title: editable.title,
  kind: editable.kind,
  description: editable.description.default(''),
  effortDays: editable.effortDays,
  cost: editable.cost,
  sellingHoursPerWeek: editable.sellingHoursPerWeek.default(null),
  derivation: newDerivation.default(null),
  confidence: editable.confidence.default(1),
  tags: editable.tags.default([]),
  evidence: links.default({ observations: [], moments: [], requests: [] }),
});

const itemChanges = z.strictObject({
  title: editable.title.optional(),
  kind: editable.kind.optional(),
  description: editable.description.optional(),
  effortDays: editable.effortDays.optional(),
  cost: editable.cost.optional(),
  sellingHoursPerWeek: editable.sellingHoursPerWeek.optional(),
  derivation: editable.derivation.optional(),
  confidence: editable.confidence.optional(),
  tags: editable.tags.optional(),
  status: z.enum(['proposed', 'planned', 'in-progress', 'dropped']).optional(),
});

const list = defineRoute({
  method: 'get',
  path: '/api/items',
  tag: TAG,
  summary: 'the enablement items in priority order, each score with its inputs',
  access: 'analyst',
  query: z.strictObject({
    method: method.optional(),
    all: flag.optional().meta({ description: '1: include shipped and dropped items' }),
  }),
  responses: { 200: { description: 'by rank', schema: rankedSchema } },
  async handle({ c, app, query }) {
    const chosen = query.method ?? 'hours-per-day';
    const ranked = await rankedItems(app.database.db, chosen, { openOnly: !query.all });
    return c.json(rankedJson(ranked, chosen));
  },
});

const create = defineRoute({
  method: 'post',
  path: '/api/items',
  tag: TAG,
  summary: 'add an enablement item',
  access: 'analyst',
  body: { kind: 'json', schema: newItem },
  responses: { 201: { description: 'stored', schema: itemSchema } },
  async handle({ c, app, body }) {
    const db = app.database.db;
    const d = body.derivation;
    let derivation = null;
    if (d) {
      const salespeople = d.salespeople ?? (await salespeopleInEvidence(db, body.evidence));
      if (salespeople === 0 && d.salespeople === undefined)
        throw new HttpError(
          'bad-input',
          'derivation.salespeople: the linked evidence names no salesperson; give the count',
        );
      derivation = { ...d, salespeople };
    }
    const [item] = await addItems(
      db,
      [{ ...body, derivation, status: 'proposed', shippedAt: null }],
      app.nowStored(),
    );
    return c.json(item, 201);
  },
});

const read = defineRoute({
  method: 'get',
  path: '/api/items/:id',
  tag: TAG,
  summary: 'one enablement item',
  access: 'analyst',
  params: idParam,
  responses: { 200: { description: 'the item', schema: itemSchema }, 404: { description: 'none' } },
  async handle({ c, app, params }) {
    const item = await getItem(app.database.db, String(params.id));
    if (!item) throw new HttpError('not-found', `no item ${params.id}`);
    return c.json(item);
  },
});

const edit = defineRoute({
  method: 'patch',
  path: '/api/items/:id',
  tag: TAG,
  summary: 'change an item’s fields or status (shipping has its own route)',
  access: 'analyst',
  params: idParam,
  body: { kind: 'json', schema: itemChanges },
  responses: {
    200: { description: 'as stored', schema: itemSchema },
    404: { description: 'none' },
  },
  async handle({ c, app, params, body }) {
    const item = await updateItem(app.database.db, String(params.id), body);
    if (!item) throw new HttpError('not-found', `no item ${params.id}`);
    return c.json(item);
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/api/items/:id',
  tag: TAG,
  summary: 'delete an item (its evidence links go with it; the notes and requests stay)',
  access: 'analyst',
  params: idParam,
  responses: { 204: noContent, 404: { description: 'none' } },
  async handle({ c, app, params }) {
    if (!(await deleteItem(app.database.db, String(params.id)))) {
      throw new HttpError('not-found', `no item ${params.id}`);
    }
    return c.body(null, 204);
  },
});

/** POST adds links, PUT replaces the whole set (how links are removed). */
function evidenceRoute(method: 'post' | 'put', summary: string) {
  return defineRoute({
    method,
    path: '/api/items/:id/evidence',
    tag: TAG,
    summary,
    access: 'analyst',
    params: idParam,
    body: { kind: 'json', schema: links },
    responses: {
      200: { description: 'the item with its links', schema: itemSchema },
      404: { description: 'none' },
    },
    async handle({ c, app, params, body }) {
      const mode = method === 'post' ? 'add' : 'replace';
      const item = await linkEvidence(app.database.db, String(params.id), body, mode);
      if (!item) throw new HttpError('not-found', `no item ${params.id}`);
      return c.json(item);
    },
  });
}

const evidenceAdd = evidenceRoute('post', 'link more evidence: notes, moments, requests');
const evidenceReplace = evidenceRoute(
  'put',
  'replace the evidence links (send the whole set; this is how links are removed)',
);

const ship = defineRoute({
  method: 'post',
  path: '/api/items/:id/ship',
  tag: TAG,
  summary: 'mark an item shipped; the requests it answers are marked shipped too',
  access: 'analyst',
  params: idParam,
  body: {
    kind: 'json',
    schema: z.strictObject({
      date: dayInput.optional().meta({ description: 'default: today in the org timezone' }),
    }),
  },
  responses: {
    200: {
      description: 'the item, and the requests now shipped',
      schema: z.object({ item: itemSchema, requestsShipped: z.array(z.string()) }),
    },
    404: { description: 'none' },
  },
  async handle({ c, app, params, body }) {
    const date = body.date ?? todayIn(app.config().config.timezone, app.clock.now());
    const shipped = await shipItemAndRequests(app.database.db, String(params.id), date);
    if (!shipped) throw new HttpError('not-found', `no item ${params.id}`);
    return c.json(shipped);
  },
});

const plan = defineRoute({
  method: 'get',
  path: '/api/plan',
  tag: TAG,
  summary:
    'the plan: the top of the list until time or money runs out, and the best set under both',
  description:
    'Over the items not shipped or dropped, in priority order. Both budgets are required; both 0 ' +
    'is no budget (400).',
  access: 'analyst',
  query: z.strictObject({
    days: budget('person-days available'),
    money: budget('money available, the org currency'),
    method: method.optional(),
  }),
  responses: { 200: { description: 'as `orient plan --json`', schema: planSchema } },
  async handle({ c, app, query }) {
    const answer = await enablementPlan(
      app.database.db,
      { days: query.days, money: query.money },
      query.method ?? 'hours-per-day',
    );
    return c.json(answer);
  },
});

function todayIn(timezone: string, now: Date): string {
  return dayDate(dayClock(timezone).dayOf(now.getTime()));
}

/** /api/items/:id after the fixed paths under /api/items (import, staffing), which it would match. */
export const ITEM_ID_ROUTES = [read, edit, remove, evidenceAdd, evidenceReplace, ship];
export const ITEM_ROUTES = [list, create];
export const PLAN_ROUTES = [plan];
