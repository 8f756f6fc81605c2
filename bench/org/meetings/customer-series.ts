// Recurring customer meetings: account managers' syncs, customer success check-ins and onboarding
// sessions, account executives' deal syncs — some sent by the customer.
import type { Builder } from './builder.js';
import type { SeriesPlan } from './place-series.js';

/** Recurring meetings with their accounts for individual account managers, CSMs and AEs. */
export function customerSeries(b: Builder): void {
  const r = b.random;
  const company = b.companyName;
  for (const index of b.pool('customerFacing')) {
    const person = b.person(index);
    if (person.level !== 'individual') continue;
    const sync = (title: string, minutes: number, extra: Partial<SeriesPlan> = {}) => {
      const account = b.accountOf(index);
      const guests = b.contacts(account, 1, 2);
      const fromCustomer = r.chance(0.2) ? guests.shift() : undefined;
      b.series({
        kind: 'customer',
        title: title.replace('{account}', account.name).replace('{company}', company),
        organizer: index,
        externalOrganizer: fromCustomer,
        guests,
        minutes,
        since: r.int(1, 30),
        ...extra,
      });
    };
    switch (person.role) {
      case 'Account Manager':
        for (let i = r.int(5, 7); i > 0; i--) {
          if (r.chance(0.5)) sync('{account} weekly sync', 30);
          else
            sync(r.pick(['Bi-weekly sync: {account}', '{account} <> {company} bi-weekly']), 45, {
              interval: 2,
            });
        }
        break;
      case 'Customer Success Manager':
        for (let i = r.int(7, 10); i > 0; i--) {
          sync('{account} check-in', r.pick([30, 45]), { interval: r.chance(0.7) ? 1 : 2 });
        }
        for (let i = r.int(1, 2); i > 0 && b.weekCount >= 4; i--) {
          const firstWeek = r.int(0, b.weekCount - 4);
          sync('Onboarding session — {account}', 60, {
            firstWeek,
            since: 0,
            lastWeek: firstWeek + 4,
            byCount: true,
          });
        }
        break;
      case 'Account Executive':
        for (let i = r.int(0, 2); i > 0; i--)
          sync('{account} — weekly deal sync', 30, {
            since: r.int(1, 8),
            lastWeek: r.int(3, b.weekCount),
          });
        break;
      default:
        break;
    }
  }
}
