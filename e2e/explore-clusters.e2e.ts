/**
 * Stories of a visitor on the first page: list the clusters, filter them, read them
 * in Spanish and Portuguese. Runs the real platform with its seeded demo data.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, newContext, screenshot, storySetup } from './harness';

const story = storySetup();

async function open(locale: string, query = '', width = 1280): Promise<Page> {
  const context = await newContext(story.browser, locale, width);
  const page = await context.newPage();
  await page.goto(`${story.platform.url}/${query}`);
  await page.getByTestId('showing').waitFor();
  return page;
}

const rows = (page: Page) => page.locator('tbody tr');

describe('a visitor explores the clusters', () => {
  it('sees every seeded cluster, paged 25 at a time', async () => {
    const page = await open('en-GB');
    await expect.poll(() => page.getByTestId('showing').textContent()).toBe('Showing 1–25 of 57');
    expect(await rows(page).count()).toBe(25);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Showing 26–50 of 57').waitFor();
    await screenshot(page, 'clusters-en-desktop');
    await page.context().close();
  });

  it('filters by sector group, country and text, and the URL keeps the filters', async () => {
    const page = await open('en-GB');
    await page.getByLabel('Sector group').selectOption('natural_resource_based');
    await page.getByLabel('Country').selectOption('CL');
    // The IDB study has two Chilean natural-resource clusters: salmon and wine.
    await expect.poll(() => page.getByTestId('showing').textContent()).toBe('Showing 1–2 of 2');
    const names = await page.locator('tbody th .cluster-name').allTextContents();
    expect(names).toEqual(['Salmon — Austral region (southern Chile)', 'Wine — Colchagua valley']);
    expect(page.url()).toContain('country=CL');
    expect(page.url()).toContain('sector_group=natural_resource_based');

    await page.getByLabel('Search').fill('salm');
    await expect.poll(() => page.getByTestId('showing').textContent()).toBe('Showing 1–1 of 1');
    await page.getByLabel('Search').fill('no such cluster anywhere');
    await page.getByText('No cluster matches these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(() => page.getByTestId('showing').textContent()).toBe('Showing 1–25 of 57');
    await page.context().close();
  });

  it('has no serious or critical accessibility violations (axe-core) and works with the keyboard', async () => {
    const page = await open('en-GB');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.context().close();
  });

  it('reads the list in Spanish and Portuguese: labels, country names and numbers follow the language', async () => {
    const es = await open('es-ES', '?country=ES');
    await expect.poll(() => es.getByTestId('showing').textContent()).toBe('Mostrando 1–17 de 17');
    await es.getByRole('heading', { name: 'Clústeres' }).waitFor();
    expect(await es.locator('html').getAttribute('lang')).toBe('es');
    const jobs = await es.locator('tr[data-cluster-id="es21-blcm"] td').last().textContent();
    expect(jobs).toContain('139.629');
    expect(await es.locator('tr[data-cluster-id="es21-blcm"] td').nth(2).textContent()).toBe('España');
    await screenshot(es, 'clusters-es-desktop');
    await es.context().close();

    const pt = await open('pt-BR', '?sector_group=traditional_manufacturing&country=BR');
    await pt.getByRole('heading', { name: 'Clusters' }).waitFor();
    await pt.getByLabel('Grupo setorial').waitFor();
    expect(await pt.locator('.badge').first().textContent()).toBe('Manufatura tradicional');
    expect(await pt.locator('tbody td').nth(2).first().textContent()).toBe('Brasil');
    await screenshot(pt, 'clusters-pt-desktop');
    await pt.context().close();
  });

  it('switches language from the header and remembers it', async () => {
    const page = await open('en-GB');
    await page.getByLabel('Language').selectOption('pt');
    await page.getByRole('heading', { name: 'Clusters' }).waitFor();
    await page.getByLabel('Pesquisar').waitFor();
    await page.reload();
    await page.getByLabel('Pesquisar').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('pt');
    await page.context().close();
  });

  it('is told what went wrong and what to do when the API fails, and can try again', async () => {
    const context = await newContext(story.browser, 'en-GB');
    const page = await context.newPage();
    // The real server is healthy; this one story makes its answer fail, with the API's error shape.
    await page.route('**/api/clusters?**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { status: 503, code: 'unavailable', message: 'The database is not reachable.' },
        }),
      }),
    );
    await page.goto(`${story.platform.url}/`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      // translated from the error's code; the server's English message is not shown for a known code
      'The clusters could not be loaded: The service is unavailable right now; try again later.Check that the server is running, then try again.',
    );
    await screenshot(page, 'clusters-en-error');
    await page.unroute('**/api/clusters?**');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.getByTestId('showing').textContent()).toBe('Showing 1–25 of 57');
    await context.close();
  });

  it('is usable at phone width, in each language', async () => {
    for (const [locale, code] of [
      ['en-GB', 'en'],
      ['es-ES', 'es'],
      ['pt-BR', 'pt'],
    ] as const) {
      const page = await open(locale, '', 390);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await screenshot(page, `clusters-${code}-phone`);
      await page.context().close();
    }
  });
});
