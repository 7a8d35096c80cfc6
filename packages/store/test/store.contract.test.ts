import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clusterInputSchema,
  intermediarySchema,
  memberSchema,
  valueChainSchema,
  type ClusterInput,
  type ClusterListQuery,
} from '@polos/core';
import { ConflictError, importRowsOf, NotFoundError, type Actor } from '../src/store';
import { seedDemoData } from '../src/seed/seed-demo-data';
import type { SqlStore } from '../src/sql-store';
import { storeFactories } from './test-stores';

const dataDir = fileURLToPath(new URL('../../../data', import.meta.url));
const actor: Actor = { userId: null, label: 'test' };
const cluster = (over: Partial<ClusterInput> & { id: string }) => {
  const parsed = clusterInputSchema.parse({
    name: `Cluster ${over.id}`,
    country: 'BR',
    sector: 'footwear',
    sectorGroup: 'traditional_manufacturing',
    ...over,
  });
  return { ...parsed, id: over.id };
};

/** A new user: a viewer without grants whose password hash is 'h', but for what `over` sets. */
const newUser = (over: Partial<Parameters<SqlStore['createUser']>[0]> & { email: string; name: string }) => ({
  role: 'viewer' as const,
  passwordHash: 'h',
  grants: [],
  ...over,
});

describe.each(storeFactories)('Store contract on $name', (factory) => {
  let store: SqlStore;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ store, dispose } = await factory.open());
  });
  afterAll(async () => {
    await dispose?.();
  });

  it('migrate() is idempotent', async () => {
    expect(await store.migrate()).toEqual([]);
  });

  it('seedDemoData() seeds 40 IDB clusters with assessments, 17 Basque clusters and the report’s 104 organisations, once', async () => {
    expect((await seedDemoData(store, { dataDir })).seeded).toEqual([
      'idb-2004-clusters',
      'eu-lac-2018-basque',
      'eu-lac-2018-collaboration-organisations',
      'collaboration-programmes',
      'collaboration-agreements',
    ]);
    const all = await store.listClusters({ limit: 500, offset: 0 }, { includePrivate: true });
    expect(all.total).toBe(57);
    expect(all.items.filter((c) => c.country === 'ES')).toHaveLength(17);
    expect((await store.latestAssessments()).size).toBe(40);
    const orgs = await store.listOrganisations({ limit: 500, offset: 0 }, { includePrivate: true });
    // The 17 Basque associations are 17 of the report's 104 organisations (merged, decision 076).
    expect(orgs.total).toBe(104);
    expect(orgs.items.filter((o) => o.clusterId?.startsWith('es21-'))).toHaveLength(17);
    // Second start: nothing added.
    expect((await seedDemoData(store, { dataDir })).seeded).toEqual([]);
    expect((await store.listClusters({ limit: 1, offset: 0 }, { includePrivate: true })).total).toBe(57);
  });

  it('seeded assessment keeps unknown items as null (Bucaramanga item c is n.a. in Annex 1 Table 1)', async () => {
    const [a] = await store.listAssessments('tm_bucaramanga_garment');
    expect(a?.scores.externalEconomies).toEqual({
      specialisedLabourMarket: 3,
      availabilityOfInputs: 1,
      easyAccessToInformation: null,
      marketAccess: 2,
    });
    expect(a?.assessedOn).toBe('2004-01-01');
    expect(a?.governance.length).toBe(4);
  });

  it('seeded Table 2 key figures carry currency and year (salmon: 215 firms)', async () => {
    const salmon = (await store.listClusters({ q: 'salmon', limit: 5, offset: 0 }, { includePrivate: true }))
      .items[0];
    const y2002 = salmon?.keyFigures.find((f) => f.year === 2002);
    expect(y2002?.firms).toBe(215);
    expect(y2002?.currency).toBe('USD');
  });

  it('listClusters(q) is accent- and case-insensitive and matches word prefixes', async () => {
    const hit = await store.listClusters({ q: 'MEDELLIN', limit: 10, offset: 0 }, { includePrivate: true });
    expect(hit.items.map((c) => c.id)).toEqual(['tm_medellin_textile']);
    const prefix = await store.listClusters({ q: 'medel', limit: 10, offset: 0 }, { includePrivate: true });
    expect(prefix.total).toBe(1);
    const none = await store.listClusters({ q: 'zzzz', limit: 10, offset: 0 }, { includePrivate: true });
    expect(none).toEqual({ items: [], total: 0, limit: 10, offset: 0 });
  });

  it('listClusters filters by country and sector group, with total and stable pages', async () => {
    const chile = await store.listClusters({ country: 'CL', limit: 50, offset: 0 }, { includePrivate: true });
    expect(chile.total).toBeGreaterThan(0);
    expect(chile.items.every((c) => c.country === 'CL')).toBe(true);
    const software = await store.listClusters(
      { sector_group: 'specialized_suppliers', country: 'MX', limit: 50, offset: 0 },
      { includePrivate: true },
    );
    expect(software.items.every((c) => c.sectorGroup === 'specialized_suppliers' && c.country === 'MX')).toBe(
      true,
    );
    const p1 = await store.listClusters({ limit: 10, offset: 0 }, { includePrivate: true });
    const p2 = await store.listClusters({ limit: 10, offset: 10 }, { includePrivate: true });
    expect(p1.total).toBe(57);
    expect(new Set([...p1.items, ...p2.items].map((c) => c.id)).size).toBe(20);
    const past = await store.listClusters({ limit: 10, offset: 500 }, { includePrivate: true });
    expect(past.total).toBe(57);
    expect(past.items).toEqual([]);
  });

  it('listClusters filters by region code (exact), alone and with other filters', async () => {
    const basque = await store.listClusters(
      { region: 'ES21', limit: 50, offset: 0 },
      { includePrivate: true },
    );
    expect(basque.total).toBe(17);
    expect(basque.items.every((c) => c.region === 'ES21' && c.country === 'ES')).toBe(true);
    const none = await store.listClusters(
      { region: 'ES21', country: 'BR', limit: 50, offset: 0 },
      { includePrivate: true },
    );
    expect(none.total).toBe(0);
    const unknown = await store.listClusters(
      { region: 'XX99', limit: 50, offset: 0 },
      { includePrivate: true },
    );
    expect(unknown).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
  });

  it('listClusters filters by the degree of collective efficiency of the latest assessment', async () => {
    const list = (q: Partial<ClusterListQuery>) =>
      store.listClusters({ limit: 50, offset: 0, ...q }, { includePrivate: true });
    // the 40 assessed IDB clusters: 6 high, 27 medium, 7 low (ICE ≥ 9.5, ≤ 5; unknown scores as 0)
    const high = await list({ degree: 'high' });
    expect(high.total).toBe(6);
    expect(high.items.map((c) => c.id)).toEqual([
      'nr_santa_catarina_apple',
      'nr_petrolina_juazeiro_mango_grape',
      'nr_region_austral_salmon',
      'tm_leon_footwear',
      'tm_sinos_valley_footwear',
      'nr_valle_del_cauca_sugar',
    ]);
    expect((await list({ degree: 'medium' })).total).toBe(27);
    expect((await list({ degree: 'low' })).total).toBe(7);
    // with the other filters, and the total counts only the matches across pages
    const brHigh = await list({ degree: 'high', country: 'BR' });
    expect(brHigh.items.map((c) => c.id).sort()).toEqual([
      'nr_petrolina_juazeiro_mango_grape',
      'nr_santa_catarina_apple',
      'tm_sinos_valley_footwear',
    ]);
    const copsMedium = await list({ degree: 'medium', sector_group: 'complex_product_systems', limit: 4 });
    expect(copsMedium.total).toBe(6);
    expect(copsMedium.items).toHaveLength(4);
    const lastPage = await list({ degree: 'medium', limit: 10, offset: 20 });
    expect(lastPage.total).toBe(27);
    expect(lastPage.items).toHaveLength(7);
    // the Basque clusters have no assessment: no degree
    expect((await list({ degree: 'medium', region: 'ES21' })).total).toBe(0);
  });

  it('the degree filter follows the latest assessment only', async () => {
    await store.createCluster(cluster({ id: 'degree-probe', name: 'Degree probe' }), actor);
    const level = (n: 0 | 3) => ({
      assessor: 'me',
      method: 'expert' as const,
      aggregation: 'median' as const,
      governance: [],
      scores: {
        externalEconomies: {
          specialisedLabourMarket: n,
          availabilityOfInputs: n,
          easyAccessToInformation: n,
          marketAccess: n,
        },
        jointAction: {
          backwardVerticalLinkages: n,
          forwardVerticalLinkages: n,
          horizontalBilateralLinkages: n,
          horizontalMultilateralLinkages: n,
        },
        upgrading: { process: n, product: n, functional: n, intersectoral: n },
      },
    });
    const ids = async (degree: 'high' | 'low') =>
      (
        await store.listClusters({ degree, q: 'probe', limit: 10, offset: 0 }, { includePrivate: true })
      ).items.map((c) => c.id);
    expect(await ids('low')).toEqual([]);
    await store.createAssessment(
      'degree-probe',
      { ...level(3), assessedOn: '2020-01-01', kind: 'expert' },
      actor,
    );
    expect(await ids('high')).toEqual(['degree-probe']);
    await store.createAssessment(
      'degree-probe',
      { ...level(0), assessedOn: '2024-01-01', kind: 'expert' },
      actor,
    );
    expect(await ids('high')).toEqual([]);
    expect(await ids('low')).toEqual(['degree-probe']);
    expect(await store.deleteCluster('degree-probe', actor)).toBe(true);
  });

  it('private clusters are hidden unless includePrivate', async () => {
    await store.createCluster(cluster({ id: 'private-one', isPublic: false }), actor);
    const pub = await store.listClusters({ q: 'private', limit: 10, offset: 0 }, { includePrivate: false });
    expect(pub.total).toBe(0);
    const all = await store.listClusters({ q: 'private', limit: 10, offset: 0 }, { includePrivate: true });
    expect(all.total).toBe(1);
  });

  it('create, update and delete write one audit row each, in the same transaction', async () => {
    const before = (await store.listAudit({ limit: 1, offset: 0, entityId: 'crud-1' })).total;
    expect(before).toBe(0);
    const created = await store.createCluster(cluster({ id: 'crud-1', location: 'Franca' }), actor);
    expect(created.name).toBe('Cluster crud-1');
    const updated = await store.updateCluster(
      'crud-1',
      { name: 'Footwear — Franca', lifeCycleStage: 'maturity' },
      actor,
    );
    expect(updated?.name).toBe('Footwear — Franca');
    expect(updated?.lifeCycleStage).toBe('maturity');
    expect(updated?.location).toBe('Franca');
    expect(await store.updateCluster('no-such', { name: 'x y' }, actor)).toBeUndefined();
    expect(await store.deleteCluster('crud-1', actor)).toBe(true);
    expect(await store.deleteCluster('crud-1', actor)).toBe(false);
    const audit = await store.listAudit({ limit: 10, offset: 0, entity: 'cluster', entityId: 'crud-1' });
    expect(audit.items.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(audit.items[0]?.actorLabel).toBe('test');
  });

  it('createCluster with a taken id throws ConflictError and writes no audit row', async () => {
    await store.createCluster(cluster({ id: 'dup-1' }), actor);
    await expect(store.createCluster(cluster({ id: 'dup-1' }), actor)).rejects.toBeInstanceOf(ConflictError);
    const audit = await store.listAudit({ limit: 10, offset: 0, entity: 'cluster', entityId: 'dup-1' });
    expect(audit.total).toBe(1);
  });

  it('importClusters is all-or-nothing: one conflicting row writes nothing', async () => {
    const before = (await store.listClusters({ limit: 1, offset: 0 }, { includePrivate: true })).total;
    await expect(
      store.importClusters(
        importRowsOf([cluster({ id: 'imp-a' }), cluster({ id: 'dup-1' }), cluster({ id: 'imp-b' })]),
        actor,
        {
          mode: 'insert',
          source: 'x.csv',
        },
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await store.listClusters({ limit: 1, offset: 0 }, { includePrivate: true })).total).toBe(before);
    expect(await store.getCluster('imp-a')).toBeUndefined();
    const result = await store.importClusters(
      importRowsOf([cluster({ id: 'imp-a' }), cluster({ id: 'dup-1', name: 'Renamed' })]),
      actor,
      {
        mode: 'upsert',
        source: 'y.csv',
      },
    );
    expect(result).toEqual({ inserted: 1, updated: 1 });
    expect((await store.getCluster('dup-1'))?.name).toBe('Renamed');
  });

  it('organisations: CRUD, filter by cluster, conflict', async () => {
    const org = await store.createOrganisation(
      {
        id: 'org-1',
        clusterId: 'dup-1',
        name: 'Cluster Org',
        country: 'BR',
        governanceBodies: ['board'],
        isPublic: true,
      },
      actor,
    );
    expect(org.governanceBodies).toEqual(['board']);
    await expect(
      store.createOrganisation(
        { id: 'org-1', name: 'Again', country: 'BR', governanceBodies: [], isPublic: true },
        actor,
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    const byCluster = await store.listOrganisations(
      { cluster_id: 'dup-1', limit: 10, offset: 0 },
      { includePrivate: true },
    );
    expect(byCluster.items.map((o) => o.id)).toEqual(['org-1']);
    expect((await store.updateOrganisation('org-1', { staffFte: 2.5 }, actor))?.staffFte).toBe(2.5);
    expect(await store.deleteOrganisation('org-1', actor)).toBe(true);
  });

  it('assessments form a history, newest first', async () => {
    const scores = {
      externalEconomies: {
        specialisedLabourMarket: 1,
        availabilityOfInputs: 1,
        easyAccessToInformation: 1,
        marketAccess: 1,
      },
      jointAction: {
        backwardVerticalLinkages: 1,
        forwardVerticalLinkages: 1,
        horizontalBilateralLinkages: 1,
        horizontalMultilateralLinkages: 1,
      },
      upgrading: { process: 1, product: 1, functional: 0, intersectoral: 0 },
    };
    const base = {
      assessor: 'me',
      method: 'expert' as const,
      kind: 'expert' as const,
      aggregation: 'median' as const,
      governance: [],
      scores,
    };
    await store.createAssessment('dup-1', { ...base, assessedOn: '2020-05-01' }, actor);
    await store.createAssessment('dup-1', { ...base, assessedOn: '2023-02-01' }, actor);
    await store.createAssessment('dup-1', { ...base, assessedOn: '2021-01-01' }, actor);
    const history = await store.listAssessments('dup-1');
    expect(history.map((a) => a.assessedOn)).toEqual(['2023-02-01', '2021-01-01', '2020-05-01']);
    expect((await store.latestAssessments(['dup-1'])).get('dup-1')?.assessedOn).toBe('2023-02-01');
  });

  it('members, intermediaries and value chains: per cluster, audited, conflicts and missing clusters refused', async () => {
    await store.createCluster(cluster({ id: 'kids-1' }), actor);
    const firm = memberSchema.parse({
      id: 'acme',
      clusterId: 'kids-1',
      name: 'Acme',
      kind: 'firm',
      sizeClass: 'small',
      sme: true,
    });
    expect(await store.createMember(firm, actor)).toEqual({ ...firm, country: null, joined: null });
    await store.createMember(
      memberSchema.parse({ id: 'uni', clusterId: 'kids-1', name: 'A University', kind: 'university' }),
      actor,
    );
    // Same id in another cluster is fine; twice in one cluster is a conflict.
    await expect(store.createMember(firm, actor)).rejects.toBeInstanceOf(ConflictError);
    await expect(store.createMember({ ...firm, clusterId: 'no-such-cluster' }, actor)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await store.listMembers('kids-1')).map((m) => m.id)).toEqual(['uni', 'acme']);

    const centre = intermediarySchema.parse({
      id: 'tech-centre',
      clusterId: 'kids-1',
      name: 'Tech Centre',
      kind: 'technology_centre',
      roles: ['knowledge_transfer', 'network_building'],
    });
    expect((await store.createIntermediary(centre, actor)).roles).toEqual([
      'knowledge_transfer',
      'network_building',
    ]);
    expect((await store.listIntermediaries('kids-1'))[0]?.leads).toBe(false);

    const chain = (id: string, shareOfOutput: number) =>
      valueChainSchema.parse({
        id,
        clusterId: 'kids-1',
        name: `Chain ${id}`,
        leadFirms: ['Buyer'],
        endMarket: 'global',
        scope: 'global',
        governance: 'quasi_hierarchy',
        shareOfOutput,
      });
    await store.createValueChain(chain('export', 0.7), actor);
    // 0.7 + 0.4 = 110 % of output: refused, and nothing (no row, no audit) is left behind.
    await expect(store.createValueChain(chain('domestic', 0.4), actor)).rejects.toBeInstanceOf(ConflictError);
    expect((await store.listValueChains('kids-1')).map((v) => v.id)).toEqual(['export']);
    expect((await store.listAudit({ limit: 5, offset: 0, entity: 'value_chain' })).total).toBe(1);
    await store.createValueChain(chain('domestic', 0.3), actor);

    expect(await store.deleteMember('kids-1', 'acme', actor)).toBe(true);
    expect(await store.deleteMember('kids-1', 'acme', actor)).toBe(false);
    const audit = await store.listAudit({ limit: 10, offset: 0, entity: 'member', entityId: 'kids-1/acme' });
    expect(audit.items.map((e) => e.action)).toEqual(['delete', 'create']);
    // Deleting the cluster takes its members, intermediaries and chains with it.
    await store.deleteCluster('kids-1', actor);
    expect(await store.listMembers('kids-1')).toEqual([]);
    expect(await store.listIntermediaries('kids-1')).toEqual([]);
    expect(await store.listValueChains('kids-1')).toEqual([]);
  });

  it('writes that name a missing cluster throw NotFoundError and leave no audit row', async () => {
    const before = (await store.listAudit({ limit: 1, offset: 0 })).total;
    const scores = (await store.listAssessments('tm_medellin_textile'))[0]!.scores;
    await expect(
      store.createAssessment(
        'no-such-cluster',
        {
          assessedOn: '2024-01-01',
          assessor: 'x',
          method: 'expert',
          kind: 'expert',
          aggregation: 'median',
          governance: [],
          scores,
        },
        actor,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      store.createUser(
        newUser({
          email: 'ghost@example.org',
          name: 'G',
          role: 'cluster_manager',
          grants: ['no-such-cluster'],
        }),
        actor,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await store.findUserByEmail('ghost@example.org')).toBeUndefined();
    const after = await store.listAudit({ limit: 1, offset: 0 });
    expect(after.total).toBe(before);
    expect((await store.listAudit({ limit: 1, offset: after.total + 5 })).total).toBe(after.total);
  });

  it('users: e-mail unique case-insensitively, grants replaced, sessions expire, API tokens resolve', async () => {
    const user = await store.createUser(
      newUser({ email: 'Manager@Example.org', name: 'M', role: 'cluster_manager', grants: ['dup-1'] }),
      actor,
    );
    expect(user.email).toBe('manager@example.org');
    expect(user.grants).toEqual(['dup-1']);
    await expect(
      store.createUser(newUser({ email: 'manager@example.org', name: 'X' }), actor),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await store.findUserByEmail('MANAGER@example.org'))?.passwordHash).toBe('h');
    const regranted = await store.updateUser(user.id, { grants: ['tm_medellin_textile', 'dup-1'] }, actor);
    expect(regranted?.grants).toEqual(['dup-1', 'tm_medellin_textile']);
    expect(await store.getUser('not-a-uuid')).toBeUndefined();

    const now = new Date('2030-01-01T00:00:00Z');
    await store.createSession(user.id, 'hash-1', 'csrf-1', new Date('2030-01-02T00:00:00Z'));
    expect((await store.getSession('hash-1', now))?.csrfToken).toBe('csrf-1');
    expect(await store.getSession('hash-1', new Date('2030-01-03T00:00:00Z'))).toBeUndefined();
    await store.deleteSession('hash-1');
    expect(await store.getSession('hash-1', now)).toBeUndefined();

    await store.createApiToken(
      { userId: user.id, name: 'script', tokenHash: 'tok-hash', expiresAt: new Date('2030-03-01T00:00:00Z') },
      actor,
    );
    expect((await store.findApiToken('tok-hash', now))?.user.id).toBe(user.id);
    expect(await store.findApiToken('other', now)).toBeUndefined();
    expect(await store.countUsers()).toBe(1);
  });

  it('map datasets: the matrix round-trips exactly (NaN stays missing), audited, listed without cells, deleted', async () => {
    const values = Float64Array.from([1.5, NaN, 0, 1e12 + 0.25, 3, 7]);
    const info = await store.createMapDataset(
      {
        name: 'Exports 2017',
        geography: 'world-countries',
        unit: 'USD',
        sourceFile: 'exports.csv',
        rows: 5,
        regions: ['arg', 'bra'],
        industries: ['0101', '0102', '0103'],
        values,
      },
      actor,
    );
    expect(info).toMatchObject({
      name: 'Exports 2017',
      regionCount: 2,
      industryCount: 3,
      rows: 5,
      createdBy: null,
    });
    const back = await store.getMapDataset(info.id);
    expect(back?.regions).toEqual(['arg', 'bra']);
    expect(back?.industries).toEqual(['0101', '0102', '0103']);
    expect(Array.from(back!.values)).toEqual(Array.from(values));
    expect((await store.listMapDatasets()).map((d) => d.id)).toContain(info.id);
    expect(await store.getMapDatasetInfo(info.id)).toEqual(info);
    expect(await store.getMapDatasetInfo('not-a-uuid')).toBeUndefined();
    const shared = await store.createMapDataset(
      {
        ...{ name: 'Shared', geography: 'world-countries', unit: '', sourceFile: 's.csv', rows: 1 },
        regions: ['arg'],
        industries: ['0101'],
        values: Float64Array.from([1]),
        shared: true,
      },
      actor,
    );
    expect(shared.shared).toBe(true);
    await store.deleteMapDataset(shared.id, actor);
    expect('values' in (await store.listMapDatasets())[0]!).toBe(false);
    expect(info.shared).toBe(false);
    expect((await store.setMapDatasetShared(info.id, true, actor))?.shared).toBe(true);
    expect((await store.getMapDatasetInfo(info.id))?.shared).toBe(true);
    expect(await store.setMapDatasetShared('not-a-uuid', true, actor)).toBeUndefined();
    const audit = await store.listAudit({ limit: 5, offset: 0, entity: 'map_dataset', entityId: info.id });
    expect(audit.items.map((a) => a.action).sort()).toEqual(['import', 'update']);
    expect(await store.getMapDataset('not-a-uuid')).toBeUndefined();
    expect(await store.deleteMapDataset(info.id, actor)).toBe(true);
    expect(await store.getMapDataset(info.id)).toBeUndefined();
    expect(await store.deleteMapDataset(info.id, actor)).toBe(false);
  });

  it('a seeded cluster the user deleted does not come back on the next seed', async () => {
    expect(await store.deleteCluster('nr_colchagua_wine', actor)).toBe(true);
    expect((await seedDemoData(store, { dataDir })).seeded).toEqual([]);
    expect(await store.getCluster('nr_colchagua_wine')).toBeUndefined();
  });
});
