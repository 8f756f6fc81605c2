// One person's calendar export as iCalendar text (RFC 5545), the way Google Calendar, Outlook and
// Apple Calendar write theirs. Each app's quirks stay legal enough for a reader with the
// work-arounds in shared/ics/NOTES.md to read the intended meaning:
// - Outlook: Windows zone names as TZID (sometimes quoted), BYSETPOS for "nth weekday" rules,
//   all-day series with UNTIL/EXDATE as local-midnight date-times (NOTES 1, 2, 9), MAILTO:,
//   no PARTSTAT when it is NEEDS-ACTION (the RFC 5545 §3.2.12 default).
// - Google: X-WR-CALNAME/X-WR-TIMEZONE, date-only UNTIL on timed series, overrides written in the
//   owner's zone rather than the series' one (NOTES 3, 4), override-only instances (NOTES 7).
// - Apple: RECURRENCE-ID in UTC (NOTES 4), UNTIL at the end of the last local day.
import type { CalendarApp, Person, ZoneId, ZoneInfo } from './people.js';
import { ZONES, fromUtc, nthWeekday, toUtc } from './people.js';
import type { Invitee, Meeting, Override, PartStat, Repeat } from './meetings.js';
import { DAY_MS, MINUTE_MS, ruleStarts } from './meetings.js';

export interface WriterContext {
  people: readonly Person[];
  meetings: readonly Meeting[];
  /** UTC ms of the export (DTSTAMP). */
  exportedAt: number;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** RFC 5545 §3.1: lines of at most 75 octets, continued after CRLF + space; never splits a character. */
export function foldLine(line: string): string {
  if (line.length <= 25) return line;
  if (!NON_ASCII.test(line)) {
    if (line.length <= 75) return line;
    let out = line.slice(0, 75);
    for (let i = 75; i < line.length; i += 74) out += '\r\n ' + line.slice(i, i + 74);
    return out;
  }
  let out = '';
  let bytes = 0;
  let limit = 75;
  let from = 0;
  for (let i = 0; i < line.length;) {
    const code = line.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > limit) {
      out += line.slice(from, i) + '\r\n ';
      from = i;
      bytes = 0;
      limit = 74;
    }
    bytes += size;
    i += pair ? 2 : 1;
  }
  return out + line.slice(from);
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newline escaped. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : '\\' + c));
}

/** UTF-8 length of a string in octets. */
export function utf8Length(text: string): number {
  if (!NON_ASCII.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Values.

/** `YYYYMMDDTHHMMSS` of a local ms value (RFC 5545 §3.3.5). */
function dateTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return (
    iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 13) + iso.slice(14, 16) + iso.slice(17, 19)
  );
}

/** `YYYYMMDD` (RFC 5545 §3.3.4). */
function date(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10);
}

function utc(ms: number): string {
  return dateTime(ms) + 'Z';
}

function offset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return sign + String(Math.floor(abs / 60)).padStart(2, '0') + String(abs % 60).padStart(2, '0');
}

/** A parameter value (RFC 5545 §3.2): quoted when asked or when it holds `:`, `;` or `,`. */
function param(value: string, quote: boolean): string {
  const clean = value.replace(/"/g, '');
  return quote || /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function byDay(days: readonly number[]): string {
  return days.map((d) => WEEKDAY_CODES[d] ?? 'MO').join(',');
}

// ---------------------------------------------------------------------------------------------
// Time zones (RFC 5545 §3.6.5). Google writes 1970 observances, Apple the year each rule began,
// Outlook 1601 and the Windows name.

function tzid(zone: ZoneId, app: CalendarApp): string {
  return app === 'outlook' ? ZONES[zone].windows : zone;
}

function observanceYear(app: CalendarApp, zone: ZoneInfo, daylight: boolean): number {
  switch (app) {
    case 'google':
      return 1970;
    case 'outlook':
      return 1601;
    case 'apple':
      if (zone.region === 'us') return 2007;
      if (zone.region === 'au') return 2008;
      return daylight ? 1981 : 1996;
  }
}

function vtimezone(zoneId: ZoneId, app: CalendarApp): string[] {
  const zone = ZONES[zoneId];
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tzid(zoneId, app)}`];
  if (app === 'google') lines.push(`X-LIC-LOCATION:${zoneId}`);
  const names = app !== 'outlook';
  const dst = zone.daylight;
  if (dst === null) {
    const start = app === 'outlook' ? '16010101T000000' : '19700101T000000';
    lines.push(
      'BEGIN:STANDARD',
      `TZOFFSETFROM:${offset(zone.standard.offset)}`,
      `TZOFFSETTO:${offset(zone.standard.offset)}`,
    );
    if (names) lines.push(`TZNAME:${zone.standard.abbreviation}`);
    lines.push(`DTSTART:${start}`, 'END:STANDARD', 'END:VTIMEZONE');
    return lines;
  }
  const observance = (kind: 'DAYLIGHT' | 'STANDARD') => {
    const daylight = kind === 'DAYLIGHT';
    const change = daylight ? dst.start : dst.end;
    const [from, to] = daylight
      ? [zone.standard.offset, dst.offset]
      : [dst.offset, zone.standard.offset];
    const year = observanceYear(app, zone, daylight);
    const start = nthWeekday(year, change.month, 6, change.nth) + change.localMinute * MINUTE_MS;
    const rule =
      app === 'outlook'
        ? `RRULE:FREQ=YEARLY;BYDAY=${change.nth}SU;BYMONTH=${change.month}`
        : `RRULE:FREQ=YEARLY;BYMONTH=${change.month};BYDAY=${change.nth}SU`;
    const out = [`BEGIN:${kind}`, `TZOFFSETFROM:${offset(from)}`, `TZOFFSETTO:${offset(to)}`];
    if (names) out.push(`TZNAME:${daylight ? dst.abbreviation : zone.standard.abbreviation}`);
    out.push(`DTSTART:${dateTime(start)}`, rule, `END:${kind}`);
    return out;
  };
  lines.push(...observance('STANDARD'), ...observance('DAYLIGHT'), 'END:VTIMEZONE');
  return lines;
}

// ---------------------------------------------------------------------------------------------
// The calendar.

function header(owner: Person): string[] {
  switch (owner.app) {
    case 'google':
      return [
        'BEGIN:VCALENDAR',
        'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
        'VERSION:2.0',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        `X-WR-CALNAME:${owner.email}`,
        `X-WR-TIMEZONE:${owner.zone}`,
      ];
    case 'outlook':
      return [
        'BEGIN:VCALENDAR',
        'METHOD:PUBLISH',
        'PRODID:Microsoft Exchange Server 2010',
        'VERSION:2.0',
        'X-WR-CALNAME:Calendar',
      ];
    case 'apple':
      return [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Apple Inc.//macOS 14.5//EN',
        'CALSCALE:GREGORIAN',
        `X-WR-CALNAME:${escapeText(`${owner.name.split(' ')[0] ?? owner.name}'s work calendar`)}`,
      ];
  }
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

/** Writes one calendar file: the components of `meetingIds` that `owner` holds. */
export function writeCalendar(
  owner: Person,
  meetingIds: readonly number[],
  context: WriterContext,
): string {
  const writer = new CalendarWriter(owner, context);
  for (const id of meetingIds) {
    const meeting = context.meetings[id];
    if (meeting !== undefined) writer.meeting(meeting);
  }
  return writer.finish();
}

class CalendarWriter {
  private readonly body: string[] = [];
  private readonly zones = new Set<ZoneId>();
  private readonly app: CalendarApp;
  /** Outlook exports differ in whether they quote TZID parameters; some do. */
  private readonly quoteTzid: boolean;

  constructor(
    private readonly owner: Person,
    private readonly context: WriterContext,
  ) {
    this.app = owner.app;
    this.quoteTzid = owner.app === 'outlook' && owner.index % 3 === 0;
    if (owner.app === 'google') this.zones.add(owner.zone);
  }

  finish(): string {
    const lines = header(this.owner);
    for (const zone of [...this.zones].sort()) lines.push(...vtimezone(zone, this.app));
    return lines.map(foldLine).join('\r\n') + '\r\n' + this.body.join('') + 'END:VCALENDAR\r\n';
  }

  private line(text: string): void {
    this.body.push(foldLine(text) + '\r\n');
  }

  meeting(meeting: Meeting): void {
    for (const component of heldComponents(meeting, this.owner.index))
      this.component(meeting, component);
  }

  /** The zone a timed value is written in: overrides in a Google copy use the owner's zone. */
  private zoneFor(meeting: Meeting, override: Override | null): ZoneId {
    return override !== null && this.app === 'google' ? this.owner.zone : meeting.zone;
  }

  private time(name: string, meeting: Meeting, local: number, zone: ZoneId): string {
    if (meeting.allDay) return `${name};VALUE=DATE:${date(local)}`;
    if (meeting.utc) return `${name}:${utc(toUtc(meeting.zone, local))}`;
    const instant = toUtc(meeting.zone, local);
    const there = zone === meeting.zone ? local : fromUtc(zone, instant);
    this.zones.add(zone);
    return `${name};TZID=${param(tzid(zone, this.app), this.quoteTzid)}:${dateTime(there)}`;
  }

  private recurrenceId(meeting: Meeting, override: Override): string {
    const local = override.recurrenceId;
    if (meeting.allDay) {
      if (this.app !== 'outlook') return `RECURRENCE-ID;VALUE=DATE:${date(local)}`;
      this.zones.add(meeting.zone);
      return `RECURRENCE-ID;TZID=${param(tzid(meeting.zone, this.app), this.quoteTzid)}:${dateTime(local)}`;
    }
    if (this.app === 'apple' || meeting.utc)
      return `RECURRENCE-ID:${utc(toUtc(meeting.zone, local))}`;
    return this.time('RECURRENCE-ID', meeting, local, this.zoneFor(meeting, override));
  }

  private rrule(meeting: Meeting, repeat: Repeat): string {
    const parts = [`FREQ=${repeat.freq}`];
    const end = this.until(meeting, repeat);
    const interval =
      repeat.interval > 1 || this.app !== 'google' ? `INTERVAL=${repeat.interval}` : '';
    if (this.app === 'apple' && interval !== '') parts.push(interval);
    if (end !== '') parts.push(end);
    if (this.app !== 'apple' && interval !== '') parts.push(interval);
    if (repeat.freq === 'MONTHLY') {
      const day = WEEKDAY_CODES[repeat.days[0] ?? 0] ?? 'MO';
      parts.push(
        this.app === 'outlook'
          ? `BYDAY=${day};BYSETPOS=${repeat.nth}`
          : `BYDAY=${repeat.nth}${day}`,
      );
    } else parts.push(`BYDAY=${byDay(repeat.days)}`);
    if (this.app === 'outlook') parts.push('WKST=SU');
    return `RRULE:${parts.join(';')}`;
  }

  private until(meeting: Meeting, repeat: Repeat): string {
    if (repeat.count !== undefined) return `COUNT=${repeat.count}`;
    const last = repeat.last;
    if (last === undefined) return '';
    if (meeting.allDay) {
      // Exchange: the UTC instant of the last day's local midnight (NOTES 2).
      return this.app === 'outlook'
        ? `UNTIL=${utc(toUtc(meeting.zone, last))}`
        : `UNTIL=${date(last)}`;
    }
    switch (this.app) {
      case 'outlook':
        return `UNTIL=${utc(toUtc(meeting.zone, last))}`;
      case 'apple': {
        const endOfDay = Math.floor(last / DAY_MS) * DAY_MS + DAY_MS - 1000;
        return `UNTIL=${utc(toUtc(meeting.zone, endOfDay))}`;
      }
      case 'google': {
        // A date-only UNTIL on a timed series (NOTES 3), on a date with nothing near it, so reading it
        // as the start or the end of that day, local or UTC, gives the same instances.
        const day = Math.floor(last / DAY_MS) * DAY_MS + 2 * DAY_MS;
        const open: Repeat = { ...repeat, last: undefined, count: undefined };
        const clear = !ruleStarts(meeting.start, open, day + 2 * DAY_MS).some((t) => t > last);
        return clear && meeting.id % 2 === 0
          ? `UNTIL=${date(day)}`
          : `UNTIL=${utc(toUtc(meeting.zone, last))}`;
      }
    }
  }

  private exdates(meeting: Meeting): void {
    if (meeting.exdates.length === 0) return;
    if (meeting.allDay) {
      if (this.app === 'outlook') {
        this.zones.add(meeting.zone);
        const values = meeting.exdates.map(dateTime).join(',');
        this.line(`EXDATE;TZID=${param(tzid(meeting.zone, this.app), this.quoteTzid)}:${values}`);
      } else for (const t of meeting.exdates) this.line(`EXDATE;VALUE=DATE:${date(t)}`);
      return;
    }
    if (this.app === 'outlook') {
      this.zones.add(meeting.zone);
      const values = meeting.exdates.map(dateTime).join(',');
      this.line(`EXDATE;TZID=${param(tzid(meeting.zone, this.app), this.quoteTzid)}:${values}`);
      return;
    }
    for (const t of meeting.exdates) this.line(this.time('EXDATE', meeting, t, meeting.zone));
  }

  private partstat(invitee: Invitee): PartStat {
    return invitee.person === this.owner.index ? invitee.answer : invitee.organizerSees;
  }

  private attendee(
    email: string,
    name: string,
    partstat: PartStat,
    kind: 'person' | 'room',
    chair: boolean,
    optional: boolean,
  ): string {
    const role = chair ? 'CHAIR' : optional ? 'OPT-PARTICIPANT' : 'REQ-PARTICIPANT';
    switch (this.app) {
      case 'google': {
        const cutype = kind === 'room' ? 'RESOURCE' : 'INDIVIDUAL';
        const rsvp = partstat === 'NEEDS-ACTION' ? ';RSVP=TRUE' : '';
        return `ATTENDEE;CUTYPE=${cutype};ROLE=${chair ? 'REQ-PARTICIPANT' : role};PARTSTAT=${partstat}${rsvp};CN=${param(name, false)};X-NUM-GUESTS=0:mailto:${email}`;
      }
      case 'outlook': {
        if (kind === 'room')
          return `ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=${param(name, true)}:MAILTO:${email}`;
        const stat = partstat === 'NEEDS-ACTION' ? '' : `;PARTSTAT=${partstat}`;
        return `ATTENDEE;ROLE=${role}${stat};RSVP=TRUE;CN=${param(name, true)}:MAILTO:${email}`;
      }
      case 'apple': {
        const cutype = kind === 'room' ? 'ROOM' : 'INDIVIDUAL';
        return `ATTENDEE;CN=${param(name, true)};CUTYPE=${cutype};EMAIL=${param(email, true)};PARTSTAT=${partstat};ROLE=${role}:mailto:${email}`;
      }
    }
  }

  private organizer(email: string, name: string): string {
    switch (this.app) {
      case 'google':
        return `ORGANIZER;CN=${param(name, false)}:mailto:${email}`;
      case 'outlook':
        return `ORGANIZER;CN=${param(name, true)}:MAILTO:${email}`;
      case 'apple':
        return `ORGANIZER;CN=${param(name, true)};EMAIL=${param(email, true)}:mailto:${email}`;
    }
  }

  private people(meeting: Meeting, invitees: readonly Invitee[]): void {
    const people = this.context.people;
    const organizer = meeting.organizer === null ? null : (people[meeting.organizer] ?? null);
    if (organizer !== null) {
      this.line(this.organizer(organizer.email, organizer.name));
      if (this.app !== 'outlook')
        this.line(
          this.attendee(organizer.email, organizer.name, 'ACCEPTED', 'person', true, false),
        );
    } else if (meeting.externalOrganizer !== null) {
      this.line(this.organizer(meeting.externalOrganizer.email, meeting.externalOrganizer.name));
    }
    for (const invitee of invitees) {
      const person = people[invitee.person];
      if (person === undefined) continue;
      this.line(
        this.attendee(
          person.email,
          person.name,
          this.partstat(invitee),
          'person',
          false,
          invitee.optional,
        ),
      );
    }
    for (const guest of meeting.guests)
      this.line(this.attendee(guest.email, guest.name, guest.answer, 'person', false, false));
    for (const room of meeting.rooms)
      this.line(this.attendee(room.email, room.name, 'ACCEPTED', 'room', false, false));
  }

  private component(meeting: Meeting, override: Override | null): void {
    const app = this.app;
    const zone = this.zoneFor(meeting, override);
    const start = override?.start ?? meeting.start;
    const end = override?.end ?? meeting.end;
    const invitees = override?.invitees ?? meeting.invitees;
    const cancelled = meeting.cancelled || (override?.cancelled ?? false);
    const solo = meeting.organizer === null && meeting.externalOrganizer === null;
    const mine = invitees.find((i) => i.person === this.owner.index);
    const description = meeting.description;
    this.line('BEGIN:VEVENT');
    this.line(this.time('DTSTART', meeting, start, zone));
    this.line(this.time('DTEND', meeting, end, zone));
    if (override === null && meeting.repeat !== null) {
      this.line(this.rrule(meeting, meeting.repeat));
      this.exdates(meeting);
    }
    if (override !== null) this.line(this.recurrenceId(meeting, override));
    this.line(`DTSTAMP:${utc(this.context.exportedAt)}`);
    this.line(`UID:${meeting.uid}`);
    if (!solo) this.people(meeting, invitees);
    if (app === 'google' && meeting.app === 'google' && meeting.conference !== '')
      this.line(`X-GOOGLE-CONFERENCE:${meeting.conference}`);
    if (app === 'apple' && meeting.conference !== '')
      this.line(`URL;VALUE=URI:${meeting.conference}`);
    this.line(`CREATED:${utc(meeting.created)}`);
    if (description !== '') this.line(`DESCRIPTION:${escapeText(description)}`);
    this.line(`LAST-MODIFIED:${utc(override?.modified ?? meeting.modified)}`);
    this.line(`LOCATION:${escapeText(meeting.location)}`);
    this.line(`SEQUENCE:${override?.sequence ?? meeting.sequence}`);
    this.line(`STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
    this.line(
      app === 'outlook'
        ? `SUMMARY;LANGUAGE=en-us:${escapeText(meeting.title)}`
        : `SUMMARY:${escapeText(meeting.title)}`,
    );
    this.line(`TRANSP:${meeting.transparent ? 'TRANSPARENT' : 'OPAQUE'}`);
    if (app === 'outlook') {
      const busy = meeting.transparent
        ? 'FREE'
        : mine?.answer === 'TENTATIVE'
          ? 'TENTATIVE'
          : meeting.allDay
            ? 'OOF'
            : 'BUSY';
      this.line('CLASS:PUBLIC');
      this.line('PRIORITY:5');
      this.line(`X-MICROSOFT-CDO-BUSYSTATUS:${busy}`);
      this.line(`X-MICROSOFT-CDO-ALLDAYEVENT:${meeting.allDay ? 'TRUE' : 'FALSE'}`);
    }
    if (app === 'apple') this.line('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC');
    if (!meeting.allDay && !cancelled && meeting.id % 3 === 0) this.alarm();
    this.line('END:VEVENT');
  }

  private alarm(): void {
    this.line('BEGIN:VALARM');
    this.line('ACTION:DISPLAY');
    this.line(
      this.app === 'google' ? 'DESCRIPTION:This is an event reminder' : 'DESCRIPTION:Reminder',
    );
    this.line(this.app === 'google' ? 'TRIGGER:-P0DT0H10M0S' : 'TRIGGER:-PT15M');
    this.line('END:VALARM');
  }
}
