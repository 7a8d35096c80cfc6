/**
 * Plans, indicators and the dashboard (issue 13 points 3 and 7; decision 084): who acts for
 * the organisation writes (401 anonymous, 403 another organisation's administrator or a
 * viewer); they and staff read, anyone else gets 404 (private by default); the dashboard
 * answers the worked numbers of the method page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { administratorOf } from './partnering-fixtures';
import { login, send, storeFactories, suiteApp, type Session } from './test-app';

type Json = Record<string, unknown>;

describe.each(storeFactories)('plans and indicators on $name', (factory) => {
  const t = suiteApp(factory, ['analyst']);
  let mine: Session;
  let other: Session;
  let viewer: Session;
  let org: string;
  let base: string;

  beforeAll(async () => {
    const list = (await (await t.app.request('/api/organisations?limit=2')).json()) as {
      items: Array<{ id: string }>;
    };
    org = list.items[0]!.id;
    base = `/api/organisations/${org}`;
    mine = await administratorOf(t, org, 'plans-admin@polos.test');
    other = await administratorOf(t, list.items[1]!.id, 'plans-other@polos.test');
    viewer = await login(t.app, 'viewer@polos.test');
  });

  const plan = { title: 'Plan 2025–2027', startYear: 2025, endYear: 2027, objectives: [] };

  it('writes need who acts for the organisation: 401 anonymous, 403 another administrator or a viewer', async () => {
    const writes: Array<[string, string, unknown]> = [
      ['PUT', `${base}/strategic-plan`, plan],
      ['POST', `${base}/action-plans`, { year: 2030, title: 'x', currency: 'EUR' }],
      [
        'POST',
        `${base}/indicators`,
        {
          name: 'n',
          dimension: 'governance',
          unit: '%',
          direction: 'higher_is_better',
          baseline: 1,
          baselineYear: 2024,
        },
      ],
      ['PUT', `${base}/indicators/00000000-0000-4000-8000-000000000000/values/2025`, { actual: 1 }],
      [
        'PATCH',
        `${base}/action-plans/00000000-0000-4000-8000-000000000000/actions/00000000-0000-4000-8000-000000000000`,
        { status: 'done' },
      ],
    ];
    for (const [method, path, body] of writes) {
      expect((await send(t.app, method, path, body)).status, `${method} ${path}`).toBe(401);
      expect((await send(t.app, method, path, body, other)).status, `${method} ${path}`).toBe(403);
      expect((await send(t.app, method, path, body, viewer)).status, `${method} ${path}`).toBe(403);
    }
    const del = `${base}/action-plans/00000000-0000-4000-8000-000000000000/actions/00000000-0000-4000-8000-000000000000`;
    expect((await send(t.app, 'DELETE', del)).status).toBe(401);
    expect((await send(t.app, 'DELETE', del, undefined, other)).status).toBe(403);
    expect(await t.store.plans.actionPlans(org)).toEqual([]);
  });

  it('reads are private: 401 anonymous, 404 to another administrator and a viewer, 200 to staff and the administrator', async () => {
    expect((await send(t.app, 'PUT', `${base}/strategic-plan`, plan, mine)).status).toBe(200);
    for (const path of ['strategic-plan', 'action-plans', 'indicators', 'dashboard']) {
      expect((await send(t.app, 'GET', `${base}/${path}`)).status, path).toBe(401);
      expect((await send(t.app, 'GET', `${base}/${path}`, undefined, other)).status, path).toBe(404);
      expect((await send(t.app, 'GET', `${base}/${path}`, undefined, viewer)).status, path).toBe(404);
      expect((await send(t.app, 'GET', `${base}/${path}`, undefined, t.as.analyst)).status, path).toBe(200);
      expect((await send(t.app, 'GET', `${base}/${path}`, undefined, mine)).status, path).toBe(200);
    }
  });

  it('validates at the boundary, naming the field: a 2-year plan, a bad period, an unknown dimension', async () => {
    const short = await send(t.app, 'PUT', `${base}/strategic-plan`, { ...plan, endYear: 2026 }, mine);
    expect(short.status).toBe(400);
    expect(JSON.stringify(await short.json())).toContain('endYear');
    const period = await send(
      t.app,
      'PUT',
      `${base}/indicators/00000000-0000-4000-8000-000000000000/values/25`,
      { actual: 1 },
      mine,
    );
    expect(period.status).toBe(400);
    const dim = await send(
      t.app,
      'POST',
      `${base}/indicators`,
      {
        name: 'n',
        dimension: 'marketing',
        unit: '%',
        direction: 'higher_is_better',
        baseline: 1,
        baselineYear: 2024,
      },
      mine,
    );
    expect(dim.status).toBe(400);
    expect(JSON.stringify(await dim.json())).toContain('dimension');
  });

  it('the administrator keeps an action plan and indicators; the dashboard gives status, trend and progress with the worked numbers', async () => {
    const created = await send(
      t.app,
      'POST',
      `${base}/action-plans`,
      {
        year: 2025,
        title: 'Actions 2025',
        currency: 'EUR',
        actions: [
          { title: 'Recruit 10 SMEs', owner: 'Ana', dimension: 'cluster_development', budget: 20000 },
          { title: 'Trade mission', owner: 'Luca', dimension: 'internationalisation', budget: 30000 },
        ],
      },
      mine,
    );
    expect(created.status).toBe(201);
    const actionPlan = (await created.json()) as { id: string; actions: Array<{ id: string }> };
    expect(
      (
        await send(
          t.app,
          'POST',
          `${base}/action-plans`,
          { year: 2025, title: 'again', currency: 'EUR' },
          mine,
        )
      ).status,
    ).toBe(409);
    const [recruit, mission] = actionPlan.actions;
    const actionPath = (id: string) => `${base}/action-plans/${actionPlan.id}/actions/${id}`;
    const patched = await send(
      t.app,
      'PATCH',
      actionPath(recruit!.id),
      { status: 'done', spent: 18000 },
      mine,
    );
    expect(await patched.json()).toMatchObject({
      title: 'Recruit 10 SMEs',
      owner: 'Ana',
      status: 'done',
      spent: 18000,
    });
    expect((await send(t.app, 'PATCH', actionPath(mission!.id), { spent: 3000 }, mine)).status).toBe(200);

    const indicator = await send(
      t.app,
      'POST',
      `${base}/indicators`,
      {
        name: 'Public share of funding',
        dimension: 'financial_sustainability',
        unit: '%',
        direction: 'lower_is_better',
        baseline: 60,
        baselineYear: 2024,
        targets: { '2027': 40 },
      },
      mine,
    );
    expect(indicator.status).toBe(201);
    const { id: indicatorId } = (await indicator.json()) as { id: string };
    for (const [year, actual] of [
      ['2026', 55],
      ['2027', 45],
    ] as const) {
      const put = await send(
        t.app,
        'PUT',
        `${base}/indicators/${indicatorId}/values/${year}`,
        { actual },
        mine,
      );
      expect(put.status).toBe(200);
    }

    const res = await send(t.app, 'GET', `${base}/dashboard`, undefined, t.as.analyst);
    const board = (await res.json()) as { year: number; dimensions: Json[]; overall: Json };
    expect(board.year).toBe(2025);
    expect(board.dimensions[0]).toMatchObject({
      dimension: 'cluster_development',
      indicators: [],
      actions: { total: 1, done: 1, shareDone: 1, budget: 20000, spent: 18000, shareSpent: 0.9 },
    });
    // Lower is better: (45 − 60) / (40 − 60) = 0.75 → at risk; 55 → 45 is improving.
    expect(board.dimensions[1]).toMatchObject({
      dimension: 'financial_sustainability',
      indicators: [
        {
          status: 'at_risk',
          period: '2027',
          target: 40,
          targetProRated: false,
          progress: 0.75,
          trend: 'improving',
        },
      ],
      statusCounts: { at_risk: 1 },
    });
    expect(board.overall).toMatchObject({
      actions: { total: 2, done: 1, shareDone: 0.5, budget: 50000, spent: 21000, shareSpent: 0.42 },
    });

    expect((await send(t.app, 'DELETE', actionPath(mission!.id), undefined, other)).status).toBe(403);
    expect((await send(t.app, 'DELETE', actionPath(mission!.id), undefined, mine)).status).toBe(204);
    expect((await send(t.app, 'DELETE', actionPath(mission!.id), undefined, mine)).status).toBe(404);
    const audit = await t.store.listAudit({ limit: 50, offset: 0, entity: 'plan_action' });
    expect(audit.items.map((a) => a.action)).toEqual(['delete', 'update', 'update']);
  });
});
