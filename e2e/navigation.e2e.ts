/**
 * Issue 15, navigation and states: an unknown path is a real not-found page, a page past
 * the end of the list says so and offers the last page, an overlong search says the limit
 * (not "check that the server is running"), and the map studio reads a region code in any
 * case (`region=CHL` is Chile).
 */
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, newContext, screenshot, storySetup } from './harness';

const story = storySetup();

describe('navigation and states', () => {
  it('an unknown path shows a not-found page in the visitor’s language, with ways on', async () => {
    for (const [locale, title, home] of [
      ['es-ES', 'Página no encontrada', 'Ir a la lista de clústeres'],
      ['pt-BR', 'Página não encontrada', 'Ir para a lista de clusters'],
      ['en-GB', 'Page not found', 'Go to the cluster list'],
    ] as const) {
      const context = await newContext(story.browser, locale);
      const page = await context.newPage();
      await page.goto(`${story.platform.url}/partners`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await expect(page.getByText('/partners').count()).resolves.toBe(1);
      if (locale === 'es-ES') {
        await screenshot(page, 'not-found-es');
        expect(await accessibilityViolations(page)).toEqual([]);
      }
      await page.getByRole('link', { name: home }).click();
      await page.getByTestId('showing').waitFor();
      await context.close();
    }
  });

  it('a page past the end of the list says so and the button goes to the last page', async () => {
    const context = await newContext(story.browser, 'en-GB');
    const page = await context.newPage();
    await page.goto(`${story.platform.url}/?page=99`);
    await page.getByText('There is no page 99: the list has 3 pages.').waitFor();
    await expect(page.getByText(/Showing 2,451/).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Go to the last page' }).click();
    await expect.poll(() => page.getByTestId('showing').textContent()).toBe('Showing 51–57 of 57');
    await context.close();
  });

  it('a 5,000-character search says the limit in Spanish, not that the server may be down', async () => {
    const context = await newContext(story.browser, 'es-ES');
    const page = await context.newPage();
    await page.goto(`${story.platform.url}/?q=${'a'.repeat(5000)}`);
    const alert = page.getByRole('alert');
    await alert.getByText('«búsqueda» admite como máximo 200 caracteres', { exact: false }).waitFor();
    await expect(alert.getByText('servidor esté en marcha', { exact: false }).count()).resolves.toBe(0);
    await screenshot(page, 'search-too-long-es');
    await context.close();
  });

  it('the map studio reads region=CHL as Chile', async () => {
    const context = await newContext(story.browser, 'en-GB');
    const page = await context.newPage();
    await page.goto(`${story.platform.url}/map?dataset=world-exports-hs4&region=CHL`);
    await page.getByRole('heading', { name: /Chile/ }).first().waitFor({ timeout: 60_000 });
    await expect(page.getByRole('heading', { name: /China/ }).count()).resolves.toBe(0);
    await context.close();
  });

  it('Back returns to the previous filters before it leaves the list, and to page 2 where it was scrolled', async () => {
    const context = await newContext(story.browser, 'en-GB');
    const page = await context.newPage();
    await page.goto(`${story.platform.url}/`);
    await page.getByTestId('showing').waitFor();
    await page.getByLabel('Sector group').selectOption('natural_resource_based');
    await expect.poll(() => page.url()).toContain('sector_group=natural_resource_based');
    await page.getByLabel('Country').selectOption('CL');
    await expect.poll(() => page.getByTestId('showing').textContent()).toBe('Showing 1–2 of 2');
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('country=CL');
    expect(page.url()).toContain('sector_group=natural_resource_based');
    await expect(page.getByLabel('Country').inputValue()).resolves.toBe('');
    await page.goBack();
    await expect.poll(() => page.getByTestId('showing').textContent()).toBe('Showing 1–25 of 57');

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Showing 26–50 of 57').waitFor();
    await page.evaluate(() => window.scrollTo(0, 900));
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(500);
    await page.locator('tbody th a').nth(10).click();
    await page.waitForURL(/\/clusters\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goBack();
    await page.getByText('Showing 26–50 of 57').waitFor();
    expect(page.url()).toContain('page=2');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50);
    await context.close();
  });
});
