// The sales kickoff: a two-day event written as one timed event.
import type { Builder } from './builder.js';
import { DAY_MS, MINUTE_MS, WEEK_MS } from './meeting-model.js';

/** A sales kickoff: a timed event longer than 24 hours, which PRODUCT.md rule 2 skips. */
export function salesKickoff(b: Builder): void {
  const r = b.random;
  const head =
    b.people.find((p) => p.role === 'VP Sales') ?? b.people.find((p) => p.department === 'Sales');
  if (head === undefined || b.weekCount < 3) return;
  const leads = b
    .pool('salesLeads')
    .filter((p) => p !== head.index)
    .slice(0, 12);
  const cro = b.people.filter((p) => p.role === 'Chief Revenue Officer').map((p) => p.index);
  const invitees = [...(leads.length > 0 ? leads : b.pool('sellers').slice(0, 12)), ...cro];
  const start = b.start + 2 * WEEK_MS + DAY_MS + 9 * 60 * MINUTE_MS;
  const year = new Date(b.start).getUTCFullYear();
  const meeting = b.oneOff({
    kind: 'kickoff',
    title: `Sales kickoff ${year}`,
    anchor: head.index,
    invitees,
    minutes: 60,
    week: 2,
  });
  if (meeting === null) return;
  meeting.start = start;
  meeting.end = start + 32 * 60 * MINUTE_MS;
  meeting.location = 'Marriott Marquis, 1535 Broadway, New York, NY 10036';
  meeting.description = `Two days, one team: wins, pipeline; plans for the year.\nDress code: casual, comfortable shoes.\n${r.pick(['Agenda to follow.', 'Agenda: https://docs.example/sko'])}`;
}
