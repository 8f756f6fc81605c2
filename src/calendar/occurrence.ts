// One instance of an event in time (PRODUCT.md glossary: occurrence).
import type { CalendarEvent } from './event.js';

export interface Occurrence {
  uid: string;
  /**
   * The instance key: for a recurring series, the original start of the instance — UTC
   * `YYYY-MM-DDTHH:MM:SSZ` for timed series, `YYYY-MM-DD` for all-day ones; null for an event that
   * does not recur. UID plus this key identifies the same meeting across attendees' exports.
   */
  recurrenceId: string | null;
  /** UTC ms. For all-day occurrences, UTC midnight of the first day. */
  start: number;
  /** UTC ms, exclusive. For all-day occurrences, UTC midnight after the last day. */
  end: number;
  allDay: boolean;
  /** The component whose properties apply: the override for moved instances, else the master. */
  event: CalendarEvent;
}
