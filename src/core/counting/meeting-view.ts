// A meeting as one person sees it: who else is there, whether a customer is present (rules 1, 2).
import { listedPeople } from './attendance.js';
import type { Meeting, OrgPerson } from './model.js';
import { isPresent, kindOf } from './participants.js';

export interface Directory {
  isInternal(email: string): boolean;
  person(email: string): OrgPerson | undefined;
}

export interface OtherPerson {
  email: string;
  internal: boolean;
  /** Not declined or delegated (rule 2). */
  present: boolean;
  /** The directory entry, when the person is in it. */
  person: OrgPerson | undefined;
}

export interface MeetingView {
  meeting: Meeting;
  email: string;
  self: OrgPerson | undefined;
  /** Listed people other than this person (organiser and attendees; rooms are not people). */
  others: readonly OtherPerson[];
  /** Rule 1: an external person is present. */
  externalPresent: boolean;
  organizer:
    | OtherPerson
    | { email: string; internal: boolean; present: true; person: OrgPerson | undefined }
    | null;
  /** People listed, rooms aside, this person included. */
  listed: number;
  minutes: number;
}

export function viewOf(meeting: Meeting, email: string, directory: Directory): MeetingView {
  const listed = listedPeople(meeting, directory.isInternal);
  const others: OtherPerson[] = [];
  let externalPresent = false;
  let selfListed = false;
  for (const p of listed) {
    if (p.email === email) {
      selfListed = true;
      continue;
    }
    const internal = kindOf(p.email, p.cutype, directory.isInternal) === 'internal';
    const present = isPresent(p);
    if (!internal && present) externalPresent = true;
    others.push({
      email: p.email,
      internal,
      present,
      person: internal ? directory.person(p.email) : undefined,
    });
  }
  const org = meeting.organizer;
  const organizer =
    org === null
      ? null
      : {
          email: org,
          internal: directory.isInternal(org),
          present: true as const,
          person: directory.isInternal(org) ? directory.person(org) : undefined,
        };
  return {
    meeting,
    email,
    self: directory.person(email),
    others,
    externalPresent,
    organizer,
    listed: others.length + (selfListed ? 1 : 0) || 1,
    minutes: (meeting.end - meeting.start) / 60_000,
  };
}
