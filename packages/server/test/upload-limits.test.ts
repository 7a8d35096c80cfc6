/**
 * POST /api/map/datasets under the statistical limits (docs/configuration.md): a file over
 * a limit is refused with 413 where the reader finds the excess — the line and the limit
 * named, how to raise it said — and nothing is stored; the server keeps answering
 * /api/health while an upload is read (on a worker thread).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp, type PolosApp } from '../src/app';
import { storeFactories, suiteApp } from './test-app';

const QUERY = 'name=Limits&geography=world-countries&region=region&industry=industry&value=value';

/** One row per region on the diagonal; codes like ARG so that some are on the map. */
function diagonal(n: number): string {
  const lines = ['region,industry,value'];
  for (let k = 0; k < n; k++) lines.push(`r${k},i${k},1`);
  return `${lines.join('\n')}\n`;
}

interface ErrorBody {
  error: { code: string; message: string; fields: Array<{ path: string; message: string }>; limit?: string };
}

describe.each(storeFactories)('upload limits on $name', (factory) => {
  const t = suiteApp(factory, ['analyst']);

  const upload = (app: PolosApp, body: string | Uint8Array, file = 'upload.csv') =>
    app.request(`/api/map/datasets?${QUERY}&file=${file}`, {
      method: 'POST',
      headers: {
        cookie: t.as.analyst.cookie,
        'x-csrf-token': t.as.analyst.csrf,
        'content-type': typeof body === 'string' ? 'text/csv' : 'application/gzip',
      },
      body,
    });

  it('the probe’s 0.4 MB file of 20,000 regions × 20,000 industries is refused (413) at the line past 10 million cells, nothing stored', async () => {
    const before = (await t.store.listMapDatasets()).length;
    const started = performance.now();
    const res = await upload(t.app, diagonal(20_000), 'diagonal.csv');
    expect(res.status).toBe(413);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('too_large');
    // 3,162 × 3,163 = 10,001,406 is the first count over 10 million: row 3,163, line 3,164.
    expect(body.error.message).toContain('diagonal.csv, line 3164');
    expect(body.error.message).toContain(
      '3,162 regions × 3,163 industries so far make more than 10,000,000 cells',
    );
    expect(body.error.message).toContain('POLOS_MAX_CELLS');
    expect(body.error.fields[0]!.path).toBe('line 3164.industry');
    // Not a speed test: the old route took 40 s and 1.6 GB before refusing this file.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect((await t.store.listMapDatasets()).length).toBe(before);
  });

  it('the configured limits (regions, rows) are the ones applied and named', async () => {
    const app = createApp({
      store: t.store,
      config: { webDist: '/nonexistent', uploadLimits: { maxRegions: 3, maxRows: 100 } },
    });
    const regions = (await (await upload(app, diagonal(10))).json()) as ErrorBody;
    expect(regions.error.fields[0]).toMatchObject({ path: 'line 5.region' });
    expect(regions.error.message).toContain('more than 3 distinct regions');
    expect(regions.error.message).toContain('POLOS_MAX_REGIONS');
    const rows = await upload(app, `region,industry,value\n${'ARG,a,1\nBRA,b,2\n'.repeat(60)}`);
    expect(rows.status).toBe(413);
    expect(((await rows.json()) as ErrorBody).error.message).toContain('line 102: more than 100 rows');
  });

  it('a gzip bomb stops inflating at POLOS_MAX_DECOMPRESSED_MB (413), nothing stored', async () => {
    const before = (await t.store.listMapDatasets()).length;
    const app = createApp({
      store: t.store,
      config: { webDist: '/nonexistent', uploadLimits: { maxBytes: 1024 * 1024 } },
    });
    // 20 MB of rows in 20 KB of gzip.
    const bomb = gzipSync(Buffer.from(`region,industry,value\n${'ARG,a,1\nBRA,b,2\n'.repeat(1_300_000)}`));
    expect(bomb.length).toBeLessThan(100_000);
    const res = await upload(app, bomb, 'bomb.csv.gz');
    expect(res.status).toBe(413);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.message).toContain('more than 1 MB of text once decompressed');
    expect(body.error.message).toContain('POLOS_MAX_DECOMPRESSED_MB');
    expect((await t.store.listMapDatasets()).length).toBe(before);
  });

  it('a region or industry code with a NUL byte is refused (400) naming its line and column, not a 500', async () => {
    const before = (await t.store.listMapDatasets()).length;
    const res = await upload(
      t.app,
      'region,industry,value\nARG,a,1\nBRA,b\u0000,2\nA\u0000X,a,3\n',
      'nul.csv',
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.fields).toEqual([
      { path: 'line 4.region', message: 'the code holds a NUL byte (U+0000)' },
      { path: 'line 3.industry', message: 'the code holds a NUL byte (U+0000)' },
    ]);
    expect((await t.store.listMapDatasets()).length).toBe(before);
  });

  it('/api/health answers while a heavy upload is being read, before the upload finishes', async () => {
    // 6 countries × 80,000 products: 480,000 rows (8 MB), each cell once (an upload refuses repeats).
    const codes = ['ARG', 'BRA', 'CHL', 'COL', 'MEX', 'PER'];
    const lines = ['region,industry,value'];
    for (const region of codes)
      for (let i = 0; i < 80_000; i++) lines.push(`${region},p${i},${(i % 97) + 1}`);
    const heavy = `${lines.join('\n')}\n`;
    let finished = 0;
    const uploading = Promise.resolve(upload(t.app, heavy, 'heavy.csv')).then(async (res) => {
      finished = performance.now();
      return res;
    });
    const health: Array<{ at: number; ms: number }> = [];
    for (let k = 0; k < 200 && !finished; k++) {
      const asked = performance.now();
      const res = await t.app.request('/api/health');
      expect(res.status).toBe(200);
      health.push({ at: performance.now(), ms: performance.now() - asked });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const res = await uploading;
    expect(res.status, await res.clone().text()).toBe(201);
    expect((await res.json()) as { rows: number }).toMatchObject({ rows: 480_000 });
    const during = health.filter((h) => h.at < finished);
    expect(during.length).toBeGreaterThan(3);
  });
});
