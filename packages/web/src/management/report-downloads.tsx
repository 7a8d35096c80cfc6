/**
 * The organisation report as PDF in English, Spanish or Portuguese (issue 13 point 6),
 * printed as a background job (decision 111): a button per language POSTs to
 * `/api/organisations/{id}/report.pdf?lang=`, the page follows the job with its progress,
 * then offers the file (`GET /api/jobs/{id}/output`).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type JobView } from '../api-client';
import { FormProblems, problemLines } from '../components/api-form';
import { JobProgress } from '../components/job-progress';
import { languages } from '../i18n';
import { describeError } from '../api-errors';
import { followJob, jobFailure } from '../jobs/follow-job';
import { useLeaving } from '../jobs/use-leaving';

type Printing =
  | { state: 'running'; language: string; job: JobView }
  | { state: 'done'; language: string; job: JobView }
  | { state: 'failed'; language: string; problem: string[] };

export function ReportDownloads({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [printing, setPrinting] = useState<Printing | null>(null);
  const leaving = useLeaving();
  const base = `/api/organisations/${encodeURIComponent(orgId)}/report.pdf`;
  const label = (code: string) => languages.find((l) => l.code === code)?.label ?? code;

  async function print(language: string) {
    try {
      const { job } = await sendJson<{ job: JobView }>('POST', `${base}?lang=${language}`, undefined);
      setPrinting({ state: 'running', language, job });
      const ended = await followJob(
        job,
        (reading) => setPrinting({ state: 'running', language, job: reading }),
        leaving.current.signal,
      );
      if (ended.state === 'dead')
        setPrinting({ state: 'failed', language, problem: [describeError(t, jobFailure(ended)).text] });
      else setPrinting({ state: 'done', language, job: ended });
    } catch (error) {
      if (leaving.current.signal.aborted) return;
      setPrinting({ state: 'failed', language, problem: problemLines(t, error) });
    }
  }

  return (
    <section aria-labelledby="report-title" className="management-section">
      <h2 id="report-title">{t('management.report.title')}</h2>
      <p className="intro">{t('management.report.intro')}</p>
      <ul className="downloads" data-testid="report-downloads">
        {languages.map((l) => (
          <li key={l.code}>
            <button
              type="button"
              lang={l.code}
              disabled={printing?.state === 'running'}
              onClick={() => void print(l.code)}
            >
              {t('management.report.print', { language: l.label })}
            </button>
          </li>
        ))}
      </ul>
      <div aria-live="polite" data-testid="report-printing">
        {printing?.state === 'running' ? <JobProgress job={printing.job} /> : null}
        {printing?.state === 'done' ? (
          <p>
            <a
              href={`/api/jobs/${encodeURIComponent(printing.job.id)}/output`}
              download={`report-${orgId}-${printing.language}.pdf`}
            >
              {t('management.report.download', { language: label(printing.language) })}
            </a>
          </p>
        ) : null}
        {printing?.state === 'failed' ? <FormProblems lines={printing.problem} /> : null}
      </div>
    </section>
  );
}
