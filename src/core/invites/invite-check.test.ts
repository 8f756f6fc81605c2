// The invite check as a truth table: each row is a draft someone is about to send, and what rule 9
// says about it. Figures worked by hand in the comments.
import { describe, expect, it } from 'vitest';
import { effectiveRules } from '../counting/category-rules.js';
import { compileRules } from '../counting/classify.js';
import type { Directory } from '../counting/meeting-view.js';
import type { OrgPerson, Orientation } from '../counting/model.js';
import { internalDomainMatcher } from '../counting/participants.js';
import { ESSAY_ALTERNATIVES } from './alternatives.js';
import { checkInvite, type DraftInvite, type InviteVerdict } from './invite-check.js';

const person = (
  email: string,
  name: string,
  department: string,
  role: string,
  orientation: Orientation,
): OrgPerson => ({ email, name, department, role, orientation, active: true });

const PEOPLE = [
  person('pat@acme.com', 'Pat Moss', 'Product', 'Product Manager', 'market'),
  person('ana@acme.com', 'Ana Alvarez', 'Sales', 'Account Executive', 'customer'),
  person('bo@acme.com', 'Bo Chen', 'Sales', 'Account Executive', 'customer'),
  person('cy@acme.com', 'Cy Park', 'Sales', 'Sales Engineer', 'customer'),
  person('eve@acme.com', 'Eve Ng', 'Engineering', 'Software Engineer', 'other'),
  person('dan@acme.com', 'Dan Ito', 'Engineering', 'Software Engineer', 'other'),
];

const directory: Directory = {
  isInternal: internalDomainMatcher(['acme.com']),
  person: (email) => PEOPLE.find((p) => p.email === email),
};
const rules = compileRules(effectiveRules({ mode: 'extend', list: [] }));

// Monday 2 February 2026, 10:00–11:00 in New York (15:00Z).
const MONDAY_10 = Date.UTC(2026, 1, 2, 15);
const HOUR = 3_600_000;

function draft(title: string, organizer: string, attendees: string[], hours = 1): DraftInvite {
  return {
    title,
    organizer,
    attendees: attendees.map((email) => ({ email, cutype: 'INDIVIDUAL' })),
    start: MONDAY_10,
    end: MONDAY_10 + hours * HOUR,
    rrule: null,
  };
}

function check(d: DraftInvite, occurrencesPerYear = 1): InviteVerdict {
  return checkInvite(d, { directory, rules, occurrencesPerYear });
}

describe('checkInvite: rule 9 on a draft', () => {
  it("a PM's weekly roadmap planning with two AEs asks why, with both questions and the cost", () => {
    const d = {
      ...draft('Roadmap planning', 'pat@acme.com', ['ana@acme.com', 'bo@acme.com']),
      rrule: 'FREQ=WEEKLY',
    };
    // Weekly from Monday 2 Feb 2026 for 12 months, [2026-02-02, 2027-02-02): Mondays 2 Feb 2026 +
    // 7k days for k = 0…52 (k = 52 is Monday 1 Feb 2027, 364 days on) = 53 occurrences.
    const v = check(d, 53);
    expect(v.verdict).toBe('ask-why');
    expect(v.reasonCode).toBe('ask-why');
    expect(v.reason).toBe(
      '2 customer-oriented invitees in an internal meeting (planning) organised by Pat Moss (Product Manager)',
    );
    expect(v.customerOrientedInvitees).toEqual([
      {
        email: 'ana@acme.com',
        name: 'Ana Alvarez',
        role: 'Account Executive',
        category: 'planning',
        counted: true,
        hours: 1,
      },
      {
        email: 'bo@acme.com',
        name: 'Bo Chen',
        role: 'Account Executive',
        category: 'planning',
        counted: true,
        hours: 1,
      },
    ]);
    // 1 h × 2 AEs = 2 h per occurrence; × 53 = 106 h a year.
    expect(v.durationHours).toBe(1);
    expect(v.hoursPerOccurrence).toBe(2);
    expect(v.occurrencesPerYear).toBe(53);
    expect(v.hoursPerYear).toBe(106);
    expect(v.questions).toEqual([
      'Why does Ana Alvarez need to be there?',
      'Why does Bo Chen need to be there?',
    ]);
    expect(v.alternatives).toEqual(ESSAY_ALTERNATIVES);
    expect(v.alternatives).toHaveLength(3);
    expect(v.unknownInvitees).toEqual([]);
    expect(v.externalInvitees).toEqual([]);
    expect(v.organizer).toEqual({
      email: 'pat@acme.com',
      name: 'Pat Moss',
      role: 'Product Manager',
      orientation: 'market',
      internal: true,
      inDirectory: true,
    });
  });

  it('a 90-minute single meeting costs 1.5 h per AE and the same for the year', () => {
    const v = check(draft('Q3 strategy', 'pat@acme.com', ['ana@acme.com', 'eve@acme.com'], 1.5));
    expect(v.verdict).toBe('ask-why');
    // Only Ana is customer-oriented: 1.5 h × 1; a single meeting occurs once a year.
    expect([v.hoursPerOccurrence, v.occurrencesPerYear, v.hoursPerYear]).toEqual([1.5, 1, 1.5]);
    expect(v.questions).toEqual(['Why does Ana Alvarez need to be there?']);
  });

  // Each row: title, organiser, attendees → verdict, reason code, reason, customer categories.
  const table: [string, string, string[], InviteVerdict['verdict'], string, string, string[]][] = [
    [
      'Roadmap planning',
      'pat@acme.com',
      ['ana@acme.com', 'bo@acme.com', 'buyer@customer.io'],
      'ok',
      'selling',
      'a customer is on the invite: that is selling',
      ['selling', 'selling'],
    ],
    [
      'Roadmap planning',
      'ana@acme.com',
      ['bo@acme.com', 'pat@acme.com'],
      'ok',
      'organizer-customer-oriented',
      'the organiser is customer-oriented',
      ['planning'],
    ],
    [
      'Sales onboarding training',
      'pat@acme.com',
      ['ana@acme.com', 'bo@acme.com'],
      'ok',
      'exempt-category',
      'training',
      ['training', 'training'],
    ],
    [
      '1:1 Ana / Pat',
      'pat@acme.com',
      ['ana@acme.com'],
      'ok',
      'exempt-category',
      'one-on-one',
      ['one-on-one'],
    ],
    [
      'Roadmap planning',
      'pat@acme.com',
      ['eve@acme.com', 'dan@acme.com'],
      'ok',
      'no-customer-oriented-invitee',
      'no customer-oriented invitee',
      [],
    ],
    [
      'Roadmap planning',
      'pm@partner.io',
      ['ana@acme.com'],
      'ok',
      'selling',
      'a customer is on the invite: that is selling',
      ['selling'],
    ],
    [
      'Architecture review',
      'pat@acme.com',
      ['eve@acme.com', 'contractor@agency.io'],
      'ok',
      'external',
      'an external guest is on the invite: not an internal meeting',
      [],
    ],
    // No planning word in the title: rule 6 calls it `internal`, and rule 9 still counts it.
    [
      'Weekly sync',
      'pat@acme.com',
      ['cy@acme.com'],
      'ask-why',
      'ask-why',
      '1 customer-oriented invitee in an internal meeting organised by Pat Moss (Product Manager)',
      ['internal'],
    ],
  ];

  it.each(table)(
    '%s by %s with %j → %s (%s)',
    (title, organizer, attendees, verdict, code, reason, categories) => {
      const v = check(draft(title, organizer, attendees));
      expect(v.verdict).toBe(verdict);
      expect(v.reasonCode).toBe(code);
      expect(v.reason).toBe(reason);
      expect(v.customerOrientedInvitees.map((c) => c.category)).toEqual(categories);
      if (verdict === 'ok') {
        expect(v.hoursPerOccurrence).toBe(0);
        expect(v.hoursPerYear).toBe(0);
        expect(v.questions).toEqual([]);
        expect(v.alternatives).toEqual([]);
        expect(v.customerOrientedInvitees.every((c) => !c.counted && c.hours === 0)).toBe(true);
      }
    },
  );

  it('names an unknown internal invitee without failing, and lists externals as external', () => {
    const v = check(draft('Roadmap planning', 'pat@acme.com', ['ana@acme.com', 'ghost@acme.com']));
    expect(v.verdict).toBe('ask-why');
    expect(v.unknownInvitees).toEqual(['ghost@acme.com']);
    expect(v.invitees.find((i) => i.email === 'ghost@acme.com')).toEqual({
      email: 'ghost@acme.com',
      name: null,
      role: null,
      orientation: null,
      internal: true,
      inDirectory: false,
      category: 'planning',
    });
    // The unknown invitee is not assumed to be a salesperson: no question, no cost.
    expect(v.questions).toEqual(['Why does Ana Alvarez need to be there?']);
    expect(v.hoursPerOccurrence).toBe(1);

    const withGuest = check(draft('Roadmap planning', 'pat@acme.com', ['eve@acme.com', 'x@y.io']));
    expect(withGuest.externalInvitees).toEqual(['x@y.io']);
    expect(withGuest.unknownInvitees).toEqual([]);
  });

  it('ignores rooms: by CUTYPE and by Google resource address', () => {
    const d = draft('Roadmap planning', 'pat@acme.com', ['ana@acme.com']);
    const v = check({
      ...d,
      attendees: [
        ...d.attendees,
        { email: 'board-room@acme.com', cutype: 'ROOM' },
        { email: 'c_123@resource.calendar.google.com', cutype: 'INDIVIDUAL' },
      ],
    });
    expect(v.verdict).toBe('ask-why');
    expect(v.roomsIgnored).toEqual(['board-room@acme.com', 'c_123@resource.calendar.google.com']);
    // The Google resource address is not an external guest, and neither room is an invitee.
    expect(v.externalInvitees).toEqual([]);
    expect(v.invitees.map((i) => i.email)).toEqual(['ana@acme.com']);
  });

  it('an internal organiser missing from the directory counts as not customer-oriented', () => {
    const v = check(draft('Roadmap planning', 'newhire@acme.com', ['ana@acme.com', 'bo@acme.com']));
    expect(v.verdict).toBe('ask-why');
    expect(v.organizer).toMatchObject({ internal: true, inDirectory: false, orientation: null });
    expect(v.reason).toBe(
      '2 customer-oriented invitees in an internal meeting (planning) organised by newhire@acme.com (not in the directory)',
    );
    // The organiser is not an invitee, so not an unknown invitee either.
    expect(v.unknownInvitees).toEqual([]);
  });

  it('the organiser listed as an attendee is neither an invitee nor charged', () => {
    const v = check(draft('Roadmap planning', 'ana@acme.com', ['ana@acme.com', 'pat@acme.com']));
    expect(v.verdict).toBe('ok');
    expect(v.invitees.map((i) => i.email)).toEqual(['pat@acme.com']);
  });

  it('addresses match in any case', () => {
    const v = check(draft('Roadmap planning', 'Pat@Acme.com', ['ANA@acme.COM']));
    expect(v.verdict).toBe('ask-why');
    expect(v.questions).toEqual(['Why does Ana Alvarez need to be there?']);
  });

  it('rule 2: an all-day, transparent or 24-hour draft takes no counted time', () => {
    const d = draft('Roadmap planning', 'pat@acme.com', ['ana@acme.com']);
    expect(check({ ...d, allDay: true })).toMatchObject({
      verdict: 'ok',
      reasonCode: 'not-counted',
      reason: 'an all-day event takes no counted time',
    });
    expect(check({ ...d, transparent: true })).toMatchObject({
      verdict: 'ok',
      reasonCode: 'not-counted',
    });
    expect(check({ ...d, end: d.start + 24 * HOUR })).toMatchObject({
      verdict: 'ok',
      reason: 'a meeting of 24 hours or more takes no counted time',
    });
  });

  it('uses the rules it is given: a user rule can make a planning meeting training', () => {
    const custom = compileRules(
      effectiveRules({
        mode: 'extend',
        list: [{ category: 'training', when: { title: ['roadmap'] } }],
      }),
    );
    const v = checkInvite(draft('Roadmap planning', 'pat@acme.com', ['ana@acme.com']), {
      directory,
      rules: custom,
      occurrencesPerYear: 1,
    });
    expect(v).toMatchObject({ verdict: 'ok', reasonCode: 'exempt-category', reason: 'training' });
  });
});
