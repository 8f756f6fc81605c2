// Bad calendar files through `orient expand` (and readCalendar where it is clearer): a file that
// cannot be read is refused with exit 2 and the line to look at; an event that cannot be used is
// skipped with a reason while the rest of the file is listed; nothing crashes, hangs or eats
// memory. Line numbers in the comments count from 1, as the messages do.
import { describe, expect, it } from 'vitest';
import { readCalendar } from '../../src/calendar/read-calendar.js';
import { calendar, event, junkBytes, lines, plainRow, workspace } from './bad-input-support.js';

const ws = workspace();
const MARCH = { from: Date.UTC(2026, 2, 1), to: Date.UTC(2026, 3, 1) };

describe('orient expand: files it cannot read (exit 2, the line named)', () => {
  // Lines 1–3 head the calendar, event a is lines 4–10, event b opens on line 11.
  const whole = lines(calendar(event('a', 2), event('b', 3)));

  it('a file cut off inside a VEVENT names the line of the unclosed BEGIN', async () => {
    // Cut after "DTSTART…" of event b (line 14): the rest is gone, END:VEVENT with it.
    const cut = whole.slice(0, whole.indexOf('DTEND:20260303'));
    ws.write('truncated.ics', cut);
    const r = await ws.expand('truncated.ics');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'orient: truncated.ics:11: BEGIN:VEVENT is never closed: the file ends early (truncated?)\n',
    );
  });

  // Regression: a download cut inside a property name ("DTEN") was once blamed on that partial
  // line, without saying the file ends early or where the open VEVENT began.
  it('a file cut off inside a property name still says it is truncated, naming the BEGIN', async () => {
    // The file ends "…DTSTART:20260303T140000Z\r\nDTEN": line 15 is the partial one.
    ws.write('cut-in-name.ics', whole.slice(0, whole.indexOf('DTEND:20260303') + 4));
    const r = await ws.expand('cut-in-name.ics');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^orient: cut-in-name\.ics:\d+: .*(truncated|ends early)/);
    expect(r.stderr).toMatch(/cut-in-name\.ics:11:|line 11\b/);
  });

  it('binary junk with NUL bytes is refused with a clear message', async () => {
    const junk = junkBytes(4096, 7);
    junk[100] = 0;
    ws.write('junk.ics', junk);
    const r = await ws.expand('junk.ics');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^orient: junk\.ics:\d+: binary data \(NUL bytes\): not an iCalendar file\n$/,
    );
  });

  it('never throws on random bytes, with or without NUL, or on a damaged real file', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const bytes = junkBytes(seed * 7, seed);
      // Half the buffers without NUL, so the content-line parser sees the junk too.
      if (seed % 2 === 0) for (let i = 0; i < bytes.length; i++) bytes[i] ||= 0x41;
      const read = readCalendar(bytes, { range: MARCH });
      expect(read.ok, `seed ${seed}`).toBe(false);
      if (!read.ok) expect(read.line).toBeGreaterThanOrEqual(1);
    }
    // A valid file with junk spliced into it at every 17th byte.
    const good = new TextEncoder().encode(whole);
    for (let at = 0; at < good.length; at += 17) {
      const damaged = new Uint8Array([
        ...good.subarray(0, at),
        ...junkBytes(5, at),
        ...good.subarray(at),
      ]);
      expect(() => readCalendar(damaged, { range: MARCH })).not.toThrow();
    }
  });

  it('a UTF-16 export (with its byte-order mark) reads the same as UTF-8', async () => {
    ws.write('utf8.ics', whole);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(whole, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    ws.write('utf16le.ics', le);
    ws.write('utf16be.ics', be);
    const utf8 = await ws.expand('utf8.ics');
    expect(utf8.code).toBe(0);
    expect(utf8.rows.length).toBeGreaterThan(0);
    for (const name of ['utf16le.ics', 'utf16be.ics']) {
      const r = await ws.expand(name);
      expect(r.code, r.stderr).toBe(0);
      expect(r.rows).toEqual(utf8.rows);
    }
  });

  it.each([
    ['empty.ics', ''],
    ['blank.ics', '   \r\n\t\r\n\r\n  '],
    ['newlines.ics', '\n\n\n'],
  ])('%s (nothing but whitespace) says there is no VCALENDAR', async (name, text) => {
    ws.write(name, text);
    const r = await ws.expand(name);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `orient: ${name}:1: no VCALENDAR in the file: it is empty, or not an iCalendar file\n`,
    );
  });

  it.each([
    ['outlook.csv.ics', 'Subject,Start Date,Start Time\r\nRoadmap,03/02/2026,10:00 AM\r\n'],
    ['page.html.ics', '<!DOCTYPE html>\n<html><body>Sign in</body></html>\n'],
    ['contact.vcf.ics', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n'],
  ])('%s, not iCalendar at all, is refused on line 1', async (name, text) => {
    ws.write(name, text);
    const r = await ws.expand(name);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^orient: ${name.replace(/\./g, '\\.')}:1: .+\\n$`));
  });
});

describe('orient expand: 50 MB lines', () => {
  const BIG = 50 * 1024 * 1024;

  it('lists the event of a VEVENT whose DESCRIPTION is one 50 MB line, in reasonable time', async () => {
    const description = `DESCRIPTION:${'Agenda item. '.repeat(Math.ceil(BIG / 13)).slice(0, BIG)}`;
    ws.write(
      'big-description.ics',
      lines(calendar(event('big', 4, description), event('after', 5))),
    );
    const started = Date.now();
    const r = await ws.expand('big-description.ics');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.code, r.stderr).toBe(0);
    expect(r.rows).toEqual([plainRow('big', 4), plainRow('after', 5)]);
  });

  it('refuses a 50 MB line of junk without a colon, naming its line', async () => {
    ws.write(
      'big-junk.ics',
      lines([...calendar(event('a', 2)).slice(0, -1), 'x'.repeat(BIG), 'END:VCALENDAR']),
    );
    const started = Date.now();
    const r = await ws.expand('big-junk.ics');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.code).toBe(2);
    // Line 11: after the header (3) and event a (7). The message quotes only a short preview.
    expect(r.stderr).toMatch(
      /^orient: big-junk\.ics:11: not an iCalendar content line \(no ':'\): "x{40}…"\n$/,
    );
  });
});

describe('orient expand: events it cannot use are skipped, the rest listed', () => {
  it('an unknown TZID warns, naming it, and reads the time in the floating zone', async () => {
    // 09:00 in "Mars/Olympus" is read as 09:00 in the calendar's zone: X-WR-TIMEZONE
    // Europe/Berlin (CET, UTC+1) → 08:00Z, like the floating 09:00 of event "floating".
    const file = lines(
      calendar(
        'X-WR-TIMEZONE:Europe/Berlin',
        [
          'BEGIN:VEVENT',
          'UID:mars',
          'DTSTART;TZID=Mars/Olympus:20260302T090000',
          'DTEND;TZID=Mars/Olympus:20260302T100000',
          'SUMMARY:Mars',
          'END:VEVENT',
        ],
        [
          'BEGIN:VEVENT',
          'UID:floating',
          'DTSTART:20260302T090000',
          'DURATION:PT1H',
          'SUMMARY:Floating',
          'END:VEVENT',
        ],
      ),
    );
    ws.write('mars.ics', file);
    const r = await ws.expand('mars.ics');
    expect(r.code).toBe(0);
    // Once per TZID, on a line that uses it (DTSTART is line 7, DTEND line 8).
    expect(r.stderr).toMatch(
      /^mars\.ics:[78]: warning: unknown TZID "Mars\/Olympus": read in Europe\/Berlin\n$/,
    );
    expect(r.rows.map((o) => [o['uid'], o['start'], o['end']])).toEqual([
      ['floating', '2026-03-02T08:00:00Z', '2026-03-02T09:00:00Z'],
      ['mars', '2026-03-02T08:00:00Z', '2026-03-02T09:00:00Z'],
    ]);
    // --timezone names the floating zone instead: 09:00 in Tokyo (UTC+9) is 00:00Z.
    const tokyo = await ws.expand('mars.ics', ['--timezone', 'Asia/Tokyo']);
    expect(tokyo.stderr).toContain('unknown TZID "Mars/Olympus": read in Asia/Tokyo');
    expect(tokyo.rows.map((o) => o['start'])).toEqual([
      '2026-03-02T00:00:00Z',
      '2026-03-02T00:00:00Z',
    ]);
  });

  it('an RRULE without FREQ skips its event with a reason naming RRULE', async () => {
    // Event bad opens on line 11; its RRULE is its 7th line, line 17.
    ws.write(
      'no-freq.ics',
      lines(calendar(event('a', 2), event('bad', 3, 'RRULE:COUNT=3;BYDAY=MO'), event('c', 4))),
    );
    const r = await ws.expand('no-freq.ics');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('no-freq.ics:11: skipped: RRULE on line 17: RRULE has no FREQ\n');
    expect(r.rows).toEqual([plainRow('a', 2), plainRow('c', 4)]);
  });

  it('DTEND before DTSTART skips the event with a reason', async () => {
    const backwards = [
      'BEGIN:VEVENT',
      'UID:backwards',
      'DTSTART:20260303T150000Z',
      'DTEND:20260303T140000Z',
      'END:VEVENT',
    ];
    ws.write('backwards.ics', lines(calendar(event('a', 2), backwards, event('c', 4))));
    const r = await ws.expand('backwards.ics');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('backwards.ics:11: skipped: DTEND (line 14) is before DTSTART\n');
    expect(r.rows).toEqual([plainRow('a', 2), plainRow('c', 4)]);
  });

  it.each([
    // FREQ=SECONDLY over March: 31 × 86,400 = 2,678,400 instances in the range.
    ['every second in the range', '20260301T000000Z', 'RRULE:FREQ=SECONDLY'],
    // Started six years earlier: ~190 million seconds before the range even begins.
    ['every second since 2020', '20200101T000000Z', 'RRULE:FREQ=SECONDLY'],
    // Every minute since 1970: 44,640 in March alone, 29 million before it.
    ['every minute since 1970', '19700101T000000Z', 'RRULE:FREQ=MINUTELY'],
  ])('a rule yielding millions of instances (%s) is skipped, fast', async (_, start, rule) => {
    const flood = [
      'BEGIN:VEVENT',
      'UID:flood',
      `DTSTART:${start}`,
      'DURATION:PT1S',
      rule,
      'END:VEVENT',
    ];
    ws.write('flood.ics', lines(calendar(event('a', 2), flood, event('c', 4))));
    const heap = process.memoryUsage().heapUsed;
    const started = Date.now();
    const r = await ws.expand('flood.ics');
    expect(Date.now() - started).toBeLessThan(5_000);
    // Instances are capped long before millions are held (2.7 million numbers alone are ~21 MB
    // as an array, each occurrence object far more).
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(200 * 1024 * 1024);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^flood\.ics:11: skipped: the (RRULE|series) yields more than [\d,]+ (instances|occurrences)/,
    );
    expect(r.rows).toEqual([plainRow('a', 2), plainRow('c', 4)]);
  });
});
