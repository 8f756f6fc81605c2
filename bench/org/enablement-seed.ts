// The demo's field research and enablement plan (issue 5): what its product managers and product
// marketers noted riding along on sales calls and in one-on-ones, what its salespeople asked for,
// and the enablement items built from both. Pure data and choices — the caller reads the directory
// and the sales calls from the imported calendars, hands them in, and stores what comes back
// (src/cli/demo-enablement.ts). Same directory and calls, same seed.
//
// The figures are chosen so the plan tells a story at a quarter's budget of 60 days and 40,000:
// walking the list from the top hires a sales engineer and then stops at the ROI calculator, while
// the best set skips the hire and takes the calculator and the security-review sandbox instead
// (worked out in test/cli/demo.test.ts). The security questionnaire library ships mid-quarter
// (SHIP_DAY), with questionnaire struggles noted before it and fewer after, to close the loop on.
import type {
  HoursDerivation,
  ItemKind,
  Moment,
  RequestStatus,
} from '../../src/core/enablement/model.js';

/** A person as the directory lists them. */
export interface SeedPerson {
  email: string;
  department: string;
  role: string;
}

/** A sales call a market-oriented person attended with a salesperson (ride-along-meetings.ts). */
export interface SeedCall {
  /** The org-timezone day of the call. */
  date: string;
  uid: string;
  recurrenceKey: string;
  observer: string;
  salespeople: string[];
  account: string | null;
}

export type SeedMoment = Omit<Moment, 'id'>;

export interface SeedNote {
  kind: 'interview' | 'ride-along';
  observer: string;
  salespeople: string[];
  date: string;
  account: string | null;
  occurrence: { uid: string; recurrenceKey: string } | null;
  moments: SeedMoment[];
}

export interface SeedVote {
  salesperson: string;
  recordedBy: string;
  at: string;
}

export interface SeedRequest {
  key: string;
  title: string;
  description: string;
  requestedBy: string;
  createdAt: string;
  votes: SeedVote[];
  /** Status steps after it is created (each an allowed transition from the one before). */
  steps: RequestStatus[];
  /** Merged into the request with this key once created. */
  duplicateOf: string | null;
}

export interface SeedItem {
  title: string;
  kind: ItemKind;
  description: string;
  effortDays: number;
  cost: number;
  sellingHoursPerWeek: number | null;
  derivation: HoursDerivation | null;
  confidence: number;
  status: 'proposed' | 'planned';
  tags: string[];
  /** Evidence as positions in the seed: notes, [note, moment] pairs, request keys. */
  evidence: { notes: number[]; moments: [number, number][]; requests: string[] };
  /** Ships on this day (with the requests it answers). */
  shipsOn: string | null;
}

export interface EnablementSeed {
  notes: SeedNote[];
  requests: SeedRequest[];
  items: SeedItem[];
}

/** The quarter's first day (the demo's DEMO_START) and the day the questionnaire library ships. */
export const SEED_START = '2026-06-01';
export const SHIP_DAY = '2026-07-13';

/** Product people who ride along, in the order preferred: the individuals first, then heads. */
export const OBSERVER_ROLES = [
  'Product Manager',
  'Senior Product Manager',
  'Product Marketing Manager',
  'VP Product',
  'Director of Product Marketing',
] as const;

/** Salespeople who carry a quota: they are interviewed, ask and vote. */
export const SELLER_ROLES = [
  'Account Executive',
  'Sales Representative',
  'Account Manager',
] as const;

/** At most this many observers take part (enough for variety; the rest of the team stays quiet). */
const MAX_OBSERVERS = 4;
/** A ride-along is looked for in the week from its slot's day. */
const SEARCH_DAYS = 7;

/** The observers: by role preference, then e-mail. */
export function seedObservers(people: readonly SeedPerson[]): string[] {
  return ranked(people, OBSERVER_ROLES).slice(0, MAX_OBSERVERS);
}

/** The salespeople: quota-carrying sales roles, by e-mail. */
export function seedSellers(people: readonly SeedPerson[]): string[] {
  return people
    .filter((p) => p.department === 'Sales' && (SELLER_ROLES as readonly string[]).includes(p.role))
    .map((p) => p.email)
    .sort();
}

function ranked(people: readonly SeedPerson[], roles: readonly string[]): string[] {
  return people
    .filter((p) => roles.includes(p.role))
    .sort(
      (a, b) =>
        roles.indexOf(a.role) - roles.indexOf(b.role) ||
        (a.email < b.email ? -1 : a.email > b.email ? 1 : 0),
    )
    .map((p) => p.email);
}

/**
 * The seed for this directory and these calls; null when the org has no product person to observe
 * or fewer than three salespeople (a tiny `--people`), so the demo then starts without one.
 */
export function enablementSeed(
  people: readonly SeedPerson[],
  calls: readonly SeedCall[],
): EnablementSeed | null {
  const observers = seedObservers(people);
  const sellers = seedSellers(people);
  if (observers.length === 0 || sellers.length < 3) return null;
  const seller = (i: number) => sellers[i % sellers.length]!;
  const observer = (i: number) => observers[i % observers.length]!;
  const ours = new Set(observers);
  const notes = chooseNotes(
    NOTE_SLOTS,
    calls.filter((c) => ours.has(c.observer)),
    observer,
    seller,
  );
  const requests = REQUESTS.map((r) => requestOf(r, seller, observer));
  const items = ITEMS.map((item) => itemOf(item, notes));
  return { notes, requests, items };
}

// ---- Field notes -------------------------------------------------------------------------------

interface NoteSlot {
  /** Days after SEED_START the note is looked for. */
  day: number;
  kind: 'interview' | 'ride-along';
  moments: SeedMoment[];
}

const m = (
  kind: Moment['kind'],
  raisedBy: Moment['raisedBy'],
  severity: Moment['severity'],
  tags: string[],
  text: string,
): SeedMoment => ({ kind, raisedBy, severity, tags, text });

// Nine notes before SHIP_DAY (the last looked for from day 31, so found by day 37 = 2026-07-07)
// and seven from it on; five questionnaire struggles before, one after.
const NOTE_SLOTS: readonly NoteSlot[] = [
  {
    day: 0,
    kind: 'ride-along',
    moments: [
      m(
        'struggle',
        'customer',
        3,
        ['security-questionnaire'],
        "Their IT lead asked whether we would fill in their 240-question security questionnaire before the trial. The rep promised 'within a week' with no idea who answers it.",
      ),
      m(
        'unsure',
        'salesperson',
        2,
        ['pricing'],
        'Hesitated on whether the annual-prepay discount stacks with the multi-year one; quoted both, then walked it back.',
      ),
    ],
  },
  {
    day: 4,
    kind: 'ride-along',
    moments: [
      m(
        'struggle',
        'customer',
        2,
        ['integrations'],
        "Asked whether we sync with their Salesforce custom objects. Rep said 'probably, through the API' and moved on; the customer wrote it down as a risk.",
      ),
      m(
        'unsure',
        'salesperson',
        1,
        ['discovery'],
        'Went to the demo after two questions about their team; never asked who signs off or what happens if they do nothing.',
      ),
    ],
  },
  {
    day: 8,
    kind: 'interview',
    moments: [
      m(
        'struggle',
        'salesperson',
        2,
        ['pricing'],
        'Builds every quote from a spreadsheet copied from an old deal: about half an hour each, and never sure the discount tiers are current.',
      ),
      m(
        'struggle',
        'salesperson',
        3,
        ['security-questionnaire'],
        'Spends half a day per enterprise deal chasing engineers for security answers; two questionnaires are waiting right now.',
      ),
    ],
  },
  {
    day: 11,
    kind: 'ride-along',
    moments: [
      m(
        'struggle',
        'customer',
        3,
        ['competitor'],
        "Customer put a competitor's comparison slide on screen. The rep could not answer the audit-log and SSO rows and said he would follow up.",
      ),
      m(
        'unsure',
        'salesperson',
        2,
        ['security-questionnaire'],
        'Unsure whether we hold SOC 2 Type II or only Type I; said he would check.',
      ),
    ],
  },
  {
    day: 15,
    kind: 'ride-along',
    moments: [
      m(
        'struggle',
        'customer',
        2,
        ['roi'],
        "The CFO asked for a payback period. The rep had nothing beyond 'our customers love it'.",
      ),
      m(
        'unsure',
        'customer',
        1,
        ['implementation-timeline'],
        'How long until our team is live? The rep guessed two weeks; onboarding usually takes six.',
      ),
    ],
  },
  {
    day: 19,
    kind: 'interview',
    moments: [
      m(
        'struggle',
        'salesperson',
        2,
        ['integrations'],
        'Does not know which integrations are native and which are partner-built, so she avoids the topic in demos.',
      ),
      m(
        'unsure',
        'salesperson',
        1,
        ['competitor'],
        'Heard we lose on price to the main competitor but has no answer ready when it comes up.',
      ),
    ],
  },
  {
    day: 23,
    kind: 'ride-along',
    moments: [
      m(
        'struggle',
        'customer',
        3,
        ['security-questionnaire'],
        'Procurement will not send the contract until the security questionnaire is back; the close date slipped a month.',
      ),
      m(
        'struggle',
        'salesperson',
        2,
        ['pricing'],
        'Needed approval for a 15% discount and left the call to ask the sales manager in chat.',
      ),
    ],
  },
  {
    day: 27,
    kind: 'ride-along',
    moments: [
      m(
        'struggle',
        'customer',
        2,
        ['implementation-timeline'],
        'Asked who does the data migration and how long it takes; the rep could not say whether it is us, a partner or them.',
      ),
      m(
        'unsure',
        'salesperson',
        1,
        ['integrations'],
        'Not sure the Slack integration works with their Enterprise Grid workspace.',
      ),
    ],
  },
  {
    day: 31,
    kind: 'ride-along',
    moments: [
      m(
        'struggle',
        'customer',
        2,
        ['roi'],
        'The champion needs a business case for her VP by Friday and asked for a template; the rep had none.',
      ),
      m(
        'struggle',
        'customer',
        3,
        ['security-questionnaire'],
        'Their CISO joined unannounced with data-residency questions; nothing written to send afterwards.',
      ),
    ],
  },
  {
    day: 42,
    kind: 'ride-along',
    moments: [
      m(
        'struggle',
        'customer',
        2,
        ['pricing'],
        'Customer asked for a price per seat under 50 seats; the rep had to rebuild the quote after the call.',
      ),
      m(
        'unsure',
        'salesperson',
        1,
        ['competitor'],
        'Customer mentioned a newer competitor the rep had not heard of.',
      ),
    ],
  },
  {
    day: 46,
    kind: 'ride-along',
    moments: [
      m(
        'unsure',
        'customer',
        1,
        ['security-questionnaire'],
        'Asked for our security pack; the rep shared the new answer library during the call. One custom question on key rotation was left to follow up.',
      ),
      m(
        'struggle',
        'customer',
        2,
        ['roi'],
        'Wanted the ROI in their own numbers (headcount, hours a week), not our generic case study.',
      ),
    ],
  },
  {
    day: 50,
    kind: 'interview',
    moments: [
      m(
        'struggle',
        'salesperson',
        2,
        ['roi'],
        'Rebuilds a payback spreadsheet for every late-stage deal, an hour each time.',
      ),
      m(
        'unsure',
        'salesperson',
        1,
        ['integrations'],
        'Unsure what the HubSpot connector syncs one way and both ways.',
      ),
    ],
  },
  {
    day: 55,
    kind: 'ride-along',
    moments: [
      m(
        'struggle',
        'customer',
        2,
        ['implementation-timeline'],
        'Customer needs to be live before their fiscal year starts; the rep could not commit to a plan or a date.',
      ),
      m(
        'unsure',
        'salesperson',
        1,
        ['pricing'],
        'Unsure whether the sandbox environment is billed separately.',
      ),
      m(
        'unsure',
        'salesperson',
        1,
        ['discovery'],
        'Did not find out who else is evaluating; learned about the competing bid only at the end.',
      ),
    ],
  },
  {
    day: 60,
    kind: 'ride-along',
    moments: [
      m(
        'struggle',
        'customer',
        3,
        ['competitor'],
        'Customer said the competitor offers a free onboarding package. The rep matched it on the spot without knowing what ours includes.',
      ),
      m(
        'unsure',
        'customer',
        1,
        ['roi'],
        'Asked how other logistics firms measured success; the rep named no reference customer.',
      ),
    ],
  },
  {
    day: 66,
    kind: 'interview',
    moments: [
      m(
        'struggle',
        'salesperson',
        2,
        ['integrations'],
        'Loses most technical deep-dives to questions about the API rate limits; waits days for a sales engineer.',
      ),
      m(
        'struggle',
        'salesperson',
        2,
        ['implementation-timeline'],
        'Has no standard onboarding plan to paste into the proposal; writes one from memory.',
      ),
    ],
  },
  {
    day: 72,
    kind: 'ride-along',
    moments: [
      m(
        'struggle',
        'customer',
        2,
        ['pricing'],
        'Procurement asked for a three-year price with a cap on increases; the rep did not know what we allow.',
      ),
      m(
        'unsure',
        'salesperson',
        1,
        ['competitor'],
        'Could not say how our reporting differs from the incumbent tool they are replacing.',
      ),
    ],
  },
];

function chooseNotes(
  slots: readonly NoteSlot[],
  calls: readonly SeedCall[],
  observer: (i: number) => string,
  seller: (i: number) => string,
): SeedNote[] {
  const used = new Set<string>();
  return slots.map((slot, index): SeedNote => {
    const date = addDays(SEED_START, slot.day);
    const interview: SeedNote = {
      kind: 'interview',
      observer: observer(index),
      salespeople: [seller(index)],
      date,
      account: null,
      occurrence: null,
      moments: slot.moments,
    };
    if (slot.kind === 'interview') return interview;
    // The first call in the slot's week, the slot's observer's if they have one; a slot with no
    // call at all (a sparse org) becomes a one-on-one with a salesperson that day.
    const until = addDays(date, SEARCH_DAYS);
    const open = calls.filter(
      (c) =>
        c.date >= date &&
        c.date < until &&
        !used.has(`${c.uid}\n${c.recurrenceKey}`) &&
        c.salespeople.length > 0,
    );
    const call = open.find((c) => c.observer === observer(index)) ?? open[0];
    if (!call) return interview;
    used.add(`${call.uid}\n${call.recurrenceKey}`);
    return {
      kind: 'ride-along',
      observer: call.observer,
      salespeople: [...call.salespeople],
      date: call.date,
      account: call.account,
      occurrence: { uid: call.uid, recurrenceKey: call.recurrenceKey },
      moments: slot.moments,
    };
  });
}

// ---- Requests ------------------------------------------------------------------------------------

interface RequestSpec {
  key: string;
  title: string;
  description: string;
  /** Position in the sellers list. */
  by: number;
  day: number;
  /** Sellers voting themselves, and on whose behalf an observer voted after meeting them. */
  votes: number[];
  onBehalf: number[];
  steps: RequestStatus[];
  duplicateOf: string | null;
}

const REQUESTS: readonly RequestSpec[] = [
  {
    key: 'security-answers',
    title: 'Pre-filled answers to the standard security questionnaires',
    description:
      'SIG Lite, CAIQ and the usual bank questionnaires answered once, with SOC 2 status, data residency and pen-test dates, so we stop waiting on engineering for every enterprise deal.',
    by: 0,
    day: 2,
    votes: [1, 2],
    onBehalf: [3],
    steps: ['planned', 'in-progress'],
    duplicateOf: null,
  },
  {
    key: 'pricing-calculator',
    title: 'A quote calculator with the current discount tiers',
    description:
      'Seats, term and prepay in; list price, the discount I may give without approval and the one that needs a manager out.',
    by: 1,
    day: 9,
    votes: [0, 4],
    onBehalf: [5],
    steps: ['planned'],
    duplicateOf: null,
  },
  {
    key: 'discount-sheet',
    title: 'Discount sheet I can share with customers',
    description: 'One page with the volume and multi-year discounts, so I stop rebuilding quotes.',
    by: 2,
    day: 12,
    votes: [6],
    onBehalf: [],
    steps: [],
    duplicateOf: 'pricing-calculator',
  },
  {
    key: 'roi-numbers',
    title: 'Payback numbers for the CFO conversation',
    description:
      'A business case in the customer’s own figures — hours saved, headcount, payback in months — that the champion can forward to finance.',
    by: 3,
    day: 16,
    votes: [1, 6],
    onBehalf: [2],
    steps: [],
    duplicateOf: null,
  },
  {
    key: 'integrations-list',
    title: 'Which integrations are native? One page',
    description:
      'Native, partner-built or API-only, what syncs which way, and the limits — for the technical questions in a demo.',
    by: 4,
    day: 20,
    votes: [0, 7],
    onBehalf: [],
    steps: [],
    duplicateOf: null,
  },
  {
    key: 'battlecard',
    title: 'Battlecard against the main competitor',
    description:
      'Where we win, where we lose, and what to say when their comparison slide comes up.',
    by: 5,
    day: 24,
    votes: [3],
    onBehalf: [8],
    steps: [],
    duplicateOf: null,
  },
  {
    key: 'trial-extensions',
    title: 'Let reps extend a free trial without approval',
    description: 'Two more weeks when the champion is on holiday, without a ticket to sales ops.',
    by: 6,
    day: 30,
    votes: [7],
    onBehalf: [],
    // A pricing policy, not enablement: declined, with a note to take it to sales leadership.
    steps: ['declined'],
    duplicateOf: null,
  },
];

function requestOf(
  spec: RequestSpec,
  seller: (i: number) => string,
  observer: (i: number) => string,
): SeedRequest {
  const requestedBy = seller(spec.by);
  const createdAt = `${addDays(SEED_START, spec.day)}T15:00:00Z`;
  const votes: SeedVote[] = [];
  // One vote per salesperson: with few sellers the positions wrap, and a repeat is left out.
  const add = (salesperson: string, recordedBy: string, hour: number) => {
    if (votes.some((v) => v.salesperson === salesperson)) return;
    const at = `${addDays(SEED_START, spec.day + 1)}T${String(hour).padStart(2, '0')}:00:00Z`;
    votes.push({ salesperson, recordedBy, at });
  };
  spec.votes.forEach((i, n) => add(seller(i), seller(i), 14 + n));
  spec.onBehalf.forEach((i, n) => add(seller(i), observer(n), 18 + n));
  return {
    key: spec.key,
    title: spec.title,
    description: spec.description,
    requestedBy,
    createdAt,
    votes,
    steps: spec.steps,
    duplicateOf: spec.duplicateOf,
  };
}

// ---- Enablement items ----------------------------------------------------------------------------

interface ItemSpec extends Omit<SeedItem, 'evidence'> {
  /** Links the moments tagged with any of these (noted before it ships, when it does). */
  evidenceTags: string[];
  requests: string[];
}

const derived = (timesPerWeek: number, salespeople: number, minutesLost: number) => ({
  sellingHoursPerWeek: null,
  derivation: { timesPerWeek, salespeople, minutesLost },
});
const entered = (hours: number) => ({ sellingHoursPerWeek: hours, derivation: null });

// Hours a year = hours a week × 52; score = hours a year ÷ effort days. In priority order:
//   pricing worksheet  6 h/wk (2 × 12 × 15 min)  312 ÷ 3  = 104
//   battlecard         4 h/wk (1 × 8 × 30 min)   208 ÷ 5  = 41.6
//   timeline one-pager 3 h/wk entered            156 ÷ 4  = 39
//   integrations       7 h/wk entered            364 ÷ 10 = 36.4
//   sales engineer    10 h/wk entered            520 ÷ 18 ≈ 28.9
//   discovery guide    1 h/wk (1 × 6 × 10 min)    52 ÷ 2  = 26
//   ROI calculator     9 h/wk (1 × 12 × 45 min)  468 ÷ 20 = 23.4
//   security sandbox   3 h/wk entered            156 ÷ 15 = 10.4
// and the questionnaire library, shipped, out of the plan.
const ITEMS: readonly ItemSpec[] = [
  {
    title: 'Security questionnaire answer library',
    kind: 'content',
    description:
      'Answers to SIG Lite, CAIQ and the twenty questions every bank asks, with SOC 2 Type II status and data residency, kept current by security and searchable by the reps.',
    effortDays: 8,
    cost: 2000,
    ...derived(1, 9, 40),
    confidence: 0.8,
    status: 'proposed',
    tags: ['security-questionnaire'],
    evidenceTags: ['security-questionnaire'],
    requests: ['security-answers'],
    shipsOn: SHIP_DAY,
  },
  {
    title: 'Pricing and discount worksheet',
    kind: 'worksheet',
    description:
      'A worksheet to fill in with the customer: seats, term, prepay, the discount a rep may give and the approval step above it.',
    effortDays: 3,
    cost: 0,
    ...derived(2, 12, 15),
    confidence: 0.9,
    status: 'planned',
    tags: ['pricing'],
    evidenceTags: ['pricing'],
    requests: ['pricing-calculator', 'discount-sheet'],
    shipsOn: null,
  },
  {
    title: 'ROI calculator for the CFO conversation',
    kind: 'tool',
    description:
      'A calculator in the customer’s own figures — headcount, hours a week, hourly cost — giving payback in months and a one-page business case for the champion to forward.',
    effortDays: 20,
    cost: 15000,
    ...derived(1, 12, 45),
    confidence: 0.6,
    status: 'proposed',
    tags: ['roi'],
    evidenceTags: ['roi'],
    requests: ['roi-numbers'],
    shipsOn: null,
  },
  {
    title: 'Integrations training for account executives',
    kind: 'training',
    description:
      'Two hours: which integrations are native, which partner-built, what syncs which way, the API limits, and when to bring in a sales engineer.',
    effortDays: 10,
    cost: 4000,
    ...entered(7),
    confidence: 0.7,
    status: 'proposed',
    tags: ['integrations'],
    evidenceTags: ['integrations'],
    requests: ['integrations-list'],
    shipsOn: null,
  },
  {
    title: 'Competitor battlecards',
    kind: 'presentation',
    description:
      'Slides for the two competitors we meet most: where we win, where we lose, and answers to their comparison slide row by row.',
    effortDays: 5,
    cost: 1500,
    ...derived(1, 8, 30),
    confidence: 0.8,
    status: 'proposed',
    tags: ['competitor'],
    evidenceTags: ['competitor'],
    requests: ['battlecard'],
    shipsOn: null,
  },
  {
    title: 'Implementation timeline one-pager',
    kind: 'content',
    description:
      'The standard six-week onboarding plan — who does the migration, what the customer provides, when they are live — to paste into a proposal.',
    effortDays: 4,
    cost: 500,
    ...entered(3),
    confidence: 0.9,
    status: 'proposed',
    tags: ['implementation-timeline'],
    evidenceTags: ['implementation-timeline'],
    requests: [],
    shipsOn: null,
  },
  {
    title: 'Hire a second sales engineer',
    kind: 'hire',
    description:
      'Technical deep-dives wait days for the one sales engineer. Effort is the hiring and onboarding time; cost is the recruiter fee and the first quarter’s salary.',
    effortDays: 18,
    cost: 32000,
    ...entered(10),
    confidence: 0.5,
    status: 'proposed',
    tags: ['integrations', 'security-questionnaire'],
    evidenceTags: [],
    requests: [],
    shipsOn: null,
  },
  {
    title: 'Discovery call question guide',
    kind: 'worksheet',
    description:
      'Ten questions for the first call — who signs, what happens if they do nothing, who else they are talking to — with space for the answers.',
    effortDays: 2,
    cost: 0,
    ...derived(1, 6, 10),
    confidence: 0.8,
    status: 'proposed',
    tags: ['discovery'],
    evidenceTags: ['discovery'],
    requests: [],
    shipsOn: null,
  },
  {
    title: 'Security-review sandbox tenant',
    kind: 'tool',
    description:
      'A ready tenant with SSO, audit logs and data residency switched on, so a customer’s security team can test without waiting for a sales engineer.',
    effortDays: 15,
    cost: 9000,
    ...entered(3),
    confidence: 0.4,
    status: 'proposed',
    tags: ['security-questionnaire'],
    evidenceTags: [],
    requests: [],
    shipsOn: null,
  },
];

/** Notes the hire and the sandbox cite: the calls where technical questions went unanswered. */
const TECHNICAL_NOTES: Readonly<Record<string, readonly number[]>> = {
  'Hire a second sales engineer': [3, 8, 14],
  'Security-review sandbox tenant': [3, 8],
};

function itemOf(spec: ItemSpec, notes: readonly SeedNote[]): SeedItem {
  const { evidenceTags, requests, ...item } = spec;
  const moments: [number, number][] = [];
  notes.forEach((note, n) => {
    if (spec.shipsOn !== null && note.date >= spec.shipsOn) return;
    note.moments.forEach((moment, i) => {
      if (moment.tags.some((t) => evidenceTags.includes(t))) moments.push([n, i]);
    });
  });
  return {
    ...item,
    evidence: { notes: [...(TECHNICAL_NOTES[spec.title] ?? [])], moments, requests },
  };
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
