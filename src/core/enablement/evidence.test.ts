import { describe, expect, it } from 'vitest';
import { item, links, moment, observation, request, vote } from './enablement.fixture.js';
import { evidenceStrength } from './evidence.js';

const call = { uid: 'call-1', recurrenceKey: '' };

// Two observers rode along on the same call with Ana and Bo (one call), Cy was interviewed, Dee
// was on another ride-along with no calendar link (a second call). Ana asked for the worksheet,
// Bo voted, and Eve's duplicate request (with Fay's vote) was merged into it.
const notes = [
  observation('o1', {
    salespeople: ['ana@acme.com', 'Bo@Acme.com'],
    occurrence: call,
    moments: [moment('m1'), moment('m2')],
  }),
  observation('o2', {
    observer: 'pmm@acme.com',
    salespeople: ['ana@acme.com', 'bo@acme.com'],
    occurrence: call,
    moments: [moment('m3')],
  }),
  observation('o3', { kind: 'interview', salespeople: ['cy@acme.com'], moments: [moment('m4')] }),
  observation('o4', { salespeople: ['dee@acme.com'], moments: [moment('m5')] }),
  observation('o5', { salespeople: ['zed@acme.com'], moments: [moment('m6')] }),
];
const requests = [
  request('r1', {
    requestedBy: 'ana@acme.com',
    votes: [vote('bo@acme.com'), vote('fay@acme.com', { recordedBy: 'pm@acme.com' })],
  }),
  request('r2', {
    requestedBy: 'eve@acme.com',
    status: 'duplicate',
    mergedInto: 'r1',
    votes: [vote('fay@acme.com', { recordedBy: 'pm@acme.com' })],
  }),
  request('r3', { requestedBy: 'zed@acme.com', votes: [vote('zed@acme.com')] }),
];

describe('evidenceStrength', () => {
  it('counts each salesperson and each call once across notes, moments and requests', () => {
    const strength = evidenceStrength(
      item('i1', {
        evidence: links({
          observations: ['o1', 'o3'],
          moments: ['m1', 'm3', 'm5'],
          requests: ['r1'],
        }),
      }),
      notes,
      requests,
    );
    expect(strength).toEqual({
      // o1, o2 (holds m3), o3, o4 (holds m5): Ana, Bo, Cy, Dee; r1: Ana, Bo, Fay; r2: Eve.
      salespeople: [
        'ana@acme.com',
        'bo@acme.com',
        'cy@acme.com',
        'dee@acme.com',
        'eve@acme.com',
        'fay@acme.com',
      ],
      // o1 and o2 are one call (same occurrence); o4 is a call; o3 is an interview.
      calls: 2,
      observations: 4,
      moments: 3,
      // Bo and Fay; Fay's vote on the duplicate was carried into r1 and counts once.
      votes: 2,
      requests: 2,
      missing: { observations: [], moments: [], requests: [] },
    });
  });

  it('reads the whole family when the item links a duplicate', () => {
    const strength = evidenceStrength(
      item('i', { evidence: links({ requests: ['r2'] }) }),
      [],
      requests,
    );
    expect(strength.salespeople).toEqual([
      'ana@acme.com',
      'bo@acme.com',
      'eve@acme.com',
      'fay@acme.com',
    ]);
    expect(strength.votes).toBe(2);
    expect(strength.requests).toBe(2);
  });

  it('counts a vote removed from the surviving request nowhere, even if the duplicate still lists it', () => {
    const afterRemoval = requests.map((r) =>
      r.id === 'r1' ? { ...r, votes: [vote('bo@acme.com')] } : r,
    );
    const strength = evidenceStrength(
      item('i', { evidence: links({ requests: ['r1'] }) }),
      [],
      afterRemoval,
    );
    expect(strength.salespeople).toEqual(['ana@acme.com', 'bo@acme.com', 'eve@acme.com']);
    expect(strength.votes).toBe(1);
  });

  it('names linked ids it cannot find and has zero strength without evidence', () => {
    expect(
      evidenceStrength(
        item('i', {
          evidence: links({ observations: ['nope'], moments: ['m9'], requests: ['r9'] }),
        }),
        notes,
        requests,
      ),
    ).toEqual({
      salespeople: [],
      calls: 0,
      observations: 0,
      moments: 0,
      votes: 0,
      requests: 0,
      missing: { observations: ['nope'], moments: ['m9'], requests: ['r9'] },
    });
  });

  it('tells calls on different occurrences of one series apart', () => {
    const series = [
      observation('a', { occurrence: { uid: 's', recurrenceKey: '2026-03-02T15:00:00Z' } }),
      observation('b', { occurrence: { uid: 's', recurrenceKey: '2026-03-09T15:00:00Z' } }),
    ];
    expect(
      evidenceStrength(item('i', { evidence: links({ observations: ['a', 'b'] }) }), series, [])
        .calls,
    ).toBe(2);
  });
});
