// The web app in headless Chromium against the real server: sign in, import the demo org through
// the import page, open every page, run an invite check and answer it, check what an analyst may
// not see, and the demo banner. A page that renders empty, shows an error banner, or logs a
// console error fails. Screenshots of every page go to screenshots/ (git-ignored).
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AppPage } from './pages/app-page.js';
import { DepartmentsPage } from './pages/departments-page.js';
import { ImportPage } from './pages/import-page.js';
import { InviteCheckPage } from './pages/invite-check-page.js';
import { MeetingsPage } from './pages/meetings-page.js';
import { OverviewPage } from './pages/overview-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { TimePage } from './pages/time-page.js';
import { SCREENSHOTS, launchChromium, watchedPage, type WatchedPage } from './support/browser.js';
import {
  demoOrg,
  removeBuiltWeb,
  startOrient,
  type DemoOrg,
  type RunningOrient,
} from './support/orient-server.js';

const shot = (name: string) => join(SCREENSHOTS, name);

let org: DemoOrg;
let server: RunningOrient;
let browser: Browser;
let admin: WatchedPage;

beforeAll(async () => {
  [org, browser] = await Promise.all([demoOrg(), launchChromium(inject('chromiumPath'))]);
  server = await startOrient({ demo: false, configFile: org.configFile });
  await server.addUser(ADMIN);
  await server.addUser(ANALYST);
  admin = await watchedPage(browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await org?.remove();
  await removeBuiltWeb();
});

const ADMIN = {
  email: 'admin@acme.example',
  role: 'admin',
  password: 'correct horse battery',
} as const;
const ANALYST = {
  email: 'analyst@acme.example',
  role: 'analyst',
  password: 'analyst horse battery',
} as const;

/**
 * The page renders something, shows no error banner, logged no error, fits the viewport's width
 * (wide tables scroll inside their own region), and labels every form control.
 */
async function expectHealthy(page: AppPage, watched: WatchedPage): Promise<void> {
  expect(await page.errorBanners().count(), 'error banners').toBe(0);
  expect((await page.mainText()).length, 'main text').toBeGreaterThan(100);
  expect(watched.takeProblems()).toEqual([]);
  expect(await page.horizontalOverflow(), 'sideways scroll in px').toBeLessThanOrEqual(0);
  expect(await page.unlabelledControls()).toEqual([]);
}

describe('the web app, signed in as an admin', () => {
  afterEach(() => {
    expect(admin.takeProblems()).toEqual([]);
  });

  it('signs in, straight to the import page of a fresh install', async () => {
    const signIn = await new SignInPage(admin.page, server.url).open(ImportPage.ROUTE);
    await signIn.screenshot(shot('sign-in-1280.png'));
    await signIn.signIn(ADMIN.email, ADMIN.password);
  });

  it('imports the demo directory and calendars through the import page', async () => {
    const page = new ImportPage(admin.page, server.url);
    await page.loaded();
    await page.chooseDirectory(org.directoryCsv);
    await page.chooseCalendars(org.calendars);
    await page.setWindow(org.start, org.end);
    await page.importAll(90_000);
    expect(await page.directoryResult()).toContain(`Imported ${org.people} people`);
    const results = await page.fileResults();
    expect(results).toHaveLength(org.calendars.length);
    expect(results.every((r) => r === 'imported')).toBe(true);
    expect(await page.finishedMessage()).toContain(`Imported ${org.calendars.length} of`);
    await page.screenshot(shot('import-1280.png'));
    await expectHealthy(page, admin);
  }, 120_000);

  it('shows the overview: headline, selling share against the benchmarks, weekly trend', async () => {
    const page = await new OverviewPage(admin.page, server.url).openFromNav();
    expect(await page.headline()).toMatch(/Selling time, as a share of a 40-hour week/);
    expect(await page.sellingShareBars()).toBeGreaterThan(0);
    expect(await page.benchmarkLabels()).toEqual(
      expect.arrayContaining(['38%', '41%', '50%', '58%']),
    );
    expect(await page.trendLines()).toBeGreaterThan(0);
    await page.screenshot(shot('overview-1280.png'));
    expect(await page.skipToContent()).toEqual({
      firstStop: 'Skip to content',
      focusedAfter: 'main',
    });
    await expectHealthy(page, admin);
  });

  it('shows where time goes, by department and by role within a department', async () => {
    const page = await new TimePage(admin.page, server.url).openFromNav();
    expect(await page.barSegments()).toBeGreaterThan(0);
    expect(await page.groupsInTable()).toContain('Sales');
    await page.screenshot(shot('time-1280.png'));
    await page.groupBy('Role');
    await page.filterDepartment('Sales');
    expect(await page.groupsInTable()).toContain('Account Executive');
    expect(await page.groupsInTable()).not.toContain('Software Engineer');
    await expectHealthy(page, admin);
  });

  it('shows the departments heatmap with the flagged cell and its verdict', async () => {
    const page = await new DepartmentsPage(admin.page, server.url).openFromNav();
    expect(await page.rowHeaders()).toContain('Product Management');
    const flagged = await page.flaggedCells();
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.join(' ')).toMatch(/looks understaffed or underskilled/);
    expect((await page.verdicts()).join(' ')).toMatch(/Sales looks understaffed or underskilled/);
    await page.screenshot(shot('departments-1280.png'));
    await expectHealthy(page, admin);
  });

  it('lists meetings to reconsider and drills down to occurrences with names', async () => {
    const page = await new MeetingsPage(admin.page, server.url).openFromNav();
    const titles = await page.seriesTitles();
    expect(titles.length).toBeGreaterThan(0);
    const perYear = await page.hoursPerYear();
    expect(perYear[0]).toBeGreaterThan(0);
    await page.screenshot(shot('meetings-1280.png'));
    const title = await page.openSeries(0);
    expect(title).toBe(titles[0]);
    expect(await page.occurrenceRows()).toBeGreaterThan(0);
    expect((await page.attendeeNames()).length).toBeGreaterThan(0);
    await page.screenshot(shot('meeting-occurrences-1280.png'));
    await expectHealthy(page, admin);
  });

  it('asks why before a PM invites two AEs to roadmap planning, and logs the change', async () => {
    const page = await new InviteCheckPage(admin.page, server.url).openFromNav();
    const [ae1, ae2] = org.accountExecutives;
    await page.fill({
      title: 'Roadmap planning',
      organizer: org.productManager,
      attendees: [ae1!, ae2!],
      repeats: 'Every week',
    });
    expect(await page.verdict('ask-why')).toBe('ask-why');
    await page.waitForQuestions(2);
    expect(await page.questions()).toHaveLength(2);
    expect(await page.cost()).toMatch(/a year/);
    expect(await page.liveRegionPoliteness()).toBe('polite');
    await page.screenshot(shot('invite-check-1280.png'));

    const changedBefore = Number(await page.summaryFigure('Changed'));
    await page.startChanging();
    await page.setAttendees([ae1!]);
    await page.waitForQuestions(1);
    await page.logChange();
    expect(await page.loggedMessage()).toMatch(/Logged: changed/);
    await page.waitForSummary('Changed', String(changedBefore + 1));
    expect(await page.summaryFigure('Selling time saved')).not.toBe('0 h');
    await page.screenshot(shot('invite-check-answered-1280.png'));
    await expectHealthy(page, admin);
  });

  it('reads on a phone: the overview at 390 × 844', async () => {
    const phone = await watchedPage(browser, { width: 390, height: 844 });
    try {
      const signIn = await new SignInPage(phone.page, server.url).open();
      await signIn.signIn(ADMIN.email, ADMIN.password);
      const page = await new OverviewPage(phone.page, server.url).open();
      expect(await page.sellingShareBars()).toBeGreaterThan(0);
      await page.screenshot(shot('overview-390.png'));
      await expectHealthy(page, phone);
    } finally {
      await phone.context.close();
    }
  });
});

describe('an analyst', () => {
  it('sees the drill-down without attendee names', async () => {
    const analyst = await watchedPage(browser);
    try {
      const signIn = await new SignInPage(analyst.page, server.url).open();
      await signIn.signIn(ANALYST.email, ANALYST.password);
      const page = await new MeetingsPage(analyst.page, server.url).open();
      expect(await page.navLabels()).not.toContain('Import');
      await page.openSeries(0);
      expect(await page.occurrenceRows()).toBeGreaterThan(0);
      expect(await page.attendeeNames()).toEqual([]);
      expect(await page.namesAreAdminOnly()).toBe(true);
      await page.screenshot(shot('meeting-occurrences-analyst-1280.png'));
      await expectHealthy(page, analyst);
    } finally {
      await analyst.context.close();
    }
  });
});

describe('demo mode', () => {
  it('needs no sign-in and says the data is demo data', async () => {
    // The same database as the signed-in server, imported above, served in demo mode.
    const demo = await startOrient({
      demo: true,
      configFile: org.configFile,
      databaseFile: server.databaseFile,
    });
    const visitor = await watchedPage(browser);
    try {
      const page = await new OverviewPage(visitor.page, demo.url).open();
      expect(await page.demoBanner().innerText()).toMatch(/Demo data/);
      expect(await page.sellingShareBars()).toBeGreaterThan(0);
      await page.screenshot(shot('demo-overview-1280.png'));
      await expectHealthy(page, visitor);
    } finally {
      await visitor.context.close();
      await demo.stop();
    }
  }, 90_000);
});
