// Management's recurring meetings: every manager's one-on-ones with their reports, and each
// team's rituals by department — leadership syncs, standups, pipeline and forecast calls, sprints.
import type { Person } from '../people.js';
import type { Random } from '../random.js';
import type { Builder } from './builder.js';
import type { SeriesPlan } from './place-series.js';
import { WEEKDAYS } from './recurrence.js';

/** A one-on-one's title, in one of the ways people write them. */
function oneOnOneTitle(manager: Person, report: Person, random: Random): string {
  const m = manager.name.split(' ')[0] ?? manager.name;
  const r = report.name.split(' ')[0] ?? report.name;
  switch (random.int(0, 4)) {
    case 0:
      return `${m} / ${r} 1:1`;
    case 1:
      return `1:1 ${r} <> ${m}`;
    case 2:
      return `${r} & ${m} – weekly 1-1`;
    case 3:
      return `One-on-one: ${report.name}`;
    default:
      return `${r} 1on1`;
  }
}

const LEADERSHIP: Record<string, string> = {
  'Chief Executive Officer': 'Executive staff meeting',
  'Chief Revenue Officer': 'Revenue leadership meeting',
  'Chief Product Officer': 'Product leadership sync',
  'Chief Marketing Officer': 'Marketing leadership sync',
  'Chief Technology Officer': 'Engineering leadership sync',
  'Chief Financial Officer': 'Finance & operations sync',
  'Chief People Officer': 'People leadership sync',
};

/** Every manager's one-on-ones with each report, and their team's meetings when they have two or more. */
export function management(b: Builder): void {
  const r = b.random;
  for (const manager of b.people) {
    for (const index of manager.reports) {
      const report = b.person(index);
      b.series({
        kind: 'one-on-one',
        title: oneOnOneTitle(manager, report, r),
        organizer: manager.index,
        invitees: [index],
        minutes: manager.level === 'executive' || r.chance(0.2) ? 45 : 30,
        interval: r.chance(0.15) ? 2 : 1,
        since: r.int(2, 60),
        answers: 'firm',
        moveChance: 0.25,
        cancelChance: 0.12,
        room: 0.1,
      });
    }
    if (manager.reports.length >= 2) teamMeetings(b, manager);
  }
}

/** The team's recurring meetings by department; leads of leads get a leadership sync instead. */
function teamMeetings(b: Builder, manager: Person): void {
  const r = b.random;
  const team = manager.reports.slice(0, 14);
  const leads = team.filter((p) => b.person(p).reports.length > 0).length * 2 > team.length;
  const meet = (title: string, minutes: number, extra: Partial<SeriesPlan> = {}) =>
    b.series({
      kind: 'team',
      title,
      organizer: manager.index,
      invitees: team,
      minutes,
      since: r.int(4, 80),
      room: 0.3,
      ...extra,
    });
  switch (manager.department) {
    case 'Executive':
      meet(
        LEADERSHIP[manager.role] ?? 'Leadership sync',
        manager.role === 'Chief Executive Officer' ? 90 : 60,
      );
      break;
    case 'Sales':
      if (leads) meet('Forecast call', 45);
      else {
        meet('Sales standup', 15, { days: [0, 2, 4], earliest: 510, latest: 600, room: 0 });
        meet('Pipeline review', 60);
        meet('Territory planning', 60, { monthly: 1, since: r.int(1, 12) });
      }
      break;
    case 'Sales Engineering':
      meet('SE team sync', 30);
      break;
    case 'Customer Success':
      meet(leads ? 'CS leadership sync' : 'CS team sync', 45);
      if (!leads) meet('Churn risk review', 30, { interval: 2 });
      break;
    case 'Product Management':
      meet(leads ? 'Product leads sync' : 'Product team sync', 45);
      break;
    case 'Product Marketing':
      meet('PMM weekly', 45);
      break;
    case 'Marketing':
      meet(leads ? 'Marketing leads sync' : 'Marketing team meeting', 60);
      break;
    case 'Engineering':
      if (leads) meet('Engineering leads sync', 60);
      else {
        meet('Daily standup', 15, { days: WEEKDAYS, earliest: 570, latest: 660, room: 0 });
        meet('Sprint planning', 60, { interval: 2 });
        meet('Sprint retro', 45, { interval: 2 });
      }
      break;
    case 'Finance':
      meet('Finance team sync', 45);
      break;
    case 'People':
      meet('People team weekly', 45);
      break;
  }
}
