/**
 * Accounts by e-mail over HTTP (decision 104), with a real SMTP server on 127.0.0.1: an
 * admin invites by e-mail and the invitee sets her password from the link; a forgotten
 * password is reset by a link that works once; an e-mail change counts once its link is
 * followed; who may do what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailTestbed, testOrigin, type MailTestbed } from './mail-testbed';
import { login, PASSWORD, send, storeFactories, type Session } from './test-app';

const NEW_PASSWORD = 'violet tram under the bridge';

describe.each(storeFactories)('accounts by e-mail on $name', (factory) => {
  let bed: MailTestbed;
  let admin: Session;
  let n = 0;
  beforeAll(async () => {
    bed = await mailTestbed(factory);
    admin = await login(bed.t.app, 'admin@polos.test');
  });
  afterAll(() => bed.close());

  const post = (path: string, body: unknown, session?: Session) =>
    send(bed.t.app, 'POST', path, body, session);

  /** Delivers the outbox and returns the newest message to `to`, with its link's token. */
  async function mailTo(to: string) {
    await bed.deliver();
    const mail = bed.smtp.received.filter((m) => m.to && JSON.stringify(m.to).includes(to)).at(-1);
    if (!mail) throw new Error(`no e-mail to ${to}`);
    const link = new RegExp(`${testOrigin}/account/link#([A-Za-z0-9_-]+)`).exec(mail.text ?? '');
    return { mail, token: link?.[1] ?? '' };
  }

  async function invite(language: 'en' | 'es' | 'pt', extra: Record<string, unknown> = {}) {
    const email = `invitee${++n}@polos.test`;
    const res = await post(
      '/api/users',
      {
        email,
        name: `Invitee ${n}`,
        role: 'cluster_manager',
        grants: ['tm_medellin_textile'],
        language,
        ...extra,
      },
      admin,
    );
    expect(res.status).toBe(201);
    return { email, user: (await res.json()) as { id: string; status: string; language: string } };
  }

  it('an invitation without a password makes an invited account and an e-mail in its language', async () => {
    const { email, user } = await invite('pt');
    expect(user).toMatchObject({ status: 'invited', language: 'pt' });
    const { mail, token } = await mailTo(email);
    expect(mail.subject).toBe('Você foi convidada para o polos');
    expect(mail.text).toContain('Escolher a minha senha');
    expect(token.length).toBeGreaterThan(30);
    // Invited: no password works yet.
    const res = await post('/api/auth/login', { email, password: PASSWORD });
    expect(res.status).toBe(401);
  });

  it('the invitee sets her password from the link, is signed in, and the link works only once', async () => {
    const { email } = await invite('en');
    const { token } = await mailTo(email);
    const seen = await post('/api/auth/links/inspect', { token });
    expect(seen.status).toBe(200);
    expect(await seen.json()).toMatchObject({ purpose: 'invitation', email, newEmail: null });
    // A weak password is refused with the rule, and the link stays usable.
    const weak = await post('/api/auth/links/password', { token, password: 'short' });
    expect(weak.status).toBe(400);
    expect(
      ((await weak.json()) as { error: { fields: Array<{ path: string }> } }).error.fields[0]!.path,
    ).toBe('password');
    const set = await post('/api/auth/links/password', { token, password: NEW_PASSWORD });
    expect(set.status).toBe(200);
    const me = (await set.json()) as { user: { email: string; status: string }; csrfToken: string };
    expect(me.user).toMatchObject({ email, status: 'active' });
    const cookie = /polos_session=[^;]+/.exec(set.headers.get('set-cookie') ?? '')![0];
    const who = (await (
      await send(bed.t.app, 'GET', '/api/auth/me', undefined, { cookie, csrf: me.csrfToken })
    ).json()) as {
      user: { email: string } | null;
    };
    expect(who.user?.email).toBe(email);
    await login(bed.t.app, email, NEW_PASSWORD);
    const again = await post('/api/auth/links/password', { token, password: 'another long passphrase here' });
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('link_invalid');
  });

  it('sending the invitation again replaces the first link; only invited accounts get one', async () => {
    const { email, user } = await invite('es');
    const first = (await mailTo(email)).token;
    const res = await post(`/api/users/${user.id}/invitation`, undefined, admin);
    expect(res.status).toBe(202);
    const second = (await mailTo(email)).token;
    expect(second).not.toBe(first);
    expect((await post('/api/auth/links/inspect', { token: first })).status).toBe(404);
    expect((await post('/api/auth/links/inspect', { token: second })).status).toBe(200);
    const active = await invite('en', { password: NEW_PASSWORD });
    const refused = await post(`/api/users/${active.user.id}/invitation`, undefined, admin);
    expect(refused.status).toBe(409);
  });

  it('a reset request answers alike for unknown and known addresses; the known one gets a link that works once', async () => {
    const before = bed.smtp.received.length;
    const unknown = await post('/api/auth/password-reset', { email: 'nobody@polos.test' });
    expect(unknown.status).toBe(202);
    await bed.deliver();
    expect(bed.smtp.received.length).toBe(before);
    const { email } = await invite('es', { password: PASSWORD });
    const known = await post('/api/auth/password-reset', { email: email.toUpperCase() });
    expect(known.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    const { mail, token } = await mailTo(email);
    expect(mail.subject).toBe('Restablecer su contraseña de polos');
    const old = await login(bed.t.app, email);
    expect((await post('/api/auth/links/password', { token, password: NEW_PASSWORD })).status).toBe(200);
    // The old password and the sessions made with it stop.
    expect((await post('/api/auth/login', { email, password: PASSWORD })).status).toBe(401);
    const me = (await (await send(bed.t.app, 'GET', '/api/auth/me', undefined, old)).json()) as {
      user: unknown;
    };
    expect(me.user).toBeNull();
    expect(
      (await post('/api/auth/links/password', { token, password: 'yet another long passphrase' })).status,
    ).toBe(404);
    // Within a minute of the last reset e-mail, requests send nothing more; later, one.
    const count = bed.smtp.received.length;
    await post('/api/auth/password-reset', { email });
    await bed.deliver();
    expect(bed.smtp.received.length).toBe(count);
    await bed.t.db
      .updateTable('account_links')
      .set({ created_at: new Date(Date.now() - 120_000) })
      .where('purpose', '=', 'password_reset')
      .execute();
    await post('/api/auth/password-reset', { email });
    await post('/api/auth/password-reset', { email });
    await bed.deliver();
    expect(bed.smtp.received.length).toBe(count + 1);
  });

  it('an expired link is refused', async () => {
    const { email, user } = await invite('en');
    const { token } = await mailTo(email);
    await bed.t.db
      .updateTable('account_links')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', user.id)
      .execute();
    expect((await post('/api/auth/links/inspect', { token })).status).toBe(404);
    expect((await post('/api/auth/links/password', { token, password: NEW_PASSWORD })).status).toBe(404);
  });

  it('a deactivated user’s sessions and tokens stop at once; she cannot sign in or reset; reactivated, she signs in', async () => {
    const { email, user } = await invite('en', { password: PASSWORD });
    const session = await login(bed.t.app, email);
    const made = await post('/api/auth/tokens', { name: 'script', expiresInDays: 30 }, session);
    const { token } = (await made.json()) as { token: string };
    const bearer = { authorization: `Bearer ${token}` };
    expect((await send(bed.t.app, 'GET', '/api/auth/me', undefined, undefined, bearer)).status).toBe(200);
    const off = await send(bed.t.app, 'PATCH', `/api/users/${user.id}`, { active: false }, admin);
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ status: 'deactivated' });
    const me = (await (await send(bed.t.app, 'GET', '/api/auth/me', undefined, session)).json()) as {
      user: unknown;
    };
    expect(me.user).toBeNull();
    // The revoked token is refused outright.
    expect((await send(bed.t.app, 'GET', '/api/auth/me', undefined, undefined, bearer)).status).toBe(401);
    const refused = await post('/api/auth/login', { email, password: PASSWORD });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('account_deactivated');
    const count = bed.smtp.received.length;
    await post('/api/auth/password-reset', { email });
    await bed.deliver();
    expect(bed.smtp.received.length).toBe(count);
    const on = await send(bed.t.app, 'PATCH', `/api/users/${user.id}`, { active: true }, admin);
    expect(await on.json()).toMatchObject({ status: 'active' });
    await login(bed.t.app, email);
  });

  it('an admin cannot deactivate herself, nor the last active admin be deactivated', async () => {
    const me = (await (await send(bed.t.app, 'GET', '/api/auth/me', undefined, admin)).json()) as {
      user: { id: string };
    };
    const res = await send(bed.t.app, 'PATCH', `/api/users/${me.user.id}`, { active: false }, admin);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('self');
  });

  it('only admins invite, send invitations again, deactivate or read the mail delivery', async () => {
    const { user } = await invite('en');
    const analyst = await login(bed.t.app, 'analyst@polos.test');
    const body = { email: 'x@polos.test', name: 'X', role: 'viewer' };
    expect((await post('/api/users', body)).status).toBe(401);
    expect((await post('/api/users', body, analyst)).status).toBe(403);
    expect((await post(`/api/users/${user.id}/invitation`, undefined, analyst)).status).toBe(403);
    expect((await send(bed.t.app, 'PATCH', `/api/users/${user.id}`, { active: false }, analyst)).status).toBe(
      403,
    );
    expect((await send(bed.t.app, 'GET', '/api/mail/delivery', undefined, analyst)).status).toBe(403);
    const delivery = await send(bed.t.app, 'GET', '/api/mail/delivery', undefined, admin);
    expect(await delivery.json()).toEqual({ delivery: 'log' });
  });

  it('an e-mail change needs the current password and counts once the new address confirms it', async () => {
    const { email } = await invite('en', { password: PASSWORD });
    const session = await login(bed.t.app, email);
    const newEmail = `moved${n}@polos.test`;
    const wrong = await post(
      '/api/auth/email',
      { email: newEmail, currentPassword: 'not my password' },
      session,
    );
    expect(wrong.status).toBe(400);
    const taken = await post(
      '/api/auth/email',
      { email: 'analyst@polos.test', currentPassword: PASSWORD },
      session,
    );
    expect(taken.status).toBe(409);
    expect(
      (await post('/api/auth/email', { email: newEmail, currentPassword: PASSWORD }, session)).status,
    ).toBe(202);
    // Not changed until confirmed.
    await login(bed.t.app, email);
    const { mail, token } = await mailTo(newEmail);
    expect(mail.subject).toBe('Confirm your new e-mail address for polos');
    expect((await post('/api/auth/links/password', { token, password: NEW_PASSWORD })).status).toBe(404);
    const confirmed = await post('/api/auth/links/email', { token });
    expect(await confirmed.json()).toEqual({ email: newEmail });
    expect((await post('/api/auth/login', { email, password: PASSWORD })).status).toBe(401);
    await login(bed.t.app, newEmail);
  });
});
