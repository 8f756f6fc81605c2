// Who works at the generated org: departments and roles in realistic proportions, names (many
// non-ASCII), unique e-mails, a manager tree (department → head → executive → CEO) and where each
// person works — a time zone with its current daylight-saving rules, and the calendar app whose
// export quirks their file will show.
import type { Random } from './random.js';

// ---------------------------------------------------------------------------------------------
// Time zones. Offsets are minutes east of UTC. The rules are the current ones (US since 2007, EU
// since 1996, New South Wales since 2008); the generated range never reaches an older rule.

export type ZoneId =
  | 'America/New_York'
  | 'America/Chicago'
  | 'America/Los_Angeles'
  | 'Europe/London'
  | 'Europe/Berlin'
  | 'Asia/Kolkata'
  | 'Australia/Sydney';

export type HolidayRegion = 'us' | 'uk' | 'de' | 'in' | 'au';

/** A yearly switch: the `nth` Sunday of `month` (-1 = last) at `localMinute` of the old offset. */
export interface ZoneSwitch {
  month: number;
  nth: number;
  localMinute: number;
}

export interface ZoneInfo {
  id: ZoneId;
  /** The CLDR windowsZones name Outlook writes as TZID. */
  windows: string;
  region: HolidayRegion;
  standard: { offset: number; abbreviation: string };
  daylight: { offset: number; abbreviation: string; start: ZoneSwitch; end: ZoneSwitch } | null;
}

const US_START: ZoneSwitch = { month: 3, nth: 2, localMinute: 120 };
const US_END: ZoneSwitch = { month: 11, nth: 1, localMinute: 120 };

export const ZONES: Record<ZoneId, ZoneInfo> = {
  'America/New_York': {
    id: 'America/New_York',
    windows: 'Eastern Standard Time',
    region: 'us',
    standard: { offset: -300, abbreviation: 'EST' },
    daylight: { offset: -240, abbreviation: 'EDT', start: US_START, end: US_END },
  },
  'America/Chicago': {
    id: 'America/Chicago',
    windows: 'Central Standard Time',
    region: 'us',
    standard: { offset: -360, abbreviation: 'CST' },
    daylight: { offset: -300, abbreviation: 'CDT', start: US_START, end: US_END },
  },
  'America/Los_Angeles': {
    id: 'America/Los_Angeles',
    windows: 'Pacific Standard Time',
    region: 'us',
    standard: { offset: -480, abbreviation: 'PST' },
    daylight: { offset: -420, abbreviation: 'PDT', start: US_START, end: US_END },
  },
  'Europe/London': {
    id: 'Europe/London',
    windows: 'GMT Standard Time',
    region: 'uk',
    standard: { offset: 0, abbreviation: 'GMT' },
    daylight: {
      offset: 60,
      abbreviation: 'BST',
      start: { month: 3, nth: -1, localMinute: 60 },
      end: { month: 10, nth: -1, localMinute: 120 },
    },
  },
  'Europe/Berlin': {
    id: 'Europe/Berlin',
    windows: 'W. Europe Standard Time',
    region: 'de',
    standard: { offset: 60, abbreviation: 'CET' },
    daylight: {
      offset: 120,
      abbreviation: 'CEST',
      start: { month: 3, nth: -1, localMinute: 120 },
      end: { month: 10, nth: -1, localMinute: 180 },
    },
  },
  'Asia/Kolkata': {
    id: 'Asia/Kolkata',
    windows: 'India Standard Time',
    region: 'in',
    standard: { offset: 330, abbreviation: 'IST' },
    daylight: null,
  },
  'Australia/Sydney': {
    id: 'Australia/Sydney',
    windows: 'AUS Eastern Standard Time',
    region: 'au',
    standard: { offset: 600, abbreviation: 'AEST' },
    daylight: {
      offset: 660,
      abbreviation: 'AEDT',
      start: { month: 10, nth: 1, localMinute: 120 },
      end: { month: 4, nth: 1, localMinute: 180 },
    },
  },
};

const DAY_MS = 86_400_000;

/** Local midnight (as UTC-style ms) of the nth `weekday` (0 = Monday) of a month; nth -1 = last. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = Date.UTC(year, month - 1, 1);
    const firstWeekday = (new Date(first).getUTCDay() + 6) % 7;
    return first + (((weekday - firstWeekday + 7) % 7) + (nth - 1) * 7) * DAY_MS;
  }
  const last = Date.UTC(year, month, 0);
  const lastWeekday = (new Date(last).getUTCDay() + 6) % 7;
  return last - ((lastWeekday - weekday + 7) % 7) * DAY_MS;
}

type Switches = { start: number; end: number } | null;

/** A memo: the switches are asked for on every conversion. */
const switchCache = new Map<ZoneInfo, Map<number, Switches>>();

/** The UTC instants a zone switches to daylight time and back in `year`. */
export function dstSwitches(zone: ZoneInfo, year: number): Switches {
  let byYear = switchCache.get(zone);
  if (byYear === undefined) {
    byYear = new Map();
    switchCache.set(zone, byYear);
  }
  const cached = byYear.get(year);
  if (cached !== undefined) return cached;
  const switches = computeSwitches(zone, year);
  byYear.set(year, switches);
  return switches;
}

function computeSwitches(zone: ZoneInfo, year: number): Switches {
  const dst = zone.daylight;
  if (dst === null) return null;
  const at = (s: ZoneSwitch, offset: number) =>
    nthWeekday(year, s.month, 6, s.nth) + (s.localMinute - offset) * 60_000;
  return { start: at(dst.start, zone.standard.offset), end: at(dst.end, dst.offset) };
}

/** Minutes east of UTC in force at a UTC instant. */
export function offsetAt(zoneId: ZoneId, utcMs: number): number {
  const zone = ZONES[zoneId];
  const switches = dstSwitches(zone, new Date(utcMs).getUTCFullYear());
  if (switches === null || zone.daylight === null) return zone.standard.offset;
  const inDst =
    switches.start < switches.end
      ? utcMs >= switches.start && utcMs < switches.end
      : utcMs >= switches.start || utcMs < switches.end;
  return inDst ? zone.daylight.offset : zone.standard.offset;
}

/**
 * The instant of a wall-clock time. As RFC 5545 §3.3.5 reads it: a time in the spring gap takes
 * the offset from before the gap; a time that occurs twice means the first occurrence.
 */
export function toUtc(zoneId: ZoneId, localMs: number): number {
  const zone = ZONES[zoneId];
  if (zone.daylight !== null) {
    const asDaylight = localMs - zone.daylight.offset * 60_000;
    if (offsetAt(zoneId, asDaylight) === zone.daylight.offset) return asDaylight;
  }
  return localMs - zone.standard.offset * 60_000;
}

/** The wall-clock time (local ms) of a UTC instant. */
export function fromUtc(zoneId: ZoneId, utcMs: number): number {
  return utcMs + offsetAt(zoneId, utcMs) * 60_000;
}

// ---------------------------------------------------------------------------------------------
// Departments and roles.

export type Department =
  | 'Executive'
  | 'Sales'
  | 'Sales Engineering'
  | 'Customer Success'
  | 'Product Management'
  | 'Product Marketing'
  | 'Marketing'
  | 'Engineering'
  | 'Finance'
  | 'People';

/** PRODUCT.md: each role supports individual customers or the market (or neither). */
export type Orientation = 'customer' | 'market' | 'other';

export type CalendarApp = 'google' | 'outlook' | 'apple';

export type Level = 'executive' | 'head' | 'director' | 'manager' | 'individual';

interface DepartmentSpec {
  name: Department;
  orientation: Orientation;
  /** Share of the non-executive headcount. */
  share: number;
  min: number;
  head: string;
  director: string;
  manager: string;
  individuals: readonly (readonly [string, number])[];
  executive: string;
  zones: readonly (readonly [ZoneId, number])[];
  apps: readonly (readonly [CalendarApp, number])[];
}

const NY = 'America/New_York';
const CHI = 'America/Chicago';
const LA = 'America/Los_Angeles';
const LON = 'Europe/London';
const BER = 'Europe/Berlin';
const MUMBAI = 'Asia/Kolkata';
const SYD = 'Australia/Sydney';

const OFFICE_APPS = [
  ['google', 5],
  ['outlook', 4],
  ['apple', 1],
] as const;
const TECH_APPS = [
  ['google', 7],
  ['outlook', 1],
  ['apple', 2],
] as const;

// Sales engineering is deliberately thin (about one per ten salespeople): the essay's point is
// that product managers then fill the void.
const DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    name: 'Sales',
    orientation: 'customer',
    share: 0.27,
    min: 3,
    head: 'VP Sales',
    director: 'Sales Director',
    manager: 'Sales Manager',
    individuals: [
      ['Account Executive', 45],
      ['Sales Representative', 30],
      ['Account Manager', 25],
    ],
    executive: 'Chief Revenue Officer',
    zones: [
      [NY, 30],
      [CHI, 15],
      [LA, 20],
      [LON, 15],
      [BER, 12],
      [SYD, 8],
    ],
    apps: OFFICE_APPS,
  },
  {
    name: 'Sales Engineering',
    orientation: 'customer',
    share: 0.025,
    min: 1,
    head: 'Sales Engineering Manager',
    director: 'Sales Engineering Manager',
    manager: 'Sales Engineering Manager',
    individuals: [
      ['Sales Engineer', 60],
      ['Solutions Engineer', 40],
    ],
    executive: 'Chief Revenue Officer',
    zones: [
      [NY, 40],
      [LA, 30],
      [LON, 30],
    ],
    apps: OFFICE_APPS,
  },
  {
    name: 'Customer Success',
    orientation: 'customer',
    share: 0.085,
    min: 1,
    head: 'Director of Customer Success',
    director: 'Director of Customer Success',
    manager: 'Customer Success Lead',
    individuals: [['Customer Success Manager', 1]],
    executive: 'Chief Revenue Officer',
    zones: [
      [NY, 35],
      [CHI, 15],
      [LA, 20],
      [LON, 20],
      [BER, 10],
    ],
    apps: OFFICE_APPS,
  },
  {
    name: 'Product Management',
    orientation: 'market',
    share: 0.07,
    min: 2,
    head: 'VP Product',
    director: 'Director of Product Management',
    manager: 'Group Product Manager',
    individuals: [
      ['Product Manager', 70],
      ['Senior Product Manager', 30],
    ],
    executive: 'Chief Product Officer',
    zones: [
      [NY, 40],
      [LA, 30],
      [LON, 15],
      [BER, 15],
    ],
    apps: TECH_APPS,
  },
  {
    name: 'Product Marketing',
    orientation: 'market',
    share: 0.035,
    min: 1,
    head: 'Director of Product Marketing',
    director: 'Director of Product Marketing',
    manager: 'Product Marketing Lead',
    individuals: [['Product Marketing Manager', 1]],
    executive: 'Chief Marketing Officer',
    zones: [
      [NY, 60],
      [LA, 20],
      [LON, 20],
    ],
    apps: OFFICE_APPS,
  },
  {
    name: 'Marketing',
    orientation: 'market',
    share: 0.085,
    min: 1,
    head: 'VP Marketing',
    director: 'Marketing Director',
    manager: 'Marketing Team Lead',
    individuals: [
      ['Marketing Manager', 40],
      ['Content Marketing Manager', 20],
      ['Event Marketing Manager', 20],
      ['Demand Generation Manager', 20],
    ],
    executive: 'Chief Marketing Officer',
    zones: [
      [NY, 50],
      [LA, 20],
      [LON, 20],
      [BER, 10],
    ],
    apps: OFFICE_APPS,
  },
  {
    name: 'Engineering',
    orientation: 'other',
    share: 0.35,
    min: 2,
    head: 'VP Engineering',
    director: 'Director of Engineering',
    manager: 'Engineering Manager',
    individuals: [
      ['Software Engineer', 70],
      ['Senior Software Engineer', 20],
      ['QA Engineer', 10],
    ],
    executive: 'Chief Technology Officer',
    zones: [
      [LA, 30],
      [NY, 20],
      [BER, 25],
      [MUMBAI, 20],
      [LON, 5],
    ],
    apps: TECH_APPS,
  },
  {
    name: 'Finance',
    orientation: 'other',
    share: 0.03,
    min: 1,
    head: 'Controller',
    director: 'Finance Director',
    manager: 'Finance Manager',
    individuals: [
      ['Financial Analyst', 60],
      ['Accountant', 40],
    ],
    executive: 'Chief Financial Officer',
    zones: [
      [NY, 80],
      [LON, 20],
    ],
    apps: OFFICE_APPS,
  },
  {
    name: 'People',
    orientation: 'other',
    share: 0.04,
    min: 1,
    head: 'Head of People',
    director: 'People Director',
    manager: 'People Operations Manager',
    individuals: [
      ['Recruiter', 60],
      ['HR Business Partner', 40],
    ],
    executive: 'Chief People Officer',
    zones: [
      [NY, 60],
      [LA, 20],
      [LON, 20],
    ],
    apps: OFFICE_APPS,
  },
];

/** The revenue chief leads the customer-facing departments; the other executives support neither. */
function executiveOrientation(title: string): Orientation {
  return title === 'Chief Revenue Officer' ? 'customer' : 'other';
}

const EXECUTIVES = [
  'Chief Executive Officer',
  'Chief Revenue Officer',
  'Chief Product Officer',
  'Chief Marketing Officer',
  'Chief Technology Officer',
  'Chief Financial Officer',
  'Chief People Officer',
] as const;

/** Every role the generator uses, with the orientation PRODUCT.md gives it. */
export function orgRoles(): Record<string, Orientation> {
  const roles: Record<string, Orientation> = {};
  for (const title of EXECUTIVES) roles[title] = executiveOrientation(title);
  for (const spec of DEPARTMENTS) {
    for (const title of [spec.head, spec.director, spec.manager]) roles[title] = spec.orientation;
    for (const [title] of spec.individuals) roles[title] = spec.orientation;
  }
  return roles;
}

// ---------------------------------------------------------------------------------------------
// Names.

/** A comma-separated list, so the lists stay compact in source. */
function nameList(text: string): readonly string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

const FIRST_NAMES = nameList(`
  James, Mary, Olivia, Liam, Emma, Noah, Ava, Lucas, Sophia, Mateo, Isabella, Ethan, Mia,
  Amelia, Harper, Elijah, Aria, Benjamin, Chloé, Zoë, José, María, Sofía, Lucía, Martín,
  Andrés, Inés, Raúl, Ramón, Jürgen, Björn, Åsa, Søren, Mette, Ingrid, Håkon, Łukasz,
  Małgorzata, Zofia, Krzysztof, François, Hélène, Amélie, Renée, Noémie, Léa, Céline, Jérôme,
  Joël, Gaël, Siobhán, Seán, Aoife, Niamh, Ciarán, Priya, Arjun, Ananya, Rohan, Divya, Vikram,
  Aditi, Kavya, Rahul, Sanjay, Wei, Mei, Hiroshi, Yuki, Haruto, Sakura, Min-jun, Ji-woo,
  Seo-yeon, Thảo, Minh, Olumide, Chiamaka, Oluwaseun, Amara, Kwame, Ngozi, Fatima, Omar, Layla,
  Yusuf, Aisha, Mehmet, Ayşe, Emre, Zeynep, Dmitri, Anastasia, Katarína, Tomáš, Jiří, Dorota,
  Giulia, Luca, Matteo, Chiara, Francesca, Sebastián, Camila, Valentina, Daniel, Sarah, David,
  Laura, Michael, Jessica, Chris, Emily, Alex, Jordan, Taylor, Morgan, Sam, Ryan, Nina, Grace,
  Henry, Jack, Lily, Oscar, Ruby, Ella, Leo, Max, Hannah, Sophie, Tom, Anna, Erik, Astrid
`);

const LAST_NAMES = nameList(`
  Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez,
  Hernández, López, González, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee,
  Pérez, Thompson, White, Harris, Sánchez, Clark, Ramírez, Lewis, Robinson, Walker, Young,
  Allen, King, Wright, Scott, Torres, Nguyễn, Hill, Flores, Green, Adams, Nelson, Baker, Hall,
  Rivera, Campbell, Mitchell, Carter, Roberts, Núñez, Åberg, Müller, Schröder, Weiß, Groß,
  Köhler, Østergaard, Sørensen, Lindqvist, Bjørnstad, Kowalski, Wiśniewski, Dvořák, Novák,
  Horváth, Nagy, Çelik, Yılmaz, Öztürk, Gonçalves, Conceição, Patel, Sharma, Iyer, Reddy,
  Gupta, Kapoor, Tanaka, Suzuki, Watanabe, Kim, Park, Chen, Wang, Zhang, Liu, O'Brien,
  O'Connor, Murphy, Kelly, Byrne, Dubois, Lefèvre, Moreau, Girard, Mercier, Rossi, Russo,
  Bianchi, Ferrari, Esposito, Okafor, Adeyemi, Mensah, Nwosu, Haddad, Khalil, Ivanova, Petrov,
  van der Berg, de Vries, Jansen, Fernández, Castillo, Silva, Santos, Oliveira, MacLeod,
  Fitzgerald, Abernathy, Vasquez, Ortega
`);

const SPECIAL_LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  œ: 'oe',
  þ: 'th',
};

/** The ASCII mailbox form of a name: "José Núñez" → "jose", "O'Brien" → "obrien". */
export function mailboxPart(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæßłđıœþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? '')
    .replace(/[^a-z0-9-]/g, '');
}

/** A random full name from the shared lists (also used for customers' and candidates' names). */
export function randomName(random: Random): { first: string; last: string } {
  return { first: random.pick(FIRST_NAMES), last: random.pick(LAST_NAMES) };
}

// ---------------------------------------------------------------------------------------------
// People and the manager tree.

export interface Person {
  index: number;
  email: string;
  name: string;
  department: Department;
  role: string;
  orientation: Orientation;
  level: Level;
  /** Index of the manager; null for the CEO only. */
  manager: number | null;
  reports: number[];
  zone: ZoneId;
  app: CalendarApp;
}

/** Headcount per department for `total` people, largest remainder, each department's minimum kept. */
function headcounts(total: number, executives: number): Map<Department, number> {
  const rest = total - executives;
  const shareSum = DEPARTMENTS.reduce((sum, spec) => sum + spec.share, 0);
  const counts = new Map<Department, number>();
  const remainders: [Department, number][] = [];
  let assigned = 0;
  for (const spec of DEPARTMENTS) {
    const exact = (rest * spec.share) / shareSum;
    const count = Math.max(spec.min, Math.floor(exact));
    counts.set(spec.name, count);
    remainders.push([spec.name, exact - Math.floor(exact)]);
    assigned += count;
  }
  remainders.sort((a, b) => b[1] - a[1]);
  for (let i = 0; assigned < rest; i = (i + 1) % remainders.length, assigned++) {
    const name = (remainders[i] as [Department, number])[0];
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // Minimums can overshoot a small org: take the excess from the largest departments.
  while (assigned > rest) {
    const largest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] as [Department, number];
    counts.set(largest[0], largest[1] - 1);
    assigned--;
  }
  return counts;
}

export const MIN_PEOPLE = 20;

/** The org's people, executives first, then each department from its head down. */
export function generatePeople(total: number, domain: string, random: Random): Person[] {
  if (!Number.isInteger(total) || total < MIN_PEOPLE) {
    throw new RangeError(`people must be an integer of at least ${MIN_PEOPLE}, got ${total}`);
  }
  const people: Person[] = [];
  const usedMailboxes = new Map<string, number>();
  const usedNames = new Set<string>();
  const add = (
    department: Department,
    role: string,
    orientation: Orientation,
    level: Level,
    manager: number | null,
    zone: ZoneId,
    app: CalendarApp,
  ): Person => {
    let name = randomName(random);
    for (let tries = 0; tries < 5 && usedNames.has(`${name.first} ${name.last}`); tries++) {
      name = randomName(random);
    }
    const full = `${name.first} ${name.last}`;
    usedNames.add(full);
    const base = `${mailboxPart(name.first)}.${mailboxPart(name.last)}`;
    const seen = usedMailboxes.get(base) ?? 0;
    usedMailboxes.set(base, seen + 1);
    const mailbox = seen === 0 ? base : `${base}${seen + 1}`;
    const person: Person = {
      index: people.length,
      email: `${mailbox}@${domain}`,
      name: full,
      department,
      role,
      orientation,
      level,
      manager,
      reports: [],
      zone,
      app,
    };
    people.push(person);
    if (manager !== null) (people[manager] as Person).reports.push(person.index);
    return person;
  };

  const executiveCount = total < 40 ? 3 : total < 80 ? 5 : EXECUTIVES.length;
  const executiveIndex = new Map<string, number>();
  for (const title of EXECUTIVES.slice(0, executiveCount)) {
    const ceo = executiveIndex.get('Chief Executive Officer') ?? null;
    const zone = random.weighted<ZoneId>([
      [NY, 70],
      [LA, 20],
      [LON, 10],
    ]);
    const where = ceo === null ? NY : zone;
    const exec = add(
      'Executive',
      title,
      executiveOrientation(title),
      'executive',
      ceo,
      where,
      'google',
    );
    executiveIndex.set(title, exec.index);
  }

  const counts = headcounts(total, executiveCount);
  for (const spec of DEPARTMENTS) {
    const size = counts.get(spec.name) ?? 0;
    if (size === 0) continue;
    const exec =
      executiveIndex.get(spec.executive) ?? (executiveIndex.get(EXECUTIVES[0]) as number);
    addDepartment(spec, size, exec, random, add);
  }
  return people;
}

type AddPerson = (
  department: Department,
  role: string,
  orientation: Orientation,
  level: Level,
  manager: number | null,
  zone: ZoneId,
  app: CalendarApp,
) => Person;

/** A head; above ten reports, teams of about nine under managers; above eight teams, directors. */
function addDepartment(
  spec: DepartmentSpec,
  size: number,
  executive: number,
  random: Random,
  add: AddPerson,
): void {
  const zone = () => random.weighted(spec.zones);
  const app = () => random.weighted(spec.apps);
  const person = (role: string, level: Level, manager: number, where: ZoneId) =>
    add(spec.name, role, spec.orientation, level, manager, where, app());
  const head = person(spec.head, 'head', executive, zone());
  const rest = size - 1;
  if (rest <= 10) {
    for (let i = 0; i < rest; i++) {
      person(
        random.weighted(spec.individuals),
        'individual',
        head.index,
        random.chance(0.7) ? head.zone : zone(),
      );
    }
    return;
  }
  const teams = Math.max(2, Math.round(rest / 9));
  const directors = teams > 8 ? Math.ceil(teams / 8) : 0;
  const directorPeople: Person[] = [];
  for (let i = 0; i < directors; i++)
    directorPeople.push(person(spec.director, 'director', head.index, zone()));
  const managers: Person[] = [];
  for (let i = 0; i < teams; i++) {
    const above = directors > 0 ? (directorPeople[i % directors] as Person) : head;
    managers.push(person(spec.manager, 'manager', above.index, i % 3 === 0 ? above.zone : zone()));
  }
  const individuals = rest - directors - teams;
  for (let i = 0; i < individuals; i++) {
    const manager = managers[i % teams] as Person;
    const where = random.chance(0.8) ? manager.zone : zone();
    person(random.weighted(spec.individuals), 'individual', manager.index, where);
  }
}
