// The exports behind the report-section tests: two working weeks, Mon 2 – Fri 13 February 2026
// (range [2 Feb, 16 Feb): 14 days, weeks = 2), New York time, EST = UTC−5 throughout.
//
//   E1  Deal desk          Mon–Fri 15:00–17:00 ×10   Pat organises; Quinn, Ana, Bo
//   E2  Roadmap planning   Tue 3 + Tue 10, 10:00–12:00 Quinn organises; Pat, Ana, Cy
//   E3  Sales training     Thu 5, 13:00–15:00        Pat organises; Ana, Bo, Cy
//   E4  Pat / Bo 1:1       Thu 12, 16:00–16:30       Pat organises; Bo (inside E1)
//   E5  Globex demo        Wed 4, 11:00–12:00        Bo organises; Cy, Pat, buyer@globex.com
//   E6  Initech renewal    Thu 12, 11:00–13:00       Ana organises; ceo@initech.io
//   E7  Globex follow-up   Wed 11, 16:00–17:00       Ana organises; buyer@globex.com (inside E1)
//   E8  Architecture review Mon 9, 13:00–14:00       Eve organises; Pat, Quinn
//   E9  Focus time         Tue 3, 13:00–17:00        Eve, solo
//   E10 Write ebook        Fri 13, 09:00–11:00       Ana, solo
//
// Exports: Pat (E1–E5, E8), Quinn (E1, E2, E8), Ana (E1–E3, E6, E7, E10), Bo (E1, E3–E5),
// Eve (E8, E9). Cy has none.
import { acme, event, type ReportOrg } from './report-org.js';

export const TWO_WEEKS = { from: '2026-02-02', to: '2026-02-16' } as const;

const dealDesk = event({
  uid: 'deal-desk',
  title: 'Deal desk',
  start: '20260202T150000',
  end: '20260202T170000',
  organizer: acme('pat'),
  attendees: [acme('pat'), acme('quinn'), acme('ana'), acme('bo')],
  lines: ['RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10'],
});
const roadmap = event({
  uid: 'roadmap',
  title: 'Roadmap planning',
  start: '20260203T100000',
  end: '20260203T120000',
  organizer: acme('quinn'),
  attendees: [acme('quinn'), acme('pat'), acme('ana'), acme('cy')],
  lines: ['RRULE:FREQ=WEEKLY;COUNT=2'],
});
const training = event({
  uid: 'training',
  title: 'Sales training',
  start: '20260205T130000',
  end: '20260205T150000',
  organizer: acme('pat'),
  attendees: [acme('pat'), acme('ana'), acme('bo'), acme('cy')],
});
const oneOnOne = event({
  uid: 'pat-bo',
  title: 'Pat / Bo 1:1',
  start: '20260212T160000',
  end: '20260212T163000',
  organizer: acme('pat'),
  attendees: [acme('pat'), acme('bo')],
});
const globexDemo = event({
  uid: 'globex-demo',
  title: 'Globex demo',
  start: '20260204T110000',
  end: '20260204T120000',
  organizer: acme('bo'),
  attendees: [acme('bo'), acme('cy'), acme('pat'), 'buyer@globex.com'],
});
const initech = event({
  uid: 'initech',
  title: 'Initech renewal',
  start: '20260212T110000',
  end: '20260212T130000',
  organizer: acme('ana'),
  attendees: [acme('ana'), 'ceo@initech.io'],
});
const followUp = event({
  uid: 'globex-follow-up',
  title: 'Globex follow-up',
  start: '20260211T160000',
  end: '20260211T170000',
  organizer: acme('ana'),
  attendees: [acme('ana'), 'buyer@globex.com'],
});
const architecture = event({
  uid: 'architecture',
  title: 'Architecture review',
  start: '20260209T130000',
  end: '20260209T140000',
  organizer: acme('eve'),
  attendees: [acme('eve'), acme('pat'), acme('quinn')],
});
const eveFocus = event({
  uid: 'eve-focus',
  title: 'Focus time',
  start: '20260203T130000',
  end: '20260203T170000',
  organizer: acme('eve'),
});
const writeEbook = event({
  uid: 'ana-ebook',
  title: 'Write ebook',
  start: '20260213T090000',
  end: '20260213T110000',
  organizer: acme('ana'),
});

export function writeTwoWeekExports(org: ReportOrg): void {
  org.writeExport(acme('pat'), dealDesk, roadmap, training, oneOnOne, globexDemo, architecture);
  org.writeExport(acme('quinn'), dealDesk, roadmap, architecture);
  org.writeExport(acme('ana'), dealDesk, roadmap, training, initech, followUp, writeEbook);
  org.writeExport(acme('bo'), dealDesk, training, oneOnOne, globexDemo);
  org.writeExport(acme('eve'), architecture, eveFocus);
}
