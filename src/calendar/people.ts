// ORGANIZER and ATTENDEE (RFC 5545 §3.8.4.1, §3.8.4.3) with the parameters Orient counts by:
// CN, PARTSTAT (§3.2.12), CUTYPE (§3.2.3) and ROLE (§3.2.16).
import type { ContentLine } from './content-lines.js';

export type ParticipationStatus =
  'NEEDS-ACTION' | 'ACCEPTED' | 'DECLINED' | 'TENTATIVE' | 'DELEGATED';

export interface Participant {
  /** Lower-cased address without `mailto:`; empty when the value is not an address. */
  email: string;
  name: string | null;
}

export interface Attendee extends Participant {
  partstat: ParticipationStatus;
  /** INDIVIDUAL, GROUP, RESOURCE, ROOM, UNKNOWN or an x-name, upper-cased. */
  cutype: string;
  role: string;
}

const PARTSTATS = new Set(['NEEDS-ACTION', 'ACCEPTED', 'DECLINED', 'TENTATIVE', 'DELEGATED']);

/** The address of a cal-address value: `mailto:` stripped, lower-cased; EMAIL param as fallback. */
export function addressOf(cl: ContentLine): string {
  let v = cl.value.trim();
  if (
    v.length > 7 &&
    (v.charCodeAt(0) | 32) === 109 /* m */ &&
    v.slice(0, 7).toLowerCase() === 'mailto:'
  ) {
    v = v.slice(7).trim();
  }
  if (v.includes('@') && !hasScheme(v)) return v.toLowerCase();
  const fromParam = cl.params?.['EMAIL'];
  return fromParam && fromParam.includes('@') ? fromParam.trim().toLowerCase() : '';
}

/** True for `scheme:…` values other than mailto (e.g. `urn:uuid:…`, `https://…`). */
function hasScheme(v: string): boolean {
  const colon = v.indexOf(':');
  return colon > 0 && colon < v.indexOf('@');
}

export function readParticipant(cl: ContentLine): Participant {
  const cn = cl.params?.['CN']?.trim();
  return { email: addressOf(cl), name: cn ? cn : null };
}

/** §3.2.12: the default PARTSTAT is NEEDS-ACTION; an unknown value is treated the same way. */
export function readAttendee(cl: ContentLine): Attendee {
  const params = cl.params;
  const cn = params?.['CN']?.trim();
  const partstat = params?.['PARTSTAT']?.toUpperCase() ?? 'NEEDS-ACTION';
  return {
    email: addressOf(cl),
    name: cn ? cn : null,
    partstat: (PARTSTATS.has(partstat) ? partstat : 'NEEDS-ACTION') as ParticipationStatus,
    cutype: params?.['CUTYPE']?.toUpperCase() ?? 'INDIVIDUAL',
    role: params?.['ROLE']?.toUpperCase() ?? 'REQ-PARTICIPANT',
  };
}
