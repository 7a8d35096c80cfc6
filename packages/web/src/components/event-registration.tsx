/**
 * Registers an organisation for an event (POST /api/events/{id}/registrations; again:
 * updates it): the sessions it attends and its marketplace items — what it offers, what
 * it looks for. The API checks that the caller acts for the organisation and that the
 * event is open before its deadline.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type Schemas } from '../api-client';
import { ApiForm } from './api-form';
import { Field } from './field';

type Event = Schemas['Event'];
type Registration = Schemas['EventRegistration'];
type Item = Schemas['MarketplaceItem'];

export function EventRegistrationForm({
  event,
  organisationId,
  registration,
  onRegistered,
}: {
  event: Event;
  organisationId: string;
  registration: Registration | undefined;
  onRegistered: () => void;
}) {
  const { t } = useTranslation();
  const item = (kind: Item['kind']) => registration?.marketplace.find((m) => m.kind === kind);
  const [offer, setOffer] = useState(item('offer')?.title ?? '');
  const [request, setRequest] = useState(item('request')?.title ?? '');
  const [sessions, setSessions] = useState<string[]>(
    registration?.sessions ?? event.sessions.map((_, i) => `s${i + 1}`),
  );
  const marketplace: Item[] = [
    ...(offer.trim() ? [{ kind: 'offer' as const, title: offer.trim(), description: '' }] : []),
    ...(request.trim() ? [{ kind: 'request' as const, title: request.trim(), description: '' }] : []),
  ];
  return (
    <ApiForm
      key={organisationId}
      title={registration ? t('events.register.update') : t('events.register.title')}
      testId="event-register"
      submitLabel={registration ? t('events.register.save') : t('events.register.submit')}
      savedText={t('events.register.done')}
      send={() =>
        sendJson('POST', `/api/events/${encodeURIComponent(event.id)}/registrations`, {
          organisationId,
          sessions,
          marketplace,
        })
      }
      onDone={onRegistered}
    >
      {registration ? <p role="status">{t('events.register.already')}</p> : null}
      <fieldset>
        <legend>{t('events.register.sessions')}</legend>
        {event.sessions.map((s, i) => {
          const sid = `s${i + 1}`;
          return (
            <label key={sid} className="check">
              <input
                type="checkbox"
                checked={sessions.includes(sid)}
                onChange={(e) =>
                  setSessions((list) => (e.target.checked ? [...list, sid] : list.filter((x) => x !== sid)))
                }
              />{' '}
              {s.name}
            </label>
          );
        })}
      </fieldset>
      <Field label={t('events.register.offer')} value={offer} onValue={setOffer} />
      <Field label={t('events.register.request')} value={request} onValue={setRequest} />
    </ApiForm>
  );
}
