/**
 * Decision 069: a public organisation of a private cluster stays readable, but anonymous
 * readers do not learn the private cluster's id from it; analysts remove a cluster's
 * members (audited), viewers do not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, send, storeFactories, testApp, type Session, type TestApp } from './test-app';

describe.each(storeFactories.map((f) => [f.name, f] as const))(
  'private cluster links on %s',
  (_n, factory) => {
    let t: TestApp;
    let admin: Session;

    beforeAll(async () => {
      t = await testApp(factory);
      admin = await login(t.app, 'admin@polos.test');
      const cluster = {
        id: 'hidden-cluster',
        name: 'Hidden cluster',
        country: 'CL',
        sector: 'wine',
        sectorGroup: 'natural_resource_based',
        isPublic: false,
      };
      expect((await send(t.app, 'POST', '/api/clusters', cluster, admin)).status).toBe(201);
      const org = { id: 'open-org', name: 'Open organisation', country: 'CL', clusterId: 'hidden-cluster' };
      expect((await send(t.app, 'POST', '/api/organisations', org, admin)).status).toBe(201);
    });
    afterAll(() => t.close());

    it('anonymous readers get the organisation without the private cluster id', async () => {
      const one = (await (await t.app.request('/api/organisations/open-org')).json()) as {
        clusterId: unknown;
      };
      expect(one.clusterId).toBeNull();
      const list = (await (await t.app.request('/api/organisations?q=open')).json()) as {
        items: Array<{ id: string; clusterId: unknown }>;
      };
      expect(list.items.find((o) => o.id === 'open-org')?.clusterId).toBeNull();
      const byCluster = (await (
        await t.app.request('/api/organisations?cluster_id=hidden-cluster')
      ).json()) as {
        total: number;
      };
      expect(byCluster.total).toBe(0);
    });

    it('an analyst removes a member of any cluster, audited; a viewer may not', async () => {
      const analyst = await login(t.app, 'analyst@polos.test');
      const viewer = await login(t.app, 'viewer@polos.test');
      const path = '/api/clusters/hidden-cluster/members';
      const added = await send(t.app, 'POST', path, { name: 'Viña Uno', kind: 'firm' }, admin);
      expect(added.status).toBe(201);
      const { id } = (await added.json()) as { id: string };
      expect((await send(t.app, 'DELETE', `${path}/${id}`, undefined, viewer)).status).toBe(403);
      expect((await send(t.app, 'DELETE', `${path}/${id}`, undefined, analyst)).status).toBe(204);
      const audit = (await (
        await send(t.app, 'GET', '/api/audit?entity=member', undefined, admin)
      ).json()) as {
        items: Array<{ action: string; entityId: string; actorLabel: string }>;
      };
      expect(audit.items[0]).toMatchObject({ action: 'delete', actorLabel: 'analyst@polos.test' });
    });

    it('signed-in staff see the link', async () => {
      const one = (await (
        await send(t.app, 'GET', '/api/organisations/open-org', undefined, admin)
      ).json()) as {
        clusterId: unknown;
      };
      expect(one.clusterId).toBe('hidden-cluster');
      const byCluster = (await (
        await send(t.app, 'GET', '/api/organisations?cluster_id=hidden-cluster', undefined, admin)
      ).json()) as { total: number };
      expect(byCluster.total).toBe(1);
    });
  },
);
