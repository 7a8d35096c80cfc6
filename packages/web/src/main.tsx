import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n';
import './styles.css';
import { AppHeader } from './components/app-header';
import { useRoute } from './navigation';
import { ClusterList } from './routes/cluster-list';
import { ClusterProfile } from './routes/cluster-profile';
import { SignIn } from './routes/sign-in';
import { NotFound } from './routes/not-found';
import { CollaborationPage, isCollaborationRoute } from './routes/collaboration-pages';
import { SessionProvider } from './session';
import { useHashTarget } from './use-hash-target';

// Pages with charts load Observable Plot only when opened.
const Portfolio = lazy(() => import('./routes/portfolio'));
const Diagnose = lazy(() => import('./routes/diagnose'));
const MapStudio = lazy(() => import('./routes/map-studio'));
const AdminUsers = lazy(() => import('./routes/admin-users'));
const AdminJobs = lazy(() => import('./routes/admin-jobs'));
const DirectoryPage = lazy(() => import('./routes/directory-pages'));
const Notifications = lazy(() => import('./routes/notifications'));
const ManagementPages = lazy(() => import('./routes/management-pages'));
const Ris3Pages = lazy(() => import('./routes/ris3-pages'));
const RegionProfile = lazy(() => import('./routes/region-profile'));
const Methods = lazy(() => import('./routes/methods'));
const NewClusters = lazy(() => import('./routes/cluster-new'));
const AccountPages = lazy(() => import('./routes/account-pages'));

function App() {
  const route = useRoute();
  useHashTarget(route);
  return (
    <>
      <AppHeader />
      {route.page === 'cluster' ? (
        <ClusterProfile key={route.id} id={route.id} />
      ) : route.page === 'sign-in' ? (
        <SignIn />
      ) : route.page === 'diagnose' ? (
        <Suspense fallback={<main id="main" aria-busy="true" />}>
          <Diagnose key={route.id} id={route.id} />
        </Suspense>
      ) : route.page === 'new-clusters' ? (
        <Suspense fallback={<main id="main" aria-busy="true" />}>
          <NewClusters />
        </Suspense>
      ) : route.page === 'admin-users' ? (
        <Suspense fallback={<main id="main" aria-busy="true" />}>
          <AdminUsers />
        </Suspense>
      ) : route.page === 'admin-jobs' ? (
        <Suspense fallback={<main id="main" aria-busy="true" />}>
          <AdminJobs />
        </Suspense>
      ) : route.page === 'notifications' ? (
        <Suspense fallback={<main id="main" aria-busy="true" />}>
          <Notifications />
        </Suspense>
      ) : route.page === 'methods' ? (
        <Suspense fallback={<main id="main" aria-busy="true" />}>
          <Methods key={route.name ?? ''} name={route.name} />
        </Suspense>
      ) : route.page === 'region' ? (
        <Suspense fallback={<main id="main" aria-busy="true" />}>
          <RegionProfile key={`${route.dataset}/${route.code}`} dataset={route.dataset} code={route.code} />
        </Suspense>
      ) : route.page === 'map' ? (
        <Suspense fallback={<main id="main" aria-busy="true" />}>
          <MapStudio />
        </Suspense>
      ) : route.page === 'organisations' ||
        route.page === 'organisation' ||
        route.page === 'organisation-matches' ||
        route.page === 'partner-searches' ||
        route.page === 'partner-search' ? (
        <Suspense fallback={<main id="main" aria-busy="true" />}>
          <DirectoryPage route={route} />
        </Suspense>
      ) : route.page === 'organisation-manage' ||
        route.page === 'sustainability' ||
        route.page === 'survey' ? (
        <Suspense fallback={<main id="main" aria-busy="true" />}>
          <ManagementPages route={route} />
        </Suspense>
      ) : route.page === 'ris3' || route.page === 'ris3-strategy' ? (
        <Suspense fallback={<main id="main" aria-busy="true" />}>
          <Ris3Pages route={route} />
        </Suspense>
      ) : isCollaborationRoute(route) ? (
        <CollaborationPage route={route} />
      ) : route.page === 'account' ||
        route.page === 'account-forgot' ||
        route.page === 'account-link' ||
        route.page === 'my-work' ? (
        <Suspense fallback={<main id="main" aria-busy="true" />}>
          <AccountPages route={route} />
        </Suspense>
      ) : route.page === 'not-found' ? (
        <NotFound />
      ) : route.page === 'portfolio' ? (
        <Suspense fallback={<main id="main" aria-busy="true" />}>
          <Portfolio />
        </Suspense>
      ) : (
        <ClusterList />
      )}
    </>
  );
}

// Lists put back their own scroll position when Back returns to them (navigation.ts).
history.scrollRestoration = 'manual';

// The user's language first (one small chunk), then the app.
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <SessionProvider>
        <App />
      </SessionProvider>
    </StrictMode>,
  ),
);
