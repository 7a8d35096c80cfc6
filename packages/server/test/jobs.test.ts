/**
 * Background jobs over HTTP and the job worker (decision 106), on PGlite and PostgreSQL:
 * an asynchronous cluster import (202, then the job done with the import's result), a bad
 * file dead at once with its rows' problems, who may read a job, the admins' dead-letter
 * list and retry, retries with back-off, progress while a job runs.
 */
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { jobHandlers } from '../src/features/jobs';
import { runNextJob, startJobWorker, type JobHandlers } from '../src/jobs/job-worker';
import { retryDelayMs } from '../src/mail/mail-worker';
import { send, storeFactories, suiteApp } from './test-app';

const logger = pino({ level: 'silent' });
/** The server's handlers; these tests print no PDF (report-jobs.test.ts does). */
const importHandlers = jobHandlers({ pdf: { print: () => Promise.reject(new Error('no printer here')) } });
const csv = (rows: string) => 'id,name,country,sector,sector_group\n' + rows;
interface JobBody {
  id: string;
  state: string;
  attempts: number;
  progress: { done: number; total: number | null; phase: string } | null;
  result: unknown;
  lastError: string | null;
}

describe.each(storeFactories)('background jobs on $name', (factory) => {
  const t = suiteApp(factory, ['admin', 'analyst', 'manager', 'viewer']);
  const work = (handlers: JobHandlers = importHandlers, now = new Date()) =>
    runNextJob({ store: t.store, handlers, logger, workerId: 'test-worker', now });
  const importAsync = (body: string, query = '?async=true&file=async.csv', headers = {}) =>
    send(t.app, 'POST', `/api/clusters/import${query}`, body, t.as.analyst, {
      'content-type': 'text/csv',
      ...headers,
    });
  const readJob = async (id: string, session = t.as.analyst) =>
    (await (await send(t.app, 'GET', `/api/jobs/${id}`, undefined, session)).json()) as JobBody;

  it('an async import answers 202 with the queued job; the worker imports the file and the job is done', async () => {
    const res = await importAsync(csv('job-1,Job One,BR,footwear,traditional_manufacturing\n'));
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: JobBody };
    expect(job).toMatchObject({ state: 'queued', attempts: 0, progress: null });
    expect(res.headers.get('location')).toBe(`/api/jobs/${job.id}`);
    // Nothing is written before the worker runs.
    expect((await t.app.request('/api/clusters/job-1')).status).toBe(404);
    expect(await work()).toBe('done');
    expect(await readJob(job.id)).toMatchObject({
      state: 'done',
      attempts: 1,
      result: { inserted: 1, updated: 0, ids: ['job-1'] },
    });
    expect((await t.app.request('/api/clusters/job-1')).status).toBe(200);
    expect(await work()).toBe('none');
  });

  it('Prefer: respond-async queues too, and says so', async () => {
    const res = await importAsync(
      csv('job-2,Job Two,MX,software,specialized_suppliers\n'),
      '?file=prefer.csv',
      { prefer: 'respond-async' },
    );
    expect(res.status).toBe(202);
    expect(res.headers.get('preference-applied')).toBe('respond-async');
    expect(await work()).toBe('done');
  });

  it('a file with a bad row ends the job dead at once with the rows and fields, nothing imported', async () => {
    const res = await importAsync(
      csv(
        'job-3,Job Three,BR,footwear,traditional_manufacturing\njob-4,Job Four,XX1,footwear,traditional_manufacturing\n',
      ),
    );
    const { job } = (await res.json()) as { job: JobBody };
    expect(await work()).toBe('dead');
    const dead = await readJob(job.id);
    expect(dead).toMatchObject({ state: 'dead', attempts: 1 });
    const error = (dead.result as { error: { code: string; issues: { row: number; field: string }[] } })
      .error;
    expect(error.code).toBe('invalid_import');
    expect(error.issues.map((i) => [i.row, i.field])).toEqual([[3, 'country']]);
    expect((await t.app.request('/api/clusters/job-3')).status).toBe(404);
  });

  it('a NUL in a row is stored with the file and reported as a problem of that row, as the synchronous import does', async () => {
    const res = await importAsync(csv('job-9,Job\u0000Nine,BR,footwear,traditional_manufacturing\n'));
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: JobBody };
    expect(await work()).toBe('dead');
    const error = (
      (await readJob(job.id)).result as { error: { code: string; issues: { row: number; field: string }[] } }
    ).error;
    expect(error.code).toBe('invalid_import');
    expect(error.issues.map((i) => [i.row, i.field])).toEqual([[2, 'name']]);
  });

  it('a taken id ends the job dead with a conflict, nothing imported', async () => {
    const res = await importAsync(
      csv(
        'job-5,Job Five,BR,footwear,traditional_manufacturing\njob-1,Job One again,BR,footwear,traditional_manufacturing\n',
      ),
    );
    const { job } = (await res.json()) as { job: JobBody };
    expect(await work()).toBe('dead');
    expect(((await readJob(job.id)).result as { error: { code: string } }).error.code).toBe('conflict');
    expect((await t.app.request('/api/clusters/job-5')).status).toBe(404);
  });

  it('who may read a job: its creator and admins; anyone else gets 404', async () => {
    const res = await importAsync(csv('job-6,Job Six,BR,footwear,traditional_manufacturing\n'));
    const { job } = (await res.json()) as { job: JobBody };
    const status = async (session?: typeof t.as.admin) =>
      (await send(t.app, 'GET', `/api/jobs/${job.id}`, undefined, session)).status;
    expect(await status(t.as.analyst)).toBe(200);
    expect(await status(t.as.admin)).toBe(200);
    expect(await status(t.as.manager)).toBe(404);
    expect(await status(t.as.viewer)).toBe(404);
    expect(await status()).toBe(401);
    expect((await send(t.app, 'GET', '/api/jobs/nope', undefined, t.as.admin)).status).toBe(404);
    // Viewers may not import at all.
    const viewer = await send(t.app, 'POST', '/api/clusters/import?async=true', csv(''), t.as.viewer, {
      'content-type': 'text/csv',
    });
    expect(viewer.status).toBe(403);
    expect(await work()).toBe('done');
  });

  it('the dead-letter list and retry are for admins; retry queues a dead job again', async () => {
    const res = await importAsync(csv('job-7,Job Seven,XX1,footwear,traditional_manufacturing\n'));
    const { job } = (await res.json()) as { job: JobBody };
    await work();
    expect((await send(t.app, 'GET', '/api/jobs?state=dead', undefined, t.as.analyst)).status).toBe(403);
    const list = await send(t.app, 'GET', '/api/jobs?state=dead', undefined, t.as.admin);
    expect(list.status).toBe(200);
    const items = ((await list.json()) as { items: JobBody[] }).items;
    expect(items.map((j) => j.id)).toContain(job.id);
    expect(items.every((j) => j.state === 'dead')).toBe(true);
    expect((await send(t.app, 'POST', `/api/jobs/${job.id}/retry`, undefined, t.as.analyst)).status).toBe(
      403,
    );
    const retried = await send(t.app, 'POST', `/api/jobs/${job.id}/retry`, undefined, t.as.admin);
    expect(retried.status).toBe(200);
    expect(await retried.json()).toMatchObject({ state: 'queued', attempts: 0 });
    // Still a bad file: dead again; a job that is not dead cannot be retried.
    expect(await work()).toBe('dead');
    const done = await importAsync(csv('job-8,Job Eight,BR,footwear,traditional_manufacturing\n'));
    const doneJob = ((await done.json()) as { job: JobBody }).job;
    await work();
    const conflict = await send(t.app, 'POST', `/api/jobs/${doneJob.id}/retry`, undefined, t.as.admin);
    expect(conflict.status).toBe(409);
    const missing = '00000000-0000-0000-0000-000000000000';
    expect((await send(t.app, 'POST', `/api/jobs/${missing}/retry`, undefined, t.as.admin)).status).toBe(404);
  });

  it('a failing job is retried with back-off, then dead with its last error', async () => {
    let calls = 0;
    const handlers: JobHandlers = {
      flaky: async () => {
        calls++;
        throw new Error(`the service is away (${calls})`);
      },
    };
    const job = await t.store.jobs.enqueue({ kind: 'flaky', payload: {}, createdBy: null, maxAttempts: 3 });
    // The worker's clock an hour ahead: the back-off counts from it, not from the real time.
    const t0 = new Date(Date.now() + 3_600_000);
    expect(await work(handlers, t0)).toBe('retried');
    const first = (await t.store.jobs.get(job.id))!;
    expect(first).toMatchObject({ state: 'queued', attempts: 1, lastError: 'the service is away (1)' });
    expect(new Date(first.runAt).getTime()).toBe(t0.getTime() + retryDelayMs(1));
    // Not before its time.
    expect(await work(handlers, new Date(t0.getTime() + retryDelayMs(1) - 1))).toBe('none');
    const t1 = new Date(first.runAt);
    expect(await work(handlers, t1)).toBe('retried');
    const second = (await t.store.jobs.get(job.id))!;
    expect(new Date(second.runAt).getTime()).toBe(t1.getTime() + retryDelayMs(2));
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));
    expect(await work(handlers, new Date(second.runAt))).toBe('dead');
    expect(await t.store.jobs.get(job.id)).toMatchObject({
      state: 'dead',
      attempts: 3,
      lastError: 'the service is away (3)',
    });
    expect(calls).toBe(3);
  });

  it('progress is readable while the job runs', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reported!: () => void;
    const progressed = new Promise<void>((resolve) => (reported = resolve));
    const handlers: JobHandlers = {
      slow: async (run) => {
        await run.progress({ phase: 'writing', done: 2, total: 5 });
        reported();
        await gate;
        await run.complete(async () => ({ ok: true }));
      },
    };
    const job = await t.store.jobs.enqueue({ kind: 'slow', payload: {}, createdBy: null });
    const running = work(handlers);
    await progressed;
    const admin = await readJob(job.id, t.as.admin);
    expect(admin).toMatchObject({ state: 'running', progress: { phase: 'writing', done: 2, total: 5 } });
    release();
    expect(await running).toBe('done');
    expect(await readJob(job.id, t.as.admin)).toMatchObject({ state: 'done', result: { ok: true } });
  });

  it('a running worker deletes ended jobs past their retention and keeps the others', async () => {
    const handlers: JobHandlers = { quick: (run) => run.complete(async () => 'ok') };
    const old = await t.store.jobs.enqueue({ kind: 'quick', payload: {}, createdBy: null });
    expect(await work(handlers)).toBe('done');
    const waiting = await t.store.jobs.enqueue({
      kind: 'quick',
      payload: {},
      createdBy: null,
      runAt: new Date(Date.now() + 3_600_000),
    });
    const worker = startJobWorker(t.store, handlers, logger, {
      pollMs: 60_000,
      retention: { doneMs: 0, deadMs: 0 },
    });
    try {
      await expect.poll(() => t.store.jobs.get(old.id), { timeout: 20_000 }).toBeNull();
      expect((await t.store.jobs.get(waiting.id))?.state).toBe('queued');
    } finally {
      await worker.stop();
    }
  });
});
