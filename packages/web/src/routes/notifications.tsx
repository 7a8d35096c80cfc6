/**
 * The signed-in user's notifications (`/notifications`; issue 12 point 7): newest first,
 * unread marked and markable one by one or all at once, and the preferences form — the
 * language of notifications and e-mails, and per kind in the app and by e-mail.
 * API: GET /api/notifications, POST …/{id}/read, POST …/read-all, GET|PUT …/preferences.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type GetAnswer } from '../api-client';
import { describeError } from '../api-errors';
import { DataTable } from '../components/data-table';
import { onLinkClick } from '../navigation';
import { useSession } from '../session';
import { useFetched } from '../use-fetched';
import { NotificationPreferencesForm } from './notification-preferences';

type Page = GetAnswer<'/api/notifications'>;
const PAGE = 20;

export default function Notifications() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const [changes, setChanges] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const url = session.user ? `/api/notifications?limit=${limit}${unreadOnly ? '&unread=true' : ''}` : null;
  const { data, error } = useFetched<Page>(url, changes);
  useEffect(() => {
    document.title = `${t('notifications.title')} · polos`;
  }, [t]);

  const write = (path: string) => {
    sendJson('POST', path).then(
      () => {
        setProblem(null);
        setChanges((n) => n + 1);
        window.dispatchEvent(new PopStateEvent('popstate'));
      },
      (err: unknown) => setProblem(describeError(t, err).text),
    );
  };

  if (session.user === undefined)
    return (
      <main id="main" tabIndex={-1}>
        <p role="status">{t('notifications.loading')}</p>
      </main>
    );
  if (!session.user)
    return (
      <main id="main" tabIndex={-1}>
        <h1>{t('notifications.title')}</h1>
        <p>
          <a href="/sign-in?next=%2Fnotifications" onClick={onLinkClick}>
            {t('notifications.signIn')}
          </a>
        </p>
      </main>
    );
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <main id="main" tabIndex={-1} className="notifications-page">
      <h1>{t('notifications.title')}</h1>
      <p className="intro">{t('notifications.intro')}</p>
      {problem || error ? <p role="alert">{problem ?? describeError(t, error).text}</p> : null}
      <div className="notification-tools">
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />{' '}
          {t('notifications.unreadOnly')}
        </label>
        {data ? <span role="status">{t('notifications.unreadCount', { count: data.unread })}</span> : null}
        <button type="button" disabled={!data?.unread} onClick={() => write('/api/notifications/read-all')}>
          {t('notifications.markAllRead')}
        </button>
      </div>
      <h2 id="notifications-title">{t('notifications.listTitle')}</h2>
      {!data ? (
        error ? null : (
          <p role="status">{t('notifications.loading')}</p>
        )
      ) : data.items.length === 0 ? (
        <p>{t('notifications.empty')}</p>
      ) : (
        <DataTable
          name="notifications"
          columns={[
            { label: t('notifications.message') },
            { label: t('notifications.received') },
            { label: t('notifications.status') },
          ]}
        >
          <tbody>
            {data.items.map((n) => (
              <tr key={n.id} className={n.readAt ? 'read' : 'unread'}>
                <th scope="row">
                  <a href={n.path} onClick={onLinkClick}>
                    {n.subject}
                  </a>
                  <div className="notification-text">{n.text}</div>
                </th>
                <td>{when.format(new Date(n.createdAt))}</td>
                <td>
                  {n.readAt ? (
                    t('notifications.read')
                  ) : (
                    <button
                      type="button"
                      aria-label={`${t('notifications.markRead')}: ${n.subject}`}
                      onClick={() => write(`/api/notifications/${encodeURIComponent(n.id)}/read`)}
                    >
                      {t('notifications.markRead')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {data && data.total > data.items.length ? (
        <button
          type="button"
          onClick={() => setLimit((l) => Math.min(l + PAGE, 100))}
          disabled={limit >= 100}
        >
          {t('notifications.more')}
        </button>
      ) : null}
      <NotificationPreferencesForm />
    </main>
  );
}
