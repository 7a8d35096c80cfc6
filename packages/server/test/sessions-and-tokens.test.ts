/** Offboarding over HTTP: logout with a token, token lists and revocation, sign out everywhere, expiry, idle sessions. */
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { sha256 } from '../src/auth/authenticate';
import { login, send, storeFactories, suiteApp, type Session } from './test-app';

interface TokenInfo {
  id: string;
  name: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

describe.each(storeFactories)('sessions and API tokens over HTTP on $name', (factory) => {
  const t = suiteApp(factory, ['admin']);

  async function newToken(session: Session, body: Record<string, unknown> = { name: 'script' }) {
    const res = await send(t.app, 'POST', '/api/auth/tokens', body, session);
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; token: string; expiresAt: string };
  }
  const withToken = (token: string, method = 'GET', path = '/api/auth/me') =>
    t.app.request(path, { method, headers: { authorization: `Bearer ${token}` } });

  it('POST /api/auth/logout with an API token revokes that token: it is 401 afterwards', async () => {
    const viewer = await login(t.app, 'viewer@polos.test');
    const { token } = await newToken(viewer);
    expect((await withToken(token)).status).toBe(200);
    expect((await withToken(token, 'POST', '/api/auth/logout')).status).toBe(204);
    const after = await withToken(token);
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error: { code: string } }).error.code).toBe('invalid_token');
    // The session the token was made from is untouched.
    expect((await send(t.app, 'GET', '/api/auth/me', undefined, viewer)).status).toBe(200);
  });

  it('a new token expires in 90 days unless asked otherwise, never past the maximum', async () => {
    const viewer = await login(t.app, 'viewer@polos.test');
    const days = (iso: string) => (Date.parse(iso) - Date.now()) / 86_400_000;
    expect(days((await newToken(viewer)).expiresAt)).toBeCloseTo(90, 1);
    expect(days((await newToken(viewer, { name: 'short', expiresInDays: 7 })).expiresAt)).toBeCloseTo(7, 1);
    const tooLong = await send(t.app, 'POST', '/api/auth/tokens', { name: 'x', expiresInDays: 366 }, viewer);
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { error: { fields: unknown[] } }).error.fields).toEqual([
      { path: 'expiresInDays', message: 'at most 365 days' },
    ]);
  });

  it('GET /api/auth/tokens lists your own tokens without secrets; DELETE revokes one; others’ are 404; an admin may revoke any', async () => {
    const manager = await login(t.app, 'manager@polos.test');
    const analyst = await login(t.app, 'analyst@polos.test');
    const mine = await newToken(manager, { name: 'manager ci' });
    const theirs = await newToken(analyst, { name: 'analyst ci' });
    const listRes = await send(t.app, 'GET', '/api/auth/tokens', undefined, manager);
    const text = await listRes.text();
    expect(text).not.toContain(mine.token);
    expect(text).not.toContain(sha256(mine.token));
    const list = JSON.parse(text) as TokenInfo[];
    expect(list.map((x) => x.name)).toEqual(['manager ci']);
    expect(list[0]).toMatchObject({ id: mine.id, revokedAt: null });

    expect((await send(t.app, 'DELETE', `/api/auth/tokens/${theirs.id}`, undefined, manager)).status).toBe(
      404,
    );
    expect((await withToken(theirs.token)).status).toBe(200);
    expect((await send(t.app, 'DELETE', `/api/auth/tokens/${mine.id}`, undefined, manager)).status).toBe(204);
    expect((await withToken(mine.token)).status).toBe(401);
    const listed = (await (
      await send(t.app, 'GET', '/api/auth/tokens', undefined, manager)
    ).json()) as TokenInfo[];
    expect(listed[0]!.revokedAt).not.toBeNull();

    expect((await send(t.app, 'DELETE', `/api/auth/tokens/${theirs.id}`, undefined, t.as.admin)).status).toBe(
      204,
    );
    expect((await withToken(theirs.token)).status).toBe(401);
    expect((await send(t.app, 'DELETE', '/api/auth/tokens/not-a-token', undefined, t.as.admin)).status).toBe(
      404,
    );
  });

  it('POST /api/auth/logout-all ends every session of yours (other browsers too); with tokens: true it revokes your tokens', async () => {
    const here = await login(t.app, 'analyst@polos.test');
    const there = await login(t.app, 'analyst@polos.test');
    const { token } = await newToken(here);
    const res = await send(t.app, 'POST', '/api/auth/logout-all', {}, here);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { sessions: number }).sessions).toBeGreaterThanOrEqual(2);
    expect(
      ((await (await send(t.app, 'GET', '/api/auth/me', undefined, there)).json()) as { user: unknown }).user,
    ).toBeNull();
    // Tokens were not asked for: still working.
    expect((await withToken(token)).status).toBe(200);
    const again = await login(t.app, 'analyst@polos.test');
    const both = await send(t.app, 'POST', '/api/auth/logout-all', { tokens: true }, again);
    expect(await both.json()).toMatchObject({ sessions: 1 });
    expect((await withToken(token)).status).toBe(401);
  });

  it('POST /api/auth/logout-all without a body ends the sessions and keeps the tokens', async () => {
    const s = await login(t.app, 'manager@polos.test');
    const { token } = await newToken(s);
    const res = await send(t.app, 'POST', '/api/auth/logout-all', undefined, s);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { tokens: number }).tokens).toBe(0);
    expect((await withToken(token)).status).toBe(200);
  });

  it('an admin revokes every session and token of a user (offboarding); others may not', async () => {
    const viewer = await login(t.app, 'viewer@polos.test');
    const { token } = await newToken(viewer);
    const id = (await t.store.findUserByEmail('viewer@polos.test'))!.id;
    expect((await send(t.app, 'POST', `/api/users/${id}/revoke-access`, undefined, viewer)).status).toBe(403);
    const tokensRes = await send(t.app, 'GET', `/api/users/${id}/tokens`, undefined, t.as.admin);
    expect(((await tokensRes.json()) as TokenInfo[]).some((x) => x.revokedAt === null)).toBe(true);
    const res = await send(t.app, 'POST', `/api/users/${id}/revoke-access`, undefined, t.as.admin);
    expect(res.status).toBe(200);
    const counts = (await res.json()) as { sessions: number; tokens: number };
    expect(counts.sessions).toBeGreaterThanOrEqual(1);
    expect(counts.tokens).toBeGreaterThanOrEqual(1);
    expect((await withToken(token)).status).toBe(401);
    expect(
      ((await (await send(t.app, 'GET', '/api/auth/me', undefined, viewer)).json()) as { user: unknown })
        .user,
    ).toBeNull();
    const tokens = (await (
      await send(t.app, 'GET', `/api/users/${id}/tokens`, undefined, t.as.admin)
    ).json()) as TokenInfo[];
    expect(tokens.every((x) => x.revokedAt !== null)).toBe(true);
    expect(
      (
        await send(
          t.app,
          'POST',
          '/api/users/00000000-0000-4000-8000-000000000000/revoke-access',
          undefined,
          t.as.admin,
        )
      ).status,
    ).toBe(404);
  });

  it('a session unused for longer than the idle limit is refused', async () => {
    // An idle limit of 0.4 s (POLOS_SESSION_IDLE_HOURS = 1/9000).
    const app = createApp({
      store: t.store,
      config: { webDist: '/nonexistent', sessionIdleHours: 1 / 9000 },
    });
    const s = await login(app, 'viewer@polos.test');
    expect(
      ((await (await send(app, 'GET', '/api/auth/me', undefined, s)).json()) as { user: unknown }).user,
    ).not.toBeNull();
    await new Promise((r) => setTimeout(r, 600));
    const me = await send(app, 'GET', '/api/auth/me', undefined, s);
    expect(((await me.json()) as { user: unknown }).user).toBeNull();
    expect(me.headers.get('set-cookie')).toMatch(/polos_session=;/);
  });

  it('signing in deletes the rows of expired sessions', async () => {
    const id = (await t.store.findUserByEmail('viewer@polos.test'))!.id;
    await t.store.createSession(id, 'long-expired', 'c', new Date('2020-01-01T00:00:00Z'));
    // Read "before it expired": the row exists.
    expect(await t.store.getSession('long-expired', new Date('2019-12-31T00:00:00Z'))).toBeDefined();
    await login(t.app, 'viewer@polos.test');
    expect(await t.store.getSession('long-expired', new Date('2019-12-31T00:00:00Z'))).toBeUndefined();
  });
});
