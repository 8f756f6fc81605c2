// GET /api/items/:id/loop on both backends, on a worked example computed by hand from the org of
// test/server/org.ts (March 2026 in New York, imported for [1 Mar, 1 Apr)). The only selling time
// in it is the Acme call, Thu 5 March 15:00–16:00: 1 h for Ana and 1 h for Cy (rule 6.1); the
// roadmap planning, the 1:1s and the deck review are not selling. The server's clock says
// 2 April 2026 12:00 UTC, 08:00 in New York: today is 2 April, not counted until it is over.
import { describe, expect, test } from 'vitest';
import { BACKENDS } from '../support/backends.js';
import { uploadOrg } from './org.js';
import { json, testServer, type Caller, type TestServer } from './support.js';

async function post(server: TestServer, as: Caller, path: string, body: unknown, status = 201) {
  const res = await server.call('POST', path, { as, json: body });
  expect(res.status, await res.clone().text()).toBe(status);
}

const note = (salespeople: string[], date: string, moments: [string, string][]) => ({
  kind: 'ride-along',
  observer: 'pm@acme.com',
  salespeople,
  date,
  moments: moments.map(([text, tag]) => ({ text, tags: [tag] })),
});

// Notes (ids in the order posted):
//   1 Tue 3 Mar  Ana, Cy  m1 security, m2 pricing
//   2 Mon 2 Mar  Bo       m3 security
//   3 Tue 10 Mar Di       m4 pricing
//   4 Wed 11 Mar Ana      m5 security
// Requests: Di asks for security answers (1), Bo for a SOC 2 summary (2); Pat, a PM, records Ed's
// vote for request 2 after a call; request 2 is merged into 1, which takes Ed's vote. The item
// (tags: security) answers moment 1 and the duplicate request 2, and ships on Thu 5 March.
async function workedExample(backend: (typeof BACKENDS)[number]) {
  const server = await testServer(backend);
  const admin = await server.as('admin');
  await uploadOrg(server, admin);
  const analyst = await server.as('analyst');
  const pm = await server.as('member', 'pm@acme.com');
  await post(
    server,
    pm,
    '/api/notes',
    note(['ana@acme.com', 'cy@acme.com'], '2026-03-03', [
      ['could not answer the SOC 2 question', 'security'],
      ['unsure how seats are priced', 'pricing'],
    ]),
  );
  await post(
    server,
    pm,
    '/api/notes',
    note(['bo@acme.com'], '2026-03-02', [['pen test report', 'security']]),
  );
  await post(
    server,
    pm,
    '/api/notes',
    note(['di@acme.com'], '2026-03-10', [['volume discount', 'pricing']]),
  );
  await post(
    server,
    pm,
    '/api/notes',
    note(['ana@acme.com'], '2026-03-11', [['SSO question', 'security']]),
  );
  await post(server, admin, '/api/requests', {
    title: 'Security answers',
    requestedBy: 'di@acme.com',
  });
  await post(server, admin, '/api/requests', {
    title: 'SOC 2 summary',
    requestedBy: 'bo@acme.com',
  });
  await post(server, pm, '/api/requests/2/votes', { salesperson: 'ed@acme.com' });
  await post(server, analyst, '/api/requests/2/merge', { into: '1' }, 200);
  await post(server, analyst, '/api/items', {
    title: 'Security answers kit',
    kind: 'worksheet',
    effortDays: 3,
    cost: 0,
    tags: ['security'],
    evidence: { moments: ['1'], requests: ['2'] },
  });
  await post(server, analyst, '/api/items/1/ship', { date: '2026-03-05' }, 200);
  return { server, admin, analyst, pm };
}

interface Loop {
  tell: { email: string; name: string | null; why: string }[];
  struggles: Record<string, unknown>;
  sellingShare: {
    people: number;
    withCalendar: number;
    suppressed: boolean;
    before: Record<string, unknown> & { share: number | null };
    after: Record<string, unknown> & { share: number | null };
    perPerson?: unknown[];
  };
}

describe.each(BACKENDS)('%s', (backend) => {
  test('the worked example, one week each side: whom to tell, struggles, selling share', async () => {
    const { server, analyst } = await workedExample(backend);
    const res = await server.call('GET', '/api/items/1/loop?weeks=1', { as: analyst });
    expect(res.status, await res.clone().text()).toBe(200);
    const loop = await json<Loop>(res);
    // Moment 1 is in note 1: Ana, Cy. Request 2's family is 1 and 2: Di and Bo asked; Ed's vote
    // moved to 1 with the merge, recorded by Pat. Five people, by name.
    expect(loop.tell.map((p) => [p.name, p.why])).toEqual([
      ['Ana Lima', 'moment 1 (note 1, 2026-03-03)'],
      ['Bo Chen', "asked for request 2 'SOC 2 summary' (merged into 1)"],
      ['Cy Park', 'moment 1 (note 1, 2026-03-03)'],
      ['Di Ross', "asked for request 1 'Security answers'"],
      ['Ed Diaz', "voted for request 1 'Security answers' (recorded by pm@acme.com)"],
    ]);
    // Struggles: before [26 Feb, 5 Mar) starts at the first note, 2 Mar: 3 days; notes 1, 2 = 2,
    // security moments m1, m3 = 2: 1 a note. After [5 Mar, 12 Mar): notes 3, 4 = 2, security m5 = 1:
    // 0.5 a note.
    expect(loop.struggles).toEqual({
      tags: ['security'],
      tagsFrom: 'item',
      before: {
        from: '2026-03-02',
        to: '2026-03-05',
        days: 3,
        weeks: 3 / 7,
        startsLate: true,
        endsEarly: null,
        notes: 2,
        struggles: 2,
        perNote: 1,
      },
      after: {
        from: '2026-03-05',
        to: '2026-03-12',
        days: 7,
        weeks: 1,
        startsLate: false,
        endsEarly: null,
        notes: 2,
        struggles: 1,
        perNote: 0.5,
      },
    });
    // Selling share, five people (not fewer than minGroupSize 5, so shown); only Ana's own
    // calendar is imported. Before [26 Feb, 5 Mar) starts with the import, 1 Mar: 4 days, no
    // selling: 0. After [5 Mar, 12 Mar), the ship day included: the Acme call, 1 h for Ana and Cy;
    // (1 + 1) ÷ (1 week × 40 h) ÷ 5 people = 0.01.
    const share = loop.sellingShare;
    expect(share).toMatchObject({ people: 5, withCalendar: 1, suppressed: false });
    expect(share.before).toMatchObject({ from: '2026-03-01', days: 4, startsLate: true, share: 0 });
    expect(share.after).toMatchObject({ from: '2026-03-05', to: '2026-03-12', days: 7 });
    expect(share.after.share).toBeCloseTo(0.01, 12);
    expect(share.perPerson).toBeUndefined();
  });

  test('the default 13 weeks: cut by the end of the imports and by today', async () => {
    const { server, analyst } = await workedExample(backend);
    const loop = await json<Loop>(await server.call('GET', '/api/items/1/loop', { as: analyst }));
    // Notes after [5 Mar, 4 Jun) so far [5 Mar, 2 Apr): 28 days.
    expect(loop.struggles['after']).toMatchObject({
      to: '2026-04-02',
      days: 28,
      endsEarly: 'today',
    });
    // Calendar after: the imports end on 1 Apr: [5 Mar, 1 Apr) = 27 days, 27/7 × 40 = 1080/7 h;
    // (1 + 1) h ÷ 1080/7 ÷ 5 = 14/5400.
    expect(loop.sellingShare.after).toMatchObject({
      to: '2026-04-01',
      days: 27,
      endsEarly: 'data',
    });
    expect(loop.sellingShare.after.share).toBeCloseTo(14 / 5400, 12);
  });

  test('each person’s selling share for admins only; members get nothing', async () => {
    const { server, admin, analyst, pm } = await workedExample(backend);
    const denied = await server.call('GET', '/api/items/1/loop?weeks=1&people=1', { as: analyst });
    expect(denied.status).toBe(403);
    expect(await json(denied)).toEqual({
      error: { code: 'forbidden', message: 'person-level data (people=1) is for admins' },
    });
    expect((await server.call('GET', '/api/items/1/loop', { as: pm })).status).toBe(403);
    expect((await server.call('GET', '/api/items/1/loop')).status).toBe(401);
    const loop = await json<Loop>(
      await server.call('GET', '/api/items/1/loop?weeks=1&people=1', { as: admin }),
    );
    // After: Ana and Cy 1 h ÷ 40 h = 0.025; Bo, Di, Ed 0. Before: 0 for all.
    expect(loop.sellingShare.perPerson).toEqual([
      { email: 'ana@acme.com', name: 'Ana Lima', calendar: true, before: 0, after: 0.025 },
      { email: 'bo@acme.com', name: 'Bo Chen', calendar: false, before: 0, after: 0 },
      { email: 'cy@acme.com', name: 'Cy Park', calendar: false, before: 0, after: 0.025 },
      { email: 'di@acme.com', name: 'Di Ross', calendar: false, before: 0, after: 0 },
      { email: 'ed@acme.com', name: 'Ed Diaz', calendar: false, before: 0, after: 0 },
    ]);
  });

  test('not shipped → 400, unknown → 404, bad weeks → 400', async () => {
    const { server, analyst } = await workedExample(backend);
    await post(server, analyst, '/api/items', {
      title: 'Pricing calculator',
      kind: 'tool',
      effortDays: 5,
      cost: 0,
    });
    const open = await server.call('GET', '/api/items/2/loop', { as: analyst });
    expect(open.status).toBe(400);
    expect(await json(open)).toEqual({
      error: {
        code: 'bad-input',
        message:
          "item 2 'Pricing calculator' has not shipped (it is proposed): the loop closes once it ships",
      },
    });
    const missing = await server.call('GET', '/api/items/9/loop', { as: analyst });
    expect(missing.status).toBe(404);
    expect(await json(missing)).toEqual({ error: { code: 'not-found', message: 'no item 9' } });
    for (const weeks of ['0', '105', '1.5', 'x']) {
      const bad = await server.call('GET', `/api/items/1/loop?weeks=${weeks}`, { as: analyst });
      expect(bad.status).toBe(400);
      expect(await json(bad)).toEqual({
        error: { code: 'bad-input', message: 'query.weeks: use a whole number from 1 to 104' },
      });
    }
  });
});
