// The generated org (bench/org) read back from its own text with a tiny line-based reader: the
// files are structurally valid RFC 5545, every meeting sits in exactly its internal attendees'
// files with their own answers, the directory is a tree, and the demo has meetings to reconsider.
import { describe, expect, it } from 'vitest';
import { buildOrgModel, generateOrg } from '../../bench/org/generate-org.js';
import type { Meeting, PartStat } from '../../bench/org/meetings.js';

const OPTIONS = { people: 120, seed: 42, start: '2026-01-05', weeks: 13 };
const DOMAIN = 'acme.example';
const org = generateOrg(OPTIONS);
const model = buildOrgModel(OPTIONS);

interface Line {
  name: string;
  params: Map<string, string>;
  value: string;
}

/** Splits a content line into name, parameters and value (quoted parameter values kept whole). */
function parseLine(text: string): Line {
  const params = new Map<string, string>();
  let i = 0;
  while (i < text.length && text[i] !== ';' && text[i] !== ':') i++;
  const name = text.slice(0, i).toUpperCase();
  while (text[i] === ';') {
    const eq = text.indexOf('=', i);
    const key = text.slice(i + 1, eq).toUpperCase();
    let j = eq + 1;
    let value = '';
    if (text[j] === '"') {
      const close = text.indexOf('"', j + 1);
      value = text.slice(j + 1, close);
      j = close + 1;
    } else {
      while (j < text.length && text[j] !== ';' && text[j] !== ':') j++;
      value = text.slice(eq + 1, j);
    }
    params.set(key, value);
    i = j;
  }
  return { name, params, value: text.slice(i + 1) };
}

interface Component {
  uid: string;
  override: boolean;
  rrule: boolean;
  organizer: string | null;
  attendees: { email: string; partstat: PartStat; cutype: string }[];
  lines: Line[];
}

function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

const mail = (value: string) => value.replace(/^mailto:/i, '').toLowerCase();

function events(text: string): Component[] {
  const out: Component[] = [];
  let current: Component | null = null;
  let depth = 0;
  for (const raw of unfold(text)) {
    const line = parseLine(raw);
    if (line.name === 'BEGIN') {
      depth++;
      if (line.value === 'VEVENT') {
        current = {
          uid: '',
          override: false,
          rrule: false,
          organizer: null,
          attendees: [],
          lines: [],
        };
      }
      continue;
    }
    if (line.name === 'END') {
      depth--;
      if (line.value === 'VEVENT' && current !== null) {
        out.push(current);
        current = null;
      }
      continue;
    }
    if (current === null || depth !== 2) continue;
    current.lines.push(line);
    if (line.name === 'UID') current.uid = line.value;
    if (line.name === 'RECURRENCE-ID') current.override = true;
    if (line.name === 'RRULE') current.rrule = true;
    if (line.name === 'ORGANIZER') current.organizer = mail(line.value);
    if (line.name === 'ATTENDEE') {
      current.attendees.push({
        email: mail(line.value),
        partstat: (line.params.get('PARTSTAT') ?? 'NEEDS-ACTION') as PartStat,
        cutype: line.params.get('CUTYPE') ?? 'INDIVIDUAL',
      });
    }
  }
  return out;
}

const parsed = new Map(org.calendars.map((c) => [c.owner, events(c.ics)]));
const directory = org.directoryCsv
  .trim()
  .split('\n')
  .slice(1)
  .map((row) => {
    const [email = '', name = '', department = '', role = '', manager = '', timezone = ''] =
      row.split(',');
    return { email, name, department, role, manager, timezone };
  });
const byEmail = new Map(directory.map((person) => [person.email, person]));
const isInternal = (email: string) => email.endsWith(`@${DOMAIN}`) || email.endsWith(`.${DOMAIN}`);
const isRoom = (attendee: { email: string; cutype: string }) =>
  attendee.cutype === 'ROOM' ||
  attendee.cutype === 'RESOURCE' ||
  attendee.email.endsWith('@resource.calendar.google.com');

describe('generateOrg', () => {
  it('gives byte-identical output for the same seed', () => {
    const small = { people: 40, seed: 7, start: '2026-03-02', weeks: 4 };
    const first = generateOrg(small);
    const second = generateOrg(small);
    expect(second.directoryCsv).toBe(first.directoryCsv);
    expect(second.calendars).toEqual(first.calendars);
    expect(second.facts).toEqual(first.facts);
  });

  it('gives a different org for a different seed', () => {
    const small = { people: 40, seed: 7, start: '2026-03-02', weeks: 4 };
    const first = generateOrg(small);
    const other = generateOrg({ ...small, seed: 8 });
    expect(other.directoryCsv).not.toBe(first.directoryCsv);
    const text = (o: typeof org) => o.calendars.map((c) => c.ics).join('');
    expect(text(other)).not.toBe(text(first));
  });

  it('rejects a start that is not a Monday and a bad week count', () => {
    expect(() => generateOrg({ ...OPTIONS, start: '2026-01-06' })).toThrow(RangeError);
    expect(() => generateOrg({ ...OPTIONS, start: '2026-02-30' })).toThrow(RangeError);
    expect(() => generateOrg({ ...OPTIONS, weeks: 0 })).toThrow(RangeError);
  });

  it('writes one file per person, named <email>.ics, and the facts add up', () => {
    expect(org.calendars).toHaveLength(OPTIONS.people);
    expect(directory).toHaveLength(OPTIONS.people);
    for (const calendar of org.calendars) {
      expect(calendar.fileName).toBe(`${calendar.owner}.ics`);
      expect(byEmail.has(calendar.owner)).toBe(true);
    }
    const bytes = org.calendars.reduce((sum, c) => sum + Buffer.byteLength(c.ics, 'utf8'), 0);
    expect(org.facts.calendarBytes).toBe(bytes);
    expect(org.facts.components).toBe(
      [...parsed.values()].reduce((sum, list) => sum + list.length, 0),
    );
    expect(org.config).toEqual({ timezone: 'America/New_York', internalDomains: [DOMAIN] });
  });

  it('writes structurally valid iCalendar: CRLF only, folded at 75 octets, balanced, required properties', () => {
    const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    for (const { owner, ics } of org.calendars) {
      expect(ics.replace(/\r\n/g, ''), owner).not.toMatch(/[\r\n]/);
      for (const line of ics.split('\r\n')) {
        // Folding works on whole characters: a split one would leave half a surrogate pair or
        // (in octets) an over-long line.
        if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`${owner}: long line ${line}`);
        if (loneSurrogate.test(line)) throw new Error(`${owner}: split character in ${line}`);
      }
      const lines = unfold(ics);
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      expect(lines[lines.length - 1]).toBe('END:VCALENDAR');
      const stack: string[] = [];
      for (const line of lines) {
        if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
        if (line.startsWith('END:') && stack.pop() !== line.slice(4))
          throw new Error(`${owner}: unbalanced ${line}`);
      }
      expect(stack).toEqual([]);
      for (const event of parsed.get(owner) ?? []) {
        for (const name of ['UID', 'DTSTAMP', 'DTSTART']) {
          const count = event.lines.filter((l) => l.name === name).length;
          if (count !== 1) throw new Error(`${owner} ${event.uid}: ${count} × ${name}`);
        }
      }
    }
  });

  it('puts every meeting in each internal attendee’s file and nowhere else', () => {
    const problems: string[] = [];
    const holders = new Map<string, Set<string>>();
    for (const [owner, list] of parsed) {
      for (const event of list) {
        if (!holders.has(event.uid)) holders.set(event.uid, new Set());
        holders.get(event.uid)?.add(owner);
      }
    }
    for (const [owner, list] of parsed) {
      for (const event of list) {
        const people = event.attendees
          .filter((a) => !isRoom(a) && isInternal(a.email))
          .map((a) => a.email);
        if (event.organizer !== null && isInternal(event.organizer)) people.push(event.organizer);
        // The owner is on every component in their file, unless it is a solo block with no one on it.
        if ((event.attendees.length > 0 || event.organizer !== null) && !people.includes(owner)) {
          problems.push(`${owner} holds ${event.uid} without being on it`);
        }
        for (const email of people) {
          if (holders.get(event.uid)?.has(email) !== true)
            problems.push(`${email} lacks ${event.uid}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('matches the model: each person holds the series and the overrides they are on', () => {
    const expected = (meeting: Meeting, person: number) => {
      const on = (invitees: readonly { person: number }[]) =>
        meeting.organizer === person ||
        meeting.owner === person ||
        invitees.some((i) => i.person === person);
      return {
        master: on(meeting.invitees) ? 1 : 0,
        overrides: meeting.overrides.filter((o) => on(o.invitees)).length,
      };
    };
    for (const person of model.people) {
      const list = parsed.get(person.email) ?? [];
      const counted = new Map<string, { master: number; overrides: number }>();
      for (const event of list) {
        const entry = counted.get(event.uid) ?? { master: 0, overrides: 0 };
        if (event.override) entry.overrides++;
        else entry.master++;
        counted.set(event.uid, entry);
      }
      const ids = model.byPerson[person.index] ?? [];
      expect(counted.size, person.email).toBe(ids.length);
      for (const id of ids) {
        const meeting = model.meetings[id] as Meeting;
        expect(counted.get(meeting.uid), `${person.email} ${meeting.title}`).toEqual(
          expected(meeting, person.index),
        );
      }
    }
  });

  it("shows each attendee's own answer in their own file, and the organiser's copy may lag", () => {
    const meetings = new Map(model.meetings.map((m) => [m.uid, m]));
    let lagging = 0;
    for (const person of model.people) {
      const seen = new Map<string, number>();
      for (const event of parsed.get(person.email) ?? []) {
        const meeting = meetings.get(event.uid) as Meeting;
        let invitees = meeting.invitees;
        if (event.override) {
          const held = meeting.overrides.filter(
            (o) =>
              meeting.organizer === person.index ||
              o.invitees.some((i) => i.person === person.index),
          );
          const n = seen.get(event.uid) ?? 0;
          seen.set(event.uid, n + 1);
          invitees = held[n]?.invitees ?? [];
        }
        const mine = event.attendees.find((a) => a.email === person.email);
        const intended = invitees.find((i) => i.person === person.index);
        if (intended !== undefined) {
          expect(mine?.partstat, `${person.email} ${meeting.title}`).toBe(intended.answer);
          const organizer = meeting.organizer === null ? null : model.people[meeting.organizer];
          if (
            intended.answer === 'DECLINED' &&
            intended.organizerSees === 'NEEDS-ACTION' &&
            organizer
          ) {
            const copy = (parsed.get(organizer.email) ?? []).find(
              (e) => e.uid === event.uid && e.override === event.override,
            );
            const there = copy?.attendees.find((a) => a.email === person.email);
            if (copy !== undefined && !event.override) {
              expect(there?.partstat).toBe('NEEDS-ACTION');
              lagging++;
            }
          }
        } else if (mine !== undefined) {
          expect(meeting.organizer, `${person.email} ${meeting.title}`).toBe(person.index);
          expect(mine.partstat).toBe('ACCEPTED');
        }
      }
    }
    expect(lagging).toBeGreaterThan(0);
  });

  it('has a manager tree without cycles, rooted at one executive', () => {
    const roots = directory.filter((p) => p.manager === '');
    expect(roots).toHaveLength(1);
    expect(roots[0]?.department).toBe('Executive');
    for (const person of directory) {
      const visited = new Set<string>();
      let at: string = person.email;
      while (at !== '') {
        expect(visited.has(at), `cycle through ${at}`).toBe(false);
        visited.add(at);
        const next = byEmail.get(at);
        expect(next, `unknown manager ${at}`).toBeDefined();
        at = next?.manager ?? '';
      }
    }
    expect(new Set(directory.map((p) => p.email)).size).toBe(directory.length);
    for (const person of directory) expect(person.email).toMatch(/^[a-z0-9.-]+@acme\.example$/);
  });

  it('uses internal-domain addresses for people in the directory only', () => {
    const problems: string[] = [];
    for (const [owner, list] of parsed) {
      for (const event of list) {
        const emails = [
          ...event.attendees.map((a) => a.email),
          ...(event.organizer === null ? [] : [event.organizer]),
        ];
        for (const email of emails) {
          if (isInternal(email) && !byEmail.has(email)) problems.push(`${owner}: ${email}`);
        }
        for (const room of event.attendees.filter(isRoom)) {
          if (isInternal(room.email)) problems.push(`${owner}: room ${room.email}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has series organised by market-oriented people that invite two or more salespeople', () => {
    const market = new Set(['Product Management', 'Product Marketing', 'Marketing']);
    const invitesSales = [...parsed].flatMap(([owner, list]) =>
      market.has(byEmail.get(owner)?.department ?? '')
        ? list.filter(
            (e) =>
              e.rrule &&
              e.organizer === owner &&
              e.attendees.filter((a) => byEmail.get(a.email)?.department === 'Sales').length >= 2,
          )
        : [],
    );
    expect(invitesSales.length).toBeGreaterThan(5);
  });

  it('exercises the quirks real exports have', () => {
    const all = org.calendars.map((c) => c.ics).join('');
    expect(all).toMatch(/TZID=Pacific Standard Time:|TZID="[A-Za-z. ]+Standard Time":/); // Windows names (NOTES 1)
    expect(all).toMatch(/TZID="[A-Za-z. ]+ Standard Time":/); // quoted TZID parameter
    expect(all).toMatch(/\r\nRRULE:FREQ=WEEKLY;UNTIL=\d{8};/); // date-only UNTIL on a timed series (NOTES 3)
    expect(all).toMatch(/\r\nRECURRENCE-ID:\d{8}T\d{6}Z\r\n/); // RECURRENCE-ID in UTC (NOTES 4)
    expect(all).toMatch(/BYDAY=[A-Z]{2};BYSETPOS=-?\d/); // Outlook nth weekday (NOTES 9)
    expect(all).toMatch(/EXDATE;TZID=[^:]+:\d{8}T000000/); // all-day series EXDATE as local midnight (NOTES 2)
    expect(all).toMatch(/\r\nSTATUS:CANCELLED\r\n/); // cancelled instances and meetings (NOTES 8)
    expect(all).toMatch(/\r\nX-WR-TIMEZONE:/);
    expect(all).toMatch(/CUTYPE=ROOM/);
    expect(all).toMatch(/\r\nTRANSP:TRANSPARENT\r\n/);
    expect(all).toMatch(/DTSTART;VALUE=DATE:\d{8}/);
    expect(all).toMatch(/PARTSTAT=DECLINED/);
    expect(all).toMatch(/PARTSTAT=TENTATIVE/);
    // Override-only instances: someone invited to one instance holds no series for it (NOTES 7).
    const overrideOnly = [...parsed.values()].some((list) =>
      list.some((e) => e.override && !list.some((m) => m.uid === e.uid && !m.override)),
    );
    expect(overrideOnly).toBe(true);
    // A maintenance window across the US spring-forward night: 00:00–04:00 local is 3 real hours.
    expect(all).toMatch(/DTSTART;TZID=(America\/New_York|Eastern Standard Time):20260308T000000/);
    // Non-ASCII names fold without splitting characters (checked above) and are present.
    expect(org.directoryCsv).toMatch(/[^\x20-\x7e\n]/);
  });
});
