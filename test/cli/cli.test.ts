// The `orient` command line as a newcomer meets it: help, mistakes in commands, flags and dates
// (exit 2 with a hint), `orient init` and the config it writes, bad config files (exit 2 naming
// the key), and a database that cannot be opened (exit 1, a clear message).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { runCli } from '../support/run-cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'orient-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs orient in the temp folder, with no environment. */
const orient = (...args: string[]) => runCli(args, { cwd: dir });

/** A one-event calendar: 09:00–10:00 floating (no zone) on Monday 2 March 2026. */
function floatingCalendar(): string {
  const file = join(dir, 'cal.ics');
  writeFileSync(
    file,
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:f1',
      'DTSTART:20260302T090000',
      'DTEND:20260302T100000',
      'SUMMARY:Standup',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  );
  return file;
}

const MARCH = ['--from', '2026-03-01', '--to', '2026-04-01'];

describe('orient help', () => {
  it('--help lists every command and the global options', async () => {
    const r = await orient('--help');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const command of ['demo', 'init', 'import', 'expand', 'help']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
    expect(r.stdout).toContain('--config <file>');
    expect(r.stdout).toContain('--db <target>');
  });

  it.each([
    ['--help', 'report'],
    ['-h', 'expand'],
    ['--db', 'x.db', '--help'],
  ])('%s %s %s lists every command (help before a command loads them all)', async (...args) => {
    const r = await orient(...args);
    expect(r.code).toBe(0);
    for (const command of ['demo', 'report', 'serve', 'user', 'plan']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  it('help for a command group and a command', async () => {
    const group = await orient('import', '--help');
    expect(group.code).toBe(0);
    expect(group.stdout).toMatch(/^ {2}directory \[options\] <file>/m);
    expect(group.stdout).toMatch(/^ {2}calendars \[options\] <paths\.\.\.>/m);
    const expand = await orient('help', 'expand');
    expect(expand.code).toBe(0);
    for (const flag of ['--from <date>', '--to <date>', '--json', '--timezone <iana>']) {
      expect(expand.stdout).toContain(flag);
    }
  });

  // Regression: `orient` and `orient import` (subcommand forgotten) once exited 0.
  it.each([[[]], [['import']]])(
    'orient %j without a command shows help and fails',
    async (args) => {
      const r = await orient(...args);
      expect(r.stderr).toContain('Usage: orient');
      expect(r.code).toBe(2);
    },
  );
});

describe('orient: mistakes in commands and flags (exit 2, with a hint)', () => {
  it.each([
    [['bogus'], "error: unknown command 'bogus'"],
    [['expnd', 'cal.ics'], "error: unknown command 'expnd'\n(Did you mean expand?)"],
    [['--bogus', 'expand'], "error: unknown option '--bogus'"],
    [
      ['expand', 'cal.ics', ...MARCH, '--jsn'],
      "error: unknown option '--jsn'\n(Did you mean --json?)",
    ],
    [
      ['import', 'calendar', 'x.ics'],
      "error: unknown command 'calendar'\n(Did you mean calendars?)",
    ],
    [
      ['expand', 'cal.ics', '--from', '2026-03-01'],
      "error: required option '--to <date>' not specified",
    ],
    [['import', 'calendars'], "error: missing required argument 'paths'"],
  ])('orient %j', async (args, message) => {
    const r = await orient(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${message}\n(run \`orient --help\` for usage)\n`);
  });

  it.each([
    [
      ['--from', '2026-13-01', '--to', '2026-04-01'],
      '--from "2026-13-01" is not a date: use YYYY-MM-DD',
    ],
    [
      ['--from', '2026-03-01', '--to', '2026-02-30'],
      '--to "2026-02-30" is not a date: use YYYY-MM-DD',
    ],
    [
      ['--from', '03/01/2026', '--to', '2026-04-01'],
      '--from "03/01/2026" is not a date: use YYYY-MM-DD',
    ],
    [
      ['--from', '2026-04-01', '--to', '2026-03-01'],
      '--to 2026-03-01 must be after --from 2026-04-01',
    ],
  ])('orient expand with dates %j names the flag', async (dates, message) => {
    const r = await orient('expand', floatingCalendar(), ...dates, '--json');
    expect(r).toEqual({ code: 2, stdout: '', stderr: `orient: ${message}\n` });
  });

  it('orient import calendars with a bad date names the flag before touching the database', async () => {
    const r = await orient(
      '--db',
      join(dir, 'orient.db'),
      'import',
      'calendars',
      dir,
      '--from',
      'March',
    );
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'orient: --from "March" is not a date: use YYYY-MM-DD\n',
    });
  });

  it('a file that does not exist is bad input', async () => {
    const r = await orient('expand', 'missing.ics', ...MARCH);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'orient: cannot read missing.ics: no such file or folder\n',
    });
  });
});

describe('orient init', () => {
  it('writes a config that loads, with the domain and time zone given', async () => {
    const r = await orient('init', '--domain', 'Acme.com', '--timezone', 'Europe/Berlin');
    expect(r.code, r.stderr).toBe(0);
    const file = join(dir, 'orient.config.yaml');
    expect(r.stdout).toContain(`Wrote ${file}.`);
    const loaded = loadConfig({}, file);
    expect(loaded).toMatchObject({
      ok: true,
      path: file,
      config: { timezone: 'Europe/Berlin', internalDomains: ['acme.com'], workweekHours: 40 },
    });
    // The CLI reads it: floating 09:00 in Berlin (CET, UTC+1) is 08:00Z.
    const expand = await orient('--config', file, 'expand', floatingCalendar(), ...MARCH, '--json');
    expect(JSON.parse(expand.stdout)).toMatchObject({ start: '2026-03-02T08:00:00Z' });
  });

  // Regression: the config was once looked up in process.cwd() instead of the CLI's cwd.
  it('later commands find the ./orient.config.yaml that init wrote in the same folder', async () => {
    expect((await orient('init', '--domain', 'acme.com', '--timezone', 'Europe/Berlin')).code).toBe(
      0,
    );
    const expand = await orient('expand', floatingCalendar(), ...MARCH, '--json');
    expect(JSON.parse(expand.stdout)).toMatchObject({ start: '2026-03-02T08:00:00Z' });
  });

  it('writes to --config or $ORIENT_CONFIG when given', async () => {
    const flagged = await orient('--config', 'custom.yaml', 'init', '--domain', 'acme.com');
    expect(flagged.code, flagged.stderr).toBe(0);
    expect(loadConfig({}, join(dir, 'custom.yaml')).ok).toBe(true);
    const fromEnv = await runCli(['init'], { cwd: dir, env: { ORIENT_CONFIG: 'env.yaml' } });
    expect(fromEnv.code, fromEnv.stderr).toBe(0);
    expect(loadConfig({}, join(dir, 'env.yaml'))).toMatchObject({
      ok: true,
      config: { internalDomains: ['example.com'], timezone: 'UTC' },
    });
  });

  it('refuses to overwrite an existing file without --force', async () => {
    const file = join(dir, 'orient.config.yaml');
    expect((await orient('init', '--timezone', 'Europe/Berlin')).code).toBe(0);
    const first = readFileSync(file, 'utf8');
    const again = await orient('init', '--timezone', 'Asia/Tokyo');
    expect(again).toEqual({
      code: 2,
      stdout: '',
      stderr: `orient: ${file} already exists: edit it, or pass --force to overwrite it\n`,
    });
    expect(readFileSync(file, 'utf8')).toBe(first);
    const forced = await orient('init', '--timezone', 'Asia/Tokyo', '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(loadConfig({}, file)).toMatchObject({ ok: true, config: { timezone: 'Asia/Tokyo' } });
  });

  it('refuses a time zone that is not IANA, writing nothing', async () => {
    const r = await orient('init', '--timezone', 'CEST');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/timezone: 'CEST' is not an IANA time zone name/);
    expect(() => readFileSync(join(dir, 'orient.config.yaml'))).toThrow(/ENOENT/);
  });
});

describe('orient with a bad config file (exit 2, the key named)', () => {
  it.each([
    [
      'unknown key',
      'timezone: UTC\ninternalDomains: [acme.com]\nworkweekHour: 40\n',
      'bad.yaml line 3: workweekHour: unknown key (did you mean workweekHours?)',
    ],
    [
      'nested unknown key',
      'internalDomains: [acme.com]\nprivacy:\n  minGroupSiz: 3\n',
      'bad.yaml line 3: privacy.minGroupSiz: unknown key (did you mean minGroupSize?)',
    ],
    [
      'bad time zone',
      'timezone: Mars/Olympus\ninternalDomains: [acme.com]\n',
      "bad.yaml line 1: timezone: 'Mars/Olympus' is not an IANA time zone name",
    ],
    [
      'missing internalDomains',
      'timezone: UTC\n',
      'bad.yaml: internalDomains: is required: list your organisation’s email domains, e.g. [acme.com]',
    ],
  ])('%s', async (_, yaml, message) => {
    writeFileSync(join(dir, 'bad.yaml'), yaml);
    const r = await orient('--config', 'bad.yaml', 'expand', floatingCalendar(), ...MARCH);
    // A relative --config is shown resolved against the working folder.
    expect(r).toEqual({ code: 2, stdout: '', stderr: `orient: ${join(dir, message)}\n` });
  });

  it('a --config file that does not exist', async () => {
    const r = await orient('--config', 'nope.yaml', 'expand', floatingCalendar(), ...MARCH);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `orient: ${join(dir, 'nope.yaml')}: config file not found (from --config)\n`,
    });
  });
});

describe('orient --db that cannot be opened (exit 1)', () => {
  it('a SQLite path in a missing directory', async () => {
    writeFileSync(
      join(dir, 'people.csv'),
      'email,name,department,role\nana@acme.com,Ana,Sales,AE\n',
    );
    const target = join(dir, 'no', 'such', 'dir', 'orient.db');
    const r = await orient('--db', target, 'import', 'directory', 'people.csv');
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `orient: Cannot open SQLite database ${target}: Cannot open database because the directory does not exist\n`,
    });
  });

  it('a PostgreSQL server that refuses the connection, without echoing the password', async () => {
    writeFileSync(
      join(dir, 'people.csv'),
      'email,name,department,role\nana@acme.com,Ana,Sales,AE\n',
    );
    const target = 'postgres://orient:s3cret@127.0.0.1:1/orient';
    const r = await orient('--db', target, 'import', 'directory', 'people.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^orient: Cannot connect to PostgreSQL at postgres:\/\/orient:\*\*\*@127\.0\.0\.1:1\/orient: /,
    );
    expect(r.stderr).not.toContain('s3cret');
  });
});
