/**
 * Stateless instances (issue 16, decision 098): what instances must agree on lives in the
 * database. The sign-in throttle on the store keeps the same limits as the in-process one,
 * on PGlite and PostgreSQL; and two app instances on one PostgreSQL database, each with its
 * own connection pool, behave as one: a session made on one works on the other, the
 * throttle counts failed sign-ins made on both, a write on one is read on the other.
 */
import { createStore, type SqlStore } from '@polos/store';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { StoreSignInThrottle } from '../src/auth/store-sign-in-throttle';
import { describeThrottleContract } from './sign-in-throttle-contract';
import { login, send, storeFactories, testApp, type TestApp } from './test-app';

describe.each(storeFactories)('the sign-in throttle on $name', (factory) => {
  let opened: Awaited<ReturnType<typeof factory.open>>;
  beforeAll(async () => {
    opened = await factory.open();
  }, 120_000);
  afterAll(() => opened.dispose());

  describeThrottleContract(`StoreSignInThrottle (${factory.name})`, async (options) => {
    await sql`delete from sign_in_accounts`.execute(opened.db);
    await sql`delete from sign_in_failures`.execute(opened.db);
    return new StoreSignInThrottle(opened.store, options);
  });
});

const postgres = storeFactories.find((f) => f.name === 'postgres');
describe.runIf(postgres)('two instances on one PostgreSQL database', () => {
  let first: TestApp;
  let secondStore: SqlStore;
  let second: ReturnType<typeof createApp>;
  beforeAll(async () => {
    first = await testApp(postgres!);
    const url = first.databaseUrl;
    expect(url).toMatch(/^postgres/);
    secondStore = await createStore({ databaseUrl: url });
    second = createApp({ store: secondStore, config: { webDist: '/nonexistent' } });
  }, 120_000);
  afterAll(async () => {
    await secondStore?.close();
    await first?.close();
  });

  it('a session made on one instance works on the other, and signing out on the other ends it', async () => {
    const session = await login(first.app, 'analyst@polos.test');
    const me = await send(second, 'GET', '/api/auth/me', undefined, session);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe('analyst@polos.test');
    const out = await send(second, 'POST', '/api/auth/logout', undefined, session);
    expect(out.status, await out.text()).toBe(204);
    const after = await send(first.app, 'GET', '/api/auth/me', undefined, session);
    expect(((await after.json()) as { user: unknown }).user).toBeNull();
  });

  it('the throttle counts failed sign-ins made on both instances', async () => {
    const attempt = (app: typeof second) =>
      send(app, 'POST', '/api/auth/login', {
        email: 'viewer@polos.test',
        password: 'not the password at all',
      });
    // Three free failures in all, two on one instance and one on the other…
    expect((await attempt(first.app)).status).toBe(401);
    expect((await attempt(second)).status).toBe(401);
    expect((await attempt(first.app)).status).toBe(401);
    // …then either instance makes the fourth wait.
    const fourth = await attempt(second);
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await attempt(first.app)).status).toBe(429);
  });

  it('a write on one instance is read on the other', async () => {
    const admin = await login(first.app, 'admin@polos.test');
    const created = await send(
      first.app,
      'POST',
      '/api/clusters',
      {
        id: 'two-instances',
        name: 'Two instances',
        country: 'CL',
        sector: 'wine',
        sectorGroup: 'natural_resource_based',
      },
      admin,
    );
    expect(created.status).toBe(201);
    const read = await send(second, 'GET', '/api/clusters/two-instances');
    expect(read.status).toBe(200);
    expect(((await read.json()) as { name: string }).name).toBe('Two instances');
  });
});
