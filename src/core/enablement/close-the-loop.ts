// Closing the loop (issue 5, item 6): once an item ships, the salespeople whose struggles or
// requests it answers — to tell them — and, over equal windows before and after the ship day, how
// often its struggles still turn up in field notes and the selling share (PRODUCT.md rule 7) of the
// salespeople it targets, so a drop shows whether the thing worked.
//
// Windows: before = [ship − N weeks, ship), after = [ship, ship + N weeks); the ship day belongs
// to "after". Each is cut to the data: it cannot start before the data does (the first field note;
// the first day the calendar imports cover) nor run past today or the data's end. Only whole days
// count, so today — still running — is not in either window (as the default report range leaves
// out a week still running). A cut window says so ("after: 8.71 weeks so far").
import { dayDate, dayNumber } from '../counting/day-clock.js';
import { badInput } from '../orient-error.js';
import type { EnablementItem, EnablementRequest, Observation } from './model.js';
import { familyVotes, requestFamilies } from './request-family.js';

/** Days `[from, to)`, `YYYY-MM-DD`. */
export interface DaySpan {
  from: string;
  to: string;
}

export interface LoopWindow extends DaySpan {
  days: number;
  weeks: number;
  /** The data starts after the window would: it begins at the data's first day. */
  startsLate: boolean;
  /** Cut short by today (the window is still running) or by the end of the data; null when whole. */
  endsEarly: 'today' | 'data' | null;
}

/** Why a salesperson is on the list: the evidence that names them. */
export type TellReason =
  | { kind: 'note'; note: string; noteKind: Observation['kind']; date: string }
  | { kind: 'moment'; moment: string; note: string; date: string }
  | { kind: 'asked'; request: string; title: string; mergedInto: string | null }
  | { kind: 'voted'; request: string; title: string; recordedBy: string | null };

export interface PersonToTell {
  email: string;
  /** From the directory; null when they are no longer in it. */
  name: string | null;
  reasons: TellReason[];
  /** The reasons in words. */
  why: string;
}

export interface StruggleWindow extends LoopWindow {
  /** Field notes dated in the window (every note, whoever it met). */
  notes: number;
  /** Moments in those notes tagged with any of the tags. */
  struggles: number;
  /** struggles ÷ notes; null with no notes. */
  perNote: number | null;
}

export interface ShareWindow extends LoopWindow {
  /** Mean selling share of the targeted salespeople; null when suppressed or no days. */
  share: number | null;
}

export interface PersonShare {
  email: string;
  name: string | null;
  /** Whether their own calendar was imported (else only others' copies show their meetings). */
  calendar: boolean;
  before: number | null;
  after: number | null;
}

export interface ClosedLoop {
  item: { id: string; title: string; shippedAt: string };
  weeks: number;
  today: string;
  tell: PersonToTell[];
  struggles: {
    tags: string[];
    /** Where the tags come from: the item's own, else those of its linked moments. */
    tagsFrom: 'item' | 'moments' | 'none';
    before: StruggleWindow;
    after: StruggleWindow;
  };
  sellingShare: {
    /** The salespeople to tell, whose selling share the item should raise. */
    people: number;
    /** How many of them have their own calendar imported. */
    withCalendar: number;
    /** Fewer people than privacy.minGroupSize: no group figure (PRODUCT.md). */
    suppressed: boolean;
    minGroupSize: number;
    before: ShareWindow;
    after: ShareWindow;
    /** Person-level figures, only when asked for (admins). */
    perPerson?: PersonShare[];
  };
}

export interface LoopInput {
  item: EnablementItem;
  observations: readonly Observation[];
  requests: readonly EnablementRequest[];
  /** Directory names by lower-case email. */
  names: ReadonlyMap<string, string>;
  weeks: number;
  /** Today in the org timezone, `YYYY-MM-DD`. */
  today: string;
  /** The days the calendar imports cover; null before any import. */
  calendar: DaySpan | null;
  /** Selling share by email over the calendar windows of loopWindows (missing: 0). */
  shares: { before: ReadonlyMap<string, number>; after: ReadonlyMap<string, number> };
  /** Lower-case emails whose own calendar was imported. */
  calendarsImported: ReadonlySet<string>;
  minGroupSize: number;
  /** Include person-level selling shares. */
  people: boolean;
}

export const DEFAULT_LOOP_WEEKS = 13;
export const MAX_LOOP_WEEKS = 104;

/** The ship day of a shipped item; bad input for one not shipped. */
export function shipDay(item: EnablementItem): string {
  if (item.status !== 'shipped' || item.shippedAt === null) {
    throw badInput(
      `item ${item.id} '${item.title}' has not shipped (it is ${item.status}): ` +
        'the loop closes once it ships',
    );
  }
  return item.shippedAt;
}

/** The before and after windows of `weeks` around `shipped`, cut to `data`, today excluded. */
export function loopWindows(
  shipped: string,
  weeks: number,
  today: string,
  data: DaySpan | null,
): { before: LoopWindow; after: LoopWindow } {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_LOOP_WEEKS) {
    throw badInput(`weeks: use a whole number from 1 to ${MAX_LOOP_WEEKS} (got ${weeks})`);
  }
  const ship = dayNumber(shipped);
  const span = weeks * 7;
  return {
    before: cut(ship - span, ship, dayNumber(today), data),
    after: cut(ship, ship + span, dayNumber(today), data),
  };
}

function cut(from: number, to: number, today: number, data: DaySpan | null): LoopWindow {
  const dataFrom = data === null ? to : dayNumber(data.from);
  const dataTo = data === null ? from : dayNumber(data.to);
  const start = Math.min(Math.max(from, dataFrom), to);
  const end = Math.max(start, Math.min(to, today, dataTo));
  const days = end - start;
  return {
    from: dayDate(start),
    to: dayDate(end),
    days,
    weeks: days / 7,
    startsLate: start > from,
    endsEarly: end >= to ? null : today <= dataTo ? 'today' : 'data',
  };
}

/**
 * Everyone the item's evidence names as struggling or asking: the salespeople on linked notes and
 * on the notes of linked moments, the requesters of the linked requests' families (the requests
 * they were merged into and every duplicate merged into those) and the salespeople credited with
 * their votes — each once, with every reason, sorted by name (else email).
 */
export function peopleToTell(
  item: EnablementItem,
  observations: readonly Observation[],
  requests: readonly EnablementRequest[],
  names: ReadonlyMap<string, string>,
): PersonToTell[] {
  const reasons = new Map<string, TellReason[]>();
  const add = (email: string, reason: TellReason) => {
    const key = email.trim().toLowerCase();
    const list = reasons.get(key);
    if (list) list.push(reason);
    else reasons.set(key, [reason]);
  };
  const linkedNotes = new Set(item.evidence.observations);
  const linkedMoments = new Set(item.evidence.moments);
  for (const note of observations) {
    const moments = note.moments.filter((m) => linkedMoments.has(m.id));
    for (const salesperson of note.salespeople) {
      if (linkedNotes.has(note.id)) {
        add(salesperson, { kind: 'note', note: note.id, noteKind: note.kind, date: note.date });
      }
      for (const m of moments) {
        add(salesperson, { kind: 'moment', moment: m.id, note: note.id, date: note.date });
      }
    }
  }
  const family = requestFamilies(item.evidence.requests, requests).members;
  for (const r of family) {
    add(r.requestedBy, { kind: 'asked', request: r.id, title: r.title, mergedInto: r.mergedInto });
  }
  // Merging moved a duplicate's votes to the request it went into: each vote counts where it is.
  const counted = new Set(familyVotes(family));
  for (const r of family) {
    for (const v of r.votes.filter((vote) => counted.has(vote))) {
      const onBehalf = v.recordedBy.trim().toLowerCase() !== v.salesperson.trim().toLowerCase();
      add(v.salesperson, {
        kind: 'voted',
        request: r.id,
        title: r.title,
        recordedBy: onBehalf ? v.recordedBy : null,
      });
    }
  }
  const people = [...reasons].map(([email, list]) => ({
    email,
    name: names.get(email) ?? null,
    reasons: list.sort(byReason),
    why: list.map(reasonText).join('; '),
  }));
  return people.sort(
    (a, b) =>
      (a.name ?? a.email).localeCompare(b.name ?? b.email, 'en') || compare(a.email, b.email),
  );
}

const REASON_ORDER: Record<TellReason['kind'], number> = { note: 0, moment: 1, asked: 2, voted: 3 };

function byReason(a: TellReason, b: TellReason): number {
  return (
    REASON_ORDER[a.kind] - REASON_ORDER[b.kind] ||
    compare(dateOf(a), dateOf(b)) ||
    compareIds(idOf(a), idOf(b))
  );
}

function dateOf(r: TellReason): string {
  return r.kind === 'note' || r.kind === 'moment' ? r.date : '';
}

function idOf(r: TellReason): string {
  switch (r.kind) {
    case 'note':
      return r.note;
    case 'moment':
      return r.moment;
    case 'asked':
    case 'voted':
      return r.request;
  }
}

/** Stored ids are numbers as text: "9" before "10". */
function compareIds(a: string, b: string): number {
  return /^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : compare(a, b);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function reasonText(r: TellReason): string {
  switch (r.kind) {
    case 'note':
      return `${r.noteKind} ${r.note} on ${r.date}`;
    case 'moment':
      return `moment ${r.moment} (note ${r.note}, ${r.date})`;
    case 'asked':
      return r.mergedInto === null
        ? `asked for request ${r.request} '${r.title}'`
        : `asked for request ${r.request} '${r.title}' (merged into ${r.mergedInto})`;
    case 'voted':
      return (
        `voted for request ${r.request} '${r.title}'` +
        (r.recordedBy === null ? '' : ` (recorded by ${r.recordedBy})`)
      );
  }
}

/** The tags whose struggles the item answers: its own, else those of its linked moments. */
export function loopTags(
  item: EnablementItem,
  observations: readonly Observation[],
): { tags: string[]; from: 'item' | 'moments' | 'none' } {
  if (item.tags.length > 0) return { tags: [...item.tags], from: 'item' };
  const linked = new Set(item.evidence.moments);
  const tags = [
    ...new Set(
      observations.flatMap((o) => o.moments.filter((m) => linked.has(m.id)).flatMap((m) => m.tags)),
    ),
  ].sort();
  return { tags, from: tags.length > 0 ? 'moments' : 'none' };
}

/**
 * How often the tagged struggles appear per field note in a window. The rate is over every note in
 * the window, not only the notes that met the salespeople told: what ships (a worksheet, a
 * training) reaches the whole team, and those salespeople were picked because they struggled, so
 * their later notes alone would show a drop even for an item that did nothing.
 */
export function strugglesIn(
  window: LoopWindow,
  tags: readonly string[],
  observations: readonly Observation[],
): StruggleWindow {
  const wanted = new Set(tags);
  const notes = observations.filter((o) => o.date >= window.from && o.date < window.to);
  const struggles = notes
    .flatMap((o) => o.moments)
    .filter(
      (m) => (m.kind === 'struggle' || m.kind === 'unsure') && m.tags.some((t) => wanted.has(t)),
    ).length;
  return {
    ...window,
    notes: notes.length,
    struggles,
    perNote: notes.length > 0 ? struggles / notes.length : null,
  };
}

/** The whole loop for a shipped item: whom to tell, struggles and selling share before and after. */
export function closeTheLoop(input: LoopInput): ClosedLoop {
  const shipped = shipDay(input.item);
  const tell = peopleToTell(input.item, input.observations, input.requests, input.names);
  const firstNote = input.observations.reduce<string | null>(
    (first, o) => (first === null || o.date < first ? o.date : first),
    null,
  );
  const noteWindows = loopWindows(
    shipped,
    input.weeks,
    input.today,
    firstNote === null ? null : { from: firstNote, to: input.today },
  );
  const calendarWindows = loopWindows(shipped, input.weeks, input.today, input.calendar);
  const tags = loopTags(input.item, input.observations);
  const emails = tell.map((p) => p.email);
  const suppressed = emails.length < input.minGroupSize;
  const mean = (window: LoopWindow, shares: ReadonlyMap<string, number>): number | null =>
    suppressed || window.days === 0 || emails.length === 0
      ? null
      : emails.reduce((sum, e) => sum + (shares.get(e) ?? 0), 0) / emails.length;
  const personal = (window: LoopWindow, shares: ReadonlyMap<string, number>, email: string) =>
    window.days === 0 ? null : (shares.get(email) ?? 0);
  return {
    item: { id: input.item.id, title: input.item.title, shippedAt: shipped },
    weeks: input.weeks,
    today: input.today,
    tell,
    struggles: {
      tags: tags.tags,
      tagsFrom: tags.from,
      before: strugglesIn(noteWindows.before, tags.tags, input.observations),
      after: strugglesIn(noteWindows.after, tags.tags, input.observations),
    },
    sellingShare: {
      people: emails.length,
      withCalendar: emails.filter((e) => input.calendarsImported.has(e)).length,
      suppressed,
      minGroupSize: input.minGroupSize,
      before: {
        ...calendarWindows.before,
        share: mean(calendarWindows.before, input.shares.before),
      },
      after: { ...calendarWindows.after, share: mean(calendarWindows.after, input.shares.after) },
      ...(input.people
        ? {
            perPerson: tell.map((p) => ({
              email: p.email,
              name: p.name,
              calendar: input.calendarsImported.has(p.email),
              before: personal(calendarWindows.before, input.shares.before, p.email),
              after: personal(calendarWindows.after, input.shares.after, p.email),
            })),
          }
        : {}),
    },
  };
}
