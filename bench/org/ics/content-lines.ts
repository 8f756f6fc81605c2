// Content lines (RFC 5545 §3.1): folding at 75 octets, TEXT escaping and parameter quoting.

export const NON_ASCII = /[\u0080-\uffff]/;
const TO_ESCAPE = /[\\;,\n]/;
const BACKSLASHES = /\\/g;
const SEMICOLONS = /;/g;
const COMMAS = /,/g;
const NEWLINES = /\n/g;

/**
 * RFC 5545 §3.1: a line longer than 75 octets continues after CRLF and a space, and never inside
 * a character. `ascii` says the caller knows the line is ASCII (no need to look).
 */
export function foldLine(line: string, ascii = false): string {
  if (line.length <= 25) return line;
  if (ascii || !NON_ASCII.test(line)) {
    if (line.length <= 75) return line;
    let out = line.slice(0, 75);
    for (let i = 75; i < line.length; i += 74) out += '\r\n ' + line.slice(i, i + 74);
    return out;
  }
  let out = '';
  let bytes = 0;
  let limit = 75;
  let from = 0;
  for (let i = 0; i < line.length;) {
    const code = line.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > limit) {
      out += line.slice(from, i) + '\r\n ';
      from = i;
      bytes = 0;
      limit = 74;
    }
    bytes += size;
    i += pair ? 2 : 1;
  }
  return out + line.slice(from);
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newline escaped. */
export function escapeText(text: string): string {
  if (!TO_ESCAPE.test(text)) return text;
  return text
    .replace(BACKSLASHES, '\\\\')
    .replace(SEMICOLONS, '\\;')
    .replace(COMMAS, '\\,')
    .replace(NEWLINES, '\\n');
}

/** A parameter value (RFC 5545 §3.2): quoted when asked or when it holds `:`, `;` or `,`. */
export function param(value: string, quote: boolean): string {
  const clean = value.replace(/"/g, '');
  return quote || /[:;,]/.test(clean) ? `"${clean}"` : clean;
}
