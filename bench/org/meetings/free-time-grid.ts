// Who is free when. Quarter-hour slots over nine days per person and week (the Sunday before to
// the Monday after), on a UTC clock shifted by each zone's standard offset, so people in
// different zones share one clock. Good enough to keep calendars plausible; DST drift ignored.
import type { Person } from '../people.js';
import type { Random } from '../random.js';
import type { ZoneId } from '../time-zones.js';
import { ZONES } from '../time-zones.js';
import { WEEKDAYS } from './recurrence.js';

export const SLOT_MINUTES = 15;
const GRID = 9 * 96;
export const ZONE_IDS = Object.keys(ZONES) as ZoneId[];

/** Where a meeting may go: the weekdays and organiser-local minutes of the day it must fit in. */
export interface SlotOptions {
  days?: readonly number[];
  /** All of `days` (a standup), rather than one of them. */
  fixedDays?: boolean;
  earliest?: number;
  latest?: number;
  tries?: number;
}

/** The slot of a wall-clock minute of the week (0 = Monday 00:00) in `zone`. */
export function slotOf(zone: ZoneId, minuteOfWeek: number): number {
  return Math.floor((minuteOfWeek - ZONES[zone].standard.offset + 1440) / SLOT_MINUTES);
}

/** Every person's busy quarter-hours, week by week, and the cost of a meeting at a slot. */
export class Grid {
  private readonly busy: Uint8Array;
  private readonly zoneOf: Uint8Array;
  private readonly workCost: Uint8Array[];

  constructor(
    people: readonly Person[],
    private readonly weeks: number,
  ) {
    this.busy = new Uint8Array(people.length * weeks * GRID);
    this.zoneOf = Uint8Array.from(people, (person) => ZONE_IDS.indexOf(person.zone));
    // 0 inside 9:00–17:30 on weekdays, 1 within 8:00–18:30, 6 otherwise.
    this.workCost = ZONE_IDS.map((zone) => {
      const cost = new Uint8Array(GRID);
      for (let slot = 0; slot < GRID; slot++) {
        const local = slot * SLOT_MINUTES - 1440 + ZONES[zone].standard.offset;
        const day = Math.floor(local / 1440);
        const minute = local - day * 1440;
        const weekday = day >= 0 && day <= 4;
        cost[slot] =
          weekday && minute >= 540 && minute < 1050
            ? 0
            : weekday && minute >= 480 && minute < 1110
              ? 1
              : 6;
      }
      return cost;
    });
  }

  /** Infinity when the first person is busy; otherwise clashes of the others plus odd hours. */
  cost(
    persons: readonly number[],
    week: number,
    slot: number,
    length: number,
    limit = Infinity,
  ): number {
    if (week < 0 || week >= this.weeks || slot < 0 || slot + length > GRID) return Infinity;
    let total = 0;
    for (let i = 0; i < persons.length; i++) {
      const person = persons[i] as number;
      const base = (person * this.weeks + week) * GRID + slot;
      const work = this.workCost[this.zoneOf[person] as number] as Uint8Array;
      for (let k = 0; k < length; k++) {
        if (this.busy[base + k] === 1) {
          if (i === 0) return Infinity;
          total += 10;
        }
        total += work[slot + k] as number;
      }
      if (total >= limit) return total;
    }
    return total;
  }

  mark(persons: readonly number[], week: number, slot: number, length: number): void {
    if (week < 0 || week >= this.weeks) return;
    const from = Math.max(0, slot);
    const to = Math.min(GRID, slot + length);
    for (const person of persons) {
      const base = (person * this.weeks + week) * GRID;
      this.busy.fill(1, base + from, base + to);
    }
  }

  /** Chooses (weekday, minute) for `persons` in `week`: cheapest of a few random tries. */
  findSlot(
    random: Random,
    persons: readonly number[],
    zone: ZoneId,
    week: number,
    minutes: number,
    options: SlotOptions,
  ): { days: number[]; minute: number; cost: number } {
    const r = random;
    const earliest = options.earliest ?? 540;
    const latest = options.latest ?? 1020;
    const steps = Math.max(0, Math.floor((latest - minutes - earliest) / 30));
    const length = minutes / SLOT_MINUTES;
    const choices = options.days ?? WEEKDAYS;
    const tries = options.tries ?? 10;
    let bestCost = Infinity;
    let bestDay = choices[0] ?? 0;
    let bestMinute = earliest;
    for (let t = 0; t < tries && bestCost > 0; t++) {
      const day = options.fixedDays ? -1 : r.pick(choices);
      const minute = earliest + 30 * r.int(0, steps);
      let cost = 0;
      if (day >= 0)
        cost = this.cost(persons, week, slotOf(zone, day * 1440 + minute), length, bestCost);
      else {
        for (const fixed of choices) {
          cost += this.cost(
            persons,
            week,
            slotOf(zone, fixed * 1440 + minute),
            length,
            bestCost - cost,
          );
          if (cost >= bestCost) break;
        }
      }
      if (cost < bestCost) {
        bestCost = cost;
        bestDay = day;
        bestMinute = minute;
      }
    }
    const days = options.fixedDays ? [...choices] : [bestDay];
    return { days, minute: bestMinute, cost: bestCost };
  }
}
