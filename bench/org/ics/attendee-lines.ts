// ORGANIZER and ATTENDEE lines (RFC 5545 §3.8.4.1, §3.8.4.3) as each app writes them: Outlook
// with MAILTO: and no PARTSTAT when it is NEEDS-ACTION (the §3.2.12 default), Google with RSVP and
// X-NUM-GUESTS, Apple with EMAIL. Most lines of a file are these, so each folded line is built
// once per address, app and variant and shared by every file of the org.
import type { PartStat } from '../meetings/meeting-model.js';
import type { CalendarApp } from '../people/departments.js';
import { foldLine, param } from './content-lines.js';

const APPS: readonly CalendarApp[] = ['google', 'outlook', 'apple'];
const PARTSTATS: readonly PartStat[] = ['ACCEPTED', 'TENTATIVE', 'DECLINED', 'NEEDS-ACTION'];
const VARIANTS = 25;

/** By address, the folded ORGANIZER/ATTENDEE line per app and variant: most lines are these. */
export type SharedLines = Map<string, (string | undefined)[]>;

function attendee(
  app: CalendarApp,
  email: string,
  name: string,
  partstat: PartStat,
  kind: 'person' | 'room',
  chair: boolean,
  optional: boolean,
): string {
  const role = chair ? 'CHAIR' : optional ? 'OPT-PARTICIPANT' : 'REQ-PARTICIPANT';
  switch (app) {
    case 'google': {
      const cutype = kind === 'room' ? 'RESOURCE' : 'INDIVIDUAL';
      const rsvp = partstat === 'NEEDS-ACTION' ? ';RSVP=TRUE' : '';
      return `ATTENDEE;CUTYPE=${cutype};ROLE=${chair ? 'REQ-PARTICIPANT' : role};PARTSTAT=${partstat}${rsvp};CN=${param(name, false)};X-NUM-GUESTS=0:mailto:${email}`;
    }
    case 'outlook': {
      if (kind === 'room')
        return `ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=${param(name, true)}:MAILTO:${email}`;
      const stat = partstat === 'NEEDS-ACTION' ? '' : `;PARTSTAT=${partstat}`;
      return `ATTENDEE;ROLE=${role}${stat};RSVP=TRUE;CN=${param(name, true)}:MAILTO:${email}`;
    }
    case 'apple': {
      const cutype = kind === 'room' ? 'ROOM' : 'INDIVIDUAL';
      return `ATTENDEE;CN=${param(name, true)};CUTYPE=${cutype};EMAIL=${param(email, true)};PARTSTAT=${partstat};ROLE=${role}:mailto:${email}`;
    }
  }
}

function organizer(app: CalendarApp, email: string, name: string): string {
  switch (app) {
    case 'google':
      return `ORGANIZER;CN=${param(name, false)}:mailto:${email}`;
    case 'outlook':
      return `ORGANIZER;CN=${param(name, true)}:MAILTO:${email}`;
    case 'apple':
      return `ORGANIZER;CN=${param(name, true)};EMAIL=${param(email, true)}:mailto:${email}`;
  }
}

/** One app's folded ORGANIZER and ATTENDEE lines, taken from `shared` when built before. */
export class AttendeeLines {
  private readonly appIndex: number;

  constructor(
    private readonly app: CalendarApp,
    private readonly shared: SharedLines,
  ) {
    this.appIndex = APPS.indexOf(app);
  }

  attendee(
    email: string,
    name: string,
    partstat: PartStat,
    kind: 'person' | 'room',
    chair: boolean,
    optional: boolean,
  ): string {
    const role = chair ? 2 : optional ? 1 : 0;
    const variant = (kind === 'room' ? 12 : 0) + PARTSTATS.indexOf(partstat) * 3 + role;
    return (
      this.cachedLine(email, variant) ??
      this.keepLine(
        email,
        variant,
        foldLine(attendee(this.app, email, name, partstat, kind, chair, optional)),
      )
    );
  }

  organizer(email: string, name: string): string {
    return (
      this.cachedLine(email, 24) ??
      this.keepLine(email, 24, foldLine(organizer(this.app, email, name)))
    );
  }

  private cachedLine(email: string, variant: number): string | undefined {
    return this.shared.get(email)?.[this.appIndex * VARIANTS + variant];
  }

  private keepLine(email: string, variant: number, line: string): string {
    let variants = this.shared.get(email);
    if (variants === undefined) {
      variants = new Array<string | undefined>(APPS.length * VARIANTS);
      this.shared.set(email, variants);
    }
    variants[this.appIndex * VARIANTS + variant] = line;
    return line;
  }
}
