// VTIMEZONE (RFC 5545 §3.6.5) component → the plain definition the zone builder reads.
import { firstProperty, type Component } from './components.js';
import type { VTimezoneDefinition } from './time-zones/vtimezone-zone.js';

export function vtimezoneDefinition(c: Component): VTimezoneDefinition | undefined {
  const tzid = firstProperty(c, 'TZID')?.value.trim();
  if (!tzid) return undefined;
  const observances: VTimezoneDefinition['observances'] = [];
  for (const o of c.components) {
    if (o.name !== 'STANDARD' && o.name !== 'DAYLIGHT') continue;
    const all = (name: string): string[] =>
      o.properties.filter((p) => p.name === name).flatMap((p) => p.value.split(','));
    observances.push({
      kind: o.name,
      dtstart: firstProperty(o, 'DTSTART')?.value.trim() ?? '',
      offsetFrom: firstProperty(o, 'TZOFFSETFROM')?.value.trim() ?? '',
      offsetTo: firstProperty(o, 'TZOFFSETTO')?.value.trim() ?? '',
      rrule: firstProperty(o, 'RRULE')?.value.trim(),
      rdates: all('RDATE').map((v) => v.trim()),
      exdates: all('EXDATE').map((v) => v.trim()),
      line: o.line,
    });
  }
  return { tzid, observances };
}
