// Add an enablement item: kind, effort, cost, confidence, and the selling hours it frees a week —
// entered, or derived as how often × salespeople affected × minutes lost, with the sum shown as
// it is typed.
import { useId, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { api } from '../api.js';
import type { ItemKind } from '../api-types.js';
import { ErrorBanner } from '../components/page-state.js';
import { number } from '../format.js';
import {
  derivedHours,
  emptyItemForm,
  itemDraft,
  type ItemField,
  type ItemForm,
} from './items-draft.js';
import { KIND_LABELS } from './items-format.js';

export function ItemsAddForm(props: { onAdded(): void }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<ItemForm>(emptyItemForm);
  const [problems, setProblems] = useState<Partial<Record<ItemField, string>>>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const set = (field: ItemField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = itemDraft(form);
    setAdded(null);
    setFailure(null);
    if (!draft.ok) {
      setProblems(draft.problems);
      const first = Object.keys(draft.problems)[0];
      formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    setProblems({});
    setSaving(true);
    try {
      const item = await api.addItem(draft.item);
      setAdded(item.title);
      setForm((f) => ({ ...emptyItemForm(), kind: f.kind, hoursFrom: f.hoursFrom }));
      props.onAdded();
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const field = (name: ItemField, label: string, input: Partial<InputProps> = {}) => (
    <Field
      id={`${id}-${name}`}
      name={name}
      label={label}
      value={form[name]}
      onChange={set(name)}
      problem={problems[name]}
      {...input}
    />
  );
  const perWeek =
    form.hoursFrom === 'derived'
      ? derivedHours(form)
      : form.hoursPerWeek.trim() === ''
        ? null
        : Number(form.hoursPerWeek);

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Add an item</h2>
      <form ref={formRef} onSubmit={(e) => void submit(e)} aria-label="Add an item" noValidate>
        {field('title', 'Title')}
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-kind`}>Kind</label>
            <select
              id={`${id}-kind`}
              value={form.kind}
              onChange={(e) => set('kind')(e.target.value as ItemKind)}
            >
              {(Object.keys(KIND_LABELS) as ItemKind[]).map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </div>
          {field('effortDays', 'Effort (person-days)', { numeric: true })}
          {field('cost', 'Cost (money)', { numeric: true })}
          {field('confidence', 'Confidence (0–1)', { numeric: true, step: '0.05' })}
        </div>
        <fieldset className="field">
          <legend>Selling hours freed a week</legend>
          <div className="segmented">
            <label>
              <input
                type="radio"
                name={`${id}-hours-from`}
                checked={form.hoursFrom === 'entered'}
                onChange={() => set('hoursFrom')('entered')}
              />
              Entered
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-hours-from`}
                checked={form.hoursFrom === 'derived'}
                onChange={() => set('hoursFrom')('derived')}
              />
              Derived: how often × salespeople × minutes lost
            </label>
          </div>
        </fieldset>
        {form.hoursFrom === 'entered' ? (
          <div className="field-row">
            {field('hoursPerWeek', 'Hours a week', { numeric: true })}
          </div>
        ) : (
          <div className="field-row">
            {field('timesPerWeek', 'Times a week (each salesperson)', { numeric: true })}
            {field('salespeople', 'Salespeople affected', { numeric: true })}
            {field('minutesLost', 'Minutes lost each time', { numeric: true })}
          </div>
        )}
        <p className="hint items-hours-preview" aria-live="polite">
          {perWeek === null || !Number.isFinite(perWeek) || perWeek < 0
            ? 'Selling hours a year: the hours a week × 52.'
            : form.hoursFrom === 'derived'
              ? `${form.timesPerWeek} × ${form.salespeople} × ${form.minutesLost} min ÷ 60 = ${number(perWeek, 2)} h a week, ${number(perWeek * 52, 1)} h a year.`
              : `${number(perWeek, 2)} h a week × 52 = ${number(perWeek * 52, 1)} h a year.`}
        </p>
        {field('tags', 'Struggle tags (optional, comma-separated)', {
          hint: 'The tags of the struggles it answers, e.g. pricing, security-questionnaire: after it ships, they show whether the struggle became rarer.',
        })}
        <div className="field">
          <label htmlFor={`${id}-description`}>Description (optional)</label>
          <textarea
            id={`${id}-description`}
            rows={2}
            value={form.description}
            onChange={(e) => set('description')(e.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" disabled={saving}>
            {saving ? 'Adding…' : 'Add the item'}
          </button>
        </div>
        {Object.keys(problems).length > 0 && (
          <p className="field-problem" role="alert">
            Check the fields marked above: {Object.values(problems).join('; ')}.
          </p>
        )}
      </form>
      {failure !== null && <ErrorBanner error={failure} title="The item was not added." />}
      <p className="done" role="status" data-testid="item-added">
        {added === null ? '' : `Added “${added}”. It takes its place on the list by its score.`}
      </p>
    </section>
  );
}

interface InputProps {
  numeric: boolean;
  step: string;
  hint: ReactNode;
}

function Field(
  props: {
    id: string;
    name: ItemField;
    label: string;
    value: string;
    onChange(value: string): void;
    problem: string | undefined;
  } & Partial<InputProps>,
) {
  const described = [
    props.hint === undefined ? null : `${props.id}-hint`,
    props.problem === undefined ? null : `${props.id}-problem`,
  ].filter((x) => x !== null);
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        data-field={props.name}
        type={props.numeric ? 'number' : 'text'}
        inputMode={props.numeric ? 'decimal' : undefined}
        min={props.numeric ? 0 : undefined}
        step={props.numeric ? (props.step ?? 'any') : undefined}
        value={props.value}
        aria-invalid={props.problem === undefined ? undefined : true}
        aria-describedby={described.length === 0 ? undefined : described.join(' ')}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.hint !== undefined && (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      )}
      {props.problem !== undefined && (
        <p id={`${props.id}-problem`} className="field-problem">
          {props.problem}
        </p>
      )}
    </div>
  );
}
