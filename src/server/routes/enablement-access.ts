// Who may do what with field notes and requests, beyond a route's least role (docs/api.md
// "Enablement"): notes are person-level, so a member reads and changes only their own; a vote on
// someone else's behalf needs an admin or a market-oriented member.
import { orientationOf } from '../../core/config/config-schema.js';
import type { Vote } from '../../core/enablement/model.js';
import type { UserRole } from '../../storage/auth-tables.js';
import { findPerson } from '../../storage/directory-store.js';
import type { StoredObservation } from '../../storage/enablement-observations-store.js';
import { HttpError } from '../errors.js';
import type { AppServices, Auth } from '../services.js';

export interface Caller {
  email: string;
  role: UserRole;
}

export function callerOf(auth: Auth): Caller {
  if (auth.kind === 'anonymous') throw new HttpError('unauthorized', 'sign in first');
  return { email: auth.user.email, role: auth.user.role };
}

/** Analysts and admins see every note and every voter. */
export function seesEveryone(caller: Caller): boolean {
  return caller.role !== 'member';
}

/** A note is yours when you observed it or logged it. */
export function ownsNote(caller: Caller, note: StoredObservation): boolean {
  return note.observer === caller.email || note.recordedBy === caller.email;
}

/** Whether the caller's directory entry is market-oriented (product, marketing) by the config. */
export async function isMarketOriented(app: AppServices, email: string): Promise<boolean> {
  const person = await findPerson(app.database.db, email);
  if (!person) return false;
  return orientationOf(app.config().config, person.role) === 'market';
}

/** Recording a vote for someone else: admins, and market-oriented members (the PMs who ask). */
export async function mayActFor(app: AppServices, caller: Caller): Promise<boolean> {
  return caller.role === 'admin' || (await isMarketOriented(app, caller.email));
}

/** A vote goes by whoever recorded it, the salesperson credited with it, or an admin. */
export function mayRemoveVote(caller: Caller, vote: Vote): boolean {
  return (
    caller.role === 'admin' || vote.recordedBy === caller.email || vote.salesperson === caller.email
  );
}
