// Field notes: the form that logs a ride-along or interview with its moment rows, the list of
// notes (a member's own, or everyone's for analysts and admins), the sales calls to write up, and
// the notes as CSV.
import { readFile } from 'node:fs/promises';
import type { Locator } from 'playwright-core';
import { AppPage } from './app-page.js';

export interface MomentEntry {
  text: string;
  /** "Struggled" or "Was unsure" (default: struggled). */
  kind?: 'Struggled' | 'Was unsure';
  tags?: string;
  raisedBy?: 'The customer' | 'The salesperson';
  /** A Severity label, e.g. "3 – lost the moment". */
  severity?: string;
}

export interface NoteEntry {
  kind?: 'Ride-along on a sales call' | 'One-on-one interview';
  salespeople: readonly string[];
  date: string;
  account?: string;
  /** A label of the calendar meeting list. */
  meeting?: string;
  moments: readonly MomentEntry[];
}

export interface ListedNote {
  title: string;
  people: string;
  /** "Meeting: …" when the note belongs to a calendar meeting, else "". */
  meeting: string;
  moments: string[];
}

export class FieldNotesPage extends AppPage {
  readonly title = 'Field notes';
  readonly route = '#/notes';

  get form(): Locator {
    return this.main.locator('form.note-form');
  }

  private get list(): Locator {
    return this.page.getByTestId('note-list');
  }

  private momentRow(index: number): Locator {
    return this.form.locator('.moment-row').nth(index);
  }

  async observer(): Promise<{ value: string; readOnly: boolean }> {
    const input = this.form.getByLabel('Observer');
    return {
      value: await input.inputValue(),
      readOnly: (await input.getAttribute('readonly')) !== null,
    };
  }

  /** Fills the form, adding moment rows as needed (the form starts with one). */
  async fill(note: NoteEntry): Promise<void> {
    if (note.kind !== undefined) await this.form.getByLabel(note.kind).check();
    await this.form.getByLabel('Salespeople').fill(note.salespeople.join('\n'));
    await this.form.getByLabel('Date').fill(note.date);
    if (note.account !== undefined) {
      await this.form.getByLabel('Account or deal (optional)').fill(note.account);
    }
    if (note.meeting !== undefined) {
      await this.form
        .getByLabel('Calendar meeting (optional)')
        .selectOption({ label: note.meeting });
    }
    for (const [i, moment] of note.moments.entries()) {
      if ((await this.form.locator('.moment-row').count()) <= i) await this.addMoment();
      await this.fillMoment(i, moment);
    }
  }

  async addMoment(): Promise<void> {
    await this.form.getByRole('button', { name: 'Add a moment' }).click();
  }

  async momentRows(): Promise<number> {
    return this.form.locator('.moment-row').count();
  }

  async removeMoment(index: number): Promise<void> {
    await this.momentRow(index)
      .getByRole('button', { name: `Remove moment ${index + 1}` })
      .click();
  }

  async fillMoment(index: number, moment: MomentEntry): Promise<void> {
    const row = this.momentRow(index);
    await row.getByLabel('What happened').fill(moment.text);
    await row.getByLabel('Struggle or unsure').selectOption({ label: moment.kind ?? 'Struggled' });
    if (moment.tags !== undefined) await row.getByLabel('Topic tags').fill(moment.tags);
    if (moment.raisedBy !== undefined) {
      await row.getByLabel('Raised by').selectOption({ label: moment.raisedBy });
    }
    if (moment.severity !== undefined) {
      await row.getByLabel('Severity').selectOption({ label: moment.severity });
    }
  }

  /** What has focus, as its label or text (to check where focus goes after adding a row). */
  async focusedLabel(): Promise<string> {
    return this.page.evaluate<string>(
      `(() => { const el = document.activeElement; return el.labels?.[0]?.textContent ?? el.textContent; })()`,
    );
  }

  /** Logs the note (or saves the edit) and waits for the confirmation. */
  async submit(): Promise<string> {
    await this.form.getByRole('button', { name: /^(Log|Save) the note$/ }).click();
    const done = this.main.locator('.notes-done');
    await done.waitFor();
    return done.innerText();
  }

  /** The form's problems, after a submit that was refused. */
  async problems(): Promise<string> {
    const problem = this.form.locator('.field-problem');
    await problem.waitFor();
    return problem.innerText();
  }

  /** The list's heading, e.g. "Your notes (1)". */
  async listHeading(): Promise<string> {
    return this.list.getByRole('heading', { level: 2 }).innerText();
  }

  /** Waits until the list heading reads `heading`. */
  async waitForList(heading: string): Promise<void> {
    await this.list.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
  }

  async notes(): Promise<ListedNote[]> {
    const cards = await this.list.locator('article.note').all();
    return Promise.all(
      cards.map(async (card) => ({
        title: await card.getByRole('heading', { level: 3 }).innerText(),
        people: await card.locator('.note-people').innerText(),
        meeting:
          (await card.locator('.note-meeting').count()) === 0
            ? ''
            : await card.locator('.note-meeting').innerText(),
        moments: await card.locator('.note-moment').allInnerTexts(),
      })),
    );
  }

  private note(title: string): Locator {
    return this.list.locator('article.note', {
      has: this.page.getByRole('heading', { level: 3, name: title, exact: true }),
    });
  }

  async edit(title: string): Promise<void> {
    await this.note(title).getByRole('button', { name: /^Edit/ }).click();
    await this.form.getByRole('button', { name: 'Save the note' }).waitFor();
  }

  async delete(title: string): Promise<void> {
    const note = this.note(title);
    await note.getByRole('button', { name: /^Delete the note of/ }).click();
    await note.getByRole('button', { name: 'Delete the note', exact: true }).click();
    await note.waitFor({ state: 'detached' });
  }

  private get calls(): Locator {
    return this.page.getByTestId('ride-alongs');
  }

  /** "Sales calls to write up (n)". */
  async callsHeading(): Promise<string> {
    return this.calls.getByRole('heading', { level: 2 }).innerText();
  }

  /** The calls still to write up, as listed (title · day time). */
  async callsToWriteUp(): Promise<string[]> {
    return this.calls.locator('.ride-along-call').allInnerTexts();
  }

  /** Fills the form from a suggested call. */
  async writeUp(title: string): Promise<void> {
    await this.calls.getByRole('button', { name: `Write up ${title}` }).click();
  }

  /** What the form holds now. */
  async formValues(): Promise<{
    salespeople: string;
    date: string;
    account: string;
    meeting: string;
  }> {
    const meeting = this.form.getByLabel('Calendar meeting (optional)');
    return {
      salespeople: await this.form.getByLabel('Salespeople').inputValue(),
      date: await this.form.getByLabel('Date').inputValue(),
      account: await this.form.getByLabel('Account or deal (optional)').inputValue(),
      meeting:
        (await meeting.count()) === 0 ? '' : await meeting.locator('option:checked').innerText(),
    };
  }

  private get csv(): Locator {
    return this.page.getByTestId('notes-csv');
  }

  /** Follows the download link and returns the file's text. */
  async downloadCsv(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.csv.getByRole('link', { name: /^Download/ }).click(),
    ]);
    return readFile(await download.path(), 'utf8');
  }

  /** Uploads `content` as a CSV named `name`; returns what the page says (done or the problems). */
  async importCsv(name: string, content: string): Promise<string> {
    await this.csv.getByLabel('Add notes from a CSV').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(content),
    });
    await this.csv.getByRole('button', { name: 'Import' }).click();
    const outcome = this.csv.locator('.logged, .field-problem');
    await outcome.waitFor();
    return outcome.innerText();
  }
}
