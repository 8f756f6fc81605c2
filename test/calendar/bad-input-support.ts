// Shared by the bad-input*.test.ts files: calendar files written into a temp folder and run
// through `orient expand --json` from there, with a config of its own (org timezone UTC, so
// floating times are read in UTC unless the file or a flag says otherwise) so that no
// orient.config.yaml lying around changes the results.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runCli, type CliRun } from '../support/run-cli.js';

export interface Expanded extends CliRun {
  rows: Record<string, unknown>[];
}

export interface Workspace {
  dir: string;
  /** The config file every run uses. */
  config: string;
  /** Writes `name` into the temp folder; returns its path. */
  write(name: string, content: string | Uint8Array): string;
  /** `orient expand <name> --from --to --json [extra]`, run in the temp folder. */
  expand(
    name: string,
    extra?: readonly string[],
    range?: readonly [string, string],
  ): Promise<Expanded>;
}

/** A temp folder for this test file, deleted after it. */
export function workspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'orient-bad-input-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const config = join(dir, 'orient.config.yaml');
  writeFileSync(config, 'timezone: UTC\ninternalDomains: [acme.com]\n');
  return {
    dir,
    config,
    write(name, content) {
      const file = join(dir, name);
      writeFileSync(file, content);
      return file;
    },
    async expand(name, extra = [], [from, to] = ['2026-03-01', '2026-04-01']) {
      const args = ['--config', config, 'expand', name, '--from', from, '--to', to, '--json'];
      const run = await runCli([...args, ...extra], { cwd: dir });
      const rows = run.stdout
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      return { ...run, rows };
    },
  };
}

/** Content lines joined with `eol` (CRLF by default, RFC 5545 §3.1), ending with one. */
export function lines(content: readonly string[], eol = '\r\n'): string {
  return content.join(eol) + eol;
}

export function calendar(...body: (string | readonly string[])[]): string[] {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Orient tests//EN',
    ...body.flat(),
    'END:VCALENDAR',
  ];
}

/** A plain one-hour event on `day` of March 2026 at 14:00Z, with extra properties. */
export function event(uid: string, day: number, ...extra: string[]): string[] {
  const d = String(day).padStart(2, '0');
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20260201T000000Z',
    `DTSTART:202603${d}T140000Z`,
    `DTEND:202603${d}T150000Z`,
    `SUMMARY:${uid}`,
    ...extra,
    'END:VEVENT',
  ];
}

/** The JSON row `orient expand` prints for `event(uid, day)`. */
export function plainRow(uid: string, day: number): Record<string, unknown> {
  const d = String(day).padStart(2, '0');
  return {
    uid,
    recurrenceId: null,
    summary: uid,
    start: `2026-03-${d}T14:00:00Z`,
    end: `2026-03-${d}T15:00:00Z`,
    allDay: false,
    status: null,
  };
}

/** Deterministic bytes (a linear congruential generator): the same junk every run. */
export function junkBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}
