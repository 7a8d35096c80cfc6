/**
 * "My work" (`/my-work`): where a cluster manager lands after signing in — her clusters
 * (each with its profile and "Edit this cluster"), the organisations she administers, and
 * what awaits her: the meeting requests her organisations must answer (each linking to its
 * event, decision 105) and unread notifications. Anyone signed in may open it (decision 103).
 * API: GET /api/clusters/{id}, GET /api/me/organisations, GET /api/me/meeting-requests,
 * GET /api/notifications?unread=true.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { GetAnswer } from '../api-client';
import { errorMessage } from '../api-errors';
import { getMyMeetingRequests, type ReceivedMeetingRequests } from '../api/collaboration-lists';
import { formatInZone } from '../collaboration/zoned-time';
import { useLoaded } from '../management/use-loaded';
import { navigate, onLinkClick } from '../navigation';
import { useSession } from '../session';
import { useFetched } from '../use-fetched';

type Cluster = GetAnswer<'/api/clusters/{id}'>;
type Notifications = GetAnswer<'/api/notifications'>;
type MyOrganisations = GetAnswer<'/api/me/organisations'>;

export default function MyWork() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.user;
  useEffect(() => {
    document.title = `${t('accounts.work.title')} · polos`;
  }, [t]);
  useEffect(() => {
    if (user === null) navigate(`/sign-in?next=${encodeURIComponent('/my-work')}`);
  }, [user]);
  if (!user)
    return (
      <main id="main" tabIndex={-1}>
        <p role="status">{t('profile.loading')}</p>
      </main>
    );
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('accounts.work.title')}</h1>
      <p className="intro">{t('accounts.work.intro')}</p>
      <section aria-labelledby="my-clusters-title">
        <h2 id="my-clusters-title">{t('accounts.work.clusters')}</h2>
        {user.grants.length === 0 ? (
          <p>{t('accounts.work.noClusters')}</p>
        ) : (
          <ul className="my-clusters" data-testid="my-clusters">
            {user.grants.map((id) => (
              <MyCluster key={id} id={id} />
            ))}
          </ul>
        )}
      </section>
      <MyOrganisationsSection />
      <Awaits />
    </main>
  );
}

function MyCluster({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useFetched<Cluster>(`/api/clusters/${encodeURIComponent(id)}`);
  const profile = `/clusters/${encodeURIComponent(id)}`;
  const name = data?.name ?? id;
  return (
    <li>
      <a href={profile} onClick={onLinkClick}>
        {name}
      </a>
      {data?.location ? <span className="muted"> · {data.location}</span> : null}{' '}
      <a
        className="button"
        href={`${profile}#edit-title`}
        onClick={onLinkClick}
        aria-label={`${t('edit.title')}: ${name}`}
      >
        {t('edit.title')}
      </a>
    </li>
  );
}

function MyOrganisationsSection() {
  const { t } = useTranslation();
  const { data } = useFetched<MyOrganisations>('/api/me/organisations');
  return (
    <section aria-labelledby="my-organisations-title">
      <h2 id="my-organisations-title">{t('accounts.work.organisations')}</h2>
      {!data ? (
        <p role="status">{t('profile.loading')}</p>
      ) : data.items.length === 0 ? (
        <p>{t('accounts.work.noOrganisations')}</p>
      ) : (
        <ul data-testid="my-organisations">
          {data.items.map((o) => {
            const page = `/organisations/${encodeURIComponent(o.id)}`;
            return (
              <li key={o.id}>
                <a href={page} onClick={onLinkClick}>
                  {o.name}
                </a>{' '}
                <a
                  href={`${page}/manage`}
                  onClick={onLinkClick}
                  aria-label={`${t('accounts.work.manage')}: ${o.name}`}
                >
                  {t('accounts.work.manage')}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Awaits() {
  const { t } = useTranslation();
  const { data } = useFetched<Notifications>('/api/notifications?unread=true&limit=5');
  const requests = useLoaded((signal) => getMyMeetingRequests(signal), []);
  const loaded = data && (requests.data || requests.error);
  return (
    <section aria-labelledby="awaits-title">
      <h2 id="awaits-title">{t('accounts.work.awaits')}</h2>
      {!loaded ? (
        <p role="status">{t('profile.loading')}</p>
      ) : data.unread === 0 && !requests.data?.total ? (
        <p>{t('accounts.work.nothing')}</p>
      ) : null}
      {requests.error ? <p role="alert">{errorMessage(t, requests.error)}</p> : null}
      {requests.data?.total ? <MeetingRequestsAwaiting requests={requests.data} /> : null}
      {!loaded || data.unread === 0 ? null : (
        <>
          <p>{t('accounts.work.unread', { count: data.unread })}</p>
          <ul data-testid="awaits">
            {data.items.map((n) => (
              <li key={n.id}>
                <a href={n.path} onClick={onLinkClick}>
                  {n.subject}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="/notifications" onClick={onLinkClick}>
          {t('accounts.work.allNotifications')}
        </a>
      </p>
    </section>
  );
}

/** The pending meeting requests to her organisations: who asks whom, at which event, until when; each opens the event. */
function MeetingRequestsAwaiting({ requests }: { requests: ReceivedMeetingRequests }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p>{t('accounts.work.requests', { count: requests.total })}</p>
      <ul data-testid="awaiting-requests">
        {requests.items.map((r) => (
          <li key={r.id}>
            <a
              href={`/events/${encodeURIComponent(r.eventId)}?for=${encodeURIComponent(r.toOrganisationId)}`}
              onClick={onLinkClick}
            >
              {r.eventTitle}
            </a>
            {': '}
            {t('accounts.work.requestFrom', { from: r.fromOrganisationName, to: r.toOrganisationName })}{' '}
            <span className="muted">
              {t('accounts.work.answerBy', {
                when: formatInZone(r.expiresAt, r.eventTimeZone, i18n.language),
              })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
