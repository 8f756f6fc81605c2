// The writer of one calendar file: VEVENTs for the components its owner holds — the series, and
// each override they are on — then the header and the VTIMEZONEs the events used.
import type { Invitee, Meeting, Override, PartStat } from '../meetings/meeting-model.js';
import { conferenceLink } from '../meetings/video-links.js';
import type { Person } from '../people.js';
import type { CalendarApp } from '../people/departments.js';
import type { ZoneId } from '../time-zones.js';
import { fromUtc, toUtc } from '../time-zones.js';
import type { SharedLines } from './attendee-lines.js';
import { AttendeeLines } from './attendee-lines.js';
import { header } from './calendar-header.js';
import { escapeText, foldLine, param } from './content-lines.js';
import { date, dateTime, utc } from './date-values.js';
import { descriptionLine } from './description.js';
import { rrule } from './recurrence-rules.js';
import { tzid, vtimezone } from './vtimezone.js';

/** What every calendar file of one org is written from. */
export interface WriterContext {
  people: readonly Person[];
  meetings: readonly Meeting[];
  /** UTC ms of the export (DTSTAMP). */
  exportedAt: number;
}

/**
 * The components of `meeting` in `person`'s calendar: the series (null) when they organise it, own
 * it or are invited to it, and each override they are on — only the override for someone invited
 * to a single instance (NOTES 7).
 */
export function heldComponents(meeting: Meeting, person: number): (Override | null)[] {
  const holds = (invitees: readonly Invitee[]) =>
    meeting.organizer === person ||
    meeting.owner === person ||
    invitees.some((i) => i.person === person);
  const held: (Override | null)[] = holds(meeting.invitees) ? [null] : [];
  for (const override of meeting.overrides) if (holds(override.invitees)) held.push(override);
  return held;
}

/** Collects one file's VEVENT lines, meeting by meeting, and joins them with the header. */
export class CalendarWriter {
  components = 0;
  private readonly lines: string[] = [];
  private readonly zones = new Set<ZoneId>();
  private readonly tzParams = new Map<ZoneId, string>();
  private readonly app: CalendarApp;
  private readonly attendeeLines: AttendeeLines;
  /** Outlook exports differ in whether they quote TZID parameters; some do. */
  private readonly quoteTzid: boolean;
  /** The org's name as video links use it. */
  private readonly company: string;
  private readonly stamp: string;

  constructor(
    private readonly owner: Person,
    private readonly context: WriterContext,
    shared: SharedLines,
  ) {
    this.app = owner.app;
    this.attendeeLines = new AttendeeLines(owner.app, shared);
    this.quoteTzid = owner.app === 'outlook' && owner.index % 3 === 0;
    this.company = owner.email.split('@')[1]?.split('.')[0] ?? 'acme';
    this.stamp = `DTSTAMP:${utc(context.exportedAt)}`;
    if (owner.app === 'google') this.zones.add(owner.zone);
  }

  finish(): string {
    const head = header(this.owner).map((line) => foldLine(line));
    for (const zone of [...this.zones].sort())
      for (const line of vtimezone(zone, this.app)) head.push(line);
    const events = this.lines.length === 0 ? '' : this.lines.join('\r\n') + '\r\n';
    return head.join('\r\n') + '\r\n' + events + 'END:VCALENDAR\r\n';
  }

  meeting(meeting: Meeting): void {
    for (const component of heldComponents(meeting, this.owner.index)) {
      this.component(meeting, component);
    }
  }

  /** The zone a timed value is written in: overrides in a Google copy use the owner's zone. */
  private zoneFor(meeting: Meeting, override: Override | null): ZoneId {
    return override !== null && this.app === 'google' ? this.owner.zone : meeting.zone;
  }

  /** `;TZID=…:` for a zone (recording that the file needs its VTIMEZONE). */
  private tzParam(zone: ZoneId): string {
    let text = this.tzParams.get(zone);
    if (text === undefined) {
      this.zones.add(zone);
      text = `;TZID=${param(tzid(zone, this.app), this.quoteTzid)}:`;
      this.tzParams.set(zone, text);
    }
    return text;
  }

  /** A DTSTART-like line (ASCII, under 75 octets): a DATE, a UTC DATE-TIME, or a local one with TZID. */
  private time(name: string, meeting: Meeting, local: number, zone: ZoneId): string {
    if (meeting.allDay) return name + ';VALUE=DATE:' + date(local);
    if (meeting.utc) return name + ':' + utc(toUtc(meeting.zone, local));
    const there = zone === meeting.zone ? local : fromUtc(zone, toUtc(meeting.zone, local));
    return name + this.tzParam(zone) + dateTime(there);
  }

  private recurrenceId(meeting: Meeting, override: Override): string {
    const local = override.recurrenceId;
    if (meeting.allDay && this.app === 'outlook') {
      return 'RECURRENCE-ID' + this.tzParam(meeting.zone) + dateTime(local);
    }
    if (!meeting.allDay && (this.app === 'apple' || meeting.utc)) {
      return 'RECURRENCE-ID:' + utc(toUtc(meeting.zone, local));
    }
    return this.time('RECURRENCE-ID', meeting, local, this.zoneFor(meeting, override));
  }

  private exdates(meeting: Meeting): void {
    if (meeting.exdates.length === 0) return;
    if (this.app === 'outlook') {
      // One line, and for all-day series local-midnight date-times (NOTES 2).
      const values = meeting.exdates.map(dateTime).join(',');
      this.lines.push(foldLine('EXDATE' + this.tzParam(meeting.zone) + values, true));
      return;
    }
    for (const t of meeting.exdates) this.lines.push(this.time('EXDATE', meeting, t, meeting.zone));
  }

  private partstat(invitee: Invitee): PartStat {
    return invitee.person === this.owner.index ? invitee.answer : invitee.organizerSees;
  }

  private people(meeting: Meeting, invitees: readonly Invitee[]): void {
    const people = this.context.people;
    const lines = this.lines;
    const lineOf = this.attendeeLines;
    const organizer = meeting.organizer === null ? null : (people[meeting.organizer] ?? null);
    if (organizer !== null) {
      lines.push(lineOf.organizer(organizer.email, organizer.name));
      if (this.app !== 'outlook') {
        lines.push(
          lineOf.attendee(organizer.email, organizer.name, 'ACCEPTED', 'person', true, false),
        );
      }
    } else if (meeting.externalOrganizer !== null) {
      lines.push(lineOf.organizer(meeting.externalOrganizer.email, meeting.externalOrganizer.name));
    }
    for (const invitee of invitees) {
      const person = people[invitee.person];
      if (person === undefined) continue;
      const partstat = this.partstat(invitee);
      lines.push(
        lineOf.attendee(person.email, person.name, partstat, 'person', false, invitee.optional),
      );
    }
    for (const guest of meeting.guests) {
      lines.push(lineOf.attendee(guest.email, guest.name, guest.answer, 'person', false, false));
    }
    for (const room of meeting.rooms) {
      lines.push(lineOf.attendee(room.email, room.name, 'ACCEPTED', 'room', false, false));
    }
  }

  private component(meeting: Meeting, override: Override | null): void {
    this.components++;
    const app = this.app;
    const lines = this.lines;
    const zone = this.zoneFor(meeting, override);
    const invitees = override?.invitees ?? meeting.invitees;
    const cancelled = meeting.cancelled || (override?.cancelled ?? false);
    const solo = meeting.organizer === null && meeting.externalOrganizer === null;
    const link = conferenceLink(meeting, this.company);
    lines.push(
      'BEGIN:VEVENT',
      this.time('DTSTART', meeting, override?.start ?? meeting.start, zone),
      this.time('DTEND', meeting, override?.end ?? meeting.end, zone),
    );
    if (override === null && meeting.repeat !== null) {
      lines.push(foldLine(rrule(this.app, meeting, meeting.repeat), true));
      this.exdates(meeting);
    }
    if (override !== null) lines.push(this.recurrenceId(meeting, override));
    lines.push(this.stamp, foldLine('UID:' + meeting.uid, true));
    if (!solo) this.people(meeting, invitees);
    if (app === 'google' && meeting.app === 'google' && link !== '') {
      lines.push(foldLine('X-GOOGLE-CONFERENCE:' + link, true));
    }
    if (app === 'apple' && link !== '') lines.push(foldLine('URL;VALUE=URI:' + link, true));
    lines.push('CREATED:' + utc(meeting.created));
    const description = descriptionLine(meeting, link);
    if (description !== '') lines.push(description);
    lines.push(
      'LAST-MODIFIED:' + utc(override?.modified ?? meeting.modified),
      foldLine('LOCATION:' + escapeText(meeting.location)),
      'SEQUENCE:' + String(override?.sequence ?? meeting.sequence),
      cancelled ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED',
      foldLine(
        (app === 'outlook' ? 'SUMMARY;LANGUAGE=en-us:' : 'SUMMARY:') + escapeText(meeting.title),
      ),
      meeting.transparent ? 'TRANSP:TRANSPARENT' : 'TRANSP:OPAQUE',
    );
    if (app === 'outlook') {
      const mine = invitees.find((i) => i.person === this.owner.index);
      const busy = meeting.transparent
        ? 'FREE'
        : mine?.answer === 'TENTATIVE'
          ? 'TENTATIVE'
          : meeting.allDay
            ? 'OOF'
            : 'BUSY';
      lines.push(
        'CLASS:PUBLIC',
        'PRIORITY:5',
        'X-MICROSOFT-CDO-BUSYSTATUS:' + busy,
        meeting.allDay ? 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE' : 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
      );
    }
    if (app === 'apple') lines.push('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC');
    if (!meeting.allDay && !cancelled && meeting.id % 3 === 0) {
      const google = app === 'google';
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        google ? 'DESCRIPTION:This is an event reminder' : 'DESCRIPTION:Reminder',
        google ? 'TRIGGER:-P0DT0H10M0S' : 'TRIGGER:-PT15M',
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
}
