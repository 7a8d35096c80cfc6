/**
 * The background jobs' queue (`store.jobs`; migration 024; decision 106), modelled on the
 * mail outbox (decision 081): a worker claims one due job for a lease (`FOR UPDATE SKIP
 * LOCKED`: two workers never take the same job), keeps it with heartbeats, records its
 * progress, and ends it `done` or `dead`, or queues it again with back-off. Runs the same
 * on PGlite and PostgreSQL.
 *
 * Exactly once: `complete` runs the job's writes and its `done` in one transaction, after
 * checking (and locking) that this worker still holds the job. A worker killed mid-way
 * commits nothing; its lease runs out and another worker runs the job again.
 */
import { sql } from 'kysely';
import type { Store } from '../store';
import { iso, isUuid, json, type Row } from '../repositories/sql-values';
import type { Executor, UnitOfWork } from '../repositories/unit-of-work';

export type JobState = 'queued' | 'running' | 'done' | 'dead';

/** How far a running job is: `done` of `total` units (null: not known yet) in `phase`. */
export interface JobProgress {
  done: number;
  total: number | null;
  phase: string;
}

export interface NewJob {
  /** The worker's handler that runs it (e.g. `cluster-import`). */
  kind: string;
  /** The handler's input, JSON. */
  payload: unknown;
  /** Who asked for it: that user (and admins) may read it. */
  createdBy: string | null;
  /** Attempts before it is `dead`. __Default:__ 5. */
  maxAttempts?: number;
  /** Not before this time. __Default:__ now. */
  runAt?: Date;
}

/** A job as its creator and the admins see it (never its payload). */
export interface Job {
  id: string;
  kind: string;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lockedUntil: string | null;
  lockedBy: string | null;
  progress: JobProgress | null;
  result: unknown;
  lastError: string | null;
  createdBy: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** A file a job leaves (a printed report), kept with the job and read apart from it. */
export interface JobOutput {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** A job a worker holds: with its payload. */
export interface ClaimedJob extends Job {
  payload: unknown;
}

/** The worker no longer holds the job (its lease ran out and another worker took it, or it ended). */
export class LeaseLostError extends Error {
  constructor(readonly jobId: string) {
    super(`job ${jobId} is no longer held by this worker`);
    this.name = 'LeaseLostError';
  }
}

export interface Jobs {
  /** Queues one job in its own transaction. */
  enqueue(job: NewJob): Promise<Job>;
  /**
   * Takes the oldest job due at `now` — queued with `run_at <= now`, or running with a lease
   * that ran out (its worker died) — for `leaseMs`; its `attempts` grows. A running job whose
   * lease ran out after its last attempt becomes `dead` instead. Null when nothing is due.
   */
  claim(workerId: string, now: Date, leaseMs: number): Promise<ClaimedJob | null>;
  /** Extends the lease; false when this worker no longer holds the job. */
  heartbeat(id: string, workerId: string, lockedUntil: Date): Promise<boolean>;
  /** Records progress (readable at once); false when this worker no longer holds the job. */
  progress(id: string, workerId: string, progress: JobProgress): Promise<boolean>;
  /**
   * Runs `work` with a store bound to one transaction and marks the job `done` with the
   * value `work` returns in that same transaction: both commit or neither. `output` picks a
   * file from that value to keep with the job (not in its result). Throws LeaseLostError
   * (nothing committed) when this worker no longer holds the job.
   */
  complete<R>(
    id: string,
    workerId: string,
    work: (store: Store) => Promise<R>,
    output?: (result: R) => JobOutput | undefined,
  ): Promise<R>;
  /** The file the job left, once it is `done`; null when there is none. */
  output(id: string): Promise<JobOutput | null>;
  /**
   * After a failed attempt: queued again at `retryAt`, or `dead` when `retryAt` is null (with
   * `result`, e.g. the problems of a bad file). False when this worker no longer holds it.
   */
  fail(id: string, workerId: string, error: string, retryAt: Date | null, result?: unknown): Promise<boolean>;
  /** Newest first; `state: 'dead'` is the dead-letter list. */
  list(query: { state?: JobState; createdBy?: string; limit: number }): Promise<Job[]>;
  get(id: string): Promise<Job | null>;
  /** A dead job queued again with its attempts counted from zero; null when it is not dead. */
  retry(id: string, now: Date): Promise<Job | null>;
  /**
   * Deletes jobs that ended before `doneBefore` (`done`) or `deadBefore` (`dead`); queued and
   * running jobs are never deleted. Answers how many went.
   */
  purge(doneBefore: Date, deadBefore: Date): Promise<number>;
}

/** Longest error text kept for a failed attempt. */
const ERROR_CHARS = 2000;
const DEFAULT_MAX_ATTEMPTS = 5;
/**
 * Every column but the payload (a job's input may be a whole file). JSON columns come back
 * as text: a driver hands a JSON string back already parsed, which could not be told apart
 * from JSON text.
 */
const JOB_COLUMNS = sql.raw(
  'id, kind, state, attempts, max_attempts, run_at, locked_until, locked_by, progress::text as progress, result::text as result, last_error, created_by, created_at, finished_at',
);
const fromJsonText = (v: unknown): unknown => (v == null ? null : JSON.parse(String(v)));

const toJob = (r: Row): Job => ({
  id: String(r.id),
  kind: r.kind as string,
  state: r.state as JobState,
  attempts: Number(r.attempts),
  maxAttempts: Number(r.max_attempts),
  runAt: iso(r.run_at),
  lockedUntil: r.locked_until ? iso(r.locked_until) : null,
  lockedBy: (r.locked_by as string | null) ?? null,
  progress: fromJsonText(r.progress) as JobProgress | null,
  result: fromJsonText(r.result),
  lastError: (r.last_error as string | null) ?? null,
  createdBy: (r.created_by as string | null) ?? null,
  createdAt: iso(r.created_at),
  finishedAt: r.finished_at ? iso(r.finished_at) : null,
});

export class JobsRepository implements Jobs {
  /** `storeOf` gives the Store over a transaction (the facade, which this module cannot import). */
  constructor(
    private readonly uow: UnitOfWork,
    private readonly storeOf: (trx: Executor) => Store,
  ) {}

  /** Queues one job with `trx`: it exists only if that transaction commits. */
  async enqueueWith(trx: Executor, job: NewJob): Promise<Job> {
    const { rows } = await sql<Row>`insert into jobs (kind, payload, max_attempts, run_at, created_by)
      values (${job.kind}, ${json(job.payload)}, ${job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS},
        ${job.runAt ?? new Date()}, ${job.createdBy})
      returning ${JOB_COLUMNS}`.execute(trx);
    return toJob(rows[0]!);
  }

  enqueue(job: NewJob): Promise<Job> {
    return this.uow.tx((trx) => this.enqueueWith(trx, job));
  }

  claim(workerId: string, now: Date, leaseMs: number): Promise<ClaimedJob | null> {
    return this.uow.tx(async (trx) => {
      // A job whose worker died after its last attempt is not run again: dead-letter it.
      await sql`update jobs set state = 'dead', locked_by = null, locked_until = null, finished_at = ${now},
          last_error = 'its worker stopped during each of its ' || attempts || ' attempt(s) (the lease ran out)'
        where id in (select id from jobs where state = 'running' and locked_until < ${now}
          and attempts >= max_attempts for update skip locked)`.execute(trx);
      const { rows } = await sql<Row>`update jobs set state = 'running', attempts = attempts + 1,
          locked_by = ${workerId}, locked_until = ${new Date(now.getTime() + leaseMs)}, progress = null
        where id = (select id from jobs
          where (state = 'queued' and run_at <= ${now}) or (state = 'running' and locked_until < ${now})
          order by run_at, created_at limit 1 for update skip locked)
        returning ${JOB_COLUMNS}, payload::text as payload`.execute(trx);
      const row = rows[0];
      return row ? { ...toJob(row), payload: fromJsonText(row.payload) } : null;
    });
  }

  async heartbeat(id: string, workerId: string, lockedUntil: Date): Promise<boolean> {
    const result = await sql`update jobs set locked_until = ${lockedUntil}
      where id = ${id} and locked_by = ${workerId} and state = 'running'`.execute(this.uow.db);
    return Number(result.numAffectedRows ?? 0) > 0;
  }

  async progress(id: string, workerId: string, progress: JobProgress): Promise<boolean> {
    const result = await sql`update jobs set progress = ${json(progress)}
      where id = ${id} and locked_by = ${workerId} and state = 'running'`.execute(this.uow.db);
    return Number(result.numAffectedRows ?? 0) > 0;
  }

  complete<R>(
    id: string,
    workerId: string,
    work: (store: Store) => Promise<R>,
    output?: (result: R) => JobOutput | undefined,
  ): Promise<R> {
    return this.uow.tx(async (trx) => {
      // Locked until commit: no other worker claims it meanwhile, even if the lease runs out.
      const { rows } = await sql<Row>`select id from jobs
        where id = ${id} and locked_by = ${workerId} and state = 'running' for update`.execute(trx);
      if (!rows.length) throw new LeaseLostError(id);
      const result = await work(this.storeOf(trx));
      const file = output?.(result);
      await sql`update jobs set state = 'done', result = ${json(result)}, locked_by = null,
          locked_until = null, finished_at = now(), last_error = null,
          output = ${file ? Buffer.from(file.bytes) : null}, output_name = ${file?.name ?? null},
          output_type = ${file?.type ?? null}
        where id = ${id}`.execute(trx);
      return result;
    });
  }

  async output(id: string): Promise<JobOutput | null> {
    if (!isUuid(id)) return null;
    const { rows } = await sql<Row>`select output, output_name, output_type from jobs
      where id = ${id} and state = 'done' and output is not null`.execute(this.uow.db);
    const row = rows[0];
    if (!row) return null;
    return {
      name: row.output_name as string,
      type: row.output_type as string,
      bytes: new Uint8Array(row.output as Uint8Array),
    };
  }

  async fail(
    id: string,
    workerId: string,
    error: string,
    retryAt: Date | null,
    result?: unknown,
  ): Promise<boolean> {
    const message = error.slice(0, ERROR_CHARS);
    const held = sql`id = ${id} and locked_by = ${workerId} and state = 'running'`;
    const outcome = await (
      retryAt
        ? sql`update jobs set state = 'queued', run_at = ${retryAt}, locked_by = null, locked_until = null,
            last_error = ${message} where ${held}`
        : sql`update jobs set state = 'dead', locked_by = null, locked_until = null, finished_at = now(),
            last_error = ${message}, result = ${json(result ?? null)} where ${held}`
    ).execute(this.uow.db);
    return Number(outcome.numAffectedRows ?? 0) > 0;
  }

  async list(query: { state?: JobState; createdBy?: string; limit: number }): Promise<Job[]> {
    const where = [
      query.state ? sql`state = ${query.state}` : sql`true`,
      query.createdBy ? sql`created_by = ${query.createdBy}` : sql`true`,
    ];
    const { rows } = await sql<Row>`select ${JOB_COLUMNS} from jobs where ${sql.join(where, sql` and `)}
      order by created_at desc, id limit ${query.limit}`.execute(this.uow.db);
    return rows.map(toJob);
  }

  async get(id: string): Promise<Job | null> {
    if (!isUuid(id)) return null;
    const { rows } = await sql<Row>`select ${JOB_COLUMNS} from jobs where id = ${id}`.execute(this.uow.db);
    return rows[0] ? toJob(rows[0]) : null;
  }

  async retry(id: string, now: Date): Promise<Job | null> {
    if (!isUuid(id)) return null;
    const { rows } = await sql<Row>`update jobs set state = 'queued', attempts = 0, run_at = ${now},
        result = null, progress = null, finished_at = null
      where id = ${id} and state = 'dead' returning ${JOB_COLUMNS}`.execute(this.uow.db);
    return rows[0] ? toJob(rows[0]) : null;
  }

  async purge(doneBefore: Date, deadBefore: Date): Promise<number> {
    const result = await sql`delete from jobs
      where (state = 'done' and finished_at < ${doneBefore})
         or (state = 'dead' and finished_at < ${deadBefore})`.execute(this.uow.db);
    return Number(result.numAffectedRows ?? 0);
  }
}
