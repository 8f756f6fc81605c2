// The enablement CLI end to end on SQLite: a ride-along logged, its struggle linked as evidence for
// an item, the list in priority order and the plan; bad input refused with exit 2 and nothing
// half-written.
import { describe, expect, it } from 'vitest';
import { orgWithDirectory } from './enablement-support.js';

interface Note {
  id: string;
  moments: { id: string; kind: string; tags: string[]; raisedBy: string; severity: number }[];
}

describe('orient notes add', () => {
  it('logs a ride-along with moments described by the flags after each --moment', async () => {
    const org = await orgWithDirectory();
    const out = await org.ok([
      'notes',
      'add',
      '--observer',
      'pm@acme.com',
      '--salesperson',
      'ana@acme.com',
      '--salesperson',
      'bo@acme.com',
      '--date',
      '2026-03-05',
      '--account',
      'Globex',
      '--moment',
      'could not answer the SOC 2 question',
      '--tags',
      'security,SOC2',
      '--severity',
      '3',
      '--moment',
      'unsure how seats are priced',
      '--kind',
      'unsure',
      '--raised-by',
      'salesperson',
    ]);
    expect(out).toBe(
      'Logged note 1: ride-along on 2026-03-05 by pm@acme.com with ana@acme.com, bo@acme.com (Globex), 2 moments.\n' +
        '  moment 1: struggle, severity 3, raised by customer [security, soc2]: could not answer the SOC 2 question\n' +
        '  moment 2: unsure, severity 2, raised by salesperson: unsure how seats are priced\n',
    );
  });

  it('refuses an unknown salesperson by name, with exit 2, and stores nothing', async () => {
    const org = await orgWithDirectory();
    const run = await org.orient([
      'notes',
      'add',
      '--observer',
      'pm@acme.com',
      '--salesperson',
      'zed@acme.com',
      '--date',
      '2026-03-05',
      '--moment',
      'x',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('orient: unknown: salesperson zed@acme.com is not in the directory\n');
  });

  it('reads the note as JSON on stdin', async () => {
    const org = await orgWithDirectory();
    const note = await org.json<Note>(
      ['notes', 'add', '--json'],
      JSON.stringify({
        kind: 'interview',
        observer: 'PMM@acme.com',
        salespeople: ['cy@acme.com'],
        date: '2026-03-06',
        moments: [{ text: 'no competitive one-pager', tags: ['competition'] }],
      }),
    );
    expect(note.moments).toEqual([
      {
        id: '1',
        text: 'no competitive one-pager',
        kind: 'struggle',
        tags: ['competition'],
        raisedBy: 'salesperson',
        severity: 2,
      },
    ]);
    const bad = await org.orient(
      ['notes', 'add', '--json'],
      '{"observer":"pm@acme.com","date":"2026-02-30"}',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'orient: the note is not valid: stdin.salespeople: Invalid input: expected array, received undefined; stdin.date: is not a date\n',
    );
  });
});

describe('items and the plan', () => {
  it('a struggle seen on a ride-along becomes evidence for an item, which the plan picks', async () => {
    const org = await orgWithDirectory();
    await org.ok([
      'notes',
      'add',
      '--observer',
      'pm@acme.com',
      '--salesperson',
      'ana@acme.com',
      '--salesperson',
      'bo@acme.com',
      '--date',
      '2026-03-05',
      '--moment',
      'could not answer the SOC 2 question',
      '--tags',
      'security',
    ]);
    await org.ok([
      'items',
      'add',
      'Security answers sheet',
      '--kind',
      'worksheet',
      '--effort-days',
      '3',
      '--cost',
      '0',
      '--times-per-week',
      '2',
      '--salespeople',
      '6',
      '--minutes-lost',
      '30',
      '--confidence',
      '0.8',
    ]);
    await org.ok([
      'items',
      'add',
      'Pricing deck',
      '--kind',
      'presentation',
      '--effort-days',
      '5',
      '--cost',
      '2000',
      '--selling-hours-per-week',
      '1',
    ]);
    expect(await org.ok(['items', 'link', '1', '--moment', '1'])).toBe(
      'Item 1 answers notes [], moments [1], requests [].\n',
    );
    const list = await org.json<{
      items: {
        id: string;
        rank: number;
        evidence: { salespeople: number; calls: number };
        inputs: Record<string, unknown>;
      }[];
    }>(['items', 'list', '--json']);
    expect(list.items.map((i) => [i.rank, i.id, i.evidence.salespeople, i.evidence.calls])).toEqual(
      [
        [1, '1', 2, 1],
        [2, '2', 0, 0],
      ],
    );
    expect(list.items[0]!.inputs).toMatchObject({
      sellingHoursPerWeek: 6,
      effortDays: 3,
      sellingHoursPerYear: 312,
    });
    const text = await org.ok(['items', 'list']);
    expect(text).toContain(
      '#1 Security answers sheet: 312 selling hours a year ÷ 3 person-days = 104',
    );

    const plan = await org.json<Record<string, unknown>>([
      'plan',
      '--days',
      '4',
      '--money',
      '5000',
      '--json',
    ]);
    expect(plan).toMatchObject({
      budget: { days: 4, money: 5000 },
      greedy: {
        items: ['Security answers sheet'],
        ids: ['1'],
        days: 3,
        money: 0,
        sellingHoursPerYear: 312,
      },
      best: { items: ['Security answers sheet'], days: 3, money: 0, sellingHoursPerYear: 312 },
      difference: { sellingHoursPerYear: 0 },
    });
    expect(await org.ok(['plan', '--days', '4', '--money', '5000'])).toBe(
      [
        'Budget: 4 person-days, 5000 money (list ordered by hours-per-day)',
        '',
        'From the top of the list until time or money runs out:',
        '  - Security answers sheet (item 1)',
        '  = 3 days, 0 money, 312 selling hours a year',
        "  stops at 'Pricing deck': not enough time (needs 5 days and 2000 money; 1 day and 5000 money left)",
        '',
        'The best set under both budgets:',
        '  - Security answers sheet (item 1)',
        '  = 3 days, 0 money, 312 selling hours a year',
        '',
        'The best set is the top of the list: walking it loses nothing.',
        '',
      ].join('\n'),
    );
  });

  it('derives the salespeople affected from the evidence when --salespeople is left out', async () => {
    const org = await orgWithDirectory();
    // Note 1 met Ana and Bo; request 1 was asked by Cy and voted for by Ana (again) — the evidence
    // names three distinct salespeople: ana, bo, cy.
    await org.ok([
      'notes',
      'add',
      '--observer',
      'pm@acme.com',
      '--salesperson',
      'ana@acme.com',
      '--salesperson',
      'bo@acme.com',
      '--date',
      '2026-03-05',
      '--moment',
      'lost the thread on pricing tiers',
    ]);
    await org.ok(['requests', 'add', 'Pricing one-pager', '--by', 'cy@acme.com']);
    await org.ok(['requests', 'vote', '1', 'ana@acme.com']);
    const item = await org.json<{ derivation: unknown }>([
      'items',
      'add',
      'Pricing one-pager',
      '--kind',
      'worksheet',
      '--effort-days',
      '2',
      '--cost',
      '0',
      '--times-per-week',
      '2',
      '--minutes-lost',
      '15',
      '--observation',
      '1',
      '--request',
      '1',
      '--json',
    ]);
    expect(item.derivation).toEqual({ timesPerWeek: 2, salespeople: 3, minutesLost: 15 });
    // 2 times a week × 3 salespeople × 15 min = 90 min = 1.5 h a week.
    const listed = await org.ok(['items', 'list']);
    expect(listed).toContain('2 times a week × 3 salespeople × 15 min = 1.5 h a week');

    // Without evidence the count must be given; with evidence that names nobody, too.
    const bare = await org.orient([
      'items',
      'add',
      'Deck',
      '--kind',
      'presentation',
      '--effort-days',
      '1',
      '--cost',
      '0',
      '--times-per-week',
      '1',
      '--minutes-lost',
      '10',
    ]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('--salespeople');
    expect((await org.json<{ items: unknown[] }>(['items', 'list', '--json'])).items).toHaveLength(
      1,
    );
  });

  it('a plan with no budget is an error', async () => {
    const org = await orgWithDirectory();
    for (const args of [
      ['plan'],
      ['plan', '--days', '5'],
      ['plan', '--days', '0', '--money', '0'],
    ]) {
      const run = await org.orient(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^orient: the plan needs a budget/);
    }
    const negative = await org.orient(['plan', '--days', '-1', '--money', '5']);
    expect(negative.stderr).toBe('orient: --days "-1": use a number 0 or more\n');
  });

  it('refuses a negative cost', async () => {
    const org = await orgWithDirectory();
    const run = await org.orient([
      'items',
      'add',
      'Deck',
      '--kind',
      'presentation',
      '--effort-days',
      '1',
      '--cost',
      '-5',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('orient: --cost "-5": use a number 0 or more\n');
  });
});

describe('orient requests', () => {
  async function withRequests() {
    const org = await orgWithDirectory();
    await org.ok(['requests', 'add', 'Security answers sheet', '--by', 'ana@acme.com']);
    await org.ok(['requests', 'add', 'SOC 2 one-pager', '--by', 'bo@acme.com']);
    return org;
  }

  it('a salesperson votes once; a second vote is an error naming them, and changes nothing', async () => {
    const org = await withRequests();
    expect(await org.ok(['requests', 'vote', '1', 'ana@acme.com'])).toBe(
      'ana@acme.com voted for request 1: 1 vote.\n',
    );
    const again = await org.orient(['requests', 'vote', '1', 'ANA@acme.com']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      "orient: ana@acme.com has already voted for 'Security answers sheet' (2026-06-01T12:00:00Z)\n",
    );
    const unknown = await org.orient(['requests', 'vote', '1', 'zed@acme.com']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'orient: unknown: salesperson zed@acme.com is not in the directory\n',
    );
    const missing = await org.orient(['requests', 'vote', '9', 'bo@acme.com']);
    expect([missing.code, missing.stderr]).toEqual([2, 'orient: no request 9\n']);
    const [first] = await org.json<{ votes: unknown[] }[]>(['requests', 'list', '--json']);
    expect(first?.votes).toEqual([
      { salesperson: 'ana@acme.com', recordedBy: 'ana@acme.com', at: '2026-06-01T12:00:00Z' },
    ]);
  });

  it('a PM records a vote on behalf of a salesperson: credited to them, and removable', async () => {
    const org = await withRequests();
    expect(
      await org.ok([
        'requests',
        'vote',
        '1',
        '--on-behalf-of',
        'cy@acme.com',
        '--by',
        'pm@acme.com',
      ]),
    ).toBe('cy@acme.com voted for request 1 (recorded by pm@acme.com): 1 vote.\n');
    const bySales = await org.orient([
      'requests',
      'vote',
      '1',
      '--on-behalf-of',
      'bo@acme.com',
      '--by',
      'ana@acme.com',
    ]);
    expect(bySales.code).toBe(2);
    expect(bySales.stderr).toMatch(
      /--by ana@acme.com \(Account Executive\) is not a product or marketing person/,
    );
    const again = await org.orient(['requests', 'vote', '1', 'cy@acme.com']);
    expect(again.stderr).toBe(
      "orient: cy@acme.com has already voted for 'Security answers sheet' (2026-06-01T12:00:00Z, recorded by pm@acme.com)\n",
    );
    expect(await org.ok(['requests', 'unvote', '1', 'cy@acme.com'])).toBe(
      "Removed cy@acme.com's vote for request 1: 0 votes left.\n",
    );
    const none = await org.orient(['requests', 'unvote', '1', 'cy@acme.com']);
    expect([none.code, none.stderr]).toEqual([
      2,
      "orient: cy@acme.com has no vote on 'Security answers sheet'\n",
    ]);
  });

  it('a merge carries the votes over (one per salesperson); a merge into itself is an error', async () => {
    const org = await withRequests();
    await org.ok(['requests', 'vote', '1', 'ana@acme.com']);
    await org.ok(['requests', 'vote', '2', 'ana@acme.com']);
    await org.ok(['requests', 'vote', '2', 'bo@acme.com']);
    const self = await org.orient(['requests', 'merge', '2', '--into', '2']);
    expect([self.code, self.stderr]).toEqual([
      2,
      'orient: a request cannot be merged into itself\n',
    ]);
    expect(await org.ok(['requests', 'merge', '2', '--into', '1'])).toBe(
      'Merged request 2 into 1: 2 votes there now.\n',
    );
    const [into, merged] = await org.json<
      { id: string; status: string; mergedInto: string | null; votes: { salesperson: string }[] }[]
    >(['requests', 'list', '--json']);
    expect(into).toMatchObject({ id: '1', status: 'open' });
    expect(into?.votes.map((v) => v.salesperson)).toEqual(['ana@acme.com', 'bo@acme.com']);
    expect(merged).toMatchObject({ id: '2', status: 'duplicate', mergedInto: '1', votes: [] });
    const twice = await org.orient(['requests', 'merge', '2', '--into', '1']);
    expect(twice.stderr).toBe('orient: request 2 is already merged into 1\n');
    expect(await org.ok(['requests', 'list'])).toBe(
      [
        'id  title                   status          votes  asked by',
        '--  ----------------------  --------------  -----  ------------',
        '1   Security answers sheet  open            2      ana@acme.com',
        '2   SOC 2 one-pager         duplicate of 1  0      bo@acme.com',
        '',
      ].join('\n'),
    );
  });

  it('statuses follow the workflow; duplicate only by merging', async () => {
    const org = await withRequests();
    expect(await org.ok(['requests', 'status', '1', 'planned'])).toBe('Request 1 is planned.\n');
    const dup = await org.orient(['requests', 'status', '1', 'duplicate']);
    expect(dup.stderr).toBe(
      'orient: to mark a request as a duplicate, merge it into the request it duplicates\n',
    );
    const bad = await org.orient(['requests', 'status', '1', 'done']);
    expect(bad.stderr).toBe(
      'orient: the status must be one of open, planned, in-progress, shipped, declined, duplicate\n',
    );
  });
});
