/**
 * The organiser's scheduler (POST /api/events/{id}/schedule; docs/methods/event-scheduler.md):
 * places every accepted meeting not yet placed (mutual pending requests become meetings
 * first), then shows what was placed — slot, table, the two sides — and what was not,
 * with the reason.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getJson, sendJson, type GetAnswer, type Schemas } from '../api-client';
import { errorMessage } from '../api-errors';
import { formatInZone } from '../collaboration/zoned-time';
import { DataTable } from './data-table';

type Event = Schemas['Event'];
type Result = Schemas['EventScheduleResult'];
type Requests = GetAnswer<'/api/events/{id}/requests'>;

export function EventSchedule({
  event,
  registrations,
  onScheduled,
}: {
  event: Event;
  registrations: Schemas['EventRegistration'][];
  onScheduled: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [result, setResult] = useState<{ run: Result; meetings: Requests } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const names = new Map(registrations.map((r) => [r.organisationId, r.organisationName]));
  const base = `/api/events/${encodeURIComponent(event.id)}`;

  async function run() {
    setBusy(true);
    try {
      const outcome = await sendJson<Result>('POST', `${base}/schedule`, { mutual: true });
      // The organiser reads every request: it names the two sides of each meeting.
      const meetings = await getJson<Requests>(`${base}/requests`);
      setResult({ run: outcome, meetings });
      setProblem(null);
      onScheduled();
    } catch (error) {
      setProblem(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  const sides = (meetingId: string) => {
    const m = result?.meetings.find((r) => r.id === meetingId);
    return m
      ? `${names.get(m.fromOrganisationId) ?? m.fromOrganisationId} – ${names.get(m.toOrganisationId) ?? m.toOrganisationId}`
      : meetingId;
  };
  const slotTime = (meetingId: string) => {
    const m = result?.meetings.find((r) => r.id === meetingId);
    return m?.startsAt ? formatInZone(m.startsAt, event.timeZone, i18n.language) : '';
  };
  const placeWord = t(`events.place.${event.meetingPlace}`);
  return (
    <section aria-labelledby="schedule-title">
      <h3 id="schedule-title">{t('events.schedule.title')}</h3>
      <p className="muted">{t('events.schedule.intro')}</p>
      <button type="button" className="primary" onClick={() => void run()} disabled={busy}>
        {t('events.schedule.run')}
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
      {result ? (
        <div data-testid="schedule-result">
          <p role="status">
            {t('events.schedule.summary', {
              placed: result.run.placed.length,
              unplaced: result.run.unplaced.length,
              merged: result.run.merged,
              bound: result.run.upperBound,
            })}
          </p>
          {result.run.placed.length ? (
            <DataTable
              labelledBy="schedule-title"
              testId="placed"
              columns={[
                { label: t('events.col.meeting') },
                { label: t('events.col.time') },
                { label: placeWord },
              ]}
            >
              <tbody>
                {result.run.placed.map((p) => (
                  <tr key={p.meetingId}>
                    <th scope="row">{sides(p.meetingId)}</th>
                    <td>{slotTime(p.meetingId)}</td>
                    <td>{p.table}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          ) : null}
          {result.run.unplaced.length ? (
            <ul data-testid="unplaced">
              {result.run.unplaced.map((u) => (
                <li key={u.meetingId}>
                  {sides(u.meetingId)}: {t(`events.schedule.reason.${u.reason}`)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
