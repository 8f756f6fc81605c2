// Who works at the generated org: departments and roles in realistic proportions, names (many
// non-ASCII), unique e-mails, a manager tree (department → head → executive → CEO) and where each
// person works — a time zone with its current daylight-saving rules, and the calendar app whose
// export quirks their file will show.
import type { Random } from './random.js';
import type { ZoneId } from './time-zones.js';
import type {
  CalendarApp,
  Department,
  DepartmentSpec,
  Level,
  Orientation,
} from './people/departments.js';
import { DEPARTMENTS, EXECUTIVES, executiveOrientation } from './people/departments.js';
import { mailboxPart, randomName } from './people/names.js';

export type { CalendarApp, Department, Level, Orientation } from './people/departments.js';
export type { ZoneId } from './time-zones.js';
export { orgRoles } from './people/departments.js';

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const LON = 'Europe/London';

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
