// TZID (RFC 5545 §3.2.19) → Zone. Exports name zones in many ways: IANA names (sometimes behind a
// "/mozilla.org/20050126_1/" style prefix), Windows names and display labels (Outlook, Exchange),
// custom names defined only by a VTIMEZONE in the file ("Customized Time Zone").
import { ianaZone } from './iana-zone.js';
import { vtimezoneZone, type VTimezoneDefinition, type VTimezoneZone } from './vtimezone-zone.js';
import { ianaForWindowsName, windowsNameForLabel, WINDOWS_ZONES } from './windows-zones.js';
import { UTC_ZONE, type Zone } from './zone.js';

export type ZoneSource = 'vtimezone' | 'iana' | 'windows' | 'utc';

export interface ResolvedZone {
  zone: Zone;
  /**
   * vtimezone: the file's VTIMEZONE; iana: an IANA name; windows: a Windows name or display label;
   * utc: a name of UTC.
   */
  source: ZoneSource;
  /** Set when the reading involved a guess the user should hear about. */
  warning?: string;
}

const UTC_NAMES = new Set(['utc', 'z', 'gmt', 'etc/utc', 'etc/gmt', 'zulu', 'etc/zulu', 'ut']);

/** Per file (its VTIMEZONE map): TZID as written → resolution, null for unresolvable. */
const byFile = new WeakMap<
  ReadonlyMap<string, VTimezoneDefinition>,
  Map<string, ResolvedZone | null>
>();
/** Per file: VTIMEZONEs by normalized TZID. */
const indexes = new WeakMap<
  ReadonlyMap<string, VTimezoneDefinition>,
  Map<string, VTimezoneDefinition>
>();
/** Zones built from VTIMEZONE definitions, per definition object. */
const built = new WeakMap<VTimezoneDefinition, VTimezoneZone>();
/** Resolutions that do not depend on the file, by cleaned name. */
const byName = new Map<string, ResolvedZone | null>();

/**
 * The zone a TZID names, or undefined when nothing matches (the caller falls back and warns).
 * Order: UTC names; the file's VTIMEZONE with that TZID (RFC 5545 §3.2.19), unless it is unusable
 * and the TZID is itself an IANA or Windows name; an IANA name, or the longest IANA suffix of a
 * slash-prefixed name; a Windows name or display label. A TZID that gives only an offset
 * ("(GMT +01:00)", "UTC+01") is unknown: a fixed offset would be wrong half the year wherever the
 * author observes DST, so the caller's fallback zone and warning are the honest reading.
 */
export function resolveZone(
  tzid: string,
  vtimezones: ReadonlyMap<string, VTimezoneDefinition>,
): ResolvedZone | undefined {
  let cache = byFile.get(vtimezones);
  if (cache === undefined) {
    cache = new Map();
    byFile.set(vtimezones, cache);
  }
  let resolved = cache.get(tzid);
  if (resolved === undefined) {
    resolved = resolveUncached(tzid, vtimezones) ?? null;
    cache.set(tzid, resolved);
  }
  return resolved ?? undefined;
}

function resolveUncached(
  tzid: string,
  vtimezones: ReadonlyMap<string, VTimezoneDefinition>,
): ResolvedZone | undefined {
  const name = cleanTzid(tzid);
  if (UTC_NAMES.has(name.toLowerCase())) return { zone: UTC_ZONE, source: 'utc' };

  const definition =
    vtimezones.get(tzid) ?? vtimezones.get(name) ?? findVtimezone(name, vtimezones);
  if (definition !== undefined) {
    let fromFile = built.get(definition);
    if (fromFile === undefined) {
      fromFile = vtimezoneZone(definition);
      built.set(definition, fromFile);
    }
    const problems = fromFile.warnings.join('; ');
    if (fromFile.observances > 0) {
      return problems === ''
        ? { zone: fromFile.zone, source: 'vtimezone' }
        : { zone: fromFile.zone, source: 'vtimezone', warning: problems };
    }
    const byItsName = resolveByName(name);
    if (
      byItsName !== undefined &&
      (byItsName.source === 'iana' || byItsName.source === 'windows')
    ) {
      return {
        ...byItsName,
        warning: `${problems}; TZID ${JSON.stringify(name)} read as ${byItsName.zone.name}`,
      };
    }
  }
  return resolveByName(name);
}

/** TZID parameter values arrive quoted or padded ("\"Eastern Standard Time\"", " 1"). */
function cleanTzid(tzid: string): string {
  return tzid
    .trim()
    .replace(/^"+|"+$/g, '')
    .trim();
}

/** The file's VTIMEZONE for a TZID, ignoring case, spacing, quotes and backslash escapes. */
function findVtimezone(
  name: string,
  vtimezones: ReadonlyMap<string, VTimezoneDefinition>,
): VTimezoneDefinition | undefined {
  let index = indexes.get(vtimezones);
  if (index === undefined) {
    index = new Map();
    for (const [key, definition] of vtimezones) {
      const normalized = normalizeTzid(key);
      if (!index.has(normalized)) index.set(normalized, definition);
    }
    indexes.set(vtimezones, index);
  }
  return index.get(normalizeTzid(name));
}

function normalizeTzid(tzid: string): string {
  return cleanTzid(tzid).replace(/\\/g, '').replace(/\s+/g, ' ').toLowerCase();
}

function resolveByName(name: string): ResolvedZone | undefined {
  let resolved = byName.get(name);
  if (resolved === undefined) {
    resolved = resolveName(name) ?? null;
    byName.set(name, resolved);
  }
  return resolved ?? undefined;
}

function resolveName(name: string): ResolvedZone | undefined {
  if (name === '') return undefined;
  const iana = ianaZone(name) ?? ianaSuffix(name);
  if (iana !== undefined) return { zone: iana, source: iana === UTC_ZONE ? 'utc' : 'iana' };

  const windowsIana = ianaForWindowsName(name);
  const windowsZone = windowsIana === undefined ? undefined : ianaZone(windowsIana);
  if (windowsZone !== undefined) return { zone: windowsZone, source: 'windows' };

  const label = windowsNameForLabel(name);
  const labelIana = label === undefined ? undefined : WINDOWS_ZONES[label.name]?.iana;
  const labelZone = labelIana === undefined ? undefined : ianaZone(labelIana);
  if (label !== undefined && labelZone !== undefined) {
    return label.exact
      ? { zone: labelZone, source: 'windows' }
      : {
          zone: labelZone,
          source: 'windows',
          warning: `TZID ${JSON.stringify(name)} read as ${label.name} (${labelZone.name})`,
        };
  }

  return undefined;
}

/** "/mozilla.org/20050126_1/America/New_York" → America/New_York: the longest valid suffix. */
function ianaSuffix(name: string): Zone | undefined {
  const parts = name.split('/');
  for (let i = 1; i < parts.length; i++) {
    const suffix = parts.slice(i).join('/');
    if (suffix === '' || suffix.startsWith('/')) continue;
    const zone = ianaZone(suffix);
    if (zone !== undefined) return zone;
  }
  return undefined;
}
