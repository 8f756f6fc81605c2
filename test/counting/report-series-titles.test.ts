// Which occurrence names a series in the invite review (rule 9): the latest one overlapping the
// report's range — latest start, and on a tie the greatest recurrence key — found per series by
// one index seek (report-queries.ts latestOccurrences), on SQLite and PostgreSQL.
//
// Pat (Product Manager, not customer-oriented) organises; Ana (Account Executive) attends:
//   Roadmap sync  weekly Tue 10:00–11:00 New York, 3 Feb – 10 Mar (6 occurrences), with
//                 17 Feb retitled "Roadmap sync: pricing" (same time), and
//                 10 Mar moved onto 3 Mar 10:00 and retitled "Roadmap sync (moved)": two
//                 occurrences then start at 3 Mar 15:00Z, keys 2026-03-03T15:00:00Z and
//                 2026-03-10T14:00:00Z (EDT from 8 March); the greater is the moved one.
//   Night shift   Sun 15 Feb 22:00 – Mon 16 Feb 10:00, one event (under 24 hours, rule 2),
//                 started before a range from 16 Feb but inside it until 10:00.
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Report } from '../../src/core/reports/report.js';
import { BACKENDS } from '../support/backends.js';
import { acme, event, reportOrg } from './report-org.js';

const roadmap = event({
  uid: 'roadmap',
  title: 'Roadmap sync',
  start: '20260203T100000',
  end: '20260203T110000',
  organizer: acme('pat'),
  attendees: [acme('pat'), acme('ana')],
  lines: ['RRULE:FREQ=WEEKLY;COUNT=6'],
});
const pricing = event({
  uid: 'roadmap',
  title: 'Roadmap sync: pricing',
  start: '20260217T100000',
  end: '20260217T110000',
  organizer: acme('pat'),
  attendees: [acme('pat'), acme('ana')],
  lines: ['RECURRENCE-ID;TZID=America/New_York:20260217T100000'],
});
const moved = event({
  uid: 'roadmap',
  title: 'Roadmap sync (moved)',
  start: '20260303T100000',
  end: '20260303T110000',
  organizer: acme('pat'),
  attendees: [acme('pat'), acme('ana')],
  lines: ['RECURRENCE-ID;TZID=America/New_York:20260310T100000'],
});
const nightShift = event({
  uid: 'night-shift',
  title: 'Night shift',
  start: '20260215T220000',
  end: '20260216T100000',
  organizer: acme('pat'),
  attendees: [acme('pat'), acme('ana')],
});

const titles = (report: Report): Record<string, string> =>
  Object.fromEntries(report.inviteReview.map((r) => [r.uid, r.title]));

describe.each(BACKENDS)('series titles in the invite review on %s', (backend) => {
  it('name each series by its latest occurrence in the range', async () => {
    const org = await reportOrg({ backend });
    onTestFinished(() => org.dispose());
    org.writeExport(acme('pat'), roadmap, pricing, moved, nightShift);
    await org.importCalendars();

    // 3 and 10 Feb: the series' own title; the night shift's (its first 2 hours) too.
    expect(titles(await org.report('2026-02-02', '2026-02-16'))).toEqual({
      roadmap: 'Roadmap sync',
      'night-shift': 'Night shift',
    });
    // 17 Feb is the latest: its override's title. The night shift started before the range but
    // overlaps it (Mon 16 Feb 00:00–10:00), so it is charged and keeps its title.
    const feb16 = await org.report('2026-02-16', '2026-02-23');
    expect(titles(feb16)).toEqual({
      roadmap: 'Roadmap sync: pricing',
      'night-shift': 'Night shift',
    });
    expect(feb16.inviteReview.find((r) => r.uid === 'night-shift')!.sellingHours).toBe(10);
    // 24 Feb is later than the retitled 17 Feb.
    expect(titles(await org.report('2026-02-16', '2026-03-02'))).toEqual({
      roadmap: 'Roadmap sync',
      'night-shift': 'Night shift',
    });
    // Two occurrences start at 3 Mar 10:00; the moved one has the greater recurrence key.
    const march = await org.report('2026-03-02', '2026-03-16');
    expect(titles(march)).toEqual({ roadmap: 'Roadmap sync (moved)' });
    expect(march.inviteReview[0]!.occurrences).toBe(2);
  });
});
