// Invite check: the form, the as-you-type verdict, the organiser's decision and the summary.
import { AppPage } from './app-page.js';

export interface Invite {
  title: string;
  organizer: string;
  attendees: string[];
  /** A label of the Repeats list, e.g. "Every week". */
  repeats?: string;
}

export class InviteCheckPage extends AppPage {
  readonly title = 'Invite check';
  readonly route = '#/invite';

  private get verdictPanel() {
    return this.page.getByTestId('verdict');
  }

  async fill(invite: Invite): Promise<void> {
    await this.main.getByLabel('Title').fill(invite.title);
    await this.main.getByLabel('Organiser’s email').fill(invite.organizer);
    await this.setAttendees(invite.attendees);
    if (invite.repeats !== undefined) {
      await this.main.getByLabel('Repeats').selectOption({ label: invite.repeats });
    }
  }

  async setAttendees(attendees: string[]): Promise<void> {
    await this.main.getByLabel('Invitees').fill(attendees.join('\n'));
  }

  /** Waits for a verdict ("ask-why" or "ok") and returns it. */
  async verdict(expected?: 'ask-why' | 'ok'): Promise<string> {
    const word = expected
      ? this.verdictPanel.locator(`.verdict-word[data-verdict="${expected}"]`)
      : this.verdictPanel.locator('.verdict-word');
    await word.waitFor();
    return (await word.getAttribute('data-verdict')) ?? '';
  }

  async questions(): Promise<string[]> {
    return this.verdictPanel.locator('.questions li').allInnerTexts();
  }

  /** Waits until the verdict lists this many questions. */
  async waitForQuestions(count: number): Promise<void> {
    await this.verdictPanel
      .locator('.questions li')
      .nth(count - 1)
      .waitFor();
    await this.verdictPanel.locator('.questions li').nth(count).waitFor({ state: 'detached' });
  }

  async cost(): Promise<string> {
    return this.verdictPanel.locator('.verdict-cost').innerText();
  }

  /** The verdict region screen readers hear as it changes. */
  async liveRegionPoliteness(): Promise<string | null> {
    return this.verdictPanel.locator('.verdict-live').getAttribute('aria-live');
  }

  async startChanging(): Promise<void> {
    await this.main.getByRole('button', { name: 'Change the invite' }).click();
  }

  async logChange(): Promise<void> {
    // click() waits until the button is enabled: the edited invite has been checked.
    await this.main.getByRole('button', { name: 'Log the change' }).click();
    await this.main.locator('.logged').waitFor();
  }

  async loggedMessage(): Promise<string> {
    return this.main.locator('.logged').innerText();
  }

  /** A figure of the "After asking why" summary, e.g. "Changed". */
  async summaryFigure(label: string): Promise<string> {
    const stat = this.page
      .getByTestId('decision-summary')
      .locator('.stat', { has: this.page.locator('dt', { hasText: label }) });
    return stat.locator('.stat-value').innerText();
  }

  /** Waits for the summary's figure to read `value`. */
  async waitForSummary(label: string, value: string): Promise<void> {
    await this.page
      .getByTestId('decision-summary')
      .locator('.stat', { has: this.page.locator('dt', { hasText: label }) })
      .locator('.stat-value', { hasText: new RegExp(`^${value}$`) })
      .waitFor();
  }
}
