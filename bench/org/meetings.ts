// The org's meetings over a range of whole weeks: what each role's calendar holds, placed where
// the people involved are free. Pure: people, range and a seeded Random in; a plain model out.
//
// Times are "local ms": the wall-clock reading in the meeting's zone written as if it were UTC
// milliseconds (Date.UTC of the fields). people.ts turns them into instants.
import type { CalendarApp, HolidayRegion, Person, ZoneId } from './people.js';
import { ZONES, dstSwitches, mailboxPart, nthWeekday, randomName, toUtc } from './people.js';
import type { Random } from './random.js';
import { DerivedNumbers } from './random.js';

export const MINUTE_MS = 60_000;
export const DAY_MS = 1440 * MINUTE_MS;
export const WEEK_MS = 7 * DAY_MS;

export type PartStat = 'ACCEPTED' | 'TENTATIVE' | 'DECLINED' | 'NEEDS-ACTION';

/** What the generator meant a meeting to be (the reports must find this out from the text). */
export type MeetingKind =
  | 'one-on-one'
  | 'team'
  | 'market'
  | 'training'
  | 'customer'
  | 'internal'
  | 'external'
  | 'interview'
  | 'solo'
  | 'all-day'
  | 'maintenance'
  | 'kickoff';

/** An internal person invited (the organiser is not one). */
export interface Invitee {
  person: number;
  /** The answer in the invitee's own calendar. */
  answer: PartStat;
  /** The answer as the organiser's copy shows it: it can lag behind (NEEDS-ACTION). */
  organizerSees: PartStat;
  optional: boolean;
}

/** A person outside the org: customer, candidate, agency, auditor. */
export interface Guest {
  email: string;
  name: string;
  answer: PartStat;
}

export interface Room {
  email: string;
  name: string;
}

/** The recurrence rules the generator writes: weekly on some days, or monthly on the nth weekday. */
export interface Repeat {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** Weekdays, 0 = Monday, ascending. MONTHLY uses one day with `nth` (1–4, or -1 for the last). */
  days: number[];
  nth: number;
  count?: number;
  /** Start of the last occurrence when the series ends by date (written as UNTIL). */
  last?: number;
}

/** One instance changed: moved, cancelled, answered differently, or with an extra invitee. */
export interface Override {
  /** The original start of the instance (RECURRENCE-ID), local ms in the meeting's zone. */
  recurrenceId: number;
  start: number;
  end: number;
  cancelled: boolean;
  /** This instance's invitees: the series' ones with this instance's answers and additions. */
  invitees: Invitee[];
  sequence: number;
  modified: number;
}

export interface Meeting {
  id: number;
  uid: string;
  kind: MeetingKind;
  title: string;
  /** The organiser's own text, '' for the default by kind (see meetingNotes). */
  description: string;
  location: string;
  /** Has a video link (derived from the UID when written: see conferenceLink). */
  online: boolean;
  zone: ZoneId;
  /** Written with UTC times (scheduling tools, customers' invitations). One-offs only. */
  utc: boolean;
  allDay: boolean;
  /** Local ms in `zone`; for all-day events local midnights, `end` exclusive. */
  start: number;
  end: number;
  /** Internal organiser; null for solo blocks and invitations from outside. */
  organizer: number | null;
  externalOrganizer: Guest | null;
  /** The person whose calendar a solo block (no attendees) sits in. */
  owner: number | null;
  invitees: Invitee[];
  guests: Guest[];
  rooms: Room[];
  transparent: boolean;
  cancelled: boolean;
  repeat: Repeat | null;
  exdates: number[];
  overrides: Override[];
  sequence: number;
  /** UTC ms. */
  created: number;
  modified: number;
  /** The organiser's calendar app, which shaped the UID. */
  app: CalendarApp | 'external';
}

export interface OrgMeetings {
  meetings: Meeting[];
  /** For each person, the ids of meetings with any component in their calendar, ascending. */
  byPerson: number[][];
  /** Local midnight of the first Monday and of the day after the last Sunday. */
  rangeStart: number;
  rangeEnd: number;
  /** UTC ms the exports were taken (DTSTAMP). */
  exportedAt: number;
}

export interface MeetingOptions {
  /** Local ms of the first Monday. */
  start: number;
  weeks: number;
  domain: string;
}

// ---------------------------------------------------------------------------------------------
// Recurrence, as far as the generator uses it (RFC 5545 §3.3.10 WEEKLY with BYDAY, MONTHLY with
// an ordinal BYDAY).

export function weekdayOf(localMs: number): number {
  return (((Math.floor(localMs / DAY_MS) + 3) % 7) + 7) % 7;
}

/** Starts the rule generates from `start` (DTSTART) before EXDATEs and overrides, below `until`. */
export function ruleStarts(start: number, repeat: Repeat, until: number): number[] {
  const out: number[] = [];
  const midnight = Math.floor(start / DAY_MS) * DAY_MS;
  const timeOfDay = start - midnight;
  const ended = (t: number) =>
    t >= until ||
    (repeat.last !== undefined && t > repeat.last) ||
    (repeat.count !== undefined && out.length >= repeat.count);
  if (repeat.freq === 'WEEKLY') {
    const monday = midnight - weekdayOf(start) * DAY_MS;
    for (let week = monday; ; week += repeat.interval * WEEK_MS) {
      for (const day of repeat.days) {
        const t = week + day * DAY_MS + timeOfDay;
        if (t < start) continue;
        if (ended(t)) return out;
        out.push(t);
      }
    }
  }
  const first = new Date(start);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth() + 1;
  for (;;) {
    const t = nthWeekday(year, month, repeat.days[0] ?? 0, repeat.nth) + timeOfDay;
    if (t >= start) {
      if (ended(t)) return out;
      out.push(t);
    }
    month += repeat.interval;
    while (month > 12) {
      month -= 12;
      year++;
    }
  }
}

export interface Occurrence {
  start: number;
  end: number;
  override: Override | null;
}

/** Instances starting in [from, to): EXDATEs removed, overrides applied, cancelled ones dropped. */
export function occurrencesOf(meeting: Meeting, from: number, to: number): Occurrence[] {
  if (meeting.cancelled) return [];
  if (meeting.repeat === null) {
    const inside = meeting.start >= from && meeting.start < to;
    return inside ? [{ start: meeting.start, end: meeting.end, override: null }] : [];
  }
  const length = meeting.end - meeting.start;
  const excluded = new Set(meeting.exdates);
  const overrides = new Map(meeting.overrides.map((o) => [o.recurrenceId, o]));
  const out: Occurrence[] = [];
  for (const t of ruleStarts(meeting.start, meeting.repeat, to)) {
    if (t < from || excluded.has(t)) continue;
    const override = overrides.get(t);
    if (override === undefined) out.push({ start: t, end: t + length, override: null });
    else if (!override.cancelled) out.push({ start: override.start, end: override.end, override });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Public holidays (fixed dates and Easter-based ones; weekend shifts ignored).

function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

export function holidays(region: HolidayRegion, year: number): { date: number; name: string }[] {
  const d = (month: number, day: number) => Date.UTC(year, month - 1, day);
  const easter = easterSunday(year);
  const list: [number, string][] = [];
  switch (region) {
    case 'us':
      list.push(
        [d(1, 1), "New Year's Day"],
        [nthWeekday(year, 1, 0, 3), 'Martin Luther King Jr. Day'],
        [nthWeekday(year, 2, 0, 3), "Presidents' Day"],
        [nthWeekday(year, 5, 0, -1), 'Memorial Day'],
        [d(6, 19), 'Juneteenth'],
        [d(7, 4), 'Independence Day'],
        [nthWeekday(year, 9, 0, 1), 'Labor Day'],
        [nthWeekday(year, 11, 3, 4), 'Thanksgiving'],
        [nthWeekday(year, 11, 3, 4) + DAY_MS, 'Day after Thanksgiving'],
        [d(12, 25), 'Christmas Day'],
      );
      break;
    case 'uk':
      list.push(
        [d(1, 1), "New Year's Day"],
        [easter - 2 * DAY_MS, 'Good Friday'],
        [easter + DAY_MS, 'Easter Monday'],
        [nthWeekday(year, 5, 0, 1), 'Early May bank holiday'],
        [nthWeekday(year, 5, 0, -1), 'Spring bank holiday'],
        [nthWeekday(year, 8, 0, -1), 'Summer bank holiday'],
        [d(12, 25), 'Christmas Day'],
        [d(12, 26), 'Boxing Day'],
      );
      break;
    case 'de':
      list.push(
        [d(1, 1), 'Neujahr'],
        [easter - 2 * DAY_MS, 'Karfreitag'],
        [easter + DAY_MS, 'Ostermontag'],
        [d(5, 1), 'Tag der Arbeit'],
        [easter + 39 * DAY_MS, 'Christi Himmelfahrt'],
        [easter + 50 * DAY_MS, 'Pfingstmontag'],
        [d(10, 3), 'Tag der Deutschen Einheit'],
        [d(12, 25), '1. Weihnachtstag'],
        [d(12, 26), '2. Weihnachtstag'],
      );
      break;
    case 'in':
      list.push(
        [d(1, 26), 'Republic Day'],
        [d(8, 15), 'Independence Day'],
        [d(10, 2), 'Gandhi Jayanti'],
      );
      break;
    case 'au':
      list.push(
        [d(1, 1), "New Year's Day"],
        [d(1, 26), 'Australia Day'],
        [easter - 2 * DAY_MS, 'Good Friday'],
        [easter + DAY_MS, 'Easter Monday'],
        [d(4, 25), 'Anzac Day'],
        [nthWeekday(year, 6, 0, 2), "King's Birthday"],
        [nthWeekday(year, 10, 0, 1), 'Labour Day'],
        [d(12, 25), 'Christmas Day'],
        [d(12, 26), 'Boxing Day'],
      );
      break;
  }
  return list.filter(([date]) => weekdayOf(date) < 5).map(([date, name]) => ({ date, name }));
}

// ---------------------------------------------------------------------------------------------
// What meetings are about: customers, rooms, titles, descriptions and video links.

function list(text: string): readonly string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const COMPANIES = list(`
  Globex, Initech, Umbrella Corporation, Hooli, Northwind Traders, Contoso, Fabrikam,
  Tailspin Toys, Wide World Importers, Adventure Works, Litware, Proseware, Woodgrove Bank,
  Coho Winery, Alpine Ski House, Blue Yonder Airlines, Fourth Coffee, Lucerne Publishing,
  Trey Research, Wingtip Toys, Humongous Insurance, Munson's Pickles, Müller Maschinenbau,
  Société Lumière, Ñandú Logística, Østfold Marine, Café Olé Roasters, Zürich Précision,
  Kraków Software, Łódź Textiles, São Paulo Agro, Nordisk Fjord Freight, İstanbul Teknoloji,
  Smørrebrød Foods, Vandelay Industries, Massive Dynamic, Soylent, Cyberdyne Systems
`);
const ADJECTIVES = list(`
  Blue, Silver, Northern, Summit, Granite, Coastal, Bright, Iron, Cedar, Maple, Pioneer,
  Quantum, Harbor, Evergreen, Crescent, Atlas, Vertex, Nimbus, Solar, Polar
`);
const NOUNS = list(`
  Ridge, Valley, Peak, River, Forge, Field, Bridge, Stone, Lake, Gate, Point, Crest, Works,
  Labs, Systems, Logistics, Health, Foods, Energy, Freight
`);
const SUFFIXES = list('Inc, Ltd, GmbH, AG, SA, LLC, Group, Holdings, S.L., Pty Ltd');

const AREAS = list(`
  Analytics, Integrations, Mobile, Billing, Platform, Reporting, Workflow automation,
  Security & compliance, Admin console, Data import
`);
const ENABLEMENT_TOPICS = list(`
  competitive battlecards, new pricing tiers, objection handling, discovery questions,
  ROI calculator, the analytics add-on, security questionnaires, multi-year deals
`);
const EBOOK_TOPICS = list(`
  5 ways to cut reporting time, The buyer's guide to workflow automation,
  Security & compliance checklist, Data-driven sales teams
`);
const COMPETITORS = list('Vexa, Planbright, Stratify, Orbitly');
const AGENCIES: readonly [string, string][] = [
  ['BrightSignal Agency', 'brightsignal.example'],
  ['Loop & Lantern Creative', 'loopandlantern.example'],
];
const VENDORS: readonly [string, string][] = [
  ['Loglytics', 'loglytics.example'],
  ['CloudForge', 'cloudforge.example'],
  ['Eventora', 'eventora.example'],
];
const AUDITORS: readonly [string, string] = ['Price & Partners LLP', 'pricepartners.example'];

const OFFICES: Record<ZoneId, { code: string; rooms: readonly string[] }> = {
  'America/New_York': { code: 'NYC', rooms: list('Hudson, Liberty, Brooklyn, Chelsea, Harlem') },
  'America/Chicago': { code: 'CHI', rooms: list('Lakeshore, Wrigley, Loop') },
  'America/Los_Angeles': { code: 'LAX', rooms: list('Venice, Malibu, Topanga, Echo Park') },
  'Europe/London': { code: 'LON', rooms: list('Thames, Soho, Camden, Brixton') },
  'Europe/Berlin': { code: 'BER', rooms: list('Spree, Kreuzberg, Tiergarten, Mitte') },
  'Asia/Kolkata': { code: 'BLR', rooms: list('Indiranagar, Koramangala, Whitefield') },
  'Australia/Sydney': { code: 'SYD', rooms: list('Bondi, Manly, Circular Quay') },
};

function roomIn(zone: ZoneId, random: Random): Room {
  const office = OFFICES[zone];
  const index = random.int(0, office.rooms.length - 1);
  const floor = 2 + (index % 4);
  const letter = 'abcde'[index] ?? 'a';
  const name = office.rooms[index] ?? 'Main';
  return {
    email: `room-${office.code.toLowerCase()}-${floor}${letter}@resource.calendar.google.com`,
    name: `${office.code}-${floor}-${name} (${4 + 2 * index})`,
  };
}

interface Account {
  name: string;
  domain: string;
  contacts: { email: string; name: string }[];
}

function makeAccounts(count: number, random: Random): Account[] {
  const accounts: Account[] = [];
  const domains = new Set<string>();
  for (let i = 0; i < count; i++) {
    const name =
      i < COMPANIES.length
        ? (COMPANIES[i] as string)
        : `${random.pick(ADJECTIVES)} ${random.pick(NOUNS)} ${random.pick(SUFFIXES)}`;
    const words = name.split(' ').filter((word) => !SUFFIXES.includes(word));
    const stem = words.map(mailboxPart).join('');
    let domain = `${stem}.example`;
    for (let n = 2; domains.has(domain); n++) domain = `${stem}${n}.example`;
    domains.add(domain);
    const contacts: { email: string; name: string }[] = [];
    for (let c = random.int(2, 4); c > 0; c--) {
      const person = randomName(random);
      const mailbox = `${mailboxPart(person.first)}.${mailboxPart(person.last)}`;
      if (contacts.some((contact) => contact.email.startsWith(`${mailbox}@`))) continue;
      contacts.push({ email: `${mailbox}@${domain}`, name: `${person.first} ${person.last}` });
    }
    if (random.chance(0.25))
      contacts.push({ email: `buyer@${domain}`, name: `${name} Procurement` });
    accounts.push({ name, domain, contacts });
  }
  return accounts;
}

const CALL_STAGES: Record<string, readonly (readonly [string, number])[]> = {
  'Account Executive': [
    ['Discovery call', 20],
    ['Product demo', 20],
    ['Technical deep-dive', 10],
    ['Pricing discussion', 10],
    ['Proposal review', 10],
    ['Negotiation', 8],
    ['Contract review', 6],
    ['Follow-up', 10],
    ['Security review', 6],
  ],
  'Sales Representative': [
    ['Intro call', 50],
    ['Qualification call', 30],
    ['First meeting', 20],
  ],
  'Account Manager': [
    ['Expansion discussion', 30],
    ['Renewal negotiation', 20],
    ['Account review', 30],
    ['Upsell: analytics add-on', 20],
  ],
  'Customer Success Manager': [
    ['QBR', 30],
    ['Escalation: data sync issue', 20],
    ['Health check', 30],
    ['Adoption review', 20],
  ],
};

function callTitle(stage: string, account: string, random: Random): string {
  switch (random.int(0, 3)) {
    case 0:
      return `${stage} — ${account}`;
    case 1:
      return `${account} | ${stage}`;
    case 2:
      return `${stage}: ${account}`;
    default:
      return `${account} - ${stage}`;
  }
}

function oneOnOneTitle(manager: Person, report: Person, random: Random): string {
  const m = manager.name.split(' ')[0] ?? manager.name;
  const r = report.name.split(' ')[0] ?? report.name;
  switch (random.int(0, 4)) {
    case 0:
      return `${m} / ${r} 1:1`;
    case 1:
      return `1:1 ${r} <> ${m}`;
    case 2:
      return `${r} & ${m} – weekly 1-1`;
    case 3:
      return `One-on-one: ${report.name}`;
    default:
      return `${r} 1on1`;
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** What text generation needs of a random stream: a Random, or DerivedNumbers at write time. */
interface Numbers {
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  hex(length: number): string;
}

function letters(random: Numbers, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += LETTERS[random.int(0, 25)];
  return out;
}

function digits(random: Numbers, length: number): string {
  let out = String(random.int(1, 9));
  for (let i = 1; i < length; i++) out += String(random.int(0, 9));
  return out;
}

function makeUid(app: CalendarApp | 'external', random: Random): string {
  switch (app) {
    case 'google':
      return `${random.hex(26)}@google.com`;
    case 'outlook':
      return `040000008200E00074C5B7101A82E00800000000${random.hex(42).toUpperCase()}`;
    case 'apple': {
      const h = random.hex(32).toUpperCase();
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-A${h.slice(17, 20)}-${h.slice(20)}`;
    }
    case 'external':
      return random.chance(0.5)
        ? `calendly-${random.hex(24)}@calendly.com`
        : `zoom-${random.hex(20)}@zoom.us`;
  }
}

/**
 * The meeting's video link, '' when it has none: Meet, Teams or Zoom by the organiser's app.
 * Derived from the meeting when written, so a million meetings need not hold their links.
 */
export function conferenceLink(meeting: Meeting, company: string): string {
  if (!meeting.online) return '';
  const random = new DerivedNumbers(meeting.created ^ meeting.id);
  switch (meeting.app) {
    case 'google':
      return `https://meet.google.com/${letters(random, 3)}-${letters(random, 4)}-${letters(random, 3)}`;
    case 'outlook':
      return (
        `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${random.hex(48)}%40thread.v2/0` +
        `?context=%7b%22Tid%22%3a%22${random.hex(32)}%22%7d`
      );
    case 'apple':
    case 'external': {
      const host = meeting.externalOrganizer?.email.split('@')[1]?.split('.')[0] ?? company;
      return `https://${host}.zoom.us/j/${digits(random, 11)}?pwd=${random.hex(32)}`;
    }
  }
}

const AGENDAS = [
  'Agenda: introductions, your goals for the quarter; timeline, budget and next steps.',
  'Agenda:\n- Recap of last call\n- Live demo (analytics, reporting)\n- Open questions; next steps',
  'Agenda: pricing options, contract terms, rollout plan.',
];

/** The organiser's own words in the description ('' for none): agenda, goal, pre-read. */
export function meetingNotes(meeting: Meeting): string {
  if (meeting.description !== '') return meeting.description;
  if (meeting.kind === 'customer') {
    const contact = meeting.guests[0]?.name ?? meeting.externalOrganizer?.name ?? 'there';
    const agenda = AGENDAS[(meeting.id >>> 3) % AGENDAS.length] ?? '';
    return `Hi ${contact.split(' ')[0] ?? contact},\n\n${agenda}`;
  }
  if (meeting.kind === 'market') {
    return (
      `Goal: ${meeting.title.toLowerCase()}.\nWe'd love input from Sales: what are customers asking ` +
      `for, and where do deals stall?\n\nPre-read: https://docs.example/d/${mailboxPart(meeting.title)} ` +
      `(comments welcome; please add your notes before the meeting)`
    );
  }
  return '';
}

/** The numbers a video meeting's invitation shows: twelve digits of meeting ID and a passcode. */
export function meetingCodes(meeting: Meeting): { id: string; passcode: string } {
  const random = new DerivedNumbers(meeting.modified ^ meeting.id);
  return { id: digits(random, 12), passcode: digits(random, 6) };
}

// ---------------------------------------------------------------------------------------------
// Who is free when. Quarter-hour slots over nine days per person and week (the Sunday before to
// the Monday after), on a UTC clock shifted by each zone's standard offset, so people in
// different zones share one clock. Good enough to keep calendars plausible; DST drift ignored.

const SLOT_MINUTES = 15;
const GRID = 9 * 96;
const ZONE_IDS = Object.keys(ZONES) as ZoneId[];

/** The slot of a wall-clock minute of the week (0 = Monday 00:00) in `zone`. */
function slotOf(zone: ZoneId, minuteOfWeek: number): number {
  return Math.floor((minuteOfWeek - ZONES[zone].standard.offset + 1440) / SLOT_MINUTES);
}

class Grid {
  private readonly busy: Uint8Array;
  private readonly zoneOf: Uint8Array;
  private readonly workCost: Uint8Array[];

  constructor(
    people: readonly Person[],
    private readonly weeks: number,
  ) {
    this.busy = new Uint8Array(people.length * weeks * GRID);
    this.zoneOf = Uint8Array.from(people, (person) => ZONE_IDS.indexOf(person.zone));
    // 0 inside 9:00–17:30 on weekdays, 1 within 8:00–18:30, 6 otherwise.
    this.workCost = ZONE_IDS.map((zone) => {
      const cost = new Uint8Array(GRID);
      for (let slot = 0; slot < GRID; slot++) {
        const local = slot * SLOT_MINUTES - 1440 + ZONES[zone].standard.offset;
        const day = Math.floor(local / 1440);
        const minute = local - day * 1440;
        const weekday = day >= 0 && day <= 4;
        cost[slot] =
          weekday && minute >= 540 && minute < 1050
            ? 0
            : weekday && minute >= 480 && minute < 1110
              ? 1
              : 6;
      }
      return cost;
    });
  }

  /** Infinity when the first person is busy; otherwise clashes of the others plus odd hours. */
  cost(
    persons: readonly number[],
    week: number,
    slot: number,
    length: number,
    limit = Infinity,
  ): number {
    if (week < 0 || week >= this.weeks || slot < 0 || slot + length > GRID) return Infinity;
    let total = 0;
    for (let i = 0; i < persons.length; i++) {
      const person = persons[i] as number;
      const base = (person * this.weeks + week) * GRID + slot;
      const work = this.workCost[this.zoneOf[person] as number] as Uint8Array;
      for (let k = 0; k < length; k++) {
        if (this.busy[base + k] === 1) {
          if (i === 0) return Infinity;
          total += 10;
        }
        total += work[slot + k] as number;
      }
      if (total >= limit) return total;
    }
    return total;
  }

  mark(persons: readonly number[], week: number, slot: number, length: number): void {
    if (week < 0 || week >= this.weeks) return;
    const from = Math.max(0, slot);
    const to = Math.min(GRID, slot + length);
    for (const person of persons) {
      const base = (person * this.weeks + week) * GRID;
      this.busy.fill(1, base + from, base + to);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The builder: places series, one-offs, solo blocks and all-day events, and records who holds what.

type AnswerStyle = 'firm' | 'normal' | 'busy' | 'call';

const ANSWERS: Record<AnswerStyle, readonly (readonly [PartStat, number])[]> = {
  firm: [
    ['ACCEPTED', 96],
    ['TENTATIVE', 2],
    ['NEEDS-ACTION', 2],
  ],
  normal: [
    ['ACCEPTED', 80],
    ['TENTATIVE', 7],
    ['DECLINED', 5],
    ['NEEDS-ACTION', 8],
  ],
  busy: [
    ['ACCEPTED', 74],
    ['TENTATIVE', 9],
    ['DECLINED', 9],
    ['NEEDS-ACTION', 8],
  ],
  call: [
    ['ACCEPTED', 92],
    ['TENTATIVE', 4],
    ['DECLINED', 2],
    ['NEEDS-ACTION', 2],
  ],
};

type Group = 'americas' | 'emea' | 'apac';

function groupOf(zone: ZoneId): Group {
  switch (ZONES[zone].region) {
    case 'us':
      return 'americas';
    case 'uk':
    case 'de':
      return 'emea';
    case 'in':
    case 'au':
      return 'apac';
  }
}

interface SeriesPlan {
  kind: MeetingKind;
  title: string;
  /** The organiser; for a solo series, the owner. */
  organizer: number;
  invitees?: readonly number[];
  minutes: number;
  interval?: number;
  /** Fixed weekdays (a standup); otherwise one weekday is chosen. */
  days?: readonly number[];
  /** Monthly on this nth weekday instead of weekly. */
  monthly?: number;
  /** Organiser-local minutes of the day the meeting must fit in (default 9:00–17:00). */
  earliest?: number;
  latest?: number;
  firstWeek?: number;
  /** Weeks (months when monthly) the series ran before `firstWeek`. */
  since?: number;
  /** The series ends before this week (UNTIL, or COUNT with `byCount`). */
  lastWeek?: number;
  byCount?: boolean;
  guests?: Guest[];
  externalOrganizer?: Guest;
  answers?: AnswerStyle;
  room?: number;
  description?: string;
  /** People one instance may add as an extra guest (an override only they hold). */
  guestPool?: readonly number[];
  solo?: boolean;
  transparent?: boolean;
  moveChance?: number;
  cancelChance?: number;
}

interface OneOffPlan {
  kind: MeetingKind;
  title: string;
  /** The organiser, or for an invitation from outside the invitee whose calendar places it. */
  anchor: number;
  externalOrganizer?: Guest;
  invitees?: readonly number[];
  minutes: number;
  week: number;
  days?: readonly number[];
  earliest?: number;
  latest?: number;
  guests?: Guest[];
  utc?: boolean;
  room?: number;
  description?: string;
  answers?: AnswerStyle;
  solo?: boolean;
  transparent?: boolean;
  /** Give up when the best slot found costs more (0: free, inside working hours). */
  maxCost?: number;
}

interface CallRecord {
  meeting: Meeting;
  seller: number;
  technical: boolean;
  helped: boolean;
}

interface SlotOptions {
  days?: readonly number[];
  /** All of `days` (a standup), rather than one of them. */
  fixedDays?: boolean;
  earliest?: number;
  latest?: number;
  tries?: number;
}

type MeetingFields = Partial<Meeting> & Pick<Meeting, 'kind' | 'title' | 'zone' | 'start' | 'end'>;

const WEEKDAYS = [0, 1, 2, 3, 4] as const;

/** One frozen empty list shared by the million one-offs that have no rooms, EXDATEs or overrides. */
const NONE = Object.freeze([]) as never[];

/** Appends `item` to the list under `key`, creating it. */
function addTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else list.push(item);
}

class Builder {
  readonly meetings: Meeting[] = [];
  readonly byPerson: number[][];
  private readonly grid: Grid;
  private readonly rangeEnd: number;
  private readonly exportedAt: number;
  private readonly company: string;
  private readonly holidayDays = new Map<HolidayRegion, Map<number, string>>();
  private readonly groupPools = new Map<readonly number[], Map<Group, number[]>>();
  private readonly marketLoad: Float64Array;
  private readonly accounts = new Map<number, Account[]>();
  private readonly pools: Record<string, number[]>;

  constructor(
    readonly people: readonly Person[],
    readonly random: Random,
    private readonly rangeStart: number,
    private readonly weeks: number,
    domain: string,
  ) {
    this.byPerson = people.map(() => []);
    this.grid = new Grid(people, weeks);
    this.rangeEnd = rangeStart + weeks * WEEK_MS;
    this.exportedAt = this.rangeEnd + 6 * 3_600_000;
    const name = domain.split('.')[0] ?? domain;
    this.company = name.charAt(0).toUpperCase() + name.slice(1);
    this.marketLoad = new Float64Array(people.length);
    const firstYear = new Date(rangeStart).getUTCFullYear();
    const lastYear = new Date(this.rangeEnd).getUTCFullYear();
    for (const region of ['us', 'uk', 'de', 'in', 'au'] as const) {
      const days = new Map<number, string>();
      for (let year = firstYear; year <= lastYear; year++) {
        for (const holiday of holidays(region, year)) days.set(holiday.date, holiday.name);
      }
      this.holidayDays.set(region, days);
    }
    const where = (test: (person: Person) => boolean) => people.filter(test).map((p) => p.index);
    const individual = (department: string) => (p: Person) =>
      p.department === department && p.level === 'individual';
    this.pools = {
      sales: where((p) => p.department === 'Sales'),
      sellers: where(individual('Sales')),
      salesLeads: where((p) => p.department === 'Sales' && p.level !== 'individual'),
      se: where((p) => p.department === 'Sales Engineering'),
      cs: where((p) => p.department === 'Customer Success'),
      customerFacing: where((p) => p.orientation === 'customer'),
      pm: where((p) => p.department === 'Product Management'),
      pmm: where((p) => p.department === 'Product Marketing'),
      marketing: where((p) => p.department === 'Marketing'),
      engineers: where(individual('Engineering')),
      engineeringLeads: where((p) => p.department === 'Engineering' && p.level !== 'individual'),
      finance: where((p) => p.department === 'Finance'),
      heads: where((p) => p.level === 'head'),
      managers: where((p) => p.level === 'manager' || p.level === 'director'),
      everyone: people.map((p) => p.index),
    };
    this.assignAccounts();
  }

  person(index: number): Person {
    const person = this.people[index];
    if (person === undefined) throw new RangeError(`no person ${index}`);
    return person;
  }

  pool(name: string): number[] {
    return this.pools[name] ?? [];
  }

  // --- answers, guests, accounts --------------------------------------------------------------

  invitee(person: number, style: AnswerStyle, optional = false): Invitee {
    const answer = this.random.weighted(ANSWERS[style]);
    let organizerSees = answer;
    if ((answer === 'DECLINED' || answer === 'TENTATIVE') && this.random.chance(0.3))
      organizerSees = 'NEEDS-ACTION';
    else if (answer === 'ACCEPTED' && this.random.chance(0.03)) organizerSees = 'NEEDS-ACTION';
    return { person, answer, organizerSees, optional };
  }

  guest(contact: { email: string; name: string }): Guest {
    const answer = this.random.weighted<PartStat>([
      ['ACCEPTED', 60],
      ['NEEDS-ACTION', 30],
      ['TENTATIVE', 10],
    ]);
    return { email: contact.email, name: contact.name, answer };
  }

  private assignAccounts(): void {
    const r = this.random;
    const perRole: Record<string, [number, number]> = {
      'Account Executive': [10, 14],
      'Sales Representative': [16, 20],
      'Account Manager': [5, 7],
      'Customer Success Manager': [6, 8],
    };
    const wanted = this.pool('customerFacing').map((p) => {
      const [lo, hi] = perRole[this.person(p).role] ?? [4, 6];
      return [p, r.int(lo, hi)] as const;
    });
    const total = wanted.reduce((sum, [, count]) => sum + count, 0);
    const accounts = makeAccounts(Math.max(COMPANIES.length, Math.ceil(total / 2)), r);
    for (const [p, count] of wanted) {
      const mine: Account[] = [];
      for (let i = 0; i < count; i++) mine.push(r.pick(accounts));
      this.accounts.set(p, mine);
    }
  }

  accountOf(person: number): Account {
    return this.random.pick(this.accounts.get(person) ?? []);
  }

  contacts(account: Account, lo: number, hi: number): Guest[] {
    const chosen = this.random.shuffle([...account.contacts]).slice(0, this.random.int(lo, hi));
    return chosen.map((contact) => this.guest(contact));
  }

  /** `count` people from `pool`, mostly in the same part of the world as `near`, least loaded first. */
  choose(
    pool: readonly number[],
    count: number,
    near: number,
    exclude: readonly number[] = [],
    load?: Float64Array,
  ): number[] {
    const r = this.random;
    if (pool.length === 0 || count <= 0) return [];
    let byGroup = this.groupPools.get(pool);
    if (byGroup === undefined) {
      byGroup = new Map();
      for (const p of pool) {
        const group = groupOf(this.person(p).zone);
        addTo(byGroup, group, p);
      }
      this.groupPools.set(pool, byGroup);
    }
    const local = byGroup.get(groupOf(this.person(near).zone)) ?? [];
    const chosen: number[] = [];
    for (let tries = 0; chosen.length < count && tries < count * 10; tries++) {
      const from = local.length > 0 && r.chance(0.85) ? local : pool;
      let candidate = r.pick(from);
      if (load !== undefined) {
        const other = r.pick(from);
        if ((load[other] ?? 0) < (load[candidate] ?? 0)) candidate = other;
      }
      if (candidate === near || exclude.includes(candidate) || chosen.includes(candidate)) continue;
      chosen.push(candidate);
    }
    return chosen;
  }

  // --- creating meetings ----------------------------------------------------------------------

  private create(fields: MeetingFields, app: CalendarApp | 'external'): Meeting {
    const r = this.random;
    const startUtc = Math.min(toUtc(fields.zone, fields.start), this.exportedAt);
    const created = startUtc - r.int(86_400, 30 * 86_400) * 1000;
    const modified = Math.min(created + r.int(0, 5 * 86_400) * 1000, this.exportedAt - 3_600_000);
    // Every field written out in one order, so all meetings share one object shape.
    const meeting: Meeting = {
      id: this.meetings.length,
      uid: makeUid(app, r),
      kind: fields.kind,
      title: fields.title,
      description: fields.description ?? '',
      location: fields.location ?? '',
      online: fields.online ?? false,
      zone: fields.zone,
      utc: fields.utc ?? false,
      allDay: fields.allDay ?? false,
      start: fields.start,
      end: fields.end,
      organizer: fields.organizer ?? null,
      externalOrganizer: fields.externalOrganizer ?? null,
      owner: fields.owner ?? null,
      invitees: fields.invitees ?? [],
      guests: fields.guests ?? NONE,
      rooms: fields.rooms ?? NONE,
      transparent: fields.transparent ?? false,
      cancelled: fields.cancelled ?? false,
      repeat: fields.repeat ?? null,
      exdates: fields.exdates ?? (fields.repeat ? [] : NONE),
      overrides: fields.overrides ?? (fields.repeat ? [] : NONE),
      sequence: fields.sequence ?? 0,
      created,
      modified: Math.max(created, modified),
      app,
    };
    this.meetings.push(meeting);
    return meeting;
  }

  /** Records who holds a meeting; call once it has all its invitees and overrides. */
  private register(meeting: Meeting): void {
    const hold = (person: number) => {
      const list = this.byPerson[person] as number[];
      if (list[list.length - 1] !== meeting.id) list.push(meeting.id);
    };
    if (meeting.organizer !== null) hold(meeting.organizer);
    if (meeting.owner !== null) hold(meeting.owner);
    for (const invitee of meeting.invitees) hold(invitee.person);
    for (const override of meeting.overrides)
      for (const invitee of override.invitees) hold(invitee.person);
  }

  private markTime(zone: ZoneId, start: number, end: number, persons: readonly number[]): void {
    const week = Math.floor((start - this.rangeStart) / WEEK_MS);
    const minuteOfWeek = (start - this.rangeStart - week * WEEK_MS) / MINUTE_MS;
    const length = Math.ceil((end - start) / (SLOT_MINUTES * MINUTE_MS));
    this.grid.mark(persons, week, slotOf(zone, minuteOfWeek), length);
  }

  private attending(meeting: Meeting, invitees: readonly Invitee[]): number[] {
    const persons = invitees.filter((i) => i.answer !== 'DECLINED').map((i) => i.person);
    if (meeting.organizer !== null) persons.push(meeting.organizer);
    if (meeting.owner !== null) persons.push(meeting.owner);
    return persons;
  }

  isHoliday(region: HolidayRegion, localMs: number): boolean {
    return this.holidayDays.get(region)?.has(Math.floor(localMs / DAY_MS) * DAY_MS) ?? false;
  }

  holidaysIn(region: HolidayRegion): [number, string][] {
    const days = [...(this.holidayDays.get(region) ?? new Map<number, string>())];
    return days.filter(([date]) => date >= this.rangeStart && date < this.rangeEnd);
  }

  /** Chooses (weekday, minute) for `persons` in `week`: cheapest of a few random tries. */
  private findSlot(
    persons: readonly number[],
    zone: ZoneId,
    week: number,
    minutes: number,
    options: SlotOptions,
  ): { days: number[]; minute: number; cost: number } {
    const r = this.random;
    const earliest = options.earliest ?? 540;
    const latest = options.latest ?? 1020;
    const steps = Math.max(0, Math.floor((latest - minutes - earliest) / 30));
    const length = minutes / SLOT_MINUTES;
    const choices = options.days ?? WEEKDAYS;
    const tries = options.tries ?? 10;
    let bestCost = Infinity;
    let bestDay = choices[0] ?? 0;
    let bestMinute = earliest;
    for (let t = 0; t < tries && bestCost > 0; t++) {
      const day = options.fixedDays ? -1 : r.pick(choices);
      const minute = earliest + 30 * r.int(0, steps);
      let cost = 0;
      if (day >= 0)
        cost = this.grid.cost(persons, week, slotOf(zone, day * 1440 + minute), length, bestCost);
      else {
        for (const fixed of choices) {
          cost += this.grid.cost(
            persons,
            week,
            slotOf(zone, fixed * 1440 + minute),
            length,
            bestCost - cost,
          );
          if (cost >= bestCost) break;
        }
      }
      if (cost < bestCost) {
        bestCost = cost;
        bestDay = day;
        bestMinute = minute;
      }
    }
    const days = options.fixedDays ? [...choices] : [bestDay];
    return { days, minute: bestMinute, cost: bestCost };
  }

  series(plan: SeriesPlan): Meeting | null {
    const r = this.random;
    const organizer = this.person(plan.organizer);
    const zone = organizer.zone;
    const invitees = (plan.invitees ?? []).filter((p) => p !== plan.organizer);
    const firstWeek = plan.firstWeek ?? 0;
    const slot = this.findSlot([plan.organizer, ...invitees], zone, firstWeek, plan.minutes, {
      days: plan.days,
      fixedDays: plan.days !== undefined && plan.monthly === undefined,
      earliest: plan.earliest,
      latest: plan.latest,
    });
    if (slot.cost === Infinity) return null;
    const day = slot.days[0] ?? 0;
    const since = plan.since ?? 0;
    const repeat: Repeat = {
      freq: plan.monthly === undefined ? 'WEEKLY' : 'MONTHLY',
      interval: plan.interval ?? 1,
      days: slot.days,
      nth: plan.monthly ?? 0,
    };
    let start: number;
    if (plan.monthly === undefined) {
      start =
        this.rangeStart + (firstWeek - since) * WEEK_MS + day * DAY_MS + slot.minute * MINUTE_MS;
    } else {
      const first = new Date(this.rangeStart + firstWeek * WEEK_MS);
      let month = first.getUTCMonth() + 1 - since;
      let year = first.getUTCFullYear();
      while (month < 1) {
        month += 12;
        year--;
      }
      start = nthWeekday(year, month, day, plan.monthly) + slot.minute * MINUTE_MS;
    }
    if (plan.lastWeek !== undefined && plan.lastWeek < this.weeks) {
      const starts = ruleStarts(start, repeat, this.rangeStart + plan.lastWeek * WEEK_MS);
      const last = starts[starts.length - 1];
      if (last !== undefined && plan.byCount) repeat.count = starts.length;
      else if (last !== undefined) repeat.last = last;
    }
    const external = plan.externalOrganizer;
    const app = plan.solo ? organizer.app : external !== undefined ? 'external' : organizer.app;
    const style = (p: number): AnswerStyle =>
      plan.kind === 'market' && this.person(p).orientation === 'customer'
        ? 'busy'
        : (plan.answers ?? 'normal');
    const meeting = this.create(
      {
        kind: plan.kind,
        title: plan.title,
        zone,
        start,
        end: start + plan.minutes * MINUTE_MS,
        organizer: plan.solo || external !== undefined ? null : plan.organizer,
        externalOrganizer: external ?? null,
        owner: plan.solo ? plan.organizer : null,
        invitees: [
          ...(external !== undefined ? [this.invitee(plan.organizer, 'firm')] : []),
          ...invitees.map((p) => this.invitee(p, style(p))),
        ],
        guests: plan.guests ?? NONE,
        rooms: r.chance(plan.room ?? 0) ? [roomIn(zone, r)] : NONE,
        transparent: plan.transparent ?? false,
        repeat,
        description: plan.description ?? '',
        sequence: r.chance(0.2) ? r.int(1, 3) : 0,
      },
      app,
    );
    meeting.online = !plan.solo;
    if (meeting.rooms.length > 0)
      meeting.location = meeting.rooms.map((room) => room.name).join(', ');
    const created = Math.min(meeting.created, toUtc(zone, start) - 86_400_000);
    meeting.created = created;
    meeting.modified = Math.max(meeting.modified, created);
    this.perturb(meeting, plan);
    this.register(meeting);
    if (!meeting.transparent) {
      for (const occurrence of occurrencesOf(meeting, this.rangeStart, this.rangeEnd)) {
        const invited = occurrence.override?.invitees ?? meeting.invitees;
        this.markTime(zone, occurrence.start, occurrence.end, this.attending(meeting, invited));
      }
    }
    return meeting;
  }

  /** EXDATEs on holidays and vacations; a moved, a cancelled, a declined and a guest instance. */
  private perturb(meeting: Meeting, plan: SeriesPlan): void {
    const r = this.random;
    if (meeting.repeat === null) return;
    const inRange = ruleStarts(meeting.start, meeting.repeat, this.rangeEnd).filter(
      (t) => t >= this.rangeStart,
    );
    const region = ZONES[meeting.zone].region;
    for (const t of inRange) if (this.isHoliday(region, t)) meeting.exdates.push(t);
    if (inRange.length > 3 && r.chance(0.06)) {
      const t = r.pick(inRange);
      if (!meeting.exdates.includes(t)) meeting.exdates.push(t);
    }
    meeting.exdates.sort((a, b) => a - b);
    const open = r.shuffle(inRange.filter((t) => !meeting.exdates.includes(t)));
    const length = meeting.end - meeting.start;
    const override = (t: number, change: Partial<Override>): Override => {
      const modified = toUtc(meeting.zone, t) - r.int(3_600, 6 * 86_400) * 1000;
      return {
        recurrenceId: t,
        start: t,
        end: t + length,
        cancelled: false,
        invitees: meeting.invitees.map((i) => ({ ...i })),
        sequence: meeting.sequence + 1,
        modified: Math.min(Math.max(modified, meeting.modified), this.exportedAt - 3_600_000),
        ...change,
      };
    };
    const multiDay = meeting.repeat.days.length > 1;
    const take = (chance: number) => (open.length > 0 && r.chance(chance) ? open.pop() : undefined);
    const moved = take(plan.moveChance ?? 0.1);
    if (moved !== undefined) {
      const weekday = weekdayOf(moved);
      const minute = (moved - Math.floor(moved / DAY_MS) * DAY_MS) / MINUTE_MS;
      const late = minute + length / MINUTE_MS + 60 > 1080;
      const shift =
        !multiDay && r.chance(0.5)
          ? weekday === 4
            ? -DAY_MS
            : DAY_MS
          : (late ? -60 : 60) * MINUTE_MS;
      meeting.overrides.push(
        override(moved, { start: moved + shift, end: moved + shift + length }),
      );
    }
    const cancelled = take(plan.cancelChance ?? 0.06);
    if (cancelled !== undefined) meeting.overrides.push(override(cancelled, { cancelled: true }));
    const declined = meeting.invitees.length > 0 ? take(0.08) : undefined;
    if (declined !== undefined) {
      const instance = override(declined, {});
      const who = r.pick(instance.invitees);
      who.organizerSees = r.chance(0.3) ? who.organizerSees : 'DECLINED';
      who.answer = 'DECLINED';
      instance.sequence = meeting.sequence;
      meeting.overrides.push(instance);
    }
    const pool = plan.guestPool;
    const guested = pool !== undefined ? take(0.3) : undefined;
    if (guested !== undefined && pool !== undefined) {
      const taken = new Set([meeting.organizer, ...meeting.invitees.map((i) => i.person)]);
      const candidates = this.choose(
        pool,
        1,
        meeting.organizer ?? pool[0] ?? 0,
        [...taken].filter((p) => p !== null),
      );
      const extra = candidates[0];
      if (extra !== undefined) {
        const instance = override(guested, {});
        instance.invitees.push(this.invitee(extra, 'normal'));
        meeting.overrides.push(instance);
      }
    }
    meeting.overrides.sort((a, b) => a.recurrenceId - b.recurrenceId);
  }

  oneOff(plan: OneOffPlan): Meeting | null {
    const r = this.random;
    const anchor = this.person(plan.anchor);
    const zone = anchor.zone;
    const invitees = (plan.invitees ?? []).filter((p) => p !== plan.anchor);
    const slot = this.findSlot([plan.anchor, ...invitees], zone, plan.week, plan.minutes, {
      days: plan.days,
      earliest: plan.earliest,
      latest: plan.latest,
      tries: plan.solo ? 20 : 10,
    });
    if (slot.cost === Infinity || slot.cost > (plan.maxCost ?? Infinity)) return null;
    const start =
      this.rangeStart +
      plan.week * WEEK_MS +
      ((slot.days[0] ?? 0) * 1440 + slot.minute) * MINUTE_MS;
    const external = plan.externalOrganizer;
    const app = external !== undefined ? 'external' : anchor.app;
    const meeting = this.create(
      {
        kind: plan.kind,
        title: plan.title,
        zone,
        start,
        end: start + plan.minutes * MINUTE_MS,
        utc: plan.utc ?? false,
        organizer: plan.solo || external !== undefined ? null : plan.anchor,
        externalOrganizer: external ?? null,
        owner: plan.solo ? plan.anchor : null,
        invitees: [
          ...(external !== undefined ? [this.invitee(plan.anchor, 'call')] : []),
          ...invitees.map((p) => this.invitee(p, plan.answers ?? 'normal')),
        ],
        guests: plan.guests ?? NONE,
        rooms: r.chance(plan.room ?? 0) ? [roomIn(zone, r)] : NONE,
        transparent: plan.transparent ?? false,
        description: plan.description ?? '',
      },
      app,
    );
    meeting.online = !plan.solo;
    if (meeting.rooms.length > 0)
      meeting.location = meeting.rooms.map((room) => room.name).join(', ');
    this.register(meeting);
    if (!meeting.transparent) {
      this.markTime(zone, meeting.start, meeting.end, this.attending(meeting, meeting.invitees));
    }
    return meeting;
  }

  /** Adds `person` to a placed meeting when they are free then; false when they are not. */
  join(meeting: Meeting, person: number, maxCost: number, style: AnswerStyle): boolean {
    if (meeting.organizer === person || meeting.invitees.some((i) => i.person === person))
      return false;
    const week = Math.floor((meeting.start - this.rangeStart) / WEEK_MS);
    const minuteOfWeek = (meeting.start - this.rangeStart - week * WEEK_MS) / MINUTE_MS;
    const length = Math.ceil((meeting.end - meeting.start) / (SLOT_MINUTES * MINUTE_MS));
    if (this.grid.cost([person], week, slotOf(meeting.zone, minuteOfWeek), length) > maxCost)
      return false;
    const invitee = this.invitee(person, style);
    meeting.invitees.push(invitee);
    (this.byPerson[person] as number[]).push(meeting.id);
    if (invitee.answer !== 'DECLINED' && !meeting.cancelled) {
      this.markTime(meeting.zone, meeting.start, meeting.end, [person]);
    }
    return true;
  }

  allDay(fields: {
    title: string;
    kind?: MeetingKind;
    organizer?: number;
    owner?: number;
    invitees?: readonly number[];
    date: number;
    days: number;
    transparent: boolean;
    repeat?: Repeat;
  }): Meeting {
    const holder = this.person(fields.organizer ?? fields.owner ?? 0);
    const meeting = this.create(
      {
        kind: fields.kind ?? 'all-day',
        title: fields.title,
        zone: holder.zone,
        allDay: true,
        start: fields.date,
        end: fields.date + fields.days * DAY_MS,
        organizer: fields.organizer ?? null,
        owner: fields.owner ?? null,
        invitees: (fields.invitees ?? []).map((p) => this.invitee(p, 'normal')),
        transparent: fields.transparent,
        repeat: fields.repeat ?? null,
      },
      holder.app,
    );
    this.register(meeting);
    return meeting;
  }

  finish(): OrgMeetings {
    for (const list of this.byPerson) {
      list.sort((a, b) => a - b);
      let write = 0;
      for (let read = 0; read < list.length; read++) {
        if (read === 0 || list[read] !== list[read - 1]) list[write++] = list[read] as number;
      }
      list.length = write;
    }
    return {
      meetings: this.meetings,
      byPerson: this.byPerson,
      rangeStart: this.rangeStart,
      rangeEnd: this.rangeEnd,
      exportedAt: this.exportedAt,
    };
  }

  // --- accessors for the phases ---------------------------------------------------------------

  get companyName(): string {
    return this.company;
  }

  get weekCount(): number {
    return this.weeks;
  }

  get start(): number {
    return this.rangeStart;
  }

  addMarketLoad(persons: readonly number[], hoursPerWeek: number): void {
    for (const p of persons) this.marketLoad[p] = (this.marketLoad[p] ?? 0) + hoursPerWeek;
  }

  get loads(): Float64Array {
    return this.marketLoad;
  }
}

// ---------------------------------------------------------------------------------------------
// The phases, in order of precedence for the calendar: series first, then one-offs around them,
// then the solo blocks people put in what is left.

const LEADERSHIP: Record<string, string> = {
  'Chief Executive Officer': 'Executive staff meeting',
  'Chief Revenue Officer': 'Revenue leadership meeting',
  'Chief Product Officer': 'Product leadership sync',
  'Chief Marketing Officer': 'Marketing leadership sync',
  'Chief Technology Officer': 'Engineering leadership sync',
  'Chief Financial Officer': 'Finance & operations sync',
  'Chief People Officer': 'People leadership sync',
};

function management(b: Builder): void {
  const r = b.random;
  for (const manager of b.people) {
    for (const index of manager.reports) {
      const report = b.person(index);
      b.series({
        kind: 'one-on-one',
        title: oneOnOneTitle(manager, report, r),
        organizer: manager.index,
        invitees: [index],
        minutes: manager.level === 'executive' || r.chance(0.2) ? 45 : 30,
        interval: r.chance(0.15) ? 2 : 1,
        since: r.int(2, 60),
        answers: 'firm',
        moveChance: 0.25,
        cancelChance: 0.12,
        room: 0.1,
      });
    }
    if (manager.reports.length >= 2) teamMeetings(b, manager);
  }
}

function teamMeetings(b: Builder, manager: Person): void {
  const r = b.random;
  const team = manager.reports.slice(0, 14);
  const leads = team.filter((p) => b.person(p).reports.length > 0).length * 2 > team.length;
  const meet = (title: string, minutes: number, extra: Partial<SeriesPlan> = {}) =>
    b.series({
      kind: 'team',
      title,
      organizer: manager.index,
      invitees: team,
      minutes,
      since: r.int(4, 80),
      room: 0.3,
      ...extra,
    });
  switch (manager.department) {
    case 'Executive':
      meet(
        LEADERSHIP[manager.role] ?? 'Leadership sync',
        manager.role === 'Chief Executive Officer' ? 90 : 60,
      );
      break;
    case 'Sales':
      if (leads) meet('Forecast call', 45);
      else {
        meet('Sales standup', 15, { days: [0, 2, 4], earliest: 510, latest: 600, room: 0 });
        meet('Pipeline review', 60);
        meet('Territory planning', 60, { monthly: 1, since: r.int(1, 12) });
      }
      break;
    case 'Sales Engineering':
      meet('SE team sync', 30);
      break;
    case 'Customer Success':
      meet(leads ? 'CS leadership sync' : 'CS team sync', 45);
      if (!leads) meet('Churn risk review', 30, { interval: 2 });
      break;
    case 'Product Management':
      meet(leads ? 'Product leads sync' : 'Product team sync', 45);
      break;
    case 'Product Marketing':
      meet('PMM weekly', 45);
      break;
    case 'Marketing':
      meet(leads ? 'Marketing leads sync' : 'Marketing team meeting', 60);
      break;
    case 'Engineering':
      if (leads) meet('Engineering leads sync', 60);
      else {
        meet('Daily standup', 15, { days: WEEKDAYS, earliest: 570, latest: 660, room: 0 });
        meet('Sprint planning', 60, { interval: 2 });
        meet('Sprint retro', 45, { interval: 2 });
      }
      break;
    case 'Finance':
      meet('Finance team sync', 45);
      break;
    case 'People':
      meet('People team weekly', 45);
      break;
  }
}

interface MarketPlan {
  title: string;
  minutes: number;
  interval?: number;
  monthly?: number;
  sellers: [number, number];
  /** Chance of a customer success manager too. */
  cs?: number;
  extras?: readonly (readonly [string, number])[];
  lastWeek?: number;
  kind?: MeetingKind;
}

/** A series a market-oriented person organises and salespeople are invited to (PRODUCT.md rule 9). */
function marketSeries(b: Builder, organizer: Person, plan: MarketPlan): void {
  const r = b.random;
  const sellers = b.choose(b.pool('sales'), r.int(...plan.sellers), organizer.index, [], b.loads);
  if (plan.cs !== undefined && r.chance(plan.cs))
    sellers.push(...b.choose(b.pool('cs'), 1, organizer.index, sellers, b.loads));
  const extras: number[] = [];
  for (const [pool, count] of plan.extras ?? []) {
    extras.push(...b.choose(b.pool(pool), count, organizer.index, [...sellers, ...extras]));
  }
  const kind = plan.kind ?? 'market';
  const meeting = b.series({
    kind,
    title: plan.title,
    organizer: organizer.index,
    invitees: [...sellers, ...extras],
    minutes: plan.minutes,
    interval: plan.interval,
    monthly: plan.monthly,
    since: plan.lastWeek === undefined ? r.int(0, 20) : 0,
    firstWeek: plan.lastWeek === undefined ? 0 : r.int(0, 2),
    lastWeek: plan.lastWeek,
    room: 0.3,
    guestPool: kind === 'market' ? b.pool('sellers') : undefined,
  });
  if (meeting !== null) {
    const perWeek = plan.monthly !== undefined ? 0.25 : 1 / (plan.interval ?? 1);
    b.addMarketLoad(sellers, (plan.minutes / 60) * perWeek);
  }
}

function marketPlans(b: Builder, person: Person): [number, MarketPlan][] {
  const r = b.random;
  const area = AREAS[person.index % AREAS.length] ?? 'Platform';
  const launchEnds = () => Math.max(3, b.weekCount - r.int(1, 4));
  switch (person.department) {
    case 'Product Management':
      return [
        [
          0.9,
          {
            title: `Roadmap planning — ${area}`,
            minutes: 60,
            sellers: [5, 7],
            cs: 0.5,
            extras: [
              ['engineeringLeads', 1],
              ['pmm', 1],
            ],
          },
        ],
        [
          0.5,
          {
            title: r.chance(0.5) ? 'Pricing strategy' : `Pricing strategy: ${area} add-on`,
            minutes: 60,
            interval: 2,
            sellers: [4, 5],
            extras: [
              ['salesLeads', 1],
              ['finance', 1],
            ],
          },
        ],
        [0.8, { title: 'Feature request triage with Sales', minutes: 30, sellers: [3, 4] }],
        [
          0.5,
          {
            title: 'Q3 launch planning',
            minutes: 45,
            sellers: [3, 4],
            extras: [
              ['pmm', 1],
              ['marketing', 1],
            ],
            lastWeek: launchEnds(),
          },
        ],
        [
          0.3,
          {
            title: 'Customer advisory board prep',
            minutes: 45,
            interval: 2,
            sellers: [2, 3],
            cs: 1,
          },
        ],
        [0.6, { title: 'Win/loss review', minutes: 45, sellers: [3, 4] }],
      ];
    case 'Product Marketing':
      return [
        [
          0.9,
          {
            title: 'Webinar deck review',
            minutes: 60,
            interval: r.int(1, 2),
            sellers: [4, 5],
            extras: [['marketing', 1]],
          },
        ],
        [
          0.6,
          {
            title: 'Q3 launch planning: messaging',
            minutes: 60,
            sellers: [4, 5],
            extras: [['pm', 1]],
            lastWeek: launchEnds(),
          },
        ],
        [
          0.45,
          {
            title: 'Competitive positioning strategy',
            minutes: 45,
            interval: 2,
            sellers: [3, 4],
            extras: [['se', 1]],
          },
        ],
        [0.6, { title: 'Pitch deck refresh', minutes: 45, sellers: [3, 4] }],
        [0.5, { title: 'Sales presentation review', minutes: 60, interval: 2, sellers: [4, 5] }],
      ];
    case 'Marketing':
      switch (person.role) {
        case 'Event Marketing Manager':
          return [
            [
              0.95,
              {
                title: 'Trade show booth planning',
                minutes: 60,
                interval: 2,
                sellers: [4, 5],
                extras: [['pmm', 1]],
              },
            ],
            [0.6, { title: 'Industry events strategy', minutes: 60, monthly: 2, sellers: [3, 4] }],
            [
              0.6,
              { title: 'Conference sponsorship review', minutes: 45, interval: 2, sellers: [3, 4] },
            ],
          ];
        case 'Content Marketing Manager':
          return [
            [
              0.9,
              {
                title: `Ebook review: ${r.pick(EBOOK_TOPICS)}`,
                minutes: 45,
                interval: 2,
                sellers: [3, 4],
              },
            ],
            [
              0.5,
              {
                title: 'Customer case study planning',
                minutes: 45,
                monthly: 3,
                sellers: [2, 3],
                cs: 1,
              },
            ],
            [
              0.5,
              { title: 'Whitepaper outline review', minutes: 45, interval: 2, sellers: [3, 4] },
            ],
          ];
        case 'Demand Generation Manager':
          return [
            [
              0.9,
              {
                title: 'Campaign planning',
                minutes: 45,
                sellers: [3, 4],
                extras: [['salesLeads', 1]],
              },
            ],
            [0.4, { title: 'Lead handoff review', minutes: 30, sellers: [3, 4] }],
          ];
        case 'Marketing Manager':
          return [
            [0.7, { title: 'Webinar dry run', minutes: 60, interval: 2, sellers: [3, 4] }],
            [0.6, { title: 'Marketing & Sales alignment', minutes: 30, sellers: [3, 4] }],
          ];
        default:
          return [
            [
              0.8,
              {
                title: 'Marketing & Sales sync',
                minutes: 45,
                interval: 2,
                sellers: [0, 1],
                extras: [['salesLeads', 3]],
              },
            ],
          ];
      }
    case 'Executive':
    case 'Sales':
    case 'Sales Engineering':
    case 'Customer Success':
    case 'Engineering':
    case 'Finance':
    case 'People':
      return [];
  }
}

function marketWork(b: Builder): void {
  const r = b.random;
  for (const name of ['pm', 'pmm', 'marketing']) {
    for (const index of b.pool(name)) {
      const person = b.person(index);
      const scale = person.level === 'individual' ? 1 : person.level === 'manager' ? 0.7 : 0.4;
      for (const [chance, plan] of marketPlans(b, person))
        if (r.chance(chance * scale)) marketSeries(b, person, plan);
    }
  }
}

function training(b: Builder): void {
  const r = b.random;
  const audience = (near: number) => b.choose(b.pool('customerFacing'), r.int(6, 12), near);
  for (const pmm of b.pool('pmm')) {
    if (!r.chance(0.9)) continue;
    b.series({
      kind: 'training',
      title: `Sales enablement: ${r.pick(ENABLEMENT_TOPICS)}`,
      organizer: pmm,
      invitees: audience(pmm),
      minutes: 60,
      interval: 2,
      since: r.int(0, 10),
      room: 0.5,
    });
  }
  for (const pm of b.pool('pm')) {
    if (!r.chance(0.5)) continue;
    b.series({
      kind: 'training',
      title: `Product training: ${AREAS[pm % AREAS.length] ?? 'Platform'}`,
      organizer: pm,
      invitees: audience(pm),
      minutes: 60,
      monthly: 2,
      days: [1],
      since: r.int(0, 6),
    });
  }
  for (const lead of b.pool('salesLeads')) {
    const team = b.person(lead).reports.filter((p) => b.person(p).level === 'individual');
    if (team.length < 2 || !r.chance(0.5)) continue;
    b.series({
      kind: 'training',
      title: 'Negotiation workshop',
      organizer: lead,
      invitees: team,
      minutes: 90,
      monthly: 3,
      since: r.int(0, 6),
    });
  }
  for (const lead of b.pool('engineeringLeads')) {
    const team = b.person(lead).reports;
    if (team.length < 2 || !r.chance(0.25)) continue;
    b.series({
      kind: 'training',
      title: 'Secure coding training',
      organizer: lead,
      invitees: team,
      minutes: 60,
      monthly: 4,
      since: r.int(0, 6),
    });
  }
  const hosts = b.people.filter((p) => p.department === 'People').map((p) => p.index);
  const cohorts = Math.max(1, Math.round(b.people.length / 60));
  for (let i = 0; i < cohorts && hosts.length > 0 && b.weekCount >= 3; i++) {
    const host = r.pick(hosts);
    const firstWeek = r.int(0, b.weekCount - 3);
    b.series({
      kind: 'training',
      title: 'New hire onboarding',
      organizer: host,
      invitees: b.choose(b.pool('everyone'), r.int(3, 6), host),
      minutes: 60,
      firstWeek,
      lastWeek: firstWeek + 3,
      byCount: true,
      room: 1,
    });
  }
}

function customerSeries(b: Builder): void {
  const r = b.random;
  const company = b.companyName;
  for (const index of b.pool('customerFacing')) {
    const person = b.person(index);
    if (person.level !== 'individual') continue;
    const sync = (title: string, minutes: number, extra: Partial<SeriesPlan> = {}) => {
      const account = b.accountOf(index);
      const guests = b.contacts(account, 1, 2);
      const fromCustomer = r.chance(0.2) ? guests.shift() : undefined;
      b.series({
        kind: 'customer',
        title: title.replace('{account}', account.name).replace('{company}', company),
        organizer: index,
        externalOrganizer: fromCustomer,
        guests,
        minutes,
        since: r.int(1, 30),
        ...extra,
      });
    };
    switch (person.role) {
      case 'Account Manager':
        for (let i = r.int(5, 7); i > 0; i--) {
          if (r.chance(0.5)) sync('{account} weekly sync', 30);
          else
            sync(r.pick(['Bi-weekly sync: {account}', '{account} <> {company} bi-weekly']), 45, {
              interval: 2,
            });
        }
        break;
      case 'Customer Success Manager':
        for (let i = r.int(7, 10); i > 0; i--) {
          sync('{account} check-in', r.pick([30, 45]), { interval: r.chance(0.7) ? 1 : 2 });
        }
        for (let i = r.int(1, 2); i > 0 && b.weekCount >= 4; i--) {
          const firstWeek = r.int(0, b.weekCount - 4);
          sync('Onboarding session — {account}', 60, {
            firstWeek,
            since: 0,
            lastWeek: firstWeek + 4,
            byCount: true,
          });
        }
        break;
      case 'Account Executive':
        for (let i = r.int(0, 2); i > 0; i--)
          sync('{account} — weekly deal sync', 30, {
            since: r.int(1, 8),
            lastWeek: r.int(3, b.weekCount),
          });
        break;
      default:
        break;
    }
  }
}

function productAndEngineering(b: Builder): void {
  const r = b.random;
  const architects = [
    ...b.pool('engineers').filter((p) => b.person(p).role === 'Senior Software Engineer'),
    ...b.pool('engineeringLeads'),
  ];
  for (const lead of b.pool('engineeringLeads')) {
    const person = b.person(lead);
    if (person.level === 'head' || person.level === 'director') {
      const invitees = b.choose(architects, r.int(6, 10), lead);
      b.series({
        kind: 'internal',
        title: 'Architecture review',
        organizer: lead,
        invitees,
        minutes: 60,
        since: r.int(4, 40),
        room: 0.5,
      });
    } else if (person.reports.length >= 2 && r.chance(0.6)) {
      const pair = r.shuffle([...person.reports]).slice(0, 2);
      b.series({
        kind: 'internal',
        title: 'On-call handover',
        organizer: lead,
        invitees: pair,
        minutes: 30,
        since: r.int(4, 40),
      });
    }
  }
  for (const pm of b.pool('pm')) {
    if (r.chance(0.7)) {
      const invitees = b.choose(b.pool('engineers'), r.int(3, 6), pm);
      b.series({
        kind: 'internal',
        title: 'Backlog refinement',
        organizer: pm,
        invitees,
        minutes: 60,
        since: r.int(2, 30),
      });
    }
    if (r.chance(0.5)) {
      const invitees = b.choose(b.pool('engineers'), r.int(4, 8), pm);
      b.series({
        kind: 'internal',
        title: 'Sprint review',
        organizer: pm,
        invitees,
        minutes: 45,
        interval: 2,
        since: r.int(2, 30),
      });
    }
  }
}

function generalAndAdministrative(b: Builder): void {
  const r = b.random;
  for (const index of b.pool('finance')) {
    const person = b.person(index);
    if (person.level !== 'individual') {
      const desk = [
        ...b.choose(b.pool('salesLeads'), r.int(2, 4), index),
        ...person.reports.slice(0, 1),
      ];
      b.series({
        kind: 'internal',
        title: 'Deal desk review',
        organizer: index,
        invitees: desk,
        minutes: 30,
        since: r.int(2, 30),
      });
      const heads = b.choose(b.pool('heads'), r.int(3, 6), index);
      b.series({
        kind: 'internal',
        title: 'Budget planning',
        organizer: index,
        invitees: heads,
        minutes: 60,
        interval: 2,
        since: r.int(0, 10),
      });
      const team =
        person.reports.length > 0 ? person.reports : b.choose(b.pool('finance'), 2, index);
      b.series({
        kind: 'team',
        title: 'Month-end close',
        organizer: index,
        invitees: team,
        minutes: 60,
        monthly: -1,
        days: [4],
        since: r.int(1, 12),
      });
    } else if (r.chance(0.3) && b.weekCount >= 4) {
      const [firm, domain] = AUDITORS;
      const auditors = [0, 1].map(() => {
        const name = randomName(r);
        return b.guest({
          email: `${mailboxPart(name.first)}.${mailboxPart(name.last)}@${domain}`,
          name: `${name.first} ${name.last}`,
        });
      });
      const firstWeek = r.int(0, b.weekCount - 4);
      b.series({
        kind: 'external',
        title: `Audit walkthrough — ${firm}`,
        organizer: index,
        guests: auditors,
        minutes: 60,
        firstWeek,
        lastWeek: firstWeek + 4,
        byCount: true,
      });
    }
  }
  for (const person of b.people) {
    if (person.department === 'People' && person.role === 'Recruiter') {
      const hiring = b.choose(b.pool('managers'), r.int(2, 3), person.index);
      b.series({
        kind: 'internal',
        title: 'Hiring sync',
        organizer: person.index,
        invitees: hiring,
        minutes: 30,
        since: r.int(1, 20),
      });
    }
    if (person.department === 'People' && person.role === 'HR Business Partner') {
      const managers = b.choose(b.pool('managers'), r.int(3, 5), person.index);
      b.series({
        kind: 'internal',
        title: 'Performance calibration',
        organizer: person.index,
        invitees: managers,
        minutes: 60,
        interval: 2,
        since: r.int(1, 20),
      });
    }
    if (person.department === 'Marketing' && person.level === 'individual' && r.chance(0.4)) {
      const [agency, domain] = r.pick(AGENCIES);
      const guests = [0, 1].map(() => {
        const name = randomName(r);
        return b.guest({
          email: `${mailboxPart(name.first)}@${domain}`,
          name: `${name.first} ${name.last}`,
        });
      });
      b.series({
        kind: 'external',
        title: `Agency sync — ${agency}`,
        organizer: person.index,
        guests,
        minutes: 30,
        since: r.int(2, 20),
      });
    }
    if (person.role === 'Chief Executive Officer') {
      const invitees = b.people
        .filter((p) => p.level === 'executive' && p.index !== person.index)
        .map((p) => p.index);
      b.series({
        kind: 'internal',
        title: 'Board prep: FY plan',
        organizer: person.index,
        invitees: invitees.slice(0, 3),
        minutes: 60,
        interval: 2,
        since: r.int(0, 8),
      });
    }
  }
}

/** Recurring working meetings inside each department, and how many each person organises. */
const DEPARTMENT_SERIES: Record<
  string,
  { titles: readonly string[]; organises: [number, number] }
> = {
  Executive: {
    titles: list(
      'Investor relations sync, Strategy review, Hiring plan review, Culture committee, Pricing committee',
    ),
    organises: [2, 3],
  },
  Sales: {
    titles: list('Deal review, Sales ops sync, Account mapping session, Pipeline hygiene'),
    organises: [0, 1],
  },
  'Sales Engineering': {
    titles: list('POC review, Demo environment sync, RFP review'),
    organises: [1, 1],
  },
  'Customer Success': {
    titles: list(
      'Support escalation sync, Renewals forecast, Customer health scoring review, Churn post-mortem',
    ),
    organises: [1, 1],
  },
  'Product Management': {
    titles: list(
      'Design review, Data & analytics sync, UX research readout, Product metrics review',
    ),
    organises: [1, 2],
  },
  'Product Marketing': {
    titles: list(
      'Analyst relations sync, Messaging review, Launch tiering review, Pricing page review',
    ),
    organises: [2, 3],
  },
  Marketing: {
    titles: list(
      'Content calendar review, Website sync, Campaign performance review, Brand review, Marketing ops sync, Social media sync',
    ),
    organises: [2, 4],
  },
  Engineering: {
    titles: list(
      'Design review, Incident review, Tech debt triage, API guild, Release readiness, Frontend guild, Data platform sync',
    ),
    organises: [1, 2],
  },
  Finance: {
    titles: list(
      'Billing ops sync, Forecast model review, Vendor payments review, Revenue recognition review',
    ),
    organises: [2, 3],
  },
  People: {
    titles: list(
      'Recruiting pipeline review, Benefits vendor sync, Engagement survey review, Compensation review',
    ),
    organises: [2, 4],
  },
};

function departmentSeries(b: Builder): void {
  const r = b.random;
  const byDepartment = new Map<string, number[]>();
  for (const person of b.people) addTo(byDepartment, person.department, person.index);
  for (const person of b.people) {
    const spec = DEPARTMENT_SERIES[person.department];
    const colleagues = byDepartment.get(person.department) ?? [];
    if (spec === undefined || colleagues.length < 2) continue;
    for (let i = r.int(...spec.organises); i > 0; i--) {
      const invitees = b.choose(colleagues, r.int(2, 5), person.index);
      const interval = r.chance(0.6) ? 1 : 2;
      b.series({
        kind: 'internal',
        title: r.pick(spec.titles),
        organizer: person.index,
        invitees,
        minutes: r.pick([30, 45, 60]),
        interval,
        since: r.int(1, 40),
        room: 0.3,
      });
    }
  }
  // Executives meet the managers two levels down once a month.
  for (const exec of b.people) {
    if (exec.level !== 'executive') continue;
    const skips = exec.reports.flatMap((p) => b.person(p).reports).slice(0, 6);
    for (const skip of skips) {
      b.series({
        kind: 'one-on-one',
        title: `Skip-level 1:1: ${b.person(skip).name}`,
        organizer: exec.index,
        invitees: [skip],
        minutes: 45,
        monthly: r.int(1, 4),
        since: r.int(1, 12),
        answers: 'firm',
      });
    }
  }
}

/** Solo series: focus time, prospecting, lunch (transparent). */
function soloSeries(b: Builder): void {
  const r = b.random;
  for (const person of b.people) {
    const solo = (
      title: string,
      minutes: number,
      days: readonly number[],
      extra: Partial<SeriesPlan> = {},
    ) =>
      b.series({
        kind: 'solo',
        title,
        organizer: person.index,
        minutes,
        days,
        solo: true,
        since: r.int(1, 30),
        moveChance: 0.05,
        cancelChance: 0.03,
        ...extra,
      });
    if (person.department === 'Engineering' && r.chance(0.85)) {
      const days = r.pick([
        [1, 2, 3],
        [0, 2, 4],
        [1, 3, 4],
      ]);
      solo(r.chance(0.15) ? 'Focus time 🎧' : 'Focus time', 120, days, {
        earliest: 780,
        latest: 1080,
      });
    }
    if (person.level === 'executive') solo('Office hours', 60, [r.int(0, 4)]);
    if (person.department === 'Product Management' && r.chance(0.4))
      solo('Focus time', 90, [r.int(0, 4)]);
    if (person.department === 'Sales' && person.app === 'outlook' && r.chance(0.35)) {
      solo('Prospecting', 90, [1, 3], { earliest: 480, latest: 660 });
    }
    if (r.chance(0.25))
      solo('Lunch', 60, WEEKDAYS, { earliest: 720, latest: 780, transparent: true });
  }
}

const CALLS_PER_WEEK: Record<string, [number, number]> = {
  'Account Executive': [16, 20],
  'Sales Representative': [20, 24],
  'Account Manager': [7, 9],
  'Customer Success Manager': [5, 7],
  'Chief Revenue Officer': [1, 2],
};

/** One week of customer calls for a salesperson or CSM; returns the calls placed. */
function customerCalls(b: Builder, seller: Person, week: number): CallRecord[] {
  const r = b.random;
  const [lo, hi] = CALLS_PER_WEEK[seller.role] ?? (seller.level === 'manager' ? [2, 4] : [1, 2]);
  const stages = CALL_STAGES[seller.role] ?? CALL_STAGES['Account Executive'] ?? [];
  const calls: CallRecord[] = [];
  for (let i = r.int(lo, hi); i > 0; i--) {
    const account = b.accountOf(seller.index);
    const stage = r.weighted(stages);
    const technical =
      stage === 'Product demo' || stage === 'Technical deep-dive' || stage === 'Security review';
    const minutes =
      seller.role === 'Sales Representative'
        ? 30
        : technical || stage === 'QBR'
          ? 60
          : r.weighted([
              [30, 25],
              [45, 40],
              [60, 35],
            ]);
    const guests = b.contacts(account, 1, 3);
    const fromCustomer = r.chance(0.15) ? guests.shift() : undefined;
    const meeting = b.oneOff({
      kind: 'customer',
      title: callTitle(stage, account.name, r),
      anchor: seller.index,
      externalOrganizer: fromCustomer,
      guests,
      minutes,
      week,
      earliest: 510,
      latest: 1050,
      utc: fromCustomer !== undefined,
      room: 0.15,
      answers: 'call',
    });
    if (meeting === null) continue;
    if (r.chance(0.02)) {
      meeting.cancelled = true;
      meeting.sequence += 1;
    }
    calls.push({ meeting, seller: seller.index, technical, helped: false });
  }
  return calls;
}

/** The week's calls: sales engineers on technical calls (too few of them), then product managers. */
function callsAndRideAlongs(b: Builder, week: number): void {
  const r = b.random;
  const calls: CallRecord[] = [];
  for (const index of b.pool('customerFacing')) {
    const person = b.person(index);
    if (
      person.department === 'Sales Engineering' ||
      (person.department === 'Customer Success' && person.level !== 'individual')
    )
      continue;
    calls.push(...customerCalls(b, person, week));
  }
  if (calls.length === 0) return;
  const seLoad = new Map<number, number>();
  for (const call of calls) {
    if (!call.technical || call.meeting.cancelled) continue;
    for (const se of b.choose(b.pool('se'), 4, call.seller)) {
      if ((seLoad.get(se) ?? 0) >= 20) continue;
      if (b.join(call.meeting, se, 2, 'call')) {
        seLoad.set(se, (seLoad.get(se) ?? 0) + 1);
        call.helped = true;
        break;
      }
    }
  }
  const sales = calls.filter((call) => b.person(call.seller).department === 'Sales');
  if (sales.length === 0) return;
  const byGroup = new Map<Group, CallRecord[]>();
  for (const call of sales) {
    const group = groupOf(b.person(call.seller).zone);
    addTo(byGroup, group, call);
  }
  // Product managers fill the void sales engineering leaves (the essay's point).
  for (const pm of b.pool('pm')) {
    const person = b.person(pm);
    const [lo, hi] =
      person.level === 'individual' ? [10, 12] : person.level === 'manager' ? [6, 8] : [3, 4];
    const local = byGroup.get(groupOf(person.zone)) ?? sales;
    let wanted = r.int(lo, hi);
    for (let tries = 0; wanted > 0 && tries < 200; tries++) {
      const call = r.pick(r.chance(0.6) ? local : sales);
      if (call.helped && !r.chance(0.3)) continue;
      if (call.meeting.cancelled || (!call.technical && r.chance(0.75))) continue;
      if (b.join(call.meeting, pm, 2, 'call')) {
        call.helped = true;
        wanted--;
      }
    }
  }
  // Sales managers and executives join some of their people's calls.
  const bySeller = new Map<number, CallRecord[]>();
  for (const call of calls) addTo(bySeller, call.seller, call);
  for (const lead of b.pool('salesLeads')) {
    const teamCalls = b.person(lead).reports.flatMap((p) => bySeller.get(p) ?? []);
    for (let i = r.int(3, 5); i > 0 && teamCalls.length > 0; i--)
      b.join(r.pick(teamCalls).meeting, lead, 2, 'call');
  }
  for (const exec of b.people) {
    if (exec.role !== 'Chief Revenue Officer' && exec.role !== 'Chief Executive Officer') continue;
    for (let i = exec.role === 'Chief Revenue Officer' ? r.int(3, 5) : r.int(1, 2); i > 0; i--) {
      b.join(r.pick(calls).meeting, exec.index, 2, 'call');
    }
  }
}

function otherOneOffs(b: Builder, week: number): void {
  const r = b.random;
  for (const person of b.people) {
    const index = person.index;
    if (person.department === 'Product Marketing' && r.chance(0.7)) {
      const seller = b.choose(b.pool('customerFacing'), 1, index)[0];
      if (seller === undefined) continue;
      const account = b.accountOf(seller);
      b.oneOff({
        kind: 'customer',
        title: `Case study interview — ${account.name}`,
        anchor: index,
        invitees: [seller],
        guests: b.contacts(account, 1, 1),
        minutes: 45,
        week,
      });
    }
    if (person.role === 'Recruiter') {
      for (let i = r.int(6, 10); i > 0; i--) {
        const hiringSales = r.chance(0.2);
        const pool = hiringSales ? b.pool('salesLeads') : b.pool('engineers');
        const panel = b.choose(pool.length > 0 ? pool : b.pool('everyone'), r.int(1, 2), index);
        const name = randomName(r);
        const candidate = b.guest({
          email: `${mailboxPart(name.first)}.${mailboxPart(name.last)}@mail.example`,
          name: `${name.first} ${name.last}`,
        });
        const role = hiringSales ? 'Account Executive' : 'Software Engineer';
        b.oneOff({
          kind: 'interview',
          title: `Interview: ${candidate.name} (${role})`,
          anchor: index,
          invitees: panel,
          guests: [candidate],
          minutes: r.pick([45, 60]),
          week,
          room: 0.5,
        });
      }
    }
    if (person.department === 'Engineering' && person.level === 'individual') {
      for (let i = r.int(0, 2); i > 0; i--) {
        const pair = b.choose(b.pool('engineers'), 1, index);
        b.oneOff({
          kind: 'internal',
          title: r.pick(['Pairing session', 'Code walkthrough', 'Debugging session']),
          anchor: index,
          invitees: pair,
          minutes: 60,
          week,
        });
      }
    }
    if (person.department === 'Engineering' && r.chance(0.04)) {
      const [vendor, domain] = r.pick(VENDORS);
      const guest = b.guest({ email: `sales@${domain}`, name: `${vendor} Sales` });
      b.oneOff({
        kind: 'external',
        title: `Vendor call: ${vendor}`,
        anchor: index,
        guests: [guest],
        minutes: 30,
        week,
      });
    }
    if (person.department === 'Product Management' && r.chance(0.1)) {
      const invitees = b.choose(b.pool('everyone'), r.int(5, 10), index);
      b.oneOff({
        kind: 'training',
        title: `Optional: Lunch & learn — ${AREAS[index % AREAS.length] ?? 'Platform'}`,
        anchor: index,
        invitees,
        minutes: 60,
        week,
        earliest: 720,
        latest: 780,
        transparent: true,
      });
    }
  }
}

const SALES_SOLO: readonly (readonly [string, number])[] = [
  ['Update pitch deck', 3],
  ['Build product presentation for {account}', 3],
  ['Write ebook: {topic}', 2],
  ['Research industry events for next quarter', 1],
  ['Customize demo slides', 2],
  ['Draft customer case study', 1],
];

/** Solo blocks people book in the gaps, by role; skipped when the week has no room. */
function soloBlocks(b: Builder, week: number): void {
  const r = b.random;
  for (const person of b.people) {
    const block = (title: string, minutes: number) =>
      b.oneOff({
        kind: 'solo',
        title,
        anchor: person.index,
        minutes,
        week,
        solo: true,
        maxCost: 1,
        earliest: 510,
        latest: 1080,
      });
    switch (person.department) {
      case 'Sales': {
        const prospecting: Record<string, [number, number]> = {
          'Sales Representative': [4, 5],
          'Account Executive': [2, 3],
          'Account Manager': [1, 2],
        };
        const [lo, hi] = prospecting[person.role] ?? [0, 0];
        for (let i = r.int(lo, hi); i > 0; i--) block('Prospecting', r.pick([60, 90, 120]));
        if (person.level !== 'individual') {
          block('Forecast prep', 60);
          break;
        }
        for (let i = r.int(2, 3); i > 0; i--) {
          const title = r
            .weighted(SALES_SOLO)
            .replace('{account}', b.accountOf(person.index).name)
            .replace('{topic}', r.pick(EBOOK_TOPICS));
          block(title, r.pick([60, 90]));
        }
        break;
      }
      case 'Sales Engineering':
        for (let i = r.int(1, 2); i > 0; i--) block('Demo environment prep', r.pick([60, 90]));
        if (r.chance(0.5)) block('RFP responses', 60);
        break;
      case 'Customer Success':
        block('Account health review', 60);
        if (r.chance(0.5)) block('Renewal prep', 60);
        break;
      case 'Product Management':
        block(`Write PRD: ${AREAS[person.index % AREAS.length] ?? 'Platform'}`, r.pick([90, 120]));
        if (r.chance(0.5)) block('Competitive research', 60);
        if (r.chance(0.4)) block('Customer interview synthesis', 60);
        break;
      case 'Product Marketing':
        block(`Write battlecard: ${r.pick(COMPETITORS)}`, 90);
        block('Update sales deck', 90);
        if (r.chance(0.6)) block('Draft launch blog post', 60);
        break;
      case 'Marketing':
        block('Write blog post', r.pick([60, 90]));
        block(r.pick(['Social posts', 'Email campaign build', 'Website updates']), 90);
        block(
          r.pick([
            'Event logistics',
            'Campaign analytics',
            'Newsletter draft',
            'Landing page copy',
          ]),
          60,
        );
        if (r.chance(0.5)) block('Campaign analytics', 60);
        break;
      case 'Engineering':
        for (let i = r.int(0, 2); i > 0; i--) block('Code review', 60);
        break;
      case 'Finance':
        block('Reconciliations', 120);
        for (let i = r.int(1, 2); i > 0; i--) block('Invoice review', 60);
        block(r.pick(['Forecast model update', 'Expense audit', 'Cash flow review']), 90);
        break;
      case 'People':
        if (person.role === 'Recruiter') for (let i = 2; i > 0; i--) block('Sourcing', 90);
        else
          for (let i = r.int(2, 3); i > 0; i--)
            block(r.pick(['Policy review', 'Employee case notes', 'Benefits admin']), 60);
        break;
      case 'Executive':
        if (r.chance(0.5)) block('Prep: board deck', 60);
        for (let i = r.int(2, 4); i > 0; i--) block('Email catch-up', 60);
        break;
    }
  }
}

/** Holidays, time off, WFH days, team offsites: all-day events, which PRODUCT.md rule 2 skips. */
function allDayEvents(b: Builder): void {
  const r = b.random;
  const weeks = b.weekCount;
  for (const person of b.people) {
    for (const [date, name] of b.holidaysIn(ZONES[person.zone].region)) {
      b.allDay({ title: name, owner: person.index, date, days: 1, transparent: true });
    }
    if (r.chance(0.25)) {
      const first = r.int(0, 2);
      const date = b.start + r.int(0, weeks - 1) * WEEK_MS + first * DAY_MS;
      const title =
        person.app === 'apple' ? 'PTO 🌴' : r.pick(['Out of office', 'Vacation', 'PTO']);
      b.allDay({ title, owner: person.index, date, days: r.int(1, 5 - first), transparent: false });
    }
    if (person.app === 'outlook' && r.chance(0.2) && weeks >= 4) {
      // A weekly all-day series: Outlook writes its UNTIL and EXDATE as local-midnight date-times.
      const since = r.int(4, 30);
      const date = b.start - since * WEEK_MS + 4 * DAY_MS;
      const lastWeek = weeks - r.int(1, 3);
      const repeat: Repeat = {
        freq: 'WEEKLY',
        interval: 1,
        days: [4],
        nth: 0,
        last: b.start + (lastWeek - 1) * WEEK_MS + 4 * DAY_MS,
      };
      const meeting = b.allDay({
        title: 'WFH',
        owner: person.index,
        date,
        days: 1,
        transparent: true,
        repeat,
      });
      meeting.exdates.push(b.start + r.int(0, lastWeek - 1) * WEEK_MS + 4 * DAY_MS);
    }
    const team = person.reports.filter((p) => b.person(p).level === 'individual');
    if (team.length >= 3 && r.chance(0.3) && weeks >= 3) {
      const date = b.start + r.int(1, weeks - 2) * WEEK_MS + 3 * DAY_MS;
      const title = r.pick([
        'Team offsite',
        `${person.department} offsite — Lisbon`,
        'Team day: planning & retro',
      ]);
      b.allDay({
        title,
        kind: 'all-day',
        organizer: person.index,
        invitees: team,
        date,
        days: 1,
        transparent: false,
      });
    }
  }
}

/** A sales kickoff: a timed event longer than 24 hours, which PRODUCT.md rule 2 skips. */
function salesKickoff(b: Builder): void {
  const r = b.random;
  const head =
    b.people.find((p) => p.role === 'VP Sales') ?? b.people.find((p) => p.department === 'Sales');
  if (head === undefined || b.weekCount < 3) return;
  const leads = b
    .pool('salesLeads')
    .filter((p) => p !== head.index)
    .slice(0, 12);
  const cro = b.people.filter((p) => p.role === 'Chief Revenue Officer').map((p) => p.index);
  const invitees = [...(leads.length > 0 ? leads : b.pool('sellers').slice(0, 12)), ...cro];
  const start = b.start + 2 * WEEK_MS + DAY_MS + 9 * 60 * MINUTE_MS;
  const year = new Date(b.start).getUTCFullYear();
  const meeting = b.oneOff({
    kind: 'kickoff',
    title: `Sales kickoff ${year}`,
    anchor: head.index,
    invitees,
    minutes: 60,
    week: 2,
  });
  if (meeting === null) return;
  meeting.start = start;
  meeting.end = start + 32 * 60 * MINUTE_MS;
  meeting.location = 'Marriott Marquis, 1535 Broadway, New York, NY 10036';
  meeting.description = `Two days, one team: wins, pipeline; plans for the year.\nDress code: casual, comfortable shoes.\n${r.pick(['Agenda to follow.', 'Agenda: https://docs.example/sko'])}`;
}

/** Overnight maintenance windows on the nights clocks change: their true length is not 4 hours. */
function maintenanceWindows(b: Builder): void {
  const r = b.random;
  const end = b.start + b.weekCount * WEEK_MS;
  for (const zone of ZONE_IDS) {
    const info = ZONES[zone];
    const engineers = b.people
      .filter((p) => p.zone === zone && p.department === 'Engineering')
      .map((p) => p.index);
    if (engineers.length < 2 || info.daylight === null) continue;
    for (
      let year = new Date(b.start).getUTCFullYear();
      year <= new Date(end).getUTCFullYear();
      year++
    ) {
      const switches = dstSwitches(info, year);
      if (switches === null) continue;
      for (const [instant, offsetBefore] of [
        [switches.start, info.standard.offset],
        [switches.end, info.daylight.offset],
      ] as const) {
        const day = Math.floor((instant + offsetBefore * MINUTE_MS) / DAY_MS) * DAY_MS;
        if (day < b.start || day >= end) continue;
        const [organizer, ...others] = r.shuffle([...engineers]).slice(0, 3);
        if (organizer === undefined) continue;
        const week = Math.floor((day - b.start) / WEEK_MS);
        const meeting = b.oneOff({
          kind: 'maintenance',
          title: 'Maintenance window: database failover',
          anchor: organizer,
          invitees: others,
          minutes: 60,
          week,
        });
        if (meeting === null) continue;
        meeting.start = day;
        meeting.end = day + 4 * 60 * MINUTE_MS;
        meeting.description =
          'Clocks change tonight: the window is 00:00–04:00 local time, whatever the offset says.';
      }
    }
  }
}

/** Every meeting of the org over `weeks` weeks from `start` (a Monday). */
export function generateMeetings(
  people: readonly Person[],
  options: MeetingOptions,
  random: Random,
): OrgMeetings {
  const b = new Builder(people, random, options.start, options.weeks, options.domain);
  management(b);
  marketWork(b);
  training(b);
  customerSeries(b);
  productAndEngineering(b);
  generalAndAdministrative(b);
  departmentSeries(b);
  soloSeries(b);
  for (let week = 0; week < options.weeks; week++) {
    callsAndRideAlongs(b, week);
    otherOneOffs(b, week);
  }
  for (let week = 0; week < options.weeks; week++) soloBlocks(b, week);
  allDayEvents(b);
  salesKickoff(b);
  maintenanceWindows(b);
  return b.finish();
}
