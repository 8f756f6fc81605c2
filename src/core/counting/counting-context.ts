// Everything the counting rules need besides the meetings: who is who (directory + rule 1), the
// category rules (rule 6) and the org's days (rule 5), built from the config and the directory.
import type { OrientConfig } from '../config/config-schema.js';
import { orientationOf } from '../config/config-schema.js';
import type { DirectoryPerson } from '../directory/person.js';
import { effectiveRules, type CategoryRule } from './category-rules.js';
import { compileRules, type CompiledRules } from './classify.js';
import { dayClock, type DayClock } from './day-clock.js';
import type { Directory } from './meeting-view.js';
import type { OrgPerson } from './model.js';
import { internalDomainMatcher } from './participants.js';

export interface CountingContext {
  directory: Directory;
  people: readonly OrgPerson[];
  rules: CompiledRules;
  clock: DayClock;
  /**
   * A stable text of every input the per-person ledger depends on (org timezone, internal
   * domains, rules, and each person's department, role, orientation and activity); when it
   * changes, stored ledgers are stale.
   */
  fingerprint: string;
}

/** Ledger rows hold at most this many categories (ten defaults plus your own). */
export const MAX_CATEGORIES = 16;

export function countingContext(
  config: Pick<OrientConfig, 'timezone' | 'internalDomains' | 'roles' | 'rules'>,
  directoryPeople: readonly (Pick<DirectoryPerson, 'email' | 'name' | 'department' | 'role'> & {
    active: boolean;
  })[],
): CountingContext {
  const isInternal = internalDomainMatcher(config.internalDomains);
  // A directory repeats a few dozen role titles across its people: each is looked up once.
  const orientations = new Map<string, OrgPerson['orientation']>();
  const orientation = (role: string): OrgPerson['orientation'] => {
    let found = orientations.get(role);
    if (found === undefined) orientations.set(role, (found = orientationOf(config, role)));
    return found;
  };
  const people: OrgPerson[] = directoryPeople.map((p) => ({
    email: p.email,
    name: p.name,
    department: p.department,
    role: p.role,
    orientation: orientation(p.role),
    active: p.active,
  }));
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const effective = effectiveRules({
    mode: config.rules.mode,
    list: config.rules.list as readonly CategoryRule[],
  });
  if (effective.categories.length > MAX_CATEGORIES) {
    throw new RangeError(
      `rules define ${effective.categories.length} categories; Orient counts at most ${MAX_CATEGORIES}`,
    );
  }
  const fingerprint = JSON.stringify({
    // The ledger's storage format: a new one recounts ledgers stored in an older one.
    v: 3,
    timezone: config.timezone,
    internalDomains: [...config.internalDomains].sort(),
    rules: effective,
    people: people
      .map((p) => [p.email, p.department, p.role, p.orientation, p.active])
      .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
  });
  return {
    directory: { isInternal, person: (email) => byEmail.get(email) },
    people,
    rules: compileRules(effective),
    clock: dayClock(config.timezone),
    fingerprint,
  };
}
