/**
 * A link to a part of another page (`/clusters/x#edit-title`, from "My work"): once the
 * page has drawn that part (its data come later than the navigation), scroll to it and
 * move focus there. Watches the page for at most 10 s; a hash naming no element is ignored.
 */
import { useEffect } from 'react';
import type { Route } from './navigation';

export function useHashTarget(route: Route): void {
  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!/^[a-z][a-z0-9-]{0,60}$/.test(id)) return;
    const reach = (): boolean => {
      const target = document.getElementById(id);
      if (!target) return false;
      target.scrollIntoView();
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      return true;
    };
    if (reach()) return;
    const observer = new MutationObserver(() => {
      if (reach()) stop();
    });
    const timer = window.setTimeout(() => stop(), 10_000);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [route]);
}
