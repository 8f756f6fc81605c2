// The report every analysis page reads: one fetch per (range, person-level) shared by the pages,
// refetched when the range changes or an import lands.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { api } from './api.js';
import type { DateRange, Report } from './api-types.js';

export type Loaded<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; value: T };

interface ReportData {
  /** The range asked for; null means the server's default (the last 13 weeks with data). */
  range: DateRange | null;
  setRange(range: DateRange | null): void;
  /** Whether reports include person-level rows (admins only). */
  people: boolean;
  report: Loaded<Report>;
  /** Drops what was fetched, e.g. after an import. */
  invalidate(): void;
  want(): void;
}

const ReportContext = createContext<ReportData | null>(null);

export function ReportProvider(props: { people: boolean; children: ReactNode }) {
  const { people } = props;
  const [range, setRange] = useState<DateRange | null>(null);
  const [generation, setGeneration] = useState(0);
  const [report, setReport] = useState<Loaded<Report>>({ status: 'loading' });
  // Nothing is fetched until a page reads the report: members may not, and the import page need not.
  const [wanted, setWanted] = useState(false);

  useEffect(() => {
    if (!wanted) return undefined;
    const controller = new AbortController();
    setReport({ status: 'loading' });
    api.report(range, people, controller.signal).then(
      (value) => setReport({ status: 'ready', value }),
      (error: unknown) => {
        if (!controller.signal.aborted) setReport({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [wanted, range, people, generation]);

  const invalidate = useCallback(() => setGeneration((g) => g + 1), []);
  const want = useCallback(() => setWanted(true), []);
  const value = useMemo(
    () => ({ range, setRange, people, report, invalidate, want }),
    [range, people, report, invalidate, want],
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
