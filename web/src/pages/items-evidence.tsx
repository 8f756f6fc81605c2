// The evidence an item links — whole field notes, single moments, requests — shown with what they
// say, and more linked from the notes and requests on file. Notes name salespeople: this page is
// for analysts and admins, who read every note (docs/api.md "Who may do what").
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api.js';
import type { EnablementItem, EnablementRequest, Moment, Observation } from '../api-types.js';
import { ErrorBanner, Loading } from '../components/page-state.js';
import { count, day } from '../format.js';
import { useLoaded } from './items-load.js';

type Request = EnablementRequest & { voteCount: number };

interface OnFile {
  notes: Observation[];
  requests: Request[];
}

export function ItemEvidence(props: { item: EnablementItem; onChanged(): void }) {
  const { item } = props;
  const onFile = useLoaded<OnFile>(
    async (signal) => {
      const [notes, requests] = await Promise.all([
        api.notesForEvidence(signal),
        api.requestsForEvidence(signal),
      ]);
      return { notes, requests };
    },
    // Again when the links or the status change: shipping moves the linked requests on too.
    [item.id, item.status, JSON.stringify(item.evidence)],
  );
  const links = item.evidence;
  const linked = links.observations.length + links.moments.length + links.requests.length;

  return (
    <section className="card" aria-labelledby="item-evidence-title" data-testid="item-evidence">
      <h2 id="item-evidence-title">Evidence</h2>
      {onFile.status === 'loading' && <Loading what="the evidence" />}
      {onFile.status === 'error' && (
        <ErrorBanner error={onFile.error} title="The notes and requests could not be loaded." />
      )}
      {onFile.status === 'ready' && (
        <>
          {linked === 0 ? (
            <p>
              Nothing linked yet: its selling hours are{' '}
              {item.sellingHoursPerWeek === null ? 'derived by hand' : 'entered'}, not seen in the
              field.
            </p>
          ) : (
            <LinkedEvidence item={item} onFile={onFile.value} />
          )}
          {item.status !== 'shipped' && item.status !== 'dropped' && (
            <LinkMore item={item} onFile={onFile.value} onChanged={props.onChanged} />
          )}
        </>
      )}
    </section>
  );
}

function LinkedEvidence({ item, onFile }: { item: EnablementItem; onFile: OnFile }) {
  const notes = onFile.notes.filter((n) => item.evidence.observations.includes(n.id));
  const moments = onFile.notes.flatMap((note) =>
    note.moments.filter((m) => item.evidence.moments.includes(m.id)).map((m) => ({ note, m })),
  );
  const requests = onFile.requests.filter((r) => item.evidence.requests.includes(r.id));
  return (
    <>
      {notes.length > 0 && (
        <>
          <h3>Field notes</h3>
          <ul className="plain-list">
            {notes.map((note) => (
              <li key={note.id}>
                <NoteLine note={note} />
                <ul>
                  {note.moments.map((m) => (
                    <li key={m.id}>
                      <MomentLine moment={m} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {moments.length > 0 && (
        <>
          <h3>Moments</h3>
          <ul className="plain-list">
            {moments.map(({ note, m }) => (
              <li key={m.id}>
                <MomentLine moment={m} /> <span className="muted">—</span> <NoteLine note={note} />
              </li>
            ))}
          </ul>
        </>
      )}
      {requests.length > 0 && (
        <>
          <h3>Requests</h3>
          <ul className="plain-list">
            {requests.map((r) => (
              <li key={r.id}>
                <RequestLine request={r} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function NoteLine({ note }: { note: Observation }) {
  return (
    <span>
      {note.kind === 'ride-along' ? 'Ride-along' : 'Interview'} on {day(note.date)} by{' '}
      {note.observer} with {note.salespeople.join(', ')}
      {note.account === null ? '' : ` (${note.account})`}
    </span>
  );
}

function MomentLine({ moment }: { moment: Moment }) {
  return (
    <span>
      <strong>{moment.kind === 'struggle' ? 'Struggled' : 'Unsure'}:</strong> {moment.text}{' '}
      <span className="muted">
        (severity {moment.severity}, raised by the {moment.raisedBy}
        {moment.tags.length === 0 ? '' : `; ${moment.tags.join(', ')}`})
      </span>
    </span>
  );
}

function RequestLine({ request }: { request: Request }) {
  return (
    <span>
      {request.title}{' '}
      <span className="muted">
        ({request.status}, {count(request.voteCount, 'vote')})
      </span>
    </span>
  );
}

/** Checkboxes for the moments and requests not linked yet, and one button to link the chosen. */
function LinkMore(props: { item: EnablementItem; onFile: OnFile; onChanged(): void }) {
  const id = useId();
  const { item, onFile } = props;
  const [moments, setMoments] = useState<string[]>([]);
  const [requests, setRequests] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const open = onFile.notes.flatMap((note) =>
    note.moments.filter((m) => !item.evidence.moments.includes(m.id)).map((m) => ({ note, m })),
  );
  const openRequests = onFile.requests.filter(
    (r) => r.status !== 'duplicate' && !item.evidence.requests.includes(r.id),
  );
  if (open.length === 0 && openRequests.length === 0) {
    return (
      <p className="muted">No other field notes or requests on file to link. Log them first.</p>
    );
  }
  const toggle = (list: string[], set: (l: string[]) => void, value: string, on: boolean) =>
    set(on ? [...list, value] : list.filter((v) => v !== value));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setFailure(null);
    try {
      await api.linkEvidence(item.id, { moments, requests });
      setMoments([]);
      setRequests([]);
      props.onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <details className="items-link-more">
      <summary>Link more evidence</summary>
      <form onSubmit={(e) => void submit(e)} aria-label="Link evidence">
        {open.length > 0 && (
          <fieldset className="field">
            <legend>Moments from field notes</legend>
            {open.map(({ note, m }) => (
              <label key={m.id} className="check-line" htmlFor={`${id}-m-${m.id}`}>
                <input
                  id={`${id}-m-${m.id}`}
                  type="checkbox"
                  checked={moments.includes(m.id)}
                  onChange={(e) => toggle(moments, setMoments, m.id, e.target.checked)}
                />
                <span>
                  <MomentLine moment={m} />{' '}
                  <span className="muted">
                    ({day(note.date)}, {note.salespeople.join(', ')})
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {openRequests.length > 0 && (
          <fieldset className="field">
            <legend>Requests</legend>
            {openRequests.map((r) => (
              <label key={r.id} className="check-line" htmlFor={`${id}-r-${r.id}`}>
                <input
                  id={`${id}-r-${r.id}`}
                  type="checkbox"
                  checked={requests.includes(r.id)}
                  onChange={(e) => toggle(requests, setRequests, r.id, e.target.checked)}
                />
                <RequestLine request={r} />
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" disabled={saving || moments.length + requests.length === 0}>
          {saving ? 'Linking…' : 'Link the chosen evidence'}
        </button>
      </form>
      {failure !== null && <ErrorBanner error={failure} title="Nothing was linked." />}
    </details>
  );
}
