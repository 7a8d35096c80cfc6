/**
 * A job survives a killed process and runs exactly once (issue 16; decision 106): a worker
 * process is SIGKILLed in the middle of a job, after writing the job's effect but before its
 * transaction commits; a second worker process takes the job when the lease runs out. The
 * job is `done` after 2 attempts and its effect is there exactly once — on a PostgreSQL
 * database and on a PGlite folder.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStore, type Store } from '@polos/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeFactories } from './test-app';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let work: string;
let child: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'polos-job-kill-'));
  // Bundled inside the project so that its imports resolve from node_modules.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  child = join(root, '.tmp', `job-worker-child-${process.pid}.mjs`);
  const { bundleForNode } = (await import(join(root, 'scripts/bundle.mjs'))) as {
    bundleForNode(entry: string, out: string): Promise<void>;
  };
  await bundleForNode('packages/server/test/fixtures/job-worker-child.ts', child);
}, 60_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(child, { force: true });
  rmSync(`${child}.map`, { force: true });
});

interface Exit {
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
}

/** Runs a worker process on `target`; SIGKILLs it as soon as it prints `killAt` (when given). */
function runWorker(target: string, jobId: string, holdMs: number, killAt?: string): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, target, jobId, String(holdMs)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let stderr = '';
    let pending = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      pending += d.toString();
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (line === killAt) proc.kill('SIGKILL');
      }
    });
    // A worker that never finishes is stopped; the test then fails on its lines.
    const timer = setTimeout(() => proc.kill('SIGKILL'), 150_000);
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`worker exited ${code}: ${stderr}`));
      else resolve({ lines, signal, code });
    });
  });
}

/** Kill one worker mid-job, let a second one finish it; then `check` reads the database. */
async function killAndRecover(target: string, jobId: string) {
  const killed = await runWorker(target, jobId, 60_000, 'wrote 1');
  expect(killed.signal).toBe('SIGKILL');
  expect(killed.lines).toEqual(['claimed 1', 'wrote 1']);
  const second = await runWorker(target, jobId, 0);
  expect(second.code).toBe(0);
  expect(second.lines).toEqual(['claimed 2', 'wrote 2', 'finished done']);
}

async function expectDoneOnce(store: Store, jobId: string) {
  expect(await store.jobs.get(jobId)).toMatchObject({ state: 'done', attempts: 2, result: { attempt: 2 } });
  const effects = await store.listAudit({ limit: 10, offset: 0, entity: 'job-effect', entityId: jobId });
  expect(effects.total).toBe(1);
  expect(effects.items[0]?.detail).toEqual({ attempt: 2 });
}

const postgres = storeFactories.find((f) => f.name === 'postgres');

describe('a job whose worker is killed (SIGKILL) mid-job', () => {
  it.runIf(postgres)(
    'on PostgreSQL: done after 2 attempts, its effect written once',
    async () => {
      const { store, databaseUrl, dispose } = await postgres!.open();
      try {
        const job = await store.jobs.enqueue({ kind: 'slow-effect', payload: {}, createdBy: null });
        await killAndRecover(databaseUrl!, job.id);
        await expectDoneOnce(store, job.id);
      } finally {
        await dispose();
      }
    },
    200_000,
  );

  it('on a PGlite folder: done after 2 attempts, its effect written once', async () => {
    const dataDir = join(work, 'data');
    const before = await createStore({ dataDir, durability: 'relaxed' });
    await before.migrate();
    const job = await before.jobs.enqueue({ kind: 'slow-effect', payload: {}, createdBy: null });
    await before.close();
    await killAndRecover(dataDir, job.id);
    const after = await createStore({ dataDir, durability: 'relaxed' });
    try {
      await expectDoneOnce(after, job.id);
    } finally {
      await after.close();
    }
    // About 75 s at a load average of 17 on 2 cores: PGlite opens the folder four times.
  }, 300_000);
});
