// Departments: rule 8 as a heatmap table — hours per person-week department A spends with B —
// with cells over one working day flagged in text and colour, and the verdicts they lead to.
import type { CrossDepartmentRow, Report } from '../api-types.js';
import { PageHeading } from '../components/page-heading.js';
import { ReportGate } from '../components/report-gate.js';
import { ScrollTable } from '../components/scroll-table.js';
import { count, hours, number } from '../format.js';
import { heatColour } from './heat-colour.js';

export function DepartmentsPage() {
  return (
    <>
      <PageHeading intro="Hours per person-week each department (row) spends in meetings with another (column). More than one working day a week suggests the other department is understaffed or underskilled.">
        Departments
      </PageHeading>
      <ReportGate>{(report) => <Departments report={report} />}</ReportGate>
    </>
  );
}

function Departments({ report }: { report: Report }) {
  const rows = report.crossDepartment;
  const from = unique(rows.map((r) => r.from));
  const to = unique([...rows.map((r) => r.to), ...from]);
  const cell = new Map(rows.map((r) => [`${r.from}\u0000${r.to}`, r]));
  const threshold = report.flaggedPeople.thresholdHoursPerWeek;
  const max = Math.max(threshold * 1.5, ...rows.map((r) => r.hoursPerPersonWeek ?? 0));
  const flagged = rows.filter((r) => r.flagged === true);

  return (
    <>
      <section className="card">
        <h2>Time between departments</h2>
        <p className="muted">
          Threshold: {hours(threshold)} per person-week (one day of a {report.workweekHours}-hour
          week). <span className="flag-sample">⚑ flagged</span> marks a cell over it; darker cells
          mean more hours. Departments with fewer than {report.privacy.minGroupSize} people are
          withheld.
        </p>
        {from.length === 0 ? (
          <p role="status">No department has active people in this range.</p>
        ) : (
          <ScrollTable
            caption="Hours per person-week, from the row’s department with the column’s"
            className="heatmap"
          >
            <thead>
              <tr>
                <th scope="col">From ↓ with →</th>
                {to.map((b) => (
                  <th scope="col" key={b}>
                    {b}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {from.map((a) => (
                <tr key={a}>
                  <th scope="row">{a}</th>
                  {to.map((b) => (
                    <HeatCell
                      key={b}
                      row={a === b ? null : (cell.get(`${a}\u0000${b}`) ?? null)}
                      same={a === b}
                      max={max}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </section>

      <section className="card" aria-labelledby="verdicts-title">
        <h2 id="verdicts-title">Verdicts</h2>
        {flagged.length === 0 ? (
          <p>No department spends more than one day per person-week with another in this range.</p>
        ) : (
          <ul className="verdicts">
            {flagged.map((r) => (
              <li key={`${r.from}→${r.to}`}>
                <strong>{r.verdict}.</strong> {r.from} spends {hours(r.hoursPerPersonWeek)} per
                person-week with {r.to}: {number(r.fteAbsorbed)} FTE absorbed
                {r.flaggedPeople !== null &&
                  `; ${r.flaggedPeople} of ${count(r.people, 'person', 'people')} over one day a week`}
                .
              </li>
            ))}
          </ul>
        )}
        <FlaggedPeople report={report} />
      </section>
    </>
  );
}

function HeatCell(props: { row: CrossDepartmentRow | null; same: boolean; max: number }) {
  const { row, same, max } = props;
  if (same) {
    return (
      <td className="heat same">
        <span aria-hidden="true">·</span>
        <span className="visually-hidden">same department</span>
      </td>
    );
  }
  if (row === null || row.suppressed || row.hoursPerPersonWeek === null) {
    return <td className="heat withheld">{row === null ? '—' : 'withheld'}</td>;
  }
  const { background, text } = heatColour(row.hoursPerPersonWeek / max);
  return (
    <td
      className={row.flagged ? 'heat flagged' : 'heat'}
      style={{ background, color: text }}
      title={row.verdict ?? undefined}
    >
      {number(row.hoursPerPersonWeek)}
      {row.flagged && (
        <>
          {' '}
          <span aria-hidden="true">⚑</span>
          <span className="visually-hidden">flagged: {row.verdict}</span>
        </>
      )}
    </td>
  );
}

function FlaggedPeople({ report }: { report: Report }) {
  const departments = report.flaggedPeople.byDepartment.filter(
    (d) => d.suppressed || (d.flaggedPeople ?? 0) > 0,
  );
  const people = report.flaggedPeople.people ?? [];
  return (
    <>
      <h3>People over one day a week with another department</h3>
      {departments.length === 0 ? (
        <p>
          Nobody in a department large enough to show spends more than one day a week with another.
        </p>
      ) : (
        <ul className="plain-list">
          {departments.map((d) => (
            <li key={d.department}>
              {d.department}:{' '}
              {d.suppressed
                ? 'withheld'
                : `${d.flaggedPeople} of ${count(d.people, 'person', 'people')}`}
            </li>
          ))}
        </ul>
      )}
      {people.length > 0 && (
        <details>
          <summary>Names ({people.length}; admins only)</summary>
          <ScrollTable caption="People over one day a week with another department">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Department</th>
                <th scope="col">With</th>
                <th scope="col">Hours per week</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={`${p.email}→${p.to}`}>
                  <th scope="row">{p.name}</th>
                  <td>{p.department}</td>
                  <td>{p.to}</td>
                  <td className="num">{number(p.hoursPerWeek)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </details>
      )}
    </>
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}
