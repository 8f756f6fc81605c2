// Shipping an item: on a date (today by default), which also marks shipped the requests it answers
// — how the salespeople who asked hear back. After it ships, closing the loop.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api.js';
import type { EnablementItem } from '../api-types.js';
import { ErrorBanner } from '../components/page-state.js';
import { count, day } from '../format.js';
import { today } from './items-format.js';

export function ItemShip(props: { item: EnablementItem; onShipped(): void }) {
  const id = useId();
  const { item } = props;
  const [date, setDate] = useState(today);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [answered, setAnswered] = useState<number | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setProblem('Choose the day it shipped.');
      return;
    }
    setProblem(null);
    setFailure(null);
    setSaving(true);
    try {
      const shipped = await api.shipItem(item.id, date);
      setAnswered(shipped.requestsShipped.length);
      props.onShipped();
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  if (item.status === 'dropped') return null;
  return (
    <section className="card" aria-labelledby={`${id}-heading`} data-testid="item-ship">
      <h2 id={`${id}-heading`}>Shipping</h2>
      {item.status === 'shipped' ? (
        <p className="done" role="status">
          Shipped on {item.shippedAt === null ? 'an unknown day' : day(item.shippedAt)}.
          {answered === null
            ? ''
            : ` ${count(answered, 'request')} it answers ${answered === 1 ? 'is' : 'are'} now marked shipped.`}
        </p>
      ) : (
        <form className="filters" onSubmit={(e) => void submit(e)} aria-label="Ship the item">
          <div className="field">
            <label htmlFor={`${id}-date`}>Shipped on</label>
            <input
              id={`${id}-date`}
              type="date"
              value={date}
              required
              onChange={(e) => setDate(e.target.value)}
            />
          </div>
          <button type="submit" disabled={saving} className="ship-button">
            {saving ? 'Marking shipped…' : 'Mark shipped'}
          </button>
          {problem !== null && (
            <p className="field-problem range-shown" role="alert">
              {problem}
            </p>
          )}
        </form>
      )}
      {failure !== null && <ErrorBanner error={failure} title="The item was not shipped." />}
    </section>
  );
}
