// The generated org's meetings as plain data: who organises and attends, when, how they repeat
// and which instances changed.
//
// Times are "local ms": the wall-clock reading in the meeting's zone written as if it were UTC
// milliseconds (Date.UTC of the fields). time-zones.ts turns them into instants.
import type { CalendarApp } from '../people/departments.js';
import type { ZoneId } from '../time-zones.js';

export const MINUTE_MS = 60_000;
export const DAY_MS = 1440 * MINUTE_MS;
export const WEEK_MS = 7 * DAY_MS;

export type PartStat = 'ACCEPTED' | 'TENTATIVE' | 'DECLINED' | 'NEEDS-ACTION';

/** What the generator meant a meeting to be (the reports must find this out from the text). */
export type MeetingKind =
  | 'one-on-one'
  | 'team'
  | 'market'
  | 'training'
  | 'customer'
  | 'internal'
  | 'external'
  | 'interview'
  | 'solo'
  | 'all-day'
  | 'maintenance'
  | 'kickoff';

/** An internal person invited (the organiser is not one). */
export interface Invitee {
  person: number;
  /** The answer in the invitee's own calendar. */
  answer: PartStat;
  /** The answer as the organiser's copy shows it: it can lag behind (NEEDS-ACTION). */
  organizerSees: PartStat;
  optional: boolean;
}

/** A person outside the org: customer, candidate, agency, auditor. */
export interface Guest {
  email: string;
  name: string;
  answer: PartStat;
}

export interface Room {
  email: string;
  name: string;
}

/** The recurrence rules the generator writes: weekly on some days, or monthly on the nth weekday. */
export interface Repeat {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** Weekdays, 0 = Monday, ascending. MONTHLY uses one day with `nth` (1–4, or -1 for the last). */
  days: number[];
  nth: number;
  count?: number;
  /** Start of the last occurrence when the series ends by date (written as UNTIL). */
  last?: number;
}

/** One instance changed: moved, cancelled, answered differently, or with an extra invitee. */
export interface Override {
  /** The original start of the instance (RECURRENCE-ID), local ms in the meeting's zone. */
  recurrenceId: number;
  start: number;
  end: number;
  cancelled: boolean;
  /** This instance's invitees: the series' ones with this instance's answers and additions. */
  invitees: Invitee[];
  sequence: number;
  modified: number;
}

export interface Meeting {
  id: number;
  uid: string;
  kind: MeetingKind;
  title: string;
  /** The organiser's own text, '' for the default by kind (see meetingNotes). */
  description: string;
  location: string;
  /** Has a video link (derived from the UID when written: see conferenceLink). */
  online: boolean;
  zone: ZoneId;
  /** Written with UTC times (scheduling tools, customers' invitations). One-offs only. */
  utc: boolean;
  allDay: boolean;
  /** Local ms in `zone`; for all-day events local midnights, `end` exclusive. */
  start: number;
  end: number;
  /** Internal organiser; null for solo blocks and invitations from outside. */
  organizer: number | null;
  externalOrganizer: Guest | null;
  /** The person whose calendar a solo block (no attendees) sits in. */
  owner: number | null;
  invitees: Invitee[];
  guests: Guest[];
  rooms: Room[];
  transparent: boolean;
  cancelled: boolean;
  repeat: Repeat | null;
  exdates: number[];
  overrides: Override[];
  sequence: number;
  /** UTC ms. */
  created: number;
  modified: number;
  /** The organiser's calendar app, which shaped the UID. */
  app: CalendarApp | 'external';
}

export interface OrgMeetings {
  meetings: Meeting[];
  /** For each person, the ids of meetings with any component in their calendar, ascending. */
  byPerson: number[][];
  /** Local midnight of the first Monday and of the day after the last Sunday. */
  rangeStart: number;
  rangeEnd: number;
  /** UTC ms the exports were taken (DTSTAMP). */
  exportedAt: number;
}

export interface MeetingOptions {
  /** Local ms of the first Monday. */
  start: number;
  weeks: number;
  domain: string;
}

/** One frozen empty list shared by the million one-offs that have no rooms, EXDATEs or overrides. */
export const NONE = Object.freeze([]) as never[];
