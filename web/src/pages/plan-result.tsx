// One plan: the walk down the list (where it stopped and why) beside the best set, each with what
// it uses and frees, then what the difference buys, in words and as a chart.
import type { ReactNode } from 'react';
import type { PlanAnswer, RankedItem } from '../api-types.js';
import { Stat } from '../components/stat.js';
import { number } from '../format.js';
import { hrefOf } from '../router.js';
import { money, personDays } from './items-format.js';
import { METHOD_LABELS } from './items-method-switch.js';
import { PlanChart } from './plan-chart.js';

type PlanSet = PlanAnswer['greedy'] | PlanAnswer['best'];

export function PlanResult({ plan, items }: { plan: PlanAnswer; items: RankedItem[] }) {
  const gain = plan.difference.sellingHoursPerYear;
  const byId = new Map(items.map((entry) => [entry.id, entry]));
  if (items.length === 0) {
    return (
      <p className="plan-empty" data-testid="plan-no-items">
        There are no open items to plan yet: add them below, or import a backlog.
      </p>
    );
  }
  return (
    <>
      <p className="plan-difference" data-testid="plan-difference" role="status">
        <strong>
          {gain > 0
            ? `The difference buys ${number(gain, 1)} selling hours a year.`
            : 'Both plans free the same selling hours: working from the top of the list loses nothing.'}
        </strong>{' '}
        <span className="muted">{plan.difference.explanation}</span>
      </p>
      <p className="hint">
        List order: {METHOD_LABELS[plan.method]}; # is an item’s place among the open items.
      </p>
      <div className="two-columns">
        <PlanSetCard
          title="From the top of the list"
          testId="plan-greedy"
          intro="The essay’s rule: take items in priority order and stop at the first that does not fit in the time or money left."
          set={plan.greedy}
          budget={plan.budget}
          byId={byId}
        >
          <GreedyStop plan={plan} />
        </PlanSetCard>
        <PlanSetCard
          title="Best set under both budgets"
          testId="plan-best"
          intro="The items that together free the most selling hours a year within both the days and the money (in list order)."
          set={plan.best}
          budget={plan.budget}
          byId={byId}
        >
          {!plan.best.exact && (
            <p className="warning">
              The search stopped before proving this set is the best: it is the best set found.
            </p>
          )}
        </PlanSetCard>
      </div>
      <PlanChart plan={plan} />
    </>
  );
}

function PlanSetCard(props: {
  title: string;
  testId: string;
  intro: string;
  set: PlanSet;
  budget: PlanAnswer['budget'];
  byId: ReadonlyMap<string, RankedItem>;
  children?: ReactNode;
}) {
  const { set, budget } = props;
  return (
    <section className="plan-set" data-testid={props.testId} aria-label={props.title}>
      <h3>{props.title}</h3>
      <p className="hint">{props.intro}</p>
      {set.items.length === 0 ? (
        <p className="plan-empty">Nothing fits.</p>
      ) : (
        <ol className="plan-items">
          {set.items.map((title, i) => (
            <li key={set.ids[i]} value={set.positions[i]! + 1}>
              <a href={hrefOf('items', set.ids[i])} className="plan-item-title">
                {title}
              </a>
              <ItemFigures entry={props.byId.get(set.ids[i]!)} />
            </li>
          ))}
        </ol>
      )}
      {props.children}
      <dl className="stats plan-totals">
        <Stat
          label="Person-days"
          value={number(set.days, 2)}
          note={`of ${personDays(budget.days)}`}
        />
        <Stat label="Money" value={money(set.money)} note={`of ${money(budget.money)}`} />
        <Stat label="Selling hours a year" value={number(set.sellingHoursPerYear, 1)} />
      </dl>
    </section>
  );
}

const SHORT_OF: Record<NonNullable<PlanAnswer['greedy']['stoppedAt']>['reason'], string> = {
  time: 'not enough time',
  money: 'not enough money',
  'time and money': 'neither enough time nor enough money',
};

function GreedyStop({ plan }: { plan: PlanAnswer }) {
  const stop = plan.greedy.stoppedAt;
  if (stop === null) {
    return <p className="plan-stop">Every open item fits: the walk reaches the end of the list.</p>;
  }
  return (
    <p className="plan-stop" data-testid="plan-stop">
      Stops at #{stop.position + 1} “{stop.title}”, {SHORT_OF[stop.reason]}: it needs{' '}
      {personDays(stop.needs.days)} and {money(stop.needs.money)}; {personDays(stop.remaining.days)}{' '}
      and {money(stop.remaining.money)} are left.
    </p>
  );
}

/** "2 person-days, 1,000; 312 h a year": what one planned item uses and frees. */
function ItemFigures({ entry }: { entry: RankedItem | undefined }) {
  if (entry === undefined) return null;
  return (
    <span className="muted">
      {' '}
      — {personDays(entry.item.effortDays)}, {money(entry.item.cost)};{' '}
      {number(entry.sellingHoursPerYear, 1)} h a year
    </span>
  );
}
