import { describe, expect, it } from 'vitest';
import {
  configSchema,
  DEFAULT_ROLES,
  defaultConfig,
  PLACEHOLDER_INTERNAL_DOMAIN,
} from '../core/config/config-schema.js';
import { configTemplate } from './config-template.js';
import { parseConfig } from './load-config.js';

function load(text: string) {
  const result = parseConfig(text, 'orient.config.yaml');
  if (!result.ok) throw new Error(result.error);
  return result.config;
}

describe('configTemplate', () => {
  it('loads back to the defaults, with the placeholder domain', () => {
    expect(load(configTemplate())).toEqual({
      ...defaultConfig(),
      internalDomains: [PLACEHOLDER_INTERNAL_DOMAIN],
    });
  });

  it('loads back to the defaults with the time zone and domains it was given', () => {
    const text = configTemplate({
      timezone: 'America/New_York',
      internalDomains: ['acme.com', 'acme.co.uk'],
    });
    expect(load(text)).toEqual({
      ...defaultConfig(),
      timezone: 'America/New_York',
      internalDomains: ['acme.com', 'acme.co.uk'],
    });
    expect(text).not.toContain(PLACEHOLDER_INTERNAL_DOMAIN);
  });

  it('explains the placeholder when it writes one', () => {
    expect(configTemplate()).toMatch(/example\.com is a placeholder/);
  });

  it('writes every configuration key, with a comment before it', () => {
    const lines = configTemplate().split('\n');
    for (const key of Object.keys(configSchema.shape)) {
      const at = lines.findIndex(
        (line) => line === `${key}:` || line.startsWith(`${key}: `) || line === `# ${key}:`,
      );
      expect(at, key).toBeGreaterThan(0);
      expect(lines[at - 1], key).toMatch(/^#/);
    }
    expect(lines).toContain('  minGroupSize: 5');
  });

  it('lists the default roles', () => {
    const text = configTemplate();
    for (const [title, orientation] of Object.entries(DEFAULT_ROLES)) {
      expect(text).toMatch(new RegExp(`^  ${title}: +${orientation}$`, 'm'));
    }
  });

  it('explains the category rules with PRODUCT.md rule 6, in order', () => {
    const text = configTemplate();
    expect(text).toContain('PRODUCT.md rule 6');
    const order = [
      'selling',
      'sales-support',
      'external',
      'one-on-one',
      'training',
      'planning',
      'content',
      'events',
      'internal',
      'focus',
    ];
    const positions = order.map((category) => text.search(new RegExp(`#\\s+\\d+\\. ${category} `)));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('quotes values YAML would otherwise read as something else', () => {
    expect(
      load(configTemplate({ timezone: 'UTC', internalDomains: ['on.com'] })).internalDomains,
    ).toEqual(['on.com']);
    // A bad zone is written faithfully, so loading names it rather than misreading it.
    const result = parseConfig(configTemplate({ timezone: 'no' }), 'orient.config.yaml');
    expect(result).toEqual({
      ok: false,
      error: "orient.config.yaml line 7: timezone: 'no' is not an IANA time zone name",
    });
  });

  it('shows example rules that load when uncommented', () => {
    const text = configTemplate({ internalDomains: ['acme.com'] });
    const start = text.indexOf('# rules:');
    const uncommented = text
      .slice(start)
      .split('\n')
      .map((line) => line.replace(/^# ?/, ''))
      .join('\n');
    const result = parseConfig(text.slice(0, start) + uncommented, 'orient.config.yaml');
    if (!result.ok) throw new Error(result.error);
    expect(result.config.rules.mode).toBe('extend');
    expect(result.config.rules.list.map((r) => r.category)).toEqual(['recruiting', 'selling']);
  });

  it('adds extra role titles on top of the defaults', () => {
    const result = parseConfig(
      configTemplate({ internalDomains: ['acme.com'], roles: { 'VP Sales': 'customer' } }),
      'orient.config.yaml',
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.config.roles['vp sales']).toBe('customer');
    expect(result.config.roles['account executive']).toBe('customer');
  });
});
