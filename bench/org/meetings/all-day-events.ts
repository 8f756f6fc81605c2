// All-day events: public holidays, time off, working-from-home days and team offsites.
import { ZONES } from '../time-zones.js';
import type { Builder } from './builder.js';
import type { Repeat } from './meeting-model.js';
import { DAY_MS, WEEK_MS } from './meeting-model.js';

/** Holidays, time off, WFH days, team offsites: all-day events, which PRODUCT.md rule 2 skips. */
export function allDayEvents(b: Builder): void {
  const r = b.random;
  const weeks = b.weekCount;
  for (const person of b.people) {
    for (const [date, name] of b.holidays.inRange(ZONES[person.zone].region)) {
      b.allDay({ title: name, owner: person.index, date, days: 1, transparent: true });
    }
    if (r.chance(0.25)) {
      const first = r.int(0, 2);
      const date = b.start + r.int(0, weeks - 1) * WEEK_MS + first * DAY_MS;
      const title =
        person.app === 'apple' ? 'PTO 🌴' : r.pick(['Out of office', 'Vacation', 'PTO']);
      b.allDay({ title, owner: person.index, date, days: r.int(1, 5 - first), transparent: false });
    }
    if (person.app === 'outlook' && r.chance(0.2) && weeks >= 4) {
      // A weekly all-day series: Outlook writes its UNTIL and EXDATE as local-midnight date-times.
      const since = r.int(4, 30);
      const date = b.start - since * WEEK_MS + 4 * DAY_MS;
      const lastWeek = weeks - r.int(1, 3);
      const repeat: Repeat = {
        freq: 'WEEKLY',
        interval: 1,
        days: [4],
        nth: 0,
        last: b.start + (lastWeek - 1) * WEEK_MS + 4 * DAY_MS,
      };
      const meeting = b.allDay({
        title: 'WFH',
        owner: person.index,
        date,
        days: 1,
        transparent: true,
        repeat,
      });
      meeting.exdates.push(b.start + r.int(0, lastWeek - 1) * WEEK_MS + 4 * DAY_MS);
    }
    const team = person.reports.filter((p) => b.person(p).level === 'individual');
    if (team.length >= 3 && r.chance(0.3) && weeks >= 3) {
      const date = b.start + r.int(1, weeks - 2) * WEEK_MS + 3 * DAY_MS;
      const title = r.pick([
        'Team offsite',
        `${person.department} offsite — Lisbon`,
        'Team day: planning & retro',
      ]);
      b.allDay({
        title,
        kind: 'all-day',
        organizer: person.index,
        invitees: team,
        date,
        days: 1,
        transparent: false,
      });
    }
  }
}
