/**
 * Follows a background job (decision 106) until it ends: reads `GET /api/jobs/{id}` every
 * `everyMs`, hands each reading to `onReading` (the page shows its progress), and resolves
 * with the job once it is `done` or `dead`. Stops (rejects with the abort reason) when
 * `signal` aborts, e.g. the page is left.
 */
import { ApiRequestError, getJob, type JobView } from '../api-client';

/** Readings of a running job: often enough for a progress bar, rarely enough for the server. */
const EVERY_MS = 400;

export async function followJob(
  first: JobView,
  onReading: (job: JobView) => void,
  signal: AbortSignal,
  options: { everyMs?: number; read?: (id: string, signal: AbortSignal) => Promise<JobView> } = {},
): Promise<JobView> {
  const { everyMs = EVERY_MS, read = getJob } = options;
  let job = first;
  while (job.state === 'queued' || job.state === 'running') {
    onReading(job);
    signal.throwIfAborted();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, everyMs);
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(signal.reason as Error);
        },
        { once: true },
      );
    });
    job = await read(job.id, signal);
  }
  return job;
}

/**
 * What a dead job left: its refusal as the API error the synchronous route would have
 * answered (`result.error`, e.g. an import's rows and their problems), else its last error.
 */
export function jobFailure(job: JobView): Error {
  const body = (job.result as { error?: { status?: number } } | null)?.error;
  if (body) return new ApiRequestError(body.status ?? 400, { error: body } as ApiRequestError['body']);
  return new Error(job.lastError ?? job.state);
}
