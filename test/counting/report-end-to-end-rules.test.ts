// Custom category rules in the config, end to end (PRODUCT.md rule 6: "users can change them in
// config"; config key `rules`). A plain list extends the defaults: the user's rules match first,
// and a new category comes after rule 6's ten in the overlap precedence (rule 4). An invalid rule
// fails at load, naming its position.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/reports/report.js';
import {
  BASE_CONFIG,
  acme,
  event,
  hoursOf,
  nonZero,
  reportOrg,
  type ReportOrg,
} from './report-org.js';

const RULES = [
  'rules:',
  '  - category: recruiting',
  '    when:',
  '      title: [interview]',
  '',
].join('\n');

// Monday 2 March 2026 (EST). Eve interviews a candidate with Pat 10:00–11:00; Pat's "Team sync"
// with Eve runs 10:30–11:30 and overlaps it.
const interview = event({
  uid: 'interview',
  title: 'Candidate interview',
  start: '20260302T100000',
  end: '20260302T110000',
  organizer: acme('eve'),
  attendees: [acme('eve'), acme('pat')],
});
const teamSync = event({
  uid: 'team-sync',
  title: 'Team sync',
  start: '20260302T103000',
  end: '20260302T113000',
  organizer: acme('pat'),
  attendees: [acme('pat'), acme('eve')],
});
// An interview with an external candidate, for a customer-oriented person: the user's rule comes
// first, so recruiting beats rule 6's selling.
const externalInterview = event({
  uid: 'ae-interview',
  title: 'Interview: AE candidate',
  start: '20260303T140000',
  end: '20260303T150000',
  organizer: acme('ana'),
  attendees: [acme('ana'), 'candidate@gmail.com'],
});

describe('custom rules: recruiting', () => {
  let org: ReportOrg;
  let report: Report;

  beforeAll(async () => {
    org = await reportOrg({ config: BASE_CONFIG + RULES });
    org.writeExport(acme('eve'), interview);
    org.writeExport(acme('pat'), teamSync);
    org.writeExport(acme('ana'), externalInterview);
    await org.importCalendars();
    report = await org.report('2026-03-02', '2026-03-09');
  });

  afterAll(async () => {
    await org?.dispose();
  });

  it('adds the category before the catch-alls and lists it in every hours object', () => {
    expect(report.categories).toEqual([
      'selling',
      'sales-support',
      'external',
      'one-on-one',
      'training',
      'planning',
      'content',
      'events',
      'recruiting',
      'internal',
      'focus',
    ]);
    for (const p of report.people!) expect(Object.keys(p.hours), p.email).toContain('recruiting');
    for (const g of report.groups) expect(Object.keys(g.hours!), g.name).toContain('recruiting');
  });

  it('classifies interviews as recruiting; it wins overlaps with the catch-all internal', () => {
    // Pat and Eve: interview 10:00–11:00 recruiting, Team sync 10:30–11:30 internal. Recruiting
    // (9th) precedes internal (10th), so 10:30–11:00 is recruiting: recruiting 1 h, internal
    // 0.5 h. Ana: the external interview is recruiting, 1 h, not selling.
    expect(nonZero(hoursOf(report, acme('pat')))).toEqual({ recruiting: 1, internal: 0.5 });
    expect(nonZero(hoursOf(report, acme('eve')))).toEqual({ recruiting: 1, internal: 0.5 });
    expect(nonZero(hoursOf(report, acme('ana')))).toEqual({ recruiting: 1 });
  });

  it('orient explain names the user’s rule, numbered first', async () => {
    const rows = await org.explain(acme('pat'), '2026-03-02', '2026-03-09');
    expect(rows.map((r) => [r.title, r.category, r.rule, r.hours])).toEqual([
      ['Candidate interview', 'recruiting', '#1 recruiting', 1],
      // The defaults follow the user's rule: internal is rule 6's 9th, here #10.
      ['Team sync', 'internal', '#10 other people, all internal', 0.5],
    ]);
  });
});

describe('custom rules: an invalid rule fails at load, naming its position', () => {
  it.each([
    [
      'a category name with capitals and spaces',
      [
        '  - category: recruiting',
        '    when: { title: [interview] }',
        '  - category: Hiring Ops',
        '    when: { title: [debrief] }',
      ],
      /rule 2: .*lower-case letters, digits and hyphens/,
    ],
    [
      'a misspelt condition',
      ['  - category: recruiting', '    when: { titel: [interview] }'],
      /rule 1: unknown key \(did you mean title\?\)/,
    ],
    [
      'an empty title list',
      [
        '  - category: recruiting',
        '    when: { title: [] }',
        '  - category: admin',
        '    when: { title: [expenses] }',
        '  - category: travel',
        '    when: { title: [] }',
      ],
      /rule 1: .*\n.*rule 3: /,
    ],
  ])('%s', async (_, lines, message) => {
    const org = await reportOrg({ config: BASE_CONFIG + ['rules:', ...lines, ''].join('\n') });
    try {
      const run = await org.orient(
        'report',
        '--from',
        '2026-03-02',
        '--to',
        '2026-03-09',
        '--json',
      );
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/orient\.config\.yaml line \d+: rules/);
      expect(run.stderr).toMatch(message);
    } finally {
      await org.dispose();
    }
  });

  // Regression: with `rules:` written as a plain list, problems once pointed at the `rules:` line
  // and named a `list` key the file does not have.
  it('points at the invalid rule’s own line', async () => {
    const lines = [
      'rules:', //                                    line 7 (BASE_CONFIG has 6 lines)
      '  - category: recruiting', //                  line 8
      '    when: { title: [interview] }', //          line 9
      '  - category: Hiring Ops', //                  line 10
      '    when: { title: [debrief] }', //            line 11
      '',
    ];
    const org = await reportOrg({ config: BASE_CONFIG + lines.join('\n') });
    try {
      const run = await org.orient('report', '--from', '2026-03-02', '--to', '2026-03-09');
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/line 10: .*rule 2: /);
      expect(run.stderr).not.toMatch(/rules\.list/);
    } finally {
      await org.dispose();
    }
  });
});
