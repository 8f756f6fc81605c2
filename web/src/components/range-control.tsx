// The date range every report page reads. People think in last days included; the API's `to` is
// exclusive (PRODUCT.md rule 5), so the form adds a day on the way out.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { Report } from '../api-types.js';
import { count, day, lastDay } from '../format.js';
import { useReportData } from '../report-data.js';

function shiftDay(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function RangeControl(props: { report: Report | null }) {
  const { range, setRange, bounds } = useReportData();
  const min = bounds?.from ?? undefined;
  const max = bounds?.to ? shiftDay(bounds.to, -1) : undefined;
  const shown = props.report?.range ?? null;
  const [from, setFrom] = useState(range?.from ?? shown?.from ?? '');
  const [to, setTo] = useState(
    range ? shiftDay(range.to, -1) : shown ? shiftDay(shown.to, -1) : '',
  );
  const [problem, setProblem] = useState<string | null>(null);

  // Fill the fields with the server's default range once it is known.
  useEffect(() => {
    if (shown && range === null) {
      setFrom(shown.from);
      setTo(shiftDay(shown.to, -1));
    }
  }, [shown?.from, shown?.to, range]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (from === '' || to === '') return setProblem('Choose both days.');
    if (to < from) return setProblem('The last day comes before the first.');
    setProblem(null);
    setRange({ from, to: shiftDay(to, 1) });
  };

  return (
    <form className="range-control" onSubmit={apply} aria-label="Date range">
      <div className="field">
        <label htmlFor="range-from">From</label>
        <input
          id="range-from"
          type="date"
          value={from}
          min={min}
          max={max}
          required
          onChange={(e) => setFrom(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="range-to">To (last day)</label>
        <input
          id="range-to"
          type="date"
          value={to}
          min={min}
          max={max}
          required
          onChange={(e) => setTo(e.target.value)}
        />
      </div>
      <button type="submit">Apply</button>
      {range !== null && (
        <button type="button" className="secondary" onClick={() => setRange(null)}>
          Last 13 weeks
        </button>
      )}
      {problem !== null && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      {shown && (
        <p className="range-shown muted" aria-live="polite">
          Showing {day(shown.from)} – {lastDay(shown.to)} (
          {count(Number(shown.weeks.toFixed(1)), 'week')}, {shown.timezone})
        </p>
      )}
    </form>
  );
}
