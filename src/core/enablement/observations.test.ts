import { describe, expect, it } from 'vitest';
import { observation } from './enablement.fixture.js';
import {
  normaliseTag,
  normaliseTags,
  suggestRideAlongs,
  validateObservation,
  type RideAlongMeeting,
} from './observations.js';

describe('normaliseTag', () => {
  it.each([
    ['pricing', 'pricing'],
    ['Security Questionnaire ', 'security-questionnaire'],
    ['SSO & SAML', 'sso-saml'],
    ['--integrations--', 'integrations'],
    ['Pricing/Discounts', 'pricing-discounts'],
    ['Réseau Électrique', 'réseau-électrique'],
    ['API_v2', 'api-v2'],
    ['   ', ''],
  ])('%j → %j', (tag, normal) => {
    expect(normaliseTag(tag)).toBe(normal);
  });

  it('drops empty tags and repeats, keeping first-seen order', () => {
    expect(normaliseTags(['Pricing', 'SSO', ' pricing ', '', 'sso'])).toEqual(['pricing', 'sso']);
  });
});

describe('validateObservation', () => {
  const valid = {
    id: 'o1',
    kind: 'ride-along',
    observer: ' PM@Acme.com',
    salespeople: ['Ana@Acme.com', 'ana@acme.com', 'bo@acme.com'],
    date: '2026-03-02',
    account: '  ',
    occurrence: { uid: 'evt-1', recurrenceKey: '' },
    moments: [
      {
        id: 'm1',
        text: '  Could not answer the SOC 2 question, "we\'ll get back to you"  ',
        kind: 'unsure',
        tags: ['Security Questionnaire', 'security-questionnaire'],
        raisedBy: 'customer',
        severity: 3,
      },
    ],
  };

  it('normalises emails, salespeople, tags and an empty account; keeps the text as written', () => {
    expect(validateObservation(valid)).toEqual({
      ok: true,
      observation: {
        ...valid,
        observer: 'pm@acme.com',
        salespeople: ['ana@acme.com', 'bo@acme.com'],
        account: null,
        moments: [{ ...valid.moments[0], tags: ['security-questionnaire'] }],
      },
    });
  });

  it.each([
    [{ salespeople: [] }, ['at least one salesperson is needed']],
    [{ salespeople: ['nobody'] }, ["salesperson 'nobody' is not an email"]],
    [{ observer: undefined }, ['observer is missing']],
    [{ date: '2026-02-30' }, ["date '2026-02-30' is not a YYYY-MM-DD day"]],
    [{ date: '2/3/2026' }, ["date '2/3/2026' is not a YYYY-MM-DD day"]],
    [{ kind: 'meeting' }, ['kind must be interview or ride-along']],
    [{ occurrence: { uid: ' ', recurrenceKey: '' } }, ['occurrence uid is missing']],
    [
      { moments: [{ ...valid.moments[0], severity: 5, raisedBy: 'manager', text: ' ' }] },
      [
        'moment 1: text is missing',
        'moment 1: raised by must be customer or salesperson',
        'moment 1: severity must be 1, 2 or 3 (got 5)',
      ],
    ],
    [
      { moments: [{ ...valid.moments[0], severity: '2' }] },
      ['moment 1: severity must be 1, 2 or 3 (got 2)'],
    ],
  ])('refuses %o', (change, errors) => {
    expect(validateObservation({ ...valid, ...change })).toEqual({ ok: false, errors });
  });

  it('refuses unknown salespeople, future dates and repeated moment ids when told what to check', () => {
    const twice = { ...valid, date: '2026-03-09', moments: [valid.moments[0], valid.moments[0]] };
    expect(
      validateObservation(twice, { salespeople: new Set(['ana@acme.com']), today: '2026-03-08' }),
    ).toEqual({
      ok: false,
      errors: [
        'unknown salesperson bo@acme.com',
        'date 2026-03-09 is in the future',
        'moment id m1 appears twice',
      ],
    });
  });

  it('accepts a note without moments (an interview that found nothing yet)', () => {
    expect(validateObservation({ ...valid, kind: 'interview', moments: [] }).ok).toBe(true);
  });
});

describe('suggestRideAlongs', () => {
  const meeting = (extra: Partial<RideAlongMeeting>): RideAlongMeeting => ({
    uid: 'call-1',
    recurrenceKey: '',
    title: 'Globex demo',
    start: '2026-03-03T15:00:00Z',
    observer: 'pm@acme.com',
    salespeople: ['ana@acme.com'],
    externalDomains: ['globex.com'],
    ...extra,
  });

  it.each([
    // meeting, suggested?
    [meeting({}), true],
    [meeting({ salespeople: [] }), false], // no salesperson: not a sales call
    [meeting({ externalDomains: [] }), false], // internal: nothing to observe
    [meeting({ salespeople: ['PM@acme.com'] }), false], // only the observer
    [meeting({ uid: 'logged' }), false], // already has a note by this observer
    [meeting({ uid: 'logged', observer: 'pmm@acme.com' }), true], // another observer's note
    [meeting({ uid: 'logged', recurrenceKey: '2026-03-10T15:00:00Z' }), true], // another occurrence
  ])('%# → %s', (m, suggested) => {
    const notes = [observation('o1', { occurrence: { uid: 'logged', recurrenceKey: '' } })];
    expect(suggestRideAlongs([m], notes).length).toBe(suggested ? 1 : 0);
  });

  it('says why, suggests the account, lists each observer and occurrence once, earliest first', () => {
    const later = meeting({
      uid: 'call-2',
      start: '2026-03-05T09:00:00Z',
      title: 'Initech renewal',
    });
    const suggestions = suggestRideAlongs([later, meeting({}), meeting({})], []);
    expect(suggestions.map((s) => s.uid)).toEqual(['call-1', 'call-2']);
    expect(suggestions[0]).toMatchObject({
      account: 'globex.com',
      why:
        "pm@acme.com is in 'Globex demo' with globex.com and ana@acme.com: " +
        'ride along as an observer and note where they struggle',
    });
  });

  it('matches a logged note whatever the case of the observer', () => {
    const notes = [
      observation('o1', {
        observer: 'PM@Acme.com',
        occurrence: { uid: 'call-1', recurrenceKey: '' },
      }),
    ];
    expect(suggestRideAlongs([meeting({})], notes)).toEqual([]);
  });
});
