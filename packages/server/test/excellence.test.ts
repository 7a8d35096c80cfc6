/**
 * Eligibility, self-assessments and shared value (issue 13 points 4, 5 and 7; decision 086):
 * who acts for the organisation writes (401 anonymous, 403 another organisation's
 * administrator or a viewer); they and staff read, anyone else gets 404 (private); the
 * answers carry the worked numbers of the method pages and match their published schemas.
 */
import { selfAssessmentItemKeys } from '@polos/core/excellence';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  eligibilitySchema,
  latestSelfAssessmentSchema,
  sharedValueSchema,
} from '../src/features/excellence/excellence-schemas';
import { administratorOf } from './partnering-fixtures';
import { login, send, storeFactories, suiteApp, type Session } from './test-app';

const system = { userId: null, label: 'test' };
const scores = (n: number, over: Record<string, number> = {}) => ({
  ...Object.fromEntries(selfAssessmentItemKeys.map((k) => [k, n])),
  ...over,
});
const inputs = {
  criticalMass: {
    membersTurnover: 950_000_000,
    regionalGdp: 50_000_000_000,
    currency: 'EUR',
    gdpYear: 2023,
    gdpSource: 'INE, Contabilidad Regional de España',
  },
  valueChain: {
    market: 'rail',
    stages: [
      { stage: 'design', members: ['Ikerlan'] },
      { stage: 'assembly', members: [] },
    ],
  },
  smes: { members: 80, smeMembers: 56 },
};
const shared = {
  challenges: [{ challenge: 'Decarbonise regional freight' }],
  capabilities: [{ capability: 'Shared test bench for hydrogen trains', description: 'Opened 2024' }],
  impacts: [
    {
      kind: 'economic',
      indicator: 'joint exports',
      value: 10,
      unit: 'EUR m',
      year: 2023,
      evidence: 'members survey',
    },
    {
      kind: 'economic',
      indicator: 'joint exports',
      value: 11,
      unit: 'EUR m',
      year: 2024,
      evidence: 'members survey',
    },
    {
      kind: 'economic',
      indicator: 'joint exports',
      value: 14,
      unit: 'EUR m',
      year: 2025,
      evidence: 'members survey',
    },
    {
      kind: 'environmental',
      indicator: 'CO2 avoided',
      value: 300,
      unit: 't',
      year: 2025,
      evidence: 'energy audit',
    },
  ],
  roles: { inclusion_of_small_firms: 'Paid half of the test-bench fee for 12 small firms' },
};

describe.each(storeFactories)('eligibility, self-assessments and shared value on $name', (factory) => {
  const t = suiteApp(factory, ['analyst']);
  let mine: Session;
  let other: Session;
  let viewer: Session;
  const org = 'rail-cluster-test';
  const base = `/api/organisations/${org}`;

  beforeAll(async () => {
    await t.store.createOrganisation(
      {
        id: org,
        name: 'Rail cluster (test)',
        country: 'ES',
        governanceBodies: [],
        isPublic: true,
        staffFte: 0.4,
        founded: 2010,
        members: [
          { kind: 'firm', sizeClass: 'small', count: 12 },
          { kind: 'university', sizeClass: null, count: 4 },
        ],
        smartSpecialisationPriorities: ['advanced manufacturing'],
      },
      system,
    );
    const list = (await (await t.app.request('/api/organisations?limit=1')).json()) as {
      items: Array<{ id: string }>;
    };
    mine = await administratorOf(t, org, 'excellence-admin@polos.test');
    other = await administratorOf(t, list.items[0]!.id, 'excellence-other@polos.test');
    viewer = await login(t.app, 'viewer@polos.test');
  });

  it('writes need who acts for the organisation: 401 anonymous, 403 another administrator or a viewer', async () => {
    const writes: Array<[string, string, unknown]> = [
      ['PUT', `${base}/eligibility-inputs`, inputs],
      ['POST', `${base}/self-assessments`, { assessedOn: '2026-01-10', scores: scores(2) }],
      ['PUT', `${base}/shared-value`, shared],
      ['PUT', `${base}/excellence/publication`, { published: true }],
    ];
    for (const [method, path, body] of writes) {
      expect((await send(t.app, method, path, body)).status, `${method} ${path}`).toBe(401);
      expect((await send(t.app, method, path, body, other)).status, `${method} ${path}`).toBe(403);
      expect((await send(t.app, method, path, body, viewer)).status, `${method} ${path}`).toBe(403);
    }
    expect(
      (await send(t.app, 'PUT', '/api/organisations/no-such-org/shared-value', shared, mine)).status,
    ).toBe(404);
    expect(await t.store.excellence.selfAssessments(org)).toEqual([]);
    expect(await t.store.excellence.sharedValue(org)).toBeUndefined();
    expect(await t.store.excellence.published(org)).toBe(false);
  });

  it('reads are private by default: 404 to anonymous callers, another administrator and a viewer, 200 to staff and the administrator', async () => {
    const created = await send(
      t.app,
      'POST',
      `${base}/self-assessments`,
      { assessedOn: '2025-01-10', scores: scores(2) },
      mine,
    );
    expect(created.status).toBe(201);
    for (const path of [
      'eligibility-inputs',
      'eligibility',
      'self-assessments',
      'self-assessments/latest',
      'shared-value',
    ]) {
      expect((await send(t.app, 'GET', `${base}/${path}`)).status, path).toBe(404);
      expect((await send(t.app, 'GET', `${base}/${path}`, undefined, other)).status, path).toBe(404);
      expect((await send(t.app, 'GET', `${base}/${path}`, undefined, viewer)).status, path).toBe(404);
      expect((await send(t.app, 'GET', `${base}/${path}`, undefined, t.as.analyst)).status, path).toBe(200);
      expect((await send(t.app, 'GET', `${base}/${path}`, undefined, mine)).status, path).toBe(200);
    }
  });

  it('once the organisation publishes them, whoever sees the organisation reads them; private again, 404 again', async () => {
    const publish = (published: boolean) =>
      send(t.app, 'PUT', `${base}/excellence/publication`, { published }, mine);
    expect(await (await publish(true)).json()).toEqual({ published: true });
    for (const who of [undefined, other, viewer]) {
      expect((await send(t.app, 'GET', `${base}/shared-value`, undefined, who)).status).toBe(200);
      expect((await send(t.app, 'GET', `${base}/excellence/publication`, undefined, who)).status).toBe(200);
    }
    expect((await send(t.app, 'PUT', `${base}/shared-value`, shared, other)).status).toBe(403);
    expect(await (await publish(false)).json()).toEqual({ published: false });
    expect((await send(t.app, 'GET', `${base}/shared-value`)).status).toBe(404);
    expect((await send(t.app, 'GET', `${base}/shared-value`, undefined, viewer)).status).toBe(404);
  });

  it('validates at the boundary, naming the field: an item missing, a score of 5, SME members above members, an unknown impact kind', async () => {
    const bad: Array<[string, string, unknown, string]> = [
      [
        'POST',
        'self-assessments',
        { assessedOn: '2026-01-10', scores: { legal_entity: 2 } },
        'scores.dedicated_team',
      ],
      [
        'POST',
        'self-assessments',
        { assessedOn: '2026-01-10', scores: scores(2, { means: 5 }) },
        'scores.means',
      ],
      ['PUT', 'eligibility-inputs', { smes: { members: 10, smeMembers: 11 } }, 'smes.smeMembers'],
      ['PUT', 'shared-value', { impacts: [{ ...shared.impacts[0], kind: 'cultural' }] }, 'impacts.0.kind'],
    ];
    for (const [method, path, body, field] of bad) {
      const res = await send(t.app, method, `${base}/${path}`, body, mine);
      expect(res.status, field).toBe(400);
      expect(JSON.stringify(await res.json()), field).toContain(field);
    }
  });

  it('eligibility answers each criterion with its evidence: the worked numbers, plans read from store.plans', async () => {
    expect((await send(t.app, 'PUT', `${base}/eligibility-inputs`, inputs, mine)).status).toBe(200);
    await t.store.plans.putStrategicPlan(
      org,
      { title: 'Plan 2024–2027', startYear: 2024, endYear: 2027, objectives: [] },
      system,
    );
    await t.store.plans.createActionPlan(
      org,
      { year: 2026, title: 'Actions 2026', currency: 'EUR', actions: [] },
      system,
    );
    const res = await send(t.app, 'GET', `${base}/eligibility?year=2026`, undefined, mine);
    const body = (await res.json()) as {
      basque: {
        met: boolean | null;
        criteria: Array<{ key: string; met: boolean | null; evidence: string }>;
      };
      eccp: { met: boolean | null; criteria: Array<{ key: string; met: boolean | null }> };
    };
    expect(eligibilitySchema.parse(body)).toEqual(body);
    const basque = Object.fromEntries(body.basque.criteria.map((c) => [c.key, c]));
    expect(basque.critical_mass).toMatchObject({ met: true });
    // 0.95 bn / 50 bn = 1.9 %
    expect(basque.critical_mass!.evidence).toContain('1.9 % > 1 %');
    expect(basque.value_chain).toMatchObject({ met: false });
    expect(basque.value_chain!.evidence).toContain('no member covers: assembly');
    expect(basque.smes!.evidence).toContain('70 % ≥ 60 %');
    expect(basque.strategic_plan).toMatchObject({ met: true });
    expect(basque.action_plan).toMatchObject({ met: true });
    expect(body.basque.met).toBe(false);
    // the profile: 0.4 FTE < 0.5; 16 members ≥ 15; 2 types ≥ 2
    expect(body.eccp.criteria.map((c) => [c.key, c.met])).toEqual([
      ['management_fte', false],
      ['members', true],
      ['member_types', true],
    ]);
    const before = (await (
      await send(t.app, 'GET', `${base}/eligibility?year=2025`, undefined, mine)
    ).json()) as typeof body;
    expect(before.basque.criteria.find((c) => c.key === 'action_plan')!.met).toBe(false);
  });

  it('the latest self-assessment is compared with the one before: improvement areas resolved, persisting, new', async () => {
    const res = await send(
      t.app,
      'POST',
      `${base}/self-assessments`,
      {
        assessedOn: '2026-01-10',
        scores: scores(2, { legal_entity: 4, means: 1, fees: 0 }),
        note: 'second round',
      },
      mine,
    );
    expect(res.status).toBe(201);
    expect(((await res.json()) as { score: { improvementAreas: string[] } }).score.improvementAreas).toEqual([
      'means',
      'fees',
    ]);
    const latest = await (
      await send(t.app, 'GET', `${base}/self-assessments/latest`, undefined, mine)
    ).json();
    expect(latestSelfAssessmentSchema.parse(latest)).toEqual(latest);
    const { assessment, comparison } = latest as {
      assessment: { assessedOn: string; score: { areas: Array<{ area: string; percent: number }> } };
      comparison: Record<string, unknown>;
    };
    expect(assessment.assessedOn).toBe('2026-01-10');
    // structure 4+2+2+2+1 = 11/20 = 55 %, up 5 points from 50 %
    expect(assessment.score.areas[0]).toMatchObject({ area: 'structure', percent: 55 });
    expect(comparison).toMatchObject({ resolved: [], persisting: [], new: ['means', 'fees'] });
    const list = (await (
      await send(t.app, 'GET', `${base}/self-assessments`, undefined, mine)
    ).json()) as Array<{ assessedOn: string }>;
    expect(list.map((a) => a.assessedOn)).toEqual(['2026-01-10', '2025-01-10']);
  });

  it('shared value comes back with impacts by kind and their trend, and the five roles', async () => {
    const put = await send(t.app, 'PUT', `${base}/shared-value`, shared, mine);
    expect(put.status).toBe(200);
    const body = await (await send(t.app, 'GET', `${base}/shared-value`, undefined, t.as.analyst)).json();
    expect(sharedValueSchema.parse(body)).toEqual(body);
    const v = body as {
      impactsByKind: Record<string, Array<Record<string, unknown>>>;
      roles: Record<string, string | null>;
      rolesStated: number;
    };
    expect(v.impactsByKind.economic![0]).toMatchObject({
      indicator: 'joint exports',
      change: 4,
      slopePerYear: 2,
      direction: 'up',
    });
    expect(v.impactsByKind.environmental![0]).toMatchObject({ change: null, direction: null });
    expect(v.rolesStated).toBe(1);
    expect(v.roles.agenda_setting).toBeNull();
  });

  it('the checklist is public, in three languages', async () => {
    const res = await t.app.request('/api/self-assessment/checklist');
    expect(res.status).toBe(200);
    const c = (await res.json()) as { areas: unknown[]; items: Array<{ text: { es: string } }> };
    expect(c.areas).toHaveLength(6);
    expect(c.items).toHaveLength(selfAssessmentItemKeys.length);
  });
});
