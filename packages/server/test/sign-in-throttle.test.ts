/** Sign-in throttling over HTTP: per account with back-off, per address, trusted proxies, audit. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PolosApp } from '../src/app';
import type { ServerConfig } from '../src/config';
import { PASSWORD, storeFactories, testApp, type TestApp } from './test-app';

/** A sign-in as if from `address` (the TCP peer), with optional extra headers. */
function signIn(
  app: PolosApp,
  email: string,
  password: string,
  address: string,
  headers: Record<string, string> = {},
) {
  return app.request(
    '/api/auth/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email, password }),
    },
    { incoming: { socket: { remoteAddress: address } } },
  );
}

describe.each(storeFactories)('sign-in throttling on $name', (factory) => {
  let t: TestApp;
  /** An app with no sign-in attempts recorded (the throttle's state is in the database, decision 098). */
  const fresh = async (config: Partial<ServerConfig> = {}) => {
    await sql`delete from sign_in_accounts`.execute(t.db);
    await sql`delete from sign_in_failures`.execute(t.db);
    return createApp({ store: t.store, config: { webDist: '/nonexistent', ...config } });
  };

  beforeAll(async () => {
    t = await testApp(factory);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('40 parallel wrong guesses at one account get 3 password checks; the rest are 429 at once', async () => {
    const app = await fresh();
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => signIn(app, 'viewer@polos.test', 'wrong password!', '192.0.2.1')),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(37);
  });

  it('150 guesses from 30 addresses at one account: 3 are checked, then even the right password waits (Retry-After)', async () => {
    const app = await fresh();
    const statuses: number[] = [];
    for (let i = 0; i < 150; i++) {
      const res = await signIn(app, 'analyst@polos.test', `guess number ${i}`, `127.0.0.${(i % 30) + 1}`);
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(147);
    const owner = await signIn(app, 'analyst@polos.test', PASSWORD, '198.51.100.1');
    expect(owner.status).toBe(429);
    expect(Number(owner.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(owner.headers.get('retry-after'))).toBeLessThanOrEqual(300);
    const body = (await owner.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('too_many_attempts');
    expect(body.error.message).toContain('for this account');
  });

  it('per address: 20 failures whatever the e-mails, then 429; a forged X-Forwarded-For changes nothing', async () => {
    const app = await fresh();
    for (let i = 0; i < 20; i++) {
      const res = await signIn(app, `nobody${i}@polos.test`, 'wrong password!', '203.0.113.7', {
        'x-forwarded-for': `10.9.9.${i}`,
      });
      expect(res.status).toBe(401);
    }
    const blocked = await signIn(app, 'someone.else@polos.test', 'wrong password!', '203.0.113.7', {
      'x-forwarded-for': '10.9.9.200',
    });
    expect(blocked.status).toBe(429);
    expect(((await blocked.json()) as { error: { message: string } }).error.message).toContain(
      'from this address',
    );
    expect((await signIn(app, 'viewer@polos.test', PASSWORD, '203.0.113.8')).status).toBe(200);
  });

  it('behind a trusted proxy, clients are told apart by X-Forwarded-For (the right-most untrusted hop)', async () => {
    const app = await fresh({ trustedProxies: ['10.0.0.1'] });
    const viaProxy = (email: string, client: string) =>
      signIn(app, email, 'wrong password!', '10.0.0.1', { 'x-forwarded-for': `6.6.6.6, ${client}` });
    for (let i = 0; i < 20; i++)
      expect((await viaProxy(`x${i}@polos.test`, '198.51.100.20')).status).toBe(401);
    expect((await viaProxy('y@polos.test', '198.51.100.20')).status).toBe(429);
    // Another client through the same proxy is not blocked by the first one's failures.
    expect((await viaProxy('y@polos.test', '198.51.100.21')).status).toBe(401);
  });

  it('a failed sign-in with an unknown e-mail writes no audit row; a known account’s failure does', async () => {
    const app = await fresh();
    const before = (await t.store.listAudit({ limit: 1, offset: 0 })).total;
    for (let i = 0; i < 10; i++) {
      expect(
        (await signIn(app, `unknown${i}@polos.test`, 'wrong password!', `192.0.2.${100 + i}`)).status,
      ).toBe(401);
    }
    expect((await t.store.listAudit({ limit: 1, offset: 0 })).total).toBe(before);
    const viewer = (await t.store.findUserByEmail('manager@polos.test'))!;
    expect((await signIn(app, 'manager@polos.test', 'wrong password!', '192.0.2.200')).status).toBe(401);
    const audit = await t.store.listAudit({ limit: 1, offset: 0 });
    expect(audit.total).toBe(before + 1);
    expect(audit.items[0]).toMatchObject({
      action: 'login',
      entityId: viewer.id,
      detail: { ok: false, address: '192.0.2.200' },
    });
  });
});
