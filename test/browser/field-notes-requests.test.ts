// The field notes and requests pages in headless Chromium against the real server, over the small
// org of the API tests (test/server/org.ts, plus one sales call) uploaded through the API: a PM
// logs a ride-along with two moments and edits it; another writes up a sales call the calendar
// suggests; a member sees only their own notes and an admin everyone's, downloads them as CSV and
// adds more from one; on the requests board a salesperson asks and votes, an admin votes for
// salespeople met in the field and merges a duplicate whose votes carry over. No page may log a console error, show an error
// banner, scroll sideways or leave a control unlabelled. Screenshots go to screenshots/.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ics, vevent } from '../ingest/org-fixture.js';
import { EXPORTS, PEOPLE_CSV } from '../server/org.js';
import type { AppPage } from './pages/app-page.js';
import { FieldNotesPage } from './pages/field-notes-page.js';
import { RequestsPage } from './pages/requests-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { SCREENSHOTS, launchChromium, watchedPage, type WatchedPage } from './support/browser.js';
import { removeBuiltWeb, startOrient, type RunningOrient } from './support/orient-server.js';

const shot = (name: string) => join(SCREENSHOTS, name);
const PASSWORD = 'correct horse battery staple';

// Everyone signs in with an address from the directory (test/server/org.ts): notes and votes name
// people the directory knows. pmm@ (a product marketing manager) is the admin.
const ADMIN = { email: 'pmm@acme.com', role: 'admin' } as const;
const PM = { email: 'pm@acme.com', role: 'member' } as const;
const PM2 = { email: 'pm2@acme.com', role: 'member' } as const;
const ANA = { email: 'ana@acme.com', role: 'member' } as const;

const CONFIG_YAML = 'timezone: America/New_York\ninternalDomains: [acme.com]\nworkweekHours: 40\n';

// pm2@, a product manager (market-oriented), sits in a discovery call with Bo (an AE) and a buyer
// from globex.example on Tuesday 10 March 2026 at 11:00 New York time: the one ride-along the
// calendar suggests (the API tests' other external call, Ana's Acme call, has no market-oriented
// attendee).
const GLOBEX_CALL = ics(
  vevent(
    'UID:globex-discovery@acme.com',
    'DTSTAMP:20260220T120000Z',
    'DTSTART;TZID=America/New_York:20260310T110000',
    'DTEND;TZID=America/New_York:20260310T120000',
    'SUMMARY:Globex discovery',
    'ORGANIZER:mailto:pm2@acme.com',
    'ATTENDEE;PARTSTAT=ACCEPTED:mailto:pm2@acme.com',
    'ATTENDEE;PARTSTAT=ACCEPTED:mailto:bo@acme.com',
    'ATTENDEE;PARTSTAT=ACCEPTED:mailto:buyer@globex.example',
  ),
);

let dir: string;
let server: RunningOrient;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orient-notes-web-'));
  const configFile = join(dir, 'orient.config.yaml');
  await writeFile(configFile, CONFIG_YAML);
  [server, browser] = await Promise.all([
    startOrient({ demo: false, configFile }),
    launchChromium(inject('chromiumPath')),
  ]);
  for (const user of [ADMIN, PM, PM2, ANA]) await server.addUser({ ...user, password: PASSWORD });
  await uploadOrg(server.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await removeBuiltWeb();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The directory and the exports of test/server/org.ts, uploaded through the API as the admin. */
async function uploadOrg(base: string): Promise<void> {
  const signIn = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.email, password: PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const upload = async (path: string, body: string, type: string) => {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': type },
      body,
    });
    expect(res.status, await res.clone().text()).toBe(200);
  };
  await upload('/api/import/directory?name=people.csv', PEOPLE_CSV, 'text/csv');
  const exports: Record<string, string> = { ...EXPORTS, 'pm2@acme.com.ics': GLOBEX_CALL };
  const names = Object.keys(exports);
  for (const [i, name] of names.entries()) {
    const last = i === names.length - 1 ? '&last=1' : '';
    await upload(
      `/api/import/calendars?name=${encodeURIComponent(name)}&from=2026-03-01&to=2026-04-01${last}`,
      exports[name]!,
      'text/calendar',
    );
  }
}

async function signedIn(
  user: { email: string },
  viewport?: { width: number; height: number },
): Promise<WatchedPage> {
  const watched = await watchedPage(browser, viewport);
  await new SignInPage(watched.page, server.url).open();
  await new SignInPage(watched.page, server.url).signIn(user.email, PASSWORD);
  return watched;
}

/** No error banner, no console error, nothing wider than the viewport, every control labelled. */
async function expectHealthy(page: AppPage, watched: WatchedPage): Promise<void> {
  expect(await page.errorBanners().count(), 'error banners').toBe(0);
  expect(watched.takeProblems()).toEqual([]);
  expect(await page.horizontalOverflow(), 'sideways scroll in px').toBeLessThanOrEqual(0);
  expect(await page.unlabelledControls()).toEqual([]);
}

const RIDE_ALONG = {
  salespeople: ['ana@acme.com', 'cy@acme.com'],
  date: '2026-03-05',
  account: 'Client Example',
  moments: [
    {
      text: 'Could not answer the SOC 2 question',
      tags: 'security, SOC2',
      severity: '3 – lost the moment',
    },
    {
      text: 'Unsure how seats are priced',
      kind: 'Was unsure',
      tags: 'pricing',
      raisedBy: 'The salesperson',
    },
  ],
} as const;

describe('field notes', () => {
  it('a PM logs a ride-along with two moments through the page and sees it listed', async () => {
    const pm = await signedIn(PM);
    try {
      const page = await new FieldNotesPage(pm.page, server.url).openFromNav();
      // A member logs their own notes: the observer is them and cannot be changed.
      expect(await page.observer()).toEqual({ value: PM.email, readOnly: true });
      await page.waitForList('Your notes (0)');

      // Someone the directory does not know is refused by the server, and nothing is listed.
      await page.fill({ ...RIDE_ALONG, salespeople: ['zed@acme.com'] });
      await page.form.getByRole('button', { name: 'Log the note' }).click();
      expect(await page.problems()).toMatch(/zed@acme\.com is not in the directory/);
      expect(await page.listHeading()).toBe('Your notes (0)');
      // Chromium logs the refused request's 400 to the console; that one is expected.
      expect(pm.takeProblems()).toEqual([expect.stringMatching(/status of 400/)]);
      await page.form.getByLabel('Salespeople').fill(RIDE_ALONG.salespeople.join(', '));

      // Rows are added and removed; a new row takes the cursor; an empty one is named.
      expect(await page.momentRows()).toBe(2);
      await page.addMoment();
      expect(await page.focusedLabel()).toBe('What happened');
      expect(await page.momentRows()).toBe(3);
      await page.form.getByRole('button', { name: 'Log the note' }).click();
      expect(await page.problems()).toBe('Moment 3: say what happened, or remove the moment.');
      await page.removeMoment(2);
      expect(await page.momentRows()).toBe(2);

      expect(await page.submit()).toBe(
        'Logged the ride-along of 5 Mar 2026 with ana@acme.com, cy@acme.com (2 moments).',
      );
      await page.waitForList('Your notes (1)');
      const [note] = await page.notes();
      expect(note!.title).toBe('Ride-along · 5 Mar 2026 · Client Example');
      expect(note!.people).toBe('ana@acme.com, cy@acme.com — observed by pm@acme.com');
      // Tags are stored lower-case; the second moment was raised by the salesperson, the first
      // by the customer (the default on a ride-along) with severity 3.
      expect(note!.moments).toEqual([
        'Struggled Could not answer the SOC 2 question\nSeverity 3 – lost the moment · raised by the customer · security soc2',
        'Unsure Unsure how seats are priced\nSeverity 2 – held them up · raised by the salesperson · pricing',
      ]);
      await page.screenshot(shot('field-notes-1280.png'));
      await expectHealthy(page, pm);

      // Edited and still there after a reload: it was stored, not just drawn.
      await page.edit('Ride-along · 5 Mar 2026 · Client Example');
      await page.form.getByLabel('Account or deal (optional)').fill('Client Example Ltd');
      expect(await page.submit()).toMatch(/^Saved the ride-along of 5 Mar 2026/);
      await page.page.reload();
      await page.loaded();
      await page.waitForList('Your notes (1)');
      expect((await page.notes()).map((n) => n.title)).toEqual([
        'Ride-along · 5 Mar 2026 · Client Example Ltd',
      ]);
      await expectHealthy(page, pm);
    } finally {
      await pm.context.close();
    }
  });

  it('a PM writes up the sales call the calendar suggests, and sees only their own notes', async () => {
    const pm2 = await signedIn(PM2);
    try {
      const page = await new FieldNotesPage(pm2.page, server.url).open();
      // pm@'s ride-along from the test above is not theirs to see.
      await page.waitForList('Your notes (0)');
      expect(await page.callsHeading()).toBe('Sales calls to write up (1)');
      expect(await page.callsToWriteUp()).toEqual(['Globex discovery · 10 Mar 2026 11:00']);
      await page.writeUp('Globex discovery');
      // The call fills the form: Bo, the day on the org's clock, the buyer's domain, the meeting.
      expect(await page.formValues()).toEqual({
        salespeople: 'bo@acme.com',
        date: '2026-03-10',
        account: 'globex.example',
        meeting: 'Globex discovery · 10 Mar 2026 11:00',
      });
      await page.fillMoment(0, {
        text: 'Could not say which integrations exist',
        tags: 'integrations',
      });
      await page.submit();
      await page.waitForList('Your notes (1)');
      const [note] = await page.notes();
      expect(note).toEqual({
        title: 'Ride-along · 10 Mar 2026 · globex.example',
        people: 'bo@acme.com — observed by pm2@acme.com',
        meeting: 'Meeting: Globex discovery · 10 Mar 2026 11:00',
        moments: [
          'Struggled Could not say which integrations exist\nSeverity 2 – held them up · raised by the customer · integrations',
        ],
      });
      // Written up, the call leaves the list.
      expect(await page.callsHeading()).toBe('Sales calls to write up (0)');
      await page.screenshot(shot('field-notes-written-up-1280.png'));
      await expectHealthy(page, pm2);
    } finally {
      await pm2.context.close();
    }
  });

  it('an admin sees everyone’s notes, logs one for a PM, deletes one, and moves them as CSV', async () => {
    const admin = await signedIn(ADMIN);
    try {
      const all = await new FieldNotesPage(admin.page, server.url).open();
      // pm@'s ride-along and pm2@'s, newest first.
      await all.waitForList('All notes (2)');
      expect((await all.notes()).map((n) => n.title)).toEqual([
        'Ride-along · 10 Mar 2026 · globex.example',
        'Ride-along · 5 Mar 2026 · Client Example Ltd',
      ]);
      // An admin may log for any observer: the field is theirs to change.
      expect(await all.observer()).toEqual({ value: ADMIN.email, readOnly: false });
      await all.form.getByLabel('Observer').fill(PM.email);
      await all.fill({
        kind: 'One-on-one interview',
        salespeople: ['ana@acme.com'],
        date: '2026-03-12',
        moments: [{ text: 'Asked for a pricing sheet', tags: 'pricing' }],
      });
      await all.submit();
      await all.waitForList('All notes (3)');
      const [interview] = await all.notes();
      // In an interview a moment is raised by the salesperson unless the observer says otherwise.
      expect(interview).toMatchObject({
        title: 'Interview · 12 Mar 2026',
        people: 'ana@acme.com — observed by pm@acme.com',
      });
      expect(interview!.moments[0]).toMatch(/raised by the salesperson/);
      await all.delete('Ride-along · 10 Mar 2026 · globex.example');
      await all.waitForList('All notes (2)');

      // One row per moment, by date then id (docs/api.md): pm@'s ride-along is note 1 (the refused
      // one stored nothing), pm2@'s note 2 is deleted, the interview is note 3.
      const csv = (await all.downloadCsv()).split(/\r?\n/).filter((line) => line !== '');
      expect(csv).toEqual([
        'note,kind,observer,salespeople,date,account,occurrence,moment,moment_kind,tags,raised_by,severity',
        '1,ride-along,pm@acme.com,ana@acme.com;cy@acme.com,2026-03-05,Client Example Ltd,,Could not answer the SOC 2 question,struggle,security;soc2,customer,3',
        '1,ride-along,pm@acme.com,ana@acme.com;cy@acme.com,2026-03-05,Client Example Ltd,,Unsure how seats are priced,unsure,pricing,salesperson,2',
        '3,interview,pm@acme.com,ana@acme.com,2026-03-12,,,Asked for a pricing sheet,struggle,pricing,salesperson,2',
      ]);

      // A file with someone the directory does not know adds nothing and names the line.
      const header = csv[0]!;
      expect(
        await all.importCsv(
          'new-notes.csv',
          `${header}\na,interview,pm@acme.com,zed@acme.com,2026-03-16,,,Lost the thread,,,,\n`,
        ),
      ).toBe(
        'new-notes.csv: 1 problem; nothing was imported\n\n' +
          'new-notes.csv line 2, column salespeople: salesperson zed@acme.com is not in the directory',
      );
      expect(admin.takeProblems()).toEqual([expect.stringMatching(/status of 400/)]);
      expect(await all.listHeading()).toBe('All notes (2)');
      // Note a has two moments (two rows), note b none: 2 notes, 2 moments.
      expect(
        await all.importCsv(
          'new-notes.csv',
          [
            header,
            'a,interview,pm@acme.com,bo@acme.com,2026-03-16,,,Lost the thread,,,,',
            'a,interview,pm@acme.com,bo@acme.com,2026-03-16,,,Unsure of the discount rules,unsure,pricing,,1',
            'b,interview,pm2@acme.com,di@acme.com,2026-03-17,,,,,,,',
            '',
          ].join('\n'),
        ),
      ).toBe('Imported 2 notes with 2 moments from new-notes.csv.');
      await all.waitForList('All notes (4)');
      await all.screenshot(shot('field-notes-admin-1280.png'));
      await expectHealthy(all, admin);
    } finally {
      await admin.context.close();
    }
  });
});

const ONE_PAGER = 'Security questionnaire one-pager';
const SOC2 = 'SOC 2 answers';

describe('requests', () => {
  it('a salesperson asks and votes; an admin votes for others and merges a duplicate', async () => {
    const ana = await signedIn(ANA);
    const admin = await signedIn(ADMIN);
    try {
      const board = await new RequestsPage(ana.page, server.url).openFromNav();
      await board.ask({ title: ONE_PAGER, description: 'Buyers ask before every second call.' });
      expect(await board.voteCount(ONE_PAGER)).toBe(0);
      expect(await board.vote(ONE_PAGER)).toBe(`You voted for “${ONE_PAGER}”: 1 vote.`);
      // Focus comes back to the request, so the next Tab carries on from there.
      expect(await board.focused()).toBe(ONE_PAGER);
      expect(await board.canVote(ONE_PAGER)).toBe(false);
      // A member is not offered votes for others (not market-oriented) nor the planners' tools.
      expect(await board.offersOnBehalf(ONE_PAGER)).toBe(false);
      expect(await board.offersPlannerTools(ONE_PAGER)).toBe(false);
      expect(await board.voters(ONE_PAGER)).toEqual(['You']);
      await expectHealthy(board, ana);

      const planner = await new RequestsPage(admin.page, server.url).openFromNav();
      await planner.ask({ title: SOC2, askedBy: 'bo@acme.com' });
      expect(await planner.meta(SOC2)).toMatch(/asked by bo@acme\.com/);
      await planner.voteFor(SOC2, 'bo@acme.com');
      await planner.voteFor(SOC2, 'cy@acme.com');
      expect(await planner.voteFor(SOC2, 'ana@acme.com')).toBe(
        `Recorded ana@acme.com’s vote for “${SOC2}”: 3 votes.`,
      );
      // A second vote by the same salesperson is refused, with the reason.
      expect(await planner.refusedVoteFor(SOC2, 'cy@acme.com')).toMatch(
        /cy@acme\.com has already voted/,
      );
      // Chromium logs the refused vote's 400 to the console; that one is expected.
      expect(admin.takeProblems()).toEqual([expect.stringMatching(/status of 400/)]);

      // Most votes first: SOC 2 answers has 3 (bo, cy, ana), the one-pager 1 (ana).
      expect(await planner.titles()).toEqual([SOC2, ONE_PAGER]);
      // (in the order the server lists them: by when they were cast, then by name)
      expect((await planner.voters(SOC2)).sort()).toEqual([
        'ana@acme.com (recorded by you)',
        'bo@acme.com (recorded by you)',
        'cy@acme.com (recorded by you)',
      ]);
      await planner.screenshot(shot('requests-before-merge-1280.png'));

      // Merge SOC 2 answers into the one-pager: bo's and cy's votes move over; ana voted for
      // both and keeps one vote. The one-pager goes from 1 to 3 votes: 2 carried.
      expect(await planner.merge(SOC2, ONE_PAGER)).toBe(
        `Merged “${SOC2}” into “${ONE_PAGER}”: 2 votes carried over, 3 votes now.`,
      );
      expect(await planner.titles()).toEqual([ONE_PAGER]);
      expect(await planner.merged()).toEqual([SOC2]);
      expect(await planner.voteCount(ONE_PAGER)).toBe(3);
      expect(await planner.voteCount(SOC2)).toBe(0);
      expect(await planner.status(SOC2)).toBe('Duplicate');
      expect(await planner.meta(SOC2)).toMatch(`merged into “${ONE_PAGER}”`);
      expect((await planner.voters(ONE_PAGER)).sort()).toEqual([
        'ana@acme.com',
        'bo@acme.com (recorded by you)',
        'cy@acme.com (recorded by you)',
      ]);

      // A vote recorded on someone's behalf can be removed: 3 − cy = 2.
      await planner.removeVote(ONE_PAGER, 'cy@acme.com');
      expect(await planner.voteCount(ONE_PAGER)).toBe(2);
      expect(await planner.setStatus(ONE_PAGER, 'Planned')).toBe(`“${ONE_PAGER}” is now planned.`);
      expect(await planner.status(ONE_PAGER)).toBe('Planned');
      await planner.screenshot(shot('requests-1280.png'));
      await expectHealthy(planner, admin);

      // The salesperson sees the count move, their own vote, and no one else's name.
      await board.page.reload();
      await board.loaded();
      expect(await board.voteCount(ONE_PAGER)).toBe(2);
      expect(await board.voters(ONE_PAGER)).toEqual(['You']);
      expect(await board.meta(SOC2)).not.toMatch(/asked by/);
      await board.removeVote(ONE_PAGER, 'your');
      expect(await board.voteCount(ONE_PAGER)).toBe(1);
      expect(await board.canVote(ONE_PAGER)).toBe(true);
      await expectHealthy(board, ana);
    } finally {
      await ana.context.close();
      await admin.context.close();
    }
  });
});

describe('on a phone (390 × 844)', () => {
  it('both pages fit the width and the navigation shows every page', async () => {
    const phone = await signedIn(ADMIN, { width: 390, height: 844 });
    try {
      const notes = await new FieldNotesPage(phone.page, server.url).open();
      expect(await notes.navLabels()).toEqual(expect.arrayContaining(['Field notes', 'Requests']));
      await notes.waitForList('All notes (4)');
      await notes.screenshot(shot('field-notes-390.png'));
      await expectHealthy(notes, phone);
      const requests = await new RequestsPage(phone.page, server.url).openFromNav();
      expect(await requests.titles()).toEqual([ONE_PAGER]);
      await requests.screenshot(shot('requests-390.png'));
      await expectHealthy(requests, phone);
    } finally {
      await phone.context.close();
    }
  });
});
