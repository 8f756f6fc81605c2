// Market-oriented series: product managers, product marketers and marketers organise them and
// invite salespeople (PRODUCT.md rule 9), who are picked least loaded first.
import type { Person } from '../people.js';
import type { Builder } from './builder.js';
import type { MarketPlan } from './market-plans.js';
import { marketPlans } from './market-plans.js';

/** A series a market-oriented person organises and salespeople are invited to (PRODUCT.md rule 9). */
function marketSeries(b: Builder, organizer: Person, plan: MarketPlan): void {
  const r = b.random;
  const sellers = b.choose(b.pool('sales'), r.int(...plan.sellers), organizer.index, [], b.loads);
  if (plan.cs !== undefined && r.chance(plan.cs))
    sellers.push(...b.choose(b.pool('cs'), 1, organizer.index, sellers, b.loads));
  const extras: number[] = [];
  for (const [pool, count] of plan.extras ?? []) {
    extras.push(...b.choose(b.pool(pool), count, organizer.index, [...sellers, ...extras]));
  }
  const kind = plan.kind ?? 'market';
  const meeting = b.series({
    kind,
    title: plan.title,
    organizer: organizer.index,
    invitees: [...sellers, ...extras],
    minutes: plan.minutes,
    interval: plan.interval,
    monthly: plan.monthly,
    since: plan.lastWeek === undefined ? r.int(0, 20) : 0,
    firstWeek: plan.lastWeek === undefined ? 0 : r.int(0, 2),
    lastWeek: plan.lastWeek,
    room: 0.3,
    guestPool: kind === 'market' ? b.pool('sellers') : undefined,
  });
  if (meeting !== null) {
    const perWeek = plan.monthly !== undefined ? 0.25 : 1 / (plan.interval ?? 1);
    b.addMarketLoad(sellers, (plan.minutes / 60) * perWeek);
  }
}

/** Market series for product, product marketing and marketing people; managers organise fewer. */
export function marketWork(b: Builder): void {
  const r = b.random;
  for (const name of ['pm', 'pmm', 'marketing']) {
    for (const index of b.pool(name)) {
      const person = b.person(index);
      const scale = person.level === 'individual' ? 1 : person.level === 'manager' ? 0.7 : 0.4;
      for (const [chance, plan] of marketPlans(b, person))
        if (r.chance(chance * scale)) marketSeries(b, person, plan);
    }
  }
}
