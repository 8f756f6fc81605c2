// Whose calendar each file is (`orient import calendars`), on every backend: `<email>.ics`, an
// X-WR-CALNAME that is an email, `--owner` for a single file; a file with none of these is not
// imported (and says how to fix it) while the rest are; an owner missing from the directory is
// imported with a warning.
import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../support/backends.js';
import { MARCH, ics, orgWithDirectory, snapshot, vevent } from './org-fixture.js';

/** A one-event export: "Focus time" (a solo block) on 3 March 2026, 14:00–15:00Z. */
function soloExport(uid: string, head: string[] = []): string {
  return ics(
    head,
    vevent(
      `UID:${uid}`,
      'DTSTAMP:20260301T000000Z',
      'DTSTART:20260303T140000Z',
      'DTEND:20260303T150000Z',
      'SUMMARY:Focus time',
    ),
  );
}

const HOW_TO_NAME =
  'cannot tell whose calendar this is: name the file <email>.ics (e.g. ana@acme.com.ics), ' +
  'or pass --owner EMAIL for a single file';

describe.each(BACKENDS)('orient import calendars: owners (%s)', (backend) => {
  it('takes the owner from <email>.ics, else X-WR-CALNAME; a file with neither is not imported', async () => {
    const org = await orgWithDirectory(backend);
    org.writeExport('pm@acme.com.ics', soloExport('pm-focus'));
    // Google names the calendar after its owner; the file name says nothing.
    org.writeExport('basic.ics', soloExport('ana-focus', ['X-WR-CALNAME:Ana@Acme.com']));
    // The file name wins over X-WR-CALNAME.
    org.writeExport('cy@acme.com.ics', soloExport('cy-focus', ['X-WR-CALNAME:someone@acme.com']));
    // A calendar named "Work" in a file named calendar.ics: nobody's.
    org.writeExport('calendar.ics', soloExport('who-focus', ['X-WR-CALNAME:Work']));

    const run = await org.orient('import', 'calendars', org.calendars, ...MARCH);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`calendar.ics: error: ${HOW_TO_NAME}`);
    expect(run.stderr).toContain('orient: 1 of 4 files were not imported');
    expect(run.stdout).toMatch(/basic\.ics\s+ana@acme\.com\s+1\s+1\s+1\s+0\s+0\s+0\s+imported/);
    expect(run.stdout).toMatch(/calendar\.ics\s+0\s+0\s+0\s+0\s+0\s+0\s+NOT IMPORTED/);
    expect(run.stdout).toContain('3 of 4 files imported: 3 events, 3 occurrences.');

    const db = await snapshot(org.target);
    expect(db['calendars']!.map((c) => [c['owner_email'], c['calendar_name']])).toEqual([
      ['ana@acme.com', 'Ana@Acme.com'],
      ['cy@acme.com', 'someone@acme.com'],
      ['pm@acme.com', null],
    ]);
    expect(db['occurrence_copies']!.map((c) => [c['owner_email'], c['uid']])).toEqual([
      ['ana@acme.com', 'ana-focus'],
      ['cy@acme.com', 'cy-focus'],
      ['pm@acme.com', 'pm-focus'],
    ]);
    // A solo block: its owner is the one person on it (rule 2), in their own calendar.
    expect(db['attendance']).toContainEqual(
      expect.objectContaining({ uid: 'ana-focus', email: 'ana@acme.com', in_own_calendar: 1 }),
    );
  });

  it('--owner names the owner of a single file (any case)', async () => {
    const org = await orgWithDirectory(backend);
    const file = org.writeExport('calendar.ics', soloExport('bo-focus'));
    const run = await org.orient('import', 'calendars', file, '--owner', 'Bo@Acme.com', ...MARCH);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/calendar\.ics\s+bo@acme\.com\s+1\s+1\s+1\s+0\s+0\s+0\s+imported/);
    const db = await snapshot(org.target);
    expect(db['calendars']).toMatchObject([{ owner_email: 'bo@acme.com', source_file: file }]);
  });

  it('--owner with more than one file is bad input, and nothing is imported', async () => {
    const org = await orgWithDirectory(backend);
    const a = org.writeExport('a.ics', soloExport('a'));
    const b = org.writeExport('b.ics', soloExport('b'));
    for (const paths of [[a, b], [org.calendars]]) {
      const run = await org.orient('import', 'calendars', ...paths, '--owner', 'bo@acme.com');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        'orient: --owner names one person, but 2 files were given: import them one at a time',
      );
    }
    const bad = await org.orient('import', 'calendars', a, '--owner', 'bo');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('orient: --owner "bo" is not an email address');
    const db = await snapshot(org.target);
    expect([db['calendars'], db['occurrence_copies']]).toEqual([[], []]);
  });

  it('an owner missing from the directory is imported, with a warning', async () => {
    const org = await orgWithDirectory(backend);
    org.writeExport('dee@acme.com.ics', soloExport('dee-focus'));
    const run = await org.orient('import', 'calendars', org.calendars, ...MARCH);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'dee@acme.com.ics:1: warning: owner dee@acme.com is not in the directory',
    );
    expect(run.stdout).toMatch(
      /dee@acme\.com\.ics\s+dee@acme\.com\s+1\s+1\s+1\s+0\s+0\s+1\s+imported/,
    );
    const db = await snapshot(org.target);
    expect(db['occurrence_copies']).toMatchObject([{ owner_email: 'dee@acme.com' }]);
    expect(db['calendars']).toMatchObject([{ owner_email: 'dee@acme.com', warnings: 1 }]);
  });
});
