// Overview: the headline a leader reads in ten seconds, selling share per customer-oriented role
// against the benchmarks (rules 7 and 10), and the weekly trend.
import type { Report } from '../api-types.js';
import { ChartFigure } from '../components/chart-figure.js';
import { PageHeading } from '../components/page-heading.js';
import { ReportGate } from '../components/report-gate.js';
import { ScrollTable } from '../components/scroll-table.js';
import { Stat } from '../components/stat.js';
import { SellingShareChart, type RoleShare } from '../charts/selling-share-chart.js';
import { WeeklyTrendChart, type TrendSeries } from '../charts/weekly-trend-chart.js';
import { day, hours, number, percent } from '../format.js';
import { hrefOf } from '../router.js';

export function OverviewPage() {
  return (
    <>
      <PageHeading intro="Where customer-facing time goes, and what pulls salespeople away from selling.">
        Overview
      </PageHeading>
      <ReportGate>{(report) => <Overview report={report} />}</ReportGate>
    </>
  );
}

function Overview({ report }: { report: Report }) {
  const { headline } = report;
  const shown: RoleShare[] = headline.sellingShareByRole.flatMap((r) =>
    !r.suppressed && r.sellingShare !== null
      ? [
          {
            role: r.role,
            people: r.people,
            sellingShare: r.sellingShare,
            sellingShareOfScheduled: r.sellingShareOfScheduled,
          },
        ]
      : [],
  );
  const withheld = headline.sellingShareByRole.filter((r) => r.suppressed);
  const reviewPerYear = report.inviteReview.reduce((sum, r) => sum + r.annualisedSellingHours, 0);

  return (
    <>
      <section aria-labelledby="headline-title" className="card headline">
        <h2 id="headline-title">Headline</h2>
        <p className="headline-text">{headline.text}</p>
        <dl className="stats">
          <Stat
            label="Selling share, all customer-oriented people"
            value={percent(headline.overallSellingShare)}
            note={`of a ${report.workweekHours}-hour week`}
          />
          <Stat
            label="Meetings to reconsider"
            value={number(report.inviteReview.length, 0)}
            note={`${hours(reviewPerYear, 0)} of selling a year`}
          />
          <Stat
            label="Departments over one day a week with another"
            value={number(headline.flaggedPairs.length, 0)}
            note={`threshold ${hours(report.flaggedPeople.thresholdHoursPerWeek)} per person-week`}
          />
        </dl>
      </section>

      <section className="card">
        {shown.length > 0 ? (
          <ChartFigure
            title="Selling share per customer-oriented role"
            description={`Selling hours as a share of a ${report.workweekHours}-hour week and of each role’s scheduled time; dashed lines are the published benchmarks.`}
            summary={shown
              .map((r) => `${r.role}: ${percent(r.sellingShare)} of the week`)
              .join('; ')}
            chart={
              <SellingShareChart
                roles={shown}
                benchmarks={report.benchmarks}
                workweekHours={report.workweekHours}
              />
            }
            table={<RoleShareTable report={report} />}
          />
        ) : (
          <>
            <h2>Selling share per customer-oriented role</h2>
            <p>No customer-oriented role is large enough to show on its own in this range.</p>
          </>
        )}
        {withheld.length > 0 && (
          <p className="muted">
            Withheld for privacy (fewer than {report.privacy.minGroupSize} people, or would reveal a
            smaller group): {withheld.map((r) => r.role).join(', ')}.
          </p>
        )}
        <h3>Benchmarks</h3>
        <ul className="benchmarks">
          {report.benchmarks.map((b) => (
            <li key={b.id}>
              <span className="benchmark-value">{percent(b.sellingShare)}</span> {b.source}:{' '}
              {b.claim}
            </li>
          ))}
        </ul>
      </section>

      <section className="card">
        <WeeklyTrend report={report} />
      </section>

      <div className="two-columns">
        <section className="card" aria-labelledby="cut-title">
          <h2 id="cut-title">Cut first</h2>
          {headline.seriesToCut.length === 0 ? (
            <p>No internal meeting takes customer-oriented people away in this range.</p>
          ) : (
            <ol className="plain-list">
              {headline.seriesToCut.map((s) => (
                <li key={s.uid}>
                  <a href={hrefOf('meetings', s.uid)}>{s.title || '(no title)'}</a>
                  <span className="muted">
                    {' '}
                    {s.organizerDepartment ?? 'unknown department'} · {hours(s.sellingHoursPerWeek)}{' '}
                    a week · {hours(s.annualisedSellingHours, 0)} a year
                  </span>
                </li>
              ))}
            </ol>
          )}
          <p>
            <a href={hrefOf('meetings')}>All meetings to reconsider</a>
          </p>
        </section>
        <section className="card" aria-labelledby="flagged-title">
          <h2 id="flagged-title">Over one day a week</h2>
          {headline.flaggedPairs.length === 0 ? (
            <p>No department spends more than one day per person-week with another.</p>
          ) : (
            <ul className="plain-list">
              {headline.flaggedPairs.map((p) => (
                <li key={`${p.from}→${p.to}`}>
                  <strong>
                    {p.from} → {p.to}
                  </strong>
                  : {hours(p.hoursPerPersonWeek)} per person-week ({number(p.fteAbsorbed)} FTE).{' '}
                  {p.verdict}.
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href={hrefOf('departments')}>Time between departments</a>
          </p>
        </section>
      </div>
    </>
  );
}

function RoleShareTable({ report }: { report: Report }) {
  return (
    <ScrollTable caption="Selling share per customer-oriented role">
      <thead>
        <tr>
          <th scope="col">Role</th>
          <th scope="col">People</th>
          <th scope="col">Of a {report.workweekHours}-hour week</th>
          <th scope="col">Of scheduled time</th>
        </tr>
      </thead>
      <tbody>
        {report.headline.sellingShareByRole.map((r) => (
          <tr key={r.role}>
            <th scope="row">{r.role}</th>
            <td className="num">{r.people}</td>
            <td className="num">{r.suppressed ? 'withheld' : percent(r.sellingShare)}</td>
            <td className="num">
              {r.suppressed ? 'withheld' : percent(r.sellingShareOfScheduled)}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function WeeklyTrend({ report }: { report: Report }) {
  const { weeklyTrend } = report;
  const roles = weeklyTrend.roles.filter((r) => !r.suppressed);
  const series: TrendSeries[] = [
    ...(weeklyTrend.overallSuppressed
      ? []
      : [{ key: '__all', label: 'All customer-oriented people' }]),
    ...roles.map((r) => ({ key: r.role, label: r.role })),
  ];
  const weeks = weeklyTrend.weeks.map((w) => ({
    week: w.week,
    __all: w.sellingShare,
    ...Object.fromEntries(roles.map((r) => [r.role, w.roles[r.role] ?? null])),
  }));
  const essay = report.benchmarks.find((b) => b.id === 'essay')?.sellingShare ?? null;
  if (series.length === 0 || weeks.length === 0) {
    return (
      <>
        <h2>Weekly trend</h2>
        <p>No weekly selling share can be shown for this range without revealing a small group.</p>
      </>
    );
  }
  return (
    <ChartFigure
      title="Weekly trend"
      description={`Selling share of a ${report.workweekHours}-hour week, ISO weeks from Monday (${report.range.timezone}).`}
      summary={`Selling share per week from ${day(weeks[0]!.week)} to ${day(weeks[weeks.length - 1]!.week)} for ${series.map((s) => s.label).join(', ')}.`}
      chart={<WeeklyTrendChart weeks={weeks} series={series} essayShare={essay} />}
      table={
        <ScrollTable caption="Selling share per week">
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <th scope="row">{day(w.week)}</th>
                {series.map((s) => {
                  const value = (w as Record<string, string | number | null>)[s.key];
                  return (
                    <td className="num" key={s.key}>
                      {percent(typeof value === 'number' ? value : null)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      }
    />
  );
}
