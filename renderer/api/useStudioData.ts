import { useCallback, useEffect, useRef, useState } from 'react';
import type { StudioEvent } from '../../shared/api/events';
import { errorMessage, studio } from './studio';

export type Loaded<T> = { data: T | null; error: string | null; loading: boolean; reload(): void };

/**
 * Loads data through the API and reloads it when the library reports a change that concerns it,
 * so a second window or the CLI changing the library shows up here too.
 */
export function useStudioData<T>(load: () => Promise<T>, deps: unknown[], concerns: (e: StudioEvent) => boolean): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: true });
  const generation = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  const reload = useCallback(() => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    run().then(
      (data) => mine === generation.current && setState({ data, error: null, loading: false }),
      (err: unknown) => mine === generation.current && setState((s) => ({ data: s.data, error: errorMessage(err), loading: false })),
    );
  }, [run]);
  useEffect(() => {
    reload();
  }, [reload]);
  const concernsRef = useRef(concerns);
  concernsRef.current = concerns;
  useEffect(() => studio.onEvent((e) => concernsRef.current(e) && reload()), [reload]);
  return { ...state, reload };
}
