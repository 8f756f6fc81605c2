// The server's way into counting (src/ingest/counting.ts): under the write lock, with hints that
// name the API, and the default report range.
import type { OrientConfig } from '../core/config/config-schema.js';
import { dayDate, isoWeekStart } from '../core/counting/day-clock.js';
import { OrientError } from '../core/orient-error.js';
import { prepareCounting, type Counting } from '../ingest/counting.js';
import { ledgerDays } from '../storage/ledger-range.js';
import type { ReportRange } from '../storage/report-queries.js';
import type { AppServices } from './services.js';

/** The config and an up-to-date ledger. */
export async function counted(
  app: AppServices,
): Promise<{ config: OrientConfig; counting: Counting }> {
  const { config, path } = app.config();
  const counting = await app.lock.run(() =>
    prepareCounting(app.database, config, {
      config: `set internalDomains in ${path ?? 'orient.config.yaml'} on the server`,
      directory: 'upload it first (POST /api/import/directory)',
    }),
  );
  return { config, counting };
}

export const DEFAULT_WEEKS = 13;

/**
 * The last 13 full ISO weeks with data: up to the Monday after the last counted day, or this
 * Monday when the data runs on into this week or later (recurring meetings are expanded months
 * ahead; a week still running is not full); never before the first week with data.
 */
export async function defaultRange(counting: Counting, now: Date): Promise<ReportRange> {
  const days = await ledgerDays(counting.database.db);
  if (!days) {
    throw new OrientError('not-found', 'no calendar time is counted yet: import calendars first');
  }
  const firstWeek = isoWeekStart(days.first);
  const afterLast = isoWeekStart(days.last) + 7;
  const thisWeek = isoWeekStart(counting.context.clock.dayOf(now.getTime()));
  let to = Math.min(afterLast, thisWeek);
  if (to <= firstWeek) to = afterLast;
  const from = Math.max(firstWeek, to - DEFAULT_WEEKS * 7);
  return { from: dayDate(from), to: dayDate(to) };
}

/** `{ from, to }` when both are given, else the default range. */
export async function rangeOrDefault(
  counting: Counting,
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
): Promise<ReportRange> {
  if (query.from !== undefined && query.to !== undefined) return { from: query.from, to: query.to };
  return defaultRange(counting, now);
}
