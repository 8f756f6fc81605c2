// Time zones (RFC 5545 §3.6.5). Google writes 1970 observances, Apple the year each rule began,
// Outlook 1601 and the Windows name.
import { MINUTE_MS } from '../meetings/meeting-model.js';
import type { CalendarApp } from '../people/departments.js';
import type { ZoneId, ZoneInfo } from '../time-zones.js';
import { ZONES, nthWeekday } from '../time-zones.js';
import { dateTime, offset } from './date-values.js';

/** The TZID `app` writes for a zone: the Windows name for Outlook, the IANA one otherwise. */
export function tzid(zone: ZoneId, app: CalendarApp): string {
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

/** The VTIMEZONE component of a zone, in the style of `app`. */
export function vtimezone(zoneId: ZoneId, app: CalendarApp): string[] {
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
