// The sign-in form the server shows before any page, except in demo mode.
import type { Page } from 'playwright-core';

export class SignInPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens the app at `route` (default the overview); signed out, it shows the sign-in form. */
  async open(route = ''): Promise<this> {
    await this.page.goto(`${this.baseUrl}/${route}`);
    await this.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    return this;
  }

  /** Signs in and waits for the signed-in frame (the main navigation). */
  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await this.page.getByRole('navigation', { name: 'Main' }).waitFor();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
