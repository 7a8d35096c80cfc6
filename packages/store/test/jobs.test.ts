/**
 * The background jobs' queue (store.jobs; migration 024; decision 106) on PGlite and
 * PostgreSQL: one worker per job, leases that run out, exactly-once completion with the
 * job's writes, retries with back-off, the dead-letter list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeaseLostError } from '../src/jobs/jobs.repository';
import type { SqlStore } from '../src/sql-store';
import { storeFactories } from './test-stores';

const LEASE = 60_000;
const actor = { userId: null, label: 'jobs test' };

describe.each(storeFactories)('store.jobs on $name', (factory) => {
  let store: SqlStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await factory.open());
  }, 120_000);
  afterAll(() => dispose());

  /** The job queued now is the only one due: earlier tests leave none queued. */
  const enqueue = (kind: string, extra: { maxAttempts?: number; runAt?: Date } = {}) =>
    store.jobs.enqueue({ kind, payload: { n: 1 }, createdBy: null, ...extra });
  const effects = async (jobId: string) =>
    (await store.listAudit({ limit: 10, offset: 0, entity: 'job-effect', entityId: jobId })).total;

  it('claim is exclusive: two workers asking at once, one job, one of them gets it', async () => {
    const job = await enqueue('exclusive');
    const now = new Date();
    const [a, b] = await Promise.all([
      store.jobs.claim('worker-a', now, LEASE),
      store.jobs.claim('worker-b', now, LEASE),
    ]);
    const claimed = [a, b].filter((j) => j !== null);
    expect(claimed).toHaveLength(1);
    expect(claimed[0]).toMatchObject({ id: job.id, state: 'running', attempts: 1, payload: { n: 1 } });
    expect((await store.jobs.get(job.id))?.lockedBy).toBe(a ? 'worker-a' : 'worker-b');
    // Nothing else is due.
    expect(await store.jobs.claim('worker-c', now, LEASE)).toBeNull();
    await store.jobs.complete(job.id, claimed[0]!.lockedBy!, async () => 'ok');
  });

  it('complete commits the writes and done together; a failed write leaves neither', async () => {
    const job = await enqueue('effect');
    const claimed = (await store.jobs.claim('w', new Date(), LEASE))!;
    await expect(
      store.jobs.complete(claimed.id, 'w', async (trx) => {
        await trx.recordAudit(
          { action: 'create', entity: 'job-effect', entityId: job.id, detail: null },
          actor,
        );
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await effects(job.id)).toBe(0);
    expect((await store.jobs.get(job.id))?.state).toBe('running');
    const result = await store.jobs.complete(claimed.id, 'w', async (trx) => {
      await trx.recordAudit(
        { action: 'create', entity: 'job-effect', entityId: job.id, detail: null },
        actor,
      );
      return { written: 1 };
    });
    expect(result).toEqual({ written: 1 });
    expect(await effects(job.id)).toBe(1);
    expect(await store.jobs.get(job.id)).toMatchObject({
      state: 'done',
      result: { written: 1 },
      lockedBy: null,
      attempts: 1,
    });
    expect((await store.jobs.get(job.id))?.finishedAt).not.toBeNull();
  });

  it('a lease that runs out lets another worker take the job; the first one can no longer end it', async () => {
    const job = await enqueue('lease');
    const t0 = new Date();
    await store.jobs.claim('slow', t0, 1_000);
    // Within the lease nobody else takes it.
    expect(await store.jobs.claim('fast', new Date(t0.getTime() + 500), LEASE)).toBeNull();
    const taken = await store.jobs.claim('fast', new Date(t0.getTime() + 1_001), LEASE);
    expect(taken).toMatchObject({ id: job.id, attempts: 2, lockedBy: 'fast' });
    expect(await store.jobs.heartbeat(job.id, 'slow', new Date(Date.now() + LEASE))).toBe(false);
    expect(await store.jobs.progress(job.id, 'slow', { phase: 'x', done: 1, total: 2 })).toBe(false);
    await expect(
      store.jobs.complete(job.id, 'slow', async (trx) => {
        await trx.recordAudit(
          { action: 'create', entity: 'job-effect', entityId: job.id, detail: null },
          actor,
        );
      }),
    ).rejects.toBeInstanceOf(LeaseLostError);
    expect(await store.jobs.fail(job.id, 'slow', 'late', null)).toBe(false);
    await store.jobs.complete(job.id, 'fast', async (trx) => {
      await trx.recordAudit(
        { action: 'create', entity: 'job-effect', entityId: job.id, detail: null },
        actor,
      );
    });
    expect(await effects(job.id)).toBe(1);
  });

  it('progress is readable while the job runs', async () => {
    const job = await enqueue('progress');
    await store.jobs.claim('w', new Date(), LEASE);
    expect((await store.jobs.get(job.id))?.progress).toBeNull();
    expect(await store.jobs.progress(job.id, 'w', { phase: 'writing', done: 3, total: 10 })).toBe(true);
    expect(await store.jobs.get(job.id)).toMatchObject({
      state: 'running',
      progress: { phase: 'writing', done: 3, total: 10 },
    });
    expect(await store.jobs.heartbeat(job.id, 'w', new Date(Date.now() + LEASE))).toBe(true);
    await store.jobs.complete(job.id, 'w', async () => null);
  });

  it('a failed attempt waits for its retry time; after the last one the job is dead, and retry queues it again', async () => {
    const job = await enqueue('flaky', { maxAttempts: 2 });
    const t0 = new Date();
    await store.jobs.claim('w', t0, LEASE);
    const retryAt = new Date(t0.getTime() + 60_000);
    expect(await store.jobs.fail(job.id, 'w', 'first failure', retryAt)).toBe(true);
    expect(await store.jobs.get(job.id)).toMatchObject({
      state: 'queued',
      lastError: 'first failure',
      runAt: retryAt.toISOString(),
      lockedBy: null,
    });
    expect(await store.jobs.claim('w', new Date(retryAt.getTime() - 1), LEASE)).toBeNull();
    const again = await store.jobs.claim('w', retryAt, LEASE);
    expect(again).toMatchObject({ id: job.id, attempts: 2 });
    expect(await store.jobs.fail(job.id, 'w', 'second failure', null, { why: 'gave up' })).toBe(true);
    const dead = await store.jobs.get(job.id);
    expect(dead).toMatchObject({
      state: 'dead',
      attempts: 2,
      lastError: 'second failure',
      result: { why: 'gave up' },
    });
    expect((await store.jobs.list({ state: 'dead', limit: 10 })).map((j) => j.id)).toContain(job.id);
    expect((await store.jobs.list({ state: 'done', limit: 50 })).map((j) => j.id)).not.toContain(job.id);
    // Retry: only a dead job, queued now with its attempts from zero.
    expect(await store.jobs.retry('00000000-0000-0000-0000-000000000000', new Date())).toBeNull();
    const retried = await store.jobs.retry(job.id, new Date());
    expect(retried).toMatchObject({ state: 'queued', attempts: 0, result: null, finishedAt: null });
    expect(await store.jobs.retry(job.id, new Date())).toBeNull();
    expect((await store.jobs.claim('w', new Date(), LEASE))?.id).toBe(job.id);
    await store.jobs.complete(job.id, 'w', async () => 'third time lucky');
  });

  it('a job whose worker died during its last attempt is dead, not run again', async () => {
    const job = await enqueue('poison', { maxAttempts: 1 });
    const t0 = new Date();
    await store.jobs.claim('died', t0, 1_000);
    expect(await store.jobs.claim('next', new Date(t0.getTime() + 2_000), LEASE)).toBeNull();
    expect(await store.jobs.get(job.id)).toMatchObject({ state: 'dead', attempts: 1, lockedBy: null });
    expect((await store.jobs.get(job.id))?.lastError).toContain('lease ran out');
  });

  it('purge deletes ended jobs past their retention only; queued and running ones stay', async () => {
    const done = await enqueue('old-done');
    await store.jobs.claim('w', new Date(), LEASE);
    await store.jobs.complete(done.id, 'w', async () => 'ok');
    const dead = await enqueue('old-dead', { maxAttempts: 1 });
    await store.jobs.claim('w', new Date(), LEASE);
    await store.jobs.fail(dead.id, 'w', 'broken', null);
    const queued = await enqueue('waiting', { runAt: new Date(Date.now() + 3_600_000) });
    const running = await enqueue('busy');
    await store.jobs.claim('w', new Date(), LEASE);
    const ended = new Date(Date.now() + 1_000); // after both ended
    // dead jobs kept longer than done ones: only the done one goes
    const deleted = await store.jobs.purge(ended, new Date(0));
    expect(deleted).toBeGreaterThanOrEqual(1);
    expect(await store.jobs.get(done.id)).toBeNull();
    expect((await store.jobs.get(dead.id))?.state).toBe('dead');
    await store.jobs.purge(ended, ended);
    expect(await store.jobs.get(dead.id)).toBeNull();
    expect((await store.jobs.get(queued.id))?.state).toBe('queued');
    expect((await store.jobs.get(running.id))?.state).toBe('running');
    // nothing ended before the epoch: nothing goes
    expect(await store.jobs.purge(new Date(0), new Date(0))).toBe(0);
    await store.jobs.complete(running.id, 'w', async () => 'ok');
  });

  it('a file left by complete is read apart from the job, only once it is done; a failed completion leaves none', async () => {
    const job = await enqueue('print');
    await store.jobs.claim('w', new Date(), LEASE);
    const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    const file = () => ({ name: 'brief.pdf', type: 'application/pdf', bytes });
    await expect(
      store.jobs.complete(job.id, 'w', () => Promise.reject(new Error('disk full')), file),
    ).rejects.toThrow('disk full');
    expect(await store.jobs.output(job.id)).toBeNull();
    await store.jobs.complete(job.id, 'w', async () => ({ file: 'brief.pdf' }), file);
    const output = await store.jobs.output(job.id);
    expect(output).toMatchObject({ name: 'brief.pdf', type: 'application/pdf' });
    expect(Array.from(output!.bytes)).toEqual(Array.from(bytes));
    // the job as readers see it carries no bytes
    expect(JSON.stringify(await store.jobs.get(job.id))).not.toContain('application/pdf');
    expect(await store.jobs.output('not-a-uuid')).toBeNull();
  });

  it('a malformed id finds nothing', async () => {
    expect(await store.jobs.get('not-a-uuid')).toBeNull();
    expect(await store.jobs.retry('not-a-uuid', new Date())).toBeNull();
  });
});
