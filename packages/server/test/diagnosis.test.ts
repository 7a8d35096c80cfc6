import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, send, storeFactories, testApp, type Session, type TestApp } from './test-app';

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
  let t: TestApp;
  let manager: Session;
  let viewer: Session;

  beforeAll(async () => {
    t = await testApp(factory);
    manager = await login(t.app, 'manager@polos.test'); // granted tm_medellin_textile
    viewer = await login(t.app, 'viewer@polos.test');
  });
  afterAll(() => t.close());

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
      manager,
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
      (await send(t.app, 'POST', '/api/clusters/tm_gamarra_garment/assessments', expert, manager)).status,
    ).toBe(403);
    expect(
      (await send(t.app, 'POST', '/api/clusters/tm_gamarra_garment/assessments', expert, viewer)).status,
    ).toBe(403);
    const analyst = await login(t.app, 'analyst@polos.test');
    expect(
      (await send(t.app, 'POST', '/api/clusters/tm_gamarra_garment/assessments', expert, analyst)).status,
    ).toBe(201);
  });

  it('an assessment with a score of 4 or no scores is a 400 naming the field', async () => {
    const bad = await send(
      t.app,
      'POST',
      '/api/clusters/tm_medellin_textile/assessments',
      { assessedOn: '2026-10-03', assessor: 'x', method: 'expert', scores: scores(4, 1, 1) },
      manager,
    );
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { error: { fields: Array<{ path: string }> } }).error.fields.map(
      (f) => f.path,
    );
    expect(fields).toEqual(['scores.externalEconomies.specialisedLabourMarket']);
    const none = await send(
      t.app,
      'POST',
      '/api/clusters/tm_medellin_textile/assessments',
      { assessedOn: '2026-10-03', assessor: 'x' },
      manager,
    );
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

  it('a cluster without assessments has no diagnosis (404)', async () => {
    expect((await t.app.request('/api/clusters/es21-hegan/diagnosis')).status).toBe(404);
  });
});
