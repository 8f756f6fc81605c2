// The shape of `orient report --json` (PRODUCT.md "Report JSON"). The names PRODUCT.md fixes are
// kept exactly; everything else is an addition named for what it holds.
//
// Units: hours are plain numbers of hours, shares are fractions 0–1. JSON numbers are unrounded
// (full double precision); renderers round for display only, so sums in the JSON add up.
//
// Two ways of leaving things out, on purpose:
// - person-level fields (`people`, `flaggedPeople.people`, `customerFacingAttendees`) are omitted
//   unless the report is built with `people: true`;
// - figures withheld by the privacy rule (a group too small, or hidden so a smaller one cannot be
//   worked out by subtraction) are `null`, beside `"suppressed": true`, so the shape never changes.
import type { Orientation } from '../counting/model.js';
import type { Benchmark } from './benchmarks.js';

export interface Report {
  range: { from: string; to: string; weeks: number; timezone: string; days: number };
  workweekHours: number;
  privacy: { minGroupSize: number };
  /** Every category in overlap precedence (rule 4); every `hours` object lists them all. */
  categories: string[];
  /** The categories that make up market work (rule 6). */
  marketCategories: string[];
  /** Person-level rows; only with `people: true`. */
  people?: ReportPersonRow[];
  /** The whole org (`by: 'org'`) first, then every role, then every department. */
  groups: ReportGroup[];
  /** Rule 8 for every ordered pair of departments (A with active people, B ≠ A). */
  crossDepartment: CrossDepartmentRow[];
  /** Rule 8's one-day threshold applied to single people. */
  flaggedPeople: FlaggedPeople;
  /** Rule 9, most selling hours first. */
  inviteReview: InviteReviewRow[];
  weeklyTrend: WeeklyTrend;
  /** Rule 10. */
  benchmarks: Benchmark[];
  headline: Headline;
}

export interface ReportPersonRow {
  email: string;
  name: string;
  department: string;
  role: string;
  orientation: Orientation;
  active: boolean;
  /** Overlap-adjusted hours (rule 4), every category, 0 where none. */
  hours: Record<string, number>;
  /** Sum of `hours`: attended time counted once. */
  scheduledHours: number;
  /** Rule 7: selling / (weeks × workweekHours); null unless customer-oriented. */
  sellingShare: number | null;
  /** Rule 7: selling / scheduled; null unless customer-oriented with scheduled time. */
  sellingShareOfScheduled: number | null;
  /** planning + content + events (rule 6). */
  marketWorkHours: number;
  salesSupportHours: number;
  /** Rule 8: hours with someone from each other department. */
  departmentHours: Record<string, number>;
}

export type GroupBy = 'org' | 'role' | 'department';

export interface ReportGroup {
  by: GroupBy;
  /** The role or department; `Everyone` for the org. */
  name: string;
  /** Everyone counted in the group (see ReportInput.people). */
  people: number;
  suppressed: boolean;
  /** Total hours of all members per category; null when suppressed. */
  hours: Record<string, number> | null;
  scheduledHours: number | null;
  /**
   * Rule 7 over the group's customer-oriented members only: their selling hours /
   * (their number × weeks × workweekHours). Null when the group has none, or when their figures
   * are suppressed (see `customerOriented.suppressed`).
   */
  sellingShare: number | null;
  customerOriented: CustomerOrientedFigures;
  marketOriented: MarketOrientedFigures;
}

/** The group's customer-oriented members; their figures are null when none or suppressed. */
export interface CustomerOrientedFigures {
  people: number;
  suppressed: boolean;
  sellingHours: number | null;
  /** Selling hours / their scheduled hours (rule 7, second form). */
  sellingShareOfScheduled: number | null;
  /** Market work (planning + content + events): hours pulled away from customers. */
  marketWorkHours: number | null;
}

/** The group's market-oriented members; their figures are null when none or suppressed. */
export interface MarketOrientedFigures {
  people: number;
  suppressed: boolean;
  /** Sales-support hours: time market-oriented people spend on individual deals. */
  salesSupportHours: number | null;
}

export interface CrossDepartmentRow {
  from: string;
  to: string;
  /** |A|: active people in `from`. */
  people: number;
  /** True when |A| < privacy.minGroupSize; the figures below are then null. */
  suppressed: boolean;
  /** Σ over A's active people of hours with B / (|A| × weeks), counting people with zero. */
  hoursPerPersonWeek: number | null;
  /** hoursPerPersonWeek > workweekHours / 5 (one working day). */
  flagged: boolean | null;
  /** hoursPerPersonWeek × |A| / workweekHours. */
  fteAbsorbed: number | null;
  /** `"<to> looks understaffed or underskilled"` when flagged, else null. */
  verdict: string | null;
  /** How many of A's active people spend more than one day a week with B. */
  flaggedPeople: number | null;
}

export interface FlaggedPeople {
  /** workweekHours / 5. */
  thresholdHoursPerWeek: number;
  /** Per department: its active people over the threshold with some other department. */
  byDepartment: {
    department: string;
    people: number;
    suppressed: boolean;
    flaggedPeople: number | null;
  }[];
  /** Person-level; only with `people: true`. One row per (person, other department) flagged. */
  people?: FlaggedPerson[];
}

export interface FlaggedPerson {
  email: string;
  name: string;
  department: string;
  to: string;
  hoursPerWeek: number;
}

export interface InviteReviewRow {
  uid: string;
  title: string;
  organizer: string | null;
  organizerName: string | null;
  organizerDepartment: string | null;
  /** Distinct occurrences (recurrence keys) charged. */
  occurrences: number;
  /** Person-level: the distinct customer-oriented attendees charged; only with `people: true`. */
  customerFacingAttendees?: string[];
  customerFacingAttendeeCount: number;
  /** Σ of each charged person's time in each occurrence, clipped to the range (rule 9). */
  sellingHours: number;
  sellingHoursPerWeek: number;
  /** sellingHoursPerWeek × 52. */
  annualisedSellingHours: number;
}

export interface WeeklyTrend {
  /** Customer-oriented roles, by name. A suppressed role has null in every week. */
  roles: { role: string; people: number; suppressed: boolean }[];
  /** Whether `sellingShare` (all customer-oriented people) is withheld. */
  overallSuppressed: boolean;
  weeks: WeeklyTrendWeek[];
}

export interface WeeklyTrendWeek {
  /** Monday of the ISO week in the org timezone. */
  week: string;
  /** Days of this week inside the range; the denominator uses days / 7 weeks. */
  days: number;
  /** All customer-oriented people. */
  sellingShare: number | null;
  /** Role → selling share of its customer-oriented members. */
  roles: Record<string, number | null>;
}

export interface Headline {
  /** A paragraph a leader reads in ten seconds. */
  text: string;
  sellingShareByRole: {
    role: string;
    people: number;
    suppressed: boolean;
    sellingShare: number | null;
    sellingShareOfScheduled: number | null;
  }[];
  /** All customer-oriented people; null when none or suppressed. */
  overallSellingShare: number | null;
  /** The top three series of the invite review, with the selling hours cutting them returns. */
  seriesToCut: {
    uid: string;
    title: string;
    organizerDepartment: string | null;
    sellingHoursPerWeek: number;
    annualisedSellingHours: number;
  }[];
  flaggedPairs: {
    from: string;
    to: string;
    hoursPerPersonWeek: number;
    fteAbsorbed: number;
    verdict: string;
  }[];
}
