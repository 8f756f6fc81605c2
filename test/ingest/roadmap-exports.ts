// One meeting as three people's exports would show it: "Roadmap planning", organised by Pat
// (pm@), weekly on Mondays 10:00–11:00 America/New_York, four times from Monday 2 March 2026.
// Bo (bo@) is invited but has no export of his own.
//
// Instances (US DST starts Sunday 8 March, so the first is EST, UTC-5, the rest EDT, UTC-4):
//   key 2026-03-02T15:00:00Z   15:00–16:00Z
//   key 2026-03-09T14:00:00Z   14:00–15:00Z
//   key 2026-03-16T14:00:00Z   14:00–15:00Z; Pat moved it to 11:00 EDT = 15:00–16:00Z (SEQUENCE 2)
//   key 2026-03-23T14:00:00Z   14:00–15:00Z
//
// Version 1 (first export):
//   pm@  SEQUENCE 1, LAST-MODIFIED 02-20; ana NEEDS-ACTION, bo ACCEPTED, cy ACCEPTED; plus the
//        moved 16 March instance (SEQUENCE 2, "Roadmap planning (moved)").
//   ana@ SEQUENCE 0 but the latest LAST-MODIFIED (02-25): old title "Roadmap sync"; ana DECLINED
//        (her own answer), bo TENTATIVE, cy NEEDS-ACTION; no moved instance.
//   cy@  SEQUENCE 1, LAST-MODIFIED 02-15 (older than Pat's): ana NEEDS-ACTION, bo TENTATIVE,
//        cy ACCEPTED; no moved instance.
// Version 2 (everyone re-exports after Pat deleted 23 March and cancelled 9 March):
//   every copy's master gains EXDATE 2026-03-23 10:00 New York; only Pat's export has the
//   9 March override with STATUS:CANCELLED (SEQUENCE 3).
import { ics, vevent } from './org-fixture.js';

export const ROADMAP_UID = 'roadmap-1@acme.com';

const NY = 'TZID=America/New_York';

type Owner = 'pm' | 'ana' | 'cy';

interface CopyFacts {
  sequence: number;
  modified: string;
  summary: string;
  partstats: Record<'pm' | 'ana' | 'bo' | 'cy', string>;
}

const FACTS: Record<Owner, CopyFacts> = {
  pm: {
    sequence: 1,
    modified: '20260220T120000Z',
    summary: 'Roadmap planning',
    partstats: { pm: 'ACCEPTED', ana: 'NEEDS-ACTION', bo: 'ACCEPTED', cy: 'ACCEPTED' },
  },
  ana: {
    sequence: 0,
    modified: '20260225T120000Z',
    summary: 'Roadmap sync',
    partstats: { pm: 'ACCEPTED', ana: 'DECLINED', bo: 'TENTATIVE', cy: 'NEEDS-ACTION' },
  },
  cy: {
    sequence: 1,
    modified: '20260215T120000Z',
    summary: 'Roadmap planning',
    partstats: { pm: 'ACCEPTED', ana: 'NEEDS-ACTION', bo: 'TENTATIVE', cy: 'ACCEPTED' },
  },
};

const NAMES = { pm: 'Pat Moss', ana: 'Ana Lima', bo: 'Bo Chen', cy: 'Cy Park' } as const;

function people(partstats: CopyFacts['partstats']): string[] {
  return [
    'ORGANIZER;CN=Pat Moss:mailto:pm@acme.com',
    ...(['pm', 'ana', 'bo', 'cy'] as const).map(
      (p) => `ATTENDEE;CN=${NAMES[p]};PARTSTAT=${partstats[p]};RSVP=TRUE:mailto:${p}@acme.com`,
    ),
  ];
}

/** The roadmap series as `owner`'s export holds it, in version 1 or 2. */
export function roadmapEvents(owner: Owner, version: 1 | 2): string[] {
  const f = FACTS[owner];
  const master = vevent(
    `UID:${ROADMAP_UID}`,
    `SEQUENCE:${f.sequence}`,
    `DTSTAMP:${f.modified}`,
    `LAST-MODIFIED:${f.modified}`,
    `DTSTART;${NY}:20260302T100000`,
    `DTEND;${NY}:20260302T110000`,
    'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4',
    ...(version === 2 ? [`EXDATE;${NY}:20260323T100000`] : []),
    `SUMMARY:${f.summary}`,
    ...people(f.partstats),
  );
  if (owner !== 'pm') return master;
  const moved = vevent(
    `UID:${ROADMAP_UID}`,
    `RECURRENCE-ID;${NY}:20260316T100000`,
    'SEQUENCE:2',
    'DTSTAMP:20260220T120000Z',
    `DTSTART;${NY}:20260316T110000`,
    `DTEND;${NY}:20260316T120000`,
    'SUMMARY:Roadmap planning (moved)',
    ...people(f.partstats),
  );
  const cancelled = vevent(
    `UID:${ROADMAP_UID}`,
    `RECURRENCE-ID;${NY}:20260309T100000`,
    'SEQUENCE:3',
    'DTSTAMP:20260305T120000Z',
    `DTSTART;${NY}:20260309T100000`,
    `DTEND;${NY}:20260309T110000`,
    'STATUS:CANCELLED',
    'SUMMARY:Roadmap planning',
    ...people(f.partstats),
  );
  return [...master, ...moved, ...(version === 2 ? cancelled : [])];
}

/** `owner`'s whole export: the roadmap series and nothing else. */
export function roadmapExport(owner: Owner, version: 1 | 2): string {
  return ics(roadmapEvents(owner, version));
}
