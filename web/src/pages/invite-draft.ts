// The invite form's fields and the `POST /api/invite-check` body they make, checked in the browser
// first so half-typed addresses do not go to the server.
import type { InviteCheckRequest } from '../api-types.js';

export interface InviteForm {
  title: string;
  organizer: string;
  /** Addresses separated by commas, semicolons, spaces or new lines. */
  attendees: string;
  /** `datetime-local` value: YYYY-MM-DDTHH:MM in the browser's zone. */
  start: string;
  durationMinutes: number;
  /** An RRULE, '' for a single meeting. */
  rrule: string;
}

export const RECURRENCES: { label: string; rrule: string }[] = [
  { label: 'Does not repeat', rrule: '' },
  { label: 'Every week', rrule: 'FREQ=WEEKLY' },
  { label: 'Every two weeks', rrule: 'FREQ=WEEKLY;INTERVAL=2' },
  { label: 'Every month', rrule: 'FREQ=MONTHLY' },
  { label: 'Every weekday', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' },
];

export const DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240];

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

export function attendeeList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export type DraftResult =
  { ok: true; request: InviteCheckRequest } | { ok: false; missing: string[] };

export function draftRequest(form: InviteForm): DraftResult {
  const missing: string[] = [];
  const organizer = form.organizer.trim();
  if (!EMAIL.test(organizer)) missing.push('the organiser’s email address');
  const attendees = attendeeList(form.attendees);
  if (attendees.length === 0) missing.push('at least one invitee');
  const bad = attendees.filter((a) => !EMAIL.test(a));
  if (bad.length > 0)
    missing.push(`a complete address instead of ${bad.map((b) => `“${b}”`).join(', ')}`);
  const start = new Date(form.start);
  if (form.start === '' || Number.isNaN(start.getTime())) missing.push('a start time');
  if (missing.length > 0) return { ok: false, missing };
  const end = new Date(start.getTime() + form.durationMinutes * 60_000);
  return {
    ok: true,
    request: {
      title: form.title.trim(),
      organizer,
      attendees,
      start: withOffset(start),
      end: withOffset(end),
      ...(form.rrule.trim() === '' ? {} : { rrule: form.rrule.trim() }),
    },
  };
}

/** Local wall-clock time with its UTC offset, e.g. 2026-12-07T10:00:00-05:00. */
export function withOffset(date: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:00` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** Next Monday at 10:00 local, as a `datetime-local` value. */
export function nextMondayMorning(now: Date): string {
  const date = new Date(now);
  date.setDate(date.getDate() + ((8 - date.getDay()) % 7 || 7));
  date.setHours(10, 0, 0, 0);
  return withOffset(date).slice(0, 16);
}

export function sameRequest(a: InviteCheckRequest, b: InviteCheckRequest): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
