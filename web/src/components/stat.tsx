// One headline figure with its label.
import type { ReactNode } from 'react';

export function Stat(props: { label: string; value: ReactNode; note?: ReactNode }) {
  return (
    <div className="stat">
      <dt>{props.label}</dt>
      <dd>
        <span className="stat-value">{props.value}</span>
        {props.note !== undefined && <span className="stat-note">{props.note}</span>}
      </dd>
    </div>
  );
}
