// The moments of a field note, one fieldset per row: what happened, struggle or unsure, tags, who
// raised it and how bad it was. Adding a row puts the cursor in it; removing one moves focus to
// the next row (or the add button), so keyboard users never fall back to the top of the page.
import { useEffect, useId, useRef } from 'react';
import type { NoteMoment } from '../api-types.js';
import { emptyMoment, type MomentDraft, type NoteKind } from './field-notes-draft.js';

export const SEVERITIES: { value: NoteMoment['severity']; label: string }[] = [
  { value: 1, label: '1 – minor' },
  { value: 2, label: '2 – held them up' },
  { value: 3, label: '3 – lost the moment' },
];

export function MomentRows(props: {
  kind: NoteKind;
  moments: MomentDraft[];
  disabled: boolean;
  onChange(moments: MomentDraft[]): void;
}) {
  const { moments, onChange } = props;
  const texts = useRef(new Map<number, HTMLTextAreaElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<number | 'add' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'add') addButton.current?.focus();
    else if (target !== null) texts.current.get(target)?.focus();
  }, [moments]);

  const update = (key: number, change: Partial<MomentDraft>) =>
    onChange(moments.map((m) => (m.key === key ? { ...m, ...change } : m)));
  const add = () => {
    const moment = emptyMoment(props.kind);
    focusNext.current = moment.key;
    onChange([...moments, moment]);
  };
  const remove = (index: number) => {
    const next = moments[index + 1] ?? moments[index - 1];
    focusNext.current = next === undefined ? 'add' : next.key;
    onChange(moments.filter((_, i) => i !== index));
  };

  return (
    <fieldset className="field moments-fieldset">
      <legend>Moments</legend>
      <p className="hint">Where the salesperson struggled or was unsure, one moment per row.</p>
      {moments.length === 0 && <p className="muted">No moments yet.</p>}
      <ol className="moment-rows">
        {moments.map((moment, index) => (
          <li key={moment.key}>
            <MomentRow
              moment={moment}
              number={index + 1}
              disabled={props.disabled}
              textRef={(el) => {
                if (el === null) texts.current.delete(moment.key);
                else texts.current.set(moment.key, el);
              }}
              onChange={(change) => update(moment.key, change)}
              onRemove={() => remove(index)}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="secondary"
        ref={addButton}
        disabled={props.disabled}
        onClick={add}
      >
        Add a moment
      </button>
    </fieldset>
  );
}

function MomentRow(props: {
  moment: MomentDraft;
  number: number;
  disabled: boolean;
  textRef(el: HTMLTextAreaElement | null): void;
  onChange(change: Partial<MomentDraft>): void;
  onRemove(): void;
}) {
  const id = useId();
  const { moment, onChange } = props;
  return (
    <fieldset className="moment-row" disabled={props.disabled}>
      <legend>Moment {props.number}</legend>
      <div className="field">
        <label htmlFor={`${id}-text`}>What happened</label>
        <textarea
          id={`${id}-text`}
          ref={props.textRef}
          rows={2}
          value={moment.text}
          onChange={(e) => onChange({ text: e.target.value })}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Struggle or unsure</label>
          <select
            id={`${id}-kind`}
            value={moment.kind}
            onChange={(e) => onChange({ kind: e.target.value as NoteMoment['kind'] })}
          >
            <option value="struggle">Struggled</option>
            <option value="unsure">Was unsure</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-raised`}>Raised by</label>
          <select
            id={`${id}-raised`}
            value={moment.raisedBy}
            onChange={(e) =>
              onChange({ raisedBy: e.target.value as NoteMoment['raisedBy'], raisedByChosen: true })
            }
          >
            <option value="customer">The customer</option>
            <option value="salesperson">The salesperson</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-severity`}>Severity</label>
          <select
            id={`${id}-severity`}
            value={moment.severity}
            onChange={(e) =>
              onChange({ severity: Number(e.target.value) as NoteMoment['severity'] })
            }
          >
            {SEVERITIES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>Topic tags</label>
        <input
          id={`${id}-tags`}
          value={moment.tags}
          placeholder="e.g. pricing, security"
          aria-describedby={`${id}-tags-hint`}
          onChange={(e) => onChange({ tags: e.target.value })}
        />
        <p id={`${id}-tags-hint`} className="hint">
          Separated by commas; the same tag on many moments is what makes a pattern.
        </p>
      </div>
      <button type="button" className="secondary small" onClick={props.onRemove}>
        Remove<span className="visually-hidden"> moment {props.number}</span>
      </button>
    </fieldset>
  );
}
