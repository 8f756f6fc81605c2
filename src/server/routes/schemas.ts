// Input pieces the routes share: days, e-mail addresses, report ranges.
import { z } from 'zod';
import { isEmail } from '../../ingest/calendar-owner.js';

/** `YYYY-MM-DD`, a real date. */
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
  .refine((text) => {
    const d = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
  }, 'is not a date')
  .meta({ description: 'a day, YYYY-MM-DD', example: '2026-06-01' });

export const email = z
  .string()
  .trim()
  .max(320)
  .refine(isEmail, 'is not an email address')
  .transform((s) => s.toLowerCase());

/** `from` and `to` (exclusive), both or neither (then the default range). */
export const rangeFields = {
  from: day
    .optional()
    .meta({ description: 'first day (org timezone); default: see /api/report/range' }),
  to: day.optional().meta({ description: 'day after the last (exclusive)' }),
};

export function checkRange(
  value: { from?: string | undefined; to?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if ((value.from === undefined) !== (value.to === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'give both from and to, or neither' });
  } else if (value.from !== undefined && value.to !== undefined && value.to <= value.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
  }
}

export const rangeQuery = z.strictObject(rangeFields).superRefine(checkRange);

/** `1`/`true` or `0`/`false`. */
export const flag = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');

export const idParam = z.strictObject({
  id: z
    .string()
    .regex(/^\d{1,15}$/, 'must be a positive whole number')
    .transform(Number),
});

export const noContent = { description: 'done' };

/** An uploaded file's name, for messages only: no folders, no control characters. */
export const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine(
    (n) => !/[/\\]/.test(n) && ![...n].some((ch) => ch.charCodeAt(0) < 0x20),
    'must be a file name, without folders or control characters',
  )
  .refine((n) => n !== '.' && n !== '..', 'must be a file name');

/** Content types a CSV upload may come as. */
export const CSV_TYPES = ['text/csv', 'application/octet-stream'];
