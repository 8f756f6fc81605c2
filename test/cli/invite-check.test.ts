// `orient invite check` end to end: a temp SQLite database with a small directory, a config for
// acme.com in New York, drafts as JSON on stdin or as .ics files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../support/run-cli.js';

const PEOPLE_CSV = [
  'email,name,department,role',
  'pat@acme.com,Pat Moss,Product,Product Manager',
  'ana@acme.com,Ana Alvarez,Sales,Account Executive',
  'bo@acme.com,Bo Chen,Sales,Account Executive',
  'eve@acme.com,Eve Ng,Engineering,Software Engineer',
  '',
].join('\n');

let dir: string;
let db: string;
let config: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'orient-invite-'));
  db = join(dir, 'orient.db');
  config = join(dir, 'orient.config.yaml');
  const init = await runCli(
    ['--config', config, 'init', '--domain', 'acme.com', '--timezone', 'America/New_York'],
    { cwd: dir },
  );
  expect(init.code, init.stderr).toBe(0);
  const people = write('people.csv', PEOPLE_CSV);
  const imported = await runCli(['--db', db, '--config', config, 'import', 'directory', people], {
    cwd: dir,
  });
  expect(imported.code, imported.stderr).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

function invite(args: string[], stdin?: string): Promise<CliRun> {
  return runCli(['--db', db, '--config', config, 'invite', 'check', ...args], {
    cwd: dir,
    stdin,
  });
}

// Monday 2 February 2026, 10:00–11:00 in New York.
const ROADMAP = {
  title: 'Roadmap planning',
  organizer: 'pat@acme.com',
  attendees: ['ana@acme.com', 'bo@acme.com'],
  start: '2026-02-02T10:00:00-05:00',
  end: '2026-02-02T11:00:00-05:00',
  rrule: 'FREQ=WEEKLY',
};

const ALTERNATIVES = [
  'Talk to one or two salespeople one-on-one instead of inviting them to a meeting.',
  'Ride along on a sales call as an observer: see where the salesperson struggles or is unsure.',
  'Ask sales engineering: backing salespeople with product expertise is their job.',
];

function ics(...lines: string[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Orient tests//EN',
    ...lines,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

describe('orient invite check', () => {
  it('a weekly roadmap planning with two AEs: ask-why, exit 3, the whole JSON answer', async () => {
    const run = await invite(['--json'], JSON.stringify(ROADMAP));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toEqual({
      verdict: 'ask-why',
      reason:
        '2 customer-oriented invitees in an internal meeting (planning) organised by Pat Moss (Product Manager)',
      reasonCode: 'ask-why',
      title: 'Roadmap planning',
      organizer: {
        email: 'pat@acme.com',
        name: 'Pat Moss',
        role: 'Product Manager',
        orientation: 'market',
        internal: true,
        inDirectory: true,
      },
      durationHours: 1,
      customerOrientedInvitees: [
        {
          email: 'ana@acme.com',
          name: 'Ana Alvarez',
          role: 'Account Executive',
          category: 'planning',
          counted: true,
          hoursPerOccurrence: 1,
        },
        {
          email: 'bo@acme.com',
          name: 'Bo Chen',
          role: 'Account Executive',
          category: 'planning',
          counted: true,
          hoursPerOccurrence: 1,
        },
      ],
      // 1 h × 2; Mondays from 2 Feb 2026 to 1 Feb 2027 inclusive are 53; 2 h × 53 = 106 h.
      hoursPerOccurrence: 2,
      occurrencesPerYear: 53,
      hoursPerYear: 106,
      questions: ['Why does Ana Alvarez need to be there?', 'Why does Bo Chen need to be there?'],
      alternatives: ALTERNATIVES,
      invitees: [
        {
          email: 'ana@acme.com',
          name: 'Ana Alvarez',
          role: 'Account Executive',
          orientation: 'customer',
          internal: true,
          inDirectory: true,
          category: 'planning',
        },
        {
          email: 'bo@acme.com',
          name: 'Bo Chen',
          role: 'Account Executive',
          orientation: 'customer',
          internal: true,
          inDirectory: true,
          category: 'planning',
        },
      ],
      unknownInvitees: [],
      externalInvitees: [],
      roomsIgnored: [],
    });
  });

  it('prints the verdict first, then the invitees with their cost, the questions and the alternatives', async () => {
    const run = await invite([], JSON.stringify(ROADMAP));
    expect(run.code).toBe(3);
    expect(run.stdout.split('\n')).toEqual([
      'ask-why: "Roadmap planning" would take 2 h of selling time per occurrence, 106 h over 53 occurrences in the next 12 months',
      'Organiser: Pat Moss <pat@acme.com>, Product Manager',
      'Why: 2 customer-oriented invitees in an internal meeting (planning) organised by Pat Moss (Product Manager)',
      '',
      'Customer-oriented invitees:',
      '  Ana Alvarez <ana@acme.com>, Account Executive: planning, 1 h per occurrence',
      '  Bo Chen <bo@acme.com>, Account Executive: planning, 1 h per occurrence',
      '',
      'Ask the organiser:',
      '  Why does Ana Alvarez need to be there?',
      '  Why does Bo Chen need to be there?',
      '',
      'Instead:',
      ...ALTERNATIVES.map((a) => `  - ${a}`),
      '',
    ]);
  });

  it('a customer on the invite: ok, exit 0', async () => {
    const draft = { ...ROADMAP, attendees: [...ROADMAP.attendees, 'buyer@customer.io'] };
    const run = await invite(['--json'], JSON.stringify(draft));
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      verdict: 'ok',
      reason: 'a customer is on the invite: that is selling',
      hoursPerOccurrence: 0,
      hoursPerYear: 0,
      questions: [],
      alternatives: [],
      externalInvitees: ['buyer@customer.io'],
    });
    const human = await invite([], JSON.stringify(draft));
    expect(human.code).toBe(0);
    expect(human.stdout.split('\n')[0]).toBe(
      'ok: "Roadmap planning": a customer is on the invite: that is selling',
    );
  });

  it('an unknown invitee is named, not fatal; `-` reads stdin', async () => {
    const draft = { ...ROADMAP, attendees: ['ana@acme.com', 'ghost@acme.com'], rrule: undefined };
    const run = await invite(['-', '--json'], JSON.stringify(draft));
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toMatchObject({
      unknownInvitees: ['ghost@acme.com'],
      questions: ['Why does Ana Alvarez need to be there?'],
      hoursPerOccurrence: 1,
      occurrencesPerYear: 1,
      hoursPerYear: 1,
    });
    const human = await invite([], JSON.stringify(draft));
    expect(human.stdout).toContain('\nNot in the directory: ghost@acme.com\n');
  });

  it('an .ics draft: TZID times, RRULE with COUNT, a room ignored, the organiser as attendee', async () => {
    const file = write(
      'draft.ics',
      ics(
        'BEGIN:VEVENT',
        'UID:draft-1@acme.com',
        'DTSTAMP:20260120T120000Z',
        'SUMMARY:Pricing strategy',
        'DTSTART;TZID=America/New_York:20260302T090000',
        'DTEND;TZID=America/New_York:20260302T103000',
        'RRULE:FREQ=WEEKLY;COUNT=10',
        'ORGANIZER;CN=Pat Moss:mailto:pat@acme.com',
        'ATTENDEE;PARTSTAT=ACCEPTED:mailto:pat@acme.com',
        'ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=DECLINED:mailto:Ana@Acme.com',
        'ATTENDEE;CUTYPE=ROOM:mailto:board-room@acme.com',
        'ATTENDEE:mailto:eve@acme.com',
        'END:VEVENT',
      ),
    );
    const run = await invite([file, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(3);
    // A draft has no answers yet: Ana's PARTSTAT is not read. 1.5 h × 1 AE × 10 occurrences.
    expect(JSON.parse(run.stdout)).toMatchObject({
      verdict: 'ask-why',
      title: 'Pricing strategy',
      durationHours: 1.5,
      hoursPerOccurrence: 1.5,
      occurrencesPerYear: 10,
      hoursPerYear: 15,
      questions: ['Why does Ana Alvarez need to be there?'],
      roomsIgnored: ['board-room@acme.com'],
      invitees: [
        expect.objectContaining({ email: 'ana@acme.com', category: 'planning' }),
        expect.objectContaining({ email: 'eve@acme.com', category: 'planning' }),
      ],
    });
  });

  it('an .ics training invite is ok', async () => {
    const file = write(
      'training.ics',
      ics(
        'BEGIN:VEVENT',
        'UID:draft-2@acme.com',
        'SUMMARY:Sales onboarding training',
        'DTSTART:20260302T140000Z',
        'DTEND:20260302T160000Z',
        'ORGANIZER:mailto:pat@acme.com',
        'ATTENDEE:mailto:ana@acme.com',
        'END:VEVENT',
      ),
    );
    const run = await invite([file]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('ok: "Sales onboarding training": training');
  });

  it('an .ics weekly series whose DTSTART is excluded starts a week later; all-day is ok', async () => {
    const weekly = write(
      'weekly.ics',
      ics(
        'BEGIN:VEVENT',
        'UID:draft-3@acme.com',
        'SUMMARY:Roadmap review',
        'DTSTART;TZID=America/New_York:20260202T100000',
        'DTEND;TZID=America/New_York:20260202T110000',
        'RRULE:FREQ=WEEKLY',
        'EXDATE;TZID=America/New_York:20260202T100000',
        'ORGANIZER:mailto:pat@acme.com',
        'ATTENDEE:mailto:ana@acme.com',
        'END:VEVENT',
      ),
    );
    const run = await invite([weekly, '--json']);
    expect(run.code).toBe(3);
    // Mondays from 9 Feb 2026 to 8 Feb 2027 (52 weeks on): 53; 1 h × 1 AE × 53.
    expect(JSON.parse(run.stdout)).toMatchObject({ occurrencesPerYear: 53, hoursPerYear: 53 });

    const allDay = write(
      'all-day.ics',
      ics(
        'BEGIN:VEVENT',
        'UID:draft-4@acme.com',
        'SUMMARY:Planning day',
        'DTSTART;VALUE=DATE:20260302',
        'DTEND;VALUE=DATE:20260303',
        'ORGANIZER:mailto:pat@acme.com',
        'ATTENDEE:mailto:ana@acme.com',
        'END:VEVENT',
      ),
    );
    const day = await invite([allDay]);
    expect(day.code).toBe(0);
    expect(day.stdout.split('\n')[0]).toBe(
      'ok: "Planning day": an all-day event takes no counted time',
    );
  });

  it('an .ics file that is not a calendar: exit 2 with the line', async () => {
    const file = write('broken.ics', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n');
    const run = await invite([file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${file}: line 2: BEGIN:VEVENT is never closed`);
  });

  it('bad JSON: exit 2, the position of the error named', async () => {
    const run = await invite([], '{\n  "title": "Roadmap planning",\n  "organizer": }\n');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'stdin: the draft is not valid JSON: line 3, column 16 (position 48): unexpected "}"\n' +
        'orient: stdin: the draft has a problem; nothing was checked\n',
    );
  });

  it('missing attendees, end before start, a bad address and a bad rrule: each named, exit 2', async () => {
    const draft = {
      title: 'Roadmap planning',
      organizer: 'pat',
      start: '2026-02-02T11:00:00Z',
      end: '2026-02-02T10:00:00Z',
      rrule: 'FREQ=FORTNIGHTLY',
    };
    const run = await invite(['--json'], JSON.stringify(draft));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      "stdin: organizer: 'pat' is not an email address",
      'stdin: attendees: is required (a list of the invitees’ email addresses)',
      'stdin: rrule: RRULE FREQ=FORTNIGHTLY is not a frequency',
      'orient: stdin: the draft has 3 problems; nothing was checked',
      '',
    ]);
    // With the rest fixed, the end before the start is named.
    const reversed = { ...ROADMAP, start: draft.start, end: draft.end };
    const second = await invite([], JSON.stringify(reversed));
    expect(second.code).toBe(2);
    expect(second.stderr.split('\n')[0]).toBe('stdin: end: must be after start');
  });

  it('an unknown field first, then empty attendees and a time without an offset', async () => {
    const draft = {
      ...ROADMAP,
      attendees: [],
      start: '2026-02-02T10:00:00',
      atendees: ['ana@acme.com'],
    };
    const run = await invite([], JSON.stringify(draft));
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').slice(0, 3)).toEqual([
      'stdin: unknown field \'atendees\' (expected { "title", "organizer", "attendees": [emails], "start", "end", "rrule"? })',
      'stdin: attendees: list at least one invitee',
      "stdin: start: '2026-02-02T10:00:00' is not an ISO-8601 date-time with an offset or Z, e.g. 2026-03-02T10:00:00-05:00",
    ]);
  });

  it('nothing on stdin, or a missing file: exit 2', async () => {
    const empty = await invite([], '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('stdin: no draft: expected an .ics file, or JSON');
    const missing = await invite(['nope.ics']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('orient: cannot read nope.ics: ENOENT\n');
  });

  it('refuses to answer from an empty directory: exit 2', async () => {
    const run = await runCli(
      ['--db', join(dir, 'empty.db'), '--config', config, 'invite', 'check'],
      { cwd: dir, stdin: JSON.stringify(ROADMAP) },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'orient: the directory is empty: run `orient import directory people.csv` first\n',
    );
  });

  it('needs internalDomains: the placeholder is refused with exit 2', async () => {
    const placeholder = write('placeholder.yaml', 'internalDomains: [example.com]\n');
    const run = await runCli(['--db', db, '--config', placeholder, 'invite', 'check', '--json'], {
      cwd: dir,
      stdin: JSON.stringify(ROADMAP),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'orient: internalDomains still holds the placeholder example.com: replace it with your email domains\n',
    );
  });
});
