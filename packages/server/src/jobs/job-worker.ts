/**
 * The job worker (decision 106): claims one due job at a time from `store.jobs`, runs the
 * handler of its kind, keeps its lease with heartbeats, and records the outcome — `done`
 * (the handler's `complete`, in the transaction of its writes), queued again with back-off
 * (the mail worker's: 1 min, 2, 4 … at most 6 h) until its last attempt, or `dead` (the
 * dead-letter list). Bad input (`JobRejected`) is dead at once: retrying cannot mend it.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { LeaseLostError, type ClaimedJob, type JobOutput, type JobProgress, type Store } from '@polos/store';
import type { Logger } from 'pino';
import { retryDelayMs } from '../mail/mail-worker';

/** What a handler gets: its job, a way to report progress, and the transaction that ends it. */
export interface JobRun {
  readonly job: ClaimedJob;
  /** Aborted when the worker lost the job (its lease ran out) or is stopping. */
  readonly signal: AbortSignal;
  /** Records progress, readable at once by the job's readers. Never call it inside `complete`. */
  progress(progress: JobProgress): Promise<void>;
  /**
   * Runs the job's writes on a store bound to one transaction, which also marks the job
   * `done` with the value returned: both commit or neither (exactly once).
   */
  complete<R>(work: (store: Store) => Promise<R>, output?: (result: R) => JobOutput | undefined): Promise<R>;
}

/** Runs one job; must end by calling `run.complete` (or throw). */
export type JobHandler = (run: JobRun) => Promise<unknown>;
export type JobHandlers = Readonly<Record<string, JobHandler>>;

/** Bad input: the job is `dead` at once with `result` (e.g. the rows of a file and their problems). */
export class JobRejected extends Error {
  constructor(
    message: string,
    readonly result: unknown,
  ) {
    super(message);
    this.name = 'JobRejected';
  }
}

/** A job is held this long without a heartbeat before another worker may take it. */
export const JOB_LEASE_MS = 60_000;

export interface RunJobOptions {
  store: Store;
  handlers: JobHandlers;
  logger: Logger;
  workerId: string;
  now: Date;
  /** __Default:__ JOB_LEASE_MS; heartbeats every third of it. */
  leaseMs?: number;
  /** Aborts the running handler (the worker is stopping). */
  signal?: AbortSignal;
}

export type JobOutcome = 'none' | 'done' | 'retried' | 'dead' | 'lost';

/** A worker's id in `locked_by`: host, process and a random part (several workers per process). */
export const newWorkerId = (): string => `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

/** Claims the next job due at `now` and runs it to its outcome. */
export async function runNextJob(options: RunJobOptions): Promise<JobOutcome> {
  const { store, handlers, logger, workerId, now } = options;
  const leaseMs = options.leaseMs ?? JOB_LEASE_MS;
  const job = await store.jobs.claim(workerId, now, leaseMs);
  if (!job) return 'none';
  const lost = new AbortController();
  const stop = () => lost.abort();
  options.signal?.addEventListener('abort', stop);
  // A heartbeat never overlaps the previous one (on PGlite it waits for the job's transaction).
  let beating = false;
  const beat = setInterval(() => {
    if (beating) return;
    beating = true;
    store.jobs
      .heartbeat(job.id, workerId, new Date(Date.now() + leaseMs))
      .then((held) => held || lost.abort())
      .catch((error: unknown) => logger.warn({ job: job.id, err: error }, 'a job heartbeat failed'))
      .finally(() => (beating = false));
  }, leaseMs / 3);
  let completed = false;
  const run: JobRun = {
    job,
    signal: lost.signal,
    async progress(progress) {
      if (!(await store.jobs.progress(job.id, workerId, progress))) lost.abort();
    },
    async complete(work, output) {
      const result = await store.jobs.complete(job.id, workerId, work, output);
      completed = true;
      return result;
    },
  };
  try {
    const handler = handlers[job.kind];
    if (!handler) throw new Error(`no handler for jobs of kind "${job.kind}"`);
    await handler(run);
    if (!completed) throw new Error(`the handler of "${job.kind}" returned without completing the job`);
    return 'done';
  } catch (error) {
    if (error instanceof LeaseLostError) {
      logger.warn({ job: job.id, kind: job.kind }, 'a job was taken over by another worker');
      return 'lost';
    }
    const message = error instanceof Error ? error.message : String(error);
    const rejected = error instanceof JobRejected;
    // Counted from the failure (a long job may fail well after its claim); never before `now`.
    const failedAt = Math.max(now.getTime(), Date.now());
    const retryAt =
      !rejected && job.attempts < job.maxAttempts ? new Date(failedAt + retryDelayMs(job.attempts)) : null;
    const held = await store.jobs.fail(
      job.id,
      workerId,
      message,
      retryAt,
      rejected ? error.result : undefined,
    );
    if (!held) return 'lost';
    if (!rejected)
      logger.warn(
        { job: job.id, kind: job.kind, attempts: job.attempts, retryAt, err: message },
        'a job failed',
      );
    return retryAt ? 'retried' : 'dead';
  } finally {
    clearInterval(beat);
    options.signal?.removeEventListener('abort', stop);
  }
}

export interface JobWorker {
  readonly workerId: string;
  /** Looks for due jobs now instead of at the next round (after a request queued one). */
  wake(): void;
  /** Stops taking jobs and waits for the running one to end. */
  stop(): Promise<void>;
}

/**
 * How long ended jobs are kept: `done` ones a week (their result is read right after), `dead`
 * ones — the dead-letter list an admin acts on — 30 days.
 */
export const JOB_RETENTION = { doneMs: 7 * 86_400_000, deadMs: 30 * 86_400_000 } as const;
/** How often a worker deletes the jobs past JOB_RETENTION. */
const PURGE_EVERY_MS = 3_600_000;

export interface JobWorkerOptions {
  /** How often the worker looks for due jobs without being woken. __Default:__ 5 s. */
  pollMs?: number;
  /** How long ended jobs are kept. __Default:__ JOB_RETENTION. */
  retention?: { doneMs: number; deadMs: number };
  /** __Default:__ JOB_LEASE_MS. */
  leaseMs?: number;
}

/** Starts a worker: each round runs due jobs one after the other until none is due. */
export function startJobWorker(
  store: Store,
  handlers: JobHandlers,
  logger: Logger,
  options: JobWorkerOptions = {},
): JobWorker {
  const workerId = newWorkerId();
  const stopping = new AbortController();
  let round: Promise<void> | undefined;
  let again = false;
  let purgedAt = -Infinity;
  const retention = options.retention ?? JOB_RETENTION;
  const purge = async (now: Date) => {
    if (now.getTime() - purgedAt < PURGE_EVERY_MS) return;
    purgedAt = now.getTime();
    const t = now.getTime();
    const deleted = await store.jobs.purge(new Date(t - retention.doneMs), new Date(t - retention.deadMs));
    if (deleted) logger.info({ deleted }, 'deleted ended jobs past their retention');
  };
  const drain = async () => {
    await purge(new Date());
    while (!stopping.signal.aborted) {
      const outcome = await runNextJob({
        store,
        handlers,
        logger,
        workerId,
        now: new Date(),
        ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
        signal: stopping.signal,
      });
      if (outcome === 'none') return;
    }
  };
  const tick = () => {
    if (stopping.signal.aborted) return;
    // A wake during a round runs one more round after it: the job it announced is not missed.
    if (round) {
      again = true;
      return;
    }
    round = drain()
      .catch((error: unknown) => logger.error({ err: error }, 'running jobs failed'))
      .finally(() => {
        round = undefined;
        if (again) {
          again = false;
          tick();
        }
      });
  };
  const timer = setInterval(tick, options.pollMs ?? 5_000);
  timer.unref();
  setImmediate(tick);
  return {
    workerId,
    wake: () => setImmediate(tick),
    async stop() {
      stopping.abort();
      clearInterval(timer);
      await round;
    },
  };
}
