// The builder the phases share: the people, the free-time grid, the accounts and pools, and the
// meetings placed so far, with who holds which. Series and one-offs are placed by place-series.ts
// and place-one-off.ts; all-day events and late joiners here.
import type { Person } from '../people.js';
import type { CalendarApp } from '../people/departments.js';
import type { Random } from '../random.js';
import type { ZoneId } from '../time-zones.js';
import { toUtc } from '../time-zones.js';
import type { Account } from './accounts.js';
import { assignAccounts } from './accounts.js';
import type { AnswerStyle } from './answers.js';
import { answerAsGuest, answerInvitation } from './answers.js';
import { Colleagues } from './colleagues.js';
import { Grid, SLOT_MINUTES, slotOf } from './free-time-grid.js';
import { HolidayCalendar } from './holidays.js';
import type { Guest, Invitee, Meeting, MeetingKind, OrgMeetings, Repeat } from './meeting-model.js';
import { DAY_MS, MINUTE_MS, NONE, WEEK_MS } from './meeting-model.js';
import type { OneOffPlan } from './place-one-off.js';
import { placeOneOff } from './place-one-off.js';
import type { SeriesPlan } from './place-series.js';
import { placeSeries } from './place-series.js';
import { makeUid } from './uids.js';

type MeetingFields = Partial<Meeting> & Pick<Meeting, 'kind' | 'title' | 'zone' | 'start' | 'end'>;

/** Places meetings for the phases and records who holds what; `finish` hands over the result. */
export class Builder {
  readonly meetings: Meeting[] = [];
  readonly byPerson: number[][];
  readonly grid: Grid;
  readonly rangeEnd: number;
  readonly exportedAt: number;
  readonly holidays: HolidayCalendar;
  private readonly company: string;
  private readonly marketLoad: Float64Array;
  private readonly colleagues: Colleagues;
  private readonly accounts: Map<number, Account[]>;

  constructor(
    readonly people: readonly Person[],
    readonly random: Random,
    readonly rangeStart: number,
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
    this.holidays = new HolidayCalendar(rangeStart, this.rangeEnd);
    this.colleagues = new Colleagues(people, random);
    this.accounts = assignAccounts(people, this.pool('customerFacing'), random);
  }

  person(index: number): Person {
    const person = this.people[index];
    if (person === undefined) throw new RangeError(`no person ${index}`);
    return person;
  }

  pool(name: string): number[] {
    return this.colleagues.pool(name);
  }

  /** `count` people from `pool`, mostly in the same part of the world as `near`, least loaded first. */
  choose(
    pool: readonly number[],
    count: number,
    near: number,
    exclude: readonly number[] = [],
    load?: Float64Array,
  ): number[] {
    return this.colleagues.choose(pool, count, near, exclude, load);
  }

  // --- answers, guests, accounts --------------------------------------------------------------

  invitee(person: number, style: AnswerStyle, optional = false): Invitee {
    return answerInvitation(this.random, person, style, optional);
  }

  guest(contact: { email: string; name: string }): Guest {
    return answerAsGuest(this.random, contact);
  }

  accountOf(person: number): Account {
    return this.random.pick(this.accounts.get(person) ?? []);
  }

  contacts(account: Account, lo: number, hi: number): Guest[] {
    const chosen = this.random.shuffle([...account.contacts]).slice(0, this.random.int(lo, hi));
    return chosen.map((contact) => this.guest(contact));
  }

  // --- creating meetings ----------------------------------------------------------------------

  /** A new meeting with every field set, its UID in the style of `app`. */
  create(fields: MeetingFields, app: CalendarApp | 'external'): Meeting {
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
  register(meeting: Meeting): void {
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

  /** Marks `persons` busy from `start` to `end` (local ms in `zone`). */
  markTime(zone: ZoneId, start: number, end: number, persons: readonly number[]): void {
    const week = Math.floor((start - this.rangeStart) / WEEK_MS);
    const minuteOfWeek = (start - this.rangeStart - week * WEEK_MS) / MINUTE_MS;
    const length = Math.ceil((end - start) / (SLOT_MINUTES * MINUTE_MS));
    this.grid.mark(persons, week, slotOf(zone, minuteOfWeek), length);
  }

  /** Who spends the time: the invitees who did not decline, the organiser and the owner. */
  attending(meeting: Meeting, invitees: readonly Invitee[]): number[] {
    const persons = invitees.filter((i) => i.answer !== 'DECLINED').map((i) => i.person);
    if (meeting.organizer !== null) persons.push(meeting.organizer);
    if (meeting.owner !== null) persons.push(meeting.owner);
    return persons;
  }

  series(plan: SeriesPlan): Meeting | null {
    return placeSeries(this, plan);
  }

  oneOff(plan: OneOffPlan): Meeting | null {
    return placeOneOff(this, plan);
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
