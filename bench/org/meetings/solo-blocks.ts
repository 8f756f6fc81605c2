// Solo blocks people book in each week's gaps, by role: prospecting, deck and content work,
// PRDs, reconciliations, sourcing, catch-up.
import type { Builder } from './builder.js';
import { AREAS, EBOOK_TOPICS, commaList } from './topics.js';

const COMPETITORS = commaList('Vexa, Planbright, Stratify, Orbitly');

const SALES_SOLO: readonly (readonly [string, number])[] = [
  ['Update pitch deck', 3],
  ['Build product presentation for {account}', 3],
  ['Write ebook: {topic}', 2],
  ['Research industry events for next quarter', 1],
  ['Customize demo slides', 2],
  ['Draft customer case study', 1],
];

/** Solo blocks people book in the gaps, by role; skipped when the week has no room. */
export function soloBlocks(b: Builder, week: number): void {
  const r = b.random;
  for (const person of b.people) {
    const block = (title: string, minutes: number) =>
      b.oneOff({
        kind: 'solo',
        title,
        anchor: person.index,
        minutes,
        week,
        solo: true,
        maxCost: 1,
        earliest: 510,
        latest: 1080,
      });
    switch (person.department) {
      case 'Sales': {
        const prospecting: Record<string, [number, number]> = {
          'Sales Representative': [4, 5],
          'Account Executive': [2, 3],
          'Account Manager': [1, 2],
        };
        const [lo, hi] = prospecting[person.role] ?? [0, 0];
        for (let i = r.int(lo, hi); i > 0; i--) block('Prospecting', r.pick([60, 90, 120]));
        if (person.level !== 'individual') {
          block('Forecast prep', 60);
          break;
        }
        for (let i = r.int(2, 3); i > 0; i--) {
          const title = r
            .weighted(SALES_SOLO)
            .replace('{account}', b.accountOf(person.index).name)
            .replace('{topic}', r.pick(EBOOK_TOPICS));
          block(title, r.pick([60, 90]));
        }
        break;
      }
      case 'Sales Engineering':
        for (let i = r.int(1, 2); i > 0; i--) block('Demo environment prep', r.pick([60, 90]));
        if (r.chance(0.5)) block('RFP responses', 60);
        break;
      case 'Customer Success':
        block('Account health review', 60);
        if (r.chance(0.5)) block('Renewal prep', 60);
        break;
      case 'Product Management':
        block(`Write PRD: ${AREAS[person.index % AREAS.length] ?? 'Platform'}`, r.pick([90, 120]));
        if (r.chance(0.5)) block('Competitive research', 60);
        if (r.chance(0.4)) block('Customer interview synthesis', 60);
        break;
      case 'Product Marketing':
        block(`Write battlecard: ${r.pick(COMPETITORS)}`, 90);
        block('Update sales deck', 90);
        if (r.chance(0.6)) block('Draft launch blog post', 60);
        break;
      case 'Marketing':
        block('Write blog post', r.pick([60, 90]));
        block(r.pick(['Social posts', 'Email campaign build', 'Website updates']), 90);
        block(
          r.pick([
            'Event logistics',
            'Campaign analytics',
            'Newsletter draft',
            'Landing page copy',
          ]),
          60,
        );
        if (r.chance(0.5)) block('Campaign analytics', 60);
        break;
      case 'Engineering':
        for (let i = r.int(0, 2); i > 0; i--) block('Code review', 60);
        break;
      case 'Finance':
        block('Reconciliations', 120);
        for (let i = r.int(1, 2); i > 0; i--) block('Invoice review', 60);
        block(r.pick(['Forecast model update', 'Expense audit', 'Cash flow review']), 90);
        break;
      case 'People':
        if (person.role === 'Recruiter') for (let i = 2; i > 0; i--) block('Sourcing', 90);
        else
          for (let i = r.int(2, 3); i > 0; i--)
            block(r.pick(['Policy review', 'Employee case notes', 'Benefits admin']), 60);
        break;
      case 'Executive':
        if (r.chance(0.5)) block('Prep: board deck', 60);
        for (let i = r.int(2, 4); i > 0; i--) block('Email catch-up', 60);
        break;
    }
  }
}
