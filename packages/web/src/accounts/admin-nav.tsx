/**
 * The frame of the administrators' pages (accounts, background jobs): loading while the
 * session is read, a clear refusal for anyone else, else a sub-navigation between the pages,
 * the title and the page.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { onLinkClick } from '../navigation';
import { useSession } from '../session';

type AdminPageKey = 'users' | 'jobs';

function AdminNav({ current }: { current: AdminPageKey }) {
  const { t } = useTranslation();
  const links = [
    ['users', '/admin/users', t('jobs.navUsers')],
    ['jobs', '/admin/jobs', t('jobs.navJobs')],
  ] as const;
  return (
    <nav aria-label={t('jobs.navLabel')} className="sub-nav">
      {links.map(([key, href, label]) => (
        <a key={key} href={href} onClick={onLinkClick} aria-current={key === current ? 'page' : undefined}>
          {label}
        </a>
      ))}
    </nav>
  );
}

/** Whether the signed-in user may use the administrators' pages (false while unknown). */
export function useIsAdmin(): boolean {
  const session = useSession();
  return session.user ? session.can.manageUsers(session.user) : false;
}

export function AdminPage({
  current,
  title,
  children,
}: {
  current: AdminPageKey;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = useIsAdmin();
  if (session.user === undefined)
    return (
      <main id="main" tabIndex={-1}>
        <p role="status">{t('profile.loading')}</p>
      </main>
    );
  if (!allowed)
    return (
      <main id="main" tabIndex={-1}>
        <h1>{title}</h1>
        <p role="alert">{t('admin.onlyAdmins')}</p>
      </main>
    );
  return (
    <main id="main" tabIndex={-1}>
      <AdminNav current={current} />
      <h1>{title}</h1>
      {children}
    </main>
  );
}
