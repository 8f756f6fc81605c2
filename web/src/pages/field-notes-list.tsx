// The field notes, newest first: who was observed, where, and each moment with its kind, severity,
// tags and who raised it. Deleting asks once more in place (the note's moments go with it).
import { Fragment, useEffect, useId, useRef, useState } from 'react';
import type { FieldNote, NoteMoment } from '../api-types.js';
import { count, day } from '../format.js';
import { occurrenceText } from './field-notes-draft.js';
import { SEVERITIES } from './field-notes-moments.js';

export function NoteList(props: {
  notes: FieldNote[];
  title: string;
  /** What to call a calendar meeting, by `UID@KEY`, when it is known. */
  meetingLabel(occurrence: string): string;
  onEdit(note: FieldNote): void;
  onDelete(note: FieldNote): Promise<void>;
}) {
  const id = useId();
  const newestFirst = [...props.notes].reverse();
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="note-list">
      <h2 id={`${id}-title`}>
        {props.title} ({props.notes.length})
      </h2>
      {props.notes.length === 0 ? (
        <p className="muted">No field notes yet.</p>
      ) : (
        <ol className="note-list">
          {newestFirst.map((note) => (
            <li key={note.id}>
              <NoteCard
                note={note}
                meetingLabel={props.meetingLabel}
                onEdit={() => props.onEdit(note)}
                onDelete={() => props.onDelete(note)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function NoteCard(props: {
  note: FieldNote;
  meetingLabel(occurrence: string): string;
  onEdit(): void;
  onDelete(): Promise<void>;
}) {
  const id = useId();
  const { note } = props;
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const kind = note.kind === 'ride-along' ? 'Ride-along' : 'Interview';
  const occurrence = occurrenceText(note.occurrence);
  return (
    <article className="note" aria-labelledby={`${id}-title`} data-note-id={note.id}>
      <h3 id={`${id}-title`}>
        {kind} · {day(note.date)}
        {note.account !== null && ` · ${note.account}`}
      </h3>
      <p className="note-people">
        {note.salespeople.join(', ')}
        <span className="muted"> — observed by {note.observer}</span>
      </p>
      {occurrence !== '' && (
        <p className="muted note-meeting">Meeting: {props.meetingLabel(occurrence)}</p>
      )}
      {note.moments.length === 0 ? (
        <p className="muted">No moments noted.</p>
      ) : (
        <ul className="note-moments" aria-label={`${count(note.moments.length, 'moment')}`}>
          {note.moments.map((m) => (
            <MomentItem key={m.id} moment={m} />
          ))}
        </ul>
      )}
      {confirming ? (
        <div className="button-row" role="group" aria-label="Confirm deletion">
          <span className="confirm-text">
            Delete this note and its {count(note.moments.length, 'moment')}?
          </span>
          <button
            type="button"
            className="danger small"
            ref={confirmButton}
            disabled={deleting}
            onClick={() => {
              setDeleting(true);
              void props.onDelete().finally(() => setDeleting(false));
            }}
          >
            Delete the note
          </button>
          <button type="button" className="secondary small" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="secondary small" onClick={props.onEdit}>
            Edit<span className="visually-hidden"> the note of {day(note.date)}</span>
          </button>
          <button
            type="button"
            className="secondary small"
            ref={deleteButton}
            onClick={() => setConfirming(true)}
          >
            Delete<span className="visually-hidden"> the note of {day(note.date)}</span>
          </button>
        </div>
      )}
    </article>
  );
}

function MomentItem({ moment }: { moment: NoteMoment }) {
  const severity = SEVERITIES.find((s) => s.value === moment.severity)?.label ?? '';
  return (
    <li className="note-moment">
      <span className={`moment-kind moment-${moment.kind}`}>
        {moment.kind === 'struggle' ? 'Struggled' : 'Unsure'}
      </span>{' '}
      {moment.text}
      <span className="moment-meta">
        Severity {severity} · raised by the {moment.raisedBy}
        {moment.tags.length > 0 && (
          <>
            {' · '}
            {moment.tags.map((t, i) => (
              <Fragment key={t}>
                {i > 0 && ' '}
                <span className="tag">{t}</span>
              </Fragment>
            ))}
          </>
        )}
      </span>
    </li>
  );
}
