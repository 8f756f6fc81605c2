// RFC 5545 §3.1: content lines. Lines are unfolded (a line break followed by one space or tab
// continues the previous line), then split into name, parameters and value.
import { CalendarSyntaxError } from './calendar-error.js';

export interface ContentLine {
  name: string;
  /** Parameter names upper-cased; quoted values unquoted; repeated values joined with ','. */
  params: Readonly<Record<string, string>> | undefined;
  value: string;
  /** 1-based physical line where the content line starts. */
  line: number;
}

const LINE_BREAK = /\r\n|\n|\r/;
const NAME_RE = /^[A-Za-z0-9-]+$/;

/**
 * Decodes bytes as UTF-8. Some writers fold inside a multi-octet character (§3.1 forbids it), so
 * when plain decoding meets a broken sequence the folds are removed at byte level first.
 */
export function decodeCalendar(input: Uint8Array | string): string {
  if (typeof input === 'string') return input;
  const text = new TextDecoder('utf-8').decode(input);
  if (!text.includes('\uFFFD')) return text;
  return new TextDecoder('utf-8').decode(unfoldBytes(input));
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
    if (b === 0x0a && isWsp(bytes[i + 1])) {
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

/** Unfolds and parses every content line of a calendar text. Blank lines are ignored. */
export function readContentLines(text: string): ContentLine[] {
  const physical = text.split(LINE_BREAK);
  const out: ContentLine[] = [];
  let current = '';
  let currentLine = 0;
  let pieces: string[] | undefined;
  const flush = (): void => {
    const logical = pieces ? pieces.join('') : current;
    pieces = undefined;
    if (logical.trim() !== '') out.push(parseContentLine(logical, currentLine));
  };
  for (let i = 0; i < physical.length; i++) {
    let raw = physical[i]!;
    if (i === 0 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    const first = raw.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && currentLine > 0) {
      if (!pieces) pieces = [current];
      pieces.push(raw.slice(1));
      continue;
    }
    if (currentLine > 0) flush();
    current = raw;
    currentLine = i + 1;
  }
  if (currentLine > 0) flush();
  return out;
}

function parseContentLine(text: string, line: number): ContentLine {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x3a /* : */ || c === 0x3b /* ; */) break;
    i++;
  }
  const name = text.slice(0, i).trim();
  if (i === n) {
    throw new CalendarSyntaxError(line, `not an iCalendar content line (no ':'): ${preview(text)}`);
  }
  if (!NAME_RE.test(name)) {
    throw new CalendarSyntaxError(line, `invalid property name ${preview(name)}`);
  }
  if (text.charCodeAt(i) === 0x3a) {
    return { name: name.toUpperCase(), params: undefined, value: text.slice(i + 1), line };
  }
  const params: Record<string, string> = {};
  while (text.charCodeAt(i) === 0x3b) {
    i++;
    const eq = text.indexOf('=', i);
    if (eq < 0) throw new CalendarSyntaxError(line, `parameter without '=' in ${preview(name)}`);
    const pname = text.slice(i, eq).trim().toUpperCase();
    i = eq + 1;
    const values: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === 0x22 /* " */) {
        const close = text.indexOf('"', i + 1);
        if (close < 0) throw new CalendarSyntaxError(line, `unclosed quote in parameter ${pname}`);
        values.push(text.slice(i + 1, close));
        i = close + 1;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 0x3a || c === 0x3b || c === 0x2c) break;
          j++;
        }
        values.push(text.slice(i, j));
        i = j;
      }
      if (text.charCodeAt(i) === 0x2c /* , */) {
        i++;
        continue;
      }
      break;
    }
    params[pname] =
      params[pname] === undefined ? values.join(',') : `${params[pname]},${values.join(',')}`;
    if (i >= n) throw new CalendarSyntaxError(line, `no ':' after the parameters of ${name}`);
  }
  if (text.charCodeAt(i) !== 0x3a) {
    throw new CalendarSyntaxError(line, `unexpected character after parameter in ${name}`);
  }
  return { name: name.toUpperCase(), params, value: text.slice(i + 1), line };
}

function preview(text: string): string {
  const t = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(t);
}
