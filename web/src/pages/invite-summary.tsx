// What asking "why?" achieved: the decisions logged and the selling time they gave back.
import type { DecisionSummary } from '../api-types.js';
import { Stat } from '../components/stat.js';
import { hours, number } from '../format.js';

export function DecisionSummaryCard({ summary }: { summary: DecisionSummary | null }) {
  return (
    <section className="card" aria-labelledby="summary-title" data-testid="decision-summary">
      <h2 id="summary-title">After asking why</h2>
      {summary === null ? (
        <p className="muted">Loading the decision log…</p>
      ) : (
        <dl className="stats">
          <Stat label="Invites asked about" value={number(summary.asked, 0)} />
          <Stat label="Kept, with an answer" value={number(summary.kept, 0)} />
          <Stat label="Changed" value={number(summary.changed, 0)} />
          <Stat label="Dropped" value={number(summary.dropped, 0)} />
          <Stat
            label="Selling time saved"
            value={hours(summary.sellingHoursPerYearSaved, 0)}
            note="a year"
          />
        </dl>
      )}
    </section>
  );
}
