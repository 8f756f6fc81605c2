import { describe, expect, it } from 'vitest';
import { groupRows, personRows } from './allocation.js';
import { input, person, salesAndProduct, team } from './report-input.fixture.js';
import type { ReportGroup } from './report.js';

function group(groups: readonly ReportGroup[], by: string, name: string): ReportGroup {
  const g = groups.find((x) => x.by === by && x.name === name);
  if (!g) throw new Error(`no ${by} group ${name}`);
  return g;
}

describe('personRows', () => {
  const rows = personRows(salesAndProduct());

  it('orders people by department, role, name', () => {
    expect(rows.map((r) => r.name)).toEqual(['Pam', 'Pat', 'Ann', 'Bob', 'Cy']);
  });

  it('lists every category, 0 where none, and works rule 7 both ways', () => {
    const cy = rows.find((r) => r.name === 'Cy')!;
    expect(cy.hours).toEqual({
      selling: 16,
      'sales-support': 0,
      external: 0,
      'one-on-one': 0,
      training: 4,
      planning: 6,
      content: 0,
      events: 2,
      internal: 0,
      focus: 0,
    });
    expect(cy.scheduledHours).toBe(28);
    // 16 selling h / (2 weeks × 40 h) = 0.2; of the 28 scheduled hours 16 / 28.
    expect(cy.sellingShare).toBe(0.2);
    expect(cy.sellingShareOfScheduled).toBeCloseTo(16 / 28, 12);
    // Market work: planning 6 + content 0 + events 2.
    expect(cy.marketWorkHours).toBe(8);
  });

  it('gives no selling share to people who are not customer-oriented', () => {
    const pam = rows.find((r) => r.name === 'Pam')!;
    expect(pam.sellingShare).toBeNull();
    expect(pam.sellingShareOfScheduled).toBeNull();
    expect(pam.salesSupportHours).toBe(10);
    expect(pam.departmentHours).toEqual({ Sales: 20 });
  });
});

describe('groupRows', () => {
  const groups = groupRows(salesAndProduct());

  it('lists the org, then roles, then departments, by name', () => {
    expect(groups.map((g) => `${g.by}:${g.name}`)).toEqual([
      'org:Everyone',
      'role:Account Executive',
      'role:Product Manager',
      'department:Product Management',
      'department:Sales',
    ]);
  });

  it('sums hours and works selling share over the customer-oriented members', () => {
    const sales = group(groups, 'department', 'Sales');
    expect(sales.people).toBe(3);
    expect(sales.suppressed).toBe(false);
    expect(sales.hours!.selling).toBe(72);
    // Scheduled 40 + 40 + 28.
    expect(sales.scheduledHours).toBe(108);
    // 72 / (3 people × 2 weeks × 40 h) = 72 / 240.
    expect(sales.sellingShare).toBeCloseTo(0.3, 12);
    expect(sales.customerOriented).toEqual({
      people: 3,
      suppressed: false,
      sellingHours: 72,
      sellingShareOfScheduled: 72 / 108,
      // Planning 6 + 6, content 4, events 2.
      marketWorkHours: 18,
    });
    expect(sales.marketOriented).toEqual({ people: 0, suppressed: false, salesSupportHours: null });
  });

  it('has no selling share for a group without customer-oriented people', () => {
    const pm = group(groups, 'role', 'Product Manager');
    expect(pm.sellingShare).toBeNull();
    expect(pm.customerOriented.sellingHours).toBeNull();
    // Sales support: Pam 10 + Pat 6.
    expect(pm.marketOriented).toEqual({ people: 2, suppressed: false, salesSupportHours: 16 });
  });

  it('gives the org selling share over all customer-oriented people only', () => {
    const org = group(groups, 'org', 'Everyone');
    expect(org.people).toBe(5);
    // Same three people as Sales: 72 / 240; PMs are not in the denominator.
    expect(org.sellingShare).toBeCloseTo(0.3, 12);
    expect(org.scheduledHours).toBe(108 + 50 + 40);
  });
});

describe('groupRows privacy', () => {
  const ae = { role: 'Account Executive', orientation: 'customer' } as const;

  it('suppresses a group of 4 when minGroupSize is 5: no figures at all', () => {
    const groups = groupRows(
      input({
        minGroupSize: 5,
        people: [
          ...team('s', 4, { ...ae, department: 'Sales', hours: { selling: 10 } }),
          ...team('m', 5, { ...ae, department: 'Marketing' }),
          ...team('p', 6, { ...ae, department: 'Product' }),
        ],
      }),
    );
    const sales = group(groups, 'department', 'Sales');
    expect(sales).toEqual({
      by: 'department',
      name: 'Sales',
      people: 4,
      suppressed: true,
      hours: null,
      scheduledHours: null,
      sellingShare: null,
      customerOriented: {
        people: 4,
        suppressed: true,
        sellingHours: null,
        sellingShareOfScheduled: null,
        marketWorkHours: null,
      },
      marketOriented: { people: 0, suppressed: false, salesSupportHours: null },
    });
    // The org total is shown, so the next-smallest department (Marketing, 5) goes too.
    expect(group(groups, 'department', 'Marketing').suppressed).toBe(true);
    expect(group(groups, 'department', 'Product').suppressed).toBe(false);
  });

  it('departments of 3, 6 and 9 with minGroupSize 5: the 3 and the 6 are suppressed', () => {
    const groups = groupRows(
      input({
        minGroupSize: 5,
        people: [
          ...team('a', 3, { ...ae, department: 'A' }),
          ...team('b', 6, { ...ae, department: 'B' }),
          ...team('c', 9, { ...ae, department: 'C' }),
        ],
      }),
    );
    expect(group(groups, 'org', 'Everyone').suppressed).toBe(false);
    expect(groups.filter((g) => g.by === 'department').map((g) => [g.name, g.suppressed])).toEqual([
      ['A', true],
      ['B', true],
      ['C', false],
    ]);
    // Everyone has one role (18 people): the role view hides nothing.
    expect(group(groups, 'role', 'Account Executive').suppressed).toBe(false);
  });

  it('needs nothing more when two departments are already suppressed', () => {
    const groups = groupRows(
      input({
        minGroupSize: 5,
        people: [
          ...team('a', 2, { ...ae, department: 'A' }),
          ...team('b', 3, { ...ae, department: 'B' }),
          ...team('c', 9, { ...ae, department: 'C' }),
          ...team('d', 10, { ...ae, department: 'D' }),
        ],
      }),
    );
    expect(groups.filter((g) => g.by === 'department' && g.suppressed).map((g) => g.name)).toEqual([
      'A',
      'B',
    ]);
  });

  it('withholds a department’s customer-oriented figures when the rest of it is too few', () => {
    // Sales: 6 account executives and 1 sales-ops person (orientation other). Showing Sales and
    // its customer-oriented members would give away the one sales-ops person by subtraction.
    const groups = groupRows(
      input({
        minGroupSize: 5,
        people: [
          ...team('s', 6, { ...ae, department: 'Sales', hours: { selling: 20 } }),
          person('ops@acme.com', { department: 'Sales', role: 'Sales Ops', orientation: 'other' }),
          ...team('p', 7, { department: 'Product', role: 'PM', orientation: 'market' }),
        ],
      }),
    );
    const sales = group(groups, 'department', 'Sales');
    expect(sales.suppressed).toBe(false);
    expect(sales.customerOriented.suppressed).toBe(true);
    expect(sales.sellingShare).toBeNull();
    // The role view: Sales Ops (1) is hidden, and so is the next-smallest role (Account Executive, 6).
    expect(group(groups, 'role', 'Sales Ops').suppressed).toBe(true);
    expect(group(groups, 'role', 'Account Executive').suppressed).toBe(true);
    expect(group(groups, 'role', 'PM').suppressed).toBe(false);
    // The org (14) = 6 customer + 7 market + 1 other: its customer figures go to protect the 1.
    expect(group(groups, 'org', 'Everyone').customerOriented.suppressed).toBe(true);
    expect(group(groups, 'org', 'Everyone').marketOriented.suppressed).toBe(false);
  });

  it('counts inactive people with time in their groups', () => {
    const groups = groupRows(
      input({
        people: [
          person('a@acme.com', { ...ae, department: 'Sales', hours: { selling: 8 } }),
          person('b@acme.com', {
            ...ae,
            department: 'Sales',
            active: false,
            hours: { selling: 4 },
          }),
        ],
      }),
    );
    // (8 + 4) / (2 people × 2 weeks × 40 h).
    expect(group(groups, 'department', 'Sales').sellingShare).toBeCloseTo(12 / 160, 12);
  });
});
