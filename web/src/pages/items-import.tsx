// A backlog often starts life in a spreadsheet: import it as a CSV, every row or none, with each
// problem named by its line and column.
import { useId, useRef, useState } from 'react';
import { FileField } from '../components/file-field.js';
import type { FormEvent } from 'react';
import { ApiError, api } from '../api.js';
import { ErrorBanner } from '../components/page-state.js';
import { count } from '../format.js';

type Outcome =
  | { ok: true; imported: number; file: string }
  | { ok: false; error: unknown; problems: { line?: number; message: string }[] };

export function ItemsImport(props: { onImported(): void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0] ?? null;
    if (file === null) {
      setProblem('Choose the backlog CSV first.');
      return;
    }
    setProblem(null);
    setOutcome(null);
    setRunning(true);
    try {
      const result = await api.importItems(file);
      setOutcome({ ok: true, imported: result.imported, file: file.name });
      if (input.current) input.current.value = '';
      props.onImported();
    } catch (error) {
      setOutcome({ ok: false, error, problems: error instanceof ApiError ? error.problems : [] });
    } finally {
      setRunning(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import a backlog</h2>
      <form onSubmit={(e) => void submit(e)} aria-label="Import a backlog">
        <FileField
          id={`${id}-file`}
          label="Backlog (CSV)"
          inputRef={input}
          accept=".csv,text/csv"
          disabled={running}
          hint="Columns: title, kind (worksheet, training, presentation, tool, content, hire), effort_days, cost, selling_hours_per_week, and optionally confidence (0–1, default 1), description, tags (separated by ;). Every row is imported, or none is."
        />
        <button type="submit" disabled={running}>
          {running ? 'Importing…' : 'Import the backlog'}
        </button>
        {problem !== null && (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        )}
      </form>
      <div aria-live="polite" data-testid="items-import-result">
        {outcome?.ok === true && (
          <p className="done">
            Imported {count(outcome.imported, 'item')} from {outcome.file}. They take their places
            on the list by their scores.
          </p>
        )}
        {outcome?.ok === false && (
          <>
            <ErrorBanner error={outcome.error} title="The backlog was not imported." />
            {outcome.problems.length > 0 && (
              <ul className="problems">
                {outcome.problems.map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
