import { describe, expect, it } from 'vitest';
import { buildReport } from '../../core/reports/build-report.js';
import { input, salesAndProduct, team } from '../../core/reports/report-input.fixture.js';
import { renderReportText } from './report-text.js';

describe('renderReportText', () => {
  const text = renderReportText(buildReport(salesAndProduct(), { people: true }));

  it('has the headline first, then the three sections in order', () => {
    const at = ['HEADLINE', 'ALLOCATION', 'CROSS-DEPARTMENT', 'MEETINGS TO RECONSIDER'].map((s) =>
      text.indexOf(`\n${s}\n`),
    );
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toMatch(
      /^Orient report, 2026-02-02 to 2026-02-16 \(exclusive\): 14 days, 2 weeks/,
    );
  });

  it('wraps the headline paragraph at 100 columns', () => {
    const headline = text.split('\nHEADLINE\n\n')[1]!.split('\n\n')[0]!;
    expect(headline.split('\n').every((l) => l.length <= 100)).toBe(true);
    expect(headline.replaceAll('\n', ' ')).toContain(
      'Account Executive 30% (67% of scheduled time)',
    );
  });

  it('shows allocation per role, department and person, and the weekly trend', () => {
    expect(text).toMatch(/\nAccount Executive\s+3\s+72\.0\s+0\.0/);
    expect(text).toMatch(/\nSales\s+3\s+30%\s+67%\s+18\.0\s+0\n/);
    expect(text).toMatch(/\nProduct Manager\s+0\s+2\s+16\.0\n/);
    expect(text).toMatch(/\nCy\s+Sales\s+Account Executive\s+16\.0/);
    // Week 1: 44 / 120 = 37%; week 2: 28 / 120 = 23%.
    expect(text).toMatch(/\n2026-02-02\s+7\s+37%\s+37%\n2026-02-09\s+7\s+23%\s+23%\n/);
  });

  it('shows every department pair, the flagged pair with verdict and FTE, and flagged people', () => {
    expect(text).toMatch(/\nProduct Management\s+Sales\s+2\s+8\.5\s+0\.43\s+1\s+over 1 day\n/);
    expect(text).toMatch(/\nSales\s+Product Management\s+3\s+3\.3\s+0\.25\s+0\n/);
    expect(text).toContain(
      'Product Management → Sales: 8.5 h per person-week, 0.43 FTE absorbed. ' +
        'Sales looks understaffed or underskilled.',
    );
    expect(text).toMatch(/\nPam\s+Product Management\s+Sales\s+10\.0\n/);
  });

  it('lists meetings to reconsider with organiser, occurrences, attendees and hours', () => {
    expect(text).toMatch(
      /\nRoadmap planning\s+Pam <pam@acme\.com>\s+Product Management\s+2\s+2\s+6\.0\s+3\.0\s+156\.0\n/,
    );
    expect(text).toContain('  Roadmap planning: ann@acme.com, cy@acme.com');
  });

  it('names no customer-facing people without --people', () => {
    const plain = renderReportText(buildReport(salesAndProduct(), { people: false }));
    for (const who of ['ann@', 'bob@', 'cy@', '\nAnn ', '\nCy ']) expect(plain).not.toContain(who);
    expect(plain).not.toContain('Per person');
    expect(plain).toMatch(/\nProduct Management\s+2\s+1\n/);
  });

  it('marks withheld figures and explains them', () => {
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
    const t = renderReportText(r);
    expect(t).toMatch(/\nA\s+3\s+—\s+—/);
    expect(t).toMatch(/\nA\s+B\s+3\s+—\s+—\s+—\n/);
    expect(t).toContain('— withheld: a group of fewer than 5 people');
  });

  it('caps the meetings list and says how many more there are', () => {
    const t = renderReportText(buildReport(salesAndProduct(), { people: false }), {
      maxMeetings: 2,
    });
    expect(t).toContain('… and 2 more (see --json or --csv).');
    expect(t).not.toMatch(/\nOKR kickoff/);
  });
});
