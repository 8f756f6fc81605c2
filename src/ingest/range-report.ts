// The report over a range, as `orient report` and `GET /api/report` both build it: ledger sums
// (storage) → buildReport (core). One path, so the CLI and the API give the same figures.
import type { OrientConfig } from '../core/config/config-schema.js';
import { buildReport, type ReportOptions } from '../core/reports/build-report.js';
import type { Report } from '../core/reports/report.js';
import { reportInput, type ReportRange } from '../storage/report-queries.js';
import type { Counting } from './counting.js';

export async function rangeReport(
  counting: Counting,
  config: OrientConfig,
  range: ReportRange,
  options: ReportOptions,
): Promise<Report> {
  const input = await reportInput(
    counting.database,
    counting.context,
    { workweekHours: config.workweekHours, minGroupSize: config.privacy.minGroupSize },
    range,
  );
  return buildReport(input, options);
}
