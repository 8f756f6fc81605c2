// The one schema for orient.config.yaml (PRODUCT.md "Configuration keys"), its defaults, and the
// role → orientation lookup the counting rules use.
import { categoryRuleSchema, conditionsSchema } from '../counting/category-rules.js';
import { z } from 'zod';

export const ORIENTATIONS = ['customer', 'market', 'other'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** Common titles and their orientation (the essay: a role supports customers or the market). */
export const DEFAULT_ROLES: Readonly<Record<string, Orientation>> = {
  'Account Executive': 'customer',
  'Account Manager': 'customer',
  'Sales Representative': 'customer',
  'Sales Manager': 'customer',
  'Sales Engineer': 'customer',
  'Solutions Engineer': 'customer',
  'Customer Success Manager': 'customer',
  'Product Manager': 'market',
  'Product Marketing Manager': 'market',
  'Marketing Manager': 'market',
};

/** What `orient init` writes until someone fills in the real domains (RFC 2606 reserves it). */
export const PLACEHOLDER_INTERNAL_DOMAIN = 'example.com';

/** Role titles match case-insensitively, with runs of whitespace read as one space. */
export function normaliseRoleTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}

let knownZones: ReadonlySet<string> | undefined;
// Building a DateTimeFormat costs about a millisecond; a 10,000-row directory repeats its zones.
const verdicts = new Map<string, boolean>();

/** True for an IANA zone name or alias Intl knows (`US/Eastern` too), false for offsets. */
export function isIanaTimeZone(name: string): boolean {
  knownZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (knownZones.has(name)) return true;
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    verdict = intlAccepts(name);
    verdicts.set(name, verdict);
  }
  return verdict;
}

function intlAccepts(name: string): boolean {
  // Newer engines accept "+01:00" as a zone; that is an offset, not an IANA name.
  if (!/^[A-Za-z]/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

const domain = z
  .string({ error: 'expected a domain such as acme.com' })
  .trim()
  .toLowerCase()
  .regex(DOMAIN, { error: (issue) => `'${String(issue.input)}' is not a domain such as acme.com` });

const orientation = z.enum(ORIENTATIONS, {
  error: (issue) => `'${String(issue.input)}' is not an orientation: use customer, market or other`,
});

const roles = z
  .record(z.string().trim().min(1, 'a role title is empty'), orientation, {
    error: 'expected a map of role title → customer | market | other',
  })
  .superRefine((entries, ctx) => {
    const seen = new Map<string, [string, Orientation]>();
    for (const [title, value] of Object.entries(entries)) {
      const key = normaliseRoleTitle(title);
      const earlier = seen.get(key);
      if (earlier && earlier[1] !== value) {
        ctx.addIssue({
          code: 'custom',
          path: [title],
          message: `'${title}' and '${earlier[0]}' are the same title with different orientations`,
        });
      }
      seen.set(key, [title, value]);
    }
  })
  .transform((entries) => mergeRoles(DEFAULT_ROLES, entries));

/** Defaults first, the user's entries on top; keys are normalised role titles. */
function mergeRoles(...maps: Readonly<Record<string, Orientation>>[]): Record<string, Orientation> {
  return Object.fromEntries(
    maps.flatMap((map) =>
      Object.entries(map).map(([title, value]) => [normaliseRoleTitle(title), value] as const),
    ),
  );
}

// Category rules (PRODUCT.md rule 6): each list entry is checked by categoryRuleSchema.
const rules = z.preprocess(
  (value) => (Array.isArray(value) ? { mode: 'extend', list: value } : value),
  z.strictObject(
    {
      mode: z.enum(['extend', 'replace'], { error: 'expected extend or replace' }),
      list: z.array(categoryRuleSchema, { error: 'expected a list of rules' }),
    },
    { error: expectedMap('a list of rules, or { mode: extend | replace, list: [...] }') },
  ),
);

/** A message for a value of the wrong type; unknown keys are described by configProblems. */
function expectedMap(what: string) {
  return (issue: { code?: string }) =>
    issue.code === 'invalid_type' ? `expected ${what}` : undefined;
}

/** An empty YAML key (`roles:` with every entry commented out) means "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === null ? undefined : value), schema);

export const configSchema = z.strictObject(
  {
    timezone: optional(
      z
        .string({ error: 'expected an IANA time zone name such as Europe/Berlin' })
        .refine(isIanaTimeZone, {
          error: (issue) => `'${String(issue.input)}' is not an IANA time zone name`,
        })
        .default('UTC'),
    ),
    internalDomains: z
      .array(domain, {
        error: (issue) =>
          issue.input === undefined || issue.input === null
            ? 'is required: list your organisation’s email domains, e.g. [acme.com]'
            : 'expected a list of domains, e.g. [acme.com]',
      })
      .min(1, 'list at least one email domain, e.g. [acme.com]')
      .transform((domains) => [...new Set(domains)]),
    workweekHours: optional(
      z
        .number({ error: 'expected a number of hours, e.g. 40' })
        .positive('must be more than 0 hours')
        .max(168, 'a week has only 168 hours')
        .default(40),
    ),
    roles: optional(roles.prefault({})),
    privacy: optional(
      z
        .strictObject(
          {
            minGroupSize: optional(
              z
                .int({ error: 'expected a whole number of people, at least 1' })
                .min(1, 'expected a whole number of people, at least 1')
                .default(5),
            ),
          },
          { error: expectedMap('a map with minGroupSize') },
        )
        .prefault({}),
    ),
    rules: optional(rules.prefault({ mode: 'extend', list: [] })),
  },
  { error: expectedMap('a map of settings (see orient init)') },
);

export type OrientConfig = z.output<typeof configSchema>;

/** One problem in a config file: where (key path) and what. */
export interface ConfigProblem {
  path: PropertyKey[];
  message: string;
}

const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = {
  '': Object.keys(configSchema.shape),
  privacy: ['minGroupSize'],
  rules: ['mode', 'list'],
  rule: Object.keys(categoryRuleSchema.shape),
  'rule.when': Object.keys(conditionsSchema.shape),
  'rule.when.person': ['orientation', 'department', 'role'],
  'rule.when.othersInclude': ['orientation', 'department', 'role'],
  'rule.when.organizer': ['orientation', 'department', 'internal', 'self'],
  'rule.when.durationMinutes': ['min', 'max'],
  'rule.when.attendees': ['min', 'max'],
};

/** `rules.list.3.when` → `rule.when`, the key the known-keys table uses for any rule. */
function knownKeysFor(path: readonly PropertyKey[]): readonly string[] {
  const key = path.map(String).join('.');
  const rule = /^rules\.list\.\d+(\.|$)/.exec(key);
  if (rule) return KNOWN_KEYS[`rule${key.slice(rule[0].length - (rule[1] ? 1 : 0))}`] ?? [];
  return KNOWN_KEYS[key] ?? [];
}

/** "rule 4: …" for a problem inside the rule list, so the rule's position is named. */
function withRulePosition(path: readonly PropertyKey[], message: string): string {
  return path[0] === 'rules' && path[1] === 'list' && typeof path[2] === 'number'
    ? `rule ${path[2] + 1}: ${message}`
    : message;
}

/** The schema's complaints, one per problem: an unknown key gets its own, with a likely fix. */
export function configProblems(error: z.ZodError): ConfigProblem[] {
  return error.issues.flatMap((issue): ConfigProblem[] => {
    if (issue.code !== 'unrecognized_keys') {
      return [{ path: issue.path, message: withRulePosition(issue.path, issue.message) }];
    }
    const known = knownKeysFor(issue.path);
    return issue.keys.map((key) => {
      const guess = closest(key, known);
      const hint =
        guess === undefined ? `known keys: ${known.join(', ')}` : `did you mean ${guess}?`;
      return {
        path: [...issue.path, key],
        message: withRulePosition(issue.path, `unknown key (${hint})`),
      };
    });
  });
}

/** The known key a typo most likely meant: same letters in another case, or ≤ 2 edits away. */
function closest(key: string, known: readonly string[]): string | undefined {
  const exact = known.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
  if (exact !== undefined) return exact;
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance <= 2 && (best === undefined || distance < best.distance)) {
      best = { key: candidate, distance };
    }
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The configuration with no file at all: no internal domains yet, everything else default. */
export function defaultConfig(): OrientConfig {
  return {
    timezone: 'UTC',
    internalDomains: [],
    workweekHours: 40,
    roles: mergeRoles(DEFAULT_ROLES),
    privacy: { minGroupSize: 5 },
    rules: { mode: 'extend', list: [] },
  };
}

/** A role's orientation; titles not in `roles` are `other`. */
export function orientationOf(config: Pick<OrientConfig, 'roles'>, role: string): Orientation {
  const key = normaliseRoleTitle(role);
  return Object.hasOwn(config.roles, key) ? (config.roles[key] ?? 'other') : 'other';
}

/** Why internal/external cannot be told yet (PRODUCT.md rule 1), or null when it can. */
export function internalDomainsProblem(
  config: Pick<OrientConfig, 'internalDomains'>,
): string | null {
  if (config.internalDomains.length === 0) {
    return 'internalDomains is not set: run `orient init` or add your email domains to the config';
  }
  if (config.internalDomains.includes(PLACEHOLDER_INTERNAL_DOMAIN)) {
    return `internalDomains still holds the placeholder ${PLACEHOLDER_INTERNAL_DOMAIN}: replace it with your email domains`;
  }
  return null;
}
