// Who is signed in, with what role, and whether the server runs on demo data.
import { createContext, useContext } from 'react';
import type { Role, Session } from './api-types.js';

export interface SessionState {
  session: Session;
  signOut(): void;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (state === null) throw new Error('useSession outside a signed-in app');
  return state;
}

const RANK: Record<Role, number> = { member: 0, analyst: 1, admin: 2 };

/** Whether `role` may do what `needed` may (admin ⊇ analyst ⊇ member). */
export function atLeast(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}
