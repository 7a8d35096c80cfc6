/**
 * The organisation report's management sections (issue 13 point 6; decision 087): services,
 * eligibility, self-assessment and shared value appear, translated and with numbers formatted
 * for the language, when there is data; they are left out without it; services follow
 * funding's publication and the other three the excellence publication, so a reader who may
 * see the funding but not the unpublished excellence records gets the report without them.
 */
import { existsSync } from 'node:fs';
import type { Organisation } from '@polos/core';
import { selfAssessmentItemKeys } from '@polos/core/excellence';
import { sustainability } from '@polos/core/funding';
import { aggregateSurvey, analysePortfolio } from '@polos/core/services';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { organisationReport } from '../src/reports/organisation-report';
import { administratorOf } from './partnering-fixtures';
import { send, storeFactories, suiteApp, type Session } from './test-app';

const scores = (n: number, over: Record<string, number> = {}) => ({
  ...Object.fromEntries(selfAssessmentItemKeys.map((k) => [k, n])),
  ...over,
});
const [first, second] = selfAssessmentItemKeys as [string, string];
const portfolio = {
  currency: 'EUR',
  services: [
    { reference: 'tradeMissions', revenue: 12345, cost: 10000, membersServed: 20, managerValuation: 4 },
    { reference: 'training', revenue: 1000, cost: 8000, membersServed: 35, managerValuation: 4.5 },
    { name: 'Hydrogen test bench', revenue: 0, cost: 2500, membersServed: 4 },
  ],
};
// 1.9 % of the regional GDP; 70 % SMEs.
const eligibilityInputs = {
  smes: { smeMembers: 56, members: 80 },
  criticalMass: {
    gdpSource: 'Eustat',
    gdpYear: 2023,
    currency: 'EUR',
    regionalGdp: 50e9,
    membersTurnover: 950e6,
  },
};
const impact = (year: number, value: number) => ({
  kind: 'economic',
  indicator: 'joint exports',
  value,
  unit: 'EUR',
  year,
  evidence: 'members survey',
});
const sharedValue = {
  challenges: [{ challenge: 'Decarbonise regional freight' }],
  capabilities: [{ capability: 'Shared test bench', description: 'Opened 2024' }],
  impacts: [impact(2023, 1000), impact(2024, 1234.5)],
  roles: { network_building: 'Monthly supplier meetings' },
};
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sections = ['services', 'eligibility', 'self-assessment', 'shared-value'];

describe('the services section and the members’ survey', () => {
  it('shows the survey’s answer count and the mean of a service rated by enough members, never an answer', () => {
    const ratings = [5, 4, 4, 2].map((value) => ({
      serviceKey: 'tradeMissions',
      value,
      willingnessToPay: null,
    }));
    const aggregate = aggregateSurvey(['tradeMissions'], 1234, ratings);
    const services = { year: 2024, ...analysePortfolio(portfolio, aggregate) };
    const data = {
      organisation: {
        id: 'org-x',
        name: 'X',
        country: 'ES',
        governanceBodies: [],
        members: [],
        labels: [],
      } as unknown as Organisation,
      cluster: null,
      sustainability: sustainability([], []),
      plans: null,
      services: { ...services, survey: { id: 's1', answers: 1234, withheld: false, open: false } },
    };
    const page = organisationReport(data, 'pt', new Date('2026-03-05T10:00:00Z')).html;
    expect(page).toContain('Pesquisa com os associados: 1.234 respostas');
    // The mean of 5, 4, 4, 2 (3.75) from the survey, rounded to one decimal in Portuguese.
    expect(page).toContain('3,8 (pesquisa)');
    expect(page).not.toContain('distribution');
  });
});

describe.each(storeFactories)('the organisation report’s management sections on $name', (factory) => {
  const t = suiteApp(factory, ['admin', 'analyst']);
  let [base, emptyBase] = ['', ''];
  let mine: Session;
  const get = (path: string, session?: Session) => send(t.app, 'GET', path, undefined, session);
  const ok = async (method: string, path: string, body: unknown) =>
    expect((await send(t.app, method, `${base}/${path}`, body, mine)).status, path).toBeLessThan(300);

  beforeAll(async () => {
    const { items } = (await (await t.app.request('/api/organisations?limit=2')).json()) as {
      items: Array<{ id: string }>;
    };
    [base, emptyBase] = items.map((o) => `/api/organisations/${o.id}`) as [string, string];
    mine = await administratorOf(t, items[0]!.id, 'sections-admin@polos.test');
    await ok('PUT', 'services/2023', { ...portfolio, services: portfolio.services.slice(0, 1) });
    await ok('PUT', 'services/2024', portfolio);
    await ok('PUT', 'eligibility-inputs', eligibilityInputs);
    await ok('POST', 'self-assessments', { assessedOn: '2025-01-10', scores: scores(2, { [first]: 0 }) });
    await ok('POST', 'self-assessments', { assessedOn: '2026-01-10', scores: scores(3, { [second]: 1 }) });
    await ok('PUT', 'shared-value', sharedValue);
  });

  it('in es: each section with its translated heading and a number formatted for the language', async () => {
    const res = await get(`${base}/report.html?lang=es`, mine);
    expect(res.status).toBe(200);
    const page = await res.text();
    for (const heading of [
      'Servicios',
      'Elegibilidad',
      'Autoevaluación de la gestión',
      'Valor compartido colectivo',
    ])
      expect(page).toContain(`<h2>${heading}</h2>`);
    // Services: the latest year, reference names translated, 12.345 grouped the Spanish way.
    expect(page).toContain('Servicios de 2024, en EUR');
    expect(page).toContain('Organización de misiones comerciales');
    expect(page).toContain('Hydrogen test bench');
    expect(page).toContain('12.345');
    expect(page).toContain('Table 6');
    // Eligibility: the criteria named in Spanish, the evidence in Spanish (1,9 % of GDP).
    expect(page).toContain('Al menos un 60 % de pymes');
    expect(page).toContain('1,9');
    // Self-assessment: area names and item texts in Spanish, the change since the previous one.
    expect(page).toContain('Gestión y gobernanza');
    expect(page).toMatch(/Evaluada el 10 de enero de 2026: \d+ de \d+ puntos \([\d,]+\s?%\)/);
    expect(page).toContain('Resueltas desde la evaluación anterior');
    expect(page).toMatch(/<svg[^>]*role="img"/);
    // Shared value: values by year in Spanish format, the direction and the five roles.
    expect(page).toContain('2024: 1.234,5');
    expect(page).toContain('sube');
    expect(page).toContain('Construcción de redes');
    expect(page).toContain('Monthly supplier meetings');
  });

  it('sections without data are left out', async () => {
    const page = await (await get(`${emptyBase}/report.html`, t.as.analyst)).text();
    expect(page).toContain('id="profile"');
    for (const id of sections) expect(page).not.toContain(`id="${id}"`);
  });

  it('a reader who may see the funding but not the unpublished excellence records gets services only; once published, all', async () => {
    const publish = (path: string) => send(t.app, 'PUT', `${base}/${path}`, { published: true }, mine);
    expect((await publish('sustainability/publication')).status).toBe(200);
    const before = await get(`${base}/report.html`);
    expect(before.status).toBe(200);
    const page = await before.text();
    expect(page).toContain('id="services"');
    for (const id of sections.slice(1)) expect(page).not.toContain(`id="${id}"`);
    expect(await (await get(`${base}/report.html`, t.as.analyst)).text()).toContain('id="shared-value"');
    expect((await publish('excellence/publication')).status).toBe(200);
    const after = await (await get(`${base}/report.html`)).text();
    for (const id of sections) expect(after).toContain(`id="${id}"`);
  });

  it.skipIf(!existsSync(chromiumPath) || factory.name !== 'pglite')(
    'with every management section the report still fits the A4 text width (180 mm) in each language',
    async () => {
      // The widths at which each language's report lays out in print, in a 180 mm (680 px) viewport.
      const widths: Record<string, number> = {};
      const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
      const page = await browser.newPage({ viewport: { width: 680, height: 1000 } });
      await page.emulateMedia({ media: 'print' });
      for (const lang of ['en', 'es', 'pt']) {
        await page.setContent(await (await get(`${base}/report.html?lang=${lang}`, mine)).text());
        const laidOut = await page.evaluate(
          '[document.documentElement.scrollWidth, !!document.getElementById("services")]',
        );
        const [width, hasServices] = laidOut as [number, boolean];
        widths[lang] = hasServices ? width : NaN;
      }
      await browser.close();
      expect(widths).toEqual({ en: expect.any(Number), es: expect.any(Number), pt: expect.any(Number) });
      expect(Math.max(...Object.values(widths)), JSON.stringify(widths)).toBeLessThanOrEqual(680);
    },
    60_000,
  );
});
