import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseDirectoryCsv } from './directory-csv.js';

const HEADER = 'email,name,department,role,manager,timezone';

function errorsOf(text: string): string[] {
  const result = parseDirectoryCsv(text, 'people.csv');
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((error) => error.message);
}

function peopleOf(text: string) {
  const result = parseDirectoryCsv(text, 'people.csv');
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.people;
}

describe('parseDirectoryCsv', () => {
  it('reads a plain file', () => {
    const people = peopleOf(
      [
        HEADER,
        'ana@acme.com,Ana Lima,Sales,Account Executive,bo@acme.com,Europe/Berlin',
        'bo@acme.com,Bo Chen,Sales,Sales Manager,,',
      ].join('\n'),
    );
    expect(people).toEqual([
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
        name: 'Bo Chen',
        department: 'Sales',
        role: 'Sales Manager',
        manager: null,
        timezone: null,
      },
    ]);
  });

  it('reads header names in any case and order, with spaces, ignoring unknown columns', () => {
    const people = peopleOf(
      [' Role ,Phone,EMAIL, Name,Department', 'Product Manager,555,Cy@Acme.com,Cy,Product'].join(
        '\n',
      ),
    );
    expect(people).toEqual([
      {
        email: 'cy@acme.com',
        name: 'Cy',
        department: 'Product',
        role: 'Product Manager',
        manager: null,
        timezone: null,
      },
    ]);
  });

  it('reads an Excel export: BOM, CRLF, quoted commas, trailing empty rows', () => {
    const text =
      '\uFEFFEmail,Name,Department,Role,Manager,Timezone\r\n' +
      'ana@acme.com,"Lima, Ana",Sales,Account Executive,,America/New_York\r\n' +
      'bo@acme.com, "Chen, Bo" ,"Sales, EMEA",Sales Manager,,\r\n' +
      ',,,,,\r\n' +
      '\r\n' +
      '\r\n';
    const people = peopleOf(text);
    expect(people.map((p) => [p.email, p.name, p.department])).toEqual([
      ['ana@acme.com', 'Lima, Ana', 'Sales'],
      ['bo@acme.com', 'Chen, Bo', 'Sales, EMEA'],
    ]);
  });

  it('keeps line numbers right after quoted newlines (LF and CRLF) and blank lines', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = [
        HEADER,
        'a@acme.com,"Ana',
        'Lima",Sales,AE,,',
        '',
        'b@acme.com,"Bo',
        '',
        'Chen",Sales,AE,,Not/AZone',
        'c@acme.com,Cy,Sales,AE,ghost@acme.com,',
      ].join(eol);
      expect(errorsOf(text)).toEqual([
        "people.csv line 5: unknown time zone 'Not/AZone' (expected an IANA name)",
        'people.csv line 8: manager ghost@acme.com is not in the file',
      ]);
    }
  });

  it('reads a file that mixes CRLF and LF', () => {
    const text = `${HEADER}\r\na@acme.com,"A\nB",Sales,AE,,\nb@acme.com,B,Sales,AE,,\r\n`;
    expect(peopleOf(text).map((p) => p.name)).toEqual(['A\nB', 'B']);
  });

  it('reads ; and tab separated files (Excel in comma-decimal locales)', () => {
    const semicolon = 'email;name;department;role\na@acme.com;"Lima; Ana";Sales;AE';
    const tab = 'email\tname\tdepartment\trole\na@acme.com\tAna, Lima\tSales\tAE';
    expect(peopleOf(semicolon).map((p) => p.name)).toEqual(['Lima; Ana']);
    expect(peopleOf(tab).map((p) => p.name)).toEqual(['Ana, Lima']);
  });

  it('keeps stray quotes inside an unquoted field', () => {
    const text = `${HEADER}\na@acme.com,Ana "AJ" Lima,Sales,AE,,`;
    expect(peopleOf(text).map((p) => p.name)).toEqual(['Ana "AJ" Lima']);
  });

  it('accepts time zone aliases Intl knows', () => {
    const text = `${HEADER}\na@acme.com,Ana,Sales,AE,,US/Eastern\nb@acme.com,Bo,Sales,AE,,Asia/Kolkata`;
    expect(peopleOf(text).map((p) => p.timezone)).toEqual(['US/Eastern', 'Asia/Kolkata']);
  });

  it('reports an empty file', () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n', '  \n']) {
      expect(errorsOf(text)).toEqual([
        'people.csv line 1: the file is empty; expected a header row: email,name,department,role,manager,timezone (manager and timezone optional)',
      ]);
    }
  });

  it('reports a header with nobody below it', () => {
    expect(errorsOf(`${HEADER}\r\n,,,,,\r\n`)).toEqual([
      'people.csv line 1: no people below the header row',
    ]);
  });

  it('reports each missing required column once, on line 1', () => {
    expect(errorsOf('e-mail,name,role\nana@acme.com,Ana,AE')).toEqual([
      'people.csv line 1: missing column email; expected a header row: email,name,department,role,manager,timezone (manager and timezone optional)',
      'people.csv line 1: missing column department; expected a header row: email,name,department,role,manager,timezone (manager and timezone optional)',
    ]);
  });

  it('reports a column named twice', () => {
    expect(errorsOf('email,name,department,role,Email\na@acme.com,A,S,AE,b@acme.com')).toEqual([
      'people.csv line 1: column email appears twice in the header',
    ]);
  });

  it('reports ragged rows with their line, without blaming the people they manage', () => {
    const text = [
      HEADER,
      'boss@acme.com,Boss,Sales,VP,,',
      'a@acme.com,Lima, Ana,Sales,AE,boss@acme.com,UTC',
      'b@acme.com,Bo,Sales',
      'c@acme.com,Cy,Sales,AE,a@acme.com,UTC',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      'people.csv line 3: 7 fields but the header has 6 (quote fields that contain the separator)',
      'people.csv line 4: 3 fields but the header has 6 (quote fields that contain the separator)',
    ]);
  });

  it('reports every bad row at once and stores nothing', () => {
    const text = [
      HEADER,
      'ana@acme.com,Ana,Sales,AE,,',
      ',NoEmail,Sales,AE,,',
      'not-an-email,X,Sales,AE,,',
      'ANA@acme.com,Ana again,Sales,AE,,',
      'd@acme.com,,Sales,AE,e@acme.com,Europe/Berlin',
      'e@acme.com,E,Sales,AE,d@acme.com,Nowhere/Town',
    ].join('\n');
    const result = parseDirectoryCsv(text, 'people.csv');
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 3, message: 'people.csv line 3: missing email' },
        { line: 4, message: "people.csv line 4: invalid email 'not-an-email'" },
        {
          line: 5,
          message: 'people.csv line 5: duplicate email ana@acme.com (first on line 2)',
        },
        { line: 6, message: 'people.csv line 6: missing name' },
        {
          line: 6,
          message: 'people.csv line 6: manager cycle d@acme.com → e@acme.com → d@acme.com',
        },
        {
          line: 7,
          message: "people.csv line 7: unknown time zone 'Nowhere/Town' (expected an IANA name)",
        },
      ],
    });
  });

  it('reports a quote that is never closed', () => {
    expect(errorsOf(`${HEADER}\na@acme.com,"Ana,Sales,AE,,\nb@acme.com,Bo,Sales,AE,,\n`)).toEqual([
      'people.csv line 3: a quoted field is never closed (the file ends inside quotes)',
    ]);
  });

  it('reports a UTF-16 file that was read as UTF-8', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(`${HEADER}\n`, 'utf16le')]);
    const misread = new TextDecoder('utf-8').decode(utf16);
    expect(errorsOf(misread)).toEqual([
      'people.csv line 1: the file looks like UTF-16 text read as UTF-8; save it as “CSV UTF-8” and retry',
    ]);
  });

  it('reads a large file', () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `p${i}@acme.com,"Person, ${i}",Sales,AE,${i === 0 ? '' : `p${i - 1}@acme.com`},UTC`,
    );
    expect(peopleOf([HEADER, ...rows].join('\r\n'))).toHaveLength(10_000);
  });
});

describe('decodeCsvBytes', () => {
  const csv = `${HEADER}\r\nana@acme.com,José Müller,Sales,AE,,\r\n`;

  it('decodes UTF-16 LE with a byte-order mark (Excel "Unicode Text")', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(csv, 'utf16le')]);
    expect(peopleOf(decodeCsvBytes(bytes)).map((p) => p.name)).toEqual(['José Müller']);
  });

  it('decodes UTF-16 BE with a byte-order mark', () => {
    const le = Buffer.from(csv, 'utf16le');
    const be = Buffer.from(le).swap16();
    const bytes = new Uint8Array([0xfe, 0xff, ...be]);
    expect(decodeCsvBytes(bytes)).toBe(csv);
  });

  it('decodes UTF-8 with or without a byte-order mark', () => {
    expect(decodeCsvBytes(new Uint8Array(Buffer.from(csv, 'utf8')))).toBe(csv);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(csv, 'utf8')]);
    expect(peopleOf(decodeCsvBytes(bom)).map((p) => p.name)).toEqual(['José Müller']);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8 (Excel "CSV")', () => {
    expect(decodeCsvBytes(new Uint8Array(Buffer.from(csv, 'latin1')))).toBe(csv);
  });
});
