// Overview: the headline, selling share per role against the benchmarks, the weekly trend.
import { AppPage } from './app-page.js';

export class OverviewPage extends AppPage {
  readonly title = 'Overview';
  readonly route = '#/overview';

  async headline(): Promise<string> {
    return this.main.locator('.headline-text').innerText();
  }

  /** Bars drawn in the selling-share chart. */
  async sellingShareBars(): Promise<number> {
    return this.figure('Selling share per customer-oriented role')
      .locator('.recharts-bar-rectangle')
      .count();
  }

  /** Benchmark labels drawn on the selling-share chart, e.g. "41%". */
  async benchmarkLabels(): Promise<string[]> {
    return this.figure('Selling share per customer-oriented role')
      .locator('text.recharts-label')
      .allTextContents();
  }

  /** Lines drawn in the weekly trend. */
  async trendLines(): Promise<number> {
    return this.figure('Weekly trend').locator('path.recharts-line-curve').count();
  }

  private figure(title: string) {
    return this.main.locator('figure', { has: this.page.getByRole('heading', { name: title }) });
  }
}
