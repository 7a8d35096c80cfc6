/**
 * GET a JSON resource for a component: the answer for the current URL (null while it
 * loads, or when `url` is null), its error, and `retry()`. A new URL (or `refreshKey`)
 * aborts the request in flight, so an old answer never replaces a newer one.
 */
import { useEffect, useState } from 'react';
import { getJson } from './api-client';

export function useFetched<T>(
  url: string | null,
  refreshKey?: unknown,
): { data: T | null; error: unknown; retry(): void } {
  const [state, setState] = useState<{ url: string | null; data: T | null; error: unknown }>({
    url: null,
    data: null,
    error: null,
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    setState({ url, data: null, error: null });
    getJson<T>(url, controller.signal).then(
      (data) => setState({ url, data, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ url, data: null, error });
      },
    );
    return () => controller.abort();
  }, [url, attempt, refreshKey]);
  return {
    data: state.url === url ? state.data : null,
    error: state.url === url ? state.error : null,
    retry: () => setAttempt((a) => a + 1),
  };
}
