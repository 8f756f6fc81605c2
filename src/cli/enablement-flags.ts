// Flags the enablement commands share, each parsed with zod (STYLE.md "Validate at every door"):
// commander hands over strings; these turn them into numbers, emails, ids and lists, or say which
// flag is wrong.
import { z } from 'zod';
import { normaliseTags } from '../core/enablement/observations.js';
import { dayClock, dayDate } from '../core/counting/day-clock.js';
import { SCORING_METHODS, type ScoringMethod } from '../core/enablement/scoring.js';
import { badInput } from '../core/orient-error.js';
import { isEmail } from '../ingest/calendar-owner.js';
import { parseDay } from './date-range.js';
import type { CliContext } from './context.js';

/** Parses commander's options with `schema`; every problem in one bad-input message. */
export function parseFlags<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

/** A number flag: `--cost 1200`, at least `min`. */
export function numberFlag(
  flag: string,
  options: { min?: number; max?: number; whole?: boolean } = {},
) {
  const { min = 0, max, whole = false } = options;
  const range = max === undefined ? `${min} or more` : `between ${min} and ${max}`;
  const what = whole ? 'a whole number' : 'a number';
  return z.string().transform((text, ctx) => {
    const value = text.trim() === '' ? Number.NaN : Number(text);
    if (
      !Number.isFinite(value) ||
      value < min ||
      (max !== undefined && value > max) ||
      (whole && !Number.isInteger(value))
    ) {
      ctx.addIssue({
        code: 'custom',
        message: `${flag} ${JSON.stringify(text)}: use ${what} ${range}`,
      });
      return z.NEVER;
    }
    return value;
  });
}

export function emailFlag(flag: string) {
  return z.string().transform((text, ctx) => {
    const email = text.trim().toLowerCase();
    if (!isEmail(email)) {
      ctx.addIssue({
        code: 'custom',
        message: `${flag} ${JSON.stringify(text)} is not an email address`,
      });
      return z.NEVER;
    }
    return email;
  });
}

export function dayFlagOf(flag: string) {
  return z.string().transform((text) => {
    parseDay(text, flag);
    return text;
  });
}

export function methodFlag() {
  return z
    .enum(SCORING_METHODS as [ScoringMethod, ...ScoringMethod[]], {
      error: `--method must be ${SCORING_METHODS.join(' or ')}`,
    })
    .default('hours-per-day');
}

/** `Pricing, SSO & SAML` → ['pricing', 'sso-saml']: the core's tag form, blanks dropped. */
export function tagList(text: string): string[] {
  return normaliseTags(text.split(','));
}

/** A record id as the commands print it: a whole number. */
export function idArgument(what: string, text: string): string {
  if (!/^\d{1,15}$/.test(text.trim()))
    throw badInput(`${what} ${JSON.stringify(text)}: use its number`);
  return String(Number(text.trim()));
}

/** For repeatable commander options: `--salesperson a --salesperson b`. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Today in the org timezone, `YYYY-MM-DD`. */
export function today(ctx: CliContext): string {
  return dayDate(dayClock(ctx.config().timezone).dayOf(ctx.io.now().getTime()));
}

/** The clock's now in the stored form, `2026-03-02T14:00:00Z`. */
export function nowStored(ctx: CliContext): string {
  return ctx.io
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
}
