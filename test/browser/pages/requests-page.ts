// Requests: the ask form and the board, most votes first, with each request's votes, its voting
// buttons, the on-behalf form and the planners' status and merge tools.
import type { Locator } from 'playwright-core';
import { AppPage } from './app-page.js';

export class RequestsPage extends AppPage {
  readonly title = 'Requests';
  readonly route = '#/requests';

  private get board(): Locator {
    return this.page.getByTestId('request-board');
  }

  private get done(): Locator {
    return this.main.locator('.requests-done');
  }

  /** The request card whose heading is `title`. */
  request(title: string): Locator {
    return this.board.locator('article.request', {
      has: this.page.getByRole('heading', { level: 3, name: title, exact: true }),
    });
  }

  /** Runs `click` and waits for the page to say what happened (the board is reloaded by then). */
  private async andWait(click: Promise<void>, message: RegExp): Promise<string> {
    await click;
    await this.done.filter({ hasText: message }).waitFor();
    return this.done.innerText();
  }

  async ask(ask: { title: string; description?: string; askedBy?: string }): Promise<string> {
    const form = this.main.locator('form.ask-form');
    await form.getByLabel('What would help you sell?').fill(ask.title);
    if (ask.description !== undefined) {
      await form.getByLabel('Details (optional)').fill(ask.description);
    }
    if (ask.askedBy !== undefined) await form.getByLabel('Asked by (optional)').fill(ask.askedBy);
    return this.andWait(
      form.getByRole('button', { name: 'Ask' }).click(),
      new RegExp(`^Asked: “${escape(ask.title)}”`),
    );
  }

  /** Titles on the board (not the merged duplicates), in the order shown. */
  async titles(): Promise<string[]> {
    return this.board
      .locator('ol.request-list')
      .first()
      .locator('article.request h3')
      .allInnerTexts();
  }

  async merged(): Promise<string[]> {
    return this.board
      .locator('ol.request-list')
      .nth(1)
      .locator('article.request h3')
      .allInnerTexts();
  }

  async voteCount(title: string): Promise<number> {
    return Number(await this.request(title).locator('.vote-number').innerText());
  }

  async status(title: string): Promise<string> {
    return this.request(title).locator('.status-badge').innerText();
  }

  async meta(title: string): Promise<string> {
    return this.request(title).locator('.request-meta').innerText();
  }

  /** The votes listed on the card, e.g. ["You", "bo@acme.com (recorded by you)"] without buttons. */
  async voters(title: string): Promise<string[]> {
    return this.request(title).locator('.vote-list .voter').allInnerTexts();
  }

  async canVote(title: string): Promise<boolean> {
    return (
      (await this.request(title)
        .getByRole('button', { name: `Vote for ${title}` })
        .count()) > 0
    );
  }

  async vote(title: string): Promise<string> {
    return this.andWait(
      this.request(title)
        .getByRole('button', { name: `Vote for ${title}` })
        .click(),
      new RegExp(`^You voted for “${escape(title)}”`),
    );
  }

  /** Whether the card offers a vote on someone's behalf. */
  async offersOnBehalf(title: string): Promise<boolean> {
    return (await this.request(title).getByText('Vote for a salesperson you met').count()) > 0;
  }

  async voteFor(title: string, salesperson: string): Promise<string> {
    return this.andWait(
      this.recordVoteFor(title, salesperson),
      new RegExp(`^Recorded ${escape(salesperson)}’s vote for “${escape(title)}”`),
    );
  }

  /** Tries to record a vote for `salesperson` that the server refuses; returns why. */
  async refusedVoteFor(title: string, salesperson: string): Promise<string> {
    await this.recordVoteFor(title, salesperson);
    return this.cardProblem(title);
  }

  private async recordVoteFor(title: string, salesperson: string): Promise<void> {
    const tools = this.request(title).locator('details', {
      hasText: 'Vote for a salesperson you met',
    });
    if ((await tools.getAttribute('open')) === null) await tools.locator('summary').click();
    await tools.getByLabel('Salesperson’s email').fill(salesperson);
    await tools.getByRole('button', { name: 'Record their vote' }).click();
  }

  /** Removes the vote of `who` ("your" for your own). */
  async removeVote(title: string, who: string): Promise<string> {
    const whose = who === 'your' ? 'your' : `${who}’s`;
    return this.andWait(
      this.request(title)
        .getByRole('button', { name: `Remove ${whose} vote` })
        .click(),
      new RegExp(`^Removed ${escape(whose)} vote for “${escape(title)}”`),
    );
  }

  private async plannerTools(title: string): Promise<Locator> {
    const tools = this.request(title).locator('details', { hasText: 'Status and merging' });
    if ((await tools.getAttribute('open')) === null) await tools.locator('summary').click();
    return tools;
  }

  async offersPlannerTools(title: string): Promise<boolean> {
    return (await this.request(title).getByText('Status and merging').count()) > 0;
  }

  /** Sets the status by its label, e.g. "Planned". */
  async setStatus(title: string, status: string): Promise<string> {
    const tools = await this.plannerTools(title);
    await tools.getByLabel('New status').selectOption({ label: status });
    return this.andWait(
      tools.getByRole('button', { name: 'Set the status' }).click(),
      new RegExp(`^“${escape(title)}” is now ${status.toLowerCase()}`),
    );
  }

  /** Merges `title` into the request titled `into`; returns what the page says. */
  async merge(title: string, into: string): Promise<string> {
    const tools = await this.plannerTools(title);
    const select = tools.getByLabel('A duplicate of');
    const option = select.locator('option', { hasText: new RegExp(`^${escape(into)} \\(`) });
    await select.selectOption(await option.getAttribute('value'));
    return this.andWait(
      tools.getByRole('button', { name: 'Merge into it' }).click(),
      new RegExp(`^Merged “${escape(title)}” into “${escape(into)}”`),
    );
  }

  /** The text of whatever has focus. */
  async focused(): Promise<string> {
    return this.page.evaluate<string>('document.activeElement.textContent');
  }

  async cardProblem(title: string): Promise<string> {
    const problem = this.request(title).locator('.field-problem');
    await problem.waitFor();
    return problem.innerText();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
