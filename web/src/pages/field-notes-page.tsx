// Field notes: a product manager logs a ride-along or a one-on-one — where the salespeople
// struggled or were unsure — and sees the notes logged so far, with the sales calls from the
// calendar still to write up and the notes as a spreadsheet. A member logs and reads their own
// notes; analysts and admins, who plan enablement from them, read and change everyone's.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api.js';
import type { FieldNote, RideAlong, RideAlongs } from '../api-types.js';
import { PageHeading } from '../components/page-heading.js';
import { ErrorBanner, Loading } from '../components/page-state.js';
import { count, day } from '../format.js';
import { atLeast, useSession } from '../session.js';
import { NotesCsv } from './field-notes-csv.js';
import { draftOf, emptyDraft, emptyMoment, type NoteDraft } from './field-notes-draft.js';
import { NoteForm, type OccurrenceOption } from './field-notes-form.js';
import { NoteList } from './field-notes-list.js';
import { RideAlongSuggestions, callLabel } from './field-notes-suggestions.js';
import './field-notes-page.css';

type Notes =
  | { status: 'loading' }
  | { status: 'ready'; notes: FieldNote[] }
  | { status: 'error'; error: unknown };

/** Sales calls from the calendar; `none` says why there are none to show (nothing imported yet). */
type Calls =
  | { status: 'loading' }
  | { status: 'ready'; answer: RideAlongs }
  | { status: 'none'; reason: string }
  | { status: 'error'; error: unknown };

export function FieldNotesPage() {
  const { session } = useSession();
  const me = session.user.email;
  const everyone = atLeast(session.user.role, 'analyst');
  const [notes, setNotes] = useState<Notes>({ status: 'loading' });
  const [draft, setDraft] = useState<NoteDraft>(() => emptyDraft(me, new Date()));
  const [editing, setEditing] = useState<FieldNote | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [calls, setCalls] = useState<Calls>({ status: 'loading' });
  const formHeading = useRef<HTMLHeadingElement>(null);
  // Bumped to move focus to the form once it has rendered (a new note or an edit remounts it).
  const [formFocus, setFormFocus] = useState(0);
  useEffect(() => {
    if (formFocus === 0) return;
    formHeading.current?.scrollIntoView({ block: 'start' });
    formHeading.current?.focus({ preventScroll: true });
  }, [formFocus]);
  const rideAlongs = calls.status === 'ready' ? calls.answer.rideAlongs : [];
  // One option per call, though an admin's list has a call once per observer who sat in.
  const occurrences: OccurrenceOption[] = [
    ...new Map(rideAlongs.map((call) => [call.occurrence, callLabel(call, false)])),
  ].map(([value, label]) => ({ value, label }));

  const load = useCallback((signal?: AbortSignal) => {
    api.notes(signal).then(
      (list) => setNotes({ status: 'ready', notes: list }),
      (error: unknown) => {
        if (!signal?.aborted) setNotes({ status: 'error', error });
      },
    );
    api.rideAlongs(signal).then(
      (answer) => setCalls({ status: 'ready', answer }),
      (error: unknown) => {
        if (signal?.aborted) return;
        // No calendars or directory yet: nothing to suggest, which is not a failure of this page.
        if (
          error instanceof ApiError &&
          (error.code === 'not-found' || error.code === 'bad-input')
        ) {
          setCalls({ status: 'none', reason: error.message });
        } else setCalls({ status: 'error', error });
      },
    );
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const startOver = () => {
    setEditing(null);
    setDraft(emptyDraft(me, new Date()));
  };

  const onSaved = (note: FieldNote, edited: boolean) => {
    setDone(
      `${edited ? 'Saved' : 'Logged'} the ${note.kind} of ${day(note.date)} with ` +
        `${note.salespeople.join(', ')} (${count(note.moments.length, 'moment')}).`,
    );
    startOver();
    load();
  };

  const onEdit = (note: FieldNote) => {
    setDone(null);
    setEditing(note);
    setDraft(draftOf(note));
    setFormFocus((n) => n + 1);
  };

  const onWriteUp = (call: RideAlong) => {
    setDone(null);
    setEditing(null);
    setDraft({
      kind: 'ride-along',
      observer: everyone ? call.observer : me,
      salespeople: call.salespeople.join('\n'),
      date: call.date,
      account: call.account ?? '',
      occurrence: call.occurrence,
      moments: [emptyMoment('ride-along')],
    });
    setFormFocus((n) => n + 1);
  };

  const onDelete = async (note: FieldNote) => {
    setDeleteError(null);
    try {
      await api.deleteNote(note.id);
      if (editing?.id === note.id) startOver();
      setDone(`Deleted the ${note.kind} of ${day(note.date)}.`);
      load();
    } catch (error) {
      setDeleteError(error);
    }
  };

  return (
    <>
      <PageHeading
        intro={
          everyone
            ? 'What product and marketing saw on sales calls and in one-on-ones: where salespeople struggled or were unsure. Everyone’s notes are below.'
            : 'Note where salespeople struggle or are unsure on the calls you ride along on and in one-on-ones. You see the notes you logged.'
        }
      >
        Field notes
      </PageHeading>
      {done !== null && (
        <p className="card logged notes-done" role="status">
          {done}
        </p>
      )}
      {calls.status === 'ready' && (
        <RideAlongSuggestions
          answer={calls.answer}
          everyone={session.user.role === 'admin'}
          onWriteUp={onWriteUp}
        />
      )}
      {calls.status === 'error' && (
        <ErrorBanner error={calls.error} title="The sales calls could not be loaded." />
      )}
      <div className="notes-layout">
        <NoteForm
          key={editing?.id ?? 'new'}
          draft={draft}
          onDraft={setDraft}
          editing={editing}
          observerFixed={!everyone}
          occurrences={occurrences}
          headingRef={formHeading}
          onSaved={onSaved}
          onCancel={startOver}
        />
        <div>
          {deleteError !== null && (
            <ErrorBanner error={deleteError} title="The note could not be deleted." />
          )}
          {notes.status === 'loading' && <Loading what="field notes" />}
          {notes.status === 'error' && (
            <ErrorBanner error={notes.error} title="The field notes could not be loaded." />
          )}
          {notes.status === 'ready' && (
            <NoteList
              notes={notes.notes}
              title={everyone ? 'All notes' : 'Your notes'}
              meetingLabel={(value) => occurrences.find((o) => o.value === value)?.label ?? value}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          )}
          <NotesCsv everyone={everyone} onImported={() => load()} />
          {calls.status === 'none' && (
            <p className="muted">No sales calls to suggest yet — {calls.reason}</p>
          )}
        </div>
      </div>
    </>
  );
}
