// Windows time-zone names and display labels, as Outlook and Exchange write them in TZID, mapped to
// IANA zones.
//
// Source: Unicode CLDR, common/supplemental/windowsZones.xml (mapTimezones otherVersion 7e11800,
// typeVersion 2021a): the territory "001" row of each Windows zone and the display label in the
// comment above it. The names in LEGACY_WINDOWS_ZONES and the labels in LEGACY_LABELS are from the
// same file as shipped with CLDR 1.8 (Windows XP/Vista names and "(GMT±hh:mm)" labels).
// Copyright © 1991-2013 Unicode, Inc. Distributed under the Unicode License
// (https://www.unicode.org/license.txt), which permits copying and redistribution with this notice.
// IANA ids are kept as CLDR writes them (Asia/Calcutta, Europe/Kiev); ianaZone names the zone by
// its current name.

export interface WindowsZone {
  /** The IANA zone CLDR maps the Windows zone to for territory 001. */
  readonly iana: string;
  /** The Windows display label, e.g. "(UTC-08:00) Pacific Time (US & Canada)". */
  readonly label: string;
}

/** Windows zone name → IANA zone and display label (CLDR windowsZones, territory 001). */
export const WINDOWS_ZONES: Readonly<Record<string, WindowsZone>> = {
  'Dateline Standard Time': {
    iana: 'Etc/GMT+12',
    label: '(UTC-12:00) International Date Line West',
  },
  'UTC-11': { iana: 'Etc/GMT+11', label: '(UTC-11:00) Coordinated Universal Time-11' },
  'Aleutian Standard Time': { iana: 'America/Adak', label: '(UTC-10:00) Aleutian Islands' },
  'Hawaiian Standard Time': { iana: 'Pacific/Honolulu', label: '(UTC-10:00) Hawaii' },
  'Marquesas Standard Time': { iana: 'Pacific/Marquesas', label: '(UTC-09:30) Marquesas Islands' },
  'Alaskan Standard Time': { iana: 'America/Anchorage', label: '(UTC-09:00) Alaska' },
  'UTC-09': { iana: 'Etc/GMT+9', label: '(UTC-09:00) Coordinated Universal Time-09' },
  'Pacific Standard Time (Mexico)': {
    iana: 'America/Tijuana',
    label: '(UTC-08:00) Baja California',
  },
  'UTC-08': { iana: 'Etc/GMT+8', label: '(UTC-08:00) Coordinated Universal Time-08' },
  'Pacific Standard Time': {
    iana: 'America/Los_Angeles',
    label: '(UTC-08:00) Pacific Time (US & Canada)',
  },
  'US Mountain Standard Time': { iana: 'America/Phoenix', label: '(UTC-07:00) Arizona' },
  'Mountain Standard Time (Mexico)': {
    iana: 'America/Mazatlan',
    label: '(UTC-07:00) Chihuahua, La Paz, Mazatlan',
  },
  'Mountain Standard Time': {
    iana: 'America/Denver',
    label: '(UTC-07:00) Mountain Time (US & Canada)',
  },
  'Yukon Standard Time': { iana: 'America/Whitehorse', label: '(UTC-07:00) Yukon' },
  'Central America Standard Time': {
    iana: 'America/Guatemala',
    label: '(UTC-06:00) Central America',
  },
  'Central Standard Time': {
    iana: 'America/Chicago',
    label: '(UTC-06:00) Central Time (US & Canada)',
  },
  'Easter Island Standard Time': { iana: 'Pacific/Easter', label: '(UTC-06:00) Easter Island' },
  'Central Standard Time (Mexico)': {
    iana: 'America/Mexico_City',
    label: '(UTC-06:00) Guadalajara, Mexico City, Monterrey',
  },
  'Canada Central Standard Time': { iana: 'America/Regina', label: '(UTC-06:00) Saskatchewan' },
  'SA Pacific Standard Time': {
    iana: 'America/Bogota',
    label: '(UTC-05:00) Bogota, Lima, Quito, Rio Branco',
  },
  'Eastern Standard Time (Mexico)': { iana: 'America/Cancun', label: '(UTC-05:00) Chetumal' },
  'Eastern Standard Time': {
    iana: 'America/New_York',
    label: '(UTC-05:00) Eastern Time (US & Canada)',
  },
  'Haiti Standard Time': { iana: 'America/Port-au-Prince', label: '(UTC-05:00) Haiti' },
  'Cuba Standard Time': { iana: 'America/Havana', label: '(UTC-05:00) Havana' },
  'US Eastern Standard Time': { iana: 'America/Indianapolis', label: '(UTC-05:00) Indiana (East)' },
  'Turks And Caicos Standard Time': {
    iana: 'America/Grand_Turk',
    label: '(UTC-05:00) Turks and Caicos',
  },
  'Paraguay Standard Time': { iana: 'America/Asuncion', label: '(UTC-04:00) Asuncion' },
  'Atlantic Standard Time': {
    iana: 'America/Halifax',
    label: '(UTC-04:00) Atlantic Time (Canada)',
  },
  'Venezuela Standard Time': { iana: 'America/Caracas', label: '(UTC-04:00) Caracas' },
  'Central Brazilian Standard Time': { iana: 'America/Cuiaba', label: '(UTC-04:00) Cuiaba' },
  'SA Western Standard Time': {
    iana: 'America/La_Paz',
    label: '(UTC-04:00) Georgetown, La Paz, Manaus, San Juan',
  },
  'Pacific SA Standard Time': { iana: 'America/Santiago', label: '(UTC-04:00) Santiago' },
  'Newfoundland Standard Time': { iana: 'America/St_Johns', label: '(UTC-03:30) Newfoundland' },
  'Tocantins Standard Time': { iana: 'America/Araguaina', label: '(UTC-03:00) Araguaina' },
  'E. South America Standard Time': { iana: 'America/Sao_Paulo', label: '(UTC-03:00) Brasilia' },
  'SA Eastern Standard Time': { iana: 'America/Cayenne', label: '(UTC-03:00) Cayenne, Fortaleza' },
  'Argentina Standard Time': {
    iana: 'America/Buenos_Aires',
    label: '(UTC-03:00) City of Buenos Aires',
  },
  'Greenland Standard Time': { iana: 'America/Godthab', label: '(UTC-03:00) Greenland' },
  'Montevideo Standard Time': { iana: 'America/Montevideo', label: '(UTC-03:00) Montevideo' },
  'Magallanes Standard Time': { iana: 'America/Punta_Arenas', label: '(UTC-03:00) Punta Arenas' },
  'Saint Pierre Standard Time': {
    iana: 'America/Miquelon',
    label: '(UTC-03:00) Saint Pierre and Miquelon',
  },
  'Bahia Standard Time': { iana: 'America/Bahia', label: '(UTC-03:00) Salvador' },
  'UTC-02': { iana: 'Etc/GMT+2', label: '(UTC-02:00) Coordinated Universal Time-02' },
  'Azores Standard Time': { iana: 'Atlantic/Azores', label: '(UTC-01:00) Azores' },
  'Cape Verde Standard Time': { iana: 'Atlantic/Cape_Verde', label: '(UTC-01:00) Cabo Verde Is.' },
  UTC: { iana: 'Etc/UTC', label: '(UTC) Coordinated Universal Time' },
  'GMT Standard Time': {
    iana: 'Europe/London',
    label: '(UTC+00:00) Dublin, Edinburgh, Lisbon, London',
  },
  'Greenwich Standard Time': {
    iana: 'Atlantic/Reykjavik',
    label: '(UTC+00:00) Monrovia, Reykjavik',
  },
  'Sao Tome Standard Time': { iana: 'Africa/Sao_Tome', label: '(UTC+00:00) Sao Tome' },
  'Morocco Standard Time': { iana: 'Africa/Casablanca', label: '(UTC+01:00) Casablanca' },
  'W. Europe Standard Time': {
    iana: 'Europe/Berlin',
    label: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
  },
  'Central Europe Standard Time': {
    iana: 'Europe/Budapest',
    label: '(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague',
  },
  'Romance Standard Time': {
    iana: 'Europe/Paris',
    label: '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris',
  },
  'Central European Standard Time': {
    iana: 'Europe/Warsaw',
    label: '(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb',
  },
  'W. Central Africa Standard Time': {
    iana: 'Africa/Lagos',
    label: '(UTC+01:00) West Central Africa',
  },
  'Jordan Standard Time': { iana: 'Asia/Amman', label: '(UTC+02:00) Amman' },
  'GTB Standard Time': { iana: 'Europe/Bucharest', label: '(UTC+02:00) Athens, Bucharest' },
  'Middle East Standard Time': { iana: 'Asia/Beirut', label: '(UTC+02:00) Beirut' },
  'Egypt Standard Time': { iana: 'Africa/Cairo', label: '(UTC+02:00) Cairo' },
  'E. Europe Standard Time': { iana: 'Europe/Chisinau', label: '(UTC+02:00) Chisinau' },
  'Syria Standard Time': { iana: 'Asia/Damascus', label: '(UTC+02:00) Damascus' },
  'West Bank Standard Time': { iana: 'Asia/Hebron', label: '(UTC+02:00) Gaza, Hebron' },
  'South Africa Standard Time': {
    iana: 'Africa/Johannesburg',
    label: '(UTC+02:00) Harare, Pretoria',
  },
  'FLE Standard Time': {
    iana: 'Europe/Kiev',
    label: '(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius',
  },
  'Israel Standard Time': { iana: 'Asia/Jerusalem', label: '(UTC+02:00) Jerusalem' },
  'South Sudan Standard Time': { iana: 'Africa/Juba', label: '(UTC+02:00) Juba' },
  'Kaliningrad Standard Time': { iana: 'Europe/Kaliningrad', label: '(UTC+02:00) Kaliningrad' },
  'Sudan Standard Time': { iana: 'Africa/Khartoum', label: '(UTC+02:00) Khartoum' },
  'Libya Standard Time': { iana: 'Africa/Tripoli', label: '(UTC+02:00) Tripoli' },
  'Namibia Standard Time': { iana: 'Africa/Windhoek', label: '(UTC+02:00) Windhoek' },
  'Arabic Standard Time': { iana: 'Asia/Baghdad', label: '(UTC+03:00) Baghdad' },
  'Turkey Standard Time': { iana: 'Europe/Istanbul', label: '(UTC+03:00) Istanbul' },
  'Arab Standard Time': { iana: 'Asia/Riyadh', label: '(UTC+03:00) Kuwait, Riyadh' },
  'Belarus Standard Time': { iana: 'Europe/Minsk', label: '(UTC+03:00) Minsk' },
  'Russian Standard Time': { iana: 'Europe/Moscow', label: '(UTC+03:00) Moscow, St. Petersburg' },
  'E. Africa Standard Time': { iana: 'Africa/Nairobi', label: '(UTC+03:00) Nairobi' },
  'Iran Standard Time': { iana: 'Asia/Tehran', label: '(UTC+03:30) Tehran' },
  'Arabian Standard Time': { iana: 'Asia/Dubai', label: '(UTC+04:00) Abu Dhabi, Muscat' },
  'Astrakhan Standard Time': {
    iana: 'Europe/Astrakhan',
    label: '(UTC+04:00) Astrakhan, Ulyanovsk',
  },
  'Azerbaijan Standard Time': { iana: 'Asia/Baku', label: '(UTC+04:00) Baku' },
  'Russia Time Zone 3': { iana: 'Europe/Samara', label: '(UTC+04:00) Izhevsk, Samara' },
  'Mauritius Standard Time': { iana: 'Indian/Mauritius', label: '(UTC+04:00) Port Louis' },
  'Saratov Standard Time': { iana: 'Europe/Saratov', label: '(UTC+04:00) Saratov' },
  'Georgian Standard Time': { iana: 'Asia/Tbilisi', label: '(UTC+04:00) Tbilisi' },
  'Volgograd Standard Time': { iana: 'Europe/Volgograd', label: '(UTC+04:00) Volgograd' },
  'Caucasus Standard Time': { iana: 'Asia/Yerevan', label: '(UTC+04:00) Yerevan' },
  'Afghanistan Standard Time': { iana: 'Asia/Kabul', label: '(UTC+04:30) Kabul' },
  'West Asia Standard Time': { iana: 'Asia/Tashkent', label: '(UTC+05:00) Ashgabat, Tashkent' },
  'Ekaterinburg Standard Time': {
    iana: 'Asia/Yekaterinburg',
    label: '(UTC+05:00) Ekaterinburg',
  },
  'Pakistan Standard Time': { iana: 'Asia/Karachi', label: '(UTC+05:00) Islamabad, Karachi' },
  'Qyzylorda Standard Time': { iana: 'Asia/Qyzylorda', label: '(UTC+05:00) Qyzylorda' },
  'India Standard Time': {
    iana: 'Asia/Calcutta',
    label: '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi',
  },
  'Sri Lanka Standard Time': { iana: 'Asia/Colombo', label: '(UTC+05:30) Sri Jayawardenepura' },
  'Nepal Standard Time': { iana: 'Asia/Katmandu', label: '(UTC+05:45) Kathmandu' },
  'Central Asia Standard Time': { iana: 'Asia/Bishkek', label: '(UTC+06:00) Astana' },
  'Bangladesh Standard Time': { iana: 'Asia/Dhaka', label: '(UTC+06:00) Dhaka' },
  'Omsk Standard Time': { iana: 'Asia/Omsk', label: '(UTC+06:00) Omsk' },
  'Myanmar Standard Time': { iana: 'Asia/Rangoon', label: '(UTC+06:30) Yangon (Rangoon)' },
  'SE Asia Standard Time': { iana: 'Asia/Bangkok', label: '(UTC+07:00) Bangkok, Hanoi, Jakarta' },
  'Altai Standard Time': { iana: 'Asia/Barnaul', label: '(UTC+07:00) Barnaul, Gorno-Altaysk' },
  'W. Mongolia Standard Time': { iana: 'Asia/Hovd', label: '(UTC+07:00) Hovd' },
  'North Asia Standard Time': { iana: 'Asia/Krasnoyarsk', label: '(UTC+07:00) Krasnoyarsk' },
  'N. Central Asia Standard Time': { iana: 'Asia/Novosibirsk', label: '(UTC+07:00) Novosibirsk' },
  'Tomsk Standard Time': { iana: 'Asia/Tomsk', label: '(UTC+07:00) Tomsk' },
  'China Standard Time': {
    iana: 'Asia/Shanghai',
    label: '(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi',
  },
  'North Asia East Standard Time': { iana: 'Asia/Irkutsk', label: '(UTC+08:00) Irkutsk' },
  'Singapore Standard Time': {
    iana: 'Asia/Singapore',
    label: '(UTC+08:00) Kuala Lumpur, Singapore',
  },
  'W. Australia Standard Time': { iana: 'Australia/Perth', label: '(UTC+08:00) Perth' },
  'Taipei Standard Time': { iana: 'Asia/Taipei', label: '(UTC+08:00) Taipei' },
  'Ulaanbaatar Standard Time': { iana: 'Asia/Ulaanbaatar', label: '(UTC+08:00) Ulaanbaatar' },
  'Aus Central W. Standard Time': { iana: 'Australia/Eucla', label: '(UTC+08:45) Eucla' },
  'Transbaikal Standard Time': { iana: 'Asia/Chita', label: '(UTC+09:00) Chita' },
  'Tokyo Standard Time': { iana: 'Asia/Tokyo', label: '(UTC+09:00) Osaka, Sapporo, Tokyo' },
  'North Korea Standard Time': { iana: 'Asia/Pyongyang', label: '(UTC+09:00) Pyongyang' },
  'Korea Standard Time': { iana: 'Asia/Seoul', label: '(UTC+09:00) Seoul' },
  'Yakutsk Standard Time': { iana: 'Asia/Yakutsk', label: '(UTC+09:00) Yakutsk' },
  'Cen. Australia Standard Time': { iana: 'Australia/Adelaide', label: '(UTC+09:30) Adelaide' },
  'AUS Central Standard Time': { iana: 'Australia/Darwin', label: '(UTC+09:30) Darwin' },
  'E. Australia Standard Time': { iana: 'Australia/Brisbane', label: '(UTC+10:00) Brisbane' },
  'AUS Eastern Standard Time': {
    iana: 'Australia/Sydney',
    label: '(UTC+10:00) Canberra, Melbourne, Sydney',
  },
  'West Pacific Standard Time': {
    iana: 'Pacific/Port_Moresby',
    label: '(UTC+10:00) Guam, Port Moresby',
  },
  'Tasmania Standard Time': { iana: 'Australia/Hobart', label: '(UTC+10:00) Hobart' },
  'Vladivostok Standard Time': { iana: 'Asia/Vladivostok', label: '(UTC+10:00) Vladivostok' },
  'Lord Howe Standard Time': {
    iana: 'Australia/Lord_Howe',
    label: '(UTC+10:30) Lord Howe Island',
  },
  'Bougainville Standard Time': {
    iana: 'Pacific/Bougainville',
    label: '(UTC+11:00) Bougainville Island',
  },
  'Russia Time Zone 10': { iana: 'Asia/Srednekolymsk', label: '(UTC+11:00) Chokurdakh' },
  'Magadan Standard Time': { iana: 'Asia/Magadan', label: '(UTC+11:00) Magadan' },
  'Norfolk Standard Time': { iana: 'Pacific/Norfolk', label: '(UTC+11:00) Norfolk Island' },
  'Sakhalin Standard Time': { iana: 'Asia/Sakhalin', label: '(UTC+11:00) Sakhalin' },
  'Central Pacific Standard Time': {
    iana: 'Pacific/Guadalcanal',
    label: '(UTC+11:00) Solomon Is., New Caledonia',
  },
  'Russia Time Zone 11': {
    iana: 'Asia/Kamchatka',
    label: '(UTC+12:00) Anadyr, Petropavlovsk-Kamchatsky',
  },
  'New Zealand Standard Time': {
    iana: 'Pacific/Auckland',
    label: '(UTC+12:00) Auckland, Wellington',
  },
  'UTC+12': { iana: 'Etc/GMT-12', label: '(UTC+12:00) Coordinated Universal Time+12' },
  'Fiji Standard Time': { iana: 'Pacific/Fiji', label: '(UTC+12:00) Fiji' },
  'Chatham Islands Standard Time': {
    iana: 'Pacific/Chatham',
    label: '(UTC+12:45) Chatham Islands',
  },
  'UTC+13': { iana: 'Etc/GMT-13', label: '(UTC+13:00) Coordinated Universal Time+13' },
  'Tonga Standard Time': { iana: 'Pacific/Tongatapu', label: "(UTC+13:00) Nuku'alofa" },
  'Samoa Standard Time': { iana: 'Pacific/Apia', label: '(UTC+13:00) Samoa' },
  'Line Islands Standard Time': {
    iana: 'Pacific/Kiritimati',
    label: '(UTC+14:00) Kiritimati Island',
  },
};

/** Windows names that are no longer in the table but still appear in old exports (CLDR 1.8). */
export const LEGACY_WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'Armenian Standard Time': 'Asia/Yerevan',
  'Kamchatka Standard Time': 'Asia/Kamchatka',
  'Mexico Standard Time': 'America/Mexico_City',
  'Mexico Standard Time 2': 'America/Chihuahua',
  'Mid-Atlantic Standard Time': 'Etc/GMT+2',
};

/** Display labels of older Windows versions (CLDR 1.8) whose text differs from today's. */
export const LEGACY_LABELS: Readonly<Record<string, string>> = {
  '(GMT-03:00) Buenos Aires': 'Argentina Standard Time',
  '(GMT-04:00) Manaus': 'Central Brazilian Standard Time',
  '(GMT+11:00) Magadan, Solomon Is., New Caledonia': 'Central Pacific Standard Time',
  '(GMT+02:00) Minsk': 'Belarus Standard Time',
  '(GMT+12:00) Fiji, Marshall Is.': 'Fiji Standard Time',
  '(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London': 'GMT Standard Time',
  '(GMT+02:00) Athens, Bucharest, Istanbul': 'GTB Standard Time',
  '(GMT+12:00) Petropavlovsk-Kamchatsky': 'Russia Time Zone 11',
  '(GMT-06:00) Guadalajara, Mexico City, Monterrey - Old': 'Central Standard Time (Mexico)',
  '(GMT-07:00) Chihuahua, La Paz, Mazatlan - Old': 'Mountain Standard Time (Mexico)',
  '(UTC-07:00) La Paz, Mazatlan': 'Mountain Standard Time (Mexico)',
  '(GMT-02:00) Mid-Atlantic': 'UTC-02',
  '(GMT-08:00) Tijuana, Baja California': 'Pacific Standard Time (Mexico)',
  '(GMT+03:00) Moscow, St. Petersburg, Volgograd': 'Russian Standard Time',
  '(GMT-03:00) Cayenne': 'SA Eastern Standard Time',
  '(GMT-05:00) Bogota, Lima, Quito': 'SA Pacific Standard Time',
  '(GMT-04:00) Georgetown, La Paz, San Juan': 'SA Western Standard Time',
  '(GMT-11:00) Midway Island, Samoa': 'Samoa Standard Time',
  '(GMT+05:00) Tashkent': 'West Asia Standard Time',
};

/** Lower case, single spaces, no backslash escapes, "&" read as "and". */
function normalize(text: string): string {
  return text.replace(/\\/g, '').replace(/&/g, ' and ').replace(/\s+/g, ' ').trim().toLowerCase();
}

const byName = new Map<string, string>();
for (const [name, zone] of Object.entries(WINDOWS_ZONES)) byName.set(normalize(name), zone.iana);
for (const [name, iana] of Object.entries(LEGACY_WINDOWS_ZONES)) byName.set(normalize(name), iana);

/** The IANA zone of a Windows zone name (case and spacing ignored), or undefined. */
export function ianaForWindowsName(name: string): string | undefined {
  return byName.get(normalize(name));
}

/** A label split into its leading "(UTC±hh:mm)" offset, if any, and the rest (normalized). */
export interface SplitLabel {
  /** Minutes east of UTC; undefined when the label has no offset prefix. */
  offsetMinutes: number | undefined;
  rest: string;
}

// "(UTC-08:00)", "(GMT+10:00)", "(GMT +01:00)", "(UTC)", "(GMT)"; or bare "UTC+01", "GMT-05:00".
const BRACKETED_OFFSET = /^\(\s*(?:utc|gmt)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)\s*/;
const BARE_OFFSET = /^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?(?:\s+|$)/;

export function splitLabel(label: string): SplitLabel {
  const text = normalize(label);
  const m = BRACKETED_OFFSET.exec(text) ?? BARE_OFFSET.exec(text);
  if (m === null) return { offsetMinutes: undefined, rest: text };
  const sign = m[1] === '-' ? -1 : 1;
  const minutes = Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return { offsetMinutes: sign * minutes, rest: text.slice(m[0].length).trim() };
}

interface KnownLabel {
  name: string;
  offsetMinutes: number | undefined;
  rest: string;
  places: string[];
}

const knownLabels: KnownLabel[] = [
  ...Object.entries(WINDOWS_ZONES).map(([name, zone]) => ({ name, label: zone.label })),
  ...Object.entries(LEGACY_LABELS).map(([label, name]) => ({ name, label })),
].map(({ name, label }) => {
  const { offsetMinutes, rest } = splitLabel(label);
  return { name, offsetMinutes, rest, places: placesOf(rest) };
});

/** The places a label lists: "amsterdam, berlin and bern" → amsterdam, berlin, bern. */
function placesOf(rest: string): string[] {
  return rest
    .split(/,| and /)
    .map((place) => place.trim())
    .filter((place) => place.length > 0);
}

/**
 * The Windows zone name of a display label as Exchange writes it in TZID, or undefined; `exact`
 * is false when only some of the places matched. Matching
 * is lenient: case, spacing, "&"/"and", "UTC"/"GMT" and the offset prefix do not matter for an
 * exact label; failing that, the label that shares the most places with it wins (at the stated
 * offset, when there is one), e.g. "Amsterdam, Berlin, Bern, Rom, Stockholm, Wien".
 */
export function windowsNameForLabel(label: string): { name: string; exact: boolean } | undefined {
  const { offsetMinutes, rest } = splitLabel(label);
  if (rest.length === 0) return undefined;
  const sameOffset = (known: KnownLabel): boolean =>
    offsetMinutes === undefined || known.offsetMinutes === offsetMinutes;
  const exact = knownLabels.filter((known) => known.rest === rest);
  const exactMatch = exact.find(sameOffset) ?? exact[0];
  if (exactMatch !== undefined) return { name: exactMatch.name, exact: true };

  const places = new Set(placesOf(rest));
  let best: KnownLabel | undefined;
  let bestShared = 0;
  let bestShare = 0;
  for (const known of knownLabels) {
    if (!sameOffset(known)) continue;
    const shared = known.places.filter((place) => places.has(place)).length;
    const share = shared / known.places.length;
    if (shared > bestShared || (shared === bestShared && share > bestShare)) {
      best = known;
      bestShared = shared;
      bestShare = share;
    }
  }
  return best !== undefined && bestShared > 0 ? { name: best.name, exact: false } : undefined;
}
