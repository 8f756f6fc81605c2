// One request on the board: its votes, status and who asked (as far as the caller may see), and
// what the caller may do with it — vote or take the vote back, vote for a salesperson met in the
// field, and, for planners, move its status or merge it into the request it duplicates.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, messageOf } from '../api.js';
import type { RequestStatus, RequestView, Role } from '../api-types.js';
import { count } from '../format.js';
import {
  STATUS_LABEL,
  mayMerge,
  mayRemoveVote,
  mergeTargets,
  nextStatuses,
  votingOpen,
} from './requests-rules.js';

export interface Viewer {
  email: string;
  role: Role;
  /** May ask and vote for a salesperson. */
  forOthers: boolean;
}

export function RequestCard(props: {
  request: RequestView;
  all: RequestView[];
  viewer: Viewer;
  /** Bumped by the page after an action on this card, once the board is reloaded. */
  focusToken: number;
  /** Runs the action; the page reloads the board and says what happened. */
  onAction(action: () => Promise<string>): Promise<void>;
}) {
  const id = useId();
  const { request, viewer } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (props.focusToken > 0) heading.current?.focus();
  }, [props.focusToken]);

  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    setProblem(null);
    try {
      await props.onAction(action);
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const open = votingOpen(request.status);
  const myVote = request.votes.find((v) => v.salesperson === viewer.email);
  const planner = viewer.role !== 'member';
  const merged = props.all.find((r) => r.id === request.mergedInto);
  return (
    <article
      className={`request status-${request.status}`}
      aria-labelledby={`${id}-title`}
      data-request-id={request.id}
    >
      <p className="vote-count">
        <span className="vote-number">{request.voteCount}</span>
        <span className="vote-word">{request.voteCount === 1 ? 'vote' : 'votes'}</span>
      </p>
      <div className="request-body">
        <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {request.title}
        </h3>
        <p className="request-meta">
          <span className="status-badge" data-status={request.status}>
            {STATUS_LABEL[request.status]}
          </span>{' '}
          {request.status === 'duplicate' && (
            <span>merged into “{merged?.title ?? `request ${request.mergedInto}`}” · </span>
          )}
          {request.requestedBy !== null && (
            <span className="muted">asked by {request.requestedBy}</span>
          )}
        </p>
        {request.description !== '' && <p className="request-description">{request.description}</p>}
        {request.votes.length > 0 && (
          <ul className="vote-list" aria-label={planner ? 'Who voted' : 'Your votes'}>
            {request.votes.map((v) => (
              <li key={v.salesperson}>
                <span className="voter">
                  {v.salesperson === viewer.email ? 'You' : v.salesperson}
                  {v.recordedBy !== v.salesperson && (
                    <span className="muted">
                      {' '}
                      (recorded by {v.recordedBy === viewer.email ? 'you' : v.recordedBy})
                    </span>
                  )}
                </span>
                {mayRemoveVote(v, viewer.email, viewer.role) && (
                  <button
                    type="button"
                    className="secondary small"
                    disabled={busy}
                    onClick={() =>
                      void act(async () => {
                        await api.removeVote(request.id, v.salesperson);
                        return `Removed ${v.salesperson === viewer.email ? 'your' : `${v.salesperson}’s`} vote for “${request.title}”.`;
                      })
                    }
                  >
                    Remove
                    <span className="visually-hidden">
                      {' '}
                      {v.salesperson === viewer.email ? 'your' : `${v.salesperson}’s`} vote
                    </span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {open && myVote === undefined && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                const voted = await api.vote(request.id);
                return `You voted for “${request.title}”: ${count(voted.voteCount, 'vote')}.`;
              })
            }
          >
            Vote<span className="visually-hidden"> for {request.title}</span>
          </button>
        )}
        {open && viewer.forOthers && <OnBehalf request={request} busy={busy} act={act} />}
        {planner && (nextStatuses(request.status).length > 0 || mayMerge(request)) && (
          <PlannerTools request={request} all={props.all} busy={busy} act={act} />
        )}
        {problem !== null && (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
    </article>
  );
}

type Act = (action: () => Promise<string>) => Promise<void>;

function OnBehalf(props: { request: RequestView; busy: boolean; act: Act }) {
  const id = useId();
  const [salesperson, setSalesperson] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const who = salesperson.trim().toLowerCase();
    if (who === '') return;
    void props.act(async () => {
      const voted = await api.vote(props.request.id, who);
      setSalesperson('');
      return `Recorded ${who}’s vote for “${props.request.title}”: ${count(voted.voteCount, 'vote')}.`;
    });
  };
  return (
    <details className="request-tools">
      <summary>Vote for a salesperson you met</summary>
      <form className="inline-form" onSubmit={submit} aria-label="Vote on behalf">
        <div className="field">
          <label htmlFor={`${id}-who`}>Salesperson’s email</label>
          <input
            id={`${id}-who`}
            type="email"
            value={salesperson}
            onChange={(e) => setSalesperson(e.target.value)}
          />
        </div>
        <button type="submit" disabled={props.busy || salesperson.trim() === ''}>
          Record their vote
        </button>
      </form>
    </details>
  );
}

function PlannerTools(props: {
  request: RequestView;
  all: RequestView[];
  busy: boolean;
  act: Act;
}) {
  const id = useId();
  const { request } = props;
  const statuses = nextStatuses(request.status);
  const targets = mergeTargets(request, props.all);
  const [status, setStatus] = useState<RequestStatus | ''>('');
  const [into, setInto] = useState('');
  const target = targets.find((t) => t.id === into);

  const changeStatus = (event: FormEvent) => {
    event.preventDefault();
    if (status === '') return;
    void props.act(async () => {
      await api.setRequestStatus(request.id, status);
      return `“${request.title}” is now ${STATUS_LABEL[status].toLowerCase()}.`;
    });
  };
  const merge = (event: FormEvent) => {
    event.preventDefault();
    if (target === undefined) return;
    void props.act(async () => {
      const result = await api.mergeRequest(request.id, target.id);
      const carried = result.into.voteCount - target.voteCount;
      return (
        `Merged “${request.title}” into “${result.into.title}”: ` +
        `${count(carried, 'vote')} carried over, ${count(result.into.voteCount, 'vote')} now.`
      );
    });
  };

  return (
    <details className="request-tools">
      <summary>Status and merging</summary>
      {statuses.length > 0 && (
        <form className="inline-form" onSubmit={changeStatus} aria-label="Change the status">
          <div className="field">
            <label htmlFor={`${id}-status`}>New status</label>
            <select
              id={`${id}-status`}
              value={status}
              onChange={(e) => setStatus(e.target.value as RequestStatus | '')}
            >
              <option value="">Choose…</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={props.busy || status === ''}>
            Set the status
          </button>
        </form>
      )}
      {mayMerge(request) && targets.length > 0 && (
        <form className="inline-form" onSubmit={merge} aria-label="Merge as a duplicate">
          <div className="field">
            <label htmlFor={`${id}-into`}>A duplicate of</label>
            <select id={`${id}-into`} value={into} onChange={(e) => setInto(e.target.value)}>
              <option value="">Choose…</option>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title} ({count(t.voteCount, 'vote')})
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={props.busy || target === undefined}>
            Merge into it
          </button>
        </form>
      )}
    </details>
  );
}
