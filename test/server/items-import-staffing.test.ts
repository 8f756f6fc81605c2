// POST /api/items/csv and GET /api/items/staffing on both backends: the backlog taken whole or not
// at all, with each problem's line and column; the one-day rule's flagged pairs as hires, on the
// two-week org of test/counting/two-week-org.ts uploaded through the API; who may call them.
import { describe, expect, test } from 'vitest';
import { ics } from '../ingest/org-fixture.js';
import { BASE_CONFIG, DIRECTORY_CSV, type ReportOrg } from '../counting/report-org.js';
import { TWO_WEEKS, writeTwoWeekExports } from '../counting/two-week-org.js';
import { BACKENDS } from '../support/backends.js';
import { json, testServer, type Caller, type TestServer } from './support.js';

const BACKLOG = [
  'Title,Kind,Effort_Days,Cost,Selling_Hours_Per_Week,Confidence,Tags',
  'Pricing worksheet,worksheet,2,0,3,0.5,pricing;seats',
  'ROI calculator,tool,10,5000,5,,',
  '',
].join('\n');

interface Item {
  id: string;
  title: string;
  kind: string;
  effortDays: number;
  cost: number;
  sellingHoursPerWeek: number | null;
  confidence: number;
  tags: string[];
}

async function postCsv(server: TestServer, as: Caller, body: string, type = 'text/csv') {
  return server.call('POST', '/api/items/csv?name=backlog.csv', { as, body, type });
}

async function itemTitles(server: TestServer, as: Caller): Promise<string[]> {
  const res = await server.call('GET', '/api/items', { as });
  expect(res.status).toBe(200);
  return (await json<{ items: { title: string }[] }>(res)).items.map((i) => i.title);
}

/** The two-week org's exports as files, through the helper that writes them for the CLI tests. */
function twoWeekExports(): Map<string, string> {
  const files = new Map<string, string>();
  // writeTwoWeekExports only writes exports; the rest of a ReportOrg is not needed here.
  const collector = {
    writeExport(owner: string, ...events: (readonly string[])[]) {
      files.set(`${owner}.ics`, ics(...events));
    },
  } as unknown as ReportOrg;
  writeTwoWeekExports(collector);
  return files;
}

async function uploadTwoWeekOrg(server: TestServer, admin: Caller): Promise<void> {
  const directory = await server.call('POST', '/api/import/directory', {
    as: admin,
    body: DIRECTORY_CSV,
    type: 'text/csv',
  });
  expect(directory.status, await directory.clone().text()).toBe(200);
  const files = [...twoWeekExports()];
  for (const [i, [name, text]] of files.entries()) {
    const last = i === files.length - 1 ? '&last=1' : '';
    const res = await server.call(
      'POST',
      `/api/import/calendars?name=${encodeURIComponent(name)}&from=2026-02-01&to=2026-04-01${last}`,
      { as: admin, body: text, type: 'text/calendar' },
    );
    expect(res.status, await res.clone().text()).toBe(200);
  }
}

describe.each(BACKENDS)('%s: POST /api/items/csv', (backend) => {
  test('stores every row with its figures, confidence 1 when the cell is empty', async () => {
    const server = await testServer(backend);
    const analyst = await server.as('analyst');
    const res = await postCsv(server, analyst, BACKLOG);
    expect(res.status, await res.clone().text()).toBe(201);
    const body = await json<{ imported: number; items: Item[] }>(res);
    expect(body.imported).toBe(2);
    expect(body.items).toMatchObject([
      {
        title: 'Pricing worksheet',
        kind: 'worksheet',
        effortDays: 2,
        cost: 0,
        sellingHoursPerWeek: 3,
        confidence: 0.5,
        tags: ['pricing', 'seats'],
      },
      {
        title: 'ROI calculator',
        kind: 'tool',
        effortDays: 10,
        cost: 5000,
        sellingHoursPerWeek: 5,
        confidence: 1,
        tags: [],
      },
    ]);
    // Scores: 3 × 52 / 2 = 78 and 5 × 52 / 10 = 26.
    expect(await itemTitles(server, analyst)).toEqual(['Pricing worksheet', 'ROI calculator']);
  });

  test('refuses a file with problems, naming each line and column; nothing is stored', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    const res = await postCsv(
      server,
      admin,
      [
        'title,kind,effort_days,cost,selling_hours_per_week',
        'Fine,tool,1,0,1', // line 2: fine, but not stored
        'Bad,robot,1,-5,1', // line 3: unknown kind, negative cost
        '',
      ].join('\n'),
    );
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({
      error: { code: 'bad-input', message: 'backlog.csv: 2 problems; nothing was imported' },
      problems: [
        {
          line: 3,
          column: 'kind',
          message:
            'backlog.csv line 3, column kind: unknown kind "robot"; use one of worksheet, ' +
            'training, presentation, tool, content, hire',
        },
        {
          line: 3,
          column: 'cost',
          message: 'backlog.csv line 3, column cost: -5 is negative; use 0 or more',
        },
      ],
    });
    expect(await itemTitles(server, admin)).toEqual([]);
  });

  test('is for analysts and admins, and wants a CSV body', async () => {
    const server = await testServer(backend);
    const member = await server.as('member', 'pm@acme.com');
    expect((await postCsv(server, member, BACKLOG)).status).toBe(403);
    const analyst = await server.as('analyst');
    const wrongType = await postCsv(server, analyst, BACKLOG, 'application/json');
    expect(wrongType.status).toBe(400);
    expect((await json<{ error: { message: string } }>(wrongType)).error.message).toBe(
      'send the body with Content-Type: text/csv or application/octet-stream (got application/json)',
    );
  });
});

describe.each(BACKENDS)('%s: GET /api/items/staffing', (backend) => {
  // Worked by hand in test/cli/items-staffing.test.ts from the event table (rule 8, weeks = 2,
  // one day = 8 h): Product → Sales (27 + 24) / 4 = 12.75 h per person-week, 25.5 h a week,
  // FTE 0.6375, both PMs over a day; Sales → Product (26 + 23) / 4 = 12.25, 24.5 h a week,
  // FTE 0.6125, both AEs over a day. Sales is customer-oriented: 24.5 selling hours a week.
  test('lists the flagged pairs as hires with their evidence; marks the one already an item', async () => {
    const server = await testServer(backend, { configYaml: BASE_CONFIG });
    const admin = await server.as('admin');
    await uploadTwoWeekOrg(server, admin);
    const analyst = await server.as('analyst');
    const add = await server.call('POST', '/api/items', {
      as: analyst,
      json: { title: 'Hire a product manager for Product', kind: 'hire', effortDays: 30, cost: 1 },
    });
    expect(add.status).toBe(201);

    const res = await server.call(
      'GET',
      `/api/items/staffing?from=${TWO_WEEKS.from}&to=${TWO_WEEKS.to}`,
      { as: analyst },
    );
    expect(res.status, await res.clone().text()).toBe(200);
    const close = (x: number) => expect.closeTo(x, 12) as unknown as number;
    expect(await json(res)).toMatchObject({
      range: { from: '2026-02-02', to: '2026-02-16' },
      thresholdHoursPerWeek: 8,
      suggestions: [
        {
          title: 'Hire a sales engineer for Sales',
          kind: 'hire',
          evidence: {
            from: 'Product',
            to: 'Sales',
            people: 2,
            hoursPerPersonWeek: close(12.75),
            hoursPerWeek: close(25.5),
            fteAbsorbed: close(0.6375),
            flaggedPeople: 2,
          },
          sellingHoursPerWeek: 0,
          itemId: null,
        },
        {
          title: 'Hire a product manager for Product',
          evidence: {
            from: 'Sales',
            to: 'Product',
            hoursPerPersonWeek: close(12.25),
            hoursPerWeek: close(24.5),
            fteAbsorbed: close(0.6125),
            flaggedPeople: 2,
          },
          sellingHoursPerWeek: close(24.5),
          itemId: '1',
        },
      ],
    });
  });

  test('is for analysts and admins; a bad range is named', async () => {
    const server = await testServer(backend, { configYaml: BASE_CONFIG });
    const member = await server.as('member', 'pm@acme.com');
    const forbidden = await server.call('GET', '/api/items/staffing', { as: member });
    expect(forbidden.status).toBe(403);
    const analyst = await server.as('analyst');
    const half = await server.call('GET', '/api/items/staffing?from=2026-02-02', { as: analyst });
    expect(half.status).toBe(400);
    expect((await json<{ error: { message: string } }>(half)).error.message).toBe(
      'query.to: give both from and to, or neither',
    );
  });
});
