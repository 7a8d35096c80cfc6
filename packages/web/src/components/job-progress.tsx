/**
 * A running background job's progress (decision 106): a `<progress>` (indeterminate until
 * the total is known) with the phase in words. Put it inside a live region that is on the
 * page before the job starts (`aria-live="polite"`), so screen readers announce its words.
 */
import { useTranslation } from 'react-i18next';
import type { JobView } from '../api-client';

export function JobProgress({ job, testId }: { job: JobView; testId?: string }) {
  const { t, i18n } = useTranslation();
  const progress = job.progress;
  const count = (n: number) => n.toLocaleString(i18n.language);
  const words =
    job.state === 'queued' || !progress
      ? t('jobs.queued')
      : progress.total === null
        ? t(`jobs.phase.${progress.phase}`, { defaultValue: progress.phase })
        : t('jobs.counted', {
            phase: t(`jobs.phase.${progress.phase}`, { defaultValue: progress.phase }),
            done: count(progress.done),
            total: count(progress.total),
          });
  return (
    <div className="job-progress" data-testid={testId}>
      {progress?.total ? (
        <progress value={progress.done} max={progress.total} aria-label={words} />
      ) : (
        <progress aria-label={words} />
      )}
      <span>{words}</span>
    </div>
  );
}
