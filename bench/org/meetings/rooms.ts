// Meeting rooms in each office. A meeting books a room by inviting it: the writer lists the room
// as an attendee, the way calendar apps do.
import type { Random } from '../random.js';
import type { ZoneId } from '../time-zones.js';
import type { Room } from './meeting-model.js';
import { commaList } from './topics.js';

const OFFICES: Record<ZoneId, { code: string; rooms: readonly string[] }> = {
  'America/New_York': {
    code: 'NYC',
    rooms: commaList('Hudson, Liberty, Brooklyn, Chelsea, Harlem'),
  },
  'America/Chicago': { code: 'CHI', rooms: commaList('Lakeshore, Wrigley, Loop') },
  'America/Los_Angeles': { code: 'LAX', rooms: commaList('Venice, Malibu, Topanga, Echo Park') },
  'Europe/London': { code: 'LON', rooms: commaList('Thames, Soho, Camden, Brixton') },
  'Europe/Berlin': { code: 'BER', rooms: commaList('Spree, Kreuzberg, Tiergarten, Mitte') },
  'Asia/Kolkata': { code: 'BLR', rooms: commaList('Indiranagar, Koramangala, Whitefield') },
  'Australia/Sydney': { code: 'SYD', rooms: commaList('Bondi, Manly, Circular Quay') },
};

/** A room in the office of `zone`. */
export function roomIn(zone: ZoneId, random: Random): Room {
  const office = OFFICES[zone];
  const index = random.int(0, office.rooms.length - 1);
  const floor = 2 + (index % 4);
  const letter = 'abcde'[index] ?? 'a';
  const name = office.rooms[index] ?? 'Main';
  return {
    email: `room-${office.code.toLowerCase()}-${floor}${letter}@resource.calendar.google.com`,
    name: `${office.code}-${floor}-${name} (${4 + 2 * index})`,
  };
}
