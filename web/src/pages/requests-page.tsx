// Requests: salespeople ask for what would help them sell and vote, one vote each; the most wanted
// come first. Planners (analysts, admins) move a request's status and merge duplicates, whose
// votes move over to the request they duplicate.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api.js';
import type { RequestView } from '../api-types.js';
import { PageHeading } from '../components/page-heading.js';
import { ErrorBanner, Loading } from '../components/page-state.js';
import { count } from '../format.js';
import { useSession } from '../session.js';
import { AskForm } from './requests-ask.js';
import { RequestCard, type Viewer } from './requests-card.js';
import { byVotes, mayActForOthers } from './requests-rules.js';
import './field-notes-page.css';
import './requests-page.css';

type Board =
  | { status: 'loading' }
  | { status: 'ready'; requests: RequestView[] }
  | { status: 'error'; error: unknown };

export function RequestsPage() {
  const { session } = useSession();
  const viewer: Viewer = {
    email: session.user.email,
    role: session.user.role,
    forOthers: mayActForOthers(session),
  };
  const [board, setBoard] = useState<Board>({ status: 'loading' });
  const [done, setDone] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ id: string; token: number }>({ id: '', token: 0 });

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      setBoard({ status: 'ready', requests: await api.requests(signal) });
    } catch (error) {
      if (!signal?.aborted) setBoard({ status: 'error', error });
    }
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  /** Runs a card's action, reloads the board, says what happened and puts focus back on the card. */
  const onAction = (id: string) => async (action: () => Promise<string>) => {
    const message = await action();
    await load();
    setDone(message);
    setFocus((f) => ({ id, token: f.token + 1 }));
  };

  const requests = board.status === 'ready' ? byVotes(board.requests) : [];
  const active = requests.filter((r) => r.status !== 'duplicate');
  const merged = requests.filter((r) => r.status === 'duplicate');
  const card = (r: RequestView) => (
    <li key={r.id}>
      <RequestCard
        request={r}
        all={requests}
        viewer={viewer}
        focusToken={focus.id === r.id ? focus.token : 0}
        onAction={onAction(r.id)}
      />
    </li>
  );

  return (
    <>
      <PageHeading intro="What salespeople ask for to sell without help. One vote per person and request; the most wanted come first.">
        Requests
      </PageHeading>
      <p className="logged requests-done" role="status">
        {done}
      </p>
      <div className="requests-layout">
        <AskForm
          forOthers={viewer.forOthers}
          onAsked={(asked) => {
            void load().then(() => {
              setDone(`Asked: “${asked.title}”.`);
              setFocus((f) => ({ id: asked.id, token: f.token + 1 }));
            });
          }}
        />
        <section className="card" aria-labelledby="requests-board" data-testid="request-board">
          <h2 id="requests-board">
            Most wanted {board.status === 'ready' && `(${count(active.length, 'request')})`}
          </h2>
          {board.status === 'loading' && <Loading what="requests" />}
          {board.status === 'error' && (
            <ErrorBanner error={board.error} title="The requests could not be loaded." />
          )}
          {board.status === 'ready' && active.length === 0 && (
            <p className="muted">Nobody has asked for anything yet.</p>
          )}
          {active.length > 0 && <ol className="request-list">{active.map(card)}</ol>}
          {merged.length > 0 && (
            <>
              <h3>Merged duplicates ({merged.length})</h3>
              <ol className="request-list">{merged.map(card)}</ol>
            </>
          )}
        </section>
      </div>
    </>
  );
}
