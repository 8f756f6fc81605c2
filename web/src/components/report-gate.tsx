// The range control, then the page's content once the report is in: loading, failure and "no data
// yet" are handled here once for every report page.
import type { ReactNode } from 'react';
import type { Report } from '../api-types.js';
import { day, lastDay } from '../format.js';
import { useReportData } from '../report-data.js';
import { hrefOf } from '../router.js';
import { atLeast, useSession } from '../session.js';
import { EmptyState, ErrorBanner, Loading } from './page-state.js';
import { RangeControl } from './range-control.js';

export function ReportGate(props: { children: (report: Report) => ReactNode }) {
  const { report } = useReportData();
  const { session } = useSession();
  const ready = report.status === 'ready' ? report.value : null;
  const importLink = atLeast(session.user.role, 'admin') ? (
    <a href={hrefOf('import')}>Import the directory and calendars</a>
  ) : (
    'Ask an admin to import the directory and calendars'
  );
  if (report.status === 'empty') {
    return (
      <EmptyState>
        <h2>Nothing to show yet</h2>
        <p>{report.reason}</p>
        <p>{importLink}.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <RangeControl report={ready} />
      {report.status === 'loading' && <Loading what="the report" />}
      {report.status === 'error' && (
        <ErrorBanner error={report.error} title="The report could not be loaded." />
      )}
      {ready !== null &&
        (hasData(ready) ? (
          props.children(ready)
        ) : (
          <EmptyState>
            <h2>No calendar time in this range</h2>
            <p>
              Nobody has counted time between {day(ready.range.from)} and {lastDay(ready.range.to)}.
              Choose another range, or: {importLink}.
            </p>
          </EmptyState>
        ))}
    </>
  );
}

function hasData(report: Report): boolean {
  const org = report.groups.find((g) => g.by === 'org');
  return org !== undefined && org.people > 0 && (org.suppressed || (org.scheduledHours ?? 0) > 0);
}
