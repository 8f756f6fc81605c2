// Hire suggestions from rule 8's flagged pairs. The inputs run over 14 days (weeks = 2) with
// 40-hour weeks: one day = 40 / 5 = 8 h a week; every figure is worked beside its data.
import { describe, expect, it } from 'vitest';
import { input, person, salesAndProduct, team } from '../reports/report-input.fixture.js';
import { roleFor, staffingSuggestions } from './staffing.js';

describe('staffingSuggestions', () => {
  it('turns the flagged pair into a hire with rule 8’s figures; a market-oriented A frees 0', () => {
    // The report fixture: Product Management → Sales is (20 + 14) / (2 × 2) = 8.5 h per
    // person-week > 8, flagged; 8.5 × 2 = 17 h a week; FTE 8.5 × 2 / 40 = 0.425; Pam alone is
    // over a day (10 h a week). Sales → Product Management is 3.33 h: not flagged, no suggestion.
    expect(staffingSuggestions(salesAndProduct())).toEqual([
      {
        title: 'Hire a sales engineer for Sales',
        kind: 'hire',
        evidence: {
          from: 'Product Management',
          to: 'Sales',
          people: 2,
          hoursPerPersonWeek: 8.5,
          hoursPerWeek: 17,
          fteAbsorbed: 0.425,
          flaggedPeople: 1,
          thresholdHoursPerWeek: 8,
        },
        // Product managers are market-oriented: no selling hours are lost.
        sellingHoursPerWeek: 0,
        sellingHoursBasis:
          'Product Management is not customer-oriented: the hours Sales absorbs are not selling hours',
        description:
          '2026-02-02 to 2026-02-16 (exclusive): Product Management’s 2 people spend 8.5 h per ' +
          'person-week with Sales, above one day (8 h) — 17 h a week, 0.43 FTE of Product ' +
          'Management’s time; 1 of them over a day a week themselves. The one-day rule: Sales ' +
          'looks understaffed or underskilled.',
      },
    ]);
  });

  it('a customer-oriented A: the hours B absorbs are selling hours a hire frees', () => {
    const suggestions = staffingSuggestions(
      input({
        people: [
          // 24 + 20 + 10 = 54 h with Sales Engineering / (3 × 2) = 9 h per person-week > 8.
          person('a@acme.com', aes({ 'Sales Engineering': 24 })),
          person('b@acme.com', aes({ 'Sales Engineering': 20 })),
          person('c@acme.com', aes({ 'Sales Engineering': 10 })),
        ],
      }),
    );
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({
      title: 'Hire a sales engineer for Sales Engineering',
      evidence: {
        from: 'Sales',
        to: 'Sales Engineering',
        people: 3,
        hoursPerPersonWeek: 9,
        // 9 × 3 = 27 = 54 / 2 weeks.
        hoursPerWeek: 27,
        // 9 × 3 / 40.
        fteAbsorbed: 0.675,
        // 12 and 10 h a week are over 8; 5 is not.
        flaggedPeople: 2,
      },
      // Every one of them is customer-oriented: all 27 h a week are selling hours lost.
      sellingHoursPerWeek: 27,
      sellingHoursBasis:
        'Sales is customer-oriented: the 27 h a week Sales Engineering absorbs are selling hours lost',
    });
  });

  it('a mixed department counts its customer-oriented people, or withholds under the minimum', () => {
    const people = [
      // Customer Success: two CSMs (customer) and two ops people (other) with Product:
      // 30 + 26 + 10 + 6 = 72 h / (4 × 2) = 9 h per person-week > 8; FTE 9 × 4 / 40 = 0.9.
      person('c1@acme.com', csm({ Product: 30 })),
      person('c2@acme.com', csm({ Product: 26 })),
      person('o1@acme.com', ops({ Product: 10 })),
      person('o2@acme.com', ops({ Product: 6 })),
    ];
    const [shown] = staffingSuggestions(input({ people, minGroupSize: 2 }));
    expect(shown).toMatchObject({
      title: 'Hire a product manager for Product',
      evidence: { people: 4, hoursPerPersonWeek: 9, hoursPerWeek: 36, fteAbsorbed: 0.9 },
      // The CSMs' (30 + 26) / 2 weeks = 28 h a week; both parts (2 and 2) reach minGroupSize 2.
      sellingHoursPerWeek: 28,
      sellingHoursBasis:
        'the 28 h a week Product absorbs from Customer Success’s 2 customer-oriented people are ' +
        'selling hours lost',
    });
    // minGroupSize 3: the department (4) is shown, but its two CSMs are too few to single out.
    const [withheld] = staffingSuggestions(input({ people, minGroupSize: 3 }));
    expect(withheld).toMatchObject({ evidence: { hoursPerWeek: 36 }, sellingHoursPerWeek: null });
    expect(withheld!.sellingHoursBasis).toMatch(/^withheld: /);
  });

  it('names who gives the time when two departments are flagged with the same one; most FTE first', () => {
    const suggestions = staffingSuggestions(
      input({
        people: [
          // Product: 2 × 18 h with Sales = 36 / (2 × 2) = 9 h; FTE 9 × 2 / 40 = 0.45.
          ...team('p', 2, {
            department: 'Product',
            role: 'PM',
            orientation: 'market',
            departmentHours: { Sales: 18 },
          }),
          // Marketing: 3 × 20 h = 60 / (3 × 2) = 10 h; FTE 10 × 3 / 40 = 0.75.
          ...team('m', 3, {
            department: 'Marketing',
            role: 'PMM',
            orientation: 'market',
            departmentHours: { Sales: 20 },
          }),
        ],
      }),
    );
    expect(suggestions.map((s) => [s.title, s.evidence.fteAbsorbed])).toEqual([
      ['Hire a sales engineer for Sales (time from Marketing)', 0.75],
      ['Hire a sales engineer for Sales (time from Product)', 0.45],
    ]);
  });

  it('suggests nothing when nobody is over a day a week, or the group is suppressed', () => {
    // 16 h / 2 weeks = 8 h: one day exactly is not above it.
    const atTheLine = team('p', 2, {
      department: 'PM',
      role: 'PM',
      orientation: 'market',
      departmentHours: { Sales: 16 },
    });
    expect(staffingSuggestions(input({ people: atTheLine }))).toEqual([]);
    // One person: below minGroupSize 2, the pair's figures are withheld, so no suggestion.
    const alone = [
      person('a@acme.com', {
        department: 'PM',
        role: 'PM',
        orientation: 'market',
        departmentHours: { Sales: 60 },
      }),
    ];
    expect(staffingSuggestions(input({ people: alone }))).toEqual([]);
  });
});

describe('roleFor', () => {
  it.each([
    ['Sales Engineering', 'a sales engineer'],
    ['Presales', 'a sales engineer'],
    ['Solutions Engineering', 'a solutions engineer'],
    ['Sales', 'a sales engineer'],
    ['Customer Success', 'a customer success manager'],
    ['Product Marketing', 'a product marketing manager'],
    ['Product Management', 'a product manager'],
    ['Marketing', 'a marketer'],
    ['Engineering', 'an engineer'],
    ['Finance', null],
  ])('%s → %s', (department, role) => {
    expect(roleFor(department)).toBe(role);
  });
});

function aes(departmentHours: Record<string, number>) {
  return { department: 'Sales', role: 'AE', orientation: 'customer', departmentHours } as const;
}

function csm(departmentHours: Record<string, number>) {
  return {
    department: 'Customer Success',
    role: 'CSM',
    orientation: 'customer',
    departmentHours,
  } as const;
}

function ops(departmentHours: Record<string, number>) {
  return {
    department: 'Customer Success',
    role: 'Ops',
    orientation: 'other',
    departmentHours,
  } as const;
}
