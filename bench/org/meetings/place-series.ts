// A recurring meeting placed where its people are free: weekly on a weekday (or fixed days, like a
// standup) or monthly on the nth weekday, started some weeks before the range, ended by UNTIL or
// COUNT when it stops inside it.
import { nthWeekday, toUtc } from '../time-zones.js';
import type { AnswerStyle } from './answers.js';
import type { Builder } from './builder.js';
import type { Guest, Meeting, MeetingKind, Repeat } from './meeting-model.js';
import { DAY_MS, MINUTE_MS, NONE, WEEK_MS } from './meeting-model.js';
import { occurrencesOf, ruleStarts } from './recurrence.js';
import { roomIn } from './rooms.js';
import { addExceptions } from './series-exceptions.js';

export interface SeriesPlan {
  kind: MeetingKind;
  title: string;
  /** The organiser; for a solo series, the owner. */
  organizer: number;
  invitees?: readonly number[];
  minutes: number;
  interval?: number;
  /** Fixed weekdays (a standup); otherwise one weekday is chosen. */
  days?: readonly number[];
  /** Monthly on this nth weekday instead of weekly. */
  monthly?: number;
  /** Organiser-local minutes of the day the meeting must fit in (default 9:00–17:00). */
  earliest?: number;
  latest?: number;
  firstWeek?: number;
  /** Weeks (months when monthly) the series ran before `firstWeek`. */
  since?: number;
  /** The series ends before this week (UNTIL, or COUNT with `byCount`). */
  lastWeek?: number;
  byCount?: boolean;
  guests?: Guest[];
  externalOrganizer?: Guest;
  answers?: AnswerStyle;
  room?: number;
  description?: string;
  /** People one instance may add as an extra guest (an override only they hold). */
  guestPool?: readonly number[];
  solo?: boolean;
  transparent?: boolean;
  moveChance?: number;
  cancelChance?: number;
}

/** Places a series where its people are freest in its first week; null when the organiser never is. */
export function placeSeries(b: Builder, plan: SeriesPlan): Meeting | null {
  const r = b.random;
  const organizer = b.person(plan.organizer);
  const zone = organizer.zone;
  const invitees = (plan.invitees ?? []).filter((p) => p !== plan.organizer);
  const firstWeek = plan.firstWeek ?? 0;
  const slot = b.grid.findSlot(
    b.random,
    [plan.organizer, ...invitees],
    zone,
    firstWeek,
    plan.minutes,
    {
      days: plan.days,
      fixedDays: plan.days !== undefined && plan.monthly === undefined,
      earliest: plan.earliest,
      latest: plan.latest,
    },
  );
  if (slot.cost === Infinity) return null;
  const day = slot.days[0] ?? 0;
  const since = plan.since ?? 0;
  const repeat: Repeat = {
    freq: plan.monthly === undefined ? 'WEEKLY' : 'MONTHLY',
    interval: plan.interval ?? 1,
    days: slot.days,
    nth: plan.monthly ?? 0,
  };
  let start: number;
  if (plan.monthly === undefined) {
    start = b.rangeStart + (firstWeek - since) * WEEK_MS + day * DAY_MS + slot.minute * MINUTE_MS;
  } else {
    const first = new Date(b.rangeStart + firstWeek * WEEK_MS);
    let month = first.getUTCMonth() + 1 - since;
    let year = first.getUTCFullYear();
    while (month < 1) {
      month += 12;
      year--;
    }
    start = nthWeekday(year, month, day, plan.monthly) + slot.minute * MINUTE_MS;
  }
  if (plan.lastWeek !== undefined && plan.lastWeek < b.weekCount) {
    const starts = ruleStarts(start, repeat, b.rangeStart + plan.lastWeek * WEEK_MS);
    const last = starts[starts.length - 1];
    if (last !== undefined && plan.byCount) repeat.count = starts.length;
    else if (last !== undefined) repeat.last = last;
  }
  const external = plan.externalOrganizer;
  const app = plan.solo ? organizer.app : external !== undefined ? 'external' : organizer.app;
  const style = (p: number): AnswerStyle =>
    plan.kind === 'market' && b.person(p).orientation === 'customer'
      ? 'busy'
      : (plan.answers ?? 'normal');
  const meeting = b.create(
    {
      kind: plan.kind,
      title: plan.title,
      zone,
      start,
      end: start + plan.minutes * MINUTE_MS,
      organizer: plan.solo || external !== undefined ? null : plan.organizer,
      externalOrganizer: external ?? null,
      owner: plan.solo ? plan.organizer : null,
      invitees: [
        ...(external !== undefined ? [b.invitee(plan.organizer, 'firm')] : []),
        ...invitees.map((p) => b.invitee(p, style(p))),
      ],
      guests: plan.guests ?? NONE,
      rooms: r.chance(plan.room ?? 0) ? [roomIn(zone, r)] : NONE,
      transparent: plan.transparent ?? false,
      repeat,
      description: plan.description ?? '',
      sequence: r.chance(0.2) ? r.int(1, 3) : 0,
    },
    app,
  );
  meeting.online = !plan.solo;
  if (meeting.rooms.length > 0)
    meeting.location = meeting.rooms.map((room) => room.name).join(', ');
  const created = Math.min(meeting.created, toUtc(zone, start) - 86_400_000);
  meeting.created = created;
  meeting.modified = Math.max(meeting.modified, created);
  addExceptions(b, meeting, plan);
  b.register(meeting);
  if (!meeting.transparent) {
    for (const occurrence of occurrencesOf(meeting, b.rangeStart, b.rangeEnd)) {
      const invited = occurrence.override?.invitees ?? meeting.invitees;
      b.markTime(zone, occurrence.start, occurrence.end, b.attending(meeting, invited));
    }
  }
  return meeting;
}
