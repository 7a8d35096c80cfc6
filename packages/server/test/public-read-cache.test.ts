/**
 * Decision 108: anonymous public reads carry an ETag of the data version, answer 304 to a
 * matching If-None-Match, and are kept per data version; every write makes the next read
 * fresh on every instance sharing the database; signed-in readers are never served from
 * the cache, and a private cluster never appears in an anonymous answer, cached or not.
 */
import { describe, expect, it } from 'vitest';
import { uniformScores } from '@polos/core/uniform-scores';
import { createApp } from '../src/app';
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { dataVersionReader } from '../src/caching/data-version-reader';
import { publicReadCache } from '../src/caching/public-read-cache';
import type { AppEnv } from '../src/context';
import { send, storeFactories, suiteApp } from './test-app';

interface Page {
  items: Array<{ id: string; name: string }>;
  total: number;
}

const privateCluster = {
  id: 'cache-private',
  name: 'Cache private cluster',
  country: 'CL',
  sector: 'wine',
  sectorGroup: 'natural_resource_based',
  isPublic: false,
};

describe.each(storeFactories.map((f) => [f.name, f] as const))('public read cache on %s', (_n, factory) => {
  const t = suiteApp(factory, ['admin']);

  it('an anonymous read has an ETag; If-None-Match with it answers 304 with no body', async () => {
    const first = await t.app.request('/api/clusters');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[^"]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect(first.headers.get('vary')).toMatch(/Cookie, Authorization/);
    const again = await t.app.request('/api/clusters', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await t.app.request('/api/clusters', { headers: { 'if-none-match': 'W/"other"' } });
    expect(other.status).toBe(200);
    expect(await other.json()).toEqual(await first.json());
  });

  it('a write makes the next anonymous read fresh, on another instance of the same database too', async () => {
    const other = createApp({ store: t.store, config: { webDist: '/nonexistent' } });
    const path = '/api/clusters?q=cachetown';
    for (const app of [t.app, other]) {
      expect(((await (await app.request(path)).json()) as Page).total).toBe(0);
    }
    const before = (await t.app.request(path)).headers.get('etag');
    const cluster = { ...privateCluster, id: 'cache-public', name: 'Cachetown cluster', isPublic: true };
    expect((await send(t.app, 'POST', '/api/clusters', cluster, t.as.admin)).status).toBe(201);
    for (const app of [t.app, other]) {
      const res = await app.request(path, { headers: { 'if-none-match': before! } });
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).not.toBe(before);
      expect(((await res.json()) as Page).items.map((c) => c.id)).toEqual(['cache-public']);
    }
    const renamed = await send(
      t.app,
      'PATCH',
      '/api/clusters/cache-public',
      { name: 'Renamed cluster' },
      t.as.admin,
    );
    expect(renamed.status).toBe(200);
    const one = (await (await other.request('/api/clusters/cache-public')).json()) as { name: string };
    expect(one.name).toBe('Renamed cluster');
  });

  it('a private cluster never appears in an anonymous answer, even after a signed-in read of the same URL', async () => {
    expect((await send(t.app, 'POST', '/api/clusters', privateCluster, t.as.admin)).status).toBe(201);
    const path = '/api/clusters?q=cache%20private';
    const signedIn = await send(t.app, 'GET', path, undefined, t.as.admin);
    expect(signedIn.headers.get('etag')).toBeNull();
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
    expect(((await signedIn.json()) as Page).items.map((c) => c.id)).toContain('cache-private');
    for (let i = 0; i < 2; i++) {
      const anonymous = (await (await t.app.request(path)).json()) as Page;
      expect(anonymous.items.map((c) => c.id)).not.toContain('cache-private');
    }
    expect((await t.app.request('/api/clusters/cache-private')).status).toBe(404);
    const counts = (await (await t.app.request('/api/clusters/counts?q=cache%20private')).json()) as {
      total: number;
    };
    expect(counts.total).toBe(0);
  });

  it('a signed-in reader is never answered from the anonymous cache nor with 304', async () => {
    const path = '/api/clusters?q=cache%20private';
    const anonymous = await t.app.request(path);
    const etag = anonymous.headers.get('etag')!;
    expect(((await anonymous.json()) as Page).total).toBe(0);
    const signedIn = await send(t.app, 'GET', path, undefined, t.as.admin, { 'if-none-match': etag });
    expect(signedIn.status).toBe(200);
    expect(((await signedIn.json()) as Page).items.map((c) => c.id)).toContain('cache-private');
  });

  it("a new assessment in a cluster's group moves the next anonymous diagnosis's group averages", async () => {
    const portfolio = (await (
      await t.app.request('/api/portfolio?sector_group=natural_resource_based')
    ).json()) as { clusters: string[] };
    const seen = portfolio.clusters[0]!;
    const read = async () =>
      (await (await t.app.request(`/api/clusters/${seen}/diagnosis`)).json()) as { groupSize: number };
    const before = (await read()).groupSize;
    expect(before).toBe(portfolio.clusters.length);
    expect((await read()).groupSize).toBe(before);
    const cluster = { ...privateCluster, id: 'cache-group', name: 'Group cluster', isPublic: true };
    expect((await send(t.app, 'POST', '/api/clusters', cluster, t.as.admin)).status).toBe(201);
    const assessment = {
      assessedOn: '2024-05-01',
      assessor: 'test',
      method: 'expert' as const,
      kind: 'expert' as const,
      aggregation: 'median' as const,
      scores: uniformScores(2.5),
      governance: [],
    };
    await t.store.createAssessment('cache-group', assessment, { userId: null, label: 'test' });
    expect((await read()).groupSize).toBe(before + 1);
  });

  it('errors are not cached and carry no ETag', async () => {
    const res = await t.app.request('/api/clusters/no-such-cluster');
    expect(res.status).toBe(404);
    expect(res.headers.get('etag')).toBeNull();
  });
});

describe('a restored copy (decision 110)', () => {
  it('an ETag of the same count under another epoch is not current: no 304, no answer kept from before', async () => {
    let version = '7.epoch-of-the-source';
    let computed = 0;
    const app = new Hono<AppEnv>();
    app.use('/api/*', publicReadCache({ readVersion: async () => version, appVersion: 'test' }));
    app.get('/api/clusters', (c) => c.json({ computed: ++computed }));
    const first = await app.request('/api/clusters');
    const etag = first.headers.get('etag')!;
    expect(etag).toBe('W/"test.7.epoch-of-the-source"');
    expect((await app.request('/api/clusters', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    version = '7.epoch-of-the-copy';
    const after = await app.request('/api/clusters', { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ computed: 2 });
    expect(after.headers.get('etag')).toBe('W/"test.7.epoch-of-the-copy"');
  });
});

describe('gzip of large cached answers', () => {
  it('a caller that accepts gzip gets the kept answer gzipped, equal once unzipped; others get it plain', async () => {
    const big = {
      items: Array.from({ length: 2000 }, (_, i) => ({ id: `cluster-${i}`, name: `Cluster ${i}` })),
    };
    const app = new Hono<AppEnv>();
    app.use('/api/*', publicReadCache({ readVersion: async () => '3.e', appVersion: 'test' }));
    app.get('/api/portfolio', (c) => c.json(big));
    const gzipHeaders = { 'Accept-Encoding': 'gzip, deflate, br' };
    const first = await app.request('/api/portfolio', { headers: gzipHeaders });
    expect(first.headers.get('content-encoding')).toBeNull(); // computed now, sent as made
    expect(first.headers.get('vary')).toContain('Accept-Encoding');
    const plain = JSON.stringify(big);
    // the gzipped copy is made off the main thread, then sent
    await expect
      .poll(async () =>
        (await app.request('/api/portfolio', { headers: gzipHeaders })).headers.get('content-encoding'),
      )
      .toBe('gzip');
    const zipped = await app.request('/api/portfolio', { headers: gzipHeaders });
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(bytes.byteLength).toBeLessThan(plain.length / 5);
    expect(gunzipSync(bytes).toString('utf8')).toBe(plain);
    expect(zipped.headers.get('content-type')).toMatch(/^application\/json/);
    for (const headers of [{}, { 'Accept-Encoding': 'gzip;q=0, identity' }] as Array<
      Record<string, string>
    >) {
      const res = await app.request('/api/portfolio', { headers });
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(await res.text()).toBe(plain);
    }
  });
});

describe('dataVersionReader', () => {
  it('never answers a caller with a read that started before it called', async () => {
    let version = 0;
    const started: number[] = [];
    const releases: Array<() => void> = [];
    const current = dataVersionReader(() => {
      started.push(version);
      const seen = version;
      return new Promise<string>((done) => releases.push(() => done(String(seen))));
    });
    const first = current();
    version = 1; // a write commits while the first read runs
    const second = current();
    const third = current();
    expect(started).toEqual([0]); // one read at a time
    releases.shift()!();
    expect(await first).toBe('0');
    await Promise.resolve();
    await new Promise((done) => setImmediate(done));
    expect(started).toEqual([0, 1]); // the callers that came during it share the next read
    releases.shift()!();
    expect([await second, await third]).toEqual(['1', '1']);
  });
});
