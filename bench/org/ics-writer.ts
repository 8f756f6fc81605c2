// One person's calendar export as iCalendar (RFC 5545) in UTF-8, the way Google Calendar, Outlook
// and Apple Calendar write theirs. Each app's quirks stay legal enough for a reader with the
// work-arounds in shared/ics/NOTES.md to read the intended meaning:
// - Outlook: Windows zone names as TZID (sometimes quoted), BYSETPOS for "nth weekday" rules,
//   all-day series with UNTIL/EXDATE as local-midnight date-times (NOTES 1, 2, 9), MAILTO:,
//   no PARTSTAT when it is NEEDS-ACTION (the RFC 5545 §3.2.12 default).
// - Google: X-WR-CALNAME/X-WR-TIMEZONE, date-only UNTIL on timed series, overrides written in the
//   owner's zone rather than the series' one (NOTES 3, 4), override-only instances (NOTES 7).
// - Apple: RECURRENCE-ID in UTC (NOTES 4), UNTIL at the end of the last local day.
// At 10,000 people the files add up to 1.7 GB, so the hot paths avoid per-character JavaScript:
// lines are joined once per file and encoded natively, and the ORGANIZER/ATTENDEE lines, dates
// and the joining instructions' text are built once and reused.
import type { CalendarApp, Person, ZoneId, ZoneInfo } from './people.js';
import { ZONES, fromUtc, nthWeekday, toUtc } from './people.js';
import type { Invitee, Meeting, Override, PartStat, Repeat } from './meetings.js';
import {
  DAY_MS,
  MINUTE_MS,
  conferenceLink,
  meetingCodes,
  meetingNotes,
  ruleStarts,
} from './meetings.js';

export interface WriterContext {
  people: readonly Person[];
  meetings: readonly Meeting[];
  /** UTC ms of the export (DTSTAMP). */
  exportedAt: number;
}

// ---------------------------------------------------------------------------------------------
// Content lines.

const NON_ASCII = /[\u0080-\uffff]/;
const TO_ESCAPE = /[\\;,\n]/;
const BACKSLASHES = /\\/g;
const SEMICOLONS = /;/g;
const COMMAS = /,/g;
const NEWLINES = /\n/g;

/**
 * RFC 5545 §3.1: a line longer than 75 octets continues after CRLF and a space, and never inside
 * a character. `ascii` says the caller knows the line is ASCII (no need to look).
 */
export function foldLine(line: string, ascii = false): string {
  if (line.length <= 25) return line;
  if (ascii || !NON_ASCII.test(line)) {
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
  if (!TO_ESCAPE.test(text)) return text;
  return text
    .replace(BACKSLASHES, '\\\\')
    .replace(SEMICOLONS, '\\;')
    .replace(COMMAS, '\\,')
    .replace(NEWLINES, '\\n');
}

/** Year, month, day of a day count since 1970-01-01 (Howard Hinnant's civil_from_days). */
function civil(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
// Formatting dates is a large share of writing a calendar; the same days and times recur.
const dayTexts = new Map<number, string>();
const timeTexts: string[] = [];

/** `YYYYMMDD` (RFC 5545 §3.3.4) of a local ms value. */
function date(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  let text = dayTexts.get(days);
  if (text === undefined) {
    const [year, month, day] = civil(days);
    text = String(year).padStart(4, '0') + TWO_DIGITS[month] + TWO_DIGITS[day];
    dayTexts.set(days, text);
  }
  return text;
}

/** `YYYYMMDDTHHMMSS` (RFC 5545 §3.3.5 form 1) of a local ms value. */
function dateTime(ms: number): string {
  const seconds = Math.floor((ms - Math.floor(ms / DAY_MS) * DAY_MS) / 1000);
  let time = timeTexts[seconds];
  if (time === undefined) {
    const hh = Math.floor(seconds / 3600);
    const mm = Math.floor((seconds % 3600) / 60);
    time = 'T' + TWO_DIGITS[hh] + TWO_DIGITS[mm] + TWO_DIGITS[seconds % 60];
    timeTexts[seconds] = time;
  }
  return date(ms) + time;
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
        `X-WR-CALNAME:${(owner.name.split(' ')[0] ?? owner.name).replace(/[\\;,]/g, '\\$&')}'s work calendar`,
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

/** One calendar file as UTF-8: the components of `meetingIds` that `owner` holds. */
export function renderCalendar(
  owner: Person,
  meetingIds: readonly number[],
  context: WriterContext,
): { bytes: Uint8Array; components: number } {
  const writer = new CalendarWriter(owner, context, sharedLines(context));
  for (const id of meetingIds) {
    const meeting = context.meetings[id];
    if (meeting !== undefined) writer.meeting(meeting);
  }
  return { bytes: encoder.encode(writer.finish()), components: writer.components };
}

/** One calendar file as text. */
export function writeCalendar(
  owner: Person,
  meetingIds: readonly number[],
  context: WriterContext,
): string {
  const writer = new CalendarWriter(owner, context, sharedLines(context));
  for (const id of meetingIds) {
    const meeting = context.meetings[id];
    if (meeting !== undefined) writer.meeting(meeting);
  }
  return writer.finish();
}

const encoder = new TextEncoder();
const APPS: readonly CalendarApp[] = ['google', 'outlook', 'apple'];
const GOOGLE_RULE = '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-';
const TEAMS_RULE = '_'.repeat(80);
const PARTSTATS: readonly PartStat[] = ['ACCEPTED', 'TENTATIVE', 'DECLINED', 'NEEDS-ACTION'];
const VARIANTS = 25;

/** By address, the folded ORGANIZER/ATTENDEE line per app and variant: most lines are these. */
type SharedLines = Map<string, (string | undefined)[]>;

const sharedByContext = new WeakMap<WriterContext, SharedLines>();

function sharedLines(context: WriterContext): SharedLines {
  let found = sharedByContext.get(context);
  if (found === undefined) {
    found = new Map();
    sharedByContext.set(context, found);
  }
  return found;
}

class CalendarWriter {
  components = 0;
  private readonly lines: string[] = [];
  private readonly zones = new Set<ZoneId>();
  private readonly tzParams = new Map<ZoneId, string>();
  private readonly app: CalendarApp;
  private readonly appIndex: number;
  /** Outlook exports differ in whether they quote TZID parameters; some do. */
  private readonly quoteTzid: boolean;
  /** The org's name as video links use it. */
  private readonly company: string;
  private readonly stamp: string;

  constructor(
    private readonly owner: Person,
    private readonly context: WriterContext,
    private readonly shared: SharedLines,
  ) {
    this.app = owner.app;
    this.appIndex = APPS.indexOf(owner.app);
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

  /** The line for `email` in `variant` (0–23 attendee, 24 organiser) if built before. */
  private cachedLine(email: string, variant: number): string | undefined {
    return this.shared.get(email)?.[this.appIndex * VARIANTS + variant];
  }

  private keepLine(email: string, variant: number, line: string): string {
    let variants = this.shared.get(email);
    if (variants === undefined) {
      variants = new Array<string | undefined>(APPS.length * VARIANTS);
      this.shared.set(email, variants);
    }
    variants[this.appIndex * VARIANTS + variant] = line;
    return line;
  }

  private attendeeLine(
    email: string,
    name: string,
    partstat: PartStat,
    kind: 'person' | 'room',
    chair: boolean,
    optional: boolean,
  ): void {
    const role = chair ? 2 : optional ? 1 : 0;
    const variant = (kind === 'room' ? 12 : 0) + PARTSTATS.indexOf(partstat) * 3 + role;
    const line =
      this.cachedLine(email, variant) ??
      this.keepLine(
        email,
        variant,
        foldLine(this.attendee(email, name, partstat, kind, chair, optional)),
      );
    this.lines.push(line);
  }

  private organizerLine(email: string, name: string): void {
    const line =
      this.cachedLine(email, 24) ?? this.keepLine(email, 24, foldLine(this.organizer(email, name)));
    this.lines.push(line);
  }

  private people(meeting: Meeting, invitees: readonly Invitee[]): void {
    const people = this.context.people;
    const organizer = meeting.organizer === null ? null : (people[meeting.organizer] ?? null);
    if (organizer !== null) {
      this.organizerLine(organizer.email, organizer.name);
      if (this.app !== 'outlook') {
        this.attendeeLine(organizer.email, organizer.name, 'ACCEPTED', 'person', true, false);
      }
    } else if (meeting.externalOrganizer !== null) {
      this.organizerLine(meeting.externalOrganizer.email, meeting.externalOrganizer.name);
    }
    for (const invitee of invitees) {
      const person = people[invitee.person];
      if (person === undefined) continue;
      const partstat = this.partstat(invitee);
      this.attendeeLine(person.email, person.name, partstat, 'person', false, invitee.optional);
    }
    for (const guest of meeting.guests) {
      this.attendeeLine(guest.email, guest.name, guest.answer, 'person', false, false);
    }
    for (const room of meeting.rooms) {
      this.attendeeLine(room.email, room.name, 'ACCEPTED', 'room', false, false);
    }
  }

  /**
   * The DESCRIPTION line: the organiser's notes, then the joining instructions their app appends
   * (kept TEXT-escaped in the templates, as escaping 600 characters per copy adds up).
   */
  private description(meeting: Meeting, link: string): string {
    const notes = meetingNotes(meeting);
    if (notes === '' && link === '') return '';
    const escaped = escapeText(notes);
    const ascii = !NON_ASCII.test(notes);
    if (link === '') return foldLine('DESCRIPTION:' + escaped, ascii);
    const { id, passcode } = meetingCodes(meeting);
    let join: string;
    switch (meeting.app) {
      case 'google':
        join = `${GOOGLE_RULE}\\nJoin with Google Meet: ${link}\\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720`;
        break;
      case 'outlook':
        join =
          `${TEAMS_RULE}\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device` +
          `\\nClick here to join the meeting <${link}>\\nMeeting ID: ${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 9)} ${id.slice(9)}`;
        break;
      case 'apple':
      case 'external':
        join = `Join Zoom Meeting\\n${link}\\n\\nMeeting ID: ${id.slice(0, 3)} ${id.slice(3, 7)} ${id.slice(7, 11)}\\nPasscode: ${passcode}`;
        break;
    }
    return foldLine(`DESCRIPTION:${escaped === '' ? '' : escaped + '\\n\\n'}${join}`, ascii);
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
      lines.push(foldLine(this.rrule(meeting, meeting.repeat), true));
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
    const description = this.description(meeting, link);
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
