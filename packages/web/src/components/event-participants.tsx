/**
 * The participants of an event (its marketplace): each registered organisation with its
 * country, what it offers and what it looks for, a link to its page, and — for who acts
 * for a registered organisation — a request for a meeting with a message
 * (POST /api/events/{id}/requests).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type Schemas } from '../api-client';
import { onLinkClick } from '../navigation';
import { ApiForm } from './api-form';

type Event = Schemas['Event'];
type Registration = Schemas['EventRegistration'];

export function EventParticipants({
  event,
  registrations,
  actingFor,
  onRequested,
}: {
  event: Event;
  registrations: Registration[] | null;
  /** The registered organisation the user acts for, or null. */
  actingFor: string | null;
  onRequested: () => void;
}) {
  const { t, i18n } = useTranslation();
  const countries = new Intl.DisplayNames([i18n.language], { type: 'region' });
  return (
    <section aria-labelledby="participants-title">
      <h2 id="participants-title">{t('events.participants')}</h2>
      {!registrations ? (
        <p role="status">{t('events.loading')}</p>
      ) : !registrations.length ? (
        <p className="muted">{t('events.noParticipants')}</p>
      ) : (
        <ul className="card-list" data-testid="participants">
          {registrations.map((r) => (
            <li key={r.organisationId} data-organisation={r.organisationId}>
              <h3>
                <a href={`/organisations/${encodeURIComponent(r.organisationId)}`} onClick={onLinkClick}>
                  {r.organisationName}
                </a>{' '}
                <span className="muted">({countries.of(r.country) ?? r.country})</span>
              </h3>
              {r.marketplace.length ? (
                <ul>
                  {r.marketplace.map((m) => (
                    <li key={`${m.kind}-${m.title}`}>
                      <strong>{t(`events.market.${m.kind}`)}:</strong> {m.title}
                      {m.description ? ` — ${m.description}` : ''}
                    </li>
                  ))}
                </ul>
              ) : null}
              {actingFor && actingFor !== r.organisationId ? (
                <RequestForm eventId={event.id} from={actingFor} to={r} onRequested={onRequested} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RequestForm({
  eventId,
  from,
  to,
  onRequested,
}: {
  eventId: string;
  from: string;
  to: Registration;
  onRequested: () => void;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  return (
    <ApiForm
      title={t('events.request.title', { name: to.organisationName })}
      testId="request-meeting"
      submitLabel={t('events.request.send')}
      savedText={t('events.request.sent')}
      send={() =>
        sendJson('POST', `/api/events/${encodeURIComponent(eventId)}/requests`, {
          fromOrganisationId: from,
          toOrganisationId: to.organisationId,
          message,
        })
      }
      onDone={onRequested}
    >
      <label>
        <span>{t('events.request.message')}</span>
        <textarea value={message} onChange={(e) => setMessage(e.target.value)} rows={3} />
      </label>
    </ApiForm>
  );
}
