// Rule 10: the published figures shown beside selling share.

export interface Benchmark {
  id: 'essay' | 'cso-insights-2011' | 'ipg' | 'ipg-top-performers';
  source: string;
  /** What the source says, in words. */
  claim: string;
  /** The share of time spent selling that the claim implies (fraction 0–1). */
  sellingShare: number;
}

/**
 * The essay gives the non-selling side ("roughly 50% … on things that do not generate revenue"),
 * so its selling share is the remainder, 0.5.
 */
export const BENCHMARKS: readonly Benchmark[] = [
  {
    id: 'essay',
    source: 'Never invite sales people to a meeting (essay)',
    claim: 'roughly 50% of salespeople’s time goes to work that generates no revenue',
    sellingShare: 0.5,
  },
  {
    id: 'cso-insights-2011',
    source: 'CSO Insights 2011',
    claim: '41% of time spent selling',
    sellingShare: 0.41,
  },
  {
    id: 'ipg',
    source: 'Industrial Performance Group',
    claim: '38% of time spent selling',
    sellingShare: 0.38,
  },
  {
    id: 'ipg-top-performers',
    source: 'Industrial Performance Group',
    claim: 'top performers spend 58% of time selling',
    sellingShare: 0.58,
  },
];
