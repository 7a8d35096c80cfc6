/**
 * Story: a policy analyst explores the clusters on the world map — circles over Latin
 * America, and the Basque clusters at their NUTS-2 region (ES21) — chooses Brazil on the
 * map and the list shows only Brazil's clusters (the filter is in the URL), chooses it again
 * to clear, does the same with the keyboard, opens a profile from the list; then filters by
 * the Basque region on the map and by degree of collective efficiency in the list.
 */
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, newContext, screenshot, storySetup } from './harness';

const story = storySetup();

describe('a policy analyst explores the clusters on the map', () => {
  it('filters the list from the map, with the mouse and the keyboard, and opens a profile', async () => {
    const page = await (await newContext(story.browser, 'en-GB')).newPage();
    await page.goto(story.platform.url);
    const brazil = page.locator('.explore-map [data-country="BR"]');
    await brazil.waitFor();
    // circles for the seeded clusters' countries in Latin America; the 17 Basque clusters
    // sit at their region (NUTS-2 ES21), not on Spain
    for (const code of ['BR', 'MX', 'CO', 'PE', 'CL', 'CR'])
      expect(await page.locator(`.explore-map [data-country="${code}"]`).count()).toBe(1);
    expect(await page.locator('.explore-map [data-country="ES"]').count()).toBe(0);
    await expect(page.locator('.explore-map [data-region="ES21"]').getAttribute('aria-label')).resolves.toBe(
      'País Vasco (ES21): 17 clusters',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'explore-map-en-desktop');

    const label = (await brazil.getAttribute('aria-label'))!;
    const n = Number(/: (\d+) clusters?$/.exec(label)![1]);
    await brazil.click();
    await page.waitForURL(/country=BR/);
    await expect.poll(() => page.getByTestId('showing').textContent()).toContain(`of ${n}`);
    await expect(brazil.getAttribute('aria-pressed')).resolves.toBe('true');
    await brazil.click();
    await page.waitForURL((url) => !url.searchParams.has('country'));

    // the keyboard: Tab to Mexico's circle, Enter
    const mexico = page.locator('.explore-map [data-country="MX"]');
    await mexico.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/country=MX/);
    const first = page.locator('main table tbody tr a').first();
    const name = (await first.textContent())!;
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.context().close();
  });

  it('filters by the Basque region on the map, and by degree of collective efficiency', async () => {
    const page = await (await newContext(story.browser, 'en-GB')).newPage();
    await page.goto(story.platform.url);
    const basque = page.locator('.explore-map [data-region="ES21"]');
    await basque.click();
    await page.waitForURL(/region=ES21/);
    await expect.poll(() => page.getByTestId('showing').textContent()).toContain('of 17');
    await expect(page.getByRole('combobox', { name: 'Region (NUTS-2)' }).inputValue()).resolves.toBe('ES21');
    await basque.click();
    await page.waitForURL((url) => !url.searchParams.has('region'));
    // Degree: the API's count of high clusters, and the map follows the filter
    const high = (await (
      await page.request.get(`${story.platform.url}/api/clusters?degree=high&limit=1`)
    ).json()) as {
      total: number;
    };
    expect(high.total).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: 'Collective efficiency' }).selectOption('high');
    await page.waitForURL(/degree=high/);
    await expect.poll(() => page.getByTestId('showing').textContent()).toContain(`of ${high.total}`);
    // the Basque clusters have no assessment: their circle goes
    await basque.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('main table').textContent()).toContain('Sinos');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'explore-degree-en-desktop');
    await page.context().close();
  });

  it('reads the map in Spanish and on a phone', async () => {
    const page = await (await newContext(story.browser, 'es-ES', 390)).newPage();
    await page.goto(story.platform.url);
    await page.locator('.explore-map [data-region="ES21"]').waitFor();
    await expect(page.locator('.explore-map [data-region="ES21"]').getAttribute('aria-label')).resolves.toBe(
      'País Vasco (ES21): 17 clústeres',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'explore-map-es-phone');
    await page.context().close();
  });
});
