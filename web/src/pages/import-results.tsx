// The per-file report of a calendar import: what each file held, what changed, and what was
// skipped or warned about, line by line.
import type { CalendarFileReport } from '../api-types.js';
import { ScrollTable } from '../components/scroll-table.js';
import { number } from '../format.js';

export interface FileRow {
  name: string;
  /** Null when the upload itself failed. */
  report: CalendarFileReport | null;
  error: string | null;
}

const SHOWN = 5;

export function FileReports({ rows }: { rows: FileRow[] }) {
  const notes = rows.filter(
    (r) =>
      r.error !== null ||
      (r.report !== null &&
        (r.report.skipped.length > 0 || r.report.warnings.length > 0 || r.report.error)),
  );
  return (
    <section className="card" aria-labelledby="file-reports" data-testid="file-reports">
      <h2 id="file-reports">Calendars</h2>
      <ScrollTable caption="One row per file">
        <thead>
          <tr>
            <th scope="col">Calendar of</th>
            <th scope="col">Events</th>
            <th scope="col">Occurrences</th>
            <th scope="col">New</th>
            <th scope="col">Gone</th>
            <th scope="col">Skipped</th>
            <th scope="col">Warnings</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${i}:${r.name}`} className={r.report?.ok ? undefined : 'row-failed'}>
              <th scope="row">
                {r.report?.owner ?? r.name}
                {r.report?.owner && r.name !== `${r.report.owner}.ics` && (
                  <span className="file-name">{r.name}</span>
                )}
              </th>
              <td className="num">{number(r.report?.events, 0)}</td>
              <td className="num">{number(r.report?.occurrences, 0)}</td>
              <td className="num">{number(r.report?.added, 0)}</td>
              <td className="num">{number(r.report?.removed, 0)}</td>
              <td className="num">{number(r.report?.skipped.length, 0)}</td>
              <td className="num">{number(r.report?.warnings.length, 0)}</td>
              <td>{r.report?.ok ? 'imported' : <strong>not imported</strong>}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {notes.length > 0 && (
        <>
          <h3>Details</h3>
          <ul className="file-notes">
            {notes.map((r, i) => (
              <li key={`${i}:${r.name}`}>
                <strong>{r.name}</strong>
                <ul>
                  {r.error !== null && <li>Upload failed: {r.error}</li>}
                  {r.report?.error && <li>Error: {r.report.error}</li>}
                  {r.report?.skipped.slice(0, SHOWN).map((s, k) => (
                    <li key={`s${k}`}>
                      Line {s.line}: skipped{s.uid ? ` ${s.uid}` : ''}: {s.reason}
                    </li>
                  ))}
                  {r.report?.warnings.slice(0, SHOWN).map((w, k) => (
                    <li key={`w${k}`}>
                      Line {w.line}: {w.message}
                    </li>
                  ))}
                  {r.report !== null &&
                    r.report.skipped.length + r.report.warnings.length > 2 * SHOWN && (
                      <li className="muted">and more; the command line’s --details lists all.</li>
                    )}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
