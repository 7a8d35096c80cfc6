/**
 * The register of cooperation agreements (issue 12 point 5) on both engines: the list
 * contract and filters on the 24 seeded agreements, the summary and the map of links equal
 * to a hand count of data/eu-lac-collaboration/cooperation_agreements.csv, who registers an
 * agreement, and that only the parties' side (and staff) records an outcome.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { seedAgreementsAndProgrammes } from '@polos/store';
import { administratorOf } from './partnering-fixtures';
import { dataDir, send, storeFactories, suiteApp, type Session, type TestApp } from './test-app';

const ids = async (t: TestApp, query: string) =>
  ((await (await t.app.request(`/api/agreements${query}`)).json()) as { items: Array<{ id: string }> }).items
    .map((a) => a.id)
    .sort();

describe.each(storeFactories)('cooperation agreements on $name', (factory) => {
  const t = suiteApp(factory, ['analyst']);
  let bolivar: Session;
  let afv: Session;

  beforeAll(async () => {
    // testApp's seedDemoData seeds the report's organisations, then the agreements naming them.
    expect((await (await t.app.request('/api/agreements')).json()) as { total: number }).toMatchObject({
      total: 24,
    });
    bolivar = await administratorOf(t, 'co-naval-shipyards-bolivar', 'bolivar@polos.test');
    afv = await administratorOf(t, 'es-afv', 'afv@polos.test');
  });

  it('GET /api/agreements answers { items, total } with the 24 seeded agreements', async () => {
    const page = (await (await t.app.request('/api/agreements?limit=100')).json()) as {
      items: Array<{ id: string; parties: Array<{ organisationId: string | null }> }>;
      total: number;
      limit: number;
      offset: number;
    };
    expect(page).toMatchObject({ total: 24, limit: 100, offset: 0 });
    expect(page.items).toHaveLength(24);
    const agr02 = page.items.find((a) => a.id === 'agr-02')!;
    expect(agr02.parties.map((p) => p.organisationId)).toEqual([
      'mx-aerocluster-queretaro',
      'us-san-antonio-aerospace-committee',
    ]);
  });

  it('filters by party, country, instrument, relation, scope and years', async () => {
    expect(await ids(t, '?organisation=mx-aerocluster-queretaro')).toEqual(['agr-02', 'agr-03', 'agr-04']);
    expect(await ids(t, '?country=co')).toEqual(['agr-08', 'agr-11', 'agr-12', 'agr-13']);
    expect(await ids(t, '?instrument=mou')).toEqual(['agr-07']);
    expect(await ids(t, '?sectorRelation=policy_level')).toEqual(['agr-07', 'agr-08', 'agr-26', 'agr-27']);
    expect((await ids(t, '?scope=international')).length).toBe(7);
    // Years 2014 on: agr-14, -15, -17 (2014), agr-16 (2010-14) and agr-27 (2015).
    expect(await ids(t, '?yearFrom=2014')).toEqual(['agr-14', 'agr-15', 'agr-16', 'agr-17', 'agr-27']);
    expect(await ids(t, '?yearFrom=2001&yearTo=2011')).toEqual(['agr-16', 'agr-18', 'agr-19', 'agr-20']);
    expect((await t.app.request('/api/agreements?instrument=treaty')).status).toBe(400);
  });

  it('the summary equals the hand count of cooperation_agreements.csv', async () => {
    // Hand count of the 24 rows: instrument other 15, joint_project 4, collaboration_agreement 2,
    // mou 1, exchange 1, programme 1; relation same_sector 8, cross-sector 6, same value chain 5,
    // policy level 4, none 1; scope local/national 17, international 7; start year none 14,
    // 2000 3 (agr-18..20), 2010 1, 2012 2, 2014 3, 2015 1. Country pairs of the registered
    // parties (agr-18..21 have none): ES–ES 4, CO–CO 3, BR–BR 2, IT–IT 2, AR–AR 1, UY–UY 1,
    // and once each AR–IT, BR–FR, CO–DE, ES–MX, EU–MX, FR–MX, MX–US.
    const summary = await (await t.app.request('/api/agreements/summary')).json();
    expect(summary).toEqual({
      total: 24,
      byInstrument: [
        { key: 'other', count: 15 },
        { key: 'joint_project', count: 4 },
        { key: 'collaboration_agreement', count: 2 },
        { key: 'exchange', count: 1 },
        { key: 'mou', count: 1 },
        { key: 'programme', count: 1 },
      ],
      bySectorRelation: [
        { key: 'same_sector', count: 8 },
        { key: 'cross_sector_complementarity', count: 6 },
        { key: 'same_value_chain', count: 5 },
        { key: 'policy_level', count: 4 },
        { key: 'unknown', count: 1 },
      ],
      byScope: [
        { key: 'local_national', count: 17 },
        { key: 'international', count: 7 },
      ],
      byYear: [
        { year: 2000, count: 3 },
        { year: 2010, count: 1 },
        { year: 2012, count: 2 },
        { year: 2014, count: 3 },
        { year: 2015, count: 1 },
        { year: null, count: 14 },
      ],
      byCountryPair: [
        { countries: ['ES', 'ES'], count: 4 },
        { countries: ['CO', 'CO'], count: 3 },
        { countries: ['BR', 'BR'], count: 2 },
        { countries: ['IT', 'IT'], count: 2 },
        { countries: ['AR', 'AR'], count: 1 },
        { countries: ['AR', 'IT'], count: 1 },
        { countries: ['BR', 'FR'], count: 1 },
        { countries: ['CO', 'DE'], count: 1 },
        { countries: ['ES', 'MX'], count: 1 },
        { countries: ['EU', 'MX'], count: 1 },
        { countries: ['FR', 'MX'], count: 1 },
        { countries: ['MX', 'US'], count: 1 },
        { countries: ['UY', 'UY'], count: 1 },
      ],
    });
  });

  it('the map of links has the 44 registered parties and one edge per pair of parties (40)', async () => {
    // Hand count: agr-12 and agr-16 have 5 parties (10 pairs each), agr-15 and agr-17 have 3
    // (3 each), 14 agreements have 2 (1 each): 10 + 10 + 3 + 3 + 14 = 40.
    const links = (await (await t.app.request('/api/agreements/links')).json()) as {
      nodes: Array<{ id: string; country: string }>;
      edges: Array<{ source: string; target: string; agreementId: string }>;
    };
    expect(links.nodes).toHaveLength(44);
    expect(links.nodes.find((n) => n.id === 'mx-promexico')?.country).toBe('MX');
    expect(links.edges).toHaveLength(40);
    expect(links.edges).toContainEqual(
      expect.objectContaining({ source: 'mx-promexico', target: 'eu-eccp', agreementId: 'agr-07' }),
    );
  });

  it('registering an agreement needs a signed-in user who acts for one of its parties', async () => {
    const agreement = {
      id: 'naval-mou',
      parties: [
        { organisationId: 'co-naval-shipyards-bolivar', description: null },
        { organisationId: 'es-afv', description: null },
      ],
      scope: 'international',
      sectorRelation: 'same_value_chain',
      instrument: 'mou',
      objectives: 'Exchange on naval supply chains',
      areas: ['naval'],
      sponsors: [],
      startYear: 2026,
      endYear: null,
      yearAsPrinted: null,
      signedOn: '2026-11-30',
      endsOn: null,
      status: 'signed',
      statusAsReported: null,
      source: null,
      notes: null,
    };
    expect((await send(t.app, 'POST', '/api/agreements', agreement)).status).toBe(401);
    const outsider = await administratorOf(t, 'mx-promexico', 'promexico@polos.test');
    expect((await send(t.app, 'POST', '/api/agreements', agreement, outsider)).status).toBe(403);
    const unknownParty = {
      ...agreement,
      parties: [{ organisationId: 'no-such-org', description: null }],
    };
    const bad = await send(t.app, 'POST', '/api/agreements', unknownParty, t.as.analyst);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('parties.0.organisationId');
    const created = await send(t.app, 'POST', '/api/agreements', agreement, bolivar);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: 'naval-mou', instrument: 'mou', outcomes: [] });
    expect((await send(t.app, 'POST', '/api/agreements', agreement, t.as.analyst)).status).toBe(409);
    expect(await ids(t, '?organisation=es-afv')).toEqual(['agr-22', 'naval-mou']);
  });

  it('only the parties’ administrators (and staff) record an outcome; another organisation’s administrator gets 403', async () => {
    const outcome = { date: '2026-12-01', kind: 'joint_project', text: 'Joint hull-design project funded' };
    expect((await send(t.app, 'POST', '/api/agreements/agr-11/outcomes', outcome)).status).toBe(401);
    expect((await send(t.app, 'POST', '/api/agreements/agr-11/outcomes', outcome, afv)).status).toBe(403);
    const recorded = await send(t.app, 'POST', '/api/agreements/agr-11/outcomes', outcome, bolivar);
    expect(recorded.status).toBe(201);
    const agreement = (await recorded.json()) as {
      outcomes: Array<{ date: string | null; kind: string | null }>;
    };
    expect(agreement.outcomes.at(-1)).toEqual({
      date: '2026-12-01',
      year: 2026,
      kind: 'joint_project',
      description: 'Joint hull-design project funded',
    });
    // agr-18 names no registered party: only staff record its outcomes.
    expect((await send(t.app, 'POST', '/api/agreements/agr-18/outcomes', outcome, bolivar)).status).toBe(403);
    expect((await send(t.app, 'POST', '/api/agreements/agr-18/outcomes', outcome, t.as.analyst)).status).toBe(
      201,
    );
    expect((await send(t.app, 'POST', '/api/agreements/agr-99/outcomes', outcome, t.as.analyst)).status).toBe(
      404,
    );
    const badDate = await send(
      t.app,
      'POST',
      '/api/agreements/agr-11/outcomes',
      { ...outcome, date: '1 Dec' },
      bolivar,
    );
    expect(badDate.status).toBe(400);
  });

  it('seeding again adds nothing', async () => {
    expect(await seedAgreementsAndProgrammes(t.store, { dataDir })).toEqual({ seeded: [], waiting: [] });
    const agr11 = await t.store.agreements.get('agr-11');
    expect(agr11?.parties).toHaveLength(2);
    expect((await t.store.agreements.all()).filter((a) => a.id.startsWith('agr-'))).toHaveLength(24);
    expect((await t.store.programmes.list({ limit: 1, offset: 0 })).total).toBe(67);
  });
});
