// Each week's other one-off meetings: case study interviews with customers, candidate interviews,
// pairing sessions, vendor calls and optional lunch & learns.
import { mailboxPart, randomName } from '../people/names.js';
import type { Builder } from './builder.js';
import { AREAS } from './topics.js';

const VENDORS: readonly [string, string][] = [
  ['Loglytics', 'loglytics.example'],
  ['CloudForge', 'cloudforge.example'],
  ['Eventora', 'eventora.example'],
];

/** The one-offs of `week` other than customer calls. */
export function otherOneOffs(b: Builder, week: number): void {
  const r = b.random;
  for (const person of b.people) {
    const index = person.index;
    if (person.department === 'Product Marketing' && r.chance(0.7)) {
      const seller = b.choose(b.pool('customerFacing'), 1, index)[0];
      if (seller === undefined) continue;
      const account = b.accountOf(seller);
      b.oneOff({
        kind: 'customer',
        title: `Case study interview — ${account.name}`,
        anchor: index,
        invitees: [seller],
        guests: b.contacts(account, 1, 1),
        minutes: 45,
        week,
      });
    }
    if (person.role === 'Recruiter') {
      for (let i = r.int(6, 10); i > 0; i--) {
        const hiringSales = r.chance(0.2);
        const pool = hiringSales ? b.pool('salesLeads') : b.pool('engineers');
        const panel = b.choose(pool.length > 0 ? pool : b.pool('everyone'), r.int(1, 2), index);
        const name = randomName(r);
        const candidate = b.guest({
          email: `${mailboxPart(name.first)}.${mailboxPart(name.last)}@mail.example`,
          name: `${name.first} ${name.last}`,
        });
        const role = hiringSales ? 'Account Executive' : 'Software Engineer';
        b.oneOff({
          kind: 'interview',
          title: `Interview: ${candidate.name} (${role})`,
          anchor: index,
          invitees: panel,
          guests: [candidate],
          minutes: r.pick([45, 60]),
          week,
          room: 0.5,
        });
      }
    }
    if (person.department === 'Engineering' && person.level === 'individual') {
      for (let i = r.int(0, 2); i > 0; i--) {
        const pair = b.choose(b.pool('engineers'), 1, index);
        b.oneOff({
          kind: 'internal',
          title: r.pick(['Pairing session', 'Code walkthrough', 'Debugging session']),
          anchor: index,
          invitees: pair,
          minutes: 60,
          week,
        });
      }
    }
    if (person.department === 'Engineering' && r.chance(0.04)) {
      const [vendor, domain] = r.pick(VENDORS);
      const guest = b.guest({ email: `sales@${domain}`, name: `${vendor} Sales` });
      b.oneOff({
        kind: 'external',
        title: `Vendor call: ${vendor}`,
        anchor: index,
        guests: [guest],
        minutes: 30,
        week,
      });
    }
    if (person.department === 'Product Management' && r.chance(0.1)) {
      const invitees = b.choose(b.pool('everyone'), r.int(5, 10), index);
      b.oneOff({
        kind: 'training',
        title: `Optional: Lunch & learn — ${AREAS[index % AREAS.length] ?? 'Platform'}`,
        anchor: index,
        invitees,
        minutes: 60,
        week,
        earliest: 720,
        latest: 780,
        transparent: true,
      });
    }
  }
}
