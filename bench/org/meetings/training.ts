// Training series: sales enablement by product marketing, product training, negotiation and
// secure-coding workshops, and new-hire onboarding cohorts.
import type { Builder } from './builder.js';
import { AREAS, commaList } from './topics.js';

const ENABLEMENT_TOPICS = commaList(`
  competitive battlecards, new pricing tiers, objection handling, discovery questions,
  ROI calculator, the analytics add-on, security questionnaires, multi-year deals
`);

/** Training series for customer-facing people and teams, and onboarding for new hires. */
export function training(b: Builder): void {
  const r = b.random;
  const audience = (near: number) => b.choose(b.pool('customerFacing'), r.int(6, 12), near);
  for (const pmm of b.pool('pmm')) {
    if (!r.chance(0.9)) continue;
    b.series({
      kind: 'training',
      title: `Sales enablement: ${r.pick(ENABLEMENT_TOPICS)}`,
      organizer: pmm,
      invitees: audience(pmm),
      minutes: 60,
      interval: 2,
      since: r.int(0, 10),
      room: 0.5,
    });
  }
  for (const pm of b.pool('pm')) {
    if (!r.chance(0.5)) continue;
    b.series({
      kind: 'training',
      title: `Product training: ${AREAS[pm % AREAS.length] ?? 'Platform'}`,
      organizer: pm,
      invitees: audience(pm),
      minutes: 60,
      monthly: 2,
      days: [1],
      since: r.int(0, 6),
    });
  }
  for (const lead of b.pool('salesLeads')) {
    const team = b.person(lead).reports.filter((p) => b.person(p).level === 'individual');
    if (team.length < 2 || !r.chance(0.5)) continue;
    b.series({
      kind: 'training',
      title: 'Negotiation workshop',
      organizer: lead,
      invitees: team,
      minutes: 90,
      monthly: 3,
      since: r.int(0, 6),
    });
  }
  for (const lead of b.pool('engineeringLeads')) {
    const team = b.person(lead).reports;
    if (team.length < 2 || !r.chance(0.25)) continue;
    b.series({
      kind: 'training',
      title: 'Secure coding training',
      organizer: lead,
      invitees: team,
      minutes: 60,
      monthly: 4,
      since: r.int(0, 6),
    });
  }
  const hosts = b.people.filter((p) => p.department === 'People').map((p) => p.index);
  const cohorts = Math.max(1, Math.round(b.people.length / 60));
  for (let i = 0; i < cohorts && hosts.length > 0 && b.weekCount >= 3; i++) {
    const host = r.pick(hosts);
    const firstWeek = r.int(0, b.weekCount - 3);
    b.series({
      kind: 'training',
      title: 'New hire onboarding',
      organizer: host,
      invitees: b.choose(b.pool('everyone'), r.int(3, 6), host),
      minutes: 60,
      firstWeek,
      lastWeek: firstWeek + 3,
      byCount: true,
      room: 1,
    });
  }
}
