/**
 * A signal that aborts when the component leaves the page, so a followed job (followJob)
 * stops being read. Read `leaving.current.signal` when the work starts.
 */
import { useEffect, useRef } from 'react';

export function useLeaving() {
  const leaving = useRef(new AbortController());
  useEffect(() => {
    const controller = new AbortController();
    leaving.current = controller;
    return () => controller.abort();
  }, []);
  return leaving;
}
