// The shapes the HTTP API answers with (docs/api.md). The report and the invite verdict come from
// the core itself; type-only imports keep server code out of the bundle.
import type { CalendarWarning, SkippedItem } from '../../src/calendar/calendar-error.js';
import type { RideAlong } from '../../src/core/enablement/observations.js';
import type { ErrorCode } from '../../src/core/orient-error.js';
import type {
  CustomerOrientedInvitee,
  InviteVerdict,
} from '../../src/core/invites/invite-check.js';
import type {
  EnablementItem,
  EnablementRequest,
  EvidenceLinks,
  HoursDerivation,
  ItemKind,
  Moment,
  Observation,
} from '../../src/core/enablement/model.js';
import type { EnablementPlan } from '../../src/core/enablement/plan.js';
import type { StaffingSuggestion } from '../../src/core/enablement/staffing.js';

export type { ErrorCode } from '../../src/core/orient-error.js';
export type {
  CrossDepartmentRow,
  InviteReviewRow,
  Report,
  ReportGroup,
  ReportPersonRow,
} from '../../src/core/reports/report.js';

export type Role = 'admin' | 'analyst' | 'member';

export interface User {
  email: string;
  role: Role;
}

export interface Session {
  user: User;
  /** Null when the request was authenticated by an API token. */
  csrfToken: string | null;
  demo: boolean;
  /**
   * Whether a member may ask and vote for a salesperson (their directory role is market-oriented).
   * Not sent by the server yet; absent, the requests page offers it to admins only.
   */
  mayActForOthers?: boolean;
}

/** `{ error: { code, message } }`, with `problems` for a directory CSV that did not parse. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
  /** A directory CSV's problems by line; a draft invite's problems (no line). */
  problems?: { line?: number; message: string }[];
  /** An .ics upload that could not be read: its per-file report. */
  file?: CalendarFileReport;
}

export interface DateRange {
  from: string;
  /** Exclusive. */
  to: string;
}

/** `GET /api/report/range`: the days with counted time (nulls before any import). */
export interface DataRange {
  from: string | null;
  to: string | null;
  default: DateRange | null;
}

/** `POST /api/invite-check` body: the JSON `orient invite check` reads. */
export interface InviteCheckRequest {
  title: string;
  organizer: string;
  attendees: string[];
  /** ISO 8601 with an offset. */
  start: string;
  end: string;
  rrule?: string;
}

/** `orient invite check --json`: the verdict, with per-invitee hours named per occurrence. */
export type InviteCheckAnswer = Omit<InviteVerdict, 'customerOrientedInvitees'> & {
  customerOrientedInvitees: (Omit<CustomerOrientedInvitee, 'hours'> & {
    hoursPerOccurrence: number;
  })[];
  /** About the draft itself, e.g. a recurrence rule read with assumptions. */
  warnings?: string[];
};

export type InviteOutcome = 'kept' | 'changed' | 'dropped';

/** `POST /api/invite-decisions`. The server recomputes the hours from the drafts. */
export interface InviteDecision {
  /** The invite as it was when the check asked why. */
  check: InviteCheckRequest;
  /** The invite as changed (outcome `changed`). */
  changedTo?: InviteCheckRequest;
  verdict: InviteVerdict['verdict'];
  outcome: InviteOutcome;
  answer?: string;
  hoursPerYearBefore: number;
  hoursPerYearAfter: number;
}

export interface LoggedDecision {
  id: number;
  verdict: InviteVerdict['verdict'];
  outcome: InviteOutcome;
  hoursPerYearBefore: number;
  hoursPerYearAfter: number;
  hoursPerYearSaved: number;
}

export interface DecisionSummary {
  asked: number;
  kept: number;
  changed: number;
  dropped: number;
  sellingHoursPerYearSaved: number;
}

export interface OccurrenceAttendee {
  email: string;
  name: string;
  department: string;
  role: string;
  category: string | null;
  hours: number;
}

export interface MeetingOccurrence {
  recurrenceKey: string;
  start: string;
  end: string;
  title: string;
  customerFacingAttendees: number;
  sellingHours: number;
  /** Names: admins only. */
  attendees?: OccurrenceAttendee[];
}

/** `orient import directory --json`. */
export interface DirectoryImportResult {
  people: number;
  added: number;
  updated: number;
  reactivated: number;
  deactivated: number;
  unchanged: number;
}

/** One file of `orient import calendars --json`. */
export interface CalendarFileReport {
  file: string;
  owner: string | null;
  ok: boolean;
  error?: string;
  events: number;
  occurrences: number;
  added: number;
  removed: number;
  skipped: SkippedItem[];
  warnings: CalendarWarning[];
  bytes: number;
}

// Enablement items and the plan (docs/api.md "Enablement"). The records are the core's.
export type {
  EnablementItem,
  EvidenceLinks,
  HoursDerivation,
  EnablementRequest,
  ItemKind,
  Moment,
  Observation,
} from '../../src/core/enablement/model.js';
export type { EnablementPlan, GreedyStop, PlanBudget } from '../../src/core/enablement/plan.js';

export type ScoringMethod = 'hours-per-day' | 'rice';

/** One row of `GET /api/items`: the item, its rank and score, and the figures the score is made of. */
export interface RankedItem {
  rank: number;
  id: string;
  title: string;
  kind: ItemKind;
  status: EnablementItem['status'];
  score: number;
  /** The sum in words (`312 selling hours a year ÷ 3 person-days = 104 …`). */
  explanation: string;
  /** Includes `derivation`: how the hours a week were found, in words. */
  inputs: Record<string, number | string>;
  sellingHoursPerWeek: number;
  sellingHoursPerYear: number;
  evidence: {
    salespeople: number;
    calls: number;
    observations: number;
    moments: number;
    votes: number;
    requests: number;
  };
  item: EnablementItem;
}

export interface RankedItems {
  method: ScoringMethod;
  items: RankedItem[];
}

/** `POST /api/items`. */
export interface NewItem {
  title: string;
  kind: ItemKind;
  description?: string;
  effortDays: number;
  cost: number;
  sellingHoursPerWeek?: number | null;
  derivation?: HoursDerivation | null;
  confidence?: number;
  tags?: string[];
  evidence?: Partial<EvidenceLinks>;
}

/** `GET /api/plan`: the essay's walk down the list beside the best set under both budgets. */
export type PlanAnswer = EnablementPlan & {
  method: ScoringMethod;
  greedy: EnablementPlan['greedy'] & { ids: string[] };
  best: EnablementPlan['best'] & { ids: string[] };
};

/** `POST /api/items/:id/ship`. */
export interface ShippedItem {
  item: EnablementItem;
  requestsShipped: string[];
}

/** `POST /api/items/csv`: the backlog, every row stored (or a 400 with problems by line). */
export interface ItemsImport {
  imported: number;
  items: EnablementItem[];
}

/** `GET /api/items/staffing`: the one-day rule's flagged pairs as hires to consider. */
export interface StaffingAnswer {
  range: DateRange;
  thresholdHoursPerWeek: number;
  /** Most FTE absorbed first; `itemId` is the item of the same title, once added. */
  suggestions: (StaffingSuggestion & { itemId: string | null })[];
}

export type {
  ClosedLoop,
  PersonToTell,
  ShareWindow,
  StruggleWindow,
} from '../../src/core/enablement/close-the-loop.js';

// Field notes and requests (docs/api.md "Enablement"). The records are the core's.
export type { RequestStatus, Vote } from '../../src/core/enablement/model.js';

/** One moment of a field note: where the salesperson struggled or was unsure. */
export type NoteMoment = Moment;

/** A field note as `GET /api/notes` answers: the observation, who logged it and when. */
export interface FieldNote extends Observation {
  /** The account that logged it (null from the CLI). */
  recordedBy: string | null;
  createdAt: string;
}

/** `POST|PUT /api/notes` body: a moment sent with its `id` is kept on an edit. */
export interface FieldNoteInput {
  kind: Observation['kind'];
  observer: string;
  salespeople: string[];
  date: string;
  account: string | null;
  /** `UID` or `UID@KEY`, or null. */
  occurrence: string | null;
  moments: (Omit<Moment, 'id'> & { id?: string })[];
}

/** A request as `GET /api/requests` answers (a member sees only their own names in it). */
export interface RequestView extends Omit<EnablementRequest, 'requestedBy'> {
  requestedBy: string | null;
  voteCount: number;
}

/** A sales call a market-oriented person sat in: a ride-along to write up (`notes` empty). */
export type { RideAlong };

/** `GET /api/notes/suggestions`. */
export interface RideAlongs extends DateRange {
  rideAlongs: RideAlong[];
}

/** `POST /api/notes/csv`: every note stored (or a 400/403 with problems by line). */
export interface NotesCsvImport {
  notes: number;
  moments: number;
  ids: string[];
}
