/**
 * Map studio, industry view, over HTTP on both engines. Expected values:
 * - Chile's RCA in copper ores (HS 2603) recomputed here by hand from the bundled file
 *   (Balassa 1965: (x_cp / x_c) / (x_p / x_world), over the countries exporting ≥ US$ 1 bn);
 * - the Atlas of Economic Complexity ranks Japan, Switzerland, Germany and South Korea
 *   among the most complex economies in 2017 (atlas.cid.harvard.edu rankings);
 * - Michigan's LQ in light-truck manufacturing (NAICS 336112) is far above 1 (CMP maps);
 * - uploads: all or nothing, problems named by line and column, only analysts and admins.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { send, storeFactories, suiteApp, type Session } from './test-app';

const dataDir = fileURLToPath(new URL('../../../data', import.meta.url));

interface Space {
  dataset: { id: string; geography: string; boundary: string };
  year: number | null;
  regions: Array<{ code: string; name: string; feature: string | null; eci: number | null; total: number }>;
  industries: Array<{ code: string; label: string; group: string | null; pci: number | null }>;
  groups: Array<{ id: string; label: string }>;
  edges: Array<[number, number, number]>;
  tree: number;
  notes: string[];
}

/** Chile's copper-ore RCA by hand from the file. */
function chileCopperRca(): number {
  const lines = gunzipSync(readFileSync(`${dataDir}/world-exports-hs4/ots_country_hs4_exports_2017.csv.gz`))
    .toString()
    .trim()
    .split('\n')
    .slice(1);
  const byCountry = new Map<string, number>();
  const cells: Array<[string, string, number]> = [];
  for (const line of lines) {
    const [c, p, v] = line.replaceAll('"', '').split(',');
    const value = Number(v || 0);
    cells.push([c!, p!, value]);
    byCountry.set(c!, (byCountry.get(c!) ?? 0) + value);
  }
  const kept = new Set([...byCountry].filter(([, t]) => t >= 1e9).map(([c]) => c));
  let world = 0;
  let product = 0;
  let chile = 0;
  for (const [c, p, v] of cells) {
    if (!kept.has(c)) continue;
    world += v;
    if (p === '2603') product += v;
    if (c === 'chl' && p === '2603') chile = v;
  }
  return chile / byCountry.get('chl')! / (product / world);
}

const csv = (rows: string[]) => ['region,industry,value', ...rows].join('\n');

describe.each(storeFactories)('map studio industry API on $name', (factory) => {
  const t = suiteApp(factory, ['analyst', 'admin', 'viewer', 'manager']);

  it('world exports: RCA by hand, the most complex economies of the Atlas, the product space backbone', async () => {
    const res = await t.app.request('/api/map/datasets/world-exports-hs4/space?lang=es');
    expect(res.status).toBe(200);
    const space = (await res.json()) as Space;
    expect(space.year).toBe(2017);
    expect(space.dataset.boundary).toBe('world-110m');
    const chile = space.regions.find((r) => r.code === 'chl')!;
    expect(chile).toMatchObject({ name: 'Chile', feature: '152' });
    expect(space.regions.find((r) => r.code === 'deu')?.name).toBe('Alemania');
    expect(space.regions.every((r) => r.total >= 1e9)).toBe(true);
    const ranked = space.regions.filter((r) => r.eci !== null).sort((a, b) => b.eci! - a.eci!);
    const top10 = ranked.slice(0, 10).map((r) => r.code);
    for (const c of ['jpn', 'che', 'deu', 'kor']) expect(top10).toContain(c);
    const copper = space.industries.findIndex((i) => i.code === '2603');
    expect(space.industries[copper]).toMatchObject({ group: '3' });
    expect(space.groups.find((g) => g.id === '3')?.label).toBe('Minerales');
    const P = space.industries.length;
    // A spanning forest (P − components edges) plus at most 2P strong links, each once.
    expect(space.edges.length).toBeGreaterThanOrEqual(P - 10);
    expect(space.edges.length).toBeLessThanOrEqual(3 * P);
    expect(new Set(space.edges.map(([i, j]) => `${i}-${j}`)).size).toBe(space.edges.length);
    // the first `tree` edges are a forest: no edge closes a cycle
    const parent = space.industries.map((_, k) => k);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
    for (const [i, j] of space.edges.slice(0, space.tree)) {
      expect(find(i)).not.toBe(find(j));
      parent[find(i)] = find(j);
    }
    expect(space.tree).toBeGreaterThanOrEqual(P - 10);

    const industry = (await (
      await t.app.request('/api/map/datasets/world-exports-hs4/industries/2603')
    ).json()) as {
      lq: Array<number | null>;
      present: number[];
    };
    const r = space.regions.indexOf(chile);
    expect(industry.lq[r]).toBeCloseTo(chileCopperRca(), 9);
    expect(industry.lq[r]).toBeGreaterThan(30);
    expect(industry.present[r]).toBe(1);
  });

  it('a region’s opportunities: absent industries, best score first; its specialisations have LQ ≥ 1', async () => {
    const body = (await (
      await t.app.request('/api/map/datasets/world-exports-hs4/regions/col?limit=15')
    ).json()) as {
      name: string;
      opportunities: Array<{ industry: number; score: number }>;
      specialisations: Array<{ industry: number; lq: number }>;
      present: number[];
    };
    expect(body.name).toBe('Colombia');
    expect(body.opportunities).toHaveLength(15);
    const scores = body.opportunities.map((o) => o.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.specialisations.every((s) => s.lq >= 1)).toBe(true);
    expect(body.present.length).toBeGreaterThanOrEqual(body.specialisations.length);
    for (const s of body.specialisations) expect(body.present).toContain(s.industry);
    for (const o of body.opportunities) expect(body.present).not.toContain(o.industry);
    const lqs = await Promise.all(
      body.opportunities.slice(0, 3).map(async (o) => {
        const space = (await (
          await t.app.request('/api/map/datasets/world-exports-hs4/space')
        ).json()) as Space;
        const code = space.industries[o.industry]!.code;
        const col = space.regions.findIndex((x) => x.code === 'col');
        const ind = (await (
          await t.app.request(`/api/map/datasets/world-exports-hs4/industries/${code}`)
        ).json()) as { present: number[] };
        return ind.present[col];
      }),
    );
    expect(lqs).toEqual([0, 0, 0]);
    expect((await t.app.request('/api/map/datasets/world-exports-hs4/regions/xxx')).status).toBe(404);
    expect((await t.app.request('/api/map/datasets/world-exports-hs4/space?year=2019')).status).toBe(400);
    expect((await t.app.request('/api/map/datasets/nope/space')).status).toBe(404);
  });

  it('U.S. states by NAICS industry and counties on their FIPS shapes', async () => {
    const states = (await (
      await t.app.request('/api/map/datasets/us-states-naics/space?year=2021')
    ).json()) as Space;
    const mi = states.regions.findIndex((r) => r.name === 'Michigan');
    expect(states.regions[mi]).toMatchObject({ code: '26', feature: '26' });
    const trucks = (await (
      await t.app.request('/api/map/datasets/us-states-naics/industries/336112?year=2021')
    ).json()) as { label: string; lq: Array<number | null> };
    expect(trucks.label).toMatch(/truck/i);
    expect(trucks.lq[mi]).toBeGreaterThan(3);
    const counties = (await (
      await t.app.request('/api/map/datasets/us-counties-naics/space?year=2021')
    ).json()) as Space;
    expect(counties.regions.length).toBeGreaterThan(1800);
    expect(counties.industries.every((i) => i.code.length === 4)).toBe(true);
    expect(counties.regions.find((r) => r.code === '53033')).toMatchObject({
      feature: '53033',
      name: 'King, Washington',
    });
  });

  it('uploads: analysts and admins only; stored whole; listed for signed-in users; deleted by their owner', async () => {
    const body = csv([
      'ARG,a,10',
      'ARG,b,5',
      'BRA,a,3',
      'BRA,b,30',
      'CHL,a,7',
      'CHL,b,1',
      'XKX,a,2',
      'XKX,b,2',
    ]);
    const path =
      '/api/map/datasets?name=Test%20upload&geography=world-countries&region=region&industry=industry&value=value&unit=USD&file=test.csv';
    const post = (session?: Session) =>
      send(t.app, 'POST', path, body, session, { 'content-type': 'text/csv' });
    expect((await post()).status).toBe(401);
    expect((await post(t.as.viewer)).status).toBe(403);
    expect((await post(t.as.manager)).status).toBe(403);
    const res = await post(t.as.analyst);
    expect(res.status).toBe(201);
    const result = (await res.json()) as {
      dataset: { id: string; label: string };
      regions: number;
      matched: number;
      unmatched: string[];
    };
    expect(result).toMatchObject({ regions: 4, matched: 3, unmatched: ['XKX'] });
    const id = result.dataset.id;
    // anonymous does not see uploads; signed-in users do
    const anon = (await (await t.app.request('/api/map/datasets')).json()) as Array<{ id: string }>;
    expect(anon.map((d) => d.id)).not.toContain(id);
    const seen = (await (
      await send(t.app, 'GET', '/api/map/datasets', undefined, t.as.viewer)
    ).json()) as Array<{
      id: string;
    }>;
    expect(seen.map((d) => d.id)).toContain(id);
    expect((await t.app.request(`/api/map/datasets/${id}/space`)).status).toBe(404);
    const space = (await (
      await send(t.app, 'GET', `/api/map/datasets/${id}/space`, undefined, t.as.viewer)
    ).json()) as Space;
    expect(space.regions.map((r) => r.feature)).toEqual(['032', '076', '152', null]);
    // LQ of Argentina in a: (10/15) / (22/60) by hand
    const a = (await (
      await send(t.app, 'GET', `/api/map/datasets/${id}/industries/a`, undefined, t.as.viewer)
    ).json()) as {
      lq: number[];
    };
    expect(a.lq[0]).toBeCloseTo(10 / 15 / (22 / 60), 12);
    // delete: not the viewer, not another analyst's admin-less peer; the owner may
    expect((await send(t.app, 'DELETE', `/api/map/datasets/${id}`, undefined, t.as.viewer)).status).toBe(403);
    expect((await send(t.app, 'DELETE', `/api/map/datasets/${id}`, undefined, t.as.analyst)).status).toBe(
      204,
    );
    expect((await send(t.app, 'DELETE', `/api/map/datasets/${id}`, undefined, t.as.admin)).status).toBe(404);
  });

  it('sharing an upload: listed and readable without an account once shared; only its owner or an admin shares it', async () => {
    const path =
      '/api/map/datasets?name=Shared%20table&geography=world-countries&region=region&industry=industry&value=value&file=shared.csv&shared=true';
    const res = await send(
      t.app,
      'POST',
      path,
      csv(['ARG,a,10', 'ARG,b,5', 'BRA,a,3', 'BRA,b,30']),
      t.as.analyst,
      {
        'content-type': 'text/csv',
      },
    );
    expect(res.status).toBe(201);
    const { dataset } = (await res.json()) as { dataset: { id: string; uploaded: { shared: boolean } } };
    expect(dataset.uploaded.shared).toBe(true);
    const anonList = async () =>
      ((await (await t.app.request('/api/map/datasets')).json()) as Array<{ id: string }>).map((d) => d.id);
    expect(await anonList()).toContain(dataset.id);
    expect((await t.app.request(`/api/map/datasets/${dataset.id}/space`)).status).toBe(200);
    const patch = (shared: boolean, session?: Session) =>
      send(t.app, 'PATCH', `/api/map/datasets/${dataset.id}`, { shared }, session);
    expect((await patch(false)).status).toBe(401);
    expect((await patch(false, t.as.viewer)).status).toBe(403);
    expect((await patch(false, t.as.manager)).status).toBe(403);
    const unshared = await patch(false, t.as.analyst);
    expect(unshared.status).toBe(200);
    expect(((await unshared.json()) as { uploaded: { shared: boolean } }).uploaded.shared).toBe(false);
    expect(await anonList()).not.toContain(dataset.id);
    expect((await t.app.request(`/api/map/datasets/${dataset.id}/space`)).status).toBe(404);
    expect((await patch(true, t.as.admin)).status).toBe(200);
    expect(
      (
        await send(
          t.app,
          'PATCH',
          '/api/map/datasets/00000000-0000-4000-8000-000000000000',
          { shared: true },
          t.as.admin,
        )
      ).status,
    ).toBe(404);
    expect(
      (await send(t.app, 'DELETE', `/api/map/datasets/${dataset.id}`, undefined, t.as.analyst)).status,
    ).toBe(204);
  });

  it('an upload with a repeated row is refused whole, naming both lines; nothing is stored', async () => {
    const body = csv(['ARG,a,10', 'BRA,a,3', 'ARG,b,5', 'ARG,a,10']);
    const path =
      '/api/map/datasets?name=Twice&geography=world-countries&region=region&industry=industry&value=value&file=twice.csv';
    const res = await send(t.app, 'POST', path, body, t.as.analyst, { 'content-type': 'text/csv' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('line 2');
    expect(text).toContain('5');
    const listed = (await (
      await send(t.app, 'GET', '/api/map/datasets', undefined, t.as.analyst)
    ).json()) as Array<{ label: string }>;
    expect(listed.map((d) => d.label)).not.toContain('Twice');
  });

  it('the space of a table with missing cells and an industry related to no other says so in its notes', async () => {
    // a and b together in ARG and BRA; c only in CHL, where nothing else is: no proximity to
    // a or b. CHL a, CHL b, ARG c, BRA c: missing.
    const body = csv(['ARG,a,10', 'ARG,b,10', 'BRA,a,10', 'BRA,b,10', 'CHL,c,7']);
    const path =
      '/api/map/datasets?name=Notes&geography=world-countries&region=region&industry=industry&value=value&unit=USD&file=notes.csv';
    const res = await send(t.app, 'POST', path, body, t.as.analyst, { 'content-type': 'text/csv' });
    expect(res.status).toBe(201);
    const { dataset } = (await res.json()) as { dataset: { id: string } };
    const space = (await (
      await send(t.app, 'GET', `/api/map/datasets/${dataset.id}/space`, undefined, t.as.analyst)
    ).json()) as Space;
    expect(space.notes).toEqual(
      expect.arrayContaining([
        '4 cell(s) are missing or suppressed: they count in no total and their LQ is NaN (not present)',
        '1 industr(y/ies) have zero proximity to every other industry: their density is NaN',
      ]),
    );
    // The same notes in the reader's language (issue 15: no English sentence on a Spanish page).
    const spanish = (await (
      await send(t.app, 'GET', `/api/map/datasets/${dataset.id}/space?lang=es`, undefined, t.as.analyst)
    ).json()) as Space;
    expect(spanish.notes).toEqual(
      expect.arrayContaining([
        '4 celda(s) ausentes o suprimidas: no cuentan en ningún total y su cociente de localización no existe (no presente)',
        '1 industria(s) con proximidad cero a todas las demás: su densidad no existe',
      ]),
    );
    expect(
      (await send(t.app, 'DELETE', `/api/map/datasets/${dataset.id}`, undefined, t.as.analyst)).status,
    ).toBe(204);
  });

  it('a bad file is refused whole, every problem named by line and column', async () => {
    const before = (await t.store.listMapDatasets()).length;
    const bad = csv(['ARG,a,10', 'ARG,b,-5', 'BRA,a,abc', 'BRA,b,30']);
    const res = await send(
      t.app,
      'POST',
      '/api/map/datasets?name=Bad&geography=world-countries&region=region&industry=industry&value=value&file=bad.csv',
      bad,
      t.as.analyst,
      { 'content-type': 'text/csv' },
    );
    expect(res.status).toBe(400);
    const err = (await res.json()) as {
      error: { code: string; message: string; fields: Array<{ path: string }> };
    };
    expect(err.error.code).toBe('invalid_import');
    expect(err.error.message).toContain('bad.csv');
    expect(err.error.fields.map((f) => f.path)).toEqual(['line 3.value', 'line 4.value']);
    // a missing column, and codes that are not on the chosen map
    const noColumn = await send(
      t.app,
      'POST',
      '/api/map/datasets?name=Bad&geography=world-countries&region=country&industry=industry&value=value',
      bad,
      t.as.analyst,
      { 'content-type': 'text/csv' },
    );
    expect(
      ((await noColumn.json()) as { error: { fields: Array<{ path: string }> } }).error.fields[0]?.path,
    ).toBe('line 1.country');
    const wrongMap = await send(
      t.app,
      'POST',
      '/api/map/datasets?name=Bad&geography=us-counties&region=region&industry=industry&value=value',
      csv(['ARG,a,10', 'ARG,b,5', 'BRA,a,3', 'BRA,b,30']),
      t.as.analyst,
      { 'content-type': 'text/csv' },
    );
    expect(wrongMap.status).toBe(400);
    expect(
      ((await wrongMap.json()) as { error: { fields: Array<{ path: string; message: string }> } }).error
        .fields[0],
    ).toMatchObject({
      path: 'geography',
    });
    expect((await t.store.listMapDatasets()).length).toBe(before);
  });

  it('a file over the upload limit is refused while it streams (413), nothing stored', async () => {
    const small = createApp({ store: t.store, config: { webDist: '/nonexistent', maxUploadBytes: 1000 } });
    const before = (await t.store.listMapDatasets()).length;
    const big = csv(Array.from({ length: 200 }, (_, k) => `ARG,p${k},${k + 1}`));
    expect(big.length).toBeGreaterThan(1000);
    const path =
      '/api/map/datasets?name=Big&geography=world-countries&region=region&industry=industry&value=value';
    const headers = {
      cookie: t.as.analyst.cookie,
      'x-csrf-token': t.as.analyst.csrf,
      'content-type': 'text/csv',
    };
    // chunked: no content-length, the stream is counted
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let k = 0; k < bytes.length; k += 256) controller.enqueue(bytes.subarray(k, k + 256));
        controller.close();
      },
    });
    const chunked = await small.request(path, {
      method: 'POST',
      headers,
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'too_large',
      message: 'the file is larger than 0.001 MB',
    });
    // announced: refused before reading
    const announced = await small.request(path, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(bytes.length) },
      body: bytes,
    });
    expect(announced.status).toBe(413);
    expect((await t.store.listMapDatasets()).length).toBe(before);
  });

  it('a gzip upload is read like the plain file', async () => {
    const { gzipSync } = await import('node:zlib');
    const gz = gzipSync(
      Buffer.from(csv(['48201,5413,100', '48201,3361,5', '26163,5413,20', '26163,3361,90'])),
    );
    const res = await t.app.request(
      '/api/map/datasets?name=Counties&geography=us-counties&region=region&industry=industry&value=value&file=c.csv.gz',
      {
        method: 'POST',
        headers: {
          'content-type': 'application/gzip',
          cookie: t.as.admin.cookie,
          'x-csrf-token': t.as.admin.csrf,
        },
        body: gz,
      },
    );
    expect(res.status, await res.clone().text()).toBe(201);
    expect(await res.json()).toMatchObject({ regions: 2, industries: 2, matched: 2, rows: 4 });
  });
});
