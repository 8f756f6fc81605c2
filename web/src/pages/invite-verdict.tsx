// The verdict of the invite check, announced politely to screen readers as it changes.
import { messageOf } from '../api.js';
import { hours } from '../format.js';
import type { Checked } from './invite-check-page.js';

export function VerdictPanel({ checked }: { checked: Checked }) {
  const answer = checked.status === 'done' ? checked.answer : null;
  return (
    <section
      className={`card verdict ${answer ? `verdict-${answer.verdict}` : ''}`}
      aria-labelledby="verdict-title"
      data-testid="verdict"
    >
      <h2 id="verdict-title">Verdict</h2>
      <div role="status" aria-live="polite" aria-atomic="true" className="verdict-live">
        {checked.status === 'idle' && (
          <p className="muted">
            {checked.missing.length === 0
              ? 'Fill in the invite to see the verdict.'
              : `To check the invite, add ${listed(checked.missing)}.`}
          </p>
        )}
        {checked.status === 'checking' && <p className="muted">Checking…</p>}
        {checked.status === 'failed' && (
          <p className="field-problem">The invite cannot be checked: {messageOf(checked.error)}</p>
        )}
        {answer && (
          <>
            <p className="verdict-word" data-verdict={answer.verdict}>
              {answer.verdict === 'ask-why' ? (
                <>
                  <span aria-hidden="true">? </span>Ask why
                </>
              ) : (
                <>
                  <span aria-hidden="true">✓ </span>OK to send
                </>
              )}
            </p>
            <p className="verdict-reason">{capitalise(answer.reason)}.</p>
            {answer.verdict === 'ask-why' && (
              <p className="verdict-cost">
                <strong>{hours(answer.hoursPerOccurrence, 2)}</strong> of selling time per
                occurrence
                {answer.occurrencesPerYear > 1 && (
                  <>
                    {' '}
                    × {answer.occurrencesPerYear} occurrences in the next 12 months ={' '}
                    <strong>{hours(answer.hoursPerYear, 1)} a year</strong>
                  </>
                )}
                .
              </p>
            )}
          </>
        )}
      </div>
      {answer && answer.questions.length > 0 && (
        <>
          <h3>Questions for the organiser</h3>
          <ul className="questions">
            {answer.questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ul>
        </>
      )}
      {answer && answer.alternatives.length > 0 && (
        <>
          <h3>Instead of inviting them</h3>
          <ul>
            {answer.alternatives.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
      {answer && answer.customerOrientedInvitees.length > 0 && (
        <>
          <h3>Customer-oriented invitees</h3>
          <ul className="plain-list">
            {answer.customerOrientedInvitees.map((c) => (
              <li key={c.email}>
                {c.name} <span className="muted">({c.role})</span> — {c.category}
                {c.counted
                  ? `, ${hours(c.hoursPerOccurrence, 2)} of selling per occurrence`
                  : ', not counted'}
              </li>
            ))}
          </ul>
        </>
      )}
      {answer && answer.unknownInvitees.length > 0 && (
        <p className="warning">
          Not in the directory (counted as not customer-oriented):{' '}
          {answer.unknownInvitees.join(', ')}
        </p>
      )}
      {answer?.warnings?.map((w, i) => (
        <p className="warning" key={i}>
          {w}
        </p>
      ))}
      {answer && answer.externalInvitees.length > 0 && (
        <p className="muted">External guests: {answer.externalInvitees.join(', ')}</p>
      )}
    </section>
  );
}

function listed(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
