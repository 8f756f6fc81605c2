// The report every analysis page reads: one fetch per (range, person-level) shared by the pages,
// refetched when the range changes or an import lands. The days with data are asked for first, so
// a fresh install says "nothing imported yet" instead of failing a report request.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError, api } from './api.js';
import type { DataRange, DateRange, Report } from './api-types.js';

export type Loaded<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; value: T };

/** The report, or why there is none yet (nothing imported), besides loading and failure. */
export type ReportState = Loaded<Report> | { status: 'empty'; reason: string };

interface ReportData {
  /** The range asked for; null means the server's default (the last 13 weeks with data). */
  range: DateRange | null;
  setRange(range: DateRange | null): void;
  /** Whether reports include person-level rows (admins only). */
  people: boolean;
  report: ReportState;
  /** The days with counted time, for the range inputs' bounds; null until known. */
  bounds: DataRange | null;
  /** Drops what was fetched, e.g. after an import. */
  invalidate(): void;
  want(): void;
}

const ReportContext = createContext<ReportData | null>(null);

const NOTHING_YET = 'No calendar time is counted yet.';

export function ReportProvider(props: { people: boolean; children: ReactNode }) {
  const { people } = props;
  const [range, setRange] = useState<DateRange | null>(null);
  const [generation, setGeneration] = useState(0);
  const [report, setReport] = useState<ReportState>({ status: 'loading' });
  const [bounds, setBounds] = useState<DataRange | null>(null);
  // Nothing is fetched until a page reads the report: members may not, and the import page need not.
  const [wanted, setWanted] = useState(false);

  useEffect(() => {
    if (!wanted) return undefined;
    const controller = new AbortController();
    const { signal } = controller;
    setReport({ status: 'loading' });
    const load = async (): Promise<ReportState> => {
      let days: DataRange;
      try {
        days = await api.reportRange(signal);
      } catch (error) {
        // 400: the server is not set up yet (no directory); 404: nothing counted.
        if (error instanceof ApiError && (error.status === 400 || error.status === 404)) {
          return { status: 'empty', reason: `${NOTHING_YET} ${error.message}` };
        }
        throw error;
      }
      setBounds(days);
      if (days.from === null) return { status: 'empty', reason: NOTHING_YET };
      return { status: 'ready', value: await api.report(range, people, signal) };
    };
    load().then(
      (state) => setReport(state),
      (error: unknown) => {
        if (!signal.aborted) setReport({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [wanted, range, people, generation]);

  const invalidate = useCallback(() => setGeneration((g) => g + 1), []);
  const want = useCallback(() => setWanted(true), []);
  const value = useMemo(
    () => ({ range, setRange, people, report, bounds, invalidate, want }),
    [range, people, report, bounds, invalidate, want],
  );
  return <ReportContext.Provider value={value}>{props.children}</ReportContext.Provider>;
}

export function useReportData(): ReportData {
  const data = useContext(ReportContext);
  if (data === null) throw new Error('useReportData outside ReportProvider');
  const { want } = data;
  useEffect(want, [want]);
  return data;
}

/** The invalidate function alone, without asking for the report. */
export function useInvalidateReport(): () => void {
  const data = useContext(ReportContext);
  if (data === null) throw new Error('useInvalidateReport outside ReportProvider');
  return data.invalidate;
}
