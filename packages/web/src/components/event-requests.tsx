/**
 * Meeting requests of one organisation at an event (GET /api/events/{id}/requests?organisationId=):
 * those it received, which its people accept or decline while pending, and those it sent,
 * each with its state (pending until when, accepted, declined, expired, merged).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type GetAnswer, type Schemas } from '../api-client';
import { errorMessage } from '../api-errors';
import { formatInZone } from '../collaboration/zoned-time';
import { useFetched } from '../use-fetched';

type Event = Schemas['Event'];
type MeetingRequest = Schemas['MeetingRequest'];

export function EventRequests({
  event,
  organisationId,
  names,
  version,
  onAnswered,
}: {
  event: Event;
  organisationId: string;
  /** Organisation id → name (the registrations). */
  names: ReadonlyMap<string, string>;
  version: number;
  onAnswered: () => void;
}) {
  const { t, i18n } = useTranslation();
  const base = `/api/events/${encodeURIComponent(event.id)}/requests`;
  const { data, error } = useFetched<GetAnswer<'/api/events/{id}/requests'>>(
    `${base}?organisationId=${encodeURIComponent(organisationId)}`,
    version,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const answer = (r: MeetingRequest, verb: 'accept' | 'decline') =>
    sendJson('POST', `${base}/${r.id}/${verb}`).then(
      () => {
        setProblem(null);
        onAnswered();
      },
      (err: unknown) => setProblem(errorMessage(t, err)),
    );
  const received = (data ?? []).filter((r) => r.toOrganisationId === organisationId);
  const sent = (data ?? []).filter((r) => r.fromOrganisationId === organisationId);
  const list = (items: MeetingRequest[], incoming: boolean, testId: string) =>
    items.length ? (
      <ul className="card-list" data-testid={testId}>
        {items.map((r) => {
          const other = incoming ? r.fromOrganisationId : r.toOrganisationId;
          return (
            <li key={r.id} data-status={r.status}>
              <p>
                <strong>{names.get(other) ?? other}</strong>{' '}
                <span className={`status-badge ${r.status}`}>{t(`events.requestStatus.${r.status}`)}</span>
                {r.status === 'pending' ? (
                  <span className="muted">
                    {' '}
                    {t('events.requests.expires', {
                      when: formatInZone(r.expiresAt, event.timeZone, i18n.language),
                    })}
                  </span>
                ) : null}
              </p>
              {r.message ? <blockquote>{r.message}</blockquote> : null}
              {incoming && r.status === 'pending' ? (
                <div className="button-row">
                  <button type="button" className="primary" onClick={() => void answer(r, 'accept')}>
                    {t('events.requests.accept')}
                  </button>
                  <button type="button" onClick={() => void answer(r, 'decline')}>
                    {t('events.requests.decline')}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    ) : (
      <p className="muted">{t('events.requests.none')}</p>
    );
  return (
    <section aria-labelledby="requests-title">
      <h2 id="requests-title">{t('events.requests.title')}</h2>
      {error ? <p role="alert">{errorMessage(t, error)}</p> : null}
      {problem ? <p role="alert">{problem}</p> : null}
      <h3>{t('events.requests.received')}</h3>
      {list(received, true, 'requests-received')}
      <h3>{t('events.requests.sent')}</h3>
      {list(sent, false, 'requests-sent')}
    </section>
  );
}
