/**
 * DATABASE_READ_URL (issue 16; decision 109): GET and HEAD handlers read through a store on
 * the read replica, everything else (writes, sign-in, the session's touch, the throttles)
 * goes to the primary. On the test PostgreSQL server the "replica" is a copy of the primary
 * database (CREATE DATABASE … TEMPLATE) made read-only, so a row only in the copy shows where
 * a GET read, and a GET handler that writes fails the sweep below.
 */
import { randomBytes } from 'node:crypto';
import { clusterInputSchema } from '@polos/core';
import { createStore, seedDemoData, type SqlStore } from '@polos/store';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PolosApp } from '../src/app';
import { hashPassword } from '../src/auth/passwords';
import { loadConfig } from '../src/config';
import { dataDir, login, PASSWORD, send, storeFactories } from './test-app';

const server = process.env.TEST_DATABASE_URL;
const postgres = storeFactories.some((f) => f.name === 'postgres');

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const urlOf = (name: string) => {
  const url = new URL(server!);
  url.pathname = `/${name}`;
  return url.toString();
};

describe('DATABASE_READ_URL needs DATABASE_URL', () => {
  it('a read URL without a primary stops the start, naming the variable', () => {
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://replica/polos' })).toThrow(
      /DATABASE_READ_URL: a read replica needs its primary in DATABASE_URL/,
    );
  });
  it('a read-only store is refused on PGlite and never migrates', async () => {
    await expect(createStore({ dataDir: 'memory://', readOnly: true })).rejects.toThrow(/read replica/);
  });
});

describe.runIf(postgres)('reads on the replica, writes on the primary (PostgreSQL)', () => {
  const suffix = randomBytes(5).toString('hex');
  const primaryName = `polos_primary_${suffix}`;
  const replicaName = `polos_replica_${suffix}`;
  let primary: SqlStore;
  let replica: SqlStore;
  let app: PolosApp;

  beforeAll(async () => {
    await admin((c) => c.query(`create database ${primaryName}`));
    const setup = await createStore({ databaseUrl: urlOf(primaryName) });
    await setup.migrate();
    await seedDemoData(setup, { dataDir });
    const passwordHash = await hashPassword(PASSWORD);
    await setup.createUser(
      { email: 'admin@polos.test', name: 'Admin', role: 'admin', grants: [], passwordHash },
      { userId: null, label: 'test' },
    );
    await setup.close();
    // The copy, then a row only in it, then read-only like a hot standby.
    await admin((c) => c.query(`create database ${replicaName} template ${primaryName}`));
    const copy = await createStore({ databaseUrl: urlOf(replicaName) });
    await copy.createCluster(
      {
        id: 'only-in-replica',
        ...clusterInputSchema.parse({
          name: 'Only in the replica',
          country: 'CL',
          sector: 'wine',
          sectorGroup: 'natural_resource_based',
        }),
      },
      { userId: null, label: 'test' },
    );
    await copy.close();
    await admin((c) => c.query(`alter database ${replicaName} set default_transaction_read_only = on`));
    primary = await createStore({ databaseUrl: urlOf(primaryName) });
    replica = await createStore({ databaseUrl: urlOf(replicaName), readOnly: true });
    app = createApp({ store: primary, readStore: replica, config: { webDist: '/nonexistent' } });
  }, 180_000);

  afterAll(async () => {
    await replica?.close();
    await primary?.close();
    await admin(async (c) => {
      await c.query(`drop database if exists ${replicaName} with (force)`);
      await c.query(`drop database if exists ${primaryName} with (force)`);
    });
  });

  it('a GET reads the replica: a row only there is seen; the primary does not have it', async () => {
    const read = await send(app, 'GET', '/api/clusters/only-in-replica');
    expect(read.status).toBe(200);
    expect(((await read.json()) as { name: string }).name).toBe('Only in the replica');
    expect(await primary.getCluster('only-in-replica')).toBeUndefined();
  });

  it('sign-in, the session and writes go to the primary; a GET right after a write reads the lagging replica', async () => {
    const session = await login(app, 'admin@polos.test');
    // The session was written on the primary and found there on a GET (authentication reads the primary).
    const me = await send(app, 'GET', '/api/auth/me', undefined, session);
    expect(((await me.json()) as { user: { email: string } | null }).user?.email).toBe('admin@polos.test');
    const created = await send(
      app,
      'POST',
      '/api/clusters',
      {
        id: 'written-on-primary',
        name: 'Written on the primary',
        country: 'CL',
        sector: 'wine',
        sectorGroup: 'natural_resource_based',
      },
      session,
    );
    expect(created.status, await created.text()).toBe(201);
    expect((await primary.getCluster('written-on-primary'))?.name).toBe('Written on the primary');
    // This replica never catches up (a copy, not a standby): the lag a real one has for a moment.
    expect((await send(app, 'GET', '/api/clusters/written-on-primary')).status).toBe(404);
    expect(await replica.getCluster('written-on-primary')).toBeUndefined();
  });

  it('no GET endpoint writes: the API’s GETs answer below 500 on a read-only replica', async () => {
    const session = await login(app, 'admin@polos.test');
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const first = async (list: string) =>
      ((await (await send(app, 'GET', list, undefined, session)).json()) as { items: Array<{ id: string }> })
        .items[0]!.id;
    // Parameters filled with seeded records; PDFs (Chromium) and map spaces (minutes of CPU) left out.
    const ids: Array<[RegExp, string]> = [
      [/^\/api\/clusters\/\{id\}/, await first('/api/clusters?limit=1')],
      [/^\/api\/organisations\/\{id\}/, await first('/api/organisations?limit=1')],
    ];
    const paths = Object.entries(doc.paths)
      .filter(([path, methods]) => 'get' in methods && !path.endsWith('.pdf'))
      .map(([path]) => {
        const fill = ids.find(([pattern]) => pattern.test(path));
        return (fill ? path.replace('{id}', fill[1]) : path)
          .replace('{year}', '2024')
          .replace('{code}', 'A'.repeat(22));
      })
      .filter((path) => !path.includes('{'));
    expect(paths.length).toBeGreaterThan(50);
    const failed: string[] = [];
    for (const path of paths) {
      const res = await send(app, 'GET', path, undefined, session);
      if (res.status >= 500) failed.push(`${path} ${res.status} ${await res.text()}`);
    }
    expect(failed).toEqual([]);
  }, 120_000);
});
