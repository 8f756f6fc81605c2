// Recurring blocks people hold alone: focus time, office hours, prospecting, lunch.
import type { Builder } from './builder.js';
import type { SeriesPlan } from './place-series.js';
import { WEEKDAYS } from './recurrence.js';

/** Solo series: focus time, prospecting, lunch (transparent). */
export function soloSeries(b: Builder): void {
  const r = b.random;
  for (const person of b.people) {
    const solo = (
      title: string,
      minutes: number,
      days: readonly number[],
      extra: Partial<SeriesPlan> = {},
    ) =>
      b.series({
        kind: 'solo',
        title,
        organizer: person.index,
        minutes,
        days,
        solo: true,
        since: r.int(1, 30),
        moveChance: 0.05,
        cancelChance: 0.03,
        ...extra,
      });
    if (person.department === 'Engineering' && r.chance(0.85)) {
      const days = r.pick([
        [1, 2, 3],
        [0, 2, 4],
        [1, 3, 4],
      ]);
      solo(r.chance(0.15) ? 'Focus time 🎧' : 'Focus time', 120, days, {
        earliest: 780,
        latest: 1080,
      });
    }
    if (person.level === 'executive') solo('Office hours', 60, [r.int(0, 4)]);
    if (person.department === 'Product Management' && r.chance(0.4))
      solo('Focus time', 90, [r.int(0, 4)]);
    if (person.department === 'Sales' && person.app === 'outlook' && r.chance(0.35)) {
      solo('Prospecting', 90, [1, 3], { earliest: 480, latest: 660 });
    }
    if (r.chance(0.25))
      solo('Lunch', 60, WEEKDAYS, { earliest: 720, latest: 780, transparent: true });
  }
}
