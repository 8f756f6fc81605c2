import { describe, expect, it } from 'vitest';
import { OrientError } from '../orient-error.js';
import {
  closeTheLoop,
  loopTags,
  loopWindows,
  peopleToTell,
  type LoopInput,
} from './close-the-loop.js';
import { item, links, moment, observation, request, vote } from './enablement.fixture.js';

// The worked example. The "Security answers kit" (tags: security) shipped on Wednesday 1 April
// 2026; today is Monday 20 April; windows of 4 weeks.
//   before = [2026-03-04, 2026-04-01): 28 days, but the first field note is on 10 March, so the
//            notes' window starts late: [03-10, 04-01) = 22 days.
//   after  = [2026-04-01, 2026-04-29) cut to today (whole days only): [04-01, 04-20) = 19 days.
// Notes (moments: tags, kind):
//   1  2026-03-10 ride-along, ana   m1 security struggle, m2 pricing
//   2  2026-03-17 interview,  bo    m3 security unsure, m4 security+pricing struggle
//   3  2026-03-24 ride-along, cy    (no moments)
//   4  2026-04-01 ride-along, ana   m5 pricing            (the ship day: after)
//   5  2026-04-08 ride-along, bo+di m6 security
//   6  2026-04-20 ride-along, ana   m7 security           (today: in neither window)
// Before: notes 1, 2, 3 = 3; security moments m1, m3, m4 = 3; 3 ÷ 3 = 1 per note.
// After:  notes 4, 5 = 2; security moments m6 = 1; 1 ÷ 2 = 0.5 per note — half as often.
const notes = [
  observation('1', {
    date: '2026-03-10',
    salespeople: ['ana@acme.com'],
    moments: [moment('1', { tags: ['security'] }), moment('2', { tags: ['pricing'] })],
  }),
  observation('2', {
    kind: 'interview',
    date: '2026-03-17',
    salespeople: ['bo@acme.com'],
    moments: [
      moment('3', { kind: 'unsure', tags: ['security'] }),
      moment('4', { tags: ['security', 'pricing'] }),
    ],
  }),
  observation('3', { date: '2026-03-24', salespeople: ['cy@acme.com'] }),
  observation('4', {
    date: '2026-04-01',
    salespeople: ['ana@acme.com'],
    moments: [moment('5', { tags: ['pricing'] })],
  }),
  observation('5', {
    date: '2026-04-08',
    salespeople: ['bo@acme.com', 'di@acme.com'],
    moments: [moment('6', { tags: ['security'] })],
  }),
  observation('6', {
    date: '2026-04-20',
    salespeople: ['ana@acme.com'],
    moments: [moment('7', { tags: ['security'] })],
  }),
];

// Cy asked for it (request 1); Ed asked for the same thing (request 2), merged into 1, which
// carried Fay's vote over. Ana voted herself; Pat (a PM) recorded Di's vote on her behalf after
// a call. Request 3 is someone else's and not linked. The item links note 1, moment 3 and the
// duplicate, request 2 — its family is requests 1 and 2.
const requests = [
  request('1', {
    title: 'Security answers',
    requestedBy: 'cy@acme.com',
    status: 'shipped',
    votes: [
      vote('ana@acme.com'),
      vote('di@acme.com', { recordedBy: 'pm@acme.com' }),
      vote('fay@acme.com'),
    ],
  }),
  request('2', {
    title: 'SOC 2 cheat sheet',
    requestedBy: 'ed@acme.com',
    status: 'duplicate',
    mergedInto: '1',
  }),
  request('3', { title: 'Pricing calculator', requestedBy: 'zed@acme.com' }),
];

// Names chosen so that name order differs from email order: Cy Park is "Abe Park".
const names = new Map([
  ['ana@acme.com', 'Ana Lima'],
  ['bo@acme.com', 'Bo Chen'],
  ['cy@acme.com', 'Abe Park'],
  ['di@acme.com', 'Di Ross'],
  ['ed@acme.com', 'Ed Diaz'],
  ['fay@acme.com', 'Fay Wu'],
]);

const kit = item('1', {
  title: 'Security answers kit',
  status: 'shipped',
  shippedAt: '2026-04-01',
  tags: ['security'],
  evidence: links({ observations: ['1'], moments: ['3'], requests: ['2'] }),
});

// Selling shares as the ledger would give them (the edges compute them; here they are inputs).
// Before: 0.40 + 0.30 + 0.20 + 0.10 + 0.25 + 0.35 = 1.60; ÷ 6 people = 0.2667.
// After:  0.50 + 0.40 + 0.20 + 0.20 + 0.25 + 0.45 = 2.00; ÷ 6 people = 0.3333.
const shares = {
  before: new Map([
    ['ana@acme.com', 0.4],
    ['bo@acme.com', 0.3],
    ['cy@acme.com', 0.2],
    ['di@acme.com', 0.1],
    ['ed@acme.com', 0.25],
    ['fay@acme.com', 0.35],
  ]),
  after: new Map([
    ['ana@acme.com', 0.5],
    ['bo@acme.com', 0.4],
    ['cy@acme.com', 0.2],
    ['di@acme.com', 0.2],
    ['ed@acme.com', 0.25],
    ['fay@acme.com', 0.45],
  ]),
};

const input: LoopInput = {
  item: kit,
  observations: notes,
  requests,
  names,
  weeks: 4,
  today: '2026-04-20',
  calendar: { from: '2026-03-01', to: '2026-07-01' },
  shares,
  calendarsImported: new Set(['ana@acme.com', 'bo@acme.com']),
  minGroupSize: 5,
  people: false,
};

describe('peopleToTell', () => {
  it('names each salesperson once with every reason, sorted by name', () => {
    const people = peopleToTell(kit, notes, requests, names);
    expect(people.map((p) => [p.name, p.why])).toEqual([
      ['Abe Park', "asked for request 1 'Security answers'"],
      ['Ana Lima', "ride-along 1 on 2026-03-10; voted for request 1 'Security answers'"],
      ['Bo Chen', 'moment 3 (note 2, 2026-03-17)'],
      ['Di Ross', "voted for request 1 'Security answers' (recorded by pm@acme.com)"],
      ['Ed Diaz', "asked for request 2 'SOC 2 cheat sheet' (merged into 1)"],
      ['Fay Wu', "voted for request 1 'Security answers'"],
    ]);
    // Bo is on note 5 too, and Di: not linked, so not a reason. Zed's request is not linked.
    expect(people.find((p) => p.email === 'bo@acme.com')!.reasons).toEqual([
      { kind: 'moment', moment: '3', note: '2', date: '2026-03-17' },
    ]);
  });

  it('falls back to the email for someone no longer in the directory, and sorts by it', () => {
    const people = peopleToTell(kit, notes, requests, new Map([['ana@acme.com', 'Zoe Lima']]));
    // Sort keys: "bo@acme.com", "cy@acme.com", "di@acme.com", "ed@acme.com", "fay@acme.com" and
    // Ana's "Zoe Lima": b < c < d < e < f < z.
    expect(people.map((p) => p.name ?? p.email)).toEqual([
      'bo@acme.com',
      'cy@acme.com',
      'di@acme.com',
      'ed@acme.com',
      'fay@acme.com',
      'Zoe Lima',
    ]);
  });

  it('a note linked and one of its moments linked: both are reasons, the person once', () => {
    const both = item('2', { evidence: links({ observations: ['1'], moments: ['1'] }) });
    expect(peopleToTell(both, notes, [], names)).toEqual([
      {
        email: 'ana@acme.com',
        name: 'Ana Lima',
        reasons: [
          { kind: 'note', note: '1', noteKind: 'ride-along', date: '2026-03-10' },
          { kind: 'moment', moment: '1', note: '1', date: '2026-03-10' },
        ],
        why: 'ride-along 1 on 2026-03-10; moment 1 (note 1, 2026-03-10)',
      },
    ]);
  });
});

describe('loopWindows', () => {
  it('equal windows each side of the ship day, the ship day after', () => {
    // 2 weeks = 14 days: before [03-18, 04-01), after [04-01, 04-15); today 05-01 is past both.
    const w = loopWindows('2026-04-01', 2, '2026-05-01', { from: '2026-01-01', to: '2026-06-01' });
    expect(w.before).toEqual({
      from: '2026-03-18',
      to: '2026-04-01',
      days: 14,
      weeks: 2,
      startsLate: false,
      endsEarly: null,
    });
    expect(w.after).toMatchObject({ from: '2026-04-01', to: '2026-04-15', days: 14 });
  });

  it('cut by the start of the data, by today, and by the end of the data', () => {
    // Data [03-25, 04-10); today 04-20. Before [03-18, 04-01) starts at 03-25: 7 days.
    // After [04-01, 04-15) ends at the data's end 04-10 (before today): 9 days.
    const w = loopWindows('2026-04-01', 2, '2026-04-20', { from: '2026-03-25', to: '2026-04-10' });
    expect(w.before).toMatchObject({ from: '2026-03-25', days: 7, startsLate: true });
    expect(w.after).toMatchObject({ to: '2026-04-10', days: 9, endsEarly: 'data' });
    // Today 04-05 comes first: after [04-01, 04-05) = 4 days so far.
    const soFar = loopWindows('2026-04-01', 2, '2026-04-05', {
      from: '2026-03-25',
      to: '2026-04-10',
    });
    expect(soFar.after).toMatchObject({ days: 4, weeks: 4 / 7, endsEarly: 'today' });
  });

  it('no data, or a ship day still to come: empty windows, said so', () => {
    const none = loopWindows('2026-04-01', 2, '2026-05-01', null);
    expect(none.before.days).toBe(0);
    expect(none.after.days).toBe(0);
    const future = loopWindows('2026-04-01', 2, '2026-03-25', {
      from: '2026-01-01',
      to: '2026-06-01',
    });
    // Before [03-18, 04-01) so far [03-18, 03-25) = 7 days; after has not begun.
    expect(future.before).toMatchObject({ days: 7, endsEarly: 'today' });
    expect(future.after).toMatchObject({ from: '2026-04-01', to: '2026-04-01', days: 0 });
  });

  it('refuses weeks that are not a whole number from 1 to 104', () => {
    for (const weeks of [0, -1, 1.5, 105]) {
      expect(() => loopWindows('2026-04-01', weeks, '2026-05-01', null)).toThrow(
        /weeks: use a whole number from 1 to 104/,
      );
    }
  });
});

describe('closeTheLoop', () => {
  it('the worked example: whom to tell, struggles per note and selling share before and after', () => {
    const loop = closeTheLoop(input);
    expect(loop.item).toEqual({ id: '1', title: 'Security answers kit', shippedAt: '2026-04-01' });
    expect(loop.tell.map((p) => p.email)).toEqual([
      'cy@acme.com',
      'ana@acme.com',
      'bo@acme.com',
      'di@acme.com',
      'ed@acme.com',
      'fay@acme.com',
    ]);
    expect(loop.struggles).toEqual({
      tags: ['security'],
      tagsFrom: 'item',
      before: {
        from: '2026-03-10',
        to: '2026-04-01',
        days: 22,
        weeks: 22 / 7,
        startsLate: true,
        endsEarly: null,
        notes: 3,
        struggles: 3,
        perNote: 1,
      },
      after: {
        from: '2026-04-01',
        to: '2026-04-20',
        days: 19,
        weeks: 19 / 7,
        startsLate: false,
        endsEarly: 'today',
        notes: 2,
        struggles: 1,
        perNote: 0.5,
      },
    });
    // Calendar data [03-01, 07-01): before is whole, [03-04, 04-01); after cut to today.
    const s = loop.sellingShare;
    expect(s).toMatchObject({ people: 6, withCalendar: 2, suppressed: false, minGroupSize: 5 });
    expect(s.before).toMatchObject({ from: '2026-03-04', to: '2026-04-01', days: 28 });
    expect(s.before.share).toBeCloseTo(1.6 / 6, 12);
    expect(s.after).toMatchObject({ from: '2026-04-01', to: '2026-04-20', endsEarly: 'today' });
    expect(s.after.share).toBeCloseTo(2 / 6, 12);
    expect(s.perPerson).toBeUndefined();
  });

  it('person-level shares only when asked; the group figure withheld below minGroupSize', () => {
    const loop = closeTheLoop({ ...input, minGroupSize: 7, people: true });
    // 6 people < 7: no group figure, in every view.
    expect(loop.sellingShare.suppressed).toBe(true);
    expect(loop.sellingShare.before.share).toBeNull();
    expect(loop.sellingShare.after.share).toBeNull();
    expect(loop.sellingShare.perPerson?.slice(0, 2)).toEqual([
      { email: 'cy@acme.com', name: 'Abe Park', calendar: false, before: 0.2, after: 0.2 },
      { email: 'ana@acme.com', name: 'Ana Lima', calendar: true, before: 0.4, after: 0.5 },
    ]);
  });

  it('an item not shipped is bad input saying so', () => {
    let error: unknown;
    try {
      closeTheLoop({ ...input, item: { ...kit, status: 'in-progress', shippedAt: null } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OrientError);
    expect(error).toMatchObject({
      code: 'bad-input',
      message:
        "item 1 'Security answers kit' has not shipped (it is in-progress): the loop closes once it ships",
    });
  });
});

describe('loopTags', () => {
  it('the item’s own tags, else those of its linked moments, else none', () => {
    expect(loopTags(kit, notes)).toEqual({ tags: ['security'], from: 'item' });
    // Moments 4 (security, pricing) and 5 (pricing): security, pricing — sorted, each once.
    const untagged = item('2', { evidence: links({ moments: ['4', '5'] }) });
    expect(loopTags(untagged, notes)).toEqual({ tags: ['pricing', 'security'], from: 'moments' });
    expect(loopTags(item('3'), notes)).toEqual({ tags: [], from: 'none' });
  });
});
