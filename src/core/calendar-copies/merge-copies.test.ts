import { describe, expect, it } from 'vitest';
import type { CopyAttendee, OccurrenceCopy } from './copy.js';
import { mergeCopies } from './merge-copies.js';

const att = (email: string, partstat: string, cutype = 'INDIVIDUAL'): CopyAttendee => ({
  email,
  name: null,
  partstat,
  cutype,
  role: 'REQ-PARTICIPANT',
});

function copy(owner: string, over: Partial<OccurrenceCopy> = {}): OccurrenceCopy {
  return {
    owner,
    uid: 'm1',
    recurrenceKey: '2026-03-02T14:00:00Z',
    start: '2026-03-02T14:00:00Z',
    end: '2026-03-02T15:00:00Z',
    allDay: false,
    summary: 'Roadmap planning',
    status: 'CONFIRMED',
    transparent: false,
    organizer: 'pm@acme.com',
    organizerName: 'Pat',
    sequence: 0,
    modified: '2026-02-01T00:00:00Z',
    attendees: [
      att('pm@acme.com', 'ACCEPTED'),
      att('ana@acme.com', 'NEEDS-ACTION'),
      att('bo@acme.com', 'NEEDS-ACTION'),
    ],
    ...over,
  };
}

describe('mergeCopies', () => {
  it('takes times and title from the highest SEQUENCE, whatever the order', () => {
    const older = copy('ana@acme.com');
    const newer = copy('pm@acme.com', {
      sequence: 2,
      start: '2026-03-02T16:00:00Z',
      end: '2026-03-02T17:00:00Z',
      summary: 'Moved',
    });
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const { occurrence } = mergeCopies(order);
      expect(occurrence.start).toBe('2026-03-02T16:00:00Z');
      expect(occurrence.summary).toBe('Moved');
      expect(occurrence.copies).toBe(2);
    }
  });

  it('breaks SEQUENCE ties by LAST-MODIFIED', () => {
    const a = copy('ana@acme.com', { modified: '2026-02-03T00:00:00Z', summary: 'later' });
    const b = copy('pm@acme.com', { modified: '2026-02-02T00:00:00Z', summary: 'earlier' });
    expect(mergeCopies([b, a]).occurrence.summary).toBe('later');
  });

  it("uses each person's own PARTSTAT, else the organiser's copy, else any copy (rule 2)", () => {
    // Ana declined in her own copy; the organiser's copy still shows NEEDS-ACTION.
    const ana = copy('ana@acme.com', {
      attendees: [
        att('pm@acme.com', 'ACCEPTED'),
        att('ana@acme.com', 'DECLINED'),
        att('bo@acme.com', 'TENTATIVE'),
      ],
    });
    const pm = copy('pm@acme.com', {
      attendees: [
        att('pm@acme.com', 'ACCEPTED'),
        att('ana@acme.com', 'NEEDS-ACTION'),
        att('bo@acme.com', 'ACCEPTED'),
      ],
    });
    const { attendance } = mergeCopies([pm, ana]);
    const of = (e: string) => attendance.find((a) => a.email === e)!;
    expect(of('ana@acme.com')).toMatchObject({
      partstat: 'DECLINED',
      partstatSource: 'own',
      inOwnCalendar: true,
    });
    // Bo has no export: the organiser's copy wins over Ana's.
    expect(of('bo@acme.com')).toMatchObject({
      partstat: 'ACCEPTED',
      partstatSource: 'organizer',
      inOwnCalendar: false,
    });
    expect(of('pm@acme.com')).toMatchObject({ isOrganizer: true, partstatSource: 'own' });
  });

  it('falls back to any copy when neither own nor organiser copy was imported', () => {
    const ana = copy('ana@acme.com', {
      attendees: [att('ana@acme.com', 'ACCEPTED'), att('bo@acme.com', 'TENTATIVE')],
    });
    const bo = mergeCopies([ana]).attendance.find((a) => a.email === 'bo@acme.com')!;
    expect(bo).toMatchObject({ partstat: 'TENTATIVE', partstatSource: 'other' });
  });

  it('records the owner of a solo block, who is neither organiser nor attendee', () => {
    const solo = copy('ana@acme.com', { organizer: null, attendees: [], summary: 'Focus time' });
    const { occurrence, attendance } = mergeCopies([solo]);
    expect(occurrence.noAttendees).toBe(true);
    expect(attendance).toEqual([
      expect.objectContaining({
        email: 'ana@acme.com',
        isAttendee: false,
        isOrganizer: false,
        inOwnCalendar: true,
      }),
    ]);
  });

  it('keeps an owner whose copy lists attendees but not them (rule 2: not theirs)', () => {
    const c = copy('cy@acme.com');
    const cy = mergeCopies([c]).attendance.find((a) => a.email === 'cy@acme.com')!;
    expect(cy).toMatchObject({ isAttendee: false, isOrganizer: false, inOwnCalendar: true });
  });
});
