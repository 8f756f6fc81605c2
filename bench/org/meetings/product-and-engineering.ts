// Product and engineering series: architecture reviews, on-call handovers, backlog refinement and
// sprint reviews.
import type { Builder } from './builder.js';

/** Engineering leads' reviews and handovers; product managers' refinement and sprint reviews. */
export function productAndEngineering(b: Builder): void {
  const r = b.random;
  const architects = [
    ...b.pool('engineers').filter((p) => b.person(p).role === 'Senior Software Engineer'),
    ...b.pool('engineeringLeads'),
  ];
  for (const lead of b.pool('engineeringLeads')) {
    const person = b.person(lead);
    if (person.level === 'head' || person.level === 'director') {
      const invitees = b.choose(architects, r.int(6, 10), lead);
      b.series({
        kind: 'internal',
        title: 'Architecture review',
        organizer: lead,
        invitees,
        minutes: 60,
        since: r.int(4, 40),
        room: 0.5,
      });
    } else if (person.reports.length >= 2 && r.chance(0.6)) {
      const pair = r.shuffle([...person.reports]).slice(0, 2);
      b.series({
        kind: 'internal',
        title: 'On-call handover',
        organizer: lead,
        invitees: pair,
        minutes: 30,
        since: r.int(4, 40),
      });
    }
  }
  for (const pm of b.pool('pm')) {
    if (r.chance(0.7)) {
      const invitees = b.choose(b.pool('engineers'), r.int(3, 6), pm);
      b.series({
        kind: 'internal',
        title: 'Backlog refinement',
        organizer: pm,
        invitees,
        minutes: 60,
        since: r.int(2, 30),
      });
    }
    if (r.chance(0.5)) {
      const invitees = b.choose(b.pool('engineers'), r.int(4, 8), pm);
      b.series({
        kind: 'internal',
        title: 'Sprint review',
        organizer: pm,
        invitees,
        minutes: 45,
        interval: 2,
        since: r.int(2, 30),
      });
    }
  }
}
