/**
 * Decision 108: the data version grows with every audited write, in the write's own
 * transaction (a write that fails leaves it as it was), and a read never changes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../src/store';
import { dataVersionCount } from '../src/repositories/data-version';
import type { SqlStore } from '../src/sql-store';
import { storeFactories } from './test-stores';

const actor = { userId: null, label: 'test' };
const cluster = {
  id: 'version-cluster',
  name: 'Version cluster',
  country: 'PE',
  sector: 'coffee',
  sectorGroup: 'natural_resource_based' as const,
  isPublic: true,
  keyFigures: [],
};

describe.each(storeFactories.map((f) => [f.name, f] as const))('data version on %s', (_n, factory) => {
  let store: SqlStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await factory.open());
  });
  afterAll(() => dispose());

  it('a write bumps it; reads leave it', async () => {
    const before = dataVersionCount(await store.dataVersion());
    await store.listClusters({ limit: 5, offset: 0 }, { includePrivate: true });
    expect(dataVersionCount(await store.dataVersion())).toBe(before);
    await store.createCluster(cluster, actor);
    const afterCreate = dataVersionCount(await store.dataVersion());
    expect(afterCreate).toBeGreaterThan(before);
    await store.updateCluster(cluster.id, { name: 'Renamed version cluster' }, actor);
    expect(dataVersionCount(await store.dataVersion())).toBeGreaterThan(afterCreate);
  });

  it('a read that overlaps a write is never the one read after the write', async () => {
    for (let i = 0; i < 5; i++) {
      const id = `overlap-${i}`;
      const [during] = await Promise.all([
        store.dataVersion(),
        store.createCluster({ ...cluster, id, name: `Overlap ${i}` }, actor),
      ]);
      const after = dataVersionCount(await store.dataVersion());
      expect(after).toBeGreaterThanOrEqual(dataVersionCount(during));
      await store.deleteCluster(id, actor);
      expect(dataVersionCount(await store.dataVersion())).toBeGreaterThan(after);
    }
  });

  it('a write that fails leaves it as it was', async () => {
    const before = await store.dataVersion();
    await expect(store.createCluster(cluster, actor)).rejects.toBeInstanceOf(ConflictError);
    expect(await store.dataVersion()).toBe(before);
  });
});
