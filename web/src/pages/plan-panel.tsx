// The plan under a budget of person-days and money: the essay's rule — walk the list from the top
// and stop at the first item that does not fit — beside the best set under both budgets, and what
// the difference buys in selling hours a year.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api.js';
import type { PlanAnswer, PlanBudget, RankedItem, ScoringMethod } from '../api-types.js';
import { ErrorBanner, Loading } from '../components/page-state.js';
import { useLoaded } from './items-load.js';
import { PlanResult } from './plan-result.js';

export function PlanPanel(props: { method: ScoringMethod; version: number }) {
  const id = useId();
  const [days, setDays] = useState('');
  const [money, setMoney] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [budget, setBudget] = useState<PlanBudget | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = budgetOf(days, money);
    if (typeof parsed === 'string') {
      setProblem(parsed);
      return;
    }
    setProblem(null);
    setBudget(parsed);
  };

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>The plan</h2>
      <p className="muted">
        How much time and money is there, say for next quarter? The plan walks the list from the top
        and stops at the first item that does not fit; beside it is the set that frees the most
        selling hours within both budgets.
      </p>
      <form className="filters" onSubmit={submit} aria-label="Budget" noValidate>
        <div className="field">
          <label htmlFor={`${id}-days`}>Person-days available</label>
          <input
            id={`${id}-days`}
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-money`}>Money available</label>
          <input
            id={`${id}-money`}
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            value={money}
            onChange={(e) => setMoney(e.target.value)}
          />
        </div>
        <button type="submit" className="plan-submit">
          Make the plan
        </button>
        {problem !== null && (
          <p className="field-problem range-shown" role="alert">
            {problem}
          </p>
        )}
      </form>
      {budget !== null && <PlanFor budget={budget} method={props.method} version={props.version} />}
    </section>
  );
}

function PlanFor(props: { budget: PlanBudget; method: ScoringMethod; version: number }) {
  const { budget, method, version } = props;
  // The open items in the same order, for each planned item's days, money and hours.
  const plan = useLoaded<{ plan: PlanAnswer; items: RankedItem[] }>(
    async (signal) => {
      const [answer, ranked] = await Promise.all([
        api.plan(budget, method, signal),
        api.items(method, false, signal),
      ]);
      return { plan: answer, items: ranked.items };
    },
    [budget, method, version],
  );
  const ready = plan.status === 'ready' ? plan.value.plan : null;
  return (
    <div
      data-testid="plan"
      data-budget={ready === null ? '' : `${ready.budget.days}/${ready.budget.money}`}
      data-method={ready?.method ?? ''}
    >
      {plan.status === 'loading' && <Loading what="the plan" />}
      {plan.status === 'error' && <ErrorBanner error={plan.error} title="No plan." />}
      {plan.status === 'ready' && <PlanResult plan={plan.value.plan} items={plan.value.items} />}
    </div>
  );
}

/** The budget from the two fields, or what is wrong with them. */
export function budgetOf(days: string, money: string): PlanBudget | string {
  if (days.trim() === '' && money.trim() === '') {
    return 'The plan needs a budget: enter the person-days and the money available.';
  }
  if (days.trim() === '') return 'Person-days: enter how many are available (0 if none).';
  if (money.trim() === '') return 'Money: enter how much is available (0 if none).';
  const d = Number(days);
  const m = Number(money);
  if (!Number.isFinite(d) || d < 0) return 'Person-days: use a number, 0 or more.';
  if (!Number.isFinite(m) || m < 0) return 'Money: use a number, 0 or more.';
  if (d === 0 && m === 0) return 'The plan needs a budget: both are 0.';
  return { days: d, money: m };
}
