/**
 * An organisation's administrators act for it (issue 12; core permissions.actForOrganisation):
 * a cluster manager without a grant edits an organisation only once she administers it, and
 * only that one; anonymous callers get 401, others 403; a viewer never writes.
 */
import { hashPassword } from '../src/auth/passwords';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, PASSWORD, send, storeFactories, suiteApp, type Session } from './test-app';

describe.each(storeFactories)('organisation administrators on $name', (factory) => {
  const t = suiteApp(factory, ['analyst']);
  let newcomer: Session;
  let viewer: Session;
  let newcomerId: string;
  let orgs: string[];

  beforeAll(async () => {
    const user = await t.store.createUser(
      {
        email: 'newcomer@polos.test',
        name: 'Ana Newcomer',
        role: 'cluster_manager',
        grants: [],
        passwordHash: await hashPassword(PASSWORD),
      },
      { userId: null, label: 'test' },
    );
    newcomerId = user.id;
    newcomer = await login(t.app, 'newcomer@polos.test');
    viewer = await login(t.app, 'viewer@polos.test');
    const list = (await (await t.app.request('/api/organisations?limit=2')).json()) as {
      items: Array<{ id: string }>;
    };
    orgs = list.items.map((o) => o.id);
    expect(orgs).toHaveLength(2);
  });

  const patch = (id: string, who?: Session) =>
    send(t.app, 'PATCH', `/api/organisations/${id}`, { acronym: 'NEW' }, who);

  it('only who acts for an organisation edits it or names its administrators', async () => {
    expect((await patch(orgs[0]!)).status).toBe(401);
    expect((await patch(orgs[0]!, newcomer)).status).toBe(403);
    const byNewcomer = await send(
      t.app,
      'POST',
      `/api/organisations/${orgs[0]}/admins`,
      { email: 'newcomer@polos.test' },
      newcomer,
    );
    expect(byNewcomer.status).toBe(403);
    const anonymous = await send(t.app, 'POST', `/api/organisations/${orgs[0]}/admins`, {
      email: 'newcomer@polos.test',
    });
    expect(anonymous.status).toBe(401);
  });

  it('an administrator added by an analyst edits that organisation, not another, until removed', async () => {
    const added = await send(
      t.app,
      'POST',
      `/api/organisations/${orgs[0]}/admins`,
      { email: 'Newcomer@polos.test' },
      t.as.analyst,
    );
    expect(added.status).toBe(201);
    expect(((await added.json()) as Array<{ email: string }>).map((a) => a.email)).toEqual([
      'newcomer@polos.test',
    ]);
    expect((await patch(orgs[0]!, newcomer)).status).toBe(200);
    expect((await patch(orgs[1]!, newcomer)).status).toBe(403);

    const audit = await t.store.listAudit({ limit: 5, offset: 0, entity: 'organisation_admin' });
    expect(audit.items[0]?.entityId).toBe(`${orgs[0]}/${newcomerId}`);

    const removed = await send(
      t.app,
      'DELETE',
      `/api/organisations/${orgs[0]}/admins/${newcomerId}`,
      undefined,
      newcomer,
    );
    expect(removed.status).toBe(204);
    expect((await patch(orgs[0]!, newcomer)).status).toBe(403);
    const again = await send(
      t.app,
      'DELETE',
      `/api/organisations/${orgs[0]}/admins/${newcomerId}`,
      undefined,
      t.as.analyst,
    );
    expect(again.status).toBe(404);
  });

  it('a viewer made administrator still writes nothing', async () => {
    const viewerAdded = await send(
      t.app,
      'POST',
      `/api/organisations/${orgs[1]}/admins`,
      { email: 'viewer@polos.test' },
      t.as.analyst,
    );
    expect(viewerAdded.status).toBe(201);
    expect((await patch(orgs[1]!, viewer)).status).toBe(403);
  });

  it('names the field when the e-mail has no account or the user id is not one', async () => {
    const unknown = await send(
      t.app,
      'POST',
      `/api/organisations/${orgs[0]}/admins`,
      { email: 'nobody@polos.test' },
      t.as.analyst,
    );
    expect(unknown.status).toBe(400);
    expect(
      ((await unknown.json()) as { error: { fields: Array<{ path: string }> } }).error.fields[0]?.path,
    ).toBe('email');
    const badId = await send(
      t.app,
      'DELETE',
      `/api/organisations/${orgs[0]}/admins/not-a-uuid`,
      undefined,
      t.as.analyst,
    );
    expect(badId.status).toBe(400);
    const noOrg = await send(t.app, 'GET', '/api/organisations/no-such-org/admins', undefined, t.as.analyst);
    expect(noOrg.status).toBe(404);
  });
});
