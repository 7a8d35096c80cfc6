import { describe, expect, it } from 'vitest';
import type { JobView } from '../api-client';
import { followJob } from './follow-job';

const job = (
  state: JobView['state'],
  progress: JobView['progress'] = null,
  result: unknown = null,
): JobView => ({
  id: 'j1',
  kind: 'cluster-import',
  state,
  attempts: state === 'queued' ? 0 : 1,
  maxAttempts: 3,
  runAt: '2026-12-04T00:00:00.000Z',
  progress,
  result,
  lastError: null,
  createdAt: '2026-12-04T00:00:00.000Z',
  finishedAt: null,
});

describe('followJob(first, onReading, signal)', () => {
  it('shows each reading while the job runs and resolves with the ended job', async () => {
    const readings = [
      job('running', { phase: 'writing', done: 0, total: 2 }),
      job('done', null, { inserted: 2 }),
    ];
    const seen: JobView[] = [];
    const ended = await followJob(job('queued'), (j) => seen.push(j), new AbortController().signal, {
      everyMs: 1,
      read: async () => readings.shift()!,
    });
    expect(seen.map((j) => j.state)).toEqual(['queued', 'running']);
    expect(seen[1]!.progress).toEqual({ phase: 'writing', done: 0, total: 2 });
    expect(ended).toMatchObject({ state: 'done', result: { inserted: 2 } });
  });

  it('a job already ended is not read again', async () => {
    let reads = 0;
    const ended = await followJob(job('dead'), () => {}, new AbortController().signal, {
      read: async () => (reads++, job('dead')),
    });
    expect(ended.state).toBe('dead');
    expect(reads).toBe(0);
  });

  it('stops when the page is left (the signal aborts)', async () => {
    const leaving = new AbortController();
    const following = followJob(job('running'), () => leaving.abort(new Error('left')), leaving.signal, {
      everyMs: 60_000,
      read: async () => job('running'),
    });
    await expect(following).rejects.toThrow('left');
  });
});
