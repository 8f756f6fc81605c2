// The enablement API on both backends: field notes (a member's own; analysts and admins all),
// items scored in priority order with the evidence behind them, the plan; bad input refused with
// nothing stored, and who may do what.
import { describe, expect, test } from 'vitest';
import { BACKENDS } from '../support/backends.js';
import { uploadOrg } from './org.js';
import { json, testServer, type Caller, type TestServer } from './support.js';

const RIDE_ALONG = {
  observer: 'pm@acme.com',
  salespeople: ['ana@acme.com', 'cy@acme.com'],
  date: '2026-03-05',
  account: 'Client Example',
  occurrence: 'acme-call@acme.com',
  moments: [
    { text: 'could not answer the SOC 2 question', tags: ['security'], severity: 3 },
    { text: 'unsure how seats are priced', kind: 'unsure', raisedBy: 'salesperson' },
  ],
};

interface Note {
  id: string;
  observer: string;
  moments: { id: string; text: string }[];
  recordedBy: string | null;
}

/** The org uploaded; an admin, an analyst, and two PMs who are members (pm@ and pm2@). */
async function org(backend: (typeof BACKENDS)[number]) {
  const server = await testServer(backend);
  const admin = await server.as('admin');
  await uploadOrg(server, admin);
  return {
    server,
    admin,
    analyst: await server.as('analyst'),
    pm: await server.as('member', 'pm@acme.com'),
    pm2: await server.as('member', 'pm2@acme.com'),
  };
}

async function post<T = Record<string, unknown>>(
  server: TestServer,
  as: Caller,
  path: string,
  body: unknown,
  status = 201,
): Promise<T> {
  const res = await server.call('POST', path, { as, json: body });
  expect(res.status, await res.clone().text()).toBe(status);
  return json<T>(res);
}

async function get<T = Record<string, unknown>>(
  server: TestServer,
  as: Caller,
  path: string,
): Promise<T> {
  const res = await server.call('GET', path, { as });
  expect(res.status, await res.clone().text()).toBe(200);
  return json<T>(res);
}

describe.each(BACKENDS)('%s', (backend) => {
  test('a member logs a ride-along as its observer; the moments get ids and defaults', async () => {
    const { server, pm } = await org(backend);
    const note = await post<Note>(server, pm, '/api/notes', RIDE_ALONG);
    expect(note).toEqual({
      id: '1',
      kind: 'ride-along',
      observer: 'pm@acme.com',
      salespeople: ['ana@acme.com', 'cy@acme.com'],
      date: '2026-03-05',
      account: 'Client Example',
      occurrence: { uid: 'acme-call@acme.com', recurrenceKey: '' },
      moments: [
        {
          id: '1',
          text: 'could not answer the SOC 2 question',
          kind: 'struggle',
          tags: ['security'],
          raisedBy: 'customer',
          severity: 3,
        },
        {
          id: '2',
          text: 'unsure how seats are priced',
          kind: 'unsure',
          tags: [],
          raisedBy: 'salesperson',
          severity: 2,
        },
      ],
      recordedBy: 'pm@acme.com',
      createdAt: '2026-04-02T12:00:00Z',
    });
  });

  test('bad notes are refused naming the problem, and nothing is stored', async () => {
    const { server, pm, admin } = await org(backend);
    const cases: [unknown, number, string][] = [
      [
        { ...RIDE_ALONG, salespeople: ['ana@acme.com', 'zed@acme.com'] },
        400,
        'unknown: salesperson zed@acme.com is not in the directory',
      ],
      [{ ...RIDE_ALONG, occurrence: 'nope@acme.com' }, 400, 'no imported occurrence nope@acme.com'],
      [
        { ...RIDE_ALONG, moments: [{ text: 'x', severity: 4 }] },
        400,
        'body.moments.0.severity: must be 1, 2 or 3',
      ],
      [{ ...RIDE_ALONG, date: '2026-02-30' }, 400, 'body.date: is not a date'],
      [{ ...RIDE_ALONG, salespeople: [] }, 400, 'body.salespeople: name at least one salesperson'],
      [
        { ...RIDE_ALONG, observer: 'pm2@acme.com' },
        403,
        'body.observer: a member logs their own notes (you are pm@acme.com)',
      ],
    ];
    for (const [body, status, message] of cases) {
      const res = await server.call('POST', '/api/notes', { as: pm, json: body });
      expect(res.status, message).toBe(status);
      expect((await json<{ error: { message: string } }>(res)).error.message).toBe(message);
    }
    expect(await get(server, admin, '/api/notes')).toEqual([]);
  });

  test('a member sees and changes only their own notes; analysts and admins see all', async () => {
    const { server, pm, pm2, analyst, admin } = await org(backend);
    const mine = await post<Note>(server, pm, '/api/notes', RIDE_ALONG);
    const byAdmin = await post<Note>(server, admin, '/api/notes', {
      ...RIDE_ALONG,
      observer: 'pm2@acme.com',
      moments: [],
    });
    expect(byAdmin.recordedBy).toBe('admin@acme.com');

    expect((await get<Note[]>(server, pm, '/api/notes')).map((n) => n.id)).toEqual([mine.id]);
    // pm2 observed the admin's note: it is theirs too.
    expect((await get<Note[]>(server, pm2, '/api/notes')).map((n) => n.id)).toEqual([byAdmin.id]);
    expect((await get<Note[]>(server, analyst, '/api/notes')).map((n) => n.id)).toEqual([
      mine.id,
      byAdmin.id,
    ]);

    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await server.call(method, `/api/notes/${mine.id}`, {
        as: pm2,
        ...(method === 'PUT' ? { json: { ...RIDE_ALONG, observer: 'pm2@acme.com' } } : {}),
      });
      expect(res.status, method).toBe(404);
    }
    expect((await get<Note>(server, pm, `/api/notes/${mine.id}`)).id).toBe(mine.id);

    const edited = await server.call('PUT', `/api/notes/${mine.id}`, {
      as: pm,
      json: {
        ...RIDE_ALONG,
        moments: [{ ...RIDE_ALONG.moments[0], id: mine.moments[0]!.id, text: 'SOC 2 report' }],
      },
    });
    expect(edited.status).toBe(200);
    expect((await json<Note>(edited)).moments).toEqual([
      expect.objectContaining({ id: mine.moments[0]!.id, text: 'SOC 2 report' }),
    ]);

    expect((await server.call('DELETE', `/api/notes/${mine.id}`, { as: pm })).status).toBe(204);
    expect(await get<Note[]>(server, pm, '/api/notes')).toEqual([]);
  });

  test('items: a struggle from a ride-along is evidence; the list ranks with inputs; the plan', async () => {
    const { server, pm, analyst } = await org(backend);
    const note = await post<Note>(server, pm, '/api/notes', RIDE_ALONG);
    const sheet = await post<{ id: string }>(server, analyst, '/api/items', {
      title: 'Security answers sheet',
      kind: 'worksheet',
      effortDays: 3,
      cost: 0,
      derivation: { timesPerWeek: 2, salespeople: 6, minutesLost: 30 },
      confidence: 0.8,
      evidence: { moments: [note.moments[0]!.id] },
    });
    await post(server, analyst, '/api/items', {
      title: 'Pricing deck',
      kind: 'presentation',
      effortDays: 5,
      cost: 2000,
      sellingHoursPerWeek: 1,
    });
    const list = await get<{ method: string; items: Record<string, unknown>[] }>(
      server,
      analyst,
      '/api/items',
    );
    expect(list.method).toBe('hours-per-day');
    expect(list.items.map((i) => [i['rank'], i['title']])).toEqual([
      [1, 'Security answers sheet'],
      [2, 'Pricing deck'],
    ]);
    expect(list.items[0]).toMatchObject({
      id: sheet.id,
      score: 104,
      sellingHoursPerWeek: 6,
      sellingHoursPerYear: 312,
      evidence: { salespeople: 2, calls: 1, observations: 1, moments: 1, votes: 0, requests: 0 },
      inputs: { effortDays: 3, confidence: 0.8, salespeople: 2, calls: 1 },
    });
    const rice = await get<{
      method: string;
      items: { title: string; inputs: Record<string, unknown> }[];
    }>(server, analyst, '/api/items?method=rice');
    expect(rice.items[0]?.inputs).toMatchObject({ reach: 2, reachFrom: 'evidence', impact: 3 });

    const plan = await get(server, analyst, '/api/plan?days=4&money=5000');
    expect(plan).toMatchObject({
      budget: { days: 4, money: 5000 },
      method: 'hours-per-day',
      greedy: {
        items: ['Security answers sheet'],
        ids: [sheet.id],
        days: 3,
        money: 0,
        sellingHoursPerYear: 312,
        stoppedAt: { title: 'Pricing deck', reason: 'time' },
      },
      best: { items: ['Security answers sheet'], sellingHoursPerYear: 312 },
      difference: { sellingHoursPerYear: 0 },
    });
    for (const [query, message] of [
      [
        '',
        'query.days: required: the plan needs a budget (days and money); query.money: required: the plan needs a budget (days and money)',
      ],
      ['?days=0&money=0', 'the plan needs a budget: days and money are both 0'],
      ['?days=-1&money=5', 'query.days: use a number, 0 or more'],
    ] as const) {
      const res = await server.call('GET', `/api/plan${query}`, { as: analyst });
      expect(res.status, query).toBe(400);
      expect((await json<{ error: { message: string } }>(res)).error.message).toBe(message);
    }
    expect((await server.call('GET', '/api/items', { as: pm })).status).toBe(403);
  });

  test('items: a derivation may leave the salespeople to the evidence', async () => {
    const { server, pm, analyst } = await org(backend);
    const note = await post<Note>(server, pm, '/api/notes', RIDE_ALONG);
    // The ride-along met two salespeople (its evidence strength counts 2, as above):
    // 1 time a week × 2 salespeople × 30 min = 1 h a week.
    const item = await post<{ derivation: unknown }>(server, analyst, '/api/items', {
      title: 'Security answers sheet',
      kind: 'worksheet',
      effortDays: 1,
      cost: 0,
      derivation: { timesPerWeek: 1, minutesLost: 30 },
      evidence: { moments: [note.moments[0]!.id] },
    });
    expect(item.derivation).toEqual({ timesPerWeek: 1, salespeople: 2, minutesLost: 30 });
    const list = await get<{ items: Record<string, unknown>[] }>(server, analyst, '/api/items');
    expect(list.items[0]).toMatchObject({ sellingHoursPerWeek: 1, sellingHoursPerYear: 52 });

    const none = await server.call('POST', '/api/items', {
      as: analyst,
      json: {
        title: 'Deck',
        kind: 'presentation',
        effortDays: 1,
        cost: 0,
        derivation: { timesPerWeek: 1, minutesLost: 30 },
      },
    });
    expect(none.status).toBe(400);
    expect((await json<{ error: { message: string } }>(none)).error.message).toBe(
      'derivation.salespeople: the linked evidence names no salesperson; give the count',
    );
    expect((await get<{ items: unknown[] }>(server, analyst, '/api/items')).items).toHaveLength(1);
  });

  test('items: bad figures are refused; edits, evidence links, ship and delete', async () => {
    const { server, analyst } = await org(backend);
    const negative = await server.call('POST', '/api/items', {
      as: analyst,
      json: { title: 'Deck', kind: 'presentation', effortDays: 1, cost: -5 },
    });
    expect(negative.status).toBe(400);
    expect((await json<{ error: { message: string } }>(negative)).error.message).toBe(
      'body.cost: must be 0 or more',
    );
    const item = await post<{ id: string }>(server, analyst, '/api/items', {
      title: 'Deck',
      kind: 'presentation',
      effortDays: 1,
      cost: 5,
    });
    const missing = await server.call('POST', `/api/items/${item.id}/evidence`, {
      as: analyst,
      json: { moments: ['9'] },
    });
    expect(missing.status).toBe(400);
    expect((await json<{ error: { message: string } }>(missing)).error.message).toBe(
      'no moment 9 to link',
    );

    const patched = await server.call('PATCH', `/api/items/${item.id}`, {
      as: analyst,
      json: { cost: 50, status: 'planned' },
    });
    expect(await json(patched)).toMatchObject({ cost: 50, status: 'planned' });
    const shipped = await post(server, analyst, `/api/items/${item.id}/ship`, {}, 200);
    expect(shipped).toMatchObject({
      item: { status: 'shipped', shippedAt: '2026-04-02' },
      requestsShipped: [],
    });
    expect((await get<{ items: unknown[] }>(server, analyst, '/api/items')).items).toEqual([]);
    expect(
      (await get<{ items: unknown[] }>(server, analyst, '/api/items?all=1')).items,
    ).toHaveLength(1);
    expect((await server.call('DELETE', `/api/items/${item.id}`, { as: analyst })).status).toBe(
      204,
    );
    expect((await server.call('GET', `/api/items/${item.id}`, { as: analyst })).status).toBe(404);
  });
});

describe.each(BACKENDS)('%s: requests and votes', (backend) => {
  interface Request {
    id: string;
    requestedBy: string | null;
    status: string;
    mergedInto: string | null;
    voteCount: number;
    votes: { salesperson: string; recordedBy: string }[];
  }

  async function board() {
    const setup = await org(backend);
    const ana = await setup.server.as('member', 'ana@acme.com');
    const bo = await setup.server.as('member', 'bo@acme.com');
    const sheet = await post<Request>(setup.server, ana, '/api/requests', {
      title: 'Security answers sheet',
    });
    return { ...setup, ana, bo, sheet };
  }

  async function message(res: Response): Promise<string> {
    return (await json<{ error: { message: string } }>(res)).error.message;
  }

  test('a salesperson asks and votes as themself, once', async () => {
    const { server, ana, sheet } = await board();
    expect(sheet).toMatchObject({
      id: '1',
      requestedBy: 'ana@acme.com',
      status: 'open',
      voteCount: 0,
      votes: [],
    });
    const voted = await post<Request>(server, ana, `/api/requests/${sheet.id}/votes`, {});
    expect(voted.votes).toEqual([
      { salesperson: 'ana@acme.com', recordedBy: 'ana@acme.com', at: '2026-04-02T12:00:00Z' },
    ]);
    const again = await server.call('POST', `/api/requests/${sheet.id}/votes`, {
      as: ana,
      json: {},
    });
    expect(again.status).toBe(400);
    expect(await message(again)).toBe(
      "ana@acme.com has already voted for 'Security answers sheet' (2026-04-02T12:00:00Z)",
    );
    const missing = await server.call('POST', '/api/requests/9/votes', { as: ana, json: {} });
    expect([missing.status, await message(missing)]).toEqual([404, 'no request 9']);
  });

  test('votes on behalf: a PM or an admin records them, credited to the salesperson; a salesperson may not', async () => {
    const { server, ana, bo, pm, admin, sheet } = await board();
    const byPm = await post<Request>(server, pm, `/api/requests/${sheet.id}/votes`, {
      salesperson: 'bo@acme.com',
    });
    expect(byPm.votes).toEqual([
      expect.objectContaining({ salesperson: 'bo@acme.com', recordedBy: 'pm@acme.com' }),
    ]);
    await post(server, admin, `/api/requests/${sheet.id}/votes`, { salesperson: 'cy@acme.com' });
    const byAna = await server.call('POST', `/api/requests/${sheet.id}/votes`, {
      as: ana,
      json: { salesperson: 'di@acme.com' },
    });
    expect([byAna.status, await message(byAna)]).toEqual([
      403,
      'body.salesperson: only an admin or a product or marketing member may act for di@acme.com',
    ]);
    const unknown = await server.call('POST', `/api/requests/${sheet.id}/votes`, {
      as: pm,
      json: { salesperson: 'zed@acme.com' },
    });
    expect([unknown.status, await message(unknown)]).toEqual([
      400,
      'unknown: salesperson zed@acme.com is not in the directory',
    ]);

    // Members see counts and their own votes; analysts and admins see every name.
    const seenByAna = await get<Request>(server, ana, `/api/requests/${sheet.id}`);
    expect(seenByAna).toMatchObject({ requestedBy: 'ana@acme.com', voteCount: 2, votes: [] });
    const seenByBo = await get<Request[]>(server, bo, '/api/requests');
    expect(seenByBo[0]).toMatchObject({
      requestedBy: null,
      voteCount: 2,
      votes: [{ salesperson: 'bo@acme.com' }],
    });
    expect((await get<Request>(server, admin, `/api/requests/${sheet.id}`)).votes).toHaveLength(2);

    // Removable by whoever recorded it, the salesperson credited, or an admin — not anyone else.
    const byOther = await server.call('DELETE', `/api/requests/${sheet.id}/votes/bo@acme.com`, {
      as: ana,
    });
    expect(byOther.status).toBe(403);
    const removed = await server.call('DELETE', `/api/requests/${sheet.id}/votes/bo@acme.com`, {
      as: pm,
    });
    expect(removed.status).toBe(200);
    expect((await json<Request>(removed)).voteCount).toBe(1);
    expect(
      (await server.call('DELETE', `/api/requests/${sheet.id}/votes/cy@acme.com`, { as: admin }))
        .status,
    ).toBe(200);
    const gone = await server.call('DELETE', `/api/requests/${sheet.id}/votes/cy@acme.com`, {
      as: admin,
    });
    expect([gone.status, await message(gone)]).toEqual([
      404,
      "cy@acme.com has no vote on 'Security answers sheet'",
    ]);
  });

  test('a merge carries the votes; a merge into itself is refused; statuses; members cannot', async () => {
    const { server, ana, bo, analyst, sheet } = await board();
    const dup = await post<Request>(server, bo, '/api/requests', { title: 'SOC 2 answers' });
    await post(server, ana, `/api/requests/${sheet.id}/votes`, {});
    await post(server, ana, `/api/requests/${dup.id}/votes`, {});
    await post(server, bo, `/api/requests/${dup.id}/votes`, {});
    const self = await server.call('POST', `/api/requests/${dup.id}/merge`, {
      as: analyst,
      json: { into: dup.id },
    });
    expect([self.status, await message(self)]).toEqual([
      400,
      'a request cannot be merged into itself',
    ]);
    expect(
      (
        await server.call('POST', `/api/requests/${dup.id}/merge`, {
          as: ana,
          json: { into: sheet.id },
        })
      ).status,
    ).toBe(403);
    const merged = await post<{ merged: Request; into: Request }>(
      server,
      analyst,
      `/api/requests/${dup.id}/merge`,
      { into: sheet.id },
      200,
    );
    expect(merged.merged).toMatchObject({
      status: 'duplicate',
      mergedInto: sheet.id,
      voteCount: 0,
    });
    expect(merged.into.votes.map((v) => v.salesperson)).toEqual(['ana@acme.com', 'bo@acme.com']);
    const closed = await server.call('POST', `/api/requests/${dup.id}/votes`, {
      as: ana,
      json: {},
    });
    expect(await message(closed)).toBe(`request ${dup.id} was merged into ${sheet.id}; vote there`);

    const planned = await server.call('PATCH', `/api/requests/${sheet.id}`, {
      as: analyst,
      json: { status: 'planned' },
    });
    expect((await json<Request>(planned)).status).toBe('planned');
    const skip = await server.call('PATCH', `/api/requests/${sheet.id}`, {
      as: analyst,
      json: { status: 'shipped' },
    });
    expect(await message(skip)).toBe(
      "request 'Security answers sheet' cannot go from planned to shipped (it can go to in-progress, declined, open)",
    );
  });

  test('shipping an item marks the requests it answers shipped, so the salespeople hear back', async () => {
    const { server, ana, analyst, sheet } = await board();
    const item = await post<{ id: string }>(server, analyst, '/api/items', {
      title: 'Security answers sheet',
      kind: 'worksheet',
      effortDays: 2,
      cost: 0,
      sellingHoursPerWeek: 3,
      evidence: { requests: [sheet.id] },
    });
    const shipped = await post(
      server,
      analyst,
      `/api/items/${item.id}/ship`,
      { date: '2026-04-10' },
      200,
    );
    expect(shipped).toMatchObject({
      item: { shippedAt: '2026-04-10' },
      requestsShipped: [sheet.id],
    });
    expect((await get<Request>(server, ana, `/api/requests/${sheet.id}`)).status).toBe('shipped');
  });
});
