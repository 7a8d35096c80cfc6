/**
 * The form of a matchmaking event, to create one (POST /api/events) or edit one's own
 * (PATCH /api/events/{id}): title, description, dates, the venue's time zone, sessions
 * (date, start, end as the venue's clocks read them, slot length), tables or virtual rooms,
 * the registration deadline and how long a meeting request waits for an answer.
 */
import { useState, type InputHTMLAttributes } from 'react';
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

  /** A required input labelled `events.form.<key>`. */
  const input = (
    key: string,
    value: string,
    onChange: (value: string) => void,
    props: InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <Field
      label={t(`events.form.${key}`)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      required
      {...props}
    />
  );

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
      {input('title', title, setTitle)}
      <label>
        <span>{t('events.form.description')}</span>
        <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={3} />
      </label>
      <div className="button-row">
        {input('startDate', startDate, setStartDate, { type: 'date' })}
        {input('endDate', endDate, setEndDate, { type: 'date' })}
      </div>
      {input('timeZone', timeZone, setTimeZone, { list: 'time-zones' })}
      <datalist id="time-zones">
        {Intl.supportedValuesOf('timeZone').map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <fieldset>
        <legend>{t('events.form.sessions')}</legend>
        {sessions.map((s, i) => (
          <div className="button-row" key={i} data-testid="session-row">
            {input('sessionName', s.name, (name) => setRow(i, { name }))}
            {input('sessionDate', s.date, (date) => setRow(i, { date }), { type: 'date' })}
            {input('sessionStart', s.start, (start) => setRow(i, { start }), { type: 'time' })}
            {input('sessionEnd', s.end, (end) => setRow(i, { end }), { type: 'time' })}
            {input('slotMinutes', String(s.slotMinutes), (v) => setRow(i, { slotMinutes: Number(v) }), {
              type: 'number',
              min: 5,
              max: 240,
            })}
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
        {input('deadlineDate', deadlineDate, setDeadlineDate, { type: 'date' })}
        {input('deadlineTime', deadlineTime, setDeadlineTime, { type: 'time' })}
      </div>
      {input('expiry', expiry, setExpiry, { type: 'number', min: 1, max: 720 })}
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
