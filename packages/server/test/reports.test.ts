/**
 * The report routes (issue 13 point 6; decision 087): the HTML in each language has the
 * translated headings and language-formatted numbers, escapes user text and omits empty
 * sections; who may read follows GET sustainability (report) and GET diagnosis (brief), others
 * 404; `lang` is validated; the PDFs are real PDFs (when Chromium exists), and a Chromium that
 * cannot start answers 503 `pdf_unavailable`, a full print queue 503 `pdf_busy`.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { PdfPrinter } from '../src/reports/pdf-printer';
import { Semaphore } from '../src/reports/semaphore';
import { administratorOf } from './partnering-fixtures';
import { pdfPageCount } from './pdf-pages';
import { login, send, storeFactories, suiteApp, type Session } from './test-app';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) console.warn(`reports.test: no Chromium at ${chromiumPath}; the PDF cases are skipped`);

const funding = (year: number) => ({
  currency: 'EUR',
  sources: {
    publicRegional: 600000 + year,
    publicNational: 200000,
    publicEuMultilateral: 0,
    membershipFees: 150000,
    paidServices: 50000,
    competitiveProjects: 0,
    other: 0,
  },
});

describe('the PDF printer', () => {
  it.skipIf(!hasChromium)(
    'keeps its page for the next print and closes it after idleMs without prints; prints again after',
    async () => {
      const printer = new PdfPrinter({ idleMs: 100 });
      try {
        const page = '<!doctype html><html><body><h1>One</h1></body></html>';
        const first = await printer.print(page, { footerTemplate: '<span class="pageNumber"></span>' });
        expect(pdfPageCount(first)).toBe(1);
        expect(printer.load).toEqual({ active: 0, waiting: 0, idle: 1 });
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(printer.load.idle).toBe(0);
        const again = await printer.print(page, { footerTemplate: '<span></span>' });
        expect(again.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      } finally {
        await printer.close();
      }
    },
    60_000,
  );
});

describe.each(storeFactories)('reports on $name', (factory) => {
  const t = suiteApp(factory, ['admin', 'analyst']);
  // The organisation the reports are about (the first listed), its administrator, another
  // organisation's administrator and a viewer.
  let [org, base] = ['', ''];
  let [mine, other, viewer] = [] as Session[] as [Session, Session, Session];

  beforeAll(async () => {
    const { items } = (await (await t.app.request('/api/organisations?limit=2')).json()) as {
      items: Array<{ id: string }>;
    };
    [org, base] = [items[0]!.id, `/api/organisations/${items[0]!.id}`];
    [mine, other, viewer] = await Promise.all([
      administratorOf(t, org, 'reports-admin@polos.test'),
      administratorOf(t, items[1]!.id, 'reports-other@polos.test'),
      login(t.app, 'viewer@polos.test'),
    ]);
    const patch = await send(t.app, 'PATCH', base, { staffFte: 1234.5 }, t.as.admin);
    expect(patch.status).toBe(200);
    for (const year of [2022, 2023, 2024])
      expect((await send(t.app, 'PUT', `${base}/funding/${year}`, funding(year), mine)).status).toBe(200);
    const plan = {
      title: 'Plan 2025–2027',
      startYear: 2025,
      endYear: 2027,
      objectives: [{ dimension: 'governance', text: 'Renew the board' }],
    };
    expect((await send(t.app, 'PUT', `${base}/strategic-plan`, plan, mine)).status).toBe(200);
    // An indicator and an action with long names, so the plan's tables are laid out too.
    const long = 'Share of member firms taking part in joint internationalisation projects abroad';
    const indicator = await send(
      t.app,
      'POST',
      `${base}/indicators`,
      {
        name: long,
        dimension: 'internationalisation',
        unit: '% of members',
        direction: 'higher_is_better',
        baseline: 10,
        baselineYear: 2024,
        targets: { '2026': 30 },
      },
      mine,
    );
    const { id: indicatorId } = (await indicator.json()) as { id: string };
    const value = await send(
      t.app,
      'PUT',
      `${base}/indicators/${indicatorId}/values/2025`,
      { actual: 11 },
      mine,
    );
    expect(value.status).toBe(200);
    const actions = [
      {
        title: long,
        owner: 'Internationalisation team',
        dimension: 'internationalisation',
        budget: 12345.5,
        status: 'in_progress',
      },
    ];
    const actionPlan = { year: 2025, title: 'Action plan 2025', currency: 'EUR', actions };
    expect((await send(t.app, 'POST', `${base}/action-plans`, actionPlan, mine)).status).toBe(201);
  });

  const get = (path: string, session?: Session) => send(t.app, 'GET', path, undefined, session);

  it('the organisation report in en, es and pt: translated headings and numbers formatted for the language', async () => {
    const expected = {
      en: ['Funding mix and sustainability', 'Strategic plan and dashboard', '1,234.5', 'Sources'],
      es: ['Financiación y sostenibilidad', 'Plan estratégico y cuadro de mando', '1.234,5', 'Fuentes'],
      pt: ['Financiamento e sustentabilidade', 'Plano estratégico e painel', '1.234,5', 'Fontes'],
    };
    for (const [lang, [funding, plan, staff, sources]] of Object.entries(expected)) {
      const res = await get(`${base}/report.html?lang=${lang}`, mine);
      expect(res.status, lang).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const page = await res.text();
      expect(page).toContain(`<html lang="${lang}">`);
      expect(page).toContain(`<h2>${funding}</h2>`);
      expect(page).toContain(`<h2>${plan}</h2>`);
      expect(page).toContain(`<dd>${staff}</dd>`);
      expect(page).toContain(`<h2>${sources}</h2>`);
      expect(page).toContain('fact-050');
    }
    // English is the default.
    expect(await (await get(`${base}/report.html`, mine)).text()).toContain('<html lang="en">');
  });

  it('user text comes out inert: a <script> in the organisation name is escaped', async () => {
    const name = '<script>alert(1)</script> Reports Org';
    expect((await send(t.app, 'PATCH', base, { name }, t.as.admin)).status).toBe(200);
    const page = await (await get(`${base}/report.html`, mine)).text();
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Reports Org');
  });

  it('who may read the report: its administrator and staff; others 404 until the sustainability is published, then without the private plans', async () => {
    for (const session of [undefined, other, viewer])
      expect((await get(`${base}/report.html`, session)).status).toBe(404);
    expect((await get(`${base}/report.pdf`)).status).toBe(404);
    for (const session of [mine, t.as.analyst, t.as.admin])
      expect((await get(`${base}/report.html`, session)).status).toBe(200);
    const publish = await send(t.app, 'PUT', `${base}/sustainability/publication`, { published: true }, mine);
    expect(publish.status).toBe(200);
    const res = await get(`${base}/report.html`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('id="funding"');
    expect(page).not.toContain('id="plan"');
    expect((await get('/api/organisations/no-such-org/report.html', t.as.admin)).status).toBe(404);
  });

  it('an empty section is left out: an organisation without funding or plans has its profile only', async () => {
    const list = (await (await t.app.request('/api/organisations?limit=5&offset=3')).json()) as {
      items: Array<{ id: string }>;
    };
    const page = await (
      await get(`/api/organisations/${list.items[0]!.id}/report.html`, t.as.analyst)
    ).text();
    expect(page).toContain('id="profile"');
    expect(page).not.toContain('id="funding"');
    expect(page).not.toContain('id="plan"');
  });

  it('lang other than en, es or pt is 400 naming lang, for every report route', async () => {
    for (const path of [
      `${base}/report.html`,
      `${base}/report.pdf`,
      '/api/clusters/tm_medellin_textile/brief.pdf',
    ]) {
      const res = await get(`${path}?lang=xx`, t.as.admin);
      expect(res.status, path).toBe(400);
      const body = (await res.json()) as { error: { fields: Array<{ path: string }> } };
      expect(body.error.fields.map((f) => f.path).join()).toContain('lang');
    }
  });

  it('the cluster brief: profile, diagnosis against the sector group and the sourced policy mix, in Portuguese', async () => {
    const res = await get('/api/clusters/tm_medellin_textile/brief.html?lang=pt');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<h2>Perfil do cluster</h2>');
    expect(page).toContain('<h2>Diagnóstico frente ao seu grupo setorial</h2>');
    expect(page).toContain('<h2>Combinação de políticas recomendada</h2>');
    expect(page).toContain('Colômbia');
    expect(page).toContain('Pietrobelli');
    expect(page).toMatch(/<svg[^>]*role="img"/);
  });

  it('the cluster brief follows the cluster: a private one is 404 to anonymous readers; without an assessment no diagnosis section', async () => {
    const created = await send(
      t.app,
      'POST',
      '/api/clusters',
      {
        name: 'Private Reports Cluster',
        country: 'PE',
        sector: 'textiles',
        sectorGroup: 'traditional_manufacturing',
        isPublic: false,
      },
      t.as.admin,
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await get(`/api/clusters/${id}/brief.html`)).status).toBe(404);
    expect((await get(`/api/clusters/${id}/brief.pdf`)).status).toBe(404);
    const page = await (await get(`/api/clusters/${id}/brief.html`, viewer)).text();
    expect(page).toContain('id="cluster-profile"');
    expect(page).not.toContain('id="diagnosis"');
    expect(page).not.toContain('id="policy-mix"');
  });

  it('503 pdf_unavailable when Chromium cannot start; the HTML still answers', async () => {
    const broken = new PdfPrinter({ executablePath: '/nonexistent/chromium' });
    const app = createApp({ store: t.store, config: { webDist: '/nonexistent' }, pdf: broken });
    const res = await send(app, 'GET', `${base}/report.pdf`, undefined, mine);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('pdf_unavailable');
    expect((await send(app, 'GET', `${base}/report.html`, undefined, mine)).status).toBe(200);
    await broken.close();
  });

  it('503 pdf_busy with Retry-After when the print queue is full; the print in progress finishes', async () => {
    /** A printer whose one slot is held 300 ms by each print, with no room to wait. */
    class SlowPrinter extends PdfPrinter {
      private readonly gate = new Semaphore(1, 0);
      override print(): Promise<Buffer> {
        return this.gate.run(() => new Promise((r) => setTimeout(() => r(Buffer.from('%PDF-1.7')), 300)));
      }
    }
    const slow = new SlowPrinter();
    const app = createApp({ store: t.store, config: { webDist: '/nonexistent' }, pdf: slow });
    const first = send(app, 'GET', `${base}/report.pdf`, undefined, mine);
    await new Promise((r) => setTimeout(r, 150));
    const busy = await send(app, 'GET', `${base}/report.pdf`, undefined, mine);
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('5');
    expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('pdf_busy');
    expect((await first).status).toBe(200);
    await slow.close();
  });

  it.skipIf(!hasChromium || factory.name !== 'pglite')(
    'every report fits the A4 text width (180 mm) in each language: a wider table would make Chromium shrink the whole PDF',
    async () => {
      const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
      try {
        const page = await browser.newPage({ viewport: { width: 680, height: 1000 } });
        await page.emulateMedia({ media: 'print' });
        for (const lang of ['en', 'es', 'pt']) {
          for (const path of [`${base}/report.html`, '/api/clusters/tm_medellin_textile/brief.html']) {
            await page.setContent(await (await get(`${path}?lang=${lang}`, mine)).text());
            const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
            expect(width, `${path} in ${lang}`).toBeLessThanOrEqual(680);
          }
        }
      } finally {
        await browser.close();
      }
    },
    60_000,
  );

  it.skipIf(!hasChromium || factory.name !== 'pglite')(
    'the PDFs: application/pdf, starting %PDF-, with pages (organisation report in es, cluster brief in en)',
    async () => {
      for (const path of [`${base}/report.pdf?lang=es`, '/api/clusters/tm_medellin_textile/brief.pdf']) {
        const res = await get(path, mine);
        expect(res.status, path).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/pdf');
        const pdf = Buffer.from(await res.arrayBuffer());
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdfPageCount(pdf)).toBeGreaterThan(0);
      }
    },
    60_000,
  );
});
