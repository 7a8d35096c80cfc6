/**
 * The organiser's scheduler (POST /api/events/{id}/schedule; docs/methods/event-scheduler.md):
 * places every accepted meeting not yet placed (mutual pending requests become meetings
 * first; an accepted meeting is often placed at once), then shows every placed meeting —
 * slot, table, the two sides — and those the run could not place, with the reason.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type GetAnswer, type Schemas } from '../api-client';
import { errorMessage } from '../api-errors';
import { formatInZone } from '../collaboration/zoned-time';
import { useFetched } from '../use-fetched';
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
  const [result, setResult] = useState<Result | null>(null);
  const [runs, setRuns] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const names = new Map(registrations.map((r) => [r.organisationId, r.organisationName]));
  const base = `/api/events/${encodeURIComponent(event.id)}`;
  // The organiser reads every request: the placed meetings and the two sides of each.
  const meetings = useFetched<Requests>(`${base}/requests`, runs).data ?? [];
  const placed = meetings
    .filter((m) => m.status === 'accepted' && m.startsAt)
    .sort((a, b) => a.startsAt!.localeCompare(b.startsAt!));

  async function run() {
    setBusy(true);
    try {
      setResult(await sendJson<Result>('POST', `${base}/schedule`, { mutual: true }));
      setRuns((r) => r + 1);
      setProblem(null);
      onScheduled();
    } catch (error) {
      setProblem(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  const sides = (meetingId: string) => {
    const m = meetings.find((r) => r.id === meetingId);
    return m
      ? `${names.get(m.fromOrganisationId) ?? m.fromOrganisationId} – ${names.get(m.toOrganisationId) ?? m.toOrganisationId}`
      : meetingId;
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
        <p role="status" data-testid="schedule-result">
          {t('events.schedule.summary', {
            placed: result.placed.length,
            unplaced: result.unplaced.length,
            merged: result.merged,
            bound: result.upperBound,
          })}
        </p>
      ) : null}
      {result?.unplaced.length ? (
        <ul data-testid="unplaced">
          {result.unplaced.map((u) => (
            <li key={u.meetingId}>
              {sides(u.meetingId)}: {t(`events.schedule.reason.${u.reason}`)}
            </li>
          ))}
        </ul>
      ) : null}
      <h4 id="placed-title">{t('events.schedule.placed', { count: placed.length })}</h4>
      {placed.length ? (
        <DataTable
          name="placed"
          columns={[
            { label: t('events.col.meeting') },
            { label: t('events.col.time') },
            { label: placeWord },
          ]}
        >
          <tbody>
            {placed.map((m) => (
              <tr key={m.id}>
                <th scope="row">{sides(m.id)}</th>
                <td>{formatInZone(m.startsAt!, event.timeZone, i18n.language)}</td>
                <td>{m.table}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </section>
  );
}
