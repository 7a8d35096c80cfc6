/** Weak passwords are refused wherever one is set over HTTP and at start-up, naming the rule. */
import { describe, expect, it } from 'vitest';
import { ensureFirstAdmin } from '../src/server';
import { loadConfig } from '../src/config';
import { createStore } from '@polos/store';
import { send, storeFactories, suiteApp } from './test-app';

describe.each(storeFactories)('new passwords on $name', (factory) => {
  const t = suiteApp(factory, ['admin']);

  it('POST /api/users refuses twelve spaces, password1234, 123456789012 and the e-mail, naming the field and the rule', async () => {
    const user = { email: 'new.person@polos.test', name: 'New Person', role: 'viewer', grants: [] };
    for (const [password, why] of [
      [' '.repeat(12), 'the password is only spaces'],
      ['password1234', 'the password is one of the most common passwords'],
      ['123456789012', 'the password is a run of consecutive characters (like 123456789012 or abcdefghijkl)'],
      ['new.person2026', 'the password is your e-mail or name (with digits or symbols around it)'],
      ['zzzzzzzzzzzzzzzz', 'the password is one character repeated'],
    ] as const) {
      const res = await send(t.app, 'POST', '/api/users', { ...user, password }, t.as.admin);
      expect(res.status, password).toBe(400);
      expect(((await res.json()) as { error: { fields: unknown[] } }).error.fields).toEqual([
        { path: 'password', message: why, rule: { kind: 'weak_password' } },
      ]);
    }
    expect(await t.store.findUserByEmail(user.email)).toBeUndefined();
    const short = await send(t.app, 'POST', '/api/users', { ...user, password: 'tea garden' }, t.as.admin);
    expect(
      ((await short.json()) as { error: { fields: Array<{ rule: unknown }> } }).error.fields[0]!.rule,
    ).toEqual({
      kind: 'too_short',
      limit: 12,
    });
    const ok = await send(
      t.app,
      'POST',
      '/api/users',
      { ...user, password: 'tea garden by the river' },
      t.as.admin,
    );
    expect(ok.status).toBe(201);
  });
});

describe('the first admin from the environment', () => {
  it('is not created with a common POLOS_ADMIN_PASSWORD: the start fails naming the variable', async () => {
    const store = await createStore({ dataDir: 'memory://' });
    try {
      await store.migrate();
      const config = loadConfig({
        POLOS_ADMIN_EMAIL: 'root@example.org',
        POLOS_ADMIN_PASSWORD: 'iloveyou1234',
      });
      await expect(ensureFirstAdmin(store, config)).rejects.toThrow(
        'POLOS_ADMIN_PASSWORD: the password is a common password with digits or symbols added',
      );
      expect(await store.countUsers()).toBe(0);
    } finally {
      await store.close();
    }
  });
});
