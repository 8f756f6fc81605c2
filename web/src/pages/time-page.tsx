// Where time goes: categories (rule 6) per role or department as stacked bars, filtered by
// department and role. Analysts see the report's groups; admins, who get person-level rows, can
// also cut roles within a department (small cells are withheld the same way, rule of minGroupSize).
import { useId, useState } from 'react';
import type { Report } from '../api-types.js';
import { CategoryBarsChart, type CategoryRow } from '../charts/category-bars-chart.js';
import { ChartFigure } from '../components/chart-figure.js';
import { PageHeading } from '../components/page-heading.js';
import { ReportGate } from '../components/report-gate.js';
import { ScrollTable } from '../components/scroll-table.js';
import { hours, number, percent } from '../format.js';
import { timeGroups, type GroupBy, type TimeGroup } from './time-groups.js';

const ALL = '';

export function TimePage() {
  return (
    <>
      <PageHeading intro="Hours per person per week in each category, by role or department.">
        Where time goes
      </PageHeading>
      <ReportGate>{(report) => <TimeView report={report} />}</ReportGate>
    </>
  );
}

function TimeView({ report }: { report: Report }) {
  const [by, setBy] = useState<GroupBy>('department');
  const [department, setDepartment] = useState(ALL);
  const [role, setRole] = useState(ALL);
  const id = useId();
  const departments = report.groups.filter((g) => g.by === 'department').map((g) => g.name);
  const roles = report.groups.filter((g) => g.by === 'role').map((g) => g.name);
  const result = timeGroups(report, { by, department, role });

  return (
    <>
      <form className="filters card" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="field">
          <legend>Group by</legend>
          <div className="segmented">
            {(['department', 'role'] as const).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`${id}-by`}
                  value={value}
                  checked={by === value}
                  onChange={() => setBy(value)}
                />
                {value === 'department' ? 'Department' : 'Role'}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-department`}>Department</label>
          <select
            id={`${id}-department`}
            value={department}
            onChange={(e) => setDepartment(e.target.value)}
          >
            <option value={ALL}>All departments</option>
            {departments.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value)}>
            <option value={ALL}>All roles</option>
            {roles.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </div>
      </form>
      <section className="card">
        {result.ok ? (
          <TimeChart report={report} groups={result.groups} by={by} />
        ) : (
          <p role="status">{result.reason}</p>
        )}
      </section>
    </>
  );
}

function TimeChart(props: { report: Report; groups: TimeGroup[]; by: GroupBy }) {
  const { report, groups, by } = props;
  const shown = groups.filter((g) => g.hours !== null);
  const withheld = groups.filter((g) => g.hours === null);
  const perPersonWeek = (g: TimeGroup, category: string) =>
    g.hours === null ? 0 : (g.hours[category] ?? 0) / (g.people * report.range.weeks);
  const rows: CategoryRow[] = shown.map((g) => ({
    name: g.name,
    ...Object.fromEntries(report.categories.map((c) => [c, perPersonWeek(g, c)])),
  }));
  const label = by === 'department' ? 'department' : 'role';
  if (groups.length === 0) return <p role="status">No {label} matches these filters.</p>;

  return (
    <>
      {shown.length > 0 ? (
        <ChartFigure
          title={`Time per ${label}`}
          description={`Hours per person per week in each category, ${number(report.range.weeks)} weeks. Market work is ${report.marketCategories.join(' + ')}.`}
          summary={shown
            .map(
              (g) =>
                `${g.name}: ${hours((g.scheduledHours ?? 0) / (g.people * report.range.weeks))} scheduled per person-week`,
            )
            .join('; ')}
          chart={<CategoryBarsChart rows={rows} categories={report.categories} />}
          table={
            <ScrollTable caption={`Hours per person per week, by ${label}`}>
              <thead>
                <tr>
                  <th scope="col">{by === 'department' ? 'Department' : 'Role'}</th>
                  <th scope="col">People</th>
                  {report.categories.map((c) => (
                    <th scope="col" key={c}>
                      {c}
                    </th>
                  ))}
                  <th scope="col">Scheduled</th>
                  <th scope="col">Selling share</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.name}>
                    <th scope="row">{g.name}</th>
                    <td className="num">{g.people}</td>
                    {report.categories.map((c) => (
                      <td className="num" key={c}>
                        {g.hours === null ? 'withheld' : number(perPersonWeek(g, c))}
                      </td>
                    ))}
                    <td className="num">
                      {g.scheduledHours === null
                        ? 'withheld'
                        : number(g.scheduledHours / (g.people * report.range.weeks))}
                    </td>
                    <td className="num">{percent(g.sellingShare)}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          }
        />
      ) : (
        <p role="status">
          Every {label} that matches is withheld for privacy (fewer than{' '}
          {report.privacy.minGroupSize} people).
        </p>
      )}
      {withheld.length > 0 && shown.length > 0 && (
        <p className="muted">
          Withheld for privacy: {withheld.map((g) => `${g.name} (${g.people})`).join(', ')}.
        </p>
      )}
    </>
  );
}
