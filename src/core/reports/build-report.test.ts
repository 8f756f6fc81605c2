import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../counting/category-rules.js';
import { buildReport } from './build-report.js';
import { salesAndProduct } from './report-input.fixture.js';

describe('buildReport', () => {
  it('has PRODUCT.md’s Report JSON names and units', () => {
    const report = buildReport(salesAndProduct(), { people: true });
    expect(report.range).toEqual({
      from: '2026-02-02',
      to: '2026-02-16',
      weeks: 2,
      timezone: 'Europe/London',
      days: 14,
    });
    expect(report.categories).toEqual([...DEFAULT_CATEGORIES]);
    expect(Object.keys(report.people![0]!)).toEqual(
      expect.arrayContaining([
        'email',
        'name',
        'department',
        'role',
        'orientation',
        'hours',
        'scheduledHours',
        'sellingShare',
        'marketWorkHours',
        'departmentHours',
      ]),
    );
    expect(Object.keys(report.groups[0]!)).toEqual(
      expect.arrayContaining([
        'by',
        'name',
        'people',
        'suppressed',
        'hours',
        'scheduledHours',
        'sellingShare',
      ]),
    );
    expect(Object.keys(report.crossDepartment[0]!)).toEqual(
      expect.arrayContaining([
        'from',
        'to',
        'people',
        'hoursPerPersonWeek',
        'flagged',
        'fteAbsorbed',
      ]),
    );
    expect(Object.keys(report.inviteReview[0]!)).toEqual(
      expect.arrayContaining([
        'uid',
        'title',
        'organizer',
        'organizerDepartment',
        'occurrences',
        'customerFacingAttendees',
        'sellingHours',
        'sellingHoursPerWeek',
        'annualisedSellingHours',
      ]),
    );
    expect(report.benchmarks.map((b) => b.sellingShare)).toEqual([0.5, 0.41, 0.38, 0.58]);
    expect(report.headline.text).toContain('Account Executive 30%');
  });

  it('leaves out every person-level field without people', () => {
    const report = buildReport(salesAndProduct(), { people: false });
    expect(report.people).toBeUndefined();
    expect(report.flaggedPeople.people).toBeUndefined();
    expect(report.inviteReview.every((r) => r.customerFacingAttendees === undefined)).toBe(true);
    const json = JSON.stringify(report);
    for (const email of ['ann@', 'bob@', 'cy@']) expect(json).not.toContain(email);
    // Organisers stay: the invite review names whom to ask "why?".
    expect(json).toContain('pam@acme.com');
    expect(json).toContain('pat@acme.com');
  });

  it('round-trips through JSON unchanged (no undefined, NaN or Infinity)', () => {
    const report = buildReport(salesAndProduct(), { people: true });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
