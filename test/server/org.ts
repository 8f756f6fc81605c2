// A small org for the API tests, uploaded through the API: 12 people in Sales, Product and
// Marketing, and three exports (organisers' copies carry everyone's answers, rule 2) for March
// 2026 in America/New_York:
//   Roadmap planning  pm@, Mondays 10:00–11:00 × 4 from 2 March; ana, bo, cy, di (AEs) and pm2 —
//                      rule 9: 4 people × 1 h × 4 = 16 selling hours
//   Deck review       pmm@, Wed 4 March 14:00–15:30; ana, bo — rule 9: 2 × 1.5 h = 3 h
//   Acme call         ana@, Thu 5 March 15:00–16:00 with buyer@client.example and cy — selling
//   Ana / Pat 1:1     pm@, Thursdays 9:00–9:30 × 4 — one-on-one, not charged
import { expect } from 'vitest';
import { ics, vevent } from '../ingest/org-fixture.js';
import type { Caller, TestServer } from './support.js';

export const PEOPLE_CSV = [
  'email,name,department,role',
  'ana@acme.com,Ana Lima,Sales,Account Executive',
  'bo@acme.com,Bo Chen,Sales,Account Executive',
  'cy@acme.com,Cy Park,Sales,Account Executive',
  'di@acme.com,Di Ross,Sales,Account Executive',
  'ed@acme.com,Ed Diaz,Sales,Sales Engineer',
  'fay@acme.com,Fay Wu,Sales,Sales Engineer',
  'pm@acme.com,Pat Moss,Product,Product Manager',
  'pm2@acme.com,Kim Lee,Product,Product Manager',
  'pmm@acme.com,Max Ito,Product,Product Marketing Manager',
  'mm1@acme.com,Lou Baker,Marketing,Marketing Manager',
  'mm2@acme.com,Ren Cole,Marketing,Marketing Manager',
  'mm3@acme.com,Sam Vale,Marketing,Marketing Manager',
  '',
].join('\n');

export const PEOPLE = PEOPLE_CSV.split('\n')
  .slice(1)
  .filter((l) => l !== '')
  .map((l) => {
    const [email, name] = l.split(',');
    return { email: email!, name: name! };
  });

export const ROADMAP_UID = 'roadmap@acme.com';
export const DECK_UID = 'deck-review@acme.com';

const NY = 'TZID=America/New_York';

function attendees(...who: string[]): string[] {
  return who.map((w) =>
    w.includes('@')
      ? `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${w}`
      : `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${w}@acme.com`,
  );
}

export const EXPORTS: Record<string, string> = {
  'pm@acme.com.ics': ics(
    vevent(
      `UID:${ROADMAP_UID}`,
      'DTSTAMP:20260220T120000Z',
      `DTSTART;${NY}:20260302T100000`,
      `DTEND;${NY}:20260302T110000`,
      'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4',
      'SUMMARY:Roadmap planning',
      'ORGANIZER:mailto:pm@acme.com',
      ...attendees('pm', 'ana', 'bo', 'cy', 'di', 'pm2'),
    ),
    vevent(
      'UID:one-on-one@acme.com',
      'DTSTAMP:20260220T120000Z',
      `DTSTART;${NY}:20260305T090000`,
      `DTEND;${NY}:20260305T093000`,
      'RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=4',
      'SUMMARY:Ana / Pat 1:1',
      'ORGANIZER:mailto:pm@acme.com',
      ...attendees('pm', 'ana'),
    ),
  ),
  'pmm@acme.com.ics': ics(
    vevent(
      `UID:${DECK_UID}`,
      'DTSTAMP:20260220T120000Z',
      `DTSTART;${NY}:20260304T140000`,
      `DTEND;${NY}:20260304T153000`,
      'SUMMARY:Deck review',
      'ORGANIZER:mailto:pmm@acme.com',
      ...attendees('pmm', 'ana', 'bo'),
    ),
  ),
  'ana@acme.com.ics': ics(
    vevent(
      'UID:acme-call@acme.com',
      'DTSTAMP:20260220T120000Z',
      `DTSTART;${NY}:20260305T150000`,
      `DTEND;${NY}:20260305T160000`,
      'SUMMARY:Acme call',
      'ORGANIZER:mailto:ana@acme.com',
      ...attendees('ana', 'cy', 'buyer@client.example'),
    ),
  ),
};

export const MARCH = 'from=2026-03-01&to=2026-04-01';

/** Uploads the directory and every export as `admin`; the last upload counts everyone. */
export async function uploadOrg(server: TestServer, admin: Caller): Promise<void> {
  const directory = await server.call('POST', '/api/import/directory', {
    as: admin,
    body: PEOPLE_CSV,
    type: 'text/csv',
  });
  expect(directory.status, await directory.clone().text()).toBe(200);
  const names = Object.keys(EXPORTS);
  for (const [i, name] of names.entries()) {
    const last = i === names.length - 1 ? '&last=1' : '';
    const res = await server.call(
      'POST',
      `/api/import/calendars?name=${encodeURIComponent(name)}&${MARCH}${last}`,
      { as: admin, body: EXPORTS[name]!, type: 'text/calendar' },
    );
    expect(res.status, await res.clone().text()).toBe(200);
  }
}
