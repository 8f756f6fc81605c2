// The form that logs a ride-along or an interview, or edits one: who observed whom, when, with
// which account and calendar meeting, and the moments. What is missing is named before anything is
// sent; what the server refuses (someone not in the directory) is shown as it says it.
import { useId, useState } from 'react';
import type { FormEvent, Ref } from 'react';
import { api, messageOf } from '../api.js';
import type { FieldNote } from '../api-types.js';
import { day } from '../format.js';
import { noteOf, withKind, type NoteDraft } from './field-notes-draft.js';
import { MomentRows } from './field-notes-moments.js';

/** A calendar meeting the note may belong to: `UID@KEY` and what to call it. */
export interface OccurrenceOption {
  value: string;
  label: string;
}

export function NoteForm(props: {
  draft: NoteDraft;
  onDraft(draft: NoteDraft): void;
  /** The note being edited, or null for a new one. */
  editing: FieldNote | null;
  /** Members log their own notes: the observer is them. */
  observerFixed: boolean;
  occurrences: OccurrenceOption[];
  headingRef: Ref<HTMLHeadingElement>;
  onSaved(note: FieldNote, edited: boolean): void;
  onCancel(): void;
}) {
  const id = useId();
  const { draft, onDraft, editing } = props;
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const set = <K extends keyof NoteDraft>(key: K, value: NoteDraft[K]) =>
    onDraft({ ...draft, [key]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = noteOf(draft);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      const saved = editing
        ? await api.updateNote(editing.id, result.note)
        : await api.addNote(result.note);
      props.onSaved(saved, editing !== null);
    } catch (error) {
      setProblems([messageOf(error)]);
    } finally {
      setSaving(false);
    }
  };

  const known = props.occurrences.some((o) => o.value === draft.occurrence);
  return (
    <form
      className="card note-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id={`${id}-title`} ref={props.headingRef} tabIndex={-1}>
        {editing
          ? `Edit the ${editing.kind} of ${day(editing.date)}`
          : 'Log a ride-along or interview'}
      </h2>
      <fieldset className="field">
        <legend>Kind</legend>
        <div className="segmented">
          {(['ride-along', 'interview'] as const).map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name={`${id}-kind`}
                value={kind}
                checked={draft.kind === kind}
                onChange={() => onDraft(withKind(draft, kind))}
              />
              {kind === 'ride-along' ? 'Ride-along on a sales call' : 'One-on-one interview'}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-observer`}>Observer</label>
          <input
            id={`${id}-observer`}
            type="email"
            value={draft.observer}
            readOnly={props.observerFixed}
            aria-describedby={props.observerFixed ? `${id}-observer-hint` : undefined}
            onChange={(e) => set('observer', e.target.value)}
          />
          {props.observerFixed && (
            <p id={`${id}-observer-hint`} className="hint">
              You log your own notes.
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={draft.date}
            required
            onChange={(e) => set('date', e.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-salespeople`}>Salespeople</label>
        <textarea
          id={`${id}-salespeople`}
          rows={2}
          value={draft.salespeople}
          aria-describedby={`${id}-salespeople-hint`}
          onChange={(e) => set('salespeople', e.target.value)}
        />
        <p id={`${id}-salespeople-hint`} className="hint">
          Email addresses, one per line or separated by commas, as in the directory.
        </p>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-account`}>Account or deal (optional)</label>
          <input
            id={`${id}-account`}
            value={draft.account}
            onChange={(e) => set('account', e.target.value)}
          />
        </div>
        {(props.occurrences.length > 0 || draft.occurrence !== '') && (
          <div className="field">
            <label htmlFor={`${id}-occurrence`}>Calendar meeting (optional)</label>
            <select
              id={`${id}-occurrence`}
              value={draft.occurrence}
              onChange={(e) => set('occurrence', e.target.value)}
            >
              <option value="">None</option>
              {!known && draft.occurrence !== '' && (
                <option value={draft.occurrence}>{draft.occurrence}</option>
              )}
              {props.occurrences.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <MomentRows
        kind={draft.kind}
        moments={draft.moments}
        disabled={saving}
        onChange={(moments) => set('moments', moments)}
      />
      {problems.length > 0 && (
        <div className="field-problem" role="alert">
          {problems.length === 1 ? (
            <p>{problems[0]}</p>
          ) : (
            <ul className="problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="button-row">
        <button type="submit" disabled={saving}>
          {editing ? 'Save the note' : 'Log the note'}
        </button>
        {editing && (
          <button type="button" className="secondary" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
