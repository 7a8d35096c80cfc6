/**
 * RIS3 strategies over HTTP on both engines (issue 14 point 5; decision 091): who writes every
 * route (401 anonymous, 403 a viewer, a cluster manager or another analyst; the creator and an
 * admin allowed), everyone reads; the checks on the U.S. state data (Michigan, FIPS 26:
 * light trucks, NAICS 336112, specialised, its LQ recomputed here by hand from the file), a
 * code the dataset lacks, a region it lacks, and the monitoring of indicator values.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords';
import { ris3ViewSchema } from '../src/features/ris3/ris3-view';
import { michiganStrategy } from '../../store/test/ris3-fixture';
import { dataDir, login, PASSWORD, send, storeFactories, suiteApp, type Session } from './test-app';

/** Michigan's LQ in NAICS 336112, 2021, over the 6-digit rows of the state file: (x_ri/x_r)/(x_i/x). */
function michiganLightTrucksLq(): number {
  const rows = gunzipSync(readFileSync(`${dataDir}/us-cbp-county-naics/cbp_state_naics_2017_2021.csv.gz`))
    .toString()
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .filter((r) => r[0] === '2021' && /^\d{6}$/.test(r[3]!));
  let all = 0;
  let industry = 0;
  let region = 0;
  let cell = 0;
  for (const [, fips, , naics, , emp] of rows) {
    const v = Number(emp);
    all += v;
    if (naics === '336112') industry += v;
    if (fips === '26') region += v;
    if (fips === '26' && naics === '336112') cell = v;
  }
  return cell / region / (industry / all);
}

const strategy = michiganStrategy;

interface View {
  year: number | null;
  regionName: string | null;
  notes: string[];
  thresholds: { densityMedian: number; pciMedian: number } | null;
  candidates: {
    strong: Array<{ code: string; lq: number }>;
    opportunities: Array<{ code: string; score: number }>;
  } | null;
  priorities: Array<{
    id: string;
    check: { codes: Array<Record<string, unknown>>; verdict: string | null } | null;
    indicators: Array<{ id: string; monitoring: Record<string, unknown> }>;
  }>;
}

describe.each(storeFactories)('RIS3 strategies over HTTP on $name', (factory) => {
  const t = suiteApp(factory, ['admin', 'analyst', 'manager', 'viewer']);
  let other: Session;
  let id: string;
  let priorityId: string;
  let indicatorId: string;
  beforeAll(async () => {
    const passwordHash = await hashPassword(PASSWORD);
    await t.store.createUser(
      { email: 'other@polos.test', name: 'Other analyst', role: 'analyst', grants: [], passwordHash },
      { userId: null, label: 'test' },
    );
    other = await login(t.app, 'other@polos.test');
    const res = await send(t.app, 'POST', '/api/ris3', strategy, t.as.analyst);
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      id: string;
      priorities: Array<{ id: string; indicators: Array<{ id: string }> }>;
    };
    id = body.id;
    priorityId = body.priorities[0]!.id;
    indicatorId = body.priorities[0]!.indicators[0]!.id;
  }, 120_000);

  const writes = () =>
    [
      ['PATCH', `/api/ris3/${id}`, { phase: 'implementation' }],
      ['POST', `/api/ris3/${id}/priorities`, { title: 'Batteries', industryCodes: ['335911'] }],
      ['PATCH', `/api/ris3/${id}/priorities/${priorityId}`, { domain: 'Energy' }],
      ['POST', `/api/ris3/${id}/priorities/${priorityId}/indicators`, strategy.priorities[0]!.indicators[0]],
      ['PUT', `/api/ris3/${id}/priorities/${priorityId}/indicators/${indicatorId}/values/2023`, { value: 1 }],
      ['DELETE', `/api/ris3/${id}/priorities/${priorityId}/indicators/${indicatorId}/values/2023`, undefined],
      ['DELETE', `/api/ris3/${id}/priorities/${priorityId}/indicators/${indicatorId}`, undefined],
      ['DELETE', `/api/ris3/${id}/priorities/${priorityId}`, undefined],
      ['DELETE', `/api/ris3/${id}`, undefined],
    ] as const;

  it('every write: 401 anonymous, 403 a viewer, a cluster manager and another analyst; nothing changes', async () => {
    const before = await (await send(t.app, 'GET', `/api/ris3/${id}`)).json();
    for (const [method, path, body] of writes()) {
      expect((await send(t.app, method, path, body)).status, `${method} ${path}`).toBe(401);
      for (const who of [t.as.viewer, t.as.manager, other])
        expect((await send(t.app, method, path, body, who)).status, `${method} ${path}`).toBe(403);
    }
    expect(await (await send(t.app, 'GET', `/api/ris3/${id}`)).json()).toEqual(before);
  });

  it('recording: 401 anonymous, 403 a viewer and a cluster manager, 201 an admin', async () => {
    expect((await send(t.app, 'POST', '/api/ris3', strategy)).status).toBe(401);
    expect((await send(t.app, 'POST', '/api/ris3', strategy, t.as.viewer)).status).toBe(403);
    expect((await send(t.app, 'POST', '/api/ris3', strategy, t.as.manager)).status).toBe(403);
    const res = await send(t.app, 'POST', '/api/ris3', { ...strategy, name: 'By the admin' }, t.as.admin);
    expect(res.status).toBe(201);
    const made = (await res.json()) as { id: string };
    // An admin edits and deletes what an analyst recorded, and what they recorded.
    expect((await send(t.app, 'PATCH', `/api/ris3/${id}`, { name: strategy.name }, t.as.admin)).status).toBe(
      200,
    );
    expect((await send(t.app, 'DELETE', `/api/ris3/${made.id}`, undefined, t.as.admin)).status).toBe(204);
  });

  it('everyone reads, anonymous included: the list and one strategy', async () => {
    const list = (await (await send(t.app, 'GET', '/api/ris3')).json()) as { items: Array<{ id: string }> };
    expect(list.items.map((s) => s.id)).toContain(id);
    expect((await send(t.app, 'GET', `/api/ris3/${id}`)).status).toBe(200);
    expect((await send(t.app, 'GET', '/api/ris3/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it("Michigan's light trucks (NAICS 336112) are specialised, with the LQ computed by hand from the file", async () => {
    const view = (await (await send(t.app, 'GET', `/api/ris3/${id}`)).json()) as View;
    expect(view.year).toBe(2021);
    expect(view.regionName).toBe('Michigan');
    const check = view.priorities[0]!.check!;
    const trucks = check.codes[0]!;
    expect(trucks).toMatchObject({
      code: '336112',
      status: 'checked',
      specialised: true,
      label: expect.any(String),
    });
    expect(trucks.lq as number).toBeCloseTo(michiganLightTrucksLq(), 3);
    expect(trucks.lq as number).toBeGreaterThan(5);
    expect(trucks.densityPercentile as number).toBeGreaterThanOrEqual(0);
    expect(trucks.densityPercentile as number).toBeLessThanOrEqual(100);
    expect(['ideal', 'low_risk_low_reward', 'high_risk_high_reward', 'least_desirable']).toContain(
      check.verdict,
    );
    expect(view.candidates!.strong.length).toBeGreaterThan(0);
    expect(view.candidates!.strong.map((s) => s.lq)).toEqual(
      [...view.candidates!.strong.map((s) => s.lq)].sort((a, b) => b - a),
    );
    expect(view.candidates!.opportunities).toHaveLength(10);
  }, 120_000);

  it('the answer is exactly its published schema: no field the schema does not know, none missing', async () => {
    const view: unknown = await (await send(t.app, 'GET', `/api/ris3/${id}`)).json();
    expect(ris3ViewSchema.parse(view)).toEqual(view);
  }, 120_000);

  it('the same checks on the EU data (NUTS 2 × NACE divisions): the Basque Country (ES21) in fabricated metal products (C25)', async () => {
    const eu = {
      ...strategy,
      name: 'País Vasco RIS3',
      dataset: 'eu-nuts2-nace',
      region: 'ES21',
      priorities: [{ title: 'Advanced manufacturing', industryCodes: ['C25', 'C28', '336112'] }],
    };
    const res = await send(t.app, 'POST', '/api/ris3', eu, t.as.analyst);
    expect(res.status).toBe(201);
    const made = (await res.json()) as { id: string };
    const view = (await (await send(t.app, 'GET', `/api/ris3/${made.id}`)).json()) as View;
    expect(view.year).toBe(2015);
    const [metal, machinery, naics] = view.priorities[0]!.check!.codes;
    expect(metal).toMatchObject({ code: 'C25', status: 'checked', specialised: true });
    expect(machinery).toMatchObject({ code: 'C28', status: 'checked' });
    expect(naics).toMatchObject({ code: '336112', status: 'not-in-dataset' });
    expect(view.candidates!.strong.length).toBeGreaterThan(0);
  }, 300_000);

  it('a code the dataset lacks is not-in-dataset with the dataset’s level, never a 500', async () => {
    const view = (await (await send(t.app, 'GET', `/api/ris3/${id}`)).json()) as View;
    expect(view.priorities[0]!.check!.codes[1]).toEqual({
      code: 'C28',
      status: 'not-in-dataset',
      level: expect.stringMatching(/^codes of 6 characters, e\.g\. \d{6}$/),
    });
  }, 120_000);

  it('?year= reads another year; a year the dataset lacks is 400', async () => {
    const view = (await (await send(t.app, 'GET', `/api/ris3/${id}?year=2017`)).json()) as View;
    expect(view.year).toBe(2017);
    expect(view.priorities[0]!.check!.codes[0]).toMatchObject({ specialised: true });
    expect((await send(t.app, 'GET', `/api/ris3/${id}?year=2010`)).status).toBe(400);
  }, 120_000);

  it('a region the dataset lacks: no checks and a note saying so; monitoring still answers', async () => {
    const res = await send(t.app, 'POST', '/api/ris3', { ...strategy, region: '99' }, t.as.analyst);
    const made = (await res.json()) as { id: string };
    const view = (await (await send(t.app, 'GET', `/api/ris3/${made.id}`)).json()) as View;
    expect(view.priorities[0]!.check).toBeNull();
    expect(view.candidates).toBeNull();
    expect(view.notes).toEqual(['region "99" is not in the dataset "us-states-naics": no checks']);
    expect(view.priorities[0]!.indicators[0]!.monitoring).toMatchObject({ status: 'no_data' });
  }, 120_000);

  it('bad input is 400 naming the field, and nothing is written', async () => {
    const bad = async (method: string, path: string, body: unknown, field: string) => {
      const res = await send(t.app, method, path, body, t.as.analyst);
      expect(res.status, path).toBe(400);
      const err = (await res.json()) as { error: { fields: Array<{ path: string }> } };
      expect(err.error.fields.map((f) => f.path)).toContain(field);
    };
    await bad('POST', '/api/ris3', { ...strategy, dataset: 'nope' }, 'dataset');
    await bad('POST', '/api/ris3', { ...strategy, endYear: 2020 }, 'endYear');
    await bad(
      'POST',
      '/api/ris3',
      { ...strategy, priorities: [{ title: 'x', industryCodes: [] }] },
      'priorities.0.industryCodes',
    );
    await bad('PATCH', `/api/ris3/${id}`, { endYear: 2000 }, 'endYear');
    await bad(
      'PUT',
      `/api/ris3/${id}/priorities/${priorityId}/indicators/${indicatorId}/values/2023`,
      { value: 'x' },
      'value',
    );
    const view = (await (await send(t.app, 'GET', `/api/ris3/${id}`)).json()) as { endYear: number };
    expect(view.endYear).toBe(2030);
  });

  it('indicator values by year: set, replaced, monitored against the pro-rated target, removed; unknown ids 404', async () => {
    const base = `/api/ris3/${id}/priorities/${priorityId}/indicators/${indicatorId}/values`;
    expect((await send(t.app, 'PUT', `${base}/2023`, { value: 130 }, t.as.analyst)).status).toBe(200);
    const res = await send(t.app, 'PUT', `${base}/2023`, { value: 140 }, t.as.analyst);
    expect(((await res.json()) as { values: unknown }).values).toEqual([{ year: 2023, value: 140 }]);
    const view = (await (await send(t.app, 'GET', `/api/ris3/${id}`)).json()) as View;
    // 2023 is halfway from 2021 (100) to 2025 (200): target 150, progress 40/50 = 0.8, at risk.
    expect(view.priorities[0]!.indicators[0]!.monitoring).toMatchObject({
      period: '2023',
      actual: 140,
      target: 150,
      progress: 0.8,
      status: 'at_risk',
      direction: 'higher_is_better',
    });
    expect((await send(t.app, 'DELETE', `${base}/2023`, undefined, t.as.analyst)).status).toBe(204);
    expect((await send(t.app, 'DELETE', `${base}/2023`, undefined, t.as.analyst)).status).toBe(404);
    const unknown = `/api/ris3/${id}/priorities/nope/indicators/${indicatorId}/values/2023`;
    expect((await send(t.app, 'PUT', unknown, { value: 1 }, t.as.analyst)).status).toBe(404);
  });

  it('the creator adds, changes and removes priorities; only the fields sent change', async () => {
    const added = await send(
      t.app,
      'POST',
      `/api/ris3/${id}/priorities`,
      { title: 'Batteries', industryCodes: ['335911'] },
      t.as.analyst,
    );
    expect(added.status).toBe(201);
    const p = (await added.json()) as { id: string; domain: string };
    expect(p.domain).toBe('');
    const patched = await send(
      t.app,
      'PATCH',
      `/api/ris3/${id}/priorities/${p.id}`,
      { domain: 'Energy' },
      t.as.analyst,
    );
    expect(await patched.json()).toMatchObject({
      title: 'Batteries',
      industryCodes: ['335911'],
      domain: 'Energy',
    });
    expect(
      (await send(t.app, 'DELETE', `/api/ris3/${id}/priorities/${p.id}`, undefined, t.as.analyst)).status,
    ).toBe(204);
    expect(
      (await send(t.app, 'DELETE', `/api/ris3/${id}/priorities/${p.id}`, undefined, t.as.analyst)).status,
    ).toBe(404);
  });
});
