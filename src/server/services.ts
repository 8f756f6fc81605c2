// What every handler gets: the deps with their defaults filled in, and the app's shared state
// (the write lock, the sign-in throttle, the demo session).
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import type { StoredUser } from '../storage/auth-users-store.js';
import { SignInThrottle } from './auth/throttle.js';
import { DEFAULT_MAX_UPLOAD_BYTES, type AppDeps } from './deps.js';
import { WriteLock } from './lock.js';

export type Auth =
  | { kind: 'anonymous' }
  | { kind: 'session'; user: StoredUser; csrfToken: string; sessionIdHash: string }
  | { kind: 'token'; user: StoredUser; tokenId: number }
  | { kind: 'demo'; user: StoredUser; csrfToken: string };

export type SignedIn = Exclude<Auth, { kind: 'anonymous' }>;

export interface AppEnv {
  /** Set by @hono/node-server; absent when the app is called in-process (tests). */
  Bindings: { incoming?: IncomingMessage };
  Variables: { auth: Auth };
}

export interface AppServices extends Required<Omit<AppDeps, 'webDistDir'>> {
  webDistDir: string | null;
  lock: WriteLock;
  throttle: SignInThrottle;
  /** ISO UTC of the clock's now, second precision (the stored form). */
  nowStored(): string;
}

export function appServices(deps: AppDeps): AppServices {
  return {
    ...deps,
    maxUploadBytes: deps.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    trustProxy: deps.trustProxy ?? false,
    log: deps.log ?? ((message) => process.stderr.write(`${message}\n`)),
    tmpDir: deps.tmpDir ?? tmpdir(),
    version: deps.version ?? 'dev',
    lock: new WriteLock(),
    throttle: new SignInThrottle(deps.clock),
    nowStored: () =>
      deps.clock
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
  };
}
