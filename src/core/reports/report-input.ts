// What `orient report` aggregates from the ledger for a range, before any report logic: per-person
// hours per category (rules 4–7), per-person hours with other departments (rule 8), weekly hours,
// and the invite-review charges (rule 9). All hours are plain numbers of hours.
import type { Orientation } from '../counting/model.js';

export interface ReportPerson {
  email: string;
  name: string;
  department: string;
  role: string;
  orientation: Orientation;
  active: boolean;
  /** Hours per category, in `ReportInput.categories` order, overlap-adjusted (rule 4). */
  hours: number[];
  /** Hours of attended time (overlaps merged) in meetings with someone from each other department (rule 8). */
  departmentHours: Record<string, number>;
}

export interface WeeklyHours {
  email: string;
  /** Monday of the ISO week in the org timezone, `YYYY-MM-DD`. */
  week: string;
  /** Days of that week inside the range (7 except at the range's ends). */
  days: number;
  /** Hours per category, as in ReportPerson.hours. */
  hours: number[];
}

/** One customer-oriented person's time in one qualifying occurrence (rule 9), clipped to the range. */
export interface InviteCharge {
  uid: string;
  recurrenceKey: string;
  email: string;
  hours: number;
}

/** A series (UID) charged in the invite review. */
export interface SeriesInfo {
  uid: string;
  /** The title of its latest occurrence in the range. */
  title: string;
  organizer: string | null;
  organizerName: string | null;
  organizerDepartment: string | null;
}

export interface ReportInput {
  range: { from: string; to: string; days: number; timezone: string };
  /** Categories in overlap precedence (rule 4). */
  categories: readonly string[];
  /** Categories that make up market work (rule 6: planning, content, events). */
  marketCategories: readonly string[];
  workweekHours: number;
  minGroupSize: number;
  /**
   * Everyone counted: active directory people, and inactive ones with attended time in the range
   * (they were there then). People with no time at all appear with zeros (rule 8 counts them).
   */
  people: readonly ReportPerson[];
  weekly: readonly WeeklyHours[];
  invites: readonly InviteCharge[];
  series: readonly SeriesInfo[];
}
