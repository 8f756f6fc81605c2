import { describe, expect, it } from 'vitest';
import {
  configProblems,
  configSchema,
  defaultConfig,
  internalDomainsProblem,
  isIanaTimeZone,
  orientationOf,
  PLACEHOLDER_INTERNAL_DOMAIN,
} from './config-schema.js';

function problems(input: unknown): string[] {
  const result = configSchema.safeParse(input);
  if (result.success) throw new Error('expected the config to be rejected');
  return configProblems(result.error).map(
    (problem) => `${problem.path.map(String).join('.')}: ${problem.message}`,
  );
}

describe('configSchema', () => {
  it('fills every default when only internalDomains is given', () => {
    expect(configSchema.parse({ internalDomains: ['acme.com'] })).toEqual({
      ...defaultConfig(),
      internalDomains: ['acme.com'],
    });
  });

  it('reads an empty YAML value as "not given"', () => {
    const config = configSchema.parse({
      internalDomains: ['acme.com'],
      timezone: null,
      workweekHours: null,
      roles: null,
      privacy: null,
      rules: null,
    });
    expect(config).toEqual({ ...defaultConfig(), internalDomains: ['acme.com'] });
  });

  it('lower-cases, trims and de-duplicates internal domains', () => {
    const config = configSchema.parse({
      internalDomains: [' Acme.COM', 'eu.acme.com', 'acme.com'],
    });
    expect(config.internalDomains).toEqual(['acme.com', 'eu.acme.com']);
  });

  it('requires internalDomains, non-empty, made of domains', () => {
    expect(problems({})).toEqual([
      'internalDomains: is required: list your organisation’s email domains, e.g. [acme.com]',
    ]);
    expect(problems({ internalDomains: [] })).toEqual([
      'internalDomains: list at least one email domain, e.g. [acme.com]',
    ]);
    expect(problems({ internalDomains: 'acme.com' })).toEqual([
      'internalDomains: expected a list of domains, e.g. [acme.com]',
    ]);
    expect(problems({ internalDomains: ['@acme.com', 'acme'] })).toEqual([
      "internalDomains.0: '@acme.com' is not a domain such as acme.com",
      "internalDomains.1: 'acme' is not a domain such as acme.com",
    ]);
  });

  it('names an unknown key and suggests the one a typo meant', () => {
    expect(problems({ internalDomains: ['acme.com'], workWeekHours: 35 })).toEqual([
      'workWeekHours: unknown key (did you mean workweekHours?)',
    ]);
    expect(problems({ internalDomains: ['acme.com'], timzone: 'UTC', colour: 'red' })).toEqual([
      'timzone: unknown key (did you mean timezone?)',
      'colour: unknown key (known keys: timezone, internalDomains, workweekHours, roles, privacy, rules)',
    ]);
    expect(problems({ internalDomains: ['acme.com'], privacy: { minGroup: 3 } })).toEqual([
      'privacy.minGroup: unknown key (known keys: minGroupSize)',
    ]);
  });

  it('rejects each bad value with the key and the problem', () => {
    expect(
      problems({
        timezone: 'Mars/Olympus',
        internalDomains: ['acme.com'],
        workweekHours: 0,
        roles: { 'Sales Engineer': 'sales' },
        privacy: { minGroupSize: 2.5 },
        rules: { mode: 'merge', list: [] },
      }),
    ).toEqual([
      "timezone: 'Mars/Olympus' is not an IANA time zone name",
      'workweekHours: must be more than 0 hours',
      "roles.Sales Engineer: 'sales' is not an orientation: use customer, market or other",
      'privacy.minGroupSize: expected a whole number of people, at least 1',
      'rules.mode: expected extend or replace',
    ]);
    expect(problems({ internalDomains: ['acme.com'], workweekHours: '40', privacy: 5 })).toEqual([
      'workweekHours: expected a number of hours, e.g. 40',
      'privacy: expected a map with minGroupSize',
    ]);
    expect(problems(['acme.com'])).toEqual([': expected a map of settings (see orient init)']);
  });

  it('rejects the same role title twice with different orientations', () => {
    expect(
      problems({
        internalDomains: ['acme.com'],
        roles: { 'Field CTO': 'customer', 'field cto': 'market' },
      }),
    ).toEqual([
      "roles.field cto: 'field cto' and 'Field CTO' are the same title with different orientations",
    ]);
  });

  it('accepts rules as a bare list (extending the defaults) or as { mode, list }', () => {
    const base = { internalDomains: ['acme.com'] };
    const interviews = { category: 'recruiting', when: { title: ['interview'] } };
    expect(configSchema.parse({ ...base, rules: [interviews] }).rules).toEqual({
      mode: 'extend',
      list: [interviews],
    });
    expect(problems({ ...base, rules: [interviews, { any: 'thing' }] })).toEqual([
      'rules.list.1.category: rule 2: Invalid input: expected string, received undefined',
      'rules.list.1.any: rule 2: unknown key (known keys: category, name, when)',
    ]);
    expect(configSchema.parse({ ...base, rules: { mode: 'replace', list: [] } }).rules).toEqual({
      mode: 'replace',
      list: [],
    });
    expect(problems({ ...base, rules: 'selling' })).toEqual([
      'rules: expected a list of rules, or { mode: extend | replace, list: [...] }',
    ]);
  });
});

describe('orientationOf', () => {
  const config = configSchema.parse({
    internalDomains: ['acme.com'],
    roles: { 'Field  CTO': 'customer', 'Sales Manager': 'other' },
  });

  it.each([
    ['Account Executive', 'customer'],
    ['account executive', 'customer'],
    ['  Customer   Success\tManager ', 'customer'],
    ['Solutions Engineer', 'customer'],
    ['Product Manager', 'market'],
    ['PRODUCT MARKETING MANAGER', 'market'],
    ['Marketing Manager', 'market'],
    ['field cto', 'customer'],
    ['Sales Manager', 'other'],
    ['Engineering Manager', 'other'],
    ['', 'other'],
    ['constructor', 'other'],
    ['__proto__', 'other'],
  ] as const)('%j is %s', (role, expected) => {
    expect(orientationOf(config, role)).toBe(expected);
  });

  it('uses the default roles when there is no config file', () => {
    expect(orientationOf(defaultConfig(), 'Sales Representative')).toBe('customer');
  });
});

describe('isIanaTimeZone', () => {
  it.each(['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'US/Eastern', 'Etc/GMT+5'])(
    'accepts %s',
    (zone) => expect(isIanaTimeZone(zone)).toBe(true),
  );
  it.each(['', 'Mars/Olympus', '+01:00', 'UTC+1', 'Europe/Berlin '])('rejects %j', (zone) =>
    expect(isIanaTimeZone(zone)).toBe(false),
  );
});

describe('internalDomainsProblem', () => {
  it('complains until real domains are configured', () => {
    expect(internalDomainsProblem(defaultConfig())).toMatch(/not set/);
    expect(internalDomainsProblem({ internalDomains: [PLACEHOLDER_INTERNAL_DOMAIN] })).toMatch(
      /placeholder example\.com/,
    );
    expect(internalDomainsProblem({ internalDomains: ['acme.com'] })).toBeNull();
  });
});
