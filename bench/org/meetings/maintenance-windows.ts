// Overnight maintenance windows on the nights the clocks change.
import { ZONES, dstSwitches } from '../time-zones.js';
import type { Builder } from './builder.js';
import { ZONE_IDS } from './free-time-grid.js';
import { DAY_MS, MINUTE_MS, WEEK_MS } from './meeting-model.js';

/** Overnight maintenance windows on the nights clocks change: their true length is not 4 hours. */
export function maintenanceWindows(b: Builder): void {
  const r = b.random;
  const end = b.start + b.weekCount * WEEK_MS;
  for (const zone of ZONE_IDS) {
    const info = ZONES[zone];
    const engineers = b.people
      .filter((p) => p.zone === zone && p.department === 'Engineering')
      .map((p) => p.index);
    if (engineers.length < 2 || info.daylight === null) continue;
    for (
      let year = new Date(b.start).getUTCFullYear();
      year <= new Date(end).getUTCFullYear();
      year++
    ) {
      const switches = dstSwitches(info, year);
      if (switches === null) continue;
      for (const [instant, offsetBefore] of [
        [switches.start, info.standard.offset],
        [switches.end, info.daylight.offset],
      ] as const) {
        const day = Math.floor((instant + offsetBefore * MINUTE_MS) / DAY_MS) * DAY_MS;
        if (day < b.start || day >= end) continue;
        const [organizer, ...others] = r.shuffle([...engineers]).slice(0, 3);
        if (organizer === undefined) continue;
        const week = Math.floor((day - b.start) / WEEK_MS);
        const meeting = b.oneOff({
          kind: 'maintenance',
          title: 'Maintenance window: database failover',
          anchor: organizer,
          invitees: others,
          minutes: 60,
          week,
        });
        if (meeting === null) continue;
        meeting.start = day;
        meeting.end = day + 4 * 60 * MINUTE_MS;
        meeting.description =
          'Clocks change tonight: the window is 00:00–04:00 local time, whatever the offset says.';
      }
    }
  }
}
