// The ranked list: each item's score beside the inputs it is made of — selling hours a week and how
// they were found, a year, effort, cost, confidence — and the evidence strength (distinct
// salespeople and calls), so anyone can check the order by hand.
import type { RankedItems } from '../api-types.js';
import { EmptyState } from '../components/page-state.js';
import { ScrollTable } from '../components/scroll-table.js';
import { number, percent } from '../format.js';
import { hrefOf } from '../router.js';
import { METHOD_LABELS } from './items-method-switch.js';
import { KIND_LABELS, STATUS_LABELS, derivationText, evidenceText, money } from './items-format.js';

export function ItemsTable(props: { ranked: RankedItems; showClosed: boolean }) {
  const { method, items } = props.ranked;
  if (items.length === 0) {
    return (
      <EmptyState>
        <h3>No items yet</h3>
        <p>
          Write down everything that would help the sales team sell: add items below, one at a time
          {props.showClosed ? '' : ', or include the shipped and dropped ones'}.
        </p>
      </EmptyState>
    );
  }
  return (
    <ScrollTable
      caption={`${items.length} ${items.length === 1 ? 'item' : 'items'}, highest score first (${METHOD_LABELS[method]})`}
      className="items-table"
    >
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Rank</th>
          <th scope="col">Score</th>
          <th scope="col">Selling hours a week</th>
          <th scope="col">A year</th>
          <th scope="col">Effort (person-days)</th>
          <th scope="col">Cost</th>
          <th scope="col">Confidence</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody data-testid="items-rows" data-method={method}>
        {items.map((entry) => (
          <tr key={entry.id} data-item-id={entry.id}>
            <th scope="row">
              <a href={hrefOf('items', entry.id)} className="item-title">
                {entry.title}
              </a>
              <span className="item-meta">
                {KIND_LABELS[entry.kind]}
                {entry.status === 'proposed' ? '' : ` · ${STATUS_LABELS[entry.status]}`}
              </span>
              <span className="item-explanation">{entry.explanation}</span>
            </th>
            <td className="num">{entry.rank}</td>
            <td className="num item-score">{number(entry.score, 1)}</td>
            <td>
              <span className="num-inline">{number(entry.sellingHoursPerWeek, 2)}</span>
              <span className="item-derivation">{derivationText(entry)}</span>
            </td>
            <td className="num">{number(entry.sellingHoursPerYear, 0)}</td>
            <td className="num">{number(entry.item.effortDays, 2)}</td>
            <td className="num">{money(entry.item.cost)}</td>
            <td className="num">{percent(entry.item.confidence)}</td>
            <td>{evidenceText(entry.evidence)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
