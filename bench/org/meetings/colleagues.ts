// Who to invite: the org's people grouped by department and level into named pools, and a choice
// of colleagues from a pool, mostly from the same part of the world and, when asked, the least
// loaded.
import type { Person } from '../people.js';
import type { Random } from '../random.js';
import type { ZoneId } from '../time-zones.js';
import { ZONES } from '../time-zones.js';

export type Group = 'americas' | 'emea' | 'apac';

/** The part of the world a zone is in. */
export function groupOf(zone: ZoneId): Group {
  switch (ZONES[zone].region) {
    case 'us':
      return 'americas';
    case 'uk':
    case 'de':
      return 'emea';
    case 'in':
    case 'au':
      return 'apac';
  }
}

/** Appends `item` to the list under `key`, creating it. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else list.push(item);
}

/** The org's pools of people, and choices of colleagues from them. */
export class Colleagues {
  private readonly pools: Record<string, number[]>;
  private readonly groupPools = new Map<readonly number[], Map<Group, number[]>>();

  constructor(
    private readonly people: readonly Person[],
    private readonly random: Random,
  ) {
    const where = (test: (person: Person) => boolean) => people.filter(test).map((p) => p.index);
    const individual = (department: string) => (p: Person) =>
      p.department === department && p.level === 'individual';
    this.pools = {
      sales: where((p) => p.department === 'Sales'),
      sellers: where(individual('Sales')),
      salesLeads: where((p) => p.department === 'Sales' && p.level !== 'individual'),
      se: where((p) => p.department === 'Sales Engineering'),
      cs: where((p) => p.department === 'Customer Success'),
      customerFacing: where((p) => p.orientation === 'customer'),
      pm: where((p) => p.department === 'Product Management'),
      pmm: where((p) => p.department === 'Product Marketing'),
      marketing: where((p) => p.department === 'Marketing'),
      engineers: where(individual('Engineering')),
      engineeringLeads: where((p) => p.department === 'Engineering' && p.level !== 'individual'),
      finance: where((p) => p.department === 'Finance'),
      heads: where((p) => p.level === 'head'),
      managers: where((p) => p.level === 'manager' || p.level === 'director'),
      everyone: people.map((p) => p.index),
    };
  }

  private person(index: number): Person {
    const person = this.people[index];
    if (person === undefined) throw new RangeError(`no person ${index}`);
    return person;
  }

  /** The people in a named pool: `sales`, `sellers`, `pm`, `everyone`, … */
  pool(name: string): number[] {
    return this.pools[name] ?? [];
  }

  /** `count` people from `pool`, mostly in the same part of the world as `near`, least loaded first. */
  choose(
    pool: readonly number[],
    count: number,
    near: number,
    exclude: readonly number[] = [],
    load?: Float64Array,
  ): number[] {
    const r = this.random;
    if (pool.length === 0 || count <= 0) return [];
    let byGroup = this.groupPools.get(pool);
    if (byGroup === undefined) {
      byGroup = new Map();
      for (const p of pool) {
        const group = groupOf(this.person(p).zone);
        addTo(byGroup, group, p);
      }
      this.groupPools.set(pool, byGroup);
    }
    const local = byGroup.get(groupOf(this.person(near).zone)) ?? [];
    const chosen: number[] = [];
    for (let tries = 0; chosen.length < count && tries < count * 10; tries++) {
      const from = local.length > 0 && r.chance(0.85) ? local : pool;
      let candidate = r.pick(from);
      if (load !== undefined) {
        const other = r.pick(from);
        if ((load[other] ?? 0) < (load[candidate] ?? 0)) candidate = other;
      }
      if (candidate === near || exclude.includes(candidate) || chosen.includes(candidate)) continue;
      chosen.push(candidate);
    }
    return chosen;
  }
}
