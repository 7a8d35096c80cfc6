/**
 * An organisation's funding and sustainability over HTTP (issue 13 point 1; decision 083):
 * who acts for the organisation writes (401 anonymous, 403 otherwise); its administrators and
 * staff read, others get 404 until the organisation publishes; one currency per organisation;
 * the sustainability answer's figures worked by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords';
import { login, PASSWORD, send, storeFactories, suiteApp, type Session } from './test-app';

const sources = (publicShare: number) => ({
  publicRegional: publicShare * 500,
  publicNational: publicShare * 300,
  publicEuMultilateral: publicShare * 200,
  membershipFees: (1 - publicShare) * 600,
  paidServices: (1 - publicShare) * 300,
  competitiveProjects: (1 - publicShare) * 100,
  other: 0,
});
const body = (publicShare: number, currency = 'EUR') => ({ currency, sources: sources(publicShare) });

type Sustainability = {
  years: Array<{ year: number; total: number; publicShare: number | null; currency: string }>;
  trend: { publicSharePerYear: number | null; years: number };
  exitPath: Array<{ year: number; target: number; actual: number | null; onTrack: boolean | null }>;
  alerts: Array<{ source: string; fromYear: number; toYear: number }>;
  reference: Array<{ factId: string; publicShare: number }>;
  published: boolean;
};

describe.each(storeFactories)('funding and sustainability on $name', (factory) => {
  const t = suiteApp(factory, ['admin', 'analyst', 'viewer']);
  let orgAdmin: Session;
  let otherAdmin: Session;
  let orgAdminId: string;
  let org: string;
  let other: string;

  beforeAll(async () => {
    const list = (await (await t.app.request('/api/organisations?limit=2')).json()) as {
      items: Array<{ id: string }>;
    };
    [org, other] = list.items.map((o) => o.id) as [string, string];
    const passwordHash = await hashPassword(PASSWORD);
    const system = { userId: null, label: 'test' };
    for (const [email, id] of [
      ['treasurer@polos.test', org],
      ['elsewhere@polos.test', other],
    ] as const) {
      const user = await t.store.createUser(
        { email, name: email, role: 'cluster_manager', grants: [], passwordHash },
        system,
      );
      await t.store.organisationAdmins.add(id, user.id, system);
      if (id === org) orgAdminId = user.id;
    }
    orgAdmin = await login(t.app, 'treasurer@polos.test');
    otherAdmin = await login(t.app, 'elsewhere@polos.test');
  });

  const put = (year: number | string, payload: unknown, who?: Session) =>
    send(t.app, 'PUT', `/api/organisations/${org}/funding/${year}`, payload, who);
  const read = (who?: Session) =>
    send(t.app, 'GET', `/api/organisations/${org}/sustainability`, undefined, who);

  it('only who acts for the organisation records funding: 401 anonymous, 403 a viewer or another organisation’s administrator', async () => {
    expect((await put(2021, body(0.6))).status).toBe(401);
    expect((await put(2021, body(0.6), t.as.viewer)).status).toBe(403);
    expect((await put(2021, body(0.6), otherAdmin)).status).toBe(403);
    const stored = await put(2021, body(0.6), orgAdmin);
    expect(stored.status).toBe(200);
    expect(await stored.json()).toEqual({ year: 2021, ...body(0.6) });
    const audit = await t.store.listAudit({ limit: 5, offset: 0, entity: 'organisation_funding' });
    expect(audit.items[0]).toMatchObject({ action: 'create', entityId: `${org}/2021`, userId: orgAdminId });
  });

  it('answers the public share of each year, its least-squares trend, exit-path progress and ESCA’s figures', async () => {
    expect((await put(2022, body(0.5), orgAdmin)).status).toBe(200);
    expect((await put(2023, body(0.4), t.as.analyst)).status).toBe(200);
    const path = {
      targets: [
        { year: 2022, publicShare: 0.5 },
        { year: 2023, publicShare: 0.35 },
        { year: 2025, publicShare: 0.3 },
      ],
    };
    expect((await send(t.app, 'PUT', `/api/organisations/${org}/exit-path`, path, orgAdmin)).status).toBe(
      200,
    );
    const res = await read(orgAdmin);
    expect(res.status).toBe(200);
    const s = (await res.json()) as Sustainability;
    expect(s.years.map((y) => [y.year, y.total, y.currency])).toEqual([
      [2021, 1000, 'EUR'],
      [2022, 1000, 'EUR'],
      [2023, 1000, 'EUR'],
    ]);
    expect(s.years.map((y) => y.publicShare)).toEqual([0.6, 0.5, 0.4]);
    expect(s.trend.publicSharePerYear).toBeCloseTo(-0.1, 12);
    expect(s.exitPath).toEqual([
      { year: 2022, target: 0.5, actual: 0.5, onTrack: true },
      { year: 2023, target: 0.35, actual: 0.4, onTrack: false },
      { year: 2025, target: 0.3, actual: null, onTrack: null },
    ]);
    expect(s.alerts).toEqual([]); // no source reaches 50 % (core tests the alerts)
    expect(s.reference.map((r) => [r.factId, r.publicShare])).toEqual([
      ['fact-050', 0.6],
      ['fact-051', 0.4],
    ]);
    expect(s.published).toBe(false);
  });

  it('refuses a second currency and bad input with 400 naming the field, writing nothing', async () => {
    const usd = await put(2024, body(0.3, 'USD'), orgAdmin);
    expect(usd.status).toBe(400);
    const error = ((await usd.json()) as { error: { fields: Array<{ path: string; message: string }> } })
      .error;
    expect(error.fields[0]).toMatchObject({ path: 'currency', message: expect.stringContaining('EUR') });
    const { other: _o, ...six } = sources(0.3);
    const missing = await put(2024, { currency: 'EUR', sources: six }, orgAdmin);
    expect(missing.status).toBe(400);
    expect(JSON.stringify(await missing.json())).toContain('sources.other');
    const negative = await put(2024, { currency: 'EUR', sources: { ...six, other: -5 } }, orgAdmin);
    expect(negative.status).toBe(400);
    expect((await put(1800, body(0.3), orgAdmin)).status).toBe(400);
    const years = await send(t.app, 'GET', `/api/organisations/${org}/funding`, undefined, orgAdmin);
    expect(((await years.json()) as { years: Array<{ year: number }> }).years.map((y) => y.year)).toEqual([
      2021, 2022, 2023,
    ]);
  });

  it('is read by its administrators and staff; others get 404 until the organisation publishes it', async () => {
    for (const who of [t.as.admin, t.as.analyst]) expect((await read(who)).status).toBe(200);
    for (const who of [undefined, t.as.viewer, otherAdmin]) expect((await read(who)).status).toBe(404);
    const funding = (who?: Session) =>
      send(t.app, 'GET', `/api/organisations/${org}/funding`, undefined, who);
    expect((await funding(t.as.viewer)).status).toBe(404);
    const publish = (published: boolean, who?: Session) =>
      send(t.app, 'PUT', `/api/organisations/${org}/sustainability/publication`, { published }, who);
    expect((await publish(true)).status).toBe(401);
    expect((await publish(true, t.as.viewer)).status).toBe(403);
    expect((await publish(true, orgAdmin)).status).toBe(200);
    for (const who of [undefined, t.as.viewer, otherAdmin]) expect((await read(who)).status).toBe(200);
    expect((await publish(false, orgAdmin)).status).toBe(200);
    expect((await read()).status).toBe(404);
  });

  it('deletes a year for who acts for the organisation; a year not recorded is 404', async () => {
    const del = (who?: Session) =>
      send(t.app, 'DELETE', `/api/organisations/${org}/funding/2021`, undefined, who);
    expect((await del()).status).toBe(401);
    expect((await del(otherAdmin)).status).toBe(403);
    expect((await del(orgAdmin)).status).toBe(204);
    expect((await del(orgAdmin)).status).toBe(404);
    const s = (await (await read(orgAdmin)).json()) as Sustainability;
    expect(s.years.map((y) => y.year)).toEqual([2022, 2023]);
    expect(s.alerts).toEqual([]);
  });
});
