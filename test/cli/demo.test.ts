// `orient demo`: the quickstart's org, generated deterministically, imported, and reportable.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'orient-demo-test-'));
  dirs.push(d);
  return d;
}

describe('orient demo', () => {
  it('generates the same org for the same seed, imports it, and the report names its meetings', async () => {
    const a = tempDir();
    const b = tempDir();
    const runA = await runCli(['demo', '--dir', a, '--people', '40', '--seed', '3'], { cwd: a });
    const runB = await runCli(['demo', '--dir', b, '--people', '40', '--seed', '3'], { cwd: b });
    expect(runA.code, runA.stderr).toBe(0);
    expect(runB.code, runB.stderr).toBe(0);
    expect(runA.stdout).toMatch(/40 people/);
    expect(runA.stdout).toMatch(/demo data/);
    const csv = (d: string) => readFileSync(join(d, 'people.csv'), 'utf8');
    expect(csv(a)).toBe(csv(b));

    const report = await runCli([
      '--config',
      join(a, 'orient.config.yaml'),
      '--db',
      join(a, 'orient.db'),
      'report',
      '--from',
      '2026-06-01',
      '--to',
      '2026-08-31',
      '--json',
    ]);
    expect(report.code, report.stderr).toBe(0);
    const json = JSON.parse(report.stdout) as {
      categories: string[];
      groups: { by: string; people: number }[];
      inviteReview: unknown[];
    };
    // The demo config extends rule 6 with a recruiting category for candidate interviews.
    expect(json.categories).toContain('recruiting');
    expect(json.groups.find((g) => g.by === 'org')?.people).toBe(40);
    expect(json.inviteReview.length).toBeGreaterThan(0);
  });

  it('refuses a bad --people', async () => {
    const run = await runCli(['demo', '--dir', tempDir(), '--people', 'many']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--people must be a positive whole number/);
  });
});
