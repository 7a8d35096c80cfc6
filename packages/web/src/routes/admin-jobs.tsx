/**
 * The background jobs for administrators (`/admin/jobs`; decision 106): by default the
 * dead-letter list — jobs that failed on each of their attempts, with their last error —
 * each with a Retry button; also the running, waiting and done ones. The list shown is in
 * the address (`?state=`), each change a history entry.
 * API: GET /api/jobs?state=, POST /api/jobs/{id}/retry (docs/api.md).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerOf, api, type JobView } from '../api-client';
import { describeError } from '../api-errors';
import { AdminPage, useIsAdmin } from '../accounts/admin-nav';
import { DataTable } from '../components/data-table';
import { jobFailure } from '../jobs/follow-job';
import { useQueryHistory } from '../navigation';

const STATES = ['dead', 'running', 'queued', 'done'] as const;
type State = (typeof STATES)[number];

const stateIn = (search: string): State => {
  const asked = new URLSearchParams(search).get('state');
  return (STATES as readonly string[]).includes(asked ?? '') ? (asked as State) : 'dead';
};

export default function AdminJobs() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>(() => stateIn(location.search));
  const [jobs, setJobs] = useState<JobView[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const allowed = useIsAdmin();
  useQueryHistory(state === 'dead' ? '' : `?state=${state}`, () => setState(stateIn(location.search)));
  const when = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  );
  const kindText = (kind: string) => t(`jobs.kinds.${kind}`, { defaultValue: kind });

  const load = useCallback(async () => {
    try {
      const answer = await answerOf(api.GET('/api/jobs', { params: { query: { state, limit: 200 } } }));
      setJobs(answer.items);
      setProblem(null);
    } catch (error) {
      setProblem(describeError(t, error).text);
    }
  }, [state, t]);
  useEffect(() => {
    document.title = `${t('jobs.adminTitle')} · polos`;
  }, [t]);
  useEffect(() => {
    if (!allowed) return;
    setJobs(null);
    void load();
  }, [allowed, load]);

  async function retry(job: JobView) {
    try {
      await answerOf(api.POST('/api/jobs/{id}/retry', { params: { path: { id: job.id } } }));
      setNotice(
        t('jobs.retried', { kind: kindText(job.kind), created: when.format(new Date(job.createdAt)) }),
      );
      await load();
    } catch (error) {
      setProblem(describeError(t, error).text);
    }
  }

  return (
    <AdminPage current="jobs" title={t('jobs.adminTitle')}>
      <p className="intro">{t('jobs.adminIntro')}</p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('jobs.state')}</span>
          <select
            value={state}
            onChange={(e) => {
              setNotice(null);
              setState(e.target.value as State);
            }}
          >
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(`jobs.states.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {problem ? <p role="alert">{problem}</p> : null}
      <p role="status" className={notice ? 'notice' : undefined}>
        {notice}
      </p>
      <h2 id="jobs-title">{t(`jobs.states.${state}`)}</h2>
      {!jobs ? (
        <p role="status">{t('profile.loading')}</p>
      ) : jobs.length === 0 ? (
        <p>{t('jobs.none')}</p>
      ) : (
        <DataTable
          name="jobs"
          columns={[
            { label: t('jobs.kind') },
            { label: t('jobs.created') },
            { label: t('jobs.finished') },
            { label: t('jobs.attempts'), className: 'num' },
            { label: t('jobs.lastError') },
            ...(state === 'dead' ? [{ label: t('jobs.actions') }] : []),
          ]}
        >
          <tbody>
            {jobs.map((job) => (
              <tr key={job.id} data-job={job.id}>
                <td>{kindText(job.kind)}</td>
                <td>{when.format(new Date(job.createdAt))}</td>
                <td>{job.finishedAt ? when.format(new Date(job.finishedAt)) : '—'}</td>
                <td className="num">
                  {job.attempts} / {job.maxAttempts}
                </td>
                <td className="job-error">
                  {job.lastError ? (
                    <>
                      {describeError(t, jobFailure(job)).text}
                      <br />
                      <small lang="en">{job.lastError}</small>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                {state === 'dead' ? (
                  <td>
                    <button
                      type="button"
                      onClick={() => void retry(job)}
                      aria-label={`${t('jobs.retry')}: ${kindText(job.kind)}, ${when.format(new Date(job.createdAt))}`}
                    >
                      {t('jobs.retry')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </AdminPage>
  );
}
