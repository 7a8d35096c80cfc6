/**
 * An organisation's services and member surveys over HTTP (issue 13 point 2; decision 085):
 * who acts for the organisation writes (401 anonymous, 403 otherwise), its administrators and
 * staff read (404 to others until it publishes); a member answers with a code and no account,
 * once (a second answer is 409); results are aggregated, withheld below 3 answers, and no
 * endpoint returns an individual answer; the public endpoints are bounded per address.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { administratorOf } from './partnering-fixtures';
import { send, storeFactories, suiteApp, type Session } from './test-app';

/** A withheld service's figures. */
const noFigures = { rated: null, notUsed: null, mean: null, distribution: null, willingnessToPay: null };

const portfolio = {
  currency: 'EUR',
  services: [
    { reference: 'tradeFairs', revenue: 12_000, cost: 10_000, membersServed: 20 },
    { reference: 'training', revenue: 1_000, cost: 8_000, membersServed: 35, managerValuation: 3 },
    { name: 'Legal desk', revenue: 2_000, cost: 5_000, membersServed: 6, managerValuation: 4.5 },
  ],
};
const rating = (value: number, willingnessToPay = 'low') => ({ value, willingnessToPay });
/** Three members' answers: training rated 5, 4, 4 (mean 13/3); the legal desk used by two only. */
const answers = [
  { tradeFairs: rating(4, 'high'), training: rating(5), 'own:Legal desk': rating(5) },
  { tradeFairs: rating(3, 'medium'), training: rating(4, 'none'), 'own:Legal desk': 'notUsed' },
  { tradeFairs: rating(5, 'high'), training: rating(4), 'own:Legal desk': rating(2, 'none') },
].map((ratings) => ({ ratings }));

type Created = { id: string; year: number; codes: string[]; answerPath: string };
type Analysis = {
  services: Array<{
    key: string;
    net: number;
    costRecovery: number | null;
    valuation: { value: number; source: string };
  }>;
  totals: { revenue: number; cost: number; net: number };
  paysItsWay: string[];
  valuedButUnpaid: string[];
  missingCommon: Array<{ row: number }>;
  survey: { answers: number; withheld: boolean } | null;
};

describe.each(storeFactories)('services and member surveys on $name', (factory) => {
  const t = suiteApp(factory, ['admin', 'analyst', 'viewer']);
  let orgAdmin: Session;
  let otherAdmin: Session;
  let org: string;
  let survey: Created;

  beforeAll(async () => {
    const list = (await (await t.app.request('/api/organisations?limit=2')).json()) as {
      items: Array<{ id: string }>;
    };
    const [first, other] = list.items.map((o) => o.id) as [string, string];
    org = first;
    orgAdmin = await administratorOf(t, first, 'services@polos.test');
    otherAdmin = await administratorOf(t, other, 'elsewhere@polos.test');
  });

  const under = (path: string) => `/api/organisations/${org}/${path}`;
  const get = (path: string, who?: Session) => send(t.app, 'GET', path, undefined, who);
  const results = (who?: Session) => get(under(`surveys/${survey.id}/results`), who);
  const answer = (code: string, body: unknown, who?: Session) =>
    send(t.app, 'POST', `/api/surveys/${code}`, body, who);

  it('only who acts for the organisation records its services: 401 anonymous, 403 a viewer or another organisation’s administrator, 404 no organisation', async () => {
    const put = (who?: Session, path = under('services/2024')) => send(t.app, 'PUT', path, portfolio, who);
    expect((await put()).status).toBe(401);
    expect((await put(t.as.viewer)).status).toBe(403);
    expect((await put(otherAdmin)).status).toBe(403);
    expect((await put(t.as.admin, '/api/organisations/nobody/services/2024')).status).toBe(404);
    const stored = await put(orgAdmin);
    expect(stored.status).toBe(200);
    expect(await stored.json()).toEqual({ year: 2024, ...portfolio });
    const audit = await t.store.listAudit({ limit: 1, offset: 0, entity: 'organisation_services' });
    expect(audit.items[0]).toMatchObject({ action: 'create', entityId: `${org}/2024` });
    const usd = await send(t.app, 'PUT', under('services/2025'), { ...portfolio, currency: 'USD' }, orgAdmin);
    expect(usd.status).toBe(400);
    const bad = await send(
      t.app,
      'PUT',
      under('services/2025'),
      { currency: 'EUR', services: [{ reference: 'nope', revenue: 1, cost: 1, membersServed: 1 }] },
      orgAdmin,
    );
    expect(JSON.stringify(await bad.json())).toContain('services.0.reference');
  });

  it('analyses the year with worked numbers; its administrators and staff read it, others get 404', async () => {
    const res = await get(under('services/2024'), orgAdmin);
    expect(res.status).toBe(200);
    const a = (await res.json()) as Analysis;
    expect(a.services.map((s) => [s.key, s.net, s.costRecovery])).toEqual([
      ['tradeFairs', 2_000, 1.2],
      ['training', -7_000, 0.125],
      ['own:Legal desk', -3_000, 0.4],
    ]);
    expect(a.totals).toMatchObject({ revenue: 15_000, cost: 23_000, net: -8_000 });
    expect(a.paysItsWay).toEqual(['tradeFairs']);
    expect(a.valuedButUnpaid).toEqual(['own:Legal desk']); // manager's 4.5, recovery 0.4
    // Frequent or Habitual and not offered: rows 1, 3, 4, 6, 8, 10, 15.
    expect(a.missingCommon.map((r) => r.row)).toEqual([1, 3, 4, 6, 8, 10, 15]);
    expect(a.survey).toBeNull();
    for (const who of [t.as.admin, t.as.analyst])
      expect((await get(under('services/2024'), who)).status).toBe(200);
    for (const who of [undefined, t.as.viewer, otherAdmin])
      expect((await get(under('services/2024'), who)).status).toBe(404);
    expect((await get(under('services/2023'), orgAdmin)).status).toBe(404);
  });

  it('starts a survey with one 128-bit code per member asked, for who acts for the organisation only', async () => {
    const start = (body: unknown, who?: Session) => send(t.app, 'POST', under('surveys'), body, who);
    expect((await start({ year: 2024, members: 4 })).status).toBe(401);
    expect((await start({ year: 2024, members: 4 }, t.as.viewer)).status).toBe(403);
    expect((await start({ year: 2024, members: 4 }, otherAdmin)).status).toBe(403);
    const none = await start({ year: 2023, members: 4 }, orgAdmin);
    expect(none.status).toBe(400);
    expect(JSON.stringify(await none.json())).toContain('"path":"year"');
    const res = await start({ year: 2024, members: 4 }, orgAdmin);
    expect(res.status).toBe(201);
    survey = (await res.json()) as Created;
    expect(survey.codes).toHaveLength(4);
    for (const code of survey.codes) expect(code).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Set(survey.codes).size).toBe(4);
    expect(survey.answerPath).toBe('/survey/<code>');
    const audit = await t.store.listAudit({ limit: 1, offset: 0, entity: 'service_survey' });
    expect(JSON.stringify(audit.items)).not.toContain(survey.codes[0]!);
    const list = await get(under('surveys'), t.as.analyst);
    expect(
      ((await list.json()) as Array<{ codes: number; answers: number; open: boolean }>)[0],
    ).toMatchObject({
      codes: 4,
      answers: 0,
      open: true,
    });
    for (const who of [undefined, t.as.viewer, otherAdmin])
      expect((await get(under('surveys'), who)).status).toBe(404);
  });

  it('lets a member answer with a code and no account, once: the same code again is 409', async () => {
    const [code] = survey.codes as [string];
    const form = await get(`/api/surveys/${code}`);
    expect(form.status).toBe(200);
    expect(await form.json()).toMatchObject({
      year: 2024,
      services: [
        { key: 'tradeFairs', name: null },
        { key: 'training', name: null },
        { key: 'own:Legal desk', name: 'Legal desk' },
      ],
      willingnessToPay: ['none', 'low', 'medium', 'high'],
    });
    const partial = await answer(code, { ratings: { tradeFairs: rating(4) } });
    expect(partial.status).toBe(400);
    expect(JSON.stringify(await partial.json())).toContain('ratings.training');
    const done = await answer(code, answers[0]);
    expect(done.status).toBe(201);
    expect(await done.json()).toEqual({ received: true });
    expect((await answer(code, answers[1])).status).toBe(409);
    expect((await get(`/api/surveys/${code}`)).status).toBe(409);
    expect((await get('/api/surveys/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await get('/api/surveys/short')).status).toBe(400);
    // A signed-in viewer answers too: the session is not read (and no CSRF token is needed).
    expect(
      (await answer(survey.codes[1]!, answers[1], { cookie: t.as.viewer.cookie, csrf: '' })).status,
    ).toBe(201);
    const audit = await t.store.listAudit({ limit: 2, offset: 0, entity: 'service_survey_answer' });
    expect(audit.items.map((a) => [a.userId, a.actorLabel, a.detail])).toEqual([
      [null, 'survey answer', {}],
      [null, 'survey answer', {}],
    ]);
  });

  it('withholds the results below 3 answers, then shows only counts, means and distributions', async () => {
    const two = (await (await results(orgAdmin)).json()) as {
      withheld: boolean;
      answers: number;
      services: unknown[];
    };
    expect(two).toMatchObject({ answers: 2, withheld: true });
    expect(two.services.every((s) => (s as { withheld: boolean; mean: null }).withheld)).toBe(true);
    expect((await answer(survey.codes[2]!, answers[2])).status).toBe(201);
    const res = await results(t.as.analyst);
    const body = (await res.json()) as {
      survey: unknown;
      answers: number;
      minimumAnswers: number;
      withheld: boolean;
      services: unknown[];
    };
    expect(body).toMatchObject({ answers: 3, minimumAnswers: 3, withheld: false });
    // Per service: rated, not used, mean, distribution 1…5, willingness none/low/medium/high.
    const figures = (key: string, rated: number, mean: number, distribution: number[], pay: number[]) => ({
      key,
      withheld: false,
      rated,
      notUsed: 3 - rated,
      mean,
      distribution,
      willingnessToPay: { none: pay[0], low: pay[1], medium: pay[2], high: pay[3] },
    });
    expect(body.services).toEqual([
      figures('tradeFairs', 3, 4, [0, 0, 1, 1, 1], [0, 0, 1, 2]),
      figures('training', 3, 13 / 3, [0, 0, 0, 2, 1], [1, 2, 0, 0]),
      { key: 'own:Legal desk', withheld: true, ...noFigures },
    ]);
    for (const who of [undefined, t.as.viewer, otherAdmin]) expect((await results(who)).status).toBe(404);
    expect((await get(under('surveys/00000000-0000-4000-8000-000000000000/results'), orgAdmin)).status).toBe(
      404,
    );
    // The analysis takes the survey's mean where 3 rated it, else the manager's estimate.
    const a = (await (await get(under('services/2024'), orgAdmin)).json()) as Analysis;
    expect(a.survey).toMatchObject({ answers: 3, withheld: false });
    expect(a.services.map((s) => s.valuation)).toEqual([
      { value: 4, source: 'survey' },
      { value: 13 / 3, source: 'survey' },
      { value: 4.5, source: 'manager' },
    ]);
    expect(a.valuedButUnpaid).toEqual(['training', 'own:Legal desk']);
  });

  it('returns no individual answer from any endpoint: no answer schema holds ratings', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as {
      components: unknown;
      paths: Record<string, Record<string, { responses: unknown }>>;
    };
    for (const [path, methods] of Object.entries(doc.paths))
      for (const op of Object.values(methods))
        expect(`${path} ${JSON.stringify(op.responses)}`).not.toContain('"ratings"');
    expect(JSON.stringify(doc.components)).toContain('ServiceSurveyResults');
  });

  it('closes a survey for who acts for the organisation; an unused code then answers nothing (409)', async () => {
    const close = (who?: Session, id = survey.id) =>
      send(t.app, 'POST', under(`surveys/${id}/close`), undefined, who);
    expect((await close()).status).toBe(401);
    expect((await close(t.as.viewer)).status).toBe(403);
    expect((await close(otherAdmin)).status).toBe(403);
    expect((await close(orgAdmin, 'not-a-survey')).status).toBe(404);
    const closed = await close(orgAdmin);
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ open: false, answers: 3, codes: 4 });
    const last = survey.codes[3]!;
    expect((await get(`/api/surveys/${last}`)).status).toBe(409);
    const late = await answer(last, answers[0]);
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe('survey_closed');
  });

  it('bounds the public survey endpoints per address: 429 with Retry-After', async () => {
    let refused: Response | undefined;
    for (let i = 0; i < 70 && !refused; i++) {
      const res = await get('/api/surveys/BBBBBBBBBBBBBBBBBBBBBB');
      if (res.status === 429) refused = res;
      else expect(res.status).toBe(404);
    }
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
