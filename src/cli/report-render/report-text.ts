// `orient report` as text: the headline first (a leader reads it in ten seconds), then the three
// sections it summarises — Allocation, Cross-department, Meetings to reconsider.
import type { Report } from '../../core/reports/report.js';
import { allocationText, weeksText } from './allocation-text.js';
import { wrap } from './cells.js';
import { crossDepartmentText } from './cross-department-text.js';
import { meetingsText } from './meetings-text.js';

export interface TextOptions {
  /** How many meetings to reconsider to list (the JSON has them all). Default 20. */
  maxMeetings?: number;
}

export function renderReportText(report: Report, options: TextOptions = {}): string {
  const r = report.range;
  const title =
    `Orient report, ${r.from} to ${r.to} (exclusive): ${r.days} day${r.days === 1 ? '' : 's'}, ` +
    `${weeksText(r.weeks)}, ${r.timezone}.`;
  return [
    title,
    '',
    'HEADLINE',
    '',
    wrap(report.headline.text),
    '',
    allocationText(report),
    crossDepartmentText(report),
    meetingsText(report, options.maxMeetings ?? 20),
  ].join('\n');
}
