// Enablement plan (issue 5, items 3–7): the enablement items in priority order, each score shown
// with what it is made of; adding items, one at a time or a backlog CSV; the plan under a budget
// of days and money; hires the one-day rule suggests; and one item's evidence, shipping and what
// came of it (`#/items/<id>`).
import { useState } from 'react';
import { api } from '../api.js';
import type { ScoringMethod } from '../api-types.js';
import { PageHeading } from '../components/page-heading.js';
import { ErrorBanner, Loading } from '../components/page-state.js';
import { ItemsAddForm } from './items-add-form.js';
import { ItemDetail } from './items-detail.js';
import { ItemsImport } from './items-import.js';
import { useLoaded } from './items-load.js';
import { ItemsMethodSwitch } from './items-method-switch.js';
import { ItemsStaffing } from './items-staffing.js';
import { ItemsTable } from './items-table.js';
import { PlanPanel } from './plan-panel.js';
import './items-page.css';

export function ItemsPage(props: { id: string | null }) {
  return (
    <>
      <PageHeading intro="“Write down everything you can do to empower the sales team. Prioritize the list. Start working from the top of your list until you run out of time or money.” Every score shows the figures it is made of.">
        Enablement plan
      </PageHeading>
      {props.id === null ? <ItemsOverview /> : <ItemDetail id={props.id} />}
    </>
  );
}

function ItemsOverview() {
  const [method, setMethod] = useState<ScoringMethod>('hours-per-day');
  const [showClosed, setShowClosed] = useState(false);
  // Bumped whenever items change, so the list and the plan are asked for again.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const ranked = useLoaded(
    (signal) => api.items(method, showClosed, signal),
    [method, showClosed, version],
  );

  return (
    <>
      <section className="card" aria-labelledby="items-list-title">
        <h2 id="items-list-title">Items in priority order</h2>
        <ItemsMethodSwitch
          method={method}
          onMethod={setMethod}
          showClosed={showClosed}
          onShowClosed={setShowClosed}
        />
        {ranked.status === 'loading' && <Loading what="the items" />}
        {ranked.status === 'error' && (
          <ErrorBanner error={ranked.error} title="The items could not be loaded." />
        )}
        {ranked.status === 'ready' && <ItemsTable ranked={ranked.value} showClosed={showClosed} />}
      </section>
      <PlanPanel method={method} version={version} />
      <ItemsAddForm onAdded={changed} />
      <ItemsImport onImported={changed} />
      <ItemsStaffing version={version} onAdded={changed} />
    </>
  );
}
