// The invite check against the stored directory (rule 9), as `orient invite check` and
// `POST /api/invite-check` both run it, and its stable JSON answer.
import { orientationOf, type OrientConfig } from '../core/config/config-schema.js';
import { effectiveRules, type CategoryRule } from '../core/counting/category-rules.js';
import { compileRules } from '../core/counting/classify.js';
import type { Directory } from '../core/counting/meeting-view.js';
import type { OrgPerson } from '../core/counting/model.js';
import { internalDomainMatcher } from '../core/counting/participants.js';
import { checkInvite, type DraftInvite, type InviteVerdict } from '../core/invites/invite-check.js';
import { badInput } from '../core/orient-error.js';
import type { OrientDatabase } from '../storage/database.js';
import { listPeople } from '../storage/directory-store.js';

/**
 * Checks a draft against the active directory. Bad input when the directory is empty: with
 * nobody in it every invitee is unknown and every answer a hollow `ok`.
 */
export async function inviteVerdict(
  database: OrientDatabase,
  config: OrientConfig,
  draft: DraftInvite,
  occurrencesPerYear: number,
  emptyDirectoryHint: string,
): Promise<InviteVerdict> {
  const people = await listPeople(database.db);
  if (people.length === 0) throw badInput(`the directory is empty: ${emptyDirectoryHint}`);
  const rules = compileRules(
    effectiveRules({ mode: config.rules.mode, list: config.rules.list as readonly CategoryRule[] }),
  );
  return checkInvite(draft, { directory: directoryOf(config, people), rules, occurrencesPerYear });
}

/** The active directory with each role's orientation from the config (rule 6). */
function directoryOf(
  config: OrientConfig,
  people: readonly { email: string; name: string; department: string; role: string }[],
): Directory {
  const byEmail = new Map<string, OrgPerson>(
    people.map((p) => [
      p.email,
      { ...p, orientation: orientationOf(config, p.role), active: true },
    ]),
  );
  return {
    isInternal: internalDomainMatcher(config.internalDomains),
    person: (email) => byEmail.get(email.toLowerCase()),
  };
}

const round = (hours: number): number => Math.round(hours * 100) / 100;

/** The stable `--json` shape (and the API's answer). */
export function verdictJson(v: InviteVerdict) {
  return {
    verdict: v.verdict,
    reason: v.reason,
    reasonCode: v.reasonCode,
    title: v.title,
    organizer: v.organizer,
    durationHours: round(v.durationHours),
    customerOrientedInvitees: v.customerOrientedInvitees.map((c) => ({
      email: c.email,
      name: c.name,
      role: c.role,
      category: c.category,
      counted: c.counted,
      hoursPerOccurrence: round(c.hours),
    })),
    hoursPerOccurrence: round(v.hoursPerOccurrence),
    occurrencesPerYear: v.occurrencesPerYear,
    hoursPerYear: round(v.hoursPerYear),
    questions: v.questions,
    alternatives: v.alternatives,
    invitees: v.invitees,
    unknownInvitees: v.unknownInvitees,
    externalInvitees: v.externalInvitees,
    roomsIgnored: v.roomsIgnored,
  };
}

export type VerdictJson = ReturnType<typeof verdictJson>;
