// The calendar reader's entry point: iCalendar text in, occurrences out (RFC 5545). Pure: no I/O.
import { CalendarSyntaxError, type CalendarWarning, type SkippedItem } from './calendar-error.js';
import { buildComponents, firstProperty, type Component } from './components.js';
import { decodeCalendar, readContentLines } from './content-lines.js';
import { readEvent, type CalendarEvent } from './event.js';
import { expandSeries, type ExpandRange } from './expand-series.js';
import type { Occurrence } from './occurrence.js';
import { resolveZone } from './time-zones/resolve-zone.js';
import { vtimezoneDefinition } from './vtimezone-definition.js';
import type { VTimezoneDefinition } from './time-zones/vtimezone-zone.js';
import { UTC_ZONE, type Zone } from './time-zones/zone.js';
import { unescapeText } from './values.js';
import type { ZoneContext } from './zone-context.js';

/** The properties the reader uses; the rest are checked for syntax and dropped early. */
const PROPERTIES_READ: ReadonlySet<string> = new Set([
  'X-WR-CALNAME',
  'X-WR-TIMEZONE',
  'UID',
  'DTSTART',
  'DTEND',
  'DURATION',
  'RECURRENCE-ID',
  'RRULE',
  'RDATE',
  'EXDATE',
  'SEQUENCE',
  'LAST-MODIFIED',
  'DTSTAMP',
  'ORGANIZER',
  'ATTENDEE',
  'STATUS',
  'SUMMARY',
  'TRANSP',
  'TZID',
  'TZOFFSETFROM',
  'TZOFFSETTO',
]);

export interface ReadOptions {
  range: ExpandRange;
  /** The owner's IANA timezone from the directory, when known. */
  ownerTimezone?: string | null;
  /** The org timezone (config `timezone`), the last resort for floating times. */
  orgTimezone?: string;
}

export interface CalendarRead {
  ok: true;
  /** X-WR-CALNAME, which Google sets to the owner's email. */
  calendarName: string | null;
  /** X-WR-TIMEZONE. */
  calendarTimezone: string | null;
  /** The zone floating times were read in. */
  floatingZone: string;
  /** VEVENT components read (masters and overrides). */
  events: number;
  occurrences: Occurrence[];
  skipped: SkippedItem[];
  warnings: CalendarWarning[];
}

export type ReadResult = CalendarRead | { ok: false; line: number; message: string };

/** Reads a whole calendar file. A malformed file is a value with the line, never a throw. */
export function readCalendar(input: Uint8Array | string, options: ReadOptions): ReadResult {
  let roots: Component[];
  try {
    const text = decodeCalendar(input);
    if (text.includes('\u0000'))
      return {
        ok: false,
        line: lineOfNul(text),
        message: 'binary data (NUL bytes): not an iCalendar file',
      };
    roots = buildComponents(readContentLines(text, PROPERTIES_READ));
  } catch (error) {
    if (error instanceof CalendarSyntaxError) {
      return { ok: false, line: error.line, message: error.message.replace(/^line \d+: /, '') };
    }
    throw error;
  }

  const skipped: SkippedItem[] = [];
  const warnings: CalendarWarning[] = [];
  const vtimezones = new Map<string, VTimezoneDefinition>();
  const eventComponents: Component[] = [];
  let calendarName: string | null = null;
  let calendarTimezone: string | null = null;
  for (const root of roots) {
    calendarName ??= textOf(root, 'X-WR-CALNAME');
    calendarTimezone ??= textOf(root, 'X-WR-TIMEZONE');
    for (const c of root.components) {
      if (c.name === 'VEVENT') eventComponents.push(c);
      else if (c.name === 'VTIMEZONE') {
        const def = vtimezoneDefinition(c);
        if (def) vtimezones.set(def.tzid, def);
        else warnings.push({ line: c.line, message: 'VTIMEZONE without TZID ignored' });
      } else if (c.name === 'VTODO' || c.name === 'VJOURNAL' || c.name === 'VFREEBUSY') {
        skipped.push({ line: c.line, uid: textOf(c, 'UID'), reason: `${c.name} is not an event` });
      }
    }
  }

  const context = zoneContext(vtimezones, options, calendarTimezone, warnings);
  const byUid = new Map<string, CalendarEvent[]>();
  for (const c of eventComponents) {
    const read = readEvent(c);
    if (!read.ok) {
      skipped.push({ line: c.line, uid: read.uid, reason: read.reason });
      continue;
    }
    for (const message of read.warnings) warnings.push({ line: c.line, message });
    const event = read.event;
    const list = byUid.get(event.uid);
    if (list) list.push(event);
    else byUid.set(event.uid, [event]);
  }

  const occurrences: Occurrence[] = [];
  for (const [uid, events] of byUid) {
    const series = expandSeries(uid, events, context, options.range);
    for (const o of series.occurrences) occurrences.push(o);
    skipped.push(...series.skipped);
    warnings.push(...series.warnings);
  }
  occurrences.sort(compareOccurrences);
  return {
    ok: true,
    calendarName,
    calendarTimezone,
    floatingZone: context.calendarZone.name,
    events: eventComponents.length,
    occurrences,
    skipped,
    warnings,
  };
}

export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0) ||
    ((a.recurrenceId ?? '') < (b.recurrenceId ?? '')
      ? -1
      : (a.recurrenceId ?? '') > (b.recurrenceId ?? '')
        ? 1
        : 0)
  );
}

function zoneContext(
  vtimezones: ReadonlyMap<string, VTimezoneDefinition>,
  options: ReadOptions,
  calendarTimezone: string | null,
  warnings: CalendarWarning[],
): ZoneContext {
  const candidates = [options.ownerTimezone, calendarTimezone, options.orgTimezone];
  let calendarZone: Zone = UTC_ZONE;
  for (const name of candidates) {
    const resolved = name ? resolveZone(name, vtimezones) : undefined;
    if (resolved) {
      calendarZone = resolved.zone;
      break;
    }
  }
  const cache = new Map<string, Zone>();
  return {
    calendarZone,
    zoneFor(tzid: string, line: number): Zone {
      const hit = cache.get(tzid);
      if (hit) return hit;
      const resolved = resolveZone(tzid, vtimezones);
      const zone = resolved?.zone ?? calendarZone;
      if (!resolved) {
        warnings.push({
          line,
          message: `unknown TZID ${JSON.stringify(tzid)}: read in ${calendarZone.name}`,
        });
      } else if (resolved.warning) {
        warnings.push({ line, message: resolved.warning });
      }
      cache.set(tzid, zone);
      return zone;
    },
  };
}

function textOf(c: Component, name: string): string | null {
  const p = firstProperty(c, name);
  const v = p ? unescapeText(p.value).trim() : '';
  return v === '' ? null : v;
}

function lineOfNul(text: string): number {
  const at = text.indexOf('\u0000');
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
