import { describe, expect, it } from 'vitest';
import { partition } from './allocation.js';
import { groupCells } from './group-privacy.js';
import { person, team } from './report-input.fixture.js';
import type { ReportPerson } from './report-input.js';

function suppressed(people: ReportPerson[], min: number): string[] {
  const groups = partition(people);
  const hidden = groupCells(groups, min);
  return groups.filter((g) => hidden(g.key, 'all')).map((g) => `${g.key.by}:${g.key.name}`);
}

describe('groupCells', () => {
  it('does not let a department minus a role inside it give away a hidden role', () => {
    // Roles: AE 6, SE 1, Legal 2, PM 10 — two small roles, so the role view is safe on its own.
    // Departments: Sales = 6 AE + 1 SE, Product = 10 PM + 2 Legal, both shown by the department
    // view alone. But Sales − AE = SE and Product − PM = Legal.
    const people = [
      ...team('a', 6, { department: 'Sales', role: 'AE', orientation: 'customer' }),
      person('se@acme.com', { department: 'Sales', role: 'SE', orientation: 'customer' }),
      ...team('l', 2, { department: 'Product', role: 'Legal', orientation: 'other' }),
      ...team('p', 10, { department: 'Product', role: 'PM', orientation: 'market' }),
    ];
    const hidden = suppressed(people, 5);
    expect(hidden.includes('department:Sales') || hidden.includes('role:AE')).toBe(true);
    expect(hidden.includes('department:Product') || hidden.includes('role:PM')).toBe(true);
    // The path taken: Legal is also everyone of orientation `other`, recoverable as org − the
    // customer-oriented (= Sales, 7) − the market-oriented (= PM, 10): Sales goes. Product − PM =
    // Legal: PM goes. Then org − Sales = Product: Product goes. AE (6) stays shown.
    expect(hidden).toEqual([
      'role:Legal',
      'role:PM',
      'role:SE',
      'department:Product',
      'department:Sales',
    ]);
  });

  it('treats a department that is exactly one role as the same group', () => {
    // Roles A 3 (in X), B 6 (in Y), C 9 (in X). The role view hides A, then B (next-smallest).
    // Department Y has exactly B's people, so it is hidden with B. X − C = A: C (9 < X's 12) goes.
    // Then org − X = Y: X goes. Only the org total is left.
    const people = [
      ...team('a', 3, { department: 'X', role: 'A', orientation: 'customer' }),
      ...team('b', 6, { department: 'Y', role: 'B', orientation: 'customer' }),
      ...team('c', 9, { department: 'X', role: 'C', orientation: 'customer' }),
    ];
    expect(suppressed(people, 5)).toEqual([
      'role:A',
      'role:B',
      'role:C',
      'department:X',
      'department:Y',
    ]);
  });

  it('hides nothing when every group is large enough', () => {
    const people = [
      ...team('a', 5, { department: 'Sales', role: 'AE', orientation: 'customer' }),
      ...team('p', 5, { department: 'Product', role: 'PM', orientation: 'market' }),
    ];
    expect(suppressed(people, 5)).toEqual([]);
  });
});
