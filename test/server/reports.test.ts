// Reports through the API are the CLI's reports: same figures, same privacy rules; explain, the
// invite review's occurrences and the config, on both backends.
import { describe, expect, test } from 'vitest';
import { BACKENDS } from '../support/backends.js';
import { runCli } from '../support/run-cli.js';
import { DECK_UID, ROADMAP_UID, uploadOrg } from './org.js';
import { json, testServer, type TestServer } from './support.js';

const RANGE = { from: '2026-03-02', to: '2026-03-30' };

async function cliReport(server: TestServer, ...extra: string[]): Promise<unknown> {
  const run = await runCli(
    [
      '--db',
      server.database.target,
      '--config',
      server.configFile,
      'report',
      '--from',
      RANGE.from,
      '--to',
      RANGE.to,
      '--json',
      ...extra,
    ],
    { cwd: server.dir },
  );
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe.each(BACKENDS)('%s', (backend) => {
  test('GET /api/report is `orient report --json` for the same database, with and without people', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    const analyst = await server.as('analyst');
    await uploadOrg(server, admin);

    const query = `from=${RANGE.from}&to=${RANGE.to}`;
    const groups = await server.call('GET', `/api/report?${query}`, { as: analyst });
    expect(groups.status).toBe(200);
    const report = await json(groups);
    expect(report).toEqual(await cliReport(server));
    expect(report).not.toHaveProperty('people');

    const withPeople = await server.call('GET', `/api/report?${query}&people=1`, { as: admin });
    expect(await json(withPeople)).toEqual(await cliReport(server, '--people'));

    // Rule 9, worked by hand: the roadmap takes 4 AEs × 1 h × 4 Mondays = 16 h, the deck review
    // 2 × 1.5 h = 3 h.
    const review = (report as { inviteReview: { uid: string; sellingHours: number }[] })
      .inviteReview;
    expect(review.map((r) => [r.uid, r.sellingHours])).toEqual([
      [ROADMAP_UID, 16],
      [DECK_UID, 3],
    ]);
    expect(JSON.stringify(review)).not.toContain('ana@acme.com');
  });

  test('people=1 is for admins: 403 for analysts', async () => {
    const server = await testServer(backend);
    const analyst = await server.as('analyst');
    const res = await server.call('GET', `/api/report?people=1`, { as: analyst });
    expect(res.status).toBe(403);
    expect(await json(res)).toEqual({
      error: { code: 'forbidden', message: 'person-level data (people=1) is for admins' },
    });
  });

  test('a fresh install (no directory yet) has no range: nulls, not an error', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    const res = await server.call('GET', '/api/report/range', { as: admin });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ from: null, to: null, default: null });
  });

  test('without from/to the report covers the last full ISO weeks with data', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    await uploadOrg(server, admin);
    const range = await json(await server.call('GET', '/api/report/range', { as: admin }));
    // Data runs Mon 2 March to Thu 26 March; "now" is Thu 2 April, so the week of 30 March is
    // not full yet: the default ends on Monday 30 March.
    expect(range).toEqual({
      from: '2026-03-02',
      to: '2026-03-27',
      default: { from: '2026-03-02', to: '2026-03-30' },
    });
    const report = await json<{ range: unknown }>(
      await server.call('GET', '/api/report', { as: admin }),
    );
    expect(report.range).toMatchObject({ from: '2026-03-02', to: '2026-03-30', weeks: 4 });
  });

  test('bad ranges are 400 naming the field', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    const cases: [string, string][] = [
      ['from=2026-03-02', 'query.to: give both from and to, or neither'],
      ['from=2026-02-30&to=2026-03-02', 'query.from: is not a date'],
      ['from=2026-03-02&to=2026-03-01', 'query.to: must be after from'],
      ['from=March&to=2026-03-01', 'query.from: use YYYY-MM-DD'],
      ['peoples=1', 'query.peoples: unknown field'],
      ['people=yes', 'query.people'],
    ];
    for (const [query, message] of cases) {
      const res = await server.call('GET', `/api/report?${query}`, { as: admin });
      expect(res.status, query).toBe(400);
      expect((await json<{ error: { message: string } }>(res)).error.message).toContain(message);
    }
  });

  test('an empty directory is bad input, with the way to fix it', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    const res = await server.call('GET', `/api/report?from=${RANGE.from}&to=${RANGE.to}`, {
      as: admin,
    });
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({
      error: {
        code: 'bad-input',
        message: 'the directory is empty: upload it first (POST /api/import/directory)',
      },
    });
  });

  test('explain is `orient explain --json` (admin)', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    await uploadOrg(server, admin);
    const res = await server.call(
      'GET',
      `/api/explain/ANA@acme.com?from=${RANGE.from}&to=${RANGE.to}`,
      { as: admin },
    );
    expect(res.status).toBe(200);
    const run = await runCli(
      [
        '--db',
        server.database.target,
        '--config',
        server.configFile,
        'explain',
        'ana@acme.com',
        '--from',
        RANGE.from,
        '--to',
        RANGE.to,
        '--json',
      ],
      { cwd: server.dir },
    );
    const cli = run.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as unknown);
    const rows = await json<{ title: string; category: string }[]>(res);
    expect(rows).toEqual(cli);
    expect(rows.map((r) => r.category)).toContain('selling');
    expect((await server.call('GET', '/api/explain/nobody@acme.com', { as: admin })).status).toBe(
      404,
    );
  });

  test("a series' occurrences: counts for analysts, attendees with categories for admins", async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    const analyst = await server.as('analyst');
    await uploadOrg(server, admin);
    const path = `/api/meetings/${encodeURIComponent(ROADMAP_UID)}/occurrences?from=${RANGE.from}&to=${RANGE.to}`;
    const forAnalyst = await json<Record<string, unknown>[]>(
      await server.call('GET', path, { as: analyst }),
    );
    expect(forAnalyst).toHaveLength(4);
    expect(forAnalyst[0]).toEqual({
      recurrenceKey: '2026-03-02T15:00:00Z',
      start: '2026-03-02T15:00:00Z',
      end: '2026-03-02T16:00:00Z',
      title: 'Roadmap planning',
      customerFacingAttendees: 4,
      sellingHours: 4,
    });
    const forAdmin = await json<{ attendees: unknown[] }[]>(
      await server.call('GET', path, { as: admin }),
    );
    expect(forAdmin[0]?.attendees).toEqual([
      {
        email: 'ana@acme.com',
        name: 'Ana Lima',
        department: 'Sales',
        role: 'Account Executive',
        category: 'planning',
        hours: 1,
      },
      expect.objectContaining({ email: 'bo@acme.com', category: 'planning' }),
      expect.objectContaining({ email: 'cy@acme.com' }),
      expect.objectContaining({ email: 'di@acme.com' }),
    ]);
    const none = await server.call('GET', '/api/meetings/nothing/occurrences', { as: admin });
    expect(none.status).toBe(404);
  });

  test('GET /api/config is the effective config', async () => {
    const server = await testServer(backend);
    const analyst = await server.as('analyst');
    const config = await json(await server.call('GET', '/api/config', { as: analyst }));
    expect(config).toMatchObject({
      timezone: 'America/New_York',
      internalDomains: ['acme.com'],
      workweekHours: 40,
      privacy: { minGroupSize: 5 },
      roles: expect.objectContaining({ 'account executive': 'customer' }),
    });
  });

  test('a broken config file is 503 naming the problem', async () => {
    const server = await testServer(backend, { configYaml: 'timezone: Mars/Olympus\n' });
    const analyst = await server.as('analyst');
    const res = await server.call('GET', '/api/config', { as: analyst });
    expect(res.status).toBe(503);
    expect(await json(res)).toMatchObject({
      error: { code: 'unavailable', message: expect.stringContaining('timezone') },
    });
  });
});
