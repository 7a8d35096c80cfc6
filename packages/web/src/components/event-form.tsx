/**
 * The form of a matchmaking event, to create one (POST /api/events) or edit one's own
 * (PATCH /api/events/{id}): title, description, dates, the venue's time zone, sessions
 * (date, start, end as the venue's clocks read them, slot length), tables or virtual rooms,
 * the registration deadline and how long a meeting request waits for an answer.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type Schemas } from '../api-client';
import { instantToZoned, zonedToInstant } from '../collaboration/zoned-time';
import { ApiForm } from './api-form';
import { Choice } from './choice';
import { Field } from './field';

type Event = Schemas['Event'];
type EventInput = Schemas['EventInput'];
interface SessionRow {
  name: string;
  date: string;
  start: string;
  end: string;
  slotMinutes: number;
}

const statuses = ['draft', 'open', 'closed'] as const;
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const today = () => new Date().toISOString().slice(0, 10);

function rowsOf(event: Event | undefined): SessionRow[] {
  if (!event) return [{ name: '', date: today(), start: '09:00', end: '12:00', slotMinutes: 30 }];
  return event.sessions.map((s) => {
    const start = instantToZoned(s.start, event.timeZone);
    return {
      name: s.name,
      date: start.date,
      start: start.time,
      end: instantToZoned(s.end, event.timeZone).time,
      slotMinutes: s.slotMinutes,
    };
  });
}

export function EventForm({ event, onSaved }: { event?: Event; onSaved: (saved: Event) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(event?.title ?? '');
  const [description, setDescription] = useState(event?.description ?? '');
  const [startDate, setStartDate] = useState(event?.startDate ?? today());
  const [endDate, setEndDate] = useState(event?.endDate ?? today());
  const [timeZone, setTimeZone] = useState(event?.timeZone ?? browserZone);
  const [sessions, setSessions] = useState<SessionRow[]>(() => rowsOf(event));
  const [place, setPlace] = useState<string>(event?.meetingPlace ?? 'table');
  const [tables, setTables] = useState((event?.tables ?? ['1', '2', '3', '4']).join('\n'));
  const deadline = event ? instantToZoned(event.registrationDeadline, event.timeZone) : null;
  const [deadlineDate, setDeadlineDate] = useState(deadline?.date ?? today());
  const [deadlineTime, setDeadlineTime] = useState(deadline?.time ?? '23:59');
  const [expiry, setExpiry] = useState(String(event?.requestExpiryHours ?? 72));
  const [status, setStatus] = useState<string>(event?.status ?? 'open');
  const setRow = (i: number, change: Partial<SessionRow>) =>
    setSessions((rows) => rows.map((r, k) => (k === i ? { ...r, ...change } : r)));

  function body(): EventInput {
    return {
      title,
      description,
      startDate,
      endDate,
      timeZone,
      sessions: sessions.map((s) => ({
        name: s.name,
        start: zonedToInstant(s.date, s.start, timeZone),
        end: zonedToInstant(s.date, s.end, timeZone),
        slotMinutes: s.slotMinutes,
      })),
      meetingPlace: place as EventInput['meetingPlace'],
      tables: tables
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      registrationDeadline: zonedToInstant(deadlineDate, deadlineTime, timeZone),
      requestExpiryHours: Number(expiry),
      status: status as EventInput['status'],
    };
  }

  return (
    <ApiForm
      title={event ? t('events.form.editTitle') : t('events.form.createTitle')}
      testId={event ? 'event-edit' : 'event-create'}
      submitLabel={event ? t('events.form.save') : t('events.form.create')}
      savedText={t('events.form.saved')}
      send={() =>
        event
          ? sendJson<Event>('PATCH', `/api/events/${encodeURIComponent(event.id)}`, body())
          : sendJson<Event>('POST', '/api/events', body())
      }
      onDone={onSaved}
    >
      <Field
        label={t('events.form.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        required
      />
      <label>
        <span>{t('events.form.description')}</span>
        <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={3} />
      </label>
      <div className="button-row">
        <Field
          label={t('events.form.startDate')}
          type="date"
          value={startDate}
          onChange={(e) => setStartDate(e.target.value)}
          required
        />
        <Field
          label={t('events.form.endDate')}
          type="date"
          value={endDate}
          onChange={(e) => setEndDate(e.target.value)}
          required
        />
      </div>
      <Field
        label={t('events.form.timeZone')}
        value={timeZone}
        onChange={(e) => setTimeZone(e.target.value)}
        list="time-zones"
        required
      />
      <datalist id="time-zones">
        {Intl.supportedValuesOf('timeZone').map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <fieldset>
        <legend>{t('events.form.sessions')}</legend>
        {sessions.map((s, i) => (
          <div className="button-row" key={i} data-testid="session-row">
            <Field
              label={t('events.form.sessionName')}
              value={s.name}
              onChange={(e) => setRow(i, { name: e.target.value })}
              required
            />
            <Field
              label={t('events.form.sessionDate')}
              type="date"
              value={s.date}
              onChange={(e) => setRow(i, { date: e.target.value })}
              required
            />
            <Field
              label={t('events.form.sessionStart')}
              type="time"
              value={s.start}
              onChange={(e) => setRow(i, { start: e.target.value })}
              required
            />
            <Field
              label={t('events.form.sessionEnd')}
              type="time"
              value={s.end}
              onChange={(e) => setRow(i, { end: e.target.value })}
              required
            />
            <Field
              label={t('events.form.slotMinutes')}
              type="number"
              min={5}
              max={240}
              value={s.slotMinutes}
              onChange={(e) => setRow(i, { slotMinutes: Number(e.target.value) })}
              required
            />
            {sessions.length > 1 ? (
              <button type="button" onClick={() => setSessions((rows) => rows.filter((_, k) => k !== i))}>
                {t('events.form.removeSession')}
              </button>
            ) : null}
          </div>
        ))}
        <button
          type="button"
          onClick={() => setSessions((rows) => [...rows, { ...rows[rows.length - 1]!, name: '' }])}
        >
          {t('events.form.addSession')}
        </button>
      </fieldset>
      <Choice
        label={t('events.form.place')}
        value={place}
        onChange={setPlace}
        options={['table', 'virtual_room']}
        prefix="events.place."
      />
      <label>
        <span>{t('events.form.tables')}</span>
        <textarea value={tables} onChange={(e) => setTables(e.target.value)} rows={3} />
      </label>
      <div className="button-row">
        <Field
          label={t('events.form.deadlineDate')}
          type="date"
          value={deadlineDate}
          onChange={(e) => setDeadlineDate(e.target.value)}
          required
        />
        <Field
          label={t('events.form.deadlineTime')}
          type="time"
          value={deadlineTime}
          onChange={(e) => setDeadlineTime(e.target.value)}
          required
        />
      </div>
      <Field
        label={t('events.form.expiry')}
        type="number"
        min={1}
        max={720}
        value={expiry}
        onChange={(e) => setExpiry(e.target.value)}
        required
      />
      <Choice
        label={t('events.form.status')}
        value={status}
        onChange={setStatus}
        options={statuses}
        prefix="events.status."
      />
    </ApiForm>
  );
}
