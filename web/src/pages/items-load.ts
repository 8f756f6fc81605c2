// Loading for the enablement pages: one fetch per change of its inputs, aborted when they change
// again or the page goes, so a slow answer never overwrites a newer one.
import { useEffect, useState } from 'react';
import type { DependencyList } from 'react';
import type { Loaded } from '../report-data.js';

export function useLoaded<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    load(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setState({ status: 'ready', value });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
    // The caller names what the load depends on, as with useEffect.
  }, deps);
  return state;
}
