// PRODUCT.md rule 6 on hand-made meeting views: one category per (person, occurrence), first
// match wins, in the rule's order; titles match case-insensitively on whole words or phrases, for
// meetings and solo blocks alike; users extend or replace the rules in the config.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATEGORIES,
  effectiveRules,
  FALLBACK_CATEGORY,
  type CategoryRule,
} from './category-rules.js';
import { classify, compileRules, titleMatcher } from './classify.js';
import type { MeetingView, OtherPerson } from './meeting-view.js';
import type { Orientation, OrgPerson } from './model.js';

/** Someone else on the meeting: a directory person by orientation, an unknown colleague, or a customer. */
type Other = Orientation | 'unknown colleague' | 'external';
/** `'customer declined'`: on the invite, but declined (rule 2: not present). */
type OtherSpec = Other | `${Other} declined`;

let serial = 0;
function directoryPerson(orientation: Orientation): OrgPerson {
  serial++;
  return {
    email: `p${serial}@acme.com`,
    name: `P${serial}`,
    department: orientation === 'customer' ? 'Sales' : 'Product',
    role: orientation === 'customer' ? 'Account Executive' : 'Product Manager',
    orientation,
    active: true,
  };
}

function other(spec: OtherSpec): OtherPerson {
  const [kind, declined] = spec.split(' declined') as [Other, string | undefined];
  const present = declined === undefined;
  serial++;
  if (kind === 'external') {
    return { email: `buyer${serial}@globex.com`, internal: false, present, person: undefined };
  }
  if (kind === 'unknown colleague') {
    return { email: `new${serial}@acme.com`, internal: true, present, person: undefined };
  }
  const person = directoryPerson(kind);
  return { email: person.email, internal: true, present, person };
}

/** How P sees a meeting: P's orientation, the others listed (rooms never are), the title. */
function view(
  self: Orientation,
  others: readonly OtherSpec[],
  title: string,
  minutes = 60,
): MeetingView {
  const me = directoryPerson(self);
  const listed = others.map(other);
  return {
    meeting: {
      uid: 'u',
      recurrenceKey: '',
      title,
      start: 0,
      end: minutes * 60_000,
      allDay: false,
      status: null,
      transparent: false,
      organizer: me.email,
      participants: [],
    },
    email: me.email,
    self: me,
    others: listed,
    // Rule 1 + 2: an external person who did not decline.
    externalPresent: listed.some((o) => !o.internal && o.present),
    organizer: { email: me.email, internal: true, present: true, person: me },
    listed: listed.length + 1,
    minutes,
  };
}

const defaults = compileRules(effectiveRules({ mode: 'extend', list: [] }));
const categoryOf = (v: MeetingView, rules = defaults) => classify(v, rules).category;

describe('rule 6: the default rules in order', () => {
  // prettier-ignore
  it.each<[Orientation, OtherSpec[], string, string, string]>([
    // P          others                                   title                      category         rule that matched
    // 1. selling: an external attendee is present and P is customer-oriented — before any title.
    ['customer', ['external'],                             'Roadmap planning',        'selling',       '#1 external attendee, customer-oriented person'],
    ['customer', ['external', 'market'],                   'Sales training',          'selling',       '#1 external attendee, customer-oriented person'],
    ['customer', ['external', 'customer declined'],        'Globex call',             'selling',       '#1 external attendee, customer-oriented person'],
    // A declined external is not present: the meeting is internal for rule 6.
    ['customer', ['external declined', 'market'],          'Ana / Pat 1:1',           'one-on-one',    '#4 title: one-on-one'],
    // 2. sales-support: external present, P not customer-oriented, a customer-oriented person attends.
    ['market',   ['external', 'customer'],                 'Globex demo',             'sales-support', '#2 external attendee, a customer-oriented person attends'],
    ['other',    ['external', 'customer'],                 'Globex demo',             'sales-support', '#2 external attendee, a customer-oriented person attends'],
    ['market',   ['external', 'customer', 'market'],       'Roadmap planning',        'sales-support', '#2 external attendee, a customer-oriented person attends'],
    // 3. external: any other meeting with an external attendee.
    ['market',   ['external', 'customer declined'],        'Globex demo',             'external',      '#3 external attendee'],
    ['market',   ['external', 'market'],                   'Partner deck review',     'external',      '#3 external attendee'],
    ['other',    ['external'],                             'Vendor sync',             'external',      '#3 external attendee'],
    // 4–8: titles, in order — the first matching list wins when a title has words from several.
    ['market',   ['customer'],                             'Ana / Pat 1:1',           'one-on-one',    '#4 title: one-on-one'],
    ['market',   ['customer'],                             '1:1 roadmap training',    'one-on-one',    '#4 title: one-on-one'],
    ['market',   ['customer', 'customer'],                 'Onboarding plan',         'training',      '#5 title: training'],
    ['market',   ['customer'],                             'Roadmap deck',            'planning',      '#6 title: planning'],
    ['market',   ['customer'],                             'Webinar at the summit',   'content',       '#7 title: content'],
    ['market',   ['customer'],                             'Booth duty',              'events',        '#8 title: events'],
    // 9. internal: other people attend, all internal (unknown colleagues too).
    ['market',   ['customer', 'unknown colleague'],        'Team sync',               'internal',      '#9 other people, all internal'],
    ['customer', ['market', 'external declined'],          'Team sync',               'internal',      '#9 other people, all internal'],
    // 10. focus: a solo block — but title rules 4–8 apply to solo blocks first.
    ['market',   [],                                       'Deep work',               'focus',         '#10 solo block'],
    ['customer', [],                                       'Write ebook',             'content',       '#7 title: content'],
    ['customer', [],                                       'Account plan',            'planning',      '#6 title: planning'],
    ['market',   [],                                       'Conference travel',       'events',        '#8 title: events'],
  ])('%s P with %j: “%s” → %s', (self, others, title, category, rule) => {
    const result = classify(view(self, others, title), defaults);
    expect(result).toEqual({
      category,
      categoryIndex: DEFAULT_CATEGORIES.indexOf(category as (typeof DEFAULT_CATEGORIES)[number]),
      rule,
    });
  });

  it('reads a meeting whose only other person declined as internal (ambiguous: see report)', () => {
    // Rule 6 says internal = "other people attend, all internal" and focus = "a solo block" (no
    // attendees). Here nobody else attends, yet the meeting lists someone: neither reading fits
    // the words exactly. The program keys on "lists others" and says internal.
    expect(categoryOf(view('market', ['customer declined'], 'Sync'))).toBe('internal');
  });
});

describe('rule 6: titles match whole words or phrases, any case', () => {
  // A market-oriented P with one internal colleague, so a title that matches nothing is internal.
  // prettier-ignore
  it.each<[string, string]>([
    ['Q3 plan',                 'planning'],
    ['PLANNING',                'planning'],
    ['Planet fitness',          'internal'],  // "plan" is not a word of "Planet"
    ['Plans review',            'internal'],  // nor of "Plans": whole words only
    ['Roadmapping',             'internal'],
    ['pre-planning',            'planning'],  // a hyphen separates words
    ['Q2 OKRs',                 'planning'],
    ['okr check-in',            'planning'],
    ['Kick-off',                'internal'],  // the rule lists "kickoff", not "kick-off"
    ['Team kickoff',            'planning'],
    ['Ana/Pat 1:1',             'one-on-one'], // a slash separates words
    ['Standup 11:15',           'internal'],  // "1:1" inside "11:15" is not a whole word
    ['1-1 with Bo',             'one-on-one'],
    ['Bo 1on1',                 'one-on-one'],
    ['One on One',              'one-on-one'],
    ['one  on\tone',            'one-on-one'], // a phrase matches across any run of spaces
    ['Someone on one team',     'internal'],  // "one on one" inside "Someone on one"
    ['one-on-one',              'one-on-one'],
    ['Write e-book',            'content'],
    ['E-Book outline',          'content'],
    ['ebook',                   'content'],
    ['Facebook ads',            'internal'],  // "ebook" inside "Facebook"
    ['Case study: Globex',      'content'],
    ['case  study',             'content'],
    ['Casestudy',               'internal'],
    ['Showcase study hall',     'internal'],  // "case study" inside "Showcase study"
    ['One-pager draft',         'content'],
    ['Eventual consistency',    'internal'],  // "event" inside "Eventual"
    ['Trade show logistics',    'events'],
    ['Café deck',               'content'],   // non-ASCII letters around the word are fine
    ['Überroadmap',             'internal'],  // … and a non-ASCII letter joins a word
  ])('“%s” → %s', (title, category) => {
    expect(categoryOf(view('market', ['customer'], title))).toBe(category);
  });

  it('titleMatcher escapes regex characters and trims words', () => {
    const m = titleMatcher([' c++ ', 'q1.review']);
    expect(m('C++ guild')).toBe(true);
    expect(m('q1.review')).toBe(true);
    expect(m('q1xreview')).toBe(false);
  });
});

describe('rule 6: custom rules', () => {
  const recruiting: CategoryRule = { category: 'recruiting', when: { title: ['interview'] } };

  it('extend: the user’s rules match first; new categories come before the catch-alls', () => {
    const effective = effectiveRules({ mode: 'extend', list: [recruiting] });
    expect(effective.categories).toEqual(withAdded('recruiting'));
    const rules = compileRules(effective);
    // prettier-ignore
    const table: [Orientation, OtherSpec[], string, string, number, string][] = [
      // P          others                   title                        category      index  rule
      // Precedence: the eight title/external categories (0–7), recruiting (8), internal, focus.
      ['market',   ['customer'],            'Candidate interview',       'recruiting', 8,     '#1 recruiting'],
      ['market',   ['customer'],            'Interview training',        'recruiting', 8,     '#1 recruiting'],
      // Matched before rule 6's selling, so it wins even with a customer present.
      ['customer', ['external'],            'Interview with Globex',     'recruiting', 8,     '#1 recruiting'],
      // The defaults follow, numbered after the user's rule.
      ['customer', ['external'],            'Globex call',               'selling',    0,     '#2 external attendee, customer-oriented person'],
      ['market',   [],                      'Deep work',                 'focus',      10,    '#11 solo block'],
    ];
    for (const [self, others, title, category, categoryIndex, rule] of table) {
      expect(classify(view(self, others, title), rules), title).toEqual({
        category,
        categoryIndex,
        rule,
      });
    }
  });

  it('extend: a rule for an existing category keeps that category’s precedence', () => {
    const demo: CategoryRule = {
      category: 'selling',
      name: 'demo prep is selling',
      when: { title: ['demo'] },
    };
    const effective = effectiveRules({ mode: 'extend', list: [demo, recruiting] });
    // selling is not added twice; recruiting is new.
    expect(effective.categories).toEqual(withAdded('recruiting'));
    expect(classify(view('customer', ['market'], 'Demo dry-run'), compileRules(effective))).toEqual(
      { category: 'selling', categoryIndex: 0, rule: '#1 demo prep is selling' },
    );
  });

  it('extend: new categories take precedence in the order they first appear', () => {
    const effective = effectiveRules({
      mode: 'extend',
      list: [
        { category: 'hiring', when: { title: ['interview'] } },
        { category: 'planning', when: { title: ['qbr'] } },
        { category: 'admin', when: { title: ['expenses'] } },
        { category: 'hiring', when: { title: ['debrief'] } },
      ],
    });
    expect(effective.categories).toEqual(withAdded('hiring', 'admin'));
  });

  it('replace: only the user’s rules, in their order, and uncategorised for the rest', () => {
    const effective = effectiveRules({
      mode: 'replace',
      list: [
        { category: 'customer-time', when: { external: true } },
        { category: 'meetings', when: { solo: false } },
      ],
    });
    expect(effective.categories).toEqual(['customer-time', 'meetings', FALLBACK_CATEGORY]);
    const rules = compileRules(effective);
    // prettier-ignore
    const table: [OtherSpec[], string, string, number, string][] = [
      [['external'],  'Roadmap planning', 'customer-time',  0, '#1 customer-time'],
      [['market'],    'Roadmap planning', 'meetings',       1, '#2 meetings'],
      // The default title rules are gone: a solo "Write ebook" matches nothing.
      [[],            'Write ebook',      'uncategorised',  2, 'no rule matched'],
    ];
    for (const [others, title, category, categoryIndex, rule] of table) {
      expect(classify(view('customer', others, title), rules), title).toEqual({
        category,
        categoryIndex,
        rule,
      });
    }
  });

  it('replace: a rule naming uncategorised itself places the fallback', () => {
    const effective = effectiveRules({
      mode: 'replace',
      list: [
        { category: FALLBACK_CATEGORY, when: { title: ['misc'] } },
        { category: 'solo', when: { solo: true } },
      ],
    });
    expect(effective.categories).toEqual([FALLBACK_CATEGORY, 'solo']);
    const rules = compileRules(effective);
    expect(classify(view('market', ['market'], 'Sync'), rules)).toEqual({
      category: FALLBACK_CATEGORY,
      categoryIndex: 0,
      rule: 'no rule matched',
    });
    expect(classify(view('market', [], 'Sync'), rules).category).toBe('solo');
  });

  it('conditions other than titles: all given conditions must hold', () => {
    const rules = compileRules(
      effectiveRules({
        mode: 'replace',
        list: [
          { category: 'short-pair', when: { attendees: { max: 2 }, durationMinutes: { max: 30 } } },
          { category: 'with-sales', when: { othersInclude: { department: ['sales'] } } },
          { category: 'pm-solo', when: { person: { role: ['product manager'] }, solo: true } },
          { category: 'mine', when: { organizer: { self: true } } },
        ],
      }),
    );
    // prettier-ignore
    const table: [Orientation, OtherSpec[], number, string][] = [
      // P          others                          minutes  category
      ['market',   ['market'],                      30,      'short-pair'], // 2 listed, 30 min
      ['market',   ['market'],                      31,      'mine'],       // too long
      ['market',   ['market', 'customer'],          30,      'with-sales'], // 3 listed; Sales (any case) attends
      ['market',   ['market', 'customer declined'], 30,      'mine'],       // Sales declined
      ['market',   [],                              60,      'pm-solo'],
      ['customer', [],                              60,      'mine'],       // not a product manager
    ];
    for (const [self, others, minutes, category] of table) {
      expect(
        categoryOf(view(self, others, 'x', minutes), rules),
        `${others.join()} ${minutes}`,
      ).toBe(category);
    }
  });
});

/** Rule 6's categories with new ones between the title categories and the catch-alls. */
function withAdded(...added: string[]): string[] {
  const at = DEFAULT_CATEGORIES.indexOf('internal');
  return [...DEFAULT_CATEGORIES.slice(0, at), ...added, ...DEFAULT_CATEGORIES.slice(at)];
}
