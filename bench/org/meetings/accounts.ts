// The customers the org sells to: accounts with a few contacts each, and which accounts each
// customer-facing person works on.
import type { Person } from '../people.js';
import { mailboxPart, randomName } from '../people/names.js';
import type { Random } from '../random.js';
import { commaList } from './topics.js';

const COMPANIES = commaList(`
  Globex, Initech, Umbrella Corporation, Hooli, Northwind Traders, Contoso, Fabrikam,
  Tailspin Toys, Wide World Importers, Adventure Works, Litware, Proseware, Woodgrove Bank,
  Coho Winery, Alpine Ski House, Blue Yonder Airlines, Fourth Coffee, Lucerne Publishing,
  Trey Research, Wingtip Toys, Humongous Insurance, Munson's Pickles, Müller Maschinenbau,
  Société Lumière, Ñandú Logística, Østfold Marine, Café Olé Roasters, Zürich Précision,
  Kraków Software, Łódź Textiles, São Paulo Agro, Nordisk Fjord Freight, İstanbul Teknoloji,
  Smørrebrød Foods, Vandelay Industries, Massive Dynamic, Soylent, Cyberdyne Systems
`);
const ADJECTIVES = commaList(`
  Blue, Silver, Northern, Summit, Granite, Coastal, Bright, Iron, Cedar, Maple, Pioneer,
  Quantum, Harbor, Evergreen, Crescent, Atlas, Vertex, Nimbus, Solar, Polar
`);
const NOUNS = commaList(`
  Ridge, Valley, Peak, River, Forge, Field, Bridge, Stone, Lake, Gate, Point, Crest, Works,
  Labs, Systems, Logistics, Health, Foods, Energy, Freight
`);
const SUFFIXES = commaList('Inc, Ltd, GmbH, AG, SA, LLC, Group, Holdings, S.L., Pty Ltd');

export interface Account {
  name: string;
  domain: string;
  contacts: { email: string; name: string }[];
}

function makeAccounts(count: number, random: Random): Account[] {
  const accounts: Account[] = [];
  const domains = new Set<string>();
  for (let i = 0; i < count; i++) {
    const name =
      i < COMPANIES.length
        ? (COMPANIES[i] as string)
        : `${random.pick(ADJECTIVES)} ${random.pick(NOUNS)} ${random.pick(SUFFIXES)}`;
    const words = name.split(' ').filter((word) => !SUFFIXES.includes(word));
    const stem = words.map(mailboxPart).join('');
    let domain = `${stem}.example`;
    for (let n = 2; domains.has(domain); n++) domain = `${stem}${n}.example`;
    domains.add(domain);
    const contacts: { email: string; name: string }[] = [];
    for (let c = random.int(2, 4); c > 0; c--) {
      const person = randomName(random);
      const mailbox = `${mailboxPart(person.first)}.${mailboxPart(person.last)}`;
      if (contacts.some((contact) => contact.email.startsWith(`${mailbox}@`))) continue;
      contacts.push({ email: `${mailbox}@${domain}`, name: `${person.first} ${person.last}` });
    }
    if (random.chance(0.25))
      contacts.push({ email: `buyer@${domain}`, name: `${name} Procurement` });
    accounts.push({ name, domain, contacts });
  }
  return accounts;
}

/** Accounts each customer-facing person works on, by person: a few shared between colleagues. */
export function assignAccounts(
  people: readonly Person[],
  customerFacing: readonly number[],
  random: Random,
): Map<number, Account[]> {
  const r = random;
  const perRole: Record<string, [number, number]> = {
    'Account Executive': [10, 14],
    'Sales Representative': [16, 20],
    'Account Manager': [5, 7],
    'Customer Success Manager': [6, 8],
  };
  const wanted = customerFacing.map((p) => {
    const [lo, hi] = perRole[(people[p] as Person).role] ?? [4, 6];
    return [p, r.int(lo, hi)] as const;
  });
  const total = wanted.reduce((sum, [, count]) => sum + count, 0);
  const accounts = makeAccounts(Math.max(COMPANIES.length, Math.ceil(total / 2)), r);
  const byPerson = new Map<number, Account[]>();
  for (const [p, count] of wanted) {
    const mine: Account[] = [];
    for (let i = 0; i < count; i++) mine.push(r.pick(accounts));
    byPerson.set(p, mine);
  }
  return byPerson;
}
