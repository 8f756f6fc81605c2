// Import: the directory CSV and calendar exports through file inputs, with the per-file report.
import { AppPage } from './app-page.js';

export class ImportPage extends AppPage {
  static readonly ROUTE = '#/import';
  readonly title = 'Import';
  readonly route = ImportPage.ROUTE;

  async chooseDirectory(file: string): Promise<void> {
    await this.main.getByLabel('Directory (CSV)').setInputFiles(file);
  }

  async chooseCalendars(files: string[]): Promise<void> {
    await this.main.getByLabel('Calendar exports (.ics)').setInputFiles(files);
  }

  /** The expansion window (`to` exclusive), under "Which dates to read". */
  async setWindow(from: string, to: string): Promise<void> {
    await this.main.getByText('Which dates to read').click();
    await this.main.getByLabel('From').fill(from);
    await this.main.getByLabel('To (exclusive)').fill(to);
  }

  /** Starts the import and waits for it to finish (or fail). */
  async importAll(timeoutMs: number): Promise<void> {
    await this.main.getByRole('button', { name: 'Import' }).click();
    await this.main
      .locator('[data-testid="import-finished"], .error-banner')
      .first()
      .waitFor({ timeout: timeoutMs });
  }

  async finishedMessage(): Promise<string> {
    return this.page.getByTestId('import-finished').innerText();
  }

  async directoryResult(): Promise<string> {
    return this.page.getByTestId('directory-result').innerText();
  }

  /** Each file's result column: "imported" or "not imported". */
  async fileResults(): Promise<string[]> {
    return this.page.getByTestId('file-reports').locator('tbody tr td:last-child').allInnerTexts();
  }
}
