// The shapes the HTTP API answers with (docs/api.md). The report and the invite verdict come from
// the core itself; type-only imports keep server code out of the bundle.
import type { CalendarWarning, SkippedItem } from '../../src/calendar/calendar-error.js';
import type { ErrorCode } from '../../src/core/orient-error.js';
import type {
  CustomerOrientedInvitee,
  InviteVerdict,
} from '../../src/core/invites/invite-check.js';

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
