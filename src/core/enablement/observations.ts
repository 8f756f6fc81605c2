// Field notes (issue 5, item 1): a one-on-one interview or a ride-along on a sales call, with the
// moments where the salesperson struggled or was unsure. Validation for every door (API, CLI, CSV)
// and ride-along suggestions from the calendar.
import { z } from 'zod';
import type { Moment, Observation } from './model.js';

/** "Security Questionnaire " → "security-questionnaire": lower case, words joined by hyphens. */
export function normaliseTag(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Each tag normalised, empty ones dropped, each kept once in first-seen order. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseTag).filter((t) => t !== ''))];
}

const email = (what: string) =>
  z
    .string({ error: `${what} is missing` })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: (issue) => `${what} '${String(issue.input)}' is not an email` }));

const required = (what: string) =>
  z
    .string({ error: `${what} is missing` })
    .trim()
    .min(1, `${what} is missing`);

export const momentSchema = z.object({
  id: required('moment id'),
  // The observer's words stay as written; only an all-blank text is refused.
  text: z.string({ error: 'text is missing' }).refine((t) => t.trim() !== '', 'text is missing'),
  kind: z.enum(['struggle', 'unsure'], { error: 'kind must be struggle or unsure' }),
  tags: z.array(z.string(), { error: 'tags must be a list' }).transform(normaliseTags),
  raisedBy: z.enum(['customer', 'salesperson'], {
    error: 'raised by must be customer or salesperson',
  }),
  severity: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    error: (issue) => `severity must be 1, 2 or 3 (got ${String(issue.input)})`,
  }),
}) satisfies z.ZodType<Moment, unknown>;

/** An observation's own fields, without its moments (the CSV reads them row by row). */
export const observationFieldsSchema = z.object({
  id: required('observation id'),
  kind: z.enum(['interview', 'ride-along'], { error: 'kind must be interview or ride-along' }),
  observer: email('observer'),
  salespeople: z
    .array(email('salesperson'), { error: 'salespeople must be a list' })
    .min(1, 'at least one salesperson is needed')
    .transform((people) => [...new Set(people)]),
  date: z.iso.date({ error: (issue) => `date '${String(issue.input)}' is not a YYYY-MM-DD day` }),
  account: z
    .string()
    .trim()
    .nullable()
    .transform((a) => (a === '' ? null : a)),
  occurrence: z.object({ uid: required('occurrence uid'), recurrenceKey: z.string() }).nullable(),
});

export const observationSchema = observationFieldsSchema.extend({
  moments: z.array(momentSchema, { error: 'moments must be a list' }),
}) satisfies z.ZodType<Observation, unknown>;

export interface ObservationOptions {
  /** Lower-case emails of the salespeople in the directory; unchecked when absent. */
  salespeople?: ReadonlySet<string>;
  /** `YYYY-MM-DD`: notes dated after it are refused; unchecked when absent. */
  today?: string;
}

export type ObservationResult =
  { ok: true; observation: Observation } | { ok: false; errors: string[] };

/** Checks a field note from any door; every problem is one message, and none means no note. */
export function validateObservation(
  input: unknown,
  options: ObservationOptions = {},
): ObservationResult {
  const parsed = observationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(describeIssue) };
  const errors = observationProblems(parsed.data, options);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, observation: parsed.data };
}

/** What only a whole, well-formed note can tell: known salespeople, the date, moment ids. */
export function observationProblems(
  observation: Observation,
  options: ObservationOptions = {},
): string[] {
  const problems: string[] = [];
  const known = options.salespeople;
  if (known) {
    for (const person of observation.salespeople) {
      if (!known.has(person)) problems.push(`unknown salesperson ${person}`);
    }
  }
  if (options.today !== undefined && observation.date > options.today) {
    problems.push(`date ${observation.date} is in the future`);
  }
  const seen = new Set<string>();
  for (const moment of observation.moments) {
    if (seen.has(moment.id)) problems.push(`moment id ${moment.id} appears twice`);
    seen.add(moment.id);
  }
  return problems;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const [head, index] = issue.path;
  if (head === 'moments' && typeof index === 'number') {
    return `moment ${index + 1}: ${issue.message}`;
  }
  return issue.message;
}

/** A meeting of a market-oriented person, as the calendar side classifies it. */
export interface RideAlongMeeting {
  uid: string;
  recurrenceKey: string;
  title: string;
  /** ISO instant. */
  start: string;
  /** The market-oriented person (email) who could observe. */
  observer: string;
  /** Customer-oriented people attending (emails). */
  salespeople: string[];
  /** Domains of the external attendees. */
  externalDomains: string[];
}

export interface RideAlongSuggestion extends RideAlongMeeting {
  /** The first external domain, as a starting point for the note's account. */
  account: string | null;
  why: string;
}

/** A ride-along as the CLI and `GET /api/notes/suggestions` list it: a sales call to write up. */
export interface RideAlong {
  /** The org-timezone day of the call: the note's date. */
  date: string;
  /** `HH:MM` on the org's clock. */
  time: string;
  /** ISO UTC. */
  start: string;
  title: string;
  observer: string;
  salespeople: string[];
  /** The first external domain, as a start for the note's account. */
  account: string | null;
  /** As `orient notes add --occurrence` and the notes CSV read it: `UID` or `UID@KEY`. */
  occurrence: string;
  /** The observer's notes linked to this call; empty while it is still to be written up. */
  notes: string[];
  why: string;
}

/**
 * Ride-alongs to log: meetings where a market-oriented person sits in an external meeting with a
 * salesperson (the essay's "go on a few sales calls as an observer"), minus those the same
 * observer has already linked a note to. Earliest first.
 */
export function suggestRideAlongs(
  meetings: readonly RideAlongMeeting[],
  observations: readonly Observation[],
): RideAlongSuggestion[] {
  const key = (observer: string, uid: string, recurrenceKey: string) =>
    `${observer.trim().toLowerCase()}\n${uid}\n${recurrenceKey}`;
  const logged = new Set(
    observations.flatMap((o) =>
      o.occurrence ? [key(o.observer, o.occurrence.uid, o.occurrence.recurrenceKey)] : [],
    ),
  );
  const suggestions = new Map<string, RideAlongSuggestion>();
  for (const meeting of meetings) {
    const observer = meeting.observer.trim().toLowerCase();
    const salespeople = meeting.salespeople
      .map((p) => p.trim().toLowerCase())
      .filter((p) => p !== observer);
    const k = key(observer, meeting.uid, meeting.recurrenceKey);
    if (salespeople.length === 0 || meeting.externalDomains.length === 0) continue;
    if (logged.has(k) || suggestions.has(k)) continue;
    suggestions.set(k, {
      ...meeting,
      observer,
      salespeople,
      account: meeting.externalDomains[0] ?? null,
      why:
        `${observer} is in '${meeting.title}' with ${meeting.externalDomains.join(', ')} ` +
        `and ${salespeople.join(', ')}: ride along as an observer and note where they struggle`,
    });
  }
  return [...suggestions.values()].sort(
    (a, b) => compare(a.start, b.start) || compare(a.observer, b.observer),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
