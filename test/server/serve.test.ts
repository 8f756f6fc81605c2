// `orient serve` on a real socket (port 0): the demo (generated once, 127.0.0.1 only, no
// sign-in), and a team server with accounts from `orient user add`, sign-in over HTTP and the
// upload limit with a live connection.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { startServer, type ServeFlags } from '../../src/cli/commands/serve.js';
import { cliContext, type GlobalOptions } from '../../src/cli/context.js';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../support/run-cli.js';

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orient-serve-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function serveIn(cwd: string, flags: ServeFlags, globals: GlobalOptions = {}) {
  let stdout = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: () => true },
    env: {},
    cwd,
    now: () => new Date('2026-09-01T12:00:00Z'),
    readStdin: async () => '',
  };
  const ctx = cliContext(io, () => globals);
  const running = await startServer(ctx, flags);
  onTestFinished(async () => {
    await running.close();
    await ctx.close();
  });
  return { running, output: () => stdout };
}

describe('orient serve', () => {
  test(
    '--demo generates the demo once, binds 127.0.0.1 whatever --host says, needs no sign-in',
    { timeout: 180_000 },
    async () => {
      const cwd = tempDir();
      const { running, output } = await serveIn(cwd, { port: '0', host: '0.0.0.0', demo: true });
      expect(running.host).toBe('127.0.0.1');
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(running.port).toBeGreaterThan(0);
      expect(output()).toContain('ignoring --host 0.0.0.0');
      expect(output()).toContain('Generating the demo org');
      expect(output()).toContain(`Open ${running.url}`);
      expect(output()).toMatch(/demo data/i);

      const session = await fetch(`${running.url}api/session`);
      expect(session.status).toBe(200);
      expect(await session.json()).toMatchObject({ demo: true, user: { role: 'admin' } });
      const report = await fetch(`${running.url}api/report`);
      expect(report.status).toBe(200);
      const body = (await report.json()) as { range: { weeks: number }; inviteReview: unknown[] };
      expect(body.range.weeks).toBe(13);
      expect(body.inviteReview.length).toBeGreaterThan(0);
      await running.close();

      // Started again: the demo is there, nothing is generated.
      const again = await serveIn(cwd, { port: '0', demo: true });
      expect(again.output()).not.toContain('Generating');
      expect((await fetch(`${again.running.url}api/session`)).status).toBe(200);
    },
  );

  test('a team server: accounts from `orient user add`, sign-in over HTTP, 413 on a live connection', async () => {
    const cwd = tempDir();
    const db = join(cwd, 'orient.db');
    const add = await runCli(
      ['--db', db, 'user', 'add', 'Ana@acme.com', '--role', 'admin', '--password-stdin'],
      {
        cwd,
        stdin: 'correct horse battery staple\n',
      },
    );
    expect(add, add.stderr).toMatchObject({ code: 0, stdout: 'Created admin ana@acme.com.\n' });

    const { running, output } = await serveIn(cwd, { port: '0', maxUploadMb: '0.01' }, { db });
    expect(output()).toContain(`Orient at ${running.url}`);
    expect((await fetch(`${running.url}api/session`)).status).toBe(401);
    const signIn = await fetch(`${running.url}api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'ana@acme.com', password: 'correct horse battery staple' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const headers = { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'text/calendar' };

    const big = await fetch(`${running.url}api/import/calendars?name=x%40acme.com.ics`, {
      method: 'POST',
      headers,
      body: 'X'.repeat(1024 * 1024),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: 'too-large' } });
    const me = await fetch(`${running.url}api/session`, { headers: { Cookie: cookie } });
    expect(await me.json()).toMatchObject({ user: { email: 'ana@acme.com', role: 'admin' } });
    const web = await fetch(running.url, { headers: { Accept: 'text/html' } });
    expect([200, 503]).toContain(web.status);
  });
});

describe('orient user', () => {
  test('add (password from stdin or generated once), list, remove; bad input exits 2', async () => {
    const cwd = tempDir();
    const db = join(cwd, 'orient.db');
    const orient = (args: string[], stdin?: string) =>
      runCli(['--db', db, 'user', ...args], { cwd, stdin });

    const generated = await orient(['add', 'bo@acme.com', '--role', 'analyst']);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(
      /^Created analyst bo@acme\.com\.\nPassword \(shown once, keep it safe\): [\w-]{24}\n$/,
    );
    expect((await orient(['add', 'bo@acme.com', '--role', 'member'])).stderr).toContain(
      'bo@acme.com already has an account',
    );
    const short = await orient(
      ['add', 'cy@acme.com', '--role', 'member', '--password-stdin'],
      'short\n',
    );
    expect(short).toMatchObject({
      code: 2,
      stderr: 'orient: the password must be at least 12 characters\n',
    });
    expect((await orient(['add', 'cy@acme.com', '--role', 'owner'])).code).toBe(2);
    expect((await orient(['add', 'not-an-email', '--role', 'member'])).code).toBe(2);

    const list = await orient(['list', '--json']);
    expect(
      list.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([{ email: 'bo@acme.com', role: 'analyst', createdAt: '2026-06-01T12:00:00Z' }]);
    expect(await orient(['remove', 'bo@acme.com'])).toMatchObject({ code: 0 });
    expect((await orient(['list'])).stdout).toContain('0 accounts');
  });
});
