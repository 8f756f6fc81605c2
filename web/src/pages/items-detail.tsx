// One item (`#/items/<id>`): its score and the inputs behind it, the evidence it links, shipping
// it, and after it ships, closing the loop.
import { useState } from 'react';
import { api } from '../api.js';
import type { EnablementItem, RankedItem } from '../api-types.js';
import { ErrorBanner, Loading } from '../components/page-state.js';
import { Stat } from '../components/stat.js';
import { count, day, number, percent } from '../format.js';
import { hrefOf } from '../router.js';
import { ItemEvidence } from './items-evidence.js';
import { KIND_LABELS, STATUS_LABELS, derivationText, money } from './items-format.js';
import { useLoaded } from './items-load.js';
import { ItemLoop } from './items-loop.js';
import { ItemShip } from './items-ship.js';

interface Detail {
  item: EnablementItem;
  ranked: RankedItem | null;
}

export function ItemDetail(props: { id: string }) {
  const { id } = props;
  const [version, setVersion] = useState(0);
  const detail = useLoaded<Detail>(
    async (signal) => {
      const [item, list] = await Promise.all([
        api.item(id, signal),
        api.items('hours-per-day', true, signal),
      ]);
      return { item, ranked: list.items.find((entry) => entry.id === id) ?? null };
    },
    [id, version],
  );
  const changed = () => setVersion((v) => v + 1);

  return (
    <>
      <p>
        <a href={hrefOf('items')}>← All items and the plan</a>
      </p>
      {detail.status === 'loading' && <Loading what="the item" />}
      {detail.status === 'error' && (
        <ErrorBanner error={detail.error} title="The item could not be loaded." />
      )}
      {detail.status === 'ready' && (
        <>
          <ItemSummary item={detail.value.item} ranked={detail.value.ranked} />
          <ItemEvidence item={detail.value.item} onChanged={changed} />
          <ItemShip item={detail.value.item} onShipped={changed} />
          {detail.value.item.status === 'shipped' && (
            <ItemLoop id={detail.value.item.id} shippedAt={detail.value.item.shippedAt} />
          )}
        </>
      )}
    </>
  );
}

function ItemSummary({ item, ranked }: { item: EnablementItem; ranked: RankedItem | null }) {
  return (
    <section className="card" aria-labelledby="item-title" data-testid="item-summary">
      <h2 id="item-title">{item.title}</h2>
      <p className="item-meta">
        {KIND_LABELS[item.kind]} · {STATUS_LABELS[item.status]}
        {item.shippedAt === null ? '' : ` on ${day(item.shippedAt)}`}
        {item.tags.length === 0 ? '' : ` · struggle tags: ${item.tags.join(', ')}`}
      </p>
      {item.description !== '' && <p>{item.description}</p>}
      {ranked !== null && (
        <p className="item-explanation-full">
          <strong>Score {number(ranked.score, 1)}</strong> (rank {ranked.rank} of all items, by
          selling hours a year per person-day): {ranked.explanation}.
        </p>
      )}
      <dl className="stats">
        <Stat
          label="Selling hours a week"
          value={number(ranked?.sellingHoursPerWeek ?? null, 2)}
          note={ranked === null ? undefined : derivationText(ranked)}
        />
        <Stat label="Selling hours a year" value={number(ranked?.sellingHoursPerYear ?? null, 0)} />
        <Stat label="Effort (person-days)" value={number(item.effortDays, 2)} />
        <Stat label="Cost" value={money(item.cost)} />
        <Stat label="Confidence" value={percent(item.confidence)} />
        {ranked !== null && (
          <>
            <Stat
              label="Salespeople seen"
              value={number(ranked.evidence.salespeople, 0)}
              note="distinct: in its notes, asking or voting"
            />
            <Stat
              label="Sales calls seen"
              value={number(ranked.evidence.calls, 0)}
              note={evidenceCounts(ranked.evidence)}
            />
          </>
        )}
      </dl>
    </section>
  );
}

function evidenceCounts(e: RankedItem['evidence']): string {
  return (
    `${count(e.moments, 'moment')} in ${count(e.observations, 'note')}; ` +
    `${count(e.requests, 'request')}, ${count(e.votes, 'voter')}`
  );
}
