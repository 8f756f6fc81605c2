// Import: the directory CSV, then each person's calendar export, one upload per file with progress
// and the per-file report (`orient import calendars --json`). The last file of a batch tells the
// server to count what the batch touched.
import { useId, useRef, useState } from 'react';
import { FileField } from '../components/file-field.js';
import type { FormEvent } from 'react';
import { ApiError, api, messageOf } from '../api.js';
import type { CalendarFileReport, DirectoryImportResult } from '../api-types.js';
import { PageHeading } from '../components/page-heading.js';
import { ErrorBanner } from '../components/page-state.js';
import { count } from '../format.js';
import { useInvalidateReport } from '../report-data.js';
import { hrefOf } from '../router.js';
import { FileReports, type FileRow } from './import-results.js';

interface Progress {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
  current: string;
}

type DirectoryOutcome =
  | { ok: true; result: DirectoryImportResult }
  | { ok: false; error: unknown; problems: { line?: number; message: string }[] };

export function ImportPage() {
  const id = useId();
  const invalidate = useInvalidateReport();
  const directoryInput = useRef<HTMLInputElement>(null);
  const calendarsInput = useRef<HTMLInputElement>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [directory, setDirectory] = useState<DirectoryOutcome | null>(null);
  const [files, setFiles] = useState<FileRow[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [finished, setFinished] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const csv = directoryInput.current?.files?.[0] ?? null;
    const calendars = [...(calendarsInput.current?.files ?? [])];
    if (csv === null && calendars.length === 0) {
      setProblem('Choose the directory CSV, calendar exports, or both.');
      return;
    }
    setProblem(null);
    setFinished(null);
    setFailure(null);
    setDirectory(null);
    setFiles([]);
    setRunning(true);
    try {
      if (csv !== null) {
        const outcome = await importDirectory(csv);
        setDirectory(outcome);
        if (!outcome.ok) return;
      }
      const rows = await importCalendars(calendars);
      const imported = rows.filter((r) => r.report?.ok).length;
      setFinished(
        calendars.length === 0
          ? 'The directory is imported.'
          : `Imported ${imported} of ${count(calendars.length, 'calendar file')}.`,
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setRunning(false);
      setProgress(null);
      invalidate();
    }
  };

  const importDirectory = async (csv: File): Promise<DirectoryOutcome> => {
    setProgress({ done: 0, total: 1, bytesDone: 0, bytesTotal: csv.size, current: csv.name });
    try {
      return { ok: true, result: await api.importDirectory(csv) };
    } catch (error) {
      return { ok: false, error, problems: error instanceof ApiError ? error.problems : [] };
    }
  };

  const importCalendars = async (calendars: File[]): Promise<FileRow[]> => {
    const rows: FileRow[] = [];
    const bytesTotal = calendars.reduce((sum, f) => sum + f.size, 0);
    let bytesDone = 0;
    let counted = calendars.length === 0;
    for (const [i, file] of calendars.entries()) {
      setProgress({ done: i, total: calendars.length, bytesDone, bytesTotal, current: file.name });
      const last = i === calendars.length - 1;
      try {
        const report = await api.importCalendar(file, {
          last,
          ...(from === '' ? {} : { from }),
          ...(to === '' ? {} : { to }),
        });
        rows.push({ name: file.name, report, error: null });
        if (last) counted = true;
      } catch (error) {
        // A file the server could not read comes back with its report: show what it says.
        const report =
          error instanceof ApiError ? (error.details['file'] as CalendarFileReport) : null;
        rows.push({ name: file.name, report: report ?? null, error: messageOf(error) });
      }
      bytesDone += file.size;
      setFiles([...rows]);
    }
    // The last upload failed, so nobody counted the batch yet.
    if (!counted) await api.finishImport();
    return rows;
  };

  return (
    <>
      <PageHeading intro="Upload the directory and everyone’s calendar exports. Importing again replaces what changed.">
        Import
      </PageHeading>
      <form className="card import-form" onSubmit={(e) => void submit(e)} aria-label="Import files">
        <FileField
          id={`${id}-directory`}
          label="Directory (CSV)"
          inputRef={directoryInput}
          accept=".csv,text/csv"
          disabled={running}
          hint="Columns: email, name, department, role, and optionally manager and timezone. It replaces the previous directory."
        />
        <FileField
          id={`${id}-calendars`}
          label="Calendar exports (.ics)"
          inputRef={calendarsInput}
          accept=".ics,text/calendar"
          multiple
          disabled={running}
          hint="One file per person, named after them (jane.doe@example.com.ics). Files upload one at a time."
        />
        <details>
          <summary>Which dates to read</summary>
          <p className="hint">
            Recurring meetings are expanded over a window: by default the last 12 months and the
            next 3.
          </p>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-from`}>From</label>
              <input
                id={`${id}-from`}
                type="date"
                value={from}
                onChange={(e) => setFrom(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>To (exclusive)</label>
              <input
                id={`${id}-to`}
                type="date"
                value={to}
                onChange={(e) => setTo(e.target.value)}
              />
            </div>
          </div>
        </details>
        <div className="button-row">
          <button type="submit" disabled={running}>
            {running ? 'Importing…' : 'Import'}
          </button>
        </div>
        {problem !== null && (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        )}
        <ImportProgress progress={progress} />
      </form>

      {failure !== null && <ErrorBanner error={failure} title="The import stopped." />}
      {finished !== null && (
        <p className="card done" role="status" data-testid="import-finished">
          {finished} <a href={hrefOf('overview')}>See the overview</a>.
        </p>
      )}
      {directory !== null && <DirectoryResult outcome={directory} />}
      {files.length > 0 && <FileReports rows={files} />}
    </>
  );
}

function ImportProgress({ progress }: { progress: Progress | null }) {
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  return (
    <div className="import-progress" aria-live="polite">
      {progress !== null && (
        <>
          <label htmlFor="import-progress-bar">
            Uploading {progress.current} ({progress.done + 1} of {progress.total})
          </label>
          <progress
            id="import-progress-bar"
            max={Math.max(1, progress.bytesTotal)}
            value={progress.bytesDone}
          />
          <span className="muted">
            {mb(progress.bytesDone)} of {mb(progress.bytesTotal)} MB
          </span>
        </>
      )}
    </div>
  );
}

function DirectoryResult({ outcome }: { outcome: DirectoryOutcome }) {
  if (outcome.ok) {
    const r = outcome.result;
    return (
      <section className="card" aria-labelledby="directory-result" data-testid="directory-result">
        <h2 id="directory-result">Directory</h2>
        <p>
          Imported {count(r.people, 'person', 'people')}: {r.added} added, {r.updated} updated,{' '}
          {r.reactivated} reactivated, {r.deactivated} now inactive, {r.unchanged} unchanged.
        </p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="directory-result">
      <h2 id="directory-result">Directory</h2>
      <ErrorBanner error={outcome.error} title="The directory was not imported." />
      {outcome.problems.length > 0 && (
        <ul className="problems">
          {outcome.problems.map((p, i) => (
            <li key={i}>
              {p.line === undefined ? '' : `Line ${p.line}: `}
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
