// Field notes as a spreadsheet: download the notes you may read (one row per moment, the format of
// `orient notes export`), or add notes from such a file — all of it or, on any problem, none,
// with every problem named by line and column.
import { useId, useRef, useState } from 'react';
import { FileField } from '../components/file-field.js';
import type { FormEvent } from 'react';
import { ApiError, api, messageOf } from '../api.js';
import { count } from '../format.js';

/** A plain link: the browser downloads it with the session cookie. */
const NOTES_CSV = '/api/notes/csv';

type Outcome =
  | { ok: true; message: string }
  | { ok: false; message: string; problems: { line?: number; message: string }[] };

export function NotesCsv(props: { everyone: boolean; onImported(): void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (file === undefined) {
      setOutcome({ ok: false, message: 'Choose a CSV file first.', problems: [] });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const imported = await api.importNotes(file);
      setOutcome({
        ok: true,
        message: `Imported ${count(imported.notes, 'note')} with ${count(imported.moments, 'moment')} from ${file.name}.`,
      });
      if (input.current) input.current.value = '';
      props.onImported();
    } catch (error) {
      setOutcome({
        ok: false,
        message: messageOf(error),
        problems: error instanceof ApiError ? error.problems : [],
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="notes-csv">
      <h2 id={`${id}-title`}>Spreadsheet</h2>
      <p>
        <a href={NOTES_CSV} download="field-notes.csv">
          Download {props.everyone ? 'all notes' : 'your notes'} (CSV)
        </a>{' '}
        <span className="muted">— one row per moment.</span>
      </p>
      <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label="Import notes">
        <FileField
          id={`${id}-file`}
          label="Add notes from a CSV"
          inputRef={input}
          accept=".csv,text/csv"
          disabled={busy}
          hint="Columns as in the download; a note’s rows share its “note” cell. Any problem and nothing is added."
        />
        <button type="submit" disabled={busy}>
          Import
        </button>
      </form>
      {outcome?.ok === true && (
        <p className="logged" role="status">
          {outcome.message}
        </p>
      )}
      {outcome?.ok === false && (
        <div className="field-problem" role="alert">
          <p>{outcome.message}</p>
          {outcome.problems.length > 0 && (
            <ul className="problems">
              {outcome.problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
