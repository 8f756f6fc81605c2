// Meetings to reconsider: the invite review (rule 9) — internal meetings organised outside the
// customer-facing roles that take customer-oriented people with them — with what each costs in
// selling time per week and per year. A series opens onto its occurrences (names: admins only).
import type { InviteReviewRow, Report } from '../api-types.js';
import { PageHeading } from '../components/page-heading.js';
import { ReportGate } from '../components/report-gate.js';
import { ScrollTable } from '../components/scroll-table.js';
import { Stat } from '../components/stat.js';
import { hours, number } from '../format.js';
import { hrefOf } from '../router.js';
import { MeetingOccurrences } from './meeting-occurrences.js';

export function MeetingsPage(props: { uid: string | null }) {
  return (
    <>
      <PageHeading intro="Internal meetings, organised outside the customer-facing roles, that take customer-oriented people away from selling. Training and one-on-ones are not counted.">
        Meetings to reconsider
      </PageHeading>
      <ReportGate>
        {(report) =>
          props.uid === null ? (
            <Review report={report} />
          ) : (
            <Series report={report} uid={props.uid} />
          )
        }
      </ReportGate>
    </>
  );
}

function Review({ report }: { report: Report }) {
  const rows = report.inviteReview;
  const perWeek = rows.reduce((sum, r) => sum + r.sellingHoursPerWeek, 0);
  const perYear = rows.reduce((sum, r) => sum + r.annualisedSellingHours, 0);
  return (
    <>
      <section className="card" aria-labelledby="review-total">
        <h2 id="review-total">What they cost</h2>
        <dl className="stats">
          <Stat label="Meeting series" value={number(rows.length, 0)} />
          <Stat label="Selling time per week" value={hours(perWeek)} />
          <Stat
            label="Selling time per year"
            value={hours(perYear, 0)}
            note={`about ${number(perYear / report.workweekHours, 0)} working weeks`}
          />
        </dl>
      </section>
      <section className="card">
        {rows.length === 0 ? (
          <p>No meeting in this range takes customer-oriented people away from selling.</p>
        ) : (
          <ScrollTable
            caption="Meetings to reconsider, most selling time first"
            className="review-table"
          >
            <thead>
              <tr>
                <th scope="col">Meeting</th>
                <th scope="col">Organised by</th>
                <th scope="col">Occurrences</th>
                <th scope="col">Customer-facing attendees</th>
                <th scope="col">Selling hours in range</th>
                <th scope="col">Per week</th>
                <th scope="col">Per year</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.uid}>
                  <th scope="row">
                    <a href={hrefOf('meetings', r.uid)}>{r.title || '(no title)'}</a>
                  </th>
                  <td>{organiser(r)}</td>
                  <td className="num">{r.occurrences}</td>
                  <td className="num">{r.customerFacingAttendeeCount}</td>
                  <td className="num">{number(r.sellingHours)}</td>
                  <td className="num">{number(r.sellingHoursPerWeek)}</td>
                  <td className="num">{number(r.annualisedSellingHours, 0)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </section>
    </>
  );
}

function organiser(r: InviteReviewRow): string {
  const department = r.organizerDepartment ?? 'not in the directory';
  return r.organizerName ? `${r.organizerName} (${department})` : department;
}

function Series({ report, uid }: { report: Report; uid: string }) {
  const row = report.inviteReview.find((r) => r.uid === uid);
  return (
    <>
      <p>
        <a href={hrefOf('meetings')}>← All meetings to reconsider</a>
      </p>
      {row === undefined ? (
        <section className="card">
          <h2>Not in this range</h2>
          <p>This series is not among the meetings to reconsider between the dates chosen.</p>
        </section>
      ) : (
        <>
          <section className="card" aria-labelledby="series-title">
            <h2 id="series-title">{row.title || '(no title)'}</h2>
            <dl className="stats">
              <Stat label="Organised by" value={organiser(row)} />
              <Stat label="Occurrences in range" value={number(row.occurrences, 0)} />
              <Stat label="Selling time per week" value={hours(row.sellingHoursPerWeek)} />
              <Stat label="Selling time per year" value={hours(row.annualisedSellingHours, 0)} />
            </dl>
            {row.customerFacingAttendees !== undefined && (
              <p>Customer-facing attendees charged: {row.customerFacingAttendees.join(', ')}</p>
            )}
          </section>
          <MeetingOccurrences uid={uid} range={report.range} />
        </>
      )}
    </>
  );
}
