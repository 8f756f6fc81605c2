// Recurring working meetings inside each department, and executives' monthly skip-levels.
import type { Builder } from './builder.js';
import { addTo } from './colleagues.js';
import { commaList } from './topics.js';

/** Recurring working meetings inside each department, and how many each person organises. */
const DEPARTMENT_SERIES: Record<
  string,
  { titles: readonly string[]; organises: [number, number] }
> = {
  Executive: {
    titles: commaList(
      'Investor relations sync, Strategy review, Hiring plan review, Culture committee, Pricing committee',
    ),
    organises: [2, 3],
  },
  Sales: {
    titles: commaList('Deal review, Sales ops sync, Account mapping session, Pipeline hygiene'),
    organises: [0, 1],
  },
  'Sales Engineering': {
    titles: commaList('POC review, Demo environment sync, RFP review'),
    organises: [1, 1],
  },
  'Customer Success': {
    titles: commaList(
      'Support escalation sync, Renewals forecast, Customer health scoring review, Churn post-mortem',
    ),
    organises: [1, 1],
  },
  'Product Management': {
    titles: commaList(
      'Design review, Data & analytics sync, UX research readout, Product metrics review',
    ),
    organises: [1, 2],
  },
  'Product Marketing': {
    titles: commaList(
      'Analyst relations sync, Messaging review, Launch tiering review, Pricing page review',
    ),
    organises: [2, 3],
  },
  Marketing: {
    titles: commaList(
      'Content calendar review, Website sync, Campaign performance review, Brand review, Marketing ops sync, Social media sync',
    ),
    organises: [2, 4],
  },
  Engineering: {
    titles: commaList(
      'Design review, Incident review, Tech debt triage, API guild, Release readiness, Frontend guild, Data platform sync',
    ),
    organises: [1, 2],
  },
  Finance: {
    titles: commaList(
      'Billing ops sync, Forecast model review, Vendor payments review, Revenue recognition review',
    ),
    organises: [2, 3],
  },
  People: {
    titles: commaList(
      'Recruiting pipeline review, Benefits vendor sync, Engagement survey review, Compensation review',
    ),
    organises: [2, 4],
  },
};

/** Each person's working series inside their department, then executives' skip-levels. */
export function departmentSeries(b: Builder): void {
  const r = b.random;
  const byDepartment = new Map<string, number[]>();
  for (const person of b.people) addTo(byDepartment, person.department, person.index);
  for (const person of b.people) {
    const spec = DEPARTMENT_SERIES[person.department];
    const colleagues = byDepartment.get(person.department) ?? [];
    if (spec === undefined || colleagues.length < 2) continue;
    for (let i = r.int(...spec.organises); i > 0; i--) {
      const invitees = b.choose(colleagues, r.int(2, 5), person.index);
      const interval = r.chance(0.6) ? 1 : 2;
      b.series({
        kind: 'internal',
        title: r.pick(spec.titles),
        organizer: person.index,
        invitees,
        minutes: r.pick([30, 45, 60]),
        interval,
        since: r.int(1, 40),
        room: 0.3,
      });
    }
  }
  // Executives meet the managers two levels down once a month.
  for (const exec of b.people) {
    if (exec.level !== 'executive') continue;
    const skips = exec.reports.flatMap((p) => b.person(p).reports).slice(0, 6);
    for (const skip of skips) {
      b.series({
        kind: 'one-on-one',
        title: `Skip-level 1:1: ${b.person(skip).name}`,
        organizer: exec.index,
        invitees: [skip],
        minutes: 45,
        monthly: r.int(1, 4),
        since: r.int(1, 12),
        answers: 'firm',
      });
    }
  }
}
