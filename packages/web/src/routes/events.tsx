/**
 * Matchmaking events (`/events`, issue 12 point 4): upcoming and past events, their dates
 * as the venue's calendar reads them, filtered by status (kept in the URL, `?status=`) and
 * downloadable as CSV, and for admins, analysts and coordinators the form that creates one
 * (they become its organiser). API: GET/POST /api/events.
 */
import { eventStatuses } from '@polos/core/vocabulary-lists';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GetAnswer, Schemas } from '../api-client';
import { errorMessage } from '../api-errors';
import { EVENT_PAGE_LIMIT, listEvents, type EventFilters } from '../api/collaboration-lists';
import { Choice } from '../components/choice';
import { EventDates } from '../components/event-dates';
import { ListDownload, type ListColumn } from '../components/list-download';
import { EventForm } from '../components/event-form';
import { navigate, onLinkClick } from '../navigation';
import { useSession } from '../session';
import { useFetched } from '../use-fetched';

type Event = Schemas['Event'];

/** The CSV of the events: dates as the venue's calendar (YYYY-MM-DD), the deadline as an ISO instant. */
const EVENT_CSV: ListColumn<Event>[] = [
  { name: 'id', value: (e) => e.id },
  { name: 'title', value: (e) => e.title },
  { name: 'status', value: (e) => e.status },
  { name: 'start_date', value: (e) => e.startDate },
  { name: 'end_date', value: (e) => e.endDate },
  { name: 'time_zone', value: (e) => e.timeZone },
  { name: 'registration_deadline', value: (e) => e.registrationDeadline },
  { name: 'meeting_place', value: (e) => e.meetingPlace },
  { name: 'sessions', value: (e) => e.sessions.length },
  { name: 'tables', value: (e) => e.tables.length },
  { name: 'request_expiry_hours', value: (e) => e.requestExpiryHours },
];

const readStatus = () =>
  eventStatuses.find((s) => s === new URLSearchParams(location.search).get('status')) ?? '';

export default function Events() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.user;
  const [refresh, setRefresh] = useState(0);
  const [status, setStatus] = useState<string>(readStatus);
  const filters = (status ? { status } : {}) as EventFilters;
  const { data, error, retry } = useFetched<GetAnswer<'/api/events'>>(
    user === undefined
      ? null
      : `/api/events?${new URLSearchParams({ limit: String(EVENT_PAGE_LIMIT), ...(filters as Record<string, string>) })}`,
    `${refresh}-${user?.id ?? ''}`,
  );
  const chooseStatus = (value: string) => {
    setStatus(value);
    history.replaceState(null, '', value ? `?status=${value}` : location.pathname);
  };
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
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Choice
          label={t('events.statusFilter')}
          value={status}
          onChange={chooseStatus}
          options={eventStatuses}
          prefix="events.status."
          empty={t('agreements.all')}
        />
      </form>
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
          {data.items.length ? (
            <ListDownload
              name="events"
              columns={EVENT_CSV}
              pageSize={EVENT_PAGE_LIMIT}
              fetchPage={(offset, limit) => listEvents({ ...filters, offset, limit })}
            />
          ) : null}
          <h2>{t('events.upcoming')}</h2>
          {list(upcoming, 'upcoming-events')}
          <h2>{t('events.past')}</h2>
          {list(past, 'past-events')}
        </>
      )}
    </main>
  );
}
