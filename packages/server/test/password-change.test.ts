/** POST /api/auth/password: current + new; the policy applies; other sessions end, this one is renewed. */
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords';
import { login, PASSWORD, send, storeFactories, suiteApp, type Session } from './test-app';

const NEW_PASSWORD = 'violet tram under the bridge';

describe.each(storeFactories)('changing one’s password over HTTP on $name', (factory) => {
  const t = suiteApp(factory, ['admin']);
  let n = 0;

  /** A fresh viewer, so changing her password touches no other test. */
  async function freshUser(): Promise<string> {
    const email = `changer${++n}@polos.test`;
    await t.store.createUser(
      { email, name: `Changer ${n}`, role: 'viewer', grants: [], passwordHash: await hashPassword(PASSWORD) },
      { userId: null, label: 'test' },
    );
    return email;
  }
  const change = (session: Session | undefined, body: unknown) =>
    send(t.app, 'POST', '/api/auth/password', body, session);

  it('anonymous is 401; a cookie without the CSRF header is 403', async () => {
    expect((await change(undefined, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(
      401,
    );
    const email = await freshUser();
    const session = await login(t.app, email);
    const res = await change(
      { cookie: session.cookie, csrf: '' },
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    );
    expect(res.status).toBe(403);
    await login(t.app, email); // unchanged
  });

  it('the new password signs in, the old one no longer does; this session goes on, the others end', async () => {
    const email = await freshUser();
    const here = await login(t.app, email);
    const elsewhere = await login(t.app, email);
    const res = await change(here, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.status).toBe(200);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const cookie = /polos_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
    expect(cookie).toBeDefined();
    expect(cookie).not.toBe(here.cookie);
    const renewed = { cookie: cookie!, csrf: csrfToken };
    expect(
      (
        (await (await send(t.app, 'GET', '/api/auth/me', undefined, renewed)).json()) as {
          user: { email: string };
        }
      ).user.email,
    ).toBe(email);
    for (const old of [here, elsewhere]) {
      const me = (await (await send(t.app, 'GET', '/api/auth/me', undefined, old)).json()) as {
        user: unknown;
      };
      expect(me.user).toBeNull();
    }
    await expect(login(t.app, email)).rejects.toThrow(/401/);
    await login(t.app, email, NEW_PASSWORD);
  });

  it('a wrong current password is 400 on currentPassword and changes nothing', async () => {
    const email = await freshUser();
    const session = await login(t.app, email);
    const res = await change(session, {
      currentPassword: 'not my password at all',
      newPassword: NEW_PASSWORD,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { fields: unknown[] } }).error.fields).toEqual([
      { path: 'currentPassword', message: 'the current password is wrong' },
    ]);
    await login(t.app, email);
    expect((await send(t.app, 'GET', '/api/auth/me', undefined, session)).status).toBe(200);
  });

  it('a new password the policy refuses is 400 on newPassword, saying the rule', async () => {
    const email = await freshUser();
    const session = await login(t.app, email);
    const common = await change(session, { currentPassword: PASSWORD, newPassword: 'password1234' });
    expect(common.status).toBe(400);
    expect(((await common.json()) as { error: { fields: unknown[] } }).error.fields).toEqual([
      {
        path: 'newPassword',
        message: 'the password is one of the most common passwords',
        rule: { kind: 'weak_password' },
      },
    ]);
    const short = await change(session, { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    await login(t.app, email);
  });

  it('with an API token: changed, the token keeps working, every session ends', async () => {
    const email = await freshUser();
    const session = await login(t.app, email);
    const created = await send(t.app, 'POST', '/api/auth/tokens', { name: 'script' }, session);
    const { token } = (await created.json()) as { token: string };
    const res = await t.app.request('/api/auth/password', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ csrfToken: null });
    const me = await t.app.request('/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(email);
    const old = (await (await send(t.app, 'GET', '/api/auth/me', undefined, session)).json()) as {
      user: unknown;
    };
    expect(old.user).toBeNull();
    await login(t.app, email, NEW_PASSWORD);
  });
});
