// The enablement records as the API answers them: one zod schema each, named in the OpenAPI
// document, shared by the routes in enablement-*.ts.
import { z } from 'zod';

export const momentSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    kind: z.enum(['struggle', 'unsure']),
    tags: z.array(z.string()),
    raisedBy: z.enum(['customer', 'salesperson']),
    severity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  })
  .meta({ id: 'Moment' });

export const noteSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['ride-along', 'interview']),
    observer: z.string(),
    salespeople: z.array(z.string()),
    date: z.string(),
    account: z.string().nullable(),
    occurrence: z.object({ uid: z.string(), recurrenceKey: z.string() }).nullable(),
    moments: z.array(momentSchema),
    recordedBy: z.string().nullable().meta({ description: 'the account that logged it' }),
    createdAt: z.string(),
  })
  .meta({ id: 'Note' });

export const voteSchema = z
  .object({ salesperson: z.string(), recordedBy: z.string(), at: z.string() })
  .meta({ id: 'Vote' });

export const requestSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    requestedBy: z
      .string()
      .nullable()
      .meta({ description: 'null for a member unless they asked it themselves' }),
    status: z.enum(['open', 'planned', 'in-progress', 'shipped', 'declined', 'duplicate']),
    mergedInto: z.string().nullable(),
    voteCount: z.number(),
    votes: z.array(voteSchema).meta({
      description:
        'every vote for analysts and admins; a member sees the votes credited to or recorded by them',
    }),
    createdAt: z.string(),
  })
  .meta({ id: 'EnablementRequest' });

const kinds = z.enum(['worksheet', 'training', 'presentation', 'tool', 'content', 'hire']);

export const itemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: kinds,
    description: z.string(),
    evidence: z.object({
      observations: z.array(z.string()),
      moments: z.array(z.string()),
      requests: z.array(z.string()),
    }),
    effortDays: z.number(),
    cost: z.number(),
    sellingHoursPerWeek: z.number().nullable(),
    derivation: z
      .object({ timesPerWeek: z.number(), salespeople: z.number(), minutesLost: z.number() })
      .nullable(),
    confidence: z.number(),
    status: z.enum(['proposed', 'planned', 'in-progress', 'shipped', 'dropped']),
    shippedAt: z.string().nullable(),
    tags: z.array(z.string()),
  })
  .meta({ id: 'EnablementItem' });

export const rankedSchema = z
  .object({
    method: z.enum(['hours-per-day', 'rice']),
    items: z.array(
      z.object({
        rank: z.number(),
        id: z.string(),
        title: z.string(),
        kind: kinds,
        status: z.string(),
        score: z.number(),
        explanation: z.string(),
        inputs: z.record(z.string(), z.union([z.number(), z.string()])),
        sellingHoursPerWeek: z.number(),
        sellingHoursPerYear: z.number(),
        evidence: z.object({
          salespeople: z.number(),
          calls: z.number(),
          observations: z.number(),
          moments: z.number(),
          votes: z.number(),
          requests: z.number(),
        }),
        item: itemSchema,
      }),
    ),
  })
  .meta({ id: 'RankedItems' });

const planSet = z.object({
  items: z.array(z.string()).meta({ description: 'titles in list order' }),
  ids: z.array(z.string()),
  positions: z.array(z.number()),
  days: z.number(),
  money: z.number(),
  sellingHoursPerYear: z.number(),
});

export const planSchema = z
  .object({
    budget: z.object({ days: z.number(), money: z.number() }),
    method: z.enum(['hours-per-day', 'rice']),
    greedy: planSet.extend({
      stoppedAt: z
        .object({
          title: z.string(),
          position: z.number(),
          reason: z.enum(['time', 'money', 'time and money']),
          needs: z.object({ days: z.number(), money: z.number() }),
          remaining: z.object({ days: z.number(), money: z.number() }),
        })
        .nullable(),
    }),
    best: planSet.extend({
      exact: z
        .boolean()
        .meta({ description: 'false only when the search gave up proving this set is the best' }),
    }),
    difference: z.object({
      sellingHoursPerYear: z.number(),
      onlyInBest: z.array(z.string()),
      onlyInGreedy: z.array(z.string()),
      explanation: z.string(),
    }),
  })
  .meta({ id: 'EnablementPlan' });
