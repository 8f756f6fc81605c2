// Random secrets and their stored form: a session id or API token is shown once and kept only as
// its SHA-256, which is enough for a 256-bit random value (no salt or slow hash needed).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url (43 characters). */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Constant-time comparison of two strings (false when the lengths differ). */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** An API token: `orient_` and 32 random bytes, so scanners can recognise a leaked one. */
export function newApiToken(): string {
  return `orient_${randomSecret()}`;
}

export const API_TOKEN = /^orient_[A-Za-z0-9_-]{43}$/;
