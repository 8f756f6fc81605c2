// Expands an RRULE (RFC 5545 §3.3.10) from a DTSTART into instance start times, as local ms.
// Pure arithmetic on numbers: no Date objects, no zones (a zone turns local ms into instants
// later). The rule is turned into lookup tables once (expansion-plan.ts); each INTERVAL period
// is then built day by day (period-days.ts) or, below a day, period by period (sub-daily.ts).

import { DAY_MS } from '../local-time.js';
import { pickSetPositions } from './by-set-pos.js';
import { planExpansion, type ExpansionPlan } from './expansion-plan.js';
import { InstanceSink } from './instance-sink.js';
import { dayPeriods } from './period-days.js';
import type { RecurrenceRule } from './rule.js';
import { expandSubDaily } from './sub-daily.js';

export interface ExpandWindow {
  /** Exclusive: stop when a candidate start is >= endLocal. Every call has one, so no rule runs forever. */
  endLocal: number;
  /** Inclusive upper bound from UNTIL, already converted by the caller to the DTSTART's wall clock. rule.until is ignored here. */
  untilLocal?: number;
  /** Hint: the caller ignores instances before this. When rule.count is undefined the engine may fast-forward whole periods to near startLocal (must give exactly the same instances >= startLocal as without the hint). */
  startLocal?: number;
  /** Cap on returned instances (default 100_000); hitting it sets truncated. */
  maxInstances?: number;
}

export const DEFAULT_MAX_INSTANCES = 100_000;

/**
 * The instance starts of `rule` from `dtstartLocal`, ascending and distinct. DTSTART is always
 * the first instance and counts toward COUNT. Instances before `window.startLocal` are left out.
 * `truncated` is set when more than `maxInstances` instances would have been returned.
 */
export function expandRule(
  rule: RecurrenceRule,
  dtstartLocal: number,
  window: ExpandWindow,
): { instances: number[]; truncated: boolean } {
  const startLocal = window.startLocal ?? Number.NEGATIVE_INFINITY;
  const sink = new InstanceSink({
    dtstartLocal,
    endLocal: window.endLocal,
    untilLocal: window.untilLocal ?? Number.POSITIVE_INFINITY,
    count: rule.count ?? Number.POSITIVE_INFINITY,
    startLocal,
    maxInstances: window.maxInstances ?? DEFAULT_MAX_INSTANCES,
  });
  if (sink.start()) {
    const plan = planExpansion(rule, dtstartLocal);
    // Without COUNT nothing before startLocal affects what follows, so whole periods can be
    // skipped; with COUNT every earlier instance must be counted.
    const fastForwardTo =
      rule.count === undefined && startLocal > dtstartLocal ? startLocal : undefined;
    switch (plan.freq) {
      case 'HOURLY':
      case 'MINUTELY':
      case 'SECONDLY':
        expandSubDaily(plan, plan.freq, dtstartLocal, sink, fastForwardTo);
        break;
      case 'DAILY':
      case 'WEEKLY':
      case 'MONTHLY':
      case 'YEARLY':
        expandByDays(plan, dtstartLocal, sink, fastForwardTo);
        break;
    }
  }
  return { instances: sink.instances, truncated: sink.truncated };
}

/** DAILY, WEEKLY, MONTHLY, YEARLY: each period's days × the rule's times of day, in order. */
function expandByDays(
  plan: ExpansionPlan,
  dtstartLocal: number,
  sink: InstanceSink,
  fastForwardTo: number | undefined,
): void {
  const periods = dayPeriods(plan, Math.floor(dtstartLocal / DAY_MS));
  const times = plan.timesOfDay;
  const perDay = times.length;
  const days: number[] = [];
  const picked: number[] = [];
  let k = 0;
  if (fastForwardTo !== undefined) {
    // One period of margin: a week-numbering year starts up to three days before its calendar year.
    k = Math.max(0, periods.indexOf(Math.floor(fastForwardTo / DAY_MS)) - 1);
  }
  for (let empty = 0; empty < periods.cycle; k++) {
    if (!sink.isOpen(periods.firstDay(k) * DAY_MS)) return;
    const n = periods.fill(k, days);
    if (plan.bySetPos === null) {
      if (n === 0) {
        empty++;
        continue;
      }
      empty = 0;
      for (let i = 0; i < n; i++) {
        const dayStart = (days[i] ?? 0) * DAY_MS;
        for (let j = 0; j < perDay; j++) {
          if (!sink.offer(dayStart + (times[j] ?? 0))) return;
        }
      }
    } else {
      // BYSETPOS picks from the period's whole set, days × times in time order (§3.3.10).
      const chosen = pickSetPositions(plan.bySetPos, n * perDay, picked);
      empty = chosen === 0 ? empty + 1 : 0;
      for (let c = 0; c < chosen; c++) {
        const index = picked[c] ?? 0;
        const day = Math.floor(index / perDay);
        const local = (days[day] ?? 0) * DAY_MS + (times[index - day * perDay] ?? 0);
        if (!sink.offer(local)) return;
      }
    }
  }
}
