// An RRULE as it applies to an all-day series (DTSTART;VALUE=DATE).

import type { RecurrenceRule } from './rule.js';

/**
 * The rule without BYHOUR, BYMINUTE and BYSECOND. RFC 5545 §3.3.10: they "MUST NOT be specified
 * when the associated "DTSTART" property has a DATE value type. These rule parts MUST be ignored
 * in RECUR value that violate the above requirement".
 */
export function ruleForDateStart(rule: RecurrenceRule): RecurrenceRule {
  if (rule.byHour.length === 0 && rule.byMinute.length === 0 && rule.bySecond.length === 0) {
    return rule;
  }
  return { ...rule, byHour: [], byMinute: [], bySecond: [] };
}
