// `orient report`: the whole report from what the ledger aggregated for a range (ReportInput).
import { groupRows, personRows } from './allocation.js';
import { BENCHMARKS } from './benchmarks.js';
import { crossDepartmentRows, flaggedPeople } from './cross-department.js';
import { buildHeadline } from './headline.js';
import { inviteReviewRows } from './invite-review.js';
import { weeksOf } from './measures.js';
import type { ReportInput } from './report-input.js';
import type { Report } from './report.js';
import { weeklyTrend } from './weekly-trend.js';

export interface ReportOptions {
  /** Include person-level data (`--people`, for admins). */
  people: boolean;
}

/** Builds the report; person-level data only with `options.people`, every group view private. */
export function buildReport(input: ReportInput, options: ReportOptions): Report {
  const groups = groupRows(input);
  const crossDepartment = crossDepartmentRows(input);
  const inviteReview = inviteReviewRows(input, options.people);
  return {
    range: {
      from: input.range.from,
      to: input.range.to,
      weeks: weeksOf(input),
      timezone: input.range.timezone,
      days: input.range.days,
    },
    workweekHours: input.workweekHours,
    privacy: { minGroupSize: input.minGroupSize },
    categories: [...input.categories],
    marketCategories: [...input.marketCategories],
    ...(options.people ? { people: personRows(input) } : {}),
    groups,
    crossDepartment,
    flaggedPeople: flaggedPeople(input, options.people),
    inviteReview,
    weeklyTrend: weeklyTrend(input, groups),
    benchmarks: BENCHMARKS.map((b) => ({ ...b })),
    headline: buildHeadline(groups, inviteReview, crossDepartment, input.workweekHours),
  };
}
