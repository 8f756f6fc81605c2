import { describe, expect, it } from 'vitest';
import { buildReport } from '../../core/reports/build-report.js';
import { input, salesAndProduct, team } from '../../core/reports/report-input.fixture.js';
import { renderReportCsv } from './report-csv.js';

function lines(csv: string): string[] {
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(0, -2).split('\r\n');
}

describe('renderReportCsv', () => {
  const report = buildReport(salesAndProduct(), { people: true });

  it('writes one row per role, with hours to 2 decimals and shares to 4', () => {
    const [header, ...rows] = lines(renderReportCsv(report, 'role'));
    expect(header).toMatch(/^by,name,people,suppressed,hours:selling,hours:sales-support,/);
    // Account executives: 72 selling h; 72 / 240 = 0.3 of the week; 72 / 108 = 0.6667 of scheduled.
    expect(rows[0]).toBe(
      'role,Account Executive,3,false,72,0,0,2,4,12,4,2,10,2,108,0.3,3,false,72,0.6667,18,0,false,',
    );
    // No customer-oriented product managers: their selling figures are empty fields.
    expect(rows[1]).toBe(
      'role,Product Manager,2,false,0,16,0,0,0,12,10,0,8,44,90,,0,false,,,,2,false,16',
    );
    expect(rows).toHaveLength(2);
  });

  it('writes one row per department', () => {
    const [, ...rows] = lines(renderReportCsv(report, 'department'));
    expect(rows.map((r) => r.split(',')[1])).toEqual(['Product Management', 'Sales']);
  });

  it('quotes names with commas and quotes in the per-person table', () => {
    const i = salesAndProduct();
    const people = i.people.map((p) =>
      p.email === 'ann@acme.com' ? { ...p, name: 'Lee, Ann "AJ"' } : p,
    );
    const csv = renderReportCsv(buildReport({ ...i, people }, { people: true }), 'person');
    const [header, ...rows] = lines(csv);
    expect(header).toContain(',hoursWith:Product Management,hoursWith:Sales');
    const ann = rows.find((r) => r.startsWith('ann@acme.com'))!;
    expect(ann).toMatch(
      /^ann@acme\.com,"Lee, Ann ""AJ""",Sales,Account Executive,customer,true,24,/,
    );
    // Selling share 0.3, of scheduled 0.6, market work 6, sales support 0, 10 h with PM, 0 with Sales.
    expect(ann.endsWith(',40,0.3,0.6,6,0,10,0')).toBe(true);
  });

  it('leaves a suppressed group’s figures empty', () => {
    const r = buildReport(
      input({
        minGroupSize: 5,
        people: [
          ...team('a', 3, { department: 'A', role: 'AE', orientation: 'customer' }),
          ...team('b', 6, { department: 'B', role: 'AE', orientation: 'customer' }),
          ...team('c', 9, { department: 'C', role: 'AE', orientation: 'customer' }),
        ],
      }),
      { people: false },
    );
    const [, a, b, c] = lines(renderReportCsv(r, 'department'));
    expect(a).toBe('department,A,3,true,,,,,,,,,,,,,3,true,,,,0,false,');
    expect(b).toMatch(/^department,B,6,true,,/);
    expect(c).toMatch(/^department,C,9,false,0,/);
  });

  it('refuses a per-person table without --people', () => {
    const r = buildReport(salesAndProduct(), { people: false });
    expect(() => renderReportCsv(r, 'person')).toThrow(/needs --people/);
  });
});
