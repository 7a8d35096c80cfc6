/**
 * `GET /api/auth/me/organisations` lists what the caller acts for (core
 * permissions.actForOrganisation): an administrator sees the organisation she administers and
 * no other; a viewer made administrator sees none; staff see every one; anonymous is 401.
 */
import { hashPassword } from '../src/auth/passwords';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, PASSWORD, send, storeFactories, testApp, type Session, type TestApp } from './test-app';

type Mine = { items: Array<{ id: string; name: string; country: string }> };

describe.each(storeFactories)('the organisations one acts for on $name', (factory) => {
  let t: TestApp;
  let analyst: Session;
  let manager: Session;
  let viewer: Session;
  let orgs: Array<{ id: string; name: string; country: string }>;

  beforeAll(async () => {
    t = await testApp(factory);
    await t.store.createUser(
      {
        email: 'orgadmin@polos.test',
        name: 'Olga Admin',
        role: 'cluster_manager',
        grants: [],
        passwordHash: await hashPassword(PASSWORD),
      },
      { userId: null, label: 'test' },
    );
    analyst = await login(t.app, 'analyst@polos.test');
    manager = await login(t.app, 'orgadmin@polos.test');
    viewer = await login(t.app, 'viewer@polos.test');
    orgs = ((await (await t.app.request('/api/organisations?limit=2')).json()) as Mine).items;
    for (const [org, email] of [
      [orgs[0]!, 'orgadmin@polos.test'],
      [orgs[1]!, 'viewer@polos.test'],
    ] as const)
      expect(
        (await send(t.app, 'POST', `/api/organisations/${org.id}/admins`, { email }, analyst)).status,
      ).toBe(201);
  });
  afterAll(() => t.close());

  const mine = async (who?: Session) => send(t.app, 'GET', '/api/auth/me/organisations', undefined, who);

  it('an administrator gets the organisation she administers, with its name and country, and no other', async () => {
    const res = await mine(manager);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Mine).items).toEqual([
      { id: orgs[0]!.id, name: orgs[0]!.name, country: orgs[0]!.country },
    ]);
  });

  it('a viewer made administrator acts for nothing; staff act for every organisation; anonymous is 401', async () => {
    expect(((await (await mine(viewer)).json()) as Mine).items).toEqual([]);
    const staff = ((await (await mine(analyst)).json()) as Mine).items.map((o) => o.id);
    expect(staff).toEqual(expect.arrayContaining(orgs.map((o) => o.id)));
    expect(staff.length).toBeGreaterThan(100);
    expect((await mine()).status).toBe(401);
  });
});
