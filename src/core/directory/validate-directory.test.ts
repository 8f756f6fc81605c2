import { describe, expect, it } from 'vitest';
import { validateDirectory, type DirectoryRow } from './validate-directory.js';

const zones = new Set(['UTC', 'Europe/Berlin', 'America/New_York']);
const isZone = (tz: string) => zones.has(tz);

function row(line: number, email: string, extra: Partial<DirectoryRow> = {}): DirectoryRow {
  return { line, email, name: 'N', department: 'Sales', role: 'Account Executive', ...extra };
}

function messages(rows: DirectoryRow[]): string[] {
  const result = validateDirectory(rows, isZone);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((error) => error.message);
}

describe('validateDirectory', () => {
  it('trims cells, lower-cases emails and reads empty optional cells as null', () => {
    const result = validateDirectory(
      [
        {
          line: 2,
          email: ' Ana@Acme.COM ',
          name: ' Ana Lima ',
          department: ' Sales ',
          role: ' Account Executive ',
          manager: ' Bo@ACME.com',
          timezone: ' Europe/Berlin ',
        },
        { line: 3, email: 'bo@acme.com', name: 'Bo', department: 'Sales', role: 'VP', manager: '' },
      ],
      isZone,
    );
    expect(result).toEqual({
      ok: true,
      people: [
        {
          email: 'ana@acme.com',
          name: 'Ana Lima',
          department: 'Sales',
          role: 'Account Executive',
          manager: 'bo@acme.com',
          timezone: 'Europe/Berlin',
        },
        {
          email: 'bo@acme.com',
          name: 'Bo',
          department: 'Sales',
          role: 'VP',
          manager: null,
          timezone: null,
        },
      ],
    });
  });

  it('accepts an empty list of rows (the file reader decides whether that is an error)', () => {
    expect(validateDirectory([], isZone)).toEqual({ ok: true, people: [] });
  });

  it('accepts a manager who appears later in the file than the report', () => {
    const result = validateDirectory(
      [row(2, 'a@x.com', { manager: 'b@x.com' }), row(3, 'b@x.com')],
      isZone,
    );
    expect(result.ok).toBe(true);
  });

  it('reports a missing email', () => {
    expect(messages([row(2, '  ')])).toEqual(['line 2: missing email']);
  });

  it('reports an invalid email with the value', () => {
    expect(messages([row(4, 'ana@')])).toEqual(["line 4: invalid email 'ana@'"]);
  });

  it('reports a duplicate email case-insensitively, naming the first line', () => {
    expect(
      messages([row(3, 'ana@acme.com'), row(5, 'x@acme.com'), row(7, 'ANA@acme.com')]),
    ).toEqual(['line 7: duplicate email ana@acme.com (first on line 3)']);
  });

  it('reports a manager who is not in the file', () => {
    expect(messages([row(2, 'a@x.com', { manager: 'ghost@x.com' })])).toEqual([
      'line 2: manager ghost@x.com is not in the file',
    ]);
  });

  it('reports a manager cell that is not an email', () => {
    expect(messages([row(2, 'a@x.com', { manager: 'Bob' })])).toEqual([
      "line 2: invalid manager email 'bob'",
    ]);
  });

  it('reports a manager cycle once, naming every member once, at its first line', () => {
    expect(
      messages([
        row(2, 'c@x.com', { manager: 'a@x.com' }),
        row(4, 'a@x.com', { manager: 'b@x.com' }),
        row(5, 'b@x.com', { manager: 'c@x.com' }),
        row(6, 'd@x.com', { manager: 'a@x.com' }),
      ]),
    ).toEqual(['line 2: manager cycle c@x.com → a@x.com → b@x.com → c@x.com']);
  });

  it('reports a two-person cycle in the file order', () => {
    expect(
      messages([row(4, 'a@x.io', { manager: 'b@x.io' }), row(9, 'b@x.io', { manager: 'a@x.io' })]),
    ).toEqual(['line 4: manager cycle a@x.io → b@x.io → a@x.io']);
  });

  it('reports a self-manager as a cycle', () => {
    expect(messages([row(3, 'a@x.com', { manager: 'A@x.com' })])).toEqual([
      'line 3: manager cycle a@x.com → a@x.com',
    ]);
  });

  it('reports a time zone that is not an IANA name', () => {
    expect(messages([row(2, 'a@x.com', { timezone: 'CET+1' })])).toEqual([
      "line 2: unknown time zone 'CET+1' (expected an IANA name)",
    ]);
  });

  it('reports each missing required cell separately', () => {
    expect(messages([row(2, 'a@x.com', { name: '', department: ' ', role: '' })])).toEqual([
      'line 2: missing name',
      'line 2: missing department',
      'line 2: missing role',
    ]);
  });

  it('reports several problems at once, in line order, and stores nobody', () => {
    const result = validateDirectory(
      [
        row(2, 'boss@x.com', { manager: 'boss@x.com' }),
        row(3, 'bad-email'),
        row(4, 'a@x.com', { manager: 'nobody@x.com', timezone: 'Mars/Olympus' }),
        row(5, 'b@x.com', { role: '' }),
        row(6, 'A@X.com'),
      ],
      isZone,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 2, message: 'line 2: manager cycle boss@x.com → boss@x.com' },
        { line: 3, message: "line 3: invalid email 'bad-email'" },
        { line: 4, message: "line 4: unknown time zone 'Mars/Olympus' (expected an IANA name)" },
        { line: 4, message: 'line 4: manager nobody@x.com is not in the file' },
        { line: 5, message: 'line 5: missing role' },
        { line: 6, message: 'line 6: duplicate email a@x.com (first on line 4)' },
      ],
    });
  });

  it('still knows a person whose row has other problems, so reports are not blamed for it', () => {
    expect(
      messages([row(2, 'a@x.com', { manager: 'b@x.com' }), row(3, 'b@x.com', { name: '' })]),
    ).toEqual(['line 3: missing name']);
  });

  it('validates a 10,000-row file with a 10,000-deep management chain in linear time', () => {
    const rows = Array.from({ length: 10_000 }, (_, index) =>
      row(index + 2, `p${index}@acme.com`, {
        manager: index === 0 ? '' : `p${index - 1}@acme.com`,
        timezone: 'UTC',
      }),
    );
    const started = performance.now();
    const result = validateDirectory(rows.reverse(), isZone);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.ok && result.people.length).toBe(10_000);
  });

  it('finds one long cycle through 10,000 people', () => {
    const rows = Array.from({ length: 10_000 }, (_, index) =>
      row(index + 2, `p${index}@acme.com`, { manager: `p${(index + 1) % 10_000}@acme.com` }),
    );
    const result = validateDirectory(rows, isZone);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    expect(error?.line).toBe(2);
    expect(error?.message.split(' → ')).toHaveLength(10_001);
  });
});
