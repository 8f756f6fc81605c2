// A meeting's UID, shaped like the ones its organiser's calendar app (or an outside scheduling
// tool) writes.
import type { CalendarApp } from '../people/departments.js';
import type { Random } from '../random.js';

/** A new UID in the style of `app`. */
export function makeUid(app: CalendarApp | 'external', random: Random): string {
  switch (app) {
    case 'google':
      return `${random.hex(26)}@google.com`;
    case 'outlook':
      return `040000008200E00074C5B7101A82E00800000000${random.hex(42).toUpperCase()}`;
    case 'apple': {
      const h = random.hex(32).toUpperCase();
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-A${h.slice(17, 20)}-${h.slice(20)}`;
    }
    case 'external':
      return random.chance(0.5)
        ? `calendly-${random.hex(24)}@calendly.com`
        : `zoom-${random.hex(20)}@zoom.us`;
  }
}
