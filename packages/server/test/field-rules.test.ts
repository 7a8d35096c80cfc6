/**
 * A 400 names, for each bad field, the rule it broke (kind and limit), so the web app can
 * say it in the user's language next to the field: a 5,000-character search is "at most
 * 200 characters", not "check that the server is running".
 */
import { describe, expect, it } from 'vitest';
import { send, storeFactories, suiteApp } from './test-app';

type Fields = { error: { code: string; fields: Array<{ path: string; rule?: unknown }> } };

describe.each(storeFactories)('field rules on $name', (factory) => {
  const t = suiteApp(factory, ['admin']);

  it('a search longer than 200 characters: too_long, limit 200', async () => {
    const res = await send(t.app, 'GET', `/api/clusters?q=${'a'.repeat(5000)}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as Fields;
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.fields).toEqual([
      expect.objectContaining({ path: 'query.q', rule: { kind: 'too_long', limit: 200 } }),
    ]);
  });

  it('a missing name is required, a number field given text is not a number, a bad e-mail a format', async () => {
    const res = await send(
      t.app,
      'POST',
      '/api/users',
      { email: 'not-an-address', role: 'viewer', grants: [], password: 'tea garden by the river' },
      t.as.admin,
    );
    expect(res.status).toBe(400);
    const rules = Object.fromEntries(
      ((await res.json()) as Fields).error.fields.map((f) => [f.path, f.rule]),
    );
    expect(rules).toMatchObject({ name: { kind: 'required' }, email: { kind: 'format', format: 'email' } });
    const cluster = await send(t.app, 'GET', '/api/clusters?limit=many');
    const limit = ((await cluster.json()) as Fields).error.fields[0]!;
    expect(limit).toMatchObject({ path: 'query.limit', rule: { kind: 'not_a_number' } });
  });
});
