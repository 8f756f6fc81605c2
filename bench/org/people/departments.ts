// The generated org's departments and roles in realistic proportions, each with the orientation
// PRODUCT.md gives it, where its people tend to work and which calendar apps they use.
import type { ZoneId } from '../time-zones.js';

export type Department =
  | 'Executive'
  | 'Sales'
  | 'Sales Engineering'
  | 'Customer Success'
  | 'Product Management'
  | 'Product Marketing'
  | 'Marketing'
  | 'Engineering'
  | 'Finance'
  | 'People';

/** PRODUCT.md: each role supports individual customers or the market (or neither). */
export type Orientation = 'customer' | 'market' | 'other';

export type CalendarApp = 'google' | 'outlook' | 'apple';

export type Level = 'executive' | 'head' | 'director' | 'manager' | 'individual';

export interface DepartmentSpec {
  name: Department;
  orientation: Orientation;
  /** Share of the non-executive headcount. */
  share: number;
  min: number;
  head: string;
  director: string;
  manager: string;
  individuals: readonly (readonly [string, number])[];
  executive: string;
  zones: readonly (readonly [ZoneId, number])[];
  apps: readonly (readonly [CalendarApp, number])[];
}

const NY = 'America/New_York';
const CHI = 'America/Chicago';
const LA = 'America/Los_Angeles';
const LON = 'Europe/London';
const BER = 'Europe/Berlin';
const MUMBAI = 'Asia/Kolkata';
const SYD = 'Australia/Sydney';

const OFFICE_APPS = [
  ['google', 5],
  ['outlook', 4],
  ['apple', 1],
] as const;
const TECH_APPS = [
  ['google', 7],
  ['outlook', 1],
  ['apple', 2],
] as const;

// Sales engineering is deliberately thin (about one per ten salespeople): the essay's point is
// that product managers then fill the void.
export const DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    name: 'Sales',
    orientation: 'customer',
    share: 0.27,
    min: 3,
    head: 'VP Sales',
    director: 'Sales Director',
    manager: 'Sales Manager',
    individuals: [
      ['Account Executive', 45],
      ['Sales Representative', 30],
      ['Account Manager', 25],
    ],
    executive: 'Chief Revenue Officer',
    zones: [
      [NY, 30],
      [CHI, 15],
      [LA, 20],
      [LON, 15],
      [BER, 12],
      [SYD, 8],
    ],
    apps: OFFICE_APPS,
  },
  {
    name: 'Sales Engineering',
    orientation: 'customer',
    share: 0.025,
    min: 1,
    head: 'Sales Engineering Manager',
    director: 'Sales Engineering Manager',
    manager: 'Sales Engineering Manager',
    individuals: [
      ['Sales Engineer', 60],
      ['Solutions Engineer', 40],
    ],
    executive: 'Chief Revenue Officer',
    zones: [
      [NY, 40],
      [LA, 30],
      [LON, 30],
    ],
    apps: OFFICE_APPS,
  },
  {
    name: 'Customer Success',
    orientation: 'customer',
    share: 0.085,
    min: 1,
    head: 'Director of Customer Success',
    director: 'Director of Customer Success',
    manager: 'Customer Success Lead',
    individuals: [['Customer Success Manager', 1]],
    executive: 'Chief Revenue Officer',
    zones: [
      [NY, 35],
      [CHI, 15],
      [LA, 20],
      [LON, 20],
      [BER, 10],
    ],
    apps: OFFICE_APPS,
  },
  {
    name: 'Product Management',
    orientation: 'market',
    share: 0.07,
    min: 2,
    head: 'VP Product',
    director: 'Director of Product Management',
    manager: 'Group Product Manager',
    individuals: [
      ['Product Manager', 70],
      ['Senior Product Manager', 30],
    ],
    executive: 'Chief Product Officer',
    zones: [
      [NY, 40],
      [LA, 30],
      [LON, 15],
      [BER, 15],
    ],
    apps: TECH_APPS,
  },
  {
    name: 'Product Marketing',
    orientation: 'market',
    share: 0.035,
    min: 1,
    head: 'Director of Product Marketing',
    director: 'Director of Product Marketing',
    manager: 'Product Marketing Lead',
    individuals: [['Product Marketing Manager', 1]],
    executive: 'Chief Marketing Officer',
    zones: [
      [NY, 60],
      [LA, 20],
      [LON, 20],
    ],
    apps: OFFICE_APPS,
  },
  {
    name: 'Marketing',
    orientation: 'market',
    share: 0.085,
    min: 1,
    head: 'VP Marketing',
    director: 'Marketing Director',
    manager: 'Marketing Team Lead',
    individuals: [
      ['Marketing Manager', 40],
      ['Content Marketing Manager', 20],
      ['Event Marketing Manager', 20],
      ['Demand Generation Manager', 20],
    ],
    executive: 'Chief Marketing Officer',
    zones: [
      [NY, 50],
      [LA, 20],
      [LON, 20],
      [BER, 10],
    ],
    apps: OFFICE_APPS,
  },
  {
    name: 'Engineering',
    orientation: 'other',
    share: 0.35,
    min: 2,
    head: 'VP Engineering',
    director: 'Director of Engineering',
    manager: 'Engineering Manager',
    individuals: [
      ['Software Engineer', 70],
      ['Senior Software Engineer', 20],
      ['QA Engineer', 10],
    ],
    executive: 'Chief Technology Officer',
    zones: [
      [LA, 30],
      [NY, 20],
      [BER, 25],
      [MUMBAI, 20],
      [LON, 5],
    ],
    apps: TECH_APPS,
  },
  {
    name: 'Finance',
    orientation: 'other',
    share: 0.03,
    min: 1,
    head: 'Controller',
    director: 'Finance Director',
    manager: 'Finance Manager',
    individuals: [
      ['Financial Analyst', 60],
      ['Accountant', 40],
    ],
    executive: 'Chief Financial Officer',
    zones: [
      [NY, 80],
      [LON, 20],
    ],
    apps: OFFICE_APPS,
  },
  {
    name: 'People',
    orientation: 'other',
    share: 0.04,
    min: 1,
    head: 'Head of People',
    director: 'People Director',
    manager: 'People Operations Manager',
    individuals: [
      ['Recruiter', 60],
      ['HR Business Partner', 40],
    ],
    executive: 'Chief People Officer',
    zones: [
      [NY, 60],
      [LA, 20],
      [LON, 20],
    ],
    apps: OFFICE_APPS,
  },
];

/** The revenue chief leads the customer-facing departments; the other executives support neither. */
export function executiveOrientation(title: string): Orientation {
  return title === 'Chief Revenue Officer' ? 'customer' : 'other';
}

export const EXECUTIVES = [
  'Chief Executive Officer',
  'Chief Revenue Officer',
  'Chief Product Officer',
  'Chief Marketing Officer',
  'Chief Technology Officer',
  'Chief Financial Officer',
  'Chief People Officer',
] as const;

/** Every role the generator uses, with the orientation PRODUCT.md gives it. */
export function orgRoles(): Record<string, Orientation> {
  const roles: Record<string, Orientation> = {};
  for (const title of EXECUTIVES) roles[title] = executiveOrientation(title);
  for (const spec of DEPARTMENTS) {
    for (const title of [spec.head, spec.director, spec.manager]) roles[title] = spec.orientation;
    for (const [title] of spec.individuals) roles[title] = spec.orientation;
  }
  return roles;
}
