// The enablement records as they come in — `orient notes add --json` on stdin, the API's JSON
// bodies — one zod schema each, so the CLI and the server accept exactly the same thing.
import { z } from 'zod';
import { normaliseTags } from '../core/enablement/observations.js';
import type { NewObservation } from '../storage/enablement-observations-store.js';
import { isEmail } from './calendar-owner.js';
import { parseOccurrence } from '../core/enablement/occurrence-ref.js';

// Read here and by the notes CSV (core); kept exported for the callers that import it from here.
export { parseOccurrence };

export const emailInput = z
  .string()
  .trim()
  .max(320)
  .refine(isEmail, 'is not an email address')
  .transform((s) => s.toLowerCase());

export const dayInput = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
  .refine((text) => {
    const d = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
  }, 'is not a date')
  .meta({ description: 'a day, YYYY-MM-DD', example: '2026-06-01' });

/** A record id: "12" (or 12). */
export const idInput = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .refine((v) => /^\d{1,15}$/.test(v), 'must be a record id (a whole number)')
  .transform((v) => String(Number(v)));

const occurrenceInput = z
  .union([
    z.string().trim().min(1).transform(parseOccurrence),
    z.strictObject({ uid: z.string().trim().min(1), recurrenceKey: z.string().default('') }),
  ])
  .meta({ description: 'the calendar occurrence: "UID", "UID@KEY" or { uid, recurrenceKey }' });

const tagsInput = z
  .array(z.string().trim().toLowerCase().min(1).max(60))
  .max(30)
  .default([])
  // The core's tag form (as the notes CSV has it), so a tag typed either way matches items.
  .transform((tags) => normaliseTags(tags));

export const momentInput = z.strictObject({
  id: idInput.optional().meta({ description: 'on an edit: the moment kept (and items citing it)' }),
  text: z.string().trim().min(1, 'say what happened').max(4000),
  kind: z.enum(['struggle', 'unsure']).default('struggle'),
  tags: tagsInput,
  raisedBy: z
    .enum(['customer', 'salesperson'])
    .optional()
    .meta({ description: 'default: customer on a ride-along, salesperson in an interview' }),
  severity: z
    .union([z.literal(1), z.literal(2), z.literal(3)], { error: 'must be 1, 2 or 3' })
    .default(2),
});

export const observationInput = z
  .strictObject({
    kind: z.enum(['ride-along', 'interview']).default('ride-along'),
    observer: emailInput,
    salespeople: z.array(emailInput).min(1, 'name at least one salesperson').max(50),
    date: dayInput,
    account: z
      .string()
      .trim()
      .max(200)
      .nullable()
      .optional()
      .transform((a) => (a ? a : null)),
    occurrence: occurrenceInput.nullable().optional(),
    moments: z.array(momentInput).max(200).default([]),
  })
  .transform((o): NewObservation => ({
    kind: o.kind,
    observer: o.observer,
    salespeople: [...new Set(o.salespeople)],
    date: o.date,
    account: o.account,
    occurrence: o.occurrence ?? null,
    moments: o.moments.map((m) => ({
      ...(m.id === undefined ? {} : { id: m.id }),
      text: m.text,
      kind: m.kind,
      tags: m.tags,
      raisedBy: m.raisedBy ?? (o.kind === 'interview' ? 'salesperson' : 'customer'),
      severity: m.severity,
    })),
  }));

export type ObservationInput = z.input<typeof observationInput>;

/** zod's issues as `field: message` lines, under `where` (`body`, `stdin`). */
export function inputProblems(error: z.ZodError, where: string): string[] {
  return error.issues.map((issue) => {
    const path = [where, ...issue.path.map(String)].filter((p) => p !== '').join('.');
    return `${path}: ${issue.message}`;
  });
}
