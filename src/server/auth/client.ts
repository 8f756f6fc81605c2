// Who is asking, as far as the transport tells: the client address (for the sign-in throttle)
// and whether the request came over TLS (for the cookie's Secure flag). Forwarded headers count
// only with --trust-proxy: anyone can send them.
import type { Context } from 'hono';
import type { AppEnv } from '../services.js';

export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends the address it saw; earlier entries are whatever the client claimed.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return (c.env as AppEnv['Bindings'] | undefined)?.incoming?.socket.remoteAddress ?? 'unknown';
}

export function overTls(c: Context<AppEnv>, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (!trustProxy) return false;
  return c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}
