/**
 * A pooled connection string (issue 16; decision 109): PgBouncer in transaction mode in front
 * of the test PostgreSQL server, and polos through it — migrations, writes, reads, a
 * transaction that rolls back whole, and the sign-in throttle (transaction-level advisory
 * locks) under parallel attempts. PgBouncer hands a server connection to a client for one
 * transaction only, so anything kept on a session (SET, session advisory locks, named
 * prepared statements) would break here. Skipped without the pgbouncer binary (Debian's
 * `pgbouncer`), failing instead with POLOS_REQUIRE_POSTGRES=1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterInputSchema } from '@polos/core';
import { createStore, importRowsOf, seedDemoData, type SqlStore } from '@polos/store';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PolosApp } from '../src/app';
import { hashPassword } from '../src/auth/passwords';
import { dataDir, login, PASSWORD, send } from './test-app';

const server = process.env.TEST_DATABASE_URL;
const required = process.env.POLOS_REQUIRE_POSTGRES === '1';
const binary = [process.env.POLOS_PGBOUNCER, '/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find(
  (p): p is string => !!p && existsSync(p),
);
if (!binary && !required)
  console.warn('pgbouncer.test.ts skipped: no pgbouncer binary (Debian: apt-get install pgbouncer)');

const ready = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

describe.runIf((server && binary) || required)('polos through PgBouncer in transaction mode', () => {
  const name = `polos_bouncer_${randomBytes(5).toString('hex')}`;
  let dir: string;
  let bouncer: ChildProcess | undefined;
  let store: SqlStore;
  let app: PolosApp;
  let migrated: string[][];

  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(statement);
    await client.end();
  };

  beforeAll(async () => {
    if (!server) throw new Error('TEST_DATABASE_URL is not set but POLOS_REQUIRE_POSTGRES=1');
    if (!binary)
      throw new Error(
        'pgbouncer is not installed (Debian: apt-get install pgbouncer) but POLOS_REQUIRE_POSTGRES=1',
      );
    await admin(`create database ${name}`);
    const upstream = new URL(server);
    const port = 20_000 + Math.floor(Math.random() * 5_000);
    dir = mkdtempSync(join(tmpdir(), 'polos-pgbouncer-'));
    // Two server connections for up to 100 clients: parallel transactions queue for them.
    writeFileSync(
      join(dir, 'pgbouncer.ini'),
      [
        '[databases]',
        `polos = host=${upstream.hostname} port=${upstream.port} dbname=${name} user=${upstream.username}`,
        '[pgbouncer]',
        'listen_addr = 127.0.0.1',
        `listen_port = ${port}`,
        'unix_socket_dir =',
        'auth_type = any',
        'pool_mode = transaction',
        'default_pool_size = 2',
        'max_client_conn = 100',
        `logfile = ${join(dir, 'pgbouncer.log')}`,
        '',
      ].join('\n'),
    );
    // PgBouncer refuses to run as root: as root, run it as the postgres user.
    const root = process.getuid?.() === 0;
    if (root) chownSync(dir, Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout), 0);
    bouncer = spawn(binary, [...(root ? ['-u', 'postgres'] : []), join(dir, 'pgbouncer.ini')], {
      stdio: 'ignore',
    });
    const until = Date.now() + 10_000;
    while (!(await ready(port))) {
      if (Date.now() > until || bouncer.exitCode !== null) throw new Error('pgbouncer did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    const pooled = `postgres://${upstream.username}@127.0.0.1:${port}/polos`;
    store = await createStore({ databaseUrl: pooled });
    // Two migrators at once (two instances starting): one applies everything, the other waits
    // for its transaction's lock and finds nothing left.
    migrated = await Promise.all([store.migrate(), store.migrate()]);
    await seedDemoData(store, { dataDir });
    await store.createUser(
      {
        email: 'admin@polos.test',
        name: 'Admin',
        role: 'admin',
        grants: [],
        passwordHash: await hashPassword(PASSWORD),
      },
      { userId: null, label: 'test' },
    );
    app = createApp({ store, config: { webDist: '/nonexistent' } });
  }, 180_000);

  afterAll(async () => {
    await store?.close();
    bouncer?.kill('SIGTERM');
    if (bouncer && bouncer.exitCode === null) await new Promise((r) => bouncer!.once('exit', r));
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (server) await admin(`drop database if exists ${name} with (force)`);
  });

  it('migrated once through the pool by two parallel migrators, leaving no advisory lock held', async () => {
    const counts = migrated.map((names) => names.length).sort((a, b) => a - b);
    expect(counts[0]).toBe(0);
    expect(counts[1]).toBeGreaterThan(20);
    expect(await store.migrate()).toEqual([]);
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    const { rows } = await client.query(
      "select count(*)::int as n from pg_locks l join pg_database d on d.oid = l.database where l.locktype = 'advisory' and d.datname = $1",
      [name],
    );
    await client.end();
    expect(rows[0].n).toBe(0);
    const clusters = (await (await app.request('/api/clusters?limit=1')).json()) as { total: number };
    expect(clusters.total).toBe(57);
  });

  it('writes and reads through the API, in parallel on two server connections', async () => {
    const session = await login(app, 'admin@polos.test');
    const ids = Array.from({ length: 12 }, (_, i) => `pooled-${i}`);
    const created = await Promise.all(
      ids.map((id) =>
        send(
          app,
          'POST',
          '/api/clusters',
          { id, name: `Pooled ${id}`, country: 'CL', sector: 'wine', sectorGroup: 'natural_resource_based' },
          session,
        ),
      ),
    );
    expect(created.map((r) => r.status)).toEqual(ids.map(() => 201));
    const read = await Promise.all(ids.map((id) => send(app, 'GET', `/api/clusters/${id}`)));
    expect(read.map((r) => r.status)).toEqual(ids.map(() => 200));
    // Each write's audit row landed in its transaction.
    const audit = await store.listAudit({ limit: 100, offset: 0, entity: 'cluster' });
    expect(ids.every((id) => audit.items.some((a) => a.entityId === id && a.action === 'create'))).toBe(true);
  });

  it('a transaction rolls back whole: an import with a duplicate writes nothing', async () => {
    const row = (id: string) => ({
      id,
      ...clusterInputSchema.parse({
        name: `Import ${id}`,
        country: 'PE',
        sector: 'garment',
        sectorGroup: 'traditional_manufacturing',
      }),
    });
    await expect(
      store.importClusters(
        importRowsOf([row('import-new'), row('pooled-0')]),
        { userId: null, label: 'test' },
        {
          mode: 'insert',
          source: 'test',
        },
      ),
    ).rejects.toThrow();
    expect(await store.getCluster('import-new')).toBeUndefined();
  });

  it('the sign-in throttle counts parallel failures one after the other (advisory transaction locks)', async () => {
    const attempt = () =>
      send(app, 'POST', '/api/auth/login', {
        email: 'admin@polos.test',
        password: 'not the password at all',
      });
    const statuses = (await Promise.all(Array.from({ length: 8 }, attempt))).map((r) => r.status);
    // Three free failures in all, whatever the order; the others wait (decision 098).
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });
});
