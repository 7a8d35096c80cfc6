/**
 * Matchmaking events (`/events`, issue 12 point 4): upcoming and past events, their dates
 * as the venue's calendar reads them, and for admins, analysts and coordinators the form
 * that creates one (they become its organiser). API: GET/POST /api/events.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GetAnswer, Schemas } from '../api-client';
import { errorMessage } from '../api-errors';
import { EventDates } from '../components/event-dates';
import { EventForm } from '../components/event-form';
import { navigate, onLinkClick } from '../navigation';
import { useSession } from '../session';
import { useFetched } from '../use-fetched';

type Event = Schemas['Event'];

export default function Events() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.user;
  const [refresh, setRefresh] = useState(0);
  const { data, error, retry } = useFetched<GetAnswer<'/api/events'>>(
    user === undefined ? null : '/api/events?limit=200',
    `${refresh}-${user?.id ?? ''}`,
  );
  useEffect(() => {
    document.title = `${t('events.title')} · polos`;
  }, [t]);
  const today = new Date().toISOString().slice(0, 10);
  const upcoming = (data?.items ?? []).filter((e) => e.endDate >= today).reverse();
  const past = (data?.items ?? []).filter((e) => e.endDate < today);

  const list = (events: Event[], testId: string) =>
    events.length ? (
      <ul className="card-list" data-testid={testId}>
        {events.map((e) => (
          <li key={e.id}>
            <h3>
              <a href={`/events/${e.id}`} onClick={onLinkClick}>
                {e.title}
              </a>
            </h3>
            <EventDates event={e} />
            <p className="muted">
              {t('events.sessionsCount', { count: e.sessions.length })} ·{' '}
              {t(`events.place.${e.meetingPlace}`)}: {e.tables.length}
            </p>
          </li>
        ))}
      </ul>
    ) : (
      <p className="muted">{t('events.none')}</p>
    );

  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('events.title')}</h1>
      <p className="intro">{t('events.intro')}</p>
      {user && session.can.createEvent(user) ? (
        <EventForm
          onSaved={(event) => {
            setRefresh((r) => r + 1);
            navigate(`/events/${event.id}`);
          }}
        />
      ) : null}
      {error ? (
        <p role="alert">
          {errorMessage(t, error)}{' '}
          <button type="button" onClick={retry}>
            {t('clusters.retry')}
          </button>
        </p>
      ) : !data ? (
        <p role="status">{t('events.loading')}</p>
      ) : (
        <>
          <h2>{t('events.upcoming')}</h2>
          {list(upcoming, 'upcoming-events')}
          <h2>{t('events.past')}</h2>
          {list(past, 'past-events')}
        </>
      )}
    </main>
  );
}
