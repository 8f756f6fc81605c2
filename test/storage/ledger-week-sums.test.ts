// The ledger's two forms agree, on SQLite and PostgreSQL: summing the packed week rows
// (sumLedgerWeeks: whole weeks from running totals, the weeks at the ends day by day) gives
// exactly what summing the per-day tables (ledger_days, ledger_departments, ledger_invites) over
// the same days gives, for ranges aligned to weeks, starting or ending mid-week, inside one week,
// one day, and with no data; and again after a re-import changes one person's calendar.
//
// The org is test/counting/two-week-org.ts (Mon 2 – Fri 13 February 2026, New York) plus an
// export of Cy's own (Cy is a Sales Engineer: customer-oriented, rule 9 charges Cy's time):
//   odd      Wed 11 Feb 09:00:00–09:20:30, solo: 20.5 min, so Cy's week of 9 Feb is stored in ms
//   prep     Tue 17 Feb 10:00–11:00, solo: Cy's only time in the week of 16 Feb
//   weekend  Sun 8 Mar 23:00 – Mon 9 Mar 01:00, Eve organises, Cy attends: 1 h in each of two weeks
//   late     Tue 10 Mar 23:00 – Wed 11 Mar 01:00, Eve organises, Cy attends: 2 h in one week
// (US DST starts Sunday 8 March at 02:00, before `weekend` starts.)
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { countingContext, type CountingContext } from '../../src/core/counting/counting-context.js';
import { dayDate, dayNumber, isoWeekStart } from '../../src/core/counting/day-clock.js';
import type { InviteSeriesHours } from '../../src/core/reports/report-input.js';
import { openDatabase, type OrientDatabase } from '../../src/storage/database.js';
import { listPeople } from '../../src/storage/directory-store.js';
import { ensureLedger } from '../../src/storage/ledger-store.js';
import { CATEGORY_COLUMNS } from '../../src/storage/ledger-tables.js';
import { sumLedgerWeeks, type LedgerSums } from '../../src/storage/ledger-week-sums.js';
import { inSnapshot } from '../../src/storage/transaction.js';
import { decodeLedgerWeek, type LedgerWeek } from '../../src/storage/ledger-weeks.js';
import {
  BASE_CONFIG,
  acme,
  event,
  reportOrg,
  type OrgOptions,
  type ReportOrg,
} from '../counting/report-org.js';
import { writeTwoWeekExports } from '../counting/two-week-org.js';
import { BACKENDS } from '../support/backends.js';

const HOUR_MS = 3_600_000;

const odd = event({
  uid: 'cy-odd',
  title: 'Odd block',
  start: '20260211T090000',
  end: '20260211T092030',
  organizer: acme('cy'),
});
const prep = event({
  uid: 'cy-prep',
  title: 'Prep',
  start: '20260217T100000',
  end: '20260217T110000',
  organizer: acme('cy'),
});
const weekend = event({
  uid: 'weekend-sync',
  title: 'Weekend sync',
  start: '20260308T230000',
  end: '20260309T010000',
  organizer: acme('eve'),
  attendees: [acme('eve'), acme('cy')],
});
const late = event({
  uid: 'late-sync',
  title: 'Late sync',
  start: '20260310T230000',
  end: '20260311T010000',
  organizer: acme('eve'),
  attendees: [acme('eve'), acme('cy')],
});
/** What the re-import replaces Cy's export with: prep and the odd block gone, one new meeting. */
const moved = event({
  uid: 'cy-moved',
  title: 'Moved block',
  start: '20260212T140000',
  end: '20260212T150000',
  organizer: acme('cy'),
});

/** `[from, to)` as ISO dates; the comment says which kind of range it is. */
const RANGES: readonly (readonly [string, string, string])[] = [
  ['2026-02-02', '2026-02-16', 'two whole weeks, Monday to Monday'],
  ['2026-02-09', '2026-02-16', 'one whole week'],
  ['2026-01-26', '2026-03-30', 'every week with data and some without'],
  ['2026-02-04', '2026-02-16', 'starts on a Wednesday'],
  ['2026-02-05', '2026-02-09', 'starts on a Thursday, ends on a Monday'],
  ['2026-02-02', '2026-02-12', 'ends on a Thursday'],
  ['2026-02-04', '2026-02-12', 'starts and ends mid-week'],
  ['2026-02-03', '2026-02-18', 'mid-week to mid-week, one whole week between'],
  ['2026-02-03', '2026-02-16', 'starts on a Tuesday, ends on a Monday'],
  ['2026-02-03', '2026-02-06', 'inside one week'],
  ['2026-02-10', '2026-02-17', 'seven days, Tuesday to Tuesday'],
  ['2026-02-10', '2026-02-12', 'Tuesday and Wednesday'],
  ['2026-02-04', '2026-02-05', 'a single Wednesday'],
  ['2026-02-09', '2026-02-10', 'a single Monday'],
  ['2026-03-08', '2026-03-09', 'a single Sunday'],
  ['2026-03-02', '2026-03-16', 'the DST weeks, Monday to Monday'],
  ['2026-03-09', '2026-03-11', 'the Monday and Tuesday after DST'],
  ['2026-03-11', '2026-03-12', 'the Wednesday late-sync ends on'],
  ['2026-01-05', '2026-01-19', 'no data, whole weeks'],
  ['2026-04-07', '2026-04-09', 'no data, inside one week'],
  ['2026-02-14', '2026-02-16', 'a weekend with no data'],
  ['2026-02-23', '2026-03-09', "starts in Cy's week with nothing, ends in Cy's last week"],
  ['2026-02-16', '2026-03-02', 'the org has finished; Cy has prep, then nothing'],
  ['2026-02-09', '2026-03-23', "past Cy's last week"],
  ['2026-02-25', '2026-03-18', "mid-week in Cy's empty week to mid-week after Cy's last"],
  ['2026-03-16', '2026-03-30', 'after everyone'],
  ['2026-02-16', '2026-02-23', "Cy's week with only prep"],
];

interface Ledger {
  database: OrientDatabase;
  context: CountingContext;
  categories: number;
  selling: number;
}

/** Opens the org's database and brings the ledger up to date, as `orient report` does. */
async function openLedger(org: ReportOrg): Promise<Ledger> {
  const loaded = loadConfig({}, join(org.dir, 'orient.config.yaml'), org.dir);
  if (!loaded.ok) throw new Error(loaded.error);
  const database = await openDatabase(org.target);
  try {
    const people = await listPeople(database.db, { includeInactive: true });
    const context = countingContext(loaded.config, people);
    await ensureLedger(database, context);
    const { categories } = context.rules;
    return {
      database,
      context,
      categories: categories.length,
      selling: categories.indexOf('selling'),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What summing the per-day tables over `[fromDay, toDay)` gives, in sumLedgerWeeks' shape. */
async function daySums(
  { database, categories, selling }: Ledger,
  fromDay: number,
  toDay: number,
): Promise<LedgerSums> {
  const db = database.db;
  const columns = CATEGORY_COLUMNS.slice(0, categories);
  const days = await db
    .selectFrom('ledger_days')
    .selectAll()
    .where('day', '>=', fromDay)
    .where('day', '<', toDay)
    .execute();
  const totals = new Map<string, number[]>();
  const weeks = new Map<string, { email: string; week: number; ms: number[] }>();
  const add = (into: number[], row: Record<string, unknown>) =>
    columns.forEach((c, i) => (into[i]! += Number(row[c])));
  for (const row of days) {
    const total = totals.get(row.email) ?? new Array<number>(categories).fill(0);
    add(total, row);
    totals.set(row.email, total);
    const week = isoWeekStart(Number(row.day));
    const key = `${row.email}\u0000${week}`;
    const weekly = weeks.get(key) ?? {
      email: row.email,
      week,
      ms: new Array<number>(categories).fill(0),
    };
    add(weekly.ms, row);
    weeks.set(key, weekly);
  }
  const weekly = [...weeks.values()]
    .filter((w) => w.ms[selling]! > 0)
    .sort((a, b) => byText(a.email, b.email) || a.week - b.week)
    .map((w) => ({
      email: w.email,
      week: dayDate(w.week),
      days: Math.min(w.week + 7, toDay) - Math.max(w.week, fromDay),
      selling: w.ms[selling]! / HOUR_MS,
    }));

  const departmentRows = await db
    .selectFrom('ledger_departments')
    .selectAll()
    .where('day', '>=', fromDay)
    .where('day', '<', toDay)
    .execute();
  const departmentMs = new Map<string, Map<string, number>>();
  for (const r of departmentRows) {
    const record = departmentMs.get(r.email) ?? new Map<string, number>();
    record.set(r.department, (record.get(r.department) ?? 0) + Number(r.ms));
    departmentMs.set(r.email, record);
  }
  const departmentHours = new Map<string, Record<string, number>>();
  for (const [email, record] of departmentMs) {
    departmentHours.set(
      email,
      Object.fromEntries([...record].map(([department, ms]) => [department, ms / HOUR_MS])),
    );
  }

  const inviteRows = await db
    .selectFrom('ledger_invites')
    .selectAll()
    .where('day', '>=', fromDay)
    .where('day', '<', toDay)
    .execute();
  const series = new Map<string, { keys: Set<string>; emails: Set<string>; ms: number }>();
  for (const r of inviteRows) {
    const charged = series.get(r.uid) ?? { keys: new Set(), emails: new Set(), ms: 0 };
    charged.keys.add(r.recurrence_key);
    charged.emails.add(r.email);
    charged.ms += Number(r.ms);
    series.set(r.uid, charged);
  }
  const invites: InviteSeriesHours[] = [...series]
    .sort(([a], [b]) => byText(a, b))
    .map(([uid, c]) => ({
      uid,
      occurrences: c.keys.size,
      attendees: [...c.emails].sort(byText),
      hours: c.ms / HOUR_MS,
    }));

  return { totals, weekly, departmentHours, invites };
}

/** Both forms over every range in RANGES; returns the week sums of a range, for hand checks. */
async function crossCheck(ledger: Ledger): Promise<(from: string, to: string) => LedgerSums> {
  const out = new Map<string, LedgerSums>();
  for (const [from, to, kind] of RANGES) {
    const fromDay = dayNumber(from);
    const toDay = dayNumber(to);
    const { database, categories, selling } = ledger;
    const weeks = await inSnapshot(database, (db) =>
      sumLedgerWeeks(db, categories, selling, fromDay, toDay),
    );
    const days = await daySums(ledger, fromDay, toDay);
    const label = `[${from}, ${to}) ${kind}`;
    expect(weeks.totals, label).toEqual(days.totals);
    expect(weeks.weekly, label).toEqual(days.weekly);
    expect(weeks.departmentHours, label).toEqual(days.departmentHours);
    expect(weeks.invites, label).toEqual(days.invites);
    out.set(`${from}/${to}`, weeks);
  }
  return (from, to) => {
    const sums = out.get(`${from}/${to}`);
    if (!sums) throw new Error(`[${from}, ${to}) is not in RANGES`);
    return sums;
  };
}

/**
 * The (email, week) pairs the running-total rows hold (each person's last week marked), and those
 * the day tables imply; ledger_weeks must hold exactly the weeks with selling or charges.
 */
async function weekKeys({
  database,
  selling: sellingIndex,
}: Ledger): Promise<{ rows: string[]; days: string[] }> {
  const db = database.db;
  const rows = await db.selectFrom('ledger_weeks').select(['email', 'week']).execute();
  const totals = await db
    .selectFrom('ledger_week_totals')
    .select(['email', 'week', 'last'])
    .execute();
  const key = (r: { email: string; week: number }) => `${r.email} ${Number(r.week)}`;
  const selling =
    sellingIndex < 0
      ? []
      : await db
          .selectFrom('ledger_days')
          .select(['email', 'day'])
          .where(CATEGORY_COLUMNS[sellingIndex]!, '>', 0)
          .execute();
  const lastWeek = new Map<string, number>();
  for (const r of totals)
    lastWeek.set(r.email, Math.max(lastWeek.get(r.email) ?? -Infinity, Number(r.week)));
  expect(
    totals
      .filter((r) => Number(r.last) === 1)
      .map(key)
      .sort(),
  ).toEqual([...lastWeek].map(([email, week]) => key({ email, week })).sort());
  const implied = new Set<string>();
  const imply = (email: string, day: number) => implied.add(`${email} ${isoWeekStart(day)}`);
  for (const r of await db.selectFrom('ledger_days').select(['email', 'day']).execute())
    imply(r.email, Number(r.day));
  for (const r of await db.selectFrom('ledger_departments').select(['email', 'day']).execute())
    imply(r.email, Number(r.day));
  for (const r of await db.selectFrom('ledger_invites').select(['email', 'day']).execute())
    imply(r.email, Number(r.day));
  // Every week from each person's first to their last.
  const span = new Map<string, { first: number; last: number }>();
  for (const key of implied) {
    const [email, week] = key.split(' ') as [string, string];
    const s = span.get(email);
    span.set(email, {
      first: Math.min(s?.first ?? Infinity, Number(week)),
      last: Math.max(s?.last ?? -Infinity, Number(week)),
    });
  }
  const dense: string[] = [];
  for (const [email, { first, last }] of span)
    for (let week = first; week <= last; week += 7) dense.push(`${email} ${week}`);
  // Weeks with selling or charges.
  const busy = new Set<string>();
  for (const r of selling) busy.add(`${r.email} ${isoWeekStart(Number(r.day))}`);
  for (const r of await db.selectFrom('ledger_invites').select(['email', 'day']).execute())
    busy.add(`${r.email} ${isoWeekStart(Number(r.day))}`);
  expect(rows.map(key).sort()).toEqual([...busy].sort());
  return { rows: totals.map(key).sort(), days: dense.sort() };
}

async function weekRow({ database }: Ledger, email: string, week: string): Promise<LedgerWeek> {
  const row = await database.db
    .selectFrom('ledger_week_totals')
    .select('days')
    .where('email', '=', email)
    .where('week', '=', dayNumber(week))
    .executeTakeFirstOrThrow();
  return decodeLedgerWeek(JSON.parse(`[${row.days}]`) as number[]).week;
}

const hoursIn = (ms: readonly number[] | undefined): number =>
  (ms ?? []).reduce((sum, x) => sum + x, 0) / HOUR_MS;

/**
 * The two-week org plus Cy's export, imported. `open` (re)opens its ledger as `orient report`
 * does, `close` closes it (before a re-import); both are closed when the test ends.
 */
async function cyOrg(
  options: OrgOptions,
): Promise<{ org: ReportOrg; open(): Promise<Ledger>; close(): Promise<void> }> {
  const org = await reportOrg(options);
  let ledger: Ledger | null = null;
  const close = async () => {
    await ledger?.database.close();
    ledger = null;
  };
  onTestFinished(async () => {
    await close();
    await org.dispose();
  });
  writeTwoWeekExports(org);
  org.writeExport(acme('cy'), odd, prep, weekend, late);
  await org.importCalendars();
  return {
    org,
    close,
    async open() {
      await close();
      ledger = await openLedger(org);
      return ledger;
    },
  };
}

describe.each(BACKENDS)('ledger week sums on %s', (backend) => {
  it('match the per-day tables over every kind of range, and after a re-import', async () => {
    const { org, open, close } = await cyOrg({ backend });
    let ledger = await open();
    const cy = acme('cy');
    const selling = ledger.context.rules.categories.indexOf('selling');
    expect(selling).toBe(0);

    const sums = await crossCheck(ledger);
    // Not vacuous: the org's two weeks are in the week rows.
    expect(sums('2026-02-02', '2026-02-16').totals.size).toBe(6);
    expect(sums('2026-01-05', '2026-01-19')).toEqual({
      totals: new Map(),
      weekly: [],
      departmentHours: new Map(),
      invites: [],
    });

    // Globex demo, Wed 4 Feb 11:00–12:00, is Cy's only selling time (external buyer present):
    // 1 h Monday to Monday, 1 h on the Wednesday alone, none from the Thursday.
    expect(sums('2026-02-02', '2026-02-16').totals.get(cy)![selling]).toBe(HOUR_MS);
    expect(sums('2026-02-04', '2026-02-05').totals.get(cy)![selling]).toBe(HOUR_MS);
    expect(sums('2026-02-05', '2026-02-09').totals.get(cy)![selling]).toBe(0);
    // From Thursday Cy has only Sales training, Thu 5 Feb 13:00–15:00.
    expect(hoursIn(sums('2026-02-05', '2026-02-09').totals.get(cy))).toBe(2);
    // The odd block alone on Wed 11 Feb: 20 min 30 s, to the millisecond.
    expect(hoursIn(sums('2026-02-10', '2026-02-12').totals.get(cy)) * HOUR_MS).toBe(
      2 * HOUR_MS + 1_230_000, // with Roadmap planning, Tue 10 Feb 10:00–12:00
    );
    // Selling by week: the demo is in the week of 2 Feb, 5 of whose days are in [4 Feb, 16 Feb).
    expect(sums('2026-02-02', '2026-02-16').weekly.filter((w) => w.email === cy)).toEqual([
      { email: cy, week: '2026-02-02', days: 7, selling: 1 },
    ]);
    expect(sums('2026-02-04', '2026-02-16').weekly.filter((w) => w.email === cy)).toEqual([
      { email: cy, week: '2026-02-02', days: 5, selling: 1 },
    ]);
    expect(sums('2026-02-05', '2026-02-09').weekly.filter((w) => w.email === cy)).toEqual([]);

    // Weekend sync crosses Sun 8 → Mon 9 March, late sync Tue 10 → Wed 11 March (EDT).
    expect(hoursIn(sums('2026-03-08', '2026-03-09').totals.get(cy))).toBe(1);
    expect(hoursIn(sums('2026-03-11', '2026-03-12').totals.get(cy))).toBe(1);
    // Cy's weeks of 23 Feb (nothing) to 9 March: weekend sync 2 h + late sync 2 h.
    expect(hoursIn(sums('2026-02-23', '2026-03-09').totals.get(cy))).toBe(1);
    // Roadmap planning and the odd block, prep, the two syncs: to the millisecond.
    expect(
      sums('2026-02-09', '2026-03-23')
        .totals.get(cy)!
        .reduce((a, b) => a + b),
    ).toBe((2 + 1 + 4) * HOUR_MS + 1_230_000);
    // Rule 9 (Eve, not customer-oriented, organises; nobody external): late sync's two days
    // in one occurrence, weekend sync split by the range's start. Cy is the only one charged.
    expect(sums('2026-03-09', '2026-03-11').invites).toEqual([
      { uid: 'late-sync', occurrences: 1, attendees: [cy], hours: 1 },
      { uid: 'weekend-sync', occurrences: 1, attendees: [cy], hours: 1 },
    ]);
    expect(sums('2026-03-02', '2026-03-16').invites).toEqual([
      { uid: 'late-sync', occurrences: 1, attendees: [cy], hours: 2 },
      { uid: 'weekend-sync', occurrences: 1, attendees: [cy], hours: 2 },
    ]);

    // Units: the odd 30 s keeps all of Cy's weeks in milliseconds; Eve's are in minutes.
    expect((await weekRow(ledger, cy, '2026-02-09')).u).toBe(1);
    expect((await weekRow(ledger, cy, '2026-02-02')).u).toBe(1);
    expect((await weekRow(ledger, acme('eve'), '2026-02-02')).u).toBe(60_000);
    // A row for every week from each person's first to their last, the empty ones included.
    const keys = await weekKeys(ledger);
    expect(keys.rows).toEqual(keys.days);
    expect(keys.rows).toContain(`${cy} ${dayNumber('2026-02-23')}`);
    expect(await weekRow(ledger, cy, '2026-02-23')).toMatchObject({ h: [], d: [], i: [] });
    expect((await weekRow(ledger, cy, '2026-02-16')).h).not.toEqual([]);

    // Re-import: Cy's export loses prep and the odd block and gains Thu 12 Feb 14:00–15:00.
    await close();
    org.writeExport(cy, moved, weekend, late);
    await org.importCalendars();
    ledger = await open();

    const again = await crossCheck(ledger);
    const afterKeys = await weekKeys(ledger);
    expect(afterKeys.rows).toEqual(afterKeys.days);
    // Nothing stale: Cy's week of 16 Feb (prep only) is empty now, and the odd block is gone.
    expect(await weekRow(ledger, cy, '2026-02-16')).toMatchObject({ h: [], d: [], i: [] });
    expect(again('2026-02-16', '2026-02-23').totals.has(cy)).toBe(false);
    expect(again('2026-02-14', '2026-02-16').totals.size).toBe(0);
    expect(again('2026-02-03', '2026-02-18').totals.get(cy)).toEqual(
      again('2026-02-03', '2026-02-16').totals.get(cy),
    );
    // Wed 11 Feb now has nothing of Cy's; Cy's weeks are back in minutes.
    expect(hoursIn(again('2026-02-10', '2026-02-12').totals.get(cy))).toBe(2);
    expect((await weekRow(ledger, cy, '2026-02-09')).u).toBe(60_000);
    // Cy's week of 9 Feb: Roadmap planning (Tue 10, 2 h) with the odd block before, with the
    // moved block (Thu 12, 1 h) after.
    expect(
      sums('2026-02-09', '2026-02-16')
        .totals.get(cy)!
        .reduce((a, b) => a + b),
    ).toBe(2 * HOUR_MS + 1_230_000);
    expect(hoursIn(again('2026-02-09', '2026-02-16').totals.get(cy))).toBe(3);
    expect(hoursIn(again('2026-02-02', '2026-02-12').totals.get(cy))).toBe(
      hoursIn(again('2026-02-02', '2026-02-16').totals.get(cy)) - 1,
    );
    // Everyone else is unchanged.
    for (const range of ['2026-02-02/2026-02-16', '2026-03-02/2026-03-16']) {
      const [from, to] = range.split('/') as [string, string];
      const others = (s: LedgerSums) => [...s.totals].filter(([email]) => email !== cy);
      expect(others(again(from, to))).toEqual(others(sums(from, to)));
    }
  });

  // The selling category's place comes from the rules: second here, or missing altogether. The
  // writer and the reader must agree on it (weekly selling, and the weeks ledger_weeks keeps).
  it.each([
    [
      'second',
      ['meetings', 'selling', 'uncategorised'],
      ['    - category: meetings', '      when: { solo: false, external: false }'],
    ],
    ['missing', ['meetings', 'uncategorised'], ['    - category: meetings', '      when: {}']],
  ])('match the per-day tables with selling %s in the rules', async (_, categories, rules) => {
    const config = [BASE_CONFIG.trimEnd(), 'rules:', '  mode: replace', '  list:', ...rules];
    if (categories.includes('selling'))
      config.push('    - category: selling', '      when: { external: true }');
    const ledger = await (await cyOrg({ backend, config: config.join('\n') + '\n' })).open();
    expect(ledger.context.rules.categories).toEqual(categories);
    const sums = await crossCheck(ledger);
    const keys = await weekKeys(ledger);
    expect(keys.rows).toEqual(keys.days);
    // The Globex demo (external buyer, Wed 4 Feb 11:00–12:00) is Cy's selling hour, if any.
    const cyWeeks = sums('2026-02-02', '2026-02-16').weekly.filter((w) => w.email === acme('cy'));
    expect(cyWeeks).toEqual(
      categories.includes('selling')
        ? [{ email: acme('cy'), week: '2026-02-02', days: 7, selling: 1 }]
        : [],
    );
  });
});
