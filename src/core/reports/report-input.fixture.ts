// Hand-built ReportInputs for the report tests, small enough to work every figure by hand.
import { DEFAULT_CATEGORIES, MARKET_CATEGORIES } from '../counting/category-rules.js';
import type { Orientation } from '../counting/model.js';
import type { ReportInput, ReportPerson } from './report-input.js';

type Hours = Partial<Record<(typeof DEFAULT_CATEGORIES)[number], number>>;

/** Category-ordered hours from a sparse object. */
export function hours(h: Hours): number[] {
  return DEFAULT_CATEGORIES.map((c) => h[c] ?? 0);
}

export function person(
  email: string,
  fields: {
    department: string;
    role: string;
    orientation: Orientation;
    name?: string;
    active?: boolean;
    hours?: Hours;
    departmentHours?: Record<string, number>;
  },
): ReportPerson {
  return {
    email,
    name: fields.name ?? email.split('@')[0]!,
    department: fields.department,
    role: fields.role,
    orientation: fields.orientation,
    active: fields.active ?? true,
    hours: hours(fields.hours ?? {}),
    departmentHours: fields.departmentHours ?? {},
  };
}

export function input(fields: Partial<ReportInput> & Pick<ReportInput, 'people'>): ReportInput {
  return {
    range: { from: '2026-02-02', to: '2026-02-16', days: 14, timezone: 'Europe/London' },
    categories: DEFAULT_CATEGORIES,
    marketCategories: MARKET_CATEGORIES,
    workweekHours: 40,
    minGroupSize: 2,
    weekly: [],
    invites: [],
    series: [],
    ...fields,
  };
}

/** `count` people of one kind, named `<prefix>1@acme.com`, … */
export function team(
  prefix: string,
  count: number,
  fields: Parameters<typeof person>[1],
): ReportPerson[] {
  return Array.from({ length: count }, (_, i) => person(`${prefix}${i + 1}@acme.com`, fields));
}

const sales = { department: 'Sales', role: 'Account Executive', orientation: 'customer' } as const;
const product = {
  department: 'Product Management',
  role: 'Product Manager',
  orientation: 'market',
} as const;

/**
 * Three account executives and two product managers over 14 days (2 weeks), 40-hour weeks,
 * minGroupSize 2. Every figure the tests expect is worked out beside the data.
 */
export function salesAndProduct(): ReportInput {
  return input({
    people: [
      // scheduled 40; selling share 24 / (2 × 40) = 0.3, of scheduled 24 / 40 = 0.6; market 6
      person('ann@acme.com', {
        ...sales,
        name: 'Ann',
        hours: { selling: 24, planning: 6, internal: 10 },
        departmentHours: { 'Product Management': 10 },
      }),
      // scheduled 40; selling share 32 / 80 = 0.4, of scheduled 0.8; market 4
      person('bob@acme.com', {
        ...sales,
        name: 'Bob',
        hours: { selling: 32, content: 4, 'one-on-one': 2, focus: 2 },
        departmentHours: { 'Product Management': 4 },
      }),
      // scheduled 28; selling share 16 / 80 = 0.2, of scheduled 16 / 28; market 6 + 2 = 8
      person('cy@acme.com', {
        ...sales,
        name: 'Cy',
        hours: { selling: 16, planning: 6, events: 2, training: 4 },
        departmentHours: { 'Product Management': 6 },
      }),
      // scheduled 50; sales support 10; 20 h with Sales = 10 h/week > 8: flagged
      person('pam@acme.com', {
        ...product,
        name: 'Pam',
        hours: { 'sales-support': 10, planning: 12, internal: 8, focus: 20 },
        departmentHours: { Sales: 20 },
      }),
      // scheduled 40; sales support 6; 14 h with Sales = 7 h/week: not flagged
      person('pat@acme.com', {
        ...product,
        name: 'Pat',
        hours: { 'sales-support': 6, content: 10, focus: 24 },
        departmentHours: { Sales: 14 },
      }),
    ],
    weekly: [
      // Week 1: 14 + 20 + 10 = 44 selling h; week 2: 10 + 12 + 6 = 28 (total 72).
      { email: 'ann@acme.com', week: '2026-02-02', days: 7, selling: 14 },
      { email: 'ann@acme.com', week: '2026-02-09', days: 7, selling: 10 },
      { email: 'bob@acme.com', week: '2026-02-02', days: 7, selling: 20 },
      { email: 'bob@acme.com', week: '2026-02-09', days: 7, selling: 12 },
      { email: 'cy@acme.com', week: '2026-02-02', days: 7, selling: 10 },
      { email: 'cy@acme.com', week: '2026-02-09', days: 7, selling: 6 },
      // Pam is market-oriented: her week is not in the customer-oriented trend.
      { email: 'pam@acme.com', week: '2026-02-02', days: 7, selling: 3 },
    ],
    invites: [
      // Roadmap planning: weekly, Ann and Cy 1.5 h each time → 6 h, 2 occurrences, 2 people.
      { uid: 'roadmap', occurrences: 2, attendees: ['ann@acme.com', 'cy@acme.com'], hours: 6 },
      // Launch events sync: once, Bob and Ann 1 h each → 2 h.
      { uid: 'launch', occurrences: 1, attendees: ['ann@acme.com', 'bob@acme.com'], hours: 2 },
      // Deck review: a single event, Bob 2 h → 2 h (ties with Launch; "Deck" sorts first).
      { uid: 'deck', occurrences: 1, attendees: ['bob@acme.com'], hours: 2 },
      // OKR kickoff: Cy 0.5 h.
      { uid: 'okr', occurrences: 1, attendees: ['cy@acme.com'], hours: 0.5 },
    ],
    series: [
      {
        uid: 'roadmap',
        title: 'Roadmap planning',
        organizer: 'pam@acme.com',
        organizerName: 'Pam',
        organizerDepartment: 'Product Management',
      },
      {
        uid: 'launch',
        title: 'Launch events sync',
        organizer: 'pat@acme.com',
        organizerName: 'Pat',
        organizerDepartment: 'Product Management',
      },
      {
        uid: 'deck',
        title: 'Deck review',
        organizer: 'pat@acme.com',
        organizerName: 'Pat',
        organizerDepartment: 'Product Management',
      },
      {
        uid: 'okr',
        title: 'OKR kickoff',
        organizer: 'pam@acme.com',
        organizerName: 'Pam',
        organizerDepartment: 'Product Management',
      },
    ],
  });
}
