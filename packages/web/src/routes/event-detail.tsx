/**
 * One matchmaking event (`/events/<id>`, issue 12 point 4, the b2match model): its
 * description, sessions and slots in the venue's time zone; for its organiser (or an
 * admin) the edit form and the scheduler; for who acts for an organisation, registration,
 * the participants with their marketplace items, meeting requests sent and received, and
 * the agenda with its `.ics` and the outcomes after the event. `?for=<organisation id>`
 * opens it acting for that one of the user's organisations.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyOrganisations } from './acts-for';
import type { GetAnswer, Schemas } from '../api-client';
import { errorMessage } from '../api-errors';
import { formatInZone } from '../collaboration/zoned-time';
import { DataTable } from '../components/data-table';
import { EventAgenda } from '../components/event-agenda';
import { EventDates } from '../components/event-dates';
import { EventForm } from '../components/event-form';
import { EventParticipants } from '../components/event-participants';
import { EventRegistrationForm } from '../components/event-registration';
import { EventRequests } from '../components/event-requests';
import { EventSchedule } from '../components/event-schedule';
import { onLinkClick } from '../navigation';
import { useSession } from '../session';
import { useFetched } from '../use-fetched';

type Event = Schemas['Event'];

export default function EventDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.user;
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const path = `/api/events/${encodeURIComponent(id)}`;
  const event = useFetched<Event>(user === undefined ? null : path, version);
  // Keep showing the event while it is read again after a change (forms keep their state).
  const [shown, setShown] = useState<Event | null>(null);
  useEffect(() => {
    if (event.data) setShown(event.data);
  }, [event.data]);
  const mine = useMyOrganisations();
  const registrations = useFetched<GetAnswer<'/api/events/{id}/registrations'>>(
    user ? `${path}/registrations` : null,
    version,
  );
  // `?for=<organisation>` (the links of "My work") chooses whom the page acts for.
  const [actingFor, setActingFor] = useState(() => new URLSearchParams(location.search).get('for') ?? '');
  const registered = new Set((registrations.data ?? []).map((r) => r.organisationId));
  const myOrgs = mine?.items ?? [];
  // Act for the organisation chosen, else the first of one's organisations that is registered, else the first one.
  const acting =
    (myOrgs.some((o) => o.id === actingFor) ? actingFor : '') ||
    (myOrgs.find((o) => registered.has(o.id)) ?? myOrgs[0])?.id ||
    '';
  useEffect(() => {
    if (shown) document.title = `${shown.title} · polos`;
  }, [shown]);

  if (event.error)
    return (
      <main id="main" tabIndex={-1}>
        <p role="alert">{errorMessage(t, event.error)}</p>
        <a href="/events" onClick={onLinkClick}>
          {t('events.back')}
        </a>
      </main>
    );
  if (!shown)
    return (
      <main id="main" tabIndex={-1}>
        <p role="status">{t('events.loading')}</p>
      </main>
    );
  const e = shown;
  const organises = user ? session.can.editEvent(user, e.organiserId) : false;
  return (
    <main id="main" tabIndex={-1}>
      <a href="/events" onClick={onLinkClick}>
        {t('events.back')}
      </a>
      <h1>{e.title}</h1>
      <EventFacts event={e} />
      {organises ? (
        <section aria-labelledby="organiser-title">
          <h2 id="organiser-title">{t('events.organiser')}</h2>
          <EventForm key={e.updatedAt} event={e} onSaved={changed} />
          <EventSchedule event={e} registrations={registrations.data ?? []} onScheduled={changed} />
        </section>
      ) : null}
      {!user ? (
        <p className="muted">{t('events.signInToTakePart')}</p>
      ) : myOrgs.length ? (
        <section aria-labelledby="take-part-title">
          <h2 id="take-part-title">{t('events.takePart')}</h2>
          <label>
            <span>{t('events.actingFor')}</span>{' '}
            <select value={acting} onChange={(ev) => setActingFor(ev.target.value)} data-testid="acting-for">
              {myOrgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <EventRegistrationForm
            event={e}
            organisationId={acting}
            registration={registrations.data?.find((r) => r.organisationId === acting)}
            onRegistered={changed}
          />
        </section>
      ) : null}
      {user ? (
        <EventParticipants
          event={e}
          registrations={registrations.data}
          actingFor={registered.has(acting) ? acting : null}
          onRequested={changed}
        />
      ) : null}
      {user && registered.has(acting) ? (
        <>
          <EventRequests
            event={e}
            organisationId={acting}
            names={new Map((registrations.data ?? []).map((r) => [r.organisationId, r.organisationName]))}
            version={version}
            onAnswered={changed}
          />
          <EventAgenda event={e} organisationId={acting} version={version} />
        </>
      ) : null}
    </main>
  );
}

/** Dates, place, status, description and the sessions with their slots, in the venue's time zone. */
function EventFacts({ event: e }: { event: Event }) {
  const { t, i18n } = useTranslation();
  const time = (iso: string) => formatInZone(iso, e.timeZone, i18n.language, { timeStyle: 'short' });
  return (
    <>
      <EventDates event={e} />
      {e.description ? <p className="intro">{e.description}</p> : null}
      <p className="muted">
        {t('events.deadline', {
          when: formatInZone(e.registrationDeadline, e.timeZone, i18n.language),
        })}{' '}
        · {t('events.expiry', { count: e.requestExpiryHours })}
      </p>
      <h2 id="sessions-title">{t('events.sessions')}</h2>
      <DataTable
        name="sessions"
        columns={[
          { label: t('events.col.session') },
          { label: t('events.col.day') },
          { label: t('events.col.time') },
          { label: t('events.col.slot'), className: 'num' },
          { label: t('events.col.slots'), className: 'num' },
        ]}
      >
        <tbody>
          {e.sessions.map((s) => (
            <tr key={s.start}>
              <th scope="row">{s.name}</th>
              <td>{formatInZone(s.start, e.timeZone, i18n.language, { dateStyle: 'medium' })}</td>
              <td>
                {time(s.start)}–{time(s.end)}
              </td>
              <td className="num">{t('events.minutes', { count: s.slotMinutes })}</td>
              <td className="num">
                {Math.floor((Date.parse(s.end) - Date.parse(s.start)) / 60_000 / s.slotMinutes)}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p>
        {t(`events.place.${e.meetingPlace}`)}: {e.tables.join(', ')}
      </p>
    </>
  );
}
