/**
 * The EU and Brazilian datasets of the map studio and the region profile, over HTTP.
 * Expected values are recomputed here from the shipped files by plain scanning (no reader
 * code): ES21's total persons employed and its LQ in NACE C25 (fabricated metal products)
 * in 2014 over the NUTS 2 regions (extra-regio left out), and its growth since 2008 over
 * the divisions published in both years; the shift-share parts add up to the change
 * (Dunn 1960). The Basque Country's metalworking is the specialisation the EU-LAC report
 * and the Basque cluster policy name; the Sinos Valley (Novo Hamburgo, RS) is Brazil's
 * footwear cluster (Schmitz 1995; the IDB study).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataDir, storeFactories, testApp, type TestApp } from './test-app';

interface Cell {
  code: string;
  value: number | null;
  lq: number | null;
  strong: boolean;
  stars: number;
}
interface Profile {
  name: string;
  feature: string | null;
  note: string | null;
  year: number;
  size: { total: number; rank: { rank: number; of: number } };
  growth: {
    from: number;
    startTotal: number;
    cagr: number;
    change: number;
    nationalShare: number;
    industryMix: number;
    competitive: number;
  } | null;
  specialisations: Cell[];
  strongClusters: Cell[];
  stars: Cell[];
  indices: Record<string, number | null>;
  complexity: { eci: number | null; rank: { rank: number; of: number } | null };
  opportunities: Cell[];
  similar: Array<{ code: string; similarity: number }>;
  registry: {
    clusters: Array<{ id: string; name: string }>;
    organisations: Array<{ id: string; name: string }>;
  };
  notes: string[];
}

/** year → region → division → persons employed, NUTS 2 regions without extra-regio. */
function sbsByHand(): Map<string, Map<string, Map<string, number>>> {
  const lines = gunzipSync(readFileSync(`${dataDir}/eu-sbs-nuts2-nace/sbs_nuts2_nace2_2008_2015.csv.gz`))
    .toString()
    .trim()
    .split('\n')
    .slice(1);
  const out = new Map<string, Map<string, Map<string, number>>>();
  for (const line of lines) {
    const [year, geo, level, nace, naceLevel, persons] = line.split(',');
    if (level !== '2' || naceLevel !== 'division' || !persons || geo!.endsWith('Z')) continue;
    const y = out.get(year!) ?? new Map<string, Map<string, number>>();
    out.set(year!, y);
    const r = y.get(geo!) ?? new Map<string, number>();
    y.set(geo!, r);
    r.set(nace!, Number(persons));
  }
  return out;
}

describe('EU and Brazilian datasets, region profile', () => {
  let t: TestApp;
  const sbs = sbsByHand();
  beforeAll(async () => {
    t = await testApp(storeFactories[0]!);
    return () => t.close();
  });
  const get = async <T>(path: string, status = 200): Promise<T> => {
    const res = await t.app.request(path);
    expect(res.status, path).toBe(status);
    return (await res.json()) as T;
  };

  it('lists the EU NUTS/NACE and the Brazilian RAIS datasets with their years and boundaries', async () => {
    const datasets =
      await get<Array<{ id: string; label: string; years: number[]; boundary: string }>>('/api/map/datasets');
    const eu = datasets.find((d) => d.id === 'eu-nuts2-nace')!;
    expect(eu.label).toMatch(/NUTS/);
    expect(eu.label).toMatch(/NACE/);
    expect(eu.years).toEqual([2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015]);
    const br = datasets.find((d) => d.id === 'br-rais-municipalities')!;
    expect(br.label).toMatch(/RAIS/);
    expect(br.label).toMatch(/Brazil/);
    expect(datasets.map((d) => d.id)).toEqual(
      expect.arrayContaining(['eu-nuts2-nace-units', 'eu-nuts2-nace-wages', 'br-rais-states']),
    );
    const topo = await t.app.request(`/api/boundaries/${eu.boundary}`);
    expect(topo.status).toBe(200);
  });

  it('answers for ES21 (contract) and profiles it: size, LQ by hand, strong metalworking with stars, growth since 2008', async () => {
    const region = await get<{ name: string }>('/api/map/datasets/eu-nuts2-nace/regions/ES21?year=2014');
    expect(region.name).toBe('País Vasco');

    const p = await get<Profile>('/api/map/datasets/eu-nuts2-nace/regions/ES21/profile?year=2014');
    const y14 = sbs.get('2014')!;
    const es21 = y14.get('ES21')!;
    const total = [...es21.values()].reduce((a, b) => a + b, 0);
    expect(p.size.total).toBe(total);
    let c25 = 0;
    let grand = 0;
    for (const r of y14.values())
      for (const [code, v] of r) {
        grand += v;
        if (code === 'C25') c25 += v;
      }
    const c25Cell = p.specialisations.find((s) => s.code === 'C25')!;
    expect(c25Cell.lq).toBeCloseTo(es21.get('C25')! / total / (c25 / grand), 10);
    expect(c25Cell.lq).toBeGreaterThan(2);
    expect(p.strongClusters.map((s) => s.code)).toContain('C25');
    expect(p.stars.find((s) => s.code === 'C25')?.stars).toBe(3);

    // Growth since 2008 over the divisions with a value in both years.
    const y08 = sbs.get('2008')!.get('ES21')!;
    let start = 0;
    let end = 0;
    for (const [code, v] of es21)
      if (y08.has(code)) {
        start += y08.get(code)!;
        end += v;
      }
    const g = p.growth!;
    expect(g.from).toBe(2008);
    expect(g.startTotal).toBe(start);
    expect(g.change).toBe(end - start);
    expect(g.cagr).toBeCloseTo((end / start) ** (1 / 6) - 1, 12);
    expect(g.nationalShare + g.industryMix + g.competitive).toBeCloseTo(end - start, 6);

    expect(p.similar).toHaveLength(5);
    expect(p.similar[0]!.similarity).toBeGreaterThan(p.similar[4]!.similarity - 1e-12);
    expect(p.complexity.rank!.rank).toBeGreaterThanOrEqual(1);
    for (const k of ['krugman', 'hoover', 'herfindahl', 'gini', 'relatedVariety', 'unrelatedVariety'])
      expect(p.indices[k]).toEqual(expect.any(Number));
    expect(p.opportunities.length).toBeGreaterThan(0);
    // The registry located there: the 17 seeded Basque associations (statistical code ES21)
    // and the directory's organisations with NUTS 2 code ES21 (HEGAN among them).
    expect(p.registry.clusters.map((c) => c.id)).toEqual(
      expect.arrayContaining(['es21-acicae', 'es21-hegan']),
    );
    expect(p.registry.clusters).toHaveLength(17);
    expect(p.registry.organisations.map((o) => o.name).join(' | ')).toContain('HEGAN');
  });

  it('maps one industry’s growth across regions: C25 in ES21 2008–2014 by hand, shift-share adding up', async () => {
    const g = await get<{
      regions: string[];
      start: Array<number | null>;
      end: Array<number | null>;
      cagr: Array<number | null>;
      change: Array<number | null>;
      nationalShare: Array<number | null>;
      industryMix: Array<number | null>;
      competitive: Array<number | null>;
    }>('/api/map/datasets/eu-nuts2-nace/industries/C25/growth?from=2008&year=2014');
    const r = g.regions.indexOf('ES21');
    const a = sbs.get('2008')!.get('ES21')!.get('C25')!;
    const b = sbs.get('2014')!.get('ES21')!.get('C25')!;
    expect([g.start[r], g.end[r], g.change[r]]).toEqual([a, b, b - a]);
    expect(g.cagr[r]).toBeCloseTo((b / a) ** (1 / 6) - 1, 12);
    for (let k = 0; k < g.regions.length; k++)
      if (g.change[k] !== null)
        expect(g.nationalShare[k]! + g.industryMix[k]! + g.competitive[k]!).toBeCloseTo(g.change[k]!, 6);
    await get('/api/map/datasets/eu-nuts2-nace/industries/C25/growth?from=2014&year=2014', 400);
    await get('/api/map/datasets/world-exports-hs4/industries/2603/growth', 400);
  });

  it('finds data-driven clusters for the EU data: every division in one, cluster LQ as the CMP defines it', async () => {
    const body = await get<{
      clusters: Array<{ id: string; name: string; industries: number[]; total: number }>;
      regions: Array<{ code: string }>;
      value: number[];
      lq: Array<number | null>;
      strong: number[];
    }>('/api/map/datasets/eu-nuts2-nace/communities?year=2014');
    const C = body.clusters.length;
    expect(C).toBeGreaterThanOrEqual(5);
    const all = body.clusters.flatMap((c) => c.industries).sort((a, b) => a - b);
    expect(all).toEqual([...Array(68).keys()]);
    // Cluster LQ of ES21 in its first cluster from the summed values, by hand.
    const r = body.regions.findIndex((x) => x.code === 'ES21');
    const regionTotal = body.value.slice(r * C, r * C + C).reduce((a, b) => a + b, 0);
    const clusterTotal = body.regions.reduce((sum, _, q) => sum + body.value[q * C]!, 0);
    const grand = body.value.reduce((a, b) => a + b, 0);
    expect(body.lq[r * C]).toBeCloseTo(body.value[r * C]! / regionTotal / (clusterTotal / grand), 10);
    expect(body.strong.some((s) => s === 1)).toBe(true);
    const again = await get<{ clusters: Array<{ industries: number[] }> }>(
      '/api/map/datasets/eu-nuts2-nace/communities?year=2014',
    );
    expect(again.clusters.map((c) => c.industries)).toEqual(body.clusters.map((c) => c.industries));
  });

  it('draws a NUTS 2010 code through its renamed NUTS 2013 shape and says so; leaves out Finland’s 2006 codes in 2010', async () => {
    const p = await get<Profile>('/api/map/datasets/eu-nuts2-nace/regions/FR91/profile?year=2012');
    expect(p.feature).toBe('FRA1');
    expect(p.note).toContain('NUTS 2010');
    expect(p.notes.join(' ')).toMatch(/successor/);
    await get('/api/map/datasets/eu-nuts2-nace/regions/FI13/profile?year=2010', 404);
    const fi = await get<Profile>('/api/map/datasets/eu-nuts2-nace/regions/FI1B/profile?year=2010');
    expect(fi.notes.join(' ')).toContain('FI13');
  });

  it('reads the wages despite the one negative published value, as missing', async () => {
    const p = await get<Profile>('/api/map/datasets/eu-nuts2-nace-wages/regions/NO06/profile?year=2014');
    expect(p.notes.join(' ')).toContain('negative value');
  });

  it('profiles Novo Hamburgo (Sinos Valley) in footwear, and Rio Grande do Sul from the summed municipalities', async () => {
    const city = await get<Profile>(
      '/api/map/datasets/br-rais-municipalities/regions/4313409/profile?year=2015',
    );
    expect(city.name).toContain('Novo Hamburgo');
    const shoes = city.strongClusters.find((s) => s.code === '153')!;
    expect(shoes.lq).toBeGreaterThan(5);
    expect(city.registry.clusters.map((c) => c.id)).toEqual(['tm_sinos_valley_footwear']);
    const state = await get<Profile>(
      '/api/map/datasets/br-rais-states/regions/43/profile?year=2015&from=2010',
    );
    expect(state.name).toBe('Rio Grande do Sul');
    expect(state.specialisations.map((s) => s.code)).toContain('153');
    expect(state.growth!.from).toBe(2010);
  });

  it('refuses an unknown region (404) and a year the dataset lacks (400, naming the field)', async () => {
    await get('/api/map/datasets/eu-nuts2-nace/regions/XX99/profile', 404);
    const bad = await get<{ details: Array<{ path: string }> }>(
      '/api/map/datasets/eu-nuts2-nace/regions/ES21/profile?from=2001',
      400,
    );
    expect(JSON.stringify(bad)).toContain('from');
  });
});
