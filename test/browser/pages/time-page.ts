// Where time goes: stacked category bars per role or department, with filters.
import { AppPage } from './app-page.js';

export class TimePage extends AppPage {
  readonly title = 'Where time goes';
  readonly route = '#/time';

  async groupBy(by: 'Department' | 'Role'): Promise<void> {
    await this.main.getByRole('radio', { name: by }).check();
  }

  async filterDepartment(name: string): Promise<void> {
    await this.main.getByRole('combobox', { name: 'Department' }).selectOption(name);
  }

  async filterRole(name: string): Promise<void> {
    await this.main.getByRole('combobox', { name: 'Role' }).selectOption(name);
  }

  /** Stacked segments drawn (one per category per group shown). */
  async barSegments(): Promise<number> {
    return this.main.locator('.chart .recharts-bar-rectangle').count();
  }

  /** Row headers of the figures table: the groups shown. */
  async groupsInTable(): Promise<string[]> {
    return this.main.locator('.chart-data tbody th').allTextContents();
  }

  async status(): Promise<string> {
    return this.main.getByRole('status').last().innerText();
  }
}
