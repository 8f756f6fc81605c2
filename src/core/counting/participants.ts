// Rule 1: internal or external; rooms and resources are not people.

const RESOURCE_DOMAIN = 'resource.calendar.google.com';

export type ParticipantKind = 'room' | 'internal' | 'external';

/** Lower-cased internal domains; an address is internal on a domain or any subdomain of one. */
export function internalDomainMatcher(domains: readonly string[]): (email: string) => boolean {
  const set = new Set(domains.map((d) => d.toLowerCase()));
  return (email) => {
    const at = email.lastIndexOf('@');
    if (at < 0) return false;
    let domain = email.slice(at + 1).toLowerCase();
    for (;;) {
      if (set.has(domain)) return true;
      const dot = domain.indexOf('.');
      if (dot < 0) return false;
      domain = domain.slice(dot + 1);
    }
  };
}

/** Rule 1: CUTYPE=ROOM/RESOURCE or a Google resource address is a room; else by domain. */
export function kindOf(
  email: string,
  cutype: string,
  isInternal: (email: string) => boolean,
): ParticipantKind {
  if (cutype === 'ROOM' || cutype === 'RESOURCE') return 'room';
  const lower = email.toLowerCase();
  if (lower.endsWith(`@${RESOURCE_DOMAIN}`) || lower.endsWith(`.${RESOURCE_DOMAIN}`)) return 'room';
  return isInternal(lower) ? 'internal' : 'external';
}

/** A listed person counts as present unless they declined or delegated (rule 2). */
export function isPresent(p: {
  isOrganizer: boolean;
  isAttendee: boolean;
  partstat: string | null;
}): boolean {
  if (p.isOrganizer) return true;
  if (!p.isAttendee) return false;
  return p.partstat !== 'DECLINED' && p.partstat !== 'DELEGATED';
}
