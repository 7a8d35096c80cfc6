/**
 * `polos db backup` / `restore` (decision 097): a backup restored into an empty folder (or
 * an empty server database) holds every record and every upload — each table's rows equal
 * the source's, and an upload's matrix comes back bit for bit; a restore never goes into a
 * folder or database that holds something; a file that is no backup is refused; a folder
 * another running process holds is refused, one left by a killed process is taken over.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDatabase, BackupInputError, restoreDatabase } from '../src/backup/backup';
import { FolderInUseError, LOCK_FILE } from '../src/backup/folder-lock';
import { createStore } from '../src/create-store';
import { dataVersionCount } from '../src/repositories/data-version';
import type { Database } from '../src/database';
import { seedDemoData } from '../src/seed/seed-demo-data';
import type { SqlStore } from '../src/sql-store';
import type { StoreOptions } from '../src/store';

const data = join(import.meta.dirname, '../../../data');
const actor = { userId: null, label: 'backup test' };
const temp = mkdtempSync(join(tmpdir(), 'polos-backup-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const values = Float64Array.from([1.5, Number.NaN, 0, 1e12 + 0.25]);

/** A migrated store with the demo data and one upload. */
async function filled(where: StoreOptions): Promise<{ store: SqlStore; upload: string }> {
  const store = await createStore(where);
  await store.migrate();
  await seedDemoData(store, { dataDir: data });
  const info = await store.createMapDataset(
    {
      name: 'Exports',
      geography: 'world-countries',
      unit: 'USD',
      sourceFile: 'exports.csv',
      rows: 4,
      regions: ['arg', 'bra'],
      industries: ['0101', '0102'],
      values,
    },
    actor,
  );
  return { store, upload: info.id };
}

/** Rows per table of the public schema (every record kind, the uploads and the migrations). */
async function rowCounts(store: SqlStore): Promise<Record<string, number>> {
  const db = (store as unknown as { db: Kysely<Database> }).db;
  const tables = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = 'public' order by tablename`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(name)}`.execute(db);
    counts[name] = Number(rows[0]!.n);
  }
  return counts;
}

async function expectSameDatabase(source: SqlStore, restored: SqlStore, upload: string): Promise<void> {
  const before = await rowCounts(source);
  expect(Object.keys(before).length).toBeGreaterThan(20);
  expect(before.clusters).toBeGreaterThan(50);
  expect(await rowCounts(restored)).toEqual(before);
  const back = await restored.getMapDataset(upload);
  expect(Array.from(back!.values)).toEqual(Array.from(values));
  // the same count of writes, under a new epoch: the copy's ETags never match the source's (decision 110)
  const [was, is] = [await source.dataVersion(), await restored.dataVersion()];
  expect(dataVersionCount(is)).toBe(dataVersionCount(was));
  expect(is).not.toBe(was);
}

describe('backup and restore of the embedded database', () => {
  it('a backup restored into a new folder holds every record and upload; the source folder was free again', async () => {
    const source = join(temp, 'source');
    // Relaxed: the demo data's thousands of commits without an fsync each (the backup is the same).
    const { store, upload } = await filled({ dataDir: source, durability: 'relaxed' });
    await store.close();
    const file = join(temp, 'polos.backup');
    const result = await backupDatabase({ dataDir: source }, file);
    expect(result).toMatchObject({ format: 'pglite-tarball' });
    expect(readdirSync(temp).filter((n) => n.includes('partial'))).toEqual([]);

    const target = join(temp, 'restored');
    expect(await restoreDatabase({ dataDir: target }, file)).toBe('pglite-tarball');
    // The lock of the process that made the backup does not come back with it.
    expect(readdirSync(target)).not.toContain(LOCK_FILE);
    const [a, b] = [await createStore({ dataDir: source }), await createStore({ dataDir: target })];
    expect(await b.migrate()).toEqual([]);
    await expectSameDatabase(a, b, upload);
    await a.close();
    await b.close();
  }, 120_000);

  it('refuses to restore into a folder that holds something, and leaves it as it was', async () => {
    const busy = join(temp, 'busy');
    const store = await createStore({ dataDir: busy, durability: 'relaxed' });
    await store.migrate();
    await store.close();
    const file = join(temp, 'small.backup');
    await backupDatabase({ dataDir: busy }, file);
    const before = readdirSync(busy).sort();
    await expect(restoreDatabase({ dataDir: busy }, file)).rejects.toThrow(/is not empty/);
    expect(readdirSync(busy).sort()).toEqual(before);
  });

  it('refuses a file that is no backup, naming it', async () => {
    const file = join(temp, 'notes.txt');
    writeFileSync(file, 'hello');
    const error = await restoreDatabase({ dataDir: join(temp, 'never') }, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupInputError);
    expect((error as Error).message).toContain('notes.txt is not a polos backup');
  });

  it('a backup file that is not there is named, and nothing is made', async () => {
    const target = join(temp, 'never-made');
    const error = await restoreDatabase({ dataDir: target }, join(temp, 'missing.backup')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupInputError);
    expect((error as Error).message).toMatch(/missing\.backup: there is no such file/);
    expect(existsSync(target)).toBe(false);
  });

  it('a folder held by another running process is refused (open and backup); one left by a killed process is taken over', async () => {
    const dir = join(temp, 'held');
    await (await createStore({ dataDir: dir })).close();
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dir, LOCK_FILE), String(other.pid));
      await expect(createStore({ dataDir: dir })).rejects.toBeInstanceOf(FolderInUseError);
      await expect(backupDatabase({ dataDir: dir }, join(temp, 'held.backup'))).rejects.toThrow(
        new RegExp(`in use by process ${other.pid}`),
      );
    } finally {
      other.kill('SIGKILL');
      await new Promise((r) => other.once('exit', r));
    }
    // The holder is gone: its pid file is stale and the folder opens.
    const store = await createStore({ dataDir: dir });
    await store.close();
    expect(readdirSync(dir)).not.toContain(LOCK_FILE);
  });
});

const server = process.env.TEST_DATABASE_URL;
describe.runIf(server || process.env.POLOS_REQUIRE_POSTGRES === '1')(
  'backup and restore of a PostgreSQL server',
  () => {
    const names = ['polos_backup_source', 'polos_backup_target'];
    const urlOf = (name: string) => {
      const url = new URL(server!);
      url.pathname = `/${name}`;
      return url.toString();
    };
    async function admin(query: string): Promise<void> {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(query);
      await client.end();
    }
    afterAll(async () => {
      for (const name of names) await admin(`drop database if exists ${name} with (force)`);
    });

    it('pg_dump custom format restored into an empty database holds every record and upload; a second restore is refused', async () => {
      for (const name of names) {
        await admin(`drop database if exists ${name} with (force)`);
        await admin(`create database ${name}`);
      }
      const [source, target] = names.map(urlOf) as [string, string];
      const { store, upload } = await filled({ databaseUrl: source });
      const file = join(temp, 'server.backup');
      expect((await backupDatabase({ databaseUrl: source }, file)).format).toBe('pg-dump-custom');
      expect(await restoreDatabase({ databaseUrl: target }, file)).toBe('pg-dump-custom');
      const restored = await createStore({ databaseUrl: target });
      expect(await restored.migrate()).toEqual([]);
      await expectSameDatabase(store, restored, upload);
      await expect(restoreDatabase({ databaseUrl: target }, file)).rejects.toThrow(/not empty/);
      await expect(restoreDatabase({ dataDir: join(temp, 'x') }, file)).rejects.toThrow(
        /pg_dump of a PostgreSQL server/,
      );
      await store.close();
      await restored.close();
    }, 180_000);
  },
);
