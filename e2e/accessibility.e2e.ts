/**
 * Story (issue 15): axe finds no serious or critical violation on any page of the app —
 * every route of packages/web/src/navigation.ts, with real data (the seeded clusters, a
 * cluster with eight years of key figures, a partner search, a member survey), each opened
 * as the person who may see it — in English at laptop width and once more at phone width.
 * The test names list the pages checked. Also: the profile's history chart reads one tick
 * per year and its jobs axis "25,000" / "25.000" whole (not clipped), firms on a panel of their own.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, screenshot, storySetup } from './harness';
import { ADMIN, BASQUE, createManagers, signedIn } from './collab-people';
import { addMultiYearFigures, MULTI_YEAR_CLUSTER } from './multi-year-figures';

const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

type Who = 'visitor' | 'admin' | 'manager';
interface Visit {
  name: string;
  path: () => string;
  who: Who;
}

/** Ids of records the pages show, found or made once through the API. */
const ids = { event: '', agreement: '', partnerSearch: '', strategy: '', survey: 'no-such-code' };

const pages: Visit[] = [
  { name: 'cluster list with the explore map', path: () => '/', who: 'visitor' },
  {
    name: 'cluster profile with multi-year history',
    path: () => `/clusters/${MULTI_YEAR_CLUSTER}`,
    who: 'visitor',
  },
  { name: 'cluster profile with a diagnosis', path: () => '/clusters/tm_torreon_garment', who: 'visitor' },
  { name: 'diagnose a cluster', path: () => '/clusters/tm_torreon_garment/diagnose', who: 'admin' },
  { name: 'portfolio', path: () => '/portfolio', who: 'visitor' },
  { name: 'map studio', path: () => '/map?dataset=eu-nuts2-nace', who: 'visitor' },
  { name: 'region profile', path: () => '/map/regions/eu-nuts2-nace/ES21', who: 'visitor' },
  { name: 'methods index', path: () => '/methods', who: 'visitor' },
  { name: 'methods document', path: () => '/methods/diagnosis', who: 'visitor' },
  { name: 'organisation directory', path: () => '/organisations', who: 'visitor' },
  { name: 'organisation page', path: () => `/organisations/${BASQUE.organisation}`, who: 'manager' },
  {
    name: 'organisation matches',
    path: () => `/organisations/${BASQUE.organisation}/matches`,
    who: 'manager',
  },
  {
    name: 'organisation management',
    path: () => `/organisations/${BASQUE.organisation}/manage`,
    who: 'manager',
  },
  { name: 'partner searches', path: () => '/partner-searches', who: 'manager' },
  { name: 'partner search', path: () => `/partner-searches/${ids.partnerSearch}`, who: 'manager' },
  { name: 'events', path: () => '/events', who: 'visitor' },
  { name: 'event', path: () => `/events/${ids.event}`, who: 'manager' },
  { name: 'agreements', path: () => '/agreements', who: 'visitor' },
  { name: 'agreement', path: () => `/agreements/${ids.agreement}`, who: 'visitor' },
  { name: 'calls', path: () => '/calls', who: 'visitor' },
  { name: 'programmes', path: () => '/programmes', who: 'visitor' },
  { name: 'funding comparison (sustainability)', path: () => '/sustainability', who: 'manager' },
  { name: 'member survey', path: () => `/survey/${ids.survey}`, who: 'visitor' },
  { name: 'RIS3 strategies', path: () => '/ris3', who: 'visitor' },
  { name: 'RIS3 strategy', path: () => `/ris3/${ids.strategy}`, who: 'visitor' },
  { name: 'notifications', path: () => '/notifications', who: 'manager' },
  { name: 'admin users', path: () => '/admin/users', who: 'admin' },
  { name: 'sign-in', path: () => '/sign-in', who: 'visitor' },
  { name: 'not found', path: () => '/partners', who: 'visitor' },
];

async function openAs(who: Who, width: number): Promise<Page> {
  const url = story.platform.url;
  if (who === 'visitor') {
    const context = await story.browser.newContext({
      locale: 'en-GB',
      viewport: { width, height: width < 600 ? 844 : 900 },
    });
    return context.newPage();
  }
  return (await signedIn(story.browser, url, 'en-GB', who === 'admin' ? ADMIN : BASQUE, width)).page;
}

/** Opens `path` and waits until it has its heading and no request or loading state is pending. */
async function settle(page: Page, path: string): Promise<void> {
  await page.goto(`${story.platform.url}${path}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await expect
    .poll(() => page.locator('[aria-busy="true"], main [role="status"]:has-text("Loading")').count(), {
      timeout: 30_000,
    })
    .toBe(0);
}

/** axe's landmark-unique rule alone (axe is already in the page after accessibilityViolations). */
async function landmarkNamesRepeated(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: { runOnly: string[] },
          ): Promise<{ violations: Array<{ nodes: Array<{ html: string }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: ['landmark-unique'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => n.html.slice(0, 120)));
  });
}

async function firstId(page: Page, path: string): Promise<string> {
  const res = await page.request.get(`${story.platform.url}${path}`);
  const body = (await res.json()) as { items?: Array<{ id: string }> } | Array<{ id: string }>;
  const items = Array.isArray(body) ? body : (body.items ?? []);
  if (!items[0]) throw new Error(`no record at ${path}`);
  return items[0].id;
}

describe('axe reports no serious or critical violation on any page', () => {
  it('sets up real multi-year data, the managers, a partner search and a member survey', async () => {
    const context = await story.browser.newContext();
    const page = await context.newPage();
    const url = story.platform.url;
    expect((await addMultiYearFigures(page, url, ADMIN)).length).toBeGreaterThanOrEqual(3);
    await createManagers(page, url);
    // A published matchmaking event, made by the administrator (none is seeded).
    const adminPage = await (await story.browser.newContext()).newPage();
    const admin = await adminPage.request.post(`${url}/api/auth/login`, { data: ADMIN });
    const event = await adminPage.request.post(`${url}/api/events`, {
      headers: { 'x-csrf-token': ((await admin.json()) as { csrfToken: string }).csrfToken },
      data: {
        title: 'EU–LAC aeronautics brokerage',
        description: 'Bilateral meetings between aeronautics clusters.',
        startDate: '2027-03-10',
        endDate: '2027-03-10',
        timeZone: 'Europe/Madrid',
        sessions: [
          { name: 'Morning', start: '2027-03-10T08:00:00Z', end: '2027-03-10T11:00:00Z', slotMinutes: 30 },
        ],
        meetingPlace: 'table',
        tables: ['T1', 'T2'],
        registrationDeadline: '2027-03-01T00:00:00Z',
        status: 'open',
      },
    });
    expect(`${event.status()} ${await event.text()}`).toMatch(/^201 /);
    ids.event = ((await event.json()) as { id: string }).id;
    // The Basque Country's RIS3 strategy with one priority on the NUTS 2 × NACE statistics.
    const strategy = await adminPage.request.post(`${url}/api/ris3`, {
      headers: { 'x-csrf-token': ((await admin.json()) as { csrfToken: string }).csrfToken },
      data: {
        name: 'Basque Country RIS3 2021–2027',
        dataset: 'eu-nuts2-nace',
        region: 'ES21',
        startYear: 2021,
        endYear: 2027,
        priorities: [{ title: 'Advanced manufacturing', industryCodes: ['C25', 'C28'] }],
      },
    });
    expect(`${strategy.status()} ${await strategy.text()}`).toMatch(/^201 /);
    ids.strategy = ((await strategy.json()) as { id: string }).id;
    await adminPage.context().close();
    const login = await page.request.post(`${url}/api/auth/login`, { data: BASQUE });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': csrfToken };
    const post = await page.request.post(`${url}/api/partner-searches`, {
      headers,
      data: {
        organisationId: BASQUE.organisation,
        direction: 'request',
        kind: 'technology',
        title: 'Composite suppliers for aircraft interiors',
        description: 'We look for a partner cluster with composite suppliers.',
        sectors: ['C30'],
        countriesSought: ['MX'],
        language: 'en',
      },
    });
    expect(`${post.status()} ${await post.text()}`).toMatch(/^201 /);
    ids.partnerSearch = ((await post.json()) as { id: string }).id;
    // A member survey needs the year's services: one own service, then one member's code.
    const services = await page.request.put(`${url}/api/organisations/${BASQUE.organisation}/services/2024`, {
      headers,
      data: {
        currency: 'EUR',
        services: [{ name: 'Trade missions', revenue: 12000, cost: 10000, membersServed: 20 }],
      },
    });
    expect(`${services.status()} ${await services.text()}`).toMatch(/^200 /);
    const survey = await page.request.post(`${url}/api/organisations/${BASQUE.organisation}/surveys`, {
      headers,
      data: { year: 2024, members: 1 },
    });
    expect(`${survey.status()} ${await survey.text()}`).toMatch(/^201 /);
    ids.survey = ((await survey.json()) as { codes: string[] }).codes[0]!;
    ids.agreement = await firstId(page, '/api/agreements');
    await context.close();
  });

  for (const width of [1280, 390])
    for (const visit of pages)
      it(`${width < 600 ? 'phone' : 'laptop'}, en: ${visit.name} (${visit.who})`, async () => {
        const page = await openAs(visit.who, width);
        await settle(page, visit.path());
        expect(await accessibilityViolations(page)).toEqual([]);
        // Moderate in axe, but asked by the issue: no two landmarks of one kind share a name.
        expect(await landmarkNamesRepeated(page)).toEqual([]);
        await page.context().close();
      });
});

describe('the profile history chart', () => {
  for (const [lang, locale, jobs] of [
    ['en', 'en-GB', '25,000'],
    ['es', 'es-ES', '25.000'],
    ['pt', 'pt-BR', '25.000'],
  ] as const)
    it(`reads one tick per year and "${jobs}" whole on the jobs axis, firms on their own panel (${lang})`, async () => {
      const context = await story.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await settle(page, `/clusters/${MULTI_YEAR_CLUSTER}`);
      const jobsPanel = page.getByTestId('figures-jobs');
      const firmsPanel = page.getByTestId('figures-firms');
      await jobsPanel.locator('svg').waitFor();
      const ticks = (panel: typeof jobsPanel) => panel.locator('svg text').allTextContents();
      const all = await ticks(jobsPanel);
      // 2008–2015 (Eurostat) and 2017 (the cluster's own figures): each year once, evenly spaced.
      const years = all.filter((s) => /^\d{4}$/.test(s)).map(Number);
      expect(years[0]).toBe(2008);
      expect(new Set(years).size).toBe(years.length);
      expect(new Set(years.slice(1).map((y, i) => y - years[i]!)).size).toBe(1);
      // ACICAE's 24,102 jobs of 2017: the axis goes to 25,000, written in the page's language.
      expect(all).toContain(jobs);
      // The jobs label is not clipped: its box lies inside the chart.
      const label = jobsPanel.locator('svg text', { hasText: new RegExp(`^${jobs.replace('.', '\\.')}$`) });
      const box = (await label.first().boundingBox())!;
      const chart = (await jobsPanel.locator('svg').first().boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(chart.x);
      expect(await label.first().textContent()).toBe(jobs);
      // Firms (at most a few hundred) have their own axis, not the jobs axis.
      const firmTicks = await ticks(firmsPanel);
      expect(firmTicks).not.toContain(jobs);
      expect(await jobsPanel.locator('svg').getAttribute('role')).toBe('img');
      expect(await jobsPanel.locator('svg').getAttribute('aria-label')).toMatch(/2008, 13[,.]844/);
      await screenshot(page, `profile-history-${lang}`);
      await context.close();
    });
});
