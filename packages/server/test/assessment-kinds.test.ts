/**
 * Whose scores these are (issue 15; decision 100): every assessment has a kind and a date
 * precision; a cluster's manager records self-assessments (or surveys), never the study's or
 * an expert's score; the portfolio and the sector-group averages use the published study and
 * experts unless `kinds` says otherwise. On PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
import { uniformScores } from '@polos/core/uniform-scores';
import { describe, expect, it } from 'vitest';
import { send, storeFactories, suiteApp } from './test-app';

interface Portfolio {
  kinds: string[];
  clusters: string[];
  all: {
    n: number;
    averages: Record<string, number | null>;
    correlations: Record<string, { pearson: number }>;
  };
  points: Array<{ clusterId: string; kind: string; assessedOn: string; datePrecision: string }>;
}
interface Diagnosis {
  assessment: { kind: string; assessedOn: string; datePrecision: string };
  latestByKind: Array<{ assessment: { kind: string } }>;
  groupAverages: Record<string, number | null>;
  groupSize: number;
  groupKinds: string[];
}

const CLUSTER = 'tm_medellin_textile';
const PEER = 'tm_torreon_garment';
const selfAssessment = { assessedOn: '2026-03-14', assessor: 'Manager', scores: uniformScores(3) };

describe.each(storeFactories)('assessment kinds on $name', (factory) => {
  const t = suiteApp(factory, ['manager', 'analyst']);
  const get = async <T>(path: string) => {
    const res = await t.app.request(path);
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };

  it("the seeded study's assessments are published_study, dated to the year 2004", async () => {
    const { assessment, latestByKind } = await get<Diagnosis>(`/api/clusters/${CLUSTER}/diagnosis`);
    expect(assessment).toMatchObject({
      kind: 'published_study',
      assessedOn: '2004-01-01',
      datePrecision: 'year',
    });
    expect(latestByKind.map((l) => l.assessment.kind)).toEqual(['published_study']);
    const portfolio = await get<Portfolio>('/api/portfolio');
    expect(new Set(portfolio.points.map((p) => `${p.kind} ${p.datePrecision}`))).toEqual(
      new Set(['published_study year']),
    );
  });

  it('a self-assessment added after the study changes neither the default portfolio nor the group averages; kinds=self_assessment uses it', async () => {
    const before = await get<Portfolio>('/api/portfolio');
    const groupBefore = await get<Diagnosis>(`/api/clusters/${PEER}/diagnosis`);
    const res = await send(
      t.app,
      'POST',
      `/api/clusters/${CLUSTER}/assessments`,
      selfAssessment,
      t.as.manager,
    );
    expect(res.status).toBe(201);
    expect(((await res.json()) as { assessment: { kind: string } }).assessment.kind).toBe('self_assessment');

    const after = await get<Portfolio>('/api/portfolio');
    expect(after.kinds).toEqual(['published_study', 'expert']);
    expect(after.all.averages).toEqual(before.all.averages);
    expect(after.all.correlations['ice~functional']).toEqual(before.all.correlations['ice~functional']);
    const groupAfter = await get<Diagnosis>(`/api/clusters/${PEER}/diagnosis`);
    expect(groupAfter.groupAverages).toEqual(groupBefore.groupAverages);
    expect(groupAfter.groupKinds).toEqual(['published_study', 'expert']);

    const own = await get<Portfolio>('/api/portfolio?kinds=self_assessment');
    expect(own).toMatchObject({ kinds: ['self_assessment'], clusters: [CLUSTER], all: { n: 1 } });
    expect(own.all.averages.ice).toBe(12);
    const mixed = await get<Portfolio>('/api/portfolio?kinds=published_study,self_assessment');
    expect(mixed.all.n).toBe(before.all.n);
    expect(mixed.all.averages.ice).not.toBe(before.all.averages.ice);
    expect(mixed.all.correlations['ice~functional']!.pearson).not.toBe(
      before.all.correlations['ice~functional']!.pearson,
    );
    expect(mixed.points.find((p) => p.clusterId === CLUSTER)).toMatchObject({
      kind: 'self_assessment',
      assessedOn: '2026-03-14',
      datePrecision: 'day',
    });
    const groupMixed = await get<Diagnosis>(
      `/api/clusters/${PEER}/diagnosis?kinds=published_study,self_assessment`,
    );
    expect(groupMixed.groupAverages.ice).not.toBe(groupBefore.groupAverages.ice);

    // The profile's own diagnosis is the latest of any kind, and says so; the study's stays listed.
    const profile = await get<Diagnosis>(`/api/clusters/${CLUSTER}/diagnosis`);
    expect(profile.assessment.kind).toBe('self_assessment');
    expect(profile.latestByKind.map((l) => l.assessment.kind)).toEqual([
      'published_study',
      'self_assessment',
    ]);
  });

  it("a cluster's manager may not record a published_study or expert score; an analyst chooses any kind", async () => {
    for (const kind of ['published_study', 'expert']) {
      const res = await send(
        t.app,
        'POST',
        `/api/clusters/${CLUSTER}/assessments`,
        { ...selfAssessment, kind },
        t.as.manager,
      );
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('kind');
    }
    const survey = await send(
      t.app,
      'POST',
      `/api/clusters/${CLUSTER}/assessments`,
      { ...selfAssessment, kind: 'survey' },
      t.as.manager,
    );
    expect(survey.status).toBe(201);
    const expert = await send(
      t.app,
      'POST',
      `/api/clusters/${PEER}/assessments`,
      { ...selfAssessment, assessor: 'Analyst' },
      t.as.analyst,
    );
    expect(((await expert.json()) as { assessment: { kind: string } }).assessment.kind).toBe('expert');
    const study = await send(
      t.app,
      'POST',
      `/api/clusters/${PEER}/assessments`,
      { ...selfAssessment, kind: 'published_study', assessedOn: '2019-01-01', datePrecision: 'year' },
      t.as.analyst,
    );
    expect(study.status).toBe(201);
    expect(((await study.json()) as { assessment: Diagnosis['assessment'] }).assessment).toMatchObject({
      kind: 'published_study',
      assessedOn: '2019-01-01',
      datePrecision: 'year',
    });
  });

  it('an unknown kind, an empty kinds list and a year-only date not on January 1 are 400s naming the field', async () => {
    for (const query of ['kinds=guess', 'kinds=expert,guess', 'kinds=']) {
      const res = await t.app.request(`/api/portfolio?${query}`);
      expect(res.status, query).toBe(400);
      expect(await res.text()).toContain('kinds');
    }
    expect((await t.app.request(`/api/clusters/${PEER}/diagnosis?kinds=nope`)).status).toBe(400);
    const bad = await send(
      t.app,
      'POST',
      `/api/clusters/${PEER}/assessments`,
      { ...selfAssessment, datePrecision: 'year' },
      t.as.analyst,
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('assessedOn');
    const wrongKind = await send(
      t.app,
      'POST',
      `/api/clusters/${PEER}/assessments`,
      { ...selfAssessment, kind: 'gossip' },
      t.as.analyst,
    );
    expect(wrongKind.status).toBe(400);
  });
});
