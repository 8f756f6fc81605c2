// A single meeting placed where its people are free in a given week, or not at all when the week
// has no room for it.
import type { AnswerStyle } from './answers.js';
import type { Builder } from './builder.js';
import type { Guest, Meeting, MeetingKind } from './meeting-model.js';
import { MINUTE_MS, NONE, WEEK_MS } from './meeting-model.js';
import { roomIn } from './rooms.js';

export interface OneOffPlan {
  kind: MeetingKind;
  title: string;
  /** The organiser, or for an invitation from outside the invitee whose calendar places it. */
  anchor: number;
  externalOrganizer?: Guest;
  invitees?: readonly number[];
  minutes: number;
  week: number;
  days?: readonly number[];
  earliest?: number;
  latest?: number;
  guests?: Guest[];
  utc?: boolean;
  room?: number;
  description?: string;
  answers?: AnswerStyle;
  solo?: boolean;
  transparent?: boolean;
  /** Give up when the best slot found costs more (0: free, inside working hours). */
  maxCost?: number;
}

/** Places a one-off in the cheapest slot found in its week; null when none is cheap enough. */
export function placeOneOff(b: Builder, plan: OneOffPlan): Meeting | null {
  const r = b.random;
  const anchor = b.person(plan.anchor);
  const zone = anchor.zone;
  const invitees = (plan.invitees ?? []).filter((p) => p !== plan.anchor);
  const slot = b.grid.findSlot(
    b.random,
    [plan.anchor, ...invitees],
    zone,
    plan.week,
    plan.minutes,
    {
      days: plan.days,
      earliest: plan.earliest,
      latest: plan.latest,
      tries: plan.solo ? 20 : 10,
    },
  );
  if (slot.cost === Infinity || slot.cost > (plan.maxCost ?? Infinity)) return null;
  const start =
    b.rangeStart + plan.week * WEEK_MS + ((slot.days[0] ?? 0) * 1440 + slot.minute) * MINUTE_MS;
  const external = plan.externalOrganizer;
  const app = external !== undefined ? 'external' : anchor.app;
  const meeting = b.create(
    {
      kind: plan.kind,
      title: plan.title,
      zone,
      start,
      end: start + plan.minutes * MINUTE_MS,
      utc: plan.utc ?? false,
      organizer: plan.solo || external !== undefined ? null : plan.anchor,
      externalOrganizer: external ?? null,
      owner: plan.solo ? plan.anchor : null,
      invitees: [
        ...(external !== undefined ? [b.invitee(plan.anchor, 'call')] : []),
        ...invitees.map((p) => b.invitee(p, plan.answers ?? 'normal')),
      ],
      guests: plan.guests ?? NONE,
      rooms: r.chance(plan.room ?? 0) ? [roomIn(zone, r)] : NONE,
      transparent: plan.transparent ?? false,
      description: plan.description ?? '',
    },
    app,
  );
  meeting.online = !plan.solo;
  if (meeting.rooms.length > 0)
    meeting.location = meeting.rooms.map((room) => room.name).join(', ');
  b.register(meeting);
  if (!meeting.transparent) {
    b.markTime(zone, meeting.start, meeting.end, b.attending(meeting, meeting.invitees));
  }
  return meeting;
}
