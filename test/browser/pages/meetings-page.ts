// Meetings to reconsider: the invite review and a series' occurrences.
import { AppPage } from './app-page.js';

export class MeetingsPage extends AppPage {
  readonly title = 'Meetings to reconsider';
  readonly route = '#/meetings';

  private get review() {
    return this.main.locator('table.review-table');
  }

  async seriesTitles(): Promise<string[]> {
    return this.review.locator('tbody th').allInnerTexts();
  }

  /** The per-year cost column, as numbers. */
  async hoursPerYear(): Promise<number[]> {
    const cells = await this.review.locator('tbody tr td:last-child').allInnerTexts();
    return cells.map((c) => Number(c.replace(/,/g, '')));
  }

  /** Opens the drill-down of the nth series (0 = the costliest) and waits for its occurrences. */
  async openSeries(index: number): Promise<string> {
    const link = this.review.locator('tbody th a').nth(index);
    const title = await link.innerText();
    await link.click();
    await this.main.getByRole('heading', { name: 'Occurrences' }).waitFor();
    return title;
  }

  async occurrenceRows(): Promise<number> {
    return this.main
      .locator('section', { has: this.page.getByRole('heading', { name: 'Occurrences' }) })
      .locator('tbody tr')
      .count();
  }

  /** Attendee names in the drill-down: there are none unless the viewer is an admin. */
  async attendeeNames(): Promise<string[]> {
    return this.main.locator('.attendee-name').allTextContents();
  }

  async namesAreAdminOnly(): Promise<boolean> {
    return this.page.getByTestId('names-admin-only').isVisible();
  }
}
