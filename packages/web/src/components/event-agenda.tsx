/**
 * An organisation's agenda at an event (GET /api/events/{id}/agenda?organisationId=): slot,
 * table or virtual room and partner of each placed meeting, in the venue's time zone, with
 * its iCalendar download; once a meeting has ended, its outcome (POST …/meetings/{mid}/outcome).
 * An MoU or agreement becomes an agreement of the register (POST …/meetings/{mid}/agreement),
 * linked from the row.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, sendJson, type GetAnswer, type Schemas } from '../api-client';
import { errorMessage } from '../api-errors';
import { formatInZone } from '../collaboration/zoned-time';
import { onLinkClick } from '../navigation';
import { useFetched } from '../use-fetched';
import { DataTable } from './data-table';

type Event = Schemas['Event'];
type Agenda = GetAnswer<'/api/events/{id}/agenda'>;
type Item = Agenda['items'][number];
const outcomes = ['none', 'follow_up', 'letter_of_intent', 'mou', 'agreement'] as const;
const becomesAgreement = (o: Item['outcome']) => o === 'mou' || o === 'agreement';

export function EventAgenda({
  event,
  organisationId,
  version,
}: {
  event: Event;
  organisationId: string;
  version: number;
}) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState(0);
  const base = `/api/events/${encodeURIComponent(event.id)}`;
  const query = `organisationId=${encodeURIComponent(organisationId)}`;
  const { data, error } = useFetched<Agenda>(`${base}/agenda?${query}`, `${version}-${saved}`);
  const countries = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const place = t(`events.place.${event.meetingPlace}`);
  return (
    <section aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('events.agenda.title')}</h2>
      {error ? <p role="alert">{errorMessage(t, error)}</p> : null}
      {!data ? (
        <p role="status">{t('events.loading')}</p>
      ) : !data.items.length ? (
        <p className="muted">{t('events.agenda.empty')}</p>
      ) : (
        <>
          <p>
            <a
              href={`${base}/agenda.ics?${query}`}
              download={`agenda-${event.id}.ics`}
              data-testid="agenda-ics"
            >
              {t('events.agenda.ics')}
            </a>
          </p>
          <DataTable
            name="agenda"
            columns={[
              { label: t('events.col.time') },
              { label: place },
              { label: t('events.col.partner') },
              { label: t('events.col.outcome') },
            ]}
          >
            <tbody>
              {data.items.map((m) => (
                <tr key={m.meetingId}>
                  <th scope="row">
                    {formatInZone(m.start, event.timeZone, i18n.language)}–
                    {formatInZone(m.end, event.timeZone, i18n.language, { timeStyle: 'short' })}
                  </th>
                  <td>{m.table}</td>
                  <td>
                    <a href={`/organisations/${encodeURIComponent(m.with.id)}`} onClick={onLinkClick}>
                      {m.with.name}
                    </a>{' '}
                    <span className="muted">({countries.of(m.with.country) ?? m.with.country})</span>
                  </td>
                  <td>
                    <Outcome
                      base={base}
                      organisationId={organisationId}
                      item={m}
                      onSaved={() => setSaved((s) => s + 1)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </section>
  );
}

function Outcome({
  base,
  organisationId,
  item,
  onSaved,
}: {
  base: string;
  organisationId: string;
  item: Item;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string>(item.outcome ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const ended = Date.parse(item.end) <= Date.now();
  const agreementId = `meeting-${item.meetingId}`;

  async function save() {
    try {
      await sendJson('POST', `${base}/meetings/${item.meetingId}/outcome`, {
        organisationId,
        outcome: choice,
      });
      if (becomesAgreement(choice as Item['outcome']))
        await sendJson('POST', `${base}/meetings/${item.meetingId}/agreement`, { organisationId }).catch(
          (error: unknown) => {
            // 409: the other side has already put it in the register.
            if (!(error instanceof ApiRequestError && error.status === 409)) throw error;
          },
        );
      setProblem(null);
      onSaved();
    } catch (error) {
      setProblem(errorMessage(t, error));
    }
  }

  if (!ended)
    return (
      <span className="muted">
        {item.outcome ? t(`events.outcome.${item.outcome}`) : t('events.agenda.notYet')}
      </span>
    );
  return (
    <div className="button-row">
      <select
        aria-label={t('events.agenda.outcomeOf', { name: item.with.name })}
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
      >
        <option value="">—</option>
        {outcomes.map((o) => (
          <option key={o} value={o}>
            {t(`events.outcome.${o}`)}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void save()} disabled={!choice}>
        {t('events.agenda.record')}
      </button>
      {becomesAgreement(item.outcome) ? (
        <a href={`/agreements/${agreementId}`} onClick={onLinkClick} data-testid="agreement-link">
          {t('events.agenda.inRegister')}
        </a>
      ) : null}
      {problem ? <span role="alert">{problem}</span> : null}
    </div>
  );
}
