// Finance, people and leadership series: deal desk, budgets, month-end close, audits, hiring,
// calibration, agency syncs and board prep.
import { mailboxPart, randomName } from '../people/names.js';
import type { Builder } from './builder.js';

const AGENCIES: readonly [string, string][] = [
  ['BrightSignal Agency', 'brightsignal.example'],
  ['Loop & Lantern Creative', 'loopandlantern.example'],
];
const AUDITORS: readonly [string, string] = ['Price & Partners LLP', 'pricepartners.example'];

/** Finance, People, marketing-agency and CEO series. */
export function generalAndAdministrative(b: Builder): void {
  const r = b.random;
  for (const index of b.pool('finance')) {
    const person = b.person(index);
    if (person.level !== 'individual') {
      const desk = [
        ...b.choose(b.pool('salesLeads'), r.int(2, 4), index),
        ...person.reports.slice(0, 1),
      ];
      b.series({
        kind: 'internal',
        title: 'Deal desk review',
        organizer: index,
        invitees: desk,
        minutes: 30,
        since: r.int(2, 30),
      });
      const heads = b.choose(b.pool('heads'), r.int(3, 6), index);
      b.series({
        kind: 'internal',
        title: 'Budget planning',
        organizer: index,
        invitees: heads,
        minutes: 60,
        interval: 2,
        since: r.int(0, 10),
      });
      const team =
        person.reports.length > 0 ? person.reports : b.choose(b.pool('finance'), 2, index);
      b.series({
        kind: 'team',
        title: 'Month-end close',
        organizer: index,
        invitees: team,
        minutes: 60,
        monthly: -1,
        days: [4],
        since: r.int(1, 12),
      });
    } else if (r.chance(0.3) && b.weekCount >= 4) {
      const [firm, domain] = AUDITORS;
      const auditors = [0, 1].map(() => {
        const name = randomName(r);
        return b.guest({
          email: `${mailboxPart(name.first)}.${mailboxPart(name.last)}@${domain}`,
          name: `${name.first} ${name.last}`,
        });
      });
      const firstWeek = r.int(0, b.weekCount - 4);
      b.series({
        kind: 'external',
        title: `Audit walkthrough — ${firm}`,
        organizer: index,
        guests: auditors,
        minutes: 60,
        firstWeek,
        lastWeek: firstWeek + 4,
        byCount: true,
      });
    }
  }
  for (const person of b.people) {
    if (person.department === 'People' && person.role === 'Recruiter') {
      const hiring = b.choose(b.pool('managers'), r.int(2, 3), person.index);
      b.series({
        kind: 'internal',
        title: 'Hiring sync',
        organizer: person.index,
        invitees: hiring,
        minutes: 30,
        since: r.int(1, 20),
      });
    }
    if (person.department === 'People' && person.role === 'HR Business Partner') {
      const managers = b.choose(b.pool('managers'), r.int(3, 5), person.index);
      b.series({
        kind: 'internal',
        title: 'Performance calibration',
        organizer: person.index,
        invitees: managers,
        minutes: 60,
        interval: 2,
        since: r.int(1, 20),
      });
    }
    if (person.department === 'Marketing' && person.level === 'individual' && r.chance(0.4)) {
      const [agency, domain] = r.pick(AGENCIES);
      const guests = [0, 1].map(() => {
        const name = randomName(r);
        return b.guest({
          email: `${mailboxPart(name.first)}@${domain}`,
          name: `${name.first} ${name.last}`,
        });
      });
      b.series({
        kind: 'external',
        title: `Agency sync — ${agency}`,
        organizer: person.index,
        guests,
        minutes: 30,
        since: r.int(2, 20),
      });
    }
    if (person.role === 'Chief Executive Officer') {
      const invitees = b.people
        .filter((p) => p.level === 'executive' && p.index !== person.index)
        .map((p) => p.index);
      b.series({
        kind: 'internal',
        title: 'Board prep: FY plan',
        organizer: person.index,
        invitees: invitees.slice(0, 3),
        minutes: 60,
        interval: 2,
        since: r.int(0, 8),
      });
    }
  }
}
