/** A background job as the API shows it to its creator and the admins (decision 106). */
import type { Job } from '@polos/store';
import { z } from 'zod';

export const jobStateSchema = z.enum(['queued', 'running', 'done', 'dead']);

export const jobSchema = z
  .object({
    id: z.string(),
    kind: z.string().describe('What it does, e.g. `cluster-import`.'),
    state: jobStateSchema.describe('`queued` → `running` → `done`, or `dead` (the dead-letter list).'),
    attempts: z.number().int().describe('Attempts started so far (a job killed mid-way counts one).'),
    maxAttempts: z.number().int(),
    runAt: z.string().describe('Not run before this time (a retry waits here).'),
    progress: z
      .object({ done: z.number(), total: z.number().nullable(), phase: z.string() })
      .nullable()
      .describe('How far a running job is: `done` of `total` in `phase`.'),
    result: z
      .unknown()
      .describe(
        'What a `done` job produced (a cluster import: ImportResult); for a `dead` one refused for its input, the error body the synchronous route would have sent.',
      ),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });

export type JobView = z.infer<typeof jobSchema>;

/** The published fields of a stored job (not who holds it, nor its payload). */
export const jobView = (job: Job): JobView => ({
  id: job.id,
  kind: job.kind,
  state: job.state,
  attempts: job.attempts,
  maxAttempts: job.maxAttempts,
  runAt: job.runAt,
  progress: job.progress,
  result: job.result,
  lastError: job.lastError,
  createdAt: job.createdAt,
  finishedAt: job.finishedAt,
});
