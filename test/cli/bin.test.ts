// The `orient` a user runs: bin/orient.js in its own process, on the bundled CLI (dist/cli, built
// by `npm run build`, which `npm test` runs first). It must do what the in-process CLI does —
// commands loaded one at a time, global options before the command, errors and exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { writeOrg } from '../../bench/org/write-org.js';
import { reportOrg } from '../counting/report-org.js';
import { TWO_WEEKS, writeTwoWeekExports } from '../counting/two-week-org.js';

const BIN = fileURLToPath(new URL('../../bin/orient.js', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const COMPILED = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

function orientBin(args: readonly string[], cwd?: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('bin/orient.js', () => {
  it('runs the bundled CLI (run `npm run build` first)', () => {
    expect(existsSync(BUNDLE), `${BUNDLE} is missing: run npm run build`).toBe(true);
    expect(
      statSync(BUNDLE).mtimeMs >= statSync(COMPILED).mtimeMs,
      'dist/cli is older than the compiled sources: run npm run build',
    ).toBe(true);
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    const version = orientBin(['--version']);
    expect(version).toMatchObject({ code: 0, stderr: '' });
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('prints the same report as the in-process CLI, global options before the command', async () => {
    const org = await reportOrg();
    onTestFinished(() => org.dispose());
    writeTwoWeekExports(org);
    await org.importCalendars();
    const inProcess = await org.report(TWO_WEEKS.from, TWO_WEEKS.to);
    const run = orientBin(
      [
        '--db',
        org.target,
        '--config',
        'orient.config.yaml',
        'report',
        '--from',
        TWO_WEEKS.from,
        '--to',
        TWO_WEEKS.to,
        '--json',
        '--people',
      ],
      org.dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(inProcess);
    // Not vacuous: the two-week org's scheduled hours (see the sections test).
    expect(inProcess.groups[0]!.scheduledHours).toBe(118);
  });

  it('names an unknown command and a bad flag, with exit code 2', () => {
    const unknown = orientBin(['bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("error: unknown command 'bogus'");
    const flag = orientBin(['report', '--from', '2026-02-02']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("required option '--to <date>' not specified");
  });

  it('bundles the org generator so its worker threads run (the demo data, two threads)', async () => {
    const options = { people: 30, weeks: 1, seed: 3, start: '2026-01-05' };
    const bundled = pathToFileURL(
      fileURLToPath(new URL('../../dist/cli/write-org.js', import.meta.url)),
    );
    const { writeOrg: bundledWriteOrg } = (await import(bundled.href)) as {
      writeOrg: typeof writeOrg;
    };
    const dirs = [1, 2].map(() => mkdtempSync(join(tmpdir(), 'orient-bin-org-')));
    onTestFinished(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
    const [threaded, single] = await Promise.all([
      bundledWriteOrg(dirs[0]!, options, 2),
      writeOrg(dirs[1]!, options, 1),
    ]);
    expect(threaded).toEqual(single);
    expect(single.people).toBe(30);
    const files = (dir: string) => readdirSync(join(dir, 'calendars')).sort();
    expect(files(dirs[0]!)).toEqual(files(dirs[1]!));
    for (const name of files(dirs[1]!)) {
      const read = (dir: string) => readFileSync(join(dir, 'calendars', name), 'utf8');
      expect(read(dirs[0]!), name).toBe(read(dirs[1]!));
    }
  });
});
