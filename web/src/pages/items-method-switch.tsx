// How the list is scored (hours per person-day or RICE) and whether closed items are shown.
import { useId } from 'react';
import type { ScoringMethod } from '../api-types.js';

export const METHOD_LABELS: Record<ScoringMethod, string> = {
  'hours-per-day': 'Selling hours a year per person-day',
  rice: 'RICE: reach × impact × confidence ÷ effort',
};

export function ItemsMethodSwitch(props: {
  method: ScoringMethod;
  onMethod(method: ScoringMethod): void;
  showClosed: boolean;
  onShowClosed(show: boolean): void;
}) {
  const id = useId();
  return (
    <div className="items-controls">
      <fieldset className="field">
        <legend>Score by</legend>
        <div className="segmented">
          {(Object.keys(METHOD_LABELS) as ScoringMethod[]).map((method) => (
            <label key={method}>
              <input
                type="radio"
                name={`${id}-method`}
                value={method}
                checked={props.method === method}
                onChange={() => props.onMethod(method)}
              />
              {METHOD_LABELS[method]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field segmented">
        <label>
          <input
            type="checkbox"
            checked={props.showClosed}
            onChange={(e) => props.onShowClosed(e.target.checked)}
          />
          Include shipped and dropped items
        </label>
      </div>
    </div>
  );
}
