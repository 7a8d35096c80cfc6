/**
 * Programmes and calls (issue 12 point 6) on both engines: the 67 seeded programmes with
 * their filters, calls written by staff only, the open-now and eligible-country filters
 * (agreeing with core isEligibleForCall), and who follows a call.
 */
import { isEligibleForCall } from '@polos/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { administratorOf } from './partnering-fixtures';
import { send, storeFactories, suiteApp, type Session } from './test-app';

interface Call {
  id: string;
  eligibleCountries: string[];
}

describe.each(storeFactories)('programmes and calls on $name', (factory) => {
  const t = suiteApp(factory, ['analyst', 'manager']);
  let orgAdmin: Session;
  let orgId: string;
  let programmeId: string;

  beforeAll(async () => {
    const orgs = (await (await t.app.request('/api/organisations?limit=1')).json()) as {
      items: Array<{ id: string }>;
    };
    orgId = orgs.items[0]!.id;
    orgAdmin = await administratorOf(t, orgId, 'orgadmin@polos.test');
  });

  it('GET /api/programmes lists the 67 seeded programmes, with filters', async () => {
    const page = (await (await t.app.request('/api/programmes?limit=100')).json()) as {
      items: Array<{ id: string; level: string; targets: string[] }>;
      total: number;
    };
    expect(page.total).toBe(67);
    programmeId = page.items[0]!.id;
    const level = page.items[0]!.level;
    const byLevel = (await (await t.app.request(`/api/programmes?level=${level}&limit=100`)).json()) as {
      items: Array<{ level: string }>;
      total: number;
    };
    expect(byLevel.total).toBe(page.items.filter((p) => p.level === level).length);
    const byTarget = (await (await t.app.request('/api/programmes?target=clusters&limit=100')).json()) as {
      total: number;
    };
    expect(byTarget.total).toBe(page.items.filter((p) => p.targets.includes('clusters')).length);
    expect((await t.app.request(`/api/programmes/${programmeId}`)).status).toBe(200);
    expect((await t.app.request('/api/programmes/no-such-programme')).status).toBe(404);
  });

  it('only staff write calls (401 anonymous, 403 others)', async () => {
    const call = {
      id: 'call-open',
      programmeId,
      title: 'Cluster internationalisation 2027',
      opensOn: '2026-01-01',
      deadline: '2099-03-01T17:00:00+01:00',
      eligibleCountries: ['ES', 'MX'],
      url: null,
    };
    expect((await send(t.app, 'POST', '/api/calls', call)).status).toBe(401);
    expect((await send(t.app, 'POST', '/api/calls', call, t.as.manager)).status).toBe(403);
    expect((await send(t.app, 'POST', '/api/calls', call, orgAdmin)).status).toBe(403);
    expect((await send(t.app, 'POST', '/api/calls', call, t.as.analyst)).status).toBe(201);
    const unknown = await send(
      t.app,
      'POST',
      '/api/calls',
      { ...call, id: 'x-call', programmeId: 'nope' },
      t.as.analyst,
    );
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('programmeId');
    const closed = { ...call, id: 'call-closed', deadline: '2020-03-01T17:00:00Z', eligibleCountries: [] };
    expect((await send(t.app, 'POST', '/api/calls', closed, t.as.analyst)).status).toBe(201);
    const anywhere = { ...call, id: 'call-anywhere', eligibleCountries: [] };
    expect((await send(t.app, 'POST', '/api/calls', anywhere, t.as.analyst)).status).toBe(201);
    expect(
      (await send(t.app, 'PATCH', '/api/calls/call-open', { title: 'Renamed' }, t.as.manager)).status,
    ).toBe(403);
    const patched = await send(
      t.app,
      'PATCH',
      '/api/calls/call-open',
      { title: 'Renamed call' },
      t.as.analyst,
    );
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ title: 'Renamed call', eligibleCountries: ['ES', 'MX'] });
    expect((await send(t.app, 'DELETE', '/api/calls/call-closed', undefined, t.as.manager)).status).toBe(403);
  });

  it('filters open now and eligible country agree with isEligibleForCall', async () => {
    const list = async (query: string) =>
      ((await (await t.app.request(`/api/calls${query}`)).json()) as { items: Call[] }).items;
    expect((await list('')).map((c) => c.id).sort()).toEqual(['call-anywhere', 'call-closed', 'call-open']);
    expect((await list('?open=true')).map((c) => c.id).sort()).toEqual(['call-anywhere', 'call-open']);
    for (const country of ['BR', 'MX']) {
      const all = await list('');
      const expected = all.filter((c) => isEligibleForCall(c, country)).map((c) => c.id);
      expect((await list(`?eligibleCountry=${country}`)).map((c) => c.id)).toEqual(expected);
    }
    expect((await list(`?programme=${programmeId}`)).length).toBe(3);
  });

  it('an organisation’s people follow a call; others are refused', async () => {
    expect((await send(t.app, 'POST', '/api/calls/call-open/follow')).status).toBe(401);
    expect((await send(t.app, 'POST', '/api/calls/call-open/follow', {}, t.as.manager)).status).toBe(403);
    expect(
      (await send(t.app, 'POST', '/api/calls/call-open/follow', { organisationId: orgId }, t.as.manager))
        .status,
    ).toBe(403);
    expect((await send(t.app, 'POST', '/api/calls/call-open/follow', {}, orgAdmin)).status).toBe(204);
    const followers = await t.store.programmes.callFollowers('call-open');
    expect(followers).toEqual([{ userId: expect.any(String), organisationId: orgId }]);
    expect((await send(t.app, 'POST', '/api/calls/no-call/follow', {}, orgAdmin)).status).toBe(404);
    expect((await send(t.app, 'DELETE', '/api/calls/call-open/follow', undefined, orgAdmin)).status).toBe(
      204,
    );
    expect(await t.store.programmes.callFollowers('call-open')).toEqual([]);
    expect((await send(t.app, 'DELETE', '/api/calls/call-closed', undefined, t.as.analyst)).status).toBe(204);
    expect((await t.app.request('/api/calls/call-closed')).status).toBe(404);
  });
});
