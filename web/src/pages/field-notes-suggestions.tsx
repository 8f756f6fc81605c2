// Ride-alongs from the calendar: external meetings where a product or marketing person sat in
// with a salesperson (the essay's "go on a few sales calls as an observer"). The ones nobody has
// written up yet come first; "Write up" fills the form with the call.
import { useId, useState } from 'react';
import type { RideAlong, RideAlongs } from '../api-types.js';
import { count, day, lastDay } from '../format.js';

const SHOWN = 6;

/** What to call a sales call in a list or a select. */
export function callLabel(call: RideAlong, withObserver: boolean): string {
  const who = withObserver ? ` · ${call.observer}` : '';
  return `${call.title} · ${day(call.date)} ${call.time}${who}`;
}

export function RideAlongSuggestions(props: {
  answer: RideAlongs;
  /** Admins see everyone's calls, so each names its observer. */
  everyone: boolean;
  onWriteUp(call: RideAlong): void;
}) {
  const id = useId();
  const [all, setAll] = useState(false);
  const open = props.answer.rideAlongs.filter((r) => r.notes.length === 0);
  const written = props.answer.rideAlongs.length - open.length;
  const shown = all ? open : open.slice(0, SHOWN);
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="ride-alongs">
      <h2 id={`${id}-title`}>Sales calls to write up ({open.length})</h2>
      <p className="muted">
        {props.everyone ? 'Calls' : 'Your calls'} with a customer and a salesperson,{' '}
        {day(props.answer.from)} – {lastDay(props.answer.to)}
        {written > 0 && `; ${count(written, 'call')} already written up`}.
      </p>
      {open.length === 0 ? (
        <p className="muted">
          {written === 0
            ? 'No meeting in these weeks had a customer and a salesperson.'
            : 'Nothing left to write up.'}
        </p>
      ) : (
        <ul className="ride-alongs">
          {shown.map((call) => (
            <li key={`${call.occurrence}\n${call.observer}`}>
              <span className="ride-along-call">{callLabel(call, props.everyone)}</span>
              <span className="muted"> with {call.salespeople.join(', ')}</span>{' '}
              <button
                type="button"
                className="secondary small"
                onClick={() => props.onWriteUp(call)}
              >
                Write up<span className="visually-hidden"> {call.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {open.length > SHOWN && (
        <button type="button" className="secondary small" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${open.length}`}
        </button>
      )}
    </section>
  );
}
