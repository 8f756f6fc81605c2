// The VCALENDAR header each app writes: product ID, method and its calendar-name extensions.
import type { Person } from '../people.js';

/** The first lines of `owner`'s calendar file, unfolded. */
export function header(owner: Person): string[] {
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
