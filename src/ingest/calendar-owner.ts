// Whose calendar a file is: --owner, else a file named `<email>.ics`, else an X-WR-CALNAME that is
// an email (Google sets it to the owner's address).
import { basename } from 'node:path';

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** X-WR-CALNAME from the head of the file, without parsing it all. */
export function calendarNameIn(head: string): string | null {
  const m = /^X-WR-CALNAME(?:;[^:\r\n]*)?:([^\r\n]*)/im.exec(head);
  return m ? m[1]!.trim() : null;
}

export type OwnerResult =
  | { ok: true; owner: string; from: 'flag' | 'file name' | 'X-WR-CALNAME' }
  | { ok: false; message: string };

export function ownerOf(path: string, head: string, flag: string | undefined): OwnerResult {
  if (flag !== undefined) return { ok: true, owner: flag.trim().toLowerCase(), from: 'flag' };
  const stem = basename(path).replace(/\.ics$/i, '');
  if (isEmail(stem)) return { ok: true, owner: stem.toLowerCase(), from: 'file name' };
  const name = calendarNameIn(head)?.replace(/^mailto:/i, '');
  if (name && isEmail(name)) return { ok: true, owner: name.toLowerCase(), from: 'X-WR-CALNAME' };
  return {
    ok: false,
    message:
      'cannot tell whose calendar this is: name the file <email>.ics (e.g. ana@acme.com.ics), ' +
      'or pass --owner EMAIL for a single file',
  };
}
