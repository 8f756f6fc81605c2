// Invite check: before a salesperson is invited, ask why. The verdict, its cost and the questions
// follow the form as you type; after an "ask why" the organiser keeps the invite with an answer,
// changes it or drops it, and every decision is logged.
import { useEffect, useId, useState } from 'react';
import { api } from '../api.js';
import type { DecisionSummary, InviteCheckAnswer, InviteCheckRequest } from '../api-types.js';
import { PageHeading } from '../components/page-heading.js';
import { ErrorBanner } from '../components/page-state.js';
import { DecisionPanel } from './invite-decision.js';
import {
  DURATIONS,
  RECURRENCES,
  draftRequest,
  nextMondayMorning,
  type InviteForm,
} from './invite-draft.js';
import { DecisionSummaryCard } from './invite-summary.js';
import { VerdictPanel } from './invite-verdict.js';

const CUSTOM = 'custom';

export type Checked =
  | { status: 'idle'; missing: string[] }
  | { status: 'checking'; request: InviteCheckRequest }
  | { status: 'done'; request: InviteCheckRequest; answer: InviteCheckAnswer }
  | { status: 'failed'; request: InviteCheckRequest; error: unknown };

function emptyForm(): InviteForm {
  return {
    title: '',
    organizer: '',
    attendees: '',
    start: nextMondayMorning(new Date()),
    durationMinutes: 60,
    rrule: '',
  };
}

export function InviteCheckPage() {
  const id = useId();
  const [form, setForm] = useState<InviteForm>(emptyForm);
  const [customRule, setCustomRule] = useState(false);
  const [checked, setChecked] = useState<Checked>({ status: 'idle', missing: [] });
  const [summary, setSummary] = useState<DecisionSummary | null>(null);
  const [summaryError, setSummaryError] = useState<unknown>(null);
  const draft = draftRequest(form);
  const draftKey = draft.ok ? JSON.stringify(draft.request) : `missing:${draft.missing.join('|')}`;

  // Check as the organiser types, a moment after the last keystroke.
  useEffect(() => {
    if (!draft.ok) {
      setChecked({ status: 'idle', missing: draft.missing });
      return undefined;
    }
    const request = draft.request;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setChecked({ status: 'checking', request });
      api.inviteCheck(request, controller.signal).then(
        (answer) => setChecked({ status: 'done', request, answer }),
        (error: unknown) => {
          if (!controller.signal.aborted) setChecked({ status: 'failed', request, error });
        },
      );
    }, 300);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
    // draftKey stands for the draft: a new object each render, the same request as text.
  }, [draftKey]);

  const refreshSummary = () =>
    api.decisionSummary().then(
      (s) => {
        setSummary(s);
        setSummaryError(null);
      },
      (error: unknown) => setSummaryError(error),
    );
  useEffect(() => {
    void refreshSummary();
  }, []);

  const set = <K extends keyof InviteForm>(key: K, value: InviteForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const recurrence = customRule
    ? CUSTOM
    : (RECURRENCES.find((r) => r.rrule === form.rrule)?.rrule ?? CUSTOM);

  return (
    <>
      <PageHeading intro="Before you invite a salesperson to a meeting, ask why. The verdict updates as you type.">
        Invite check
      </PageHeading>
      <div className="invite-layout">
        <form className="card invite-form" aria-label="Invite" onSubmit={(e) => e.preventDefault()}>
          <h2>The invite</h2>
          <div className="field">
            <label htmlFor={`${id}-title`}>Title</label>
            <input
              id={`${id}-title`}
              value={form.title}
              onChange={(e) => set('title', e.target.value)}
              placeholder="e.g. Roadmap planning"
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-organizer`}>Organiser’s email</label>
            <input
              id={`${id}-organizer`}
              type="email"
              autoComplete="email"
              value={form.organizer}
              onChange={(e) => set('organizer', e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-attendees`}>Invitees</label>
            <textarea
              id={`${id}-attendees`}
              rows={4}
              value={form.attendees}
              aria-describedby={`${id}-attendees-hint`}
              onChange={(e) => set('attendees', e.target.value)}
            />
            <p id={`${id}-attendees-hint`} className="hint">
              Email addresses, one per line or separated by commas. Rooms are ignored.
            </p>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-start`}>Starts</label>
              <input
                id={`${id}-start`}
                type="datetime-local"
                value={form.start}
                onChange={(e) => set('start', e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-duration`}>Length</label>
              <select
                id={`${id}-duration`}
                value={form.durationMinutes}
                onChange={(e) => set('durationMinutes', Number(e.target.value))}
              >
                {DURATIONS.map((m) => (
                  <option key={m} value={m}>
                    {m < 60 ? `${m} minutes` : `${m / 60} hour${m === 60 ? '' : 's'}`}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-repeat`}>Repeats</label>
            <select
              id={`${id}-repeat`}
              value={recurrence}
              onChange={(e) => {
                const custom = e.target.value === CUSTOM;
                setCustomRule(custom);
                if (!custom) set('rrule', e.target.value);
              }}
            >
              {RECURRENCES.map((r) => (
                <option key={r.label} value={r.rrule}>
                  {r.label}
                </option>
              ))}
              <option value={CUSTOM}>Custom rule (RRULE)…</option>
            </select>
          </div>
          {recurrence === CUSTOM && (
            <div className="field">
              <label htmlFor={`${id}-rrule`}>Recurrence rule</label>
              <input
                id={`${id}-rrule`}
                value={form.rrule}
                placeholder="FREQ=WEEKLY;BYDAY=TU;COUNT=10"
                spellCheck={false}
                onChange={(e) => set('rrule', e.target.value)}
              />
            </div>
          )}
        </form>
        <div className="invite-side">
          <VerdictPanel checked={checked} />
          <DecisionPanel
            checked={checked}
            onLogged={() => void refreshSummary()}
            onDropped={() => {
              setForm(emptyForm());
              setCustomRule(false);
            }}
          />
        </div>
      </div>
      {summaryError !== null ? (
        <ErrorBanner error={summaryError} title="The decision log could not be loaded." />
      ) : (
        <DecisionSummaryCard summary={summary} />
      )}
    </>
  );
}
