// `orient items loop` on SQLite, on a worked example computed by hand: field notes before and
// after the ship day, a request with a merged duplicate and a vote on behalf, and the calendars of
// two salespeople for their selling share (PRODUCT.md rule 7).
//
// The CLI's clock (test/support/run-cli.ts) says 2026-06-01 12:00 UTC: today is Monday 1 June in
// New York, and only whole days count, so windows end on 1 June at the latest.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ics, vevent } from '../ingest/org-fixture.js';
import { orgWithDirectory, type Org } from './enablement-support.js';

const NY = 'TZID=America/New_York';

/** A meeting `owner` organises with one outside buyer: selling for a salesperson (rule 6.1). */
function call(owner: string, uid: string, day: string, from: string, to: string, title: string) {
  return vevent(
    `UID:${uid}@acme.com`,
    'DTSTAMP:20260301T120000Z',
    `DTSTART;${NY}:${day}T${from}00`,
    `DTEND;${NY}:${day}T${to}00`,
    `SUMMARY:${title}`,
    `ORGANIZER:mailto:${owner}`,
    `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${owner}`,
    'ATTENDEE;PARTSTAT=ACCEPTED:mailto:buyer@customer.example',
  );
}

// Ana's and Bo's calendars (New York time; the ship day is Monday 4 May 2026):
//   Ana A1 Thu 9 Apr   14:00–15:00  1 h selling
//       A2 Tue 21 Apr  10:00–12:00  2 h selling
//       A3 Tue 28 Apr  16:00–16:30  internal with Bo: not selling
//       A4 Mon 4 May   09:00–10:00  1 h selling (the ship day: after)
//       A5 Tue 5 May   09:00–12:00  3 h selling
//       A6 Tue 26 May  10:00–11:00  1 h selling
//       A7 Wed 3 Jun   10:00–12:00  2 h selling, after today: in no window
//   Bo  B1 Wed 22 Apr  13:00–14:00  1 h selling
//       B2 Mon 27 Apr  13:00–15:00  2 h selling
//       B3 Tue 12 May  14:00–17:00  3 h selling
//       B4 Wed 20 May  10:00–11:30  1.5 h selling
// Cy has no calendar imported: 0 selling hours. Both files are imported for [1 Apr, 1 Jul).
const ANA_ICS = ics(
  call('ana@acme.com', 'a1', '20260409', '1400', '1500', 'Initech call'),
  call('ana@acme.com', 'a2', '20260421', '1000', '1200', 'Globex demo'),
  vevent(
    'UID:a3@acme.com',
    'DTSTAMP:20260301T120000Z',
    `DTSTART;${NY}:20260428T160000`,
    `DTEND;${NY}:20260428T163000`,
    'SUMMARY:Pipeline review',
    'ORGANIZER:mailto:ana@acme.com',
    'ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@acme.com',
    'ATTENDEE;PARTSTAT=ACCEPTED:mailto:bo@acme.com',
  ),
  call('ana@acme.com', 'a4', '20260504', '0900', '1000', 'Umbrella intro'),
  call('ana@acme.com', 'a5', '20260505', '0900', '1200', 'Globex negotiation'),
  call('ana@acme.com', 'a6', '20260526', '1000', '1100', 'Initech follow-up'),
  call('ana@acme.com', 'a7', '20260603', '1000', '1200', 'Globex signing'),
);
const BO_ICS = ics(
  call('bo@acme.com', 'b1', '20260422', '1300', '1400', 'Hooli call'),
  call('bo@acme.com', 'b2', '20260427', '1300', '1500', 'Hooli demo'),
  call('bo@acme.com', 'b3', '20260512', '1400', '1700', 'Hooli pilot review'),
  call('bo@acme.com', 'b4', '20260520', '1000', '1130', 'Hooli pricing call'),
);

// Field notes (note ids 1–7, moment ids 1–8):
//   1 Tue 14 Apr ride-along, Ana   m1 security, m2 pricing
//   2 Thu 23 Apr interview,  Bo    m3 security (unsure)
//   3 Thu 30 Apr ride-along, Ed    m4 security
//   4 Wed 6 May  ride-along, Ana   m5 pricing
//   5 Wed 13 May ride-along, Bo    m6 security
//   6 Wed 27 May interview,  Ana   m7 security
//   7 Thu 28 May ride-along, Cy    m8 pricing
const NOTES: [string, string, string, [string, string, string?][]][] = [
  [
    'ride-along',
    'ana',
    '2026-04-14',
    [
      ['could not answer the SOC 2 question', 'security'],
      ['seat pricing', 'pricing'],
    ],
  ],
  [
    'interview',
    'bo',
    '2026-04-23',
    [['unsure where customer data is stored', 'security', 'unsure']],
  ],
  ['ride-along', 'se', '2026-04-30', [['asked for the pen test report', 'security']]],
  ['ride-along', 'ana', '2026-05-06', [['volume discount', 'pricing']]],
  ['ride-along', 'bo', '2026-05-13', [['the SSO question again', 'security']]],
  ['interview', 'ana', '2026-05-27', [['data retention', 'security']]],
  ['ride-along', 'cy', '2026-05-28', [['multi-year pricing', 'pricing']]],
];

/** The worked example, with the item shipped on 4 May (privacy.minGroupSize as given). */
async function workedExample(minGroupSize = 3): Promise<Org> {
  const org = await orgWithDirectory();
  const config = join(org.dir, 'orient.config.yaml');
  const text = readFileSync(config, 'utf8');
  expect(text).toContain('  minGroupSize: 5\n');
  writeFileSync(config, text.replace('  minGroupSize: 5\n', `  minGroupSize: ${minGroupSize}\n`));
  await org.ok([
    'import',
    'calendars',
    org.write('ana@acme.com.ics', ANA_ICS),
    org.write('bo@acme.com.ics', BO_ICS),
    '--from',
    '2026-04-01',
    '--to',
    '2026-07-01',
  ]);
  for (const [kind, who, date, moments] of NOTES) {
    const observer = kind === 'interview' ? 'pmm@acme.com' : 'pm@acme.com';
    const args = ['notes', 'add', '--kind', kind, '--observer', observer];
    args.push('--salesperson', `${who}@acme.com`, '--date', date);
    for (const [text, tags, momentKind] of moments) {
      args.push('--moment', text, '--tags', tags);
      if (momentKind) args.push('--kind', momentKind);
    }
    await org.ok(args);
  }
  // Bo asks for security answers (request 1); Cy asks for a SOC 2 summary (request 2), which Pat
  // hears Ana ask for too on a call and records her vote; request 2 is then merged into 1, which
  // takes Ana's vote over.
  await org.ok(['requests', 'add', 'Security questionnaire answers', '--by', 'bo@acme.com']);
  await org.ok(['requests', 'add', 'SOC 2 summary', '--by', 'cy@acme.com']);
  await org.ok(['requests', 'vote', '2', '--on-behalf-of', 'ana@acme.com', '--by', 'pm@acme.com']);
  await org.ok(['requests', 'merge', '2', '--into', '1']);
  // The item answers note 1 (Ana), moment 3 (Bo, in note 2) and the duplicate request 2.
  await org.ok([
    'items',
    'add',
    'Security answers kit',
    '--kind',
    'worksheet',
    '--effort-days',
    '3',
    '--cost',
    '0',
    '--selling-hours-per-week',
    '2',
    '--tags',
    'security',
    '--observation',
    '1',
    '--moment',
    '3',
    '--request',
    '2',
  ]);
  await org.ok(['items', 'ship', '1', '--date', '2026-05-04']);
  return org;
}

interface Window {
  from: string;
  to: string;
  days: number;
  weeks: number;
  startsLate: boolean;
  endsEarly: string | null;
}

interface Loop {
  tell: { email: string; name: string; reasons: unknown[]; why: string }[];
  struggles: { tags: string[]; before: Window & Record<string, unknown>; after: Window };
  sellingShare: {
    people: number;
    withCalendar: number;
    suppressed: boolean;
    before: Window & { share: number | null };
    after: Window & { share: number | null };
    perPerson?: { email: string; calendar: boolean; before: number; after: number }[];
  };
}

describe('orient items loop', () => {
  it('two weeks each side: whom to tell, struggles per note and selling share, as text', async () => {
    const org = await workedExample();
    // Windows: before [20 Apr, 4 May), after [4 May, 18 May) — 14 days, 2 weeks each, both over.
    // Struggles tagged security, per note, over every note in the window:
    //   before: notes 2, 3 = 2; security moments m3, m4 = 2; 2 ÷ 2 = 1.
    //   after:  notes 4, 5 = 2; security moments m6 = 1;     1 ÷ 2 = 0.5.
    // Selling share = selling hours ÷ (2 weeks × 40 h = 80 h), the mean over Ana, Bo and Cy:
    //   before: Ana A2 2 h, Bo B1 + B2 = 3 h, Cy 0: (2 + 3 + 0) ÷ 80 ÷ 3 = 5/240 = 2.08% → 2.1%.
    //   after:  Ana A4 + A5 = 4 h, Bo B3 3 h, Cy 0: (4 + 3 + 0) ÷ 80 ÷ 3 = 7/240 = 2.92% → 2.9%.
    expect(await org.ok(['items', 'loop', '1', '--weeks', '2'])).toBe(
      [
        "Item 1 'Security answers kit' shipped on 2026-05-04.",
        '',
        'Tell 3 salespeople:',
        "  Ana Lima <ana@acme.com>: ride-along 1 on 2026-04-14; voted for request 1 'Security questionnaire answers' (recorded by pm@acme.com)",
        "  Bo Chen <bo@acme.com>: moment 3 (note 2, 2026-04-23); asked for request 1 'Security questionnaire answers'",
        "  Cy Park <cy@acme.com>: asked for request 2 'SOC 2 summary' (merged into 1)",
        '',
        '2 weeks each side of 2026-05-04; today (2026-06-01) is not counted until it is over.',
        '',
        'Struggles tagged security (its tags) per field note, over every note:',
        '          from        to          weeks  notes  struggles  per note',
        '  ------  ----------  ----------  -----  -----  ---------  --------',
        '  before  2026-04-20  2026-05-04  2      2      2          1',
        '  after   2026-05-04  2026-05-18  2      2      1          0.5',
        '',
        'Selling share of the 3 salespeople to tell (2 with their own calendar imported):',
        '          from        to          weeks  selling share',
        '  ------  ----------  ----------  -----  -------------',
        '  before  2026-04-20  2026-05-04  2      2.1%',
        '  after   2026-05-04  2026-05-18  2      2.9%',
        '',
      ].join('\n'),
    );
  });

  it('thirteen weeks (the default): windows cut by the data and by today, said so; JSON', async () => {
    const org = await workedExample();
    const loop = await org.json<Loop>(['items', 'loop', '1', '--json', '--people']);
    // Notes: before [2 Feb, 4 May) starts at the first note, 14 Apr: 20 days; notes 1, 2, 3 = 3,
    // security moments m1, m3, m4 = 3: 1 a note. After [4 May, 3 Aug) so far [4 May, 1 Jun):
    // 28 days; notes 4–7 = 4, security moments m6, m7 = 2: 0.5 a note.
    expect(loop.struggles.before).toEqual({
      from: '2026-04-14',
      to: '2026-05-04',
      days: 20,
      weeks: 20 / 7,
      startsLate: true,
      endsEarly: null,
      notes: 3,
      struggles: 3,
      perNote: 1,
    });
    expect(loop.struggles.after).toMatchObject({
      from: '2026-05-04',
      to: '2026-06-01',
      days: 28,
      endsEarly: 'today',
      notes: 4,
      struggles: 2,
      perNote: 0.5,
    });
    // Calendar: the imports cover [1 Apr, 1 Jul). Before [2 Feb, 4 May) starts at 1 Apr: 33 days,
    // 33/7 weeks × 40 h = 1320/7 h. Ana A1 + A2 = 3 h, Bo B1 + B2 = 3 h: 3 × 7/1320 = 21/1320 each;
    // Cy 0. Mean 42/1320 ÷ 3 = 14/1320 = 1.06%.
    // After so far [4 May, 1 Jun): 28 days, 4 weeks × 40 = 160 h. Ana A4 + A5 + A6 = 5 h (A7, on
    // 3 June, is after today) = 5/160; Bo B3 + B4 = 4.5 h = 4.5/160; Cy 0. Mean 9.5/160 ÷ 3 = 1.98%.
    const share = loop.sellingShare;
    expect(share).toMatchObject({ people: 3, withCalendar: 2, suppressed: false });
    expect(share.before).toMatchObject({ from: '2026-04-01', days: 33, startsLate: true });
    expect(share.before.share).toBeCloseTo(14 / 1320, 12);
    expect(share.after).toMatchObject({ to: '2026-06-01', days: 28, endsEarly: 'today' });
    expect(share.after.share).toBeCloseTo(9.5 / 480, 12);
    expect(share.perPerson?.map((p) => [p.email, p.calendar])).toEqual([
      ['ana@acme.com', true],
      ['bo@acme.com', true],
      ['cy@acme.com', false],
    ]);
    const [ana, bo, cy] = share.perPerson!;
    expect(ana!.before).toBeCloseTo(21 / 1320, 12);
    expect(ana!.after).toBeCloseTo(5 / 160, 12);
    expect(bo!.before).toBeCloseTo(21 / 1320, 12);
    expect(bo!.after).toBeCloseTo(4.5 / 160, 12);
    expect([cy!.before, cy!.after]).toEqual([0, 0]);

    const text = await org.ok(['items', 'loop', '1']);
    // 20/7 = 2.86 weeks; 33/7 = 4.71; 14/1320 = 1.06% → 1.1%; 9.5/480 = 1.98% → 2%.
    expect(text).toMatch(
      /\n {2}before +2026-04-14 +2026-05-04 +2\.86 from the first note +3 +3 +1\n/,
    );
    expect(text).toMatch(/\n {2}after +2026-05-04 +2026-06-01 +4 so far +4 +2 +0\.5\n/);
    expect(text).toMatch(
      /\n {2}before +2026-04-01 +2026-05-04 +4\.71 from the calendar imports +1\.1%\n/,
    );
    expect(text).toMatch(/\n {2}after +2026-05-04 +2026-06-01 +4 so far +2%\n/);
  });

  it('fewer salespeople than privacy.minGroupSize: the group share is withheld', async () => {
    const org = await workedExample(5);
    const loop = await org.json<Loop>(['items', 'loop', '1', '--weeks', '2', '--json']);
    // 3 people < 5.
    expect(loop.sellingShare).toMatchObject({ people: 3, suppressed: true });
    expect(loop.sellingShare.before.share).toBeNull();
    expect(loop.sellingShare.after.share).toBeNull();
    expect(loop.sellingShare.perPerson).toBeUndefined();
    expect(await org.ok(['items', 'loop', '1', '--weeks', '2'])).toContain(
      '  before  2026-04-20  2026-05-04  2      withheld (fewer than 5 people)',
    );
  });

  it('an item not shipped, an unknown item and bad weeks are refused with exit 2', async () => {
    const org = await workedExample();
    await org.ok([
      'items',
      'add',
      'Pricing calculator',
      '--kind',
      'tool',
      '--effort-days',
      '5',
      '--cost',
      '0',
    ]);
    const open = await org.orient(['items', 'loop', '2']);
    expect(open).toMatchObject({ code: 2, stdout: '' });
    expect(open.stderr).toBe(
      "orient: item 2 'Pricing calculator' has not shipped (it is proposed): the loop closes once it ships\n",
    );
    expect(await org.orient(['items', 'loop', '9'])).toMatchObject({
      code: 2,
      stderr: 'orient: no item 9\n',
    });
    for (const weeks of ['0', '105', '1.5', 'many']) {
      expect(await org.orient(['items', 'loop', '1', '--weeks', weeks])).toMatchObject({
        code: 2,
        stderr: 'orient: --weeks: use a whole number from 1 to 104\n',
      });
    }
  });
});
