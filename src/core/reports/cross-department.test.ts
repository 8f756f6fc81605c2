import { describe, expect, it } from 'vitest';
import { crossDepartmentRows, flaggedPeople } from './cross-department.js';
import { input, person, salesAndProduct, team } from './report-input.fixture.js';

describe('crossDepartmentRows', () => {
  it('works rule 8 for every ordered pair, with the verdict and FTE', () => {
    expect(crossDepartmentRows(salesAndProduct())).toEqual([
      {
        // Pam 20 + Pat 14 = 34 h / (2 people × 2 weeks) = 8.5 h per person-week > 40 / 5 = 8.
        // FTE = 8.5 × 2 / 40 = 0.425. Only Pam is over a day a week herself (10 h vs Pat's 7).
        from: 'Product Management',
        to: 'Sales',
        people: 2,
        suppressed: false,
        hoursPerPersonWeek: 8.5,
        flagged: true,
        fteAbsorbed: 0.425,
        verdict: 'Sales looks understaffed or underskilled',
        flaggedPeople: 1,
      },
      {
        // Ann 10 + Bob 4 + Cy 6 = 20 h / (3 × 2) = 3.33 h; FTE = 3.33 × 3 / 40 = 0.25.
        from: 'Sales',
        to: 'Product Management',
        people: 3,
        suppressed: false,
        hoursPerPersonWeek: 20 / 6,
        flagged: false,
        fteAbsorbed: 0.25,
        verdict: null,
        flaggedPeople: 0,
      },
    ]);
  });

  it('counts people with zero and leaves inactive people out (rule 8: active people)', () => {
    const rows = crossDepartmentRows(
      input({
        people: [
          person('a@acme.com', {
            department: 'PM',
            role: 'PM',
            orientation: 'market',
            departmentHours: { Sales: 36 },
          }),
          person('b@acme.com', { department: 'PM', role: 'PM', orientation: 'market' }),
          person('c@acme.com', {
            department: 'PM',
            role: 'PM',
            orientation: 'market',
            active: false,
            departmentHours: { Sales: 50 },
          }),
          person('s@acme.com', { department: 'Sales', role: 'AE', orientation: 'customer' }),
        ],
      }),
    );
    const pmToSales = rows.find((r) => r.from === 'PM' && r.to === 'Sales')!;
    // 36 h / (2 active people × 2 weeks) = 9 h > 8: flagged; 9 × 2 / 40 = 0.45 FTE.
    expect(pmToSales.hoursPerPersonWeek).toBe(9);
    expect(pmToSales.flagged).toBe(true);
    expect(pmToSales.fteAbsorbed).toBe(0.45);
    // Sales has one active person: below minGroupSize 2, suppressed.
    expect(rows.find((r) => r.from === 'Sales')).toEqual({
      from: 'Sales',
      to: 'PM',
      people: 1,
      suppressed: true,
      hoursPerPersonWeek: null,
      flagged: null,
      fteAbsorbed: null,
      verdict: null,
      flaggedPeople: null,
    });
  });

  it('is not flagged at exactly one day a week', () => {
    const rows = crossDepartmentRows(
      input({
        people: [
          ...team('p', 2, {
            department: 'PM',
            role: 'PM',
            orientation: 'market',
            departmentHours: { Sales: 16 },
          }),
        ],
      }),
    );
    // 32 h / (2 × 2) = 8 h = 40 / 5: not above.
    expect(rows).toMatchObject([
      { from: 'PM', to: 'Sales', hoursPerPersonWeek: 8, flagged: false },
    ]);
  });
});

describe('flaggedPeople', () => {
  it('names people over a day a week only with people, else counts per department', () => {
    const withPeople = flaggedPeople(salesAndProduct(), true);
    expect(withPeople.thresholdHoursPerWeek).toBe(8);
    // Pam: 20 h with Sales / 2 weeks = 10 h a week.
    expect(withPeople.people).toEqual([
      {
        email: 'pam@acme.com',
        name: 'Pam',
        department: 'Product Management',
        to: 'Sales',
        hoursPerWeek: 10,
      },
    ]);
    const counts = flaggedPeople(salesAndProduct(), false);
    expect(counts.people).toBeUndefined();
    expect(counts.byDepartment).toEqual([
      { department: 'Product Management', people: 2, suppressed: false, flaggedPeople: 1 },
      { department: 'Sales', people: 3, suppressed: false, flaggedPeople: 0 },
    ]);
  });
});
