// HOURLY, MINUTELY and SECONDLY rules (RFC 5545 §3.3.10). The period is one hour, minute or
// second, INTERVAL of them apart from the one holding DTSTART. BYMONTH, BYWEEKNO, BYYEARDAY,
// BYMONTHDAY and BYDAY limit the day; BYHOUR (and BYMINUTE, BYSECOND at finer frequencies) limit
// the period; the finer BYMINUTE/BYSECOND expand it (the table in §3.3.10). A period that fails a
// limit jumps to the next day, hour or minute boundary instead of stepping through it.

import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from '../local-time.js';
import { pickSetPositions } from './by-set-pos.js';
import { dayTest } from './day-filter.js';
import type { ExpansionPlan } from './expansion-plan.js';
import type { InstanceSink } from './instance-sink.js';

const UNIT_MS = { HOURLY: HOUR_MS, MINUTELY: MINUTE_MS, SECONDLY: SECOND_MS } as const;
const FOUR_HUNDRED_YEARS_MS = 146097 * DAY_MS;

export function expandSubDaily(
  plan: ExpansionPlan,
  freq: keyof typeof UNIT_MS,
  dtstartLocal: number,
  sink: InstanceSink,
  fastForwardTo: number | undefined,
): void {
  const unit = UNIT_MS[freq];
  const step = unit * plan.interval;
  let period = Math.floor(dtstartLocal / unit) * unit;
  if (fastForwardTo !== undefined && fastForwardTo > period) {
    period += Math.max(0, Math.floor((fastForwardTo - period) / step) - 1) * step;
  }
  if (!timeOfDayReachable(plan, period, step)) return;

  // BYSETPOS picks from the same per-period set every time (§3.3.10).
  let offsets = plan.periodOffsets;
  if (plan.bySetPos !== null) {
    const picked: number[] = [];
    const n = pickSetPositions(plan.bySetPos, offsets.length, picked);
    offsets = picked.slice(0, n).map((index) => plan.periodOffsets[index] ?? 0);
    if (offsets.length === 0) return;
  }

  // The calendar repeats every 400 years; INTERVAL steps line up again within INTERVAL of those.
  const giveUpAfter = FOUR_HUNDRED_YEARS_MS * plan.interval;
  let lastProductive = period;
  const passes = dayTest(plan);
  let cachedDay = Number.NaN;
  let dayOk = true;
  while (sink.isOpen(period) && period - lastProductive <= giveUpAfter) {
    const dayNum = Math.floor(period / DAY_MS);
    if (dayNum !== cachedDay && plan.filtersDays) {
      dayOk = passes(dayNum);
      cachedDay = dayNum;
    }
    if (!dayOk) {
      period = firstStepFrom(period, (dayNum + 1) * DAY_MS, step);
      continue;
    }
    const time = period - dayNum * DAY_MS;
    if (plan.hours !== null && plan.hours[Math.floor(time / HOUR_MS)] !== 1) {
      period = firstStepFrom(period, (Math.floor(period / HOUR_MS) + 1) * HOUR_MS, step);
      continue;
    }
    if (plan.minutes !== null && plan.minutes[Math.floor(time / MINUTE_MS) % 60] !== 1) {
      period = firstStepFrom(period, (Math.floor(period / MINUTE_MS) + 1) * MINUTE_MS, step);
      continue;
    }
    if (plan.seconds !== null && plan.seconds[Math.floor(time / SECOND_MS) % 60] !== 1) {
      period += step;
      continue;
    }
    lastProductive = period;
    for (const offset of offsets) {
      if (!sink.offer(period + offset)) return;
    }
    period += step;
  }
}

/** The first period at or after `boundary` on the INTERVAL grid through `period`. */
function firstStepFrom(period: number, boundary: number, step: number): number {
  return period + Math.ceil((boundary - period) / step) * step;
}

/**
 * Whether any period on the grid can pass the BYHOUR/BYMINUTE/BYSECOND limits. The grid visits
 * exactly the times of day congruent to `period` modulo gcd(step, day), so a rule such as
 * "FREQ=MINUTELY;INTERVAL=2;BYMINUTE=1" from an even minute never matches and stops at once.
 */
function timeOfDayReachable(plan: ExpansionPlan, period: number, step: number): boolean {
  if (plan.hours === null && plan.minutes === null && plan.seconds === null) return true;
  const grid = gcd(step, DAY_MS);
  const first = period - Math.floor(period / grid) * grid;
  for (let time = first; time < DAY_MS; time += grid) {
    if (plan.hours !== null && plan.hours[Math.floor(time / HOUR_MS)] !== 1) continue;
    if (plan.minutes !== null && plan.minutes[Math.floor(time / MINUTE_MS) % 60] !== 1) continue;
    if (plan.seconds !== null && plan.seconds[Math.floor(time / SECOND_MS) % 60] !== 1) continue;
    return true;
  }
  return false;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
