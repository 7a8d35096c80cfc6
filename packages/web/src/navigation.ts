/**
 * Minimal client-side navigation (decision 030): `/` is the cluster list,
 * `/clusters/<id>` a profile, `/clusters/<id>/diagnose`, `/portfolio`, `/map`, `/sign-in`, `/admin/users`, `/admin/jobs`,
 * `/organisations[/<id>[/matches|/manage]]`, `/partner-searches[/<id>]`, `/sustainability`.
 * Links are real <a href> (open in a new tab, keyboard, crawlers); plain clicks are
 * turned into history.pushState so the back button works.
 */
import { useEffect, useRef, useState } from 'react';

export type Route =
  | { page: 'list' }
  | { page: 'cluster'; id: string }
  | { page: 'new-clusters' }
  | { page: 'diagnose'; id: string }
  | { page: 'sign-in' }
  | { page: 'portfolio' }
  | { page: 'map' }
  | { page: 'admin-users' }
  | { page: 'admin-jobs' }
  | { page: 'organisations' | 'partner-searches' }
  | { page: 'organisation' | 'organisation-matches' | 'partner-search'; id: string }
  | { page: 'events' | 'agreements' | 'programmes' | 'calls' }
  | { page: 'event' | 'agreement'; id: string }
  | { page: 'notifications' }
  | { page: 'organisation-manage'; id: string }
  | { page: 'sustainability' }
  | { page: 'survey'; code: string }
  | { page: 'region'; dataset: string; code: string }
  | { page: 'ris3' }
  | { page: 'ris3-strategy'; id: string }
  | { page: 'methods'; name: string | null }
  | { page: 'account' | 'account-forgot' | 'account-link' | 'my-work' }
  | { page: 'not-found' };

/** Path patterns, first match wins; `/` is the cluster list, anything else not found. One line per page. */
const patterns: Array<[RegExp, (m: RegExpExecArray) => Route]> = [
  // Before the profile's pattern: analysts add and import clusters here (not a cluster id).
  [/^\/clusters\/new\/?$/, () => ({ page: 'new-clusters' })],
  [/^\/clusters\/([^/]+)\/?$/, (m) => ({ page: 'cluster', id: decodeURIComponent(m[1]!) })],
  [/^\/clusters\/([^/]+)\/diagnose\/?$/, (m) => ({ page: 'diagnose', id: decodeURIComponent(m[1]!) })],
  [/^\/sign-in\/?$/, () => ({ page: 'sign-in' })],
  [/^\/portfolio\/?$/, () => ({ page: 'portfolio' })],
  [/^\/map\/?$/, () => ({ page: 'map' })],
  [
    /^\/map\/regions\/([^/]+)\/([^/]+)\/?$/,
    (m) => ({ page: 'region', dataset: decodeURIComponent(m[1]!), code: decodeURIComponent(m[2]!) }),
  ],
  [/^\/admin\/users\/?$/, () => ({ page: 'admin-users' })],
  [/^\/admin\/jobs\/?$/, () => ({ page: 'admin-jobs' })],
  [/^\/organisations\/?$/, () => ({ page: 'organisations' })],
  [/^\/organisations\/([^/]+)\/?$/, (m) => ({ page: 'organisation', id: decodeURIComponent(m[1]!) })],
  [
    /^\/organisations\/([^/]+)\/matches\/?$/,
    (m) => ({ page: 'organisation-matches', id: decodeURIComponent(m[1]!) }),
  ],
  [/^\/partner-searches\/?$/, () => ({ page: 'partner-searches' })],
  [/^\/partner-searches\/([^/]+)\/?$/, (m) => ({ page: 'partner-search', id: decodeURIComponent(m[1]!) })],
  // Collaboration: matchmaking events, the agreements register, programmes and calls (issue 12).
  [/^\/(events|agreements|programmes|calls)\/?$/, (m) => ({ page: m[1] as 'events' })],
  [/^\/(event|agreement)s\/([^/]+)\/?$/, (m) => ({ page: m[1] as 'event', id: decodeURIComponent(m[2]!) })],
  [/^\/notifications\/?$/, () => ({ page: 'notifications' })],
  // Managing a cluster organisation and comparing funding mixes (issue 13).
  [
    /^\/organisations\/([^/]+)\/manage\/?$/,
    (m) => ({ page: 'organisation-manage', id: decodeURIComponent(m[1]!) }),
  ],
  [/^\/sustainability\/?$/, () => ({ page: 'sustainability' })],
  [/^\/methods\/?$/, () => ({ page: 'methods', name: null })],
  [/^\/methods\/([a-z0-9-]+)\/?$/, (m) => ({ page: 'methods', name: m[1]! })],
  [/^\/survey\/([^/]+)\/?$/, (m) => ({ page: 'survey', code: decodeURIComponent(m[1]!) })],
  // Smart-specialisation (RIS3) strategies (issue 14 point 5).
  [/^\/ris3\/?$/, () => ({ page: 'ris3' })],
  [/^\/ris3\/([^/]+)\/?$/, (m) => ({ page: 'ris3-strategy', id: decodeURIComponent(m[1]!) })],
  // One's own account, e-mailed links and one's work (issue 15, decision 103).
  [/^\/account\/?$/, () => ({ page: 'account' })],
  [/^\/account\/forgot\/?$/, () => ({ page: 'account-forgot' })],
  [/^\/account\/link\/?$/, () => ({ page: 'account-link' })],
  [/^\/my-work\/?$/, () => ({ page: 'my-work' })],
];

/** The profile page of a region of a map dataset (routes/region-profile.tsx). */
export const regionProfileHref = (dataset: string, code: string, year?: number | null) =>
  `/map/regions/${encodeURIComponent(dataset)}/${encodeURIComponent(code)}${year ? `?year=${year}` : ''}`;

export function parseRoute(pathname: string): Route {
  for (const [pattern, route] of patterns) {
    const m = pattern.exec(pathname);
    if (m) return route(m);
  }
  return /^\/(index\.html)?$/.test(pathname) ? { page: 'list' } : { page: 'not-found' };
}

export function navigate(href: string): void {
  // The page left keeps its scroll position in its history entry, for Back (useScrollRestore).
  history.replaceState({ ...(history.state as object | null), scrollY: window.scrollY }, '');
  history.pushState(null, '', href);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

/** For <a onClick>: let modified clicks (new tab…) through, handle plain ones in the app. */
export function onLinkClick(event: React.MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname));
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return route;
}

/**
 * A page's own query (its filters and page) in the address: each change is a new history
 * entry, so Back returns to the previous filters before it leaves the page; the page's first
 * write only tidies the address. `reread` is called when Back or Forward lands on another
 * entry of this page. `null` while the page cannot say its query yet (still loading): the
 * address is left alone and the first real query still only tidies it.
 */
export function useQueryHistory(query: string | null, reread: () => void): void {
  const first = useRef(true);
  const path = useRef(location.pathname);
  const latest = useRef(reread);
  latest.current = reread;
  useEffect(() => {
    if (query === null || location.pathname !== path.current) return; // not ready, or being left
    const href = `${path.current}${query}`;
    if (`${location.pathname}${location.search}` !== href) {
      if (first.current) history.replaceState(history.state, '', href);
      else history.pushState(null, '', href);
    }
    first.current = false;
  }, [query]);
  useEffect(() => {
    const onPop = () => {
      if (location.pathname === path.current) latest.current();
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
}

/**
 * Back to a page left by a link: once its data is `ready`, the scroll position it had
 * (saved by `navigate`) comes back, instead of the top of a page that was still loading.
 */
export function useScrollRestore(ready: boolean): void {
  const [y] = useState(() => (history.state as { scrollY?: number } | null)?.scrollY);
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current || y === undefined) return;
    done.current = true;
    window.scrollTo(0, y);
  }, [ready, y]);
}
