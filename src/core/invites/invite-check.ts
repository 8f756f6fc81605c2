// The invite check: before a salesperson is invited to a meeting, ask why (PRODUCT.md rule 9,
// applied to a meeting that does not exist yet). `ask-why` exactly when rule 9 would count it.
import { INVITE_EXEMPT } from '../counting/person-ledger.js';
import { attends, isCountable, listedPeople } from '../counting/attendance.js';
import { classify, type CompiledRules } from '../counting/classify.js';
import { viewOf, type Directory } from '../counting/meeting-view.js';
import type { Meeting, Orientation } from '../counting/model.js';
import { kindOf } from '../counting/participants.js';
import { qualifiesForInviteReview } from '../counting/person-ledger.js';
import { ESSAY_ALTERNATIVES, whyQuestion } from './alternatives.js';
import { meetingOfDraft, type DraftInvite } from './draft-meeting.js';

export type { DraftAttendee, DraftInvite } from './draft-meeting.js';

/** Rule 9: time in these categories is not charged to the meeting. */
const EXEMPT_CATEGORIES = INVITE_EXEMPT;

const HOUR_MS = 3_600_000;

export interface InviteCheckContext {
  directory: Directory;
  rules: CompiledRules;
  /** Occurrences in the 12 months from the first one: 1 for a single meeting. */
  occurrencesPerYear: number;
}

/** Why the verdict is what it is, for machines; `reason` says it in words. */
export type ReasonCode =
  | 'ask-why'
  | 'not-counted'
  | 'selling'
  | 'organizer-external'
  | 'external'
  | 'organizer-customer-oriented'
  | 'no-customer-oriented-invitee'
  | 'exempt-category';

export interface InvitePerson {
  email: string;
  /** From the directory; null when the address is not in it. */
  name: string | null;
  role: string | null;
  orientation: Orientation | null;
  /** Rule 1. */
  internal: boolean;
  inDirectory: boolean;
}

export interface Invitee extends InvitePerson {
  /** Rule 6, with the same rules as the reports. */
  category: string;
}

export interface CustomerOrientedInvitee {
  email: string;
  name: string;
  role: string;
  category: string;
  /** Rule 9 charges this invitee's time to the meeting. */
  counted: boolean;
  /** Selling hours this invitee would give per occurrence (0 unless counted). */
  hours: number;
}

export interface InviteVerdict {
  verdict: 'ok' | 'ask-why';
  reasonCode: ReasonCode;
  reason: string;
  title: string;
  organizer: InvitePerson;
  durationHours: number;
  /** Everyone invited but the organiser, rooms aside, in invite order. */
  invitees: Invitee[];
  /** Invitees the directory orients to customers (rule 6), organiser excluded. */
  customerOrientedInvitees: CustomerOrientedInvitee[];
  hoursPerOccurrence: number;
  occurrencesPerYear: number;
  hoursPerYear: number;
  /** One per counted invitee, for the organiser. */
  questions: string[];
  /** The essay's alternatives when the verdict is ask-why; empty otherwise. */
  alternatives: string[];
  /** Internal invitees the directory does not know. */
  unknownInvitees: string[];
  externalInvitees: string[];
  roomsIgnored: string[];
}

/** Checks a proposed invite against rule 9. */
export function checkInvite(draft: DraftInvite, context: InviteCheckContext): InviteVerdict {
  const { directory, rules, occurrencesPerYear } = context;
  const meeting = meetingOfDraft(draft);
  const organizerEmail = meeting.organizer ?? '';
  const organizer = personOf(organizerEmail, 'INDIVIDUAL', directory);
  const durationHours = (meeting.end - meeting.start) / HOUR_MS;

  const invitees: Invitee[] = listedPeople(meeting, directory.isInternal)
    .filter((p) => p.email !== organizerEmail)
    .map((p) => ({
      ...personOf(p.email, p.cutype, directory),
      category: classify(viewOf(meeting, p.email, directory), rules).category,
    }));

  const customerOrientedInvitees = invitees
    .filter((i) => i.internal && i.orientation === 'customer')
    .map((i): CustomerOrientedInvitee => {
      const counted = chargedByRule9(meeting, i.email, i.category, directory);
      return {
        email: i.email,
        name: i.name ?? i.email,
        role: i.role ?? '',
        category: i.category,
        counted,
        hours: counted ? durationHours : 0,
      };
    });
  const counted = customerOrientedInvitees.filter((c) => c.counted);
  const hoursPerOccurrence = durationHours * counted.length;
  const verdict = counted.length > 0 ? 'ask-why' : 'ok';
  const why =
    verdict === 'ask-why'
      ? askWhyReason(counted, organizer)
      : okReason(meeting, organizer, invitees, customerOrientedInvitees);

  return {
    verdict,
    reasonCode: why.code,
    reason: why.text,
    title: meeting.title,
    organizer,
    durationHours,
    invitees,
    customerOrientedInvitees,
    hoursPerOccurrence,
    occurrencesPerYear,
    hoursPerYear: hoursPerOccurrence * occurrencesPerYear,
    questions: counted.map((c) => whyQuestion(c.name)),
    alternatives: verdict === 'ask-why' ? [...ESSAY_ALTERNATIVES] : [],
    unknownInvitees: invitees.filter((i) => i.internal && !i.inDirectory).map((i) => i.email),
    externalInvitees: invitees.filter((i) => !i.internal).map((i) => i.email),
    roomsIgnored: meeting.participants
      .filter((p) => p.email !== '' && kindOf(p.email, p.cutype, directory.isInternal) === 'room')
      .map((p) => p.email),
  };
}

/**
 * Rule 9 for one customer-oriented invitee, as the invite review counts it: the invitee attends
 * (rule 2), the meeting qualifies (no external attendee; an internal organiser who is not
 * customer-oriented), the invitee is not the organiser, and the category is not exempt.
 */
function chargedByRule9(
  meeting: Meeting,
  email: string,
  category: string,
  directory: Directory,
): boolean {
  return (
    email !== meeting.organizer &&
    attends(meeting, email, directory.isInternal) &&
    qualifiesForInviteReview(viewOf(meeting, email, directory)) &&
    !EXEMPT_CATEGORIES.has(category)
  );
}

function personOf(email: string, cutype: string, directory: Directory): InvitePerson {
  const internal = kindOf(email, cutype, directory.isInternal) === 'internal';
  const person = internal ? directory.person(email) : undefined;
  return {
    email,
    name: person?.name ?? null,
    role: person?.role ?? null,
    orientation: person?.orientation ?? null,
    internal,
    inDirectory: person !== undefined,
  };
}

interface Reason {
  code: ReasonCode;
  text: string;
}

function askWhyReason(
  counted: readonly CustomerOrientedInvitee[],
  organizer: InvitePerson,
): Reason {
  const categories = [...new Set(counted.map((c) => c.category))].join(' / ');
  const who = organizer.name
    ? `${organizer.name}${organizer.role ? ` (${organizer.role})` : ''}`
    : `${organizer.email} (not in the directory)`;
  const people =
    counted.length === 1
      ? '1 customer-oriented invitee'
      : `${counted.length} customer-oriented invitees`;
  return {
    code: 'ask-why',
    text: `${people} in an internal meeting${categories === 'internal' ? '' : ` (${categories})`} organised by ${who}`,
  };
}

/** The first of rule 9's conditions the meeting fails, in words. */
function okReason(
  meeting: Meeting,
  organizer: InvitePerson,
  invitees: readonly Invitee[],
  customerOriented: readonly CustomerOrientedInvitee[],
): Reason {
  if (!isCountable(meeting)) return { code: 'not-counted', text: notCountedReason(meeting) };
  const externalPresent = !organizer.internal || invitees.some((i) => !i.internal);
  if (externalPresent && customerOriented.length > 0) {
    return { code: 'selling', text: 'a customer is on the invite: that is selling' };
  }
  if (!organizer.internal) {
    return { code: 'organizer-external', text: 'the organiser is external' };
  }
  if (externalPresent) {
    return {
      code: 'external',
      text: 'an external guest is on the invite: not an internal meeting',
    };
  }
  if (organizer.orientation === 'customer') {
    return { code: 'organizer-customer-oriented', text: 'the organiser is customer-oriented' };
  }
  if (customerOriented.length === 0) {
    return { code: 'no-customer-oriented-invitee', text: 'no customer-oriented invitee' };
  }
  const exempt = [...new Set(customerOriented.map((c) => c.category))].filter((c) =>
    EXEMPT_CATEGORIES.has(c),
  );
  if (exempt.length > 0) return { code: 'exempt-category', text: exempt.join(' / ') };
  return { code: 'not-counted', text: 'rule 9 does not count it' };
}

function notCountedReason(m: Meeting): string {
  if (m.allDay) return 'an all-day event takes no counted time';
  if (m.transparent) return 'the invite shows as free (TRANSP:TRANSPARENT): no counted time';
  if (m.end <= m.start) return 'the meeting has no length';
  return 'a meeting of 24 hours or more takes no counted time';
}
