/**
 * Loads what a section shows through the typed client: the answer (null while loading), its
 * error, and `reload()` (after a write). A reload aborts the request in flight, so an old
 * answer never replaces a newer one.
 */
import { useEffect, useState } from 'react';

export function useLoaded<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): { data: T | null; error: unknown; loading: boolean; reload(): void } {
  const [state, setState] = useState<{ data: T | null; error: unknown }>({ data: null, error: null });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ data: s.data, error: null }));
    load(controller.signal).then(
      (data) => setState({ data, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ data: null, error });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` are the load's inputs
  }, [...deps, version]);
  return {
    ...state,
    loading: state.data === null && !state.error,
    reload: () => setVersion((v) => v + 1),
  };
}
