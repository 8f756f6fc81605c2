// A deterministic organisation: its directory CSV and every person's calendar export. The demo
// org (about 120 people) and the import and report benchmarks (1,000 and 10,000) come from here.
// Pure: the seed and start date come in as options; nothing reads the clock or Math.random.
import { renderCalendar } from './ics-writer.js';
import type { Meeting, MeetingKind, OrgMeetings } from './meetings.js';
import { DAY_MS, WEEK_MS, generateMeetings, occurrencesOf } from './meetings.js';
import type { Person } from './people.js';
import { generatePeople } from './people.js';
import { createRandom } from './random.js';

export interface OrgOptions {
  people: number;
  seed: number;
  /** `YYYY-MM-DD`, a Monday: the first day of the generated range. */
  start: string;
  weeks: number;
  /** The org's e-mail domain (default `acme.example`). */
  domain?: string;
}

/** The part of `orient.config.yaml` the generated org needs. */
export interface OrgConfig {
  timezone: string;
  internalDomains: string[];
}

export interface RoleFacts {
  people: number;
  /** Attended occurrences per person per week (not overlap-merged). */
  meetingsPerWeek: number;
  /** Attended hours per person per week (not overlap-merged). */
  hoursPerWeek: number;
}

export interface OrgFacts {
  people: number;
  start: string;
  /** The day after the range, `YYYY-MM-DD`. */
  end: string;
  weeks: number;
  departments: Record<string, number>;
  roles: Record<string, number>;
  /** Distinct events (UIDs), including solo blocks and all-day events. */
  meetings: number;
  series: number;
  overrides: number;
  /** Instances starting in the range, cancelled ones left out. */
  occurrences: number;
  byKind: Record<string, { meetings: number; occurrences: number }>;
  perRole: Record<string, RoleFacts>;
  files: number;
  /** VEVENT components written over all files. */
  components: number;
  /** UTF-8 octets of all calendar files. */
  calendarBytes: number;
  directoryBytes: number;
  config: OrgConfig;
}

export interface OrgCalendar {
  owner: string;
  fileName: string;
  ics: string;
}

export interface Org {
  directoryCsv: string;
  config: OrgConfig;
  calendars: OrgCalendar[];
  facts: OrgFacts;
}

/** The generated people and meetings before they are written out. */
export interface OrgModel extends OrgMeetings {
  people: Person[];
  config: OrgConfig;
  options: Required<OrgOptions>;
}

const DEFAULT_DOMAIN = 'acme.example';
const ORG_TIMEZONE = 'America/New_York';

function parseStart(start: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  const ms =
    match === null ? NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== start) {
    throw new RangeError(`start must be a date YYYY-MM-DD, got '${start}'`);
  }
  if (new Date(ms).getUTCDay() !== 1) throw new RangeError(`start must be a Monday, got ${start}`);
  return ms;
}

/** People and meetings for `options`; the same options give the same model. */
export function buildOrgModel(options: OrgOptions): OrgModel {
  const start = parseStart(options.start);
  if (!Number.isInteger(options.weeks) || options.weeks < 1 || options.weeks > 104) {
    throw new RangeError(`weeks must be an integer from 1 to 104, got ${options.weeks}`);
  }
  const domain = (options.domain ?? DEFAULT_DOMAIN).toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain))
    throw new RangeError(`not a domain: '${domain}'`);
  const random = createRandom(options.seed);
  const people = generatePeople(options.people, domain, random.fork('people'));
  const meetings = generateMeetings(
    people,
    { start, weeks: options.weeks, domain },
    random.fork('meetings'),
  );
  return {
    ...meetings,
    people,
    config: { timezone: ORG_TIMEZONE, internalDomains: [domain] },
    options: { ...options, domain },
  };
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The directory: email,name,department,role,manager,timezone with a header row. */
export function directoryCsv(people: readonly Person[]): string {
  const rows = ['email,name,department,role,manager,timezone'];
  for (const person of people) {
    const manager = person.manager === null ? '' : (people[person.manager]?.email ?? '');
    rows.push(
      [person.email, person.name, person.department, person.role, manager, person.zone]
        .map(csvCell)
        .join(','),
    );
  }
  return rows.join('\n') + '\n';
}

/** Attended occurrences and hours per person, as PRODUCT.md rule 2 reads them (no overlap merge). */
function attendance(model: OrgModel): {
  counts: Float64Array;
  hours: Float64Array;
  occurrences: Map<Meeting, number>;
} {
  const counts = new Float64Array(model.people.length);
  const hours = new Float64Array(model.people.length);
  const occurrences = new Map<Meeting, number>();
  for (const meeting of model.meetings) {
    const list = occurrencesOf(meeting, model.rangeStart, model.rangeEnd);
    occurrences.set(meeting, list.length);
    if (meeting.allDay || meeting.transparent) continue;
    for (const occurrence of list) {
      const length = occurrence.end - occurrence.start;
      if (length >= DAY_MS) continue;
      const invitees = occurrence.override?.invitees ?? meeting.invitees;
      const attend = (person: number) => {
        counts[person] = (counts[person] ?? 0) + 1;
        hours[person] = (hours[person] ?? 0) + length / 3_600_000;
      };
      if (meeting.organizer !== null) attend(meeting.organizer);
      if (meeting.owner !== null) attend(meeting.owner);
      for (const invitee of invitees) if (invitee.answer !== 'DECLINED') attend(invitee.person);
    }
  }
  return { counts, hours, occurrences };
}

function tally(
  model: OrgModel,
): Omit<OrgFacts, 'files' | 'components' | 'calendarBytes' | 'directoryBytes'> {
  const departments: Record<string, number> = {};
  const roles: Record<string, number> = {};
  for (const person of model.people) {
    departments[person.department] = (departments[person.department] ?? 0) + 1;
    roles[person.role] = (roles[person.role] ?? 0) + 1;
  }
  const { counts, hours, occurrences } = attendance(model);
  const perRole: Record<string, RoleFacts> = {};
  const weeks = model.options.weeks;
  for (const person of model.people) {
    const facts = (perRole[person.role] ??= { people: 0, meetingsPerWeek: 0, hoursPerWeek: 0 });
    const n = roles[person.role] ?? 1;
    facts.people += 1;
    facts.meetingsPerWeek += (counts[person.index] ?? 0) / weeks / n;
    facts.hoursPerWeek += (hours[person.index] ?? 0) / weeks / n;
  }
  for (const facts of Object.values(perRole)) {
    facts.meetingsPerWeek = Math.round(facts.meetingsPerWeek * 10) / 10;
    facts.hoursPerWeek = Math.round(facts.hoursPerWeek * 10) / 10;
  }
  const byKind: Record<string, { meetings: number; occurrences: number }> = {};
  let series = 0;
  let overrides = 0;
  let total = 0;
  for (const meeting of model.meetings) {
    const kind: MeetingKind = meeting.kind;
    const entry = (byKind[kind] ??= { meetings: 0, occurrences: 0 });
    const n = occurrences.get(meeting) ?? 0;
    entry.meetings += 1;
    entry.occurrences += n;
    total += n;
    if (meeting.repeat !== null) series += 1;
    overrides += meeting.overrides.length;
  }
  return {
    people: model.people.length,
    start: model.options.start,
    end: new Date(model.rangeStart + weeks * WEEK_MS).toISOString().slice(0, 10),
    weeks,
    departments,
    roles,
    meetings: model.meetings.length,
    series,
    overrides,
    occurrences: total,
    byKind,
    perRole,
    config: model.config,
  };
}

/** Which calendars a call writes: those of people whose index is `index` modulo `count`. */
export interface FilePart {
  index: number;
  count: number;
}

/**
 * Generates the org and hands each file to `sink` as UTF-8 as soon as it is written —
 * `people.csv`, then `calendars/<email>.ics` per person — so a caller can stream 10,000 calendars
 * to disk. The bytes are the sink's to keep. With `part`, only that share of the calendars is
 * written (and people.csv by part 0): parallel writers each build the same model from the seed.
 */
export function generateOrgFiles(
  options: OrgOptions,
  sink: (name: string, utf8: Uint8Array) => void,
  part: FilePart = { index: 0, count: 1 },
): OrgFacts {
  const model = buildOrgModel(options);
  let directoryBytes = 0;
  if (part.index === 0) {
    const directory = new TextEncoder().encode(directoryCsv(model.people));
    directoryBytes = directory.length;
    sink('people.csv', directory);
  }
  const context = { people: model.people, meetings: model.meetings, exportedAt: model.exportedAt };
  let files = 0;
  let components = 0;
  let calendarBytes = 0;
  for (const person of model.people) {
    if (person.index % part.count !== part.index) continue;
    const file = renderCalendar(person, model.byPerson[person.index] ?? [], context);
    files += 1;
    components += file.components;
    calendarBytes += file.bytes.length;
    sink(`calendars/${person.email}.ics`, file.bytes);
  }
  return { ...tally(model), files, components, calendarBytes, directoryBytes };
}

/** Adds up the facts of the parts of one org written in parallel. */
export function mergeFacts(parts: readonly OrgFacts[]): OrgFacts {
  const [first, ...rest] = parts;
  if (first === undefined) throw new RangeError('no parts to merge');
  const merged = { ...first };
  for (const part of rest) {
    merged.files += part.files;
    merged.components += part.components;
    merged.calendarBytes += part.calendarBytes;
    merged.directoryBytes += part.directoryBytes;
  }
  return merged;
}

/** The whole org in memory as text: fine for the demo and 1,000 people; stream larger ones. */
export function generateOrg(options: OrgOptions): Org {
  const decoder = new TextDecoder();
  let directory = '';
  const calendars: OrgCalendar[] = [];
  const facts = generateOrgFiles(options, (name, utf8) => {
    const text = decoder.decode(utf8);
    if (name === 'people.csv') directory = text;
    else {
      const fileName = name.slice('calendars/'.length);
      calendars.push({ owner: fileName.slice(0, -'.ics'.length), fileName, ics: text });
    }
  });
  return { directoryCsv: directory, config: facts.config, calendars, facts };
}
