import { describe, expect, it } from 'vitest';
import { groupRows } from './allocation.js';
import { crossDepartmentRows } from './cross-department.js';
import { buildHeadline } from './headline.js';
import { inviteReviewRows } from './invite-review.js';
import { input, person, salesAndProduct, team } from './report-input.fixture.js';
import type { ReportInput } from './report-input.js';

function headline(i: ReportInput) {
  return buildHeadline(
    groupRows(i),
    inviteReviewRows(i, false),
    crossDepartmentRows(i),
    i.workweekHours,
  );
}

describe('buildHeadline', () => {
  const h = headline(salesAndProduct());

  it('gives each customer-oriented role’s selling share against the benchmarks', () => {
    expect(h.sellingShareByRole).toEqual([
      {
        role: 'Account Executive',
        people: 3,
        suppressed: false,
        sellingShare: 72 / 240,
        sellingShareOfScheduled: 72 / 108,
      },
    ]);
    expect(h.text).toContain(
      'Selling time, as a share of a 40-hour week: Account Executive 30% (67% of scheduled time).',
    );
    expect(h.text).toContain('The essay puts it near 50%');
    expect(h.text).toContain('CSO Insights 2011 found 41%');
    expect(h.text).toContain('Industrial Performance Group 38% (top performers 58%)');
  });

  it('names the top three series with the hours they would return a week and a year', () => {
    // Roadmap: 6 h / 2 weeks = 3 h a week, 156 a year; Deck and Launch: 1 h a week, 52 a year.
    expect(
      h.seriesToCut.map((s) => [s.title, s.sellingHoursPerWeek, s.annualisedSellingHours]),
    ).toEqual([
      ['Roadmap planning', 3, 156],
      ['Deck review', 1, 52],
      ['Launch events sync', 1, 52],
    ]);
    expect(h.text).toContain(
      'Cut first, with the selling time each would return: ' +
        '“Roadmap planning” (Product Management) 3 h of selling a week, 156 h a year; ' +
        '“Deck review” (Product Management) 1 h a week, 52 h a year; ' +
        '“Launch events sync” (Product Management) 1 h a week, 52 h a year.',
    );
    expect(h.text).not.toContain('OKR kickoff');
  });

  it('names flagged department pairs with the verdict and FTE', () => {
    expect(h.flaggedPairs).toEqual([
      {
        from: 'Product Management',
        to: 'Sales',
        hoursPerPersonWeek: 8.5,
        fteAbsorbed: 0.425,
        verdict: 'Sales looks understaffed or underskilled',
      },
    ]);
    expect(h.text).toContain(
      'Over one day a week (8 h): Product Management spends 8.5 h per person-week with Sales ' +
        '(0.43 FTE): Sales looks understaffed or underskilled.',
    );
  });

  it('mentions every shown role, largest first, the withheld ones, and the overall share', () => {
    const i = input({
      minGroupSize: 5,
      people: [
        ...team('a', 6, {
          department: 'Sales',
          role: 'AE',
          orientation: 'customer',
          hours: { selling: 24 },
        }),
        ...team('c', 5, {
          department: 'Success',
          role: 'CSM',
          orientation: 'customer',
          hours: { selling: 8, internal: 8 },
        }),
        person('s@acme.com', { department: 'Sales', role: 'SE', orientation: 'customer' }),
        ...team('p', 20, { department: 'Product', role: 'PM', orientation: 'market' }),
      ],
    });
    const text = headline(i).text;
    // SE (1) is hidden; the next-smallest customer role, CSM (5), goes with it. AE: 24 / 80 = 30%.
    // Overall: (6 × 24 + 5 × 8) / (12 × 80) = 184 / 960 = 19%.
    expect(text).toContain(
      'week: AE 30% (100% of scheduled time), all customer-oriented people 19%; ' +
        '2 roles (CSM, SE) withheld for privacy. The essay',
    );
    expect(text).toContain('No internal meetings pull customer-oriented people away from selling.');
    expect(text).toContain('No department spends more than a day a week (8 h) with another.');
  });

  it('counts withheld roles without naming them when there are more than three', () => {
    const customer = (role: string) =>
      ({ department: 'Sales', role, orientation: 'customer', hours: { selling: 8 } }) as const;
    const i = input({
      minGroupSize: 5,
      people: [
        ...team('a', 5, customer('AE')),
        ...team('c', 20, customer('CSM')),
        ...['VP', 'Director', 'Lead', 'Manager'].map((r) => person(`${r}@acme.com`, customer(r))),
      ],
    });
    // 8 h / 80 h = 10% each; CSM (20) before AE (5). The four one-person roles are withheld (the
    // org total minus AE and CSM would give away only their sum: four people together).
    expect(headline(i).text).toContain(
      'week: CSM 10% (100% of scheduled time), AE 10% (100% of scheduled time), ' +
        'all customer-oriented people 10%; 4 roles withheld for privacy.',
    );
  });

  it('says so when there are no customer-oriented people', () => {
    const text = headline(
      input({ people: team('p', 3, { department: 'P', role: 'PM', orientation: 'market' }) }),
    ).text;
    expect(text).toMatch(/^No customer-oriented people were counted/);
  });
});
