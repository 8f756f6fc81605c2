// The organiser's answer to "why?": keep the invite and say why, change it (the form stays
// editable and the change is measured against the invite as first asked about), or drop it.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api, messageOf } from '../api.js';
import type { InviteCheckAnswer, InviteCheckRequest, InviteOutcome } from '../api-types.js';
import { hours } from '../format.js';
import type { Checked } from './invite-check-page.js';
import { sameRequest } from './invite-draft.js';

type Mode = 'choose' | 'keep' | 'change';

interface Asked {
  request: InviteCheckRequest;
  answer: InviteCheckAnswer;
}

export function DecisionPanel(props: { checked: Checked; onLogged(): void; onDropped(): void }) {
  const id = useId();
  const [mode, setMode] = useState<Mode>('choose');
  const [before, setBefore] = useState<Asked | null>(null);
  const [why, setWhy] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [logged, setLogged] = useState<string | null>(null);

  const current: Asked | null =
    props.checked.status === 'done'
      ? { request: props.checked.request, answer: props.checked.answer }
      : null;
  const asking = current?.answer.verdict === 'ask-why';
  if (!asking && mode !== 'change') {
    return logged === null ? null : (
      <p className="card logged" role="status">
        {logged}
      </p>
    );
  }

  const log = async (
    outcome: InviteOutcome,
    asked: Asked,
    after: Asked | null,
    answer?: string,
  ): Promise<void> => {
    setSaving(true);
    setProblem(null);
    try {
      const logged = await api.logDecision({
        check: asked.request,
        ...(after === null ? {} : { changedTo: after.request }),
        verdict: asked.answer.verdict,
        outcome,
        ...(answer === undefined ? {} : { answer }),
        hoursPerYearBefore: asked.answer.hoursPerYear,
        hoursPerYearAfter:
          outcome === 'dropped' ? 0 : (after?.answer.hoursPerYear ?? asked.answer.hoursPerYear),
      });
      setLogged(
        outcome === 'kept'
          ? 'Logged: the invite is kept, with your answer.'
          : `Logged: ${outcome}. That gives back ${hours(logged.hoursPerYearSaved, 1)} of selling time a year.`,
      );
      setMode('choose');
      setBefore(null);
      setWhy('');
      props.onLogged();
      if (outcome === 'dropped') props.onDropped();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setSaving(false);
    }
  };

  const keep = (event: FormEvent) => {
    event.preventDefault();
    if (current === null) return;
    if (why.trim() === '') {
      setProblem('Say why they need to be there, or change the invite.');
      return;
    }
    void log('kept', current, null, why.trim());
  };

  const changedReady =
    mode === 'change' &&
    before !== null &&
    current !== null &&
    !sameRequest(before.request, current.request);

  return (
    <section className="card decision" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your answer</h2>
      {logged !== null && (
        <p className="logged" role="status">
          {logged}
        </p>
      )}
      {mode === 'choose' && current !== null && (
        <div className="decision-choices">
          <button type="button" onClick={() => setMode('keep')}>
            Keep it and answer why
          </button>
          <button
            type="button"
            onClick={() => {
              setBefore(current);
              setMode('change');
              setLogged(null);
            }}
          >
            Change the invite
          </button>
          <button
            type="button"
            className="danger"
            disabled={saving}
            onClick={() => void log('dropped', current, null)}
          >
            Drop the meeting
          </button>
        </div>
      )}
      {mode === 'keep' && (
        <form onSubmit={keep}>
          <div className="field">
            <label htmlFor={`${id}-why`}>Why do they need to be there?</label>
            <textarea
              id={`${id}-why`}
              rows={3}
              value={why}
              required
              onChange={(e) => setWhy(e.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" disabled={saving}>
              Log the answer
            </button>
            <button type="button" className="secondary" onClick={() => setMode('choose')}>
              Back
            </button>
          </div>
        </form>
      )}
      {mode === 'change' && before !== null && (
        <div>
          <p>
            Edit the invite: take salespeople off it, or ask their sales engineer instead. The
            verdict follows your edits.
          </p>
          <p data-testid="change-delta">
            Before: {hours(before.answer.hoursPerYear, 1)} of selling a year. Now:{' '}
            {current === null ? '…' : `${hours(current.answer.hoursPerYear, 1)} a year`}.
          </p>
          <div className="button-row">
            <button
              type="button"
              disabled={!changedReady || saving}
              onClick={() => {
                if (changedReady && current !== null) {
                  void log('changed', before, current);
                }
              }}
            >
              Log the change
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setMode('choose');
                setBefore(null);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {problem !== null && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
