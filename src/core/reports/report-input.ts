// What `orient report` aggregates from the ledger for a range, before any report logic: per-person
// hours per category (rules 4–7), per-person hours with other departments (rule 8), weekly hours,
// and the invite-review sums per series (rule 9). All hours are plain numbers of hours.
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

/** One person's selling time in one ISO week of the range (the weekly trend, rule 5). */
export interface WeeklySelling {
  email: string;
  /** Monday of the ISO week in the org timezone, `YYYY-MM-DD`. */
  week: string;
  /** Days of that week inside the range (7 except at the range's ends). */
  days: number;
  /** Hours in `selling`, overlap-adjusted (rule 4). */
  selling: number;
}

/**
 * One series' charges (rule 9) over the range: customer-oriented people's time in its qualifying
 * occurrences, clipped to the range and summed in whole milliseconds before it becomes hours.
 */
export interface InviteSeriesHours {
  uid: string;
  /** Qualifying occurrences (distinct recurrence keys) with at least one charge in the range. */
  occurrences: number;
  /** The customer-oriented people charged, by email in code-point order. */
  attendees: readonly string[];
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
  /** Person-weeks with selling time, by email then week. */
  weekly: readonly WeeklySelling[];
  invites: readonly InviteSeriesHours[];
  series: readonly SeriesInfo[];
}
