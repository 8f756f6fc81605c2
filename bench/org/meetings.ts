// The org's meetings over a range of whole weeks: what each role's calendar holds, placed where
// the people involved are free. Pure: people, range and a seeded Random in; a plain model out.
// The phases run in order of precedence for the calendar: series first, then one-offs around
// them, then the solo blocks people put in what is left; each lives in meetings/.
import type { Person } from './people.js';
import type { Random } from './random.js';
import { allDayEvents } from './meetings/all-day-events.js';
import { Builder } from './meetings/builder.js';
import { callsAndRideAlongs } from './meetings/customer-calls.js';
import { customerSeries } from './meetings/customer-series.js';
import { departmentSeries } from './meetings/department-series.js';
import { generalAndAdministrative } from './meetings/general-and-administrative.js';
import { maintenanceWindows } from './meetings/maintenance-windows.js';
import { management } from './meetings/management.js';
import { marketWork } from './meetings/market-series.js';
import type { MeetingOptions, OrgMeetings } from './meetings/meeting-model.js';
import { productAndEngineering } from './meetings/product-and-engineering.js';
import { salesKickoff } from './meetings/sales-kickoff.js';
import { soloBlocks } from './meetings/solo-blocks.js';
import { soloSeries } from './meetings/solo-series.js';
import { training } from './meetings/training.js';
import { otherOneOffs } from './meetings/weekly-one-offs.js';

export type {
  Guest,
  Invitee,
  Meeting,
  MeetingKind,
  MeetingOptions,
  OrgMeetings,
  Override,
  PartStat,
  Repeat,
  Room,
} from './meetings/meeting-model.js';
export { DAY_MS, MINUTE_MS, WEEK_MS } from './meetings/meeting-model.js';
export type { Occurrence } from './meetings/recurrence.js';
export { occurrencesOf, ruleStarts, weekdayOf } from './meetings/recurrence.js';

/** Every meeting of the org over `weeks` weeks from `start` (a Monday). */
export function generateMeetings(
  people: readonly Person[],
  options: MeetingOptions,
  random: Random,
): OrgMeetings {
  const b = new Builder(people, random, options.start, options.weeks, options.domain);
  management(b);
  marketWork(b);
  training(b);
  customerSeries(b);
  productAndEngineering(b);
  generalAndAdministrative(b);
  departmentSeries(b);
  soloSeries(b);
  for (let week = 0; week < options.weeks; week++) {
    callsAndRideAlongs(b, week);
    otherOneOffs(b, week);
  }
  for (let week = 0; week < options.weeks; week++) soloBlocks(b, week);
  allDayEvents(b);
  salesKickoff(b);
  maintenanceWindows(b);
  return b.finish();
}
