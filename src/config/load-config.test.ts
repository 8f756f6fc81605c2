import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../core/config/config-schema.js';
import { databaseTarget, loadConfig, parseConfig } from './load-config.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'orient-config-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function errorOf(text: string): string {
  const result = parseConfig(text, 'orient.config.yaml');
  if (result.ok) throw new Error('expected the config to be rejected');
  return result.error;
}

describe('loadConfig: which file', () => {
  it('returns the defaults, with no internal domains, when there is no file at all', () => {
    expect(loadConfig({}, undefined, dir)).toEqual({
      ok: true,
      config: defaultConfig(),
      path: null,
    });
  });

  it('reads ./orient.config.yaml when it exists', () => {
    const file = write('orient.config.yaml', 'internalDomains: [local.com]\n');
    const result = loadConfig({}, undefined, dir);
    expect(result).toMatchObject({ ok: true, path: file });
    expect(result.ok && result.config.internalDomains).toEqual(['local.com']);
  });

  it('prefers ORIENT_CONFIG to ./orient.config.yaml, resolving it against the directory', () => {
    write('orient.config.yaml', 'internalDomains: [local.com]\n');
    const file = write('env.yaml', 'internalDomains: [env.com]\n');
    const result = loadConfig({ ORIENT_CONFIG: 'env.yaml' }, undefined, dir);
    expect(result).toMatchObject({
      ok: true,
      path: file,
      config: { internalDomains: ['env.com'] },
    });
  });

  it('prefers --config to ORIENT_CONFIG', () => {
    write('env.yaml', 'internalDomains: [env.com]\n');
    const file = write('flag.yaml', 'internalDomains: [flag.com]\n');
    const result = loadConfig({ ORIENT_CONFIG: 'env.yaml' }, file, dir);
    expect(result).toMatchObject({
      ok: true,
      path: file,
      config: { internalDomains: ['flag.com'] },
    });
  });

  it('ignores an empty ORIENT_CONFIG', () => {
    expect(loadConfig({ ORIENT_CONFIG: '' }, undefined, dir)).toMatchObject({
      ok: true,
      path: null,
    });
  });

  it('says where a missing file was asked for', () => {
    expect(loadConfig({}, 'nope.yaml', dir)).toEqual({
      ok: false,
      error: 'nope.yaml: config file not found (from --config)',
    });
    expect(loadConfig({ ORIENT_CONFIG: 'gone.yaml' }, undefined, dir)).toEqual({
      ok: false,
      error: 'gone.yaml: config file not found (from ORIENT_CONFIG)',
    });
  });

  it('says when the path is a directory', () => {
    mkdirSync(path.join(dir, 'conf'));
    expect(loadConfig({}, 'conf', dir)).toEqual({
      ok: false,
      error: 'conf: is a directory, not a config file (from --config)',
    });
  });

  it('names the file in validation errors', () => {
    write('orient.config.yaml', 'internalDomains: [acme.com]\nworkWeekHours: 35\n');
    expect(loadConfig({}, undefined, dir)).toEqual({
      ok: false,
      error: 'orient.config.yaml line 2: workWeekHours: unknown key (did you mean workweekHours?)',
    });
  });
});

describe('parseConfig: errors name the file, line, key path and problem', () => {
  it('reads a full file', () => {
    const result = parseConfig(
      [
        '\uFEFFtimezone: America/New_York',
        'internalDomains:',
        '  - Acme.com',
        'workweekHours: 37.5',
        'roles:',
        '  Field CTO: customer',
        'privacy:',
        '  minGroupSize: 3',
        'rules: []',
      ].join('\n'),
      'x.yaml',
    );
    expect(result).toEqual({
      ok: true,
      config: {
        ...defaultConfig(),
        timezone: 'America/New_York',
        internalDomains: ['acme.com'],
        workweekHours: 37.5,
        roles: { ...defaultConfig().roles, 'field cto': 'customer' },
        privacy: { minGroupSize: 3 },
      },
    });
  });

  it('points at the line of a nested key', () => {
    expect(errorOf('internalDomains: [acme.com]\nprivacy:\n  minGroupSize: 0\n')).toBe(
      'orient.config.yaml line 3: privacy.minGroupSize: expected a whole number of people, at least 1',
    );
  });

  it('points at the line of a list item and of a role title', () => {
    const text = [
      'internalDomains:',
      '  - acme.com',
      '  - "@acme.io"',
      'roles:',
      '  Sales Engineer: sales',
    ].join('\n');
    expect(errorOf(text)).toBe(
      [
        "orient.config.yaml line 3: internalDomains[1]: '@acme.io' is not a domain such as acme.com",
        'orient.config.yaml line 5: roles."Sales Engineer": \'sales\' is not an orientation: use customer, market or other',
      ].join('\n'),
    );
  });

  it('gives no line for a key that is not in the file', () => {
    expect(errorOf('timezone: UTC\n')).toBe(
      'orient.config.yaml: internalDomains: is required: list your organisation’s email domains, e.g. [acme.com]',
    );
    expect(errorOf('')).toBe(
      'orient.config.yaml: internalDomains: is required: list your organisation’s email domains, e.g. [acme.com]',
    );
  });

  it('points a missing nested key at its parent', () => {
    expect(errorOf('internalDomains: [acme.com]\nrules:\n  mode: replace\n')).toBe(
      'orient.config.yaml line 2: rules.list: expected a list of rules',
    );
  });

  it('names every unknown key on its own line', () => {
    expect(
      errorOf('internalDomains: [acme.com]\ntimzone: UTC\nprivacy:\n  minGroupsize: 3\n'),
    ).toBe(
      [
        'orient.config.yaml line 2: timzone: unknown key (did you mean timezone?)',
        'orient.config.yaml line 4: privacy.minGroupsize: unknown key (did you mean minGroupSize?)',
      ].join('\n'),
    );
  });

  it('reports a file that is not a map', () => {
    expect(errorOf('- acme.com\n')).toBe(
      'orient.config.yaml line 1: expected a map of settings (see orient init)',
    );
  });

  it('reports YAML syntax errors with their line', () => {
    expect(errorOf('internalDomains: [acme.com]\ntimezone: UTC\ntimezone: Europe/Paris\n')).toBe(
      'orient.config.yaml line 3: Map keys must be unique',
    );
    expect(errorOf('internalDomains: [acme.com]\n---\ntimezone: UTC\n')).toBe(
      'orient.config.yaml line 2: only one YAML document is allowed',
    );
  });
});

describe('databaseTarget', () => {
  it('takes the flag, then ORIENT_DATABASE_URL, then ./orient.db', () => {
    const env = { ORIENT_DATABASE_URL: 'postgres://db/orient' };
    expect(databaseTarget(env, 'other.db')).toBe('other.db');
    expect(databaseTarget(env)).toBe('postgres://db/orient');
    expect(databaseTarget({ ORIENT_DATABASE_URL: '' })).toBe('./orient.db');
    expect(databaseTarget({})).toBe('./orient.db');
  });
});
