/**
 * `polos db backup FILE` and `polos db restore FILE` (decision 097). Every record and every
 * upload lives in the database (uploads as `map_datasets.cells`), so a backup is the
 * database:
 * - embedded (PGlite folder): PGlite's own copy of its data folder, a gzip tarball taken by
 *   the one process that holds the folder (folder-lock.ts) — consistent, as no one else
 *   writes meanwhile;
 * - server (`postgres://…`): `pg_dump --format=custom` (restorable with pg_restore, and
 *   so by any PostgreSQL tool), from Debian's or the given PostgreSQL client programs.
 * A file is written under a temporary name and renamed, so an interrupted backup never
 * leaves a half file under the asked name. A restore goes only into an empty target (a
 * missing or empty folder, a database without tables), so it can never mix two databases.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { isPostgresUrl } from '../create-store';
import { RENEW_DATA_EPOCH } from '../repositories/data-version';
import type { StoreOptions } from '../store';
import { LOCK_FILE, lockFolder } from './folder-lock';

/** A backup or restore refused because of what was asked (a wrong file, a target not empty). */
export class BackupInputError extends Error {
  override name = 'BackupInputError';
}

export type BackupFormat = 'pglite-tarball' | 'pg-dump-custom';

export interface BackupResult {
  file: string;
  format: BackupFormat;
  bytes: number;
}

/** What a backup file holds, from its first bytes: gzip (a PGlite folder) or pg_dump's `PGDMP`. */
export async function backupFormatOf(file: string): Promise<BackupFormat> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new BackupInputError(`${file}: there is no such file`);
    if (error.code === 'EACCES') throw new BackupInputError(`${file}: polos may not read it (permissions)`);
    throw error;
  });
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite-tarball';
    if (head.toString('latin1') === 'PGDMP') return 'pg-dump-custom';
  } finally {
    await handle.close();
  }
  throw new BackupInputError(
    `${file} is not a polos backup (neither an embedded-database tarball nor a pg_dump custom-format file)`,
  );
}

/** Runs a PostgreSQL client program; rejects with its standard error when it fails. */
function run(program: string, args: string[]): Promise<void> {
  const bin = process.env.POLOS_PG_BIN ? `${process.env.POLOS_PG_BIN}/${program}` : program;
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) =>
      reject(
        new Error(
          `cannot run ${program} (${error.message}): install PostgreSQL's client programs (Debian: postgresql-client) or set POLOS_PG_BIN`,
        ),
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${program} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

const temporaryOf = (file: string) => `${file}.partial-${process.pid}`;

/** Writes a backup of the configured database to `file` (replaced if it exists). */
export async function backupDatabase(options: StoreOptions, file: string): Promise<BackupResult> {
  const partial = temporaryOf(file);
  try {
    let format: BackupFormat;
    if (isPostgresUrl(options.databaseUrl)) {
      await run('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--file=${partial}`,
        options.databaseUrl,
      ]);
      format = 'pg-dump-custom';
    } else {
      const dir = embeddedFolder(options);
      if (!existsSync(dir) || !readdirSync(dir).length)
        throw new BackupInputError(`there is no database in ${dir}`);
      const release = lockFolder(dir);
      try {
        const pglite = new PGlite(dir);
        // dumpDataDir does not wait for the database to be ready; a dump before it never ends.
        await pglite.waitReady;
        try {
          const tarball = await pglite.dumpDataDir('gzip');
          writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
        } finally {
          await pglite.close();
        }
      } finally {
        release();
      }
      format = 'pglite-tarball';
    }
    renameSync(partial, file);
    return { file, format, bytes: statSync(file).size };
  } finally {
    rmSync(partial, { force: true });
  }
}

function embeddedFolder(options: StoreOptions): string {
  if (!options.dataDir || options.dataDir === 'memory://')
    throw new BackupInputError(
      'an in-memory database has nothing to back up or restore: set POLOS_DATA_DIR to a folder',
    );
  return options.dataDir;
}

/**
 * Restores `file` into the configured database, which must be empty; the caller migrates
 * afterwards (a backup of an older version is brought up to date).
 */
export async function restoreDatabase(options: StoreOptions, file: string): Promise<BackupFormat> {
  const format = await backupFormatOf(file);
  if (isPostgresUrl(options.databaseUrl)) {
    if (format !== 'pg-dump-custom')
      throw new BackupInputError(
        `${file} is a backup of an embedded database: restore it into a folder (POLOS_DATA_DIR), not a server`,
      );
    await assertEmptyServer(options.databaseUrl);
    await run('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${options.databaseUrl}`,
      file,
    ]);
    await renewEpochOnServer(options.databaseUrl);
    return format;
  }
  const dir = embeddedFolder(options);
  if (format === 'pg-dump-custom')
    throw new BackupInputError(
      `${file} is a pg_dump of a PostgreSQL server: restore it into a server (DATABASE_URL) with polos db restore or pg_restore`,
    );
  if (existsSync(dir) && readdirSync(dir).length)
    throw new BackupInputError(`${dir} is not empty: restore into a new or empty folder`);
  mkdirSync(dir, { recursive: true });
  const release = lockFolder(dir);
  try {
    const pglite = new PGlite({ dataDir: dir, loadDataDir: new Blob([await readFile(file)]) });
    await pglite.waitReady;
    await pglite.exec(RENEW_DATA_EPOCH);
    await pglite.close();
    // The tarball holds the lock file of the process that made the backup: not ours.
    rmSync(join(dir, LOCK_FILE), { force: true });
  } catch (error) {
    // Nothing half restored: the folder goes back to empty.
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
    throw error;
  } finally {
    release();
  }
  return format;
}

/** Runs `work` with one connection to the server, closed afterwards. */
async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The restored copy's data version gets a new epoch (decision 110). */
async function renewEpochOnServer(url: string): Promise<void> {
  await withClient(url, (client) => client.query(RENEW_DATA_EPOCH));
}

async function assertEmptyServer(url: string): Promise<void> {
  const { rows } = await withClient(url, (client) =>
    client.query<{ n: string }>(
      "select count(*) as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')",
    ),
  );
  if (Number(rows[0]!.n) > 0)
    throw new BackupInputError(
      'the target database is not empty: restore into a new database (createdb), so nothing is mixed',
    );
}
