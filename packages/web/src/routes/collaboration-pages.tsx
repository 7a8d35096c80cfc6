/**
 * The collaboration pages of issue 12 handled here (events, the agreements register,
 * programmes and calls), each its own lazy chunk; main.tsx hands them the route.
 */
import { lazy, Suspense } from 'react';
import type { Route } from '../navigation';

const pages = {
  events: lazy(() => import('./events')),
  event: lazy(() => import('./event-detail')),
  agreements: lazy(() => import('./agreements')),
  agreement: lazy(() => import('./agreement-detail')),
  programmes: lazy(() => import('./programmes')),
  calls: lazy(() => import('./calls')),
};

export function isCollaborationRoute(route: Route): route is Route & { page: keyof typeof pages } {
  return route.page in pages;
}

export function CollaborationPage({ route }: { route: Route & { page: keyof typeof pages } }) {
  const Page = pages[route.page];
  const id = 'id' in route ? route.id : '';
  return (
    <Suspense fallback={<main id="main" aria-busy="true" />}>
      <Page key={id} id={id} />
    </Suspense>
  );
}
