import { describe, expect, it } from 'vitest';
import { readRecords } from '../../ingest/csv-records.js';
import { moment, observation } from './enablement.fixture.js';
import type { Observation } from './model.js';
import { writeNotesCsv } from './notes-csv-write.js';
import { occurrencesIn, parseNotesCsv, type CsvLine } from './notes-csv.js';

const HEADER =
  'note,kind,observer,salespeople,date,account,occurrence,moment,moment_kind,tags,raised_by,severity';

/** Text → records as the import reads them (one kind of line end first). */
function records(text: string): CsvLine[] {
  const read = readRecords(text.replace(/\r\n?/g, '\n'));
  if (!read.ok) throw new Error(read.message);
  return read.records;
}

/** A CSV from lines: the header, then the rows as written. */
function csv(...rows: string[]): CsvLine[] {
  return records([HEADER, ...rows, ''].join('\n'));
}

const PEOPLE = new Set(['pm@acme.com', 'pmm@acme.com', 'ana@acme.com', 'bo@acme.com']);

// A ride-along with three moments whose text needs quoting (a comma, quotes, a line break,
// non-ASCII), and an interview without moments.
const NOTES: Observation[] = [
  observation('4', {
    observer: 'pm@acme.com',
    salespeople: ['ana@acme.com', 'bo@acme.com'],
    date: '2026-03-05',
    account: 'Globex, Inc.',
    occurrence: { uid: 'call@acme.com', recurrenceKey: '2026-03-05T20:00:00Z' },
    moments: [
      moment('10', { text: 'asked "is it SOC 2?"', tags: ['security', 'soc2'], severity: 3 }),
      moment('11', {
        text: 'pricing for 40 seats, 2 regions\nwent quiet',
        kind: 'unsure',
        tags: ['pricing'],
        raisedBy: 'salesperson',
        severity: 1,
      }),
      moment('12', { text: 'Réseau électrique — 電力網 demo', tags: [] }),
    ],
  }),
  observation('7', {
    kind: 'interview',
    observer: 'pmm@acme.com',
    salespeople: ['bo@acme.com'],
    date: '2026-03-09',
    account: null,
    occurrence: null,
    moments: [],
  }),
];

// Written by hand from the format: one row per moment with the note's fields repeated; the
// interview without moments is one row with the five moment columns empty; fields holding a
// comma, a quote or a line end are quoted with inner quotes doubled (RFC 4180 §2.6–2.7); CRLF
// after every row (§2.1), the line break inside the text kept as it was.
const EXPECTED = [
  HEADER,
  '4,ride-along,pm@acme.com,ana@acme.com;bo@acme.com,2026-03-05,"Globex, Inc.",call@acme.com@2026-03-05T20:00:00Z,"asked ""is it SOC 2?""",struggle,security;soc2,customer,3',
  '4,ride-along,pm@acme.com,ana@acme.com;bo@acme.com,2026-03-05,"Globex, Inc.",call@acme.com@2026-03-05T20:00:00Z,"pricing for 40 seats, 2 regions\nwent quiet",unsure,pricing,salesperson,1',
  '4,ride-along,pm@acme.com,ana@acme.com;bo@acme.com,2026-03-05,"Globex, Inc.",call@acme.com@2026-03-05T20:00:00Z,Réseau électrique — 電力網 demo,struggle,,customer,2',
  '7,interview,pmm@acme.com,bo@acme.com,2026-03-09,,,,,,,',
  '',
].join('\r\n');

describe('writeNotesCsv', () => {
  it('writes one row per moment, a note without moments as one row, and quotes per RFC 4180', () => {
    expect(writeNotesCsv(NOTES)).toBe(EXPECTED);
  });

  it('writes only the header when there are no notes', () => {
    expect(writeNotesCsv([])).toBe(`${HEADER}\r\n`);
  });
});

describe('parseNotesCsv', () => {
  it('reads an export back as the same notes (ids aside), and writing them again gives the same text', () => {
    const parsed = parseNotesCsv(records(EXPECTED), {
      people: PEOPLE,
      occurrences: new Set(['call@acme.com@2026-03-05T20:00:00Z']),
    });
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
    // Lines: the header is line 1, note 4 starts on line 2; its second moment's text spans lines
    // 3–4, so its third moment is on line 5 and note 7 on line 6.
    expect(parsed.notes.map((n) => [n.key, n.line])).toEqual([
      ['4', 2],
      ['7', 6],
    ]);
    const asStored = parsed.notes.map((n, i): Observation => ({
      id: n.key,
      kind: n.kind,
      observer: n.observer,
      salespeople: n.salespeople,
      date: n.date,
      account: n.account,
      occurrence: n.occurrence,
      moments: n.moments.map((m, j) => ({ id: NOTES[i]!.moments[j]!.id, ...m })),
    }));
    expect(asStored).toEqual(NOTES);
    expect(writeNotesCsv(asStored)).toBe(EXPECTED);
  });

  it('groups rows by the note key, fills the defaults of notes add, and reads a row without a key as a note', () => {
    const parsed = parseNotesCsv(
      records(
        [
          // Header names in any case, with spaces for underscores, columns in any order, some left out.
          'Observer,Salespeople,Date,Note,Moment,Moment Kind,Tags,Raised-By,Kind',
          'PM@acme.com,ana@acme.com; bo@acme.com,2026-03-02,a,could not price,,"Pricing, Discounts",,interview',
          'pm@acme.com,bo@acme.com;ana@acme.com,2026-03-02,a,no SSO answer,unsure,SSO & SAML,customer,interview',
          'pm@acme.com,ana@acme.com,2026-03-03,,lost the thread,,,,',
          '',
        ].join('\n'),
      ),
      { people: PEOPLE },
    );
    // Rows 2 and 3 share key a: one interview; the salespeople listed in another order agree.
    // Defaults: moment kind struggle, severity 2; raised by the salesperson in an interview and
    // the customer on a ride-along (kind left empty → ride-along). Tags are normalised.
    expect(parsed).toEqual({
      ok: true,
      notes: [
        {
          key: 'a',
          line: 2,
          kind: 'interview',
          observer: 'pm@acme.com',
          salespeople: ['ana@acme.com', 'bo@acme.com'],
          date: '2026-03-02',
          account: null,
          occurrence: null,
          moments: [
            {
              text: 'could not price',
              kind: 'struggle',
              tags: ['pricing', 'discounts'],
              raisedBy: 'salesperson',
              severity: 2,
            },
            {
              text: 'no SSO answer',
              kind: 'unsure',
              tags: ['sso-saml'],
              raisedBy: 'customer',
              severity: 2,
            },
          ],
        },
        {
          key: '',
          line: 4,
          kind: 'ride-along',
          observer: 'pm@acme.com',
          salespeople: ['ana@acme.com'],
          date: '2026-03-03',
          account: null,
          occurrence: null,
          moments: [
            {
              text: 'lost the thread',
              kind: 'struggle',
              tags: [],
              raisedBy: 'customer',
              severity: 2,
            },
          ],
        },
      ],
    });
  });

  it('orders notes by whole-number key, then the others as they first appear', () => {
    const parsed = parseNotesCsv(
      csv(
        'x,,pm@acme.com,ana@acme.com,2026-03-01,,,,,,,',
        '10,,pm@acme.com,ana@acme.com,2026-03-02,,,,,,,',
        '9,,pm@acme.com,ana@acme.com,2026-03-03,,,,,,,',
        ',,pm@acme.com,ana@acme.com,2026-03-04,,,,,,,',
      ),
    );
    // 9 < 10 by value (not as text); x and the keyless row follow in file order.
    expect(parsed.ok && parsed.notes.map((n) => n.key)).toEqual(['9', '10', 'x', '']);
  });

  it('names every bad row by line and column, and gives no notes', () => {
    const parsed = parseNotesCsv(
      csv(
        /* 2 */ '1,meeting,pm@acme.com,ana@acme.com,2026-03-02,,,x,,,,',
        /* 3 */ '2,,pm@acme,ana@acme.com,2026-02-30,,,x,,,,',
        /* 4 */ '3,,pm@acme.com,,2026-03-02,,,x,worry,,manager,5',
        /* 5 */ '4,,pm@acme.com,ana@acme.com,2026-03-02,,,,unsure,,,',
        /* 6 */ '5,,pm@acme.com,ana@acme.com,2026-03-02,Globex,,x,,,,',
        /* 7 */ '5,interview,pmm@acme.com,ana@acme.com,2026-03-02,Initech,,y,,,,',
        /* 8 */ '6,,zed@acme.com,ana@acme.com;yan@acme.com,2026-03-02,,gone@acme.com,,,,,',
        /* 9 */ '7,,pm@acme.com,ana@acme.com,2026-03-02,,,x,,,,,extra',
      ),
      { people: PEOPLE, occurrences: new Set() },
    );
    expect(parsed).toEqual({
      ok: false,
      problems: [
        {
          line: 2,
          column: 'kind',
          message: 'line 2, column kind: kind must be interview or ride-along (got "meeting")',
        },
        {
          line: 3,
          column: 'observer',
          message: "line 3, column observer: observer 'pm@acme' is not an email",
        },
        {
          line: 3,
          column: 'date',
          message: "line 3, column date: date '2026-02-30' is not a YYYY-MM-DD day",
        },
        {
          line: 4,
          column: 'salespeople',
          message: 'line 4, column salespeople: missing salespeople',
        },
        {
          line: 4,
          column: 'moment_kind',
          message: 'line 4, column moment_kind: kind must be struggle or unsure (got "worry")',
        },
        {
          line: 4,
          column: 'raised_by',
          message:
            'line 4, column raised_by: raised by must be customer or salesperson (got "manager")',
        },
        {
          line: 4,
          column: 'severity',
          message: 'line 4, column severity: severity must be 1, 2 or 3 (got 5)',
        },
        {
          line: 5,
          column: 'moment',
          message:
            'line 5, column moment: the moment is described but its text is missing: say what happened',
        },
        // Line 7 repeats note 5 with other fields: each disagreeing column is named.
        {
          line: 7,
          column: 'kind',
          message:
            'line 7, column kind: note 5 has kind "ride-along" on line 6 but "interview" here; the rows of a note must agree',
        },
        {
          line: 7,
          column: 'observer',
          message:
            'line 7, column observer: note 5 has observer "pm@acme.com" on line 6 but "pmm@acme.com" here; the rows of a note must agree',
        },
        {
          line: 7,
          column: 'account',
          message:
            'line 7, column account: note 5 has account "Globex" on line 6 but "Initech" here; the rows of a note must agree',
        },
        {
          line: 8,
          column: 'observer',
          message: 'line 8, column observer: observer zed@acme.com is not in the directory',
        },
        {
          line: 8,
          column: 'salespeople',
          message: 'line 8, column salespeople: salesperson yan@acme.com is not in the directory',
        },
        {
          line: 8,
          column: 'occurrence',
          message: 'line 8, column occurrence: no imported occurrence gone@acme.com',
        },
        {
          line: 9,
          column: null,
          message:
            'line 9: 13 fields but the header has 12 (quote fields that contain the separator)',
        },
      ],
    });
  });

  it('names a short row, which would put its cells under the wrong columns', () => {
    // 5 cells against the 12 of the header: the moment columns left out rather than left empty.
    expect(parseNotesCsv(csv('1,interview,pm@acme.com,ana@acme.com,2026-03-02'))).toEqual({
      ok: false,
      problems: [
        {
          line: 2,
          column: null,
          message: 'line 2: 5 fields but the header has 12 (keep the empty fields in place: a,,c)',
        },
      ],
    });
  });

  it('refuses a header with an unknown, missing or repeated column, and a file with no rows', () => {
    // Problems on one line go in column order, a column the format does not know first.
    expect(
      parseNotesCsv(records('note,observer,date,moments,Date\n1,pm@acme.com,2026-03-02,x,y\n')),
    ).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          line: 1,
          column: 'moments',
          message: expect.stringMatching(
            /^line 1, column moments: unknown column "moments"; expected/,
          ),
        }),
        expect.objectContaining({
          line: 1,
          column: 'salespeople',
          message: expect.stringMatching(
            /^line 1, column salespeople: missing column salespeople; expected a header row: note,kind,/,
          ),
        }),
        expect.objectContaining({
          line: 1,
          column: 'date',
          message: 'line 1, column date: column date appears twice in the header',
        }),
      ],
    });
    expect(parseNotesCsv(csv())).toEqual({
      ok: false,
      problems: [{ line: 1, column: null, message: 'line 1: no notes below the header row' }],
    });
    expect(parseNotesCsv([])).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          line: 1,
          message: expect.stringMatching(/^line 1: the file is empty/),
        }),
      ],
    });
  });
});

describe('occurrencesIn', () => {
  it('lists each occurrence the rows name once, read as notes add reads it', () => {
    expect(
      occurrencesIn(
        csv(
          '1,,pm@acme.com,ana@acme.com,2026-03-02,,a@acme.com@2026-03-02,,,,,',
          '1,,pm@acme.com,ana@acme.com,2026-03-02,,a@acme.com@2026-03-02,,,,,',
          '2,,pm@acme.com,ana@acme.com,2026-03-02,,b@acme.com,,,,,',
          '3,,pm@acme.com,ana@acme.com,2026-03-02,,,,,,,',
        ),
      ),
    ).toEqual([
      { uid: 'a@acme.com', recurrenceKey: '2026-03-02' },
      { uid: 'b@acme.com', recurrenceKey: '' },
    ]);
  });
});
