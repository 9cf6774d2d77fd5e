import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { StudioEvent } from '../../shared/api/events';
import { errorMessage, studio } from './studio';

export type Loaded<T> = { data: T | null; error: string | null; loading: boolean; reload(): void };

/**
 * Loads data through the API whenever `key` changes, and again when the library reports a change
 * that concerns it, so a second window or the CLI changing the library shows up here too.
 */
export function useStudioData<T>(load: () => Promise<T>, key: string, concerns: (e: StudioEvent) => boolean): Loaded<T> {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ token: string; data: T | null; error: string | null }>({ token: '', data: null, error: null });
  const token = `${key}#${version}`;
  const loadRef = useRef(load);
  const concernsRef = useRef(concerns);
  useLayoutEffect(() => {
    loadRef.current = load;
    concernsRef.current = concerns;
  });
  useEffect(() => {
    let live = true;
    loadRef.current().then(
      (data) => live && setState({ token, data, error: null }),
      (err: unknown) => live && setState((s) => ({ token, data: s.data, error: errorMessage(err) })),
    );
    return () => {
      live = false;
    };
  }, [token]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => studio.onEvent((e) => concernsRef.current(e) && reload()), [reload]);
  return { data: state.data, error: state.error, loading: state.token !== token, reload };
}
