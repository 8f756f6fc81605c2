// The market work each product, product marketing and marketing role organises, with the chance
// they do and whom they invite: roadmap and pricing sessions, launches, webinars, events, content.
import type { Person } from '../people.js';
import type { Builder } from './builder.js';
import type { MeetingKind } from './meeting-model.js';
import { AREAS, EBOOK_TOPICS } from './topics.js';

export interface MarketPlan {
  title: string;
  minutes: number;
  interval?: number;
  monthly?: number;
  sellers: [number, number];
  /** Chance of a customer success manager too. */
  cs?: number;
  extras?: readonly (readonly [string, number])[];
  lastWeek?: number;
  kind?: MeetingKind;
}

/** The series `person` may organise, each with the chance they do. */
export function marketPlans(b: Builder, person: Person): [number, MarketPlan][] {
  const r = b.random;
  const area = AREAS[person.index % AREAS.length] ?? 'Platform';
  const launchEnds = () => Math.max(3, b.weekCount - r.int(1, 4));
  switch (person.department) {
    case 'Product Management':
      return [
        [
          0.9,
          {
            title: `Roadmap planning — ${area}`,
            minutes: 60,
            sellers: [5, 7],
            cs: 0.5,
            extras: [
              ['engineeringLeads', 1],
              ['pmm', 1],
            ],
          },
        ],
        [
          0.5,
          {
            title: r.chance(0.5) ? 'Pricing strategy' : `Pricing strategy: ${area} add-on`,
            minutes: 60,
            interval: 2,
            sellers: [4, 5],
            extras: [
              ['salesLeads', 1],
              ['finance', 1],
            ],
          },
        ],
        [0.8, { title: 'Feature request triage with Sales', minutes: 30, sellers: [3, 4] }],
        [
          0.5,
          {
            title: 'Q3 launch planning',
            minutes: 45,
            sellers: [3, 4],
            extras: [
              ['pmm', 1],
              ['marketing', 1],
            ],
            lastWeek: launchEnds(),
          },
        ],
        [
          0.3,
          {
            title: 'Customer advisory board prep',
            minutes: 45,
            interval: 2,
            sellers: [2, 3],
            cs: 1,
          },
        ],
        [0.6, { title: 'Win/loss review', minutes: 45, sellers: [3, 4] }],
      ];
    case 'Product Marketing':
      return [
        [
          0.9,
          {
            title: 'Webinar deck review',
            minutes: 60,
            interval: r.int(1, 2),
            sellers: [4, 5],
            extras: [['marketing', 1]],
          },
        ],
        [
          0.6,
          {
            title: 'Q3 launch planning: messaging',
            minutes: 60,
            sellers: [4, 5],
            extras: [['pm', 1]],
            lastWeek: launchEnds(),
          },
        ],
        [
          0.45,
          {
            title: 'Competitive positioning strategy',
            minutes: 45,
            interval: 2,
            sellers: [3, 4],
            extras: [['se', 1]],
          },
        ],
        [0.6, { title: 'Pitch deck refresh', minutes: 45, sellers: [3, 4] }],
        [0.5, { title: 'Sales presentation review', minutes: 60, interval: 2, sellers: [4, 5] }],
      ];
    case 'Marketing':
      switch (person.role) {
        case 'Event Marketing Manager':
          return [
            [
              0.95,
              {
                title: 'Trade show booth planning',
                minutes: 60,
                interval: 2,
                sellers: [4, 5],
                extras: [['pmm', 1]],
              },
            ],
            [0.6, { title: 'Industry events strategy', minutes: 60, monthly: 2, sellers: [3, 4] }],
            [
              0.6,
              { title: 'Conference sponsorship review', minutes: 45, interval: 2, sellers: [3, 4] },
            ],
          ];
        case 'Content Marketing Manager':
          return [
            [
              0.9,
              {
                title: `Ebook review: ${r.pick(EBOOK_TOPICS)}`,
                minutes: 45,
                interval: 2,
                sellers: [3, 4],
              },
            ],
            [
              0.5,
              {
                title: 'Customer case study planning',
                minutes: 45,
                monthly: 3,
                sellers: [2, 3],
                cs: 1,
              },
            ],
            [
              0.5,
              { title: 'Whitepaper outline review', minutes: 45, interval: 2, sellers: [3, 4] },
            ],
          ];
        case 'Demand Generation Manager':
          return [
            [
              0.9,
              {
                title: 'Campaign planning',
                minutes: 45,
                sellers: [3, 4],
                extras: [['salesLeads', 1]],
              },
            ],
            [0.4, { title: 'Lead handoff review', minutes: 30, sellers: [3, 4] }],
          ];
        case 'Marketing Manager':
          return [
            [0.7, { title: 'Webinar dry run', minutes: 60, interval: 2, sellers: [3, 4] }],
            [0.6, { title: 'Marketing & Sales alignment', minutes: 30, sellers: [3, 4] }],
          ];
        default:
          return [
            [
              0.8,
              {
                title: 'Marketing & Sales sync',
                minutes: 45,
                interval: 2,
                sellers: [0, 1],
                extras: [['salesLeads', 3]],
              },
            ],
          ];
      }
    case 'Executive':
    case 'Sales':
    case 'Sales Engineering':
    case 'Customer Success':
    case 'Engineering':
    case 'Finance':
    case 'People':
      return [];
  }
}
