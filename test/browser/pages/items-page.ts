// Enablement plan: the ranked items with their score inputs, the add-item form, the plan under a
// budget, an item's detail with shipping and closing the loop. API helpers (`viaApi`) share the
// browser context's session, for data that is quicker to set up than to type.
import type { APIResponse, Locator } from 'playwright-core';
import { AppPage } from './app-page.js';

export interface EnteredItem {
  title: string;
  /** A label of the Kind list, e.g. "Customer worksheet". */
  kind: string;
  effortDays: number;
  cost: number;
  confidence?: number;
  hoursPerWeek: number;
}

export interface DerivedItem extends Omit<EnteredItem, 'hoursPerWeek'> {
  timesPerWeek: number;
  salespeople: number;
  minutesLost: number;
}

export interface PlanSetShown {
  titles: string[];
  days: string;
  money: string;
  hoursPerYear: string;
}

export class ItemsPage extends AppPage {
  static readonly ROUTE = '#/items';
  readonly title = 'Enablement plan';
  readonly route = ItemsPage.ROUTE;

  private get rows(): Locator {
    return this.page.getByTestId('items-rows');
  }

  private get addForm(): Locator {
    return this.main.getByRole('form', { name: 'Add an item' });
  }

  /** Loads the page afresh (after changes made through the API). */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.loaded();
  }

  /** Titles in the order the list shows them, once it shows `method`'s scores. */
  async rankedTitles(method: 'hours-per-day' | 'rice' = 'hours-per-day'): Promise<string[]> {
    await this.page.locator(`[data-testid="items-rows"][data-method="${method}"]`).waitFor();
    return this.rows.locator('a.item-title').allInnerTexts();
  }

  async scores(): Promise<string[]> {
    return this.rows.locator('td.item-score').allInnerTexts();
  }

  /** The text of an item's row (score, its inputs, derivation, evidence). */
  async rowText(title: string): Promise<string> {
    return this.rows
      .locator('tr', { has: this.page.getByRole('link', { name: title }) })
      .innerText();
  }

  /** The cells of an item's row by column header. */
  async rowCells(title: string): Promise<Record<string, string>> {
    const headers = await this.main.locator('table.items-table thead th').allInnerTexts();
    const row = this.rows.locator('tr', { has: this.page.getByRole('link', { name: title }) });
    const cells = await row.locator('th, td').allInnerTexts();
    return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
  }

  /** Ticks "Include shipped and dropped items" and waits for the list with them. */
  async includeClosed(): Promise<void> {
    await this.main.getByRole('checkbox', { name: 'Include shipped and dropped items' }).check();
    await this.rows
      .locator('.item-meta', { hasText: /shipped|dropped/ })
      .first()
      .waitFor();
  }

  async scoreBy(label: string): Promise<void> {
    await this.main.getByRole('radio', { name: label }).check();
  }

  private async fillCommon(item: EnteredItem | DerivedItem): Promise<void> {
    await this.addForm.getByLabel('Title').fill(item.title);
    await this.addForm.getByLabel('Kind').selectOption({ label: item.kind });
    await this.addForm.getByLabel('Effort (person-days)').fill(String(item.effortDays));
    await this.addForm.getByLabel('Cost (money)').fill(String(item.cost));
    await this.addForm.getByLabel('Confidence (0–1)').fill(String(item.confidence ?? 1));
  }

  async addEntered(item: EnteredItem): Promise<void> {
    await this.fillCommon(item);
    await this.addForm.getByRole('radio', { name: 'Entered' }).check();
    await this.addForm.getByLabel('Hours a week').fill(String(item.hoursPerWeek));
    await this.submitAdd(item.title);
  }

  /** Fills a derived item and returns the preview of the sum before adding it. */
  async addDerived(item: DerivedItem): Promise<string> {
    await this.fillCommon(item);
    await this.addForm.getByRole('radio', { name: /^Derived/ }).check();
    await this.addForm
      .getByLabel('Times a week (each salesperson)')
      .fill(String(item.timesPerWeek));
    await this.addForm.getByLabel('Salespeople affected').fill(String(item.salespeople));
    await this.addForm.getByLabel('Minutes lost each time').fill(String(item.minutesLost));
    const preview = await this.addForm.locator('.items-hours-preview').innerText();
    await this.submitAdd(item.title);
    return preview;
  }

  private async submitAdd(title: string): Promise<void> {
    await this.addForm.getByRole('button', { name: 'Add the item' }).click();
    await this.page.getByTestId('item-added').getByText(title).waitFor();
    await this.rows.getByRole('link', { name: title, exact: true }).waitFor();
  }

  /** Submits the add form as it is and returns the problems it names. */
  async addInvalid(title: string): Promise<string> {
    await this.addForm.getByLabel('Title').fill(title);
    await this.addForm.getByRole('button', { name: 'Add the item' }).click();
    return this.addForm.locator('p.field-problem[role="alert"]').innerText();
  }

  async focusedLabel(): Promise<string> {
    return this.page.evaluate<string>("document.activeElement?.labels?.[0]?.textContent ?? ''");
  }

  /**
   * Enters the budget, asks for the plan and waits for the plan of exactly that budget (or, with
   * `empty`, for the plan's word that there is nothing to plan).
   */
  async planFor(days: number, money: number, options: { empty?: boolean } = {}): Promise<void> {
    const form = this.main.getByRole('form', { name: 'Budget' });
    await form.getByLabel('Person-days available').fill(String(days));
    await form.getByLabel('Money available').fill(String(money));
    await form.getByRole('button', { name: 'Make the plan' }).click();
    await this.page.locator(`[data-testid="plan"][data-budget="${days}/${money}"]`).waitFor();
    if (options.empty) await this.page.getByTestId('plan-no-items').waitFor();
  }

  async planEmpty(): Promise<string> {
    return this.page.getByTestId('plan-no-items').innerText();
  }

  /** What the hires section says when there is no calendar time to suggest from. */
  async staffingNone(): Promise<string> {
    await this.page.locator('[data-testid="staffing"][data-state="ready"]').waitFor();
    return this.page.getByTestId('staffing-none').innerText();
  }

  /** The budget form's own complaint (no request is made). */
  async planProblem(days: string, money: string): Promise<string> {
    const form = this.main.getByRole('form', { name: 'Budget' });
    await form.getByLabel('Person-days available').fill(days);
    await form.getByLabel('Money available').fill(money);
    await form.getByRole('button', { name: 'Make the plan' }).click();
    return form.locator('[role="alert"]').innerText();
  }

  async planSet(which: 'greedy' | 'best'): Promise<PlanSetShown> {
    const set = this.page.getByTestId(`plan-${which}`);
    const figure = (label: string) =>
      set
        .locator('.stat', { has: this.page.locator('dt', { hasText: label }) })
        .locator('.stat-value')
        .innerText();
    return {
      titles: await set.locator('.plan-item-title').allInnerTexts(),
      days: await figure('Person-days'),
      money: await figure('Money'),
      hoursPerYear: await figure('Selling hours a year'),
    };
  }

  /** Each line of a plan's list: the title and what the item uses and frees. */
  async planLines(which: 'greedy' | 'best'): Promise<string[]> {
    return this.page.getByTestId(`plan-${which}`).locator('.plan-items li').allInnerTexts();
  }

  /** The place numbers the plan's lists show beside each title (the list's order). */
  async planPositions(which: 'greedy' | 'best'): Promise<string[]> {
    const items = this.page.getByTestId(`plan-${which}`).locator('.plan-items li');
    const values: string[] = [];
    for (const item of await items.all()) values.push((await item.getAttribute('value')) ?? '');
    return values;
  }

  async planStop(): Promise<string> {
    return this.page.getByTestId('plan-greedy').locator('.plan-stop').innerText();
  }

  async planDifference(): Promise<string> {
    return this.page.getByTestId('plan-difference').innerText();
  }

  /** Bars recharts drew in the plan's chart. */
  async planBars(): Promise<number> {
    return this.page.getByTestId('plan').locator('.recharts-bar-rectangle').count();
  }

  /** Opens an item from its title in the list, and waits for its detail. */
  async openItem(title: string): Promise<void> {
    await this.rows.getByRole('link', { name: title, exact: true }).click();
    await this.page.getByTestId('item-summary').getByRole('heading', { name: title }).waitFor();
  }

  async itemSummary(): Promise<string> {
    return this.page.getByTestId('item-summary').innerText();
  }

  /** Waits until the item's evidence strength reads `salespeople` and `calls`. */
  async waitForEvidenceStrength(salespeople: number, calls: number): Promise<void> {
    const stat = (label: string, value: number) =>
      this.page
        .getByTestId('item-summary')
        .locator('.stat', { has: this.page.locator('dt', { hasText: label }) })
        .locator('.stat-value', { hasText: new RegExp(`^${value}$`) })
        .waitFor();
    await stat('Salespeople seen', salespeople);
    await stat('Sales calls seen', calls);
  }

  async evidenceText(): Promise<string> {
    const evidence = this.page.getByTestId('item-evidence');
    await evidence.locator('.loading').waitFor({ state: 'detached' });
    return evidence.innerText();
  }

  async ship(date: string): Promise<string> {
    const form = this.main.getByRole('form', { name: 'Ship the item' });
    await form.getByLabel('Shipped on').fill(date);
    await form.getByRole('button', { name: 'Mark shipped' }).click();
    const done = this.page.getByTestId('item-ship').locator('.done');
    await done.waitFor();
    return done.innerText();
  }

  /** Ticks moments (by their text) and requests (by title) under "Link more evidence", links them. */
  async linkEvidence(moments: string[], requests: string[]): Promise<void> {
    const evidence = this.page.getByTestId('item-evidence');
    await evidence.getByText('Link more evidence').click();
    const form = evidence.getByRole('form', { name: 'Link evidence' });
    for (const text of [...moments, ...requests]) {
      await form.getByRole('checkbox', { name: text }).check();
    }
    await form.getByRole('button', { name: 'Link the chosen evidence' }).click();
    for (const text of [...moments, ...requests]) {
      await evidence.locator('.plain-list').getByText(text).first().waitFor();
    }
  }

  loopPanel(): Locator {
    return this.page.getByTestId('item-loop');
  }

  /** Whether the loop shows each person's selling share (admins only). */
  async loopHasPerPerson(): Promise<boolean> {
    await this.loopPanel().locator('.loading').waitFor({ state: 'detached' });
    await this.page.getByTestId('loop-figures').waitFor();
    return (await this.loopPanel().getByText('Each person’s selling share').count()) > 0;
  }

  /** The people to tell, as listed (name, email and why). */
  async loopTell(): Promise<string[]> {
    await this.loopPanel().locator('.loading').waitFor({ state: 'detached' });
    return this.page.getByTestId('loop-tell').locator(':scope > li').allInnerTexts();
  }

  /** Each row of the before/after table: its figure's name → [before, after]. */
  async loopFigures(): Promise<Record<string, [string, string]>> {
    const rows = await this.page.getByTestId('loop-figures').locator('tr').all();
    const figures: Record<string, [string, string]> = {};
    for (const row of rows) {
      const name = (await row.locator('th').innerText()).split('\n')[0]!;
      const [before = '', after = ''] = await row.locator('td').allInnerTexts();
      figures[name] = [before, after];
    }
    return figures;
  }

  // The backlog CSV and the staffing suggestions.

  async importBacklog(file: string): Promise<string> {
    const form = this.main.getByRole('form', { name: 'Import a backlog' });
    await form.getByLabel('Backlog (CSV)').setInputFiles(file);
    await form.getByRole('button', { name: 'Import the backlog' }).click();
    const result = this.page.getByTestId('items-import-result');
    await result.locator('.done, .error-banner').first().waitFor();
    return result.innerText();
  }

  /** The problems listed under a refused import, one per line of the file. */
  async importProblems(): Promise<string[]> {
    return this.page.getByTestId('items-import-result').locator('.problems li').allInnerTexts();
  }

  private get staffing(): Locator {
    return this.page.getByTestId('staffing');
  }

  async staffingTitles(): Promise<string[]> {
    await this.page.locator('[data-testid="staffing"][data-state="ready"]').waitFor();
    return this.staffing.locator('article h3').allInnerTexts();
  }

  /** A suggestion's figures by label ("Hours absorbed a week", "FTE absorbed", …). */
  async staffingFigures(title: string): Promise<Record<string, string>> {
    const card = this.staffing.getByRole('article', { name: title });
    const labels = await card.locator('.stat dt').allInnerTexts();
    const values = await card.locator('.stat .stat-value').allInnerTexts();
    return Object.fromEntries(labels.map((l, i) => [l, values[i] ?? '']));
  }

  /** Adds a suggestion as an item with its effort and cost; waits until it says it is listed. */
  async addSuggestion(title: string, effortDays: number, cost: number): Promise<void> {
    const card = this.staffing.getByRole('article', { name: title });
    await card.getByLabel('Effort (person-days)').fill(String(effortDays));
    await card.getByLabel('Cost (money)').fill(String(cost));
    await card.getByRole('button', { name: 'Add as an item' }).click();
    await card.getByText('On the list:').waitFor();
  }

  // The API, as the signed-in browser: its cookie and its CSRF token.

  private async csrf(): Promise<string> {
    const res = await this.page.request.get(`${this.baseUrl}/api/session`);
    return ((await res.json()) as { csrfToken: string }).csrfToken;
  }

  async postViaApi(path: string, body: unknown): Promise<unknown> {
    const res: APIResponse = await this.page.request.post(`${this.baseUrl}${path}`, {
      data: body,
      headers: { 'X-CSRF-Token': await this.csrf() },
    });
    if (!res.ok()) throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`);
    return res.json();
  }
}
