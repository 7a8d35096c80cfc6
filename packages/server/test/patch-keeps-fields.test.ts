/**
 * A PATCH or an upsert touches only the fields it was sent (issue: a PATCH of the
 * description once published a private cluster and erased its key figures). One test
 * per kind of record that can be patched or upserted: clusters (PATCH, CSV and JSON
 * upsert), organisations (PATCH), users (PATCH).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { send, storeFactories, suiteApp } from './test-app';

const figures = [
  { year: 2019, firms: 100, directJobs: 1000 },
  { year: 2020, firms: 110, directJobs: 1100 },
  { year: 2021, firms: 120, directJobs: 12500, turnover: 380.5, currency: 'EUR' },
];

describe.each(storeFactories.map((f) => [f.name, f] as const))('PATCH and upsert on %s', (_n, factory) => {
  const t = suiteApp(factory, ['admin', 'manager']);

  beforeAll(async () => {
    const created = await send(
      t.app,
      'POST',
      '/api/clusters',
      {
        id: 'private-one',
        name: 'Private cluster',
        country: 'PE',
        sector: 'garment',
        sectorGroup: 'traditional_manufacturing',
        isPublic: false,
        keyFigures: figures,
      },
      t.as.admin,
    );
    expect(created.status).toBe(201);
  });

  /** PATCH /api/clusters/{id} as the admin, or as `session`. */
  const patchCluster = (id: string, body: unknown, session = t.as.admin) =>
    send(t.app, 'PATCH', `/api/clusters/${id}`, body, session);
  const read = async (id: string) =>
    (await (await send(t.app, 'GET', `/api/clusters/${id}`, undefined, t.as.admin)).json()) as {
      isPublic: boolean;
      keyFigures: Array<{ year: number }>;
      description: string | null;
      name: string;
    };

  it('PATCH of the description keeps a private cluster private and its three years of figures', async () => {
    const res = await patchCluster('private-one', { description: 'x' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { isPublic: boolean; keyFigures: unknown[]; description: string };
    expect(body.isPublic).toBe(false);
    expect(body.keyFigures).toHaveLength(3);
    expect(body.description).toBe('x');
    expect((await send(t.app, 'GET', '/api/clusters/private-one')).status).toBe(404);
  });

  it('PATCH of the key figures does not publish the cluster; PATCH of isPublic keeps the figures', async () => {
    const kf = await patchCluster('private-one', { keyFigures: figures.slice(1) });
    expect(kf.status).toBe(200);
    expect((await read('private-one')).isPublic).toBe(false);
    expect((await read('private-one')).keyFigures.map((f) => f.year)).toEqual([2020, 2021]);
    const pub = await patchCluster('private-one', { isPublic: true });
    expect(pub.status).toBe(200);
    expect((await read('private-one')).keyFigures).toHaveLength(2);
    expect((await send(t.app, 'GET', '/api/clusters/private-one')).status).toBe(200);
    await patchCluster('private-one', { isPublic: false, keyFigures: figures });
  });

  it('a cluster manager saving the overview of her cluster keeps its figures and visibility', async () => {
    const setUp = await patchCluster('tm_medellin_textile', { isPublic: false, keyFigures: figures });
    expect(setUp.status).toBe(200);
    const before = await read('tm_medellin_textile');
    const overview = { description: 'Textiles and apparel in the Aburrá valley', location: 'Medellín' };
    const res = await patchCluster('tm_medellin_textile', overview, t.as.manager);
    expect(res.status).toBe(200);
    const after = await read('tm_medellin_textile');
    expect(after.isPublic).toBe(before.isPublic);
    expect(after.keyFigures).toEqual(before.keyFigures);
    expect(after.isPublic).toBe(false);
    expect(after.keyFigures).toHaveLength(3);
    await patchCluster('tm_medellin_textile', { isPublic: true, keyFigures: [] });
  });

  it('PATCH refuses two entries for one year', async () => {
    const res = await patchCluster('private-one', { keyFigures: [{ year: 2020 }, { year: 2020 }] });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('appears twice');
  });

  it('CSV upsert touches only the columns the file has and merges key figures by year', async () => {
    const csv =
      'id,name,country,sector,sector_group,description,year,firms,direct_jobs\n' +
      'private-one,Private cluster,PE,garment,traditional_manufacturing,From the file,2022,130,13000\n';
    const res = await send(t.app, 'POST', '/api/clusters/import?mode=upsert&file=u.csv', csv, t.as.admin, {
      'content-type': 'text/csv',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ inserted: 0, updated: 1 });
    const after = await read('private-one');
    expect(after.isPublic).toBe(false);
    expect(after.description).toBe('From the file');
    expect(after.keyFigures.map((f) => f.year)).toEqual([2019, 2020, 2021, 2022]);
    expect((await send(t.app, 'GET', '/api/clusters/private-one')).status).toBe(404);
  });

  it('JSON upsert without isPublic or keyFigures keeps both', async () => {
    const body = [
      {
        id: 'private-one',
        name: 'Private cluster renamed',
        country: 'PE',
        sector: 'garment',
        sectorGroup: 'traditional_manufacturing',
      },
    ];
    const res = await send(t.app, 'POST', '/api/clusters/import?mode=upsert&file=u.json', body, t.as.admin);
    expect(res.status).toBe(201);
    const after = await read('private-one');
    expect(after.name).toBe('Private cluster renamed');
    expect(after.isPublic).toBe(false);
    expect(after.keyFigures).toHaveLength(4);
  });

  it('organisation PATCH keeps its visibility and governance bodies', async () => {
    const created = await send(
      t.app,
      'POST',
      '/api/organisations',
      {
        id: 'org-private',
        name: 'Private organisation',
        country: 'PE',
        isPublic: false,
        governanceBodies: ['general_assembly', 'board'],
      },
      t.as.admin,
    );
    expect(created.status).toBe(201);
    const res = await send(t.app, 'PATCH', '/api/organisations/org-private', { staffFte: 2.5 }, t.as.admin);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { isPublic: boolean; governanceBodies: string[]; staffFte: number };
    expect(body).toMatchObject({
      isPublic: false,
      governanceBodies: ['general_assembly', 'board'],
      staffFte: 2.5,
    });
    expect((await send(t.app, 'GET', '/api/organisations/org-private')).status).toBe(404);
  });

  it('user PATCH of the name keeps role and grants', async () => {
    const list = (await (await send(t.app, 'GET', '/api/users', undefined, t.as.admin)).json()) as Array<{
      id: string;
      email: string;
    }>;
    const id = list.find((u) => u.email === 'manager@polos.test')!.id;
    const res = await send(t.app, 'PATCH', `/api/users/${id}`, { name: 'Manager Renamed' }, t.as.admin);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      name: 'Manager Renamed',
      role: 'cluster_manager',
      grants: ['tm_medellin_textile'],
    });
  });
});
