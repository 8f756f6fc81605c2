// Hires to consider (issue 5, item 7): each department pair the one-day rule flags (PRODUCT.md
// rule 8) as a suggested item, with its evidence — hours absorbed a week, FTE — and a way to put it
// on the list with the effort and cost only you know.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, api } from '../api.js';
import type { StaffingAnswer } from '../api-types.js';
import { ErrorBanner, Loading } from '../components/page-state.js';
import { Stat } from '../components/stat.js';
import { day, lastDay, number } from '../format.js';
import { hrefOf } from '../router.js';
import { useLoaded } from './items-load.js';

type Suggestion = StaffingAnswer['suggestions'][number];

export function ItemsStaffing(props: { version: number; onAdded(): void }) {
  // A fresh install has no calendar time: ask for the range first (nulls, not an error) rather
  // than have the staffing request fail.
  const staffing = useLoaded(
    async (signal) => {
      const days = await api.reportRange(signal);
      return days.from === null ? null : api.staffing(null, signal);
    },
    [props.version],
  );
  return (
    <section
      className="card"
      aria-labelledby="staffing-title"
      data-testid="staffing"
      data-state={staffing.status}
    >
      <h2 id="staffing-title">Hires to consider</h2>
      <p className="muted">
        “If you spend more than one day a week with any department, that department is understaffed
        or underskilled.” Each pair over one day a week per person is a hire to weigh against the
        rest of the list.
      </p>
      {staffing.status === 'loading' && <Loading what="the staffing suggestions" />}
      {staffing.status === 'error' &&
        (notImportedYet(staffing.error) ? (
          <p>Nothing is imported yet: the suggestions come from the calendars.</p>
        ) : (
          <ErrorBanner
            error={staffing.error}
            title="The staffing suggestions could not be loaded."
          />
        ))}
      {staffing.status === 'ready' &&
        (staffing.value === null ? (
          <p data-testid="staffing-none">
            No calendar time is counted yet: the suggestions come from the calendars.
          </p>
        ) : (
          <StaffingList answer={staffing.value} onAdded={props.onAdded} />
        ))}
    </section>
  );
}

/** 400: no directory yet; 404: nothing counted. */
function notImportedYet(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 400 || error.status === 404);
}

function StaffingList({ answer, onAdded }: { answer: StaffingAnswer; onAdded(): void }) {
  const range = `${day(answer.range.from)} – ${lastDay(answer.range.to)}`;
  if (answer.suggestions.length === 0) {
    return (
      <p>
        No department spends more than {number(answer.thresholdHoursPerWeek)} hours a week per
        person with another between {range}: no hire to suggest.
      </p>
    );
  }
  return (
    <>
      <p className="hint">
        From the calendars of {range}; one working day is {number(answer.thresholdHoursPerWeek)}{' '}
        hours a week.
      </p>
      {answer.suggestions.map((s) => (
        <StaffingSuggestionCard
          key={`${s.evidence.from}→${s.evidence.to}`}
          s={s}
          onAdded={onAdded}
        />
      ))}
    </>
  );
}

function StaffingSuggestionCard({ s, onAdded }: { s: Suggestion; onAdded(): void }) {
  const e = s.evidence;
  return (
    <article className="staffing-suggestion" aria-label={s.title}>
      <h3>{s.title}</h3>
      <p>
        {e.from} spends {number(e.hoursPerPersonWeek)} hours a week per person with {e.to} (
        {e.flaggedPeople} of {e.people} people over one day a week).
      </p>
      <dl className="stats">
        <Stat label="Hours absorbed a week" value={number(e.hoursPerWeek)} />
        <Stat label="FTE absorbed" value={number(e.fteAbsorbed, 2)} />
        <Stat
          label="Selling hours a week it would free"
          value={s.sellingHoursPerWeek === null ? 'withheld' : number(s.sellingHoursPerWeek, 2)}
          note={s.sellingHoursBasis}
        />
      </dl>
      {s.itemId !== null ? (
        <p className="done">
          On the list: <a href={hrefOf('items', s.itemId)}>{s.title}</a>.
        </p>
      ) : (
        <AddSuggestion s={s} onAdded={onAdded} />
      )}
    </article>
  );
}

function AddSuggestion({ s, onAdded }: { s: Suggestion; onAdded(): void }) {
  const id = useId();
  const [effort, setEffort] = useState('');
  const [cost, setCost] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const effortDays = Number(effort);
    const money = Number(cost);
    if (effort.trim() === '' || !Number.isFinite(effortDays) || effortDays < 0) {
      setProblem('Effort: the person-days the hire takes (hiring, onboarding), 0 or more.');
      return;
    }
    if (cost.trim() === '' || !Number.isFinite(money) || money < 0) {
      setProblem('Cost: what the hire costs in the plan’s period, 0 or more.');
      return;
    }
    setProblem(null);
    setFailure(null);
    setSaving(true);
    try {
      await api.addItem({
        title: s.title,
        kind: 'hire',
        description: s.description,
        effortDays,
        cost: money,
        sellingHoursPerWeek: s.sellingHoursPerWeek,
      });
      onAdded();
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="filters"
      onSubmit={(e) => void submit(e)}
      aria-label={`Add “${s.title}” as an item`}
      noValidate
    >
      <div className="field">
        <label htmlFor={`${id}-effort`}>Effort (person-days)</label>
        <input
          id={`${id}-effort`}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={effort}
          onChange={(ev) => setEffort(ev.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-cost`}>Cost (money)</label>
        <input
          id={`${id}-cost`}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={cost}
          onChange={(ev) => setCost(ev.target.value)}
        />
      </div>
      <button type="submit" className="plan-submit" disabled={saving}>
        {saving ? 'Adding…' : 'Add as an item'}
      </button>
      {problem !== null && (
        <p className="field-problem range-shown" role="alert">
          {problem}
        </p>
      )}
      {failure !== null && <ErrorBanner error={failure} title="The hire was not added." />}
    </form>
  );
}
