/**
 * Members, intermediaries and value chains of a cluster over HTTP, on both engines: who may
 * add and remove them (a cluster manager only on her own cluster), validation at the field,
 * duplicates, and one audit row per write.
 */
import { describe, expect, it } from 'vitest';
import { send, storeFactories, suiteApp } from './test-app';

const OWN = 'tm_medellin_textile'; // granted to manager@polos.test
const OTHER = 'tm_torreon_garment';

describe.each(storeFactories)('cluster parts API on $name', (factory) => {
  const t = suiteApp(factory, ['manager', 'viewer', 'analyst']);

  const firm = {
    name: 'Textiles Andinos S.A.S.',
    kind: 'firm',
    sizeClass: 'medium',
    sme: true,
    country: 'CO',
    joined: 2019,
  };

  it('a cluster manager adds a member to her cluster (id from the name), lists it, and it is audited', async () => {
    const res = await send(t.app, 'POST', `/api/clusters/${OWN}/members`, firm, t.as.manager);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ id: 'textiles-andinos-s-a-s', clusterId: OWN, name: firm.name });
    const list = (await (await t.app.request(`/api/clusters/${OWN}/members`)).json()) as Array<{
      name: string;
    }>;
    expect(list.map((m) => m.name)).toEqual([firm.name]);
    const audit = await t.store.listAudit({ entity: 'member', limit: 10, offset: 0 });
    expect(audit.items.filter((a) => a.action === 'create')).toHaveLength(1);
    // the same id again is a conflict, and nothing more is written
    expect((await send(t.app, 'POST', `/api/clusters/${OWN}/members`, firm, t.as.manager)).status).toBe(409);
    expect(((await (await t.app.request(`/api/clusters/${OWN}/members`)).json()) as unknown[]).length).toBe(
      1,
    );
  });

  it('she may not touch another cluster; a viewer may not write; anonymous is 401', async () => {
    expect((await send(t.app, 'POST', `/api/clusters/${OTHER}/members`, firm, t.as.manager)).status).toBe(
      403,
    );
    expect((await send(t.app, 'POST', `/api/clusters/${OWN}/members`, firm, t.as.viewer)).status).toBe(403);
    expect((await send(t.app, 'POST', `/api/clusters/${OWN}/members`, firm)).status).toBe(401);
    expect(
      (
        await send(
          t.app,
          'DELETE',
          `/api/clusters/${OWN}/members/textiles-andinos-s-a-s`,
          undefined,
          t.as.viewer,
        )
      ).status,
    ).toBe(403);
    expect(((await (await t.app.request(`/api/clusters/${OTHER}/members`)).json()) as unknown[]).length).toBe(
      0,
    );
  });

  it('names the bad field: an intermediary needs a role, a value chain a known governance', async () => {
    const noRole = await send(
      t.app,
      'POST',
      `/api/clusters/${OWN}/intermediaries`,
      { name: 'Inexmoda', kind: 'business_association', roles: [] },
      t.as.manager,
    );
    expect(noRole.status).toBe(400);
    const body = (await noRole.json()) as { error: { fields: Array<{ path: string }> } };
    expect(body.error.fields.map((f) => f.path)).toEqual(['roles']);
    const ok = await send(
      t.app,
      'POST',
      `/api/clusters/${OWN}/intermediaries`,
      {
        name: 'Inexmoda',
        kind: 'business_association',
        roles: ['network_building', 'agenda_setting'],
        leads: true,
      },
      t.as.manager,
    );
    expect(ok.status).toBe(201);
    const badChain = await send(
      t.app,
      'POST',
      `/api/clusters/${OWN}/value-chains`,
      { name: 'US jeans buyers', endMarket: 'global', scope: 'global', governance: 'feudal' },
      t.as.analyst,
    );
    expect(badChain.status).toBe(400);
    expect(
      ((await badChain.json()) as { error: { fields: Array<{ path: string }> } }).error.fields[0]!.path,
    ).toBe('governance');
    const chain = await send(
      t.app,
      'POST',
      `/api/clusters/${OWN}/value-chains`,
      {
        name: 'US jeans buyers',
        endMarket: 'global',
        scope: 'global',
        governance: 'quasi_hierarchy',
        shareOfOutput: 0.6,
        leadFirms: ['a U.S. retailer'],
        localFunctions: ['production'],
      },
      t.as.analyst,
    );
    expect(chain.status).toBe(201);
    // shares of output above 100 % are refused (409) and nothing is added
    const over = await send(
      t.app,
      'POST',
      `/api/clusters/${OWN}/value-chains`,
      {
        name: 'Local shops',
        endMarket: 'local',
        scope: 'domestic',
        governance: 'market',
        shareOfOutput: 0.5,
      },
      t.as.analyst,
    );
    expect(over.status).toBe(409);
    expect(
      ((await (await t.app.request(`/api/clusters/${OWN}/value-chains`)).json()) as unknown[]).length,
    ).toBe(1);
  });

  it('removes a member (204), then it is gone (404 on a second delete)', async () => {
    const path = `/api/clusters/${OWN}/members/textiles-andinos-s-a-s`;
    expect((await send(t.app, 'DELETE', path, undefined, t.as.manager)).status).toBe(204);
    expect((await send(t.app, 'DELETE', path, undefined, t.as.manager)).status).toBe(404);
    expect(((await (await t.app.request(`/api/clusters/${OWN}/members`)).json()) as unknown[]).length).toBe(
      0,
    );
  });

  it('an unknown cluster is 404', async () => {
    expect((await t.app.request('/api/clusters/no-such-cluster/members')).status).toBe(404);
  });
});
