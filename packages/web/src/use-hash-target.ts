/**
 * A link to a part of another page (`/clusters/x#edit-title`, from "My work"): once the
 * page has drawn that part (its data come later than the navigation), scroll to it and
 * move focus there; while the parts above it still load (for 4 s after), keep it in view,
 * unless the person scrolls, types or clicks first. Watches the page for at most 10 s; a
 * hash naming no element is ignored.
 */
import { useEffect } from 'react';
import type { Route } from './navigation';

const userInput = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

export function useHashTarget(route: Route): void {
  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!/^[a-z][a-z0-9-]{0,60}$/.test(id)) return;
    let reachedAt = 0;
    const reach = () => {
      const target = document.getElementById(id);
      if (!target) return;
      target.scrollIntoView();
      if (!reachedAt) {
        reachedAt = Date.now();
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: true });
      } else if (Date.now() - reachedAt > 4000) stop();
    };
    const observer = new MutationObserver(reach);
    const timer = window.setTimeout(stop, 10_000);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
      for (const type of userInput) window.removeEventListener(type, stop);
    }
    for (const type of userInput) window.addEventListener(type, stop, { passive: true });
    observer.observe(document.body, { childList: true, subtree: true });
    reach();
    return stop;
  }, [route]);
}
