// One series' occurrences in the invite review. The server sends attendee names to admins only;
// everyone else sees counts.
import { useEffect, useState } from 'react';
import { api } from '../api.js';
import type { DateRange, MeetingOccurrence } from '../api-types.js';
import { ErrorBanner, Loading } from '../components/page-state.js';
import { ScrollTable } from '../components/scroll-table.js';
import { dateTime, hours, number } from '../format.js';
import type { Loaded } from '../report-data.js';

export function MeetingOccurrences(props: { uid: string; range: DateRange }) {
  const { uid } = props;
  const { from, to } = props.range;
  const [occurrences, setOccurrences] = useState<Loaded<MeetingOccurrence[]>>({
    status: 'loading',
  });

  useEffect(() => {
    const controller = new AbortController();
    setOccurrences({ status: 'loading' });
    api.occurrences(uid, { from, to }, controller.signal).then(
      (value) => setOccurrences({ status: 'ready', value }),
      (error: unknown) => {
        if (!controller.signal.aborted) setOccurrences({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [uid, from, to]);

  if (occurrences.status === 'loading') return <Loading what="the occurrences" />;
  if (occurrences.status === 'error') {
    return <ErrorBanner error={occurrences.error} title="The occurrences could not be loaded." />;
  }
  const list = occurrences.value;
  const names = list.some((o) => o.attendees !== undefined);
  return (
    <section className="card" aria-labelledby="occurrences-title">
      <h2 id="occurrences-title">Occurrences</h2>
      {!names && (
        <p className="muted" data-testid="names-admin-only">
          Attendee names are shown to admins only.
        </p>
      )}
      <ScrollTable caption="Occurrences in the range, with the selling time each took">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Title</th>
            <th scope="col">Customer-facing attendees</th>
            <th scope="col">Selling hours</th>
            {names && <th scope="col">Attendees</th>}
          </tr>
        </thead>
        <tbody>
          {list.map((o) => (
            <tr key={o.recurrenceKey || o.start}>
              <th scope="row">{dateTime(o.start)}</th>
              <td>{o.title || '(no title)'}</td>
              <td className="num">{o.customerFacingAttendees}</td>
              <td className="num">{number(o.sellingHours)}</td>
              {names && (
                <td>
                  {o.attendees !== undefined && o.attendees.length > 0 ? (
                    <details>
                      <summary>{o.attendees.length} people</summary>
                      <ul className="attendees">
                        {o.attendees.map((a) => (
                          <li key={a.email}>
                            <span className="attendee-name">{a.name}</span>{' '}
                            <span className="muted">
                              {a.role}, {a.department} · {a.category ?? 'uncounted'} ·{' '}
                              {hours(a.hours)}
                            </span>
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : (
                    '—'
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
