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

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
