// A chart with its caption and the same figures as a table, for screen readers and for anyone who
// wants the numbers: assistive technology reads the chart as one image with a summary, and the
// table beside it holds every figure.
import type { ReactNode } from 'react';

export function ChartFigure(props: {
  title: string;
  description: ReactNode;
  /** What the chart shows, in a sentence, for screen readers. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <figure className="chart-figure">
      <figcaption>
        <h2>{props.title}</h2>
        <p className="muted">{props.description}</p>
      </figcaption>
      <div className="chart" role="img" aria-label={props.summary}>
        {props.chart}
      </div>
      <details className="chart-data">
        <summary>Show the figures as a table</summary>
        {props.table}
      </details>
    </figure>
  );
}
