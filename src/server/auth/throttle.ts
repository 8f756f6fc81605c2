// Failed sign-ins, counted per e-mail address and per client address: after LIMIT failures within
// WINDOW either one is refused (429 with Retry-After) until the oldest of them ages out. Kept in
// memory: one server process, and a restart forgives.
import type { Clock } from '../deps.js';

export const THROTTLE_LIMIT = 5;
export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** Keys remembered at most; the least recently failed go first (bounded memory under attack). */
const MAX_KEYS = 50_000;

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly limit = THROTTLE_LIMIT,
    private readonly windowMs = THROTTLE_WINDOW_MS,
  ) {}

  /** Seconds to wait before any of these keys may try again, or 0. */
  retryAfter(keys: readonly string[]): number {
    const now = this.clock.now().getTime();
    let wait = 0;
    for (const key of keys) {
      const recent = this.recent(key, now);
      if (recent.length >= this.limit) {
        const freedAt = recent[recent.length - this.limit]! + this.windowMs;
        wait = Math.max(wait, Math.ceil((freedAt - now) / 1000));
      }
    }
    return wait;
  }

  fail(keys: readonly string[]): void {
    const now = this.clock.now().getTime();
    for (const key of keys) {
      const recent = this.recent(key, now);
      recent.push(now);
      this.failures.delete(key); // re-insert: Map order is least recently failed first
      this.failures.set(key, recent);
    }
    while (this.failures.size > MAX_KEYS) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  /** A successful sign-in forgives that account's failures (not the address's). */
  forgive(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length === 0) this.failures.delete(key);
    return list;
  }
}
