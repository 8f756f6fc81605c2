// Departments: the A→B heatmap of hours per person-week, flagged cells and verdicts.
import { AppPage } from './app-page.js';

export class DepartmentsPage extends AppPage {
  readonly title = 'Departments';
  readonly route = '#/departments';

  private get heatmap() {
    return this.main.locator('table.heatmap');
  }

  async rowHeaders(): Promise<string[]> {
    return this.heatmap.locator('tbody th').allTextContents();
  }

  /** The text of each flagged cell, e.g. "10.4 ⚑flagged: Sales looks understaffed…". */
  async flaggedCells(): Promise<string[]> {
    return this.heatmap.locator('td.flagged').allTextContents();
  }

  async verdicts(): Promise<string[]> {
    return this.main.locator('.verdicts li').allInnerTexts();
  }
}
