// The same import and report on PostgreSQL as on SQLite: `orient report --json --people` and
// `orient explain --json` print exactly the same thing (STYLE.md: one storage suite, every
// backend). The figures themselves are worked out in report-end-to-end-sections.test.ts; here
// a few are checked again so an empty report cannot pass.
import { describe, expect, it } from 'vitest';
import { acme, reportOrg } from './report-org.js';
import { TWO_WEEKS, writeTwoWeekExports } from './two-week-org.js';

async function run(backend: 'sqlite' | 'postgres') {
  const org = await reportOrg({ backend });
  try {
    writeTwoWeekExports(org);
    await org.importCalendars();
    return {
      report: await org.report(TWO_WEEKS.from, TWO_WEEKS.to),
      explain: await org.explain(acme('ana'), TWO_WEEKS.from, TWO_WEEKS.to),
    };
  } finally {
    await org.dispose();
  }
}

describe('report end to end on PostgreSQL', () => {
  it('prints the same report and explanation as SQLite', async () => {
    const sqlite = await run('sqlite');
    const postgres = await run('postgres');
    expect(postgres.report).toEqual(sqlite.report);
    expect(postgres.explain).toEqual(sqlite.explain);
    // Org scheduled 118 h; Deal desk charged 40 h (see the sections test for the working).
    expect(postgres.report.groups[0]!.scheduledHours).toBe(118);
    expect(postgres.report.inviteReview[0]!.sellingHours).toBe(40);
    // Ana's explanation: E1 ×10, E2 ×2, E3, E6, E7, E10 = 16 occurrences, 30 h.
    expect(postgres.explain).toHaveLength(16);
    expect(postgres.explain.reduce((sum, r) => sum + r.hours, 0)).toBe(30);
  });
});
