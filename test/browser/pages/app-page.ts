// What every page of the web app has: the main navigation, an h1, the demo banner, loading states
// and the error banner. Page objects (STYLE.md "Browser tests through page objects") extend this,
// so tests never hold selectors.
import type { Locator, Page } from 'playwright-core';

export abstract class AppPage {
  /** The label of the page's link in the main navigation, and its h1. */
  abstract readonly title: string;
  /** The hash route, e.g. `#/time`. */
  abstract readonly route: string;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens the page by its address and waits until it has loaded. */
  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/${this.route}`);
    await this.loaded();
    return this;
  }

  /** Opens the page from the main navigation, as a user would. */
  async openFromNav(): Promise<this> {
    await this.navLink(this.title).click();
    await this.loaded();
    return this;
  }

  /** The h1 is the page's and nothing is loading any more. */
  async loaded(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: this.title }).waitFor();
    await this.page.locator('.loading').first().waitFor({ state: 'detached' });
  }

  navLink(name: string): Locator {
    return this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name, exact: true });
  }

  async navLabels(): Promise<string[]> {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();
  }

  get main(): Locator {
    return this.page.locator('main');
  }

  /** The text of the page's content, for "renders something" checks. */
  async mainText(): Promise<string> {
    return (await this.main.innerText()).trim();
  }

  errorBanners(): Locator {
    return this.page.locator('.error-banner');
  }

  demoBanner(): Locator {
    return this.page.getByTestId('demo-banner');
  }

  /** Chart SVGs that recharts drew (not just the empty wrapper). */
  chartSurfaces(): Locator {
    return this.main.locator('.chart svg.recharts-surface');
  }

  /** Form controls without an accessible name (no label, aria-label or aria-labelledby). */
  async unlabelledControls(): Promise<string[]> {
    return this.page.evaluate(`[...document.querySelectorAll('input, select, textarea')]
      .filter((el) => el.type !== 'hidden' && el.labels.length === 0
        && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
      .map((el) => el.outerHTML.slice(0, 120))`);
  }

  /** How far the page scrolls sideways, in px: 0 when it fits the viewport. */
  async horizontalOverflow(): Promise<number> {
    return this.page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
  }

  /**
   * Freshly loaded, the page's first Tab stop is the skip link, and following it moves focus to
   * the main content. Returns the skip link's text and the id of what has focus after.
   */
  async skipToContent(): Promise<{ firstStop: string; focusedAfter: string }> {
    // A reload would restore the old focus position; a fresh load starts at the top.
    await this.page.goto('about:blank');
    await this.open();
    await this.page.keyboard.press('Tab');
    const firstStop = await this.page.evaluate<string>('document.activeElement.textContent');
    await this.page.keyboard.press('Enter');
    const focusedAfter = await this.page.evaluate<string>('document.activeElement.id');
    return { firstStop, focusedAfter };
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
