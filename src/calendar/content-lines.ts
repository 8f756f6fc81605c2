// RFC 5545 §3.1: content lines. Lines are unfolded (a line break followed by one space or tab
// continues the previous line), then split into name, parameters and value.
import { CalendarSyntaxError } from './calendar-error.js';

/** The name given to a last line that ends before its ':' (a truncated file). */
export const PARTIAL_LINE = '';

export interface ContentLine {
  name: string;
  /** Parameter names upper-cased; quoted values unquoted; repeated values joined with ','. */
  params: Readonly<Record<string, string>> | undefined;
  value: string;
  /** 1-based physical line where the content line starts. */
  line: number;
}

/**
 * Decodes bytes as UTF-8. Some writers fold inside a multi-octet character (§3.1 forbids it), so
 * when plain decoding meets a broken sequence the folds are removed at byte level first.
 */
export function decodeCalendar(input: Uint8Array | string): string {
  if (typeof input === 'string') return input;
  // UTF-16 with a byte-order mark (some Windows tools save calendars so).
  if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le').decode(input);
  if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be').decode(input);
  const text = new TextDecoder('utf-8').decode(input);
  if (!text.includes('\uFFFD')) return text;
  const unfolded = unfoldBytes(input);
  const retry = new TextDecoder('utf-8').decode(unfolded);
  // Still not UTF-8: old Outlook exports are Windows-1252.
  return retry.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(unfolded) : retry;
}

function unfoldBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0d && bytes[i + 1] === 0x0a && isWsp(bytes[i + 2])) {
      i += 2;
      continue;
    }
    if ((b === 0x0a || b === 0x0d) && isWsp(bytes[i + 1])) {
      i += 1;
      continue;
    }
    out[o++] = b;
  }
  return out.subarray(0, o);
}

function isWsp(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09;
}

/**
 * Unfolds and parses the content lines of a calendar text. Blank lines are ignored. When `keep`
 * is given, only properties it names (plus BEGIN/END) are parsed in full; every other line is
 * still checked to be a content line, so a malformed file is rejected either way.
 */
export function readContentLines(input: string, keep?: ReadonlySet<string>): ContentLine[] {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Old Mac exports end lines with a bare CR.
  if (text.indexOf('\n') < 0 && text.indexOf('\r') >= 0) text = text.replace(/\r/g, '\n');
  const out: ContentLine[] = [];
  const len = text.length;
  let pos = 0;
  let lineNo = 0;
  while (pos < len) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = len;
    lineNo++;
    const startLine = lineNo;
    let logical = text.slice(pos, text.charCodeAt(nl - 1) === 13 && nl > pos ? nl - 1 : nl);
    pos = nl + 1;
    // §3.1: a CRLF followed by a single space or tab is a fold.
    while (pos < len) {
      const c = text.charCodeAt(pos);
      if (c !== 32 && c !== 9) break;
      let next = text.indexOf('\n', pos);
      if (next < 0) next = len;
      lineNo++;
      logical += text.slice(
        pos + 1,
        text.charCodeAt(next - 1) === 13 && next > pos ? next - 1 : next,
      );
      pos = next + 1;
    }
    if (logical.length === 0 || isBlank(logical)) continue;
    if (pos >= len && !logical.includes(':')) {
      // The last line is cut off: let the component check name what was left open.
      out.push({ name: PARTIAL_LINE, params: undefined, value: logical, line: startLine });
      continue;
    }
    const parsed = parseContentLine(logical, startLine, keep);
    if (parsed) out.push(parsed);
  }
  return out;
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

function parseContentLine(
  text: string,
  line: number,
  keep: ReadonlySet<string> | undefined,
): ContentLine | undefined {
  const n = text.length;
  let i = 0;
  // Only the first line of a file can start with blanks (later ones would be folds): skip them.
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const nameStart = i;
  while (i < n && isNameChar(text.charCodeAt(i))) i++;
  const nameEnd = i;
  // Tolerate blanks between the name and its delimiter.
  while (i < n && text.charCodeAt(i) === 32) i++;
  const delimiter = text.charCodeAt(i);
  if (i === n) {
    throw new CalendarSyntaxError(line, `not an iCalendar content line (no ':'): ${preview(text)}`);
  }
  if (nameEnd === nameStart || (delimiter !== 0x3a && delimiter !== 0x3b)) {
    throw new CalendarSyntaxError(
      line,
      `invalid property name ${preview(text.slice(0, Math.max(i, 1)))}`,
    );
  }
  const name = text.slice(nameStart, nameEnd).toUpperCase();
  if (keep && !keep.has(name) && name !== 'BEGIN' && name !== 'END') {
    if (delimiter === 0x3b && text.indexOf(':', i) < 0) {
      throw new CalendarSyntaxError(line, `no ':' after the parameters of ${name}`);
    }
    return undefined;
  }
  if (delimiter === 0x3a) return { name, params: undefined, value: text.slice(i + 1), line };
  const params: Record<string, string> = {};
  while (text.charCodeAt(i) === 0x3b) {
    i++;
    const eq = text.indexOf('=', i);
    if (eq < 0) throw new CalendarSyntaxError(line, `parameter without '=' in ${name}`);
    const pname = text.slice(i, eq).trim().toUpperCase();
    i = eq + 1;
    let value = '';
    for (let first = true; ; first = false) {
      let piece: string;
      if (text.charCodeAt(i) === 0x22 /* " */) {
        const close = text.indexOf('"', i + 1);
        if (close < 0)
          throw new CalendarSyntaxError(line, `unclosed quote in parameter ${pname} of ${name}`);
        piece = text.slice(i + 1, close);
        i = close + 1;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 0x3a || c === 0x3b || c === 0x2c) break;
          j++;
        }
        piece = text.slice(i, j);
        i = j;
      }
      value = first ? piece : `${value},${piece}`;
      if (text.charCodeAt(i) !== 0x2c /* , */) break;
      i++;
    }
    const previous = params[pname];
    params[pname] = previous === undefined ? value : `${previous},${value}`;
    if (i >= n) throw new CalendarSyntaxError(line, `no ':' after the parameters of ${name}`);
  }
  if (text.charCodeAt(i) !== 0x3a) {
    throw new CalendarSyntaxError(line, `unexpected character after a parameter of ${name}`);
  }
  return { name, params, value: text.slice(i + 1), line };
}

function preview(text: string): string {
  const t = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(t);
}
