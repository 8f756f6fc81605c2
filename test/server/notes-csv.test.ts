// Field notes as CSV over the API and ride-alongs suggested from the calendar, on both backends:
// a member uploads and downloads only their own notes, analysts and admins all of them; a bad
// file or another observer's notes are refused whole; a download uploaded into another server
// downloads the same; suggestions on a small calendar worked out by hand.
import { describe, expect, test } from 'vitest';
import { BACKENDS } from '../support/backends.js';
import { ics, vevent } from '../ingest/org-fixture.js';
import { uploadOrg } from './org.js';
import { json, testServer, type Caller, type TestServer } from './support.js';

const HEADER =
  'note,kind,observer,salespeople,date,account,occurrence,moment,moment_kind,tags,raised_by,severity';

// Pat's two notes, already in the export's form (so the download reads the same): a ride-along
// on the Acme call with two moments (quotes, a comma, a line break, non-ASCII), an interview
// without moments.
const PATS_NOTES = [
  HEADER,
  '1,ride-along,pm@acme.com,ana@acme.com;cy@acme.com,2026-03-05,Client Example,acme-call@acme.com,"Could not answer ""SOC 2?"", twice",struggle,security,customer,3',
  '1,ride-along,pm@acme.com,ana@acme.com;cy@acme.com,2026-03-05,Client Example,acme-call@acme.com,"Seat pricing\nfor 3 régions",unsure,pricing,salesperson,2',
  '2,interview,pm@acme.com,bo@acme.com,2026-03-09,,,,,,,',
  '',
].join('\r\n');

// The note an admin logs for Kim (pm2@) on the Initech demo: it comes third (11 March).
const KIMS_ROW = '3,ride-along,pm2@acme.com,di@acme.com,2026-03-11,,initech@acme.com,,,,,\r\n';

const NY = 'TZID=America/New_York';
const accepted = (who: string) => `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${who}`;

// Two sales calls beside the org of org.ts (where no market-oriented person meets a customer):
// Bo's Globex call with Pat, Tue 10 March 13:00 EDT (17:00Z); Di's Initech demo with Kim,
// Wed 11 March 10:00 EDT (14:00Z). Organisers' copies carry everyone's answers.
const SALES_CALLS: Record<string, string> = {
  'bo@acme.com.ics': ics(
    vevent(
      'UID:globex-call@acme.com',
      'DTSTAMP:20260220T120000Z',
      `DTSTART;${NY}:20260310T130000`,
      `DTEND;${NY}:20260310T140000`,
      'SUMMARY:Globex call',
      'ORGANIZER:mailto:bo@acme.com',
      accepted('bo@acme.com'),
      accepted('pm@acme.com'),
      accepted('buyer@globex.example'),
    ),
  ),
  'di@acme.com.ics': ics(
    vevent(
      'UID:initech@acme.com',
      'DTSTAMP:20260220T120000Z',
      `DTSTART;${NY}:20260311T100000`,
      `DTEND;${NY}:20260311T110000`,
      'SUMMARY:Initech demo',
      'ORGANIZER:mailto:di@acme.com',
      accepted('di@acme.com'),
      accepted('pm2@acme.com'),
      accepted('lead@initech.example'),
    ),
  ),
};

async function org(backend: (typeof BACKENDS)[number]) {
  const server = await testServer(backend);
  const admin = await server.as('admin');
  await uploadOrg(server, admin);
  const names = Object.keys(SALES_CALLS);
  for (const [i, name] of names.entries()) {
    const last = i === names.length - 1 ? '&last=1' : '';
    const res = await server.call(
      'POST',
      `/api/import/calendars?name=${encodeURIComponent(name)}&from=2026-03-01&to=2026-04-01${last}`,
      { as: admin, body: SALES_CALLS[name]!, type: 'text/calendar' },
    );
    expect(res.status, await res.clone().text()).toBe(200);
  }
  return {
    server,
    admin,
    analyst: await server.as('analyst'),
    pm: await server.as('member', 'pm@acme.com'),
    pm2: await server.as('member', 'pm2@acme.com'),
  };
}

function upload(server: TestServer, as: Caller, csv: string, type = 'text/csv') {
  return server.call('POST', '/api/notes/csv?name=notes.csv', { as, body: csv, type });
}

async function download(server: TestServer, as: Caller): Promise<string> {
  const res = await server.call('GET', '/api/notes/csv', { as });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toBe('attachment; filename="field-notes.csv"');
  return res.text();
}

interface ErrorBody {
  error: { code: string; message: string };
  problems?: { line: number; column: string | null; message: string }[];
}

describe.each(BACKENDS)('%s', (backend) => {
  test('a member uploads and downloads their own notes; analysts download all; another server reads the download back the same', async () => {
    const { server, admin, analyst, pm, pm2 } = await org(backend);
    const res = await upload(server, pm, PATS_NOTES);
    expect(res.status, await res.clone().text()).toBe(201);
    expect(await json(res)).toEqual({ notes: 2, moments: 2, ids: ['1', '2'] });
    const kims = await server.call('POST', '/api/notes', {
      as: admin,
      json: {
        observer: 'pm2@acme.com',
        salespeople: ['di@acme.com'],
        date: '2026-03-11',
        occurrence: 'initech@acme.com',
      },
    });
    expect(kims.status).toBe(201);

    expect(await download(server, pm)).toBe(PATS_NOTES);
    expect(await download(server, pm2)).toBe(`${HEADER}\r\n${KIMS_ROW}`);
    const everything = `${PATS_NOTES}${KIMS_ROW}`;
    expect(await download(server, analyst)).toBe(everything);
    expect(await download(server, admin)).toBe(everything);

    // The same org on a second server: the analyst's download, uploaded by an admin, gets ids 1–3
    // (keys in order) and downloads unchanged.
    const other = await org(backend);
    const again = await upload(other.server, other.admin, everything);
    expect(again.status, await again.clone().text()).toBe(201);
    expect(await json(again)).toEqual({ notes: 3, moments: 2, ids: ['1', '2', '3'] });
    expect(await download(other.server, other.admin)).toBe(everything);
  });

  test('a bad file is refused with every problem on its line and column, and nothing is stored', async () => {
    const { server, admin, pm } = await org(backend);
    const bad = [
      HEADER,
      /* 2 */ '1,ride-along,pm@acme.com,ana@acme.com;zed@acme.com,2026-03-05,,,fine,,,,',
      /* 3 */ '2,ride-along,pm@acme.com,ana@acme.com,2026-03-05,,nope@acme.com,x,,,,7',
      /* 4 */ '2,ride-along,pm@acme.com,ana@acme.com,2026-03-06,,nope@acme.com,y,,,,',
      '',
    ].join('\n');
    const res = await upload(server, pm, bad);
    expect(res.status).toBe(400);
    expect(await json<ErrorBody>(res)).toEqual({
      error: { code: 'bad-input', message: 'notes.csv: 4 problems; nothing was imported' },
      problems: [
        {
          line: 2,
          column: 'salespeople',
          message:
            'notes.csv line 2, column salespeople: salesperson zed@acme.com is not in the directory',
        },
        {
          line: 3,
          column: 'occurrence',
          message: 'notes.csv line 3, column occurrence: no imported occurrence nope@acme.com',
        },
        {
          line: 3,
          column: 'severity',
          message: 'notes.csv line 3, column severity: severity must be 1, 2 or 3 (got 7)',
        },
        {
          line: 4,
          column: 'date',
          message:
            'notes.csv line 4, column date: note 2 has date "2026-03-05" on line 3 but "2026-03-06" here; the rows of a note must agree',
        },
      ],
    });
    const json_ = await server.call('POST', '/api/notes/csv', { as: pm, json: {} });
    expect(json_.status).toBe(400);
    expect((await json<ErrorBody>(json_)).error.message).toBe(
      'send the body with Content-Type: text/csv or application/octet-stream (got application/json)',
    );
    expect(await download(server, admin)).toBe(`${HEADER}\r\n`);
  });

  test('a member may upload only notes they observed: another observer is 403 naming the rows', async () => {
    const { server, admin, pm, pm2 } = await org(backend);
    // Line 2 is Pat's own; line 3 is Kim's (pm2@). Kim and Pat are both in the directory, so the
    // file is valid — it is who may log it that fails.
    const mixed = [
      HEADER,
      '1,interview,pm@acme.com,bo@acme.com,2026-03-09,,,,,,,',
      '2,interview,pm2@acme.com,bo@acme.com,2026-03-09,,,,,,,',
      '',
    ].join('\n');
    const res = await upload(server, pm, mixed);
    expect(res.status).toBe(403);
    expect(await json<ErrorBody>(res)).toEqual({
      error: {
        code: 'forbidden',
        message:
          'notes.csv: a member logs their own notes (you are pm@acme.com); nothing was imported',
      },
      problems: [
        {
          line: 3,
          column: 'observer',
          message: 'notes.csv line 3, column observer: pm2@acme.com is not you',
        },
      ],
    });
    expect(await download(server, admin)).toBe(`${HEADER}\r\n`);
    // An admin logs notes for anyone; they are recorded as the admin's, and each observer
    // downloads their own.
    expect((await upload(server, admin, mixed)).status).toBe(201);
    expect(await download(server, pm2)).toBe(
      `${HEADER}\r\n2,interview,pm2@acme.com,bo@acme.com,2026-03-09,,,,,,,\r\n`,
    );
  });

  test('suggestions: your own sales calls (member, analyst), everyone’s (admin), with the notes on them', async () => {
    const { server, admin, analyst, pm, pm2 } = await org(backend);
    // Pat writes up the Globex call (note 1).
    const note = await upload(
      server,
      pm,
      [
        HEADER,
        '1,ride-along,pm@acme.com,bo@acme.com,2026-03-10,globex.example,globex-call@acme.com,no SSO answer,,sso,,',
        '',
      ].join('\n'),
    );
    expect(note.status).toBe(201);
    // By hand: org.ts's calls have no market-oriented person with a customer (the Acme call is
    // Ana, Cy and the buyer); the two added calls qualify — Pat with Bo at Globex, Kim with Di
    // at Initech. Times on the New York clock (EDT from 8 March), starts in UTC.
    const globex = {
      date: '2026-03-10',
      time: '13:00',
      start: '2026-03-10T17:00:00Z',
      title: 'Globex call',
      observer: 'pm@acme.com',
      salespeople: ['bo@acme.com'],
      account: 'globex.example',
      occurrence: 'globex-call@acme.com',
      notes: ['1'],
      why: "pm@acme.com is in 'Globex call' with globex.example and bo@acme.com: ride along as an observer and note where they struggle",
    };
    const initech = {
      date: '2026-03-11',
      time: '10:00',
      start: '2026-03-11T14:00:00Z',
      title: 'Initech demo',
      observer: 'pm2@acme.com',
      salespeople: ['di@acme.com'],
      account: 'initech.example',
      occurrence: 'initech@acme.com',
      notes: [],
      why: "pm2@acme.com is in 'Initech demo' with initech.example and di@acme.com: ride along as an observer and note where they struggle",
    };
    const range = 'from=2026-03-01&to=2026-04-01';
    const suggestionsFor = async (as: Caller, query = range) => {
      const res = await server.call('GET', `/api/notes/suggestions?${query}`, { as });
      expect(res.status, await res.clone().text()).toBe(200);
      return json(res);
    };
    expect(await suggestionsFor(admin)).toEqual({
      from: '2026-03-01',
      to: '2026-04-01',
      rideAlongs: [globex, initech],
    });
    expect(await suggestionsFor(pm)).toEqual({
      from: '2026-03-01',
      to: '2026-04-01',
      rideAlongs: [globex],
    });
    expect(await suggestionsFor(pm2)).toEqual({
      from: '2026-03-01',
      to: '2026-04-01',
      rideAlongs: [initech],
    });
    // The analyst is not in the directory, so has no calls of their own.
    expect(await suggestionsFor(analyst)).toEqual({
      from: '2026-03-01',
      to: '2026-04-01',
      rideAlongs: [],
    });
    // `to` is exclusive: up to 11 March leaves the Initech demo out.
    expect(await suggestionsFor(admin, 'from=2026-03-01&to=2026-03-11')).toEqual({
      from: '2026-03-01',
      to: '2026-03-11',
      rideAlongs: [globex],
    });
    const bad = await server.call('GET', '/api/notes/suggestions?from=2026-03-11&to=2026-03-01', {
      as: pm,
    });
    expect(bad.status).toBe(400);
    expect((await json<ErrorBody>(bad)).error).toEqual({
      code: 'bad-input',
      message: 'query.to: must be after from',
    });
  });
});
