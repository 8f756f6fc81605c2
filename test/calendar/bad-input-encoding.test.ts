// How a calendar file is written must not change what `orient expand` reads from it: CRLF, LF
// or bare CR line ends (RFC 5545 §3.1 says CRLF; old Macs wrote CR, many tools write LF), a
// UTF-8 byte-order mark, folded lines (§3.1: a line break then one space or tab), folds that
// split a multi-byte UTF-8 character (§3.1 forbids it; some writers do it anyway), and non-ASCII
// text with escapes (§3.3.11).
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { lines, workspace } from './bad-input-support.js';

const ws = workspace();

const SUMMARY = 'Café Zürich, 会議; 🎉';

// X-WR-TIMEZONE Europe/Berlin: 09:00 CET (UTC+1) is 08:00Z. Event u1 recurs daily, twice;
// u2 is all-day on 3 March. The long SUMMARY of u3 is folded twice, once with a tab.
const CONTENT = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Orient tests//EN',
  'X-WR-TIMEZONE:Europe/Berlin',
  'BEGIN:VEVENT',
  'UID:u1',
  'DTSTART;TZID=Europe/Berlin:20260302T090000',
  'DTEND;TZID=Europe/Berlin:20260302T100000',
  'RRULE:FREQ=DAILY;COUNT=2',
  'SUMMARY:Café Zürich\\, 会議\\; 🎉',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:u2',
  'DTSTART;VALUE=DATE:20260303',
  'SUMMARY:Ñandú – día libre',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:u3',
  'DTSTART:20260304T160000Z',
  'DURATION:PT45M',
  'SUMMARY:Quarterly business review with th',
  ' e whole regional sales te',
  '\tam',
  'END:VEVENT',
  'END:VCALENDAR',
];

// Worked out by hand; sorted by start (an all-day row starts at UTC midnight of its date).
const EXPECTED = [
  ['u1', SUMMARY, '2026-03-02T08:00:00Z', '2026-03-02T09:00:00Z'],
  ['u2', 'Ñandú – día libre', '2026-03-03', '2026-03-04'],
  ['u1', SUMMARY, '2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z'],
  [
    'u3',
    'Quarterly business review with the whole regional sales team',
    '2026-03-04T16:00:00Z',
    '2026-03-04T16:45:00Z',
  ],
];

const EOLS = { crlf: '\r\n', lf: '\n', cr: '\r' } as const;

/** The summary line of u1, folded inside 会 (after its first byte) and 🎉 (after two). */
function foldedSummaryBytes(eol: string): Buffer {
  const line = Buffer.from('SUMMARY:Café Zürich\\, 会議\\; 🎉', 'utf8');
  const inKanji = line.indexOf(Buffer.from('会', 'utf8')) + 1;
  const inEmoji = line.indexOf(Buffer.from('🎉', 'utf8')) + 2;
  expect(line[inKanji - 1]).toBe(0xe4); // the lead byte of 会 (E4 BC 9A) ends the first piece
  expect(line[inEmoji - 2]).toBe(0xf0); // 🎉 is F0 9F 8E 89: the fold splits it 2 + 2
  return Buffer.concat([
    line.subarray(0, inKanji),
    Buffer.from(`${eol} `, 'latin1'),
    line.subarray(inKanji, inEmoji),
    Buffer.from(`${eol}\t`, 'latin1'),
    line.subarray(inEmoji),
  ]);
}

/** CONTENT with `eol`, u1's SUMMARY folded inside multi-byte characters. */
function withSplitCharacters(eol: string): Buffer {
  return Buffer.concat(
    CONTENT.map((l) =>
      Buffer.concat([
        l.startsWith('SUMMARY:Café') ? foldedSummaryBytes(eol) : Buffer.from(l, 'utf8'),
        Buffer.from(eol, 'latin1'),
      ]),
    ),
  );
}

async function expandRows(name: string, content: string | Uint8Array) {
  ws.write(name, content);
  const r = await ws.expand(name);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

const shape = (rows: Record<string, unknown>[]) =>
  rows.map((r) => [r['uid'], r['summary'], r['start'], r['end']]);

describe('orient expand: line ends, byte-order marks, folds and non-ASCII text', () => {
  it('reads CRLF, LF and bare-CR files, with or without a BOM, identically', async () => {
    const outputs = new Map<string, string>();
    for (const [name, eol] of Object.entries(EOLS)) {
      for (const bom of ['', '\uFEFF']) {
        const file = `${name}${bom ? '-bom' : ''}.ics`;
        const r = await expandRows(file, bom + lines(CONTENT, eol));
        expect(shape(r.rows), file).toEqual(EXPECTED);
        outputs.set(file, r.stdout);
      }
    }
    expect(new Set(outputs.values()).size).toBe(1);
  });

  it('reads a file whose last line has no line end', async () => {
    const r = await expandRows('no-final-eol.ics', CONTENT.join('\r\n'));
    expect(shape(r.rows)).toEqual(EXPECTED);
  });

  it.each(['crlf', 'lf'] as const)(
    'rejoins a fold inside a multi-byte UTF-8 character (%s)',
    async (name) => {
      const r = await expandRows(`split-char-${name}.ics`, withSplitCharacters(EOLS[name]));
      expect(r.stdout).not.toContain('\uFFFD');
      expect(shape(r.rows)).toEqual(EXPECTED);
    },
  );

  // Regression: byte-level unfolding once missed bare-CR folds, so a fold inside a multi-byte
  // character in an old-Mac file decoded to U+FFFD.
  it('rejoins a fold inside a multi-byte UTF-8 character (bare CR)', async () => {
    const r = await expandRows('split-char-cr.ics', withSplitCharacters(EOLS.cr));
    expect(shape(r.rows)).toEqual(EXPECTED);
  });

  it('with a BOM, still rejoins a split character', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const r = await expandRows('bom-split.ics', Buffer.concat([bom, withSplitCharacters('\r\n')]));
    expect(shape(r.rows)).toEqual(EXPECTED);
  });

  it('prints non-ASCII summaries unchanged in the table too', async () => {
    ws.write('table.ics', lines(CONTENT));
    const r = await runCli(
      ['--config', ws.config, 'expand', 'table.ics', '--from', '2026-03-01', '--to', '2026-04-01'],
      { cwd: ws.dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(SUMMARY);
    expect(r.stdout).toContain('Ñandú – día libre');
    expect(r.stdout).toMatch(/\n4 occurrences\n$/);
  });
});
