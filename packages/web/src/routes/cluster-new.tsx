/**
 * `/clusters/new`, for admins and analysts: add one cluster (POST /api/clusters; its id
 * comes from the name) or import a CSV or JSON file of clusters (POST /api/clusters/import,
 * all or nothing: a bad row rejects the file, and each problem is listed by row and field).
 * The import runs as a background job (decision 106): the page follows it and shows its
 * progress, then the result or the rows' problems.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sectorGroups } from '@polos/core/vocabulary-lists';
import { ApiRequestError, sendJson, sendText, type JobView, type Schemas } from '../api-client';
import { fieldProblem } from '../api-errors';
import { ApiForm, FormProblems, problemLines } from '../components/api-form';
import { Choice } from '../components/choice';
import { Field } from '../components/field';
import { JobProgress } from '../components/job-progress';
import { followJob, jobFailure } from '../jobs/follow-job';
import { useLeaving } from '../jobs/use-leaving';
import { navigate, onLinkClick } from '../navigation';
import { useSession } from '../session';

type ImportResult = Schemas['ImportResult'];
interface ImportIssue {
  row: number;
  field: string;
  message: string;
  rule?: Schemas['FieldRule'];
}

/** The row-by-row problems of a refused import, when the API sent them. */
const importIssues = (error: unknown): ImportIssue[] =>
  error instanceof ApiRequestError
    ? ((error.body?.error as { issues?: ImportIssue[] } | undefined)?.issues ?? [])
    : [];

function AddCluster() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [location, setLocation] = useState('');
  const [sector, setSector] = useState('');
  const [group, setGroup] = useState<string>(sectorGroups[0]);
  const [isPublic, setIsPublic] = useState(true);
  return (
    <ApiForm
      open
      title={t('newClusters.addTitle')}
      testId="cluster-add"
      submitLabel={t('newClusters.add')}
      send={() =>
        sendJson<Schemas['Cluster']>('POST', '/api/clusters', {
          name,
          country: country.trim().toUpperCase(),
          location: location || null,
          sector,
          sectorGroup: group,
          isPublic,
        })
      }
      onDone={(cluster) => navigate(`/clusters/${encodeURIComponent(cluster.id)}`)}
    >
      <Field label={t('newClusters.name')} value={name} onValue={setName} required maxLength={200} />
      <Field
        label={t('newClusters.country')}
        value={country}
        onValue={setCountry}
        required
        maxLength={2}
        aria-describedby="country-hint"
      />
      <p id="country-hint" className="hint">
        {t('newClusters.countryHint')}
      </p>
      <Field label={t('newClusters.location')} value={location} onValue={setLocation} maxLength={200} />
      <Field label={t('newClusters.sector')} value={sector} onValue={setSector} required maxLength={200} />
      <Choice
        label={t('clusters.sectorGroup')}
        value={group}
        onChange={setGroup}
        options={sectorGroups}
        prefix="sectorGroup."
      />
      <label className="check">
        <input type="checkbox" checked={isPublic} onChange={(e) => setIsPublic(e.target.checked)} />
        <span>{t('newClusters.public')}</span>
      </label>
    </ApiForm>
  );
}

function ImportClusters() {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [upsert, setUpsert] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string[] | null>(null);
  const [issues, setIssues] = useState<ImportIssue[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [running, setRunning] = useState<JobView | null>(null);
  const leaving = useLeaving();
  const count = (n: number) => n.toLocaleString(i18n.language);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setResult(null);
    try {
      const json = /\.json$/i.test(file.name) || file.type.includes('json');
      const query = new URLSearchParams({
        mode: upsert ? 'upsert' : 'insert',
        file: file.name.slice(0, 200),
      });
      query.set('async', 'true');
      const { job } = await sendText<{ job: JobView }>(
        `/api/clusters/import?${query}`,
        await file.text(),
        json ? 'application/json' : 'text/csv',
      );
      const ended = await followJob(job, setRunning, leaving.current.signal);
      setRunning(null);
      if (ended.state === 'dead') {
        const failure = jobFailure(ended);
        if (!(failure instanceof ApiRequestError)) {
          setIssues([]);
          setProblem([t('jobs.failed', { error: failure.message })]);
          return;
        }
        throw failure;
      }
      setProblem(null);
      setIssues([]);
      setResult(ended.result as ImportResult);
    } catch (error) {
      if (leaving.current.signal.aborted) return;
      setRunning(null);
      const rows = importIssues(error);
      setIssues(rows);
      setProblem(rows.length ? [t('newClusters.refused', { count: rows.length })] : problemLines(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-title" className="edit">
      <h2 id="import-title">{t('newClusters.importTitle')}</h2>
      <p>{t('newClusters.importIntro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} data-testid="cluster-import">
        <label>
          <span>{t('newClusters.file')}</span>
          <input
            type="file"
            accept=".csv,.json,text/csv,application/json"
            required
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={upsert} onChange={(e) => setUpsert(e.target.checked)} />
          <span>{t('newClusters.upsert')}</span>
        </label>
        <div aria-live="polite">
          {running ? <JobProgress job={running} testId="import-progress" /> : null}
        </div>
        <FormProblems lines={problem} />
        {issues.length ? (
          <table className="data" data-testid="import-issues">
            <caption>{t('newClusters.issuesCaption', { file: file?.name ?? '' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('newClusters.row')}</th>
                <th scope="col">{t('newClusters.field')}</th>
                <th scope="col">{t('newClusters.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {issues.map((issue) => (
                <tr key={`${issue.row}.${issue.field}.${issue.message}`}>
                  <td>{count(issue.row)}</td>
                  <td>
                    <code>{issue.field}</code>
                  </td>
                  <td>
                    {issue.rule
                      ? fieldProblem(t, { path: issue.field, message: issue.message, rule: issue.rule })
                      : issue.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {result ? (
          <p role="status" data-testid="import-result">
            {t('newClusters.imported', { inserted: count(result.inserted), updated: count(result.updated) })}{' '}
            {result.ids.slice(0, 5).map((id) => (
              <a
                key={id}
                href={`/clusters/${encodeURIComponent(id)}`}
                onClick={onLinkClick}
                className="import-link"
              >
                {id}
              </a>
            ))}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy || !file}>
          {busy ? t('newClusters.importing') : t('newClusters.import')}
        </button>
      </form>
    </section>
  );
}

export default function ClusterNew() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.user;
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('newClusters.title')}</h1>
      {user === undefined ? null : !user || !session.can.importClusters(user) ? (
        <p role="alert">{t('newClusters.notAllowed')}</p>
      ) : (
        <>
          <p className="intro">{t('newClusters.intro')}</p>
          <AddCluster />
          <ImportClusters />
        </>
      )}
    </main>
  );
}
