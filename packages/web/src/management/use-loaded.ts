/**
 * Loads what a section shows through the typed client: the answer (the previous one while a
 * reload runs; null before the first), its error, whether it is loading, and `reload()`. A reload aborts the request in flight, so an old
 * answer never replaces a newer one.
 */
import { useEffect, useState } from 'react';

export function useLoaded<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): { data: T | null; error: unknown; loading: boolean; reload(): void } {
  const [state, setState] = useState<{ data: T | null; error: unknown; done: boolean }>({
    data: null,
    error: null,
    done: false,
  });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, error: null, done: false }));
    load(controller.signal).then(
      (data) => setState({ data, error: null, done: true }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ data: null, error, done: true });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` are the load's inputs
  }, [...deps, version]);
  return {
    data: state.data,
    error: state.error,
    loading: !state.done,
    reload: () => setVersion((v) => v + 1),
  };
}
