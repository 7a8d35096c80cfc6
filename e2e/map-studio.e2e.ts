/**
 * Story: an analyst maps the bundled U.S. data — signs in, opens the map studio, chooses
 * 2021 and the aerospace cluster, sees Kansas and Washington strong (on the map's outlines
 * and in the table), downloads the table as CSV and the map as PNG, and the list of every
 * strong cluster; then reads the studio in Spanish and Portuguese, and on a phone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, createUserAsAdmin, newContext, screenshot, storySetup } from './harness';

const ADMIN = { email: 'admin@polos.test', password: 'a long admin password 2026' };
const ANALYST = { email: 'rui@analysis.test', password: 'analyst password 2026', name: 'Rui Analyst' };
const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

async function createAnalyst(page: Page): Promise<void> {
  await createUserAsAdmin(page, story.platform.url, ADMIN, { ...ANALYST, role: 'analyst' });
}

describe('an analyst maps the U.S. data', () => {
  it('maps aerospace in 2021, finds Kansas and Washington strong, downloads the table and the map', async () => {
    const context = await newContext(story.browser, 'en-US');
    const page = await context.newPage();
    await createAnalyst(page);
    await page.goto(`${story.platform.url}/sign-in`);
    await page.getByLabel('E-mail').fill(ANALYST.email);
    await page.getByLabel('Password').fill(ANALYST.password);
    await page.locator('form button[type=submit]').click();
    await page.getByTestId('signed-in-as').waitFor();
    await page.getByRole('link', { name: 'Map studio' }).click();
    await page.getByRole('heading', { level: 1, name: 'Map studio' }).waitFor();
    await page.getByRole('combobox', { name: 'Year' }).selectOption('2021');
    await page.getByRole('combobox', { name: 'Cluster' }).selectOption('Aerospace Vehicles and Defense');
    await page
      .getByRole('heading', { name: 'Aerospace Vehicles and Defense: location quotient by state, 2021' })
      .waitFor();
    const strong = (await page.getByTestId('strong-states').textContent()) ?? '';
    expect(strong).toContain('Kansas');
    expect(strong).toContain('Washington');
    // the map draws every state; strong states are outlined
    expect(await page.locator('.map path[data-state]').count()).toBeGreaterThanOrEqual(50);
    await expect(page.locator('.map path[data-state="Kansas"]').getAttribute('stroke-width')).resolves.toBe(
      '2.5',
    );
    await expect
      .poll(() => page.locator('.map path[data-state="Kansas"] title').textContent())
      .toMatch(/^Kansas: \d+\.\d+ — strong cluster$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'studio-en-desktop');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('group', { name: 'Download the table of states' })
        .getByRole('button', { name: 'CSV' })
        .click(),
    ]);
    expect(csv.suggestedFilename()).toBe('cluster-2021.csv');
    const lines = readFileSync((await csv.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('state,cluster,year,employment,lq,strong,stars');
    const kansas = lines.find((l) => l.startsWith('Kansas,'))!.split(',');
    expect(kansas[1]).toBe('Aerospace Vehicles and Defense');
    expect(Number(kansas[4])).toBeGreaterThan(5);
    expect(kansas[5]).toBe('1');
    // the same numbers as the API
    const api = (await (
      await page.request.get(`${story.platform.url}/api/map/us-states/clusters?year=2021`)
    ).json()) as {
      regions: string[];
      clusters: Array<{ name: string }>;
      lq: number[];
    };
    const C = api.clusters.length;
    const lq =
      api.lq[
        api.regions.indexOf('Kansas') * C +
          api.clusters.findIndex((c) => c.name === 'Aerospace Vehicles and Defense')
      ];
    expect(Number(kansas[4])).toBe(lq);

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('group', { name: 'Download the map' }).getByRole('button', { name: 'PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('map-lq-2021.png');
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(20_000);

    const [all] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('group', { name: 'Download every strong cluster' })
        .getByRole('button', { name: 'CSV' })
        .click(),
    ]);
    const allText = readFileSync((await all.path())!, 'utf8');
    expect(allText).toContain('\r\nMichigan,Automotive,traded,');

    // the relatedness network of the 51 traded clusters, and Washington's opportunities
    expect(await page.locator('.network [data-cluster]').count()).toBe(51);
    await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('Washington');
    await expect(
      page.locator('.network [data-cluster="Aerospace Vehicles and Defense"]').getAttribute('data-present'),
    ).resolves.toBe('1');
    const rows = page.getByTestId('opportunities').locator('tbody tr');
    expect(await rows.count()).toBe(10);
    // every opportunity is a cluster Washington lacks (not dark in the network)
    for (let k = 0; k < 10; k++) {
      const name = (await rows.nth(k).locator('th').textContent())!;
      await expect(
        page.locator(`.network [data-cluster="${name}"]`).getAttribute('data-present'),
      ).resolves.toBe('0');
    }
    await page
      .getByRole('heading', { name: 'Diversification opportunities for Washington' })
      .scrollIntoViewIfNeeded();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'studio-en-network');
    await context.close();
  });

  it('reads the studio in Spanish and Portuguese, and on a phone', async () => {
    for (const [locale, title, state] of [
      ['es-ES', 'Estudio de mapas', 'Estado'],
      ['pt-BR', 'Estúdio de mapas', 'Estado'],
    ] as const) {
      for (const width of [1280, 390]) {
        const page = await (await newContext(story.browser, locale, width)).newPage();
        await page.goto(`${story.platform.url}/map?year=2021&cluster=Automotive`);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await page.getByRole('columnheader', { name: state }).waitFor();
        await expect.poll(() => page.getByTestId('strong-states').textContent()).toContain('Michigan');
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(page, `studio-${locale.slice(0, 2)}-${width === 390 ? 'phone' : 'desktop'}`);
        await page.context().close();
      }
    }
  });

  it('maps cluster strength: each state’s share of traded employment in strong clusters, as the API gives it', async () => {
    const context = await newContext(story.browser, 'en-US');
    const page = await context.newPage();
    await page.goto(`${story.platform.url}/map?year=2021`);
    await page.getByRole('combobox', { name: 'Measure' }).selectOption('strength');
    await page
      .getByRole('heading', {
        name: 'Cluster strength by state: share of traded employment in strong clusters, 2021',
      })
      .waitFor();
    const api = (await (
      await page.request.get(`${story.platform.url}/api/map/us-states/clusters?year=2021`)
    ).json()) as { regions: string[]; strength: Array<number | null> };
    const share = api.strength[api.regions.indexOf('Washington')]!;
    expect(share).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('.map path[data-state="Washington"] title').textContent())
      .toMatch(new RegExp(`^Washington: ${Math.round(share * 100)}%`));
    expect(page.url()).toContain('measure=strength');
    await context.close();
  });
});
