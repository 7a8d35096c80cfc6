import { describe, expect, it } from 'vitest';
import { login, send, storeFactories, suiteApp } from './test-app';

const scores = (labour: number, multilateral: number, functional: number) => ({
  externalEconomies: {
    specialisedLabourMarket: labour,
    availabilityOfInputs: 2,
    easyAccessToInformation: 2,
    marketAccess: 2,
  },
  jointAction: {
    backwardVerticalLinkages: 1,
    forwardVerticalLinkages: 2,
    horizontalBilateralLinkages: 1,
    horizontalMultilateralLinkages: multilateral,
  },
  upgrading: { process: 2, product: 2, functional, intersectoral: 0 },
});

describe.each(storeFactories)('diagnosis and advice API on $name', (factory) => {
  const t = suiteApp(factory, ['manager', 'viewer']);

  it("GET /api/clusters/{id}/diagnosis recomputes the seeded IDB scores and compares with the group's averages", async () => {
    const res = await t.app.request('/api/clusters/tm_medellin_textile/diagnosis');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      diagnosis: { collectiveEfficiency: { eei: number; jai: number; ice: number; degree: string } };
      groupAverages: Record<string, number>;
      groupSize: number;
    };
    // Annex 1: EEI 2+2+1+1.5 = 6.5, JAI 1+2+1+2 = 6
    expect(body.diagnosis.collectiveEfficiency).toMatchObject({
      eei: 6.5,
      jai: 6,
      ice: 6.25,
      degree: 'medium',
    });
    expect(body.groupSize).toBe(15);
    expect(body.groupAverages.ice).toBeCloseTo(96.25 / 15, 12);
  });

  it('GET /api/clusters/{id}/advice explains each recommended action', async () => {
    const res = await t.app.request('/api/clusters/tm_torreon_garment/advice');
    expect(res.status).toBe(200);
    const advice = (await res.json()) as {
      recommendations: Array<{ action: string; triggers: Array<{ text: string }>; sources: unknown[] }>;
    };
    expect(advice.recommendations.map((r) => r.action)).toContain('new_markets_and_chains');
    expect(advice.recommendations.every((r) => r.triggers.length > 0 && r.sources.length > 0)).toBe(true);
  });

  describe('advice in the reader’s language', () => {
    type AdviceBody = {
      language: string;
      recommendations: Array<{
        action: string;
        actionLabel: string;
        objectiveLabel: string;
        rationale: string[];
        triggers: Array<{ text: string }>;
        sources: Array<{ title: string }>;
      }>;
    };
    const get = async (query: string, headers: Record<string, string> = {}) => {
      const res = await t.app.request(`/api/clusters/tm_torreon_garment/advice${query}`, { headers });
      return { res, body: (await res.json()) as AdviceBody };
    };
    const newMarkets = (b: AdviceBody) =>
      b.recommendations.find((r) => r.action === 'new_markets_and_chains')!;

    it('English by default, and says so', async () => {
      const { res, body } = await get('');
      expect(body.language).toBe('en');
      expect(res.headers.get('content-language')).toBe('en');
      expect(newMarkets(body).actionLabel).toBe('Promote access to new markets and value chains');
    });

    it('?lang=es answers in Spanish: labels, objectives, rationale, triggers; sources as published', async () => {
      const [{ body: en }, { res, body }] = await Promise.all([get(''), get('?lang=es')]);
      expect(res.headers.get('content-language')).toBe('es');
      expect(body.language).toBe('es');
      const r = newMarkets(body);
      expect(r.actionLabel).toBe('Promover el acceso a nuevos mercados y cadenas de valor');
      expect(r.objectiveLabel).toBe('Fortalecer la posición local en las cadenas de valor');
      expect(r.rationale.join(' ')).toContain('escalamiento funcional');
      expect(r.triggers.map((x) => x.text)).toContain(
        'Atiende cadenas cuasi jerárquicas: sí (condición: es sí)',
      );
      expect(r.sources).toEqual(newMarkets(en).sources);
      expect(body.recommendations.map((x) => x.action)).toEqual(en.recommendations.map((x) => x.action));
    });

    it('Accept-Language chooses when there is no lang; lang wins over it', async () => {
      const pt = await get('', { 'accept-language': 'pt-BR,pt;q=0.9,en;q=0.8' });
      expect(pt.body.language).toBe('pt');
      expect(newMarkets(pt.body).actionLabel).toBe('Promover o acesso a novos mercados e cadeias de valor');
      const fr = await get('', { 'accept-language': 'fr-FR' });
      expect(fr.body.language).toBe('en');
      const chosen = await get('?lang=en', { 'accept-language': 'es' });
      expect(chosen.body.language).toBe('en');
    });

    it('an unsupported lang is a 400 naming the field', async () => {
      const res = await t.app.request('/api/clusters/tm_torreon_garment/advice?lang=fr');
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; fields: Array<{ path: string }> } };
      expect(body.error.fields.map((f) => f.path)).toContain('query.lang');
    });
  });

  it('a cluster manager records a survey of their cluster; the item scores are the respondents’ medians; history keeps both', async () => {
    const res = await send(
      t.app,
      'POST',
      '/api/clusters/tm_medellin_textile/assessments',
      {
        assessedOn: '2026-10-01',
        assessor: 'Medellín textile survey 2026',
        method: 'survey',
        respondents: [
          { respondent: 'firm A', scores: scores(1, 0, 0) },
          { respondent: 'firm B', scores: scores(1, 1, 1) },
          { respondent: 'firm C', scores: scores(3, 1, 0) },
        ],
      },
      t.as.manager,
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      assessment: {
        scores: { externalEconomies: { specialisedLabourMarket: number } };
        respondents: unknown[];
      };
      diagnosis: { collectiveEfficiency: { eei: number; jai: number } };
      advice: { recommendations: Array<{ action: string }> };
    };
    expect(body.assessment.scores.externalEconomies.specialisedLabourMarket).toBe(1); // median of 1, 1, 3
    expect(body.assessment.respondents).toHaveLength(3);
    // EEI 1+2+2+2 = 7; JAI 1+2+1+1 = 5
    expect(body.diagnosis.collectiveEfficiency).toMatchObject({ eei: 7, jai: 5 });
    expect(body.advice.recommendations.map((r) => r.action)).toContain('cluster_skills_centers');

    const history = (await (
      await t.app.request('/api/clusters/tm_medellin_textile/assessments')
    ).json()) as Array<{
      assessment: { assessedOn: string };
    }>;
    expect(history.map((h) => h.assessment.assessedOn)).toEqual(['2026-10-01', '2004-01-01']);
  });

  it('only admins, analysts and the cluster’s own managers write assessments', async () => {
    const expert = { assessedOn: '2026-10-02', assessor: 'x', method: 'expert', scores: scores(2, 2, 2) };
    expect((await send(t.app, 'POST', '/api/clusters/tm_gamarra_garment/assessments', expert)).status).toBe(
      401,
    );
    expect(
      (await send(t.app, 'POST', '/api/clusters/tm_gamarra_garment/assessments', expert, t.as.manager))
        .status,
    ).toBe(403);
    expect(
      (await send(t.app, 'POST', '/api/clusters/tm_gamarra_garment/assessments', expert, t.as.viewer)).status,
    ).toBe(403);
    const analyst = await login(t.app, 'analyst@polos.test');
    expect(
      (await send(t.app, 'POST', '/api/clusters/tm_gamarra_garment/assessments', expert, analyst)).status,
    ).toBe(201);
    // the answer's advice comes in the language asked for (the diagnose page shows it at once)
    const es = await send(
      t.app,
      'POST',
      '/api/clusters/tm_gamarra_garment/assessments?lang=es',
      { ...expert, assessedOn: '2026-10-03' },
      analyst,
    );
    expect(es.status).toBe(201);
    expect(es.headers.get('content-language')).toBe('es');
    const advice = ((await es.json()) as { advice: { language: string; recommendations: unknown[] } }).advice;
    expect(advice.language).toBe('es');
    expect(advice.recommendations.length).toBeGreaterThan(0);
  });

  it('an assessment with a score of 4 or no scores is a 400 naming the field', async () => {
    const record = (body: unknown) =>
      send(t.app, 'POST', '/api/clusters/tm_medellin_textile/assessments', body, t.as.manager);
    const bad = await record({
      assessedOn: '2026-10-03',
      assessor: 'x',
      method: 'expert',
      scores: scores(4, 1, 1),
    });
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { error: { fields: Array<{ path: string }> } }).error.fields.map(
      (f) => f.path,
    );
    expect(fields).toEqual(['scores.externalEconomies.specialisedLabourMarket']);
    const none = await record({ assessedOn: '2026-10-03', assessor: 'x' });
    expect(none.status).toBe(400);
  });

  it('GET /api/portfolio analyses the filtered clusters: the 9 COPS of the study', async () => {
    const res = await t.app.request('/api/portfolio?sector_group=complex_product_systems');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      all: { n: number; degrees: Record<string, number> };
      clusters: string[];
    };
    expect(body.all.n).toBe(9);
    expect(body.all.degrees).toEqual({ high: 0, medium: 6, low: 3 });
  });

  it('GET /api/portfolio filters by degree of collective efficiency and by region', async () => {
    const medium = (await (
      await t.app.request('/api/portfolio?sector_group=complex_product_systems&degree=medium')
    ).json()) as { all: { n: number; degrees: Record<string, number> } };
    expect(medium.all.n).toBe(6);
    expect(medium.all.degrees).toEqual({ high: 0, medium: 6, low: 0 });
    const basque = (await (await t.app.request('/api/portfolio?region=ES21')).json()) as {
      clusters: string[];
    };
    expect(basque.clusters).toEqual([]);
    expect((await t.app.request('/api/portfolio?degree=excellent')).status).toBe(400);
  });

  it('GET /api/portfolio has one point per cluster, whose values give back the correlations', async () => {
    const res = await t.app.request('/api/portfolio');
    const body = (await res.json()) as {
      all: { n: number; correlations: Record<string, { pearson: number; n: number }> };
      points: Array<{ clusterId: string; name: string; ice: number; upgrading: Record<string, number> }>;
    };
    expect(body.points).toHaveLength(40);
    // Torreón (no test here assesses it again): Annex 1 gives EEI 2, JAI 2, ICE 2, low.
    const torreon = body.points.find((p) => p.clusterId === 'tm_torreon_garment')!;
    expect(torreon).toMatchObject({
      name: 'Garment (blue jeans) — Torreón',
      eei: 2,
      jai: 2,
      ice: 2,
      degree: 'low',
    });
    expect(Object.keys(torreon.upgrading).sort()).toEqual([
      'functional',
      'intersectoral',
      'process',
      'product',
    ]);
    // Pearson r of ICE and process upgrading from the points = the analysis's own value.
    const xs = body.points.map((p) => p.ice);
    const ys = body.points.map((p) => p.upgrading.process!);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const [mx, my] = [mean(xs), mean(ys)];
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let k = 0; k < xs.length; k++) {
      sxy += (xs[k]! - mx) * (ys[k]! - my);
      sxx += (xs[k]! - mx) ** 2;
      syy += (ys[k]! - my) ** 2;
    }
    expect(body.all.correlations['ice~process']!.n).toBe(40);
    expect(body.all.correlations['ice~process']!.pearson).toBeCloseTo(sxy / Math.sqrt(sxx * syy), 12);
  });

  it('a cluster without assessments has no diagnosis (404)', async () => {
    expect((await t.app.request('/api/clusters/es21-hegan/diagnosis')).status).toBe(404);
  });

  it('missing=null answers a cluster without assessments with 200 and null, an unknown cluster still 404', async () => {
    const none = await t.app.request('/api/clusters/es21-hegan/diagnosis?missing=null');
    expect(none.status).toBe(200);
    expect(await none.json()).toBeNull();
    const assessed = await t.app.request('/api/clusters/tm_torreon_garment/diagnosis?missing=null');
    expect(assessed.status).toBe(200);
    expect(((await assessed.json()) as { assessment: { clusterId: string } }).assessment.clusterId).toBe(
      'tm_torreon_garment',
    );
    expect((await t.app.request('/api/clusters/no-such-cluster/diagnosis?missing=null')).status).toBe(404);
  });
});
