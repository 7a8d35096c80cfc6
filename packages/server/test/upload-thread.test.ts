/**
 * POST /api/map/datasets reads the file on a worker thread, never on the server's, and
 * so does the studio's first computation of a bundled dataset's space: here the server
 * thread's statistical reader throws when called, and both still succeed (the workers,
 * separate bundles, have their own reader). Before the worker, the route called
 * the reader on the server's thread and froze it for as long as a file took (40 s for the
 * probe's 20,000 × 20,000 file).
 */
import type * as Store from '@polos/store';
import type * as StatisticalTableModule from '@polos/store/statistical-table';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { login, storeFactories, testApp, type Session, type TestApp } from './test-app';

const { onServerThread } = vi.hoisted(() => ({
  onServerThread: () => {
    throw new Error('the statistical reader ran on the server thread');
  },
}));
vi.mock('@polos/store', async (original) => ({
  ...(await original<typeof Store>()),
  readStatisticalTable: onServerThread,
}));
vi.mock('@polos/store/statistical-table', async (original) => ({
  ...(await original<typeof StatisticalTableModule>()),
  readStatisticalTable: onServerThread,
  readStatisticalTableWithDuckDB: onServerThread,
}));

describe('upload thread', () => {
  let t: TestApp;
  let analyst: Session;
  beforeAll(async () => {
    t = await testApp(storeFactories[0]!);
    analyst = await login(t.app, 'analyst@polos.test');
  });
  afterAll(() => t.close());

  it('an upload is read and pivoted off the server thread (the server thread’s reader is never called)', async () => {
    const body = ['region,industry,value', 'ARG,a,10', 'ARG,b,5', 'BRA,a,3', 'BRA,b,30'].join('\n');
    const res = await t.app.request(
      '/api/map/datasets?name=Thread&geography=world-countries&region=region&industry=industry&value=value',
      {
        method: 'POST',
        headers: { cookie: analyst.cookie, 'x-csrf-token': analyst.csrf, 'content-type': 'text/csv' },
        body,
      },
    );
    expect(res.status, await res.clone().text()).toBe(201);
    expect(await res.json()).toMatchObject({ rows: 4, regions: 2, industries: 2 });
  });

  it('the first computation of a bundled dataset’s space reads its file off the server thread', async () => {
    const res = await t.app.request('/api/map/datasets/world-exports-hs4/space');
    expect(res.status, await res.clone().text()).toBe(200);
    const space = (await res.json()) as { regions: unknown[]; industries: unknown[]; edges: unknown[] };
    expect(space.regions.length).toBeGreaterThan(100);
    expect(space.industries.length).toBeGreaterThan(1000);
    expect(space.edges.length).toBeGreaterThan(1000);
  });
});
