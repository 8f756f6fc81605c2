import { describe, expect, it } from 'vitest';
import { OrientError } from '../orient-error.js';
import { request, vote } from './enablement.fixture.js';
import type { RequestStatus } from './model.js';
import { castVote, changeStatus, mergeRequests, removeVote } from './requests.js';

function failure(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof OrientError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an OrientError');
}

const worksheet = request('r1', { title: 'Pricing worksheet' });

describe('castVote', () => {
  it('adds a vote by the salesperson, lower-cased', () => {
    const voted = castVote(worksheet, vote(' Ana@Acme.com '));
    expect(voted.votes).toEqual([
      { salesperson: 'ana@acme.com', recordedBy: 'ana@acme.com', at: '2026-03-01T10:00:00Z' },
    ]);
    expect(worksheet.votes).toEqual([]); // the input is not changed
  });

  it('records a vote on behalf of a salesperson met in the field, credited to them', () => {
    const voted = castVote(worksheet, vote('bo@acme.com', { recordedBy: 'pm@acme.com' }));
    expect(voted.votes).toEqual([
      { salesperson: 'bo@acme.com', recordedBy: 'pm@acme.com', at: '2026-03-01T10:00:00Z' },
    ]);
  });

  it.each([
    // existing votes, new vote, message
    [
      [vote('ana@acme.com')],
      vote('ANA@acme.com'),
      "ana@acme.com has already voted for 'Pricing worksheet' (2026-03-01T10:00:00Z)",
    ],
    [
      [vote('ana@acme.com', { recordedBy: 'pm@acme.com' })],
      vote('ana@acme.com'),
      "ana@acme.com has already voted for 'Pricing worksheet' (2026-03-01T10:00:00Z, recorded by pm@acme.com)",
    ],
  ])('refuses a second vote, naming the salesperson (%#)', (votes, second, message) => {
    expect(failure(() => castVote({ ...worksheet, votes }, second))).toEqual({
      code: 'bad-input',
      message,
    });
  });

  it('refuses an unknown salesperson when the caller says who the salespeople are', () => {
    const salespeople = new Set(['ana@acme.com']);
    expect(failure(() => castVote(worksheet, vote('ghost@acme.com'), { salespeople }))).toEqual({
      code: 'bad-input',
      message: 'unknown salesperson ghost@acme.com: votes are credited to salespeople only',
    });
    expect(castVote(worksheet, vote('ana@acme.com'), { salespeople }).votes).toHaveLength(1);
  });

  it.each([
    ['open', null],
    ['planned', null],
    ['in-progress', null],
    ['shipped', "request 'Pricing worksheet' is shipped; voting is closed"],
    ['declined', "request 'Pricing worksheet' is declined; voting is closed"],
    ['duplicate', 'request r1 was merged into r0; vote there'],
  ] as const)('on a request that is %s: %s', (status, message) => {
    const target = { ...worksheet, status, mergedInto: status === 'duplicate' ? 'r0' : null };
    const run = () => castVote(target, vote('ana@acme.com'));
    if (message === null) expect(run().votes).toHaveLength(1);
    else expect(failure(run).message).toBe(message);
  });

  it('refuses a vote that is not credited to an email', () => {
    expect(failure(() => castVote(worksheet, vote('ana'))).message).toBe(
      "salesperson: 'ana' is not an email",
    );
  });
});

describe('removeVote', () => {
  const voted = {
    ...worksheet,
    votes: [vote('ana@acme.com'), vote('bo@acme.com', { recordedBy: 'pm@acme.com' })],
  };

  it('removes the vote credited to the salesperson, including one recorded on their behalf', () => {
    expect(removeVote(voted, 'Bo@acme.com').votes).toEqual([vote('ana@acme.com')]);
  });

  it('lets them vote again after removing it', () => {
    const again = castVote(removeVote(voted, 'ana@acme.com'), vote('ana@acme.com'));
    expect(again.votes.map((v) => v.salesperson)).toEqual(['bo@acme.com', 'ana@acme.com']);
  });

  it('is not-found when there is no such vote', () => {
    expect(failure(() => removeVote(voted, 'cy@acme.com'))).toEqual({
      code: 'not-found',
      message: "cy@acme.com has no vote on 'Pricing worksheet'",
    });
  });
});

describe('changeStatus', () => {
  const statuses: RequestStatus[] = ['open', 'planned', 'in-progress', 'shipped', 'declined'];
  // from → the statuses it may go to; every other pair is refused.
  const allowed: Record<string, RequestStatus[]> = {
    open: ['planned', 'declined'],
    planned: ['in-progress', 'declined', 'open'],
    'in-progress': ['shipped', 'declined', 'planned'],
    shipped: [],
    declined: ['open'],
    duplicate: [],
  };
  for (const from of [...statuses, 'duplicate'] as RequestStatus[]) {
    for (const to of statuses) {
      if (from === to) continue;
      const ok = allowed[from]!.includes(to);
      it(`${from} → ${to}: ${ok ? 'allowed' : 'refused'}`, () => {
        const run = () => changeStatus({ ...worksheet, status: from }, to);
        if (ok) expect(run().status).toBe(to);
        else expect(failure(run).code).toBe('bad-input');
      });
    }
  }

  it.each([
    ['open', 'open', "request 'Pricing worksheet' is already open"],
    [
      'open',
      'duplicate',
      'to mark a request as a duplicate, merge it into the request it duplicates',
    ],
    [
      'open',
      'shipped',
      "request 'Pricing worksheet' cannot go from open to shipped (it can go to planned, declined)",
    ],
    ['shipped', 'open', "request 'Pricing worksheet' cannot go from shipped to open (it is final)"],
  ] as const)('%s → %s says why', (from, to, message) => {
    expect(failure(() => changeStatus({ ...worksheet, status: from }, to)).message).toBe(message);
  });
});

describe('mergeRequests', () => {
  const into = request('r1', {
    title: 'Pricing worksheet',
    votes: [vote('ana@acme.com', { at: '2026-03-01T10:00:00Z' })],
  });
  const duplicate = request('r2', {
    title: 'Price calculator',
    requestedBy: 'cy@acme.com',
    votes: [
      vote('ana@acme.com', { at: '2026-02-01T10:00:00Z' }),
      vote('bo@acme.com', { recordedBy: 'pm@acme.com' }),
    ],
  });

  it('moves the votes over, one per salesperson, and marks the duplicate', () => {
    const result = mergeRequests(duplicate, into);
    expect(result.merged).toEqual({
      ...duplicate,
      status: 'duplicate',
      mergedInto: 'r1',
      votes: [],
    });
    // Ana voted for both: her vote on r1 stays; Bo's (recorded on his behalf) is carried.
    expect(result.into.votes).toEqual([
      vote('ana@acme.com', { at: '2026-03-01T10:00:00Z' }),
      vote('bo@acme.com', { recordedBy: 'pm@acme.com' }),
    ]);
    expect(result.carried).toEqual([vote('bo@acme.com', { recordedBy: 'pm@acme.com' })]);
    expect(result.into.status).toBe('open');
  });

  it('leaves carried votes removable on the surviving request', () => {
    const { into: merged } = mergeRequests(duplicate, into);
    expect(removeVote(merged, 'bo@acme.com').votes).toEqual([
      vote('ana@acme.com', { at: '2026-03-01T10:00:00Z' }),
    ]);
  });

  it('may merge into a shipped request (what they asked for exists)', () => {
    expect(mergeRequests(duplicate, { ...into, status: 'shipped' }).into.votes).toHaveLength(2);
  });

  it.each([
    [duplicate, { ...duplicate }, 'a request cannot be merged into itself'],
    [
      { ...duplicate, status: 'duplicate', mergedInto: 'r9' },
      into,
      'request r2 is already merged into r9',
    ],
    [
      { ...duplicate, status: 'shipped' },
      into,
      "request 'Price calculator' has shipped; a shipped request is not merged",
    ],
    [
      duplicate,
      { ...into, status: 'duplicate', mergedInto: 'r0' },
      'request r1 was itself merged into r0; merge into that instead',
    ],
  ] as const)('refuses: %#', (source, target, message) => {
    expect(failure(() => mergeRequests(source, target))).toEqual({ code: 'bad-input', message });
  });
});
