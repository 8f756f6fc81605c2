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
  const v = cl.value.trim();
  const lower = v.toLowerCase();
  let email = lower.startsWith('mailto:') ? v.slice(7).trim() : v;
  if (!email.includes('@') || /^[a-z][a-z0-9+.-]*:/i.test(email)) {
    const fromParam = cl.params?.['EMAIL'];
    email = fromParam && fromParam.includes('@') ? fromParam : '';
  }
  return email.toLowerCase();
}

export function readParticipant(cl: ContentLine): Participant {
  const cn = cl.params?.['CN'];
  return { email: addressOf(cl), name: cn && cn.trim() !== '' ? cn.trim() : null };
}

/** §3.2.12: the default PARTSTAT is NEEDS-ACTION; an unknown value is treated the same way. */
export function readAttendee(cl: ContentLine): Attendee {
  const partstat = (cl.params?.['PARTSTAT'] ?? 'NEEDS-ACTION').toUpperCase();
  return {
    ...readParticipant(cl),
    partstat: (PARTSTATS.has(partstat) ? partstat : 'NEEDS-ACTION') as ParticipationStatus,
    cutype: (cl.params?.['CUTYPE'] ?? 'INDIVIDUAL').toUpperCase(),
    role: (cl.params?.['ROLE'] ?? 'REQ-PARTICIPANT').toUpperCase(),
  };
}
