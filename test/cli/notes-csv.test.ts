// `orient notes import|export|list|suggest` end to end on SQLite: a spreadsheet of notes imported,
// exported, imported into an empty database and exported again unchanged; a bad file refused
// whole with every problem on its line; the list and its filters; ride-alongs suggested from a
// small calendar whose answer is worked out by hand below.
import { describe, expect, it } from 'vitest';
import { ics, vevent } from '../ingest/org-fixture.js';
import { orgWithDirectory } from './enablement-support.js';

const HEADER =
  'note,kind,observer,salespeople,date,account,occurrence,moment,moment_kind,tags,raised_by,severity';

// As a person might write it: header in title case, emails in mixed case, tags unnormalised,
// empty moment columns left to their defaults; note n1 has three moments (a comma, quotes, a line
// break and non-ASCII in their text), note n2 none.
const HAND_WRITTEN = [
  'Note,Kind,Observer,Salespeople,Date,Account,Occurrence,Moment,Moment_Kind,Tags,Raised_By,Severity',
  'n1,ride-along,PM@acme.com,ana@acme.com;bo@acme.com,2026-03-05,"Globex, Inc.",,"Asked ""is it SOC 2?""",struggle,Security;SOC2,customer,3',
  'n1,ride-along,pm@acme.com,ana@acme.com;bo@acme.com,2026-03-05,"Globex, Inc.",,"Seats for 40 users, 2 regions',
  'went quiet",unsure,pricing,salesperson,1',
  'n1,ride-along,pm@acme.com,ana@acme.com;bo@acme.com,2026-03-05,"Globex, Inc.",,Réseau électrique — 電力網 demo,,,,',
  'n2,interview,pmm@acme.com,cy@acme.com,2026-03-02,,,,,,,',
  '',
].join('\n');

// n1 and n2 are not numbers, so they are stored in file order: n1 → note 1, n2 → note 2. The
// export goes by date (note 2 on 2 March first), keys are the ids, emails and tags normalised,
// the defaults written out (a moment: struggle, severity 2, raised by the customer on a
// ride-along), quoted where RFC 4180 needs it, CRLF after each row.
const EXPORTED = [
  HEADER,
  '2,interview,pmm@acme.com,cy@acme.com,2026-03-02,,,,,,,',
  '1,ride-along,pm@acme.com,ana@acme.com;bo@acme.com,2026-03-05,"Globex, Inc.",,"Asked ""is it SOC 2?""",struggle,security;soc2,customer,3',
  '1,ride-along,pm@acme.com,ana@acme.com;bo@acme.com,2026-03-05,"Globex, Inc.",,"Seats for 40 users, 2 regions\nwent quiet",unsure,pricing,salesperson,1',
  '1,ride-along,pm@acme.com,ana@acme.com;bo@acme.com,2026-03-05,"Globex, Inc.",,Réseau électrique — 電力網 demo,struggle,,customer,2',
  '',
].join('\r\n');

describe('orient notes import and export', () => {
  it('imports a spreadsheet, and export → import into an empty database → export is unchanged', async () => {
    const first = await orgWithDirectory();
    first.write('notes.csv', HAND_WRITTEN);
    expect(await first.ok(['notes', 'import', 'notes.csv'])).toBe(
      'Imported 2 notes with 3 moments from notes.csv (notes 1–2).\n',
    );
    expect(await first.ok(['notes', 'export'])).toBe(EXPORTED);

    expect(await first.ok(['notes', 'export', '--out', 'backup.csv'])).toBe(
      'Exported 2 notes (3 moments) to backup.csv.\n',
    );
    const second = await orgWithDirectory();
    second.write('backup.csv', EXPORTED);
    // Keys 1 and 2 are whole numbers: stored in key order, so they get ids 1 and 2 again.
    expect(await second.json(['notes', 'import', 'backup.csv', '--json'])).toEqual({
      notes: 2,
      moments: 3,
      ids: ['1', '2'],
    });
    expect(await second.ok(['notes', 'export'])).toBe(EXPORTED);
  });

  it('refuses a bad file with every problem on its line, exit 2, and stores nothing', async () => {
    const org = await orgWithDirectory();
    org.write(
      'bad.csv',
      [
        HEADER,
        /* 2 */ '1,ride-along,pm@acme.com,ana@acme.com,2026-03-05,,,a fine row,,,,',
        /* 3 */ '2,ride-along,pm@acme.com,zed@acme.com,2026-03-05,,,x,,,,',
        /* 4 */ '3,ride-along,pm@acme.com,ana@acme.com,2026-03-05,,nope@acme.com@2026-03-05,x,,,,',
        /* 5 */ '4,meeting,pm@acme.com,ana@acme.com,5/3/2026,,,x,,,,4',
        /* 6 */ '1,ride-along,nobody@acme.com,ana@acme.com,2026-03-05,,,more,,,,',
        '',
      ].join('\n'),
    );
    const run = await org.orient(['notes', 'import', 'bad.csv']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // Line 6 repeats note 1 with another observer (a disagreement, not an unknown person: the
    // note's fields come from its first row, line 2).
    expect(run.stderr).toBe(
      [
        'bad.csv line 3, column salespeople: salesperson zed@acme.com is not in the directory',
        'bad.csv line 4, column occurrence: no imported occurrence nope@acme.com@2026-03-05',
        'bad.csv line 5, column kind: kind must be interview or ride-along (got "meeting")',
        "bad.csv line 5, column date: date '5/3/2026' is not a YYYY-MM-DD day",
        'bad.csv line 5, column severity: severity must be 1, 2 or 3 (got 4)',
        'bad.csv line 6, column observer: note 1 has observer "pm@acme.com" on line 2 but "nobody@acme.com" here; the rows of a note must agree',
        'orient: bad.csv: 6 problems; nothing was imported',
        '',
      ].join('\n'),
    );
    expect(await org.ok(['notes', 'list'])).toBe(
      'No field notes yet: log one with `orient notes add` or `orient notes import FILE.csv`.\n',
    );
    expect(await org.ok(['notes', 'export'])).toBe(`${HEADER}\r\n`);

    const missing = await org.orient(['notes', 'import', 'nowhere.csv']);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'orient: cannot read nowhere.csv: no such file or folder\n',
    ]);
  });
});

describe('orient notes list', () => {
  it('lists the notes by date with their moments, filtered by observer or salesperson', async () => {
    const org = await orgWithDirectory();
    org.write('notes.csv', HAND_WRITTEN);
    await org.ok(['notes', 'import', 'notes.csv']);
    // Note 2 (2 March) before note 1 (5 March); note 1 has 3 moments, 2 of them struggles.
    expect(await org.ok(['notes', 'list'])).toBe(
      [
        'id  date        kind        observer      salespeople                account       moments                   tags',
        '--  ----------  ----------  ------------  -------------------------  ------------  ------------------------  -----------------------',
        '2   2026-03-02  interview   pmm@acme.com  cy@acme.com                              0',
        '1   2026-03-05  ride-along  pm@acme.com   ana@acme.com, bo@acme.com  Globex, Inc.  3 (2 struggle, 1 unsure)  security, soc2, pricing',
        '2 notes.',
        '',
      ].join('\n'),
    );
    const bo = await org.json<{ id: string }[]>([
      'notes',
      'list',
      '--json',
      '--salesperson',
      'BO@acme.com',
    ]);
    expect(bo.map((n) => n.id)).toEqual(['1']);
    expect(await org.ok(['notes', 'list', '--observer', 'pmm@acme.com'])).toMatch(
      /^id .*\n-.*\n2 +2026-03-02 +interview .*\n1 of 2 notes\.\n$/,
    );
    expect(await org.ok(['notes', 'list', '--observer', 'se@acme.com'])).toBe(
      'No field notes match (of 2).\n',
    );
    const bad = await org.orient(['notes', 'list', '--observer', 'pm']);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'orient: --observer "pm" is not an email address\n',
    ]);
  });
});

// March 2026 in New York (EST, UTC−5, until Sunday 8 March; EDT, UTC−4, after). Pat (pm@, a
// Product Manager) and Max (pmm@, Product Marketing) are market-oriented; ana, bo, cy (Account
// Executives) and se@ (a Sales Engineer) customer-oriented.
const NY = 'TZID=America/New_York';
const attendee = (who: string, partstat = 'ACCEPTED') =>
  `ATTENDEE;PARTSTAT=${partstat}:mailto:${who}`;

const PAT_ICS = ics(
  // A: an external meeting with two salespeople — a ride-along for Pat.
  vevent(
    'UID:globex@acme.com',
    'DTSTAMP:20260220T120000Z',
    `DTSTART;${NY}:20260303T100000`,
    `DTEND;${NY}:20260303T110000`,
    'SUMMARY:Globex discovery',
    'ORGANIZER:mailto:ana@acme.com',
    ...['ana@acme.com', 'bo@acme.com', 'pm@acme.com'].map((w) => attendee(w)),
    attendee('buyer@globex.example'),
    attendee('cto@globex.example'),
  ),
  // B: internal only — no customer there, not a sales call.
  vevent(
    'UID:roadmap@acme.com',
    'DTSTAMP:20260220T120000Z',
    `DTSTART;${NY}:20260304T140000`,
    `DTEND;${NY}:20260304T150000`,
    'SUMMARY:Roadmap review',
    'ORGANIZER:mailto:pm@acme.com',
    attendee('pm@acme.com'),
    attendee('ana@acme.com'),
  ),
  // C: a weekly demo with Cy, twice (5 and 12 March): two ride-alongs.
  vevent(
    'UID:initech@acme.com',
    'DTSTAMP:20260220T120000Z',
    `DTSTART;${NY}:20260305T090000`,
    `DTEND;${NY}:20260305T100000`,
    'RRULE:FREQ=WEEKLY;COUNT=2',
    'SUMMARY:Initech demo',
    'ORGANIZER:mailto:pm@acme.com',
    attendee('pm@acme.com'),
    attendee('cy@acme.com'),
    attendee('lead@initech.example'),
  ),
  // D: external, but no salesperson attends — nobody to observe.
  vevent(
    'UID:partner@acme.com',
    'DTSTAMP:20260220T120000Z',
    `DTSTART;${NY}:20260306T110000`,
    `DTEND;${NY}:20260306T120000`,
    'SUMMARY:Partner sync',
    'ORGANIZER:mailto:pm@acme.com',
    attendee('pm@acme.com'),
    attendee('partner@hooli.example'),
  ),
  // E: a sales call Pat declined — Pat was not there (rule 2).
  vevent(
    'UID:umbrella@acme.com',
    'DTSTAMP:20260220T120000Z',
    `DTSTART;${NY}:20260309T160000`,
    `DTEND;${NY}:20260309T170000`,
    'SUMMARY:Umbrella call',
    'ORGANIZER:mailto:ana@acme.com',
    attendee('ana@acme.com'),
    attendee('pm@acme.com', 'DECLINED'),
    attendee('buyer@umbrella.example'),
  ),
);

const MAX_ICS = ics(
  // F: Max with the sales engineer and a customer.
  vevent(
    'UID:soylent@acme.com',
    'DTSTAMP:20260220T120000Z',
    `DTSTART;${NY}:20260310T130000`,
    `DTEND;${NY}:20260310T140000`,
    'SUMMARY:Soylent pricing call',
    'ORGANIZER:mailto:se@acme.com',
    attendee('se@acme.com'),
    attendee('pmm@acme.com'),
    attendee('buyer@soylent.example'),
  ),
);

// Pat writes up the first Initech demo (note 1). Max logs a note on the Globex call (note 2) —
// Max was not in it, and the rule is per observer: Pat's ride-along there is still to write up.
const LINKS = [
  HEADER,
  '1,ride-along,pm@acme.com,cy@acme.com,2026-03-05,initech.example,initech@acme.com@2026-03-05T14:00:00Z,asked about SSO,,sso,,',
  '2,ride-along,pmm@acme.com,ana@acme.com,2026-03-03,globex.example,globex@acme.com,,,,,',
  '',
].join('\n');

interface RideAlongJson {
  from: string;
  to: string;
  rideAlongs: Record<string, unknown>[];
}

async function calendarOrg() {
  const org = await orgWithDirectory();
  await org.ok([
    'import',
    'calendars',
    org.write('pm@acme.com.ics', PAT_ICS),
    org.write('pmm@acme.com.ics', MAX_ICS),
    '--from',
    '2026-03-01',
    '--to',
    '2026-04-01',
  ]);
  org.write('links.csv', LINKS);
  expect(await org.ok(['notes', 'import', 'links.csv'])).toBe(
    'Imported 2 notes with 1 moment from links.csv (notes 1–2).\n',
  );
  return org;
}

describe('orient notes suggest', () => {
  it('suggests the sales calls a market-oriented person sat in, and says which are written up', async () => {
    const org = await calendarOrg();
    const found = await org.json<RideAlongJson>([
      'notes',
      'suggest',
      '--from',
      '2026-03-02',
      '--to',
      '2026-03-13',
      '--json',
    ]);
    // By hand: A (Pat, Ana and Bo, Globex), C on 5 and 12 March (Pat and Cy), F (Max and Ed);
    // not B (internal), D (no salesperson), E (Pat declined). Earliest first; times on the New
    // York clock, the start in UTC (C on 12 March is 09:00 EDT = 13:00Z, after the DST change);
    // the occurrence of a series instance names its original start. Only C on 5 March has a
    // note by its observer (note 1); Max's note 2 on A does not count for Pat.
    const why = (observer: string, title: string, domain: string, people: string) =>
      `${observer} is in '${title}' with ${domain} and ${people}: ride along as an observer and note where they struggle`;
    expect(found).toEqual({
      from: '2026-03-02',
      to: '2026-03-13',
      rideAlongs: [
        {
          date: '2026-03-03',
          time: '10:00',
          start: '2026-03-03T15:00:00Z',
          title: 'Globex discovery',
          observer: 'pm@acme.com',
          salespeople: ['ana@acme.com', 'bo@acme.com'],
          account: 'globex.example',
          occurrence: 'globex@acme.com',
          notes: [],
          why: why(
            'pm@acme.com',
            'Globex discovery',
            'globex.example',
            'ana@acme.com, bo@acme.com',
          ),
        },
        {
          date: '2026-03-05',
          time: '09:00',
          start: '2026-03-05T14:00:00Z',
          title: 'Initech demo',
          observer: 'pm@acme.com',
          salespeople: ['cy@acme.com'],
          account: 'initech.example',
          occurrence: 'initech@acme.com@2026-03-05T14:00:00Z',
          notes: ['1'],
          why: why('pm@acme.com', 'Initech demo', 'initech.example', 'cy@acme.com'),
        },
        {
          date: '2026-03-10',
          time: '13:00',
          start: '2026-03-10T17:00:00Z',
          title: 'Soylent pricing call',
          observer: 'pmm@acme.com',
          salespeople: ['se@acme.com'],
          account: 'soylent.example',
          occurrence: 'soylent@acme.com',
          notes: [],
          why: why('pmm@acme.com', 'Soylent pricing call', 'soylent.example', 'se@acme.com'),
        },
        {
          date: '2026-03-12',
          time: '09:00',
          start: '2026-03-12T13:00:00Z',
          title: 'Initech demo',
          observer: 'pm@acme.com',
          salespeople: ['cy@acme.com'],
          account: 'initech.example',
          occurrence: 'initech@acme.com@2026-03-12T13:00:00Z',
          notes: [],
          why: why('pm@acme.com', 'Initech demo', 'initech.example', 'cy@acme.com'),
        },
      ],
    });
  });

  it('prints a table and the notes add command for the first call to write up', async () => {
    const org = await calendarOrg();
    // --to is exclusive: F on 10 March and C on 12 March fall outside.
    const out = await org.ok(['notes', 'suggest', '--from', '2026-03-02', '--to', '2026-03-10']);
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      '2 sales calls with a market-oriented person from 2026-03-02 up to 2026-03-10, 1 to write up.',
    );
    expect(lines.slice(1, 5).map((l) => l.split(/ {2,}/))).toEqual([
      ['date', 'time', 'title', 'observer', 'salespeople', 'account', 'note'],
      [
        expect.stringMatching(/^-+$/),
        '-----',
        expect.stringMatching(/^-+$/),
        expect.stringMatching(/^-+$/),
        expect.stringMatching(/^-+$/),
        expect.stringMatching(/^-+$/),
        expect.stringMatching(/^-+$/),
      ],
      [
        '2026-03-03',
        '10:00',
        'Globex discovery',
        'pm@acme.com',
        'ana@acme.com, bo@acme.com',
        'globex.example',
        'to write up',
      ],
      [
        '2026-03-05',
        '09:00',
        'Initech demo',
        'pm@acme.com',
        'cy@acme.com',
        'initech.example',
        'note 1',
      ],
    ]);
    expect(lines.slice(5)).toEqual([
      '',
      'Log one:',
      '  orient notes add --observer pm@acme.com --salesperson ana@acme.com --salesperson bo@acme.com --date 2026-03-03 --occurrence globex@acme.com --account globex.example --moment "…"',
      '',
    ]);

    // One observer's calls only: Max's single call.
    const max = await org.json<RideAlongJson>([
      'notes',
      'suggest',
      '--from',
      '2026-03-01',
      '--to',
      '2026-04-01',
      '--observer',
      'pmm@acme.com',
      '--json',
    ]);
    expect(max.rideAlongs.map((r) => [r['date'], r['title']])).toEqual([
      ['2026-03-10', 'Soylent pricing call'],
    ]);
    expect(await org.ok(['notes', 'suggest', '--from', '2026-03-13', '--to', '2026-03-20'])).toBe(
      'No sales calls with a market-oriented person from 2026-03-13 up to 2026-03-20.\n',
    );
    const backwards = await org.orient([
      'notes',
      'suggest',
      '--from',
      '2026-03-10',
      '--to',
      '2026-03-02',
    ]);
    expect([backwards.code, backwards.stderr]).toEqual([
      2,
      'orient: --to 2026-03-02 must be after --from 2026-03-10\n',
    ]);
  });
});
