/**
 * A cluster's statistical codes and what the statistics say about it (issue 14 point 4;
 * decision 090), over HTTP on both engines. Expected values: Michigan's employment in light
 * truck manufacturing (NAICS 336112) in 2021 and its LQ, recomputed here by hand from the
 * shipped County Business Patterns file (LQ = (x_ri / x_r) / (x_i / x) over the 6-digit
 * rows); the CMP maps show Michigan's LQ far above 1 there.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataDir, send, storeFactories, suiteApp } from './test-app';

/** Michigan × 336112 in a year, by hand from the file: employment and LQ over the 6-digit rows. */
function michiganTrucks(year: string): { emp: number; lq: number } {
  const lines = gunzipSync(readFileSync(`${dataDir}/us-cbp-county-naics/cbp_state_naics_2017_2021.csv.gz`))
    .toString()
    .trim()
    .split('\n');
  const header = lines[0]!.split(',');
  const [y, st, naics, emp] = ['year', 'state_fips', 'naics', 'emp'].map((c) => header.indexOf(c));
  let all = 0;
  let state = 0;
  let industry = 0;
  let cell = 0;
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    if (f[y!] !== year || f[naics!]!.length !== 6 || f[emp!] === '') continue;
    const v = Number(f[emp!]);
    all += v;
    if (f[st!] === '26') state += v;
    if (f[naics!] === '336112') industry += v;
    if (f[st!] === '26' && f[naics!] === '336112') cell = v;
  }
  return { emp: cell, lq: cell / state / (industry / all) };
}

interface WithCodes {
  statisticalCodes: { region: unknown; industry: unknown; note: string | null };
}
/** A cluster as read anonymously. */
const cluster = async (app: { request(path: string): Response | Promise<Response> }, id: string) =>
  (await (await app.request(`/api/clusters/${id}`)).json()) as WithCodes;

interface Statistics {
  status: string;
  note: string | null;
  message: string;
  regionName: string | null;
  industryLabel: string | null;
  dataset: { id: string; years: number[] } | null;
  last: Figures | null;
  first: Figures | null;
  growth: { fromYear: number; toYear: number; change: number; cagr: number | null } | null;
}
interface Figures {
  year: number;
  value: number;
  lq: number;
  share: number;
  rankByLq: { rank: number; of: number };
  rankByValue: { rank: number; of: number };
  strong: number;
  stars: number;
  starsEarned: string[];
}

const codes = (region: readonly [string, string] | null, industry: readonly [string, string] | null) => ({
  region: region && { system: region[0], code: region[1] },
  industry: industry && { system: industry[0], code: industry[1] },
  note: 'test',
});

describe.each(storeFactories)('cluster statistical codes and evidence on $name', (factory) => {
  const t = suiteApp(factory, ['analyst', 'manager', 'viewer']);

  const create = async (id: string, statisticalCodes: unknown) => {
    const res = await send(
      t.app,
      'POST',
      '/api/clusters',
      {
        id,
        name: id,
        country: 'US',
        sector: 'test',
        sectorGroup: 'complex_product_systems',
        statisticalCodes,
      },
      t.as.analyst,
    );
    expect(res.status, await res.clone().text()).toBe(201);
  };
  const statistics = async (id: string, lang = 'en') => {
    const res = await t.app.request(`/api/clusters/${id}/statistics?lang=${lang}`);
    expect(res.status).toBe(200);
    return (await res.json()) as Statistics;
  };

  it('codes round trip: created, read, patched, cleared; PATCH without them leaves them', async () => {
    await create('mi-trucks', codes(['fips-state', '26'], ['naics', '336112']));
    const read = await cluster(t.app, 'mi-trucks');
    expect(read.statisticalCodes).toEqual(codes(['fips-state', '26'], ['naics', '336112']));
    const other = codes(['fips-county', '26163'], ['naics', '3361']);
    expect(
      (await send(t.app, 'PATCH', '/api/clusters/mi-trucks', { statisticalCodes: other }, t.as.analyst))
        .status,
    ).toBe(200);
    await send(t.app, 'PATCH', '/api/clusters/mi-trucks', { description: 'Detroit' }, t.as.analyst);
    expect((await cluster(t.app, 'mi-trucks')).statisticalCodes).toEqual(other);
    await send(t.app, 'PATCH', '/api/clusters/mi-trucks', { statisticalCodes: null }, t.as.analyst);
    expect((await cluster(t.app, 'mi-trucks')).statisticalCodes).toEqual({
      region: null,
      industry: null,
      note: null,
    });
    await send(
      t.app,
      'PATCH',
      '/api/clusters/mi-trucks',
      { statisticalCodes: codes(['fips-state', '26'], ['naics', '336112']) },
      t.as.analyst,
    );
  });

  it('a code not of its system is refused with 400 naming the field', async () => {
    for (const [region, industry, path, words] of [
      [['ibge-municipality', '43134'], null, 'statisticalCodes.region.code', '7-digit IBGE'],
      [['nuts2', 'es21'], null, 'statisticalCodes.region.code', 'NUTS 2'],
      [null, ['cnae', '15'], 'statisticalCodes.industry.code', '3-digit CNAE'],
      [null, ['nace', 'C1'], 'statisticalCodes.industry.code', 'NACE Rev. 2'],
      [null, ['naics', '3361121'], 'statisticalCodes.industry.code', 'NAICS'],
    ] as const) {
      const res = await send(
        t.app,
        'PATCH',
        '/api/clusters/mi-trucks',
        { statisticalCodes: codes(region, industry) },
        t.as.analyst,
      );
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { fields: Array<{ path: string; message: string }> } };
      expect(body.error.fields).toEqual([
        { path: expect.stringContaining(path), message: expect.stringContaining(words) },
      ]);
    }
    const res = await send(
      t.app,
      'PATCH',
      '/api/clusters/mi-trucks',
      { statisticalCodes: { region: { system: 'ine', code: '01' } } },
      t.as.analyst,
    );
    expect(res.status).toBe(400);
  });

  it('who may edit the cluster sets its codes: its manager yes, another cluster’s manager and a viewer 403, anonymous 401', async () => {
    const body = { statisticalCodes: codes(null, ['naics', '313']) };
    expect((await send(t.app, 'PATCH', '/api/clusters/tm_medellin_textile', body, t.as.manager)).status).toBe(
      200,
    );
    expect((await send(t.app, 'PATCH', '/api/clusters/mi-trucks', body, t.as.manager)).status).toBe(403);
    expect((await send(t.app, 'PATCH', '/api/clusters/mi-trucks', body, t.as.viewer)).status).toBe(403);
    expect((await send(t.app, 'PATCH', '/api/clusters/mi-trucks', body)).status).toBe(401);
    expect((await cluster(t.app, 'mi-trucks')).statisticalCodes.industry).toEqual({
      system: 'naics',
      code: '336112',
    });
  });

  it('Michigan light trucks: value and LQ of 2021 equal the file by hand, first rank, strong, stars, growth since 2017', async () => {
    const s = await statistics('mi-trucks', 'es');
    expect(s.status).toBe('ok');
    expect(s.dataset).toMatchObject({ id: 'us-states-naics', years: [2017, 2018, 2019, 2020, 2021] });
    expect(s.regionName).toBe('Michigan');
    expect(s.note).toBe('test');
    expect(s.industryLabel).toBeTruthy();
    const hand = michiganTrucks('2021');
    expect(s.last!.year).toBe(2021);
    expect(s.last!.value).toBe(hand.emp);
    expect(s.last!.lq).toBeCloseTo(hand.lq, 9);
    expect(s.last!.lq).toBeGreaterThan(5);
    expect(s.last!.rankByLq.rank).toBeLessThanOrEqual(3);
    expect(s.last!.rankByLq.of).toBeGreaterThan(5);
    expect(s.last!.strong).toBe(1);
    expect(s.last!.starsEarned).toContain('specialisation');
    expect(s.last!.stars).toBe(s.last!.starsEarned.length);
    const first = michiganTrucks('2017');
    expect(s.first!.year).toBe(2017);
    expect(s.first!.value).toBe(first.emp);
    expect(s.growth!.change).toBe(hand.emp - first.emp);
    expect(s.growth!.cagr).toBeCloseTo((hand.emp / first.emp) ** (1 / 4) - 1, 12);
  }, 120_000);

  it('each status without figures answers 200: no-codes, no-dataset, region-not-found, industry-not-found naming the level', async () => {
    await create('no-codes', null);
    expect((await statistics('no-codes')).status).toBe('no-codes');
    await create('leon-shoes', codes(['inegi-municipality', '11020'], ['naics', '3162']));
    expect(await statistics('leon-shoes')).toMatchObject({ status: 'no-dataset', last: null });
    await create('nowhere', codes(['fips-state', '99'], ['naics', '336112']));
    expect(await statistics('nowhere')).toMatchObject({ status: 'region-not-found', last: null });
    await create('mi-coarse', codes(['fips-state', '26'], ['naics', '3361']));
    const coarse = await statistics('mi-coarse');
    expect(coarse.status).toBe('industry-not-found');
    expect(coarse.message).toContain('6-digit NAICS');
    await create('mi-nace', codes(['fips-state', '26'], ['nace', 'C29']));
    expect((await statistics('mi-nace')).status).toBe('industry-not-found');
  }, 120_000);

  it('a private cluster’s evidence is read by whoever reads the cluster: 404 anonymous, 200 for a viewer', async () => {
    await send(t.app, 'PATCH', '/api/clusters/no-codes', { isPublic: false }, t.as.analyst);
    expect((await t.app.request('/api/clusters/no-codes/statistics')).status).toBe(404);
    expect(
      (await send(t.app, 'GET', '/api/clusters/no-codes/statistics', undefined, t.as.viewer)).status,
    ).toBe(200);
  });

  it('seeded clusters carry their codes: a Basque association in ES21, the Sinos Valley in Novo Hamburgo, Colombia none', async () => {
    const get = async (id: string) => (await cluster(t.app, id)).statisticalCodes;
    expect(await get('es21-acicae')).toMatchObject({
      region: { system: 'nuts2', code: 'ES21' },
      industry: { system: 'nace', code: 'C29' },
      note: expect.stringContaining('C29'),
    });
    expect(await get('tm_sinos_valley_footwear')).toMatchObject({
      region: { system: 'ibge-municipality', code: '4313409' },
      industry: { system: 'cnae', code: '153' },
    });
    expect(await get('tm_leon_footwear')).toMatchObject({
      region: { system: 'inegi-municipality', code: '11020' },
      industry: null,
    });
    expect(await get('tm_bucaramanga_garment')).toEqual({ region: null, industry: null, note: null });
  });
});
