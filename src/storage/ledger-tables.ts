// The per-person ledger (migration 0003): what the counting rules give for each person and org
// day, precomputed so a report over any range is a sum over rows (the 10,000-person report target).
import type { Generated } from 'kysely';

export interface LedgerDaysTable {
  email: string;
  /** Day number in the org timezone (days since 1970-01-01 on the org's wall clock). */
  day: number;
  /** Milliseconds per category, c0 … c15 in the ledger's category order (rule 4, overlap-adjusted). */
  c0: number;
  c1: number;
  c2: number;
  c3: number;
  c4: number;
  c5: number;
  c6: number;
  c7: number;
  c8: number;
  c9: number;
  c10: number;
  c11: number;
  c12: number;
  c13: number;
  c14: number;
  c15: number;
}

export interface LedgerDepartmentsTable {
  email: string;
  day: number;
  department: string;
  /** Rule 8: attended time (merged) with someone from this department. */
  ms: number;
}

export interface LedgerInvitesTable {
  uid: string;
  recurrence_key: string;
  email: string;
  day: number;
  /** Rule 9: this customer-oriented person's time in this qualifying occurrence. */
  ms: number;
}

/**
 * One person's selling and invite charges for one ISO week (org timezone), packed as a list of
 * numbers (ledger-weeks.ts); weeks with neither have no row. A report over whole weeks reads every
 * row of this table in its range and two rows per person of ledger_week_totals: what keeps 10,000
 * people under a second.
 */
export interface LedgerWeeksTable {
  /** Day number of the week's Monday. */
  week: number;
  email: string;
  /** `WeekRow`: the week's selling and its invite charges, summed over the week. */
  week_row: string;
}

/**
 * The rest of a person-week, for every week from the person's first week with time to their last
 * (so running totals can be read at any week in between): read only at a range's first and last
 * weeks, and day by day at a range's part-weeks.
 */
export interface LedgerWeekTotalsTable {
  week: number;
  email: string;
  /** 1 on the person's last week, else 0. */
  last: number;
  /** `RunningTotalsRow` before this week: time per category and with each other department. */
  before: string;
  /** `RunningTotalsRow` through the end of this week. */
  through: string;
  /** `LedgerWeek`: the week day by day, read for a range that starts or ends mid-week. */
  days: string;
}

/** Departments, series UIDs and recurrence keys, numbered once so week rows carry small numbers. */
export interface LedgerNamesTable {
  id: Generated<number>;
  name: string;
}

export interface LedgerDirtyTable {
  email: string;
}

export interface LedgerStateTable {
  key: string;
  value: string;
}

export interface LedgerSchema {
  ledger_days: LedgerDaysTable;
  ledger_departments: LedgerDepartmentsTable;
  ledger_invites: LedgerInvitesTable;
  ledger_weeks: LedgerWeeksTable;
  ledger_week_totals: LedgerWeekTotalsTable;
  ledger_names: LedgerNamesTable;
  ledger_dirty: LedgerDirtyTable;
  ledger_state: LedgerStateTable;
}

export const CATEGORY_COLUMNS = [
  'c0',
  'c1',
  'c2',
  'c3',
  'c4',
  'c5',
  'c6',
  'c7',
  'c8',
  'c9',
  'c10',
  'c11',
  'c12',
  'c13',
  'c14',
  'c15',
] as const;
