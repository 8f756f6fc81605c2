// What happens to a series over the range: no instance on the organiser's holidays, now and then
// one skipped (EXDATE), and a few instances changed (RECURRENCE-ID overrides) — moved, cancelled,
// declined by one invitee, or with an extra guest.
import { ZONES, toUtc } from '../time-zones.js';
import type { Builder } from './builder.js';
import type { Meeting, Override } from './meeting-model.js';
import { DAY_MS, MINUTE_MS } from './meeting-model.js';
import type { SeriesPlan } from './place-series.js';
import { ruleStarts, weekdayOf } from './recurrence.js';

/** EXDATEs on holidays and vacations; a moved, a cancelled, a declined and a guest instance. */
export function addExceptions(b: Builder, meeting: Meeting, plan: SeriesPlan): void {
  const r = b.random;
  if (meeting.repeat === null) return;
  const inRange = ruleStarts(meeting.start, meeting.repeat, b.rangeEnd).filter(
    (t) => t >= b.rangeStart,
  );
  const region = ZONES[meeting.zone].region;
  for (const t of inRange) if (b.holidays.has(region, t)) meeting.exdates.push(t);
  if (inRange.length > 3 && r.chance(0.06)) {
    const t = r.pick(inRange);
    if (!meeting.exdates.includes(t)) meeting.exdates.push(t);
  }
  meeting.exdates.sort((x, y) => x - y);
  const open = r.shuffle(inRange.filter((t) => !meeting.exdates.includes(t)));
  const length = meeting.end - meeting.start;
  const override = (t: number, change: Partial<Override>): Override => {
    const modified = toUtc(meeting.zone, t) - r.int(3_600, 6 * 86_400) * 1000;
    return {
      recurrenceId: t,
      start: t,
      end: t + length,
      cancelled: false,
      invitees: meeting.invitees.map((i) => ({ ...i })),
      sequence: meeting.sequence + 1,
      modified: Math.min(Math.max(modified, meeting.modified), b.exportedAt - 3_600_000),
      ...change,
    };
  };
  const multiDay = meeting.repeat.days.length > 1;
  const take = (chance: number) => (open.length > 0 && r.chance(chance) ? open.pop() : undefined);
  const moved = take(plan.moveChance ?? 0.1);
  if (moved !== undefined) {
    const weekday = weekdayOf(moved);
    const minute = (moved - Math.floor(moved / DAY_MS) * DAY_MS) / MINUTE_MS;
    const late = minute + length / MINUTE_MS + 60 > 1080;
    const shift =
      !multiDay && r.chance(0.5)
        ? weekday === 4
          ? -DAY_MS
          : DAY_MS
        : (late ? -60 : 60) * MINUTE_MS;
    meeting.overrides.push(override(moved, { start: moved + shift, end: moved + shift + length }));
  }
  const cancelled = take(plan.cancelChance ?? 0.06);
  if (cancelled !== undefined) meeting.overrides.push(override(cancelled, { cancelled: true }));
  const declined = meeting.invitees.length > 0 ? take(0.08) : undefined;
  if (declined !== undefined) {
    const instance = override(declined, {});
    const who = r.pick(instance.invitees);
    who.organizerSees = r.chance(0.3) ? who.organizerSees : 'DECLINED';
    who.answer = 'DECLINED';
    instance.sequence = meeting.sequence;
    meeting.overrides.push(instance);
  }
  const pool = plan.guestPool;
  const guested = pool !== undefined ? take(0.3) : undefined;
  if (guested !== undefined && pool !== undefined) {
    const taken = new Set([meeting.organizer, ...meeting.invitees.map((i) => i.person)]);
    const candidates = b.choose(
      pool,
      1,
      meeting.organizer ?? pool[0] ?? 0,
      [...taken].filter((p) => p !== null),
    );
    const extra = candidates[0];
    if (extra !== undefined) {
      const instance = override(guested, {});
      instance.invitees.push(b.invitee(extra, 'normal'));
      meeting.overrides.push(instance);
    }
  }
  meeting.overrides.sort((x, y) => x.recurrenceId - y.recurrenceId);
}
