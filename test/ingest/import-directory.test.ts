// `orient import directory`, the import that comes before the calendars, on every backend: a
// file with bad rows gets one error per problem, each naming its line, and changes nothing.
import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../support/backends.js';
import { PEOPLE_CSV, freshOrg, orgWithDirectory, snapshot } from './org-fixture.js';

// Line numbers count the header as line 1.
const BAD_CSV = [
  'email,name,department,role,manager,timezone',
  'pm@acme.com,Pat Moss,Product,Product Manager,,America/New_York', // 2: fine
  'ana@acme.com,Ana Lima,Sales,Account Executive,pm@acme.com,', //      3: fine
  'ANA@acme.com,Ana Again,Sales,Account Executive,,', //                4: duplicate of line 3
  'bo@acme.com,Bo Chen,Sales,Account Executive,ghost@acme.com,', //     5: unknown manager
  'cy@acme.com,Cy Park,Sales,Sales Engineer,dee@acme.com,', //          6: cy → dee → cy
  'dee@acme.com,Dee Ray,Sales,Sales Manager,cy@acme.com,', //           7: (the same cycle)
  'eve@acme.com,Eve Fox,Marketing,Marketing Manager,pm@acme.com,Mars/Olympus', // 8: bad zone
  '',
].join('\n');

describe.each(BACKENDS)('orient import directory (%s)', (backend) => {
  it('imports a good file and reports what changed', async () => {
    const org = await freshOrg(backend);
    const file = org.writeFile('people.csv', PEOPLE_CSV);
    const run = await org.orient('import', 'directory', file, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      people: 4,
      added: 4,
      updated: 0,
      deactivated: 0,
      reactivated: 0,
      unchanged: 0,
    });
    const db = await snapshot(org.target);
    expect(db['people']!.map((p) => [p['email'], p['manager_email'], p['timezone']])).toEqual([
      ['ana@acme.com', 'pm@acme.com', null],
      ['bo@acme.com', 'pm@acme.com', null],
      ['cy@acme.com', 'pm@acme.com', 'America/Chicago'],
      ['pm@acme.com', null, 'America/New_York'],
    ]);
  });

  it('reports one error per problem with its line, exits 2 and leaves people unchanged', async () => {
    const org = await orgWithDirectory(backend);
    const before = await snapshot(org.target);
    org.writeFile('people.csv', BAD_CSV);
    // A relative path, as a user types it: the messages name the file as given.
    const run = await org.orient('import', 'directory', 'people.csv');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      'people.csv line 4: duplicate email ana@acme.com (first on line 3)',
      'people.csv line 5: manager ghost@acme.com is not in the file',
      'people.csv line 6: manager cycle cy@acme.com → dee@acme.com → cy@acme.com',
      "people.csv line 8: unknown time zone 'Mars/Olympus' (expected an IANA name)",
      'orient: people.csv: 4 problems; nothing was imported',
      '',
    ]);
    expect(await snapshot(org.target)).toEqual(before);
  });

  it('a bad file on an empty database stores nobody', async () => {
    const org = await freshOrg(backend);
    const run = await org.orient('import', 'directory', org.writeFile('people.csv', BAD_CSV));
    expect(run.code).toBe(2);
    expect((await snapshot(org.target))['people']).toEqual([]);
  });
});
