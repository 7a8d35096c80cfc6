/**
 * Calls for proposals of the programmes (`/calls`, issue 12 point 6): open calls by
 * deadline (or all), filtered by a country that may apply; who acts for an organisation
 * follows a call (the notifications tell of its closing); staff add calls; "Download CSV"
 * gives every filtered call.
 * API: GET/POST /api/calls, POST/DELETE /api/calls/{id}/follow, GET /api/programmes.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type GetAnswer, type Schemas } from '../api-client';
import { errorMessage } from '../api-errors';
import { listCalls, type CallFilters } from '../api/collaboration-lists';
import { ApiForm } from '../components/api-form';
import { ListDownload, type ListColumn } from '../components/list-download';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { useSession } from '../session';
import { useFetched } from '../use-fetched';

type Call = Schemas['ProgrammeCall'];

/** The CSV of the calls: the deadline as the API's ISO instant (UTC), countries as ISO codes. */
const CALL_CSV: ListColumn<Call>[] = [
  { name: 'id', value: (c) => c.id },
  { name: 'programme_id', value: (c) => c.programmeId },
  { name: 'title', value: (c) => c.title },
  { name: 'opens_on', value: (c) => c.opensOn },
  { name: 'deadline', value: (c) => c.deadline },
  { name: 'eligible_countries', value: (c) => c.eligibleCountries.join('; ') },
  { name: 'url', value: (c) => c.url },
];

export default function Calls() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const user = session.user;
  const [openOnly, setOpenOnly] = useState(true);
  const [country, setCountry] = useState('');
  const [version, setVersion] = useState(0);
  useEffect(() => {
    document.title = `${t('programmes.callsTitle')} · polos`;
  }, [t]);
  const filters = {
    ...(openOnly && { open: 'true' }),
    ...(/^[A-Za-z]{2}$/.test(country) && { eligibleCountry: country.toUpperCase() }),
  } as CallFilters;
  const calls = useFetched<GetAnswer<'/api/calls'>>(
    `/api/calls?${new URLSearchParams({ limit: '200', ...(filters as Record<string, string>) })}`,
    version,
  );
  const programmes = useFetched<GetAnswer<'/api/programmes'>>('/api/programmes?limit=100');
  const programmeName = new Map((programmes.data?.items ?? []).map((p) => [p.id, p.acronym ?? p.name]));
  const countries = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const staff = user?.role === 'admin' || user?.role === 'analyst';
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('programmes.callsTitle')}</h1>
      <p className="intro">{t('programmes.callsIntro')}</p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="check">
          <input type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />{' '}
          {t('programmes.openOnly')}
        </label>
        <Field
          label={t('programmes.eligibleCountry')}
          value={country}
          maxLength={2}
          placeholder="MX"
          onChange={(e) => setCountry(e.target.value.trim())}
        />
      </form>
      {staff ? (
        <CallForm programmes={programmes.data?.items ?? []} onDone={() => setVersion((v) => v + 1)} />
      ) : null}
      <h2 id="calls-title">{t('programmes.callsCount', { count: calls.data?.total ?? 0 })}</h2>
      {calls.error ? (
        <p role="alert">{errorMessage(t, calls.error)}</p>
      ) : !calls.data ? (
        <p role="status">{t('programmes.loading')}</p>
      ) : !calls.data.items.length ? (
        <p className="muted">{t('programmes.noCalls')}</p>
      ) : (
        <>
          <ListDownload
            name="calls"
            columns={CALL_CSV}
            fetchPage={(offset, limit) => listCalls({ ...filters, offset, limit })}
          />
          <DataTable
            name="calls"
            columns={[
              { label: t('programmes.col.call') },
              { label: t('programmes.col.programme') },
              { label: t('programmes.col.deadline') },
              { label: t('programmes.col.eligible') },
              { label: t('programmes.col.follow') },
            ]}
          >
            <tbody>
              {calls.data.items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.url ? <a href={c.url}>{c.title}</a> : c.title}</th>
                  <td>{programmeName.get(c.programmeId) ?? c.programmeId}</td>
                  <td>
                    {new Intl.DateTimeFormat(i18n.language, {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    }).format(new Date(c.deadline))}
                  </td>
                  <td>
                    {c.eligibleCountries.length
                      ? c.eligibleCountries.map((x) => countries.of(x) ?? x).join(', ')
                      : t('programmes.anyCountry')}
                  </td>
                  <td>{user ? <FollowButton call={c} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </main>
  );
}

function FollowButton({ call }: { call: Call }) {
  const { t } = useTranslation();
  const [following, setFollowing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const path = `/api/calls/${encodeURIComponent(call.id)}/follow`;
  const toggle = () =>
    (following ? sendJson('DELETE', path) : sendJson('POST', path, {})).then(
      () => {
        setFollowing(!following);
        setProblem(null);
      },
      (error: unknown) => setProblem(errorMessage(t, error)),
    );
  return (
    <>
      <button type="button" aria-pressed={following} onClick={() => void toggle()}>
        {following ? t('programmes.following') : t('programmes.follow')}
      </button>
      {problem ? <span role="alert"> {problem}</span> : null}
    </>
  );
}

function CallForm({ programmes, onDone }: { programmes: Schemas['Programme'][]; onDone: () => void }) {
  const { t } = useTranslation();
  const [programmeId, setProgrammeId] = useState('');
  const [title, setTitle] = useState('');
  const [opensOn, setOpensOn] = useState('');
  const [deadline, setDeadline] = useState('');
  const [eligible, setEligible] = useState('');
  const [url, setUrl] = useState('');
  return (
    <ApiForm
      title={t('programmes.addCall')}
      testId="call-create"
      submitLabel={t('programmes.addCallButton')}
      savedText={t('programmes.callAdded')}
      send={() =>
        sendJson('POST', '/api/calls', {
          programmeId,
          title,
          opensOn: opensOn || null,
          // The browser's clock: datetime-local has no zone, toISOString adds it.
          deadline: deadline ? new Date(deadline).toISOString() : '',
          eligibleCountries: eligible
            .split(/[\s,;]+/)
            .map((c) => c.trim().toUpperCase())
            .filter(Boolean),
          url: url || null,
        })
      }
      onDone={onDone}
    >
      <label>
        <span>{t('programmes.col.programme')}</span>
        <select value={programmeId} onChange={(e) => setProgrammeId(e.target.value)} required>
          <option value="">—</option>
          {programmes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <Field label={t('programmes.col.call')} value={title} onValue={setTitle} required />
      <Field label={t('programmes.opensOn')} type="date" value={opensOn} onValue={setOpensOn} />
      <Field
        label={t('programmes.col.deadline')}
        type="datetime-local"
        value={deadline}
        onValue={setDeadline}
        required
      />
      <Field
        label={t('programmes.eligibleList')}
        value={eligible}
        placeholder="MX, ES, BR"
        onValue={setEligible}
      />
      <Field label={t('programmes.url')} type="url" value={url} onValue={setUrl} />
    </ApiForm>
  );
}
