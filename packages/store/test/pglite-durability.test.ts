/**
 * Issue 10, point 13: the embedded database is durable by default — PostgreSQL's fsync
 * on, the WAL flushed with fsync (the one sync call PGlite's file system can pass on),
 * and that call reaching the disk — with the old relaxed mode as an option.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../src/create-store';
import { FsyncNodeFS, pgliteOptions } from '../src/pglite-durability';

const work = mkdtempSync(join(tmpdir(), 'polos-durability-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('pgliteOptions(dataDir, durability)', () => {
  it('is durable by default: no -F, fsync and synchronous_commit on, WAL synced with fsync, a file system that fsyncs', () => {
    const options = pgliteOptions(join(work, 'options'));
    expect(options.fs).toBeInstanceOf(FsyncNodeFS);
    expect(options.relaxedDurability).toBe(false);
    expect(options.startParams).not.toContain('-F');
    expect(options.startParams).toEqual(
      expect.arrayContaining(['fsync=on', 'synchronous_commit=on', 'wal_sync_method=fsync']),
    );
    // Everything else PGlite needs (single-user mode, search path…) is kept.
    for (const param of PGlite.defaultStartParams.filter((p) => p !== '-F'))
      expect(options.startParams).toContain(param);
  });

  it("relaxed is PGlite's own defaults (fsync off)", () => {
    const options = pgliteOptions(join(work, 'options'), 'relaxed');
    expect(options).toEqual({ dataDir: join(work, 'options'), relaxedDurability: true });
  });
});

describe('createStore on a data folder', () => {
  const settings = async (durability?: 'durable' | 'relaxed') => {
    const dataDir = join(work, durability ?? 'default');
    const pglite = new PGlite(pgliteOptions(dataDir, durability));
    try {
      const show = async (name: string) =>
        ((await pglite.query<Record<string, string>>(`show ${name}`)).rows[0] ?? {})[name];
      return { fsync: await show('fsync'), walSyncMethod: await show('wal_sync_method') };
    } finally {
      await pglite.close();
    }
  };

  it('by default PostgreSQL runs with fsync on and syncs the WAL with fsync', async () => {
    expect(await settings()).toEqual({ fsync: 'on', walSyncMethod: 'fsync' });
  });

  it('every durable commit calls fsync through to the disk', async () => {
    const options = pgliteOptions(join(work, 'commits'));
    const fs = options.fs as FsyncNodeFS;
    const pglite = new PGlite(options);
    try {
      await pglite.exec('create table t (n int)');
      for (let n = 1; n <= 5; n++) {
        const before = fs.fsyncs;
        await pglite.query('insert into t values ($1)', [n]);
        expect(fs.fsyncs, `commit ${n}`).toBeGreaterThan(before);
      }
    } finally {
      await pglite.close();
    }
  });

  it('POLOS_DB_DURABILITY=relaxed runs with fsync off, as before', async () => {
    expect((await settings('relaxed')).fsync).toBe('off');
  });

  it('a durable folder keeps its writes across close and reopen', async () => {
    const dataDir = join(work, 'reopen');
    const actor = { userId: null, label: 'test' };
    let store = await createStore({ dataDir });
    await store.migrate();
    await store.createCluster(
      {
        id: 'durable-1',
        name: 'Durable',
        country: 'PE',
        sector: 'garment',
        sectorGroup: 'traditional_manufacturing',
        isPublic: true,
        keyFigures: [],
      },
      actor,
    );
    await store.close();
    store = await createStore({ dataDir, durability: 'relaxed' });
    try {
      expect((await store.getCluster('durable-1'))?.name).toBe('Durable');
    } finally {
      await store.close();
    }
  });
});
